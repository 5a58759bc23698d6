package quotes

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/briefbot/briefbot/briefing/names"
	"github.com/briefbot/briefbot/briefing/people"
	"github.com/briefbot/briefbot/briefing/text"
	"github.com/google/go-cmp/cmp"
)

// said is a quotation with the speaker and the words it was read from.
type said struct {
	Text, Speaker, Mention string
}

func articleOf(paras ...string) text.Article {
	a := text.Article{ID: "a.txt", Title: "A title"}
	for _, p := range paras {
		a.Paragraphs = append(a.Paragraphs, text.NewParagraph(text.Body, p))
	}
	return a
}

func quotesOf(paras ...string) []said {
	qs, _ := Build([]text.Article{articleOf(paras...)})
	var out []said
	for _, q := range qs {
		out = append(out, said{q.Text, q.Speaker, q.SpeakerMention})
	}
	return out
}

// TestAttributionPatterns is a table of the ways news text says who spoke,
// in sentences written for the test.
func TestAttributionPatterns(t *testing.T) {
	tests := []struct {
		name  string
		paras []string
		want  []said
	}{
		{"a programme named after its network is no quotation",
			[]string{`Ines Ortiz told the network's "Meet the Voters" on Sunday that the race was close.`},
			nil},
		{"a nickname inside a name is no quotation",
			[]string{`His niece, Marta "Tink" Olsen, shouted to the crowd that the race "was not over yet".`},
			[]said{{"was not over yet", "Marta Olsen", "Marta Olsen"}}},
		{"the agent of a passive speech verb spoke",
			[]string{`Ada Wrenn's plan was dismissed as "wrong in every single way" by Justice Tom Hale on Monday.`},
			[]said{{"wrong in every single way", "Tom Hale", "Justice Tom Hale"}}},
		{"a group as the agent of a passive speech verb is no one",
			[]string{`Ada Wrenn's scheme has been branded a "disgraceful waste of money" by MPs.`},
			[]said{{"disgraceful waste of money", "", ""}}},
		{"a name after 'a' describes a thing and is no subject a pronoun stands for",
			[]string{`Manager Ken Brant felt his side were never in danger.`, `An early goal followed by a Tom Hale strike won the game. "It gave us a great advantage," he said.`},
			[]said{{"It gave us a great advantage", "Ken Brant", "he"}}},
		{"a role that opens a sentence as a speech verb's subject is the person a pronoun after it stands for",
			[]string{`Home Secretary Ken Brant set out his plans.`, `Tory Tom Hale said his party offered a choice. The home secretary said the plans were fair. "They will work," he said.`},
			[]said{{"They will work", "Ken Brant", "he"}}},
		{"of two people alike for a pronoun, the one named later in the paragraph, the role's read last",
			[]string{`Home Secretary Ken Brant set out his plans.`, `The home secretary said the plans were fair. Tom Hale said he had "grave doubts". "We have to be careful," he said.`},
			[]said{{"grave doubts", "Tom Hale", "Tom Hale"}, {"We have to be careful", "Tom Hale", "he"}}},
		{"a paragraph of 'the' and a word ends the search for a role",
			[]string{`The Minister`},
			nil},
		{"an office of several words before its holder leads to the name",
			[]string{`"The plan is sound," said Chancellor of the Exchequer Ken Brant.`},
			[]said{{"The plan is sound", "Ken Brant", "Exchequer Ken Brant"}}},
		{"a body named with 'of' and a place, then a role, leads to the name",
			[]string{`"Growth will slow," said Bank of Ruritania chief Ken Brant.`},
			[]said{{"Growth will slow", "Ken Brant", "Ken Brant"}}},
		{"a person named before 'of' is the speaker, not the next run",
			[]string{`"Growth will slow," said Ken Brant of Harbour Bank.`},
			[]said{{"Growth will slow", "Ken Brant", "Ken Brant"}}},
		{"a title's office names its holder where no role does",
			[]string{`Cardinal Ken Brant spoke in London on Sunday.`, `The cardinal said 2005 should be the year to "end poverty at last".`},
			[]said{{"end poverty at last", "Ken Brant", ""}}},
		{"a second reported clause after the quotation names no speaker",
			[]string{`Ken Brant spoke on Sunday.`, `Brant said he would change nothing, telling Dana Wells that “we tell the truth” and that he had seen continued support.`},
			[]said{{"we tell the truth", "Ken Brant", "Brant"}}},
		{"a hyphenated role leads to the name after a speech verb",
			[]string{`"Growth will slow," said SEPA vice-director Ken Brant.`},
			[]said{{"Growth will slow", "Ken Brant", "Ken Brant"}}},
		{"an acronym's possessive before a name owns it",
			[]string{`"It was a great year," said PBS' Dana Wells.`},
			[]said{{"It was a great year", "Dana Wells", "Dana Wells"}}},
		{"an apposition opening with its role noun and left unclosed",
			[]string{`"You started off with young users," Ken Brant, head of Preventon told the BBC.`},
			[]said{{"You started off with young users", "Ken Brant", "Ken Brant"}}},
		{"'the' before an owner who owns the name after a speech verb",
			[]string{`"I'm pretty sure," said the Observer's Dana Wells.`},
			[]said{{"I'm pretty sure", "Dana Wells", "Dana Wells"}}},
		{"an article may open the role before the name after a speech verb",
			[]string{`"People want to see Wales back," said a proud coach Ken Brant.`},
			[]said{{"People want to see Wales back", "Ken Brant", "Ken Brant"}}},
		{"a body's document speaks for the body",
			[]string{`"The divide is closing fast," the Harbour Bank report said.`},
			[]said{{"The divide is closing fast", "Harbour Bank", "Harbour Bank"}}},
		{"a body's document after the verb speaks for the body",
			[]string{`"The referee dealt with it at the time," said an FA statement.`},
			[]said{{"The referee dealt with it at the time", "FA", "FA"}}},
		{"an owner's statement speaks for the owner",
			[]string{`Norvex's statement added: "The club supports the ban."`},
			[]said{{"The club supports the ban.", "Norvex", "Norvex"}}},
		{"a statement a subject issued is the subject's, not no one's",
			[]string{`Ken Brant issued a statement saying the plan was "a very positive step".`},
			[]said{{"a very positive step", "Ken Brant", "Ken Brant"}}},
		{"a document named for a person of the article is that person's",
			[]string{`Ken Brant led the inquiry.`, `"Everybody is responsible and thus no one," the Brant report said.`},
			[]said{{"Everybody is responsible and thus no one", "Ken Brant", "Brant"}}},
		{"a body's short name in brackets before the verb is the speaker",
			[]string{`The British Chambers of Harbours (BCH) said it was "concerned by the clamour" for rises.`},
			[]said{{"concerned by the clamour", "BCH", "BCH"}}},
		{"a pronoun's speaker is not one the quotation names",
			[]string{`Manager Ken Brant wants Tom Hale at the club.`, `Tom Hale is out of contract. "Tom is the kind of player the fans love," he said.`},
			[]said{{"Tom is the kind of player the fans love", "Ken Brant", "he"}}},
		{"a name after a sentence's pronoun subject is no subject for the pronoun after it",
			[]string{`Harbour boss Ken Brant is lining up a move for Tom Hale.`, `He sees Hale as the ideal signing. "We are watching the situation," he said.`},
			[]said{{"We are watching the situation", "Ken Brant", "he"}}},
		{"a lawsuit is no one's words but its plaintiff's, whom it does not name",
			[]string{`Ken Brant faces a claim from a stuntman.`, `The lawsuit said Brant had caused "extreme pain and suffering".`},
			[]said{{"extreme pain and suffering", "", ""}}},
		{"a commentary's title is no quotation",
			[]string{`Ada Wrenn's commentary, "Harbour, tell your story," is very thoughtful, Tom Hale said.`},
			nil},
		{"a full name between an apposition's commas before a speech verb has spoken",
			[]string{`"The plan is sound," said Mary Brant, the harbour minister. The paper's correspondent in Leeds, Ann Voss, told listeners that a vote was close. "The big question is the timing," she said.`},
			[]said{{"The plan is sound", "Mary Brant", "Mary Brant"}, {"The big question is the timing", "Ann Voss", "she"}}},
		{"a quotation in Title Case that opens an attributed sentence is speech",
			[]string{`"Trade Is Back," Okonjo said.`},
			[]said{{"Trade Is Back", "Okonjo", "Okonjo"}}},
		{"initialism before the comma does not close the quotation",
			[]string{`"Trade with the U.S.," Okonjo said.`},
			[]said{{"Trade with the U.S.", "Okonjo", "Okonjo"}}},
		{"the speaker's organisation after 'of'",
			[]string{`Nadia Perez of the Harbour Times wrote, "The council has run out of excuses."`},
			[]said{{"The council has run out of excuses.", "Nadia Perez", "Nadia Perez"}}},
		{"a role as apposition after the name",
			[]string{`"The ferry will run all winter," Tomas Berg, the harbour master, said on Monday.`},
			[]said{{"The ferry will run all winter", "Tomas Berg", "Tomas Berg"}}},
		{"a name before a role noun and a name modifies the role",
			[]string{`Okonjo aide Lena Ruiz opened the meeting, saying: "We are pleased with the vote."`},
			[]said{{"We are pleased with the vote.", "Lena Ruiz", "Lena Ruiz"}}},
		{"a place before a role noun and a name in apposition modifies the role",
			[]string{`In early October, Okonjo's Virginia state director, Lena Ruiz, reached out to the firm, writing in an email: "We want this done soon."`},
			[]said{{"We want this done soon.", "Lena Ruiz", "Lena Ruiz"}}},
		{"a verb with its subject right before the quotation introduces it",
			[]string{`Ada Wrenn said the figures were sound, to which Okonjo interjected: "That is just not true."`},
			[]said{{"That is just not true.", "Okonjo", "Okonjo"}}},
		{"a participle before the quotation is the first speaker's",
			[]string{`The ferry will run all winter, Okonjo said, adding, "Nobody will be stranded."`},
			[]said{{"Nobody will be stranded.", "Okonjo", "Okonjo"}}},
		{"a name qualifying a group speaks for no one of it",
			[]string{`Okonjo aides said the plan was "dead on arrival".`},
			[]said{{"dead on arrival", "", ""}}},
		{"a group before a participle is no one named",
			[]string{`Harbour producers defended the show, saying it was a "positive experience".`},
			[]said{{"positive experience", "", ""}}},
		{"a role noun with no name after it leaves the subject",
			[]string{`Okonjo met chief executives on Monday and told them: "The port will open."`},
			[]said{{"The port will open.", "Okonjo", "Okonjo"}}},
		{"speaker described before the name",
			[]string{`"The bill will pass," said veteran union organiser Marta Quill.`},
			[]said{{"The bill will pass", "Marta Quill", "Marta Quill"}}},
		{"interjection before an inverted verb",
			[]string{`"Turnout will be low" in the north, says Petra Vance, a pollster at a university.`},
			[]said{{"Turnout will be low", "Petra Vance", "Petra Vance"}}},
		{"long apposition between name and verb",
			[]string{`"We start on Monday," Owen Marsh, a spokesman for the regional transport authority in the valley, told the paper.`},
			[]said{{"We start on Monday", "Owen Marsh", "Owen Marsh"}}},
		{"capitalised apposition",
			[]string{`"The count is over," Dana Ruiz, Governor Hale's chief of staff, said in a statement.`},
			[]said{{"The count is over", "Dana Ruiz", "Dana Ruiz"}}},
		{"party tag after the name",
			[]string{`"The vote is a sham," Rep. Alma Booker (D-Ore.) said.`},
			[]said{{"The vote is a sham", "Alma Booker", "Rep. Alma Booker"}}},
		{"party tag set off by commas is no speaker",
			[]string{`Senator Carl Brandt, R-Neb., sent a short message to the caucus: "Hold the line."`},
			[]said{{"Hold the line.", "Carl Brandt", "Senator Carl Brandt"}}},
		{"colon after a sentence about the speaker",
			[]string{`The surge does not surprise pollster Irene Vasquez: "Late deciders always break this way."`},
			[]said{{"Late deciders always break this way.", "Irene Vasquez", "Irene Vasquez"}}},
		{"verb that is no say-verb",
			[]string{`"The plan is fine," Tomas Ek fumed on Tuesday.`},
			[]said{{"The plan is fine", "Tomas Ek", "Tomas Ek"}}},
		{"capitalised verb before the speaker",
			[]string{`Said Rhea Olsen, who grew up on the street: "We were all proud."`},
			[]said{{"We were all proud.", "Rhea Olsen", "Rhea Olsen"}}},
		{"a name ending like an adverb",
			[]string{`"Elections matter," Kelly said.`},
			[]said{{"Elections matter", "Kelly", "Kelly"}}},
		{"middle initial",
			[]string{`"The records go to the archive," agency counsel Rhoda P. Quist wrote in a letter.`},
			[]said{{"The records go to the archive", "Rhoda P. Quist", "Rhoda P. Quist"}}},
		{"long capitalised run ends in the name",
			[]string{`"The vote was rigged," Lake County Public Defender Omar Haddad said.`},
			[]said{{"The vote was rigged", "Omar Haddad", "Defender Omar Haddad"}}},
		{"quotation opening its sentence after a sentence of speech",
			[]string{`Professor Ines Falk agreed. "Time is running out for the rivals."`},
			[]said{{"Time is running out for the rivals.", "Ines Falk", "Professor Ines Falk"}}},
		{"inverted verb in the lead-in",
			[]string{`Because the calendar is short, explained Rosen, "there is little time for television."`},
			[]said{{"there is little time for television.", "Rosen", "Rosen"}}},
		{"adverb between subject and verb",
			[]string{`Okafor similarly warned that the fund was "close to empty."`},
			[]said{{"close to empty.", "Okafor", "Okafor"}}},
		{"cue that is not a speech verb",
			[]string{`Former minister Lena Hart called the deal "a bad bargain for farmers."`},
			[]said{{"a bad bargain for farmers.", "Lena Hart", "Lena Hart"}}},
		{"coordinated verb takes the subject",
			[]string{`Comic Vera Lind was joined on stage by the mayor and joked, "I came for the free coffee."`},
			[]said{{"I came for the free coffee.", "Vera Lind", "Vera Lind"}}},
		{"a comma ends a preposition's phrase",
			[]string{`Asked what a deal looks like, Brandt replied: "We are far from one."`},
			[]said{{"We are far from one.", "Brandt", "Brandt"}}},
		{"a paragraph of quotation goes on with the last speaker",
			[]string{`"We will appeal," said Hugo Lamm.`, `"The ruling ignores the evidence."`},
			[]said{{"We will appeal", "Hugo Lamm", "Hugo Lamm"}, {"The ruling ignores the evidence.", "Hugo Lamm", "Hugo Lamm"}}},
		{"pronoun prefers the subject who spoke over a man named after",
			[]string{`Rosa Mendel said the plan was sound, after a call with Peter Brandt.`, `"It will work," she said.`},
			[]said{{"It will work", "Rosa Mendel", "she"}}},
		{"given name tells the sex",
			[]string{`Jennifer Cole met Victor Hahn on Monday.`, `"It was a good meeting," she said.`},
			[]said{{"It was a good meeting", "Jennifer Cole", "she"}}},
		{"bare surname as a speech subject is a person for a later pronoun",
			[]string{`Delegate Ian Pratt praised the campaign.`, `Canova said he has held no fundraising dinners. "I owe nothing," he said.`},
			[]said{{"I owe nothing", "Canova", "he"}}},
		{"an ordinary capitalised word is no speaker",
			[]string{`He praised the Head Start program.`, `"That would cost more," he said.`},
			[]said{{"That would cost more", "", ""}}},
		{"a name after a preposition is no subject",
			[]string{`Ann Ruiz, head of Coterie, a fund, claimed that "markets are calm."`},
			[]said{{"markets are calm.", "Ann Ruiz", "Ann Ruiz"}}},
		{"a named body speaks when no person does",
			[]string{`"The figures were revised twice," the Harbour Post reported. "Nobody explained why."`, `"We are reviewing the rules," the Home Office said.`, `"We stand by the story," KTN said.`},
			[]said{{"The figures were revised twice", "Harbour Post", "Harbour Post"}, {"Nobody explained why.", "Harbour Post", "Harbour Post"}, {"We are reviewing the rules", "Home Office", "Home Office"}, {"We stand by the story", "KTN", "KTN"}}},
		{"no body: a capitalised common noun, a person's organisation",
			[]string{`"We want a vote," Officials said.`, `"The port will close," Mark Orr, the leader of the Dock and Harbour Union said.`},
			[]said{{"We want a vote", "", ""}, {"The port will close", "Mark Orr", "Mark Orr"}}},
		{"an unnamed spokesman is no one",
			[]string{`"No comment," a spokesman said.`},
			[]said{{"No comment", "", ""}}},
		// The ranker: quotations the text does not attribute in a form the
		// rules read.
		{"ranker: a paragraph of quotation after narrative about one person",
			[]string{`Senator Ada Brooks spent the morning touring flooded farms with local officials.`, `"We will rebuild every one of these barns."`},
			[]said{{"We will rebuild every one of these barns.", "Ada Brooks", "Senator Ada Brooks"}}},
		{"a pronoun after a long apposition names the person of the narrative, not a plural subject",
			[]string{
				`Advocates, including the state's largest towns, have urged the council to act.`,
				`Odile Farrant, a Lyon-based builder and spokeswoman for a trade group, which counts many developers, said the rules were fair.`,
				`"People forget what the street looked like," she said.`,
			},
			[]said{{"People forget what the street looked like", "Odile Farrant", "she"}}},
		{"a pronoun never stands for a person named after it",
			[]string{
				`Karin Lund, the candidate, said the plan would help families.`,
				`Economist Odile Parra, who studies pay at a research group, said the plan was vague.`,
				`"It leaves people out," she said after reading the Lund campaign's memo.`,
			},
			[]said{{"It leaves people out", "Odile Parra", "she"}}},
		{"the speaker of a sentence is its subject for a later pronoun, not a person named before",
			[]string{
				`Ana Ruiz and Tom Blake will need time to "cool off," Odile Kahn said.`,
				`"Her tone is sharp," she said.`,
			},
			[]said{{"cool off", "Odile Kahn", "Odile Kahn"}, {"Her tone is sharp", "Odile Kahn", "she"}}},
		{"a title word is a surname after a given name or Mr",
			[]string{`"The turnout will decide it," said Leon King, a party organiser. "We are ready," Mr. King added.`},
			[]said{{"The turnout will decide it", "Leon King", "Leon King"}, {"We are ready", "Leon King", "Mr. King"}}},
		{"a role with a capitalised word after the name describes that name",
			[]string{`"The budget is a mess," said Hal Brenner, a veteran NDP strategist.`},
			[]said{{"The budget is a mess", "Hal Brenner", "Hal Brenner"}}},
		{"a role with 'of' before the name",
			[]string{`"We will appeal," said former secretary of state Lena Ford.`},
			[]said{{"We will appeal", "Lena Ford", "Lena Ford"}}},
		{"a place before a role qualifies the name after it",
			[]string{`"We have no plan," said Ohio lawmaker Ray Dunn.`},
			[]said{{"We have no plan", "Ray Dunn", "Ray Dunn"}}},
		{"a role noun names the person introduced with it",
			[]string{`Veteran lawmaker Ray Dunn spoke first.`, `"We have no plan," the lawmaker said.`},
			[]said{{"We have no plan", "Ray Dunn", "the lawmaker"}}},
		{"a role noun names the person it was set beside",
			[]string{`Ray Dunn, the county sheriff, met reporters on Monday.`, `"We have no suspect," the sheriff said.`},
			[]said{{"We have no suspect", "Ray Dunn", "the sheriff"}}},
		{"a pronoun with a contracted auxiliary",
			[]string{`Nora Blum addressed the rally on Friday.`, `She’s insisting that the count was “rigged from the start.”`},
			[]said{{"rigged from the start.", "Nora Blum", "she"}}},
		{"a determiner before a role before the name",
			[]string{`"We have a path," added his campaign manager Lou Ferris.`},
			[]said{{"We have a path", "Lou Ferris", "Lou Ferris"}}},
		{"a participle after a comma speaks for the clause's subject, not its object",
			[]string{`Luis Moya attacked Ana Petrov over her record on housing and Lisbon, saying, "She has failed us."`},
			[]said{{"She has failed us.", "Luis Moya", "Luis Moya"}}},
		{"a speech verb after a quotation joined by 'and' shares the sentence's subject",
			[]string{`Ms Orla Penn, who runs a dance school in Leeds, admitted it would be "very difficult" to reverse the trend and said many young dancers had given up.`},
			[]said{{"very difficult", "Orla Penn", "Ms Orla Penn"}}},
		{"a role of four describing words after the verb leads to the name",
			[]string{`"This is typical of their hypocrisy," said Tory shadow local government secretary Ada Lind.`},
			[]said{{"This is typical of their hypocrisy", "Ada Lind", "Ada Lind"}}},
		{"an opening that names whose words follow",
			[]string{`Then, once the judge is heard, the president hopes delay becomes untenable for the GOP. As The Post's Ada Lind puts it, Leo Marsh is trying to make Republicans "an offer he can't refuse."`},
			[]said{{"an offer he can't refuse.", "Ada Lind", "Ada Lind"}}},
		{"a faith's word alone is no one",
			[]string{`Before the video, the Islamic extremist cleric is shown lecturing: "Take heed and learn from the lessons of history."`},
			[]said{{"Take heed and learn from the lessons of history.", "", ""}}},
		{"verbs of agreeing and reassuring report speech",
			[]string{`Leo Marsh said: "We will win this state."`, `"Leo Marsh is not a racist, guys," Corr assured the mostly white crowd.`, `"You have to be strong to carry on," agreed Ada.`},
			[]said{{"We will win this state.", "Leo Marsh", "Leo Marsh"}, {"Leo Marsh is not a racist, guys", "Corr", "Corr"}, {"You have to be strong to carry on", "Ada", "Ada"}}},
		{"an apposition whose closing comma is missing",
			[]string{`"We are doing research into it," Mia Corr, a Lufthansa spokesman told the BBC.`},
			[]said{{"We are doing research into it", "Mia Corr", "Mia Corr"}}},
		{"... but not a parenthesis: the aide's words",
			[]string{`Ada Lind, a top aide said, "is very confident in the contrast" with her rival.`},
			[]said{{"is very confident in the contrast", "", ""}}},
		{"an owner's publicist before the name",
			[]string{`"She respects the photographers' work," said Ada Lind's publicist Mia Corr.`},
			[]said{{"She respects the photographers' work", "Mia Corr", "Mia Corr"}}},
		{"a platform carries words and says none",
			[]string{`Within hours, a familiar voice celebrated the attacks on Twitter: "We told you so, and nobody listened."`},
			[]said{{"We told you so, and nobody listened.", "", ""}}},
		{"a source is someone unnamed",
			[]string{`Ada Lind spoke first. "We are ready," Ms Lind said.`, `A Labour source told the paper Mr Marsh would "effectively run" the campaign but said he would have no title.`},
			[]said{{"We are ready", "Ada Lind", "Ms Lind"}, {"effectively run", "", ""}}},
		{"a participle of naming after a comma gives the subject's words, not its object's",
			[]string{`Ida Marsh hammered Leo Brandt, calling him "a wrecking ball who has failed this city" in the debate.`},
			[]said{{"a wrecking ball who has failed this city", "Ida Marsh", "Ida Marsh"}}},
		{"... and so does one of describing",
			[]string{`Ida Marsh praised Leo Brandt, describing his plan as "bold, overdue and good for the whole city."`},
			[]said{{"bold, overdue and good for the whole city.", "Ida Marsh", "Ida Marsh"}}},
		{"... and for a pronoun subject",
			[]string{`Luis Moya spoke last.`, `He attacked Ana Petrov, saying "she has failed us."`},
			[]said{{"she has failed us.", "Luis Moya", "he"}}},
		{"an adverb between a surname and its speech verb",
			[]string{`Ruben Oyelaran won the vote.`, `Quist openly admitted that his choice was tactical, with the primary in mind. "It is about timing," he said.`},
			[]said{{"It is about timing", "Quist", "he"}}},
		{"the subject of a colon's sentence follows an opening participial clause",
			[]string{`Surveying the empty mills of Lowell, Bramwell concludes: "Nobody did this to them."`},
			[]said{{"Nobody did this to them.", "Bramwell", "Bramwell"}}},
		{"a state's abbreviation in an apposition does not end the sentence",
			[]string{`"Rents are up," says Misha Varn, 32, of Toledo.`, `Oriane Brill, 29, of Mobile, Ala., says fares worry her most. "We are priced out," she says.`},
			[]said{{"Rents are up", "Misha Varn", "Misha Varn"}, {"We are priced out", "Oriane Brill", "she"}}},
		{"a name before 'ally' or 'friend' and a name qualifies the one after",
			[]string{`"He is sincere," said Okonjo ally Lena Ruiz.`, `"I trust him," said Okonjo friend Ada Wrenn.`},
			[]said{{"He is sincere", "Lena Ruiz", "Lena Ruiz"}, {"I trust him", "Ada Wrenn", "Ada Wrenn"}}},
		{"after an owner a role of several words leads to the name",
			[]string{`"It is a first," said Okonjo's top foreign policy aide Lena Ruiz.`},
			[]said{{"It is a first", "Lena Ruiz", "Lena Ruiz"}}},
		{"a role with 'of' after 'master'",
			[]string{`"Thanks, all," said master of ceremonies Ada Wrenn, an engineer.`},
			[]said{{"Thanks, all", "Ada Wrenn", "Ada Wrenn"}}},
		{"a verb joined by 'but' speaks for the clause's subject, not its object",
			[]string{`Ada Wrenn spoke on Monday.`, `She did not name Hal Brenner but said the town needed "leaders who listen."`},
			[]said{{"leaders who listen.", "Ada Wrenn", "she"}}},
		{"the one told is no speaker, and a role far after 'a' names no one",
			[]string{`Ada Wrenn spoke at noon.`, `A senior Harbour Finance Ministry official told Reuters "we have no plans to change it".`},
			[]said{{"we have no plans to change it", "", ""}}},
		{"a verb with a pronoun object right before the quotation introduces it",
			[]string{`Lakeside have confirmed a bid for Tom Hale, but chairman Ada Wrenn has called it "derisory".`},
			[]said{{"derisory", "Ada Wrenn", "Ada Wrenn"}}},
		{"a name after 'and' joining clauses speaks",
			[]string{`Milan won at Old Trafford and Ancelotti said: "We are all very happy."`},
			[]said{{"We are all very happy.", "Ancelotti", "Ancelotti"}}},
		{"a clause on what the subject was asked names someone else",
			[]string{`Asked on Monday whether Mr. Lund would serve, Mrs. Lund shook her head and said, "No."`},
			[]said{{"No.", "Lund", "Mrs. Lund"}}},
		{"a pronoun's sex tells which of two people of a surname it stands for",
			[]string{`Tom Lund and Emma Lund run the shop.`, `It sells bread.`, `The town has two more.`, `Prices rose in May.`, `Lund opened it in 1990. "We are ready," she said.`},
			[]said{{"We are ready", "Emma Lund", "she"}}},
		{"a participle's object is what is said, not who says it",
			[]string{`Saying Norway must change course, Mr Aldous argues the state is "far too big".`},
			[]said{{"far too big", "Aldous", "Mr Aldous"}}},
		{"a participle opening a sentence is no name",
			[]string{`Commenting on the ruling, a council spokesman said: "It was long overdue."`},
			[]said{{"It was long overdue.", "", ""}}},
		{"a nationality after 'the' names the person introduced with it",
			[]string{`Australian Joel Carey lost in three sets.`, `"He is the best I have played," the Australian said.`},
			[]said{{"He is the best I have played", "Joel Carey", "the australian"}}},
		{"a nationality that names no one introduced is no name",
			[]string{`Joel Carey lost in three sets.`, `"He is the best I have played," the Irishman said.`},
			[]said{{"He is the best I have played", "", ""}}},
		{"a pronoun never stands for a nationality",
			[]string{`"It was a long day," said Italian teenager Bruno Sala.`, `"I am tired now," he said.`},
			[]said{{"It was a long day", "Bruno Sala", "Bruno Sala"}, {"I am tired now", "Bruno Sala", "he"}}},
		{"... nor is the speaker a nationality before the name",
			[]string{`"It was a long day," said Italian teenager Sala.`},
			[]said{{"It was a long day", "Sala", "Sala"}}},
		{"an unnamed speaker before a colon is no one, not the person the sentence names",
			[]string{`Of the money now due to Lund, who wrote the book in 1990, his lawyer said: "It could be millions."`},
			[]said{{"It could be millions.", "", ""}}},
		{"a name in a relative clause is not the subject of a colon's sentence",
			[]string{`The veteran actor, whose films include Ada Price, said: "The stage comes first."`},
			[]said{{"The stage comes first.", "", ""}}},
		{"a title after 'the' leads to the name after the verb",
			[]string{`"The city will not go back," said the Rev. Amos Wherle, of a church downtown.`},
			[]said{{"The city will not go back", "Amos Wherle", "Rev. Amos Wherle"}}},
		{"a broadcaster's host before the name",
			[]string{`"He won the night," said cable host Lyle Brandt.`},
			[]said{{"He won the night", "Lyle Brandt", "Lyle Brandt"}}},
		{"a verb joined by 'and' after the quotation shares the sentence's subject",
			[]string{`Mara Lind toured the plant, calling it "a model for the region" and said more jobs would follow.`},
			[]said{{"a model for the region", "Mara Lind", "Mara Lind"}}},
		{"'in her words' before a quotation",
			[]string{`Nadia Ferro wants to revive the old plan. She would put her brother in charge because, in her words, "he knows how to run it."`},
			[]said{{"he knows how to run it.", "Nadia Ferro", "she"}}},
		{"a service, an ordinal and a rank before the name",
			[]string{`"I was hoping for someone else," said Air Force 1st Lt. Dana Pruitt.`},
			[]said{{"I was hoping for someone else", "Dana Pruitt", "Lt. Dana Pruitt"}}},
		{"a committee, a lower-case word and a party before the name",
			[]string{`"They are sore losers," said Oversight ranking Democrat Ellis Crane.`},
			[]said{{"They are sore losers", "Ellis Crane", "Democrat Ellis Crane"}}},
		{"a participle's pronoun subject after an opening phrase",
			[]string{`Leon Marsh knows the candidate well.`, `On Friday, he seemed to hint at her plans, warning that Ana Ruiz is "still in control of the race."`},
			[]said{{"still in control of the race.", "Leon Marsh", "he"}}},
		{"a pronoun never stands for a person named after it in its own sentence",
			[]string{`"He was strong," said the host, Cal Imber.`, `However, he described the other nominee, Sen. Tom Vail, as "a little desperate there."`},
			[]said{{"He was strong", "Cal Imber", "Cal Imber"}, {"a little desperate there.", "Cal Imber", "he"}}},
		{"a titled surname before 'of' an organisation",
			[]string{`"It was the least bad outcome," Mr. Garvey of the River Trust said.`},
			[]said{{"It was the least bad outcome", "Garvey", "Mr. Garvey"}}},
		{"'host' as a verb in narrative makes no one a person",
			[]string{`Harbury host Linton in the cup on Friday.`, `"We are ready," he said.`},
			[]said{{"We are ready", "", ""}}},
		{"a name inside a relative clause is not the speaker",
			[]string{`"Rents are too high," Mara Quinn, who lives outside the capital, Lisbon, said.`},
			[]said{{"Rents are too high", "Mara Quinn", "Mara Quinn"}}},
		{"the main clause speaks, not a leading 'after' clause",
			[]string{`After Voss argued the plan was dead, Ketterman said that "it still has a pulse."`},
			[]said{{"it still has a pulse.", "Ketterman", "Ketterman"}}},
		{"a pronoun stands for the person a qualifier leads to, not the qualifier",
			[]string{`Barack Lyle spoke in Ohio.`, `Lyle adviser Dan Price met donors later.`, `"They are eager," he said.`, `"We can win," he said.`},
			[]said{{"They are eager", "Dan Price", "he"}, {"We can win", "Dan Price", "he"}}},
		{"after a leading clause, the main clause's first name is its subject",
			[]string{`While Tom Reyes ran the agency, Alan Pike watched the cuts.`, `"It was hard," he said.`},
			[]said{{"It was hard", "Alan Pike", "he"}}},
		{"the source of 'according to' is a speaker a pronoun may stand for",
			[]string{`According to Alan Pike, the agency lost staff after Tom Reyes cut its budget.`, `"It was hard," he said.`},
			[]said{{"It was hard", "Alan Pike", "he"}}},
		{"a quoted transcript names each turn's speaker; its notes are no one's words",
			[]string{
				`Hosts questioned Senator Ida Marsh on the radio. A partial transcript:`,
				`"HOLM: Will you vote for the bill?`,
				`"MARSH: I will not, and I have said so for a year.`,
				`"(CROSSTALK.)`,
				`"Q: And next year?`,
			},
			[]said{{"Will you vote for the bill?", "Holm", "HOLM"}, {"I will not, and I have said so for a year.", "Ida Marsh", "MARSH"}, {"And next year?", "", ""}}},
		{"a name in a phrase opening the sentence is not its subject; the name opening the main clause is",
			[]string{`In his first Zorbly post of the season, Tom Hale even touched upon the loss and noted there should be "no shame" in it.`},
			[]said{{"no shame", "Tom Hale", "Tom Hale"}}},
		{"a place's state after its comma is still the opening phrase's",
			[]string{`At a rally in Dayton, Ohio, on Sunday, Vera Quist went further: "We will win this county."`},
			[]said{{"We will win this county.", "Vera Quist", "Vera Quist"}}},
		{"a speech verb in a clause after the quotation yields to the one before it",
			[]string{`Ines Ortiz says she was "riding the fence" until Tomas Berg said he was backing the mayor.`},
			[]said{{"riding the fence", "Ines Ortiz", "Ines Ortiz"}}},
		{"a clause after the quotation closed by a comma leaves the main clause's verb",
			[]string{`The decision was a "sensible thing to do", since he was abroad at the time, Tomas Berg told the paper.`},
			[]said{{"sensible thing to do", "Tomas Berg", "Tomas Berg"}}},
		{"'as' after the quotation opens no clause of its own: the one named after it speaks",
			[]string{`Ines Ortiz wrote that prices would "fall by half," as Tomas Berg said on Monday.`},
			[]said{{"fall by half", "Tomas Berg", "Tomas Berg"}}},
		{"the one a source quotes as saying speaks, not the source",
			[]string{`The port closed on Friday, the agency reported. "We're mourning a great harbour," the agency quoted port worker Tomas Berg as saying. Other workers said they would rather leave. "The new company is going to be different," said Ines Ortiz, the port's manager.`},
			[]said{{"We're mourning a great harbour", "Tomas Berg", "Tomas Berg"}, {"The new company is going to be different", "Ines Ortiz", "Ines Ortiz"}}},
		{"someone unnamed a source quotes as saying is no one",
			[]string{`"It's above all a question of sovereignty," Reuters quoted a central bank official as saying.`},
			[]said{{"It's above all a question of sovereignty", "", ""}}},
		{"a capitalised plural role opening the sentence is a group",
			[]string{`Prosecutors said Ortiz was "a salesman in a new format", the agency reported. Ortiz made millions, prosecutors said. "He has fooled people for years," AP quoted prosecutor Tomas Berg as saying.`},
			[]said{{"a salesman in a new format", "", ""}, {"He has fooled people for years", "Tomas Berg", "Tomas Berg"}}},
		{"a role brought in unnamed stands for that one, not for a person of the role named later",
			[]string{`The Harbour Times quoted an unnamed executive at the port as saying a deal was close. "We already own the ferries," the newspaper quoted the executive as saying. The port's chief executive Ines Ortiz declined to comment.`},
			[]said{{"We already own the ferries", "", ""}}},
		{"a sentence's words, a comma, then the verb and its speaker",
			[]string{`The vote signals "the beginning of the end" for the EU, said Tomas Berg, founder of the party.`},
			[]said{{"the beginning of the end", "Tomas Berg", "Tomas Berg"}}},
		{"after 'told' the one named is spoken to",
			[]string{`"We need no cut in supply," Tomas Berg, the oil minister, told Reuters.`},
			[]said{{"We need no cut in supply", "Tomas Berg", "Tomas Berg"}}},
		{"someone unnamed opening a sentence that introduces a quotation is no one, not a name describing them",
			[]string{`Ines Ortiz opened the summit. A spokesman for the World Summit for the Harbour Cities (WSHC), which is meeting this week in Oslo, told the Gazette: "The divide is real."`},
			[]said{{"The divide is real.", "", ""}}},
		{"someone unnamed speaks for the body named after the role",
			[]string{`Ines Ortiz chairs the board. A spokesman for the Harbour Trust said: "The ferries will run all winter."`, `In Oslo, a spokeswoman for the Department for Harbour Development said: "We are reviewing the rules."`},
			[]said{{"The ferries will run all winter.", "Harbour Trust", "Harbour Trust"}, {"We are reviewing the rules.", "Department for Harbour Development", "Department for Harbour Development"}}},
		{"a participle right after the quotation speaks for the sentence's subject",
			[]string{`Earlier party leader Ines Ortiz sent Tomas Berg her "warmest congratulations", saying: "We look to him to unite the party."`},
			[]said{{"warmest congratulations", "Ines Ortiz", "Ines Ortiz"}, {"We look to him to unite the party.", "Ines Ortiz", "Ines Ortiz"}}},
		{"a participle after the quotation whose subject the rules cannot read leaves no one to guess",
			[]string{`Former aide Tomas Berg says a new image does not fit the party. He says the leader lacked a "big strategy". The party leader brands such criticisms as "absolutely rubbish", arguing that he has been consistent.`},
			[]said{{"big strategy", "Tomas Berg", "he"}, {"absolutely rubbish", "", ""}}},
		{"an owner's spokesman is unnamed",
			[]string{`Ines Ortiz met the mayor. Mr Berg's spokesman said: "The mayor will decide this week."`},
			[]said{{"The mayor will decide this week.", "", ""}}},
		{"someone unnamed with a relative clause told an agency: no one, not the agency",
			[]string{`Tomas Berg runs the market. However, one dealer, who asked not to be named, told Reuters the sales were "not what people had hoped for".`},
			[]said{{"not what people had hoped for", "", ""}}},
		{"parties or groups named in the plural are no one person",
			[]string{`"These pledges are our promise to the country," Tomas Berg said on Monday.`, `The Conservatives and Lib Dems said the pledges were "worthless".`, `The Greens say they will look at the plans, but Ines Ortiz said her party offered a "clear choice".`},
			[]said{{"These pledges are our promise to the country", "Tomas Berg", "Tomas Berg"}, {"worthless", "", ""}, {"clear choice", "Ines Ortiz", "Ines Ortiz"}}},
		{"a participle of admitting or recalling puts words in its subject's mouth",
			[]string{`Senate leader Mitch Hale vowed to override the veto. Speaker Tomas Berg, despite admitting that he had concerns about "lawyers trying to get rich", the victims "do need to have their day in court" and he does believe Hale is correct.`},
			[]said{{"lawyers trying to get rich", "Tomas Berg", "Speaker Tomas Berg"}, {"do need to have their day in court", "Tomas Berg", "Speaker Tomas Berg"}}},
		{"a body's statement speaks for the body; a report for no one",
			[]string{`The duo were cleared by the Greek Athletics Federation (Hellas) last month. An IAAF statement said: "The decision is erroneous."`, `Ines Ortiz ran the trial. A report on the trial said: "Students began asking questions."`},
			[]said{{"The decision is erroneous.", "IAAF", "IAAF"}, {"Students began asking questions.", "", ""}}},
		{"an article in another language gives no quotes: the rules read English",
			[]string{`Il sindaco ha detto che la nuova linea della metropolitana sarà aperta entro la fine dell'anno. "Siamo pronti per questo giorno", ha dichiarato Marco Rossi durante la conferenza stampa di ieri. Gli abitanti del quartiere aspettano da molti anni questo momento, e molti commercianti sperano in un aumento dei clienti.`},
			nil},
		{"a full stop after the closing mark ends the sentence: the next one's subject did not speak",
			[]string{`Mr Hale said: "The port will open." Harbour Minister Ken Brant said that the plan had been "a shambles from the start". He said: "The ships cannot wait."`},
			[]said{{"The port will open.", "Hale", "Mr Hale"}, {"a shambles from the start", "Ken Brant", "Minister Ken Brant"}, {"The ships cannot wait.", "Ken Brant", "he"}}},
		{"'it' is the body that spoke last, never a person",
			[]string{`The Harbour Board said in a statement that the port would "open on time".`, `Tom Hale, a dock worker, doubted it. It said: "Every berth is ready."`},
			[]said{{"open on time", "Harbour Board", "Harbour Board"}, {"Every berth is ready.", "Harbour Board", "it"}}},
		{"'it' is a lone name that spoke just before and no title or full name made a person",
			[]string{`Norvex said its profits would "rise again".`, `"We are confident of the year," it added.`},
			[]said{{"rise again", "Norvex", "Norvex"}, {"We are confident of the year", "Norvex", "it"}}},
		{"a word like a participle before a speech verb is its subject's name",
			[]string{`Harding said she had had time "to think it over".`},
			[]said{{"to think it over", "Harding", "Harding"}}},
		{"a participle opening the sentence is no name, though a noun like a speech verb follows",
			[]string{`Alun Michael spoke on Monday.`, `Addressing claims that the law was weak, Mr Michael told the radio: "The law is clear."`},
			[]said{{"The law is clear.", "Alun Michael", "Mr Michael"}}},
		{"a paragraph's speaker does not go on into a quotation a 'she' says is a woman's",
			[]string{`Mark Hale said the plan was "very sound indeed".`, `Zuri Voss, from the group Harbour Watch, joined the calls. Mark Hale said the cost was "far too high". She said: "The plan is wrong."`},
			[]said{{"very sound indeed", "Mark Hale", "Mark Hale"}, {"far too high", "Mark Hale", "Mark Hale"}, {"The plan is wrong.", "Zuri Voss", "Zuri Voss"}}},
		{"'it' with no body before is no one",
			[]string{`Tom Hale, a dock worker, spoke first. It said: "Every berth is ready."`},
			[]said{{"Every berth is ready.", "", ""}}},
		{"a body after an opening phrase's comma is the main clause's subject",
			[]string{`Hinting at better times for exporters, the NIESR said the euro zone "will pick up speed".`},
			[]said{{"will pick up speed", "NIESR", "NIESR"}}},
		{"a word that names no one alone is the surname of the person the article named in full",
			[]string{`Mary West, a professor, studies schools.`, `"The rules are new," West said.`, `Tom White coached the side. "They earned it," said White.`},
			[]said{{"The rules are new", "Mary West", "West"}, {"They earned it", "Tom White", "White"}}},
		{"a word that names no one alone opening a speech verb's clause before the quotation is the surname of the person named in full",
			[]string{`Tom White coached the side for years.`, `White says the team "earned every point."`},
			[]said{{"earned every point.", "Tom White", "White"}}},
		{"a word that names no one alone as a cue verb's subject after a quoted phrase is the surname of the person named in full",
			[]string{`Tom White writes a column.`, `After a federal "deportation force," White described the plan as "a caricature of policy."`},
			[]said{{"a caricature of policy.", "Tom White", "White"}}},
		{"a participle a few words after a quotation has the sentence's subject, not the words before it",
			[]string{`Labour's Tom Hale said the leaders had a "scorching" from MPs adding: "It was a meeting like no other."`},
			[]said{{"scorching", "Tom Hale", "Tom Hale"}, {"It was a meeting like no other.", "Tom Hale", "Tom Hale"}}},
		{"a role after a preposition belongs to the name before it, which speaks",
			[]string{`Ann Hale of the Daily Reporter said that the film was "heart-wrenching".`},
			[]said{{"heart-wrenching", "Ann Hale", "Ann Hale"}}},
		{"a name that ends like a demonym is no nationality describing the next run",
			[]string{`"It was harsh," said Rovers manager Ada McTavish of Novo's ban.`},
			[]said{{"It was harsh", "Ada McTavish", "Ada McTavish"}}},
		{"a newspaper named as a verb's subject speaks as a body",
			[]string{`"The plan will not work," the Orlando Sentinel reported.`},
			[]said{{"The plan will not work", "Orlando Sentinel", "Orlando Sentinel"}}},
		{"a word that names no one alone names no one when the article names no one of that surname",
			[]string{`"The rules are new," West said.`},
			[]said{{"The rules are new", "", ""}}},
		{"ranker: the person a pronoun's words are told to is not their speaker",
			[]string{`Leif Dahl, an adviser, spoke on Monday.`, `"We will win this," he told Tom Hale.`},
			[]said{{"We will win this", "", ""}}},
		{"ranker: no person anywhere near is no one",
			[]string{`The report was published on Tuesday by the ministry.`, `"Nothing in it surprised anyone."`},
			[]said{{"Nothing in it surprised anyone.", "", ""}}},
		{"ranker: the subject of the sentence before, not the rival named beside him",
			[]string{`Paul Okafor and his rival Dana Wells met in Leeds.`, `Okafor was relaxed. Good ideas win out, but only when "people can see them working in their own street."`},
			[]said{{"people can see them working in their own street.", "Paul Okafor", "Okafor"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, quotesOf(tt.paras...)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if strings.HasPrefix(tt.name, "ranker:") && len(Examples([]text.Article{articleOf(tt.paras...)})) == 0 {
				t.Error("the rules attribute every quotation: the row does not test the ranker")
			}
		})
	}
}

// wordBeforeFields is the plain definition wordBefore reads backwards to
// avoid: the last field of the lower-cased prefix.
func wordBeforeFields(s string, i int) string {
	before := strings.Fields(strings.ToLower(s[:i]))
	if len(before) == 0 {
		return ""
	}
	return strings.Trim(before[len(before)-1], ",")
}

func FuzzWordBefore(f *testing.F) {
	for _, s := range []string{"a statement from Chelsea", "looks like, Devine", "  ", "İstanbul\u00a0Mayor X", "x,, ,y"} {
		f.Add(s, len(s))
	}
	f.Fuzz(func(t *testing.T, s string, i int) {
		if i < 0 || i > len(s) {
			return
		}
		if got, want := wordBefore(s, i), wordBeforeFields(s, i); got != want {
			t.Errorf("wordBefore(%q, %d) = %q, want %q", s, i, got, want)
		}
	})
}

func TestTranscriptTurn(t *testing.T) {
	tests := []struct {
		quote, label, words string
		ok                  bool
	}{
		{"PENCE: We will win.", "Pence", "We will win.", true},
		{"CHRIS O'NEILL: Thank you.", "Chris O'Neill", "Thank you.", true},
		{"Q: And then?", "", "And then?", true},
		{"UPDATE: The vote is off.", "", "", false},
		{"The U.S. said: no.", "", "", false},
		{"NATO:", "", "", false},
	}
	for _, tt := range tests {
		label, words, ok := transcriptTurn(tt.quote)
		if label != tt.label || words != tt.words || ok != tt.ok {
			t.Errorf("transcriptTurn(%q) = %q, %q, %v; want %q, %q, %v", tt.quote, label, words, ok, tt.label, tt.words, tt.ok)
		}
	}
}

func TestLowerHyphenPart(t *testing.T) {
	for w, want := range map[string]bool{
		"Oscar-nominated": true, "British-born": true, "Hip-hop": true,
		"Henin-Hardenne": false, "Hill-Wood": false, "Ostrom": false, "Al-Assad": false,
	} {
		if got := lowerHyphenPart(w); got != want {
			t.Errorf("lowerHyphenPart(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestInOwnWords(t *testing.T) {
	for pre, want := range map[string]string{
		`She wants it because, in her words, `:              "she",
		`He said it, in his own words `:                     "he",
		`The phrase sits within her words, `:                "",
		`A long sentence before the phrase, in his words, `: "he",
	} {
		ref, _ := speakerBefore(pre)
		if ref.Pronoun != want {
			t.Errorf("speakerBefore(%q) pronoun = %q, want %q", pre, ref.Pronoun, want)
		}
	}
}

func TestModifiesNamedRole(t *testing.T) {
	for _, tt := range []struct {
		rest string
		want bool
	}{
		{" aide Lena Ruiz said", true},
		{" state director, Lena Ruiz, wrote", true},
		{" campaign press secretary Ada Wrenn", true},
		{" campaign senior press secretary Ada Wrenn", false}, // four words on: too far
		{" met chief executives", false},
		{" aide said", false},
		{" aide", false},
		{", an aide, said", false},
		{" told Lena Ruiz", false},
		{"", false},
	} {
		if got := modifiesNamedRole(tt.rest); got != tt.want {
			t.Errorf("modifiesNamedRole(%q) = %v, want %v", tt.rest, got, tt.want)
		}
	}
}

// TestRoleBeforeName: the title words before a name are the person's role,
// without a style that ends them ("Lord", "Mr").
func TestRoleBeforeName(t *testing.T) {
	for _, tt := range []struct{ text, role string }{
		{"Attorney General Lord Goldsmith said so.", "Attorney General"},
		{"Foreign Secretary Jack Straw said so.", "Foreign Secretary"},
		{"Lord Chancellor Lord Falconer said so.", "Lord Chancellor"},
		{"Mr Straw said so.", ""},
		{"U.S. Secretary of State Rex Tillerson said so.", "U.S. Secretary of State"}, // an office the run's title ends
		{"After Deputy Secretary of State Tom Nides spoke, they left.", "Deputy Secretary of State"},
	} {
		runs := names.Runs(tt.text)
		if len(runs) == 0 {
			t.Fatalf("%q: no run", tt.text)
		}
		run := runs[0]
		for _, r := range runs {
			if len(r.Name) >= 2 {
				run = r // the person's, after any run of the office
			}
		}
		ref, _ := refAndRoleBefore(tt.text, run)
		if ref.Role != tt.role {
			t.Errorf("%q: role %q, want %q", tt.text, ref.Role, tt.role)
		}
	}
}

// TestHeadlineNamesTheSurname: of two people of a surname, a bare surname
// is the one the headline names, Title Case and all.
func TestHeadlineNamesTheSurname(t *testing.T) {
	a := articleOf(`Sen. Ray Dunn spoke at the school where Ana Dunn taught.`, `"We owe them a vote," Dunn said.`)
	for _, title := range []string{"How the Flood Gave Ray Dunn a Cause", "A title"} {
		a.Title = title
		qs, _ := Build([]text.Article{a})
		want := "Ray Dunn"
		if title == "A title" {
			want = "Dunn" // nothing tells which
		}
		if len(qs) != 1 || qs[0].Speaker != want {
			t.Errorf("headline %q: got %+v, want one quote of %s", title, qs, want)
		}
	}
}

func TestJoinedToObject(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"The MP for Sittingbourne and Sheppey", true},
		{"The star of Rain Man and Tootsie", true},
		{"Milan won at Old Trafford and Ancelotti", false},
		{"Ada Wrenn and Tom Hale", false},
	} {
		i := strings.LastIndexByte(tt.s, ' ') + 1
		if got := joinedToObject(tt.s, i); got != tt.want {
			t.Errorf("joinedToObject(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestGenderOf: what the text tells of a person's sex, to match pronouns.
func TestGenderOf(t *testing.T) {
	st := speakerState{gender: map[string]names.Gender{}, named: map[string]names.Gender{"omar": names.GenderUnknown, "lund": names.Female}}
	for _, tt := range []struct {
		name []string
		want names.Gender
	}{
		{[]string{"Emma"}, names.Female},        // a given name alone
		{[]string{"Omar"}, names.GenderUnknown}, // the surname of "Ilhan Omar", not the given name
		{[]string{"Lund"}, names.Female},        // the surname of "Emma Lund"
		{[]string{"Tom", "Hale"}, names.Male},   // a given name with its surname
		{[]string{"Hale"}, names.GenderUnknown}, // a surname never said in full
	} {
		if got := st.genderOf(people.Ref{Name: tt.name}); got != tt.want {
			t.Errorf("genderOf(%v) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestPluralRoleSubject holds a group named by a plural role to no one,
// capitalised only where it opens the sentence: mid sentence such a word
// may be a surname.
func TestPluralRoleSubject(t *testing.T) {
	tests := []struct {
		pre    string
		nobody bool
	}{
		{"Prosecutors said Ortiz was ", true},
		{"The senator's aides said it was ", true},
		{"Ortiz and the prosecutors said it was ", true},
		{"Coach Tom Masters said it was ", false},
	}
	for _, tt := range tests {
		ref, ok := speakerBefore(tt.pre)
		if got := ok && ref.Nobody; got != tt.nobody {
			t.Errorf("speakerBefore(%q) = %+v, %v; want no one: %v", tt.pre, ref, ok, tt.nobody)
		}
	}
}

// TestPluralGroup holds the subjects read as a party or a group: "the"
// and capitalised words, the last a plural.
func TestPluralGroup(t *testing.T) {
	tests := []struct {
		lead string
		want bool
	}{
		{"The Conservatives and Lib Dems", true},
		{"In response, the Conservatives", true},
		{"The Tories", true},
		{"Mr Adams", false},         // a surname ending in s
		{"The Harbour Times", true}, // a paper: the body it names is read first
		{"The party's Ines Ortiz", false},
		{"the Williams sisters", false},
		{"The Boss", false},
	}
	for _, tt := range tests {
		if got := pluralGroup(tt.lead); got != tt.want {
			t.Errorf("pluralGroup(%q) = %v, want %v", tt.lead, got, tt.want)
		}
	}
}

// FuzzAttribution reads any paragraphs without a panic, and every
// quotation it reports is words of the text.
func FuzzAttribution(f *testing.F) {
	for _, s := range []string{
		`Mr Hale said: "The port will open." Harbour Minister Ken Brant said that the plan had been "a shambles from the start". He said: "The ships cannot wait."`,
		"Norvex said its profits would \"rise again\".\n\"We are confident of the year,\" it added.",
		`His niece, Marta "Tink" Olsen, shouted that the race "was not over yet".`,
		`Ada Wrenn's plan was dismissed as "wrong in every single way" by Justice Tom Hale.`,
		"Home Secretary Ken Brant set out his plans.\nThe home secretary said the plans were fair. \"They will work,\" he said.",
		`The Minister`, `"`, `the said "x" by`, `Rowling said "a"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for _, q := range quotesOf(strings.Split(s, "\n")...) {
			if !strings.Contains(s, q.Text) {
				t.Errorf("quotation %q is not in the text", q.Text)
			}
		}
	})
}

// TestHeadlinePerson: a role no one in the text was seen with speaks for
// the one person the headline names, unless it is an office, a
// nationality, a qualified role or one that stands for someone else.
func TestHeadlinePerson(t *testing.T) {
	tests := []struct {
		title, para string
		want        string
	}{
		{"Brant keen to stay at Leeds", `Ken Brant has been offered a new deal by Leeds. Early talks have taken place and the defender said: "I want to stay."`, "Ken Brant"},
		{"Brant keen to stay at Leeds", `Ken Brant has been offered a new deal by Leeds. The agent said: "Talks go on."`, ""},
		{"Brant keen to stay at Leeds", `Ken Brant has been offered a new deal by Leeds. The chancellor said: "Talks go on."`, ""},
		{"Brant keen to stay at Leeds", `Ken Brant has been offered a new deal by Leeds. "I want to stay," said the American.`, ""},
		{"Brant keen to stay at Leeds", `Ken Brant has been offered a new deal by Leeds. The former defender said: "Talks go on."`, ""},
		{"Brant and Hale to meet", `Ken Brant will meet Tom Hale in Leeds. The defender said: "Talks go on."`, ""},
	}
	for _, tt := range tests {
		a := articleOf(tt.para)
		a.Title = tt.title
		qs, _ := Build([]text.Article{a})
		if len(qs) != 1 {
			t.Fatalf("%q: %d quotations", tt.para, len(qs))
		}
		if qs[0].Speaker != tt.want {
			t.Errorf("%q: speaker %q, want %q", tt.para, qs[0].Speaker, tt.want)
		}
	}
}
