package timeline

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/google/go-cmp/cmp"
)

func TestNewsWeight(t *testing.T) {
	published := dates.DayDate(2017, time.November, 8)
	day := func(y int, m time.Month, d int) dates.Date { return dates.DayDate(y, m, d) }
	cases := []struct {
		name string
		a, b float64 // a must exceed b
	}{
		{"the article's week over months before", newsWeight(day(2017, time.November, 10), published, false, false), newsWeight(dates.MonthDate(2017, time.July), published, false, false)},
		{"months before over years before", newsWeight(dates.MonthDate(2017, time.July), published, false, false), newsWeight(yearDate(2003), published, false, false)},
		{"a day over its month", newsWeight(day(2017, time.November, 8), published, false, false), newsWeight(dates.MonthDate(2017, time.November), published, false, false)},
		{"the opening paragraphs over the rest", newsWeight(day(2017, time.November, 8), published, true, false), newsWeight(day(2017, time.November, 8), published, false, false)},
		{"a paragraph over a photo caption", newsWeight(day(2017, time.November, 8), published, false, false), newsWeight(day(2017, time.November, 8), published, false, true)},
		{"any date over none", newsWeight(yearDate(1990), published, false, true), newsWeight(dates.Date{}, published, true, false)},
		{"an article of no date dates its news", newsWeight(day(2017, time.November, 8), dates.Date{}, false, false), newsWeight(yearDate(2003), published, false, false)},
	}
	for _, c := range cases {
		if c.a <= c.b {
			t.Errorf("%s: %.2f is not above %.2f", c.name, c.a, c.b)
		}
	}
}

func TestKey(t *testing.T) {
	ev := func(text string, w float64, docs ...string) Event {
		return Event{Date: yearDate(2000 + len(text)), Text: text, Docs: docs, weight: w}
	}
	texts := func(evs []Event) []string {
		var out []string
		for _, e := range evs {
			out = append(out, e.Text)
		}
		return out
	}
	tests := []struct {
		name string
		evs  []Event
		n    int
		want []string
	}{
		{"as many as asked: all, as they are",
			[]Event{ev("b", 0, "x"), ev("a", 1, "x")}, 2, []string{"b", "a"}},
		{"the heaviest, in their order",
			[]Event{ev("old", 0, "x"), ev("news", 2, "y"), ev("caption", 1.5, "z")}, 2, []string{"news", "caption"}},
		{"an event several articles report over a heavier one of one",
			[]Event{ev("one", 2, "x"), ev("several", 0.5, "y", "z")}, 1, []string{"several"}},
		{"the articles covered before one article retold",
			[]Event{ev("x1", 2, "x"), ev("x22", 1.9, "x"), ev("y333", 1.5, "y")}, 2, []string{"x1", "y333"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, texts(Key(tt.evs, tt.n))); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func yearDate(y int) dates.Date { return dates.Date{Year: y, Prec: dates.YearOnly} }

func TestQuoted(t *testing.T) {
	for _, tt := range []struct {
		s    string
		word string
		want bool
	}{
		{`“It's not what worked in 2012,” he said.`, "2012", true},
		{`"It worked in 2012," he said in 2016.`, "2016", false},
		{`He said in 2016 that it "worked".`, "2016", false},
	} {
		if got := quoted(tt.s, strings.Index(tt.s, tt.word)); got != tt.want {
			t.Errorf("quoted(%q, %q) = %v, want %v", tt.s, tt.word, got, tt.want)
		}
	}
}

// TestQuotedOverTheParagraph: a sentence in the middle of a quotation of
// several holds no mark of its own, and its date is still someone's words;
// a date after the quotation closes is the narrative's.
func TestQuotedOverTheParagraph(t *testing.T) {
	a := text.Article{ID: "a.txt", Title: "A title", Date: dates.Date{Year: 2016, Month: 10, Day: 5, Prec: dates.DayExact}}
	a.Paragraphs = []text.Paragraph{text.NewParagraph(text.Body,
		`“He was very effective. But what he did tonight made him the front-runner,” Matthews said. The debate ended on Tuesday.`)}
	got := map[string]bool{}
	for _, st := range Extract(&a).found {
		got[st.expr.Text] = st.ev.quoted
	}
	if want := map[string]bool{"tonight": true, "on Tuesday": false}; !cmp.Equal(got, want) {
		t.Errorf("quoted by date: got %v, want %v", got, want)
	}
}
