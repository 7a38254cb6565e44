"""Results -> text: one renderer for every command and every format."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum

from tabulate import tabulate


class Format(str, Enum):
    table = "table"
    tsv = "tsv"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"
    html = "html"  # quotes and verify only: one page (quotecheck.page)


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
    colour: tuple[str, ...] = ()  # table columns holding a word diff to colour (see colour_diff)


# Characters a terminal may act on: C0 and C1 controls (ESC, CSI, BEL ...), DEL, and the
# surrogate escapes that stand for a file name's undecodable bytes.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\udc80-\udcff]")
_NAMED = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _shown(ch: str) -> str:
    code = ord(ch)
    return _NAMED.get(ch) or f"\\x{code - 0xDC00 if code >= 0xDC80 else code:02x}"


def visible(text: str) -> str:
    """``text`` with every control character written out (``\\x1b``, ``\\n``), so that nothing
    from a document or a file name reaches a terminal as a control sequence or a line break;
    a surrogate escape (an undecodable byte of a file name) is shown as the byte (``\\xff``)."""
    return _CONTROL.sub(lambda m: _shown(m.group()), text)


_CELL_SPECIAL = re.compile("[\\\\\x00-\x1f\x7f-\x9f\udc80-\udcff]")
# On a terminal, a CSV cell keeps its line breaks and tabs (quoted, they harm nothing there);
# elsewhere only a file name's undecodable bytes are written out (UTF-8 cannot hold them).
_CSV_ON_TERMINAL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\udc80-\udcff]")
_CSV_ELSEWHERE = re.compile("[\udc80-\udcff]")
_FORMULA_START = ("=", "+", "-", "@")


def escape_cell(value: object, *, csv_safe: bool = False) -> str:
    """A cell for TSV: None is empty; backslash, tab and line breaks escaped as \\\\ \\t \\n \\r,
    other control characters as \\xNN, so every record stays on one line and nothing in it
    acts on a terminal. ``csv_safe``: see :func:`_formula_safe`."""
    if value is None:
        return ""
    return _formula_safe(value, _CELL_SPECIAL.sub(lambda m: _shown(m.group()), str(value)), csv_safe)


def csv_cell(value: object, *, csv_safe: bool = False, terminal: bool = False) -> str:
    """A cell for CSV (RFC 4180): None is empty, any other value its text exactly, line breaks
    included (the csv module quotes the cell), as pandas, csvkit and spreadsheets read it. On a
    terminal, control characters other than line feed and tab are shown as ``\\xNN``."""
    if value is None:
        return ""
    special = _CSV_ON_TERMINAL if terminal else _CSV_ELSEWHERE
    return _formula_safe(value, special.sub(lambda m: _shown(m.group()), str(value)), csv_safe)


def _formula_safe(value: object, text: str, csv_safe: bool) -> str:
    """``csv_safe``: a text that a spreadsheet would read as a formula (it starts with = + - @)
    gets a leading apostrophe."""
    if csv_safe and isinstance(value, str) and text.startswith(_FORMULA_START):
        return "'" + text
    return text


_UNESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
_UNESCAPE = re.compile(r"\\(?:([tnr\\])|x([01][0-9a-f]|7f|[89][0-9a-f]))")  # what escape_cell writes


def unescape_cell(cell: str) -> str:
    """The value `escape_cell` wrote; a backslash before any other character stays as it is."""
    if "\\" not in cell:
        return cell
    return _UNESCAPE.sub(lambda m: _UNESCAPES[m.group(1)] if m.group(1) else chr(int(m.group(2), 16)),
                         cell)


def render(table: Table, fmt: Format, *, tablefmt: str = "simple", headers: bool = True,
           csv_safe: bool = False, terminal: bool = False) -> str:
    return "".join(render_chunks(table, fmt, tablefmt=tablefmt, headers=headers, csv_safe=csv_safe,
                                 terminal=terminal))


# JSON escapes C0 controls itself; DEL and the C1 controls (CSI is U+009B) it leaves raw.
_JSON_CONTROLS = {code: f"\\u{code:04x}" for code in range(0x7F, 0xA0)}


def render_chunks(table: Table, fmt: Format, *, tablefmt: str = "simple", headers: bool = True,
                  csv_safe: bool = False, terminal: bool = False) -> Iterator[str]:
    """The rendering piece by piece: the machine formats yield each row as soon as it comes, so
    a long run prints as it goes and holds no more than one row; a table needs them all.
    No control character but CSV's line breaks reaches a terminal raw: JSON writes it as
    ``\\u001b``, TSV as ``\\x1b``, a table shows it as ``\\x1b``, and CSV too on a ``terminal``
    (elsewhere CSV is the exact text). ``csv_safe``: see :func:`_formula_safe`."""
    if fmt is Format.json:
        empty = True
        for row in table.rows:
            text = json.dumps(_plain(row, table.fields), ensure_ascii=False, indent=2
                              ).translate(_JSON_CONTROLS)
            # Indent by hand: json.dumps writes line breaks only between items (a line break
            # in a string is escaped), while textwrap would also break at U+2028 in a value.
            yield ("[\n  " if empty else ",\n  ") + text.replace("\n", "\n  ")
            empty = False
        yield "[]\n" if empty else "\n]\n"
        return
    if fmt is Format.jsonl:
        for row in table.rows:
            yield json.dumps(_plain(row, table.fields), ensure_ascii=False).translate(_JSON_CONTROLS) + "\n"
        return
    if fmt in (Format.tsv, Format.csv):
        buf = io.StringIO()
        if fmt is Format.tsv:
            writer = csv.writer(buf, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None,
                                escapechar=None, lineterminator="\n")
        else:  # RFC 4180: records end with CRLF; a cell with a line break (or a quote) is quoted
            writer = csv.writer(buf, lineterminator="\r\n")
        if headers:
            writer.writerow(table.fields)
        for row in table.rows:
            if fmt is Format.tsv:
                cells = [escape_cell(row.get(f), csv_safe=csv_safe) for f in table.fields]
            else:
                cells = [csv_cell(row.get(f), csv_safe=csv_safe, terminal=terminal)
                         for f in table.fields]
            writer.writerow(cells)
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
        yield buf.getvalue()
        return
    rows = list(table.rows)
    shown = table.table_fields or table.fields
    data = [[_for_people(row.get(f), f in table.colour) for f in shown] for row in rows]
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


def _for_people(value: object, colour: bool = False) -> str:
    """A table cell: control characters shown (``\\x1b``), runs of blanks made one space; a
    word diff coloured once that is done, so the only escape sequences are our own."""
    if value is None:
        return ""
    text = " ".join(visible(str(value).replace("\n", " ").replace("\t", " ")).split())
    return colour_diff(text) if colour else text


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
