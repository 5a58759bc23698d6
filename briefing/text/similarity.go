package text

import (
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopWords are English function words, left out of similarity measures.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at be because
	been before being below between both but by can could did do does doing down during each few for from further
	had has have having he her here hers herself him himself his how i if in into is it its itself just me more most
	my myself no nor not now of off on once only or other our ours out over own same she should so some such than
	that the their theirs them themselves then there these they this those through to too under until up very was
	we were what when where which while who whom why will with would you your yours said says say told according
	mr mrs ms dr one two three new last first year years week month time like may might must shall us also may
	however since still yet even much many well back just get got make made take took put go went come came
	percent per cent its it's don't didn't won't can't i'm we're they're he's she's that's there's`) {
		stopWords[w] = true
	}
}

// stem reduces an English word to a rough stem so that "meeting", "meets"
// and "met" count together where the suffix is regular. It is deliberately
// light: summaries need word overlap, not linguistics.
func Stem(w string) string {
	for _, suf := range []string{"ational", "ations", "ation", "ingly", "ments", "ment", "ness", "ings", "ing", "edly", "ied", "ies", "ed", "es", "ly", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			w = w[:len(w)-len(suf)]
			if suf == "ied" || suf == "ies" {
				w += "y"
			}
			break
		}
	}
	return w
}

// terms returns the stemmed content words of s.
func Terms(s string) []string {
	var out []string
	for _, w := range Words(strings.ToLower(s)) {
		if len(w) < 2 || stopWords[w] {
			continue
		}
		out = append(out, Stem(w))
	}
	return out
}

// Vector is a sparse TF-IDF Vector, normalised to unit length.
type Vector map[string]float64

// IDF holds inverse document frequencies over a set of texts.
type IDF struct {
	df map[string]int
	n  int
}

// NewIDF counts in how many of the texts each term stands.
func NewIDF(docs [][]string) IDF {
	t := IDF{df: map[string]int{}, n: len(docs)}
	for _, d := range docs {
		seen := map[string]bool{}
		for _, w := range d {
			if !seen[w] {
				seen[w] = true
				t.df[w]++
			}
		}
	}
	return t
}

func (t IDF) idf(w string) float64 {
	return math.Log(float64(t.n+1)/float64(t.df[w]+1)) + 1
}

// Vector is the unit TF-IDF vector of a text's terms.
func (t IDF) Vector(ws []string) Vector {
	v := Vector{}
	for _, w := range ws {
		v[w]++
	}
	norm := 0.0
	for w, tf := range v {
		x := (1 + math.Log(tf)) * t.idf(w)
		v[w] = x
		norm += x * x
	}
	if norm > 0 {
		norm = math.Sqrt(norm)
		for w := range v {
			v[w] /= norm
		}
	}
	return v
}

// Sparse is a vector frozen for comparison: its terms sorted, so that two
// are compared by one merge instead of a map lookup per term. The stages
// that compare the same vectors many times (sentences within an article,
// articles with each other) freeze them once.
type Sparse struct {
	terms   []string
	weights []float64
}

// Sparse freezes v.
func (v Vector) Sparse() Sparse {
	s := Sparse{terms: make([]string, 0, len(v)), weights: make([]float64, len(v))}
	for t := range v {
		s.terms = append(s.terms, t)
	}
	slices.Sort(s.terms)
	for i, t := range s.terms {
		s.weights[i] = v[t]
	}
	return s
}

// Len is the number of terms.
func (s Sparse) Len() int { return len(s.terms) }

// Dot is the similarity of two frozen unit vectors, summed in term order.
func Dot(a, b Sparse) float64 {
	sum := 0.0
	i, j := 0, 0
	for i < len(a.terms) && j < len(b.terms) {
		switch c := strings.Compare(a.terms[i], b.terms[j]); {
		case c < 0:
			i++
		case c > 0:
			j++
		default:
			sum += a.weights[i] * b.weights[j]
			i++
			j++
		}
	}
	return sum
}

// cosine is the similarity of two unit vectors.
func Cosine(a, b Vector) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	s := 0.0
	for w, x := range a {
		s += x * b[w]
	}
	return s
}

// add accumulates b into a (unnormalised).
func (a Vector) Add(b Vector) {
	for w, x := range b {
		a[w] += x
	}
}

// normalize scales v to unit length in place.
func (v Vector) Normalize() {
	n := 0.0
	for _, x := range v {
		n += x * x
	}
	if n == 0 {
		return
	}
	n = math.Sqrt(n)
	for w := range v {
		v[w] /= n
	}
}

// Words returns the runs of letters and digits of s. It is a plain scan:
// the regular expression it replaces was a tenth of all precompute time.
func Words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		word := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsNumber(r))
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// IsStopWord reports whether a lower-case word is an English function word.
func IsStopWord(w string) bool { return stopWords[w] }
