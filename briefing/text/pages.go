package text

import (
	"github.com/briefbot/briefbot/briefing/dates"
)

// MaxPageBytes bounds how much of a saved web page is read: a news page,
// scripts and styles included, is well under it.
const MaxPageBytes = 5 << 20

// SavedPage is the article a saved web page holds, as a PageReader finds
// it.
type SavedPage struct {
	Title  string
	Site   string
	Author string
	// Published is the date the page gives, or zero.
	Published dates.Date
	// Body is the article's text, paragraphs separated by blank lines.
	Body string
}

// PageReader finds the article of a saved web page (HTML). The core reads
// no HTML itself: the program that loads a folder hands it one.
type PageReader func(data []byte) (SavedPage, error)

// isPageExt reports whether a file's extension, lower-cased, is a saved web
// page's.
func isPageExt(ext string) bool { return ext == ".html" || ext == ".htm" }

// ParsePage cleans the article of a saved web page named id, which read
// finds in the page: its body cleaned as ParseBody cleans a body, with the
// page's title, site, author and date. A page that gives no date keeps
// the one its text may give (a dateline), as a file's does.
func ParsePage(id string, data []byte, read PageReader) (Article, error) {
	if len(data) > MaxPageBytes {
		return Article{}, ErrPageTooLarge
	}
	p, err := read(data)
	if err != nil {
		return Article{}, err
	}
	a, err := ParseBody(id, p.Title, []byte(p.Body))
	if err != nil {
		return Article{}, err
	}
	a.Outlet, a.Author = p.Site, p.Author
	if !p.Published.IsZero() {
		a.Date, a.DateInferred = p.Published, false
	}
	return a, nil
}
