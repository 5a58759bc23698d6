// Package webpage extracts the article of a web page: its body text without
// navigation, ads, captions or appeals, and its title, site, authors and
// date. go-trafilatura finds the body; the core's furniture cleaning then
// trims what is left of share lines and appeals.
package webpage

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/go-shiori/dom"
	trafilatura "github.com/markusmobius/go-trafilatura"
)

// MaxPageBytes bounds the size of a page: a news page is well under it, and
// a larger one is refused rather than read to the end. It is the core's
// bound on a saved page of a folder.
const MaxPageBytes = text.MaxPageBytes

// ErrTooLarge is returned for a page over MaxPageBytes.
var ErrTooLarge = fmt.Errorf("page larger than %d bytes", MaxPageBytes)

// ErrNoArticle is returned when a page holds no article text.
var ErrNoArticle = errors.New("no article text found in the page")

// Page is the article of one web page.
type Page struct {
	URL string `json:"url"`
	// Canonical is the address the page names as its own (its canonical
	// link), when it gives one.
	Canonical string   `json:"canonical,omitempty"`
	Title     string   `json:"title"`
	Site      string   `json:"site,omitempty"`
	Authors   []string `json:"authors"`
	// Published is the page's date as YYYY-MM-DD, empty when the page
	// gives none.
	Published string `json:"published,omitempty"`
	// Text is the article body, paragraphs separated by blank lines.
	Text string `json:"text"`
}

// Extract reads a page of HTML, at most MaxPageBytes, from r. pageURL, when
// known, resolves the page's links and names its site.
func Extract(r io.Reader, pageURL string) (Page, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxPageBytes+1))
	if err != nil {
		return Page{}, fmt.Errorf("read page: %w", err)
	}
	if len(data) > MaxPageBytes {
		return Page{}, ErrTooLarge
	}
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true}
	if pageURL != "" {
		if u, err := parseURL(pageURL); err == nil {
			opts.OriginalURL = u
		}
	}
	doc, err := dom.Parse(bytes.NewReader(data))
	if err != nil {
		return Page{}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	pruneUnseen(doc)
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return Page{}, fmt.Errorf("%w: %v", ErrNoArticle, err)
	}
	raw := strings.Split(res.ContentText, "\n")
	if res.ContentNode != nil {
		raw = paragraphs(res.ContentNode)
	}
	paras := text.CleanBody(dropTitle(raw, res.Metadata.Title))
	if !text.HasProse(paras) {
		return Page{}, ErrNoArticle
	}
	p := Page{
		URL:   firstNonEmpty(pageURL, res.Metadata.URL),
		Title: strings.TrimSpace(res.Metadata.Title),
		Site:  firstNonEmpty(res.Metadata.Sitename, res.Metadata.Hostname),
		Text:  strings.Join(paras, "\n\n"),
	}
	if c := strings.TrimSpace(res.Metadata.URL); c != "" && c != p.URL {
		if u, err := parseURL(c); err == nil {
			p.Canonical = u.String()
		}
	}
	p.Authors = []string{}
	for _, a := range strings.Split(res.Metadata.Author, ";") {
		if a = strings.TrimSpace(a); a != "" {
			p.Authors = append(p.Authors, a)
		}
	}
	if d := res.Metadata.Date; !d.IsZero() && d.Year() > 1990 && d.Before(time.Now().Add(48*time.Hour)) {
		p.Published = d.Format(time.DateOnly)
	}
	return p, nil
}

// ReadSaved finds the article of a saved page, as Extract does, in the
// form the core loads a folder's pages in (a text.PageReader).
func ReadSaved(data []byte) (text.SavedPage, error) {
	p, err := Extract(bytes.NewReader(data), "")
	if err != nil {
		return text.SavedPage{}, err
	}
	sp := text.SavedPage{Title: p.Title, Site: p.Site, Author: strings.Join(p.Authors, ", "), Body: p.Text}
	if t, err := time.Parse(time.DateOnly, p.Published); err == nil {
		sp.Published = dates.DayDate(t.Year(), t.Month(), t.Day())
	}
	return sp, nil
}

var _ text.PageReader = ReadSaved

func firstNonEmpty(xs ...string) string {
	for _, x := range xs {
		if x = strings.TrimSpace(x); x != "" {
			return x
		}
	}
	return ""
}

// dropTitle drops a leading paragraph that repeats the headline: the body
// is what follows it.
func dropTitle(paras []string, title string) []string {
	t := strings.ToLower(strings.TrimSpace(title))
	if t == "" {
		return paras
	}
	for len(paras) > 0 {
		p := strings.ToLower(strings.TrimSpace(paras[0]))
		if p == "" || p == t || strings.HasSuffix(t, p) && len(p) > 10 {
			paras = paras[1:]
			continue
		}
		break
	}
	return paras
}
