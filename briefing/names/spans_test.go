package names

import (
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// nameRunRe is the regular expression capitalisedSpans replaces: the
// reference the scanner must agree with.
var nameRunRe = regexp.MustCompile(`\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:de|da|di|van|von|der|den|du|la|le|bin|ibn|al|dos|del|ter)\s+)*(?:(?:al|el|ad|ar|as|ash|at|az)-)?\p{Lu}[\p{L}\p{M}'’.\-]*)*`)

func referenceSpans(text string) [][2]int {
	var out [][2]int
	for _, m := range nameRunRe.FindAllStringIndex(text, -1) {
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

var spanCases = []string{
	"Russian Foreign Minister Sergei Lavrov said on Wednesday.",
	"Ludwig van Beethoven and Guillermo del Toro met Vincent van  der Berg.",
	"the iPhone maker, McDonald's and O’Neill-Smith Jr. spoke",
	"A de la B, C de d, E de\tF, G van",
	"Zoë Ćosić and Łukasz Müller met Ángel Di María",
	"Invalid \xff bytes \xffAnd Caps\xff",
	"Tab\tSeparated\nNew Line\u00a0No Break Space",
	"Ends with a particle de",
	"", "ALL CAPS WORDS", "x.Y.Z. U.S. D.C.",
	"Mary-Kate de", "he said: \"Yes.\" Then Mr. Smith left",
	"Bashar al-Assad and Abdel Fattah el-Sisi met Saif al-Islam; al-Assad al- al-x Al-Jazeera a-B",
	"Abu Musab al-Zarqawi, ex-Wallaby Ben Tune and an anti-Trump rally",
}

func TestCapitalisedSpansMatchTheExpression(t *testing.T) {
	for _, s := range spanCases {
		if diff := cmp.Diff(referenceSpans(s), capitalisedSpans(s)); diff != "" {
			t.Errorf("%q (-regexp +scanner):\n%s", s, diff)
		}
	}
}

func FuzzCapitalisedSpans(f *testing.F) {
	for _, s := range spanCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(referenceSpans(s), capitalisedSpans(s)); diff != "" {
			t.Errorf("%q (-regexp +scanner):\n%s", s, diff)
		}
	})
}

// referenceRuns is Runs without its shortcut: every run parsed in full.
func referenceRuns(text string) []Run {
	var out []Run
	for _, m := range RunIndexes(text) {
		if r, ok := ParseRun(text, m[0], m[1]); ok {
			out = append(out, r)
		}
	}
	return out
}

var runCases = append([]string{
	"The minister said. But He's here, and He’s's Prime.",
	"It was Mr Blair's. THE Sun and The Times; Then Mr. Smith",
	"However, Blair’s aide And \u00c9tienne spoke. Is Is",
}, spanCases...)

// FuzzRuns holds Runs, which passes lone sentence words over unparsed, to
// parsing every run; "go test" runs its cases as a table.
func FuzzRuns(f *testing.F) {
	for _, s := range runCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(referenceRuns(s), Runs(s)); diff != "" {
			t.Errorf("%q (-parsed in full +Runs):\n%s", s, diff)
		}
	})
}

// FuzzLowerTokens holds lowerTokens, which cuts an ASCII run's tokens from
// one lowered copy, to lowering each token alone, also when the last token
// lost its possessive as ParseRun cuts it.
func FuzzLowerTokens(f *testing.F) {
	for _, s := range []string{"Mr Putin's", "Dmitry PESKOV", "St. John's Wood", "O'Brien, Jr.", "İlham Aliyev", "A  B\tC", "Ms \u212aing", "x's"} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, run string, possessive bool) {
		toks := strings.Fields(run)
		if len(toks) == 0 {
			return
		}
		if last := toks[len(toks)-1]; possessive && strings.HasSuffix(last, "'s") {
			toks[len(toks)-1] = last[:len(last)-len("'s")]
		}
		want := make([]string, len(toks))
		for i, tok := range toks {
			want[i] = strings.ToLower(TrimToken(tok))
		}
		got := make([]string, len(toks))
		lowerTokens(got, run, toks)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("lowerTokens(%q, %q) (-want +got):\n%s", run, toks, diff)
		}
	})
}
