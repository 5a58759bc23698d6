package dateparser

import (
	"errors"
	"testing"
)

// TestParseFindsNothing holds the stand-in to what go-htmldate relies on:
// no date and an error, for any text, so that its own rules decide.
func TestParseFindsNothing(t *testing.T) {
	p := &Parser{ParserTypes: []ParserType{CustomFormat, AbsoluteTime}}
	cfg := &Configuration{PreferredDateSource: Past, StrictParsing: true}
	for _, text := range []string{"", "10 November 2025", "2025-11-10", "le 10 novembre 2025"} {
		d, err := p.Parse(cfg, text)
		if !d.IsZero() || !d.Time.IsZero() {
			t.Errorf("Parse(%q) = %v, want the zero date", text, d.Time)
		}
		if !errors.Is(err, ErrNotParsed) {
			t.Errorf("Parse(%q) error = %v, want ErrNotParsed", text, err)
		}
	}
}
