package dates

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

func day(y int, m time.Month, d int) Date { return DayDate(y, m, d) }

// TestResolveTimeExpressions covers each kind of time expression against an
// anchor, with past and future tense and year boundaries.
func TestResolveTimeExpressions(t *testing.T) {
	wed := Anchor{Date: day(2017, time.November, 8)} // a Wednesday
	jan2 := Anchor{Date: day(2019, time.January, 2)}
	inferredTue := Anchor{Date: day(2017, time.November, 7), LowerBound: true}
	none := Anchor{}
	tests := []struct {
		name     string
		anchor   Anchor
		sentence string
		want     string
	}{
		{"weekday said on the day", wed, "The ministry said Wednesday that talks would go on.", "2017-11-08"},
		{"weekday past", wed, "The minister resigned on Monday after a row.", "2017-11-06"},
		{"weekday future", wed, "The summit that opens Friday will be held in Lima.", "2017-11-10"},
		{"a schedule in the present", wed, "The summit runs until Saturday.", "2017-11-11"},
		{"a schedule in the present, a date", jan2, "The fiscal year, which ends Sept. 30, is a long one.", "2019-09-30"},
		{"weekday future will", wed, "Leaders will meet on Saturday.", "2017-11-11"},
		{"last weekday", wed, "Police arrested him last Friday.", "2017-11-03"},
		{"next weekday", wed, "The vote is due next Wednesday.", "2017-11-15"},
		{"inferred anchor reads forward", inferredTue, "The agency said Wednesday the deal was close.", "2017-11-08"},
		{"month day past", wed, "The company was founded on November 1.", "2017-11-01"},
		{"month day future", wed, "The court will rule on November 20.", "2017-11-20"},
		{"year boundary back", jan2, "The fire broke out on December 30.", "2018-12-30"},
		{"year boundary forward", Anchor{Date: day(2018, time.December, 28)}, "The law will take effect on January 5.", "2019-01-05"},
		{"day month order", wed, "Officials met on 3 November to sign it.", "2017-11-03"},
		{"a weekday before a month's day is that day's, not the nearest", wed, "Tickets go on sale at 10 a.m. Friday, Dec. 15.", "2017-12-15"},
		{"a weekday before a month's day chooses its year", Anchor{Date: day(2019, time.November, 19)}, "Webb grabbed the girl at 6:38 p.m. on Saturday, May 18.", "2019-05-18"},
		{"in month past", wed, "The two leaders first met in July in Hamburg.", "2017-07"},
		{"in month future", wed, "Elections will be held in March.", "2018-03"},
		{"full date", none, "He was born on 7 March 2003 in Leeds.", "2003-03-07"},
		{"full date US style", none, "It was signed Nov. 7, 2017, in Hanoi.", "2017-11-07"},
		{"month and year", none, "Prices fell in July 2016 and recovered.", "2016-07"},
		{"month of year", none, "The will was drafted in October of 2006.", "2006-10"},
		{"month of last year", wed, "The family met in March of last year.", "2016-03"},
		{"month day of next year", wed, "The rules change on June 3 of next year.", "2018-06-03"},
		{"month of this year", wed, "Sales fell in December of this year.", "2017-12"},
		{"bare year with preposition", none, "The plant closed in 2016.", "2016"},
		{"no anchor no year", none, "The talks resumed on Friday.", ""},
		{"no anchor month", none, "They met in July.", ""},
		{"yesterday", wed, "The bank raised rates yesterday.", "2017-11-07"},
		{"tomorrow", wed, "The report is published tomorrow.", "2017-11-09"},
		{"last month", wed, "Sales fell last month.", "2017-10"},
		{"earlier this month", wed, "He visited earlier this month.", "2017-11"},
		{"next year", wed, "The rules change next year.", "2018"},
		{"last year", wed, "Profits doubled last year.", "2016"},
		{"days ago", wed, "He left three days ago.", "2017-11-05"},
		{"a bound on years ago dates nothing", wed, "It signed on more than 20 years ago.", ""},
		{"nor does a guess", wed, "They met nearly two years ago.", ""},
		{"a bound on weeks still gives the month", wed, "They met less than two weeks ago.", "2017-10"},
		{"inferred anchor has no yesterday", inferredTue, "Rain fell yesterday.", ""},
		{"may is a verb", wed, "We may meet again.", ""},
		{"a month and day lie near the article", Anchor{Date: day(2019, time.March, 22)}, "The deadline was originally set for 29 March.", "2019-03-29"},
		{"since bounds a period", none, "It is the first time since 1917 that the party meets there.", ""},
		{"by is a deadline", wed, "The plant must close by July.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			exprs := FindExprs(tt.sentence)
			got := Date{}
			for _, e := range exprs {
				if d := Resolve(e, tt.sentence, tt.anchor); !d.IsZero() && d.Prec > got.Prec {
					got = d
				}
			}
			if got.String() != tt.want {
				t.Errorf("%q against %v: got %q, want %q (exprs %+v)", tt.sentence, tt.anchor.Date, got, tt.want, exprs)
			}
		})
	}
}

func TestYearAsModifierIsNoDate(t *testing.T) {
	// "the 2016 elections" names an event; it does not date the sentence.
	if exprs := FindExprs("He denied interfering in the 2016 US presidential elections."); len(exprs) != 0 {
		t.Errorf("got %+v, want no time expression", exprs)
	}
}

func TestParseDateLine(t *testing.T) {
	tests := []struct {
		line string
		want string
	}{
		{"Published: Wed, November 08, 2017", "2017-11-08"},
		{"April 18, 2021, 5:05", "2021-04-18"},
		{"Updated 8 November 2017 10:05 GMT", "2017-11-08"},
		{"Published Aug. 10, 2021 Updated Aug. 11, 2021", "2021-08-10"},
		{"2017-11-08", "2017-11-08"},
		{"The summit opened on November 8, 2017 with a long speech by the host", ""},
		{"Kremlin says Putin and Trump likely to meet", ""},
	}
	for _, tt := range tests {
		d, ok := ParseDateLine(tt.line)
		if got := d.String(); got != tt.want || ok != (tt.want != "") {
			t.Errorf("ParseDateLine(%q) = %q, %v; want %q", tt.line, got, ok, tt.want)
		}
	}
}

func TestDateJSONAndOrder(t *testing.T) {
	for _, s := range []string{"2017", "2017-11", "2017-11-08"} {
		d, err := parseISODate(s)
		if err != nil || d.String() != s {
			t.Errorf("parseISODate(%q) = %v, %v", s, d, err)
		}
	}
	month, dayD := MonthDate(2017, time.November), day(2017, time.November, 8)
	if month.Compare(dayD) >= 0 || dayD.Compare(Date{}) >= 0 {
		t.Error("want month before a day of it, and undated last")
	}
	if !month.Contains(dayD) || dayD.Contains(month) {
		t.Error("Contains is wrong")
	}
	b, _ := Date{}.MarshalJSON()
	if string(b) != "null" {
		t.Errorf("undated JSON = %s", b)
	}
}

// FuzzMoreFieldsThan holds the field count to strings.Fields, which it
// replaces on every paragraph.
func FuzzMoreFieldsThan(f *testing.F) {
	for _, s := range []string{"", " ", "Published: Wed, November 08, 2017", "a\u00a0b\tc\n d", "one two three four five six seven eight nine ten eleven"} {
		f.Add(s, 10)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if n < 0 {
			t.Skip("a count is never negative")
		}
		if got, want := moreFieldsThan(s, n), len(strings.Fields(s)) > n; got != want {
			t.Errorf("moreFieldsThan(%q, %d) = %v, strings.Fields says %v", s, n, got, want)
		}
	})
}

// referenceMonthOf is MonthOf as first written, lowering the whole word and
// every month's name.
func referenceMonthOf(s string) time.Month {
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

func FuzzMonthOf(f *testing.F) {
	for _, s := range []string{"Nov", "november", "MAY", "Marching", "Ju", "İstanbul", "\u212aelvin", "sep.", "Déc"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := MonthOf(s), referenceMonthOf(s); got != want {
			t.Errorf("MonthOf(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzFindRelative holds the windowed search to the expression over the
// whole sentence, where a hint stands (as FindExprs always asked: "laſt
// week" matches the expression, case folded, but holds no hint).
func FuzzFindRelative(f *testing.F) {
	for _, s := range []string{"", "He left last week and came back two  days\tago.", "lasting peace this year", "earlier this month, next weekend", "x_today 3days ago 12 years ago", "laſt week", "TODAY", "the last\n\nweek"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lower := strings.ToLower(s)
		if !containsAny(lower, relativeHints) {
			return // FindExprs asks only where a hint stands
		}
		want := relRe.FindAllStringIndex(s, -1)
		var got [][]int
		for _, m := range findRelative(s, lower) {
			got = append(got, m[:2])
		}
		if len(got) == 0 && len(want) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("findRelative(%q) = %v, the expression gives %v", s, got, want)
		}
	})
}

// FuzzLoweredHints holds the one-pass, case-folded search for weekdays'
// names and relative hints to the searches of the lowered sentence it
// replaces.
func FuzzLoweredHints(f *testing.F) {
	for _, s := range []string{"", "On MONDAY", "toDay", "ago", "thİs week", "a \u212Aelvin next", "laſt week", "Tues\xffday", "xthis", "@ast", "frida", "Friday, yesterday"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := loweredHints(s), hintsInLower(strings.ToLower(s)); got != want {
			t.Errorf("loweredHints(%q) = %b, want %b", s, got, want)
		}
	})
}

// FuzzMayHoldISODate holds the ISO dates' byte test to their expression:
// where it says no, the expression finds none.
func FuzzMayHoldISODate(f *testing.F) {
	for _, s := range []string{"on 2004-05-06.", "1999-12-31", "x2004-05-06", "2004-5-06", "in 2004 - 05-06", "20-04-05", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !mayHoldISODate(s) && isoRe.MatchString(s) {
			t.Errorf("mayHoldISODate(%q) = false, the expression matches", s)
		}
	})
}

// FuzzMayHoldTime holds the one-pass test to the digit and hint searches
// it replaces.
func FuzzMayHoldTime(f *testing.F) {
	for _, s := range []string{"", "On Monday", "weeks", "Tomorrow", "no time here", "in 2004", "Decent"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ContainsAny(s, "0123456789")
		for _, h := range timeHints {
			want = want || strings.Contains(s, h)
		}
		if got := mayHoldTime(s); got != want {
			t.Errorf("mayHoldTime(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzFindInWindows holds the windowed searches for years, months, days
// of months and weekdays to
// their expressions over the whole sentence.
func FuzzFindInWindows(f *testing.F) {
	for _, s := range []string{"", "in 2004 and during  2005-2006", "mid-2019, of the year 1999", "begin 2004", "éin 2004",
		"in mid-March, in early\tApril and throughout late  September", "in midMarch", "in - early May", "of Marching bands",
		"this ſeptember", "in Sept. 2004", "since June", "IN DECEMBER", "x_in March",
		"on Monday, last  FRIDAY and next\tsunday", "lastMonday", "laſt Monday", "Sept. 5th and 5th of May, 12 June", "May\t\t31st", "x5 May", "Junex 5", "June 5x",
		"Tuesday, Nov. 7, 2017", "5th of May, 2004", "May 5th , 2004", "3 March 2004-05-06", "Sept.\t12,\n1999", "12 June  2020x", "on 2 Feb. 2019",
		"on \u212Aing's Monday", "Kenya on Sunday", "in \u212Aent last March"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		same := func(what string, got, want [][]int) {
			if len(got) == 0 && len(want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s in %q: %v, the expression gives %v", what, s, got, want)
			}
		}
		same("years", findYears(s), yearRe.FindAllStringSubmatchIndex(s, -1))
		same("months", findMonths(s, strings.ToLower(s)), monthRe.FindAllStringSubmatchIndex(s, -1))
		same("month-days", findNearMonths(mdRe, s, 0, 2), mdRe.FindAllStringSubmatchIndex(s, -1))
		same("day-months", findNearMonths(dmRe, s, 2, 1), dmRe.FindAllStringSubmatchIndex(s, -1))
		same("month-day-years", findNearMonths(mdyRe, s, 0, 3), mdyRe.FindAllStringSubmatchIndex(s, -1))
		same("day-month-years", findNearMonths(dmyRe, s, 2, 2), dmyRe.FindAllStringSubmatchIndex(s, -1))
		if lower := strings.ToLower(s); containsAny(lower, weekdayNames) {
			// As FindExprs asks: only where a weekday's name stands.
			same("weekdays", findWeekdays(s, lower), weekdayRe.FindAllStringSubmatchIndex(s, -1))
		}
	})
}
