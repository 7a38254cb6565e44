"""Telling whether two names stand for the same speaker: used by the `--speaker` filters of
the listings and by verify's speaker check, so both read a name the same way."""

from __future__ import annotations

import re
from typing import Iterable

from quotecheck.normalise import fold

_TITLES = {
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
    "the", "messrs", "rev", "st",
}
_NAME_TOKEN = re.compile(r"[^\W\d_]+")


def name_tokens(name: str) -> list[str]:
    toks = _NAME_TOKEN.findall(fold(name))
    return [t for t in toks if t not in _TITLES] or toks


def name_matches(claimed: str, names: Iterable[str | None]) -> bool:
    """Does ``claimed`` name the same speaker as one of ``names``?

    Case- and accent-insensitive; a last name alone matches ("lavrov" ~ "Sergey Lavrov");
    so does a fuller form of the name ("Russian Foreign Minister Sergey Lavrov"), and the
    same last name with the same first initial ("S. Lavrov", "Sergei Lavrov").
    """
    c = name_tokens(claimed)
    if not c:
        return False
    for name in names:
        if not name:
            continue
        t = name_tokens(name)
        if not t:
            continue
        if c[-1] != t[-1]:
            continue
        if set(c) <= set(t) or set(t) <= set(c):
            return True
        if len(c) >= 2 and len(t) >= 2 and c[0][0] == t[0][0]:
            return True
    return False
