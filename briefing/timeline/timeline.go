// Package timeline finds the dated statements of articles, resolves their
// relative dates against each article's own date, and merges the same event
// told by several articles into one row.
package timeline

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/text"
)

// Event is one dated statement of the timeline, merged across the articles
// that report it.
type Event struct {
	// Date is when it happened, to the precision the text gives; zero when
	// the text gives no date that can be trusted.
	Date dates.Date `json:"date"`
	// Text is the statement, cleaned and kept short.
	Text string `json:"text"`
	// Docs are the articles that report it.
	Docs []string `json:"docs"`
	// People are the canonical names of the people in it.
	People []string `json:"people,omitempty"`
	// Caption is set when the statement comes from a photo caption.
	Caption bool `json:"caption,omitempty"`

	// PersonIDs are the people of the index named in it.
	PersonIDs []int           `json:"-"`
	keys      map[string]bool // content words, for merging
	order     int             // article and sentence order, for undated grouping
	// weight is how much the event is the articles' news rather than
	// their background, as one article tells it (see weigh); lead
	// is set when an article's opening paragraphs tell it, quoted when its
	// date is inside a quotation.
	weight float64
	lead   bool
	quoted bool
}

// maxEventWords is how long an event's text may be where a shorter clause
// still carries it.
const maxEventWords = 25

// reprintGapYears is how far a page's date line may stand after every year
// its text names before the date line is taken for a reprint's and ignored.
const reprintGapYears = 2

// isReprint reports whether an article's stated date is a later reprint's:
// every year its text names lies reprintGapYears or more before it, and
// nothing it reports is near it (no weekday, "yesterday", "last week" or
// month and day within a month of it). An article that looks back at an
// old event ("the anniversary of the 2005 storm") while reporting Sunday's
// is no reprint. exprs holds the time expressions of every sentence, by
// paragraph.
func isReprint(a *text.Article, exprs [][][]dates.Expr) bool {
	if a.Date.IsZero() || a.DateInferred {
		return false
	}
	latest := 0
	anc := dates.Anchor{Date: a.Date}
	for pi, p := range a.Paragraphs {
		for si, s := range p.Sentences {
			for _, e := range exprs[pi][si] {
				switch e.Kind {
				case dates.Full, dates.MonthYear, dates.Year:
					latest = max(latest, e.Date.Year)
				case dates.Weekday, dates.Relative:
					return false
				case dates.MonthDay:
					if d := dates.Resolve(e, s, anc); !d.IsZero() && math.Abs(d.Time().Sub(a.Date.Time()).Hours()) <= nearDays*24 {
						return false
					}
				}
			}
			for _, m := range bareYearRe.FindAllString(s, -1) {
				latest = max(latest, atoi(m))
			}
		}
	}
	return latest > 0 && a.Date.Year-latest >= reprintGapYears
}

// nearDays is how close to an article's date a month and day must fall to
// count as reported news rather than history.
const nearDays = 31

var bareYearRe = regexp.MustCompile(`\b(?:19|20)\d{2}\b`)

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// eventKeys are the words an event is matched on: content words, lower case.
func eventKeys(s string) map[string]bool {
	keys := map[string]bool{}
	for _, w := range text.Words(strings.ToLower(s)) {
		if len(w) > 2 && !text.IsStopWord(w) {
			keys[text.Stem(w)] = true
		}
	}
	return keys
}

// properTerms are the capitalised words and acronyms of a sentence that are
// not people, sentence openers or dates: names of events and places.
func properTerms(s string, people map[string]bool) map[string]bool {
	out := map[string]bool{}
	for i, w := range text.Words(s) {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || (i == 0 && !names.IsAcronym(w)) {
			continue
		}
		l := strings.ToLower(w)
		if names.IsStopCap(l) || people[names.Fold(w)] || names.IsTitleWord(l) || dates.IsMonthName(l) {
			continue
		}
		out[l] = true
	}
	return out
}

var parenRe = regexp.MustCompile(`\s*\([^()]*\)`)
var trailingClauseRe = regexp.MustCompile(`,\s+(?:which|who|although|though|while|saying|adding|as|with|whose|where|after|before|because|but)\b`)

// shortenEvent keeps a statement within maxEventWords where a clause can be
// dropped without losing the time expression.
func shortenEvent(s, expr string) string {
	if strings.IndexByte(s, '(') >= 0 {
		// An aside goes, unless it holds the time expression: a sentence
		// written all in parentheses would be left empty.
		s = parenRe.ReplaceAllStringFunc(s, func(aside string) string {
			if expr != "" && strings.Contains(aside, expr) {
				return aside
			}
			return ""
		})
		if t := strings.TrimSpace(s); strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") && strings.Count(t, "(") == 1 {
			s = t[1 : len(t)-1]
		}
	}
	s = strings.TrimSpace(s)
	for text.WordCount(s) > maxEventWords {
		var locs [][]int
		if strings.IndexByte(s, ',') >= 0 {
			locs = trailingClauseRe.FindAllStringIndex(s, -1)
		}
		cut := false
		for i := len(locs) - 1; i >= 0; i-- {
			tail := s[locs[i][0]:]
			if expr != "" && strings.Contains(tail, expr) {
				continue
			}
			if text.WordCount(s[:locs[i][0]]) >= 6 {
				s = strings.TrimSpace(s[:locs[i][0]]) + "."
				cut = true
				break
			}
		}
		if !cut {
			break
		}
	}
	return s
}

// builder holds what building the timeline reads.
type builder struct {
	articles []text.Article
	ix       *people.Index
}

// Extraction is the dated statements of one article before the people
// index is known. It depends on that article alone, so a briefing rebuilt
// with more articles reuses the others'. It is never changed once made.
type Extraction struct {
	reprint bool
	found   []statement
}

// statement is one sentence holding a time expression.
type statement struct {
	ev       Event
	expr     dates.Expr
	sentence string
	// named are the names the sentence's name runs read, for the people it
	// names: a Builder keeps every dated sentence's, and a whole run is
	// four times the size.
	named [][]string
}

// pastReach is how many paragraphs after a full date of an earlier year
// the text may still be told in that year: a flashback of a few
// paragraphs, as web pages print one sentence to a paragraph.
const pastReach = 8

// futureReach is how many paragraphs after a year after the article's the
// text goes on looking ahead to it: the next, in news ("a tour in 2020.
// ... It stops at Blossom on July 22"); further on, a month and day
// without a year is as often one gone by.
const futureReach = 1

// Extract finds the time expressions of one article and resolves them
// against its date.
func Extract(a *text.Article) Extraction {
	// A dated article is asked whether it is a reprint, from every
	// sentence's time expressions: they are found once for both questions.
	var all [][][]dates.Expr
	if !a.Date.IsZero() && !a.DateInferred {
		all = make([][][]dates.Expr, len(a.Paragraphs))
		for pi, p := range a.Paragraphs {
			all[pi] = make([][]dates.Expr, len(p.Sentences))
			for si, s := range p.Sentences {
				all[pi][si] = dates.FindExprs(s)
			}
		}
	}
	exprsAt := func(pi, si int) []dates.Expr {
		if all != nil {
			return all[pi][si]
		}
		return dates.FindExprs(a.Paragraphs[pi].Sentences[si])
	}
	x := Extraction{reprint: isReprint(a, all)}
	var anc dates.Anchor
	if !x.reprint && !a.Date.IsZero() {
		anc = dates.Anchor{Date: a.Date, LowerBound: a.DateInferred}
	}
	body := 0 // body paragraphs before this one
	// pastFrom is the paragraph whose full date set anc.Past; futureFrom
	// the one whose year set anc.Future.
	pastFrom, futureFrom := 0, 0
	var spansBuf quotes.Quotations // each paragraph's quotations, in turn
	for pi, p := range a.Paragraphs {
		if p.Kind == text.Correction || p.Kind == text.Post {
			continue
		}
		if pi-pastFrom > pastReach {
			anc.Past = 0 // a flashback is told in a few paragraphs
		}
		if pi-futureFrom > futureReach {
			anc.Future = 0 // a look ahead is shorter still
		}
		lead := p.Kind == text.Body && body < leadParagraphs
		if p.Kind == text.Body {
			body++
		}
		sents := p.Sentences
		if p.Kind == text.Caption {
			// A caption's first sentence carries its date.
			sents = sents[:min(1, len(sents))]
		}
		// A date inside a quotation is someone's words. The quotations
		// are read over the paragraph: a sentence in the middle of one of
		// several holds no mark of its own.
		spans := spansBuf[:0]
		spansRead, at := false, 0
		for si, s := range sents {
			exprs := exprsAt(pi, si)
			if len(exprs) == 0 {
				continue
			}
			if !spansRead {
				spans, spansRead = quotes.AppendQuotations(spans, p.Text), true
				spansBuf = spans
			}
			start := -1 // where s stands in the paragraph's text
			if i := strings.Index(p.Text[at:], s); i >= 0 && len(spans) > 0 {
				start, at = at+i, at+i+len(s)
			}
			best, bestExpr := dates.Date{}, dates.Expr{}
			for _, e := range exprs {
				d := dates.Resolve(e, s, anc)
				if !d.IsZero() && d.Prec > best.Prec {
					best, bestExpr = d, e
				}
				switch {
				case e.Kind == dates.Full && !anc.Date.IsZero():
					// The narrative goes on in the year of the full date
					// given last, until one of the article's own year.
					anc.Past = 0
					if e.Date.Year < anc.Date.Year {
						anc.Past, pastFrom = e.Date.Year, pi
					}
				case e.Kind == dates.Weekday || e.Kind == dates.Relative:
					anc.Past, anc.Future = 0, 0 // "on Wednesday", "last week": back to the news
				}
				if (e.Kind == dates.Full || e.Kind == dates.MonthYear || e.Kind == dates.Year) && !anc.Date.IsZero() {
					// A year after the article's, named by itself or in a
					// date, is looked ahead to until one of its own year.
					anc.Future = 0
					if e.Date.Year > anc.Date.Year {
						anc.Future, futureFrom = e.Date.Year, pi
					}
				}
			}
			if best.IsZero() {
				bestExpr = exprs[0]
			}
			var inQuote bool
			if start >= 0 {
				inQuote = spans.Hold(start + bestExpr.Start)
			} else {
				inQuote = quoted(s, bestExpr.Start)
			}
			ev := Event{Date: best, Text: shortenEvent(s, bestExpr.Text), Docs: []string{a.ID}, Caption: p.Kind == text.Caption, lead: lead, quoted: inQuote}
			ev.weight = ev.weigh(anc.Date)
			if !best.IsZero() || x.reprint {
				// Only dated events are merged, a reprint's once it
				// borrows a year: an undated one's keys would go unread.
				ev.keys = eventKeys(ev.Text)
			}
			x.found = append(x.found, statement{ev: ev, expr: bestExpr, sentence: s, named: namesIn(s)})
		}
	}
	return x
}

// Link names the people of each article's dated statements by the index,
// one extraction per article in the same order, and merges the same event
// across articles.
func Link(articles []text.Article, ix *people.Index, docs []Extraction) (events []Event, reprints []bool) {
	b := &builder{articles: articles, ix: ix}
	surnames := b.ix.NameTokens()
	type pendingEvent struct {
		ev    Event
		expr  dates.Expr
		sent  string
		terms map[string]bool
	}
	var dated []Event
	var reprintPending []pendingEvent
	var undated []Event
	order := 0
	reprints = make([]bool, len(articles))
	for ai, x := range docs {
		reprints[ai] = x.reprint
		for _, f := range x.found {
			order++
			ev := f.ev
			ev.order = order
			ev.PersonIDs, ev.People = b.peopleIn(articles[ai].ID, f.named)
			switch {
			case !ev.Date.IsZero():
				dated = append(dated, ev)
			case x.reprint:
				reprintPending = append(reprintPending, pendingEvent{ev, f.expr, f.sentence, properTerms(f.sentence, surnames)})
			default:
				undated = append(undated, ev)
			}
		}
	}
	// A reprint's month and day take their year from the articles that date
	// the same named event or place; with none, they stay undated.
	for _, pe := range reprintPending {
		if d := borrowYear(pe.expr, pe.terms, dated, surnames); !d.IsZero() {
			pe.ev.Date = d
			pe.ev.weight = pe.ev.weigh(dates.Date{})
			dated = append(dated, pe.ev)
		} else {
			undated = append(undated, pe.ev)
		}
	}
	sort.SliceStable(dated, func(i, j int) bool {
		if c := dated[i].Date.Compare(dated[j].Date); c != 0 {
			return c < 0
		}
		return dated[i].order < dated[j].order
	})
	return append(mergeEvents(dated), undated...), reprints
}

// borrowYear dates a month-day or month expression of a reprint by the year
// of the dated events of other articles that share a named event or place.
func borrowYear(e dates.Expr, terms map[string]bool, dated []Event, surnames map[string]bool) dates.Date {
	if e.Kind != dates.MonthDay && e.Kind != dates.Month || len(terms) == 0 {
		return dates.Date{}
	}
	votes := map[int]int{}
	for _, ev := range dated {
		shared := 0
		for t := range properTerms(ev.Text, surnames) {
			if terms[t] {
				shared++
			}
		}
		if shared > 0 {
			votes[ev.Date.Year] += shared
		}
	}
	bestYear, bestVotes := 0, 0
	for y, v := range votes {
		if v > bestVotes || v == bestVotes && y > bestYear {
			bestYear, bestVotes = y, v
		}
	}
	if bestYear == 0 {
		return dates.Date{}
	}
	if e.Kind == dates.MonthDay {
		if !dates.ValidDay(bestYear, e.Month, e.Day) {
			return dates.Date{}
		}
		return dates.DayDate(bestYear, e.Month, e.Day)
	}
	return dates.MonthDate(bestYear, e.Month)
}

// mergeEvents joins events of the same date that share people or enough key
// words: the same event told by several articles becomes one row.
func mergeEvents(evs []Event) []Event {
	var out []Event
	// An event joins the latest of the same date that it is the same
	// event as, which must share a key with it: at files the positions in
	// out of the current date's events by key, each once, so that counting
	// a new event's keys there counts the keys it shares with each (as
	// sameEvent would). The events come sorted by date, and one of a new
	// date has none before it to join.
	var at map[string][]int
	shared := map[int]int{}
	for n, ev := range evs {
		if n == 0 || ev.Date != evs[n-1].Date {
			at = map[string][]int{}
		}
		clear(shared)
		for k := range ev.keys {
			for _, i := range at[k] {
				shared[i]++
			}
		}
		join := -1
		for i, s := range shared {
			if i > join && alike(s, len(out[i].keys), len(ev.keys)) {
				join = i
			}
		}
		if join < 0 {
			out = append(out, ev)
			for k := range ev.keys {
				at[k] = append(at[k], len(out)-1)
			}
			continue
		}
		for k := range ev.keys {
			if !out[join].keys[k] {
				at[k] = append(at[k], join)
			}
		}
		out[join] = joinEvents(out[join], ev)
	}
	return out
}

// alike reports whether two events of one date tell the same event, given
// how many keys they share and each one's count of keys: half the words
// of the shorter are the other's.
func alike(shared, na, nb int) bool {
	small := min(na, nb)
	if small == 0 {
		return false
	}
	return float64(shared)/float64(small) >= 0.5
}

func joinEvents(a, b Event) Event {
	out := a
	out.weight = max(a.weight, b.weight)
	if text.WordCount(b.Text) < text.WordCount(a.Text) && !b.Caption || a.Caption && !b.Caption {
		out.Text, out.Caption = b.Text, b.Caption
	}
	out.Docs = unionStrings(a.Docs, b.Docs)
	out.People = unionStrings(a.People, b.People)
	out.PersonIDs = unionInts(a.PersonIDs, b.PersonIDs)
	keys := map[string]bool{}
	for k := range a.keys {
		keys[k] = true
	}
	for k := range b.keys {
		keys[k] = true
	}
	out.keys = keys
	return out
}

func unionStrings(a, b []string) []string {
	out := append([]string(nil), a...)
	for _, s := range b {
		found := false
		for _, t := range out {
			if t == s {
				found = true
			}
		}
		if !found {
			out = append(out, s)
		}
	}
	return out
}

func unionInts(a, b []int) []int {
	out := append([]int(nil), a...)
	for _, x := range b {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// namesIn returns the names of a sentence's name runs.
func namesIn(s string) [][]string {
	runs := names.Runs(s)
	if len(runs) == 0 {
		return nil
	}
	out := make([][]string, len(runs))
	for i, run := range runs {
		out[i] = run.Name
	}
	return out
}

// peopleIn returns the people of the index named in a sentence of doc, by
// the names of its name runs.
func (b *builder) peopleIn(doc string, runNames [][]string) ([]int, []string) {
	var ids []int
	var named []string
	seen := map[int]bool{}
	for _, name := range runNames {
		if id := b.ix.InDoc(doc, name); id >= 0 && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
			named = append(named, b.ix.People[id].Name)
		}
	}
	return ids, named
}

// leadParagraphs is how many body paragraphs open an article: what they
// date is its news.
const leadParagraphs = 3

// weigh is the event's weight as the article published on that date tells
// it: newsWeight, less for a date inside a quotation.
func (ev Event) weigh(published dates.Date) float64 {
	w := newsWeight(ev.Date, published, ev.lead, ev.Caption)
	if ev.quoted {
		// "“It's not what worked in 2012,” he said": what is said today
		// of a date, not what happened on it.
		w -= quotedDate
	}
	return w
}

// newsWeight weighs an event as one article tells it: what happened near
// the article's own date is its news, what happened years before its
// background; a day is told more precisely than a year; the opening
// paragraphs carry the story and a photo caption less of it. An undated
// event weighs least.
func newsWeight(d, published dates.Date, lead, caption bool) float64 {
	if d.IsZero() {
		return -10
	}
	w := 1.0 // an article of no date: what it dates is its news
	if !published.IsZero() {
		days := math.Abs(d.Time().Sub(published.Time()).Hours()) / 24
		switch {
		case d.Contains(published) && d.Prec > dates.YearOnly || days <= 7:
			w = 1
		case days <= 31 || d.Contains(published):
			w = 0.75
		case days <= 366:
			w = 0.25
		default:
			w = 0
		}
	}
	switch d.Prec {
	case dates.DayExact:
		w += 0.5
	case dates.MonthOnly:
		w += 0.25
	}
	if lead {
		w += 0.5
	}
	if caption {
		w -= 0.5
	}
	return w
}

// KeyCount is how many events a timeline shows unless asked for all: a
// reader wants the key events, and a chat reply holds about that many.
const KeyCount = 30

// Key returns the n events of evs, as Link orders them, that weigh most:
// the news of the articles before their background, an event several
// articles report before one that one reports, one naming people before
// one naming none; and, of two alike, the one of an article that has given
// fewer, so that the key events cover the articles. evs is returned as it
// is when it holds n or fewer.
func Key(evs []Event, n int) []Event {
	if len(evs) <= n {
		return evs
	}
	score := make([]float64, len(evs))
	for i, ev := range evs {
		score[i] = ev.weight + keySources*float64(min(len(ev.Docs), 4)-1)
		if len(ev.PersonIDs) > 0 {
			score[i] += 0.25
		}
	}
	// Greedy: each pick lowers what the other events of its articles
	// and of its date are worth, so that the key events cover the
	// articles and the days rather than retell one.
	given := map[string]int{}
	onDate := map[dates.Date]int{}
	chosen := make([]bool, len(evs))
	for range n {
		best, bestScore := -1, math.Inf(-1)
		for i, ev := range evs {
			if chosen[i] {
				continue
			}
			s := score[i] - keySameDate*float64(onDate[ev.Date])
			for _, d := range ev.Docs {
				s -= keyRepeat * float64(given[d])
			}
			if s > bestScore {
				best, bestScore = i, s
			}
		}
		chosen[best] = true
		onDate[evs[best].Date]++
		for _, d := range evs[best].Docs {
			given[d]++
		}
	}
	out := make([]Event, 0, n)
	for i, ev := range evs {
		if chosen[i] {
			out = append(out, ev)
		}
	}
	return out
}

// keySources is what each further article reporting an event adds to its
// weight (up to three): the articles agree it matters. keyRepeat is what
// an event loses for each event of its article already chosen,
// keySameDate for each of its date.
const (
	keySources  = 2.5
	keyRepeat   = 0.75
	keySameDate = 0.5
)

// quotedDate is what an event weighs less when its date is inside a
// quotation.
const quotedDate = 1.0

// quoted reports whether byte offset at of sentence s lies inside a
// quotation: an odd number of double quotation marks open before it. It
// serves a sentence not found in its paragraph's text.
func quoted(s string, at int) bool {
	n := 0
	for _, r := range s[:at] {
		switch r {
		case '"', '“', '”':
			n++
		}
	}
	return n%2 == 1
}
