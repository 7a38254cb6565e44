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

import math
from typing import Sequence

from quotecheck.dates import date_range
from quotecheck.model import Quote
from quotecheck.names import name_matches

VERDICTS = ("exact", "fuzzy", "not-quoted", "not-found")  # best first
VERDICT_RANK = {v: rank for rank, v in enumerate(VERDICTS)}


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

def date_check(claimed: str | None, recorded: str | None) -> str | None:
    """``ok`` if the claimed day falls inside the record's date (which may be a month or an
    ISO week), or the record's date inside a less precise claimed one; ``wrong`` if they are
    disjoint; ``unknown`` if the source gives no date (or either cannot be read, or they
    only partly overlap).  None when nothing is claimed."""
    if not claimed or not claimed.strip():
        return None
    c = date_range(claimed.strip())
    r = date_range(recorded.strip()) if recorded else None
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
