package text

import "strings"

// SpeechVerbs is the alternation of the verbs and phrases that report
// speech: "said", "told", "was quoted", "according to". Cleaning uses it to
// tell a line that introduces a quotation; the quote stage builds its
// attribution patterns from it.
const SpeechVerbs = `said|says|say|told|tells|added|adds|asked|replied|replies|answered|explained|explains|noted|notes|stated|declared|insisted|insists|warned|warns|argued|argues|claimed|claims|admitted|admits|acknowledged|suggested|suggests|wrote|writes|continued|concluded|recalled|remarked|commented|observed|announced|confirmed|stressed|emphasised|emphasized|underscored|underlined|conceded|complained|tweeted|cautioned|predicted|promised|vowed|urged|maintained|countered|responded|joked|quipped|reiterated|revealed|disclosed|boasted|lamented|shouted|pointed out|went on|was quoted|was cited|is quoted|were quoted|mused|opined|fumed|charged|interjected|proclaimed|recounted|recalls|remembered|testified|posted|posts|tweets|texted|emailed|retorted|pleaded|exclaimed|yelled|screamed|whispered|muttered|bragged|touted|alleged|asserted|contended|objected|speculated|wondered|chimed in|shot back|fired back|reflected|summed up|reported|reports|asks|assured|assures|reassured|sighed|laughed|scoffed|snapped|demanded|surmised|reasoned|agreed|hinted|gushed|marveled|marvelled|chanted|sang|grumbled|griped|said|saying|adding|telling|insisting|warning|arguing|claiming|explaining|noting|stressing|declaring|replying|according to`

var speechVerbs = NewPhraseMatcher(SpeechVerbs, false)

// hasSpeechVerb reports whether s holds a speech verb.
func hasSpeechVerb(s string) bool { return speechVerbs.Match(s) }

// PhraseMatcher finds the words and two-word phrases of a list in text,
// whole words only, as the expression \b(?:a|b|c d)\b finds them (with
// (?i) when it folds case), in one pass over the words: a long alternation
// is the slowest kind of regular expression, and attribution runs several
// on every sentence. Words are runs of ASCII letters, digits and
// underscores, as \b counts them; case is folded for ASCII letters.
type PhraseMatcher struct {
	words *WordSet
	// firsts are the first words of the two-word phrases, and phrases
	// maps each to its seconds.
	firsts  *WordSet
	phrases map[string]*WordSet
	fold    bool
}

// NewPhraseMatcher compiles an alternation of words and two-word phrases
// separated by "|". It panics on a phrase whose first word is also a word
// of the list, where the order of the alternatives would decide the match.
func NewPhraseMatcher(alternation string, foldCase bool) *PhraseMatcher {
	var words, firsts []string
	seconds := map[string][]string{}
	for _, alt := range strings.Split(alternation, "|") {
		if foldCase {
			alt = strings.ToLower(alt)
		}
		first, second, phrase := strings.Cut(alt, " ")
		if !phrase {
			words = append(words, alt)
			continue
		}
		if seconds[first] == nil {
			firsts = append(firsts, first)
		}
		seconds[first] = append(seconds[first], second)
	}
	m := &PhraseMatcher{words: NewWordSet(words...), firsts: NewWordSet(firsts...), phrases: map[string]*WordSet{}, fold: foldCase}
	for first, ss := range seconds {
		if m.words.Has(first) {
			panic("text: phrase list has " + first + " both as a word and as a phrase's first word")
		}
		m.phrases[first] = NewWordSet(ss...)
	}
	return m
}

// FindAll returns the byte ranges of up to n matches of s, all when n < 0.
func (m *PhraseMatcher) FindAll(s string, n int) [][2]int {
	var out [][2]int
	for i := 0; i < len(s) && (n < 0 || len(out) < n); {
		for i < len(s) && !IsWordByte(s[i]) {
			i++
		}
		start := i
		for i < len(s) && IsWordByte(s[i]) {
			i++
		}
		if start == i {
			break
		}
		w := s[start:i]
		if m.has(m.words, w) {
			out = append(out, [2]int{start, i})
			continue
		}
		if m.has(m.firsts, w) && i < len(s) && s[i] == ' ' {
			j := i + 1
			for j < len(s) && IsWordByte(s[j]) {
				j++
			}
			if j > i+1 && m.has(m.phrases[m.key(w)], s[i+1:j]) {
				out = append(out, [2]int{start, j})
				i = j
			}
		}
	}
	return out
}

// Find returns the byte range of the first match of s, or nil.
func (m *PhraseMatcher) Find(s string) []int {
	if all := m.FindAll(s, 1); len(all) > 0 {
		return all[0][:]
	}
	return nil
}

// Match reports whether s holds a match.
func (m *PhraseMatcher) Match(s string) bool { return len(m.FindAll(s, 1)) > 0 }

// has reports whether a word of the text is in set, its case folded when
// m folds case: every word of the text is asked, and looked up lowered
// rather than copied lowered.
func (m *PhraseMatcher) has(set *WordSet, w string) bool {
	if m.fold {
		return set.HasLower(w)
	}
	return set.Has(w)
}

// key is a word as m's phrases file it.
func (m *PhraseMatcher) key(w string) string {
	if !m.fold {
		return w
	}
	for k := 0; k < len(w); k++ {
		if 'A' <= w[k] && w[k] <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}

// IsWordByte reports whether c is a word character of RE2's \b: an ASCII
// letter, digit or underscore. The scanners that replace regular
// expressions on the hot path share it.
func IsWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// IsSpaceByte reports whether c is white space of RE2's \s: space, tab,
// newline, form feed or carriage return.
func IsSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}
