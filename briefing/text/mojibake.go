package text

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// repairText composes what is decomposed (a letter and a combining
// accent after it, as some archives store text) and then repairs mojibake
// (see repairMojibake), so that "Pen\u0303a" is "Peña" and a mojibake whose
// "Ã" was decomposed too is still found. Only text holding a combining
// accent (U+0300-U+036F, whose UTF-8 begins 0xCC or 0xCD) is composed:
// most holds none.
func repairText(s string) string {
	if strings.IndexByte(s, 0xCC) >= 0 || strings.IndexByte(s, 0xCD) >= 0 {
		s = norm.NFC.String(s)
	}
	// Text damaged twice over ("FranÃƒÂ§ois") is repaired once per
	// damage.
	for range maxMojibakeRounds {
		r := repairMojibake(s)
		if r == s {
			break
		}
		s = r
	}
	return s
}

// maxMojibakeRounds bounds how many times text is taken to have been
// damaged.
const maxMojibakeRounds = 3

// repairMojibake undoes the commonest damage text suffers between systems:
// UTF-8 read as Windows-1252 (or Latin-1) and written out again, so that
// "Peña" reads "PeÃ±a" and an apostrophe "â€™". Each character that
// stands for the lead byte of a UTF-8 sequence is read with the characters
// after it as those bytes; when they make one valid UTF-8 character, it
// replaces them. Anything else is left as it is: "Café", "São" and a lone
// "Ã" stay, a lone lead byte being no sequence. Names are what it matters
// for: a speaker "PeÃ±a Nieto" is no one a reader asks for.
func repairMojibake(s string) string {
	// Every lead byte (0xC2-0xF4) read as Windows-1252 is a character
	// U+00C2-U+00F4, whose UTF-8 begins with 0xC3: text without that byte
	// has nothing to repair, and most text is read no further.
	i := strings.IndexByte(s, 0xC3)
	if i < 0 {
		return s
	}
	var b strings.Builder
	done := 0 // s[:done] is in b
	for i >= 0 && i < len(s) {
		if c, ok := repair(s[i:]); ok {
			if done == 0 {
				b.Grow(len(s))
			}
			b.WriteString(s[done:i])
			b.WriteRune(c.r)
			i += c.n
			done = i
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
		// 0xC3 is never a continuation byte: the next candidate starts a
		// character.
		if j := strings.IndexByte(s[i:], 0xC3); j >= 0 {
			i += j
		} else {
			i = -1
		}
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// repaired is the character a run of mojibake stands for, and how many
// bytes of the text the run took.
type repaired struct {
	r rune
	n int
}

// repair reads the characters opening s as the Windows-1252 bytes of one
// UTF-8 character and returns it, or false.
func repair(s string) (repaired, bool) {
	var buf [utf8.UTFMax]byte
	lead, size, ok := cp1252Byte(s)
	if !ok || lead < 0xC2 || lead > 0xF4 {
		return repaired{}, false
	}
	want := 2
	switch {
	case lead >= 0xF0:
		want = 4
	case lead >= 0xE0:
		want = 3
	}
	buf[0] = lead
	n := size
	for k := 1; k < want; k++ {
		c, size, ok := cp1252Byte(s[n:])
		if !ok || c < 0x80 || c > 0xBF {
			return repaired{}, false
		}
		buf[k] = c
		n += size
	}
	r, rs := utf8.DecodeRune(buf[:want])
	if r == utf8.RuneError || rs != want {
		return repaired{}, false
	}
	return repaired{r, n}, true
}

// cp1252Byte returns the byte of Windows-1252 the first character of s
// stands for, and the character's length; the five bytes Windows-1252
// leaves undefined come back as Latin-1 has them, U+0081 and the like.
func cp1252Byte(s string) (byte, int, bool) {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case r == utf8.RuneError || r < 0x80:
		return 0, size, false
	case r <= 0xFF:
		return byte(r), size, true // Latin-1, and Windows-1252 from 0xA0
	}
	c, ok := charmap.Windows1252.EncodeRune(r)
	return c, size, ok && c >= 0x80
}
