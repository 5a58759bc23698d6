package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// run runs the whole program as the shell would, with an empty
// environment unless env is given.
func run(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }}
	code = m.Run(context.Background(), args)
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	return out.String(), errb.String(), code
}

func TestBriefTextOnShippedArticles(t *testing.T) {
	out, stderr, code := run(t, nil, "brief")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for _, want := range []string{"Briefing", "Vietnam", "Bolton", "Sources:"} {
		if !strings.Contains(out, want) {
			t.Errorf("brief lacks %q:\n%s", want, out)
		}
	}
	for _, junk := range []string{"READ MORE", "Share this", "newsletter", "ADVERTISEMENT"} {
		if strings.Contains(out, junk) {
			t.Errorf("brief carries furniture %q", junk)
		}
	}
}

func TestJSONShapes(t *testing.T) {
	t.Run("quotes", func(t *testing.T) {
		out, _, code := run(t, nil, "quotes", "--json")
		var qs []map[string]any
		if err := json.Unmarshal([]byte(out), &qs); err != nil || code != 0 || len(qs) == 0 {
			t.Fatalf("exit %d, err %v, %d quotes", code, err, len(qs))
		}
		for _, k := range []string{"speaker", "text", "doc", "title", "date", "sentence"} {
			if _, ok := qs[0][k]; !ok {
				t.Errorf("quote lacks %q: %v", k, qs[0])
			}
		}
	})
	t.Run("who-said flags after name", func(t *testing.T) {
		out, _, code := run(t, nil, "who-said", "peskov", "--json")
		var qs []struct {
			Speaker *string `json:"speaker"`
			Doc     string  `json:"doc"`
		}
		if err := json.Unmarshal([]byte(out), &qs); err != nil || code != 0 || len(qs) != 2 {
			t.Fatalf("exit %d, err %v, %d quotes: %s", code, err, len(qs), out)
		}
		for _, q := range qs {
			if q.Speaker == nil || *q.Speaker != "Dmitry Peskov" {
				t.Errorf("speaker %v", q.Speaker)
			}
		}
	})
	t.Run("who-said a shared name", func(t *testing.T) {
		dir := t.TempDir()
		page := "School and hospital full\n\nMr John Smith, a teacher, said: \"The school is full.\"\n\nMrs Jane Smith, a nurse, said: \"The hospital is full.\"\n"
		if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		out, stderr, code := run(t, nil, "who-said", "smith", "--json", "--seeds", dir)
		var qs []struct {
			Speaker string `json:"speaker"`
		}
		if err := json.Unmarshal([]byte(out), &qs); err != nil || code != 0 || len(qs) != 2 || qs[0].Speaker != "John Smith" || qs[1].Speaker != "Jane Smith" {
			t.Errorf("exit %d, err %v, quotes %+v; want John's then Jane's", code, err, qs)
		}
		if !strings.Contains(stderr, "could be: John Smith, Jane Smith") {
			t.Errorf("stderr %q does not name both", stderr)
		}
	})
	t.Run("timeline", func(t *testing.T) {
		out, _, code := run(t, nil, "timeline", "--json")
		var evs []struct {
			Date *string  `json:"date"`
			Text string   `json:"text"`
			Docs []string `json:"docs"`
		}
		if err := json.Unmarshal([]byte(out), &evs); err != nil || code != 0 || len(evs) == 0 {
			t.Fatalf("exit %d, err %v", code, err)
		}
		seenUndated := false
		for _, e := range evs {
			if e.Date == nil {
				seenUndated = true
			} else if seenUndated {
				t.Errorf("dated event after undated ones: %v", *e.Date)
			}
			if len(e.Docs) == 0 {
				t.Errorf("event names no article: %s", e.Text)
			}
		}
	})
	t.Run("brief", func(t *testing.T) {
		out, _, code := run(t, nil, "brief", "--json")
		var br struct {
			Summary  []string `json:"summary"`
			Stories  []any    `json:"stories"`
			Articles []struct {
				Doc, Title string
				Summary    []string
			} `json:"articles"`
		}
		if err := json.Unmarshal([]byte(out), &br); err != nil || code != 0 {
			t.Fatalf("exit %d, err %v", code, err)
		}
		if len(br.Summary) == 0 || len(br.Stories) == 0 || len(br.Articles) != 5 {
			t.Errorf("brief: %d sentences, %d stories, %d articles", len(br.Summary), len(br.Stories), len(br.Articles))
		}
	})
	t.Run("names", func(t *testing.T) {
		out, _, code := run(t, nil, "names", "--json")
		var ps []struct {
			Name    string   `json:"name"`
			Aliases []string `json:"aliases"`
		}
		if err := json.Unmarshal([]byte(out), &ps); err != nil || code != 0 || len(ps) == 0 {
			t.Fatalf("exit %d, err %v", code, err)
		}
	})
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"no command", nil, 2, "no command"},
		{"unknown command", []string{"frobnicate"}, 2, "unknown command"},
		{"unknown flag", []string{"brief", "--nope"}, 2, "flag provided but not defined"},
		{"who-said without name", []string{"who-said"}, 2, "needs a NAME"},
		{"nobody found", []string{"who-said", "zzzzzz", "--json"}, 1, "nobody called"},
		{"missing folder", []string{"brief", "--seeds", "/no/such/folder"}, 1, "/no/such/folder"},
		{"help", []string{"help"}, 0, ""},
		{"dash h", []string{"brief", "-h"}, 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := run(t, nil, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.err) {
				t.Errorf("exit %d, want %d; stderr %q lacks %q", code, tt.code, stderr, tt.err)
			}
		})
	}
}

func TestSeedsFolderSkipsBrokenFile(t *testing.T) {
	dir := t.TempDir()
	good := "Ministers agree plan\n\nMinisters agreed a plan on Monday, officials said.\n"
	for name, data := range map[string]string{"good.txt": good, "broken.txt": "\x00\x01binary"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, env := range []map[string]string{nil, {"BRIEFBOT_SEEDS": dir}} {
		args := []string{"brief"}
		if env == nil {
			args = append(args, "--seeds", dir)
		}
		out, stderr, code := run(t, env, args...)
		if code != 0 || !strings.Contains(out, "Ministers agree") || !strings.Contains(stderr, "broken.txt") {
			t.Errorf("exit %d\nstdout %s\nstderr %s", code, out, stderr)
		}
	}
}

func TestEmptyFolderIsAnError(t *testing.T) {
	_, stderr, code := run(t, nil, "brief", "--seeds", t.TempDir())
	if code != 1 || !strings.Contains(stderr, "no articles") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// savedPage is a saved news page: navigation, a caption, a share line and
// a footer around the story, as a browser's "save page" keeps them.
const savedPage = `<!doctype html><html><head><title>Harbour bridge to reopen | The Coast Courier</title>
<meta property="og:site_name" content="The Coast Courier">
<meta name="author" content="Sam Reed">
<meta property="article:published_time" content="2019-03-04T08:30:00Z">
</head><body>
<nav><a href="/">Front page</a> <a href="/local">Local</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Harbour bridge to reopen</h1>
<p>The harbour bridge will reopen to traffic on Friday after six months of repairs to its steel deck and railings.</p>
<p>"Every bolt has been checked twice and the deck is safer than it has been in decades," Mayor Ann Miller said at the site.</p>
<p>Follow us on social media</p>
<p>Engineers found corrosion in the supports last autumn, closing the crossing to cars and buses while ferries carried commuters.</p>
</article>
<footer>All content copyright The Coast Courier.</footer>
</body></html>`

// TestSeedsFolderReadsSavedPages: a folder may hold saved web pages beside
// text files; each page's article is read as "read FILE" reads it, with
// its site and date, and a page with no article is skipped by name.
func TestSeedsFolderReadsSavedPages(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"bridge.html": savedPage,
		"menu.htm":    "<html><body><nav>Home</nav></body></html>",
		"plan.txt":    "Ministers agree plan\n\nMinisters agreed a plan on Monday, officials said.\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, stderr, code := run(t, nil, "quotes", "--seeds", dir, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var quotes []struct{ Speaker, Text, Doc, Date string }
	if err := json.Unmarshal([]byte(out), &quotes); err != nil {
		t.Fatal(err)
	}
	if len(quotes) != 1 || quotes[0].Speaker != "Ann Miller" || quotes[0].Doc != "bridge.html" || quotes[0].Date != "2019-03-04" {
		t.Errorf("quotes = %+v", quotes)
	}
	if !strings.Contains(stderr, "menu.htm") {
		t.Errorf("no warning names the page with no article: %s", stderr)
	}
	out, _, code = run(t, nil, "brief", "--seeds", dir, "--json")
	var brief struct {
		Articles []struct{ Doc, Title, Outlet string }
	}
	if err := json.Unmarshal([]byte(out), &brief); code != 0 || err != nil {
		t.Fatalf("exit %d, %v", code, err)
	}
	want := map[string]string{"bridge.html": "Harbour bridge to reopen|The Coast Courier", "plan.txt": "Ministers agree plan|"}
	got := map[string]string{}
	for _, a := range brief.Articles {
		got[a.Doc] = a.Title + "|" + a.Outlet
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("articles (-want +got):\n%s", d)
	}
}

// TestTimelineKeyEvents: a timeline of more events than a reader wants
// shows the key ones, --all every one, in the text and the JSON alike.
func TestTimelineKeyEvents(t *testing.T) {
	dir := t.TempDir()
	towns := []string{"Arlen", "Brisk", "Corvo", "Dunmere", "Eskel", "Farrow", "Gault", "Hessle"}
	for i, town := range towns {
		var b strings.Builder
		month := time.Month(i + 1)
		fmt.Fprintf(&b, "Published: %s 20, 2016\n\n%s votes on its budget\n\n", month, town)
		// Words of their own for each article and day, that no two
		// articles read as copies and no two events as one.
		words := strings.Fields("harbour dredging school lunches library hours bus fares park lighting road repairs " +
			"tram tickets market stalls pool heating bridge paint canal locks tower clocks ferry slots beach huts " +
			"garden plots swing parks choir halls museum roofs zoo feeds rink ice golf greens fire engines")
		for d := range 6 {
			k := (i*6 + d) % (len(words) / 2)
			fmt.Fprintf(&b, "On %s %d, 2016, %s settled %s %s.\n\n", month, d+1, town, words[2*k], words[2*k+1])
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d.txt", i)), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	count := func(args ...string) int {
		out, stderr, code := run(t, nil, append([]string{"timeline", "--seeds", dir, "--json"}, args...)...)
		var evs []map[string]any
		if err := json.Unmarshal([]byte(out), &evs); err != nil || code != 0 {
			t.Fatalf("exit %d, err %v: %s", code, err, stderr)
		}
		return len(evs)
	}
	if key, all := count(), count("--all"); key != 30 || all != 48 {
		t.Errorf("timeline --json gave %d events, --all %d; want 30 and 48", key, all)
	}
	out, _, _ := run(t, nil, "timeline", "--seeds", dir)
	if !strings.Contains(out, "30 key events of 48") {
		t.Errorf("the text does not say it shows the key events:\n%s", out)
	}
	out, _, _ = run(t, nil, "timeline", "--seeds", dir, "--all")
	if strings.Contains(out, "key events") || !strings.Contains(out, "48 events") {
		t.Errorf("--all does not show every event:\n%s", out[max(0, len(out)-300):])
	}
}

// TestReadTextFile: "read FILE" of a text file shows the article as a
// folder's briefing cleans it, furniture gone, in the page's shape.
func TestReadTextFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "kremlin.txt")
	article := "Kremlin confirms summit plans\n\nPublished: Thu, June 28, 2018\n\nAdvertisement\n\n" +
		"Russian President Vladimir Putin and US President Donald Trump will meet in Helsinki on July 16, the Kremlin said on Thursday.\n\n" +
		"Click here to subscribe to our daily briefing.\n\n" +
		"\"The date and place have been agreed,\" Kremlin aide Yuri Ushakov told reporters.\n\n" +
		"© 2018 Newsdesk Ltd. All rights reserved.\n"
	if err := os.WriteFile(path, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, code := run(t, nil, "read", path, "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var page struct {
		Title, Published, Text string
	}
	if err := json.Unmarshal([]byte(out), &page); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	want := "Russian President Vladimir Putin and US President Donald Trump will meet in Helsinki on July 16, the Kremlin said on Thursday.\n\n" +
		"\"The date and place have been agreed,\" Kremlin aide Yuri Ushakov told reporters."
	if page.Title != "Kremlin confirms summit plans" || page.Published != "2018-06-28" || page.Text != want {
		t.Errorf("read %s = %+v", path, page)
	}
}
