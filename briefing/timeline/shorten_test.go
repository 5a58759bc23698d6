package timeline

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestShortenEvent(t *testing.T) {
	for _, tt := range []struct{ s, expr, want string }{
		{"The council (which met in the old hall) voted on March 3.", "March 3", "The council voted on March 3."},
		{"The vote (held on March 3) was close.", "March 3", "The vote (held on March 3) was close."},
		{"(She fainted at a September 11 memorial.)", "September 11", "She fainted at a September 11 memorial."},
		{"(An aside.) The vote came on March 3.", "March 3", "The vote came on March 3."},
	} {
		if diff := cmp.Diff(tt.want, shortenEvent(tt.s, tt.expr)); diff != "" {
			t.Errorf("shortenEvent(%q) (-want +got):\n%s", tt.s, diff)
		}
	}
}
