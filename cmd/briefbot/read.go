package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/briefing"
	"github.com/briefbot/briefbot/webpage"
)

// runRead prints the article of one web page, fetched or saved, or of one
// text file as the briefing cleans it: what a folder's file becomes.
func (m *Main) runRead(ctx context.Context, o *options, args []string) error {
	if len(args) != 1 {
		return usageError{"read needs one URL or FILE, e.g. briefbot read page.html"}
	}
	target := args[0]
	var page webpage.Page
	var err error
	if strings.HasPrefix(target, "http://") || strings.HasPrefix(target, "https://") {
		page, err = webpage.Fetch(ctx, http.DefaultClient, target)
	} else if isTextFile(target) {
		page, err = readTextFile(target)
	} else {
		var f *os.File
		if f, err = os.Open(target); err != nil {
			return fmt.Errorf("read %s: %w", target, err)
		}
		defer f.Close()
		page, err = webpage.Extract(f, "")
	}
	if err != nil {
		return fmt.Errorf("read %s: %w", target, err)
	}
	if o.json {
		return m.printJSON(page)
	}
	var b strings.Builder
	b.WriteString(page.Title + "\n")
	var meta []string
	for _, s := range []string{page.Site, strings.Join(page.Authors, ", "), page.Published, page.URL} {
		if s != "" {
			meta = append(meta, s)
		}
	}
	b.WriteString(strings.Join(meta, " · ") + "\n\n")
	for _, p := range strings.Split(page.Text, "\n\n") {
		b.WriteString(bot.Wrap(p, o.width, "", "") + "\n\n")
	}
	_, err = fmt.Fprint(m.Stdout, b.String())
	return err
}

// isTextFile reports whether a file is read as an article's text, as a
// folder's .txt files are, rather than as a web page.
func isTextFile(path string) bool { return strings.EqualFold(filepath.Ext(path), ".txt") }

// readTextFile cleans a text file as a briefing does and gives the article
// in a page's shape: the story's paragraphs, captions and furniture gone.
func readTextFile(path string) (webpage.Page, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return webpage.Page{}, err
	}
	a, err := briefing.ParseArticle(filepath.Base(path), data)
	if err != nil {
		return webpage.Page{}, err
	}
	page := webpage.Page{URL: a.URL, Title: a.Title, Site: a.Outlet, Authors: []string{}}
	if a.Author != "" {
		page.Authors = append(page.Authors, a.Author)
	}
	if !a.Date.IsZero() {
		page.Published = a.Date.String()
	}
	var paras []string
	for _, p := range a.Body() {
		paras = append(paras, p.Text)
	}
	page.Text = strings.Join(paras, "\n\n")
	return page, nil
}
