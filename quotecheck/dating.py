"""Stage 4: date each attributed passage.

In order of preference: a date in the attribution's own sentence (``explicit``); a date the text
ties to the occasion the attribution names, or the date of the passage this one continues
(``context``); the document's own date (``document``).  Dates inside quotations are never used:
what someone says about a day is not the day they said it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left

import regex

from quotecheck import dates
from quotecheck.dates import DateExpr
from quotecheck.model import Span
from quotecheck.speakers import Attribution

# Words that name an occasion ("after the meeting", "at a press conference").
_OCCASION = regex.compile(
    r"(?i)\b(?:meeting|meetings|met|meet|talks|press conference|news conference|briefing|"
    r"interview|interviewed|visit|visited|trip|tour|toured|summit|hearing|testimony|testified|"
    r"speech|address|addressed|rally|debate|session)\b"
)
_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’)]*\s+(?=[\p{Lu}\"“])|\n\s*\n")


class _Narration:
    """The dates a document writes outside its quotations, found once, looked up by position."""

    def __init__(self, text: str, spans: list[Span], doc_date: dt.date | None):
        self.text = text
        quoted = [(s.start, s.end) for s in spans]
        starts = [s for s, _ in quoted]
        self.dates: list[DateExpr] = []
        for expr in dates.find_dates(text):
            k = bisect_left(starts, expr.start + 1) - 1
            if k >= 0 and quoted[k][0] <= expr.start < quoted[k][1]:
                continue  # inside a quotation
            self.dates.append(expr)
        self.starts = [e.start for e in self.dates]
        self.quoted = quoted
        self.doc_date = doc_date
        self.reference = None
        if doc_date is None:
            full = [dates.resolve(e, None) for e in self.dates if e.full]
            full = [dt.date.fromisoformat(v) for v in full if v and len(v) == 10]
            self.reference = max(full) if full else None

    def between(self, lo: int, hi: int) -> list[DateExpr]:
        return self.dates[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]

    def resolve(self, expr: DateExpr) -> str | None:
        return dates.resolve(expr, self.doc_date, self.reference)


def date_quotes(
    text: str, spans: list[Span], atts: list[Attribution], doc_date: dt.date | None
) -> list[tuple[str | None, str | None]]:
    """(date, date_source) for every passage, in order; (None, None) for terms."""
    nar = _Narration(text, spans, doc_date)
    out: list[tuple[str | None, str | None]] = []
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
        date = _occasion(nar, att)
        if date is None and att.cue is None and att.follows is None:
            # Nobody's attribution: the occasion the sentence before it tells of.
            date = _preceding_sentence_date(nar, spans[i].start)
        if date:
            out.append((date, "context"))
        elif inherited[0]:
            out.append(_inherit(inherited))
        elif doc_date:
            out.append((doc_date.isoformat(), "document"))
        else:
            out.append((None, None))
    return out


def _inherit(previous: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    return previous[0], "document" if previous[1] == "document" else "context"


def _explicit(nar: _Narration, att: Attribution) -> str | None:
    """The date in the attribution's own sentence nearest its reporting verb."""
    best = None
    for lo, hi in att.clause:
        for expr in nar.between(lo, hi):
            value = nar.resolve(expr)
            if value is None:
                continue
            distance = abs(expr.start - att.cue_pos) if att.cue_pos >= 0 else 0
            if best is None or distance < best[0]:
                best = (distance, value)
    return best[1] if best else None


def _occasion(nar: _Narration, att: Attribution) -> str | None:
    """A date the text ties to the occasion the attribution names ("after the meeting"): the
    latest earlier sentence of the narration that has both a date and an occasion."""
    if not att.clause or not any(_OCCASION.search(nar.text, lo, hi) for lo, hi in att.clause):
        return None
    start = att.clause[0][0]
    for expr in reversed(nar.between(max(0, start - 20000), start)[-40:]):
        lo, hi = _sentence_around(nar.text, expr.start)
        if _OCCASION.search(nar.text, lo, hi):
            value = nar.resolve(expr)
            if value:
                return value
    return None


def _preceding_sentence_date(nar: _Narration, start: int) -> str | None:
    text = nar.text
    pos = start - 1
    while pos > 0 and text[pos].isspace():
        pos -= 1
    k = bisect_left([s for s, _ in nar.quoted], pos + 1) - 1
    if pos <= 0 or (k >= 0 and nar.quoted[k][0] <= pos < nar.quoted[k][1]):
        return None
    lo, hi = _sentence_around(text, pos)
    found = nar.between(lo, min(hi, start))
    return nar.resolve(found[-1]) if found else None


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    lo = max(0, pos - 400)
    start = lo
    for m in _SENTENCE_BREAK.finditer(text, lo, pos):
        start = m.end()
    m = _SENTENCE_BREAK.search(text, pos, min(len(text), pos + 400))
    return start, (m.start() + 1 if m else min(len(text), pos + 400))
