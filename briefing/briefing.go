// Package briefing is the core of briefbot: it reads news articles once,
// cleans them and precomputes summaries, quotes with their speakers, a people
// index and a timeline. A Briefing is immutable after New and safe for
// concurrent use; it knows nothing of networks or chat platforms.
package briefing

import (
	"sort"

	"github.com/briefbot/briefbot/briefing/copies"
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

// New builds the briefing of the articles. The articles are not modified.
func New(articles []text.Article) *Briefing {
	b := &Briefing{byID: map[string]int{}}
	b.articles = append([]text.Article(nil), articles...)
	sort.SliceStable(b.articles, func(i, j int) bool { return b.articles[i].ID < b.articles[j].ID })
	for i, a := range b.articles {
		b.byID[a.ID] = i
	}
	b.quotes, b.ix = quotes.Build(b.articles)
	b.people = b.ix.People
	b.resolver = people.NewResolver(b.people)
	b.events, b.reprint = timeline.Build(b.articles, b.ix)
	b.summary = b.summarise()
	return b
}

// summarise writes the summaries over the originals: a wire story carried
// by several outlets counts once, its copies listed with its source.
func (b *Briefing) summarise() *summary.Summaries {
	copyOf := copies.Of(b.articles)
	var originals []text.Article
	var reprint []bool
	alsoIn := map[string][]summary.Carrier{}
	for i, a := range b.articles {
		if o := copyOf[i]; o >= 0 {
			id := b.articles[o].ID
			alsoIn[id] = append(alsoIn[id], summary.Carrier{Doc: a.ID, Outlet: a.Outlet, URL: a.URL})
			continue
		}
		originals = append(originals, a)
		reprint = append(reprint, b.reprint[i])
	}
	return summary.Build(originals, b.quotes, b.ix, b.events, reprint, alsoIn)
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

// WhoSaid resolves a typed name and returns that person's quotes.
func (b *Briefing) WhoSaid(name string) (people.Resolution, []quotes.Quote) {
	res := b.Resolve(name)
	if res.Person == nil {
		return res, nil
	}
	return res, b.QuotesBy(res.Person.ID)
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
