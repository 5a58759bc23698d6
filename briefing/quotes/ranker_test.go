package quotes

import (
	"slices"
	"testing"

	"github.com/briefbot/briefbot/briefing/text"
)

// TestRankerWeightsComplete holds the shipped weight file to the features
// the code computes.
func TestRankerWeightsComplete(t *testing.T) {
	_, missing, err := parseRanker(rankerJSON)
	if err != nil {
		t.Fatal(err)
	}
	if len(missing) > 0 {
		t.Errorf("ranker.json has no weight for %v: run go generate ./briefing/quotes", missing)
	}
	if _, _, err := parseRanker([]byte(`{"weights": [1, 2]}`)); err == nil {
		t.Error("a malformed weight file was accepted")
	}
}

// TestExamplesAreWhatTheRulesLeave checks the training view: the quotations
// the rules cannot attribute are listed with their candidates, those they
// can are not.
func TestExamplesAreWhatTheRulesLeave(t *testing.T) {
	a := text.Article{ID: "a.txt", Title: "A title"}
	for _, p := range []string{
		`"The road opens in May," said Ilse Varga.`,
		`Paul Okafor and his rival Dana Wells met in Leeds.`,
		`Okafor was relaxed. Good ideas win out, but only when "people can see them working in their own street."`,
	} {
		a.Paragraphs = append(a.Paragraphs, text.NewParagraph(text.Body, p))
	}
	exs := Examples([]text.Article{a})
	if len(exs) != 1 || exs[0].Quote != "people can see them working in their own street." {
		t.Fatalf("examples = %+v, want only the quotation the rules leave", exs)
	}
	var who []string
	for _, c := range exs[0].Candidates {
		who = append(who, c.Name)
		if len(c.Features) != len(FeatureNames()) {
			t.Errorf("%s has %d features, want %d", c.Name, len(c.Features), len(FeatureNames()))
		}
	}
	if !slices.Contains(who, "Paul Okafor") || !slices.Contains(who, "Dana Wells") {
		t.Errorf("candidates %v lack Paul Okafor or Dana Wells", who)
	}
	if exs[0].Null[fNull] != 1 {
		t.Errorf("no one alternative = %v", exs[0].Null)
	}
}
