package summary

import "testing"

// TestTiedBy: a rare heavy term ties two articles alone, a commoner one
// needs a second, and one heavy across a share of the folder ties nothing.
func TestTiedBy(t *testing.T) {
	for _, tt := range []struct {
		name        string
		articles, n int
		want        int
	}{
		{"a name in a few articles", 3, 2000, tieWeight},
		{"as many as a rare term may", rareTermArticles, 20000, tieWeight},
		{"one more than that", rareTermArticles + 1, 20000, 1},
		{"as many as a story may have", maxStoryTermArticles, 20000, 1},
		{"more than a story has", maxStoryTermArticles + 1, 20000, 0},
		{"a quarter of a large folder", 30, 100, 0},
		{"a small folder compares all", 30, 40, tieWeight},
	} {
		if got := tiedBy(tt.articles, tt.n); got != tt.want {
			t.Errorf("%s: tiedBy(%d, %d) = %d, want %d", tt.name, tt.articles, tt.n, got, tt.want)
		}
	}
}
