"""Reading the subject of a verb in news narration: the noun phrase that ends the words before a
reporting verb (``subject_before``: "X, the head of Y,", "the senator", "he"), the one right
after an inverted verb (``subject_after``: "said Lavrov, ..."), and the one that opens a
sentence or a clause (``clause_subject``, ``sentence_subject``), past datelines, opening phrases
and appositions.  Gives (mention, position); which verb attributes which passage is
``mentions``'s."""

from __future__ import annotations

import functools
import re

import regex

from quotecheck import firstnames, lexicon
from quotecheck.latin import Twin, behind
from quotecheck.lexicon import word_trie
from quotecheck.phrases import (
    AUXILIARIES,
    CONNECT,
    DETERMINERS,
    PARTICLE,
    PREPOSITIONS,
    RX_PAREN,
    STOP_WORDS,
    TOKEN,
    Mention,
    classify,
    role_noun,
    role_of_apposition,
    strip_article,
)

_RX_DET_START = Twin(rf"(?i:{DETERMINERS})\s")
_RX_NAME_AT_END = Twin(rf"(?:{TOKEN})(?:\s+(?:(?:{PARTICLE}|{CONNECT})\s+)?(?:{TOKEN}))*$")
_RX_DET_ANY = Twin(rf"(?i:\b{DETERMINERS})\s")
_RX_PRONOUN_AT_END = Twin(r"\b(?i:he|she|it|they|we)$")
_RX_SPACE = Twin(r"\s+")
_RX_NAME_AFTER = Twin(rf"\s*,\s*(?P<name>{TOKEN}(?:\s+{TOKEN}){{1,3}})\s*(?:[,.;:!?]|$)")
_RX_APPOS_AFTER = Twin(r"\s*,\s*(?P<appos>[^,.;:!?“”\"\n]{2,90})")
_CLAUSE_VERBS = AUXILIARIES | {"would", "will", "has", "have", "had"}
# A character of a noun phrase: no clause punctuation, but the full stop of "Mr." or "G.K.".
NP = (
    r"(?:\([^()\n]{0,40}\)|[^,.;:!?“”\"«»\n(]|"
    + behind(lexicon.TITLE_ABBREVIATIONS, chars=r"\p{Lu}",
             lead=r"(?<!\p{L})")
    + r"\.(?=\s*\p{Lu}|\p{Lu}|,))"  # (and "Jr.," before an apposition)
)
_RX_NP = Twin(rf"{NP}{{1,100}}")
# The head of a description: a noun for a person's role, an agent ("protesters"), an
# organisation or a document, in the singular or the plural.
HEAD_NOUN = (rf"(?:{word_trie(lexicon.ROLE_NOUNS | lexicon.ORG_KIND_NOUNS | lexicon.DOCUMENT_NOUNS | lexicon.PEOPLE_NOUNS)}|"
            r"\p{Ll}[\p{Ll}-]*(?:man|woman|person|er|or|ist|ian))(?:e?s)?")
# A reporting verb after a subject in what looked like a lead-in: the clause that reports, whose
# subject opens the sentence ("The council said the developer, X, had ...").
_REPORTS_IN_LEAD = re.compile(r"(?:^\s*|,\s+)(?P<clause>(?:[Tt]he|[Aa]n?)\s[^,]{0,40}?\s"
                              r"(?:said|says|told|tells|added|adds|announced|stated|wrote|writes)\s)[^,]{0,60},\s+$")
# Two lead-ins before a subject, the first of them a time, a place or a circumstance ("On
# Thursday, after remaining neutral ...,", "Speaking in Salem, New Hampshire,").
_TWO_LEADS = (
    r"(?i:on|in|at|after|before|when|while|during|earlier|later|last|this|since|following|speaking)\b"
    r"[^,.;:!?“”\"]{0,60},\s+[^,.;:!?“”\"]{0,60},\s+"
)
# A subject introduced by an article: a person with a title before the name ("The conservative
# writer David Frum"), or a description, perhaps of someone's or of an organisation ("The
# spokesman", "A spokeswoman for the House Armed Services Committee").  Tried before a run of
# capitalised words, which would stop at "The".
_DESCRIBED = (
    rf"(?:The|An?|Another|My|Our|His|Her|Their)\s+(?:(?:\p{{Ll}}[\p{{Ll}}-]*\s+){{0,3}}?(?:{TOKEN})(?:\s+(?:{CONNECT}\s+)?(?:{TOKEN})){{0,3}}"
    rf"|(?:\p{{Ll}}[\p{{Ll}}-]*\s+){{0,2}}?{HEAD_NOUN}(?:\s+(?:for|of|at|with)\s+(?:the\s+)?(?:{TOKEN})"
    rf"(?:\s+(?:{CONNECT}\s+)?(?:{TOKEN})){{0,5}})?)(?![\p{{L}}’'-])"
)
# A dateline opening an article, which is no subject: "WASHINGTON, Dec. 8 (UPI) — ", "BERLIN,
# June 25 (Reuters) - ".
_DATELINE = r"(?:\p{Lu}[\p{Lu}.’' -]+(?:,[^\n—–]{0,50})?\s*(?:--|[—–]|(?<=\s)-(?=\s))\s*)?"
_RX_DATELINE = Twin(r"\s*" + _DATELINE)
# The subject that opens a sentence, after up to two lead-ins ("On Tuesday, after ...,"): whom a
# participle ("..., saying") or a second verb ("X said ... and added") goes back to.
_SENTENCE_SUBJECT = Twin(
    rf"\s*(?:\p{{Lu}}[\p{{Lu}}’'.-]{{0,20}}:\s+)?{_DATELINE}(?:{_TWO_LEADS}|[^,.;:!?“”\"]{{0,60}},\s+)?(?:(?i:and|but|so|yet|then|still|now|instead)\s+){{0,2}}"
    rf"(?P<np>{_DESCRIBED}|(?:{TOKEN})(?:\s+(?:{CONNECT}\s+)?(?:{TOKEN})){{0,7}}(?:[’']s"
    rf"(?:\s+\p{{Ll}}[\p{{Ll}}-]*){{1,3}})?|(?i:he|she|they))[\s,]"
)
# The same, with no lead-in: where what looked like one ends with an apposition's noun ("The
# 58-year-old took over the company from his father, Shigeru Watanabe, in 2019").
_SENTENCE_SUBJECT_BARE = Twin(
    rf"\s*(?P<np>(?:The|An?)\s+\d{{1,3}}-year-old|{_DESCRIBED}|(?:{TOKEN})(?:\s+(?:{CONNECT}\s+)?(?:{TOKEN})){{0,7}}|(?i:he|she|they))[\s,]"
)
_APPOSITION_OPENS = re.compile(r"\s(?:his|her|their|its|my|our)\s+[\w-]+(?:\s+[\w-]+){0,2},\s+$")
# A clause's "that" before a noun and its comma: what a lead-in never holds, so the name after
# the comma is that noun's apposition ("The 47-year-old Spaniard confirmed that the captain,
# Tyrese Adjei, will miss the game").
_THAT_APPOSITION = re.compile(r"\sthat\s+(?:the|a|an)\s+[\w-]+(?:\s+[\w-]+){0,2},\s+$")
_DASH_ASIDE = Twin(r"\s*(?:--|[—–])(?:(?!--|[—–]).){1,200}(?:--|[—–])$")
_APPOS_NAME = Twin(r"(?P<appos>[^,]{2,80}),\s*(?P<name>[^,]{2,60}?)\s*,$")
_NAME_APPOS_FIRST = Twin(r"(?P<name>[^,]{2,60}?)\s*,\s*(?P<appos>[^,]{2,90}).{0,200},$")
# "X, the head of Y, said": a name, then the apposition running to the last comma.  Whether a
# name may stand in a field is settled by what follows the field's comma alone (a name holds no
# comma), so that part is also a pattern of its own, tried first (see _name_appos).
_APPOS_TO_END = r"\s*(?P<appos>(?>[^,]{2,90})(?:,\s*\p{Lu}(?>[^,]{1,60}))?)\s*,$"
_NAME_APPOS = Twin(r"(?=[^,]{2,60}+\s*,)(?P<name>[^,]{2,60}?)\s*," + _APPOS_TO_END)
_RX_APPOS_TO_END = Twin(_APPOS_TO_END)


def subject_before(pre: str, base: int) -> tuple[Mention, int] | None:
    """The subject that ends ``pre`` (the narration right before a cue), with its position,
    ``pre`` starting at ``base``."""
    if pre[:4].lstrip()[:2] in _TOPIC_STARTS and (lead := _TOPIC_LEAD.match(pre)):
        pre, base = pre[lead.end():], base + lead.end()  # "Of Carson, Levine ... said,"
    if pre.endswith(("self ", "selves ")) and (m := _REFLEXIVE_END.search(pre)):
        pre = pre[:m.start()] + " "  # "Sanders himself acknowledged"
    found = _subject_at_end(pre)
    if found and pre[:found[1]].rstrip().endswith(",") and _FOR_CLIENT.match(pre, found[1]) and (
            counsel := _subject_at_end(pre[:pre.rindex(",", 0, found[1])] + " ")):
        # "Sophie Lang, for Dwayne Whitfield, told the jury": counsel speaks, for a client
        found = counsel
    if found and found[0].kind == "name" and (m := _BY_AGE.search(pre, 0, found[1])):
        # "The elder Ng said": which of the namesakes, by age
        ment = found[0]
        return ment._replace(text=pre[m.start():found[1]] + ment.text), base + m.start()
    return (found[0], base + found[1]) if found else None


# An apposition saying whom a lawyer acts for, right before the client's name ("X, for Y,").
_FOR_CLIENT = re.compile(r"(?:for|on\s+behalf\s+of|acting\s+for|representing)\s+[A-Z]")
# An intensifying pronoun after a subject: "Sanders himself acknowledged".
_REFLEXIVE_END = re.compile(r"(?<=[\w.])\s+(?:himself|herself|themselves|itself)\s+$")
# "the elder", "the younger" before a surname: which of the people bearing it.
_BY_AGE = re.compile(r"(?<![\w’'-])(?:[Tt]he)\s+(?:elder|older|younger|senior|junior)\s+$")


# A sentence's opening phrase that names its topic ("Of Carson, Levine said", "On Trump, the
# senator was blunt"): who it names speaks no quotation of the sentence.
_TOPIC_LEAD = Twin(r"\s*(?:Of|On|About|Regarding|As\s+for|Asked\s+about|Speaking\s+of)\s+[^,;:.!?“”\"\n]{1,60},\s+")
_TOPIC_STARTS = frozenset(("Of", "On", "Ab", "Re", "As", "Sp"))


_DETERMINER_WORDS = frozenset("the a an his her their its our my your this that whose".split())


# Verbs of habit or wish before "to say": "X likes to say, “…”".
_HABIT = frozenset("likes liked loves loved wants wanted used tends tended".split())
# Words in "-ed" before "to" that are no verbs ("a bed to", "the need to"), or verbs of not
# saying ("declined to say").
_NOT_VERBS = frozenset("bed need red shed speed seed feed greed breed declined refused failed".split())
_BE = frozenset("was were is are".split())


def _verb_before_to(words: list[str]) -> int:
    """How many words end ``words`` as a verb before "to say" ("likes to", "was prompted to",
    "went on to"), counting the "to"; 0 if they are not one."""
    before = words[-2]
    if words[-3:-1] == ["went", "on"]:
        return 3
    if before in _HABIT:
        return 2
    if before.endswith("ed") and before not in _NOT_VERBS:
        return 3 if len(words) > 3 and words[-3] in _BE else 2
    return 0


@functools.lru_cache(maxsize=1 << 12)
def _subject_at_end(pre: str) -> tuple[Mention, int] | None:
    """The subject that ends ``pre``, with its offset in ``pre``.  Cached: the same few words
    ("he", "Trump", "the senator") stand before a reporting verb again and again."""
    base = 0
    if len(pre) > 300:  # a subject with its appositions is far shorter; keeps searches cheap
        base += len(pre) - 300
        pre = pre[-300:]
    if (m := _RX_DATELINE.match(pre)) and m.end():  # "WASHINGTON, Dec. 8 (UPI) — ": no subject
        base += m.end()
        pre = pre[m.end():]
    if pre[1:2] in ":." and (m := _TURN_LABEL.match(pre)):  # "Q: You once said": a turn's label opens no subject
        base += m.end()
        pre = pre[m.end():]
    s = (RX_PAREN.sub("", pre) if "(" in pre else pre).rstrip()  # "(D-Mo.)"
    words = s.split()
    while len(words) > 1 and (words[-1] in lexicon.VERB_FILLERS or (
            # where, after a description: "a nurse there told me"
            words[-1] in _PLACE_ADVERBS and len(words) > 2 and words[-2].isalpha() and words[-2].islower()) or (
            # an adverb, not a name ("Kelly") nor a noun after its determiner ("the family")
            words[-1].endswith("ly") and words[-1][:1].islower()
            and words[-2].lower() not in _DETERMINER_WORDS and not words[-2].endswith(("’s", "'s"))) or (
            words[-1] == "to" and len(words) > 2 and _verb_before_to(words))):
        # "has", "often", "recently"; "likes to", "was prompted to", "went on to": "X likes to
        # say, “…”"
        drop = _verb_before_to(words) if words[-1] == "to" else 1
        for _ in range(drop):
            s = s[: s.rstrip().rfind(words[-1])].rstrip()
            words.pop()
    if not s:
        return None
    if (len(words) > 2 and words[-1] in _SUBJECT_PRONOUNS and words[-2] in ("and", "but")
            and words[-3].endswith(",")):
        # "The first night nobody told us anything, and I told my kids": the clause's own subject
        return Mention(words[-1], "pronoun"), base + len(s) - len(words[-1])
    if s.endswith(("--", "—", "–")) and (aside := _DASH_ASIDE.search(s)) and aside.start():
        # "X, the head of Y -- which also owns Z -- told me": the subject without its aside,
        # read as if the aside were one more apposition.
        s = s[:aside.start()].rstrip()
        s += "," if "," in s else ""
    if "," in s and _FIELDS_LISTED_END.search(s) and (whole := _subject_of_clause(s[:s.index(",")], base)) and (
            whole[0].kind in ("description", "org")) and (listed := classify(s[whole[1] - base:])):
        # "A spokeswoman for the Department of Agriculture, Food and the Marine said": a body
        # named for the fields it lists, its commas no apposition's
        return listed, whole[1]
    if s.endswith(","):
        if len(s) > 200:
            base += len(s) - 200
            s = s[-200:]
        return _subject_with_apposition(s, base)
    if "," in s and (found := unclosed_apposition(s, base)):
        return found
    return _subject_of_clause(s, base)


_PLACE_ADVERBS = frozenset(("there", "here", "nearby"))
# A body's name listing its fields at the end of a subject: "of Agriculture, Food and the Marine".
_FIELDS_LISTED_END = re.compile(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:,\s+[A-Z][\w’'-]*){1,3},?\s+(?:and|&)\s+(?:the\s+)?[A-Z][\w’'-]*\s*$")
_TURN_LABEL = re.compile(r"[QA][:.]\s+")
_SUBJECT_PRONOUNS = frozenset("I we he she they".split())
_APPOSITION_OPENER = Twin(r"(?:who|whose|the|an?|another)\s+\p{Ll}")


def unclosed_apposition(s: str, base: int) -> tuple[Mention, int] | None:
    """A name and its apposition whose closing comma the writer left out: "Katie Packer, who is
    chairman of X said", "another friend, Mariam Emara told": the name, whichever side of the
    one comma it stands."""
    k = s.find(",")
    if k <= 0 or "," in s[k + 1:]:
        return None
    head, tail = s[:k].strip(), s[k + 1:].strip()
    ment = classify(head) if all(w[:1].isupper() for w in head.split()) else None
    if ment and ment.kind == "name" and _APPOSITION_OPENER.match(tail):
        role = ment.role or role_of_apposition(tail)
        return Mention(ment.text, "name", ment.name, role, ment.honorific), base + s.find(head)
    described = classify(head) if _RX_DET_START.match(head) else None
    if not (described and described.kind == "description"):
        return None
    if (len(head.split()) <= 3 and 1 <= len(tail.split()) <= 3 and tail.islower()
            and tail.replace("-", "").replace(" ", "").isalnum()
            and not any(w in STOP_WORDS for w in tail.split())):
        # "the bespectacled, 71-year-old diplomat": adjectives in a row, one description
        return Mention(f"{head}, {tail}", "description"), base + s.find(head)
    named = classify(tail)
    if named and named.kind == "name" and " " in (named.name or ""):
        role = named.role or strip_article(described.text)
        return Mention(named.text, "name", named.name, role, named.honorific), base + k + 1 + s[k + 1:].find(tail)
    return None


_PLACE_LEADS = frozenset("In At From On Near Outside Inside Across Across Throughout".split())


_NAME_THEN_WHO = re.compile(r"\s*(?P<name>[A-Z][^,]{1,60}?),\s+(?:who|whose)\s")


def _subject_with_apposition(s: str, base: int) -> tuple[Mention, int] | None:
    """The subject that ends ``s`` (at ``base``) with an apposition and a comma: "the mayor, X,",
    "X, the head of Y,", "Gov. X (R-OH),", "an aide, who asked not to be named,"."""
    # The last field is the name (at most 60 characters) or the apposition (at most 90):
    # longer, neither pattern can match, and trying costs more than anything else here.
    last_field = len(s[s.rfind(",", 0, len(s) - 1) + 1:-1].strip())
    if s.count(",") > 3 and (first := _NAME_THEN_WHO.match(s)) and (ment := classify(first["name"])) and ment.kind == "name":
        # "Ezeakor, who spoke alongside the Commissioner for Information, X, and the Commissioner
        # for Works, Y, said": the name the relative clause follows; those inside it are objects
        return ment, base + first.start("name")
    if last_field <= 60:
        if found := _name_after_apposition(s, base):
            return found
        if found := full_name(s[len(s) - 1 - last_field - 1:-1]):
            return found[0], base + len(s) - 1 - last_field - 1 + found[1]  # "…, Gov. X (R-OH), said"
    m = _NAME_APPOS_FIRST.match(s)
    if not (m and classify(m["name"])) or m["name"].lstrip().split(None, 1)[0] in _PLACE_LEADS:
        # (not a place after an opening preposition: "In Tewkesbury, which was cut off in 2007,
        # Jean Whitlock, who chairs ..., said")
        m = _name_appos(s) if last_field <= 90 else None
    if m:
        name_part = _last_clause(m["name"])
        ment = classify(name_part)
        at = base + m.start("name") + m["name"].rfind(name_part)
        if ment is None and (got := _subject_of_clause(name_part, at)) and got[0].kind == "name":
            # "after Mr. Trump, asked about ..., had said": the name ending a longer clause
            ment, at = got
        # A full name set beside the subject (no one's apposition is another's full name):
        appos = classify(m["appos"].strip()) if ment and ment.kind in ("name", "description") else None
        named = appos if appos and appos.kind == "name" and appos.name and " " in appos.name else None
        named_at = base + m.start("appos") + len(m["appos"]) - len(m["appos"].lstrip())
        if named and ment and ment.kind == "name" and ment.name and " " not in ment.name and not ment.honorific:
            # "Alejandro, Marisol Ibarra, the chief executive of Vuela Norte, said": the one the
            # speaker addresses, then the subject
            rest = s[m.end("appos"):].strip(" ,")
            return named._replace(role=named.role or (role_of_apposition(rest) if rest else None)), named_at
        if ment and ment.kind == "name":
            role = ment.role or role_of_apposition(m["appos"])
            return Mention(ment.text, ment.kind, ment.name, role, ment.honorific), at
        if named and ment and ment.kind == "description" and ment.text.split(None, 1)[0].lower() == "the":
            # "The party chairman, Kelly Armstrong, called for a vote, ... declaring": the name the
            # description is set beside, as in "the mayor, X, said"
            return named._replace(role=named.role or role_of_apposition(ment.text)), named_at
        if ment and ment.kind in ("description", "document", "org"):
            return ment, at  # "an aide, who asked not to be named, said"
    return None


# An apposition that ends with where someone is ("a farmer in Kearney"): a word after its comma
# is the place's state, province or country.
_PLACE_AT_END = re.compile(r"\s(?:in|from|near|outside|of)\s+(?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'.-]*\s*$")


def _name_after_apposition(s: str, base: int) -> tuple[Mention, int] | None:
    """ "the mayor, X,"; "California Rep. Y's chief of staff, X,": the name in the last field,
    after an apposition that gives its role."""
    m = _APPOS_NAME.search(s, _after_commas(s, 3))
    if not m:
        return None
    appos = _last_clause(m["appos"])
    if " " not in m["name"].strip() and _PLACE_AT_END.search(appos):
        return None  # "a viewer in Kearney, Nebraska,": the place's state or country, no one's name
    owned_role = _owned_role(appos)
    if _RX_DET_START.match(m["appos"].strip()) or owned_role:
        ment = classify(m["name"])
        if ment and ment.kind in ("name", "org"):
            role = ment.role or role_of_apposition(appos) or owned_role
            if ment.kind == "name" and role:
                ment = Mention(ment.text, ment.kind, ment.name, role, ment.honorific)
            return ment, base + m.start("name")
    return None


def _subject_of_clause(s: str, base: int) -> tuple[Mention, int] | None:
    """The subject that ends the last clause of ``s`` (at ``base``): the whole clause as a
    mention, else the name, pronoun or description at its end."""
    clause = _last_clause(s)
    if len(clause) > 120:  # a name or a description is far shorter; the end is what counts
        clause = clause[-120:]
    offset = base + len(s) - len(clause)
    ment = classify(clause)
    if ment:
        return ment, offset
    if (caller := _NAME_FROM_PLACE.fullmatch(clause)) and firstnames.is_first_name(caller["name"].split(None, 1)[0]) and (
            (ment := classify(caller["name"])) and ment.kind == "name"):
        # "Brendan in Whanganui says", "Seán in Newcastle West texts": a caller or a reader by a
        # first name and where they write from
        return ment, offset
    # The maximal run of capitalised words at the end ("In Moscow, Foreign Minister X").
    m = _RX_NAME_AT_END.search(clause)
    if m and (_participle_object(clause[:m.start()]) or _PREPOSITION_AT_END.search(clause, 0, m.start())):
        # "Another source speaking to Fox News", "a nurse in Steinbach": the name is the object
        # of a verb or a preposition, not the subject
        m = None
    if m:
        if clause.endswith(("the ", "The "), 0, m.start()) and (
                (ment := classify(clause[m.start() - 4:])) and ment.kind == "description"):
            return ment, offset + m.start() - 4  # "X said the Premier had told ...": a title, no name
        ment = classify(m.group())
        if ment and ment.kind in ("name", "org"):
            return ment, offset + m.start()
    m = _RX_PRONOUN_AT_END.search(clause)
    if m:
        return Mention(m.group(), "pronoun"), offset + m.start()
    for m in _RX_DET_ANY.finditer(clause):
        if m.start() and _PREPOSITION_AT_END.search(clause, 0, m.start()):
            continue  # "Protesters marching through the streets": a preposition's object
        ment = classify(clause[m.start():])
        if ment and ment.kind in ("description", "document"):
            return ment, offset + m.start()
    return None


_NAME_FROM_PLACE = Twin(r"(?P<name>\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+)?)\s+(?:in|from)\s+\p{Lu}[\w’'-]+(?:\s+\p{Lu}[\w’'-]+){0,2}")
# Prepositions.  A noun phrase right after one is its object, no verb's subject ("a nurse in
# Steinbach"; not "with": "with Trump reportedly yelling" has its subject), and a sentence's first
# phrase opened by one is no subject either ("Alongside BLM calls for action, ...").
_PREPOSITIONS = frozenset(
    "about across against along amid among around at behind beyond between by despite for from in "
    "inside like near on outside over past through throughout toward towards under upon within "
    "without".split())
_PREPOSITION_AT_END = re.compile(
    rf"(?<![\w’'-])(?:{word_trie(_PREPOSITIONS | {'to', 'into', 'than', 'via'})})\s+$")


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
    while words[0].lower() in STOP_WORDS:  # "And Florida's attorney general"
        words = words[1:]
    return " ".join(words)


def full_name(field: str) -> tuple[Mention, int] | None:
    """The field is a person's full name, with its first name or title ("Gov. Jane Holt"), and
    its offset in the field; None for anything less sure ("Virginia Democrat", "D-Del.")."""
    text = field.strip()
    ment = classify(text) if text else None
    if not ment or ment.kind != "name":
        return None
    words = (ment.name or "").lower().split()
    if len(words) < 2 or words[-1] in lexicon.PARTY_NOUNS:
        return None
    if not (ment.role or ment.honorific or words[0] in lexicon.FIRST_NAMES
            or firstnames.gender((ment.name or "").split()[0]) in ("m", "f")):  # (the data set's too: "Carys")
        return None
    return ment, field.find(text)


def _participle_object(before: str) -> bool:
    """Does ``before`` end with a participle and a preposition ("speaking to", "writing for"),
    so that the name after it is the participle's object?"""
    words = before.split()
    return len(words) >= 2 and words[-1] in PREPOSITIONS and words[-2].endswith("ing")


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
    # A colon ends a clause too: "The Latest: Sanders declares", "In Iowa: Sanders said".
    cut = max(s.rfind(","), s.rfind(";"), s.rfind(":"), s.rfind("("), s.rfind(")"), s.rfind("—"),
              s.rfind("–"))
    return s[cut + 1:].strip() if cut >= 0 else s.strip()


# Whoever the noun (gendered or not: "a client", "one nurse"), the way a person is introduced by
# a first name alone: "who gave only his first name, Tom", "who gives her name as Priya",
# "identified only as Maria", "who goes by Danny".
_GIVES = r"(?:gave|gives|give|would\s+(?:only\s+)?give|offered|offers|provided)"
FIRST_NAME_ONLY = re.compile(
    r"\s*(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z]+\s+){0,2}?(?P<noun>[a-z]+)\s+(?:who\s+" + _GIVES + r"\s+only\s+"
    r"(?:his|her|their)\s+first\s+name,?|identified\s+only\s+as|who\s+" + _GIVES + r"\s+(?:only\s+)?"
    r"(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?as|who\s+goes\s+by)\s+"
    r"(?P<name>[A-Z][\w’'-]+)\b")
# A name given by its bearer, whatever the words before ("A 300-level Microbiology student, who
# gave her name only as Blessing,"): where it ends, the name starts.
GAVE_NAME = re.compile(r"\b" + _GIVES + r"\s+(?:only\s+)?(?P<poss>his|her|their)\s+(?:first\s+)?name,?\s+"
                       r"(?:only\s+)?(?:as\s+)?(?=[A-Z])")


def subject_after(post: str, base: int) -> tuple[Mention, int] | None:
    """The subject right after a cue ("said Lavrov", "said the minister, ...")."""
    if (only := FIRST_NAME_ONLY.match(post)) is not None:
        return Mention(only["name"], "name", only["name"]), base + only.start("name")
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
            if nm and (named := full_name(nm["name"])):
                # "said the former governor, Tom Hale": the name, with the description as role
                return (named[0]._replace(role=named[0].role or strip_article(ment.text)),
                        base + m.end() + len(cand) + nm.start("name") + named[1])
            role = role_of_apposition(am["appos"]) if am else None
            if ment.kind == "name" and role:
                ment = Mention(ment.text, ment.kind, ment.name, ment.role or role, ment.honorific)
            return ment, base + m.end()
    # "said master of ceremonies Asab Al-Tabchi, a ...": a title the word lists do not know,
    # then a person's name in full (not a preposition's object: "the mother of Jane Smith").
    phrase = np.group().rstrip()
    if (run := _RX_NAME_AT_END.search(phrase)) and run.start() and (
            not _PREPOSITION_AT_END.search(phrase, 0, run.start())) and (
            (person := classify(run.group())) and person.kind == "name" and " " in (person.name or "")):
        title = phrase[:run.start()].strip()
        if title.split()[0].lower() not in STOP_WORDS and len(title.split()) <= 4:
            return person._replace(role=person.role or title), base + m.end() + run.start()
    return None


# Up to three lower-case words after a possessive that opens a sentence ("Hoff’s letter makes").
_RX_LOWER_TAIL = Twin(r"(?:\s+\p{Ll}[\p{Ll}-]*){1,3}")
_LINKS = frozenset(("and", "or", "but", "who", "which", "that", "as", "of"))
# How an adjective opening a sentence ends ("Public", "Federal", "Western"; not "-an": "Ryan").
_ADJECTIVE_ENDS = (*(end for end in lexicon.ADJECTIVE_ENDS if end != "an"), "ous", "ern")


def clause_subject(text: str, base: int, end: int):
    """The subject that opens the sentence ``text[:end]`` begins."""
    m = _SENTENCE_SUBJECT.match(text, 0, end)
    if m and text.startswith(",", m.end("np")) and (
            reports := _REPORTS_IN_LEAD.search(text, 0, m.start("np"))) is not None:
        if reports.start("clause"):  # ("In a statement on Monday, the council said the developer, X, had")
            return _subject_after_lead(text, base, end, reports.start("clause"))
        m = _SENTENCE_SUBJECT_BARE.match(text, 0, end)
    if m and text.startswith(",", m.end("np")) and (_APPOSITION_OPENS.search(text, 0, m.start("np"))
                                                    or _THAT_APPOSITION.search(text, 0, m.start("np"))):
        # "The 58-year-old took over ... from his father, Shigeru Watanabe,": an apposition, not
        # the subject, which opens the sentence; or, after an opening phrase ("In a statement
        # signed by his chief press secretary, Funmilayo Adeleke, the governor dedicated"),
        # follows the apposition
        bare = _SENTENCE_SUBJECT_BARE.match(text, 0, end)
        if bare and bare.end("np") < m.start("np") and bare["np"].split(None, 1)[0].lower() not in _PREPOSITIONS_LEADING:
            m = bare
        elif text.startswith(_ARTICLES_LOWER, after_at := len(text) - len(text[m.end("np") + 1:].lstrip())) and (
                after := _subject_after_lead(text, base, end, after_at)) is not None:
            return after
    if m and m["np"].split(None, 1)[0].lower() in _PREPOSITIONS_LEADING and (
            lead := _PHRASE_LEAD.match(text, m.start("np"), end)) and not _AS_X_SAID.match(text, m.start("np"), end):
        # "Alongside BLM calls for action, even a top GOP strategist said": a phrase opened by a
        # preposition is no subject; the subject follows its comma.
        return _subject_after_lead(text, base, end, lead.end())
    if m and not (" " not in m["np"] and m["np"].endswith(("ing", "ed"))):  # not "Appearing"
        np = m["np"]
        if np.split(None, 1)[0] in ("A", "An", "The", "Another") and (
                tail := _RX_LOWER_TAIL.match(text, m.end("np"), end)) and (
                role_noun(first := tail.group().split()[0]) or first in _CLUB_NOUNS and " " in np):
            # ("the Easter Road club", "the Serie A side": a club the words describe, no name)
            np += " " + tail.group().split()[0]  # "A top GOP strategist": the noun the name modifies
        elif np.split(None, 1)[0] in ("A", "An", "Another") and tail and len(words := tail.group().split()) == 1 and (
                not text[tail.end():end].strip()) and words[0].isalpha() and words[0] not in lexicon.VERB_FILLERS and (
                not words[0].endswith(("ly", "ed"))):
            # "A Welsh Conservative motion calling for ...": the capitals modify a thing's noun,
            # which is the subject, and no one's name
            return Mention(f"{np} {words[0]}", "description"), base + m.start("np")
        elif np.endswith(("’s", "'s")) and (tail := _RX_LOWER_TAIL.match(text, m.end("np"), end)):
            # "Hoff’s letter makes a": the possessive with its noun, a document's or a role's
            words = tail.group().split()
            k = next((k for k, w in enumerate(words) if w in lexicon.DOCUMENT_NOUNS or role_noun(w)), None)
            if k is None:
                k = len(_nouns_before_verb(words)) - 1
            if k >= 0 and not words[k].endswith("s"):
                # "Hoff’s letter", "Hillary Clinton’s right-hand woman rallied": the possessive's
                # noun, a document or someone of theirs, not the owner
                np += " " + " ".join(words[:k + 1])
                ment = classify(np)
                return ment or Mention(np, "description"), base + m.start("np")
        elif " " not in np and np.endswith(_ADJECTIVE_ENDS) and (tail := _RX_LOWER_TAIL.match(text, m.end("np"), end)) and (
                len(words := tail.group().split()) >= 2 and words[0] not in lexicon.VERB_FILLERS
                and not words[0].endswith("ly") and words[0] not in _LINKS) and not text[tail.end():end].strip() and (
                not firstnames.is_first_name(np)):
            # "Public health units keep saying": a capitalised adjective before the nouns it
            # modifies, up to the verb, is no one's name: the phrase is someone unnamed
            nouns = next((k for k in range(len(words) - 1, -1, -1) if words[k].endswith("s")), 0)
            return Mention(" ".join([np, *words[:nouns + 1]]), "description"), base + m.start("np")
        ment = classify(np)
        while ment is None and ("’s " in np or "'s " in np) and np.rsplit(None, 1)[-1].islower():
            np = np.rsplit(None, 1)[0]  # "Hoff’s letter makes a": the possessive's noun, not the verb
            ment = classify(np)
        if ment and ment.kind in ("name", "org", "pronoun", "description", "document"):
            return ment, base + m.start("np")
    if (lead := _LOWER_LEAD.match(text, 0, end)) and text.startswith(_ARTICLES_LOWER, lead.end()):
        # "As if addressing him directly, the Illinois Board of Elections was ...": after an
        # opening phrase of lower-case words, the article opens the subject as if it opened the
        # sentence (after a name and a comma, "the ..." is that name's apposition instead).
        return _subject_after_lead(text, base, end, lead.end())
    return None


def _nouns_before_verb(words: list[str]) -> list[str]:
    """The words of a noun phrase's tail before its verb: up to the first word in the past tense
    or an auxiliary ("right-hand woman rallied" -> "right-hand woman"); [] without such a verb."""
    for k, w in enumerate(words):
        if w.endswith("ed") or w in AUXILIARIES or w in lexicon.CUES:
            return words[:k]
    return []


def _subject_after_lead(text: str, base: int, end: int, k: int):
    """The subject that opens ``text[k:end]``, after a sentence's opening phrase, read as if it
    opened the sentence; the mention keeps the text's own first letter ("a top GOP strategist")."""
    if k >= end:
        return None
    got = clause_subject(text[k].upper() + text[k + 1:end], base + k, end - k)
    if got and got[1] == base + k and got[0].text[:1] != text[k] and got[0].text[1:] == text[k + 1:k + len(got[0].text)]:
        # (only where the mention is the text's own words: "the Easter Road club" is read as "Easter Road")
        return got[0]._replace(text=text[k] + got[0].text[1:]), got[1]
    return got


# Prepositions that open a sentence's first phrase ("Alongside BLM calls for action, ..."), and
# that phrase to its comma.
_PREPOSITIONS_LEADING = _PREPOSITIONS | frozenset(
    "after alongside before beside besides during following since unlike until with"
    # (and the conjunctions that open a clause of their own: "As Blumenthal spoke, the NRA was")
    " as when while although though because whereas once unless"
    # (and the adverbs that open a phrase of where or when: "Midway through the hearing, a woman")
    " midway halfway partway".split())
# "As The Post's Dana Milbank puts it," "As Clinton said," : the clause reports the words after it.
_AS_X_SAID = re.compile(rf"(?i:as)\s[^,]{{1,60}}?\s(?:puts? it|{word_trie(lexicon.CUES)})\s*,")
_PHRASE_LEAD = Twin(r"[^,.;:!?“”\"\n]{1,80},\s+(?:(?i:even|also)\s+)?")
# An opening phrase of lower-case words after the sentence's first, and its comma.
# (Its second word in lower case: "Speaking to reporters outside Government Buildings, the
# Taoiseach"; after "John Smith, " the article opens an apposition.)
_LOWER_LEAD = Twin(r"\s*\p{Lu}\p{Ll}*\s+[\p{Ll}\d][\w’'-]*(?:\s+[\w’'-]+){0,8},\s+")
_ARTICLES_LOWER = ("the ", "a ", "an ", "another ")
_CLUB_NOUNS = frozenset(("club", "side"))


def mention_end(text: str, got: tuple[Mention, int], hi: int) -> int:
    """Where a subject found at ``got[1]`` ends in ``text`` (before ``hi``): its mention may
    leave out the words it starts with ("The Slate" is "Slate", "Bishop Rachel Amundsen" is
    "Rachel Amundsen")."""
    at = text.find(got[0].text, got[1], hi)
    return (at if at >= 0 else got[1]) + len(got[0].text)


# A possessive right at a position (read in place: no copy of the rest of the text).
_POSSESSIVE_AT = re.compile(r"[^\s,]*[’']s\b")


def sentence_subject(text: str, lo: int, hi: int):
    """The name, pronoun, organisation or description that opens the sentence ``text[lo:hi]``
    as its subject (after an opening phrase: "In an Instagram video Thursday, Trump speculated
    ..."): (mention, position), or None."""
    hi = min(hi, lo + 400)  # a subject opens its sentence: the rest is never read (a long one stays cheap)
    got = clause_subject(text[lo:hi], lo, hi - lo)
    if got and got[0].kind in ("name", "org"):
        end = mention_end(text, got, hi)
        if got[0].text.endswith(("’s", "'s")) or _POSSESSIVE_AT.match(text, end):
            return None  # "Trump's reversals ...": a possessive, not the subject
    return titled(text, got, hi)


def titled(text: str, got, hi: int):
    """A subject found, or, where a title in lower case and a name follow it, the person the
    title is of: "Clinton campaign manager Robby Mook released ...", "ANC regional spokesperson
    Lindiwe Khumalo rejected ...": the name before a title is a modifier."""
    end = mention_end(text, got, hi) if got and got[0].kind in ("name", "org") else -1
    if end >= 0 and (more := _AND_MORE.match(text, end, hi)):
        end = more.end()  # "Ancoats and Beswick councillor Mo Rahman": a place's name of two
    if end >= 0 and (m := _TITLE_THEN_NAME.match(text, end, hi)):
        ment = classify(text[got[1]:m.end()])
        if ment and ment.kind == "name":
            return ment, got[1]
        if ment is None and len(between := text[m.start():m.start("name")].split()) == 1 and (
                role_noun(between[0])) and (named := classify(m["name"])) and named.kind == "name" and named.name:
            # "Former Bafana Bafana striker Sizwe Khoza": the title whole, before the name
            return named._replace(role=named.role or " ".join(text[got[1]:m.start("name")].split())), got[1]
    return got


# More capitalised words after "and", before the lower-case words of a title.
_AND_MORE = Twin(r"\s+(?:and|&)(?:\s+\p{Lu}[\w’'-]*){1,3}(?=\s+\p{Ll})")
# Lower-case words of a title, then a name: "campaign manager Robby Mook".
# (never a verb's clause: "the Storm confirmed that winger Jonah Petersen would miss")
_TITLE_THEN_NAME = Twin(rf"\s+(?:(?!(?:{word_trie(lexicon.CUES | {'that'})})\s)\p{{Ll}}[\p{{Ll}}-]*\s+){{0,2}}{HEAD_NOUN}\s+"
                        rf"(?P<name>(?:{TOKEN})(?:\s+(?:{TOKEN})){{0,3}})(?=[\s,])")
