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

// singleQuotations writes the single quotation marks of a text that quotes
// with single marks alone (' and ‘ ’, as some British papers do) as
// double ones, which the quote rules read. A text holding any double mark
// is left as it is: its single marks are quotations inside quotations,
// titles or scare quotes. Marks are paired line by line: an opening mark
// (after a space, a bracket, a dash or the line's start, before a letter
// or digit, and no decade's or clitic's: '90s, 's) with the first closing
// mark after it (after a word or punctuation, before a space, punctuation
// or the line's end, never inside a word: don't, it’s) before the next
// opening one; a plural possessive (the players' union) closes only when
// nothing else can. An opening mark at a line's start with no closing one
// is left open, as news style leaves a quotation that runs on to the next
// paragraph.
func singleQuotations(s string) string {
	if strings.ContainsAny(s, "\"“”„") || !strings.ContainsAny(s, "'‘") {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = pairSingleMarks(line)
	}
	return strings.Join(lines, "\n")
}

// singleMark is a single quotation mark of a line: where it stands, its
// width in bytes, and what it can do.
type singleMark struct {
	at, size      int
	opens, closes bool
	// weak is set on a closing mark that may be a plural possessive.
	weak bool
}

// pairSingleMarks rewrites the single quotation marks of one line.
func pairSingleMarks(line string) string {
	var marks []singleMark
	for i, r := range line {
		if r != '\'' && r != '‘' && r != '’' {
			continue
		}
		size := utf8.RuneLen(r)
		before, _ := utf8.DecodeLastRuneInString(line[:i])
		after, _ := utf8.DecodeRuneInString(line[i+size:])
		atStart, atEnd := i == 0, i+size == len(line)
		m := singleMark{at: i, size: size}
		if r != '’' && (atStart || unicode.IsSpace(before) || strings.ContainsRune("([—–-", before)) &&
			!atEnd && (unicode.IsLetter(after) || unicode.IsDigit(after)) && !decade(line[i+size:]) && !clitic(line[i+size:]) {
			m.opens = true
		}
		if r != '‘' && !atStart && !unicode.IsSpace(before) && (atEnd || unicode.IsSpace(after) || strings.ContainsRune(",.;:!?)—–-", after)) {
			m.closes = true
			rest := strings.TrimLeft(line[i+size:], " ")
			next, _ := utf8.DecodeRuneInString(rest)
			m.weak = before == 's' && unicode.IsSpace(after) && unicode.IsLower(next)
		}
		if m.opens || m.closes {
			marks = append(marks, m)
		}
	}
	var out []singleMark // the marks to write as double ones
	for k := 0; k < len(marks); k++ {
		if !marks[k].opens {
			continue
		}
		closeAt, weakAt := -1, -1
		for j := k + 1; j < len(marks) && !marks[j].opens; j++ {
			if marks[j].closes && !marks[j].weak {
				closeAt = j
				break
			}
			if marks[j].closes && weakAt < 0 {
				weakAt = j
			}
		}
		if closeAt < 0 {
			closeAt = weakAt
		}
		switch {
		case closeAt >= 0:
			out = append(out, marks[k], marks[closeAt])
			k = closeAt
		case marks[k].at == 0:
			out = append(out, marks[k]) // runs on to the next paragraph
		}
	}
	if len(out) == 0 {
		return line
	}
	var b strings.Builder
	b.Grow(len(line))
	from := 0
	for _, m := range out {
		b.WriteString(line[from:m.at])
		b.WriteByte('"')
		from = m.at + m.size
	}
	b.WriteString(line[from:])
	return b.String()
}

// clitic reports whether s, the text after a mark, opens with a
// contraction's ending cut from its word: "'s thunder", "'ll go".
func clitic(s string) bool {
	for _, c := range []string{"s", "t", "d", "m", "re", "ve", "ll"} {
		if strings.HasPrefix(s, c) {
			r, _ := utf8.DecodeRuneInString(s[len(c):])
			if len(s) == len(c) || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// decade reports whether s, the text after a mark, opens with a decade
// written short: "90s", "60s".
func decade(s string) bool {
	return len(s) >= 3 && isDigitByte(s[0]) && isDigitByte(s[1]) && s[2] == 's'
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// turnDoubleMarks writes a curly double mark set the wrong way round as
// the mark its place asks for: “ where only a quotation can close (after
// a word or its stop, before a space, a stop or the end: `an “expedited
// review“ of`) as ”, and ” where only one can open (at the start or after
// a space, a bracket or a dash, before a letter or digit: `Doing so
// ”appeared to be`) as “. Set wrong, the first opens a bogus quotation
// that runs on over the narrative, the second hides the one it opens.
// A mark between two letters, or between two spaces, is left.
func turnDoubleMarks(s string) string {
	if !strings.Contains(s, "“") && !strings.Contains(s, "”") {
		return s // most texts
	}
	var b []byte // made at the first mark turned
	for i := 0; i < len(s); {
		// On to the next mark: both begin with the bytes E2 80.
		j := strings.Index(s[i:], "\xe2\x80")
		if j < 0 {
			if b != nil {
				b = append(b, s[i:]...)
			}
			break
		}
		if b != nil {
			b = append(b, s[i:i+j]...)
		}
		i += j
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '“' && r != '”' {
			if b != nil {
				b = append(b, s[i:i+size]...)
			}
			i += size
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+size:])
		atStart := i == 0 || unicode.IsSpace(before) || strings.ContainsRune("([—–-", before)
		atEnd := i+size == len(s) || unicode.IsSpace(after) || strings.ContainsRune(",.;:!?)]—–", after)
		word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
		turned := r
		switch {
		case r == '“' && !atStart && (word(before) || strings.ContainsRune(",.!?;:", before)) && atEnd:
			turned = '”'
		case r == '”' && atStart && word(after):
			turned = '“'
		}
		if turned != r {
			if b == nil {
				b = make([]byte, 0, len(s))
				b = append(b, s[:i]...)
			}
			b = utf8.AppendRune(b, turned)
		} else if b != nil {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	if b == nil {
		return s
	}
	return string(b)
}
