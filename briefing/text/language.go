package text

// englishSampleBytes is how much of a body is read to tell its language:
// enough for a steady share of function words, little enough to cost
// nothing beside the rest of the reading.
const englishSampleBytes = 800

// minEnglishShare is the least share of English function words among the
// words of an English body's first englishSampleBytes: on the 2,095 BBC
// and 924 PolNeAR articles it is at least 0.075 (a list of video titles),
// 0.12 but for that one; in the Italian and German pages among the saved
// web pages it is under 0.04.
const minEnglishShare = 0.05

// minJudgedWords is how many words a body needs for its language to be
// judged: a shorter one is taken for English.
const minJudgedWords = 30

// IsEnglish reports whether the article's body reads as English, by the
// share of English function words among its first words. The quote and
// name rules read English: another language's capitalised words ("Gli",
// "Unter") are no one's names.
func (a *Article) IsEnglish() bool {
	english, all := englishShare(a.Paragraphs)
	return all < minJudgedWords || float64(english) >= minEnglishShare*float64(all)
}

// englishShare counts, among the words (runs between spaces) of the body
// paragraphs' first englishSampleBytes, the English function words and
// all words. One pass of bytes, reading the article's own list rather than
// Body's copy of it: it is asked of every article.
func englishShare(paras []Paragraph) (english, all int) {
	read := 0
	for _, p := range paras {
		if p.Kind != Body {
			continue
		}
		s := p.Text
		for i := 0; i < len(s) && read < englishSampleBytes; {
			for i < len(s) && s[i] == ' ' {
				i++
			}
			j := i
			for j < len(s) && s[j] != ' ' {
				j++
			}
			if j > i {
				all++
				if j-i <= 5 && isFunctionWord(s[i:j]) {
					english++
				}
			}
			read += j - i + 1
			i = j
		}
	}
	return english, all
}

// isFunctionWord reports whether w, as written between spaces, is one of
// the commonest English function words, none longer than five bytes. It
// is asked of every word sampled: a word is looked up as the number its
// bytes spell, not compared as a string with each in turn.
func isFunctionWord(w string) bool {
	if len(w) > 5 {
		return false
	}
	return functionWords[spell(w)]
}

// spell packs a word of up to seven bytes into a number: its length in
// the top byte (so that a NUL byte first spells no other word), then one
// byte each.
func spell(w string) uint64 {
	k := uint64(len(w)) << 56
	for i := 0; i < len(w); i++ {
		k |= uint64(w[i]) << (8 * (len(w) - 1 - i))
	}
	return k
}

// functionWords holds the function words isFunctionWord knows, spelt.
var functionWords = func() map[uint64]bool {
	m := map[uint64]bool{}
	for _, w := range []string{"the", "of", "and", "to", "a", "an", "in", "is", "was", "that", "for", "on", "with",
		"he", "she", "it", "as", "at", "by", "his", "her", "said", "has", "have", "had",
		"are", "were", "be", "been", "this", "from", "but", "not", "will", "would", "they",
		"their", "who"} {
		m[spell(w)] = true
	}
	return m
}()
