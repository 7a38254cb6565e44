"""The parsing pipeline: text -> quote spans -> speakers -> dates -> records."""

from __future__ import annotations

import datetime as dt

import regex

from quotecheck import dates
from quotecheck.model import Document, Quote, Span
from quotecheck.spans import Paragraphs, find_spans, paragraphs
from quotecheck.speakers import Attribution, attribute

# Words that name an occasion, grouped so that "the meeting" finds the sentence where they "met".
_OCCASIONS = {
    "meet": r"meeting|meetings|met|meet|talks",
    "press": r"press conference|news conference|briefing|press briefing",
    "interview": r"interview|interviewed",
    "visit": r"visit|visited|trip|tour|toured",
    "summit": r"summit",
    "hearing": r"hearing|testimony|testified",
    "speech": r"speech|address|addressed|rally|debate|session",
}
_OCCASION_RE = {k: regex.compile(rf"(?i)\b(?:{v})\b") for k, v in _OCCASIONS.items()}
_SENTENCE_BREAK = regex.compile(r"[.!?][\"”’)]*\s+(?=[\p{Lu}\"“])|\n\s*\n")


def parse_document(doc: Document) -> list[Quote]:
    text = doc.text
    paras = paragraphs(text)
    spans = find_spans(text, paras)
    attributions, _ = attribute(text, paras, spans)
    doc_date = _doc_date(doc)
    reference = None if doc_date else dates.latest_full_date(text, [(s.start, s.end) for s in spans])
    dated = _date_all(text, spans, attributions, doc_date, reference)
    line_starts = _LineIndex(text)
    return [
        Quote(
            source=doc.source,
            line=line_starts.line(span.start),
            start=span.start,
            end=span.end,
            kind=att.kind,
            speaker=att.speaker,
            speaker_mention=att.mention,
            role=att.role,
            cue=att.cue,
            date=date,
            date_source=source,
            quote=text[span.start:span.end],
            aliases=att.aliases,
        )
        if att.kind == "speech"
        else Quote(doc.source, line_starts.line(span.start), span.start, span.end, "term",
                   None, None, None, None, None, None, text[span.start:span.end])
        for span, att, (date, source) in zip(spans, attributions, dated)
    ]


def _doc_date(doc: Document) -> dt.date | None:
    value = doc.date
    if value is None:
        found = dates.document_date(doc.text)
        value = found[0] if found else None
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _date_all(text: str, spans: list[Span], atts: list[Attribution], doc_date, reference):
    quoted = [(s.start, s.end) for s in spans]
    out: list[tuple[str | None, str | None]] = []
    for i, att in enumerate(atts):
        if att.kind != "speech":
            out.append((None, None))
            continue
        inherited = out[att.follows] if att.follows is not None else (None, None)
        if att.split and inherited[0]:
            # The second part of a split passage: the occasion of its first part.
            out.append((inherited[0], "document" if inherited[1] == "document" else "context"))
            continue
        date = _explicit(text, att, doc_date, reference)
        if date:
            out.append((date, "explicit"))
            continue
        date = _occasion(text, quoted, att, doc_date, reference)
        if date is None and att.cue is None and att.follows is None:
            # Nobody's attribution: the occasion the sentence before it tells of.
            date = _preceding_sentence_date(text, quoted, spans[i].start, doc_date, reference)
        if date:
            out.append((date, "context"))
            continue
        if inherited[0]:
            out.append((inherited[0], "document" if inherited[1] == "document" else "context"))
            continue
        if doc_date:
            out.append((doc_date.isoformat(), "document"))
            continue
        out.append((None, None))
    return out


def _explicit(text, att: Attribution, doc_date, reference) -> str | None:
    best = None
    for lo, hi in att.clause:
        for expr in dates.find_dates(text, lo, hi):
            value = dates.resolve(expr, doc_date, reference)
            if value is None:
                continue
            distance = abs(expr.start - att.cue_pos) if att.cue_pos >= 0 else 0
            if best is None or distance < best[0]:
                best = (distance, value)
    return best[1] if best else None


def _narrated_dates(text: str, quoted: list[tuple[int, int]], lo: int, hi: int):
    return [
        e for e in dates.find_dates(text, lo, hi) if not any(s <= e.start < t for s, t in quoted)
    ]


def _occasion(text, quoted, att: Attribution, doc_date, reference) -> str | None:
    """A date the text ties to the occasion the attribution names ("after the meeting"): the
    latest earlier sentence of the narration that has both a date and an occasion."""
    if not att.clause or not any(
        rx.search(text, lo, hi) for rx in _OCCASION_RE.values() for lo, hi in att.clause
    ):
        return None
    start = att.clause[0][0]
    for expr in reversed(_narrated_dates(text, quoted, max(0, start - 20000), start)[-40:]):
        lo, hi = _sentence_around(text, expr.start)
        if any(rx.search(text, lo, hi) for rx in _OCCASION_RE.values()):
            value = dates.resolve(expr, doc_date, reference)
            if value:
                return value
    return None


def _preceding_sentence_date(text, quoted, start: int, doc_date, reference) -> str | None:
    pos = start - 1
    while pos > 0 and text[pos].isspace():
        pos -= 1
    if pos <= 0 or any(s <= pos < t for s, t in quoted):
        return None
    lo, hi = _sentence_around(text, pos)
    found = _narrated_dates(text, quoted, lo, min(hi, start))
    return dates.resolve(found[-1], doc_date, reference) if found else None


def _sentence_around(text: str, pos: int) -> tuple[int, int]:
    lo = max(0, pos - 400)
    start = lo
    for m in _SENTENCE_BREAK.finditer(text, lo, pos):
        start = m.end()
    m = _SENTENCE_BREAK.search(text, pos, min(len(text), pos + 400))
    return start, (m.start() + 1 if m else min(len(text), pos + 400))


class _LineIndex:
    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in regex.finditer(r"\n", text)]

    def line(self, pos: int) -> int:
        from bisect import bisect_right

        return bisect_right(self.starts, pos)
