"""Stage 4: date each attributed passage.

In order of preference: a date in the attribution's own sentence (``explicit``); a date the text
ties to the occasion the attribution names, or the date of the passage this one continues
(``context``); the document's own date (``document``).  Dates inside quotations are never used:
what someone says about a day is not the day they said it.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

import regex

from quotecheck import dates, lexicon
from quotecheck.dates import DateExpr
from quotecheck.latin import Twin, native_words
from quotecheck.lexicon import word_trie
from quotecheck.model import Attribution, Span
from quotecheck.spans import SENTENCE_END_TAIL

# Words that name an occasion ("after the meeting", "at a press conference"), looked for in
# lower-cased text: a plain alternation is many times faster than a case-insensitive one, and a trie
# ("me(?:et(?:ing(?:s)?)?|t)") faster still.  `re` finds the same words with its own \b, in half
# the time, wherever its \b agrees with regex's (see latin.py); other text keeps `regex`.
_OCCASION_WORDS = word_trie(
    "meeting meetings met meet talks briefing interview interviewed visit visited trip tour toured "
    "summit hearing testimony testified speech address addressed rally debate session event "
    "ceremony vigil funeral launch match game homily sermon eulogy lecture keynote broadcast".split()
    + ["press conference", "news conference"]
)
_OCCASION = regex.compile(rf"\b{_OCCASION_WORDS}\b")
_OCCASION_RE = re.compile(rf"\b{_OCCASION_WORDS}\b")
# The words alone, even inside other words: a pattern that begins with a letter lets the engine
# skip to the letters that begin one of them, where one that begins with \b tries every place.  Most
# clauses hold none, and are done with at that first, cheaper search.
_OCCASION_ANYWHERE = re.compile(_OCCASION_WORDS)


# One occasion by any of its words: "met" and "the meeting", "testified" and "testimony".
_OCCASION_KIND = {"meetings": "meeting", "met": "meeting", "meet": "meeting", "interviewed": "interview",
                  "visited": "visit", "toured": "tour", "testified": "testimony", "address": "speech",
                  "addressed": "speech", "news conference": "press conference"}


def _occasions(text: str, lo: int, hi: int) -> frozenset[str]:
    """The occasions the text names between ``lo`` and ``hi``, each by its kind."""
    clause = text[lo:hi].lower()
    if _OCCASION_ANYWHERE.search(clause) is None:
        return frozenset()
    pattern = _OCCASION_RE if native_words(clause) else _OCCASION
    return frozenset(_OCCASION_KIND.get(w, w) for w in pattern.findall(clause))


# A sentence's end or a blank line.  Spelled to begin with one character class, the first
# character of either, so that the engine skips from one such character to the next, where
# "SENTENCE_END|\n\s*\n" would be tried at every place (a third more costly).
_SENTENCE_BREAK = Twin(rf"[.!?\n](?:(?<=[.!?]){SENTENCE_END_TAIL}|(?<=\n)\s*\n)")


class _Narration:
    """The dates a document writes outside its quotations, looked up by position.

    Most attributions hold no date, so the whole text is searched only when a question needs it
    (an occasion to look back for, or a year-less date with no document date to take a year
    from); an attribution's own sentence is searched on its own.
    """

    def __init__(self, text: str, spans: list[Span], doc_date: dt.date | None):
        self.text = text
        self.quoted_spans = [(s.start, s.end) for s in spans]
        self.quote_starts = [s.start for s in spans]
        self.doc_date = doc_date
        self._all: list[DateExpr] | None = None
        self._reference: dt.date | None = None
        # Passages that share an attribution sentence ask for the same clause again.
        self._windows: dict[tuple[int, int], list[DateExpr]] = {}
        # Later passages look back over the same dates: whether each one's sentence names an
        # occasion is worked out once.
        self.occasion_at: dict[int, frozenset[str]] = {}
        # The text lowercased once, for the first search of every clause for an occasion's word
        # (most clauses hold none): where each character lowercases to one, and no Σ (whose
        # lowercase depends on the letter after it), a stretch of it is that stretch lowercased.
        lowered = text.lower()
        self._lowered = lowered if len(lowered) == len(text) and "Σ" not in text else None

    def occasions(self, lo: int, hi: int) -> frozenset[str]:
        """``_occasions`` of the text between ``lo`` and ``hi``."""
        if self._lowered is not None and _OCCASION_ANYWHERE.search(self._lowered, lo, hi) is None:
            return frozenset()
        return _occasions(self.text, lo, hi)

    def quoted(self, pos: int) -> bool:
        """Does pos lie inside a quotation?"""
        k = bisect_left(self.quote_starts, pos + 1) - 1
        return k >= 0 and self.quoted_spans[k][0] <= pos < self.quoted_spans[k][1]

    def _outside_quotes(self, exprs: list[DateExpr]) -> list[DateExpr]:
        return [expr for expr in exprs if not self.quoted(expr.start)]

    def all(self) -> list[DateExpr]:
        if self._all is None:
            self._all = self._outside_quotes(dates.find_dates(self.text))
            self._starts = [e.start for e in self._all]
        return self._all

    def between(self, lo: int, hi: int) -> list[DateExpr]:
        if self._all is None and hi - lo < 2000:
            found = self._windows.get((lo, hi))
            if found is None:
                found = self._outside_quotes(dates.find_dates(self.text, lo, hi))
                self._windows[lo, hi] = found
            return found
        found = self.all()
        return found[bisect_left(self._starts, lo):bisect_left(self._starts, hi)]

    def resolve(self, expr: DateExpr) -> str | None:
        if self.doc_date is None and expr.year is None and expr.relative is None:
            if self._reference is None:
                self._reference = dates.latest_full_date(self.all()) or dt.date.min
            reference = None if self._reference == dt.date.min else self._reference
            return dates.resolve(expr, None, reference)
        return dates.resolve(expr, self.doc_date)


def date_quotes(
    text: str, spans: list[Span], atts: list[Attribution], doc_date: dt.date | None
) -> list[tuple[str | None, str | None]]:
    """(date, date_source) for every passage, in order; (None, None) for terms."""
    nar = _Narration(text, spans, doc_date)
    out: list[tuple[str | None, str | None]] = []
    years_ago: set[int] = set()  # passages said in another year than the document's, no day given
    for i, att in enumerate(atts):
        if att.kind != "speech":
            out.append((None, None))
            continue
        inherited = out[att.follows] if att.follows is not None else (None, None)
        if att.split and inherited[0]:
            # The second part of a split passage: the occasion of its first part.
            out.append(_inherit(inherited))
            continue
        date = _explicit(nar, att)
        if date:
            out.append((date, "explicit"))
            continue
        date = _occasion(nar, att) or _document_dated(nar, att)
        if date is None and att.cue is None and att.follows is None:
            # Nobody's attribution: the occasion the sentence before it tells of.
            date = _preceding_sentence_date(nar, spans[i].start)
        if date:
            out.append((date, "context"))
        elif _other_year(nar, att, doc_date) or att.follows in years_ago:
            # "she told the Globe and Mail in 2009": no day the text gives, nor for the words
            # that go on from there
            out.append((None, None))
            years_ago.add(i)
        elif inherited[0]:
            out.append(_inherit(inherited))
        elif doc_date:
            out.append((doc_date.isoformat(), "document"))
        else:
            out.append((None, None))
    return out


_IN_YEAR = re.compile(r"\bin\s+(?P<year>1[89]\d\d|20\d\d)\b")


def _other_year(nar: _Narration, att: Attribution, doc_date: dt.date | None) -> bool:
    """Does the attribution put what was said in a year alone, not the document's: "in 2009"
    after its verb, in the same clause ("she told the Globe and Mail in 2009"; not "Mr Sharma,
    who came to Scotland in 1999, said")?"""
    if att.cue_pos < 0 or nar.text.find(" in ", att.cue_pos, att.cue_pos + 80) < 0:
        return False  # (most attributions: no "in" after the verb)
    hi = min(len(nar.text), att.cue_pos + 80)
    for lo, end in att.clause:
        if lo <= att.cue_pos < end:
            hi = min(hi, end)
    m = _IN_YEAR.search(nar.text, att.cue_pos, hi)
    return bool(m and "," not in nar.text[att.cue_pos:m.start()]
                and (doc_date is None or int(m["year"]) != doc_date.year))


def _inherit(previous: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    return previous[0], "document" if previous[1] == "document" else "context"


_FUTURE = re.compile(r"\b(?:would|will|shall|plans? to|planned to|is due to|was due to|is set to|intends? to)\b")


def _explicit(nar: _Narration, att: Attribution) -> str | None:
    """The date in the attribution's own sentence nearest its reporting verb."""
    best = None
    for lo, hi in att.clause:
        for expr in nar.between(lo, hi):
            if att.cue_pos >= 0 and expr.start > att.cue_pos and (
                    _FUTURE.search(nar.text, att.cue_pos, expr.start)
                    or _of_someone_else(nar.text, att, expr.start)):
                # "said he would ask the manager to come on Thursday": a day to come, not the day
                # said; "He said Fernando, who split his hand on Friday, would fly home": that of
                # what a relative clause tells of someone else (but "said Rushton, who was reached
                # by phone on Wednesday": the speaker's own)
                continue
            value = nar.resolve(expr)
            if value is None:
                continue
            distance = abs(expr.start - att.cue_pos) if att.cue_pos >= 0 else 0
            if best is None or distance < best[0]:
                best = (distance, value)
    return best[1] if best else None


def _occasion(nar: _Narration, att: Attribution) -> str | None:
    """A date the text ties to the occasion the attribution names ("after the meeting"): the
    latest earlier sentence of the narration that has a date and names the same occasion ("the
    meeting", "met": "told the rally" is not dated by a meeting planned for Monday), else any
    occasion ("At a joint press conference afterwards" after "The two ministers met ... on
    Wednesday")."""
    if not att.clause:
        return None
    wanted = frozenset().union(*(nar.occasions(lo, hi) for lo, hi in att.clause))
    if not wanted:
        return None
    start = att.clause[0][0]
    told = nar.occasion_at
    other = None  # the latest date of another occasion, if none names this one
    for expr in reversed(nar.between(max(0, start - 20000), start)[-40:]):
        named = told.get(expr.start)
        if named is None:
            lo, hi = _sentence_around(nar.text, expr.start)
            named = told[expr.start] = nar.occasions(lo, hi)
        if not named:
            continue
        if not wanted.isdisjoint(named):
            if value := _occasion_date(nar, expr):
                return value
        elif other is None:
            other = _occasion_date(nar, expr)
    return other


def _occasion_date(nar: _Narration, expr: DateExpr) -> str | None:
    """The date of the occasion the sentence holding ``expr`` tells of: of its dates, the one
    nearest a word of its occasion ("addressed the nation on Thursday night and urged people to
    move before dark on Friday": Thursday), never one a deadline's word opens ("until Sunday"),
    and one the text lets us resolve ("on Sunday, January 25, 2026", with no document date)."""
    lo, hi = _sentence_around(nar.text, expr.start)
    found = nar.between(lo, hi)
    if len(found) < 2:
        return nar.resolve(expr)  # (most sentences: one date)
    sentence = nar.text[lo:hi].lower()
    pattern = _OCCASION_RE if native_words(sentence) else _OCCASION
    spots = [lo + m.start() for m in pattern.finditer(sentence)]
    for near in _nearest_first(nar, found, spots) if spots else ():
        if value := nar.resolve(near):
            return value
    return nar.resolve(expr)


def _nearest_first(nar: _Narration, found: list[DateExpr], spots: list[int]) -> list[DateExpr]:
    """The dates ``found`` in a sentence, nearest one of ``spots`` first, without those a
    deadline's word opens ("could be without electricity until Sunday": no day it happened)."""
    dated = [e for e in found if not _DEADLINE.search(nar.text, max(0, e.start - 10), e.start)]
    return sorted(dated, key=lambda e: min(abs(e.start - spot) for spot in spots))


# "According to the report": a document the attribution refers back to, by its noun.
_THE_DOCUMENT = re.compile(rf"the\s+(?:\w+\s+)?(?P<noun>{word_trie(lexicon.DOCUMENT_NOUNS)})", re.IGNORECASE)
# The document an attribution names after its verb: "said in its statement", "wrote in the post".
_ITS_DOCUMENT = re.compile(rf"(?<![\w’'-])(?i:in|on)\s+(?:its|their|his|her|the)\s+(?P<noun>{word_trie(lexicon.DOCUMENT_NOUNS)})\b")

# (a cheap scan first, for either: most clauses have neither)
_DOCUMENT_HINT = re.compile(r"[IiOo]n (?:its|their|his|her|the) |(?:[Aa]fter|[Ff]ollowing) the ")
_AFTER_DOCUMENT = re.compile(rf"\b(?:[Aa]fter|[Ff]ollowing)\s+the\s+(?:\w+\s+)?(?P<noun>{word_trie(lexicon.DOCUMENT_NOUNS)})\b")


def _document_dated(nar: _Narration, att: Attribution) -> str | None:
    """ "…," according to the report, or "…," the bank said in its statement: the date of the
    last earlier sentence that mentions a document of that kind with a date ("a report dated
    October 14, 2024", "In a statement released on Thursday")."""
    if not att.clause:
        return None
    m = _THE_DOCUMENT.fullmatch(att.mention) if att.mention else None
    for lo, hi in att.clause if m is None and att.cue_pos >= 0 else ():
        # "said in its statement", "In the letter, seen by the Guardian, he wrote"; "wrote shortly
        # after the decision was published": the day of the document it follows
        if _DOCUMENT_HINT.search(nar.text, lo, hi) and (
                (m := _ITS_DOCUMENT.search(nar.text, lo, hi)) or (m := _AFTER_DOCUMENT.search(nar.text, lo, hi))):
            break
    if m is None:
        return None
    lo = att.clause[0][0]
    noun = re.compile(rf"\b{m['noun']}\b", re.IGNORECASE)
    for expr in reversed(nar.between(max(0, lo - 3000), lo)[-20:]):
        s_lo, s_hi = _sentence_around(nar.text, expr.start)
        if (named := noun.search(nar.text, s_lo, s_hi)) is None:
            continue
        # of the sentence's dates, the one nearest the document's noun ("The commission's
        # decision, published on Wednesday, found ... until it changed the setting in March 2025"),
        # none in what it says ("the bench held that the CDA had given ... on October 14, 2025":
        # the day of the events it tells of)
        told = _TELLS_THAT.search(nar.text, named.end(), s_hi)
        dates = _nearest_first(nar, [d for d in nar.between(s_lo, s_hi) if told is None or d.start < told.start()],
                               [named.start()])
        if dates and (value := nar.resolve(dates[0])):
            return value
    return None


# A document's verb of telling, then what it tells: "the bench held that", "the report found that".
_TELLS_THAT = re.compile(r"\b(?:held|found|ruled|concluded|noted|said|says|stated|states|argued|observed|"
                         r"determined|decided|warned|showed|shows|finds|holds|concludes|notes) that\b")
_DEADLINE = re.compile(r"\b(?:until|till|by|through|before)\s+$")


def _preceding_sentence_date(nar: _Narration, start: int) -> str | None:
    text = nar.text
    pos = start - 1
    while pos > 0 and text[pos].isspace():
        pos -= 1
    if pos <= 0 or nar.quoted(pos):
        return None
    lo, hi = _sentence_around(text, pos)
    # (not a date of a relative clause's own event: "Fernando, who split his hand on Friday,")
    found = [d for d in nar.between(lo, min(hi, start)) if not _in_relative_clause(text, lo, d.start)]
    if not found or _FUTURE.search(text, lo, found[-1].start):
        return None  # ("The councillor said he would ask the manager to come on Thursday.")
    return nar.resolve(found[-1])


def _in_relative_clause(text: str, lo: int, at: int) -> bool:
    """Is ``at`` inside a relative clause set off by commas that is still open there ("Pathum
    Fernando, who split the webbing of his hand while fielding on Friday, would fly home")?"""
    return _relative_clause_at(text, lo, at) >= 0


def _relative_clause_at(text: str, lo: int, at: int) -> int:
    """Where the relative clause holding ``at`` (see ``_in_relative_clause``) opens, or -1."""
    k = max(text.rfind(", who ", lo, at), text.rfind(", which ", lo, at), text.rfind(", whose ", lo, at))
    return k if k >= 0 and text.find(",", k + 2, at) < 0 else -1


def _of_someone_else(text: str, att: Attribution, at: int) -> bool:
    """Is ``at``, after the reporting verb, inside a relative clause of someone else than the
    speaker the attribution names?"""
    k = _relative_clause_at(text, att.cue_pos, at)
    return k >= 0 and not (att.mention and text[:k].endswith(att.mention))


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    lo = max(0, pos - 400)
    start = lo
    sentence_break = _SENTENCE_BREAK.on(text)
    for m in sentence_break.finditer(text, lo, pos):
        start = m.end()
    m = sentence_break.search(text, pos, min(len(text), pos + 400))
    return start, (m.start() + 1 if m else min(len(text), pos + 400))
