"""Stage 2: find quoted passages.

One linear pass over the quote marks of a document.  A passage opens at an opening mark and ends
at its matching closing mark; marks of another kind inside it (a quote within the quote) stay part
of it.  A passage with no closing mark ends at its paragraph's end, unless the next paragraph opens
with the same mark (a quotation running over several paragraphs), and parsing goes on after it.
Apostrophes (Kazakhstan’s, the Joneses’ house, ’90s, rock ’n’ roll, don't) are never quote marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from quotecheck import lexicon
from quotecheck.latin import Twin, behind
from quotecheck.model import Span, from_fields

# Opening mark -> the marks that close it.
_CLOSERS: dict[str, tuple[str, ...]] = {
    "“": ("”", "“", '"'),  # a straight mark closing a curly one: a common slip
    "”": ("”", "“"),  # a closing mark set at the start of a quotation: a common slip
    "„": ("“", "”"),
    "«": ("»",),
    "‹": ("›",),
    '"': ('"', "”"),
    # Two apostrophes, as some newspapers set a double quotation mark; three close a quotation
    # within it and the quotation itself at once.
    "''": ("''", "'''"),
    "``": ("''", "'''"),
    "‘": ("’", "'"),
    "'": ("'", "’"),
    "‚": ("‘", "’"),
}
_SINGLE_OPENERS = "‘'‚"
# Every character that is or begins a mark.
_MARK_CHARS = "\"`“”„«»‹›‘’‚'"


def _mark_positions(text: str) -> list[int]:
    """Where the characters of _MARK_CHARS stand in text, in order.  A str.find for each character
    in turn, then a sort, costs a fraction of one scan with a character class: the engine tests
    every character of the text against the class, str.find skips to the next occurrence."""
    found = []
    for ch in _MARK_CHARS:
        pos = text.find(ch)
        while pos >= 0:
            found.append(pos)
            pos = text.find(ch, pos + 1)
    found.sort()
    return found


def _marks(text: str) -> list[tuple[int, str]]:
    """The quote marks of a text, in order: (position, mark).  Two or three apostrophes are one
    mark (''Text,''' as some newspapers set it), and so are two backquotes.  An apostrophe
    between two letters (don't, Kazakhstan’s) can neither open nor close a passage, so it is
    left out: a third of the marks in news, never looked at again."""
    out = []
    skip = 0  # the end of the last mark of several characters
    last = len(text) - 1
    for i in _mark_positions(text):
        if i < skip:
            continue
        ch = text[i]
        if ch == "`":
            if not text.startswith("``", i):
                continue
            ch = "``"
            skip = i + 2
        elif ch == "'" and text.startswith("''", i):
            ch = "'''" if text.startswith("'''", i) else "''"
            skip = i + len(ch)
        elif ch in "'’" and 0 < i < last and text[i - 1].isalpha() and text[i + 1].isalpha():
            continue
        out.append((i, ch))
    return out


_STRAIGHT = ('"', "''", "``")
# Words that begin with an apostrophe: 'n' (rock 'n' roll), 'em, 'til, '90s, 'cause ...
_ELISION = Twin(r"(?i)(?:n['’](?!\p{L})|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|\d)")
_LEFT_CONTEXT = set(" \t\n([{—–-/:;,\u00a0\u2009\u202f") | set("“„«‹\"")


# The end of a sentence: a full stop (not an abbreviation's), ! or ?, then a capital or a mark.
# The mark comes first, and the look back after it: far fewer places to look.
_ABBREVIATIONS = lexicon.TITLE_ABBREVIATIONS + tuple(
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No vs etc Inc Corp Ltd Co U.S U.N U.K E.U".split())
# What follows the first mark: SENTENCE_END without its first character, for patterns that
# begin with a wider class of their own.
SENTENCE_END_TAIL = (
    behind(_ABBREVIATIONS, chars="A-Z", lead=r"\b", tail="[.!?]", negative=True)
    + r"[.!?]*[\"”’)\]]*(?=\s+[\p{Lu}\"“‘«(\d])"
)
SENTENCE_END = Twin("[.!?]" + SENTENCE_END_TAIL)


@dataclass(frozen=True)
class Paragraphs:
    """Paragraph boundaries: blank lines, or single line breaks where a text has no blank line."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def index(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1


_BLANK_LINE = Twin(r"\n[ \t\u00a0]*\n\s*")
_LINE_BREAK = Twin(r"\n\s*")
# A single line break (a line, then another, no blank line between), and one that ends a
# sentence: after a full stop or the like, or after a space.  `re` reads \s as str.isspace does;
# the break comes first, then the look back, so the engine skips from break to break.
_LINE_END = re.compile(r"\n(?<=[^\n]\n)(?=[^\n])")
_FINAL_LINE_END = re.compile(r"\n(?<=[^\n]\n)(?<=[\s.!?:”\"’'»)\]]\n)(?=[^\n])")


def paragraphs(text: str) -> Paragraphs:
    """Paragraphs end at blank lines, and at single line breaks too unless the text is
    hard-wrapped (most of its lines stop in mid-sentence)."""
    single = len(_LINE_END.findall(text))
    wrapped = bool(single) and len(_FINAL_LINE_END.findall(text)) * 2 < single
    splitter = _BLANK_LINE if wrapped else _LINE_BREAK
    starts, ends = [], []
    pos = 0
    for m in splitter.finditer(text):
        starts.append(pos)
        ends.append(m.start())
        pos = m.end()
    starts.append(pos)
    ends.append(len(text.rstrip()) if len(text.rstrip()) >= pos else len(text))
    return Paragraphs(tuple(starts), tuple(ends))


def _is_left_flanking(text: str, i: int, n: int = 1) -> bool:
    """A mark that can open: start of text or after a space/bracket/dash, before a non-space."""
    before = text[i - 1] if i else " "
    after = text[i + n] if i + n < len(text) else " "
    return before in _LEFT_CONTEXT and not after.isspace()


def _is_right_flanking(text: str, i: int, n: int = 1) -> bool:
    """A mark that can close: after a non-space, before a non-letter (so not Kazakhstan’s)."""
    before = text[i - 1] if i else " "
    after = text[i + n] if i + n < len(text) else " "
    return not before.isspace() and not after.isalnum()


def find_spans(text: str, paras: Paragraphs | None = None) -> list[Span]:
    paras = paras or paragraphs(text)
    marks = _marks(text)
    # Positions where a single quote could close, for a cheap "does it ever close?" test.
    single_closers = [i for i, ch in marks if ch in "’'" and _is_right_flanking(text, i)]
    spans: list[Span] = []
    opener = ""  # the opening mark of the passage being read, "" when outside
    start = depth = 0
    para = 0
    next_para = 0  # where the paragraph after ``para`` starts
    starts = paras.starts + (len(text) + 1,)
    k = 0
    n_marks = len(marks)
    while k < n_marks:
        i, ch = marks[k]
        k += 1
        if opener:
            if i >= next_para:  # past the paragraph the passage is in
                p = paras.index(i)
                # The passage ran to its paragraph's end without a closing mark.
                if _continues(text, paras, para, opener):
                    para += 1
                    next_para = starts[para + 1]
                    if p == para and i == paras.starts[para]:
                        continue  # the re-opening mark of the continued passage
                    k -= 1
                    continue
                spans.append(_unclosed(text, paras, para, start, opener))
                opener = ""
            else:
                if _closes(text, i, ch, opener):
                    if depth:
                        depth -= 1
                        continue
                    inner_end = i + 1 if ch == "'''" else i  # keep the inner quotation's mark
                    spans.append(_span(start, i + len(ch), start + len(opener), inner_end, True))
                    opener = ""
                    continue
                if ch == opener and opener in "“„«‹" or (
                    ch == opener and opener in _STRAIGHT and _is_left_flanking(text, i, len(ch))
                ):
                    depth += 1
                continue
        if ch not in _CLOSERS or not (ch in "«‹" or _is_left_flanking(text, i, len(ch))):
            continue  # guillemets open even with a space inside, as French sets them
        if ch in _SINGLE_OPENERS:
            if _ELISION.match(text, i + 1):
                continue
            para_end = paras.ends[paras.index(i)]
            nxt = bisect_right(single_closers, i)
            if nxt == len(single_closers) or single_closers[nxt] >= para_end:
                continue  # never closes in its paragraph: an apostrophe, not a quote
        opener, start, depth, para = ch, i, 0, paras.index(i)
        next_para = starts[para + 1]
    while opener:
        if _continues(text, paras, para, opener):
            para += 1
            continue
        spans.append(_unclosed(text, paras, para, start, opener))
        opener = ""
    return spans


def _closes(text: str, i: int, ch: str, opener: str) -> bool:
    if ch not in _CLOSERS[opener]:
        return False
    # Marks that look the same at both ends; and “, which opens a quotation within a quotation
    # ("he calls “hell” than") as often as it closes one set by mistake (“Text“).
    if opener in _STRAIGHT or ch in '"“':
        return not _is_left_flanking(text, i, len(ch)) or _is_right_flanking(text, i, len(ch))
    if ch in "’'":
        return _is_right_flanking(text, i)
    return True


def _continues(text: str, paras: Paragraphs, p: int, opener: str) -> bool:
    """Does paragraph p+1 open with the same mark, continuing an unclosed quotation?"""
    if p + 1 >= len(paras.starts):
        return False
    nxt = paras.starts[p + 1]
    return text.startswith(opener, nxt) or (opener in "“„" and text.startswith("“", nxt))


def _unclosed(text: str, paras: Paragraphs, p: int, start: int, opener: str) -> Span:
    end = paras.ends[p]
    while end > start + 1 and text[end - 1].isspace():
        end -= 1
    return _span(start, end, start + len(opener), end, False)


def _span(start: int, end: int, inner_start: int, inner_end: int, closed: bool) -> Span:
    return from_fields(Span, {"start": start, "end": end, "inner_start": inner_start,
                              "inner_end": inner_end, "closed": closed})
