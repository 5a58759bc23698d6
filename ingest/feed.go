package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

// MaxFeedBytes bounds the size of a feed document.
const MaxFeedBytes = 10 << 20

// ErrNotFeed is returned for a document that is no RSS, Atom or JSON Feed.
var ErrNotFeed = errors.New("not a feed (RSS, Atom or JSON Feed)")

// entry is one item of a feed, as much of it as ingestion uses.
type entry struct {
	link    string
	title   string
	authors []string
	// date is the entry's date as YYYY-MM-DD, empty when it gives none.
	date string
}

// feedDoc is a parsed feed.
type feedDoc struct {
	title   string
	entries []entry
	// bad describes entries that could not be used, such as one without a
	// link.
	bad []string
}

// parseFeed reads an RSS 2.0, Atom 1.0 or JSON Feed document. base
// resolves relative links. Entries without a usable link are listed in bad.
func parseFeed(data []byte, base *url.URL, now time.Time) (feedDoc, error) {
	if !utf8.Valid(data) && !declaresCharset(data) {
		// A feed that claims UTF-8 but is not: keep what can be read.
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return feedDoc{}, ErrNotFeed
		}
		return feedDoc{}, fmt.Errorf("%w: %v", ErrNotFeed, err)
	}
	doc := feedDoc{title: strings.TrimSpace(f.Title)}
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		link := firstLink(it)
		if link == "" {
			doc.bad = append(doc.bad, fmt.Sprintf("entry %d (%q) has no link", i+1, clip(it.Title, 60)))
			continue
		}
		u, err := url.Parse(link)
		if base != nil && err == nil {
			u = base.ResolveReference(u)
		}
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			doc.bad = append(doc.bad, fmt.Sprintf("entry %d (%q) has no web address: %q", i+1, clip(it.Title, 60), clip(link, 100)))
			continue
		}
		e := entry{link: u.String(), title: strings.ToValidUTF8(strings.TrimSpace(it.Title), "\uFFFD")}
		for _, p := range it.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				e.authors = append(e.authors, strings.TrimSpace(p.Name))
			}
		}
		for _, t := range []*time.Time{it.PublishedParsed, it.UpdatedParsed} {
			if t != nil && t.Year() > 1990 && t.Before(now.Add(48*time.Hour)) {
				e.date = t.Format(time.DateOnly)
				break
			}
		}
		doc.entries = append(doc.entries, e)
	}
	return doc, nil
}

// declaresCharset reports whether an XML feed names an encoding other than
// UTF-8, which the parser then decodes.
func declaresCharset(data []byte) bool {
	head := strings.ToLower(string(data[:min(len(data), 200)]))
	i := strings.Index(head, "encoding=")
	if i < 0 {
		return false
	}
	enc := strings.Trim(head[i+len("encoding="):min(len(head), i+len("encoding=")+12)], `"' ?>`)
	return !strings.HasPrefix(enc, "utf-8") && !strings.HasPrefix(enc, "utf8")
}

func firstLink(it *gofeed.Item) string {
	if l := strings.TrimSpace(it.Link); l != "" {
		return l
	}
	for _, l := range it.Links {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	// An RSS guid is often the permalink.
	if g := strings.TrimSpace(it.GUID); strings.HasPrefix(g, "http://") || strings.HasPrefix(g, "https://") {
		return g
	}
	return ""
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// fetchFeed downloads a feed, sending the validators of its last answer;
// notModified is set when the feed says it has not changed.
func fetchFeed(ctx context.Context, client *http.Client, feedURL string, last feedValidators) (data []byte, final *url.URL, now feedValidators, notModified bool, err error) {
	ctx, cancel := context.WithTimeout(ctx, FeedTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, feedURL, nil)
	if err != nil {
		return nil, nil, now, false, err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
	if last.etag != "" {
		req.Header.Set("If-None-Match", last.etag)
	}
	if last.lastModified != "" {
		req.Header.Set("If-Modified-Since", last.lastModified)
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, nil, now, false, err
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return nil, resp.Request.URL, last, true, nil
	case resp.StatusCode != http.StatusOK:
		return nil, nil, now, false, errors.New(resp.Status)
	case resp.ContentLength > MaxFeedBytes:
		return nil, nil, now, false, fmt.Errorf("feed larger than %d bytes", MaxFeedBytes)
	}
	data, err = io.ReadAll(io.LimitReader(resp.Body, MaxFeedBytes+1))
	if err != nil {
		return nil, nil, now, false, fmt.Errorf("read feed: %w", err)
	}
	if len(data) > MaxFeedBytes {
		return nil, nil, now, false, fmt.Errorf("feed larger than %d bytes", MaxFeedBytes)
	}
	now = feedValidators{etag: resp.Header.Get("ETag"), lastModified: resp.Header.Get("Last-Modified")}
	return data, resp.Request.URL, now, false, nil
}

// feedValidators are a feed's ETag and Last-Modified.
type feedValidators struct {
	etag, lastModified string
}
