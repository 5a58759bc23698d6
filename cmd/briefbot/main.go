// Command briefbot is the chat-bot briefing assistant: from the command line
// it answers the same commands the bot answers in Slack and Discord.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/seeds"
	"github.com/briefbot/briefbot/webpage"
)

// defaultMemoryLimit is the soft heap limit when GOMEMLIMIT is not set: the
// garbage collector works harder near it instead of letting garbage double
// the heap, which keeps a briefing of 20,000 articles near 800 MiB instead
// of 900 (about 3% more time).
const defaultMemoryLimit = 768 << 20

// defaultGCPercent lets the heap grow to three times what is live before a
// collection, when GOGC is not set: building a briefing makes much
// short-lived garbage, and the memory limit above still bounds the heap.
// On the 2,095 BBC articles it saves about 4% of the CPU, not of the wall
// time, for a fifth more memory (150 MB instead of 125); it saved an
// eighth of the time before the allocations were cut by a third.
const defaultGCPercent = 200

func main() {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(defaultMemoryLimit)
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(defaultGCPercent)
	}
	// Signals are handled here only: everything below takes a context.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	m := NewMain()
	code := m.Run(ctx, os.Args[1:])
	if err := m.Close(); err != nil {
		fmt.Fprintln(m.Stderr, "briefbot:", err)
	}
	os.Exit(code)
}

// Main is the program, separate from os so that tests run it whole.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
	// Log is built by Run from the configuration unless set.
	Log *slog.Logger

	closers []func() error
	// OnListen, when set, learns the address serve listens on (tests).
	OnListen func(addr string)
	// HTTPClient, when set, is used for outgoing platform calls (tests).
	HTTPClient *http.Client
}

// NewMain returns a Main wired to the process.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

// Close releases what Run opened.
func (m *Main) Close() error {
	var errs []error
	for i := len(m.closers) - 1; i >= 0; i-- {
		errs = append(errs, m.closers[i]())
	}
	m.closers = nil
	return errors.Join(errs...)
}

// usageError is a mistake in the command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// exitError carries an exit status with a message already printed.
type exitError struct{ code int }

func (e exitError) Error() string { return "exit " + strconv.Itoa(e.code) }

// subcommand is one entry of the CLI's table.
type subcommand struct {
	name    string
	args    string
	summary string
	run     func(m *Main, ctx context.Context, o *options, args []string) error
	// flags adds the subcommand's own flags.
	flags func(fs *flag.FlagSet, o *options)
}

var subcommands = []subcommand{
	{name: "brief", args: "[TOPIC]", summary: "the cross-article briefing, narrowed to a person or word", run: (*Main).runBrief},
	{name: "quotes", summary: "every quote found, with its speaker", run: (*Main).runQuotes},
	{name: "who-said", args: "NAME", summary: "the quotes of the person NAME designates", run: (*Main).runWhoSaid},
	{name: "timeline", args: "[TOPIC]", summary: "the key dated events, oldest first (--all: every one)", run: (*Main).runTimeline, flags: func(fs *flag.FlagSet, o *options) {
		fs.BoolVar(&o.all, "all", false, "every event, not only the key ones")
	}},
	{name: "names", summary: "the people found, with their aliases", run: (*Main).runNames},
	{name: "ingest", args: "[FEED_URL...]", summary: "store the new articles of the feeds given or configured (BRIEFBOT_FEEDS)", run: (*Main).runIngest},
	{name: "read", args: "URL|FILE", summary: "the article of one web page: title, site, authors, date, body", run: (*Main).runRead},
	{name: "serve", summary: "serve Slack and Discord (and the daily post) until SIGINT/SIGTERM", run: (*Main).runServe, flags: func(fs *flag.FlagSet, o *options) {
		fs.StringVar(&o.addr, "addr", "", "listen address (BRIEFBOT_ADDR, default :8080)")
	}},
	{name: "post", summary: "post the daily briefing now to the configured channels", run: (*Main).runPost, flags: func(fs *flag.FlagSet, o *options) {
		fs.BoolVar(&o.dryRun, "dry-run", false, "print what would be posted and where; post nothing")
		fs.BoolVar(&o.force, "force", false, "post again where today's post was made")
	}},
	{name: "discord", args: "register", summary: "register the Discord slash commands", run: (*Main).runDiscord},
	{name: "help", summary: "this help"},
}

// options are the flags every subcommand takes, and those of some.
type options struct {
	seeds      string
	json       bool
	configFile string
	width      int
	verbose    bool
	addr       string
	dryRun     bool
	force      bool
	all        bool
}

func (m *Main) usage(w io.Writer) {
	fmt.Fprintln(w, "briefbot: a briefing of news articles, from the command line or in Slack and Discord.")
	fmt.Fprintln(w, "\nUsage: briefbot <command> [flags] [args]")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range subcommands {
		fmt.Fprintf(w, "  %-22s %s\n", strings.TrimSpace(c.name+" "+c.args), c.summary)
	}
	fmt.Fprintln(w, "\nFlags (each command):")
	fmt.Fprintln(w, "  --seeds DIR     folder of articles (*.txt, saved *.html pages) instead of the stored or shipped ones (BRIEFBOT_SEEDS)")
	fmt.Fprintln(w, "  --json          print JSON instead of text")
	fmt.Fprintln(w, "  --config FILE   TOML configuration file")
	fmt.Fprintln(w, "  --width N       wrap text at N columns (default 80)")
	fmt.Fprintln(w, "  --verbose       say where each quote's speaker was read from")
	fmt.Fprintln(w, "  --addr ADDR     (serve) listen address")
	fmt.Fprintln(w, "  --dry-run       (post) print what would be posted and where")
	fmt.Fprintln(w, "  --force         (post) post again where today's post was made")
	fmt.Fprintln(w, "  --all           (timeline) every event, not only the key ones")
	fmt.Fprintln(w, "\nEnvironment: see README.md for every BRIEFBOT_* setting.")
}

// Run runs the command line and returns the exit status.
func (m *Main) Run(ctx context.Context, args []string) int {
	err := m.run(ctx, args)
	var ue usageError
	var ee exitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ue):
		fmt.Fprintln(m.Stderr, "briefbot:", ue.msg)
		m.usage(m.Stderr)
		return 2
	case errors.As(err, &ee):
		return ee.code
	case errors.Is(err, flag.ErrHelp):
		return 0
	}
	fmt.Fprintln(m.Stderr, "briefbot:", err)
	return 1
}

func (m *Main) run(ctx context.Context, args []string) error {
	if len(args) == 0 {
		return usageError{"no command given"}
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		m.usage(m.Stdout)
		return nil
	}
	var cmd *subcommand
	for i := range subcommands {
		if subcommands[i].name == name {
			cmd = &subcommands[i]
		}
	}
	if cmd == nil || cmd.run == nil {
		return usageError{fmt.Sprintf("unknown command %q", name)}
	}
	o, rest, err := m.parseFlags(cmd, args[1:])
	if err != nil {
		return err
	}
	return cmd.run(m, ctx, o, rest)
}

// parseFlags reads the flags wherever they stand among the arguments, so
// that "who-said peskov --json" works as well as "who-said --json peskov".
func (m *Main) parseFlags(cmd *subcommand, args []string) (*options, []string, error) {
	o := &options{width: 80}
	fset := flag.NewFlagSet(cmd.name, flag.ContinueOnError)
	fset.SetOutput(io.Discard)
	fset.StringVar(&o.seeds, "seeds", "", "folder of articles (*.txt, saved *.html pages)")
	fset.BoolVar(&o.json, "json", false, "print JSON")
	fset.StringVar(&o.configFile, "config", "", "TOML configuration file")
	fset.IntVar(&o.width, "width", 80, "wrap text at N columns")
	fset.BoolVar(&o.verbose, "verbose", false, "say where each quote's speaker was read from")
	if cmd.flags != nil {
		cmd.flags(fset, o)
	}
	var rest []string
	for {
		if err := fset.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintf(m.Stdout, "Usage: briefbot %s [--seeds DIR] [--json] [--config FILE] %s\n\n%s.\n", cmd.name, cmd.args, cmd.summary)
				return nil, nil, flag.ErrHelp
			}
			return nil, nil, usageError{fmt.Sprintf("%s: %v", cmd.name, err)}
		}
		args = fset.Args()
		if len(args) == 0 {
			break
		}
		rest = append(rest, args[0])
		args = args[1:]
	}
	return o, rest, nil
}

// config reads the configuration: file, environment, then flags.
func (m *Main) config(o *options) (config.Config, error) {
	flags := map[string]string{}
	if o.seeds != "" {
		flags["seeds"] = o.seeds
	}
	if o.addr != "" {
		flags["addr"] = o.addr
	}
	cfg, err := config.Load(config.Sources{File: o.configFile, Getenv: m.Getenv, Flags: flags})
	if err != nil {
		return cfg, fmt.Errorf("configuration: %w", err)
	}
	if m.Log == nil {
		m.Log = slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	}
	return cfg, nil
}

// articlesFS returns the folder of articles the configuration names, or
// the shipped ones.
func articlesFS(cfg config.Config) (fs.FS, string) {
	if cfg.Seeds != "" {
		return os.DirFS(cfg.Seeds), cfg.Seeds
	}
	return seeds.FS, "the shipped articles"
}

// loadBriefing reads the articles into a briefing: the folder --seeds
// names, else the article store when it holds any, else the shipped ones.
// With a builder, what it cleaned and read from each unchanged article
// before is reused.
func (m *Main) loadBriefing(cfg config.Config, bl *briefing.Builder) (*briefing.Briefing, error) {
	build, load := briefing.New, briefing.LoadFolder
	if bl != nil {
		build, load = bl.Build, bl.LoadFolder
	}
	if cfg.Seeds == "" {
		arts, err := m.storedArticles(cfg, bl)
		if err != nil {
			return nil, err
		}
		if len(arts) > 0 {
			return build(arts), nil
		}
	}
	fsys, where := articlesFS(cfg)
	arts, err := load(fsys, ".", m.Log, webpage.ReadSaved)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", where, err)
	}
	return build(arts), nil
}

// load reads the configuration and the articles into a briefing.
func (m *Main) load(o *options) (*briefing.Briefing, config.Config, error) {
	cfg, err := m.config(o)
	if err != nil {
		return nil, cfg, err
	}
	b, err := m.loadBriefing(cfg, nil)
	return b, cfg, err
}

func (m *Main) printJSON(v any) error {
	enc := json.NewEncoder(m.Stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

func (m *Main) printReply(o *options, r bot.Reply) error {
	render := bot.RenderText
	if o.verbose {
		render = bot.RenderTextVerbose
	}
	_, err := io.WriteString(m.Stdout, render(r, o.width))
	if err == nil && r.Kind != bot.Answer {
		return exitError{1}
	}
	return err
}

func (m *Main) runBrief(ctx context.Context, o *options, args []string) error {
	b, _, err := m.load(o)
	if err != nil {
		return err
	}
	topic := strings.Join(args, " ")
	if o.json {
		br, t := b.Brief(topic)
		if !t.Found {
			fmt.Fprintf(m.Stderr, "briefbot: nothing about %q in the articles\n", topic)
			_ = m.printJSON(br)
			return exitError{1}
		}
		return m.printJSON(br)
	}
	return m.printReply(o, bot.New(b).Handle(ctx, bot.Request{Command: "brief", Args: topic}))
}

func (m *Main) runQuotes(ctx context.Context, o *options, args []string) error {
	if len(args) > 0 {
		return usageError{"quotes takes no arguments"}
	}
	b, _, err := m.load(o)
	if err != nil {
		return err
	}
	if o.json {
		return m.printJSON(nonNil(b.Quotes()))
	}
	return m.printReply(o, bot.New(b).Handle(ctx, bot.Request{Command: "quotes"}))
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func (m *Main) runWhoSaid(ctx context.Context, o *options, args []string) error {
	name := strings.Join(args, " ")
	if strings.TrimSpace(name) == "" {
		return usageError{"who-said needs a NAME, e.g. briefbot who-said peskov"}
	}
	b, _, err := m.load(o)
	if err != nil {
		return err
	}
	if o.json {
		res, quotes := b.WhoSaid(name)
		if res.Person == nil && len(quotes) > 0 {
			// A name several quoted people share: the quotes of each.
			fmt.Fprintf(m.Stderr, "briefbot: %q could be: %s; the quotes of each follow\n", name, personNames(res.Candidates))
			return m.printJSON(quotes)
		}
		if res.Person == nil {
			msg := fmt.Sprintf("nobody called %q", name)
			if len(res.Candidates) > 0 {
				msg = fmt.Sprintf("%q could be: %s", name, personNames(res.Candidates))
			} else if len(res.Suggestions) > 0 {
				msg += "; closest: " + personNames(res.Suggestions)
			}
			fmt.Fprintln(m.Stderr, "briefbot:", msg)
			_ = m.printJSON([]briefing.Quote{})
			return exitError{1}
		}
		return m.printJSON(nonNil(quotes))
	}
	return m.printReply(o, bot.New(b).Handle(ctx, bot.Request{Command: "who-said", Args: name}))
}

func personNames(ps []briefing.Person) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return strings.Join(out, ", ")
}

func (m *Main) runTimeline(ctx context.Context, o *options, args []string) error {
	b, _, err := m.load(o)
	if err != nil {
		return err
	}
	topic := strings.Join(args, " ")
	if o.json {
		evs, t := b.Timeline(topic)
		if !t.Found {
			fmt.Fprintf(m.Stderr, "briefbot: nothing about %q in the articles\n", topic)
			_ = m.printJSON([]briefing.Event{})
			return exitError{1}
		}
		if !o.all {
			evs = briefing.KeyEvents(evs, briefing.KeyEventCount)
		}
		return m.printJSON(nonNil(evs))
	}
	return m.printReply(o, bot.New(b).Handle(ctx, bot.Request{Command: "timeline", Args: topic, All: o.all}))
}

func (m *Main) runNames(ctx context.Context, o *options, args []string) error {
	if len(args) > 0 {
		return usageError{"names takes no arguments"}
	}
	b, _, err := m.load(o)
	if err != nil {
		return err
	}
	if o.json {
		return m.printJSON(nonNil(b.People()))
	}
	return m.printReply(o, bot.New(b).Handle(ctx, bot.Request{Command: "names"}))
}
