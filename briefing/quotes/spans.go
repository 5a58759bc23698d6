package quotes

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/text"
)

// quoteSpan is one quotation in a paragraph: the marks at open and close,
// the words between them.
type quoteSpan struct {
	open, close int // offsets of the opening and closing marks (close = len when unclosed)
	closeLen    int
	unclosed    bool
}

func (q quoteSpan) inner(text string) string {
	_, n := utf8.DecodeRuneInString(text[q.open:])
	if q.close < q.open+n {
		return "" // an opening mark with nothing after it
	}
	return text[q.open+n : q.close]
}

func (q quoteSpan) end() int { return q.close + q.closeLen }

// findQuoteSpans pairs the double quotation marks of a paragraph, straight
// or curly. A quotation left open runs to the paragraph's end: in news style
// the next paragraph continues it.
func findQuoteSpans(text string) []quoteSpan { return appendQuoteSpans(nil, text) }

// appendQuoteSpans appends the quotations of text, as findQuoteSpans finds
// them, to out.
func appendQuoteSpans(out []quoteSpan, text string) []quoteSpan {
	if !hasQuoteMark(text) {
		return out // most paragraphs: found without decoding them
	}
	in := false
	var cur quoteSpan
	for i, r := range text {
		switch {
		case !in && (r == '“' || r == '"' || r == '„'):
			if r == '"' && !canOpenStraight(text, i) {
				continue
			}
			in, cur = true, quoteSpan{open: i}
		case in && (r == '“' || r == '"' && canOpenStraight(text, i) && !canCloseStraight(text, i)):
			// An opening mark inside a quotation: the one before was left
			// open, as news text does when a quoted paragraph runs on. It
			// ends here and a new one starts.
			cur.close, cur.unclosed = strings.LastIndexFunc(text[:i], func(r rune) bool { return !unicode.IsSpace(r) })+1, true
			out = append(out, cur)
			cur = quoteSpan{open: i}
		case in && (r == '”' || r == '"'):
			cur.close, cur.closeLen = i, utf8.RuneLen(r)
			out = append(out, cur)
			in = false
		}
	}
	if in {
		cur.close, cur.unclosed = len(text), true
		out = append(out, cur)
	}
	return out
}

// hasQuoteMark reports whether text holds a double quotation mark, straight
// or curly (“ ” „, which all begin with the bytes E2 80).
func hasQuoteMark(text string) bool {
	if strings.IndexByte(text, '"') >= 0 {
		return true
	}
	for i := 0; ; i++ {
		j := strings.IndexByte(text[i:], 0xE2)
		if j < 0 {
			return false
		}
		i += j
		if i+2 < len(text) && text[i+1] == 0x80 && 0x9C <= text[i+2] && text[i+2] <= 0x9E {
			return true
		}
	}
}

// canCloseStraight reports whether a straight quote at i can close a
// quotation: a word or mark stands before it.
func canCloseStraight(text string, i int) bool {
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !unicode.IsSpace(r)
}

// canOpenStraight reports whether a straight quote at i opens a quotation:
// it follows a space, a bracket or the start, and a word follows it.
func canOpenStraight(text string, i int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:i])
		if !unicode.IsSpace(r) && r != '(' && r != '[' && r != '—' && r != '-' && r != ':' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return i+1 < len(text) && !unicode.IsSpace(r)
}

// mask returns text with every quotation, marks included, replaced by
// underscores of the same byte length, so offsets still match and no name
// or verb inside a quotation is read as narrative.
func mask(text string, spans []quoteSpan) string {
	if len(spans) == 0 {
		return text // most paragraphs quote no one
	}
	// Built in a strings.Builder, which hands over its bytes as the string
	// without a second copy.
	var b strings.Builder
	b.Grow(len(text))
	at := 0
	for _, q := range spans {
		from, to := max(q.open, at), min(q.end(), len(text))
		if from >= to {
			continue
		}
		b.WriteString(text[at:from])
		for n := to - from; n > 0; n -= min(n, len(underscores)) {
			b.WriteString(underscores[:min(n, len(underscores))])
		}
		at = to
	}
	b.WriteString(text[at:])
	return b.String()
}

// underscores is what mask writes over a quotation, a piece at a time.
const underscores = "________________________________________________________________"

// sentenceBounds returns the byte ranges of a paragraph's sentences.
func sentenceBounds(text string, sents []string) [][2]int {
	var out [][2]int
	cur := 0
	for _, s := range sents {
		i := strings.Index(text[cur:], s)
		if i < 0 {
			continue
		}
		out = append(out, [2]int{cur + i, cur + i + len(s)})
		cur += i + len(s)
	}
	return out
}

func sentenceAt(bounds [][2]int, pos int) (int, int) {
	for _, b := range bounds {
		if pos >= b[0] && pos < b[1] {
			return b[0], b[1]
		}
	}
	return 0, 0
}

// isTitleQuote reports whether a quotation names a work ("the book “Will
// China's Economy Collapse?”") rather than quoting speech.
func isTitleQuote(before, inner string) bool {
	if endsWithTitleCue(before) {
		return true
	}
	// Counted before the words are built: most quotations are long speech.
	if n := text.WordCount(inner); n > 12 || n == 0 || strings.Contains(inner, ",") || hasContraction(inner) {
		return false
	}
	words := strings.Fields(inner)
	caps := 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "‘'(\""))
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
			caps++
		case i == 0 || !titleSmallWords.Has(strings.TrimRight(w, ".!?")):
			return false
		}
	}
	if caps == 1 && len(words) == 1 {
		// One capitalised word is a title only after an owner: NBC's
		// "Today".
		b := strings.TrimRight(before, " _")
		return possessive(b)
	}
	// Title Case, small words aside ("Meet the Press"), with no comma of
	// speech.
	return caps >= 2
}

// splitNicknames takes the nicknames out of a paragraph's quotation spans:
// they are no one's words, and the name around them is read without them.
func splitNicknames(text string, spans []quoteSpan) (quotations, nicknames []quoteSpan) {
	for i, q := range spans {
		if isNickname(text, q) {
			if nicknames == nil {
				quotations = append([]quoteSpan(nil), spans[:i]...)
			}
			nicknames = append(nicknames, q)
		} else if nicknames != nil {
			quotations = append(quotations, q)
		}
	}
	if nicknames == nil {
		return spans, nil
	}
	return quotations, nicknames
}

// blank writes spaces over the spans of masked, marks included: "Marcia
// "Cia" Price" reads as the name "Marcia Price".
func blank(masked string, spans []quoteSpan) string {
	if len(spans) == 0 {
		return masked
	}
	b := []byte(masked)
	for _, q := range spans {
		for i := q.open; i < q.end(); i++ {
			b[i] = ' '
		}
	}
	return string(b)
}

// isNickname reports whether quotation q stands inside a name: one or two
// capitalised words between a capitalised word and another, with no
// punctuation ("Marion "Suge" Knight", "Marcia "Cia" Price").
func isNickname(text string, q quoteSpan) bool {
	inner := q.inner(text)
	if q.unclosed || len(inner) > 40 {
		return false // checked first: most quotations are long speech
	}
	words := strings.Fields(inner)
	if len(words) == 0 || len(words) > 2 {
		return false
	}
	for _, w := range words {
		if !capitalised(w) || strings.ContainsAny(w, ",.;:!?") {
			return false
		}
	}
	before := strings.TrimSuffix(text[:q.open], " ")
	if len(before) == q.open {
		return false // the mark must follow a space
	}
	prev := before[strings.LastIndexByte(before, ' ')+1:]
	after := text[q.end():]
	if !strings.HasPrefix(after, " ") {
		return false
	}
	next, _, _ := strings.Cut(after[1:], " ")
	return capitalised(prev) && !strings.ContainsAny(prev, ",.;:!?\"'“”") && capitalised(next)
}

// possessive reports whether s ends in an owner's "'s": "NBC's",
// "Clinton’s".
func possessive(s string) bool { return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") }

// withoutPossessive is s without the owner's "'s" that possessive reads.
func withoutPossessive(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
}

// hasContraction reports whether s contracts a verb ("That's", "don't"):
// speech, not a title.
func hasContraction(s string) bool {
	s = strings.ReplaceAll(s, "’", "'")
	for _, c := range []string{"'s ", "'re ", "'ll ", "n't ", "'m ", "'ve ", "'d "} {
		if strings.Contains(s+" ", c) {
			return true
		}
	}
	return false
}

// titleSmallWords stay lower case inside a title.
var titleSmallWords = text.NewWordSet(
	"a", "an", "the", "and", "or", "of", "with",
	"on", "in", "for", "to", "at", "by", "from",
)

// fraction is the share of s, by bytes, inside quotation marks.
func fraction(s string) float64 {
	if len(s) == 0 {
		return 0
	}
	return float64(quotedBytes(findQuoteSpans(s), 0, len(s))) / float64(len(s))
}

// quotedBytes counts the bytes of text[start:end] inside the quotations
// spans, found over text.
func quotedBytes(spans []quoteSpan, start, end int) int {
	in := 0
	for _, q := range spans {
		if lo, hi := max(q.open, start), min(q.end(), end); hi > lo {
			in += hi - lo
		}
	}
	return in
}

// Quotations are the quotations of a paragraph's text, in order.
type Quotations []quoteSpan

// AppendQuotations appends the quotations of a paragraph's text to qs: a
// caller reading many paragraphs lends one list to all.
func AppendQuotations(qs Quotations, text string) Quotations {
	return appendQuoteSpans(qs, text)
}

// Hold reports whether byte offset at of the text lies inside one of the
// quotations, their marks included; a quotation left open runs to the
// end, as the next paragraph goes on with it.
func (qs Quotations) Hold(at int) bool { return quotedBytes(qs, at, at+1) > 0 }

// SentenceShares returns, for each sentence of paragraph p, the share of
// it (by bytes) inside quotation marks, the marks read over the whole
// paragraph: a sentence in the middle of a quotation of several holds no
// mark and is all quotation. The shares are written over buf, grown as
// needed; nil when p quotes nothing.
func SentenceShares(buf []float64, p text.Paragraph) []float64 {
	spans := findQuoteSpans(p.Text)
	if len(spans) == 0 {
		return nil
	}
	out := slices.Grow(buf[:0], len(p.Sentences))[:len(p.Sentences)]
	at := 0
	for i, s := range p.Sentences {
		start := strings.Index(p.Text[at:], s)
		if start < 0 || len(s) == 0 {
			out[i] = fraction(s) // not p's own text: read alone
			continue
		}
		start += at
		end := start + len(s)
		at = end
		out[i] = float64(quotedBytes(spans, start, end)) / float64(len(s))
	}
	return out
}

// endsWithTitleCue reports whether the text before a quotation ends in a
// word that names a title ("the film", "a book called"), as titleCueRe
// would over all of it. Only the last run of letters can end the match,
// so only it, and the rune before it, are given to the expression: the
// text before a quotation may be a long sentence.
func endsWithTitleCue(before string) bool {
	s := strings.TrimRight(before, " _")
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if unicode.IsLetter(r) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	if start > 0 {
		_, n := utf8.DecodeLastRuneInString(s[:start])
		start -= n
	}
	return titleCueRe.MatchString(s[start:])
}
