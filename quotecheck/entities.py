"""The document's entities: the people and organisations it names, each filed under every form
of its name (``Entities``), with a role and a gender where the text gives them; and the scan of
the narration (``mentions_in_narration``) that registers the names it introduces, with titles and
appositions ("X, the head of Y,") as roles, and notes where each is named."""

from __future__ import annotations

import functools
import itertools
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from quotecheck import firstnames, lexicon
from quotecheck.latin import Twin
from quotecheck.lexicon import word_trie
from quotecheck.mentions import CUE_FORMS
from quotecheck.model import Span
from quotecheck.phrases import (
    ABBREV,
    AUXILIARIES,
    COMPLEMENT_WORDS,
    CONNECT,
    INITIAL,
    LEADING_CONJUNCTION,
    PARTICLE,
    ROMANCE_PARTICLES,
    RX_THE,
    STOP_WORDS,
    TITLE_OR_HONORIFIC,
    a_place,
    after_place_modifier,
    clean_token,
    complement_at,
    initial_a,
    names_no_body,
    role_noun,
    role_of_apposition,
    romance_tail,
    split_title,
    stool_name,
    strip_article,
)
from quotecheck.subjects import FIRST_NAME_ONLY, GAVE_NAME


@dataclass(slots=True)
class Entity:
    """A person or an organisation the document names."""

    name: str
    kind: str  # "person" or "org"
    gender: str = ""  # "m", "f" or "" (unknown); "o" for organisations
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    words: int = 0  # the number of words of ``name``
    # Introduced only in passing, as someone's kin ("her husband, Tunde Oyelaran"): a surname
    # they share names the other person.
    passing: bool = False
    first_named: bool = False  # the narration calls them by their first name alone ("Ruth")
    kin: str = ""  # the kin noun that introduced them ("his son, David Ng": "son")
    first_at: int = 1 << 62  # where the text first names them, where known

    def add_name(self, name: str, words: int) -> None:
        self.aliases.add(name)
        if words > self.words or words == self.words and not name.isupper() and _in_capitals(self.name) and not _in_capitals(name):
            # (the longer name; of two as long, one a headline wrote in capitals, "ALLTYR Steel",
            # the other as the text writes it, "Alltyr Steel")
            self.name, self.words = name, words


def _in_capitals(name: str) -> bool:
    """Does a name hold a word of more than three letters written in capitals ("ALLTYR Steel")?"""
    return any(len(w) > 3 and w.isupper() for w in name.split())


def as_written(name: str, text: str) -> str:
    """A name with its words in capitals written as the text writes them elsewhere, where it
    does ("BULAWAYO City Council", a dateline run into the first sentence, of a story that
    writes "Bulawayo"); acronyms ("CORE", four letters or fewer) and names all in capitals as
    they are."""
    words = name.split()
    if not _in_capitals(name) or all(w.isupper() for w in words):
        return name
    return " ".join(written if len(w) > 4 and w.isupper() and re.search(
        rf"(?<![\w’'-]){re.escape(written := w.title())}(?![\w’'-])", text) else w for w in words)


def _given_words(name: str, n_surname: int) -> bool:
    """Are the words of ``name`` before its last ``n_surname`` given names, not a verb or a title
    that a run of capitals swept in ("Said Dorothy Poynter")?"""
    given = name.split()[:-n_surname]
    return bool(given) and not any(w.lower() in CUE_FORMS or w.lower() in lexicon.TITLE_WORDS for w in given)


def fold(s: str) -> str:
    return s.replace("’", "'").casefold()


# A Chinese given name written after the surname, its syllables joined by a hyphen ("Vincent
# Cheng Wai-ming", "Stephanie Ho Man-yee"): the word before it is the surname.
_CHINESE_GIVEN = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,6}")


def _first_word(key: str) -> str:
    """A key's first word, up to a space or a comma."""
    return key.split(" ", 1)[0].split(",", 1)[0]


def surname(name: str) -> str:
    """The word of a name that stands for it alone: its last, or the one before a Chinese given
    name after it."""
    words = name.split()
    if len(words) >= 3 and _CHINESE_GIVEN.fullmatch(words[-1]) and words[-2][:1].isupper():
        return words[-2]
    if len(words) >= 3 and words[-1].lower().rstrip(".") in _NAME_SUFFIXES:
        return words[-2]  # "Rodolfo Santiago Jr.": "Santiago" alone
    return words[-1] if words else name


@functools.lru_cache(maxsize=1 << 15)
def _name_key(name: str) -> tuple[str, str, int]:
    """How the resolver files a name: its folded form, its folded surname, its word count."""
    key = fold(name)
    parts = key.split()
    last = fold(surname(name)) if len(parts) >= 3 else parts[-1] if parts else key
    if last[1:2] == "'" and last[:1] in "dl" and len(last) > 2:
        last = last[2:]  # "d'entremont": the name alone is "Entremont" as often
    return key, last, len(parts)


def _first_name_gender(name: str) -> str:
    """ "m" or "f" where the name's first word is a first name mostly of one gender, else "".
    A Chinese or Korean name that opens with its surname has its given name last ("Lee Ji-hye",
    "Ong Hui Min"): that one tells, or nothing does."""
    words = name.split()
    if surname_first(words):
        return ""  # (its given name is in no data set of first names we have)
    return firstnames.gender(words[0])


def surname_first(words: list[str]) -> bool:
    """Is a name of these words a Chinese or Korean one that opens with its surname ("Ong Hui
    Min", "Kim Jong-un")?"""
    return words[0].lower() in lexicon.SURNAMES_FIRST and (len(words) == 3 or len(words) == 2 and "-" in words[1])


class Entities:
    """The document's entities and a timeline of where the narration mentions them: what the
    narration introduces is registered here, and what resolving finds is noted here."""

    def __init__(self) -> None:
        self.text = ""  # the document (see resolve.Resolver, which is given it)
        self.entities: list[Entity] = []
        self._by_key: dict[str, int] = {}
        self._by_last: dict[str, list[int]] = {}  # a last name -> the people who bear it
        self._by_first: dict[str, list[int]] = {}  # a first name -> the people who bear it
        self._by_second_last: dict[str, set[int]] = {}  # the word before a long name's last -> its people
        # Names of two to four words the narration gave with no sign of a person yet, by their
        # folded last word: a person once the text uses that word alone as a name.
        self.pending: dict[str, tuple[str, int]] = {}  # -> (the name, where it stands)
        self.passages: list[int] = []  # where the quoted passages start and end, in turn
        self._lower_case: dict[str, bool] = {}  # word -> whether the text writes it in lower case
        self.pending_again: dict[str, list[int]] = {}  # -> where the same name stands again
        # The same names of the narration's sentences, by their first word as written (None
        # where two begin alike): a person once the text uses that word alone as one.
        self.pending_first: dict[str, tuple[str, int] | None] = {}
        self.timeline: list[tuple[int, int]] = []  # (position, entity index), sorted
        # Names of several words after "the", by their last word (None where two differ): "The
        # Hunter Valley Stallions", what "the Stallions" stands for.
        self.after_the: dict[str, str | None] = {}
        self._org_tails: dict[str, set[int]] = {}  # the ends of organisations' names, two words or more
        # The keys of ``_by_key`` by their first word (see ``_keys_opening``): the first
        # ``_n_opening`` keys, in its order, are filed; None after a key is dropped.
        self._by_opening: dict[str, list[str]] | None = None
        self._n_opening = 0

    def find(self, name: str) -> int | None:
        """The person this name (full, or a last name alone) already stands for; for "the elder
        Ng", the one of that family the text tells is the elder (see ``by_age``)."""
        if name[:4] in ("the ", "The ") and (words := name.split(None, 2))[1].lower() in lexicon.AGE_ORDER and len(words) == 3:
            return self.by_age(words[2], words[1])
        return self._find(*_name_key(name))

    def _find(self, key: str, last: str, n_words: int, gender: str = "",
              near: int | None = None) -> int | None:
        if n_words == 1:
            if last in self._by_last:  # a surname: of whom, if of one person only
                return self._one_word(last, gender, near)
            idx = self._by_key.get(key)  # a person or an organisation known by this word alone
            if idx is None:
                idx = self._one_word(last, gender)
            if idx is None:
                idx = self._first_surname(key)
            return idx if idx is not None else self._opening_surname(key)
        idx = self._by_key.get(key)
        if idx is not None:
            return idx
        if n_words == 2 and last.rstrip(".") in _NAME_SUFFIXES:
            return self._first_and_suffix(key)
        idx = self._by_key.get(last)
        if idx is None or self.entities[idx].kind != "person":
            # ("T Fifita", of Tevita and Sione Fifita: the initial tells which)
            return self._initialled(key, last) if n_words == 2 and last in self._by_last else None
        if self.entities[idx].words > 1 and fold(self.entities[idx].name) != key:
            # two people sharing a last name: keep them apart; but a surname of two words is the
            # end of the full name ("St. Louis" of "Martin St. Louis", "Van Hollen")
            tails = [i for i in self._by_last.get(last, ())
                     if self.entities[i].kind == "person" and fold(self.entities[i].name).endswith(" " + key)
                     and _given_words(self.entities[i].name, n_words)]
            if len(tails) > 1 and gender:
                tails = ([i for i in tails if self.entities[i].gender == gender]  # ("Mrs ap Gwilym")
                         or [i for i in tails if self.entities[i].gender in ("", gender)] or tails)
            if len(tails) > 1:
                # (one named only as someone's kin yields, as with a surname of one word: "Ó
                # Dochartaigh says", after "His father, Pádraig Ó Dochartaigh,")
                tails = [i for i in tails if not self.entities[i].passing] or tails
            if len(tails) == 1:
                return tails[0]
            if not tails and len(shorter := [i for i in self._by_last.get(last, ()) if self._drops_middle(i, key)]) == 1:
                return shorter[0]  # "Mary Okafor", "Nana Asare Bediako": the full name without a middle one
            if n_words == 2 and (given := [i for i in self._by_last.get(last, ())
                                           if self.entities[i].kind == "person" and _CHINESE_GIVEN.fullmatch(
                                               self.entities[i].name.rsplit(None, 1)[-1])
                                           and fold(self.entities[i].name).startswith(key + " ")]):
                return given[0] if len(given) == 1 else None  # "Andrew Cheng", of "Andrew Cheng Wai-kit"
            return self._initialled(key, last) if n_words == 2 else None
        return idx

    def _drops_middle(self, idx: int, key: str) -> bool:
        """Is this (folded) name the person's full name with a middle word or more left out, its
        first and last words kept ("Mary Okafor" of "Mary Anne Okafor", "Nana Asare Bediako" of
        "Nana Kofi Asare Bediako")?"""
        ent = self.entities[idx]
        if ent.kind != "person":
            return False
        words, full = key.split(), fold(ent.name).split()
        if len(full) <= len(words) or words[0] != full[0] or words[-1] != full[-1] or len(words[0]) < 3:
            return False
        rest = iter(full[1:-1])
        return all(w in rest for w in words[1:-1])  # (the words kept, in their order)

    def _first_surname(self, word: str) -> int | None:
        """The one person whose name of three words or more has this (folded) word before its
        last, where that word is no first name: the first of two surnames, which Spanish names
        are called by ("Fuentes" for "Luis Alberto Fuentes Pizarro")."""
        found = self._by_second_last.get(word)
        if not found or len(found) != 1:
            return None
        idx = next(iter(found))
        ent = self.entities[idx]
        if ent.kind != "person" or firstnames.is_first_name(word) and {
                firstnames.gender(word), firstnames.gender(ent.name.split(None, 1)[0])} != {"m", "f"}:
            # (a first name there is a second given name, unless of the other gender than the
            # first: "Ayala" of "Rodrigo Ayala Terceros" is a surname)
            return None
        return idx

    def _first_and_suffix(self, key: str) -> int | None:
        """The one person a first name and a suffix call ("Dale Jr." of "Dale Whitlock Jr.")."""
        first, suffix = key.split()
        found = [i for i in self._by_first.get(first, ()) if self.entities[i].kind == "person"
                 and fold(self.entities[i].name).split()[-1].rstrip(".") == suffix.rstrip(".")]
        return found[0] if len(found) == 1 else None

    def title_then_surname(self, name: str) -> int | None:
        """The person a name of two words stands for whose first word is the title the text gave
        that person before their full name, and whose second is their surname ("Eng Tumusiime",
        after "Eng Joseph Tumusiime"; a title no list knows)."""
        first, rest = name.split(None, 1)
        if " " in rest:
            return None
        if len(bearers := self._by_last.get(fold(rest), ())) > 1:
            # (of several people bearing the surname, the one the title was given to: "Opanin
            # Boakye", after "Opanin Yaw Boakye" and "Nana Kwadwo Agyei Boakye II")
            found = [i for i in bearers if (ent := self.entities[i]).kind == "person"
                     and ent.role and fold(ent.role).split()[-1] == fold(first)]
            return found[0] if len(found) == 1 else None
        if (idx := self.find(rest)) is None:
            return None
        ent = self.entities[idx]
        return idx if ent.kind == "person" and ent.role and fold(ent.role).split()[-1] == fold(first) else None

    def _cut_short(self, key: str) -> str | None:
        """The one name of an organisation, or of several words after "the", whose first word this
        (folded) word of three or four letters cuts short ("fed" of "Federal Reserve").  An
        organisation's name is the text's, so its short form goes with it."""
        names = {ent.name for ent in self.entities if ent.kind == "org"} | {
            name for name in self.after_the.values() if name}
        found = {name for name in names if " " in name and (first := fold(name).split(None, 1)[0]) != key
                 and first.startswith(key)}
        return found.pop() if len(found) == 1 else None

    def titled(self, title: str) -> int | None:
        """The one person the text gave this title in capitals as a role ("the Ceann Comhairle,
        Bernadette Ní Ghallchóir,"): who "the Ceann Comhairle" is, an office's holder."""
        key = fold(title)
        found = [i for i, ent in enumerate(self.entities) if ent.kind == "person" and ent.role and fold(ent.role) == key]
        return found[0] if len(found) == 1 else None

    def _opening_surname(self, word: str) -> int | None:
        """The one person whose name of three words opens with this (folded) word, where no list
        and no data set knows it as a first name: a surname written first, as Chinese names are
        ("Low" for "Low Mei Ling", a surname the list of such surnames lacks)."""
        if firstnames.is_first_name(word) or word in lexicon.FIRST_NAMES or not word.isalpha():
            return None
        found = [i for i in self._by_first.get(word, ()) if self.entities[i].kind == "person" and self.entities[i].words == 3]
        return found[0] if len(found) == 1 else None

    def opening(self, name: str, introduced: bool = False) -> int | None:
        """The one person whose full name, of more words, opens with this one of two or more
        words, called so with an honorific ("Ms Nurul Huda" after "Ms Nurul Huda Ismail": a Malay
        name's given names, without the father's), a suffix apart ("Donald Trump" is not "Donald
        Trump Jr.")."""
        key = fold(name)
        if " " not in key or key in self._by_key:
            return None
        opened = key + " "
        found = [i for i, ent in enumerate(self.entities) if ent.kind == "person" and (ent.role or not introduced)
                 and (full := fold(ent.name)).startswith(opened)
                 and full[len(opened):].rstrip(".") not in _NAME_SUFFIXES]
        return found[0] if len(found) == 1 else None

    def name_opening(self, name: str, titled: bool) -> int | None:
        """The one person whose fuller name opens with this one: given names alone, however
        introduced (see ``given_opening``); else with a surname, as ``opening`` finds it, among
        those introduced with a role unless an honorific or a title calls them so here or the
        name opens as a Malay given name does ("Siti Hajar")."""
        if all(firstnames.is_first_name(w) for w in name.split()):
            return self.given_opening(name)
        return self.opening(name, not (titled or name.split(None, 1)[0].lower() in lexicon.MALAY_GIVEN_OPENINGS))

    def given_opening(self, name: str) -> int | None:
        """The one person whose fuller name opens with these given names, however introduced, and
        goes on with a surname the text never writes in lower case ("Ida Mae", of "Ida Mae Couch";
        not "Trevor Noah" of a headline's "Trevor Noah Says")."""
        idx = self.opening(name, False)
        if idx is None:
            return None
        rest = self.entities[idx].name.split()[len(name.split()):]
        return None if any(re.search(rf"(?<![\w’'-]){re.escape(w.lower())}(?![\w’'-])", self.text) for w in rest) else idx

    def _initialled(self, key: str, last: str) -> int | None:
        """The person an initial and a surname name: the one bearer of the surname whose first
        name has that initial ("T. Baudouin" after "Thierry Baudouin"); or, for "M.", French
        news's "Monsieur", the one man bearing it ("M. Baudouin" as well)."""
        first = key.split()[0]
        if not (len(first) == 2 and first[1] == "." or len(first) == 1) or not first[0].isalpha():
            return None  # (an initial with its full stop, or without: "T Fifita")
        people = [i for i in self._by_last.get(last, ()) if self.entities[i].kind == "person"]
        fits = [i for i in people if fold(self.entities[i].name)[0] == first[0]]
        if not fits and first == "m.":
            fits = [i for i in people if self.entities[i].gender in ("", "m")]
        return fits[0] if len(fits) == 1 else None

    def _one_word(self, word: str, gender: str = "", near: int | None = None) -> int | None:
        """The person one word names: the only one bearing it as a last name, else as a first
        name.  Where several share a surname, an honorific's gender may tell them apart, and
        one introduced only in passing (as someone's kin) yields to the others; of those left,
        the one the text introduced first is meant ("Clinton" after Hillary Clinton, then Bill
        Clinton) unless the text calls two of them by their first names (Ruth, Adam), telling
        them apart that way: then the surname alone names no one, as a wrong name is worse
        than none."""
        people = self._by_last.get(word)
        if not people:
            people = self._by_first.get(word)
            return people[0] if people and len(people) == 1 else None
        if len(people) == 1:  # most surnames: one bearer
            ent = self.entities[people[0]]
            if gender and ent.gender not in ("", gender) and (ent.kin or word in self.pending and (
                    firstnames.gender(self.pending[word][0].split(None, 1)[0]) == gender)):
                # "Mrs. Abedini" is not "her husband, Saeed Abedini", the one named yet; "Mrs
                # MacKinnon", after "Morag MacKinnon and Iain MacKinnon, who married", is the name
                # kept aside (see ``person``), not the husband
                return None
            return people[0]
        if gender:
            # ("Ms Tan", after "Ms Priscilla Tan" and "Tan Boon Kiat": the one known a woman)
            people = ([i for i in people if self.entities[i].gender == gender]
                      or [i for i in people if self.entities[i].gender in ("", gender)] or people)
        if len(people) > 1:
            # (but kin who has spoken since is no longer in passing: "Their mother, Brenda
            # Bannerman, ... said listening was “…” ... “…,” Bannerman said")
            people = [i for i in people if not self.entities[i].passing or self.has_spoken(i, near)] or people
        if len(people) > 1 and sum(self.entities[i].first_named for i in people) > 1:
            return None
        if len(people) > 1 and near is not None and (just := self.just_named(people, near)) is not None:
            return just
        return min(people, key=lambda i: self.entities[i].first_at)

    def has_spoken(self, idx: int, near: int | None) -> bool:
        """Has the text credited this person with words before ``near`` (see
        ``resolve.Resolver``, which knows); here, no."""
        return False

    def just_named(self, people: list[int], near: int) -> int | None:
        """Which of several namesakes the text has just named, before ``near`` (see
        ``resolve.Resolver``, which knows the sentences); here, none."""
        return None

    def known(self, name: str) -> int | None:
        """The entity filed under this very name (of two words or more), if any."""
        return self._by_key.get(fold(name)) if " " in name else None

    def written_in_lower_case(self, word: str) -> bool:
        """Does the text write this (lower-case) word in lower case somewhere: a common word?
        Read once a word."""
        if (seen := self._lower_case.get(word)) is None:
            seen = self._lower_case[word] = re.search(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", self.text) is not None
        return seen

    def bears(self, surname: str) -> bool:
        """Is a person of this (folded) last name registered?"""
        return surname in self._by_last

    def _shared(self, word: str) -> bool:
        """Does this word alone fit several people and name none of them?"""
        return len(self._by_last.get(word) or self._by_first.get(word) or ()) > 1

    def last_names(self) -> set[str]:
        """The last words of the people's names, as the text writes them."""
        return {surname(alias) for ent in self.entities if ent.kind == "person"
                for alias in ent.aliases}

    def person(self, name: str, *, role: str | None = None, gender: str = "",
               passing: bool = False, at: int = 1 << 62, near: int | None = None) -> int | None:
        """The person this name stands for, registered now if new; None for a word several
        people bear.  ``gender`` is what the text says ("Mrs", "she", "her husband"); the first
        name's usual gender only fills in."""
        key, last, n_words = _name_key(name)
        if n_words > 1 and last in lexicon.LEGAL_TEXTS:
            return None  # "the Public Schools Act": a law, no one
        if n_words > 1 and all(w in lexicon.TITLE_WORDS for w in key.split()):
            return None  # "the club's Chief Executive Officer, Mr X": a post, no one's name
        # (The first step of _find, the usual answer; a word alone may be a shared surname.)
        surname_only = n_words > 1 and name[:1].islower()  # ("ap Gwilym", "de Búrca": a surname, perhaps shared)
        idx = self._by_key.get(key) if n_words > 1 and not surname_only else None
        if (idx is not None and not (role or gender or passing) and name in self.entities[idx].aliases
                and at >= self.entities[idx].first_at):
            self.entities[idx].passing = False
            return idx  # a full name again, telling nothing new: most calls
        if idx is None:
            idx = self._find(key, last, n_words, gender, near)
            if idx is None and (n_words == 1 or name[:1].islower()):
                if self._shared(last):
                    return None  # "Kowalczyk", of three Kowalczyks, or "ap Gwilym" of two: no one in particular
                if last in self.pending:
                    # "Adebisi says", after "Olufunmilayo Adebisi's garage": the name in full.
                    return self.from_pending(last, gender)
            elif idx is None and last in self.pending and fold(self.pending[last][0]).endswith(" " + key):
                # "Mr Ó Súilleabháin", after "Pádraig Ó Súilleabháin": a surname of two words
                return self.from_pending(last, gender)
            if idx is None and n_words == 2 and not surname_only and (titled := self.title_then_surname(name)) is not None:
                return titled  # "Eng Tumusiime", after "Eng Joseph Tumusiime": a title no list knows
            if idx is None:
                idx = len(self.entities)
                self.entities.append(Entity(name, "person", passing=passing))
        if n_words > 1 and key not in self._by_key and not surname_only:  # a new form of a name: filed once
            self._file_full_name(name, key, last, idx)
        if n_words == 1 and gender and not self.entities[idx].gender and len(self._by_last.get(last, ())) > 1:
            gender = ""  # ("Ms Mkhize", of two Mkhizes neither known a woman: a guess teaches nothing)
        self._learn(self.entities[idx], name, n_words, role, gender, passing, at)
        if not surname_only:
            self._by_key[key] = idx
        self._by_key.setdefault(last, idx)
        if n_words == 1 and last not in self._by_last:
            self._by_last[last] = [idx]
        return idx

    def from_pending(self, last: str, gender: str = "") -> int | None:
        """The person a name kept aside is, now that the text shows one: registered where the
        name first stands, and named wherever it stood ("The boat shed behind Annick Doucet's
        house" is where the story names her first)."""
        full, where = self.pending.pop(last)
        idx = self.person(full, gender=gender, at=where)
        if idx is not None:
            for at in (where, *self.pending_again.pop(last, ())):
                self.mention_at(at, idx)
        return idx

    def _file_full_name(self, name: str, key: str, last: str, idx: int) -> None:
        """File a person's name of two words or more under its last and first words."""
        if self.pending.get(last, ("",))[0] == name:
            del self.pending[last]
        words = key.split()
        if len(words) >= 3:
            self._by_second_last.setdefault(words[-2], set()).add(idx)
        filed = [(self._by_last, last), (self._by_first, words[0])]
        if surname_first(words):
            filed.append((self._by_last, words[0]))  # "Ong Hui Min": "Ms Ong"
            self._by_key.setdefault(words[0], idx)
        elif (patronym := next((k for k, w in enumerate(words) if (w in lexicon.PATRONYM_WORDS or w in lexicon.FATHERS_OPENING)
                                and 0 < k < len(words) - 1), None)):
            # "Muhammad Faizal bin Abdul Rahman" is "Mr Faizal": a Malay name is called by a given
            # name before "bin" or "binti", the father's name after it ("Ramlan Abdul Ghani":
            # "Ramlan")
            filed += [(self._by_last, w) for w in words[:patronym] if w not in lexicon.MALAY_GIVEN_OPENINGS]
            if patronym == 2 and words[0] in lexicon.MALAY_GIVEN_OPENINGS:
                self._by_key.setdefault(" ".join(words[:2]), idx)
        elif len(words) == 4 and words[1] in lexicon.SURNAMES_FIRST and firstnames.is_first_name(words[0]) and (
                words[0] not in lexicon.MALAY_GIVEN_OPENINGS):
            # "Jeremy Koh Boon Kiat" is "Mr Koh": an English name, then a Chinese one, surname first
            filed.append((self._by_last, words[1]))
        elif len(words) == 3 and words[0] in lexicon.MALAY_GIVEN_OPENINGS and words[1] not in lexicon.MALAY_GIVEN_OPENINGS:
            # "Muhammad Hafiz Roslan" is "Mr Hafiz": the given names, then the father's
            filed.append((self._by_last, words[1]))
        elif len(words) == 4 and words[0] in lexicon.MALAY_GIVEN_OPENINGS:
            # "Muhammad Syafiq Ahmad Fauzi" is "Muhammad Syafiq" and "Syafiq": given names, then
            # the father's
            filed.append((self._by_last, words[1]))
            self._by_key.setdefault(" ".join(words[:2]), idx)
        elif len(words) == 3 and firstnames.is_first_name(words[0]) and not firstnames.is_first_name(words[1]) and (
                words[1] not in _PARTICLE_WORDS and words[1].isalpha() and not words[2].endswith(("ed", "ing"))):
            filed.append((self._by_last, words[1]))  # two surnames: "Ernesto Villaseñor Cruz" is "Villaseñor"
        for index, word in filed:
            bearers = index.setdefault(word, [])
            if idx not in bearers:
                bearers.append(idx)

    @staticmethod
    def _learn(ent: Entity, name: str, n_words: int, role: str | None, gender: str,
               passing: bool, at: int) -> None:
        """What one mention of a person tells of them: a form of the name, where the text
        first names them, a role, a gender, whether they are only someone's kin."""
        ent.add_name(name, n_words)
        if at < ent.first_at:
            ent.first_at = at
        if role and not ent.role:
            ent.role = role
        if gender and gender != ent.gender:
            ent.gender = gender  # the text itself outweighs a first name's usual gender
        elif not ent.gender and name.split(None, 1)[0] == ent.name.split(None, 1)[0]:
            ent.gender = _first_name_gender(name)  # (a first name's, not a surname's: "Walker" of "Hine Walker")
        if not passing:
            ent.passing = False

    def by_age(self, surname: str, age: str) -> int | None:
        """ "the elder Ng", "the younger Ng": of the people bearing a surname, the one the text
        introduced as a parent ("his father, X") or an elder sibling, or as a child ("his son, X")
        or a younger sibling ("his younger brother, Eoin Doyle"), of the other;
        one alone of that surname is that one; None where the text does not tell."""
        elder = lexicon.AGE_ORDER[age.lower()]
        people = [i for i in self._by_last.get(fold(surname.split()[-1]), []) if self.entities[i].kind == "person"]
        if len(people) == 1:
            return people[0]
        junior = [i for i in people if self.entities[i].kin in CHILD_KIN
                  or self.entities[i].kin.startswith(("younger ", "youngest "))]
        senior = [i for i in people if self.entities[i].kin in _PARENT_KIN
                  or self.entities[i].kin.startswith(("older ", "elder ", "eldest "))]
        if elder:
            senior = senior or [i for i in people if i not in junior]
            return senior[0] if len(senior) == 1 else None
        junior = junior or [i for i in people if i not in senior]
        return junior[0] if len(junior) == 1 else None

    def org(self, name: str) -> int:
        bare = RX_THE.sub("", name) if name[:3].lower() == "the" else name
        if " " in bare and "-" in bare and (cut := after_place_modifier(bare.split(None, 3))):
            bare = bare.split(None, cut)[cut]  # "Calgary-based Boreal Crossing Pipelines", "Port Harcourt-based X"
        key = fold(bare)
        idx = self._by_key.get(key)
        if idx is None:
            for other, i in self._by_key.items():
                ent = self.entities[i]
                if ent.kind == "org" and (other.endswith(" " + key) or key.endswith(" " + other) or (
                        # ("the City", what "the City of Cape Town" is called short)
                        " " not in key and key in lexicon.ORG_WORDS and other.startswith(key + " of ")) or (
                        " " in other and " " in key and (key.startswith(other + " ") or other.startswith((key + " ", key + ","))))):
                    # ("Ministry of Gender" of "the Ministry of Gender, Children and Social Protection")
                    idx = i
                    break
        if idx is None and " " not in key and (full := self.after_the.get(key)):
            return self.org(full)  # "the Stallions": "The Hunter Valley Stallions", named so before
        if idx is None and " " not in key and (full := self.kept_opening(bare)):
            # "Kurogane said", "a Vantage spokesperson": a company called by the first word of
            # the name the text gave it in full, and nothing else ("Kurogane Steel", "Vantage
            # Mobile")
            idx = self.org(full)
            self._by_key[key] = idx
            return idx
        if idx is None and " " not in key:
            idx = self.org_headed(key)
        if idx is None and " " not in key and 3 <= len(key) <= 4 and (full := self._cut_short(key)):
            idx = self.org(full)  # "the Fed", after "The Federal Reserve": a first word cut short
            self._by_key[key] = idx
            return idx
        if idx is None and " " not in bare and _ACRONYM.fullmatch(bare):
            idx = self._org_by_initials(bare)
            if idx is None and (full := self.spelled_out(bare)):
                # "AK urged athletes", after "Athletics Kenya president Gideon Chemweno": the
                # one name in the text its initials abbreviate, though no one named it alone
                idx = self.org(full)
                self._by_key[key] = idx
                return idx
        if idx is None:
            idx = len(self.entities)
            self.entities.append(Entity(bare, "org", "o"))
        self.entities[idx].add_name(bare, len(bare.split()))
        self._by_key[key] = idx
        words = key.split()
        for k in range(1, len(words) - 1):  # (its ends of two words or more, for ``org_ending``)
            self._org_tails.setdefault(" ".join(words[k:]), set()).add(idx)
        return idx

    def kept_opening(self, word: str) -> str | None:
        """The one name kept aside (no sign of a person) that this word, no first name, opens,
        with the capitalised words after it: "Kurogane Steel" of "The president of Kurogane
        Steel", "Vantage Mobile" of "Millions of Vantage Mobile".  An acronym is a name in full
        already ("SMRT", not "SMRT Trains")."""
        if word.isupper() or firstnames.is_first_name(word):
            return None
        found = set()
        for name, _ in self.pending.values():
            words = name.split()
            if word in words[:-1]:
                rest = words[words.index(word):]
                if len(rest) <= 3 and all(w[:1].isupper() for w in rest):
                    found.add(" ".join(rest))
        return found.pop() if len(found) == 1 else None

    def spelled_out(self, acronym: str) -> str | None:
        """The one run of capitalised words in the text (a small word's for a lower-case
        letter) whose initials the acronym is, if only one."""
        text = self.text
        if len(acronym) < 2 or not text:
            return None
        words = [rf"{c}[\w’'-]*" if c.isupper() else rf"{c}[a-z]*" for c in acronym]
        # (the capital first, then the look back: the engine finds the capital at once)
        words[0] = rf"{acronym[0]}(?<![\w’'-]{acronym[0]})" + words[0][1:]
        found = set(re.findall(r"\s+".join(words) + r"(?![\w’'-]|\s+[A-Z])", text))
        found = {f for f in found if " " in f and not f.isupper()}
        return found.pop() if len(found) == 1 else None

    def _org_by_initials(self, acronym: str) -> int | None:
        """The one organisation named before whose words' initials the acronym is ("TfL":
        "Transport for London")."""
        found = {i for i, ent in enumerate(self.entities) if ent.kind == "org" and " " in ent.name
                 and _initials_of(ent.name, acronym)}
        return found.pop() if len(found) == 1 else None

    def _org_opening(self, key: str, after: tuple[str, ...]) -> int | None:
        """The one organisation whose (folded) name, longer, opens with ``key`` and one of ``after``
        (each a space or a comma)."""
        others = self._keys_opening(key)
        if not others:
            return None  # (many names: no key of that first word)
        openings = tuple(key + a for a in after)
        found = {i for other in others if other.startswith(openings)
                 and self.entities[i := self._by_key[other]].kind == "org"}
        return found.pop() if len(found) == 1 else None

    def _keys_opening(self, key: str) -> list[str]:
        """The keys whose first word is ``key``'s (words end at a space or a comma): every key
        that opens with ``key`` and a space or a comma is among them.  Filed as keys come, a
        dictionary keeping its order; filed anew after one is dropped (rare)."""
        if self._by_opening is None:
            self._by_opening, self._n_opening = {}, 0
        if self._n_opening < len(self._by_key):
            for other in itertools.islice(self._by_key, self._n_opening, None):
                self._by_opening.setdefault(_first_word(other), []).append(other)
            self._n_opening = len(self._by_key)
        return self._by_opening.get(_first_word(key), [])

    def org_headed(self, word: str) -> int | None:
        """ "Nordvik" for "Nordvik Outdoor": the organisation a (folded) word begins the name of,
        if it begins only one's."""
        return self._org_opening(word, (" ",))

    def org_opened(self, name: str) -> int | None:
        """The one organisation whose name, longer, opens with this one of two words or more
        ("Ministry of Gender" of "the Ministry of Gender, Children and Social Protection")."""
        key = fold(RX_THE.sub("", name) if name[:3].lower() == "the" else name)  # (most names: no "the")
        return self._org_opening(key, (" ", ",")) if " " in key else None

    def org_called(self, name: str) -> int | None:
        """The organisation a name no one is known by stands for: the one whose name it opens
        ("Velora" of "Velora Technologies", "Ministry of Gender" of "the Ministry of Gender,
        Children and Social Protection") or ends ("Public Distribution"), the one its initials
        abbreviate ("CSK" of "Chennai Super Kings"), or the company called by the first word of a
        name the text kept aside ("Lumenfold" of "Lumenfold AI")."""
        if " " in name:
            found = self.org_opened(name)
            return found if found is not None else self.org_ending(name)
        if (found := self.org_headed(fold(name))) is not None:
            return found
        if name.isupper() and 2 <= len(name) <= 6 and name.isalpha() and self.spelled_out(name):
            return self.org(name)
        return self.org(name) if self.kept_opening(name) else None

    def org_ending(self, name: str) -> int | None:
        """The one organisation whose name ends with this one of two words or more ("Cerro
        Pardo": "Minera Cerro Pardo"), or None."""
        found = self._org_tails.get(fold(name))
        return next(iter(found)) if found is not None and len(found) == 1 else None

    def forget(self, name: str) -> None:
        """Let a name no longer stand for the entity it was filed for (see ``alias``)."""
        self._by_key.pop(fold(name), None)
        self._by_opening = None

    def alias(self, name: str, idx: int) -> None:
        """File another name of an entity ("NEA" for "National Environment Agency")."""
        self._by_key.setdefault(fold(name), idx)

    def mention_at(self, pos: int, idx: int) -> None:
        insort(self.timeline, (pos, idx))

    def merge_into(self, old: int, new: int) -> None:
        """Let the person ``old`` stand for ``new`` from now on, a name of theirs (the one the
        text gave by a nickname it says is theirs): ``old`` names no one of its own."""
        gone, kept = self.entities[old], self.entities[new]
        for key, idx in list(self._by_key.items()):
            if idx == old:
                self._by_key[key] = new
        for table in (self._by_last, self._by_first):
            for key, people in table.items():
                if old in people:
                    people.remove(old)
                    if new not in people:
                        people.append(new)
        for people_set in self._by_second_last.values():
            people_set.discard(old)
        kept.aliases |= gone.aliases
        kept.first_at = min(kept.first_at, gone.first_at)
        gone.kind = "merged"
        self._by_opening = None


# Runs of capitalised words (names, titles, places).  Every word may keep a full stop, which is
# three times faster to find than telling abbreviations apart in the pattern; a run is then cut
# after any word whose full stop ends a sentence rather than an abbreviation.
# The capital first, then the look back: far fewer places to look.  (A word after the first may
# open with a glued particle, "d’Entremont", or an Irish surname's h, n or t: "Éanna Ó hAodha".)
_RUN = (r"[{lu}](?<![{lm}][{lu}])(?:\.(?:[{lu}]\.)+|[{lm}’'\-]*\.?)"  # ("U.S. Consumer ...": one run)
        rf"(?:[{{s}}]+(?:(?:{PARTICLE}[{{s}}]+){{{{1,2}}}}|{CONNECT}[{{s}}]+)?(?:[dl][’']|[hnt](?=[{{lu}}]))?[{{lu}}](?:\.(?:[{{lu}}]\.)+|[{{lm}}’'\-]*\.?))*")
# On Latin text `re` finds the same runs (see latin.py) in 40% less time.
_CAPITAL_RUN = Twin(_RUN.format(lu=r"\p{Lu}", lm=r"\p{L}\p{M}", s=r"\s"))
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
# A job held in an organisation, right after its name and before a person's name: "Crystal
# Palace manager Sergio Llorente".
_EMPLOYER_AFTER = re.compile(r"\s+(?:manager|head\s+coach|coach|chairman|chairwoman|captain|boss|chief\s+executive|"
                             r"managing\s+director|spokesman|spokeswoman|spokesperson)\s+(?:[A-Z][\w’'-]+\s+){1,2}")
_BYLINE_WORDS = frozenset(("Published", "Updated", "Posted", "Photo", "PHOTO", "Image", "Picture"))
_IMPERATIVES = frozenset(("tell", "ask", "thank", "meet"))  # (verbs opening a sentence before a name)


def _national_body(words: list[str]) -> bool:
    """Is this a body named for what it does and its country, as Canadian and British ones are
    ("Health Canada", "Fisheries and Oceans Canada", "Transport Scotland", "Sport England"): no
    first name, a region's word or a country's own name before the country?"""
    return (len(words) >= 2 and clean_token(words[-1]).lower() in lexicon.COUNTRIES
            and words[0].lower() not in _REGION_WORDS and words[0].lower() not in lexicon.FIRST_NAMES
            and not firstnames.is_first_name(words[0]) and all(w[:1].isupper() or w in ("and", "&") for w in words)
            and " ".join(words).lower() not in lexicon.COUNTRIES)


_REGION_WORDS = frozenset("north south east west northern southern eastern western central latin new upper lower "
                           "atlantic pacific arctic greater rural coastal outback".split())
_LOCAL_GOVERNMENTS = frozenset("city town county municipality borough shire village district region".split())
# Words that open an organisation's name in other languages: "Banco Austral", "Grupo Modelo".
_LEADING_ORG_WORDS = frozenset("""banco banca grupo compañía companhia société societe caja industrias
minera mineradora mineração empresa empresas sociedad sociedade corporación inversiones constructora
cooperativa fundación fundação asociación associação federación confederación
defensoría defensoria procuraduría contraloría secretaría ministerio instituto servicio
superintendencia dirección""".split())
# (and in Malay and Indonesian: "Syarikat Air Johor", "Yayasan Sabah", "Koperasi Nelayan")
_LEADING_ORG_WORDS |= frozenset("syarikat perbadanan lembaga yayasan koperasi persatuan".split())
_ABBREVIATED = Twin(rf"{ABBREV}|\p{{Lu}}\.(?:\p{{Lu}}\.)*")


@functools.lru_cache(maxsize=1 << 15)
def _sentence_pieces(seq: str) -> tuple[tuple[int, str], ...]:
    """The parts of a run that full stops ending sentences leave, each with its offset (the run's
    own characters, its spaces as written)."""
    if seq.find(".") == len(seq) - 1:  # the usual case: one full stop, at the end
        last = seq[seq.rfind(" ") + 1:]
        # (a company's legal suffix keeps its stop: "Ikpik Iron Ltd., whose")
        return ((0, seq),) if _ABBREVIATED.fullmatch(last) or last.lower() in _LEGAL_SUFFIXES else ((0, seq[:-1]),)
    pieces = []
    toks = [(m.start(), m.group()) for m in _TOKEN.finditer(seq)]
    first = None
    for k, (at, tok) in enumerate(toks):
        if first is None:
            first = at
        if (tok in lexicon.GIVEN_ABBREVIATIONS and k + 1 < len(toks) and firstnames.is_first_name(toks[k + 1][1])
                and not (k and firstnames.is_first_name(toks[k - 1][1]))):
            continue  # "Ma. Teresa Buenaventura": a given name, abbreviated, before another (not "Jack Ma. Teresa")
        if tok.endswith(".") and not _ABBREVIATED.fullmatch(tok):
            if piece := seq[first:at + len(tok) - 1]:
                pieces.append((first, piece))
            first = None
    if first is not None:
        pieces.append((first, seq[first:]))
    return tuple(pieces)


_TOKEN = re.compile(r"\S+")


_PARTICLE_WORDS = lexicon.NAME_PARTICLES | {"y"}
_QUESTION_VERBS = AUXILIARIES | {"will", "would", "has", "have", "had"}


# A run of capitalised words, read once per distinct run: where its name starts, the name, its
# title, the gender an honorific gives, and what the name can stand for.
_ORG, _SINGLE, _OTHER, _NAMED, _MAYBE = range(5)


# Where a person named in full sits: "of the Toledo Fire Department" (an organisation's word last).
_OF_ORG = re.compile(rf"\s+of\s+(?:the\s+)?(?P<org>[A-Z].*\b(?i:{'|'.join(sorted(w for w in lexicon.ORG_WORDS if w.isalpha()))}))$")


# An acronym: capitals, perhaps a small word's initial among them ("NHS", "TfL", "DfE").
_ACRONYM = re.compile(r"[A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,5}")
_NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())


# Plurals that open a run before "of" and name no one: "Shares of Larkspur".
_SOME_OF = frozenset("""shares stock units investors employees workers members officials staff fans
customers residents supporters executives shareholders bondholders""".split())


# Places' nouns that end a place named for someone ("Ibrahim Taiwo Road", "Nelson Mandela
# Bridge"), and no one's surname as often as "Hall", "Hill" or "Park" are.
_NAMED_FOR_SOMEONE = frozenset("""road rd rd. street st. avenue ave ave. boulevard blvd highway motorway
expressway drive crescent stadium airport bridge square""".split())
# The endings of a company's legal name.
_LEGAL_SUFFIXES = frozenset("plc plc. inc inc. ltd ltd. limited corp corp. co. llc gmbh ag sa nv bhd berhad".split())


@functools.lru_cache(maxsize=1 << 15)
def _name_parts(seq: str) -> tuple[int, str, str, str, int] | None:
    """The name in a run of capitalised words: (where it starts in the run, the name, its title,
    an honorific's gender, its class), or None when no name is left.  Cached across documents:
    news names the same people and places again and again."""
    if seq.isupper():  # (every word of a run is capitalised: none is then in lower case)
        return None  # "HOI AN —", "MARKET WATCH": a dateline or a heading, in capitals
    if "\n" in seq and (line := seq.split("\n", 1))[0].isupper():
        # "NEWS PROVIDED BY\nSuperior North Hospital Foundation": a heading's line, then a name
        rest = _name_parts(line[1].lstrip())
        return None if rest is None else (len(seq) - len(line[1].lstrip()) + rest[0],) + rest[1:]
    if "\n" in seq and ((after := seq.split("\n", 1)[1].split())[0] in _BYLINE_WORDS
                         or not lexicon.CALENDAR_WORDS.isdisjoint(w.lower() for w in after)):
        # "By Laura Comeau\nPublished April 23": a name ends with its line, before a byline's date
        return _name_parts(seq.split("\n", 1)[0].rstrip())
    tokens = seq.split()
    if len(tokens) > 1 and tokens[0].lower() in _IMPERATIVES:
        # "Tell Hamid: both, and a lot": a verb telling someone to do something, then the name
        rest = _name_parts(" ".join(tokens[1:]))
        return None if rest is None else (len(tokens[0]) + 1 + rest[0],) + rest[1:]
    if len(tokens) > 1 and tokens[-1] == "I" and not firstnames.is_first_name(tokens[-2]):
        # "Everywhere I go": the pronoun after a word opening a sentence (a monarch's numeral
        # follows a first name: "Elizabeth I")
        return _name_parts(" ".join(tokens[:-1])) if len(tokens) > 2 else None
    if len(tokens) > 2 and tokens[-1].rstrip(".,") in lexicon.POST_NOMINALS:
        return _name_parts(" ".join(tokens[:-1]))  # "Thulisile Ngcobo SC": a rank after the name, no part of it
    if len(tokens) > 1 and tokens[-1].lower() in lexicon.WEEKDAYS:
        return _name_parts(" ".join(tokens[:-1]))  # "said on Twitter Thursday": when, no part of a name
    if len(tokens) > 2 and tokens[1] == "of" and tokens[0].lower() in _SOME_OF:
        # "Shares of Larkspur closed up", "Employees of Acme": what the run names comes after "of"
        return None if (rest := _name_parts(" ".join(tokens[2:]))) is None else (
            (seq.index(" of ") + 4 + rest[0],) + rest[1:])
    if "of" in tokens[2:-1]:
        # "Justice Martin Olfert of the Court of King's Bench": a title and a full name, then
        # where the person sits, no part of the name (nor is the possessive there a title's)
        k = tokens.index("of", 2)
        t = 0
        while t < k and tokens[t].lower() in TITLE_OR_HONORIFIC:
            t += 1
        if k - t not in (2, 3) and t and (titled := split_title(tokens[:k]))[0] and len(titled[1]) in (2, 3):
            t = k - len(titled[1])  # a title of words the lists do not all know: "Leader of the Opposition X Y Z"
        if k - t in (2, 3) and (t or tokens[k - 1].lower() not in lexicon.ORG_WORDS) and (
                firstnames.is_first_name(tokens[t]) and (t or firstnames.gender(tokens[0]) in ("m", "f"))
                or k - t == 2 and len(tokens) == k + 2 and tokens[-1].isalpha()
                and lexicon.ORG_WORDS.isdisjoint(w.lower() for w in tokens)
                # (a first name, or a country or a state after "of": not "Accra Hearts of Oak")
                and (firstnames.is_first_name(tokens[t]) or a_place(tokens[-1]))
                # or two words of no organisation, then "of the" and an organisation's name:
                # "Meghna Raychaudhuri of the Bengal Institute of Urban Studies"
                or k - t == 2 and tokens[k + 1] == "the" and all(w.isalpha() for w in tokens[t:k])
                and lexicon.ORG_WORDS.isdisjoint(w.lower() for w in tokens[t:k])
                and not lexicon.ORG_WORDS.isdisjoint(w.lower() for w in tokens[k + 2:])):
            # (or, with no title, a first name the data set knows as a man's or a woman's:
            # "Natalie Greer of the Texas Capital Defense Project"; not "Georgia Institute of
            # Technology"; or two words of no organisation, then one, of where someone is from:
            # "Josphat Rono of Kenya")
            tokens = tokens[:k]
    last = tokens[-1] if tokens[-1].endswith(".") and tokens[-1].lower() in _LEGAL_SUFFIXES else clean_token(tokens[-1])
    if last.lower() in lexicon.ORG_WORDS or last in lexicon.CLUB_MARKERS and len(tokens) > 2:
        # (a club's mark too: "King’s Park Athletic FC", its possessive its own)
        # "Kazakhstan’s Foreign Ministry’s website"; a title before it is no part of the name
        # ("Communications Manager Northern Lights Literacy Foundation").
        cut = max((k + 1 for k, t in enumerate(tokens[:-2])
                   if t.lower() in lexicon.ROLE_NOUNS and not (k and tokens[k - 1] in ("and", "&", "of", "for"))),
                  default=0)  # (but "Municipal and General Workers’ Union" is all one name)
        if cut and tokens[-2].endswith(("’s", "'s")) and cut >= len(tokens) - 2:
            cut = 0  # "the Iowa Attorney General's Office": an office named for whose it is, title and all
        if not cut and "of" in tokens[1:-1]:
            # "Shares of Acme Corp.": words before "of" that hold no organisation's word are
            # something of the organisation, no part of its name ("Bank of England" is one).
            k = tokens.index("of", 1)
            if tokens[k + 1] != "the" and lexicon.ORG_WORDS.isdisjoint(t.lower() for t in tokens[:k]) and (
                    # (not where "and" joins the fields the name lists: "the Domestic Trade and Cost
                    # of Living Ministry")
                    "and" not in tokens[:k] and "&" not in tokens[:k]):
                cut = k + 1
        if (not cut and len(tokens) > 2 and tokens[0].endswith(("’s", "'s")) and (
                last.lower() in _LEGAL_SUFFIXES and tokens[1].lower() not in lexicon.ORG_WORDS
                or clean_token(tokens[0]).lower() in lexicon.COUNTRIES)):
            # "Nigeria's Crestfield Bank Plc": a company's legal name holds no place's possessive;
            # nor does any organisation's name its country's ("Brazil's Environment Ministry")
            cut = 1
        role_toks, name_toks = tokens[:cut], tokens[cut:]
    else:
        role_toks, name_toks = split_title(tokens)
    name_toks = name_toks[:-1] + [last]  # the name always ends at the run's last word
    # (every place modifier holds a hyphen: most runs have none, and skip the search)
    if "-" in seq and (cut := after_place_modifier(name_toks)):
        # "Calgary-based Boreal Crossing Pipelines", "South Korean-born Monte Haines": where it
        # is or was, no part of it
        name_toks = name_toks[cut:]
    # Drop sentence-initial function words ("At Baikonur", "In Moscow"), and a headline's
    # question ("Is Sanders Finally Connecting").
    while name_toks and (name_toks[0].lower().rstrip(".") in STOP_WORDS and not INITIAL.fullmatch(name_toks[0])
                         # (nor "A" before another initial: "A K Saha"; nor a Malay given name's
                         # first word before two more: "Nor Aziah Yusof")
                         and not initial_a(name_toks) and not (
                             name_toks[0].lower() in lexicon.MALAY_GIVEN_OPENINGS and len(name_toks) >= 3) or (
            name_toks[0].lower() in _QUESTION_VERBS and not firstnames.is_first_name(name_toks[0]))):
        name_toks = name_toks[1:]
        role_toks = []
    if not name_toks:
        return None
    if "of" in name_toks[1:-1] and ((lexicon.ORG_WORDS.isdisjoint(t.lower() for t in name_toks) and (
            name_toks[0].lower() in lexicon.FIRST_NAMES or firstnames.is_first_name(name_toks[0])
            or tokens[0].lower() in lexicon.HONORIFICS)) or (
            # "Governor Kolawole Ajayi of the All Citizens Congress": a title, two names, then
            # "of" something, an organisation too
            role_toks and role_toks[-1].lower() in lexicon.TITLE_WORDS and name_toks.index("of", 1) == 2)):
        # "Juan Manriquez of Oakland", "Senator Tammy Baldwin of Wisconsin": a person, and
        # where they come from
        name_toks = name_toks[:name_toks.index("of", 1)]
    honor = lexicon.HONORIFICS.get(tokens[0].lower(), "")
    marked = tokens[0].lower() in lexicon.HONORIFICS  # (an honorific of no gender too: "Dr.")
    title = ""
    if role_toks:  # most runs have none
        # A title starts at its own words, not the sentence's: "As Professor X" -> "Professor";
        # and after an honorific ("But Mr. Ackman", "Unlike Mr. Rubio": no title at all).
        honorifics = [i for i, t in enumerate(role_toks) if t.lower() in lexicon.HONORIFICS]
        if honorifics:
            before = role_toks[:honorifics[-1]]
            if honorifics[-1] == len(role_toks) - 1:
                # an honorific right before the name marks a person, after a title too, which
                # stays the title: "Finance Minister Dr Vikash Chand Naidu"
                marked = True
                honor = honor or lexicon.HONORIFICS[role_toks[-1].lower()]
            role_toks = role_toks[honorifics[-1] + 1:]
            if not role_toks and before and before[-1][:1].isupper() and (
                    before[-1].lower() in lexicon.TITLE_WORDS or role_noun(before[-1].lower())):
                role_toks = before
        while role_toks and role_toks[0].lower() in STOP_WORDS:
            role_toks = role_toks[1:]
        title = " ".join(role_toks)
        if _INITIALS.fullmatch(title):
            title = ""  # "U.S. Chris Christie": a place's initials, no title
    lows = [t.lower() for t in name_toks]
    if lows[-1] in lexicon.ORG_WORDS or len(lows) > 1 and lows[0] in _LEADING_ORG_WORDS or _national_body(name_toks) or (
            len(lows) > 1 and (name_toks[0] in lexicon.CLUB_MARKERS or name_toks[-1] in lexicon.CLUB_MARKERS)) or (
            # a local government by its place: "City of Cape Town", "Town of Canmore"
            len(lows) > 2 and lows[0] in _LOCAL_GOVERNMENTS and lows[1] == "of") or (
            # "Department for Education", "University of Bristol", "Bank of England", "Umgeni
            # University of Technology"
            len(lows) > 2 and any(lows[k] in lexicon.ORG_WORDS and lows[k + 1] in ("of", "for", "on")
                                  for k in range(len(lows) - 2))):
        kind = _ORG
    elif len(lows) == 1:
        kind = _SINGLE
    elif len(lows) > 2 and stool_name(name_toks):
        kind = _NAMED  # "Nana Kobina Ebu Amissah V": a chief's stool name, title and numeral its own
    elif len(lows) > 4 and lexicon.PATRONYM_WORDS.isdisjoint(lows) and not (
            # (nor "Wan Ahmad Faisal Wan Sulaiman": a Malay given name, then the father's, no "bin")
            lows[0] in lexicon.MALAY_GIVEN_OPENINGS and not lexicon.MALAY_GIVEN_OPENINGS.isdisjoint(lows[2:])
    ) or not lexicon.ORG_WORDS.isdisjoint(lows) or len(lows) > 2 and lows[-1] in _NAMED_FOR_SOMEONE and not marked:
        # (but "Muhammad Faizal bin Abdul Rahman" is one person's name; "Ibrahim Taiwo Road" is
        # a place named for one)
        kind = _OTHER
    elif lows[0] in lexicon.FIRST_NAMES or honor or marked:
        kind = _NAMED  # a first name or an honorific ("Dr.", of no gender, too) marks a person
    else:
        kind = _MAYBE  # a person only where the text gives a role or another sign (person_sign)
    return seq.rfind(name_toks[0]), " ".join(name_toks), title, honor, kind


def mentions_in_narration(text: str, spans: list[Span], resolver: Entities) -> frozenset[str]:
    """Register the people and organisations the narration introduces, and note where it
    names them; returns the surnames of the people, as the text writes them."""
    runs, single_at, single_words = _capital_runs(text, spans)
    resolver.passages = [p for span in spans for p in (span.start, span.end)]
    if " and " in text or " & " in text:
        runs = _joined_titles(text, _listed_orgs(text, _joined_of(
            text, _joined_orgs(text, runs, single_at, single_words), single_at, single_words), single_at, single_words))
    if " on " in text:
        runs = _joined_on(text, runs, single_at, single_words)
    if " and " in text:
        runs = _shared_surnames(text, runs, single_at, single_words)
    aside = _asides(text)
    headed = []
    if aside:
        # Headings and captions introduce no one: a name there only completes a surname the
        # narration uses alone ("A Shaky Balancing Act for Kelly Ayotte" ... "Ayotte said").
        inside = [_inside(run[0], aside) for run in runs]
        headed = [run for run, there in zip(runs, inside) if there]
        runs = [run for run, there in zip(runs, inside) if not there]
    marks = _register_runs(text, runs, resolver)  # (position, entity): the timeline, sorted at the end
    if "(" in text:
        # (before the acronyms alone: "the Land Transport Authority (LTA)" is what "the LTA" names)
        _acronyms_defined(text, resolver)
    marks += _acronyms(text, single_at, single_words, resolver)
    marks += _kind_then_word(text, single_at, single_words, resolver, runs)
    if _ROMANCE_SMALL_WORD.search(text):  # (" de ", " du ", " des ", " del ": one scan, not four)
        marks += _romance_orgs(text, resolver)
    if " and " in text:
        marks += _shared_surname(text, runs, single_at, single_words, resolver)
    _headed_names(headed, resolver)
    if resolver.pending:
        _confirm_pending(text, single_at, single_words, resolver)
    # A word alone names someone the text has named in full ("Idrissov explained").
    known = frozenset(resolver.last_names())
    forms = known.union(*((k + "’s", k + "'s") for k in known))
    forms |= {form + "." for form in forms}
    marks += _surnames_alone(text, single_at, single_words, resolver, forms)
    marks += _first_names_alone(text, single_at, single_words, resolver, forms)
    marks += _kin_by_first_name(text, single_at, single_words, resolver, forms)
    if " named " in text or " called " in text or " first name" in text or " only as " in text or (
            " name as " in text or " goes by " in text):
        marks += _named_people(text, single_at, single_words, resolver)
    if ", who " in text or ", a " in text or ", an " in text or "-year-old " in text or _AGE_AFTER.search(text) or (
            _person_noun_comma(text)):
        marks += _first_name_people(text, single_at, single_words, resolver, forms)
    if aside:
        # Nor is anyone a heading or a caption names the narration's antecedent: "PHOTO: ...
        # (Colin Boudreau / The Post)" before "…,” he said.
        marks = [(pos, idx) for pos, idx in marks if not _inside(pos, aside)]
    if "“" in text or '"' in text:
        marks = _nicknames(text, marks, resolver)
    resolver.timeline.extend(marks)
    resolver.timeline.sort()
    return known


# A nickname the text gives someone: "whom everyone ... calls “Tess,”", "known as “Tess”".
# (Each word's first letter, then the look back for the word's start: `re` skips to those
# letters, where a leading \b would be tried at every place of the text.)
_NICKNAME_GIVEN = re.compile(r"(?:c(?<!\w.)all(?:s|ed)?|k(?<!\w.)nown\s+as|n(?<!\w.)icknamed|g(?<!\w.)oes\s+by)"
                             r"\s+[“\"](?P<nick>[A-Z][a-z]+)[,.]?[”\"]")
# What every nickname given ends with, a word quoted alone: found from quotation mark to quotation
# mark, far sooner than the verbs are, and in few texts (one in ten).
_QUOTED_WORD = re.compile(r"[“\"][A-Z][a-z]+[,.]?[”\"]")


def _nicknames(text: str, marks: list, resolver: Entities) -> list:
    """Where the text says what someone is called ("Arsenault, 71, whom everyone ... calls
    “Tess,”"), the person named by that nickname and the surname ("Tess Arsenault", in the
    headline) is the one named by the full name ("Theresa Arsenault"), a name of theirs."""
    if _QUOTED_WORD.search(text) is None:
        return marks
    entities = resolver.entities
    for m in _NICKNAME_GIVEN.finditer(text):
        nick = fold(m["nick"])
        for old, ent in enumerate(entities):
            words = fold(ent.name).split()
            if ent.kind != "person" or len(words) != 2 or words[0] != nick:
                continue
            formal = [i for i, other in enumerate(entities) if i != old and other.kind == "person"
                      and (o := fold(other.name).split())[-1] == words[-1] and len(o) >= 2 and o[0] != nick
                      and o[0].startswith(nick[0])]
            if len(formal) == 1:
                resolver.merge_into(old, formal[0])
                marks = [(pos, formal[0] if idx == old else idx) for pos, idx in marks]
    return marks


# An organisation's name with its acronym in brackets: "the National Environment Agency (NEA)".
# (Perhaps with a small word's initial in lower case, "(TfL)", "(DfE)", or with the legal suffix the
# name ends with: "... Company Limited (NNPC Ltd)".)
# (or an acronym written as a word, as British news writes those of four letters or more: "Defra")
# (or with the name's own last word, a nation's or a region's: "... Transport Cymru (CPT Cymru)")
_ACRONYM_IN_BRACKETS = re.compile(r" \((?P<acr>[A-Z](?:[a-z]?[A-Z]){1,7}|[A-Z][a-z]{3,5})(?:(?P<legal> (?:Ltd|Plc|PLC|Inc|Bhd|LLC|AG|SA)\.?)"
                                  r"|(?<=[A-Z])(?P<tail> [A-Z][a-z]{2,}))?\)")
def _name_before(comma: str, most: int) -> re.Pattern:
    """A name of capitalised words and small ones ending where the pattern is searched to, its
    words perhaps followed by ``comma``, at most ``most`` words and one more."""
    return re.compile(rf"(?P<name>(?:[A-Z][\w&’'-]*{comma}[ \t]+(?:(?:of|for|and|&|the|und|et|y)[ \t]+)?){{1,{most}}}[A-Z][\w&’'-]*)$")


_NAME_BEFORE = _name_before("", 6)
_LISTED_NAME_BEFORE = _name_before(",?", 7)  # (a name that lists its fields: "Culture, Media and Sport")


def _initials_of(name: str, acronym: str) -> bool:
    """Is the acronym made of the name's initials: its capitalised words' ("TMK" of "Tamizhaga
    Makkal Katchi"), or all its words' ("TfL" of "Transport for London"), a word in capitals
    kept whole ("TfNSW" of "Transport for NSW")?"""
    # (dotted initials are letters each: "USDA" of "U.S. Department of Agriculture")
    words = [w.replace(".", "") if _INITIALS.fullmatch(w) else w for w in name.replace("-", " ").split()]
    if acronym[1:].islower():  # an acronym written as a word: "Defra", of its capitalised words
        return "".join(w[0] for w in words if w[0].isupper()).lower() == acronym.lower()
    capitals = "".join(w[0] for w in words if w[0].isupper())
    return (capitals == acronym
            or "".join(w[0] for w in words).lower() == acronym.lower()
            # (a word in capitals stands for itself: "TfNSW" of "Transport for NSW")
            or "".join(w if w.isupper() else w[0] for w in words) == acronym
            or "".join(w if w.isupper() else w[0] for w in words if w[0].isupper()) == acronym
            # (the initials in another order, as another language orders the words: "SLC" of
            # "Cricket Sri Lanka")
            or len(acronym) > 2 and sorted(capitals) == sorted(acronym)
            # (or syllables of the words, in their order: "COCOBOD" of "Ghana Cocoa Board")
            or len(acronym) > 4 and _syllables_of(words, acronym))


def _syllables_of(words: list[str], acronym: str) -> bool:
    """Is the acronym made of letters of two or more of the name's last words, in order, each
    word's opening with two letters or more of it ("COCOBOD": "COCO" of "Cocoa", "BOD" of
    "Board")?"""
    rest = acronym.lower()
    used = 0
    for word in (w.lower() for w in words if w[:1].isupper()):
        k = 0
        if rest[:1] == word[:1]:
            for c in word:  # (its letters in order, not all of them: "B(o)a(r)d")
                if k < len(rest) and c == rest[k]:
                    k += 1
        if k >= 2:
            rest, used = rest[k:], used + 1
        elif used:
            return False  # (the openings follow one another)
    return not rest and used >= 2



def _acronyms_defined(text: str, resolver: Entities) -> None:
    """An acronym the text defines after an organisation's name is another name for it ("An NEA
    spokesman" speaks for the National Environment Agency)."""
    for m in _ACRONYM_IN_BRACKETS.finditer(text):
        found = _NAME_BEFORE.search(text, max(0, m.start() - 90), m.start())
        if m["tail"] and not (found and found["name"].endswith(m["tail"])):
            continue  # (a word after the acronym is the name's own last word, or no part of it)
        if found and _define_acronym(found["name"], m, resolver):
            continue
        if "," in text[max(0, m.start() - 90):m.start()] and (
                listed := _LISTED_NAME_BEFORE.search(text, max(0, m.start() - 90), m.start())):
            # (a name that lists its fields, its initials all in the acronym: "the Department for
            # Environment, Food and Rural Affairs (Defra)")
            _define_acronym(listed["name"], m, resolver, initials_only=True)


def _define_acronym(name: str, m: re.Match, resolver: Entities, initials_only: bool = False) -> bool:
    """Make the acronym ``m`` names another name of the organisation ``name``; returns whether it did."""
    name = LEADING_CONJUNCTION.sub("", name)  # ("But the University and College Union (UCU) said")
    name = RX_THE.sub("", name) if name[:4] in ("The ", "the ") else name
    name = clean_token(name)  # ("the Cauvery Water Management Authority’s (CWMA) direction")
    suffix = m["legal"] or m["tail"] or ""
    if not initials_only and (idx := resolver.find(name)) is not None and resolver.entities[idx].kind == "org":
        for short in dict.fromkeys((m["acr"], m["acr"] + suffix)):
            if (met := resolver.find(short)) is not None and resolver.entities[met].name == short and (
                    _initials_of(name, m["acr"])):
                # "TfL" in a headline, then "Transport for London (TfL)": the acronym, met first
                # as a name of its own, names the organisation in full from now on
                resolver.forget(short)
            resolver.alias(short, idx)
        return True
    if " " in name and _initials_of(name.rsplit(None, 1)[0] if suffix else name, m["acr"]) and (
            initials_only or resolver.find(name) is None):
        # "The Tamizhaga Makkal Katchi (TMK)": a name its initials abbreviate is an organisation's
        # (its legal suffix apart: "The Nigerian National Petroleum Company Limited (NNPC
        # Ltd)"), and its name in full even where the short one was met first
        short = m["acr"] + suffix
        if (idx := resolver.find(short)) is not None and resolver.entities[idx].kind == "org":
            resolver.entities[idx].name = name
            resolver.entities[idx].add_name(name, len(name.split()))
            resolver.alias(name, idx)
        else:
            idx = resolver.org(name)
        resolver.alias(m["acr"], idx)
        resolver.alias(short, idx)
        return True
    return False


# An organisation's word, capitalised, then words that may go on its name in a Romance language.
_ROMANCE_OPENING = re.compile(r"(?<![\w’'-])(?P<org>[A-ZÀ-Ý][\w’'-]+)\s+(?=(?:[a-zà-ÿ][\w’'-]*\s+)?(?:de|du|des|del|d’|d')\b)")


_ROMANCE_SMALL_WORD = re.compile(r" d(?:e|u|es|el) ")


def _romance_orgs(text: str, resolver: Entities) -> list[tuple[int, int]]:
    """ "the Office québécois de la langue française", "the Centre de services scolaire de
    Laval": an organisation named as French, Spanish, Portuguese or Italian name it, its other
    words in lower case, registered in full and noted where the text names it."""
    marks = []
    for m in _ROMANCE_OPENING.finditer(text):
        if m["org"].lower() not in lexicon.ORG_WORDS:
            continue
        words: list[str] = []
        for w in text[m.end():m.end() + 120].split():
            word = w.rstrip(",.;:!?)”\"’'")
            if not word or not romance_tail(words + [word]) and len(words) >= 2:
                break
            words.append(word)
            if word != w:
                break  # (the name ends at its punctuation)
        while words and words[-1] in ROMANCE_PARTICLES:
            words.pop()
        if len(words) >= 2 and romance_tail(words):
            marks.append((m.start(), resolver.org(" ".join([m["org"], *words]))))
    return marks


def _acronyms(text: str, single_at: list[int], single_words: list[str],
              resolver: Entities) -> list[tuple[int, int]]:
    """ "the FBI", "the STM", "the NHS": an acronym after "the" is an organisation's name (not a
    post's: "the CEO", "the MP")."""
    return [(at, resolver.org(word)) for at, word in zip(single_at, single_words)
            if word.isupper() and 2 <= len(word) <= 6 and word.isalpha() and text[at - 4:at] in ("the ", "The ")
            and word.lower() not in lexicon.TITLE_WORDS and word not in lexicon.POST_INITIALS]


_KIND_AFTER = re.compile(r" ([a-z]+)\b(?![’'-])")


def _shared_surname(text: str, runs: list, single_at: list[int], single_words: list[str],
                    resolver: Entities) -> list[tuple[int, int]]:
    """ "Gideon and Evans Kibet, brothers from Kaptarakwa,": a first name alone before "and" and a
    full name of two words shares that name's surname: the person of that full name, marked
    where the first name stands."""
    run_at = {run[0]: run[1] for run in runs}
    marks = []
    for at, word in zip(single_at, single_words):
        other = run_at.get(at + len(word) + 5)
        if (other is None or not text.startswith(" and ", at + len(word)) or len(parts := other.split()) != 2
                or firstnames.gender(word) not in ("m", "f") or word in parts
                or parts[1].lower() in lexicon.ORG_WORDS or parts[1].lower() in lexicon.PLACE_NOUNS):
            continue  # (most words: no first name before "and" and a full name)
        for name, where in ((f"{word} {parts[1]}", at), (other, at + len(word) + 5)):
            if (idx := resolver.person(name, gender=firstnames.gender(name.split()[0]), at=where)) is not None:
                marks.append((where, idx))
    return marks


def _kind_then_word(text: str, single_at: list[int], single_words: list[str],
                    resolver: Entities, runs: list | tuple = ()) -> list[tuple[int, int]]:
    """ "Environmental group Milieudefensie said": one capitalised word right after the kind of
    organisation it is, in lower case, is that organisation's name; so is an acronym, or a
    union's name, after "the" and before its kind ("the RMT union")."""
    marks = []
    # (an acronym opening a sentence after "The" is in a run: "The RMT union said")
    opening = [(at + 4, seq[4:]) for at, seq, _, _ in runs if seq[:4] == "The " and seq[4:].isupper() and " " not in seq[4:]]
    for at, word in [*zip(single_at, single_words), *opening]:
        if at < 2 or text[at - 1] != " " or not text[at - 2].isalpha() or not word.isalpha():
            continue
        if text[max(0, at - 4):at - 1] in ("the", "The") and not text[at - 5:at - 4].isalpha() and (
                kind := _KIND_AFTER.match(text, at + len(word))) and (
                kind[1] in lexicon.ORG_KIND_NOUNS and (word.isupper() or kind[1] == "union")
                and ((known := resolver.find(word)) is None or resolver.entities[known].kind == "org")
                and not firstnames.is_first_name(word)
                and word.lower() not in lexicon.CALENDAR_WORDS and word.lower() not in lexicon.COUNTRIES):
            # "the RMT union", "the Unite union", "the ANC government": the organisation so
            # named (an acronym, or a union's name), which "the union" is
            idx = resolver.org(word)
            resolver.entities[idx].role = resolver.entities[idx].role or kind[1]
            marks.append((at, idx))
            continue
        before = text[text.rfind(" ", max(0, at - 30), at - 1) + 1:at - 1]
        if (before not in lexicon.ORG_KIND_NOUNS or firstnames.is_first_name(word)
                or word.lower() in lexicon.CALENDAR_WORDS or resolver.find(word) is not None):
            continue  # (most words; nor "the network Wednesday")
        if (role := _left_role(text, max(0, at - 80), at)) and org_kind(role):
            marks.append((at, resolver.org(word)))
    return marks


def nickname_spans(text: str, spans: list[Span]) -> list[Span]:
    """The passages that are nicknames inside a name: a word or two, capitalised, quoted between
    a capitalised word and another ("Juan “Chico” Manriquez", "Marcia “Cia” Price")."""
    out = []
    for span in spans:
        if not (span.closed and text[span.start - 1:span.start] == " " and text[span.end:span.end + 1] == " "
                and text[span.end + 1:span.end + 2].isupper()):
            continue
        words = text[span.inner_start:span.inner_end].split()
        before = text[max(0, span.start - 30):span.start - 1].rsplit(None, 1)[-1:]
        if (1 <= len(words) <= 2 and before and before[0][:1].isupper() and before[0].isalpha()
                and all(w[:1].isupper() and w.replace(".", "").replace("-", "").replace("’", "").replace("'", "").isalpha()
                        for w in words)):
            out.append(span)
    return out


def blank(text: str, spans: list[Span], marks_only: bool = False) -> str:
    """The text with the passages ``spans`` (marks and all, or with ``marks_only`` their marks
    alone) as spaces: offsets unchanged."""
    parts, pos = [], 0
    for span in spans:
        if marks_only:
            parts += [text[pos:span.start], " " * (span.inner_start - span.start),
                      text[span.inner_start:span.inner_end], " " * (span.end - span.inner_end)]
        else:
            parts += [text[pos:span.start], " " * (span.end - span.start)]
        pos = span.end
    parts.append(text[pos:])
    return "".join(parts)


def _headed_names(headed: list, resolver: Entities) -> None:
    """The names of headings, kept to complete a surname that no one registered bears."""
    for at, seq, _, _ in headed:
        # (a first name the data set knows opens it: "Late Adonis strike stuns Sundowns" names no one)
        if (parts := _name_parts(seq)) and (parts[4] == _NAMED or parts[4] == _MAYBE and firstnames.is_first_name(
                parts[1].split(None, 1)[0])):
            last = fold(parts[1].split()[-1])
            if last not in resolver.pending and not resolver.bears(last):
                resolver.pending[last] = (parts[1], at + parts[0])


_FAMILY_AFTER = re.compile(r" (?:brothers|sisters|siblings|twins|cousins|family|families|sons|daughters)\b")


def _surnames_alone(text: str, single_at: list[int], single_words: list[str], resolver: Entities,
                    forms: frozenset[str]) -> list[tuple[int, int]]:
    """Where the narration names a person by a surname alone, as (position, entity); the role
    an apposition right after it gives ("Herewini, the head tutor at ...,") is read there."""
    hits = [k for k, word in enumerate(single_words) if word in forms]
    # The people are all registered now: each form is looked up once.
    idx_of = {word: resolver.find(clean_token(word.rstrip(".")))
              for word in {single_words[k] for k in hits}}
    entities = resolver.entities
    marks = []
    for k in hits:
        idx = idx_of[single_words[k]]
        if idx is not None and _FAMILY_AFTER.match(text, single_at[k] + len(single_words[k])):
            continue  # "the Kibet brothers": several of that name, no one of them
        if (aged := _aged_before(text, 0, single_at[k])) and (idx is not None or resolver.bears(fold(single_words[k]))):
            # "The elder Koehn has told his son ...": of the family, the one the age tells, else no one
            # (a surname several bear too: that is what the age is for)
            if (idx := resolver.by_age(single_words[k], aged[1])) is not None:
                marks.append((single_at[k], idx))
            continue
        if idx is not None:
            at = single_at[k]
            if entities[idx].first_at > at and (key := fold(clean_token(single_words[k].rstrip(".")))) in (
                    resolver.pending) and resolver.pending[key][1] < at:
                # "followed Mateo Ortega out of the bar ... after Ortega and two friends": the
                # surname is the one given in full before it, not the namesake named later
                # ("Ortega’s mother, Guadalupe Ortega")
                idx = resolver.from_pending(key)
                if idx is None:
                    continue
                idx_of = {word: resolver.find(clean_token(word.rstrip("."))) for word in idx_of}
            marks.append((at, idx))
            end = at + len(single_words[k])
            if not entities[idx].role and text.startswith(", ", end):
                entities[idx].role = _apposition(text, end, len(text))
    return marks


def _asides(text: str) -> list[tuple[int, int]]:
    """Where the text is no narration: headings (a line of its own in capitals, or with four in
    five of its longer words capitalised and no sentence's end but its last: "MARKET WATCH",
    "Seven Libraries to Close Under Council Plan"), photo captions and credits."""
    out = [(m.start() + 1, m.end()) for m in _CAPTION.finditer(text)]
    if "/" in text:
        out += [m.span() for m in _CREDIT.finditer(text)]
    lines = [(m.start(1), m.end(1), m.group(1)) for m in _SHORT_LINE.finditer(text)]
    if first := _SHORT_LINE.match("\n\n" + text[:170]):  # the text's first line, as if after a blank one
        lines.insert(0, (0, first.end() - 2, first.group(1)))
    for start, end, line in lines:
        words = [w for w in line.split() if len(w) > 3]
        if len(words) >= 2 and 5 * sum(w[0].isupper() for w in words) >= 4 * len(words) and not (
                line.endswith(".") and any(w[0].islower() and w not in _HEADING_SMALL_WORDS for w in words)):
            # (a line that ends with a full stop and holds a word in lower case, not a heading's
            # small word, is a sentence: "Justice Hélène Cardinal of the Ontario Superior Court of
            # Justice delivered the sentence on Wednesday.")
            out.append((start, end))
    merged: list[tuple[int, int]] = []  # sorted, a credit inside its caption merged into it
    for start, end in sorted(out):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


_HEADING_SMALL_WORDS = frozenset("with from into over that this than about after before under upon onto".split())


def _inside(pos: int, ranges: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of the ranges (sorted by their starts, not overlapping)?"""
    k = bisect_right(ranges, (pos, 1 << 62)) - 1
    return k >= 0 and ranges[k][0] <= pos < ranges[k][1]


# (Each pattern begins with the character it needs, which the engine finds at once.)
_SHORT_LINE = re.compile(r"\n\n([^\n.!?:;“”\"‘’]{4,160}+[.!?]?)(?=\n\n|\n?$)")
# A caption's line ("PHOTO: ...", "Caption: ...") and a credit in parentheses ("(Name / Outlet)").
_CAPTION = re.compile(
    r"\n[ \t]*(?:(?:FILE\s+)?PHOTOS?|Photos?|CAPTION|Caption|IMAGE|Image|PICTURE|"
    r"Picture|VIDEO|Video|GRAPHIC|Graphic)\s*[:|][^\n]*")
_CREDIT = re.compile(r"\([^()\n/]{1,60}/[^()\n]{1,60}\)")


def _first_names_alone(text: str, single_at: list[int], single_words: list[str],
                       resolver: Entities, surnames: frozenset[str]) -> list[tuple[int, int]]:
    """Where the narration calls a person by their first name alone ("Ruth renegotiated the
    debt"), as (position, entity); each such person is marked ``first_named``, or ``passing``
    where the first name follows kin ("his wife, Heidi")."""
    firsts = {alias.split()[0]: i for i, ent in enumerate(resolver.entities) if ent.kind == "person"
              for alias in ent.aliases if " " in alias}
    marks = []
    for at, word in zip(single_at, single_words):
        if word in firsts and word not in surnames:
            idx = resolver.find(word)
            if idx is not None:
                ent = resolver.entities[idx]
                if kin_before(text, 0, at):
                    ent.passing = True
                else:
                    ent.first_named = True
                marks.append((at, idx))
    return marks


def _kin_by_first_name(text: str, single_at: list[int], single_words: list[str],
                       resolver: Entities, surnames: frozenset[str]) -> list[tuple[int, int]]:
    """Kin the text names by a first name alone ("His wife, Rania, teaches Arabic", "Their
    daughter Lina, 17,"): a person of that one name, of the kin noun's gender, marked where
    introduced and wherever the narration names them again."""
    # (the character before the space, a kin noun's last letter or its comma, is looked at before
    # the endings are compared)
    if not any(text[at - 2:at - 1] in _KIN_LAST_CHARS and text.endswith(_KIN_ENDINGS, 0, at) for at in single_at):
        return []  # (most texts: no word alone right after a kin noun, found without a scan of the text)
    after_kin = {m.end() for m in _KIN_WORD.finditer(text)}  # (where a word after a kin noun starts)
    introduced: dict[str, int | None] = {}
    marks = []
    for at, word in zip(single_at, single_words):
        idx = introduced.get(word)
        if (idx is None and at in after_kin  # (most words: this test alone)
                and (kin := kin_before(text, 0, at)) and word not in surnames and resolver.find(word) is None
                and (word.lower() in lexicon.FIRST_NAMES or firstnames.is_first_name(word)
                     # (a name no list knows, set off as the kin's, perhaps with its age: "Her
                     # elder son, Rizal, 19,", "Her husband, Misnadi, stayed behind")
                     or text.startswith(", ", at - 2) and (
                         _AGE_AFTER.match(text, at + len(word)) or text.startswith(",", at + len(word))))):
            idx = introduced[word] = resolver.person(word, gender=KIN_GENDER[kin.split()[-1]], passing=True, at=at)
            if idx is not None:
                resolver.entities[idx].kin = kin
        if idx is not None:
            marks.append((at, idx))
    return marks


# Someone introduced by a noun and a name alone: "A woman named Priya", "a man called Tom".
_NAMED_AFTER = re.compile(r"(?<![\w’'-])(?i:an?|one|the)\s+(?:\w+\s+)?(?P<noun>woman|man|girl|boy|listener|reader|"
                          r"viewer|resident|neighbou?r|student|nurse|teacher|driver|worker|caller)\s+"
                          r"(?:named|called)\s+$")
_NOUN_GENDER = {"woman": "f", "girl": "f", "man": "m", "boy": "m"}


# The words right before a name given so (the name opens with a capital A to Z).
_NAME_GIVEN_ENDS = ("named ", "called ", "name ", "name, ", " as ", " by ")


def _named_people(text: str, single_at: list[int], single_words: list[str], resolver: Entities) -> list[tuple[int, int]]:
    """People the narration introduces by a name alone after a noun ("A woman named Priya wrote
    to us"): a person of that name, of the noun's gender, marked where introduced."""
    marks: list[tuple[int, int]] = []
    for at, word in zip(single_at, single_words):
        if not (text.endswith(_NAME_GIVEN_ENDS, 0, at) and "A" <= text[at] <= "Z"):
            continue  # (most words, found without a scan of the text)
        if text.startswith(("named ", "called "), max(0, at - 7)) or text.startswith("named ", at - 6):
            m = _NAMED_AFTER.search(text, max(0, at - 50), at)
        elif text.startswith(("name, ", "name ", " as ", " by "), max(0, at - 6)) or text.startswith((" as ", " by "), at - 4):
            # "a man who gave only his first name, Tom,", "a woman identified only as Maria"
            m = next((f for f in FIRST_NAME_ONLY.finditer(text, max(0, at - 90), at + len(word))
                      if f.start("name") == at), None)
            if m is None and (given := GAVE_NAME.search(text, max(0, at - 50), at + 1)) is not None and given.end() == at:
                # "A 300-level Microbiology student, who gave her name only as Blessing,": whatever
                # the words before, the one who gave the name is its bearer, of that pronoun's gender
                if word.isalpha() and (idx := resolver.person(word, gender=_POSSESSIVE_GENDER[given["poss"]], at=at)) is not None:
                    marks.append((at, idx))
                continue
        else:
            continue
        if m and word.isalpha() and (idx := resolver.person(word, gender=_NOUN_GENDER.get(m["noun"], ""), at=at)) is not None:
            marks.append((at, idx))
    return marks

_POSSESSIVE_GENDER = {"his": "m", "her": "f", "their": ""}


_APPOSITION_OPENING = re.compile(r", (?:who|an?) ")
_AGE_AFTER = re.compile(r", \d{1,3},")  # an age set off after a name: "Marcus, 45,"


def _first_name_people(text: str, single_at: list[int], single_words: list[str], resolver: Entities,
                       surnames: frozenset[str]) -> list[tuple[int, int]]:
    """People the narration introduces by a first name alone and a relative clause ("Tasha,
    who lives on Grey Street, spoke ...", "Next is Dev, who runs a landscaping company"), after
    a noun for a person ("a listener, Marguerite,"), or with an age ("Marcus, 45,"): a person
    of that one name, marked there and wherever the narration names them again."""
    opens = {m.start() for m in _APPOSITION_OPENING.finditer(text)}  # (where ", who " and the like start)
    found: dict[str, int] = {}
    marks = []
    for at, word in zip(single_at, single_words):
        end = at + len(word)
        # (an age opens with ", ": most words are followed by none, and skip the pattern)
        if (age := _AGE_AFTER.match(text, end) if text.startswith(", ", end) else None) is not None:
            end = age.end() - 1  # ("Marcus, 45, was on his way", "Tamika, 27, a home health aide")
        # ("from a listener, Marguerite, in Bristol": a noun for a person before it says it too)
        named = age is not None or text.startswith(", ", at - 2) and _after_person_noun(text, at) or (
            # ("seven-year-old Jules was less worried": an age before it)
            text.startswith("-year-old ", at - 10) and _AGED_BEFORE_NAME.search(text, max(0, at - 30), at) is not None)
        if (idx := found.get(word)) is None and (end in opens or named) and (
                word not in surnames and word.isalpha() and resolver.find(word) is None
                and word.lower() not in _COUNTING_WORDS  # ("One, who had travelled from Newcastle,": one of them)
                and (firstnames.is_first_name(word) or _named_with_who(text, at, word)
                     # (or one name alone, with an age and a role: "Sutrisno, 47, a fisherman")
                     or age is not None and (m := _APPOSITION.on(text).match(text, end, end + 200)) is not None
                     and bool(appos := role_of_apposition(m["appos"]) or "") and _role_headed(appos))):
            role = None
            if end in opens and not text.startswith("who ", end + 2):
                # "Dafydd, a sheep farmer whose son is in Year 5, said": an apposition headed by a
                # role noun says it too, and gives the role
                m = _APPOSITION_RELATIVE.on(text).match(text, end, end + 120) or \
                    _APPOSITION.on(text).match(text, end, end + 200)
                role = role_of_apposition(m["appos"]) if m else None
                if not role or not _role_headed(role):
                    if not named:
                        continue
                    role = None
            idx = resolver.person(word, gender=firstnames.gender(word), role=role, at=at)
            if idx is not None:
                found[word] = idx
        if idx is not None:
            marks.append((at, idx))
    return marks


_AGED_BEFORE_NAME = re.compile(r"(?<![\w-])(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-year-old $")
# A person's noun in apposition before a first name: "from a listener, Marguerite, in Bristol".
_PERSON_NOUNS_BEFORE = lexicon.PEOPLE_NOUNS | {"listener", "reader", "viewer", "caller"}
_PERSON_NOUN_COMMA = re.compile(rf"\b(?:{'|'.join(sorted(_PERSON_NOUNS_BEFORE))}), [A-Z]")
_NOUN_DETERMINED = re.compile(r"\b(?i:a|an|the|our|my|his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+$")


_COMMA_CAPITAL = re.compile(r", [A-Z]")
_LONGEST_PERSON_NOUN = max(map(len, _PERSON_NOUNS_BEFORE))


def _person_noun_comma(text: str) -> bool:
    """Does _PERSON_NOUN_COMMA match anywhere in the text?  Tried only right before each ", "
    and capital: a pattern that begins with its alternatives would be tried at every place."""
    return any(_PERSON_NOUN_COMMA.search(text, max(0, m.start() - _LONGEST_PERSON_NOUN - 1), m.end())
               for m in _COMMA_CAPITAL.finditer(text))


def _after_person_noun(text: str, at: int) -> bool:
    """Does the word at ``at`` stand in apposition after a noun for a person and its
    determiner (``text[at - 2:at]`` is ", ")?"""
    end = at - 2
    return text[text.rfind(" ", max(0, end - 16), end) + 1:end] in _PERSON_NOUNS_BEFORE and (
        _NOUN_DETERMINED.search(text, max(0, end - 40), end) is not None)


def _named_with_who(text: str, at: int, word: str) -> bool:
    """Does a word no list knows as a first name stand as a person introduced, with a clause
    opening with "who" after it, and before it a verb that introduces or a noun for a person
    ("Next is Dev, who runs ...", "a regular named Arj, who", "neighbour Tomi, who")?  (After a
    preposition it is as often a place, "in Iowa, who", or a surname, "to Rubio, who".)"""
    if not text.startswith("who ", at + len(word) + 2) or word.isupper():
        return False
    before = text[max(0, at - 20):at].split()
    return bool(before) and (before[-1] in _INTRODUCING or before[-1] in lexicon.PEOPLE_NOUNS
                             or before[-1] in lexicon.ROLE_NOUNS)


_INTRODUCING = frozenset("is was named called meet meets met".split())
# Words that count people, no one's name at a sentence's start: "One, who had travelled ...".
_COUNTING_WORDS = frozenset("one another both either neither none some several many most few others".split())


def _first_and_last(name: str) -> bool:
    """Is a name two words, a first name the data set knows and a surname ("Annick Doucet",
    not "Another Slaughter" nor "Madison Square Garden")?"""
    words = name.split()
    return len(words) == 2 and firstnames.is_first_name(words[0])


def _confirm_pending(text: str, single_at: list[int], single_words: list[str],
                     resolver: Entities) -> None:
    """A name given in full with no sign of a person ("Olufunmilayo Adebisi's garage") is a
    person's when its last word, alone, shows one: "Adebisi, 52,", "Redbird said"."""
    surnames = {name.split()[-1] for name, _ in resolver.pending.values()}
    surnames |= {form + end for form in surnames for end in ("’s", "'s", ".")}
    # A first name alone shows one too ("says Inês, who is 41", "Marta says"): features call
    # people by their first names, and sisters by nothing else.
    firsts = {first: held for first, held in resolver.pending_first.items() if held is not None}
    for at, word in zip(single_at, single_words):
        key: str | None = fold(clean_token(word.rstrip("."))) if word in surnames else None
        if key is not None and key in resolver.pending:
            held = resolver.pending[key]
        elif word in firsts and not resolver.known(firsts[word][0]) and firstnames.is_first_name(word):
            held, key = firsts[word], None
        else:
            continue
        end = at + len(word)
        sign = person_sign(text, max(0, at - 200), at, end, min(len(text), end + 200))
        if sign and key is not None and _first_and_last(held[0]):
            resolver.from_pending(key, sign[0])  # (named wherever the name in full stood)
        elif sign:
            full, where = held
            resolver.person(full, gender=sign[0], at=where)


_BLANK_LINE = re.compile(r"\n\s*\n\s*")


def _paragraph_pieces(seq: str) -> list[tuple[int, str]]:
    """The parts of a run between its blank lines, each with its offset."""
    out, pos = [], 0
    for m in _BLANK_LINE.finditer(seq):
        out.append((pos, seq[pos:m.start()]))
        pos = m.end()
    out.append((pos, seq[pos:]))
    return out


def _add_run(start: int, seq: str, lo: int, hi: int, runs: list, single_at: list[int],
             single_words: list[str]) -> None:
    """File a run of capitalised words found at ``start``: as a run of two or more, or as words
    alone; a full stop that ends a sentence cuts it."""
    if " " not in seq and "\n" not in seq:
        single_at.append(start)
        single_words.append(seq)
    elif "." in seq:
        for offset, part in _sentence_pieces(seq):
            if " " in part or "\n" in part:
                runs.append((start + offset, part, lo, hi))
            else:
                single_at.append(start + offset)
                single_words.append(part)
    else:
        runs.append((start, seq, lo, hi))


_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")


# (The bracket first, then the look back: `re` skips from bracket to bracket.)
_BRACKETED_HONORIFIC = re.compile(r"\((?<=[\w.] \()(?:Mrs?|Ms|Dr|Prof|Sir|Dame|Chief|Alhaji|Alhaja|Hon)\.?\)(?= [A-Z])")


def _capital_runs(text: str, spans: list[Span]):
    """The capitalised words of the narration (the text outside the passages): the runs of two
    or more, as (position, run, narration start, narration end); and the words alone, as their
    positions and the words (perhaps with a full stop)."""
    gaps = []
    pos = 0
    for span in spans:
        gaps.append((pos, span.start))
        pos = span.end
    gaps.append((pos, len(text)))
    runs: list[tuple[int, str, int, int]] = []
    # Most capitalised words stand alone.
    single_at: list[int] = []
    single_words: list[str] = []
    at_append, word_append = single_at.append, single_words.append
    # "Barr. (Mrs.) Ngozika Ude", "Chief (Dr) Godwin Deemua": an honorific in brackets between
    # a title and a name, read as spaces, so that one run holds them
    runs_text = _BRACKETED_HONORIFIC.sub(lambda m: " " * len(m.group()), text) if "(" in text else text
    capital_runs = _CAPITAL_RUN.on(runs_text).finditer
    for lo, hi in gaps:
        for m in capital_runs(runs_text, lo, hi):
            seq = m.group()
            if " " not in seq and "\n" not in seq:  # most capitalised words stand alone
                at_append(m.start())
                word_append(seq)
            elif "\n" in seq and _BLANK_LINE.search(seq):
                # A run never goes on past a paragraph ("About the Foundation\n\nThe Foundation").
                for offset, part in _paragraph_pieces(seq):
                    _add_run(m.start() + offset, part, lo, hi, runs, single_at, single_words)
            elif "." in seq and not (seq.find(".") == len(seq) - 1 and _LOWER_NEXT.match(text, m.end())):
                _add_run(m.start(), seq, lo, hi, runs, single_at, single_words)
            else:  # (a full stop followed by a lower-case word ends no sentence: "Acme Inc. said")
                runs.append((m.start(), seq, lo, hi))
    return runs, single_at, single_words


_OF_PLACE_END = re.compile(rf"\b(?i:{'|'.join(sorted(w for w in lexicon.ORG_WORDS if w.isalpha()))}) of [A-Z][\w.’'-]*$")


def _joined_orgs(text: str, runs: list, single_at: list[int], single_words: list[str]) -> list:
    """Organisations whose names hold "and" or "&" ("Argyll and Bute Council", "Clyde and Isles
    Ferries"): a capitalised word or run, then "and", then a run that ends with an
    organisation's word, as one run (people named together, "Smith and Jones", stay apart; and
    "the FBI and Justice Department" are two).  Looked for only at runs after an "and"."""
    glued = []
    for j, (at, seq, _, _) in enumerate(runs):
        if text.startswith(" and ", at - 5):
            glue = 5
        elif text.startswith(" & ", at - 3):
            glue = 3
        else:
            continue  # (most runs)
        if (clean_token(seq.split()[-1]).lower() in lexicon.ORG_WORDS or _national_body(seq.split())
                # (or a body's word, then where it is: "the Grain and Graziers Association of SA")
                or _OF_PLACE_END.search(seq) is not None) and (
                text[at - glue - 1:at - glue].isalpha()):
            glued.append((j, at - glue))
    if not glued:
        return runs
    joined: list = []
    dropped_runs: set[int] = set()
    dropped_words: set[int] = set()
    for j, end in glued:  # (end: where what comes before the "and" ends)
        if j in dropped_runs:
            continue
        start_j, other, lo, hi = runs[j]
        k = bisect_right(single_at, end) - 1
        if k >= 0 and single_at[k] + len(single_words[k]) == end and k not in dropped_words:
            at, seq, kind = single_at[k], single_words[k], "word"
        else:
            found = next((r for r, run in enumerate(runs) if run[0] + len(run[1]) == end), None)
            if found is None or found in dropped_runs:
                continue
            at, seq, kind, k = runs[found][0], runs[found][1], "run", found
        if kind == "word" and text.startswith(", ", at - 2) and (head := _HEAD_OF.search(text, max(0, at - 80), at - 2)) and (
                head[1].lower() in lexicon.ORG_WORDS):
            continue  # a list's last words, of a body named for what it is of ("the Ministry of Housing, Communities and Local Government")
        if seq.isupper() or text[max(0, at - 4):at].lower() == "the " and kind == "word" and not names_no_body(seq) and not (
                # (nor a plural after "and", of a body of two groups: "the Grain and Graziers Association")
                names_no_body(other.split()[0])) and not (
                # (two places joined are one body's: "the England and Wales Cricket Board")
                seq.lower() in lexicon.COUNTRIES and other.split()[0].lower() in lexicon.COUNTRIES):
            # ("the FBI and Justice Department", "the Treasury and Justice Department" are two;
            # "the Municipal and General Workers' Union", "the Philippine Atmospheric and Weather
            # Services Office", "the Securities and Exchange Commission" one: no body is named
            # by a plural alone)
            continue
        listed = _listed_before(text, at, runs, single_at, single_words)
        if listed:  # "The Climate Change, Environment and Infrastructure Committee": a body of what it lists
            at = listed[0][1]
            for kind_l, _, idx_l in listed:
                (dropped_runs if kind_l == "run" else dropped_words).add(idx_l)
        joined.append((at, text[at:start_j + len(other)], lo, hi))
        dropped_runs.add(j)
        (dropped_runs if kind == "run" else dropped_words).add(k)
    return _with_joined(runs, joined, dropped_runs, single_at, single_words, dropped_words)


def _listed_before(text: str, at: int, runs: list, single_at: list[int], single_words: list[str]) -> list:
    """The capitalised items of a list before ``at`` ("Climate Change, " before "Environment and
    Infrastructure Committee"), each as (kind, start, index), if the list follows "the": a body
    named for the fields it lists.  Else none."""
    found: list = []
    while text.startswith(", ", at - 2) and len(found) < 3:
        end = at - 2
        k = bisect_right(single_at, end) - 1
        if k >= 0 and single_at[k] + len(single_words[k]) == end:
            item = ("word", single_at[k], k)
        elif (r := next((r for r, run in enumerate(runs) if run[0] + len(run[1]) == end), None)) is not None:
            item = ("run", runs[r][0], r)
            if (owner := max(runs[r][1].rfind("’s "), runs[r][1].rfind("'s "))) > 0:
                # ("Members of the Senedd’s Economy, Transport and ...": the list opens after the owner)
                found.insert(0, ("run", runs[r][0] + owner + 3, r))
                break
        else:
            break
        found.insert(0, item)
        at = item[1]
    if not found:
        return []
    first = text[found[0][1]:found[0][1] + 4]
    # (or an owner's possessive: "the Senedd’s Economy, Transport and Infrastructure Committee")
    return found if first in ("The ", "the ") or text.endswith(("the ", "The ", "’s ", "'s "), 0, found[0][1]) else []



# An organisation's word, then what it is of or for: "Office for Product Safety".
_HEAD_OF = re.compile(r"(?:^|\s)([A-Z][a-z]+) (?:of|for) (?:the )?(?:[A-Z][\w’'-]*,? ){0,3}[A-Z][\w’'-]*$")


def _joined_of(text: str, runs: list, single_at: list[int], single_words: list[str]) -> list:
    """Organisations named for what they are of or for, with "and" in it ("the Office for Product
    Safety and Standards", "the Ministry of Labour and Employment"): a run that opens with an
    organisation's word and "of" or "for", then "and" and a capitalised word, as one run."""
    heads = [(r, glue) for r, (at, seq, _, _) in enumerate(runs)
             # (the glue opens with ", " or " and ": most runs are followed by neither, and skip the pattern)
             if text.startswith((", ", " and "), at + len(seq)) and (glue := _OF_AND.match(text, at + len(seq)))
             and (head := _HEAD_OF.search(seq))
             and head[1].lower() in lexicon.ORG_WORDS]
    if not heads:
        return runs  # (most texts)
    word_at = {at: k for k, at in enumerate(single_at)}
    run_at = {run[0]: r for r, run in enumerate(runs)}
    joined: list = []
    dropped_runs: set[int] = set()
    dropped_words: set[int] = set()
    for r, glue in heads:
        start, _, lo, hi = runs[r]
        # (each word of the list a word alone, none a body's: "the Ministry of Trade, Industry
        # and Energy" is one ministry)
        listed = [word_at.get(m.start()) for m in _CAPITAL_WORD.finditer(text, glue.start(), glue.end())]
        if None in listed or any(single_words[i].lower() in lexicon.ORG_WORDS for i in listed if i is not None) and not (
                # (unless the acronym after the whole abbreviates it: "the Department for Culture,
                # Media and Sport (DCMS)")
                (k := word_at.get(glue.end())) is not None
                and (acr := _ACRONYM_IN_BRACKETS.match(text, single_at[k] + len(single_words[k])))
                and _initials_of(text[start:single_at[k] + len(single_words[k])], acr["acr"])):
            continue
        if (k := word_at.get(glue.end())) is not None and (word := single_words[k].rstrip("."))[-1:].isalpha() and (
                word.lower() not in lexicon.ORG_WORDS or word.lower() in _FIELDS):
            joined.append((start, text[start:single_at[k] + len(word)], lo, hi))
            dropped_runs.add(r)
            dropped_words.add(k)
            dropped_words.update(i for i in listed if i is not None)
        elif (r2 := run_at.get(glue.end())) is not None and r2 not in dropped_runs and len(
                tail := runs[r2][1].split()) <= 3 and lexicon.ORG_WORDS.isdisjoint(
                    # ("Local Government" is a portfolio: "the Ministry of Housing, Communities and
                    # Local Government")
                    w.lower() for w in tail if " ".join(tail) != "Local Government") and (
                not firstnames.is_first_name(tail[0])):
            # "the Institute for Marine and Antarctic Studies": two words after the "and"
            joined.append((start, text[start:runs[r2][0] + len(runs[r2][1])], lo, hi))
            dropped_runs.update((r, r2))
            dropped_words.update(i for i in listed if i is not None)
    return _with_joined(runs, joined, dropped_runs, single_at, single_words, dropped_words)


# How what an organisation is of goes on: " and Employment", ", Industry and Energy".
# Words that end bodies' names and name fields too ("Emergency Management"; "the Office of Budget
# and Management", "the Department of Environment and Health").
_FIELDS = frozenset(("management", "health", "services", "mining", "aquaculture"))
_OF_AND = re.compile(r"(?:, [A-Z][a-z]+){0,3},? and (?:the )?(?=[A-Z])")  # ("Agriculture, Food and the Marine")
_CAPITAL_WORD = re.compile(r"[A-Z][a-z]+")


# Words of a list before the last two joined by "and", after "the": "the Meteorology, ".
_LIST_BEFORE = re.compile(r"(?<=[Tt]he )(?:[A-Z][a-z]+,\s+){1,3}$")


def _listed_orgs(text: str, runs: list, single_at: list[int], single_words: list[str]) -> list:
    """Organisations named for a list of what they do ("the Meteorology, Climatology and
    Geophysics Agency"): the words and commas before a run that holds "and" and ends with an
    organisation's word, after "the", as part of it."""
    joined: list = []
    dropped_runs: set[int] = set()
    dropped_words: set[int] = set()
    for r, (at, seq, lo, hi) in enumerate(runs):
        if " and " not in seq or clean_token(seq.split()[-1]).lower() not in lexicon.ORG_WORDS or not (
                m := _LIST_BEFORE.search(text, max(lo, at - 60), at)):
            continue
        start = m.start()
        dropped_words.update(k for k in range(bisect_left(single_at, start), bisect_left(single_at, at)))
        joined.append((start, text[start:at + len(seq)], lo, hi))
        dropped_runs.add(r)
    return _with_joined(runs, joined, dropped_runs, single_at, single_words, dropped_words)


_FIRST_AND = re.compile(r"(?<![\w’'-])([A-Z][a-z]+) and $")


def _shared_surnames(text: str, runs: list, single_at: list[int], single_words: list[str]) -> list:
    """Two people of one surname named together ("Jada and Jasmine Pruitt"): the first name
    alone before "and", as the first of them, named in full by the second's surname."""
    added = []
    for at, seq, lo, hi in runs:
        words = seq.split()
        if (len(words) == 2 and text.startswith(" and ", at - 5) and (m := _FIRST_AND.search(text, max(lo, at - 30), at))
                and firstnames.is_first_name(m[1]) and firstnames.is_first_name(words[0])
                and words[1].lower() not in lexicon.ORG_WORDS
                # (not a surname the text gives someone: "Clinton and Bernie Sanders")
                and not re.search(rf"[A-Z][\w.’'-]*[ \t]+{m[1]}(?![\w’'-])", text)):
            added.append((m.start(1), f"{m[1]} {words[1]}", lo, hi))
    if not added:
        return runs
    starts = {a for a, _, _, _ in added}
    kept = [(a, w) for a, w in zip(single_at, single_words) if a not in starts]
    single_at[:] = [a for a, _ in kept]
    single_words[:] = [w for _, w in kept]
    return sorted(runs + added)


def _with_joined(runs: list, joined: list, dropped_runs: set[int], single_at: list[int],
                 single_words: list[str], dropped_words: set[int]) -> list:
    """The runs with the ``joined`` ones in place of the runs and words they took in (the words
    alone are dropped from ``single_at`` and ``single_words`` in place)."""
    if not joined:
        return runs
    if dropped_words:
        kept = [(a, w) for k, (a, w) in enumerate(zip(single_at, single_words)) if k not in dropped_words]
        single_at[:] = [a for a, _ in kept]
        single_words[:] = [w for _, w in kept]
    return sorted([run for k, run in enumerate(runs) if k not in dropped_runs] + joined)


_ON_HEADS = frozenset("committee subcommittee commission council board panel institute center centre".split())
_ON_HEAD_ENDS = tuple(w.capitalize() for w in _ON_HEADS)


def _joined_on(text: str, runs: list, single_at: list[int], single_words: list[str]) -> list:
    """Bodies named for what they are on ("the Select Committee on Benghazi", "the Commission on
    Presidential Debates"): a word or run ending with a committee's, commission's or council's
    word, then "on", then a run or a word that is no day or month, as one run."""
    # (the word or run before "on", its narration if a run, and its index)
    heads: list[tuple[int, str, tuple[int, int] | None, int]] = [
        (at, w, None, k) for k, (at, w) in enumerate(zip(single_at, single_words))
        if w.endswith(_ON_HEAD_ENDS) and w.lower() in _ON_HEADS and text.startswith(" on ", at + len(w))]
    heads += [(at, seq, (lo, hi), r) for r, (at, seq, lo, hi) in enumerate(runs)
              if seq.endswith(_ON_HEAD_ENDS) and clean_token(seq.split()[-1]).lower() in _ON_HEADS
              and text.startswith(" on ", at + len(seq))]
    if not heads:
        return runs  # (most texts: no body named for what it is on)
    starts = {run[0]: k for k, run in enumerate(runs)}
    single_starts = {at: k for k, at in enumerate(single_at)}
    joined: list = []
    dropped_runs: set[int] = set()
    dropped_words: set[int] = set()
    for at, seq, bounds, k in heads:
        if bounds is not None and k in dropped_runs:
            continue
        nxt = at + len(seq) + 4
        if (r := starts.get(nxt)) is not None and r not in dropped_runs:
            if not lexicon.CALENDAR_WORDS.isdisjoint(w.lower().rstrip(".,") for w in runs[r][1].split()):
                continue
            end, tail_bounds = nxt + len(runs[r][1]), runs[r][2:]
            dropped_runs.add(r)
        elif (j := single_starts.get(nxt)) is not None and single_words[j].lower().rstrip(".,") not in lexicon.CALENDAR_WORDS:
            end = nxt + len(single_words[j])
            # (a word's narration: to its paragraph's end or the next quotation mark)
            tail_bounds = (max(text.rfind("\n", 0, at) + 1, 0),
                           min((p for p in (text.find(c, end) for c in "\n“\"") if p >= 0), default=len(text)))
            dropped_words.add(j)
        else:
            continue
        joined.append((at, text[at:end], *(bounds or tail_bounds)))
        (dropped_words if bounds is None else dropped_runs).add(k)
    return _with_joined(runs, joined, dropped_runs, single_at, single_words, dropped_words)


def _joined_titles(text: str, runs: list) -> list:
    """Titles whose names hold "and" ("Secretary of Health and Human Services Xavier Becerra",
    "Minister for Sustainability and the Environment Grace Fu"): a run that holds a title word
    and "of" or "for" and no first name after them, then "and" (or "and the"), then a run that
    holds no title word, as one run, so that the title runs to the name."""
    out = runs
    for j in range(len(runs) - 1, 0, -1):
        at, seq, lo, hi = out[j]
        glue = 5 if text.startswith(" and ", at - 5) else 9 if text.startswith(" and the ", at - 9) else 0
        if not glue:
            continue  # (most runs)
        b_at, before, _, _ = out[j - 1]
        if b_at + len(before) != at - glue:
            continue
        if not (_office(before.split()) and not any(t.lower() in TITLE_OR_HONORIFIC for t in seq.split())
                or _portfolio_then_title(before.split(), seq.split())):
            continue
        if out is runs:
            out = list(runs)
        out[j - 1:j + 1] = [(b_at, text[b_at:at + len(seq)], lo, hi)]
    return out


_PORTFOLIO_TITLES = frozenset("minister secretary commissioner spokesman spokeswoman spokesperson".split())


def _portfolio_then_title(before: list[str], after: list[str]) -> bool:
    """Are two runs joined by "and" a portfolio of two parts, its title after the second
    ("Deputy Domestic Trade" and "Cost of Living Minister Datuk Wan Hazrul", as Malaysian and
    Commonwealth news write a minister's title)?  The first holds no first name; the second's
    title word comes after its own portfolio's words."""
    k = next((k for k, t in enumerate(after) if t.lower() in _PORTFOLIO_TITLES), 0)
    return k > 0 and len(after) > k + 1 and not any(
        t.lower() in lexicon.FIRST_NAMES or firstnames.is_first_name(t) or t.lower() in lexicon.ORG_WORDS
        for t in before + after[:k])


def _office(tokens: list[str]) -> bool:
    """Is a run an office with no name ("Secretary of Health", "Minister of State for
    Sustainability"): a title word, then "of" or "for", and no first name after it?"""
    k = next((k for k in range(len(tokens) - 2) if tokens[k].lower() in TITLE_OR_HONORIFIC
              and tokens[k + 1] in ("of", "for")), None)
    return k is not None and not any(
        t.lower() in lexicon.FIRST_NAMES or firstnames.is_first_name(t) for t in tokens[k + 2:])


_PERSONAL_POSSESSIVES = frozenset("his her my our your".split())


def _someones(text: str, lo: int, at: int) -> bool:
    """Does the apposition right before the name at ``at`` open with a person's possessive
    ("Her longtime producer, Calvin Otieno,")?"""
    if not text.startswith(", ", at - 2):
        return False
    start = max(lo, at - 82)
    cut = max(text.rfind(c, start, at - 2) for c in ",.;:!?\n")
    words = text[max(start, cut + 1):at - 2].split(None, 1)
    return bool(words) and words[0].lower() in _PERSONAL_POSSESSIVES


def _maybe_person(text: str, name: str, role: str | None, at: int, offset: int, seq: str, lo: int,
                  hi: int, resolver: Entities) -> int | None:
    """A name that is a person's only with evidence (see ``person_sign``): an organisation
    where its apposition says so ("Halvard Security, the Oslo-based security firm,"), a person
    with a role or a sign, else kept aside until its surname alone shows a person."""
    if (org := resolver.org_ending(name)) is not None or (org := resolver.org_opened(name)) is not None:
        # "Cerro Pardo said", after "Chilean miner Minera Cerro Pardo": that miner; "a Hywel Dda
        # spokesperson", after "Hywel Dda University Health Board": that board
        return org
    if role is None and offset + len(name) == len(seq) and text.startswith(", ", at + len(seq)) and (
            last := _LAST_APPOSITION.on(text).match(text, at + len(seq), min(hi, at + len(seq) + 200))) and (
            (kind := role_of_apposition(last["appos"])) and _names_an_org(kind)):
        role = kind  # "operated by Qullqi Orqo, a unit of China's Jinhe Mining Group.": what it is, at the sentence's end
    if text.startswith(", which ", at + len(seq)) and offset + len(name) == len(seq):
        # (of the run's last name only: "Grand Chief Elwood Spence of the Nelson River Tribal
        # Council, which includes ...": the council)
        return resolver.org(name)  # "Yıldız Boya, which employs 300 people": no one is a "which"
    if role and _names_an_org(role) and not _someones(text, lo, at) and not _kin_before(text, lo, at) and (
            not _AGE_AFTER.match(text, at + len(seq))) and not _WHO_AFTER_APPOSITION.match(text, at + len(seq)) and not (
            # (nor one whose first name the data set knows as a man's or a woman's, where the
            # noun is a person's job too: "Bashir Osman, a heavy-equipment operator")
            firstnames.gender(name.split(None, 1)[0]) in ("m", "f") and " " in name and role_noun(org_kind(role))
            and org_kind(role) not in _COMPANIES_ONLY):
        # (but "his grandson, Jonas Kwissiwa, 24, the plant's senior operator,": kin, of an age,
        # are people, whatever the apposition's noun)
        org = resolver.org(name)  # (but "Her producer, Calvin Otieno," is someone's: a person)
        resolver.entities[org].role = resolver.entities[org].role or role  # ("the association")
        return org
    if role and role.endswith(("’s", "'s")) and not firstnames.is_first_name(name.split(None, 1)[0]):
        role = None  # only whose it is, no role: "Rusdin Hamzah’s Gabungan Rakyat Sabah" is no one
    if role and " of " in name and text.endswith(("the ", "The "), lo, at) and not firstnames.is_first_name(name.split(None, 1)[0]):
        return None  # "Kojo Essel, the Chief Fisherman of Cape Coast,": a post, after "the", no one's name
    if role:
        # (the text's own sign of a gender where the first name shows none: "Governor Adekunle
        # Sowemimo, who had been an ally of the senator, said he was saddened")
        sign = None if _first_name_gender(name) else person_sign(text, lo, at, at + len(seq), hi)
        idx = resolver.person(name, role=role, gender=sign[0] if sign and not sign[1] else "", at=at + offset)
        if idx is not None and not resolver.entities[idx].kin and (kin := kin_before(text, lo, at)):
            resolver.entities[idx].kin = kin  # "Her father, hereditary chief X,": whose kin, with a role too
        return idx
    first = name.split(None, 1)[0]
    if (first.lower() not in STOP_WORDS and not firstnames.is_first_name(first)
            and not _WHO_AFTER.match(text, at + len(seq))  # (not "X, who has woven it ...")
            and _it_follows(text, lo, at, at + len(seq), hi)
            and lexicon.CALENDAR_WORDS.isdisjoint(w.lower() for w in name.split())):
        # "Riverside Harvest said it would double its deliveries": what "it" stands for
        return resolver.org(name)
    if at + offset >= 4 and text[at + offset - 4:at + offset] in ("the ", "The "):
        # No one's name takes "the": "the Chicago Sun-Times reported", "the United States" are
        # no people's (nor, for that alone, organisations); but one of several words is kept, as
        # what an organisation of its last word alone is called in full ("The Hunter Valley
        # Stallions" for "the Stallions confirmed", "the National Treasury" for "Treasury")
        if " " in name:
            last = fold(name.rsplit(None, 1)[1])
            resolver.after_the[last] = name if resolver.after_the.get(last, name) == name else None
        return None
    if sign := person_sign(text, lo, at, at + len(seq), hi):
        if " for " in name and not firstnames.is_first_name(name.split(None, 1)[0]) and not sign[1]:
            # "Transport for NSW said": no one's name holds "for"; an organisation's does
            return resolver.org(name)
        gender, passing = sign
        if gender and not passing and _first_name_gender(name) not in ("", gender):
            # "Calvin Otieno, who has worked on all five of her albums,": a pronoun later in the
            # sentence against the first name's usual gender stands for someone else
            gender = ""
        idx = resolver.person(name, gender=gender, passing=passing and not _speaks_after(text, at + len(seq), hi),
                              at=at + offset)
        if passing and idx is not None:
            resolver.entities[idx].kin = kin_before(text, lo, at)
        return idx
    if _given_name_opens(name) and not _IN_PLACE.search(text, max(0, at + offset - 9), at + offset):
        # "prompting the Ceann Comhairle, Bernadette Ní Ghallchóir, to call for order": a first
        # name the data set knows as a man's or a woman's opens a person's name (not "in Des Moines")
        return resolver.person(name, at=at + offset)
    if _namesake_named(name, resolver) and not _IN_PLACE.search(text, max(0, at + offset - 9), at + offset):
        # "Dewi Huws was more philosophical", after "Mererid Huws ... with her husband": a word
        # that is no title before the surname of a person the text has named is another of
        # that family, a person too
        return resolver.person(name, at=at + offset)
    key = fold(name.split()[-1])
    if (kept := resolver.pending.setdefault(key, (name, at + offset)))[1] != at + offset and kept[0] == name:
        resolver.pending_again.setdefault(key, []).append(at + offset)
    first = name.split(None, 1)[0]
    if first in resolver.pending_first:
        if (held := resolver.pending_first[first]) is not None and held[0] != name:
            resolver.pending_first[first] = None  # "Ines Carvalho", "Ines Pereira": no one alone
    else:
        resolver.pending_first[first] = (name, at + offset)
    return None


_IN_PLACE = re.compile(r"(?<![\w’'-])(?i:in|at|near|outside|across|around|throughout)\s+$")


def _given_name_opens(name: str) -> bool:
    """Does a name of two or three words open with a first name the data set knows as a man's
    or a woman's, and hold nothing that no person's name holds: a surname's particle first ("Van
    Dijk"), a month or a day ("Orlando July"), a place's noun last ("Gordon St", "Des Moines"
    apart), a document's ("Paris Agreement"), a reporting verb ("Said Comey")?"""
    words = name.split()
    low = [w.lower() for w in words]
    return (len(words) in (2, 3) and firstnames.gender(words[0]) in ("m", "f")
            and low[0] not in lexicon.NAME_PARTICLES and low[0] not in lexicon.CUES
            and lexicon.CALENDAR_WORDS.isdisjoint(low) and low[-1] not in lexicon.PLACE_NOUNS
            and low[-1] not in lexicon.LEGAL_TEXTS and low[-1] not in lexicon.DOCUMENT_NOUNS)


def _namesake_named(name: str, resolver: Entities) -> bool:
    """Is a name of two or three words the surname of a person already named, after a first
    name the data set knows (of either gender) and words that are no title, nothing an
    organisation's or a place's name holds, and no common word (which the text writes in lower
    case elsewhere)?"""
    words = name.split()
    low = [w.lower() for w in words]
    return (len(words) in (2, 3) and resolver.bears(fold(words[-1])) and firstnames.is_first_name(words[0])
            and all(w.isalpha() for w in words[:-1])
            and low[0] not in STOP_WORDS and lexicon.TITLE_WORDS.isdisjoint(low) and low[0] not in lexicon.NAME_PARTICLES
            and lexicon.ORG_WORDS.isdisjoint(low) and lexicon.CALENDAR_WORDS.isdisjoint(low)
            and low[-1] not in lexicon.PLACE_NOUNS and low[0] not in lexicon.CUES
            and not any(resolver.written_in_lower_case(w) for w in low[:-1]))


def _people_apart(runs: list) -> list:
    """Runs that name two people joined by "and" ("Morag MacKinnon and Iain MacKinnon"), each
    side a first name the data set knows and more, as two runs; every other run as it is."""
    if not any(" and " in run[1] or "’s " in run[1] or "'s " in run[1] for run in runs):
        return runs  # (most texts)
    out = []
    for at, seq, lo, hi in runs:
        left, _, right = seq.partition(" and ")
        lw, rw = left.split(), right.split()
        if (len(lw) >= 2 and len(rw) >= 2 and firstnames.is_first_name(lw[0]) and firstnames.is_first_name(rw[0])
                and lexicon.ORG_WORDS.isdisjoint(w.lower() for w in lw + rw)):
            out += [(at, left, lo, hi), (at + len(left) + 5, right, lo, hi)]
        elif (m := _OWNER_THEN_MORE.match(seq)) and firstnames.gender(seq.split(None, 1)[0]) in ("m", "f") and (
                lexicon.ORG_WORDS.isdisjoint(clean_token(w).lower() for w in m["owner"].split())):
            # "Theresa Arsenault’s North End kitchen": a person's full name in the possessive, and
            # what is theirs, two runs
            out += [(at, m["owner"], lo, hi), (at + m.start("rest"), m["rest"], lo, hi)]
        else:
            out.append((at, seq, lo, hi))
    return out


# A first name and a surname in the possessive, then more capitalised words.
_OWNER_THEN_MORE = re.compile(r"(?P<owner>[A-Z][\w-]+ [A-Z][\w-]+[’']s) (?P<rest>[A-Z].*)")


# Titles of address or of rank before a name, after which the apposition before the name says the
# role better ("The Mayor of the County of Cork, Cllr Deirdre O’Donovan,"; "the police command
# spokesperson, DSP Kehinde Olaoluwa-Bankole,").
_ADDRESS_TITLES = frozenset("""cllr cllr. clr clr. cr cr. coun. councillor hon. hon
dsp asp ssp acp dcp csp supt supt. insp insp. sgt sgt. det det.""".split())
_AGED_BEFORE = re.compile(rf"(?<![\w’'-])[Tt]he\s+({'|'.join(lexicon.AGE_ORDER)})\s+$")
_AGE_LAST_CHARS = frozenset(word[-1] for word in lexicon.AGE_ORDER)


def _aged_before(text: str, lo: int, at: int) -> re.Match | None:
    """ "The elder" or "the younger" right before the name at ``at`` (not before ``lo``): the
    character before the last is looked at first, as most names follow no such word."""
    if (c := text[at - 2:at - 1]) in _AGE_LAST_CHARS or c.isspace():
        return _AGED_BEFORE.search(text, max(lo, at - 12), at)
    return None


def _register_runs(text: str, runs: list, resolver: Entities) -> list[tuple[int, int]]:
    """Register the names the runs of capitalised words hold, with their roles; returns where
    each run names an entity, as (position, entity)."""
    roles: dict[int, str | None] = {}  # by the run's position: a role is read once per run
    headline = _headline_end(text)
    from_headline: dict[int, str] = {}  # entity -> the role its headline gave it

    def role_of(title: str, lo: int, at: int, seq: str, hi: int) -> str | None:
        if title and title.lower() in _ADDRESS_TITLES and text.startswith(", ", at - 2) and (
                role := _apposition_before(text, lo, at)):
            return role  # "The Mayor of the County of Cork, Cllr Deirdre O’Donovan,": what she is
        if title:
            return title
        if at not in roles:
            roles[at] = _role_near(text, lo, at, at + len(seq), hi)
        return roles[at]

    # (position of the name, its entity if registered, the name, its title, the run, its place).
    # A name registered here keeps its entity: the resolver never files a name anew.
    found = []
    orgs = []
    entities = resolver.entities
    for at, seq, lo, hi in _people_apart(runs):
        parts = _name_parts(seq)
        if parts is None:
            continue
        offset, name, title, honor, kind = parts
        idx = None
        if kind in (_NAMED, _MAYBE) and not (honor or title) and offset + len(name) == len(seq) and (
                _EMPLOYER_AFTER.match(text, at + len(seq))) and resolver.find(name) is None:
            # "Crystal Palace manager Sergio Llorente": the name before a job and a person's name
            # is the employer's, an organisation, whatever first name opens it
            orgs.append((at + offset, resolver.org(name)))
            continue
        if not offset and (aged := _aged_before(text, lo, at)):
            # "The younger Mac Cárthaigh": one of the family named before, no one new
            if (idx := resolver.by_age(name, aged[1])) is not None:
                orgs.append((at, idx))  # (a mark: no role read for it)
            continue
        if kind == _ORG:
            idx = resolver.org(name)
            orgs.append((at + offset, idx))
            if not entities[idx].role and text.startswith(", ", at + len(seq)) and (
                    role := role_of(title, lo, at, seq, hi)) and _names_an_org(role):
                entities[idx].role = role  # "Energy Watch Ghana, a Kumasi-based policy think tank,": what it is
        elif kind == _SINGLE:
            if honor and name.lower() not in TITLE_OR_HONORIFIC:  # (not "Madam Deputy Governor": a form of address)
                if (held := resolver.pending_first.get(name)) is not None and (
                        (last := fold(surname(held[0]))) in resolver.pending and resolver.pending[last][0] == held[0]):
                    # "Bi Mwanaisha", after "Mwanaisha Juma Haji walks ...": the name kept aside,
                    # by its given name and an honorific, a person's
                    idx = resolver.from_pending(last, gender=honor)
                else:
                    idx = resolver.person(name, gender=honor, at=at + offset)
        elif (known := resolver.known(name)) is not None:
            idx = known  # a name met before: decided then (its role is read below if it has none)
            entities[idx].add_name(name, len(name.split()))  # (as the text writes it, not a headline's capitals)
        elif (opened := resolver.name_opening(name, bool(honor or offset))) is not None:
            idx = opened  # "Ms Nurul Huda", after "Ms Nurul Huda Ismail"; "Siti Hajar", after "Siti Hajar Osman"
        elif kind == _NAMED:
            # The text's own sign of a gender, where the first name has none, or of kin.
            sign = None if honor or (_first_name_gender(name)
                                     and not _kin_before(text, lo, at)) else (
                person_sign(text, lo, at, at + len(seq), hi))
            # (kin who speak are no one in passing: "Jayden's father, Wiremu Tuhiwai, ..., said")
            idx = resolver.person(name, gender=honor or (sign[0] if sign else ""),
                                  passing=bool(sign and sign[1]) and not _speaks_after(text, at + len(seq), hi),
                                  at=at + offset)
            if sign and sign[1] and idx is not None:
                entities[idx].kin = kin_before(text, lo, at)
            # The role only counts for a person without one yet: read it only then.
            if idx is not None and not entities[idx].role and (role := role_of(title, lo, at, seq, hi)):
                entities[idx].role = role
                if at < headline:
                    from_headline[idx] = role
        elif kind == _MAYBE and at == 0 < headline and not title and not firstnames.is_first_name(name.split(None, 1)[0]):
            continue  # (a headline's opening capitals with no first name: "Late Adonis strike stuns Sundowns")
        elif kind == _MAYBE:
            idx = _maybe_person(text, name, role_of(title, lo, at, seq, hi), at, offset, seq, lo,
                                hi, resolver)
            if idx is not None and entities[idx].kind == "org":
                orgs.append((at + offset, idx))
        found.append((at + offset, idx, name, title, at, seq, lo, hi))
        # (most runs hold no "of": the pattern, with its long alternation, is tried only on those that do)
        if kind in (_NAMED, _MAYBE) and "of" in seq and (where := _OF_ORG.match(seq, offset + len(name))):
            # "Battalion Chief Ray Szymanski of the Toledo Fire & Rescue Department": the
            # organisation where the person sits is named too
            orgs.append((at + where.start("org"), resolver.org(where["org"])))
    marks = orgs
    for start, idx, name, title, at, seq, lo, hi in found:
        if idx is None:
            idx = resolver.find(name)
        if idx is not None:
            ent = entities[idx]
            if not ent.role:
                ent.role = role_of(title, lo, at, seq, hi)
                if at < headline and ent.role:
                    from_headline[idx] = ent.role
            elif at >= headline and from_headline.get(idx) == ent.role and (
                    (role := role_of(title, lo, at, seq, hi)) and ent.kind == "person"):
                # "Astrid Kvaale, scientist who showed ..." as the headline, then "Astrid Kvaale, a
                # Norwegian-born limnologist whose ...": the story's own words for her
                ent.role = role
                del from_headline[idx]
            marks.append((start, idx))
    return marks


def _headline_end(text: str) -> int:
    """Where a text's first line ends if it is a headline (short, ending no sentence), else 0."""
    end = text.find("\n")
    line = text[:end].rstrip() if end > 0 else ""
    return end if line and len(line) <= 200 and not ends_sentence(line) else 0


def ends_sentence(line: str) -> bool:
    """Does a line end as a sentence does?  A headline does not, even one that ends with a
    quotation's sentence ("Kasich: ‘We Will Win.’"), unless the line holds a sentence before it
    ("Halvorsen Foods will close two plants. The company said: “We regret this.”")."""
    if line.endswith((".", "!", "?")):
        return True
    bare = line.rstrip("”\"’')")
    return bare != line and bare.endswith((".", "!", "?")) and _SENTENCE_INSIDE.search(line) is not None


_SENTENCE_INSIDE = Twin(r"(?<![^\s])\p{Ll}[\p{Ll}’'-]+[.!?]\s+[\p{Lu}“\"‘']")  # (not "Rep. Gwen Graham")


# What marks a name as a person's where the text gives no title or role.  Right after it: an age
# ("Adebisi, 52," / "Tobi Adebisi (24)") or a relative clause only people take ("X, who").
_PERSON_AFTER = re.compile(r"(?:[’']s)?(?:,\s+(?:aged\s+)?\d{1,3}(?:,|\.(?![\d.]))|,\s+who(?:se|m)?\s|\s+\(\d{1,3}\)|"
                           # (perhaps after a member's party and seat in brackets: "Chong Wei Ming (DAP-Padungan) said")
                           rf"(?:\s+\([A-Z]{{2,6}}-[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*)?\))?"
                           rf"\s+(?:{word_trie(CUE_FORMS)})\b(?!\s+[\d$£€]))")  # (not "Acme recalls 310,000 stoves")
# (An age may end the sentence: "says Hùng, 56.")
_WHO_AFTER = re.compile(r",\s+who(?:se|m)?\s")
# An apposition, then "who": a person's ("Tou Yang, a plow operator from MnDOT's Mankato truck
# station, who is no relation to the chair"), whatever its noun.
_WHO_AFTER_APPOSITION = re.compile(r",\s+(?:an?|the)\s[^,.;:“”\"\n]{1,120},\s+who(?:se|m)?\s")
# Right before it: kin, which also tell the gender ("her husband, Tunde Oyelaran").
KIN_GENDER = {
    **dict.fromkeys("husband son father brother widower nephew grandson grandfather uncle".split(), "m"),
    **dict.fromkeys("wife daughter mother sister widow niece granddaughter grandmother aunt".split(), "f"),
}
CHILD_KIN = frozenset("son daughter grandson granddaughter nephew niece".split())
_PARENT_KIN = frozenset("father mother grandfather grandmother uncle aunt".split())
_KIN_ENDINGS = tuple(f" {kin}{sep}" for kin in KIN_GENDER for sep in (" ", ", "))
_KIN_LAST_CHARS = frozenset(ending[-2] for ending in _KIN_ENDINGS)  # (the character before an ending's space)
_KIN_WORD = re.compile(rf" {word_trie(KIN_GENDER)},? ")
_KIN_BEFORE = re.compile(rf"(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[’']s)\s+(?:(?:(?P<age>younger|older|elder|eldest|youngest)|"
                         rf"late|twin|adult|teenage|\d+-year-old)\s+)*(?P<kin>{word_trie(KIN_GENDER)}),?\s$")

# A gendered pronoun later in the sentence that the name begins; the search gives up at the
# sentence's end, at a quotation, and at a capitalised word (someone else may be meant).  An
# object pronoun is no sign: in the name's own clause it stands for someone else ("Clare
# Hughes, who was married to him for eleven years,"); "her" is one when no noun follows it.
_PRONOUN_AHEAD = re.compile(r"(?<![\w’'])(?:(?P<m>he|his|himself)|(?P<f>she|hers|herself|"
                            r"her(?!\s*(?:[^\w\s]|$|(?:to|for|with|and|or|but|as|in|on|at|by|from|"
                            r"about|that|the|a|an|if|when|after|before|into|over|up|out|back|again)\b))))"
                            r"(?![\w’'])")
# Where a pronoun ahead no longer tells of the name: a sentence's end, another name, or another
# person named by a noun ("Folasade Ogunleye-Aina received the senator and his supporters").
_PRONOUN_STOP = re.compile(r"[.!?;:“”\"\n]|\s[A-Z]|\s(?:the|a|an)\s+(?:%s)(?![\w’'-])"
                           % "|".join(sorted(lexicon.ROLE_NOUNS | lexicon.PEOPLE_NOUNS)))
# Before a sentence's subject: nothing, a dateline ("SASKATOON —"), or a short opening phrase
# set off by a comma ("The first winter,"), or a description in apposition to it.
SUBJECT_START = re.compile(r"(?:[\s“”\"]*(?:(?:But|And|So)\s+)?(?:[Ww]hen|[Aa]fter|[Oo]nce|[Ww]hile)\s+|[\s“”\"]*"
                           # a dateline ("SASKATOON —", "IPOH:")
                           r"(?:[A-Z][A-Z.’' -]+(?:,[^\n—–]{0,50})?(?:\s[—–-]+|:)\s*)?"
                           # one or two opening phrases ("The first winter,", "At 5.30am, long
                           # before the sun clears the hills,")
                           r"(?:[A-Z][a-z]*(?:\s+[a-z\d][\w’'.-]*){0,5},\s*(?:[a-z][\w’'-]*(?:\s+[\w’'.-]+){0,9},\s*)?)?"
                           # a description before the name ("The PUP's state publicity
                           # secretary,", "Outside the court, her father,")
                           r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)(?:\s+[\w’'.-]+){1,6},\s*)?)$")


def _kin_before(text: str, lo: int, at: int) -> bool:
    """Is the word before ``at`` a kin noun ("her husband, X"), perhaps before a role in lower
    case ("Her father, hereditary chief X")?  (Most names have none: the pattern is tried only
    then.)"""
    return text.endswith(_KIN_ENDINGS, max(lo, at - 14), at) or (
        (before := _before_role(text, lo, at)) < at and text.endswith(_KIN_ENDINGS, max(lo, before - 14), before))


def _before_role(text: str, lo: int, at: int) -> int:
    """Where a role of one to three words in lower case right before ``at`` opens, after a
    comma ("Her father, hereditary chief X": the place after "father, "), else ``at``."""
    if not (text[at - 1:at] == " " and text[at - 2:at - 1].islower()):
        return at  # (most names: no word in lower case right before them)
    comma = text.rfind(", ", max(lo, at - 40), at)
    if comma < 0:
        return at
    words = text[comma + 2:at].split()
    # (a team's or a body's name may come before the role: "his older brother, Dolphins lock X")
    return comma + 2 if len(words) <= 3 and words[-1].islower() and all(
        w.isalpha() and w.lower() not in STOP_WORDS and w.lower() not in _ROLE_DETERMINERS for w in words) else at


_IT_AHEAD = re.compile(r"(?<![\w’'])(?:(?P<it>it|its|itself)|he|his|him|himself|she|her|hers|herself)(?![\w’'])")


# A sentence's opening phrase that holds "its" and ends right before the subject: the pronoun
# stands for the subject it comes before ("In a statement on its website, X said").
_ITS_OPENING = re.compile(r"\s*(?:In|On|Through|Via|With|From)\s[^,.;:“”\"\n]{0,60}?(?<![\w’'])its\s[^,.;:“”\"\n]{0,60},\s+")


def _clause_start(text: str, lo: int, at: int) -> int:
    """Where the sentence holding ``at`` opens, within its line: after the last full stop before
    it that ends a sentence (not a decimal point or a time's: "At 5.30am")."""
    stop = at
    while (stop := text.rfind(".", lo, stop)) >= 0 and text[stop + 1:stop + 2].isdigit():
        pass
    return max(lo, stop + 1, text.rfind("\n", lo, at) + 1)


def _it_follows(text: str, lo: int, at: int, end: int, hi: int) -> bool:
    """Is the name at ``text[at:end]`` the subject of its sentence, and the first pronoun later
    in the sentence "it" or "its" (an organisation's), not a person's?"""
    start = _clause_start(text, lo, at)
    if _ITS_OPENING.fullmatch(text, start, at):
        return True  # "In a post on its Facebook page, Ness Glen Camanachd said": whose it is, said before
    if not SUBJECT_START.match(text, start, at):
        return False
    limit = min(hi, end + 200)
    if stop := _PRONOUN_STOP.search(text, end, limit):
        limit = stop.start()
    m = _IT_AHEAD.search(text, end, limit)
    return bool(m and m["it"])


_THEN_VERB = re.compile(r"(?:\s*\(\d{1,3}\))?(?:,[^.;:“”\"]{0,160}?,|,)?\s+(?:\w+ly\s+)?(?P<verb>[a-z]+)\b")  # (an age in brackets: "Ciarán Brennan (24), told")


def _speaks_after(text: str, end: int, hi: int) -> bool:
    """Is the name ending at ``end`` the subject of a reporting verb right after it, past an
    apposition ("Wiremu Tuhiwai, who flew to Perth last week, said"), or past the comma that
    closes the apposition the name is ("Kaylee's father, Curtis Loewen, said")?"""
    return bool((m := _THEN_VERB.match(text, end, hi)) and (
        m["verb"] in CUE_FORMS or m["verb"] == "gave" and text.startswith(" evidence", m.end())))  # (a witness's testimony)


def kin_before(text: str, lo: int, at: int) -> str:
    """The kin noun right before the name at ``at`` ("his son, David Ng": "son"), with the word
    for an age among siblings or cousins if any ("his younger brother, Eoin Doyle": "younger
    brother"), or ""."""
    if _kin_before(text, lo, at) and ((m := _KIN_BEFORE.search(text, max(lo, at - 60), at)) or (
            (before := _before_role(text, lo, at)) < at and (m := _KIN_BEFORE.search(text, max(lo, at - 100), before)))):
        return f"{m['age'].lower()} {m['kin']}" if m["age"] else m["kin"]
    return ""


# An aside set off by dashes right after a name, within its sentence: what follows it goes on
# with the name.
_DASH_ASIDE = re.compile(r" [–—] [^–—.!?\n]{1,100}? [–—](?= )")


def person_sign(text: str, lo: int, at: int, end: int, hi: int) -> tuple[str, bool] | None:
    """Does the text mark the name at ``text[at:end]`` as a person's, without a title: (the
    gender it shows, "" if none; whether the person is introduced in passing, as someone's
    kin), or None.  The signs: kin right before it; an age, "who" or a reporting verb right
    after it; a gendered pronoun later in its sentence when it is the sentence's subject."""
    if kin := kin_before(text, lo, at):
        return KIN_GENDER[kin.split()[-1]], True
    gender = ""
    start = _clause_start(text, lo, at)
    if text.startswith((" –", " —"), end) and (aside := _DASH_ASIDE.match(text, end)):
        # "Chong Kah Wai – “Ah Wai” to everyone in his kampung – is already walking his orchard":
        # the sentence goes on after the aside, a nickname's quotation marks and all
        end = aside.end()
        line_end = text.find("\n", end)
        hi = max(hi, line_end if line_end >= 0 else len(text))
    if SUBJECT_START.match(text, start, at):
        limit = min(hi, end + 200)
        if stop := _PRONOUN_STOP.search(text, end, limit):
            limit = stop.start()
        if m := _PRONOUN_AHEAD.search(text, end, limit):
            gender = "m" if m["m"] else "f"
    if gender or _PERSON_AFTER.match(text, end, hi):
        return gender, False
    return None


_HEAD_ENDS = frozenset("of at for in from with to on that which who the a an".split())


def org_kind(role: str) -> str:
    """The kind of organisation an apposition says a name is ("Regina-based canola processor",
    "security firm the credit union hired", "an association representing landlords"), or "":
    its head noun, the last word before a complement, a clause or a participle."""
    head = before = ""
    for k, word in enumerate(role.lower().split()):
        if word in _HEAD_ENDS or k and word.endswith(("ing", "ed")) and head:
            break
        head, before = word, head
    if head == "maker" and before in _PEOPLE_MAKERS:
        return ""  # "a longtime Democratic policy maker": a person
    return head if head in lexicon.ORG_KIND_NOUNS else ""


_PEOPLE_MAKERS = frozenset("policy decision peace deal film law trouble king".split())


# Kinds of business no person is ("German carmaker Hallstein Motorenwerke", though "Hallstein" is
# a man's first name): the lexicon's, but for those a person may be too.
_COMPANIES_ONLY = lexicon.GENERIC_ORG_NOUNS - {"operator", "maker", "carrier", "brewer"}


def _names_an_org(role: str) -> bool:
    return bool(org_kind(role))


def _role_near(text: str, lo: int, at: int, end: int, hi: int) -> str | None:
    """The role the narration gives the name at ``text[at:end]`` (within ``lo``..``hi``): a
    title on its left, or an apposition before it or after it.  Each reading needs a space or a
    comma right there; most names have neither, and are settled here without a call."""
    role = None
    if at - 1 > lo and text[at - 1] == " ":
        role = _left_role(text, lo, at)
    if not role and at - 2 >= lo and text.startswith(", ", at - 2) and not text.startswith(("’s", "'s"), end - 2):
        # (not before a possessive: "The pro-Christie Union Leader, New Hampshire's largest newspaper,")
        # before the name, as a title is: "Kivi's founder and chief executive, Kadri Tamm, a former
        # product designer, ..."
        role = _apposition_before(text, lo, at)
    if not role and text.startswith(", ", end):
        role = _apposition(text, end, hi, at)
    return role or None


def _left_role(text: str, lo: int, at: int) -> str | None:
    """A lower-case title right before a name, after a space: "Republican presidential nominee
    Donald Trump"."""
    end = at - 1
    before = text[text.rfind(" ", lo, end) + 1:end]
    if not before[:1].islower() or not before[-1:].isalpha() or not (
            role_noun(before) or before in _POSITIONS or before in lexicon.ORG_KIND_NOUNS and (
                # (or what kind of organisation the name is: "tenants’ rights group Suara
                # Penyewa"; not a verb: "do not trust Mrs. Clinton")
                (prev := text[max(lo, at - 40):at].split()[-2:-1]) and prev[0].lower() not in STOP_WORDS - {"the", "a", "an"})):
        return None  # the usual case, found without slicing and splitting a window
    words = text[max(lo, at - 80, text.rfind("\n", max(lo, at - 80), at) + 1):at].split()  # (never from a line before)
    taken = [words[-1]]
    for k, w in reversed(list(enumerate(words[-6:-1]))):
        if w.isdigit() and k and words[-6:-1][k - 1][:1].isupper():
            taken.append(w)  # "Ward 14 councillor Sipho Mkhize": a number after its capitalised word
            continue
        if w.lower() in STOP_WORDS or w in CUE_FORMS or w in _PARTICLES_OF_VERBS or not (
                w.replace("-", "").replace("’", "").replace("'", "").isalpha()):
            break  # (nor a verb's particle: "Mostert singled out fast bowler X")
        if w.lower() in _HAVE:  # "Rovers have signed Senegal striker X": the verb and its subject are no title
            while len(taken) > 1 and taken[-1].endswith("ed"):
                taken.pop()
            break
        if len(taken) == 5 and not w[:1].isupper():
            break  # a sixth word only of a name ("BC Wildfire Service fire information officer")
        if k and words[-6:-1][k - 1] == "to" and w[:1].islower() and taken[-1][:1].isupper():
            # a verb after "to", no title, before a capitalised one: "took the catch to remove
            # Heat captain X" (but "according to law professor X")
            break
        taken.append(w)
    return " ".join(reversed(taken))


_HAVE = frozenset("has have had was were is are been".split())
_PARTICLES_OF_VERBS = frozenset("out up off down over".split())
# Places in a team, roles only in lower case right before a name ("sophomore guard Kayla Brandt",
# "running back Isaiah Bell"):
# elsewhere these words are more often something else's.
_POSITIONS = frozenset("guard center centre back cornerback tackle prop".split())


# (A full stop inside a word, "B.Tech", is no end, nor a comma inside a number, "10,000m".)
# A full stop or a comma that ends no apposition, inside a word or a number.
# (a full stop inside a word or a number, or an initial's: "from L.B. Nagar")
_INNER_STOP = r"(?:\.(?=\w)|(?<=[\s.][A-Z])\.(?=\s[A-Z])|(?<=\d),(?=\d{3}))"
_APPOSITION = Twin(
    r",\s+(?P<appos>(?>[^,.;:“”\"\n]{2,160})(?>(?:" + _INNER_STOP + r"[^,.;:“”\"\n]{0,80})*)"
    r"(?:,\s+\p{Lu}(?>[^,.;:“”\"\n]{1,60})(?=,))?),"
)
# An apposition whose relative clause runs on past any comma: "Astrid Kvaale, a Norwegian-born
# limnologist whose experiments on remote Ontario lakes helped persuade ..." -> the noun phrase.
_APPOSITION_RELATIVE = Twin(r",\s+(?P<appos>(?:an?|the)\s(?:[^,.;:“”\"\n]|(?<=\d),(?=\d{3})){2,80}?)\s(?:who|whose|which)\s")
# After an inverted verb, the sentence's end closes one: "said Josip Barišić, 22, a student at
# the University of Split."
_LAST_APPOSITION = Twin(r",\s+(?P<appos>(?:(?:an?|the)\s)?\p{Ll}(?>[^,.;:“”\"\n]{2,120})"
                        r"(?>(?:" + _INNER_STOP + r"[^,.;:“”\"\n]{0,80})*))\.(?=\s|$)")


def _apposition(text: str, at: int, hi: int, name_at: int | None = None) -> str | None:
    """ "X, the head of Y, said" -> "head of Y", from the ", " at ``at`` (after the name at
    ``name_at``, if known)."""
    m = _APPOSITION.on(text).match(text, at, min(hi, at + 200))
    rel_at = at
    if m and m["appos"].isdigit():  # an age first: "Lê Minh Tuấn, 31, a tour guide,"
        rel_at = m.end("appos")
        m = _APPOSITION.on(text).match(text, rel_at, min(hi, at + 200))
    if m is None and text.find(" wh", rel_at, rel_at + 100) > 0 and (
            rel := _APPOSITION_RELATIVE.on(text).match(text, rel_at, min(hi, rel_at + 120))):
        # ("Among the strikers was Hemi Tautahi, 34, a crane driver who has worked ...")
        return role_of_apposition(rel["appos"])
    if m is None and name_at is not None and (prev := text[max(0, name_at - 30):name_at].split()[-2:]) and (
            prev[-1] in CUE_FORMS or " ".join(prev) in CUE_FORMS):  # ("said X", "according to X")
        m = _LAST_APPOSITION.on(text).match(text, at, min(hi, at + 200))
        if m is None and (age := _APPOSITION.on(text).match(text, at, min(hi, at + 200))) and age["appos"].isdigit():
            m = _LAST_APPOSITION.on(text).match(text, age.end("appos"), min(hi, at + 200))
        if m and m["appos"].split(None, 1)[0].lower() not in ("a", "an", "the") and not _role_headed(m["appos"]):
            m = None  # without an article, only a role ("emergency operations director for ...")
    if m and (named := _TITLED_NAME_PHRASE.match(m["appos"])) and firstnames.is_first_name(named["first"]) and (
            COMPLEMENT_WORDS.isdisjoint(named["pre"].split())):
        return None  # "At SMK Limbang, retiree Siti Hajar Osman, 63,": someone else, titled and named; no role
    return role_of_apposition(m["appos"]) if m else None


# A phrase that is a lower-case title and a name: "retiree Siti Hajar Osman".
_TITLED_NAME_PHRASE = re.compile(r"(?P<pre>(?:[a-z-]+\s+){1,3})(?P<first>[A-Z][a-z]+)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*$")


def _role_headed(phrase: str) -> bool:
    """Does a phrase's head noun, the last word before a complement, name a role?"""
    words = phrase.lower().split()
    head = complement_at(words)
    return role_noun(words[head - 1])


_KIN = frozenset("wife husband son daughter father mother brother sister parent widow widower".split())
_RELATIONS = frozenset("partner friend colleague fiance fiancé fiancee fiancée boyfriend girlfriend spouse".split())


# A capitalised owner in the possessive, then lower-case words: "Prairie Harvest’s chief executive".
# (or a seat and a post's initials: "Plaid Cymru's Ceredigion Preseli MS")
_OWNER = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*[’']s(?:(?:\s+[a-z][\w-]*)+|(?:\s+[A-Z][\w-]*){0,3}\s+(?:"
                    + "|".join(sorted(lexicon.POST_INITIALS)) + r"))$")


_ROLE_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "my", "our"))
_BE_WORDS = frozenset("is was are were".split())
_POSSESSIVE_DETERMINERS = frozenset("his her their its my our".split())


# Prepositions whose object may be a role in apposition to the name after it.
_BEFORE_APPOSED = frozenset("with by from to for including alongside".split())
# Words that open a sentence's opening phrase ("In a letter to the Prime Minister, X said").
_OPENING_PREPOSITIONS = frozenset("in on at after before during to from with for by under over as since".split())


def _title_in_capitals(words: list[str]) -> bool:
    """Are these words "the" and a title in capitals that no list knows ("the Ceann Comhairle,
    Bernadette Ní Ghallchóir,"): one or two capitalised words of no organisation or place?"""
    return (words[0] == "the" and len(words) in (2, 3) and all(w[:1].isupper() and w.replace("-", "").isalpha()
                                                                for w in words[1:])
            and not any(w.lower() in lexicon.ORG_WORDS or w.lower() in lexicon.PLACE_NOUNS for w in words[1:]))


def _apposition_before(text: str, lo: int, at: int) -> str | None:
    """ "the company's site manager, Ruth Ambler," -> "company's site manager": a role noun
    phrase set off by commas right before the name (``text[at - 2:at]`` is ", ")."""
    start = max(lo, at - 82)
    cut = max(text.rfind(c, start, at - 2) for c in ",.;:!?\n—–")  # (after a dateline too)
    phrase = text[max(start, cut + 1):at - 2].strip()
    words = phrase.split()
    # A bare role noun opening its sentence, with its complement: "Counsel assisting the
    # inquiry, Tīmoti Parata-Hēnare, said"; "Lawyer for the family, X, said"
    bare = (len(words) > 1 and (cut >= start and text[cut] in ".!?\n" or cut < start == lo)
            and words[0][:1].isupper() and role_noun(words[0].lower())
            and (words[1] in COMPLEMENT_WORDS or words[1].endswith("ing") and words[1].islower()))
    if bare:
        return phrase if len(words) <= 6 else None
    if len(words) > 2:
        # "... and then there is the transport secretary, Louise Hartigan,": from the last
        # determiner, a noun phrase at the end of a clause; after a possessive one whatever
        # comes before ("At one point my charge nurse, Dolores Fitzgerald,")
        k = max((k for k, w in enumerate(words) if w.lower() in _ROLE_DETERMINERS), default=0)
        if k and k < len(words) - 1:
            # (a phrase that opens with a determiner is cut only after a preposition)
            ends_clause = words[0].lower() not in _ROLE_DETERMINERS and (
                words[k].lower() in _POSSESSIVE_DETERMINERS
                or all(w.lower() in STOP_WORDS or w.lower() in _BE_WORDS for w in words[:k]))
            # ("visited the hospital with the party's health spokesman, X,", "A report from the
            # council's chief executive, X,"; not an opening phrase: "In a letter to the Prime
            # Minister, X said")
            after_preposition = (words[k - 1].lower() in _BEFORE_APPOSED
                                 and words[0].lower() not in _OPENING_PREPOSITIONS
                                 # (or a reporting verb's clause: "the council said the developer, X, had")
                                 or words[k - 1] in ("said", "says", "told", "added", "stated")
                                 # (or a verb's object: "prompting the Ceann Comhairle, X, to call")
                                 or words[k - 1].endswith(("ing", "ed")) and words[k - 1].isalpha() and words[k - 1].islower()
                                 and words[k].lower() in ("the", *_POSSESSIVE_DETERMINERS))
            if ends_clause or after_preposition:
                phrase = " ".join(words[k:])
                words = words[k:]
        elif not k and (m := _OWNER.search(phrase)) and m.start() and (
                phrase[:m.start()].split()[-1].lower() in _BEFORE_APPOSED):
            # "criticised by Plaid Cymru's health spokesman, Rhun Owen.": an owner's role after a
            # preposition
            phrase = m.group()
            words = phrase.split()
    if not 1 < len(words) <= (9 if COMPLEMENT_WORDS.intersection(words[2:]) else 6) or not (  # ("The Democratic
            # Renewal Party's chairman in Ogun, Folasade Ogunleye-Aina,")
            words[0].lower() in _ROLE_DETERMINERS
            or _OWNER.match(phrase)):  # "Prairie Harvest’s chief executive, Lorraine Dubyk,"
        return None
    # the head noun: the last word before a complement ("An analyst at Harbour Research")
    head = complement_at(words)
    last = words[head - 1].lower()
    if last in _KIN or last in KIN_GENDER:
        return None  # kin share a surname: "his wife, X Lazar," would merge her with him
    if len(words) == 2 and last in _RELATIONS:
        return None  # "her partner, Sean Walsh,": someone close, no role ("her business partner" is one)
    if last.endswith("s") and (last[:-1] in lexicon.ROLE_NOUNS or last[:-1] in lexicon.PEOPLE_NOUNS):
        return None  # a plural is many people: "one of the 12 million American factory workers, X,"
    if not role_noun(last) and last not in lexicon.TITLE_WORDS and words[head - 1] not in lexicon.POST_INITIALS and not (
            len(words) == 3 and words[0].lower() == "the" and words[1].endswith(("’s", "'s"))
            and words[1][:1].islower() and last.isalpha()) and not _title_in_capitals(words):
        # (but "The rink's third, Aiyana Whitecalf,": a place in a team is a role, whatever its word)
        return None
    if words[0].lower() in ("its", "their", "his", "her", "my", "our"):
        # "its chief executive", "Her longtime producer": whose it is, the role alone does not say
        return phrase.split(None, 1)[1]
    return strip_article(phrase) if words[0].lower() in ("the", "a", "an") else phrase
