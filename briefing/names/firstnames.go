package names

import (
	_ "embed"
	"strings"

	"github.com/briefbot/briefbot/briefing/text"
)

// Common English given names whose bearers are overwhelmingly of one sex,
// so that "she said" is not read as a Michael's words. Names given to both
// (Jordan, Taylor, Leslie, Kim...) are left out: the text must say.
var (
	maleFirstNames   = set(`aaron abraham adam adrian ahmed al alan albert alex alexander alfred allen alvin andre andrew andy angelo angus anthony antonio archie arnold arthur arturo austin barack barney barry ben benjamin bernard bernie bert bill billy blake bob bobby boris boyd brad bradley brandon brendan brent brett brian bruce bruno bryan burt byron caleb calvin carl carlos carlton cecil cesar chad charles charlie chester chris christian christopher chuck clarence claude clay clayton cliff clifford clint clyde cody colin connor conor cornelius cory craig curtis cyrus dale damian damon dan daniel danny darrell darren darryl dave david dean declan dennis derek desmond devin dewey dick dmitry dominic don donald donnie doug douglas duncan dustin dwight dylan earl ed eddie edgar edmund edward edwin eli elias elijah elliot elliott elmer elvis emanuel emil emilio emmanuel enrique eric ernest ernesto ethan eugene evan everett ezra felipe felix fernando floyd forrest francis francisco frank franklin fred frederick gabriel gary gavin gene geoff geoffrey george gerald gerard gilbert giuseppe glen glenn gordon graham greg gregory grover gustavo guy hal hank hans harlan harold harrison harry harvey hassan hector heinrich henry herbert herman homer horace howard hubert hugh hugo hussein ian ibrahim ignacio irving isaac isaiah ivan jack jacob jacques jaime jake james jamie jared jason javier jay jeb jeff jeffrey jeremiah jeremy jermaine jerome jerry jesse jim jimmy joaquin joe joel joey johan john johnny jon jonah jonathan jorge jose joseph josh joshua juan jules julian julio julius justin kareem karl keith kelvin ken kenneth kent kevin kirk klaus kurt kyle lamar lance larry lars lawrence lee lenny leo leon leonard leroy lester lewis liam lincoln lindsey lionel lloyd lonnie lorenzo lou louis lucas luis luke luther lyndon mack malcolm manuel marc marco marcus mario mark marlon marshall martin marty marvin mathew matt matthew maurice max maxwell mel melvin micah michael mick mickey miguel mike miles milton mitch mitchell mitt mohammad mohammed muhammad mustafa nathan ned neil nelson neville newt nicholas nick nigel noah nolan norbert norman oliver omar orrin oscar otis otto owen pablo patrick paul pedro percy perry pete peter phil philip pierre preston quentin rafael rahm ralph ramon rand randall randolph randy raul ray raymond reggie reginald reince reuben rex ricardo richard rick ricky rob robert roberto rocco rod roderick rodney roger roland ron ronald roy rudolph rudy rufus rupert russell ryan salvador sam sammy samuel santiago saul scott sean sebastian sergei sergey sergio seth shane sheldon sherman sidney silas simon spencer stan stanley stefan stephen sterling steve steven stu stuart sylvester ted terrence terry thaddeus theodore thomas tim timothy tobias toby todd tom tommy tony travis trent trevor troy tyrone ulysses vance vernon victor vince vincent virgil vladimir wade wallace walt walter warren wayne wendell wesley wilbur wilfred willard william willie winston woodrow wyatt xavier yuri zach zachary zack zeke`)
	femaleFirstNames = set(`abby abigail ada adele adriana agatha agnes aileen alexandra alice alicia alison allison alma alyssa amanda amber amelia amy ana andrea angela angelina angie anita ann anna anne annette annie antoinette april ariana arlene audrey ava barbara barbra becky bernadette beth bethany betsy betty beverly bianca blanche bonnie brenda bridget brigitte brittany brooke camilla candace candice carla carly carmen carol caroline carolyn carrie cassandra catherine cathy cecilia celeste celia charlotte chelsea cherie cheryl christina christine christy cindy claire clara clare claudette claudia colleen condoleezza connie cora corinne courtney crystal cynthia daisy dana daniela danielle daphne darlene dawn debbie deborah debra deirdre delia della denise desiree diana diane dianne dolores donna dora doris dorothy edith edna eileen elaine eleanor elena elisa elisabeth eliza elizabeth ella ellen elsa elsie emilia emily emma erica erika erin estelle esther ethel eugenia eunice eva evelyn faith fatima felicia fiona flora florence frances francesca freda gabriela gabrielle gail genevieve georgia geraldine gillian gina ginger giselle gladys gloria grace greta gretchen gwen gwendolyn hannah harriet hattie hazel heather heidi helen helena henrietta hilary hilda hillary holly huma ida imogen ingrid irene iris irma isabel isabella isabelle ivanka jackie jacqueline jane janet janice jasmine jean jeanette jeanine jeanne jeannie jenna jennifer jenny jessica jill joan joann joanna joanne jocelyn jodi johanna jolene josephine joy joyce juanita judi judith judy julia julianne julie juliet june justine kamala kara karen karin kate katharine katherine kathleen kathryn kathy katie katrina kay kayla kelly kellyanne kirsten kristen kristin kristina kristine laura lauren laurie leah leila lena leticia lila lillian lily linda lisa lois lola loretta lori lorraine louise lucia lucille lucy luisa lydia lynn mabel madeleine madeline madonna mae magdalena maggie mandy marcella marcia margaret margarita margo maria maribel marie marilyn marina marion marjorie marla marlene marsha martha martina mary maureen maxine megan meghan megyn melania melanie melinda melissa melody meredith mia michaela michele michelle mildred millie mindy minnie miriam molly monica myra nadia nadine nancy naomi natalie natasha nell nellie nichole nicole nikki nina nora noreen norma olga olivia paige pam pamela patricia patsy patty paula pauline pearl peggy penny petra philippa phyllis polly priscilla rachael rachel ramona raquel rebecca rebekah regina renee rhonda rita roberta rosa rosalind rosalyn rose rosemary roxanne ruby ruth sabrina sadie sally samantha sandra sara sarah selena serena sharon sheila sheryl shirley silvia simone sonia sonya sophia stacey stacy stella stephanie sue susan susana susanna susie suzanne sylvia tabitha tamara tammy tanya tara teresa tess thelma theresa tina tonya tracy trisha tulsi ursula valerie vanessa vera veronica vicki vicky victoria viola violet virginia vivian wanda wendy wilma winifred yolanda yvette yvonne zelda zoe`)
)

func set(words string) *text.WordSet { return text.NewWordSet(strings.Fields(words)...) }

// FirstNameGender is the sex a given name says, or GenderUnknown.
func FirstNameGender(first string) Gender {
	switch l := Fold(first); {
	case maleFirstNames.Has(l):
		return Male
	case femaleFirstNames.Has(l):
		return Female
	}
	return GenderUnknown
}

//go:generate go run ./gen -corpus ../../../shared/corpus/bbc -out commonwords.txt

//go:embed commonwords.txt
var commonWordsFile string

// commonWords are English words written in lower case far more often than
// capitalised mid-sentence, counted over a news corpus (see gen).
var commonWords = func() *text.WordSet {
	var words []string
	for _, l := range strings.Split(commonWordsFile, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			words = append(words, l)
		}
	}
	return text.NewWordSet(words...)
}()

// IsCommonWord reports whether a lower-case word is an ordinary English
// word that news text capitalises only to open a sentence or a name of a
// thing ("Several", "Head Start"), so that alone it is no one's name.
func IsCommonWord(l string) bool { return commonWords.Has(l) }
