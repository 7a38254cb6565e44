"""The core records every stage passes along: plain frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, NamedTuple, TypeVar

T = TypeVar("T")

# The parser's version: bump it when the records made of the same text change, so that
# `quotecheck index` parses the archived documents again.
PARSER_VERSION = 8

# How a quote's speaker was found, from the most direct evidence to the least: the attribution in
# its own sentence names the speaker, or refers to them by a pronoun, a description ("the
# minister", "the company") or a document ("the report"); or the quote has no attribution of its
# own and continues the previous quote's speaker, or takes the speaker that the narration just
# before it reports ("Brooks said the city had to act." followed by the quotation).
VIA = ("name", "pronoun", "description", "document", "continuation", "narration")


@dataclass(frozen=True)
class Document:
    """One decoded input.

    ``text`` is what every offset counts in (code points, newlines normalised to ``\\n``).
    ``date`` is the document's own date as ISO ``YYYY-MM-DD`` (from ``--date``, a dateline, a
    "Published ..." line or page metadata), or None; ``date_origin`` says where it came from.
    """

    source: str
    text: str
    date: str | None = None
    date_origin: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Span:
    """A quoted passage: ``text[start:end]`` includes the marks, ``inner_*`` excludes them."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True


@dataclass(frozen=True)
class Quote:
    """One output record: a quoted passage with who said it and when."""

    source: str
    line: int
    start: int
    end: int
    kind: str  # "speech" or "term"
    speaker: str | None
    speaker_mention: str | None
    role: str | None
    cue: str | None
    date: str | None
    date_source: str | None  # "explicit", "context", "document" or None
    quote: str
    # How the speaker was found (see VIA): None where there is no speaker.
    via: str | None = None
    aliases: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def field_names(cls) -> list[str]:
        return list(_QUOTE_FIELDS)

    def as_row(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in _QUOTE_FIELDS}


# Computed once: every output row asks for them.
_QUOTE_FIELDS = tuple(f.name for f in fields(Quote) if f.name != "aliases")


# --------------------------------------------------------------------------- verify's output

# The columns of a verify row, in order (every machine format), and those a table shows.
VERDICT_FIELDS = ("id", "verdict", "score", "changes", "speaker", "speaker_check", "date",
                  "date_check", "source", "line", "match", "notes", "start", "end")
VERDICT_TABLE_FIELDS = VERDICT_FIELDS[:-2]


VERDICTS = ("exact", "fuzzy", "not-quoted", "not-found")  # best first


@dataclass(frozen=True)
class Verdict:
    id: str | None
    verdict: str  # one of VERDICTS
    score: float  # 0-100
    speaker: str | None  # whom the source credits (None when not quoted / not found)
    speaker_check: str | None  # ok / wrong / unknown; None when no speaker was claimed
    date: str | None  # the quote record's date
    date_check: str | None  # ok / wrong / unknown; None when no date was claimed
    source: str | None
    line: int | None  # 1-based line of ``start`` in the source
    match: str | None  # the source's own characters: text[start:end]
    start: int | None
    end: int | None
    notes: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()  # meaning changes: "negation: +not", "number: 115 -> 150"

    @classmethod
    def field_names(cls) -> list[str]:
        return list(VERDICT_FIELDS)

    def as_row(self) -> dict[str, object]:
        row = {name: getattr(self, name) for name in VERDICT_FIELDS}
        row["notes"] = "; ".join(self.notes)
        row["changes"] = "; ".join(self.changes)
        return row


def from_fields(cls: type[T], values: dict[str, Any]) -> T:
    """An instance of one of the records above, from all its fields in order.  A frozen
    dataclass's ``__init__`` sets each field through ``object.__setattr__``; filling the new
    instance's dict at once is about three times cheaper, and the parser makes these records by
    the thousand.  The result is an ordinary instance: equal, hashed, printed and frozen alike."""
    record = object.__new__(cls)
    object.__setattr__(record, "__dict__", values)
    return record


# Made per passage, thousands of times per archive: a named tuple, immutable like the records
# above and four times cheaper to build.
class Attribution(NamedTuple):
    """Who said a passage (or that it is a term), as the attribution stage (speakers.py) found it."""

    kind: str  # "speech" or "term"
    speaker: str | None = None
    mention: str | None = None
    role: str | None = None
    cue: str | None = None
    cue_pos: int = -1
    clause: tuple[tuple[int, int], ...] = ()  # narration of the attribution's sentence
    follows: int | None = None  # index of the passage this one continues
    aliases: tuple[str, ...] = ()
    split: bool = False  # the second part of a passage split by its attribution
    entity: int | None = None  # the resolver's entity; speaker, role and aliases come from it
    via: str | None = None  # how the entity was found: one of VIA
