package copies

import (
	"hash/fnv"
	"log/slog"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/text"
	"github.com/google/go-cmp/cmp"
)

func article(id string, paras ...string) text.Article {
	a := text.Article{ID: id, Title: id}
	for _, p := range paras {
		a.Paragraphs = append(a.Paragraphs, text.NewParagraph(text.Body, p))
	}
	return a
}

var wire = []string{
	"Engineers began draining the flooded metro tunnels on Thursday, three days after torrential rain filled two stations with water and stranded hundreds of passengers underground for several hours.",
	"The city transport authority said pumps brought from neighbouring regions were removing about four thousand cubic metres of water an hour, and that the damaged signalling system would have to be rebuilt before trains could run again.",
	"Officials expect the line to stay closed for at least a month, forcing some two hundred thousand daily commuters onto buses and a temporary ferry service along the river.",
	"Insurers have not yet estimated the cost of the damage, which comes after the wettest autumn recorded in the region since measurements began more than a century ago.",
}

func TestWireCopiesFound(t *testing.T) {
	arts := []text.Article{
		// The agency's story, as one outlet ran it.
		article("agency.txt", wire...),
		// Another outlet: the same story under its own opening line.
		article("outlet.txt", append([]string{"From our partners at the wire service."}, wire...)...),
		// A follow-up a day later reuses one paragraph of background.
		article("followup.txt",
			"Trains returned to the flooded metro line on Saturday after a month of repairs, the transport authority announced, earlier than engineers had first feared.",
			"Passengers at the reopened stations praised the staff who had worked through the nights to rebuild the signalling and clear the last of the mud from the platforms.",
			wire[3]),
		// Too short to judge.
		article("short.txt", "Metro closed after floods."),
		article("short2.txt", "Metro closed after floods."),
	}
	got := Of(arts)
	// The original is the longest body, here the outlet's.
	if diff := cmp.Diff([]int{1, -1, -1, -1, -1}, got); diff != "" {
		t.Errorf("copy of (-want +got):\n%s", diff)
	}
	// Whichever comes first.
	arts[0], arts[1] = arts[1], arts[0]
	if got := Of(arts); got[0] != -1 || got[1] != 0 {
		t.Errorf("swapped: copy of = %v, want the longer body as the original", got)
	}
}

// TestBBCCopies checks the detector on the BBC corpus, which carries a few
// dozen stories filed twice under two headlines.
func TestBBCCopies(t *testing.T) {
	const dir = "../../../shared/corpus/bbc"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("BBC corpus not present")
	}
	arts, err := text.Load(os.DirFS(dir), ".", slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	copyOf := Of(arts)
	n := 0
	for i, o := range copyOf {
		if o < 0 {
			continue
		}
		n++
		if strings.EqualFold(arts[i].ID, arts[o].ID) {
			t.Errorf("%s is a copy of itself", arts[i].ID)
		}
	}
	// Counted by exact shingle sets of the raw files: 37 pairs at Jaccard
	// >= 0.7 among the 2,095; MinHash estimates move a few across the line.
	if n < 30 || n > 45 {
		t.Errorf("%d copies in the BBC corpus, want about 37", n)
	}
}

// TestSimilarityTracksJaccard holds the signatures' estimate to the true
// share of shingles two bodies have in common, over bodies of 60 to 600
// words (the short ones leave most bins for densifying) that share from
// none to all of their words.
func TestSimilarityTracksJaccard(t *testing.T) {
	word := func(i int) string { return "w" + strconv.Itoa(int(mix(uint64(i))%5000)) }
	shingles := func(ws []string) map[string]bool {
		out := map[string]bool{}
		for end := shingleWords; end <= len(ws); end++ {
			out[strings.Join(ws[end-shingleWords:end], " ")] = true
		}
		return out
	}
	var sumErr float64
	pairs := 0
	for _, size := range []int{60, 150, 600} {
		for _, kept := range []float64{0, 0.3, 0.6, 0.8, 0.9, 1} {
			for seed := range 10 {
				a, b := make([]string, size), make([]string, size)
				for i := range size {
					a[i] = word(seed*100000 + i)
					b[i] = a[i]
					if float64(i) >= kept*float64(size) {
						b[i] = word(seed*100000 + 50000 + i)
					}
				}
				sa, sb := shingles(a), shingles(b)
				same := 0
				for s := range sa {
					if sb[s] {
						same++
					}
				}
				truth := float64(same) / float64(len(sa)+len(sb)-same)
				x, y := article("a", strings.Join(a, " ")), article("b", strings.Join(b, " "))
				siga, sigb := Sign(&x), Sign(&y)
				est := similarity(&siga.sig, &sigb.sig)
				if d := math.Abs(est - truth); d > 0.25 {
					t.Errorf("%d words, %.0f%% kept, seed %d: estimate %.2f, true %.2f", size, kept*100, seed, est, truth)
				}
				sumErr += math.Abs(est - truth)
				pairs++
			}
		}
	}
	if mean := sumErr / float64(pairs); mean > 0.05 {
		t.Errorf("mean error %.3f over %d pairs, want under 0.05", mean, pairs)
	}
}

// FuzzWordHash holds the inline hash to hash/fnv's FNV-1a over the
// lower-cased word, so that signatures do not change with the
// implementation. Sign lowers a word that is not ASCII before.
func FuzzWordHash(f *testing.F) {
	for _, w := range []string{"the", "PRIME", "Éire", "", "ß"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		h := fnv.New64a()
		h.Write([]byte(strings.ToLower(w)))
		if strings.ContainsFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) {
			w = strings.ToLower(w)
		}
		if got, want := wordHash(w), h.Sum64(); got != want {
			t.Errorf("wordHash(%q) = %x, hash/fnv gives %x", w, got, want)
		}
	})
}

// referenceSign is Sign without the rolling: each word lowered, each
// shingle's polynomial summed whole and its hash put in its bin, the
// empty bins filled after.
func referenceSign(a *text.Article) Signature {
	var sig signature
	for k := range sig {
		sig[k] = empty
	}
	var words []string
	for _, p := range a.Body() {
		for _, w := range text.Words(p.Text) {
			words = append(words, strings.ToLower(w))
		}
	}
	for end := shingleWords; end <= len(words); end++ {
		var poly uint64
		for _, w := range words[end-shingleWords : end] {
			h := fnv.New64a()
			h.Write([]byte(w))
			poly = poly*rollBase + h.Sum64()
		}
		h := mix(poly)
		if bin := h >> (64 - binBits); h < sig[bin] {
			sig[bin] = h
		}
	}
	sig.densify()
	return Signature{sig, len(words)}
}

// FuzzSign holds Sign to the signature computed shingle by shingle.
func FuzzSign(f *testing.F) {
	for _, p := range wire {
		f.Add(p)
	}
	f.Add("Ünter den Linden, SÃO Paulo and the İstanbul ΣΊΣΥΦΟΣ said one two three")
	f.Fuzz(func(t *testing.T, s string) {
		a := article("fuzz", strings.Split(s, "\n")...)
		if got, want := Sign(&a), referenceSign(&a); got != want {
			t.Errorf("Sign(%q) differs from the reference", s)
		}
	})
}
