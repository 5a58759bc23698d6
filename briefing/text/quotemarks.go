package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// doubleApostrophes writes two apostrophes that serve as a quotation mark
// as the double mark: some archives and wires quote with a pair of
// apostrophes on each side (the New York Times's text in PolNeAR, a few BBC
// paragraphs), which the quote rules, reading " and its curly forms, would
// pass over. A pair is a mark where it opens (after a space, a bracket, a
// dash or a colon, before a word) or closes (after a word or a mark, before
// a space, punctuation or the end); one between two letters or after a
// digit (a 12-inch pipe written 12 and two apostrophes) is left.
func doubleApostrophes(s string) string {
	if !strings.Contains(s, "''") {
		return s // most texts
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "''")
		if j < 0 {
			b.WriteString(s[i:])
			break
		}
		j += i
		b.WriteString(s[i:j])
		k := j + 2
		if k < len(s) && s[k] == '\'' || j > 0 && s[j-1] == '\'' {
			b.WriteString("''") // three or more: no mark
			i = k
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[k:])
		opens := (j == 0 || unicode.IsSpace(before) || strings.ContainsRune("([—–-:", before)) && k < len(s) && !unicode.IsSpace(after)
		closes := j > 0 && !unicode.IsSpace(before) && !unicode.IsDigit(before) && (k == len(s) || unicode.IsSpace(after) || strings.ContainsRune(",.;:!?)]—–-", after))
		if opens != closes {
			b.WriteByte('"')
		} else {
			b.WriteString("''")
		}
		i = k
	}
	return b.String()
}
