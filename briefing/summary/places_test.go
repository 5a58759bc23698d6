package summary

import (
	"regexp"
	"testing"

	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/text"
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

// FuzzCapitalInWords holds the test placeWords asks first to what it
// spares: where it says no capital stands in the first four words, the
// first name run after the cue starts more than three words on.
func FuzzCapitalInWords(f *testing.F) {
	for _, s := range append(cueCases, "the new city of London", "a b c d Eve", "a b c Eve", "a\u00a0b c d Eve", " \v x y z w Q") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if capitalInWords(s, 4) {
			return
		}
		runs := names.RunIndexes(s[:min(len(s), 80)])
		if len(runs) > 0 && text.WordCount(s[:runs[0][0]]) <= 3 {
			t.Errorf("capitalInWords(%q) = false, but a run starts at %d", s, runs[0][0])
		}
	})
}
