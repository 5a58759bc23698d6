package briefing

import (
	"regexp"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/summary"
)

// Topic is what a brief or timeline was narrowed to: a person of the index
// or a plain word.
type Topic struct {
	Query string `json:"query"`
	// Label names the topic for a reader: the person's name or the word.
	Label string `json:"label"`
	// Person is set when the topic is a person.
	Person *people.Person `json:"person,omitempty"`
	// Found is false when nothing in the articles matches the topic.
	Found bool `json:"found"`
	// Resolution is how the query was read as a name.
	Resolution people.Resolution `json:"resolution"`

	re *regexp.Regexp
}

// topic reads a query as a person when it names one exactly or nearly, else
// as words that must all appear.
func (b *Briefing) topic(q string) Topic {
	q = strings.TrimSpace(q)
	t := Topic{Query: q, Label: q, Found: true}
	if q == "" {
		return t
	}
	res := b.Resolve(q)
	t.Resolution = res
	wordRe := wordsPattern(strings.Fields(q))
	wordFound := wordRe != nil && b.anyArticleMatches(wordRe)
	if res.Person != nil && (res.How == "alias" || !wordFound) {
		p := *res.Person
		t.Person, t.Label = &p, p.Name
		var alts []string
		for _, a := range p.Aliases {
			alts = append(alts, regexp.QuoteMeta(a))
		}
		t.re = regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
		return t
	}
	t.re = wordRe
	t.Found = wordFound
	return t
}

// wordsPattern matches text holding every word (as a word start).
func wordsPattern(words []string) *regexp.Regexp {
	if len(words) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString(`(?is)`)
	for _, w := range words {
		b.WriteString(`(?:^|.*?\b)` + regexp.QuoteMeta(w))
	}
	return regexp.MustCompile(b.String())
}

func (b *Briefing) anyArticleMatches(re *regexp.Regexp) bool {
	for i := range b.articles {
		if summary.ArticleKept(&b.articles[i], re.MatchString) {
			return true
		}
	}
	return false
}

// matchesText reports whether a text is about the topic.
func (t Topic) matchesText(s string) bool {
	if t.re == nil {
		return true
	}
	return t.re.MatchString(s)
}

// matches reports whether a text naming the given people is about the topic.
func (t Topic) matches(s string, people []int) bool {
	if t.Person != nil && slices.Contains(people, t.Person.ID) {
		return true
	}
	return t.matchesText(s)
}
