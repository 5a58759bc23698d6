package text

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

// WordSet is a fixed set of words, for the sets of function words, titles
// and roles asked of every word of every text. A word is looked for among
// the few that share its length and three of its letters, compared whole:
// most words asked are in no set, and a miss costs less than hashing the
// word for a map (about a third of a map's time, measured). The words are
// held in one list, in order of bucket, and the buckets as offsets into
// it: a miss reads one small table, which stays in the processor's cache
// even for the thousands of common words.
type WordSet struct {
	words   []string
	starts  []uint32 // bucket b holds words[starts[b]:starts[b+1]]
	mask    int
	longest int
	// lengths[c] has bit n set when a word of n bytes (mod 64) opens with
	// the byte c: most words asked share no first byte and length with any
	// word of the set, and are told so before the bucket is read.
	lengths [256]uint64
}

// NewWordSet returns the set of the words given; "" is never in it.
func NewWordSet(words ...string) *WordSet {
	var distinct []string
	seen := make(map[string]bool, len(words))
	for _, w := range words {
		if w != "" && !seen[w] {
			seen[w] = true
			distinct = append(distinct, w)
		}
	}
	n := 16
	for n < len(distinct) {
		n *= 2
	}
	s := &WordSet{words: make([]string, len(distinct)), starts: make([]uint32, n+1), mask: n - 1}
	for _, w := range distinct {
		s.starts[s.bucket(w)+1]++
		s.longest = max(s.longest, len(w))
		s.lengths[w[0]] |= 1 << (len(w) & 63)
	}
	for b := range n {
		s.starts[b+1] += s.starts[b]
	}
	next := slices.Clone(s.starts[:n])
	for _, w := range distinct {
		b := s.bucket(w)
		s.words[next[b]] = w
		next[b]++
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
	if w == "" || len(w) > s.longest || s.lengths[w[0]]&(1<<(len(w)&63)) == 0 {
		return false
	}
	b := s.bucket(w)
	for _, x := range s.words[s.starts[b]:s.starts[b+1]] {
		if x == w {
			return true
		}
	}
	return false
}

// HasLower reports whether w lowered is in the set, as
// Has(strings.ToLower(w)) does. A short ASCII word is lowered on the
// stack: most words asked are in no set, and a lower-case copy of each
// would be garbage at once.
func (s *WordSet) HasLower(w string) bool {
	if ascii(w) {
		// Lowering keeps an ASCII word's length: most words are told
		// absent by their first byte and length before a copy is lowered.
		c := w[0]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if len(w) > s.longest || s.lengths[c]&(1<<(len(w)&63)) == 0 {
			return false
		}
	}
	var buf [32]byte
	low, ok := LowerShortASCII(buf[:0], w)
	switch {
	case !ok:
		return s.Has(strings.ToLower(w))
	case low == nil:
		return s.Has(w)
	}
	return s.Has(string(low))
}

// LowerShortASCII appends w lowered to dst when w is ASCII and fits in
// dst's capacity, and reports true; the bytes are nil when w is lower case
// already. It reports false for any other w. A word a caller only looks
// up or compares is so lowered on the stack, not copied lowered: most
// words are asked of several sets.
func LowerShortASCII(dst []byte, w string) ([]byte, bool) {
	if len(w) > cap(dst)-len(dst) {
		return nil, false
	}
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if !upper {
		return nil, true
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}

// All yields the words of the set, in no order.
func (s *WordSet) All() iter.Seq[string] { return slices.Values(s.words) }

// ascii reports whether w is a word of ASCII bytes, at least one.
func ascii(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
