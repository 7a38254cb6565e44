"""The parsing pipeline: text -> quote spans -> speakers -> dates -> records."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from quotecheck import dates
from quotecheck.dating import date_quotes
from quotecheck.model import Document, Quote
from quotecheck.spans import find_spans, paragraphs
from quotecheck.speakers import attribute


def parse_document(doc: Document) -> list[Quote]:
    text = doc.text
    paras = paragraphs(text)
    spans = find_spans(text, paras)
    if not spans:
        return []
    attributions = attribute(text, paras, spans)
    dated = date_quotes(text, spans, attributions, _doc_date(doc))
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


class _LineIndex:
    def __init__(self, text: str):
        self.starts = [0]
        pos = text.find("\n")
        while pos >= 0:
            self.starts.append(pos + 1)
            pos = text.find("\n", pos + 1)

    def line(self, pos: int) -> int:
        return bisect_right(self.starts, pos)
