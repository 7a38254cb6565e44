"""Single parser cases, each a short text written for the test, with the reading a person gives it.

One table: a text, then what each of its speech records must hold, in order (their number too),
or, with ``LAST``, what the last one must hold. A value is compared for equality; ``Not(x)``
and ``OneOf(a, b)`` say "anything but x" and "a or b"; ``StartsWith(s)`` is for the quote."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quotecheck.model import Document  # noqa: E402
from quotecheck.parse import parse_document  # noqa: E402


def speech(text: str):
    return [q for q in parse_document(Document("case.txt", text)) if q.kind == "speech"]


@dataclasses.dataclass(frozen=True)
class Not:
    value: object


@dataclasses.dataclass(frozen=True)
class OneOf:
    values: tuple


@dataclasses.dataclass(frozen=True)
class StartsWith:
    prefix: str


LAST = "last"  # expected[0] is LAST: only the last record is read, with expected[1]


def _holds(got: object, want: object) -> bool:
    if isinstance(want, Not):
        return got != want.value
    if isinstance(want, OneOf):
        return got in want.values
    if isinstance(want, StartsWith):
        return isinstance(got, str) and got.startswith(want.prefix)
    return got == want


def case(name: str, text: str, *expected):
    return pytest.param(text, expected, id=name)


CASES = [
    case("opening curly mark inside a quotation nests",
         "“I would rather live in what he calls “hell” than see him win,” Rosa Diaz said.\n",
         {"quote": "“I would rather live in what he calls “hell” than see him win,”",
          "speaker": "Rosa Diaz"}),
    case("signature lines each name their own quotation",
         "Readers answered the question.\n"
         "“He never answers anything.” ― Ana Ruiz\n"
         "“I would take what he calls “chaos” over this.” ― Maria Lopez\n",
         {"speaker": "Ana Ruiz", "quote": StartsWith("“He neve")},
         {"speaker": "Maria Lopez", "quote": StartsWith("“I would")}),
    case("surname before a colon names someone the text names",
         "Jane Holt chaired the hearing.\n\nHolt: “We will sit until every witness is heard.”\n",
         {"speaker": "Jane Holt", "speaker_mention": "Holt"}),
    case("a word before a colon that the text names as no one",
         "The hearing went on late.\n\nUpdate: “The committee will sit again on Monday.”\n",
         {"speaker": None}),
    case("a surname after an honorific is not a colon speaker",
         "Nelson Diaz, a former aide, said of Mr. Rubio: “He has always worked harder than "
         "anyone in the room.”\n",
         {"speaker": "Nelson Diaz"}),
    case("unknown verb followed by a day, then the next passage continues",
         "Senator Pat Toomey voted no.\n\n“They were never serious about a deal,” Toomey fumed on "
         "Tuesday. “That would have shown good faith.”\n",
         {"speaker": "Pat Toomey", "cue": "fumed"},
         {"speaker": "Pat Toomey", "cue": None}),
    case("subject after two lead-ins",
         "On Thursday, after weeks of silence, Samuel Okafor backed the plan, saying, “The jobs "
         "are real.”\n",
         {"speaker": "Samuel Okafor", "cue": "saying"}),
    case("a sentence-opening word is no title",
         "But Mr. Ackman was calm. “We are not selling,” Mr. Ackman said.\n",
         {"speaker": "Ackman", "role": None}),
    case("role set off before the name",
         "The company’s site manager, Ruth Ambler, spoke first. “We will plant a wood,” Ambler "
         "said.\n",
         {"speaker": "Ruth Ambler", "role": "company’s site manager"}),
    case("an anonymous party member is a description without a name",
         "“The race here is for second place,” said a New Hampshire Republican.\n",
         {"speaker": None, "speaker_mention": "a New Hampshire Republican"}),
    # Never a speaker made of the clause's words: the sentence's subject, its title read apart.
    case("the subject of a verb phrase without a reporting verb speaks",
         "The technology columnist Dan Reyes went so far as to say: “The company has no plan at "
         "all for what comes next.”\n",
         {"speaker": "Dan Reyes", "role": "technology columnist"}),
    case("a name followed by where the person comes from",
         "“We will not let this stand,” said Senator Tammy Baldwin of Wisconsin.\n\n"
         "Former Secretary of State Madeleine Albright spoke next, saying, “There is a place for "
         "all of us.”\n",
         {"speaker": "Tammy Baldwin", "role": "Senator"},
         {"speaker": "Madeleine Albright", "role": "Former Secretary of State"}),
    case("a description with a relative clause before the verb is the speaker",
         "“We should take our time,” an aide to the mayor, who asked not to be named because "
         "the talks are private, told reporters.\n",
         {"speaker": None, "speaker_mention": "an aide to the mayor", "cue": "told"}),
    case("a description with an apposition before the verb is the speaker",
         "The council, a body of nine elected members, said in a statement, “The vote stands.”\n",
         {"speaker_mention": "The council", "cue": "said"}),
    case("a role held for someone named, set off before the name",
         "“We are ready for the count,” Springfield Mayor Ana Ruiz’s chief of staff, Tom Hale, "
         "told the Gazette.\n\n“Every ballot will be seen,” Hale added.\n",
         {"speaker": "Tom Hale", "role": "Springfield Mayor Ana Ruiz’s chief of staff"},
         {"speaker": "Tom Hale", "speaker_mention": "Hale"}),
    case("a full name set off last before the verb is the subject",
         "On Tuesday in Dover, after winning the county vote, Gov. Jane Holt (D-Del.), said, "
         "“We will build the bridge.”\n",
         {"speaker": "Jane Holt", "role": "Gov."}),
    # A party and a state set off the same way are no name.
    case("a party and a state set off after a name are no name",
         "“We will win,” Sen. Tom Hale, D-Del., said.\n",
         {"speaker": "Tom Hale", "role": "Sen."}),
    case("someone described by whom they work for is not that person",
         "Senator Rosa Diaz spoke first.\n\n“She will not back down,” a Diaz adviser said.\n\n"
         "“We knew this was coming,” one longtime aide to Diaz said.\n",
         {"speaker": None, "speaker_mention": "a Diaz adviser"},
         {"speaker": None, "speaker_mention": "one longtime aide to Diaz"}),
    case("an indefinite description is someone new, a definite one someone known",
         "Prime Minister Ivo Kral met the envoys.\n\n“The talks went well,” an official said.\n\n"
         "“We expect a deal,” the prime minister said.\n",
         {"speaker": None, "speaker_mention": "an official"},
         {"speaker": "Ivo Kral", "speaker_mention": "the prime minister"}),
    case("an organisation named in a description speaks, a party does not",
         "“The exercise is routine,” a Pentagon spokesman said.\n\n"
         "“He has no chance,” a Florida Republican strategist said.\n",
         {"speaker": "Pentagon", "speaker_mention": "a Pentagon spokesman"},
         {"speaker": None, "speaker_mention": "a Florida Republican strategist"}),
    case("a title the lists do not know before a known first name",
         "“The recount found nothing,” Franklin County Recorder Helen Marsh said during the "
         "hearing.\n\n“That was a joke,” Comedian Sarah Silverman said. “I meant it,” Silverman "
         "added.\n",
         {"speaker": "Helen Marsh", "role": "Franklin County Recorder"},
         {"speaker": "Sarah Silverman", "role": "Comedian"},
         {"speaker": "Sarah Silverman", "speaker_mention": "Silverman"}),
    # Two first names in a row are one person's names, and a party is no title.
    case("two first names in a row after a party",
         "“We will win,” Republican Peter Walter Grant said.\n",
         {"speaker": "Peter Walter Grant", "role": None}),
    case("a participle after a reporting verb goes with that verb",
         "Paul Hart did not stay long but left after the vote, Helen Marsh said, adding, "
         "“Nobody should doubt the result.”\n",
         {"speaker": "Helen Marsh", "cue": "adding"}),
    case("the verb right before a passage introduces it over the sentence after",
         "Helen Marsh was asked whether she would run again and said, “Not this year.” The "
         "governor then recalled the storm of 2011.\n",
         {"speaker": "Helen Marsh", "cue": "said"}),
    case("what was said is not who said it",
         "Tom Hale, citing “the new figures,” said the candidate could be in a strong position.\n"),
    case("a description after said is the mention",
         "“We will win,” said the candidate.\n",
         {"speaker_mention": "the candidate"}),
    case("a document that goes on to say",
         "The letter goes on to say: “We expect an answer within thirty days.”\n",
         {"speaker_mention": "The letter", "cue": "goes on to say"}),
    case("places and nationalities in a description are not speakers",
         "“We will not pay for it,” a Mexican official said.\n\n"
         "“We need change,” the New York businessman said.\n\n"
         "“The base is secure,” a White House spokesman said.\n",
         {"speaker": None, "speaker_mention": "a Mexican official"},
         {"speaker": None, "speaker_mention": "the New York businessman"},
         {"speaker": "White House", "speaker_mention": "a White House spokesman"}),
    case("an aside set off by dashes between the subject and the verb",
         "Tom Hale, the chief executive of Ora Media -- the company that owns the station, which "
         "also streams online -- told me, “We take no sides.”\n\n"
         "“We never did,” Hale -- who once ran the newsroom -- said.\n",
         {"speaker": "Tom Hale", "role": "chief executive of Ora Media", "cue": "told"},
         {"speaker": "Tom Hale", "speaker_mention": "Hale"}),
    case("a signature in the paragraph after a standalone quotation",
         "The fact-checkers looked at two claims.\n\n“The rate has doubled since 2010.”\n\n"
         "- Rosa Diaz.\n\n“We will cut it in half.”\n\n-Governor Tom Hale, speaking after the debate.\n\n"
         "The senator relied on an old figure.\n",
         {"speaker": "Rosa Diaz", "cue": None},
         {"speaker": "Tom Hale", "role": "Governor"}),
    case("a lead-in that is only a titled name and a colon",
         "A reader asked about the emails.\n\nFormer secretary of state Jane Holt:\n\n"
         "“I never sent a classified message.”\n",
         {"speaker": "Jane Holt", "role": "Former secretary of state"}),
    # A reporting verb that opens the lead-in is not part of a name.
    case("a reporting verb opening a lead-in is no part of the name",
         "Ryan Ellis runs the firm.\n\nSaid Ellis:\n\n“We grew again this year.”\n",
         {"speaker": "Ryan Ellis", "speaker_mention": "Ellis"}),
    case("an unknown verb before the name after a quotation",
         "Obama spoke about the economy.\n\n“Is this the best he can do?” reacted Tom Hale.\n",
         {"speaker": "Tom Hale", "cue": "reacted"}),
    case("with someone yelling",
         "At a rally in Birmingham, Alabama, on Saturday, supporters punched a protester, with "
         "Tom Hale reportedly yelling: “Get him out of here!”\n",
         {"speaker": "Tom Hale", "cue": "yelling"}),
    case("a second verb after but goes back to the subject",
         "Tom Hale used to support Rosa Diaz, but now said she had “the duty to unite us all.”\n",
         {"speaker": "Tom Hale", "cue": "said"}),
    case("a known first name after a lower-case title",
         "“I was offered a scholarship,” said retired neurosurgeon Ben Carson.\n",
         {"speaker": "Ben Carson"}),
    case("a name after a description",
         "“We will win,” said the American ambassador at the time, John E. Herbst.\n",
         {"speaker": "John E. Herbst", "role": "American ambassador at the time"}),
    # After a clause, a first name is only someone the clause mentions.
    case("a first name inside a clause after the subject",
         "Of the plan, Levine, who has given money to Marco Rubio, said, “It is a circus.”\n",
         {"speaker": "Levine"}),
    case("an unknown verb before a name with an apposition",
         "Fiorina lost her job in the end.\n\n“She never backed down,” remembered Roy Verley, "
         "the company’s former chief spokesman.\n",
         {"speaker": "Roy Verley", "cue": "remembered"}),
    case("an inverted verb after a conjunction or a clause",
         "Sam Solovey worked for him for years. But, said Solovey, “if you cross him, he never "
         "forgets.”\n\nBecause of how the primary schedule was drawn up, explained Rosenberg, "
         "“the nominee will be known by March.”\n",
         {"speaker": "Sam Solovey", "speaker_mention": "Solovey"},
         {"speaker": "Rosenberg", "cue": "explained"}),
    # A verb after "and" has the sentence's subject; what follows it is its object.
    case("a verb after and has the sentence's subject",
         "Hale issued a statement and told the crowd he was “the first to say it.”\n",
         {"speaker_mention": "Hale", "cue": "told"}),
    case("a statement issued by a titled name",
         "After the shooting, Republican nominee Tom Hale issued the following statement:\n\n"
         "“Our prayers are with the families.”\n",
         {"speaker": "Tom Hale", "role": "Republican nominee"}),
    case("a name that carries its own title after a lower-case word",
         "“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek, who served in Iraq.\n",
         {"speaker": "Mick Bednarek"}),
    case("a sentence subject after and then",
         "Hale took credit for the warning. And then Tom Hale went fully on the attack, saying, "
         "“He should resign at once!”\n",
         {"speaker": "Tom Hale", "cue": "saying"}),
    case("the audience answering back",
         "Hale asked who would pay for the wall.\n\n“Not us, not ever!” the audience screamed back.\n",
         {"speaker": None, "speaker_mention": "the audience", "cue": "screamed"}),
    case("a quotation opening a sentence takes the subject of the sentence before it",
         "Ingrid Solberg spoke at the depot on Friday.\n\n"
         "Solberg distanced herself from the strike by saying she would rather negotiate.  "
         "“I am going to sit down with them, and I am going to stay until we have a deal.”\n",
         {"speaker": "Ingrid Solberg", "via": "narration"}),
    case("a full name with no sign of a person, its surname the narrated subject",
         "The fair opened on Monday with Tavi Okonkwo-Reyes, star of the cooking show “Hot Plate.”\n\n"
         "Okonkwo-Reyes praised the organisers and the volunteers who had set up the stalls.\n\n"
         "“We need more fairs like this one, in every town in the province.”\n",
         {"speaker": "Tavi Okonkwo-Reyes", "via": "narration"}),
    case("the subject between a passage and its verb is its source, whatever its noun",
         "The campaign went live on Monday. “Help us print the book they tried to stop,” the pitch "
         "on the crowdfunding page says.\n",
         {"speaker": None, "speaker_mention": "the pitch on the crowdfunding page", "cue": "says"}),
    case("a plural role noun opening a sentence is no name",
         "The plant closed in March. Officials said “the site will be cleaned up by the end of next "
         "year, at the latest.”\n",
         {"speaker": None, "speaker_mention": "Officials", "cue": "said"}),
    case("someone in the crowd, not the crowd, and not the person named after",
         "Moss asked the hall who should pay. When someone in the audience shouted, “The banks!” "
         "Moss laughed and moved on.\n",
         {"speaker": None, "speaker_mention": "someone in the audience", "cue": "shouted"}),
    case("a crowd chanting, the noun after a preposition no subject",
         "The march reached the bridge at noon. Students marching through the streets chanted "
         "“No more cuts, no more fees!” and kept going until dark.\n",
         {"speaker": None, "speaker_mention": OneOf((None, "Students")), "via": None}),
    case("a name with Jr. before its apposition",
         "The account was closed.\n\n“It works as a way to sell books, and as a way to sell fear,” "
         "Roland P. Ashby Jr., the director of the state police, said on Monday.\n",
         {"speaker": "Roland P. Ashby Jr.", "role": "director of the state police", "cue": "said"}),
    case("an apposition whose closing comma is missing: the name before it",
         "“This new ad raises questions about whether voters can trust him,” Katie Lindqvist, who "
         "chairs Our Principles Fund said in a statement.\n",
         {"speaker": "Katie Lindqvist", "cue": "said"}),
    case("an apposition whose closing comma is missing: the name after a description",
         "“She is also a mother of three young boys,” another friend, Mariam Okafor told reporters.\n",
         {"speaker": "Mariam Okafor", "role": "another friend", "cue": "told"}),
    case("an opening phrase of lower-case words, then the subject with its article",
         "The board met on Tuesday. As if answering the mayor directly, the Riverside Board of "
         "Elections was blunt in its findings: “Further discussion of this issue is unnecessary.”\n",
         {"speaker": "Riverside Board of Elections"}),
    case("a name with a title and an outlet before it opening the sentence",
         "Investors fled. The Ledger technology columnist Dana Whitcombe went so far as to say: "
         "“The service as we know it is over.”\n",
         {"speaker": "Dana Whitcombe"}),
    case("the agent of a passive verb of asking speaks the passage",
         "Okafor appeared on the programme on Friday.\n\nOkafor was asked by host Lena Brandt, who "
         "has backed him before, “Are you tired of hearing about the audit, or will you answer?”\n",
         {"speaker": "Lena Brandt", "via": "narration"}),
    case("a colon ending the last clause of a long lead-in gives that clause's subject",
         "It was Hedda Lund who started it.\n\nThat is, when the panel gave in to the pull of "
         "snark—and who could blame them!— Lund called them on it:\n\n“The questions asked tonight "
         "show why people do not trust the panel.”\n",
         {"speaker": "Hedda Lund", "via": "narration"}),
    case("a capitalised title alone is no one's name",
         "The minister defended the plan. “It is the right thing to do,” the Prime Minister told "
         "reporters in Wellington.\n",
         {"speaker": None, "speaker_mention": "the Prime Minister", "cue": "told"}),
    case("a capitalised title alone refers back to the person who holds it",
         "Prime Minister Aroha Tane defended the plan on Monday. “It is the right thing to do,” the "
         "Prime Minister told reporters in Wellington.\n",
         {"speaker": "Aroha Tane", "via": "description"}),
    case("a surname that is a title word, after an honorific, is a name",
         "Charlie King ran the party for a decade. “The machine is gone,” Mr. King said.\n",
         {"speaker": "Charlie King"}),
    case("someone's response before a colon is theirs",
         "Mayor Dana Whitfield spoke on Monday. Whitfield’s response: “The budget is balanced and "
         "we are proud of it.”\n",
         {"speaker": "Dana Whitfield"}),
    case("what is of an organisation is no part of its name; the company is that organisation",
         "Shares of Brightwater Corp fell 12 per cent on Tuesday. “We remain confident in our "
         "long-term strategy,” the company said in a statement.\n",
         {"speaker": "Brightwater Corp", "via": "description"}),
    case("an inverted verb, then a title the lists do not know and a full name",
         "Refugees are welcomed here.\n\n“Thanks, Clarkston, for welcoming them,” said master of "
         "ceremonies Asab Al-Tabchi, a Syrian engineer.\n",
         {"speaker": "Asab Al-Tabchi", "cue": "said"}),
    case("an inverted verb before someone's kin names the kin, not the person",
         "“It was a terrible loss,” said the mother of Jane Holm, who died in the crash.\n",
         {"speaker": None, "speaker_mention": "the mother of Jane Holm"}),
    case("an outlet named with its kind in lower case",
         "The party was split. “In the case of Wyoming, the train has already left the station,” "
         "wrote Time magazine.\n",
         {"speaker": "Time magazine", "cue": "wrote"}),
    case("adjectives in a row before the noun of a description",
         "He made the climate his focus. “From day one, I made climate change the top priority,” the "
         "bespectacled, 71-year-old diplomat said in an interview.\n",
         {"speaker": None, "speaker_mention": "the bespectacled, 71-year-old diplomat"}),
    case("a phrase opened by a preposition is no subject; an article's name modifies the noun after it",
         "The comment drew attention. Alongside BLM calls for action, even a top GOP strategist said "
         "the mayor will have to choose, saying, “At some point, she is going to have to come out.”\n",
         {"speaker": None, "speaker_mention": "a top GOP strategist", "cue": "saying"}),
    case("asked, with no one said to ask: the question is not the subject's",
         "In an interview published on Wednesday, Harlan Voss was asked, “What is the most dangerous "
         "place you have been to?”\n",
         {"speaker": None}),
    case("a pronoun with no one else to stand for: the full name that opened the sentence before",
         "Jillian Soto spoke first. “We want them held accountable,” she said.\n",
         {"speaker": "Jillian Soto", "via": "pronoun"}),
    case("not when the first name is mostly of the other gender",
         "Jillian Soto spoke first. “We want them held accountable,” he said.\n",
         {"speaker": None}),
    case("a long capitalised title before a first name and a surname",
         "Jillian Soto spoke first.\n\n“The senator voted twice to protect gun dealers from being "
         "held accountable,” New York City Public Advocate Trish Jameson said.\n",
         {"speaker": "Trish Jameson", "role": "New York City Public Advocate", "cue": "said"}),
    case("a document named before 'as follows' introduces its text",
         "The council met on Tuesday.\n\nPartial transcript as follows:\n\n“We have heard every "
         "resident who wrote to us, and we have decided.”\n",
         {"speaker": None, "speaker_mention": "Partial transcript", "via": None}),
    # Nobody named speaks: the source is not Fox News, which it spoke to.
    case("a name after a participle and a preposition is its object",
         "“We will know more by the end of the week,” another intelligence source speaking to "
         "Fox News said.\n",
         {"speaker": None, "speaker_mention": OneOf((None, "another intelligence source"))}),
    case("an inverted verb ending the sentence after a quoted phrase",
         "Clinton “drew well from working-class voters” in the primary, said Ohio State University "
         "professor Paul Beck. “That is no longer true.”\n",
         {"speaker": "Paul Beck", "role": "Ohio State University professor", "cue": "said"},
         {"speaker": "Paul Beck"}),
    case("a second verb after and before a colon",
         "The crowd began to chant. Tom Hale gestured as if to stop it, then leaned in and boomed: "
         "“We will win in November!”\n",
         {"speaker": "Tom Hale", "cue": "boomed"}),
    case("a paragraph of quotation takes the person the sentence before opens with",
         "Dana Whitlock, the county's fire chief, toured the burned homes on Monday.\n\n"
         "Whitlock praised the volunteers who stayed through the night.\n\n"
         "“Without them we would have lost the whole street.”\n",
         {"speaker": "Dana Whitlock", "via": "narration", "speaker_mention": None}),
    case("a capitalised word that opens a sentence is no one",
         "Often, families did not understand what the rules asked of them.\n\n"
         "“There was nobody to explain any of it to us at the time.”\n",
         {"speaker": None, "via": None}),
    case("a quotation inside a sentence is the subject's unless someone else is named first",
         "Dana Whitlock, the county's fire chief, spoke on Monday.\n\n"
         "Whitlock thanked the crews for “staying when it mattered most and going home last.”\n\n"
         "Whitlock cited a charge that Tom Reyes, the mayor, once called “a disgrace to the whole "
         "county and everyone in it.”\n",
         {"speaker": "Dana Whitlock", "via": "narration"},
         {"speaker": Not("Dana Whitlock")}),
    case("a source named after from before a colon",
         "Pollster Ann Jones studies turnout in the province.\n\n"
         "More from Jones: “Turnout in the rural counties fell by a third in two years.”\n\n"
         "The Prairie Health Institute published a report on Monday.\n\n"
         "From the report: “Eleven of the forty clinics have no doctor on most days.”\n",
         {"speaker": "Ann Jones", "speaker_mention": "Jones", "via": "name"},
         {"speaker": "Prairie Health Institute", "speaker_mention": "the report",
          "via": "document"}),
    # A quotation its own sentence gives no reporting verb: the subject of the clause that holds it.
    case("a name before a title is a modifier, not the subject",
         "Mayor Ann Harlow opened the meeting at seven.\n\n"
         "Later, Harlow campaign manager Pete Vance called the vote “a disgrace to the whole council.”\n",
         {"speaker": "Pete Vance", "role": "Harlow campaign manager"}),
    case("a person named as an object does not take the subject's quotation",
         "Councillor Maria Ortiz, who has long opposed Mayor Tom Reed, called the budget “a gift to "
         "developers and nobody else.”\n",
         {"speaker": "Maria Ortiz"}),
    # Frost's words, whom nothing marks as a person.
    case("a clause with a subject of its own keeps the sentence subject out",
         "Mayor Tom Reed opened the meeting.\n\n"
         "Reed then faced charges that Dale Frost, for one, called “an insult to every taxpayer.”\n",
         {"speaker": OneOf((None, "Dale Frost"))}),
    case("in the passive the subject is not the speaker",
         "Mayor Tom Reed opened the meeting.\n\n"
         "Reed was asked by reporter Jane Colt, “Will you resign before the election?”\n",
         {"speaker": Not("Tom Reed")}),
    case("a description as subject is the mention when it names no one known",
         "The sale of the mill was announced on Monday.\n\n"
         "The spokesman refused further questions on the sale: “We will say more next week.”\n",
         {"speaker": None, "speaker_mention": "The spokesman"}),
    case("a description that names no person is no subject",
         "The council met on Monday.\n\n"
         "The scheduling was so odd that nobody came: “Where is everyone tonight, and who moved the meeting?”\n",
         {"speaker": None, "speaker_mention": None}),
    case("a few quoted words inside a sentence without a reporting verb are a term",
         "Dana Whitlock opened her bakery in 2019.\n\n"
         "Whitlock was joined on Monday by Raj Patel, star of the cooking show “Knead to Know.”\n"),
    case("a dateline is no sentence's subject",
         "HALIFAX, May 3 (CP) — In answer to the council's plan for the waterfront, the mayor's "
         "closest adviser rallied residents, saying: “We will fight this in every hall in the city.”\n",
         {"speaker": Not("HALIFAX")}),
    case("a state abbreviation after a place is never a speaker",
         "“Membership fell by half in two years,” the club, a private course 300 miles north of "
         "here in Ponte Vedra Beach, Fla., said in its report.\n",
         {"speaker": Not("Fla."), "speaker_mention": Not("Fla.")}),
    case("a name whose verb runs into the passage outranks a pronoun after it",
         "Senator Dana Kolb met Mayor Rita Osei on Tuesday.\n\n"
         "Asked about the budget, Kolb said “I have not read a single page of it,” she said.\n",
         {"speaker": "Dana Kolb"}),
    case("a participle after a quoted word goes back to the sentence's subject",
         "Nadia Ferraro runs the tenants' union on Harbour Street.\n\n"
         "Ferraro mocked the landlord's “renovation,” saying, “They painted one wall and raised "
         "the rent by a third.”\n",
         LAST, {"speaker": "Nadia Ferraro"}),
    case("said after a full stop that reports something else begins a new sentence",
         "“The deal is dead,” council leader Joan Pryce said on Monday. “It shows a lack of nerve.” "
         "Mayor Alan Ruddock said both sides would meet again in March.\n",
         {"speaker": "Joan Pryce"},
         {"speaker": "Joan Pryce"}),
    case("a verb before to say leaves its subject the speaker",
         "The hearing was so quiet that Judge Mara Ellis was moved to say, “I have never seen "
         "a room this calm in twenty years.”\n",
         {"speaker": "Mara Ellis"}),
    case("a clause with a verb before a role noun is no description",
         "The hearing was so quiet that Judge Mara Ellis said, “I have never seen a room this calm "
         "in twenty years.”\n",
         {"speaker_mention": Not("The hearing was so quiet that Judge Mara Ellis"),
          "speaker": "Mara Ellis"}),
    case("a title with a full stop ends no sentence before a participle",
         "Mr. Hale brushed off Mrs. Osei's remark -- “That makes me careful” -- and, when pressed "
         "after the debate, asserting, “Of course I pay every tax I owe.”\n",
         LAST, {"speaker": "Hale"}),
    case("a passage that ends its sentence is not attributed by the next sentence's verb",
         "Critics compared the stumble to the worst debate lapses.\n\n"
         "The conservative writer Ada Pell called the moment “a display of panic at a moment of "
         "certainty.” In a series of posts on Sunday, she wrote more.\n",
         {"speaker": "Ada Pell"}),
    case("an adjective before a name after an article describes the speaker",
         "“The city will always be the city,” an angry Moreau retaliated. “It never gives up.”\n\n"
         "“Hey, hey! Ho, ho! The mayor has got to go!” some protesters chanted.\n",
         {"speaker": "Moreau"},
         {"speaker": "Moreau"},
         {"speaker": None, "speaker_mention": "some protesters"}),
    case("the subject of a verb of naming in a relative clause speaks the phrase",
         "The city prepares for what Mayor Ann Holt called “the loudest summer in memory.”\n\n"
         "Much of the anger was aimed at Reeves, who Holt on Wednesday called “a careless landlord.”\n",
         {"speaker": "Ann Holt"},
         {"speaker": "Ann Holt"}),
    case("an inverted verb after a lead-in takes a titled name",
         "In other words, explained CBS moderator Nina Cole: “What does that have to do with it?”\n",
         {"speaker": "Nina Cole", "cue": "explained"}),
    case("a plural subject without an article is a description",
         "“We cannot rule out other causes of the decline,” the researchers write in the paper.\n\n"
         "“The extent of the harm is incalculable,” federal prosecutors wrote in a filing.\n\n"
         "“Trading down rarely reverses quickly,” analysts at Birchwood Securities wrote.\n",
         {"speaker_mention": "the researchers", "cue": "write"},
         {"speaker_mention": "federal prosecutors", "cue": "wrote"},
         {"speaker_mention": "analysts at Birchwood Securities", "cue": "wrote"}),
    case("a pronoun after an unnamed person names no one",
         "Const. Aisha Farouk, a spokesperson for the police, said the fire was set deliberately.\n\n"
         "A neighbour, who asked not to be named because she feared for her safety, said she had "
         "seen a pickup truck outside twice last week.\n\n"
         "\"It just sat there with the lights off. I thought it was a guard,\" she said.\n",
         LAST, {"speaker": None, "speaker_mention": "she"}),
    case("an object pronoun in a name's own clause is no sign of its gender",
         "Rosa Diaz said the lorry had not signalled.\n\n"
         "“The footage is clear on that point,” she said.\n\n"
         "Clare Hughes, who was married to him for eleven years, said her husband rode the route daily.\n\n"
         "“He was careful to the point of being boring about it,” she said.\n",
         {"speaker": "Rosa Diaz"}, {"speaker": "Clare Hughes"}),
    case("a spokesperson of a kind speaks for the organisation of that kind just named",
         "South Yorkshire Police closed the road, and Sheffield City Council said a review had begun. "
         "“We will publish its findings in full,” a council spokesperson said.\n",
         {"speaker": "Sheffield City Council", "via": "description"}),
    case("the company is the business the narration named as a subject, with no sign of a person",
         "Northwind Robotics will cut 300 jobs. The firm said the cuts would fall on hardware. "
         "“Software and support are not affected,” the company said.\n",
         {"speaker": "Northwind Robotics", "speaker_mention": "the company"}),
    case("no company for a name with a first name",
         "Laura Finch will leave at the end of the year. "
         "“Software and support are not affected,” the company said.\n",
         {"speaker": None, "speaker_mention": "the company"}),
    case("a nationality refers back to the person the sentence before is about",
         "Erik Lindqvist lost in five sets.\n\nLindqvist had served for the match.\n\n"
         "“I had my chances,” the Swede said.\n",
         {"speaker": "Erik Lindqvist", "speaker_mention": "the Swede", "role": None}),
    case("a title quoted between a speaker and the verb is part of the attribution",
         "“We have had more successful conventions than this one,” Texas delegate Bill Eastland, "
         "wearing “Ted Cruz” campaign pins, said.\n\n"
         "As Akhil Amar, author of “America's Unwritten Constitution,” put it, “A compromise "
         "candidate today may be far better for them.”\n",
         {"speaker": "Bill Eastland"}, {"speaker": "Akhil Amar", "cue": "put it"}),
    case("a title outside the attribution changes nothing",
         "Swanson slammed the scouts for promoting “lesbianism, abortion and contraception for "
         "girls” on his radio show, “Generations with Kevin Swanson,” a watchdog group reported.\n",
         {"speaker": None, "speaker_mention": None}, {"speaker_mention": "a watchdog group"}),
    case("a capitalised agent noun before a full name is what the person is",
         "Passenger Eleni Kostas was travelling with her children. “The smoke came up the stairs "
         "and people started screaming,” she said.\n",
         {"speaker": "Eleni Kostas", "role": "Passenger"}),
    case("a first name alone completes a full name given with no sign of a person",
         "Every morning, Inês Carvalho opens the bakery. Marta Carvalho arrives an hour later.\n\n"
         "“The oven is the boss,” says Inês, who is 41.\n\n“That was nine years ago,” Marta says.\n",
         {"speaker": "Inês Carvalho", "speaker_mention": "Inês"},
         {"speaker": "Marta Carvalho", "speaker_mention": "Marta"}),
    case("a word alone that is no first name completes no name by its first word",
         "The Trump Train rolled on. “We will win,” Trump said.\n",
         {"speaker": "Trump"}),
    case("a listed role noun before two capitalised words is a title",
         "Parent Kwame Asante posted the email. “The delays are real,” he wrote.\n",
         {"speaker": "Kwame Asante", "role": "Parent"}),
    case("a reporting word after a possessive noun is a noun",
         "Trump told the Post he was not there yet.\n\n"
         "Ryan’s campaign shrugged off Trump’s comments, telling reporters, “No one on his team has "
         "ever asked for an endorsement.”\n",
         {"speaker": None, "speaker_mention": "Ryan’s campaign"}),
    case("a day of the week owns no document",
         "The Des Moines Register was blunt. “It's downright ludicrous,” a Wednesday editorial in "
         "The Des Moines Register said.\n",
         {"speaker": "Des Moines Register"}),
    case("a sentence's opening topic speaks no quotation",
         "New York attorney Eric Levine spoke of both men. Of Carson, Levine, who has given money to "
         "Marco Rubio, said, “He’s flat-out scary. I think he’s a wonderful man.”\n",
         {"speaker": "Eric Levine"}),
    case("a name with a spokesman and no other sign of a person is an institution",
         "The White House said the president had accepted the resignation. “He thanks her for her "
         "service,” a White House spokesman said.\n",
         {"speaker": "White House", "via": "description"}),
    case("a person's spokesman is not that person",
         "Laura Finch said she had resigned. “She thanks them for their support,” a Finch "
         "spokesman said.\n",
         {"speaker": None, "speaker_mention": "a Finch spokesman"}),
    case("an institution's metonym names it",
         "“The Prime Minister thanks her for her service,” a No 10 spokesman said.\n",
         {"speaker": "Downing Street"}),
    case("a pronoun against the first name's gender is no sign of a gender",
         "Lena Marsh is back on tour.\n\nCalvin Otieno, who has worked on all five of her albums, "
         "said the record was her best. “She sings differently now,” he said.\n",
         {"speaker": "Calvin Otieno", "speaker_mention": "he"}),
    case("someone's producer is a person, not a company",
         "Lena Marsh is back on tour.\n\nHer producer, Calvin Otieno, said the record was her best. "
         "“She sings differently now,” he said.\n",
         {"speaker": "Calvin Otieno", "role": "producer"}),
    case("the elder and the younger of two namesakes, by the kin that introduced one",
         "Henry Ng opened the store in 1963. His son, David Ng, has run it since 2005.\n\n"
         "The elder Ng said he was proud of his son. “He kept it going longer than anyone "
         "expected.”\n\nThe younger Ng said, “It was time.”\n",
         {"speaker": "Henry Ng"}, {"speaker": "David Ng"}),
    case("the elder of namesakes the text does not tell apart is no one",
         "Henry Ng and David Ng opened the store.\n\nThe elder Ng said, “It was time.”\n",
         {"speaker": None}),
    case("an honorific never names the one namesake introduced as kin of the other gender",
         "Mr. Obama called Naghmeh Abedini. Her husband, Saeed Abedini, was free.\n\n"
         "“I could see his compassion as he spoke,” Mrs. Abedini wrote.\n",
         {"speaker": "Naghmeh Abedini"}),
    case("an honorific of no gender marks a person too",
         "Dr. Amara Nwosu sees about 40 patients a day. Her colleague, Dr. Hélène Tremblay, sees "
         "almost as many.\n\n“Patients can tell the difference,” Nwosu says.\n\n"
         "Tremblay grew up in the town. She says recruiting has been impossible.\n\n"
         "“We have advertised for four years,” she says.\n",
         {"speaker": "Amara Nwosu"}, {"speaker": "Hélène Tremblay"}),
    case("a name after the is no person's",
         "In Chicago the parade began with a moment of silence, the Chicago Sun-Times reported.\n\n"
         "“I pretty much cried the whole parade,” he said.\n",
         {"speaker": None, "speaker_mention": "he"}),
    case("a nickname inside a name is a term, and the name is read without it",
         "Juan “Chico” Manriquez of Oakland carried one of the photos. “I pretty much cried the "
         "whole parade,” he said.\n\n“We have had better conventions than this one,” said Dwayne "
         "“The Rock” Johnson.\n",
         {"speaker": "Juan Manriquez", "speaker_mention": "he"},
         {"speaker": "Dwayne Johnson"}),
    case("a possessive's unknown noun before the verb is the subject, not the owner",
         "Hillary Clinton’s right-hand woman rallied supporters, saying: “We have to be ready to "
         "stop him.”\n",
         {"speaker": None, "speaker_mention": "Hillary Clinton’s right-hand woman"}),
    case("a participle after a clause with a reporting verb goes back to the sentence's subject",
         "Incumbent Janice Okafor has not conceded, telling supporters the race is “far from over.”\n",
         {"speaker": "Janice Okafor", "cue": "telling"}),
    case("a surname of two words is the end of the full name",
         "Canadiens coach Martin St. Louis praised his winger. “He waits for the game to come to "
         "him,” St. Louis said.\n\nDebbie Wasserman Schultz spoke next. “Both campaigns agreed,” "
         "Wasserman Schultz said.\n",
         {"speaker": "Martin St. Louis"}, {"speaker": "Debbie Wasserman Schultz"}),
    case("a pronoun opening the sentence before carries its person forward",
         "Paul Ryan met reporters on Thursday. He said he was not ready to back Donald Trump. He "
         "said Trump had to unite the party first.\n\n“I think conservatives want to know,” he said.\n",
         {"speaker": "Paul Ryan"}),
    case("an acronym after the is an organisation's name",
         "The transit authority, the STM, said service would continue. “We will publish a reduced "
         "schedule by Friday,” it said.\n",
         {"speaker": "STM", "via": "pronoun"}),
    case("an organisation's front-runner speaks for himself",
         "The GOP is divided.\n\n“It is rigged,” the GOP front-runner said.\n",
         {"speaker": None, "speaker_mention": "the GOP front-runner"}),
    case("an apposition before a name is a role by its head noun, before its complement",
         "An analyst at Harbour Research, Tomás Reyes, said trust would suffer. “Merchants forgive "
         "a slow day,” Reyes said.\n",
         {"speaker": "Tomás Reyes", "role": "analyst at Harbour Research"}),
    case("kin named by a first name alone are people",
         "Hillary Clinton spoke in Ohio. On CNN Tuesday, his wife, Jane, called for an open primary. "
         "“Shutting people out of the process is not smart,” she said.\n",
         {"speaker": "Jane", "speaker_mention": "she"}),
    case("a name that it stands for later in its sentence is an organisation's, never she",
         "Martha Klein runs the shelter's kitchen. Riverside Harvest said it would double its "
         "deliveries this winter.\n\n“We will need every volunteer we can get,” she said.\n",
         {"speaker": "Martha Klein"}),
    case("a headline's capitals before its quotation name the person the text names, never the line",
         "Trump Addresses Munich Attack: ‘This Cannot Continue.’\n\nDonald Trump spoke on Friday.\n",
         {"speaker": "Donald Trump", "speaker_mention": "Trump"}),
    case("a headline's capitals that open with no one the text names credit no one",
         "Storm Batters Coastal Towns: ‘We Lost Everything.’\n\nThe storm hit on Friday.\n",
         {"speaker": None}),
    case("a headline's capitals with no reporting verb: the person the story names, never the line",
         "Sherrod Brown Grills Bank Chief: ‘Where Was The Board?’\n\n"
         "WASHINGTON — Sen. Sherrod Brown questioned the bank's chief executive on Tuesday.\n",
         {"speaker": "Sherrod Brown", "via": "name"}),
    case("a headline's owner and title before its quotation is the titled person the story names",
         "Trump Adviser: ‘We Will Not Back Down’\n\n"
         "Trump adviser Stephen Miller said on Friday the campaign would keep going. Donald Trump "
         "spoke later.\n",
         {"speaker": "Stephen Miller", "speaker_mention": "Trump Adviser", "via": "description"}),
    case("a headline's topic after its speaker: the speaker is the words before it",
         "Fed Chair On Rate Cuts: ‘We Are Not There Yet’\n\n"
         "Federal Reserve Chair Jerome Powell said on Wednesday that the bank would wait.\n",
         {"speaker": "Jerome Powell", "speaker_mention": "Fed Chair"}),
    case("a headline's response of a party's voters: no one person, the words as written",
         "Voters' verdict: 'We want change'\n\nVoters in Ohio said on Tuesday they wanted change.\n",
         {"speaker": None, "speaker_mention": "Voters"}),
    case("a label's colon ends a name: the name after it speaks",
         "Bernie Sanders spoke on Tuesday in Iowa.\n\n"
         "The Latest: Sanders declares ‘we will keep going to the convention,’ despite losses.\n",
         {"speaker": "Bernie Sanders", "speaker_mention": "Sanders"}),
    case("a capitalised surname in -ly is no adverb before its verb",
         "Defence solicitor Niamh Kelly said her client “strenuously denies every one of the charges.”\n",
         {"speaker": "Niamh Kelly", "speaker_mention": "Niamh Kelly"}),
    case("a noun in -ly after its determiner is the subject, no adverb",
         "In a statement, the family said: “He was a loving father and a loyal friend to many.”\n",
         {"speaker": None, "speaker_mention": "the family"}),
    case("a date line's month is no business \"the company\" speaks for; the business named again is",
         "Nordvik Outdoor recalls 310,000 camping stoves\n\nPublished April 21, 2026\n\n"
         "DENVER — Nordvik Outdoor is recalling about 310,000 portable camping stoves.\n\n"
         "The recall covers two models.\n\n"
         "“Nothing matters more to us than the safety of our customers,” the company said.\n",
         {"speaker": "Nordvik Outdoor", "via": "description"}),
    case("a reporting verb with a number for its object is no sign of a person",
         "Acme Robotics recalls 4,000 vacuum cleaners.\n\nThe recall covers one model.\n\n"
         "“We are sorry for the trouble this has caused our customers,” the company said.\n",
         {"speaker": "Acme Robotics"}),
    case("a country's initials open the organisation's name, not a title",
         "Nordvik has received 47 reports, according to the U.S. Consumer Product Safety Commission. "
         "The commission said in a notice that owners should stop using the stoves. "
         "“Consumers should not attempt to repair the valve themselves,” the notice said.\n",
         {"speaker": "U.S. Consumer Product Safety Commission", "via": "document"}),
    case("\"the spokesperson\" is the organisation's the narration introduced, by its first word",
         "Nordvik Outdoor is recalling 310,000 stoves. A Nordvik spokesperson said the fault was a seal.\n\n"
         "“The supplier changed the compound without telling us,” the spokesperson said.\n",
         {"speaker": "Nordvik Outdoor", "via": "description"}),
    case("a surname of two words completes the full name given before with no sign of a person",
         "DUBLIN — The motion, tabled by Pádraig Ó Súilleabháin, will be voted on tonight.\n\n"
         "“There is no plan to close that unit,” Mr Ó Súilleabháin told the Dáil on Tuesday.\n",
         {"speaker": "Pádraig Ó Súilleabháin"}),
    case("a title before a full name (TD) is the role; an apposition after a dateline is read",
         "DUBLIN — The Taoiseach, Pádraig Ó Súilleabháin, has insisted the unit will stay open.\n\n"
         "Sinn Féin TD Siobhán Ní Bhriain said women had heard such promises before. "
         "“Put it in law, and we will believe it,” Ms Ní Bhriain said.\n",
         {"speaker": "Siobhán Ní Bhriain", "role": "Sinn Féin TD"}),
    case("\"the spokeswoman\" is the organisation's that \"a spokeswoman for\" named just before",
         "A spokeswoman for the Health Service Executive said the unit had delivered 1,740 babies.\n\n"
         "“The service in Portlaoise is safe, and it is staffed,” the spokeswoman said.\n",
         {"speaker": "Health Service Executive", "via": "description"}),
    case("a pronoun after a sentence whose subject is a description by someone's role is that person",
         "The Taoiseach, Pádraig Ó Súilleabháin, spoke first. Eoghan de Búrca, a Government TD, "
         "said he would vote against the Government.\n\n"
         "Speaking to reporters outside Government Buildings, the Taoiseach said he respected Mr de "
         "Búrca. “He is standing up for his constituents,” he said.\n",
         {"speaker": "Pádraig Ó Súilleabháin", "via": "pronoun"}),
    case("a police rank before a full name is a title, not part of the name",
         "\"They demanded cash and cigarettes,\" Constable Aroha Ngata, a police spokesperson, said.\n",
         {"speaker": "Aroha Ngata", "role": "Constable"}),
    case("a few words quoted inside a noun phrase, after its determiner, name a thing: no speech",
         "The authority said it would keep its “Hopper” day ticket at £5. “Fares must rise to keep "
         "the buses running,” Brennan said.\n",
         {"speaker_mention": "Brennan", "quote": StartsWith("“Fares")}),
    case("a headline's question opens no name (\"Is Sanders ...\")",
         "Is Sanders Finally Connecting With Latino Voters?\n\nBernie Sanders spoke in Modesto on "
         "Thursday. “We are doing very well with Latinos,” he said.\n",
         {"speaker": "Bernie Sanders"}),
    case("a deck under the headline attributes as the headline does",
         "Fares To Rise 9 Per Cent Across Leicestershire\n\nOkonjo Slams Transit Board: ‘They Decided "
         "Before They Asked Us’\n\nLEICESTER — Fares will rise in April after a vote on Wednesday.\n\n"
         "Chiamaka Okonjo, chair of the Leicester Bus Users' Group, said passengers were consulted too late.\n",
         {"speaker": "Chiamaka Okonjo", "speaker_mention": "Okonjo"}),
    case("a surname alone is the one given in full before it, not a namesake named later",
         "Prosecutors said Derek Halvorsen followed Mateo Ortega out of the bar.\n\n"
         "His attorney argued that Ortega and two friends surrounded him. “He was scared,” the "
         "attorney said.\n\nOrtega’s mother, Guadalupe Ortega, wept as the verdict was read.\n",
         {"speaker": Not("Guadalupe Ortega")}),
    case("\"the defendant\" is the one person the story says was found guilty, by name or role",
         "PHOENIX — A jury on Thursday found a former youth football coach guilty of murder.\n\n"
         "Derek Halvorsen, 36, a former youth football coach from Mesa, stood as the verdict was read.\n\n"
         "Ray Castellanos, his attorney, argued self-defense.\n\n"
         "“I thought they were going to kill me,” the defendant testified on Monday.\n",
         {"speaker": "Derek Halvorsen", "via": "description"}),
    case("a first-person possessive's relative is someone the text does not name",
         "Valentina Araya is an astronomer in Chile.\n\nMy grandmother grew up in the Elqui Valley. "
         "She used to say, “The sky is the only field nobody can fence.”\n",
         {"speaker": None}),
    case("a title given with a verb of naming is a term, not the speaker's words",
         "VARGA: Next week we start the campaign we are calling “Two Doses, No Doubt”, with clinics. "
         "Dr. Samuel Boateng likes to say, “A vaccine in the fridge protects no one.”\n\n"
         "HOST: Thank you, doctor.\n",
         {"speaker": "Samuel Boateng"}),
    case("in an interview's answers \"I\" and in its questions \"you\" are the one interviewed",
         "Valentina Araya is an astronomer in Chile. We spoke to her by video.\n\n"
         "Q: In the book you write that “darkness is a public good.” What do you mean?\n\n"
         "A: Nobody owns the dark. I went to the council and I told them, “You are about to switch "
         "off the Milky Way for three hundred thousand people.”\n",
         {"speaker": "Valentina Araya", "speaker_mention": "you"},
         {"speaker": "Valentina Araya", "speaker_mention": "I"}),
    case("kin named by a first name after \"my\" are a person a pronoun may name",
         "Valentina Araya is an astronomer in Chile.\n\nQ: Do you still take photographs?\n\n"
         "A: Every clear night I can. Last winter I took my daughter, Inés, up to the observatory. "
         "She is nine. She looked through the camera and then she asked me, “Why do you need a picture "
         "if you can just look?”\n",
         {"speaker": "Inés"}),
    case("a full name opening a sentence, named after everyone else of the pronoun's gender, is who it means",
         "The director, Kwabena Asante-Doyle, came to the script by chance. “I missed my stop,” says "
         "Asante-Doyle.\n\nOpposite her, Tomás Echeverría plays Iñaki, the deckhand. Much of their "
         "relationship is built from a song that he teaches her.\n\n"
         "“We spent the first week of rehearsals not speaking to each other in English,” he says.\n",
         {"speaker": "Kwabena Asante-Doyle"}, {"speaker": "Tomás Echeverría", "via": "pronoun"}),
    case("after an inverted verb, an apposition the sentence's end closes is the role",
         "“I have moved four times in two years,” said Josip Barišić, 22, a student at the University "
         "of Split.\n",
         {"speaker": "Josip Barišić", "role": "student at the University of Split"}),
    case("\"the association\" is the organisation an apposition called one, before its participle",
         "Dalmatian Hosts, an association representing about 4,000 private landlords, said it would "
         "challenge the rules.\n\n“The law treats a grandmother with two rooms the same as a company "
         "with two hundred flats,” the association said in a statement.\n",
         {"speaker": "Dalmatian Hosts", "via": "description"}),
    case("a title's initials after \"the\" are the person who holds it",
         "Suryapet Superintendent of Police Kavitha Subramaniam said the driver had fled.\n\n"
         "“Special teams have been formed to nab the driver,” the SP said.\n",
         {"speaker": "Kavitha Subramaniam", "role": "Suryapet Superintendent of Police",
          "via": "description"}),
    case("a nationality after a named person with a role is that person (a nationality is no role)",
         "Arsenal manager Mikel Arteta said his side had been too passive. “We were much better in the "
         "second half,” the Spaniard said.\n",
         {"speaker": "Mikel Arteta", "via": "description"}),
    case("an indefinite apposition of a name is no unnamed subject a pronoun would stand for",
         "According to Sarah Jones, a spokeswoman for the Met Office, the storm will peak overnight. "
         "“People should stay indoors until the morning,” she said.\n",
         {"speaker": "Sarah Jones", "via": "pronoun"}),
    case("a sentence quoted after a speaker's attribution goes on with them, not with the next sentence's subject",
         "The mayor, Lisa Tran, faces a recall vote. Her opponent, Dave Kim, says she has failed. "
         "“She promised a lot,” Kim says. “She delivered nothing.” Tran disagrees.\n",
         {"speaker": "Dave Kim"}, {"speaker": "Dave Kim", "via": "continuation"}),
    case("a party's name before a role names no one: the description is of the person just named",
         "Hillary Clinton spoke to voters in a packed school gym on Monday.\n\n“We have to keep going,” the Democratic "
         "front-runner said.\n",
         {"speaker": "Hillary Clinton", "via": "description"}),
    case("Coun. and Cllr are titles before a name",
         "“We agreed to disagree,” said Coun. Priya Nair. Cllr Mairi Galbraith said the island "
         "had been left behind. “Islanders are an afterthought,” Cllr Galbraith said.\n",
         {"speaker": "Priya Nair", "role": "Coun."}, {"speaker": "Mairi Galbraith"}),
    case("an organisation's name may hold \"and\" (\"Argyll and Bute Council\"), two named together stay two",
         "Argyll and Bute Council said it had organised a chartered boat for the pupils.\n\n"
         "“The welfare of our pupils is our first priority,” the council said.\n",
         {"speaker": "Argyll and Bute Council", "via": "description"}),
    case("a nickname with a hyphen inside a name is a term, the name read without it",
         "Jolene \"Jo-Jo\" Tremblay is throwing draw weight at an empty house.\n\n"
         "Tremblay, 31, skips the rink. \"We're not sneaking up on anybody this year,\" says Tremblay.\n",
         {"speaker": "Jolene Tremblay"}),
    case("a place in a team after its owner's possessive is a role (\"The rink's third, X,\")",
         "The rink's third, Aiyana Whitecalf, grew up on the Sweetgrass First Nation.\n\n"
         "“If you can curl on that, you can curl anywhere,” Whitecalf says.\n",
         {"speaker": "Aiyana Whitecalf", "role": "rink's third"}),
    case("a document on a platform is not the platform's words",
         "Tharushi Perera runs a kottu stall in Dunedin.\n\nOne review on Google reads: “Best lunch in "
         "the South Island, but bring earplugs.”\n",
         {"speaker": None, "speaker_mention": "One review on Google", "cue": "reads"}),
    case("an organisation's name goes on past \"of\" after its own word (\"Umgeni University of Technology\")",
         "Students marched through the Umgeni University of Technology's main campus on Wednesday.\n\n"
         "“The university shares the students' concern,” the university said in a statement.\n",
         {"speaker": "Umgeni University of Technology", "via": "description"}),
    case("a quotation told to an occasion is dated by an earlier sentence naming the same occasion",
         "DURBAN, 16 October 2025 — Students marched on Wednesday.\n\n"
         "A rally on the sports field followed on Wednesday afternoon.\n\n"
         "Nokuthula Dlamini said the council would meet student leaders on Monday.\n\n"
         "“We are done asking politely,” Dlamini told the rally.\n",
         {"speaker": "Nokuthula Dlamini", "date": "2025-10-15", "date_source": "context"}),
    case("a first name given to men and women alike has no gender but the text's",
         "Kivi's founder and chief executive, Kadri Tamm, a former product designer at a Helsinki games "
         "studio, said the idea came after she counted how often she unlocked her phone.\n\n"
         "“It was 212 times,” Tamm told a launch event on Monday.\n\n"
         "“We built a phone you are allowed to put down,” she said.\n",
         {"speaker": "Kadri Tamm", "role": "Kivi's founder and chief executive"},
         {"speaker": "Kadri Tamm", "via": "pronoun"}),
    case("\"the release\" again is the one whose release the text named before",
         "“It is a phone for people who want their evenings back,” Kivi Devices said in a press release "
         "on Monday.\n\nThe release said the first phones would ship with a free case. “Every Slate is "
         "designed to be repaired, not replaced,” the release said.\n",
         {"speaker": "Kivi Devices"}, {"speaker": "Kivi Devices", "via": "document"}),
    case("a role with no article is one when a listed role heads it",
         "“You need to leave now,” said Shauna Blackwater, emergency operations director for the "
         "Cariboo Regional District.\n",
         {"speaker": "Shauna Blackwater", "role": "emergency operations director for the Cariboo Regional District"}),
    case("a document opening the sentence that named it is its owner's",
         "An editorial in the Pan-African Journal of Clinical Trials, which accompanied the study, "
         "called for the World Health Organization to review its guidance.\n\n"
         "“The evidence is now strong enough,” the editorial said.\n",
         {"speaker": "Pan-African Journal of Clinical Trials", "via": "document"}),
    case("the story's own role outweighs the headline's; a year alone after the verb dates nothing",
         "Astrid Kvaale, scientist who showed acid rain was killing lakes, dies at 88\n\n"
         "Published February 12, 2026\n\nTORONTO — Astrid Kvaale, a Norwegian-born limnologist whose "
         "experiments on remote Ontario lakes helped persuade Canada to cut emissions, died on Sunday.\n\n"
         "“We took away the argument,” she told the Globe and Mail in 2009.\n",
         {"speaker": "Astrid Kvaale", "role": "Norwegian-born limnologist", "date": None}),
    case("\"the bank\" is the one the story is about, not the one a source works at",
         "JOHANNESBURG — The South African Reserve Bank left its repo rate unchanged on Thursday.\n\n"
         "Lerato Maseko, an economist at Standard Bank, said the decision was close.\n\n"
         "“The committee stands ready to act,” the bank said in its statement.\n",
         {"speaker": "South African Reserve Bank", "via": "description"}),
    case("a date alone on a line under the headline is the document's date",
         "Sketch: the bus revolution stalls\n\nTom Garvey\nWed 4 Mar 2026 18.42 GMT\n\n"
         "“Rome was not built in a day,” Ms Hartigan told MPs.\n",
         {"date": "2026-03-04", "date_source": "document"}),
    case("a role at the end of a clause before a name is read from its determiner",
         "There are ministers who enjoy questions, and then there is the transport secretary, Louise "
         "Hartigan, who arrived late.\n\n“I will take no lectures,” replied the transport secretary.\n",
         {"speaker": "Louise Hartigan", "role": "transport secretary", "via": "description"}),
    case("\"the boss\" is a manager; an age is no role, and names the one just quoted",
         "St Mirren manager Stephen Rae was furious about the red card.\n\n"
         "\"It's a yellow card at most,\" said the St Mirren boss.\n\n"
         "JAIPUR: Left-arm spinner Ishaan Malhotra took four for 21 on Saturday.\n\n"
         "\"I kept it full and straight,\" Malhotra said.\n\n"
         "The 23-year-old now has 11 wickets this season.\n\n"
         "\"Tonight I don't think my father will sleep,\" the 23-year-old said.\n",
         {"speaker": "Stephen Rae", "via": "description"}, {"speaker": "Ishaan Malhotra"},
         {"speaker": "Ishaan Malhotra", "role": "Left-arm spinner", "via": "description"}),
    case("a Chinese name opens with its surname (\"Madam Goh\" is Goh Siew Lan); an acronym in brackets is a name",
         "Madam Goh Siew Lan, 71, has sold chwee kueh at the centre since 1979.\n\n"
         "“I sell one plate for $3,” said Madam Goh.\n\n"
         "The National Environment Agency (NEA) manages the centre. An NEA spokesman said the agency "
         "had received 214 bids.\n\n“The tender considers the quality of the food,” the spokesman said.\n",
         {"speaker": "Goh Siew Lan"}, {"speaker": "National Environment Agency"}),
    case("a name of two surnames is called by the first (\"Villaseñor\" is Ernesto Villaseñor Cruz)",
         "Gov. Ernesto Villaseñor Cruz told a news conference on Wednesday that the permit was legal.\n\n"
         "“No one in this government is going to let the valley go thirsty,” Villaseñor said.\n",
         {"speaker": "Ernesto Villaseñor Cruz", "role": "Gov."}),
    case("someone introduced by a noun and a name alone (\"A woman named Priya\") is a person",
         "HOST: Dolores Fitzgerald, a nurse, said the ward ran out of ice.\n\n"
         "HOST: A woman named Priya wrote to us from Burlington. She said, “My building's air "
         "conditioning has been broken since May.”\n\nDR. ADEYEMI: I'm a doctor, not a lawyer.\n",
         {"speaker": "Priya", "via": "pronoun"}),
    case("a transcript's label with an honorific is the person the introduction named",
         "This week the host talks to Dr. Folake Adeyemi, an emergency physician.\n\n"
         "HOST: What would you change?\n\nDR. ADEYEMI: I tell every patient, “Drink before you're "
         "thirsty.”\n",
         {"speaker": "Folake Adeyemi"}),
    case("the statement of a sentence's subject is theirs; a cooperative is an organisation",
         "Braga said in a statement on Tuesday that it had not accepted any offer.\n\n"
         "“Sporting Clube de Braga has not received any proposal,” the statement said.\n\n"
         "Most outages were in the area of Ozark Plains Electric Cooperative, which said in a statement "
         "that 61,000 members had lost power.\n\n“Crews from four states are on their way,” the "
         "statement said.\n",
         {"speaker": "Braga", "via": "document"},
         {"speaker": "Ozark Plains Electric Cooperative", "via": "document"}),
    case("people who know, unnamed, are a source as written; a match is an occasion",
         "The clubs are €3 million apart, but “nobody expects it to collapse over that”, according to "
         "people familiar with the talks.\n\n"
         "Braga coach Paulo Sequeira said after the match on Sunday, January 25, 2026, that he expected "
         "the striker to stay.\n\n“Tiago is a professional,” Sequeira told reporters after the match.\n",
         {"speaker": None, "speaker_mention": "people familiar with the talks"},
         {"speaker": "Paulo Sequeira", "date": "2026-01-25", "date_source": "context"}),
    case("an owner of more words than one before a document's noun is its owner",
         "Environment Canada's warning on Monday read, “Extreme heat affects everyone.” Doctors agree.\n",
         {"speaker": "Environment Canada"}),
    case("a role after a possessive at a clause's end; a bare \"her partner\" is no role",
         "At one point my charge nurse, Dolores Fitzgerald, came to find me. “We're out of ice,” "
         "Fitzgerald said.\n\nThe centre is run by Dr. Hannah Fewer and her partner, Sean Walsh. "
         "“People keep dropping off more,” Walsh said.\n",
         {"speaker": "Dolores Fitzgerald", "role": "charge nurse"}, {"speaker": "Sean Walsh", "role": None}),
    case("a document \"states\"; a possessive description's document is the organisation's",
         "DUBLIN — The Data Protection Commission has fined Stridely €38 million.\n\n"
         "The commission's decision, published on Wednesday, found that the company broke the rules.\n\n"
         "“The default setting exposed the place where a user's runs began,” the decision states.\n",
         {"speaker": "Data Protection Commission", "speaker_mention": "the decision", "cue": "states",
          "via": "document"}),
    case("someone who gave only a first name is that name; a place after a description stays in it",
         "“She's warm and she's got her coffee,” said a man who gave only his first name, Tom, as he "
         "refilled the generator.\n\n“I just sat there and prayed,” said a trucker from Tulsa.\n",
         {"speaker": "Tom", "speaker_mention": "Tom", "via": "name"},
         {"speaker": None, "speaker_mention": "a trucker from Tulsa"}),
    case("a deadline in the sentence that names a statement does not date it",
         "Published February 19, 2026\n\nOzark Plains Electric Cooperative said in a statement that "
         "some members could be without electricity until Sunday.\n\n“Crews from four states are on "
         "their way,” the statement said.\n",
         {"speaker": "Ozark Plains Electric Cooperative", "date": "2026-02-19", "date_source": "document"}),
    case("the words on a banner or a sign, after \"reading\", are a slogan, no one's speech",
         "Protesters stretched a banner reading “El agua no se vende” between two trailers.\n\n"
         "Outside, a few held signs that read “We will not be moved from this valley.”\n"),
    case("a homily is an occasion: the words said in it take the day the text gives it",
         "Updated July 9, 2026\n\nArchbishop Joaquín Medina Rosales called on both sides to talk in "
         "his homily on Sunday at the cathedral.\n\n“Water is a gift of God and a right of the poor,” "
         "the archbishop said in the homily.\n",
         {"speaker": "Joaquín Medina Rosales", "date": "2026-07-05", "date_source": "context"}),
    case("words written after a document was published take the document's day",
         "Published August 20, 2026\n\nThe commission's decision, published on Wednesday, found that "
         "the company broke the rules.\n\nCiarán Moloney, a privacy researcher, wrote shortly after the "
         "decision was published: “Three years, one fine, and the default is finally off.”\n",
         {"speaker": "Ciarán Moloney", "date": "2026-08-19", "date_source": "context"}),
    case("a title with \"and\" runs to the name; a surname that comes first opens the name",
         "Senior Minister of State for Sustainability and the Environment Ong Hui Min announced the "
         "waiver.\n\n“We have heard the hawkers clearly,” Ms Ong told the House.\n\n"
         "Secretary of Health and Human Services Xavier Becerra announced the rule. “It starts today,” "
         "Becerra said.\n",
         {"speaker": "Ong Hui Min", "role": "Senior Minister of State for Sustainability and the Environment"},
         {"speaker": "Xavier Becerra", "role": "Secretary of Health and Human Services"}),
    case("people named together after an office's holder stay apart",
         "President Barack Obama and Secretary of State John Kerry met the king. “We agreed on much,” "
         "Kerry said.\n",
         {"speaker": "John Kerry", "role": "Secretary of State"}),
    case("what someone called “…” is theirs, over a verb later in the sentence",
         "Oliver Hedge appraises golf courses.\n\nIn 2009, under what Mr. Hedge called “the prior economy "
         "model,” the Marsh Landing Country Club charged its members $10,000.\n",
         {"speaker": "Oliver Hedge", "cue": "called"}),
    case("a clause opened by a conjunction (\"As X spoke,\") is not the sentence's subject",
         "Sen. Richard Blumenthal spoke in the morning. As Blumenthal spoke, the NRA was going into "
         "overdrive, whipping lawmakers against “any and all gun control” — a reaction to the bill.\n",
         {"speaker": "NRA"}),
    case("\"As X puts it,\" reports the words after it",
         "Clinton praised Garland.\n\nAs The Post's Dana Milbank puts it, “Senate Republicans are "
         "unmoved, and liberal activists are uninspired.”\n",
         {"speaker": "Dana Milbank"}),
    case("French and Spanish honorifics (\"Mme\", \"Sra.\") call a person by the surname",
         "The mayor, Sylvie Marchetti, told a public meeting that it had worked.\n\n"
         "“People could not walk on the pavement,” Mme Marchetti told the meeting.\n\n"
         "The minister, Carmen Ruiz Vega, spoke next. “We will pay for it,” said Sra. Ruiz.\n",
         {"speaker": "Sylvie Marchetti", "speaker_mention": "Mme Marchetti"},
         {"speaker": "Carmen Ruiz Vega"}),
    case("a document in a sentence's opening phrase is its subject's; no organisation named later counts",
         "In a press release on Tuesday, the Polar Ocean Drilling Consortium said the team would wait.\n\n"
         "“The cores are in no danger from the delay,” the release said.\n\n"
         "Professor Amara Okoye, a glaciologist at the University of Edinburgh, said the ice was old.\n",
         {"speaker": "Polar Ocean Drilling Consortium", "via": "document"}),
    case("\"According to the statement\" after \"X confirmed\": X's statement",
         "Kelly was seen entering the tower on Wednesday.\n\nFox News confirmed that Kelly met with Trump.\n\n"
         "According to the statement, Kelly met with Trump to discuss a special.\n\n"
         "“The results of that meeting will be revealed tonight,” the statement read.\n\n"
         "The Associated Press asked the network for more.\n",
         {"speaker": "Fox News", "via": "document"}),
    case("a reporting word followed by a modal or an auxiliary is a noun, its subject",
         "Mayor Bill de Blasio called Trump a “blowhard,” and said his anti-Muslim remarks would "
         "serve as “propaganda” for terrorist groups.\n"),
    case("after an age, an apposition that ends in a relative clause is the role",
         "Among the strikers was Hemi Tautahi, 34, a crane driver who has worked at the terminal for "
         "nine years.\n\n“I love this job,” he said.\n",
         {"speaker": "Hemi Tautahi", "role": "crane driver"}),
    case("a description matches a role by the role's own words, not its complement's",
         "Leslie Feldman, 34, a plaintiff in the lawsuit, waited five hours to vote.\n\n"
         "The lawsuit describes a “consistent activity that has created a culture of voter "
         "disenfranchisement,” the lawsuit says.\n",
         {"speaker": Not("Leslie Feldman")}),
    case("a document the sentence's subject sent, wrote or released is theirs",
         "Bishop Rachel Amundsen, who leads the Lower Huron Synod of the Evangelical Lutheran Church in "
         "America, sent the congregation a letter that was read aloud on Sunday.\n\n"
         "“Let none of us ever forget it,” the letter said.\n\n"
         "In Washington, President Obama released a statement Thursday night condemning the attack.\n\n"
         "“We stand in solidarity with France,” the statement said.\n",
         {"speaker": "Rachel Amundsen", "via": "document"}, {"speaker": "Obama", "via": "document"}),
    case("a document in the opening phrase is the company's the subject describes, not the one it was filed with",
         "Hoshimura Seiki cut its profit forecast on Thursday.\n\nIn a filing with the Tokyo Stock "
         "Exchange, the company said it would buy back shares.\n\n“The current share price is well "
         "below the value of its business,” the filing said.\n",
         {"speaker": "Hoshimura Seiki", "via": "document"}),
    case("a titled name's gender from its own sentence; a long role with a complement before a name",
         "Governor Adekunle Sowemimo, who had been an ally of the senator for more than a decade, said "
         "he was saddened by the defection.\n\nThe Democratic Renewal Party's chairman in Ogun, "
         "Folasade Ogunleye-Aina, received the senator on Wednesday.\n\n“Our doors are open to every "
         "Nigerian,” she said.\n",
         {"speaker": "Folasade Ogunleye-Aina", "role": "Democratic Renewal Party's chairman in Ogun"}),
    case("a place in a team before a name is the role (\"Senior forward\", \"sophomore guard\")",
         "Senior forward Kayla Mensah scored 24 points, and sophomore guard Kayla Brandt made two free "
         "throws.\n\n“I told her she had it,” Mensah said.\n\n“My hands were shaking,” Brandt said.\n",
         {"speaker": "Kayla Mensah", "role": "Senior forward"},
         {"speaker": "Kayla Brandt", "role": "sophomore guard"}),
    case("a title keeps \"with\" in lower case and is still a title: a term",
         "The painting, “Still Life with a Silver Ewer and Lemons”, was made in Haarlem around 1652.\n"),
    case("\"the agency\" is a government body introduced as a bureau or an office",
         "The state weather bureau, the Philippine Atmospheric and Weather Services Office (PAWSO), raised "
         "its warning.\n\n“Further strengthening is likely before landfall,” the agency said.\n",
         {"speaker": "Philippine Atmospheric and Weather Services Office", "via": "description"}),
    case("\"a council spokesperson\", then \"the spokesperson\": the council named before",
         "Talks between Wexley Borough Council and the Municipal and General Workers’ Union broke down.\n\n"
         "Residents have complained for weeks.\n\nSome streets have not been cleared since December.\n\n"
         "A council spokesperson said crews had been hired.\n\n‘We would ask residents to be patient,’ "
         "the spokesperson said.\n\nIn a statement, the union said it was ‘ready to talk again at any "
         "time this week’.\n",
         {"speaker": "Wexley Borough Council", "via": "description"},
         {"speaker": "Municipal and General Workers’ Union"}),
    case("a few words quoted after a number with a decimal point are the reported speaker's",
         "Cllr Jasmine Okafor, the council’s cabinet member for environment, said the offer of a 4.5 per "
         "cent rise was ‘fair and affordable’.\n",
         {"speaker": "Jasmine Okafor", "cue": "said"}),
    case("\"the MCA\" is the person whose title holds the acronym",
         "Kaptembwo Ward MCA Brian Ouma, who led the march, said the assembly would act.\n\n"
         "“This is not the first time we have been told,” the MCA said.\n",
         {"speaker": "Brian Ouma", "via": "description"}),
    case("an age opening the sentence before names the last speaker; kin in its apposition is no subject",
         "President Kenji Watanabe bowed at a news conference on Wednesday.\n\n“The responsibility is mine,” "
         "Mr. Watanabe told the news conference.\n\nThe 58-year-old took over the company from his father, "
         "Shigeru Watanabe, in 2019. He said his father had built the business on a single rule.\n\n"
         "“We broke that promise, and we will earn it back,” he said.\n",
         {"speaker": "Kenji Watanabe"}, {"speaker": "Kenji Watanabe", "via": "pronoun"}),
    case("\"its report\" is the organisation's \"it\" stands for; \"the authority's notice\" the authority's",
         "The Greater Accra Markets Authority ordered traders off the walkways.\n\nThe authority's notice, "
         "posted at the market gates on Monday, says, “All traders must vacate the walkways.”\n\n"
         "When the National Fire Service inspected the market, its report said, “In the event of a fire, "
         "engines cannot reach more than half of the stalls.”\n",
         {"speaker": "Greater Accra Markets Authority", "via": "document"},
         {"speaker": "National Fire Service", "via": "document"}),
    case("a committee, commission or council \"on\" something is one name; a day after \"on\" is not",
         "A fiscal note prepared by the Committee on Legislative Research estimated the cost at $140,000.\n\n"
         "“The department would require one additional inspector,” the note says.\n\n"
         "The council on Wednesday approved the plan. “It is done,” said Mayor Ann Lee.\n",
         {"speaker": "Committee on Legislative Research", "via": "document"}, {"speaker": "Ann Lee"}),
    case("a judgment, an update or a forecast is a document",
         "Justice Helen Marchetti delivered the court's judgment on Friday.\n\n“The jury was invited to "
         "use the evidence against both men,” the judgment said.\n",
         {"speaker": "Helen Marchetti", "via": "document"}),
    case("a pronoun after \"X said ...\" is X, over the one quoted before and anyone X spoke of",
         "The mayor, Sylvie Marchetti, told a public meeting on Tuesday that it had worked.\n\n"
         "Hannah Becker, a tourist from Cologne, said she had chosen Étretat this year.\n\n"
         "“Today you can hear the sea,” she said.\n\nMme Marchetti said the council would vote in October.\n\n"
         "“The cliffs have been here for millions of years,” she said.\n\n"
         "White House spokesman Josh Earnest said Obama would be a particularly influential advocate.\n\n"
         "“I would think that would have some influence,” he said.\n",
         {"speaker": "Hannah Becker"}, {"speaker": "Sylvie Marchetti", "via": "pronoun"},
         {"speaker": "Josh Earnest", "via": "pronoun"}),
    case("an age or \"the veteran\" is never kin named in passing; \"X said he had ...\" is X's",
         "RIMOUSKI, Que. — Voiliers rookie Jean-Philippe Gagnon scored in overtime.\n\nThe 19-year-old winger "
         "scored while his father, Michel Gagnon, called the game on the radio.\n\n\"I could hear him "
         "yelling,\" the 19-year-old said.\n\nThe elder Gagnon, who played four seasons on defence, said he "
         "had promised the station he would stay neutral.\n\n\"I lasted about four seconds.\"\n\n"
         "Captain Olivier de Montigny, 20, set up the winner. \"He did the hard part,\" de Montigny said.\n\n"
         "De Montigny has seen plenty of rookies come through.\n\n\"This one listens,\" the veteran said.\n",
         {"speaker": "Jean-Philippe Gagnon"}, {"speaker": "Michel Gagnon"}, {"speaker": "Olivier de Montigny"},
         {"speaker": "Olivier de Montigny", "via": "description"}),
    case("a role before a name that opens with an initial (\"Additional Public Prosecutor A. Damodaran\")",
         "Additional Public Prosecutor A. Damodaran, appearing for the State, opposed the plea.\n\n"
         "\"If he is released, he will influence the bank's staff,\" the APP contended.\n\n"
         "Senior Counsel R. K. Iyer replied. \"My client has been in custody for a year,\" Mr. Iyer said.\n",
         {"speaker": "A. Damodaran", "role": "Additional Public Prosecutor", "via": "description"},
         {"speaker": "R. K. Iyer", "role": "Senior Counsel"}),
    case("\"the Stallions\" is the team named in full after \"the\"; \"five-eighth\" is a role",
         "NEWCASTLE — The Hunter Valley Stallions won on Sunday, sealed by a field goal from five-eighth "
         "Kieran Tuivasa.\n\n'I didn't even look at the posts,' the five-eighth said.\n\n"
         "In a statement on Saturday, the Stallions confirmed that Dylan Moana had ruptured his Achilles.\n\n"
         "'Dylan has been the heartbeat of this side,' the statement said.\n",
         {"speaker": "Kieran Tuivasa", "role": "five-eighth", "via": "description"},
         {"speaker": "Hunter Valley Stallions", "via": "document"}),
    case("transcript turns after timestamps, a name in brackets after a role; \"CALLER:\" names no one",
         "This is a transcript of Thursday's edition of Eight at Six.\n\n[00:00:04] ANCHOR (DANA PRICE): "
         "Good evening. The utility department's notice says, \"Do not drink tap water.\"\n\n[00:00:21] DR. "
         "OSEI: Thank you, Dana. Until then my advice is simple: \"If you didn't boil it, don't drink it.\"\n\n"
         "[00:01:45] CALLER: The first night nobody told us anything, and I told my kids, \"Nobody touches "
         "the tap.\"\n\n[00:02:58] ANCHOR (DANA PRICE): Some viewers have been calling this \"the Eastgate "
         "mess.\"\n\n[00:03:06] DR. OSEI: Nothing at all. The west side is fine.\n",
         {"speaker": None, "speaker_mention": "The utility department's notice"},
         {"speaker": "Osei", "speaker_mention": "DR. OSEI"},
         {"speaker": None, "speaker_mention": "I", "cue": "told"},
         {"speaker": None, "speaker_mention": "Some viewers", "cue": "calling"}),
    case("a first name alone with a relative clause is a person; a report from X is X's",
         "8:03 p.m.\n\nTasha, who lives on Grey Street, spoke with her son beside her. He uses a wheelchair.\n\n"
         "\"Last week my son asked me why the plow skips our sidewalk,\" she said.\n\nThe staff report from "
         "Port Ellis Public Works, presented to the committee on Nov. 10, puts the cost at $2.1 million.\n\n"
         "\"Contracted crews would be required,\" the report says.\n",
         {"speaker": "Tasha", "via": "pronoun"}, {"speaker": "Port Ellis Public Works", "via": "document"}),
    case("what someone \"called it\" is their words; what a thing is \"known as\" is a name",
         "The Hamilton Chamber of Commerce, which gave the shop a heritage award in 2019, called it \"a "
         "museum where everything still works.\"\n\nFor decades the store kept a ledger, known to customers "
         "as \"the green book,\" in which Mr. Haddad wrote down what each family owed.\n",
         {"speaker": "Hamilton Chamber of Commerce", "cue": "called"}),
    case("a name that ends a known organisation's is it; a hard-wrapped mention is one line",
         "ANTOFAGASTA, Chile, Oct 21, 2025 (Reuters) - Chilean miner Minera\nCerro Pardo halted production "
         "on\nTuesday.\n\nShares in Cerro Pardo's London-listed parent, Andes Copper Holdings, fell 4.2%.\n\n"
         "Cerro Pardo said the dam had passed its most recent inspection in\nJuly. \"The structure showed no "
         "signs of instability at that time,\" the\ncompany said.\n",
         {"speaker": "Minera Cerro Pardo", "speaker_mention": "the company"}),
    case("\"Garda\" is a title; \"Calgary-based\" no part of a name; two particles in a surname",
         "Garda Niamh Coyne told the court she saw the car.\n\n'I had to step back,' Garda Coyne said.\n\n"
         "Calgary-based Boreal Crossing Pipelines said in a statement that it respects the treaty.\n\n"
         "\"We will keep talking,\" the statement said.\n\nMunicipal spokesperson Annelie van der Merwe "
         "spoke next.\n\nVan der Merwe said the water would be back. \"The pump arrived on Tuesday,\" she said.\n",
         {"speaker": "Niamh Coyne", "role": "Garda"}, {"speaker": "Boreal Crossing Pipelines"},
         {"speaker": "Annelie van der Merwe", "via": "pronoun"}),
    case("a first name alone with an apposition headed by a role is a person with that role",
         "Gareth Pugh, the school's head teacher, said the plan was unfair.\n\nDafydd, a sheep farmer whose "
         "son is in Year 5, said the journey would take 40 minutes.\n\n\"In January that road is ice,\" he said.\n",
         {"speaker": "Dafydd", "role": "sheep farmer", "via": "pronoun"}),
    case("after an opening phrase with an apposition, the subject follows it; a titled name \"of\" a party is a person",
         "ILORIN — The tribunal upheld the election of Governor Kolawole Ajayi of the All Citizens Congress.\n\n"
         "Ngozi Eze, the governor's lead counsel, said the ruling was sound.\n\nIn a statement signed by his "
         "chief press secretary, Funmilayo Adeleke, the governor dedicated the victory to the people.\n\n"
         "“This victory belongs to the people of Kwara,” the statement said.\n\nShe retweeted a message "
         "from her senior policy advisor, Ann O'Leary, that read: “Senate Dems are right.”\n",
         {"speaker": "Kolawole Ajayi", "role": "Governor", "via": "document"},
         {"speaker": "Ann O'Leary", "cue": "read"}),
    case("\"asked me in Arabic, “…”\": a verb and its object before the comma attribute; \"You once said\" in a question",
         "Nadia Kerrigan is a Beirut-born novelist.\n\nQ: You once said that a novel is \"a house with too many "
         "doors\". Is that still true?\n\nA: Twice. The second time an old man asked me in Arabic, \"Whose "
         "daughter are you?\" I told him my mother's name.\n",
         {"speaker": "Nadia Kerrigan", "speaker_mention": "You", "cue": "said"},
         {"speaker": None, "speaker_mention": "an old man", "cue": "asked"}),
    case("\"the accused\" is the one who pleaded guilty",
         "Shane Gallagher (27), of Knockaphunta, Castlebar, pleaded guilty at Castlebar District Court on "
         "Tuesday to dangerous driving.\n\nJudge Deirdre Loftus fined him €1,500.\n\n'Thank you, Judge,' the "
         "accused said as he left the court.\n",
         {"speaker": "Shane Gallagher", "via": "description"}),
    case("a title given with a verb of naming and its object is a term, numbers and all",
         "Lee Ji-hye, director of the shareholder rights group Fair Market Solidarity, was blunt.\n\n"
         "She said the group had named its restructuring plan “Hanul 2030” two years ago but never "
         "published a timetable. “They sell a slogan,” Ms Lee said.\n",
         {"speaker": "Lee Ji-hye", "quote": "“They sell a slogan,”"}),
    case("a name that opens with its surname takes no gender from the surname (\"Lee\" of \"Lee Ji-hye\")",
         "Lee Ji-hye, director of the shareholder rights group Fair Market Solidarity, was blunt.\n\n"
         "“They sell a slogan,” she said.\n",
         {"speaker": "Lee Ji-hye", "via": "pronoun"}),
    case("a day the speaker plans for is not the day of the words; a number in a title before a name",
         "RIETFONTEIN, 12 November 2025 — Residents barricaded the main road on Wednesday.\n\nWard 14 councillor "
         "Sipho Mkhize said he had raised the outages.\n\nThe councillor said he would ask the municipal "
         "manager to come to Zwelisha on Thursday and explain the delays himself.\n\n\"Let him come and stand "
         "in the queue with a bucket like everybody else.\"\n",
         {"speaker": "Sipho Mkhize", "role": "Ward 14 councillor", "date": "2025-11-12", "date_source": "document"}),
    case("a person's spokesperson names no organisation and speaks no words of theirs",
         "Natural Resources Minister Carla Dunning has not said whether she will meet the chief.\n\n"
         "\"No decision has been made,\" a spokesperson for Natural Resources Minister Carla Dunning said in an email.\n",
         {"speaker": None, "speaker_mention": "a spokesperson for Natural Resources Minister Carla Dunning"}),
    case("an initial and a surname name the bearer with that initial; French \"M.\" the one man bearing it",
         "Thierry Baudouin, a union delegate, said drivers were blamed.\n\n“We do not choose the itinerary,” "
         "M. Baudouin said.\n\n“We only drive,” T. Baudouin added.\n",
         {"speaker": "Thierry Baudouin", "speaker_mention": "M. Baudouin"},
         {"speaker": "Thierry Baudouin", "speaker_mention": "T. Baudouin"}),
    case("a name after the description it is in apposition to is its sentence's subject, and the pronoun's",
         "“The results were written before a vote was counted,” Saliu said in a post on X.\n\n"
         "The PUP's state publicity secretary, Yusuf Abubakar, accused the tribunal of ignoring “evidence”.\n\n"
         "“We respect the judiciary, but not this judgment,” he said.\n",
         {"speaker": "Saliu"}, {"speaker": "Yusuf Abubakar", "via": "pronoun"}),
    case("a pronoun after another person named by a noun (\"the senator\") tells nothing of the subject's gender",
         "He said the party would win Ogun Central.\n\nThe party's chairman in Ogun, Folasade Ogunleye-Aina, "
         "received the senator and 2,000 of his supporters in Abeokuta.\n\n“Our doors are open,” she said.\n",
         {"speaker": "Folasade Ogunleye-Aina", "via": "pronoun"}),
    case("in an interview's answer \"she\" is never the one answering, who is \"I\"",
         "Nadia Kerrigan is a Beirut-born novelist.\n\nQ: What was your mother like?\n\nA: Loud and funny. "
         "When I told her I wanted to write, she said, \"Fine. But never write anything you wouldn't read out.\"\n",
         {"speaker": None, "speaker_mention": "she"}),
    case("a document an organisation's description owns, words between (\"the council's consultation document\"), is that organisation's",
         "Dyfnant County Council wants to close Ysgol Cwm Haf.\n\nThe council's consultation document, published on "
         "16 February, says the school is half empty.\n\n“Small schools can be excellent,” the document says.\n",
         {"speaker": "Dyfnant County Council", "via": "document"}),
    case("a document owned by a name in capitals or ending in an organisation's word is that organisation's",
         "Allied ministers met in Brussels.\n\n“The threat has grown,” NATO's annual report says.\n\n"
         "“Costs rose,” Harbour Authority's yearly review says.\n",
         {"speaker": "NATO", "via": "document"}, {"speaker": "Harbour Authority", "via": "document"}),
    case("the one who read a document out is the one it speaks for (\"read the judgment\")",
         "The tribunal dismissed the petition.\n\nJustice Halima Abdulkadir, who chaired the panel, read the "
         "unanimous judgment on Thursday.\n\n“A tribunal cannot do a petitioner's work,” the judgment said.\n",
         {"speaker": "Halima Abdulkadir", "via": "document"}),
    case("a broadcast is an occasion, dated by the date nearest its word in the sentence that tells of it",
         "ST GEORGE'S, 29 August 2025 — Grenada shut down on Friday.\n\nPrime Minister Errol Baptiste addressed "
         "the nation on Thursday night and urged people to move to shelters before dark on Friday.\n\n"
         "\"Do not wait to see the sea in your yard,\" he said in the broadcast.\n",
         {"speaker": "Errol Baptiste", "date": "2025-08-28", "date_source": "context"}),
    case("a word no list knows as a first name is a person where the text introduces it with \"who\" (\"Next is Dev, who\")",
         "7:05 p.m.\n\nNext is Dev, who runs a small landscaping company. He did not give his last name.\n\n"
         "\"If the city does every sidewalk for free, who is going to hire me?\" he asked.\n",
         {"speaker": "Dev", "via": "pronoun"}),
    case("\"the accused\" opening the narration before a quotation of its own paragraph is the one who speaks",
         "Shane Gallagher (27), of Castlebar, pleaded guilty to dangerous driving.\n\nThe accused then stood and "
         "apologised to Garda Coyne, who was sitting at the back of the court.\n\n'I'm sorry. I know I could "
         "have killed you.'\n",
         {"speaker": "Shane Gallagher", "via": "narration"}),
    case("a title and a full name, then \"of\" where the person sits: the name ends before \"of\"",
         "Justice Martin Olfert of the Court of King's Bench said the factors were aggravating.\n\n"
         "“Mr. Reimer came back. That matters,” the judge said.\n\n“The law is plain,” Olfert said.\n",
         {"speaker": "Martin Olfert", "role": "Justice", "via": "description"},
         {"speaker": "Martin Olfert", "role": "Justice", "via": "name"}),
    case("\"the 58-year-old\" is the one whose age the text gave as 58, not the last one named",
         "Annick Doucet builds fiddles.\n\nDoucet, 58, has made them here for 22 years.\n\nFergus Beaton-Gillis, 31, a fiddler from Mabou, "
         "has played one since 2019.\n\n\"It has a voice,\" he says.\n\n\"I could make more,\" says the "
         "58-year-old, who answers every order by hand.\n",
         {"speaker": "Fergus Beaton-Gillis"}, {"speaker": "Annick Doucet", "via": "description"}),
    case("a pronoun with no one else named: a name in the possessive whose first name is of its gender",
         "CHÉTICAMP, N.S. — The boat shed behind Annick Doucet's house smells of diesel. Fiddles hang "
         "from the rafters.\n\n\"People think it's a butcher shop,\" she says.\n\nDoucet, 58, has made "
         "instruments here for 22 years.\n",
         {"speaker": "Annick Doucet", "via": "pronoun"}),
    case("a surname two people bear, the subject of a sentence whose later pronoun gives a gender, is that one",
         "Lorna Pidwerbeski owns the Starlite. Her brother, Walter Pidwerbeski, built its screen.\n\n"
         "Pidwerbeski says the switch to digital was easier than she feared.\n\n"
         "“People ask if we lost something when the film went.”\n\nPidwerbeski said he had welded the frame in 1998.\n\n"
         "“It held.”\n",
         {"speaker": "Lorna Pidwerbeski", "via": "narration"}, {"speaker": "Walter Pidwerbeski", "via": "narration"}),
    case("a pronoun after a sentence naming two people of the same standing names neither (a wrong name is worse than none)",
         "The Pikes won in overtime.\n\nKenora scored twice on goaltender Tyler Okemaw in the third, and coach Rick "
         "Salonen replaced him with backup Bennett Cross.\n\n\"I understand why he made the change,\" he said.\n",
         {"speaker": None, "speaker_mention": "he"}),
    case("kin the text does not name, who speaks (\"Her son, who drove up, said\"), is no one a pronoun names",
         "Dr. Tobias Reinholt, the study's lead author, said the visits worked.\n\n“It is cheap,” he said.\n\n"
         "Her son, who drove up from Toronto after the second fall, said he had no idea.\n\n"
         "“I'd been phoning her every Sunday,” he said.\n",
         {"speaker": "Tobias Reinholt"}, {"speaker": None, "speaker_mention": "he"}),
    case("a reporting verb after a modal (\"would ask\") reports no one's words: the narration's speaker is the one who said",
         "Réjean Pothier, president of the union, said members learned of it from a news alert.\n\n"
         "He said the union would ask the provincial government to step in, as it did in 2019.\n\n"
         "\"Quebec saved this plant once. We're asking the government to sit down with the company.\"\n",
         {"speaker": "Réjean Pothier", "via": "narration"}),
    case("\"the CEO\" is the one the text titled chief executive",
         "Chief executive Martine Brisebois told analysts that orders had fallen.\n\nThe mayor was upset.\n\n"
         "\"We are leaving a building, not the region,\" the CEO said.\n",
         {"speaker": "Martine Brisebois", "via": "description"}),
    case("a \"Posted\" line whose date opens with its weekday dates the document",
         "Ramping hours hit record\n\nPosted Wednesday 22 April 2026\n\nMELBOURNE — Premier Lachlan Forsyth defended "
         "the plan.\n\n\"We are building the beds,\" Forsyth said.\n",
         {"speaker": "Lachlan Forsyth", "date": "2026-04-22", "date_source": "document"}),
    case("a role after a preposition, in apposition to the name after it, is the name's; an opening phrase's is not",
         "Georgina Tallis visited the hospital with the Liberals' health spokesman, Darren Whelan.\n\n"
         "\"We will tell Victorians how many beds we will open,\" Whelan said.\n\n"
         "In a letter to the Prime Minister, Priya Chandran said she could not stay.\n\n\"I came into politics to "
         "make trains cheaper,\" Chandran said.\n",
         {"speaker": "Darren Whelan", "role": "Liberals' health spokesman"}, {"speaker": "Priya Chandran", "role": None}),
    case("a firm's analysts, bare plural, writing a note speak for the firm",
         "Shares in the miner fell 4.2%.\n\n\"A stoppage of two weeks would be material,\" analysts at Banco Austral "
         "wrote in a note.\n",
         {"speaker": "Banco Austral", "speaker_mention": "analysts at Banco Austral", "via": "description"}),
    case("\"Ms Tan\" of two Tans is the one known a woman; a role noun before a name that opens with its surname",
         "Lentor Bus Services chief executive Tan Boon Kiat said it would add buses.\n\n\"I take 386 to the hospital,\" "
         "said Ms Priscilla Tan, 34, a nurse.\n\nMs Tan said she had written to her MP twice.\n\n\"When I saw that it "
         "was coming back, I told my husband.\"\n\nRetiree Ong Ah Bee, 71, said the route had kept her home.\n\n"
         "\"When it rains I don't dare to go out,\" Madam Ong said.\n",
         {"speaker": "Priscilla Tan"}, {"speaker": "Priscilla Tan", "via": "narration"},
         {"speaker": "Ong Ah Bee", "role": "Retiree"}),
    case("an acronym the text defines in brackets names that organisation, wherever it stood first",
         "Commuters had complained to the Land Transport Authority (LTA) that trips had doubled.\n\n"
         "Lentor Bus Services, which runs the services under contract to the LTA, said it would add buses.\n\n"
         "An LTA spokesman said the authority would hold a dialogue.\n\n"
         "\"Changes will be announced in advance,\" the spokesman said.\n",
         {"speaker": "Land Transport Authority", "via": "description"}),
    case("a description the text says it does not name (\"who has not been named\") is no one a pronoun names",
         "Hannah Bairstow, prosecuting, said a 19-year-old woman had left the shelter moments earlier.\n\n‘She heard "
         "the engine.’\n\nMiss Bairstow said Ellwood had driven off.\n\nIn a statement read to the court, the young "
         "woman, who has not been named, said she no longer used the stop.\n\n‘I walk the long way home now,’ she "
         "said in the statement.\n",
         {"speaker": "Hannah Bairstow"}, {"speaker": None, "speaker_mention": "she"}),
    case("a first name in apposition after a noun for a person (\"a listener, Marguerite,\") is a person",
         "BEN: We had an email from a listener, Marguerite, a retired teacher in Bristol. She wrote, \"The blackbird in my garden "
         "sings at four.\"\n\nANA: Lovely.\n",
         {"speaker": "Marguerite", "via": "pronoun"}),
    case("a name with \"which\" after it is an organisation's, whatever its first word",
         "Yıldız Boya, which employs about 300 people at the plant, said in a statement that it was cooperating.\n\n"
         "\"We share the pain of the families,\" the statement said.\n",
         {"speaker": "Yıldız Boya", "via": "document"}),
    case("an email is a document, and a school district an organisation \"the district\" names",
         "The board of the Cedar Ridge R-IV School District voted 5-2 on Thursday night.\n\nIn an email sent to "
         "families on Monday, the district said it would offer care.\n\n\"No child will be left without a safe "
         "place to go,\" the email said.\n",
         {"speaker": "Cedar Ridge R-IV School District", "via": "document"}),
    case("words that go on from a passage said in another year are undated too",
         "Published 17 June 2026\n\nRuth Penhallow spent 30 years counting dolphins.\n\n\"Every fin is a signature,\" "
         "she told the magazine in 2009.\n\n\"People think science is about being clever.\"\n",
         {"speaker": "Ruth Penhallow", "date": None}, {"speaker": "Ruth Penhallow", "via": "continuation", "date": None}),
    case("in a transcript's turn, \"she\" is never the one the turn greets (\"Hi, Marnie.\")",
         "Host Marnie Sutherland spoke with Corinne Beaulieu-Tatti, the manager of winter roads.\n\nHOST: Corinne, what "
         "happened?\n\nBEAULIEU-TATTI: Warm weather, mostly.\n\nHOST: We have a caller. Go ahead.\n\nCALLER: Hi, Marnie. My grandmother's "
         "house is heated with fuel from that road. Yesterday she told me, \"I've got enough for ten more days.\"\n",
         {"speaker": None, "speaker_mention": "she"}),
    case("a title, a full name, then \"of\" an organisation: the person, not the organisation",
         "“Nobody panicked,” Deputy Chief Marisol Quintero of the Fire Department told reporters.\n\n"
         "“It would be a long shot,” said Stephen Vladeck of the University of Texas School of Law.\n",
         {"speaker": "Marisol Quintero", "role": "Deputy Chief", "speaker_mention": "Marisol Quintero"},
         {"speaker": "Stephen Vladeck"}),
    case("two people joined by \"and\" are two; \"Mrs\" is the one of them a woman; a statement's owner may have an apposition",
         "The Coll Hotel has been run since 2009 by Morag MacKinnon and Iain MacKinnon, who married on the island.\n\n"
         "“I can't promise them anything,” Mrs MacKinnon said.\n\n“We'll get through the winter,” Mr MacKinnon said.\n\n"
         "Hebridean Sea Lines, which operates the route under contract to the Scottish Government, said in a statement "
         "that it was chartering a vessel.\n\n“We recognise the serious impact,” the statement said.\n",
         {"speaker": "Morag MacKinnon"}, {"speaker": "Iain MacKinnon"}, {"speaker": "Hebridean Sea Lines", "via": "document"}),
    case("an unnamed person by any agent noun, or set off by a participle, is no one a pronoun names",
         "Nomvula Khumalo, a mining analyst at Kgotla Capital, said the closures were expected.\n\nOne rock-drill "
         "operator, who has worked underground for 17 years, asked not to be named.\n\n“My father worked this shaft,” "
         "he said.\n\nTamika, 27, a home health aide, said the smoke came in.\n\nOne mother, holding a toddler wrapped "
         "in her coat, waited outside the station.\n\n“I kept my scarf over his face,” she said.\n",
         {"speaker": None, "speaker_mention": "he"}, {"speaker": None, "speaker_mention": "she"}),
    case("a first name with an age set off after it (\"Marcus, 45,\") is a person",
         "Riders waited for an hour.\n\nMarcus, 45, was on his way to a construction job. He said the conductor had "
         "walked through the cars.\n\n“She kept saying, ‘Stay low,’” he said.\n",
         {"speaker": "Marcus", "via": "pronoun"}),
    case("a title before a name is read on the name's own line, never from the date line above it",
         "Hartside beat Calderbrook 2-1\n\nPublished 16 March 2026\n\nHartside striker Kayleigh Doyle scored twice.\n\n"
         "\"He told us we were playing scared,\" Doyle said.\n",
         {"speaker": "Kayleigh Doyle", "role": "Hartside striker"}),
    case("a role after a preposition inside a noun phrase (\"A report from the council's chief executive, X,\") is X's",
         "The pool has been shut since August. A report from the council's chief executive, Gráinne Madigan, "
         "recommends closing it.\n\n\"I understand the attachment,\" Ms Madigan said.\n\n\"Ballyforan will be a "
         "better pool,\" the chief executive added.\n",
         {"speaker": "Gráinne Madigan", "role": "council's chief executive"},
         {"speaker": "Gráinne Madigan", "via": "description"}),
    case("one word that begins the name of the one organisation the text named is that organisation",
         "LONDON, June 10, 2026 — Velora Technologies is recalling about 480,000 fitness watches.\n\n\"We are asking "
         "every customer to stop wearing it,\" Velora said in a statement.\n",
         {"speaker": "Velora Technologies", "speaker_mention": "Velora"}),
    case("kin, or a name with an age, are people whatever their apposition's noun (\"the plant's senior operator\")",
         "Elder Simon Kwissiwa, 86, gave the plant its name.\n\n\"I did not think I would live to see it,\" the elder said.\n\n"
         "Standing beside him was his grandson, Jonas Kwissiwa, 24, the plant's senior operator, who trained for two "
         "years to run it.\n\n\"I test it every morning at six,\" he said.\n",
         {"speaker": "Simon Kwissiwa"}, {"speaker": "Jonas Kwissiwa", "via": "pronoun"}),
    case("a title of a department, then a name no list knows: the name is its last two words",
         "Minister of Mineral Resources Tumelo Seabi said his department would examine the closures.\n\n"
         "“A mining right is not a licence to walk away,” the minister said.\n",
         {"speaker": "Tumelo Seabi", "role": "Minister of Mineral Resources", "via": "description"}),
    case("in a transcript's turn a passage with no cue is the turn's speaker's; \"One of them, a woman who ...\" is no one",
         "Reporter Daniel Okafor spoke with Mayor Gwen Tallis of Port Carrow. Tallis, who is running for a second term, "
         "faces Councilman Ray Hollings.\n\nOKAFOR: Mayor Tallis, thanks for coming in.\n\nTALLIS: Thank you, Daniel."
         "\n\nOKAFOR: Residents went four days without water. One of them, a woman who runs a day care, left us a voicemail. "
         "She said, \"I had eleven toddlers and no water.\" What do you say to her?\n\nTALLIS: I'd say she is right.\n\n"
         "OKAFOR: Councilman Ray Hollings said at Tuesday's debate, \"The mayor found out from Facebook.\" Is that true?"
         "\n\nTALLIS: No. My message to Ray is simple: \"Come and stand in the trench.\"\n",
         {"speaker": None, "speaker_mention": "She"}, {"speaker": "Ray Hollings"}, {"speaker": "Gwen Tallis"}),
    case("\"Magistrate\" is a title",
         "Magistrate Fiona Beaumont said the fire could have been catastrophic.\n\n\"The fine has to send a message,\" "
         "the magistrate said.\n",
         {"speaker": "Fiona Beaumont", "role": "Magistrate", "via": "description"}),
    case("what kind of business a company is, as a description, is the company",
         "LAGOS, March 4 — Zenith Crest Bank reported a 40 per cent rise in profit on Tuesday. Tunde "
         "Bakare, an analyst at Meristem Securities, said the results beat forecasts.\n\n"
         "\"We expect loan growth to slow this year,\" the lender said in a statement.\n",
         {"speaker": "Zenith Crest Bank", "speaker_mention": "the lender", "via": "description"}),
    case("an airline described as one is the airline named before",
         "SYDNEY — Qantara Airways cancelled 40 flights on Friday. Mia Cole, a union organiser, "
         "blamed staff shortages.\n\n\"Safety is never compromised,\" the airline said.\n",
         {"speaker": "Qantara Airways", "speaker_mention": "the airline"}),
    case("a regulator described as one is the government body named before",
         "LONDON — Velora Technologies is recalling 480,000 watches. The Office for Product Safety and "
         "Standards said it had received 63 reports of burns.\n\n"
         "\"Consumers should not remove the battery themselves,\" the regulator said.\n",
         {"speaker": "Office for Product Safety and Standards", "speaker_mention": "the regulator",
          "via": "description"}),
    case("an organisation named for what it is of or for holds the \"and\" in it",
         "The Ministry of Labour and Employment said the strike was illegal.\n\n"
         "\"Workers must return on Monday,\" the ministry said.\n",
         {"speaker": "Ministry of Labour and Employment"}),
    case("last night is the night before the day of writing",
         "Published 8 February 2026\n\nRovers will ask for an explanation. In a statement last night, the "
         "club's chairman, Tom Reddy, said: “We will write to the league.”\n",
         {"speaker": "Tom Reddy", "date": "2026-02-07"}),
    case("a nationality refers back to the one given it, past a person named later",
         "Iker Solana, the Spanish midfielder, levelled with a stunning volley before Danny Royle "
         "headed them in front on the hour.\n\n"
         "“It's the best goal I have scored in England,” the Spaniard said.\n",
         {"speaker": "Iker Solana", "speaker_mention": "the Spaniard"}),
    case("a judgment authored by a judge speaks for the judge",
         "A division bench comprising Justice Nadia Qureshi and Justice Kamran Abbasi allowed the "
         "petition.\n\nIn the 31-page judgment, authored by Justice Qureshi, the bench held that the "
         "Capital Development Authority had given the residents less than 12 hours' notice.\n\n"
         "“A notice pasted on a wall at midnight is not notice,” the judgment reads.\n",
         {"speaker": "Nadia Qureshi", "via": "document"}),
    case("a document's date is not one of the events it tells of",
         "Published February 25, 2026\n\nIn the judgment, authored by Justice Nadia Qureshi, the bench "
         "held that bulldozers arrived on the morning of October 14, 2025.\n\n"
         "“A notice pasted on a wall at midnight is not notice,” the judgment reads.\n",
         {"speaker": "Nadia Qureshi", "date": "2026-02-25"}),
    case("the spokesperson is the one the narration introduced, not the last organisation named",
         "A CDA spokesperson said the authority would study the judgment before deciding whether to "
         "challenge it in the Supreme Court.\n\n"
         "“The CDA has always acted in accordance with the law,” the spokesperson said.\n",
         {"speaker": "CDA", "speaker_mention": "the spokesperson"}),
    case("a spokesperson for an organisation whose name holds \"and\"",
         "A spokesperson for Clyde and Isles Ferries said no vessel was available.\n\n"
         "“We are sorry,” the spokesperson said.\n",
         {"speaker": "Clyde and Isles Ferries", "aliases": ("Clyde and Isles Ferries",)}),
    case("laughing, sighing and chuckling, in the present tense, are ways of saying",
         "Lloyd Gayle has played bass on more than 300 records.\n\n"
         "\"My passport was so old, the lady thought it was a museum piece,\" he laughs.\n\n"
         "\"Nineteen years,\" Gayle sighs.\n\n\"Not bad for an old man,\" he chuckles.\n",
         {"speaker": "Lloyd Gayle", "cue": "laughs"}, {"speaker": "Lloyd Gayle", "cue": "sighs"},
         {"speaker": "Lloyd Gayle", "cue": "chuckles"}),
    case("a country's possessive is no part of a company's legal name",
         "LAGOS (Reuters) - Nigeria's Crestfield Bank Plc said its profit rose 41%.\n\n"
         "\"Our core business grew faster than ever,\" the lender said in the filing.\n",
         {"speaker": "Crestfield Bank Plc", "speaker_mention": "the lender"}),
    case("an outlook is a document, its owner's",
         "The Bureau of Meteorology's latest climate outlook, released on Thursday, gives the region "
         "less than a 40 per cent chance of rain.\n\n"
         "\"Below-median rainfall is more likely than not,\" the outlook says.\n",
         {"speaker": "Bureau of Meteorology", "via": "document"}),
    case("a spokesperson named for the end of an organisation's name speaks for it",
         "The American Red Cross said it was helping the family.\n\n"
         "\"Our volunteers met the family at the scene,\" a Red Cross spokesperson said.\n",
         {"speaker": "American Red Cross"}),
    case("the organisation a person is introduced as sitting in is named too",
         "Crews found heavy fire, said Battalion Chief Ray Szymanski of the Toledo Fire & Rescue "
         "Department.\n\n\"Space heaters need clearance,\" the chief said.\n\n"
         "\"Cold snaps are when we see the most fires,\" the department wrote in a Facebook post.\n",
         {"speaker": "Ray Szymanski", "speaker_mention": "the chief"},
         {"speaker": "Toledo Fire & Rescue Department", "speaker_mention": "the department"}),
    case("two people joined by \"and\" are both the sentence's subject: a pronoun after them names neither",
         "Councilmember Marcus Reed voted no. Resident Ana Ruiz, 41, asked for more crossings.\n\n"
         "“We cross that road with our kids every day,” Ruiz said.\n\n"
         "Reed and Councilmember Tom Haskell, who cast the other no vote, spoke with residents in the "
         "lobby after the vote.\n\n“Nobody up there was listening to you tonight,” he told them.\n",
         {"speaker": "Ana Ruiz"}, {"speaker": None, "speaker_mention": "he"}),
    case("an organisation's name before a title in lower case is no participle's subject",
         "ANC regional spokesperson Lindiwe Khumalo rejected Joubert's account, saying he was "
         "\"rewriting history to hide his own failures\".\n",
         {"speaker": "Lindiwe Khumalo", "cue": "saying"}),
    case("a quotation opening its paragraph, after one that reports one person speaking, is theirs",
         "Eleanor Pratt, 78, said she had been knocked down by a scooter.\n\n"
         "“I spent three weeks in a rehab facility,” Pratt told the council.\n\n"
         "Several students spoke in favor. Priya Raman, 20, a nursing student, said she walks 40 "
         "minutes home from her shift. Two rows behind her, Pratt shook her head.\n\n"
         "“I'm asking for a way home that isn't a dark road,” she said.\n",
         {"speaker": "Eleanor Pratt"}, {"speaker": "Priya Raman", "speaker_mention": "she"}),
    case("one who asked is not the one who answers",
         "Bernie Sanders held a rally in Iowa.\n\nLast month, The Huffington Post’s Scott Conroy asked "
         "Sanders whether questions about his health were fair game.\n\n"
         "“Sure it is. I would not have run if I was not blessed,” he said.\n",
         {"speaker": "Bernie Sanders", "speaker_mention": "he"}),
    case("the younger of two namesakes is the one introduced as a younger sibling",
         "Cian Doyle, 29, the Wexford captain, struck the first goal, and his younger brother, Eoin "
         "Doyle, added the second.\n\n"
         "“I just swung,” the younger Doyle said.\n",
         {"speaker": "Eoin Doyle"}),
    case("whoever a question was asked about is not the one answering it",
         "Substitute Conall Rabbitte buried a penalty in the 68th minute.\n\n"
         "Galway manager Michael Fahy was left to rue a first half of wides.\n\n"
         "“We gave them a seven-point start,” Fahy told reporters.\n\n"
         "Asked about the decision to award only a free when Rabbitte appeared to be pulled "
         "down, he said: “I've seen it back once and that's a penalty.”\n",
         {"speaker": "Michael Fahy"}, {"speaker": "Michael Fahy", "speaker_mention": "he"}),
    case("the man of a place is the one the text tied to it",
         "Wexford manager Séamus Brennan won four medals as a player with his native Kilkenny, and he "
         "admitted the semi-final would be strange.\n\n"
         "“I'm not sure the lads at home in Thomastown will be talking to me,” the Kilkenny man said.\n",
         {"speaker": "Séamus Brennan", "speaker_mention": "the Kilkenny man"}),
    case("a brokerage is a business",
         "Mumbai-based brokerage Western Ghats Securities was more upbeat. \"We see upside to "
         "consensus earnings,\" the brokerage wrote in a note to clients.\n",
         {"speaker": "Western Ghats Securities"}),
    case("an organisation with its acronym in brackets publishes its report",
         "The Care Quality Commission (CQC), which inspected North Mercia Hospitals NHS Foundation Trust "
         "in June, published its report on Wednesday.\n\n"
         "“Staff told us they did not feel able to raise concerns,” the report said.\n",
         {"speaker": "Care Quality Commission", "via": "document"}),
    case("a sentence that ends with a full stop and has verbs in lower case is no heading",
         "Justice Hélène Cardinal of the Ontario Superior Court of Justice delivered the sentence on "
         "Wednesday.\n\n“A single punch thrown in anger is not a lesser kind of violence,” Justice "
         "Cardinal told Brisebois.\n",
         {"speaker": "Hélène Cardinal"}),
    case("unnamed people where they were are descriptions",
         "A bloke at Finley rang me last night and said, \"I've got 300 cows and no water.\"\n\n"
         "\"Sell-outs!\" someone in the public gallery shouted as the result was read out.\n\n"
         "A woman in the crowd shouted, \"Shame on you, all of you!\"\n",
         {"speaker": None, "speaker_mention": "A bloke at Finley"},
         {"speaker": None, "speaker_mention": "someone in the public gallery", "cue": "shouted"},
         {"speaker": None, "speaker_mention": "A woman in the crowd", "cue": "shouted"}),
    case("a Malay name's given names, after an honorific, are the person named in full",
         "Ms Nurul Huda Ismail, 31, a nurse at Changi General Hospital, said she waited 40 minutes.\n\n"
         "“The queue went all the way down to the main road,” said Ms Nurul Huda.\n",
         {"speaker": "Nurul Huda Ismail"}),
    case("a surname alone teaches no gender, though it is someone's first name too",
         "Festival director Hine Walker said ticket sales had passed last year's total.\n\n"
         "\"We had people camping here from Invercargill,\" Walker said on Sunday night.\n\n"
         "Senior Sergeant Tania Rei, who led the police operation, said officers had handed out water.\n\n"
         "\"We would much rather be handing out water than handcuffs,\" she said.\n\n"
         "Walker said the festival would return next year.\n\n\"Same paddock, bigger stage,\" she said.\n",
         {"speaker": "Hine Walker"}, {"speaker": "Tania Rei"}, {"speaker": "Hine Walker", "speaker_mention": "she"}),
    case("someone the sentence says is not named is no one a pronoun names",
         "Judge Eileen Kearney imposed a sentence of four years.\n\n"
         "Outside the court, a woman who had sat with the family throughout the hearing declined to give "
         "her name.\n\n“He's not a bad lad. He needs help, not a prison cell,” she said.\n\n"
         "Rachel Sorensen, the families' lawyer, welcomed the ruling. Another plaintiff, who asked that "
         "her name not be used, was more cautious. \"A jury is not a verdict,\" she said.\n",
         {"speaker": None, "speaker_mention": "she"}, {"speaker": None, "speaker_mention": "she"}),
    case("two subjects joined by \"and\", of whom the text tells both genders or neither, leave a pronoun unnamed",
         "Chief executive Markus Feldner said the cuts were unavoidable. Works council head Jürgen "
         "Albrecht called them a betrayal.\n\n"
         "Feldner and Albrecht met for two hours on Monday evening.\n\n"
         "\"It was a frank conversation, and it will not be the last one,\" he said.\n\n"
         "Kevin Steyn and David Mthembu put on 140 for the fifth wicket.\n\n"
         "Steyn, who finished on 58 not out, and Mthembu walked off together.\n\n"
         "\"We didn't say much to each other out there,\" he said.\n",
         {"speaker": None, "speaker_mention": "he"}, {"speaker": None, "speaker_mention": "he"}),
    case("the subject of a clause of its own after a quoted fragment is not its speaker",
         "Kessler Motoren AG will cut 4,000 jobs. In an interview published on Monday, chief executive "
         "Markus Feldner had said the company would \"not hide behind the Chinese\" when it explained its "
         "problems to staff.\n",
         {"speaker": "Markus Feldner", "cue": "said"}),
    case("an intensifying pronoun after the subject",
         "Ted Cruz campaigned in Iowa. Cruz himself said Tuesday that “the only way to win the state of "
         "Iowa is to go and ask, one on one, for the support of the grassroots.”\n",
         {"speaker": "Ted Cruz", "cue": "said"}),
    case("a role noun before a first name the data set knows is a title",
         "Fairview Principal Tomás Ibarra, who has led the school for eight years, said teachers told "
         "students on Thursday.\n\n\"Some of the fourth-graders asked if they could take their classroom "
         "with them,\" Ibarra said.\n",
         {"speaker": "Tomás Ibarra"}),
    case("\"Prof\" without a full stop is an honorific",
         "Prof Gareth Lyle, a co-author of the study, said the survey had depended on volunteers.\n\n"
         "‘They did the hard part. We just did the statistics,’ he said.\n",
         {"speaker": "Gareth Lyle"}),
    case("an office named for whose it is keeps its title",
         "The Iowa Attorney General's Office, which defended the law, said it was reviewing the ruling.\n\n"
         "\"The right-to-farm law protects the family farmers of this state,\" the office said.\n",
         {"speaker": "Iowa Attorney General's Office"}),
    case("an organisation named for a list of what it does",
         "The Meteorology, Climatology and Geophysics Agency (BMKG) said the quake struck at 2:18 a.m.\n\n"
         "“People should stay out of damaged buildings,” the agency said.\n",
         {"speaker": "Meteorology, Climatology and Geophysics Agency"}),
    case("kin named by a name no list knows, with an age, are people",
         "Nurhayati, 46, was sitting outside her ruined house.\n\n"
         "“I was awake because my youngest had a fever,” Nurhayati said.\n\n"
         "Her elder son, Rizal, 19, pulled his brother out through a window.\n\n"
         "“I didn't think about it. I just pulled,” he said.\n",
         {"speaker": "Nurhayati"}, {"speaker": "Rizal", "speaker_mention": "he"}),
    case("the subject of an opening \"when\" clause is the sentence's subject",
         "Q: Which student are you proudest of?\n\n"
         "A: My first coach, Raghavan Iyer, taught me patience. But when Karthik Subramanian became a "
         "grandmaster in 2019, he phoned me from Spain at two in the morning. He said, “You taught me how "
         "to lose.”\n",
         {"speaker": "Karthik Subramanian", "speaker_mention": "He"}),
    case("a name after a title that opens the sentence is its subject",
         "Bernie Sanders attacked Clinton on Sunday. “She is not qualified,” Sanders said.\n\n"
         "Sanders repeated the charge on Monday.\n\nVice President Joe Biden weighed in as well, telling "
         "Mic in an interview "
         "published on Monday, “But gosh almighty, they’re both qualified,” he said.\n",
         {"speaker": "Bernie Sanders"}, {"speaker": "Joe Biden", "speaker_mention": "he"}),
    case("the subject after a title, before an apposition, is the one a pronoun goes on naming",
         "Justice Carla Engstrom, joined by Justices Thomas Baird and Ruth Okonjo, dissented. She said the "
         "majority had substituted its own judgment for that of the Legislature.\n\n"
         "\"The majority may think the law unwise,\" she wrote.\n",
         {"speaker": "Carla Engstrom", "speaker_mention": "she"}),
    case("a place in a team before a name is a role: \"the rookie\" is the rookie running back",
         "Rookie running back Isaiah Bell ran for 88 yards in his first NFL start.\n\n"
         "\"My mom drove up from Sacramento for this one,\" the rookie said.\n",
         {"speaker": "Isaiah Bell", "speaker_mention": "the rookie"}),
    case("the subjects of two clauses joined by \", and\" leave a pronoun after them unnamed",
         "Arizona quarterback Ty Brandt threw for 271 yards, and receiver Andre Loomis caught two "
         "touchdown passes.\n\n\"We had them and we let them off the hook,\" he said.\n",
         {"speaker": None, "speaker_mention": "he"}),
    case("a lawmaker is a member of a legislature by any title",
         "Senator Amina Wario said the Treasury had no excuse for the delay.\n\n"
         "“Counties are not begging,” the lawmaker said.\n",
         {"speaker": "Amina Wario", "speaker_mention": "the lawmaker"}),
    case("a left-hander is the one a role calls left-handed",
         "DURBAN - Left-handed opener Sibusiso Mthembu made an unbeaten 141 on Sunday.\n\n"
         "\"The ball was doing a bit in the first hour,\" the left-hander said.\n",
         {"speaker": "Sibusiso Mthembu", "speaker_mention": "the left-hander"}),
    case("a verb's particle ends a title read leftwards",
         "Coach Gary Mostert singled out fast bowler Lwazi Dube for praise.\n\n"
         "\"It was sore, but it's a Test match,\" Dube said.\n",
         {"speaker": "Lwazi Dube", "role": "fast bowler"}),
    case("a date in a relative clause of someone else is not the day of the saying",
         "Published: 30 November 2025\n\nSri Lanka coach Chris Silva was gracious in defeat.\n\n"
         "He said opener Pathum Fernando, who split the webbing of his right hand while fielding on "
         "Friday, would fly home for treatment.\n\n"
         "\"It's a big loss for us. Pathum has been our best batter all tour.\"\n"
         "\n\"We have heard 'next year' before,\" said Gordon Rushton, who was reached by phone on "
         "Thursday.\n",
         {"date": "2025-11-30"}, {"date": "2025-11-27"}),
    case("someone unnamed by a role, not said to speak, does not stop a pronoun",
         "Karim Khoury lights the charcoal every morning. His sister, Rania Khoury, arrives an hour later.\n\n"
         "\"The charcoal takes an hour,\" says Karim.\n\n"
         "Rania handles the money now, and she is the cautious one. A developer has offered them a second "
         "site at Penrith.\n\n\"Karim would open ten restaurants if I let him,\" she says.\n",
         {"speaker": "Karim Khoury"}, {"speaker": "Rania Khoury", "speaker_mention": "she"}),
    case("kin of a family are told apart by the noun that introduced them",
         "Karim Khoury runs the grill. His sister, Rania Khoury, runs the books. Their mother, Nadia "
         "Khoury, 68, still makes the kibbeh.\n\n"
         "\"Penrith is where Parramatta was ten years ago,\" Karim says.\n\n"
         "\"He said the same thing about Parramatta,\" says his sister.\n",
         {"speaker": "Karim Khoury"}, {"speaker": "Rania Khoury", "speaker_mention": "his sister"}),
    case("the one who had pleaded guilty is the accused",
         "Darren Moriarty, of Ballyard Road, Tralee, had pleaded guilty to dangerous driving on Wednesday.\n\n"
         "When interviewed at Tralee Garda Station, the accused told gardaí: “I panicked.”\n",
         {"speaker": "Darren Moriarty", "speaker_mention": "the accused"}),
    case("a plural names no body: the organisation holds its \"and\"",
         "Larkspur Systems will cut 1,200 jobs.\n\nLarkspur said in the filing, with the Securities and "
         "Exchange Commission, that it expected charges of $90 million.\n\n"
         "\"These actions are intended to align our cost structure with revenue,\" the filing said.\n",
         {"speaker": "Larkspur Systems", "via": "document"}),
    case("what a run names after \"Shares of\" is the company",
         "Northwind Robotics will cut 300 jobs. Shares of Northwind closed up 6% on Tuesday.\n\n"
         "\"We are not retreating,\" the company said.\n",
         {"speaker": "Northwind Robotics"}),
    case("one who asked not to be named, called by a pronoun, is still no one a pronoun names",
         "Chief executive Priya Venkataraman announced the cuts on Tuesday.\n\n"
         "\"We are not retreating,\" she said.\n\n"
         "A software engineer who lost her job on Tuesday said she learned of it when her laptop logged "
         "her out. She asked not to be named because she is still negotiating her severance.\n\n"
         "\"I was presenting a slide deck,\" she said.\n",
         {"speaker": "Priya Venkataraman"}, {"speaker": None, "speaker_mention": "she"}),
    case("two people of one surname named together",
         "JASPER, Ind. — For most of their lives, Jada and Jasmine Pruitt have been told apart by the way "
         "they shoot.\n\n\"People think we have some secret twin telepathy,\" Jada said.\n",
         {"speaker": "Jada Pruitt", "speaker_mention": "Jada"}),
    case("an office of a named organisation is the one who holds it",
         "European Commission President Ulrike Brandes told reporters the deal was done.\n\n"
         "Brandes said the Commission would present the legal texts in February.\n\n"
         "“We have to prove that we can spend it quickly,” the Commission president said.\n",
         {"speaker": "Ulrike Brandes", "speaker_mention": "the Commission president"}),
    case("a name in the possessive after a comma is no one a title before it describes",
         "The pro-Christie Union Leader, New Hampshire's largest newspaper, has run a string of negative "
         "editorials.\n\n\"I just think it is wrong,\" the leader said.\n",
         {"speaker": None, "speaker_mention": "the leader"}),
    case("a name its initials abbreviate is an organisation's",
         "CHENNAI\n\nThe Tamizhaga Makkal Katchi (TMK) returned to power in Tamil Nadu on Thursday.\n\n"
         "The TMK said it would \"respect the mandate of the western districts\".\n",
         {"speaker": "Tamizhaga Makkal Katchi"}),
    case("\"Advocate\" before a name is a title",
         "Advocate Johan van Rensburg, for the defence, argued that the witnesses had been drinking.\n\n"
         "“My client has lived in Tafelsig his whole life,” Van Rensburg said.\n",
         {"speaker": "Johan van Rensburg", "role": "Advocate"}),
    case("a quotation after a sentence two people open together is neither's",
         "Glaciologist Priya Raghunathan led the study.\n\n"
         "Raghunathan and her co-author, Dr. Lena Holmquist of the University of Alberta, spent much of "
         "last summer on the Peyto.\n\n\"We were standing in places that were under 30 metres of ice.\"\n",
         {"speaker": None}),
    case("a verb of saying after \"used to\" is a cue",
         "MOKOENA: Was waste talked about there?\n\n"
         "MEHTA-COLLINS: Constantly. My first head chef, Gordon Pike, used to shout across the pass, "
         "\"If it's in the bin, it's coming out of your wages.\"\n",
         {"speaker": "Gordon Pike", "cue": "shout"}),
    case("a first name after a noun for a person, and where they are from",
         "MOKOENA: A listener, Priyanka in Swindon, sent us a question about rice. She asked, \"Is it true "
         "you should never reheat rice?\"\n\nMEHTA-COLLINS: It is not.\n",
         {"speaker": "Priyanka", "speaker_mention": "She"}),
    case("in a transcript, no one who speaks in it is \"he\" or \"she\"",
         "NALEDI MOKOENA: Welcome to the show.\n\nARJUN MEHTA-COLLINS: Thanks for having me.\n\n"
         "MOKOENA: Where does the title come from?\n\n"
         "MEHTA-COLLINS: From my grandmother, in Pune. Whenever we complained, she would say, \"Today's "
         "dinner is lunch for tomorrow's worker.\"\n",
         {"speaker": None, "speaker_mention": "she"}),
    case("\"police said\" is the police force the text named",
         "The Erie Police Department is investigating the crash.\n\n"
         "\"Anyone who saw a dark pickup should call us,\" police said in a news release.\n",
         {"speaker": "Erie Police Department", "speaker_mention": "police", "cue": "said"}),
    case("a place after an opening preposition is no subject, whatever its relative clause",
         "In Tewkesbury, which was cut off by floodwater in 2007, Jean Whitlock, who chairs the town's "
         "flood action group, said residents had watched the debate “with their hearts in their mouths”.\n",
         {"speaker": "Jean Whitlock", "cue": "said"}),
    case("\"Councilor\" is a title",
         "City Councilor Renée Oyelaran said the fines were too small.\n\n"
         "\"Fines of a few hundred dollars don't move a company,\" Oyelaran said.\n",
         {"speaker": "Renée Oyelaran", "role": "City Councilor"}),
    case("a Malay name with \"bin\" is one person's, called by a given name",
         "On the eighth floor, private-hire driver Muhammad Faizal bin Abdul Rahman, 45, carried his "
         "father down the stairs.\n\n“My father goes for dialysis three times a week,” Mr Faizal said.\n",
         {"speaker": "Muhammad Faizal bin Abdul Rahman", "speaker_mention": "Mr Faizal"}),
    case("the one a possessive introduces by name is the sentence's subject, not the owner",
         "Kevin MacIsaac, 34, died when a forklift overturned. \"Kevin was part of our family here,\" the "
         "company said.\n\nOutside the courthouse, MacIsaac's brother, Darren MacIsaac, said the family "
         "had hoped for a larger penalty.\n\n\"Four hundred thousand dollars is a rounding error,\" he said.\n",
         {"speaker": None}, {"speaker": "Darren MacIsaac", "speaker_mention": "he"}),
    case("\"the spokesperson\" is the one just introduced, not a party's spokesperson named before",
         "The Liberal Democrats' environment spokesperson, Alistair Munro, called the plans reckless.\n\n"
         "A Downing Street spokesperson said the prime minister had full confidence in the minister.\n\n"
         "“We were elected to build homes,” the spokesperson added.\n",
         {"speaker": "Downing Street", "speaker_mention": "the spokesperson"}),
    case("police and council ranks abbreviated are titles",
         "Cr Bronwyn Tierney moved the motion. Supt Declan Furlong defended the cut. DC Ben Ashdown led "
         "the inquiry.\n\n“I've got a kelpie at home,” Cr Tierney said.\n\n"
         "‘Borris is not losing a single garda,’ Supt Furlong said.\n\n"
         "\"We'd like to thank the victims,\" DC Ashdown said.\n",
         {"speaker": "Bronwyn Tierney"}, {"speaker": "Declan Furlong"}, {"speaker": "Ben Ashdown"}),
    case("a portfolio is a title only before one",
         "Health New Zealand said in a statement on Wednesday that it welcomed the research.\n\n"
         "\"The findings support the work already under way,\" the statement said.\n",
         {"speaker": "Health New Zealand"}),
    case("a title of capitalised words and a role noun before a name",
         "Former Bafana Bafana striker Sizwe Khoza, working as a pundit, was less forgiving.\n\n"
         "\"Sundowns have too many players who want the ball to feet,\" he said.\n",
         {"speaker": "Sizwe Khoza", "role": "Former Bafana Bafana striker"}),
    case("\"Di\" before a surname is its particle, no police rank",
         "Grower Tony Di Censo said the winery had cancelled his contract.\n\n"
         "“I've got 80 hectares of shiraz and nobody to sell it to,” Di Censo said.\n",
         {"speaker": "Tony Di Censo"}),
    case("a body named for health or services is an organisation, no one a pronoun names",
         "The clinic, run with funding from Fraser Valley Health, has eight beds and a kettle.\n\n"
         "“We never close,” he says.\n\n"
         "In a statement, Fraser Valley Health said the clinic had “saved lives”.\n",
         {"speaker": None}, {"speaker": "Fraser Valley Health"}),
    case("a body named for services is an organisation",
         "The clinic is run by Coastal Family Services.\n\n“We never close,” he says.\n\n"
         "In a statement, Coastal Family Services said the clinic had “saved lives”.\n",
         {"speaker": None}, {"speaker": "Coastal Family Services"}),
    case("a person introduced by a first name alone, whatever the noun and the tense",
         "In booth three, a man who gives his name as Danny is rolling up his sleeve. The site is run "
         "by the Eastside Society.\n\n“Here, somebody always knocks,” he says.\n\n"
         "A client who goes by Mags says she comes for the nurses.\n\n“They remember my name,” she says.\n",
         {"speaker": "Danny"}, {"speaker": "Mags"}),
    case("a ministry of a list of things is one ministry",
         "Exports rose 9.8 percent, according to data released by the Ministry of Trade, Industry and "
         "Energy.\n\n\"Chip exports have now risen for 16 straight months,\" the ministry said.\n",
         {"speaker": "Ministry of Trade, Industry and Energy", "speaker_mention": "the ministry"}),
    case("a party with a place before it, after \"the\", is someone by party: the one just named",
         "State Sen. Becky Harlan, who sponsored the law, said she had heard from hundreds of parents.\n\n"
         "\"Parents don't want to be the bad guy,\" the Franklin Republican said.\n",
         {"speaker": "Becky Harlan", "speaker_mention": "the Franklin Republican", "via": "description"}),
    case("a party is no role that picks one of many who share it",
         "Bruce Hough, the Republican National Committeeman from Utah, backed the nominee.\n\n"
         "Speaker Paul Ryan said in the interview that the onus is on Trump. “I think we must unify this party,” he said.\n\n"
         "The Wisconsin Republican did give Trump some credit.\n\n"
         "\"We hope that our nominee aspires to be Lincoln,” he said.\n",
         LAST, {"speaker": OneOf(("Paul Ryan", None))}),
    case("a standing capitalised after \"the\" is someone by it, no one's name",
         "Kings guard De'Andre Whitlock, a two-time All-Star, said he had lobbied for a wing defender.\n\n"
         "\"I'm going to miss Marcus,\" the two-time All-Star said.\n",
         {"speaker": "De'Andre Whitlock", "speaker_mention": "the two-time All-Star"}),
    case("a weekday after a name is when, no part of it, nor a surname later",
         "Speaker Paul Ryan says allies are rattled.\n\n"
         "In an interview with reporters Thursday, the Wisconsin Republican said allies ask if the U.S. is "
         "“still in the game.”\n\nSanders said on Twitter Thursday that the comment was wrong.\n",
         {"speaker": OneOf(("Paul Ryan", None))}),
    case("an organisation's name holds \"and\" where a person's never does",
         "The National Commission for Museums and Monuments, the federal body that will keep the plaque, "
         "said the return had been \"conducted with transparency and respect.\"\n\n"
         "The Ministry of Labour and Employment said the rules were \"clear and fair.\"\n\n"
         "Jones said the Department of Justice and Sen. Cruz had \"nothing to add.\"\n",
         {"speaker": "National Commission for Museums and Monuments"},
         {"speaker": "Ministry of Labour and Employment"}, {"speaker": Not("Department of Justice and Sen. Cruz")}),
    case("one who has made the hajj is so titled, and then named by the title and surname",
         "Alhaja Risikat Bello, 58, a lace seller who has traded at Balogun since 1989, joined that "
         "spring. Her son, Tunde Bello, helps at the stall.\n\n"
         "“Now I can see my money on the phone every evening,” says Alhaja Bello.\n",
         {"speaker": "Risikat Bello", "speaker_mention": "Alhaja Bello"}),
    case("a coroner is titled so",
         "An inquest began before Coroner Leanne Stavropoulos at the Coroners Court of Victoria on Tuesday.\n\n"
         "Coroner Stavropoulos said she would hand down her findings later. “I want to understand how "
         "this happened,” she said.\n",
         {"speaker": "Leanne Stavropoulos"}),
    case("a verb after \"to\" is no part of the title before a name",
         "Tregenza held a steepling catch to remove Heat captain Grace Fitzpatrick for 48.\n\n"
         "“We let them get away,” Fitzpatrick said.\n",
         {"speaker": "Grace Fitzpatrick", "role": "Heat captain"}),
    case("a role with an owner is the one whose role names that owner; a description of the same role "
         "after it is that one too",
         "Strikers captain Sophie Tregenza made 61 from 44 balls before removing Heat captain Grace "
         "Fitzpatrick for 48.\n\n“We let them get away,” Fitzpatrick said.\n\n"
         "The Strikers’ captain said she had been worried about the catch.\n\n"
         "“I had about four seconds to think,” the skipper said.\n",
         LAST, {"speaker": "Sophie Tregenza", "speaker_mention": "the skipper"}),
    case("a place's name of two words joined by \"and\" is part of a title before a name that opens a sentence",
         "Simon Ashworth, planning director at Halstead Living, said the tower had been cut twice.\n\n"
         "\"We have taken eight storeys off,\" Mr Ashworth told the committee.\n\n"
         "Ancoats and Beswick councillor Mo Rahman, who spoke against the scheme, described the offer as "
         "\"an insult\".\n\n\"That isn't regeneration, it's replacement,\" he said.\n",
         LAST, {"speaker": "Mo Rahman"}),
    case("a pronoun after a quotation is as far back as the quotation's opening: its sentences are no narration's",
         "April Mellody, a spokeswoman for the convention, said the team would work with police. ''We will "
         "ensure the safety of all of our delegates,'' she said.\n\n"
         "After the meeting of county delegates on Saturday ended in mayhem when dozens of them were turned "
         "away at the door, Roberta Lange, the state party chairwoman, said she had received death threats.\n\n"
         "''The campaign helped incite everything that happened. Instead of attacking me, they should be "
         "apologizing. I have had enough. Nobody deserves this,'' she said.\n",
         LAST, {"speaker": "Roberta Lange"}),
    case("in a transcript's turn, \"I\" and a reporting verb before a quotation are the turn's speaker's, "
         "whatever sentence follows it",
         "HOST: Joaquín Arrieta, welcome.\n\nARRIETA: Thank you. That is a question for the Ghana coach. "
         "But I tell Kwame every day, ‘Four goals in four games is nice. Now do it for four months.’ He "
         "laughs. I am not joking.\n\nHOST: Stefan Lindqvist called him the best in the league.\n",
         {"speaker": "Joaquín Arrieta", "speaker_mention": "I", "cue": "tell"}),
    case("kin opening the sentence before a pronoun is the kin the text named, unless that sentence names another of the gender by a pronoun",
         "Mercy Chebet, 29, won in Frankfurt in April.\n\n"
         "Her coach is her elder brother, Josphat Chebet, a former 10,000m runner who spent six years in Japan.\n\n"
         "“Mercy does not need me to push her,” Josphat says.\n\n"
         "Gianluca Ferraro, an Italian agent, says her times suggest she can run 2:17.\n\n"
         "“She has the engine for 2:17,” Ferraro says.\n\n"
         "Chebet wants to buy a house.\n\nHer brother is more cautious.\n\n“First she finishes,” he says.\n",
         {"speaker": "Josphat Chebet", "role": "former 10,000m runner"}, {"speaker": "Gianluca Ferraro"},
         {"speaker": "Josphat Chebet"}),
    case("kin opening the sentence before, with another of the gender named by a pronoun there, is no surer",
         "Nathan's mother, Grace Okonkwo, read a statement. “I set the table for three,” she said.\n\n"
         "Outside the courthouse, Nathan's sister, Adaeze Okonkwo, said the family was relieved. Her mother "
         "stood beside her.\n\n“Nothing was ever going to bring him home,” she said.\n",
         LAST, {"speaker": Not("Grace Okonkwo")}),
    case("a capitalised adjective before the nouns it modifies, up to the verb, is no one's name",
         "GILL: Older people who live alone are the most at risk. Public health units keep saying, \"Check on "
         "your neighbours,\" and it saves lives.\n\nHOST: Thank you, Dr. Gill.\n",
         {"speaker": None, "speaker_mention": "Public health units"}),
    case("a law or a scripture, quoted as saying what it says, speaks for no one",
         "Electoral commissioner Kwame Asante-Boadu said the register was on time. Article 45 of the "
         "Constitution says the Commission shall \"compile the register of voters and revise it at such "
         "periods as may be determined.\"\n",
         {"speaker": None, "speaker_mention": "Article 45 of the Constitution"}),
    case("a spokesperson for an office speaks for no organisation: an office is no body",
         "A spokesman for the First Minister said: ‘The First Minister has full confidence in the transport "
         "secretary.’\n\nA White House spokesman said: ‘The president has full confidence.’\n",
         {"speaker": None, "speaker_mention": "A spokesman for the First Minister"}, {"speaker": "White House"}),
    case("a Chinese given name after the surname: the surname stands for the name, and given name and surname too",
         "Pak Shing Land posted a 38% drop in profit, chairman Vincent Cheng Wai-ming said.\n\n"
         "Deputy chairman Andrew Cheng Wai-kit, his younger brother, said vacancies were the concern.\n\n"
         "Chief financial officer Stephanie Ho Man-yee said the balance sheet was strong.\n\n"
         "\"We will not chase volume,\" Vincent Cheng told reporters.\n\n"
         "\"Tenants are moving,\" Andrew Cheng said.\n\n\"We have no bond maturities until 2028,\" Ho said.\n",
         {"speaker": "Vincent Cheng Wai-ming"}, {"speaker": "Andrew Cheng Wai-kit"},
         {"speaker": "Stephanie Ho Man-yee", "speaker_mention": "Ho"}),
    case("a member of a legislative council is titled so; a body for one thing and two words more is one body",
         "Independent MLC Bronwyn Castles pressed the chief executive.\n\n\"What happened?\" Ms Castles asked.\n\n"
         "Dr Ingrid Templeton, an ecologist at the University of Tasmania's Institute for Marine and Antarctic "
         "Studies, gave evidence.\n\nCrayfisherman Darryl Heazlewood said the harbour had changed.\n\n"
         "He said he wanted the committee to visit before it wrote its report.\n\n"
         "“Come out on the boat with me. Don't read about it in a brochure.”\n",
         {"speaker": "Bronwyn Castles", "role": "Independent MLC"},
         {"speaker": Not("Institute for Marine and Antarctic Studies")}),
    case("the reporting verb of a subordinate clause is no narration's attribution",
         "He said he wanted the committee to visit before it wrote its report.\n\n"
         "“Come out on the boat with me. Don't read about it in a brochure.”\n",
         {"speaker": None}),
    case("an unlisted verb in the past after a quotation ending in a comma, then \"and\"",
         "White House hopeful Donald Trump threw reporter Jorge Ramos out of a news conference.\n\n"
         "“Go back to Univision,” Trump barked and a security guard escorted Ramos out.\n",
         {"speaker": "Donald Trump", "cue": "barked"}),
    case("a man's or a woman's first name and a job a company may be too: a person",
         "In an emailed statement, Ethan Saulteaux, press secretary to the premier, said the province was "
         "\"disappointed\".\n\nIn Fort McMurray, Bashir Osman, a heavy-equipment operator who has worked at the "
         "mine since 2014, said he learned by email that his last day would be May 15.\n\n"
         "\"I have a mortgage here,\" he said.\n",
         LAST, {"speaker": "Bashir Osman", "role": "heavy-equipment operator"}),
    case("an agent noun before a first name the data set knows is a title; a nationality's adjective is not",
         "Nairobi Regional Police Commander Esther Chepkemoi said 23 people had been arrested.\n\n"
         "\"We will not allow anyone to block roads,\" Ms Chepkemoi told journalists.\n\n"
         "The Peruvian Red Cross said it had sent a team of 30 volunteers.\n\n"
         "\"The greatest need right now is shelter,\" a Red Cross spokesperson said.\n",
         {"speaker": "Esther Chepkemoi", "role": "Nairobi Regional Police Commander"},
         {"speaker": "Peruvian Red Cross"}),
    case("an Irish surname's h after Ó is part of the name",
         "Éanna Ó hAodha, 20, scored the game's only goal.\n\n‘I just kept my eye on it,’ Ó hAodha said.\n",
         {"speaker": "Éanna Ó hAodha", "speaker_mention": "Ó hAodha"}),
    case("\"the younger\" of two the text does not tell apart is no one a pronoun after names",
         "Gaels manager Tadhg Mac Cárthaigh captained the club in 1995. The Gaels' coach, Oisín Mac Cárthaigh, "
         "29, turned to coaching after an injury.\n\n‘I swear the cup has got heavier,’ Tadhg Mac Cárthaigh said.\n\n"
         "The younger Mac Cárthaigh said the goal had come from the training ground.\n\n"
         "‘We watched their semi-final back four times,’ he said.\n",
         LAST, {"speaker": OneOf(("Oisín Mac Cárthaigh", None))}),
    case("\"the younger\" of a father and the son the text names is the son",
         "Gaels manager Tadhg Mac Cárthaigh chose his son, Oisín Mac Cárthaigh, 29, as coach.\n\n"
         "‘I swear the cup has got heavier,’ Tadhg Mac Cárthaigh said.\n\n"
         "The younger Mac Cárthaigh said the goal had come from the training ground.\n\n"
         "‘We watched their semi-final back four times,’ he said.\n",
         LAST, {"speaker": "Oisín Mac Cárthaigh"}),
    case("a pronoun with a contraction is a pronoun, no one's name",
         "IFEOMA: Babajide, nobody decides. But I’ll tell you what I tell every new cook: “Taste it, then "
         "taste it again.”\n\nTOM: Great advice.\n",
         {"speaker": Not("I’ll")}),
    case("what someone is seen as is no words of theirs",
         "Voters skeptical as Clinton vows change.\n\nAmid fury at the system, she's seen as 'part of the people in "
         "power.'\n\nHillary Clinton rallied service workers on Tuesday.\n",
         {"speaker": None}),
    case("letters for a rank or an honour after a name are no part of it",
         "The residents were represented by Advocate Thulisile Ngcobo SC.\n\n"
         "Outside the court, Ngcobo said the judgment would be felt far beyond Ratanda. “Every municipality "
         "must now think twice,” she said.\n",
         {"speaker": "Thulisile Ngcobo", "role": "Advocate"}),
    case("kin who speak are no one in passing: an honorific and a surname may then name them",
         "Jayden Tuhiwai, 19, died when the scaffold collapsed.\n\n"
         "Jayden's mother, Mereana Tuhiwai, read a statement to the court.\n\n"
         "Outside court, Jayden's father, Wiremu Tuhiwai, who flew to Perth last week, said the family had "
         "waited 17 months.\n\n\"Jayden was 19. He would have turned 21 in January,\" Mr Tuhiwai said.\n",
         {"speaker": "Wiremu Tuhiwai", "speaker_mention": "Mr Tuhiwai"}),
    case("a definite description after someone new and unnamed was introduced by its noun is that one",
         "India's chief negotiator, Anand Raghavan, called the draft \"a step backwards\".\n\n"
         "A negotiator from a Latin American country, who asked not to be named, said the walkout had been "
         "planned.\n\n\"Nobody walks out by accident,\" the negotiator said.\n",
         LAST, {"speaker": None, "speaker_mention": "the negotiator"}),
    case("what someone said someone else did is no attribution of the narration",
         "Principal Sione Fonoti said the school had run out of places.\n\n"
         "Fonoti said the school had asked the ministry for new classrooms in 2021.\n\n"
         "“We are still waiting. In the meantime, we have to be honest with families.”\n",
         {"speaker": "Sione Fonoti", "via": "narration"}),
    case("an acronym of an organisation's initials, named in full before, is that organisation",
         "The Democratic National Committee issued an apology on Monday.\n\n"
         "“On behalf of everyone at the DNC, we apologise,” the DNC said.\n",
         {"speaker": "Democratic National Committee", "speaker_mention": "the DNC"}),
    case("an acronym that opens a person's role is the body they speak for, not their title",
         "RMT general secretary Declan Morrow called the offer an insult.\n\n"
         "The RMT said in a statement that the offer was “a pay cut dressed up as a pay rise”.\n",
         {"speaker": "RMT"}),
    case("a word for how many opening a sentence is no one's name",
         "The protest grew through the afternoon. Others shouted, \"Stop the coverup now, and tell us the "
         "truth!\"\n",
         {"speaker": None}),
    case("an adverb of where in time opens a phrase, not a subject",
         "Midway through the hearing, a woman in the audience stood and shouted, \"Fifty-one near-misses and "
         "nobody's been fired!\"\n",
         {"speaker": None, "speaker_mention": "a woman"}),
    case("a man's or a woman's full name and the body they are of, with no title",
         "Haskins' lead attorney, Natalie Greer of the Texas Capital Defense Project, said she would ask the "
         "Supreme Court to intervene.\n\n\"Jerome has spent 21 years on death row,\" Greer said in a statement.\n",
         {"speaker": "Natalie Greer"}),
    case("a nationality's noun names the one whose role holds it, plural too",
         "Head coach Craig Fensom was sacked on Monday.\n\n"
         "Kiwis prop Sione Vaipulu, who joined the Orcas after Fensom recruited him, said the players shared the "
         "blame.\n\n\"We're the ones out there missing tackles,\" the Kiwi said.\n",
         {"speaker": "Sione Vaipulu", "speaker_mention": "the Kiwi"}),
    case("the first of two surnames alone names the one whose name holds it before its last",
         "Community leader Ana María Tejerina Anza, 58, has kept goats by the lagoon all her life.\n\n"
         "“If we lose the water, nobody will stay,” Tejerina said.\n\n"
         "“This is all me,” Vice President Joseph R. Biden Jr. said on Monday. “I really mean this,” Biden said.\n",
         {"speaker": "Ana María Tejerina Anza"}, {"speaker": "Joseph R. Biden Jr."}, {"speaker": "Joseph R. Biden Jr."}),
    case("\"the company\" is no organisation named as one",
         "The International Labour Organization has criticised the blockade.\n\n"
         "“We respect the right to protest,” the company said in a statement.\n",
         {"speaker": Not("International Labour Organization")}),
    case("a Malaysian title of honour is a title; a Malay name is called by its given names, before the father's",
         "Speaker Tan Sri Ramlan Abdul Ghani ordered an Opposition lawmaker out of the chamber.\n\n"
         "Pendang MP Muhammad Syafiq Ahmad Fauzi said the Bill had been written for the developers.\n\n"
         "“Who is this Bill really protecting?” Muhammad Syafiq asked.\n\n"
         "“That word is unparliamentary. Withdraw it,” Ramlan said.\n",
         {"speaker": "Muhammad Syafiq Ahmad Fauzi"}, {"speaker": "Ramlan Abdul Ghani"}),
    case("the kind of organisation a name is, right before it, makes it that organisation",
         "The Dewan Negara must still approve the Bill.\n\n"
         "Tenants’ rights group Suara Penyewa welcomed the Bill but said the cap should apply to every landlord.\n\n"
         "“Half the tenants who come to us rent from companies,” the group said in a statement.\n\n"
         "Many voters do not trust Mrs. Clinton, a poll found. “It will cast a shadow,” Mrs. Clinton said.\n",
         {"speaker": "Suara Penyewa", "speaker_mention": "the group"}, {"speaker": "Clinton", "role": None}),
    case("Fijian chiefly titles are honorifics; a Welsh \"ap\" is part of a surname two may share, told apart by an honorific",
         "\"The people have not given any one party the keys,\" said Ratu Josaia Nawaqa, the party leader.\n\n"
         "\"This school is the heart of the village,\" said Dafydd ap Gwilym, whose daughters attend it.\n\n"
         "His wife, Non ap Gwilym, said parents had not been consulted.\n\n"
         "\"We found out from a post on Facebook,\" Mrs ap Gwilym said.\n\n"
         "Mr ap Gwilym said the parents would complain.\n\n\"This is not about one small school,\" he said.\n",
         {"speaker": "Josaia Nawaqa"}, {"speaker": "Dafydd ap Gwilym"}, {"speaker": "Non ap Gwilym"},
         {"speaker": "Dafydd ap Gwilym"}),
    case("a title's portfolio after \"of\" or \"for\" ends where the name begins",
         "Sindh Minister for Rehabilitation Shahnawaz Ali Jatoi rejected the complaints.\n\n"
         "“Nobody has been left behind,” Mr Jatoi told reporters.\n\n"
         "Minister of Lands, Agriculture and Rural Development Tinashe Marufu opened the floors.\n\n"
         "\"Our farmers have done their part,\" Marufu said.\n\n"
         "Minister of Mines and Minerals Development Mutale Chisanga visited the mine.\n\n"
         "\"We will find out what happened,\" Chisanga said.\n",
         {"speaker": "Shahnawaz Ali Jatoi"}, {"speaker": "Tinashe Marufu"}, {"speaker": "Mutale Chisanga"}),
    case("a Dutch surname's particle is part of it",
         "Cheese maker Wim ten Hove said the grid operator had refused his connection.\n\n"
         "\"We did everything the government asked,\" Ten Hove said.\n",
         {"speaker": "Wim ten Hove"}),
    case("a title's plural opening a sentence is people unnamed, no one's name",
         "Councillors in Carlow have rounded on Garda management, with Sinn Féin TD Seán Ó Riain warning that the "
         "village is being left ‘at the mercy of whoever wants to chance their arm’.\n",
         {"speaker": Not("Councillors")}),
    case("a Māori elder's title is a title",
         "Kaumātua Hēmi Tūhoro, 88, spoke in te reo Māori before the apology was read.\n\n"
         "“I was a young man when I heard my father talk about this land,” Tūhoro said.\n",
         {"speaker": "Hēmi Tūhoro", "role": "Kaumātua"}),
    case("a headline's capitals name someone only if they open with a first name",
         "Late Adonis strike stuns Sundowns\n\nStellenbosch equalised through substitute Ethan Adonis.\n\n"
         "Adonis, 19, said he had told his mother he would score.\n\n\"She laughed at me,\" Adonis said.\n",
         {"speaker": "Ethan Adonis"}),
    case("kin named in apposition who speak are no one in passing: the surname alone is theirs",
         "Kaylee Weller, then 16, was hurt in the crash.\n\n"
         "Kaylee's mother, Sandra Weller, read a statement. “She used to run,” Sandra Weller said.\n\n"
         "Outside the courthouse, Kaylee's father, Curtis Weller, said the family was relieved.\n\n"
         "“Thirty months is thirty months,” Weller said.\n",
         LAST, {"speaker": "Curtis Weller", "speaker_mention": "Weller"}),
    case("a company called by the first word of the name the text gave it in full is that name",
         "Millions of Corvane Mobile customers were left without calls yesterday.\n\n"
         "A Corvane spokesperson said every customer would receive a credit.\n\n"
         "\"We know a credit does not make up for a lost day,\" the spokesperson said.\n",
         {"speaker": "Corvane Mobile", "speaker_mention": "the spokesperson"}),
    case("a body called by the last word of the name it had after the is that name",
         "County governors threatened to suspend services unless the National Exchequer releases the money.\n\n"
         "An Exchequer spokesperson said Sh18 billion would be released this week.\n\n"
         "“We remain committed to disbursing all allocations,” the spokesperson said.\n",
         {"speaker": "National Exchequer", "speaker_mention": "the spokesperson"}),
    case("the subject of a clause of its own, closed by a comma before the passage, is not its speaker",
         "Chief Executive Mark DeLuca had told investors on Tuesday, after Hartwell reported a "
         "fourth-quarter loss, that \"every part of our footprint\" was under review.\n",
         {"speaker": "Mark DeLuca", "speaker_mention": "Mark DeLuca"}),
    case("a clause of its own that holds the passage keeps its subject as the speaker",
         "Rubio suggested that someone who doesn't answer questions can't be president, while Cruz "
         "said that the \"stakes in this election are too high\" for Trump to be the nominee.\n",
         {"speaker": "Cruz"}),
    case("a school year or an agent noun in -ee or -ent before a known first name is a title",
         "Junior Maya Castillo, 16, said students were relieved. Trustee Ramón Villarreal voted "
         "against the ban.\n\n\"We are telling 17-year-olds they can drive,\" Villarreal said.\n",
         {"speaker": "Ramón Villarreal", "role": "Trustee"}),
    case("a regent's title before her known first name is no part of her name",
         "Banyuwangi Regent Ratna Sulistyowati said the road would stay closed. \"Nobody goes back "
         "up the mountain,\" the regent said.\n",
         {"speaker": "Ratna Sulistyowati", "speaker_mention": "the regent"}),
    case("a member of the Senedd's post-nominal is no part of the name",
         "Transport spokesman Darren Jones MS said drivers were still caught out.\n\n"
         "Labour’s Delyth Jones said casualties had fallen.\n\n"
         "“People were promised a policy for outside schools,” Mr Jones said.\n",
         {"speaker": "Darren Jones", "speaker_mention": "Mr Jones"}),
    case("a police rank written as initials is a title",
         "The regional police commander, DCOP Abena Osei-Tutu, said 14 people had been arrested.\n\n"
         "“They will remain in the town until calm is restored,” DCOP Osei-Tutu said.\n",
         {"speaker": "Abena Osei-Tutu", "role": "DCOP"}),
    case("an acronym defined with the name's legal suffix names the organisation in full",
         "Petrol: NNPC raises pump price\n\n"
         "The Nigerian National Petroleum Company Limited (NNPC Ltd) has raised the pump price of petrol.\n\n"
         "\"Our retail stations are well stocked,\" NNPC Ltd said in a statement.\n",
         {"speaker": "Nigerian National Petroleum Company Limited"}),
    case("an acronym with a small word's initial in lower case, defined after the headline used it",
         "Coroner to write to TfL over junction\n\n"
         "The coroner said she would write to Transport for London (TfL) about the junction.\n\n"
         "A TfL spokesperson said: “We will respond to the coroner’s report in full.”\n",
         {"speaker": "Transport for London", "speaker_mention": "A TfL spokesperson"}),
    case("initials inside a run of capitalised words stay in it",
         "A Bench of Justice A.K. Raghavendra and Justice Sunanda Bhattacharjee heard the petitions.\n\n"
         "Justice Raghavendra said the court was \"not against technology\".\n",
         {"speaker": "A.K. Raghavendra"}),
    case("a title with a place's initials keeps them",
         "Democratic U.S. Rep. Gwen Graham said the nominee was \"a work horse, not a show horse.\"\n",
         {"speaker": "Gwen Graham", "role": "Democratic U.S. Rep."}),
    case("a title after the at the end of a clause is a description, no name",
         "Gold miners warned of job losses after Premier Daniel Markovic confirmed the royalty rise.\n\n"
         "Chief executive Warrick Hale said the Premier had told the council's dinner in March: "
         "\"There will be no new taxes on mining in this term.\"\n",
         {"speaker": "Daniel Markovic", "speaker_mention": "the Premier"}),
    case("the Solicitor General is a title",
         "Solicitor General Ashok Deshpande, appearing for the Centre, said the system had weeded out "
         "ghost beneficiaries.\n\n\"We are not denying anybody,\" the Solicitor General told the court.\n",
         {"speaker": "Ashok Deshpande", "speaker_mention": "the Solicitor General"}),
    case("a party's description is no one whose role names another party",
         "House Oversight Committee Chairman Jason Chaffetz on Tuesday requested another investigation of "
         "Democratic presidential candidate Hillary Clinton.\n\n"
         "In the letter, the Utah Republican asks whether \"Secretary Clinton or her employees violated "
         "statutes that prohibit destruction of records.\"\n",
         {"speaker": "Jason Chaffetz", "speaker_mention": "the Utah Republican"}),
    case("kin set off by commas with a name no list knows is that person",
         "Sumarni, 58, who like many Indonesians uses only one name, walked down from her village.\n\n"
         "Her husband, Misnadi, stayed behind to bring down their two cows.\n\n"
         "“I know the rule. But two cows are everything we have,” he said.\n",
         {"speaker": "Misnadi", "speaker_mention": "he"}),
    case("whom a subject with a bracket after the name asked answers with he",
         "Police Supt. Antoine Mabry said the department was short roughly 1,200 officers.\n\n"
         "Ald. Marcus Holloway (28th) asked Mabry how many of the hours had gone to patrol.\n\n"
         "\"About 60% to patrol, the rest to events and details,\" he said.\n",
         {"speaker": "Antoine Mabry", "speaker_mention": "he"}),
    case("an age ending the sentence after a name is a sign of a person",
         "BUÔN MA THUỘT, Vietnam — Trần Văn Hùng built his new house with coffee money.\n\n"
         "“Then in two years the price tripled,” says Hùng, 56.\n\n"
         "Hùng’s son, Trần Văn Khoa, 29, wants to plant durian.\n\n"
         "“Durian gives you a second basket,” Khoa says.\n\n"
         "For H'Loan Êban, 38, an Ê Đê farmer, the boom has meant paying off a loan she took out in 2019.\n\n"
         "“The bank calls me to ask if I want to borrow more,” says H'Loan.\n\n"
         "Back in Cư M'gar, Hùng walks between the rows, splitting a ripe cherry open with his thumbnail.\n\n"
         "“If the price falls, I still have the house,” he says.\n",
         LAST, {"speaker": "Trần Văn Hùng", "speaker_mention": "he"}),
    case("where someone was born, of two words, is no part of the name",
         "South Korean-born Monte Haines was adopted as a baby.\n\n\"I was, like, shocked,\" Haines said.\n",
         {"speaker": "Monte Haines", "speaker_mention": "Haines"}),
    case("a nationality or a party's description is the subject of the sentence before, not a name after its verb",
         "McLaren's Daan Verhoeven won the race after Ferrari called Matteo Rinaldi in for a second stop.\n\n"
         "\"Why are we stopping?\" Rinaldi asked on the team radio.\n\n"
         "Verhoeven, 24, moves to within 11 points of Rinaldi at the top of the championship.\n\n"
         "\"You take those gifts,\" the Dutchman said.\n",
         LAST, {"speaker": "Daan Verhoeven", "speaker_mention": "the Dutchman"}),
    case("a lawmaker's description by state and party is the one the text tags so",
         "Curtis Lindqvist told the committee he would enforce the law.\n\n"
         "\"Why should anyone believe you'll be different?\" asked Sen. Alicia Moreno-Hsu, D-Ore., the "
         "committee's ranking member.\n\n"
         "\"Because I was their lawyer, senator, not their conscience,\" Lindqvist replied.\n\n"
         "\"That's not an answer I can take home to Oregon,\" the Oregon Democrat said.\n",
         LAST, {"speaker": "Alicia Moreno-Hsu", "speaker_mention": "the Oregon Democrat"}),
    case("a spaced hyphen ends a dateline, which is no subject",
         "BERLIN, June 25 (Reuters) - German Chancellor Konrad Albers defended his plan on Thursday, telling "
         "lawmakers that younger workers could not keep paying for a pension \"that will not be there for them\".\n",
         {"speaker": "Konrad Albers"}),
    case("an office's title alone, capitalised, is a description",
         "Provost Robert Spence chaired the meeting.\n\n"
         "'Convention is that the chair votes for the status quo,' the Provost said.\n",
         {"speaker": "Robert Spence", "speaker_mention": "the Provost"}),
    case("an agent noun before a name no list knows is a title",
         "Grazier Noeline Ferris said 30 kilometres of fencing had been washed away.\n\n"
         "\"You can't muster what you can't fence,\" Ms Ferris said.\n",
         {"speaker": "Noeline Ferris", "speaker_mention": "Ms Ferris"}),
    case("two words of no organisation, then of where someone is from, are a person's name",
         "BOSTON (AP) — Josphat Rono of Kenya broke away on Heartbreak Hill and won the Boston Marathon.\n\n"
         "Rono, 27, crossed Boylston Street 34 seconds ahead.\n\n"
         "\"I was waiting for the hills,\" Rono said.\n",
         {"speaker": "Josphat Rono", "speaker_mention": "Rono"}),
    case("a first name no list knows right after the title opens the name",
         "Maritime Affairs Minister Junaid Akbar Chaudhry said the congestion was “temporary”.\n",
         {"speaker": "Junaid Akbar Chaudhry", "role": "Maritime Affairs Minister"}),
    case("a first name no list knows right after a title's portfolio opens the name",
         "Federal Minister for Maritime Affairs Junaid Akbar Chaudhry said the congestion was “temporary”.\n",
         {"speaker": "Junaid Akbar Chaudhry", "role": "Federal Minister for Maritime Affairs"}),
    case("Begum is a woman's honorific",
         "“If the fabric is not off that ship by Friday, I lose the order,” said Begum Nusrat Jamil, "
         "a garment exporter.\n",
         {"speaker": "Nusrat Jamil", "speaker_mention": "Begum Nusrat Jamil"}),
    case("a whip is a title",
         "\"The debate went on for two days,\" said Government Chief Whip Patrick Ojok.\n",
         {"speaker": "Patrick Ojok", "role": "Government Chief Whip"}),
    case("capitals before a thing's noun modify it and name no one",
         "A Welsh Conservative motion calling for the default 20mph limit to be scrapped was defeated, "
         "after a debate in which First Minister Carys Llewellyn accused opponents of “fighting the last war”.\n",
         {"speaker": None}),
    case("an owner's role after a preposition, set off before a name no list knows, makes the name a person's",
         "The plan has also been criticised by Plaid Cymru's health spokesman, Rhun Owen. \"We cannot say we "
         "want a million Welsh speakers by 2050,\" he said.\n",
         {"speaker": "Rhun Owen", "speaker_mention": "he"}),
    case("Siti opens a Malay woman's name, no title",
         "Madam Siti Aminah Osman, 58, a cleaner, said she would walk to the station.\n\n"
         "\"Six cents here, six cents there, by the end of the month it is one lunch,\" said Madam Siti Aminah.\n",
         {"speaker": "Siti Aminah Osman", "speaker_mention": "Madam Siti Aminah"}),
    case("an English first name then a Chinese name, surname first, is called by that surname",
         "Defence lawyer Jeremy Koh Boon Kiat said his client had not set out to cheat anyone.\n\n"
         "\"My client is not a man who planned a fraud,\" Mr Koh said.\n",
         {"speaker": "Jeremy Koh Boon Kiat", "speaker_mention": "Mr Koh"}),
    case("an acronym is the one name in the text its initials abbreviate, though no one named it alone",
         "Athletics Kenya president Gideon Chemweno said the federation would not defend athletes.\n\n"
         "In a statement on Wednesday, AK urged athletes to seek treatment only at accredited facilities.\n\n"
         "“Ignorance is not a defence,” the statement read.\n",
         {"speaker": "Athletics Kenya", "speaker_mention": "the statement"}),
    case("a date alone under the headline may have its time in capitals and a zone's offset",
         "Germany's Albers defends pension plan\n\nBy Katrin Gellert\n\nJune 25, 2026 3:41 PM GMT+2\n\n"
         "BERLIN, June 25 (Reuters) - The bill would raise the retirement age from January 1, 2031.\n\n"
         "\"We owe our parents a secure pension,\" Chancellor Konrad Albers said.\n",
         {"date": "2026-06-25", "date_source": "document"}),
    case("an acronym named as a speaker, whose spelling-out the text gives, is that organisation",
         "South African all-rounder Keegan Fourie went to Chennai Super Kings for Rs 11.25 crore. CSK said "
         "on X that Fourie was \"exactly the finisher we were missing\".\n",
         {"speaker": "Chennai Super Kings", "speaker_mention": "CSK"}),
    case("a clause after a comma and as is no introduction of the quotation after it",
         "Power and Energy Minister Kumudu Senanayake told Parliament there was no shortage.\n\n"
         "He told Parliament the Government had not run out of dollars to pay for fuel, as the Opposition "
         "has claimed.\n\n"
         "\"The money is there. I am not going to negotiate with a supplier through the newspapers.\"\n",
         {"speaker": "Kumudu Senanayake", "via": "narration"}),
    case("the SAN is the senior advocate, no organisation",
         "Counsel to the petitioners, Chief Olawale Adebiyi-Cole, SAN, told journalists his clients would appeal.\n\n"
         "\"We respectfully disagree with the judgment,\" the SAN said.\n",
         {"speaker_mention": "the SAN", "speaker": None}),
    case("a word that is a rank elsewhere stays inside a name",
         "Opposition leader Aung San Suu Kyi said her party was on course to win.\n\n"
         "\"I think you all have an idea of the results,\" Suu Kyi said.\n",
         {"speaker": "Aung San Suu Kyi"}),
    case("one word right after the kind of organisation it is names that organisation",
         "LTO Nederland, the largest farmers' organisation, said the plan offered no certainty.\n\n"
         "\"Farmers need a future,\" LTO said.\n\n"
         "Environmental group Milieudefensie said the government had waited too long.\n\n"
         "\"Every year of delay means more damage,\" it said.\n",
         LAST, {"speaker": "Milieudefensie", "speaker_mention": "it"}),
    case("a first name after an age is a person's",
         "Mayor Jean-Claude Vialard said he had learned of the decision from the newspaper.\n\n"
         "At the school gate on Thursday, seven-year-old Jules was less worried about the politics than "
         "about the bus.\n\n“I get sick in cars,” he said.\n",
         {"speaker": "Jules", "speaker_mention": "he"}),
    case("Senior Counsel is a title before a name of three words",
         "Senior Counsel Otieno Odhiambo Okoth, who appeared for the association, said the ruling sent a message.\n\n"
         "“The National Assembly cannot keep legislating by ambush,” Mr Okoth said.\n",
         {"speaker": "Otieno Odhiambo Okoth", "speaker_mention": "Mr Okoth"}),
    case("an organisation's name cut at its comma is the one it opens",
         "The Ministry of Gender, Children and Social Protection, which oversees the programme, said "
         "arrears would be \"cleared in full before the end of October\".\n",
         {"speaker": "Ministry of Gender, Children and Social Protection"}),
    case("a word in capitals inside an acronym stands for itself",
         "Transport for NSW, the state transport agency, said the line would open late.\n\n"
         "“Ground conditions were worse than expected,” a TfNSW spokeswoman said.\n",
         {"speaker": "Transport for NSW"}),
    case("the Croatian is someone by nationality, not a name",
         "Dario Kovačević, 27, scored twice for the visitors.\n\n"
         "\"That is not my decision,\" the Croatian said.\n",
         {"speaker": "Dario Kovačević", "speaker_mention": "the Croatian"}),
    case("a Filipino barangay captain's title is no part of the name",
         "Punong Barangay Ernesto Dacanay lost by 43 votes.\n\n"
         "\"Forty-three votes is not a mandate,\" Dacanay said.\n",
         {"speaker": "Ernesto Dacanay", "role": "Punong Barangay"}),
    case("a company's legal suffix keeps its stop",
         "Ikpik Iron Ltd., whose ore carriers make up a third of the traffic, said its ships already slow down.\n\n"
         "\"We have reduced vessel speed,\" a company spokesperson said.\n",
         {"speaker": "Ikpik Iron Ltd."}),
    case("Ma. before another given name is part of a Filipino name",
         "Chief financial officer Ma. Theresa Sy-Ocampo said the company had no plans to raise prices.\n\n"
         "“We are not raising prices this quarter,” Ms. Sy-Ocampo said.\n",
         {"speaker": "Ma. Theresa Sy-Ocampo", "speaker_mention": "Ms. Sy-Ocampo"}),
    case("a surname Ma ending a sentence is no given name of the next",
         "The deal was struck by Jack Ma. Teresa Lim, an analyst, said the deal was large. "
         "\"It is the biggest this year,\" Lim said.\n",
         {"speaker": "Teresa Lim"}),
    case("the word after an honorific opens the name",
         "Madam Mercy Abla Gbedemah, 45, who farms with her three sons, said she had never sold to smugglers.\n\n"
         "“When your children are sent home for school fees, you do not ask,” Madam Gbedemah said.\n",
         {"speaker": "Mercy Abla Gbedemah", "speaker_mention": "Madam Gbedemah"}),
    case("a Malay man is called by the given name after Muhammad",
         "For Mr Muhammad Hafiz Roslan, 33, a logistics executive, the slowdown came as a relief.\n\n"
         "\"This year, the sellers were willing to talk,\" said Mr Hafiz.\n",
         {"speaker": "Muhammad Hafiz Roslan", "speaker_mention": "Mr Hafiz"}),
    case("a Malay woman's given names without the father's name her, with no honorific",
         "At SMK Limbang, retiree Siti Hajar Osman, 63, said the water had reached her knees.\n\n"
         "“This time it came in one night,” said Siti Hajar.\n",
         {"speaker": "Siti Hajar Osman", "speaker_mention": "Siti Hajar"}),
    case("a post-nominal in a subject's name is no part of it",
         "Plaid Cymru’s health spokesperson, Elin Wyn Parry MS, said the Welsh Government had ‘run out "
         "of excuses’ on waiting lists, and that patients deserved better than another plan.\n",
         {"speaker": "Elin Wyn Parry"}),
    case("an Akan chief's title after the is a description, never an organisation's name",
         "Galamsey operators have until Friday to leave the Birim basin, the minister said.\n\n"
         "\"When I was a boy, we drank from the Birim,\" the Adontenhene said.\n",
         {"speaker": None, "speaker_mention": "the Adontenhene"}),
    case("an Ewe chief's title is no part of the name",
         "Togbe Kwami Adzokpe said the young men were tempted.\n\n"
         "“We tell our young men every day that smuggling is a crime,” Adzokpe said.\n",
         {"speaker": "Kwami Adzokpe", "speaker_mention": "Adzokpe"}),
    case("the words after an organisation's comma, as a subject, are that organisation",
         "The Ministry of Consumer Affairs, Food and Public Distribution said on Monday that it would "
         "\"comply fully\" with the order.\n",
         {"speaker": "Ministry of Consumer Affairs, Food and Public Distribution"}),
    case("a name that holds for, with no first name, is an organisation's even where a reporting verb follows",
         "Transport for NSW said the line would open late.\n\n"
         "“Ground conditions were worse than expected,” a TfNSW spokeswoman said.\n",
         {"speaker": "Transport for NSW", "speaker_mention": "a TfNSW spokeswoman"}),
    case("a boss is a role noun, read before the name, and the owner's description finds it",
         "Lomond boss Peter Gallacher admitted his side had been second best.\n\n"
         "Carron Rangers manager Stevie Rennie, who captained Lomond for six seasons, was furious.\n\n"
         "Gallacher refused to be drawn on the title.\n\n"
         "‘There’s twelve games to go,’ the Lomond boss said.\n",
         LAST, {"speaker": "Peter Gallacher", "speaker_mention": "the Lomond boss"}),
    case("the person the sentence right before reports as speaking outranks the earlier speaker",
         "Finance Minister Arjun Mehra said the talks had gone well.\n\n"
         "\"We agreed on most points,\" Mr. Mehra said.\n\n"
         "Treasury Secretary Daniel Price said the two sides still disagreed on steel, and that Mr. Mehra "
         "faced pressure at home. \"They're under pressure domestically,\" he said.\n",
         LAST, {"speaker": "Daniel Price", "speaker_mention": "he"}),
    case("the subject of a sentence's opening clause is not the one it reports",
         "Author Dinesh Varma made his prediction on Friday.\n\n"
         "After talk-show host Glenn Parr asked the author who he thought would win, Varma replied, "
         "\"If I had to bet now, I would bet on the governor.\"\n\n"
         "\"We should never confuse who we want to win with who is going to win,\" he added.\n",
         LAST, {"speaker": "Dinesh Varma", "speaker_mention": "he"}),
    case("one word that opens a name kept aside, no first name, is the company called short",
         "A Colorado family sued Lumenfold AI in February over its companion app.\n\n"
         "Lumenfold said in a statement after the hearing that it \"welcomes the opportunity to work with Congress.\"\n",
         {"speaker": "Lumenfold AI", "speaker_mention": "Lumenfold"}),
    case("a role noun before a three-word name no list knows is a title",
         "Lawyer Otieno Odhiambo Okoth filed the petition on Monday.\n\n"
         "\"The National Assembly cannot keep legislating,\" Mr Okoth said.\n",
         {"speaker": "Otieno Odhiambo Okoth", "speaker_mention": "Mr Okoth"}),
    case("a full name with its middle name left out is the same person",
         "Mary Anne Okafor chairs the residents' association.\n\n"
         "\"We were never asked,\" Mary Okafor said on Monday.\n",
         {"speaker": "Mary Anne Okafor", "speaker_mention": "Mary Okafor"}),
    case("an elder's title of respect before a first name",
         "Kalkadoon elder Doreen Sullivan, 81, remembers the creek.\n\n"
         "\"My grandmother took us down to the water,\" Aunty Doreen said.\n",
         {"speaker": "Doreen Sullivan", "speaker_mention": "Aunty Doreen"}),
    case("an acronym in capitals before a first name is a post, no part of the name",
         "Finance MMC Marlene van Rooyen said the city could not go beyond 4.5%.\n\n"
         "\"Our wage bill already takes 34%,\" Van Rooyen said.\n",
         {"speaker": "Marlene van Rooyen", "speaker_mention": "Van Rooyen"}),
    case("a first name the data set knows opens a person's name in apposition, whom a pronoun then names",
         "PRESENTER: The Sinn Féin housing spokesperson, Louise O'Driscoll, said yesterday, \"This Minister has "
         "more targets than homes.\" Is she wrong?\n\n"
         "EAMON KIELY: It's a good line. When I met the Minister for Finance, Niamh Corrigan, about it, she told "
         "me, \"If a tax isn't collecting, change it or scrap it.\"\n",
         LAST, {"speaker": "Niamh Corrigan", "speaker_mention": "she"}),
    case("several people speaking as one are no one named",
         "In a statement read by the family’s solicitor, Declan Hanna, the family said: ‘We don’t blame the nurses.’\n",
         {"speaker": None, "speaker_mention": "the family"}),
    case("an organisation's word, then \"of\" a place, anywhere in a long name makes it an organisation's",
         "The Private Sector Organisation of Jamaica congratulated the prime minister in a statement.\n\n"
         "\"Investors will be watching,\" the PSOJ said.\n",
         {"speaker": "Private Sector Organisation of Jamaica", "speaker_mention": "the PSOJ"}),
    case("a title, then a name that opens with an initial",
         "Leader of the Opposition R. Natarajan visited Kondur on Thursday.\n\n"
         "“Why were the people not moved?” Mr. Natarajan asked.\n",
         {"speaker": "R. Natarajan", "speaker_mention": "Mr. Natarajan"}),
    case("a title of an office of one word after \"of\", then the name",
         "Director of Elections Glenford Ashman said the count would begin at 10 a.m.\n\n"
         "\"The preliminary count is exactly that,\" Ashman told journalists.\n",
         {"speaker": "Glenford Ashman", "role": "Director of Elections"}),
    case("a first name alone, then a full name with its apposition: the one addressed, then the subject",
         "RUIZ: Thank you all for joining.\n\n"
         "VENKATARAMAN: Thanks. Alejandro, Marisol Ibarra, the chief executive of Vuela Norte, said on Friday, "
         "\"Mexico has 20 percent too many seats this summer.\" Do you agree?\n",
         {"speaker": "Marisol Ibarra"}),
    case("\"you\" in a transcript's turn is the one the turn addresses",
         "Chief Financial Officer Sarah Whitcombe joined the call.\n\n"
         "WHITCOMBE: Revenue was up 14 percent.\n\n"
         "ECHEVERRI: Sarah, at that same investor day you told us, \"We see no need to raise equity in 2026.\" "
         "Is that still the case?\n",
         {"speaker": "Sarah Whitcombe", "speaker_mention": "you", "via": "pronoun"}),
    case("the one a subject from somewhere asked answers",
         "Geneviève Tremblay-Roy, an assistant deputy minister, told the committee the department had consulted.\n\n"
         "Late in the hearing, Independent Sen. Rosemary Nkemdirim of Alberta asked Tremblay-Roy whether the "
         "department could guarantee that no fishing grounds would be closed.\n\n"
         "\"I can't give you a guarantee today, senator,\" she said.\n",
         {"speaker": "Geneviève Tremblay-Roy", "speaker_mention": "she"}),
    case("\"the\" and capitalised words ending with a title are the office's holder",
         "Senate President Barnabas Okpanachi opened the screening on Tuesday.\n\n"
         "Senator Patrick Egbuna objected. “Nigerians deserve to hear him speak,” Egbuna said.\n\n"
         "The Senate President overruled him.\n\n"
         "“The tradition of this Senate is older than any of us,” he said.\n",
         LAST, {"speaker": "Barnabas Okpanachi", "speaker_mention": "he"}),
    case("of two bearers of a surname of two words, one named only as kin yields",
         "On a wet Tuesday evening, Eoghan Ó Dochartaigh is the last man off the pitch.\n\n"
         "His father, Pádraig Ó Dochartaigh, who played in the 1980s, is less impressed.\n\n"
         "Ó Dochartaigh teaches Irish at the local school.\n\n"
         "‘The classroom keeps me grounded,’ says Ó Dochartaigh.\n",
         {"speaker": "Eoghan Ó Dochartaigh", "speaker_mention": "Ó Dochartaigh"}),
    case("a surname the lists lack, written first before a Chinese given name",
         "In the state capital, assemblywoman Low Mei Ling said both coalitions were to blame.\n\n"
         "“Now they fight about water as if they have never met,” Low said.\n",
         {"speaker": "Low Mei Ling", "speaker_mention": "Low"}),
    case("a title in capitals no list knows, in apposition, names its holder after \"the\"",
         "The exchanges grew heated, prompting the Ceann Comhairle, Bernadette Ní Ghallchóir, to call for order.\n\n"
         "“Deputy Furlong, you will have your opportunity,” the Ceann Comhairle said.\n",
         {"speaker": "Bernadette Ní Ghallchóir"}),
    case("a kind of business no person is makes a name an organisation's, whatever its first word",
         "FRANKFURT, July 28 (Reuters) - German carmaker Hallstein Motorenwerke cut its margin forecast on Tuesday.\n\n"
         "\"There is no discussion of plant closures,\" a Hallstein spokesperson said.\n",
         {"speaker": "Hallstein Motorenwerke"}),
    case("a local government by its place is an organisation, and its first word alone names it",
         "Households will pay more after the City of Cape Town's council approved its budget on Thursday.\n\n"
         "A spokesperson for the City said residents could apply for relief.\n\n"
         "“Households that are struggling should not wait,” the spokesperson said.\n",
         {"speaker": "City of Cape Town"}),
    case("an organisation's name with its other words in lower case, as French writes it",
         "The minister said the Office québécois de la langue française would give businesses a year to comply.\n\n"
         "\"The office's first approach is always to help,\" the office said in an email.\n",
         {"speaker": "Office québécois de la langue française"}),
    case("an organisation's name in French, whole, in a spokesperson's description",
         "Sophie Gagné, who chairs the parents' committee of the Centre de services scolaire de Laval, said "
         "parents were running out of patience.\n\n"
         "“Schools will reopen on Monday,” a spokesperson for the Centre de services scolaire de Montréal said.\n",
         {"speaker": "Centre de services scolaire de Montréal"}),
    case("a nationality of two words is a description",
         "Head coach Gareth Pellow defended the selection on Tuesday.\n\n"
         "\"I understand the noise,\" the New Zealander said.\n",
         {"speaker": "Gareth Pellow", "speaker_mention": "the New Zealander"}),
    case("a first name with a portfolio's ending is a first name after a title",
         "Mrs Ochieng told Justice Florence Chepkurui Mutai that she had returned at 9pm.\n\n"
         "“I will not allow this trial to be delayed any further,” Justice Mutai said.\n",
         {"speaker": "Florence Chepkurui Mutai"}),
    case("a title no list knows, before the surname of the one it was given to",
         "The Permanent Secretary of the Ministry of Energy, Eng Joseph Tumusiime, said the project met standards.\n\n"
         "“This project belongs to Ugandans,” Eng Tumusiime told journalists.\n",
         {"speaker": "Joseph Tumusiime", "speaker_mention": "Eng Tumusiime"}),
    case("an organisation's first word cut short names it",
         "WASHINGTON (AP) — The Federal Reserve left its key interest rate unchanged Wednesday.\n\n"
         "\"Uncertainty about the economic outlook remains elevated,\" the Fed said in a statement.\n",
         {"speaker": "Federal Reserve", "speaker_mention": "the Fed"}),
    case("the subject of what a sentence says was said is not the one who said it",
         "Premier Steven Miles announced the stadium plan on Monday.\n\n"
         "Opposition Leader Dylan Mersch said the Government had promised before the election that it would not "
         "build a new stadium at all.\n\n"
         "\"They looked Queenslanders in the eye and said the Gabba would do.\"\n",
         {"speaker": "Dylan Mersch", "via": "narration"}),
    case("someone a passage names in the third person is not the one its pronoun stands for",
         "Donald Trump met House Speaker Paul Ryan on Thursday, and Ryan called the talks productive.\n\n"
         "“Paul and I will work together on this,” he said.\n",
         {"speaker": "Donald Trump", "speaker_mention": "he"}),
    case("a description that reports, with a name in apposition inside what it reports",
         "Crystal Palace manager Sergio Llorente has insisted his side will not sit deep.\n\n"
         "“We are not going to park the bus,” Llorente told his pre-match press conference on Friday.\n\n"
         "The 47-year-old Spaniard confirmed that the captain, Tyrese Adjei, will miss the game, and that the "
         "Danish centre-back Jonas Lindgaard is doubtful.\n\n"
         "“Tyrese felt something on Tuesday. I don’t take risks with calves,” he said.\n",
         LAST, {"speaker": "Sergio Llorente", "speaker_mention": "he"}),
    case("a role's words written as one word name the one who holds it",
         "Joanne Cudjoe, 58, the band’s leader, has been bending wire in this yard since 1989.\n\n"
         "Joanne Cudjoe says the increase is welcome but will not close the gap.\n\n"
         "“Fifteen per cent of not enough is still not enough,” the bandleader says.\n",
         {"speaker": "Joanne Cudjoe", "speaker_mention": "the bandleader"}),
    case("a team's name before a role names no one in particular: the description is of the one just named",
         "Marcus Bellamy led the Pacers with 31 points and 11 assists.\n\n"
         "Bellamy, who scored 14 of his points in the fourth quarter, said he would not change the last shot.\n\n"
         "\"Good look. I'd take it again a hundred times,\" the Pacers guard said.\n",
         {"speaker": "Marcus Bellamy", "speaker_mention": "the Pacers guard"}),
    case("the first words of an organisation's name, a first name among them, speak for it",
         "Hywel Dda University Health Board, which covers the three counties, said it was recruiting dentists.\n\n"
         "\"We know how frustrating the wait is,\" a Hywel Dda spokesperson said.\n",
         {"speaker": "Hywel Dda University Health Board"}),
    case("a country's possessive before an organisation's name is no part of it",
         "BRASILIA (Reuters) - Brazil’s Environment Ministry said on Tuesday that the raids would continue "
         "“for as long as necessary.”\n",
         {"speaker": "Environment Ministry", "speaker_mention": "Brazil’s Environment Ministry"}),
    case("a body named for what it does and its country is an organisation, \"and\" and all",
         "Fisheries and Oceans Canada said in a statement last week that it would increase at-sea patrols.\n\n"
         "\"Safety at sea is everyone's responsibility,\" the statement said.\n",
         {"speaker": "Fisheries and Oceans Canada", "via": "document"}),
    case("an organisation's apposition says what it is, whom a description of that kind then names",
         "Energy Watch Ghana, a Kumasi-based policy think tank, said in a statement that the targets were "
         "\"ambitious but not impossible\".\n\n"
         "The think tank added: \"The real test is not the gas agreement but the cash waterfall.\"\n",
         LAST, {"speaker": "Energy Watch Ghana", "speaker_mention": "The think tank"}),
    case("a first name the data set writes without its accents is a first name",
         "Trustee Étienne Lachance, whose zone includes Vanier, said the cost would be spread over two years.\n\n"
         "\"The gym floor was due to be redone in 2027 regardless,\" Lachance said.\n",
         {"speaker": "Étienne Lachance", "speaker_mention": "Lachance"}),
    case("a trade unionist's title of respect before the name",
         "Addressing workers in Abuja yesterday, NLC President, Comrade Emeka Obiora, said labour would not "
         "call off the strike.\n\n"
         "\"We warned this government in May,\" Obiora said.\n",
         {"speaker": "Emeka Obiora", "speaker_mention": "Obiora"}),
    case("a surname first, then a Chinese given name, after a reporting verb",
         "\"Indian refiners bought heavily in August,\" said Ong Mei Ling, a senior analyst at Kenanga Futures.\n",
         {"speaker": "Ong Mei Ling"}),
    case("a Malay name's given names, without the father's",
         "Plantation and Commodities Minister Datuk Seri Ahmad Fadzli Hashim told reporters on Wednesday that the "
         "government would not cut the duty.\n\n"
         "\"The duty structure is there to protect revenue,\" Ahmad Fadzli said.\n",
         {"speaker": "Ahmad Fadzli Hashim", "speaker_mention": "Ahmad Fadzli"}),
    case("a West African given name opens a person's name, whom \"who\" after it confirms",
         "Kente cloth has gone global. Kwabena Asare Bediako, who has woven it on the same loom for 40 years, is "
         "not sure that is good news.\n\n"
         "\"People see the price and they think the weaver is rich,\" Bediako says.\n",
         {"speaker": "Kwabena Asare Bediako", "speaker_mention": "Bediako"}),
    case("an organisation's noun before a title is the title's modifier: the holder is meant",
         "Liverpool City Council commissioned the report after the fire.\n\n"
         "Council leader Joanne Keating said the authority would now inspect every fire door in the city.\n\n"
         "\"The residents of Corrigan House were let down,\" the council leader said.\n",
         {"speaker": "Joanne Keating", "speaker_mention": "the council leader"}),
    case("a description set beside a name as the subject is that name",
         "Gary Emineth, a former state party chairman, became a delegate.\n\n"
         "The party chairman, Kelly Armstrong, called for a voice vote, declaring after it that the request was "
         "denied: “The request is denied.”\n",
         {"speaker": "Kelly Armstrong"}),
    case("words that came from someone after the passage are theirs",
         "The party chairman, Kelly Armstrong, called for a voice vote.\n\n"
         "“Call the roll,” came shouts from the crowd, as the crowd booed.\n",
         {"speaker": None, "speaker_mention": "the crowd", "cue": "came"}),
    case("a plural before \"and\" opens one body's name, and a verb's \"-ing\" before a noun is its modifier",
         "In a statement on Wednesday, the Parks and Wildlife Commission said it had installed new warning signs "
         "and that its program would receive \"an additional $1.8 million over four years\".\n",
         {"speaker": "Parks and Wildlife Commission", "cue": "said"}),
    case("an age before any noun refers back to the one just named, as a nationality does",
         "Scarlets captain Rhodri Jones, who has won 38 caps for Wales, said the players had learned of the plan "
         "on social media.\n\n"
         "'It's hard. There are boys in our dressing room who don't know where they'll be playing,' said the "
         "31-year-old hooker.\n",
         {"speaker": "Rhodri Jones", "speaker_mention": "the 31-year-old hooker"}),
    case("a name with a sports club's mark is the club's, and \"the club\" names it",
         "FRANKFURT, Aug 14 (Reuters) - VfB Rheinhafen have rejected a third offer for Dutch winger Daan Verbeek.\n\n"
         "In a statement on its website later that night, Rheinhafen said the player had been fined.\n\n"
         "\"The club expects every professional under contract to fulfil his obligations,\" the club said in the "
         "statement.\n",
         {"speaker": "VfB Rheinhafen", "speaker_mention": "the club"}),
    case("an office's title alone, capitalised, is a description: \"the Treasurer\"",
         "Treasurer concedes surplus at risk\n\n"
         "NSW Treasurer Anthony Pirrone has conceded the state's forecast return to surplus is at risk.\n\n"
         "“That is a fair question,” Treasurer said.\n",
         LAST, {"speaker": "Anthony Pirrone"}),
    case("an office's portfolio after \"of\" runs over its plural words",
         "Director of Public Prosecutions Kathy-Ann Mitchell-Hines welcomed the ruling.\n\n"
         "“It took great courage for that witness to come forward,” Mitchell-Hines said.\n",
         {"speaker": "Kathy-Ann Mitchell-Hines"}),
    case("an organisation's possessive before its acronym in brackets is no part of its name",
         "The government decided to seek a review of the Cauvery Water Management Authority’s (CWMA) direction.\n\n"
         "The CWMA said it had “taken note of the deficit in rainfall”.\n",
         {"speaker": "Cauvery Water Management Authority"}),
    case("a Hausa honorific before a name",
         "The government team's chairman, Mallam Sani Abdulkadir Dutse, said talks would resume.\n\n"
         "\"Government has already agreed to a 40 per cent rise,\" Dutse said.\n",
         {"speaker": "Sani Abdulkadir Dutse"}),
    case("a post's initials after \"the\" are its holder's description",
         "The local MPA, Shabbir Ahmed Mazari, who belongs to the ruling party, denied that landlords had "
         "interfered in the distribution.\n\n"
         "“The government has sent enough rations for every affected family,” the MPA said.\n",
         {"speaker": "Shabbir Ahmed Mazari", "speaker_mention": "the MPA"}),
    case("a post's initials name the one whose role holds them in words' initials",
         "Carys ap Dafydd, the Plaid Cymru Member of the Senedd for the area, said she had written to the council.\n\n"
         "‘In a community where most people speak Welsh, the school is not just a school,’ the MS said.\n",
         {"speaker": "Carys ap Dafydd", "speaker_mention": "the MS"}),
    case("\"Hon.\", a legislator's honorific, is no part of the name",
         "The Speaker of the House, Rt. Hon. Abdulrasheed Olanrewaju, read the motion on Monday.\n\n"
         "“The House has spoken,” Olanrewaju said.\n",
         {"speaker": "Abdulrasheed Olanrewaju", "speaker_mention": "Olanrewaju"}),
    case("a bare role noun opening its sentence, with its complement, is the apposed name's role",
         "Counsel representing the families, Hōhepa Karaitiana-Wēpu, said it had taken nine years to reach a hearing.\n\n"
         "“They have waited long enough,” Karaitiana-Wēpu said.\n",
         {"speaker": "Hōhepa Karaitiana-Wēpu", "speaker_mention": "Karaitiana-Wēpu", "role": "Counsel representing the families"}),
    case("\"which\" after a titled name and the body it leads is the body's",
         "Paramount Chief Osei Wontumi of the Ashanti Lands Council, which met on Friday, said the talks would resume.\n\n"
         "“We are patient people,” Wontumi said.\n",
         {"speaker": "Osei Wontumi", "speaker_mention": "Wontumi"}),
    case("kin named by the noun that introduced them are still the one it stands for",
         "Amara Okonkwo, 15, is one of the pupils affected.\n\n"
         "Her mother, Ngozi Okonkwo, said the family had talked about moving to Enugu.\n\n"
         "“No parent should have to choose,” her mother said.\n",
         {"speaker": "Ngozi Okonkwo", "speaker_mention": "her mother"}),
    case("an honorific between a title and a name marks a person, and the title stays the title",
         "Finance Minister Dr Tevita Lolohea Fusimalohi presented the budget in Parliament on Friday afternoon.\n\n"
         "“This is a budget for the kitchen table,” Dr Fusimalohi said.\n\n"
         "Market vendor Salote Fusimalohi, 41, said prices had not moved.\n\n"
         "“We will see,” Ms Fusimalohi said.\n",
         {"speaker": "Tevita Lolohea Fusimalohi", "speaker_mention": "Dr Fusimalohi", "role": "Finance Minister"},
         {"speaker": "Salote Fusimalohi", "speaker_mention": "Ms Fusimalohi"}),
    case("a military rank, written in full or short, is a title, not a name",
         "Brigadier-General Kojo Asamoah-Manu, who leads the task force, said his men had come under fire.\n\n"
         "“Nobody was hurt,” Brig-Gen Asamoah-Manu said.\n",
         {"speaker": "Kojo Asamoah-Manu", "speaker_mention": "Asamoah-Manu"}),
    case("a title the text gave a person, again before the surname, is no part of the name",
         "Station Commander Ewan Strachan, of the Highland fire service, led the first crew in.\n\n"
         "‘The stair was full of smoke,’ Station Commander Strachan told the inquiry.\n",
         {"speaker": "Ewan Strachan", "speaker_mention": "Strachan"}),
    case("a title of an office with \"of the\" before a name no data set knows",
         "Leader of the Opposition Debabrata Kanungo said the government had failed the farmers.\n\n"
         "“Paddy is rotting in the mandis,” Mr. Kanungo said.\n",
         {"speaker": "Debabrata Kanungo", "speaker_mention": "Mr. Kanungo"}),
    case("\"A\" before another initial is an initial, not the article",
         "“The girders are ready,” project manager A K Dasgupta said on Monday.\n",
         {"speaker": "A K Dasgupta", "speaker_mention": "A K Dasgupta"}),
    case("a Malay given name after a given name, with no \"bin\", opens the father's name",
         "Their daughter, Nurul Huda Mohd Faizal, 27, keeps the farm's accounts.\n\n"
         "\"The mill pays us late every month,\" says Nurul Huda.\n",
         {"speaker": "Nurul Huda Mohd Faizal", "speaker_mention": "Nurul Huda"}),
    case("the first of two Spanish surnames calls the person, even where it is a first name of the other gender",
         "Opposition lawmaker Ernesto Ayala Quispe, who voted against the deal, said the contract left the state exposed.\n\n"
         "\"Nobody here has seen the annex,\" Ayala told reporters.\n",
         {"speaker": "Ernesto Ayala Quispe", "speaker_mention": "Ayala"}),
    case("the one a subject with an apposition asked, with an honorific, answers",
         "Chanda Phiri, the shift engineer, told the commission he had checked the brakes.\n\n"
         "“I checked them myself,” Mr Phiri said.\n\n"
         "Dr Mwansa Lungu, an engineer who sits on the commission, asked Mr Phiri why the entries were never passed on.\n\n"
         "“That is a question for management,” he said.\n",
         {"speaker": "Chanda Phiri", "speaker_mention": "Mr Phiri"},
         {"speaker": "Chanda Phiri", "speaker_mention": "he"}),
    case("a role set before a name says more than a title of address",
         "The Lord Mayor of Limerick, Cllr Aoife Ní Bhriain, said the budget left no room for new projects.\n\n"
         "Cllr Siobhán Walsh said the rates rise would close shops.\n\n"
         "“Shops are closing already,” Cllr Walsh said.\n\n"
         "The lord mayor said the increase was the smallest in a decade.\n\n"
         "“Nobody likes paying more,” she said.\n",
         {"speaker": "Siobhán Walsh"},
         {"speaker": "Aoife Ní Bhriain", "speaker_mention": "she", "role": "Lord Mayor of Limerick"}),
    case("in a transcript's turn, a passage its narration credits to someone named is theirs, not the turn's speaker's",
         "DOYLE: Minister, welcome.\n\n"
         "KEANE: Thank you.\n\n"
         "DOYLE: The Minister for Transport, Áine Nic Craith, told the Dáil on 4 March, “The bypass is fully funded.” Has it gone to tender?\n\n"
         "KEANE: It has not.\n",
         {"speaker": "Áine Nic Craith", "cue": "told"}),
    case("a place after \"from\" in a lead-in with a verb is no source",
         "We had plenty of letters this week. A listener called Hamid wrote to us from Geelong: \"Why does my bread never rise?\"\n",
         {"speaker": "Hamid", "cue": "wrote"}),
    case("a title of words the lists do not all know, a full name, then where the person sits",
         "Leader of the Opposition Harjinder Singh Bajwa of the Congress backed the resolution.\n\n"
         "“We stand with it,” Bajwa said.\n",
         {"speaker": "Harjinder Singh Bajwa", "speaker_mention": "Bajwa", "role": "Leader of the Opposition"}),
    case("the name opens right after a Malaysian title of honour, which is no part of the role",
         "State Housing Committee chairman Datuk Zulkifli Mat Hassan said the rise would not affect most households.\n\n"
         "“Most families will pay nothing more,” Zulkifli said.\n",
         {"speaker": "Zulkifli Mat Hassan", "role": "State Housing Committee chairman"}),
    case("an acronym written as a word names the body whose capitalised words it abbreviates, a list in its name too",
         "The council has written to the Department for Environment, Food and Rural Affairs (Defra) about the quota.\n\n"
         "A Defra spokesperson said the scientific advice was clear.\n\n"
         "“We keep every stock under review,” the spokesperson said.\n",
         {"speaker": "Department for Environment, Food and Rural Affairs", "speaker_mention": "the spokesperson"}),
    case("one name alone, with an age and a role set off after it, is a person's",
         "\"The permits change nothing,\" Nickel Coast Watch said in a report published on Monday.\n\n"
         "Sutarno, 52, a fisherman in Bahodopi village, said his catch had fallen by half.\n\n"
         "\"Ten years ago I came home with fish every day,\" he said.\n",
         {"speaker": "Nickel Coast Watch"},
         {"speaker": "Sutarno", "speaker_mention": "he", "role": "fisherman in Bahodopi village"}),
    case("a first name and a suffix call the one person whose name they open and end",
         "Her son, Rupert Okafor Jr., 29, runs the shop's accounts.\n\n"
         "\"Margins are thin,\" says Rupert Jr.\n",
         {"speaker": "Rupert Okafor Jr."}),
    case("\"the\" and an organisation's name ending in a portfolio is the organisation, no office's holder",
         "In a statement, the Department of Health said the new clinic was \"a priority\" for the province.\n",
         {"speaker": "Department of Health", "speaker_mention": "the Department of Health"}),
    case("a field's gerund before \"and\" opens one body's name",
         "The Mining and Energy Workers Union said the closure was \"the price of cutting corners\".\n",
         {"speaker": "Mining and Energy Workers Union"}),
    case("an organisation's name with a small word no person's name holds",
         "The Prairie Right to Know Coalition said in a statement that it was \"reviewing all options\".\n",
         {"speaker": "Prairie Right to Know Coalition"}),
    case("kin before a role in lower case, then the name, tell the elder of a family",
         "Chief Councillor Doreen Talio said the ruling vindicated her community.\n\n"
         "Her father, hereditary chief Wilbur Talio, 84, fished the inlets for 50 years.\n\n"
         "\"When I was a boy, you could walk across the river,\" the elder Talio said.\n",
         {"speaker": "Wilbur Talio", "speaker_mention": "the elder Talio"}),
    case("an older sibling before a position in lower case tells the younger of two brothers",
         "Blues wing Ethan Faleolo scored twice, and his older brother, lock Levi Faleolo, stole three lineouts.\n\n"
         "\"I saw Levi come down with the ball,\" the younger Faleolo said.\n",
         {"speaker": "Ethan Faleolo", "speaker_mention": "the younger Faleolo"}),
    case("a possessive alone is no role, and a party's seat and post's initials set before a name are its role",
         "The council voted to close the school.\n\n"
         "The plan has also been criticised by Plaid Cymru's Dwyfor Meirionnydd MS, Rhun ap Owain. "
         "\"We cannot say we want a million Welsh speakers and then close the schools,\" he said.\n",
         {"speaker": "Rhun ap Owain", "speaker_mention": "he"}),
    case("an acronym after a list in a body's name joins the list, a body's word in it too",
         "A spokesperson for the Department for Education, Media and Skills (DEMS) said the grant would be reviewed. "
         "\"We recognise the role the colleges play,\" the spokesperson said.\n",
         {"speaker": "Department for Education, Media and Skills", "speaker_mention": "the spokesperson"}),
    case("a German or French name holds its \"und\" or \"et\" where its acronym says so",
         "Port operator Bremer Lager und Umschlag AG (BLUA) said its terminals were idle.\n\n"
         "A BLUA spokeswoman said the backlog would take a week to clear. \"We are in close contact with the shipping lines,\" the spokeswoman said.\n",
         {"speaker": "Bremer Lager und Umschlag AG"}),
    case("\"the company\" is never a business named only after a preposition: where it spoke, or where a source works",
         "Granite Hill Vineyards will cut 60 jobs, chief executive Fiona Castellano said on Tuesday.\n\n"
         "In its statement to the ASX on Tuesday, the company said it expected \"a further period of subdued pricing\".\n",
         {"speaker": "Granite Hill Vineyards", "speaker_mention": "the company"}),
    case("a possessive, a capitalised word of where and a role, then the name",
         "The shop worker was assaulted in March.\n\n"
         "“She was attacked for doing her job,” said Unison’s Welsh regional organiser, Carys Pritchard.\n",
         {"speaker": "Carys Pritchard"}),
    case("a place and an office, as headlines write its holder, are no one's name",
         "Saint Vincent PM after Hurricane Tobias: ‘We will not rebuild the same houses in the same places’\n\n"
         "Prime Minister Ralph Cummings said the island would rebuild.\n",
         {"speaker": None}),
    case("\"it\" is the organisation named last, but not one named only after a preposition before it",
         "Shares of Jakarta-listed Karya Logam Group fell 7% on Wednesday.\n\n"
         "Karya Logam said in a filing to the Indonesia Stock Exchange that the smelter had every permit it needed.\n\n"
         "\"The project in Morowali remains on schedule,\" it said.\n",
         {"speaker": "Karya Logam Group", "speaker_mention": "it"}),
    case("an acronym or a union's name after \"the\" and before its kind is that organisation, which \"the union\" then is",
         "The contract went to a Danish operator, prompting warnings from the NUMAST union about pay.\n\n"
         "The union said in a statement on Tuesday that it would ballot its members.\n\n"
         "‘We will not stand by,’ the statement said.\n",
         {"speaker": "NUMAST", "speaker_mention": "the statement"}),
    case("an acronym before its kind, with a relative clause before the verb",
         "Workers walked out on Saturday.\n\n"
         "The FGTB union, which has called a strike at 40 stores, said the results showed staff were \"paying for the price war\".\n",
         {"speaker": "FGTB", "speaker_mention": "The FGTB union"}),
    case("two places joined by \"and\" before a body's word are one body's name",
         "Okafor was taken for a scan. In a statement on Monday evening, the Scotland and Ireland Rugby Council said he would stay with the squad.\n\n"
         "‘A decision will be made once the results are known,’ the statement said.\n",
         {"speaker": "Scotland and Ireland Rugby Council", "speaker_mention": "the statement"}),
    case("a heading \"TRANSCRIPT:\" is no turn, and a vocative with an honorific names the one \"you\" addresses",
         "TRANSCRIPT: Senate committee hearing on the nomination of Dr. Amara Okonjo-Reyes\n\n"
         "This is an edited transcript of Wednesday's hearing.\n\n"
         "HOLLOWAY: Dr. Okonjo-Reyes, welcome. In a speech in March, you said, \"Every veteran should be seen within 28 days.\" Do you stand by that?\n\n"
         "OKONJO-REYES: I do, Senator.\n",
         {"speaker": "Amara Okonjo-Reyes", "speaker_mention": "you"}),
    case("Filipino honorifics before a first name, and a priest's \"Fr.\", call a person named in full",
         "Merlita Dacanay, 58, runs a carinderia on the corner.\n\n"
         "Fr. Arnel Tibay, the parish priest, called for volunteers.\n\n"
         "“The church had the volunteers and Aling Merlita had the stoves,” says Fr. Tibay.\n\n"
         "“Before the government, before anybody,” Aling Merlita says.\n",
         {"speaker": "Arnel Tibay"}, {"speaker": "Merlita Dacanay"}),
    case("a Malay given name and the father's, with no \"bin\", five words in all, are one person's",
         "Kuala Krai MP Wan Ahmad Faisal Wan Sulaiman said the projects had been promised since 2014.\n\n"
         "“Every monsoon a minister tells us the projects are on track,” Wan Ahmad Faisal said.\n",
         {"speaker": "Wan Ahmad Faisal Wan Sulaiman", "speaker_mention": "Wan Ahmad Faisal"}),
    case("a first name before \"and\" and a full name shares its surname; \"the X brothers\" are no one of them",
         "The youngest residents are Gideon and Evans Kibet, brothers from Kaptarakwa. Gideon, 19, ran 28:41 for 10,000 metres.\n\n"
         "\"Our father sold a cow to pay for our first months here,\" Gideon says.\n\n"
         "Evans, 18, is quieter. \"Gideon talks. I just run,\" he says.\n\n"
         "Coach Daniel Rotich watches the Kibet brothers do their strides.\n\n"
         "\"This one,\" he says, nodding at Evans, \"will surprise all of you.\"\n",
         {"speaker": "Gideon Kibet", "speaker_mention": "Gideon"},
         {"speaker": "Evans Kibet", "speaker_mention": "he"},
         {"speaker": "Daniel Rotich", "speaker_mention": "he"},
         {"speaker": "Daniel Rotich", "speaker_mention": "he"}),
    case("a list's last words after a body named for what it is of are that body's name",
         "A spokesperson for the Ministry of Housing, Communities and Local Government said the strike was a local matter. "
         "\"This is a matter for the council,\" the spokesperson said.\n",
         {"speaker": "Ministry of Housing, Communities and Local Government", "speaker_mention": "the spokesperson"}),
    case("a one-line story whose line ends with a quotation's sentence is no headline: its opening name is a name",
         "Halvorsen Foods, based in Austin, will close two plants. The Texas company said: \"We regret this.\"\n",
         {"speaker": "Halvorsen Foods", "speaker_mention": "The Texas company"}),
    case("a description after an opening phrase is no name cut from its article",
         "Hibernian signed the midfielder Lars Eikrem on Thursday.\n\n"
         "In a statement on Thursday night, the Easter Road club confirmed the fee was undisclosed. "
         "\"Lars is a player we have admired for a long time,\" the statement said.\n",
         {"speaker": None, "speaker_mention": "the statement"}),
    case("a common word that opens a headline, naming no one named, is no one's name: a plural of people, a title",
         "Aberceri flooding: Villagers tell inquiry warnings were 'ignored for years'\n\n"
         "Residents of Aberceri told a public inquiry on Tuesday that they had warned the agency for years.\n",
         {"speaker": None}),
    case("a title that opens a headline is no name, though the data set knows it as a first name",
         "High Court upholds senator's win\n\nJudge says petitioner built his case on \"rumour and WhatsApp screenshots\"\n\n"
         "The petition was dismissed on Tuesday by a judge of the High Court in Kakamega.\n",
         {"speaker": None}),
    case("a capitalised word inside a sentence is a name, whatever it would mean in lower case",
         "Those who thought the meeting was political should \"look for a psychiatrist,\" according to Reuters.\n",
         {"speaker": "Reuters"}),
    case("the sentence's own speaker said it; \"according to\" after it names where that is written",
         "Lindqvist told the house that the mine would \"not get a shovel in the ground\" without a full "
         "review, according to Hansard.\n",
         {"speaker": "Lindqvist", "speaker_mention": "Lindqvist"}),
    case("the head of a description stands after the possessive of the name that opens it",
         "The Coastal Aquaculture Review Board's ruling, released Monday, says, \"The board is satisfied "
         "that the expansion will not cause unacceptable harm.\"\n",
         {"speaker": "Coastal Aquaculture Review Board", "via": "document"}),
    case("an owner's name with \"and\" before its possessive is kept in full",
         "The Comptroller and Auditor General's latest report says, \"Assets worth €61 million had not been "
         "brought into use.\"\n",
         {"speaker": "Comptroller and Auditor General"}),
    case("\"the company\" is a business, never a board; a region's word before a country is a place",
         "The province approved a lease for Atlantic Fjord Salmon Ltd. in St. Margarets Bay.\n\n"
         "The Coastal Aquaculture Review Board's ruling says, \"The board is satisfied.\" The conditions are "
         "the toughest in Atlantic Canada.\n\n"
         "The company's own environmental assessment says the site will produce \"approximately 1,900 "
         "tonnes of organic waste per year.\"\n\n"
         "\"We will meet every condition,\" the company said.\n",
         {"speaker": "Coastal Aquaculture Review Board"},
         {"speaker": "Atlantic Fjord Salmon Ltd.", "via": "document"},
         {"speaker": "Atlantic Fjord Salmon Ltd.", "via": "description"}),
    case("an opening phrase's \"its\" says that the subject after it is an organisation",
         "In a post on its Facebook page on Tuesday, Ness Glen Camanachd said the pavilion would be "
         "\"a home for the next generation\".\n\n"
         "Morag Fraser, his wife of 44 years, is less convinced.\n\n"
         "\"He says he is retiring,\" she says.\n\n"
         "Her husband looks up at the kettle.\n\n"
         "\"It stays where it is,\" he says.\n",
         {"speaker": "Ness Glen Camanachd"},
         {"speaker": "Morag Fraser"},
         {"speaker": None}),
    case("in a transcript's turn, words a reporting verb gives to someone else are not the turn's",
         "MACDONALD: Minister, thanks for coming in.\n\n"
         "LEBLANC: Happy to be here.\n\n"
         "MACDONALD: We've had a lot of texts. One from Hubbards says, \"Ask her if she'd put a salmon farm "
         "in the harbour.\"\n\n"
         "LEBLANC: My mother called me last week and said, \"Don't you dare.\" As I said, \"The science "
         "decides.\"\n",
         {"speaker": None},
         {"speaker": None},
         {"speaker": "Leblanc", "speaker_mention": "LEBLANC"}),
    case("a Maltese professional title before the surname (\"Perit\": an architect)",
         "Architect Anton Borg, who designed the project, said the tribunal had ignored the precedents.\n\n"
         "\"There are four buildings within 200 metres that are higher,\" Perit Borg said.\n",
         {"speaker": "Anton Borg", "speaker_mention": "Perit Borg"}),
    case("a First Nation is a body, and its \"First\" no title",
         "\"Our people have a treaty right,\" said Chief Darlene Toney of Sipu'j First Nation.\n\n"
         "In a letter, Kusawa First Nation said the talks were \"not meaningful in any sense\".\n",
         {"speaker": "Darlene Toney", "role": "Chief"},
         {"speaker": "Kusawa First Nation"}),
    case("\"the nation\" is the country, not a First Nation the text names",
         "Chief Roseanne Cardinal of the Wapasu Cree Nation spoke first.\n\n"
         "She said the nation would ask the regulator for a review and wanted a seat \"at the table.\"\n",
         {"speaker": None}),
    case("an age is the person a name the data set does not know opens the sentence before with",
         "Osaka Deputy Mayor Keiko Nakagawa said the city's commitments were unchanged.\n\n"
         "\"The park is staying,\" Nakagawa said at the news conference.\n\n"
         "Ryo Yamamoto runs three takoyaki stalls near the new metro station.\n\n"
         "\"During the expo we sold 4,000 a day,\" the 44-year-old said.\n",
         {"speaker": "Keiko Nakagawa"},
         {"speaker": "Ryo Yamamoto", "via": "description"}),
    case("\"the\" and an apposition's words stand for the one person the text gave \"a\" and those words",
         "\"If you can't read it, you haven't verified anything,\" Denise Holloway said.\n\n"
         "The committee chairman, Sen. Curtis Holloway, a Moultrie Republican, has defended the system.\n\n"
         "\"We get each other's mail about once a month,\" Denise Holloway said.\n\n"
         "\"And I send hers back a lot faster,\" the Moultrie Republican replied.\n",
         {"speaker": "Denise Holloway"},
         {"speaker": "Denise Holloway"},
         {"speaker": "Curtis Holloway", "via": "description"}),
    case("of namesakes sharing a word, an honorific picks the one the text named in full after it",
         "\"We serve close to 60,000 people,\" says Mr Okello Denis, the in-charge of the health centre.\n\n"
         "Dr Okello Bosco, the Gulu District Health Officer, says the district cannot fill the gap.\n\n"
         "\"Everything comes from the centre,\" Dr Okello says.\n\n"
         "\"We have nothing,\" Mr Okello says.\n",
         {"speaker": "Okello Denis"},
         {"speaker": "Okello Bosco", "speaker_mention": "Dr Okello"},
         {"speaker": "Okello Denis"}),
    case("Quebec's \"Me\" (a lawyer's or a notary's title) is no part of the name",
         "Returning officer Me Julie Fontaine-Lacasse said turnout was 61 per cent. \"It is the highest "
         "turnout in years,\" Me Julie Fontaine-Lacasse said.\n",
         {"speaker": "Julie Fontaine-Lacasse"}),
    case("a pronoun after unnamed kin that \"and\" joins to it stands for that kin, no one named",
         "Tom Hale rents his house to a family. But his own son is in Sydney, and he said to him, "
         "\"Dad, I'm never coming home.\"\n",
         {"speaker": None}),
    case("a lead-in naming another source is no continuation, nor a turn's own words",
         "HOST: Thanks for calling.\n\n"
         "CALLER: Good morning.\n\n"
         "HOST: A text here from the Westside Housing Advice Centre, and it says: \"Notices to quit are up "
         "40 per cent.\" And another text, from a listener in Clifden who doesn't want her name used: "
         "\"I'm 58 and I'm sleeping in my car.\"\n",
         {"speaker": "Westside Housing Advice Centre"},
         {"speaker": None}),
    case("a business's sector ends its name; who owns or runs it opens none",
         "Derwent Blue fights for expansion\n\n"
         "Derwent Blue Aquaculture is appealing to the tribunal.\n\n"
         "In a statement, Derwent Blue said the expansion would create 60 jobs.\n\n"
         "\"These are good, secure regional jobs.\"\n\n"
         "State-controlled Tswapong Diamond Corporation's sales fell 18%. A Tswapong spokesperson said no "
         "cuts were planned.\n\n"
         "\"Our priority is to protect jobs,\" the spokesperson said.\n",
         {"speaker": "Derwent Blue Aquaculture"},
         {"speaker": "Tswapong Diamond Corporation"}),
    case("in a turn, words a verb of saying or naming gives to a third party are theirs, not the turn's",
         "TOM: Welcome to the show.\n\n"
         "IFEOMA: Thank you.\n\n"
         "TOM: The Evening Standard's review called Ekwe \"the most exciting small room in south London.\" "
         "How did that feel?\n\n"
         "IFEOMA: Honestly? Wonderful.\n\n"
         "TOM: At 6:52 p.m. on Monday, a store manager called 911 and told our dispatcher, \"There's a man "
         "with a gun by the food court.\" Everywhere I go, people tell me the same thing: \"Nobody is "
         "listening.\"\n\n"
         "IFEOMA: I always tell new cooks: \"Taste it, then taste it again.\"\n",
         {"speaker": "Evening Standard"},
         {"speaker": None},
         {"speaker": None},
         {"speaker": "Ifeoma"}),
    case("a form of address opening a turn's sentence is no one who speaks",
         "MUSONDA: Last question. Joseph Sakala, News Diggers.\n\n"
         "SAKALA: Thank you. Madam Deputy Governor, a bureau de change operator on Cairo Road told me this "
         "morning, \"Nobody is selling dollars. Everybody is waiting for the rate to go higher.\" Is there a "
         "shortage?\n\n"
         "MWAPE: No.\n",
         {"speaker": None}),
    case("a document's owner is the description before its noun, whatever follows the noun",
         "The Tayside Traders' Federation had urged councillors to delay.\n\n"
         "\"A phased introduction is the minimum our members need,\" the federation's written submission "
         "to the committee said.\n",
         {"speaker": "Tayside Traders' Federation", "via": "document"}),
    case("\"the team\" is the team whose plural name after \"The\" opens the sentence before",
         "The Saskatoon Prairie Hawks have fired head coach Darcy Lindgren.\n\n"
         "\"We've lost confidence in Darcy's ability to lead our dressing room,\" the team said.\n",
         {"speaker": "Saskatoon Prairie Hawks", "via": "description"}),
    case("hyphenated titles (\"Auditor-General\") are titles; Singapore's \"binte\" stands inside a name",
         "Auditor-General Meredith Kaye said the grants were \"the basis for a number of the minister's "
         "decisions\".\n\n"
         "Chief engineer Nur Aisyah binte Rahmat said the switch failed. \"The backup is tested every "
         "quarter,\" Nur Aisyah said.\n",
         {"speaker": "Meredith Kaye", "role": "Auditor-General"},
         {"speaker": "Nur Aisyah binte Rahmat"}),
    case("a Māori surname's \"Te\" is part of it: the surname alone names the person in full",
         "Kaumātua Hēmi Te Aho signed the deed. \"The land was never just dirt to us,\" Te Aho said.\n",
         {"speaker": "Hēmi Te Aho"}),
    case("a law's name is no one's, whatever pronoun follows it",
         "Under the Public Schools Act, she said, the board has 90 days to call a byelection.\n\n"
         "\"Right now, I just want to go home and have dinner with my kids,\" she said.\n",
         {"speaker": None}),
    case("an age is not the one named in the possessive inside the apposition before",
         "Te Ahiroa Trust chair Mereana Te Aho, Hēmi Te Aho's granddaughter, will now manage the assets. The "
         "lawyer grew up in Auckland.\n\n"
         "\"My koro started this with a typewriter,\" the 41-year-old said.\n",
         {"speaker": "Mereana Te Aho"}),
    case("a document of a titled person's is that person's, the title apart; a person's spokesman is not that person",
         "Auditor-General Meredith Kaye's report, tabled on March 12, found the process sound but that \"the "
         "basis for a number of the minister's funding decisions was not documented\".\n\n"
         "A spokesman for Water Minister Greg Tolhurst later said the minister had received advice.\n\n"
         "\"The minister acted within the program guidelines at all times,\" the spokesman said.\n",
         {"speaker": "Meredith Kaye", "role": "Auditor-General"},
         {"speaker": None}),
    case("a verb telling someone to do something opens no name; a turn labelled by a role is its one holder's",
         "This week host Declan Forde talks to the novelist Njeri Wambugu.\n\n"
         "HOST: A listener named Hamid wrote to us from Leeds. He asked, \"Does Wambugu write in English "
         "first?\"\n\n"
         "GUEST: Tell Hamid: both, and a lot.\n\n"
         "HOST: When I finished it, I said to our producer, \"That's the best ending I've read this year.\"\n",
         {"speaker": "Hamid"},
         {"speaker": "Declan Forde"}),
    case("in a turn, a participle's lead-in gives the words to the one it names, not the turn",
         "Presenter Gráinne Ní Bhraonáin put the questions.\n\n"
         "MINISTER: I stand over the ambition.\n\n"
         "PRESENTER: I want to play you something. This is Aoife Brennan, a nurse who has been renting in "
         "Drogheda, speaking to us earlier today: \"My rent has gone from 1,150 to 1,720 in four years.\"\n",
         {"speaker": None}),
    case("two people opening a sentence as its subjects, one with a role in lower case, leave a pronoun after them to no one",
         "The band played late.\n\n"
         "Singer Rawiri Tipoki and guitarist Jack Fenwick started the band at Motueka High School in 2011.\n\n"
         "\"We used to jump the back fence to get into this festival,\" he said.\n",
         {"speaker": None}),
    case("a double first name of two one gender's names is that gender's; the two subjects leave \"she\" to no one",
         "Marie Joseph-Alcindor, the minister, spoke first. \"We are ready,\" Joseph-Alcindor said.\n\n"
         "Joseph-Alcindor and Health Minister Marie-Claire Louisy visited the largest shelter on Tuesday.\n\n"
         "\"Nobody is going to be moved out of a shelter into a house with no roof,\" she said.\n",
         {"speaker": "Marie Joseph-Alcindor"},
         {"speaker": None}),
    case("an acronym defined in brackets may order the initials otherwise, or take syllables of the words",
         "COCOBOD steps up border patrols\n\n"
         "The Ghana Cocoa Board (COCOBOD) and the police have deployed joint teams.\n\n"
         "\"Smuggling has cost the country dearly,\" COCOBOD said in a statement.\n\n"
         "The minister sought an explanation from Cricket Sri Lanka (SLC). \"The selectors' decision is "
         "final,\" the SLC statement said.\n",
         {"speaker": "Ghana Cocoa Board"},
         {"speaker": "Cricket Sri Lanka"}),
    case("a statement from an ordinary person a place describes is no one's named, nor the place's",
         "A statement from a Kettering care worker whose car was targeted outside her home was read to the "
         "court.\n\n"
         "\"I turned the key and it sounded like a tractor. I sat in the car and cried.\"\n\n"
         "\"I knew the family would be waiting,\" the statement said.\n",
         {"speaker": None},
         {"speaker": None}),
    case("Sesotho \"M’e\" and \"Ntate\" are honorifics, no part of the name",
         "Factory worker M’e Mamosa Letsie said the closure was a shock. \"We have nothing,\" M’e Letsie said.\n\n"
         "Her husband, Ntate Teboho Letsie, a guard, said little. \"They told us nothing,\" Ntate Letsie said.\n",
         {"speaker": "Mamosa Letsie"},
         {"speaker": "Teboho Letsie"}),
    case("a spokesperson of a kind speaks for the body of that kind named a few paragraphs before; a forum and works end a body's name",
         "Staff at Bristol Metropolitan University have voted to strike.\n\n"
         "A report by consultants Harrow Lane Partners said the university was running \"too many courses\".\n\n"
         "A university spokesperson said: \"We respect the right of our colleagues to take industrial action.\"\n\n"
         "\"Vessels are spending four days at anchor,\" according to the East African Cargo Owners Forum.\n",
         {"speaker": "Harrow Lane Partners"},
         {"speaker": "Bristol Metropolitan University"},
         {"speaker": "East African Cargo Owners Forum"}),
    case("a country is no business for \"a company spokesperson\"; Filipino \"Lola\" is an honorific",
         "Deccan Lifesciences said its US business had recovered.\n\n"
         "Pricing in the US generics market was stabilising.\n\n"
         "Shares closed higher.\n\n"
         "\"The facility is ready for re-inspection,\" a company spokesperson said.\n\n"
         "Lola Remedios Gallo, 81, waited at the evacuation centre. \"I have lived through Frank,\" she said.\n",
         {"speaker": "Deccan Lifesciences"},
         {"speaker": "Remedios Gallo"}),
    case("a reporting verb with only when before the comma introduces the passage; a title picks the namesake whose role holds it",
         "BROUSSARD: Acadiana Electric Cooperative said this morning, \"About 6,200 members remain without "
         "power.\" So I'd ask people to stay out of the water.\n\n"
         "REPORTER: Thank you.\n\n"
         "First assistant secretary Daniel Nguyen said his team gave the minister \"a merit-ranked list\".\n\n"
         "Labor senator Linh Nguyen accused the Opposition of hypocrisy.\n\n"
         "\"I'd invite Senator Papadakis to read a few audit reports,\" Senator Nguyen said.\n",
         {"speaker": "Acadiana Electric Cooperative"},
         {"speaker": "Daniel Nguyen"},
         {"speaker": "Linh Nguyen"}),
    case("a headline's bare \"Union\" is the union the text names, if any; a clause after a passage with no comma is not its attribution",
         "Tube strike to go ahead after last-ditch talks collapse\n\n"
         "Union says members have ‘no choice’ as TfL warns of little or no service on most lines\n\n"
         "By Hannah Okoye\n\n"
         "Rahm Emanuel urged a strong stand, saying that otherwise Mr. Netanyahu would \"walk all over us,\" as "
         "Mrs. Clinton, then the secretary of state, put it in her memoir.\n",
         {"speaker": None},
         {"speaker_mention": "Mrs. Clinton"}),
    case("an ordinary person at or from a body speaks for themselves, not for it",
         "Hundreds sheltered at Dingalan Central School overnight.\n\n"
         "A mother in the evacuation center at Dingalan Central School said: \"We have no milk for the babies.\"\n\n"
         "\"A Pentagon spokesman said the review was complete,\" the report noted. A spokesman at the Pentagon "
         "said: \"The review is complete.\"\n",
         {"speaker": None},
         {"speaker": None},
         {"speaker": "Pentagon"}),
    case("a name before a job and a person's name is the employer's; a document said in by a description is its",
         "Crystal Palace manager Sergio Llorente insisted his side would not sit deep.\n\n"
         "\"We are not going to park the bus,\" Llorente said.\n\n"
         "Palace confirmed in a statement on Friday that Adjei would continue his rehabilitation.\n\n"
         "\"Tyrese is progressing well,\" the statement said.\n\n"
         "Asked about the academy, Llorente smiled. \"Kofi has earned the right to be in the conversation,\" "
         "the Spaniard said.\n",
         {"speaker": "Sergio Llorente"},
         {"speaker": "Crystal Palace", "via": "document"},
         {"speaker": "Sergio Llorente"}),
    case("hyphenated titles and East and southern African honorifics (\"Hajji\", \"Cde\", \"Eng\") are no part of a name",
         "Labour Commissioner-General Sunethra Abeykoon said the talks would resume. \"We will meet again,\" "
         "she said.\n\n"
         "Boda boda chairman Hajji Musa Kiggundu objected. \"We were not consulted,\" Hajji Kiggundu said.\n\n"
         "Councillor Cde Tendai Makoni-Sithole said the city had no choice. \"The dams are empty,\" Cde "
         "Makoni-Sithole said.\n",
         {"speaker": "Sunethra Abeykoon"},
         {"speaker": "Musa Kiggundu"},
         {"speaker": "Tendai Makoni-Sithole"}),
    case("a conjunction opening a sentence is no part of the body an acronym in brackets defines; \"Every\" names no one",
         "But the University and College Union (UCU) said the plan would \"rip the heart out\" of the town.\n\n"
         "KYLE: Hey. Every single day someone gets on and says, \"Why should I pay more for a bus that's late?\"\n\n"
         "HOST: Thanks, Kyle.\n",
         {"speaker": "University and College Union"},
         {"speaker": None}),
    case("a post, then a given name no list knows and a surname; a body named for two things joined by \"and\"",
         "Council Member Abdirahman Warsame, who wrote the ordinance, spoke first. \"We are asking them to "
         "slow down,\" Warsame said.\n\n"
         "\"Volumes fell for a third month,\" a spokesman for the Transport and Logistics Bureau said.\n",
         {"speaker": "Abdirahman Warsame"},
         {"speaker": "Transport and Logistics Bureau"}),
    case("kin named with an age in brackets who speaks right after is no one in passing",
         "Séamus Brennan (57), of Cloonacool, was pronounced dead at the scene.\n\n"
         "His son, Ciarán Brennan (24), told the inquest that he had been agitating the tank.\n\n"
         "\"He turned around like he was going to say something,\" Mr Brennan said.\n",
         {"speaker": "Ciarán Brennan"}),
    case("a headline's bare office (\"Vice-chancellor says\") and a noun before a plural noun (\"Ticket prices\") name no one",
         "University of Mid Wales: Vice-chancellor says 180 jobs must go in ‘painful but necessary’ plan\n\n"
         "By Catrin Puw\n\n"
         "Ticket prices also overshadowed the build-up, with fans calling the rise ‘a kick in the teeth’ for "
         "loyal supporters.\n",
         {"speaker": None},
         {"speaker": None}),
    case("kin who gave evidence is no one in passing: the surname alone after it can be theirs",
         "Giuseppina Lombardi was taken by ambulance to the hospital with a fever.\n\n"
         "Mrs Lombardi's daughter, Teresa Lombardi, gave evidence at the inquest that she had pleaded with "
         "staff.\n\n"
         "\"They told me they were doing their best,\" Ms Lombardi said outside court.\n",
         {"speaker": "Teresa Lombardi"}),
    case("a name after \"at\" is a place or a body, no person's; a resort or a hotel ends a body's name",
         "Judge lets lawsuit over avalanche at Silver Crest go to trial\n\n"
         "A judge on Wednesday refused to dismiss a lawsuit against Silver Crest Mountain Resort.\n\n"
         "\"We intend to defend this case vigorously,\" the resort said in a statement.\n",
         {"speaker": "Silver Crest Mountain Resort", "via": "description"}),
    case("\"the union official\" is a person of the union, the one the text introduced, not the union",
         "Union branch secretary Hemi Rangitaawa said the strike would go ahead.\n\n"
         "The Aotearoa Waterfront Workers Union has 300 members at the port.\n\n"
         "Further stoppages are planned. The union official said the pickets would be \"peaceful and loud\".\n",
         {"speaker": "Hemi Rangitaawa", "via": "description"}),
    case("a byline's reporter is no one a description stands for, and a name ends with its line; a manager is a boss",
         "Deputy minister says modular housing delays 'not acceptable'\n\n"
         "By Laura Comeau\n"
         "Published April 23, 2026\n\n"
         "HALIFAX — The top civil servant in Nova Scotia's housing department says he accepts \"every one\" of "
         "the recommendations.\n\n"
         "Limerick boss Ger Costigan did not hide from the result. \"We lost too many of our own puck-outs,\" "
         "the Limerick manager said.\n",
         {"speaker": None},
         {"speaker": "Ger Costigan", "via": "description"}),
    case("counsel named before the client they act for is the one who speaks",
         "Sophie Lang, for Dwayne Whitfield, told the jury the case against her client was \"built on "
         "guesswork and a family name\".\n",
         {"speaker": "Sophie Lang"}),
    case("a police rank (\"Police Major\") is a title; Swahili \"Mama\" an honorific; \"the regulator\" the body named so",
         "\"Traffic is moving again,\" CCPO spokesperson Police Major Janine Rosales said.\n\n"
         "Outgoing chairwoman Mama Beatrice Wairimu Gathoni conceded. \"The members have spoken,\" Mama Wairimu "
         "said.\n\n"
         "The Scottish Housing Regulator has written to the council. The SNP group called for a debate.\n\n"
         "\"We expect a full plan by March,\" the regulator said.\n",
         {"speaker": "Janine Rosales"},
         {"speaker": "Beatrice Wairimu Gathoni"},
         {"speaker": "Scottish Housing Regulator"}),
    case("a lead-in that reads out a text \"from\" someone, perhaps with where they write from, names who wrote it",
         "HOST: Welcome back.\n\n"
         "GUEST: Thanks.\n\n"
         "HOST: The text line is running hot. Here's one from Shirley in Whanganui: \"I now put twenty dollars "
         "in at a time and say a little prayer.\" Graeme, you are on the air.\n",
         {"speaker": "Shirley"}),
    case("a spokesperson of a kind speaks for the body whose name ends with that word before one that only holds it",
         "Staff at Bangor University will ballot on strike action.\n\n"
         "The University and College Union said members would vote next month.\n\n"
         "A university spokesperson said no final decisions had been made.\n\n"
         "\"We will be meeting the trade unions every week,\" the spokesperson said.\n",
         {"speaker": "Bangor University"}),
    case("a club's own channel, an outlet, is not \"the club\"",
         "Tomás Ibarra insists Liverpool Wanderers did not need to sign a striker in January.\n\n"
         "The teenager said sharing a dressing room with his brother had made the past month easier.\n\n"
         "\"He's more nervous watching me than when he's playing,\" Doyle told Wanderers TV on Tuesday.\n\n"
         "The club's statement on deadline day said Wanderers were ‘not prepared to pay inflated January "
         "prices for short-term fixes’, a line that did not go down well with supporters.\n",
         {"speaker": "Doyle"},
         {"speaker": None}),
    case("Sarawak's names: Iban \"anak\", \"Abang\" opening a name, \"Datuk Amar\"; a member's party and seat in brackets; a byline's reporter is no pronoun's",
         "Water woes: ‘Rural folk can’t drink promises’, says Ripin\n\n"
         "By Jonathan Sing Lian\n\n"
         "Ripin anak Lamat (GPS-Nanga Kebuau) said many longhouses still depended on gravity-feed systems.\n\n"
         "\"In my area there are 43 longhouses,\" he said.\n\n"
         "Chong Wei Ming (DAP-Padungan) said the target had been shifted.\n\n"
         "\"Every year we hear the same thing,\" said Chong.\n\n"
         "Minister of Utilities Datuk Amar Abang Rahman Abang Kassim replied. \"By 2030, 95 per cent of rural "
         "households will have treated water,\" Abang Rahman said.\n",
         {"speaker": "Ripin anak Lamat"},
         {"speaker": "Ripin anak Lamat"},
         {"speaker": "Chong Wei Ming"},
         {"speaker": "Abang Rahman Abang Kassim"}),
    case("\"Her Honour\" is the judge the text named",
         "In sentencing Papadakis on Friday, Judge Fiona Carrington said he had treated the money \"like a "
         "personal line of credit\".\n\n"
         "\"You knew by March 2023 that the company was insolvent,\" Her Honour said.\n",
         {"speaker": "Fiona Carrington"},
         {"speaker": "Fiona Carrington", "via": "description"}),
    case("a name's opening words, after the full name given with a title or a role, or with an honorific",
         "Mayor Datuk Harun Iskandar Rahmat said the drains would be cleared by Friday.\n\n"
         "\"We have the money now,\" Harun Iskandar said.\n\n"
         "Perak exco member Loh Kah Meng said the state would help. Later, Dr Lim Wen Hui, a surgeon, spoke.\n\n"
         "\"The wards are full,\" said Dr Lim Wen.\n",
         {"speaker": "Harun Iskandar Rahmat", "speaker_mention": "Harun Iskandar"},
         {"speaker": "Lim Wen Hui", "speaker_mention": "Dr Lim Wen"}),
    case("Nigerian titles written short (\"Barr.\", \"Engr.\"), an honorific in brackets, and the namesake each title picks",
         "The Commissioner for Information, Barr. (Mrs.) Adaeze Obi, and the Commissioner for Works, Engr. Tochukwu Obi, "
         "briefed journalists.\n\n"
         "\"The bridge is done,\" Engr. Obi said.\n\n"
         "\"We will not join issues with them,\" Barr. Obi said.\n",
         {"speaker": "Tochukwu Obi"},
         {"speaker": "Adaeze Obi"}),
    case("where a body is based, two words before \"-based\", is no part of its name",
         "In a statement, the Port Harcourt-based Centre for Coastal Justice said the samples were alarming.\n\n"
         "\"Every day of delay means more crude in the groundwater,\" the statement read.\n",
         {"speaker": "Centre for Coastal Justice"}),
    case("a subject after a dateline with a colon and two opening phrases, a time's full stop and a dashed aside between",
         "IPOH: At 5.30am, long before the sun clears the hills around Sungai Siput, Chong Kah Wai – \u201cAh Wai\u201d "
         "to everyone in his kampung – is already walking his orchard.\n\n"
         "\u201cThe flowers came, then the heat came,\u201d he says.\n",
         {"speaker": "Chong Kah Wai", "speaker_mention": "he"}),
    case("a place's state after an apposition's town is no one's name",
         "Carol Lindqvist, a viewer in Kearney, Nebraska, emailed us: \"My husband is 71. He has fixed every machine.\"\n",
         {"speaker": "Carol Lindqvist"}),
    case("the name a relative clause follows is the subject, not the people named inside it",
         "Governor Obinna Eze, who spoke alongside the Commissioner for Information, Ngozi Ude, and the Commissioner "
         "for Works, Chinedu Ude, said the road was \"not just a promise but a contract\".\n",
         {"speaker": "Obinna Eze"}),
    case("a title in apposition to a slogan is no one's words; the passage after it is the speaker's",
         "Eze said the administration's slogan, \"Enugu Na Ebube\", was \"not just a tagline but a promise\".\n",
         {"quote": "\"not just a tagline but a promise\"", "speaker": "Eze"}),
    case("an honorific's word after a first name is a given name (\"Ato\")",
         "The Authority's spokesman, Mr Samuel Ato Kwarteng, said the complaints were being investigated.\n\n"
         "\"Every trawler carries a monitoring system,\" Mr Kwarteng said.\n",
         {"speaker": "Samuel Ato Kwarteng"}),
    case("two words, then \"of the\" and a body: a person and where they work",
         "Urban planner Meghna Raychaudhuri of the Bengal Institute of Urban Studies said the city let the network rot.\n\n"
         "\"The problem was never the tram,\" Prof. Raychaudhuri said.\n",
         {"speaker": "Meghna Raychaudhuri"}),
    case("an advocate's title written short",
         "The petitioner's lawyer, Advocate Tinashe Mpofu, told the court the station had been captured.\n\n"
         "\"My Lord, this was not an election,\" Adv Mpofu submitted.\n",
         {"speaker": "Tinashe Mpofu", "speaker_mention": "Adv Mpofu"}),
    case("a post in capitals after an organisation's possessive is a description, no name",
         "Brightway Stores chief executive Maria Lopez spoke on Monday.\n\n"
         "Brightway's CEO said the consumer was \"exhausted and stretched thin.\"\n",
         {"speaker": "Maria Lopez", "speaker_mention": "Brightway's CEO"}),
    case("a filing's owner is who filed it, not the body it was filed with",
         "Huron Motor Co. will cut 900 jobs. The Dearborn-based automaker disclosed the cuts in a filing with the "
         "Securities and Exchange Commission on Tuesday.\n\n"
         "\"We built capacity for a market that is arriving more slowly,\" the filing said.\n",
         {"speaker": "Huron Motor Co."}),
    case("a portfolio with \"and the\", then the name",
         "Minister of State for Sustainability and the Environment Nadira Rahman said the Government was "
         "\u201cwatching closely\u201d how hawkers would cope.\n",
         {"speaker": "Nadira Rahman", "role": "Minister of State for Sustainability and the Environment"}),
    case("a spokesperson for a body its apposition names",
         "A spokesperson for the UN refugee agency, UNHCR, said 30 per cent of assistance went to hosts.\n\n"
         "\u201cRefugees and hosts face the same hunger,\u201d the spokesperson said.\n",
         {"speaker": "UNHCR"}),
    case("a body named for the fields it lists, after its owner's possessive",
         "Members of the Senedd\u2019s Economy, Transport and Infrastructure Committee have warned ministers.\n\n"
         "The committee\u2019s report said franchising was \u201cthe right direction of travel for the whole of Wales\u201d.\n",
         {"speaker": "Economy, Transport and Infrastructure Committee"}),
    case("what someone was asked ends at the comma before the sentence's subject, past a clause of the question",
         "Jaylen Whitfield, the quarterback, says the coaches differ.\n\n"
         "\"Coach K makes you want to run through a wall,\" Whitfield says.\n\n"
         "Asked what he plans to do next fall, Dale Kowalczyk pauses, then he says: \"Sit in the stands.\"\n",
         LAST, {"speaker": "Dale Kowalczyk", "speaker_mention": "he"}),
    case("\"someone\" is no one named before",
         "Pat is on the line from Carlton Heath.\n\n"
         "PAT: I rang up and someone on the council\u2019s helpline told me, \u2018You\u2019ll have to get your grandson to do it.\u2019\n",
         {"speaker": None}),
    case("a person in apposition with a body's noun, then \"who\", is a person",
         "Rep. Dale Haugen chaired the hearing.\n\n"
         "Among those who testified was Tou Yang, a plow operator from the Mankato truck station, who is no relation to the chair.\n\n"
         "Yang told lawmakers he had worked 16-hour shifts.\n\n"
         "\"By the end of it I was seeing snow when I closed my eyes,\" he said.\n",
         {"speaker": "Tou Yang", "speaker_mention": "he"}),
    case("\"the CS\": a Kenyan Cabinet Secretary named before",
         "Bakari Mwinyi, secretary-general of the Coast Stevedores and Dockworkers Union, said the union had written to "
         "the Transport Cabinet Secretary three times.\n\n"
         "Transport Cabinet Secretary Grace Njeri Wambui last Thursday defended the deal at a forum.\n\n"
         "At the same forum, the CS said the concession was \"the only way to keep Mombasa ahead of its rivals\".\n",
         {"speaker": "Grace Njeri Wambui"}),
    case("a document's words that a clause of it gives are its author's, not of who tabled it",
         "Critic Rachel Doucette later tabled a 2024 internal assessment by the Department of Public Works that "
         "described the vessel as \"at or beyond the end of its reliable service life.\"\n",
         {"speaker": "Department of Public Works", "via": "document"}),
    case("an acronym defined after a name with \"&\"",
         "Workers downed tools after wage talks with SA Ports & Terminals (SAPT) deadlocked.\n\n"
         "\u201cSAPT has tabled an offer that is above inflation,\u201d according to a statement issued by SAPT on Sunday.\n",
         {"speaker": "SA Ports & Terminals"}),
    case("a word of rank before a post's noun makes it another post",
         "Head coach Sylvie Arsenault said after the loss, \"We can't keep asking our goalie to steal games.\"\n\n"
         "DHALIWAL: True?\n\n"
         "LAPOINTE: I don't comment on talks. But as our goalie coach likes to say, \"If you read it in the paper, it's already too late.\"\n",
         LAST, {"speaker": None}),
    case("\"there\" after a description before its verb",
         "RAICHURA: Are people safe?\n\n"
         "ODUYA: I was at the Royal Preston on Friday and a nurse there told me, \u2018We\u2019re tired, but we\u2019re not broken.\u2019\n",
         {"speaker": None, "speaker_mention": "a nurse"}),
    case("\"a council spokesperson\": the body whose name ends with \"Council\", before one that only holds it",
         "Birmingham City Council has approved a further \u00a384m of cuts.\n\n"
         "Councillors voted by 61 to 38 to close 11 libraries.\n\n"
         "The leader said the cuts were hard.\n\n"
         "Protesters gathered outside.\n\n"
         "Maxine Oduya, branch secretary of the Midland Council Staff Union, said 300 posts would go.\n\n"
         "\u2018Every library user will be contacted before any change,\u2019 a council spokesperson said.\n",
         LAST, {"speaker": "Birmingham City Council"}),
    case("a village headman's title",
         "Headman Luckmore Nyamakura called the valley \u201ca moonscape\u201d.\n\n"
         "\u201cWhen I was a boy, you could drink from this river,\u201d the headman said.\n",
         LAST, {"speaker": "Luckmore Nyamakura", "speaker_mention": "the headman"}),
    case("a minister's portfolio of two parts joined by \"and\" before the title, and the ministry of it",
         "Deputy Domestic Trade and Cost of Living Minister Datuk Wan Hazrul Wan Ismail said 41,000 fishermen had registered.\n\n"
         "\u201cWe are not taking the subsidy away from the fishermen,\u201d he said.\n\n"
         "In a written reply, the Domestic Trade and Cost of Living Ministry said the card would cover smallholders.\n\n"
         "\u201cAs of March 6, about 68 per cent of registered fishermen have collected their cards,\u201d the ministry said.\n",
         {"speaker": "Wan Hazrul Wan Ismail", "role": "Deputy Domestic Trade and Cost of Living Minister"},
         {"speaker": "Domestic Trade and Cost of Living Ministry"}),
    case("a state a title was for, right before a name, is no part of it",
         "Liberal senator for Tasmania Callum Fitzgerald was unimpressed.\n\n"
         "\u201cSo the money has gone out the door,\u201d Fitzgerald said.\n",
         {"speaker": "Callum Fitzgerald"}),
    case("\"One, who ...\": one of some people, no one's name, and the pronoun after is no one named",
         "Comedian Eilidh Cameron cancelled her run. Some Fringe-goers were left out of pocket. One, who had travelled "
         "from Newcastle with her two daughters to see Ms Cameron\u2019s show, said she had been told to contact the box office.\n\n"
         "\u201cWe found out when we got to the door,\u201d she said.\n",
         {"speaker": None}),
    case("\"Miss\" and \"Mrs\" of a mother and her daughter",
         "Giving evidence, Carol Whitfield, 46, said she had been woken by screaming.\n\n"
         "Her daughter, Leanne Whitfield, 19, told the court she filmed part of the incident.\n\n"
         "\"I just pressed record,\" Miss Whitfield said.\n\n"
         "\"I could only see what was under the light,\" Mrs Whitfield said.\n",
         {"speaker": "Leanne Whitfield"},
         {"speaker": "Carol Whitfield"}),
    case("bodies whose names open with two words joined by \"and\", or end with \"Management\" or \"Rescue\"",
         "Shoreham and Brighton Inshore Rescue, the independent lifeboat, said the swimmers had done \u2018everything right\u2019.\n\n"
         "Illahee County Emergency Management said in a statement that it was reviewing every alert. \"We will publish a "
         "full review,\" the statement said.\n\n"
         "KEARNEY: Minister, the Grain and Graziers Association of SA put out a statement. It says, \u2018Farmers are being "
         "asked to fill in forms.\u2019\n\n"
         "The Office of Budget and Management said overtime would reach $430 million. \"Absent an increase in headcount, "
         "costs will rise,\" the office said.\n",
         {"speaker": "Shoreham and Brighton Inshore Rescue"},
         {"speaker": "Illahee County Emergency Management"},
         {"speaker": "Grain and Graziers Association of SA"},
         {"speaker": "Office of Budget and Management"}),
    case("an honorific names the namesake not introduced with another one",
         "Dr Helen Beever, secretary of the street trees group, spoke first.\n\n"
         "Her mother, Margaret Beever, 81, watched the felling from her window.\n\n"
         "\u201cI stood at the window and cried,\u201d Mrs Beever said.\n",
         {"speaker": "Margaret Beever"}),
    case("\"the Bench\" is the court where the text names one, and no one where it names two",
         "The Kerala High Court heard the appeal on Monday.\n\n"
         "\"Liberty is the rule,\" the Bench observed.\n",
         {"speaker": "Kerala High Court"}),
    case("\"the Bench\" of one court that sets aside the order of another",
         "A Bench of Justice Alok Mehrotra set aside an order of the Jharkhand High Court.\n\n"
         "\"Apprehensions are not evidence,\" the Bench observed.\n",
         {"speaker": None}),
    case("a pronoun after someone unnamed whom an apposition sets apart is no one named",
         "Union president Shawn Pruitt said he left early.\n\n"
         "Another worker, leaving the parking lot at the end of the shift, rolled down his window. \"Four hundred "
         "and fifty families,\" he said, and drove off.\n\n"
         "One father at the meeting, who did not give his name, read aloud his daughter's text.\n\n"
         "\"Dad, if something happens, tell Mom I am sorry about the car,\" he read.\n",
         {"speaker": None}, {"speaker": None}),
    case("\"by X, who wrote:\": the one the relative clause follows, not the sentence's subject",
         "Labour spokeswoman Siobhan Rafferty spoke.\n\n"
         "She read from a letter sent to her by a probationer in Renfrewshire, who wrote: \u2018I have applied for 41 jobs.\u2019\n\n"
         "She also read from a letter sent to her by Dr Ewan Clark, who wrote: \u2018The posts are not there.\u2019\n",
         {"speaker": None, "speaker_mention": "a probationer in Renfrewshire"},
         {"speaker": "Ewan Clark"}),
    case("\"the company\" is the business the sentence before reports, not a source's employer or law firm named since",
         "Northcourt Mobile faces a class action over a fee.\n\n"
         "Sandhu's lawyer, Miriam Goldfarb of the Toronto firm Goldfarb Reyes LLP, said the class could recover $200 million.\n\n"
         "Northcourt said in a statement that it was disappointed. \"Certification is a procedural step,\" the company said.\n",
         {"speaker": "Northcourt Mobile"}),
    case("\"the company\" is not a source's employer named as a sentence's subject",
         "Cerulean Semiconductor Inc forecast revenue below estimates on Wednesday.\n\n"
         "On the call, Harbor Point Securities analyst Melissa Tran pressed executives on AI spending.\n\n"
         "Cerulean also announced a buyback. \"Our balance sheet gives us the flexibility to invest,\" the company said.\n",
         {"speaker": "Cerulean Semiconductor Inc"}),
    case("\"Nana\", an Akan chief's title, is no part of the name, but a stool name with its numeral keeps it",
         "The chief fisherman of Moree, Nana Kwesi Annan, said the trawlers came at night.\n\n"
         "\"We see their lights from the beach,\" Nana Annan said.\n\n"
         "The Omanhene, Nana Kobina Ebu Amissah V, called for calm. \"We will not fight over the beach, and nobody should,\" Nana Kobina Ebu Amissah V said.\n",
         {"speaker": "Kwesi Annan", "speaker_mention": "Nana Annan"},
         {"speaker": "Nana Kobina Ebu Amissah V"}),
    case("an initial, a given name and a surname after a title the lists do not know",
         "Minister for Bengaluru Development K. Sridhar Gowda said officials would fix responsibility.\n\n"
         "\"Penalties will follow,\" Mr. Sridhar Gowda said.\n",
         {"speaker": "K. Sridhar Gowda", "speaker_mention": "Mr. Sridhar Gowda"}),
    case("\"Clr\", a councillor's title written short",
         "Gweru Mayor Clr Hamutendi Dzingai said council was ready. \"We have identified land,\" the mayor said.\n",
         {"speaker": "Hamutendi Dzingai"}),
    case("\"the PPRO\": the police spokesperson, whose rank gives way to the apposition before it",
         "Confirming the protest, the Oyo State Police Command spokesperson, DSP Kehinde Olaoluwa-Bankole, said officers "
         "were deployed.\n\n"
         "\"No arrest was made,\" the PPRO said.\n",
         {"speaker": "Kehinde Olaoluwa-Bankole", "role": "Oyo State Police Command spokesperson"}),
    case("a description of a body is the one its noun heads, and that holds the description's words",
         "Staff at the University of Cambridge backed strikes, in a ballot of the Cambridge branch of the University and "
         "College Union (UCU).\n\n"
         "\"This vote is a last resort,\" the union said. The university said it was \u201cdisappointed by the ballot result\u201d.\n\n"
         "The Snake Bend County Fair Board met after the Snake Bend County Board of Commissioners froze its money.\n\n"
         "\"The fair will go on as scheduled,\" the fair board said.\n",
         {"speaker": "University and College Union"},
         {"speaker": "University of Cambridge"},
         {"speaker": "Snake Bend County Fair Board"}),
    case("an age refers back to the speaker, not to kin a relative clause of theirs names",
         "Chief financial officer Sunitha Rao said margins held.\n\n"
         "Speaking in Hyderabad on Wednesday, founder-chairman Dr N Venkateswara Rao, whose daughter Sunitha is the "
         "company's CFO, said Deccan would not chase acquisitions.\n\n"
         "\"We build a hundred small bridges,\" the 78-year-old said.\n",
         LAST, {"speaker": "N Venkateswara Rao"}),
    case("a Hansard's turns: an initial and a surname, \"Hon.\" before a minister's",
         "Housing Minister Amrit Sahota and critic Colleen Dufresne clashed. The exchange, as recorded in Hansard:\n\n"
         "C. Dufresne: Hon. Speaker, can the minister tell the people of Kelowna where the shovels are?\n\n"
         "Hon. A. Sahota: Hon. Speaker, the shovels are in Surrey.\n\n"
         "C. Dufresne: Only 600 homes have permits.\n\n"
         "Hon. A. Sahota: My answer to every mayor is the same: \"Approve the permits, and we will build.\"\n",
         {"speaker": "Amrit Sahota"}),
    case("titles written short without their full stop (\"Brig Gen\", \"Det Gda\"), but \"Gen\" alone is a given name",
         "Task force commander Brig Gen Kwabena Adu-Gyamfi said 40 excavators were seized. \"We will not stop,\" "
         "Brig Gen Adu-Gyamfi said.\n\n"
         "Det Gda Emmet Hanrahan told the court the invoices were false. \"They were all backdated,\" Det Gda Hanrahan said.\n\n"
         "Japanese Defence Minister Gen Nakatani said his country would help. \"No country can be an outsider,\" Nakatani said.\n",
         {"speaker": "Kwabena Adu-Gyamfi"}, {"speaker": "Emmet Hanrahan"}, {"speaker": "Gen Nakatani"}),
    case("a Setswana chief's title, and a barrister's letters after her name",
         "Kgosi Mothusi Kebonang told the kgotla the cordon would stay. \"Our cattle come first,\" Kgosi Kebonang said.\n\n"
         "Gráinne Mac Eoin BL, for the accused, said he had repaid the money. \"He has lost everything,\" Ms Mac Eoin said.\n",
         {"speaker": "Mothusi Kebonang"}, {"speaker": "Gráinne Mac Eoin"}),
    case("a post's initials after \"the\" are no organisation, even where the text spells the post out",
         "The board suspended the club's Chief Executive Officer, Mr Kwadwo Sarfo-Mensah. The club's statement said the "
         "CEO had been suspended.\n\n"
         "\"The Board wishes to assure the supporters of its commitment,\" the statement said.\n",
         {"speaker": Not("Chief Executive Officer")}),
    case("a date's month written short, and the body a letter went to, are not its author",
         "Residents objected to the solar farm.\n\n"
         "A Feb. 20 letter from the company to the Select Board promised \"to guarantee that the site is restored.\"\n",
         {"speaker": None}),
    case("a news agency's credit in capitals closing a story is no signature",
         "Qhwesha said the alliance would meet on Wednesday.\n\n"
         "\"If the City comes to the table with something real, we will talk.\"\n\n"
         "- ANA\n",
         {"speaker": Not("ANA")}),
    case("a title's last words before the full name of someone named are no part of the name",
         "Deputy Minister of Fisheries and Aquatic Resources Nalin Perera, who visited the harbour on Sunday, assured the "
         "fishermen that dredging would begin \u201cwithin the next three weeks\u201d.\n",
         {"speaker": "Nalin Perera"}),
    case("a nickname the text says is someone's names them, the full name canonical",
         "At 71, Tess Arsenault is still the last one to put the fiddle down\n\n"
         "HALIFAX \u2014 The first thing you notice in Theresa Arsenault\u2019s North End kitchen is the fiddles.\n\n"
         "Arsenault, 71, whom everyone calls \u201cTess,\u201d picks one up and tunes it.\n\n"
         "\u201cI don\u2019t trust a fiddle I haven\u2019t played that morning,\u201d she says.\n",
         LAST, {"speaker": "Theresa Arsenault"}),
    case("a surname before a suffix stands for the name alone; an attorney's title written short",
         "Engr. Rodolfo Santiago Jr., president of Metro Star Rail Corp., defended the company's record.\n\n"
         "\"We are running 18 train sets at peak hours,\" said Santiago.\n\n"
         "Atty. Elmer Bautista, the board's chair, closed the hearing. \"We will issue a resolution within 60 days,\" "
         "Bautista said.\n",
         {"speaker": "Rodolfo Santiago Jr."}, {"speaker": "Elmer Bautista"}),
    case("a sector right after a title's \"for\" is its portfolio",
         "DOTr Undersecretary for Railways Ma. Teresa Dimaculangan said the line had not had a fare rise since 2015.\n\n"
         "\"The government is subsidizing every trip,\" Dimaculangan told the board.\n",
         {"speaker": "Ma. Teresa Dimaculangan"}),
    case("two words, then \"of\" and one, are a body's name unless a first name or a country says a person",
         "In a statement issued on Friday, Accra Hearts of Oak said the board retained \u201cfull confidence\u201d in the coach.\n",
         {"speaker": "Accra Hearts of Oak"}),
    case("a title given to one of several bearers of a surname picks them",
         "Nana Kwadwo Agyei Boakye II was restrained from acting as chief. Opanin Yaw Boakye, an elder of the family, "
         "filed the suit.\n\n"
         "Opanin Boakye said the matter had gone to court only because the elders failed. \"This is not about one man,\" he said.\n",
         {"speaker": "Yaw Boakye"}),
    case("a union's local by its number",
         "A spokesperson for CUPE Local 59, which represents the city's equipment operators, said the union welcomed the money.\n\n"
         "\"Our members will clear whatever council pays them to clear,\" the spokesperson said.\n",
         {"speaker": "CUPE Local 59"}),
    case("a title alone in a deck is no one's name",
         "Toronto broker sentenced to seven years\n\n"
         "Judge says Marco DeSantis \u2018stole from people who trusted him at their kitchen tables\u2019\n\n"
         "TORONTO \u2014 A broker was sentenced on Monday.\n",
         {"speaker": Not("Judge")}),
    case("kin who has spoken since is no longer in passing",
         "Kyle Bannerman, 29, died in the bin. His younger brother, Cole Bannerman, read a statement.\n\n"
         "\"Kyle was the guy who fixed everybody's truck,\" Cole Bannerman said.\n\n"
         "Their mother, Brenda Bannerman, has attended every day. Outside the courthouse, she said the testimony was "
         "\"like losing him a second time.\"\n\n"
         "\"I want some other mother to never get the phone call I got,\" Bannerman said.\n",
         LAST, {"speaker": "Brenda Bannerman"}),
    case("\"X's Surname\": of namesakes, the one whose role names X",
         "\u201cWe are not going to pour concrete into a weak market,\u201d chief executive Nathalie Bouchard told analysts.\n\n"
         "\u201cIs there a price at which you press go?\u201d asked Daniel Bouchard, a mining analyst at Laurentian Capital "
         "Markets, who is not related to the chief executive.\n\n"
         "Laurentian's Bouchard wrote in a note that the pause was \u201cthe right call, made about six months late,\u201d "
         "and cut his target.\n",
         LAST, {"speaker": "Daniel Bouchard"}),
    case("a comparative adjective is no title, and where a body is based no name of its own",
         "Superior Grain Terminals said in a statement that it had rewritten its entry procedures. \"Safety is our first "
         "priority,\" the statement said.\n",
         {"speaker": "Superior Grain Terminals"}),
    case("a spokesperson for a body that lists its fields with \"and the\"",
         "The Minister for Agriculture, Food and the Marine, Dara O Fearghail, called the deal the best available.\n\n"
         "A spokeswoman for the Department of Agriculture, Food and the Marine said the Minister would meet the industry "
         "\u201cbefore Christmas\u201d.\n",
         LAST, {"speaker": "Department of Agriculture, Food and the Marine"}),
    case("a name as the text writes it, over a headline's capitals",
         "ALLTYR Steel will cut 380 jobs at its Newport plant.\n\n"
         "Alltyr Steel, which is owned by Meridian Metals, will publish its results next month.\n\n"
         "The company said the furnace would \u2018secure steelmaking in Newport for a generation\u2019.\n",
         {"speaker": "Alltyr Steel"}),
    case("given names alone open a fuller name, unless its rest is a word the text writes in lower case",
         "Ida Mae Couch rode the packhorse route for six years.\n\n"
         "\"Gave Dolly back to Mr. Turner. Nobody to carry the books,\" Ida Mae wrote in her diary.\n",
         {"speaker": "Ida Mae Couch"}),
    case("Swahili \"Bi\" before a given name, of a name kept aside",
         "At low tide, Mwanaisha Juma Haji walks almost a kilometre out across the sand flats of Paje, on the east coast "
         "of Unguja, before the water reaches her knees.\n\n"
         "\u201cThe shallow water has become too hot,\u201d says Bi Mwanaisha, 46.\n",
         {"speaker": "Mwanaisha Juma Haji"}),
    case("where a post was posted, and an unnamed resident of a place, are not its author",
         "Relief was slow to arrive. A widely shared Facebook post from a resident of Barangay Sooc read: \"Where is the "
         "relief? It has been three days.\"\n",
         {"speaker": None}),
    case("Shona \"Ambuya\" and \"Maulana\" are honorifics",
         "Ambuya Mavis Chidzikwe, 78, has lived by the river all her life. \u201cThe water will take my garden,\u201d "
         "Ambuya Chidzikwe said.\n\n"
         "Maulana Abdul Qadir, who leads the mosque committee, urged parents to vaccinate. \"The drops are halal,\" "
         "Maulana Abdul Qadir said.\n",
         {"speaker": "Mavis Chidzikwe"}, {"speaker": "Abdul Qadir"}),
    case("a club's name may open with a possessive",
         "King\u2019s Park Athletic FC said in a statement that it would ban the fan for life. \u201cThere is no place "
         "for this at our ground,\u201d the statement said.\n",
         {"speaker": "King\u2019s Park Athletic FC"}),
    case("whom an announcement went to is not its author",
         "HOST: Your announcement to the ASX on Friday said output would fall. \"We are pausing the mill,\" your "
         "announcement to the ASX said.\n",
         {"speaker": Not("ASX")}),
    case("a player's position before a name is a title",
         "KOLKATA: Winger Lalrinmawia struck twice as Maidan Mariners came from behind. \"The second goal was for the fans,\" "
         "Lalrinmawia said.\n\n"
         "Prop Sione Hufanga, Tevita's older brother, faces a charge. \"I'll take what comes,\" Sione Hufanga said.\n",
         {"speaker": "Lalrinmawia"}, {"speaker": "Sione Hufanga"}),
    case("Zulu and Sotho \"Gogo\", and a Ghanaian municipal chief executive's initials",
         "Gogo Dikeledi Nthako, 74, carries water up the hill every day. \"We are old,\" she said.\n\n"
         "The Municipal Chief Executive, Daniel Kwame Asante, imposed a curfew. \"Nobody will be allowed out after "
         "dark,\" the MCE said.\n",
         {"speaker": "Dikeledi Nthako"}, {"speaker": "Daniel Kwame Asante"}),
    case("a possessive's phrase is no name",
         "HOST: The volunteers paint the potholes. Their website says, \u201cWe will keep painting until the council "
         "keeps fixing.\u201d\n",
         {"speaker": Not("Their website")}),
    case("a participle of speaking opening a sentence is no name",
         "The state's water exco member, Lim Wei Jie, was asked about the cuts.\n\n"
         "Responding, the exco member said a new alert system would be launched in January.\n\n"
         "\u201cEvery account holder will receive a notice at least 24 hours before any cut.\u201d\n",
         {"speaker": Not("Responding")}),
    case("an initial without its full stop and a surname",
         "Tevita Fifita, 23, scored twice. His brother, Sione Fifita, watched from the stands.\n\n"
         "\u201cHonestly, I just run where I'm told,\u201d said T Fifita.\n",
         {"speaker": "Tevita Fifita"}),
    case("a title's portfolio with \"and\", then the name, after the verb",
         "\"This is hard,\" said Minister for Housing and Local Government Darragh Byrne.\n",
         {"speaker": "Darragh Byrne", "role": "Minister for Housing and Local Government"}),
    case("East African honorifics (Amharic \"Ato\", Swahili \"Mzee\", \"Hajjat\") are no part of the name",
         "Ato Tadesse Gemechu, who manages a washing station in Agaro, said farmers were worried.\n\n"
         "Mzee Josphat Ombati, 71, has grown tea since 1983. \"What is left for school fees?\" Mzee Ombati said.\n\n"
         "\"Some will plant maize instead,\" Tadesse said.\n",
         {"speaker": "Josphat Ombati", "speaker_mention": "Mzee Ombati"},
         {"speaker": "Tadesse Gemechu", "speaker_mention": "Tadesse"}),
    case("an engineer's title between a long title and a name, and the name's own \"Md\"",
         "Chief Inspector of Boilers Engr Md Shafiqul Islam said the boiler had been condemned. "
         "\"The certificate expired in June,\" he said.\n",
         {"speaker": "Md Shafiqul Islam", "speaker_mention": "he"}),
    case("a compound role (\"officer-in-charge\") is a role, and its initials (\"the OC\") name its holder",
         "Md Nurul Amin, officer-in-charge of Fatullah Model Police Station, said a case had been filed.\n\n"
         "\"Nobody has been arrested yet,\" the OC said.\n",
         {"speaker": "Md Nurul Amin", "speaker_mention": "the OC"}),
    case("an apposition that ends its sentence says what an organisation is, and \"the company\" is the one the sentence before names",
         "The protest has halted shipments from Ccoyllur, which is operated by Qullqi Orqo, a unit of China's Jinhe Mining Group.\n\n"
         "Qullqi Orqo said in a statement late on Tuesday that it had invested heavily in local projects.\n\n"
         "\"The blockade is putting jobs at risk,\" the company said in the statement.\n",
         {"speaker": "Qullqi Orqo", "speaker_mention": "the company"}),
    case("a Spanish or Malay word for a company or a body opens an organisation's name",
         "The mine is a unit of Jinhe Mining Group. Minera Cerro Azul said on Tuesday that it had invested heavily. "
         "\"We remain committed to dialogue,\" the company said.\n",
         {"speaker": "Minera Cerro Azul", "speaker_mention": "the company"}),
    case("a road named for someone is no one, and a police command is an organisation",
         "The Kano State Police Command said 23 people had been arrested after youths set bonfires on Ibrahim Taiwo Road.\n\n"
         "\"Anyone with a genuine grievance is free to protest, but within the law,\" the command said in the statement.\n",
         {"speaker": "Kano State Police Command", "speaker_mention": "the command"}),
    case("Sarawak's title of honour \"Datu\" is no part of the name, whose given names alone then name the person",
         "Forest Department Sarawak director Datu Ahmad Rosli Jaini said the roads had been checked.\n\n"
         "\"Some of the roads do not match,\" Ahmad Rosli said.\n",
         {"speaker": "Ahmad Rosli Jaini", "speaker_mention": "Ahmad Rosli"}),
    case("a Malaysian company's legal ending (\"Bhd\") ends an organisation's name, which \"it\" then stands for",
         "Baram Rivers Alliance coordinator Celine Lah called the suspension a first step.\n\n"
         "In a filing with Bursa Malaysia yesterday, Kayan Jaya's parent company, Borneo Ridge Holdings Bhd, said the suspension would affect its output.\n\n"
         "\"The group has at all times complied with the terms of its licence,\" it said in the filing.\n",
         {"speaker": "Borneo Ridge Holdings Bhd", "speaker_mention": "it"}),
    case("the clause that reports is no lead-in: its subject opens the sentence, and a name set beside its object is the object's",
         "Penang Island City Council has issued a stop-work order on the site. In a statement on Monday, the council said the developer, "
         "Pinang Emas Land Sdn Bhd, had approval only to repair the roofs.\n\n"
         "\"No application for demolition was received,\" the statement said.\n",
         {"speaker": "Penang Island City Council", "speaker_mention": "the statement"}),
    case("a document by an organisation described first (\"the Morelia-based group X\") is that organisation's",
         "A 2025 report by the Morelia-based group Bosque Vivo estimated that orchards had replaced 9,000 hectares of forest.\n\n"
         "\"Every bowl of guacamole has a piece of Michoacan's forest in it,\" the report said.\n",
         {"speaker": "Bosque Vivo", "speaker_mention": "the report"}),
    case("a body named for the fields it lists, after \"the\", is one body, with no acronym after it",
         "The Climate Change, Environment and Infrastructure Committee said bus services had fallen by a third.\n\n"
         "\"Too many communities now have a bus on market day and nothing else,\" the committee said.\n",
         {"speaker": "Climate Change, Environment and Infrastructure Committee", "speaker_mention": "the committee"}),
    case("an acronym with the name's own last word after it, and an acronym of dotted initials, name the body in full",
         "The Confederation of Passenger Transport Cymru (CPT Cymru), which represents bus operators, welcomed the report. "
         "\"Operators want to run more buses,\" a CPT Cymru spokesperson said.\n\n"
         "The U.S. Department of Agriculture halted inspections on Jan. 19. \"We will not put our employees at risk,\" a USDA spokesperson said.\n",
         {"speaker": "Confederation of Passenger Transport Cymru"}, {"speaker": "U.S. Department of Agriculture"}),
    case("a body named for what it is of, a title's words and all, is an organisation (\"the Office of the Solicitor General\")",
         "In a brief statement yesterday, the Office of the Solicitor General said it had \"received the judgment and is studying it\".\n",
         {"speaker": "Office of the Solicitor General", "speaker_mention": "the Office of the Solicitor General"}),
    case("a verb's clause before a role and a name is no title: the subject after an opening phrase is the organisation",
         "The Melbourne Storm beat the Dolphins 30-12 on Friday.\n\n"
         "In a statement on Saturday afternoon, the Storm confirmed that winger Jonah Petersen would miss four to six weeks.\n\n"
         "“Jonah will be assessed weekly by the club’s medical staff,” the statement said.\n",
         {"speaker": "Melbourne Storm", "speaker_mention": "the statement"}),
    case("in a transcript's turn, a passage the turn reports another as saying is theirs, not the turn speaker's",
         "LOCKWOOD: Vikram, thanks for coming in. The Northwold Supporters' Trust put out a statement on Monday that said, "
         "\"Fans have been told nothing about who these investors are.\" Is that fair?\n\nSETHI: No, it is not.\n",
         {"speaker": "Northwold Supporters' Trust"}),
    case("texting and emailing are reporting verbs",
         "Q. Your dad, Ray Salcedo, played linebacker here. What did he tell you after the game?\n\n"
         "MATEO SALCEDO: He texted me, \"Proud of you. Watch the safety next time.\"\n",
         {"speaker": "Ray Salcedo", "speaker_mention": "He", "cue": "texted"}),
    case("a caller or a reader by a first name and where they write from (\"Brendan in Whanganui says\")",
         "KEREAMA: We've had a lot of texts on this. Brendan in Whanganui says, 'My wife's a nurse and I back her.' What do you say to Brendan?\n\n"
         "POUTAMA: I understand.\n",
         {"speaker": "Brendan", "speaker_mention": "Brendan", "cue": "says"}),
    case("turn labels in capitals with accents and an Irish surname's particle",
         "NÍ CHONAILL: Good morning. I'll give a short update.\n\n"
         "Ó DUBHGHAILL: The master, Captain Rolf Brekke, radioed the harbour office and said, \"We have lost steering.\" "
         "I spoke to him myself and said, \"Drop both anchors.\"\n",
         {"speaker": "Rolf Brekke"}, {"speaker": "Ó Dubhghaill"}),
    case("a trade named by a compound (\"Barmaid\") is a title before a name, and dotted initials after a title open the name",
         "Barmaid Kirsty Laing, 24, told the court she saw the assault. \"I was looking right at them,\" Miss Laing said.\n\n"
         "Central Province Private Bus Owners' Association President W.M. Sunil Bandara said buses had stayed in their depots. "
         "\"A bus that waits six hours for diesel is a bus that earns nothing,\" Mr. Bandara said.\n",
         {"speaker": "Kirsty Laing"}, {"speaker": "W.M. Sunil Bandara"}),
    case("a Maasai \"ole\" inside a name, and a member's portfolio before a name",
         "Senior Counsel Kioko Mutua said his client would study the judgment.\n\n"
         "Association chairman Joseph ole Sankale, 63, said the community had raised Sh4 million. \"Today the court has given them back their land,\" he said.\n\n"
         "Ms Nyokabi Wairimu, who represented the residents, said the ruling would help others.\n\n"
         "Kajiado County Executive Committee Member for Lands Naserian Tome said the county would build classrooms. "
         "\"We have the money in this year's budget,\" she said.\n",
         {"speaker": "Joseph ole Sankale", "speaker_mention": "he"}, {"speaker": "Naserian Tome", "speaker_mention": "she"}),
    case("\"her father\" is the man of either part of her double-barrelled surname",
         "Kari Hansen-Ruiz, 44, runs the farm with her father, Delbert Hansen, 71.\n\n"
         "\"Prices are softer than last year,\" says Travis Bingham, the commission's director.\n\n"
         "\"Dad says he's retiring every October,\" Hansen-Ruiz says.\n\nHer father laughs.\n\n"
         "\"I'll retire when the potatoes stop coming up,\" he says.\n",
         LAST, {"speaker": "Delbert Hansen", "speaker_mention": "he"}),
    case("an apposition holds an initial's full stop (\"from L.B. Nagar\")",
         "\"We have written to the government twice,\" Mr. Iyengar said.\n\n"
         "N. Ravi Kiran, a second-year engineering student from L.B. Nagar, said students should be given a concession pass.\n\n"
         "\"The Metro gives us nothing,\" he said.\n",
         LAST, {"speaker": "N. Ravi Kiran", "speaker_mention": "he"}),
    case("a caller's greeting with a title names the one \"you\" addresses; a moderator's vocative with a title and a surname names a debater known by a turn's label",
         "Mayor Nosipho Maqubela joined Bay Talk on Tuesday.\n\n"
         "ADAMS: Let's go to the phones. Thandiwe in Motherwell, you're on Bay Talk.\n\n"
         "CALLER: Good morning, Mayor. In July you stood in our community hall and you said, \"There will be no more outages by September.\"\n\n"
         "MAQUBELA: I did say that.\n",
         {"speaker": "Nosipho Maqubela", "speaker_mention": "you"}),
    case("\"The elder X\" in the narration is the elder of the family, whom the next sentence's pronoun and the quotation after it go on naming",
         "Travis Koehn has been in the cab since 11. It's his father, Gary Koehn, on the radio.\n\n"
         "\"Test weights are good,\" says Dale Unruh, the elevator's manager.\n\n"
         "The elder Koehn has told his son this will be his last summer in the cab. He has said that before.\n\n"
         "\"I said it in 2019 and I said it last year. Travis doesn't believe me.\"\n",
         LAST, {"speaker": "Gary Koehn"}),
    case("a body named for what it is for, before a spokesperson, is the body the spokesperson speaks for",
         "Councils will get more money for roads.\n\n"
         "\"We are giving councils in England more than £1.6 billion,\" a Department for Transport spokesperson said.\n\n"
         "\"We are in close contact with the company,\" a Department for Business and Trade spokesperson said.\n",
         {"speaker": "Department for Transport"}, {"speaker": "Department for Business and Trade"}),
    case("kin before a team's name and a position (\"his older brother, Dolphins lock X\") tells the elder of two brothers",
         "The match pitted Cowboys second-rower Manu Tago against his older brother, Dolphins lock Pita Tago, for the first time.\n\n"
         "\"He's always been the one who talks. I just tackle,\" said the elder Tago.\n",
         {"speaker": "Pita Tago", "speaker_mention": "the elder Tago"}),
    case("an organisation's description stands for the organisation the sentence before reports, whatever its name holds",
         "Hawks skipper Jarrod Pennell said the group had responded well.\n\n"
         "In a statement after the game, Hawthorn said defender Sam Ortuzar had passed a concussion test.\n\n"
         "“Sam was assessed by our medical staff at half-time and passed all tests,” the club said.\n",
         {"speaker": "Hawthorn", "speaker_mention": "the club"}),
    case("a document a name owns (\"The City of Regina's budget report\") is that organisation's",
         "Regina city council approved the police budget on Wednesday.\n\n"
         "The City of Regina's budget report, presented to council on Wednesday, says the increase will add $58 to the tax bill.\n\n"
         "\"The police budget is the largest driver of the mill rate increase,\" the report says.\n",
         {"speaker": "City of Regina", "speaker_mention": "the report"}),
    case("a directorate is an organisation, whose outlook speaks for it",
         "Barge traffic has stalled on the Paraguay river.\n\n"
         "Paraguay's Directorate of Meteorology and Hydrology said in its latest seasonal outlook that rainfall was likely to remain below normal.\n\n"
         "\"The probability of a significant recovery in river levels before December is low,\" the outlook said.\n",
         {"speaker": "Directorate of Meteorology and Hydrology", "speaker_mention": "the outlook"}),
    case("a turn's opening vocative is no speaker, and a document with its year (\"OSHA's 2023 inspection report\") speaks for its owner",
         "WIERZBICKI: I've read the citation. OSHA's 2023 inspection report says, \"The facility's alarms were not tested at the required intervals.\"\n\n"
         "REPORTER: Chief, a statement from Riverside Cold Storage this morning says its employees \"followed every emergency procedure.\" Has the company cooperated?\n\n"
         "WIERZBICKI: They have.\n",
         {"speaker": "OSHA"}, {"speaker": "Riverside Cold Storage"}),
    case("a Malay given name opening with \"Nor\" or \"Abdul\", and a ward's post initials (\"MCA\") as a title",
         "Bukit Naning assemblywoman Nor Aziah Yusof questioned the dividends. \"Why must the makcik in Muar pay?\" Nor Aziah said.\n\n"
         "Speaker Abdul Rahim Salleh called for order. \"Yang Berhormat, one at a time,\" Abdul Rahim said.\n\n"
         "Likoni MCA Hamisi Mwatsuma told the House the budget was unchanged. \"We sent them back a budget with clear instructions,\" Mr Mwatsuma said.\n",
         {"speaker": "Nor Aziah Yusof"}, {"speaker": "Abdul Rahim Salleh"}, {"speaker": "Hamisi Mwatsuma"}),
    case("an unnamed person, however long the apposition, is no one a pronoun names",
         "Health Minister Josie Osborne urged both sides to reach a deal.\n\n"
         "One emergency-room nurse, who asked not to be named because she was not authorized to speak "
         "publicly, said she had worked 14 double shifts since January. “I love this job,” she said.\n",
         LAST, {"speaker": None, "speaker_mention": "she"}),
    case("the spokesperson no one named speaks for the organisation just named",
         "The Canadian Coast Guard said the leak had been contained. A spokesperson said crews would "
         "keep skimming.\n\n“We expect the sheen to be gone within days,” the spokesperson said.\n",
         {"speaker": "Canadian Coast Guard", "speaker_mention": "the spokesperson"}),
    case("a perfect tense of a reporting verb is a cue",
         "As the columnist Louella Parsons had written just a few years earlier, “We just "
         "couldn't have a motion picture industry without him.”\n",
         {"speaker": "Louella Parsons", "cue": "had written"}),
    case("no one's name takes the: one capitalised word after it is an organisation",
         "“The figures do not add up,” the Guardian said.\n",
         {"speaker": "Guardian", "speaker_mention": "the Guardian"}),
    case("a first name before the surname of a person the text named is another of that family, a person",
         "Mererid Huws, who runs a guest house in Mumbles with her husband, said bookings were down. "
         "\u2018People ring up and ask about the levy first,\u2019 she said.\n\n"
         "Cllr Gareth Pritchard called the vote a mistake.\n\n"
         "Dewi Huws was more philosophical. \u2018We\u2019ll survive. We survived Covid,\u2019 he said.\n",
         LAST, {"speaker": "Dewi Huws", "via": "pronoun"}),
    case("whoever the words before it, one who gave a name alone is a person of that pronoun's gender",
         "Dr Florence Mwangi, the clinic's director, said the queue started at dawn.\n\n"
         "A second-year Law student, who gave her name only as Wanjiru, said she had waited since six. "
         "\"They tell us to come back tomorrow, every day,\" she said.\n",
         LAST, {"speaker": "Wanjiru", "via": "pronoun"}),
    case("a pronoun six sentences of narration past the last name and pronoun of its gender, not the story's subject, is no one",
         "Marta Ilves, the festival's director, opened the programme on Friday. \"We sold out in a week,\" Ilves said.\n\n"
         "Peeter Saar, the city's culture officer, said the council would pay for the stage. \"It is money well spent,\" "
         "Saar said.\n\nMs Ilves said the programme was the longest yet.\n\n"
         "The stage was built in 2019. It cost 40,000 euros. The roof was added later. Crowds grew each year. "
         "Tickets now sell online. The square holds 3,000 people.\n\n"
         "At the gate, a steward in an orange vest waved the queue through. \"Keep moving, please,\" he said.\n",
         LAST, {"speaker": None}),
    case("a pronoun far past every name still stands for the story's subject",
         "Anu Tamm has kept bees in Hiiumaa for forty years. Tamm sells honey at the Kärdla market. "
         "\"The bees know me,\" Tamm said. Her neighbour, Jaan Kask, helps in summer.\n\n"
         "The island has 9,000 people. Winters are long. The ferry takes an hour. Roads close in storms. "
         "The market opens at eight. Prices rose last year.\n\n"
         "\"Honey does not lie about the weather,\" she said.\n",
         LAST, {"speaker": "Anu Tamm"}),
    case("a post's noun is the one whose post it is before one whose rank makes it another post",
         "Harbour Town manager Gordon Leckie named an unchanged side on Friday.\n\n"
         "Assistant manager Craig Leckie, his brother, returns from a touchline ban.\n\n"
         "\"He has learned his lesson,\" the manager said.\n",
         LAST, {"speaker": "Gordon Leckie", "via": "description"}),
    case("a post's noun is one whose rank makes it another post where no one else holds it",
         "Assistant coroner Helen Marr recorded a conclusion of accidental death on Tuesday.\n\n"
         "\"This junction has now seen two deaths,\" the coroner said.\n",
         LAST, {"speaker": "Helen Marr", "via": "description"}),
    case("a headline's passage the story quotes again is the words of whom the story credits them to",
         "\u2018We cannot keep paying more for less\u2019 \u2014 pensioners at tariff hearing\n\n"
         "Regulator to rule on power prices next month\n\n"
         "Dozens of residents queued to speak at the hearing in Soweto on Tuesday.\n\n"
         "\u201cWe cannot keep paying more for less,\u201d said Nomvula Dube, a pensioner from Orlando East.\n",
         {"speaker": "Nomvula Dube"}, {"speaker": "Nomvula Dube"}),
    case("a headline naming a body keeps it, though its spokesperson says the words below",
         "Union: \u2018a kick in the teeth for every worker\u2019\n\n"
         "Dockyard jobs at risk\n\n"
         "Up to 300 jobs are at risk at the yard, Unite said on Monday.\n\n"
         "Unite regional officer Tom Keast called the plan \u2018a kick in the teeth for every worker\u2019.\n",
         {"speaker": None}, {"speaker": "Tom Keast"}),
    case("a day after the name of the body a document is issued by is when, no part of its name",
         "A statement issued by the Western Region Inshore Fishers' Association on Tuesday urged members to stay ashore. "
         "\"Safety comes before the catch,\" the statement said.\n",
         LAST, {"speaker": "Western Region Inshore Fishers' Association", "via": "document"}),
    case("a title and a post of a place after \"the\" in apposition is the post of the name before it",
         "Tetteh Ankrah, the Chief Fisherman of Jamestown, said his people backed the ban \"in principle\" "
         "but wanted relief.\n",
         LAST, {"speaker": "Tetteh Ankrah", "via": "description"}),
    case("a line of capitals before a name is a heading, no part of it",
         "NEWS PROVIDED BY\nLakehead Children's Hospital Foundation\n\nApr 22, 2026, 09:00 ET\n\n"
         "THUNDER BAY, ON - Lakehead Children's Hospital Foundation today announced a gift of $2 million.\n\n"
         "\"Every dollar stays in the region,\" the Foundation said.\n",
         LAST, {"speaker": "Lakehead Children's Hospital Foundation"}),
    case("a name's word in capitals is written as the text writes it elsewhere",
         "MUTARE City Council has cut water supplies to 60 hours a week. Residents of Mutare queued at boreholes.\n\n"
         "\"Boil all water from unprotected sources,\" the council said.\n",
         LAST, {"speaker": "Mutare City Council"}),
    case("of namesakes, a surname alone is the one the narration never calls by an honorific of their gender",
         "Dylan Rees, 44, is accused of setting fire to Rees's Chippy in Morriston.\n\n"
         "The defendant's wife, Carys Rees, 41, told the court her husband had been 'very low'.\n\n"
         "'I wish I had asked him,' Mrs Rees said.\n\n"
         "In a statement to police, Rees said: 'I did not start this fire.'\n",
         LAST, {"speaker": "Dylan Rees"}),
    case("of namesakes of one gender, an honorific tells none of them apart",
         "Craig Laing, 31, admitted assaulting Calum Laing at the stadium.\n\n"
         "In a statement read to the court, Mr Laing said: 'I have never felt unsafe until that day.'\n\n"
         "Asked whether he understood the order, Laing replied: 'Yes, my lady.'\n",
         LAST, {"speaker": "Craig Laing"}),
    case("\"Pa\", an elderly man's title of respect in West African news, is no part of his name",
         "An elderly fisherman, Pa Tamunoemi Briggs, 74, said he had never seen the creek so black.\n\n"
         "\"My father fished here before me,\" Pa Briggs said.\n",
         LAST, {"speaker": "Tamunoemi Briggs"}),
    case("a few quoted words that the verb of saying or describing of their sentence's subject governs are the subject's",
         "Mayor Dana Hollis, who campaigned on late buses, called the vote \"a promise kept.\"\n\n"
         "In a statement, the Eastern Valley Health Trust said it accepted the findings and was "
         "\u2018deeply sorry\u2019.\n",
         {"speaker": "Dana Hollis", "via": "name", "cue": "called"},
         {"speaker": "Eastern Valley Health Trust", "via": "name", "cue": "said"}),
    case("what a subject calls a thing, a name, and words another clause names, are terms",
         "Ama Owusu calls the colour \u201cKumasi blue\u201d and keeps the recipe to herself.\n\n"
         "Owusu said the group, which calls itself \u201cthe potters' circle\u201d, meets on Fridays.\n",
         ),
    case("the words after \"what X called\" are X's",
         "Ward councillor Peter Ondieki moved the motion on Tuesday.\n\n"
         "The assembly passed the bill after a walkout against what Ondieki called a \"tax on every farmer\".\n",
         {"speaker": "Peter Ondieki", "cue": "called"}),
    case("a comma in the clause a subject's verb of saying governs keeps the words the subject's; a category the clause names is a term",
         "The Lake Country Tea Board said in a statement on Monday that exports stood at 189 million kilos, "
         "\"broadly in line\" with last year.\n\n"
         "The BC Wildfire Service says the fire has grown to 3,900 hectares and has been classified as a "
         "\u201cwildfire of note\u201d.\n",
         {"speaker": "Lake Country Tea Board", "cue": "said"}),
    case("a subject's words go on past \"and\" and a verb of theirs, and past \", but that\"",
         "Peter Mwangi Kariuki, secretary-general of the Kenya Consumer Rights Network, called the increase "
         "\u201cexploitative and illegal\u201d and urged calm.\n\n"
         "The Central Bank said it was ready to cut again, but that the bar was \"higher than usual\" this year.\n",
         {"speaker": "Peter Mwangi Kariuki", "cue": "called"}, {"speaker": "Central Bank", "cue": "said"}),
    case("a spokesperson after a body's name of two words speaks for it",
         "Police Scotland said two men had been arrested.\n\n"
         "A Police Scotland spokesperson said: \u201cWe would urge anyone going out to take care.\u201d\n",
         LAST, {"speaker": "Police Scotland", "via": "description"}),
    case("a word before a body's name that is no title leaves it a body a spokesperson speaks for",
         "The plan was approved on Monday.\n\n"
         "A spokeswoman for advocacy group Better Buses Perth said: \"Commuters were promised this link a decade ago.\"\n",
         LAST, {"speaker": "Better Buses Perth", "via": "description"}),
    case("a spokesperson for \"the group\", \"the company\" or \"the trust\" speaks for the body of that kind just named",
         "The Lakeshore Clean Air Network was more skeptical. A spokesperson for the group said such projects had "
         "\"a long history of promising more than they deliver.\"\n\n"
         "Ridgeway Student Living owns the halls. \"We understand any increase is unwelcome,\" a spokesman for the "
         "company said.\n",
         {"speaker": "Lakeshore Clean Air Network", "via": "description"},
         {"speaker": "Ridgeway Student Living", "via": "description"}),
    case("\"the elder\" and \"the younger\" of a surname, by the ages the text gives",
         "Cody Redcrow, 24, rides on Friday. His trainer is Wade Redcrow, 57, a retired bronc rider.\n\n"
         "\u201cI don't think about 1998 much,\u201d the elder Redcrow says.\n\n"
         "Goaltender Felix Ouellet, 19, stopped 44 shots. His cousin, Max Ouellet, a 17-year-old defenceman, scored.\n\n"
         "\"He told me to shoot low,\" the younger Ouellet said.\n",
         {"speaker": "Wade Redcrow"}, {"speaker": "Max Ouellet"}),
    case("a post by its initials (\"the CFO\") is the one whose role those words' initials spell",
         "Chief financial officer Dana Whitcombe told analysts the company expects a charge of $420 million.\n\n"
         "\u201cWe would rather take the hit now,\u201d the CFO said.\n",
         LAST, {"speaker": "Dana Whitcombe", "via": "description"}),
    case("a document released, published or produced by a body is the body's; a date written short after its name is when",
         "A report released by the Lakehead Valley Health Region on Feb. 24 found that most closures followed staff "
         "vacancies.\n\n"
         "\"Temporary closures are driven almost entirely by vacancies,\" the report said.\n",
         LAST, {"speaker": "Lakehead Valley Health Region", "via": "document"}),
    case("the quotation after a sentence is its subject's, not that of a verb inside what the subject said",
         "Iain Kerr, secretary of the Referees' Association, spoke after the hearing.\n\n"
         "Mr Kerr said the association had written to the Scottish League asking for a review.\n\n"
         "\u2018We are not asking for a policeman at every match.\u2019\n",
         LAST, {"speaker": "Iain Kerr", "via": "narration"}),
    case("in a court report, \"the witness\" is the one last quoted who is no lawyer and did not ask",
         "The trial at Newport Crown Court heard from Carys Powell, who served the defendant that night.\n\n"
         "\u2018He was swearing at my manager,\u2019 Miss Powell said.\n\n"
         "Cross-examined by Bethan Watkins, defending, she accepted that she had turned away.\n\n"
         "\u2018You didn\u2019t see who moved first, did you?\u2019 Ms Watkins asked.\n\n"
         "\u2018No, I didn\u2019t see the very start,\u2019 the witness replied.\n",
         LAST, {"speaker": "Carys Powell", "via": "description"}),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_parser_case(text, expected):
    records = speech(text)
    if expected[:1] == (LAST,):
        assert records, "no speech record"
        records, expected = records[-1:], expected[1:]
    assert len(records) == len(expected), [(q.speaker, q.quote) for q in records]
    for n, (record, fields) in enumerate(zip(records, expected)):
        got = {field: getattr(record, field) for field in fields}
        assert all(_holds(got[f], want) for f, want in fields.items()), (n, got, fields)


# -- not a reading of a text: parsing survives odd input, records, paragraphs -----------------


def test_colon_after_a_lone_no_break_space_parses():
    assert [q.kind for q in parse_document(Document("case.txt", '\u00a0:""'))] in ([], ["term"])


def test_records_built_from_their_fields_are_ordinary_records():
    import dataclasses

    from quotecheck.model import Quote, Span, from_fields

    values = {"source": "a.txt", "line": 3, "start": 10, "end": 30, "kind": "speech",
              "speaker": "Ana Ruiz", "speaker_mention": "Ruiz", "role": "Mayor", "cue": "said",
              "date": "2016-03-01", "date_source": "explicit", "quote": "“We will rebuild.”",
              "via": "name", "aliases": ("Ana Ruiz", "Ruiz")}
    built, made = from_fields(Quote, dict(values)), Quote(**values)
    assert built == made and hash(built) == hash(made) and repr(built) == repr(made)
    assert dataclasses.asdict(built) == dataclasses.asdict(made)
    assert [f.name for f in dataclasses.fields(built)] == list(values)
    try:
        built.speaker = "Someone Else"
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a record built from its fields must stay frozen")
    span = from_fields(Span, {"start": 1, "end": 9, "inner_start": 2, "inner_end": 8, "closed": True})
    assert span == Span(1, 9, 2, 8, True) and hash(span) == hash(Span(1, 9, 2, 8, True))


def _paragraph_texts(text: str) -> list[str]:
    from quotecheck.spans import paragraphs

    found = paragraphs(text)
    return [text[s:e] for s, e in zip(found.starts, found.ends)]


def test_single_line_breaks_that_end_sentences_end_paragraphs():
    assert _paragraph_texts("First sentence.\nSecond one here.\nThird.") == [
        "First sentence.", "Second one here.", "Third."]
    # Half the lines end a sentence (a space before the break counts): not hard-wrapped.
    assert _paragraph_texts("a line ending in a space \nanother line\nand more") == [
        "a line ending in a space ", "another line", "and more"]


def test_hard_wrapped_text_breaks_only_at_blank_lines():
    text = "This line is wrapped in\nthe middle of a sentence and\ngoes on.\n\nNew paragraph."
    assert _paragraph_texts(text) == [
        "This line is wrapped in\nthe middle of a sentence and\ngoes on.", "New paragraph."]
    # One line break in three ends a sentence: wrapped, and no blank line at all.
    assert _paragraph_texts("One two\nthree four.\nfive six\nseven") == [
        "One two\nthree four.\nfive six\nseven"]


def test_a_mention_of_marks_and_spaces_alone_names_no_one():
    # Found by hypothesis: the words around a passage may be nothing but dashes and spaces.
    from quotecheck.model import Document
    from quotecheck.parse import parse_document

    for text in ('""——\t\n', '""——\u2009\n', '“”—\r\n—'):
        records = parse_document(Document(source="x", text=text))
        assert all(r.speaker is None and r.speaker_mention is None for r in records), text
