package dates

import (
	"iter"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
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
	myRe  = regexp.MustCompile(`\b` + monthAlt + `(?:,|\s+of)?\s+((?:19|20)\d{2})\b`)
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

// MonthOf reads a month from its name or abbreviation, or returns 0.
func MonthOf(s string) time.Month {
	if len(s) < 3 {
		return 0
	}
	var head string
	if s[0] < utf8.RuneSelf && s[1] < utf8.RuneSelf && s[2] < utf8.RuneSelf {
		// Every name is asked of it: its first three letters are lowered
		// without a copy of the word.
		var b [3]byte
		for i := range b {
			c := s[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		head = string(b[:])
	} else if l := strings.ToLower(s); len(l) >= 3 {
		head = l[:3]
	} else {
		return 0
	}
	for i, name := range monthNames {
		if name[:3] == head {
			return time.January + time.Month(i)
		}
	}
	return 0
}

// monthNames are the months' names in lower case.
var monthNames = [12]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// IsMonthName reports whether a lower-case word is a month's name or its
// abbreviation ("nov", "november"), not merely a word sharing its first
// letters ("marching").
func IsMonthName(l string) bool {
	m := MonthOf(l)
	return m != 0 && strings.HasPrefix(monthNames[m-1], l)
}

// WeekdayOf reads a weekday's full name, or returns -1.
func WeekdayOf(s string) time.Weekday {
	s = strings.ToLower(s)
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.ToLower(d.String()) == s {
			return d
		}
	}
	return -1
}

// ValidDay reports whether the day exists in that month and year.
func ValidDay(y int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Day() == d
}

// Span is a date written out with its year.
type Span struct {
	Start, End int
	Date       Date
}

// mayHoldISODate reports whether text holds what every match of isoRe
// holds: "19" or "20", two digits, a hyphen, two digits and a hyphen. A
// hyphen alone is in most paragraphs that hold a year.
func mayHoldISODate(text string) bool {
	for i := 4; i+3 < len(text); i++ {
		if text[i] != '-' || text[i+3] != '-' || !isDigit(text[i+1]) || !isDigit(text[i+2]) || !isDigit(text[i-1]) || !isDigit(text[i-2]) {
			continue
		}
		if y := text[i-4 : i-2]; y == "19" || y == "20" {
			return true
		}
	}
	return false
}

// FindFullDates returns the dates with day and year written in text.
func FindFullDates(text string) []Span {
	if !containsYear(text) {
		return nil
	}
	var out []Span
	// Each expression runs only where what it needs is present: most
	// paragraphs that hold a year name no month.
	if containsMonth(text) {
		for _, m := range findNearMonths(mdyRe, text, 0, 3) {
			mon := MonthOf(text[m[2]:m[3]])
			d, _ := strconv.Atoi(text[m[4]:m[5]])
			y, _ := strconv.Atoi(text[m[6]:m[7]])
			if ValidDay(y, mon, d) {
				out = append(out, Span{m[0], m[1], DayDate(y, mon, d)})
			}
		}
		for _, m := range findNearMonths(dmyRe, text, 2, 2) {
			d, _ := strconv.Atoi(text[m[2]:m[3]])
			mon := MonthOf(text[m[4]:m[5]])
			y, _ := strconv.Atoi(text[m[6]:m[7]])
			if ValidDay(y, mon, d) {
				out = append(out, Span{m[0], m[1], DayDate(y, mon, d)})
			}
		}
	}
	if mayHoldISODate(text) {
		for _, m := range isoRe.FindAllStringSubmatchIndex(text, -1) {
			y, _ := strconv.Atoi(text[m[2]:m[3]])
			mo, _ := strconv.Atoi(text[m[4]:m[5]])
			d, _ := strconv.Atoi(text[m[6]:m[7]])
			if ValidDay(y, time.Month(mo), d) {
				out = append(out, Span{m[0], m[1], DayDate(y, time.Month(mo), d)})
			}
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

// moreFieldsThan reports whether s has more than n space-separated
// fields, as len(strings.Fields(s)) > n would, without building them: it
// is asked of every paragraph.
func moreFieldsThan(s string, n int) bool {
	fields, inField := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			inField = false
			continue
		}
		if !inField {
			inField = true
			if fields++; fields > n {
				return true
			}
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// ParseDateLine reads a line that is only a date, as in a page's date line:
// "Published: Wed, November 08, 2017" or "April 18, 2021, 5:05".
func ParseDateLine(line string) (Date, bool) {
	if moreFieldsThan(line, 10) {
		return Date{}, false
	}
	spans := FindFullDates(line)
	if len(spans) == 0 || len(spans) > 2 {
		return Date{}, false
	}
	// "Published Aug. 10, 2021 Updated Aug. 11, 2021": the first date is
	// the publication's.
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	rest := line
	for i := len(spans) - 1; i >= 0; i-- {
		rest = rest[:spans[i].Start] + " " + rest[spans[i].End:]
	}
	rest = timeRe.ReplaceAllString(rest, " ")
	rest = labelRe.ReplaceAllString(rest, " ")
	left := 0
	for _, w := range wordRe.FindAllString(rest, -1) {
		if WeekdayOf(w) >= 0 || (len(w) == 3 && weekdayPrefix(w)) {
			continue
		}
		left++
	}
	if left > 1 {
		return Date{}, false
	}
	return spans[0].Date, true
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

// tense is what a clause says of the time it names.
type tense int

// Tenses: unknown, past (reported), future (planned).
const (
	tenseUnknown tense = iota
	tensePast
	tenseFuture
)

// Kind classifies a time expression.
type Kind int

const (
	Full      Kind = iota // day and year written: needs no anchor
	MonthYear             // "July 2017"
	Year                  // "in 2016"
	MonthDay              // "November 10"
	Month                 // "in July"
	Weekday               // "Wednesday", "last Friday"
	Relative              // "yesterday", "last week", "two days ago"
)

// Expr is one time expression in a sentence.
type Expr struct {
	Start, End int
	Kind       Kind
	Text       string
	Date       Date // for full, month-year and year expressions
	Month      time.Month
	Day        int
	Weekday    time.Weekday
	// DayOfWeek is set on a month's day written after its weekday
	// ("Saturday, May 18"), the weekday in Weekday.
	DayOfWeek bool
	Modifier  string // last, next, this, on, ...
}

// FindExprs returns the time expressions of a sentence, without overlaps,
// in order.
func FindExprs(s string) []Expr {
	if !mayHoldTime(s) {
		return nil
	}
	// Each expression runs only where its trigger is present: most sentences
	// of a large corpus have none.
	hasMonth, hasYear := containsMonth(s), containsYear(s)
	// The lower case is made only for the searches that read it: most
	// sentences that pass the hints name no month, weekday or relative day.
	lowered := ""
	lower := func() string {
		if lowered == "" {
			lowered = strings.ToLower(s)
		}
		return lowered
	}
	var all []Expr
	if hasYear {
		for _, f := range FindFullDates(s) {
			all = append(all, Expr{Start: f.Start, End: f.End, Kind: Full, Date: f.Date})
		}
		if hasMonth {
			for _, m := range myRe.FindAllStringSubmatchIndex(s, -1) {
				y, _ := strconv.Atoi(s[m[4]:m[5]])
				all = append(all, Expr{Start: m[0], End: m[1], Kind: MonthYear, Date: MonthDate(y, MonthOf(s[m[2]:m[3]]))})
			}
		}
		for _, m := range findYears(s) {
			y, _ := strconv.Atoi(s[m[4]:m[5]])
			all = append(all, Expr{Start: m[4], End: m[5], Kind: Year, Date: yearDate(y)})
		}
	}
	hasDigit := strings.ContainsAny(s, "0123456789")
	if hasMonth && hasDigit {
		for _, m := range findNearMonths(mdRe, s, 0, 2) {
			d, _ := strconv.Atoi(s[m[4]:m[5]])
			mon := MonthOf(s[m[2]:m[3]])
			if ValidDay(2000, mon, d) && !mayIsVerb(s, m[2], m[3]) {
				all = append(all, Expr{Start: m[0], End: m[1], Kind: MonthDay, Month: mon, Day: d})
			}
		}
		for _, m := range findNearMonths(dmRe, s, 2, 1) {
			d, _ := strconv.Atoi(s[m[2]:m[3]])
			mon := MonthOf(s[m[4]:m[5]])
			if ValidDay(2000, mon, d) && !mayIsVerb(s, m[4], m[5]) {
				all = append(all, Expr{Start: m[0], End: m[1], Kind: MonthDay, Month: mon, Day: d})
			}
		}
	}
	if hasMonth {
		for _, m := range findMonths(s, lower()) {
			if mayIsVerb(s, m[4], m[5]) {
				continue
			}
			all = append(all, Expr{Start: m[4], End: m[5], Kind: Month, Month: MonthOf(s[m[4]:m[5]]), Modifier: strings.ToLower(s[m[2]:m[3]])})
		}
	}
	hints := loweredHints(s)
	if hints&weekdayHint != 0 {
		for _, m := range findWeekdays(s, lower()) {
			mod := ""
			if m[2] >= 0 {
				mod = strings.ToLower(s[m[2]:m[3]])
			}
			all = append(all, Expr{Start: m[0], End: m[1], Kind: Weekday, Weekday: WeekdayOf(s[m[4]:m[5]]), Modifier: mod})
		}
	}
	if hints&relativeHint != 0 {
		for _, m := range findRelative(s, lower()) {
			all = append(all, Expr{Start: m[0], End: m[1], Kind: Relative})
		}
	}
	// Longest first at each position, then drop what overlaps a kept one.
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].Start != all[j].Start {
			return all[i].Start < all[j].Start
		}
		return all[i].End-all[i].Start > all[j].End-all[j].Start
	})
	var out []Expr
	for _, e := range all {
		if len(out) > 0 && e.Start < out[len(out)-1].End {
			// Keep a full date over a weekday that merely precedes it, e.g.
			// "Tuesday, Nov. 7, 2017": the weekday is consumed.
			continue
		}
		// A weekday written just before a full date ("Tuesday, Nov. 7, 2017").
		e.Text = s[e.Start:e.End]
		out = append(out, e)
	}
	// Drop a weekday that only names the day of a following date, full or
	// a month's day ("Friday, Dec. 6"): the date says which week, and the
	// weekday alone would be read as the nearest.
	var kept []Expr
	for i, e := range out {
		if e.Kind == Weekday && i+1 < len(out) && (out[i+1].Kind == Full || out[i+1].Kind == MonthDay) && strings.TrimSpace(strings.Trim(s[e.End:out[i+1].Start], " ,")) == "" {
			if out[i+1].Kind == MonthDay {
				out[i+1].Weekday, out[i+1].DayOfWeek = e.Weekday, true
			}
			continue
		}
		kept = append(kept, e)
	}
	return kept
}

// weekdayNames are what every match of weekdayRe holds, in lower case.
var weekdayNames = []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}

// relativeHints are fragments one of which every match of relRe holds, in
// lower case: a week, month or year alone is no relative date, only with
// "this", "last", "next" or "ago".
var relativeHints = []string{"yesterday", "today", "tonight", "tomorrow", "this", "last", "next", "ago"}

// findRelative returns what relRe.FindAllStringIndex(s, -1) would, where
// l, which is strings.ToLower(s), holds a relative hint. A match is one
// to three words apart by white space and holds a relative hint, so the
// expression runs only on the words around each hint, two each side, the
// windows bounded by white space so that its \b reads as it would in s: a
// sentence is often long, and "this", "last" or "next" in it often no
// date.
func findRelative(s, l string) [][]int {
	if len(l) != len(s) {
		// Lowering changed a length: positions in l are not those of s.
		return relRe.FindAllStringIndex(s, -1)
	}
	// "this" in a match is followed by its unit, and most are not: their
	// windows are left out, unless a long s ("ſ"), which the expression
	// reads as "s" and lowering leaves, may spell a match another hint's
	// window holds ("this yeſterday").
	skipBare := !strings.Contains(s, "ſ")
	var windows [][2]int
	for _, h := range relativeHints {
		for i := range indexesOf(l, h) {
			if skipBare && (h == "this" || h == "last" || h == "next") && !unitFollows(l[i+len(h):]) {
				continue
			}
			windows = append(windows, [2]int{fieldsBack(s, i, 2), fieldsOn(s, i+len(h), 2)})
		}
	}
	return findInWindows(relRe, s, windows)
}

// unitFollows reports whether rest, lowered, opens with the white space
// and unit that follow "this", "last" or "next" in a match of relRe
// ("this week", "last  month"). The expression reads no other rune as a
// letter of a unit but the Kelvin sign as "k", which findRelative never
// hands here: lowering it changes the length.
func unitFollows(rest string) bool {
	n := 0
	for n < len(rest) && isSpaceRE(rest[n]) {
		n++
	}
	if n == 0 {
		return false
	}
	rest = rest[n:]
	return strings.HasPrefix(rest, "week") || strings.HasPrefix(rest, "month") || strings.HasPrefix(rest, "year")
}

// findInWindows returns what re.FindAllStringSubmatchIndex(s, -1) would,
// given windows of s that hold every match whole, each bounded where the
// expression's \b reads the same as in s: the windows are merged where
// they meet and searched one by one.
func findInWindows(re *regexp.Regexp, s string, windows [][2]int) [][]int {
	sort.Slice(windows, func(a, b int) bool { return windows[a][0] < windows[b][0] })
	var out [][]int
	for k := 0; k < len(windows); {
		a, b := windows[k][0], windows[k][1]
		for k++; k < len(windows) && windows[k][0] <= b; k++ {
			b = max(b, windows[k][1])
		}
		for _, m := range re.FindAllStringSubmatchIndex(s[a:b], -1) {
			for i := range m {
				if m[i] >= 0 {
					m[i] += a
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// findYears returns what yearRe.FindAllStringSubmatchIndex(s, -1) would.
// A match is a word, hyphens or spaces and a year: the expression runs
// only on each year written after a hyphen or space, with the word before
// it and a rune either side.
func findYears(s string) [][]int {
	var windows [][2]int
	for i := 1; i+4 <= len(s); i++ {
		if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || !isDigit(s[i+2]) || !isDigit(s[i+3]) {
			continue
		}
		j := i
		for j > 0 && (s[j-1] == '-' || s[j-1] == ' ') {
			j--
		}
		if j == i {
			continue
		}
		for j > 0 && isASCIILetter(s[j-1]) {
			j--
		}
		windows = append(windows, [2]int{runeBefore(s, j), runeAfter(s, i+4)})
	}
	return findInWindows(yearRe, s, windows)
}

// findMonths returns what monthRe.FindAllStringSubmatchIndex(s, -1) would,
// lower being strings.ToLower(s). A match is a word, a modifier ("early",
// "mid-") and a month: the expression runs only on each month's first
// letters with the two words before them and the rest of the word after.
// Where s holds a rune that folds to an ASCII letter (ſ, K), or lowering
// changed a length, it runs on all of s.
func findMonths(s, lower string) [][]int {
	if !windowsHold(s, lower) {
		return monthRe.FindAllStringSubmatchIndex(s, -1)
	}
	var windows [][2]int
	for _, name := range monthNames {
		head := name[:3]
		for i := range indexesOf(lower, head) {
			j := i
			for range 2 {
				for j > 0 && (s[j-1] == '-' || isSpaceRE(s[j-1])) {
					j--
				}
				for j > 0 && isASCIILetter(s[j-1]) {
					j--
				}
			}
			end := i
			for end < len(s) && isASCIILetter(s[end]) {
				end++
			}
			if !IsMonthName(lower[i:end]) {
				// "decision", "market", "junior": the expression's month
				// ends at a word's end, and every word it reads as a month
				// is a month's name or a beginning of one.
				continue
			}
			windows = append(windows, [2]int{runeBefore(s, j), runeAfter(s, end)})
		}
	}
	return findInWindows(monthRe, s, windows)
}

// windowsHold reports whether matches of a case-folding expression over s
// can be found from where lower, strings.ToLower(s), holds lower-case
// words: not where lowering changed a length (as the Kelvin sign's does),
// nor where s holds ſ, which folds to s without being lowered to it.
func windowsHold(s, lower string) bool {
	return len(lower) == len(s) && !strings.ContainsRune(s, 'ſ')
}

// findWeekdays returns what weekdayRe.FindAllStringSubmatchIndex(s, -1)
// would, lower being strings.ToLower(s). A match is a modifier ("last",
// "on") and a weekday: the expression runs only on each weekday's name
// with the word before it. Where s holds a rune that folds to an ASCII
// letter (ſ, K), or lowering changed a length, it runs on all of s.
func findWeekdays(s, lower string) [][]int {
	if !windowsHold(s, lower) {
		return weekdayRe.FindAllStringSubmatchIndex(s, -1)
	}
	var windows [][2]int
	for _, name := range weekdayNames {
		for i := range indexesOf(lower, name) {
			j := i
			for j > 0 && isSpaceRE(s[j-1]) {
				j--
			}
			if j < i {
				for j > 0 && isASCIILetter(s[j-1]) {
					j--
				}
			}
			windows = append(windows, [2]int{runeBefore(s, j), runeAfter(s, i+len(name))})
		}
	}
	return findInWindows(weekdayRe, s, windows)
}

// findNearMonths returns what re.FindAllStringSubmatchIndex(s, -1) would,
// re being an expression whose every match holds a month's name as
// written, at most back words before it and ahead words from it on (a
// word here is a run of ASCII letters, digits, stops and commas between
// white space). The expression runs only on each month's first letters
// with those words around them.
func findNearMonths(re *regexp.Regexp, s string, back, ahead int) [][]int {
	var windows [][2]int
	for _, head := range monthHeads {
		for i := range indexesOf(s, head) {
			j := i
			for range back {
				for j > 0 && isSpaceRE(s[j-1]) {
					j--
				}
				for j > 0 && isDateWordByte(s[j-1]) {
					j--
				}
			}
			end := i
			for range ahead {
				for end < len(s) && isDateWordByte(s[end]) {
					end++
				}
				for end < len(s) && isSpaceRE(s[end]) {
					end++
				}
			}
			for end < len(s) && isDateWordByte(s[end]) {
				end++
			}
			windows = append(windows, [2]int{runeBefore(s, j), runeAfter(s, end)})
		}
	}
	return findInWindows(re, s, windows)
}

// monthHeads are the months' first three letters as a written date opens
// them: "Jan", "Feb", ...
var monthHeads = func() (heads [12]string) {
	for i, name := range monthNames {
		heads[i] = strings.ToUpper(name[:1]) + name[1:3]
	}
	return heads
}()

// isDateWordByte reports whether c may stand in a word of a written date:
// "Sept.", "5th,", "2004".
func isDateWordByte(c byte) bool { return isASCIILetter(c) || isDigit(c) || c == '.' || c == ',' }

// indexesOf yields the start of every occurrence of sub in s, overlapping
// ones too, in order.
func indexesOf(s, sub string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for from := 0; ; {
			i := strings.Index(s[from:], sub)
			if i < 0 {
				return
			}
			if !yield(from + i) {
				return
			}
			from += i + 1
		}
	}
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// runeBefore returns the start of the rune before offset i, or 0.
func runeBefore(s string, i int) int {
	if i == 0 {
		return 0
	}
	_, n := utf8.DecodeLastRuneInString(s[:i])
	return i - n
}

// runeAfter returns the end of the rune at offset i, or len(s).
func runeAfter(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return i + n
}

// isSpaceRE is RE2's \s: the white space the expressions separate words by.
func isSpaceRE(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// fieldsBack returns the start of the field n fields before the one
// holding offset i, fields being runs of anything but \s: a position after
// white space, or 0.
func fieldsBack(s string, i, n int) int {
	for {
		for i > 0 && !isSpaceRE(s[i-1]) {
			i--
		}
		if n == 0 || i == 0 {
			return i
		}
		for i > 0 && isSpaceRE(s[i-1]) {
			i--
		}
		n--
	}
}

// fieldsOn returns the end of the field n fields after the one ending at
// or after offset i: a position before white space, or len(s).
func fieldsOn(s string, i, n int) int {
	for {
		for i < len(s) && !isSpaceRE(s[i]) {
			i++
		}
		if n == 0 || i == len(s) {
			return i
		}
		for i < len(s) && isSpaceRE(s[i]) {
			i++
		}
		n--
	}
}

// containsAny reports whether s contains any of the fragments.
func containsAny(s string, fragments []string) bool {
	for _, f := range fragments {
		if strings.Contains(s, f) {
			return true
		}
	}
	return false
}

// The lists of fragments loweredHints looks for, as bits.
const (
	weekdayHint = 1 << iota
	relativeHint
)

// hintWord is a fragment of weekdayNames or relativeHints and the bit of
// its list.
type hintWord struct {
	word string
	bit  uint8
}

// bytePairs tells which two ASCII bytes open a word of a list: the hint
// searches compare a word only where its first two bytes stand.
type bytePairs [utf8.RuneSelf][2]uint64

// add files the first two bytes of w, both ASCII.
func (p *bytePairs) add(w string) { p[w[0]][w[1]>>6] |= 1 << (w[1] & 63) }

// open reports whether a word of the list opens with a and b.
func (p *bytePairs) open(a, b byte) bool {
	return a < utf8.RuneSelf && b < utf8.RuneSelf && p[a][b>>6]&(1<<(b&63)) != 0
}

// foldedByFirst files the fragments of weekdayNames and relativeHints by
// first letter, and foldedPairs their first two letters.
var foldedByFirst, foldedPairs = func() (by [utf8.RuneSelf][]hintWord, pairs bytePairs) {
	for _, list := range []struct {
		bit   uint8
		words []string
	}{{weekdayHint, weekdayNames}, {relativeHint, relativeHints}} {
		for _, w := range list.words {
			if len(w) < 2 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
				panic("dates: a fragment of other than two or more lower-case ASCII letters: " + w)
			}
			by[w[0]] = append(by[w[0]], hintWord{w, list.bit})
			pairs.add(w)
		}
	}
	return by, pairs
}()

// loweredHints returns the bits of the lists (weekdayHint, relativeHint)
// with a fragment that strings.ToLower(s) contains, as containsAny would
// find them there, in one pass over s and without lowering it: it is asked
// of every sentence that may hold a date. A letter's lower case is its
// byte with bit 0x20 set, and a byte that is no letter never becomes one
// so; every other rune lowers to no ASCII byte but "İ" and the Kelvin
// sign, for which s is lowered after all.
func loweredHints(s string) uint8 {
	var found uint8
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			if c == 0xC4 && strings.HasPrefix(s[i:], "\u0130") || c == 0xE2 && strings.HasPrefix(s[i:], "\u212A") {
				return hintsInLower(strings.ToLower(s))
			}
			continue
		}
		c |= 0x20
		if !foldedPairs.open(c, s[i+1]|0x20) {
			continue
		}
	next:
		for _, h := range foldedByFirst[c] {
			if found&h.bit != 0 || len(s)-i < len(h.word) {
				continue
			}
			for k := 1; k < len(h.word); k++ {
				if s[i+k]|0x20 != h.word[k] {
					continue next
				}
			}
			if found |= h.bit; found == weekdayHint|relativeHint {
				return found
			}
		}
	}
	return found
}

// hintsInLower is loweredHints of a lowered text.
func hintsInLower(lower string) uint8 {
	var found uint8
	if containsAny(lower, weekdayNames) {
		found |= weekdayHint
	}
	if containsAny(lower, relativeHints) {
		found |= relativeHint
	}
	return found
}

// timeHints are fragments every time expression contains; a sentence with
// none of them and no digit is skipped without running the expressions.
var timeHints = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
	"day", "Day", "week", "month", "year", "tonight", "tomorrow", "Tomorrow", "ago"}

func mayHoldTime(s string) bool {
	// One pass: at each byte, a digit, or the hints that start with it and
	// the byte after it.
	for i := 0; i < len(s); i++ {
		c := s[i]
		if '0' <= c && c <= '9' {
			return true
		}
		if i+1 == len(s) || !hintPairs.open(c, s[i+1]) {
			continue
		}
		for _, h := range hintsByFirst[c] {
			if i+len(h) <= len(s) && s[i:i+len(h)] == h {
				return true
			}
		}
	}
	return false
}

// hintsByFirst files timeHints by their first byte, and hintPairs their
// first two.
var hintsByFirst, hintPairs = func() (by [utf8.RuneSelf][]string, pairs bytePairs) {
	for _, h := range timeHints {
		if len(h) < 2 || h[0] >= utf8.RuneSelf || h[1] >= utf8.RuneSelf {
			panic("dates: a time hint of fewer than two ASCII letters: " + h)
		}
		by[h[0]] = append(by[h[0]], h)
		pairs.add(h)
	}
	return by, pairs
}()

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
