// Package date is the date a dateparser.Parser returns.
package date

import "time"

// Date is a parsed date; the stand-in's is always zero.
type Date struct {
	Time time.Time
}

// IsZero reports whether the date is empty.
func (d Date) IsZero() bool { return d.Time.IsZero() }
