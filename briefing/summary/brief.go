package summary

import (
	"math"
	"slices"
	"sort"

	"github.com/briefbot/briefbot/briefing/text"
)

// makeBrief writes the brief over the given stories (all when nil),
// preferring sentences a topic filter keeps when one is given.
func (b *Summaries) makeBrief(topic string, keep func(s string) bool) Brief {
	br := Brief{Topic: topic}
	budget := maxBriefWords
	stories := b.stories
	if keep != nil {
		stories = b.aboutFirst(keep)
	}
	picked := make([][]sentence, len(stories))
	vecs := sentenceVectors{idf: b.idf}
	var used []text.Vector
	// Round one gives each story its best sentences, round two adds more
	// while the budget lasts; no fact twice across the whole brief.
	for round, quota := range []int{2, 4} {
		for si := range stories {
			st := &stories[si]
			if round == 0 && budget < 40 {
				break
			}
			for len(picked[si]) < quota {
				if st.shortest < 0 || st.shortest > budget {
					// Whatever would be picked could not fit: the search
					// would end here anyway.
					break
				}
				s, ok := b.nextSentence(st, picked[si], used, keep, &vecs)
				if !ok || int(s.words) > budget {
					break
				}
				picked[si] = append(picked[si], s)
				used = append(used, vecs.of(s))
				budget -= int(s.words)
			}
		}
	}
	for si := range stories {
		if len(picked[si]) == 0 {
			continue
		}
		st := stories[si]
		ss := picked[si]
		artDates := b.effDates
		// Told in order: older articles first, then by position.
		sort.SliceStable(ss, func(i, j int) bool {
			di, dj := artDates[ss[i].art], artDates[ss[j].art]
			if c := di.Compare(dj); c != 0 && !di.IsZero() && !dj.IsZero() {
				return c < 0
			}
			if ss[i].art != ss[j].art {
				return ss[i].art < ss[j].art
			}
			return ss[i].pos < ss[j].pos
		})
		st.Summary = nil
		for _, s := range ss {
			st.Summary = append(st.Summary, s.text)
			br.Summary = append(br.Summary, s.text)
		}
		br.Stories = append(br.Stories, st)
	}
	for ai, a := range b.articles {
		if keep != nil && !ArticleKept(&a, keep) {
			continue
		}
		br.Articles = append(br.Articles, ArticleSummary{Doc: a.ID, Title: a.Title, URL: a.URL, Outlet: a.Outlet, Author: a.Author, Date: a.Date, DateInferred: a.DateInferred, Summary: b.summaries[ai], Corrections: b.corrections(&a), Hash: a.Hash, AlsoIn: b.alsoIn[a.ID]})
	}
	return br
}

// aboutFirst returns the stories with an article keep accepts (its title
// or a paragraph of its story), in three kinds, each newest first: those
// whose articles' headlines are about it, then those with at least
// aboutParagraphs of their paragraphs about it, then those that only
// mention it. Over a large folder most stories that name a person name
// them in passing, and those would fill the brief.
func (b *Summaries) aboutFirst(keep func(string) bool) []Story {
	var kinds [3][]Story
	for _, st := range b.stories {
		if k := b.aboutness(&st, keep); k < len(kinds) {
			kinds[k] = append(kinds[k], st)
		}
	}
	return slices.Concat(kinds[0], kinds[1], kinds[2])
}

// aboutParagraphs is how many paragraphs of a story's articles must be
// about a topic, headlines aside, for the story to be.
const aboutParagraphs = 3

// aboutness is a story's kind for aboutFirst: 0 when a headline of its
// articles is about what keep accepts, 1 when aboutParagraphs paragraphs
// are, 2 when fewer are, 3 when none is (the story is left out).
func (b *Summaries) aboutness(st *Story, keep func(string) bool) int {
	for _, ai := range st.docs {
		if keep(b.articles[ai].Title) {
			return 0
		}
	}
	n := 0
	for _, ai := range st.docs {
		for _, p := range b.articles[ai].Body() {
			if keep(p.Text) {
				if n++; n >= aboutParagraphs {
					return 1
				}
			}
		}
	}
	if n > 0 {
		return 2
	}
	return 3
}

// ArticleKept reports whether keep accepts the article's title or a
// paragraph of its story.
func ArticleKept(a *text.Article, keep func(string) bool) bool {
	if keep(a.Title) {
		return true
	}
	for _, p := range a.Body() {
		if keep(p.Text) {
			return true
		}
	}
	return false
}

// nextSentence picks the story sentence with the best marginal relevance:
// its own rank and closeness to the story, less its likeness to what the
// brief already says. A near repeat is never picked.
func (b *Summaries) nextSentence(st *Story, picked []sentence, used []text.Vector, keep func(string) bool, vecs *sentenceVectors) (sentence, bool) {
	const lambda = 0.7
	best, bestScore := sentence{}, math.Inf(-1)
	centroid, newest := st.centroid, st.newest
	for _, ai := range st.docs {
		for _, s := range b.sentences[ai] {
			if !briefable(s) {
				continue
			}
			if keep != nil && !keep(s.text) {
				continue
			}
			dup := false
			maxSim := 0.0
			vec := vecs.of(s)
			for _, u := range used {
				c := text.Cosine(vec, u)
				if c > 0.5 {
					dup = true
				}
				maxSim = math.Max(maxSim, c)
			}
			for _, p := range picked {
				if p.text == s.text {
					dup = true
				}
			}
			if dup {
				continue
			}
			rel := 0.6*s.score + 0.4*text.Cosine(vec, centroid)
			if ai == newest && len(st.docs) > 1 && len(picked) > 0 && !pickedFrom(picked, newest) {
				// The latest development belongs in the brief.
				rel += 0.3
			}
			mmr := lambda*rel - (1-lambda)*maxSim
			if mmr > bestScore {
				best, bestScore = s, mmr
			}
		}
	}
	return best, !math.IsInf(bestScore, -1)
}

// sentenceVectors gives the vectors of the sentences one brief reads,
// each weighed once.
type sentenceVectors struct {
	idf  text.IDF
	made map[[2]int32]text.Vector // by article and position
}

// of returns the vector of the sentence.
func (vs *sentenceVectors) of(s sentence) text.Vector {
	k := [2]int32{s.art, s.pos}
	v, ok := vs.made[k]
	if !ok {
		if vs.made == nil {
			vs.made = map[[2]int32]text.Vector{}
		}
		v = vs.idf.VectorOf(s.terms)
		vs.made[k] = v
	}
	return v
}

// briefable reports whether the brief may take a sentence at all: one
// ranked well enough and long enough to say something alone.
func briefable(s sentence) bool { return !(s.score < 0.2 || s.words < 8) }

func pickedFrom(ps []sentence, ai int) bool {
	for _, p := range ps {
		if int(p.art) == ai {
			return true
		}
	}
	return false
}

// Brief returns the brief over all articles.
func (b *Summaries) Brief() Brief { return b.brief }

// Narrowed writes the brief of what keep accepts: stories with an article it
// keeps, and their sentences it keeps first. Label names the topic.
func (b *Summaries) Narrowed(label string, keep func(s string) bool) Brief {
	return b.makeBrief(label, keep)
}

// Stories returns the stories, newest first.
func (b *Summaries) Stories() []Story { return b.stories }
