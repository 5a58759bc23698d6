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
