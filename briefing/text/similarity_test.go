package text

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestVectors checks the TF-IDF vectors the summaries compare: unit length,
// cosine through the merge of term numbers, the heaviest terms with ties
// in term order, and sums weighed term by term.
func TestVectors(t *testing.T) {
	docs := [][]string{
		{"summit", "summit", "putin", "trump"},
		{"summit", "vietnam"},
		{"budget", "tax", "tax"},
	}
	idf := NewIDF(docs)
	vs := make([]Vector, len(docs))
	for i, d := range docs {
		vs[i] = idf.Vector(d)
		if n := Cosine(vs[i], vs[i]); math.Abs(n-1) > 1e-12 {
			t.Errorf("doc %d: |v|² = %v, want 1", i, n)
		}
	}
	if c := Cosine(vs[0], vs[2]); c != 0 {
		t.Errorf("texts sharing no term: cosine %v, want 0", c)
	}
	if c := Cosine(vs[0], vs[1]); c <= 0 || c >= 1 {
		t.Errorf("texts sharing one term: cosine %v, want between 0 and 1", c)
	}
	terms := func(ids []int32) []string {
		var out []string
		for _, id := range ids {
			out = append(out, idf.Term(id))
		}
		return out
	}
	// "putin" and "trump" weigh the same: the earlier term comes first.
	if diff := cmp.Diff([]string{"summit", "putin"}, terms(vs[0].Top(2))); diff != "" {
		t.Errorf("Top(2) (-want +got):\n%s", diff)
	}
	if got := vs[1].Top(5); len(got) != 2 {
		t.Errorf("Top(5) of a two-term vector gave %d terms", len(got))
	}
	sum := Sum(vs[0], vs[1])
	if got, want := sum.Len(), 4; got != want {
		t.Errorf("Sum has %d terms, want %d", got, want)
	}
	if got, want := Cosine(sum, idf.Vector([]string{"summit"})), Cosine(vs[0], idf.Vector([]string{"summit"}))+Cosine(vs[1], idf.Vector([]string{"summit"})); math.Abs(got-want) > 1e-12 {
		t.Errorf("the shared term's weight in the sum = %v, want %v", got, want)
	}
	d := idf.NewDense()
	d.Load(vs[0])
	for i, v := range vs {
		if got, want := d.Cosine(v), Cosine(vs[0], v); got != want {
			t.Errorf("dense cosine with doc %d = %v, the merge gives %v", i, got, want)
		}
	}
	d.Unload(vs[0])
	for id, x := range d {
		if x != 0 {
			t.Errorf("term %d left at %v after unloading", id, x)
		}
	}
	if got := idf.Vector([]string{"unseen"}); got.Len() != 0 {
		t.Errorf("a term outside the counted texts gave a vector of %d terms", got.Len())
	}
}

// wordRe is the expression Words replaces: the reference it must agree
// with.
var wordRe = regexp.MustCompile(`[\p{L}\p{N}]+`)

func FuzzWords(f *testing.F) {
	for _, s := range []string{"", "Putin's 2024 plan", "São Paulo—Zürich", "x_y 3.5", "١٢٣ καλή"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var got []string
		for i, w := range Words(s) {
			if i != len(got) {
				t.Fatalf("word %q numbered %d, want %d", w, i, len(got))
			}
			got = append(got, w)
		}
		if want := wordRe.FindAllString(s, -1); !slices.Equal(got, want) {
			t.Errorf("Words(%q) = %q, want %q", s, got, want)
		}
	})
}

// vectorsOf is the vectors of the texts docsOf makes of s, by an IDF of
// them all.
func vectorsOf(s string) []Vector {
	docs := docsOf(s)
	idf := NewIDF(docs)
	vs := make([]Vector, len(docs))
	for i, d := range docs {
		vs[i] = idf.Vector(d)
	}
	return vs
}

// docsOf splits a fuzzed text into texts at stops and semicolons, each
// the list of its words.
func docsOf(s string) [][]string {
	var docs [][]string
	for _, part := range regexp.MustCompile(`[.;]`).Split(s, -1) {
		var d []string
		for _, w := range Words(part) {
			d = append(d, w)
		}
		docs = append(docs, d)
	}
	return docs
}

// checkPairwise holds m, Pairwise of vs, to Cosine pair by pair, to the
// last bit, with a zero diagonal.
func checkPairwise(t *testing.T, vs []Vector, m [][]float64) {
	t.Helper()
	for i := range vs {
		for j := range vs {
			want := 0.0
			if i != j {
				want = Cosine(vs[min(i, j)], vs[max(i, j)])
			}
			if m[i][j] != want {
				t.Fatalf("pair %d,%d: %v, Cosine gives %v", i, j, m[i][j], want)
			}
		}
	}
}

// FuzzPairwise checks PairwiseBuffer.Pairwise against Cosine pair by pair, to the last
// bit: sentences made of a fuzzed text's words over a small vocabulary, so
// that they share terms.
func FuzzPairwise(f *testing.F) {
	f.Add("the summit the talks; putin trump summit. budget tax tax. vietnam summit talks putin; a; ; summit summit")
	f.Add("x")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		vs := vectorsOf(s)
		checkPairwise(t, vs, new(PairwiseBuffer).Pairwise(vs))
		// A buffer that held a larger matrix first gives the same.
		var buf PairwiseBuffer
		buf.Pairwise(append(slices.Clone(vs), vs...))
		checkPairwise(t, vs, buf.Pairwise(vs))
	})
}

// FuzzNewIDFOfSets holds the one-count IDF to NewIDF, and its numbering
// of each text's terms to IDs: texts are sets of a fuzzed text's words.
func FuzzNewIDFOfSets(f *testing.F) {
	f.Add("summit talks putin. budget tax summit. vietnam. . zebra apple")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		var sets [][]string
		for _, d := range docsOf(s) {
			var set []string
			for _, w := range d {
				if !slices.Contains(set, w) {
					set = append(set, w)
				}
			}
			sets = append(sets, set)
		}
		got, numbered := NewIDFOfSets(sets)
		want := NewIDF(sets)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(IDF{})); diff != "" {
			t.Fatalf("IDF (-NewIDF +NewIDFOfSets):\n%s", diff)
		}
		for d, set := range sets {
			if diff := cmp.Diff(want.IDs(set), numbered[d]); diff != "" {
				t.Fatalf("text %d numbered (-IDs +NewIDFOfSets):\n%s", d, diff)
			}
		}
	})
}

// FuzzVectorOfCounts holds the vector built from counts to the one built
// from every occurrence, to the last bit.
func FuzzVectorOfCounts(f *testing.F) {
	f.Add("summit summit putin trump. budget tax tax summit. vietnam", 1)
	f.Add("", 0)
	f.Fuzz(func(t *testing.T, s string, pick int) {
		docs := docsOf(s)
		idf := NewIDF(docs)
		d := docs[(pick%len(docs)+len(docs))%len(docs)]
		all := idf.IDs(d)
		var ids []int32
		var counts []int
		for i := len(all) - 1; i >= 0; i-- { // distinct, in an order of their own
			if k := slices.Index(ids, all[i]); k >= 0 {
				counts[k]++
			} else {
				ids, counts = append(ids, all[i]), append(counts, 1)
			}
		}
		if diff := cmp.Diff(idf.VectorOf(all), idf.VectorOfCounts(ids, counts), cmp.AllowUnexported(Vector{})); diff != "" {
			t.Errorf("%q (-VectorOf +VectorOfCounts):\n%s", s, diff)
		}
	})
}

// FuzzStem holds Stem and AppendStem to the suffixes tried one by one,
// in order.
func FuzzStem(f *testing.F) {
	for _, w := range []string{"meetings", "studies", "national", "quickly", "a", "", "ss", "x\xff"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		want := w
		for _, suf := range stemSuffixes {
			if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
				want = w[:len(w)-len(suf)]
				if suf == "ied" || suf == "ies" {
					want += "y"
				}
				break
			}
		}
		if got := Stem(w); got != want {
			t.Errorf("Stem(%q) = %q, want %q", w, got, want)
		}
		if got := string(AppendStem([]byte("x"), w)); got != "x"+want {
			t.Errorf("AppendStem(x, %q) = %q, want x%q", w, got, want)
		}
	})
}

// TestPairwiseBeyondPacking checks the pair-by-pair path Pairwise takes
// for a vector of more terms than its packing holds.
func TestPairwiseBeyondPacking(t *testing.T) {
	var long []string
	for i := range 1<<16 + 2 {
		long = append(long, "t"+strconv.Itoa(i))
	}
	short := []string{"t1", "t7", "x"}
	idf := NewIDF([][]string{long, short})
	vs := []Vector{idf.Vector(long), idf.Vector(short), idf.Vector([]string{"x"})}
	m := new(PairwiseBuffer).Pairwise(vs)
	checkPairwise(t, vs, m)
	if m[0][1] == 0 || m[1][2] == 0 {
		t.Errorf("texts sharing terms measured 0: %v", m)
	}
}

// referenceTop is Top as first written: every term sorted, stably.
func referenceTop(v Vector, k int) []int32 {
	order := make([]int, len(v.ids))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		switch {
		case v.weights[a] > v.weights[b]:
			return -1
		case v.weights[a] < v.weights[b]:
			return 1
		}
		return 0
	})
	out := make([]int32, 0, min(k, len(order)))
	for _, i := range order[:min(k, len(order))] {
		out = append(out, v.ids[i])
	}
	return out
}

// FuzzTop holds Top's selection to a stable sort of every term, ties
// included: texts of a fuzzed text's words, counted by an IDF of them all.
func FuzzTop(f *testing.F) {
	f.Add("the summit the talks; putin trump summit. budget tax tax. a b c d e f g h i j k l m n o p q r s", uint8(15))
	f.Add("x", uint8(0))
	f.Add("a a b b c c", uint8(2))
	f.Fuzz(func(t *testing.T, s string, k uint8) {
		for i, v := range vectorsOf(s) {
			if got, want := v.Top(int(k)), referenceTop(v, int(k)); !slices.Equal(got, want) {
				t.Errorf("Top(%d) of text %d of %q = %v, want %v", k, i, s, got, want)
			}
		}
	})
}

// referenceSum is Sum as first written: every entry sorted stably by term,
// then each term's weights added in that order.
func referenceSum(vs ...Vector) Vector {
	type entry struct {
		id int32
		w  float64
	}
	var all []entry
	for _, v := range vs {
		for i, id := range v.ids {
			all = append(all, entry{id, v.weights[i]})
		}
	}
	slices.SortStableFunc(all, func(a, b entry) int { return int(a.id) - int(b.id) })
	var out Vector
	for _, e := range all {
		if n := len(out.ids); n > 0 && out.ids[n-1] == e.id {
			out.weights[n-1] += e.w
			continue
		}
		out.ids = append(out.ids, e.id)
		out.weights = append(out.weights, e.w)
	}
	return out
}

// FuzzSum holds Sum's merging to the sorted sum, bit for bit: the vectors
// of the texts of a fuzzed text, summed in every prefix.
func FuzzSum(f *testing.F) {
	f.Add("the summit the talks; putin trump summit. budget tax tax. vietnam summit talks putin; a; ; summit summit")
	f.Add("")
	f.Add("x; x; x")
	f.Fuzz(func(t *testing.T, s string) {
		vs := vectorsOf(s)
		for n := 0; n <= len(vs); n++ {
			got, want := Sum(vs[:n]...), referenceSum(vs[:n]...)
			if !slices.Equal(got.ids, want.ids) || !slices.EqualFunc(got.weights, want.weights, func(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }) {
				t.Errorf("Sum of %d vectors = %v, want %v", n, got, want)
			}
		}
	})
}

// FuzzCosine holds Cosine, which searches a long vector for a short one's
// terms, to the merge of both lists, to the last bit: each text against
// every other and against the sum of all of them.
func FuzzCosine(f *testing.F) {
	f.Add("summit putin. budget tax tax summit vietnam trump talks hanoi apec leaders meeting week. putin")
	f.Add("a b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg hh ii jj kk ll mm nn oo pp qq. q")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		vs := vectorsOf(s)
		vs = append(vs, Sum(vs...))
		for _, a := range vs {
			for _, b := range vs {
				if got, want := Cosine(a, b), cosineMerged(a, b); math.Float64bits(got) != math.Float64bits(want) {
					t.Errorf("Cosine(%v, %v) = %v, the merge gives %v", a, b, got, want)
				}
			}
		}
	})
}
