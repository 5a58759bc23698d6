package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations never end a sentence when followed by a capital: titles and
// month names ("Mr Smith", "Nov. 7") are always followed by more of the same
// sentence.
var abbreviations = NewWordSet(
	"mr", "mrs", "ms", "dr", "prof", "st",
	"sen", "rep", "gov", "gen", "lt", "col",
	"capt", "sgt", "rev", "hon", "maj", "cmdr",
	"adm", "supt", "insp", "det", "mt", "ft",
	"jan", "feb", "mar", "apr", "jun", "jul",
	"aug", "sep", "sept", "oct", "nov", "dec",
	"no", "nos", "vs", "v", "fig", "al",
	"approx", "dept", "univ", "gov't",
)

// closers may end a sentence only when the next word plainly starts one:
// "Inc. The firm" ends, "U.S. President" does not.
// US states in news style ("Huntsville, Ala., says") are closers too.
var closers = NewWordSet(
	"inc", "ltd", "co", "corp", "jr", "sr", "etc", "plc", "bros",
	"ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla",
	"ga", "ill", "ind", "kan", "kans", "ky", "la", "md",
	"mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
	"okla", "ore", "pa", "tenn", "tex", "vt", "va", "wash",
	"wis", "wyo",
)

// sentenceStarters are the closed-class words that begin a new sentence after
// an ambiguous period such as the one in "U.S." or "Inc.".
var sentenceStarters = NewWordSet(
	"the", "a", "an", "but", "and", "or", "so",
	"he", "she", "it", "they", "we", "i", "you",
	"this", "that", "these", "those", "there", "in",
	"on", "at", "for", "if", "when", "while",
	"however", "meanwhile", "yet", "still", "his", "her",
	"their", "its", "our", "my", "as", "after",
	"before", "since", "what", "who", "why", "how",
	"now", "then", "also", "last", "earlier", "later",
)

const openQuotes = "\"“‘'"
const closeQuotes = "\"”’'"

// splitSentences splits a paragraph of news text into sentences. It keeps
// abbreviations, initials and decimal numbers inside their sentence and lets
// a closing quotation mark or bracket end one. It runs in linear time.
func splitSentences(text string) []string {
	var out []string
	start := 0
	n := len(text)
	for i := 0; i < n; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		end := i + size
		// Runs of terminal marks ("?!", "...") and closing quotes or brackets
		// belong to the sentence they end.
		for end < n {
			r2, s2 := utf8.DecodeRuneInString(text[end:])
			if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || r2 == ')' || r2 == ']' || strings.ContainsRune(closeQuotes, r2) {
				end += s2
				continue
			}
			break
		}
		next := end
		for next < n {
			r2, s2 := utf8.DecodeRuneInString(text[next:])
			if !unicode.IsSpace(r2) {
				break
			}
			next += s2
		}
		if next == end || next >= n {
			// No space after the mark ("4.75", "sputniknews.com") or end of text.
			i = end
			continue
		}
		if isBoundary(text[start:i], r, text[next:]) {
			if s := strings.TrimSpace(text[start:end]); s != "" {
				out = append(out, s)
			}
			start = next
		}
		i = next
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// isBoundary decides whether the mark ending before (a '.', '!', '?') ends a
// sentence, given the text that follows it.
func isBoundary(before string, mark rune, after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !strings.ContainsRune(openQuotes, r) && r != '(' && r != '[' {
		return false
	}
	if mark != '.' {
		return true
	}
	// Asked at every full stop before a capital: the words are looked up
	// lowered, not copied lowered (the next word is capitalised).
	word := lastWord(before)
	switch {
	case abbreviations.HasLower(word):
		return false
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]):
		// An initial ("John F. Kennedy"); "I." at the end of a sentence is rare.
		return false
	case strings.Contains(word, ".") || closers.HasLower(word):
		// "U.S.", "a.m.", "Inc.": ambiguous, so look at what follows.
		return sentenceStarters.HasLower(firstWord(after))
	}
	return true
}

// lastWord returns the run of letters and inner periods before the end of s.
func lastWord(s string) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsLetter(r) || r == '.' || r == '\'' || r == '’' {
			i -= size
			continue
		}
		break
	}
	return strings.Trim(s[i:], ".'’")
}

// firstWord returns the leading letters of s, past any opening quote.
func firstWord(s string) string {
	s = strings.TrimLeft(s, openQuotes+"([")
	end := 0
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += size
	}
	return s[:end]
}

// IsAbbreviation reports whether a lower-case word, its period dropped, is
// an abbreviation that need not end a sentence ("mr", "nov", "inc").
func IsAbbreviation(l string) bool { return abbreviations.Has(l) || closers.Has(l) }
