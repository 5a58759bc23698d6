package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations never end a sentence when followed by a capital: titles and
// month names ("Mr Smith", "Nov. 7") are always followed by more of the same
// sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"sen": true, "rep": true, "gov": true, "gen": true, "lt": true, "col": true,
	"capt": true, "sgt": true, "rev": true, "hon": true, "maj": true, "cmdr": true,
	"adm": true, "supt": true, "insp": true, "det": true, "mt": true, "ft": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"no": true, "nos": true, "vs": true, "v": true, "fig": true, "al": true,
	"approx": true, "dept": true, "univ": true, "gov't": true,
}

// closers may end a sentence only when the next word plainly starts one:
// "Inc. The firm" ends, "U.S. President" does not.
// US states in news style ("Huntsville, Ala., says") are closers too.
var closers = map[string]bool{
	"inc": true, "ltd": true, "co": true, "corp": true, "jr": true, "sr": true, "etc": true, "plc": true, "bros": true,
	"ala": true, "ariz": true, "ark": true, "calif": true, "colo": true, "conn": true, "del": true, "fla": true,
	"ga": true, "ill": true, "ind": true, "kan": true, "kans": true, "ky": true, "la": true, "md": true,
	"mass": true, "mich": true, "minn": true, "miss": true, "mo": true, "mont": true, "neb": true, "nev": true,
	"okla": true, "ore": true, "pa": true, "tenn": true, "tex": true, "vt": true, "va": true, "wash": true,
	"wis": true, "wyo": true,
}

// sentenceStarters are the closed-class words that begin a new sentence after
// an ambiguous period such as the one in "U.S." or "Inc.".
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "but": true, "and": true, "or": true, "so": true,
	"he": true, "she": true, "it": true, "they": true, "we": true, "i": true, "you": true,
	"this": true, "that": true, "these": true, "those": true, "there": true, "in": true,
	"on": true, "at": true, "for": true, "if": true, "when": true, "while": true,
	"however": true, "meanwhile": true, "yet": true, "still": true, "his": true, "her": true,
	"their": true, "its": true, "our": true, "my": true, "as": true, "after": true,
	"before": true, "since": true, "what": true, "who": true, "why": true, "how": true,
	"now": true, "then": true, "also": true, "last": true, "earlier": true, "later": true,
}

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
	word := lastWord(before)
	lw := strings.ToLower(word)
	nextWord := strings.ToLower(firstWord(after))
	switch {
	case abbreviations[lw]:
		return false
	case utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]):
		// An initial ("John F. Kennedy"); "I." at the end of a sentence is rare.
		return false
	case strings.Contains(word, ".") || closers[lw]:
		// "U.S.", "a.m.", "Inc.": ambiguous, so look at what follows.
		return sentenceStarters[nextWord]
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
func IsAbbreviation(l string) bool { return abbreviations[l] || closers[l] }
