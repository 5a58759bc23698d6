package briefing

import (
	"container/heap"
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/parallel"
	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/text"
)

// Summaries are extractive: sentences are ranked by TextRank over TF-IDF
// cosine similarity with a lead-position prior, and picked across articles
// by maximal marginal relevance so that one fact is stated once.

// Source is an article a story draws on.
type Source struct {
	Doc    string `json:"doc"`
	Title  string `json:"title"`
	Outlet string `json:"outlet,omitempty"`
	Date   Date   `json:"date"`
}

// Story is a group of articles about one event.
type Story struct {
	Headline string         `json:"headline"`
	Summary  []string       `json:"summary"`
	Quotes   []quotes.Quote `json:"quotes,omitempty"`
	// Latest is what the newest article adds.
	Latest      string   `json:"latest,omitempty"`
	Sources     []Source `json:"sources"`
	Corrections []string `json:"corrections,omitempty"`
	// Date is the newest date of the story's articles, zero when none is
	// dated.
	Date Date `json:"date"`

	docs []int
	// centroid is the story's normalised TF-IDF vector; newest is its
	// newest dated article, or -1.
	centroid text.Vector
	newest   int
}

// ArticleSummary is one article's own summary.
type ArticleSummary struct {
	Doc          string   `json:"doc"`
	Title        string   `json:"title"`
	Outlet       string   `json:"outlet,omitempty"`
	Author       string   `json:"author,omitempty"`
	Date         Date     `json:"date"`
	DateInferred bool     `json:"date_inferred,omitempty"`
	Summary      []string `json:"summary"`
	Corrections  []string `json:"corrections,omitempty"`
	// Hash identifies the article's text, to tell an edited article.
	Hash string `json:"hash,omitempty"`
}

// Brief is the cross-article briefing.
type Brief struct {
	// Topic is what the brief was narrowed to, if anything.
	Topic string `json:"topic,omitempty"`
	// Summary is the sentences of the brief, across stories, with no fact
	// stated twice.
	Summary  []string         `json:"summary"`
	Stories  []Story          `json:"stories"`
	Articles []ArticleSummary `json:"articles"`
}

// MaxBriefWords bounds the brief's summary so it fits one chat message.
const MaxBriefWords = 230

// maxRankedSentences bounds TextRank's quadratic graph for a very long
// article; news leads carry the story.
const maxRankedSentences = 80

// storyThreshold is the cosine similarity of TF-IDF vectors above which an
// article joins a story.
const storyThreshold = 0.14

// storyMaxDays is how far apart two dated articles of one story may be.
const storyMaxDays = 21

type sentence struct {
	art   int
	pos   int
	text  string
	vec   text.Vector
	score float64 // rank within its article, 0..1
}

// danglingOpeners start sentences that lean on the one before.
var danglingOpeners = map[string]bool{
	"he": true, "she": true, "it": true, "they": true, "this": true, "that": true, "these": true,
	"those": true, "but": true, "and": true, "also": true, "however": true, "instead": true,
	"such": true, "his": true, "her": true, "their": true, "its": true, "there": true, "so": true,
	"yet": true, "still": true, "meanwhile": true, "even": true, "then": true, "further": true,
	"regardless": true, "moreover": true, "besides": true, "which": true, "we": true, "i": true,
}

// sentencePenalty lowers sentences a summary should not lead with.
func sentencePenalty(s string) float64 {
	p := 1.0
	w := strings.Fields(s)
	if len(w) == 0 {
		return 0
	}
	first := strings.ToLower(strings.Trim(w[0], "\"“‘',"))
	if danglingOpeners[first] {
		p *= 0.25
	}
	switch n := len(w); {
	case n < 8:
		p *= 0.3
	case n > 45:
		p *= 0.6
	}
	if qs := quotes.Fraction(s); qs > 0.5 {
		p *= 0.5
	}
	if r, _ := utf8.DecodeRuneInString(s); r == '(' || r == '[' {
		p *= 0.3
	}
	return p
}

// textRank scores sentences by PageRank over their similarity graph.
func textRank(vecs []text.Vector) []float64 {
	n := len(vecs)
	scores := make([]float64, n)
	if n == 0 {
		return scores
	}
	w := make([][]float64, n)
	out := make([]float64, n)
	for i := range w {
		w[i] = make([]float64, n)
	}
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			s := text.Cosine(vecs[i], vecs[j])
			w[i][j], w[j][i] = s, s
			out[i] += s
			out[j] += s
		}
	}
	for i := range scores {
		scores[i] = 1.0 / float64(n)
	}
	const d = 0.85
	for it := 0; it < 30; it++ {
		next := make([]float64, n)
		for i := 0; i < n; i++ {
			sum := 0.0
			for j := 0; j < n; j++ {
				if w[j][i] > 0 && out[j] > 0 {
					sum += w[j][i] / out[j] * scores[j]
				}
			}
			next[i] = (1-d)/float64(n) + d*sum
		}
		scores = next
	}
	return scores
}

// buildSummaries ranks every article's sentences, summarises each article,
// groups the articles into stories and writes the brief.
func (b *Briefing) buildSummaries() {
	var docsTerms [][]string
	perArt := make([][]sentence, len(b.articles))
	for ai := range b.articles {
		var all []string
		for _, p := range b.articles[ai].Body() {
			for _, s := range p.Sentences {
				all = append(all, text.Terms(s)...)
				// Names carry the story more than common words: count them twice.
				all = append(all, properWords(s)...)
			}
		}
		// The headline says what the story is: it weighs as much as a few
		// sentences.
		for i := 0; i < 3; i++ {
			all = append(all, text.Terms(b.articles[ai].Title)...)
		}
		docsTerms = append(docsTerms, all)
	}
	idf := text.NewIDF(docsTerms)
	b.computeEffectiveDates()
	var docsPlaces [][]string
	people := b.ix.NameTokens()
	for ai := range b.articles {
		var ps []string
		for _, p := range b.articles[ai].Body() {
			ps = append(ps, placeTerms(p.Text, people)...)
		}
		docsPlaces = append(docsPlaces, ps)
	}
	placeIDF := text.NewIDF(docsPlaces)
	// Headlines are compared without people's names: the same actors head
	// many stories ("Campbell returns to election team", "Campbell to be
	// Lions consultant").
	var titles [][]string
	for ai := range b.articles {
		var ts []string
		for _, t := range text.Terms(b.articles[ai].Title) {
			if !people[t] {
				ts = append(ts, t)
			}
		}
		titles = append(titles, ts)
	}
	titleIDF := text.NewIDF(titles)
	b.titleVecs = make([]text.Vector, len(b.articles))
	for ai := range b.articles {
		b.titleVecs[ai] = titleIDF.Vector(titles[ai])
	}
	b.placeVecs = make([]text.Vector, len(b.articles))
	for ai := range b.articles {
		b.placeVecs[ai] = placeIDF.Vector(docsPlaces[ai])
	}
	b.summaries = make([][]string, len(b.articles))
	docVecs := make([]text.Vector, len(b.articles))
	parallel.For(len(b.articles), func(ai int) {
		docVecs[ai] = idf.Vector(docsTerms[ai])
		pos := 0
		for _, p := range b.articles[ai].Body() {
			for _, s := range p.Sentences {
				if pos >= maxRankedSentences {
					break
				}
				perArt[ai] = append(perArt[ai], sentence{art: ai, pos: pos, text: s, vec: idf.Vector(text.Terms(s))})
				pos++
			}
		}
		rankArticle(perArt[ai], docVecs[ai])
		b.summaries[ai] = topSentences(perArt[ai], summaryLength(len(perArt[ai])))
	})
	b.sentences = perArt
	b.docVecs = docVecs
	b.stories = b.groupStories(docVecs)
	b.brief = b.makeBrief("", nil)
}

func summaryLength(n int) int {
	if n >= 6 {
		return 3
	}
	return 2
}

// rankArticle scores an article's sentences: centrality in the article
// (TextRank), closeness to the article as a whole, the lead prior, and the
// penalties for sentences that cannot stand alone.
func rankArticle(ss []sentence, doc text.Vector) {
	vecs := make([]text.Vector, len(ss))
	for i := range ss {
		vecs[i] = ss[i].vec
	}
	tr := textRank(vecs)
	maxTR := 0.0
	for _, x := range tr {
		maxTR = math.Max(maxTR, x)
	}
	best := 0.0
	for i := range ss {
		central := 0.0
		if maxTR > 0 {
			central = tr[i] / maxTR
		}
		lead := 1.0 / (1.0 + 0.15*float64(ss[i].pos))
		ss[i].score = (0.45*central + 0.35*text.Cosine(ss[i].vec, doc) + 0.2*lead) * sentencePenalty(ss[i].text)
		best = math.Max(best, ss[i].score)
	}
	if best > 0 {
		for i := range ss {
			ss[i].score /= best
		}
	}
}

// topSentences returns the n best sentences in article order, skipping a
// near repeat of one already chosen.
func topSentences(ss []sentence, n int) []string {
	idx := make([]int, len(ss))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return ss[idx[a]].score > ss[idx[b]].score })
	var chosen []int
	for _, i := range idx {
		if len(chosen) == n {
			break
		}
		dup := false
		for _, j := range chosen {
			if text.Cosine(ss[i].vec, ss[j].vec) > 0.6 {
				dup = true
			}
		}
		if !dup {
			chosen = append(chosen, i)
		}
	}
	sort.Ints(chosen)
	out := make([]string, 0, len(chosen))
	for _, i := range chosen {
		out = append(out, ss[i].text)
	}
	return out
}

// effectiveDate is the date an article speaks from: its own date, or for a
// reprint the latest date of the events it reports.
func (b *Briefing) effectiveDate(ai int) Date { return b.effDates[ai] }

func (b *Briefing) computeEffectiveDates() {
	b.effDates = make([]Date, len(b.articles))
	for ai := range b.articles {
		a := &b.articles[ai]
		if !b.reprint[ai] {
			b.effDates[ai] = a.Date
			continue
		}
		var latest Date
		for _, ev := range b.events {
			if !ev.Date.IsZero() && slices.Contains(ev.Docs, a.ID) && (latest.IsZero() || ev.Date.Compare(latest) > 0) {
				latest = ev.Date
			}
		}
		b.effDates[ai] = latest
	}
}

// groupStories clusters articles by TF-IDF similarity, newest first; two
// dated articles weeks apart are never one story.
func (b *Briefing) groupStories(docVecs []text.Vector) []Story {
	n := len(b.articles)
	dates := make([]Date, n)
	order := make([]int, n)
	for i := range order {
		order[i] = i
		dates[i] = b.effectiveDate(i)
	}
	sort.SliceStable(order, func(x, y int) bool {
		dx, dy := dates[order[x]], dates[order[y]]
		if dx.IsZero() != dy.IsZero() {
			return !dx.IsZero()
		}
		return dx.Compare(dy) > 0
	})
	groups := b.clusterArticles(dates)
	var stories []Story
	for _, members := range groups {
		st := Story{docs: members}
		sort.Ints(st.docs)
		for _, ai := range st.docs {
			if d := dates[ai]; !d.IsZero() && (st.Date.IsZero() || d.Compare(st.Date) > 0) {
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
	for i := range stories {
		b.fillStory(&stories[i], dates)
	}
	return stories
}

// properWords returns the stemmed capitalised words of s that are not its
// first word.
func properWords(s string) []string {
	var out []string
	for i, w := range text.Words(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if i == 0 || !unicode.IsUpper(r) || names.IsStopCap(strings.ToLower(w)) {
			continue
		}
		out = append(out, text.Stem(strings.ToLower(w)))
	}
	return out
}

// clusterArticles groups articles by average-link agglomerative clustering:
// the two groups most alike on average merge first, until no two are alike
// enough. Only pairs that share a heavy term are compared, so a large folder
// costs far less than all pairs.
func (b *Briefing) clusterArticles(dates []Date) [][]int {
	n := len(b.articles)
	byTerm := map[string][]int{}
	for ai := 0; ai < n; ai++ {
		for _, t := range topTerms(b.docVecs[ai], 15) {
			byTerm[t] = append(byTerm[t], ai)
		}
		for _, t := range topTerms(b.placeVecs[ai], 5) {
			byTerm["@"+t] = append(byTerm["@"+t], ai)
		}
	}
	type pair struct{ a, b int }
	links := map[pair]float64{} // summed similarity between two groups
	for _, list := range byTerm {
		if len(list) > n/4+2 && n > 40 {
			continue // a term in a quarter of a large folder ties nothing
		}
		for x := 0; x < len(list); x++ {
			for y := x + 1; y < len(list); y++ {
				i, j := list[x], list[y]
				if i > j {
					i, j = j, i
				}
				if _, done := links[pair{i, j}]; done {
					continue
				}
				links[pair{i, j}] = b.articleSimilarity(i, j)
			}
		}
	}
	members := make([][]int, n)
	version := make([]int, n)
	adj := make([]map[int]float64, n)
	for i := range members {
		members[i] = []int{i}
		adj[i] = map[int]float64{}
	}
	h := &linkHeap{}
	for p, s := range links {
		adj[p.a][p.b] = s
		adj[p.b][p.a] = s
		if s >= storyThreshold {
			heap.Push(h, link{avg: s, a: p.a, b: p.b})
		}
	}
	for h.Len() > 0 {
		l := heap.Pop(h).(link)
		if members[l.a] == nil || members[l.b] == nil || version[l.a] != l.va || version[l.b] != l.vb {
			continue
		}
		if !groupDatesCompatible(dates, members[l.a], members[l.b]) {
			continue
		}
		a, c := l.a, l.b
		members[a] = append(members[a], members[c]...)
		members[c] = nil
		version[a]++
		for k, s := range adj[c] {
			if k == a {
				continue
			}
			adj[a][k] += s
			adj[k][a] = adj[a][k]
			delete(adj[k], c)
		}
		delete(adj[a], c)
		adj[c] = nil
		for k, s := range adj[a] {
			if members[k] == nil {
				continue
			}
			avg := s / float64(len(members[a])*len(members[k]))
			if avg >= storyThreshold {
				heap.Push(h, link{avg: avg, a: a, b: k, va: version[a], vb: version[k]})
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

type link struct {
	avg    float64
	a, b   int
	va, vb int
}

// linkHeap is a max-heap of links by average similarity.
type linkHeap []link

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

func groupDatesCompatible(dates []Date, a, b []int) bool {
	for _, x := range b {
		if !datesCompatible(dates, a, x) {
			return false
		}
	}
	return true
}

// articleSimilarity measures whether two articles tell one event: the
// words they share, their headlines, and the places they report from ("in
// Vietnam"). The same actors meet at many events; the headline and the
// place tell the events apart. Headline and place count only as far as the
// texts are alike at all, so a shared "in London" makes no story.
func (b *Briefing) articleSimilarity(i, j int) float64 {
	content := text.Cosine(b.docVecs[i], b.docVecs[j])
	gate := math.Min(1, content/contentGate)
	title := text.Cosine(b.titleVecs[i], b.titleVecs[j])
	if len(b.placeVecs[i]) == 0 || len(b.placeVecs[j]) == 0 {
		// An article that names no place says nothing either way.
		return 0.55*content + gate*0.45*title
	}
	return 0.4*content + gate*(0.3*title+0.3*text.Cosine(b.placeVecs[i], b.placeVecs[j]))
}

// contentGate is the word likeness from which headline and place count in
// full.
const contentGate = 0.15

var placeCueRe = regexp.MustCompile(`\b(?:in|at|near|outside|inside)\s`)

// placeTerms returns the capitalised names that follow "in", "at" or "near"
// within a few words in a text: where things happen. People are left out.
func placeTerms(s string, people map[string]bool) []string {
	var out []string
	for _, m := range placeCueRe.FindAllStringIndex(s, -1) {
		rest := s[m[1]:]
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
			if names.IsStopCap(l) || names.IsDemonym(w) || names.IsTitleWord(l) || people[names.Fold(w)] || dates.IsMonthName(l) {
				continue
			}
			keep = append(keep, names.Fold(w))
		}
		if len(keep) > 0 {
			out = append(out, strings.Join(keep, ""))
		}
	}
	return out
}

// datesCompatible reports whether a dated article may join a story: no
// dated member lies more than storyMaxDays from it.
func datesCompatible(dates []Date, members []int, ai int) bool {
	d := dates[ai]
	if d.IsZero() {
		return true
	}
	for _, m := range members {
		if dm := dates[m]; !dm.IsZero() {
			gap := d.Time().Sub(dm.Time()).Hours() / 24
			if math.Abs(gap) > storyMaxDays {
				return false
			}
		}
	}
	return true
}

// topTerms returns the k heaviest terms of v.
func topTerms(v text.Vector, k int) []string {
	type tw struct {
		t string
		w float64
	}
	all := make([]tw, 0, len(v))
	for t, w := range v {
		all = append(all, tw{t, w})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].w != all[j].w {
			return all[i].w > all[j].w
		}
		return all[i].t < all[j].t
	})
	out := make([]string, 0, k)
	for i := 0; i < len(all) && i < k; i++ {
		out = append(out, all[i].t)
	}
	return out
}

// fillStory writes a story's headline, sources, quotes, corrections and
// latest development.
func (b *Briefing) fillStory(st *Story, dates []Date) {
	centroid := text.Vector{}
	for _, ai := range st.docs {
		centroid.Add(b.docVecs[ai])
	}
	centroid.Normalize()
	st.centroid = centroid
	bestHead, bestSim := -1, -1.0
	newest := -1
	for _, ai := range st.docs {
		a := &b.articles[ai]
		st.Sources = append(st.Sources, Source{Doc: a.ID, Title: a.Title, Outlet: a.Outlet, Date: dates[ai]})
		st.Corrections = append(st.Corrections, a.Corrections()...)
		if s := text.Cosine(b.docVecs[ai], centroid); s > bestSim {
			bestHead, bestSim = ai, s
		}
		if !dates[ai].IsZero() && (newest < 0 || dates[ai].Compare(dates[newest]) > 0) {
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
}

// keyQuotes picks up to n quotes with speakers from the articles: whole
// quotations of some length first, one per speaker.
func (b *Briefing) keyQuotes(docs []int, n int) []quotes.Quote {
	in := map[string]bool{}
	for _, ai := range docs {
		in[b.articles[ai].ID] = true
	}
	var cands []quotes.Quote
	for _, q := range b.quotes {
		if in[q.Doc] && q.Speaker != "" && text.WordCount(q.Text) >= 6 {
			cands = append(cands, q)
		}
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
	sort.SliceStable(cands, func(i, j int) bool { return score(cands[i]) > score(cands[j]) })
	var out []quotes.Quote
	seen := map[string]bool{}
	for _, q := range cands {
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

// makeBrief writes the brief over the given stories (all when nil),
// preferring sentences a topic filter keeps when one is given.
func (b *Briefing) makeBrief(topic string, keep func(s string) bool) Brief {
	br := Brief{Topic: topic}
	budget := MaxBriefWords
	picked := make([][]sentence, len(b.stories))
	var used []text.Vector
	stories := b.stories
	// Round one gives each story its best sentences, round two adds more
	// while the budget lasts; no fact twice across the whole brief.
	for round, quota := range []int{2, 4} {
		for si := range stories {
			st := &stories[si]
			if keep != nil && !b.storyKept(st, keep) {
				continue
			}
			if round == 0 && budget < 40 {
				break
			}
			for len(picked[si]) < quota {
				s, ok := b.nextSentence(st, picked[si], used, keep)
				if !ok || text.WordCount(s.text) > budget {
					break
				}
				picked[si] = append(picked[si], s)
				used = append(used, s.vec)
				budget -= text.WordCount(s.text)
			}
		}
	}
	for si := range stories {
		if len(picked[si]) == 0 {
			continue
		}
		st := stories[si]
		ss := picked[si]
		dates := b.effDates
		// Told in order: older articles first, then by position.
		sort.SliceStable(ss, func(i, j int) bool {
			di, dj := dates[ss[i].art], dates[ss[j].art]
			if c := di.Compare(dj); c != 0 && !di.IsZero() && !dj.IsZero() {
				return c < 0
			}
			if ss[i].art != ss[j].art {
				return ss[i].art < ss[j].art
			}
			return ss[i].pos < ss[j].pos
		})
		st.Summary = nil
		for _, s := range ss {
			st.Summary = append(st.Summary, s.text)
			br.Summary = append(br.Summary, s.text)
		}
		br.Stories = append(br.Stories, st)
	}
	for ai, a := range b.articles {
		if keep != nil && !articleKept(&a, keep) {
			continue
		}
		br.Articles = append(br.Articles, ArticleSummary{Doc: a.ID, Title: a.Title, Outlet: a.Outlet, Author: a.Author, Date: a.Date, DateInferred: a.DateInferred, Summary: b.summaries[ai], Corrections: a.Corrections(), Hash: a.Hash})
	}
	return br
}

func (b *Briefing) storyKept(st *Story, keep func(string) bool) bool {
	for _, ai := range st.docs {
		if articleKept(&b.articles[ai], keep) {
			return true
		}
	}
	return false
}

func articleKept(a *text.Article, keep func(string) bool) bool {
	if keep(a.Title) {
		return true
	}
	for _, p := range a.Body() {
		if keep(p.Text) {
			return true
		}
	}
	return false
}

// nextSentence picks the story sentence with the best marginal relevance:
// its own rank and closeness to the story, less its likeness to what the
// brief already says. A near repeat is never picked.
func (b *Briefing) nextSentence(st *Story, picked []sentence, used []text.Vector, keep func(string) bool) (sentence, bool) {
	const lambda = 0.7
	best, bestScore := sentence{}, math.Inf(-1)
	centroid, newest := st.centroid, st.newest
	for _, ai := range st.docs {
		for _, s := range b.sentences[ai] {
			if s.score < 0.2 || text.WordCount(s.text) < 8 {
				continue
			}
			if keep != nil && !keep(s.text) {
				continue
			}
			dup := false
			maxSim := 0.0
			for _, u := range used {
				c := text.Cosine(s.vec, u)
				if c > 0.5 {
					dup = true
				}
				maxSim = math.Max(maxSim, c)
			}
			for _, p := range picked {
				if p.text == s.text {
					dup = true
				}
			}
			if dup {
				continue
			}
			rel := 0.6*s.score + 0.4*text.Cosine(s.vec, centroid)
			if ai == newest && len(st.docs) > 1 && len(picked) > 0 && !pickedFrom(picked, newest) {
				// The latest development belongs in the brief.
				rel += 0.3
			}
			mmr := lambda*rel - (1-lambda)*maxSim
			if mmr > bestScore {
				best, bestScore = s, mmr
			}
		}
	}
	return best, !math.IsInf(bestScore, -1)
}

func pickedFrom(ps []sentence, ai int) bool {
	for _, p := range ps {
		if p.art == ai {
			return true
		}
	}
	return false
}

// Brief returns the cross-article briefing, narrowed to a topic (a person
// or a word) when one is given. Topic.Found is false when nothing matches.
func (b *Briefing) Brief(topic string) (Brief, Topic) {
	t := b.topic(topic)
	if topic == "" {
		return b.brief, t
	}
	if !t.Found {
		return Brief{Topic: topic}, t
	}
	return b.makeBrief(t.Label, t.matchesText), t
}

// Stories returns the stories of the briefing, newest first.
func (b *Briefing) Stories() []Story { return b.stories }
