package briefing

import (
	"github.com/google/go-cmp/cmp"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefing/text"
)

func TestBriefNeverRepeatsAFact(t *testing.T) {
	same := `The central bank raised its main interest rate to 5% on Thursday, the highest level in a decade.`
	near := `The central bank raised its main interest rate to 5% on Thursday, the highest level for a decade.`
	b := New([]text.Article{
		article("a.txt", day(2019, time.March, 8), same, `Economists had expected the increase after inflation rose sharply in February.`, `Mortgage lenders said they would pass the rise on to borrowers within weeks.`),
		article("b.txt", day(2019, time.March, 8), near, `Shares in housebuilders fell after the announcement on Thursday.`, `The bank said further rises could follow if prices kept climbing.`),
	})
	br, _ := b.Brief("")
	joined := strings.Join(br.Summary, "\n")
	if strings.Contains(joined, same) && strings.Contains(joined, near) {
		t.Errorf("both near-identical sentences in the brief:\n%s", joined)
	}
	if len(br.Stories) != 1 {
		t.Errorf("one event, want one story, got %d", len(br.Stories))
	}
}

func TestArticleSummarySkipsDanglingSentences(t *testing.T) {
	b := New([]text.Article{article("a.txt", day(2019, time.March, 8),
		`He said it was a good day for the town and its people.`,
		`The town council of Midford voted on Friday to build a new bridge over the river.`,
		`The bridge will cost 12 million pounds and open in 2022, the council said.`,
		`But some residents said the money should go to schools instead of a bridge.`,
	)})
	br, _ := b.Brief("")
	sum := br.Articles[0].Summary
	if len(sum) == 0 || strings.HasPrefix(sum[0], "He ") || strings.HasPrefix(sum[0], "But ") {
		t.Errorf("summary leads with a dangling sentence: %q", sum)
	}
}

// TestArticleSummarySkipsSentencesInsideAQuotation: a sentence in the
// middle of a quotation of several holds no mark, but it is someone's
// words, and a summary would state them as fact.
func TestArticleSummarySkipsSentencesInsideAQuotation(t *testing.T) {
	inside := `The river bridge in Midford is a disaster for every family in the town and its schools.`
	b := New([]text.Article{article("a.txt", day(2019, time.March, 8),
		`The town council of Midford voted on Friday to build a new bridge over the river.`,
		`"We were never asked. `+inside+` We will fight it," said Ada Lind, who leads the residents.`,
		`The bridge will cost 12 million pounds and open in 2022, the council said.`,
		`Work on the bridge over the river in Midford starts in the spring, the council said.`,
	)})
	br, _ := b.Brief("")
	for _, s := range br.Articles[0].Summary {
		if s == inside {
			t.Errorf("summary states a quoted sentence as fact: %q", br.Articles[0].Summary)
		}
	}
}

func TestBriefWithinWordLimit(t *testing.T) {
	b := New(loadSeeds(t))
	br, _ := b.Brief("")
	n := 0
	for _, s := range br.Summary {
		n += text.WordCount(s)
	}
	if n == 0 || n > 250 {
		t.Errorf("brief has %d words, want 1..250", n)
	}
	if len(br.Stories) < 2 {
		t.Errorf("the seeds hold two events, got %d stories", len(br.Stories))
	}
}

func TestBriefTopic(t *testing.T) {
	b := New(loadSeeds(t))
	br, topic := b.Brief("bolton")
	if !topic.Found || topic.Person == nil || len(br.Stories) != 1 {
		t.Fatalf("brief bolton: found %v person %v stories %d", topic.Found, topic.Person, len(br.Stories))
	}
	if _, topic := b.Brief("volcano"); topic.Found {
		t.Error("brief volcano should find nothing")
	}
}

// TestBriefTopicLeadsWithStoriesAboutIt: narrowed to a person, the brief
// gives first the stories whose headline names them, then those that name
// them in several paragraphs, then those that only mention them, newest
// first within each kind.
func TestBriefTopicLeadsWithStoriesAboutIt(t *testing.T) {
	// Weeks apart, so that each is a story of its own.
	passing := article("passing.txt", day(2024, time.June, 20),
		"The county opened its new ferry terminal on Thursday after two years of building work on the river bank.",
		"Hundreds of passengers crossed on the first morning, and the operator added four more sailings a day.",
		"Mayor Ada Quill was among the guests at the opening ceremony on the quay.")
	several := article("several.txt", day(2024, time.May, 8),
		"Mayor Ada Quill presented the city budget to the council on Wednesday, with more money for schools.",
		"Quill said the budget would raise spending on libraries and parks by a tenth next year.",
		"Opposition councillors said Quill had left the roads budget short for the third year in a row.",
		"The council will vote on the budget next month after a public consultation.")
	headline := article("headline.txt", day(2024, time.March, 1),
		"The harbour board met in private on Monday to discuss the lease of the old fish market, which Quill supports.",
		"Its members agreed to put the lease out to tender before the summer.",
		"The board will publish the bids it receives in the autumn.")
	headline.Title = "Quill backs harbour lease plan"
	b := New([]text.Article{passing, several, headline})
	br, topic := b.Brief("ada quill")
	if topic.Person == nil {
		t.Fatalf("brief ada quill: no person (%+v)", topic)
	}
	var got []string
	for _, st := range br.Stories {
		got = append(got, st.Sources[0].Doc)
	}
	if diff := cmp.Diff([]string{"headline.txt", "several.txt", "passing.txt"}, got); diff != "" {
		t.Errorf("stories (-want +got):\n%s", diff)
	}
	// Unnarrowed, the newest story comes first.
	if first := b.Stories()[0].Sources[0].Doc; first != "passing.txt" {
		t.Errorf("first story unnarrowed = %s, want the newest", first)
	}
}

// TestStoriesNeverMixTopics groups a mixed folder of BBC politics and
// sport articles: no story may hold both.
func TestStoriesNeverMixTopics(t *testing.T) {
	var arts []text.Article
	topicOf := map[string]string{}
	for _, topic := range []string{"politics", "sport"} {
		dir := filepath.Join(bbcDir, topic)
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Skipf("corpus not present: %v", err)
		}
		for _, e := range entries[:min(150, len(entries))] {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			a, err := ParseArticle(topic+"/"+e.Name(), data)
			if err != nil {
				continue
			}
			arts = append(arts, a)
			topicOf[a.ID] = topic
		}
	}
	b := New(arts)
	grouped := 0
	for _, st := range b.Stories() {
		seen := map[string]bool{}
		for _, s := range st.Sources {
			seen[topicOf[s.Doc]] = true
		}
		if len(seen) > 1 {
			var docs []string
			for _, s := range st.Sources {
				docs = append(docs, s.Doc)
			}
			t.Errorf("story %q mixes topics: %v", st.Headline, docs)
		}
		if len(st.Sources) > 1 {
			grouped++
		}
	}
	if grouped == 0 {
		t.Error("no story groups two articles: grouping does nothing")
	}
}

// BenchmarkQueryBrief measures the query alone: the brief over the whole BBC
// corpus, built once.
func BenchmarkQueryBrief(b *testing.B) {
	br := New(loadBBC(b, ""))
	b.ResetTimer()
	for b.Loop() {
		br.Brief("")
		br.Brief("election")
	}
}

// TestWireCopyCountsOnce: one agency story run by two outlets is two
// articles, one source in the brief naming both outlets.
func TestWireCopyCountsOnce(t *testing.T) {
	story := []string{
		`Rescue teams reached the remote mountain village on Friday, two days after a landslide cut the only road and left about three hundred people without power or clean water.`,
		`"We brought food, blankets and a generator, and the helicopters will keep flying while the weather holds," said Lena Varga, who leads the regional emergency service.`,
		`Engineers expect to reopen the road within a week, but warned that more rain forecast for the weekend could loosen the slopes above the valley again.`,
	}
	wire := article("wire.txt", day(2026, time.November, 20), story...)
	wire.Title, wire.Outlet, wire.URL = "Landslide cuts off village", "Agency", "https://agency.example/landslide"
	copied := article("paper.txt", day(2026, time.November, 20), append([]string{"This story was first published by our partners."}, story...)...)
	copied.Title, copied.Outlet, copied.URL = "Village cut off by landslide", "Daily Paper", "https://paper.example/news/landslide"
	other := article("budget.txt", day(2026, time.November, 19),
		`The city council approved next year's budget on Thursday after a debate that ran late into the night and ended in a narrow vote.`,
		`Spending on schools and roads will rise, while the council's own offices face cuts of about a tenth over two years.`,
		`Opposition members said the plan relied on optimistic forecasts of income from parking and property taxes.`)
	other.Title = "Council passes budget"
	b := New([]text.Article{wire, copied, other})
	br, _ := b.Brief("")
	if len(br.Articles) != 2 {
		t.Errorf("the brief counts %d articles, want 2 (the copy once)", len(br.Articles))
	}
	var landslide *Story
	for i := range br.Stories {
		for _, s := range br.Stories[i].Sources {
			if s.Doc == "paper.txt" {
				landslide = &br.Stories[i]
			}
		}
	}
	if landslide == nil || len(landslide.Sources) != 1 {
		t.Fatalf("landslide story: %+v", br.Stories)
	}
	src := landslide.Sources[0]
	if len(src.AlsoIn) != 1 || src.AlsoIn[0].Outlet != "Agency" || src.AlsoIn[0].URL != wire.URL {
		t.Errorf("source %s lists other outlets %+v, want the agency's copy", src.Doc, src.AlsoIn)
	}
	// Each outlet's article stays an article of its own.
	if len(b.Articles()) != 3 {
		t.Errorf("%d articles kept, want 3", len(b.Articles()))
	}
}

// TestStandingNoteIsNoCorrection: a note several articles carry word for
// word is the outlet's standing note, not a correction of any one of
// them; an article's own correction stays with its story and summary.
func TestStandingNoteIsNoCorrection(t *testing.T) {
	standing := "Editor's note: The mayor regularly misleads the public about the city's budget."
	own := "Correction: An earlier version of this article misstated the cost of the bridge."
	withNotes := func(a text.Article, notes ...string) text.Article {
		for _, n := range notes {
			a.Paragraphs = append(a.Paragraphs, text.NewParagraph(text.Correction, n))
		}
		return a
	}
	b := New([]text.Article{
		withNotes(article("a.txt", day(2019, time.March, 8),
			`The town council of Midford voted on Friday to build a new bridge over the river.`,
			`The bridge will cost 12 million pounds and open in 2022, the council said.`), standing, own),
		withNotes(article("b.txt", day(2019, time.March, 8),
			`Heavy snow closed every school in the county of Westshire on Friday morning.`,
			`Forecasters expect more snow over the weekend across the hills of Westshire.`), standing+" "),
	})
	br, _ := b.Brief("")
	got := map[string][]string{}
	for _, a := range br.Articles {
		got[a.Doc] = a.Corrections
	}
	for _, st := range b.Stories() {
		got["stories"] = append(got["stories"], st.Corrections...)
	}
	want := map[string][]string{"a.txt": {own}, "b.txt": nil, "stories": {own}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("corrections (-want +got):\n%s", diff)
	}
}
