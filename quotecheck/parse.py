"""The parsing pipeline: text -> quote spans -> speakers -> dates -> records."""

from __future__ import annotations

import datetime as dt

from quotecheck import dates
from quotecheck.dating import date_quotes
from quotecheck.model import Document, Quote, Span, from_fields
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
    lines = _line_numbers(text, spans)
    doc_source = doc.source
    out = []
    # A term's attribution and date are empty (None, and no aliases): one record shape for both.
    for span, att, (date, source), line in zip(spans, attributions, dated, lines):
        out.append(from_fields(Quote, {
            "source": doc_source, "line": line, "start": span.start, "end": span.end,
            "kind": att.kind, "speaker": att.speaker, "speaker_mention": _one_line(att.mention),
            "role": _one_line(att.role), "cue": att.cue, "date": date, "date_source": source,
            "quote": text[span.start:span.end], "via": att.via if att.speaker else None,
            "aliases": att.aliases,
        }))
    return out


def _one_line(words: str | None) -> str | None:
    """Words of the narration as one line: a hard-wrapped text's "the\ncompany" is "the company"."""
    return " ".join(words.split()) if words and ("\n" in words or "  " in words) else words


def _doc_date(doc: Document) -> dt.date | None:
    value = doc.date
    if value is None:
        found = dates.document_date(doc.text)
        value = found[0] if found else None
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _line_numbers(text: str, spans: list[Span]) -> list[int]:
    """The line (from 1) each passage starts on; the passages come in order."""
    out = []
    line = 1
    pos = 0
    for span in spans:
        line += text.count("\n", pos, span.start)
        pos = span.start
        out.append(line)
    return out
