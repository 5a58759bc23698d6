package text

import (
	"hash/maphash"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/dates"
)

// Cleaning works on the shape of lines, not on known sentences: a story
// paragraph ends like a sentence; furniture is short, matches a phrase of the
// small lexicon below, or stands after the marker that ends the story.

// furniturePrefixes are the openings of web-page furniture lines: share and
// embed widgets, newsletter and donation appeals, related-link lists, comment
// counters. A line starting with one and no longer than maxFurnitureWords is
// dropped wherever it stands, when it is short or does not end like a
// sentence; the callsToAction below are furniture either way, and are not
// listed again here.
var furniturePrefixes = []string{
	"share this", "share on", "share via", "copy/paste", "copy to clipboard", "copy link",
	"advertisement", "sponsored", "read more", "read also", "see also", "related",
	"you might also like", "you may also like", "recommended", "more from", "most read",
	"most popular", "trending", "like this", "leave a comment", "comments", "comment",
	"sign up", "subscribe", "newsletter", "support ", "donate", "become a member",
	"follow us", "watch:", "listen:", "photo:", "image:",
	"picture:", "credit:", "copyright", "tags:", "topics:",
	"filed under", "posted in", "print", "email", "tweet", "preview", "privacy policy",
	"terms of use", "cookie", "remind me later", "not ready to support", "continue",
	"once", "monthly", "annual", "dear readers", "a message from", "source",
	"loading", "skip to", "back to top", "next article", "previous article",
	"subscribers agree", "paiment methods", "payment methods", "close button",
	"reporting by", "additional reporting", "editing by", "writing by", "compiled by",
	"story continues", "image caption", "image copyright", "media caption", "media playback",
	"getty images", "originally published", "first published", "last modified",
	"sign in", "log in", "listen to this article",
}

// callsToAction open lines that are furniture even when they end like a
// sentence ("Click here to subscribe to our daily briefing.", "© 2018
// Newsdesk Ltd. All rights reserved."): no story sentence opens so.
var callsToAction = []string{
	"click here", "tap here", "click to", "sign up for", "sign up to", "subscribe to our",
	"download our", "download the app", "get the latest", "have a news tip", "our standards",
	"this article originally", "this story originally", "this article first", "this story first",
	"this article was", "this story was", "©",
}

// furnitureSuffixes end credit lines: "Jane Doe contributed to this report."
// (A rights notice is told wherever "all rights reserved" stands in it.)
var furnitureSuffixes = []string{"contributed to this report", "contributed reporting", "contributed to this story"}

// creditNames reports whether a line that opens as a credit line names a
// person after its "by": "Reporting by Dmitry Antonov", not "Reporting
// by the newspaper found".
func creditNames(line string) bool {
	_, after, ok := strings.Cut(line, " by ")
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimLeft(after, " "), " ")
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !strings.EqualFold(w, "the")
}

// maxCreditWords bounds a credit line: a long Reuters one names a dozen
// reporters and editors.
const maxCreditWords = 60

// creditPrefixes open a wire's credit line, which names its reporters and
// editors: "Reporting by Dmitry Antonov; Editing by Mark Trevelyan",
// "(Additional reporting by Kylie MacLellan)". A line's key has no
// brackets, and a story sentence opens no other way so. Short or
// unpunctuated, such a line is furniture already by furniturePrefixes,
// which hold the same openings; this reads the long ones, by the person
// named after "by" (creditNames).
var creditPrefixes = []string{"reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ", "graphic by ", "graphics by "}

// storyEnders mark the end of the story when they stand alone on a line after
// some story text: what follows them is related links, appeals or comments.
var storyEnders = []string{
	"like this", "leave a comment", "related posts", "related articles", "related stories",
	"related", "you might also like", "you may also like", "more from", "most read",
	"sign up", "a message from", "dear readers", "read more", "share this article",
	"comments", "source", "tags:", "topics:", "recommended", "more stories", "newsletter",
}

// agencies are wire services and broadcasters whose name alone on a line near
// the top is the article's outlet line.
var agencies = []string{
	"the associated press", "associated press", "reuters", "agence france-presse", "afp",
	"bloomberg", "interfax", "tass", "ria novosti", "xinhua", "bbc news", "cnn", "euronews",
	"sputnik", "upi", "dpa", "efe", "ansa", "kyodo", "press association", "pa media",
}

const maxFurnitureWords = 12

// maxNoticeWords bounds a rights notice, which runs longer than furniture
// ("... This material may not be published, broadcast, rewritten or
// redistributed.").
const maxNoticeWords = 40

var (
	bylineRe = regexp.MustCompile(`^(?:(.{1,40}?)\s*\|\s*)?[Bb][Yy]:?\s+([A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3}(?:(?:,\s*|\s+and\s+)[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})*)(?:\s*[,|].*)?$`)
	// datelinePrefixRe is a wire dateline opening the first paragraph:
	// "MOSCOW (Reuters) - ", "DANANG, Vietnam (AP) — ", "WASHINGTON — ",
	// with the day the wires write in it: "WASHINGTON, Nov 7 (Reuters) - ",
	// "BEIJING, Nov. 8 (Xinhua) -- ", "MOSCOW, November 8. /TASS/. "; and
	// the horizontal bar some sites set for the dash ("WASHINGTON ― ").
	// The outlet is the second or third group.
	datelinePrefixRe = regexp.MustCompile(`^(\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30}?)?)` +
		`(?:[,.]\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*` +
		`(?:(?:\(([\p{L} .&]{2,30})\)\s*)?[—–―-]{1,2}\s+|\.\s*/([\p{L} .&-]{2,30})/\.?\s+)`)
	sourceLineRe   = regexp.MustCompile(`(?i)^source\s*[:–—-]\s*(\S.*)?$`)
	supportRe      = regexp.MustCompile(`^Support\s+((?:The\s+)?[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+){0,3})\s*!?$`)
	correctionRe   = regexp.MustCompile(`(?i)^(correction|clarification|editor['’]s note|update)\s*:`)
	photoCreditRe  = regexp.MustCompile(`(?i)\((?:[^()]*\b(?:photo|photos|images|pool|via ap|ap|afp|reuters|getty|file)\b[^()]*)\)\s*$`)
	commentCountRe = regexp.MustCompile(`(?i)^\d+\s+comments?$`)
	// postSignatureRe matches the signature that closes an embedded post
	// ("— Donald J. Trump (@realDonaldTrump) November 12, 2017"), alone on
	// its line or after the post's words, and Instagram's "A post shared
	// by".
	postSignatureRe = regexp.MustCompile(`(?:^|\s)[—–-]\s*[^—–()]{1,80}\(@[A-Za-z0-9_]{1,15}\)\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})\.?$|^A post shared by `)
	// postLinkRe matches the link a post with a picture ends with.
	postLinkRe     = regexp.MustCompile(`\bpic\.twitter\.com/\w+\S*$`)
	captionLabelRe = regexp.MustCompile(`(?i)^(?:photo|image|picture|pictured|image caption|caption)\s*:?\s+`)
	fileCaptionRe  = regexp.MustCompile(`(?i)\bfile\b|\barchive\b|\bin this \w+ photo\b`)
	postedByRe     = regexp.MustCompile(`^(.{6,60}?)\s+[Bb]y\s+(\S.{0,40})$`)
)

// The bytes a match of each expression anchored at the start of a line
// can open with, in any case ("ſ", which folds to "s", opens with 0xC5):
// most lines open with none, and are not given to the expression.
const (
	digitBytes         = "0123456789"
	sourceFirsts       = "sS\xc5"
	correctionFirsts   = "cCeEuU"
	captionLabelFirsts = "pPiIcC"
)

// opensWith reports whether s opens with one of the bytes firsts.
func opensWith(s, firsts string) bool {
	return s != "" && strings.IndexByte(firsts, s[0]) >= 0
}

// matchOpening is re.FindStringSubmatch(s) for an expression anchored at
// the start whose matches open with one of the bytes firsts.
func matchOpening(re *regexp.Regexp, firsts, s string) []string {
	if !opensWith(s, firsts) {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// markupTag matches an HTML or XML tag left in a text: `<tweet id="..."
// author="...">`, `</tweet>`, `<tweet/>`, `<a href="...">`. A "<" in prose
// ("a rise of <5%") is no tag.
var markupTag = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9-]*(?:\s+[a-zA-Z_:][a-zA-Z0-9_:.-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*\s*/?>`)

// stripMarkup takes the tags out of a line a scraper left them in, keeping
// the text between them: an embedded tweet's words stay, its attributes go.
func stripMarkup(line string) string {
	if strings.IndexByte(line, '<') < 0 {
		return line
	}
	return markupTag.ReplaceAllString(line, "")
}

// joinWrappedLines joins a line that ends with no stop to the next when
// that one goes on in lower case: a sentence a page broke at its links
// ("Editor's note: Donald Trump regularly" / "incites" / "political
// violence ..."). Lines are returned as they are when none is broken.
func joinWrappedLines(lines []string) []string {
	var out []string // made at the first break
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		for i+1 < len(lines) && wrapsOnto(line, lines[i+1]) {
			if out == nil {
				out = append(make([]string, 0, len(lines)), lines[:i]...)
			}
			i++
			line = strings.TrimRight(line, " \t") + " " + strings.TrimLeft(lines[i], " \t")
		}
		if out != nil {
			out = append(out, line)
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// wrapsOnto reports whether line ends with no stop and next, on the line
// right after it, opens in lower case.
func wrapsOnto(line, next string) bool {
	line, next = strings.TrimRight(line, " \t"), strings.TrimLeft(next, " \t")
	if line == "" || next == "" || next[0] < 'a' || next[0] > 'z' || strings.HasPrefix(next, "by ") {
		return false // "by staff" under a headline is its byline
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return unicode.IsLetter(r) || r == ','
}

// normalizeLine folds the odd spaces of web text into plain ones: zero-width
// characters dropped, each run of white space (RE2's \s and the Unicode
// space separators) one space, none at either end. Every line of every
// article passes here, so it is one loop rather than two regular
// expressions.
func normalizeLine(s string) string {
	if isNormalLine(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff':
		case r < utf8.RuneSelf && IsSpaceByte(byte(r)) || r >= utf8.RuneSelf && unicode.Is(unicode.Zs, r):
			space = true
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return strings.TrimSpace(b.String())
}

// isNormalLine reports whether normalizeLine would return s as it is:
// single plain spaces between words, none at either end, no zero-width
// character. Most lines are, and are then not copied.
func isNormalLine(s string) bool {
	space := true // a space first is not normal
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if IsSpaceByte(c) {
				if c != ' ' || space {
					return false
				}
				space = true
			} else {
				space = false
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || unicode.Is(unicode.Zs, r) {
			return false
		}
		space = false
	}
	return !space && strings.TrimSpace(s) == s
}

// lowerKey is the form lines are compared in: lower case, letters, digits
// and single spaces.
func lowerKey(s string) string { return readKey(s, true).key }

// lineKey is what cleaning reads of a line's key (lowerKey): its hash,
// length and first byte from one pass over the line, and the key itself
// only when a test of a short line reads it (String). A long line's key
// is only compared with the others', which the hash does.
type lineKey struct {
	line  string
	key   string
	built bool
	hash  uint64
	n     int
	first byte
}

// String returns the key, built the first time it is asked for.
func (k *lineKey) String() string {
	if !k.built {
		k.key, k.built = lowerKey(k.line), true
	}
	return k.key
}

// readKey reads the key of line s: its hash, length and first byte, and,
// when build is set, the key itself. The key's bytes are laid out in a
// buffer, on the stack for most lines, and hashed whole: a hash folded in
// byte by byte (FNV) was a serial multiply for every byte of every line.
func readKey(s string, build bool) lineKey {
	var stack [1024]byte
	buf := stack[:]
	if len(s) >= len(stack) {
		buf = make([]byte, len(s)+1)
	}
	key := appendKey(buf[:0], s)
	k := lineKey{line: s, built: build, hash: maphash.Bytes(keySeed, key), n: len(key)}
	if len(key) > 0 {
		k.first = key[0]
	}
	if build {
		k.key = string(key)
	}
	return k
}

// keySeed seeds the hash of line keys. Keys are compared within one
// process only.
var keySeed = maphash.MakeSeed()

// appendKey appends the key of line s (lowerKey) to dst, growing it when
// its room runs out: lowered rune by rune, as strings.ToLower would;
// each run of what is neither letter nor digit one space, none at either
// end. An ASCII byte is read by table without a branch on what it is,
// which the processor cannot guess in running text: its key byte is
// written, or a space, and the length moves on unless a space follows a
// space.
func appendKey(dst []byte, s string) []byte {
	n := len(dst)
	dst = dst[:cap(dst)]
	word := uint8(0) // 1 after a word's byte
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if n == len(dst) {
				dst = append(dst, 0) // a lowered rune took the room
				dst = dst[:cap(dst)]
			}
			w := asciiKeyWord[c]
			dst[n] = keyOrSpace[c]
			n += int(w | word)
			word = w
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		r = unicode.ToLower(r)
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '©' {
			if word == 1 {
				dst = append(dst[:n], ' ')
				n++
			}
			word = 0
			continue
		}
		// A lowered rune may be longer than the line's: the buffer grows.
		dst = utf8.AppendRune(dst[:n], r)
		n = len(dst)
		dst = dst[:cap(dst)]
		word = 1
	}
	if n > 0 && dst[n-1] == ' ' {
		n-- // the line ended on what separates
	}
	return dst[:n]
}

// keyOrSpace is what an ASCII byte is in a line's key: lowered letters,
// digits, ':' and '/' as they are, and a space for the rest, which
// separate; asciiKeyWord is 1 for the bytes kept, 0 for those.
var keyOrSpace, asciiKeyWord = func() (key, word [utf8.RuneSelf]byte) {
	for c := range key {
		key[c], word[c] = byte(c), 1
		switch {
		case 'A' <= c && c <= 'Z':
			key[c] = byte(c) + 'a' - 'A'
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == ':' || c == '/':
		default:
			key[c], word[c] = ' ', 0
		}
	}
	return key, word
}()

// lineSet is the lines met so far, by their keys: filed by the key's hash,
// and compared by the key itself only when two hashes meet. A hash is
// most often one line's: others of the same hash wait in more.
type lineSet struct {
	first map[uint64]string
	more  map[uint64][]string
}

// add reports whether a line of key k was met before, and remembers it.
func (ls *lineSet) add(k *lineKey) bool {
	prev, ok := ls.first[k.hash]
	if !ok {
		if ls.first == nil {
			ls.first = map[uint64]string{}
		}
		ls.first[k.hash] = k.line
		return false
	}
	if lowerKey(prev) == k.String() {
		return true
	}
	for _, prev := range ls.more[k.hash] {
		if lowerKey(prev) == k.String() {
			return true
		}
	}
	if ls.more == nil {
		ls.more = map[uint64][]string{}
	}
	ls.more[k.hash] = append(ls.more[k.hash], k.line)
	return false
}

func hasPrefixAny(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// WordCount is the number of words of s, split at spaces, as
// len(strings.Fields(s)) counts them, without building them. It is asked
// of every line and sentence: an ASCII byte is counted without a branch on
// what it is, which the processor cannot guess in running text.
func WordCount(s string) int {
	n, in := 0, uint8(0) // in is 1 inside a word
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			w := asciiWordByte[c]
			n += int(w &^ in) // a word byte after a space starts a word
			in = w
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			in = 0
		} else {
			n += int(1 &^ in)
			in = 1
		}
	}
	return n
}

// asciiWordByte is 1 for the ASCII bytes that are no space to
// unicode.IsSpace, as strings.Fields splits, 0 for the spaces.
var asciiWordByte = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		if !unicode.IsSpace(rune(c)) {
			t[c] = 1
		}
	}
	return t
}()

// endsLikeSentence reports whether a line ends as story prose does.
func endsLikeSentence(s string) bool {
	s = strings.TrimRight(s, " ")
	if s == "" {
		return false
	}
	// Only the last few runes matter: read back from the end rather than
	// convert the line.
	last, size := utf8.DecodeLastRuneInString(s)
	switch last {
	case '.', '!', '?', '…':
		return true
	case '"', '”', '’', '\'', ')':
		// A closing quote or bracket counts when a sentence mark precedes it.
		rest := s[:len(s)-size]
		for k := 0; k < 3 && rest != ""; k++ {
			r, n := utf8.DecodeLastRuneInString(rest)
			switch r {
			case '.', '!', '?', '…', ',':
				return true
			}
			rest = rest[:len(rest)-n]
		}
		return last == '"' || last == '”'
	}
	return false
}

// isFurniture reports whether a line is page furniture; k is its key, n
// its WordCount.
func isFurniture(line string, k *lineKey, n int) bool {
	if k.n == 0 || strings.IndexByte(digitBytes, k.first) >= 0 && commentCountRe.MatchString(k.String()) {
		return true
	}
	// "Read more:" in any case; the prefix is ASCII, so folding its bytes
	// is lowering the line.
	if len(line) >= len(readMore) && strings.EqualFold(line[:len(readMore)], readMore) {
		return true
	}
	if n <= 20 {
		for _, suf := range furnitureSuffixes {
			if strings.HasSuffix(k.String(), suf) {
				return true
			}
		}
	}
	if n <= maxCreditWords && hasPrefixAny(k.String(), creditPrefixes) && creditNames(line) {
		return true
	}
	if n <= maxFurnitureWords && k.first == 'f' && followLine(k.String()) {
		return true
	}
	if n <= maxNoticeWords && (strings.Contains(k.String(), "all rights reserved") || disclaimer(k.String())) {
		// "Copyright 2017 The Associated Press. All rights reserved. This
		// material may not be ...", "The views expressed ... are those of
		// the author ..."
		return true
	}
	if n <= maxAppealWords && appealsToReader(line, k.String()) {
		return true
	}
	// A real sentence may open with "Support for..." or "Comments by...":
	// only short or unpunctuated lines are read as furniture.
	return n <= maxFurnitureWords && ((n <= 4 || !endsLikeSentence(line)) && hasPrefixAny(k.String(), furniturePrefixes) || hasPrefixAny(k.String(), callsToAction))
}

// maxAppealWords bounds a line that speaks to the reader.
const maxAppealWords = 15

// appealVerbs are what a line speaking to the reader asks of them.
var appealVerbs = map[string]bool{
	"share": true, "subscribe": true, "follow": true, "contact": true, "donate": true,
	"email": true, "join": true, "download": true, "tell": true,
}

// appealsToReader reports whether a short line, k its key, asks its reader
// to share, subscribe, follow or write in ("If you like this story, share
// it with a friend!", "We've got plenty more — follow us on Telegram.",
// "Want more news like this? Subscribe now."): a verb of the kind opens a
// clause of it, and the line speaks to "you" or of "us", or opens with the
// verb. A quotation or a report is no appeal: someone in the story
// speaks ("Follow the money, the critics said, and you find ...").
func appealsToReader(line, k string) bool {
	if strings.ContainsAny(line, "\"“”") || hasSpeechVerb(line) {
		return false // someone in the story speaks, or is reported
	}
	lower := strings.ToLower(line) // lowered once for every verb's mark
	words := strings.Fields(k)
	addressed := false
	for _, w := range words {
		switch w {
		case "you", "your", "us", "our":
			addressed = true
		}
	}
	for i, w := range words {
		if !appealVerbs[w] {
			continue
		}
		// The verb opens the line or a clause of it. Alone it may be a
		// headline's noun ("Share boost for ..."): the line must speak to
		// the reader, or ask a question first ("Want more news like this?
		// Subscribe now.").
		after := markBefore(lower, w)
		if (i == 0 || after != 0) && (addressed || after == '?') {
			return true
		}
	}
	return false
}

// markBefore returns the mark that stands right before the word w of l, a
// lower-case line: one of , . ! ? : and the dashes, or 0 when none does.
func markBefore(l, w string) rune {
	for at := 0; ; {
		i := strings.Index(l[at:], w)
		if i < 0 {
			return 0
		}
		i += at
		if r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(l[:i], " ")); strings.ContainsRune(",.!?:—–-", r) {
			return r
		}
		at = i + len(w)
	}
}

// disclaimer reports whether a line's key disclaims the views of a column
// ("The views and opinions expressed in this article are solely those of
// the author and do not necessarily reflect those of Sputnik.").
func disclaimer(k string) bool {
	return strings.Contains(k, "expressed in this") && strings.Contains(k, "those of") ||
		strings.Contains(k, "do not necessarily reflect") || strings.Contains(k, "do not necessarily represent")
}

// followLine reports whether a line's key asks the reader to follow its
// author on a social network: "Follow Pam Key on Twitter @pamkeyNEN."
func followLine(key string) bool {
	if !strings.HasPrefix(key, "follow ") {
		return false
	}
	for _, on := range []string{" on twitter", " on facebook", " on instagram", " on x "} {
		if strings.Contains(key+" ", on) {
			return true
		}
	}
	return false
}

// readMore opens a link line to another story.
const readMore = "read more:"

// isStoryEnder reports whether a line marks the end of the story; k is its
// key, n its WordCount.
func isStoryEnder(line string, k *lineKey, n int) bool {
	if n > 8 {
		return false
	}
	for _, e := range storyEnders {
		if key := k.String(); key == strings.TrimSuffix(e, ":") || strings.HasPrefix(key, e) && !endsLikeSentence(line) {
			return true
		}
	}
	return false
}

// garbledByline reports whether a short line above the headline opens on
// "By" and goes on with no words of a sentence: a byline the scrape
// garbled ("By byYlan Q. Mui", "By , ,", "By ELECTIONS 2016"), no headline.
// "By the numbers: ..." is a headline.
func garbledByline(line string, words int) bool {
	rest, ok := strings.CutPrefix(line, "By ")
	if !ok {
		rest, ok = strings.CutPrefix(line, "BY ")
	}
	if !ok || words > 6 {
		return false
	}
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	return !IsStopWord(strings.ToLower(next))
}

// headBylineRe reads the author of a byline that runs on past its name:
// "By", two to four capitalised words or initials ("M." or "M"), then
// punctuation before whatever follows.
var headBylineRe = regexp.MustCompile(`^[Bb][Yy]:?\s+((?:[A-Z]\.?|[A-Z][\p{L}'’-]+)(?:\s+(?:[A-Z]\.?|[A-Z][\p{L}'’-]+)){1,3})\s*[.,;:]`)

// headBylineAuthor returns the author of a line above the headline that
// is a byline running on, by headBylineRe.
func headBylineAuthor(line string) (string, bool) {
	if !strings.HasPrefix(line, "By ") && !strings.HasPrefix(line, "BY ") && !strings.HasPrefix(line, "by ") {
		return "", false
	}
	m := headBylineRe.FindStringSubmatch(line)
	if m == nil {
		return "", false // "By Monday, the storm had passed": a name has two words
	}
	return m[1], true
}

// isAgency reports whether a line is only a wire service's name; k is its
// key.
func isAgency(k *lineKey) bool {
	for _, a := range agencies {
		if k.n == len(a) && k.String() == a {
			return true
		}
	}
	return false
}

// clean turns raw article text into an Article.
func clean(id, title, text string) Article {
	title, text = turnDoubleMarks(doubleApostrophes(repairText(title))), singleQuotations(turnDoubleMarks(doubleApostrophes(repairText(text))))
	a := Article{ID: id, Title: title}
	raw := joinWrappedLines(strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n"))
	var seen lineSet
	if title != "" {
		k := readKey(normalizeLine(title), false)
		seen.add(&k)
	}
	storyStarted := false
	ended := false
	for _, line := range raw {
		line = normalizeLine(stripMarkup(line))
		if line == "" || line == "." {
			continue
		}
		key := readKey(line, false)
		words := WordCount(line)
		if m := matchOpening(sourceLineRe, sourceFirsts, line); m != nil && words <= 6 {
			if a.Outlet == "" && strings.TrimSpace(m[1]) != "" {
				a.Outlet = strings.TrimSpace(m[1])
			}
			if storyStarted {
				ended = true
			}
			continue
		}
		if words > 4 && opensWith(line, correctionFirsts) && correctionRe.MatchString(line) {
			a.Paragraphs = append(a.Paragraphs, NewParagraph(Correction, line))
			continue
		}
		if ended {
			continue
		}
		// A date line is metadata wherever it stands; some pages print it
		// after the story.
		if d, ok := dates.ParseDateLine(line); ok {
			if a.Date.IsZero() {
				a.Date = d
			}
			continue
		}
		if !storyStarted {
			// "Posted on March 22, 2019 by admin": a date line with a byline.
			if m := postedByMatch(line); m != nil {
				if d, ok := dates.ParseDateLine(m[1]); ok {
					if a.Date.IsZero() {
						a.Date = d
					}
					if a.Author == "" {
						a.Author = m[2]
					}
					continue
				}
			}
			byline := line
			if strings.HasPrefix(byline, "By By ") {
				byline = byline[len("By "):] // an archive's doubled "By"
			}
			if words <= 10 { // a byline is short: the expression need not read a paragraph
				if m := bylineRe.FindStringSubmatch(byline); m != nil {
					if a.Author == "" {
						a.Author = m[2]
					}
					continue
				}
			}
			if a.Title == "" {
				// Above the headline a byline may run on: "By By MICHAEL
				// M. GRYNBAUM,Brooks Barnes contributed reporting from Los
				// Angeles.", "By EDUARDO PORTER. Email: ...".
				if author, ok := headBylineAuthor(byline); ok {
					if a.Author == "" {
						a.Author = author
					}
					continue
				}
				if garbledByline(byline, words) {
					continue
				}
			}
			if m := supportRe.FindStringSubmatch(line); m != nil {
				if a.Outlet == "" {
					a.Outlet = m[1]
				}
				continue
			}
			if isAgency(&key) {
				if a.Outlet == "" {
					a.Outlet = line
				}
				continue
			}
		}
		if storyStarted && isStoryEnder(line, &key, words) && !strings.HasPrefix(key.String(), readMore) {
			ended = true
			continue
		}
		if isFurniture(line, &key, words) {
			continue
		}
		if seen.add(&key) {
			// A repeated title or caption.
			continue
		}
		if a.Title == "" {
			a.Title = strings.TrimSpace(line)
			continue
		}
		switch {
		case embeddedPost(line):
			// A post's words on the line before its signature are the
			// post's too.
			if n := len(a.Paragraphs); n > 0 && a.Paragraphs[n-1].Kind == Body && signatureOnly(line) && !strings.HasSuffix(a.Paragraphs[n-1].Text, ":") {
				a.Paragraphs[n-1].Kind = Post
			}
			a.Paragraphs = append(a.Paragraphs, NewParagraph(Post, line))
		case strings.HasSuffix(line, ")") && photoCreditRe.MatchString(line) || opensWith(line, captionLabelFirsts) && captionLabelRe.MatchString(line):
			a.Paragraphs = append(a.Paragraphs, NewParagraph(Caption, captionLabelRe.ReplaceAllString(line, "")))
		case !endsLikeSentence(line) && !introducesQuote(line) && (words < 8 || !storyStarted):
			// Headings, widget text, and before the story the captions that
			// lack a credit. Long ones may carry a date a reader would want
			// on the timeline. Once the story runs, a long line without a
			// final stop is story text whose stop was lost.
			if words >= 8 {
				a.Paragraphs = append(a.Paragraphs, NewParagraph(Caption, line))
			}
		default:
			if !storyStarted {
				// A wire dateline names the outlet and is no part of the story.
				if m := datelinePrefixRe.FindStringSubmatch(line); m != nil && isAcronymLike(m[1]) {
					if a.Outlet == "" {
						a.Outlet = m[2] + m[3] // at most one is set
					}
					line = line[len(m[0]):]
				}
			}
			a.Paragraphs = append(a.Paragraphs, NewParagraph(Body, line))
			storyStarted = true
		}
	}
	if a.Date.IsZero() {
		// A date written as a dateline is a fair anchor: in a photo caption,
		// on a line of its own, or after a weekday ("Tuesday, Nov. 7, 2017").
		// A date in running text may be a deadline still to come.
		var latest dates.Date
		for _, p := range a.Paragraphs {
			if p.Kind == Post {
				continue // a post's date is the post's
			}
			for _, d := range datelineDates(p) {
				if latest.IsZero() || d.Compare(latest) > 0 {
					latest = d
				}
			}
		}
		if !latest.IsZero() {
			a.Date, a.DateInferred = latest, true
		}
	}
	return a
}

// embeddedPost reports whether a line is an embedded social-media post or
// its signature: it ends with the signature, or with the link of the
// post's picture.
func embeddedPost(line string) bool {
	if !strings.Contains(line, "(@") && !strings.Contains(line, "pic.twitter.com/") && !strings.HasPrefix(line, "A post shared by ") {
		return false // most lines
	}
	return postSignatureRe.MatchString(line) || postLinkRe.MatchString(line)
}

// signatureOnly reports whether a post's line is its signature alone,
// opening with the dash.
func signatureOnly(line string) bool {
	return strings.HasPrefix(line, "—") || strings.HasPrefix(line, "–") || strings.HasPrefix(line, "- ")
}

// introducesQuote reports whether a line ending in a colon leads into the
// quotation of the next paragraph: "The minister told the rally:".
func introducesQuote(line string) bool {
	return strings.HasSuffix(line, ":") && WordCount(line) >= 4 && hasSpeechVerb(line)
}

// isAcronymLike reports whether a dateline's place is written in capitals,
// as wires write it ("MOSCOW", "DANANG, Vietnam").
func isAcronymLike(place string) bool {
	head, _, _ := strings.Cut(place, ",")
	return CapitalLetters(head) >= 3
}

// CapitalLetters counts the letters of s when all of them are capitals, and
// is -1 when any is not: "NATO" 4, "U.S." 2, "Nato" -1.
func CapitalLetters(s string) int {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return -1
			}
			letters++
		}
	}
	return letters
}

// postedByMatch is postedByRe's submatches in line, the expression run only
// on a line with "by" as a word: most lines before a story are not
// "Posted on ... by ..." and many are long.
func postedByMatch(line string) []string {
	if !hasByWord(line) {
		return nil
	}
	return postedByRe.FindStringSubmatch(line)
}

// hasByWord reports whether s holds "by" or "By" between white space, as
// postedByRe's match does.
func hasByWord(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if s[i+1] == 'y' && (s[i] == 'b' || s[i] == 'B') && IsSpaceByte(s[i-1]) && IsSpaceByte(s[i+2]) {
			return true
		}
	}
	return false
}

// datelineDates returns the dates of a paragraph that read as datelines.
func datelineDates(p Paragraph) []dates.Date {
	if d, ok := dates.ParseDateLine(p.Text); ok {
		return []dates.Date{d}
	}
	if p.Kind == Caption && fileCaptionRe.MatchString(p.Text) {
		return nil // an archive photo's date is not the story's
	}
	if p.Kind != Caption && !hasWeekdayName(p.Text) {
		// Outside a caption only a date after a weekday counts, and there is
		// no weekday.
		return nil
	}
	return fullDatelineDates(p)
}

// fullDatelineDates returns the full dates of a paragraph that read as
// datelines: after a weekday's name, or any in a caption.
func fullDatelineDates(p Paragraph) []dates.Date {
	var out []dates.Date
	for _, f := range dates.FindFullDates(p.Text) {
		before := strings.TrimRight(p.Text[:f.Start], " ,")
		i := strings.LastIndexAny(before, " ,(") + 1
		if p.Kind == Caption || dates.WeekdayOf(before[i:]) >= 0 {
			out = append(out, f.Date)
		}
	}
	return out
}

// hasWeekdayName reports whether s holds a weekday's full name in any
// case, as dates.WeekdayOf reads one, found from each "day" in it.
func hasWeekdayName(s string) bool {
	for i := 3; i+3 <= len(s); i++ {
		if s[i]|0x20 != 'd' || s[i+1]|0x20 != 'a' || s[i+2]|0x20 != 'y' {
			continue
		}
		for _, head := range weekdayHeads {
			if i >= len(head) && strings.EqualFold(s[i-len(head):i], head) {
				return true
			}
		}
	}
	return false
}

// weekdayHeads are the weekdays' names before "day", taken from the names
// dates.WeekdayOf reads.
var weekdayHeads = func() (heads []string) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		heads = append(heads, strings.TrimSuffix(strings.ToLower(d.String()), "day"))
	}
	return heads
}()

// NewParagraph makes a paragraph of a kind and splits its sentences.
func NewParagraph(kind ParagraphKind, text string) Paragraph {
	return Paragraph{Kind: kind, Text: text, Sentences: splitSentences(text)}
}

// CleanBody keeps the story of a page's paragraphs, already told apart from
// the page's markup by an extractor: spaces folded, furniture lines (share
// widgets, appeals, "Read more:") and repeats dropped, and nothing after a
// line that ends the story ("Related articles", "Like this:").
func CleanBody(paras []string) []string {
	var out []string
	var seen lineSet
	for _, p := range paras {
		p = normalizeLine(p)
		if p == "" {
			continue
		}
		key, words := readKey(p, false), WordCount(p)
		// A share widget may stand mid-story on a page; the other enders
		// close it.
		if len(out) > 0 && isStoryEnder(p, &key, words) && !strings.HasPrefix(key.String(), readMore) && !strings.HasPrefix(key.String(), "share") {
			break
		}
		if isFurniture(p, &key, words) || seen.add(&key) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// HasProse reports whether any paragraph ends as story prose does: a page
// of links and headings holds no article.
func HasProse(paras []string) bool {
	for _, p := range paras {
		if endsLikeSentence(p) {
			return true
		}
	}
	return false
}
