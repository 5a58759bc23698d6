// Package quotes finds the direct quotations of news articles and who said
// them: trailing attributions, speech verbs with their subjects, roles and
// pronouns resolved to the people named before, and continuation across a
// paragraph.
package quotes

import (
	"encoding/json"
	"strings"

	"github.com/briefbot/briefbot/briefing/dates"
	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/parallel"
	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/text"
)

// Quote is a direct quotation and the person who said it.
type Quote struct {
	// Text is the words inside the quotation marks.
	Text string `json:"text"`
	// Speaker is the canonical name of who said it, empty when the text
	// does not say.
	Speaker string `json:"-"`
	// ByBody marks a Speaker that is an organisation, no person ("the
	// Foreign Office said"): JSON gives it as "body" and the speaker as
	// null, a speaker being a named person.
	ByBody bool `json:"-"`
	// PersonID identifies the speaker in the people index, or -1.
	PersonID int    `json:"-"`
	Doc      string `json:"doc"`
	Title    string `json:"title"`
	// URL is the article's address, empty for a file.
	URL  string     `json:"url,omitempty"`
	Date dates.Date `json:"date"`
	// Sentence is the sentence the quote stands in.
	Sentence string `json:"sentence"`
	// Partial is set for a fragment quoted inside reported speech.
	Partial bool `json:"partial,omitempty"`
	// Paragraph is the index of the paragraph in the article.
	Paragraph int `json:"paragraph"`
	// SpeakerMention is the words the speaker was read from ("he", "the
	// cardinal", "Peskov"), in paragraph MentionParagraph, so that a
	// reader can check the attribution; empty when no speaker was read.
	SpeakerMention   string `json:"-"`
	MentionParagraph int    `json:"-"`
}

// MarshalJSON writes the quote with its speaker, null when unknown or an
// organisation, whose name is then "body".
func (q Quote) MarshalJSON() ([]byte, error) {
	type plain Quote
	var speaker *string
	body := ""
	switch {
	case q.ByBody:
		body = q.Speaker
	case q.Speaker != "":
		speaker = &q.Speaker
	}
	type mention struct {
		Text      string `json:"text"`
		Paragraph int    `json:"paragraph"`
	}
	var m *mention
	if q.SpeakerMention != "" {
		m = &mention{q.SpeakerMention, q.MentionParagraph}
	}
	return json.Marshal(struct {
		Speaker *string  `json:"speaker"`
		Body    string   `json:"body,omitempty"`
		Mention *mention `json:"speaker_mention"`
		plain
	}{speaker, body, m, plain(q)})
}

// rawQuote is a quote before its speaker is linked to the people index.
type rawQuote struct {
	// rolePhrase is kept when only a role names the speaker and the article
	// did not say whose it is; the people index may know.
	rolePhrase string
	text       string
	para       int
	sentence   string
	partial    bool
	speaker    people.Ref
	// pronounAt is where a pronoun that names the speaker but stands for
	// no one the rules know stands, for the ranker; -1 when none.
	pronounAt int
	// pronounSex is the sex that pronoun says: the ranker's candidates
	// must not have the other.
	pronounSex names.Gender
}

// Extraction is what one article yields before its people are linked with
// those of other articles: its quotes and the people it names. It depends
// on that article alone, so a briefing rebuilt with more articles reuses
// the others'. It is never changed once made.
type Extraction struct {
	quotes   []rawQuote
	mentions []people.Naming
}

// Extract reads the quotes and the people of one article.
func Extract(a *text.Article) Extraction {
	if !a.IsEnglish() {
		// The rules read English: another language's quotation marks and
		// capitalised words would give titles as quotes and "Gli" as a
		// speaker.
		return Extraction{}
	}
	q, m := extractQuotes(a)
	for _, rq := range q {
		if len(rq.speaker.Name) > 0 {
			m = append(m, people.Mention{Ref: rq.speaker, Speaker: true, Strong: true}.Naming())
		}
	}
	return Extraction{q, m}
}

// Build extracts the quotes of every article and the people index, then
// names each quote's speaker by the index's canonical name and counts each
// person's quotes.
func Build(articles []text.Article) ([]Quote, *people.Index) {
	docs := make([]Extraction, len(articles))
	parallel.For(len(articles), func(i int) { docs[i] = Extract(&articles[i]) })
	return Link(articles, docs)
}

// Link builds the people index from the extractions of the articles, one
// per article in the same order, and names each quote's speaker by it.
func Link(articles []text.Article, docs []Extraction) ([]Quote, *people.Index) {
	// Names some article writes surname first ("Xi Jinping" ... "Xi
	// said") are read so in every article.
	namings := make([][]people.Naming, len(docs))
	for i := range docs {
		namings[i] = docs[i].mentions
	}
	surnameFirst := people.SurnameFirst(namings)
	// Each mention's surname is read once, on every core: the steps below
	// that run in order only look them up.
	surnames := make([][]string, len(docs))
	parallel.For(len(docs), func(i int) {
		ss := make([]string, len(docs[i].mentions))
		for j := range docs[i].mentions {
			m := docs[i].mentions[j]
			if len(m.Name) > 1 && surnameFirst != nil && names.IsEastAsianSurname(m.Name[0]) && surnameFirst[people.FormKey(m.Name)] {
				m.PutSurnameFirst()
			}
			ss[j] = m.Surname()
		}
		surnames[i] = ss
	})
	// Surnames that a title, role or speech verb marks as a person anywhere
	// let a bare surname elsewhere count as a mention.
	known := map[string]bool{}
	for i := range docs {
		for j, x := range docs[i].mentions {
			if x.Strong {
				known[surnames[i][j]] = true
			}
		}
	}
	kept := make([]people.DocMentions, len(articles))
	parallel.For(len(articles), func(i int) {
		d := people.DocMentions{Doc: articles[i].ID, Mentions: docs[i].mentions, Surnames: surnames[i], Kept: make([]int32, 0, len(docs[i].mentions)), Headline: articles[i].Title}
		for j := range docs[i].mentions {
			if docs[i].mentions[j].Strong || known[surnames[i][j]] {
				d.Kept = append(d.Kept, int32(j))
			}
		}
		kept[i] = d
	})
	ix := people.Build(kept)
	// Each article's quotes are named on every core, the index only read;
	// the people's counts of quotes are added up after, in order.
	byArticle := make([][]Quote, len(articles))
	parallel.For(len(articles), func(i int) {
		a := &articles[i]
		qs := make([]Quote, 0, len(docs[i].quotes))
		for _, rq := range docs[i].quotes {
			q := Quote{Text: rq.text, Doc: a.ID, Title: a.Title, URL: a.URL, Date: a.Date, Sentence: rq.sentence, Partial: rq.partial, Paragraph: rq.para, PersonID: -1}
			speaker := rq.speaker
			if len(speaker.Name) > 1 && surnameFirst != nil && names.IsEastAsianSurname(speaker.Name[0]) && surnameFirst[people.FormKey(speaker.Name)] {
				speaker.PutSurnameFirst()
			}
			id := ix.Lookup(a.ID, speaker)
			if id < 0 && rq.rolePhrase != "" {
				id = ix.ByRole(a.ID, rq.rolePhrase)
			}
			if rq.speaker.Mention != "" {
				q.SpeakerMention, q.MentionParagraph = rq.speaker.Mention, rq.speaker.MentionPara
			}
			if id >= 0 {
				q.PersonID = id
				q.Speaker = ix.People[id].NameIn(a.ID)
			} else if len(rq.speaker.Name) > 0 {
				q.Speaker = strings.Join(rq.speaker.Name, " ")
			} else if rq.speaker.Body != "" {
				q.Speaker, q.ByBody = rq.speaker.Body, true
			}
			qs = append(qs, q)
		}
		byArticle[i] = qs
	})
	total := 0
	for _, qs := range byArticle {
		total += len(qs)
	}
	var out []Quote
	if total > 0 {
		out = make([]Quote, 0, total)
	}
	for _, qs := range byArticle {
		for _, q := range qs {
			if q.PersonID >= 0 {
				ix.People[q.PersonID].Quotes++
			}
		}
		out = append(out, qs...)
	}
	return out, ix
}
