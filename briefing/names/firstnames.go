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
	maleFirstNames   = set(`aaron abdel abdullah abiy abraham adam adrian ahmad ahmed al alain alan alastair albert alejandro aleksandr aleksei alex alexander alexei alexey alfred ali alistair alister allen alun alvaro alvin amit anatoly andre andrei andres andrew andrey andriy andrzej andy angelo angus anthony antonio antony archie arkady arnold arthur arturo arun asif austin avigdor barack barney barry bashar ben benjamin benny bernard bernie bert beto bezalel bill billy binyamin blake bob bobby bola boris boyd brad bradley brandon brendan brent brett brian bruce bruno bryan burt byron caleb callum calvin carl carlos carlton cecil cesar chad charles charlie chester chris christian christophe christopher chuck ciaran clarence claude clay clayton cliff clifford clint clive clyde cody colin colm connor conor cormac cornelius cory craig crispin curt curtis cyril cyrus dafydd dale damian damon dan daniel danny darrell darren darryl dave david dean declan denis dennis denys derek desmond devin dewey dick didier diego dieter dmitri dmitry dmytro dominic don donald donnie doug douglas duncan dustin dwight dylan eamon eamonn earl ebrahim ed eddie edgar edmund edouard edward edwin ehud eli elias elijah elliot elliott elmer elon elvis emanuel emil emilio emlyn emmanuel enrico enrique eric erik ernest ernesto ethan eugene evan everett evgeny ewan ezra faisal fattah felipe felix fergus fernando floyd forrest francesco francis francisco francois frank franklin fred freddy frederick friedrich fumio gabriel gareth gary gavin gene gennady geoff geoffrey george gerald gerard gerhard gilbert giles gilles giorgio giovanni giuseppe glen glenn gonzalo gordon graeme graham greg gregory grigory grover gunter gustavo guy gwyn hakan hakeem hal hamid hamish hank hans harlan harold harrison harry harvey hassan hector heinrich heinz helmut henri henry herbert herman herschel herve homer horace horst hossein howard hubert hugh hugo humza hussein huw iain ian ibrahim ignacio igor ilham ilya imran irving isaac isaiah ismail itamar ivan jack jacob jacques jagmeet jaime jair jake james jamie jared jason javad javier jay jeb jeff jeffrey jens jeremiah jeremy jermaine jerome jerry jesse jim jimmy joachim joaquin joe joel joey johan john johnny jon jonah jonathan jonny jorge jose josep joseph josh joshua juan jules julian julio julius junichiro jurgen justin kareem karl kash keir keith kelvin ken kenneth kenny kent kevin khalid kirk klaus kofi konstantin kurt kwasi kyle kyrylo lamar lance larry lars laurent lawrence lee lenny leo leon leonard leonid leroy lester lewis liam lincoln lindsey lionel lloyd lonnie lorenzo lou louis lucas luigi luis luiz luke luther lyndon mack mahmoud malcolm manmohan manuel marc marco marcus mario mark marlon marshall martin marty marvin masoud massimo mateusz mathew matt matteo matthew maurice mauricio max maxim maxwell mehmet mel melvin mevlut micah michael michel mick mickey miguel mike mikhail miles milton mitch mitchell mitt mohamed mohammad mohammed muhammad mustafa mykhailo mykola nabil nadhim naftali narendra nathan nawaz ned neil nelson neville newt niall nicholas nick nicolas nigel nikolai noah nolan norbert norman olaf oleg oleksandr oleksiy oliver olivier omar orrin oscar otis otto owain owen pablo padraig paolo patrick paul pavel pedro percy perry pete peter petro phil philip philippe pierre preston pyotr quentin rafael rahm rahul rajiv ralph ramon ramzan rand randall randolph randy raphael raul ray raymond recep reggie reginald reince reuben rex rhodri ricardo richard rick ricky rishi rob robbie robert roberto rocco rod roderick rodney roger roland ron ronald ronan rory roy rudolph rudy rufus rupert ruslan russell ryan saeed sajid salman salvador sam sammy samuel sanjay santiago satya saul scott seamus sean sebastian sebastien sergei sergey sergio seth shane shehbaz sheldon sherman shigeru shimon shinzo sidney sigmar silas silvio simon spencer stan stanley stefan stephen sterling steve steven stu stuart sundar sylvester tamim tariq taro tayyip ted terrence terry thabo thaddeus theodore thierry thom thomas tim timothy tobias toby todd tom tommy tony travis trent trevor troy tyrone uhuru ulrich ulysses uwe valery vance vasily vernon victor vijay viktor vince vincent virgil vitali vitaliy vitaly vladimir volodymyr vyacheslav wade walid wallace walt walter warren wayne wendell werner wes wesley wilbur wilfred willard william willie winston wolfgang woodrow wyatt xavier yahya yair yevgeny yitzhak yoav yoshihide yuri yuriy yury yusuf zach zachary zack zeke zia`)
	femaleFirstNames = set(`abby abigail ada adele adriana agatha agnes aileen ailsa alexandra alice alicia alison allison alma alyssa amanda amber amelia amy ana anastasia andrea angela angelina angie anita ann anna annalena anne annegret annette annie antoinette aoife april ariana arlene audrey ava avril barbara barbra becky benazir bernadette beth bethany betsy betty beverly bianca blanche bonnie brenda bridget brigitte brittany brooke camilla candace candice carla carly carmen carol carole caroline carolyn carrie cassandra catherine cathy cecilia celeste celia charlotte chelsea cherie cheryl christina christine christy chrystia cindy claire clara clare claudette claudia colleen condoleezza connie cora corinne courtney crystal cynthia daisy dana daniela danielle daphne darlene dawn debbie deborah debra deirdre delia della denise desiree diana diane dianne dilma dolores donna dora doris dorothy edith edna eileen ekaterina elaine eleanor elena elisa elisabeth elise eliza elizabeth ella ellen elsa elsie emilia emily emma erica erika erin estelle esther ethel eugenia eunice eva evelyn faith fatima felicia fiona flora florence frances francesca freda gabriela gabrielle gail galina genevieve georgia geraldine gill gillian gina ginger giorgia giselle gladys gloria grace greta gretchen gwen gwendolyn hannah harriet hattie hazel heather heidi helen helena henrietta hermione hilary hilda hillary holly huma ida imogen indira ingrid irene irina iris irma isabel isabella isabelle isla ivanka jacinda jackie jacqueline jane janet janice jasmine jean jeanette jeanine jeanne jeannie jenna jennifer jenny jessica jill joan joann joanna joanne jocelyn jodi johanna jolene joni josephine joy joyce juanita judi judith judy julia julianne julie juliet june justine kaja kamala kara karen karin kate katharine katherine kathleen kathryn kathy katie katrina kay kayla kelly kellyanne kemi kirsten kirsty kristen kristi kristin kristina kristine lara laura lauren laurie layla leah leila lena leticia lila lillian lily linda lisa liz lois lola loretta lori lorna lorraine louise lucia lucille lucy ludmila luisa lydia lynn lyudmila mabel madeleine madeline madonna mae magdalena maggie mairead mandy marcella marcia margaret margarita margo maria maribel marie marilyn marina marion marjorie marla marlene marsha martha martina mary maureen maxine megan meghan megyn melania melanie melinda melissa melody meredith mia michaela michele michelle mildred millie mindy minnie miriam molly monica morag myra nadia nadine nancy naomi natalia natalie natalya natasha nathalie nell nellie niamh nichole nicole nikki nina nora noreen norma olga olivia paige pam pamela patricia patsy patty paula pauline pearl peggy penny petra philippa phyllis pilar polly priscilla priti priyanka rachael rachel ramona raquel rebecca rebekah regina renee rhona rhonda rita roberta rosa rosalind rosalyn rose rosemary roxanne ruby ruth sabrina sadie sally samantha sandra sara sarah segolene selena serena sharon sheila shelley sheryl shirley shona silvia simone sinead siobhan sonia sonya sophia sophie stacey stacy stella stephanie sue suella susan susana susanna susie suzanne svetlana sylvia sylvie tabitha tamara tammy tanya tara tatiana tatyana teresa tess tessa thelma theresa tina tonya tracy trisha tulsi ursula valentina valerie vanessa vera veronica vicki vicky victoria viola violet virginia vivian wanda wendy wilma winifred yekaterina yelena yolanda yulia yvette yvonne zelda zeynep zoe`)
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
