package quotes

import "testing"

// TestIsTitleQuote: works and programmes are named in Title Case, small
// words aside; speech is not, and a contraction is always speech.
func TestIsTitleQuote(t *testing.T) {
	for _, tt := range []struct {
		before, inner string
		title         bool
	}{
		{"She said on the network's ", "Meet the Voters.", true},
		{"He told the station’s ", "Sunrise", true},
		{"He wrote the book ", "Why Towns Fail", true},
		{"The show ", "Lunch With Dana Fox", true},
		{"She finished: ", "That’s Lena Ruiz and Omar Diaz.", false},
		{"He said ", "the plan is dead", false},
		{"She replied ", "Yes", false},
		{"She replied ", "Yes, We Will", false},
		{"", "of the People", false},
	} {
		if got := isTitleQuote(tt.before, tt.inner); got != tt.title {
			t.Errorf("isTitleQuote(%q, %q) = %v, want %v", tt.before, tt.inner, got, tt.title)
		}
	}
}
