package text

import "regexp"

// SpeechVerbs is the alternation of the verbs and phrases that report
// speech, for regular expressions: "said", "told", "was quoted", "according
// to". Cleaning uses it to tell a line that introduces a quotation; the
// quote stage builds its attribution patterns from it.
const SpeechVerbs = `said|says|say|told|tells|added|adds|asked|replied|replies|answered|explained|explains|noted|notes|stated|declared|insisted|insists|warned|warns|argued|argues|claimed|claims|admitted|admits|acknowledged|suggested|suggests|wrote|writes|continued|concluded|recalled|remarked|commented|observed|announced|confirmed|stressed|emphasised|emphasized|underscored|underlined|conceded|complained|tweeted|cautioned|predicted|promised|vowed|urged|maintained|countered|responded|joked|quipped|reiterated|revealed|disclosed|boasted|lamented|shouted|pointed out|went on|was quoted|was cited|is quoted|were quoted|mused|opined|fumed|charged|interjected|proclaimed|recounted|recalls|remembered|testified|posted|posts|tweets|texted|emailed|retorted|pleaded|exclaimed|yelled|screamed|whispered|muttered|bragged|touted|alleged|asserted|contended|objected|speculated|wondered|chimed in|shot back|fired back|reflected|summed up|reported|reports|asks|said|saying|adding|telling|insisting|warning|arguing|claiming|explaining|noting|stressing|declaring|replying|according to`

var speechVerbRe = regexp.MustCompile(`\b(?:` + SpeechVerbs + `)\b`)

// hasSpeechVerb reports whether s holds a speech verb.
func hasSpeechVerb(s string) bool { return speechVerbRe.MatchString(s) }
