package ingest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/store"
	"github.com/briefbot/briefbot/webpage"
	"github.com/google/go-cmp/cmp"
)

// site is a news site with feeds and article pages, counting requests.
type site struct {
	*httptest.Server
	mu       sync.Mutex
	hits     map[string]int
	headers  map[string]http.Header
	inFlight int
	maxPages int // most page requests in flight at once
	routes   map[string]http.HandlerFunc
}

func newSite(t *testing.T) *site {
	s := &site{hits: map[string]int{}, headers: map[string]http.Header{}, routes: map[string]http.HandlerFunc{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.headers[r.URL.Path] = r.Header.Clone()
		h, ok := s.routes[r.URL.Path]
		s.mu.Unlock()
		if r.Header.Get("User-Agent") != UserAgent {
			http.Error(w, "no user agent", http.StatusForbidden)
			return
		}
		if !ok {
			http.NotFound(w, r)
			return
		}
		h(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) route(path string, h http.HandlerFunc) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.routes[path] = h
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// page serves an article page; canonical, when set, is its canonical link.
func (s *site) page(path, title, canonical string) {
	s.route(path, func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.inFlight++
		s.maxPages = max(s.maxPages, s.inFlight)
		s.mu.Unlock()
		defer func() { s.mu.Lock(); s.inFlight--; s.mu.Unlock() }()
		time.Sleep(5 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articleHTML(title, canonical))
	})
}

// articleHTML is a page with navigation, a story and a footer.
func articleHTML(title, canonical string) string {
	link := ""
	if canonical != "" {
		link = `<link rel="canonical" href="` + canonical + `">`
	}
	return `<!DOCTYPE html><html><head><title>` + title + `</title>` + link + `
<meta property="og:site_name" content="Harbour Gazette">
<meta name="author" content="Jo Reporter">
<meta property="article:published_time" content="2026-11-24T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>` + title + `</h1>
<p>The city council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive, ending a dispute that had lasted most of the year.</p>
<p>"We cannot wait for another flood to tell us what we already know," Maria Lopez, the mayor, said after the vote.</p>
<p>The work will cost about four million pounds and is expected to take eighteen months, according to the council's own estimate published in the spring.</p>
<p>Residents of the harbour district had campaigned for the repairs since a storm damaged dozens of homes and shops along the waterfront last January.</p>
<p>Opponents argued that the money would be better spent on schools, but the motion passed by a wide margin after a debate lasting three hours.</p>
</article><footer>Copyright Harbour Gazette. <a href="/privacy">Privacy</a></footer></body></html>`
}

func rssFeed(base string, links ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Gazette RSS</title><link>` + base + `</link>`)
	for i, l := range links {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>%s</link><pubDate>Mon, 23 Nov 2026 10:00:00 GMT</pubDate></item>`, i, l)
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

func atomFeed(links ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Gazette Atom</title><id>urn:gazette</id><updated>2026-11-24T10:00:00Z</updated>`)
	for i, l := range links {
		fmt.Fprintf(&b, `<entry><title>Entry %d</title><id>urn:e%d</id><link href="%s"/><updated>2026-11-24T10:00:00Z</updated></entry>`, i, i, l)
	}
	b.WriteString(`</feed>`)
	return b.String()
}

// conditional serves body with an ETag or a Last-Modified date, and 304
// when the request carries it back.
func conditional(contentType, body, etag, lastModified string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if etag != "" {
			w.Header().Set("ETag", etag)
			if r.Header.Get("If-None-Match") == etag {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		if lastModified != "" {
			w.Header().Set("Last-Modified", lastModified)
			if r.Header.Get("If-Modified-Since") == lastModified {
				w.WriteHeader(http.StatusNotModified)
				return
			}
		}
		w.Header().Set("Content-Type", contentType)
		fmt.Fprint(w, body)
	}
}

func newIngester(t *testing.T) (*Ingester, *store.Store) {
	t.Helper()
	st, err := store.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	in := New(&http.Client{Timeout: 10 * time.Second}, st, nil)
	in.Now = func() time.Time { return time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC) }
	return in, st
}

func TestOverlappingFeedsAndConditionalGET(t *testing.T) {
	s := newSite(t)
	for _, p := range []string{"/a", "/b", "/f"} {
		s.page(p, "Harbour wall story "+p, "")
	}
	s.route("/rss.xml", conditional("application/rss+xml", rssFeed(s.URL, s.URL+"/a", s.URL+"/b?utm_source=rss&utm_medium=feed"), `"rss-1"`, ""))
	s.route("/atom.xml", conditional("application/atom+xml", atomFeed(s.URL+"/b", s.URL+"/f#comments"), "", "Tue, 24 Nov 2026 10:00:00 GMT"))
	in, st := newIngester(t)
	feeds := []string{s.URL + "/rss.xml", s.URL + "/atom.xml"}

	rep, err := in.Run(context.Background(), feeds)
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 3 || rep.Skipped != 1 || len(rep.Failed) != 0 {
		t.Fatalf("first run: added %d, skipped %d, failed %v; want 3, 1, none", rep.Added, rep.Skipped, rep.Failed)
	}
	for _, p := range []string{"/a", "/b", "/f"} {
		if n := s.count(p); n != 1 {
			t.Errorf("%s fetched %d times, want once", p, n)
		}
	}
	arts, _, err := st.Articles()
	if err != nil {
		t.Fatal(err)
	}
	var urls []string
	for _, a := range arts {
		urls = append(urls, a.URL)
		if a.Site != "Harbour Gazette" || a.Published != "2026-11-24" || !strings.Contains(a.Text, "harbour wall") {
			t.Errorf("stored %s: site %q, published %q, text %.60q", a.URL, a.Site, a.Published, a.Text)
		}
	}
	if diff := cmp.Diff([]string{s.URL + "/a", s.URL + "/b", s.URL + "/f"}, urls); diff != "" {
		t.Errorf("stored addresses, tracking parameters and fragments removed (-want +got):\n%s", diff)
	}

	rep, err = in.Run(context.Background(), feeds)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Feeds {
		if !f.NotModified {
			t.Errorf("second run: %s not answered 304: %+v", f.URL, f)
		}
	}
	if rep.Added != 0 {
		t.Errorf("second run added %d", rep.Added)
	}
	if got := s.headers["/rss.xml"].Get("If-None-Match"); got != `"rss-1"` {
		t.Errorf("If-None-Match = %q", got)
	}
	if got := s.headers["/atom.xml"].Get("If-Modified-Since"); got != "Tue, 24 Nov 2026 10:00:00 GMT" {
		t.Errorf("If-Modified-Since = %q", got)
	}
	for _, p := range []string{"/a", "/b", "/f"} {
		if n := s.count(p); n != 1 {
			t.Errorf("after a 304, %s fetched %d times, want once", p, n)
		}
	}
}

func TestBadInputIsReportedAndSkipped(t *testing.T) {
	s := newSite(t)
	s.page("/good", "Harbour wall good", "")
	s.route("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "boom", http.StatusInternalServerError) })
	s.route("/image", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00"))
	})
	s.route("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		chunk := strings.Repeat("<p>padding text</p>", 1000)
		for i := 0; i < 400; i++ { // 7.6 MB, no Content-Length
			if _, err := fmt.Fprint(w, chunk); err != nil {
				return
			}
		}
	})
	s.route("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, strings.Replace(articleHTML("Caf\xe9 harbour", ""), "city council", "caf\xe9 council", 1))
	})
	feed := rssFeed(s.URL, s.URL+"/good", s.URL+"/missing", s.URL+"/broken", s.URL+"/image", s.URL+"/huge", s.URL+"/latin1")
	feed = strings.Replace(feed, "</channel>", "<item><title>No link here</title></item></channel>", 1)
	s.route("/rss.xml", conditional("application/rss+xml", feed, "", ""))
	s.route("/notxml", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "hello, this is no feed") })
	s.route("/down.xml", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "down", http.StatusInternalServerError) })
	in, st := newIngester(t)

	rep, err := in.Run(context.Background(), []string{s.URL + "/rss.xml", s.URL + "/notxml", s.URL + "/down.xml", "ftp://example.com/feed"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 2 {
		t.Errorf("added %d, want 2 (good, latin1)", rep.Added)
	}
	want := map[string]string{
		s.URL + "/missing":       "404",
		s.URL + "/broken":        "500",
		s.URL + "/image":         "not a web page",
		s.URL + "/huge":          "larger than",
		s.URL + "/rss.xml":       "no link",
		s.URL + "/notxml":        "not a feed",
		s.URL + "/down.xml":      "500",
		"ftp://example.com/feed": "not a web address",
	}
	got := map[string]string{}
	for _, f := range rep.Failed {
		got[f.URL] = f.Error
	}
	for u, frag := range want {
		if !strings.Contains(got[u], frag) {
			t.Errorf("failure for %s = %q, want it to say %q", u, got[u], frag)
		}
	}
	if len(rep.Failed) != len(want) {
		t.Errorf("failures = %v", rep.Failed)
	}
	if rep.FeedsRead() != 1 {
		t.Errorf("feeds read = %d, want 1", rep.FeedsRead())
	}
	arts, _, _ := st.Articles()
	for _, a := range arts {
		if !strings.Contains(a.Text, "harbour") || !utf8.ValidString(a.Text+a.Title) {
			t.Errorf("stored %s: %.80q", a.URL, a.Text)
		}
	}
	// The feed had failures: its validators are not kept, so the next run
	// retries the failed entries.
	if fs, _ := st.Feed(s.URL + "/rss.xml"); !fs.Checked.IsZero() {
		t.Errorf("feed state saved despite failures: %+v", fs)
	}
}

func TestCanonicalLinkNotStoredTwice(t *testing.T) {
	s := newSite(t)
	s.page("/story", "Harbour wall story", "")
	// The same story reached by an address of its own, naming /story as
	// canonical.
	s.page("/amp/story", "Harbour wall story", "")
	s.route("/one.xml", conditional("application/rss+xml", rssFeed(s.URL, s.URL+"/amp/story"), "", ""))
	s.route("/two.xml", conditional("application/rss+xml", rssFeed(s.URL, s.URL+"/story"), "", ""))
	s.page("/amp/story", "Harbour wall story", "") // re-routed below with the link
	s.route("/amp/story", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, articleHTML("Harbour wall story", s.URL+"/story?utm_campaign=x"))
	})
	in, st := newIngester(t)
	rep, err := in.Run(context.Background(), []string{s.URL + "/one.xml", s.URL + "/two.xml"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 1 || rep.Skipped != 1 {
		t.Errorf("added %d, skipped %d; want 1, 1", rep.Added, rep.Skipped)
	}
	if n := s.count("/story"); n != 0 {
		t.Errorf("the canonical address of a stored page was fetched %d times", n)
	}
	arts, _, _ := st.Articles()
	if len(arts) != 1 || arts[0].Canonical != s.URL+"/story" {
		t.Errorf("stored %+v", arts)
	}
}

func TestAtMostAFewRequestsPerHost(t *testing.T) {
	s := newSite(t)
	var links []string
	for i := range 10 {
		p := fmt.Sprintf("/p%d", i)
		s.page(p, "Harbour wall "+p, "")
		links = append(links, s.URL+p)
	}
	s.route("/rss.xml", conditional("application/rss+xml", rssFeed(s.URL, links...), "", ""))
	in, _ := newIngester(t)
	var progress []int
	in.Progress = func(_ string, done, total int) { progress = append(progress, done) }
	rep, err := in.Run(context.Background(), []string{s.URL + "/rss.xml"})
	if err != nil || rep.Added != 10 {
		t.Fatalf("added %d, err %v", rep.Added, err)
	}
	if s.maxPages > MaxPerHost {
		t.Errorf("%d page requests at once to one host, want at most %d", s.maxPages, MaxPerHost)
	}
	if len(progress) != 11 || progress[10] != 10 {
		t.Errorf("progress = %v", progress)
	}
}

func TestRetryAfterHonoured(t *testing.T) {
	s := newSite(t)
	calls := 0
	s.route("/busy", func(w http.ResponseWriter, r *http.Request) {
		calls++
		switch calls {
		case 1:
			w.Header().Set("Retry-After", "7")
			http.Error(w, "slow down", http.StatusTooManyRequests)
		case 2:
			w.Header().Set("Retry-After", "Wed, 25 Nov 2026 08:00:03 GMT")
			http.Error(w, "maintenance", http.StatusServiceUnavailable)
		default:
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, articleHTML("Harbour wall busy", ""))
		}
	})
	s.route("/gone-for-long", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "later", http.StatusTooManyRequests)
	})
	s.route("/rss.xml", conditional("application/rss+xml", rssFeed(s.URL, s.URL+"/busy", s.URL+"/gone-for-long"), "", ""))
	in, _ := newIngester(t)
	tr := in.client.Transport.(*politeTransport)
	var waits []time.Duration
	var mu sync.Mutex
	tr.sleep = func(ctx context.Context, d time.Duration) error {
		mu.Lock()
		waits = append(waits, d)
		mu.Unlock()
		return nil
	}
	tr.now = in.Now
	rep, err := in.Run(context.Background(), []string{s.URL + "/rss.xml"})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Added != 1 || len(rep.Failed) != 1 || !strings.Contains(rep.Failed[0].Error, "429") {
		t.Errorf("added %d, failed %v", rep.Added, rep.Failed)
	}
	if diff := cmp.Diff([]time.Duration{7 * time.Second, 3 * time.Second}, waits); diff != "" {
		t.Errorf("waits (-want +got):\n%s", diff)
	}
	if n := s.count("/gone-for-long"); n != 1 {
		t.Errorf("a host asking for an hour was asked %d times", n)
	}
}

func TestStoredArticlesBriefWithURLs(t *testing.T) {
	s := newSite(t)
	s.page("/a", "Council backs harbour wall", "")
	s.route("/feed.json", conditional("application/feed+json", `{"version":"https://jsonfeed.org/version/1.1","title":"Gazette JSON","items":[{"id":"1","url":"`+s.URL+`/a","title":"Council backs harbour wall","date_published":"2026-11-24T09:00:00Z"}]}`, "", ""))
	in, st := newIngester(t)
	if rep, err := in.Run(context.Background(), []string{s.URL + "/feed.json"}); err != nil || rep.Added != 1 {
		t.Fatalf("JSON Feed: %+v, %v", rep, err)
	}
	stored, _, _ := st.Articles()
	arts := Articles(stored, nil, nil)
	if len(arts) != 1 {
		t.Fatalf("%d articles", len(arts))
	}
	a := arts[0]
	if a.URL != s.URL+"/a" || a.Title != "Council backs harbour wall" || a.Outlet != "Harbour Gazette" || a.Date.String() != "2026-11-24" {
		t.Errorf("article: url %q title %q outlet %q date %v", a.URL, a.Title, a.Outlet, a.Date)
	}
	b := briefing.New(arts)
	br, _ := b.Brief("")
	if len(br.Stories) == 0 || br.Stories[0].Sources[0].URL != a.URL || br.Articles[0].URL != a.URL {
		t.Errorf("brief sources lack the URL: %+v", br.Stories)
	}
	qs := b.Quotes()
	if len(qs) == 0 || qs[0].URL != a.URL || qs[0].Speaker != "Maria Lopez" {
		t.Errorf("quotes = %+v", qs)
	}
}

func TestCanonical(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://Example.COM:443/a/b?utm_source=x&id=3&utm_medium=y#top", "https://example.com/a/b?id=3"},
		{"http://example.com:80", "http://example.com/"},
		{"https://example.com/a?b=2&a=1&fbclid=zz", "https://example.com/a?a=1&b=2"},
		{"https://example.com:8443/a?", "https://example.com:8443/a"},
		{"https://example.com/a?CMP=share_btn_tw&page=2", "https://example.com/a?page=2"},
		{"not a url", "not a url"},
		{"mailto:x@example.com", "mailto:x@example.com"},
	}
	for _, tt := range tests {
		if got := Canonical(tt.in); got != tt.want {
			t.Errorf("Canonical(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDocID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://www.example.com/news/2026/story/", "example.com/news/2026/story"},
		{"https://example.com/a?id=3", "example.com/a?id=3"},
	}
	for _, tt := range tests {
		if got := docID(tt.in); got != tt.want {
			t.Errorf("docID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDateFromPageElseFeedElseNone(t *testing.T) {
	in, _ := newIngester(t)
	tests := []struct{ page, feed, want string }{
		{"2026-11-24", "2026-11-23", "2026-11-24"},
		{"", "2026-11-23", "2026-11-23"},
		{"", "", ""},
	}
	for _, tt := range tests {
		r := result{job: job{key: "https://example.com/a", entry: entry{date: tt.feed}}, page: webpage.Page{Published: tt.page, Text: "Body."}}
		if got := in.article("https://example.com/rss", "Feed", r).Published; got != tt.want {
			t.Errorf("page %q, feed %q: published %q, want %q", tt.page, tt.feed, got, tt.want)
		}
	}
	arts := Articles([]store.Article{{URL: "https://example.com/undated", Title: "Undated", Text: "The council met on Tuesday to discuss the harbour wall and agreed to meet again soon."}}, nil, nil)
	if len(arts) != 1 || !arts[0].Date.IsZero() {
		t.Errorf("undated page: %+v", arts)
	}
}

// TestOldArticlesNotKept follows a feed over a month with a week's window:
// an entry the feed dates before it is not fetched, a page that dates
// itself before it is fetched once and not stored, and what grows old in
// the store is removed, not to come back.
func TestOldArticlesNotKept(t *testing.T) {
	s := newSite(t)
	s.page("/a", "Harbour wall story", "") // published 2026-11-24
	s.route("/archive", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, strings.Replace(articleHTML("Harbour wall history", ""), "2026-11-24", "2026-09-01", 1))
	})
	s.page("/ancient", "Harbour wall of 1890", "")
	s.route("/rss.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title>
<item><title>A</title><link>%[1]s/a</link><pubDate>Tue, 24 Nov 2026 07:00:00 GMT</pubDate></item>
<item><title>Archive</title><link>%[1]s/archive</link></item>
<item><title>Ancient</title><link>%[1]s/ancient</link><pubDate>Mon, 02 Nov 2026 07:00:00 GMT</pubDate></item>
</channel></rss>`, s.URL)
	})
	in, st := newIngester(t)
	in.Keep = 7 * 24 * time.Hour
	now := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	in.Now = func() time.Time { return now }
	feeds := []string{s.URL + "/rss.xml"}
	run := func() Report {
		t.Helper()
		rep, err := in.Run(context.Background(), feeds)
		if err != nil {
			t.Fatal(err)
		}
		return rep
	}
	count := func(want map[string]int) {
		t.Helper()
		got := map[string]int{}
		for p := range want {
			got[p] = s.count(p)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("pages fetched (-want +got):\n%s", diff)
		}
	}

	rep := run()
	if rep.Added != 1 || rep.Old != 2 || rep.Expired != 0 || rep.Skipped != 0 {
		t.Errorf("first read: %+v; want 1 added, 2 old", rep)
	}
	count(map[string]int{"/a": 1, "/archive": 1, "/ancient": 0})

	rep = run()
	if rep.Added != 0 || rep.Old != 1 || rep.Skipped != 2 {
		t.Errorf("second read: %+v; want 2 skipped (one stored, one remembered as old), 1 old", rep)
	}
	count(map[string]int{"/a": 1, "/archive": 1, "/ancient": 0})

	// Ten days on, the story of 24 November is older than a week.
	now = now.Add(10 * 24 * time.Hour)
	rep = run()
	if rep.Expired != 1 || rep.Added != 0 {
		t.Errorf("ten days on: %+v; want 1 expired", rep)
	}
	if arts, _, err := st.Articles(); err != nil || len(arts) != 0 {
		t.Errorf("store after expiry: %d articles, %v", len(arts), err)
	}
	count(map[string]int{"/a": 1, "/archive": 1, "/ancient": 0})
}
