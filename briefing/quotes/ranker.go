package quotes

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/text"
)

// The rules read a speaker only where the text says who spoke in a form
// they know. A quotation they leave without one goes to a ranker that
// weighs the people named around it (in its sentence, its paragraph, the
// two paragraphs before) and a "no one" alternative, by features such as
// distance, grammatical position and who spoke last. Its weights are learnt
// from the PolNeAR training split by ./train; see the README.

//go:generate go run ./train -corpus ../../../shared/corpus/polnear/train -gold ../../../shared/gold/polnear-train.json -out ranker.json

//go:embed ranker.json
var rankerJSON []byte

// Features of an alternative: the first four describe the "no one"
// alternative, the others a candidate speaker. Each is 0 or 1 unless said.
const (
	fNull             = iota // the alternative is no one
	fNullPartial             // ... and the quotation is a fragment in narrative
	fNullOnlyQuote           // ... and its paragraph is nothing but quotations
	fNullNoCue               // ... and its sentence has no speech verb
	fInSentence              // named in the quotation's sentence
	fBeforeInSentence        // ... before the quotation
	fAfterInSentence         // ... after it
	fSamePara                // named in the paragraph, another sentence
	fPrevPara                // named in the paragraph before
	fTwoBack                 // named two paragraphs back and not in the one before
	fSubject                 // a sentence's subject
	fSpeechSubject           // a speech verb follows the name
	fCueSentence             // subject of a speech or cue verb in the quotation's sentence
	fCuePara                 // ... in another sentence of the paragraph
	fCuePrev                 // ... in the paragraph before
	fPossessive              // "Sanders' email"
	fLastSpeaker             // spoke the latest attributed quotation, this or the paragraph before
	fMentions                // log(1 + times named so far)
	fNearestBefore           // the nearest name before the quotation
	fNearestAfter            // the nearest name after it
	fFullName                // two words or more
	fKnownFirstName          // a first name of known sex
	fTitleOrRole             // led by a title or role
	fAfterPreposition        // the object of a preposition
	fFirstInPara             // the paragraph's first name
	fDistance                // words between name and quotation / 20, at most 1
	fStrong                  // marked as a person by title, role or speech verb
	numFeatures
)

// featureNames name the features in ranker.json, so that a weight file and
// this code cannot silently disagree on their order.
var featureNames = [numFeatures]string{
	"null", "null_partial", "null_only_quote", "null_no_cue",
	"in_sentence", "before_in_sentence", "after_in_sentence", "same_paragraph",
	"previous_paragraph", "two_back", "subject", "speech_subject",
	"cue_sentence", "cue_paragraph", "cue_previous", "possessive",
	"last_speaker", "mentions", "nearest_before", "nearest_after",
	"full_name", "known_first_name", "title_or_role", "after_preposition",
	"first_in_paragraph", "distance", "strong",
}

// FeatureNames returns the names of the ranker's features, in the order of
// Candidate.Features.
func FeatureNames() []string { return featureNames[:] }

// RankerModel is the ranker's weight file.
type RankerModel struct {
	// Provenance says what the weights were learnt from and how well they
	// did there.
	Provenance string             `json:"provenance"`
	Weights    map[string]float64 `json:"weights"`
}

// rankerWeights are the weights of ranker.json in feature order.
// A feature the file has no weight for weighs nothing, so that the trainer
// can run before its first weights exist; a test holds the shipped file
// complete.
var rankerWeights = func() [numFeatures]float64 {
	w, _, err := parseRanker(rankerJSON)
	if err != nil {
		panic(err) // ranker.json is embedded: a bad file fails every test
	}
	return w
}()

// parseRanker reads a weight file; missing lists the features it has no
// weight for.
func parseRanker(data []byte) (w [numFeatures]float64, missing []string, err error) {
	var m RankerModel
	if err := json.Unmarshal(data, &m); err != nil {
		return w, nil, fmt.Errorf("read ranker weights: %w", err)
	}
	for i, name := range featureNames {
		v, ok := m.Weights[name]
		if !ok {
			missing = append(missing, name)
		}
		w[i] = v
	}
	return w, missing, nil
}

// features is one alternative's feature vector.
type features [numFeatures]float64

func (f *features) score() float64 {
	s := 0.0
	for i, v := range f {
		s += v * rankerWeights[i]
	}
	return s
}

// candidate is a person who may have spoken a quotation, and the mention
// nearest to it.
type candidate struct {
	ref      people.Ref
	mention  string
	para     int
	distance int
	f        features
}

// Example is one quotation the rules left without a speaker, with the
// alternatives the ranker weighs: the training view of the ranker.
type Example struct {
	Doc   string
	Quote string
	// Null holds the features of the "no one" alternative.
	Null []float64
	// Candidates are the people who may have spoken it.
	Candidates []Candidate
}

// Candidate is one person an Example may be attributed to.
type Candidate struct {
	Name     string
	Features []float64
}

// Examples runs the rules over the articles and returns every quotation
// they leave without a speaker, with its alternatives, in article order.
// ./train learns the ranker's weights from them.
func Examples(articles []text.Article) []Example {
	var out []Example
	for i := range articles {
		a := &articles[i]
		e := newExtractor()
		e.record = func(q string, null features, cs []candidate) {
			ex := Example{Doc: a.ID, Quote: q, Null: append([]float64(nil), null[:]...)}
			for _, c := range cs {
				ex.Candidates = append(ex.Candidates, Candidate{strings.Join(c.ref.Name, " "), append([]float64(nil), c.f[:]...)})
			}
			out = append(out, ex)
		}
		e.run(a)
	}
	return out
}

// guessSpeaker ranks the people around a quotation the rules could not
// attribute; ok is false when "no one" ranks first. When the text names the
// speaker by a pronoun at pronounAt (-1 when not), no one it names from
// there on is a candidate: `"...," he told Ann Lee` is not Lee's.
// No one of the other sex than that pronoun's, sex, is one either.
func (e *extractor) guessSpeaker(v paragraphView, q quoteSpan, partial bool, pronounAt int, sex names.Gender) (people.Ref, bool) {
	var null features
	null[fNull] = 1
	if partial {
		null[fNullPartial] = 1
	}
	if onlyQuotation(v.masked) {
		null[fNullOnlyQuote] = 1
	}
	qs, qe := sentenceAt(v.bounds, q.open)
	if qe == 0 {
		qs, qe = 0, len(v.text)
	}
	if !narrativeHasSpeechCue(v.masked[qs:qe]) {
		null[fNullNoCue] = 1
	}
	cs := e.candidates(v, q, qs, pronounAt)
	if sex != names.GenderUnknown {
		// "She said:" is no man's words, whoever is near.
		cs = slices.DeleteFunc(cs, func(c candidate) bool {
			g := e.st.genderOf(c.ref)
			return g != names.GenderUnknown && g != sex
		})
	}
	if e.record != nil {
		e.record(strings.TrimSpace(q.inner(v.text)), null, cs)
	}
	best, bestScore := -1, null.score()
	for i := range cs {
		if s := cs[i].f.score(); s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return people.Ref{}, false
	}
	ref := cs[best].ref
	ref.Mention, ref.MentionPara = cs[best].mention, cs[best].para
	return ref, true
}

// candidates gathers the people named around quotation q of paragraph v,
// whose sentence starts at qs, one per surname with the features of all
// their mentions; none named at or after until, unless it is -1.
func (e *extractor) candidates(v paragraphView, q quoteSpan, qs, until int) []candidate {
	var out []candidate
	byKey := map[string]int{}
	// add returns the candidate for ref, keeping the longest form of the
	// name and the mention nearest the quotation.
	add := func(ref people.Ref, mention string, para, distance int) *candidate {
		key := ref.Surname()
		if key == "" {
			return nil
		}
		i, ok := byKey[key]
		if !ok {
			i = len(out)
			byKey[key] = i
			out = append(out, candidate{ref: ref, mention: mention, para: para, distance: distance})
			out[i].f[fMentions] = 0
		}
		c := &out[i]
		if len(ref.Name) > len(c.ref.Name) {
			// A fuller name of the same surname: the one folded stands.
			c.ref.Name, c.ref.Title = ref.Name, ref.Title
		}
		if distance < c.distance {
			c.mention, c.para, c.distance = mention, para, distance
		}
		return c
	}
	set := func(c *candidate, f int) {
		if c != nil {
			c.f[f] = 1
		}
	}

	// The paragraph itself.
	m, runs := v.masked, v.runs
	nearestBefore, nearestAfter := -1, -1
	first := true
	for k, run := range runs {
		if strings.Contains(run.Text(), "_") || until >= 0 && run.Start >= until {
			continue
		}
		ref := refOf(m, run)
		if e.commonWord(ref) || qualifiesGroup(m[run.End:]) {
			continue // "Trump supporters chanted": no one of the group is named
		}
		var dist int
		switch {
		case run.End <= q.open:
			dist = text.WordCount(m[run.End:q.open])
		case run.Start >= q.end():
			dist = text.WordCount(m[q.end():run.Start])
		}
		c := add(ref, mentionOf(ref), v.index, dist)
		if c == nil {
			continue
		}
		ss, _ := sentenceAt(v.bounds, run.Start)
		if ss == qs {
			set(c, fInSentence)
			if run.End <= q.open {
				set(c, fBeforeInSentence)
			} else {
				set(c, fAfterInSentence)
			}
		} else {
			set(c, fSamePara)
		}
		if first {
			set(c, fFirstInPara)
			first = false
		}
		if isSubject(v, runs, k) {
			set(c, fSubject)
		}
		if isSpeechSubject(m, run.End) {
			set(c, fSpeechSubject)
		}
		if run.Possessive {
			set(c, fPossessive)
		}
		if afterPreposition(m, run.Start) {
			set(c, fAfterPreposition)
		}
		if len(run.Name) >= 2 {
			set(c, fFullName)
			if names.FirstNameGender(run.Name[0]) != names.GenderUnknown {
				set(c, fKnownFirstName)
			}
		}
		if _, role := names.PrecededByRole(m, run.Start); role || len(run.Title) > 0 {
			set(c, fTitleOrRole)
		}
		if run.Strong || e.known[ref.Surname()] {
			set(c, fStrong)
		}
		if run.End <= q.open {
			nearestBefore = byKey[ref.Surname()]
		} else if run.Start >= q.end() && nearestAfter < 0 {
			nearestAfter = byKey[ref.Surname()]
		}
	}
	if nearestBefore >= 0 {
		out[nearestBefore].f[fNearestBefore] = 1
	}
	if nearestAfter >= 0 {
		out[nearestAfter].f[fNearestAfter] = 1
	}

	// The two paragraphs before.
	for i := len(e.st.events) - 1; i >= 0; i-- {
		ev := e.st.events[i]
		d := v.index - ev.Para
		if d <= 0 {
			continue
		}
		if d > 2 {
			break
		}
		if len(ev.Ref.Name) == 0 {
			continue
		}
		c := add(ev.Ref, mentionOf(ev.Ref), ev.Para, 1000*d)
		// Only the nearer paragraph counts: a person named in both is
		// no less likely the speaker than one named only in the nearer.
		if d == 1 {
			set(c, fPrevPara)
		} else if c != nil && c.f[fPrevPara] == 0 {
			set(c, fTwoBack)
		}
		if ev.Subject {
			set(c, fSubject)
		}
		if ev.Speaker {
			set(c, fSpeechSubject)
		}
	}

	// Who the narrative says spoke, here and in the paragraph before.
	e.cueSubjects(v, func(ref people.Ref, mention string, ss int) {
		c := add(ref, mention, v.index, 500)
		if ss == qs {
			set(c, fCueSentence)
		} else {
			set(c, fCuePara)
		}
	})
	if e.prev.text != "" && v.index-e.prev.index <= 2 {
		e.cueSubjects(e.prev, func(ref people.Ref, mention string, _ int) {
			set(add(ref, mention, e.prev.index, 1500), fCuePrev)
		})
	}
	if !e.last.IsZero() && e.lastPara >= e.bodyPara-1 {
		set(add(e.last, e.last.Mention, e.last.MentionPara, 2000), fLastSpeaker)
	}

	counts := map[string]int{}
	for i := range e.mentions {
		counts[e.mentions[i].Surname()]++
	}
	for i := range out {
		c := &out[i]
		c.f[fMentions] = math.Log1p(float64(counts[c.ref.Surname()]))
		if c.distance < 1000 {
			c.f[fDistance] = math.Min(1, float64(c.distance)/20)
		} else {
			c.f[fDistance] = 1
		}
	}
	return out
}

// cueSubjects calls found with each person a sentence of v says spoke (the
// subject of a speech or cue verb, a pronoun or role resolved), and the
// start of that sentence.
func (e *extractor) cueSubjects(v paragraphView, found func(ref people.Ref, mention string, sentenceStart int)) {
	for _, b := range v.bounds {
		s := v.masked[b[0]:b[1]]
		ref, ok := speakerBefore(s)
		if !ok || ref.Nobody {
			continue
		}
		mention := mentionOf(ref)
		switch {
		case ref.Pronoun != "":
			ref, ok = e.st.resolvePronoun(ref.Pronoun, v.index, b[0])
		case ref.RolePhrase != "":
			ref, ok = e.st.resolveRole(ref.RolePhrase)
		}
		if ok && len(ref.Name) > 0 && !e.commonWord(ref) {
			found(ref, mention, b[0])
		}
	}
}
