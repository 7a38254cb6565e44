"""Judging a located match: its score and threshold, which quote record holds it, speaker and
date checks.

The fuzzy score (0-100) of a claim against an aligned source passage is the larger of two
similarities (:func:`match_score`):

* **characters**: ``fuzz.ratio`` of the two normalised, case-folded texts;
* **words**: claim and passage as word lists, aligned (Levenshtein): a word found in place
  counts 1, a word standing where the source has another word (a substitution) counts 1/2,
  an added or dropped word 0; the sum over the longer of the two word counts.  Two changed
  words of ten score 90, three 85; three of eight 81.  It only counts when at least
  ``MIN_CONTENT_MATCHES`` (2) of the matched words are content words (not in
  :data:`FUNCTION_WORDS`): a sentence sharing only "the", "of", "that we" with a passage has
  no evidence of being that passage, however its length lines up.  When every word matches
  (only punctuation differs) the character score alone is used.

A match needs ``score >= threshold``: :func:`threshold_for` the claim's word count by default,
or a fixed value (``--threshold``, 0-100) for every claim.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Iterable, Sequence

from quotecheck.model import Quote
from quotecheck.normalise import fold

VERDICT_RANK = {"exact": 0, "fuzzy": 1, "not-quoted": 2, "not-found": 3}


def threshold_for(n_words: int) -> float:
    """Minimum fuzzy score (:func:`match_score`) for a claim of ``n_words`` words.

    ``75 + 20 * exp(-(n - 1) / 5)``: 95 for one word, about 88 for three, 82 for six,
    78 for ten, and it levels off at 75 for long claims.  Short claims need to be closer,
    because one changed word is a larger share of them and chance matches are likelier.
    """
    n = max(1, n_words)
    return round(75.0 + 20.0 * math.exp(-(n - 1) / 5.0), 1)


MIN_CONTENT_MATCHES = 2  # matched content words the word similarity needs to count

# English function words: NLTK's English stop-word list (pronouns, articles, auxiliaries,
# prepositions, conjunctions, the commonest adverbs and quantifiers, and the stems contractions
# leave, as "don" of "don't"), plus the modal verbs.
FUNCTION_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that these those am is are was were be been being have has had having do does did
    doing a an the and but if or because as until while of at by for with about against
    between into through during before after above below to from up down in out on off over
    under again further then once here there when where why how all any both each few more
    most other some such no nor not only own same so than too very s t can will just don
    should now d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn
    needn shan shouldn wasn weren won wouldn
    would could may might must shall
    """.split()
)


def is_content_word(word: str) -> bool:
    """Not a function word (case-folded; ``we're`` is judged by ``we``)."""
    w = word.lower()
    return w not in FUNCTION_WORDS and w.split("'", 1)[0] not in FUNCTION_WORDS


def word_similarity(n_claim: int, n_source: int, matched: int, substituted: int) -> float:
    """0-100: ``(matched + substituted / 2) / max(n_claim, n_source)`` (see the module docstring)."""
    longer = max(n_claim, n_source)
    if longer <= 0:
        return 0.0
    return 100.0 * (matched + 0.5 * substituted) / longer


def match_score(
    char_score: float, n_claim: int, n_source: int, matched: int, substituted: int, content_matched: int
) -> float:
    """The fuzzy score: the character similarity, or the word similarity where that is higher,
    the words differ and at least ``MIN_CONTENT_MATCHES`` matched words are content words."""
    if matched == n_claim == n_source or content_matched < MIN_CONTENT_MATCHES:
        return char_score
    return max(char_score, word_similarity(n_claim, n_source, matched, substituted))


def check_threshold(threshold: float | None) -> float | None:
    if threshold is None:
        return None
    t = float(threshold)
    if not 0.0 <= t <= 100.0 or math.isnan(t):
        raise ValueError(f"threshold must be between 0 and 100, not {threshold!r}")
    return t


# --------------------------------------------------------------------------- speakers

_TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "the", "messrs", "rev", "st",
}
_NAME_TOKEN = re.compile(r"[^\W\d_]+")


def _name_tokens(name: str) -> list[str]:
    toks = _NAME_TOKEN.findall(fold(name))
    return [t for t in toks if t not in _TITLES] or toks


def name_matches(claimed: str, names: Iterable[str | None]) -> bool:
    """Does ``claimed`` name the same speaker as one of ``names``?

    Case- and accent-insensitive; a last name alone matches ("lavrov" ~ "Sergey Lavrov");
    so does a fuller form of the name ("Russian Foreign Minister Sergey Lavrov"), and the
    same last name with the same first initial ("S. Lavrov", "Sergei Lavrov").
    """
    c = _name_tokens(claimed)
    if not c:
        return False
    for name in names:
        if not name:
            continue
        t = _name_tokens(name)
        if not t:
            continue
        if c == t:
            return True
        if c[-1] != t[-1]:
            continue
        if set(c) <= set(t) or set(t) <= set(c):
            return True
        if len(c) >= 2 and len(t) >= 2 and c[0][0] == t[0][0]:
            return True
    return False


def record_names(quote: Quote) -> tuple[str, ...]:
    return tuple(n for n in (quote.speaker, quote.speaker_mention, *quote.aliases) if n)


def speaker_check(claimed: str | None, quote: Quote | None) -> str | None:
    """``ok`` / ``wrong`` / ``unknown`` (the source credits nobody); None when nothing is claimed."""
    if not claimed or not claimed.strip():
        return None
    if quote is None or not quote.speaker:
        return "unknown"
    return "ok" if name_matches(claimed, record_names(quote)) else "wrong"


# --------------------------------------------------------------------------- dates

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$", re.IGNORECASE)


def date_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY-Www`` or ``YYYY``."""
    if not value:
        return None
    v = value.strip()
    try:
        if m := _DAY.match(v):
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(v):
            first = dt.date(int(m[1]), int(m[2]), 1)
            nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if m := _WEEK.match(v):
            first = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return first, first + dt.timedelta(days=6)
        if m := _YEAR.match(v):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def date_check(claimed: str | None, recorded: str | None) -> str | None:
    """``ok`` if the claimed day falls inside the record's date (which may be a month or an
    ISO week), or the record's date inside a less precise claimed one; ``wrong`` if they are
    disjoint; ``unknown`` if the source gives no date (or either cannot be read, or they
    only partly overlap).  None when nothing is claimed."""
    if not claimed or not claimed.strip():
        return None
    c = date_interval(claimed)
    r = date_interval(recorded)
    if c is None or r is None:
        return "unknown"
    if r[0] <= c[0] and c[1] <= r[1]:
        return "ok"
    if c[0] <= r[0] and r[1] <= c[1]:
        return "ok"
    if c[1] < r[0] or r[1] < c[0]:
        return "wrong"
    return "unknown"


# --------------------------------------------------------------------------- records


def containing_record(records: Sequence[Quote], start: int, end: int) -> Quote | None:
    """The record whose span holds source ``[start, end)``: speech before term, then innermost."""
    best = None
    for q in records:
        if q.start <= start and end <= q.end:
            rank = (q.kind != "speech", q.end - q.start)
            if best is None or rank < best[0]:
                best = (rank, q)
    return best[1] if best else None


def overlapping_record(records: Sequence[Quote], start: int, end: int) -> tuple[Quote, int] | None:
    """The record overlapping source ``[start, end)`` the most, with the overlap length."""
    best = None
    for q in records:
        ov = min(end, q.end) - max(start, q.start)
        if ov > 0 and (best is None or (ov, q.kind == "speech") > (best[1], best[0].kind == "speech")):
            best = (q, ov)
    return best
