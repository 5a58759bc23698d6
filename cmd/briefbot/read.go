package main

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"strings"

	"github.com/briefbot/briefbot/bot"
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
		b.WriteString(bot.Wrap(p, o.width, "", "") + "\n\n")
	}
	_, err = fmt.Fprint(m.Stdout, b.String())
	return err
}
