package summary

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/text"
)

// referenceProperWords is how the proper words were read before one pass
// gave them with the terms: a second pass over the sentence's words.
func referenceProperWords(s string) []string {
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

// FuzzSentenceTerms holds the one pass to text.Terms, which lowers the
// whole sentence before splitting it, and to the second pass it replaces.
func FuzzSentenceTerms(f *testing.F) {
	for _, s := range []string{"", "The Prime Minister met İlham Aliyev in Baku on Monday.", "ẞtraße and ΣΟΦΙΑ", "He said: \"We'll see\"", "US-led talks in Geneva"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("articles are checked for UTF-8 before cleaning")
		}
		vocab := &vocabulary{ids: map[string]int32{}}
		termIDs, properIDs := sentenceTerms(s, nil, nil, vocab)
		words := func(ids []int32) []string {
			var out []string
			for _, id := range ids {
				out = append(out, vocab.terms[id])
			}
			return out
		}
		terms, proper := words(termIDs), words(properIDs)
		if want := text.Terms(s); !slices.Equal(terms, want) {
			t.Errorf("terms of %q = %q, text.Terms gives %q", s, terms, want)
		}
		if want := referenceProperWords(s); !slices.Equal(proper, want) {
			t.Errorf("proper words of %q = %q, want %q", s, proper, want)
		}
	})
}
