package briefing

import (
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"testing/fstest"

	"github.com/briefbot/briefbot/briefing/text"
	"github.com/neurosnap/sentences/english"
)

// bbcDir is the shared BBC corpus beside the checkout; benchmarks and
// scale tests skip when it is absent.
const bbcDir = "../../shared/corpus/bbc"

// loadBBC loads and cleans the BBC corpus, or its topic folder sub, or the
// folder BRIEFBOT_BENCH_DIR names when sub is "" (the add-one cost at
// 16,760 files is BRIEFBOT_BENCH_DIR=/tmp/bbc8 with -bench AddOne).
func loadBBC(tb testing.TB, sub string) []text.Article {
	tb.Helper()
	dir := bbcDir + sub
	if d := os.Getenv("BRIEFBOT_BENCH_DIR"); d != "" && sub == "" {
		dir = d // a larger folder, as for readBBC
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("corpus not present: %v", err)
	}
	arts, err := Load(os.DirFS(dir), ".", slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		tb.Fatal(err)
	}
	return arts
}

// BenchmarkLoad loads and cleans the whole BBC corpus.
func BenchmarkLoad(b *testing.B) {
	if _, err := os.Stat(bbcDir); err != nil {
		b.Skipf("corpus not present: %v", err)
	}
	n := 0
	for b.Loop() {
		arts := loadBBC(b, "")
		n = len(arts)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkNew builds the whole briefing (quotes, people, timeline, brief)
// over the BBC corpus.
func BenchmarkNew(b *testing.B) {
	arts := loadBBC(b, "")
	for b.Loop() {
		New(arts)
	}
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkPunkt is the yardstick of issue 14: Punkt sentence splitting
// alone (neurosnap/sentences, its English model) over the raw BBC files.
// Compare it with BenchmarkBrief, run side by side:
//
//	go test ./briefing -run '^$' -bench '^Benchmark(Punkt|Brief)$' -benchmem
func BenchmarkPunkt(b *testing.B) {
	texts := readBBC(b)
	tok, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		n := 0
		for _, t := range texts {
			n += len(tok.Tokenize(t))
		}
		if n == 0 {
			b.Fatal("no sentences")
		}
	}
	b.ReportMetric(float64(len(texts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkBrief is the whole of "briefbot brief" after the files are
// read: cleaning, sentences, quotes, people, timeline, summaries.
// The files are held in memory, as Punkt's are, and loaded the way the
// command loads a folder.
func BenchmarkBrief(b *testing.B) {
	texts := readBBC(b)
	files := fstest.MapFS{}
	for i, t := range texts {
		files[strconv.Itoa(i)+".txt"] = &fstest.MapFile{Data: []byte(t)}
	}
	discard := slog.New(slog.NewTextHandler(io.Discard, nil))
	for b.Loop() {
		arts, err := Load(files, ".", discard)
		if err != nil {
			b.Fatal(err)
		}
		New(arts).Brief("")
	}
	b.ReportMetric(float64(len(texts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// readBBC reads the raw files of the BBC corpus into memory, or those of
// the folder BRIEFBOT_BENCH_DIR names: BenchmarkPunkt and BenchmarkBrief
// side by side over the corpus copied 8 times (16,760 files) are
//
//	BRIEFBOT_BENCH_DIR=/tmp/bbc8 go test ./briefing -run '^$' -bench '^Benchmark(Punkt|Brief)$' -benchtime 1x
func readBBC(tb testing.TB) []string {
	tb.Helper()
	dir := bbcDir
	if d := os.Getenv("BRIEFBOT_BENCH_DIR"); d != "" {
		dir = d
	}
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("corpus not present: %v", err)
	}
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(p) != ".txt" {
			return err
		}
		data, err := os.ReadFile(p)
		out = append(out, string(data))
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return out
}

// BenchmarkAddOne is the cost of taking one more article into a briefing
// of the BBC corpus, as serve does when a feed brings one: "builder"
// rebuilds with a Builder that has read all the others before; "new"
// builds from nothing, for comparison.
func BenchmarkAddOne(b *testing.B) {
	arts := loadBBC(b, "")
	last := len(arts) - 1
	b.Run("builder", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			var bl Builder
			bl.Build(arts[:last])
			b.StartTimer()
			bl.Build(arts)
		}
	})
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			New(arts)
		}
	})
}

// BenchmarkReloadOne is the whole reload path when one file is added to
// the folder of the BBC corpus: the folder read again and built, through
// a Builder that read it before ("builder", which cleans only the new
// file), and from nothing ("new"); and when no file changed
// ("unchanged").
func BenchmarkReloadOne(b *testing.B) {
	texts := readBBC(b)
	files := fstest.MapFS{}
	for i, t := range texts {
		files[strconv.Itoa(i)+".txt"] = &fstest.MapFile{Data: []byte(t)}
	}
	added := strconv.Itoa(len(texts)-1) + ".txt"
	discard := slog.New(slog.DiscardHandler)
	reload := func(b *testing.B, load func(fs.FS, string, *slog.Logger) ([]Article, error), build func([]Article) *Briefing) {
		arts, err := load(files, ".", discard)
		if err != nil {
			b.Fatal(err)
		}
		build(arts)
	}
	b.Run("builder", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			var bl Builder
			f := files[added]
			delete(files, added)
			reload(b, bl.Load, bl.Build)
			files[added] = f
			b.StartTimer()
			reload(b, bl.Load, bl.Build)
		}
	})
	b.Run("new", func(b *testing.B) {
		for b.Loop() {
			reload(b, Load, New)
		}
	})
	// A reload after a burst of file events that changed no article (a
	// file saved as it was): the Builder gives back its last briefing.
	b.Run("unchanged", func(b *testing.B) {
		var bl Builder
		reload(b, bl.Load, bl.Build)
		for b.Loop() {
			reload(b, bl.Load, bl.Build)
		}
	})
}
