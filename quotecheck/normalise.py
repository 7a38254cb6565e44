"""Text normalisation for matching, with a map back to the source's own offsets.

Claim and source go through the same :func:`normalise`, so equal normalised text means the
same words up to the tolerated differences:

* Unicode compatibility forms (NFKC: ligatures, full-width forms, ``…`` -> ``...``);
* curly and straight apostrophes (``’ ‘ ‛ ʼ ` ´`` -> ``'``) and quote marks
  (``“ ” „ ‟ « »`` -> ``"``);
* dashes: an em or en dash, or ``--``, or a hyphen with blanks around it, becomes `` - ``
  whatever blanks surround it; hyphen look-alikes (``‐ ‑ ‒``) and an en dash between two
  non-blanks (``2013–2015``) become ``-``;
* whitespace and line breaks: every run becomes one space; zero-width characters and soft
  hyphens are dropped;
* a word hyphenated across a line break (``space-\\nport``) is joined when the next line goes
  on in lower case; before a capital (``Kazakhstan-\\nRussia``) the hyphen is kept and only the
  break goes.

Spaces and dashes are never deleted outright, so ``major space`` never equals ``majorspace``.
Case is kept in :attr:`Normalised.text`; :func:`search_key` gives the case-folded,
same-length text the index searches.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat

__all__ = [
    "APOSTROPHES",
    "DASHES",
    "QUOTE_MARKS",
    "Normalised",
    "OffsetMap",
    "Words",
    "fold",
    "is_named",
    "is_word_char",
    "normalise",
    "search_key",
    "word_ids",
]

APOSTROPHES = "\u2018\u2019\u201a\u201b\u02bc\u0060\u00b4"
QUOTE_MARKS = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u301d\u301e"
_HYPHENS = "\u2010\u2011\u2012"  # hyphen look-alikes: always "-"
DASHES = "\u2013\u2014\u2015\u2212\u2e3a\u2e3b"  # en, em, horizontal bar, minus, 2/3-em
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"

_ONE_TO_ONE = {c: "'" for c in APOSTROPHES}
_ONE_TO_ONE.update({c: '"' for c in QUOTE_MARKS})
_ONE_TO_ONE.update({c: "-" for c in _HYPHENS})

# Characters some branch below deals with; the "other non-ASCII" run must stop at them.
_SPECIAL = APOSTROPHES + QUOTE_MARKS + _HYPHENS + DASHES + _INVISIBLE

_TOKEN = re.compile(
    r"""
      (?P<hyph>(?<=\w)[-\u2010\u2011\u00ad][^\S\n]*\n\s*(?=\w))   # hyphen ending a word and a line
    | (?P<dash>\s*(?:[-\u2010-\u2015\u2212\u2e3a\u2e3b]{2,}|[\u2013\u2014\u2015\u2212\u2e3a\u2e3b]|(?<=\s)-(?=\s))\s*)
    | (?P<ws>\s{2,}|[^\S ])                                   # any run but a lone space
    | (?P<inv>[\u200b\u200c\u200d\u2060\ufeff\u00ad]+)
    | (?P<one>[%s])                                          # 1:1 quote/hyphen look-alikes
    | (?P<other>(?:[^\x00-\x7f%s\s]|[\x00-\x7f](?=[%s]))+)    # other non-ASCII runs
    """
    % (
        re.escape(APOSTROPHES + QUOTE_MARKS + _HYPHENS),
        re.escape(_SPECIAL),
        _COMBINING,
    ),
    re.VERBOSE,
)
_CLUSTER = re.compile(r".[%s]*" % _COMBINING, re.DOTALL)
_SPACES = re.compile(r"\s+")
# Cheap scan for where a token can start: any non-printable-ASCII run, a space before a
# blank or a hyphen, a hyphen before a hyphen or a blank, a backtick.
_PREFILTER = re.compile(r"[^\x20-\x7e]+| (?=[^\x21-\x7e]|-)|-(?=[-\s\u2010-\u2015\u2212\u2e3a\u2e3b])|`")


class OffsetMap:
    """``offsets[i]``: the source index of normalised character ``i``.

    Stored as segments, not one integer per character: a *copy* segment maps one-to-one
    (``src = src_start + (i - norm_start)``), a *fixed* segment maps every character it
    holds to one source index (a collapsed whitespace run, an expanded ``…``).  ``offsets``
    has ``len(text) + 1`` entries: the last is the sentinel ``len(source)``.
    """

    __slots__ = ("_copy", "_len", "_norm", "_src", "_src_len")

    def __init__(self, norm: array, src: array, copy: bytes | bytearray, length: int,
                 src_len: int):
        self._norm = norm
        self._src = src
        self._copy = copy
        self._len = length
        self._src_len = src_len

    def __len__(self) -> int:
        return self._len + 1

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += self._len + 1
        if not 0 <= i <= self._len:
            raise IndexError("offset index out of range")
        if i == self._len:
            return self._src_len
        k = bisect_right(self._norm, i) - 1
        if self._copy[k]:
            return self._src[k] + (i - self._norm[k])
        return self._src[k]

    def __iter__(self):
        return (self[i] for i in range(self._len + 1))

    def __eq__(self, other) -> bool:
        if isinstance(other, OffsetMap):
            return (self._norm, self._src, self._copy, self._len, self._src_len) == (
                other._norm,
                other._src,
                other._copy,
                other._len,
                other._src_len,
            )
        try:
            return list(self) == list(other)
        except TypeError:
            return NotImplemented

    def __hash__(self) -> int:
        return hash((self._len, self._src_len, bytes(self._copy)))

    def __repr__(self) -> str:
        return f"OffsetMap(len={self._len + 1}, segments={len(self._norm)})"

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source span covering normalised ``[start, end)``."""
        if end <= start:
            s = self[start]
            return s, s
        s = self[start]
        e = self[end]
        last = self[end - 1]
        if e <= last:  # the last character sits inside an expansion
            e = last + 1
        return s, max(e, s)

    def to_norm(self, src_index: int) -> int:
        """The first normalised index whose character comes from ``src_index`` or later."""
        if src_index >= self._src_len:
            return self._len
        if src_index <= 0:
            return 0
        k = bisect_right(self._src, src_index) - 1
        # several segments can start at one source index; take the last of them
        if self._copy[k]:
            n = self._norm[k] + (src_index - self._src[k])
            nxt = self._norm[k + 1] if k + 1 < len(self._norm) else self._len
            return min(n, nxt)
        if self._src[k] == src_index:
            return self._norm[k]
        # inside the source run a fixed segment collapsed: its characters come from before
        return self._norm[k + 1] if k + 1 < len(self._norm) else self._len


@dataclass(frozen=True)
class Normalised:
    """Normalised text plus ``offsets`` back into the source (``len(text) + 1`` entries)."""

    text: str
    offsets: OffsetMap

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        return self.offsets.span(start, end)


def normalise(text: str) -> Normalised:
    """Normalise ``text`` (see the module docstring) and keep the map back to it."""
    out: list[str] = []
    norm = array("q", [0])
    src = array("q", [0])
    copy = bytearray([1])
    n = 0  # normalised length so far
    last = 0  # source index copied up to

    def mark(at_norm: int, at_src: int, is_copy: bool) -> None:
        if norm[-1] == at_norm:
            src[-1] = at_src
            copy[-1] = is_copy
        else:
            norm.append(at_norm)
            src.append(at_src)
            copy.append(is_copy)

    def emit(a: int, b: int, rep: str) -> None:
        nonlocal n
        if rep[:1] == " " and out and out[-1][-1:] == " ":
            rep = rep[1:]  # blanks either side of a deleted character: still one space
        out.append(rep)
        if len(rep) == b - a:
            # one-to-one: the running copy segment still holds, unless a fixed one ended here
            if not copy[-1]:
                mark(n, a, True)
            n += len(rep)
            return
        if rep:
            mark(n, a, False)
            n += len(rep)
        else:
            out.pop()  # keep out[-1] the last real output for the blank check above
        mark(n, b, True)

    def literal(a: int, b: int) -> None:
        nonlocal n
        if text[a] == " " and out and out[-1][-1:] == " ":
            emit(a, a + 1, "")  # a deleted character left two blanks side by side
            a += 1
            if a == b:
                return
        out.append(text[a:b])
        if not copy[-1]:
            mark(n, a, True)
        n += b - a

    for hit in _PREFILTER.finditer(text):
        pos = max(hit.start(), last)
        stop = hit.end()
        if pos > last and unicodedata.combining(text[pos]):
            pos -= 1  # let the base letter compose with its accent
        while pos < stop:
            m = _TOKEN.match(text, pos)
            if m is None:
                pos += 1
                continue
            a, b = m.start(), m.end()
            if a > last:
                literal(last, a)
            _apply(m, text, emit)
            last = pos = b
    if last < len(text):
        literal(last, len(text))
    return Normalised("".join(out), OffsetMap(norm, src, bytes(copy), n, len(text)))


def _apply(m: re.Match, text: str, emit) -> None:
    a, b = m.start(), m.end()
    kind = m.lastgroup
    if kind == "hyph":
        nxt = text[b : b + 1]
        prev = text[a - 1 : a]
        if prev.isalpha() and nxt.islower():
            emit(a, b, "")
        elif text[a] == "\u00ad":
            emit(a, b, " ")
        else:
            emit(a, b, "-")
    elif kind == "dash":
        core = m.group().strip()
        if core in ("\u2013", "\u2212") and m.group() == core:
            emit(a, b, "-")  # 2013–2015: a range, not a pause
        else:
            emit(a, b, " - ")
    elif kind == "ws":
        emit(a, b, " ")
    elif kind == "inv":
        emit(a, b, "")
    elif kind == "one":
        emit(a, b, _ONE_TO_ONE[m.group()])
    else:
        run = m.group()
        if unicodedata.is_normalized("NFKC", run):
            emit(a, b, run)
            return
        for c in _CLUSTER.finditer(run):
            rep = unicodedata.normalize("NFKC", c.group())
            # NFKC can produce marks the other branches map (e.g. full-width quotes)
            rep = "".join(_ONE_TO_ONE.get(ch, ch) for ch in rep)
            rep = _SPACES.sub(" ", rep)
            emit(a + c.start(), a + c.end(), rep)


def search_key(normalised_text: str) -> str:
    """Case-folded text of the same length: what the index and the claim are compared as.

    ``"`` and ``'`` are made equal too, so a claim's double quotes inside the quotation
    match the source's single ones (reported as "quote marks").
    """
    low = normalised_text.lower()
    if len(low) != len(normalised_text):  # e.g. "İ" lowers to two code points
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in normalised_text)
    return low.replace('"', "'")


_FOLD_PUNCT = re.compile(r"[\s\-]+")


def fold(s: str) -> str:
    """A case- and accent-insensitive key for names: ``fold("Sérgey  LAVROV") == "sergey lavrov"``."""
    t = unicodedata.normalize("NFKD", s)
    t = "".join(c for c in t if not unicodedata.combining(c))
    t = "".join(_ONE_TO_ONE.get(c, c) for c in t)
    t = t.casefold()
    return _FOLD_PUNCT.sub(" ", t).strip()


# --------------------------------------------------------------------------- word ids


def is_word_char(c: str) -> bool:
    """A character of a ``\\w`` run."""
    return c.isalnum() or c == "_"

#
# The units the verify alignment compares (:mod:`quotecheck.align`): a word case-folded, its
# contraction written out ("don't" -> "do not", "can't" and "cannot" -> "can not", "won't" ->
# "will not", "we're" -> "we are", "it's" -> "it is"), British and American spellings folded to
# one key ("honour" / "honor", "organise" / "organize", "centre" / "center", "travelled" /
# "traveled", "defence" / "defense", "catalogue" / "catalog").

_NOT_CONTRACTIONS = {"can't": ("can", "not"), "cannot": ("can", "not"), "won't": ("will", "not"),
                     "shan't": ("shall", "not"), "ain't": ("is", "not")}
_SUFFIXES = {"'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "'d": "would"}
_IS_HOSTS = frozenset("it he she that there what who where here how".split())
_SPELLING = (
    (re.compile(r"(?<=\w\w)our(s|ed|ing|able|ite|ites|er|ers)?$"), r"or\1"),
    (re.compile(r"(?<=\w\w\w)is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w)ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w\w\w)tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"^(def|off|lic|pret)ence(s)?$"), r"\1ense\2"),
    (re.compile(r"(?<=\w\w\w)ogue(s)?$"), r"og\1"),
)


@lru_cache(maxsize=65536)
def word_ids(word: str) -> tuple[str, ...]:
    """The ids one word stands for (see the module docstring)."""
    w = word.lower().replace("\u2019", "'")
    if w in _NOT_CONTRACTIONS:
        return _NOT_CONTRACTIONS[w]
    if w.endswith("n't") and len(w) > 3:
        return (*word_ids(w[:-3]), "not")
    if "'" in w:
        stem, _, tail = w.rpartition("'")
        suffix = "'" + tail
        if suffix in _SUFFIXES and stem:
            return (*word_ids(stem), _SUFFIXES[suffix])
        if suffix == "'s" and stem in _IS_HOSTS:
            return (stem, "is")
        if suffix == "'s" and stem == "let":
            return ("let", "us")
    for pattern, repl in _SPELLING:
        if pattern.search(w):
            return (pattern.sub(repl, w),)
    return (w,)


@dataclass(frozen=True)
class Words:
    """A word list made ready to align: ``ids`` and, per id, the index of its word."""

    shown: tuple[str, ...]  # the words as written
    ids: tuple[str, ...]
    owner: tuple[int, ...]
    named: tuple[bool, ...]  # per word: capitalised and not opening a sentence

    @classmethod
    def of(cls, shown: Sequence[str], named: Sequence[bool]) -> Words:
        per_word = list(map(word_ids, shown))
        ids = tuple(chain.from_iterable(per_word))
        owner = tuple(chain.from_iterable(map(repeat, range(len(per_word)), map(len, per_word))))
        return cls(tuple(shown), ids, owner, tuple(named))

    def text(self, a: int, b: int) -> str:
        """The words owning ids ``[a, b)``, as written."""
        if a >= b:
            return ""
        return " ".join(self.shown[self.owner[a] : self.owner[b - 1] + 1])


def is_named(text: str, start: int, word: str) -> bool:
    """A capitalised word (not "I") that does not open a sentence at ``text[start]``."""
    if not word[:1].isupper() or word == "I":
        return False
    j = start - 1
    while j >= 0 and text[j] in " \"'([":
        j -= 1
    return j >= 0 and text[j] not in ".!?:"
