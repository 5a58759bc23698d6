package text

import (
	"errors"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/google/go-cmp/cmp"
)

// fakePage is a saved page as the fake reader reads it: a "title:" line,
// optional "site:", "author:" and "date:" lines, then the body. The core
// reads no HTML; the reader the program gives it does.
func fakePage(title, site, author, date, body string) []byte {
	return []byte("<!-- fake -->\ntitle: " + title + "\nsite: " + site + "\nauthor: " + author + "\ndate: " + date + "\n\n" + body)
}

var errNotAPage = errors.New("no article text found in the page")

// readFakePage is a PageReader for fakePage's pages, counting its calls.
func readFakePage(calls *atomic.Int32) PageReader {
	return func(data []byte) (SavedPage, error) {
		calls.Add(1)
		head, body, ok := strings.Cut(string(data), "\n\n")
		if !ok || !strings.HasPrefix(head, "<!-- fake -->") {
			return SavedPage{}, errNotAPage
		}
		p := SavedPage{Body: body}
		for _, line := range strings.Split(head, "\n") {
			k, v, _ := strings.Cut(line, ": ")
			switch k {
			case "title":
				p.Title = v
			case "site":
				p.Site = v
			case "author":
				p.Author = v
			case "date":
				if t, err := time.Parse(time.DateOnly, v); err == nil {
					p.Published = dates.DayDate(t.Year(), t.Month(), t.Day())
				}
			}
		}
		return p, nil
	}
}

// pagesFolder holds a text article, two saved pages (one dated, one whose
// dateline dates it), a page with no article and one too large.
func pagesFolder() fstest.MapFS {
	return fstest.MapFS{
		"a.txt":        {Data: []byte("Summit ends\n\nThe leaders met on Tuesday, officials said.\n")},
		"b.html":       {Data: fakePage("Budget passes", "The Daily Planet", "Jane Roe", "2019-03-04", "The council approved the budget on Monday, the mayor said.\n\nSpending on schools rises.")},
		"sub/c.HTM":    {Data: fakePage("Storm nears", "", "", "", "Tuesday, May 5, 2020\n\nThe coast was warned on Monday.")},
		"nav.html":     {Data: []byte("<html><body><nav>Home</nav></body></html>")},
		"huge.html":    {Data: append(fakePage("Huge", "", "", "", "Words."), strings.Repeat(" ", MaxPageBytes)...)},
		"notes.pdf":    {Data: []byte("%PDF")},
		"page.html.gz": {Data: []byte{0x1f, 0x8b}},
	}
}

func TestLoadFolderReadsSavedPages(t *testing.T) {
	var calls atomic.Int32
	arts, logged := loadLogged(t, pagesFolder(), func(fsys fstest.MapFS, log *slog.Logger) ([]Article, error) {
		return LoadFolder(fsys, ".", log, readFakePage(&calls))
	})
	type row struct{ ID, Title, Outlet, Author, Date, First string }
	var got []row
	for _, a := range arts {
		got = append(got, row{a.ID, a.Title, a.Outlet, a.Author, a.Date.String(), a.Body()[0].Text})
	}
	want := []row{
		{"a.txt", "Summit ends", "", "", "", "The leaders met on Tuesday, officials said."},
		{"b.html", "Budget passes", "The Daily Planet", "Jane Roe", "2019-03-04", "The council approved the budget on Monday, the mayor said."},
		{"sub/c.HTM", "Storm nears", "", "", "2020-05-05", "The coast was warned on Monday."},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("articles (-want +got):\n%s", d)
	}
	for _, name := range []string{"nav.html", "huge.html"} {
		if !strings.Contains(logged, "file="+name) {
			t.Errorf("no warning names %s:\n%s", name, logged)
		}
	}
	if !strings.Contains(logged, "no article text") || !strings.Contains(logged, "larger than") {
		t.Errorf("warnings do not say why:\n%s", logged)
	}
	// The page over the limit is refused before the reader is asked.
	if n := calls.Load(); n != 3 {
		t.Errorf("reader called %d times, want 3 (b, c, nav)", n)
	}
}

func TestLoadLeavesPagesOutWithoutAReader(t *testing.T) {
	arts, err := Load(pagesFolder(), ".", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 1 || arts[0].ID != "a.txt" {
		t.Errorf("Load read %d articles, want a.txt alone", len(arts))
	}
	// A folder of pages alone names both kinds when it yields nothing.
	pages := fstest.MapFS{"nav.html": {Data: []byte("<html></html>")}}
	var calls atomic.Int32
	_, err = LoadFolder(pages, ".", slog.New(slog.DiscardHandler), readFakePage(&calls))
	if !errors.Is(err, ErrNoArticles) || !strings.Contains(err.Error(), "none of the 1 .txt or .html files") {
		t.Errorf("err = %v", err)
	}
	if _, err = Load(pages, ".", slog.New(slog.DiscardHandler)); err == nil || !strings.Contains(err.Error(), "no .txt files") {
		t.Errorf("Load err = %v", err)
	}
}

func TestCleanerReadsAPageOnce(t *testing.T) {
	var c Cleaner
	var calls atomic.Int32
	read := readFakePage(&calls)
	folder := pagesFolder()
	first, err := c.LoadFolder(folder, ".", slog.New(slog.DiscardHandler), read)
	if err != nil {
		t.Fatal(err)
	}
	calls.Store(0)
	folder["b.html"] = &fstest.MapFile{Data: fakePage("Budget fails", "The Daily Planet", "", "2019-03-05", "The vote was lost, the speaker said.")}
	second, err := c.LoadFolder(folder, ".", slog.New(slog.DiscardHandler), read)
	if err != nil {
		t.Fatal(err)
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("second read called the reader %d times, want once (b.html changed)", n)
	}
	if len(second) != len(first) || second[1].Title != "Budget fails" || second[1].Date.String() != "2019-03-05" {
		t.Errorf("changed page reads %q %s", second[1].Title, second[1].Date)
	}
	if &first[2].Paragraphs[0] != &second[2].Paragraphs[0] {
		t.Error("sub/c.HTM, unchanged, was cleaned again")
	}
}
