package briefing

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing/text"
)

func eventsText(evs []Event) string {
	var b strings.Builder
	for _, e := range evs {
		b.WriteString(e.Date.String() + " " + strings.Join(e.Docs, ",") + " " + e.Text + "\n")
	}
	return b.String()
}

func TestTimelineMergesAcrossArticles(t *testing.T) {
	b := New([]text.Article{
		article("a.txt", day(2019, time.March, 6), // a Wednesday
			`Finance ministers of the bloc met in Brussels on Monday to agree the new budget rules.`,
			`The rules were first proposed in June.`),
		article("b.txt", day(2019, time.March, 5),
			`Finance ministers met in Brussels on Monday and agreed the new budget rules.`,
			`A vote in parliament will follow on Thursday.`),
	})
	evs, _ := b.Timeline("")
	got := eventsText(evs)
	want := []string{
		"2018-06 a.txt The rules were first proposed in June.",
		"2019-03-04 a.txt,b.txt ",
		"2019-03-07 b.txt A vote in parliament will follow on Thursday.",
	}
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("timeline lacks %q:\n%s", w, got)
		}
	}
	if strings.Count(got, "2019-03-04") != 1 {
		t.Errorf("the Monday meeting should be one row:\n%s", got)
	}
}

func TestTimelineUndatedArticleStaysUndated(t *testing.T) {
	b := New([]text.Article{
		article("dated.txt", day(2019, time.March, 6), `The talks opened on Monday in Geneva.`),
		article("undated.txt", Date{}, `The talks closed on Thursday.`, `The treaty was signed in 1998 in Oslo.`),
	})
	evs, _ := b.Timeline("")
	for _, e := range evs {
		if slices.Contains(e.Docs, "undated.txt") && !e.Date.IsZero() && e.Date.String() != "1998" {
			t.Errorf("undated article event dated %s: %s", e.Date, e.Text)
		}
	}
	// Dated first, in order; undated last.
	last := evs[len(evs)-1]
	if !last.Date.IsZero() {
		t.Errorf("want undated events last:\n%s", eventsText(evs))
	}
	if !strings.Contains(eventsText(evs), "1998 undated.txt") {
		t.Errorf("an expression with its own year is dated even without an anchor:\n%s", eventsText(evs))
	}
}

// TestReprintDateLineIgnored: a page dated years after everything it
// reports takes its month and day's year from another article about the
// same named event, never from its own date line.
func TestReprintDateLineIgnored(t *testing.T) {
	b := New([]text.Article{
		article("orig.txt", day(2016, time.September, 5),
			`Leaders gathered for the G20 summit in Hangzhou on Sunday.`),
		article("reprint.txt", day(2021, time.April, 18),
			`During the G20 summit in Hangzhou on September 4, the two leaders spoke briefly.`,
			`Both had campaigned hard before the 2014 elections.`),
	})
	evs, _ := b.Timeline("")
	got := eventsText(evs)
	if strings.Contains(got, "2021") {
		t.Errorf("reprint date line used:\n%s", got)
	}
	if !strings.Contains(got, "2016-09-04") {
		t.Errorf("want September 4 dated 2016 from the other article:\n%s", got)
	}
}

// TestHistoryIsNoReprint: an article that recalls an old event while
// reporting the week's keeps its own date.
func TestHistoryIsNoReprint(t *testing.T) {
	b := New([]text.Article{article("ap.txt", day(2021, time.August, 30),
		`The storm knocked out power to the city on Sunday, officials said.`,
		`It struck on the anniversary of the 2005 hurricane.`)})
	evs, _ := b.Timeline("")
	if got := eventsText(evs); !strings.Contains(got, "2021-08-29 ap.txt") {
		t.Errorf("want Sunday dated from the article:\n%s", got)
	}
}

func TestTimelineTopic(t *testing.T) {
	b := New([]text.Article{
		article("a.txt", day(2019, time.March, 6), `President Ana Ruiz visited Lima on Monday.`, `Farmers protested in Cusco on Tuesday.`),
	})
	evs, topic := b.Timeline("ruiz")
	if topic.Person == nil || len(evs) != 1 || !strings.Contains(evs[0].Text, "Lima") {
		t.Errorf("timeline ruiz = %s (person %v)", eventsText(evs), topic.Person)
	}
	evs, topic = b.Timeline("farmers")
	if topic.Person != nil || len(evs) != 1 {
		t.Errorf("timeline farmers = %s", eventsText(evs))
	}
	if _, topic = b.Timeline("volcano"); topic.Found {
		t.Error("a word in no article should not be found")
	}
}

// BenchmarkTimeline measures the timeline query over the whole BBC corpus.
func BenchmarkTimeline(b *testing.B) {
	br := New(loadBBC(b, ""))
	b.ResetTimer()
	for b.Loop() {
		br.Timeline("blair")
	}
}

// TestLookAheadTakesItsYear: a month and day without a year, in the
// paragraph after one that names a year after the article's, are of that
// year when the article's own would put them months before it; not in a
// past tense, not within two months of the article, nor further on.
func TestLookAheadTakesItsYear(t *testing.T) {
	b := New([]text.Article{
		article("a.txt", day(2019, time.November, 19),
			`The band will mark its 50th anniversary with a tour in 2020.`,
			`The tour stops at the Riverside arena on July 22. Tickets go on sale on December 6.`,
			`The band first played the arena in 1975.`,
			`Its singer left the band in 1995 and rejoined on June 3.`),
	})
	evs, _ := b.Timeline("")
	got := eventsText(evs)
	for _, w := range []string{
		"2020-07-22 a.txt", // looked ahead to
		"2019-12-06 a.txt", // within two months of the article
		"2019-06-03 a.txt", // past tense, and after another year
	} {
		if !strings.Contains(got, w) {
			t.Errorf("timeline lacks %q:\n%s", w, got)
		}
	}
}

// TestFlashbackKeepsItsYear: a month and day without a year, in the few
// paragraphs after a full date of an earlier year, are of that year; one
// within two months of the article's date, or after "on Monday", is of
// the article's.
func TestFlashbackKeepsItsYear(t *testing.T) {
	b := New([]text.Article{
		article("a.txt", day(2015, time.December, 4),
			`The harbour inquiry reopened on Monday.`,
			`The first admission came in testimony on November 12, 2012, weeks after the fire.`,
			`Witnesses said the fire had started on September 11, at night.`,
			`The police closed the case on October 20.`,
			`The board met on Wednesday.`,
			`Its chairman recalled the vote of September 14.`),
	})
	evs, _ := b.Timeline("")
	got := eventsText(evs)
	for _, w := range []string{
		"2012-09-11 a.txt", // in the flashback
		"2015-10-20 a.txt", // within two months of the article's date
		"2015-09-14 a.txt", // after "on Wednesday", back to the news
	} {
		if !strings.Contains(got, w) {
			t.Errorf("timeline lacks %q:\n%s", w, got)
		}
	}
}
