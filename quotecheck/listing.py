"""Records -> the rows the listing commands print: filters and the per-speaker summary."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from quotecheck.model import Quote

if TYPE_CHECKING:
    from quotecheck.names import Parts

# quotecheck.dates and quotecheck.names (regex, rapidfuzz, nameparser: 0.1 s to import) are
# imported where they are used: a query of the archive that prints rows needs neither.


def quote_names(q: Quote) -> tuple[str, ...]:
    return tuple(n for n in (q.speaker, *q.aliases) if n)


def in_period(value: str | None, since: dt.date | None, until: dt.date | None) -> bool:
    if since is None and until is None:
        return True
    from quotecheck.dates import date_range

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
    from quotecheck.names import name_matches

    return (
        q
        for q in quotes
        if (include_terms or q.kind == "speech")
        and (speaker is None or name_matches(speaker, quote_names(q)))
        and in_period(q.date, since, until)
        and (via is None or q.via in via)
    )


# The columns of a quote row, in order (every machine format), and those a table shows.
QUOTE_FIELDS = ("source", "line", "speaker", "role", "date", "quote", "start", "end",
                "speaker_mention", "cue", "date_source", "kind", "via")
QUOTE_TABLE_FIELDS = ("source", "line", "speaker", "role", "date", "quote")

SPEAKER_FIELDS = ("speaker", "role", "quotes", "first", "last", "aliases", "sources")


class Tally:
    """What the speakers listing counts for one canonical name: the first role given, the
    quotes, the earliest and the latest date (as a stable sort of every date would give them),
    the aliases, and the sources in order."""

    __slots__ = ("aliases", "first", "last", "quotes", "role", "sources")

    def __init__(self) -> None:
        self.role: str | None = None
        self.quotes = 0
        self.first: tuple | None = None  # (the date's range, the date)
        self.last: tuple | None = None
        self.aliases: set[str] = set()
        self.sources: dict[str, None] = {}  # ordered, and a constant-time "seen it?"

    def add_dates(self, first: tuple | None, last: tuple | None) -> None:
        """Dates counted after those counted so far: among equal ranges the first stays the
        earliest counted, the last the latest."""
        if first is not None and (self.first is None or first[0] < self.first[0]):
            self.first = first
        if last is not None and (self.last is None or last[0] >= self.last[0]):
            self.last = last


def dated(date: str | None) -> tuple | None:
    """A date with the range it stands for (undated: None), as the listing sorts dates."""
    if not date:
        return None
    from quotecheck.dates import date_range

    return (date_range(date) or (dt.date.max, dt.date.max), date)


def speaker_rows(quotes: Iterable[Quote]) -> list[dict[str, object]]:
    """One row per person, in order of first appearance (see :func:`rows_of_tallies`)."""
    tallies: dict[str, Tally] = {}
    for q in quotes:
        if q.kind != "speech" or not q.speaker:
            continue
        tally = tallies.get(q.speaker)
        if tally is None:
            tally = tallies[q.speaker] = Tally()
        tally.quotes += 1
        tally.role = tally.role or q.role
        when = dated(q.date)
        tally.add_dates(when, when)
        tally.aliases.update(q.aliases)
        tally.sources[q.source] = None
    return rows_of_tallies(tallies)


def rows_of_tallies(tallies: dict[str, Tally]) -> list[dict[str, object]]:
    """One row per person, in the order of the tallies (of first appearance): the canonical
    names that name the same person by the rules of :func:`quotecheck.names.name_matches`
    counted together (:func:`same_people`), under the fullest of them; the others become
    aliases."""
    from quotecheck.names import name_parts

    parts = {name: name_parts(name) for name in tallies}  # each name read once
    out = []
    for names in same_people(parts):
        people = [tallies[n] for n in names]  # in order of first appearance
        name = max(names, key=lambda n: (*_fullness(parts[n]), -names.index(n)))
        whole = Tally()
        for p in people:
            whole.add_dates(p.first, p.last)
        aliases = {a for p in people for a in p.aliases} | set(names)
        sources = dict.fromkeys(s for p in people for s in p.sources)
        out.append({
            "speaker": name,
            "role": next((p.role for p in people if p.role), None),
            "quotes": sum(p.quotes for p in people),
            "first": whole.first[1] if whole.first else None,
            "last": whole.last[1] if whole.last else None,
            "aliases": "; ".join(sorted(aliases - {name})) or None,
            "sources": "; ".join(sources),
        })
    return out


def _fullness(parts: Parts | None) -> tuple[int, int]:
    """How fully a name is written: its given names, then their letters ("Sergey" over "S.")."""
    given = parts[0] if parts else ()
    return len(given), sum(map(len, given))


def same_people(names: dict[str, Parts | None]) -> list[list[str]]:
    """The names (in order of first appearance, each with its
    :func:`quotecheck.names.name_parts`) gathered into one list per person, the lists in order
    of their first name's appearance.  Names are compared only with those of the same
    folded last name.  Among them, a name with given names joins the person all of whose names
    it matches (:func:`quotecheck.names.parts_match`: "Sergey Lavrov", "Sergei Lavrov",
    "S. Lavrov"), and a bare last name ("Lavrov") the one person of that last name; a name that
    fits several people, or none, is a person of its own ("John Smith" and "Jane Smith" stay
    apart, and "Smith" beside them)."""
    from quotecheck.names import parts_match

    by_last: dict[str, list[tuple[str, tuple]]] = defaultdict(list)
    alone: list[list[str]] = []
    for name, parts in names.items():
        if parts is None:
            alone.append([name])
        else:
            by_last[parts[1]].append((name, parts))
    people: list[list[str]] = list(alone)
    for group in by_last.values():
        found: list[list[tuple[str, tuple]]] = []
        for name, parts in group:  # given names first: a bare last name needs them all known
            if parts[0]:
                fits = [p for p in found if all(parts_match(parts, other) for _, other in p)]
                if len(fits) == 1:
                    fits[0].append((name, parts))
                else:
                    found.append([(name, parts)])
        bare = [(name, parts) for name, parts in group if not parts[0]]
        if len(found) == 1:
            found[0].extend(bare)
        elif bare:
            found.append(bare)  # one last name, no given names: the same name, maybe in other case
        people.extend([name for name, _ in p] for p in found)
    order = {name: n for n, name in enumerate(names)}
    for p in people:
        p.sort(key=order.__getitem__)
    people.sort(key=lambda p: order[p[0]])
    return people
