"""Results -> text: one renderer for every command and every format."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from enum import Enum
from typing import Iterable, Iterator

from tabulate import tabulate


class Format(str, Enum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


@dataclass(frozen=True)
class Table:
    """What a command found: every field for the machine formats, a few for people.

    ``fields`` are the columns of TSV/CSV/JSON; ``table_fields`` the columns a table shows;
    ``wrap`` the table columns wrapped at ``width`` characters.
    """

    fields: tuple[str, ...]
    rows: Iterable[dict[str, object]]  # a generator streams the machine formats
    table_fields: tuple[str, ...] | None = None
    wrap: tuple[str, ...] = ()
    width: int = 60


_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def escape_cell(value: object) -> str:
    """A cell for TSV/CSV: None is empty; backslash, tab and line breaks escaped as \\\\ \\t \\n \\r,
    so every record stays on one line."""
    if value is None:
        return ""
    return str(value).translate(_ESCAPES)


_UNESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def unescape_cell(cell: str) -> str:
    """The value `escape_cell` wrote; a backslash before any other character stays as it is."""
    if "\\" not in cell:
        return cell
    out, i = [], 0
    while i < len(cell):
        ch = cell[i]
        if ch == "\\" and i + 1 < len(cell) and cell[i + 1] in _UNESCAPES:
            out.append(_UNESCAPES[cell[i + 1]])
            i += 2
        else:
            out.append(ch)
            i += 1
    return "".join(out)


def render(table: Table, fmt: Format, *, tablefmt: str = "simple", headers: bool = True) -> str:
    return "".join(render_chunks(table, fmt, tablefmt=tablefmt, headers=headers))


def render_chunks(table: Table, fmt: Format, *, tablefmt: str = "simple", headers: bool = True
                  ) -> Iterator[str]:
    """The rendering piece by piece: the machine formats yield each row as soon as it comes, so
    a long run prints as it goes and holds no more than one row; a table needs them all."""
    if fmt is Format.json:
        empty = True
        for row in table.rows:
            text = json.dumps(_plain(row, table.fields), ensure_ascii=False, indent=2)
            # Indent by hand: json.dumps writes line breaks only between items (a line break
            # in a string is escaped), while textwrap would also break at U+2028 in a value.
            yield ("[\n  " if empty else ",\n  ") + text.replace("\n", "\n  ")
            empty = False
        yield "[]\n" if empty else "\n]\n"
        return
    if fmt is Format.jsonl:
        for row in table.rows:
            yield json.dumps(_plain(row, table.fields), ensure_ascii=False) + "\n"
        return
    if fmt in (Format.tsv, Format.csv):
        buf = io.StringIO()
        if fmt is Format.tsv:
            writer = csv.writer(buf, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None,
                                escapechar=None, lineterminator="\n")
        else:
            writer = csv.writer(buf, lineterminator="\n")
        if headers:
            writer.writerow(table.fields)
        for row in table.rows:
            writer.writerow([escape_cell(row.get(f)) for f in table.fields])
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        yield buf.getvalue()
        return
    rows = list(table.rows)
    shown = table.table_fields or table.fields
    data = [[_for_people(row.get(f)) for f in shown] for row in rows]
    widths = [table.width if f in table.wrap else None for f in shown]
    text = tabulate(
        data,
        headers=list(shown) if headers else (),
        tablefmt=tablefmt,
        disable_numparse=True,
        maxcolwidths=widths if data else None,
    )
    yield text + "\n" if text else ""


def _plain(row: dict[str, object], fields: tuple[str, ...]) -> dict[str, object]:
    return {f: row.get(f) for f in fields}


def _for_people(value: object) -> str:
    if value is None:
        return ""
    return " ".join(str(value).split())


_RED, _GREEN, _RESET = "\033[31m", "\033[32m", "\033[0m"


def colour_diff(notes: str) -> str:
    """The word diff of verify's notes in colour: the claim's words red, the source's green
    ("great -> major", "+claimword", "-sourceword"); other notes as they are."""
    out = []
    for note in notes.split("; ") if notes else []:
        if " -> " in note and not note.startswith(("[", "omitted", "closest")):
            claim, source = note.split(" -> ", 1)
            out.append(f"{_RED}{claim}{_RESET} -> {_GREEN}{source}{_RESET}")
        elif note.startswith("+") and " " not in note:
            out.append(f"{_RED}{note}{_RESET}")
        elif note.startswith("-") and " " not in note:
            out.append(f"{_GREEN}{note}{_RESET}")
        else:
            out.append(note)
    return "; ".join(out)


def use_colour(stream) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    import os

    return stream.isatty() and not os.environ.get("NO_COLOR")
