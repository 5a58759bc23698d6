package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The vote was held. It passed easily.", []string{"The vote was held.", "It passed easily."}},
		{"titles", "Mr Smith met Dr. Jones. They talked.", []string{"Mr Smith met Dr. Jones.", "They talked."}},
		{"month abbreviation", "It happened on Nov. 7, 2017 in Moscow. Then he left.", []string{"It happened on Nov. 7, 2017 in Moscow.", "Then he left."}},
		{"initialism inside", "The U.S. President spoke to U.K. officials.", []string{"The U.S. President spoke to U.K. officials."}},
		{"initialism ends sentence", "It is a battle in the U.S. But your visit gives hope.", []string{"It is a battle in the U.S.", "But your visit gives hope."}},
		{"initials", "John F. Kennedy was president.", []string{"John F. Kennedy was president."}},
		{"quote ends sentence", `He said: "It is over." She agreed.`, []string{`He said: "It is over."`, "She agreed."}},
		{"curly quote ends sentence", "“It is over.” She agreed.", []string{"“It is over.”", "She agreed."}},
		{"comma inside quote", `"We are ready," Ushakova said. Talks begin.`, []string{`"We are ready," Ushakova said.`, "Talks begin."}},
		{"question inside title", "She wrote “Will It Last?” and left.", []string{"She wrote “Will It Last?” and left."}},
		{"state abbreviation in apposition", "Ann Lee of Mobile, Ala., says so. She left.", []string{"Ann Lee of Mobile, Ala., says so.", "She left."}},
		{"state abbreviation ends sentence", "She lives in Mobile, Ala. The town is small.", []string{"She lives in Mobile, Ala.", "The town is small."}},
		{"decimal", "Rates rose to 4.75% on Friday. Markets fell.", []string{"Rates rose to 4.75% on Friday.", "Markets fell."}},
		{"web address", "Source: example.com is cited. Fine.", []string{"Source: example.com is cited.", "Fine."}},
		{"no final mark", "A caption without a full stop", []string{"A caption without a full stop"}},
		{"exclamation and question", "Really? Yes! Done.", []string{"Really?", "Yes!", "Done."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, splitSentences(tt.in)); diff != "" {
				t.Errorf("splitSentences(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func FuzzSplitSentences(f *testing.F) {
	f.Add("Mr. A. B. said \"x.\" Then U.S. B?")
	f.Fuzz(func(t *testing.T, s string) {
		for _, sent := range splitSentences(s) {
			if sent == "" {
				t.Fatal("empty sentence")
			}
		}
	})
}
