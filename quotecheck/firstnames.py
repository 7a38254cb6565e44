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

The data set's answers are worked out once and kept in the user's cache directory
(``$XDG_CACHE_HOME/quotecheck``, else ``~/.cache/quotecheck``; ``QUOTECHECK_CACHE_DIR`` names
another), under the data file's size and time: a process then reads them in a few milliseconds,
where reading the data set takes a tenth of a second.  A cache that cannot be read or written is
simply not used.
"""

from __future__ import annotations

import functools
import marshal
import os
import tempfile
import unicodedata

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


_TONE_LETTERS = frozenset("éèëïçñüöåøæ")
_VIETNAMESE_LETTERS = frozenset("ăâêôơưđ" "ảãạấầẩẫậắằẳẵặẻẽẹếềểễệỉĩịỏọốồổỗộớờởỡợủũụứừửữựỳỷỹỵ")


@functools.lru_cache(maxsize=1 << 13)
def lookup(word: str) -> tuple[bool, str]:
    """(is it a first name, its gender: "m", "f" or "" unknown) for one word, any case."""
    low = word.lower()
    male, female = low in lexicon.MALE_NAMES, low in lexicon.FEMALE_NAMES
    if male or female:
        return True, "m" if male and not female else "f" if female and not male else ""
    if len(low) < 2 or not low.replace("-", "").isalpha():
        return False, ""
    gender = _table().get(low)
    if gender is None and not low.isascii() and not _TONE_LETTERS.isdisjoint(low) and _VIETNAMESE_LETTERS.isdisjoint(low):
        # (the data set writes many European names without their accents: "Étienne" as
        # "Etienne"; not Vietnamese ones, whose syllables unaccented are other names: "Lê")
        gender = _table().get("".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c)))
    if gender is None and "-" in low and len(parts := low.split("-")) == 2 and all(parts):
        # a double first name the data set lacks, of two it knows as one gender's ("Marie-Claire")
        first, second = lookup(parts[0]), lookup(parts[1])
        if first[0] and second[0] and first[1] == second[1] != "":
            gender = first[1]
    return gender is not None, gender or ""


def _answer(detector, low: str) -> str | None:
    """The data set's gender for a name it knows ("m", "f", "" for either), or None."""
    answer = detector.get_gender(low)
    if answer not in _GENDERS:
        return None
    if _mixed(detector, low):
        return ""  # "Kadri": a man's name in some countries, a woman's in others
    return _GENDERS[answer]


_tables: list[dict[str, str]] = []  # the data set's answers, once worked out: a resource of the process

# Bump when the answers a table holds are worked out otherwise.
_TABLE_VERSION = 1


def _table() -> dict[str, str]:
    """Every name the data set knows, with its gender: from the cache when it is there."""
    if _tables:
        return _tables[0]
    cached = _cache_path()
    table: dict[str, str] | None = None
    if cached is not None:
        try:
            with open(cached, "rb") as fh:
                table = _unpack(marshal.load(fh))
        except (OSError, EOFError, ValueError, TypeError, AttributeError):
            table = None
    if table is None:
        detector = _detector()
        table = {} if detector is None else {
            name: answer for name in detector.names if (answer := _answer(detector, name)) is not None}
        if cached is not None and detector is not None:
            _write(cached, table)
    _tables.append(table)
    return table


def _pack(table: dict[str, str]) -> tuple[str, str, str]:
    """The table as three strings, the names of each answer ("m", "f", ""), one per line: four
    times quicker to read back than the table itself."""
    return tuple("\n".join(name for name, answer in table.items() if answer == gender)
                 for gender in _PACKED)  # type: ignore[return-value]


_PACKED = ("m", "f", "")


def _unpack(packed) -> dict[str, str]:
    table: dict[str, str] = {}
    for gender, names in zip(_PACKED, packed, strict=True):
        if names:
            table.update(dict.fromkeys(names.split("\n"), gender))
    return table


def _cache_path() -> str | None:
    """Where the answers of this data file are kept; None without the data set."""
    try:
        from gender_guesser import detector
    except ImportError:
        return None
    try:
        stat = os.stat(os.path.join(os.path.dirname(detector.__file__), "data", "nam_dict.txt"))
    except OSError:
        return None
    root = os.environ.get("QUOTECHECK_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "quotecheck")
    return os.path.join(root, f"first-names-{_TABLE_VERSION}-{stat.st_size}-{stat.st_mtime_ns}.marshal")


def _write(path: str, table: dict[str, str]) -> None:
    """Keep the answers, whole or not at all (written aside, then renamed); never an error."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".first-names-")
        try:
            with os.fdopen(fd, "wb") as fh:
                marshal.dump(_pack(table), fh)
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
    except OSError:
        pass


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
