package briefing

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/text"
)

func resolverFixture() *Briefing {
	return New([]text.Article{
		article("a.txt", Date{}, `Kremlin spokesman Dmitry Peskov said the talks were "quite useful".`,
			`Singer Anna Peskova, a former pop star, opened the festival.`,
			`Foreign Minister Sergey Lavrov said: "We are ready to talk."`),
		article("b.txt", Date{}, `Mr John Smith, a teacher, said: "The school is full."`,
			`Mrs Jane Smith, a nurse, said: "The hospital is full."`,
			`Secretary of State Rex Tillerson arrived on Monday.`),
	})
}

func TestResolve(t *testing.T) {
	b := resolverFixture()
	tests := []struct {
		query      string
		want       string // the one person, or ""
		candidates int    // when ambiguous
		how        string
	}{
		{"peskov", "Dmitry Peskov", 0, "alias"},
		{"Peskov", "Dmitry Peskov", 0, "alias"},
		{"dmitry peskov", "Dmitry Peskov", 0, "alias"},
		{"Dmitri Peskov", "Dmitry Peskov", 0, "alias"},
		{"pskv", "Dmitry Peskov", 0, "subsequence"},
		{"peskof", "Dmitry Peskov", 0, "typo"},
		{"sergei lavrov", "Sergey Lavrov", 0, "alias"},
		{"lavrof", "Sergey Lavrov", 0, "typo"},
		{"lavorv", "Sergey Lavrov", 0, "typo"},
		{"pesokv", "Dmitry Peskov", 0, "typo"},
		{"peskova", "Anna Peskova", 0, "alias"},
		{"tillerson", "Rex Tillerson", 0, "alias"},
		{"smith", "", 2, "alias"},
		{"zebedee", "", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res := b.Resolve(tt.query)
			got := ""
			if res.Person != nil {
				got = res.Person.Name
			}
			if got != tt.want || len(res.Candidates) != tt.candidates || res.How != tt.how {
				t.Errorf("Resolve(%q) = %q (%s), %d candidates %v; want %q (%s), %d", tt.query, got, res.How, len(res.Candidates), personNames(res.Candidates), tt.want, tt.how, tt.candidates)
			}
		})
	}
}

func personNames(ps []people.Person) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

func TestResolveUnknownSuggests(t *testing.T) {
	b := resolverFixture()
	res := b.Resolve("lavrin")
	if res.Person != nil {
		// A one-letter slip is a typo match; a farther one suggests.
		return
	}
	if len(res.Suggestions) == 0 || res.Suggestions[0].Name != "Sergey Lavrov" {
		t.Errorf("suggestions = %v, want Sergey Lavrov first", personNames(res.Suggestions))
	}
}

func TestEmptyQueryResolvesNobody(t *testing.T) {
	b := resolverFixture()
	if res, quotes := b.WhoSaid("   "); res.Person != nil || len(quotes) != 0 {
		t.Errorf("empty query gave %v, %d quotes", res.Person, len(quotes))
	}
}

func TestSuggestPrefix(t *testing.T) {
	b := resolverFixture()
	got := b.Suggest("pes", 25)
	if len(got) < 2 || got[0].Name != "Dmitry Peskov" {
		t.Errorf("Suggest(pes) = %v, want Dmitry Peskov first (he is quoted)", personNames(got))
	}
	if all := b.Suggest("", 3); len(all) != 3 {
		t.Errorf("Suggest(\"\", 3) gave %d", len(all))
	}
}

func TestWhoSaidReturnsOnlyThatPerson(t *testing.T) {
	b := resolverFixture()
	res, quotes := b.WhoSaid("pskv")
	if res.Person == nil || len(quotes) != 1 || !strings.Contains(quotes[0].Text, "useful") {
		t.Errorf("who-said pskv = %v %+v", res.Person, quotes)
	}
	if _, quotes := b.WhoSaid("tillerson"); len(quotes) != 0 {
		t.Errorf("Tillerson said nothing, got %+v", quotes)
	}
}

// BenchmarkSuggest measures autocomplete over the people of the whole BBC
// corpus; it must stay well under a millisecond.
func BenchmarkSuggest(b *testing.B) {
	br := New(loadBBC(b, ""))
	b.ResetTimer()
	for b.Loop() {
		br.Suggest("bla", 25)
	}
}

// BenchmarkResolve measures name resolution with a typo over the BBC people.
func BenchmarkResolve(b *testing.B) {
	br := New(loadBBC(b, ""))
	b.ResetTimer()
	for b.Loop() {
		br.Resolve("blaier")
	}
}

// TestWhoSaidSharedName: a surname two quoted people share is answered
// with the quotes of each, person after person; one shared by more than
// SharedNameLimit is asked back, without quotes.
func TestWhoSaidSharedName(t *testing.T) {
	res, qs := resolverFixture().WhoSaid("smith")
	var got []string
	for _, q := range qs {
		got = append(got, q.Speaker+": "+q.Text)
	}
	want := []string{"John Smith: The school is full.", "Jane Smith: The hospital is full."}
	if res.Person != nil || len(res.Candidates) != 2 || strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("who-said smith = %v, %d candidates, quotes %q; want no one person, 2 candidates, %q", res.Person, len(res.Candidates), got, want)
	}

	var paras []string
	for _, given := range []string{"John", "Jane", "Adam", "Ruth"} {
		paras = append(paras, given+` Smith, a teacher, said: "The school is full."`)
	}
	res, qs = New([]text.Article{article("a.txt", Date{}, paras...)}).WhoSaid("smith")
	if res.Person != nil || len(res.Candidates) != 4 || len(qs) != 0 {
		t.Errorf("four Smiths: %v, %d candidates, %d quotes; want 4 candidates, no quotes", res.Person, len(res.Candidates), len(qs))
	}
}
