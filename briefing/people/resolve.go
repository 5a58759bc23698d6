package people

import (
	"slices"
	"sort"
	"strings"

	"github.com/agnivade/levenshtein"
	"github.com/briefbot/briefbot/briefing/names"
	"github.com/sahilm/fuzzy"
)

// Resolution is what a name typed by a user designates.
type Resolution struct {
	Query string `json:"query"`
	// Person is the one person meant, or nil.
	Person *Person `json:"person,omitempty"`
	// Candidates are the people who fit about equally when the query is
	// ambiguous; Person is nil then.
	Candidates []Person `json:"candidates,omitempty"`
	// Suggestions are the closest names when nobody fits.
	Suggestions []Person `json:"suggestions,omitempty"`
	// How says which rule matched: "alias", "subsequence", "typo".
	How string `json:"how,omitempty"`
}

// Resolver answers name queries over the people index.
type Resolver struct {
	people []*Person
	// alias maps a folded alias to the people who carry it.
	alias map[string][]int
	// aliasStrs and aliasOwner list every alias for sahilm/fuzzy.
	aliasStrs  []string
	aliasOwner []int
	// folded holds each person's aliases folded, by person ID, so that
	// autocomplete folds nothing per keystroke.
	folded     [][]string
	foldedName []string
}

// NewResolver indexes the names of people for Resolve and Suggest.
func NewResolver(people []*Person) *Resolver {
	r := &Resolver{people: people, alias: map[string][]int{}, folded: make([][]string, len(people))}
	for _, p := range people {
		r.foldedName = append(r.foldedName, lowerFoldKeepSpace(p.Name))
		for _, a := range p.Aliases {
			folded := lowerFoldKeepSpace(a)
			// Kept with a leading space so that a word start is " "+query.
			r.folded[p.ID] = append(r.folded[p.ID], " "+folded)
			k := foldQuery(a)
			if !slices.Contains(r.alias[k], p.ID) {
				r.alias[k] = append(r.alias[k], p.ID)
			}
			r.aliasStrs = append(r.aliasStrs, folded)
			r.aliasOwner = append(r.aliasOwner, p.ID)
		}
	}
	return r
}

// lowerFoldKeepSpace folds each word of s and keeps the spaces.
func lowerFoldKeepSpace(s string) string {
	f := strings.Fields(s)
	for i := range f {
		f[i] = names.Fold(f[i])
	}
	return strings.Join(f, " ")
}

// foldQuery is the key aliases and queries meet on: folded words without
// titles, transliteration folded.
func foldQuery(s string) string {
	var out []string
	for _, w := range strings.Fields(s) {
		l := names.Fold(w)
		if names.IsTitleWord(l) && len(strings.Fields(s)) > 1 {
			continue
		}
		out = append(out, translitFold(l))
	}
	return strings.Join(out, " ")
}

type candidate struct {
	id         int
	whole      int // query words equal to one of the person's name words
	score      float64
	prominence int
}

// prominenceRatio is how many times more present in the articles a person
// must be to win a tie of names outright.
const prominenceRatio = 5

func prominence(p *Person) int { return 2*p.Quotes + p.Mentions }

func rank(cs []candidate) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].whole != cs[j].whole {
			return cs[i].whole > cs[j].whole
		}
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].prominence > cs[j].prominence
	})
}

func (r *Resolver) wholeWords(q []string, p *Person) int {
	n := 0
	for _, w := range q {
		for _, t := range p.tokens {
			if translitFold(t) == w {
				n++
				break
			}
		}
	}
	return n
}

// Resolve finds the person a query designates: an exact alias first, then a
// subsequence match (sahilm/fuzzy: "pskv"), then a typo-tolerant match per
// word ("peskof"). Whole-word matches rank first.
func (r *Resolver) Resolve(query string) Resolution {
	res := Resolution{Query: query}
	q := foldQuery(query)
	if q == "" {
		return res
	}
	qw := strings.Fields(q)
	if ids := r.alias[q]; len(ids) > 0 {
		res.How = "alias"
		res = r.decide(res, r.byID(ids, qw, 1))
		if len(qw) == 1 {
			res = r.preferFarMorePresent(res, qw[0])
		}
		return res
	}
	if len([]rune(strings.ReplaceAll(q, " ", ""))) >= 3 {
		best := map[int]candidate{}
		for _, m := range fuzzy.Find(strings.ToLower(lowerFoldKeepSpace(query)), r.aliasStrs) {
			id := r.aliasOwner[m.Index]
			// Normalise the score by length so long aliases do not win by size.
			s := float64(m.Score) / float64(len(m.Str))
			if c, ok := best[id]; !ok || s > c.score {
				best[id] = candidate{id: id, whole: r.wholeWords(qw, r.people[id]), score: s, prominence: prominence(r.people[id])}
			}
		}
		if len(best) > 0 {
			var cs []candidate
			for _, c := range best {
				cs = append(cs, c)
			}
			res.How = "subsequence"
			res = r.decide(res, cs)
			if len(qw) == 1 {
				res = r.preferFarMorePresent(res, qw[0])
			}
			return res
		}
	}
	var cs []candidate
	for _, p := range r.people {
		score, ok := typoScore(qw, p.tokens)
		if ok {
			cs = append(cs, candidate{id: p.ID, whole: r.wholeWords(qw, p), score: score, prominence: prominence(p)})
		}
	}
	if len(cs) > 0 {
		res.How = "typo"
		return r.decide(res, cs)
	}
	res.Suggestions = r.closest(qw, 3)
	return res
}

// preferFarMorePresent gives a one-word query to the person with that
// word in their name who is far more present in the articles than the
// people it names exactly: "bernie" is Bernie Sanders, quoted hundreds of
// times, not a "Bernie" named once and alone; "donald" is Donald Trump.
func (r *Resolver) preferFarMorePresent(res Resolution, w string) Resolution {
	most := 0
	if res.Person != nil {
		most = prominence(res.Person)
	}
	for i := range res.Candidates {
		most = max(most, prominence(&res.Candidates[i]))
	}
	var best *Person
	for _, p := range r.people {
		if (best == nil || prominence(p) > prominence(best)) && prominence(p) >= prominenceRatio*max(most, 1) && r.wholeWords([]string{w}, p) == 1 {
			best = p
		}
	}
	if best == nil {
		return res
	}
	p := *best
	res.Person, res.Candidates = &p, nil
	return res
}

func (r *Resolver) byID(ids []int, qw []string, score float64) []candidate {
	var cs []candidate
	for _, id := range ids {
		cs = append(cs, candidate{id: id, whole: r.wholeWords(qw, r.people[id]), score: score, prominence: prominence(r.people[id])})
	}
	return cs
}

// decide picks the best candidate, or reports the ones that fit about as
// well as it.
func (r *Resolver) decide(res Resolution, cs []candidate) Resolution {
	rank(cs)
	top := cs[0]
	// Near ties are asked about, unless one person is far more present in
	// the articles: "blair" is Tony Blair, quoted a hundred times, not a
	// relative named once.
	var tied []candidate
	for _, c := range cs[1:] {
		if c.whole == top.whole && c.score >= top.score*0.9 && prominence(r.people[c.id])*prominenceRatio >= prominence(r.people[top.id]) {
			tied = append(tied, c)
		}
	}
	if len(tied) > 0 {
		// Of people who share a name, the only one quoted is the one meant;
		// two quoted people are a real ambiguity.
		quoted := []candidate{}
		for _, c := range append([]candidate{top}, tied...) {
			if r.people[c.id].Quotes > 0 {
				quoted = append(quoted, c)
			}
		}
		if len(quoted) == 1 {
			top, tied = quoted[0], nil
		}
	}
	if len(tied) == 0 {
		p := *r.people[top.id]
		res.Person = &p
		return res
	}
	res.Candidates = append(res.Candidates, *r.people[top.id])
	for _, c := range tied {
		res.Candidates = append(res.Candidates, *r.people[c.id])
	}
	return res
}

// typoScore matches every query word to a name word within a small edit
// distance; it reports how close the match is (1 is exact).
func typoScore(qw, tokens []string) (float64, bool) {
	total := 0.0
	for _, w := range qw {
		best := -1.0
		for _, t := range tokens {
			t = translitFold(t)
			d := levenshtein.ComputeDistance(w, t)
			if d == 2 && swapped(w, t) {
				d = 1 // "lavorv": two letters typed in the wrong order are one slip
			}
			limit := 1
			if len(w) >= 7 {
				limit = 2
			}
			if len(w) < 4 {
				limit = 0
			}
			if d <= limit {
				s := 1 - float64(d)/float64(max(len(w), len(t)))
				if s > best {
					best = s
				}
			}
		}
		if best < 0 {
			return 0, false
		}
		total += best
	}
	return total / float64(len(qw)), true
}

// swapped reports whether a and b differ only by two adjacent letters
// swapped ("lavorv", "lavrov"), which Levenshtein counts as two edits.
func swapped(a, b string) bool {
	x, y := []rune(a), []rune(b)
	if len(x) != len(y) {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && string(x[i+2:]) == string(y[i+2:])
}

// closest returns the n people whose name words are nearest to the query.
func (r *Resolver) closest(qw []string, n int) []Person {
	type scored struct {
		p *Person
		d float64
	}
	var all []scored
	for _, p := range r.people {
		best := 1.0
		for _, w := range qw {
			for _, t := range p.tokens {
				t = translitFold(t)
				d := float64(levenshtein.ComputeDistance(w, t)) / float64(max(len(w), len(t)))
				if d < best {
					best = d
				}
			}
		}
		if best <= 0.6 {
			all = append(all, scored{p, best})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].d != all[j].d {
			return all[i].d < all[j].d
		}
		return all[i].p.Quotes > all[j].p.Quotes
	})
	var out []Person
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, *all[i].p)
	}
	return out
}

// Suggest returns up to n people for what a user has typed so far, best
// first: a name starting with it, a name word starting with it, then a
// subsequence match; people with more quotes first within each.
func (r *Resolver) Suggest(prefix string, n int) []Person {
	q := lowerFoldKeepSpace(prefix)
	type scored struct {
		p     *Person
		score int
	}
	var all []scored
	wordStart := " " + q
	for _, p := range r.people {
		s := 0
		if q == "" {
			s = 1
		}
		for _, fa := range r.folded[p.ID] {
			if q == "" {
				break
			}
			if strings.HasPrefix(fa[1:], q) {
				s = max(s, 4)
			} else if strings.Contains(fa, wordStart) {
				s = max(s, 3)
			}
		}
		if s > 0 {
			all = append(all, scored{p, s})
		}
	}
	// Subsequence matches ("pskv") only when no name starts so.
	if q != "" && len(all) == 0 {
		for _, m := range fuzzy.Find(q, r.foldedName) {
			all = append(all, scored{r.people[m.Index], 1})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].score != all[j].score {
			return all[i].score > all[j].score
		}
		if all[i].p.Quotes != all[j].p.Quotes {
			return all[i].p.Quotes > all[j].p.Quotes
		}
		return all[i].p.Mentions > all[j].p.Mentions
	})
	var out []Person
	for i := 0; i < len(all) && i < n; i++ {
		out = append(out, *all[i].p)
	}
	return out
}
