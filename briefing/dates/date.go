// Package dates knows calendar dates to a precision and the time expressions
// of news text ("Wednesday", "in July", "November 10"), and resolves them
// against an article's own date by the tense of the clause.
package dates

import (
	"encoding/json"
	"fmt"
	"time"
)

// Precision says how much of a Date is known.
type Precision int

// Precisions, from nothing known to a calendar day.
const (
	Undated Precision = iota
	YearOnly
	MonthOnly
	DayExact
)

// Date is a calendar date known to some precision: a news text often says
// "in July" or "2016", and inventing the missing day would misdate events.
type Date struct {
	Year  int
	Month time.Month
	Day   int
	Prec  Precision
}

// DayDate returns a Date with day precision.
func DayDate(y int, m time.Month, d int) Date { return Date{y, m, d, DayExact} }

// MonthDate returns a Date with month precision.
func MonthDate(y int, m time.Month) Date { return Date{Year: y, Month: m, Prec: MonthOnly} }

// yearDate returns a Date with year precision.
func yearDate(y int) Date { return Date{Year: y, Prec: YearOnly} }

// dateOf turns a time into a day-precision Date.
func dateOf(t time.Time) Date { return DayDate(t.Year(), t.Month(), t.Day()) }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Prec == Undated }

// Time returns the first instant the date covers, in UTC.
func (d Date) Time() time.Time {
	m, day := d.Month, d.Day
	if d.Prec < MonthOnly {
		m = time.January
	}
	if d.Prec < DayExact {
		day = 1
	}
	return time.Date(d.Year, m, day, 0, 0, 0, 0, time.UTC)
}

// String formats the date as ISO 8601 to its precision: "2017-11-08",
// "2017-11", "2017", or "" when undated.
func (d Date) String() string {
	switch d.Prec {
	case DayExact:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	case MonthOnly:
		return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
	case YearOnly:
		return fmt.Sprintf("%04d", d.Year)
	}
	return ""
}

// Human formats the date for people: "8 Nov 2017", "Jul 2017", "2017".
func (d Date) Human() string {
	switch d.Prec {
	case DayExact:
		return fmt.Sprintf("%d %s %d", d.Day, d.Month.String()[:3], d.Year)
	case MonthOnly:
		return fmt.Sprintf("%s %d", d.Month.String()[:3], d.Year)
	case YearOnly:
		return fmt.Sprintf("%d", d.Year)
	}
	return "undated"
}

// Compare orders dates by the first day they cover; a less precise date sorts
// before a more precise one starting on the same day. Undated sorts last.
func (d Date) Compare(o Date) int {
	if d.IsZero() || o.IsZero() {
		switch {
		case d.IsZero() && o.IsZero():
			return 0
		case d.IsZero():
			return 1
		}
		return -1
	}
	if c := d.Time().Compare(o.Time()); c != 0 {
		return c
	}
	return int(d.Prec) - int(o.Prec)
}

// Contains reports whether o lies within d (2017-11 contains 2017-11-08).
func (d Date) Contains(o Date) bool {
	if d.IsZero() || o.IsZero() || o.Prec < d.Prec {
		return false
	}
	if d.Year != o.Year {
		return false
	}
	if d.Prec >= MonthOnly && d.Month != o.Month {
		return false
	}
	return d.Prec < DayExact || d.Day == o.Day
}

// MarshalJSON writes the ISO form, or null when undated.
func (d Date) MarshalJSON() ([]byte, error) {
	if d.IsZero() {
		return []byte("null"), nil
	}
	return json.Marshal(d.String())
}

// UnmarshalJSON reads the ISO form written by MarshalJSON.
func (d *Date) UnmarshalJSON(b []byte) error {
	var s *string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	if s == nil || *s == "" {
		*d = Date{}
		return nil
	}
	p, err := parseISODate(*s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}

// parseISODate reads "2017", "2017-11" or "2017-11-08".
func parseISODate(s string) (Date, error) {
	for _, f := range []struct {
		layout string
		prec   Precision
	}{{"2006-01-02", DayExact}, {"2006-01", MonthOnly}, {"2006", YearOnly}} {
		if t, err := time.Parse(f.layout, s); err == nil {
			d := dateOf(t)
			d.Prec = f.prec
			if f.prec < DayExact {
				d.Day = 0
			}
			if f.prec < MonthOnly {
				d.Month = 0
			}
			return d, nil
		}
	}
	return Date{}, fmt.Errorf("date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
}
