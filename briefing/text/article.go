// Package text turns raw article files into cleaned articles: web furniture
// dropped, date lines, bylines and outlets read, paragraphs split into
// sentences. It also holds the word statistics (terms, TF-IDF vectors) that
// later stages compare texts with.
package text

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"html"
	"io"
	"io/fs"
	"log/slog"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/parallel"
)

// MaxArticleBytes bounds how much of one file is read. A news article is a
// few kilobytes; anything past this is cut with a warning so that a stray
// 10 MB file costs bounded time and memory.
const MaxArticleBytes = 1 << 20

// ParagraphKind says what a paragraph of an article is for.
type ParagraphKind int

// The kinds of paragraph kept after cleaning.
const (
	// Body is the story itself.
	Body ParagraphKind = iota
	// Caption is a photo caption: its dates count, but it is never a lead,
	// a summary sentence or a quote.
	Caption
	// Correction is a correction or clarification notice, kept because it
	// matters to a reader.
	Correction
	// Post is a social-media post the page embeds ("... pic.twitter.com/x
	// — Name (@handle) November 12, 2017"): someone's words, not in
	// quotation marks, and dated by the post, so never a lead, a summary
	// sentence, a quote or a dated event of the story.
	Post
)

// String names the kind for JSON and logs.
func (k ParagraphKind) String() string {
	switch k {
	case Caption:
		return "caption"
	case Correction:
		return "correction"
	case Post:
		return "post"
	}
	return "body"
}

// MarshalText writes the kind's name.
func (k ParagraphKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Paragraph is one cleaned paragraph with its sentences.
type Paragraph struct {
	Kind      ParagraphKind `json:"kind"`
	Text      string        `json:"text"`
	Sentences []string      `json:"sentences"`
}

// Article is one cleaned news article.
type Article struct {
	// ID is the file's base name, stable across runs.
	ID    string `json:"doc"`
	Title string `json:"title"`
	// URL is where the article was read from, empty for a file.
	URL    string `json:"url,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	Author string `json:"author,omitempty"`
	// Date is the publication date the text states, or zero.
	Date dates.Date `json:"date"`
	// DateInferred is set when no date line was given and Date is the latest
	// full date written in the text (a dateline or a photo caption).
	DateInferred bool        `json:"date_inferred,omitempty"`
	Paragraphs   []Paragraph `json:"paragraphs"`
	// Truncated is set when the file was longer than MaxArticleBytes.
	Truncated bool `json:"truncated,omitempty"`
	// Hash identifies the text: it changes when the file's content does.
	Hash string `json:"hash"`
}

// Body returns the story paragraphs, without captions or corrections. It
// may share the article's own list: read it, do not change it.
func (a *Article) Body() []Paragraph {
	n := 0
	for _, p := range a.Paragraphs {
		if p.Kind == Body {
			n++
		}
	}
	if n == len(a.Paragraphs) {
		// Most articles: every paragraph is story, and asked often.
		return a.Paragraphs[:n:n]
	}
	out := make([]Paragraph, 0, n)
	for _, p := range a.Paragraphs {
		if p.Kind == Body {
			out = append(out, p)
		}
	}
	return out
}

// Corrections returns the text of the article's correction notices.
func (a *Article) Corrections() []string {
	var out []string
	for _, p := range a.Paragraphs {
		if p.Kind == Correction {
			out = append(out, p.Text)
		}
	}
	return out
}

// Errors returned for input that cannot be an article.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file (contains NUL bytes)")
	ErrInvalidUTF8 = errors.New("not valid UTF-8 text")
	ErrNoStory     = errors.New("no story text after cleaning")
	ErrNoArticles  = errors.New("no articles")
	// ErrPageTooLarge is returned for a saved web page over MaxPageBytes:
	// unlike a text file's, a page's end cannot be cut off and read.
	ErrPageTooLarge = fmt.Errorf("web page larger than %d bytes", MaxPageBytes)
)

// ParseArticle cleans the text of one article file named id. HTML
// character references a scraper left in the text ("communiqu&#233;",
// "&amp;") are decoded; a web page's body comes decoded already.
func ParseArticle(id string, data []byte) (Article, error) {
	return parse(id, "", decodeReferences(data))
}

// characterReference matches an HTML character reference closed by its
// semicolon: "&#233;", "&#xE9;", "&amp;". Without the semicolon, "AT&T"
// and "&not" in running text stay as they are.
var characterReference = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)

// decodeReferences decodes the character references of data, which is
// returned as it is when it holds none.
func decodeReferences(data []byte) []byte {
	if bytes.IndexByte(data, '&') < 0 || !characterReference.Match(data) {
		return data
	}
	return characterReference.ReplaceAllFunc(data, func(ref []byte) []byte {
		return []byte(html.UnescapeString(string(ref)))
	})
}

// ParseBody cleans the body of an article whose title is known already,
// such as a web page's: no line of the body is taken for the title.
func ParseBody(id, title string, body []byte) (Article, error) {
	return parse(id, strings.TrimSpace(title), body)
}

func parse(id, title string, data []byte) (Article, error) {
	truncated := false
	if len(data) > MaxArticleBytes {
		data = data[:MaxArticleBytes]
		// Cut at a line break in the second half, else at a space, so that
		// no rune is split; mark the cut so the last paragraph still ends.
		if i := bytes.LastIndexByte(data, '\n'); i > MaxArticleBytes/2 {
			data = data[:i]
		} else if i := bytes.LastIndexByte(data, ' '); i > 0 {
			data = append(data[:i:i], " …"...)
		}
		truncated = true
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	switch {
	case len(bytes.TrimSpace(data)) == 0:
		return Article{}, ErrEmpty
	case bytes.IndexByte(data, 0) >= 0:
		return Article{}, ErrBinary
	case !utf8.Valid(data):
		return Article{}, ErrInvalidUTF8
	}
	a := clean(id, title, string(data))
	a.Truncated = truncated
	sum := sha256.Sum256(data)
	a.Hash = hex.EncodeToString(sum[:8])
	if len(a.Body()) == 0 {
		return Article{}, ErrNoStory
	}
	return a, nil
}

// Load reads every *.txt file in dir of fsys and its subfolders. An
// article's ID is its path below dir (its base name for a file at the top).
// A file that cannot be an article is skipped with a warning naming it; the
// others still load. It fails when the folder cannot be read or yields no
// article.
func Load(fsys fs.FS, dir string, log *slog.Logger) ([]Article, error) {
	return load(fsys, dir, log, ParseArticle, nil)
}

// LoadFolder is Load, the saved web pages of the folder (*.html, *.htm)
// read too when pages is not nil: pages finds each one's article, and
// ParsePage cleans it.
func LoadFolder(fsys fs.FS, dir string, log *slog.Logger, pages PageReader) ([]Article, error) {
	var page func(id string, data []byte) (Article, error)
	if pages != nil {
		page = func(id string, data []byte) (Article, error) { return ParsePage(id, data, pages) }
	}
	return load(fsys, dir, log, ParseArticle, page)
}

// load is LoadFolder, each text file's bytes cleaned by parse and each
// saved page's by page, pages left out when page is nil.
func load(fsys fs.FS, dir string, log *slog.Logger, parse, page func(id string, data []byte) (Article, error)) ([]Article, error) {
	if _, err := fs.ReadDir(fsys, dir); err != nil {
		return nil, fmt.Errorf("read articles folder: %w", err)
	}
	var names []string
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			log.Warn("skipping unreadable path", "path", p, "err", err)
			if d != nil && d.IsDir() && p != dir {
				return fs.SkipDir
			}
			return nil
		}
		ext := strings.ToLower(path.Ext(p))
		if d.Type().IsRegular() && (ext == ".txt" || page != nil && isPageExt(ext)) {
			names = append(names, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read articles folder: %w", err)
	}
	sort.Strings(names)
	// Files are read and cleaned on every core; the results are taken in
	// name order, so the warnings and the articles come out as one core
	// would give them.
	type loaded struct {
		id  string
		a   Article
		err error
	}
	results := make([]loaded, len(names))
	parallel.For(len(names), func(i int) {
		p := names[i]
		id := strings.TrimPrefix(strings.TrimPrefix(p, dir), "/")
		if dir == "." {
			id = p
		}
		var a Article
		var err error
		if isPageExt(strings.ToLower(path.Ext(p))) {
			a, err = loadOne(fsys, p, id, MaxPageBytes, page)
		} else {
			a, err = loadOne(fsys, p, id, MaxArticleBytes, parse)
		}
		results[i] = loaded{id, a, err}
	})
	var out []Article
	for _, r := range results {
		if r.err != nil {
			log.Warn("skipping article", "file", r.id, "err", r.err)
			continue
		}
		if r.a.Truncated {
			log.Warn("article truncated", "file", r.id, "limit_bytes", MaxArticleBytes)
		}
		out = append(out, r.a)
	}
	if len(out) == 0 {
		kinds := ".txt"
		if page != nil {
			kinds = ".txt or .html"
		}
		if len(names) == 0 {
			return nil, fmt.Errorf("%w: no %s files in the folder", ErrNoArticles, kinds)
		}
		return nil, fmt.Errorf("%w: none of the %d %s files could be read", ErrNoArticles, len(names), kinds)
	}
	return out, nil
}

// loadOne reads the file p of fsys, up to one byte past limit so that
// parse knows a file longer, and cleans it as the article name.
func loadOne(fsys fs.FS, p, name string, limit int64, parse func(id string, data []byte) (Article, error)) (Article, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return Article{}, err
	}
	defer f.Close()
	data, err := readAll(f, limit+1)
	if err != nil {
		return Article{}, err
	}
	return parse(name, data)
}

// readAll reads f to its end or to limit bytes, into a buffer sized by
// the file's stated size where it states one: io.ReadAll would grow its
// buffer from 512 bytes, copying each article several times.
func readAll(f fs.File, limit int64) ([]byte, error) {
	size := int64(512)
	if st, err := f.Stat(); err == nil && st.Size() > 0 {
		size = min(st.Size()+1, limit) // +1 to see the end without growing
	}
	b := make([]byte, 0, size)
	r := io.LimitReader(f, limit)
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grow as append does
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}
