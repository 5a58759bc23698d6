package quotes

import (
	"math"
	"strings"

	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/people"
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
	if g, ok := st.gender[ref.Surname()]; ok {
		return g
	}
	if len(ref.Name) > 1 {
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
		if r != "" && (strings.HasSuffix(r, role) || strings.HasSuffix(role, r)) && len(st.events[i].Ref.Name) > 0 {
			return st.events[i].Ref, true
		}
	}
	return people.Ref{}, false
}

// Pronoun resolution weighs each person named in the paragraphs before:
// nearer is better, and a speaker, a sentence's subject and a person whose
// sex is known to fit are likelier antecedents than a person merely named.
const (
	pronounReach    = 3   // paragraphs back
	pronounSpeaker  = 1.2 // worth more than a paragraph's distance
	pronounSubject  = 0.5
	pronounKnownSex = 1.0
)

// resolvePronoun finds the person a pronoun names: the best candidate of
// the same or the few paragraphs before whose sex fits, else the latest
// person named who fits.
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
	best, bestScore := -1, math.Inf(-1)
	for i := len(st.events) - 1; i >= 0; i-- {
		m := st.events[i]
		d := para - m.Para
		if d > pronounReach {
			break
		}
		g := st.genderOf(m.Ref)
		if len(m.Ref.Name) == 0 || g != names.GenderUnknown && g != want {
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
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	if best >= 0 {
		return st.events[best].Ref, true
	}
	for i := len(st.events) - 1; i >= 0; i-- {
		m := st.events[i]
		if g := st.genderOf(m.Ref); len(m.Ref.Name) > 0 && (g == names.GenderUnknown || g == want) {
			return m.Ref, true
		}
	}
	return people.Ref{}, false
}

// isSubject reports whether a name run is the subject of its sentence: no
// person is named before it in the sentence, and no preposition or "and"
// stands before it.
func isSubject(v paragraphView, run names.Run) bool {
	ss, _ := sentenceAt(v.bounds, run.Start)
	if w := wordBefore(v.masked, run.Start); prepositions[w] || w == "and" || run.Possessive {
		return false
	}
	for _, r := range names.RunIndexes(v.masked[ss:run.Start]) {
		if _, ok := names.ParseRun(v.masked, ss+r[0], ss+r[1]); ok {
			return false
		}
	}
	return true
}
