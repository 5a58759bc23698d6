package bot

import "strings"

// Kind says what a reply is, so that a platform can show errors and usage
// to the asker alone and answers to everyone.
type Kind int

// Kinds of reply.
const (
	// Answer is a result for everyone in the channel.
	Answer Kind = iota
	// Usage explains how to call a command.
	Usage
	// NotFound says nothing matched, with suggestions.
	NotFound
	// DidYouMean lists the people a name could mean.
	DidYouMean
	// Failure reports an error of the bot itself.
	Failure
)

// String names the kind.
func (k Kind) String() string {
	switch k {
	case Usage:
		return "usage"
	case NotFound:
		return "not_found"
	case DidYouMean:
		return "did_you_mean"
	case Failure:
		return "error"
	}
	return "answer"
}

// Private reports whether the reply is for the asker only: usage, errors,
// "did you mean" and "nobody found" are not for the channel.
func (k Kind) Private() bool { return k != Answer }

// Reply is a platform-neutral answer: Slack renders it as Block Kit, Discord
// as embeds, the terminal as text.
type Reply struct {
	Kind  Kind   `json:"kind"`
	Title string `json:"title"`
	// Text is the lead paragraph.
	Text     string    `json:"text,omitempty"`
	Sections []Section `json:"sections,omitempty"`
	// Hint says how to narrow an answer, shown when a renderer must cut it.
	Hint string `json:"hint,omitempty"`
	// Footer closes the reply (counts, sources).
	Footer string `json:"footer,omitempty"`
}

// Section is one part of a reply: a story, a person's quotes, a run of
// timeline events.
type Section struct {
	Heading string   `json:"heading,omitempty"`
	Text    string   `json:"text,omitempty"`
	Items   []Item   `json:"items,omitempty"`
	Quotes  []Quote  `json:"quotes,omitempty"`
	Sources []Source `json:"sources,omitempty"`
}

// Item is one line of a list: a dated event, a name.
type Item struct {
	// Label leads the line: a date, a name.
	Label   string   `json:"label,omitempty"`
	Text    string   `json:"text"`
	Sources []Source `json:"sources,omitempty"`
}

// Quote is a quotation with its speaker and where it was printed.
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
	Source  Source `json:"source"`
	// Context is the sentence a short partial quotation stands in: a few
	// quoted words mean little alone.
	Context string `json:"context,omitempty"`
	// ReadFrom says where in the article the speaker was read, for a reader
	// who wants to check: "'he' in paragraph 4".
	ReadFrom string `json:"read_from,omitempty"`
}

// Shown is what a reader sees of the quotation: the quoted words in
// quotation marks, or the sentence a short fragment stands in.
func (q Quote) Shown() string {
	if q.Context != "" {
		return q.Context
	}
	return "“" + q.Text + "”"
}

// Source is an article an answer draws on.
type Source struct {
	Doc   string `json:"doc"`
	Title string `json:"title"`
	// URL links the title to the article, empty for a file.
	URL    string `json:"url,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	// Date is human-readable ("8 Nov 2017"), empty when undated.
	Date string `json:"date,omitempty"`
	// AlsoIn names the other outlets that carried the same wire story.
	AlsoIn []string `json:"also_in,omitempty"`
}

// AlsoInNote is the note of the other outlets that carried the story, "
// (also in X, Y)", empty when none did.
func (s Source) AlsoInNote() string {
	if len(s.AlsoIn) == 0 {
		return ""
	}
	return " (also in " + strings.Join(s.AlsoIn, ", ") + ")"
}

// Label is how a source is cited in one line: title, outlet, date.
func (s Source) Label() string {
	out := s.Title
	if out == "" {
		out = s.Doc
	}
	if s.Outlet != "" {
		out += " — " + s.Outlet
	}
	if s.Date != "" {
		out += ", " + s.Date
	}
	return out + s.AlsoInNote()
}
