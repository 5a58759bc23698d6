package text

import (
	"bytes"
	"log/slog"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// cleanerFolder is a small folder of articles: two good, one empty, one
// binary, one truncated beyond the limit.
func cleanerFolder() fstest.MapFS {
	long := bytes.Repeat([]byte("A sentence of the story goes on and on.\n"), MaxArticleBytes/40+10)
	return fstest.MapFS{
		"a.txt":     {Data: []byte("Summit ends\n\nThe leaders met on Tuesday, officials said.\n\n\"It went well,\" Peskov said.\n")},
		"b.txt":     {Data: []byte("Budget passes\n\nThe vote was close, the speaker said.\n")},
		"empty.txt": {Data: []byte("  \n")},
		"bin.txt":   {Data: []byte("x\x00y")},
		"long.txt":  {Data: append([]byte("Long story\n\n"), long...)},
	}
}

// loadLogged loads fsys with load, returning the articles and the log.
func loadLogged(t *testing.T, fsys fstest.MapFS, load func(fsys fstest.MapFS, log *slog.Logger) ([]Article, error)) ([]Article, string) {
	t.Helper()
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
	arts, err := load(fsys, log)
	if err != nil {
		t.Fatal(err)
	}
	return arts, buf.String()
}

func TestCleanerGivesWhatLoadGives(t *testing.T) {
	var c Cleaner
	plain := func(fsys fstest.MapFS, log *slog.Logger) ([]Article, error) { return Load(fsys, ".", log) }
	cached := func(fsys fstest.MapFS, log *slog.Logger) ([]Article, error) { return c.Load(fsys, ".", log) }
	folder := cleanerFolder()
	want, wantLog := loadLogged(t, folder, plain)
	for read := 1; read <= 2; read++ {
		got, gotLog := loadLogged(t, folder, cached)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(Paragraph{})); diff != "" {
			t.Errorf("read %d: articles (-Load +Cleaner):\n%s", read, diff)
		}
		if gotLog != wantLog {
			t.Errorf("read %d: log\n%s\nwant\n%s", read, gotLog, wantLog)
		}
	}
}

func TestCleanerCleansOnlyWhatChanged(t *testing.T) {
	var c Cleaner
	folder := cleanerFolder()
	first, err := c.Load(folder, ".", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	// b.txt changes, long.txt goes, c.txt comes.
	folder["b.txt"] = &fstest.MapFile{Data: []byte("Budget fails\n\nThe vote was lost, the speaker said.\n")}
	delete(folder, "long.txt")
	folder["c.txt"] = &fstest.MapFile{Data: []byte("Storm nears\n\nThe coast was warned on Monday.\n")}
	second, err := c.Load(folder, ".", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	byID := func(arts []Article) map[string]Article {
		m := map[string]Article{}
		for _, a := range arts {
			m[a.ID] = a
		}
		return m
	}
	was, now := byID(first), byID(second)
	if &was["a.txt"].Paragraphs[0] != &now["a.txt"].Paragraphs[0] {
		t.Error("a.txt, unchanged, was cleaned again")
	}
	if now["b.txt"].Title != "Budget fails" {
		t.Errorf("b.txt changed but reads %q", now["b.txt"].Title)
	}
	if _, ok := now["long.txt"]; ok {
		t.Error("long.txt, deleted, still loaded")
	}
	if now["c.txt"].Title != "Storm nears" {
		t.Errorf("c.txt, new, reads %q", now["c.txt"].Title)
	}
	// What is remembered is the last read: the five files now there
	// (the empty and binary ones as their errors), the deleted one and the
	// old b.txt forgotten.
	if n := len(c.last); n != 5 {
		t.Errorf("remembers %d cleanings, want the 5 of the last read", n)
	}
}

func TestCleanerReadBodiesByTitleAndBytes(t *testing.T) {
	var c Cleaner
	body := []byte("The leaders met on Tuesday, officials said.\n")
	r := c.Begin()
	a1, err1 := r.ParseBody("x", "Summit", body)
	r.End()
	want, wantErr := ParseBody("x", "Summit", body)
	if diff := cmp.Diff(want, a1, cmp.AllowUnexported(Paragraph{})); diff != "" || (err1 == nil) != (wantErr == nil) {
		t.Errorf("ParseBody through a read (-plain +read):\n%s (err %v, want %v)", diff, err1, wantErr)
	}
	r = c.Begin()
	a2, _ := r.ParseBody("x", "Summit", body)
	a3, _ := r.ParseBody("x", "Summit talks", body)
	r.End()
	if &a1.Paragraphs[0] != &a2.Paragraphs[0] {
		t.Error("the same body and title were cleaned again")
	}
	if a3.Title != "Summit talks" {
		t.Errorf("another title gave %q: the title is part of what is remembered", a3.Title)
	}
}

func TestCleanerIsSafeForConcurrentReads(t *testing.T) {
	var c Cleaner
	folder := cleanerFolder()
	want, err := Load(folder, ".", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 3 {
				got, err := c.Load(folder, ".", slog.New(slog.DiscardHandler))
				if err != nil {
					t.Error(err)
					return
				}
				if diff := cmp.Diff(want, got, cmp.AllowUnexported(Paragraph{})); diff != "" {
					t.Errorf("(-Load +Cleaner):\n%s", diff)
				}
			}
		})
	}
	wg.Wait()
}
