// Package ingest follows news feeds: it reads RSS, Atom and JSON Feed
// documents, fetches each new entry's page, extracts its article and keeps
// it in the article store. It is a polite client: conditional requests for
// feeds, a few requests at once per host, Retry-After honoured, pages
// already stored never fetched again.
package ingest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/briefbot/briefbot/store"
	"github.com/briefbot/briefbot/webpage"
)

const (
	// UserAgent names briefbot to the feeds and sites it reads.
	UserAgent = webpage.UserAgent
	// FeedTimeout bounds one feed request.
	FeedTimeout = 30 * time.Second
	// pageWorkers is how many pages download at once, over all hosts.
	pageWorkers = 8
)

// Store is what ingestion needs of the article store.
type Store interface {
	Stored(urls []string) (map[string]bool, error)
	Put(a store.Article) (bool, error)
	Refuse(urls []string, now time.Time) error
	Expire(now time.Time, keep time.Duration) (int, error)
	Feed(url string) (store.FeedState, error)
	SetFeed(url string, st store.FeedState) error
}

var _ Store = (*store.Store)(nil)

// Ingester reads feeds into a store.
type Ingester struct {
	client *http.Client
	store  Store
	log    *slog.Logger
	// Now is the clock; Progress, when set, hears of each page fetched.
	Now      func() time.Time
	Progress func(feed string, done, total int)
	// Keep is how long an article stays in the store, counted from its
	// publication date, else from when it was stored (see store.Old):
	// entries and pages older are not stored, and a run ends by removing
	// the articles that have grown older. Zero keeps every article.
	Keep time.Duration
	// fetchPage is webpage.Fetch; tests may count calls through client.
	fetchPage func(ctx context.Context, client *http.Client, url string) (webpage.Page, error)
}

// New returns an ingester that fetches with client (http.DefaultClient
// when nil), keeping to MaxPerHost requests at once per host.
func New(client *http.Client, st Store, log *slog.Logger) *Ingester {
	if client == nil {
		client = http.DefaultClient
	}
	c := *client
	c.Transport = newPoliteTransport(client.Transport)
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Ingester{client: &c, store: st, log: log, Now: time.Now, fetchPage: webpage.Fetch}
}

// FeedReport is what one feed gave.
type FeedReport struct {
	URL   string `json:"url"`
	Title string `json:"title,omitempty"`
	// Entries is how many entries the feed listed; zero when not modified.
	Entries int `json:"entries"`
	Added   int `json:"added"`
	Skipped int `json:"skipped"`
	// Old counts the entries older than the Ingester keeps, not stored.
	Old         int    `json:"old"`
	Failed      int    `json:"failed"`
	NotModified bool   `json:"not_modified,omitempty"`
	Error       string `json:"error,omitempty"`
}

// Failure is an address that could not be read, and why.
type Failure struct {
	URL   string `json:"url"`
	Error string `json:"error"`
}

// Report is what one run did.
type Report struct {
	Feeds   []FeedReport `json:"feeds"`
	Added   int          `json:"added"`
	Skipped int          `json:"skipped"`
	Old     int          `json:"old"`
	// Expired counts the stored articles removed as too old.
	Expired int       `json:"expired"`
	Failed  []Failure `json:"failed"`
}

// FeedsRead counts the feeds that answered, changed or not.
func (r Report) FeedsRead() int {
	n := 0
	for _, f := range r.Feeds {
		if f.Error == "" {
			n++
		}
	}
	return n
}

// Run reads every feed, one after another, and stores the articles of the
// entries not stored yet; with Keep set, it then removes the stored
// articles grown older than that. A feed or page that fails is reported
// and skipped; nothing else is lost. It returns early only when ctx ends.
func (in *Ingester) Run(ctx context.Context, feeds []string) (Report, error) {
	rep := Report{Feeds: []FeedReport{}, Failed: []Failure{}}
	seen := map[string]bool{} // entries of this run, across feeds
	for _, f := range feeds {
		if err := ctx.Err(); err != nil {
			return rep, err
		}
		fr, fails := in.runFeed(ctx, f, seen)
		rep.Feeds = append(rep.Feeds, fr)
		rep.Added += fr.Added
		rep.Skipped += fr.Skipped
		rep.Old += fr.Old
		rep.Failed = append(rep.Failed, fails...)
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	if in.Keep > 0 {
		n, err := in.store.Expire(in.Now(), in.Keep)
		if err != nil {
			// The new articles are stored: the old only stay until the
			// next run.
			in.log.Warn("old articles not removed", "err", err)
		}
		rep.Expired = n
		if n > 0 {
			in.log.Info("old articles removed", "removed", n, "keep", in.Keep)
		}
	}
	return rep, nil
}

// old reports whether an entry or page dated published (YYYY-MM-DD, or
// empty) and read now is older than the Ingester keeps.
func (in *Ingester) old(published string, now time.Time) bool {
	return in.Keep > 0 && published != "" && store.Old(published, now, now.Add(-in.Keep))
}

// job is one page to fetch.
type job struct {
	key string
	entry
}

func (in *Ingester) runFeed(ctx context.Context, feedURL string, seen map[string]bool) (FeedReport, []Failure) {
	fr := FeedReport{URL: feedURL}
	log := in.log.With("feed", feedURL)
	fail := func(err error) (FeedReport, []Failure) {
		fr.Error = err.Error()
		log.Warn("feed not read", "err", err)
		return fr, []Failure{{URL: feedURL, Error: err.Error()}}
	}
	if err := checkWebURL(feedURL); err != nil {
		return fail(err)
	}
	st, err := in.store.Feed(feedURL)
	if err != nil {
		return fail(err)
	}
	data, final, validators, notModified, err := fetchFeed(ctx, in.client, feedURL, feedValidators{st.ETag, st.LastModified})
	if err != nil {
		return fail(err)
	}
	if notModified {
		fr.NotModified = true
		st.Checked = in.Now()
		if err := in.store.SetFeed(feedURL, st); err != nil {
			log.Warn("feed state not saved", "err", err)
		}
		return fr, nil
	}
	doc, err := parseFeed(data, final, in.Now())
	if err != nil {
		return fail(err)
	}
	fr.Title, fr.Entries = doc.title, len(doc.entries)+len(doc.bad)
	var failures []Failure
	for _, b := range doc.bad {
		failures = append(failures, Failure{URL: feedURL, Error: b})
	}
	var jobs []job
	var keys []string
	for _, e := range doc.entries {
		k := Canonical(e.link)
		if seen[k] {
			fr.Skipped++
			continue
		}
		seen[k] = true
		jobs = append(jobs, job{key: k, entry: e})
		keys = append(keys, k)
	}
	stored, err := in.store.Stored(keys)
	if err != nil {
		return fail(err)
	}
	var todo []job
	now := in.Now()
	for _, j := range jobs {
		switch {
		case stored[j.key]:
			fr.Skipped++
		case in.old(j.date, now):
			// The feed dates it before the window: not even fetched.
			fr.Old++
		default:
			todo = append(todo, j)
		}
	}
	progress := func(done int) {
		if in.Progress != nil && len(todo) > 0 {
			in.Progress(feedURL, done, len(todo))
		}
	}
	progress(0)
	done := 0
	for res := range in.fetchAll(ctx, todo) {
		done++
		progress(done)
		if res.err != nil {
			failures = append(failures, Failure{URL: res.link, Error: res.err.Error()})
			log.Warn("page not read", "url", res.link, "err", res.err)
			continue
		}
		a := in.article(feedURL, doc.title, res)
		if in.old(a.Published, now) {
			// The page dates itself before the window: remembered as
			// expired, so that it is not fetched at every read.
			fr.Old++
			if err := in.store.Refuse([]string{a.URL, a.Canonical}, now); err != nil {
				log.Warn("old page not remembered", "url", res.link, "err", err)
			}
			continue
		}
		added, err := in.store.Put(a)
		switch {
		case err != nil:
			failures = append(failures, Failure{URL: res.link, Error: err.Error()})
		case added:
			fr.Added++
		default:
			// Its canonical link names a page stored already.
			fr.Skipped++
		}
	}
	fr.Failed = len(failures)
	// The validators are kept only when every entry was read: a 304 next
	// time would otherwise hide the entries that failed.
	if len(failures) == 0 && ctx.Err() == nil {
		st = store.FeedState{ETag: validators.etag, LastModified: validators.lastModified, Checked: in.Now()}
		if err := in.store.SetFeed(feedURL, st); err != nil {
			log.Warn("feed state not saved", "err", err)
		}
	}
	log.Info("feed read", "entries", fr.Entries, "added", fr.Added, "skipped", fr.Skipped, "old", fr.Old, "failed", fr.Failed)
	return fr, failures
}

// result is one fetched page, or why it could not be.
type result struct {
	job
	page webpage.Page
	err  error
}

// fetchAll fetches the pages with a few workers and yields them as they
// arrive.
func (in *Ingester) fetchAll(ctx context.Context, jobs []job) <-chan result {
	out := make(chan result)
	queue := make(chan job)
	var wg sync.WaitGroup
	for range min(pageWorkers, len(jobs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range queue {
				p, err := in.fetchPage(ctx, in.client, j.link)
				if err == nil && p.Canonical != "" {
					// The page names another address as its own: stored
					// under it already, it is not stored twice.
					p.Canonical = Canonical(p.Canonical)
				}
				out <- result{job: j, page: p, err: err}
			}
		}()
	}
	go func() {
		defer close(queue)
		for _, j := range jobs {
			select {
			case queue <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// article is the stored form of a fetched page.
func (in *Ingester) article(feedURL, feedTitle string, r result) store.Article {
	p := r.page
	a := store.Article{
		URL: r.key, Feed: feedURL,
		// Both sides are trimmed already: the page's by webpage, the
		// entry's by parseFeed.
		Title:   valid(cmp.Or(p.Title, r.title)),
		Site:    valid(cmp.Or(p.Site, feedTitle)),
		Authors: p.Authors,
		// Undated pages stay undated unless the feed dates the entry.
		Published: cmp.Or(p.Published, r.date),
		Text:      valid(p.Text),
		Added:     in.Now().UTC(),
	}
	if p.Canonical != "" && p.Canonical != r.key {
		a.Canonical = p.Canonical
	}
	if len(a.Authors) == 0 {
		a.Authors = r.authors
	}
	return a
}

func valid(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }

// checkWebURL checks that s is a web address.
func checkWebURL(s string) error {
	if !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
		return fmt.Errorf("not a web address: %q", s)
	}
	return nil
}

// ErrNoFeeds is returned when no feed is configured or given.
var ErrNoFeeds = errors.New("no feeds: give FEED_URL arguments or set feeds (BRIEFBOT_FEEDS)")
