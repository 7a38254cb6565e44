"""Records -> the rows the listing commands print: filters and the per-speaker summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from quotecheck.dates import date_range
from quotecheck.model import Quote
from quotecheck.names import name_matches


def quote_names(q: Quote) -> tuple[str, ...]:
    return tuple(n for n in (q.speaker, *q.aliases) if n)


def in_period(value: str | None, since: dt.date | None, until: dt.date | None) -> bool:
    if since is None and until is None:
        return True
    span = date_range(value) if value else None
    if span is None:
        return False
    first, last = span
    return (since is None or last >= since) and (until is None or first <= until)


def filter_quotes(
    quotes: Iterable[Quote],
    *,
    speaker: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    include_terms: bool = False,
    via: frozenset[str] | None = None,
) -> Iterator[Quote]:
    """The quotes that pass the filters, lazily: a long run is never held in memory.  ``via``
    keeps the quotes whose speaker was found in one of those ways (``model.VIA``)."""
    return (
        q
        for q in quotes
        if (include_terms or q.kind == "speech")
        and (speaker is None or name_matches(speaker, quote_names(q)))
        and in_period(q.date, since, until)
        and (via is None or q.via in via)
    )


SPEAKER_FIELDS = ("speaker", "role", "quotes", "first", "last", "aliases", "sources")


def speaker_rows(quotes: Iterable[Quote]) -> list[dict[str, object]]:
    """One row per canonical speaker, in order of first appearance."""
    rows: dict[str, dict] = {}
    for q in quotes:
        if q.kind != "speech" or not q.speaker:
            continue
        row = rows.setdefault(
            q.speaker,
            {"speaker": q.speaker, "role": q.role, "quotes": 0, "dates": [], "aliases": set(),
             "sources": {}},  # a dict: ordered, and a constant-time "seen it?"
        )
        row["quotes"] += 1
        row["role"] = row["role"] or q.role
        if q.date:
            row["dates"].append(q.date)
        row["aliases"].update(a for a in q.aliases if a != q.speaker)
        row["sources"][q.source] = None
    out = []
    for row in rows.values():
        dates = sorted(row["dates"], key=lambda d: date_range(d) or (dt.date.max, dt.date.max))
        out.append({
            "speaker": row["speaker"],
            "role": row["role"],
            "quotes": row["quotes"],
            "first": dates[0] if dates else None,
            "last": dates[-1] if dates else None,
            "aliases": "; ".join(sorted(row["aliases"])) or None,
            "sources": "; ".join(row["sources"]),
        })
    return out
