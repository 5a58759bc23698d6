package text

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func TestBodyLeavesOutCaptionsAndCorrections(t *testing.T) {
	body1, body2 := NewParagraph(Body, "One said so."), NewParagraph(Body, "Two agreed.")
	caption, correction := NewParagraph(Caption, "A photo."), NewParagraph(Correction, "Correction: a name was wrong.")
	for _, tc := range []struct {
		name  string
		paras []Paragraph
		want  []Paragraph
	}{
		{"none", nil, nil},
		{"all story", []Paragraph{body1, body2}, []Paragraph{body1, body2}},
		{"mixed", []Paragraph{caption, body1, correction, body2}, []Paragraph{body1, body2}},
		{"no story", []Paragraph{caption, correction}, nil},
	} {
		a := Article{Paragraphs: tc.paras}
		if diff := cmp.Diff(tc.want, a.Body(), cmp.AllowUnexported(Paragraph{}), cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

func TestDecodeReferences(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a G7 communiqu&#233; on debt", "a G7 communiqué on debt"},
		{"Marks &amp; Spencer", "Marks & Spencer"},
		{"caf&#xE9; and &pound;5", "café and £5"},
		{"AT&T and P&O", "AT&T and P&O"},           // no semicolon: no reference
		{"Bread &not butter", "Bread &not butter"}, // the legacy form without its semicolon stays
		{"&unknownname; stays", "&unknownname; stays"},
		{"no ampersand", "no ampersand"},
	}
	for _, tt := range tests {
		if got := string(decodeReferences([]byte(tt.in))); got != tt.want {
			t.Errorf("decodeReferences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
