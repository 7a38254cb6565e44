"""Stage 3: attribute each quoted passage to a speaker.

For every passage we look at the narration around it, in its own sentence: after it (`"…," X
said.`, `"…," said X.`, `"…," according to X.`) and before it (`X said: "…"`, `X said the plan was
"…"`).  The words naming the speaker (the *mention*) are a name, perhaps with a title or an
apposition, a pronoun, a description ("the minister") or a document ("a note on X's website").
Mentions are then resolved to one entity per person or organisation in the document, named by the
fullest form of its name: pronouns to the latest person of a matching gender, descriptions to the
latest person introduced with that role.  Where the evidence is too weak the speaker stays None.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from typing import NamedTuple

import regex

from quotecheck import lexicon
from quotecheck.latin import Twin, behind
from quotecheck.lexicon import word_trie
from quotecheck.model import Span
from quotecheck.spans import SENTENCE_END, Paragraphs


_CUE_FORMS = set(lexicon.CUES) | set(lexicon.CUE_PHRASES)
# Capitalised, only the verbs that open an inverted attribution ("Said Ellis: ..."); "States"
# or "Reports" at a sentence's start are far more often nouns.
_CUE_FORMS |= {"Said", "Says", "Asked", "Added", "Wrote", "Told", "According to"}
_CUE_ALT = f"(?:{word_trie(_CUE_FORMS)})"
_CUES = re.compile(rf"(?<![\w'’-])(?P<cue>{_CUE_ALT})(?![\w'’-])")


def find_cues(text: str, lo: int = 0, hi: int | None = None) -> list[re.Match]:
    """Every reporting verb between lo and hi ("said", "Said", "according to"): matches whose
    group "cue" holds the words."""
    return list(_CUES.finditer(text, lo, len(text) if hi is None else hi))


@functools.lru_cache(maxsize=1 << 8)
def _cues_in(narration: str) -> tuple[re.Match, ...]:
    """``find_cues`` on a stretch of narration on its own.  Cached: the words between two
    passages are read as what follows the one, what precedes the other, and again as the
    sentence before the next."""
    return tuple(_CUES.finditer(narration))


# What a verb may not follow (the look back of _CUES).
_JOINS_WORD = re.compile(r"[\w'’-]")


_ABBREV = r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Adm|Maj|St|Jr|Sr|Prof|Rev|Pres|Atty|Mt|Ft)\."
_TOKEN = rf"(?:{_ABBREV}|\p{{Lu}}\.(?:\p{{Lu}}\.)*|\p{{Lu}}[\p{{L}}\p{{M}}’'\-]*)"
# Lower-case words inside names ("Charles de Gaulle"), as a trie: tried after every capitalised
# word of the text, so it must fail at once on any other word.
_PARTICLE = (
    f"(?:{word_trie('de da del della di du van von der den bin ibn al el la le ben dos das'.split())})"
)
_CONNECT = r"(?:of(?:\s+the)?|for)"
# Runs of capitalised words (names, titles, places).  Every word may keep a full stop, which is
# three times faster to find than telling abbreviations apart in the pattern; a run is then cut
# after any word whose full stop ends a sentence rather than an abbreviation.
# The capital first, then the look back: far fewer places to look.
_RUN = (r"[{lu}](?<![{lm}][{lu}])[{lm}’'\-]*\.?"
        rf"(?:[{{s}}]+(?:(?:{_PARTICLE}|{_CONNECT})[{{s}}]+)?[{{lu}}][{{lm}}’'\-]*\.?)*")
# On Latin text `re` finds the same runs (see latin.py) in 40% less time.
_CAPITAL_RUN = Twin(_RUN.format(lu=r"\p{Lu}", lm=r"\p{L}\p{M}", s=r"\s"))
_ABBREVIATED = Twin(rf"{_ABBREV}|\p{{Lu}}\.(?:\p{{Lu}}\.)*")


@functools.lru_cache(maxsize=1 << 15)
def _sentence_pieces(seq: str) -> tuple[tuple[int, str], ...]:
    """The parts of a run that full stops ending sentences leave, each with its offset."""
    return tuple((seq.find(piece), piece) for piece in _pieces(seq))


def _pieces(seq: str) -> list[str]:
    if seq.find(".") == len(seq) - 1:  # the usual case: one full stop, at the end
        last = seq[seq.rfind(" ") + 1:]
        return [seq] if _ABBREVIATED.fullmatch(last) else [seq[:-1]]
    pieces, current = [], []
    for tok in seq.split():
        current.append(tok)
        if tok.endswith(".") and not _ABBREVIATED.fullmatch(tok):
            current[-1] = tok[:-1]
            pieces.append(" ".join(current))
            current = []
    if current:
        pieces.append(" ".join(current))
    return [p for p in pieces if p]


_STOP = set("""
the a an at in on but and after before when while it this that these those some many earlier
later meanwhile however then still yet also as if for from by with of to so or nor not no
there here what who whom which why how we i you they he she his her its our their my your one
during since until under over about between among against into onto upon last next this today
yesterday tomorrow mr mrs ms dr asked speaking according read in
even now just only instead perhaps indeed already finally again soon both either neither despite
although though unlike like beyond within without throughout amid across along alongside around
behind beside besides near outside inside toward towards via plus except including following
regarding concerning given
""".split())
_MONTH_OR_DAY = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_DETERMINERS = (
    r"(?:the|a|an|his|her|their|its|one|another|two|three|several|some|many|our|my|your|this)"
)
_RX_PARTICLE = Twin(_PARTICLE)
_RX_DET_WORD = Twin(rf"(?i){_DETERMINERS}$")
_RX_DET_START = Twin(rf"(?i:{_DETERMINERS})\s")
_RX_NAME_AT_END = Twin(rf"(?:{_TOKEN})(?:\s+(?:(?:{_PARTICLE}|{_CONNECT})\s+)?(?:{_TOKEN}))*$")
_RX_DET_ANY = Twin(rf"(?i:\b{_DETERMINERS})\s")
_RX_DIGITS = Twin(r"[\d\s]+")
_RX_POSS_THEN_LOWER = Twin(r"\p{Lu}\p{L}*[’']s\s+\p{Ll}")
_RX_PAREN = Twin(r"\s*\([^()]{0,40}\)")
_RX_POSS_WORD = Twin(r"\p{Lu}\p{L}*[’']s$")
_RX_THE = Twin(r"^(?i:the)\s+")
_RX_LOWER_WORD = Twin(r"\p{Ll}[\p{Ll}\-]+")
_RX_ROLE_WORDS = Twin(r"[\p{L}.]+")
_RX_PRONOUN_AT_END = Twin(r"\b(?i:he|she|it|they|we)$")
_RX_ARTICLE = Twin(r"^(?i:the|a|an)\s+")
_RX_SPACE = Twin(r"\s+")
_RX_NAME_AFTER = Twin(rf"\s*,\s*(?P<name>{_TOKEN}(?:\s+{_TOKEN}){{1,3}})\s*(?:[,.;:!?]|$)")
_RX_APPOS_AFTER = Twin(r"\s*,\s*(?P<appos>[^,.;:!?“”\"\n]{2,90})")
_RX_DASH_BREAK = Twin(r"\s+(?:--|[—–])(?:\s+|$)")
_RX_LEADS = Twin(r"[^.!?]*[:,]\s*$")
_RELATIVE = {"who", "which", "whose", "whom", "that", "where", "when", "while", "although", "and", "but"}


def role_of_apposition(appos: str) -> str | None:
    """The role an apposition gives: "the head of Y" -> "head of Y"; None for "who ...", "45"."""
    appos = _RX_DASH_BREAK.split(appos, 1)[0].strip()  # "the head of Y -- which also owns Z"
    words = appos.split()
    if not words or _RX_DIGITS.fullmatch(appos):
        return None
    first = words[0].lower()
    if first in _RELATIVE:
        return None
    if first in ("the", "a", "an") and len(words) > 1:
        return _strip_article(appos)
    if first in lexicon.ROLE_NOUNS or first in lexicon.TITLE_WORDS:
        return appos
    if _RX_POSS_THEN_LOWER.match(appos):
        return appos
    return None


@dataclass(slots=True)
class Entity:
    """A person or an organisation the document names."""

    name: str
    kind: str  # "person" or "org"
    gender: str = ""  # "m", "f" or "" (unknown); "o" for organisations
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    words: int = 0  # the number of words of ``name``

    def add_name(self, name: str, words: int) -> None:
        self.aliases.add(name)
        if words > self.words:
            self.name, self.words = name, words


# The records of this stage are created per passage and per phrase, thousands of times per
# archive: named tuples, immutable like the core's dataclasses and four times cheaper to build.
class Mention(NamedTuple):
    """The words that name a speaker, as parsed from the narration."""

    text: str
    kind: str  # "name", "org", "pronoun", "description", "document"
    name: str | None = None  # for names and organisations: the bare name
    role: str | None = None  # a title or apposition given right there
    honorific: str = ""


class Attribution(NamedTuple):
    """Who said a passage (or that it is a term), as this stage found it."""

    kind: str  # "speech" or "term"
    speaker: str | None = None
    mention: str | None = None
    role: str | None = None
    cue: str | None = None
    cue_pos: int = -1
    clause: tuple[tuple[int, int], ...] = ()  # narration of the attribution's sentence
    follows: int | None = None  # index of the passage this one continues
    aliases: tuple[str, ...] = ()
    split: bool = False  # the second part of a passage split by its attribution
    entity: int | None = None  # the resolver's entity; speaker, role and aliases come from it


def _fold(s: str) -> str:
    return s.replace("’", "'").casefold()


@functools.lru_cache(maxsize=1 << 15)
def _name_key(name: str) -> tuple[str, str, int]:
    """How the resolver files a name: its folded form, its folded last word, its word count."""
    key = _fold(name)
    parts = key.split()
    return key, (parts[-1] if parts else key), len(parts)


def _clean_token(tok: str) -> str:
    return tok[:-2] if tok.endswith(("’s", "'s")) else tok


_TITLE_OR_HONORIFIC = frozenset(lexicon.TITLE_WORDS | lexicon.HONORIFICS.keys())


def split_title(tokens: list[str]) -> tuple[list[str], list[str]]:
    """Split "Kazakhstan’s Foreign Minister Erlan Idrissov" into its role and its name: the role
    runs to the last title word or possessive before the name."""
    cut = 0
    for i, tok in enumerate(tokens[:-1]):
        if tok.lower() in _TITLE_OR_HONORIFIC or tok.endswith(("’s", "'s")):
            cut = i + 1
    # A title the word lists do not know, before a known first name: "Franklin County Recorder
    # Helen Marsh", "Comedian Sarah Silverman".
    for k in range(max(cut, 1), len(tokens) - 1):
        low = tokens[k].lower()
        if low in lexicon.FIRST_NAMES:
            if len(tokens) - k <= 3 and _agent_noun(tokens[k - 1]) and not any(
                t.lower() in lexicon.FIRST_NAMES for t in tokens[cut:k]
            ):
                cut = k
            break
    if cut and all(t.lower() in lexicon.PARTY_NOUNS for t in tokens[:cut]):
        return [], tokens[cut:]  # "Republican Donald Trump": a party, not a role
    return tokens[:cut], tokens[cut:]


def _agent_noun(word: str) -> bool:
    """A word for what someone is or does: a role, a party, or an agent noun ("Recorder",
    "Comedian", "Columnist")."""
    low = word.lower().rstrip(".")
    return (low in lexicon.ROLE_NOUNS or low in lexicon.PARTY_NOUNS
            or len(low) > 4 and low.endswith(("er", "or", "ist", "ian", "ant")))


@functools.lru_cache(maxsize=1 << 14)
def classify(np: str) -> Mention | None:
    """What kind of mention a noun phrase is, or None when it names nobody.  Cached: the same
    phrases ("he", "the president", "Clinton") name speakers again and again."""
    text = (_RX_PAREN.sub("", np) if "(" in np else np).strip(" ,;:—–-\u00a0")
    if not text or len(text) > 120:
        return None
    low = text.lower()
    if low in lexicon.PRONOUN_GENDER:
        return Mention(text, "pronoun")
    words = text.split()
    first = words[0].lower()
    if not words[-1][0].isupper() and not (_RX_DET_WORD.match(first) or _RX_POSS_WORD.match(words[0])):
        return None  # no name ends in a lower-case word; only a description may, after "the" or "X's"
    if all(w[0].isupper() or w.lower() in ("of", "the", "for") or _RX_PARTICLE.fullmatch(w)
           for w in words):
        return _classify_name(text, words)
    # A name after a lower-case title: "the Rev. Peter Wherry", "Democratic nominee Hillary
    # Clinton", "9/11 widow Terry Strada".
    m = _TITLED_NAME.match(text)  # (anchored at both ends)
    if m and len(m["pre"].split()) <= 6:
        pre = m["pre"].split()
        first_name = m["name"].split()[0].lower()
        titled = pre and (pre[-1].lower() in lexicon.TITLE_WORDS or pre[-1].lower() in lexicon.ROLE_NOUNS)
        while pre and pre[0].lower() in _STOP:  # "with Tom Hale": no title at all
            pre = pre[1:]
        ment = _classify_name(m["name"], m["name"].split())
        # A title before the name; or, after words that could be a title, a known first name or
        # the name's own title ("retired neurosurgeon Ben Carson", "retired Army Lt. Gen. Mick
        # Bednarek"), but not after a clause ("who has given money to Marco Rubio").
        clean = not any(w.lower() in _STOP for w in pre)
        known_first = first_name in lexicon.FIRST_NAMES
        if ment and ment.kind == "name" and (titled or clean and (known_first or ment.role)):
            # What stands before the name is a title only when it ends like one.
            if not (titled or pre and _agent_noun(pre[-1])):
                pre = []
            role = _strip_article(" ".join(pre)) or None
            if role and role.lower() in lexicon.HONORIFICS:
                role = None
            return Mention(ment.text, "name", ment.name, ment.role or role, ment.honorific)
    if first == "the" and 1 < len(words) <= 6 and all(w[0].isupper() for w in words[1:]):
        name = " ".join(words[1:-1] + [_clean_token(words[-1])])
        return Mention(text, "org", name=name)  # "the Daily Caller", "the New York Times"
    if _RX_DET_WORD.match(first) and len(words) > 1:
        return _classify_description(text, words)
    if _RX_POSS_WORD.match(words[0]) and len(words) > 1 and all(
        w[0].islower() for w in words[1:]
    ):
        return Mention(text, "description")  # "Obama's former campaign strategist"
    return None


_TITLED_NAME = Twin(
    rf"^(?P<pre>(?:[^\s]+\s+){{1,6}}?)(?P<name>(?:{_TOKEN})(?:\s+(?:{_PARTICLE}\s+)?(?:{_TOKEN})){{0,3}})$"
)


def _classify_name(text: str, words: list[str]) -> Mention | None:
    while (len(words) > 1 and words[0].lower() in _STOP and words[1][:1].isupper()
           and words[0].lower() not in lexicon.HONORIFICS):
        words = words[1:]  # "As Steven M. Rosenthal", "The New York Times"
        text = " ".join(words)
    honorific = ""
    if words[0].lower() in lexicon.HONORIFICS:
        honorific = lexicon.HONORIFICS[words[0].lower()]
    role_tokens, name_tokens = split_title(words)
    n_role = len(role_tokens)
    name_tokens = [_clean_token(t) for t in name_tokens]
    if not name_tokens or not name_tokens[-1][:1].isupper():
        return None  # "Russian for": a name ends in a capitalised word
    low_first = name_tokens[0].lower().rstrip(".")
    if low_first in _STOP or low_first in _MONTH_OR_DAY:
        return None
    name = " ".join(name_tokens)
    role_tokens = [t for t in role_tokens if t.lower() not in lexicon.HONORIFICS]
    role = " ".join(role_tokens) or None
    last = name_tokens[-1].lower()
    if last in lexicon.ORG_WORDS or any(t.lower() in lexicon.ORG_WORDS for t in name_tokens[1:]):
        full = " ".join(_clean_token(t) if i == len(words) - 1 else t for i, t in enumerate(words))
        return Mention(text, "org", name=full)
    if "of" in name_tokens[2:]:
        # "Chuck Schumer of New York", "Joel Pollak of Breitbart California": the person, then
        # where they come from.
        name_tokens = name_tokens[:name_tokens.index("of", 2)]
        name = " ".join(name_tokens)
        text = " ".join(words[:n_role + len(name_tokens)])
    if len(name_tokens) > 4:
        return None
    mention_text = text if honorific else name
    return Mention(mention_text, "name", name=name, role=role, honorific=honorific)


_PROPER = Twin(
    rf"(?:the\s+)?{_TOKEN}(?:\s+(?:{_CONNECT}\s+)?{_TOKEN})*"
)


def _classify_description(text: str, words: list[str]) -> Mention | None:
    # A document: "a note on Kazakhstan’s Foreign Ministry’s website", "a statement from X".
    lows = [_clean_token(w).lower().strip(".,") for w in words]
    if lows[-1] in _STOP:
        return None  # "... columnist David Auerbach went so far as to": a clause, cut short
    doc_at = next((i for i, w in enumerate(lows) if w in lexicon.DOCUMENT_NOUNS), None)
    role_at = next((i for i, w in enumerate(lows) if w in lexicon.ROLE_NOUNS), None)
    # The proper name inside ("... from the Interior Ministry", "... on X’s website").
    owner = None
    for m in _PROPER.finditer(text, len(words[0])):
        cand = _RX_THE.sub("", m.group())
        toks = cand.split()
        if toks and toks[0].lower() not in _STOP:
            owner = " ".join(toks[:-1] + [_clean_token(toks[-1])])
            break
    head = doc_at if doc_at is not None and (role_at is None or doc_at <= role_at) else role_at
    if head is not None and not _noun_phrase_tail(lows[head + 1:]):
        return None  # "The statement also referenced ...": a clause, not a noun phrase
    if doc_at is not None and head == doc_at:
        return Mention(text, "document", name=owner)
    if role_at is not None or lows[-1] in lexicon.ORG_WORDS:
        return Mention(text, "description", name=owner)
    if lows[-1] in lexicon.PARTY_NOUNS and len(words) <= 5:
        # "a New Hampshire Republican": the capitalised words describe, they name nobody.
        return Mention(text, "description")
    if len(words) <= 4 and _RX_LOWER_WORD.fullmatch(words[-1]) and lows[-1] not in _STOP:
        return Mention(text, "description", name=owner)  # "the announcer", "a narrator"
    return None


_PREPOSITIONS = {"of", "on", "from", "for", "at", "in", "by", "with", "to"}


def _noun_phrase_tail(words: list[str]) -> bool:
    """What may follow the head of a description: nothing, a prepositional phrase, more nouns
    ("the campaign spokesman") but no verb ("the statement also referenced")."""
    return not words or words[0] in _PREPOSITIONS or not any(
        w in lexicon.VERB_FILLERS or w in _AUXILIARIES or w.endswith(("ed", "ing"))
        for w in words[:2]
    )


# Verbs that begin a clause ("the candidate could be ..."), never a noun phrase's tail.
_AUXILIARIES = frozenset(
    "could should can may might must shall is was are were be been does did do".split()
)
_CLAUSE_VERBS = _AUXILIARIES | {"would", "will", "has", "have", "had"}


def _head_noun(mention: Mention) -> str:
    words = [w.lower().strip(".,") for w in mention.text.split()]
    for w in words[1:]:
        if w in lexicon.ROLE_NOUNS or w in lexicon.ORG_WORDS:
            return w
    return words[-1]


_ROLE_SYNONYMS = {
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
    "senator": ("senator", "sen."),
    "representative": ("representative", "rep.", "congressman", "congresswoman"),
    "governor": ("governor", "gov."),
    "official": ("official", "minister", "secretary", "spokesman", "spokeswoman", "director"),
}


def _role_matches(head: str, role: str | None) -> bool:
    if not role:
        return False
    words = set(_RX_ROLE_WORDS.findall(role.lower()))
    return any(w in words for w in _ROLE_SYNONYMS.get(head, (head,)))


_NOT_BUSINESS = set("""ministry department agency office government embassy kremlin pentagon police
court campaign parliament senate congress assembly cabinet council committee commission union
party army navy military administration authority school library hospital university""".split())


def _is_business(name: str) -> bool:
    return _fold(name).split()[-1] not in _NOT_BUSINESS


@functools.lru_cache(maxsize=1 << 12)
def _first_name_gender(name: str) -> str:
    """ "m" or "f" where the name's first word is a first name of one gender only, else ""."""
    first = name.split(None, 1)[0].lower()
    if first in lexicon.MALE_NAMES and first not in lexicon.FEMALE_NAMES:
        return "m"
    if first in lexicon.FEMALE_NAMES and first not in lexicon.MALE_NAMES:
        return "f"
    return ""


class Resolver:
    """The document's entities and a timeline of where the narration mentions them."""

    def __init__(self) -> None:
        self.entities: list[Entity] = []
        self._by_key: dict[str, int] = {}
        self._by_last: dict[str, int] = {}
        self.timeline: list[tuple[int, int]] = []  # (position, entity index), sorted

    # -- building -----------------------------------------------------------------------
    def find(self, name: str) -> int | None:
        """The person this name (full, or a last name alone) already stands for."""
        return self._find(*_name_key(name))

    def _find(self, key: str, last: str, n_words: int) -> int | None:
        idx = self._by_key.get(key)
        if idx is not None:
            return idx
        if n_words == 1:
            return self._by_last.get(last)
        idx = self._by_key.get(last)
        if idx is None or self.entities[idx].kind != "person":
            return None
        if self.entities[idx].words > 1 and _fold(self.entities[idx].name) != key:
            return None  # two people sharing a last name: keep them apart
        return idx

    def last_names(self) -> set[str]:
        """The last words of the people's names, as the text writes them."""
        return {alias.split()[-1] for ent in self.entities if ent.kind == "person"
                for alias in ent.aliases}

    def person(self, name: str, *, role: str | None = None, gender: str = "") -> int:
        """The person this name stands for, registered now if new."""
        key, last, n_words = _name_key(name)
        idx = self._by_key.get(key)  # (the first step of _find, the usual answer)
        if idx is None:
            idx = self._find(key, last, n_words)
            if idx is None:
                idx = len(self.entities)
                self.entities.append(Entity(name, "person"))
        ent = self.entities[idx]
        ent.add_name(name, n_words)
        if role and not ent.role:
            ent.role = role
        if not ent.gender:
            ent.gender = gender or _first_name_gender(name)
        self._by_key[key] = idx
        self._by_key.setdefault(last, idx)
        self._by_last.setdefault(last, idx)
        return idx

    def org(self, name: str) -> int:
        bare = _RX_THE.sub("", name) if name[:3].lower() == "the" else name
        key = _fold(bare)
        idx = self._by_key.get(key)
        if idx is None:
            for other, i in self._by_key.items():
                ent = self.entities[i]
                if ent.kind == "org" and (other.endswith(" " + key) or key.endswith(" " + other)):
                    idx = i
                    break
        if idx is None:
            idx = len(self.entities)
            self.entities.append(Entity(bare, "org", "o"))
        self.entities[idx].add_name(bare, len(bare.split()))
        self._by_key[key] = idx
        return idx

    def mention_at(self, pos: int, idx: int) -> None:
        insort(self.timeline, (pos, idx))

    # -- resolving ----------------------------------------------------------------------
    def recent(self, pos: int, limit: int = 60):
        at = bisect_left(self.timeline, (pos, -1))
        seen = 0
        for k in range(at - 1, -1, -1):
            yield self.timeline[k]
            seen += 1
            if seen >= limit:
                return

    def pronoun(self, word: str, pos: int, floor: int) -> int | None:
        gender = lexicon.PRONOUN_GENDER.get(word.lower(), "")
        if gender not in ("m", "f", "o"):
            return None
        for p, idx in self.recent(pos):
            if p < floor:
                break
            ent = self.entities[idx]
            if gender == "o":
                if ent.kind == "org":
                    return idx
                continue
            if ent.kind != "person" or ent.gender not in ("", gender):
                continue
            if not ent.gender:
                ent.gender = gender
            return idx
        return None

    def description(self, mention: Mention, pos: int, floor: int) -> int | None:
        head = _head_noun(mention)
        if head in ("counterpart",):
            return None
        org_head = head in lexicon.ORG_WORDS or head in lexicon.GENERIC_ORG_NOUNS
        for p, idx in self.recent(pos):
            if p < floor:
                break
            ent = self.entities[idx]
            if org_head:
                if ent.kind == "org" and (
                    head in _fold(ent.name).split()
                    or head in lexicon.GENERIC_ORG_NOUNS and _is_business(ent.name)
                ):
                    return idx
            elif ent.kind == "person" and _role_matches(head, ent.role):
                return idx
        return None


class _Segment(NamedTuple):
    """The narration of a passage's sentence before it and after it."""

    before: tuple[int, int]
    after: tuple[int, int]
    lead: tuple[int, int] | None = None  # "The Times reports:" ending the paragraph before
    sign: tuple[int, int] | None = None  # "- Bernie Sanders." as the paragraph after
    # The end of the last sentence that ends in the narration before the passage with more than
    # a space to go, or None: found here once, for _previous_sentence, which needs it again.
    last_end: int | None = None
    clause: tuple[tuple[int, int], ...] = ()  # before and after, those not empty


_DASHES = ("―", "—", "–", "-")
# How far from a quotation its attribution is looked for, in characters: a sentence of news prose
# is far shorter, and the bound keeps a pathological text (a megabyte without a full stop) linear.
_WINDOW = 600


def _segments(text: str, paras: Paragraphs, spans: list[Span]) -> list[_Segment]:
    out = []
    starts, ends = paras.starts, paras.ends
    n_paras = len(starts)
    prev_end = 0  # where the passage before ends (0 before the first: never past a paragraph start)
    # Where the passage after starts: past every paragraph end after the last passage.
    next_starts = [span.start for span in spans[1:]]
    next_starts.append(len(text) + 1)
    sentence_end = SENTENCE_END.on(text)
    for span, next_start in zip(spans, next_starts):
        start, end = span.start, span.end
        p = bisect_right(starts, start) - 1
        lo = starts[p]
        if prev_end > lo:
            lo = prev_end
        if lo < start - _WINDOW:
            lo = start - _WINDOW
        bs = lo
        last_end = None
        for m in sentence_end.finditer(text, lo, start + 1):  # +1: the lookahead sees the mark
            e = m.end()
            if e <= start:
                bs = e
                if e < start - 1:
                    last_end = e
        pe = bisect_right(starts, end - 1) - 1 if end > start else p
        hi = ends[pe]
        if next_start < hi:
            hi = next_start
        m = sentence_end.search(text, end, min(hi, end + _WINDOW))
        ae = m.end() if m else hi
        if ae < end:
            ae = end
        elif ae > end + _WINDOW:
            ae = end + _WINDOW
        lead = sign = None
        if start == starts[p]:  # the passage starts its paragraph
            if p and text.endswith(":", 0, ends[p - 1]) and prev_end <= starts[p - 1]:
                ls = starts[p - 1]
                for m in sentence_end.finditer(text, ls, ends[p - 1]):
                    ls = m.end()
                lead = (ls, ends[p - 1])
            if (pe + 1 < n_paras and text.startswith(_DASHES, starts[pe + 1])
                    and not text[end:ends[pe]].strip() and next_start >= ends[pe + 1]):
                sign = (starts[pe + 1], ends[pe + 1])
        before, after = (bs, start), (end, ae)
        # The narration before and after that the attribution stands in (the parts not empty).
        if bs < start:
            clause = (before, after) if ae > end else (before,)
        else:
            clause = (after,) if ae > end else ()
        out.append(_Segment(before, after, lead, sign, last_end, clause))
        prev_end = end
    return out


# A character of a noun phrase: no clause punctuation, but the full stop of "Mr." or "G.K.".
_NP = (
    r"(?:\([^()\n]{0,40}\)|[^,.;:!?“”\"«»\n(]|"
    + behind("Mr Mrs Ms Dr Sen Rep Gov Gen Lt Col Capt St Jr Sr Prof Rev Pres".split(), chars=r"\p{Lu}",
             lead=r"(?<!\p{L})")
    + r"\.(?=\s*\p{Lu}|\p{Lu}))"
)
_RX_NP = Twin(rf"{_NP}{{1,100}}")
# The words between a quotation and its reporting verb: a noun phrase, perhaps with up to three
# comma-set appositions ("X, the head of Y, said"), perhaps an adverb.  Matched in full against
# the text before the first reporting verb, which is found first (much cheaper than letting one
# pattern try every verb at every place).
# What may stand between a closing mark and the attribution: space, a comma or dash, and a stray
# closing mark (''Text,''' closes a quotation within a quotation and the quotation itself).
_LEAD = r"[\s,—–'’\"”-]*"
_AFTER_SUBJECT = Twin(
    rf"{_LEAD}(?P<np>{_NP}{{1,100}}?(?:(?:,[^,;:!?“”\"\n]{{1,160}}){{1,3}},)?)\s+(?:\p{{Ll}}+ly\s+)?"
)
_AFTER_CUE_NP = Twin(
    rf"^{_LEAD}(?P<cue>{_CUE_ALT})\s+(?P<np>{_NP}{{1,100}}?)"
    rf"(?=\s*(?:[,.;:!?—–]|$|\s(?:on|in|at|during|after|before|when|while|who|as|to|from|"
    rf"about|of|last|this|yesterday|today|told)\b))"
)
# A verb the word lists do not know, in the places only a reporting verb stands: right after a
# quotation with a name or pronoun before it, the sentence ending there ("…,” he scoffed."), or
# before a colon that opens one ("Mr. Christie gloated: “…”").
_NAME_OR_PRONOUN = rf"(?:(?:{_TOKEN})(?:\s+(?:{_TOKEN})){{0,3}}|he|she|they|He|She|They)"
_AFTER_ANY_VERB = Twin(  # also "…?” the audience screamed back."
    rf"^{_LEAD}(?P<np>{_NAME_OR_PRONOUN}|the\s+(?:crowd|audience|room|hall))\s+(?P<cue>\p{{Ll}}{{2,}}ed)"
    rf"(?:\s+(?:back|out|on\s+\p{{Lu}}\p{{Ll}}+|yesterday|today|last\s+\p{{Ll}}+))?\s*[.!]\s*$"  # "fumed on Tuesday."
)
_AFTER_ANY_VERB_INVERTED = Twin(  # "…?” reacted Trump."
    rf"^{_LEAD}(?P<cue>\p{{Ll}}{{2,}}ed)\s+(?P<np>(?:{_TOKEN})(?:\s+(?:{_TOKEN})){{0,3}})"
    rf"(?:,[^.!?“”\"\n]{{1,120}})?\s*[.!]\s*$"  # "remembered Roy Verley, HP's former spokesman."
)
_BEFORE_ANY_VERB = Twin(
    rf"(?:^|[.!?]\s+|,\s+|\b(?:when|as|but|then)\s+)(?P<np>{_NAME_OR_PRONOUN})\s+(?P<cue>\p{{Ll}}{{2,}}ed)"
    rf"\s*(?P<colon>:)?\s*$"
)
_FOLLOWING = Twin(
    rf"(?:^|[.!?]\s+|,\s+)(?P<np>{_NAME_OR_PRONOUN})\s+(?:\p{{Ll}}+ly\s+)?(?P<cue>\p{{Ll}}+)"
    rf"\s+(?:the\s+following|this)(?:\s+\p{{Ll}}+){{0,2}}\s*:\s*$"
)
_AND_VERB_COLON = Twin(r"\s+and\s+(?P<cue>\p{Ll}{2,}ed)\s*:\s*$")
_FOLLOWING_TAIL = Twin(
    r"(?:\s+\p{Ll}+ly)?\s+(?P<cue>\p{Ll}+)\s+the\s+following(?:\s+\p{Ll}+){0,2}\s*:\s*$"
)
_SENTENCE_CLOSE = Twin(r"(?:\s+(?:on|in|at|last|this)\s+[^,.;:!?“”\"]{1,40})?\s*[.!?]")
_ACCORDING_AFTER = Twin(rf"^{_LEAD}according\s+to\s+(?P<np>{_NP}{{1,100}})")
# (Rare, and case-insensitive with a cased property: `regex` alone, see latin.py.)
_ACCORDING_BEFORE = regex.compile(rf"according\s+to\s+(?P<np>{_NP}{{1,100}}),\s*$", regex.I)
# A signature in the paragraph after a quotation: "- Bernie Sanders.", "-President Obama, tweeting
# after the speech."
_SIGNATURE = Twin(
    rf"[―—–-]{{1,2}}[ \t\u00a0]*(?P<np>{_NP}{{2,60}}?)(?:,[^\n]{{0,100}})?\.?[ \t\u00a0]*$"
)
# A signature line: "…” ― Pamela Padilla".
_DASH_NAME = Twin(
    rf"^[ \t\u00a0]*[―—–-]{{1,2}}[ \t\u00a0]*(?P<np>{_NP}{{2,60}}?)\.?[ \t\u00a0]*(?:\n|$)"
)
_NAME_COLON = Twin(
    rf"(?:^\s*|[-—–―:.]\s+)(?P<np>(?:{_TOKEN})(?:\s+(?:{_PARTICLE}\s+)?(?:{_TOKEN})){{1,3}})\s*:\s*$"
)
# A surname alone before a colon ("Ryan: “…”"): a speaker only when the text names that person.
_SURNAME_COLON = Twin(
    r"(?:^\s*|[-—–―:”\"]\s+|"
    + behind("Mr Mrs Ms Dr Sen Rep Gov Gen St Prof Rev".split(), chars=r"\p{Lu}", lead=r"\b", negative=True)
    + r"[.!?]\s+)(?P<np>\p{Lu}[\p{L}\p{M}’'\-]+)\s*:\s*$"
)
# Two lead-ins before a subject, the first of them a time, a place or a circumstance ("On
# Thursday, after remaining neutral ...,", "Speaking in Salem, New Hampshire,").
_TWO_LEADS = (
    r"(?i:on|in|at|after|before|when|while|during|earlier|later|last|this|since|following|speaking)\b"
    r"[^,.;:!?“”\"]{0,60},\s+[^,.;:!?“”\"]{0,60},\s+"
)
# The subject that opens a sentence, after up to two lead-ins ("On Tuesday, after ...,"): whom a
# participle ("..., saying") or a second verb ("X said ... and added") goes back to.
_SENTENCE_SUBJECT = Twin(
    rf"\s*(?:{_TWO_LEADS}|[^,.;:!?“”\"]{{0,60}},\s+)?(?:(?i:and|but|so|yet|then|still|now|instead)\s+){{0,2}}"
    rf"(?P<np>(?:{_TOKEN})(?:\s+(?:{_CONNECT}\s+)?(?:{_TOKEN})){{0,7}}(?:[’']s"
    rf"(?:\s+\p{{Ll}}[\p{{Ll}}-]*){{1,3}})?|(?i:he|she|they))[\s,]"
)
_DASH_ASIDE = Twin(r"\s*(?:--|[—–])(?:(?!--|[—–]).){1,200}(?:--|[—–])$")
_BEFORE_TAIL = Twin(r"(?:\s+[^,:;.!?“”\"\n]{0,60}?)?\s*[,:]?\s*$")
_APPOS_NAME = Twin(r"(?P<appos>[^,]{2,80}),\s*(?P<name>[^,]{2,60}?)\s*,$")
_NAME_APPOS_FIRST = Twin(r"(?P<name>[^,]{2,60}?)\s*,\s*(?P<appos>[^,]{2,90}).{0,200},$")
# "X, the head of Y, said": a name, then the apposition running to the last comma.  Whether a
# name may stand in a field is settled by what follows the field's comma alone (a name holds no
# comma), so that part is also a pattern of its own, tried first (see _name_appos).
_APPOS_TO_END = r"\s*(?P<appos>(?>[^,]{2,90})(?:,\s*\p{Lu}(?>[^,]{1,60}))?)\s*,$"
_NAME_APPOS = Twin(r"(?=[^,]{2,60}+\s*,)(?P<name>[^,]{2,60}?)\s*," + _APPOS_TO_END)
_RX_APPOS_TO_END = Twin(_APPOS_TO_END)


def _subject_before(pre: str, base: int) -> tuple[Mention, int] | None:
    """The subject that ends ``pre`` (the narration right before a cue), with its position,
    ``pre`` starting at ``base``."""
    found = _subject_at_end(pre)
    return (found[0], base + found[1]) if found else None


@functools.lru_cache(maxsize=1 << 12)
def _subject_at_end(pre: str) -> tuple[Mention, int] | None:
    """The subject that ends ``pre``, with its offset in ``pre``.  Cached: the same few words
    ("he", "Trump", "the senator") stand before a reporting verb again and again."""
    base = 0
    if len(pre) > 300:  # a subject with its appositions is far shorter; keeps searches cheap
        base += len(pre) - 300
        pre = pre[-300:]
    s = (_RX_PAREN.sub("", pre) if "(" in pre else pre).rstrip()  # "(D-Mo.)"
    words = s.split()
    while words and (words[-1] in lexicon.VERB_FILLERS or words[-1].endswith("ly")) and len(words) > 1:
        s = s[: s.rstrip().rfind(words[-1])].rstrip()  # "has", "often", "recently"
        words.pop()
    if not s:
        return None
    if s.endswith(("--", "—", "–")) and (aside := _DASH_ASIDE.search(s)) and aside.start():
        # "X, the head of Y -- which also owns Z -- told me": the subject without its aside,
        # read as if the aside were one more apposition.
        s = s[:aside.start()].rstrip()
        s += "," if "," in s else ""
    if s.endswith(","):
        if len(s) > 200:
            base += len(s) - 200
            s = s[-200:]
        # The last field is the name (at most 60 characters) or the apposition (at most 90):
        # longer, neither pattern can match, and trying costs more than anything else here.
        last_field = len(s[s.rfind(",", 0, len(s) - 1) + 1:-1].strip())
        m = _APPOS_NAME.search(s, _after_commas(s, 3)) if last_field <= 60 else None
        if m:
            appos = _last_clause(m["appos"])
            # "the mayor, X,"; "California Rep. Y's chief of staff, X,"
            owned_role = _owned_role(appos)
            if _RX_DET_START.match(m["appos"].strip()) or owned_role:
                ment = classify(m["name"])
                if ment and ment.kind in ("name", "org"):
                    role = ment.role or role_of_apposition(appos) or owned_role
                    if ment.kind == "name" and role:
                        ment = Mention(ment.text, ment.kind, ment.name, role, ment.honorific)
                    return ment, base + m.start("name")
        if last_field <= 60 and (found := _full_name(s[len(s) - 1 - last_field - 1:-1])):
            return found[0], base + len(s) - 1 - last_field - 1 + found[1]  # "…, Gov. X (R-OH), said"
        m = _NAME_APPOS_FIRST.match(s)
        if not (m and classify(m["name"])):
            m = _name_appos(s) if last_field <= 90 else None
        if m:
            name_part = _last_clause(m["name"])
            ment = classify(name_part)
            at = base + m.start("name") + m["name"].rfind(name_part)
            if ment and ment.kind == "name":
                role = ment.role or role_of_apposition(m["appos"])
                return Mention(ment.text, ment.kind, ment.name, role, ment.honorific), at
            if ment and ment.kind in ("description", "document", "org"):
                return ment, at  # "an aide, who asked not to be named, said"
        return None
    clause = _last_clause(s)
    if len(clause) > 120:  # a name or a description is far shorter; the end is what counts
        clause = clause[-120:]
    offset = base + len(s) - len(clause)
    ment = classify(clause)
    if ment:
        return ment, offset
    # The maximal run of capitalised words at the end ("In Moscow, Foreign Minister X").
    m = _RX_NAME_AT_END.search(clause)
    if m and _participle_object(clause[:m.start()]):
        m = None  # "Another source speaking to Fox News": the name is an object, not the subject
    if m:
        ment = classify(m.group())
        if ment and ment.kind in ("name", "org"):
            return ment, offset + m.start()
    m = _RX_PRONOUN_AT_END.search(clause)
    if m:
        return Mention(m.group(), "pronoun"), offset + m.start()
    for m in _RX_DET_ANY.finditer(clause):
        ment = classify(clause[m.start():])
        if ment and ment.kind in ("description", "document"):
            return ment, offset + m.start()
    return None


def _name_appos(s: str) -> re.Match | regex.Match | None:
    """``_NAME_APPOS.search(s)`` from the fourth comma from the end, searched only from the
    first field after which an apposition runs to the end: in the fields before, every place
    would be tried with every length of name, and fail (ten times the cost of the rest)."""
    field = _after_commas(s, 4)
    comma = s.find(",", field, len(s) - 1)
    while comma >= 0:
        if _RX_APPOS_TO_END.match(s, comma + 1):
            return _NAME_APPOS.search(s, field)
        field = comma + 1
        comma = s.find(",", field, len(s) - 1)
    return None


def _owned_role(phrase: str) -> str | None:
    """A role someone holds for a named owner, before their name: "Ms. Merkel's spokesman",
    "the mayor's chief of staff"; None for anything else."""
    words = phrase.split()
    if not any(w.endswith(("’s", "'s")) for w in words[:-1]):
        return None
    head = [w.lower() for w in words]
    if "of" in head[1:]:
        head = head[:head.index("of", 1)]  # "chief of staff"
    if not head or head[-1] not in lexicon.ROLE_NOUNS:
        return None
    while words[0].lower() in _STOP:  # "And Florida's attorney general"
        words = words[1:]
    return " ".join(words)


def _full_name(field: str) -> tuple[Mention, int] | None:
    """The field is a person's full name, with its first name or title ("Gov. Jane Holt"), and
    its offset in the field; None for anything less sure ("Virginia Democrat", "D-Del.")."""
    text = field.strip()
    ment = classify(text) if text else None
    if not ment or ment.kind != "name":
        return None
    words = ment.name.lower().split()
    if len(words) < 2 or words[-1] in lexicon.PARTY_NOUNS:
        return None
    if not (ment.role or ment.honorific or words[0] in lexicon.FIRST_NAMES):
        return None
    return ment, field.find(text)


def _participle_object(before: str) -> bool:
    """Does ``before`` end with a participle and a preposition ("speaking to", "writing for"),
    so that the name after it is the participle's object?"""
    words = before.split()
    return len(words) >= 2 and words[-1] in _PREPOSITIONS and words[-2].endswith("ing")


def _after_commas(s: str, n: int) -> int:
    """Where the last n-1 commas' fields begin: a pattern whose fields hold no other comma
    cannot match earlier, so its search starts there instead of trying every place."""
    cut = len(s)
    for _ in range(n):
        cut = s.rfind(",", 0, cut)
        if cut < 0:
            return 0
    return cut + 1


def _last_clause(s: str) -> str:
    cut = max(s.rfind(","), s.rfind(";"), s.rfind("("), s.rfind(")"), s.rfind("—"), s.rfind("–"))
    return s[cut + 1:].strip() if cut >= 0 else s.strip()


def _strip_article(s: str) -> str:
    return _RX_ARTICLE.sub("", s.strip())


def _subject_after(post: str, base: int) -> tuple[Mention, int] | None:
    """The subject right after a cue ("said Lavrov", "said the minister, ...")."""
    m = _RX_SPACE.match(post)
    if not m:
        return None
    s = post[m.end():]
    np = _RX_NP.match(s)
    if not np:
        return None
    words = np.group().split()
    for n in range(min(len(words), 9), 0, -1):
        cand = " ".join(words[:n])
        ment = classify(cand)
        if ment:
            rest = s[len(cand):]
            next_word = rest.split(None, 1)[:1]
            if next_word and next_word[0] in _CLAUSE_VERBS:
                return None  # "said the candidate could win": what was said, not who said it
            am = _RX_APPOS_AFTER.match(rest)
            nm = _RX_NAME_AFTER.match(rest) if ment.kind == "description" else None
            if nm and (named := _full_name(nm["name"])):
                # "said the former governor, Tom Hale": the name, with the description as role
                return (named[0]._replace(role=named[0].role or _strip_article(ment.text)),
                        base + m.end() + len(cand) + nm.start("name") + named[1])
            role = role_of_apposition(am["appos"]) if am else None
            if ment.kind == "name" and role:
                ment = Mention(ment.text, ment.kind, ment.name, ment.role or role, ment.honorific)
            return ment, base + m.end()
    return None


def _named(m, kinds: tuple[str, ...], base: int, cue: str | None, cue_pos: int):
    """The attribution a pattern found when its noun phrase (group ``np``) is of one of
    ``kinds``: (mention, mention position, cue, cue position), or None."""
    ment = classify(m["np"]) if m else None
    if ment and ment.kind in kinds:
        return ment, base + m.start("np"), cue, cue_pos
    return None


def _find_attribution(text: str, seg: _Segment, span: Span, known: frozenset[str]):
    """(mention, mention position, cue, cue position) or None."""
    b0, b1 = seg.before
    j = b1 - 1
    while j >= b0 and text[j].isspace():
        j -= 1
    before_found: tuple | None | bool = False  # False: not looked for yet
    if j >= b0 and text[j] == ":":
        before_found = _find_before(text, seg, span, known)
        if before_found and before_found[3] >= b1 - 80:
            return before_found  # the verb just before the colon: "In a statement, X said: “…”"
    elif j >= b0 and text[j] == "," and (cue := _cue_ending(text, max(b0, j - 30), j)):
        # "... and said, “…”": the verb right before the passage introduces it.
        before_found = _find_before(text, seg, span, known)
        if before_found and before_found[3] == cue.start():
            return before_found
    a0, a1 = seg.after
    after = text[a0:a1]
    if after.strip():
        # (The rarer patterns are tried only where the words they need are there at all.)
        m = _DASH_NAME.match(after) if after.lstrip(" \t\u00a0").startswith(_DASHES) else None
        if found := _named(m, ("name", "org"), a0, None, a0 + (m.start() if m else 0)):
            return found
        if "according" in after and (m := _ACCORDING_AFTER.match(after)):
            got = _subject_after(" " + m["np"] + after[m.end():], a0 + m.start("np") - 1)
            if got:
                return got[0], got[1], "according to", a0 + m.start()
        cues = _cues_in(after[:400])
        for cue in cues[:2]:
            m = _AFTER_SUBJECT.on(text).fullmatch(after, 0, cue.start())
            if m and not (span.closed and text[span.inner_end - 1:span.inner_end] == "."
                          and _leads_next(after, cue)):
                got = _subject_before(m["np"], a0 + m.start("np"))
                if got:
                    return got[0], got[1], _cue(cue["cue"]), a0 + cue.start()
        m = _AFTER_CUE_NP.on(text).match(after)
        if m:
            got = _subject_after(after[m.end("cue"):], a0 + m.end("cue"))
            if got:
                return got[0], got[1], _cue(m["cue"]), a0 + m.start("cue")
        if cues and _SENTENCE_CLOSE.on(text).match(after, cues[-1].end()):
            # The sentence ends with its attribution: 'Obama "felt a moral obligation" to act,
            # Axelrod said.'
            cue = cues[-1]
            got = _subject_before(after[: cue.start()], a0)
            if got and got[0].kind in ("name", "org", "pronoun", "description", "document"):
                return got[0], got[1], _cue(cue["cue"]), a0 + cue.start()
        if cues and (cue := cues[-1]) and after[:cue.start()].rstrip().endswith(",") and (
                _RX_INVERTED_END.match(after, cue.end())):
            # '"…" in the 2008 primary, said Ohio State University professor Paul Beck.'
            got = _subject_after(after[cue.end():], a0 + cue.end())
            if got and got[0].kind in ("name", "description"):
                return got[0], got[1], _cue(cue["cue"]), a0 + cue.start()
        if "ed" in after and after.rstrip().endswith((".", "!")):
            m = _AFTER_ANY_VERB.on(text).match(after)  # "…,” Oliver barked.
            if found := _named(m, ("name", "pronoun", "description"), a0, m and m["cue"],
                               a0 + (m.start("cue") if m else 0)):
                return found
            m = _AFTER_ANY_VERB_INVERTED.on(text).match(after)  # "…?” reacted Trump.
            if found := _named(m, ("name",), a0, m and m["cue"], a0 + (m.start("cue") if m else 0)):
                return found
    if seg.sign and (m := _SIGNATURE.match(text, *seg.sign)):
        # A line of its own after a quotation that stands alone: "- Bernie Sanders."
        if found := _named(m, ("name", "org"), 0, None, m.start()):
            return found
    return _find_before(text, seg, span, known) if before_found is False else before_found


def _cue_ending(text: str, lo: int, hi: int) -> re.Match | None:
    """The reporting verb that ends ``text[lo:hi]``, or None."""
    cues = find_cues(text, lo, hi)
    return cues[-1] if cues and not text[cues[-1].end():hi].strip() else None


def _find_before(text: str, seg: _Segment, span: Span, known: frozenset[str]):
    """The attribution in the narration before a passage (or in a lead-in ending with a colon
    at the end of the paragraph before)."""
    b0, b1 = seg.before
    if not text[b0:b1].strip() and seg.lead:
        b0, b1 = seg.lead
    before = text[b0:b1]
    if not before.strip():
        return None
    if ("ccording" in before or "CCORDING" in before) and (m := _ACCORDING_BEFORE.search(before)):
        ment = classify(m["np"])
        if ment:
            return ment, b0 + m.start("np"), "according to", b0 + m.start()
    n_words = len(text[span.inner_start:span.inner_end].split(None, 6))  # counted up to 7
    tail = before.rstrip()
    colon = tail.endswith(":")
    words_before = tail.rstrip(":").rsplit(None, 1)
    last_word = words_before[-1] if words_before else ""  # "\u00a0:" holds no word at all
    if colon:
        m = _NAME_COLON.search(before)  # "Pollsters agree - Carl Bialik: “...”"
        m = m if m and m["np"].split()[0] not in _CUE_FORMS else None  # not "Said Ellis:"
        if found := _named(m, ("name", "org"), b0, None, b0 + (m.end("np") if m else 0)):
            return found
        m = _SURNAME_COLON.search(before)
        if m and m["np"] in known and (found := _named(m, ("name",), b0, None, b0 + m.end("np"))):
            return found
        lead = tail[:-1].strip()
        if (lead and "," not in lead and len(lead.split()) <= 8 and lead.split()[0] not in _CUE_FORMS
                and (named := _full_name(lead))):
            # The whole lead-in is a name: "Former secretary of state Hillary Clinton:"
            return named[0], b0 + before.find(lead), None, b0 + len(tail) - 1
        m = _FOLLOWING.search(before)  # "Sanders made the following comment:"
        if found := _named(m, ("name", "org", "pronoun"), b0, m and m["cue"],
                           b0 + (m.start("cue") if m else 0)):
            return found
        m = _FOLLOWING_TAIL.search(before)  # "Republican nominee Donald Trump issued the following statement:"
        if m and (got := _subject_before(before[:m.start()], b0)) and got[0].kind in ("name", "org"):
            return got[0], got[1], m["cue"], b0 + m.start("cue")
    m = last_word.endswith("ed") and _BEFORE_ANY_VERB.on(text).search(before)  # "X gloated: “…”"
    if m and (m["colon"] or n_words >= 6):
        if found := _named(m, ("name", "pronoun"), b0, m["cue"], b0 + m.start("cue")):
            return found
    if colon and (m := _AND_VERB_COLON.search(before)):
        # "Trump gestured to stop the chant, then leaned in and boomed:": the sentence's subject
        if got := _clause_subject(before, b0, m.start()):
            return got[0], got[1], m["cue"], b0 + m.start("cue")
    cues = _cues_in(before)
    for k in range(len(cues) - 1, -1, -1):
        m = cues[k]
        if n_words < 4 and not _BEFORE_TAIL.on(text).fullmatch(before, m.end()):
            break  # a few quoted words inside reported speech: a term, not a quotation
        pre = before[: m.start()]
        got = _subject_before(pre, b0)
        if k and m["cue"].endswith("ing") and not pre[cues[k - 1].end():].strip(" ,"):
            # "X said, adding,": the participle goes with the verb right before it.
            got = _subject_before(before[: cues[k - 1].start()], b0) or got
        elif m["cue"].endswith("ing") and got and _with_subject(before, got[1] - b0, got[0], m.start()):
            pass  # "with Trump reportedly yelling": the participle's own subject
        elif m["cue"].endswith("ing") or _joins_clauses(pre):
            got = _clause_subject(before, b0, m.start()) or got
        if got is None and (_RX_LEAD_WORD.fullmatch(pre)
                            or pre.rstrip().endswith(",") and _RX_NAME_TAIL.match(before, m.end())):
            # "Said Ellis: ...", "But, said Solovey, ...", "..., explained Rosenberg, ..."
            got = _subject_after(before[m.end():], b0 + m.end())
        if got:
            return got[0], got[1], _cue(m["cue"]), b0 + m.start()
    return None


def _with_subject(text: str, at: int, ment: Mention, end: int) -> bool:
    """Is the mention at ``at`` the subject of a participle at ``end``: "with X (reportedly)
    yelling"?"""
    found = text.find(ment.text, at, end)
    if found < 0 or ment.kind not in ("name", "pronoun") or text[:found].rsplit(None, 1)[-1:] != ["with"]:
        return False
    between = text[found + len(ment.text):end]
    return not any(c in between for c in ",;:") and all(
        w in lexicon.VERB_FILLERS or w.endswith("ly") for w in between.split())


# Nothing, or a conjunction set off by a comma, before an inverted reporting verb ("But, said X,").
_RX_LEAD_WORD = Twin(r"[\s,;:—–\-\u00a0]*(?:(?i:but|and|yet|still|instead|however|then),\s*)?")
_RX_NAME_TAIL = Twin(rf"\s+(?:{_TOKEN})(?:\s+(?:{_TOKEN})){{0,3}}\s*[,:]?\s*$")


def _joins_clauses(pre: str) -> bool:
    """Does the text before a verb end with "and" or "but" (and words like "now"): a second
    verb of the sentence's subject ("X backed Y, but now said ...")?"""
    words = pre.split()
    while words and words[-1] in lexicon.VERB_FILLERS:
        words.pop()
    return bool(words) and words[-1] in ("and", "but")


def _clause_subject(text: str, base: int, end: int):
    """The subject that opens the sentence ``text[:end]`` begins."""
    m = _SENTENCE_SUBJECT.match(text, 0, end)
    if m and not (" " not in m["np"] and m["np"].endswith(("ing", "ed"))):  # not "Appearing"
        ment = classify(m["np"])
        if ment and ment.kind in ("name", "org", "pronoun", "description"):
            return ment, base + m.start("np")
    return None


def _leads_next(after: str, m: re.Match) -> bool:
    """After a full stop, "X said:" introduces the next passage rather than ending this one."""
    return bool(_RX_LEADS.match(after[m.end():]))


def _cue(s: str) -> str:
    return " ".join(s.split())


# A run of capitalised words, read once per distinct run: where its name starts, the name, its
# title, the gender an honorific gives, and what the name can stand for.
_ORG, _SINGLE, _OTHER, _NAMED, _MAYBE = range(5)


@functools.lru_cache(maxsize=1 << 15)
def _name_parts(seq: str) -> tuple[int, str, str, str, int] | None:
    """The name in a run of capitalised words: (where it starts in the run, the name, its title,
    an honorific's gender, its class), or None when no name is left.  Cached across documents:
    news names the same people and places again and again."""
    tokens = seq.split()
    last = _clean_token(tokens[-1])
    if last.lower() in lexicon.ORG_WORDS:
        role_toks, name_toks = [], tokens  # "Kazakhstan’s Foreign Ministry’s website"
    else:
        role_toks, name_toks = split_title(tokens)
    name_toks = name_toks[:-1] + [last]  # the name always ends at the run's last word
    # Drop sentence-initial function words ("At Baikonur", "In Moscow").
    while name_toks and name_toks[0].lower().rstrip(".") in _STOP:
        name_toks = name_toks[1:]
        role_toks = []
    if not name_toks:
        return None
    honor = lexicon.HONORIFICS.get(tokens[0].lower(), "")
    title = ""
    if role_toks:  # most runs have none
        # A title starts at its own words, not the sentence's: "As Professor X" -> "Professor";
        # and after an honorific ("But Mr. Ackman", "Unlike Mr. Rubio": no title at all).
        honorifics = [i for i, t in enumerate(role_toks) if t.lower() in lexicon.HONORIFICS]
        if honorifics:
            role_toks = role_toks[honorifics[-1] + 1:]
        while role_toks and role_toks[0].lower() in _STOP:
            role_toks = role_toks[1:]
        title = " ".join(role_toks)
    lows = [t.lower() for t in name_toks]
    if lows[-1] in lexicon.ORG_WORDS:
        kind = _ORG
    elif len(lows) == 1:
        kind = _SINGLE
    elif len(lows) > 4 or not lexicon.ORG_WORDS.isdisjoint(lows):
        kind = _OTHER
    elif lows[0] in lexicon.FIRST_NAMES or honor:
        kind = _NAMED  # a first name or an honorific marks a person
    else:
        kind = _MAYBE  # a person only where the text gives a role
    return seq.rfind(name_toks[0]), " ".join(name_toks), title, honor, kind


def _mentions_in_narration(text: str, spans: list[Span], resolver: Resolver) -> frozenset[str]:
    """Register the people and organisations the narration introduces, and note where it
    names them; returns the surnames of the people, as the text writes them."""
    gaps = []
    pos = 0
    for span in spans:
        gaps.append((pos, span.start))
        pos = span.end
    gaps.append((pos, len(text)))
    runs = []  # (position, run, gap start, gap end): runs of two or more capitalised words
    # Most capitalised words stand alone: their positions, and the words (perhaps with a full stop).
    single_at: list[int] = []
    single_words: list[str] = []
    capital_runs = _CAPITAL_RUN.on(text).finditer
    for lo, hi in gaps:
        for m in capital_runs(text, lo, hi):
            seq = m.group()
            if " " not in seq:
                single_at.append(m.start())
                single_words.append(seq)
            elif "." in seq:
                start = m.start()
                for offset, part in _sentence_pieces(seq):
                    at = start + offset
                    if " " in part:
                        runs.append((at, part, lo, hi))
                    else:
                        single_at.append(at)
                        single_words.append(part)
            else:
                runs.append((m.start(), seq, lo, hi))

    roles: dict[int, str | None] = {}  # by the run's position: a role is read once per run

    def role_of(title: str, lo: int, at: int, seq: str, hi: int) -> str | None:
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
    for at, seq, lo, hi in runs:
        parts = _name_parts(seq)
        if parts is None:
            continue
        offset, name, title, honor, kind = parts
        idx = None
        if kind == _ORG:
            idx = resolver.org(name)
            orgs.append((at + offset, idx))
        elif kind == _SINGLE:
            if honor:
                idx = resolver.person(name, gender=honor)
        elif kind == _NAMED:
            idx = resolver.person(name, gender=honor)
            # The role only counts for a person without one yet: read it only then.
            if not entities[idx].role and (role := role_of(title, lo, at, seq, hi)):
                entities[idx].role = role
        elif kind == _MAYBE and (role := role_of(title, lo, at, seq, hi)):
            idx = resolver.person(name, role=role)
        found.append((at + offset, idx, name, title, at, seq, lo, hi))
    marks = orgs  # (position, entity): the timeline, sorted once at the end
    for start, idx, name, title, at, seq, lo, hi in found:
        if idx is None:
            idx = resolver.find(name)
        if idx is not None:
            ent = entities[idx]
            if not ent.role:
                ent.role = role_of(title, lo, at, seq, hi)
            marks.append((start, idx))
    # A word alone names someone the text has named in full ("Idrissov explained").
    known = frozenset(resolver.last_names())
    forms = known.union(*((k + "’s", k + "'s") for k in known))
    forms |= {form + "." for form in forms}
    hits = [k for k, word in enumerate(single_words) if word in forms]
    # The resolver no longer changes: each form is looked up once.
    idx_of = {word: resolver.find(_clean_token(word.rstrip(".")))
              for word in {single_words[k] for k in hits}}
    for k in hits:
        idx = idx_of[single_words[k]]
        if idx is not None:
            marks.append((single_at[k], idx))
    resolver.timeline.extend(marks)
    resolver.timeline.sort()
    return known


def _role_near(text: str, lo: int, at: int, end: int, hi: int) -> str | None:
    """The role the narration gives the name at ``text[at:end]`` (within ``lo``..``hi``): a
    title on its left, or an apposition after it or before it.  Each reading needs a space or a
    comma right there; most names have neither, and are settled here without a call."""
    role = None
    if at - 1 > lo and text[at - 1] == " ":
        role = _left_role(text, lo, at)
    if not role and text.startswith(", ", end):
        role = _apposition(text, end, hi)
    if not role and at - 2 >= lo and text.startswith(", ", at - 2):
        role = _apposition_before(text, lo, at)
    return role or None


def _left_role(text: str, lo: int, at: int) -> str | None:
    """A lower-case title right before a name, after a space: "Republican presidential nominee
    Donald Trump"."""
    end = at - 1
    if text[text.rfind(" ", lo, end) + 1:end] not in lexicon.ROLE_NOUNS:
        return None  # the usual case, found without slicing and splitting a window
    words = text[max(lo, at - 80):at].split()
    taken = [words[-1]]
    for w in reversed(words[-5:-1]):
        if w.lower() in _STOP or w in _CUE_FORMS or not w.replace("-", "").replace("’", "").replace("'", "").isalpha():
            break
        taken.append(w)
    return " ".join(reversed(taken))


_APPOSITION = Twin(
    r",\s+(?P<appos>(?>[^,.;:“”\"\n]{2,80})(?:,\s+\p{Lu}(?>[^,.;:“”\"\n]{1,60})(?=,))?),"
)


def _apposition(text: str, at: int, hi: int) -> str | None:
    """ "X, the head of Y, said" -> "head of Y", from the ", " at ``at``."""
    m = _APPOSITION.on(text).match(text, at, min(hi, at + 200))
    return role_of_apposition(m["appos"]) if m else None


_KIN = frozenset("wife husband son daughter father mother brother sister parent widow widower".split())


def _apposition_before(text: str, lo: int, at: int) -> str | None:
    """ "the company's site manager, Ruth Ambler," -> "company's site manager": a role noun
    phrase set off by commas right before the name (``text[at - 2:at]`` is ", ")."""
    start = max(lo, at - 82)
    cut = max(text.rfind(c, start, at - 2) for c in ",.;:!?\n")
    phrase = text[max(start, cut + 1):at - 2].strip()
    words = phrase.split()
    if not 1 < len(words) <= 6 or words[0].lower() not in ("the", "a", "an", "his", "her", "their", "its"):
        return None
    last = words[-1].lower()
    if last not in lexicon.ROLE_NOUNS and last not in lexicon.TITLE_WORDS or last in _KIN:
        return None  # kin share a surname: "his wife, X Lazar," would merge her with him
    return _strip_article(phrase) if words[0].lower() in ("the", "a", "an") else phrase


def attribute(text: str, paras: Paragraphs, spans: list[Span]) -> list[Attribution]:
    resolver = Resolver()
    known = _mentions_in_narration(text, spans, resolver)
    segments = _segments(text, paras, spans)
    out: list[Attribution] = []
    last_speech = -1
    for i, (span, seg) in enumerate(zip(spans, segments)):
        found = _find_attribution(text, seg, span, known)
        if found is None:
            att = _unattributed(text, paras, spans, out, i, seg, resolver, last_speech)
            out.append(att)
            if att.kind == "speech":
                last_speech = i
            continue
        ment, mpos, cue, cpos = found
        idx = _resolve(ment, mpos, resolver, paras)
        follows = None
        split = bool(i) and out[i - 1].cue_pos == cpos  # "A," he said, "B."
        if idx is not None:
            resolver.mention_at(mpos, idx)
            if split or i and out[i - 1].entity == idx and (
                cue in ("added", "adds", "continued", "continues", "went on")
            ):
                follows = i - 1
        last_speech = i
        # (Positional: half the cost of keywords, for every attributed passage.)
        out.append(Attribution("speech", None, ment.text, None, cue, cpos, seg.clause, follows, (),
                               split, idx))
    # Names grow as the document goes on (a fuller form later): every attribution takes its
    # speaker's canonical name, role and aliases at the end, once per entity.
    named: dict[int, tuple] = {}
    for idx in {att.entity for att in out} - {None}:
        ent = resolver.entities[idx]
        named[idx] = (ent.name, ent.role if ent.kind == "person" else None, tuple(sorted(ent.aliases)))
    for k, att in enumerate(out):
        if att.entity is not None:
            out[k] = _named_attribution(att, named[att.entity])
    return out


def _named_attribution(att: Attribution, named: tuple) -> Attribution:
    # Field by field: three times faster than ``_replace``, for every attributed passage.
    speaker, role, aliases = named
    return Attribution(att.kind, speaker, att.mention, role, att.cue, att.cue_pos, att.clause,
                       att.follows, aliases, att.split, att.entity)


_INDEFINITE = frozenset(("a", "an", "one", "another", "some", "several", "two", "three"))
_SPOKES = frozenset(("spokesman", "spokeswoman", "spokesperson"))


def _speaks_for_org(ment: Mention, resolver: Resolver) -> bool:
    """Does a description speak for the organisation it names?  "a Pentagon official", "a White
    House spokesman" do; "a Warren adviser" is not Warren, "the New York businessman" is not New
    York, and "a Florida Republican aide" names a party, not an organisation."""
    words = _fold(ment.name).split()
    if words[-1] in lexicon.PARTY_NOUNS:
        return False
    owner = resolver.find(ment.name)
    if owner is not None:
        return resolver.entities[owner].kind == "org"
    return words[-1] in lexicon.ORG_WORDS or _head_noun(ment) in _SPOKES


def _resolve(ment: Mention, pos: int, resolver: Resolver, paras: Paragraphs) -> int | None:
    if ment.kind == "name":
        return resolver.person(ment.name, role=ment.role, gender=ment.honorific)
    if ment.kind == "org":
        return resolver.org(ment.name)
    if ment.kind == "pronoun":  # the person named within the last six paragraphs
        return resolver.pronoun(ment.text, pos, paras.starts[max(0, paras.index(pos) - 6)])
    if ment.kind == "description":
        # "the minister" is someone the text has introduced; "an official" is someone new.
        indefinite = ment.text.split(None, 1)[0].lower() in _INDEFINITE
        idx = None if indefinite else resolver.description(ment, pos, 0)
        if idx is None and ment.name:
            # "a Pentagon spokesman": the organisation speaks.  "A Warren adviser" is not Warren.
            if _speaks_for_org(ment, resolver):
                return resolver.org(ment.name)
        return idx
    if ment.kind == "document":
        return resolver.org(ment.name) if ment.name else None
    return None


def _unattributed(text, paras, spans, out, i, seg, resolver, last_speech: int) -> Attribution:
    span = spans[i]
    clause = seg.clause
    inner = text[span.inner_start:span.inner_end]
    words = len(inner.split(None, 4))  # counted up to 5: only "4 or fewer" matters
    sentence_like = words >= 4 or inner.rstrip().endswith((".", "!", "?", ","))
    p = bisect_right(paras.starts, span.start) - 1
    starts_para = span.start == paras.starts[p]
    prev = last_speech
    pp = bisect_right(paras.starts, spans[prev].end - 1) - 1 if prev >= 0 else -1
    if sentence_like:
        # The sentence of narration right before it reports someone's words: "..., Schiff
        # said." followed by the quotation.
        lo, hi = _previous_sentence(text, paras, spans, i, p, starts_para, seg)
        if hi > lo:
            found = _narrated_speaker(text, lo, hi)
            if found:
                ment, mpos, cue, cpos = found
                idx = _resolve(ment, mpos, resolver, paras)
                if idx is not None:
                    return Attribution("speech", cue_pos=cpos, clause=((lo, hi),), entity=idx)
        # A passage that continues the previous speaker: in the same paragraph, or a paragraph
        # that holds only quotation right after one with a quotation.
        if prev >= 0 and (pp == p or (pp == p - 1 and starts_para)):
            att = out[prev]
            # With no name to carry on, the words that named the speaker are carried instead.
            mention = att.mention if pp == p or att.entity is None else None
            return Attribution("speech", mention=mention, clause=clause, follows=prev,
                               entity=att.entity)
    if words <= 4 and not inner.rstrip().endswith((".", "!", "?")):
        return Attribution("term")
    if words <= 4 and not starts_para:
        return Attribution("term")
    return Attribution("speech", clause=clause)


def _previous_sentence(text, paras, spans, i, p, starts_para, seg: _Segment) -> tuple[int, int]:
    """The narration of the sentence just before passage i, when no quotation stands between."""
    span = spans[i]
    if starts_para:
        if p == 0:
            return 0, 0
        lo, hi = paras.starts[p - 1], paras.ends[p - 1]
    else:
        lo, hi = paras.starts[p], span.start
    quoted_before = i and spans[i - 1].end > lo
    if quoted_before:
        lo = spans[i - 1].end
    lo = max(lo, hi - _WINDOW)
    if starts_para:
        last_end = None
        for m in SENTENCE_END.on(text).finditer(text, lo, hi + 1):
            if m.end() < hi - 1:
                last_end = m.end()
    else:
        last_end = seg.last_end  # _segments has read this very stretch for its sentence ends
    if last_end is not None:
        return last_end, hi
    if quoted_before:
        return 0, 0  # that sentence holds a quotation: its attribution is the quotation's
    return lo, hi


def _narrated_speaker(text: str, lo: int, hi: int):
    """The last "X said" of a stretch of narration: (mention, position, cue, cue position)."""
    if lo and _JOINS_WORD.match(text, lo - 1):
        # The word before ``lo`` runs on into a verb right there, which is then no verb: read
        # in place (rare), not as a stretch of its own.
        cues, base = find_cues(text, lo, hi), 0
    else:
        cues, base = _cues_in(text[lo:hi]), lo
    for m in reversed(cues):
        at = base + m.start()
        got = _subject_before(text[lo:at], lo)
        if got is None and _RX_INVERTED_END.match(text, base + m.end(), hi):
            # "..., said Ohio State University professor Paul Beck." ending the sentence
            got = _subject_after(text[base + m.end():hi], base + m.end())
        if got and got[0].kind in ("name", "org", "pronoun", "description"):
            return got[0], got[1], _cue(m["cue"]), at
    return None


# After an inverted reporting verb, a name (perhaps after a lower-case title) to the sentence's end.
_RX_INVERTED_END = Twin(rf"\s+(?:[^\s,;:!?“”\"]+\s+){{0,6}}(?:{_TOKEN})\s*[.!]?\s*$")
