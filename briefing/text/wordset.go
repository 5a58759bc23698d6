package text

import (
	"iter"
	"slices"
)

// WordSet is a fixed set of words, for the sets of function words, titles
// and roles asked of every word of every text. A word is looked for among
// the few that share its length and three of its letters, compared whole:
// most words asked are in no set, and a miss costs less than hashing the
// word for a map (about a third of a map's time, measured).
type WordSet struct {
	buckets [][]string
	mask    int
	longest int
}

// NewWordSet returns the set of the words given; "" is never in it.
func NewWordSet(words ...string) *WordSet {
	n := 16
	for n < 2*len(words) {
		n *= 2
	}
	s := &WordSet{buckets: make([][]string, n), mask: n - 1}
	for _, w := range words {
		if w == "" {
			continue
		}
		b := &s.buckets[s.bucket(w)]
		if !slices.Contains(*b, w) {
			*b = append(*b, w)
		}
		s.longest = max(s.longest, len(w))
	}
	return s
}

func (s *WordSet) bucket(w string) int {
	h := len(w)
	h = h*31 + int(w[0])
	h = h*31 + int(w[len(w)/2])
	h = h*31 + int(w[len(w)-1])
	return h & s.mask
}

// Has reports whether w is in the set.
func (s *WordSet) Has(w string) bool {
	if w == "" || len(w) > s.longest {
		return false
	}
	return slices.Contains(s.buckets[s.bucket(w)], w)
}

// All yields the words of the set, in no order.
func (s *WordSet) All() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, b := range s.buckets {
			for _, w := range b {
				if !yield(w) {
					return
				}
			}
		}
	}
}
