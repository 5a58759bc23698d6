// Package disjoint keeps disjoint sets of the numbers 0..n-1 (union-find),
// for the groups that pairs connect: copies of one article, articles that
// may share a story.
package disjoint

// Sets are disjoint sets of the numbers 0..n-1, each at first alone.
type Sets []int

// New returns n numbers, each its own set.
func New(n int) Sets {
	s := make(Sets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// Find returns the number that stands for i's set. Paths are halved as
// they are walked, so that a set's members stay close to it.
func (s Sets) Find(i int) int {
	for s[i] != i {
		s[i] = s[s[i]]
		i = s[i]
	}
	return i
}

// Union joins the sets of i and j; i's set's number stands for both.
func (s Sets) Union(i, j int) {
	if ri, rj := s.Find(i), s.Find(j); ri != rj {
		s[rj] = ri
	}
}
