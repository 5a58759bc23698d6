package webpage

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

const page = `<!doctype html><html><head><title>Council approves budget | The Daily Planet</title>
<meta property="og:site_name" content="The Daily Planet">
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2019-03-04T10:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Council approves budget</h1>
<p>The city council approved a new budget on Monday after a long debate that ran late into the night.</p>
<figure><img src="a.jpg"><figcaption>Mayor Ann Miller at the meeting (Photo: John Doe)</figcaption></figure>
<p>"This is a fair budget for every district," Mayor Ann Miller said after the vote was counted.</p>
<p>Share this article</p>
<p>The budget raises spending on schools and roads by four percent over last year's plan.</p>
<p>Opposition members said the plan relied on optimistic forecasts of tax revenue next year.</p>
</article>
<aside><h3>Related stories</h3><ul><li><a href="/x">Council leader faces vote</a></li></ul></aside>
<footer>Copyright 2019 The Daily Planet. All rights reserved.</footer>
</body></html>`

func TestExtract(t *testing.T) {
	p, err := Extract(strings.NewReader(page), "https://planet.example/news/budget")
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(p.Text, "\n\n")
	if len(paras) != 4 {
		t.Fatalf("want the 4 story paragraphs separated by blank lines, got %d:\n%s", len(paras), p.Text)
	}
	for _, bad := range []string{"Share this", "Home", "Related", "Copyright", "Photo:", "Council approves budget"} {
		if strings.Contains(p.Text, bad) {
			t.Errorf("text keeps %q:\n%s", bad, p.Text)
		}
	}
	if p.URL != "https://planet.example/news/budget" || p.Published != "2019-03-04" || p.Site != "The Daily Planet" {
		t.Errorf("metadata = %+v", p)
	}
	if len(p.Authors) != 1 || p.Authors[0] != "Jane Roe" {
		t.Errorf("authors = %q", p.Authors)
	}
}

func TestExtractRefusesOversizedAndEmpty(t *testing.T) {
	big := strings.NewReader("<html><body><p>" + strings.Repeat("word ", MaxPageBytes/5+10) + "</p></body></html>")
	if _, err := Extract(big, ""); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversized page: err = %v, want ErrTooLarge", err)
	}
	if _, err := Extract(strings.NewReader("<html><body><nav>Home</nav></body></html>"), ""); !errors.Is(err, ErrNoArticle) {
		t.Errorf("empty page: err = %v, want ErrNoArticle", err)
	}
}

func TestFetch(t *testing.T) {
	var gotUA string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.Header.Get("User-Agent")
		switch r.URL.Path {
		case "/ok":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(page))
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.4"))
		case "/big":
			w.Header().Set("Content-Type", "text/html")
			w.Write([]byte("<html><body><p>" + strings.Repeat("word ", MaxPageBytes/5+10) + "</p></body></html>"))
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	ctx := context.Background()
	p, err := Fetch(ctx, srv.Client(), srv.URL+"/ok")
	if err != nil || !strings.Contains(p.Text, "fair budget") {
		t.Fatalf("Fetch ok: %v %+v", err, p)
	}
	if !strings.HasPrefix(gotUA, "briefbot/") {
		t.Errorf("User-Agent = %q, want one naming briefbot", gotUA)
	}
	for path, want := range map[string]string{"/missing": "404", "/pdf": "not a web page", "/big": "larger than"} {
		if _, err := Fetch(ctx, srv.Client(), srv.URL+path); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Fetch %s: err = %v, want one saying %q", path, err, want)
		}
	}
	if _, err := Fetch(ctx, srv.Client(), "ftp://example.com/x"); err == nil {
		t.Error("Fetch of a non-web address: want an error")
	}
}

// FuzzExtract feeds arbitrary bytes as a page: nothing may panic.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(page))
	f.Add([]byte("<html><p>unclosed <b>tags<p>and <script>x</script>"))
	f.Add([]byte{0xff, 0xfe, 0x00, '<'})
	f.Fuzz(func(t *testing.T, data []byte) {
		Extract(strings.NewReader(string(data)), "")
	})
}

// TestExtractLeavesOutWhatIsNotShown: a hover card inside a sentence, an
// element marked hidden and one styled out of sight are no part of the
// story; the link that opens the card is.
func TestExtractLeavesOutWhatIsNotShown(t *testing.T) {
	const page = `<!doctype html><html><head><title>Mayor backs plan | The Daily Planet</title></head><body>
<article>
<h1>Mayor backs plan</h1>
<p>The city council approved the transport plan on Monday after a long debate that ran late into the night.</p>
<p>Rep. <span class="rollover-people"><a class="rollover-people-link" href="/people/ann-miller">Ann Miller</a><span class="rollover-people-block"><a class="name" href="/people/ann-miller">Ann Miller</a><a href="/x">Miller wins award for bridges</a></span></span> (D-Ohio) said the plan would serve every district for decades.</p>
<p>Opposition members said the plan relied on optimistic forecasts of fare revenue next year.<span class="tooltip-content">Fares rose in 2018</span></p>
<div hidden><p>Subscribe now to read every story the council publishes this year.</p></div>
<p style="display: none">Sign up for our newsletter to get the morning briefing in your inbox.</p>
<p>The budget raises spending on buses and trams by four percent over last year's plan.</p>
</article></body></html>`
	p, err := Extract(strings.NewReader(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(p.Text, "Rep. Ann Miller (D-Ohio) said the plan") {
		t.Errorf("the sentence around the card is not whole:\n%s", p.Text)
	}
	for _, unseen := range []string{"wins award", "Fares rose", "Subscribe", "newsletter"} {
		if strings.Contains(p.Text, unseen) {
			t.Errorf("text keeps %q, which the reader is not shown:\n%s", unseen, p.Text)
		}
	}
}
