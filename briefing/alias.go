package briefing

import (
	"io/fs"
	"log/slog"
	"time"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/quotes"
	"github.com/briefbot/briefbot/briefing/summary"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/briefbot/briefbot/briefing/timeline"
)

// The facade's own names for the types its answers carry, so that callers
// need import only this package.
type (
	// Date is a calendar date known to some precision.
	Date = dates.Date
	// Article is one cleaned news article.
	Article = text.Article
	// Person is one person named in the articles.
	Person = people.Person
	// Resolution is what a name typed by a user designates.
	Resolution = people.Resolution
)

// DayDate is the date of one day.
func DayDate(y int, m time.Month, d int) Date { return dates.DayDate(y, m, d) }

// ErrNoArticles is returned by Load when a folder yields no article.
var ErrNoArticles = text.ErrNoArticles

// Load reads and cleans every *.txt article below dir of fsys; a file that
// cannot be an article is skipped with a warning naming it.
func Load(fsys fs.FS, dir string, log *slog.Logger) ([]Article, error) {
	return text.Load(fsys, dir, log)
}

// LoadFolder is Load, the saved web pages below dir (*.html, *.htm) read
// too when pages is not nil: pages finds each one's article (the core
// reads no HTML), which is then cleaned as a file's body is.
func LoadFolder(fsys fs.FS, dir string, log *slog.Logger, pages PageReader) ([]Article, error) {
	return text.LoadFolder(fsys, dir, log, pages)
}

type (
	// PageReader finds the article of a saved web page.
	PageReader = text.PageReader
	// SavedPage is the article a saved web page holds.
	SavedPage = text.SavedPage
)

// ParseArticle cleans the text of one article file named id.
func ParseArticle(id string, data []byte) (Article, error) { return text.ParseArticle(id, data) }

// ParseBody cleans the body of an article whose title is known, such as a
// web page's.
func ParseBody(id, title string, body []byte) (Article, error) {
	return text.ParseBody(id, title, body)
}

// Quote is a direct quotation and the person who said it.
type Quote = quotes.Quote

// Event is one dated statement of the timeline.
type Event = timeline.Event

// KeyEventCount is how many events a timeline shows unless asked for all.
const KeyEventCount = timeline.KeyCount

// KeyEvents returns the n events of evs, in their order, that are most the
// articles' news (see timeline.Key); evs itself when it holds n or fewer.
func KeyEvents(evs []Event, n int) []Event { return timeline.Key(evs, n) }

type (
	// Brief is the cross-article briefing.
	Brief = summary.Brief
	// Story is a group of articles about one event.
	Story = summary.Story
	// Carrier is another outlet's copy of a wire story.
	Carrier = summary.Carrier
)
