"""Telling whether two names stand for the same speaker: used by the `--speaker` filters of
the listings and by verify's speaker check, so both read a name the same way.

A name is transliterated to ASCII (``anyascii``: "Wałęsa" -> "Walesa", "Лавров" -> "Lavrov")
and split into its parts by ``nameparser`` (titles such as "Mr." or "Sen." and suffixes such as
"Jr." set aside, "Lavrov, Sergey" read as first name Sergey, last name Lavrov).  Two names
match when their last names agree and their given names do not disagree:

* a last name alone matches any name with that last name ("Lavrov" ~ "Sergey Lavrov");
  among a speaker's several names (full name, mention, aliases), one with given names that
  disagree makes the claim wrong even where a bare last name would agree;
* otherwise every given name of one must stand for a given name of the other: the same word,
  a spelling close enough to be a transliteration ("Sergei" ~ "Sergey", similarity >= 80 for
  words of four letters or more), or an initial written as one ("S. Lavrov" ~ "Sergey
  Lavrov").  "John Smith" and "Jane Smith" do not match; "M." before a surname alone is
  French news's "Monsieur", a title ("M. Baudouin" ~ "Thierry Baudouin");
* a description around the name counts as given words ("Russian Foreign Minister Sergey
  Lavrov" ~ "Sergey Lavrov"), so organisations compare word by word ("Foreign Ministry" ~
  "Kazakhstan's Foreign Ministry", not "Russia's Foreign Ministry").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from anyascii import anyascii

from quotecheck import lexicon

_TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "the", "messrs", "rev", "st",
    # (and every honorific the parser reads before a name: "Mzee Ombati", "Hajjat Nalubega")
    *(h.rstrip(".") for h in lexicon.HONORIFICS if "." not in h.rstrip(".")),
}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"}
_PARTICLES = lexicon.NAME_PARTICLES - {"ben"}  # ("Ben" is a given name far more often)
_NAME_TOKEN = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")  # "Finch-Ortega": one surname
_MONSIEUR = re.compile(r"M\.\s")
_CLOSE = 80.0  # given-name similarity that reads as another transliteration


def _tokens(text: str) -> list[str]:
    return _NAME_TOKEN.findall(anyascii(text).casefold().replace("\u2019", "'"))


def name_tokens(name: str) -> list[str]:
    """The name's words, folded to lower-case ASCII, titles dropped (all if only titles)."""
    toks = _tokens(name)
    return [t for t in toks if t not in _TITLES] or toks


@lru_cache(maxsize=4096)
def name_parts(name: str) -> tuple[tuple[str, ...], str] | None:
    """(given names, last name) of ``name``, folded; None when it has no word."""
    toks = name_tokens(name)
    if not toks:
        return None
    if len(toks) == 2 and _MONSIEUR.match(name):
        return (), toks[1]  # "M. Baudouin": French news's "Monsieur", no initial
    from nameparser import HumanName  # 20 ms to import: only when a name is compared

    parsed = HumanName(anyascii(name))
    last = _tokens(parsed.last)
    # (a surname's particles are no given names: "Van der Merwe" is Annelie van der Merwe)
    given = [t for t in _tokens(f"{parsed.first} {parsed.middle}") if t not in _TITLES and t not in _PARTICLES]
    if not last:  # one word, or nothing nameparser read as a name: the last word is the name
        words = [t for t in toks if t not in _SUFFIXES] or toks
        return tuple(words[:-1]), words[-1]
    return tuple(t for t in given if t not in _SUFFIXES), last[-1]


def _same_given(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    from rapidfuzz import fuzz  # 40 ms to import: only when two given names differ

    return min(len(a), len(b)) >= 4 and fuzz.ratio(a, b) >= _CLOSE


def _covers(these: tuple[str, ...], those: tuple[str, ...]) -> bool:
    """Every given name in ``these`` stands for one in ``those``."""
    return all(any(_same_given(a, b) for b in those) for a in these)


Parts = tuple[tuple[str, ...], str]


def parts_match(a: Parts, b: Parts) -> bool:
    """Do two names, as :func:`name_parts` reads them, stand for the same speaker?  The same
    last name, and given names that do not disagree (a bare last name disagrees with none)."""
    return a[1] == b[1] and (not a[0] or not b[0] or _covers(a[0], b[0]) or _covers(b[0], a[0]))


def name_matches(claimed: str, names: Iterable[str | None]) -> bool:
    """Does ``claimed`` name the same speaker as one of ``names``?  (See the module docstring.)"""
    c = name_parts(claimed)
    if c is None:
        return False
    found = False
    for name in names:
        t = name_parts(name) if name else None
        if t is None or t[1] != c[1]:
            continue
        if parts_match(c, t):
            found = True
        else:  # one form of the speaker's name says another first name
            return False
    return found
