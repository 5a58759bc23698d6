package main

import (
	"testing"

	"github.com/briefbot/briefbot/briefing/quotes"
)

func TestRefusesTheDevSplit(t *testing.T) {
	for path, dev := range map[string]bool{
		"../shared/corpus/polnear/dev":      true,
		"../shared/corpus/polnear/dev/":     true,
		"../shared/gold/polnear-dev.json":   true,
		"../shared/corpus/polnear/train":    false,
		"../shared/gold/polnear-train.json": false,
		"../shared/corpus/developers":       false,
	} {
		if got := isDevSplit(path); got != dev {
			t.Errorf("isDevSplit(%q) = %v, want %v", path, got, dev)
		}
	}
	if err := run("../shared/corpus/polnear/dev", "gold.json", "out.json", 2); err == nil {
		t.Error("trained on the dev split")
	}
}

func TestSamePerson(t *testing.T) {
	aliases := map[string][]string{"Robert Casey": {"Bob Casey"}}
	for _, tt := range []struct {
		want, got string
		same      bool
	}{
		{"Hillary Clinton", "Clinton", true},
		{"Hillary Clinton", "Bill Clinton", false},
		{"Sergey Lavrov", "Sergei Lavrov", true},
		{"Joseph R. Biden Jr.", "Joseph Biden", true},
		{"Robert Casey", "Bob Casey", true},
		{"Sen. Ted Cruz", "Cruz", true},
		{"Ted Cruz", "Rubio", false},
	} {
		if got := samePerson(tt.want, tt.got, aliases); got != tt.same {
			t.Errorf("samePerson(%q, %q) = %v, want %v", tt.want, tt.got, got, tt.same)
		}
	}
}

// TestFitLearnsTheRightAlternative fits examples where the right candidate
// is always the one named in the quotation's sentence, and "no one" is
// right when no candidate is: the weights must rank them so.
func TestFitLearnsTheRightAlternative(t *testing.T) {
	n := len(quotes.FeatureNames())
	vec := func(on ...int) []float64 {
		f := make([]float64, n)
		for _, i := range on {
			f[i] = 1
		}
		return f
	}
	const null, inSentence, prevPara = 0, 4, 8
	var set []example
	for i := 0; i < 40; i++ {
		set = append(set,
			example{doc: "a", alts: [][]float64{vec(null), vec(prevPara), vec(inSentence)}, label: 2},
			example{doc: "b", alts: [][]float64{vec(null), vec(inSentence), vec(prevPara)}, label: 1},
			example{doc: "c", alts: [][]float64{vec(null)}, label: 0})
	}
	w := fit(set)
	for _, ex := range set[:3] {
		if got := predict(ex.alts, w); got != ex.label {
			t.Errorf("predict = %d, want %d (weights %v)", got, ex.label, w)
		}
	}
	if acc := crossValidate(set, 3); acc < 0.6 {
		t.Errorf("cross-validated accuracy %.2f", acc)
	}
}

func TestOverlap(t *testing.T) {
	if o := overlap("We will win, and win big.", "we will win and win big"); o != 1 {
		t.Errorf("same words overlap %.2f", o)
	}
	if o := overlap("We will win", "They lost the vote"); o != 0 {
		t.Errorf("different words overlap %.2f", o)
	}
}
