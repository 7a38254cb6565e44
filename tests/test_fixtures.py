"""End-to-end checks of the parser against the hand-annotated articles in ``fixtures/``.

Each ``fixtures/NAME.gold.json`` annotates ``fixtures/NAME.txt``:

    {"date": <value passed as --date, normally null>,
     "quotes": [{"quote", "kind", "speaker", "speaker_mention", "role", "cue",
                 "date", "date_source", "via"}, ...]}   # every quoted passage, document order

``via`` says how the canonical speaker was found (null exactly when ``speaker`` is null):
"name" (the quote's own attribution names the speaker, or a transcript's ``NAME:`` label),
"pronoun", "description" ("the minister", "the company", "a Pentagon spokesman"), "document"
(a report, statement or website credited to its owner), "continuation" (no attribution of its
own; carries on the previous quote's speaker) or "narration" (no attribution of its own; the
speaker the narration just before it introduces as speaking).

The gold files carry no offsets: each quote's ``start`` is found by searching the text for the
exact quote (marks included) from the end of the previous quote, and ``end``/``line`` follow.
"""

from __future__ import annotations

import datetime
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
GOLD_SUFFIX = ".gold.json"

if str(ROOT) not in sys.path:  # let `pytest` run from a checkout without installing the package
    sys.path.insert(0, str(ROOT))

GOLD_FILES = sorted(FIXTURES.glob("*" + GOLD_SUFFIX), key=lambda path: path.name)

QUOTE_KEYS = {
    "quote", "kind", "speaker", "speaker_mention", "role", "cue", "date", "date_source", "via"
}
ATTRIBUTION_KEYS = ("speaker", "speaker_mention", "role", "cue", "date", "date_source", "via")
KINDS = {"speech", "term"}
DATE_SOURCES = {"explicit", "context", "document", None}
VIAS = {"name", "pronoun", "description", "document", "continuation", "narration", None}


def _text_path(gold_path: Path) -> Path:
    return gold_path.with_name(gold_path.name[: -len(GOLD_SUFFIX)] + ".txt")


def _load(gold_path: Path) -> tuple[str, str, dict]:
    """Return (source name, article text, gold annotation) for one gold file."""
    text_path = _text_path(gold_path)
    text = text_path.read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    return text_path.name, text, gold


def _expected_rows(source: str, text: str, gold: dict) -> list[dict[str, object]]:
    """Turn the gold quotes into full records, locating each quote after the previous one."""
    rows = []
    position = 0
    for number, item in enumerate(gold["quotes"], start=1):
        quote = item["quote"]
        start = text.find(quote, position)
        assert start >= 0, (
            f"{source}: gold quote #{number} not found at or after offset {position}: {quote[:70]!r}"
        )
        end = start + len(quote)
        rows.append(
            {
                "source": source,
                "line": 1 + text.count("\n", 0, start),
                "start": start,
                "end": end,
                "kind": item["kind"],
                "speaker": item["speaker"],
                "speaker_mention": item["speaker_mention"],
                "role": item["role"],
                "cue": item["cue"],
                "date": item["date"],
                "date_source": item["date_source"],
                "via": item["via"],
                "quote": quote,
            }
        )
        position = end
    return rows


def _is_iso_date(value: object) -> bool:
    if not isinstance(value, str) or len(value) != 10:
        return False
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_quote_date(value: object) -> bool:
    """A quote's date: a day, or where the text says only "last month" or "last week", a month
    (`YYYY-MM`) or an ISO week (`YYYY-Www`), as the README allows."""
    if not isinstance(value, str):
        return False
    if _is_iso_date(value):
        return True
    if len(value) == 7 and value[4] == "-" and value[:4].isdigit() and value[5:].isdigit():
        return 1 <= int(value[5:]) <= 12
    if len(value) == 8 and value[4:6] == "-W" and value[:4].isdigit() and value[6:].isdigit():
        try:
            datetime.date.fromisocalendar(int(value[:4]), int(value[6:]), 1)
        except ValueError:
            return False
        return True
    return False


def test_gold_files_exist():
    assert GOLD_FILES, f"no *{GOLD_SUFFIX} files in {FIXTURES}"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=[_text_path(p).name for p in GOLD_FILES])
def test_gold_is_consistent(gold_path: Path):
    """Sanity check of the annotation itself: shape, values, and every quote found in order."""
    assert _text_path(gold_path).is_file(), f"{gold_path.name} has no matching article"
    source, text, gold = _load(gold_path)

    assert set(gold) == {"date", "quotes"}, f"{gold_path.name}: top-level keys {sorted(gold)}"
    assert gold["date"] is None or _is_iso_date(gold["date"]), f"{gold_path.name}: bad date"
    assert isinstance(gold["quotes"], list)

    for number, item in enumerate(gold["quotes"], start=1):
        where = f"{gold_path.name} quote #{number}"
        assert set(item) == QUOTE_KEYS, f"{where}: keys {sorted(item)}"
        assert isinstance(item["quote"], str) and item["quote"], f"{where}: empty quote"
        assert item["kind"] in KINDS, f"{where}: kind {item['kind']!r}"
        assert item["date_source"] in DATE_SOURCES, f"{where}: date_source {item['date_source']!r}"
        assert (item["date"] is None) == (item["date_source"] is None), (
            f"{where}: date and date_source must both be set or both be null"
        )
        assert item["via"] in VIAS, f"{where}: via {item['via']!r}"
        assert (item["via"] is None) == (item["speaker"] is None), (
            f"{where}: via must be null exactly when speaker is null"
        )
        if item["date"] is not None:
            assert _is_quote_date(item["date"]), f"{where}: date {item['date']!r}"
        if item["kind"] == "term":
            assert all(item[key] is None for key in ATTRIBUTION_KEYS), (
                f"{where}: a term has no speaker, mention, role, cue, date or via"
            )
        for key in ("speaker", "speaker_mention", "role", "cue"):
            assert item[key] is None or (isinstance(item[key], str) and item[key].strip()), (
                f"{where}: {key} must be null or a non-empty string"
            )

    rows = _expected_rows(source, text, gold)  # asserts every quote is found, in order
    for before, after in zip(rows, rows[1:]):
        assert before["end"] <= after["start"], f"{source}: quotes overlap or are out of order"


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=[_text_path(p).name for p in GOLD_FILES])
def test_parse_matches_gold(gold_path: Path):
    """The parser must produce exactly the gold records, every field, in document order."""
    from quotecheck.model import Document
    from quotecheck.parse import parse_document

    source, text, gold = _load(gold_path)
    expected = _expected_rows(source, text, gold)

    records = parse_document(Document(source=source, text=text, date=gold["date"]))
    actual = [record.as_row() for record in records]

    assert actual == expected
