package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/ingest"
	"github.com/briefbot/briefbot/store"
)

// stateDir is the configured state folder, else briefbot's folder under
// $XDG_STATE_HOME or ~/.local/state.
func (m *Main) stateDir(cfg config.Config) (string, error) {
	if cfg.StateDir != "" {
		return cfg.StateDir, nil
	}
	if d := m.Getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "briefbot"), nil
	}
	if h := m.Getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "state", "briefbot"), nil
	}
	return "", errors.New("no state folder: set state_dir (BRIEFBOT_STATE_DIR)")
}

// storedArticles returns the articles of the store in the state folder,
// none when there is no store.
func (m *Main) storedArticles(cfg config.Config, bl *briefing.Builder) ([]briefing.Article, error) {
	dir, err := m.stateDir(cfg)
	if err != nil {
		return nil, nil
	}
	st, ok := store.Existing(dir)
	if !ok {
		return nil, nil
	}
	stored, unreadable, err := st.Articles()
	if err != nil {
		return nil, err
	}
	for _, url := range unreadable {
		m.Log.Warn("skipping a stored article that cannot be read", "url", url, "store", st.Path())
	}
	if bl == nil {
		return ingest.Articles(stored, nil, m.Log), nil
	}
	// A poll that adds a few articles cleans only those.
	r := bl.Read()
	defer r.End()
	return ingest.Articles(stored, r.ParseBody, m.Log), nil
}

// runIngest runs "ingest": every feed given, or configured, into the
// article store. It fails only when no feed could be read at all.
func (m *Main) runIngest(ctx context.Context, o *options, args []string) error {
	cfg, err := m.config(o)
	if err != nil {
		return err
	}
	feeds := args
	if len(feeds) == 0 {
		feeds = cfg.Feeds
	}
	if len(feeds) == 0 {
		return usageError{ingest.ErrNoFeeds.Error()}
	}
	dir, err := m.stateDir(cfg)
	if err != nil {
		return err
	}
	st, err := store.Open(dir)
	if err != nil {
		return err
	}
	in := ingest.New(m.HTTPClient, st, m.Log)
	in.Keep = cfg.FeedsKeep
	if !o.json && isTerminal(m.Stderr) {
		in.Progress = func(feed string, done, total int) {
			// One line, rewritten as pages arrive.
			fmt.Fprintf(m.Stderr, "\r  %s: page %d of %d", feed, done, total)
			if done == total {
				fmt.Fprint(m.Stderr, "\r\033[K")
			}
		}
	}
	rep, err := in.Run(ctx, feeds)
	if o.json {
		if perr := m.printJSON(rep); perr != nil {
			return perr
		}
	} else {
		m.printIngest(rep, st.Path())
	}
	if err != nil {
		return err
	}
	if rep.FeedsRead() == 0 {
		if o.json {
			return exitError{1}
		}
		return errors.New("no feed could be read")
	}
	return nil
}

// isTerminal reports whether w is a terminal, where a progress line that
// rewrites itself belongs; in a log file it would be noise.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (m *Main) printIngest(rep ingest.Report, path string) {
	for _, f := range rep.Feeds {
		switch {
		case f.Error != "":
			fmt.Fprintf(m.Stdout, "%s: not read: %s\n", f.URL, f.Error)
		case f.NotModified:
			fmt.Fprintf(m.Stdout, "%s: not modified since the last read\n", f.URL)
		default:
			name := f.URL
			if f.Title != "" {
				name = fmt.Sprintf("%s (%s)", f.URL, f.Title)
			}
			fmt.Fprintf(m.Stdout, "%s: %d entries, %d added, %d already stored, %s%d failed\n", name, f.Entries, f.Added, f.Skipped, tooOld(f.Old), f.Failed)
		}
	}
	for _, f := range rep.Failed {
		fmt.Fprintf(m.Stdout, "  failed %s: %s\n", f.URL, f.Error)
	}
	expired := ""
	if rep.Expired > 0 {
		expired = fmt.Sprintf(", %d removed as older than feeds_keep", rep.Expired)
	}
	fmt.Fprintf(m.Stdout, "Articles: %d added, %d already stored, %s%d failed%s; store %s\n", rep.Added, rep.Skipped, tooOld(rep.Old), len(rep.Failed), expired, path)
}

// tooOld is the count of entries too old to store, for a report line, or
// nothing when there are none.
func tooOld(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d older than feeds_keep, ", n)
}

// pollFeeds reads the feeds now and then every feeds_interval until ctx
// ends. When a read adds articles, or removes those older than
// feeds_keep, the live briefing is rebuilt from the store and swapped in
// without a restart.
func (m *Main) pollFeeds(ctx context.Context, cfg config.Config, live *bot.Live, builder *briefing.Builder) {
	log := m.Log.With("job", "feeds")
	dir, err := m.stateDir(cfg)
	if err != nil {
		log.Error("feeds not followed", "err", err)
		return
	}
	st, err := store.Open(dir)
	if err != nil {
		log.Error("feeds not followed", "err", err)
		return
	}
	if cfg.Seeds != "" {
		log.Warn("feeds are stored but the articles folder is served; unset seeds (BRIEFBOT_SEEDS) to serve them", "seeds", cfg.Seeds)
	}
	in := ingest.New(m.HTTPClient, st, log)
	in.Keep = cfg.FeedsKeep
	tick := time.NewTicker(cfg.FeedsInterval)
	defer tick.Stop()
	for {
		rep, err := in.Run(ctx, cfg.Feeds)
		if ctx.Err() != nil {
			return
		}
		if err != nil || rep.FeedsRead() == 0 {
			log.Error("no feed could be read", "feeds", len(cfg.Feeds), "err", err)
		}
		if (rep.Added > 0 || rep.Expired > 0) && cfg.Seeds == "" {
			if nb, err := m.loadBriefing(cfg, builder); err != nil {
				log.Error("the store changed but was not loaded; still serving the previous articles", "err", err)
			} else {
				live.Store(nb)
				log.Info("the briefing follows the store", "added", rep.Added, "removed", rep.Expired, "articles", len(nb.Articles()))
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}
