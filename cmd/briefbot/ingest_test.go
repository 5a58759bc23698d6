package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// newsSite serves an RSS feed of two stories and their pages, one dated
// the day before: within the 30 days that stored articles are kept by
// default, whenever the test runs. A third entry, from 2001, is older.
func newsSite(t *testing.T) *httptest.Server {
	t.Helper()
	yesterday := time.Now().Add(-24 * time.Hour).UTC().Format(time.RFC1123)
	mux := http.NewServeMux()
	var srv *httptest.Server
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"f1"`)
		if r.Header.Get("If-None-Match") == `"f1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley News</title>
<item><title>Bridge</title><link>%[1]s/bridge?utm_source=rss</link><pubDate>%[2]s</pubDate></item>
<item><title>Library</title><link>%[1]s/library</link></item>
<item><title>Flood of 2001</title><link>%[1]s/flood</link><pubDate>Mon, 05 Nov 2001 07:00:00 GMT</pubDate></item></channel></rss>`, srv.URL, yesterday)
	})
	page := func(title, body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprintf(w, `<html><head><title>%s</title><meta property="og:site_name" content="Valley News"></head><body><nav><a href="/">Home</a></nav><article><h1>%s</h1>%s</article></body></html>`, title, title, body)
		}
	}
	mux.HandleFunc("/bridge", page("Valley bridge to reopen in spring", `
<p>The river bridge closed since the October floods will reopen to traffic in the spring, the county engineers announced on Monday after a final inspection.</p>
<p>"The steel is sound and the new supports are in place," Priya Raman, the county's chief engineer, told reporters at the site.</p>
<p>Buses have been diverted through the northern villages for weeks, adding almost an hour to the daily journey of many commuters.</p>
<p>Local businesses on both banks said the closure had cost them a large share of their usual autumn trade.</p>`))
	mux.HandleFunc("/flood", page("The flood of 2001", `
<p>The river rose four metres in a single night and flooded the lower town, the worst flood in a century.</p>`))
	mux.HandleFunc("/library", page("Town library extends its hours", `
<p>The town library will stay open until nine in the evening from next month, after the council agreed to fund two more librarians.</p>
<p>"Students need a warm and quiet place to work after school," said Owen Pryce, who chairs the library's friends group.</p>
<p>The library lends more than forty thousand books a year and runs reading groups for children and adults.</p>
<p>Weekend hours will stay as they are while the council reviews the budget for the coming year.</p>`))
	srv = httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestIngestThenBriefOverTheStore(t *testing.T) {
	srv := newsSite(t)
	env := map[string]string{"BRIEFBOT_STATE_DIR": t.TempDir()}

	out, stderr, code := run(t, env, "ingest", srv.URL+"/feed.xml", "--json")
	if code != 0 {
		t.Fatalf("ingest: exit %d: %s", code, stderr)
	}
	var rep struct {
		Feeds   []map[string]any `json:"feeds"`
		Added   int              `json:"added"`
		Skipped int              `json:"skipped"`
		Old     int              `json:"old"`
		Failed  []struct {
			URL   string `json:"url"`
			Error string `json:"error"`
		} `json:"failed"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("ingest --json: %v\n%s", err, out)
	}
	// The entry of 2001 is older than the 30 days kept by default.
	if rep.Added != 2 || rep.Skipped != 0 || rep.Old != 1 || len(rep.Failed) != 0 || len(rep.Feeds) != 1 {
		t.Fatalf("ingest report: %s", out)
	}

	out, stderr, code = run(t, env, "brief", "--json")
	if code != 0 {
		t.Fatalf("brief: exit %d: %s", code, stderr)
	}
	var br struct {
		Stories []struct {
			Sources []struct{ URL, Title, Outlet string }
		}
		Articles []struct {
			URL  string
			Date *string
		}
	}
	if err := json.Unmarshal([]byte(out), &br); err != nil {
		t.Fatal(err)
	}
	urls := map[string]bool{}
	for _, st := range br.Stories {
		for _, s := range st.Sources {
			urls[s.URL] = true
			if s.Outlet != "Valley News" {
				t.Errorf("source %q outlet %q", s.Title, s.Outlet)
			}
		}
	}
	if !urls[srv.URL+"/bridge"] || !urls[srv.URL+"/library"] {
		t.Errorf("brief over the store: sources %v, want both pages' addresses", urls)
	}

	out, _, _ = run(t, env, "who-said", "raman", "--json")
	if !strings.Contains(out, `"url": "`+srv.URL+`/bridge"`) || !strings.Contains(out, "Priya Raman") {
		t.Errorf("who-said over the store:\n%s", out)
	}
	out, _, _ = run(t, env, "brief")
	if !strings.Contains(out, srv.URL+"/library") {
		t.Errorf("text brief lacks the address:\n%s", out)
	}
	// --seeds still reads a folder instead.
	out, _, _ = run(t, env, "brief", "--seeds", "../../seeds")
	if strings.Contains(out, srv.URL) || !strings.Contains(out, "Vietnam") {
		t.Errorf("--seeds brief read the store:\n%.300s", out)
	}

	out, _, code = run(t, env, "ingest", srv.URL+"/feed.xml")
	if code != 0 || !strings.Contains(out, "not modified") || !strings.Contains(out, "0 added") {
		t.Errorf("second ingest: exit %d\n%s", code, out)
	}
}

func TestIngestKeepsWhatFeedsKeepSays(t *testing.T) {
	srv := newsSite(t)
	env := map[string]string{"BRIEFBOT_STATE_DIR": t.TempDir()}
	out, stderr, code := run(t, env, "ingest", srv.URL+"/feed.xml")
	if code != 0 || !strings.Contains(out, "2 added, 0 already stored, 1 older than feeds_keep, 0 failed") {
		t.Errorf("ingest, default feeds_keep: exit %d: %s\n%s", code, stderr, out)
	}
	// 0 keeps every article, however old.
	env = map[string]string{"BRIEFBOT_STATE_DIR": t.TempDir(), "BRIEFBOT_FEEDS_KEEP": "0"}
	out, stderr, code = run(t, env, "ingest", srv.URL+"/feed.xml")
	if code != 0 || !strings.Contains(out, "Articles: 3 added, 0 already stored, 0 failed") {
		t.Errorf("ingest, feeds_keep 0: exit %d: %s\n%s", code, stderr, out)
	}
	out, _, _ = run(t, env, "brief")
	if !strings.Contains(out, "flood") {
		t.Errorf("brief with every article kept lacks the flood of 2001:\n%.400s", out)
	}
}

func TestIngestFailsOnlyWhenNoFeedIsRead(t *testing.T) {
	srv := newsSite(t)
	env := map[string]string{"BRIEFBOT_STATE_DIR": t.TempDir()}
	out, _, code := run(t, env, "ingest", srv.URL+"/nothing.xml", srv.URL+"/feed.xml")
	if code != 0 || !strings.Contains(out, "not read: 404") {
		t.Errorf("one good feed of two: exit %d\n%s", code, out)
	}
	_, stderr, code := run(t, env, "ingest", srv.URL+"/nothing.xml")
	if code != 1 || !strings.Contains(stderr, "no feed could be read") {
		t.Errorf("no good feed: exit %d, stderr %q", code, stderr)
	}
	_, stderr, code = run(t, env, "ingest")
	if code != 2 || !strings.Contains(stderr, "BRIEFBOT_FEEDS") {
		t.Errorf("no feeds: exit %d, stderr %q", code, stderr)
	}
	env["BRIEFBOT_FEEDS"] = srv.URL + "/feed.xml"
	if _, stderr, code := run(t, env, "ingest"); code != 0 {
		t.Errorf("configured feeds: exit %d: %s", code, stderr)
	}
}
