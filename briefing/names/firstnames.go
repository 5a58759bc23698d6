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
	maleFirstNames   = set(`aaron abdullah abraham adam adrian ahmad ahmed al alain alan alastair albert alejandro aleksei alex alexander alexei alfred alistair allen alun alvaro alvin amit anatoly andre andrei andrew andrey andy angelo angus anthony antonio archie arkady arnold arthur arturo arun austin barack barney barry bashar ben benjamin bernard bernie bert bill billy binyamin blake bob bobby boris boyd brad bradley brandon brendan brent brett brian bruce bruno bryan burt byron caleb callum calvin carl carlos carlton cecil cesar chad charles charlie chester chris christian christophe christopher chuck ciaran clarence claude clay clayton cliff clifford clint clive clyde cody colin colm connor conor cormac cornelius cory craig crispin curtis cyril cyrus dafydd dale damian damon dan daniel danny darrell darren darryl dave david dean declan dennis derek desmond devin dewey dick didier diego dieter dmitri dmitry dominic don donald donnie doug douglas duncan dustin dwight dylan eamon eamonn earl ed eddie edgar edmund edward edwin ehud eli elias elijah elliot elliott elmer elvis emanuel emil emilio emlyn emmanuel enrico enrique eric ernest ernesto ethan eugene evan everett evgeny ewan ezra felipe felix fergus fernando floyd forrest francesco francis francisco francois frank franklin fred frederick gabriel gareth gary gavin gene gennady geoff geoffrey george gerald gerard gerhard gilbert giles gilles giorgio giovanni giuseppe glen glenn gonzalo gordon graeme graham greg gregory grigory grover gunter gustavo guy gwyn hal hamid hamish hank hans harlan harold harrison harry harvey hassan hector heinrich heinz helmut henry herbert herman herve homer horace horst howard hubert hugh hugo hussein huw iain ian ibrahim ignacio igor irving isaac isaiah ivan jack jacob jacques jaime jake james jamie jared jason javier jay jeb jeff jeffrey jeremiah jeremy jermaine jerome jerry jesse jim jimmy joachim joaquin joe joel joey johan john johnny jon jonah jonathan jorge jose joseph josh joshua juan jules julian julio julius junichiro jurgen justin kareem karl keith kelvin ken kenneth kenny kent kevin khalid kirk klaus kofi konstantin kurt kyle lamar lance larry lars laurent lawrence lee lenny leo leon leonard leonid leroy lester lewis liam lincoln lindsey lionel lloyd lonnie lorenzo lou louis lucas luigi luis luke luther lyndon mack mahmoud malcolm manmohan manuel marc marco marcus mario mark marlon marshall martin marty marvin massimo mathew matt matteo matthew maurice max maxim maxwell mel melvin micah michael mick mickey miguel mike mikhail miles milton mitch mitchell mitt mohamed mohammad mohammed muhammad mustafa nabil narendra nathan ned neil nelson neville newt niall nicholas nick nicolas nigel nikolai noah nolan norbert norman oleg oliver olivier omar orrin oscar otis otto owain owen pablo padraig paolo patrick paul pavel pedro percy perry pete peter phil philip philippe pierre preston quentin rafael rahm rahul rajiv ralph ramon ramzan rand randall randolph randy raul ray raymond recep reggie reginald reince reuben rex rhodri ricardo richard rick ricky rob robert roberto rocco rod roderick rodney roger roland ron ronald ronan rory roy rudolph rudy rufus rupert ruslan russell ryan saeed salvador sam sammy samuel sanjay santiago saul scott seamus sean sebastian sebastien sergei sergey sergio seth shane sheldon sherman shimon shinzo sidney sigmar silas silvio simon spencer stan stanley stefan stephen sterling steve steven stu stuart sylvester tariq taro tayyip ted terrence terry thabo thaddeus theodore thierry thomas tim timothy tobias toby todd tom tommy tony travis trent trevor troy tyrone ulrich ulysses uwe valery vance vernon victor vijay viktor vince vincent virgil vitaly vladimir vyacheslav wade walid wallace walt walter warren wayne wendell werner wesley wilbur wilfred willard william willie winston wolfgang woodrow wyatt xavier yevgeny yitzhak yuri yury yusuf zach zachary zack zeke`)
	femaleFirstNames = set(`abby abigail ada adele adriana agatha agnes aileen ailsa alexandra alice alicia alison allison alma alyssa amanda amber amelia amy ana anastasia andrea angela angelina angie anita ann anna anne annegret annette annie antoinette aoife april ariana arlene audrey ava barbara barbra becky benazir bernadette beth bethany betsy betty beverly bianca blanche bonnie brenda bridget brigitte brittany brooke camilla candace candice carla carly carmen carol caroline carolyn carrie cassandra catherine cathy cecilia celeste celia charlotte chelsea cherie cheryl christina christine christy cindy claire clara clare claudette claudia colleen condoleezza connie cora corinne courtney crystal cynthia daisy dana daniela danielle daphne darlene dawn debbie deborah debra deirdre delia della denise desiree diana diane dianne dolores donna dora doris dorothy edith edna eileen ekaterina elaine eleanor elena elisa elisabeth eliza elizabeth ella ellen elsa elsie emilia emily emma erica erika erin estelle esther ethel eugenia eunice eva evelyn faith fatima felicia fiona flora florence frances francesca freda gabriela gabrielle gail galina genevieve georgia geraldine gillian gina ginger giorgia giselle gladys gloria grace greta gretchen gwen gwendolyn hannah harriet hattie hazel heather heidi helen helena henrietta hermione hilary hilda hillary holly huma ida imogen indira ingrid irene irina iris irma isabel isabella isabelle isla ivanka jackie jacqueline jane janet janice jasmine jean jeanette jeanine jeanne jeannie jenna jennifer jenny jessica jill joan joann joanna joanne jocelyn jodi johanna jolene josephine joy joyce juanita judi judith judy julia julianne julie juliet june justine kamala kara karen karin kate katharine katherine kathleen kathryn kathy katie katrina kay kayla kelly kellyanne kirsten kirsty kristen kristin kristina kristine laura lauren laurie leah leila lena leticia lila lillian lily linda lisa lois lola loretta lori lorna lorraine louise lucia lucille lucy ludmila luisa lydia lynn lyudmila mabel madeleine madeline madonna mae magdalena maggie mandy marcella marcia margaret margarita margo maria maribel marie marilyn marina marion marjorie marla marlene marsha martha martina mary maureen maxine megan meghan megyn melania melanie melinda melissa melody meredith mia michaela michele michelle mildred millie mindy minnie miriam molly monica morag myra nadia nadine nancy naomi natalia natalie natalya natasha nathalie nell nellie niamh nichole nicole nikki nina nora noreen norma olga olivia paige pam pamela patricia patsy patty paula pauline pearl peggy penny petra philippa phyllis pilar polly priscilla priyanka rachael rachel ramona raquel rebecca rebekah regina renee rhona rhonda rita roberta rosa rosalind rosalyn rose rosemary roxanne ruby ruth sabrina sadie sally samantha sandra sara sarah segolene selena serena sharon sheila sheryl shirley shona silvia simone sinead siobhan sonia sonya sophia stacey stacy stella stephanie sue susan susana susanna susie suzanne svetlana sylvia sylvie tabitha tamara tammy tanya tara tatiana tatyana teresa tess tessa thelma theresa tina tonya tracy trisha tulsi ursula valentina valerie vanessa vera veronica vicki vicky victoria viola violet virginia vivian wanda wendy wilma winifred yekaterina yelena yolanda yvette yvonne zelda zoe`)
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
