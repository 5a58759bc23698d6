package bot

import (
	"strings"
	"unicode/utf8"
)

// RenderText renders a reply as plain text for a terminal, wrapped at width
// columns: what a terminal user sees is what a chat user sees.
func RenderText(r Reply, width int) string { return renderText(r, width, false) }

// RenderTextVerbose is RenderText that also says, for each quote, where its
// speaker was read from: "(read from 'he' in paragraph 4)".
func RenderTextVerbose(r Reply, width int) string { return renderText(r, width, true) }

func renderText(r Reply, width int, verbose bool) string {
	if width < 20 {
		width = 20
	}
	var b strings.Builder
	b.WriteString(r.Title + "\n")
	b.WriteString(strings.Repeat("=", min(utf8.RuneCountInString(r.Title), width)) + "\n")
	if r.Text != "" {
		b.WriteString(Wrap(r.Text, width, "", "") + "\n")
	}
	for _, s := range r.Sections {
		b.WriteString("\n")
		if s.Heading != "" {
			b.WriteString(Wrap(s.Heading, width, "", "") + "\n")
			b.WriteString(strings.Repeat("-", min(utf8.RuneCountInString(s.Heading), width)) + "\n")
		}
		if s.Text != "" {
			b.WriteString(Wrap(s.Text, width, "", "") + "\n")
		}
		for _, it := range s.Items {
			line := it.Text
			if it.Label != "" {
				line = it.Label + "  " + line
			}
			b.WriteString(Wrap(line, width, "• ", "  ") + "\n")
			for _, src := range it.Sources {
				b.WriteString(Wrap(src.Label(), width, "    ↳ ", "      ") + "\n")
			}
		}
		for _, q := range s.Quotes {
			speaker := q.Speaker
			if speaker == "" {
				speaker = "unattributed"
			}
			b.WriteString(Wrap(q.Shown(), width, "  ", "  ") + "\n")
			attribution := "— " + speaker + ", " + q.Source.Label()
			if verbose && q.ReadFrom != "" {
				attribution += " (read from " + q.ReadFrom + ")"
			}
			b.WriteString(Wrap(attribution, width, "    ", "      ") + "\n")
		}
		if len(s.Sources) > 0 {
			b.WriteString("Sources:\n")
			for _, src := range s.Sources {
				b.WriteString(Wrap(src.Label(), width, "  • ", "    ") + "\n")
				if src.URL != "" {
					// A terminal makes an address clickable when it stands alone.
					b.WriteString("    " + src.URL + "\n")
				}
			}
		}
	}
	if r.Footer != "" {
		b.WriteString("\n" + r.Footer + "\n")
	}
	return b.String()
}

// Truncate shortens s to at most n characters at a word boundary, ending
// in "…": what every renderer does to text over a platform's limit.
func Truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n-1]
	i := len(r)
	for i > 0 && r[i-1] != ' ' {
		i--
	}
	if i > n/2 {
		r = r[:i-1]
	}
	return strings.TrimRight(string(r), " ,;:") + "…"
}

// Wrap breaks text into lines of at most width runes at spaces, with a
// prefix on the first line and an indent on the others.
func Wrap(text string, width int, first, rest string) string {
	var b strings.Builder
	line := first
	lineLen := utf8.RuneCountInString(first)
	empty := true
	for _, w := range strings.Fields(text) {
		wl := utf8.RuneCountInString(w)
		if !empty && lineLen+1+wl > width {
			b.WriteString(line + "\n")
			line, lineLen, empty = rest, utf8.RuneCountInString(rest), true
		}
		if !empty {
			line += " "
			lineLen++
		}
		line += w
		lineLen += wl
		empty = false
	}
	b.WriteString(line)
	return b.String()
}
