package quotes

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/text"
)

var (
	speechVerbs = text.NewPhraseMatcher(text.SpeechVerbs, true)
	// cues adds the verbs that put words in a subject's mouth without
	// reporting speech: `X called it "a disgrace"`, `X described Y as "..."`.
	cues         = text.NewPhraseMatcher(text.SpeechVerbs+`|`+cueVerbs, true)
	titleCueRe   = regexp.MustCompile(`(?i)\b(book|books|novel|film|movie|song|single|album|series|show|programme|program|documentary|play|musical|titled|entitled|headlined|headline|called|dubbed|named|magazine|newspaper|column|poem|painting|game|slogan|hashtag|campaign|commentary|essay|op-ed|article|blog|podcast|episode|sketch|track|anthem)\s*(?:,\s*)?$`)
	participleRe = regexp.MustCompile(`^(?:saying|adding|telling|insisting|warning|arguing|claiming|explaining|noting|stressing|declaring|replying|admitting|acknowledging|conceding|suggesting|recalling|promising|vowing|urging|complaining|predicting|joking|calling|describing|dubbing|branding|labeling|labelling)$`)
	pronounRe    = regexp.MustCompile(`^(?i:he|she|they|i|we)$`)
)

// skipWords may stand between a subject and its speech verb.
var skipWords = text.NewWordSet(
	"also", "later", "then", "has", "have", "had", "was",
	"is", "were", "are", "once", "again", "previously",
	"reportedly", "quickly", "further", "recently", "would",
	"will", "earlier", "publicly", "separately", "repeatedly",
	"privately", "initially", "first", "simply", "just",
	"always", "never", "himself", "herself", "had,", "only",
	"famously", "angrily", "bluntly", "calmly", "flatly",
)

// subjectBefore finds who does the verb that starts at verbAt in s (a masked
// sentence or part of one): a pronoun, a name, or a name before an
// apposition ("Dr Ann Lee, author of ..., claimed").
func subjectBefore(s string, verbAt int) (people.Ref, bool) {
	pre := strings.TrimRight(dropPartyTags(s[:verbAt]), " ")
	for {
		i := strings.LastIndexByte(pre, ' ')
		w := pre[i+1:]
		if !skipWords.HasLower(w) && !isAdverb(w) {
			break
		}
		pre = strings.TrimRight(pre[:i+1], " ")
	}
	if pre == "" {
		return people.Ref{}, false
	}
	fields := strings.Fields(pre)
	last := fields[len(fields)-1]
	if inner, ok := strings.CutPrefix(last, "("); ok && strings.HasSuffix(inner, ")") && names.IsAcronym(inner[:len(inner)-1]) {
		// "The British Chambers of Commerce (BCC) said": the short name
		// in brackets is a body's.
		return people.Ref{Body: inner[:len(inner)-1]}, true
	}
	window := fields[max(0, len(fields)-documentReach):]
	if ref, start, ok := documentSpeaker(window); ok {
		// "the World Bank report said", "Chelsea's statement added"
		prev := ""
		if at := len(fields) - len(window) + start; at > 0 {
			prev = fields[at-1]
		}
		colon := strings.HasSuffix(strings.TrimRight(s, " _"), ":")
		if documentLeads(prev) && (ref.Body != "" || !colon) {
			// A bare "the statement" before a colon is left to the
			// colon's rules, which know the body it stands for ("The
			// statement continued:").
			return ref, true
		}
	}
	// "He's claiming": the pronoun with its auxiliary.
	if p, ok := cutContraction(last); ok && pronounRe.MatchString(p) {
		last = p
	}
	if pronounRe.MatchString(last) || strings.EqualFold(last, "it") && len(fields) <= 2 {
		// "It said", "In a statement, it said": a body, no person.
		return people.Ref{Pronoun: strings.ToLower(last)}, true
	}
	if (isLowerWord(last) || len(fields) == 1) && names.IsPluralRole(strings.ToLower(last)) {
		// "Clinton aides said", "Prosecutors said": a group, no one
		// named, speaks. Capitalised, the word must open the text: mid
		// sentence it may be a surname.
		return people.Ref{Nobody: true}, true
	}
	role, isRole := roleSubject(fields)
	if isRole && !strings.HasSuffix(pre, ",") {
		return people.Ref{RolePhrase: role}, true
	}
	if strings.HasSuffix(pre, ",") {
		// "Maria Lopez, the mayor, said": the role is an apposition of the
		// name before it.
		segs := strings.Split(strings.TrimSuffix(pre, ","), ",")
		// A name after a relative clause's comma belongs to the clause:
		// "X, who lives outside the capital, Sacramento, said".
		clause := len(segs)
		for k, seg := range segs {
			if w, _, _ := strings.Cut(strings.TrimSpace(seg), " "); relativeWords.Has(w) || k > 0 && participleOpens(w) {
				// A participle's clause is read as a relative one: "The
				// Russian leader, speaking in Da Nang, said".
				clause = k
				break
			}
		}
		for k := len(segs) - 1; k >= 0 && k >= len(segs)-4; k-- {
			seg := strings.TrimSpace(segs[k])
			if seg == "" || k > clause {
				continue
			}
			r, _ := utf8.DecodeRuneInString(seg)
			if unicode.IsLower(r) || unicode.IsDigit(r) || r == '_' {
				continue // an apposition: "for his part", "a spokesman"
			}
			offset := strings.LastIndex(pre, seg)
			if ref, ok := nameEndingAt(pre, offset+len(seg)); ok {
				return ref, true
			}
			// "X, Sanders' campaign manager, said": a capitalised
			// apposition; the name stands before it.
		}
		if isRole {
			return people.Ref{RolePhrase: role}, true
		}
		if clause > 0 && clause < len(segs) {
			// "The veteran actor, whose films include X, said": the role
			// the relative clause describes.
			if role, ok := roleSubject(strings.Fields(segs[clause-1])); ok {
				return people.Ref{RolePhrase: role}, true
			}
		}
		return people.Ref{}, false
	}
	if i := strings.LastIndex(pre, ", "); i > 0 && appositionUnclosed(pre[i+2:]) && !verbThenComma(s, verbAt) && nameOnly(pre[strings.LastIndex(pre[:i], ",")+1:i]) {
		// "Matt Williams, a fund manager at Perpetual Trustees said": an
		// apposition whose closing comma the text left out. Not "Clinton,
		// a top aide said, "..."": a parenthesis, an aide's words.
		if ref, ok := nameEndingAt(pre, i); ok {
			return ref, true
		}
	}
	return nameEndingAt(pre, len(pre))
}

// appositionUnclosed reports whether seg, the words between a comma and a
// speech verb, are an apposition with no comma to close it: an article,
// then a role noun among a few words ("a fund manager at Perpetual
// Trustees"), or a role noun first ("head of Preventon").
func appositionUnclosed(seg string) bool {
	// Read word by word, nothing built: most text after a comma opens
	// with no article.
	first, rest, _ := strings.Cut(strings.TrimLeft(seg, " "), " ")
	role := false
	switch {
	case first == "a" || first == "an" || first == "the":
	case names.IsRoleWord(first) && rest != "":
		role = true
	default:
		return false
	}
	n := 1
	for w := range strings.FieldsSeq(rest) {
		n++
		role = role || names.IsRoleWordInAnyCase(strings.Trim(w, ",.;:"))
	}
	return n >= 2 && n <= 8 && role
}

// verbThenComma reports whether a comma follows the verb at verbAt of s:
// "a top aide said, "..."" puts the attribution in a parenthesis.
func verbThenComma(s string, verbAt int) bool {
	rest := s[verbAt:]
	end := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	return end >= 0 && strings.HasPrefix(strings.TrimLeft(rest[end:], " "), ",")
}

// nameOnly reports whether seg is a name and nothing else: capitalised
// words, none a preposition or a sentence word ("In Oslo" is none).
func nameOnly(seg string) bool {
	f := strings.Fields(strings.Trim(seg, " _"))
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	for _, w := range f {
		if !capitalised(w) || prepositions.HasLower(w) || names.IsStopCap(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// cutContraction returns w without a contracted "is" or "has": "He's",
// "She’s".
func cutContraction(w string) (string, bool) {
	for _, c := range []string{"'s", "’s"} {
		if p, ok := strings.CutSuffix(w, c); ok {
			return p, true
		}
	}
	return w, false
}

// pluralGroup reports whether lead ends in "the" and capitalised words,
// "and" between them, the last a plural: "The Conservatives", "the Lib
// Dems", "The Tories and Lib Dems".
func pluralGroup(lead string) bool {
	f := strings.Fields(lead)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	if !capitalised(last) || len(last) < 4 || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "ss") {
		return false
	}
	for k := len(f) - 2; k >= 0; k-- {
		switch w := f[k]; {
		case strings.EqualFold(w, "the"):
			return true
		case w == "and" || capitalised(w) && !strings.ContainsAny(w, ",.;:"):
		default:
			return false
		}
	}
	return false
}

// relativeClauseCut drops a relative clause that ends s between commas
// (", who asked not to be named,"), so that s ends on what it qualifies.
func relativeClauseCut(s string) string {
	t := strings.TrimRight(s, " ")
	if !strings.HasSuffix(t, ",") {
		return s
	}
	i := strings.LastIndex(t[:len(t)-1], ", ")
	if i < 0 {
		return s
	}
	if w, _, _ := strings.Cut(t[i+2:], " "); !relativeWords.HasLower(w) {
		return s
	}
	return t[:i]
}

// blankRelativeClauses blanks the relative clauses set off by commas in s
// (", whose films include Michael Collins,"), keeping its offsets: the
// names in them are not the sentence's subject.
func blankRelativeClauses(s string) string {
	var b []byte
	for from := 0; ; {
		i := strings.Index(s[from:], ", ")
		if i < 0 {
			break
		}
		start := from + i + 2
		w, _, _ := strings.Cut(s[start:], " ")
		if !relativeWords.HasLower(w) {
			from = start
			continue
		}
		end := strings.IndexByte(s[start:], ',')
		if end < 0 {
			break
		}
		if b == nil {
			b = []byte(s)
		}
		for k := start; k < start+end; k++ {
			b[k] = ' '
		}
		from = start + end
	}
	if b == nil {
		return s
	}
	return string(b)
}

// relativeWords open a relative clause.
var relativeWords = text.NewWordSet("who", "whose", "which", "where", "whom")

// participleOpens reports whether a word opening a clause set off by
// commas is a present participle, lower case ("speaking", "addressing"),
// not a preposition ending so ("during", "including", "according").
func participleOpens(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && isLowerWord(w) && !ingPrepositions.Has(w)
}

// ingPrepositions are the prepositions that end like a participle.
var ingPrepositions = text.NewWordSet("during", "including", "according", "following", "regarding", "concerning", "excluding", "notwithstanding", "pending", "considering", "barring")

// roleSubject reads a subject named by its role: "the prime minister",
// "our correspondent", "the Labour leader".
func roleSubject(fields []string) (string, bool) {
	n := len(fields)
	last := strings.ToLower(strings.Trim(fields[n-1], ",.;:"))
	if yearOldRe.MatchString(last) && n >= 2 && strings.ToLower(fields[n-2]) == "the" {
		// "said the 28-year-old": the person the text is about.
		return yearOld, true
	}
	if !names.IsRoleWord(last) && names.TitleOffice(last) == "" {
		// "the Australian said", "the Irishman said": a nationality
		// stands for the person, as a role does.
		if n < 2 || strings.ToLower(fields[n-2]) != "the" || !isNationality(fields[n-1]) {
			return "", false
		}
	}
	for k := n - 2; k >= 0 && k >= n-5; k-- {
		if possessive(fields[k]) && capitalised(fields[k]) {
			// "Russia's foreign minister told": the country's role, as
			// "the Russian foreign minister" names it.
			if key, ok := names.CountryKey(withoutPossessive(fields[k])); ok && (k == 0 || !prepositions.Has(strings.ToLower(fields[k-1]))) {
				words := []string{key}
				for _, f := range fields[k+1:] {
					words = append(words, strings.ToLower(strings.Trim(f, ",.;:")))
				}
				return strings.Join(words, " "), true
			}
		}
		switch strings.ToLower(fields[k]) {
		case "a", "an", "one", "another":
			// "a spokesman said": someone unnamed, not the spokesman named
			// earlier.
			return "", false
		case "the", "our", "its", "their":
			if k > 0 && prepositions.Has(strings.ToLower(fields[k-1])) {
				// "Anne Thompson of the Hollywood Reporter said": the
				// role is a preposition's object, not the subject.
				return "", false
			}
			var words []string
			for _, f := range fields[k+1:] {
				words = append(words, strings.ToLower(strings.Trim(f, ",.;:")))
			}
			return strings.Join(words, " "), true
		}
	}
	return "", false
}

// isNationality reports whether a capitalised word names a person by
// nationality: "Australian", "Irishman".
func isNationality(w string) bool {
	w = strings.Trim(w, ",.;:")
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	if stem, ok := strings.CutSuffix(w, "man"); ok && len(stem) > 3 {
		// "Irishman", "Frenchman", "Welshman", "Dutchman"
		return strings.HasSuffix(stem, "sh") || strings.HasSuffix(stem, "ch") || names.IsDemonym(stem)
	}
	return names.IsDemonym(w)
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
	if strings.IndexByte(s, '.') < 0 {
		return false // no word ends in a stop
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
	spanStart := -1
	for _, m := range names.RunIndexes(s[:end]) {
		if m[1] == end {
			spanStart = m[0]
			run, found = parseRunAt(s, m[0], m[1])
		}
	}
	if spanStart < 0 {
		return people.Ref{}, false
	}
	if !found || len(run.Title) == 0 {
		// "George Zornick of The Nation wrote", "X at the Tribune said":
		// the organisation is the person's; the name before it speaks.
		start := spanStart
		if wordBefore(s, start) == "the" {
			start = strings.LastIndex(s[:start], "the")
		}
		if w := wordBefore(s, start); w == "of" || w == "at" {
			ofAt := strings.LastIndex(s[:start], w)
			if ref, ok := nameEndingAt(s, len(strings.TrimRight(s[:ofAt], " "))); ok && (len(ref.Name) >= 2 || len(ref.Title) > 0 && names.IsHonorific(strings.ToLower(names.TrimToken(ref.Title[0])))) {
				return ref, true
			}
		}
	}
	// "Secretary of State Antony Blinken": the preposition belongs to the
	// title, not the name.
	if !found || (afterPreposition(s, run.Start) || joinedToObject(s, run.Start)) && len(run.Title) == 0 {
		return people.Ref{}, false
	}
	return refOf(s, run), true
}

// joinedToObject reports whether the name at offset i of s follows "and"
// after a name that is the object of a preposition in a subject that opens
// s: "The star of Rain Man and Tootsie said", "The MP for Sittingbourne
// and Sheppey said" name no speaker by the last name. In "Milan won at
// Old Trafford and Ancelotti said" the "and" joins clauses.
func joinedToObject(s string, i int) bool {
	if wordBefore(s, i) != "and" {
		return false
	}
	before := strings.TrimRight(s[:i], " ")
	before = strings.TrimRight(before[:len(before)-len("and")], " ")
	for _, m := range names.RunIndexes(before) {
		if m[1] != len(before) {
			continue
		}
		lead := strings.Fields(before[:m[0]]) // "The star of"
		if len(lead) < 2 || len(lead) > 5 || !afterPreposition(before, m[0]) {
			return false
		}
		switch strings.ToLower(lead[0]) {
		case "the", "a", "an":
			return true
		}
		return false
	}
	return false
}

// prepositions take a name as their object, never as a subject.
var prepositions = text.NewWordSet(
	"with", "to", "of", "by", "for", "on", "in", "at",
	"from", "about", "against", "than", "between", "like",
	"into", "over", "under",
)

// wordBefore returns the lower-case word before offset i of s, without a
// comma. It reads backwards from i: the prefix may be a whole paragraph.
func wordBefore(s string, i int) string {
	end := i
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	return strings.Trim(strings.ToLower(s[start:end]), ",")
}

// afterPreposition reports whether a preposition stands just before offset
// i; a comma between ends the preposition's phrase ("looks like, Devine").
func afterPreposition(s string, i int) bool {
	return prepositions.Has(wordBefore(s, i)) && !strings.HasSuffix(strings.TrimRight(s[:i], " "), ",")
}

// isAdverb reports whether a word is an adverb of manner or time that may
// stand between a subject and its verb ("similarly", "quickly").
func isAdverb(w string) bool {
	// Lower case only: "Kelly", "Reilly" are names.
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w == strings.ToLower(w) && w != "only" && w != "family"
}

// cueVerbs put words in a subject's mouth without reporting speech.
const cueVerbs = `agreed|agrees|disagreed|concurred|called|calls|calling|described|describes|describing|labeled|labelled|labeling|labelling|branded|branding|dubbed|accused|accusing|praised|praising|blamed|blaming|welcomed|thanked|criticized|criticised|slammed|blasted|decried|denounced|condemned|hailed|pledged|mocked|likened|characterized|characterised|deemed|termed|touted|pushed back|took aim|lashed out|admitting|acknowledging|conceding|suggesting|recalling|promising|vowing|urging|complaining|predicting|joking`

func parseRunAt(s string, start, end int) (names.Run, bool) {
	r, ok := names.ParseRun(s, start, end)
	return r, ok && !r.Possessive
}

// refOf is the person a name run of s names, with the role the text gives
// them before or after it, or the title that is a role.
func refOf(s string, run names.Run) people.Ref {
	ref, _ := refAndRoleBefore(s, run)
	return ref
}

// refAndRoleBefore is refOf, and whether a role noun stands before the run
// (names.PrecededByRole), which the narrative asks too.
func refAndRoleBefore(s string, run names.Run) (people.Ref, bool) {
	ref := people.Named(run.Name)
	ref.Title, ref.Gender = run.Title, run.Gender
	role, before := names.PrecededByRole(s, run.Start)
	if before {
		ref.Role = role
	} else if len(run.Title) > 0 && !(len(run.Title) == 1 && names.IsHonorific(strings.ToLower(names.TrimToken(run.Title[0])))) {
		// "Foreign Secretary Jack Straw" has a role; "Mr Straw" only a
		// title, and "Attorney General Lord Goldsmith" the role without
		// the peer's style.
		title := run.Title
		if len(title) > 1 && styleWords.HasLower(names.TrimToken(title[len(title)-1])) {
			title = title[:len(title)-1]
		}
		ref.Role = strings.Join(title, " ")
		if office, ok := officeOf(s[:run.Start]); ok {
			ref.Role = office + " " + ref.Role // "Secretary of" + "State"
		}
	} else if role, ok := roleAfter(s[run.End:]); ok {
		ref.Role = role
	}
	return ref, before
}

// officeOf reads the words of an office that an "of" before a run's
// title opens: in "U.S. Secretary of State Rex Tillerson" the run is
// "State Rex Tillerson", and the office "U.S. Secretary of" stands before
// it. The words are capitalised, at most three, and the last a title or
// role word with no comma after it.
func officeOf(before string) (string, bool) {
	before = strings.TrimRight(before, " ")
	rest, ok := strings.CutSuffix(before, " of")
	if !ok {
		return "", false
	}
	last := names.LastField(rest)
	if l := strings.ToLower(names.TrimToken(last)); !capitalised(last) || strings.ContainsAny(last, ",;:") || !names.IsTitleWord(l) && !names.IsRoleWord(l) {
		return "", false // "director, of CB", "head of Swiss Re": no office
	}
	words := []string{last}
	rest = strings.TrimSuffix(rest, last)
	for len(words) < 3 {
		w := names.LastField(rest)
		if w == "" || !capitalised(w) || strings.ContainsAny(w, ",;:\"“”_") || names.IsStopCap(strings.ToLower(w)) {
			break // "After Deputy Secretary of": a sentence's word
		}
		words = append([]string{w}, words...)
		rest = strings.TrimRight(strings.TrimSuffix(strings.TrimRight(rest, " "), w), " ")
	}
	return strings.Join(words, " ") + " of", true
}

// roleAfter reads a role set off by commas after a name, "Ray Dunn, the
// county sheriff,", so that "the sheriff" can later name him.
func roleAfter(rest string) (string, bool) {
	clause, ok := roleClause(rest)
	// Most text after a name ends in no role noun: that is read first,
	// from the end, before the words are built.
	if !ok || !names.IsRoleWordInAnyCase(names.LastField(clause)) {
		return "", false
	}
	return roleOfWords(strings.Fields(clause))
}

// roleClause is the clause a comma sets off after a name, up to the next
// mark, or false when no comma follows the name.
func roleClause(rest string) (string, bool) {
	rest, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return "", false
	}
	if i := strings.IndexAny(rest, ",.;:()"); i >= 0 {
		rest = rest[:i]
	}
	return rest, true
}

// roleOfWords reads the words of a role clause, two to six opening with an
// article ("the county sheriff"), as the role after the article; its last
// word is a role noun.
func roleOfWords(f []string) (string, bool) {
	if len(f) < 2 || len(f) > 6 {
		return "", false
	}
	switch strings.ToLower(f[0]) {
	case "the", "a", "an":
	default:
		return "", false
	}
	return strings.Join(f[1:], " "), true
}

// sentenceSubject returns the first person named in s who is not the object
// of a preposition: the subject of a sentence such as "Lavrov struck a
// similar note, saying ...".
func sentenceSubject(s string) (people.Ref, bool) {
	if end := leadingClauseEnd(s); end > 0 {
		// "Surveying the damage in New York, Lee concludes:": the subject
		// follows the opening clause.
		if ref, ok := sentenceSubject(s[end+1:]); ok {
			return ref, true
		}
	}
	if ref, ok := subjectAfterOpeningPhrases(s); ok {
		return ref, true
	}
	s = blankRelativeClauses(s)
	for _, run := range names.Runs(s) {
		if run.Possessive {
			continue
		}
		// "Putin met Trump and Lavrov": the second of two names is no subject.
		if w := wordBefore(s, run.Start); prepositions.Has(w) || w == "and" {
			continue
		}
		if modifiesNamedRole(s[run.End:]) || qualifiesGroup(s[run.End:]) {
			continue // "Trump aide Hope Hicks told reporters:", "Fox producers defended it, saying"
		}
		return refOf(s, run), true
	}
	return people.Ref{}, false
}

// colonSubject reads who speaks the quotation that a sentence s
// introduces with a colon: its subject, past the clause that may open it,
// or no one when the subject is someone unnamed ("A spokesman for the
// World Summit ..., which is meeting in Geneva, told the BBC:"), or the
// body that one speaks for ("A spokesman for the LSE said:"). Not a name
// of the phrases that describe them.
func colonSubject(s string) (people.Ref, bool) {
	end := leadingClauseEnd(s)
	if end <= 0 {
		end = prepositionalOpeningEnd(s) // "In Oslo, a spokeswoman said:"
	}
	if end > 0 {
		if ref, ok := unnamedOpening(strings.TrimSpace(s[end+1:])); ok {
			return ref, true
		}
	}
	if ref, ok := unnamedOpening(s); ok {
		return ref, true
	}
	return sentenceSubject(s)
}

// modifiesNamedRole reports whether the text after a name makes the name
// a modifier of a role noun that a name follows: "[Trump] aide Hope
// Hicks", "[Virginia] state director, Mike Rubino,". The role noun comes
// within three lower-case words, and a capitalised word right after it
// (or after its comma), so that "Trump met chief executives" is not read
// so.
func modifiesNamedRole(rest string) bool {
	for range 3 {
		rest = strings.TrimLeft(rest, " ")
		end := strings.IndexByte(rest, ' ')
		if end < 0 {
			return false
		}
		w := rest[:end]
		word, comma := strings.CutSuffix(w, ",")
		if word == "" || !isLowerWord(word) {
			return false
		}
		rest = rest[end:]
		if names.IsRoleWord(word) {
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
			return unicode.IsUpper(r)
		}
		if comma {
			return false
		}
	}
	return false
}

// isLowerWord reports whether w is letters (and hyphens), all lower case.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) && r != '-' {
			return false
		}
	}
	return true
}

// stopOutsideQuote reports whether the text after a quotation starts with
// a full stop, then a capitalised word: the British placing of the stop
// outside the marks, which ends the sentence. An ellipsis does not.
func stopOutsideQuote(post string) bool {
	if !strings.HasPrefix(post, ".") || strings.HasPrefix(post, "..") {
		return false
	}
	rest := strings.TrimLeft(post[1:], " ")
	if len(rest) == len(post)-1 {
		return false // no space: "5.4", a web address
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// styleWords are the titles that style a person rather than name an
// office: a role read from the words before a name ends before them.
var styleWords = text.NewWordSet("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "rev")

// speakerAfter reads an attribution that follows a quotation: `", Ushakov
// said.`, `," said Ushakov.`, `," she added`, `, according to X`.
func speakerAfter(post string) (people.Ref, bool) {
	if stopOutsideQuote(post) {
		// `had been "a fiasco from start to finish". He said:` ends the
		// sentence: the next one's subject did not say these words.
		return people.Ref{}, false
	}
	post = strings.TrimLeft(post, " ,.!?—–-")
	if object, ok := quotedAsSaying(post); ok {
		// `"...," Arab News quoted Prince Saud as saying`: the one quoted
		// spoke, not the paper that quotes.
		return speakerAfterVerb(object)
	}
	// The attribution must start within a few words of the quotation.
	loc := speechVerbs.Find(post)
	if loc == nil || hasSentenceBreak(post[:loc[0]]) {
		return people.Ref{}, false
	}
	between := strings.TrimSpace(post[:loc[0]])
	n := text.WordCount(between)
	if n > maxAppositionWords {
		return people.Ref{}, false
	}
	verb := strings.ToLower(post[loc[0]:loc[1]])
	rest := strings.TrimLeft(post[loc[1]:], " ")
	if participleRe.MatchString(verb) {
		// `sent Mr Bush his "warmest congratulations", saying:`: what
		// follows the participle is said, and its subject is the
		// sentence's, before the quotation; so too after a few words
		// (`had a "scorching" from MPs adding:`), which are no subject.
		return people.Ref{}, false
	}
	if between == "" || verb == "according to" {
		return speakerAfterVerb(rest)
	}
	if f := strings.Fields(strings.ToLower(between)); len(f) >= 2 && (f[0] == "and" || f[0] == "but" || f[0] == "or") && f[1] == "that" {
		// `telling X that "..." and that he had seen continued support`:
		// the quotation is one of the things reported; a verb after the
		// next "that" is that clause's ("continued support").
		return people.Ref{}, false
	}
	if w := strings.ToLower(names.LastField(between)); w == "and" || w == "but" || w == "or" {
		// `declaring it "..." and said`, `would be "very difficult" to
		// reverse the trend and said`: the verb shares the sentence's
		// subject, which the words before the quotation name.
		return people.Ref{}, false
	}
	if strings.HasSuffix(between, ",") && n <= 6 && !addressesObject(verb) && capitalised(rest) {
		// `signals "the beginning of the end" for the EU, said Geert
		// Wilders`: the sentence's words, then its speaker named after
		// the verb, first after it. After "told" or "asked" the one
		// named is spoken to.
		if ref, ok := nameAfterVerb(rest); ok {
			return ref, true
		}
	}
	if ref, ok := subjectBefore(post, loc[0]); ok && (n <= 6 || len(ref.Name) > 0) {
		// Far from the quotation only a name and its apposition may stand
		// before the verb ("X, a political scientist at Y, said").
		return ref, true
	}
	if n <= 6 && strings.HasSuffix(between, ",") {
		// `"...," in sharp contrast, said X`: an interjection, then the
		// verb and its speaker.
		return speakerAfterVerb(rest)
	}
	if n > 6 {
		return people.Ref{}, false
	}
	if body, ok := bodyBefore(post, loc[0]); ok {
		return people.Ref{Body: body}, true
	}
	// `"...," officials said`: a speaker is named, but no person.
	return people.Ref{Nobody: true}, true
}

// bareWordSpeaker returns the one capitalised word that stands as the
// speaker after a quotation, before its speech verb (`"...," West said`)
// or after it, alone in its clause (`"...," said White.`), when the name
// rules found no one there. Whether it names a person is the article's to
// say.
func bareWordSpeaker(post string) (string, bool) {
	post = strings.TrimLeft(post, " ,.!?—–-")
	loc := speechVerbs.Find(post)
	if loc == nil {
		return "", false
	}
	w := strings.TrimSpace(post[:loc[0]])
	if w == "" {
		rest := strings.TrimLeft(post[loc[1]:], " ")
		end := strings.IndexAny(rest, " ,.;")
		if end < 0 || rest[end] == ' ' {
			return "", false // more words follow: a phrase, not a name alone
		}
		w = rest[:end]
	}
	return w, loneCapitalised(w)
}

// bareWordSubject returns the one capitalised word that opens the clause
// of the last speech or cue verb before a quotation, as its subject
// (`King says Ali "..."`, `Will described Trump as a "..."`), when the
// name rules found no one there.
func bareWordSubject(pre string) (string, bool) {
	locs := cues.FindAll(pre, -1)
	if len(locs) == 0 {
		return "", false
	}
	lead := strings.TrimRight(pre[:locs[len(locs)-1][0]], " ")
	i := strings.LastIndexByte(lead, ' ') + 1
	w := lead[i:]
	// A quotation before the word ends a phrase: its closing comma is
	// masked with its words (`a federal "deportation force," Will`).
	if before := strings.TrimRight(lead[:i], " "); before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?;:,_") {
		return "", false // the word ends a longer subject or an object
	}
	return w, loneCapitalised(w)
}

// loneCapitalised reports whether w is one capitalised word.
func loneCapitalised(w string) bool {
	return w != "" && !strings.ContainsAny(w, " ,") && capitalised(w)
}

// addressesObject reports whether a speech verb's object is the one
// spoken to ("told Reuters", "asked the minister").
func addressesObject(verb string) bool {
	first, _, _ := strings.Cut(verb, " ")
	return strings.HasPrefix(first, "tell") || first == "told" || strings.HasPrefix(first, "ask")
}

// quotedAsSaying reads `X quoted Y as saying` opening the text after a
// quotation, and returns what follows "quoted": the one quoted, named
// first. The quoting subject is a few words at most ("the agency", "The
// Associated Press"), and the one quoted a name and its description.
func quotedAsSaying(post string) (string, bool) {
	const verb = " quoted "
	i := strings.Index(post, verb)
	if i < 0 || text.WordCount(post[:i]) > maxQuotingWords || hasSentenceBreak(post[:i]) || strings.ContainsAny(post[:i], ",;:") {
		return "", false
	}
	object := post[i+len(verb):]
	j := strings.Index(object, " as ")
	if j < 0 || text.WordCount(object[:j]) > maxQuotedWords || hasSentenceBreak(object[:j]) {
		return "", false
	}
	if as := object[j+len(" as "):]; !strings.HasPrefix(as, "saying") && !strings.HasPrefix(as, "telling") && !strings.HasPrefix(as, "having said") {
		return "", false
	}
	return object, true
}

// maxQuotingWords and maxQuotedWords bound the two sides of `X quoted Y
// as saying`: a source's name, and a name with its description
// ("Peoplesoft worker David Ogden", "an insider in the talks").
const (
	maxQuotingWords = 5
	maxQuotedWords  = 10
)

// participleAfter reports whether a participle of speech follows the
// quotation at once: `", saying`, `", adding that`.
func participleAfter(post string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(post, " ,"), " ")
	return participleRe.MatchString(strings.TrimRight(w, ",:"))
}

// afterSubordinator reports whether the speech verb after a quotation
// stands in a subordinate clause that opens there ("until Haley said",
// "while the Tories say"): the verb is that clause's, and the quotation's
// speaker is rather the one named before it. A comma ends the clause
// before a verb of the main one (`since he was ..., Mr Balls told the
// BBC`), and "as X said" attributes the quotation.
func afterSubordinator(post string) bool {
	post = strings.TrimLeft(post, " ,.!?—–-")
	first, _, _ := strings.Cut(post, " ")
	if first == "as" || !subordinators.HasLower(first) {
		return false
	}
	loc := speechVerbs.Find(post)
	return loc != nil && !strings.Contains(post[:loc[0]], ",")
}

// bodyBefore reads a named organisation as the subject of the verb at verbAt
// of s: `"...," CNN said`, `the Post reported that "`. The capitalised run
// must end just before the verb (adverbs aside) and be a body by its form:
// an acronym, a run ending in a body's noun ("Home Office", "Daily
// Caller"), or a single word after "the" that is no demonym, role or plural
// ("the Kremlin", not "the British" or "the Tories").
func bodyBefore(s string, verbAt int) (string, bool) {
	pre := strings.TrimRight(s[:verbAt], " ")
	for {
		i := strings.LastIndexByte(pre, ' ')
		w := pre[i+1:]
		if !skipWords.HasLower(w) && !isAdverb(w) {
			break
		}
		pre = strings.TrimRight(pre[:i+1], " ")
	}
	runs := names.RunIndexes(pre)
	if len(runs) == 0 || runs[len(runs)-1][1] != len(pre) {
		return "", false
	}
	start := runs[len(runs)-1][0]
	words := strings.Fields(pre[start:])
	// "X, secretary of the Y Union, said": a body after a preposition is
	// the speaker's, not the speaker.
	the := strings.EqualFold(words[0], "the")
	if the {
		words = words[1:]
		start += 3
	} else if wordBefore(pre, start) == "the" {
		the = true
		start = strings.LastIndex(pre[:start], "the")
	}
	if w := wordBefore(pre, start); prepositions.Has(w) || w == "and" || w == "&" {
		return "", false // "of the Public and Commercial Services Union"
	}
	if lead := strings.TrimRight(pre[:start], " "); strings.HasSuffix(lead, ",") && !openingEndsAt(pre, len(lead)-1) {
		return "", false // "X, Blackpool Hotel Association said": X's body
	}
	if len(words) == 0 || len(words) > 5 {
		return "", false
	}
	first := strings.ToLower(names.TrimToken(words[0]))
	head := strings.ToLower(names.TrimToken(words[len(words)-1]))
	if strings.ContainsAny(head, "'’") || names.IsHonorific(first) {
		return "", false // a possessive, or a person the name reader rejected
	}
	switch {
	case len(words) == 1 && names.IsAcronym(words[0]) && len(words[0]) <= 6:
	case bodyNouns.Has(head):
	case the && len(words) == 1 && !names.IsDemonym(words[0]) && !names.IsRoleWord(head) &&
		!names.IsCommonWord(head) && !strings.HasSuffix(head, "s"):
	default:
		return "", false
	}
	return strings.Join(words, " "), true
}

// bodyNouns end the names of bodies that speak: "Home Office", "Daily
// Caller", "Sierra Club".
var bodyNouns = text.NewWordSet(
	"council", "agency", "ministry", "office", "department",
	"committee", "commission", "party", "union", "bank",
	"group", "times", "post", "news", "press", "service",
	"court", "university", "company", "corporation", "association",
	"federation", "organisation", "organization", "institute",
	"foundation", "fund", "authority", "board", "government",
	"parliament", "assembly", "network", "magazine", "journal",
	"herald", "telegraph", "guardian", "mirror", "express",
	"mail", "observer", "review", "tribune", "caller",
	"campaign", "coalition", "watch", "police", "alliance",
	"club", "center", "centre", "inc", "plc", "ltd",
	"reuters", "bureau", "administration", "society", "trust",
	"academy", "institution", "consortium", "movement", "exchange",
	"register", "weekly", "gazette", "chronicle", "courier", "inquirer",
	"examiner", "sentinel", "dispatch", "research",
)

// speakerAfterVerb reads the speaker that follows a speech verb: a name, a
// pronoun or a role; anything else names no person.
func speakerAfterVerb(rest string) (people.Ref, bool) {
	if ref, ok := nameAfterVerb(rest); ok {
		return ref, true
	}
	// `," said a CAS statement.`: the clause up to its comma or stop.
	clause, _, _ := strings.Cut(rest, ",")
	clause, _, _ = strings.Cut(clause, ".")
	if f := strings.Fields(clause); len(f) <= documentReach {
		if ref, start, ok := documentSpeaker(f); ok && start == 0 {
			return ref, true
		}
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

// speakerBefore reads the speaker of a quotation from the narrative of its
// sentence before it: `Peskov told reporters: "...`, `X said the chance was
// "quite high"`. The first speech verb with a subject decides.
func speakerBefore(pre string) (people.Ref, bool) {
	// Only the end of pre can match: the expression is given its tail,
	// and the match must start a word of pre.
	tail := pre[max(0, len(pre)-40):]
	if m := inOwnWordsMatch(tail); m != nil {
		if at := len(pre) - len(tail) + m[0]; at == 0 || !text.IsWordByte(pre[at-1]) {
			// "because, in her words, "...": the pronoun's person speaks.
			return people.Ref{Pronoun: map[string]string{"his": "he", "her": "she"}[strings.ToLower(tail[m[2]:m[3]])]}, true
		}
	}
	if ref, ok := wordsOfOpening(pre); ok {
		// "As The Post's Ruth Marcus puts it, Obama is trying to make
		// Republicans "...": the words are the one the opening names.
		return ref, true
	}
	body := "" // an organisation as a speech verb's subject, if no person is
	locs := cues.FindAll(pre, -1)
	// "After Trump argued X, Rubio said that "...": a cue in a leading
	// subordinate clause yields to one in the main clause.
	if end := subordinateClauseEnd(pre); end > 0 && len(locs) > 0 && locs[len(locs)-1][0] > end {
		for len(locs) > 0 && locs[0][0] < end {
			locs = locs[1:]
		}
	}
	if n := len(locs); n > 1 && bareObject(strings.Trim(pre[locs[n-1][1]:], " :,")) && !strings.HasSuffix(pre[locs[n-1][0]:locs[n-1][1]], "ing") {
		// "She said that ..., to which O'Malley interjected: "...": a verb
		// right before the quotation, with its subject before it,
		// introduces it, whoever spoke first. Not a participle ("X said
		// ..., adding,"), nor a verb with no subject of its own ("X said
		// ... and added,"): those are the first speaker's.
		if ref, ok := subjectBefore(pre, locs[n-1][0]); ok {
			return ref, true
		}
	}
	for _, loc := range locs {
		verb := pre[loc[0]:loc[1]]
		if body == "" && speechVerbs.Match(verb) {
			body, _ = bodyBefore(pre, loc[0])
		}
		if verb == "according to" {
			if ref, ok := leadingName(strings.TrimLeft(pre[loc[1]:], " ")); ok {
				return ref, true
			}
			continue
		}
		if ref, ok := participleSubject(pre[:loc[0]], verb); ok {
			return ref, true
		}
		if ref, ok := subjectBefore(pre, loc[0]); ok {
			return ref, true
		}
		if speechVerbs.Match(verb) && body == "" && loc[0] == locs[len(locs)-1][0] && pluralGroup(pre[:loc[0]]) {
			// "The Conservatives and Lib Dems said": a party or a group,
			// no one person. Only the last verb's: in "The Lib Dems say
			// ..., but Tory Liam Fox said" a verb after it has a person.
			return people.Ref{Nobody: true}, true
		}
		if speechVerbs.Match(verb) && unnamedSubject(relativeClauseCut(pre[:loc[0]])) {
			// "his lawyer said:", "a party spokesman said:", "one dealer,
			// who asked not to be named, told Reuters": the text says who
			// spoke, and it is no one named.
			return people.Ref{Nobody: true}, true
		}
		if lead := strings.TrimSpace(pre[:loc[0]]); (lead == "" || strings.HasSuffix(lead, ",")) && !strings.HasSuffix(verb, "ing") && !addressesObject(verb) {
			// ", explained Rosenberg, "...": the verb before its speaker.
			// Never a participle's: in "Saying Britain must change" or
			// ", declaring Britain needs" the name begins what is said;
			// nor told's or asked's, whose object is spoken to ("one
			// dealer, who asked not to be named, told Reuters").
			if ref, ok := nameAfterVerb(strings.TrimLeft(pre[loc[1]:], " ")); ok {
				return ref, true
			}
		}
		if participleRe.MatchString(verb) || wordBefore(pre, loc[0]) == "and" {
			// "X spoke, saying ...", "X was joined on stage and joked":
			// the sentence's subject.
			if ref, ok := sentenceSubject(pre[:loc[0]]); ok {
				return ref, true
			}
		}
		if w := wordBefore(pre, loc[0]); w == "but" || w == "yet" {
			// "She did not name Trump but said": a verb joined to the
			// clause's, whose subject speaks, not the object before it.
			if ref, ok := clauseSubject(pre[:loc[0]]); ok {
				return ref, true
			}
		}
	}
	if body != "" {
		return people.Ref{Body: body}, true
	}
	return people.Ref{}, false
}

// wordsOfOpeningRe matches a phrase that names whose words the clause
// after it quotes, opening the sentence or a clause of it.
var wordsOfOpeningRe = regexp.MustCompile(`(?:^|[.,;:] )(?:[Aa]s (.{2,80}?) (?:puts|put|has put|once put) it|[Ii]n the words of (.{2,80}?)|[Tt]o quote (.{2,80}?)),`)

// wordsOfOpening reads the person an opening phrase says the quoted words
// after it are from: "As X puts it,", "In the words of X,", "To quote X,".
func wordsOfOpening(pre string) (people.Ref, bool) {
	if !strings.Contains(pre, " it,") && !strings.Contains(pre, "words of ") && !strings.Contains(pre, "quote ") {
		return people.Ref{}, false // asked first: most text holds none
	}
	all := wordsOfOpeningRe.FindAllStringSubmatchIndex(pre, -1)
	if len(all) == 0 {
		return people.Ref{}, false
	}
	m := all[len(all)-1] // the phrase nearest the quotation
	for g := 2; g < len(m); g += 2 {
		if m[g] < 0 {
			continue
		}
		// The one named is the last name of the phrase, past an owner's
		// ("The Post's Ruth Marcus").
		runs := names.Runs(pre[:m[g+1]])
		for k := len(runs) - 1; k >= 0; k-- {
			if r := runs[k]; r.End > m[g] && !r.Possessive {
				return refOf(pre, r), true
			}
		}
	}
	return people.Ref{}, false
}

// bareObject reports whether the words between a verb and its quotation
// are none or a pronoun as its object: `called it "derisory"`, `described
// them as "..."`.
func bareObject(rest string) bool {
	w, as, _ := strings.Cut(rest, " ")
	switch strings.ToLower(w) {
	case "":
		return true
	case "it", "them", "him", "her", "this", "that":
		return as == "" || as == "as"
	}
	return false
}

// participleSubject reads who speaks in "X attacked Y over Z, saying":
// the subject of the main clause the participle hangs on, not the name
// just before its comma, which is the clause's object.
func participleSubject(lead, verb string) (people.Ref, bool) {
	if !participleRe.MatchString(verb) || !strings.HasSuffix(strings.TrimSpace(lead), ",") {
		return people.Ref{}, false
	}
	return clauseSubject(lead)
}

// clauseSubject reads the subject of the main clause of lead: past a
// leading subordinate clause or prepositional phrase and the conjunctions
// that open it, a pronoun or the first person named who is no object.
func clauseSubject(lead string) (people.Ref, bool) {
	if end := subordinateClauseEnd(lead); end > 0 {
		lead = lead[end+1:]
	} else if end := prepositionalOpeningEnd(lead); end >= 0 {
		lead = lead[end+1:] // "On Wednesday, he seemed to ..., warning that"
	}
	f := strings.Fields(lead)
	for len(f) > 0 && conjunctions.HasLower(f[0]) {
		f = f[1:]
	}
	if len(f) > 1 && pronounRe.MatchString(f[0]) {
		return people.Ref{Pronoun: strings.ToLower(f[0])}, true
	}
	return sentenceSubject(lead)
}

// prepositionalOpeningEnd returns where a prepositional phrase that opens
// s ends, at its first comma ("On Wednesday, he", "In Oslo, a
// spokeswoman"), or -1 when s opens otherwise or the comma ends s.
func prepositionalOpeningEnd(s string) int {
	if w, _, _ := strings.Cut(strings.TrimSpace(s), " "); !prepositions.HasLower(w) {
		return -1
	}
	if i := strings.IndexByte(s, ','); i >= 0 && i < len(strings.TrimRight(s, " ,")) {
		return i
	}
	return -1
}

// conjunctions may open a sentence before its subject.
var conjunctions = text.NewWordSet("but", "and", "yet", "so", "still")

// leadingClauseEnd returns where a clause that opens s before its main
// clause ends: a subordinate clause ("When X spoke,") or a participial one
// ("Surveying the damage in Ohio,", "Speaking to reporters,", "Asked
// whether Mr. Clinton would serve,"); -1 if none.
func leadingClauseEnd(s string) int {
	if end := subordinateClauseEnd(s); end > 0 {
		return end
	}
	f := strings.Fields(s)
	if len(f) < 3 {
		return -1
	}
	r, _ := utf8.DecodeRuneInString(f[1])
	if !isParticiple(f[0]) && !questionedOpeners.HasLower(f[0]) || !unicode.IsLower(r) {
		return -1
	}
	return strings.IndexByte(s, ',')
}

// openingEndsAt reports whether the comma at byte i of s closes what opens
// s before its main clause: a prepositional phrase ("On Monday,"), a
// subordinate or participial clause ("Hinting at better times for
// exporters,"). The name after it is the main clause's subject.
func openingEndsAt(s string, i int) bool {
	return openingPhraseEnd(s) == i || prepositionalOpeningEnd(s) == i || leadingClauseEnd(s) == i
}

// questionedOpeners are the past participles that open a clause on what
// the subject was asked before they answer: "Asked about the polls,".
var questionedOpeners = text.NewWordSet(
	"asked", "pressed", "questioned", "challenged", "told", "confronted",
	"reminded", "interviewed", "quizzed",
)

// isParticiple reports whether w looks like a present participle and is
// no given name: "Surveying", "Commenting".
func isParticiple(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "ing") && names.FirstNameGender(w) == names.GenderUnknown
}

// unnamedReach is how many words before a role noun the determiner that
// leaves it unnamed may stand: "a senior Japanese Finance Ministry
// official told Reuters".
const unnamedReach = 7

// unnamedOpening reads a sentence s that opens on someone unnamed: "a" or
// "an" and, within unnamedReach words, a role noun no name follows ("A
// spokesman for the council", "An aide to the senator"; not "A spokesman,
// Tom Hale,"), or a statement, report or the like. The speaker is no one,
// or the body the role speaks for when one follows it ("A spokesman for
// the LSE": the LSE), or the body whose statement it is ("An IAAF
// statement").
func unnamedOpening(s string) (people.Ref, bool) {
	f := strings.Fields(s)
	if len(f) < 2 {
		return people.Ref{}, false
	}
	switch strings.ToLower(f[0]) {
	case "a", "an", "one", "another":
	default:
		return people.Ref{}, false
	}
	for k := 1; k < len(f) && k <= unnamedReach; k++ {
		if documentNouns.HasLower(strings.TrimRight(f[k], ",.;:")) {
			// "An IAAF statement said:": a body's words, or no one's.
			if k == 2 && names.IsAcronym(f[1]) && len(f[1]) <= 6 {
				return people.Ref{Body: f[1]}, true
			}
			return people.Ref{Nobody: true}, true
		}
		if names.IsRoleWord(strings.ToLower(strings.TrimRight(f[k], ",.;:"))) {
			if k+1 < len(f) && capitalised(f[k+1]) {
				return people.Ref{}, false
			}
			if body, ok := bodySpokenFor(f[k+1:]); ok {
				return people.Ref{Body: body}, true
			}
			return people.Ref{Nobody: true}, true
		}
		if strings.ContainsAny(f[k], ",.;:") {
			return people.Ref{}, false
		}
	}
	return people.Ref{}, false
}

// documentReach is how many words a document's phrase may run to: "the
// Royal Academy of Dance's statement".
const documentReach = 6

// documentSpeaker reads the words that end in a document noun and speak as
// a verb's subject: the body whose document it is, by its capitalised name
// or its owner's "'s" ("the World Bank report", "a CAS statement",
// "Chelsea's statement"), else no one ("the report", "a new study").
// start is where the phrase begins in words.
func documentSpeaker(words []string) (ref people.Ref, start int, ok bool) {
	if len(words) == 0 || !documentNouns.HasLower(words[len(words)-1]) {
		return people.Ref{}, 0, false
	}
	// Back from the noun over the body's capitalised words to a
	// determiner, or to an owner's "'s".
	k := len(words) - 1
	for k > 0 && capitalised(words[k-1]) && !possessive(words[k-1]) && !determiners.HasLower(words[k-1]) {
		k-- // "The" opening a sentence is capitalised, but no body's word
	}
	if k > 0 && possessive(words[k-1]) {
		owner := words[k-1]
		name := withoutPossessive(owner)
		j := k - 1
		for j > 0 && capitalised(words[j-1]) {
			j--
		}
		for _, w := range words[j:k] {
			if names.IsTitleWord(strings.ToLower(names.TrimToken(w))) || names.FirstNameGender(w) != names.GenderUnknown {
				// A person's statement ("Mr Kok's report") is left
				// to the rules for people.
				return people.Ref{}, 0, false
			}
		}
		body := strings.Join(append(append([]string(nil), words[j:k-1]...), name), " ")
		if !capitalised(body) {
			return people.Ref{}, 0, false // "his statement"
		}
		return people.Ref{Body: body}, j, true
	}
	if k == 0 || !determiners.HasLower(words[k-1]) {
		return people.Ref{}, 0, false
	}
	if k == len(words)-1 {
		return people.Ref{Nobody: true}, k - 1, true // "the report said"
	}
	return people.Ref{Body: strings.Join(words[k:len(words)-1], " ")}, k - 1, true
}

// documentLeads reports whether the word before a document's phrase lets
// the phrase be its verb's subject: none, a comma's end, or "to" of
// "according to"; not a verb's object ("Trump issued a statement saying").
func documentLeads(prev string) bool {
	return prev == "" || strings.HasSuffix(prev, ",") || strings.EqualFold(prev, "to")
}

// determiners open a document's phrase.
var determiners = text.NewWordSet("the", "a", "an", "its", "their", "this", "that")

// documentNouns name what speaks for a body or for no one: "a statement
// said", "a report concluded".
var documentNouns = text.NewWordSet("statement", "report", "letter", "release", "memo", "study", "survey", "document", "filing", "newsletter", "manifesto", "leaflet", "poster", "bulletin", "editorial", "submission", "ruling", "judgement", "judgment", "petition", "lawsuit", "suit", "complaint", "motion")

// bodySpokenFor reads the body a role speaks for from the words after the
// role: "for", "of" or "at", then a body's name by its form (as
// bodyBefore reads one).
func bodySpokenFor(after []string) (string, bool) {
	if len(after) < 2 {
		return "", false
	}
	switch after[0] {
	case "for", "of", "at":
	default:
		return "", false
	}
	rest := strings.Join(after[1:], " ")
	runs := names.RunIndexes(rest)
	if len(runs) == 0 || strings.TrimSpace(strings.TrimPrefix(rest[:runs[0][0]], "the ")) != "" {
		return "", false // the body's name must come first
	}
	// A body's name may join runs by "of" or "for": "the Department for
	// International Development", "the Bank of England".
	end := runs[0][1]
	for _, r := range runs[1:] {
		if gap := rest[end:r[0]]; gap != " of " && gap != " for " {
			break
		}
		end = r[1]
	}
	name := strings.TrimRight(rest[:end], ",.;:")
	if joined := strings.TrimPrefix(name, "the "); strings.Contains(joined, " of ") || strings.Contains(joined, " for ") {
		return joined, true // a body's form, however it ends
	}
	return bodyBefore(name, len(name))
}

// anonymousNouns name someone who speaks unnamed by what they are to the
// story, no role: "a Labour source told", "one insider said". (A
// confidant is a role, in names.)
var anonymousNouns = text.NewWordSet("source", "sources", "insider", "insiders")

// unnamedSubject reports whether lead ends in a role that names no one:
// "a spokesman", "his lawyer", "one of her aides", "a Labour source".
func unnamedSubject(lead string) bool {
	f := strings.Fields(lead)
	n := len(f)
	if n < 2 {
		return false
	}
	last := strings.ToLower(f[n-1])
	if !names.IsRoleWord(last) && !names.IsRoleWord(strings.TrimSuffix(last, "s")) && !anonymousNouns.Has(last) {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-unnamedReach; k-- {
		w := strings.ToLower(f[k])
		switch w {
		case "a", "an", "one", "another", "his", "her", "their":
			return true
		case "the", "its", "our":
			return false
		}
		if possessive(w) && k == n-2 {
			return true // "Mr Blair's spokesman said:": the spokesman, unnamed
		}
		if strings.ContainsAny(w, ",.;:") {
			return false
		}
	}
	return false
}

// inOwnWordsRe matches "in his words," or "in her own words" just before a
// quotation.
var inOwnWordsRe = regexp.MustCompile(`(?i)\bin (his|her) (?:own )?words,?\s*$`)

// inOwnWordsMatch is inOwnWordsRe's submatch indexes in s, the expression
// run only where s holds "ord" in some case, as "words" does: asked of
// every sentence before a quotation.
func inOwnWordsMatch(s string) []int {
	for i := 0; i+3 <= len(s); i++ {
		if s[i]|0x20 == 'o' && s[i+1]|0x20 == 'r' && s[i+2]|0x20 == 'd' {
			return inOwnWordsRe.FindStringSubmatchIndex(s)
		}
	}
	return nil
}

// subordinators open a clause that leads to the sentence's main clause.
var subordinators = text.NewWordSet(
	"after", "when", "while", "as", "before", "although",
	"though", "because", "since", "if", "once", "until",
	"whereas", "whenever",
)

// subordinateClauseEnd returns where the subordinate clause that opens the
// sentence s ends, at its first comma, or -1 when s opens with none.
func subordinateClauseEnd(s string) int { return openedUntilComma(s, subordinators) }

// openedUntilComma returns where the first comma of s stands when s opens
// with a word of openers, or -1.
func openedUntilComma(s string, openers *text.WordSet) int {
	s0 := strings.TrimLeft(s, " ")
	w, _, _ := strings.Cut(s0, " ")
	if !openers.HasLower(w) {
		return -1
	}
	i := strings.IndexByte(s0, ',')
	if i < 0 {
		return -1
	}
	return len(s) - len(s0) + i
}

// subjectAfterOpeningPhrases reads the name that opens the main clause of
// s after the prepositional phrases that open it: "In a Fox interview
// later that day, Trump went further:", "At a rally in Dayton, Ohio, on
// Sunday, Quist said". A main clause that opens otherwise ("At a rally,
// some of his supporters ...") gives none.
func subjectAfterOpeningPhrases(s string) (people.Ref, bool) {
	for {
		end := openingPhraseEnd(s)
		if end < 0 {
			return people.Ref{}, false
		}
		s = s[end+1:]
		runs := names.Runs(s)
		if len(runs) == 0 {
			return people.Ref{}, false
		}
		if r := runs[0]; strings.TrimSpace(s[:r.Start]) == "" {
			if r.Possessive || modifiesNamedRole(s[r.End:]) || qualifiesGroup(s[r.End:]) {
				return people.Ref{}, false
			}
			return refOf(s, r), true
		}
	}
}

// phraseOpeners are the prepositions that open a phrase before a
// sentence's subject: "In an interview with CNN's Jake Tapper, Clinton
// said".
var phraseOpeners = text.NewWordSet(
	"in", "at", "on", "during", "with", "throughout", "despite", "amid",
	"following", "under",
)

// openingPhraseEnd returns where a prepositional phrase that opens s ends,
// at its first comma, or -1 when s opens with none.
func openingPhraseEnd(s string) int {
	i := openedUntilComma(s, phraseOpeners)
	if i < 0 {
		return -1
	}
	// "In Birmingham, Alabama, on Saturday,": a place's state or country
	// after its comma is still the phrase's.
	for {
		rest := s[i+1:]
		j := strings.IndexByte(rest, ',')
		if j < 0 {
			break
		}
		words := strings.Fields(rest[:j])
		if len(words) == 0 || len(words) > 2 || !capitalised(words[0]) || !capitalised(words[len(words)-1]) {
			break
		}
		i += 1 + j
	}
	return i
}

// capitalised reports whether a word opens with an upper-case letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// nameAfterVerb reads the speaker named after a speech verb: "said Ortega",
// "said Real Madrid president Florentino Perez" (the name after the role,
// not the club), "said one of their lawyers, Michalis Dimitrakopoulos".
func nameAfterVerb(rest string) (people.Ref, bool) {
	clause := dropPartyTags(rest)
	if i := strings.IndexAny(clause, ".;"); i >= 0 {
		for i >= 0 && i < len(clause) && names.IsAbbrevToken(names.LastField(clause[:i+1])) {
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
	led := false // the run before leads by a title to this one
	for k, m := range runs {
		between := clause[:m[0]]
		if k > 0 {
			between = clause[runs[k-1][1]:m[0]]
		}
		// "said the Rev. Peter Wherry": a title may take "the", and so may
		// an owner before the name ("said the Observer's Philip French").
		first := strings.Fields(clause[m[0]:m[1]])[0]
		titled := strings.TrimSpace(between) == "the" && (names.IsTitleWord(strings.ToLower(names.TrimToken(first))) ||
			possessive(first) && strings.Contains(clause[m[0]:m[1]], " "))
		if k == 0 && m[0] != 0 && !strings.Contains(between, ",") && !describesSpeaker(between) && !titled {
			// Lower-case words first: only a role phrase then a comma ("one
			// of their lawyers, X"), or words that describe the speaker
			// ("former", "election lawyer"), may lead to the name.
			return people.Ref{}, false
		}
		if k > 0 && !led && !roleLeadsToSpeaker(between) {
			break
		}
		led = false
		next := ""
		if k+1 < len(runs) {
			next = clause[m[1]:runs[k+1][0]]
		}
		if k+1 < len(runs) && (titleLeadsTo(next, clause[runs[k+1][0]:runs[k+1][1]]) || officeLeadsTo(clause[m[0]:m[1]], next)) {
			// "Air Force 1st Lt. Tyler Livingston", "Oversight ranking
			// Democrat Elijah Cummings": a title or role opens the next
			// run, the name.
			led = true
			continue
		}
		if k+1 < len(runs) && bodyOfPlace(clause[m[0]:m[1]], next) {
			// "said Bank of Japan chief Toshihiko Fukui": a body named
			// with "of" and a place, whose role then leads to the name.
			led = true
			continue
		}
		// "host" leads to a name only after a speech verb ("said MSNBC
		// host X"); in narrative it is as often a verb ("Sale host Bath").
		if k+1 < len(runs) && strings.TrimSpace(next) == "host" {
			led = true
			continue
		}
		// "Clinton's top foreign policy aide <Name>": after an owner the
		// role may run longer.
		if k+1 < len(runs) && possessive(clause[m[0]:m[1]]) &&
			describesSpeaker(next) && names.IsRoleWordInAnyCase(names.LastField(strings.TrimSpace(next))) {
			led = true
			continue
		}
		if k+1 < len(runs) && !strings.Contains(clause[m[0]:m[1]], " ") && isNationality(clause[m[0]:m[1]]) && lowerWords(next, 2) && !prepositions.Has(strings.TrimSpace(next)) {
			// "said Italian teenager Sala": a nationality and a word or
			// two describe the one named next. A demonym is one word
			// ("McLeish" only ends like one).
			led = true
			continue
		}
		if k+1 < len(runs) && roleLeadsToSpeaker(next) && !strings.HasPrefix(strings.TrimLeft(next, " "), ",") {
			// "Real Madrid president <Name>": the name comes next; but in
			// "<Name>, a veteran GOP leader" the role describes this one.
			continue
		}
		if run, ok := parseRunAt(clause, m[0], m[1]); ok {
			return refOf(clause, run), true
		}
		return people.Ref{}, false
	}
	return people.Ref{}, false
}

// lowerWords reports whether s is one to n words, all in lower case.
func lowerWords(s string, n int) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > n {
		return false
	}
	for _, w := range f {
		if !isLowerWord(w) {
			return false
		}
	}
	return true
}

// roleLeadsToSpeaker is roleLeadsTo after a speech verb, where a role of
// four words that all describe leads to the speaker too: "said Tory
// shadow local government secretary Caroline Spelman". In narrative such
// words may as well end a clause.
func roleLeadsToSpeaker(between string) bool {
	return roleLeadsTo(between) || names.IsRoleWordInAnyCase(names.LastField(between)) && describesSpeaker(between)
}

// officeLeadsTo reports whether a run ending in a title or role, then
// "of" or "for" and perhaps "the", opens an office whose holder the next
// run names: "said Chancellor of the Exchequer Gordon Brown".
func officeLeadsTo(run, between string) bool {
	switch strings.TrimSpace(between) {
	case "of", "of the", "for", "for the":
	default:
		return false // asked first: lowering the run's last word copies it
	}
	last := strings.ToLower(names.LastField(run))
	return names.IsTitleWord(last) || names.IsRoleWord(last)
}

// bodyOfPlace reports whether a run ending in a body's noun, then "of" and
// perhaps "the", names a body by its place or field ("Bank of Japan",
// "University of Kent"): the next run goes on with the body's name.
func bodyOfPlace(run, between string) bool {
	switch strings.TrimSpace(between) {
	case "of", "of the":
	default:
		return false
	}
	return bodyNouns.HasLower(names.LastField(run))
}

// titleLeadsTo reports whether the next run, after at most two lower-case
// words or an ordinal and no comma, opens with a title or role and goes on
// to a name.
func titleLeadsTo(between, next string) bool {
	f := strings.Fields(between)
	if strings.Contains(between, ",") || len(f) > 2 {
		return false
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return false
		}
	}
	toks := strings.Fields(next)
	if len(toks) < 2 {
		return false
	}
	first := strings.ToLower(names.TrimToken(toks[0]))
	return names.IsTitleWord(first) || names.IsRoleWord(first)
}

// roleLeadsTo reports whether the words between two capitalised runs are a
// role that introduces the second: " president ", " sporting director ".
func roleLeadsTo(between string) bool {
	between = strings.Trim(between, " ,")
	// The last word first, read from the end: the words between two names
	// may be a long stretch of text, and most end in no role noun.
	if last := names.LastField(between); !names.IsRoleWordInAnyCase(last) && !names.IsHyphenedRole(last) {
		return false // "chief", "vice-director"
	}
	return text.WordCount(between) <= 3
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
func hasSpeechCue(s string) bool { return speechVerbs.Match(s) }

// narrativeHasSpeechCue is hasSpeechCue of a sentence whose quotations are
// blanked (see mask), read without them. Asked only of the few quotations
// it decides: the copy is most of its cost.
func narrativeHasSpeechCue(masked string) bool {
	return hasSpeechCue(strings.ReplaceAll(masked, "_", ""))
}

// describesSpeaker reports whether the lower-case words between a speech
// verb and a name describe the speaker ("former", "election lawyer",
// "undecided"), rather than begin a clause ("in a statement that"): a few
// content words, none of them a function word.
func describesSpeaker(between string) bool {
	f := strings.Fields(between)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	// "his campaign manager", "the party's treasurer", "a proud coach": a
	// determiner may open a role.
	if len(f) > 1 && leadsRole.HasLower(f[0]) && names.IsRoleWordInAnyCase(f[len(f)-1]) {
		f = f[1:]
	}
	prev := ""
	for _, w := range f {
		l := strings.ToLower(strings.Trim(w, ",-"))
		// "of" belongs to a role: "former secretary of state".
		ofRole := l == "of" && (names.IsRoleWord(prev) || names.IsTitleWord(prev))
		if text.IsStopWord(l) && l != "former" && !ofRole || strings.ContainsAny(w, ".;:\"") {
			return false
		}
		prev = l
	}
	return true
}

// leadsRole are the determiners that may open a role before a name.
var leadsRole = text.NewWordSet("his", "her", "their", "its", "our", "the", "a", "an")

// maxAppositionWords bounds a name and its apposition between a quotation
// and its speech verb.
const maxAppositionWords = 25

// partyTagRe matches a US party and state tag after a name: "(D-Md.)",
// "(R)", ", R-Ky.,", "(Tex.)".
var partyTagRe = regexp.MustCompile(`\s*\((?:[DRI]|[DRI]-[A-Z][\p{L}.]*|[A-Z][a-z]{1,4}\.)\)|,\s*[DRI]-[A-Z][\p{L}.]*,?`)

// dropPartyTags removes the party tags of s. Every tag holds a bracket or
// a party's letter and a hyphen ("D-", "R-", "I-"), and most texts hold
// neither: they are returned as they are.
func dropPartyTags(s string) string {
	if strings.IndexByte(s, '(') < 0 && !strings.Contains(s, "D-") && !strings.Contains(s, "R-") && !strings.Contains(s, "I-") {
		return s
	}
	return partyTagRe.ReplaceAllString(s, "")
}

// passiveVerbs are the participles that report words in the passive:
// `have been described as`, `was branded a`.
var passiveVerbs = text.NewWordSet("described", "branded", "called", "labelled", "labeled", "dismissed", "condemned", "hailed", "criticised", "criticized", "denounced", "praised", "termed", "dubbed")

// passiveAuxiliaries are the forms of "be" before such a participle.
var passiveAuxiliaries = text.NewWordSet("been", "was", "were", "is", "are", "be")

// passiveSpeech reports whether pre, the words of a sentence before its
// quotation, report it in the passive: an auxiliary, a participle of
// passiveVerbs, then "as" and an article, each of the last two optional.
func passiveSpeech(pre string) bool {
	rest := strings.TrimRight(pre, " ")
	last := func() string { return rest[strings.LastIndexByte(rest, ' ')+1:] }
	cut := func() { rest = strings.TrimRight(rest[:len(rest)-len(last())], " ") }
	if w := last(); w == "a" || w == "an" || w == "the" {
		cut()
	}
	if last() == "as" {
		cut()
	}
	if !passiveVerbs.Has(last()) {
		return false
	}
	cut()
	return passiveAuxiliaries.Has(last())
}

// agentOf reads who did a passive verb from the words after its "by": a
// person or a body named, or a group (`by MPs`, `by the Conservatives`),
// which is no one.
func agentOf(agent string) (people.Ref, bool) {
	if ref, ok := nameAfterVerb(agent); ok {
		return ref, true
	}
	if body, ok := bodyAfter(agent); ok {
		return people.Ref{Body: body}, true
	}
	return people.Ref{Nobody: true}, true
}

// bodyAfter reads a body named at the start of s, "the" allowed before it:
// "Downing Street", "the IAAF".
func bodyAfter(s string) (string, bool) {
	runs := names.RunIndexes(s)
	if len(runs) == 0 {
		return "", false
	}
	if lead := strings.TrimSpace(s[:runs[0][0]]); lead != "" && !strings.EqualFold(lead, "the") {
		return "", false
	}
	return bodyBefore(s, runs[0][1])
}
