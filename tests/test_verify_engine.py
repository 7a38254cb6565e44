"""The matching engine of ``quotecheck verify``: normalise, locate, judge, verify.

Quote records for fixtures/baikonur.txt are built by hand here (the seven curly-quoted passages,
with the speakers and dates a reader gives them), so these tests do not depend on the parser.
"""

from __future__ import annotations

import random
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck import align, judge
from quotecheck.claims import prepare
from quotecheck.model import Document, Quote
from quotecheck.normalise import fold, normalise, search_key
from quotecheck.verify import Claim, Index, Verdict, verify

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
BAIKONUR = (FIXTURES / "baikonur.txt").read_text(encoding="utf-8")

# (speaker, speaker_mention, date) of the seven quotes, in text order
SPEAKERS = [
    ("Talgat Mussabayev", "Mussabayev", "2012-12-10"),
    ("Erlan Idrissov", "Idrissov", None),
    ("Kazakhstan’s Foreign Ministry", "a note on Kazakhstan’s Foreign Ministry’s website", "2013-01-10"),
    ("Erlan Idrissov", "the minister", None),
    ("Erlan Idrissov", "Idrissov", None),
    ("Sergey Lavrov", "Sergey Lavrov", "2013-01-25"),
    ("Sergey Lavrov", "he", "2013-01-25"),
]


def quote_records(text: str, source: str = "baikonur.txt", speakers=SPEAKERS) -> list[Quote]:
    """Records for each “curly-quoted” passage, zipped with ``speakers``."""
    out = []
    for (speaker, mention, date), m in zip(speakers, re.finditer(r"“[^”]*”", text)):
        out.append(
            Quote(
                source=source,
                line=text.count("\n", 0, m.start()) + 1,
                start=m.start(),
                end=m.end(),
                kind="speech",
                speaker=speaker,
                speaker_mention=mention,
                role=None,
                cue="said",
                date=date,
                date_source="explicit" if date else None,
                quote=m.group(),
                aliases=(speaker,),
            )
        )
    return out


def make_index(text: str = BAIKONUR, source: str = "baikonur.txt") -> Index:
    return Index.build([(Document(source, text), quote_records(text, source))])


@pytest.fixture(scope="module")
def index() -> Index:
    return make_index()


def one(claim: Claim | str, index: Index, **kw) -> Verdict:
    if isinstance(claim, str):
        claim = Claim(claim)
    verdicts = verify(claim, index, **kw)
    assert len(verdicts) == 1
    return verdicts[0]


def test_fixture_has_seven_quotes():
    assert len(quote_records(BAIKONUR)) == 7


# --------------------------------------------------------------------------- exact


def test_exact_quote_with_speaker(index):
    v = one(Claim("Russia is a major space power", id="c1", speaker="Idrissov"), index)
    assert (v.id, v.verdict, v.score) == ("c1", "exact", 100.0)
    assert v.speaker == "Erlan Idrissov" and v.speaker_check == "ok"
    assert v.date is None and v.date_check is None
    assert v.match == "Russia is a major space power"
    assert BAIKONUR[v.start : v.end] == v.match
    assert v.source == "baikonur.txt" and v.line == 13
    assert v.notes == ()


def test_same_words_credited_to_the_wrong_minister(index):
    v = one(Claim("Russia is a major space power", speaker="Sergey Lavrov"), index)
    assert v.verdict == "exact"
    assert v.speaker_check == "wrong"
    assert v.speaker == "Erlan Idrissov"  # the row says whom the source credits


def test_claim_outer_quote_marks_and_closing_full_stop(index):
    v = one(Claim("“Russia is a major space power.”"), index)
    assert v.verdict == "exact" and v.notes == ()
    assert v.match == "Russia is a major space power."


def test_closing_punctuation_differs(index):
    v = one("Any arguments and assertions regarding stopping cooperation are preposterous.", index)
    assert v.verdict == "exact"
    assert "closing punctuation" in v.notes and "case" in v.notes


def test_straight_apostrophes_against_curly_ones(index):
    v = one("Kazakhstan hopes to expand its participation in the cosmodrome's space activities", index)
    assert v.verdict == "exact"
    assert v.notes == ("apostrophes",)
    assert "cosmodrome’s" in v.match  # the source's own characters
    assert v.speaker == "Kazakhstan’s Foreign Ministry" and v.date == "2013-01-10"


def test_case_difference_is_tolerated_and_reported(index):
    v = one("RUSSIA IS A MAJOR SPACE POWER", index)
    assert v.verdict == "exact" and v.notes == ("case",)
    assert v.match == "Russia is a major space power"


def test_line_break_hyphenation():
    text = BAIKONUR.replace("are preposterous,”", "are prepos-\nterous,”")
    idx = make_index(text)
    v = one("assertions regarding stopping cooperation are preposterous", idx)
    assert v.verdict == "exact"
    assert v.notes == ("hyphenation",)
    assert v.match.endswith("prepos-\nterous")
    assert v.speaker == "Erlan Idrissov"


def test_line_break_and_dashes_are_tolerated():
    text = BAIKONUR.replace("Russia is a major space power. Therefore,", "Russia is a major\nspace power \u2014 therefore,")
    idx = make_index(text)
    v = one("Russia is a major space power--therefore, any arguments", idx)
    assert v.verdict == "exact"
    assert set(v.notes) == {"line break", "dashes"}


def test_majorspace_does_not_match_major_space(index):
    v = one("Russia is a majorspace power", index)
    assert v.verdict != "exact"
    assert v.verdict == "fuzzy" and "majorspace -> major space" in v.notes


def test_spaces_are_never_deleted():
    assert search_key(normalise("major space").text) != search_key(normalise("majorspace").text)
    assert normalise("major \u2014 space").text == normalise("major--space").text == "major - space"
    assert normalise("major-space").text != normalise("majorspace").text


# --------------------------------------------------------------------------- fuzzy


def test_one_word_changed(index):
    v = one(Claim("Russia is a great space power", speaker="Idrissov"), index)
    assert v.verdict == "fuzzy"
    assert v.notes == ("great -> major",)
    assert judge.threshold_for(6) <= v.score < 100
    assert v.match == "Russia is a major space power"
    assert v.speaker == "Erlan Idrissov" and v.speaker_check == "ok"


def test_words_dropped_without_an_ellipsis(index):
    v = one("Russia is a major space power. Any arguments and assertions regarding stopping cooperation are preposterous", index)
    assert v.verdict == "fuzzy"
    assert v.notes == ("-Therefore",)
    assert v.match.startswith("Russia is a major space power. Therefore, any")
    assert v.match.endswith("are preposterous")


def test_words_added_show_as_plus(index):
    v = one("Russia is a major space power. Therefore, any silly arguments and assertions regarding", index)
    assert v.verdict == "fuzzy" and v.notes == ("+silly",)


def test_threshold_parameter(index):
    assert one("Russia is a great space power", index, threshold=99).verdict == "not-found"
    assert one("Russia is a great space power", index, threshold=50).verdict == "fuzzy"
    with pytest.raises(ValueError):
        verify(Claim("Russia"), index, threshold=101)


def test_threshold_scales_with_claim_length():
    values = [judge.threshold_for(n) for n in range(1, 60)]
    assert values == sorted(values, reverse=True)
    assert values[0] == 95.0 and values[-1] >= 75.0
    assert judge.threshold_for(6) < 85 < judge.threshold_for(3)


def test_word_similarity_rule():
    # (matched + substituted / 2) / (claim words + dropped source words / 2)
    assert align.word_similarity(10, 7, 3, 0) == 85.0  # (7 + 1.5) / 10
    assert align.word_similarity(8, 5, 3, 0) == 81.25  # (5 + 1.5) / 8
    assert align.word_similarity(7, 7, 0, 2) == 87.5  # 7 / (7 + 1): two source words left out
    assert align.word_similarity(8, 7, 0, 0) == 87.5  # one claim word the source lacks
    # it counts only with two matched content words, and not when every word matches
    assert align.match_score(70.0, 10, 7, 3, 0, content_matched=2) == 85.0
    assert align.match_score(70.0, 10, 7, 3, 0, content_matched=1) == 70.0
    assert align.match_score(96.0, 6, 6, 0, 0, content_matched=3) == 96.0
    assert align.match_score(90.0, 10, 7, 3, 0, content_matched=5) == 90.0
    assert not align.is_content_word("the") and not align.is_content_word("We're")
    assert align.is_content_word("Baikonur") and align.is_content_word("Russia's")


def test_meaning_changes_cost_the_score():
    assert align.final_score(93.5, 0) == 93.5
    assert align.final_score(93.5, 1) == 68.5
    assert align.final_score(30.0, 2) == 0.0


def test_several_words_changed_in_a_short_claim(index):
    # two of six words changed: the characters score 69, the words 83 (threshold 82.4)
    v = one("Russia is a huge space nation", index)
    assert v.verdict == "fuzzy"
    assert v.notes == ("huge -> major", "nation -> power")
    assert v.match == "Russia is a major space power"
    assert judge.threshold_for(6) <= v.score < 100
    assert one("Russia is a huge space nation", index, threshold=90).verdict == "not-found"
    v = one("Kazakhstan hopes to grow its role in the cosmodrome's space work", index)
    assert v.verdict == "fuzzy" and v.speaker == "Kazakhstan’s Foreign Ministry"
    assert v.notes == ("grow -> expand", "role -> participation", "work -> activities")


def test_function_words_alone_are_no_evidence(index):
    # 8 of 12 words line up with a quote, but of them only "know" is a content word
    v = one("I do not know who baked this cake in the green kitchen", index)
    assert v.verdict == "not-found"
    assert v.score < judge.threshold_for(12)


def test_rare_changed_words_do_not_hide_the_right_document():
    # Twenty decoys hold every word of the claim's source, out of order, and four of them a
    # changed word as well (rare words: they weigh most).  By words alone the decoys rank
    # level with the right document or above it; the right document alone holds most of the
    # claim's word pairs.
    right = "Launch news.\n\n“We will build the new launch pad before the winter,” Lavrov said.\n"
    docs = []
    for k in range(20):
        extra = "A zeppelin came." if k < 2 else "A walrus came." if k < 4 else ""
        text = f"Report {k}. Before the winter, build the pad we will; new launch. {extra}\n"
        docs.append((Document(f"decoy{k}.txt", text), []))
    docs.append((Document("right.txt", right), quote_records(right, "right.txt", [("Sergey Lavrov", "Lavrov", None)])))
    idx = Index.build(docs)
    v = one("We will build the new zeppelin pad before the walrus", idx)
    assert (v.verdict, v.source, v.speaker) == ("fuzzy", "right.txt", "Sergey Lavrov")
    assert v.notes == ("zeppelin -> launch", "walrus -> winter")


# --------------------------------------------------------------------------- ellipsis and brackets


def test_ellipsis_joining_two_sentences_of_one_quote(index):
    v = one("Russia is a major space power. … and assertions regarding stopping cooperation are preposterous", index)
    assert v.verdict == "exact"
    assert v.notes == ('omitted: "Therefore, any arguments"',)
    assert v.speaker == "Erlan Idrissov"
    assert v.match.startswith("Russia is a major space power. Therefore, any arguments and assertions")


@pytest.mark.parametrize("mark", ["...", "…", ". . .", "[...]", "[…]"])
def test_ellipsis_forms(index, mark):
    v = one(f"I do not know who published this note {mark} We use note correspondence", index)
    assert v.verdict == "exact"
    assert v.notes == ('omitted: "in the mass media"',)
    assert v.speaker == "Sergey Lavrov"


def test_ellipsis_joining_two_speakers_quotes_is_not_exact(index):
    v = one("Russia is a major space power ... I do not know who published this note", index)
    assert v.verdict != "exact"
    assert v.verdict == "fuzzy"
    assert any("different speakers" in n and "Erlan Idrissov" in n and "Sergey Lavrov" in n for n in v.notes)


def test_ellipsis_joining_two_quotes_of_one_speaker_is_not_exact(index):
    v = one("a complicated area requires specific knowledge ... The cosmodrome is a project focusing on the future", index)
    assert v.verdict == "fuzzy"
    assert any("2 different quotes" in n for n in v.notes)
    assert v.speaker == "Erlan Idrissov"


def test_ellipsis_pieces_out_of_order_are_not_exact(index):
    v = one("any arguments and assertions regarding stopping cooperation ... Russia is a major space power", index)
    assert v.verdict != "exact"


def test_bracketed_substitution(index):
    v = one("such an important space power as [Kazakhstan's neighbour] at our own cosmodrome", index)
    assert v.verdict == "exact"
    assert v.notes == ("[Kazakhstan's neighbour] = \"Russia\"",)
    assert v.match == "such an important space power as Russia at our own cosmodrome"


def test_bracket_at_the_start_stands_for_the_word_before(index):
    v = one("[It] hopes to expand its participation", index)
    assert v.verdict == "exact" and v.notes == ('[It] = "Kazakhstan"',)
    assert v.match == "Kazakhstan hopes to expand its participation"


def test_bracketed_insertion_of_no_source_words(index):
    v = one("The comments of the journalists [on Baikonur] were so absurd", index)
    assert v.verdict == "exact" and v.notes == ("[on Baikonur] inserted",)


def test_bracket_for_more_than_four_words_is_not_exact(index):
    v = one("The head of state [Nazarbayev] with Vladimir Putin", index)
    assert v.verdict != "exact"


def test_bracketed_capital_letter(index):
    v = one("[T]he cosmodrome is a project focusing on the future", index)
    assert v.verdict == "exact" and v.notes == ('[T] = "T"',)


def test_ellipsis_and_bracket_together(index):
    v = one("The comments of the journalists were so absurd . . . [it] was hard for us", index)
    assert v.verdict == "exact"
    assert v.notes == ('omitted: "that"', '[it] = "it"')


# --------------------------------------------------------------------------- not quoted / not found


def test_sentence_from_the_narration_is_not_quoted(index):
    v = one(Claim("Kazakhstan is proud to be the host of the Baikonur cosmodrome", speaker="Idrissov"), index)
    assert v.verdict == "not-quoted"
    assert v.speaker is None and v.speaker_check == "unknown"
    assert v.match == "Kazakhstan is proud to be the host of the Baikonur cosmodrome"


def test_fuzzy_narration_is_not_quoted(index):
    v = one("Kazakhstan is proud to be the host of the Baikonur spaceport", index)
    assert v.verdict == "not-quoted"
    assert "spaceport -> cosmodrome" in v.notes


def test_words_running_out_of_the_quote_are_not_exact(index):
    v = one("stopping cooperation are preposterous, Idrissov said", index)
    assert v.verdict != "exact"


def test_invented_sentence_is_not_found(index):
    v = one(Claim("The moon is made of green cheese and Baikonur is in Spain", speaker="Lavrov", date="2013-01-25"), index)
    assert v.verdict == "not-found"
    # the closest passage is shown, with its similarity (below the threshold) and its diff
    assert v.source == "baikonur.txt" and BAIKONUR[v.start : v.end] == v.match
    assert v.score < judge.threshold_for(12)
    assert v.notes[0] == f"closest: {v.score:.1f} (threshold {judge.threshold_for(12):g})"
    assert v.speaker is None and v.changes == ()
    assert v.speaker_check == "unknown" and v.date_check == "unknown"


def test_empty_claim(index):
    assert one("“ ... ”", index).verdict == "not-found"
    assert one("", index).verdict == "not-found"


@pytest.mark.parametrize(
    "text",
    ["(.*)[", "Russia is a major (.*)[ space power", r"power\b.*$", "a+b? [", "space power)", "[^x]{2,} major"],
)
def test_regex_metacharacters_are_literal(index, text):
    v = one(text, index)
    assert v.verdict != "exact"


def test_literal_metacharacters_in_the_source():
    text = "Intro.\n\n“Use the pattern (.*)[a-z]+ with care,” said Ann Smith.\n"
    idx = Index.build([(Document("re.txt", text), quote_records(text, "re.txt", [("Ann Smith", "Ann Smith", None)]))])
    v = one("Use the pattern (.*)[a-z]+ with care", idx)
    assert v.verdict == "exact" and v.notes == ()
    assert v.speaker == "Ann Smith"


# --------------------------------------------------------------------------- speaker and date checks


def test_wrong_date(index):
    v = one(Claim("I do not know who published this note in the mass media", speaker="lavrov", date="2013-01-26"), index)
    assert v.verdict == "exact"
    assert v.speaker_check == "ok"
    assert v.date == "2013-01-25" and v.date_check == "wrong"


def test_right_date(index):
    v = one(Claim("The head of state has set a task before us", date="2012-12-10"), index)
    assert v.date_check == "ok" and v.speaker == "Talgat Mussabayev"


def test_date_unknown_when_the_source_gives_none(index):
    v = one(Claim("The cosmodrome is a project focusing on the future", date="2013-01-25"), index)
    assert v.date is None and v.date_check == "unknown"


def test_speaker_unknown_when_the_source_credits_nobody():
    text = "Intro.\n\n“We will build it,” the sign read.\n"
    idx = Index.build([(Document("t.txt", text), quote_records(text, "t.txt", [(None, None, None)]))])
    v = one(Claim("We will build it", speaker="Lavrov"), idx)
    assert v.verdict == "exact" and v.speaker is None and v.speaker_check == "unknown"


@pytest.mark.parametrize(
    "claimed, ok",
    [
        ("lavrov", True),
        ("Sergey Lavrov", True),
        ("SERGÉY LAVROV", True),
        ("S. Lavrov", True),
        ("Sergei Lavrov", True),
        ("Mr Lavrov", True),
        ("Russian Foreign Minister Sergey Lavrov", True),
        ("Idrissov", False),
        ("Sergey", False),
        ("Ivan Lavrov", False),
    ],
)
def test_speaker_names(claimed, ok):
    rec = quote_records(BAIKONUR)[5]
    assert judge.speaker_check(claimed, rec) == ("ok" if ok else "wrong")


def test_speaker_aliases_and_organisations():
    rec = quote_records(BAIKONUR)[2]
    assert judge.speaker_check("Foreign Ministry", rec) == "ok"
    assert judge.speaker_check("kazakhstan's foreign ministry", rec) == "ok"
    assert judge.speaker_check("Russia's Foreign Ministry", rec) == "wrong"
    aliased = Quote("s", 1, 0, 5, "speech", "Kairat Kelimbetov", "he", None, "said", None, None, "“x”",
                    aliases=("the deputy prime minister",))
    assert judge.speaker_check("The Deputy Prime Minister", aliased) == "ok"
    assert judge.speaker_check(None, aliased) is None


@pytest.mark.parametrize(
    "claimed, recorded, expected",
    [
        ("2013-01-25", "2013-01-25", "ok"),
        ("2013-01-26", "2013-01-25", "wrong"),
        ("2013-01-25", "2013-01", "ok"),
        ("2013-02-01", "2013-01", "wrong"),
        ("2013-01-25", "2013-W04", "ok"),  # Monday 21 to Sunday 27 January 2013
        ("2013-01-28", "2013-W04", "wrong"),
        ("2013-01", "2013-01-25", "ok"),
        ("2013-01-25", None, "unknown"),
        ("someday", "2013-01-25", "unknown"),
        (None, "2013-01-25", None),
    ],
)
def test_date_check(claimed, recorded, expected):
    assert judge.date_check(claimed, recorded) == expected


# --------------------------------------------------------------------------- several documents


def test_best_match_wins_across_documents_and_all_matches():
    other = (
        "Another report.\n\n“Russia is a great space power,” Idrissov said, according to a paraphrase.\n\n"
        "Critics said Russia is a major space power and nothing more.\n"
    )
    docs = [
        (Document("other.txt", other), quote_records(other, "other.txt", [("Erlan Idrissov", "Idrissov", None)])),
        (Document("baikonur.txt", BAIKONUR), quote_records(BAIKONUR)),
    ]
    idx = Index.build(docs)
    best = one("Russia is a major space power", idx)
    assert (best.verdict, best.source) == ("exact", "baikonur.txt")
    every = verify(Claim("Russia is a major space power"), idx, all_matches=True)
    got = [(v.verdict, v.source) for v in every]
    assert got[0] == ("exact", "baikonur.txt")
    assert ("fuzzy", "other.txt") in got and ("not-quoted", "other.txt") in got
    assert len({(v.source, v.start) for v in every}) == len(every)


def test_claimed_speaker_breaks_ties_between_equal_matches():
    text = (
        "“We will keep the launch schedule,” Idrissov said.\n\n"
        "Asked about it, Lavrov said: “We will keep the launch schedule.”\n"
    )
    recs = quote_records(text, "t.txt", [("Erlan Idrissov", "Idrissov", None), ("Sergey Lavrov", "Lavrov", "2013-01-25")])
    idx = Index.build([(Document("t.txt", text), recs)])
    assert one(Claim("We will keep the launch schedule", speaker="Lavrov"), idx).speaker == "Sergey Lavrov"
    assert one(Claim("We will keep the launch schedule", speaker="Idrissov"), idx).speaker == "Erlan Idrissov"


def test_verdict_row():
    idx = make_index()
    v = one("Russia is a major space power ... any arguments and assertions", idx)
    row = v.as_row()
    assert list(row) == Verdict.field_names()
    assert row["notes"] == 'omitted: "Therefore"'


def test_parser_records_if_available():
    parse = pytest.importorskip("quotecheck.parse")
    doc = Document("baikonur.txt", BAIKONUR)
    idx = Index.build([(doc, parse.parse_document(doc))])
    v = one(Claim("Russia is a major space power", speaker="Idrissov"), idx)
    assert v.verdict == "exact" and v.speaker_check == "ok"


# --------------------------------------------------------------------------- normalisation


def test_normalise_offsets_point_into_the_source():
    src = "“It’s  a\n\nspace-\nport — ﬁne…”"
    n = normalise(src)
    assert n.text == "\"It's a spaceport - fine...\""
    assert len(n.offsets) == len(n.text) + 1 and n.offsets[len(n.text)] == len(src)
    for i, ch in enumerate(n.text):
        assert 0 <= n.offsets[i] < len(src)
    i = n.text.index("port")
    assert src[n.offsets[i] : n.offsets[i] + 4] == "port"
    a, b = n.source_span(n.text.index("fine"), n.text.index("fine") + 4)
    assert src[a:b] == "ﬁne"


def test_normalise_keeps_a_hyphen_before_a_capital():
    assert normalise("Kazakhstan-\nRussia").text == "Kazakhstan-Russia"
    assert normalise("2013–2015").text == "2013-2015"


def test_fold():
    assert fold("Sérgey  LAVROV") == "sergey lavrov"
    assert fold("Kazakhstan’s") == fold("kazakhstan's")


def test_prepare_strips_outer_quotes_and_cuts_parts():
    p = prepare("“Russia is a major space power … [it] is preposterous.”")
    assert len(p.parts) == 2
    assert p.words == ("russia", "is", "a", "major", "space", "power", "it", "is", "preposterous")


# --------------------------------------------------------------------------- property


def _inner(q: Quote) -> str:
    return q.quote[1:-1]


QUOTES = quote_records(BAIKONUR)
INDEX = make_index()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_quoted_word_run_verifies_exact(data):
    q = data.draw(st.sampled_from(QUOTES))
    inner = _inner(q)
    words = [m.span() for m in re.finditer(r"\S+", inner)]
    n = data.draw(st.integers(min_value=4, max_value=len(words)))
    i = data.draw(st.integers(min_value=0, max_value=len(words) - n))
    text = inner[words[i][0] : words[i + n - 1][1]]
    v = one(text, INDEX)
    assert v.verdict == "exact", (text, v)
    assert v.match and v.match in BAIKONUR
    assert normalise(v.match).text.lower() in normalise(text).text.lower()


_PIECES = list("ab Z.,-—–\n\t \u00a0\u00ad\u200b“”‘’'\"…ﬁ０é\u0301İß`´") + ["-\n", " -\n", "--", " — "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@pytest.mark.slow
def test_normalise_offsets_property(src):
    n = normalise(src)
    offs = list(n.offsets)
    assert len(offs) == len(n.text) + 1 and offs[-1] == len(src)
    assert all(a <= b for a, b in zip(offs, offs[1:]))
    for i, ch in enumerate(n.text):
        if ch in "abZ":
            assert src[offs[i]] == ch
    assert len(search_key(n.text)) == len(n.text)
    if "\u00ad" not in src and "\u200b" not in src:
        assert normalise(n.text).text == n.text


_CLAIM_PIECES = list("abc xyz.,;[]()…“”‘’'\"-—–\n\t\u00ad\u200bİßﬁ０") + [
    "...", " [...] ", "Russia", " is ", "major", " space ", "power", "[it]", "(.*)", "\\b",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CLAIM_PIECES), max_size=30).map("".join), st.booleans())
@pytest.mark.slow
def test_any_claim_gets_a_well_formed_verdict(text, all_matches):
    verdicts = verify(Claim(text, speaker="x", date="2013-01-01"), INDEX, all_matches=all_matches)
    assert verdicts
    for v in verdicts:
        assert v.verdict in ("exact", "fuzzy", "not-quoted", "not-found")
        assert 0.0 <= v.score <= 100.0
        if v.match is not None:
            assert BAIKONUR[v.start : v.end] == v.match


# --------------------------------------------------------------------------- speed


@pytest.mark.slow
def test_ten_thousand_word_claims_are_fast(index):
    rng = random.Random(1)
    words = [w.strip("“”") for w in BAIKONUR.split() if w.strip("“”")]
    invented = " ".join(rng.choice(words) for _ in range(10_000))
    t0 = time.perf_counter()
    v = one(invented, index)
    assert time.perf_counter() - t0 < 3.0
    assert v.verdict == "not-found"

    body = " ".join(rng.choice(words) for _ in range(10_000))
    text = f"Long.\n\n“{body},” Lavrov said.\n"
    idx = Index.build([(Document("long.txt", text), quote_records(text, "long.txt", [("Sergey Lavrov", "Lavrov", None)]))])
    claim_words = body.split()
    claim_words[5000] = "zebra"
    t0 = time.perf_counter()
    v = one(" ".join(claim_words), idx)
    assert time.perf_counter() - t0 < 3.0
    assert v.verdict == "fuzzy" and v.speaker == "Sergey Lavrov"
    t0 = time.perf_counter()
    assert one(body, idx).verdict == "exact"
    assert time.perf_counter() - t0 < 3.0


def test_many_claims_per_second_on_a_small_corpus():
    rng = random.Random(2)
    docs = []
    for k in range(40):
        text = BAIKONUR.replace("Baikonur", f"Baikonur{k}")
        docs.append((Document(f"d{k}.txt", text), quote_records(text, f"d{k}.txt")))
    t0 = time.perf_counter()
    idx = Index.build(docs)
    assert time.perf_counter() - t0 < 2.0
    quotes = [_inner(q) for q in QUOTES]
    claims = []
    for _ in range(200):
        w = rng.choice(quotes).split()
        a = rng.randrange(len(w) - 6)
        c = w[a : a + 8]
        if rng.random() < 0.5:
            c[rng.randrange(len(c))] = "zebra"
        claims.append(Claim(" ".join(c)))
    t0 = time.perf_counter()
    for c in claims:
        verify(c, idx)
    rate = len(claims) / (time.perf_counter() - t0)
    assert rate > 100  # loose: the real target (>= 500/s on 840 articles) is measured separately


def test_a_hyphenated_surname_is_one_surname():
    from quotecheck.names import name_matches
    assert name_matches("Finch-Ortega", ["Teresa Finch-Ortega"])
    assert name_matches("Teresa Finch-Ortega", ["Finch-Ortega"])
    assert not name_matches("Teresa Finch", ["Teresa Finch-Ortega"])


def _literal_char_by_char(ntext: str, a: int, b: int):
    """claims._literal, nothing stripped, as one character at a time would make it."""
    from quotecheck.claims import _ATTACHED, Piece
    from quotecheck.normalise import search_key

    if a >= b:
        return None
    chars, cidx, attached, pos = [], [], [], a
    for m in _ATTACHED.finditer(ntext, a, b):
        for i in range(pos, m.start()):
            chars.append(ntext[i])
            cidx.append(i)
        letters = m.group(1) or m.group(2)
        attached.append((len(chars), len(letters), m.group()))
        for i in range(m.start() + 1, m.start() + 1 + len(letters)):
            chars.append(ntext[i])
            cidx.append(i)
        pos = m.end()
    for i in range(pos, b):
        chars.append(ntext[i])
        cidx.append(i)
    return Piece(search_key("".join(chars)), tuple(cidx), tuple(attached))


@pytest.mark.parametrize("text", [
    "Russia is a great space power.", "[T]he plan is [o]ver, sh[e] said", " [W]e ", "a[b]",
    "[the people] will decide", "...and then", "x", "[Ab]c[de]f [g]", "  .,  ",
])
def test_a_claims_literal_pieces_are_made_as_character_by_character(text):
    from quotecheck import claims

    for a in range(len(text) + 1):
        for b in range(a, len(text) + 1):
            piece = claims._literal(text, a, b, "", "")
            assert piece == _literal_char_by_char(text, a, b)
            if piece is not None:
                assert claims._shown_text(text, piece) == "".join(text[i] for i in piece.cidx)


def test_a_surname_s_particles_are_no_given_names():
    from quotecheck.names import name_matches

    # "Van der Merwe said" (a sentence's first word capitalised) is Annelie van der Merwe
    assert name_matches("Annelie van der Merwe", ["Annelie van der Merwe", "Van der Merwe"])
    assert name_matches("Charles de Gaulle", ["De Gaulle"])
    assert not name_matches("Pieter van der Merwe", ["Annelie van der Merwe"])
