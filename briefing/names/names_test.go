package names

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// TestParseRunSeparatesNameFromWhatLeadsToIt: titles, roles, descriptors
// and possessives before a name are not part of it; hyphenated surnames
// are.
func TestParseRunSeparatesNameFromWhatLeadsToIt(t *testing.T) {
	for _, tt := range []struct {
		run, name string
	}{
		{"Congressman Chris Collins", "Chris Collins"},
		{"Pastor Ruth Okoro", "Ruth Okoro"},
		{"Public Ombudsman Ada Lind", "Ada Lind"},
		{"Secretary-Treasurer Gary Lind", "Gary Lind"},
		{"Editor-in-Chief Martha Bale", "Martha Bale"},
		{"Texas-based Matt Orrin", "Matt Orrin"},
		{"Oscar-winner Ada Lind", "Ada Lind"},
		{"Harbour-born Ira Quist", "Ira Quist"},
		{"Jo Henin-Hardenne", "Jo Henin-Hardenne"},
		{"Pollsters’ Dana Byrd", "Dana Byrd"},
		{"Britain's Kathy Butler", "Kathy Butler"},
		{"Al Aynsley-Green", "Al Aynsley-Green"},
		{"Cormac Murphy-O'Connor", "Cormac Murphy-O'Connor"},
		{"Rep. T.J. Marlow", "T.J. Marlow"},
		{"Del. Ada Wrenn", "Ada Wrenn"},
		{"Ruben P. Halloway Jr.", "Ruben P. Halloway"},
		{"Mayor Ira Quist III", "Ira Quist"},
		{"Jim Press", "Jim Press"}, // a body's word as a given name's surname
		{"Stuart Hall", "Stuart Hall"},
		{"Doris Day", "Doris Day"},
		{"Alexandra Tower", "Alexandra Tower"},
		{"Jim Courier", "Jim Courier"},
		{"Jeremy Dear", "Jeremy Dear"}, // a sentence word as a given name's surname
		{"Mr Read", "Read"},
		{"Mr White", "White"}, // a place's first word as a title's surname
	} {
		text := "Yesterday " + tt.run + " spoke."
		start := strings.Index(text, tt.run)
		r, ok := ParseRun(text, start, start+len(tt.run))
		if !ok {
			t.Errorf("%q: no name", tt.run)
			continue
		}
		if diff := cmp.Diff(tt.name, r.Text()); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.run, diff)
		}
	}
}

// TestParseRunGivesATitleBeforeAPossessiveToTheOwner: the title and sex
// of "Mrs. Hale's" are Mrs. Hale's, not those of what she owns; a name
// ending in a day said from today is a programme's, and one ending in an
// initial no one's.
func TestParseRunGivesATitleBeforeAPossessiveToTheOwner(t *testing.T) {
	for _, tt := range []struct {
		run    string
		ok     bool
		name   string
		title  []string
		strong bool
		gender Gender
	}{
		{"Mrs. Hale's Brooklyn", true, "Brooklyn", nil, false, GenderUnknown},
		{"Ms. Hale's Kaine", true, "Kaine", nil, false, GenderUnknown},
		{"Mr. Hale's Campaign Manager Ada Lind", true, "Ada Lind", []string{"Manager"}, true, GenderUnknown},
		{"Mr. Hale's Mrs. Ada Lind", true, "Ada Lind", []string{"Mrs."}, true, Female},
		{"Mrs. Ada Lind", true, "Ada Lind", []string{"Mrs."}, true, Female},
		{"Mr. King's Europe Today", false, "", nil, false, GenderUnknown},
		{"Pontiac G", false, "", nil, false, GenderUnknown}, // "Pontiac G6" read up to its digit
		{"Clarence House", false, "", nil, false, GenderUnknown},
		{"Charlotte Observer", false, "", nil, false, GenderUnknown},
		{"Congressional District", false, "", nil, false, GenderUnknown}, // places and bodies by their last word
		{"Stonewall Inn", false, "", nil, false, GenderUnknown},
		{"Roosevelt Hotel", false, "", nil, false, GenderUnknown},
		{"Trump Tower", false, "", nil, false, GenderUnknown},
		{"Des Moines Register", false, "", nil, false, GenderUnknown},
		{"Pew Research", false, "", nil, false, GenderUnknown},
		{"Woodhill Prison", false, "", nil, false, GenderUnknown},
		{"Ada G", false, "", nil, false, GenderUnknown},
		{"Today", false, "", nil, false, GenderUnknown},
	} {
		text := "It was " + tt.run + " there."
		start := strings.Index(text, tt.run)
		r, ok := ParseRun(text, start, start+len(tt.run))
		if ok != tt.ok {
			t.Errorf("%q: ok %v, want %v (%+v)", tt.run, ok, tt.ok, r)
			continue
		}
		if !ok {
			continue
		}
		got := struct {
			Name   string
			Title  []string
			Strong bool
			Gender Gender
		}{r.Text(), r.Title, r.Strong, r.Gender}
		want := struct {
			Name   string
			Title  []string
			Strong bool
			Gender Gender
		}{tt.name, tt.title, tt.strong, tt.gender}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.run, diff)
		}
	}
}

// TestParseRunLeavesOutALeadBeforeAGivenName: words before a given name
// and a surname are a title when they are ordinary words or a
// preposition's object; a name of three words is otherwise kept whole.
func TestParseRunLeavesOutALeadBeforeAGivenName(t *testing.T) {
	for _, tt := range []struct {
		before, run, name string
	}{
		{"the envoy to ", "Freedonia Kurt Vollmer", "Kurt Vollmer"},
		{"the envoy to the ", "Freedonia Kurt Vollmer", "Kurt Vollmer"},
		{"the minister for ", "Sport Tracy Crouch", "Tracy Crouch"},
		{"said Minister for ", "Europe Denis Marsh", "Denis Marsh"},
		{"the president of ", "Ukraine Volodymyr Marsh", "Volodymyr Marsh"},
		{"a letter to ", "Mary Kate Olsen", "Mary Kate Olsen"},
		{"Yesterday ", "Harbour Radio DJ Pete Mason", "Pete Mason"},
		{"Yesterday ", "Sarah Jessica Parker", "Sarah Jessica Parker"},
		{"Yesterday ", "Andres Manuel Lopez Obrador", "Andres Manuel Lopez Obrador"},
		{"Yesterday ", "Teresa Nielsen Hayden", "Teresa Nielsen Hayden"},
		{"the words of ", "Van Der Beek", "Van Der Beek"},
	} {
		text := tt.before + tt.run + " spoke."
		r, ok := ParseRun(text, len(tt.before), len(tt.before)+len(tt.run))
		if !ok {
			t.Errorf("%q: no name", tt.run)
			continue
		}
		if diff := cmp.Diff(tt.name, r.Text()); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.run, diff)
		}
	}
}

// TestParseRunReadsTitleWordsAsSurnames: a title word ending a run after a
// given name, or right after a bare honorific, is a surname; an address
// form or a title "of" somewhere is not.
func TestParseRunReadsTitleWordsAsSurnames(t *testing.T) {
	for _, tt := range []struct {
		text, run, name string // name "" when the run names no one
	}{
		{"Later Dana King spoke.", "Dana King", "Dana King"},
		{"Later Tom Major spoke.", "Tom Major", "Tom Major"},
		{"Later Mrs. Bishop spoke.", "Mrs. Bishop", "Bishop"},
		{"Later Dr Judge spoke.", "Dr Judge", "Judge"},
		{"Thank you, Mr President, she said.", "Mr President", ""},
		{"Later Mary Queen of Scots spoke.", "Mary Queen", ""},
		{"Later Chief Constable Ann Hollis spoke.", "Chief Constable Ann Hollis", "Ann Hollis"},
		{"Later Lydia Mayor Rosa Vale spoke.", "Lydia Mayor Rosa Vale", "Rosa Vale"},
		// Numbers and linking adverbs open sentences, never names.
		{"Six Nora Quill supporters were held.", "Six Nora Quill", "Nora Quill"},
		{"Likewise Ada Wrenn voted no.", "Likewise Ada Wrenn", "Ada Wrenn"},
		{"Later Erik Ten Hag spoke.", "Erik Ten Hag", "Erik Ten Hag"},
		{"Yeah, it is not always good.", "Yeah", ""},
		// A role noun's plural is a group.
		{"Attorneys for the city spoke.", "Attorneys", ""},
		{"Later Secretaries spoke.", "Secretaries", ""},
		{"Later Coaches spoke.", "Coaches", ""},
		{"Later Ross Banks spoke.", "Ross Banks", "Ross Banks"},
		// A month alone is a date's, abbreviated or not; after a first
		// name or a title it is a surname.
		{"WASHINGTON, Dec. 8 (UPI) - Aides said.", "Dec.", ""},
		{"Later Jan Egeland spoke.", "Jan Egeland", "Jan Egeland"},
		{"Later Mrs May spoke.", "Mrs May", "May"},
		// What may follow a name but is none of it.
		{"Later Ada Wrenn.'' spoke.", "Ada Wrenn.''", "Ada Wrenn"},
		{"Later Wrenn- spoke.", "Wrenn-", "Wrenn"},
		{"Protesters wore Nora Quill T-shirts.", "Nora Quill T-shirts", ""},
		// A hyphen particle joins the name; another prefix makes the
		// word a description.
		{"Later Bashar al-Assad spoke.", "Bashar al-Assad", "Bashar al-Assad"},
		{"Later al-Assad spoke.", "Assad", "Assad"},
		{"The ex-Wallaby Ben Tune spoke.", "Wallaby Ben Tune", "Ben Tune"},
		{"An anti-Trump rally met.", "Trump", ""},
		// After an ordinal in digits, a century or a firm.
		{"It was bricked up in the 19th Century by the city.", "Century", ""},
		{"Later 21st Century Fox spoke.", "Century Fox", ""},
		{"Said Air Force 1st Lt. Tyler Livingston.", "Lt. Tyler Livingston", "Tyler Livingston"},
		// Storms are named like people.
		{"Later Hurricane Katrina struck.", "Hurricane Katrina", ""},
		// A state ends a run as a place; it may open a name.
		{"Later the Florida senator spoke.", "Florida", ""},
		{"The Ada Wrenn Iowa campaign spoke.", "Ada Wrenn Iowa", "Ada Wrenn"},
		{"Later Tennessee Williams spoke.", "Tennessee Williams", "Tennessee Williams"},
		// A state's abbreviation alone is a place; it may end a name.
		{"Ada Wrenn, of Aspen, Colo., spoke.", "Colo", ""},
		{"Later Norbert Ore spoke.", "Norbert Ore", "Norbert Ore"},
		// "Sri" opens a name as well as "Sri Lanka".
		{"Later Sri Mulyani Indrawati spoke.", "Sri Mulyani Indrawati", "Sri Mulyani Indrawati"},
		{"Later Sri Lanka spoke.", "Sri Lanka", ""},
		// A country alone is no person; a surname may be one.
		{"Later Switzerland spoke.", "Switzerland", ""},
		{"Later Ada England spoke.", "Ada England", "Ada England"},
		{"Later Baroness Scotland spoke.", "Baroness Scotland", "Scotland"},
		// A body's word may be a middle name, never a body's last.
		{"Later Kathleen Hall Jamieson spoke.", "Kathleen Hall Jamieson", "Kathleen Hall Jamieson"},
		{"Later Royal Albert Hall spoke.", "Royal Albert Hall", ""},
		{"Later Jordan River Valley spoke.", "Jordan River Valley", ""},
		// A point of the compass is a surname after a known given name.
		{"Later Marty West spoke.", "Marty West", "Marty West"},
		{"Later Michael East ran.", "Michael East", "Michael East"},
		{"Later the Middle East spoke.", "Middle East", ""},
		// Societies, trusts, institutions and indexes are bodies.
		{"Later the Harbour Society spoke.", "Harbour Society", ""},
		{"Later the Brookings Institution spoke.", "Brookings Institution", ""},
		{"Later its Harbour Index spoke.", "Harbour Index", ""},
		// Bodies: conventions, caucuses, administrations, projects.
		{"Later the Constitutional Convention met.", "Constitutional Convention", ""},
		{"Later the Ada Wrenn Administration spoke.", "Ada Wrenn Administration", ""},
		{"Later the Congressional Black Caucus spoke.", "Congressional Black Caucus", ""},
		// Titles written out or cut without a period.
		{"Later Alderman Ada Wrenn spoke.", "Alderman Ada Wrenn", "Ada Wrenn"},
		{"Later Adm Ada Wrenn spoke.", "Adm Ada Wrenn", "Ada Wrenn"},
		{"Later Treasurer Ada Wrenn spoke.", "Treasurer Ada Wrenn", "Ada Wrenn"},
		// A baroness's title is a title; "Baron" may be a name's
		// ("Sacha Baron Cohen").
		{"Later Baroness Amos spoke.", "Baroness Amos", "Amos"},
		{"Later Sacha Baron Cohen spoke.", "Sacha Baron Cohen", "Sacha Baron Cohen"},
		// Venues are named like people too.
		{"June 9 at Ada Wrenn Pavilion.", "Ada Wrenn Pavilion", ""},
	} {
		start := strings.Index(tt.text, tt.run)
		r, ok := ParseRun(tt.text, start, start+len(tt.run))
		got := ""
		if ok {
			got = r.Text()
		}
		if diff := cmp.Diff(tt.name, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.text, diff)
		}
	}
}

// FuzzLastFields holds the backward scan to the end of strings.Fields.
func FuzzLastFields(f *testing.F) {
	for _, s := range []string{"", " ", "the Kremlin's spokesman, ", "a  b\tc\u00a0d\u2003e f g h", "one"} {
		f.Add(s, 6)
	}
	f.Fuzz(func(t *testing.T, s string, n int) {
		if !utf8.ValidString(s) || n < 0 || n > 50 {
			t.Skip("texts are valid UTF-8; counts are small")
		}
		all := strings.Fields(s)
		want := all[max(0, len(all)-n):]
		if got := lastFields(s, n); !slices.Equal(got, want) {
			t.Errorf("lastFields(%q, %d) = %q, want %q", s, n, got, want)
		}
		last := ""
		if len(all) > 0 {
			last = all[len(all)-1]
		}
		if got := LastField(s); got != last {
			t.Errorf("LastField(%q) = %q, want %q", s, got, last)
		}
	})
}

// FuzzFold holds Fold's ASCII path to the decomposing one it skips.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Murphy-O'Connor", "O’Neill", "Jr.", "Zürich", "lavrov", "MCCAIN", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldUnicode(s); got != want {
			t.Errorf("Fold(%q) = %q, the decomposing fold gives %q", s, got, want)
		}
	})
}

// TestParseRunPluralPossessive: "Sanders' email" is a possessive, and the
// name is "Sanders"; a closing quotation mark of two apostrophes is not.
func TestParseRunPluralPossessive(t *testing.T) {
	for _, tt := range []struct {
		text, run, name string
		possessive      bool
	}{
		{"Later Ada Sanders' email leaked.", "Ada Sanders'", "Ada Sanders", true},
		{"Later Ada Sanders’ email leaked.", "Ada Sanders’", "Ada Sanders", true},
		{"The ''Ada Sanders'' bus left.", "Ada Sanders''", "Ada Sanders", false},
		{"Later Ada Sanders's email leaked.", "Ada Sanders's", "Ada Sanders", true},
		{"It was understood to be Mr Taylor's.", "Mr Taylor's.", "Taylor", true},
	} {
		start := strings.Index(tt.text, tt.run)
		r, ok := ParseRun(tt.text, start, start+len(tt.run))
		if !ok || r.Text() != tt.name || r.Possessive != tt.possessive {
			t.Errorf("%q: %q possessive %v (ok %v), want %q possessive %v", tt.text, r.Text(), r.Possessive, ok, tt.name, tt.possessive)
		}
	}
}

// TestGivenNameListsAreDisjoint keeps a name out of both lists: one of
// either sex tells nothing and must be left to the text.
func TestGivenNameListsAreDisjoint(t *testing.T) {
	for n := range maleFirstNames.All() {
		if femaleFirstNames.Has(n) {
			t.Errorf("%q is in both given-name lists", n)
		}
	}
	tests := []struct {
		name string
		want Gender
	}{
		{"Barack", Male}, {"Hillary", Female}, {"Norman", Male}, {"Jordan", GenderUnknown}, {"Ofelia", GenderUnknown},
		// Names of British, Irish and European news beside American ones.
		{"Kenny", Male}, {"Siobhan", Female}, {"Mikhail", Male}, {"Svetlana", Female}, {"Philippe", Male},
	}
	for _, tt := range tests {
		if got := FirstNameGender(tt.name); got != tt.want {
			t.Errorf("FirstNameGender(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// FuzzTrimToken holds the byte scan to strings.Trim with its cutset.
func FuzzTrimToken(f *testing.F) {
	for _, s := range []string{"Putin’s", "’Tis’", ".,;:'", "x\xe2\x80", "\xf0\xe2\x80\x99", "Mr.", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := TrimToken(s), strings.Trim(s, ".,;:'’"); got != want {
			t.Errorf("TrimToken(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestRunsEndAtAWrittenOutTitle: a title written out ends its sentence
// like any word ("to Labour. Mr Howard"); an abbreviated one need not
// ("Del. Ada Wrenn", "Sen. Ted Cruz").
func TestRunsEndAtAWrittenOutTitle(t *testing.T) {
	for _, tt := range []struct {
		text  string
		title []string
		name  string
	}{
		{"An MP defected to Labour. Mr Howard said it changed nothing.", []string{"Mr"}, "Howard"},
		{"He met the President. Mr Howard said so.", []string{"Mr"}, "Howard"},
		{"Later Del. Ada Wrenn spoke.", []string{"Del."}, "Ada Wrenn"},
		{"Later Sen. Ted Cruz spoke.", []string{"Sen."}, "Ted Cruz"},
		// A month is no demonym ("Dutch", "French"): not a title's start.
		{"On 13 March Lord Goldsmith met them.", []string{"Lord"}, "Goldsmith"},
	} {
		var got *Run
		for _, r := range Runs(tt.text) {
			if r.Text() == tt.name {
				got = &r
			}
		}
		if got == nil || !slices.Equal(got.Title, tt.title) {
			t.Errorf("%q: runs %+v; want %q titled %q", tt.text, Runs(tt.text), tt.name, tt.title)
		}
	}
}

// TestSurnameKey: a hyphen particle is no part of the key people are
// grouped by; other hyphens stay folded in.
func TestSurnameKey(t *testing.T) {
	for _, tt := range []struct{ a, b string }{
		{"al-Assad", "Assad"}, {"Al-Assad", "assad"}, {"el-Sisi", "Sisi"},
	} {
		if SurnameKey(tt.a) != SurnameKey(tt.b) {
			t.Errorf("SurnameKey(%q) = %q, SurnameKey(%q) = %q; want one key", tt.a, SurnameKey(tt.a), tt.b, SurnameKey(tt.b))
		}
	}
	if got := SurnameKey("Murphy-O'Connor"); got != Fold("Murphy-O'Connor") {
		t.Errorf("SurnameKey(Murphy-O'Connor) = %q, want Fold's %q", got, Fold("Murphy-O'Connor"))
	}
}

func TestRoleNames(t *testing.T) {
	for _, tt := range []struct {
		held, phrase string
		want         bool
	}{
		{"uk chancellor", "chancellor", true},
		{"chancellor", "the chancellor", true},
		{"finance minister", "minister", true},
		{"shadow chancellor", "chancellor", false},
		{"chancellor", "shadow chancellor", false},
		{"deputy prime minister", "prime minister", false},
		{"coach", "former coach", false},
		{"former coach", "former coach", true},
		{"vice-president", "president", false},
		{"headmaster", "master", false},
		{"", "coach", false},
		{"u.s. president", "us president", true},
		{"u.s. president", "american president", true},
		{"president of the united states", "united states president", false},
		{"russian president", "russian leader", true},
		{"uk prime minister", "british leader", true},
		{"russian president", "us leader", false},
		{"labour leader", "labour leader", true},
		{"labour leader", "russian leader", false},
		{"u.s. secretary of state", "top u.s diplomat", true},
		{"russian foreign minister", "top diplomat", true},
		{"russian foreign minister", "chinese diplomat", false},
		{"spokesman", "top diplomat", false},
	} {
		if got := RoleNames(tt.held, tt.phrase); got != tt.want {
			t.Errorf("RoleNames(%q, %q) = %v, want %v", tt.held, tt.phrase, got, tt.want)
		}
	}
}

func TestIsSurnameForm(t *testing.T) {
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"De Marchi", true}, {"van Hoek", true}, {"Van Der Hoek", true}, {"da Costa", true}, {"Bin Salem", true},
		{"Al Brenner", false},   // a given name before one word
		{"al Brenner", true},    // lower case: a particle
		{"De Wet Brink", false}, // a given name of two words
		{"Pieter Van Der Hoek", false}, {"Hoek", false}, {"Mia Brenner", false},
	} {
		if got := IsSurnameForm(strings.Fields(tt.name)); got != tt.want {
			t.Errorf("IsSurnameForm(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// FuzzTrimNameTrail holds the hand-written trim to strings.TrimRight.
func FuzzTrimNameTrail(f *testing.F) {
	for _, s := range []string{"Trump.''", "Sanders’", "Wrenn-", "", "’", "a’’.", "Ó’"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimNameTrail(s), strings.TrimRight(s, ".,;:'’-"); got != want {
			t.Errorf("trimNameTrail(%q) = %q, want %q", s, got, want)
		}
	})
}
