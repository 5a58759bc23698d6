package text

import (
	"strings"
	"testing"
)

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
		if withoutMarks(got) != withoutMarks(s) {
			t.Errorf("doubleApostrophes(%q) = %q changes more than the marks", s, got)
		}
	})
}

func TestSingleQuotations(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"'We are ready,' Mr Dahl said.", `"We are ready," Mr Dahl said.`},
		{"‘We are ready,’ Mr Dahl said. ‘The boats are in.’", `"We are ready," Mr Dahl said. "The boats are in."`},
		{"He said the town's 'best days' were ahead.", `He said the town's "best days" were ahead.`},
		{"'The players' union will decide,' he said.", `"The players' union will decide," he said.`},
		{"It isn't over, and we don't know when the '90s ended.", "It isn't over, and we don't know when the '90s ended."},
		{"The Jones' house stood empty.", "The Jones' house stood empty."},
		{"'s thunder in the final, a 'fair' result.", `'s thunder in the final, a "fair" result.`},
		{"'It will run on into the next paragraph,", `"It will run on into the next paragraph,`},
		{"He said: 'Yes.' She said: 'No.'", `He said: "Yes." She said: "No."`},
		// Any double mark: single marks are nested quotations or titles.
		{"\"He called it 'a disgrace',\" she said.", "\"He called it 'a disgrace',\" she said."},
		{"Line one 'a'\nLine two “b”", "Line one 'a'\nLine two “b”"},
	} {
		if got := singleQuotations(tt.in); got != tt.want {
			t.Errorf("singleQuotations(%q)\n = %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// FuzzSingleQuotations: only single marks change, each to a double one.
func FuzzSingleQuotations(f *testing.F) {
	for _, s := range []string{"'a,' b", "x'", "'", "‘a’ ’", "a's 'b' c", "'90s 'x'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := singleQuotations(s)
		if withoutMarks(got) != withoutMarks(s) {
			t.Errorf("singleQuotations(%q) = %q changes more than the marks", s, got)
		}
	})
}

// withoutMarks is s without its apostrophes and quotation marks, straight
// or curly, single or double.
func withoutMarks(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\'' || r == '"' || r == '‘' || r == '’' || r == '“' || r == '”' {
			return -1
		}
		return r
	}, s)
}

func TestTurnDoubleMarks(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"“We have problems here,“ said Jim Clyburn.", "“We have problems here,” said Jim Clyburn."},
		{"to conduct an “expedited review“ of the supply", "to conduct an “expedited review” of the supply"},
		{"the film “Frozen“", "the film “Frozen”"},
		{"”We have never seen this,” said Ann Lee.", "“We have never seen this,” said Ann Lee."},
		{"Doing so ”appeared to be an attempt,” she said.", "Doing so “appeared to be an attempt,” she said."},
		{"(”Quiet”) was the word.", "(“Quiet”) was the word."},
		// Set right, between letters or between spaces: left.
		{"“We are ready,” he said.", "“We are ready,” he said."},
		{"a“b and c”d", "a“b and c”d"},
		{"a “ b ” c", "a “ b ” c"},
		{"no marks at all", "no marks at all"},
	} {
		if got := turnDoubleMarks(tt.in); got != tt.want {
			t.Errorf("turnDoubleMarks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzTurnDoubleMarks: only curly double marks change, each to the other,
// so the text without its marks is the same.
func FuzzTurnDoubleMarks(f *testing.F) {
	for _, s := range []string{"“a,“ b", "”a”", "“", "x”y", "a “b“ c ”d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := turnDoubleMarks(s)
		if withoutMarks(got) != withoutMarks(s) {
			t.Errorf("turnDoubleMarks(%q) = %q changes more than the marks", s, got)
		}
	})
}
