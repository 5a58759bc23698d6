package timeline

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"testing"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/google/go-cmp/cmp"
)

// referenceMerge is mergeEvents as first written: each event asks every
// earlier event of its date, latest first.
func referenceMerge(evs []Event) []Event {
	var out []Event
	for _, ev := range evs {
		merged := false
		for i := len(out) - 1; i >= 0 && out[i].Date == ev.Date; i-- {
			if sameEvent(out[i], ev) {
				out[i] = joinEvents(out[i], ev)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, ev)
		}
	}
	return out
}

// sameEvent is the test as first written, over the events' keys.
func sameEvent(a, b Event) bool {
	shared := 0
	for k := range a.keys {
		if b.keys[k] {
			shared++
		}
	}
	return alike(shared, len(a.keys), len(b.keys))
}

// TestMergeMatchesReference holds the indexed merge to the scan of every
// earlier event, over random events sharing a few dates and words.
func TestMergeMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	words := []string{"vote", "budget", "tax", "summit", "strike", "court", "storm", "match"}
	for round := range 300 {
		var evs []Event
		for i := range 1 + rng.IntN(60) {
			keys := map[string]bool{}
			for range rng.IntN(4) {
				keys[words[rng.IntN(len(words))]] = true
			}
			evs = append(evs, Event{
				Date: dates.DayDate(2020, 1, 1+rng.IntN(3)),
				Text: fmt.Sprintf("event %d of %d words", i, rng.IntN(20)),
				Docs: []string{fmt.Sprint("doc", rng.IntN(5))}, Caption: rng.IntN(4) == 0,
				keys: keys, order: i,
			})
		}
		sort.SliceStable(evs, func(i, j int) bool { return evs[i].Date.Compare(evs[j].Date) < 0 })
		want := referenceMerge(evs)
		got := mergeEvents(evs)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(Event{})); diff != "" {
			t.Fatalf("round %d (-reference +indexed):\n%s", round, diff)
		}
	}
}
