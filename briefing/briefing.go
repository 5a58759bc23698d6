// Package briefing is the core of briefbot: it reads news articles once,
// cleans them and precomputes summaries, quotes with their speakers, a people
// index and a timeline. A Briefing is immutable after New and safe for
// concurrent use; it knows nothing of networks or chat platforms.
package briefing

import (
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/text"
)

// Briefing is the precomputed answer to every query over a set of articles.
type Briefing struct {
	articles []text.Article
	byID     map[string]int
	quotes   []Quote
	people   []*people.Person
	resolver *people.Resolver
	events   []Event
	stories  []Story
	brief    Brief
	// summaries holds each article's summary sentences, by article index.
	summaries [][]string
	// sentences holds each article's ranked sentences.
	sentences [][]sentence
	docVecs   []text.Vector
	placeVecs []text.Vector
	titleVecs []text.Vector
	// reprint marks articles whose date line is a later reprint's.
	reprint  []bool
	effDates []Date
	ix       *people.Index
}

// New builds the briefing of the articles. The articles are not modified.
func New(articles []text.Article) *Briefing {
	b := &Briefing{byID: map[string]int{}}
	b.articles = append([]text.Article(nil), articles...)
	sort.SliceStable(b.articles, func(i, j int) bool { return b.articles[i].ID < b.articles[j].ID })
	for i, a := range b.articles {
		b.byID[a.ID] = i
	}
	b.buildQuotes()
	b.buildTimeline()
	b.buildSummaries()
	return b
}

// buildQuotes extracts the quotes of every article and the people index,
// then names each quote's speaker by the index's canonical name.
func (b *Briefing) buildQuotes() {
	type perDoc struct {
		quotes   []rawQuote
		mentions []people.Mention
	}
	docs := make([]perDoc, len(b.articles))
	eachArticle(len(b.articles), func(i int) {
		q, m := extractQuotes(&b.articles[i])
		for _, rq := range q {
			if len(rq.speaker.Name) > 0 {
				m = append(m, people.Mention{Ref: rq.speaker, Para: rq.para, Speaker: true, Strong: true})
			}
		}
		docs[i] = perDoc{q, m}
	})
	// Surnames that a title, role or speech verb marks as a person anywhere
	// let a bare surname elsewhere count as a mention.
	known := map[string]bool{}
	for i := range docs {
		for _, x := range docs[i].mentions {
			if x.Strong {
				known[x.Ref.Surname()] = true
			}
		}
	}
	mentionsByDoc := map[string][]people.Mention{}
	var order []string
	for i := range b.articles {
		var kept []people.Mention
		for _, x := range docs[i].mentions {
			if x.Strong || known[x.Ref.Surname()] {
				kept = append(kept, x)
			}
		}
		mentionsByDoc[b.articles[i].ID] = kept
		order = append(order, b.articles[i].ID)
	}
	ix := people.Build(mentionsByDoc, order)
	b.people = ix.People
	for i := range b.articles {
		a := &b.articles[i]
		for _, rq := range docs[i].quotes {
			q := Quote{Text: rq.text, Doc: a.ID, Title: a.Title, Date: a.Date, Sentence: rq.sentence, Partial: rq.partial, Paragraph: rq.para, PersonID: -1}
			id := ix.Lookup(a.ID, rq.speaker)
			if id < 0 && rq.rolePhrase != "" {
				id = ix.ByRole(a.ID, rq.rolePhrase)
			}
			if id >= 0 {
				q.PersonID = id
				q.Speaker = b.people[id].Name
				b.people[id].Quotes++
			} else if len(rq.speaker.Name) > 0 {
				q.Speaker = strings.Join(rq.speaker.Name, " ")
			}
			b.quotes = append(b.quotes, q)
		}
	}
	b.resolver = people.NewResolver(b.people)
	b.ix = ix
}

// eachArticle runs fn for every article index on all cores. Each call
// writes only its own slot, so the result does not depend on the order.
func eachArticle(n int, fn func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				fn(i)
			}
		}()
	}
	wg.Wait()
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
func (b *Briefing) Quotes() []Quote { return b.quotes }

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
func (b *Briefing) QuotesBy(personID int) []Quote {
	var out []Quote
	for _, q := range b.quotes {
		if q.PersonID == personID {
			out = append(out, q)
		}
	}
	return out
}

// WhoSaid resolves a typed name and returns that person's quotes.
func (b *Briefing) WhoSaid(name string) (people.Resolution, []Quote) {
	res := b.Resolve(name)
	if res.Person == nil {
		return res, nil
	}
	return res, b.QuotesBy(res.Person.ID)
}
