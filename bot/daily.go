package bot

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sort"
	"time"

	"github.com/briefbot/briefbot/briefing"
)

// Target is one channel of one platform the daily brief goes to.
type Target struct {
	Platform string // "slack" or "discord"
	Channel  string
}

// String names the target for logs and the ledger: "slack:C123".
func (t Target) String() string { return t.Platform + ":" + t.Channel }

// ClaimResult says what a ledger claim found.
type ClaimResult int

// Claim results.
const (
	// Claimed: the caller now owns today's post to the target.
	Claimed ClaimResult = iota
	// AlreadyPosted: today's post was made.
	AlreadyPosted
	// InProgress: another run claimed it moments ago and is posting.
	InProgress
)

// Ledger records, per target and local day, that the daily brief was
// posted. Its claims make posting exactly once across runs and processes.
type Ledger interface {
	// Claim marks today's post to a target as under way unless it was
	// made (or is being made) already; force claims regardless.
	Claim(t Target, day string, now time.Time, force bool) (ClaimResult, error)
	// Posted records a post the platform accepted and the articles it
	// covered.
	Posted(t Target, day, messageID string, articles []string, now time.Time) error
	// Failed releases a claim after a failed post, so a later run retries.
	Failed(t Target, day string, cause error, now time.Time) error
	// LastArticles returns the articles of the last post to a target.
	LastArticles(t Target) ([]string, error)
	// PostedOn reports whether the post of a day to a target was made.
	PostedOn(t Target, day string) (bool, error)
}

// Daily posts the daily briefing to its targets.
type Daily struct {
	Briefer Briefer
	// Posters by platform name.
	Posters  map[string]Poster
	Targets  []Target
	Ledger   Ledger
	Location *time.Location
	// SkipEmpty skips a target when no article is new since its last post;
	// otherwise a one-line "no new articles" is posted.
	SkipEmpty bool
	// PostTimeout bounds one target's post, retries included.
	PostTimeout time.Duration
	Log         *slog.Logger
	Now         func() time.Time
}

// Outcome is what happened to one target.
type Outcome struct {
	Target    Target
	Status    string // posted, already posted, in progress, nothing new, would post, failed
	MessageID string
	Err       error
}

// RunOptions change one run.
type RunOptions struct {
	// DryRun prints what would be posted, and where, and posts nothing.
	DryRun bool
	// Force posts again even where today's post was made.
	Force bool
	// Out receives the dry run's text.
	Out io.Writer
}

// DayKey is the local day a time falls on in loc: "2026-03-29".
func DayKey(t time.Time, loc *time.Location) string { return t.In(loc).Format("2006-01-02") }

// articleKeys names the articles of a briefing with their content, so that
// an edited article counts as new.
func articleKeys(br briefing.Brief) []string {
	var out []string
	for _, a := range br.Articles {
		out = append(out, a.Doc+"@"+a.Hash)
	}
	sort.Strings(out)
	return out
}

// Run posts today's brief to every target that has not had it, one target
// at a time; one failing target never stops or re-posts another. It returns
// an error when any target failed, after trying all.
func (d *Daily) Run(ctx context.Context, o RunOptions) ([]Outcome, error) {
	now := d.now()
	day := DayKey(now, d.loc())
	br, _ := d.Briefer.Brief("")
	keys := articleKeys(br)
	var outcomes []Outcome
	var errs []error
	for _, t := range d.Targets {
		out := d.runTarget(ctx, t, day, now, br, keys, o)
		if out.Err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", t, out.Err))
		}
		outcomes = append(outcomes, out)
	}
	return outcomes, errors.Join(errs...)
}

func (d *Daily) runTarget(ctx context.Context, t Target, day string, now time.Time, br briefing.Brief, keys []string, o RunOptions) Outcome {
	log := d.log().With("target", t.String(), "day", day)
	poster, ok := d.Posters[t.Platform]
	if !ok {
		return Outcome{Target: t, Status: "failed", Err: fmt.Errorf("%w: no poster for platform %q", ErrPermanent, t.Platform)}
	}
	if !o.Force {
		done, err := d.Ledger.PostedOn(t, day)
		if err != nil {
			return Outcome{Target: t, Status: "failed", Err: fmt.Errorf("read ledger: %w", err)}
		}
		if done {
			log.Info("daily post already made today")
			return Outcome{Target: t, Status: "already posted"}
		}
	}
	last, err := d.Ledger.LastArticles(t)
	if err != nil {
		return Outcome{Target: t, Status: "failed", Err: fmt.Errorf("read ledger: %w", err)}
	}
	reply, fresh := d.Reply(br, last, now)
	if fresh == 0 && d.SkipEmpty && len(last) > 0 && !o.Force {
		log.Info("daily post skipped: nothing new")
		return Outcome{Target: t, Status: "nothing new"}
	}
	if o.DryRun {
		if o.Out != nil {
			fmt.Fprintf(o.Out, "Would post to %s (%s):\n\n%s\n", t, day, RenderText(reply, 80))
		}
		return Outcome{Target: t, Status: "would post"}
	}
	claim, err := d.Ledger.Claim(t, day, now, o.Force)
	if err != nil {
		return Outcome{Target: t, Status: "failed", Err: fmt.Errorf("claim in ledger: %w", err)}
	}
	switch claim {
	case AlreadyPosted:
		log.Info("daily post already made today")
		return Outcome{Target: t, Status: "already posted"}
	case InProgress:
		log.Info("daily post under way in another run")
		return Outcome{Target: t, Status: "in progress"}
	}
	pctx, cancel := context.WithTimeout(ctx, d.postTimeout())
	id, err := poster.Post(pctx, t.Channel, reply)
	cancel()
	if err != nil {
		log.Error("daily post failed", "err", err, "permanent", errors.Is(err, ErrPermanent))
		if ferr := d.Ledger.Failed(t, day, err, d.now()); ferr != nil {
			log.Error("ledger write failed", "err", ferr)
		}
		return Outcome{Target: t, Status: "failed", Err: err}
	}
	// The window for a double post is here: the platform has the message,
	// the ledger does not yet. It is one small transaction long.
	if err := d.Ledger.Posted(t, day, id, keys, d.now()); err != nil {
		log.Error("ledger write after post failed", "message_id", id, "err", err)
		return Outcome{Target: t, Status: "posted", MessageID: id, Err: fmt.Errorf("posted as %s but not recorded: %w", id, err)}
	}
	log.Info("daily post made", "message_id", id, "new_articles", len(keys)-len(last))
	return Outcome{Target: t, Status: "posted", MessageID: id}
}

// Reply writes the daily post: the first covers the whole brief, a later
// one the stories with articles that arrived since the last post (stories
// with nothing new are left to /brief). It reports how many articles are
// new.
func (d *Daily) Reply(br briefing.Brief, last []string, now time.Time) (Reply, int) {
	seen := map[string]bool{}
	for _, k := range last {
		seen[k] = true
	}
	fresh := map[string]bool{}
	for _, a := range br.Articles {
		if !seen[a.Doc+"@"+a.Hash] {
			fresh[a.Doc] = true
		}
	}
	title := "Daily briefing, " + now.In(d.loc()).Format("Mon 2 Jan 2006")
	if len(fresh) == 0 && len(last) > 0 {
		return Reply{Kind: Answer, Title: title, Text: "No new articles since the last briefing."}, 0
	}
	stories := append([]briefing.Story(nil), br.Stories...)
	isNew := func(st briefing.Story) bool {
		for _, s := range st.Sources {
			if fresh[s.Doc] {
				return true
			}
		}
		return false
	}
	earlier := 0
	if len(last) > 0 {
		stories = slices.DeleteFunc(stories, func(st briefing.Story) bool {
			if !isNew(st) {
				earlier++
				return true
			}
			return false
		})
	}
	br.Stories = stories
	r := briefReply(br, title, "")
	switch {
	case len(last) == 0:
		r.Text = fmt.Sprintf("The briefing of %s.", plural(len(br.Articles), "article", "articles"))
	default:
		r.Text = plural(len(fresh), "article", "articles") + " new since the last briefing."
		if earlier > 0 {
			verb := "are"
			if earlier == 1 {
				verb = "is"
			}
			r.Text += fmt.Sprintf(" %s with nothing new %s left out; /brief shows everything.", plural(earlier, "story", "stories"), verb)
		}
	}
	return r, len(fresh)
}

func (d *Daily) now() time.Time {
	if d.Now != nil {
		return d.Now()
	}
	return time.Now()
}

func (d *Daily) loc() *time.Location {
	if d.Location != nil {
		return d.Location
	}
	return time.UTC
}

func (d *Daily) log() *slog.Logger {
	if d.Log != nil {
		return d.Log
	}
	return slog.New(slog.DiscardHandler)
}

func (d *Daily) postTimeout() time.Duration {
	if d.PostTimeout > 0 {
		return d.PostTimeout
	}
	return 10 * time.Minute
}
