package text

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// bbcDir is the shared BBC corpus beside the checkout; the test skips when
// it is absent.
const bbcDir = "../../../shared/corpus/bbc"

// TestBBCBodyKept checks on a sample of real articles, which carry no
// furniture, that cleaning loses no sentence. Quotation marks may be
// rewritten (see singleQuotations), so lines are compared without them,
// and character references decoded.
func TestBBCBodyKept(t *testing.T) {
	for _, topic := range []string{"business", "entertainment", "politics", "sport", "tech"} {
		dir := filepath.Join(bbcDir, topic)
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Skipf("corpus not present: %v", err)
		}
		for _, e := range entries[:min(40, len(entries))] {
			data, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			a, err := ParseArticle(e.Name(), data)
			if err != nil {
				t.Errorf("%s/%s: %v", topic, e.Name(), err)
				continue
			}
			unmarked := strings.NewReplacer(`"`, "", "'", "", "‘", "", "’", "")
			kept := map[string]bool{}
			for _, p := range a.Paragraphs {
				kept[unmarked.Replace(p.Text)] = true
			}
			for _, l := range strings.Split(string(decodeReferences(data)), "\n")[1:] {
				l = normalizeLine(l)
				if l != "" && endsLikeSentence(l) && !kept[unmarked.Replace(l)] {
					t.Errorf("%s/%s: lost %q", topic, e.Name(), l)
				}
			}
		}
	}
}

// FuzzDatelineDates holds the weekday-name shortcut, by which a paragraph
// outside a caption is read for dates only when it names a weekday in
// full (first, it was every paragraph saying "day"): one naming none has
// no date after a weekday's name to give.
func FuzzDatelineDates(f *testing.F) {
	for _, s := range []string{"On Tuesday, Nov. 7, 2017, the vote", "today, March 3, 2004 and WEDNESDAY 4 March 2004", "holiday on 5 May 2005", "ſunday, May 1, 2005", "Thursday 2004-05-06"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if hasWeekdayName(s) {
			return
		}
		if got := fullDatelineDates(Paragraph{Kind: Body, Text: s}); len(got) > 0 {
			t.Errorf("%q names no weekday, yet reading it gives %v", s, got)
		}
	})
}

// FuzzOpeningBytes holds each expression anchored at a line's start to the
// bytes its matches are said to open with.
func FuzzOpeningBytes(f *testing.F) {
	for _, s := range []string{"Source: Reuters", "ſource - AP", "SOURCE—BBC", "Correction: an earlier", "Editor’s note: x", "UPDATE :", "Photo: x", "Image caption  y", "12 comments", "3 Comment"} {
		f.Add(s)
	}
	tests := []struct {
		re     *regexp.Regexp
		firsts string
	}{
		{sourceLineRe, sourceFirsts}, {correctionRe, correctionFirsts}, {captionLabelRe, captionLabelFirsts}, {commentCountRe, digitBytes},
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, tt := range tests {
			if tt.re.MatchString(s) && !opensWith(s, tt.firsts) {
				t.Errorf("%v matches %q, which opens with none of %q", tt.re, s, tt.firsts)
			}
		}
	})
}

// FuzzHasByWord holds postedByRe to the "by" its matches must hold.
func FuzzHasByWord(f *testing.F) {
	for _, s := range []string{"Posted on March 22, 2019 by admin", "Posted on March 22, 2019\tBy  Jo", "Written by\fX", "by x", "a by", "nearby town"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if postedByRe.MatchString(s) && !hasByWord(s) {
			t.Errorf("postedByRe matches %q, where hasByWord finds no \"by\"", s)
		}
	})
}

// TestGarbledBylineIsNoTitle: a short line above the headline that opens
// on "By" and goes on with no sentence's words is a byline, however the
// scrape garbled it; "By the numbers" is a headline.
func TestGarbledBylineIsNoTitle(t *testing.T) {
	for _, tt := range []struct{ head, want string }{
		{"By byTom Q. Hale", "Harbour fund cuts growth forecast"},
		{"By , ,", "Harbour fund cuts growth forecast"},
		{"By ELECTIONS 2016", "Harbour fund cuts growth forecast"},
		{"By the numbers: the harbour fund", "By the numbers: the harbour fund"},
	} {
		text := "Published: October 5, 2016\n" + tt.head + "\n\nHarbour fund cuts growth forecast\n\nThe harbour fund said on Tuesday that it was lowering its forecast for growth this year, and the cut casts a shadow on the outlook.\n"
		a, err := ParseArticle("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != tt.want {
			t.Errorf("%q: title %q, want %q", tt.head, a.Title, tt.want)
		}
	}
}

func TestJoinWrappedLines(t *testing.T) {
	for _, tt := range []struct{ in, want []string }{
		{[]string{"Editor's note: the mayor regularly", "skips", "council meetings, and", "says so."}, []string{"Editor's note: the mayor regularly skips council meetings, and says so."}},
		{[]string{"One line.", "another line"}, []string{"One line.", "another line"}},
		{[]string{"Harbour fund cuts forecast", "by staff writers"}, []string{"Harbour fund cuts forecast", "by staff writers"}},
		{[]string{"A heading", "", "the next paragraph"}, []string{"A heading", "", "the next paragraph"}},
		{[]string{".gmobile {", "   width:100%;"}, []string{".gmobile {", "   width:100%;"}},
	} {
		if diff := cmp.Diff(tt.want, joinWrappedLines(tt.in)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestStripMarkup(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`<tweet id="6721" author="@harbourfund" datetime="2015-12-02">Praying for those hurt today.</tweet>.`, `Praying for those hurt today..`},
		{`<tweet tweet-id="7834"><tweet/>.`, `.`},
		{`See <a href="https://example.com/x">the report</a> here.`, `See the report here.`},
		{`A rise of <5% and a fall of >3%.`, `A rise of <5% and a fall of >3%.`},
		{`No tags at all.`, `No tags at all.`},
	} {
		if got := stripMarkup(tt.in); got != tt.want {
			t.Errorf("stripMarkup(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFollowLineIsFurniture: a line asking the reader to follow the author
// on a social network is no story text, quoted or not.
func TestFollowLineIsFurniture(t *testing.T) {
	for _, footer := range []string{`Follow Ada Wrenn on Twitter @adawrenn.`, `"Follow Ada Wrenn on Twitter @adawrenn."`, `Follow Ada Wrenn on Facebook.`} {
		text := "Harbour fund cuts growth forecast\n\nThe harbour fund said on Tuesday that it was lowering its forecast for growth this year.\n\n" + footer + "\n"
		a, err := ParseArticle("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range a.Paragraphs {
			if strings.Contains(p.Text, "Follow") {
				t.Errorf("%q kept as %s text", footer, p.Kind)
			}
		}
	}
	// A sentence of the story may open on "Follow".
	a, _ := ParseArticle("a.txt", []byte("Harbour fund\n\nFollow the money, the fund's critics said on Tuesday, and you find the harbour board.\n"))
	if len(a.Body()) != 1 {
		t.Errorf("a story sentence opening on Follow was dropped: %q", a.Paragraphs)
	}
}

// TestAppealsToReaderOnly: a line that asks its reader to share, follow or
// subscribe is furniture; story lines that merely hold such a verb stay.
func TestAppealsToReaderOnly(t *testing.T) {
	for _, tt := range []struct {
		line string
		kept bool
	}{
		{"If you like this story, share it with a friend!", false},
		{"Think your friends would be interested? Share this story!", false},
		{"Want more news like this? Subscribe now.", false},
		{"Do you have a story to share? Contact our newsroom.", false},
		{"For more from The Daily Planet, download our app for iOS or Android.", false},
		{"Share prices rose sharply in early trading, the exchange said.", true},
		{"“Follow us,” the officer shouted at the crowd as it ran.", true},
		{"The board agreed a share buy-back, to counter the effects of a feud in the family.", true},
		{"If you travel to Leeds, you may share a ride with the minister, officials said.", true},
	} {
		if kept := keptAfterStory(t, tt.line); kept != tt.kept {
			t.Errorf("%q kept = %v, want %v", tt.line, kept, tt.kept)
		}
	}
}

// TestEmbeddedPostIsNoStory: an embedded post, its words and signature on
// one line or its signature on a line of its own after them, is kept as a
// post, not as story; the line that introduces it, and story lines that
// name a handle or a date, stay story.
func TestEmbeddedPostIsNoStory(t *testing.T) {
	lines := []string{
		"Harbour fund cuts growth forecast",
		"The harbour fund said on Tuesday that it was lowering its forecast for growth this year.",
		"The fund's chair wrote on Twitter:",
		"Growth will come back, but not this year. Patience! pic.twitter.com/abc123",
		"— Ada Wrenn (@adawrenn) November 12, 2017",
		"Rates will stay low, the fund said. pic.twitter.com/def456 — Harbour Fund (@harbourfund) 12 November 2017.",
		"A post shared by Ada Wrenn (@adawrenn) on Nov 12, 2017 at 3:04pm PST",
		"Ada Wrenn (@adawrenn), who chairs the fund, said on November 12, 2017 that she would stay.",
	}
	a, err := ParseArticle("a.txt", []byte(strings.Join(lines, "\n\n")))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range a.Paragraphs {
		got = append(got, p.Kind.String()+": "+p.Text)
	}
	want := []string{
		"body: " + lines[1],
		"body: " + lines[2],
		"post: " + lines[3],
		"post: " + lines[4],
		"post: " + lines[5],
		"post: " + lines[6],
		"body: " + lines[7],
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paragraphs (-want +got):\n%s", diff)
	}
}

// TestWireCreditLineIsFurniture: a wire's credit line names its reporters
// and editors, no one in the story; a story sentence about reporting
// stays.
func TestWireCreditLineIsFurniture(t *testing.T) {
	for _, tt := range []struct {
		line string
		kept bool
	}{
		{"Reporting by Dmitry Antonov and Tom Balmforth; Writing by Andrew Osborn; Editing by Mark Trevelyan", false},
		{"(Additional reporting by Kylie MacLellan in London; Editing by Peter Graff)", false},
		{"Editing by Nick Zieminski and Dan Grebler", false},
		{"Reporting by the newspaper found that the harbour fund had lost money for years.", true},
	} {
		if kept := keptAfterStory(t, tt.line); kept != tt.kept {
			t.Errorf("%q kept = %v, want %v", tt.line, kept, tt.kept)
		}
	}
}

// keptAfterStory reports whether a line after a story's sentence is kept
// as story.
func keptAfterStory(t *testing.T, line string) bool {
	t.Helper()
	text := "Harbour fund cuts growth forecast\n\nThe harbour fund said on Tuesday that it was lowering its forecast for growth this year.\n\n" + line + "\n"
	a, err := ParseArticle("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return len(a.Body()) == 2
}
