"""Single parser cases, each a short text written for the test, with the reading a person gives it."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quotecheck.model import Document  # noqa: E402
from quotecheck.parse import parse_document  # noqa: E402


def speech(text: str):
    return [q for q in parse_document(Document("case.txt", text)) if q.kind == "speech"]


def test_opening_curly_mark_inside_a_quotation_nests():
    text = "“I would rather live in what he calls “hell” than see him win,” Rosa Diaz said.\n"
    [quote] = speech(text)
    assert quote.quote == text[: text.index(" Rosa")]
    assert quote.speaker == "Rosa Diaz"


def test_signature_lines_each_name_their_own_quotation():
    text = (
        "Readers answered the question.\n"
        "“He never answers anything.” ― Ana Ruiz\n"
        "“I would take what he calls “chaos” over this.” ― Maria Lopez\n"
    )
    assert [(q.speaker, q.quote[:8]) for q in speech(text)] == [
        ("Ana Ruiz", "“He neve"),
        ("Maria Lopez", "“I would"),
    ]


def test_surname_before_a_colon_names_only_someone_the_text_names():
    text = "Jane Holt chaired the hearing.\n\nHolt: “We will sit until every witness is heard.”\n"
    [quote] = speech(text)
    assert (quote.speaker, quote.speaker_mention) == ("Jane Holt", "Holt")

    text = "The hearing went on late.\n\nUpdate: “The committee will sit again on Monday.”\n"
    assert [q.speaker for q in speech(text)] == [None]


def test_a_surname_after_an_honorific_is_not_a_colon_speaker():
    text = (
        "Nelson Diaz, a former aide, said of Mr. Rubio: “He has always worked harder than "
        "anyone in the room.”\n"
    )
    [quote] = speech(text)
    assert quote.speaker == "Nelson Diaz"


def test_unknown_verb_followed_by_a_day_then_the_next_passage_continues():
    text = (
        "Senator Pat Toomey voted no.\n\n“They were never serious about a deal,” Toomey fumed on "
        "Tuesday. “That would have shown good faith.”\n"
    )
    first, second = speech(text)
    assert (first.speaker, first.cue) == ("Pat Toomey", "fumed")
    assert (second.speaker, second.cue) == ("Pat Toomey", None)


def test_subject_after_two_lead_ins():
    text = (
        "On Thursday, after weeks of silence, Samuel Okafor backed the plan, saying, “The jobs "
        "are real.”\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.cue) == ("Samuel Okafor", "saying")


def test_a_sentence_opening_word_is_no_title():
    text = "But Mr. Ackman was calm. “We are not selling,” Mr. Ackman said.\n"
    [quote] = speech(text)
    assert (quote.speaker, quote.role) == ("Ackman", None)


def test_role_set_off_before_the_name():
    text = (
        "The company’s site manager, Ruth Ambler, spoke first. “We will plant a wood,” Ambler "
        "said.\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.role) == ("Ruth Ambler", "company’s site manager")


def test_colon_after_a_lone_no_break_space_parses():
    assert [q.kind for q in parse_document(Document("case.txt", '\u00a0:""'))] in ([], ["term"])


def test_an_anonymous_party_member_is_a_description_without_a_name():
    text = "“The race here is for second place,” said a New Hampshire Republican.\n"
    [quote] = speech(text)
    assert (quote.speaker, quote.speaker_mention) == (None, "a New Hampshire Republican")


def test_the_subject_of_a_verb_phrase_without_a_reporting_verb_speaks():
    text = (
        "The technology columnist Dan Reyes went so far as to say: “The company has no plan at "
        "all for what comes next.”\n"
    )
    [quote] = speech(text)
    # Never a speaker made of the clause's words: the sentence's subject, its title read apart.
    assert (quote.speaker, quote.role) == ("Dan Reyes", "technology columnist")


def test_a_name_followed_by_where_the_person_comes_from():
    text = (
        "“We will not let this stand,” said Senator Tammy Baldwin of Wisconsin.\n\n"
        "Former Secretary of State Madeleine Albright spoke next, saying, “There is a place for "
        "all of us.”\n"
    )
    first, second = speech(text)
    assert (first.speaker, first.role) == ("Tammy Baldwin", "Senator")
    assert (second.speaker, second.role) == ("Madeleine Albright", "Former Secretary of State")


def test_a_description_with_a_relative_clause_before_the_verb_is_the_speaker():
    text = (
        "“We should take our time,” an aide to the mayor, who asked not to be named because "
        "the talks are private, told reporters.\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.speaker_mention, quote.cue) == (None, "an aide to the mayor", "told")

    text = "The council, a body of nine elected members, said in a statement, “The vote stands.”\n"
    [quote] = speech(text)
    assert (quote.speaker_mention, quote.cue) == ("The council", "said")


def test_a_role_held_for_someone_named_set_off_before_the_name():
    text = (
        "“We are ready for the count,” Springfield Mayor Ana Ruiz’s chief of staff, Tom Hale, "
        "told the Gazette.\n\n“Every ballot will be seen,” Hale added.\n"
    )
    first, second = speech(text)
    assert (first.speaker, first.role) == ("Tom Hale", "Springfield Mayor Ana Ruiz’s chief of staff")
    assert (second.speaker, second.speaker_mention) == ("Tom Hale", "Hale")


def test_a_full_name_set_off_last_before_the_verb_is_the_subject():
    text = (
        "On Tuesday in Dover, after winning the county vote, Gov. Jane Holt (D-Del.), said, "
        "“We will build the bridge.”\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.role) == ("Jane Holt", "Gov.")
    # A party and a state set off the same way are no name.
    [quote] = speech("“We will win,” Sen. Tom Hale, D-Del., said.\n")
    assert (quote.speaker, quote.role) == ("Tom Hale", "Sen.")


def test_someone_described_by_whom_they_work_for_is_not_that_person():
    text = (
        "Senator Rosa Diaz spoke first.\n\n“She will not back down,” a Diaz adviser said.\n\n"
        "“We knew this was coming,” one longtime aide to Diaz said.\n"
    )
    first, second = speech(text)
    assert (first.speaker, first.speaker_mention) == (None, "a Diaz adviser")
    assert (second.speaker, second.speaker_mention) == (None, "one longtime aide to Diaz")


def test_an_indefinite_description_is_someone_new_a_definite_one_someone_known():
    text = (
        "Prime Minister Ivo Kral met the envoys.\n\n“The talks went well,” an official said.\n\n"
        "“We expect a deal,” the prime minister said.\n"
    )
    first, second = speech(text)
    assert (first.speaker, first.speaker_mention) == (None, "an official")
    assert (second.speaker, second.speaker_mention) == ("Ivo Kral", "the prime minister")


def test_an_organisation_named_in_a_description_speaks_a_party_does_not():
    text = (
        "“The exercise is routine,” a Pentagon spokesman said.\n\n"
        "“He has no chance,” a Florida Republican strategist said.\n"
    )
    first, second = speech(text)
    assert (first.speaker, first.speaker_mention) == ("Pentagon", "a Pentagon spokesman")
    assert (second.speaker, second.speaker_mention) == (None, "a Florida Republican strategist")


def test_a_title_the_lists_do_not_know_before_a_known_first_name():
    text = (
        "“The recount found nothing,” Franklin County Recorder Helen Marsh said during the "
        "hearing.\n\n“That was a joke,” Comedian Sarah Silverman said. “I meant it,” Silverman "
        "added.\n"
    )
    marsh, joke, meant = speech(text)
    assert (marsh.speaker, marsh.role) == ("Helen Marsh", "Franklin County Recorder")
    assert (joke.speaker, joke.role) == ("Sarah Silverman", "Comedian")
    assert (meant.speaker, meant.speaker_mention) == ("Sarah Silverman", "Silverman")
    # Two first names in a row are one person's names, and a party is no title.
    [quote] = speech("“We will win,” Republican Peter Walter Grant said.\n")
    assert (quote.speaker, quote.role) == ("Peter Walter Grant", None)


def test_a_participle_after_a_reporting_verb_goes_with_that_verb():
    text = (
        "Paul Hart did not stay long but left after the vote, Helen Marsh said, adding, "
        "“Nobody should doubt the result.”\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.cue) == ("Helen Marsh", "adding")


def test_the_verb_right_before_a_passage_introduces_it_over_the_sentence_after():
    text = (
        "Helen Marsh was asked whether she would run again and said, “Not this year.” The "
        "governor then recalled the storm of 2011.\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.cue) == ("Helen Marsh", "said")


def test_what_was_said_is_not_who_said_it():
    text = "Tom Hale, citing “the new figures,” said the candidate could be in a strong position.\n"
    assert [(q.speaker, q.speaker_mention) for q in speech(text)] == []
    [quote] = speech("“We will win,” said the candidate.\n")
    assert quote.speaker_mention == "the candidate"


def test_a_document_that_goes_on_to_say():
    [quote] = speech("The letter goes on to say: “We expect an answer within thirty days.”\n")
    assert (quote.speaker_mention, quote.cue) == ("The letter", "goes on to say")


def test_places_and_nationalities_in_a_description_are_not_speakers():
    text = (
        "“We will not pay for it,” a Mexican official said.\n\n"
        "“We need change,” the New York businessman said.\n\n"
        "“The base is secure,” a White House spokesman said.\n"
    )
    assert [(q.speaker, q.speaker_mention) for q in speech(text)] == [
        (None, "a Mexican official"),
        (None, "the New York businessman"),
        ("White House", "a White House spokesman"),
    ]


def test_an_aside_set_off_by_dashes_between_the_subject_and_the_verb():
    text = (
        "Tom Hale, the chief executive of Ora Media -- the company that owns the station, which "
        "also streams online -- told me, “We take no sides.”\n\n"
        "“We never did,” Hale -- who once ran the newsroom -- said.\n"
    )
    first, second = speech(text)
    assert (first.speaker, first.role, first.cue) == ("Tom Hale", "chief executive of Ora Media", "told")
    assert (second.speaker, second.speaker_mention) == ("Tom Hale", "Hale")


def test_a_signature_in_the_paragraph_after_a_standalone_quotation():
    text = (
        "The fact-checkers looked at two claims.\n\n“The rate has doubled since 2010.”\n\n"
        "- Rosa Diaz.\n\n“We will cut it in half.”\n\n-Governor Tom Hale, speaking after the debate.\n\n"
        "The senator relied on an old figure.\n"
    )
    first, second = speech(text)
    assert (first.speaker, first.cue) == ("Rosa Diaz", None)
    assert (second.speaker, second.role) == ("Tom Hale", "Governor")


def test_a_lead_in_that_is_only_a_titled_name_and_a_colon():
    text = (
        "A reader asked about the emails.\n\nFormer secretary of state Jane Holt:\n\n"
        "“I never sent a classified message.”\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.role) == ("Jane Holt", "Former secretary of state")
    # A reporting verb that opens the lead-in is not part of a name.
    text = "Ryan Ellis runs the firm.\n\nSaid Ellis:\n\n“We grew again this year.”\n"
    [quote] = speech(text)
    assert (quote.speaker, quote.speaker_mention) == ("Ryan Ellis", "Ellis")


def test_an_unknown_verb_before_the_name_after_a_quotation():
    text = "Obama spoke about the economy.\n\n“Is this the best he can do?” reacted Tom Hale.\n"
    [quote] = speech(text)
    assert (quote.speaker, quote.cue) == ("Tom Hale", "reacted")


def test_with_someone_yelling():
    text = (
        "At a rally in Birmingham, Alabama, on Saturday, supporters punched a protester, with "
        "Tom Hale reportedly yelling: “Get him out of here!”\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.cue) == ("Tom Hale", "yelling")


def test_a_second_verb_after_but_goes_back_to_the_subject():
    text = "Tom Hale used to support Rosa Diaz, but now said she had “the duty to unite us all.”\n"
    [quote] = speech(text)
    assert (quote.speaker, quote.cue) == ("Tom Hale", "said")


def test_a_known_first_name_after_a_lower_case_title_and_a_name_after_a_description():
    text = "“I was offered a scholarship,” said retired neurosurgeon Ben Carson.\n"
    [quote] = speech(text)
    assert quote.speaker == "Ben Carson"
    text = "“We will win,” said the American ambassador at the time, John E. Herbst.\n"
    [quote] = speech(text)
    assert (quote.speaker, quote.role) == ("John E. Herbst", "American ambassador at the time")
    # After a clause, a first name is only someone the clause mentions.
    text = "Of the plan, Levine, who has given money to Marco Rubio, said, “It is a circus.”\n"
    [quote] = speech(text)
    assert quote.speaker == "Levine"


def test_an_unknown_verb_before_a_name_with_an_apposition():
    text = (
        "Fiorina lost her job in the end.\n\n“She never backed down,” remembered Roy Verley, "
        "the company’s former chief spokesman.\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.cue) == ("Roy Verley", "remembered")


def test_an_inverted_verb_after_a_conjunction_or_a_clause():
    text = (
        "Sam Solovey worked for him for years. But, said Solovey, “if you cross him, he never "
        "forgets.”\n\nBecause of how the primary schedule was drawn up, explained Rosenberg, "
        "“the nominee will be known by March.”\n"
    )
    first, second = speech(text)
    assert (first.speaker, first.speaker_mention) == ("Sam Solovey", "Solovey")
    assert (second.speaker, second.cue) == ("Rosenberg", "explained")
    # A verb after "and" has the sentence's subject; what follows it is its object.
    text = "Hale issued a statement and told the crowd he was “the first to say it.”\n"
    assert [(q.speaker_mention, q.cue) for q in speech(text)] == [("Hale", "told")]


def test_a_statement_issued_by_a_titled_name():
    text = (
        "After the shooting, Republican nominee Tom Hale issued the following statement:\n\n"
        "“Our prayers are with the families.”\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.role) == ("Tom Hale", "Republican nominee")


def test_a_name_that_carries_its_own_title_after_a_lower_case_word():
    text = "“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek, who served in Iraq.\n"
    [quote] = speech(text)
    assert quote.speaker == "Mick Bednarek"


def test_a_sentence_subject_after_and_then():
    text = (
        "Hale took credit for the warning. And then Tom Hale went fully on the attack, saying, "
        "“He should resign at once!”\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.cue) == ("Tom Hale", "saying")


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


def test_the_audience_answering_back():
    text = "Hale asked who would pay for the wall.\n\n“Not us, not ever!” the audience screamed back.\n"
    [quote] = speech(text)
    assert (quote.speaker, quote.speaker_mention, quote.cue) == (None, "the audience", "screamed")


def test_a_name_after_a_participle_and_a_preposition_is_its_object():
    text = (
        "“We will know more by the end of the week,” another intelligence source speaking to "
        "Fox News said.\n"
    )
    [quote] = speech(text)
    # Nobody named speaks: the source is not Fox News, which it spoke to.
    assert quote.speaker is None
    assert quote.speaker_mention in (None, "another intelligence source")


def test_an_inverted_verb_ending_the_sentence_after_a_quoted_phrase():
    text = (
        "Clinton “drew well from working-class voters” in the primary, said Ohio State University "
        "professor Paul Beck. “That is no longer true.”\n"
    )
    first, second = speech(text)
    assert (first.speaker, first.role, first.cue) == ("Paul Beck", "Ohio State University professor", "said")
    assert second.speaker == "Paul Beck"


def test_a_second_verb_after_and_before_a_colon():
    text = (
        "The crowd began to chant. Tom Hale gestured as if to stop it, then leaned in and boomed: "
        "“We will win in November!”\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.cue) == ("Tom Hale", "boomed")


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


def test_a_paragraph_of_quotation_takes_the_person_the_sentence_before_opens_with():
    text = ("Dana Whitlock, the county's fire chief, toured the burned homes on Monday.\n\n"
            "Whitlock praised the volunteers who stayed through the night.\n\n"
            "“Without them we would have lost the whole street.”\n")
    [quote] = speech(text)
    assert (quote.speaker, quote.via, quote.speaker_mention) == ("Dana Whitlock", "narration", None)


def test_a_capitalised_word_that_opens_a_sentence_is_no_one():
    text = ("Often, families did not understand what the rules asked of them.\n\n"
            "“There was nobody to explain any of it to us at the time.”\n")
    [quote] = speech(text)
    assert (quote.speaker, quote.via) == (None, None)


def test_a_quotation_inside_a_sentence_is_the_subjects_unless_someone_else_is_named_first():
    text = ("Dana Whitlock, the county's fire chief, spoke on Monday.\n\n"
            "Whitlock thanked the crews for “staying when it mattered most and going home last.”\n\n"
            "Whitlock cited a charge that Tom Reyes, the mayor, once called “a disgrace to the whole "
            "county and everyone in it.”\n")
    thanked, cited = speech(text)
    assert (thanked.speaker, thanked.via) == ("Dana Whitlock", "narration")
    assert cited.speaker != "Dana Whitlock"


def test_a_source_named_after_from_before_a_colon():
    text = ("Pollster Ann Jones studies turnout in the province.\n\n"
            "More from Jones: “Turnout in the rural counties fell by a third in two years.”\n\n"
            "The Prairie Health Institute published a report on Monday.\n\n"
            "From the report: “Eleven of the forty clinics have no doctor on most days.”\n")
    jones, report = speech(text)
    assert (jones.speaker, jones.speaker_mention, jones.via) == ("Ann Jones", "Jones", "name")
    assert (report.speaker, report.speaker_mention, report.via) == (
        "Prairie Health Institute", "the report", "document")


# A quotation its own sentence gives no reporting verb: the subject of the clause that holds it.

def test_a_name_before_a_title_is_a_modifier_not_the_subject():
    text = (
        "Mayor Ann Harlow opened the meeting at seven.\n\n"
        "Later, Harlow campaign manager Pete Vance called the vote “a disgrace to the whole council.”\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.role) == ("Pete Vance", "Harlow campaign manager")


def test_a_person_named_as_an_object_does_not_take_the_subjects_quotation():
    text = (
        "Councillor Maria Ortiz, who has long opposed Mayor Tom Reed, called the budget “a gift to "
        "developers and nobody else.”\n"
    )
    [quote] = speech(text)
    assert quote.speaker == "Maria Ortiz"


def test_a_clause_with_a_subject_of_its_own_keeps_the_sentence_subject_out():
    text = (
        "Mayor Tom Reed opened the meeting.\n\n"
        "Reed then faced charges that Dale Frost, for one, called “an insult to every taxpayer.”\n"
    )
    [quote] = speech(text)
    assert quote.speaker in (None, "Dale Frost")  # Frost's words, whom nothing marks as a person


def test_in_the_passive_the_subject_is_not_the_speaker():
    text = (
        "Mayor Tom Reed opened the meeting.\n\n"
        "Reed was asked by reporter Jane Colt, “Will you resign before the election?”\n"
    )
    [quote] = speech(text)
    assert quote.speaker != "Tom Reed"


def test_a_description_as_subject_is_the_mention_when_it_names_no_one_known():
    text = (
        "The sale of the mill was announced on Monday.\n\n"
        "The spokesman refused further questions on the sale: “We will say more next week.”\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.speaker_mention) == (None, "The spokesman")


def test_a_description_that_names_no_person_is_no_subject():
    text = (
        "The council met on Monday.\n\n"
        "The scheduling was so odd that nobody came: “Where is everyone tonight, and who moved the meeting?”\n"
    )
    [quote] = speech(text)
    assert (quote.speaker, quote.speaker_mention) == (None, None)


def test_a_few_quoted_words_inside_a_sentence_without_a_reporting_verb_are_a_term():
    text = (
        "Dana Whitlock opened her bakery in 2019.\n\n"
        "Whitlock was joined on Monday by Raj Patel, star of the cooking show “Knead to Know.”\n"
    )
    assert speech(text) == []


def test_a_dateline_is_no_sentences_subject():
    text = (
        "HALIFAX, May 3 (CP) — In answer to the council's plan for the waterfront, the mayor's "
        "closest adviser rallied residents, saying: “We will fight this in every hall in the city.”\n"
    )
    [quote] = speech(text)
    assert quote.speaker != "HALIFAX"


def test_a_state_abbreviation_after_a_place_is_never_a_speaker():
    text = (
        "“Membership fell by half in two years,” the club, a private course 300 miles north of "
        "here in Ponte Vedra Beach, Fla., said in its report.\n"
    )
    [quote] = speech(text)
    assert quote.speaker != "Fla." and quote.speaker_mention != "Fla."


def test_a_name_whose_verb_runs_into_the_passage_outranks_a_pronoun_after_it():
    text = (
        "Senator Dana Kolb met Mayor Rita Osei on Tuesday.\n\n"
        "Asked about the budget, Kolb said “I have not read a single page of it,” she said.\n"
    )
    [quote] = speech(text)
    assert quote.speaker == "Dana Kolb"


def test_a_participle_after_a_quoted_word_goes_back_to_the_sentences_subject():
    text = (
        "Nadia Ferraro runs the tenants' union on Harbour Street.\n\n"
        "Ferraro mocked the landlord's “renovation,” saying, “They painted one wall and raised "
        "the rent by a third.”\n"
    )
    quote = speech(text)[-1]
    assert quote.speaker == "Nadia Ferraro"


def test_said_after_a_full_stop_that_reports_something_else_begins_a_new_sentence():
    text = (
        "“The deal is dead,” council leader Joan Pryce said on Monday. “It shows a lack of nerve.” "
        "Mayor Alan Ruddock said both sides would meet again in March.\n"
    )
    quotes = speech(text)
    assert [q.speaker for q in quotes] == ["Joan Pryce", "Joan Pryce"]


def test_a_verb_before_to_say_leaves_its_subject_the_speaker():
    text = (
        "The hearing was so quiet that Judge Mara Ellis was moved to say, “I have never seen "
        "a room this calm in twenty years.”\n"
    )
    [quote] = speech(text)
    assert quote.speaker == "Mara Ellis"


def test_a_clause_with_a_verb_before_a_role_noun_is_no_description():
    text = (
        "The hearing was so quiet that Judge Mara Ellis said, “I have never seen a room this calm "
        "in twenty years.”\n"
    )
    [quote] = speech(text)
    assert quote.speaker_mention != "The hearing was so quiet that Judge Mara Ellis"
    assert quote.speaker == "Mara Ellis"


def test_a_title_with_a_full_stop_ends_no_sentence_before_a_participle():
    text = (
        "Mr. Hale brushed off Mrs. Osei's remark -- “That makes me careful” -- and, when pressed "
        "after the debate, asserting, “Of course I pay every tax I owe.”\n"
    )
    quote = speech(text)[-1]
    assert quote.speaker == "Hale"


def test_a_passage_that_ends_its_sentence_is_not_attributed_by_the_next_sentences_verb():
    text = (
        "Critics compared the stumble to the worst debate lapses.\n\n"
        "The conservative writer Ada Pell called the moment “a display of panic at a moment of "
        "certainty.” In a series of posts on Sunday, she wrote more.\n"
    )
    [quote] = speech(text)
    assert quote.speaker == "Ada Pell"


def test_an_adjective_before_a_name_after_an_article_describes_the_speaker():
    text = (
        "“The city will always be the city,” an angry Moreau retaliated. “It never gives up.”\n\n"
        "“Hey, hey! Ho, ho! The mayor has got to go!” some protesters chanted.\n"
    )
    quotes = speech(text)
    assert [q.speaker for q in quotes] == ["Moreau", "Moreau", None]
    assert quotes[2].speaker_mention == "some protesters"


def test_the_subject_of_a_verb_of_naming_in_a_relative_clause_speaks_the_phrase():
    text = (
        "The city prepares for what Mayor Ann Holt called “the loudest summer in memory.”\n\n"
        "Much of the anger was aimed at Reeves, who Holt on Wednesday called “a careless landlord.”\n"
    )
    assert [q.speaker for q in speech(text)] == ["Ann Holt", "Ann Holt"]


def test_an_inverted_verb_after_a_lead_in_takes_a_titled_name():
    text = "In other words, explained CBS moderator Nina Cole: “What does that have to do with it?”\n"
    [quote] = speech(text)
    assert (quote.speaker, quote.cue) == ("Nina Cole", "explained")


def test_a_plural_subject_without_an_article_is_a_description():
    text = (
        "“We cannot rule out other causes of the decline,” the researchers write in the paper.\n\n"
        "“The extent of the harm is incalculable,” federal prosecutors wrote in a filing.\n\n"
        "“Trading down rarely reverses quickly,” analysts at Birchwood Securities wrote.\n"
    )
    quotes = speech(text)
    assert [q.speaker_mention for q in quotes] == [
        "the researchers", "federal prosecutors", "analysts at Birchwood Securities"]
    assert [q.cue for q in quotes] == ["write", "wrote", "wrote"]


def test_a_pronoun_after_an_unnamed_person_names_no_one():
    text = (
        "Const. Aisha Farouk, a spokesperson for the police, said the fire was set deliberately.\n\n"
        "A neighbour, who asked not to be named because she feared for her safety, said she had "
        "seen a pickup truck outside twice last week.\n\n"
        "\"It just sat there with the lights off. I thought it was a guard,\" she said.\n"
    )
    quote = speech(text)[-1]
    assert (quote.speaker, quote.speaker_mention) == (None, "she")
