package dates

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// futureMarkers make the clause around a time expression speak of what is to
// come; pastMarkers of what happened. The nearest marker to the expression
// decides.
var futureMarkers = map[string]bool{
	"will": true, "shall": true, "would": true, "'ll": true, "opens": true,
	"begins": true, "starts": true, "upcoming": true, "scheduled": true, "due": true,
	"expected": true, "plans": true, "planned": true, "planning": true,
	"going": true, "next": true, "later": true, "coming": true, "ahead": true, "intends": true,
	"hopes": true, "aims": true, "opening": true, "forthcoming": true, "wo": true,
	// News writes a scheduled event in the present: "the summit runs
	// until Saturday", "the committee meets on Thursday".
	"runs": true, "continues": true, "lasts": true, "ends": true, "closes": true,
	"resumes": true, "meets": true, "convenes": true, "arrives": true, "leaves": true,
	"heads": true, "travels": true,
}

var pastMarkers = map[string]bool{
	"said": true, "met": true, "was": true, "were": true, "had": true, "did": true,
	"told": true, "took": true, "came": true, "went": true, "made": true, "held": true,
	"began": true, "saw": true, "gave": true, "won": true, "lost": true, "left": true,
	"spoke": true, "struck": true, "became": true, "agreed": true, "announced": true,
	"ago": true, "last": true, "earlier": true, "previously": true, "since": true,
	"confirmed": true, "discussed": true, "admitted": true, "denied": true, "reported": true,
	"killed": true, "died": true, "fell": true, "rose": true, "led": true, "sent": true,
	"signed": true, "visited": true, "ended": true, "happened": true, "occurred": true,
	"began,": true, "brought": true, "bought": true, "sold": true, "paid": true,
	"got": true, "found": true, "thought": true, "felt": true, "kept": true, "ran": true,
	"wrote": true, "heard": true, "meant": true,
}

// tenseNear returns the tense of the words around s[start:end], deciding by
// the marker nearest to the expression, looking back first.
func tenseNear(s string, start, end int) tense {
	before := strings.Fields(s[:start])
	after := strings.Fields(s[end:])
	const window = 10
	for d := 0; d < window; d++ {
		if d < len(before) {
			i := len(before) - 1 - d
			if t := markerTense(before[i]); t != tenseUnknown {
				// "will be held", "to be signed": a participle after "be"
				// speaks of what is to come.
				if t == tensePast && i > 0 && strings.ToLower(before[i-1]) == "be" {
					return tenseFuture
				}
				return t
			}
		}
		if d < len(after) {
			if t := markerTense(after[d]); t != tenseUnknown {
				return t
			}
		}
	}
	return tenseUnknown
}

func markerTense(w string) tense {
	w = strings.Trim(w, ",.;:!?\"“”'’()[]")
	// "-ed" marks a past verb, but not in a name ("United States").
	proper := w != "" && unicode.IsUpper([]rune(w)[0])
	w = strings.ToLower(w)
	switch {
	case w == "":
		return tenseUnknown
	case futureMarkers[w]:
		return tenseFuture
	case pastMarkers[w] || (!proper && len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")):
		return tensePast
	}
	return tenseUnknown
}

// yearAfter reads "of last year", "of this year" or "of next year" that
// opens rest, the text after a month: the year it names, as years from the
// anchor's.
func yearAfter(rest string) (int, bool) {
	rest = strings.TrimLeft(rest, " ")
	rest, ok := strings.CutPrefix(rest, "of ")
	if !ok {
		return 0, false
	}
	for word, shift := range map[string]int{"last year": -1, "this year": 0, "next year": 1} {
		if len(rest) >= len(word) && strings.EqualFold(rest[:len(word)], word) && (len(rest) == len(word) || !isWordRune(rest[len(word)])) {
			return shift, true
		}
	}
	return 0, false
}

// isWordRune reports whether the byte c continues a word.
func isWordRune(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_'
}

// anchor is the date an article's relative expressions are resolved against.
type Anchor struct {
	Date Date
	// lowerBound is set when the date was inferred from the Text: the
	// article was written on or after it, so weekdays are read forward.
	LowerBound bool
	// Past is a year before the anchor's that the text around an
	// expression is set in, from the full date the paragraph gave last
	// ("on November 12, 2012 ... after the September 11 attack"); 0 when
	// none. A month, or a month and day, with no year of its own is of
	// that year.
	Past int
	// Future is a year after the anchor's that the text around an
	// expression looks ahead to ("a 50th anniversary tour in 2020 ...
	// stops at Blossom on July 22"); 0 when none. A month, or a month
	// and day, with no year of its own and no past tense, that would
	// otherwise lie months before the article, is of that year.
	Future int
}

// resolve dates a time expression of a sentence against an anchor. It returns
// the zero Date when the expression cannot be dated without guessing.
func Resolve(e Expr, s string, a Anchor) Date {
	switch e.Kind {
	case Full, MonthYear, Year:
		return e.Date
	}
	if a.Date.Prec != DayExact {
		return Date{}
	}
	at := a.Date.Time()
	tense := tenseNear(s, e.Start, e.End)
	if e.Kind == MonthDay || e.Kind == Month {
		// "in March of last year", "on June 3 of next year": the year is
		// said.
		if shift, ok := yearAfter(s[e.End:]); ok {
			return inYear(e, at.Year()+shift)
		}
	}
	if a.Past != 0 && a.Past < at.Year() && yearless(e) {
		// In a flashback's year, unless the article's own year puts the
		// date within two months of it: news names recent dates ("the
		// coup attempt July 15").
		present := a
		present.Past = 0
		if d := Resolve(e, s, present); !d.IsZero() && absDays(d, a.Date) <= recentDays {
			return d
		}
		return inYear(e, a.Past)
	}
	if a.Future > at.Year() && tense != tensePast && yearless(e) {
		// In the year looked ahead to, unless the article's own year puts
		// the date after the article or within two months of it.
		present := a
		present.Future = 0
		if d := Resolve(e, s, present); d.IsZero() || d.Compare(a.Date) >= 0 || absDays(d, a.Date) <= recentDays {
			return d
		}
		return inYear(e, a.Future)
	}
	switch e.Kind {
	case MonthDay:
		dayIn := func(y int) (Date, bool) {
			d := inYear(e, y)
			return d, !d.IsZero()
		}
		if e.DayOfWeek {
			// "Saturday, May 18": the year whose May 18 is a Saturday,
			// when one near the article's is; the tense reads the rest.
			if d := pickYear(a, tense, func(y int) (Date, bool) {
				d, ok := dayIn(y)
				return d, ok && d.Time().Weekday() == e.Weekday
			}); !d.IsZero() {
				return d
			}
		}
		return pickYear(a, tense, dayIn)
	case Month:
		switch e.Modifier {
		case "last":
			tense = tensePast
		case "next":
			tense = tenseFuture
		case "this":
			if e.Month == at.Month() {
				return MonthDate(at.Year(), e.Month)
			}
		}
		return pickYear(a, tense, func(y int) (Date, bool) { return MonthDate(y, e.Month), true })
	case Weekday:
		return resolveWeekday(e, tense, a)
	case Relative:
		if l := strings.ToLower(e.Text); strings.HasSuffix(l, "years ago") && approximate(s[:e.Start]) {
			// "more than 20 years ago": no year to trust. A bound on weeks
			// or months ("less than two weeks ago") still gives the month.
			return Date{}
		}
		return resolveRelative(strings.ToLower(e.Text), a)
	}
	return Date{}
}

// approximateWords make the count of an "N years ago" that follows them a
// bound or a guess: "more than 20 years ago", "nearly two years ago".
var approximateWords = []string{
	"more than", "over", "nearly", "almost", "about", "some", "roughly",
	"around", "at least", "less than", "fewer than", "under", "up to",
	"approximately", "close to", "upwards of",
}

// approximate reports whether before, the text before a count, ends in
// words that make the count approximate.
func approximate(before string) bool {
	l := strings.ToLower(strings.TrimRight(before, " "))
	for _, w := range approximateWords {
		if strings.HasSuffix(l, w) && (len(l) == len(w) || l[len(l)-len(w)-1] == ' ') {
			return true
		}
	}
	return false
}

// yearless reports whether e is a month, or a month and day, with no year
// or modifier of its own: the expressions a flashback's or a look ahead's
// year dates.
func yearless(e Expr) bool { return e.Kind == MonthDay || e.Kind == Month && e.Modifier == "" }

// inYear dates a month, or a month and day, in year y; the zero Date for
// a day the year lacks (February 29).
func inYear(e Expr, y int) Date {
	if e.Kind == Month {
		return MonthDate(y, e.Month)
	}
	if !ValidDay(y, e.Month, e.Day) {
		return Date{}
	}
	return DayDate(y, e.Month, e.Day)
}

// recentDays is how near the article's date a month and day named in the
// news most likely lies.
const recentDays = 62

// pickYear chooses among the candidate dates of the anchor's year and its
// neighbours: for a past clause the latest not after the anchor, for a
// future clause the earliest not before it, otherwise the nearest.
func pickYear(a Anchor, tense tense, make func(y int) (Date, bool)) (best Date) {
	var cands []Date
	for y := a.Date.Year - 1; y <= a.Date.Year+1; y++ {
		if d, ok := make(y); ok {
			cands = append(cands, d)
		}
	}
	// Compare at the candidate's own precision: July is not after an
	// anchor in July.
	cmp := func(d Date) int {
		ad := a.Date
		ad.Prec = d.Prec
		if d.Prec < DayExact {
			ad.Day = 0
		}
		return d.Compare(ad)
	}
	defer func() {
		// A month and day named in the news lies near the article's date:
		// when the tense points a year away but the other reading is within
		// two months, the tense was misread ("originally set for 29 March").
		if nearest := nearestCandidate(cands, a.Date); !best.IsZero() && best.Prec == DayExact && !nearest.IsZero() &&
			absDays(best, a.Date) > 180 && absDays(nearest, a.Date) <= recentDays {
			best = nearest
		}
	}()
	switch tense {
	case tensePast:
		for _, d := range cands {
			if cmp(d) <= 0 {
				best = d
			}
		}
	case tenseFuture:
		for i := len(cands) - 1; i >= 0; i-- {
			if cmp(cands[i]) >= 0 {
				best = cands[i]
			}
		}
	default:
		best = nearestCandidate(cands, a.Date)
	}
	return best
}

// nearestCandidate returns the candidate closest to the anchor.
func nearestCandidate(cands []Date, anchor Date) Date {
	var best Date
	bestGap := math.MaxFloat64
	for _, d := range cands {
		if g := absDays(d, anchor); g < bestGap {
			best, bestGap = d, g
		}
	}
	return best
}

// absDays is how many days lie between the starts of two dates.
func absDays(a, b Date) float64 { return math.Abs(a.Time().Sub(b.Time()).Hours() / 24) }

func resolveWeekday(e Expr, tense tense, a Anchor) Date {
	at := a.Date.Time()
	diffBack := (int(at.Weekday()) - int(e.Weekday) + 7) % 7 // days back to the weekday
	diffFwd := (int(e.Weekday) - int(at.Weekday()) + 7) % 7  // days forward to it
	var days int
	switch {
	case e.Modifier == "last":
		days = -diffBack
		if days == 0 {
			days = -7
		}
	case e.Modifier == "next":
		days = diffFwd
		if days == 0 {
			days = 7
		}
	case a.LowerBound:
		days = diffFwd
	case tense == tenseFuture:
		days = diffFwd
	default:
		days = -diffBack
	}
	return dateOf(at.AddDate(0, 0, days))
}

func resolveRelative(t string, a Anchor) Date {
	at := a.Date.Time()
	fields := strings.Fields(t)
	day := func(n int) Date {
		if a.LowerBound {
			return Date{} // the true date is unknown, so is "yesterday"
		}
		return dateOf(at.AddDate(0, 0, n))
	}
	week := func(n int) Date {
		if a.LowerBound {
			return Date{}
		}
		// A week is kept as its month when the whole week falls in one.
		monday := at.AddDate(0, 0, -((int(at.Weekday())+6)%7)+7*n)
		sunday := monday.AddDate(0, 0, 6)
		if monday.Month() != sunday.Month() {
			return Date{}
		}
		return MonthDate(monday.Year(), monday.Month())
	}
	month := func(n int) Date {
		t := time.Date(at.Year(), at.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
		return MonthDate(t.Year(), t.Month())
	}
	switch {
	case t == "yesterday":
		return day(-1)
	case t == "today" || t == "tonight":
		return day(0)
	case t == "tomorrow":
		return day(1)
	case strings.HasSuffix(t, "ago"):
		n := numberWord(fields[0])
		switch strings.TrimSuffix(fields[1], "s") {
		case "day":
			return day(-n)
		case "week":
			return week(-n)
		case "month":
			return month(-n)
		case "year":
			return yearDate(at.Year() - n)
		}
	}
	last := fields[len(fields)-1]
	n := 0
	switch fields[0] {
	case "last":
		n = -1
	case "next":
		n = 1
	}
	switch last {
	case "week", "weekend":
		return week(n)
	case "month":
		return month(n)
	case "year":
		return yearDate(at.Year() + n)
	}
	return Date{}
}

func numberWord(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}[s]
}
