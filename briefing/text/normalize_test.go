package text

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
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
	"Already normal: “quoted”, 2024.", "a", " a", "a ", "a  b", "a\tb", "\u0085a", "a\u0085", "a\u00a0b",
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

// referenceLowerKey is lowerKey as first written, over a lower-cased copy
// of the line: the scan that replaces it must agree.
func referenceLowerKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ':' || r == '/' || r == '©' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
			continue
		}
		space = true
	}
	return b.String()
}

// FuzzLineCounts holds lowerKey and WordCount, asked of every line and
// sentence, to the plain library forms they replace, and a line's key read
// without being built to the key built.
func FuzzLineCounts(f *testing.F) {
	for _, s := range append(normalizeCases, "ÀÉÎ İstanbul ΣΟΦΙΑ Read More: ©2024", "a\u00a0b\u1680c\u2028d") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := WordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("WordCount(%q) = %d, strings.Fields counts %d", s, got, want)
		}
		if !utf8.ValidString(s) {
			t.Skip("articles are checked for UTF-8 before cleaning")
		}
		if got, want := lowerKey(s), referenceLowerKey(s); got != want {
			t.Errorf("lowerKey(%q) = %q, want %q", s, got, want)
		}
		// The key read without being built has the built one's hash,
		// length and first byte, and builds it when asked.
		built, read := readKey(s, true), readKey(s, false)
		if read.hash != built.hash || read.n != len(built.key) || built.n != len(built.key) || len(built.key) > 0 && read.first != built.key[0] {
			t.Errorf("readKey(%q) read %+v, built %+v", s, read, built)
		}
		if read.String() != built.key {
			t.Errorf("readKey(%q).String() = %q, want %q", s, read.String(), built.key)
		}
	})
}

// referenceEndsLikeSentence is endsLikeSentence as first written, over the
// line's runes.
func referenceEndsLikeSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return false
	}
	r := []rune(s)
	last := r[len(r)-1]
	switch last {
	case '.', '!', '?', '…':
		return true
	case '"', '”', '’', '\'', ')':
		for i := len(r) - 2; i >= 0 && i >= len(r)-4; i-- {
			switch r[i] {
			case '.', '!', '?', '…', ',':
				return true
			}
		}
		return last == '"' || last == '”'
	}
	return false
}

func FuzzEndsLikeSentence(f *testing.F) {
	for _, s := range []string{"", "He left.", `"We go," he said`, "(see above.)", "ok”", "a…’", "x.\"'", "no"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("articles are checked for UTF-8 before cleaning")
		}
		if got, want := endsLikeSentence(s), referenceEndsLikeSentence(s); got != want {
			t.Errorf("endsLikeSentence(%q) = %v, want %v", s, got, want)
		}
	})
}
