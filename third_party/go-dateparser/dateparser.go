// Package dateparser stands in for github.com/markusmobius/go-dateparser in
// briefbot's build (see README.md beside it). It offers what
// github.com/markusmobius/go-htmldate calls of that library, and parses
// nothing: go-htmldate then finds a page's date by its own rules (meta
// tags, JSON-LD, the address, time elements, its patterns in English and
// other languages) and only its multilingual last resort finds none.
//
// The library it stands in for builds the data of some 200 locales in
// package initialisers at every start of any binary that links it: about
// 0.22 s and 78 MB before main runs, for a fallback briefbot's saved pages
// never reached.
package dateparser

import (
	"errors"

	"github.com/markusmobius/go-dateparser/date"
)

// ParserType names one of the library's parsers; a Parser lists the ones
// to try.
type ParserType uint8

// The library's parsers, in its order.
const (
	Timestamp ParserType = iota
	RelativeTime
	CustomFormat
	AbsoluteTime
	NoSpacesTime
)

// PreferredDateSource says which period fills the parts a date leaves out.
type PreferredDateSource uint8

// The periods a date's missing parts may come from.
const (
	CurrentPeriod PreferredDateSource = iota
	Past
	Future
)

// Configuration is the part of the library's configuration go-htmldate
// sets. The stand-in reads none of it.
type Configuration struct {
	PreferredDateSource PreferredDateSource
	StrictParsing       bool
}

// Parser parses dates with the parsers it lists; the stand-in has none.
type Parser struct {
	ParserTypes []ParserType
}

// ErrNotParsed is what Parse returns for every text.
var ErrNotParsed = errors.New("dateparser: multilingual date parsing is left out of this build")

// Parse finds no date in any text: it returns the zero Date and
// ErrNotParsed, as the library does for text it cannot read.
func (p *Parser) Parse(cfg *Configuration, text string, formats ...string) (date.Date, error) {
	return date.Date{}, ErrNotParsed
}
