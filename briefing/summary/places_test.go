package summary

import (
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// placeCueRe is the expression placeCueEnds replaces.
var placeCueRe = regexp.MustCompile(`\b(?:in|at|near|outside|inside)\s`)

func referenceCueEnds(s string) []int {
	var out []int
	for _, m := range placeCueRe.FindAllStringIndex(s, -1) {
		out = append(out, m[1])
	}
	return out
}

var cueCases = []string{
	"Talks in Vietnam at the summit near Da Nang, outside Hanoi and inside the hall.",
	"within main at\tthe in\nnear_ inside", "Inside In AT", "ain't in", "in", "in ", "at  at ",
	"sin cos tan_ in_ xin in",
}

func TestPlaceCuesMatchTheExpression(t *testing.T) {
	for _, s := range cueCases {
		if diff := cmp.Diff(referenceCueEnds(s), placeCueEnds(s)); diff != "" {
			t.Errorf("%q (-regexp +scanner):\n%s", s, diff)
		}
	}
}

func FuzzPlaceCues(f *testing.F) {
	for _, s := range cueCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(referenceCueEnds(s), placeCueEnds(s)); diff != "" {
			t.Errorf("%q (-regexp +scanner):\n%s", s, diff)
		}
	})
}
