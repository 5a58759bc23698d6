package briefing

import (
	"io"
	"log/slog"
	"os"
	"testing"

	"github.com/briefbot/briefbot/briefing/text"
)

// bbcDir is the shared BBC corpus beside the checkout; benchmarks and
// scale tests skip when it is absent.
const bbcDir = "../../shared/corpus/bbc"

func loadBBC(tb testing.TB, sub string) []text.Article {
	tb.Helper()
	dir := bbcDir + sub
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
