// Package copies finds wire copies: one agency story carried by several
// outlets, the bodies near-identical. Each body is reduced to a MinHash
// signature over five-word shingles; banded locality-sensitive hashing
// proposes pairs, so a large folder costs about as much as its articles,
// not their pairs.
package copies

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/disjoint"
	"github.com/briefbot/briefbot/briefing/parallel"
	"github.com/briefbot/briefbot/briefing/text"
)

const (
	// shingleWords is the length of a shingle: long enough that two
	// articles share one only by sharing text.
	shingleWords = 5
	// hashes is the signature's length: bands of rows.
	bands  = 16
	rows   = 4
	hashes = bands * rows
	// Threshold is the share of shingles two bodies must have in common
	// (Jaccard, as the signatures estimate it) to be one story's copies.
	// Follow-ups that reuse a few paragraphs stay apart; a copy with a new
	// headline and a trimmed ending does not.
	Threshold = 0.7
	// minWords keeps short bodies out: a few shared sentences would make
	// them look alike.
	minWords = 40
)

type signature [hashes]uint64

// Signature is what the detector reads of one article: its body's MinHash
// signature and length. It depends on that article alone.
type Signature struct {
	sig  signature
	size int
}

// Of returns, for each article, the index of the article it is a copy of,
// or -1 for an original. A group's original is its longest body, the first
// in order on a tie, so the result does not depend on which copy arrived
// first.
func Of(arts []text.Article) []int {
	signed := make([]Signature, len(arts))
	parallel.For(len(arts), func(i int) { signed[i] = Sign(&arts[i]) })
	return OfSigned(signed)
}

// OfSigned is Of over the articles' signatures, in the articles' order.
func OfSigned(signed []Signature) []int {
	n := len(signed)
	groups := disjoint.New(n)
	// The bands are read on every core, each giving the pairs its buckets
	// hold that are alike enough; the groups are those pairs' connected
	// parts, whatever order they are joined in.
	alike := make([][][2]int, bands)
	parallel.For(bands, func(b int) {
		// Each bucket is a list threaded through next, from the last
		// article put in it: one map and one array per band, not a slice
		// per bucket, most buckets holding one article.
		last := make(map[[rows]uint64]int32, n)
		next := make([]int32, n)
		for i := range n {
			if signed[i].size < minWords {
				continue
			}
			var key [rows]uint64
			copy(key[:], signed[i].sig[b*rows:(b+1)*rows])
			prev, ok := last[key]
			if !ok {
				prev = -1
			}
			next[i] = prev
			last[key] = int32(i)
			for j := prev; j >= 0; j = next[j] {
				if similarity(&signed[i].sig, &signed[j].sig) >= Threshold {
					alike[b] = append(alike[b], [2]int{int(j), i})
				}
			}
		}
	})
	for _, pairs := range alike {
		for _, p := range pairs {
			groups.Union(p[0], p[1])
		}
	}
	original := map[int]int{} // group root -> its original
	for i := range n {
		r := groups.Find(i)
		o, ok := original[r]
		if !ok || signed[i].size > signed[o].size {
			original[r] = i
		}
	}
	out := make([]int, n)
	for i := range n {
		out[i] = -1
		if o := original[groups.Find(i)]; o != i {
			out[i] = o
		}
	}
	return out
}

// similarity estimates the Jaccard similarity of two shingle sets.
func similarity(a, b *signature) float64 {
	same := 0
	for k := range a {
		if a[k] == b[k] {
			same++
		}
	}
	return float64(same) / hashes
}

// Sign reads the signature of one article: the one-permutation MinHash
// signature of its body, and its count of words. Each shingle's hash
// falls in one of the signature's bins by its top bits and is kept where
// it is the bin's least, one comparison a shingle rather than one for
// each of the signature's hashes; a bin no shingle fell in then takes a
// filled bin's value, the bin tried chosen by a hash of the empty bin's
// number alone, so two bodies of one set of shingles get one signature
// and the bins still agree as often as the sets overlap (Shrivastava's
// optimal densification, ICML 2017). A shingle's hash is a polynomial
// over its words' hashes, rolled as each word arrives: each word is
// hashed once, not once for each of the five shingles it stands in.
func Sign(a *text.Article) Signature {
	var sh shingler
	for k := range sh.sig {
		sh.sig[k] = empty
	}
	for _, p := range a.Body() {
		sh.words(p.Text)
	}
	sh.sig.densify()
	return Signature{sh.sig, sh.n}
}

// empty marks a bin no shingle fell in. A shingle's hash of all ones
// would read as one: one chance in 2^64.
const empty = ^uint64(0)

// binBits is the number of top bits of a shingle's hash that choose its
// bin: one bin for each of the signature's hashes.
const binBits = 6

// The signature has exactly 1<<binBits bins: either difference below
// zero fails to compile.
const (
	_ uint = hashes - 1<<binBits
	_ uint = 1<<binBits - hashes
)

// densify fills each bin no shingle fell in from a filled bin: the first
// filled one of a sequence of bins that depends on the empty bin's number
// alone. A signature with no bin filled (a body under five words) stays
// as it is.
func (sig *signature) densify() {
	filled := 0
	for _, v := range sig {
		if v != empty {
			filled++
		}
	}
	if filled == 0 || filled == hashes {
		return
	}
	orig := *sig
	for k := range sig {
		if orig[k] != empty {
			continue
		}
		for try := uint64(1); ; try++ {
			if v := orig[mix(uint64(k)<<32|try)%hashes]; v != empty {
				sig[k] = v
				break
			}
		}
	}
}

// shingler rolls the shingles of a text's words into a signature.
type shingler struct {
	sig signature
	// ring holds the last shingleWords words' hashes.
	ring   [shingleWords]uint64
	rolled uint64
	n      int
}

// words adds the words of s, as text.Words finds them, each hashed lowered
// by wordHash: an ASCII word (most) is hashed as its bytes are read, in
// one pass; a word with a rune of another script is cut out and lowered
// whole first.
func (sh *shingler) words(s string) {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf && !asciiAlnum[c] {
			i++ // a separator
			continue
		}
		h := uint64(fnvOffset64)
		j := i
		for ; j < len(s) && asciiAlnum[s[j]]; j++ {
			c := s[j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			h = (h ^ uint64(c)) * fnvPrime64
		}
		if j < len(s) && s[j] >= utf8.RuneSelf {
			end := wordEnd(s, j)
			if end == i {
				_, size := utf8.DecodeRuneInString(s[i:])
				i += size // neither letter nor digit: a separator
				continue
			}
			if end > j {
				h = wordHash(strings.ToLower(s[i:end]))
				j = end
			}
		}
		sh.add(h)
		i = j
	}
}

// wordEnd returns where the word running on at s[j] ends: after the
// letters and digits, of any script, from j.
func wordEnd(s string, j int) int {
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf {
			if !asciiAlnum[c] {
				return j
			}
			j++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			return j
		}
		j += size
	}
	return j
}

// add takes a word's hash into the shingles: the word leaving the ring's
// shingle is dropped, the arriving one taken, and each full shingle's
// hash kept in its bin where it is the least.
func (sh *shingler) add(h uint64) {
	slot := sh.n % shingleWords
	sh.rolled = (sh.rolled-sh.ring[slot]*rollTop)*rollBase + h
	sh.ring[slot] = h
	sh.n++
	if sh.n < shingleWords {
		return
	}
	shingle := mix(sh.rolled)
	bin := shingle >> (64 - binBits)
	sh.sig[bin] = min(sh.sig[bin], shingle)
}

// asciiAlnum marks the ASCII letters and digits: the bytes below
// utf8.RuneSelf that text.Words reads as a word's.
var asciiAlnum = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// rollBase is the polynomial's base (odd, so multiplying loses no bit);
// rollTop is rollBase to the power shingleWords-1, the weight of a
// shingle's first word.
const rollBase uint64 = 0x100000001b3

var rollTop = func() uint64 {
	x := uint64(1)
	for range shingleWords - 1 {
		x *= rollBase
	}
	return x
}()

// FNV-1a's 64-bit constants, as hash/fnv uses them.
const (
	fnvOffset64 = 14695981039346656037
	fnvPrime64  = 1099511628211
)

// wordHash is FNV-1a over a lower-cased word, as hash/fnv computes it,
// without copying it into a byte slice. Only ASCII letters are lowered: a
// word with any other is lowered before.
func wordHash(w string) uint64 {
	hash := uint64(fnvOffset64)
	for j := 0; j < len(w); j++ {
		c := w[j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		hash ^= uint64(c)
		hash *= fnvPrime64
	}
	return hash
}

// mix is SplitMix64's finaliser: it spreads the bits of a hash.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}
