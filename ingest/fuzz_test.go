package ingest

import (
	"net/url"
	"testing"
	"time"
)

// FuzzParseFeed feeds the feed reader any bytes: it may refuse them, never
// panic, and every entry it keeps has a web address.
func FuzzParseFeed(f *testing.F) {
	f.Add([]byte(rssFeed("https://example.com", "https://example.com/a", "/relative")))
	f.Add([]byte(atomFeed("https://example.com/b")))
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","title":"J","items":[{"id":"1","url":"https://example.com/c"}]}`))
	f.Add([]byte(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf` + "\xe9" + `</title><item><link>https://example.com/d</link></item></channel></rss>`))
	f.Add([]byte("<rss><channel><item><link>\xff\xfe</link></item>"))
	f.Add([]byte("not a feed"))
	base, _ := url.Parse("https://example.com/feed.xml")
	now := time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := parseFeed(data, base, now)
		if err != nil {
			return
		}
		for _, e := range doc.entries {
			u, err := url.Parse(e.link)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				t.Fatalf("entry kept without a web address: %q", e.link)
			}
		}
	})
}
