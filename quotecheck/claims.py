"""Verify, stage 1: the claims to check, and each made ready for the search.

A claim may come as the bare words ("Russia is a great space power") or as a sentence that says
who said them ("Idrissov said 'Russia is a great space power'"): then the quoted words are the
claim and the words around them name the claimed speaker and, where they give one, the date.
Claims come from the command line or a CSV, TSV or JSON Lines file (:func:`read_claims`).

:func:`prepare` strips the claim's outer quote marks, normalises it, cuts it at ellipses and
``[brackets]`` into literal pieces and slots, and makes its comparison words ready for the
alignment (:class:`quotecheck.normalise.Words`).
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass

from quotecheck.errors import InputError
from quotecheck.model import Document
from quotecheck.normalise import Normalised, Words, is_named, is_word_char, normalise, search_key
from quotecheck.render import unescape_cell
from quotecheck.spans import find_spans

DIFF_WORD = re.compile(r"\w+(?:['-]\w+)*")
ELLIPSIS = re.compile(r"[\[(] ?(?:\. ?){2,}\.? ?[\])]|\.(?: ?\.){2,}")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_ATTACHED = re.compile(r"(?<=\w)\[(\w{1,3})\]|\[(\w{1,3})\](?=\w)")
EDGE_PUNCT = " .,;:!?"


@dataclass(frozen=True)
class Claim:
    """A claimed quote: the bare words (no ``X said:``), optionally who and when (YYYY-MM-DD)."""

    text: str
    id: str | None = None
    speaker: str | None = None
    date: str | None = None


def claim_from_text(text: str, *, id: str | None = None, speaker: str | None = None,
                    date: str | None = None) -> Claim:
    """A claim from what a user typed; an attribution around quoted words fills in the speaker
    and date unless they were given."""
    found = claim_or_attribution(text, id=id, speaker=speaker, date=date)
    return found if isinstance(found, Claim) else found.claim()


def claim_or_attribution(text: str, *, id: str | None = None, speaker: str | None = None,
                         date: str | None = None) -> Claim | Attributed:
    """:func:`claim_from_text`, but where the parser must read an attribution around the quoted
    words (a few milliseconds a claim, and 0.3 s to load its data for the first), what it
    must read: :meth:`Attributed.claim` reads it when the claim is checked."""
    given = Claim(text, id, speaker, date)
    spans = find_spans(text.strip())
    if not spans or len(spans) == 1 and not _outside(text, spans[0].start, spans[0].end):
        # no quoted passage, or one with nothing around it: no attribution to read (the
        # parser makes its records of these passages; most claims are one or the other)
        return given
    return Attributed(given)


@dataclass(frozen=True)
class Attributed:
    """A claim as given (its text with words around the quotation that may say who said it
    and when), for the parser to read."""

    given: Claim

    def claim(self) -> Claim:
        """The claim the parser reads here: the quoted words, with the speaker and date the
        words around them give (unless given already); else the claim as given."""
        from quotecheck.parse import parse_document  # the attribution's modules: only where needed

        text, id, speaker, date = self.given.text, self.given.id, self.given.speaker, self.given.date
        records = [r for r in parse_document(Document("claim", text.strip())) if r.kind == "speech"]
        if len(records) == 1:
            rec = records[0]
            if rec.speaker_mention and _outside(text, rec.start, rec.end):
                inner = rec.quote[1:-1] if len(rec.quote) >= 2 else rec.quote
                return Claim(inner.strip(), id, speaker or rec.speaker,
                             date or (rec.date if rec.date_source == "explicit" else None))
        return self.given


def claims_read(found: list[Claim | Attributed]) -> list[Claim]:
    """Each claim, its attribution read where it has one."""
    return [c if isinstance(c, Claim) else c.claim() for c in found]


def _outside(text: str, start: int, end: int) -> str:
    """What a claim says around its quoted passage ``[start, end)``."""
    return (text[:start] + text[end:]).strip(" \t\n,.:;—–-")


def read_claims(name: str, data: str, problems: list[InputError] | None = None) -> list[Claim]:
    """Claims from a CSV, TSV or JSON Lines file with a column ``claim`` (and optionally ``id``,
    ``speaker``, ``date``).  Rows without an id are numbered from 1.  (:func:`claims_found`:
    their attributions left for the parser to read when the claims are checked.)

    A bad row (not JSON, an unterminated quoted field, a field longer than the csv module's
    limit of 128 KB, no claim) is an InputError ``NAME: row N: reason``: appended to
    ``problems`` and skipped when a list is given, else raised. Rows are counted from 1, the
    header not included; a bad row still counts, so the numbers stay those of the file."""
    return claims_read(claims_found(name, data, problems))


def claims_found(name: str, data: str, problems: list[InputError] | None = None) -> list[Claim | Attributed]:
    """:func:`read_claims`, each attribution left to be read (:func:`claim_or_attribution`)."""
    stripped = data.lstrip("\ufeff")
    if name.endswith((".jsonl", ".json", ".ndjson")) or stripped.lstrip().startswith("{"):
        rows = _json_rows(stripped)
    else:
        first = stripped.split("\n", 1)[0]
        delimiter = "\t" if name.endswith(".tsv") or "\t" in first else ","
        rows = _delimited_rows(stripped, delimiter)
    claims: list[Claim | Attributed] = []
    for n, row in enumerate(rows, 1):
        text = row.get("claim") if isinstance(row, dict) else None
        if isinstance(row, str):
            problem = row
        elif not isinstance(text, str) or not text.strip():
            problem = "no 'claim' column or an empty claim"
        else:
            claims.append(
                claim_or_attribution(text, id=_text(row.get("id")) or str(n),
                                     speaker=_text(row.get("speaker")), date=_text(row.get("date")))
            )
            continue
        error = InputError(name, f"row {n}: {problem}")
        if problems is None:
            raise error
        problems.append(error)
    if not claims:
        raise InputError(name, "no claims in the file")
    return claims


def _json_rows(text: str) -> list[dict | str]:
    """One object per non-blank line, or the reason the line is not one."""
    rows: list[dict | str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            rows.append(f"not JSON ({exc.msg})")
            continue
        rows.append(row if isinstance(row, dict) else "not a JSON object")
    return rows


def _delimited_rows(text: str, delimiter: str) -> list[dict | str]:
    """The rows of a CSV or TSV file as dicts by the header, with cells unescaped as our own
    TSV and CSV write them (tabs, line breaks, backslashes). A row the csv module cannot read
    becomes the reason instead, and reading resumes on the line after that row's first: an
    unterminated quoted field would otherwise swallow every row after it."""
    lines = _Lines(text.splitlines(keepends=True))
    rows: list[dict | str] = []
    header: list[str] | None = None
    while lines.next < len(lines.items):
        start = lines.next
        try:
            record = next(csv.reader(lines, delimiter=delimiter, strict=True))
        except StopIteration:
            break
        except csv.Error as exc:
            rows.append(_csv_reason(str(exc), lines.next - start))
            lines.next = start + 1
            continue
        if header is None:
            header = record
        elif record:
            cells = [unescape_cell(c) for c in record]
            rows.append(dict(zip(header, cells + [None] * (len(header) - len(cells)))))
    return rows


class _Lines:
    """An iterator over lines that can be sent back to an earlier one."""

    def __init__(self, items: list[str]) -> None:
        self.items = items
        self.next = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.next >= len(self.items):
            raise StopIteration
        self.next += 1
        return self.items[self.next - 1]


def _csv_reason(message: str, lines: int) -> str:
    """What the csv module's error means for a row that took ``lines`` lines to fail."""
    if "field limit" in message and lines == 1:
        return f"a field longer than {csv.field_size_limit():,} characters"
    if "end of data" in message or lines > 1:
        return "a quoted field is never closed (it would swallow the rows after it)"
    return f"bad quoting ({message})"


def _text(value: object) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


# --------------------------------------------------------------------------- the claim


@dataclass(frozen=True)
class Piece:
    """A literal run of claim text: ``key`` is searched; ``cidx[j]`` is the claim's normalised
    index of ``key[j]``; ``attached`` lists ``[T]he``-style bracketed letters kept as text."""

    key: str
    cidx: tuple[int, ...]
    attached: tuple[tuple[int, int, str], ...] = ()  # (offset in key, length, "[T]")


@dataclass(frozen=True)
class Slot:
    """A ``[bracketed]`` editorial insertion standing for 0-4 source words."""

    label: str  # as written, brackets included
    content: str


@dataclass(frozen=True)
class Prepared:
    """A claim made ready for searching."""

    raw: str  # the claim text with its outer quote marks removed
    norm: Normalised  # normalise(raw)
    parts: tuple[tuple[Piece | Slot, ...], ...]  # split at ellipses
    structured: bool  # has an ellipsis or a bracket
    cmp_key: str  # what the fuzzy score compares: pieces and bracket contents, ellipses dropped
    words: tuple[str, ...]  # comparison words (lower case) for the fuzzy path
    shown: tuple[str, ...]  # the same words as the claim writes them
    core: Piece | None  # the whole claim as one literal, edge punctuation stripped
    tail: str  # the closing punctuation stripped from it
    wordlist: Words  # the comparison words made ready for alignment

    @property
    def n_words(self) -> int:
        return len(self.words)

    @property
    def search_parts(self) -> tuple[tuple[Piece | Slot, ...], ...]:
        """The parts holding at least one literal piece (what the chain search matches)."""
        return tuple(p for p in self.parts if any(isinstance(it, Piece) for it in p))

    @property
    def pieces(self) -> list[Piece]:
        return [it for part in self.parts for it in part if isinstance(it, Piece)]


_OUTER_DOUBLE = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
_OUTER_SINGLE = "'\u2018\u2019\u201a\u201b\u2039\u203a"


_CLOSING_DOUBLE = re.compile(r"[%s]\s*[.,;:]?$" % re.escape(_OUTER_DOUBLE))
_CLOSING_SINGLE = re.compile(r"[%s]\s*[.,;:]?$" % re.escape(_OUTER_SINGLE))


def strip_outer_quotes(text: str) -> str:
    """Drop the claim's own outer quote marks (and a stray full stop after the closing one)."""
    t = text.strip()
    changed = True
    while changed and t:
        changed = False
        if t[0] in _OUTER_DOUBLE:
            t = t[1:].strip()
            changed = True
            m = _CLOSING_DOUBLE.search(t)
            if m:
                t = t[: m.start()].strip()
        elif len(t) >= 2 and t[0] in _OUTER_SINGLE and (m := _CLOSING_SINGLE.search(t)):
            t = t[1 : m.start()].strip()
            changed = True
    if t.count('"') % 2 == 1 and t.endswith('"'):
        t = t[:-1].strip()  # a closing mark whose opener was already gone
    return t


def _literal(ntext: str, a: int, b: int, strip_left: str, strip_right: str) -> Piece | None:
    """The piece for normalised claim text ``[a, b)``, its ends stripped of the given chars,
    attached ``[T]he`` brackets resolved to their letters."""
    while a < b and ntext[a] in strip_left:
        a += 1
    while b > a and ntext[b - 1] in strip_right:
        b -= 1
    if a >= b:
        return None
    chars: list[str] = []  # runs of the text
    cidx: list[int] = []  # per character, where it stands
    attached: list[tuple[int, int, str]] = []
    pos = a
    for m in _ATTACHED.finditer(ntext, a, b):
        chars.append(ntext[pos:m.start()])
        cidx.extend(range(pos, m.start()))
        letters = m.group(1) or m.group(2)
        attached.append((len(cidx), len(letters), m.group()))
        chars.append(letters)
        cidx.extend(range(m.start() + 1, m.start() + 1 + len(letters)))
        pos = m.end()
    chars.append(ntext[pos:b])
    cidx.extend(range(pos, b))
    return Piece(search_key("".join(chars)), tuple(cidx), tuple(attached))


def _is_attached(nt: str, m: re.Match) -> bool:
    """``[T]he``: up to three letters in brackets glued to a word are letters, not a slot."""
    if not re.fullmatch(r"\w{1,3}", m.group(1)):
        return False
    before = m.start() > 0 and is_word_char(nt[m.start() - 1])
    after = m.end() < len(nt) and is_word_char(nt[m.end()])
    return before or after


def prepare(text: str) -> Prepared:
    """Strip outer quotes, normalise, and cut the claim at ellipses and brackets."""
    raw = strip_outer_quotes(text.replace("\x00", ""))
    norm = normalise(raw)
    nt = norm.text
    # the claim's core: closing (and opening) sentence punctuation is not searched for
    a, b = 0, len(nt)
    while a < b and nt[a] in EDGE_PUNCT:
        a += 1
    while b > a and nt[b - 1] in EDGE_PUNCT:
        b -= 1
    markers: list[tuple[int, int, str]] = []
    for m in ELLIPSIS.finditer(nt):
        markers.append((m.start(), m.end(), "..."))
    for m in _BRACKET.finditer(nt):
        if any(s <= m.start() < e for s, e, _ in markers) or _is_attached(nt, m):
            continue
        markers.append((m.start(), m.end(), "[]"))
    markers.sort()
    parts: list[tuple[Piece | Slot, ...]] = []
    current: list[Piece | Slot] = []
    pos = a
    prev_kind = "start"
    for s, e, kind in markers + [(b, b, "end")]:
        s, e = max(s, a), max(e, a)
        left = EDGE_PUNCT if prev_kind in ("...", "start") else " "
        right = EDGE_PUNCT if kind in ("...", "end") else " "
        piece = _literal(nt, pos, min(s, b), left, right)
        if piece is not None:
            current.append(piece)
        if kind == "...":
            if current:
                parts.append(tuple(current))
            current = []
        elif kind == "[]":
            label = nt[s:e]
            current.append(Slot(label, label[1:-1].strip()))
        pos = e
        prev_kind = kind
    if current:
        parts.append(tuple(current))
    cmp_text = " ".join(
        (it.content if isinstance(it, Slot) else _shown_text(nt, it)) for part in parts for it in part
    )
    found = list(DIFF_WORD.finditer(cmp_text))
    shown = tuple(m.group() for m in found)
    wordlist = Words.of(shown, [is_named(cmp_text, m.start(), m.group()) for m in found])
    words = tuple(w.lower() for w in shown)
    core = Piece(search_key(nt[a:b]), tuple(range(a, b))) if a < b else None
    structured = bool(markers) or any(it.attached for part in parts for it in part if isinstance(it, Piece))
    tail = nt[b:].strip()
    return Prepared(
        raw, norm, tuple(parts), structured, search_key(cmp_text), words, shown, core, tail, wordlist
    )


def _shown_text(nt: str, piece: Piece) -> str:
    if not piece.attached:  # one run of the text
        return nt[piece.cidx[0]:piece.cidx[-1] + 1]
    return "".join(nt[i] for i in piece.cidx)
