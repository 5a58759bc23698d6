package text

import "testing"

func TestDoubleApostrophes(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"''We now live in a world,'' said David Nevins.", `"We now live in a world," said David Nevins.`},
		{"a revival of ''Twin Peaks,'' the series", `a revival of "Twin Peaks," the series`},
		{"He said: ''Yes.''", `He said: "Yes."`},
		{"(''Quiet'') was the word.", `("Quiet") was the word.`},
		{"a 12'' pipe and a 3'' nail", "a 12'' pipe and a 3'' nail"},
		{"no marks at all", "no marks at all"},
		{"rock'n''roll", "rock'n''roll"},
		{"a ''' run", "a ''' run"},
	} {
		if got := doubleApostrophes(tt.in); got != tt.want {
			t.Errorf("doubleApostrophes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzDoubleApostrophes: only pairs of apostrophes change, each to one
// double mark, so the text without its marks is the same.
func FuzzDoubleApostrophes(f *testing.F) {
	for _, s := range []string{"''a,'' b", "x''", "''", "'''", "a''b", "5'' ''x''"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := doubleApostrophes(s)
		strip := func(x string) string {
			out := []rune{}
			for _, r := range x {
				if r != '\'' && r != '"' {
					out = append(out, r)
				}
			}
			return string(out)
		}
		if strip(got) != strip(s) {
			t.Errorf("doubleApostrophes(%q) = %q changes more than the marks", s, got)
		}
	})
}
