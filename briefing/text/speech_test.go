package text

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// phraseList is a list with words, phrases and a word that prefixes
// another ("said", "saying").
const phraseList = SpeechVerbs + `|called|pushed back|took aim`

// The expressions a PhraseMatcher stands for: the reference it must agree
// with.
var (
	phraseRe     = regexp.MustCompile(`\b(?:` + phraseList + `)\b`)
	phraseFoldRe = regexp.MustCompile(`\b(?i:` + phraseList + `)\b`)
)

func reference(re *regexp.Regexp, s string) [][2]int {
	var out [][2]int
	for _, m := range re.FindAllStringIndex(s, -1) {
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

var phraseCases = []string{
	`"We will win," she said, adding that the party had "pointed out" the risks.`,
	"He SAID it; they Pushed Back and took  aim, according to reports_ or according_to",
	"saidx xsaid said_ _said said2 was quoted was  quoted was\tquoted wasquoted",
	"According to é said ésaid saidé posts posted postsx",
	"went on went onwards wentt on chimed in shot back at", "", "said", "pointed", "pointed out",
}

func TestPhraseMatcherMatchesTheExpression(t *testing.T) {
	plain, fold := NewPhraseMatcher(phraseList, false), NewPhraseMatcher(phraseList, true)
	for _, s := range phraseCases {
		if diff := cmp.Diff(reference(phraseRe, s), plain.FindAll(s, -1)); diff != "" {
			t.Errorf("%q (-regexp +matcher):\n%s", s, diff)
		}
		if diff := cmp.Diff(reference(phraseFoldRe, s), fold.FindAll(s, -1)); diff != "" {
			t.Errorf("%q, case folded (-regexp +matcher):\n%s", s, diff)
		}
		if got, want := fold.Match(s), phraseFoldRe.MatchString(s); got != want {
			t.Errorf("Match(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestPhraseMatcherRefusesAmbiguousLists(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic for a word that also starts a phrase")
		}
	}()
	NewPhraseMatcher("went|went on", false)
}

func FuzzPhraseMatcher(f *testing.F) {
	for _, s := range phraseCases {
		f.Add(s)
	}
	plain, fold := NewPhraseMatcher(phraseList, false), NewPhraseMatcher(phraseList, true)
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(reference(phraseRe, s), plain.FindAll(s, -1)); diff != "" {
			t.Errorf("%q (-regexp +matcher):\n%s", s, diff)
		}
		// Unicode case folding also maps the Kelvin sign to k and the long
		// s to s; the matcher folds ASCII only.
		if strings.ContainsAny(s, "\u212a\u017f") {
			return
		}
		if diff := cmp.Diff(reference(phraseFoldRe, s), fold.FindAll(s, -1)); diff != "" {
			t.Errorf("%q, case folded (-regexp +matcher):\n%s", s, diff)
		}
	})
}

// TestSpeechVerbsOfAgreeingAndReassuring: verbs that report what was said
// while saying how ("agreed Cram", "LeVell assured the crowd").
func TestSpeechVerbsOfAgreeingAndReassuring(t *testing.T) {
	for _, s := range []string{
		`"It was fantastic," agreed Ada Lind.`,
		`"He is no racist," Corr assured the crowd.`,
		`"People are afraid," he surmised.`,
		`"Stop it," she demanded.`,
	} {
		if !hasSpeechVerb(s) {
			t.Errorf("no speech verb in %q", s)
		}
	}
}
