"""Verify, stage 1: the claims to check, from the command line or a file.

A claim may come as the bare words ("Russia is a great space power") or as a sentence that says
who said them ("Idrissov said 'Russia is a great space power'"): then the quoted words are the
claim and the words around them name the claimed speaker and, where they give one, the date.
"""

from __future__ import annotations

import csv
import io
import json

from quotecheck.errors import InputError
from quotecheck.model import Document
from quotecheck.parse import parse_document
from quotecheck.render import unescape_cell
from quotecheck.verify import Claim


def claim_from_text(text: str, *, id: str | None = None, speaker: str | None = None,
                    date: str | None = None) -> Claim:
    """A claim from what a user typed; an attribution around quoted words fills in the speaker
    and date unless they were given."""
    records = [r for r in parse_document(Document("claim", text.strip())) if r.kind == "speech"]
    if len(records) == 1:
        rec = records[0]
        outside = (text[: rec.start] + text[rec.end:]).strip(" \t\n,.:;—–-")
        if rec.speaker_mention and outside:
            inner = rec.quote[1:-1] if len(rec.quote) >= 2 else rec.quote
            return Claim(inner.strip(), id, speaker or rec.speaker,
                         date or (rec.date if rec.date_source == "explicit" else None))
    return Claim(text, id, speaker, date)


def read_claims(name: str, data: str) -> list[Claim]:
    """Claims from a CSV, TSV or JSON Lines file with a column ``claim`` (and optionally ``id``,
    ``speaker``, ``date``).  Rows without an id are numbered from 1."""
    stripped = data.lstrip("\ufeff")
    if name.endswith((".jsonl", ".json", ".ndjson")) or stripped.lstrip().startswith("{"):
        rows = []
        for n, line in enumerate(stripped.splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(name, f"line {n}: not JSON ({exc.msg})") from None
            if not isinstance(row, dict):
                raise InputError(name, f"line {n}: not a JSON object")
            rows.append(row)
    else:
        first = stripped.split("\n", 1)[0]
        delimiter = "\t" if name.endswith(".tsv") or "\t" in first else ","
        # Cells as our own TSV and CSV write them: tabs, line breaks and backslashes escaped.
        rows = [{key: unescape_cell(value) if isinstance(value, str) else value
                 for key, value in row.items()}
                for row in csv.DictReader(io.StringIO(stripped), delimiter=delimiter)]
    claims = []
    for n, row in enumerate(rows, 1):
        text = row.get("claim")
        if not isinstance(text, str) or not text.strip():
            raise InputError(name, f"row {n}: no 'claim' column or an empty claim")
        claims.append(
            claim_from_text(text, id=_text(row.get("id")) or str(n),
                            speaker=_text(row.get("speaker")), date=_text(row.get("date")))
        )
    if not claims:
        raise InputError(name, "no claims in the file")
    return claims


def _text(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None
