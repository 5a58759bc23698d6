package store

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestPutStoredArticles(t *testing.T) {
	dir := t.TempDir()
	if _, ok := Existing(dir); ok {
		t.Fatal("a store before Open")
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := Existing(dir); !ok {
		t.Fatal("no store after Open")
	}
	t0 := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	a := Article{URL: "https://example.com/a", Canonical: "https://example.com/story/a", Title: "A", Text: "Body.", Added: t0}
	b := Article{URL: "https://example.com/b", Title: "B", Text: "Body.", Added: t0.Add(-time.Hour)}
	for _, x := range []Article{a, b} {
		if ok, err := s.Put(x); err != nil || !ok {
			t.Fatalf("Put %s = %v, %v", x.URL, ok, err)
		}
	}
	// The same page under its canonical address is not stored twice.
	if ok, err := s.Put(Article{URL: "https://example.com/story/a", Title: "A again"}); err != nil || ok {
		t.Errorf("Put by canonical link = %v, %v; want false", ok, err)
	}
	got, err := s.Stored([]string{"https://example.com/a", "https://example.com/story/a", "https://example.com/c", ""})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]bool{"https://example.com/a": true, "https://example.com/story/a": true}, got); diff != "" {
		t.Errorf("Stored (-want +got):\n%s", diff)
	}
	arts, err := s.Articles()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Article{b, a}, arts, cmp.Comparer(func(x, y time.Time) bool { return x.Equal(y) })); diff != "" {
		t.Errorf("Articles, oldest first (-want +got):\n%s", diff)
	}
	// A read-only handle on the same folder sees the same file.
	s2, ok := Existing(dir)
	if !ok {
		t.Fatal("no store after Open")
	}
	if arts, _ := s2.Articles(); len(arts) != 2 {
		t.Errorf("reopened store has %d articles", len(arts))
	}
}

func TestFeedState(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if st, err := s.Feed("https://example.com/rss"); err != nil || st != (FeedState{}) {
		t.Fatalf("unread feed = %+v, %v", st, err)
	}
	want := FeedState{ETag: `"v1"`, LastModified: "Wed, 25 Nov 2026 08:00:00 GMT", Checked: time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)}
	if err := s.SetFeed("https://example.com/rss", want); err != nil {
		t.Fatal(err)
	}
	got, err := s.Feed("https://example.com/rss")
	if err != nil || !got.Checked.Equal(want.Checked) || got.ETag != want.ETag || got.LastModified != want.LastModified {
		t.Errorf("Feed = %+v, %v; want %+v", got, err, want)
	}
}

func TestPutWithoutURL(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Put(Article{Title: "x"}); err == nil {
		t.Error("Put without URL succeeded")
	}
}
