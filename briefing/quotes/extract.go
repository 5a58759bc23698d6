package quotes

import (
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/text"
)

// speakerState remembers who spoke and who was named, to resolve pronouns.
type speakerState struct {
	events []people.Mention
	gender map[string]names.Gender // by surname key
	// named is the sex the given name says of the latest person named in
	// full with each surname, for the surname alone: "Trump" after
	// "Donald Trump" is a man, "Clinton" after "Hillary Clinton" a woman.
	named map[string]names.Gender
}

// genderOf is what the article says of the sex of a person: a title, the
// given name, the given name of the latest person named in full with the
// surname, or what the text said of the surname.
func (st *speakerState) genderOf(ref people.Ref) names.Gender {
	if ref.Gender != names.GenderUnknown {
		return ref.Gender
	}
	surname := false // the one word is a surname of a full name seen
	if len(ref.Name) > 1 {
		if g := names.FirstNameGender(ref.Name[0]); g != names.GenderUnknown {
			return g
		}
	} else if g, ok := st.named[ref.Surname()]; ok {
		if g != names.GenderUnknown {
			return g
		}
		surname = true
	}
	if g, ok := st.gender[ref.Surname()]; ok {
		return g
	}
	if len(ref.Name) == 1 && !surname {
		// A person called by a given name alone ("Emma", "Brooke"),
		// as features and interviews do; not "Omar" after "Ilhan Omar".
		return names.FirstNameGender(ref.Name[0])
	}
	return names.GenderUnknown
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
		if r != "" && names.RoleNames(r, role) && len(st.events[i].Ref.Name) > 0 {
			return st.events[i].Ref, true
		}
	}
	return people.Ref{}, false
}

// Pronoun resolution weighs each person named in the paragraphs before:
// nearer is better, and a speaker, a sentence's subject and a person whose
// sex is known to fit are likelier antecedents than a person merely named.
// The weights are the middle of the best plateau of a grid search over the
// PolNeAR train split (speaker accuracy 0.891 there with 1.2, 0.5 and 1.0;
// 0.897 with these): a subject counts for about a paragraph's distance.
// Searched again with the larger list of given names, the known-sex weight
// is flat from 0.2 to 0.9 (0.906) and worse at 1.2.
const (
	pronounReach    = 3 // paragraphs back
	pronounSpeaker  = 0.9
	pronounSubject  = 1.1
	pronounKnownSex = 0.6
)

// resolvePronoun finds the person a pronoun names: the best candidate of
// the same or the few paragraphs before whose sex fits, else the latest
// person named who fits. A person named in paragraph para at or after byte
// offset before comes after the pronoun and cannot be what it stands for
// (`"...," she said after reading the Trump campaign's plan`).
func (st *speakerState) resolvePronoun(pronoun string, para, before int) (people.Ref, bool) {
	return st.resolvePronounOf(pronoun, para, before, "")
}

// pronounNamedInQuote is taken off the score of a person the quotation
// itself names: people seldom speak of themselves by name ("Michael is in
// the category of players who would excite the fans," he told ...).
const pronounNamedInQuote = 1.5

// resolvePronounOf is resolvePronoun for the speaker of quotation quote.
func (st *speakerState) resolvePronounOf(pronoun string, para, before int, quote string) (people.Ref, bool) {
	var want names.Gender
	switch pronoun {
	case "he":
		want = names.Male
	case "she":
		want = names.Female
	default:
		return people.Ref{}, false // "they", "we", "I": no single person
	}
	after := func(m people.Mention) bool { return m.Para == para && m.Pos >= before }
	best, bestScore := -1, math.Inf(-1)
	for i := len(st.events) - 1; i >= 0; i-- {
		m := st.events[i]
		d := para - m.Para
		if d > pronounReach {
			break
		}
		g := st.genderOf(m.Ref)
		if len(m.Ref.Name) == 0 || g != names.GenderUnknown && g != want || after(m) {
			continue
		}
		s := -float64(d)
		if m.Speaker {
			s += pronounSpeaker
		}
		if m.Subject {
			s += pronounSubject
		}
		if g == want {
			s += pronounKnownSex
		}
		if quote != "" && namedIn(quote, m.Ref) {
			s -= pronounNamedInQuote
		}
		// A tie goes to the later mention: events are in reading order
		// but for roles, which are read after a paragraph's names.
		if s > bestScore || s == bestScore && m.Para == st.events[best].Para && m.Pos > st.events[best].Pos {
			best, bestScore = i, s
		}
	}
	// The pronoun tells the person's sex, which picks them out of others
	// of the surname ("Clinton ... he said").
	sexed := func(r people.Ref) people.Ref {
		if r.Gender == names.GenderUnknown {
			r.Gender = want
		}
		return r
	}
	if best >= 0 {
		return sexed(st.events[best].Ref), true
	}
	for i := len(st.events) - 1; i >= 0; i-- {
		m := st.events[i]
		if g := st.genderOf(m.Ref); !after(m) && len(m.Ref.Name) > 0 && (g == names.GenderUnknown || g == want) {
			return sexed(m.Ref), true
		}
	}
	return people.Ref{}, false
}

// namedIn reports whether quote names the person: their given name or
// surname as a capitalised word of it.
func namedIn(quote string, r people.Ref) bool {
	for _, w := range r.Name {
		if len(w) < 3 {
			continue // an initial
		}
		for from := 0; ; {
			i := strings.Index(quote[from:], w)
			if i < 0 {
				break
			}
			i += from
			if wordBounded(quote, i, i+len(w)) {
				return true
			}
			from = i + len(w)
		}
	}
	return false
}

// latestBody is the body that spoke last before byte offset before of
// paragraph para: one the names marked a body ("the IAAF"), within the
// paragraphs a pronoun reaches, or, in this paragraph or the one before, a
// lone name that no title, role, full name or pronoun made a person's
// ("Google said").
func (st *speakerState) latestBody(para, before int) (people.Ref, bool) {
	for i := len(st.events) - 1; i >= 0; i-- {
		m := st.events[i]
		if para-m.Para > pronounReach {
			break
		}
		if !m.Speaker || m.Para == para && m.Pos >= before {
			continue
		}
		if r := m.Ref; r.Body != "" || para-m.Para <= 1 && st.maybeBody(r) {
			return r, true
		}
	}
	return people.Ref{}, false
}

// maybeBody reports whether a name may be a body's: one word, with no
// title or role, no full name's surname and no sex the text gave it.
func (st *speakerState) maybeBody(r people.Ref) bool {
	if len(r.Name) != 1 || len(r.Title) > 0 || r.Role != "" {
		return false
	}
	if _, ok := st.named[r.Surname()]; ok {
		return false
	}
	return st.genderOf(r) == names.GenderUnknown
}

// genderCueRe finds a pronoun that can only stand for the name before it:
// the subject of its own reported speech ("Pelosi said last week that she
// would"), or a possessive after its verb ("Trump, for his part", "Lee
// said her firm"). An object ("spoke after her") tells nothing.
var genderCueRe = regexp.MustCompile(`^[,\s]*(?:(?:[a-z]+,?\s+){0,3}?(?:said|says|added|adds|explained|insisted|argued|claimed|warned|noted)\s+(?:[a-z]+\s+){0,2}?(?:that\s+)?(he|she)\b|(?:[a-z]+\s+){0,2}?(?:said|says|for)\s+(his|her)\s+[a-z])`)

// genderCue matches genderCueRe at the start of s. A match holds only
// lower-case letters, commas and spaces, so the expression is given the
// run of those that opens s and the rune after it, which its \b reads:
// s may be the rest of a long paragraph.
func genderCue(s string) []string {
	end := 0
	for end < len(s) {
		c := s[end]
		if !('a' <= c && c <= 'z' || c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
			break
		}
		end++
	}
	if end < len(s) {
		_, n := utf8.DecodeRuneInString(s[end:])
		end += n
	}
	// Every match holds "he", "she", "his" or "her" as a word: most runs
	// hold none.
	if w := s[:end]; pronounWord(w) {
		return genderCueRe.FindStringSubmatch(w)
	}
	return nil
}

// pronounWord reports whether s holds "he", "she", "his" or "her" as a
// run of lower-case ASCII letters of its own.
func pronounWord(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < 'a' || s[i] > 'z' {
			i++
			continue
		}
		j := i
		for j < len(s) && 'a' <= s[j] && s[j] <= 'z' {
			j++
		}
		switch s[i:j] {
		case "he", "she", "his", "her":
			return true
		}
		i = j
	}
	return false
}

// extractor reads one article's paragraphs in order, remembering what later
// paragraphs need: who was named and who spoke.
type extractor struct {
	st    speakerState
	known map[string]bool // surnames the article has marked as people
	// nameWords are the folded words of every full name the article has
	// written so far ("Steven Law" makes a later "Law said" a name).
	nameWords map[string]bool
	quotes    []rawQuote
	mentions  []people.Naming
	// open is the speaker of a quotation left open at a paragraph's end, or
	// introduced by a paragraph ending "X said:"; openPending says the next
	// paragraph may take it.
	open        people.Ref
	openPending bool
	// last is the latest speaker of a quotation, in body paragraph lastPara
	// (counted over body paragraphs only).
	last     people.Ref
	lastPara int
	bodyPara int
	// prev is the body paragraph before the one being read.
	prev paragraphView
	// title is the article's headline, read for the person it names only
	// when a role no one in the text held speaks.
	title string
	// record, when set, receives each quotation the rules leave without a
	// speaker and the ranker's alternatives: the training view.
	record func(quote string, null features, cs []candidate)
}

// paragraphView is a body paragraph with its quotations found and masked.
type paragraphView struct {
	index  int
	text   string
	masked string // text with every quotation blanked, for reading narrative
	spans  []quoteSpan
	bounds [][2]int    // sentence byte ranges
	runs   []names.Run // the capitalised runs of masked
}

// extractQuotes finds the quotations of an article, their speakers as the
// text names them, and every person the narrative names.
func extractQuotes(a *text.Article) ([]rawQuote, []people.Naming) {
	e := newExtractor()
	buf := eventBuffers.Get().(*[]people.Mention)
	e.st.events = *buf
	e.run(a)
	*buf = e.st.events // grown, it serves a longer article next
	clear(*buf)        // nothing read of this article stays reachable
	eventBuffers.Put(buf)
	return e.quotes, e.mentions
}

// eventBuffers lend extractors their lists of events: no extraction keeps
// its own, and each is as long as its article's names.
var eventBuffers = sync.Pool{New: func() any { return new([]people.Mention) }}

func newExtractor() *extractor {
	return &extractor{st: speakerState{gender: map[string]names.Gender{}, named: map[string]names.Gender{}}, known: map[string]bool{}, nameWords: map[string]bool{}}
}

// run reads the body paragraphs of a in order.
func (e *extractor) run(a *text.Article) {
	e.title = a.Title
	// Every paragraph's names are read first: their count sizes the lists
	// of mentions, which otherwise grow by copying, a mention being large.
	views := make([]paragraphView, 0, len(a.Paragraphs))
	runs, quoted := 0, 0
	for pi, p := range a.Paragraphs {
		if p.Kind != text.Body {
			continue
		}
		spans, nicknames := splitNicknames(p.Text, findQuoteSpans(p.Text))
		v := paragraphView{index: pi, text: p.Text, masked: blank(mask(p.Text, spans), nicknames), spans: spans, bounds: sentenceBounds(p.Text, p.Sentences)}
		v.runs = names.Runs(v.masked)
		runs += len(v.runs)
		quoted += len(spans)
		views = append(views, v)
	}
	// Extract adds a mention for each quotation's speaker.
	e.mentions = make([]people.Naming, 0, runs+quoted)
	e.st.events = slices.Grow(e.st.events[:0], runs)
	for _, v := range views {
		e.bodyPara++
		e.readNarrative(v)
		e.attributeQuotes(v)
		e.carryOver(v)
		e.prev = v
	}
}

// readNarrative records the people the paragraph's narrative names, in
// order, and what it says of their sex.
func (e *extractor) readNarrative(v paragraphView) {
	m, runs := v.masked, v.runs
	from := len(e.st.events)
	for k, run := range runs {
		if slices.ContainsFunc(run.Name, func(w string) bool { return strings.Contains(w, "_") }) {
			continue
		}
		ref, roleBefore := refAndRoleBefore(m, run)
		if len(run.Name) > 1 {
			for _, w := range run.Name {
				e.nameWords[names.Fold(w)] = true
			}
		} else if isParticiple(run.Name[0]) && verbNotNounLeads(m[run.End:]) {
			// "Rowling said", "Darling told MPs": a word that looks like
			// a participle but is a speech verb's subject is a name.
			e.nameWords[names.Fold(run.Name[0])] = true
		}
		if e.commonWord(ref) {
			continue
		}
		if k+1 < len(runs) && modifiesNext(m[run.End:runs[k+1].Start]) {
			// "Arizona governor Jan Brewer", "Obama adviser David
			// Axelrod": the run qualifies the person named next, whom a
			// pronoun after them stands for.
			e.mentions = append(e.mentions, people.Mention{Ref: ref}.Naming())
			continue
		}
		if qualifiesGroup(m[run.End:]) {
			// "Clinton aides said", "Trump supporters chanted": the run
			// qualifies a group, and what the group says is no one's
			// of it.
			e.mentions = append(e.mentions, people.Mention{Ref: ref}.Naming())
			continue
		}
		speaks := isSpeechSubject(m, run.End) || accordingTo(m, run.Start) || closesApposition(m, run) || invertedSpeaker(m, run)
		strong := run.Strong || roleBefore || speaks && !afterPreposition(m, run.Start) ||
			len(run.Name) >= 2 && names.FirstNameGender(run.Name[0]) != names.GenderUnknown
		sn := ref.Surname() // folded once for the three lookups below
		if !strong && !e.known[sn] {
			// Kept for the people index, which admits it when the surname
			// is a person's elsewhere; not used for pronouns.
			e.mentions = append(e.mentions, people.Mention{Ref: ref}.Naming())
			continue
		}
		e.known[sn] = true
		if g := genderCue(m[run.End:]); g != nil {
			if p := g[1] + g[2]; p == "his" || p == "he" {
				e.st.learn(ref, names.Male)
			} else {
				e.st.learn(ref, names.Female)
			}
		}
		e.st.learn(ref, run.Gender)
		if len(run.Name) > 1 {
			e.st.named[sn] = names.FirstNameGender(run.Name[0])
		}
		mt := people.Mention{Ref: ref, Para: v.index, Pos: run.Start, Strong: strong, Subject: isSubject(v, runs, k)}
		mt.Speaker = speaks
		e.st.events = append(e.st.events, mt)
		e.mentions = append(e.mentions, mt.Naming())
	}
	e.speakersAreSubjects(v, from)
	e.readRoleSubjects(v)
}

// readRoleSubjects records the person a role names when the role opens a
// sentence as a speech verb's subject ("But the Tory leader argued"): a
// pronoun after it stands likelier for that person than for one merely
// named since.
func (e *extractor) readRoleSubjects(v paragraphView) {
	for _, b := range v.bounds {
		s := v.masked[b[0]:b[1]]
		lead := strings.TrimLeft(s, " ")
		if w, rest, ok := strings.Cut(lead, " "); ok && conjunctions.HasLower(w) {
			lead = rest
		}
		if len(lead) < 4 || !strings.EqualFold(lead[:4], "the ") {
			continue // a role subject opens on "the"
		}
		// The role's head noun within a few words, a speech verb right
		// after it: read word by word, as most sentences have neither.
		at := len(s) - len(lead) + 4
		for k := 0; k < maxRoleWords && at < len(s); k++ {
			w, _, _ := strings.Cut(s[at:], " ")
			if w == "" || strings.ContainsAny(w, ",.;:_") {
				break
			}
			at += len(w)
			if !names.IsRoleWordInAnyCase(w) || !verbNotNounLeads(s[at:]) {
				at++
				continue
			}
			ref, ok := subjectBefore(s, at)
			if !ok || ref.RolePhrase == "" {
				break
			}
			if person, ok := e.st.resolveRole(ref.RolePhrase); ok {
				e.st.events = append(e.st.events, people.Mention{Ref: person, Para: v.index, Pos: b[0] + len(s) - len(lead), Speaker: true, Subject: true, Strong: true})
			}
			break
		}
	}
}

// maxRoleWords is how many words after "the" a role's head noun may be:
// "the shadow home secretary".
const maxRoleWords = 4

// closesApposition reports whether a full name with a known given name
// stands between commas as an apposition and a speech verb follows the
// second: "The BBC's correspondent in Jakarta, Rachel Harvey, told".
func closesApposition(m string, run names.Run) bool {
	if len(run.Name) < 2 || names.FirstNameGender(run.Name[0]) == names.GenderUnknown {
		return false
	}
	rest, ok := strings.CutPrefix(m[run.End:], ",")
	return ok && strings.HasSuffix(strings.TrimRight(m[:run.Start], " "), ",") && speechVerbLeads(rest)
}

// qualifiesGroup reports whether the text after a name opens with a role
// noun's plural, the name qualifying a group: "[Clinton] aides said".
func qualifiesGroup(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	end := strings.IndexAny(rest, " ,.;:")
	if end < 0 {
		end = len(rest)
	}
	w := rest[:end]
	return w != "" && isLowerWord(w) && names.IsPluralRole(w)
}

// lowerHyphenPart reports whether a hyphenated word has a part in lower
// case, as "Oscar-nominated", "British-born" and "Hip-hop" have and no
// name ("Henin-Hardenne") does.
func lowerHyphenPart(w string) bool {
	parts := strings.Split(w, "-")
	for _, p := range parts[1:] {
		if r, _ := utf8.DecodeRuneInString(p); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// lastWordAt returns the offset in s of the last occurrence of the
// lower-case word w, in any case and standing alone, or -1.
func lastWordAt(s, w string) int {
	if w == "" {
		return -1
	}
	l, at := lowerWithOffsets(s)
	for end := len(l); end > 0; {
		i := strings.LastIndex(l[:end], w)
		if i < 0 {
			return -1
		}
		if wordBounded(l, i, i+len(w)) {
			return offsetIn(at, i)
		}
		end = i
	}
	return -1
}

// firstWordAt is lastWordAt for the first place the word stands.
func firstWordAt(s, w string) int {
	if w == "" {
		return -1
	}
	l, at := lowerWithOffsets(s)
	for from := 0; from < len(l); {
		i := strings.Index(l[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		if wordBounded(l, i, i+len(w)) {
			return offsetIn(at, i)
		}
		from = i + 1
	}
	return -1
}

// wordBounded reports whether l[i:j] is a whole word of l.
func wordBounded(l string, i, j int) bool {
	return (i == 0 || !text.IsWordByte(l[i-1])) && (j == len(l) || !text.IsWordByte(l[j]))
}

// offsetIn maps offset i of a lowered copy back to the text it was
// lowered from, through lowerWithOffsets' table when it made one.
func offsetIn(at []int, i int) int {
	if at != nil {
		return at[i]
	}
	return i
}

// lowerWithOffsets returns strings.ToLower(s) and, when lowering moved any
// rune (a capital whose lower case is written in more or fewer bytes, as
// "İ" or the Kelvin sign, or a byte that is no UTF-8), the offset in s of
// the rune each byte of the lower case came from; nil when every rune
// stands where it stood.
func lowerWithOffsets(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	at := make([]int, 0, len(s))
	moved := false
	for i, r := range s {
		n := b.Len()
		moved = moved || n != i
		b.WriteRune(unicode.ToLower(r))
		for range b.Len() - n {
			at = append(at, i)
		}
	}
	if !moved && b.Len() == len(s) {
		return b.String(), nil
	}
	return b.String(), at
}

// accordingTo reports whether the name at i is the source of an "according
// to" phrase, which reports its speech as a speech verb does.
func accordingTo(s string, i int) bool {
	to := strings.TrimRight(s[:i], " ")
	return wordBefore(s, i) == "to" && wordBefore(to, len(to)-2) == "according"
}

// modifiesNext reports whether the words between two capitalised runs are
// a bare role, so the first run qualifies the second: "Obama adviser" but
// not "Okafor and his rival" or "Lund, the mayor,".
func modifiesNext(between string) bool {
	if strings.Contains(between, ",") || !roleLeadsTo(between) {
		return false
	}
	for _, w := range strings.Fields(between) {
		if text.IsStopWord(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// speakersAreSubjects makes the person a sentence says spoke its subject,
// for pronouns, in place of a person named before in it who does not
// ("Lee and Ng will need time," Kahn said): the events
// of paragraph v are those from index from.
func (e *extractor) speakersAreSubjects(v paragraphView, from int) {
	evs := e.st.events[from:]
	for i := range evs {
		if !evs[i].Speaker {
			continue
		}
		ss, se := sentenceAt(v.bounds, evs[i].Pos)
		for j := range evs {
			if p := evs[j].Pos; p >= ss && p < se {
				evs[j].Subject = evs[j].Speaker
			}
		}
	}
}

// attributeQuotes finds the speaker of each quotation of the paragraph. A
// quotation with no speaker of its own takes the one of a later quotation
// of the same paragraph (`"A." "B," she said.`), or an earlier one's.
func (e *extractor) attributeQuotes(v paragraphView) {
	paraSpeaker := people.Ref{}
	// pending are the quotes of this paragraph still without a speaker.
	type pendingQuote struct {
		index   int
		span    quoteSpan
		partial bool
		// pronounAt and pronounSex are rawQuote's.
		pronounAt  int
		pronounSex names.Gender
	}
	var pending []pendingQuote
	for qi, q := range v.spans {
		inner := strings.TrimRight(strings.TrimSpace(q.inner(v.text)), ", ")
		if inner == "" || isStageDirection(inner) {
			continue
		}
		ss, se := sentenceAt(v.bounds, q.open)
		if se == 0 {
			ss, se = 0, len(v.text)
		}
		pre := v.masked[ss:q.open]
		postEnd := len(v.masked)
		if qi+1 < len(v.spans) {
			postEnd = v.spans[qi+1].open
		}
		if isTitleQuote(pre, inner) && !opensAttributedSentence(v, q, pre, postEnd) {
			continue
		}
		partial := strings.TrimSpace(strings.Trim(pre, " _")) != "" && !strings.HasSuffix(strings.TrimSpace(pre), ":")
		if partial && text.WordCount(inner) <= 3 && !narrativeHasSpeechCue(v.masked[ss:se]) {
			continue // a scare quote: a phrase set off, no one speaking
		}
		rq := rawQuote{text: inner, para: v.index, sentence: strings.TrimSpace(v.text[ss:se]), partial: partial, pronounAt: -1}
		ref, ok, named := e.speakerOf(v, q, pre, v.masked[q.end():postEnd], &rq)
		if named && !ok {
			// Named, but not a person: no continuation rule may guess.
			e.quotes = append(e.quotes, rq)
			pending = nil
			continue
		}
		// A continuation is no one of the other sex than an unresolved
		// "he" or "she" of the quotation says.
		fits := func(r people.Ref) bool {
			g := e.st.genderOf(r)
			return rq.pronounSex == names.GenderUnknown || g == names.GenderUnknown || g == rq.pronounSex
		}
		if !ok && !paraSpeaker.IsZero() && fits(paraSpeaker) {
			ref, ok = paraSpeaker, true
		}
		if !ok && qi == 0 && e.openPending && strings.HasPrefix(strings.TrimSpace(v.text), v.text[q.open:q.open+1]) && fits(e.open) {
			ref, ok = e.open, !e.open.IsZero()
		}
		if !ok && onlyQuotation(v.masked) && e.lastPara == e.bodyPara-1 && !e.last.IsZero() && fits(e.last) {
			// A paragraph that is nothing but a quotation goes on with the
			// speaker of the paragraph before.
			ref, ok = e.last, true
		}
		if ok {
			rq.speaker = ref
			paraSpeaker = ref
			e.last, e.lastPara = ref, e.bodyPara
			e.st.events = append(e.st.events, people.Mention{Ref: ref, Para: v.index, Pos: q.open, Speaker: true, Strong: true})
			for _, p := range pending {
				e.quotes[p.index].speaker = ref
			}
			pending = nil
		} else {
			pending = append(pending, pendingQuote{len(e.quotes), q, partial, rq.pronounAt, rq.pronounSex})
		}
		e.quotes = append(e.quotes, rq)
		if q.unclosed {
			e.open, e.openPending = ref, true
		}
	}
	for _, p := range pending {
		if ref, ok := e.guessSpeaker(v, p.span, p.partial, p.pronounAt, p.pronounSex); ok {
			e.quotes[p.index].speaker = ref
		}
	}
}

// opensAttributedSentence reports whether quotation q opens its sentence and
// an attribution follows its comma: `"Trade With the U.S.," Okonjo said` is
// speech however its words are capitalised.
func opensAttributedSentence(v paragraphView, q quoteSpan, pre string, postEnd int) bool {
	post := v.masked[q.end():postEnd]
	if strings.Trim(pre, " _") != "" || !strings.HasSuffix(strings.TrimSpace(q.inner(v.text)), ",") && !strings.HasPrefix(post, ",") {
		return false
	}
	_, said := speakerAfter(post)
	return said
}

// isStageDirection reports whether a quotation is only a transcript's
// note in brackets, "(CROSSTALK)", "[LAUGHTER.]": no one's words.
func isStageDirection(inner string) bool {
	t := strings.TrimSuffix(inner, ".")
	return len(t) > 2 && (t[0] == '(' && t[len(t)-1] == ')' || t[0] == '[' && t[len(t)-1] == ']') &&
		strings.ToUpper(t) == t
}

// transcriptLabelRe matches the label of a transcript's turn: a name in
// capitals and a colon, "PENCE: ", "CHRIS WALLACE: ", "Q: ".
var transcriptLabelRe = regexp.MustCompile(`^([A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,2}):\s+\S`)

// notSpeakerLabels are capitalised labels that head a paragraph but name
// no one.
var notSpeakerLabels = text.NewWordSet(
	"UPDATE", "BREAKING", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE",
	"CORRECTION", "WATCH", "READ", "VIDEO", "PHOTO", "SOURCE",
	"RELATED", "ADVERTISEMENT", "WARNING", "FACT", "CLAIM",
)

// transcriptTurn splits a quotation that is a transcript's turn into the
// speaker's name, in title case ("" for an unnamed questioner, "Q:"), and
// the words spoken. ok is false for anything else.
func transcriptTurn(quote string) (label, words string, ok bool) {
	m := transcriptLabelRe.FindStringSubmatch(quote)
	if m == nil || notSpeakerLabels.Has(m[1]) {
		return "", "", false
	}
	words = strings.TrimSpace(quote[len(m[1])+1:])
	if len(m[1]) == 1 {
		return "", words, true
	}
	var name []string
	for _, w := range strings.Fields(m[1]) {
		if utf8.RuneCountInString(w) < 2 {
			return "", "", false
		}
		name = append(name, titleCase(w))
	}
	return strings.Join(name, " "), words, true
}

// titleCase writes a name given in capitals as a name: "O'NEILL" is
// "O'Neill", "SMITH-JONES" "Smith-Jones".
func titleCase(w string) string {
	var b strings.Builder
	upper := true
	for _, r := range w {
		if upper {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		upper = r == '\'' || r == '’' || r == '-' || r == '.'
	}
	return b.String()
}

// speakerOf reads who the text says spoke a quotation: an attribution after
// it, else one before it in its sentence, else the subject of a sentence
// that introduces it with a colon; roles and pronouns are resolved to the
// people named before. named is set when the text names a speaker, even
// one that is no person; an unresolved role is kept on rq for the people
// index.
func (e *extractor) speakerOf(v paragraphView, q quoteSpan, pre, post string, rq *rawQuote) (ref people.Ref, ok, named bool) {
	if label, words, ok := transcriptTurn(rq.text); ok {
		// "WALLACE: Let's start with ...": a quoted transcript names the
		// speaker of each turn.
		rq.text = words
		if label == "" {
			return people.Ref{}, false, true // "Q:", a questioner unnamed
		}
		ref := people.Named(strings.Fields(label))
		ref.Mention = strings.ToUpper(label)
		ref.MentionPara = v.index
		return ref, true, true
	}
	// at is where the speaker's words begin, for a pronoun among them.
	at := q.open
	// A speaker named after the quotation in a subordinate clause
	// (`Sims say he was "riding the fence" until Haley said`) stands only
	// when the sentence names none before it.
	var subordinate *people.Ref
	// A quotation that closes its sentence ("...he said.") takes no
	// attribution from the next sentence; "?" and "!" may be followed by a
	// lower-case "she asked".
	if !q.unclosed && !closesSentence(q.inner(v.text)) {
		ref, ok = speakerAfter(post)
		if ok && ref.Nobody {
			// `"...," West said`, `said White.`: a word that names no one
			// alone (a compass point, a colour, a weekday, a title) is the
			// surname of a person the article has named in full.
			if r, found := e.knownSurname(bareWordSpeaker(post)); found {
				ref = r
			}
		}
		if ok && afterSubordinator(post) {
			subordinate, ok = &ref, false
		}
		if ok {
			at = q.end()
		}
	}
	if !ok && passiveSpeech(pre) {
		// `have been described as "idle speculation" by Downing Street`:
		// the agent after "by" spoke.
		if agent, found := strings.CutPrefix(strings.TrimLeft(post, " "), "by "); found {
			ref, ok = agentOf(agent)
		}
	}
	if !ok {
		ref, ok = speakerBefore(pre)
		if !ok || ref.Nobody {
			// `King says Ali "talked the talk"`: the same, before the
			// quotation.
			if r, found := e.knownSurname(bareWordSubject(pre)); found {
				ref, ok = r, true
			}
		}
		if i := lastWordAt(pre, ref.Pronoun); ok && i >= 0 {
			// "he characterized Sen. Tim Kaine as "...": a person named
			// after the pronoun is no one it stands for.
			at = q.open - len(pre) + i
		}
	}
	if !ok && participleAfter(post) && strings.Trim(pre, " _") != "" {
		// `X sent Mr Bush his "warmest congratulations", saying`: the
		// participle's subject, the sentence's, speaks.
		ref, ok = clauseSubject(pre)
		if i := firstWordAt(pre, ref.Pronoun); ok && i >= 0 {
			// "He said Mr Blair had spoken with "such sincerity",
			// adding": no one named after the pronoun.
			at = q.open - len(pre) + i
		}
		if !ok {
			// A subject the rules cannot read is still someone the text
			// names: no guess may put another in its place.
			return people.Ref{}, false, true
		}
	}
	if !ok && strings.HasSuffix(strings.TrimRight(pre, " _"), ":") {
		// "Senator X delivered a blunt message: "...": the subject of the
		// sentence that introduces the quotation speaks it.
		ref, ok = colonSubject(pre)
	}
	if !ok && strings.Trim(pre, " _") == "" {
		// `X agreed. "..."`: a quotation that opens its sentence takes the
		// speaker of the narrative sentence just before it.
		if prev := previousSentence(v, q.open); prev != "" && !strings.Contains(prev, "_") {
			ref, ok = speakerBefore(prev)
		}
	}
	if !ok && subordinate != nil {
		ref, ok, at = *subordinate, true, q.end()
	}
	if !ok || e.commonWord(ref) {
		return people.Ref{}, false, false
	}
	mention := mentionOf(ref)
	switch {
	case ref.RolePhrase != "":
		role := ref.RolePhrase
		if introducedUnnamed(e.prev.masked+" "+v.masked[:q.open], role) {
			return people.Ref{}, false, true
		}
		if ref, ok = e.st.resolveRole(role); !ok {
			if ref, ok = e.headlinePerson(role); !ok {
				rq.rolePhrase = role
				return people.Ref{}, false, true
			}
		}
	case ref.Pronoun == "it":
		// A body speaks: the latest that spoke before, else no one. A
		// person is never "it".
		body, found := e.st.latestBody(v.index, at)
		if !found {
			return people.Ref{}, false, true
		}
		body.Mention, body.MentionPara = mention, v.index
		return body, true, false
	case ref.Pronoun != "":
		pronoun := ref.Pronoun
		if ref, ok = e.st.resolvePronounOf(pronoun, v.index, at, q.inner(v.text)); !ok {
			if pronoun == "he" || pronoun == "she" {
				rq.pronounAt = at // one person, named before
				rq.pronounSex = map[string]names.Gender{"he": names.Male, "she": names.Female}[pronoun]
			}
			return people.Ref{}, false, false
		}
		if pronoun == "he" {
			e.st.learn(ref, names.Male)
		} else if pronoun == "she" {
			e.st.learn(ref, names.Female)
		}
	case ref.Nobody:
		return people.Ref{}, false, true
	case ref.Body != "":
		if strings.Contains(ref.Body, " ") || !e.known[names.SurnameKey(ref.Body)] {
			ref.Mention, ref.MentionPara = ref.Body, v.index
			return ref, true, false
		}
		// "the Kok report said": a body's one word the article showed to
		// be a person's surname is that person.
		ref = people.Named([]string{ref.Body})
		mention = ref.Name[0]
	}
	ref.Mention, ref.MentionPara = mention, v.index
	return ref, true, false
}

// knownSurname returns the person a word found alone names, when the
// article has marked it as a person's surname.
func (e *extractor) knownSurname(w string, found bool) (people.Ref, bool) {
	if !found || !e.known[names.SurnameKey(w)] {
		return people.Ref{}, false
	}
	return people.Named([]string{w}), true
}

// headlinePerson is the person the headline names, for a role no one in
// the text was seen to hold: "Gardener wins double in Glasgow" and "said
// the world indoor champion". The headline must name one person of the
// article, and the role be of the kind that stands for the story's
// subject (not "the spokesman", "the judge"); a person seen with another
// role is not taken.
func (e *extractor) headlinePerson(role string) (people.Ref, bool) {
	head := role[strings.LastIndexByte(role, ' ')+1:]
	if e.title == "" || unnamedRoles.Has(head) || offices.Has(head) || names.IsDemonym(head) {
		// An office ("the chancellor") is held by someone the text may
		// not have named with it; a nationality ("the American") may be
		// the opponent's.
		return people.Ref{}, false
	}
	if first, _, _ := strings.Cut(role, " "); roleQualifiers.Has(first) {
		return people.Ref{}, false // "the shadow chancellor", "the former coach"
	}
	// The headline's words, not its name runs: a headline opens on the
	// surname ("Dunne keen to commit to Man City"), which a run at a
	// sentence's start does not take alone.
	var found people.Ref
	for _, w := range strings.Fields(e.title) {
		w = withoutPossessive(names.TrimToken(w))
		if !capitalised(w) {
			continue
		}
		sn := names.SurnameKey(w)
		for i := len(e.st.events) - 1; i >= 0; i-- {
			r := e.st.events[i].Ref
			if len(r.Name) == 0 || r.Surname() != sn {
				continue
			}
			if !found.IsZero() && found.Surname() != sn {
				return people.Ref{}, false // two people in the headline
			}
			if l := strings.ToLower(r.Role); l != "" && !names.RoleNames(l, role) {
				return people.Ref{}, false
			}
			if len(r.Name) > len(found.Name) {
				found = r
			}
		}
	}
	// A full name with a given name the lexicon knows: a headline's
	// capitalised words are often a title's ("Da Vinci Code").
	if len(found.Name) < 2 || names.FirstNameGender(found.Name[0]) == names.GenderUnknown {
		return people.Ref{}, false
	}
	return found, true
}

// offices are roles one holder has at a time, whom the text may not have
// named with it: "the chancellor said" in a story on someone else.
var offices = text.NewWordSet(
	"president", "minister", "secretary", "chancellor", "senator",
	"governor", "mayor", "ambassador", "premier", "speaker", "whip",
	"commissioner", "leader", "king", "queen", "pope", "chief",
	"general", "treasurer", "envoy", "emir", "sultan",
)

// roleQualifiers open a role held by someone else than the one the bare
// role names.
var roleQualifiers = text.NewWordSet("shadow", "former", "deputy", "vice", "assistant", "acting", "ex", "new", "opposition")

// unnamedRoles are the roles that, unresolved, stand for someone other
// than the story's subject: "the spokesman said", "the judge told".
var unnamedRoles = text.NewWordSet(
	"spokesman", "spokeswoman", "spokesperson", "official", "source",
	"aide", "insider", "analyst", "expert", "lawyer", "attorney",
	"executive", "witness", "researcher", "economist", "adviser",
	"advisor", "doctor", "officer", "worker", "employee", "resident",
	"voter", "fan", "member", "representative", "campaigner", "activist",
	"critic", "observer", "dealer", "trader", "banker", "broker",
	"manager", "judge", "prosecutor", "detective", "police", "chairman",
	"director", "founder", "organiser", "organizer", "owner", "friend",
	"neighbour", "neighbor", "relative", "colleague", "rival", "opponent",
	"agent", "coach", "boss", "bishop", "author", "writer", "reporter",
	"correspondent", "host", "interviewer", "partner", "wife", "husband",
	"mother", "father", "son", "daughter", "brother", "sister",
	"narrator", "announcer", "caller", "listener", "viewer", "reader",
)

// introducedUnnamed reports whether the last mention of the role in text
// brings in someone without a name ("quoted an unnamed executive at
// Euronext"): "the executive" then stands for that one, not for a person
// of the role named elsewhere ("LSE's chief executive Clara Furse").
func introducedUnnamed(text, role string) bool {
	head := role[strings.LastIndexByte(role, ' ')+1:]
	words := strings.Fields(text)
	for i := len(words) - 1; i >= 0; i-- {
		w := words[i]
		if !strings.EqualFold(strings.TrimRight(w, ",.;:"), head) {
			continue
		}
		if i+1 < len(words) && capitalised(words[i+1]) && !strings.ContainsAny(w, ".;:") {
			return false // "a spokesman, Tom Hale,", "spokesman Tom Hale"
		}
		for k := i - 1; k >= 0 && k >= i-indefiniteReach; k-- {
			switch strings.ToLower(words[k]) {
			case "a", "an", "one", "another":
				return true
			}
			if strings.ContainsAny(words[k], ",.;:") {
				break
			}
		}
		return false
	}
	return false
}

// indefiniteReach is how many words may stand between "a" and the role
// it brings in: "an unnamed senior executive".
const indefiniteReach = 3

// mentionOf is the words a reference was read from.
func mentionOf(ref people.Ref) string {
	switch {
	case ref.Pronoun != "":
		return ref.Pronoun
	case ref.RolePhrase != "":
		return "the " + ref.RolePhrase
	case ref.Body != "":
		return ref.Body
	}
	return strings.Join(append(append([]string(nil), ref.Title...), ref.Name...), " ")
}

// carryOver decides what the next paragraph may inherit: the speaker of a
// quotation left open, or of a closing "The minister said:".
func (e *extractor) carryOver(v paragraphView) {
	if len(v.spans) == 0 || !v.spans[len(v.spans)-1].unclosed {
		e.openPending = false
	}
	if strings.HasSuffix(strings.TrimSpace(v.text), ":") && len(v.bounds) > 0 {
		last := v.bounds[len(v.bounds)-1]
		if ref, ok := speakerBefore(v.masked[last[0]:last[1]]); ok {
			if ref.Pronoun != "" {
				ref, ok = e.st.resolvePronoun(ref.Pronoun, v.index, last[0])
			}
			if ok && len(ref.Name) > 0 {
				e.open, e.openPending = ref, true
			}
		}
	}
}

// maxApposition bounds the words between a name and its verb read as an
// apposition: a role, an employer, a relative clause ("Ann Lee, a lawyer at
// Hart & Co, who represents the family, said").
const maxApposition = 220

// isSpeechSubject reports whether a speech verb follows the name ending at
// end, as in "Ushakov said" or "Ushakov, the aide, said". The verb may
// follow an apposition in one sentence: one short clause, or clauses up to
// maxApposition bytes to the comma before the verb. A verb in the plural
// ("Critics have said") has no one person for its subject.
func isSpeechSubject(m string, end int) bool {
	rest := m[end:]
	if !strings.HasPrefix(rest, ",") {
		return speechVerbLeads(rest)
	}
	stretch := rest[1:min(len(rest), maxApposition)]
	for off := 0; ; {
		j := strings.IndexByte(stretch[off:], ',')
		if j < 0 || hasSentenceBreak(stretch[:off+j]) {
			break
		}
		if speechVerbLeads(stretch[off+j+1:]) {
			return true
		}
		off += j + 1
	}
	// One short apposition before anything else: "Lee, 54, then said".
	if j := strings.Index(rest[1:min(len(rest), 82)], ","); j >= 0 {
		return speechVerbLeads(rest[j+2:])
	}
	return false
}

// invertedSpeaker reports whether a name follows the speech verb of a
// clause after a comma and ends the sentence or clause: "Debates are not
// likely to alter the race, noted NBC's Dante Chinni." The person spoke
// the sentence, as one before the verb would have, for the pronouns after
// it ("he wrote"). An owner's possessive may stand between ("NBC's").
func invertedSpeaker(m string, run names.Run) bool {
	if after := strings.TrimLeft(m[run.End:], " "); after != "" && after[0] != '.' && after[0] != ',' {
		return false
	}
	before := strings.TrimRight(m[:run.Start], " ")
	if w := names.LastField(before); possessive(w) && capitalised(w) {
		before = strings.TrimRight(before[:len(before)-len(w)], " ")
	}
	verb := names.LastField(before)
	before = strings.TrimRight(before[:len(before)-len(verb)], " ")
	return strings.HasSuffix(before, ",") && isLowerWord(verb) && speechVerbs.Match(verb)
}

// verbNotNounLeads reports whether rest opens with a speech verb that is
// no plural noun: after "Addressing", "claims" is the participle's object.
func verbNotNounLeads(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	if l := strings.ToLower(w); strings.HasSuffix(l, "s") && l != "says" && l != "has" {
		return false
	}
	return speechVerbLeads(rest)
}

// speechVerbLeads reports whether rest opens with a speech verb in the
// singular, past the adverbs and auxiliaries of skipWords.
func speechVerbLeads(rest string) bool {
	for {
		rest = strings.TrimLeft(rest, " ")
		w := rest
		if k := strings.IndexByte(rest, ' '); k >= 0 {
			w = rest[:k]
		}
		l := strings.ToLower(w)
		if w == "" || !skipWords.Has(l) && !isAdverb(w) {
			break
		}
		if l == "have" || l == "are" || l == "were" {
			return false
		}
		rest = rest[len(w):]
	}
	verb, ok := leadingSpeechVerb(rest)
	return ok && !participleRe.MatchString(verb) && verb != "according to"
}

// speechVerbSet holds the one-word speech verbs; speechPhrases those of
// several words ("pointed out"), and phraseFirsts the words that open them,
// cut as leadingSpeechVerb cuts a text's first word.
var speechVerbSet, speechPhrases, phraseFirsts = func() (*text.WordSet, []string, *text.WordSet) {
	var verbs, phrases, firsts []string
	for _, v := range strings.Split(text.SpeechVerbs, "|") {
		if strings.Contains(v, " ") {
			phrases = append(phrases, v)
			firsts = append(firsts, firstLetters(v))
		} else {
			verbs = append(verbs, v)
		}
	}
	return text.NewWordSet(verbs...), phrases, text.NewWordSet(firsts...)
}()

// firstLetters returns the letters s opens with, up to its first rune that
// is no letter.
func firstLetters(s string) string {
	if k := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
		return s[:k]
	}
	return s
}

// leadingSpeechVerb returns the speech verb s starts with, in lower case.
func leadingSpeechVerb(s string) (string, bool) {
	if len(s) > 40 {
		s = s[:40] // a verb is short: never lower-case a whole paragraph
	}
	// The first word is looked up lowered, and copied lowered only when it
	// is a verb; the rest is lowered only when a phrase opens with the
	// word: most names are followed by no speech verb. Lowering keeps a
	// letter a letter and any other rune what it was, so the word is the
	// lowered text's first.
	w := firstLetters(s)
	if speechVerbSet.HasLower(w) {
		return strings.ToLower(w), true
	}
	if !phraseFirsts.HasLower(w) {
		return "", false
	}
	l := strings.ToLower(s)
	for _, p := range speechPhrases {
		if strings.HasPrefix(l, p) && (len(l) == len(p) || !unicode.IsLetter(rune(l[len(p)]))) {
			return p, true
		}
	}
	return "", false
}

// onlyQuotation reports whether a masked paragraph holds nothing but its
// quotations.
func onlyQuotation(masked string) bool {
	return strings.Trim(masked, "_ .,;:!?—–-") == ""
}

// closesSentence reports whether a quotation's words end its sentence: a
// final period with no comma after it ("U.S.," runs on).
func closesSentence(inner string) bool {
	return strings.HasSuffix(strings.TrimSpace(inner), ".")
}

// isSubject reports whether the k-th name run of a paragraph is the subject
// of its sentence: no person is named before it in the sentence, and no
// preposition or "and" stands before it.
func isSubject(v paragraphView, runs []names.Run, k int) bool {
	run := runs[k]
	if k > 0 && modifiesNext(v.masked[runs[k-1].End:run.Start]) {
		return isSubject(v, runs, k-1) // "Obama adviser David Axelrod said"
	}
	if w := wordBefore(v.masked, run.Start); prepositions.Has(w) || w == "and" || w == "a" || w == "an" || run.Possessive {
		// "by an Alan Shearer strike": after "a", a name describes a
		// thing.
		return false
	}
	ss, se := sentenceAt(v.bounds, run.Start)
	if first, _, _ := strings.Cut(strings.TrimLeft(v.masked[ss:run.Start], " "), " "); pronounRe.MatchString(first) || strings.EqualFold(first, "it") {
		return false // "He sees Owen as the ideal replacement": the pronoun is the subject
	}
	if k == 0 || runs[k-1].Start < ss {
		return true
	}
	// "While he waited for Obama, Ham wrote": the first name of the main
	// clause, right after a leading subordinate clause, is its subject.
	end := subordinateClauseEnd(v.masked[ss:se])
	return end > 0 && runs[k-1].Start < ss+end && run.Start > ss+end &&
		strings.TrimSpace(v.masked[ss+end+1:run.Start]) == ""
}

// commonWord reports whether a reference is a lone ordinary word ("Several",
// "Start"), participle or nationality that the article never showed to be
// a person's name.
func (e *extractor) commonWord(ref people.Ref) bool {
	if len(ref.Name) != 1 {
		return false
	}
	if sn := ref.Surname(); e.known[sn] || e.nameWords[sn] {
		return false
	}
	for _, t := range ref.Title {
		if names.IsHonorific(strings.ToLower(names.TrimToken(t))) {
			return false
		}
	}
	l := strings.ToLower(ref.Name[0])
	// "Commenting on the report, a spokesman said": a participle opening
	// a sentence is capitalised but no name. "The Brazilian was booked": a
	// nationality alone names no one a pronoun can stand for.
	return isParticiple(l) || names.IsCommonWord(l) || isNationality(ref.Name[0]) || lowerHyphenPart(ref.Name[0])
}

// previousSentence returns the masked sentence before the one at offset
// pos of the paragraph, or "".
func previousSentence(v paragraphView, pos int) string {
	for i, b := range v.bounds {
		if pos >= b[0] && pos < b[1] {
			if i == 0 {
				return ""
			}
			p := v.bounds[i-1]
			return v.masked[p[0]:p[1]]
		}
	}
	return ""
}
