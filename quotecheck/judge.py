"""Verify, stage 5: judging a located match: its score and threshold, which quote record holds
it, speaker and date checks.

The **similarity** (0-100) of a claim and an aligned source passage (:func:`match_score`) is
the larger of two:

* **characters**: ``fuzz.ratio`` of the two normalised, case-folded texts;
* **words**: from the word alignment (:mod:`quotecheck.align`): a claim word aligned to the
  same word counts 1, one standing where the source has another word 1/2, a claim word the
  source lacks 0, and each source word the claim leaves out adds 1/2 to the denominator:
  ``(matched + substituted / 2) / (claim words + dropped / 2)``.  Three changed words of
  eight score 81.25; two words dropped from a nine-word passage 87.5.  It only counts when
  at least ``MIN_CONTENT_MATCHES`` (2) matched words are content words (not function words
  like "the", "of", "we"), and when some word differs (only punctuation or spelling
  differing: the character similarity alone).

A match needs ``similarity >= threshold``: :func:`threshold_for` the claim's word count by
default, or a fixed value (``--threshold``, 0-100) for every claim.

The **score** a verdict shows (:func:`final_score`) is the similarity less
``MEANING_PENALTY`` (25) per meaning change (negation, number, quantity, name): "Russia is not
a major space power" is 93.5 similar to "Russia is a major space power" but scores 68.5.
"""

from __future__ import annotations

import math
from typing import Sequence

from quotecheck.align import FUNCTION_WORDS, MIN_CONTENT_MATCHES, is_content_word  # noqa: F401
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


MEANING_PENALTY = 25.0  # score points each meaning change costs


def word_similarity(n_claim: int, matched: int, substituted: int, dropped: int) -> float:
    """0-100: ``(matched + substituted / 2) / (n_claim + dropped / 2)`` (see the module docstring)."""
    denominator = n_claim + 0.5 * dropped
    if denominator <= 0:
        return 0.0
    return 100.0 * (matched + 0.5 * substituted) / denominator


def match_score(char_score: float, n_claim: int, matched: int, substituted: int, dropped: int,
                content_matched: int) -> float:
    """The similarity: the character similarity, or the word similarity where that is higher,
    some word differs and at least ``MIN_CONTENT_MATCHES`` matched words are content words."""
    if (matched == n_claim and not dropped) or content_matched < MIN_CONTENT_MATCHES:
        return char_score
    return max(char_score, word_similarity(n_claim, matched, substituted, dropped))


def final_score(similarity: float, changes: int) -> float:
    """The score a verdict shows: the similarity less ``MEANING_PENALTY`` per meaning change."""
    return max(0.0, similarity - MEANING_PENALTY * changes)


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
