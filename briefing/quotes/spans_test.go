package quotes

import (
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/google/go-cmp/cmp"
)

// TestIsTitleQuote: works and programmes are named in Title Case, small
// words aside; speech is not, and a contraction is always speech.
func TestIsTitleQuote(t *testing.T) {
	for _, tt := range []struct {
		before, inner string
		title         bool
	}{
		{"She said on the network's ", "Meet the Voters.", true},
		{"He told the station’s ", "Sunrise", true},
		{"He wrote the book ", "Why Towns Fail", true},
		{"The show ", "Lunch With Dana Fox", true},
		{"She finished: ", "That’s Lena Ruiz and Omar Diaz.", false},
		{"He said ", "the plan is dead", false},
		{"She replied ", "Yes", false},
		{"She replied ", "Yes, We Will", false},
		{"", "of the People", false},
	} {
		if got := isTitleQuote(tt.before, tt.inner); got != tt.title {
			t.Errorf("isTitleQuote(%q, %q) = %v, want %v", tt.before, tt.inner, got, tt.title)
		}
	}
}

// FuzzEndsWithTitleCue holds the tail-only test to the expression over
// all the text before a quotation.
func FuzzEndsWithTitleCue(f *testing.F) {
	for _, s := range []string{"", "the film", "a book called ", "his 3film", "the new ſong,", "an éfilm", "Song, _ _", "they watched the documentary,\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := endsWithTitleCue(s), titleCueRe.MatchString(strings.TrimRight(s, " _")); got != want {
			t.Errorf("endsWithTitleCue(%q) = %v, the expression says %v", s, got, want)
		}
	})
}

// FuzzGenderCue holds the cut input to the expression over all of it.
func FuzzGenderCue(f *testing.F) {
	for _, s := range []string{", he said", " said in his speech", ", adding that she", " said heX", "said ſhe", ", for her part", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := genderCue(s), genderCueRe.FindStringSubmatch(s)
		if !slices.Equal(got, want) {
			t.Errorf("genderCue(%q) = %q, the expression gives %q", s, got, want)
		}
	})
}

// FuzzDropPartyTags holds the bracket-and-hyphen shortcut to the
// expression over all of the text.
func FuzzDropPartyTags(f *testing.F) {
	for _, s := range []string{"Sen. Ben Cardin (D-Md.) said", "Rand Paul, R-Ky., said", "Cruz (R) and Smith (Tex.)", "no tag here", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := dropPartyTags(s), partyTagRe.ReplaceAllString(s, ""); got != want {
			t.Errorf("dropPartyTags(%q) = %q, the expression gives %q", s, got, want)
		}
	})
}

// The tests as first written, each building every word first: the
// references FuzzWordTests holds their shortcuts to.
func referenceRoleLeadsTo(between string) bool {
	f := strings.Fields(strings.Trim(between, " ,"))
	if len(f) == 0 || len(f) > 3 {
		return false
	}
	return names.IsRoleWord(strings.ToLower(f[len(f)-1]))
}

// referenceRoleAfter tests the clause's last word as a role noun after
// building its words, where roleAfter reads it from the end first.
func referenceRoleAfter(rest string) (string, bool) {
	clause, ok := roleClause(rest)
	if !ok {
		return "", false
	}
	f := strings.Fields(clause)
	if len(f) == 0 || !names.IsRoleWord(strings.ToLower(f[len(f)-1])) {
		return "", false
	}
	return roleOfWords(f)
}

func referenceHasSentenceBreak(s string) bool {
	if strings.ContainsAny(s, ";_") {
		return true
	}
	for _, w := range strings.Fields(s) {
		if strings.HasSuffix(w, ".") && !names.IsAbbrevToken(w) {
			return true
		}
	}
	return false
}

// FuzzWordTests holds the tests that read the last word or count the
// words before building them to the forms that built them first.
func FuzzWordTests(f *testing.F) {
	for _, s := range []string{", the county sheriff", " sporting director ", ", a spokesman for the", "Meet the Press", "He left. Then", "Mr. Smith", "", " , "} {
		f.Add(s, "the show ")
	}
	f.Fuzz(func(t *testing.T, s, before string) {
		if got, want := roleLeadsTo(s), referenceRoleLeadsTo(s); got != want {
			t.Errorf("roleLeadsTo(%q) = %v, want %v", s, got, want)
		}
		gotRole, gotOK := roleAfter(s)
		wantRole, wantOK := referenceRoleAfter(s)
		if gotRole != wantRole || gotOK != wantOK {
			t.Errorf("roleAfter(%q) = %q, %v, want %q, %v", s, gotRole, gotOK, wantRole, wantOK)
		}
		if got, want := hasSentenceBreak(s), referenceHasSentenceBreak(s); got != want {
			t.Errorf("hasSentenceBreak(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzInOwnWords holds the "ord" shortcut to the expression it guards.
func FuzzInOwnWords(f *testing.F) {
	for _, s := range []string{"because, in her words, ", "IN HIS OWN WORDS", "in his wordſ,\t", "in her wordy way", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := inOwnWordsMatch(s), inOwnWordsRe.FindStringSubmatchIndex(s); !slices.Equal(got, want) {
			t.Errorf("inOwnWordsMatch(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzHasQuoteMark holds the shortcut findQuoteSpans takes to a scan of
// every rune for the marks.
func FuzzHasQuoteMark(f *testing.F) {
	for _, s := range []string{"no marks — at all’", "“curly”", "low „mark", "straight \"one\"", "\xe2\x80", "\xe2\x80\x9c", "…"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ContainsAny(s, "\"“”„")
		if got := hasQuoteMark(s); got != want {
			t.Errorf("hasQuoteMark(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzLastWordAt holds lastWordAt's offset to the text it was given, also
// where lowering moves runes ("İ" lowers to three bytes, the Kelvin sign
// to one): what stands at the offset, lowered, begins with the word.
func FuzzLastWordAt(f *testing.F) {
	for _, c := range [][2]string{
		{"İİ said he", "he"}, {"\u212a then she", "she"}, {"he said", "he"}, {"she, he", "he"},
		{"\xff they", "they"}, {"no match", "he"}, {"İ", "i̇"},
	} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, w string) {
		w = strings.ToLower(w)
		if l, at := lowerWithOffsets(s); l != strings.ToLower(s) || at != nil && len(at) != len(l) {
			t.Fatalf("lowerWithOffsets(%q) = %q, %d offsets; want %q", s, l, len(at), strings.ToLower(s))
		}
		i := lastWordAt(s, w)
		if i < 0 {
			return
		}
		if i > len(s) || !strings.HasPrefix(strings.ToLower(s[i:]), w) {
			t.Errorf("lastWordAt(%q, %q) = %d, where %q stands", s, w, i, s[min(i, len(s)):])
		}
	})
}

func TestLastWordAtMovedRunes(t *testing.T) {
	for _, c := range []struct {
		s, w string
		want int
	}{
		{"İİ said he", "he", len("İİ said ")},
		{"\u212a then she", "she", len("\u212a then ")},
		{"he said he", "he", len("he said ")},
		{"İstanbul's mayor", "he", -1},
	} {
		if got := lastWordAt(c.s, c.w); got != c.want {
			t.Errorf("lastWordAt(%q, %q) = %d, want %d", c.s, c.w, got, c.want)
		}
	}
}

// FuzzLeadingSpeechVerb holds the lookup that lowers the first word alone
// to the one that lowered the text's first 40 bytes and then cut its word.
func FuzzLeadingSpeechVerb(f *testing.F) {
	for _, s := range []string{" said", "said on Monday", "Pointed out that", "pointed at", "told reporters", "ADDED:", "İnsisted", "according to", "", "sai\xffd", strings.Repeat("x", 39) + "é"} {
		f.Add(s)
	}
	words := strings.Split(text.SpeechVerbs, "|")
	reference := func(s string) (string, bool) {
		if len(s) > 40 {
			s = s[:40]
		}
		l := strings.ToLower(s)
		w := l
		if k := strings.IndexFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }); k >= 0 {
			w = l[:k]
		}
		if slices.Contains(words, w) {
			return w, true
		}
		for _, p := range words {
			if strings.Contains(p, " ") && strings.HasPrefix(l, p) && (len(l) == len(p) || !unicode.IsLetter(rune(l[len(p)]))) {
				return p, true
			}
		}
		return "", false
	}
	f.Fuzz(func(t *testing.T, s string) {
		gotV, gotOK := leadingSpeechVerb(s)
		wantV, wantOK := reference(s)
		if gotV != wantV || gotOK != wantOK {
			t.Errorf("leadingSpeechVerb(%q) = %q, %v; the reference gives %q, %v", s, gotV, gotOK, wantV, wantOK)
		}
	})
}

// FuzzMask holds mask to the quotation marks' spans blanked byte by byte.
func FuzzMask(f *testing.F) {
	f.Add(`He said "we will win" and "they will lose", then left.`)
	f.Add(`“An open quotation runs on to the end`)
	f.Fuzz(func(t *testing.T, s string) {
		spans := findQuoteSpans(s)
		want := []byte(s)
		for _, q := range spans {
			for i := q.open; i < q.end() && i < len(want); i++ {
				want[i] = '_'
			}
		}
		if got := mask(s, spans); got != string(want) {
			t.Errorf("mask(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestSentenceShares: a sentence's share inside quotation marks is read
// over its paragraph, so a sentence in the middle of a quotation is all
// quotation though it holds no mark.
func TestSentenceShares(t *testing.T) {
	for _, tt := range []struct {
		para string
		want []float64 // rounded to a tenth
	}{
		{`No one was quoted. The vote was on Friday.`, nil},
		{`"We were never asked. It is a disaster. We will fight," said Ada Lind.`, []float64{1, 1, 0.5}},
		{`“Open all the way to the end. Still quoted.`, []float64{1, 1}},
		{`She said it was "unfair". The vote stands.`, []float64{0.3, 0}},
	} {
		p := text.NewParagraph(text.Body, tt.para)
		got := SentenceShares(nil, p)
		for i := range got {
			got[i] = math.Round(got[i]*10) / 10
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%q (-want +got):\n%s", tt.para, diff)
		}
	}
}

// TestBodySpeakerJSON: an organisation's words have a null speaker and the
// organisation as "body" in JSON; a person's keep the speaker.
func TestBodySpeakerJSON(t *testing.T) {
	qs, _ := Build([]text.Article{articleOf(`"Talks will go on," the Foreign Office said.`, `"We are ready," Yuri Ushakov said.`)})
	var got []map[string]any
	for _, q := range qs {
		b, err := json.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatal(err)
		}
		got = append(got, map[string]any{"speaker": m["speaker"], "body": m["body"]})
	}
	want := []map[string]any{{"speaker": nil, "body": "Foreign Office"}, {"speaker": "Yuri Ushakov", "body": nil}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
