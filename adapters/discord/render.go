// Package discord connects briefbot to Discord: slash commands with name
// autocomplete over the gateway and the HTTP interactions endpoint,
// answered in embeds, and posting to channels. It only translates between
// Discord and the platform-neutral bot package.
package discord

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// Discord's limits for a message, which discordgo does not enforce.
const (
	MaxEmbedTitle       = 256
	MaxEmbedDescription = 4096
	MaxEmbedFields      = 25
	MaxFieldName        = 256
	MaxFieldValue       = 1024
	MaxFooterText       = 2048
	MaxEmbeds           = 10
	// MaxEmbedTotal bounds the characters of all embeds of one message.
	MaxEmbedTotal = 6000
	// MaxChoices and MaxChoiceLength bound autocomplete answers.
	MaxChoices      = 25
	MaxChoiceLength = 100
)

// Message is a rendered reply: embeds within Discord's limits, whether it
// is for the asker only, and how much of it is shown.
type Message struct {
	Embeds    []*discordgo.MessageEmbed
	Ephemeral bool
	// Shown and Total count the reply's items; Shown < Total when cut.
	Shown, Total int
}

// Truncated reports whether the reply was cut to fit.
func (m Message) Truncated() bool { return m.Shown < m.Total }

// Flags returns the message flags: ephemeral for private replies.
func (m Message) Flags() discordgo.MessageFlags {
	if m.Ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// cut shortens s to at most n characters at a word boundary.
func cut(s string, n int) string { return bot.Truncate(s, n) }

// escape keeps Discord markdown in article text from formatting.
func escape(s string) string {
	return strings.NewReplacer("*", "\\*", "_", "\\_", "`", "\\`", "~", "\\~", "|", "\\|", ">", "\\>").Replace(s)
}

func sourceText(s bot.Source) string {
	out := "*" + escape(s.Title) + "*"
	if s.URL != "" {
		// A masked link; "(" and ")" in the URL would end it early.
		title := strings.NewReplacer("[", "(", "]", ")").Replace(escape(s.Title))
		out = "[" + title + "](" + strings.NewReplacer("(", "%28", ")", "%29", " ", "%20").Replace(s.URL) + ")"
	}
	if s.Outlet != "" {
		out += " — " + escape(s.Outlet)
	}
	if s.Date != "" {
		out += ", " + escape(s.Date)
	}
	return out + escape(s.AlsoInNote())
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// embedSize counts the characters Discord counts toward MaxEmbedTotal.
func embedSize(e *discordgo.MessageEmbed) int {
	n := runes(e.Title) + runes(e.Description)
	if e.Footer != nil {
		n += runes(e.Footer.Text)
	}
	for _, f := range e.Fields {
		n += runes(f.Name) + runes(f.Value)
	}
	return n
}

// Render turns a reply into embeds within Discord's limits. Each section
// starts an embed; a reply too long for one message is cut between items,
// never inside a word, with a footer saying how much is shown and how to
// narrow it.
func Render(r bot.Reply) Message {
	m := Message{Ephemeral: r.Kind.Private()}
	type line struct {
		text   string
		counts bool
	}
	type part struct {
		title   string
		lines   []line
		sources []bot.Source
	}
	var parts []part
	first := part{title: r.Title}
	if r.Text != "" {
		first.lines = append(first.lines, line{text: escape(r.Text)})
	}
	parts = append(parts, first)
	for i, s := range r.Sections {
		p := &parts[len(parts)-1]
		if s.Heading != "" || i > 0 && len(p.lines) > 0 {
			parts = append(parts, part{title: s.Heading})
			p = &parts[len(parts)-1]
		}
		if s.Text != "" {
			p.lines = append(p.lines, line{text: escape(s.Text), counts: s.Heading != "" && len(s.Items) == 0 && len(s.Quotes) == 0})
		}
		for _, it := range s.Items {
			t := escape(it.Text)
			if it.Label != "" {
				t = "**" + escape(it.Label) + "**  " + t
			}
			var srcs []string
			for _, src := range it.Sources {
				srcs = append(srcs, sourceText(src))
			}
			if len(srcs) > 0 {
				t += "\n  ↳ " + strings.Join(srcs, "; ")
			}
			p.lines = append(p.lines, line{text: "• " + t, counts: true})
		}
		for _, q := range s.Quotes {
			speaker := q.Speaker
			if speaker == "" {
				speaker = "unattributed"
			}
			p.lines = append(p.lines, line{text: "> " + escape(q.Shown()) + "\n— **" + escape(speaker) + "**, " + sourceText(q.Source), counts: true})
		}
		p.sources = append(p.sources, s.Sources...)
	}
	for _, p := range parts {
		for _, l := range p.lines {
			if l.counts {
				m.Total++
			}
		}
	}
	// Room for the footer and the "showing N of M" note in the total.
	footer := r.Footer
	reserve := runes(footer) + 200 + runes(r.Hint)
	total := 0
	full := false
	for _, p := range parts {
		if full || len(m.Embeds) == MaxEmbeds {
			full = true
			break
		}
		e := &discordgo.MessageEmbed{Title: cut(p.title, MaxEmbedTitle)}
		if total+runes(e.Title)+reserve > MaxEmbedTotal {
			full = true
			break
		}
		total += runes(e.Title)
		var desc strings.Builder
		for _, l := range p.lines {
			text := cut(l.text, MaxEmbedDescription)
			sep := 0
			if desc.Len() > 0 {
				sep = 2
			}
			if runes(desc.String())+sep+runes(text) > MaxEmbedDescription || total+sep+runes(text)+reserve > MaxEmbedTotal {
				full = true
				break
			}
			if sep > 0 {
				desc.WriteString("\n\n")
			}
			desc.WriteString(text)
			total += sep + runes(text)
			if l.counts {
				m.Shown++
			}
		}
		e.Description = desc.String()
		if len(p.sources) > 0 && !full {
			var vals []string
			for _, s := range p.sources {
				vals = append(vals, sourceText(s))
			}
			v := cut(strings.Join(vals, "\n"), MaxFieldValue)
			if total+len("Sources")+runes(v)+reserve <= MaxEmbedTotal {
				e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "Sources", Value: v})
				total += len("Sources") + runes(v)
			}
		}
		if e.Title == "" && e.Description == "" && len(e.Fields) == 0 {
			continue
		}
		m.Embeds = append(m.Embeds, e)
	}
	if m.Truncated() {
		note := fmt.Sprintf("Showing %d of %d.", m.Shown, m.Total)
		if r.Hint != "" {
			note += " " + r.Hint + "."
		}
		footer = strings.TrimSpace(footer + " · " + note)
		footer = strings.TrimPrefix(footer, "· ")
	}
	if footer != "" && len(m.Embeds) > 0 {
		m.Embeds[len(m.Embeds)-1].Footer = &discordgo.MessageEmbedFooter{Text: cut(footer, MaxFooterText)}
	}
	return m
}

// Choices turns names into autocomplete choices within Discord's limits.
func Choices(names []string) []*discordgo.ApplicationCommandOptionChoice {
	var out []*discordgo.ApplicationCommandOptionChoice
	for _, n := range names {
		if len(out) == MaxChoices {
			break
		}
		v := cut(n, MaxChoiceLength)
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: v})
	}
	return out
}
