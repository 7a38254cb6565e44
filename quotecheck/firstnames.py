"""First names: is a word a first name, and of which gender is it mostly?

Two sources, in this order:

1. The project's own short list (``lexicon.MALE_NAMES``, ``lexicon.FEMALE_NAMES``): names of
   public life that the data set below reads otherwise for the English-language news we read
   ("Bernie", "Lindsey" and "Rand" are men there; "Jean" a woman).
2. The data set of gender-guesser: about 40,000 first names from some 50 countries and regions,
   each marked male, mostly male, female, mostly female or either (Jörg Michael's ``nam_dict``).
   Loaded on the first name the short list does not know (about 0.13 s, once per process).

A name neither knows is no first name; its gender is then ``""`` (unknown), and the document's own
pronouns decide (see ``entities``).
"""

from __future__ import annotations

import functools
import os

from quotecheck import lexicon

# gender-guesser's answers, as this project writes genders.
_GENDERS = {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f", "andy": ""}


_loaded: list = []  # the detector, once loaded: a resource of the process, not a cache of texts


def _detector():
    if not _loaded:
        try:
            from gender_guesser import detector
        except ImportError:  # an install without the data set: the short list alone
            _loaded.append(None)
        else:
            try:
                _loaded.append(_read(detector))
            except (AttributeError, OSError, UnicodeError):  # another version's insides: its own reader
                _loaded.append(detector.Detector(case_sensitive=False))
    return _loaded[0]


def _read(detector):
    """gender-guesser's detector, its data read as its own reader reads it (line by line, as
    ``str.splitlines`` cuts them) but in one read rather than through ``codecs.open``: 0.10 s,
    not 0.17."""
    found = detector.Detector.__new__(detector.Detector)
    found.case_sensitive = False
    found.names = {}
    path = os.path.join(os.path.dirname(detector.__file__), "data", "nam_dict.txt")
    with open(path, encoding="utf-8") as fh:
        for line in fh.read().splitlines():
            found._eat_name_line(line.strip())
    return found


@functools.lru_cache(maxsize=1 << 13)
def lookup(word: str) -> tuple[bool, str]:
    """(is it a first name, its gender: "m", "f" or "" unknown) for one word, any case."""
    low = word.lower()
    male, female = low in lexicon.MALE_NAMES, low in lexicon.FEMALE_NAMES
    if male or female:
        return True, "m" if male and not female else "f" if female and not male else ""
    if len(low) < 2 or not low.replace("-", "").isalpha():
        return False, ""
    detector = _detector()
    answer = detector.get_gender(low) if detector is not None else "unknown"
    if answer in _GENDERS and _mixed(detector, low):
        return True, ""  # "Kadri": a man's name in some countries, a woman's in others
    return answer in _GENDERS, _GENDERS.get(answer, "")


def _mixed(detector, low: str) -> bool:
    """Is a first name given to both men and women, in a quarter of the countries or more that
    know it?  Then only the text tells."""
    entries = getattr(detector, "names", {}).get(low)
    if not entries:
        return False
    counts = {"m": 0, "f": 0}
    for answer, countries in entries.items():
        if (gender := _GENDERS.get(answer)) in counts:
            counts[gender] += len(countries.replace(" ", ""))
    return min(counts.values()) * 4 >= sum(counts.values()) > 0


def is_first_name(word: str) -> bool:
    return lookup(word)[0]


def gender(word: str) -> str:
    """ "m" or "f" for a first name mostly of one gender, else ""."""
    return lookup(word)[1]
