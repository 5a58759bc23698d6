package text

import (
	"crypto/sha256"
	"io/fs"
	"log/slog"
	"sync"
)

// Cleaner cleans articles as ParseArticle, ParseBody and Load do, and
// remembers what each gave, by the bytes and names it was given: the
// reload path and feed polling read every article again, and only the
// new or changed ones need cleaning. It remembers one read, the last:
// each read forgets what the read before it gave that it did not ask for
// again, so an article deleted is forgotten. The zero Cleaner is ready;
// it is safe for concurrent use.
//
// The articles it gives share their paragraphs with those it gave before:
// like every Article, they are to be read, not changed.
type Cleaner struct {
	mu   sync.Mutex
	last map[cleanKey]cleaned
}

// cleanKey is everything the cleaning of one article depends on.
type cleanKey struct {
	id, title string
	// body is set for ParseBody, whose title is given, not read; page
	// for ParsePage.
	body, page bool
	sum        [sha256.Size]byte
}

// cleaned is what cleaning gave.
type cleaned struct {
	a   Article
	err error
}

// A Read is one read of a folder or store through a Cleaner: its Parse
// methods clean what the Cleaner has not cleaned before, and End makes
// what it gave the Cleaner's memory. Its methods may be called from many
// goroutines at once.
type Read struct {
	c    *Cleaner
	last map[cleanKey]cleaned // the Cleaner's, read only
	mu   sync.Mutex
	got  map[cleanKey]cleaned
}

// Begin starts a read.
func (c *Cleaner) Begin() *Read {
	c.mu.Lock()
	defer c.mu.Unlock()
	return &Read{c: c, last: c.last, got: map[cleanKey]cleaned{}}
}

// End ends the read: what it gave is what the Cleaner remembers.
func (r *Read) End() {
	r.mu.Lock()
	got := r.got
	r.got = nil
	r.mu.Unlock()
	r.c.mu.Lock()
	r.c.last = got
	r.c.mu.Unlock()
}

// ParseArticle is the package's ParseArticle, remembered.
func (r *Read) ParseArticle(id string, data []byte) (Article, error) {
	return r.parse(cleanKey{id: id, sum: sha256.Sum256(data)}, data, nil)
}

// ParseBody is the package's ParseBody, remembered.
func (r *Read) ParseBody(id, title string, body []byte) (Article, error) {
	return r.parse(cleanKey{id: id, title: title, body: true, sum: sha256.Sum256(body)}, body, nil)
}

// ParsePage is the package's ParsePage, remembered: a Read is given one
// PageReader, whatever the page.
func (r *Read) ParsePage(id string, data []byte, read PageReader) (Article, error) {
	return r.parse(cleanKey{id: id, page: true, sum: sha256.Sum256(data)}, data, read)
}

// parse cleans what k names, a page by read, unless the last read did.
func (r *Read) parse(k cleanKey, data []byte, read PageReader) (Article, error) {
	res, ok := r.last[k]
	if !ok {
		switch {
		case k.page:
			res.a, res.err = ParsePage(k.id, data, read)
		case k.body:
			res.a, res.err = ParseBody(k.id, k.title, data)
		default:
			res.a, res.err = ParseArticle(k.id, data)
		}
	}
	r.mu.Lock()
	if r.got != nil {
		r.got[k] = res
	}
	r.mu.Unlock()
	return res.a, res.err
}

// Load is the package's Load, each file cleaned only if this Cleaner has
// not cleaned the same bytes under the same name on its last read.
func (c *Cleaner) Load(fsys fs.FS, dir string, log *slog.Logger) ([]Article, error) {
	return c.LoadFolder(fsys, dir, log, nil)
}

// LoadFolder is the package's LoadFolder, each file or page cleaned only if
// this Cleaner has not cleaned the same bytes under the same name on its
// last read: a page's article is not looked for again either.
func (c *Cleaner) LoadFolder(fsys fs.FS, dir string, log *slog.Logger, pages PageReader) ([]Article, error) {
	r := c.Begin()
	var page func(id string, data []byte) (Article, error)
	if pages != nil {
		page = func(id string, data []byte) (Article, error) { return r.ParsePage(id, data, pages) }
	}
	arts, err := load(fsys, dir, log, r.ParseArticle, page)
	if err != nil {
		// Nothing read: the memory of the last good read stays.
		return nil, err
	}
	r.End()
	return arts, nil
}
