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

// unseenBoxes are class-name fragments of the boxes a page keeps out of
// sight until a reader hovers or clicks; a "rollover" class names the box
// only with its box's suffix, being also the name of the visible link's
// wrapper (The Hill's "rollover-people" holds a name, its
// "rollover-people-block" the card of that person's headlines).
var unseenBoxes = []string{"tooltip", "popover", "hovercard"}

// boxSuffixes end the class of a hover box that a "rollover" names.
var boxSuffixes = []string{"block", "card", "content", "box", "popup"}

// pruneUnseen removes from a page what its reader is not shown: elements
// marked hidden (the hidden attribute, an inline display:none or
// visibility:hidden) and hover cards.
func pruneUnseen(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && unseen(c) {
			n.RemoveChild(c)
		} else {
			pruneUnseen(c)
		}
		c = next
	}
}

// unseen reports whether an element is kept out of the reader's sight.
func unseen(n *html.Node) bool {
	for _, a := range n.Attr {
		switch strings.ToLower(a.Key) {
		case "hidden":
			return true
		case "style":
			style := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
				return true
			}
		case "class":
			for _, class := range strings.Fields(strings.ToLower(a.Val)) {
				if hoverBox(class) {
					return true
				}
			}
		}
	}
	return false
}

// hoverBox reports whether a lower-case class names a hover box.
func hoverBox(class string) bool {
	for _, frag := range unseenBoxes {
		if strings.Contains(class, frag) {
			return true
		}
	}
	if strings.Contains(class, "rollover") {
		for _, suffix := range boxSuffixes {
			if strings.HasSuffix(class, suffix) {
				return true
			}
		}
	}
	return false
}
