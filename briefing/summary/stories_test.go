package summary

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

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

// TestAverageLinkMatchesAllPairs checks the merging against the
// definition, on random likenesses: at each step the two groups whose
// members are most alike on average (over every pair, unlisted ones
// counting 0), if they may go together and reach the threshold, merge.
func TestAverageLinkMatchesAllPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 200 {
		n := 2 + rng.IntN(40)
		sim := make([][]float64, n)
		for i := range sim {
			sim[i] = make([]float64, n)
		}
		near := make([][]neighbour, n)
		for a := range n {
			for b := a + 1; b < n; b++ {
				if rng.IntN(3) == 0 {
					continue // not compared
				}
				s := rng.Float64() * 0.5
				sim[a][b], sim[b][a] = s, s
				near[a] = append(near[a], neighbour{b, s})
			}
		}
		// Items of different "days" more than 3 apart never go together.
		day := make([]int, n)
		for i := range day {
			day[i] = rng.IntN(8)
		}
		together := func(a, b []int) bool {
			for _, x := range a {
				for _, y := range b {
					if max(day[x]-day[y], day[y]-day[x]) > 3 {
						return false
					}
				}
			}
			return true
		}
		const threshold = 0.2
		got := sortedGroups(averageLink(near, threshold, together))
		want := sortedGroups(allPairsAverageLink(sim, threshold, together))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("trial %d, %d items: groups differ (-want +got):\n%s", trial, n, diff)
		}
	}
}

// allPairsAverageLink is average-link clustering as defined, every
// group's average measured anew at every step.
func allPairsAverageLink(sim [][]float64, threshold float64, together func(a, b []int) bool) [][]int {
	var groups [][]int
	for i := range sim {
		groups = append(groups, []int{i})
	}
	for {
		best, bi, bj := threshold, -1, -1
		for i := range groups {
			for j := i + 1; j < len(groups); j++ {
				sum := 0.0
				for _, x := range groups[i] {
					for _, y := range groups[j] {
						sum += sim[x][y]
					}
				}
				avg := sum / float64(len(groups[i])*len(groups[j]))
				if avg >= best && (bi < 0 || avg > best) && together(groups[i], groups[j]) {
					best, bi, bj = avg, i, j
				}
			}
		}
		if bi < 0 {
			return groups
		}
		groups[bi] = append(groups[bi], groups[bj]...)
		groups = slices.Delete(groups, bj, bj+1)
	}
}

// sortedGroups orders each group's items and the groups by their first.
func sortedGroups(groups [][]int) [][]int {
	out := make([][]int, len(groups))
	for i, g := range groups {
		out[i] = slices.Sorted(slices.Values(g))
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}
