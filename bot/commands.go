package bot

import (
	"cmp"
	"fmt"
	"strings"

	"github.com/briefbot/briefbot/briefing"
)

func (b *Bot) source(doc string) Source {
	a, ok := b.briefer.Article(doc)
	if !ok {
		return Source{Doc: doc, Title: doc}
	}
	return sourceOf(a.ID, a.Title, a.URL, a.Outlet, a.Date)
}

func sourceOf(doc, title, url, outlet string, d briefing.Date) Source {
	s := Source{Doc: doc, Title: title, URL: url, Outlet: outlet}
	if !d.IsZero() {
		s.Date = d.Human()
	}
	return s
}

func (b *Bot) quote(q briefing.Quote) Quote {
	return quoteOf(q, b.source(q.Doc))
}

// shortQuoteWords is the length under which a partial quotation is shown
// in its sentence.
const shortQuoteWords = 6

// quoteOf turns a quote of the briefing into a reply's quote.
func quoteOf(q briefing.Quote, src Source) Quote {
	out := Quote{Text: q.Text, Speaker: q.Speaker, Source: src}
	if q.Partial && len(strings.Fields(q.Text)) < shortQuoteWords && q.Sentence != "" {
		out.Context = q.Sentence
	}
	if q.SpeakerMention != "" {
		out.ReadFrom = fmt.Sprintf("'%s' in paragraph %d", q.SpeakerMention, q.MentionParagraph+1)
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// topicMiss answers a topic that matched nothing, with the people it might
// have meant.
func topicMiss(cmd string, t briefing.Topic) Reply {
	r := Reply{Kind: NotFound, Title: fmt.Sprintf("Nothing about %q", t.Query), Text: "No article mentions it."}
	if len(t.Resolution.Candidates) > 0 {
		return didYouMean(cmd, t.Query, t.Resolution.Candidates)
	}
	if names := names(t.Resolution.Suggestions); names != "" {
		r.Text += " Closest names: " + names + "."
	}
	return r
}

func names(ps []briefing.Person) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return strings.Join(out, ", ")
}

func didYouMean(cmd, query string, cands []briefing.Person) Reply {
	r := Reply{Kind: DidYouMean, Title: fmt.Sprintf("%q could be more than one person", query), Text: "Did you mean:"}
	var items []Item
	for _, p := range cands {
		items = append(items, Item{Label: p.Name, Text: fmt.Sprintf("/%s %s", cmd, p.Name)})
	}
	r.Sections = []Section{{Items: items}}
	return r
}

func (b *Bot) brief(req Request) Reply {
	args := req.Args
	br, t := b.briefer.Brief(args)
	if !t.Found || len(br.Stories) == 0 {
		if args == "" {
			return Reply{Kind: NotFound, Title: "Nothing to brief", Text: "No articles are loaded."}
		}
		return topicMiss("brief", t)
	}
	title := "Briefing"
	if args != "" {
		title = "Briefing: " + t.Label
	}
	return briefReply(br, title, "Narrow it with /brief <person or word>, e.g. /brief "+exampleTopic(br))
}

// briefReply renders a brief: one section per story with its summary,
// latest development, corrections, key quotes and sources.
func briefReply(br briefing.Brief, title, hint string) Reply {
	r := Reply{Kind: Answer, Title: title, Hint: hint}
	nArticles := 0
	for _, st := range br.Stories {
		sec := Section{Heading: st.Headline, Text: strings.Join(st.Summary, " ")}
		if st.Latest != "" && !containsString(st.Summary, st.Latest) {
			sec.Text += " Latest: " + st.Latest
		}
		for _, c := range st.Corrections {
			sec.Text += " " + c
		}
		for _, q := range st.Quotes {
			sec.Quotes = append(sec.Quotes, quoteOf(q, sourceOf(q.Doc, q.Title, q.URL, articleOutlet(br, q.Doc), q.Date)))
		}
		for _, s := range st.Sources {
			src := sourceOf(s.Doc, s.Title, s.URL, s.Outlet, s.Date)
			for _, c := range s.AlsoIn {
				src.AlsoIn = append(src.AlsoIn, cmp.Or(c.Outlet, c.Doc))
			}
			sec.Sources = append(sec.Sources, src)
		}
		nArticles += len(st.Sources)
		r.Sections = append(r.Sections, sec)
	}
	r.Footer = fmt.Sprintf("%s from %s", plural(len(br.Stories), "story", "stories"), plural(nArticles, "article", "articles"))
	return r
}

func articleOutlet(br briefing.Brief, doc string) string {
	for _, a := range br.Articles {
		if a.Doc == doc {
			return a.Outlet
		}
	}
	return ""
}

func exampleTopic(br briefing.Brief) string {
	for _, st := range br.Stories {
		for _, q := range st.Quotes {
			if f := strings.Fields(q.Speaker); len(f) > 0 {
				return strings.ToLower(f[len(f)-1])
			}
		}
	}
	return "summit"
}

func containsString(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func (b *Bot) whoSaid(req Request) Reply {
	args := req.Args
	if strings.TrimSpace(args) == "" {
		return b.usage("who-said")
	}
	res, quotes := b.briefer.WhoSaid(args)
	switch {
	case len(res.Candidates) > 0 && len(quotes) > 0:
		return b.sharedName(args, res.Candidates, quotes)
	case len(res.Candidates) > 0:
		return didYouMean("who-said", args, res.Candidates)
	case res.Person == nil:
		r := Reply{Kind: NotFound, Title: fmt.Sprintf("Nobody called %q", args), Text: "No one of that name is in the articles."}
		if n := names(res.Suggestions); n != "" {
			r.Text += " Closest names: " + n + "."
		}
		return r
	}
	p := res.Person
	r := Reply{Kind: Answer, Title: fmt.Sprintf("Who said: %s", p.Name), Hint: "Narrow it with /timeline " + strings.ToLower(p.Name)}
	if len(p.Roles) > 0 {
		r.Text = strings.Join(p.Roles, "; ")
	}
	if len(quotes) == 0 {
		r.Text = strings.TrimSpace(r.Text + fmt.Sprintf(" %s is named in %s but not quoted.", p.Name, plural(len(p.Docs), "article", "articles")))
		return r
	}
	sec := Section{}
	for _, q := range quotes {
		sec.Quotes = append(sec.Quotes, b.quote(q))
	}
	r.Sections = []Section{sec}
	r.Footer = quotesFooter(quotes)
	return r
}

// sharedName answers a name several quoted people share with the quotes of
// each under their name: two Kings asked about are both shown, and the
// full name asks for one.
func (b *Bot) sharedName(query string, people []briefing.Person, quotes []briefing.Quote) Reply {
	var named []string
	for _, p := range people {
		named = append(named, p.Name)
	}
	r := Reply{
		Kind:  Answer,
		Title: fmt.Sprintf("Who said: %q, %d people", query, len(people)),
		Text:  fmt.Sprintf("%q could be %s: the quotes of each follow.", query, orList(named)),
		Hint:  "Ask for one with /who-said " + people[0].Name,
	}
	for _, p := range people {
		sec := Section{Heading: p.Name, Text: strings.Join(p.Roles, "; ")}
		for _, q := range quotes {
			if q.PersonID == p.ID {
				sec.Quotes = append(sec.Quotes, b.quote(q))
			}
		}
		r.Sections = append(r.Sections, sec)
	}
	r.Footer = quotesFooter(quotes)
	return r
}

// orList joins names as a sentence does: "A", "A or B", "A, B or C".
func orList(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}

// quotesFooter counts a who-said answer's quotes and their articles.
func quotesFooter(quotes []briefing.Quote) string {
	return fmt.Sprintf("%s in %s", plural(len(quotes), "quote", "quotes"), plural(countDocs(quotes), "article", "articles"))
}

func countDocs(qs []briefing.Quote) int {
	seen := map[string]bool{}
	for _, q := range qs {
		seen[q.Doc] = true
	}
	return len(seen)
}

func (b *Bot) timeline(req Request) Reply {
	args := req.Args
	evs, t := b.briefer.Timeline(args)
	if !t.Found {
		return topicMiss("timeline", t)
	}
	total := len(evs)
	if !req.All {
		evs = briefing.KeyEvents(evs, briefing.KeyEventCount)
	}
	title := "Timeline"
	if args != "" {
		title = "Timeline: " + t.Label
	}
	if len(evs) == 0 {
		return Reply{Kind: NotFound, Title: title, Text: "No dated events found."}
	}
	r := Reply{Kind: Answer, Title: title, Hint: "Narrow it with /timeline <person or word>"}
	var dated, undated []Item
	for _, ev := range evs {
		it := Item{Text: ev.Text}
		for _, d := range ev.Docs {
			it.Sources = append(it.Sources, b.source(d))
		}
		if ev.Date.IsZero() {
			undated = append(undated, it)
			continue
		}
		it.Label = ev.Date.Human()
		dated = append(dated, it)
	}
	if len(dated) > 0 {
		r.Sections = append(r.Sections, Section{Items: dated})
	}
	if len(undated) > 0 {
		r.Sections = append(r.Sections, Section{Heading: "Undated", Items: undated})
	}
	r.Footer = fmt.Sprintf("%s, %d dated", plural(len(evs), "event", "events"), len(dated))
	if len(evs) < total {
		// A reader wants the key events; a topic narrows to the rest.
		r.Footer = fmt.Sprintf("%d key events of %d, %d dated", len(evs), total, len(dated))
	}
	return r
}

func (b *Bot) names(Request) Reply {
	people := b.briefer.People()
	if len(people) == 0 {
		return Reply{Kind: NotFound, Title: "No people found"}
	}
	r := Reply{Kind: Answer, Title: "People in the articles", Hint: "Ask /who-said <name> for one person's quotes"}
	var items []Item
	for _, p := range people {
		text := "also: " + strings.Join(otherAliases(p), ", ")
		if len(p.Roles) > 0 {
			text = strings.Join(p.Roles, "; ") + " — " + text
		}
		text += fmt.Sprintf(" (%s, %s)", plural(p.Quotes, "quote", "quotes"), plural(len(p.Docs), "article", "articles"))
		items = append(items, Item{Label: p.Name, Text: text})
	}
	r.Sections = []Section{{Items: items}}
	r.Footer = plural(len(people), "person", "people")
	return r
}

func otherAliases(p briefing.Person) []string {
	var out []string
	for _, a := range p.Aliases {
		if a != p.Name {
			out = append(out, a)
		}
	}
	return out
}

func (b *Bot) quotes(Request) Reply {
	qs := b.briefer.Quotes()
	if len(qs) == 0 {
		return Reply{Kind: NotFound, Title: "No quotes found"}
	}
	r := Reply{Kind: Answer, Title: "Quotes", Hint: "Ask /who-said <name> for one person's quotes"}
	sec := Section{}
	for _, q := range qs {
		sec.Quotes = append(sec.Quotes, b.quote(q))
	}
	r.Sections = []Section{sec}
	r.Footer = plural(len(qs), "quote", "quotes")
	return r
}
