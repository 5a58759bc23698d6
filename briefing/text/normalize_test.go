package text

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"
)

// The regular expressions normalizeLine replaces: the reference it must
// agree with.
var (
	spaceRe     = regexp.MustCompile(`[\s\p{Zs}]+`)
	zeroWidthRe = regexp.MustCompile("[\u200b\u200c\u200d\u2060\ufeff]")
)

func referenceNormalize(s string) string {
	s = zeroWidthRe.ReplaceAllString(s, "")
	return strings.TrimSpace(spaceRe.ReplaceAllString(s, " "))
}

var normalizeCases = []string{
	"  Plain   text\twith\ttabs  ",
	"no\u00a0break\u2009thin\u3000ideographic",
	"\u200bzero\u200dwidth \u200b joiners\ufeff",
	"\v vertical tab \v",
	"line\u2028separator\u0085next",
	"invalid \xff bytes\xfe",
	"", "   ", "\u200b",
}

func TestNormalizeLineMatchesTheExpressions(t *testing.T) {
	for _, s := range normalizeCases {
		if got, want := normalizeLine(s), referenceNormalize(s); got != want {
			t.Errorf("normalizeLine(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzNormalizeLine(f *testing.F) {
	for _, s := range normalizeCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			// Articles are checked for UTF-8 before cleaning; on broken
			// bytes the two may differ where removing a zero-width
			// character joins two halves of a rune.
			t.Skip()
		}
		if got, want := normalizeLine(s), referenceNormalize(s); got != want {
			t.Errorf("normalizeLine(%q) = %q, want %q", s, got, want)
		}
	})
}
