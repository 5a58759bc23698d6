package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestWordSet(t *testing.T) {
	s := NewWordSet("the", "a", "spokesman", "secretary-general", "mr.", "the", "")
	for w, want := range map[string]bool{
		"the": true, "a": true, "spokesman": true, "secretary-general": true, "mr.": true,
		"": false, "The": false, "th": false, "them": false, "mr": false, "spokesmanship": false, "b": false,
	} {
		if got := s.Has(w); got != want {
			t.Errorf("Has(%q) = %v, want %v", w, got, want)
		}
	}
	if NewWordSet().Has("a") {
		t.Error("the empty set has a word")
	}
}

// FuzzWordSet holds the bucketed set to a map of the same words.
func FuzzWordSet(f *testing.F) {
	for _, w := range []string{"the", "themselves", "percent", "", "x", "don't", "zebra"} {
		f.Add(w)
	}
	want := map[string]bool{}
	for w := range stopWords.All() {
		want[w] = true
	}
	if len(want) < 150 {
		f.Fatalf("only %d stop words", len(want))
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got := IsStopWord(w); got != want[w] {
			t.Errorf("IsStopWord(%q) = %v, want %v", w, got, want[w])
		}
	})
}

// FuzzHasLower holds the lookup lowered on the stack, and LowerShortASCII,
// to strings.ToLower.
func FuzzHasLower(f *testing.F) {
	for _, s := range []string{"Spokesman", "SPOKESMAN", "spokesman", "Ünter", "ΚΑΛΗ", "", "aVeryLongWordBeyondTheStackBufferSpokesman", "\u0130", "K"} {
		f.Add(s)
	}
	set := NewWordSet("spokesman", "ünter", "καλη", "averylongwordbeyondthestackbufferspokesman", "i", "k")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := set.HasLower(s), set.Has(strings.ToLower(s)); got != want {
			t.Errorf("HasLower(%q) = %v, Has(strings.ToLower) = %v", s, got, want)
		}
		var buf [32]byte
		low, ok := LowerShortASCII(buf[:0], s)
		switch {
		case ok && low == nil && strings.ToLower(s) != s:
			t.Errorf("LowerShortASCII(%q) says it is lower case", s)
		case ok && low != nil && string(low) != strings.ToLower(s):
			t.Errorf("LowerShortASCII(%q) = %q, want %q", s, low, strings.ToLower(s))
		case !ok && len(s) <= len(buf) && isASCII(s):
			t.Errorf("LowerShortASCII(%q) refused a short ASCII word", s)
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
