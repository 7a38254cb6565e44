"""`re` twins of the parser's busiest `regex` patterns, for texts written in the Latin blocks.

`re` runs a simple pattern faster than `regex` and costs half as much per call and per group
read, but it knows no Unicode properties (``\\p{Lu}``).  News in English is written in the Latin
blocks and the general punctuation; on such a text a property is a plain set of characters.  A
twin is the same pattern with every property, ``\\s``, ``\\w`` and ``\\b`` spelled out as the very
characters `regex` matches there (found by asking `regex` at import), so on a Latin text the two
cannot disagree.  A text with any other character keeps the `regex` pattern.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import regex

# The Latin blocks (Latin Extended Additional too: Vietnamese), the general punctuation (U+2000
# to U+206F), currency signs (€, ₹), letterlike symbols (™, №) and miscellaneous symbols (★), with
# the controls but not U+001C to U+001F, which only `re`'s \s takes for spaces.
LATIN = "".join(map(chr, (*range(0x1c), *range(0x20, 0x370), *range(0x1e00, 0x1f00), *range(0x2000, 0x2070),
                          *range(0x20a0, 0x20d0), *range(0x2100, 0x2150), *range(0x2600, 0x2700))))


def re_class(pattern: str, chars: str = LATIN) -> str:
    """The characters of ``chars`` that `regex` ``pattern`` (one character) matches, as `re`
    class ranges."""
    points = [ord(c) for c in regex.findall(pattern, chars)]  # one scan: import stays quick
    ranges, lo = [], 0
    for k, cp in enumerate(points):
        if k + 1 == len(points) or points[k + 1] != cp + 1:
            first = points[lo]
            ranges.append(f"\\u{first:04x}" + (f"-\\u{cp:04x}" if cp > first else ""))
            lo = k + 1
    return "".join(ranges)


# Matching the whole text against the allowed characters takes half the time of searching it for
# a character outside them.
ALL_LATIN = re.compile(f"[{re_class('(?s).')}]*")


@functools.lru_cache(maxsize=8)
def is_latin(text: str) -> bool:
    """Is every character of ``text`` one a twin knows?  Asked once per document (cached: the
    stages ask again for the same text)."""
    return text.isascii() or ALL_LATIN.fullmatch(text) is not None


# What a twin spells out: class escapes by the characters `regex` gives them on Latin text.
_CLASS_ESCAPES = {"s": re_class(r"\s"), "w": re_class(r"\w")}
_WORD = _CLASS_ESCAPES["w"]
_BOUNDARY = f"(?:(?<=[{_WORD}])(?![{_WORD}])|(?<![{_WORD}])(?=[{_WORD}]))"
_PROPERTY = regex.compile(r"\\p\{(\w+)\}")


@functools.cache
def _property(name: str) -> str:
    return re_class(rf"\p{{{name}}}")


def to_re(pattern: str, caseless: bool = False) -> str:
    """The `re` spelling of a `regex` pattern for Latin text.  Properties (``\\p{Lu}``), ``\\s``
    and ``\\w`` become character ranges, ``\\b`` a look-around on those ranges; anything `re`
    would read differently raises ValueError rather than match differently.
    ``caseless``: the pattern is compiled to ignore case."""
    out = []
    in_class = False
    # Whether case is ignored, per open group: "(?i:" and "(?-i:" set it, other groups inherit.
    scopes = [caseless or pattern.startswith("(?i)")]
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            nxt = pattern[i + 1]
            if nxt == "p":
                m = _PROPERTY.match(pattern, i)
                if not m:
                    raise ValueError(f"unsupported property at {i} in {pattern!r}")
                if scopes[-1] and m[1] in ("Lu", "Ll", "Lt"):
                    # Ignoring case, `regex` lets \\p{Lu} match "ß" and `re`'s ranges do not (the
                    # tests list every such letter): such a pattern is left to `regex` alone.
                    raise ValueError(f"no twin for \\p{{{m[1]}}} ignoring case in {pattern!r}")
                ranges = _property(m[1])
                out.append(ranges if in_class else f"[{ranges}]")
                i = m.end()
                continue
            if nxt in _CLASS_ESCAPES:
                ranges = _CLASS_ESCAPES[nxt]
                out.append(ranges if in_class else f"[{ranges}]")
            elif nxt == "b" and not in_class:
                out.append(_BOUNDARY)
            elif nxt in "PSWBXNLG" or nxt == "b":
                raise ValueError(f"no twin for \\{nxt} at {i} in {pattern!r}")
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            i += 1
            # A "]" right after "[" or "[^" is a literal in both engines.
            if pattern.startswith("^", i):
                out.append("^")
                i += 1
            if pattern.startswith("]", i):
                out.append("\\]")
                i += 1
            continue
        if ch == "]" and in_class:
            in_class = False
        elif ch == "(" and not in_class:
            scopes.append(True if pattern.startswith("(?i:", i)
                          else False if pattern.startswith("(?-i:", i) else scopes[-1])
        elif ch == ")" and not in_class and len(scopes) > 1:
            scopes.pop()
        out.append(ch)
        i += 1
    return "".join(out)


_RE_FLAGS = ((regex.IGNORECASE, re.IGNORECASE), (regex.VERBOSE, re.VERBOSE),
             (regex.MULTILINE, re.MULTILINE), (regex.DOTALL, re.DOTALL))
# Ignoring case, `re` and `regex` fold "ı" and "İ" differently (`re` takes "ı" for "i"): the
# only two Latin letters on which they differ (checked by the tests for every character of LATIN).
_CASE_APART = ("ı", "İ")


def _folds_apart(text: str) -> bool:
    return any(c in text for c in _CASE_APART)


@functools.lru_cache(maxsize=8)
def is_latin_caseless(text: str) -> bool:
    """Is ``text`` Latin with neither of the two letters that `re` and `regex` fold apart?"""
    return is_latin(text) and not _folds_apart(text)


def _latin_part(part: str, caseless: bool) -> bool:
    """``is_latin`` (or ``is_latin_caseless``) for any string: cached only for a long one."""
    if part.isascii():
        return True
    if len(part) > 1000:  # a document, or most of one: asked again and again, so cached
        return is_latin_caseless(part) if caseless else is_latin(part)
    return ALL_LATIN.fullmatch(part) is not None and not (caseless and _folds_apart(part))


# The Latin characters on which `re`'s own \w, and so its \b, disagree with `regex`'s:
# superscript digits and fractions, combining marks, joiners, connector punctuation.
_WORD_APART = re.compile(
    "[" + "".join(map(re.escape, sorted(set(re.findall(r"\w", LATIN)) ^ set(regex.findall(r"\w", LATIN)))))
    + "]"
)


def native_words(part: str) -> bool:
    """Do `re`'s own ``\\w`` and ``\\b`` read ``part`` as `regex`'s do?  Then a pattern whose only
    Unicode-dependent parts are those can run in `re` as written, without a twin's look-arounds."""
    return part.isascii() or (ALL_LATIN.fullmatch(part) is not None and _WORD_APART.search(part) is None)


class Twin:
    """A `regex` pattern for any text, and its `re` twin for Latin text.  The usual methods pick
    the twin by the string they are given; ``on(text)`` picks once for a document and the parts
    of it that are then searched.

    Each is compiled when first wanted: a Latin text never needs the `regex` one, and a command
    that reads one short article compiles only the patterns it meets (`re` compiles the long
    character classes slowly, in Python).  The tests compile and check every twin."""

    __slots__ = ("_any", "_latin", "caseless", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self.caseless = bool(flags & regex.IGNORECASE) or "(?i" in pattern
        self._any: regex.Pattern | None = None
        self._latin: re.Pattern | None = None

    @property
    def any(self) -> regex.Pattern:
        if self._any is None:
            self._any = regex.compile(self.pattern, self.flags)
        return self._any

    @property
    def latin(self) -> re.Pattern:
        if self._latin is None:
            re_flags = 0
            for rx_flag, re_flag in _RE_FLAGS:
                if self.flags & rx_flag:
                    re_flags |= re_flag
            self._latin = re.compile(to_re(self.pattern, bool(self.flags & regex.IGNORECASE)), re_flags)
        return self._latin

    def on(self, text: str) -> re.Pattern | regex.Pattern:
        """The pattern for a document's ``text`` and any part of it (cached per document)."""
        if is_latin_caseless(text) if self.caseless else is_latin(text):
            return self._latin or self.latin
        return self._any or self.any

    def pick(self, s: str) -> re.Pattern | regex.Pattern:
        """The pattern for ``s`` itself (the answer cached only for a long string)."""
        if s.isascii() or _latin_part(s, self.caseless):  # (ASCII, most strings: without a call)
            return self._latin or self.latin
        return self._any or self.any

    # (``pick`` spelled out in the three busiest: tens of thousands of calls a run, a frame fewer each)
    def match(self, s: str, *args):
        if s.isascii() or _latin_part(s, self.caseless):
            return (self._latin or self.latin).match(s, *args)
        return (self._any or self.any).match(s, *args)

    def fullmatch(self, s: str, *args):
        if s.isascii() or _latin_part(s, self.caseless):
            return (self._latin or self.latin).fullmatch(s, *args)
        return (self._any or self.any).fullmatch(s, *args)

    def search(self, s: str, *args):
        if s.isascii() or _latin_part(s, self.caseless):
            return (self._latin or self.latin).search(s, *args)
        return (self._any or self.any).search(s, *args)

    def finditer(self, s: str, *args):
        return self.pick(s).finditer(s, *args)

    def findall(self, s: str, *args):
        return self.pick(s).findall(s, *args)

    def split(self, s: str, maxsplit: int = 0):
        return self.pick(s).split(s, maxsplit)

    def sub(self, repl, s: str, count: int = 0):
        return self.pick(s).sub(repl, s, count)



def behind(words: Iterable[str], *, chars: str = "", lead: str = "", tail: str = "",
           negative: bool = False) -> str:
    """A look-behind for any of ``words`` (plain strings) or one character of the class
    ``chars``, each with ``lead`` (a zero-width test) before it and ``tail`` (one character)
    after it.  `re` takes only look-behinds of one width, so there is one per length of word:
    for ``negative``, all must fail; otherwise one must hold."""
    by_width: dict[int, list[str]] = {}
    for word in words:
        by_width.setdefault(len(word), []).append(re.escape(word))
    if chars:
        by_width.setdefault(1, []).append(f"[{chars}]")
    parts = []
    for _, alts in sorted(by_width.items()):
        body = f"{lead}(?:{'|'.join(alts)}){tail}"
        parts.append(f"(?<!{body})" if negative else f"(?<={body})")
    return "".join(parts) if negative else f"(?:{'|'.join(parts)})"
