"""Resolving a mention to one of the document's entities (``resolve_mention``): a name or an
organisation to its entity (namesakes told apart, ``Entities``), a pronoun to the most salient
person of its gender (``Resolver.pronoun``), a description to the person introduced with that
role, the person just named, kin, or the organisation it speaks for (``Resolver.description``,
``Resolver.just_introduced``, ``Resolver.kin``), a document to whom it credits
(``Resolver.document``)."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from itertools import pairwise
from typing import NamedTuple

from quotecheck import firstnames, lexicon
from quotecheck.entities import (
    CHILD_KIN,
    KIN_GENDER,
    SUBJECT_START,
    Entities,
    fold,
    org_kind,
    person_sign,
)
from quotecheck.latin import Twin
from quotecheck.lexicon import word_trie
from quotecheck.phrases import (
    TITLE_OR_HONORIFIC,
    Mention,
    classify,
    clean_token,
    names_a_person_after,
    role_noun,
    strip_article,
)
from quotecheck.spans import SENTENCE_END, Paragraphs
from quotecheck.subjects import GAVE_NAME, mention_end, sentence_subject

_RX_ROLE_WORDS = Twin(r"[\p{L}.]+")

# The weight of each feature of a pronoun's candidate, in sentences: how many sentences nearer a
# candidate lacking the feature must be to win (see Resolver.pronoun).
SALIENCE = {"subject": 1.0, "spoke": 1.0, "gender": 0.5, "reporter": 1.0}
# How far back (in characters) a namesake counts as just named.
_JUST_NAMED = 600
# How many sentences back a person last named, or last meant by a pronoun of their gender, is
# still what a pronoun stands for, unless the story is about them (see ``Resolver._principal``).
_FAR_SENTENCES = 6
_FAR_CHARACTERS = 3000  # (far more than six sentences: where a pronoun of that gender is looked for)
# The pronouns of each gender as narration writes them, in lower case or opening a sentence (not
# ``_SAME_GENDER_PRONOUN``, which reads a clause in any case: a transcript's "HER" or "HE" in
# capitals is no pronoun of the narration's).
_GENDERED = {"m": re.compile(r"(?<![\w’'-])(?:[Hh]e|[Hh]im|[Hh]is)(?![\w’'-])"),
             "f": re.compile(r"(?<![\w’'-])(?:[Ss]he|[Hh]er|[Hh]ers)(?![\w’'-])")}
# A name in the possessive ("Eric Trump's comments"): no subject.
_POSSESSIVE_NAME = re.compile(r"[\w.’'-]*?(?:\s+[A-Z][\w.’'-]*?)*[’']s(?![\w’'])")


_AFTER_HEAD = frozenset(("of", "at", "for", "in", "from", "with", "on", "to"))


def _names_someone(description: str) -> bool:
    """Does a description name someone or something before its complement ("the Senate
    minority leader", "the Trump campaign", "Clinton's introducer")?  It is then about them."""
    words = description.split()
    if words[0].lower() in ("the", "this", "that", "these", "those"):
        words = words[1:]
    if words and words[-1].lower().strip(".,") in lexicon.IDENTITY_NOUNS:
        return False  # ("the Ohio Republican": a place and a party, no one named)
    for word in words:
        if word.lower() in _AFTER_HEAD:
            return False
        if word[:1].isupper() and word.lower() not in lexicon.IDENTITY_NOUNS and (
                word.lower() not in _PARTY_WORDS) and word not in lexicon.POST_INITIALS:
            # ("the Swede", "the Labour leader"; "the CEC" is a post, no one named)
            return True
    return False


def _head_noun(mention: Mention) -> str:
    """The noun a description is about: the first role or organisation noun after its first
    word, else the last word before its complement ("the 44-year-old owner of X" -> "owner");
    a possessive is never the head ("the firm's chief executive" -> "executive")."""
    text = mention.text
    if mention.name and mention.name in text and (any(f" {w} " in mention.name for w in ("of", "for", "and", "on")) or (
            " " in mention.name and _SPOKESPERSON_AFTER.match(text, text.index(mention.name) + len(mention.name)))):
        # (an organisation's name before the noun holds no head: "a Department for Transport
        # spokesperson", "a Police Scotland spokesperson" is a spokesperson)
        text = text.replace(mention.name, "Name", 1)
    words = [w.lower().strip(".,") for w in text.split()]
    region = []
    capitalised = set()
    for w, written in zip(words[1:], text.split()[1:]):
        if w in _AFTER_HEAD:
            break
        if not w.endswith(("’s", "'s")):
            region.append(w)
            if written[:1].isupper():
                capitalised.add(w)
    for k, w in enumerate(region):
        if w in lexicon.ORG_WORDS and (
                title := next((t for t in region[k + 1:] if t in lexicon.TITLE_WORDS and t not in _INSTITUTIONAL), None)):
            return title  # "the Commission president", "the council leader": the one who holds that office of it
        if w in lexicon.ORG_WORDS and words[0] == "the" and region[k + 1:k + 2] and region[k + 1] in _OFFICIALS:
            return region[k + 1]  # "the union official": a person of it, the one the text introduced
        if w in lexicon.ROLE_NOUNS or w in lexicon.ORG_WORDS:
            return w
    return region[-1] if region else words[-1]


_ROLE_SYNONYMS = {
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
    "senator": ("senator", "sen."),
    "representative": ("representative", "rep.", "congressman", "congresswoman"),
    "governor": ("governor", "gov."),
    "official": ("official", "minister", "secretary", "spokesman", "spokeswoman", "director"),
    # A team's captain is its skipper; a judge may be titled Justice; a teenager is teenage.
    "skipper": ("skipper", "captain"),
    "captain": ("captain", "skipper"),
    # a team's manager is its boss, as sports pages write it
    "manager": ("manager", "boss"),
    # "Her Honour", "His Honor": how a court names its judge
    "honour": ("judge", "magistrate", "justice"),
    "honor": ("judge", "magistrate", "justice"),
    "judge": ("judge", "justice", "magistrate"),
    "teenager": ("teenager", "teenage", "teen"),
    "executive": ("executive", "ceo"),
    "ceo": ("ceo", "executive"),  # "the CEO" is the "chief executive"
    "boss": ("boss", "manager", "chief", "head", "coach"),
    # A lawmaker is a member of a legislature by any title; a left-hander is left-handed.
    "lawmaker": ("lawmaker", "legislator", "senator", "sen.", "representative", "rep.", "congressman",
                 "congresswoman", "assemblyman", "assemblywoman", "mp", "mla", "mpp", "td"),
    # a traditional ruler, as West African and Pacific news calls one ("the monarch", after "the
    # paramount ruler of Kpor-Bera, HRH Chief X")
    **dict.fromkeys(("monarch", "ruler"), ("monarch", "ruler", "king", "queen", "oba", "emir", "sultan", "igwe")),
    # a (police) public relations officer is the spokesperson, as West African news calls one
    **dict.fromkeys(("pro", "ppro"), ("spokesperson", "spokesman", "spokeswoman")),
    "left-hander": ("left-hander", "left-handed"),
    "right-hander": ("right-hander", "right-handed"),
}


_WORD = re.compile(r"[\w-]+")


def _capital_owner(description: str) -> str | None:
    """The name that owns a description, folded ("the Strikers’ captain" -> "strikers"), if any."""
    m = _CAPITAL_OWNER.search(description)
    return fold(m["owner"]) if m else None


_CAPITAL_OWNER = re.compile(r"(?<![\w’'-])(?P<owner>[A-Z][\w-]*)[’']s?(?=\s)")


def _role_matches(head: str, role: str | None) -> bool:
    if not role:
        return False
    if "-" in head:  # "the vice-chairman": the whole compound, as the role writes it
        written = role.lower().replace("‑", "-").split()
        return any(w in written for w in _ROLE_SYNONYMS.get(head, (head,)))
    # (the role's own words, before its complement: "plaintiff in the lawsuit" is no lawsuit)
    # (nor its owner's: "the governor's lead counsel" is no governor)
    if head.upper() in lexicon.POST_INITIALS:
        # "the MS": the one whose role is that post, in words or in initials ("Plaid Cymru Member
        # of the Senedd for the area": its capitalised words' initials hold "MS")
        return head in role.lower().split() or head in "".join(w[0] for w in role.split() if w[:1].isupper()).lower() or (
            any(w in _ROLE_SYNONYMS.get(head, ()) for w in role.lower().split()))
    own = _ROLE_COMPLEMENT.split(role.lower(), 1)[0]
    if 2 < len(head) <= 4 and head.isalpha() and head == "".join(w[0] for w in own.split() if w not in ("and", "the")):
        return True  # "the CFO", of a "chief financial officer": a post by its initials
    words = set(_RX_ROLE_WORDS.findall(_OWNER_WORD.sub(" ", own)))
    # (or the role's words written as one: "the bandleader", introduced as "the band’s leader")
    return any(w in words for w in _ROLE_SYNONYMS.get(head, (head,))) or len(head) > 6 and head == _CLOSED.sub("", own)


def _org_modifiers(description: str, head: str) -> list[str]:
    """The words in lower case between a description's article and its noun ("the fair board":
    "fair"), none of them a possessive or a word of age or size."""
    words = description.lower().split()
    if head not in words:
        return []
    return [w for w in words[1:words.index(head)] if w.isalpha() and w not in _PLAIN_ADJECTIVES]


_PLAIN_ADJECTIVES = frozenset("new old same other local national state federal big small main own".split())


def _headed_by(name_words: list[str], heads: tuple[str, ...], modifiers: list[str]) -> bool:
    """Is an organisation's name headed by one of these nouns (its last word; its first, unless
    "and" follows, as Romance names have it: "Office québécois de la langue française"; or one
    before "of" or "for": "University of Cambridge") and does it hold the description's words?"""
    headed = name_words[-1] in heads or name_words[0] in heads and name_words[1:2] not in (["and"], ["&"]) or any(
        w in heads and after in _HEAD_THEN for w, after in pairwise(name_words))
    return headed and all(w in name_words for w in modifiers)


_HEAD_THEN = frozenset("of for de du des del della di".split())  # ("Arizona Department of Water Resources")


# Words before a post's noun that make it another post ("the goalie coach" is not the head coach).
_RANKS = frozenset("""head assistant deputy associate acting interim vice goalie goalkeeping defensive offensive
batting bowling fielding fitness forwards backs skills kicking""".split())


def _rank_differs(description: str, head: str, role: str | None) -> bool:
    """Does the description hold a word of rank before its noun that the role does not hold there
    ("our goalie coach", of one introduced as "Head coach")?"""
    words = description.lower().split()
    if head not in words or (k := words.index(head)) == 0 or words[k - 1] not in _RANKS:
        return False
    held = (role or "").lower().replace("-", " ").split()
    return head in held and (held[held.index(head) - 1] if held.index(head) else "") != words[k - 1]


def _another_post(description: str, head: str, role: str | None) -> bool:
    """Does the role hold a word of rank before the noun that makes it another post, which the
    description does not hold ("the manager", of one introduced as "assistant manager")?"""
    held = (role or "").lower().replace("-", " ").split()
    if head not in held or not (j := held.index(head)) or held[j - 1] not in _RANKS or held[j - 1] in _SAME_POST:
        return False
    return held[j - 1] not in description.lower().split()


# Ranks that leave the post what it is: "the coach" is the head coach, "the manager" the acting one.
_SAME_POST = frozenset(("head", "acting", "interim"))


_OWNER_WORD = re.compile(r"[\w.-]+[’']s?(?=\s|$)")
_CLOSED = re.compile(r"[’']s\b|[\s-]")  # what goes when a compound is written as one word
_ROLE_COMPLEMENT = re.compile(r"\s(?:in|at|for|of|with|from|on|to|who|whose|which|that)\s")


# A government body is called by any of these words: "the agency" for "the Philippine
# Atmospheric and Weather Services Office", introduced as "the state weather bureau".
_GOVERNMENT_BODIES = ("agency", "bureau", "office", "authority", "service", "administration", "department")
# A regulator or a watchdog is a government body or a commission ("the regulator": "the Office for
# Product Safety and Standards").
_REGULATORS: tuple[str, ...] = (*_GOVERNMENT_BODIES, "commission", "regulator", "watchdog")
_ORG_HEAD_SYNONYMS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("agency", "bureau"), _GOVERNMENT_BODIES),
    **dict.fromkeys(("regulator", "watchdog"), _REGULATORS),
    "tank": ("tank",),  # ("the think tank", "Energy Watch Ghana, a policy think tank")
    # (a club by the words football clubs' names carry: "VfB Rheinhafen", "Crawley Town FC")
    **dict.fromkeys(("club", "side"), ("club", *(mark.lower() for mark in lexicon.CLUB_MARKERS),
                                       "united", "rovers", "wanderers", "athletic", "albion", "hotspur"))}




def _is_business(name: str, head: str = "company") -> bool:
    """Can an organisation be the one "the company" (``head``) stands for?  Any but an
    institution, for "the group" and "the organisation"."""
    words = fold(name).split()
    if " ".join(words) in lexicon.COUNTRIES or name.replace(".", "") in _COUNTRY_INITIALS:
        return False  # ("the US generics market"): a country is no business
    if head in _ANY_ORG:  # a group of people: not an institution ("Temple University")
        return _INSTITUTIONS.isdisjoint(words)
    return _NOT_BUSINESS.isdisjoint(words)  # (not "Brennan Center for Justice")


_ANY_ORG = frozenset(("group", "organisation", "organization"))
_OUTLET_ENDS = frozenset("tv radio channel magazine newspaper times post news press journal herald gazette".split())
_COUNTRY_INITIALS = frozenset(("US", "USA", "UK", "UAE", "EU", "UN", "DRC", "PRC", "ROK"))
# Institutions, no group of people; nor are they, or bodies of members, a business.
_INSTITUTIONS = frozenset("""ministry department agency office government embassy kremlin pentagon
police court parliament senate congress assembly cabinet army navy military administration school
library hospital university college""".split())
_NOT_BUSINESS = _INSTITUTIONS - {"college"} | frozenset("""campaign council committee commission union party
authority center centre institute association society foundation federation organisation
organization board tribunal bureau panel inquiry press news times journal forum""".split())  # (nor the outlet reporting)


class Resolver(Entities):
    """The entities, with the ways a pronoun, a description or a document finds the one it
    means among those named before it, and the document's sentences as far as they need them."""

    def __init__(self, text: str = "", paras: Paragraphs | None = None) -> None:
        super().__init__()
        self.text = text
        self.paras = paras
        self.spoke: list[tuple[int, int]] = []  # (position of an attribution, its entity), in order
        self._sentence_starts: list[int] | None = None
        # Does the text say someone is not named? (Most texts: no; read when first asked.)
        self._anonymous: bool | None = None
        # Does anyone ask, or is anyone asked? (Most texts: no; read when first asked, see ``_anyone_asks``.)
        self._asks: bool | None = None
        self._subjects: dict[tuple[int, int], tuple | None] = {}
        self._quotations: dict[int, int] = {}  # attribution -> where its quotation opens, read once
        self._opened: dict[int, int] = {}  # position -> ``_opened_before`` it, read once
        self._ages: dict[int, int] | None = None  # entity -> the age the text gives them
        self._in_court: bool | None = None  # a report of a court or an inquiry? (read once, see ``_witness``)
        self._named_most: set[int] | None = None  # the people the narration names most (see ``_principal``)
        self._untitled: dict[str, int | None] = {}  # surname -> ``untitled_namesake`` of it, read once
        # The words of the passage whose attribution is being resolved: someone they name is
        # spoken of, not speaking ("“Tyrese felt something on Tuesday ...,” he said").
        self.quoted = ""

    def recent(self, pos: int, limit: int = 60):
        at = bisect_left(self.timeline, (pos, -1))
        for k in range(at - 1, max(-1, at - 1 - limit), -1):
            yield self.timeline[k]

    def _unnamed_subject(self, pos: int) -> bool:
        """Is the person a pronoun at ``pos`` stands for someone the text does not name: is the
        subject of the narration's last sentence before the pronoun (and before the quotation
        the pronoun attributes) an indefinite description of a person ("A neighbour, who asked
        not to be named, said ... “…,” she said", "An aide to the senator"), or kin with no name
        ("Her son, who drove up from Toronto, said")?"""
        if self.paras is None:
            return False
        k = self.paras.index(pos)
        hi = pos
        floor = max(self.paras.starts[k], pos - 600)  # a quotation and its narration are far shorter
        opened = self._opened_before(pos)
        if opened >= 0:
            hi = opened  # the narration before the quotation
            if not self.text[floor:hi].strip() and floor == self.paras.starts[k]:
                if k == 0:
                    return False
                hi = self.paras.ends[k - 1]  # a quotation opening its paragraph: the one before
        lo = self._sentence_start(max(0, hi - 1))
        if hi - lo < 16 and not self.text[lo:hi].strip() and lo > floor:  # (a gap of spaces only)
            # a quotation opening a sentence of its paragraph: the sentence that ends before it
            hi = lo
            while hi > floor and self.text[hi - 1].isspace():  # (no copy of a long text)
                hi -= 1
            lo = self._sentence_start(max(0, hi - 1))
        if GAVE_NAME.search(self.text, max(lo, hi - 300), hi):
            return False  # "A Law student, who gave her name only as Wanjiru, said": named, if by a name alone
        if _COUNTED_OPENS.match(self.text, lo, hi):
            return True  # "One, who had travelled from Newcastle to see Ms Cameron’s show, said she ..."
        if (aged := _AGED_OPENS.match(self.text, lo, hi)) and self.by_age(aged["name"], aged["age"]) is None:
            return True  # "The younger Mac Cárthaigh said ...", of two the text does not tell apart
        if hi > lo and (
                _INDEFINITE_OPENS.match(self.text, lo, hi) or _OPENING_PRONOUN.match(self.text, lo, hi)) and (
                self._says_anonymous() and _ANONYMOUS.search(self.text, lo, hi)):
            # (or "She asked not to be named because she is still negotiating her severance.")
            # "Outside the court, a woman who had sat with the family declined to give her name.",
            # "Another plaintiff, who asked that her name not be used ..., was more cautious."
            return True
        # someone unnamed, set apart by an apposition ("One emergency-room nurse, who asked not to
        # be named ..., said", "Another worker, leaving the parking lot, rolled down his window")
        if hi > lo and (m := _UNNAMED_OPENING.match(self.text, lo, hi)) is not None and (
                m["noun"].lower() in lexicon.PEOPLE_NOUNS or role_noun(m["noun"])):
            return True
        got = self._subject(lo, hi) if hi > lo else None
        if got is None:
            return False
        if got[0].kind != "description":
            return False
        if _NOT_NAMED.match(self.text, got[1] + len(got[0].text), hi):
            return True  # "the young woman, who has not been named, said she ..."
        if self.text[max(0, got[1] - 2):got[1]] == ", " and self.text[max(0, got[1] - 3):got[1] - 2].isalpha() and not (
                self.text.endswith((" them", " those", " us"), 0, got[1] - 2)):  # (but "One of them, a woman who ...")
            # "According to Sarah Jones, a spokeswoman for the Met Office, ...": an apposition of
            # the name before it, not the sentence's subject
            return False
        ment = got[0]
        head = _head_noun(ment)
        first = ment.text.split(None, 1)[0].lower()
        if first in ("my", "our"):
            # "My grandmother grew up in Vicuña ... She used to say, “…”": the speaker's or the
            # writer's own relative or acquaintance, whom the text does not name
            return head in KIN_GENDER or head in lexicon.PEOPLE_NOUNS or head in lexicon.ROLE_NOUNS
        if first in ("her", "his", "their") and head in KIN_GENDER:
            # "Her son, who drove up from Toronto, said he ...": kin the text does not name, who
            # speaks (not "His wife, Jane Doe, said", nor "His wife had warned him")
            return _UNNAMED_KIN_SPEAKS.match(self.text, got[1] + len(ment.text), hi) is not None
        # ("One rock-drill operator said ...", "a woman who runs a day care left us a voicemail";
        # not "A developer has offered them a second site": someone by a role, not said to speak)
        return first in _INDEFINITE and (head in lexicon.PEOPLE_NOUNS or role_noun(head) and any(
            w in _SPEAKS for w in _RX_ROLE_WORDS.findall(self.text, got[1], hi)))

    def _anyone_asks(self) -> bool:
        """Does anyone ask, or is anyone asked?  (Four scans of the whole text: read once, when
        first asked; many texts never are.)"""
        if self._asks is None:
            self._asks = any(w in self.text for w in ("sked ", "ressed ", "uestioned ", "asks "))
        return self._asks

    def _says_anonymous(self) -> bool:
        """Does the text say anywhere that someone is not named?  (Read once, when first asked.)"""
        if self._anonymous is None:
            text = self.text
            self._anonymous = ("name" in text or "anonymity" in text or "identified" in text) and bool(
                _ANONYMOUS.search(text))
        return self._anonymous

    def _subject(self, lo: int, hi: int):
        """``sentence_subject`` of the sentence at ``lo`` (up to ``hi``, its trailing spaces not
        counted), read once: a pronoun's checks ask for the sentence before it more than once."""
        while hi > lo and self.text[hi - 1].isspace():
            hi -= 1
        key = (lo, hi)
        if key not in self._subjects:
            self._subjects[key] = sentence_subject(self.text, lo, hi)
        return self._subjects[key]

    def _opened_before(self, pos: int) -> int:
        """Where the quotation the attribution at ``pos`` follows opens, in its paragraph: the
        last opening mark before it (of straight marks, which open and close alike, the first),
        or -1.  (Read once per position: a pronoun's checks ask again.)"""
        if (opened := self._opened.get(pos)) is None:
            assert self.paras is not None
            floor = max(self.paras.starts[self.paras.index(pos)], pos - 600)  # a quotation and its narration are far shorter
            opened = self._opened[pos] = max(max(self.text.rfind(mark, floor, pos) for mark in _OPENING_MARKS),
                                             self.text.find('"', floor, pos))
        return opened

    def _quotation_before(self, pos: int) -> int:
        """Where the quotation that the attribution at ``pos`` follows right after its closing
        mark ("“…,” he said") opens in its paragraph, or -1."""
        if self.paras is None:
            return -1
        floor = max(self.paras.starts[self.paras.index(pos)], pos - 600)
        closed = max(self.text.rfind(mark, floor, pos) for mark in _CLOSING_MARKS)
        if closed <= floor or self.text[closed + 1:pos].strip(" ,\t"):
            return -1
        if self.text[closed] == '"':
            return self.text.rfind('"', floor, closed)
        return max(self.text.rfind(mark, floor, closed) for mark in _OPENING_MARKS)

    def last_org(self, pos: int, lo: int, kind: str = "") -> int | None:
        """The organisation the narration named last before ``pos`` (and from ``lo``); with
        ``kind``, the last of that kind: one whose name holds the word ("council": "Sheffield
        City Council"), or a business for "company" or "firm"."""
        holding = None  # (one whose name holds the word elsewhere than at its end: "University and College Union")
        for at, idx in self.recent(pos):
            if at < lo:
                break
            ent = self.entities[idx]
            if ent.kind != "org":
                continue
            words = fold(ent.name).split()
            if kind in lexicon.GENERIC_ORG_NOUNS and kind not in _ANY_ORG and _is_business(ent.name, kind) and (
                    later := self.pending_business(pos, max(lo, at + 1))) is not None:
                return later  # (a business named since as a sentence's subject, with no sign of a body yet, comes first)
            if not kind or kind in _ANY_ORG or words[-1] == kind or kind in lexicon.GENERIC_ORG_NOUNS and _is_business(ent.name, kind):
                return idx  # (a "group" is any organisation: "the Alberta Clean Air Network ... a spokesperson for the group")
            if kind in words and holding is None:
                holding = idx
        if holding is not None:
            # (one whose name ends with the word, named further back, before one that only holds
            # it: "Birmingham City Council", not the "Midland Council Staff Union" named since)
            ending = {i for p, i in self.timeline[:bisect_left(self.timeline, (pos, -1))]
                      if self.entities[i].kind == "org" and fold(self.entities[i].name).split()[-1] == kind}
            return ending.pop() if len(ending) == 1 else holding
        return self.pending_business(pos, lo) if kind in lexicon.GENERIC_ORG_NOUNS else None

    def opens_sentence(self, pos: int) -> bool:
        """Does ``pos`` open a sentence, a line, or what follows a colon ("Aberceri flooding:
        Villagers tell inquiry ...")?"""
        before = self.text[max(self._sentence_start(pos), self.text.rfind("\n", 0, pos) + 1):pos]
        return not before.rpartition(": ")[2].strip(" “”\"‘’'")

    def _sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts: after a sentence's end or a paragraph's
        start, whichever is later."""
        if self._sentence_starts is None:
            self._sentence_starts, self._scanned = [], 0
        if pos >= self._scanned:
            # Found as far as needed, to the end of that paragraph: the positions asked about
            # come in the text's order, and most of a document is never asked about.
            hi = self.paras.ends[self.paras.index(pos)] + 1 if self.paras is not None else len(self.text)
            hi = min(len(self.text), max(hi, pos + 1))
            self._sentence_starts += [m.end() for m in SENTENCE_END.on(self.text).finditer(
                self.text, self._scanned, hi)]
            self._scanned = hi
        k = bisect_right(self._sentence_starts, pos)
        start = self._sentence_starts[k - 1] if k else 0
        if self.paras is not None:
            start = max(start, self.paras.starts[self.paras.index(pos)])
        return start

    def _sentence_end(self, pos: int, hi: int) -> int:
        """Where the sentence holding ``pos`` ends (the next one starts), at most ``hi``."""
        self._sentence_start(pos)
        starts = self._sentence_starts or []
        k = bisect_right(starts, pos)
        return min(starts[k], hi) if k < len(starts) else hi

    def _sentences_between(self, a: int, b: int) -> int:
        """How many sentences start after ``a`` up to ``b`` (or up to where the quotation that
        the attribution at ``b`` follows opens): after a sentence's end, or at a
        paragraph's start that no sentence's end came right before (a paragraph that ends in a
        quotation's closing mark, or before a quotation's paragraph)."""
        if (opened := self._quotations.get(b)) is None:
            opened = self._quotations[b] = self._quotation_before(b)  # (the same for every candidate)
        if a < opened < b:
            b = opened  # (from the quotation the pronoun's attribution follows: its sentences are no narration's)
        starts = self._sentence_starts or []
        n = bisect_right(starts, b) - bisect_right(starts, a)
        if self.paras is not None:
            first, last = self.paras.index(a), self.paras.index(b)
            for k in range(first + 1, last + 1):
                j = bisect_right(starts, self.paras.starts[k])
                if not (j and starts[j - 1] > self.paras.starts[k - 1]
                        and not self.text[starts[j - 1]:self.paras.ends[k - 1]].strip()):
                    n += 1
        return n

    def pronoun(self, word: str, pos: int, floor: int, depth: int = 0) -> int | None:
        """The person (or organisation, for "it") a pronoun stands for, ranked by salience
        among those the text named since ``floor`` whose gender agrees:

        - how many sentences back they were last named (the nearer the likelier);
        - whether they were named as a sentence's subject ("Senator John McCain says the
          movement ... boosting Donald Trump ... "…," he said": McCain), or as the subject of a
          reporting verb in the sentence right before ("White House spokesman Josh Earnest said
          Obama has ... “…,” he said": Earnest);
        - whether they are the speaker of the quote before (news goes on quoting one person);
        - whether their gender is known to agree, rather than unknown.

        The weights were set on PolNeAR train with bench/pronouns.py (names turned into
        pronouns); the nearest wins a tie."""
        gender = lexicon.PRONOUN_GENDER.get(word.lower(), "")
        if gender not in ("m", "f", "o"):
            return None
        if gender == "o":
            # the organisation named last, but not one named only after "at", "to", "on",
            # "with" or "from" when another comes before it: where it spoke, or a source's
            # employer ("Tri Karya, listed on the Indonesia Stock Exchange, ... it said")
            orgs = [(p, idx) for p, idx in self.recent(pos) if p >= floor and self.entities[idx].kind == "org"]
            return next((idx for p, idx in orgs if not _BESIDE_BUSINESS.search(self.text, max(0, p - 40), p)),
                        orgs[0][1] if orgs else None)
        if self._unnamed_subject(pos) or _KIN_AND_PRONOUN.search(self.text, max(0, pos - 160), pos):
            # "A neighbour, who asked not to be named, said ... “…,” she said"; "my own son is in
            # Sydney, and he said to me, “…”": the kin the clause before has as its subject
            return None
        latest: dict[int, int] = {}  # entity -> where last named
        asked, asked_end = self._asked_about(pos)
        for p, idx in self.recent(pos):
            if p < floor:
                break
            if asked <= p < asked_end:
                continue  # "Asked about the decision when Rabbitte was pulled down, he said": not Rabbitte
            ent = self.entities[idx]
            # (the byline's pattern last: only for a person who would count)
            if ent.kind == "person" and ent.gender in ("", gender) and idx not in latest and (
                    not _BYLINE_BEFORE.search(self.text, max(0, p - 12), p)):
                # (not "By Jonathan Sing Lian": the reporter, whom no pronoun of the story means)
                latest[idx] = p
        if len(latest) > 1 and self.quoted and (inside := [idx for idx in latest if self._named_in_quote(idx)]) and (
                len(inside) < len(latest)):
            for idx in inside:
                del latest[idx]
        if (pending := self._pending_subject(gender, pos, max(latest.values(), default=floor - 1) + 1,
                                             3 if latest else 1, alone=not latest)) is not None:
            # a full name that opens the sentence before, after everyone else ("Opposite her,
            # Tomás Echeverría plays Iñaki ... “…,” he says"), with no sign of a person but this
            return pending
        if len(latest) > 1 and depth < 2 and (chain := self._pronoun_before(word, pos, floor, depth)):
            # "Tremblay grew up in the town. She says recruiting has been impossible. “…,” she
            # says": the pronoun opening the sentence before stands for someone, named there
            idx, at = chain
            if idx in latest and at > latest[idx]:
                latest[idx] = at
        subjects = set()
        described_reporter = None
        if latest and (described := self._described_before(gender, pos, floor)) is not None:
            # "..., the Taoiseach said he respected Mr de Búrca. “…,” he said": the person the
            # sentence before describes as its subject, named before by that role
            idx, at, reports = described
            if at > latest.get(idx, -1):
                latest[idx] = at
                subjects.add(at)
            if reports:
                described_reporter = idx  # ("The 47-year-old Spaniard confirmed that ...": reports, as a name would)
        if len(latest) > 1 and (answerer := self._asked_before(gender, pos, floor)) is not None and answerer in latest:
            # "Scott Conroy asked Sanders whether ... “…,” he said": the one asked answers (the
            # asker opens the paragraph before as a reporter would, but asked)
            return answerer
        if len(latest) > 1 and (opener := self._paragraph_reporter(gender, pos, floor)) is not None and (
                opener in latest):
            return opener
        reporter = None
        if len(latest) > 1 and (named := self._reporter_before(gender, pos, floor)) is not None:
            # "Mme Marchetti said the council would vote in October. “…,” she said": the person
            # the sentence right before reports as speaking
            idx, at = named
            if idx in latest and at >= self._sentence_start(latest[idx]):
                latest[idx] = max(at, latest[idx])
                subjects.add(latest[idx])
                reporter = idx
        if reporter is None and described_reporter in latest:
            reporter = described_reporter
        if len(latest) < 2:  # no one, or one only: nothing to rank
            best = next(iter(latest), None)
            if best is not None and self._out_of_mind(best, latest[best], pos, gender):
                return None
            if best is not None and not self.entities[best].gender:
                self.entities[best].gender = gender
            return best
        speaker = next((idx for p, idx in reversed(self.spoke) if floor <= p < pos), None)
        self._sentence_start(pos)  # (the sentence ends, found once per document)
        scores = sorted(((-self._sentences_between(p, pos)
                          + SALIENCE["subject"] * (p in subjects or self._is_subject(p) or self._conjoined_subject(p))
                          + SALIENCE["spoke"] * (idx == speaker)
                          + SALIENCE["reporter"] * (idx == reporter)
                          + SALIENCE["gender"] * (self.entities[idx].gender == gender), p, idx)
                         for idx, p in latest.items()), reverse=True)
        if self._sentence_start(scores[0][1]) == self._sentence_start(scores[1][1]) and (
                scores[0][0] == scores[1][0]
                or self._conjoined_subject(max(scores[0][1], scores[1][1]))):
            # two of the same standing in one sentence, or its two subjects, of whom the text
            # tells the gender of both or neither ("Feldner and Albrecht met for two hours. “…,”
            # he said"): which, the text does not tell
            return None
        chosen = scores[0][2]
        if self._out_of_mind(chosen, latest[chosen], pos, gender):
            return None
        if not self.entities[chosen].gender:
            self.entities[chosen].gender = gender
        return chosen

    def _out_of_mind(self, idx: int, p: int, pos: int, gender: str) -> bool:
        """Has the person a pronoun at ``pos`` would stand for, last named at ``p``, gone out of
        the story's mind: no pronoun of their gender in the last ``_FAR_SENTENCES`` sentences
        of narration and more since their name, and not the person the story is about?  A
        writer names again anyone not just talked of; a pronoun that far from every name stands
        for someone the text did not name ("At that moment, the French ambassador ... uttered a
        stage whisper. “…,” he said", where the ambassador's name was not read as one), and a
        wrong name is worse than none."""
        last = p
        hi = self._sentence_start(pos)
        # (the last stretch only: six sentences of narration are far shorter, and a long text stays linear)
        # (a pronoun of their gender in the narration since keeps the person named in mind: "Luay
        # Sami ... came to Clarkston ... Soon, he found ... He got a car ...")
        for last_pronoun in _GENDERED[gender].finditer(self.text, max(p, hi - _FAR_CHARACTERS), hi):
            last = last_pronoun.start()
        return self._sentences_between(last, pos) >= _FAR_SENTENCES and not self._principal(idx)

    def _principal(self, idx: int) -> bool:
        """Is this the person the story is about: named as often as anyone in its narration (a
        profile's subject, whom a feature calls "she" for paragraphs on end)?  Counted once."""
        if self._named_most is None:
            counts: dict[int, int] = {}
            for _, i in self.timeline:
                if self.entities[i].kind == "person":
                    counts[i] = counts.get(i, 0) + 1
            most = max(counts.values(), default=0)
            self._named_most = {i for i, n in counts.items() if n == most}
        return idx in self._named_most

    def _of_a_team(self, description: str) -> bool:
        """Are the capitalised words of a description a team's or an organisation's, no person's
        ("the Pacers guard", "the Hibs boss"): an organisation the text knows, or a plural?"""
        words = [w for w in description.split()[1:] if w[:1].isupper()]
        return bool(words) and all(
            (idx := self.find(w)) is not None and self.entities[idx].kind == "org"
            or idx is None and w.endswith("s") and not w.endswith(("ss", "’s", "'s")) for w in words)

    def _named_in_quote(self, idx: int) -> bool:
        """Does the passage being attributed name this person in the third person, by a first
        name or a surname of theirs (a capitalised word of three letters or more)?"""
        words = {w for alias in self.entities[idx].aliases for w in alias.split()
                 if len(w) > 2 and w[:1].isupper() and w.rstrip(".").lower() not in lexicon.HONORIFICS}
        # (not one of the narration a passage run on past its close holds: "… ,’” Broaddrick said.")
        return any(w in self.quoted  # (a plain test first: most words are not there at all)
                   and re.search(rf"(?<![\w’'-]){re.escape(w)}(?![\w-])(?!\s+(?:said|says|told)\b)", self.quoted)
                   for w in words)

    def _sentence_before(self, pos: int, floor: int) -> tuple[int, int] | None:
        """Where the narration's sentence right before the one at ``pos`` (before the quotation
        it attributes) starts and ends, if after ``floor``."""
        if self.paras is None:
            return None
        opened = self._opened_before(pos)
        here = self._sentence_start(opened if opened >= 0 else pos)
        last = len(self.text[max(floor, here - 600):here].rstrip()) - 1 + max(floor, here - 600)
        if last <= floor:
            return None
        return self._sentence_start(last), last + 1

    def _pronoun_before(self, word: str, pos: int, floor: int, depth: int) -> tuple[int, int] | None:
        """The person the same pronoun stands for where it opens the narration's sentence right
        before the one at ``pos`` (before the quotation it attributes), and where it stands."""
        if self.paras is None or (before := self._sentence_before(pos, floor)) is None:
            return None
        start, _ = before
        m = _OPENING_PRONOUN.match(self.text, start)
        if m is None or m["p"].lower() != word.lower():
            return None
        para = max(self.paras.starts[self.paras.index(start)], start - 600)  # (a bounded look back)
        if any(mark in self.text[para:start] for mark in ('"', "“", "”")):
            return None  # (perhaps inside a quotation)
        idx = self.pronoun(word, m.start("p"), floor, depth + 1)
        return (idx, m.start("p")) if idx is not None else None

    def _of_party_and_state(self, head: str, description: str) -> int | None:
        """The one lawmaker the text tags with the party and the state a description names
        ("the Oregon Democrat": "Sen. Alicia Moreno-Hsu, D-Ore.,", "Rep. X (D-OR)")."""
        words = description.lower().split()
        state = lexicon.US_STATES.get(" ".join(words[1:-1])) if len(words) > 2 and words[0] == "the" else None
        if state is None:
            return None
        found = set()
        for m in _PARTY_TAG.finditer(self.text):
            if m["party"] == _PARTY_LETTER[head] and m["state"].lower() in state and (
                    idx := self.find(m["name"])) is not None and self.entities[idx].kind == "person":
                found.add(idx)
        return found.pop() if len(found) == 1 else None

    def _subject_before(self, pos: int, floor: int) -> int | None:
        """The person named as the subject of the narration's sentence right before the one at
        ``pos`` (before the quotation it attributes), if not named in passing."""
        if (before := self._sentence_before(pos, floor)) is None or (got := self._subject(*before)) is None:
            return None
        if got[0].kind != "name" or (idx := self.find(got[0].name)) is None:
            return None
        ent = self.entities[idx]
        return idx if ent.kind == "person" and not ent.passing else None

    def _asked_before(self, gender: str, pos: int, floor: int) -> int | None:
        """The person the narration's sentence right before the one at ``pos`` says its subject
        asked ("Conroy asked Sanders whether ..."), if of ``gender``."""
        if not self._anyone_asks() or (before := self._sentence_before(pos, floor)) is None:
            return None
        got = self._subject(*before)
        if got is None or got[0].kind != "name":
            return None
        end = mention_end(self.text, got, before[1])
        if not (m := _ASKED_WHOM.match(self.text, end, before[1])):
            return None
        idx = self.find(m["whom"])
        if idx is None or self.entities[idx].kind != "person" or self.entities[idx].gender not in ("", gender):
            return None
        return idx

    def _paragraph_reporter(self, gender: str, pos: int, floor: int) -> int | None:
        """For a quotation that opens its paragraph, the person the paragraph before opens with
        as the subject of a reporting verb ("Priya Raman, 20, a nursing student, said she walks
        home ... Two rows behind her, Pratt shook her head. “…,” she said"), if of ``gender``
        and no later sentence of that paragraph reports anyone."""
        if self.paras is None:
            return None
        k = self.paras.index(pos)
        opened = self._opened_before(pos)
        if k == 0 or opened < 0 or self.text[self.paras.starts[k]:opened].strip():
            return None  # (the quotation does not open its paragraph)
        lo, hi = self.paras.starts[k - 1], self.paras.ends[k - 1]
        if lo < floor or hi <= lo or any(m in self.text[lo:hi] for m in ("“", "\"", "”")):
            return None
        reporters = []
        s = lo
        while s < hi:
            end = self._sentence_end(s, hi)
            got = self._subject(s, end)
            if got is not None and got[0].kind == "name" and (verb := self._reporting_verb(got, end, appositive=True)):
                if verb in _ASKING:
                    return None  # "Conroy asked Sanders whether ... “…,” he said": the answer is the one asked's
                reporters.append(got)
            s = end
            while s < hi and self.text[s].isspace():
                s += 1
        if len(reporters) != 1:
            return None
        idx = self.find(reporters[0][0].name)
        if idx is None or self.entities[idx].kind != "person" or self.entities[idx].gender not in ("", gender):
            return None
        return idx

    def _reporter_before(self, gender: str, pos: int, floor: int) -> tuple[int, int] | None:
        """The person the narration's sentence right before the one at ``pos`` opens with as the
        subject of a reporting verb ("Mme Marchetti said ..."), if of ``gender``; and where the
        name stands."""
        if (before := self._sentence_before(pos, floor)) is None or _OPENING_CLAUSE.match(self.text, before[0]):
            return None  # ("After Glenn Beck asked the conservative ..., D'Souza replied": no opening clause's subject)
        got = self._subject(*before)
        if got is None or got[0].kind != "name" or not self._reports(got, before[1], appositive=True):
            return None
        idx = self.find(got[0].name)
        if idx is None or self.entities[idx].kind != "person" or self.entities[idx].gender not in ("", gender):
            return None
        return idx, got[1]

    def _described_before(self, gender: str, pos: int, floor: int) -> tuple[int, int, bool] | None:
        """The person a definite description opening the narration's sentence right before the
        one at ``pos`` stands for, by the role the text named them with, if of ``gender``; where
        it stands; and whether it is the subject of a reporting verb there ("The 47-year-old
        Spaniard confirmed that ...")."""
        if (before := self._sentence_before(pos, floor)) is None:
            return None
        got = self._subject(*before)
        if got is None or got[0].kind != "description":
            return None
        first = got[0].text.split(None, 1)[0].lower()
        if first in ("her", "his") and len(words := got[0].text.split()) == 2 and (kin := words[1].lower()) in KIN_GENDER:
            # "Her brother is more cautious. “…,” he says": the kin the text named before
            # (unless the sentence names another of that gender by a pronoun: "Her mother stood
            # beside her. “…,” she said" may be either)
            rest = self.text[got[1] + len(got[0].text):before[1]]
            if (_SAME_GENDER_PRONOUN[gender].search(rest) if gender in _SAME_GENDER_PRONOUN else True):
                return None
            idx = self.kin(first, kin, got[1], floor)
            if idx is None or self.entities[idx].gender not in ("", gender):
                return None
            return idx, got[1], self._reports(got, before[1], appositive=True)
        if first != "the":
            return None
        idx = self.description(got[0], got[1], 0)  # (as the description itself is read)
        if idx is None and ((head := _head_noun(got[0])) in lexicon.IDENTITY_NOUNS or _AGED.fullmatch(head)):
            # "The 58-year-old took over the company from his father, Shigeru Watanabe": an age or
            # a nationality goes on naming the one who spoke last
            idx = next((i for q, i in reversed(self.spoke) if q < got[1]), None)
        if idx is None or self.entities[idx].kind != "person" or self.entities[idx].gender not in ("", gender):
            return None
        return idx, got[1], self._reports(got, before[1], appositive=True)

    def document(self, mention: Mention, pos: int) -> int | None:
        """ "…," says the report: a definite document refers back to the last document of that
        kind the text mentioned ("the security firm wrote in a report", "The centre's annual
        report, on the Riverbend Youth Society's website,"), and speaks for the one the
        sentence mentioning it credits: the speaker of its attribution, else the only
        organisation that sentence names."""
        nouns = [w for w in mention.text.lower().split() if w in lexicon.DOCUMENT_NOUNS]
        if not nouns or mention.text.split(None, 1)[0].lower() not in ("the", "this", "that"):
            return None
        earlier = re.compile(rf"(?<![\w’'-]){re.escape(nouns[-1])}(?![\w’'-])", re.IGNORECASE)
        mentions = [m.start() for m in earlier.finditer(self.text, max(0, pos - 3000), pos)]
        for at in reversed(mentions[-3:]):
            start = self._sentence_start(at)
            if self.text[start:at].strip().lower() in ("the", "this", "that"):
                continue  # "The release said ...": the same document again; the one before tells whose
            return self._credited(start, at)
        return None

    def _credited(self, start: int, at: int) -> int | None:
        """Whom the sentence from ``start`` credits for the document named at ``at``."""
        starts = self._sentence_starts or []  # (found by _sentence_start)
        k = bisect_right(starts, at)
        # (the starts are found to the end of the paragraph asked about: none later is the
        # paragraph's end)
        end = starts[k] if k < len(starts) else (
            self.paras.ends[self.paras.index(at)] if self.paras is not None else len(self.text))
        for p, idx in reversed(self.spoke):
            if start <= p < end:
                return idx
        space = self.text.find(" ", at, end)
        if (by := _DOCUMENT_BY.match(self.text, space if space >= 0 else end, end)) is not None:
            # "The staff report from Port Ellis Public Works", "the judgment, authored by Justice
            # Qureshi,": the one it is from (a person the text has named, else an organisation,
            # never a name that opens with a first name)
            name = by["name"][:-1] if by["name"].endswith(".") and by["name"][-2:-1].islower() else by["name"]
            words = name.split()
            if (k := next((k for k in range(1, len(words)) if words[k].lower().rstrip(".") in _CALENDAR_FORMS), 0)) > 1:
                name = " ".join(words[:k - 1])  # "issued by the ... Union on Tuesday", "on Dec. 12": when, no part of whose
            if (words := name.split())[0].lower() in TITLE_OR_HONORIFIC and len(words) > 1:
                name = " ".join(words[1:])  # ("authored by Justice Qureshi")
            owner = self.find(name)
            if owner is not None or firstnames.is_first_name(name.split(None, 1)[0]):
                return owner
            return self.org(name)
        got = sentence_subject(self.text, start, at)
        if got is None and _IN_DOCUMENT_LEAD.fullmatch(self.text, start, at) and (
                whole := sentence_subject(self.text, start, end)) is not None:
            # "In a press release on Tuesday, the Polar Ocean Drilling Consortium said ...", "In a
            # filing with the Tokyo Stock Exchange, the company said": the subject after the
            # opening phrase that names the document
            if whole[0].kind in ("name", "org"):
                return self.named_owner(whole[0].name)
            if whole[0].kind == "description":  # ("the company", "the governor")
                return self.description(whole[0], whole[1], 0)
        if got is None and (named := _OWNED_BY_NAME.match(self.text, start, at)) and not firstnames.is_first_name(
                named["name"].split(None, 1)[0]):
            # "The AgCenter's latest crop summary", "The City of Regina's budget report": whose it is
            return self.named_owner(named["name"])
        if got is None and (owned := _OWNED_BY_DESCRIPTION.match(self.text, start, at)):
            # "The commission's decision, published on Wednesday, ...": whom "the commission" is
            owner = self.org_described(Mention("the " + owned["noun"], "description"), start, 0)
            if owner is not None:
                return owner
        if got is not None and got[0].kind in ("name", "org") and got[0].name and (
                _SAID_IN.match(self.text, named_end := mention_end(self.text, got, at))
                or _AUTHORED.match(self.text, named_end, at)):
            # ("Bishop Rachel Amundsen, who leads the synod, sent the congregation a letter")
            # "Braga said in a statement ... “…,” the statement said": whom the sentence names
            # as its subject, a person's if a person's, else an organisation's
            return self.named_owner(got[0].name)
        if got is not None and got[0].kind == "description" and _SAID_IN.match(self.text, mention_end(self.text, got, at)) and (
                (described := self.description(got[0], got[1], 0)) is not None):
            return described  # "The Edinburgh-based company said in a statement": whom it describes
        # (not one named after another document: "the report ... cited a memo by the FDIC’s
        # inspector general")
        noun_end = self.text.find(" ", at)
        orgs = {idx for p, idx in self.timeline[bisect_left(self.timeline, (start, -1)):]
                if p < end and self.entities[idx].kind == "org" and (p < at or not (
                    _ANOTHER_DOCUMENT.search(self.text, noun_end, p) or _RECIPIENT.fullmatch(self.text, noun_end, p)))}
        # (nor the one it went to: "a filing with the Securities and Exchange Commission")
        if len(orgs) == 1:
            return orgs.pop()
        if self.text[start:at].strip().lower() in ("a", "an", "one"):
            # "An editorial in the Pan-African Journal of Clinical Trials ... called for ...": the
            # document opening the sentence is its owner's
            opening = sentence_subject(self.text, start, end)
            if opening is not None and opening[0].kind == "document" and opening[0].name and not names_a_person_after(
                    self.text[opening[1] + len(opening[0].text):opening[1] + len(opening[0].text) + 40]):
                owner = self.find(opening[0].name)
                if owner is None or self.entities[owner].kind == "org":
                    return owner if owner is not None else self.org(opening[0].name)
        if not orgs and got is None and self.text[start:at].rstrip().lower().endswith(" the") and (
                prior := self._prior_subject(start)) is not None:
            # "Fox News confirmed that Kelly met with Trump. According to the statement, ...": the
            # document the sentence before told of, its subject's
            return prior
        # "The company said in a filing that ...": the organisation the sentence's subject
        # describes, before the document is named.
        if orgs or got is None or got[0].kind != "description":
            return None
        return self.org_described(got[0], got[1], 0)

    def org_described(self, mention: Mention, pos: int, floor: int) -> int | None:
        """The organisation a description stands for ("the commission"), if it stands for one."""
        owner = self.description(mention, pos, floor)
        return owner if owner is not None and self.entities[owner].kind == "org" else None

    def named_owner(self, name: str) -> int:
        """Whom a document's owner, named, is: the person or organisation of that name the text
        knows (a title before it apart: "Auditor-General Meredith Kaye's report"), else an
        organisation of it."""
        if (titled := _titled_name(name)) is not None:
            name = titled.name
        owner = self.find(name)
        return owner if owner is not None else self.org(name)

    def _prior_subject(self, start: int) -> int | None:
        """The organisation or person that opens the sentence before ``start`` as the subject of
        a reporting verb ("Fox News confirmed that ..."), if that sentence names no one else."""
        last = len(self.text[max(0, start - 400):start].rstrip()) + max(0, start - 400) - 1
        if last <= 0:
            return None
        got = sentence_subject(self.text, self._sentence_start(last), last + 1)
        if got is None or got[0].kind not in ("name", "org") or not got[0].name or not self._reports(got, last + 1):
            return None
        return self.find(got[0].name)

    def _reports(self, got: tuple[Mention, int], hi: int, appositive: bool = False) -> bool:
        """Is the subject found at ``got[1]`` that of a reporting verb right after it (with
        ``appositive``, after its apposition too: "Hannah Becker, a tourist from Cologne, said")?"""
        return self._reporting_verb(got, hi, appositive) is not None

    def _reporting_verb(self, got: tuple[Mention, int], hi: int, appositive: bool = False) -> str | None:
        """The reporting verb right after the subject found at ``got[1]`` (see ``_reports``)."""
        end = mention_end(self.text, got, hi)
        ends = [end]
        if appositive and self.text.startswith(", ", end):
            # after the apposition, which may hold commas of its own ("Priya Raman, 20, a nursing
            # student, said")
            ends, close = [], end
            while (close := self.text.find(", ", close + 2, end + 160)) > 0:
                ends.append(close + 1)
        for end in ends:
            verb = self.text[end:min(hi, end + 20)].split(None, 1)[:1]
            if verb and verb[0] in lexicon.CUES:
                return verb[0]
        return None

    def sentence_gender(self, name: str, pos: int) -> str:
        """For a surname alone that several people bear, the gender a pronoun later in its own
        sentence gives it as the sentence's subject ("Pidwerbeski says the switch was easier than
        she feared": the sister, not the brother); "" otherwise."""
        if " " in name or len(self._by_last.get(fold(name), ())) < 2:
            return ""  # (most names)
        end = pos + len(name)
        sign = person_sign(self.text, max(0, pos - 300), pos, end, min(len(self.text), end + 300))
        return sign[0] if sign and not sign[1] else ""

    def namesake_of(self, surname: str, owner: str) -> int | None:
        """Of several people bearing a surname, the one whose role names this organisation
        ("Laurentian's Bouchard", after "Daniel Bouchard, a mining analyst at Laurentian Capital
        Markets")."""
        people = [i for i in self._by_last.get(fold(surname), ()) if self.entities[i].kind == "person"]
        if len(people) < 2:
            return None
        found = [i for i in people if fold(owner) in _WORD.findall(fold(self.entities[i].role or ""))]
        return found[0] if len(found) == 1 else None

    def has_spoken(self, idx: int, near: int | None) -> bool:
        """Has an attribution before ``near`` credited this person?"""
        return near is not None and any(i == idx and p < near for p, i in self.spoke)

    def untitled_namesake(self, surname: str) -> int | None:
        """Of several people of one surname, the one the narration never calls by an honorific
        of their gender, where it so calls all the others: what the surname alone means ("Mrs
        Pugh said" of the defendant's wife, "Pugh said" of the defendant).  (Not a title: an
        official is "Commissioner Kessler" and "Kessler" alike.)"""
        if surname in self._untitled:
            return self._untitled[surname]
        people = [i for i in self._by_last.get(fold(surname), ()) if self.entities[i].kind == "person"]
        if len(people) < 2:
            return None
        titled: set[int] = set()
        for m in re.finditer(rf"(?<![\w’'-])(?P<title>M[rs]s?|Miss)\.?\s+{re.escape(surname)}(?![\w’'-])", self.text):
            if bisect_right(self.passages, m.start()) % 2:
                continue  # (inside a quoted passage: "I told Mr Pugh")
            if (gender := lexicon.HONORIFICS.get(m["title"].lower())) in ("m", "f"):
                titled.update(i for i in people if self.entities[i].gender in ("", gender))
        left = [i for i in people if i not in titled]
        self._untitled[surname] = found = left[0] if len(left) == 1 and titled else None
        return found

    def just_named(self, people: list[int], near: int) -> int | None:
        """ "Former president Bill Clinton said his wife was ... Clinton said": of namesakes, the
        one named as the subject of a sentence within the last few before ``near``."""
        lo = bisect_left(self.timeline, (near - _JUST_NAMED, -1))
        hi = bisect_left(self.timeline, (near, -1))
        for p, idx in reversed(self.timeline[lo:hi]):
            if idx in people and self._is_subject(p) and not _POSSESSIVE_NAME.match(self.text, p):
                return idx  # (not "Eric Trump's comments came after his father ...")
        return None

    def kin(self, owner: str, kin: str, pos: int, floor: int) -> int | None:
        """ "…," her husband said: the person "her" stands for, then the one of that family name
        the kin noun's gender fits ("Mrs Sharma ... her husband" -> Rajesh Sharma).  Spouses
        and children may not share a surname; then no one is named."""
        who = self.pronoun("he" if owner.lower() == "his" else "she", pos, floor)
        if who is None:
            return None
        if self.entities[who].kin.split()[-1:] == [kin]:
            # the one the text introduced by that very noun is what it still stands for, not her
            # kin ("Her mother, Doreen Bighetty, said ... “…,” her mother said")
            return who
        surname = fold(self.entities[who].name).split()[-1]
        gender = KIN_GENDER[kin]
        # (a double-barrelled surname holds a parent's or a spouse's: "Kari Hansen-Ruiz ... her
        # father, Delbert Hansen")
        family = [i for name in dict.fromkeys((surname, *surname.split("-"))) for i in self._by_last.get(name, ())
                  if i != who and self.entities[i].gender in ("", gender)]
        if len(family) > 1:
            # (of several, the one the text introduced by that very noun: "His sister, Rania
            # Khoury," beside "Their mother, Nadia Khoury")
            family = [i for i in family if self.entities[i].kin.split()[-1:] == [kin]] or family
        return family[0] if len(family) == 1 else None

    def _pending_subject(self, gender: str, pos: int, floor: int, reach: int = 1,
                         alone: bool = False) -> int | None:
        """A pronoun with no one since ``floor`` to stand for, after a name given in full with no
        sign of a person yet ("Jillian Soto spoke first. “…,” she said."): that name, a person's
        now, when it opens a sentence (or, with no one else ``alone``, stands in the possessive) at
        most ``reach`` before the pronoun's (or in the pronoun's own), and its first name is
        mostly of the pronoun's gender."""
        if not any(at < pos for _, at in self.pending.values()):
            return None  # (most pronouns: no name waits)
        self._sentence_start(pos)  # (the sentence ends, found once per document)
        # (or, with no one else named, in the possessive, whose first name the data set knows:
        # "The boat shed behind Annick Doucet's house ... “…,” she says"; wherever the name
        # stands again, a headline's name given again in the story)
        found = []
        for key, (name, first) in self.pending.items():
            if firstnames.gender(name.split(None, 1)[0]) != gender:
                continue
            for at in (first, *self.pending_again.get(key, ())):
                if not floor <= at < pos:
                    continue
                back = self._sentences_between(at, pos)
                if (self._is_subject(at) and back <= reach
                        or alone and back <= 3 and self.text.startswith(("’s ", "'s "), at + len(name))):
                    found.append((name, first))
                    break
        if len(found) != 1:
            return None
        name, at = found[0]
        return self.person(name, gender=gender, at=at)

    def _asked_about(self, pos: int) -> tuple[int, int]:
        """Where the sentence of the pronoun at ``pos`` opens with what someone was asked
        ("Asked about the referee's decision, he said"), that phrase, to its comma: whoever it
        names was asked about, and is not asked (but the subject after the comma is: "Asked what
        he plans to do, the elder Kowalczyk pauses"); else nothing before ``pos``."""
        if not self._anyone_asks():
            return pos + 1, pos + 1  # (most texts: no one is asked)
        start = self._sentence_start(pos)
        if (m := _ASKED_OPENS.match(self.text, start, pos)) is None:
            return pos + 1, pos + 1
        # (to the comma before the sentence's subject, past those that open a clause of the
        # question: "Asked about the appeal, when Liam Treacy went down in the square, he said")
        end = (stop.start() if (stop := _SENTENCE_STOP.search(self.text, m.start(), pos)) else pos)
        for comma in _COMMA_THEN_WORD.finditer(self.text, m.start(), end + 20):
            if comma.start() < end and comma["word"].lower() not in _CLAUSE_GOES_ON:
                return m.start(), comma.start()
        return pos + 1, pos + 1

    def _conjoined_subject(self, p: int) -> bool:
        """Is the name at ``p`` the second of two that open a sentence joined by "and" ("Reed and
        Councilmember Tom Haskell spoke with residents", "Steyn, who finished on 58 not out, and
        Mthembu walked off", "Rob Hemi and his neighbour, Stu McKenzie,"): a subject as much as
        the first?"""
        k = self.text.rfind(" and ", max(0, p - 40), p)
        if k < 0:
            return False
        if self.text[k - 1] == "," and _CLAUSE_OPENER.fullmatch(self.text, k + 5, p):
            # "Arizona quarterback Ty Brandt threw for 271 yards, and receiver Andre Loomis caught
            # two": the subject of a clause joined to one its sentence's subject opens
            start = self._sentence_start(p)
            first = self.timeline[bisect_left(self.timeline, (start, -1))][0]
            return first < k and self._is_subject(first)
        if not (all(w[:1].isupper() or w in ("of", "the", "for") or role_noun(w) for w in self.text[k + 5:p].split())
                or _KIN_APPOSITION.fullmatch(self.text, k + 5, p)):
            return False  # (after "and": titles or a role, "guitarist Jack Fenwick", or "his neighbour," before the name)
        lo = bisect_left(self.timeline, (k - 120, -1))
        hi = bisect_left(self.timeline, (k, -1))
        return any(_CONJUNCT.fullmatch(self.text, q, k) and self._is_subject(q) for q, _ in self.timeline[lo:hi])

    def _is_subject(self, p: int) -> bool:
        """Does the name at ``p`` begin its sentence (after a dateline or an opening phrase), or
        is it the name of the subject that opens it after a title ("Justice Carla Engstrom,
        joined by ..., dissented", "Former Democratic candidate Bernie Sanders, who ..., said")?"""
        start = self._sentence_start(p)
        if SUBJECT_START.match(self.text, start, p) is not None:
            # (but not a name in the possessive before someone of theirs named in apposition:
            # "MacIsaac's brother, Darren MacIsaac, said")
            return not ((m := _POSSESSIVE_NAME.match(self.text, p)) and _OWNED_APPOSITION.match(self.text, m.end()))
        if _SOMEONES_THEN_NAME.fullmatch(self.text, start, p):
            return True  # "Outside the courthouse, MacIsaac's brother, Darren MacIsaac, said"
        if p - start > 80 or not self.text[start:start + 1].isupper():
            return False  # (a title is short, and opens the sentence)
        got = self._subject(start, self._sentence_end(p, len(self.text)))
        if got is None or got[0].kind != "name" or self.text.startswith(("The ", "the "), got[1]):
            return False  # (no one's name takes "the": "The Kivi Slate, which goes on sale")
        named = self.text.find(got[0].text, got[1], got[1] + 120)  # (after its title)
        return 0 <= named <= p < named + len(got[0].text)

    def _introduced_unnamed(self, head: str, lo: int, hi: int) -> bool:
        """Does the narration between ``lo`` and ``hi`` introduce someone new, unnamed, by that
        noun ("A negotiator from a Latin American country, who asked not to be named, said")? A
        definite description then stands for that one."""
        if head not in self.text[lo:hi].lower():
            return False
        nouns = "|".join(re.escape(n) for n in _ROLE_SYNONYMS.get(head, (head,)))
        # (opening a sentence: not a named person's apposition, "Dana Omarova, a spokeswoman for X")
        return re.search(rf"(?:^|[.!?][”\"’]?\s+|\n\s*)(?:An?|One|Another)\s+(?:[\w-]+\s+){{0,3}}?(?:{nouns})\b(?!\s+[A-Z])",
                         _QUOTED.sub(" ", self.text[lo:hi])) is not None

    def _same_described_before(self, head: str, mention: Mention, pos: int) -> int | None:
        """ "The Strikers’ captain said ... “…,” the skipper said": where the narration's sentence
        right before opens with a definite description of the same role, the one that stands for."""
        if self.paras is None or (before := self._sentence_before(pos, 0)) is None:
            return None
        got = self._subject(*before)
        if got is None or got[0].kind != "description" or got[0].text.split(None, 1)[0].lower() != "the":
            return None
        other = _head_noun(got[0])
        if other == head or other in _ROLE_SYNONYMS.get(head, ()) or head in _ROLE_SYNONYMS.get(other, ()):
            return self.description(got[0], got[1], 0, chained=True)
        return None

    def description(self, mention: Mention, pos: int, floor: int, chained: bool = False) -> int | None:
        head = _head_noun(mention)
        if head in ("counterpart", "nation") or head in lexicon.AFFILIATION_NOUNS:
            # (many in a story share a party: "the Wisconsin Republican" is who was just named;
            # "the nation" is mostly the country, whatever First Nation the text names)
            return None
        if head == "witness" and mention.text.split(None, 1)[0].lower() == "the" and not chained:
            return self._witness(pos, floor)
        org_head = head in lexicon.ORG_WORDS or head in lexicon.GENERIC_ORG_NOUNS or head in _ORG_HEAD_SYNONYMS
        owner = _capital_owner(mention.text)
        if not chained and not (head in lexicon.ORG_WORDS or head in lexicon.GENERIC_ORG_NOUNS) and (
                described := self._same_described_before(head, mention, pos)) is not None:
            return described
        holding = None  # an organisation whose name holds the noun, not headed by it (see below)
        passed: set[int] = set()
        modifiers = _org_modifiers(mention.text, head)
        generic = None  # "the company": the last business named as a sentence's subject, else the last
        named_after = None  # "an economist at Standard Bank": where someone works, named after "at"
        ranked = None  # one whose post is the noun's with a rank the description does not give
        for p, idx in self.recent(pos):
            if p < floor:
                break
            ent = self.entities[idx]
            if org_head:
                heads = _ORG_HEAD_SYNONYMS.get(head, (head,))
                if ent.kind == "org" and fold(ent.name).split()[-1] in _OUTLET_ENDS and head not in _OUTLET_ENDS:
                    continue  # ("Doyle told Wanderers TV": the club's channel, an outlet, not "the club")
                if ent.kind == "org" and (any(h in (name_words := fold(ent.name).split()) for h in heads)
                                          or ent.role and org_kind(ent.role) in heads):
                    # "the association": "Dalmatian Hosts, an association representing ..."; "the
                    # bank" is the one the story is about, not one a source works at
                    if not _AFTER_PREPOSITION.search(self.text, max(0, p - 12), p):
                        if idx in passed:
                            continue
                        if _headed_by(name_words, heads, modifiers) or ent.role and org_kind(ent.role) in heads:
                            return idx
                        # (one that only holds the word, or lacks the description's own words, yields
                        # to one of that kind named further back: "the university" is the University
                        # of Cambridge, not the University and College Union; "the fair board" the
                        # County Fair Board, not the Board of County Commissioners)
                        holding = idx if holding is None else holding
                        passed.add(idx)
                        continue
                    named_after = idx if named_after is None else named_after
                    continue
                if ent.kind == "org" and head in lexicon.GENERIC_ORG_NOUNS and _is_business(ent.name, head):
                    employs = self.text.startswith(ent.name, p) and _JOB_THEN_NAME.match(self.text, p + len(ent.name))
                    if self._is_subject(p) and not employs:
                        return idx
                    if employs or _BESIDE_BUSINESS.search(self.text, max(0, p - 40), p):
                        # ("Harbor Point Securities analyst Melissa Tran": whom a source works
                        # for; "its statement to the ASX": where it spoke, or a firm a source
                        # works at, last of all)
                        named_after = idx if named_after is None else named_after
                        continue
                    generic = idx if generic is None else generic
            elif ent.kind == "person" and _role_matches(head, ent.role) and (
                    owner is None or owner in _WORD.findall(fold(ent.role or ""))) and not _rank_differs(
                    mention.text, head, ent.role):
                # ("The Strikers’ captain" is the one whose role names the Strikers, not the
                # Heat captain named since)
                if self._introduced_unnamed(head, p, pos):
                    return None  # "A negotiator from a Latin American country ... “…,” the negotiator said"
                if _another_post(mention.text, head, ent.role):
                    # "the manager", of the assistant manager named since and the manager before:
                    # the one whose post it is, else the other ("the coroner", of an assistant coroner)
                    ranked = idx if ranked is None else ranked
                    continue
                return idx
        if ranked is not None:
            return ranked
        # (a business named since, only as no sentence's subject, yields to it)
        if org_head and not chained and len(words := mention.text.split()) == 2 and (
                words[0].lower() == "the" and head != "campaign") and (reporter := self._org_reporting_before(pos)) is not None and (
                head not in lexicon.GENERIC_ORG_NOUNS or _is_business(self.entities[reporter].name, head)):
            # "Hawthorn said defender X had passed a concussion test. “…,” the club said": the
            # organisation the sentence before reports, whatever its name holds (not "Ryan's
            # campaign", nor a candidate's "the campaign")
            return reporter
        if generic is None and head in _TEAM_NOUNS and mention.text.split(None, 1)[0].lower() == "the" and (
                team := self._team_before(pos)) is not None:
            return team
        if generic is None and named_after is not None and head not in lexicon.GENERIC_ORG_NOUNS:
            return named_after
        if generic is None and head in ACCUSED_NOUNS:
            return self.accused(pos)
        if generic is None and head in lexicon.GENERIC_ORG_NOUNS:
            generic = self.pending_business(pos, _paragraphs_back(self.paras, pos, 3) if self.paras else 0)
        if generic is None and holding is not None:
            return holding
        return generic  # (never one named only after a preposition: no wrong name is better)

    def _witness(self, pos: int, floor: int) -> int | None:
        """ "“…,” the witness replied", in a report of a court or an inquiry: the one giving
        evidence, the person last quoted before ``pos`` who is no lawyer and no judge and did not
        ask (counsel asks; the witness answers).  (Elsewhere a witness is anyone who saw it.)"""
        if self._in_court is None:
            self._in_court = _IN_COURT.search(self.text) is not None
        if not self._in_court:
            return None
        lo = _paragraphs_back(self.paras, pos, 4) if self.paras is not None else floor
        for p, idx in itertools.islice(reversed(self.spoke), 50):  # (the last few speakers)
            if p >= pos:
                continue
            if p < lo:
                break
            ent = self.entities[idx]
            if ent.kind == "person" and _COURT_OFFICER.search(ent.role or "") is None and not _ASKED_AFTER.match(
                    self.text, p, p + 60):
                return idx
        return None

    def _team_before(self, pos: int) -> int | None:
        """ "The Saskatoon Prairie Hawks have fired their coach. “…,” the team said": the team
        that a plural name after "The" (no person's) opens the sentence before with."""
        if (before := self._sentence_before(pos, 0)) is None:
            return None
        m = _TEAM_OPENS.match(self.text, before[0], before[1])
        return self.org(m["name"]) if m else None

    def _org_reporting_before(self, pos: int) -> int | None:
        """The organisation, or a name with no first name, that the narration's sentence right
        before the quotation at ``pos`` opens with as the subject of a reporting verb."""
        if (before := self._sentence_before(pos, 0)) is None:
            return None
        got = self._subject(*before)
        if got is None or got[0].kind not in ("name", "org") or not got[0].name or got[0].role or got[0].honorific or (
                firstnames.is_first_name(got[0].name.split(None, 1)[0])) or not self._reports(got, before[1]):
            return None
        idx = self.find(got[0].name)
        if idx is None:
            return self.org(got[0].name)
        return idx if self.entities[idx].kind == "org" else None

    def pending_business(self, pos: int, lo: int) -> int | None:
        """ "Northwind Robotics will cut 300 jobs. ... “…,” the company said.": a name with no
        sign of a person or an organisation, the subject of a sentence since ``lo``, and whose
        first word is no first name, is the business that "the company" or "a company
        spokesman" speaks for; the latest such name, an organisation's from now on."""
        found = [(at, name) for key, (name, first) in self.pending.items()
                 for at in (first, *self.pending_again.get(key, ()))
                 if lo <= at < pos and not firstnames.is_first_name(name.split(None, 1)[0])
                 and lexicon.CALENDAR_WORDS.isdisjoint(fold(name).split())]  # ("Published April 21")
        for at, name in sorted(found, reverse=True):
            if self._is_subject(at):
                del self.pending[fold(name.split()[-1])]
                idx = self.org(name)
                self.mention_at(at, idx)
                return idx
        return None

    def by_initials(self, acronym: str, pos: int) -> int | None:
        """The one person named before ``pos`` whose title the acronym abbreviates ("SP":
        "Suryapet Superintendent of Police"; "PM": "Prime Minister")."""
        found = set()
        for p, idx in self.recent(pos):
            ent = self.entities[idx]
            if ent.kind == "person" and ent.role:
                # (a compound's words each: "officer-in-charge" is the "OC")
                initials = "".join(w[0] for w in ent.role.replace("-", " ").split() if w.lower() not in _TITLE_GLUE)
                if acronym.lower() in initials.lower() or acronym == ent.role.split()[-1]:
                    # (or the title ends with the acronym itself: "Kaptembwo Ward MCA"; not "RMT
                    # general secretary", whose RMT is the union he speaks for)
                    found.add(idx)
        return found.pop() if len(found) == 1 else None

    def accused(self, pos: int) -> int | None:
        """ "the defendant", "the accused": the one person the text before ``pos`` says was
        charged, convicted, found guilty, acquitted or sentenced, or pleaded guilty, named or described by a
        role ("found a former youth football coach guilty": the coach it names)."""
        found: set[int] = set()
        for m in _ACCUSATION.finditer(self.text, max(0, pos - 5000), pos):
            ment = classify(m["np1"] or m["np2"] or m["np3"] or m["np4"])
            if ment is None:
                continue
            if ment.kind == "name" and ment.name:
                idx = self.find(ment.name)
                if idx is None and (key := fold(ment.name.split()[-1])) in self.pending and (
                        self.pending[key][0] == ment.name):
                    idx = self.from_pending(key)  # a name given in full, a person's now that it pleaded
            elif ment.kind == "description":
                head = _head_noun(ment)
                people = {i for i, ent in enumerate(self.entities)
                          if ent.kind == "person" and _role_matches(head, ent.role)}
                idx = people.pop() if len(people) == 1 else None
            else:
                idx = None
            if idx is not None and self.entities[idx].kind == "person":
                found.add(idx)
        return found.pop() if len(found) == 1 else None

    def spokesperson_before(self, pos: int, lo: int, unnamed: bool = False) -> int | None:
        """ "A Nordvik spokesperson said ... “…,” the spokesperson said.": the organisation of
        the last spokesperson the narration introduced since ``lo`` (with ``unnamed``, only if
        that one is no named person's apposition: not "Dana Omarova, a spokeswoman for X,")."""
        found = None
        for found in _SPOKESPERSON_OF.finditer(self.text, lo, pos):
            pass
        if found is None or unnamed and self.text[max(0, found.start() - 2):found.start()] == ", ":
            return None
        if found["kind"]:
            # "A council spokesperson said ...": the council the narration named before it
            return self.last_org(found.start(), 0, found["kind"].lower())
        owner = found["owner"] or found["owner_after"]
        if found["owner_after"] and (body := _BODY_NAMED_AFTER.match(self.text, found.end())):
            owner = body["name"]  # "A spokesperson for the UN refugee agency, UNHCR,": the agency, as named
        if (named := _titled_name(owner)) is not None and firstnames.is_first_name(named.name.split(None, 1)[0]) and (
                not lexicon.TITLE_WORDS.isdisjoint(named.role.lower().split())):
            return None  # "A spokesman for Water Minister Greg Tolhurst": a person's spokesman is not that person
        for key, (name, _) in list(self.pending.items()):
            if name.split(None, 1)[0] == owner:  # "Nordvik" for "Nordvik Outdoor", named with no sign yet
                del self.pending[key]
                return self.org(name)
        return self.org(owner)

    def described_later(self, mention: Mention, pos: int, hi: int) -> int | None:
        """The first person named after ``pos`` (and before ``hi``) whose role has the
        description's head noun: a headline's "Trump Adviser: ‘…’" is the "Trump adviser
        Stephen Miller" its story names."""
        head = _head_noun(mention)
        at = bisect_left(self.timeline, (pos, -1))
        for p, idx in self.timeline[at:at + 60]:
            if p >= hi:
                break
            ent = self.entities[idx]
            if ent.kind == "person" and _role_matches(head, ent.role):
                return idx
        return None

    def just_introduced(self, mention: Mention, pos: int, floor: int) -> int | None:
        """A definite description of a person that refers back to the person the text has
        just named, if they have no role (one with a role is someone else):

        - someone introduced since ``floor`` ("I'm talking about Anders Lindqvist. "…," says
          the 44-year-old owner of Prairie Ink Press."), unless the description names an
          office ("the senator"), whom the text introduces by that very office;
        - the only person the sentence before names, as its subject ("Comeau plans to be one
          of them. "…," the veteran captain said.").

        Never for people who speak for an institution ("the spokesman"), for organisations and
        documents, or for a description that names someone itself ("the Trump campaign")."""
        head = _head_noun(mention)
        if head in ("man", "woman") and (place := _PLACE_PERSON.fullmatch(mention.text)):
            return self._of_place(place["place"], pos, _paragraphs_back(self.paras, pos, 2) if self.paras else floor)
        if (head in _INSTITUTIONAL or head in lexicon.ORG_KIND_NOUNS or head in _GROUP_NOUNS
                or head in lexicon.DOCUMENT_NOUNS or _names_someone(mention.text) and not self._of_a_team(mention.text)):
            return None
        if (appositive := self._apposition_given(mention, pos)) is not None:
            return appositive
        age = int(aged.group()[:-9]) if (aged := _AGED.search(mention.text)) else None
        # (an age refers back as a nationality does, whatever noun follows it: "the 31-year-old hooker")
        identity = head in lexicon.IDENTITY_NOUNS or _AGED.fullmatch(head) or head in _CHARACTER_NOUNS or age is not None
        if age is not None:
            # "Doucet, 58, has made instruments here ... Fergus Beaton-Gillis, 31, ... “…,” says the
            # 58-year-old": the one whose age the text gave as that
            ages = self._stated_ages()
            same = [idx for idx, n in ages.items() if n == age and self.entities[idx].first_at < pos]
            if len(same) == 1:
                return same[0]
        if identity and self.paras is not None:
            # "The 23-year-old, who was bought for ...": an age or a nationality says who the
            # story is about, and goes on naming them a paragraph further
            floor = min(floor, _paragraphs_back(self.paras, pos, 2))
        if head in lexicon.NATIONALITY_NOUNS and (found := self._of_nationality(head, pos, floor)) is not None:
            # (not by a party: many in a story share one, "the Wisconsin Republican")
            return found
        if head in _PARTY_LETTER and (found := self._of_party_and_state(head, mention.text)) is not None:
            return found  # "Sen. Alicia Moreno-Hsu, D-Ore., ... “…,” the Oregon Democrat said"
        if identity and (found := self._subject_before(pos, floor)) is not None and (
                age is None or self._stated_ages().get(found, age) == age):
            # "Verhoeven, 24, moves to within 11 points of Rinaldi. “…,” the Dutchman said": the
            # subject of the sentence before, not a name after its verb
            return found
        if identity and age is not None and (pending := self._pending_subject("", pos, floor)) is not None:
            # "Ryo Yamamoto runs three takoyaki stalls. “…,” the 44-year-old said": an age is a
            # person's, the one a name the data set does not know opens the sentence before with
            return pending
        for p, idx in self.recent(pos):
            if p < floor:
                break
            ent = self.entities[idx]
            if _BYLINE_BEFORE.search(self.text, max(0, p - 12), p):
                continue  # ("By Laura Comeau": the reporter, no one the story describes)
            if ent.kind != "person" or ent.passing and identity or identity and (
                    _POSSESSIVE_NAME.match(self.text, p) or _WHOSE_BEFORE.search(self.text, max(0, p - 40), p)):
                # (nor one named in a relative clause of someone else's: "Dr N Venkateswara Rao,
                # whose daughter Sunitha is the company's CFO, said ... “…,” the 78-year-old said")
                # (nor one named in the possessive, whose kin the sentence is about: "X, Hēmi Te
                # Aho's granddaughter, ... “…,” the 41-year-old said")
                continue  # (nor is kin named in passing what an age says: "The 19-year-old winger
                # scored while his father, Michel Gagnon, called the game. “…,” the 19-year-old said")
            if age is not None and self._stated_ages().get(idx, age) != age:
                continue  # (nor one of another age)
            if head in lexicon.AFFILIATION_NOUNS and _of_another_party(head, ent.role):
                continue  # (nor "Democratic presidential candidate Hillary Clinton" "the Utah Republican")
            if ent.role and not identity:
                return None  # (a nationality or an age is no role: "Arsenal manager Mikel Arteta ... the Spaniard")
            if ent.first_at >= floor and head not in lexicon.TITLE_WORDS:
                return idx
            if identity and next((i for q, i in reversed(self.spoke)
                                  if q < pos and self.entities[i].kind == "person"), None) == idx:
                # the last one named, and the last person to speak (a club's statement between):
                # "… ,” the 23-year-old said"
                return idx
            return idx if self._sole_subject_before(p, idx, pos) else None
        return None

    def titled_namesake(self, mention: str, name: str) -> int | None:
        """ "Dr Okello says", after "Mr Okello Denis" and "Dr Okello Bosco": of several people
        whose names hold this word, the one the text named in full after the same honorific."""
        title = mention.split(None, 1)[0]
        low = title.lower().rstrip(".")
        if title.lower() not in lexicon.HONORIFICS and low not in lexicon.TITLE_WORDS:
            return None
        word = fold(name)
        # (a plain test first: most names do not hold the word at all, and are not split)
        same = [idx for idx, ent in enumerate(self.entities)
                if ent.kind == "person" and ent.words > 1 and word in (folded := fold(ent.name)) and word in folded.split()]
        if len(same) < 2:
            return None
        if low in ("miss", "mrs") and len(women := [idx for idx in same if self.entities[idx].gender == "f"]) == 2:
            # "Miss Whitfield", of a mother and her daughter named "Her daughter, Leanne
            # Whitfield": the daughter; "Mrs Whitfield", the mother
            young = [idx for idx in women if self.entities[idx].kin in CHILD_KIN]
            if len(young) == 1:
                return young[0] if low == "miss" else next(idx for idx in women if idx != young[0])
        titled = [idx for idx in same if self._titled_in_full(title.rstrip("."), self.entities[idx].name)
            # (an honorific in brackets between: "Barr. (Mrs.) Ngozika Ude")
            # (or whose role holds that title: "Senator Nguyen", after "Labor senator Linh Nguyen")
            # (a role of more words than the title alone, as the text introduced them)
            or low in lexicon.TITLE_WORDS and low in (role := (self.entities[idx].role or "").lower().split()) and len(role) > 1]
        if not titled and title.lower() in lexicon.HONORIFICS:
            # "Mrs Beever", after "Dr Helen Beever" and "Her mother, Margaret Beever": not the one
            # the text named with another honorific
            others = [idx for idx in same if (first := self.entities[idx].first_at) < len(self.text) and (
                m := _HONORIFIC_BEFORE.search(self.text, max(0, first - 12), first)) and m[1].lower().rstrip(".") != low]
            if len(left := [idx for idx in same if idx not in others]) == 1 and others:
                return left[0]
        return titled[0] if len(titled) == 1 else None

    def _titled_in_full(self, title: str, name: str) -> bool:
        """Does the text write the full name right after the title, perhaps after its full stop
        and an honorific in brackets ("Dr. Okello Bosco", "Barr. (Mrs.) Ngozika Ude")?"""
        text = self.text
        # The pattern is made for each name: it is compiled and run only where the name follows
        # spaces that follow the title, its full stop or a bracket, which is what it needs (the
        # spaces before a name are all the pattern's \s+, as `re` reads \s as str.isspace does).
        at = text.find(name)
        while at >= 0:
            gap = at
            while gap and text[gap - 1].isspace():
                gap -= 1
            if gap < at and text.endswith((title, title + ".", ")"), 0, gap):
                return re.search(rf"(?<![\w’'-]){re.escape(title)}\.?\s+(?:\([^()\n]{{1,12}}\)\s+)?"
                                 rf"{re.escape(name)}(?![\w’'-])", text) is not None
            at = text.find(name, at + 1)
        return False

    def _apposition_given(self, mention: Mention, pos: int) -> int | None:
        """ "Sen. Curtis Holloway, a Moultrie Republican, ... “…,” the Moultrie Republican
        replied": the one person the text gave that very description, with "a" for "the", in
        an apposition right after their name."""
        words = mention.text.split()
        if len(words) < 3 or words[0].lower() != "the":
            return None
        given = re.compile(rf",\s+an?\s+{re.escape(' '.join(words[1:]))}[,.;]")
        found = set()
        for m in given.finditer(self.text, max(0, pos - 4000), pos):
            k = bisect_left(self.timeline, (m.start(), -1))
            if k and (named := self.timeline[k - 1])[0] > m.start() - 60 and self.entities[named[1]].kind == "person":
                found.add(named[1])
        return found.pop() if len(found) == 1 else None

    def _of_nationality(self, head: str, pos: int, floor: int) -> int | None:
        """The person the text last gave that nationality in a role, since ``floor`` ("Iker
        Solana, the Spanish midfielder, ... before Royle headed them in front. “…,” the Spaniard
        said")."""
        # (or the noun itself, or its plural: "Kiwis prop Sione Vaipulu ... the Kiwi")
        adjectives = (*lexicon.NATIONALITY_ADJECTIVES.get(head, (head,)), head, head + "s")
        for p, idx in self.recent(pos):
            if p < floor:
                break
            ent = self.entities[idx]
            if ent.kind == "person" and ent.role and any(w in adjectives for w in fold(ent.role).split()):
                return idx
        return None

    def _of_place(self, place: str, pos: int, floor: int) -> int | None:
        """ "The Kilkenny man": the person last named since ``floor`` whose role holds the place,
        or who is the subject, or the first named, of a sentence that names it ("Wexford manager
        Séamus Brennan won four medals with his native Kilkenny")."""
        near = re.compile(rf"(?<![\w’'-]){re.escape(place)}(?![\w-])")
        for p, idx in self.recent(pos):
            if p < floor:
                break
            ent = self.entities[idx]
            if ent.kind != "person":
                continue
            if ent.role and near.search(ent.role):
                return idx
            start = self._sentence_start(p)
            first = self.timeline[bisect_left(self.timeline, (start, -1))][0]
            if (first == p or self._is_subject(p)) and near.search(self.text, start, self._sentence_end(p, pos)):
                return idx  # (the first named in the sentence: after a title too)
        return None

    def by_age(self, surname: str, age: str) -> int | None:
        """ "the elder Bearspaw": the one kin tells (see ``Entities.by_age``), else, of those
        bearing the surname whose ages the text gives ("Lyle Bearspaw, 57,", "Cody Bearspaw, 24",
        "Maxime Bergeron, a 17-year-old defenceman"), the eldest or the youngest."""
        if (idx := super().by_age(surname, age)) is not None:
            return idx
        ages = self._stated_ages()
        people = {i: ages.get(i) or _role_age(self.entities[i].role) for i in self._by_last.get(fold(surname.split()[-1]), [])
                  if self.entities[i].kind == "person"}
        known = sorted((n, i) for i, n in people.items() if n)
        if len(known) < 2 or len(known) < len(people) or known[0][0] == known[1][0] or known[-1][0] == known[-2][0]:
            return None
        return known[-1][1] if lexicon.AGE_ORDER[age.lower()] else known[0][1]

    def _stated_ages(self) -> dict[int, int]:
        """The ages the text gives people it names ("Doucet, 58,", "Shane Gallagher (27)", "the
        44-year-old owner Anders Lindqvist" is not one: an age after a name), read once."""
        if self._ages is None:
            self._ages = {}
            for m in _NAME_AGE.finditer(self.text):
                words = m["name"].split()
                # (a title before the name is no part of it: "Goaltender Felix Ouellet, 19,")
                idx = next((i for k in range(len(words)) if (i := self.find(" ".join(words[k:]))) is not None), None)
                if idx is not None and self.entities[idx].kind == "person":
                    self._ages.setdefault(idx, int(m["age"] or m["age2"]))
        return self._ages

    def _sole_subject_before(self, p: int, idx: int, pos: int) -> bool:
        """Is the mention at ``p`` the subject of the sentence right before the one at ``pos``,
        and the only person that sentence names?"""
        if self.paras is not None and (opened := self._opened_before(pos)) >= 0:
            pos = opened  # the sentence the quotation begins, not one that ends inside it
        here = self._sentence_start(pos)
        if not here or p >= here:
            return False
        last = here - 1  # the last character of the sentence before (no copy of a long text)
        while last > p and self.text[last].isspace():
            last -= 1
        before = self._sentence_start(max(0, last))
        if p < before or not self._is_subject(p):
            return False
        lo = bisect_left(self.timeline, (before, -1))
        hi = bisect_left(self.timeline, (here, -1))
        return all(i == idx or self.entities[i].kind != "person" for _, i in self.timeline[lo:hi])


# People who speak for an institution, introduced as such: "the spokesman" is never simply the
# last person named.
# The word of one who speaks for a body, right after its name ("a Police Scotland spokesperson").
_SPOKESPERSON_AFTER = re.compile(r"\s+(?:spokes(?:man|woman|person)|official|officials|source|sources|representative)\b")
_INSTITUTIONAL = frozenset("""spokesman spokeswoman spokesperson official officials source sources
aide aides adviser advisers advisor officer officers representative representatives
""".split())

# "her husband", "his wife", "their son": kin of the person a possessive pronoun stands for.
_KIN_OF = re.compile(rf"(?P<owner>his|her|His|Her)\s+(?P<kin>{'|'.join(KIN_GENDER)})")

_TITLE_GLUE = frozenset(("of", "the", "and", "for", "in"))  # ("officer-in-charge": the "OC")
# ("the utility department's", "The council's consultation" document)
_OWNED_BY_NAME = re.compile(r"\s*(?:[Tt]he\s+)?(?P<name>[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})[’']s\s+(?:[a-z-]+\s+){0,3}$")
# What a sports team is called as a description, and a team's plural name after "The" opening a
# sentence ("The Saskatoon Prairie Hawks have ...").
_TEAM_NOUNS = frozenset(("team", "club", "side", "franchise"))
_TEAM_OPENS = re.compile(r"\s*The\s+(?P<name>(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][a-z]+s)\s+(?:have|has|had|were|are|will|would|[a-z]+ed)\b")
_OWNED_BY_DESCRIPTION = re.compile(r"\s*[Tt]he\s+(?:[a-z]+\s+)?(?P<noun>[a-z]+)[’']s\s+(?:[a-z-]+\s+){0,2}$")
# (after what the author is: "a report by the Morelia-based group Bosque Vivo")
_DOCUMENT_BY = re.compile(r"(?:,?\s+(?:authored|written|signed|issued|prepared|drafted|penned|compiled|released|published|"
                          r"produced))?\s+(?:from|by)\s+(?:the\s+)?"
                          r"(?:[\w’'-]+-based\s+)?(?:(?:[a-z][\w-]*\s+){0,2}(?:group|organi[sz]ation|charity|firm|company|think\s+tank|"
                          r"coalition|alliance|network|institute|foundation|consultancy|watchdog|union|association|society|campaign)\s+)?(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?[A-Z][\w’'&.-]*){0,5})")
# Days and months, in full or written short ("Dec.", "Sept").
_CALENDAR_FORMS = lexicon.CALENDAR_WORDS | frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun".split())
_IN_DOCUMENT_LEAD = re.compile(r"\s*(?:In|On|Through)\s+(?:a|an|its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}")
# Unnamed kin, the subject of a clause that "and" joins to the pronoun's ("my own son is in
# Sydney, and he"), right before the pronoun.
_KIN_AND_PRONOUN = re.compile(rf"(?<![\w’'-])(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\s+(?:own\s+|\d+-year-old\s+|"
                              rf"(?:younger|older|elder|eldest|youngest)\s+)?(?:{word_trie(KIN_GENDER)})\s+"
                              r"(?:is|was|has|had|lives|lived|works|worked|got|went|came|moved)\b[^.;:!?“”\"\n]{0,80}?,?\s+and\s+(?:then\s+)?$")
_RECIPIENT = re.compile(r"\s+(?:with|to|before)\s+(?:the\s+)?")
_ANOTHER_DOCUMENT = re.compile(rf"\b(?:{word_trie(lexicon.DOCUMENT_NOUNS)})\b")
# The subject's verb of writing, then the document: "sent the congregation a letter".
_AUTHORED = re.compile(r"(?:\s\([A-Z]{2,6}\))?(?:,[^,.;:!?“”\"\n]{1,120},)?\s(?:sent|sends|wrote|writes|issued|issues|released|releases|published|publishes|"
                       r"posted|posts|signed|signs|filed|files|penned|pens|delivered|delivers|read|reads)\s(?:[\w’'-]+\s){0,3}$")
_SAID_IN = re.compile(r"(?:\s\([A-Z]{2,6}\))?(?:,[^,.;:!?“”\"\n]{1,150},)?\s+(?:\w+ly\s+)?(?:said|says|wrote|writes|announced|announces|"
                      r"confirmed|confirms|stated|states|added|adds|warned|warns|insisted|insists|noted|notes|responded|"
                      r"responds|replied|replies)\s+(?:on\s+\w+\s+(?:\w+\s+)?)?in\s+(?:an?|the|its|their|his|her)\s")
# "the Kilkenny man", "the Cork woman": someone by where they come from.
_PLACE_PERSON = re.compile(r"[Tt]he\s+(?P<place>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+(?:man|woman)")
# After a name in the possessive, someone of theirs named in apposition: " brother, Darren".
_OWNED_APPOSITION = re.compile(r"\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s+[A-Z]")
_SOMEONES_THEN_NAME = re.compile(r"\s*(?:[A-Z][a-z]*(?:\s+[a-z\d][\w’'-]*){0,5},\s*)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?"
                                 r"[’']s\s+(?:[a-z-]+\s+){0,2}[a-z-]+,\s*")
_ASKED_OPENS = re.compile(r"\s*(?:When\s+|Later\s+|Also\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)\s+(?:about|whether|if|why|how|what|on|to|for)\b")
# "asked Sanders whether", "asked Mr. Trump about": whom a subject asked (perhaps after a bracket
# of the subject's: "Ald. Marcus Holloway (28th) asked Mabry how", or where the subject is from:
# "Sen. Rosemary Nkemdirim of Alberta asked Tremblay-Roy whether").
_ASKED_WHOM = re.compile(r"(?:\s*\([^()\n]{1,40}\))?(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})?"
                         r"(?:,[^,.;:!?“”\"\n]{1,120},)?\s+(?:asked|asks|pressed|questioned)\s+"
                         r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<whom>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                         r"\s+(?:whether|if|about|why|how|what|when)\b")
# Verbs that say someone spoke (not "offered them a site").
_SPEAKS = frozenset("""said says told tells added adds explained explains wrote writes recalled recalls
insisted insists complained complains asked asks spoke speaks described describes warned warns
admitted admits argued argues""".split())
_ASKING = frozenset("asked asks wondered wonders questioned questions pressed".split())
# A name as the text writes it: capitalised words; as the first of two joined by "and", perhaps
# with an apposition ("Steyn, who finished on 58 not out,").
_NAME_RUN = re.compile(r"[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*)*")
_CONJUNCT = re.compile(r"[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*)*(?:,[^,.;:!?“”\"\n]{1,80},)?")
_CLAUSE_OPENER = re.compile(r"(?:[a-z][\w-]*\s+){0,3}")  # ("receiver " before a name)
_KIN_APPOSITION = re.compile(r"(?:his|her|their)\s+[a-z-]+,\s+")
_AGED = re.compile(r"\d{1,3}-year-old")
# A name and the age after it: "Doucet, 58,", "Fergus Beaton-Gillis, 31, a fiddler", "Gallagher (27)".
def _role_age(role: str | None) -> int | None:
    """The age an apposition gives ("17-year-old defenceman in his first season")."""
    return int(m[1]) if role and (m := _ROLE_AGE.match(role)) else None


_ROLE_AGE = re.compile(r"(?:an?\s+)?(\d{1,3})-year-old\b")
_NAME_AGE = re.compile(r"(?P<name>[A-ZÀ-Þ][\w’'-]+(?:\s+[A-ZÀ-Þ][\w’'-]+){0,3})"
                       r"(?:,\s+(?:aged\s+)?(?P<age>\d{1,3})[,.]|\s+\((?P<age2>\d{1,3})\))")
# Nouns that say what someone is like, no office: "the veteran" may be the captain just named.
# Nouns for several people speaking as one ("the family said", "the couple said"): no one named.
_GROUP_NOUNS = frozenset("family families couple relatives parents siblings crowd".split())
_CHARACTER_NOUNS = frozenset("veteran youngster teenager teen newcomer".split())
_AFTER_PREPOSITION = re.compile(r"(?<![\w’'-])at\s+(?:the\s+)?$")  # ("an economist at Standard Bank")
# A job, then a name, after a business's name: the source's employer ("Harbor Point Securities
# analyst Melissa Tran").
_JOB_THEN_NAME = re.compile(r"\s+(?:[a-z]+\s+)?(?:analyst|analysts|economist|strategist|lawyer|partner|adviser|advisor|"
                            r"researcher|trader|broker)\s+[A-Z]")
# A business named after a preposition, perhaps with its kind: where a company spoke or a source
# works ("its statement to the ASX", "an analyst at Harbor Point Securities"); not "of", whose
# business is often the story's own ("Shares of Brightwater Corp fell").
_BESIDE_BUSINESS = re.compile(r"(?<![\w’'-])(?:at|to|on|with|from)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}$")
# A party's name before a role: someone's party, as a nationality is their country.
_PARTY_WORDS = lexicon.PARTY_NOUNS | {"labour", "tory", "democratic", "green", "socialist"}
# Who a court story's "the defendant" is: someone found guilty, or charged, convicted, sentenced.
ACCUSED_NOUNS = frozenset(("defendant", "accused"))
# A report of a court or an inquiry, where "the witness" is the one giving evidence.
_IN_COURT = re.compile(r"(?i)\b(?:court|jury|jurors|trial|inquest|tribunal|inquiry|cross-examin\w*|gave evidence|giving evidence|testif\w*)\b")
# A name, then "asked": the one who put the question.
_ASKED_AFTER = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3},?\s+asked\b")
# Who asks or judges in court, no witness: counsel, a judge, a coroner.
_COURT_OFFICER = re.compile(r"(?i)\b(?:counsel|barrister|lawyer|attorney|prosecutor|prosecuting|solicitor|advocate|"
                            r"KC|QC|SC|SAN|judge|justice|magistrate|coroner|sheriff|chair(?:man|woman|person)?|"
                            r"commissioner|presiding)\b")
_ACCUSATION = re.compile(
    r"\bfound\s+(?P<np1>(?:an?\s+|the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,5}?)\s+(?:not\s+)?guilty\b"
    r"|\b(?:convicted|charged|sentenced|acquitted|indicted)\s+(?P<np2>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})"
    r"|(?P<np3>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3}),?\s+(?:was|has\s+been|had\s+been|is)\s+"
    r"(?:charged|convicted|sentenced|acquitted|indicted|accused|jailed)\b"
    # "Shane Gallagher (27), of Knockaphunta, Castlebar, pleaded guilty"
    r"|(?P<np4>[A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3})(?:\s*\(\d{1,3}\))?(?:,[^.;]{1,80}?,)?\s+"
    r"(?:(?:had|has)\s+)?(?:pleaded|pled|pleads)\s+(?:not\s+)?guilty\b")
# "a Nordvik spokesperson", "a Health Service Executive spokeswoman": whose spokesperson.
_SPOKESPERSON_OF = re.compile(r"(?<![\w’'-])[Aa]n?\s+(?:(?P<owner>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,4})"
                              r"\s+spokes(?:man|woman|person)\b|(?P<kind>council|company|police|ministry|department|"
                              r"agency|union|hospital|university|school|club|party|campaign|government|firm|bank)"
                              r"\s+spokes(?:man|woman|person)\b|spokes(?:man|woman|person)\s+for\s+(?:the\s+)?"
                              r"(?P<owner_after>[A-Z][\w&.’'-]*(?:\s+(?:(?:of|and|for|on|&)\s+(?:the\s+)?)?[A-Z][\w&.’'-]*){0,5}"
                              r"(?:(?<=Local)\s+\d{1,5})?))")  # (a union's local by its number: "CUPE Local 59")
# A body's kind in lower case after a name, then the body's own name in apposition: "the UN
# refugee agency, UNHCR,".
_BODY_NAMED_AFTER = re.compile(r"(?:\s+[a-z][\w-]*){1,3},\s+(?P<name>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,5})[,.]")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")
_COMMA_THEN_WORD = re.compile(r",\s+(?P<word>[\w’'-]+)")
# Words after a comma that go on with the clause before it, not open the sentence's own subject.
_CLAUSE_GOES_ON = lexicon.SUBORDINATORS | frozenset("""which who whom whose where as including such
especially particularly notably or and but in on at for with from about over""".split())
_HONORIFIC_BEFORE = re.compile(rf"(?<![\w’'-])({'|'.join(re.escape(h) for h in sorted(lexicon.HONORIFICS, key=len, reverse=True))})\s*$",
                               re.IGNORECASE)
# A court whose decision is appealed, named after it: "set aside an order of the Jharkhand High Court".
_COURT_BELOW = re.compile(r"\b(?:order|orders|judgment|judgement|ruling|decision|verdict|appeal|appeals)\s+(?:of|from|by)\s+(?:the\s+)?$")
_WHOSE_BEFORE = re.compile(r"(?<![\w’'-])whose\s+(?:[\w-]+\s+){0,2}$")
_OWNER_BEFORE = re.compile(r"(?<![\w’'-])(?P<owner>[A-Z][\w-]+)[’']s\s+$")
_INDEFINITE = frozenset(("a", "an", "one", "another", "some", "several", "two", "three", "someone", "somebody", "anyone", "anybody"))
# A sentence that opens with one of some people counted, and "who": someone unnamed.
_COUNTED_OPENS = re.compile(r"\s*(?:(?:But|And)\s+)?(?:One|Another)(?:\s+of\s+(?:them|those|the\s+[\w-]+))?,\s+who\s")
_AGED_OPENS = re.compile(rf"\s*[Tt]he\s+(?P<age>{'|'.join(lexicon.AGE_ORDER)})\s+"
                         r"(?P<name>(?:[A-Z][\w’'-]*\s+){0,2}[A-Z][\w’'-]*)")
_QUOTED = re.compile(r"[“\"][^”\"]*[”\"]")  # (what a passage says introduces no one)
_SAME_GENDER_PRONOUN = {"m": re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE),
                        "f": re.compile(r"\b(?:she|her|hers|herself)\b", re.IGNORECASE)}
_OPENING_MARKS = ("“", "‘", "«")
_CLOSING_MARKS = ("”", "’", "»", '"')
_DEFINITE = frozenset("this these those his its their".split())
_SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson"))
_OFFICIALS = frozenset(("official", "officer", "representative", "organiser", "organizer", "leader"))


# A description the text says it does not name: "the young woman, who has not been named,".
_NOT_NAMED = re.compile(r",\s+who\s+(?:has|had|have)?\s*(?:not|never|asked\s+not\s+to|declined\s+to|did\s+not\s+want\s+to)"
                        r"\s+(?:been\s+|be\s+)?(?:named|identified|give\s+(?:his|her|their)\s+(?:full\s+|last\s+)?name)\b")
# After "Her son": perhaps a relative clause, then a reporting verb.
_UNNAMED_KIN_SPEAKS = re.compile(r"(?:,\s+who(?:se)?\s[^.;:!?“”\"\n]{1,150},)?\s+(?:said|says|told|tells|added|adds|recalled|recalls)\b")
_UNNAMED_OPENING = re.compile(r"\s*(?:A|An|One|Another)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z]+)"
                              # (where they are, after the noun: "One father at the meeting, who")
                              r"(?:\s+(?:at|from|in|on|of|outside|near)\s+[^,.;:“”\"\n]{1,40}?)?,\s+(?:who|whose|[a-z]+ing)\s")
# A sentence that opens with someone unnamed, perhaps after an opening phrase ...
_INDEFINITE_OPENS = re.compile(r"\s*(?:[A-Z][a-z]*(?:\s+[a-z’'-]+){0,4},\s+)?(?:[Aa]n?|One|Another)\s+[a-z]")
# ... and says they are not named.
_ANONYMOUS = re.compile(r"\b(?:asked\s+(?:that\s+(?:his|her|their)\s+(?:full\s+|last\s+)?name\s+not\s+be\s+(?:used|published)|"
                        r"not\s+to\s+be\s+(?:named|identified))|declined\s+to\s+(?:give|be\s+named|be\s+identified)|"
                        r"would\s+not\s+give\s+(?:his|her|their)\s+name|did\s+not\s+want\s+to\s+be\s+(?:named|identified)|"
                        r"on\s+(?:the\s+)?condition\s+of\s+anonymity|requested\s+anonymity)")
# A sentence that opens with a clause of its own ("After X asked ..., Y replied").
_OPENING_CLAUSE = re.compile(rf"[ \t]*(?:{'|'.join(sorted(w.capitalize() for w in lexicon.SUBORDINATORS | {'as', 'once'}))})\s")
_OPENING_PRONOUN = re.compile(r"[ \t]*(?P<p>He|She)\s")


# A firm's analysts, economists or strategists, bare plural: "analysts at Meridian Equities".
_NOTE_WRITERS = re.compile(r"(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists)\s+(?:at|from)\s+(?:the\s+)?[A-Z]")


_PARTIES = {"republican": "republican", "republicans": "republican", "gop": "republican",
            "democrat": "democrat", "democrats": "democrat", "democratic": "democrat",
            "conservative": "conservative", "conservatives": "conservative", "tory": "conservative",
            "tories": "conservative", "liberal": "liberal", "liberals": "liberal",
            "socialist": "socialist", "libertarian": "libertarian"}


_PARTY_LETTER = {"democrat": "D", "republican": "R"}
# A name and the tag US news gives a lawmaker after it: ", D-Ore.,", " (R-OH)".
_PARTY_TAG = re.compile(r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'.-]*){0,3})(?:,\s*|\s+\()(?P<party>[DRI])-"
                        r"(?P<state>[A-Z][A-Za-z]?\.?(?:[A-Z][a-z]?\.)?|[A-Z][a-z]+\.?)(?=[,)])")


def _of_another_party(head: str, role: str | None) -> bool:
    """Does a role name a party other than the one a description's noun names ("Democratic
    presidential candidate" for "the Republican")?"""
    party = _PARTIES.get(head)
    return bool(role and party and any(
        _PARTIES.get(w, party) != party for w in _WORD.findall(role.lower())))


def _spokesperson_of(ment: Mention) -> str | None:
    """For "a spokesperson", "": of no kind of organisation; for "a council spokesperson", "a
    company spokesman", "a spokesperson for the group", the kind ("council", "company",
    "group"); None for any other description."""
    words = [w.lower() for w in ment.text.split()[1:]]
    if len(words) in (3, 4) and words[0] in _SPOKES and words[1] == "for" and words[-2:-1] in ([], ["the"]) and (
            words[-1] in _ANY_ORG or words[-1] in lexicon.ORG_WORDS):
        return words[-1]  # "a spokesperson for the group": for the group the text has just named
    if not words or words[-1] not in _SPOKES or len(words) > 2:
        return None
    kind = words[0] if len(words) == 2 else ""
    return kind if not kind or kind in lexicon.ORG_WORDS or kind in lexicon.GENERIC_ORG_NOUNS else None


# A plural noun in lower case right after a capitalised word, then no reporting verb: "Ticket
# prices also overshadowed", "Water levels fell".
_COMPOUND_NOUN = re.compile(r"\s+(?:prices|levels|rates|costs|fees|numbers|sales|shares|bills|figures|"
                            r"rents|wages|fans|supporters|workers|residents|officials|staff|members)\b")
_BYLINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:By|BY|Words by|Reporting by)[ \t]+$")
_AT_PLACE = re.compile(r"\s(?:at|from|in|inside|outside|near)\s")


def _speaks_for_org(ment: Mention, resolver: Resolver) -> bool:
    """Does a description speak for the organisation it names?  "a Pentagon official", "a White
    House spokesman" do; "a Warren adviser" is not Warren, "the New York businessman" is not New
    York, and "a Florida Republican aide" names a party, not an organisation."""
    name = ment.name or ""
    words = fold(name).split()
    if not words or words[-1] in lexicon.PARTY_NOUNS:
        return False
    if all(w in lexicon.TITLE_WORDS for w in words) and not lexicon.ORG_WORDS.intersection(words):
        return False  # "a spokesman for the First Minister": an office's holder's, no organisation
    owner = resolver.find(name)
    if owner is None:
        owner = resolver.org_ending(name)  # "a Red Cross spokesperson": the American Red Cross's
    if owner is None and len(words) > 1:
        owner = resolver.org_opened(name)  # "a Hywel Dda spokesperson": Hywel Dda University Health Board's
    if owner is None and len(words) == 1 and not words[0].endswith(lexicon.ADJECTIVE_ENDS) and (
            words[0] not in lexicon.IDENTITY_NOUNS):
        # "a Hallstein spokesperson": Hallstein Motorenwerke's (not "a Mexican official": a nationality)
        owner = resolver.org_headed(words[0])
    if owner is not None:
        ent = resolver.entities[owner]
        if ent.kind == "person" and _head_noun(ment) in _SPOKES and _only_said(ent):
            # "The White House said ... a White House spokesman said": no first name, title,
            # role or gender made it a person, only the verb after it; it has a spokesman.
            ent.kind, ent.gender = "org", "o"
        # An organisation's spokesman, official or aide speaks for it; "the GOP front-runner",
        # "an army of HP workers" are people of it who speak for themselves.
        head = _head_noun(ment)
        if head not in _INSTITUTIONAL and _AT_PLACE.search(ment.text):
            return False  # "a mother in the evacuation center at Dingalan Central School": where she is
        return ent.kind == "org" and (head in _INSTITUTIONAL or words[-1] in lexicon.ORG_WORDS)
    if (person := classify(name)) is not None and person.kind == "name" and person.name and (
            person.role and ((last := person.role.split()[-1].lower()) in lexicon.TITLE_WORDS or last in lexicon.ROLE_NOUNS)
            or person.honorific or firstnames.is_first_name(person.name.split(None, 1)[0])):
        # "a spokesperson for Natural Resources Minister Carla Dunning": a person's, no
        # organisation (but "Better" is no title: "a spokeswoman for advocacy group Better
        # Transport Sydney")
        return False
    return words[-1] in lexicon.ORG_WORDS or _head_noun(ment) in _SPOKES


def _aliased_org(ment: Mention) -> str | None:
    """The institution a spokesperson's modifier names by a metonym ("a No 10 spokesman")."""
    words = ment.text.split()
    if len(words) < 3 or words[-1].lower() not in _SPOKES:
        return None
    return lexicon.ORG_ALIASES.get(" ".join(words[1:-1]).lower())


def _only_said(ent) -> bool:
    """Is a person's only sign of being one a reporting verb after the name: no first name, no
    role, no gender?"""
    first = ent.name.split(None, 1)[0]
    return not (ent.role or ent.gender or first.lower() in lexicon.FIRST_NAMES
                or firstnames.is_first_name(first))


def _paragraphs_back(paras: Paragraphs, pos: int, n: int) -> int:
    """Where the paragraph ``n`` paragraphs before the one holding ``pos`` starts."""
    return paras.starts[max(0, paras.index(pos) - n)]


def _common_word(word: str, resolver: Resolver) -> bool:
    """Is a capitalised word alone, naming no one the text has named, a common word, which only
    the start of a sentence or a headline capitalises ("Villagers tell inquiry", "Judge says",
    "Another said"; asked there only)?
    The text writes it in lower case elsewhere; no name is written so, save a first name's
    ("Hope", "Grace")."""
    low = word.lower()
    if word[1:] != low[1:] or resolver.find(word) is not None:
        return False
    if len(low) > 4 and low.endswith("s") and role_noun(low[:-1]) and not firstnames.is_first_name(low[:-1]):
        return True  # a plural of people ("Villagers", "Traders"), a name of no one in particular
    return ((low in lexicon.TITLE_WORDS or not firstnames.is_first_name(word))
            and resolver.written_in_lower_case(low))


class _Titled(NamedTuple):
    name: str
    role: str


def _titled_name(words: str) -> _Titled | None:
    """A person's name with a title before it ("Auditor-General Meredith Kaye"), read apart."""
    named = classify(words)
    return _Titled(named.name, named.role) if named is not None and named.kind == "name" and named.role and named.name else None


def resolve_mention(ment: Mention, pos: int, resolver: Resolver, paras: Paragraphs) -> int | None:
    if ment.name == "Bench" and ment.text.lower() == "the bench":
        # "the Bench observed": the court its judges sit on, where the text names one court only
        # (not the Supreme Court Bar Association; not where a court below is named too)
        courts = {i for p, i in resolver.timeline if resolver.entities[i].kind == "org"
                  and fold(resolver.entities[i].name).split()[-1] == "court"
                  and not _COURT_BELOW.search(resolver.text, max(0, p - 30), p)}
        return courts.pop() if len(courts) == 1 else None
    if ment.kind == "name" and ment.name and ment.role and " of " in ment.name and resolver.text.startswith(("the ", "The "), pos) and (
            not firstnames.is_first_name(ment.name.split(None, 1)[0])) and resolver.find(ment.name) is None:
        # "Nana Kojo Essel, the Chief Fisherman of Cape Coast, said": a post after "the", no
        # one's name; whom the text gave it
        post = " ".join(filter(None, ("the", ment.role, ment.name)))
        return resolver.description(Mention(post, "description"), pos, _paragraphs_back(paras, pos, 6))
    if ment.kind == "name" and ment.name:
        if " " not in ment.name and ment.name.lower() in lexicon.TITLE_WORDS and not ment.honorific and (
                ment.name.lower() not in lexicon.HONORIFICS) and resolver.find(ment.name) is None:
            # "Judge says Marco DeSantis ‘…’" (a deck): a title alone is no one's name, but the
            # one the story gives it
            return resolver.description(Mention("the " + ment.name.lower(), "description"), pos, 0)
        if ment.text[:4].lower() == "the " and (age := ment.text.split(None, 2)[1].lower()) in lexicon.AGE_ORDER:
            return resolver.by_age(ment.name, age)
        if (opened := resolver.name_opening(ment.name, bool(ment.honorific or ment.text != ment.name))) is not None:
            # "said Ms Nurul Huda", after "Ms Nurul Huda Ismail"; "Siti Hajar said", after "Siti
            # Hajar Osman": a Malay name's given names, without the father's
            return opened
        if resolver.text.startswith(("the ", "The "), pos) and resolver.find(ment.name) is None and (
                held := resolver.titled(ment.name)) is not None:
            return held  # "the Ceann Comhairle said", after "the Ceann Comhairle, Bernadette Ní Ghallchóir,"
        if not ment.honorific and resolver.find(ment.name) is None and (org := resolver.org_called(ment.name)) is not None:
            # "Velora said", after "Velora Technologies is recalling ...": the company; "The
            # Ministry of Gender, Children and Social Protection ... said", cut at its comma
            return org
        if " " not in ment.name and not (ment.honorific or ment.role) and resolver.opens_sentence(pos) and (
                _common_word(ment.name, resolver)):
            return None
        if " " not in ment.name and not (ment.honorific or ment.role) and resolver.opens_sentence(pos) and (
                _COMPOUND_NOUN.match(resolver.text, pos + len(ment.name))) and resolver.find(ment.name) is None:
            return None  # "Ticket prices also overshadowed ...": a noun before a noun, no one's name
        if (words := ment.name.split()) and len(words) > 2 and resolver.find(ment.name) is None and (
                tail := next((idx for k in range(1, len(words) - 1) if (idx := resolver.known(" ".join(words[k:]))) is not None
                              and resolver.entities[idx].kind == "person"), None)) is not None:
            # "Deputy Minister of Fisheries and Aquatic Resources Nalin Perera, who ..., assured":
            # a title's last words before the full name of someone named ("Aquatic Resources")
            return tail
        if " " not in ment.name and (owner := clean_token(ment.role) if ment.role and ment.role.endswith(("’s", "'s")) and (
                " " not in ment.role) else (m["owner"] if (m := _OWNER_BEFORE.search(resolver.text, max(0, pos - 40), pos)) else None)) and (
                (by_owner := resolver.namesake_of(ment.name, owner)) is not None):
            return by_owner  # "Laurentian's Bouchard wrote", of two Bouchards: the analyst at Laurentian
        if " " not in ment.name and (titled := resolver.titled_namesake(
                # (the title may be the mention's role: "Senator Nguyen said")
                f"{ment.role.split()[-1]} {ment.name}" if ment.role else ment.text, ment.name)) is not None:
            return titled
        if " " not in ment.name and not (ment.honorific or ment.role) and (
                untitled := resolver.untitled_namesake(ment.name)) is not None:
            return untitled
        return resolver.person(ment.name, role=ment.role, near=pos,
                               gender=ment.honorific or resolver.sentence_gender(ment.name, pos))
    if ment.kind in ("name", "org") and ment.name and " " not in ment.name and ment.name.lower() in lexicon.ORG_WORDS and (
            not (ment.honorific or ment.role) and resolver.text.startswith(ment.name, pos) and resolver.opens_sentence(pos)) and (
            (known := resolver.find(ment.name)) is None or resolver.entities[known].name == ment.name):
        # "Union says crews ‘…’" (a headline's deck, with no article): "the union", the one the
        # text names, if it names one of that kind
        return resolver.org_described(Mention("the " + ment.name.lower(), "description"), pos, 0)
    if ment.kind == "org" and ment.name:
        if ment.name.isupper() and len(ment.name) <= 5 and (idx := resolver.by_initials(ment.name, pos)) is not None:
            return idx  # "the SP": the Superintendent of Police the text named
        return resolver.org(ment.name)
    if ment.kind == "pronoun":  # the person named within the last six paragraphs
        return resolver.pronoun(ment.text, pos, _paragraphs_back(paras, pos, 6))
    if ment.kind == "description":
        if (words := ment.text.split())[0][:1].isupper() and len(words) == 2 and words[1][:1].isupper() and (
                (idx := resolver.find(words[1])) is not None and resolver.entities[idx].kind == "person"):
            return idx  # "Justice Cardinal": a title, and the surname, itself a title's word, of someone named
        if ment.name and len(words) == 3 and words[0].lower() == "the" and words[1] == ment.name and (
                words[2] in lexicon.ORG_KIND_NOUNS) and (
                (known := resolver.find(ment.name)) is not None and resolver.entities[known].kind == "org"
                or known is None and ment.name.isupper()):
            return resolver.org(ment.name)  # "The CGT union, which has called a strike, said": that union
        # "the minister" is someone the text has introduced; "an official" is someone new.
        first = ment.text.split(None, 1)[0]
        # "an official", and a bare plural ("analysts at X"): someone new, not someone named before
        indefinite = first.lower() in _INDEFINITE or first[:1].islower() and first.endswith("s") and (
            first not in _DEFINITE)
        if (kin := _KIN_OF.fullmatch(ment.text)) is not None:
            return resolver.kin(kin["owner"], kin["kin"].lower(), pos, _paragraphs_back(paras, pos, 6))
        if not indefinite and _head_noun(ment) in _SPOKES and not ment.name and (
                owner := resolver.spokesperson_before(pos, _paragraphs_back(paras, pos, 1), unnamed=True)) is not None:
            # "A Downing Street spokesperson said ... “…,” the spokesperson added": the one just
            # introduced, not a party's spokesperson named before
            return owner
        idx = None if indefinite else resolver.description(ment, pos, 0)
        if idx is None and not indefinite:
            idx = resolver.just_introduced(ment, pos, _paragraphs_back(paras, pos, 1))
            if idx is not None:
                head = _head_noun(ment)
                if not resolver.entities[idx].role and head not in lexicon.IDENTITY_NOUNS and (
                        not _AGED.fullmatch(head)):  # (a nationality or an age is no role)
                    resolver.entities[idx].role = strip_article(ment.text)
                return idx
        if idx is None and (alias := _aliased_org(ment)):
            return resolver.org(alias)  # "a No 10 spokesman": Downing Street's
        if idx is None and ment.name and _NOTE_WRITERS.match(ment.text):
            # "analysts at Banco Austral wrote in a note": a firm's research speaks for the firm
            return resolver.org(ment.name)
        if idx is None and ment.name and _speaks_for_org(ment, resolver):
            # "a Pentagon spokesman": the organisation speaks.  "A Warren adviser" is not Warren.
            return resolver.org(ment.name)
        if idx is None and not ment.name and (kind := _spokesperson_of(ment)) is not None and (
                indefinite or ment.text.split(None, 1)[0].lower() == "the"):
            # "The Department for Education said ... “…,” a spokesperson said.": a spokesperson
            # of no one named speaks for the organisation the narration has just named; "a
            # council spokesperson", for the council it has just named; "the spokesperson",
            # where no one named holds that role, for the same.
            # "The spokesperson" is first the one the narration introduced ("A CDA spokesperson
            # said the authority would study the judgment before deciding whether to challenge
            # it in the Supreme Court": the CDA's, not the court's).
            lo = _paragraphs_back(paras, pos, 1)
            found = None if indefinite else resolver.spokesperson_before(pos, lo)
            # (one of a kind, "a university spokesperson", for the one of that kind named within
            # a few paragraphs)
            return found if found is not None else resolver.last_org(pos, _paragraphs_back(paras, pos, 4) if kind else lo, kind)
        return idx
    if ment.kind == "document":
        if not ment.name and ment.text.rsplit(None, 1)[-1].lower() in lexicon.LEGAL_TEXTS:
            return None  # "Article 45 of the Constitution says": a law speaks for no one
        if ment.name and resolver.text.startswith(ment.text, pos) and names_a_person_after(
                resolver.text[pos + len(ment.text):pos + len(ment.text) + 40]):
            return None  # "A statement from a Kettering care worker": an unnamed person's
        first = ment.text.split(None, 1)[0]
        if first.lower() == "its" and not ment.name:  # "its report said": the organisation "it" stands for
            return resolver.pronoun("it", pos, _paragraphs_back(paras, pos, 6))
        words = ment.text.split()
        # (what stands before the document's noun, whatever follows it: "the federation’s written
        # submission to the committee")
        noun_at = next((k for k, w in enumerate(words) if k and w.lower().strip(",") in lexicon.DOCUMENT_NOUNS), len(words) - 1)
        if (owned := _OWNED_BY_DESCRIPTION.match(" ".join(words[:noun_at]) + " ")):
            # "The authority's notice": whom "the authority" is, an organisation
            return resolver.org_described(Mention("the " + owned["noun"], "description"), pos,
                                          _paragraphs_back(paras, pos, 6))
        if ment.name and first.endswith(("’s", "'s")):
            # "Hoff’s letter": Hoff's, if the text has named Hoff; "Treasury's fiscal update", "NATO's
            # report": an organisation's, where the name says it is one
            owner = resolver.find(ment.name)
            if owner is None and (ment.name.isupper() or ment.name.rsplit(None, 1)[-1].lower() in lexicon.ORG_WORDS):
                owner = resolver.org(ment.name)
            return owner
        if ment.name and (named := _titled_name(ment.name)) is not None:
            return resolver.person(named.name, role=named.role)  # "Auditor-General Meredith Kaye's report": hers
        return resolver.org(ment.name) if ment.name else resolver.document(ment, pos)
    return None
