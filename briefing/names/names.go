// Package names reads person names from news text: runs of capitalised words
// split into the title or role that leads them and the name that ends them,
// with the English lexicons of titles, roles and non-name capitals.
package names

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/text"
	"golang.org/x/text/unicode/norm"
)

// Person names are read from runs of capitalised words. There is no list of
// names: a run is a person when it follows a title or role ("President",
// "spokesman"), or is the subject of a speech verb, or repeats the surname of
// a person found so. The lexicons below are of English titles, roles and
// words that begin place or organisation names.

// Gender is what the text says of a person's sex (titles, pronouns).
type Gender int

// Genders.
const (
	GenderUnknown Gender = iota
	Male
	Female
)

var maleTitles = text.NewWordSet("mr", "lord", "sir", "king", "prince", "father", "sheikh", "brother")
var femaleTitles = text.NewWordSet("mrs", "ms", "miss", "lady", "dame", "queen", "princess", "sister", "mother", "baroness")

// titleWords stand before a name as titles or capitalised roles.
var titleWords = text.NewWordSet(
	"mr", "mrs", "ms", "miss", "dr", "prof", "professor",
	"sir", "lord", "lady", "dame", "baroness", "rev", "reverend",
	"president", "vice", "prime", "minister", "secretary",
	"chancellor", "senator", "sen", "rep", "representative",
	"governor", "gov", "general", "gen", "admiral", "adm", "colonel",
	"col", "captain", "capt", "lieutenant", "lt", "sergeant",
	"sgt", "major", "maj", "commander", "chief", "judge",
	"justice", "king", "queen", "prince", "princess", "pope",
	"cardinal", "archbishop", "bishop", "father", "sheikh",
	"mayor", "alderman", "alderwoman", "treasurer", "ambassador",
	"spokesman", "spokeswoman", "spokesperson",
	"adviser", "advisor", "aide", "director", "chairman",
	"chairwoman", "chair", "ceo", "coach", "manager", "inspector",
	"detective", "officer", "constable", "superintendent", "foreign",
	"defence", "defense", "interior", "finance", "home", "state",
	"security", "national", "deputy", "acting", "former", "leader",
	"opposition", "labour", "conservative", "tory", "democratic",
	"democrat", "republican", "liberal", "mp", "mep", "affairs",
	"economy", "trade", "health", "education", "culture", "sports",
	"policy", "executive", "chancellor's", "envoy", "premier",
	"emir", "crown", "sultan", "speaker", "whip", "shadow",
	"attorney", "solicitor", "commissioner", "head", "boss",
	"striker", "midfielder", "defender", "goalkeeper", "winger",
	"skipper", "champion", "star", "veteran", "founder", "president-elect",
	"dr.", "mr.", "mrs.", "ms.", "st",
	"lib", "dem", "dems", "snp", "ukip", "green",
	"congressman", "congresswoman", "councilman", "councilwoman",
	"councillor", "assemblyman", "assemblywoman", "sheriff",
	"pastor", "rabbi", "imam", "del.", "ombudsman", "ombudswoman",
)

// roleWords are lower-case role nouns that introduce the name that follows:
// "spokesman Dmitry Peskov", "backbencher Edward Leigh".
var roleWords = text.NewWordSet(
	"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor",
	"aide", "minister", "secretary", "president", "chancellor",
	"leader", "counterpart", "backbencher", "chief", "director",
	"executive", "official", "analyst", "expert", "professor",
	"author", "editor", "correspondent", "reporter", "ambassador",
	"envoy", "negotiator", "general", "commander", "coach",
	"manager", "striker", "captain", "champion", "chairman",
	"chairwoman", "founder", "boss", "head", "governor",
	"senator", "lawyer", "attorney", "judge", "economist",
	"scientist", "researcher", "actor", "actress", "singer",
	"star", "player", "winger", "midfielder", "defender",
	"goalkeeper", "colleague", "rival", "opponent", "candidate",
	"deputy", "mp", "mayor", "premier", "presenter", "director-general",
	"secretary-general", "campaigner", "activist", "veteran", "musician",
	"producer", "designer", "owner", "investor", "partner",
	"chair", "officer", "detective", "inspector", "writer",
	"novelist", "filmmaker", "rapper", "frontman",
	"batsman", "bowler", "forward", "fly-half", "prop", "wing",
	"centre", "full-back", "scrum-half", "hooker", "lock",
	"skipper", "trainer", "jockey", "driver", "rider", "cyclist",
	"sprinter", "runner", "boxer", "golfer", "seed", "number",
	"peer", "counsel", "prosecutor", "minister's", "chancellor's",
	"doctor", "surgeon", "physio", "physiotherapist", "nurse",
	"teacher", "student", "pupil", "scholar", "historian",
	"lecturer", "engineer", "architect", "economist's", "banker",
	"trader", "broker", "dealer", "strategist", "consultant", "adviser's",
	"commentator", "pundit", "journalist", "photographer", "artist",
	"comedian", "dancer", "composer", "conductor", "playwright",
	"poet", "chef", "farmer", "worker", "resident", "witness",
	"victim", "survivor", "father", "mother", "son", "daughter",
	"wife", "husband", "brother", "sister", "agent", "referee",
	"umpire", "selector", "chairwoman's", "president's", "supremo",
	"chief's", "spokesperson's", "representative", "delegate", "diplomat",
	"minister-designate", "candidate's", "director's", "official's",
	"defenceman", "centre-back", "full-forward", "keeper", "batter",
	"pitcher", "quarterback", "champ", "medallist", "runner-up",
	"congressman", "congresswoman", "councilman", "councilwoman",
	"councillor", "assemblyman", "assemblywoman", "sheriff",
	"lawmaker", "legislator", "commissioner", "supporter", "donor",
	"pollster", "operative", "staffer", "pastor", "rabbi", "imam",
	"bishop", "archbishop", "cardinal", "superintendent", "constable",
	"solicitor", "admiral", "colonel", "lieutenant", "sergeant",
	"voter", "volunteer", "organizer", "organiser", "protester",
	"protestor", "member", "anchor", "columnist", "co-host",
	"narrator", "moderator", "panelist", "panellist", "ally",
	"friend", "confidant", "confidante", "surrogate",
	"loyalist", "critic", "biographer", "master",
	"publicist", "guitarist", "drummer", "bassist", "keyboardist",
	"headteacher", "headmaster", "headmistress", "barrister",
)

// stopCaps are capitalised words that begin sentences or clauses and are not
// names: "But", "The", "Asked".
var stopCaps = text.NewWordSet(
	"the", "a", "an", "but", "and", "or", "so", "he",
	"she", "it", "they", "we", "i", "you", "this",
	"that", "these", "those", "there", "in", "on", "at",
	"for", "if", "when", "while", "however", "meanwhile",
	"yet", "still", "his", "her", "their", "its", "our",
	"my", "as", "after", "before", "since", "what", "who",
	"why", "how", "now", "then", "also", "last", "earlier",
	"later", "asked", "even", "despite", "regardless", "although",
	"though", "with", "without", "from", "to", "of", "by",
	"under", "over", "about", "according", "both", "all",
	"some", "many", "most", "such", "no", "not", "one",
	"two", "three", "another", "other", "each", "every",
	"speaking", "writing", "further", "ahead", "during", "until",
	"here", "where", "which", "whose", "whom", "among",
	"mon", "monday", "tuesday", "wednesday", "thursday", "friday",
	"saturday", "sunday", "january", "february", "march", "april",
	"may", "june", "july", "august", "september", "october",
	"november", "december", "read", "more", "photo", "source",
	"us", "do", "does", "did", "will", "would", "can",
	"could", "should", "is", "are", "was", "were", "has",
	"have", "had", "let", "just", "only", "then,", "dear",
	"thank", "thanks", "please", "yes", "well", "oh",
	// Two closed classes that open sentences and name no one: the
	// numbers ("Six Trump supporters were held"; not "ten", a Dutch
	// surname's particle: Erik ten Hag) and the linking adverbs
	// ("Likewise, the Post noted").
	"four", "five", "six", "seven", "eight", "nine", "eleven",
	"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
	"seventy", "eighty", "ninety", "hundred", "hundreds", "thousand",
	"thousands", "million", "millions", "dozen", "dozens", "several",
	"few", "numerous", "various",
	"likewise", "similarly", "namely", "moreover", "furthermore",
	"nevertheless", "nonetheless", "consequently", "accordingly",
	"otherwise", "instead", "besides", "hence", "thus", "therefore",
	"indeed", "additionally", "separately", "ultimately", "overall",
	"again", "finally", "specifically", "notably", "meantime",
	// Interjections, which open a spoken or chatty sentence ("Yeah,
	// it's not always good").
	"yeah", "yep", "nope", "okay", "ok", "hey", "wow", "hmm", "ah", "uh", "um",
	// Days said from today, which open sentences ("Today, it is owned")
	// and end no one's name ("Russia Today").
	"today", "yesterday", "tomorrow", "tonight",
)

// usStates are the US states whose names are no given names or common
// surnames ("Washington", "Georgia", "Virginia" are left out).
var usStates = text.NewWordSet(
	"alabama", "alaska", "arizona", "arkansas", "california", "colorado",
	"connecticut", "delaware", "florida", "hawaii", "idaho", "illinois",
	"indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
	"maryland", "massachusetts", "michigan", "minnesota", "mississippi",
	"missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma",
	"oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont",
	"wisconsin", "wyoming",
)

// stateAbbreviations are the AP's abbreviations of US states ("San
// Bernardino, Calif.") but those that are titles, words or names too
// ("Del.", "Miss.", "Ind.", "Wash.", "Ill.", "Kan." of Naoto Kan). Alone
// they are places; at the end of a longer run they may be surnames
// ("Norbert Ore").
var stateAbbreviations = text.NewWordSet(
	"ala", "ariz", "ark", "calif", "colo", "conn", "fla", "kans", "ky",
	"md", "mass", "mich", "minn", "mont", "neb", "nev", "okla", "ore",
	"tenn", "tex", "vt", "wis", "wyo",
)

// countries are the countries whose names are no given names or
// surnames ("Jordan", "Chad", "Georgia", "Israel", "India", "Wales" are
// left out).
var countries = text.NewWordSet(
	"afghanistan", "albania", "algeria", "angola", "argentina", "armenia",
	"australia", "austria", "azerbaijan", "bahrain", "bangladesh", "belarus",
	"belgium", "bolivia", "bosnia", "brazil", "britain", "bulgaria", "cambodia",
	"cameroon", "canada", "chile", "china", "colombia", "croatia", "cuba",
	"cyprus", "denmark", "ecuador", "egypt", "england", "eritrea", "estonia",
	"ethiopia", "finland", "france", "germany", "ghana", "greece", "guatemala",
	"haiti", "honduras", "hungary", "iceland", "indonesia", "iran", "iraq",
	"ireland", "italy", "jamaica", "japan", "kazakhstan", "korea", "kuwait",
	"latvia", "lebanon", "libya", "lithuania", "luxembourg", "macedonia",
	"malaysia", "mali", "malta", "mexico", "moldova", "mongolia", "morocco",
	"mozambique", "myanmar", "nepal", "netherlands", "nicaragua", "nigeria",
	"norway", "pakistan", "palestine", "panama", "paraguay", "peru", "poland",
	"portugal", "qatar", "romania", "russia", "rwanda", "scotland", "senegal",
	"serbia", "singapore", "slovakia", "slovenia", "somalia", "spain", "sudan",
	"sweden", "switzerland", "syria", "taiwan", "tanzania", "thailand",
	"tunisia", "turkey", "uganda", "ukraine", "uruguay", "uzbekistan",
	"venezuela", "vietnam", "yemen", "zambia", "zimbabwe",
)

// placeStarts begin names of places and bodies, not people: "North Korea",
// "New Zealand", "United Nations".
var placeStarts = text.NewWordSet(
	"north", "south", "east", "west", "new", "upper",
	"lower", "united", "saudi", "hong", "sri", "costa",
	"el", "los", "las", "san", "santa", "great",
	"middle", "central", "northern", "southern", "eastern",
	"western", "royal", "european", "international", "federal",
	"supreme", "high", "world", "premier", "champions", "white",
	"downing", "wall", "silicon", "red", "green", "grand",
	"old", "big", "first", "second", "third", "bank",
	"government", "house", "party", "club", "county", "city",
	"kremlin", "pentagon", "congress", "parliament", "senate",
	"asia", "asia-pacific", "africa", "america", "europe",
	// Storms are named like people: "Hurricane Katrina".
	"hurricane", "typhoon", "cyclone",
)

// orgWords end or fill names of bodies and things, not people.
var orgWords = text.NewWordSet(
	"council", "forum", "agency", "ministry", "office", "department",
	"committee", "commission", "party", "union", "bank",
	"group", "times", "post", "news", "press", "service",
	"services", "court", "university", "college", "school",
	"hospital", "company", "corporation", "inc", "ltd", "plc",
	"association", "federation", "organisation", "organization",
	"institute", "foundation", "fund", "authority", "board",
	"club", "united", "city", "county", "rovers", "summit",
	"cup", "league", "championship", "championships", "games", "open",
	"peninsula", "sea", "ocean", "river", "island", "islands",
	"street", "square", "airport", "station", "house", "hall",
	"palace", "centre", "center", "forces", "army", "navy",
	"police", "government", "parliament", "assembly", "congress",
	"senate", "cooperation", "economic", "republic", "kingdom",
	"states", "nations", "pacific", "atlantic", "east", "west",
	"music", "records", "films", "studios", "pictures", "awards",
	"award", "prize", "festival", "tour", "series", "show",
	"network", "networks", "software", "systems", "technologies",
	"media", "online", "magazine", "journal", "herald", "telegraph",
	"guardian", "mirror", "express", "mail", "sun", "observer",
	"review", "report", "budget", "act", "treaty",
	"war", "day", "week", "year", "road", "avenue",
	"pavilion", "amphitheater", "amphitheatre", "stadium", "theater", "theatre",
	"museum", "cathedral", "valley", "convention", "conference", "caucus",
	"coalition", "administration", "initiative", "project",
	"society", "trust", "academy", "institution", "consortium", "movement",
	"exchange", "index", "district", "inn", "hotel", "tower",
	"register", "weekly", "gazette", "tribune", "chronicle", "courier",
	"inquirer", "examiner", "sentinel", "dispatch", "prison", "research",
	"laboratory",
	// Platforms, which carry people's words and say none ("wrote on
	// Twitter:").
	"twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat",
	"linkedin", "reddit", "whatsapp",
	// Groups of people, which speak as groups but are not persons.
	"democrats", "republicans", "tories", "conservatives", "liberals",
	"socialists", "nationalists", "unionists", "greens", "officials",
	"ministers", "mps", "meps", "leaders", "militants", "rebels",
	"analysts", "critics", "campaigners", "fans", "players",
	"lords", "commons", "peers", "voters", "israelis", "palestinians",
	"americans", "britons", "europeans", "muslims", "christians",
)

// nameParticles are the lower-case words that may stand inside a name:
// "Ludwig van Beethoven", "Guillermo del Toro".
var nameParticles = text.NewWordSet(
	"de", "da", "di", "van", "von", "der", "den", "du",
	"la", "le", "bin", "ibn", "al", "dos", "del", "ter",
)

// IsSurnameForm reports whether a name of two words or more is a surname
// alone, its particles written before it: "De Niro", "van Gogh", "Van Der
// Beek", whose first word is no given name ("Robert De Niro" is the same
// man). A given name that is also a particle leads a full name when one
// word follows it: "Al Gore".
func IsSurnameForm(name []string) bool {
	n := len(name)
	if n < 2 {
		return false
	}
	for _, w := range name[:n-1] {
		if !nameParticles.HasLower(w) {
			return false
		}
	}
	first := name[0]
	return !(n == 2 && first[0] >= 'A' && first[0] <= 'Z' && (maleFirstNames.HasLower(first) || femaleFirstNames.HasLower(first)))
}

// hyphenParticles are the particles joined to the name word after them by
// a hyphen: "al-Assad", "el-Sisi", "ash-Sharif".
var hyphenParticles = text.NewWordSet("al", "el", "ad", "ar", "as", "ash", "at", "az")

// hyphenParticleEnd returns where the word after a hyphen particle at i
// starts ("al-Assad" gives the A), or i when none stands there.
func hyphenParticleEnd(text string, i int) int {
	w := i
	for w < len(text) && text[w] >= 'a' && text[w] <= 'z' {
		w++
	}
	if w == i || w+1 >= len(text) || text[w] != '-' || !hyphenParticles.Has(text[i:w]) {
		return i
	}
	return w + 1
}

// capitalisedSpans returns the byte ranges of the runs of capitalised
// words of text: a word starting with an upper-case letter, then more such
// words separated by white space, particles allowed between them. It is
// the hottest scan of the core, so it is written by hand; the test keeps
// the regular expression it replaces as its reference:
//
//	\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+(?:(?:de|da|...|ter)\s+)*(?:(?:al|el|...|az)-)?\p{Lu}[\p{L}\p{M}'’.\-]*)*
func capitalisedSpans(text string) [][2]int { return appendCapitalisedSpans(nil, text) }

// appendCapitalisedSpans appends the spans capitalisedSpans returns to out.
func appendCapitalisedSpans(out [][2]int, text string) [][2]int {
	for i := 0; i < len(text); {
		// Most of a text is ASCII that is no capital: passed over a byte at
		// a time, without decoding.
		if c := text[i]; c < utf8.RuneSelf && (c < 'A' || c > 'Z') {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) {
			i += size
			continue
		}
		start, end := i, wordEnd(text, i+size)
		for {
			k := spaceEnd(text, end)
			if k == end {
				break
			}
			for {
				w := k
				for w < len(text) && text[w] >= 'a' && text[w] <= 'z' {
					w++
				}
				next := spaceEnd(text, w)
				if w == k || next == w || !nameParticles.Has(text[k:w]) {
					break
				}
				k = next
			}
			word := k
			// Every hyphen particle opens with a or e: most words are not
			// read twice.
			if c := text[min(k, len(text)-1)]; c == 'a' || c == 'e' {
				if w := hyphenParticleEnd(text, k); w > k {
					word = w // "Bashar al-Assad": the particle joins the word
				}
			}
			r, size := utf8.DecodeRuneInString(text[word:])
			if !unicode.IsUpper(r) {
				break
			}
			end = wordEnd(text, word+size)
		}
		out = append(out, [2]int{start, end})
		i = end
	}
	return out
}

// wordEnd returns where the letters, marks, apostrophes, periods and
// hyphens from i end.
func wordEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\'' || c == '.' || c == '-' {
				i++
				continue
			}
			return i
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.M, r) && r != '’' {
			return i
		}
		i += size
	}
	return i
}

// spaceEnd returns where the white space (RE2's \s) from i ends.
func spaceEnd(s string, i int) int {
	for i < len(s) && text.IsSpaceByte(s[i]) {
		i++
	}
	return i
}

// Run is a run of capitalised words split into the title or role that
// leads it and the name that ends it.
type Run struct {
	Start, End int // byte offsets of the whole run in its text
	Title      []string
	Name       []string
	Possessive bool
	Gender     Gender
	// strong is set when a title leads the name.
	Strong bool
	// afterThe is set when "the" precedes the run: "the Kremlin", "the
	// Washington Post" name bodies, not people.
	AfterThe bool
}

// text returns the name part of the run.
func (r Run) Text() string { return strings.Join(r.Name, " ") }

// TrimToken drops the punctuation around a word.
func TrimToken(t string) string {
	// As strings.Trim(t, ".,;:'’"), which decodes every rune to test it
	// against a cutset beyond ASCII: asked of every word of every name.
	const closing = "’"
	for len(t) > 0 {
		if c := t[0]; c == '.' || c == ',' || c == ';' || c == ':' || c == '\'' {
			t = t[1:]
		} else if strings.HasPrefix(t, closing) {
			t = t[len(closing):]
		} else {
			break
		}
	}
	return trimTrailing(t, false)
}

// trimTrailing cuts from the end of t the punctuation TrimToken trims, and
// hyphens too when dash is set. By hand, as TrimToken explains.
func trimTrailing(t string, dash bool) string {
	const closing = "’"
	for len(t) > 0 {
		if c := t[len(t)-1]; c == '.' || c == ',' || c == ';' || c == ':' || c == '\'' || dash && c == '-' {
			t = t[:len(t)-1]
		} else if strings.HasSuffix(t, closing) {
			t = t[:len(t)-len(closing)]
		} else {
			break
		}
	}
	return t
}

// lowerFold is the key names are compared by: lower case, no diacritics,
// no hyphens or apostrophes.
func Fold(s string) string {
	// Most names are ASCII, where decomposition changes nothing: lowered
	// and stripped in one pass, or returned as they are.
	plain := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return foldUnicode(s)
		}
		if 'A' <= c && c <= 'Z' || c == '-' || c == '\'' || c == '.' {
			plain = false
		}
	}
	if plain {
		return s
	}
	// Built on the stack when short, as names are: one allocation, the
	// string's.
	var buf [48]byte
	b := buf[:0]
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '-' || c == '\'' || c == '.':
		case 'A' <= c && c <= 'Z':
			b = append(b, c+'a'-'A')
		default:
			b = append(b, c)
		}
	}
	return string(b)
}

// foldUnicode is Fold for text beyond ASCII: decomposed, so that the
// accents can be dropped.
func foldUnicode(s string) string {
	var b strings.Builder
	// Normalised from a copy: norm keeps the string it is given, so that
	// every caller's word would be a heap copy, on the common ASCII path
	// too.
	for _, r := range string(norm.NFD.Bytes([]byte(strings.ToLower(s)))) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '-' || r == '\'' || r == '’' || r == '.':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// generationSuffixes follow a surname to tell a family's generations apart.
var generationSuffixes = text.NewWordSet("jr", "sr", "ii", "iii", "iv")

// dottedInitials reports whether a word is initials, each letter followed
// by a period ("G.K."), as given names are written: "U.S." is one too, and
// is told apart by IsDemonym.
func dottedInitials(t string) bool {
	if len(t) < 4 || len(t)%2 != 0 {
		return false
	}
	for i := 0; i < len(t); i += 2 {
		if t[i] < 'A' || t[i] > 'Z' || t[i+1] != '.' {
			return false
		}
	}
	return true
}

// IsAcronym reports whether a word is written in capitals ("NATO", "U.S.").
func IsAcronym(t string) bool { return text.CapitalLetters(t) >= 2 }

// IsDemonym reports whether a word names a nationality or a country's
// people ("Russian", "US", "Dutch").
func IsDemonym(t string) bool { return isDemonymLower(strings.ToLower(TrimToken(t))) }

// isDemonymLower is IsDemonym of a word already trimmed and lowered.
func isDemonymLower(l string) bool {
	// Given names are looked up only for a word that reads as a demonym:
	// most words do not, and the two lookups were most of the cost.
	return looksDemonym(l) && !isGivenName(l) && !dates.IsMonthName(l) // not "Mitch", "Duncan", "Julian", "March"
}

// looksDemonym reports whether a lower-case word has a demonym's form.
func looksDemonym(l string) bool {
	if l == "us" || l == "u.s" || l == "uk" || l == "u.k" || l == "eu" || l == "un" {
		return true
	}
	for _, suf := range []string{"ian", "ese", "ish", "ean", "can", "ch", "ian's"} {
		if len(l) > len(suf)+2 && strings.HasSuffix(l, suf) {
			return true
		}
	}
	switch l {
	case "thai", "swiss", "greek", "dutch", "israeli", "iraqi", "pakistani", "saudi", "afghan",
		"yemeni", "kuwaiti", "qatari", "bangladeshi", "nepali", "somali", "iranian", "german",
		"arab", "czech", "slovak", "british", "scots", "welsh", "tory", "kremlin", "white":
		return true
	}
	return faiths.Has(l)
}

// faiths are the words of faiths and their branches, which describe
// people as demonyms do ("the Islamic extremist cleric Anwar al-Awlaki")
// and alone name no one.
var faiths = text.NewWordSet(
	"islamic", "muslim", "catholic", "hindu", "sikh", "buddhist", "sunni", "shia", "shiite",
	"protestant", "evangelical", "orthodox",
)

// ParseRun splits a capitalised run of s[start:end] into title and name.
func ParseRun(s string, start, end int) (Run, bool) {
	r := Run{Start: start, End: end}
	run := s[start:end]
	// The run's words are held on the stack: most runs are no name, and
	// what one that is keeps is copied out at the end.
	var fields [8]string
	toks := fields[:0]
	for f := range strings.FieldsSeq(run) {
		toks = append(toks, f)
	}
	// A possessive ends the run's name: "Putin's spokesman", "understood
	// to be Mr Taylor's."
	last := strings.TrimRight(toks[len(toks)-1], ".,;:")
	if strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		toks[len(toks)-1] = last[:len(last)-len("'s")]
		if strings.HasSuffix(last, "’s") {
			toks[len(toks)-1] = last[:len(last)-len("’s")]
		}
		r.Possessive = true
	} else if (strings.HasSuffix(last, "s'") || strings.HasSuffix(last, "s’")) && !strings.HasSuffix(last, "''") {
		r.Possessive = true // "Sanders' email"; the mark goes with the name's punctuation below
	}
	// Only the end of the text before the run is read: it may be a long
	// paragraph.
	before := strings.TrimSpace(s[:start])
	r.AfterThe = len(before) >= 4 && strings.EqualFold(before[len(before)-4:], " the") || strings.EqualFold(before, "the")
	// A run that ends before "of" ends in a title of a place or body
	// ("Mary Queen of Scots"), not in a surname.
	endsName := !strings.HasPrefix(s[end:], " of ")
	// Each token lowered once: every rule below reads it. Nothing keeps
	// them, so a short run's are lowered on the stack.
	var lows []string
	var onStack [8]string
	var lowered [32]byte
	if low, ok := text.LowerShortASCII(lowered[:0], run); ok && len(toks) <= len(onStack) {
		lower := run
		if low != nil {
			lower = string(low)
		}
		var spans [8][2]int
		for i, span := range tokenSpans(spans[:0], run, toks) {
			onStack[i] = TrimToken(lower[span[0]:span[1]])
		}
		lows = onStack[:len(toks)]
	} else {
		lows = make([]string, len(toks))
		lowerTokens(lows, run, toks)
	}
	// The name follows the last title word; leading sentence words and
	// demonyms go too.
	// surnameAt reports whether the title word at i is a surname instead
	// (see titleSurname): no title then, and a word of the name.
	surnameAt := func(i int) bool {
		return i > 0 && titleSurname(lows[i-1], lows[i], endsName && i == len(toks)-1)
	}
	cut := 0
	// owner is where the words naming an owner end: a title before a
	// possessive is the owner's ("Mrs. Clinton's Brooklyn headquarters"
	// names no woman called Brooklyn), not the name's after it.
	owner := 0
	for i, t := range toks {
		l := lows[i]
		if i < len(toks)-1 && possessiveWord(t) {
			cut, owner = i+1, i+1
			r.Strong, r.Gender = false, GenderUnknown
			continue
		}
		if surnameAt(i) {
			continue
		}
		// A role noun capitalised at a sentence start ("Singer Anna Lee")
		// is a title too.
		if titleToken(t, l) || i == 0 && roleWords.Has(l) || hyphenedRole(l) {
			cut = i + 1
			r.Strong = true
			if maleTitles.Has(l) {
				r.Gender = Male
			} else if femaleTitles.Has(l) {
				r.Gender = Female
			}
		}
	}
	titled := cut > owner
	for cut < len(toks) {
		l := lows[cut]
		if titled && dates.MonthOf(l) != 0 {
			break // "Mrs May": after a title, a month is a surname
		}
		if stopCaps.Has(l) && !stopCapSurname(lows[cut:], 0, titled) || (isDemonymLower(l) || ordinaryWord(l) || lowerAfterHyphen(toks[cut])) && cut < len(toks)-1 {
			// "Comic Vera Lind", "Said Rhea Olsen", "Oscar-winner Ann
			// Lee", "London-based Tom Hale": an ordinary word
			// capitalised before a name describes or leads to it.
			cut++
			continue
		}
		break
	}
	if afterOrdinal(s, start) && !titled {
		return r, false // "the 19th Century", "21st Century Fox"; not "1st Lt. Tyler Livingston"
	}
	if prefixed(s, start) {
		// "an anti-Trump rally", "the ex-Wallaby Ben Tune": the first word
		// is part of a description.
		if len(toks) == 1 {
			return r, false
		}
		cut = max(cut, 1)
	}
	// "Britain's Kathy Butler", "Arsenal's Edu": a possessive inside the run
	// qualifies the name that follows.
	for i, t := range toks[:len(toks)-1] {
		if possessiveWord(t) && i+1 > cut {
			cut, owner = i+1, i+1
		}
	}
	// The title starts at its first title word or demonym after any
	// owner: "Analysing Mr Brown" has the title "Mr".
	from := owner
	for from < cut && !titleToken(toks[from], lows[from]) && !isDemonymLower(lows[from]) {
		from++
	}
	title := toks[from:cut]
	// name is toks[at:].
	at := cut
	name := toks[at:]
	if n := len(name); n >= 2 && generationSuffixes.Has(lows[at+n-1]) {
		// "Joseph R. Biden Jr.", "Emanuel Cleaver II": the surname is
		// the word before, and people are grouped by it.
		name = name[:n-1]
	}
	if k := givenNameAfterLead(name, lows[at:], s, start); k > 0 {
		// "envoy to Ukraine Kurt Volker": what stands before a given name
		// and a surname is no part of the name.
		title = append(title, name[:k]...)
		at += k
		name = toks[at:]
	}
	if len(name) > 4 {
		// "New York City Public Advocate Trish James": a long run ends in
		// the name that follows its last word of a body, role or ordinary
		// noun.
		k := len(name)
		for k > 0 && !nameBreaker(lows[at+k-1]) {
			k--
		}
		if k > 0 && len(name)-k >= 2 && len(name)-k <= 4 {
			title = append(title, name[:k]...)
			at += k
			name = toks[at:]
		}
	}
	if len(name) == 1 && (countries.Has(lows[at]) || stateAbbreviations.Has(lows[at])) && (len(title) == 0 || !honorifics.Has(lows[at-1])) {
		// "Switzerland" alone is a country, or its team, never a person;
		// "Baroness Scotland" is a person.
		return r, false
	}
	if n := len(name); n > 0 && usStates.Has(lows[at+n-1]) {
		// "The Florida senator", "the Sanders Iowa campaign": a state
		// ending a run is a place, no name's; "Tennessee Williams" starts
		// with one.
		if n == 1 {
			return r, false
		}
		name = name[:n-1]
	}
	if len(name) == 0 || len(name) > 4 {
		return r, false
	}
	if n := len(name); n > 1 && len(TrimToken(lows[at+n-1])) == 1 {
		return r, false // a surname is no initial: "Pontiac G6" read up to its digit, "Ali G"
	}
	if len(name) == 1 && faiths.Has(lows[at]) {
		return r, false // "Islamic" alone is no one: a faith's word
	}
	if len(name) == 1 && (IsPluralRole(lows[at]) || len(TrimToken(lows[at])) == 1) {
		return r, false // "Attorneys for Clinton said", "Officials say"; an initial alone ("B&B")
	}
	if len(name) == 1 && at > 0 && placeStarts.Has(lows[at-1]) && !titled {
		return r, false // "New Yorker", "North Korean": a place's word, not a name's
	}
	for i, t := range name {
		l := lows[at+i]
		if i > 0 && i < len(name)-1 && len(l) == 1 {
			name[i] = strings.ToUpper(l) + "." // a middle initial: "James A. Baker"
			continue
		}
		if contraction(l) {
			return r, false // "I'd", "We're"
		}
		// A month may be a surname (Theresa May, Mrs May) once a first name
		// or a title says so; alone it is the month or the verb.
		month := dates.IsMonthName(l)
		if month && (len(name) > 1 || r.Strong) && i > 0 || month && r.Strong && len(name) == 1 {
			name[i] = trimNameTrail(t)
			continue
		}
		if month && len(name) == 1 {
			return r, false // "WASHINGTON, Dec. 8": a date's month
		}
		initials := i < len(name)-1 && dottedInitials(t) && !isDemonymLower(l)
		if IsAcronym(t) && !initials || stopCaps.Has(l) && !stopCapSurname(lows[at:], i, titled) || orgWords.Has(l) && !middleName(lows[at:], i) && !compassSurname(lows[at:], i) && !bodyWordSurname(lows[at:], i) || titleWords.Has(l) && !surnameAt(at+i) || (i == 0 && placeStarts.Has(l) && !honorificSri(lows[at:]) && !(len(name) == 1 && at > 0 && honorifics.Has(lows[at-1]))) {
			return r, false
		}
		if hasDigit(t) || partyTag(t) || letterHyphenWord(t) {
			return r, false
		}
		name[i] = trimNameTrail(t)
		if initials {
			name[i] = t
		} else if len(name[i]) == 1 {
			name[i] += "." // an initial
		}
	}
	kept := make([]string, len(title)+len(name))
	n := copy(kept, title)
	copy(kept[n:], name)
	r.Title, r.Name = kept[:n:n], kept[n:]
	return r, true
}

// compassSurname reports whether the i'th of a name's lower-case words, a
// point of the compass, is its surname: the last word after a known given
// name ("Marty West", "Michael East"; not "Middle East" or "Far East").
func compassSurname(lows []string, i int) bool {
	return i > 0 && i == len(lows)-1 && (lows[i] == "west" || lows[i] == "east") && isGivenName(lows[0])
}

// middleName reports whether the i'th of a name's lower-case words, a
// word of a body's name, is a middle name: the one word between a known
// given name and a last word no body's and no ordinary word ("Kathleen
// Hall Jamieson", "Sandra Day O'Connor"; not "Royal Albert Hall" or
// "Jordan River Valley").
func middleName(lows []string, i int) bool {
	return len(lows) == 3 && i == 1 && isGivenName(lows[0]) && !orgWords.Has(lows[2]) && !stopCaps.Has(lows[2]) && !ordinaryWord(lows[2])
}

// stopCapSurname reports whether the i'th of a name's lower-case words, a
// word that opens sentences, is the surname of a given name before it:
// "Jeremy Dear", "Piers Paul Read", "George Will", "Thomas More", or of a
// title alone ("Mr Read"). Only for those words that are surnames too.
func stopCapSurname(lows []string, i int, titled bool) bool {
	if !stopCapSurnames.Has(lows[i]) {
		return false
	}
	return titled && len(lows) == 1 || i == len(lows)-1 && i > 0 && isGivenName(lows[0])
}

// stopCapSurnames are the words that open sentences and are surnames too.
var stopCapSurnames = text.NewWordSet("dear", "read", "will", "more", "still")

// bodyWordSurname reports whether the i'th of a name's lower-case words, a
// word of bodies, is the surname of a given name before it: "Jim Press",
// "Stuart Hall", "Margaret Court", "Wendy Day". Only for the bodies'
// words that are common surnames and seldom follow a given name as a
// place's do ("Clarence House", "George Street"), and never a paper's
// ("Charlotte Observer").
func bodyWordSurname(lows []string, i int) bool {
	return len(lows) == 2 && i == 1 && bodySurnames.Has(lows[1]) && isGivenName(lows[0])
}

// bodySurnames are the words of bodies that are common surnames too.
var bodySurnames = text.NewWordSet("press", "hall", "court", "day", "tower", "courier")

// givenNameAfterLead returns where a given name stands in a name of three
// words or more, a surname after it, when the words before it are no
// name's: no given name, particle or initial, and either ordinary words,
// the object of a preposition before the run ("envoy to Ukraine Kurt
// Volker") or ending in an acronym ("Virgin Radio DJ Pete Mitchell"). It returns 0 for any other name. lows are the name's words
// lowered; the run starts at start of s.
func givenNameAfterLead(name, lows []string, s string, start int) int {
	if len(name) < 3 {
		return 0
	}
	k := 1
	for k < len(name)-1 && !isGivenName(lows[k]) {
		k++
	}
	if k == len(name)-1 {
		return 0
	}
	ordinary := true
	for _, l := range lows[:k] {
		if isGivenName(l) || nameParticles.Has(l) || len(TrimToken(l)) <= 1 || strings.Contains(l, ".") {
			return 0
		}
		ordinary = ordinary && ordinaryWord(l)
	}
	if !ordinary && !prepositionBefore(s, start) && !IsAcronym(name[k-1]) {
		return 0 // "Virgin Radio DJ Pete Mitchell": an acronym is a role or a body
	}
	return k
}

// isGivenName reports whether a lower-case word is a given name the
// lexicons know.
func isGivenName(l string) bool { return maleFirstNames.Has(l) || femaleFirstNames.Has(l) }

// prepositionBefore reports whether the word before start of s, or before
// a "the" there, is "to", "of" or "for": "ambassador to the Ukraine".
func prepositionBefore(s string, start int) bool {
	for range 2 {
		j := start
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		i := j
		for i > 0 && s[i-1] != ' ' {
			i--
		}
		switch strings.ToLower(s[i:j]) {
		case "to", "of", "for":
			return true
		case "the":
			start = i
			continue
		}
		return false
	}
	return false
}

// afterOrdinal reports whether the word before start in s is an ordinal
// written in digits: "19th", "21st". Asked of every run: read from the
// run backwards, a few bytes at most.
func afterOrdinal(s string, start int) bool {
	j := start
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j < 3 || s[j-3] < '0' || s[j-3] > '9' {
		return false
	}
	switch s[j-2 : j] {
	case "st", "nd", "rd", "th", "ST", "ND", "RD", "TH":
		return true
	}
	return false
}

// prefixed reports whether the word at start of s is joined by a hyphen
// to a lower-case prefix that is no name particle: "ex-Wallaby",
// "anti-Trump", not "al-Assad".
func prefixed(s string, start int) bool {
	if start < 2 || s[start-1] != '-' || !isLowerASCII(s[start-2]) {
		return false
	}
	i := start - 2
	for i > 0 && isLowerASCII(s[i-1]) {
		i--
	}
	return !hyphenParticles.Has(s[i : start-1])
}

// SurnameKey is the form people are grouped by a surname in: folded (see
// Fold), a hyphen particle dropped, so that "al-Assad" and "Assad" meet.
func SurnameKey(w string) string {
	if p, rest, ok := strings.Cut(w, "-"); ok && rest != "" && hyphenParticles.HasLower(p) {
		w = rest
	}
	return slavicEnding(Fold(w))
}

// slavicEnding writes the ending -iy, -yy or -yi of a folded surname, as
// Russian and Ukrainian names are transliterated in turn ("Zelenskiy",
// "Zelenskyy", "Zelensky"; "Navalnyy", "Navalny"), as -y: one surname
// however a paper spells it.
func slavicEnding(k string) string {
	if len(k) < 5 {
		return k
	}
	switch k[len(k)-2:] {
	case "iy", "yy", "yi", "ii":
		if k[len(k)-3] != 'i' && k[len(k)-3] != 'y' {
			return k[:len(k)-2] + "y"
		}
	}
	return k
}

// isLowerASCII reports whether a byte is a lower-case ASCII letter.
func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }

// trimNameTrail cuts from a name word what may follow it but is none of
// it: punctuation, a plural possessive's apostrophe ("Sanders'"), a
// closing quotation mark written as two apostrophes (as some papers'
// archives print it), a dash's hyphen. Every word of every name passes
// here: strings.TrimRight with a cutset beyond ASCII decodes every rune.
func trimNameTrail(t string) string { return trimTrailing(t, true) }

// letterHyphenWord reports whether a word is a capital letter joined to a
// lower-case word, "T-shirts", "X-rays", "U-turn": no name's word.
func letterHyphenWord(t string) bool {
	if len(t) < 3 || t[1] != '-' || t[0] < 'A' || t[0] > 'Z' {
		return false
	}
	for _, r := range t[2:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// lowerTokens sets lows[i] to the token toks[i] of run trimmed of its
// punctuation and lowered, as strings.ToLower(TrimToken(t)). In an ASCII
// run they are cut from one lowered copy of it: a run's words are
// capitalised, so lowering each alone made a string for every word.
func lowerTokens(lows []string, run string, toks []string) {
	for i := 0; i < len(run); i++ {
		if run[i] >= utf8.RuneSelf {
			for i, t := range toks {
				lows[i] = strings.ToLower(TrimToken(t))
			}
			return
		}
	}
	lower := strings.ToLower(run)
	for i, span := range tokenSpans(nil, run, toks) {
		lows[i] = TrimToken(lower[span[0]:span[1]])
	}
}

// tokenSpans appends the byte range in run of each of its tokens, toks
// being run's fields (possibly the last one shortened).
func tokenSpans(spans [][2]int, run string, toks []string) [][2]int {
	at := 0
	for _, t := range toks {
		// Each token is the next field of run: the first place it stands
		// from the end of the one before, after white space only.
		at += strings.Index(run[at:], t)
		spans = append(spans, [2]int{at, at + len(t)})
		at += len(t)
	}
	return spans
}

// hasDigit reports whether s holds an ASCII digit, as
// strings.ContainsAny(s, "0123456789") does without the search for each
// of its bytes among the ten: asked of every word of every name.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// possessiveWord reports whether a word of a run is possessive: "Britain's",
// "Sanders'".
func possessiveWord(t string) bool {
	// An owner ending in s takes the mark alone, an acronym's capital S too
	// ("PBS' Jacoba Atlas").
	return strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") || strings.HasSuffix(t, "s'") || strings.HasSuffix(t, "s’") ||
		strings.HasSuffix(t, "S'") || strings.HasSuffix(t, "S’")
}

// titleToken reports whether a token, l lower-cased without its
// punctuation, is a title word: as l, or with its period where only the
// abbreviation is one ("Del.", where "Del" may be a given name).
func titleToken(tok, l string) bool {
	return titleWords.Has(l) || TrimToken(tok) != tok && titleWords.HasLower(tok)
}

// addressForms are the titles said after "Mr" or "Madam" to address the
// holder ("Mr President", "Madam Speaker"): there they name no one.
var addressForms = text.NewWordSet(
	"president", "speaker", "chairman", "chairwoman", "chair",
	"secretary", "ambassador", "mayor", "justice", "vice",
	"prime", "minister", "governor", "senator", "commissioner",
	"deputy", "attorney",
)

// titleSurname reports whether a title word l, after the lower-case word
// prev of the same run, is a surname instead: ending the run after a given
// name ("Charlie King", "John Major", where "Charlotte Mayor Jo Lee" is a
// place and a title) or after a bare honorific that calls someone by
// surname ("Mr King", "Dr. Bishop"), unless it is the way a holder is
// addressed ("Mr President").
func titleSurname(prev, l string, last bool) bool {
	if !titleWords.Has(l) {
		return false
	}
	if last && FirstNameGender(prev) != GenderUnknown {
		return true
	}
	switch prev {
	case "mr", "mrs", "ms", "miss", "dr":
		return !addressForms.Has(l)
	}
	return false
}

// RunIndexes returns the byte ranges of the capitalised runs of text. A run
// ends at a word that closes a sentence ("Africa. Mr Blair" is two runs);
// abbreviations and initials do not close one.
func RunIndexes(text string) [][2]int { return appendRunIndexes(nil, text) }

// appendRunIndexes appends the ranges RunIndexes returns to out.
func appendRunIndexes(out [][2]int, text string) [][2]int {
	// The spans are read once, here: a paragraph's few fit on the stack.
	var buf [32][2]int
	for _, m := range appendCapitalisedSpans(buf[:0], text) {
		start := m[0]
		i := m[0]
		for i < m[1] {
			j := strings.IndexByte(text[i:m[1]], ' ')
			end := m[1]
			if j >= 0 {
				end = i + j
			}
			tok := text[i:end]
			if end < m[1] && strings.HasSuffix(tok, ".") && !IsAbbrevToken(tok) {
				out = append(out, [2]int{start, end})
				// Skip the spaces to the next word.
				k := end
				for k < m[1] && text[k] == ' ' {
					k++
				}
				start = k
				i = k
				continue
			}
			if j < 0 {
				break
			}
			i = end
			for i < m[1] && text[i] == ' ' {
				i++
			}
		}
		if start < m[1] {
			out = append(out, [2]int{start, m[1]})
		}
	}
	return out
}

// isAbbrevToken reports whether a word ending in a period is an
// abbreviation or an initial rather than the end of a sentence.
func IsAbbrevToken(tok string) bool {
	t := strings.TrimSuffix(tok, ".")
	l := strings.ToLower(t)
	// A title written out ("President.", "Labour.") ends its sentence
	// like any word; only an abbreviated one ("Sen.", "Del.") need not.
	if text.IsAbbreviation(l) || titleWords.HasLower(tok) {
		return true
	}
	if utf8.RuneCountInString(t) == 1 {
		return true // an initial
	}
	return strings.Contains(t, ".") // U.S., D.C.
}

// contraction reports whether a word is a contraction such as "I'd" or
// "they're", not a name such as "O'Brien".
func contraction(l string) bool {
	l = strings.ReplaceAll(l, "’", "'")
	for _, suf := range []string{"'d", "'m", "'ve", "'ll", "'re", "n't"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}

// Runs returns the capitalised runs of text that can be names.
func Runs(text string) []Run {
	var buf [32][2]int // as many runs as most paragraphs hold
	runs := appendRunIndexes(buf[:0], text)
	kept := runs[:0]
	for _, m := range runs {
		if !loneStopCap(text[m[0]:m[1]]) { // a quarter of all runs: "The", "But", "He's"
			kept = append(kept, m)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	// Sized for every run left, as most are names: a run is large, and a
	// list grown by appending copies it again at each doubling.
	out := make([]Run, 0, len(kept))
	for _, m := range kept {
		if r, ok := ParseRun(text, m[0], m[1]); ok {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// loneStopCap reports whether a run is one word that ParseRun would read as
// a sentence word ("The", "He's") and so reject, told without splitting
// and lowering the run as ParseRun does.
func loneStopCap(run string) bool {
	for i := 0; i < len(run); i++ {
		if text.IsSpaceByte(run[i]) {
			return false
		}
	}
	if w, ok := strings.CutSuffix(run, "'s"); ok {
		run = w
	} else {
		run = strings.TrimSuffix(run, "’s")
	}
	return stopCaps.HasLower(TrimToken(run))
}

// precededByRole reports whether a lower-case role noun stands just before
// offset i: "spokesman Dmitry Peskov", "adviser, Yuri Ushakov".
func PrecededByRole(text string, i int) (string, bool) {
	before := strings.TrimRight(text[:i], " ,")
	// Most names follow no role noun: the last word alone tells, read
	// without building the words before it.
	if !IsRoleWordInAnyCase(strings.Trim(LastField(before), ",.;:")) {
		return "", false
	}
	// Only the last words matter: the role noun and the four before it.
	fields := lastFields(before, 6)
	// The role phrase: back over the names and modifiers that qualify the
	// role ("Liverpool manager", "Kenteris's lawyer", "former foreign
	// secretary"), stopping at anything else.
	j := len(fields) - 1
	for j > 0 && len(fields)-j < 5 {
		p := fields[j-1]
		if strings.ContainsAny(p, ",.;:\"“”_()") {
			break
		}
		lp := strings.ToLower(p)
		r, _ := utf8.DecodeRuneInString(p)
		possessive := strings.HasSuffix(lp, "'s") || strings.HasSuffix(lp, "’s")
		if !(unicode.IsUpper(r) && !stopCaps.Has(lp) || possessive || roleModifiers.Has(lp) || roleWords.Has(lp)) {
			break
		}
		j--
		if possessive {
			break
		}
	}
	return strings.Trim(strings.Join(fields[j:], " "), ",.;:-–— "), true
}

// LastField is the last of strings.Fields(s), or "", read from the end of
// s without building the others.
func LastField(s string) string {
	end := -1
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) {
			if end >= 0 {
				return s[i:end]
			}
		} else if end < 0 {
			end = i
		}
		i -= size
	}
	if end >= 0 {
		return s[:end]
	}
	return ""
}

// lastFields returns the last n fields of s, as the end of
// strings.Fields(s) would, scanning back from the end of s: the text
// before a name may be a long paragraph.
func lastFields(s string, n int) []string {
	out := make([]string, 0, n)
	end := -1
	for i := len(s); i > 0 && len(out) < n; {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		if unicode.IsSpace(r) {
			if end >= 0 {
				out = append(out, s[i:end])
				end = -1
			}
		} else if end < 0 {
			end = i
		}
		i -= size
	}
	if end >= 0 && len(out) < n {
		out = append(out, s[:end])
	}
	slices.Reverse(out)
	return out
}

// roleModifiers are the lower-case words that belong to a role phrase.
var roleModifiers = text.NewWordSet(
	"former", "ex", "deputy", "assistant", "acting", "interim",
	"senior", "junior", "shadow", "foreign", "home", "defence",
	"defense", "interior", "finance", "vice", "chief", "head",
	"general", "executive", "national", "security", "affairs",
	"policy", "press", "campaign", "election", "state", "health",
	"education", "trade", "culture", "sports", "club", "team",
	"party", "opposition", "government", "presidential", "prime",
	"first", "second", "third", "top", "world", "olympic",
	"european", "new", "then", "veteran", "fellow",
)

// honorifics are the titles a person is called by with the surname alone:
// "Mr Blair", "President Putin".
var honorifics = text.NewWordSet(
	"mr", "mrs", "ms", "miss", "dr", "prof", "professor",
	"sir", "lord", "lady", "dame", "baroness", "president", "senator",
	"sen", "rep", "governor", "gov", "general", "gen",
	"king", "queen", "prince", "princess", "pope", "judge",
	"mayor", "chancellor", "cardinal", "archbishop", "bishop",
	"rev", "father", "sheikh", "colonel", "captain", "coach",
)

// IsTitleWord reports whether a lower-case word is a title or capitalised
// role that may lead a name ("president", "dr").
func IsTitleWord(l string) bool { return titleWords.Has(l) }

// TitleOffice returns the office a title before a name holds, lower case
// and in full ("Sen." is a senator, "Cardinal" a cardinal), or "" for a
// title that holds none ("Mr", "Sir", "Dr").
func TitleOffice(title string) string {
	l := strings.ToLower(strings.TrimSuffix(title, "."))
	if full, ok := titleAbbreviations[l]; ok {
		l = full
	}
	if !roleWords.Has(l) && !royalOffices.Has(l) {
		return ""
	}
	return l
}

// royalOffices are the titles a royal is called by alone: "the prince
// said" in a story naming Prince Andrew.
var royalOffices = text.NewWordSet("prince", "princess", "king", "queen", "pope")

// titleAbbreviations are the abbreviated titles of offices, in full.
var titleAbbreviations = map[string]string{
	"sen": "senator", "gov": "governor", "rep": "representative",
	"gen": "general", "adm": "admiral", "col": "colonel", "capt": "captain",
	"lt": "lieutenant", "sgt": "sergeant", "maj": "major", "prof": "professor",
}

// IsRoleWord reports whether a lower-case word is a role noun that
// introduces a name ("spokesman", "lawyer").
func IsRoleWord(l string) bool { return roleWords.Has(l) }

// IsRoleWordInAnyCase is IsRoleWord of w lowered, without a lower-case
// copy of w: asked of the last word of much text, most no role noun.
func IsRoleWordInAnyCase(w string) bool { return roleWords.HasLower(w) }

// IsPluralRole reports whether a lower-case word is a role noun's plural,
// "aides", "attorneys", "secretaries": a group, never one person.
func IsPluralRole(l string) bool {
	if stem, ok := strings.CutSuffix(l, "ies"); ok {
		return roleWords.Has(stem + "y")
	}
	if stem, ok := strings.CutSuffix(l, "es"); ok && roleWords.Has(stem) {
		return true // "coaches", "witnesses"
	}
	stem, ok := strings.CutSuffix(l, "s")
	return ok && !strings.HasSuffix(stem, "s") && roleWords.Has(stem)
}

// IsStopCap reports whether a lower-case word, capitalised in text, is no
// name ("the", "however", "monday").
func IsStopCap(l string) bool { return stopCaps.Has(l) }

// IsHonorific reports whether a lower-case title calls a person by surname
// alone ("mr", "president").
func IsHonorific(l string) bool { return honorifics.Has(l) }

// partyTag reports whether a word is a US party and state tag ("R-Ky",
// "D-Md."), which follows a name but is none.
func partyTag(t string) bool {
	return len(t) >= 3 && strings.ContainsRune("DRI", rune(t[0])) && t[1] == '-' && unicode.IsUpper(rune(t[2]))
}

// honorificSri reports whether a name's words open with "Sri" that is no
// "Sri Lanka": an honorific or a given name in South and South-East Asia
// ("Sri Mulyani Indrawati").
func honorificSri(lows []string) bool {
	return len(lows) >= 2 && lows[0] == "sri" && !strings.HasPrefix(lows[1], "lanka")
}

// ordinaryWord reports whether a lower-case word is a common English word
// that is not also a given name ("comic", "said", but not "mark").
func ordinaryWord(l string) bool {
	return commonWords.Has(l) && !isGivenName(l)
}

// lowerAfterHyphen reports whether a capitalised word goes on in lower
// case after a hyphen ("Oscar-winner", "British-born", "London-based"): a
// description, where names go on capitalised ("Henin-Hardenne").
func lowerAfterHyphen(t string) bool {
	i := strings.IndexByte(t, '-')
	return i > 0 && i+1 < len(t) && isLowerASCII(t[i+1])
}

// IsHyphenedRole reports whether a hyphenated word, in any case, is a role
// (see hyphenedRole): "vice-director", "Secretary-Treasurer".
func IsHyphenedRole(w string) bool { return hyphenedRole(strings.ToLower(TrimToken(w))) }

// hyphenedRole reports whether a hyphenated word is a role: one of its
// parts is a role noun ("Secretary-Treasurer", "Editor-in-Chief"). Short
// role nouns ("head", "wing") and titles ("Green") end surnames too
// ("Aynsley-Green"), so they do not count.
func hyphenedRole(l string) bool {
	if !strings.Contains(l, "-") {
		return false
	}
	for rest := l; ; {
		part, after, more := strings.Cut(rest, "-")
		if len(part) >= 5 && roleWords.Has(part) {
			return true
		}
		if !more {
			return false
		}
		rest = after
	}
}

// nameBreaker reports whether a word of a long capitalised run belongs to
// what precedes a name in it (a body, a role, an ordinary noun), not to the
// name.
func nameBreaker(l string) bool {
	return orgWords.Has(l) || titleWords.Has(l) || roleWords.Has(l) || placeStarts.Has(l) || stopCaps.Has(l) || ordinaryWord(l)
}

// RoleNames reports whether a role phrase, lower case ("the chancellor"
// less its article), can name someone whose role, lower case, is held
// ("uk chancellor"): one ends with the other, word for word, and the
// longer one's other words do not make it another office. A shadow
// chancellor is not the chancellor, nor a deputy prime minister the prime
// minister, and "the former coach" is not the coach. A country is one
// word however written ("U.S.", "US", "American", "United States"), and
// a country's leader is its president, prime minister or other head
// ("the Russian leader" is the Russian President).
func RoleNames(held, phrase string) bool {
	// Both end on one word, but where a leader or a diplomat is asked
	// for: told first, as most roles compared are no match.
	if last := strings.TrimRight(LastField(phrase), ",;:."); last != "leader" && last != "diplomat" && last != strings.TrimRight(LastField(held), ",;:.") {
		return false
	}
	h, p := roleTerms(held), roleTerms(phrase)
	if len(h) == 0 || len(p) == 0 {
		return false
	}
	if n := len(p); n >= 2 && p[n-1] == "leader" && (isCountry[p[n-2]] || isDemonymLower(p[n-2])) {
		// "the Russian leader": the head of that country, named by the
		// word before the office.
		if k := headOfficeAt(h); k > 0 && h[k-1] == p[n-2] {
			return true
		}
	}
	if n := len(p); p[n-1] == "diplomat" {
		// "the top U.S. diplomat": the foreign minister, of the country
		// the phrase names if it names one.
		k := foreignOfficeAt(h)
		if k < 0 {
			return false
		}
		country := ""
		for _, w := range p[:n-1] {
			if isCountry[w] {
				country = w
			} else if !diplomatQualifiers.Has(w) {
				return false
			}
		}
		return country == "" || k > 0 && h[k-1] == country
	}
	long, short := h, p
	if len(short) > len(long) {
		long, short = short, long
	}
	if !slices.Equal(long[len(long)-len(short):], short) {
		return false
	}
	for _, w := range long[:len(long)-len(short)] {
		if otherOffice.Has(w) {
			return false
		}
	}
	return true
}

// roleTerms returns a lower-case role's words, each country as one
// word, its key (see countryKeys); a hyphenated word stays one word, so
// that "vice-president" is no president.
func roleTerms(role string) []string {
	var out []string
	fields := strings.Fields(role)
	for i := 0; i < len(fields); i++ {
		w := strings.Trim(fields[i], ",;:")
		if i+1 < len(fields) {
			if k, ok := countryKeys[w+" "+strings.Trim(fields[i+1], ",;:.")]; ok {
				out = append(out, k)
				i++
				continue
			}
		}
		if k, ok := CountryKey(w); ok {
			out = append(out, k)
			continue
		}
		out = append(out, strings.TrimSuffix(w, "."))
	}
	return out
}

// headOfficeAt returns where a country's head of state or government
// ends a role's words ("russia president", "uk prime minister"), or -1.
func headOfficeAt(words []string) int {
	n := len(words)
	switch {
	case n >= 2 && words[n-2] == "prime" && words[n-1] == "minister":
		return n - 2
	case n >= 1 && headOffices.Has(words[n-1]):
		return n - 1
	}
	return -1
}

// foreignOfficeAt returns where a country's foreign minister's office
// ends a role's words ("us secretary of state", "russia foreign
// minister"), or -1.
func foreignOfficeAt(words []string) int {
	for _, office := range foreignOffices {
		if n := len(words) - len(office); n >= 0 && slices.Equal(words[n:], office) {
			return n
		}
	}
	return -1
}

// foreignOffices are the titles of a country's foreign minister, whom
// news calls its top diplomat.
var foreignOffices = [][]string{{"foreign", "minister"}, {"secretary", "of", "state"}, {"foreign", "secretary"}, {"minister", "of", "foreign", "affairs"}, {"foreign", "affairs", "minister"}}

// diplomatQualifiers may stand before "diplomat" in a phrase naming a
// foreign minister.
var diplomatQualifiers = text.NewWordSet("top", "chief", "senior", "country's", "nation's")

// headOffices are the one-word offices of a country's head.
var headOffices = text.NewWordSet("president", "premier", "chancellor", "king", "queen", "emir", "sultan", "taoiseach")

// countryKeys gives the one word a role's country is compared by, from
// each way news writes it: its name, its people's adjective, its
// abbreviation without dots, and the Kremlin, which wires write for
// Russia's government ("the Kremlin leader").
var countryKeys = func() map[string]string {
	m := map[string]string{}
	for _, forms := range [][]string{
		{"us", "usa", "america", "american", "united states"},
		{"uk", "britain", "british", "united kingdom", "great britain"},
		{"eu", "european union"},
		{"russia", "russian", "kremlin"}, {"china", "chinese"}, {"france", "french"},
		{"germany", "german"}, {"japan", "japanese"}, {"india", "indian"},
		{"italy", "italian"}, {"spain", "spanish"}, {"canada", "canadian"},
		{"mexico", "mexican"}, {"ukraine", "ukrainian"}, {"iran", "iranian"},
		{"iraq", "iraqi"}, {"israel", "israeli"}, {"turkey", "turkish"},
		{"syria", "syrian"}, {"north korea", "north korean"}, {"south korea", "south korean"},
		{"australia", "australian"}, {"brazil", "brazilian"}, {"egypt", "egyptian"},
		{"saudi", "saudi arabia"}, {"pakistan", "pakistani"}, {"afghanistan", "afghan"},
		{"poland", "polish"}, {"netherlands", "dutch"}, {"sweden", "swedish"},
		{"norway", "norwegian"}, {"greece", "greek"}, {"ireland", "irish"},
		{"scotland", "scottish"}, {"wales", "welsh"}, {"england", "english"},
		{"vietnam", "vietnamese"}, {"philippines", "philippine", "filipino"},
		{"indonesia", "indonesian"}, {"nigeria", "nigerian"}, {"south africa", "south african"},
		{"kenya", "kenyan"}, {"argentina", "argentine", "argentinian"}, {"venezuela", "venezuelan"},
		{"cuba", "cuban"}, {"belgium", "belgian"}, {"austria", "austrian"},
		{"switzerland", "swiss"}, {"portugal", "portuguese"}, {"denmark", "danish"},
		{"finland", "finnish"}, {"hungary", "hungarian"}, {"serbia", "serbian"},
		{"belarus", "belarusian"}, {"lebanon", "lebanese"}, {"qatar", "qatari"},
		{"taiwan", "taiwanese"}, {"thailand", "thai"}, {"malaysia", "malaysian"},
		{"colombia", "colombian"}, {"chile", "chilean"}, {"peru", "peruvian"},
		{"ethiopia", "ethiopian"}, {"libya", "libyan"}, {"yemen", "yemeni"},
		{"palestine", "palestinian"}, {"new zealand"}, {"czech republic", "czech"},
	} {
		for _, f := range forms {
			m[f] = forms[0]
		}
	}
	return m
}()

// CountryKey returns the one word a country is compared by in a role
// ("US" for "U.S.", "American" and "United States"), and whether the
// word, in any case, names a country (see RoleNames).
func CountryKey(w string) (string, bool) {
	k, ok := countryKeys[strings.ReplaceAll(strings.ToLower(w), ".", "")]
	return k, ok
}

// isCountry holds the keys of countryKeys.
var isCountry = func() map[string]bool {
	m := map[string]bool{}
	for _, k := range countryKeys {
		m[k] = true
	}
	return m
}()

// otherOffice are the words that, before a role, make it another office.
var otherOffice = text.NewWordSet("shadow", "former", "deputy", "vice", "assistant", "acting", "ex", "opposition", "junior", "under", "outgoing", "interim")

// IsEastAsianSurname reports whether a word, in any case, is a common
// Chinese, Korean or Vietnamese surname: such names are written surname
// first ("Xi Jinping", "Moon Jae-in"), and news calls the person by it
// alone ("Xi said"). Many are given names or surnames elsewhere too
// ("Kim", "Lee"), so the text must show the order (see
// people.SurnameFirst).
func IsEastAsianSurname(w string) bool { return eastAsianSurnames.HasLower(TrimToken(w)) }

var eastAsianSurnames = text.NewWordSet(
	// Chinese, in pinyin and the older romanisations of Hong Kong,
	// Taiwan and Singapore
	"li", "wang", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou",
	"xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "gao", "luo", "zheng",
	"liang", "xie", "song", "tang", "han", "feng", "deng", "cao", "peng", "zeng",
	"xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye",
	"cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "fu", "zhong",
	"xi", "wen", "bo", "qin", "lai", "kong", "mao", "hua", "jia", "xia", "fan",
	"fang", "shi", "hou", "meng", "qian", "yan", "lei", "long", "duan", "hao",
	"kang", "qiu", "xiong", "jin", "bai", "cui", "tan", "zou", "shao", "wan",
	"gu", "tsai", "chiang", "chan", "cheung", "leung", "wong", "ho", "lam",
	"ng", "lim", "goh", "koh", "teo", "ong", "tay", "chua",
	// Korean
	"kim", "lee", "park", "choi", "jung", "chung", "cho", "yoon", "yun",
	"jang", "shin", "oh", "seo", "kwon", "hwang", "ahn", "yoo", "hong", "moon",
	"ban", "roh", "chun", "rhee",
	// Vietnamese
	"nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo",
	"dang", "bui", "do", "ngo", "duong", "ly",
)
