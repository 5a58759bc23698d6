// Command train learns the weights of the attribution ranker (ranker.json)
// from articles with reference quotes and speakers: the PolNeAR training
// split beside the checkout. It runs the rules over the articles, takes each
// quotation they leave without a speaker, labels the candidate the
// reference names (or "no one" when none of them is the speaker) and fits a
// conditional logit model. Only weights are written, no text.
//
//	go generate ./briefing/quotes
//
// It refuses a folder or reference file of the dev split: the dev split
// measures the ranker and must never train it.
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/text"
)

func main() {
	corpus := flag.String("corpus", "../../../shared/corpus/polnear/train", "folder of training articles")
	goldPath := flag.String("gold", "../../../shared/gold/polnear-train.json", "their reference answers")
	out := flag.String("out", "ranker.json", "weight file to write")
	folds := flag.Int("folds", 5, "cross-validation folds for the reported accuracy")
	flag.Parse()
	if err := run(*corpus, *goldPath, *out, *folds); err != nil {
		log.Fatal(err)
	}
}

func run(corpus, goldPath, out string, folds int) error {
	if isDevSplit(corpus) || isDevSplit(goldPath) {
		return errors.New("the dev split measures the ranker and must not train it")
	}
	articles, err := text.Load(os.DirFS(corpus), ".", slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		return fmt.Errorf("load %s: %w", corpus, err)
	}
	g, err := readGold(goldPath)
	if err != nil {
		return err
	}
	set := label(quotes.Examples(articles), g)
	if len(set) == 0 {
		return errors.New("no quotation of the corpus matches its reference answers")
	}
	cv := crossValidate(set, folds)
	w := fit(set)
	named := 0
	for _, ex := range set {
		if ex.label > 0 {
			named++
		}
	}
	m := quotes.RankerModel{
		Provenance: fmt.Sprintf("conditional logit (L2 %.2g) over the %d quotations of %d %s articles that the rules leave without a speaker and the reference answers attribute (%d to a candidate, %d to no candidate); %d-fold accuracy %.3f, against %.3f for always no one. Built by go generate ./briefing/quotes.",
			l2, len(set), len(articles), filepath.Base(filepath.Dir(corpus))+"/"+filepath.Base(corpus), named, len(set)-named, folds, cv, float64(len(set)-named)/float64(len(set))),
		Weights: map[string]float64{},
	}
	for i, name := range quotes.FeatureNames() {
		m.Weights[name] = math.Round(w[i]*1e4) / 1e4
	}
	data, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(out, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", out, err)
	}
	fmt.Fprintln(os.Stderr, m.Provenance)
	return nil
}

// isDevSplit reports whether a path names the dev split.
func isDevSplit(path string) bool {
	base := strings.ToLower(filepath.Base(filepath.Clean(path)))
	return base == "dev" || strings.Contains(base, "-dev")
}

// gold is the part of a reference file the trainer reads.
type gold struct {
	Quotes []struct {
		Doc       string  `json:"doc"`
		Speaker   *string `json:"speaker"`
		Text      string  `json:"text"`
		Ambiguous bool    `json:"ambiguous"`
		Optional  bool    `json:"optional"`
		Negative  bool    `json:"negative"`
	} `json:"quotes"`
	Speakers map[string][]string `json:"speakers"`
}

func readGold(path string) (*gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read reference answers: %w", err)
	}
	var g gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("read reference answers %s: %w", path, err)
	}
	return &g, nil
}

// example is one quotation's alternatives ("no one" first) and the index of
// the right one.
type example struct {
	doc   string
	alts  [][]float64
	label int
}

// label pairs each quotation with the reference quote of its article it
// overlaps most (as the scorer does) and marks the candidate the reference
// names. Quotations with no reference, or one whose speaker is not scored,
// teach nothing and are left out.
func label(exs []quotes.Example, g *gold) []example {
	byDoc := map[string][]int{}
	for i, q := range g.Quotes {
		byDoc[q.Doc] = append(byDoc[q.Doc], i)
	}
	var out []example
	for _, ex := range exs {
		best, bestOverlap := -1, 0.6
		for _, i := range byDoc[filepath.Base(ex.Doc)] {
			if o := overlap(g.Quotes[i].Text, ex.Quote); o >= bestOverlap {
				best, bestOverlap = i, o
			}
		}
		if best < 0 {
			continue
		}
		ref := g.Quotes[best]
		if ref.Ambiguous || ref.Optional || ref.Negative || ref.Speaker == nil {
			continue
		}
		e := example{doc: ex.Doc, alts: [][]float64{ex.Null}}
		for k, c := range ex.Candidates {
			e.alts = append(e.alts, c.Features)
			if e.label == 0 && samePerson(*ref.Speaker, c.Name, g.Speakers) {
				e.label = k + 1
			}
		}
		out = append(out, e)
	}
	return out
}

var wordRe = regexp.MustCompile(`[a-z0-9]+`)

func words(s string) []string {
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(strings.ToLower(s))
	return wordRe.FindAllString(s, -1)
}

// overlap is the smaller of the shares of each quote's words in the other.
func overlap(a, b string) float64 {
	wa, wb := map[string]bool{}, map[string]bool{}
	for _, w := range words(a) {
		wa[w] = true
	}
	for _, w := range words(b) {
		wb[w] = true
	}
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	return math.Min(float64(n)/float64(len(wa)), float64(n)/float64(len(wb)))
}

var titles = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true, "president": true, "senator": true, "the": true}

// nameTokens are a name's words without titles, initials and suffixes.
func nameTokens(name string) []string {
	var toks []string
	for _, t := range words(name) {
		if !titles[t] && len(t) > 1 {
			toks = append(toks, t)
		}
	}
	for len(toks) > 0 && (toks[len(toks)-1] == "jr" || toks[len(toks)-1] == "sr" || toks[len(toks)-1] == "ii" || toks[len(toks)-1] == "iii") {
		toks = toks[:len(toks)-1]
	}
	return toks
}

// samePerson reports whether a candidate's name names the reference
// speaker: the same surname and, when both have one, first names alike.
func samePerson(want, got string, aliases map[string][]string) bool {
	for _, a := range append([]string{want}, aliases[want]...) {
		if strings.EqualFold(a, got) {
			return true
		}
	}
	w, g := nameTokens(want), nameTokens(got)
	if len(w) == 0 || len(g) == 0 || w[len(w)-1] != g[len(g)-1] {
		return false
	}
	return len(w) == 1 || len(g) == 1 || w[0][:min(3, len(w[0]))] == g[0][:min(3, len(g[0]))]
}

// Fitting: full-batch gradient descent on the L2-regularised negative log
// likelihood. The data are a few hundred examples of a few dozen features,
// so plain gradient descent converges in well under a second and gives the
// same weights on every run.
const (
	l2         = 0.01
	iterations = 3000
	stepSize   = 0.5
)

func fit(set []example) []float64 {
	n := len(set[0].alts[0])
	w := make([]float64, n)
	grad := make([]float64, n)
	for it := 0; it < iterations; it++ {
		for j := range grad {
			grad[j] = l2 * w[j]
		}
		for _, ex := range set {
			p := softmax(ex.alts, w)
			for a, f := range ex.alts {
				y := 0.0
				if a == ex.label {
					y = 1
				}
				for j, v := range f {
					grad[j] += (p[a] - y) * v / float64(len(set))
				}
			}
		}
		for j := range w {
			w[j] -= stepSize * grad[j]
		}
	}
	return w
}

func softmax(alts [][]float64, w []float64) []float64 {
	p := make([]float64, len(alts))
	top := math.Inf(-1)
	for a, f := range alts {
		p[a] = dot(f, w)
		top = math.Max(top, p[a])
	}
	sum := 0.0
	for a := range p {
		p[a] = math.Exp(p[a] - top)
		sum += p[a]
	}
	for a := range p {
		p[a] /= sum
	}
	return p
}

func dot(f, w []float64) float64 {
	s := 0.0
	for j, v := range f {
		s += v * w[j]
	}
	return s
}

// predict is the alternative the weights rank first; "no one" wins ties, as
// in the quotes package.
func predict(alts [][]float64, w []float64) int {
	best, bestScore := 0, dot(alts[0], w)
	for a := 1; a < len(alts); a++ {
		if s := dot(alts[a], w); s > bestScore {
			best, bestScore = a, s
		}
	}
	return best
}

// crossValidate trains on all folds but one, split by article, and returns
// the accuracy on the held-out folds.
func crossValidate(set []example, folds int) float64 {
	var docs []string
	seen := map[string]bool{}
	for _, ex := range set {
		if !seen[ex.doc] {
			seen[ex.doc] = true
			docs = append(docs, ex.doc)
		}
	}
	sort.Strings(docs)
	fold := map[string]int{}
	for i, d := range docs {
		fold[d] = i % folds
	}
	right := 0
	for k := 0; k < folds; k++ {
		var train, test []example
		for _, ex := range set {
			if fold[ex.doc] == k {
				test = append(test, ex)
			} else {
				train = append(train, ex)
			}
		}
		if len(train) == 0 {
			continue
		}
		w := fit(train)
		for _, ex := range test {
			if predict(ex.alts, w) == ex.label {
				right++
			}
		}
	}
	return float64(right) / float64(len(set))
}
