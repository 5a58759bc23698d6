package quotes

import (
	"regexp"
	"strings"

	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/text"
)

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
