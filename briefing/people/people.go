package people

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/agnivade/levenshtein"
	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/parallel"
	"github.com/briefbot/briefbot/briefing/text"
)

// Person is one person named in the articles, with every form of name used.
type Person struct {
	ID int `json:"id"`
	// Name is the fullest form used anywhere: "Ushakov" in one article is
	// "Yuri Ushakov" in another.
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	// Roles are the role phrases seen with the name ("Putin's foreign
	// affairs adviser").
	Roles []string `json:"roles,omitempty"`
	// Docs are the articles the person appears in.
	Docs     []string `json:"docs"`
	Quotes   int      `json:"quotes"`
	Mentions int      `json:"mentions"`

	// sex is what titles said of the person's sex, else what the given
	// name does (see cluster.sex).
	sex names.Gender
	// titles are the titles of the mentions, as written; shared with the
	// cluster the person was made from, never changed after.
	titles  map[string]bool
	tokens  []string // folded name tokens of every alias
	surname string
	first   string
	folded  string // first, translitFold'ed
	// namedIn holds the fullest name an article gives the person where
	// its given name is another than Name's: "Chuck Grassley" in one
	// article is "Charles E. Grassley" in another.
	namedIn map[string]string
}

// NameIn is the person's name as article doc gives it: Name, unless the
// article calls the person by another given name (a familiar form, a
// spelling), which is then the name a quotation there is shown with.
func (p *Person) NameIn(doc string) string {
	if n, ok := p.namedIn[doc]; ok {
		return n
	}
	return p.Name
}

// translitFold folds the spellings one name takes in transliteration
// (Sergey/Sergei, Dmitry/Dmitri, Yuri/Yury, Aleksandr/Alexandr).
func translitFold(s string) string {
	s = names.Fold(s)
	s = strings.ReplaceAll(s, "ks", "x")
	s = strings.ReplaceAll(s, "ph", "f")
	s = strings.ReplaceAll(s, "y", "i")
	s = strings.ReplaceAll(s, "ii", "i")
	return s
}

// sameFirstName reports whether two first names, each as translitFold
// gives it, can be one person's: equal, one an initial of the other, a
// short form of it, or another spelling (see spellingVariant; two edits
// apart when both are long). A name is compared with every other of its
// surname: each is folded once.
func sameFirstName(fa, fb string) bool {
	if fa == fb {
		return true
	}
	if fa == "" || fb == "" {
		return false
	}
	if fa[0] != fb[0] {
		return familiar(fa, fb) // Bill and William
	}
	if len(fa) == 1 || len(fb) == 1 {
		return true // an initial
	}
	if short := min(len(fa), len(fb)); short >= 3 && fa[:short] == fb[:short] {
		return true // a short form: Alex and Alexander, Steve and Steven
	}
	d := levenshtein.ComputeDistance(fa, fb)
	return d == 1 && spellingVariant([]rune(fa), []rune(fb)) || d == 2 && len(fa) >= 6 && len(fb) >= 6 || familiar(fa, fb)
}

// familiarForms are the familiar forms of English given names that are no
// short form of them (Len and Leonard; Alex and Alexander are told by
// their letters), by the given name, all folded as translitFold folds. A
// familiar form is the same person as the given name within a surname
// ("Len Burman" is "Leonard E. Burman"); two familiar forms of one name
// are not (Bill and Will Smith).
var familiarForms = func() map[string][]string {
	forms := map[string]string{
		"william":    "bill billy",
		"robert":     "bob bobby bert",
		"richard":    "dick rick ricky",
		"james":      "jim jimmy jamie",
		"thomas":     "tom tommy",
		"edward":     "ed eddie ted teddy ned",
		"theodore":   "ted teddy",
		"charles":    "chuck chas",
		"henry":      "hank harry",
		"harold":     "harry hal",
		"john":       "jack",
		"leonard":    "len lenny",
		"lawrence":   "larry",
		"laurence":   "larry",
		"gerald":     "jerry gerry",
		"terence":    "terry",
		"anthony":    "tony",
		"michael":    "mike mikey mick",
		"joseph":     "joe joey",
		"margaret":   "peggy maggie meg",
		"elizabeth":  "liz lizzie beth betty betsy",
		"katherine":  "kate katie kathy",
		"catherine":  "kate katie cathy",
		"susan":      "sue suzy",
		"rebecca":    "becky",
		"sarah":      "sally",
		"patricia":   "patty trish",
		"deborah":    "debbie debby",
		"jacqueline": "jackie",
		"frederick":  "freddie",
		"alfred":     "fred freddie",
		"francis":    "frank",
		"eugene":     "gene",
		"kenneth":    "kenny",
		"stephen":    "steve",
		"geoffrey":   "jeff",
		"albert":     "al",
		"ronald":     "ronnie",
		"daniel":     "danny",
		"andrew":     "andy",
	}
	out := map[string][]string{}
	for given, familiar := range forms {
		for _, f := range strings.Fields(familiar) {
			out[translitFold(f)] = append(out[translitFold(f)], translitFold(given))
		}
	}
	return out
}()

// familiar reports whether one of two folded first names is a familiar
// form of the other. It is asked of most pairs of names of a surname, in
// people linking's one sequential pass: a long name is told at once.
func familiar(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) < len(b) && len(a) <= longestFamiliar && slices.Contains(familiarForms[a], b)
}

// longestFamiliar is the length of the longest familiar form.
var longestFamiliar = func() int {
	n := 0
	for f := range familiarForms {
		n = max(n, len(f))
	}
	return n
}()

// spellingVariant reports whether two names one edit apart (neither a
// short form of the other) are spellings of one name rather than two. A
// different last letter makes another name (Anna, Anne), as does an edit
// in a short name (Ivana, Ivanka; Marco, Mario; Don, Dan) unless it
// doubles a letter ("Mathew", "Matthew") or is a vowel ("Damien",
// "Damian"). In a name of six letters or more any other edit is taken for
// a slip ("Malcom").
func spellingVariant(a, b []rune) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) < 4 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i >= len(b)-1 {
		return false
	}
	if len(a) >= 6 {
		return true
	}
	if len(a) == len(b) {
		return isVowel(a[i]) && isVowel(b[i])
	}
	// b has one letter more, at i.
	extra := b[i]
	return isVowel(extra) || i > 0 && b[i-1] == extra || b[i+1] == extra
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiou", r) }

// Index groups the people of all articles and maps each article's
// references to them.
type Index struct {
	People []*Person
	// byDocSurname maps doc + "\x00" + surname to the person a bare surname
	// names in that article.
	byDocSurname map[string]int
	// bySurname indexes people by folded surname.
	bySurname map[string][]*Person
	// byDoc indexes people by the articles they appear in, in ID order.
	byDoc map[string][]*Person
	// nameTokens holds the folded words of every person's names.
	nameTokens map[string]bool
}

type cluster struct {
	first  string
	folded string // first, translitFold'ed
	// surname is the key of the surname the cluster was grouped by, empty
	// for a cluster of a given name alone ("Sir Digby").
	surname string
	forms   map[string]int // name form -> count
	// named1 and named are the forms of two words or more, with their
	// articles, in the order read: a person called by two given names is
	// shown in each article by that article's.
	named1   docForm
	named    []docForm
	titles   map[string]bool
	roles    map[string]int
	docs     map[string]bool
	order    int
	gender   names.Gender
	givenSex names.Gender // first's, looked up once: asked of every bare surname
	id       int          // the person's ID, once the index is built
	mentions int
}

// hasFormEnding reports whether the cluster was named by a form that is,
// or ends in, the lower-case words tail.
func (c *cluster) hasFormEnding(tail string) bool {
	for f := range c.forms {
		l := strings.ToLower(f)
		if l == tail || strings.HasSuffix(l, " "+tail) {
			return true
		}
	}
	return false
}

// DocMentions are the mentions of one article and their surnames:
// Surnames[i] is Mentions[i].Surname(), read by the caller, on every
// core, rather than by Build in order. Kept are the indexes of the
// mentions Build reads, in order; the others are left out. Indexes
// rather than a shorter copy: a mention is large, and the caller's list
// is kept as it was.
type DocMentions struct {
	Doc      string
	Mentions []Naming
	Surnames []string
	Kept     []int32
	// Headline is the article's headline, which names the people the
	// article is about.
	Headline string
}

// Build makes one entry per person from the mentions of each article, in
// the articles' order.
func Build(docs []DocMentions) *Index {
	groups := map[string][]*cluster{} // by surname
	// A bare surname waits for every full name; it is kept by reference,
	// a mention being large.
	type bare struct {
		doc, sn string
		m       *Naming
	}
	var surnameOnly, givenOnly, ledNames []bare
	order := 0
	headlines := map[string]string{}
	for _, d := range docs {
		doc, ms := d.Doc, d.Mentions
		if d.Headline != "" {
			headlines[doc] = d.Headline
		}
		tails, tailEnds := compoundTails(ms, d.Kept)
		royals := royalNames(ms, d.Kept, d.Surnames)
		for _, mi := range d.Kept {
			m := &ms[mi]
			if len(m.Name) == 0 {
				continue
			}
			sn := d.Surnames[mi]
			if len(m.Name) == 1 || names.IsSurnameForm(m.Name) || len(m.Name) == 2 && tailEnds[m.Name[1]] && tails[FormKey(m.Name)] {
				if givenNameTitle(m.Title) {
					givenOnly = append(givenOnly, bare{doc, sn, m})
				} else if title, ok := royals[sn]; ok && len(m.Name) == 1 && len(m.Title) == 0 {
					// "Andrew said" in a story on Prince Andrew: the prince.
					titled := *m
					titled.Title = []string{title}
					givenOnly = append(givenOnly, bare{doc, sn, &titled})
				} else {
					surnameOnly = append(surnameOnly, bare{doc, sn, m})
				}
				continue
			}
			if led(m.Name) {
				ledNames = append(ledNames, bare{doc, sn, m})
				continue
			}
			clusterOf(groups, sn, givenName(m.Name, sn), &order).add(doc, *m)
		}
	}
	// A word may lead a full name in a capitalised run ("Billionaire
	// Donald Trump", "Vermonter Bernie Sanders"): the name is the rest
	// when a person is named so without it.
	for _, l := range ledNames {
		rest := l.m.Name[1:]
		folded := translitFold(rest[0])
		if slices.ContainsFunc(groups[l.sn], func(c *cluster) bool { return sameFirstName(c.folded, folded) }) {
			m := *l.m
			m.Name = rest
			clusterOf(groups, l.sn, rest[0], &order).add(l.doc, m)
			continue
		}
		clusterOf(groups, l.sn, l.m.Name[0], &order).add(l.doc, *l.m)
	}
	ix := &Index{byDocSurname: map[string]int{}, bySurname: map[string][]*Person{}, byDoc: map[string][]*Person{}, nameTokens: map[string]bool{}}
	// A bare surname belongs to the person of that surname in the same
	// article, else to the only person of that surname anywhere.
	// The candidates of each bare surname, in lists used again for the next.
	var inDoc, anyDoc []*cluster
	// The person a bare surname names in an article naming several of it.
	principals := map[[2]string]*cluster{}
	// A headline's names are read only for the few articles naming
	// several people of one surname, once each.
	headRuns := map[string][]names.Run{}
	headlineRuns := func(doc string) []names.Run {
		rs, ok := headRuns[doc]
		if !ok {
			rs = names.Runs(headlines[doc])
			headRuns[doc] = rs
		}
		return rs
	}
	for _, so := range surnameOnly {
		sn := so.sn
		// A surname written with its particles ("Van Nistelrooy") is the
		// person named with them ("Ruud van Nistelrooy"), not another of
		// the surname ("Jim Morrison" for "Van Morrison").
		withParticles := ""
		if len(so.m.Name) > 1 {
			withParticles = strings.ToLower(strings.Join(so.m.Name, " "))
		}
		// "Mrs Howard" is not "Michael Howard" whose title was "Mr".
		fits := func(c *cluster) bool {
			g := so.m.Gender
			if len(so.m.Title) == 0 {
				// Only a title's sex is the text's; a pronoun's may be
				// another's ("she told the audience" after a man's name).
				g = names.GenderUnknown
			}
			cg := c.sex()
			return (g == names.GenderUnknown || cg == names.GenderUnknown || cg == g) &&
				(withParticles == "" || c.hasFormEnding(withParticles))
		}
		inDoc, anyDoc = inDoc[:0], anyDoc[:0]
		for _, c := range groups[sn] {
			if !fits(c) {
				continue
			}
			anyDoc = append(anyDoc, c)
			if c.docs[so.doc] {
				inDoc = append(inDoc, c)
			}
		}
		// "Obama" alone is the Obama the articles name far more often;
		// a peer is named in another article only as the peer.
		dom := dominant(anyDoc)
		peer := peerTitle(so.m.Title)
		var target *cluster
		switch {
		case len(inDoc) == 1:
			target = inDoc[0]
		case len(inDoc) == 0 && len(anyDoc) == 1 && anyDoc[0].first != "" && !peer:
			target = anyDoc[0]
		case len(inDoc) == 0 && dom != nil && !peer:
			target = dom
		case len(inDoc) == 0:
			// None or several full names elsewhere: the surname stands alone.
			for _, c := range anyDoc {
				if c.first == "" {
					target = c
				}
			}
			if target == nil {
				if !so.m.Strong && !so.m.Speaker && withParticles == "" {
					continue // a surname alone is a person when the text says so; with its particles, it is
				}
				target = newCluster("", "", order)
				order++
				groups[sn] = append(groups[sn], target)
			}
		default:
			// Several people of that surname in one article: the
			// surname alone is the one the headline names, else the one
			// the articles name far more often; else unresolved.
			target = headlined(inDoc, headlineRuns(so.doc), sn)
			if target == nil {
				target = dominant(inDoc)
			}
			if target == nil {
				continue
			}
			principals[[2]string{so.doc, sn}] = target
		}
		target.add(so.doc, *so.m)
	}
	var all []*cluster
	for _, cs := range groups {
		all = append(all, cs...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].order < all[j].order })
	// "Sir Digby" is Sir Digby Jones: a knight, dame or royal is called
	// by the given name, so the one word is matched to the given name of a
	// person the same article names with the title, never to a surname
	// ("Sir John" is not Elton John). Otherwise it stands alone: a knight
	// or dame one person per article, a royal one person in all.
	alone := map[[2]string]*cluster{}
	var byFirst map[string][]*cluster // the clusters of each first name, in order
	if len(givenOnly) > 0 {
		byFirst = map[string][]*cluster{}
		for _, c := range all {
			if c.first != "" {
				byFirst[c.folded] = append(byFirst[c.folded], c)
			}
		}
	}
	for _, g := range givenOnly {
		folded := translitFold(g.m.Name[0])
		var match *cluster
		n := 0
		title := lastTitle(g.m.Title)
		for _, c := range byFirst[folded] {
			// The person must carry the title too: "Prince Charles" is
			// not Charles Kennedy of the same article.
			if c.docs[g.doc] && hasTitle(c.titles, title) {
				match, n = c, n+1
			}
		}
		switch {
		case n > 1:
			continue // two of that given name in one article: unresolved
		case n == 0:
			k := [2]string{g.doc, folded}
			if royalTitles.HasLower(strings.TrimSuffix(title, ".")) {
				// "Prince Andrew" of one article is the Prince Andrew of
				// another; "Sir John" of one need not be another's.
				k[0] = "\x00" + strings.ToLower(strings.TrimSuffix(title, "."))
			}
			if match = alone[k]; match == nil {
				match = newCluster("", "", order)
				order++
				alone[k] = match
				all = append(all, match)
			}
		}
		match.add(g.doc, *g.m)
	}
	// Each cluster's person is written on every core; the index is built
	// in order.
	persons := make([]*Person, len(all))
	parallel.For(len(all), func(i int) {
		persons[i] = all[i].person(i)
		all[i].id = i
	})
	for i, p := range persons {
		c := all[i]
		ix.People = append(ix.People, p)
		ix.bySurname[p.surname] = append(ix.bySurname[p.surname], p)
		for _, t := range p.tokens {
			ix.nameTokens[t] = true
		}
		for _, d := range p.Docs {
			ix.byDoc[d] = append(ix.byDoc[d], p)
		}
		for d := range c.docs {
			key := d + "\x00" + p.surname
			if _, dup := ix.byDocSurname[key]; dup {
				ix.byDocSurname[key] = -1 // two people share it here
			} else {
				ix.byDocSurname[key] = p.ID
			}
		}
	}
	// Where several share a surname, the one a bare surname named is it.
	for k, c := range principals {
		if key := k[0] + "\x00" + k[1]; ix.byDocSurname[key] == -1 {
			ix.byDocSurname[key] = c.id
		}
	}
	return ix
}

// royalNames returns the given names, by surname key, that an article
// gives a royal title ("Prince Andrew"), with the title: the name alone in
// that article is the royal's, unless the article names someone of that
// surname in full. Nil for most articles.
func royalNames(ms []Naming, kept []int32, surnames []string) map[string]string {
	var out map[string]string
	for _, mi := range kept {
		m := &ms[mi]
		if len(m.Name) == 1 && len(m.Title) > 0 && royalTitles.HasLower(strings.TrimSuffix(m.Title[len(m.Title)-1], ".")) {
			if out == nil {
				out = map[string]string{}
			}
			out[surnames[mi]] = m.Title[len(m.Title)-1]
		}
	}
	for _, mi := range kept {
		if out != nil && len(ms[mi].Name) > 1 {
			delete(out, surnames[mi]) // "Stuart Andrew" too: the name alone is unsure
		}
	}
	return out
}

// compoundTails returns the last two words, by FormKey, of the names of
// three words or more an article's kept mentions hold: the two words
// alone name the person by a compound surname ("López Obrador" in a story
// naming Andrés Manuel López Obrador), not a person whose given name is
// the first of them. Where the two words are a given name and a surname
// ("Natalie Appleton"), the longer name counts only when its first word
// is a given name or the text marks it as a person's (a title, a role, a
// speech verb): not a run that crossed a stop ("Ant and Dec. Natalie
// Appleton's"). ends holds the last words as written, to ask first. Both
// are nil for most articles.
func compoundTails(ms []Naming, kept []int32) (out, ends map[string]bool) {
	for _, mi := range kept {
		m := &ms[mi]
		name := m.Name
		if len(name) < 3 || names.IsSurnameForm(name) {
			continue
		}
		if givenName := func(w string) bool { return names.FirstNameGender(w) != names.GenderUnknown }; !m.Strong && givenName(name[len(name)-2]) && !givenName(name[0]) {
			continue
		}
		if out == nil {
			out, ends = map[string]bool{}, map[string]bool{}
		}
		out[FormKey(name[len(name)-2:])] = true
		ends[name[len(name)-1]] = true
	}
	return out, ends
}

// clusterOf returns the cluster of surname sn whose first name is first's,
// made when there is none.
func clusterOf(groups map[string][]*cluster, sn, first string, order *int) *cluster {
	folded := translitFold(first)
	for _, c := range groups[sn] {
		if sameFirstName(c.folded, folded) {
			if len(c.folded) == 1 && len(folded) > 1 {
				// "S. Taylor" then "Simon Taylor": the initial's person is
				// Simon from now on, so that Steve and Stuart Taylor are
				// not joined to him through the initial.
				c.setFirst(first, folded)
			}
			return c
		}
	}
	c := newCluster(first, folded, *order)
	c.surname = sn
	*order++
	groups[sn] = append(groups[sn], c)
	return c
}

// led reports whether a name of three words or more opens with a word
// that is no given name or initial before a given name: a word that may
// lead a name in a run rather than be its.
func led(name []string) bool {
	return len(name) >= 3 && names.FirstNameGender(name[0]) == names.GenderUnknown &&
		!isInitial(name[0]) && !strings.Contains(name[0], ".") &&
		names.FirstNameGender(name[1]) != names.GenderUnknown
}

// isInitial reports whether a word of a name is an initial: one letter,
// with its period or without ("W.", "J").
func isInitial(w string) bool { return utf8.RuneCountInString(strings.TrimSuffix(w, ".")) == 1 }

// newCluster returns the cluster a first mention begins; its titles and
// roles are made when it has one (most have none).
func newCluster(first, folded string, order int) *cluster {
	c := &cluster{forms: map[string]int{}, docs: map[string]bool{}, order: order}
	c.setFirst(first, folded)
	return c
}

// setFirst gives the cluster its first name, folded, and that name's sex.
func (c *cluster) setFirst(first, folded string) {
	c.first, c.folded, c.givenSex = first, folded, names.GenderUnknown
	if first != "" {
		c.givenSex = names.FirstNameGender(first)
	}
}

// docForm is a form of a person's name and the article it is used in.
type docForm struct{ doc, form string }

func (c *cluster) add(doc string, m Naming) {
	form := strings.Join(m.Name, " ")
	c.forms[form]++
	// An article's mentions come together: a form it repeats is kept once.
	// Most people have one form, kept without a list.
	if df := (docForm{doc, form}); len(m.Name) > 1 && df != c.lastNamed() {
		if c.named1.form == "" {
			c.named1 = df
		} else {
			c.named = append(c.named, df)
		}
	}
	if len(m.Title) > 0 {
		if c.titles == nil {
			c.titles = map[string]bool{}
		}
		c.titles[m.Title[len(m.Title)-1]] = true
	}
	if m.Role != "" {
		if c.roles == nil {
			c.roles = map[string]int{}
		}
		c.roles[m.Role]++
	}
	c.docs[doc] = true
	if c.gender == names.GenderUnknown {
		c.gender = m.Gender
	}
	c.mentions++
}

// sex is what the titles say of the person's sex, else what the given
// name does.
func (c *cluster) sex() names.Gender {
	if c.gender != names.GenderUnknown {
		return c.gender
	}
	return c.givenSex
}

// hasTitle reports whether titles, as a cluster or person holds them,
// hold the title, given lower case.
func hasTitle(titles map[string]bool, title string) bool {
	for t := range titles {
		if strings.EqualFold(strings.TrimSuffix(t, "."), title) {
			return true
		}
	}
	return false
}

// styleTitle is the one peer's, knight's or royal title the cluster's
// mentions carry, as written ("Lord", "Sir"), or "" when they carry none
// or several.
func (c *cluster) styleTitle() string {
	found := ""
	for t := range c.titles {
		if !peerStyle(t) && !givenNameStyle(t) {
			continue
		}
		if found != "" && !strings.EqualFold(found, t) {
			return ""
		}
		if found == "" || t < found {
			found = t // of "Lord" and "lord", one the same every build
		}
	}
	return found
}

// givenNameTitle reports whether a reference of one word is titled as a
// knight, dame or royal is, by given name: "Sir Digby", "Dame Judi",
// "Prince Harry", "King Abdullah", "Pope Benedict".
func givenNameTitle(title []string) bool {
	return len(title) > 0 && givenNameStyle(title[len(title)-1])
}

// peerTitle reports whether a reference of one word is titled as a peer
// is, by the title's name: "Lord Browne", "Baroness Scotland". That name
// is the peer's own: a "Des Browne" of another article is someone else.
// Any word of the title counts: "Lord Justice May" is a judge, not
// Theresa May.
func peerTitle(title []string) bool {
	return slices.ContainsFunc(title, peerStyle)
}

// givenNameStyle and peerStyle report whether a title word, as written,
// is a knight's or royal's, or a peer's.
func givenNameStyle(t string) bool { return givenNameTitles.HasLower(strings.TrimSuffix(t, ".")) }
func peerStyle(t string) bool      { return peerTitles.HasLower(strings.TrimSuffix(t, ".")) }

// The titles of givenNameTitle and peerTitle, asked of every mention of
// one word: looked up without a lower-case copy.
var (
	givenNameTitles = text.NewWordSet("sir", "dame", "prince", "princess", "king", "queen", "pope")
	// royalTitles are the given-name titles that, with the name, name one
	// person wherever they are read.
	royalTitles = text.NewWordSet("prince", "princess", "king", "queen", "pope")
	peerTitles  = text.NewWordSet("lord", "lady", "baroness", "baron", "viscount", "viscountess", "earl", "countess", "duke", "duchess", "marquess")
)

// lastTitle is the last word of a reference's title, lower case, or "".
func lastTitle(title []string) string {
	if len(title) == 0 {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(title[len(title)-1], "."))
}

func (c *cluster) person(id int) *Person {
	p := &Person{ID: id, sex: c.sex(), Mentions: c.mentions, titles: c.titles}
	// The name shown is the fullest form: the most words, the fewest
	// initials ("C. Dale" is not the name to show when "Chris Dale" was
	// written); then the most used, the longest, and alphabetical for a
	// stable answer.
	var best nameForm
	for f, uses := range c.forms {
		if nf := formOf(f, uses); best.form == "" || nf.fuller(best) {
			best = nf
		}
	}
	p.Name = best.form
	p.namedIn = c.namesByArticle(p.Name)
	toks := strings.Fields(p.Name)
	surname := toks[len(toks)-1]
	p.surname = names.SurnameKey(surname)
	if writtenSurnameFirst(toks, c.surname) {
		// Written surname first: "Xi Jinping", "Xi" alone.
		surname, p.surname = toks[0], c.surname
		p.first = toks[1]
		p.folded = translitFold(p.first)
	} else if len(toks) > 1 && !names.IsSurnameForm(toks) {
		p.first = toks[0]
		p.folded = translitFold(p.first)
	} else if t := c.styleTitle(); len(toks) == 1 && t != "" {
		// A peer, knight or royal named by one word is shown with the
		// title that word goes with: "Lord Falconer", "Prince Harry".
		p.Name = t + " " + p.Name
	}
	aliases := map[string]bool{surname: true}
	for f := range c.forms {
		aliases[f] = true
	}
	for t := range c.titles {
		switch {
		case givenNameStyle(t):
			if p.first != "" {
				aliases[t+" "+p.first] = true // "Sir John", never "Sir Bourn"
			}
		case names.IsHonorific(strings.ToLower(strings.TrimSuffix(t, "."))):
			aliases[t+" "+surname] = true
		}
	}
	for a := range aliases {
		p.Aliases = append(p.Aliases, a)
	}
	sort.Strings(p.Aliases)
	// The roles most often seen, a few at most: a long list is noise.
	for r := range c.roles {
		p.Roles = append(p.Roles, r)
	}
	sort.Slice(p.Roles, func(i, j int) bool {
		if c.roles[p.Roles[i]] != c.roles[p.Roles[j]] {
			return c.roles[p.Roles[i]] > c.roles[p.Roles[j]]
		}
		return p.Roles[i] < p.Roles[j]
	})
	p.Roles = dedupeFold(p.Roles)
	if len(p.Roles) > maxRoles {
		p.Roles = p.Roles[:maxRoles]
	}
	for d := range c.docs {
		p.Docs = append(p.Docs, d)
	}
	sort.Strings(p.Docs)
	seen := map[string]bool{}
	for _, a := range p.Aliases {
		for _, t := range strings.Fields(a) {
			t = names.Fold(t)
			if !seen[t] {
				seen[t] = true
				p.tokens = append(p.tokens, t)
			}
		}
	}
	return p
}

// nameForm is one form a person's name was written in, and what tells
// how full it is.
type nameForm struct {
	form                     string
	words, initials, letters int
	uses                     int
}

// lastNamed is the form of two words or more read last.
func (c *cluster) lastNamed() docForm {
	if n := len(c.named); n > 0 {
		return c.named[n-1]
	}
	return c.named1
}

// namesByArticle returns, for each article that calls the person by
// another given name than name's or spells the surname otherwise, the
// fullest form it uses; nil when every article uses name's (nearly every
// person).
func (c *cluster) namesByArticle(name string) map[string]string {
	if len(c.named) == 0 {
		return nil // one form at most, which is the name shown
	}
	all := append([]docForm{c.named1}, c.named...)
	given, _, _ := strings.Cut(name, " ")
	surname := names.LastField(name)
	// An article's own form is shown where its given name is another, or
	// its surname spelt otherwise ("Calderón" where the name shown is
	// "Calderon"): a quotation is credited as its article writes the name.
	own := func(form string) bool {
		g, _, _ := strings.Cut(form, " ")
		return !sameGiven(g, given) || names.LastField(form) != surname
	}
	if !slices.ContainsFunc(all, func(n docForm) bool { return own(n.form) }) {
		return nil
	}
	best := map[string]nameForm{}
	for _, n := range all {
		nf := formOf(n.form, 1)
		if b, ok := best[n.doc]; !ok || nf.fuller(b) {
			best[n.doc] = nf
		}
	}
	var out map[string]string
	for doc, nf := range best {
		if own(nf.form) {
			if out == nil {
				out = map[string]string{}
			}
			out[doc] = nf.form
		}
	}
	return out
}

// sameGiven reports whether two given names as written are one: equal
// but for case and stops, or one the other's initial (an initial is no
// name to show instead).
func sameGiven(a, b string) bool {
	return strings.EqualFold(strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")) || isInitial(a) || isInitial(b)
}

// formOf reads a form used uses times.
func formOf(form string, uses int) nameForm {
	nf := nameForm{form: form, uses: uses}
	for w := range strings.FieldsSeq(form) {
		nf.words++
		n := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				n++
			}
		}
		if n == 1 {
			nf.initials++ // "C.", "J"
		}
		// The length of a name without the stops and apostrophes the
		// text wrapped it in ("Brooks'").
		nf.letters += n
	}
	return nf
}

// fuller reports whether f is to be shown before g.
func (f nameForm) fuller(g nameForm) bool {
	switch {
	case f.words != g.words:
		return f.words > g.words
	case f.initials != g.initials:
		return f.initials < g.initials
	case f.uses != g.uses:
		return f.uses > g.uses
	case f.letters != g.letters:
		return f.letters > g.letters
	}
	return f.form < g.form
}

// maxRoles is how many role phrases a person keeps.
const maxRoles = 3

// possessive takes the possessive out of a role ("Putin's spokesman").
var possessive = strings.NewReplacer("'s ", " ", "’s ", " ")

// dedupeFold drops strings equal to an earlier one but for case, accents
// and a possessive ("Putin's spokesman", "Putin spokesman").
func dedupeFold(xs []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		k := lowerFoldKeepSpace(possessive.Replace(x))
		if !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

// ByRole returns the one person of article doc whose role, seen anywhere,
// the phrase names ("the chancellor" in an article naming Gordon Brown, the
// Chancellor elsewhere), or -1. When no role does, a one-word phrase names
// the one person whose title holds that office ("the cardinal" in an
// article naming Cardinal Cormac Murphy-O'Connor).
func (ix *Index) ByRole(doc, phrase string) int {
	found := -1
	for _, p := range ix.byDoc[doc] {
		for _, r := range p.Roles {
			r = strings.ToLower(r)
			if names.RoleNames(r, phrase) {
				if found >= 0 && found != p.ID {
					return -1
				}
				found = p.ID
			}
		}
	}
	if found >= 0 || strings.Contains(phrase, " ") {
		return found
	}
	for _, p := range ix.byDoc[doc] {
		for t := range p.titles {
			if names.TitleOffice(t) == phrase {
				if found >= 0 && found != p.ID {
					return -1
				}
				found = p.ID
			}
		}
	}
	return found
}

// Lookup returns the person a reference in article doc names, or -1.
func (ix *Index) Lookup(doc string, ref Ref) int {
	if len(ref.Name) == 0 {
		return -1
	}
	if len(ref.Name) == 1 && givenNameTitle(ref.Title) {
		return ix.byGivenName(doc, ref.Name[0], lastTitle(ref.Title))
	}
	sn := ref.Surname()
	if len(ref.Name) > 1 && !names.IsSurnameForm(ref.Name) {
		first := translitFold(givenName(ref.Name, sn))
		for _, p := range ix.bySurname[sn] {
			if p.first != "" && sameFirstName(p.folded, first) {
				return p.ID
			}
		}
	}
	if id, ok := ix.byDocSurname[doc+"\x00"+sn]; ok {
		if id >= 0 {
			ps := ix.People[id].sex
			if ref.Gender == names.GenderUnknown || ps == names.GenderUnknown || ps == ref.Gender {
				return id
			}
		}
		if ref.Gender != names.GenderUnknown {
			// "Mr. Clinton" where Bill and Hillary Clinton are named: the
			// one man of the surname there.
			return ix.ofSex(doc, sn, ref.Gender)
		}
	}
	// A surname the article never links: the only person of that surname
	// (for a peer, only one named as a peer is: see Build).
	if same := ix.bySurname[sn]; len(same) == 1 && (!peerTitle(ref.Title) || same[0].first == "") {
		return same[0].ID
	}
	return -1
}

// ofSex returns the one person of article doc with surname sn known to be
// of sex g, or -1.
func (ix *Index) ofSex(doc, sn string, g names.Gender) int {
	found := -1
	for _, p := range ix.byDoc[doc] {
		if p.surname == sn && p.sex == g {
			if found >= 0 {
				return -1
			}
			found = p.ID
		}
	}
	return found
}

// byGivenName returns the one person of article doc with the given name
// and the title, as Build matches them, else the person the article calls
// by it alone (see Build: "Sir Digby"), or -1.
func (ix *Index) byGivenName(doc, given, title string) int {
	folded := translitFold(given)
	found, alone := -1, -1
	for _, p := range ix.byDoc[doc] {
		switch {
		case p.first != "" && p.folded == folded && hasTitle(p.titles, title):
			if found >= 0 {
				return -1
			}
			found = p.ID
		case p.first == "" && p.surname == names.SurnameKey(given):
			alone = p.ID
		}
	}
	if found >= 0 {
		return found
	}
	return alone
}

// InDoc returns the one person of article doc a name in it refers to, or
// -1: unlike Lookup it never reaches for a person of another article.
func (ix *Index) InDoc(doc string, name []string) int {
	if len(name) == 0 {
		return -1
	}
	found := ix.inDocBy(doc, name, Ref{Name: name}.Surname())
	if found < 0 && len(name) > 1 && len(name) <= 3 && names.IsEastAsianSurname(name[0]) {
		// "Xi Jinping", written surname first: the person of surname Xi.
		found = ix.inDocBy(doc, name, names.SurnameKey(name[0]))
	}
	return found
}

// inDocBy is InDoc for the name taken to have the surname key sn.
func (ix *Index) inDocBy(doc string, name []string, sn string) int {
	var inDoc []*Person
	first := ""
	if len(name) > 1 && !names.IsSurnameForm(name) {
		first = translitFold(givenName(name, sn))
	}
	for _, p := range ix.bySurname[sn] {
		if first != "" && p.first != "" && !sameFirstName(p.folded, first) {
			continue
		}
		if slices.Contains(p.Docs, doc) {
			inDoc = append(inDoc, p)
		}
	}
	if len(inDoc) == 1 {
		return inDoc[0].ID
	}
	return -1
}

// NameTokens returns the folded words of every person's names. The map is
// shared: callers only read it.
func (ix *Index) NameTokens() map[string]bool { return ix.nameTokens }

// headlined returns the one of cs, people of surname sn, whom the
// headline names in full, or nil. A headline in Title Case gives runs
// longer than a name ("Floods Gave Ray Dunn"), so a surname is read
// with the word before it.
func headlined(cs []*cluster, headline []names.Run, sn string) *cluster {
	var found *cluster
	for _, r := range headline {
		run := r.Name
		for j := 1; j < len(run); j++ {
			if names.SurnameKey(run[j]) != sn {
				continue
			}
			given := run[j-1]
			if isInitial(given) && j >= 2 {
				given = run[j-2] // "George W. Bush"
			}
			first := translitFold(given)
			for _, c := range cs {
				if c.first != "" && sameFirstName(c.folded, first) {
					if found != nil && found != c {
						return nil
					}
					found = c
				}
			}
		}
	}
	return found
}

// dominanceRatio is how many times more often than any other of the same
// surname a person must be named for a bare surname to be theirs.
const dominanceRatio = 4

// dominant returns the one person with a first name named far more often
// than the others of the same surname, or nil.
func dominant(cs []*cluster) *cluster {
	var best *cluster
	second := 0
	for _, c := range cs {
		if c.first == "" {
			continue
		}
		if best == nil || c.mentions > best.mentions {
			if best != nil {
				second = best.mentions
			}
			best = c
		} else if c.mentions > second {
			second = c.mentions
		}
	}
	if best == nil || best.mentions < dominanceRatio*max(second, 1) {
		return nil
	}
	return best
}
