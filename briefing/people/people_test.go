package people

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefing/names"
	"github.com/google/go-cmp/cmp"
)

// named is a mention of a person by name, its options set by the tests.
type named struct {
	name   string
	title  string
	role   string
	gender names.Gender
	strong bool
}

// docOf returns an article's mentions as quotes.Link gives them to Build:
// every mention kept, each surname folded.
func docOf(doc string, ns ...named) DocMentions {
	d := DocMentions{Doc: doc}
	for i, n := range ns {
		ref := Ref{Name: strings.Fields(n.name), Role: n.role, Gender: n.gender, Mention: n.name}
		if n.title != "" {
			ref.Title = []string{n.title}
		}
		d.Mentions = append(d.Mentions, Mention{Ref: ref, Pos: i, Strong: n.strong}.Naming())
		d.Surnames = append(d.Surnames, ref.Surname())
		d.Kept = append(d.Kept, int32(i))
	}
	return d
}

// person is what the tests compare of a Person.
type person struct {
	Name     string
	Aliases  []string
	Roles    []string
	Docs     []string
	Mentions int
}

func peopleOf(ix *Index) []person {
	var out []person
	for _, p := range ix.People {
		out = append(out, person{p.Name, p.Aliases, p.Roles, p.Docs, p.Mentions})
	}
	return out
}

// times repeats a mention n times.
func times(n int, m named) []named {
	out := make([]named, n)
	for i := range out {
		out[i] = m
	}
	return out
}

func TestBuild(t *testing.T) {
	tests := []struct {
		name string
		docs []DocMentions
		want []person
	}{{
		name: "spellings of one transliterated name are one person",
		docs: []DocMentions{
			docOf("a", named{name: "Sergey Morozov"}),
			docOf("b", named{name: "Sergei Morozov"}, named{name: "Sergei Morozov"}),
		},
		want: []person{{Name: "Sergei Morozov", Aliases: []string{"Morozov", "Sergei Morozov", "Sergey Morozov"}, Docs: []string{"a", "b"}, Mentions: 3}},
	}, {
		name: "a word leading a full name is no part of it when the rest is named so",
		docs: []DocMentions{
			docOf("a", named{name: "Vermonter Ada Wrenn"}),
			docOf("b", named{name: "Ada Wrenn"}),
			docOf("c", named{name: "Giacomo Maria Vian"}),
		},
		want: []person{
			{Name: "Ada Wrenn", Aliases: []string{"Ada Wrenn", "Wrenn"}, Docs: []string{"a", "b"}, Mentions: 2},
			{Name: "Giacomo Maria Vian", Aliases: []string{"Giacomo Maria Vian", "Vian"}, Docs: []string{"c"}, Mentions: 1},
		},
	}, {
		name: "an initial is one person's, not a bridge between given names that share its letter",
		docs: []DocMentions{
			docOf("a", named{name: "S. Berg"}),
			docOf("b", named{name: "Simon Berg"}),
			docOf("c", named{name: "Steve Berg"}),
			docOf("d", named{name: "Stuart Berg"}),
		},
		want: []person{
			{Name: "Simon Berg", Aliases: []string{"Berg", "S. Berg", "Simon Berg"}, Docs: []string{"a", "b"}, Mentions: 2},
			{Name: "Steve Berg", Aliases: []string{"Berg", "Steve Berg"}, Docs: []string{"c"}, Mentions: 1},
			{Name: "Stuart Berg", Aliases: []string{"Berg", "Stuart Berg"}, Docs: []string{"d"}, Mentions: 1},
		},
	}, {
		name: "a bare surname is the one person of that name elsewhere",
		docs: []DocMentions{
			docOf("a", named{name: "Yuri Petrov", role: "an adviser"}),
			docOf("b", named{name: "Petrov"}),
		},
		want: []person{{Name: "Yuri Petrov", Aliases: []string{"Petrov", "Yuri Petrov"}, Roles: []string{"an adviser"}, Docs: []string{"a", "b"}, Mentions: 2}},
	}, {
		name: "a bare surname is the person of that name in its own article",
		docs: []DocMentions{
			docOf("a", named{name: "Anna Lee"}),
			docOf("b", named{name: "Peter Lee"}, named{name: "Lee"}),
		},
		want: []person{
			{Name: "Anna Lee", Aliases: []string{"Anna Lee", "Lee"}, Docs: []string{"a"}, Mentions: 1},
			{Name: "Peter Lee", Aliases: []string{"Lee", "Peter Lee"}, Docs: []string{"b"}, Mentions: 2},
		},
	}, {
		name: "a bare surname two people share elsewhere stays unresolved",
		docs: []DocMentions{
			docOf("a", named{name: "Anna Lee"}),
			docOf("b", named{name: "Peter Lee"}),
			docOf("c", named{name: "Lee"}),
		},
		want: []person{
			{Name: "Anna Lee", Aliases: []string{"Anna Lee", "Lee"}, Docs: []string{"a"}, Mentions: 1},
			{Name: "Peter Lee", Aliases: []string{"Lee", "Peter Lee"}, Docs: []string{"b"}, Mentions: 1},
		},
	}, {
		name: "a bare surname is the person named far more often than the others",
		docs: []DocMentions{
			docOf("a", times(8, named{name: "John Carver"})...),
			docOf("b", named{name: "Jane Carver"}),
			docOf("c", named{name: "Carver"}),
		},
		want: []person{
			{Name: "John Carver", Aliases: []string{"Carver", "John Carver"}, Docs: []string{"a", "c"}, Mentions: 9},
			{Name: "Jane Carver", Aliases: []string{"Carver", "Jane Carver"}, Docs: []string{"b"}, Mentions: 1},
		},
	}, {
		name: "a bare surname marked as a person stands alone when its title's sex differs",
		docs: []DocMentions{
			docOf("a", named{name: "Michael Hart", title: "Mr", gender: names.Male}),
			docOf("b", named{name: "Hart", title: "Mrs", gender: names.Female, strong: true}),
		},
		want: []person{
			{Name: "Michael Hart", Aliases: []string{"Hart", "Michael Hart", "Mr Hart"}, Docs: []string{"a"}, Mentions: 1},
			{Name: "Hart", Aliases: []string{"Hart", "Mrs Hart"}, Docs: []string{"b"}, Mentions: 1},
		},
	}, {
		name: "a bare surname not marked as a person names nobody new",
		docs: []DocMentions{
			docOf("a", named{name: "Michael Hart", title: "Mr", gender: names.Male}),
			docOf("b", named{name: "Hart", title: "Mrs", gender: names.Female}),
		},
		want: []person{
			{Name: "Michael Hart", Aliases: []string{"Hart", "Michael Hart", "Mr Hart"}, Docs: []string{"a"}, Mentions: 1},
		},
	}, {
		name: "an initial and a short form join the full first name",
		docs: []DocMentions{
			docOf("a", named{name: "Christopher Dale"}),
			docOf("b", named{name: "Chris Dale"}),
			docOf("c", named{name: "C. Dale"}),
		},
		want: []person{{Name: "Christopher Dale", Aliases: []string{"C. Dale", "Chris Dale", "Christopher Dale", "Dale"}, Docs: []string{"a", "b", "c"}, Mentions: 3}},
	}, {
		name: "a surname with its particles is the person named in full, not another of the surname",
		docs: []DocMentions{
			docOf("a", named{name: "Pieter Van Der Hoek"}, named{name: "Van Der Hoek"}),
			docOf("b", named{name: "Elsa de Marchi"}),
			docOf("c", named{name: "De Marchi"}, named{name: "Tom Hoek"}),
			docOf("d", named{name: "Van Hoek"}),
		},
		want: []person{
			{Name: "Pieter Van Der Hoek", Aliases: []string{"Hoek", "Pieter Van Der Hoek", "Van Der Hoek"}, Docs: []string{"a"}, Mentions: 2},
			{Name: "Elsa de Marchi", Aliases: []string{"De Marchi", "Elsa de Marchi", "Marchi"}, Docs: []string{"b", "c"}, Mentions: 2},
			{Name: "Tom Hoek", Aliases: []string{"Hoek", "Tom Hoek"}, Docs: []string{"c"}, Mentions: 1},
			{Name: "Van Hoek", Aliases: []string{"Hoek", "Van Hoek"}, Docs: []string{"d"}, Mentions: 1},
		},
	}, {
		name: "a given name that is also a particle leads a full name",
		docs: []DocMentions{
			docOf("a", named{name: "Al Brenner"}, named{name: "Mia Brenner"}),
		},
		want: []person{
			{Name: "Al Brenner", Aliases: []string{"Al Brenner", "Brenner"}, Docs: []string{"a"}, Mentions: 1},
			{Name: "Mia Brenner", Aliases: []string{"Brenner", "Mia Brenner"}, Docs: []string{"a"}, Mentions: 1},
		},
	}, {
		name: "a compound surname alone is the person named in full",
		docs: []DocMentions{
			docOf("a", named{name: "Andrés Manuel López Obrador"}, named{name: "López Obrador"}),
		},
		want: []person{{Name: "Andrés Manuel López Obrador", Aliases: []string{"Andrés Manuel López Obrador", "López Obrador", "Obrador"}, Docs: []string{"a"}, Mentions: 2}},
	}, {
		name: "a given name and surname are not the tail of a run that crossed a stop",
		docs: []DocMentions{
			docOf("a", named{name: "Dec. Natalie Appleton"}, named{name: "Natalie Appleton"}),
		},
		want: []person{
			{Name: "Dec. Natalie Appleton", Aliases: []string{"Appleton", "Dec. Natalie Appleton"}, Docs: []string{"a"}, Mentions: 1},
			{Name: "Natalie Appleton", Aliases: []string{"Appleton", "Natalie Appleton"}, Docs: []string{"a"}, Mentions: 1},
		},
	}, {
		name: "a Slavic surname however transliterated",
		docs: []DocMentions{
			docOf("a", named{name: "Volodymyr Zelenskiy"}),
			docOf("b", named{name: "Volodymyr Zelenskyy"}),
			docOf("c", named{name: "Alexei Navalny"}, named{name: "Alexei Navalnyy"}),
		},
		want: []person{
			{Name: "Volodymyr Zelenskiy", Aliases: []string{"Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Zelenskiy"}, Docs: []string{"a", "b"}, Mentions: 2},
			{Name: "Alexei Navalnyy", Aliases: []string{"Alexei Navalny", "Alexei Navalnyy", "Navalnyy"}, Docs: []string{"c"}, Mentions: 2},
		},
	}, {
		name: "roles seen most often first, told apart but for case and a possessive",
		docs: []DocMentions{
			docOf("a", named{name: "Ruth Vance", role: "the party's chair"}, named{name: "Ruth Vance", role: "The party chair"}),
			docOf("b", named{name: "Ruth Vance", role: "a lawyer"}),
		},
		want: []person{{Name: "Ruth Vance", Aliases: []string{"Ruth Vance", "Vance"}, Roles: []string{"The party chair", "a lawyer"}, Docs: []string{"a", "b"}, Mentions: 3}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, peopleOf(Build(tt.docs))); diff != "" {
				t.Errorf("people (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIndexLookups(t *testing.T) {
	ix := Build([]DocMentions{
		docOf("a", named{name: "Anna Lee", role: "the mayor"}),
		docOf("b", named{name: "Peter Lee", role: "Finance Minister"}, named{name: "Lee"}),
		docOf("c", named{name: "Sergei Morozov"}),
		docOf("d", named{name: "Ada Quill", title: "Sen."}, named{name: "Tom Hale", title: "Mr"}),
		docOf("e", named{name: "Ada Quill", title: "Sen."}, named{name: "Bo Vance", title: "Senator"}, named{name: "Cy Marsh", role: "senator"}),
		docOf("f", named{name: "Gil Brand", role: "Chancellor"}, named{name: "Oli Vetch", role: "shadow chancellor"}, named{name: "Jo Prest", role: "Deputy Prime Minister"}),
	})
	id := func(name string) int {
		for _, p := range ix.People {
			if p.Name == name {
				return p.ID
			}
		}
		t.Fatalf("no %s in %v", name, peopleOf(ix))
		return -1
	}
	anna, peter, sergei, ada, cy := id("Anna Lee"), id("Peter Lee"), id("Sergei Morozov"), id("Ada Quill"), id("Cy Marsh")
	gil, oli := id("Gil Brand"), id("Oli Vetch")
	lookups := []struct {
		doc  string
		name string
		want int
	}{
		{"a", "Lee", anna},
		{"b", "Lee", peter},
		{"c", "Lee", -1}, // two people of that name, neither here
		{"c", "Anna Lee", anna},
		{"x", "Sergey Morozov", sergei},
		{"x", "Morozov", sergei}, // the only one of that name
		{"x", "Nobody", -1},
	}
	for _, l := range lookups {
		if got := ix.Lookup(l.doc, Ref{Name: strings.Fields(l.name)}); got != l.want {
			t.Errorf("Lookup(%q, %q) = %d, want %d", l.doc, l.name, got, l.want)
		}
	}
	inDoc := []struct {
		doc  string
		name string
		want int
	}{
		{"a", "Lee", anna},
		{"b", "Peter Lee", peter},
		{"b", "Anna Lee", -1},
		{"x", "Morozov", -1}, // InDoc never reaches for another article
	}
	for _, l := range inDoc {
		if got := ix.InDoc(l.doc, strings.Fields(l.name)); got != l.want {
			t.Errorf("InDoc(%q, %q) = %d, want %d", l.doc, l.name, got, l.want)
		}
	}
	roles := []struct {
		doc, phrase string
		want        int
	}{
		{"b", "the finance minister", peter},
		{"a", "mayor", anna},
		{"a", "the finance minister", -1},
		{"d", "senator", ada},    // no role: the title's office, "Sen." in full
		{"d", "mister", -1},      // "Mr" holds no office
		{"e", "senator", cy},     // a role first
		{"b", "minister", peter}, // the role's last word
		{"f", "chancellor", gil}, // a shadow chancellor holds another office
		{"f", "shadow chancellor", oli},
		{"f", "prime minister", -1}, // nor a deputy prime minister the prime minister's
	}
	for _, r := range roles {
		if got := ix.ByRole(r.doc, r.phrase); got != r.want {
			t.Errorf("ByRole(%q, %q) = %d, want %d", r.doc, r.phrase, got, r.want)
		}
	}
	tokens := ix.NameTokens()
	for _, w := range []string{"anna", "peter", "lee", "sergei", "morozov"} {
		if !tokens[w] {
			t.Errorf("NameTokens lacks %q", w)
		}
	}
}

// TestSurnameFirst: a Chinese or Korean name that an article calls by its
// first word alone is written surname first, in every article; a name
// whose last word the article uses alone is not, whatever its first.
func TestSurnameFirst(t *testing.T) {
	docs := []DocMentions{
		docOf("a", named{name: "Xi Jinping", title: "President"}, named{name: "Xi"}, named{name: "Kim Clijsters"}, named{name: "Clijsters"}, named{name: "Kim"}),
		docOf("b", named{name: "Xi Jinping"}, named{name: "Hillary Clinton"}, named{name: "Hillary"}),
		docOf("c", named{name: "Xi", title: "President"}),
	}
	namings := make([][]Naming, len(docs))
	for i, d := range docs {
		namings[i] = d.Mentions
	}
	first := SurnameFirst(namings)
	if diff := cmp.Diff(map[string]bool{"xi jinping": true}, first); diff != "" {
		t.Fatalf("SurnameFirst (-want +got):\n%s", diff)
	}
	for i := range docs {
		for j := range docs[i].Mentions {
			if m := &docs[i].Mentions[j]; first[FormKey(m.Name)] {
				m.PutSurnameFirst()
				docs[i].Surnames[j] = m.Surname()
			}
		}
	}
	ix := Build(docs)
	var xi *Person
	for _, p := range ix.People {
		if p.Name == "Xi Jinping" {
			xi = p
		}
	}
	if xi == nil {
		t.Fatalf("no Xi Jinping in %v", peopleOf(ix))
	}
	want := person{Name: "Xi Jinping", Aliases: []string{"President Xi", "Xi", "Xi Jinping"}, Docs: []string{"a", "b", "c"}, Mentions: 4}
	if diff := cmp.Diff(want, person{Name: xi.Name, Aliases: xi.Aliases, Roles: xi.Roles, Docs: xi.Docs, Mentions: xi.Mentions}); diff != "" {
		t.Errorf("Xi Jinping (-want +got):\n%s", diff)
	}
	ref := Named([]string{"Xi", "Jinping"})
	ref.PutSurnameFirst()
	if got := ix.Lookup("b", ref); got != xi.ID {
		t.Errorf("Lookup(Xi Jinping) = %d, want %d", got, xi.ID)
	}
	if got := ix.InDoc("a", []string{"Xi", "Jinping"}); got != xi.ID {
		t.Errorf("InDoc(Xi Jinping) = %d, want %d", got, xi.ID)
	}
}

// TestNameInEachArticle: a person called by a familiar form in one
// article and by the full given name in another is one person, shown in
// each article by that article's name; a surname alone changes nothing.
func TestNameInEachArticle(t *testing.T) {
	ix := Build([]DocMentions{
		docOf("a", named{name: "Bill Hale"}, named{name: "Hale"}),
		docOf("b", named{name: "William T. Hale"}, named{name: "William Hale"}),
		docOf("d", named{name: "Hale"}),
	})
	if len(ix.People) != 1 {
		t.Fatalf("people %v, want one", peopleOf(ix))
	}
	p := ix.People[0]
	got := map[string]string{}
	for _, d := range []string{"a", "b", "d"} {
		got[d] = p.NameIn(d)
	}
	want := map[string]string{"a": "Bill Hale", "b": "William T. Hale", "d": "William T. Hale"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NameIn (-want +got):\n%s", diff)
	}
}

// TestNameInKeepsTheArticlesSpelling: a surname spelt with an accent in
// one article and without in others is one person, shown in each article
// as it spells the name.
func TestNameInKeepsTheArticlesSpelling(t *testing.T) {
	ix := Build([]DocMentions{
		docOf("a", named{name: "Felipe Calderon"}),
		docOf("b", named{name: "Felipe Calderon"}),
		docOf("c", named{name: "Felipe Calderón"}, named{name: "Calderón"}),
	})
	if len(ix.People) != 1 {
		t.Fatalf("people %v, want one", peopleOf(ix))
	}
	p := ix.People[0]
	got := map[string]string{}
	for _, d := range []string{"a", "b", "c"} {
		got[d] = p.NameIn(d)
	}
	want := map[string]string{"a": "Felipe Calderon", "b": "Felipe Calderon", "c": "Felipe Calderón"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("NameIn (-want +got):\n%s", diff)
	}
}

func TestSameFirstName(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Sergey", "Sergei", true},
		{"Dmitry", "Dmitri", true},
		{"Aleksandr", "Alexandr", true},
		{"Yuri", "Yury", true},
		{"J.", "John", true},
		{"Alex", "Alexander", true}, // a short form
		{"Len", "Leonard", true},    // a familiar form, not a short form
		{"Bill", "William", true},   // another first letter
		{"Peggy", "Margaret", true},
		{"Bill", "Will", false},         // two familiar forms of one name
		{"Len", "Lenny", true},          // a short form
		{"Kathrine", "Katherine", true}, // a vowel
		{"Damien", "Damian", true},
		{"Madeline", "Madeleine", true},
		{"Mathew", "Matthew", true}, // a letter doubled
		{"Malcolm", "Malcom", true},
		{"Anna", "Peter", false},
		{"Ivana", "Ivanka", false}, // one edit, but another name
		{"Marco", "Mario", false},
		{"Jon", "John", false},
		{"Ian", "Ivan", false},
		{"Don", "Dan", false},     // a vowel, but too short to tell
		{"Steve", "Steven", true}, // a short form, one letter short
		{"Anna", "Anne", false},   // another last letter
		{"Antonio", "Antonia", false},
		{"Donald", "Donand", true}, // a slip in a long name
		{"Carl", "Karl", false},    // first letters differ
	}
	for _, tt := range tests {
		if got := sameFirstName(translitFold(tt.a), translitFold(tt.b)); got != tt.want {
			t.Errorf("sameFirstName(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestResolve(t *testing.T) {
	ix := Build([]DocMentions{
		docOf("a", named{name: "Sergei Morozov"}, named{name: "Anna Lee"}),
		docOf("b", named{name: "Peter Lee"}),
	})
	for _, p := range ix.People {
		if p.Name == "Sergei Morozov" || p.Name == "Anna Lee" {
			p.Quotes = 2
		}
	}
	r := NewResolver(ix.People)
	tests := []struct {
		query, want, how string
	}{
		{"Morozov", "Sergei Morozov", "alias"},
		{"sergey morozov", "Sergei Morozov", "alias"},
		{"mrzv", "Sergei Morozov", "subsequence"},
		{"morozof", "Sergei Morozov", "typo"},
		{"lee", "Anna Lee", "alias"}, // of two, the only one quoted
	}
	for _, tt := range tests {
		res := r.Resolve(tt.query)
		got := ""
		if res.Person != nil {
			got = res.Person.Name
		}
		if got != tt.want || res.How != tt.how {
			t.Errorf("Resolve(%q) = %q by %q, want %q by %q (%+v)", tt.query, got, res.How, tt.want, tt.how, res)
		}
	}
	if res := r.Resolve("zzzz"); res.Person != nil || len(res.Candidates) > 0 {
		t.Errorf("Resolve(zzzz) = %+v, want nobody", res)
	}
	var suggested []string
	for _, p := range r.Suggest("le", 5) {
		suggested = append(suggested, p.Name)
	}
	if diff := cmp.Diff([]string{"Anna Lee", "Peter Lee"}, suggested); diff != "" {
		t.Errorf("Suggest(le) (-want +got):\n%s", diff)
	}
}

// TestResolveFarMorePresent: a one-word query goes to the person with
// that word in their name who is far more present than the people it
// names exactly or nearly, and only then.
func TestResolveFarMorePresent(t *testing.T) {
	ix := Build([]DocMentions{
		docOf("a", named{name: "Bernard Quill"}),
		docOf("b", named{name: "Bernard Quill"}),
		docOf("c", named{name: "Bernard Ng"}),
		docOf("e", named{name: "Quill"}, named{name: "Bernard"}),
		docOf("d", named{name: "Ada Wrenn"}, named{name: "Wrenn Ives"}),
	})
	quotes := map[string]int{"Bernard Quill": 40, "Ada Wrenn": 3, "Wrenn Ives": 1}
	for _, p := range ix.People {
		p.Quotes = quotes[p.Name]
	}
	r := NewResolver(ix.People)
	for _, tt := range []struct{ query, want string }{
		{"bernard", "Bernard Quill"}, // not "Bernard Ng", the shorter match
		{"quill", "Bernard Quill"},
		{"ng", "Bernard Ng"}, // an exact name stays exact
		{"Ng", "Bernard Ng"},
		{"wrenn", "Ada Wrenn"}, // three times as present: no more than that
	} {
		res := r.Resolve(tt.query)
		got := ""
		if res.Person != nil {
			got = res.Person.Name
		}
		if got != tt.want {
			t.Errorf("Resolve(%q) = %q (%+v), want %q", tt.query, got, res, tt.want)
		}
	}
}

// TestKnightsByGivenName: "Sir Digby" is the Sir Digby of the same
// article, never a person surnamed Digby, one of another article, or a
// Digby without the title; alone, it is a person of its own, shown with the
// title. Royals are called the same way; a peer's name is the peer's own.
func TestKnightsByGivenName(t *testing.T) {
	ix := Build([]DocMentions{
		docOf("a", named{name: "Digby Quill", title: "Sir"}, named{name: "Digby", title: "Sir", strong: true}),
		docOf("b", named{name: "Ada Digby"}),
		docOf("c", named{name: "Ada Digby"}, named{name: "Digby", title: "Sir", strong: true}),
		docOf("d", named{name: "Elton John"}, named{name: "John", title: "Sir", strong: true}, named{name: "John Bourne", title: "Sir"}),
		docOf("e", named{name: "Charles Quill"}, named{name: "Charles", title: "Prince", strong: true}),
		docOf("f", named{name: "Des Browne"}),
		docOf("g", named{name: "Browne", title: "Lord", strong: true}),
		docOf("h", named{name: "Harald", title: "Prince", strong: true}, named{name: "Edwin", title: "Sir", strong: true}),
		docOf("i", named{name: "Harald", title: "Prince", strong: true}, named{name: "Edwin", title: "Sir", strong: true}),
	})
	for _, tt := range []struct{ doc, title, word, want string }{
		{"a", "Sir", "Digby", "Digby Quill"},
		{"c", "Sir", "Digby", "Sir Digby"}, // Ada Digby's is a surname: the knight stands alone
		{"d", "Sir", "John", "John Bourne"},
		{"e", "Prince", "Charles", "Prince Charles"}, // not Charles Quill
		{"g", "Lord", "Browne", "Lord Browne"},       // not Des Browne of another article
	} {
		got := ""
		if id := ix.Lookup(tt.doc, Ref{Name: []string{tt.word}, Title: []string{tt.title}}); id >= 0 {
			got = ix.People[id].Name
		}
		if got != tt.want {
			t.Errorf("%s %s in %s = %q, want %q", tt.title, tt.word, tt.doc, got, tt.want)
		}
	}
	// A royal alone is one person in every article; a knight alone, one
	// in each.
	count := map[string]int{}
	for _, p := range ix.People {
		count[p.Name]++
	}
	if count["Prince Harald"] != 1 || count["Sir Edwin"] != 2 {
		t.Errorf("Prince Harald is %d people, want 1; Sir Edwin %d, want 2", count["Prince Harald"], count["Sir Edwin"])
	}
	if !peerTitle([]string{"Lord", "Justice"}) || peerTitle([]string{"Justice"}) {
		t.Error(`"Lord Justice" styles a peer-judge; "Justice" alone names an office`)
	}
	for _, p := range ix.People {
		switch p.Name {
		case "Ada Digby", "Elton John", "Charles Quill", "Des Browne":
			if want := map[string]int{"Ada Digby": 2}[p.Name]; p.Mentions != max(want, 1) {
				t.Errorf("%s named %d times, want %d", p.Name, p.Mentions, max(want, 1))
			}
		case "John Bourne":
			if !slices.Contains(p.Aliases, "Sir John") || slices.Contains(p.Aliases, "Sir Bourne") {
				t.Errorf("John Bourne's aliases %q: want Sir John, not Sir Bourne", p.Aliases)
			}
		}
	}
}

// TestNamedSurname: a reference made by Named gives the surname a literal
// one folds on each call.
func TestNamedSurname(t *testing.T) {
	for _, name := range []string{"Yuri Ushakov", "Jean-Luc Mélenchon", "Martin O'Neill", "Dr. J.", "Ngozi", ""} {
		words := strings.Fields(name)
		if got, want := Named(words).Surname(), (Ref{Name: words}).Surname(); got != want {
			t.Errorf("Named(%q).Surname() = %q, want %q", name, got, want)
		}
	}
}

// TestSurnameOfSeveral reads a bare surname in an article that names
// several people of it: the one its headline names, else the one named far
// more often everywhere; a title or pronoun's sex picks the one of that
// sex; with nothing to go on it stays unresolved.
func TestSurnameOfSeveral(t *testing.T) {
	ana := named{name: "Ana Maria Dunn"}
	ray := named{name: "Ray Dunn", title: "Sen."}
	bareDunn := named{name: "Dunn", strong: true}
	var many []DocMentions
	for i := range 5 {
		many = append(many, docOf("d"+strconv.Itoa(i), named{name: "John Berg"}))
	}
	tests := []struct {
		name     string
		docs     []DocMentions
		headline string
		lookup   Ref
		want     string // the person the bare surname names in doc "a"
	}{
		{
			name:     "the headline names one",
			docs:     []DocMentions{docOf("a", ray, ana, bareDunn)},
			headline: "How Floods Gave Ray Dunn a Cause",
			lookup:   Ref{Name: []string{"Dunn"}},
			want:     "Ray Dunn",
		},
		{
			name:   "nothing to go on",
			docs:   []DocMentions{docOf("a", ray, ana, bareDunn)},
			lookup: Ref{Name: []string{"Dunn"}},
			want:   "",
		},
		{
			name:     "the headline names both",
			docs:     []DocMentions{docOf("a", named{name: "Jeb Bush"}, named{name: "George W. Bush"}, named{name: "Bush", strong: true})},
			headline: "Jeb Bush Helped by George W. Bush",
			lookup:   Ref{Name: []string{"Bush"}},
			want:     "",
		},
		{
			name:   "one far more present everywhere",
			docs:   append(slices.Clone(many), docOf("a", named{name: "Emma Berg"}, named{name: "John Berg"}, named{name: "Berg", strong: true})),
			lookup: Ref{Name: []string{"Berg"}},
			want:   "John Berg",
		},
		{
			name:   "a woman's title against the one far more present",
			docs:   append(slices.Clone(many), docOf("a", named{name: "Emma Berg"}, named{name: "John Berg"}, named{name: "Berg", strong: true})),
			lookup: Ref{Name: []string{"Berg"}, Title: []string{"Mrs."}, Gender: names.Female},
			want:   "Emma Berg",
		},
		{
			name:   "a pronoun's sex, nothing else to go on",
			docs:   []DocMentions{docOf("a", ray, ana, bareDunn)},
			lookup: Ref{Name: []string{"Dunn"}, Pronoun: "he", Gender: names.Male},
			want:   "Ray Dunn",
		},
		{
			name:   "a pronoun's sex, from the given name that took over an initial",
			docs:   []DocMentions{docOf("b", named{name: "S. Dunn"}), docOf("a", named{name: "Simon Dunn"}, ana, bareDunn)},
			lookup: Ref{Name: []string{"Dunn"}, Pronoun: "he", Gender: names.Male},
			want:   "Simon Dunn",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.docs {
				if tt.docs[i].Doc == "a" {
					tt.docs[i].Headline = tt.headline
				}
			}
			ix := Build(tt.docs)
			got := ""
			if id := ix.Lookup("a", tt.lookup); id >= 0 {
				got = ix.People[id].Name
			}
			if got != tt.want {
				t.Errorf("Lookup(a, %v) = %q, want %q; people %v", tt.lookup.Name, got, tt.want, peopleOf(ix))
			}
		})
	}
}
