package text

import (
	"iter"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopWords are English function words, left out of similarity measures.
var stopWords = NewWordSet(strings.Fields(`a about above after again against all also am an and any are as at be because
	been before being below between both but by can could did do does doing down during each few for from further
	had has have having he her here hers herself him himself his how i if in into is it its itself just me more most
	my myself no nor not now of off on once only or other our ours out over own same she should so some such than
	that the their theirs them themselves then there these they this those through to too under until up very was
	we were what when where which while who whom why will with would you your yours said says say told according
	mr mrs ms dr one two three new last first year years week month time like may might must shall us also may
	however since still yet even much many well back just get got make made take took put go went come came
	percent per cent its it's don't didn't won't can't i'm we're they're he's she's that's there's`)...)

// stem reduces an English word to a rough stem so that "meeting", "meets"
// and "met" count together where the suffix is regular. It is deliberately
// light: summaries need word overlap, not linguistics.
func Stem(w string) string {
	n, y := stemCut(w)
	if y {
		return w[:n] + "y"
	}
	return w[:n]
}

// AppendStem appends Stem(w) to dst: a stem only looked up need not be
// made a string.
func AppendStem(dst []byte, w string) []byte {
	n, y := stemCut(w)
	dst = append(dst, w[:n]...)
	if y {
		dst = append(dst, 'y')
	}
	return dst
}

// stemCut returns how much of w its stem keeps, and whether a "y" ends it
// ("parties", "party").
func stemCut(w string) (int, bool) {
	if w == "" {
		return 0, false
	}
	for _, suf := range suffixesByLast[w[len(w)-1]] {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return len(w) - len(suf), suf == "ied" || suf == "ies"
		}
	}
	return len(w), false
}

// stemSuffixes are the suffixes Stem drops, the first that fits winning.
var stemSuffixes = []string{"ational", "ations", "ation", "ingly", "ments", "ment", "ness", "ings", "ing", "edly", "ied", "ies", "ed", "es", "ly", "s"}

// suffixesByLast files stemSuffixes by their last letter, in order: a
// word is compared only with the suffixes it can end in.
var suffixesByLast = func() (by [256][]string) {
	for _, suf := range stemSuffixes {
		by[suf[len(suf)-1]] = append(by[suf[len(suf)-1]], suf)
	}
	return by
}()

// terms returns the stemmed content words of s.
func Terms(s string) []string {
	var out []string
	for _, w := range Words(strings.ToLower(s)) {
		if len(w) < 2 || stopWords.Has(w) {
			continue
		}
		out = append(out, Stem(w))
	}
	return out
}

// IDF holds inverse document frequencies over a set of texts, and numbers
// their terms in sorted order: a vector is a list of term numbers, so two
// vectors are compared by one merge of integers, summed in the order of
// the terms themselves.
type IDF struct {
	ids   map[string]int32
	terms []string  // by number, sorted
	idf   []float64 // by number
}

// NewIDF counts in how many of the texts each term stands.
func NewIDF(docs [][]string) IDF {
	df := map[string]int{}
	for _, d := range docs {
		seen := make(map[string]bool, len(d))
		for _, w := range d {
			if !seen[w] {
				seen[w] = true
				df[w]++
			}
		}
	}
	t := IDF{ids: make(map[string]int32, len(df)), terms: make([]string, 0, len(df))}
	for w := range df {
		t.terms = append(t.terms, w)
	}
	slices.Sort(t.terms)
	t.idf = make([]float64, len(t.terms))
	for i, w := range t.terms {
		t.ids[w] = int32(i)
		t.idf[i] = idfOf(len(docs), df[w])
	}
	return t
}

// idfOf is the weight of a term found in df of n texts: the smoothed
// inverse document frequency, ln((n+1)/(df+1)) + 1, so that a term in
// every text still weighs 1.
func idfOf(n, df int) float64 { return math.Log(float64(n+1)/float64(df+1)) + 1 }

// NewIDFOfSets is NewIDF over texts that each hold a term at most once, as
// a text's vocabulary does, and also gives each text's terms by number.
// One count of the terms serves both, with no lookup of every text's terms
// after.
func NewIDFOfSets(sets [][]string) (IDF, [][]int32) {
	seen := map[string]int32{} // a term's number in order of first sight
	var terms []string
	var df []int
	numbered := make([][]int32, len(sets))
	for d, set := range sets {
		ids := make([]int32, len(set))
		for i, w := range set {
			k, ok := seen[w]
			if !ok {
				k = int32(len(terms))
				seen[w] = k
				terms = append(terms, w)
				df = append(df, 0)
			}
			df[k]++
			ids[i] = k
		}
		numbered[d] = ids
	}
	// Renumbered in term order, as NewIDF numbers them.
	order := make([]int32, len(terms))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(terms[a], terms[b]) })
	t := IDF{ids: seen, terms: make([]string, len(terms)), idf: make([]float64, len(terms))}
	rank := make([]int32, len(terms))
	for i, k := range order {
		rank[k] = int32(i)
		w := terms[k]
		t.terms[i] = w
		t.ids[w] = int32(i)
		t.idf[i] = idfOf(len(sets), df[k])
	}
	for _, ids := range numbered {
		for i, k := range ids {
			ids[i] = rank[k]
		}
	}
	return t, numbered
}

// Term is the term numbered id.
func (t IDF) Term(id int32) string { return t.terms[id] }

// Vector is a sparse TF-IDF vector: term numbers of one IDF, ascending,
// and their weights.
type Vector struct {
	ids     []int32
	weights []float64
}

// Vector is the unit TF-IDF vector of a text's terms, all of them terms of
// the texts t was counted over; any other term is left out.
func (t IDF) Vector(ws []string) Vector { return t.VectorOf(t.IDs(ws)) }

// IDs returns the numbers of terms, -1 for a term outside the texts t was
// counted over.
func (t IDF) IDs(ws []string) []int32 {
	ids := make([]int32, len(ws))
	for i, w := range ws {
		if id, ok := t.ids[w]; ok {
			ids[i] = id
		} else {
			ids[i] = -1
		}
	}
	return ids
}

// VectorOf is the unit TF-IDF vector of a text's terms given by number, as
// IDs gives them; negative numbers are left out. ids is not changed.
func (t IDF) VectorOf(ids []int32) Vector {
	sorted := make([]int32, 0, len(ids))
	for _, id := range ids {
		if id >= 0 {
			sorted = append(sorted, id)
		}
	}
	slices.Sort(sorted)
	v := Vector{ids: sorted[:0], weights: make([]float64, 0, len(sorted))}
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		v.ids = append(v.ids, sorted[i])
		v.weights = append(v.weights, (1+math.Log(float64(j-i)))*t.idf[sorted[i]])
		i = j
	}
	v.Normalize()
	return v
}

// VectorOfCounts is VectorOf for a text given as its distinct terms by
// number, in any order, and how often each stands: a long text's
// vector is then built from its vocabulary, not from every word. Negative
// numbers are left out; ids and counts are not changed.
func (t IDF) VectorOfCounts(ids []int32, counts []int) Vector {
	// Each term's number and place packed in one integer, so that a plain
	// sort orders them by number.
	order := make([]uint64, 0, len(ids))
	for i, id := range ids {
		if id >= 0 && counts[i] > 0 {
			order = append(order, uint64(id)<<32|uint64(i))
		}
	}
	slices.Sort(order)
	v := Vector{ids: make([]int32, len(order)), weights: make([]float64, len(order))}
	for k, packed := range order {
		i := int(packed & 0xffffffff)
		v.ids[k] = ids[i]
		v.weights[k] = (1 + math.Log(float64(counts[i]))) * t.idf[ids[i]]
	}
	v.Normalize()
	return v
}

// Len is the number of terms.
func (v Vector) Len() int { return len(v.ids) }

// Top returns the numbers of the k heaviest terms, heaviest first; equal
// weights in term order.
func (v Vector) Top(k int) []int32 {
	// The k best kept in order as the terms are read, rather than all of
	// them sorted: a document has hundreds of terms and k is a few.
	if k <= 0 {
		return []int32{}
	}
	best := make([]int, 0, min(k, len(v.ids)))
	for i, w := range v.weights {
		if len(best) == k && !(w > v.weights[best[k-1]]) {
			continue // no heavier than the lightest kept, which came first
		}
		// After every kept term at least as heavy: those came first.
		at := len(best)
		for at > 0 && !(v.weights[best[at-1]] >= w) {
			at--
		}
		if len(best) < k {
			best = append(best, 0)
		}
		copy(best[at+1:], best[at:len(best)-1])
		best[at] = i
	}
	out := make([]int32, len(best))
	for j, i := range best {
		out[j] = v.ids[i]
	}
	return out
}

// Cosine is the similarity of two unit vectors of one IDF.
func Cosine(a, b Vector) float64 {
	if len(b.ids) >= 16*len(a.ids) {
		return cosineSearched(a, b)
	}
	if len(a.ids) >= 16*len(b.ids) {
		return cosineSearched(b, a)
	}
	return cosineMerged(a, b)
}

// cosineMerged is Cosine read by merging the two lists of terms.
func cosineMerged(a, b Vector) float64 {
	sum := 0.0
	i, j := 0, 0
	for i < len(a.ids) && j < len(b.ids) {
		switch x, y := a.ids[i], b.ids[j]; {
		case x < y:
			i++
		case x > y:
			j++
		default:
			sum += a.weights[i] * b.weights[j]
			i++
			j++
		}
	}
	return sum
}

// cosineSearched is Cosine where b has many times a's terms, as an
// article's vector has a sentence's: each of a's terms is searched for in
// what is left of b rather than b read through. The products are those
// Cosine adds, in the same term order (a product is the same either way
// round), so the sum is the same to the last bit.
func cosineSearched(a, b Vector) float64 {
	sum := 0.0
	rest := b.ids
	at := 0 // rest starts at b.ids[at]
	for i, id := range a.ids {
		k, found := slices.BinarySearch(rest, id)
		if found {
			sum += a.weights[i] * b.weights[at+k]
			k++
		}
		rest, at = rest[k:], at+k
		if len(rest) == 0 {
			break
		}
	}
	return sum
}

// PairwiseBuffer holds what Pairwise grows, to be reused from one call to
// the next: ranking the sentences of every article in turn wants a matrix
// for each, all garbage at once. One goroutine at a time may use it; its
// zero value is ready to use.
type PairwiseBuffer struct {
	cells   []float64
	rows    [][]float64
	entries []uint64
}

// Pairwise returns the cosine of every two of vecs, unit vectors of one
// IDF, as an n×n matrix with a zero diagonal: m[i][j] is Cosine(vecs[i],
// vecs[j]) to the last bit. It reads each term's vectors once instead of
// merging every pair's terms, so a pair that shares no term costs nothing;
// each pair's products are summed in term order, as Cosine sums them. The
// matrix is held in p's buffers: the next call overwrites it.
func (p *PairwiseBuffer) Pairwise(vecs []Vector) [][]float64 {
	n := len(vecs)
	if cap(p.cells) < n*n {
		p.cells = make([]float64, n*n)
	}
	cells := p.cells[:n*n]
	clear(cells)
	if cap(p.rows) < n {
		p.rows = make([][]float64, n)
	}
	m := p.rows[:n]
	for i := range m {
		m[i] = cells[i*n : (i+1)*n : (i+1)*n]
	}
	if n > 1<<16 || slices.ContainsFunc(vecs, func(v Vector) bool { return len(v.ids) > 1<<16 }) {
		// Too many to pack: compare pair by pair.
		for i := range n {
			for j := i + 1; j < n; j++ {
				m[i][j] = Cosine(vecs[i], vecs[j])
				m[j][i] = m[i][j]
			}
		}
		return m
	}
	// Each entry is a term, a vector and the term's place in it, packed so
	// that sorting the numbers sorts by term, then vector.
	entries := p.entries[:0]
	defer func() { p.entries = entries[:0] }()
	for v, vec := range vecs {
		for k, id := range vec.ids {
			entries = append(entries, uint64(id)<<32|uint64(v)<<16|uint64(k))
		}
	}
	slices.Sort(entries)
	for start := 0; start < len(entries); {
		end := start + 1
		for end < len(entries) && entries[end]>>32 == entries[start]>>32 {
			end++
		}
		for a := start; a < end; a++ {
			i, ki := int(entries[a]>>16&0xffff), int(entries[a]&0xffff)
			for b := a + 1; b < end; b++ {
				j, kj := int(entries[b]>>16&0xffff), int(entries[b]&0xffff)
				m[i][j] += vecs[i].weights[ki] * vecs[j].weights[kj]
			}
		}
		start = end
	}
	for i := range n {
		for j := i + 1; j < n; j++ {
			m[j][i] = m[i][j]
		}
	}
	return m
}

// Dense is one vector spread over all the term numbers of its IDF, for
// comparing it with many others: each comparison then reads only the
// other's terms.
type Dense []float64

// NewDense returns an empty Dense for vectors of t.
func (t IDF) NewDense() Dense { return make(Dense, len(t.terms)) }

// Weights returns the IDF without its terms: it weighs terms given by
// number (VectorOf, VectorOfCounts) but numbers no word, at a fraction of
// the memory.
func (t IDF) Weights() IDF { return IDF{idf: t.idf} }

// Load spreads v into d, which must be empty.
func (d Dense) Load(v Vector) {
	for i, id := range v.ids {
		d[id] = v.weights[i]
	}
}

// Unload empties d of v, as loaded.
func (d Dense) Unload(v Vector) {
	for _, id := range v.ids {
		d[id] = 0
	}
}

// Cosine is the similarity of the loaded vector and v, the very sum
// Cosine computes: the shared terms' products added in term order.
func (d Dense) Cosine(v Vector) float64 {
	sum := 0.0
	for i, id := range v.ids {
		if x := d[id]; x != 0 {
			sum += x * v.weights[i]
		}
	}
	return sum
}

// Sum adds vectors of one IDF term by term, each term's weights summed in
// the order of vs; the sum is not normalised.
func Sum(vs ...Vector) Vector {
	total := 0
	for _, v := range vs {
		total += len(v.ids)
	}
	if total == 0 {
		return Vector{}
	}
	// Each vector merged into the sum of those before it, in term order:
	// a term's weights are added in the order of the vectors, and most
	// sums are of one or two.
	out := Vector{ids: make([]int32, 0, total), weights: make([]float64, 0, total)}
	out.ids = append(out.ids, vs[0].ids...)
	out.weights = append(out.weights, vs[0].weights...)
	if len(vs) == 1 {
		return out
	}
	tmp := Vector{ids: make([]int32, 0, total), weights: make([]float64, 0, total)}
	for _, v := range vs[1:] {
		tmp.ids, tmp.weights = tmp.ids[:0], tmp.weights[:0]
		i, j := 0, 0
		for i < len(out.ids) || j < len(v.ids) {
			switch {
			case j == len(v.ids) || i < len(out.ids) && out.ids[i] < v.ids[j]:
				tmp.ids = append(tmp.ids, out.ids[i])
				tmp.weights = append(tmp.weights, out.weights[i])
				i++
			case i == len(out.ids) || v.ids[j] < out.ids[i]:
				tmp.ids = append(tmp.ids, v.ids[j])
				tmp.weights = append(tmp.weights, v.weights[j])
				j++
			default:
				tmp.ids = append(tmp.ids, out.ids[i])
				tmp.weights = append(tmp.weights, out.weights[i]+v.weights[j])
				i++
				j++
			}
		}
		out, tmp = tmp, out
	}
	return out
}

// Normalize scales v to unit length in place.
func (v Vector) Normalize() {
	n := 0.0
	for _, x := range v.weights {
		n += x * x
	}
	if n == 0 {
		return
	}
	n = math.Sqrt(n)
	for i := range v.weights {
		v.weights[i] /= n
	}
}

// Words yields the runs of letters and digits of s, numbered from 0. It is
// a plain scan, and yields rather than returns them: the regular
// expression it replaces was a tenth of all precompute time, and the
// slices it then returned a sixth of all memory allocated.
func Words(s string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		n, start := 0, -1
		for i, r := range s {
			word := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
				r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsNumber(r))
			switch {
			case word && start < 0:
				start = i
			case !word && start >= 0:
				if !yield(n, s[start:i]) {
					return
				}
				n++
				start = -1
			}
		}
		if start >= 0 {
			yield(n, s[start:])
		}
	}
}

// IsStopWord reports whether a lower-case word is an English function word.
func IsStopWord(w string) bool { return stopWords.Has(w) }
