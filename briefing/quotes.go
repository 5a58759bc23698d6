package briefing

import (
	"encoding/json"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/text"
)

// Quote is a direct quotation and the person who said it.
type Quote struct {
	// Text is the words inside the quotation marks.
	Text string `json:"text"`
	// Speaker is the canonical name of who said it, empty when the text
	// does not say.
	Speaker string `json:"-"`
	// PersonID identifies the speaker in the people index, or -1.
	PersonID int    `json:"-"`
	Doc      string `json:"doc"`
	Title    string `json:"title"`
	Date     Date   `json:"date"`
	// Sentence is the sentence the quote stands in.
	Sentence string `json:"sentence"`
	// Partial is set for a fragment quoted inside reported speech.
	Partial bool `json:"partial,omitempty"`
	// Paragraph is the index of the paragraph in the article.
	Paragraph int `json:"paragraph"`
}

// MarshalJSON writes the quote with its speaker, null when unknown.
func (q Quote) MarshalJSON() ([]byte, error) {
	type plain Quote
	var speaker *string
	if q.Speaker != "" {
		speaker = &q.Speaker
	}
	return json.Marshal(struct {
		Speaker *string `json:"speaker"`
		plain
	}{speaker, plain(q)})
}

// rawQuote is a quote before its speaker is linked to the people index.
type rawQuote struct {
	// rolePhrase is kept when only a role names the speaker and the article
	// did not say whose it is; the people index may know.
	rolePhrase string
	text       string
	para       int
	sentence   string
	partial    bool
	speaker    people.Ref
}

var (
	speechVerbRe  = regexp.MustCompile(`\b(?:` + text.SpeechVerbs + `)\b`)
	leadingVerbRe = regexp.MustCompile(`^(?:` + text.SpeechVerbs + `)\b`)
	titleCueRe    = regexp.MustCompile(`(?i)\b(book|books|novel|film|movie|song|single|album|series|show|programme|program|documentary|play|musical|titled|entitled|headlined|headline|called|dubbed|named|magazine|newspaper|column|poem|painting|game|slogan|hashtag|campaign)\s*(?:,\s*)?$`)
	participleRe  = regexp.MustCompile(`^(?:saying|adding|telling|insisting|warning|arguing|claiming|explaining|noting|stressing|declaring|replying)$`)
	pronounRe     = regexp.MustCompile(`^(?i:he|she|they|i|we)$`)
)

// skipWords may stand between a subject and its speech verb.
var skipWords = map[string]bool{
	"also": true, "later": true, "then": true, "has": true, "have": true, "had": true, "was": true,
	"is": true, "were": true, "are": true, "once": true, "again": true, "previously": true,
	"reportedly": true, "quickly": true, "further": true, "recently": true, "would": true,
	"will": true, "earlier": true, "publicly": true, "separately": true, "repeatedly": true,
	"privately": true, "initially": true, "first": true, "simply": true, "just": true,
	"always": true, "never": true, "himself": true, "herself": true, "had,": true, "only": true,
	"famously": true, "angrily": true, "bluntly": true, "calmly": true, "flatly": true,
}

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
func findQuoteSpans(text string) []quoteSpan {
	var out []quoteSpan
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
	b := []byte(text)
	for _, q := range spans {
		for i := q.open; i < q.end() && i < len(b); i++ {
			b[i] = '_'
		}
	}
	return string(b)
}

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
	if titleCueRe.MatchString(strings.TrimRight(before, " _")) {
		return true
	}
	words := strings.Fields(inner)
	if len(words) < 2 || len(words) > 12 {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "‘'(\""))
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	// Title Case across the board, with no comma of speech.
	return caps == len(words) && !strings.Contains(inner, ",")
}

// subjectBefore finds who does the verb that starts at verbAt in s (a masked
// sentence or part of one): a pronoun, a name, or a name before an
// apposition ("Dr Ann Lee, author of ..., claimed").
func subjectBefore(s string, verbAt int) (people.Ref, bool) {
	pre := strings.TrimRight(s[:verbAt], " ")
	for {
		i := strings.LastIndexByte(pre, ' ')
		w := pre[i+1:]
		if !skipWords[strings.ToLower(w)] {
			break
		}
		pre = strings.TrimRight(pre[:i+1], " ")
	}
	if pre == "" {
		return people.Ref{}, false
	}
	fields := strings.Fields(pre)
	last := fields[len(fields)-1]
	if pronounRe.MatchString(last) {
		return people.Ref{Pronoun: strings.ToLower(last)}, true
	}
	if role, ok := roleSubject(fields); ok {
		return people.Ref{RolePhrase: role}, true
	}
	if strings.HasSuffix(pre, ",") {
		segs := strings.Split(strings.TrimSuffix(pre, ","), ",")
		for k := len(segs) - 1; k >= 0 && k >= len(segs)-4; k-- {
			seg := strings.TrimSpace(segs[k])
			if seg == "" {
				continue
			}
			r, _ := utf8.DecodeRuneInString(seg)
			if unicode.IsLower(r) || unicode.IsDigit(r) || r == '_' {
				continue // an apposition: "for his part", "a spokesman"
			}
			offset := strings.LastIndex(pre, seg)
			return nameEndingAt(pre, offset+len(seg))
		}
		return people.Ref{}, false
	}
	return nameEndingAt(pre, len(pre))
}

// roleSubject reads a subject named by its role: "the prime minister",
// "our correspondent", "the Labour leader".
func roleSubject(fields []string) (string, bool) {
	n := len(fields)
	last := strings.ToLower(strings.Trim(fields[n-1], ",.;:"))
	if yearOldRe.MatchString(last) && n >= 2 && strings.ToLower(fields[n-2]) == "the" {
		// "said the 28-year-old": the person the text is about.
		return yearOld, true
	}
	if !names.IsRoleWord(last) {
		return "", false
	}
	for k := n - 2; k >= 0 && k >= n-5; k-- {
		switch strings.ToLower(fields[k]) {
		case "a", "an", "one", "another":
			// "a spokesman said": someone unnamed, not the spokesman named
			// earlier.
			return "", false
		case "the", "our", "its", "their":
			var words []string
			for _, f := range fields[k+1:] {
				words = append(words, strings.ToLower(strings.Trim(f, ",.;:")))
			}
			return strings.Join(words, " "), true
		}
	}
	return "", false
}

var yearOldRe = regexp.MustCompile(`^\d{1,3}-year-old$`)

// yearOld stands for a speaker named by age only.
const yearOld = "year-old"

// hasSentenceBreak reports whether a sentence ends inside s: a word closes
// with a period that is no abbreviation or initial, or a semicolon stands.
func hasSentenceBreak(s string) bool {
	if strings.ContainsAny(s, ";_") {
		return true
	}
	for _, w := range strings.Fields(s) {
		if strings.HasSuffix(w, ".") && !names.IsAbbrevToken(w) {
			return true
		}
	}
	return false
}

// nameEndingAt reads the person whose name ends at offset end of s. A name
// after a preposition ("a statement from Chelsea") is no subject.
func nameEndingAt(s string, end int) (people.Ref, bool) {
	var run names.Run
	found := false
	for _, m := range names.RunIndexes(s[:end]) {
		if m[1] == end {
			run, found = parseRunAt(s, m[0], m[1])
		}
	}
	// "Secretary of State Antony Blinken": the preposition belongs to the
	// title, not the name.
	if !found || afterPreposition(s, run.Start) && len(run.Title) == 0 {
		return people.Ref{}, false
	}
	return refOf(s, run), true
}

// prepositions take a name as their object, never as a subject.
var prepositions = map[string]bool{
	"with": true, "to": true, "of": true, "by": true, "for": true, "on": true, "in": true, "at": true,
	"from": true, "about": true, "against": true, "than": true, "between": true, "like": true,
	"into": true, "over": true, "under": true,
}

// wordBefore returns the lower-case word before offset i of s.
func wordBefore(s string, i int) string {
	before := strings.Fields(strings.ToLower(s[:i]))
	if len(before) == 0 {
		return ""
	}
	return strings.Trim(before[len(before)-1], ",")
}

func afterPreposition(s string, i int) bool { return prepositions[wordBefore(s, i)] }

func parseRunAt(s string, start, end int) (names.Run, bool) {
	r, ok := names.ParseRun(s, start, end)
	return r, ok && !r.Possessive
}

func refOf(s string, run names.Run) people.Ref {
	ref := people.Ref{Name: run.Name, Title: run.Title, Gender: run.Gender}
	if role, ok := names.PrecededByRole(s, run.Start); ok {
		ref.Role = role
	} else if len(run.Title) > 0 && !(len(run.Title) == 1 && names.IsHonorific(strings.ToLower(names.TrimToken(run.Title[0])))) {
		// "Foreign Secretary Jack Straw" has a role; "Mr Straw" only a title.
		ref.Role = strings.Join(run.Title, " ")
	}
	return ref
}

// sentenceSubject returns the first person named in s who is not the object
// of a preposition: the subject of a sentence such as "Lavrov struck a
// similar note, saying ...".
func sentenceSubject(s string) (people.Ref, bool) {
	for _, run := range names.Runs(s) {
		if run.Possessive {
			continue
		}
		// "Putin met Trump and Lavrov": the second of two names is no subject.
		if w := wordBefore(s, run.Start); prepositions[w] || w == "and" {
			continue
		}
		return refOf(s, run), true
	}
	return people.Ref{}, false
}

// speakerAfter reads an attribution that follows a quotation: `", Ushakov
// said.`, `," said Ushakov.`, `," she added`, `, according to X`.
func speakerAfter(post string) (people.Ref, bool) {
	post = strings.TrimLeft(post, " ,.!?—–-")
	// The attribution must start within a few words of the quotation.
	loc := speechVerbRe.FindStringIndex(post)
	if loc == nil || text.WordCount(post[:loc[0]]) > 6 || hasSentenceBreak(post[:loc[0]]) {
		return people.Ref{}, false
	}
	verb := post[loc[0]:loc[1]]
	if loc[0] == 0 || verb == "according to" {
		rest := strings.TrimLeft(post[loc[1]:], " ")
		if ref, ok := nameAfterVerb(rest); ok {
			return ref, true
		}
		f := strings.Fields(rest)
		if len(f) > 0 && pronounRe.MatchString(strings.Trim(f[0], ",.")) {
			return people.Ref{Pronoun: strings.ToLower(strings.Trim(f[0], ",."))}, true
		}
		for k := 1; k < len(f) && k <= 4; k++ {
			if role, ok := roleSubject(f[:k+1]); ok {
				return people.Ref{RolePhrase: role}, true
			}
		}
		return people.Ref{Nobody: true}, true
	}
	if ref, ok := subjectBefore(post, loc[0]); ok {
		return ref, true
	}
	// `"...," officials said`: a speaker is named, but no person.
	return people.Ref{Nobody: true}, true
}

// speakerBefore reads the speaker of a quotation from the narrative of its
// sentence before it: `Peskov told reporters: "...`, `X said the chance was
// "quite high"`. The first speech verb with a subject decides.
func speakerBefore(pre string) (people.Ref, bool) {
	for _, loc := range speechVerbRe.FindAllStringIndex(pre, -1) {
		verb := pre[loc[0]:loc[1]]
		if verb == "according to" {
			if ref, ok := leadingName(strings.TrimLeft(pre[loc[1]:], " ")); ok {
				return ref, true
			}
			continue
		}
		if ref, ok := subjectBefore(pre, loc[0]); ok {
			return ref, true
		}
		if participleRe.MatchString(verb) {
			if ref, ok := sentenceSubject(pre[:loc[0]]); ok {
				return ref, true
			}
		}
	}
	return people.Ref{}, false
}

// nameAfterVerb reads the speaker named after a speech verb: "said Ortega",
// "said Real Madrid president Florentino Perez" (the name after the role,
// not the club), "said one of their lawyers, Michalis Dimitrakopoulos".
func nameAfterVerb(rest string) (people.Ref, bool) {
	clause := rest
	if i := strings.IndexAny(clause, ".;"); i >= 0 {
		for i >= 0 && i < len(clause) && names.IsAbbrevToken(lastField(clause[:i+1])) {
			j := strings.IndexAny(clause[i+1:], ".;")
			if j < 0 {
				i = -1
				break
			}
			i += j + 1
		}
		if i >= 0 {
			clause = clause[:i]
		}
	}
	runs := names.RunIndexes(clause)
	for k, m := range runs {
		between := clause[:m[0]]
		if k > 0 {
			between = clause[runs[k-1][1]:m[0]]
		}
		if k == 0 && m[0] != 0 && !strings.Contains(between, ",") {
			// Lower-case words first: only a role phrase then a comma may
			// lead to the name ("one of their lawyers, X").
			return people.Ref{}, false
		}
		if k > 0 && !roleLeadsTo(between) {
			break
		}
		next := ""
		if k+1 < len(runs) {
			next = clause[m[1]:runs[k+1][0]]
		}
		if k+1 < len(runs) && roleLeadsTo(next) {
			continue // "Real Madrid president <Name>": the name comes next
		}
		if run, ok := parseRunAt(clause, m[0], m[1]); ok {
			return refOf(clause, run), true
		}
		return people.Ref{}, false
	}
	return people.Ref{}, false
}

// roleLeadsTo reports whether the words between two capitalised runs are a
// role that introduces the second: " president ", " sporting director ".
func roleLeadsTo(between string) bool {
	f := strings.Fields(strings.Trim(between, " ,"))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	return names.IsRoleWord(strings.ToLower(f[len(f)-1]))
}

func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// leadingName reads the person named at the very start of s.
func leadingName(s string) (people.Ref, bool) {
	if runs := names.RunIndexes(s); len(runs) > 0 && runs[0][0] == 0 {
		if run, ok := parseRunAt(s, runs[0][0], runs[0][1]); ok {
			return refOf(s, run), true
		}
	}
	return people.Ref{}, false
}

// hasSpeechCue reports whether a sentence's narrative has a speech verb.
func hasSpeechCue(s string) bool { return speechVerbRe.MatchString(s) }

// speakerState remembers who spoke and who was named, to resolve pronouns.
type speakerState struct {
	events []people.Mention
	gender map[string]names.Gender // by surname key
}

func (st *speakerState) genderOf(ref people.Ref) names.Gender {
	if ref.Gender != names.GenderUnknown {
		return ref.Gender
	}
	return st.gender[ref.Surname()]
}

func (st *speakerState) learn(ref people.Ref, g names.Gender) {
	if g != names.GenderUnknown && ref.Surname() != "" {
		if _, ok := st.gender[ref.Surname()]; !ok {
			st.gender[ref.Surname()] = g
		}
	}
}

// resolveRole finds the person a role names: the latest person of the
// article seen with a role that ends the same way ("the prime minister" is
// the one called "Prime Minister" earlier).
func (st *speakerState) resolveRole(role string) (people.Ref, bool) {
	if role == yearOld {
		// The latest speaker, else the latest person named.
		for _, speakerOnly := range []bool{true, false} {
			for i := len(st.events) - 1; i >= 0; i-- {
				if m := st.events[i]; len(m.Ref.Name) > 0 && (m.Speaker || !speakerOnly) {
					return m.Ref, true
				}
			}
		}
		return people.Ref{}, false
	}
	for i := len(st.events) - 1; i >= 0; i-- {
		r := strings.ToLower(st.events[i].Ref.Role)
		if r != "" && (strings.HasSuffix(r, role) || strings.HasSuffix(role, r)) && len(st.events[i].Ref.Name) > 0 {
			return st.events[i].Ref, true
		}
	}
	return people.Ref{}, false
}

// resolvePronoun finds the person a pronoun names: the latest speaker of the
// same or the two paragraphs before who fits, else the latest person named
// who fits.
func (st *speakerState) resolvePronoun(pronoun string, para int) (people.Ref, bool) {
	var want names.Gender
	switch pronoun {
	case "he":
		want = names.Male
	case "she":
		want = names.Female
	default:
		return people.Ref{}, false // "they", "we", "I": no single person
	}
	fits := func(m people.Mention) bool {
		g := st.genderOf(m.Ref)
		return g == names.GenderUnknown || g == want
	}
	for i := len(st.events) - 1; i >= 0; i-- {
		m := st.events[i]
		if para-m.Para > 2 {
			break
		}
		if m.Speaker && fits(m) {
			return m.Ref, true
		}
	}
	for i := len(st.events) - 1; i >= 0; i-- {
		if m := st.events[i]; fits(m) {
			return m.Ref, true
		}
	}
	return people.Ref{}, false
}

// genderCueRe finds a pronoun that can only stand for the name before it:
// the subject of its own reported speech ("Pelosi said last week that she
// would"), or a possessive after its verb ("Trump, for his part", "Lee
// said her firm"). An object ("spoke after her") tells nothing.
var genderCueRe = regexp.MustCompile(`^[,\s]*(?:(?:[a-z]+,?\s+){0,3}?(?:said|says|added|adds|explained|insisted|argued|claimed|warned|noted)\s+(?:[a-z]+\s+){0,2}?(?:that\s+)?(he|she)\b|(?:[a-z]+\s+){0,2}?(?:said|says|for)\s+(his|her)\s+[a-z])`)

// extractQuotes finds the quotations of an article, their speakers as the
// text names them, and every person the narrative names.
func extractQuotes(a *text.Article) ([]rawQuote, []people.Mention) {
	st := &speakerState{gender: map[string]names.Gender{}}
	articleKnown := map[string]bool{}
	var quotes []rawQuote
	var mentions []people.Mention
	var openSpeaker people.Ref // speaker of a quotation left open at a paragraph's end
	openPending := false
	for pi, p := range a.Paragraphs {
		if p.Kind != text.Body {
			continue
		}
		ptext := p.Text
		spans := findQuoteSpans(ptext)
		m := mask(ptext, spans)
		bounds := sentenceBounds(ptext, p.Sentences)

		// People named in the narrative, in order.
		for _, run := range names.Runs(m) {
			if strings.Contains(run.Text(), "_") {
				continue
			}
			ref := refOf(m, run)
			_, roleBefore := names.PrecededByRole(m, run.Start)
			strong := run.Strong || roleBefore || len(run.Name) >= 2 && isSpeechSubject(m, run.End)
			if !strong && !articleKnown[ref.Surname()] {
				// Kept for the people index, which admits it when the surname
				// is a person's elsewhere; not used for pronouns.
				mentions = append(mentions, people.Mention{Ref: ref, Para: pi, Pos: run.Start})
				continue
			}
			articleKnown[ref.Surname()] = true
			if g := genderCueRe.FindStringSubmatch(m[run.End:]); g != nil {
				if p := g[1] + g[2]; p == "his" || p == "he" {
					st.learn(ref, names.Male)
				} else {
					st.learn(ref, names.Female)
				}
			}
			st.learn(ref, run.Gender)
			mt := people.Mention{Ref: ref, Para: pi, Pos: run.Start, Strong: strong}
			if isSpeechSubject(m, run.End) {
				mt.Speaker = true
			}
			st.events = append(st.events, mt)
			mentions = append(mentions, mt)
		}

		paraSpeaker := people.Ref{}
		var pending []int // quotes of this paragraph still without a speaker
		for qi, q := range spans {
			inner := strings.TrimSpace(q.inner(ptext))
			inner = strings.TrimRight(inner, ", ")
			if inner == "" {
				continue
			}
			ss, se := sentenceAt(bounds, q.open)
			if se == 0 {
				ss, se = 0, len(ptext)
			}
			pre := m[ss:q.open]
			if isTitleQuote(pre, inner) {
				continue
			}
			narrative := strings.ReplaceAll(m[ss:se], "_", "")
			partial := strings.TrimSpace(strings.Trim(pre, " _")) != "" && !strings.HasSuffix(strings.TrimSpace(pre), ":")
			if partial && text.WordCount(inner) <= 3 && !hasSpeechCue(narrative) {
				continue // a scare quote: a phrase set off, no one speaking
			}
			postEnd := len(m)
			if qi+1 < len(spans) {
				postEnd = spans[qi+1].open
			}
			var ref people.Ref
			var ok bool
			// A quotation that closes its sentence ("...he said.") takes no
			// attribution from the next sentence; "?" and "!" may be followed
			// by a lower-case "she asked".
			closes := strings.HasSuffix(inner, ".")
			if !q.unclosed && !closes {
				ref, ok = speakerAfter(m[q.end():postEnd])
			}
			unresolvedRole := ""
			if ok && ref.RolePhrase != "" {
				role := ref.RolePhrase
				ref, ok = st.resolveRole(role)
				if !ok {
					ref, ok = people.Ref{Nobody: true}, true
					unresolvedRole = role
				}
			}
			if !ok {
				ref, ok = speakerBefore(pre)
			}
			if ok && ref.Pronoun != "" {
				pronoun := ref.Pronoun
				ref, ok = st.resolvePronoun(pronoun, pi)
				if ok {
					if pronoun == "he" {
						st.learn(ref, names.Male)
					} else if pronoun == "she" {
						st.learn(ref, names.Female)
					}
				}
			}
			if ok && ref.Nobody {
				ref, ok = people.Ref{}, false
				// Named, but not a person: no continuation rule may guess.
				rq := rawQuote{text: inner, para: pi, sentence: strings.TrimSpace(ptext[ss:se]), partial: partial, rolePhrase: unresolvedRole}
				quotes = append(quotes, rq)
				pending = nil
				continue
			}
			if !ok && !paraSpeaker.IsZero() {
				ref, ok = paraSpeaker, true
			}
			if !ok && qi == 0 && openPending && strings.HasPrefix(strings.TrimSpace(ptext), ptext[q.open:q.open+1]) {
				ref, ok = openSpeaker, !openSpeaker.IsZero()
			}
			rq := rawQuote{text: inner, para: pi, sentence: strings.TrimSpace(ptext[ss:se]), partial: partial}
			if ok {
				rq.speaker = ref
				paraSpeaker = ref
				st.events = append(st.events, people.Mention{Ref: ref, Para: pi, Pos: q.open, Speaker: true, Strong: true})
				// Quotations earlier in the paragraph with no speaker of their
				// own belong to this one: `"A." "B," she said.`
				for _, k := range pending {
					quotes[k].speaker = ref
				}
				pending = nil
			} else {
				pending = append(pending, len(quotes))
			}
			quotes = append(quotes, rq)
			if q.unclosed {
				openSpeaker, openPending = ref, true
			}
		}
		if len(spans) == 0 || !spans[len(spans)-1].unclosed {
			openPending = false
		}
		// "The minister said:" closing a paragraph introduces the
		// quotation that opens the next one.
		if strings.HasSuffix(strings.TrimSpace(ptext), ":") && len(bounds) > 0 {
			last := bounds[len(bounds)-1]
			if ref, ok := speakerBefore(m[last[0]:last[1]]); ok {
				if ref.Pronoun != "" {
					ref, ok = st.resolvePronoun(ref.Pronoun, pi)
				}
				if ok && len(ref.Name) > 0 {
					openSpeaker, openPending = ref, true
				}
			}
		}
	}
	return quotes, mentions
}

// isSpeechSubject reports whether a speech verb follows the name ending at
// end, as in "Ushakov said" or "Ushakov, the aide, said".
func isSpeechSubject(m string, end int) bool {
	rest := m[end:]
	if strings.HasPrefix(rest, ",") {
		// Skip one short apposition.
		if j := strings.Index(rest[1:], ","); j >= 0 && j < 80 {
			rest = rest[j+2:]
		}
	}
	rest = strings.TrimLeft(rest, " ")
	for {
		f := strings.Fields(rest)
		if len(f) == 0 || !skipWords[strings.ToLower(f[0])] {
			break
		}
		rest = strings.TrimLeft(rest[len(f[0]):], " ")
	}
	// Only the start of the rest matters: look at a few words, not the whole
	// paragraph.
	if len(rest) > 40 {
		rest = rest[:40]
	}
	loc := leadingVerbRe.FindStringIndex(rest)
	return loc != nil && !participleRe.MatchString(rest[loc[0]:loc[1]]) && rest[loc[0]:loc[1]] != "according to"
}
