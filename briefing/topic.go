package briefing

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	// A text the expression can match holds every word of all and, when
	// any is set, one of any, in some case: looked for first, as a search
	// of bytes, the expression run only on the texts that hold them.
	all, any []string
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
	words := strings.Fields(q)
	byWords := Topic{re: wordsPattern(words), all: words}
	wordFound := byWords.re != nil && b.anyArticleMatches(byWords.matchesText)
	if res.Person != nil && (res.How == "alias" || !wordFound) {
		p := *res.Person
		t.Person, t.Label = &p, p.Name
		var alts []string
		for _, a := range p.Aliases {
			alts = append(alts, regexp.QuoteMeta(a))
		}
		t.re = regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
		t.any = p.Aliases
		return t
	}
	t.re, t.all = byWords.re, byWords.all
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

func (b *Briefing) anyArticleMatches(match func(string) bool) bool {
	for i := range b.articles {
		if summary.ArticleKept(&b.articles[i], match) {
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
	for _, w := range t.all {
		if !containsFold(s, w) {
			return false
		}
	}
	if len(t.any) > 0 && !slices.ContainsFunc(t.any, func(w string) bool { return containsFold(s, w) }) {
		return false
	}
	return t.re.MatchString(s)
}

// containsFold reports whether s holds w under simple Unicode case folding,
// as an expression (?i) of w would match in s. Each byte of s that can
// open w's first rune is tried: a letter in either ASCII case and any byte
// beyond ASCII (ſ folds to s, the Kelvin sign to k); every byte when w
// opens beyond ASCII. A brief narrowed to a word reads every paragraph of
// every article with it.
func containsFold(s, w string) bool {
	if w == "" {
		return true
	}
	c := w[0] | 0x20
	for i := 0; i < len(s); i++ {
		if (s[i]|0x20 == c || s[i] >= utf8.RuneSelf || w[0] >= utf8.RuneSelf) && hasFoldPrefix(s[i:], w) {
			return true
		}
	}
	return false
}

// hasFoldPrefix reports whether s opens with w under simple case folding.
func hasFoldPrefix(s, w string) bool {
	for w != "" {
		if s == "" {
			return false
		}
		if a, b := s[0], w[0]; a < utf8.RuneSelf && b < utf8.RuneSelf {
			// ASCII: equal, or one letter in two cases.
			if a != b && (a|0x20 != b|0x20 || a|0x20 < 'a' || a|0x20 > 'z') {
				return false
			}
			s, w = s[1:], w[1:]
			continue
		}
		a, n := utf8.DecodeRuneInString(s)
		b, m := utf8.DecodeRuneInString(w)
		if a != b && !equalFold(a, b) {
			return false
		}
		s, w = s[n:], w[m:]
	}
	return true
}

// equalFold reports whether two runes are one under simple case folding:
// one is in the other's orbit.
func equalFold(a, b rune) bool {
	for r := unicode.SimpleFold(a); r != a; r = unicode.SimpleFold(r) {
		if r == b {
			return true
		}
	}
	return false
}

// matches reports whether a text naming the given people is about the topic.
func (t Topic) matches(s string, people []int) bool {
	if t.Person != nil && slices.Contains(people, t.Person.ID) {
		return true
	}
	return t.matchesText(s)
}
