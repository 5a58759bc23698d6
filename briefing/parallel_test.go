package briefing

import (
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/briefbot/briefbot/briefing/dates"
)

// snapshot is everything a briefing answers, as JSON.
func snapshot(t *testing.T, b *Briefing) string {
	t.Helper()
	br, _ := b.Brief("")
	evs, _ := b.Timeline("")
	out, err := json.Marshal(struct {
		Brief    Brief
		Quotes   []Quote
		Timeline []Event
		People   []Person
	}{br, b.Quotes(), evs, b.People()})
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// TestParallelMatchesSequential builds the same briefing on one core and
// on several, from the shipped seeds and from the whole BBC corpus: the
// per-article work runs in a worker pool, and its result must not depend on
// the order the workers finish in.
func TestParallelMatchesSequential(t *testing.T) {
	seeds, err := Load(os.DirFS("../seeds"), ".", quietLog())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name string
		load func() []Article
	}{
		{"seeds", func() []Article { return seeds }},
		{"bbc", func() []Article { return loadBBC(t, "") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			prev := runtime.GOMAXPROCS(1)
			sequential := snapshot(t, New(c.load()))
			runtime.GOMAXPROCS(max(4, prev))
			defer runtime.GOMAXPROCS(prev)
			for range 2 {
				if parallel := snapshot(t, New(c.load())); parallel != sequential {
					t.Fatalf("the parallel build differs from the sequential one (%d vs %d bytes of JSON)", len(parallel), len(sequential))
				}
			}
		})
	}
}

// TestBuilderMatchesNew rebuilds a briefing with a Builder after articles
// are added, changed and removed: each build must be what New gives for
// the same articles, and an earlier briefing must not change.
func TestBuilderMatchesNew(t *testing.T) {
	arts := loadBBC(t, "/politics")
	last := len(arts) - 1
	var bl Builder
	first := bl.Build(arts[:last])
	before := snapshot(t, first)
	if want := snapshot(t, New(arts[:last])); before != want {
		t.Fatalf("the first build differs from New (%d vs %d bytes of JSON)", len(before), len(want))
	}
	changed := append([]Article(nil), arts...)
	edited, err := ParseArticle(changed[3].ID, []byte(changed[3].Title+"\n\n\"We will not stand for it,\" Gordon Brown said on Monday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	changed[3] = edited
	for _, c := range []struct {
		name string
		arts []Article
	}{
		{"one added", arts},
		{"one changed", changed},
		{"one removed", arts[:last-1]},
		{"one added again", arts},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got, want := snapshot(t, bl.Build(c.arts)), snapshot(t, New(c.arts)); got != want {
				t.Errorf("the Builder differs from New (%d vs %d bytes of JSON)", len(got), len(want))
			}
		})
	}
	if after := snapshot(t, first); after != before {
		t.Error("a later build changed an earlier briefing")
	}
	if got, want := len(bl.work), len(arts); got != want {
		t.Errorf("the builder remembers %d articles, want the %d of its last build", got, want)
	}
}

// TestBuilderKeepsAnUnchangedBriefing checks that a build of the articles
// of the last build, in any order, gives the last briefing back unbuilt,
// and that any change of an article's text or metadata builds anew.
func TestBuilderKeepsAnUnchangedBriefing(t *testing.T) {
	arts := loadBBC(t, "/politics")[:40]
	var bl Builder
	first := bl.Build(arts)
	reversed := slices.Clone(arts)
	slices.Reverse(reversed)
	if bl.Build(reversed) != first {
		t.Error("the same articles were built again")
	}
	edited, err := ParseArticle(arts[3].ID, []byte(arts[3].Title+"\n\n\"We will not stand for it,\" Gordon Brown said on Monday.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name   string
		change func(a *Article)
	}{
		{"text", func(a *Article) { *a = edited }},
		{"title", func(a *Article) { a.Title += " (updated)" }},
		{"address", func(a *Article) { a.URL = "https://example.com/moved" }},
		{"outlet", func(a *Article) { a.Outlet = "Wire" }},
		{"author", func(a *Article) { a.Author = "Jo Reporter" }},
		{"date", func(a *Article) { a.Date = dates.Date{Year: 2005, Month: 3, Day: 1, Prec: dates.DayExact} }},
		{"no hash", func(a *Article) { a.Hash = "" }},
	} {
		t.Run(c.name, func(t *testing.T) {
			var bl Builder
			before := bl.Build(arts)
			changed := slices.Clone(arts)
			c.change(&changed[3])
			got := bl.Build(changed)
			if got == before {
				t.Fatal("the change gave back the last briefing")
			}
			if want := snapshot(t, New(changed)); snapshot(t, got) != want {
				t.Error("the Builder differs from New after the change")
			}
			if c.name != "no hash" && bl.Build(changed) != got {
				t.Error("the changed articles, built twice, were built again")
			}
		})
	}
	if bl.Build(arts[1:]) == first {
		t.Error("an article removed gave back the last briefing")
	}
}

// TestBuilderReloadsAFolderAsNew follows a folder through the reload path:
// read and built again through one Builder as files come, change and go,
// each briefing equal to one read and built from nothing.
func TestBuilderReloadsAFolderAsNew(t *testing.T) {
	dir := bbcDir + "/politics"
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not present: %v", err)
	}
	files := fstest.MapFS{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = &fstest.MapFile{Data: data}
	}
	last := entries[len(entries)-1].Name()
	added := files[last]
	discard := slog.New(slog.DiscardHandler)
	var bl Builder
	for _, step := range []struct {
		name   string
		change func()
	}{
		{"first read, one file short", func() { delete(files, last) }},
		{"one added", func() { files[last] = added }},
		{"one changed", func() {
			files[entries[3].Name()] = &fstest.MapFile{Data: []byte("Brown hits back\n\n\"We will not stand for it,\" Gordon Brown said on Monday.\n")}
		}},
		{"one broken", func() { files[entries[5].Name()] = &fstest.MapFile{Data: []byte("\x00")} }},
		{"one removed", func() { delete(files, entries[7].Name()) }},
	} {
		step.change()
		reloaded, err := bl.Load(files, ".", discard)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := Load(files, ".", discard)
		if err != nil {
			t.Fatal(err)
		}
		if got, want := snapshot(t, bl.Build(reloaded)), snapshot(t, New(fresh)); got != want {
			t.Errorf("%s: the reload differs from a fresh read and build (%d vs %d bytes of JSON)", step.name, len(got), len(want))
		}
	}
}
