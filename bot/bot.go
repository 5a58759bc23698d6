// Package bot holds briefbot's platform-neutral commands: it parses what a
// chat user types, asks the briefing core through the small Briefer
// interface, and answers with a Reply that each platform renders its own way.
package bot

import (
	"context"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/briefing"
)

// Briefer is what the bot needs of the briefing core.
type Briefer interface {
	Brief(topic string) (briefing.Brief, briefing.Topic)
	WhoSaid(name string) (briefing.Resolution, []briefing.Quote)
	Timeline(topic string) ([]briefing.Event, briefing.Topic)
	Quotes() []briefing.Quote
	People() []briefing.Person
	Suggest(prefix string, n int) []briefing.Person
	Article(id string) (briefing.Article, bool)
}

var _ Briefer = (*briefing.Briefing)(nil)

// Request is a command as a user typed it, already split from its
// platform: the name without a slash and the rest of the line.
type Request struct {
	Command string
	Args    string
	// All asks for every item where a reply shows the key ones (the
	// timeline's events): the command line's --all.
	All bool
}

// Command is one entry of the command table, which also prints the help.
type Command struct {
	Name    string
	Aliases []string
	// Args describes the arguments for the help text.
	Args    string
	Summary string
	// Example is a typical call, without the slash.
	Example string
	run     func(b *Bot, req Request) Reply
}

// Bot answers commands from a briefing.
type Bot struct {
	briefer  Briefer
	commands []Command
}

// New returns a bot answering from briefer.
func New(briefer Briefer) *Bot {
	return &Bot{briefer: briefer, commands: commandTable()}
}

func commandTable() []Command {
	return []Command{
		{Name: "brief", Args: "[topic]", Summary: "The briefing of the articles: stories, key quotes, sources. A person or a word narrows it.", Example: "brief lavrov", run: (*Bot).brief},
		{Name: "who-said", Aliases: []string{"whosaid", "who"}, Args: "<name>", Summary: "Every quote of one person, across all articles. Spelling is forgiven.", Example: "who-said peskov", run: (*Bot).whoSaid},
		{Name: "timeline", Aliases: []string{"when"}, Args: "[topic]", Summary: "What happened when, oldest first; undated events last.", Example: "timeline putin", run: (*Bot).timeline},
		{Name: "names", Aliases: []string{"people"}, Args: "", Summary: "The people found in the articles, with the names they go by.", Example: "names", run: (*Bot).names},
		{Name: "quotes", Args: "", Summary: "Every quote found, with its speaker.", Example: "quotes", run: (*Bot).quotes},
		{Name: "help", Args: "", Summary: "This list of commands.", Example: "help", run: (*Bot).help},
	}
}

// Commands returns the command table.
func (b *Bot) Commands() []Command { return b.commands }

// Suggest returns up to n names of people for what a user has typed so
// far, best first: the candidates of autocomplete.
func (b *Bot) Suggest(prefix string, n int) []string {
	var out []string
	for _, p := range b.briefer.Suggest(prefix, n) {
		out = append(out, p.Name)
	}
	return out
}

// Lookup finds a command by name or alias.
func (b *Bot) Lookup(name string) (Command, bool) {
	name = strings.ToLower(strings.TrimPrefix(strings.TrimSpace(name), "/"))
	for _, c := range b.commands {
		if c.Name == name {
			return c, true
		}
		for _, a := range c.Aliases {
			if a == name {
				return c, true
			}
		}
	}
	return Command{}, false
}

// umbrella is the one command a workspace may register for everything:
// "/briefbot who-said peskov".
const umbrella = "briefbot"

// Parse splits a line as a chat user types it ("/who-said peskov",
// "who-said Dmitry Peskov", "/briefbot timeline putin") into a Request.
func Parse(line string) Request {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "/")
	name, args, _ := strings.Cut(line, " ")
	name = strings.ToLower(name)
	if name == umbrella {
		line = strings.TrimPrefix(strings.TrimSpace(args), "/")
		name, args, _ = strings.Cut(line, " ")
		name = strings.ToLower(name)
		if name == "" {
			name = "help"
		}
	}
	return Request{Command: name, Args: strings.Join(strings.Fields(args), " ")}
}

// Handle answers a request. It never fails: a bad request gets a usage
// reply.
func (b *Bot) Handle(ctx context.Context, req Request) Reply {
	if err := ctx.Err(); err != nil {
		return Reply{Kind: Failure, Title: "Request cancelled", Text: "The request was cancelled before it could be answered."}
	}
	c, ok := b.Lookup(req.Command)
	if !ok {
		r := b.help(Request{})
		r.Kind = Usage
		r.Title = fmt.Sprintf("Unknown command %q", req.Command)
		return r
	}
	return c.run(b, req)
}

// HandleLine parses and answers a line as a user types it.
func (b *Bot) HandleLine(ctx context.Context, line string) Reply {
	return b.Handle(ctx, Parse(line))
}

func (b *Bot) help(Request) Reply {
	r := Reply{Kind: Answer, Title: "briefbot commands", Text: "Ask about the articles briefbot has read."}
	var items []Item
	for _, c := range b.commands {
		label := "/" + c.Name
		if c.Args != "" {
			label += " " + c.Args
		}
		items = append(items, Item{Label: label, Text: c.Summary + " Example: /" + c.Example})
	}
	r.Sections = []Section{{Items: items}}
	return r
}

func (b *Bot) usage(name string) Reply {
	c, _ := b.Lookup(name)
	return Reply{Kind: Usage, Title: "Usage: /" + c.Name + " " + c.Args, Text: c.Summary + " Example: /" + c.Example}
}
