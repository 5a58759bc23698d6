package webpage

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags start a paragraph of their own.
var blockTags = map[string]bool{
	"p": true, "div": true, "section": true, "article": true, "main": true, "blockquote": true,
	"pre": true, "li": true, "ul": true, "ol": true, "dl": true, "dt": true, "dd": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "table": true,
	"tr": true, "td": true, "th": true, "figure": true, "figcaption": true, "header": true,
	"footer": true, "aside": true, "br": true, "hr": true, "head": true, "body": true,
}

// skipTags hold no article text.
var skipTags = map[string]bool{"figcaption": true, "script": true, "style": true, "noscript": true}

// paragraphs returns the text of an extracted content tree, one string per
// block: the extractor's plain text runs the blocks together.
func paragraphs(n *html.Node) []string {
	var out []string
	var cur strings.Builder
	flush := func() {
		if s := strings.TrimSpace(cur.String()); s != "" {
			out = append(out, s)
		}
		cur.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipTags[n.Data] {
				return
			}
			if blockTags[n.Data] {
				flush()
				defer flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}
