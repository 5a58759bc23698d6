package briefing

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Time expressions are found with regular expressions and resolved by our own
// tense rules: date libraries read a bare weekday as the coming one, which is
// wrong for news written in the past tense, and find little inside running
// text. See resolve for the rules.

const monthAlt = `(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`
const weekdayAlt = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`

var (
	mdyRe = regexp.MustCompile(`\b` + monthAlt + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d{2})\b`)
	dmyRe = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthAlt + `\.?,?\s+((?:19|20)\d{2})\b`)
	isoRe = regexp.MustCompile(`\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b`)
	myRe  = regexp.MustCompile(`\b` + monthAlt + `,?\s+((?:19|20)\d{2})\b`)
	mdRe  = regexp.MustCompile(`\b` + monthAlt + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b`)
	dmRe  = regexp.MustCompile(`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?` + monthAlt + `\b`)
	// A month or year after "in", "during", "early"... is when something
	// happened; after "since", "until" or "by" it bounds a period, which
	// dates no event.
	monthRe   = regexp.MustCompile(`(?i)\b(in|during|early|late|mid|last|next|this|throughout|of)[- ]+(?:early\s+|late\s+|mid-?)?` + monthAlt + `\b`)
	yearRe    = regexp.MustCompile(`(?i)\b(in|during|early|late|mid|throughout|of|year)[- ]+((?:19|20)\d{2})\b`)
	weekdayRe = regexp.MustCompile(`(?i)\b(?:(last|next|this|on|late|early)\s+)?` + weekdayAlt + `\b`)
	relRe     = regexp.MustCompile(`(?i)\b(yesterday|today|tonight|tomorrow|(?:earlier|later)\s+this\s+(?:week|month|year)|(?:last|this|next)\s+(?:week|weekend|month|year)|(\d+|two|three|four|five|six|seven|ten)\s+(days?|weeks?|months?|years?)\s+ago)\b`)
	timeRe    = regexp.MustCompile(`(?i)\b\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*(?:GMT|UTC|BST|EST|EDT|PST|PDT|CET|CEST|MSK|ET|PT))?\b`)
	labelRe   = regexp.MustCompile(`(?i)\b(published|updated|posted|last|modified|first|date|on|at|et|edt|est)\b`)
	wordRe    = regexp.MustCompile(`[\p{L}\p{N}]+`)
)

func monthOf(s string) time.Month {
	s = strings.ToLower(s)
	if len(s) < 3 {
		return 0
	}
	for m := time.January; m <= time.December; m++ {
		if strings.HasPrefix(strings.ToLower(m.String()), s[:3]) {
			return m
		}
	}
	return 0
}

// isMonthName reports whether a lower-case word is a month's name or its
// abbreviation ("nov", "november"), not merely a word sharing its first
// letters ("marching").
func isMonthName(l string) bool {
	m := monthOf(l)
	return m != 0 && strings.HasPrefix(strings.ToLower(m.String()), l)
}

func weekdayOf(s string) time.Weekday {
	s = strings.ToLower(s)
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.ToLower(d.String()) == s {
			return d
		}
	}
	return -1
}

func validDay(y int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Day() == d
}

// fullDateSpan is a date written out with its year.
type fullDateSpan struct {
	start, end int
	date       Date
}

// findFullDates returns the dates with day and year written in text.
func findFullDates(text string) []fullDateSpan {
	if !containsYear(text) {
		return nil
	}
	var out []fullDateSpan
	for _, m := range mdyRe.FindAllStringSubmatchIndex(text, -1) {
		mon := monthOf(text[m[2]:m[3]])
		d, _ := strconv.Atoi(text[m[4]:m[5]])
		y, _ := strconv.Atoi(text[m[6]:m[7]])
		if validDay(y, mon, d) {
			out = append(out, fullDateSpan{m[0], m[1], DayDate(y, mon, d)})
		}
	}
	for _, m := range dmyRe.FindAllStringSubmatchIndex(text, -1) {
		d, _ := strconv.Atoi(text[m[2]:m[3]])
		mon := monthOf(text[m[4]:m[5]])
		y, _ := strconv.Atoi(text[m[6]:m[7]])
		if validDay(y, mon, d) {
			out = append(out, fullDateSpan{m[0], m[1], DayDate(y, mon, d)})
		}
	}
	for _, m := range isoRe.FindAllStringSubmatchIndex(text, -1) {
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		d, _ := strconv.Atoi(text[m[6]:m[7]])
		if validDay(y, time.Month(mo), d) {
			out = append(out, fullDateSpan{m[0], m[1], DayDate(y, time.Month(mo), d)})
		}
	}
	return out
}

// containsMonth reports whether a month name or abbreviation may stand in s.
func containsMonth(s string) bool {
	for _, h := range timeHints[:12] {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// containsYear reports whether s holds a four-digit number from 1900 to
// 2099.
func containsYear(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') && isDigit(s[i+2]) && isDigit(s[i+3]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// parseDateLine reads a line that is only a date, as in a page's date line:
// "Published: Wed, November 08, 2017" or "April 18, 2021, 5:05".
func parseDateLine(line string) (Date, bool) {
	if wordCount(line) > 10 {
		return Date{}, false
	}
	spans := findFullDates(line)
	if len(spans) == 0 || len(spans) > 2 {
		return Date{}, false
	}
	// "Published Aug. 10, 2021 Updated Aug. 11, 2021": the first date is
	// the publication's.
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	rest := line
	for i := len(spans) - 1; i >= 0; i-- {
		rest = rest[:spans[i].start] + " " + rest[spans[i].end:]
	}
	rest = timeRe.ReplaceAllString(rest, " ")
	rest = labelRe.ReplaceAllString(rest, " ")
	left := 0
	for _, w := range wordRe.FindAllString(rest, -1) {
		if weekdayOf(w) >= 0 || (len(w) == 3 && weekdayPrefix(w)) {
			continue
		}
		left++
	}
	if left > 1 {
		return Date{}, false
	}
	return spans[0].date, true
}

func weekdayPrefix(w string) bool {
	w = strings.ToLower(w)
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.HasPrefix(strings.ToLower(d.String()), w) {
			return true
		}
	}
	return false
}

// Tense is what a clause says of the time it names.
type Tense int

// Tenses: unknown, past (reported), future (planned).
const (
	TenseUnknown Tense = iota
	TensePast
	TenseFuture
)

// exprKind classifies a time expression.
type exprKind int

const (
	exprFull      exprKind = iota // day and year written: needs no anchor
	exprMonthYear                 // "July 2017"
	exprYear                      // "in 2016"
	exprMonthDay                  // "November 10"
	exprMonth                     // "in July"
	exprWeekday                   // "Wednesday", "last Friday"
	exprRelative                  // "yesterday", "last week", "two days ago"
)

// timeExpr is one time expression in a sentence.
type timeExpr struct {
	start, end int
	kind       exprKind
	text       string
	date       Date // for full, month-year and year expressions
	month      time.Month
	day        int
	weekday    time.Weekday
	modifier   string // last, next, this, on, ...
}

// findTimeExprs returns the time expressions of a sentence, without overlaps,
// in order.
func findTimeExprs(s string) []timeExpr {
	if !mayHoldTime(s) {
		return nil
	}
	// Each expression runs only where its trigger is present: most sentences
	// of a large corpus have none.
	hasMonth, hasYear := containsMonth(s), containsYear(s)
	lower := strings.ToLower(s)
	var all []timeExpr
	if hasYear {
		for _, f := range findFullDates(s) {
			all = append(all, timeExpr{start: f.start, end: f.end, kind: exprFull, date: f.date})
		}
		if hasMonth {
			for _, m := range myRe.FindAllStringSubmatchIndex(s, -1) {
				y, _ := strconv.Atoi(s[m[4]:m[5]])
				all = append(all, timeExpr{start: m[0], end: m[1], kind: exprMonthYear, date: MonthDate(y, monthOf(s[m[2]:m[3]]))})
			}
		}
		for _, m := range yearRe.FindAllStringSubmatchIndex(s, -1) {
			y, _ := strconv.Atoi(s[m[4]:m[5]])
			all = append(all, timeExpr{start: m[4], end: m[5], kind: exprYear, date: YearDate(y)})
		}
	}
	if hasMonth {
		for _, m := range mdRe.FindAllStringSubmatchIndex(s, -1) {
			d, _ := strconv.Atoi(s[m[4]:m[5]])
			mon := monthOf(s[m[2]:m[3]])
			if validDay(2000, mon, d) && !mayIsVerb(s, m[2], m[3]) {
				all = append(all, timeExpr{start: m[0], end: m[1], kind: exprMonthDay, month: mon, day: d})
			}
		}
		for _, m := range dmRe.FindAllStringSubmatchIndex(s, -1) {
			d, _ := strconv.Atoi(s[m[2]:m[3]])
			mon := monthOf(s[m[4]:m[5]])
			if validDay(2000, mon, d) && !mayIsVerb(s, m[4], m[5]) {
				all = append(all, timeExpr{start: m[0], end: m[1], kind: exprMonthDay, month: mon, day: d})
			}
		}
		for _, m := range monthRe.FindAllStringSubmatchIndex(s, -1) {
			if mayIsVerb(s, m[4], m[5]) {
				continue
			}
			all = append(all, timeExpr{start: m[4], end: m[5], kind: exprMonth, month: monthOf(s[m[4]:m[5]]), modifier: strings.ToLower(s[m[2]:m[3]])})
		}
	}
	if strings.Contains(lower, "day") {
		for _, m := range weekdayRe.FindAllStringSubmatchIndex(s, -1) {
			mod := ""
			if m[2] >= 0 {
				mod = strings.ToLower(s[m[2]:m[3]])
			}
			all = append(all, timeExpr{start: m[0], end: m[1], kind: exprWeekday, weekday: weekdayOf(s[m[4]:m[5]]), modifier: mod})
		}
	}
	if strings.Contains(lower, "day") || strings.Contains(lower, "tonight") || strings.Contains(lower, "tomorrow") ||
		strings.Contains(lower, "week") || strings.Contains(lower, "month") || strings.Contains(lower, "year") || strings.Contains(lower, "ago") {
		for _, m := range relRe.FindAllStringIndex(s, -1) {
			all = append(all, timeExpr{start: m[0], end: m[1], kind: exprRelative})
		}
	}
	// Longest first at each position, then drop what overlaps a kept one.
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].end-all[i].start > all[j].end-all[j].start
	})
	var out []timeExpr
	for _, e := range all {
		if len(out) > 0 && e.start < out[len(out)-1].end {
			// Keep a full date over a weekday that merely precedes it, e.g.
			// "Tuesday, Nov. 7, 2017": the weekday is consumed.
			continue
		}
		// A weekday written just before a full date ("Tuesday, Nov. 7, 2017").
		e.text = s[e.start:e.end]
		out = append(out, e)
	}
	// Drop a weekday that only names the day of a following full date.
	var kept []timeExpr
	for i, e := range out {
		if e.kind == exprWeekday && i+1 < len(out) && out[i+1].kind == exprFull && strings.TrimSpace(strings.Trim(s[e.end:out[i+1].start], " ,")) == "" {
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// timeHints are fragments every time expression contains; a sentence with
// none of them and no digit is skipped without running the expressions.
var timeHints = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
	"day", "Day", "week", "month", "year", "tonight", "tomorrow", "Tomorrow", "ago"}

func mayHoldTime(s string) bool {
	if strings.ContainsAny(s, "0123456789") {
		return true
	}
	for _, h := range timeHints {
		if strings.Contains(s, h) {
			return true
		}
	}
	return false
}

// mayIsVerb reports whether "May" at s[i:j] is the modal verb ("we may reach
// agreements") rather than the month.
func mayIsVerb(s string, i, j int) bool {
	w := s[i:j]
	if w != "May" && w != "may" {
		return false
	}
	if w == "may" {
		return true
	}
	// "May" capitalised at a sentence start followed by a verb-like word.
	rest := strings.Fields(s[j:])
	if len(rest) == 0 {
		return false
	}
	if _, err := strconv.Atoi(strings.TrimRight(rest[0], ",.stndrh")); err == nil {
		return false
	}
	if _, err := strconv.Atoi(strings.Trim(rest[0], ",.")); err == nil {
		return false
	}
	return i == 0 || strings.ToLower(rest[0]) == "be" || strings.ToLower(rest[0]) == "have"
}

// futureMarkers make the clause around a time expression speak of what is to
// come; pastMarkers of what happened. The nearest marker to the expression
// decides.
var futureMarkers = map[string]bool{
	"will": true, "shall": true, "would": true, "'ll": true, "opens": true,
	"begins": true, "starts": true, "upcoming": true, "scheduled": true, "due": true,
	"expected": true, "plans": true, "planned": true, "planning": true,
	"going": true, "next": true, "later": true, "coming": true, "ahead": true, "intends": true,
	"hopes": true, "aims": true, "opening": true, "forthcoming": true, "wo": true,
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
func tenseNear(s string, start, end int) Tense {
	before := strings.Fields(s[:start])
	after := strings.Fields(s[end:])
	const window = 10
	for d := 0; d < window; d++ {
		if d < len(before) {
			i := len(before) - 1 - d
			if t := markerTense(before[i]); t != TenseUnknown {
				// "will be held", "to be signed": a participle after "be"
				// speaks of what is to come.
				if t == TensePast && i > 0 && strings.ToLower(before[i-1]) == "be" {
					return TenseFuture
				}
				return t
			}
		}
		if d < len(after) {
			if t := markerTense(after[d]); t != TenseUnknown {
				return t
			}
		}
	}
	return TenseUnknown
}

func markerTense(w string) Tense {
	w = strings.Trim(w, ",.;:!?\"“”'’()[]")
	// "-ed" marks a past verb, but not in a name ("United States").
	proper := w != "" && unicode.IsUpper([]rune(w)[0])
	w = strings.ToLower(w)
	switch {
	case w == "":
		return TenseUnknown
	case futureMarkers[w]:
		return TenseFuture
	case pastMarkers[w] || (!proper && len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed")):
		return TensePast
	}
	return TenseUnknown
}

// anchor is the date an article's relative expressions are resolved against.
type anchor struct {
	date Date
	// lowerBound is set when the date was inferred from the text: the
	// article was written on or after it, so weekdays are read forward.
	lowerBound bool
}

// resolve dates a time expression of a sentence against an anchor. It returns
// the zero Date when the expression cannot be dated without guessing.
func resolve(e timeExpr, s string, a anchor) Date {
	switch e.kind {
	case exprFull, exprMonthYear, exprYear:
		return e.date
	}
	if a.date.Prec != DayExact {
		return Date{}
	}
	at := a.date.Time()
	tense := tenseNear(s, e.start, e.end)
	switch e.kind {
	case exprMonthDay:
		return pickYear(a, tense, func(y int) (Date, bool) {
			if !validDay(y, e.month, e.day) {
				return Date{}, false
			}
			return DayDate(y, e.month, e.day), true
		})
	case exprMonth:
		switch e.modifier {
		case "last":
			tense = TensePast
		case "next":
			tense = TenseFuture
		case "this":
			if e.month == at.Month() {
				return MonthDate(at.Year(), e.month)
			}
		}
		return pickYear(a, tense, func(y int) (Date, bool) { return MonthDate(y, e.month), true })
	case exprWeekday:
		return resolveWeekday(e, tense, a)
	case exprRelative:
		return resolveRelative(strings.ToLower(e.text), a)
	}
	return Date{}
}

// pickYear chooses among the candidate dates of the anchor's year and its
// neighbours: for a past clause the latest not after the anchor, for a
// future clause the earliest not before it, otherwise the nearest.
func pickYear(a anchor, tense Tense, make func(y int) (Date, bool)) (best Date) {
	var cands []Date
	for y := a.date.Year - 1; y <= a.date.Year+1; y++ {
		if d, ok := make(y); ok {
			cands = append(cands, d)
		}
	}
	// Compare at the candidate's own precision: July is not after an
	// anchor in July.
	cmp := func(d Date) int {
		ad := a.date
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
		if nearest := nearestCandidate(cands, a.date); !best.IsZero() && best.Prec == DayExact && !nearest.IsZero() &&
			absDays(best, a.date) > 180 && absDays(nearest, a.date) <= 62 {
			best = nearest
		}
	}()
	switch tense {
	case TensePast:
		for _, d := range cands {
			if cmp(d) <= 0 {
				best = d
			}
		}
	case TenseFuture:
		for i := len(cands) - 1; i >= 0; i-- {
			if cmp(cands[i]) >= 0 {
				best = cands[i]
			}
		}
	default:
		best = nearestCandidate(cands, a.date)
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

func resolveWeekday(e timeExpr, tense Tense, a anchor) Date {
	at := a.date.Time()
	diffBack := (int(at.Weekday()) - int(e.weekday) + 7) % 7 // days back to the weekday
	diffFwd := (int(e.weekday) - int(at.Weekday()) + 7) % 7  // days forward to it
	var days int
	switch {
	case e.modifier == "last":
		days = -diffBack
		if days == 0 {
			days = -7
		}
	case e.modifier == "next":
		days = diffFwd
		if days == 0 {
			days = 7
		}
	case a.lowerBound:
		days = diffFwd
	case tense == TenseFuture:
		days = diffFwd
	default:
		days = -diffBack
	}
	return dateOf(at.AddDate(0, 0, days))
}

func resolveRelative(t string, a anchor) Date {
	at := a.date.Time()
	fields := strings.Fields(t)
	day := func(n int) Date {
		if a.lowerBound {
			return Date{} // the true date is unknown, so is "yesterday"
		}
		return dateOf(at.AddDate(0, 0, n))
	}
	week := func(n int) Date {
		if a.lowerBound {
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
			return YearDate(at.Year() - n)
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
		return YearDate(at.Year() + n)
	}
	return Date{}
}

func numberWord(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	return map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}[s]
}
