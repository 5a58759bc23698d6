package webpage

import (
	"context"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// UserAgent names briefbot to the sites it reads.
const UserAgent = "briefbot/2 (+https://github.com/briefbot/briefbot; news briefing bot)"

// FetchTimeout bounds one page request.
const FetchTimeout = 20 * time.Second

func parseURL(s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("not a web address: %q", s)
	}
	return u, nil
}

// Fetch downloads a page with client and extracts its article. A page that
// is not HTML, answers an error status or is over MaxPageBytes is refused
// with an error that says why.
func Fetch(ctx context.Context, client *http.Client, pageURL string) (Page, error) {
	if _, err := parseURL(pageURL); err != nil {
		return Page{}, err
	}
	ctx, cancel := context.WithTimeout(ctx, FetchTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, pageURL, nil)
	if err != nil {
		return Page{}, err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	resp, err := client.Do(req)
	if err != nil {
		return Page{}, fmt.Errorf("fetch %s: %w", pageURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return Page{}, fmt.Errorf("fetch %s: %s", pageURL, resp.Status)
	}
	if resp.ContentLength > MaxPageBytes {
		return Page{}, fmt.Errorf("fetch %s: %w", pageURL, ErrTooLarge)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		mt, _, _ := mime.ParseMediaType(ct)
		if mt != "text/html" && mt != "application/xhtml+xml" && !strings.HasPrefix(mt, "text/") {
			return Page{}, fmt.Errorf("fetch %s: not a web page (%s)", pageURL, mt)
		}
	}
	p, err := Extract(resp.Body, resp.Request.URL.String())
	if err != nil {
		return Page{}, fmt.Errorf("extract %s: %w", pageURL, err)
	}
	return p, nil
}
