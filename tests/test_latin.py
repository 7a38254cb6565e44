"""The `re` twins of the parser's `regex` patterns must find exactly what the patterns find."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck import dates, dating, entities, mentions, phrases, resolve, spans, speakers, subjects
from quotecheck.latin import (
    LATIN, Twin, behind, is_latin, is_latin_caseless, native_words, to_re,
)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _twins() -> dict[str, Twin]:
    """Every module-level twin, under the module that makes it: the modules are read from the
    bottom up, and one imported from a module below is already listed."""
    out: dict[str, Twin] = {}
    seen: set[int] = set()
    for module in (spans, dates, phrases, subjects, mentions, entities, resolve, speakers, dating):
        for name, value in vars(module).items():
            if isinstance(value, Twin) and id(value) not in seen:
                seen.add(id(value))
                out[f"{module.__name__}.{name}"] = value
    return out


TWINS = _twins()


def test_the_parser_has_its_twins():
    # The busiest patterns of every stage; if one stops being a twin, this says which.
    for name in ("quotecheck.spans.SENTENCE_END", "quotecheck.entities._CAPITAL_RUN",
                 "quotecheck.mentions._AFTER_SUBJECT", "quotecheck.dates.DATE_PATTERN",
                 "quotecheck.dating._SENTENCE_BREAK", "quotecheck.entities._APPOSITION"):
        assert name in TWINS


@pytest.mark.parametrize("name", sorted(TWINS))
def test_every_twin_compiles_in_both_engines(name):
    # Twins compile when first wanted; this is where a pattern `re` cannot take would show.
    pattern = TWINS[name]
    assert isinstance(pattern.any, regex.Pattern)
    assert isinstance(pattern.latin, re.Pattern)


@pytest.mark.parametrize("escape", [r"\p{Lu}", r"\p{Ll}", r"\p{L}", r"\p{M}", r"\s", r"\w", r"\d"])
def test_every_latin_character_is_classed_alike(escape):
    expected = [c for c in LATIN if regex.fullmatch(escape, c)]
    assert [c for c in LATIN if re.fullmatch(to_re(escape), c)] == expected
    assert [c for c in LATIN if re.fullmatch(to_re(f"[{escape}]"), c)] == expected
    assert [c for c in LATIN if re.fullmatch(to_re(f"[^{escape}]"), c)] == [
        c for c in LATIN if not regex.fullmatch(escape, c)]


def test_word_boundaries_agree_between_every_pair_of_latin_characters():
    # Every character next to a letter, a digit, a combining mark, a space and a dash.
    pattern = Twin(r"\b")
    for c in LATIN:
        for other in "a9\u0301 -":
            for s in (c + other, other + c):
                assert [m.start() for m in pattern.latin.finditer(s)] == [
                    m.start() for m in pattern.any.finditer(s)], repr(s)


@pytest.mark.slow
def test_ignoring_case_only_dotless_and_dotted_i_fold_apart():
    # Why a case-insensitive twin is not used on a text with "ı" or "İ".
    apart = set()
    for letter in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ":
        for c in LATIN:
            if bool(regex.fullmatch(f"(?i){letter}", c)) != bool(re.fullmatch(f"(?i){letter}", c)):
                apart.add(c)
    assert apart == {"ı", "İ"}


@pytest.mark.parametrize("escape", [r"\p{L}", r"[\p{L}\p{M}]", r"[^\p{L}]", r"\s", r"\w", r"\d"])
def test_ignoring_case_these_classes_still_agree(escape):
    expected = [c for c in LATIN if regex.fullmatch(f"(?i){escape}", c)]
    assert [c for c in LATIN if re.fullmatch("(?i)" + to_re(escape), c)] == expected


def test_ignoring_case_cased_properties_disagree_so_they_get_no_twin():
    # `regex` lets (?i)\p{Lu} match lower-case letters with no upper case of their own.
    apart = {c for c in LATIN
             if bool(regex.fullmatch(r"(?i)\p{Lu}", c)) != bool(re.fullmatch("(?i)" + to_re(r"\p{Lu}"), c))}
    assert {"µ", "ĸ"} <= apart  # ("ß" agrees since "ẞ", its capital, is among the characters)
    for pattern, flags in ((r"(?i)\p{Lu}", 0), (r"x(?i:\p{Ll})", 0), (r"\p{Lu}", regex.IGNORECASE)):
        with pytest.raises(ValueError):
            Twin(pattern, flags).latin  # noqa: B018 (compiled when first wanted)
    assert Twin(r"(?i:the)\s+\p{Lu}").search("The Times").group() == "The T"  # scoped: fine


def test_which_texts_are_latin():
    assert is_latin("Kazakhstan’s Foreign Ministry said “no”.")
    assert is_latin("Café, naïve, Łódź, Dvořák")
    assert not is_latin("Москва said")
    assert not is_latin("a \u2c65 letter")  # Latin Extended-C lies outside the twins' range
    assert is_latin("İstanbul") and not is_latin_caseless("İstanbul")
    assert not is_latin_caseless("Diyarbakır")


def test_a_twin_takes_the_regex_pattern_off_the_latin_blocks():
    pattern = Twin(r"\p{Lu}\p{Ll}+")
    assert pattern.on("Moscow") is pattern.latin
    assert pattern.on("Москва") is pattern.any
    assert pattern.search("in Москва").group() == "Москва"
    assert pattern.search("in Moscow").group() == "Moscow"
    # Ignoring case, `re` takes "ı" for an "i" and `regex` does not; the twin reads as `regex`.
    assert re.search(r"(?i)diyarbakir", "Diyarbakır") is not None
    assert regex.search(r"(?i)diyarbakir", "Diyarbakır") is None
    assert Twin(r"(?i)diyarbakir").search("Diyarbakır") is None


def test_what_re_cannot_say_is_refused():
    for pattern in (r"\P{Lu}", r"[\S]", r"\X", r"[\b]"):
        with pytest.raises(ValueError):
            to_re(pattern)


def test_look_behind_for_words_of_several_lengths():
    after_title = re.compile(behind(["Mr", "Mrs", "Prof"], lead=r"(?<![a-z])") + r"\.")
    assert [m.start() for m in after_title.finditer("Mr. Mrs. Prof. Smr. The end.")] == [2, 7, 13]
    not_after = re.compile(r"\." + behind(["Mr", "Mrs"], tail=r"\.", negative=True))
    assert [m.start() for m in not_after.finditer("Mr. Mrs. Smith. Ok.")] == [14, 18]


def _found(pattern, s, *bounds):
    return [(m.span(), m.groups()) for m in pattern.finditer(s, *bounds)]


def _check_all_twins(s: str) -> None:
    # The whole string, and a stretch of it: the parser searches between bounds, where look-backs
    # see the text before the stretch and the stretch's end is the end.
    stretch = (len(s) // 3, len(s) * 2 // 3)
    for name, pattern in TWINS.items():
        chosen = pattern.on(s)
        assert _found(chosen, s) == _found(pattern.any, s), (name, s)
        assert _found(chosen, s, *stretch) == _found(pattern.any, s, *stretch), (name, s, stretch)


@pytest.mark.slow
def test_twins_agree_on_every_fixture():
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    latin = [text for text in texts if is_latin(text)]
    # Every fixture is written in the characters the twins know (Vietnamese, "€", "₹", "★" too).
    assert len(latin) == len(texts)
    for text in latin:
        _check_all_twins(text)


# Text from the characters the patterns care about: capitals and lower case (with accents and
# combining marks), digits, spaces, every kind of mark and dash, the abbreviations' letters.
_ALPHABET = ("aeistdMrSJnoCUKEéÉçÇßµĸ\u0301ıİ0129 \t\n\u00a0\u2009.,;:!?'\"’‘“”«»()-–—―"
             "said told according to Mr. Mrs. Jan. Sen. Gov. U.S. the he she May March 2016 ")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=120))
@pytest.mark.slow
def test_twins_agree_on_any_latin_text(s):
    _check_all_twins(s)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["“We won,” ", "said ", "Mr. Smith", ", the minister, ", "he ",
                                 "told reporters on March 3, 2016. ", "According to ", "Sen. ",
                                 "John O’Neill", "—", ": ", "\n\n", "‘term’ ", "in ", "İzmir ",
                                 "according to Mr. ßmith, ", "the ", "Ms. ", "ĸ"]),
                max_size=25))
@pytest.mark.slow
def test_twins_agree_on_sentences_of_news(parts):
    _check_all_twins("".join(parts))


def test_where_re_reads_words_as_regex_does():
    assert native_words("the meeting in Łódź, Kazakhstan’s “talks”")
    assert not native_words("x² + y²")  # a superscript is a word character to `re` only
    assert not native_words("cafe\u0301")  # a combining mark is one to `regex` only
    assert not native_words("Москва")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET + "²½\u203f", max_size=80))
def test_plain_re_finds_occasions_wherever_its_words_agree(s):
    s = s.lower() + " met at the press conference"
    if native_words(s):
        assert _found(dating._OCCASION_RE, s) == _found(dating._OCCASION, s)
