package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"strings"

	"github.com/briefbot/briefbot/webpage"
)

// runRead prints the article of one web page, fetched or saved.
func (m *Main) runRead(ctx context.Context, o *options, args []string) error {
	if len(args) != 1 {
		return usageError{"read needs one URL or FILE, e.g. briefbot read page.html"}
	}
	target := args[0]
	var page webpage.Page
	var err error
	if strings.HasPrefix(target, "http://") || strings.HasPrefix(target, "https://") {
		page, err = webpage.Fetch(ctx, http.DefaultClient, target)
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
		b.WriteString(wrapText(p, o.width) + "\n\n")
	}
	_, err = fmt.Fprint(m.Stdout, b.String())
	return err
}

// wrapText breaks a paragraph into lines of at most width columns.
func wrapText(p string, width int) string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(p) {
		if line != "" && len([]rune(line))+1+len([]rune(w)) > width {
			lines = append(lines, line)
			line = w
			continue
		}
		line = strings.TrimSpace(line + " " + w)
	}
	return strings.Join(append(lines, line), "\n")
}
