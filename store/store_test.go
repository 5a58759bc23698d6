package store

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	bolt "go.etcd.io/bbolt"
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
	arts, _, err := s.Articles()
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
	if arts, _, _ := s2.Articles(); len(arts) != 2 {
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

func TestOld(t *testing.T) {
	cutoff := time.Date(2026, 11, 22, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		published string
		added     time.Time
		want      bool
	}{
		{"2026-11-21", cutoff.Add(time.Hour), true},        // dated before: stored late is no matter
		{"2026-11-22", cutoff.Add(-72 * time.Hour), false}, // the cutoff's own day is kept
		{"2026-11-24", cutoff, false},
		{"", cutoff.Add(-time.Minute), true}, // undated: by when it was stored
		{"", cutoff, false},
	}
	for _, tt := range tests {
		if got := Old(tt.published, tt.added, cutoff); got != tt.want {
			t.Errorf("Old(%q, %s) = %v, want %v", tt.published, tt.added.Format(time.RFC3339), got, tt.want)
		}
	}
	// The cutoff's day is its day in UTC.
	if Old("2026-11-22", time.Time{}, time.Date(2026, 11, 23, 1, 0, 0, 0, time.FixedZone("UTC+3", 3*3600))) {
		t.Error("2026-11-22 older than 2026-11-22T22:00Z")
	}
}

func TestExpire(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	a := Article{URL: "https://example.com/a", Canonical: "https://example.com/story/a", Title: "A", Published: "2026-11-20", Added: now}
	b := Article{URL: "https://example.com/b", Title: "B", Added: now.Add(-15 * day)}
	c := Article{URL: "https://example.com/c", Title: "C", Published: "2026-11-24", Added: now.Add(-day)}
	for _, x := range []Article{a, b, c} {
		if ok, err := s.Put(x); err != nil || !ok {
			t.Fatalf("Put %s = %v, %v", x.URL, ok, err)
		}
	}
	if err := s.Refuse([]string{"https://example.com/d", ""}, now); err != nil {
		t.Fatal(err)
	}
	all := []string{a.URL, a.Canonical, b.URL, c.URL, "https://example.com/d", "https://example.com/e"}
	stored := func(want map[string]bool) {
		t.Helper()
		got, err := s.Stored(all)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Stored (-want +got):\n%s", diff)
		}
	}
	titles := func(want ...string) {
		t.Helper()
		arts, _, err := s.Articles()
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, x := range arts {
			got = append(got, x.Title)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("articles left (-want +got):\n%s", diff)
		}
	}

	// Three days: a was published before, b stored before.
	if n, err := s.Expire(now, 3*day); err != nil || n != 2 {
		t.Fatalf("Expire = %d, %v; want 2", n, err)
	}
	titles("C")
	// What was removed or refused is still known: a feed listing it does
	// not bring it back.
	stored(map[string]bool{a.URL: true, a.Canonical: true, b.URL: true, c.URL: true, "https://example.com/d": true})

	// A month on, c is old too; what went a month ago is forgotten.
	later := now.Add(31 * day)
	if n, err := s.Expire(later, 3*day); err != nil || n != 1 {
		t.Fatalf("Expire a month on = %d, %v; want 1", n, err)
	}
	titles()
	stored(map[string]bool{c.URL: true})
	// Nothing old left: nothing removed.
	if n, err := s.Expire(later, 3*day); err != nil || n != 0 {
		t.Errorf("Expire again = %d, %v; want 0", n, err)
	}
}

// TestExpireKeepsAnUnreadableRecord: a record that is no article is kept
// (Articles reports it) and the others still expire.
func TestExpireKeepsAnUnreadableRecord(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	if _, err := s.Put(Article{URL: "https://example.com/old", Published: "2026-01-02", Added: now}); err != nil {
		t.Fatal(err)
	}
	err = s.update(func(tx *bolt.Tx) error {
		return tx.Bucket(articlesBucket).Put([]byte("https://example.com/broken"), []byte("{not json"))
	})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := s.Expire(now, 24*time.Hour); err != nil || n != 1 {
		t.Errorf("Expire = %d, %v; want the old article removed", n, err)
	}
	got, err := s.Stored([]string{"https://example.com/old", "https://example.com/broken"})
	if err != nil || !got["https://example.com/old"] || !got["https://example.com/broken"] {
		t.Errorf("Stored = %v, %v; want both known", got, err)
	}
	arts, unreadable, err := s.Articles()
	if err != nil || len(arts) != 0 || len(unreadable) != 1 || !strings.Contains(unreadable[0], "broken") {
		t.Errorf("Articles = %d articles, unreadable %q, %v; want the broken record named and skipped", len(arts), unreadable, err)
	}
}
