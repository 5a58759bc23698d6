// Package slack connects briefbot to Slack: slash commands over signed HTTP
// and Socket Mode, answered in Block Kit, and posting to channels. It only
// translates between Slack and the platform-neutral bot package.
package slack

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// Slack's limits for a message, which Slack rejects a message for breaking.
const (
	// MaxBlocks is the most blocks one message may carry.
	MaxBlocks = 50
	// MaxSectionText is the most characters of a section's text.
	MaxSectionText = 3000
	// MaxHeaderText is the most characters of a header's plain text.
	MaxHeaderText = 150
	// MaxContextElements is the most elements of one context block.
	MaxContextElements = 10
	// MaxFallbackText bounds the notification text sent beside the blocks.
	MaxFallbackText = 3000
)

// Message is a rendered reply: Block Kit blocks, the plain text Slack shows
// in notifications, and whether the reply was cut to fit.
type Message struct {
	ResponseType string
	Text         string
	Blocks       []slack.Block
	// Shown and Total count the reply's items (list lines, quotes, story
	// sections) shown and in all; Shown < Total when cut.
	Shown, Total int
}

// Truncated reports whether the reply was cut to fit Slack's limits.
func (m Message) Truncated() bool { return m.Shown < m.Total }

// escape makes text safe for mrkdwn: Slack reads &, < and > as markup.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// cut shortens s to at most n characters at a word boundary.
func cut(s string, n int) string { return bot.Truncate(s, n) }

func mrkdwn(s string) *slack.TextBlockObject {
	return slack.NewTextBlockObject(slack.MarkdownType, s, false, false)
}

func sourceLine(s bot.Source) string {
	line := "_" + escape(s.Title) + "_"
	if s.URL != "" {
		// Slack's link syntax; the URL's own "|" and ">" would end it.
		line = "<" + escape(strings.NewReplacer("|", "%7C").Replace(s.URL)) + "|" + escape(s.Title) + ">"
	}
	if s.Outlet != "" {
		line += " — " + escape(s.Outlet)
	}
	if s.Date != "" {
		line += ", " + escape(s.Date)
	}
	return line + escape(s.AlsoInNote())
}

// unit is one item of a reply to place in blocks: a list line, a quote, a
// heading with its text, a list of sources.
type unit struct {
	blocks []slack.Block
	counts bool // counted in "showing N of M"
}

// Render turns a reply into Block Kit within Slack's limits. A reply too
// long for one message is cut between items, never inside a word, with a
// last line saying how much is shown and how to narrow it.
func Render(r bot.Reply, inChannel bool) Message {
	msg := Message{ResponseType: slack.ResponseTypeEphemeral}
	if inChannel && !r.Kind.Private() {
		msg.ResponseType = slack.ResponseTypeInChannel
	}
	msg.Text = cut(r.Title, MaxFallbackText)
	head := []slack.Block{slack.NewHeaderBlock(slack.NewTextBlockObject(slack.PlainTextType, cut(r.Title, MaxHeaderText), false, false))}
	if r.Text != "" {
		head = append(head, textSections(escape(r.Text))...)
		msg.Text = cut(r.Title+": "+r.Text, MaxFallbackText)
	}
	var units []unit
	for i, s := range r.Sections {
		if i > 0 || r.Text != "" {
			units = append(units, unit{blocks: []slack.Block{slack.NewDividerBlock()}})
		}
		var first []slack.Block
		if s.Heading != "" {
			first = append(first, slack.NewSectionBlock(mrkdwn(cut("*"+escape(s.Heading)+"*", MaxSectionText)), nil, nil))
		}
		if s.Text != "" {
			first = append(first, textSections(escape(s.Text))...)
		}
		if len(first) > 0 {
			units = append(units, unit{blocks: first, counts: s.Heading != "" && len(s.Items) == 0 && len(s.Quotes) == 0})
		}
		for _, it := range s.Items {
			line := escape(it.Text)
			if it.Label != "" {
				line = "*" + escape(it.Label) + "*  " + line
			}
			var srcs []string
			for _, src := range it.Sources {
				srcs = append(srcs, sourceLine(src))
			}
			if len(srcs) > 0 {
				line += "\n" + strings.Join(srcs, "; ")
			}
			units = append(units, unit{blocks: []slack.Block{slack.NewSectionBlock(mrkdwn(cut("• "+line, MaxSectionText)), nil, nil)}, counts: true})
		}
		for _, q := range s.Quotes {
			speaker := q.Speaker
			if speaker == "" {
				speaker = "unattributed"
			}
			text := "> " + escape(q.Shown()) + "\n— *" + escape(speaker) + "*, " + sourceLine(q.Source)
			units = append(units, unit{blocks: []slack.Block{slack.NewSectionBlock(mrkdwn(cut(text, MaxSectionText)), nil, nil)}, counts: true})
		}
		if len(s.Sources) > 0 {
			units = append(units, unit{blocks: []slack.Block{sourcesContext(s.Sources)}})
		}
	}
	var tail []slack.Block
	if r.Footer != "" {
		tail = append(tail, slack.NewContextBlock("", mrkdwn(cut(escape(r.Footer), MaxSectionText))))
	}
	for _, u := range units {
		if u.counts {
			msg.Total++
		}
	}
	// Keep room for the footer and the "showing N of M" line.
	room := MaxBlocks - len(head) - len(tail) - 1
	body := []slack.Block{}
	for _, u := range units {
		if len(body)+len(u.blocks) > room {
			break
		}
		body = append(body, u.blocks...)
		if u.counts {
			msg.Shown++
		}
	}
	// A divider left dangling at the end reads badly.
	for len(body) > 0 {
		if _, ok := body[len(body)-1].(*slack.DividerBlock); !ok {
			break
		}
		body = body[:len(body)-1]
	}
	msg.Blocks = append(append(head, body...), tail...)
	if msg.Truncated() {
		note := fmt.Sprintf("Showing %d of %d.", msg.Shown, msg.Total)
		if r.Hint != "" {
			note += " " + escape(r.Hint) + "."
		}
		msg.Blocks = append(msg.Blocks, slack.NewContextBlock("", mrkdwn(note)))
	}
	return msg
}

// textSections splits a long text into sections of at most MaxSectionText
// characters, between sentences where it can.
func textSections(text string) []slack.Block {
	var out []slack.Block
	for text != "" {
		if utf8.RuneCountInString(text) <= MaxSectionText {
			out = append(out, slack.NewSectionBlock(mrkdwn(text), nil, nil))
			break
		}
		r := []rune(text)
		chunk := string(r[:MaxSectionText])
		i := strings.LastIndex(chunk, ". ")
		if i < MaxSectionText/2 {
			i = strings.LastIndex(chunk, " ")
		}
		if i <= 0 {
			out = append(out, slack.NewSectionBlock(mrkdwn(chunk), nil, nil))
			text = strings.TrimSpace(text[len(chunk):])
			continue
		}
		out = append(out, slack.NewSectionBlock(mrkdwn(strings.TrimSpace(chunk[:i+1])), nil, nil))
		text = strings.TrimSpace(text[i+1:])
	}
	return out
}

func sourcesContext(srcs []bot.Source) slack.Block {
	var els []slack.MixedElement
	for i, s := range srcs {
		if i == MaxContextElements-1 && len(srcs) > MaxContextElements {
			els = append(els, mrkdwn(fmt.Sprintf("and %d more", len(srcs)-i)))
			break
		}
		els = append(els, mrkdwn(cut(sourceLine(s), MaxSectionText)))
	}
	return slack.NewContextBlock("", els...)
}
