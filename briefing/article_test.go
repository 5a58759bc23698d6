package briefing

import (
	"bytes"
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/text"
)

func day(y int, m time.Month, d int) Date { return dates.DayDate(y, m, d) }

func quietLog() *slog.Logger { return slog.New(slog.NewTextHandler(&bytes.Buffer{}, nil)) }

// TestCleanRemovesFurniture feeds web pages in the shapes real sites print
// and checks that the story stays and the furniture goes.
func TestCleanRemovesFurniture(t *testing.T) {
	page := strings.Join([]string{
		"Support The Daily Planet!",
		"Published: Mon, March 04, 2019",
		"Politics | By Jane Roe",
		"",
		"City council approves new budget",
		"",
		"City council approves new budget",
		"Share this articleComments",
		"Copy/paste the article video embed link below:Copy to clipboardCopied",
		"ADVERTISEMENT",
		"The city council approved a new budget on Monday after a long debate.",
		"",
		"READ MORE: Council leader faces vote of confidence",
		"",
		"\"This is a fair budget for every district,\" Mayor Ann Miller said.",
		"",
		"Click here to subscribe to our daily briefing.",
		"",
		"© 2019 The Daily Planet. All rights reserved.",
		"",
		"Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
		"",
		"Our Standards: The Thomson Reuters Trust Principles.",
		"",
		"Get the latest news delivered to your inbox.",
		"",
		"If you like this story, share it with a friend!",
		"",
		"Want more news like this? Subscribe now.",
		"",
		"We've got plenty more — follow us on Telegram.",
		"",
		"The views and opinions expressed in this article are solely those of the author and do not necessarily reflect those of the Planet.",
		"",
		"Mayor Ann Miller speaks at the council meeting in Springfield (Photo: John Doe/City Press)",
		"",
		"Correction: An earlier version of this article misstated the size of the budget.",
		"",
		"Sign up for our free weekly newsletter",
		"Our weekly newsletter contains a hand-picked selection of news from The Daily Planet. Preview",
		"Subscribers agree to the Privacy Policy",
		"12 Comments",
		"You might also like",
		"Another story entirely about something else",
	}, "\n")
	a, err := ParseArticle("page.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "City council approves new budget" || a.Author != "Jane Roe" || a.Outlet != "The Daily Planet" || a.Date.String() != "2019-03-04" {
		t.Errorf("metadata: title %q author %q outlet %q date %q", a.Title, a.Author, a.Outlet, a.Date)
	}
	var body []string
	for _, p := range a.Body() {
		body = append(body, p.Text)
	}
	want := []string{
		"The city council approved a new budget on Monday after a long debate.",
		"\"This is a fair budget for every district,\" Mayor Ann Miller said.",
	}
	if strings.Join(body, "|") != strings.Join(want, "|") {
		t.Errorf("body:\n%s\nwant:\n%s", strings.Join(body, "\n"), strings.Join(want, "\n"))
	}
	if c := a.Corrections(); len(c) != 1 || !strings.HasPrefix(c[0], "Correction:") {
		t.Errorf("corrections = %q, want the notice kept", c)
	}
	for _, p := range a.Paragraphs {
		for _, junk := range []string{"READ MORE", "Share this", "ADVERTISEMENT", "newsletter", "Comments", "You might also like", "Another story", "Click here", "rights reserved", "Our Standards", "Get the latest", "share it with", "Subscribe now", "follow us", "views and opinions"} {
			if strings.Contains(p.Text, junk) {
				t.Errorf("furniture %q survived in %s paragraph %q", junk, p.Kind, p.Text)
			}
		}
	}
}

func TestWireDatelineAndCredits(t *testing.T) {
	page := strings.Join([]string{
		"Ministers agree on fishing quotas",
		"By JOHN SMITH and Jane Doe",
		"Last modified on Wed 8 Nov 2017 12.31 GMT",
		"BRUSSELS (Reuters) - European ministers agreed new fishing quotas on Tuesday after talks through the night.",
		"The deal cuts catches of cod by a tenth, officials said.",
		"Reporting by Philip Blenkinsop; Editing by Alison Williams",
		"Associated Press writer Lorne Cook contributed to this report.",
	}, "\n\n")
	a, err := ParseArticle("wire.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Outlet != "Reuters" || a.Author != "JOHN SMITH and Jane Doe" || a.Date.String() != "2017-11-08" {
		t.Errorf("outlet %q author %q date %q", a.Outlet, a.Author, a.Date)
	}
	body := a.Body()
	if len(body) != 2 || !strings.HasPrefix(body[0].Text, "European ministers agreed") {
		for _, p := range body {
			t.Logf("body: %q", p.Text)
		}
		t.Errorf("want the dateline cut and the credits gone")
	}
}

// TestWireDatelineForms: the datelines of the wires are cut from the
// story's first paragraph, the day they write in them too, and name the
// outlet; a place in capitals before a dash is cut alone.
func TestWireDatelineForms(t *testing.T) {
	for _, tt := range []struct{ line, outlet, body string }{
		{"MOSCOW (Reuters) - The Kremlin said talks were likely.", "Reuters", "The Kremlin said talks were likely."},
		{"DANANG, Vietnam (AP) — Leaders met on Friday.", "AP", "Leaders met on Friday."},
		{"WASHINGTON — Leaders met on Friday.", "", "Leaders met on Friday."},
		{"HEMPSTEAD, N.Y. ― Leaders met on Friday.", "", "Leaders met on Friday."},
		{"WASHINGTON, Nov 7 (Reuters) - Leaders met on Friday.", "Reuters", "Leaders met on Friday."},
		{"BEIJING, Nov. 8 (Xinhua) -- Leaders met on Friday.", "Xinhua", "Leaders met on Friday."},
		{"MOSCOW, November 8. /TASS/. Kremlin spokesman Dmitry Peskov said no meeting was set.", "TASS", "Kremlin spokesman Dmitry Peskov said no meeting was set."},
		{"MOSCOW, November 8 (RIA Novosti) - Leaders met on Friday.", "RIA Novosti", "Leaders met on Friday."},
		{"Moscow and Washington agreed on Friday - after weeks of talks - to meet.", "", "Moscow and Washington agreed on Friday - after weeks of talks - to meet."},
	} {
		a, err := ParseArticle("wire.txt", []byte("Leaders meet\n\n"+tt.line+"\n\nThe talks went on for hours, officials said.\n"))
		if err != nil {
			t.Fatal(err)
		}
		if body := a.Body(); a.Outlet != tt.outlet || len(body) == 0 || body[0].Text != tt.body {
			t.Errorf("%q: outlet %q, first paragraph %q; want %q and %q", tt.line, a.Outlet, a.Body()[0].Text, tt.outlet, tt.body)
		}
	}
}

// TestBylineAboveHeadlineRunsOn: a byline above the headline may run on
// past the name (an archive's doubled "By", a contributor line, an
// address); a long headline opening with "By" and one capitalised word is
// a headline.
func TestBylineAboveHeadlineRunsOn(t *testing.T) {
	for _, tt := range []struct{ byline, author, title string }{
		{"By By MARTA QUILL,Tom Reese contributed reporting from Lisbon.", "MARTA QUILL", "Ferry strike ends"},
		{"By TOM REESE. Email: treese@example.com. Follow him on Twitter for the latest news.", "TOM REESE", "Ferry strike ends"},
		{"By Monday, the ferry strike had ended after a week of talks over pay and hours", "", "By Monday, the ferry strike had ended after a week of talks over pay and hours"},
	} {
		page := "Published: May 17, 2016\n" + tt.byline + "\n\nFerry strike ends\n\nThe ferries ran again on Tuesday after a week of talks, the union said.\n"
		a, err := ParseArticle("ferry.txt", []byte(page))
		if err != nil {
			t.Fatal(err)
		}
		if a.Author != tt.author || a.Title != tt.title {
			t.Errorf("%q: author %q title %q, want %q and %q", tt.byline, a.Author, a.Title, tt.author, tt.title)
		}
	}
}

func TestColonLineLeadsIntoQuote(t *testing.T) {
	page := "Unions reject cuts\n\nThe union called a strike on Monday.\n\nUnion leader Marta Silva told the rally:\n\n\"We will not accept these cuts.\"\n"
	b := New([]text.Article{mustParse(t, page)})
	if q := b.Quotes(); len(q) != 1 || q[0].Speaker != "Marta Silva" {
		t.Errorf("quotes = %+v", q)
	}
}

func mustParse(t *testing.T, page string) text.Article {
	t.Helper()
	a, err := ParseArticle("a.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func TestCaptionAndDateline(t *testing.T) {
	page := "Leaders to meet\n\nThe President listens during a meeting in Rome, Italy, Tuesday, Nov. 7, 2017. (AP Photo/Jane Doe)\n\nThe leaders will meet on Friday, officials said Wednesday.\n"
	a, err := ParseArticle("a.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if a.Paragraphs[0].Kind != text.Caption {
		t.Errorf("first paragraph kind = %s, want caption", a.Paragraphs[0].Kind)
	}
	if a.Date.String() != "2017-11-07" || !a.DateInferred {
		t.Errorf("date = %s inferred %v, want 2017-11-07 inferred from the caption", a.Date, a.DateInferred)
	}
}

func TestFilePhotoDateIsNoAnchor(t *testing.T) {
	page := "Leader visits plant\n\nFILE - The leader speaks in Lyon, France, Monday, Jan. 5, 2015. (AP Photo/Jane Doe, File)\n\nThe leader visited the plant on Friday, officials said.\n"
	a, err := ParseArticle("a.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !a.Date.IsZero() {
		t.Errorf("date = %s, want none: an archive photo dates nothing", a.Date)
	}
}

func TestDeadlineIsNoDateline(t *testing.T) {
	page := "Firms get more time\n\nFirms now have until 15 July 2006 to comply with the rules, the regulator said.\n"
	a, err := ParseArticle("a.txt", []byte(page))
	if err != nil {
		t.Fatal(err)
	}
	if !a.Date.IsZero() {
		t.Errorf("date = %s, want none: a deadline in running text dates nothing", a.Date)
	}
}

func TestParseArticleBadInput(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"empty", nil, text.ErrEmpty},
		{"blank", []byte(" \n\t\n"), text.ErrEmpty},
		{"binary", []byte("Title\n\nSome\x00thing."), text.ErrBinary},
		{"invalid utf8", []byte("Title\n\nCaf\xe9 au lait is served.\n"), text.ErrInvalidUTF8},
		{"only furniture", []byte("Title\n\nShare this article\nADVERTISEMENT\n"), text.ErrNoStory},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ParseArticle(tt.name, tt.data); !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestLoadSkipsBadFilesWithWarning(t *testing.T) {
	fsys := fstest.MapFS{
		"good.txt":   {Data: []byte("A title\n\nA story sentence that ends well.\n")},
		"empty.txt":  {Data: nil},
		"binary.txt": {Data: []byte{0x00, 0x01, 0x02}},
		"latin1.txt": {Data: []byte("Title\n\nCaf\xe9.\n")},
		"notes.md":   {Data: []byte("ignored")},
		"sub/b.txt":  {Data: []byte("Another title\n\nAnother story sentence here.\n")},
	}
	var logs bytes.Buffer
	arts, err := Load(fsys, ".", slog.New(slog.NewTextHandler(&logs, nil)))
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range arts {
		ids = append(ids, a.ID)
	}
	if strings.Join(ids, ",") != "good.txt,sub/b.txt" {
		t.Errorf("loaded %v", ids)
	}
	for _, f := range []string{"empty.txt", "binary.txt", "latin1.txt"} {
		if !strings.Contains(logs.String(), "file="+f) {
			t.Errorf("no warning naming %s in:\n%s", f, logs.String())
		}
	}
}

func TestLoadFolderErrors(t *testing.T) {
	if _, err := Load(os.DirFS(t.TempDir()), ".", quietLog()); !errors.Is(err, ErrNoArticles) {
		t.Errorf("empty folder: err = %v, want ErrNoArticles", err)
	}
	if _, err := Load(os.DirFS(filepath.Join(t.TempDir(), "missing")), ".", quietLog()); err == nil || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing folder: err = %v, want not exist", err)
	}
	bad := fstest.MapFS{"a.txt": {Data: []byte{0}}}
	if _, err := Load(bad, ".", quietLog()); !errors.Is(err, ErrNoArticles) {
		t.Errorf("only bad files: err = %v", err)
	}
}

// TestHugeFileIsBounded feeds a 10 MB file of one line: it is cut at
// text.MaxArticleBytes and parsed in bounded time.
func TestHugeFileIsBounded(t *testing.T) {
	dir := t.TempDir()
	big := "Huge title\n\n" + strings.Repeat("word ", 2<<20) + ".\n"
	if err := os.WriteFile(filepath.Join(dir, "big.txt"), []byte(big), 0o644); err != nil {
		t.Fatal(err)
	}
	arts, err := Load(os.DirFS(dir), ".", quietLog())
	if err != nil {
		t.Fatal(err)
	}
	if !arts[0].Truncated {
		t.Error("want the article marked truncated")
	}
	n := 0
	for _, p := range arts[0].Paragraphs {
		n += len(p.Text)
	}
	if n > text.MaxArticleBytes {
		t.Errorf("kept %d bytes, more than %d", n, text.MaxArticleBytes)
	}
	New(arts) // must finish
}

// TestSeedsHaveNoFurniture checks the shipped articles after cleaning.
func TestSeedsHaveNoFurniture(t *testing.T) {
	arts := loadSeeds(t)
	if len(arts) != 5 {
		t.Fatalf("loaded %d seeds, want 5", len(arts))
	}
	junk := []string{"Support The", "Sign up", "newsletter", "READ MORE", "Share this article", "Leave a Comment",
		"Copy/paste", "Like this:", "ADVERTISEMENT", "paiment", "Remind me later", "You might also like",
		"Subscribers agree", "Privacy Policy", "Dear readers", "Related posts"}
	for _, a := range arts {
		for _, p := range a.Paragraphs {
			for _, j := range junk {
				if strings.Contains(p.Text, j) {
					t.Errorf("%s: furniture %q in %q", a.ID, j, p.Text)
				}
			}
		}
	}
}

func loadSeeds(tb testing.TB) []text.Article {
	tb.Helper()
	arts, err := Load(os.DirFS("../seeds"), ".", quietLog())
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}

// FuzzBriefing feeds arbitrary text through cleaning and every analysis:
// nothing may panic.
func FuzzBriefing(f *testing.F) {
	f.Add([]byte("Title\n\nPublished: Wed, November 08, 2017\n\n\"We are ready,\" Mr Smith said on Friday. He added: \"Yes.\"\n"))
	f.Add([]byte("T\n\n“Open quote runs on\n\n\"Another\" said \"x\" by \"y\" in July 2016.\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseArticle("f.txt", data)
		if err != nil {
			return
		}
		b := New([]text.Article{a, a})
		b.Brief("")
		b.Timeline("x")
		b.WhoSaid("smith")
		b.Suggest("s", 5)
	})
}
