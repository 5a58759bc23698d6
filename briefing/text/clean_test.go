package text

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bbcDir is the shared BBC corpus beside the checkout; the test skips when
// it is absent.
const bbcDir = "../../../shared/corpus/bbc"

// TestBBCBodyKept checks on a sample of real articles, which carry no
// furniture, that cleaning loses no sentence.
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
			kept := map[string]bool{}
			for _, p := range a.Paragraphs {
				kept[p.Text] = true
			}
			for _, l := range strings.Split(string(data), "\n")[1:] {
				l = normalizeLine(l)
				if l != "" && endsLikeSentence(l) && !kept[l] {
					t.Errorf("%s/%s: lost %q", topic, e.Name(), l)
				}
			}
		}
	}
}
