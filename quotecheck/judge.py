"""Verify, stage 5: judging a located match: which quote record holds it, its verdict, the
threshold, speaker and date checks.  The scores come from :mod:`quotecheck.align`.

A match needs ``similarity >= threshold``: :func:`threshold_for` the claim's word count by
default, or a fixed value (``--threshold``, 0-100) for every claim.  Its verdict is

* ``exact``: the claim's words (tolerances only), every piece of an ellipsis claim too, inside
  one quote record, the pieces in order and close together;
* ``fuzzy``: words differ, or the pieces are all there but not in one quote or not close
  together (score: the share of the claim's words inside the credited quote);
* ``not-quoted``: the words are in the source, exactly or fuzzily, but outside any quotation;
* ``not-found``: nothing reaches the threshold.

Ranking (:meth:`Judged.rank`): verdict, then a match without meaning changes before one with,
then the speaker and date checks, then the score.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from quotecheck.align import align, final_score, share_score
from quotecheck.claims import Claim, Piece, Prepared
from quotecheck.dates import date_range
from quotecheck.index import Index, Located
from quotecheck.model import VERDICTS, Document, Quote, Verdict
from quotecheck.names import name_matches

VERDICT_RANK = {v: rank for rank, v in enumerate(VERDICTS)}


def threshold_for(n_words: int) -> float:
    """Minimum fuzzy score (:func:`match_score`) for a claim of ``n_words`` words.

    ``75 + 20 * exp(-(n - 1) / 5)``: 95 for one word, about 88 for three, 82 for six,
    78 for ten, and it levels off at 75 for long claims.  Short claims need to be closer,
    because one changed word is a larger share of them and chance matches are likelier.
    """
    n = max(1, n_words)
    return round(75.0 + 20.0 * math.exp(-(n - 1) / 5.0), 1)


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


# --------------------------------------------------------------------------- verdicts


@dataclass(frozen=True)
class Judged:
    verdict: Verdict
    doc: int
    nstart: int
    nend: int

    def rank(self, claim: Claim) -> tuple:
        v = self.verdict
        return (
            VERDICT_RANK[v.verdict],
            bool(v.changes),
            v.speaker_check == "wrong",
            v.speaker_check != "ok" if claim.speaker else False,
            v.date_check == "wrong",
            -v.score,
            self.doc,
            self.nstart,
        )


def not_found(claim: Claim, score: float, notes: tuple[str, ...], document: Document | None = None,
               start: int = 0, end: int = 0) -> Verdict:
    """A not-found verdict, showing the closest passage of ``document`` when there is one."""
    return Verdict(
        id=claim.id,
        verdict="not-found",
        score=score,
        speaker=None,
        speaker_check="unknown" if claim.speaker else None,
        date=None,
        date_check="unknown" if claim.date else None,
        source=document.source if document else None,
        line=document.text.count("\n", 0, start) + 1 if document else None,
        match=document.text[start:end] if document else None,
        start=start if document else None,
        end=end if document else None,
        notes=notes,
    )


def judge_location(claim: Claim, prepared: Prepared, loc: Located, index: Index, thr: float) -> Judged | None:
    """Turn a location into a verdict against the document's quote records (None: below
    threshold).  A fuzzy match only partly inside a quote is aligned again inside that quote."""
    doc = index.corpus.docs[loc.doc]
    src_parts = [doc.norm.source_span(a, b) for a, b in loc.parts]
    part_recs = [containing_record(index.records_around(loc.doc, s, e), s, e) for s, e in src_parts]
    notes = list(loc.notes)
    changes = loc.changes
    problems = list(loc.problems)
    kind, score = loc.kind, loc.score
    nstart, nend = loc.start, loc.end
    record: Quote | None = None

    if all(r is not None for r in part_recs):
        distinct: list[Quote] = []
        for r in part_recs:
            if not any(r is d for d in distinct):
                distinct.append(r)  # type: ignore[arg-type]
        if len(distinct) == 1:
            record = distinct[0]
        else:
            record, score = main_record(prepared, part_recs)
            names = []
            for r in distinct:
                name = r.speaker or "nobody credited"
                if name not in names:
                    names.append(name)
            if len(names) > 1:
                problems.append(f"pieces from different speakers' quotes: {' / '.join(names)}")
            else:
                problems.append(f"pieces from {len(distinct)} different quotes")
    elif len(loc.parts) == 1:
        s, e = src_parts[0]
        hit = overlapping_record(index.records_around(loc.doc, s, e), s, e)
        if hit is not None and hit[1] * 2 >= max(1, e - s):
            rec = hit[0]
            lo = doc.norm.offsets.to_norm(rec.start)
            hi = doc.norm.offsets.to_norm(rec.end)
            al = align(prepared, doc, lo, hi)
            if al is not None and al.score >= thr:
                record, kind, score = rec, "fuzzy", al.score
                nstart, nend = al.start, al.end
                notes, changes = list(al.diff), al.changes
    else:
        if any(r is not None for r in part_recs):
            record, score = main_record(prepared, part_recs)
            problems.append("pieces outside any quote")

    if kind == "fuzzy" and score < thr and (record is None or not problems):
        return None
    if record is None:
        verdict = "not-quoted"
    elif kind == "exact" and not problems:
        verdict = "exact"
    else:  # words that differ, or the words there but not the constraints
        verdict = "fuzzy"

    s, e = doc.norm.source_span(nstart, nend)
    document = index.documents[loc.doc]
    if record is not None:
        speaker, date = record.speaker, record.date
        sc = speaker_check(claim.speaker, record)
        dc = date_check(claim.date, record.date)
    else:
        speaker = date = None
        sc = speaker_check(claim.speaker, None)
        dc = date_check(claim.date, None)
    verdict_obj = Verdict(
        id=claim.id,
        verdict=verdict,
        score=round(final_score(float(score), len(changes)), 1),
        speaker=speaker,
        speaker_check=sc,
        date=date,
        date_check=dc,
        source=document.source,
        line=index.line(loc.doc, s),
        match=document.text[s:e],
        start=s,
        end=e,
        notes=tuple(problems + notes),
        changes=changes,
    )
    return Judged(verdict_obj, loc.doc, nstart, nend)


def main_record(prepared: Prepared, part_recs: list[Quote | None]) -> tuple[Quote, float]:
    """For a claim whose parts sit in several quotes: the quote holding most of its words,
    and the share of the claim's words it holds (0-100)."""
    sizes: dict[int, int] = {}
    by_id: dict[int, Quote] = {}
    parts = prepared.search_parts
    words = [sum(len(it.key.split()) for it in part if isinstance(it, Piece)) for part in parts]
    for n, r in zip(words, part_recs):
        if r is None:
            continue
        sizes[id(r)] = sizes.get(id(r), 0) + n
        by_id[id(r)] = r
    best = max(sizes, key=lambda k: sizes[k])
    return by_id[best], share_score(sizes[best], sum(words))
