package names

import (
	_ "embed"
	"strings"
)

// Common English given names whose bearers are overwhelmingly of one sex,
// so that "she said" is not read as a Michael's words. Names given to both
// (Jordan, Taylor, Leslie, Kim...) are left out: the text must say.
var (
	maleFirstNames   = set(`aaron adam adrian al alan albert alex alexander alfred allen andrew andy angelo anthony antonio arnold arthur austin barry ben benjamin bernard bernie bill billy bob bobby boris brad bradley brandon brent brett brian bruce bryan byron calvin carl carlos chad charles charlie chris christopher chuck clarence claude clifford clint colin craig dale dan daniel danny darrell dave david dean dennis derek dick dmitry doug douglas duncan dustin earl ed eddie edgar edward edwin elijah elliot emanuel emmanuel eric ernest eugene evan felix fernando francis francisco frank franklin fred frederick gabriel gary gene geoff geoffrey george gerald gerard glenn gordon graham greg gregory guy hank harold harry harvey hector henry herbert howard hugh ian isaac ivan jack jacob jake james jamie jared jason jay jeb jeff jeffrey jeremy jerome jerry jesse jim jimmy joe joel john johnny jon jonathan jorge jose joseph josh joshua juan julian justin karl keith ken kenneth kevin kurt kyle lamar lance larry lawrence lee leo leon leonard lewis lindsey lloyd louis luis luke malcolm marc marco mario mark marshall martin marvin matt matthew maurice max michael miguel mike mitch mitchell mitt nathan neil newt nicholas nick nigel noah norman oliver omar oscar owen patrick paul pedro pete peter phil philip rafael ralph randy ray raymond reince rex richard rick ricky rob robert roberto roger roland ron ronald roy rudy rupert russell ryan sam samuel scott sean sergei sergey seth shane sidney simon stan stanley stephen steve steven stuart ted terry theodore thomas tim timothy todd tom tommy tony travis trent troy vernon victor vincent vladimir walter warren wayne wesley william willie yuri zach zachary`)
	femaleFirstNames = set(`abby abigail ada adriana agnes alice alicia alison allison alyssa amanda amber amy ana andrea angela angelina angie anita ann anna anne annie april barbara becky betsy betty beverly bonnie brenda brittany brooke candace carla carly carmen carol caroline carolyn catherine cathy charlotte cheryl christina christine cindy claire clara claudia colleen connie courtney crystal cynthia daisy dana daniela danielle darlene dawn debbie deborah debra denise diana diane dianne donna doris dorothy edith eileen elaine eleanor elena elisabeth elizabeth ella ellen emily emma erica erin esther eva evelyn fiona florence frances gail gina gloria grace gwen hannah harriet hazel heather heidi helen hillary holly ida irene iris isabel isabella ivanka jackie jacqueline jane janet janice jean jeanne jennifer jenny jessica jill joan joann joanne josephine joy joyce judith judy julia julie june karen kate katherine kathleen kathryn kathy katie kayla kelly kirsten kristen kristin laura lauren leah linda lisa lois loretta lori louise lucy lydia lynn madeleine madeline maggie marcia margaret maria marie marilyn marion marsha martha mary maureen megan megyn melania melanie melissa michele michelle mildred miriam molly monica nancy naomi natalie nicole nikki nina nora norma olivia pam pamela patricia patty paula pauline peggy penny phyllis rachel rebecca regina rita roberta rosa rose rosemary ruth sally samantha sandra sara sarah sharon sheila shirley silvia sonia sophia stacey stacy stephanie sue susan susana suzanne sylvia tamara tammy tanya teresa theresa tina tracy valerie vanessa veronica victoria virginia wanda wendy yvonne zoe`)
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// FirstNameGender is the sex a given name says, or GenderUnknown.
func FirstNameGender(first string) Gender {
	switch l := Fold(first); {
	case maleFirstNames[l]:
		return Male
	case femaleFirstNames[l]:
		return Female
	}
	return GenderUnknown
}

//go:generate go run ./gen -corpus ../../../shared/corpus/bbc -out commonwords.txt

//go:embed commonwords.txt
var commonWordsFile string

// commonWords are English words written in lower case far more often than
// capitalised mid-sentence, counted over a news corpus (see gen).
var commonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(commonWordsFile, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}()

// IsCommonWord reports whether a lower-case word is an ordinary English
// word that news text capitalises only to open a sentence or a name of a
// thing ("Several", "Head Start"), so that alone it is no one's name.
func IsCommonWord(l string) bool { return commonWords[l] }
