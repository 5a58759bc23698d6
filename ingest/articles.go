package ingest

import (
	"crypto/sha256"
	"encoding/hex"
	"log/slog"
	"net/url"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/briefing/parallel"
	"github.com/briefbot/briefbot/store"
)

// Articles turns stored articles into the core's: the body cleaned like a
// file's, with the page's title, site, authors, date and address. One that
// cannot be read is skipped with a warning naming its address. parse
// cleans each body: briefing.ParseBody when nil, or a briefing.Read's,
// which cleans only what its Builder has not cleaned before.
func Articles(stored []store.Article, parse func(id, title string, body []byte) (briefing.Article, error), log *slog.Logger) []briefing.Article {
	if parse == nil {
		parse = briefing.ParseBody
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	// IDs first, in order, as they depend on the articles before; then
	// every article cleaned on every core; then taken in order.
	idOf := make([]string, len(stored))
	ids := map[string]bool{}
	for i, s := range stored {
		id := docID(s.URL)
		if ids[id] {
			sum := sha256.Sum256([]byte(s.URL))
			id += "~" + hex.EncodeToString(sum[:3])
		}
		ids[id] = true
		idOf[i] = id
	}
	parsed := make([]briefing.Article, len(stored))
	errs := make([]error, len(stored))
	parallel.For(len(stored), func(i int) {
		parsed[i], errs[i] = parse(idOf[i], stored[i].Title, []byte(stored[i].Text))
	})
	out := make([]briefing.Article, 0, len(stored))
	for i, s := range stored {
		a, err := parsed[i], errs[i]
		if err != nil {
			log.Warn("skipping stored article", "url", s.URL, "err", err)
			continue
		}
		a.URL = s.URL
		if s.Site != "" {
			a.Outlet = s.Site
		}
		if len(s.Authors) > 0 {
			a.Author = strings.Join(s.Authors, ", ")
		}
		if t, err := time.Parse(time.DateOnly, s.Published); err == nil {
			a.Date, a.DateInferred = briefing.DayDate(t.Year(), t.Month(), t.Day()), false
		}
		out = append(out, a)
	}
	return out
}

// docID names a stored article the way a file is named: its address
// without the scheme, "www." or a final slash.
func docID(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	id := strings.TrimPrefix(u.Host, "www.") + strings.TrimSuffix(u.EscapedPath(), "/")
	if u.RawQuery != "" {
		id += "?" + u.RawQuery
	}
	return id
}
