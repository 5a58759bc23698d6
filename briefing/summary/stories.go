package summary

import (
	"container/heap"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/disjoint"
	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/parallel"
	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/text"
)

// groupStories makes the stories of the groups clusterArticles found,
// newest first; each story's own content needs the articles' summaries.
func (b *Summaries) groupStories(groups [][]int) []Story {
	artDates := b.effDates
	var stories []Story
	for _, members := range groups {
		st := Story{docs: members}
		sort.Ints(st.docs)
		for _, ai := range st.docs {
			if d := artDates[ai]; !d.IsZero() && (st.Date.IsZero() || d.Compare(st.Date) > 0) {
				st.Date = d
			}
		}
		stories = append(stories, st)
	}
	// Newest first; undated stories after dated ones, larger first.
	sort.SliceStable(stories, func(i, j int) bool {
		di, dj := stories[i].Date, stories[j].Date
		if di.IsZero() != dj.IsZero() {
			return !di.IsZero()
		}
		if c := di.Compare(dj); c != 0 {
			return c > 0
		}
		return len(stories[i].docs) > len(stories[j].docs)
	})
	parallel.For(len(stories), func(i int) { b.fillStory(&stories[i], artDates) })
	return stories
}

// indexKeyQuotes indexes, by article, the quotes a story may show: looked
// up per story instead of filtered from all quotes for each.
func (b *Summaries) indexKeyQuotes() {
	b.keyQuoteAt = map[string][]int{}
	for i, q := range b.quotes {
		if q.Speaker != "" && text.WordCount(q.Text) >= 6 {
			b.keyQuoteAt[q.Doc] = append(b.keyQuoteAt[q.Doc], i)
		}
	}
}

// sentenceTerms appends to terms a sentence's terms, as text.Terms gives
// them, and to proper its proper words: the stemmed capitalised words that
// are not its first, which count twice; each as its number in vocab. One
// pass over the words gives both, each word lowered once; a short ASCII
// word is lowered and stemmed on the stack, so that a stem is copied only
// when vocab first sees it (most words of an article repeat one before),
// and not then when the text holds it as it is.
func sentenceTerms(s string, terms, proper []int32, vocab *vocabulary) ([]int32, []int32) {
	var lowered, stem [32]byte
	for i, w := range text.Words(s) {
		l, inText := w, true
		if low, ok := text.LowerShortASCII(lowered[:0], w); !ok {
			l, inText = strings.ToLower(w), false
		} else if low != nil {
			l, inText = string(low), false // kept by nothing: made on the stack
		}
		// number numbers l's stem, which the text holds as it is when l
		// is the text's own word and the stem a prefix of it.
		number := func() int32 {
			st := text.AppendStem(stem[:0], l)
			if inText && len(st) <= len(w) && string(st) == w[:len(st)] {
				return vocab.number(w[:len(st)])
			}
			return vocab.numberBytes(st)
		}
		id := int32(-1)
		if len(l) >= 2 && !text.IsStopWord(l) {
			id = number()
			terms = append(terms, id)
		}
		if r, _ := utf8.DecodeRuneInString(w); i == 0 || !unicode.IsUpper(r) || names.IsStopCap(l) {
			continue
		}
		if id < 0 {
			id = number()
		}
		proper = append(proper, id)
	}
	return terms, proper
}

// clusterArticles groups articles by average-link agglomerative clustering:
// the two groups most alike on average merge first, until no two are alike
// enough; two dated articles weeks apart are never in one group. Only
// pairs that share heavy terms are compared (see tiedBy), so a large
// folder costs far less than all pairs.
func (b *Summaries) clusterArticles(artDates []dates.Date) [][]int {
	n := len(b.articles)
	// A heavy term is a word's number or, negated and less one, a place's.
	heavy := make([][]int32, n)
	parallel.For(n, func(ai int) {
		heavy[ai] = b.docVecs[ai].Top(15)
		for _, t := range b.placeVecs[ai].Top(5) {
			heavy[ai] = append(heavy[ai], -t-1)
		}
	})
	byTerm := map[int32][]int{}
	for ai, ts := range heavy {
		for _, t := range ts {
			byTerm[t] = append(byTerm[t], ai)
		}
	}
	// near[a] are the later articles a is compared with, in order, and how
	// alike they are: each article's pairs found and measured on every core,
	// its word vector spread out once for all of them.
	near := make([][]neighbour, n)
	type scratch struct {
		dense *text.Dense
		ties  map[int]int
	}
	pool := sync.Pool{New: func() any { d := b.idf.NewDense(); return &scratch{&d, map[int]int{}} }}
	parallel.For(n, func(a int) {
		sc := pool.Get().(*scratch)
		defer pool.Put(sc)
		clear(sc.ties)
		for _, t := range heavy[a] {
			list := byTerm[t]
			w := tiedBy(len(list), n)
			if w == 0 {
				continue
			}
			for _, k := range list {
				if k > a {
					sc.ties[k] += w
				}
			}
		}
		var bs []int
		for k, w := range sc.ties {
			if w >= tieWeight {
				bs = append(bs, k)
			}
		}
		if len(bs) == 0 {
			return
		}
		slices.Sort(bs)
		d := *sc.dense
		d.Load(b.docVecs[a])
		near[a] = make([]neighbour, len(bs))
		for i, k := range bs {
			near[a][i] = neighbour{k, b.articleSimilarity(a, k, d.Cosine(b.docVecs[k]))}
		}
		d.Unload(b.docVecs[a])
	})
	return averageLink(near, storyThreshold, func(a, b []int) bool { return groupDatesCompatible(artDates, a, b) })
}

// neighbour is a later item an item is compared with, and how alike they
// are.
type neighbour struct {
	b   int
	sim float64
}

// averageLink groups items 0..len(near)-1 by average-link agglomerative
// clustering: the two groups most alike on average (a pair of items not
// in near counting 0) merge first, while they may go together, until no
// two are alike enough. near[a] lists the pairs of a with later items;
// averageLink empties near as it reads it, so that a large folder's pairs
// are not held twice.
func averageLink(near [][]neighbour, threshold float64, together func(a, b []int) bool) [][]int {
	n := len(near)
	// Two groups merge only when their average likeness reaches the
	// threshold, so only when some pair across them does: groups never
	// reach across the parts the pairs at the threshold connect. A pair
	// across two parts can never count, and is left out of the sums.
	parts := disjoint.New(n)
	for a, ns := range near {
		for _, nb := range ns {
			if nb.sim >= threshold {
				parts.Union(a, nb.b)
			}
		}
	}
	// Each group lists the groups it is compared with and the sum of its
	// members' likeness to theirs, under the number each had when the sum
	// was written: a merge adds up the two lists under the groups' present
	// numbers and writes the merged group's list alone, leaving its
	// neighbours' lists to be added up so when they merge. A merge thus
	// costs its two lists, not a write into every neighbour's.
	members := make([][]int, n)
	version := make([]int, n)
	ties := make([][]groupTie, n)
	for i := range members {
		members[i] = []int{i}
	}
	h := &linkHeap{}
	for a, ns := range near {
		for _, nb := range ns {
			if parts.Find(a) != parts.Find(nb.b) {
				continue
			}
			ties[a] = append(ties[a], groupTie{nb.b, nb.sim})
			ties[nb.b] = append(ties[nb.b], groupTie{a, nb.sim})
			if nb.sim >= threshold {
				heap.Push(h, link{avg: nb.sim, a: a, b: nb.b})
			}
		}
		near[a] = nil
	}
	merged := disjoint.New(n) // a merged group's number leads to the group's
	sums := make([]float64, n)
	listed := make([]bool, n)
	var order []int
	for h.Len() > 0 {
		l := heap.Pop(h).(link)
		if members[l.a] == nil || members[l.b] == nil || version[l.a] != l.va || version[l.b] != l.vb {
			continue
		}
		if !together(members[l.a], members[l.b]) {
			continue
		}
		a, c := l.a, l.b
		members[a] = append(members[a], members[c]...)
		members[c] = nil
		version[a]++
		merged.Union(a, c)
		order = order[:0]
		for _, list := range [2][]groupTie{ties[a], ties[c]} {
			for _, t := range list {
				k := merged.Find(t.group)
				if k == a {
					continue
				}
				if !listed[k] {
					listed[k] = true
					order = append(order, k)
				}
				sums[k] += t.sum
			}
		}
		// The lists are read: the merged one is written over a's.
		list := ties[a][:0]
		for _, k := range order {
			list = append(list, groupTie{k, sums[k]})
			sums[k], listed[k] = 0, false
		}
		ties[a], ties[c] = list, nil
		for _, t := range list {
			avg := t.sum / float64(len(members[a])*len(members[t.group]))
			if avg >= threshold {
				heap.Push(h, link{avg: avg, a: a, b: t.group, va: version[a], vb: version[t.group]})
			}
		}
	}
	var out [][]int
	for _, m := range members {
		if m != nil {
			out = append(out, m)
		}
	}
	return out
}

// maxStoryTermArticles is how many articles may weigh a term heavily for it
// still to tie them into a story.
const maxStoryTermArticles = 100

// A term heavy in at most rareTermArticles articles is specific enough to
// tie two of them alone (a name, an event); one heavier in more must be
// shared with a second heavy term. The number of articles one is compared
// with then stays about the same as the folder grows, where blocking on
// every term would compare each with a share of the folder.
const (
	rareTermArticles = 40
	tieWeight        = 2
)

// tiedBy is the weight toward tieWeight that sharing a term heavy in
// articles of a folder of n gives two of them.
func tiedBy(articles, n int) int {
	switch {
	case articles > n/4+2 && n > 40 || articles > maxStoryTermArticles:
		// A term in a quarter of a large folder ties nothing; nor does one
		// heavy in more articles than a story has.
		return 0
	case articles <= rareTermArticles:
		return tieWeight
	}
	return 1
}

// groupTie is a group another is compared with, by its number when the
// sum was written, and the sum of the two groups' members' likeness.
type groupTie struct {
	group int
	sum   float64
}

type link struct {
	avg    float64
	a, b   int
	va, vb int
}

// linkHeap is a max-heap of links by average similarity.
type linkHeap []link

// Len, Less, Swap, Push and Pop make linkHeap a container/heap.
func (h linkHeap) Len() int { return len(h) }
func (h linkHeap) Less(i, j int) bool {
	if h[i].avg != h[j].avg {
		return h[i].avg > h[j].avg
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h linkHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *linkHeap) Push(x any)   { *h = append(*h, x.(link)) }
func (h *linkHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func groupDatesCompatible(artDates []dates.Date, a, b []int) bool {
	for _, x := range b {
		if !datesCompatible(artDates, a, x) {
			return false
		}
	}
	return true
}

// articleSimilarity measures whether two articles tell one event: the
// words they share, their headlines, and the places they report from ("in
// Vietnam"). The same actors meet at many events; the headline and the
// place tell the events apart. Headline and place count only as far as the
// texts are alike at all, so a shared "in London" makes no story. content
// is the likeness of their words, measured by the caller.
func (b *Summaries) articleSimilarity(i, j int, content float64) float64 {
	// Squared, so that headline and place add little to bodies that
	// hardly share a word ("Blunkett return" and "Euro hopes" share one
	// headline word, not a story).
	gate := math.Pow(math.Min(1, content/contentGate), 2)
	title := text.Cosine(b.titleVecs[i], b.titleVecs[j])
	if b.placeVecs[i].Len() == 0 || b.placeVecs[j].Len() == 0 {
		// An article that names no place says nothing either way.
		return 0.55*content + gate*0.45*title
	}
	return 0.4*content + gate*(0.3*title+0.3*text.Cosine(b.placeVecs[i], b.placeVecs[j]))
}

// contentGate is the word likeness from which headline and place count in
// full.
const contentGate = 0.15

// placeCues are the prepositions that lead to a place.
var placeCues = []string{"in", "at", "near", "outside", "inside"}

// placeCueEnds returns the offsets just after each place cue of s followed
// by one white-space character, as the expression
// \b(?:in|at|near|outside|inside)\s would find them, without its cost.
func placeCueEnds(s string) []int {
	var out []int
	// A cue is a word followed by white space: at each white space byte,
	// the cue its word can be is known from the word's last letter. A
	// paragraph's white space is spaces alone, as a rule: then the spaces
	// are jumped to.
	spaces := strings.IndexByte(s, '\t') < 0 && strings.IndexByte(s, '\n') < 0 &&
		strings.IndexByte(s, '\r') < 0 && strings.IndexByte(s, '\f') < 0
	for e := 1; e < len(s); e++ {
		if spaces {
			j := strings.IndexByte(s[e:], ' ')
			if j < 0 {
				break
			}
			e += j
		} else if !text.IsSpaceByte(s[e]) {
			continue
		}
		for _, c := range cuesByLast[s[e-1]] {
			i := e - len(c)
			if i >= 0 && s[i:e] == c && (i == 0 || !text.IsWordByte(s[i-1])) {
				out = append(out, e+1)
				break
			}
		}
	}
	return out
}

// cuesByLast files placeCues by their last byte.
var cuesByLast = func() (by [256][]string) {
	for _, c := range placeCues {
		by[c[len(c)-1]] = append(by[c[len(c)-1]], c)
	}
	return by
}()

// capitalInWords reports whether the first n fields of s (as
// strings.Fields splits them) may hold a capital: an ASCII one, or any
// byte beyond ASCII. Most place cues ("in the end") are followed by none,
// and their name runs need not be looked for.
func capitalInWords(s string, n int) bool {
	fields, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return true
		}
		if unicode.IsSpace(rune(c)) {
			in = false
		} else if !in {
			in = true
			if fields++; fields > n {
				return false
			}
		}
	}
	return false
}

// placeWords returns the capitalised names that follow "in", "at" or "near"
// within a few words in a text, where things happen, each as its folded
// words. People's names are among them: Build takes them out, once people
// are known.
func placeWords(s string) [][]string {
	var out [][]string
	for _, end := range placeCueEnds(s) {
		rest := s[end:]
		if !capitalInWords(rest, 4) {
			continue // the name would stand more than three words on
		}
		runs := names.RunIndexes(rest[:min(len(rest), 80)])
		if len(runs) == 0 {
			continue
		}
		loc := runs[0]
		if text.WordCount(rest[:loc[0]]) > 3 || strings.ContainsAny(rest[:loc[0]], ",.;:\"“”") {
			continue
		}
		var keep []string
		for _, w := range strings.Fields(rest[loc[0]:loc[1]]) {
			l := strings.ToLower(names.TrimToken(w))
			if names.IsStopCap(l) || names.IsDemonym(w) || names.IsTitleWord(l) || dates.IsMonthName(l) {
				continue
			}
			keep = append(keep, names.Fold(w))
		}
		if len(keep) > 0 {
			out = append(out, keep)
		}
	}
	return out
}

// datesCompatible reports whether a dated article may join a story: no
// dated member lies more than storyMaxDays from it.
func datesCompatible(artDates []dates.Date, members []int, ai int) bool {
	d := artDates[ai]
	if d.IsZero() {
		return true
	}
	for _, m := range members {
		if dm := artDates[m]; !dm.IsZero() {
			gap := d.Time().Sub(dm.Time()).Hours() / 24
			if math.Abs(gap) > storyMaxDays {
				return false
			}
		}
	}
	return true
}

// fillStory writes a story's headline, sources, quotes, corrections and
// latest development.
func (b *Summaries) fillStory(st *Story, artDates []dates.Date) {
	vecs := make([]text.Vector, len(st.docs))
	for i, ai := range st.docs {
		vecs[i] = b.docVecs[ai]
	}
	centroid := text.Sum(vecs...)
	centroid.Normalize()
	st.centroid = centroid
	bestHead, bestSim := -1, -1.0
	newest := -1
	for _, ai := range st.docs {
		a := &b.articles[ai]
		st.Sources = append(st.Sources, Source{Doc: a.ID, Title: a.Title, URL: a.URL, Outlet: a.Outlet, Date: artDates[ai], AlsoIn: b.alsoIn[a.ID]})
		st.Corrections = append(st.Corrections, b.corrections(a)...)
		if s := text.Cosine(b.docVecs[ai], centroid); s > bestSim {
			bestHead, bestSim = ai, s
		}
		if !artDates[ai].IsZero() && (newest < 0 || artDates[ai].Compare(artDates[newest]) > 0) {
			newest = ai
		}
	}
	sort.SliceStable(st.Sources, func(i, j int) bool {
		di, dj := st.Sources[i].Date, st.Sources[j].Date
		if di.IsZero() != dj.IsZero() {
			return !di.IsZero()
		}
		return di.Compare(dj) > 0
	})
	st.Headline = b.articles[bestHead].Title
	st.newest = newest
	if len(st.docs) > 1 && newest >= 0 && len(b.summaries[newest]) > 0 {
		st.Latest = b.summaries[newest][0]
	}
	st.Quotes = b.keyQuotes(st.docs, 2)
	st.shortest = -1
	for _, ai := range st.docs {
		for _, s := range b.sentences[ai] {
			if briefable(s) && (st.shortest < 0 || int(s.words) < st.shortest) {
				st.shortest = int(s.words)
			}
		}
	}
}

// keyQuotes picks up to n quotes with speakers from the articles: whole
// quotations of some length first, one per speaker.
func (b *Summaries) keyQuotes(docs []int, n int) []quotes.Quote {
	var at []int
	for _, ai := range docs {
		at = append(at, b.keyQuoteAt[b.articles[ai].ID]...)
	}
	slices.Sort(at)
	cands := make([]quotes.Quote, 0, len(at))
	for _, i := range at {
		cands = append(cands, b.quotes[i])
	}
	score := func(q quotes.Quote) float64 {
		s := 1.0
		if q.Partial {
			s *= 0.6
		}
		w := text.WordCount(q.Text)
		if w > 40 {
			s *= 0.6
		}
		if q.PersonID >= 0 {
			s *= 1 + 0.1*float64(min(b.people[q.PersonID].Quotes, 5))
		}
		return s / (1 + 0.05*float64(q.Paragraph))
	}
	// Scored once each, not at every comparison of the sort.
	order := make([]int, len(cands))
	scores := make([]float64, len(cands))
	for i, q := range cands {
		order[i], scores[i] = i, score(q)
	}
	sort.SliceStable(order, func(i, j int) bool { return scores[order[i]] > scores[order[j]] })
	var out []quotes.Quote
	seen := map[string]bool{}
	for _, i := range order {
		q := cands[i]
		if len(out) == n {
			break
		}
		if !seen[q.Speaker] {
			seen[q.Speaker] = true
			out = append(out, q)
		}
	}
	return out
}
