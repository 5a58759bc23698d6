package briefing

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzContainsFold holds the byte search a topic makes first to the
// expression it guards: whatever (?i) of the word matches, it finds, and
// (but for the replacement rune, which it may find inside a rune) no
// more.
func FuzzContainsFold(f *testing.F) {
	for _, c := range [][2]string{
		{"The Election was close", "election"}, {"uſ and them", "US"}, {"1 \u212Ailometre", "km"},
		{"Zürich", "ZÜRICH"}, {"", "x"}, {"a#b", "#B"}, {"\xff\xfe", "\ufffd"}, {"Mr O'Neill", "o'neill"},
	} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, w string) {
		if w == "" || !utf8.ValidString(w) {
			return // queries are words of valid text
		}
		want := regexp.MustCompile(`(?i)` + regexp.QuoteMeta(w)).MatchString(s)
		got := containsFold(s, w)
		if want && !got {
			t.Errorf("containsFold(%q, %q) = false, but the expression matches", s, w)
		}
		if got && !want && !strings.ContainsRune(w, utf8.RuneError) {
			t.Errorf("containsFold(%q, %q) = true, but the expression does not match", s, w)
		}
	})
}
