package text

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

func TestRepairMojibake(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Enrique PeÃ±a Nieto", "Enrique Peña Nieto"},
		{"it isnâ€™t so", "it isn’t so"},
		{"SÃ©golÃ¨ne Royal, naÃ¯ve", "Ségolène Royal, naïve"},
		{"Â£5 a head", "£5 a head"},
		{"ðŸ˜€ at last", "😀 at last"},
		// Left as they are: no UTF-8 sequence is spelled.
		{"Café in São Paulo", "Café in São Paulo"},
		{"SÃO PAULO", "SÃO PAULO"},
		{"Ã", "Ã"},
		{"JesÃÂos", "JesÃÂos"}, // damaged twice over: no one sequence
		{"plain text", "plain text"},
		{"", ""},
	} {
		if got := repairMojibake(tt.in); got != tt.want {
			t.Errorf("repairMojibake(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// mojibake is s's UTF-8 read as Windows-1252, the five bytes it leaves
// undefined read as Latin-1.
func mojibake(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		r := charmap.Windows1252.DecodeByte(s[i])
		if r == utf8.RuneError {
			r = rune(s[i])
		}
		b.WriteRune(r)
	}
	return b.String()
}

// FuzzRepairMojibake: the repair of a text's mojibake is the text, when the
// text has nothing to repair itself; repairing gives valid UTF-8 and leaves
// text with no 0xC3 byte as it is; repairText undoes the damage twice done.
func FuzzRepairMojibake(f *testing.F) {
	for _, s := range []string{"Peña", "isn’t", "😀", "SÃO", "Ã", "plain", "Â£", "\u0081"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("texts are valid UTF-8")
		}
		if got := repairMojibake(mojibake(s)); got != s {
			t.Errorf("repairMojibake(mojibake(%q)) = %q", s, got)
		}
		if repairMojibake(s) == s && norm.NFC.IsNormalString(s) {
			if got := repairText(mojibake(mojibake(s))); got != s {
				t.Errorf("repairText(mojibake(mojibake(%q))) = %q", s, got)
			}
		}
		got := repairMojibake(s)
		if !utf8.ValidString(got) {
			t.Errorf("repairMojibake(%q) = %q, not UTF-8", s, got)
		}
		if !strings.Contains(s, "\xc3") && got != s {
			t.Errorf("repairMojibake(%q) = %q; nothing to repair", s, got)
		}
	})
}

func TestRepairText(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"PeA\u0303\u00b1a Nieto", "Peña Nieto"}, // mojibake, then decomposed
		{"Jose\u0301 Marti\u0301", "José Martí"},
		{"FranA\u0303\u0083A\u0302\u00a7ois Hollande", "François Hollande"}, // twice damaged
		{"plain", "plain"},
	} {
		if got := repairText(tt.in); got != tt.want {
			t.Errorf("repairText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
