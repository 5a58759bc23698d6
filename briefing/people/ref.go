// Package people groups the people named across articles into one index
// (Sergey and Sergei Lavrov are one person; "Ushakov" is "Yuri Ushakov"
// named elsewhere) and resolves the names users type to them.
package people

import (
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefing/names"
)

// Ref is a person as one place in the text names them.
type Ref struct {
	Name    []string
	Title   []string
	Role    string
	Gender  names.Gender
	Pronoun string // he, she, they... when named by a pronoun only
	// RolePhrase is set when named by role only: "the prime minister said".
	RolePhrase string
	// Nobody is set when the text names a speaker that is no person and no
	// named body ("officials said", "a spokesman said"): no other rule may
	// guess one.
	Nobody bool
	// Body is set when a named organisation speaks and no person does
	// ("the Post reported", "CNN said"); it is no person of the index.
	Body string
	// Mention is the words the reference was read from ("he", "the
	// senator", "Peskov"), in body paragraph MentionPara; a pronoun keeps
	// its own words when resolved to a person.
	Mention     string
	MentionPara int
	// surname is Name's folded last word when Named made the reference:
	// the surname is asked of a reference many times as it is linked.
	surname string
}

// Named returns the reference to a person by name, its surname folded
// once. The name may change after only to a name of the same surname.
func Named(name []string) Ref {
	r := Ref{Name: name}
	if len(name) > 0 {
		r.surname = names.SurnameKey(name[len(name)-1])
	}
	return r
}

// IsZero reports whether the reference names nobody at all.
func (p Ref) IsZero() bool {
	return len(p.Name) == 0 && p.Pronoun == "" && p.RolePhrase == "" && p.Body == ""
}

// Surname is the last word of the name as names.SurnameKey gives it, the
// key people are grouped by.
func (p Ref) Surname() string { return surnameOf(p.surname, p.Name) }

// surnameOf is the surname key of a name: folded, when Named folded it
// once, else folded now.
func surnameOf(folded string, name []string) string {
	if folded != "" || len(name) == 0 {
		return folded
	}
	return names.SurnameKey(name[len(name)-1])
}

// Naming is what linking people reads of a mention: the name, its title,
// role and sex, and whether the text marks it as a person's or a
// speaker's. A briefing keeps every article's namings between builds,
// and a Mention's other words (a pronoun, a role phrase, where it
// stands) would more than double them.
type Naming struct {
	Name, Title []string
	Role        string
	surname     string
	Gender      names.Gender
	Speaker     bool
	Strong      bool
}

// Naming returns what linking reads of the mention.
func (m Mention) Naming() Naming {
	return Naming{Name: m.Ref.Name, Title: m.Ref.Title, Role: m.Ref.Role, surname: m.Ref.surname, Gender: m.Ref.Gender, Speaker: m.Speaker, Strong: m.Strong}
}

// Surname is the surname of the name, as Ref.Surname gives it.
func (n *Naming) Surname() string { return surnameOf(n.surname, n.Name) }

// Mention is a person named in the narrative of an article.
type Mention struct {
	Ref     Ref
	Para    int
	Pos     int
	Speaker bool
	// Subject is set when the mention is its sentence's subject: the first
	// person named, not after a preposition.
	Subject bool
	// strong is set when the text marks the run as a person: a title, a role,
	// a speech verb.
	Strong bool
}

// PutSurnameFirst makes the first word of the name its surname, as
// Chinese, Korean and Vietnamese names are written (see SurnameFirst).
func (p *Ref) PutSurnameFirst() {
	if len(p.Name) > 1 {
		p.surname = names.SurnameKey(p.Name[0])
	}
}

// PutSurnameFirst makes the first word of the name its surname (see
// Ref.PutSurnameFirst).
func (n *Naming) PutSurnameFirst() {
	if len(n.Name) > 1 {
		n.surname = names.SurnameKey(n.Name[0])
	}
}

// givenName returns the first given name of a name of two words or more
// whose surname key is sn: the first word, or the second where the name
// is written surname first ("Xi Jinping" with the surname "xi"; only such
// a surname is, see SurnameFirst, so it is asked first).
func givenName(name []string, sn string) string {
	if writtenSurnameFirst(name, sn) {
		return name[1]
	}
	return name[0]
}

// writtenSurnameFirst reports whether a name whose surname key is sn is
// written surname first: sn is its first word's, not its last's.
func writtenSurnameFirst(name []string, sn string) bool {
	return len(name) > 1 && names.IsEastAsianSurname(name[0]) && sn == names.SurnameKey(name[0]) && sn != names.SurnameKey(name[len(name)-1])
}

// SurnameFirst returns the names, by FormKey, that some article writes
// surname first: an article calls the person by the first word of the
// full name alone ("Xi Jinping" ... "Xi said"), never by the last, and
// the first word is a surname of the kind written first (Chinese, Korean,
// Vietnamese: names.IsEastAsianSurname). One article's order holds in
// all, so that "Xi Jinping" is one person wherever he is named. docs
// holds each article's namings.
func SurnameFirst(docs [][]Naming) map[string]bool {
	var out map[string]bool
	for _, ms := range docs {
		if !slices.ContainsFunc(ms, func(m Naming) bool { return len(m.Name) > 1 && names.IsEastAsianSurname(m.Name[0]) }) {
			continue // nearly every article
		}
		var alone map[string]bool // the words the article names someone by alone
		for i := range ms {
			if len(ms[i].Name) == 1 {
				if alone == nil {
					alone = map[string]bool{}
				}
				alone[names.SurnameKey(ms[i].Name[0])] = true
			}
		}
		if alone == nil {
			continue
		}
		for i := range ms {
			name := ms[i].Name
			if len(name) < 2 || len(name) > 3 || !names.IsEastAsianSurname(name[0]) {
				continue
			}
			if alone[names.SurnameKey(name[0])] && !alone[names.SurnameKey(name[len(name)-1])] {
				if out == nil {
					out = map[string]bool{}
				}
				out[FormKey(name)] = true
			}
		}
	}
	return out
}

// FormKey is the key SurnameFirst gives a name by: its words folded.
func FormKey(name []string) string {
	keys := make([]string, len(name))
	for i, w := range name {
		keys[i] = names.Fold(w)
	}
	return strings.Join(keys, " ")
}
