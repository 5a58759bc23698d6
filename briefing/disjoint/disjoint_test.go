package disjoint

import (
	"math/rand/v2"
	"testing"
)

func TestSets(t *testing.T) {
	s := New(6)
	s.Union(0, 1)
	s.Union(2, 3)
	s.Union(1, 3)
	s.Union(4, 4)
	same := func(i, j int) bool { return s.Find(i) == s.Find(j) }
	for _, p := range [][2]int{{0, 1}, {0, 2}, {0, 3}, {2, 1}} {
		if !same(p[0], p[1]) {
			t.Errorf("%d and %d apart, want one set", p[0], p[1])
		}
	}
	for _, p := range [][2]int{{0, 4}, {4, 5}, {3, 5}} {
		if same(p[0], p[1]) {
			t.Errorf("%d and %d in one set, want apart", p[0], p[1])
		}
	}
	if s.Find(3) != s.Find(0) || s.Find(0) != 0 {
		t.Errorf("Find(0) = %d, want 0: the first set's number stands for the joined sets", s.Find(0))
	}
}

// TestSetsMatchLabels checks random unions against relabelling every member.
func TestSetsMatchLabels(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 100 {
		n := 1 + r.IntN(40)
		s, label := New(n), make([]int, n)
		for i := range label {
			label[i] = i
		}
		for range r.IntN(2 * n) {
			i, j := r.IntN(n), r.IntN(n)
			s.Union(i, j)
			from, to := label[j], label[i]
			for k := range label {
				if label[k] == from {
					label[k] = to
				}
			}
		}
		for i := range n {
			for j := range n {
				if (s.Find(i) == s.Find(j)) != (label[i] == label[j]) {
					t.Fatalf("%d and %d: sets say %v, labels %v", i, j, s.Find(i) == s.Find(j), label[i] == label[j])
				}
			}
		}
	}
}
