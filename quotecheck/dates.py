"""Stage 4 helpers: find date expressions and resolve them to ISO 8601.

Dates come as full dates ("December 10, 2012", "10 December 2012", "2012-12-10"), dates without a
year ("on January 25"), month and year ("March 2013"), and relative ones ("yesterday", "on
Tuesday", "last week", "last month") that need the document's date.  Resolved values are ISO 8601:
``YYYY-MM-DD``, or the reduced forms ``YYYY-MM`` and ``YYYY-Www`` where the text is no finer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

import regex

from quotecheck.latin import Twin
from quotecheck.lexicon import word_trie

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_RANGE = r"(?:\s*[-–]\s*(?:[12]\d|3[01]|0?[1-9]))?"
DATE_PATTERN = Twin(
    rf"""
    (?<![\w-])(?:
        (?P<mon>{_MONTH})\s+(?P<day>{_DAY}){_RANGE}(?:,?\s+(?P<year>{_YEAR}))?(?![\d:])
      | (?P<day2>{_DAY}){_RANGE}\s+(?:of\s+)?(?P<mon2>{_MONTH})(?:,?\s+(?P<year2>{_YEAR}))?(?!\d)
      | (?P<iy>{_YEAR})-(?P<im>0[1-9]|1[0-2])-(?P<id>0[1-9]|[12]\d|3[01])(?![\d-])
      | (?:in\s+)?(?P<mon3>{_MONTH})\s+(?P<year3>{_YEAR})(?!\d)
      | (?P<rel>yesterday|today|tonight|this\ morning|this\ afternoon|this\ evening|last\ night)
      | (?P<last>last\s+)?(?P<wd>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))
      | last\s+(?P<span>week|month|year)
    )(?!\w)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)


@dataclass(frozen=True)
class DateExpr:
    """A date as written: some parts may be missing; ``relative`` names a relative expression."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: str | None = None  # "day-offset:-1", "weekday:1", "last-weekday:1", "week", ...

    @property
    def full(self) -> bool:
        return self.year is not None and self.month is not None and self.day is not None


# Where a date can begin.  Plain literals and digits let the engine skip ahead fast; the full
# pattern is then tried only at these places (a single pass of it costs 20 times more).  Capitalised
# words are one trie, so the engine never backs up to try another word; the lower-case words are
# looked for with str.find, which skips over text several times faster than a pattern that has to
# stop at every "t".  (Where two words overlap, "Satoday", the later one follows a letter and is no
# date.)
_CAPITAL_WORDS = (
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun Yesterday Today "
    "Tonight".split() + ["This ", "Last "]
)
_CAPITAL_STARTS = re.compile(word_trie(_CAPITAL_WORDS))
_LOWER_STARTS = ("yesterday", "today", "tonight", "this ", "last ")
# A date that begins with a digit is a day ("10th March", "12-13 March") or an ISO date: its first
# digit opens a run, and within two characters comes an ordinal, a space or a dash, or after four a
# dash.  Most numbers in news ("2012", "$5.2 million", "3,000") fail this, so the full pattern is
# not tried on them.  (Every other digit \d matches is a word character, so a date cannot start
# right after one; "ſ" is an "s" to the case-insensitive pattern.)
_DIGIT_STARTS = re.compile(r"[0-9](?<![0-9][0-9])(?=[\s\S]?[\s\-–sSnNrRtTſ]|[\s\S]{3}-)")
# A short stretch (most are an attribution's clause, a few dozen characters with no date) costs
# more in the number of scans than in their speed: there, one trie finds the words of both kinds
# and every digit, in order, for half the cost.  The digits _DIGIT_STARTS passes over are no date
# (its test is one every date passes), nor is a word hidden inside another, which follows a letter.
_SHORT_STRETCH = 300
_SHORT_STARTS = re.compile(word_trie(_CAPITAL_WORDS + list(_LOWER_STARTS) + list("0123456789")))


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateExpr]:
    end = len(text) if end is None else end
    if end - start < _SHORT_STRETCH:
        places = [m.start() for m in _SHORT_STARTS.finditer(text, start, end)]
    else:
        # A place is a letter or a digit, never both: the lists need no merging, only sorting.
        places = [m.start() for m in _CAPITAL_STARTS.finditer(text, start, end)]
        for word in _LOWER_STARTS:
            pos = text.find(word, start, end)
            while pos >= 0:
                places.append(pos)
                pos = text.find(word, pos + 1, end)
        places += [m.start() for m in _DIGIT_STARTS.finditer(text, start, end)]
        places.sort()
    if not places:
        return []
    found = []
    reached = start
    date_at = DATE_PATTERN.pick(text).match
    for pos in places:
        if pos < reached:
            continue
        m = date_at(text, pos, end)
        if m is None:
            continue
        expr = _parse(m)
        if expr is not None:
            found.append(expr)
            reached = m.end()
    return found


_DIGITS = Twin(r"\d+")


def _parse(m: re.Match | regex.Match) -> DateExpr | None:
    # By position, in the order of DATE_PATTERN's groups: groupdict() costs more than the rest of
    # this function.
    (mon, day, year, day2, mon2, year2, iy, im, id_, mon3, year3, rel, last, wd, span) = m.groups()
    s, e = m.span()
    if mon or mon2:
        mon_text = mon or mon2
        day_text = day or day2
        if mon and not mon[0].isupper():
            return None  # "may 5" in lower case is not a date
        year = year or year2
        month = _MONTHS[mon_text.rstrip(".").lower()]
        return DateExpr(s, e, int(year) if year else None, month, int(_DIGITS.match(day_text).group()))
    if iy:
        return DateExpr(s, e, int(iy), int(im), int(id_))
    if mon3:
        if not mon3[0].isupper():
            return None
        return DateExpr(s, e, int(year3), _MONTHS[mon3.rstrip(".").lower()])
    if rel:
        rel = rel.lower()
        offset = -1 if rel in ("yesterday", "last night") else 0  # (the night before the day of writing)
        return DateExpr(s, e, relative=f"day-offset:{offset}")
    if wd:
        if not wd[0].isupper():
            return None
        kind = "last-weekday" if last else "weekday"
        return DateExpr(s, e, relative=f"{kind}:{_WEEKDAYS.index(wd.lower())}")
    if span:
        return DateExpr(s, e, relative=span.lower())
    return None


def _safe_date(year: int | None, month: int | None, day: int | None) -> dt.date | None:
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve(expr: DateExpr, doc_date: dt.date | None, reference: dt.date | None = None) -> str | None:
    """The ISO form of ``expr``.

    A year-less date takes its year from the document's date and never lands after it; with no
    document date it takes the year of ``reference`` (the latest full date in the narration).
    Relative expressions need the document's date.
    """
    if expr.relative is None:
        if expr.year is not None and expr.day is None:
            return f"{expr.year:04d}-{expr.month:02d}"
        if expr.year is not None:
            d = _safe_date(expr.year, expr.month, expr.day)
            return d.isoformat() if d else None
        if doc_date is not None:
            d = _safe_date(doc_date.year, expr.month, expr.day)
            if d is not None and d > doc_date:
                d = _safe_date(doc_date.year - 1, expr.month, expr.day)
            return d.isoformat() if d else None
        if reference is not None:
            d = _safe_date(reference.year, expr.month, expr.day)
            return d.isoformat() if d else None
        return None
    if doc_date is None:
        return None
    kind, _, arg = expr.relative.partition(":")
    if kind == "day-offset":
        return (doc_date + dt.timedelta(days=int(arg))).isoformat()
    if kind in ("weekday", "last-weekday"):
        back = (doc_date.weekday() - int(arg)) % 7
        if kind == "last-weekday" and back == 0:
            back = 7
        return (doc_date - dt.timedelta(days=back)).isoformat()
    if kind == "week":
        year, week, _ = (doc_date - dt.timedelta(days=7)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    if kind == "month":
        first = doc_date.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if kind == "year":
        return f"{doc_date.year - 1:04d}"
    return None


def date_range(value: str) -> tuple[dt.date, dt.date] | None:
    """The first and last day an ISO date (possibly reduced: YYYY, YYYY-MM, YYYY-Www) covers."""
    try:
        if regex.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            d = dt.date.fromisoformat(value)
            return d, d
        if m := regex.fullmatch(r"(\d{4})-W(\d{2})", value):
            first = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return first, first + dt.timedelta(days=6)
        if m := regex.fullmatch(r"(\d{4})-(\d{2})", value):
            first = dt.date(int(m[1]), int(m[2]), 1)
            nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, nxt - dt.timedelta(days=1)
        if regex.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    except ValueError:
        return None
    return None


# The document's own date: front matter, a "Published ..." line, or a dateline.  The line
# patterns are searched in the head with a line break put before it, and begin with that break
# rather than "^": a literal first lets the engine skip from line to line instead of trying every
# character.
_FRONT_MATTER = Twin(r"\A---\s*\n(?:[^\n]*\n){0,30}?date:\s*[\"']?(?P<v>[^\n\"']+)", regex.I)
_PUBLISHED = Twin(
    r"\n[ \t]*(?P<kind>Published|Updated|Posted|Last updated|Date)(?:\s+on)?\s*[:\-–—]?\s*(?P<v>[^\n]{4,80})$",
    regex.I | regex.M,
)
_DATELINE = Twin(
    r"\n[ \t]*\p{Lu}[\p{Lu}\p{M} .’'\-]{1,40}(?:,[ \t]*\p{L}[\p{L} .]{1,30})?(?:,[ \t]*(?P<v>[^\n(—–-]{3,40}?)"
    r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?|[ \t]*\((?P<p>[^)\n]{3,40})\)[ \t]*)[-—–]",
)  # "CITY, State, March 14, 2026 (AP) —", or the date in parentheses: "CITY, State (March 14, 2026) —"
# A line that is a full date alone, perhaps with its weekday and time: "Wed 4 Mar 2026 18.42 GMT",
# "March 4, 2026", "4 March 2026, 6:42pm", "June 25, 2026 3:41 PM GMT+2".
_DATE_ALONE = re.compile(
    r"\n[ \t]*(?P<v>(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?(?:\d{1,2}[ \t]+[A-Z][a-z]+\.?,?[ \t]+\d{4}"
    r"|[A-Z][a-z]+\.?[ \t]+\d{1,2},?[ \t]+\d{4}))(?:[ \t,]+(?:at[ \t]+)?\d{1,2}[.:]\d{2}[ \t]*(?:[apAP]\.?[mM]\.?)?"
    r"(?:[ \t]+[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?)?)?[ \t]*(?=\n)")
# Cheap `re` scans that every line the two patterns above find also matches: a line opening with
# one of the words (for these letters `re` folds case at least as widely as `regex`), and a line
# opening with a letter, then neither a lower-case letter nor a digit, with a comma and later a
# dash.  Most texts have neither, and the `regex` patterns cost several times more.
_PUBLISHED_HINT = re.compile(r"\n[ \t]*(?:published|updated|posted|last updated|date)", re.IGNORECASE)
_DATELINE_HINT = re.compile(r"\n[ \t]*[^\W\d_][^a-z0-9\n][^\n,]*,[^\n]*[—–-]")


def document_date(text: str) -> tuple[str, str] | None:
    """The article's own date and where it came from ("front matter", "published", "dateline")."""
    if (text.startswith("---") and (m := _FRONT_MATTER.match(text[:3000]))
            and (d := _full_date(m["v"], text))):
        return d, "front matter"
    lines = "\n" + text[:1500]  # every line of the head after a line break, the first one too
    published = []  # (kind, date): a "Published" line wins over "Updated" and the others
    if _PUBLISHED_HINT.search(lines):
        published = [(m["kind"].lower() != "published", d) for m in _PUBLISHED.finditer(lines)
                     if (d := _full_date(m["v"], text))]
    if published:
        return min(published, key=lambda kd: kd[0])[1], "published"
    if (m := _DATE_ALONE.search(lines)) and (d := _full_date(m["v"], text)):
        return d, "published"  # a line of its own under the headline: "Wed 4 Mar 2026 18.42 GMT"
    if (_DATELINE_HINT.search(lines) and (m := _DATELINE.search(lines))
            and (d := _full_date(m["v"] or m["p"], text))):
        return d, "dateline"
    return None


def _full_date(value: str, text: str) -> str | None:
    # (the first date that is no weekday alone: "Wednesday 22 April 2026" is 22 April)
    found = [expr for expr in find_dates(value) if not expr.relative]
    if not found:
        return None
    expr = found[0]
    if expr.day is None:
        return None
    if expr.year is None:
        ref = latest_full_date(find_dates(text))
        if ref is None:
            return None
        expr = DateExpr(expr.start, expr.end, ref.year, expr.month, expr.day)
    return resolve(expr, None)


def latest_full_date(exprs: Iterable[DateExpr]) -> dt.date | None:
    """The latest full date among ``exprs`` (a year-less date takes its year from it)."""
    latest = None
    for expr in exprs:
        d = _safe_date(expr.year, expr.month, expr.day) if expr.full else None
        if d and (latest is None or d > latest):
            latest = d
    return latest
