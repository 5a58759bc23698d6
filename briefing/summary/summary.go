// Package summary writes extractive summaries: each article's best
// sentences, the stories the articles group into, and a brief across them
// that states each fact once.
package summary

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/parallel"
	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/briefbot/briefbot/briefing/timeline"
)

// Summaries are extractive: sentences are ranked by TextRank over TF-IDF
// cosine similarity with a lead-position prior, and picked across articles
// by maximal marginal relevance so that one fact is stated once.

// Source is an article a story draws on.
type Source struct {
	Doc    string     `json:"doc"`
	Title  string     `json:"title"`
	URL    string     `json:"url,omitempty"`
	Outlet string     `json:"outlet,omitempty"`
	Date   dates.Date `json:"date"`
	// AlsoIn are the other outlets that carried the same wire story.
	AlsoIn []Carrier `json:"also_in,omitempty"`
}

// Carrier is another outlet's copy of a wire story: stored and served as
// an article of its own, counted once in the brief.
type Carrier struct {
	Doc    string `json:"doc"`
	Outlet string `json:"outlet,omitempty"`
	URL    string `json:"url,omitempty"`
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
	Date dates.Date `json:"date"`

	docs []int
	// centroid is the story's normalised TF-IDF vector; newest is its
	// newest dated article, or -1.
	centroid text.Vector
	newest   int
	// shortest is the fewest words of a sentence the brief may take from
	// the story, or -1 when it has none.
	shortest int
}

// ArticleSummary is one article's own summary.
type ArticleSummary struct {
	Doc          string     `json:"doc"`
	Title        string     `json:"title"`
	URL          string     `json:"url,omitempty"`
	Outlet       string     `json:"outlet,omitempty"`
	Author       string     `json:"author,omitempty"`
	Date         dates.Date `json:"date"`
	DateInferred bool       `json:"date_inferred,omitempty"`
	Summary      []string   `json:"summary"`
	Corrections  []string   `json:"corrections,omitempty"`
	// Hash identifies the article's text, to tell an edited article.
	Hash string `json:"hash,omitempty"`
	// AlsoIn are the other outlets that carried the same wire story.
	AlsoIn []Carrier `json:"also_in,omitempty"`
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

// maxBriefWords bounds the brief's summary so it fits one chat message.
const maxBriefWords = 230

// maxRankedSentences bounds TextRank's quadratic graph for a very long
// article; news leads carry the story.
const maxRankedSentences = 80

// storyThreshold is the cosine similarity of TF-IDF vectors above which an
// article joins a story.
const storyThreshold = 0.14

// storyMaxDays is how far apart two dated articles of one story may be.
const storyMaxDays = 21

// sentence is one ranked sentence of an article. A briefing keeps every
// one, for the briefs a topic narrows: its fields are as small as they
// serve, and it keeps its terms rather than its vector, a third of the
// size, for the brief to weigh when it reads the sentence (see
// sentenceVectors).
type sentence struct {
	text string
	// terms are the sentence's terms by the IDF's numbers, in order of
	// number, each as often as it stands.
	terms []int32
	// score is the rank within its article, 0..1; until rankArticle sets
	// it, sentencePenalty's, read before the weights are known.
	score float64
	art   int32
	pos   int32
	words int32 // text.WordCount(text)
}

// danglingOpeners start sentences that lean on the one before.
var danglingOpeners = text.NewWordSet(
	"he", "she", "it", "they", "this", "that", "these",
	"those", "but", "and", "also", "however", "instead",
	"such", "his", "her", "their", "its", "there", "so",
	"yet", "still", "meanwhile", "even", "then", "further",
	"regardless", "moreover", "besides", "which", "we", "i",
)

// sentencePenalty lowers sentences a summary should not lead with.
// quoted is the share of the sentence inside quotation marks, read over
// its paragraph (see quotes.SentenceShares).
func sentencePenalty(sent sentence, quoted float64) float64 {
	p := 1.0
	s, n := sent.text, sent.words
	if n == 0 {
		return 0
	}
	head := strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(head, unicode.IsSpace); i >= 0 {
		head = head[:i]
	}
	if danglingOpeners.HasLower(strings.Trim(head, "\"“‘',")) {
		p *= 0.25
	}
	switch {
	case n < 8:
		p *= 0.3
	case n > 45:
		p *= 0.6
	}
	switch {
	case quoted > 0.98:
		// All someone's words, and whose is said in another sentence: a
		// summary would state them as fact ("... are living in hell.").
		p *= 0.2
	case quoted > 0.5:
		p *= 0.5
	}
	if r, _ := utf8.DecodeRuneInString(s); r == '(' || r == '[' {
		p *= 0.3
	}
	return p
}

// pairwisePool lends textRank the buffers of its similarity matrix.
var pairwisePool = sync.Pool{New: func() any { return new(text.PairwiseBuffer) }}

// textRank scores sentences by PageRank over their similarity graph.
func textRank(vecs []text.Vector) []float64 {
	n := len(vecs)
	scores := make([]float64, n)
	if n == 0 {
		return scores
	}
	buf := pairwisePool.Get().(*text.PairwiseBuffer)
	defer pairwisePool.Put(buf)
	w := buf.Pairwise(vecs)
	out := make([]float64, n)
	for i := range n {
		for j := range n {
			if j != i {
				out[i] += w[i][j]
			}
		}
	}
	// into[i][j] is the share of j's score that flows to i: a row per
	// sentence, read in order, and no test in the loop. (w/out)*score is
	// what PageRank's sum computes; an absent edge adds exactly zero. w is
	// symmetric, w[j][i] being w[i][j] to the bit, so its rows become
	// into's in place.
	into := w
	for i := range into {
		for j := range n {
			if into[i][j] > 0 && out[j] > 0 {
				into[i][j] /= out[j]
			} else {
				into[i][j] = 0
			}
		}
	}
	for i := range scores {
		scores[i] = 1.0 / float64(n)
	}
	next := make([]float64, n)
	const d = 0.85
	for it := 0; it < 30; it++ {
		for i, row := range into {
			sum := 0.0
			for j, p := range row {
				sum += p * scores[j]
			}
			next[i] = (1-d)/float64(n) + d*sum
		}
		scores, next = next, scores
	}
	return scores
}

// Summaries holds each article's ranked sentences and summary, the stories
// the articles group into and the brief over them all.
type Summaries struct {
	articles []text.Article
	quotes   []quotes.Quote
	// keyQuoteAt indexes, by article ID, the quotes long enough and
	// attributed enough to stand for a story.
	keyQuoteAt map[string][]int
	people     []*people.Person
	events     []timeline.Event
	// reprint marks articles whose date line is a later reprint's.
	reprint []bool
	ix      *people.Index
	// alsoIn lists the copies of an article by its ID.
	alsoIn map[string][]Carrier
	// standing holds the notes that stand in several articles (see
	// standingNotes), by noteKey.
	standing map[string]bool

	stories []Story
	brief   Brief
	// summaries holds each article's summary sentences, by article index.
	summaries [][]string
	// sentences holds each article's ranked sentences.
	sentences [][]sentence
	// idf weighs the words of the articles' vectors.
	idf       text.IDF
	docVecs   []text.Vector
	placeVecs []text.Vector
	titleVecs []text.Vector
	effDates  []dates.Date
}

// readScratch lends each reader of an article the map numbering its terms
// and the lists it grows, emptied but not shrunk between articles: growing
// fresh ones for each article was a tenth of what a briefing allocated.
// The lists are copied out at their final size.
type readScratch struct {
	ids   map[string]int32
	all   []int32
	vocab []string
}

var scratchPool = sync.Pool{New: func() any { return &readScratch{ids: map[string]int32{}} }}

// Build ranks every article's sentences, summarises each article, groups
// the articles into stories and writes the brief. The articles are the
// originals only; alsoIn names the copies of each, which the sources list.
// readings holds each article's Reading, in the same order: Build empties
// the slice's entries as it goes (what they share with a Builder's copies
// is not changed).
func Build(articles []text.Article, readings []Reading, qs []quotes.Quote, ix *people.Index, events []timeline.Event, reprint []bool, alsoIn map[string][]Carrier) *Summaries {
	b := &Summaries{articles: articles, quotes: qs, people: ix.People, ix: ix, events: events, reprint: reprint, alsoIn: alsoIn, standing: standingNotes(articles)}
	// Each article's reading holds people's names among its places and
	// headline terms; they are taken out here, once people are known.
	people := b.ix.NameTokens()
	bags := make([]termBag, len(b.articles))
	vocabs := make([][]string, len(b.articles))
	docsPlaces := make([][]string, len(b.articles))
	titles := make([][]string, len(b.articles))
	parallel.For(len(b.articles), func(ai int) {
		r := &readings[ai]
		var places []string
		for _, words := range r.places {
			var keep []string
			for _, w := range words {
				if !people[w] {
					keep = append(keep, w)
				}
			}
			if len(keep) > 0 {
				places = append(places, strings.Join(keep, ""))
			}
		}
		// Headlines are compared without people's names: the same actors
		// head many stories ("Campbell returns to election team",
		// "Campbell to be Lions consultant").
		var ts []string
		for _, t := range r.title {
			if !people[t] {
				ts = append(ts, t)
			}
		}
		bags[ai], vocabs[ai], docsPlaces[ai], titles[ai] = r.bag, r.bag.vocab, places, ts
		*r = Reading{} // Build's own copy: what a Builder keeps is not touched
	})
	// The three counts are independent: one per core. Counting the terms
	// takes longest and needs one core; each article's sentences are laid
	// out on the others meanwhile, as ranking reads them but for their
	// vectors, which need the weights.
	var idf, placeIDF, titleIDF text.IDF
	var wg sync.WaitGroup
	var numbered [][]int32 // each article's vocab by idf's numbers
	wg.Go(func() { idf, numbered = text.NewIDFOfSets(vocabs) })
	wg.Go(func() { placeIDF = text.NewIDF(docsPlaces) })
	titleIDF = text.NewIDF(titles)
	b.sentences = make([][]sentence, len(b.articles))
	parallel.For(len(b.articles), func(ai int) { b.sentences[ai] = layOut(ai, b.articles[ai].Body(), len(bags[ai].sentences)) })
	wg.Wait()
	b.idf = idf
	b.computeEffectiveDates()
	b.titleVecs = make([]text.Vector, len(b.articles))
	b.placeVecs = make([]text.Vector, len(b.articles))
	b.docVecs = make([]text.Vector, len(b.articles))
	parallel.For(len(b.articles), func(ai int) {
		b.titleVecs[ai] = titleIDF.Vector(titles[ai])
		b.placeVecs[ai] = placeIDF.Vector(docsPlaces[ai])
		// The article's vector from its vocabulary and counts.
		counts := make([]int, len(numbered[ai]))
		for _, id := range bags[ai].all {
			counts[id]++
		}
		b.docVecs[ai] = idf.VectorOfCounts(numbered[ai], counts)
	})
	// Grouping the articles needs only their vectors: it runs beside the
	// ranking of their sentences, its sequential merging filling the
	// cores the ranking leaves.
	var groups [][]int
	var grouping sync.WaitGroup
	grouping.Go(func() {
		groups = b.clusterArticles(b.effDates)
		b.indexKeyQuotes()
	})
	b.summaries = make([][]string, len(b.articles))
	parallel.For(len(b.articles), func(ai int) {
		bag := &bags[ai]
		global := numbered[ai]
		// Each sentence's terms renumbered, all the article's in one list,
		// and its vector from them.
		ss := b.sentences[ai]
		vecs := make([]text.Vector, len(ss))
		n := 0
		for _, span := range bag.sentences[:len(ss)] {
			n += int(span[1] - span[0])
		}
		all := make([]int32, 0, n)
		for pos := range ss {
			span := bag.sentences[pos]
			start := len(all)
			all = renumber(all, bag.all[span[0]:span[1]], global)
			terms := all[start:len(all):len(all)]
			slices.Sort(terms)
			ss[pos].terms = terms
			vecs[pos] = idf.VectorOf(terms)
		}
		*bag = termBag{} // done with: let it go
		numbered[ai] = nil
		rankArticle(ss, vecs, b.docVecs[ai])
		b.summaries[ai] = topSentences(ss, vecs, summaryLength(len(ss)))
	})
	grouping.Wait()
	b.stories = b.groupStories(groups)
	b.brief = b.makeBrief("", nil)
	// The articles' vectors and the terms' index only group the stories:
	// a briefing served for hours, beside the next one as it is built,
	// keeps what its queries read, the weights of the sentences' terms.
	b.idf, b.docVecs, b.placeVecs, b.titleVecs = idf.Weights(), nil, nil, nil
	return b
}

// termBag is an article's terms, numbered in the article's own list.
type termBag struct {
	vocab []string
	// all are the article's terms as its vector counts them; sentences
	// the span of all that holds the terms of each sentence ranked.
	all       []int32
	sentences [][2]int32
}

// Reading is what the summaries read of one article alone: its terms,
// numbered in its own list, the words of the places it names and its
// headline's terms. It depends on that article alone, so it is read on
// every core, and a Builder keeps it across builds. Terms are kept as
// numbers into the article's own list, a quarter of the memory of
// strings, which a large folder feels.
type Reading struct {
	bag termBag
	// places are each place's folded words; title the headline's terms.
	// Both still hold people's names, which Build takes out.
	places [][]string
	title  []string
}

// Read reads an article's terms, places and headline for Build.
func Read(a *text.Article) Reading {
	var r Reading
	bag := &r.bag
	sc := scratchPool.Get().(*readScratch)
	vocab := &vocabulary{ids: sc.ids, terms: sc.vocab[:0]}
	bag.all = sc.all[:0]
	var terms, proper []int32
	for _, p := range a.Body() {
		for _, s := range p.Sentences {
			terms, proper = sentenceTerms(s, terms[:0], proper[:0], vocab)
			start := int32(len(bag.all))
			bag.all = append(bag.all, terms...)
			if len(bag.sentences) < maxRankedSentences {
				bag.sentences = append(bag.sentences, [2]int32{start, int32(len(bag.all))})
			}
			// Names carry the story more than common words: count them twice.
			bag.all = append(bag.all, proper...)
		}
		r.places = append(r.places, placeWords(p.Text)...)
	}
	// The headline says what the story is: it weighs as much as a few
	// sentences.
	r.title = text.Terms(a.Title)
	for i := 0; i < 3; i++ {
		for _, t := range r.title {
			bag.all = append(bag.all, vocab.number(t))
		}
	}
	// The lists leave at their size; the scratch goes back emptied.
	sc.all, sc.vocab = bag.all, vocab.terms
	bag.all, bag.vocab = slices.Clone(bag.all), slices.Clone(vocab.terms)
	clear(vocab.ids)
	clear(sc.vocab) // let the terms go
	scratchPool.Put(sc)
	return r
}

// vocabulary numbers an article's terms in order of first sight.
type vocabulary struct {
	ids   map[string]int32
	terms []string
}

// numberBytes is number of a term given as bytes, copied only when new.
func (v *vocabulary) numberBytes(term []byte) int32 {
	if id, ok := v.ids[string(term)]; ok {
		return id
	}
	return v.number(string(term))
}

// number returns the number of a term, kept if it is new.
func (v *vocabulary) number(term string) int32 {
	id, ok := v.ids[term]
	if !ok {
		id = int32(len(v.terms))
		v.ids[term] = id
		v.terms = append(v.terms, term)
	}
	return id
}

// renumber appends to buf the terms numbered in an article's vocab,
// numbered as global numbers that vocab.
func renumber(buf, local, global []int32) []int32 {
	for _, id := range local {
		buf = append(buf, global[id])
	}
	return buf
}

// layOut returns the first n sentences of article ai's body, one per
// sentence its reading ranked, with all that ranking reads of them but
// their vectors.
func layOut(ai int, body []text.Paragraph, n int) []sentence {
	ss := make([]sentence, 0, n)
	var buf []float64 // each paragraph's shares, one after the other
	for _, p := range body {
		shares := quotes.SentenceShares(buf, p)
		if shares != nil {
			buf = shares
		}
		for i, s := range p.Sentences {
			if len(ss) == n {
				return ss
			}
			st := sentence{art: int32(ai), pos: int32(len(ss)), text: s, words: int32(text.WordCount(s))}
			quoted := 0.0
			if shares != nil {
				quoted = shares[i]
			}
			st.score = sentencePenalty(st, quoted)
			ss = append(ss, st)
		}
	}
	return ss
}

func summaryLength(n int) int {
	if n >= 6 {
		return 3
	}
	return 2
}

// rankArticle scores an article's sentences, whose vectors vecs are:
// centrality in the article (TextRank), closeness to the article as a
// whole, the lead prior, and the penalties for sentences that cannot stand
// alone.
func rankArticle(ss []sentence, vecs []text.Vector, doc text.Vector) {
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
		ss[i].score = (0.45*central + 0.35*text.Cosine(vecs[i], doc) + 0.2*lead) * ss[i].score // the penalty until now
		best = math.Max(best, ss[i].score)
	}
	if best > 0 {
		for i := range ss {
			ss[i].score /= best
		}
	}
}

// topSentences returns the n best sentences in article order, skipping a
// near repeat of one already chosen; vecs are their vectors.
func topSentences(ss []sentence, vecs []text.Vector, n int) []string {
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
			if text.Cosine(vecs[i], vecs[j]) > 0.6 {
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

// computeEffectiveDates finds the date each article speaks from: its own
// date, or for a reprint the latest date of the events it reports.
func (b *Summaries) computeEffectiveDates() {
	b.effDates = make([]dates.Date, len(b.articles))
	// A reprint takes the latest date of its own events: one pass over the
	// events, not one per reprint.
	latest := map[string]dates.Date{}
	for _, ev := range b.events {
		if ev.Date.IsZero() {
			continue
		}
		for _, doc := range ev.Docs {
			if l, ok := latest[doc]; !ok || ev.Date.Compare(l) > 0 {
				latest[doc] = ev.Date
			}
		}
	}
	for ai := range b.articles {
		a := &b.articles[ai]
		if !b.reprint[ai] {
			b.effDates[ai] = a.Date
			continue
		}
		b.effDates[ai] = latest[a.ID]
	}
}

// standingNotes returns the correction notes that two or more of the
// articles carry word for word: an outlet's standing note on a subject
// ("Editor's note: X regularly incites ...") corrects none of them, and
// shown with each it would repeat itself story after story. Copies of one
// wire story are not among the articles, only their original.
func standingNotes(articles []text.Article) map[string]bool {
	seen := map[string]int{}
	for i := range articles {
		cs := articles[i].Corrections()
		if len(cs) == 0 {
			continue // nearly every article
		}
		keys := map[string]bool{}
		for _, c := range cs {
			keys[noteKey(c)] = true
		}
		for k := range keys {
			seen[k]++
		}
	}
	var out map[string]bool
	for k, n := range seen {
		if n >= 2 {
			if out == nil {
				out = map[string]bool{}
			}
			out[k] = true
		}
	}
	return out
}

// noteKey is a note's words, lower case, for telling the same note
// whatever its spacing and closing stop.
func noteKey(s string) string {
	return strings.TrimRight(strings.Join(strings.Fields(strings.ToLower(s)), " "), ".…")
}

// corrections returns an article's correction notes but the standing ones.
func (b *Summaries) corrections(a *text.Article) []string {
	cs := a.Corrections()
	if len(b.standing) == 0 {
		return cs
	}
	var out []string
	for _, c := range cs {
		if !b.standing[noteKey(c)] {
			out = append(out, c)
		}
	}
	return out
}
