package quotes

import (
	"io"
	"log/slog"
	"os"
	"testing"

	"github.com/briefbot/briefbot/briefing/text"
)

// BenchmarkAttribution finds the quotes, speakers and people of the whole
// BBC corpus beside the checkout (2,095 articles); it skips when absent.
func BenchmarkAttribution(b *testing.B) {
	const dir = "../../../shared/corpus/bbc"
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("corpus not present: %v", err)
	}
	arts, err := text.Load(os.DirFS(dir), ".", slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		Build(arts)
	}
	b.ReportMetric(float64(len(arts))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
