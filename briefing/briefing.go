// Package briefing is the core of briefbot: it reads news articles once,
// cleans them and precomputes summaries, quotes with their speakers, a people
// index and a timeline. A Briefing is immutable after New and safe for
// concurrent use; it knows nothing of networks or chat platforms.
package briefing

import (
	"io/fs"
	"log/slog"
	"sort"
	"sync"

	"github.com/briefbot/briefbot/briefing/copies"
	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/parallel"
	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/summary"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/briefbot/briefbot/briefing/timeline"
)

// Briefing is the precomputed answer to every query over a set of articles.
type Briefing struct {
	articles []text.Article
	byID     map[string]int
	quotes   []quotes.Quote
	people   []*people.Person
	ix       *people.Index
	resolver *people.Resolver
	events   []timeline.Event
	// reprint marks articles whose date line is a later reprint's.
	reprint []bool
	summary *summary.Summaries
}

// articleWork is what a build computes from one article alone: its
// quotes and people before they are linked across articles, its dated
// statements, its copy signature. None of it is changed once made, so
// builds may share it.
type articleWork struct {
	quotes   quotes.Extraction
	timeline timeline.Extraction
	copies   copies.Signature
	summary  summary.Reading
}

// workKey is everything of an article its work depends on.
type workKey struct {
	id, hash string
	date     dates.Date
	inferred bool
}

// keyOf returns the key of an article's work, and false for an article
// with no content hash, whose work is not kept.
func keyOf(a *text.Article) (workKey, bool) {
	return workKey{a.ID, a.Hash, a.Date, a.DateInferred}, a.Hash != ""
}

// New builds the briefing of the articles. The articles are not modified.
func New(articles []text.Article) *Briefing {
	b, _ := build(byID(articles), nil, false)
	return b
}

// Builder builds briefings one after another, as the articles change,
// remembering what it read from each article: the next build reads only
// the articles that are new or changed (by ID, text or date), though
// linking people, the timeline and the stories across articles is done
// again; articles all unchanged since its last build give that build's
// briefing back, built no more. What it remembers costs about as much
// memory again as a briefing, besides the last briefing (most often the
// one served); New remembers nothing. It is safe for concurrent use.
type Builder struct {
	mu   sync.Mutex
	work map[workKey]*articleWork
	// last is the last briefing built: a reload that changed nothing (a
	// file saved as it was) gives it back.
	last *Briefing
	// clean remembers what cleaning gave each article file or body.
	clean text.Cleaner
}

// Load is the package's Load, cleaning only the files that are new or
// changed since the Builder's last read: a reload reads every file again.
func (bl *Builder) Load(fsys fs.FS, dir string, log *slog.Logger) ([]Article, error) {
	return bl.clean.Load(fsys, dir, log)
}

// LoadFolder is the package's LoadFolder, cleaning only the files and
// pages that are new or changed since the Builder's last read.
func (bl *Builder) LoadFolder(fsys fs.FS, dir string, log *slog.Logger, pages PageReader) ([]Article, error) {
	return bl.clean.LoadFolder(fsys, dir, log, pages)
}

// Read begins a read of articles cleaned one by one, as a store's are:
// the ones its last read cleaned from the same bytes, ID and title are
// not cleaned again. End it once every article is read.
func (bl *Builder) Read() *Read { return bl.clean.Begin() }

// Read is one read of articles through a Builder (see Builder.Read).
type Read = text.Read

// Build builds the briefing of the articles, as New would. The articles
// are not modified.
func (bl *Builder) Build(articles []text.Article) *Briefing {
	bl.mu.Lock()
	defer bl.mu.Unlock()
	sorted := byID(articles)
	if bl.last != nil && sameArticles(bl.last.articles, sorted) {
		return bl.last
	}
	b, work := build(sorted, bl.work, true)
	bl.work, bl.last = work, b
	return b
}

// sameArticles reports whether two lists, each ordered by ID, hold the
// same articles: the same text by its hash, and the same title, source and
// date. An article with no hash is never the same.
func sameArticles(x, y []text.Article) bool {
	if len(x) != len(y) {
		return false
	}
	for i := range x {
		a, b := &x[i], &y[i]
		if a.Hash == "" || a.Hash != b.Hash || a.ID != b.ID || a.Title != b.Title || a.URL != b.URL ||
			a.Outlet != b.Outlet || a.Author != b.Author || a.Date != b.Date || a.DateInferred != b.DateInferred ||
			a.Truncated != b.Truncated {
			return false
		}
	}
	return true
}

// byID returns a copy of the articles ordered by ID, as a briefing holds
// them.
func byID(articles []text.Article) []text.Article {
	out := append([]text.Article(nil), articles...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// build builds the briefing of articles, a list ordered by ID that the
// briefing keeps, reusing the work in prev for the articles it holds, and
// returns the work of these articles if keep is set. Otherwise each
// article's work is garbage once it is linked.
func build(articles []text.Article, prev map[workKey]*articleWork, keep bool) (*Briefing, map[workKey]*articleWork) {
	b := &Briefing{byID: map[string]int{}, articles: articles}
	for i, a := range b.articles {
		b.byID[a.ID] = i
	}
	// Each stage reads every article before it links them, reusing what
	// prev holds.
	n := len(b.articles)
	reused := make([]*articleWork, n)
	for i := range b.articles {
		if k, ok := keyOf(&b.articles[i]); ok {
			reused[i] = prev[k]
		}
	}
	qx := readEach(b.articles, reused, func(w *articleWork) quotes.Extraction { return w.quotes }, quotes.Extract)
	// Linking people and then the timeline is sequential: what the
	// other stages read of each article alone is read on the other cores
	// meanwhile, the timeline's first, since its linking waits on it.
	var sigs []copies.Signature
	var tx []timeline.Extraction
	var rx []summary.Reading
	var timelineRead, reading sync.WaitGroup
	timelineRead.Add(1)
	reading.Go(func() {
		tx = readEach(b.articles, reused, func(w *articleWork) timeline.Extraction { return w.timeline }, timeline.Extract)
		timelineRead.Done()
		sigs = readEach(b.articles, reused, func(w *articleWork) copies.Signature { return w.copies }, copies.Sign)
		rx = readEach(b.articles, reused, func(w *articleWork) summary.Reading { return w.summary }, summary.Read)
	})
	b.quotes, b.ix = quotes.Link(b.articles, qx)
	b.people = b.ix.People
	// Without keep, what a stage read is garbage once linked, so the
	// stages' readings are never all in memory at once (a large folder
	// feels it).
	if !keep {
		qx = nil
	}
	var resolving sync.WaitGroup
	resolving.Go(func() { b.resolver = people.NewResolver(b.people) })
	timelineRead.Wait()
	b.events, b.reprint = timeline.Link(b.articles, b.ix, tx)
	if !keep {
		tx = nil
	}
	resolving.Wait()
	reading.Wait()
	var kept map[workKey]*articleWork
	if keep {
		kept = make(map[workKey]*articleWork, n)
		for i := range b.articles {
			if k, ok := keyOf(&b.articles[i]); ok {
				kept[k] = &articleWork{quotes: qx[i], timeline: tx[i], copies: sigs[i], summary: rx[i]}
			}
		}
	}
	b.summary = b.summarise(copies.OfSigned(sigs), rx)
	return b, kept
}

// readEach reads every article on every core, or takes what reused holds
// for it.
func readEach[T any](arts []text.Article, reused []*articleWork, from func(*articleWork) T, read func(*text.Article) T) []T {
	out := make([]T, len(arts))
	parallel.For(len(arts), func(i int) {
		if w := reused[i]; w != nil {
			out[i] = from(w)
		} else {
			out[i] = read(&arts[i])
		}
	})
	return out
}

// summarise writes the summaries over the originals: a wire story carried
// by several outlets counts once, its copies listed with its source.
func (b *Briefing) summarise(copyOf []int, readings []summary.Reading) *summary.Summaries {
	var originals []text.Article
	var read []summary.Reading
	var reprint []bool
	alsoIn := map[string][]summary.Carrier{}
	for i, a := range b.articles {
		if o := copyOf[i]; o >= 0 {
			id := b.articles[o].ID
			alsoIn[id] = append(alsoIn[id], summary.Carrier{Doc: a.ID, Outlet: a.Outlet, URL: a.URL})
			continue
		}
		originals = append(originals, a)
		read = append(read, readings[i])
		reprint = append(reprint, b.reprint[i])
	}
	return summary.Build(originals, read, b.quotes, b.ix, b.events, reprint, alsoIn)
}

// Articles returns the cleaned articles, ordered by ID.
func (b *Briefing) Articles() []text.Article { return b.articles }

// Article returns the article with the given ID.
func (b *Briefing) Article(id string) (text.Article, bool) {
	i, ok := b.byID[id]
	if !ok {
		return text.Article{}, false
	}
	return b.articles[i], true
}

// Quotes returns every quote found, in article and paragraph order.
func (b *Briefing) Quotes() []quotes.Quote { return b.quotes }

// People returns the people index, most quoted first.
func (b *Briefing) People() []people.Person {
	out := make([]people.Person, 0, len(b.people))
	for _, p := range b.people {
		out = append(out, *p)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Quotes != out[j].Quotes {
			return out[i].Quotes > out[j].Quotes
		}
		if out[i].Mentions != out[j].Mentions {
			return out[i].Mentions > out[j].Mentions
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// Resolve finds the person a typed name designates.
func (b *Briefing) Resolve(name string) people.Resolution { return b.resolver.Resolve(name) }

// Suggest returns up to n people for a partly typed name, best first; it
// serves autocomplete.
func (b *Briefing) Suggest(prefix string, n int) []people.Person {
	return b.resolver.Suggest(prefix, n)
}

// QuotesBy returns the quotes of one person.
func (b *Briefing) QuotesBy(personID int) []quotes.Quote {
	var out []quotes.Quote
	for _, q := range b.quotes {
		if q.PersonID == personID {
			out = append(out, q)
		}
	}
	return out
}

// SharedNameLimit is how many quoted people one name may designate and
// still be answered with the quotes of each; more is asked back.
const SharedNameLimit = 3

// WhoSaid resolves a typed name and returns that person's quotes. A name
// several quoted people answer to about equally ("smith": John and Jane
// Smith) returns them as the Resolution's Candidates, with the
// quotes of each, person after person, when they are at most
// SharedNameLimit; otherwise the Candidates come without quotes, to ask
// which one is meant.
func (b *Briefing) WhoSaid(name string) (people.Resolution, []quotes.Quote) {
	res := b.Resolve(name)
	if res.Person != nil {
		return res, b.QuotesBy(res.Person.ID)
	}
	var quoted []people.Person
	for _, c := range res.Candidates {
		if c.Quotes > 0 {
			quoted = append(quoted, c)
		}
	}
	if len(quoted) < 2 || len(quoted) > SharedNameLimit {
		return res, nil
	}
	res.Candidates = quoted
	var qs []quotes.Quote
	for _, p := range quoted {
		qs = append(qs, b.QuotesBy(p.ID)...)
	}
	return res, qs
}

// Timeline returns the events about a topic (a person or a word), oldest
// first, undated last; an empty topic returns them all.
func (b *Briefing) Timeline(topic string) ([]timeline.Event, Topic) {
	t := b.topic(topic)
	if topic == "" {
		return b.events, t
	}
	var out []timeline.Event
	for _, ev := range b.events {
		if t.matches(ev.Text, ev.PersonIDs) {
			out = append(out, ev)
		}
	}
	return out, t
}

// Brief returns the cross-article briefing, narrowed to a topic (a person
// or a word) when one is given. Topic.Found is false when nothing matches.
func (b *Briefing) Brief(topic string) (Brief, Topic) {
	t := b.topic(topic)
	if topic == "" {
		return b.summary.Brief(), t
	}
	if !t.Found {
		return Brief{Topic: topic}, t
	}
	return b.summary.Narrowed(t.Label, t.matchesText), t
}

// Stories returns the stories of the briefing, newest first.
func (b *Briefing) Stories() []Story { return b.summary.Stories() }
