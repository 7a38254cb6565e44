"""Finding the attribution of a passage in the narration around it: the reporting verbs (cues)
and the mention of who spoke (the source), in its own sentence: after it (`"…," X said.`,
`"…," said X.`, `"…," according to X.`) and before it (`X said: "…"`, `X said the plan was "…"`),
in a lead-in, a signature line, or the sentence before (``narrated_speaker``).  Gives
(mention, mention position, cue, cue position); resolving the mention is ``resolve``'s."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import NamedTuple

import regex

from quotecheck import lexicon
from quotecheck.latin import Twin, behind
from quotecheck.lexicon import word_trie
from quotecheck.model import Span
from quotecheck.phrases import (
    PARTICLE,
    TOKEN,
    Mention,
    classify,
    loose_description,
)
from quotecheck.subjects import (
    HEAD_NOUN,
    NP,
    clause_subject,
    full_name,
    sentence_subject,
    subject_after,
    subject_before,
    titled,
    unclosed_apposition,
)

CUE_FORMS = set(lexicon.CUES) | set(lexicon.CUE_PHRASES) | {"states"}
# Capitalised, only the verbs that open an inverted attribution ("Said Ellis: ..."); "States"
# or "Reports" at a sentence's start are far more often nouns.
CUE_FORMS |= {"Said", "Says", "Asked", "Added", "Wrote", "Told", "According to"}
_CUE_ALT = f"(?:{word_trie(CUE_FORMS)})"
_CUES = re.compile(rf"(?<![\w'’-])(?P<cue>{_CUE_ALT})(?![\w'’-])")


# A determiner right before a word makes it a noun ("the statement", "his remarks"), as does a
# possessive with an adjective between ("his scathing remarks", "her prepared remarks").
_POSSESSIVES = frozenset("his her their its our my your".split())
_ARTICLES = frozenset("the The a an A An".split())
_ADJECTIVE_ENDINGS = ("ing", "ful", "ous", "ive", "less", "ed")


_PAST_FORMS = frozenset("said told wrote read put".split())
_CONTRACTIONS = frozenset("he's she's it's that's there's who's what's".split())


_VERB_AFTER = re.compile(r"\s+(?:would|will|could|can|may|might|should|must|were|are|have|had)\b")


def _verbs(text: str, matches) -> list[re.Match]:
    """The matches of reporting verbs that are verbs there, not nouns after a determiner."""
    out = []
    for m in matches:
        start, cue = m.start(), m["cue"]  # (each read once)
        words = text[max(0, start - 30):start].rsplit(None, 2)[-2:]
        if words and (words[-1] in _ARTICLES or words[-1] in _POSSESSIVES or (
                len(words) == 2 and words[0] in _POSSESSIVES and words[1].isalpha()
                and words[1].endswith(_ADJECTIVE_ENDINGS)) or (
                # "Trump’s comments", "the company's claims": a possessive noun's noun (a past
                # tense is a verb after "he’s", "Clinton’s": has)
                words[-1].endswith(("’s", "'s")) and cue not in _PAST_FORMS
                and not cue.endswith("ed") and (
                    # (a name's "-ing" is a noun: "Environment Canada's warning"; "he's warning" is is)
                    not cue.endswith("ing") or words[-1][:1].isupper()
                    and words[-1].lower().replace("’", "'") not in _CONTRACTIONS))):
            continue
        if cue[-1:] == "s" and _VERB_AFTER.match(text, m.end()):
            continue  # "the union’s roster claims would cut": a plural noun, the subject of its verb
        if cue == "states" and not (words and (words[-1].lower() in lexicon.DOCUMENT_NOUNS or words[-1][:1].isupper())):
            continue  # "the decision states", "Smith states": a verb; "in 44 states" a noun
        if cue.endswith("ing") and _NOUN_COMPOUND.match(text, m.end()):
            continue  # "new warning signs", "a warning shot": a noun's modifier, no verb
        out.append(m)
    return out


# Nouns that a reporting verb's "-ing" form modifies, as a compound noun ("warning signs").
_NOUN_COMPOUND = re.compile(r"\s+(?:signs?|lights?|shots?|labels?|letters?|notices?|sirens?|systems?|bells?|"
                            r"tones?|messages?|periods?|tracks?)\b")


def find_cues(text: str, lo: int = 0, hi: int | None = None) -> list[re.Match]:
    """Every reporting verb between lo and hi ("said", "Said", "according to"): matches whose
    group "cue" holds the words."""
    return _verbs(text, _CUES.finditer(text, lo, len(text) if hi is None else hi))


@functools.lru_cache(maxsize=1 << 8)
def _cues_in(narration: str) -> tuple[re.Match, ...]:
    """``find_cues`` on a stretch of narration on its own.  Cached: the words between two
    passages are read as what follows the one, what precedes the other, and again as the
    sentence before the next."""
    return tuple(_verbs(narration, _CUES.finditer(narration)))


# What a verb may not follow (the look back of _CUES).
_JOINS_WORD = re.compile(r"[\w'’-]")
_RX_LEADS = Twin(r"[^.!?]*[:,]\s*$")


class Segment(NamedTuple):
    """The narration of a passage's sentence before it and after it."""

    before: tuple[int, int]
    after: tuple[int, int]
    lead: tuple[int, int] | None = None  # "The Times reports:" ending the paragraph before
    sign: tuple[int, int] | None = None  # "- Bernie Sanders." as the paragraph after
    # The end of the last sentence that ends in the narration before the passage with more than
    # a space to go, or None: found here once, for _previous_sentence, which needs it again.
    last_end: int | None = None
    clause: tuple[tuple[int, int], ...] = ()  # before and after, those not empty


DASHES = ("―", "—", "–", "-")


# The words between a quotation and its reporting verb: a noun phrase, perhaps with up to three
# comma-set appositions ("X, the head of Y, said"), perhaps an adverb.  Matched in full against
# the text before the first reporting verb, which is found first (much cheaper than letting one
# pattern try every verb at every place).
# What may stand between a closing mark and the attribution: space, a comma or dash, and a stray
# closing mark (''Text,''' closes a quotation within a quotation and the quotation itself).
_LEAD = r"[\s,—–'’\"”-]*"
_AFTER_SUBJECT = Twin(
    rf"{_LEAD}(?P<np>{NP}{{1,100}}?(?:(?:,[^,;:!?“”\"\n]{{1,160}}){{1,3}},)?)\s+(?:\p{{Ll}}+ly\s+)?"
)
# The same with one apposition whose closing comma is missing ("…,” X, who chairs Y said).
_AFTER_UNCLOSED = Twin(rf"{_LEAD}(?P<np>{NP}{{1,100}}?,[^,;:!?“”\"\n]{{1,160}})\s+(?:\p{{Ll}}+ly\s+)?")
_AFTER_CUE_NP = Twin(
    rf"^{_LEAD}(?P<cue>{_CUE_ALT})\s+(?P<np>{NP}{{1,100}}?)"
    rf"(?=\s*(?:[,.;:!?—–]|$|\s(?:on|in|at|during|after|before|when|while|who|as|to|from|"
    rf"about|of|last|this|yesterday|today|told)\b))"
)
# A verb the word lists do not know, in the places only a reporting verb stands: right after a
# quotation with a name or pronoun before it, the sentence ending there ("…,” he scoffed."), or
# before a colon that opens one ("Mr. Christie gloated: “…”").
_NAME_OR_PRONOUN = rf"(?:(?:{TOKEN})(?:\s+(?:{TOKEN})){{0,3}}|he|she|they|He|She|They)"
_AFTER_VERB_HEAD = (  # also "…?” the audience screamed back."
    rf"^{_LEAD}(?P<np>{_NAME_OR_PRONOUN}|the\s+(?:crowd|audience|room|hall)|"
    rf"(?:an?|some)\s+(?:\p{{Ll}}+\s+){{0,3}}(?:(?:{TOKEN})(?:\s+(?:{TOKEN})){{0,2}}|{HEAD_NOUN}))"
    rf"\s+(?P<cue>\p{{Ll}}{{2,}}ed)"
)
_AFTER_ANY_VERB = Twin(
    _AFTER_VERB_HEAD
    + r"(?:\s+(?:back|out|on\s+\p{Lu}\p{Ll}+|yesterday|today|last\s+\p{Ll}+))?\s*[.!]\s*$"  # "fumed on Tuesday."
)
# The same, going on with "and" after a passage that ends with a comma: "“…,” Trump barked and a
# security guard escorted Ramos out."
_AFTER_ANY_VERB_AND = Twin(_AFTER_VERB_HEAD + r"\s+and\s+(?!\p{Ll}+ed\b)")
# After a passage of some words that ends with a comma ("…,”) the sentence goes on: a subject and
# a verb in the past right after it are its attribution, whatever follows ("…,” the nominee riffed
# on X's answer).
_AFTER_COMMA_VERB = Twin(
    rf"^{_LEAD}(?P<np>{_NAME_OR_PRONOUN}|(?:the|an?)\s+(?:\p{{L}}[\p{{L}}-]*\s+){{0,3}}?{HEAD_NOUN})"
    rf"\s+(?P<cue>\p{{Ll}}{{2,}}ed)(?![\w’'-])"
)
_AFTER_ANY_VERB_INVERTED = Twin(  # "…?” reacted Trump."
    rf"^{_LEAD}(?P<cue>\p{{Ll}}{{2,}}ed)\s+(?P<np>(?:{TOKEN})(?:\s+(?:{TOKEN})){{0,3}})"
    rf"(?:,[^.!?“”\"\n]{{1,120}})?\s*[.!]\s*$"  # "remembered Roy Verley, HP's former spokesman."
)
_BEFORE_ANY_VERB = Twin(
    rf"(?:^|[.!?]\s+|,\s+|\b(?:when|as|but|then)\s+)(?P<np>{_NAME_OR_PRONOUN})\s+(?P<cue>\p{{Ll}}{{2,}}ed)"
    rf"\s*(?P<colon>:)?\s*$"
)
_DOCUMENT_FROM = re.compile(r"\b(?:message|statement|letter|post|tweet|note|email|e-mail|memo)\s+(?:from|by)\s+"
                            r"(?:(?:his|her|their|its)\s+[^,:;“”\"]{1,40},\s+)?(?P<np>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),?"
                            r"\s+(?:that|which)\s+(?P<cue>read|reads|said|says|stated|states)\s*:\s*$")
_NAMED_OBJECTS = frozenset("it him her them".split())
_CALLED_IT = re.compile(r"\s(?P<cue>called|calls|dubbed|dubs|labell?ed|labels|branded|brands)\s+(?:it|him|her|them)\s*$")
_NAMING_VERBS = frozenset("called calls dubbed dubs termed terms labeled labelled labels branded brands".split())
_WHAT_X_CALLED = Twin(
    rf"\b(?:what|which|who|whom|that)\s+(?P<np>(?:\p{{Ll}}+\s+){{0,2}}?{_NAME_OR_PRONOUN})"
    rf"(?:\s+(?:on\s+\p{{Lu}}\p{{Ll}}+|\p{{Ll}}+ly|once|later|then|also|has|had|have))*"
    rf"\s+(?P<cue>called|calls|dubbed|dubs|termed|terms|labell?ed|labels|branded|brands)\s*$"
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
_ACCORDING_AFTER = Twin(rf"^{_LEAD}according\s+to\s+(?P<np>{NP}{{1,100}})")
# (Rare, and case-insensitive with a cased property: `regex` alone, see latin.py.)
_ACCORDING_BEFORE = regex.compile(rf"according\s+to\s+(?P<np>{NP}{{1,100}}),\s*$", regex.I)
# A signature in the paragraph after a quotation: "- Bernie Sanders.", "-President Obama, tweeting
# after the speech."
_SIGNATURE = Twin(
    rf"[―—–-]{{1,2}}[ \t\u00a0]*(?P<np>{NP}{{2,60}}?)(?:,[^\n]{{0,100}})?\.?[ \t\u00a0]*$"
)
# A news agency's credit in capitals that closes a story ("- ANA", "— AFP"): no signature.
_AGENCY_CREDIT = re.compile(r"[A-Z]{2,5}")
# A signature line: "…” ― Pamela Padilla".
_DASH_NAME = Twin(
    rf"^[ \t\u00a0]*[―—–-]{{1,2}}[ \t\u00a0]*(?P<np>{NP}{{2,60}}?)\.?[ \t\u00a0]*(?:\n|$)"
)
# A source named before a colon after "from": "More from Jones:", "From the report:".
# A document's text introduced by its name: "Transcript as follows:", "The statement reads as follows:".
_AS_FOLLOWS = re.compile(
    rf"(?:^\s*|[.!?]\s+)(?P<np>(?:[\w’'-]+\s+){{0,3}}?(?i:{word_trie(lexicon.DOCUMENT_NOUNS)}))"
    r"\s+(?:reads\s+|is\s+|was\s+)?(?:as\s+)?follows\s*:\s*$")
# (opening the lead-in, or after "more": not after a verb, "wrote to us from Ballarat:", a place)
_FROM_COLON = re.compile(r"(?:^\s*|[.!?:\-—–]\s*|[Mm]ore\s+|(?<![\w’'-])(?:one|text|message|email|e-mail|letter|note|call)\s+)"
                         r"[Ff]rom\s+(?P<np>[^:\n,.]{2,80}?)(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?\s*:\s*$")
_NAME_COLON = Twin(
    rf"(?:^\s*|[-—–―:.]\s+)(?P<np>(?:{TOKEN})(?:\s+(?:{PARTICLE}\s+)?(?:{TOKEN})){{1,3}})\s*:\s*$"
)
# A surname alone before a colon ("Ryan: “…”"): a speaker only when the text names that person.
_SURNAME_COLON = Twin(
    r"(?:^\s*|[-—–―:”\"]\s+|"
    + behind(lexicon.TITLE_ABBREVIATIONS, chars=r"\p{Lu}", lead=r"\b", negative=True)
    + r"[.!?]\s+)(?P<np>\p{Lu}[\p{L}\p{M}’'\-]+)\s*:\s*$"
)
_BEFORE_TAIL = Twin(r"(?:\s+(?:[^,:;.!?“”\"\n]|(?<=\d)[.,](?=\d)){0,60}?)?\s*[,:]?\s*$")  # ("a 4.5 per cent rise")


def _named(m, kinds: tuple[str, ...], base: int, cue: str | None, cue_pos: int):
    """The attribution a pattern found when its noun phrase (group ``np``) is of one of
    ``kinds``: (mention, mention position, cue, cue position), or None."""
    ment = classify(m["np"]) if m else None
    if ment and ment.kind in kinds:
        return ment, base + m.start("np"), cue, cue_pos
    return None


def find_attribution(text: str, seg: Segment, span: Span, known: frozenset[str]):
    """(mention, mention position, cue, cue position) or None: a verb right before the passage
    that introduces it, else the attribution after it, a signature line, else the one before."""
    b0, b1 = seg.before
    j = b1 - 1
    while j >= b0 and text[j].isspace():
        j -= 1
    before_found: tuple | None = None
    looked = False  # for the attribution before the passage
    if j >= b0 and text[j] == ":":
        before_found, looked = _find_before(text, seg, span, known), True
        if before_found and before_found[3] >= b1 - 80:
            return before_found  # the verb just before the colon: "In a statement, X said: “…”"
    elif j >= b0 and text[j] == "," and (cue := _cue_ending(text, max(b0, j - 30), j) or _cue_and_object(text, max(b0, j - 50), j)):
        # "... and said, “…”": the verb right before the passage introduces it.
        before_found, looked = _find_before(text, seg, span, known), True
        if before_found and before_found[3] == cue.start():
            return before_found
    elif j >= b0 and text[j].isalpha() and (cue := _cue_ending(text, max(b0, j - 30), j + 1)):
        # "Feinstein said “…,” she said.": a name whose verb runs straight into the passage
        # introduces it; a pronoun after it only repeats the attribution.
        before_found, looked = _find_before(text, seg, span, known), True
        if before_found and before_found[3] == cue.start() and before_found[0].kind == "name":
            return before_found
    elif j >= b0 and text[j] in "ds" and text[max(b0, j - 12):j + 1].rsplit(None, 1)[-1] in _NAMING_VERBS:
        # "under what Mr. Hedge called “…”, the club charged": the subject of the verb of naming
        # right before the passage, over any verb after it
        before_found, looked = _find_before(text, seg, span, known), True
        if before_found and before_found[2] in _NAMING_VERBS:
            return before_found
    a0, a1 = seg.after
    after = text[a0:a1]
    if after.strip() and (found := _find_after(text, span, a0, after)):
        if (found[2] == "according to" or _CLAUSE_AFTER.match(after)) and (
                own := before_found if looked else _find_before(text, seg, span, known)) and (
                own[0].kind in ("name", "pronoun", "org", "description") and own[2] and own[3] >= b0
                and (found[2] != "according to" or own[0].kind in ("name", "pronoun"))):
            # "Lindqvist told the house that the mine would “…”, according to Hansard": the
            # sentence's own speaker said it; "according to" names where that is written. "Union
            # says members have ‘no choice’ as TfL warns of ...": a clause of its own after the
            # passage, whose subject said nothing of it
            return own
        return found
    if seg.sign and (m := _SIGNATURE.match(text, *seg.sign)) and not _AGENCY_CREDIT.fullmatch(m["np"]) and (
            found := _named(m, ("name", "org"), 0, None, m.start())):
        return found  # a line of its own after a quotation that stands alone: "- Bernie Sanders."
    return before_found if looked else _find_before(text, seg, span, known)


# A clause of its own right after a passage inside a sentence, with no comma: "‘…’ as TfL warns".
# (but not "as Mrs. Clinton, then the secretary of state, put it", "as she said,": the passage's own)
_CLAUSE_AFTER = re.compile(r"\s+(?:as|while|whereas|because|since|after|before|when)\s+"
                           r"(?![^;:!?“”\"\n]{0,120}?\b(?:puts?\s+it\b|(?:said|says|wrote|writes|noted|notes|recalled|recalls|"
                           r"observed|explained|explains|told\s+\w+)\s*[,.;:]))")


def _find_after(text: str, span: Span, a0: int, after: str):
    """The attribution in the narration ``after`` a passage (starting at ``a0``)."""
    # (The rarer patterns are tried only where the words they need are there at all.)
    m = _DASH_NAME.match(after) if after.lstrip(" \t\u00a0").startswith(DASHES) else None
    if found := _named(m, ("name", "org"), a0, None, a0 + (m.start() if m else 0)):
        return found
    if "came" in after and (m := _CAME_FROM.match(after)) and (found := _named(
            m, ("name", "org", "description"), a0, "came", a0 + m.start("cue"))):
        return found  # "“Call the roll,” came shouts from the crowd": who shouted
    if "according" in after and (m := _ACCORDING_AFTER.match(after)):
        got = subject_after(" " + m["np"] + after[m.end():], a0 + m.start("np") - 1)
        if got:
            return got[0], got[1], "according to", a0 + m.start()
    if found := _after_cue(text, span, a0, after):
        return found
    if "ed" in after and after.rstrip().endswith((".", "!")):
        m = _AFTER_ANY_VERB.on(text).match(after)  # "…,” Oliver barked.
        if m is None and text[span.inner_end - 1:span.inner_end] == ",":
            m = _AFTER_ANY_VERB_AND.on(text).match(after)
        if found := _named(m, ("name", "pronoun", "description"), a0, m and m["cue"],
                           a0 + (m.start("cue") if m else 0)):
            return found
        m = _AFTER_ANY_VERB_INVERTED.on(text).match(after)  # "…?” reacted Trump.
        if found := _named(m, ("name",), a0, m and m["cue"], a0 + (m.start("cue") if m else 0)):
            return found
    if ("ed" in after and span.closed and text[span.inner_end - 1:span.inner_end] == ","
            and len(text[span.inner_start:span.inner_end].split(None, 4)) > 4):  # not a term's comma
        m = _AFTER_COMMA_VERB.on(text).match(after)
        return _named(m, ("name", "pronoun", "description"), a0, m and m["cue"],
                      a0 + (m.start("cue") if m else 0))
    return None


# Words that came from someone after a passage: "“Call the roll,” came shouts from the crowd".
_CAME_FROM = re.compile(r",?\s+(?P<cue>came)\s+(?:(?:the|a|an)\s+)?(?:\w+\s+)?(?:shouts?|cries|cry|calls?|chants?|reply|"
                        r"replies|response|answer|voice|voices|jeers?)\s+from\s+(?P<np>[^,.;:!?“”\"\n]{2,60}?)\s*[,.;]")
# A subordinate clause's opening word: its subject is no passage's speaker.
_SUBORDINATING = "|".join(sorted(lexicon.SUBORDINATORS))
_SUBORDINATOR = re.compile(rf"\s*(?:{_SUBORDINATING})\s", re.IGNORECASE)
_PARTICIPLE_PHRASE = re.compile(r"\s+(?:on|in|by|to|at|from)\s")


def _after_cue(text: str, span: Span, a0: int, after: str):
    """The attribution after a passage with a reporting verb the word lists know: its subject
    before it ("…,” X said), after it ("…,” said X) or ending the sentence."""
    cues = _cues_in(after[:400])
    if (len(cues) > 1 and cues[0]["cue"].endswith("ed") and _PARTICIPLE_PHRASE.match(after, cues[0].end())
            and after[:cues[0].start()].split()[-1:] and
            after[:cues[0].start()].split()[-1].lower() in lexicon.DOCUMENT_NOUNS):
        cues = cues[1:]  # "a statement posted on the company's website said": "posted" is no verb
    for cue in cues[:2]:
        m = _AFTER_SUBJECT.on(text).fullmatch(after, 0, cue.start())
        if m and _SUBORDINATOR.match(m["np"]):
            break  # "would “not hide behind the Chinese” when it explained": a clause of its own
        if m and not (span.closed and text[span.inner_end - 1:span.inner_end] == "."
                      and (_leads_next(after, cue) or _reports_more(after, cue))):
            got = subject_before(m["np"], a0 + m.start("np"))
            if got is None and (loose := loose_description(m["np"].strip())):
                got = loose, a0 + m.start("np")
            if got:
                return got[0], got[1], _cue(cue["cue"]), a0 + cue.start()
        elif not m and (m := _AFTER_UNCLOSED.on(text).fullmatch(after, 0, cue.start())) and (
                got := unclosed_apposition(m["np"], a0 + m.start("np"))):
            return got[0], got[1], _cue(cue["cue"]), a0 + cue.start()
    m = _AFTER_CUE_NP.on(text).match(after)
    if m:
        got = subject_after(after[m.end("cue"):], a0 + m.end("cue"))
        if got:
            return got[0], got[1], _cue(m["cue"]), a0 + m.start("cue")
    if not cues:
        return None
    cue = cues[-1]
    if _SENTENCE_CLOSE.on(text).match(after, cue.end()):
        # The sentence ends with its attribution: 'Obama "felt a moral obligation" to act,
        # Axelrod said.'
        got = subject_before(after[: cue.start()], a0)
        if got and got[0].kind in ("name", "org", "pronoun", "description", "document"):
            return got[0], got[1], _cue(cue["cue"]), a0 + cue.start()
    if after[:cue.start()].rstrip().endswith(",") and _RX_INVERTED_END.match(after, cue.end()):
        # '"…" in the 2008 primary, said Ohio State University professor Paul Beck.'
        got = subject_after(after[cue.end():], a0 + cue.end())
        if got and got[0].kind in ("name", "description"):
            return got[0], got[1], _cue(cue["cue"]), a0 + cue.start()
    return None


# What follows "said" when it attributes the passage before it: the sentence's end, a comma, or
# the words of where, when, how or to whom ("in a statement", "on Tuesday", "of the plan").
_SAID_TAIL = Twin(
    r"\s*(?:[.!?,:;—–)]|$)|\s+(?:on|in|at|during|after|before|when|while|last|this|yesterday|today|"
    r"earlier|later|to|from|via|of|about|according|as|with|by|recently|again|also|then|once|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _reports_more(after: str, cue: re.Match) -> bool:
    """After a passage that ends its sentence with a full stop, does "X said" begin a sentence of
    its own that reports something else ("…lack of character.” Reid said both men are ...")?"""
    return cue["cue"] in ("said", "says") and not _SAID_TAIL.on(after).match(after, cue.end())


def _cue_ending(text: str, lo: int, hi: int) -> re.Match | None:
    """The reporting verb that ends ``text[lo:hi]``, or None."""
    cues = find_cues(text, lo, hi)
    return cues[-1] if cues and not text[cues[-1].end():hi].strip() else None


# What a reporting verb may take before the comma that opens the quotation: "an old man asked me
# in Arabic, “…”", "she told reporters on Tuesday, “…”".
# (A name may be the object too, and how often: "I tell Kwame every day, ‘…’".)
_OBJECT_TAIL = re.compile(
    r"\s+(?:me|him|her|them|us|reporters|the\s+crowd|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"(?:\s+(?:(?:in|on|at|during|after|before)\s+[\w ]{1,25}|every\s+(?:day|week|time|morning|night)"
    r"|again|yesterday|today|often|always|repeatedly))?\s*$")


# ... or only when, or how: "Acadiana Electric Cooperative said this morning, “…”".
_WHEN_TAIL = re.compile(r"\s+(?:this\s+(?:morning|afternoon|evening|week)|last\s+(?:night|week|month)|yesterday|today|"
                        r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+a\s+statement)\s*$")


def _cue_and_object(text: str, lo: int, hi: int) -> re.Match | None:
    """The reporting verb of ``text[lo:hi]`` followed only by its object and perhaps where or
    when, or by when alone."""
    cues = find_cues(text, lo, hi)
    return cues[-1] if cues and (_OBJECT_TAIL.fullmatch(text, cues[-1].end(), hi)
                                 or _WHEN_TAIL.fullmatch(text, cues[-1].end(), hi)) else None


def _find_before(text: str, seg: Segment, span: Span, known: frozenset[str]):
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
    if colon and (m := _DOCUMENT_FROM.search(before)) and (found := _named(m, ("name", "org"), b0, m["cue"], b0 + m.start("cue"))):
        # "She retweeted a message from her senior policy advisor, Ann O'Leary, that read:": its author's
        return found
    if colon and (found := _before_colon(before, b0, tail, known)):
        return found
    words_before = tail.rstrip(":").rsplit(None, 1)
    last_word = words_before[-1] if words_before else ""  # "\u00a0:" holds no word at all
    if last_word in _NAMING_VERBS and (m := _WHAT_X_CALLED.on(text).search(before)) and (
            found := _named(m, ("name", "pronoun"), b0, m["cue"], b0 + m.start("cue"))):
        # "what Newt Gingrich called “…”", "Bannon, who Beck on Wednesday called “…”": the
        # subject of a verb of naming right before the passage
        return found
    if last_word in _NAMED_OBJECTS and (m := _CALLED_IT.search(before)) and (
            got := subject_before(before[:m.start("cue")], b0)) and got[0].kind in ("name", "org", "pronoun", "description"):
        # "The Hamilton Chamber of Commerce, which gave the shop an award, called it “…”": the
        # subject's words for something (a title it is given is a term, read before)
        return got[0], got[1], m["cue"], b0 + m.start("cue")
    m = last_word.endswith("ed") and _BEFORE_ANY_VERB.on(text).search(before)  # "X gloated: “…”"
    if m and (m["colon"] or n_words >= 6) and (
            found := _named(m, ("name", "pronoun"), b0, m["cue"], b0 + m.start("cue"))):
        return found
    if colon and (m := _AND_VERB_COLON.search(before)) and (got := clause_subject(before, b0, m.start())):
        # "Trump gestured to stop the chant, then leaned in and boomed:": the sentence's subject
        return got[0], got[1], m["cue"], b0 + m.start("cue")
    return _before_cue(text, before, b0, n_words)


def _before_colon(before: str, b0: int, tail: str, known: frozenset[str]):
    """The speaker a lead-in ending with a colon names without a reporting verb the word lists
    know: "Carl Bialik:", "Ryan:", "Sanders made the following comment:"."""
    m = _NAME_COLON.search(before)  # "Pollsters agree - Carl Bialik: “...”"
    m = m if m and m["np"].split()[0] not in CUE_FORMS else None  # not "Said Ellis:"
    if found := _named(m, ("name", "org"), b0, None, b0 + (m.end("np") if m else 0)):
        return found
    m = _SURNAME_COLON.search(before)
    if m and m["np"] in known and (found := _named(m, ("name",), b0, None, b0 + m.end("np"))):
        return found
    lead = tail[:-1].strip()
    if (lead and "," not in lead and len(lead.split()) <= 8 and lead.split()[0] not in CUE_FORMS
            and (named := full_name(lead))):
        # The whole lead-in is a name: "Former secretary of state Hillary Clinton:"
        return named[0], b0 + before.find(lead), None, b0 + len(tail) - 1
    m = _FOLLOWING.search(before)  # "Sanders made the following comment:"
    if found := _named(m, ("name", "org", "pronoun"), b0, m and m["cue"],
                       b0 + (m.start("cue") if m else 0)):
        return found
    m = _FOLLOWING_TAIL.search(before)  # "Republican nominee Donald Trump issued the following statement:"
    if m and (got := subject_before(before[:m.start()], b0)) and got[0].kind in ("name", "org"):
        return got[0], got[1], m["cue"], b0 + m.start("cue")
    if "follows" in before and (m := _AS_FOLLOWS.search(before)):
        return Mention(m["np"], "document"), b0 + m.start("np"), None, b0 + m.end("np")
    m = _FROM_COLON.search(before)  # "More from Jones:", "From the report:"
    return _named(m, ("name", "org", "document"), b0, None, b0 + (m.start("np") if m else 0))


def _before_cue(text: str, before: str, b0: int, n_words: int):
    """The last reporting verb of the narration before a passage, with its subject."""
    cues = _cues_in(before)
    for k in range(len(cues) - 1, -1, -1):
        m = cues[k]
        if n_words < 4 and not _BEFORE_TAIL.on(text).fullmatch(before, m.end()):
            break  # a few quoted words inside reported speech: a term, not a quotation
        pre = before[: m.start()]
        if pre.endswith("who ") and (rel := _RELATIVE_SUBJECT.search(pre)):
            # "a letter sent to her by a probationer in Renfrewshire, who wrote:": the one the
            # relative clause follows, named or not, and not the sentence's subject
            ment = classify(rel["np"])
            if ment is not None and ment.kind in ("name", "description"):
                return ment, b0 + rel.start("np"), _cue(m["cue"]), b0 + m.start()
        got = subject_before(pre, b0)
        if k and m["cue"].endswith("ing") and not pre[cues[k - 1].end():].strip(" ,"):
            # "X said, adding,": the participle goes with the verb right before it.
            got = (subject_before(before[: cues[k - 1].start()], b0)
                   or clause_subject(before, b0, cues[k - 1].start()) or got)
        elif m["cue"].endswith("ing") and got and _with_subject(before, got[1] - b0, got[0], m.start()):
            pass  # "with Trump reportedly yelling": the participle's own subject
        elif m["cue"].endswith("ing") or _joins_clauses(pre):
            got = titled(text, clause_subject(before, b0, m.start()), b0 + m.start()) or got
        if got is None and m["cue"].endswith("ing") and b0 and text[b0 - 1] in _CLOSING_MARKS:
            # "Kerpen needled the CNN “reporter,” saying, “…”": the narration begins after a
            # quoted word of the same sentence; the participle goes back to its subject.
            got = _subject_of_sentence_at(text, b0)
        if got is None and (_RX_LEAD_WORD.fullmatch(pre)
                            or pre.rstrip().endswith(",") and _RX_NAME_TAIL.match(before, m.end())):
            # "Said Ellis: ...", "But, said Solovey, ...", "..., explained Rosenberg, ..."
            got = subject_after(before[m.end():], b0 + m.end())
        if got and k and _CLAUSE_CLOSED.match(before, m.end()) and _SUBORDINATE_TAIL.search(before, 0, got[1] - b0):
            # "DeLuca had told investors, after Hartwell reported a loss, that “…”": the subject
            # of a clause of its own, closed before the passage; the verb before it is the
            # passage's (but not "..., while Cruz said that “…”")
            continue
        if got:
            return got[0], got[1], _cue(m["cue"]), b0 + m.start()
    return None


# Someone, named or described, after a preposition, then ", who" right before a reporting verb:
# the verb's subject ("by a probationer in Renfrewshire, who wrote", "from Dr Ewan Clark, who said").
_RELATIVE_SUBJECT = re.compile(
    r"\b(?:by|from|to|with)\s+(?P<np>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}"
    r"|(?:a|an|one|another)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?(?:\s+(?:in|from|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)"
    r",\s+who\s+$")
# The opening word of a clause set off by a comma, right before its subject (see _SUBORDINATING).
_SUBORDINATE_TAIL = re.compile(rf",\s+(?:{_SUBORDINATING})\s+$", re.IGNORECASE)
# ... its verb's own words, then the comma that closes it before the passage (perhaps "that").
_CLAUSE_CLOSED = re.compile(r"\s+[^,;:“”\"]+,\s+(?:that\s+)?$")
_CLOSING_MARKS = frozenset("”\"’'»")
# Where a sentence ends: a full stop (not an initial's or a title's: "Mr.", "J."), a question or
# an exclamation mark, perhaps a closing mark, then space and a capital or an opening mark.
_SENTENCE_BREAK = Twin(
    r"(?<!\b\p{Lu})"
    + behind(lexicon.TITLE_ABBREVIATIONS + ("Inc", "Co", "Corp"),
             lead=r"\b", negative=True)
    + r"[.!?][”\"’']?\s+(?=\p{Lu}|[“\"‘])")


def _subject_of_sentence_at(text: str, pos: int) -> tuple[Mention, int] | None:
    """The subject that opens the sentence holding ``pos``, looked for in its paragraph (up to
    400 characters back)."""
    lo = max(text.rfind("\n", 0, pos) + 1, pos - 400)
    for m in _SENTENCE_BREAK.on(text).finditer(text, lo, pos):
        lo = m.end()
    return sentence_subject(text, lo, pos)


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
_RX_NAME_TAIL = Twin(rf"\s+(?:\p{{Ll}}[\p{{L}}-]*\s+|\p{{Lu}}+\s+){{0,3}}?(?:{TOKEN})(?:\s+(?:{TOKEN})){{0,3}}\s*[,:]?\s*$")  # "..., explained CBS moderator X:"


def _joins_clauses(pre: str) -> bool:
    """Does the text before a verb end with "and" or "but" (and words like "now"): a second
    verb of the sentence's subject ("X backed Y, but now said ...")?"""
    words = pre.split()
    while words and words[-1] in lexicon.VERB_FILLERS:
        words.pop()
    return bool(words) and words[-1] in ("and", "but")


def _leads_next(after: str, m: re.Match) -> bool:
    """After a full stop, "X said:" introduces the next passage rather than ending this one."""
    return bool(_RX_LEADS.match(after[m.end():]))


def _cue(s: str) -> str:
    return " ".join(s.split())


# A passive verb of asking or telling with its agent: "was asked by host Bill Maher, ...".
_ASKED_BY = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:asked|told|pressed|questioned|"
                       r"challenged|interrupted|greeted)\s+by\b")


def passive_agent(text: str, lo: int, hi: int) -> tuple[Mention, int] | None:
    """The agent of a passive verb of asking or telling in ``text[lo:hi]`` ("Sanders was asked by
    host Bill Maher, who ..., “…”"): who says the passage that follows, with its position."""
    m = _ASKED_BY.search(text, lo, hi)
    got = subject_after(text[m.end():hi], m.end()) if m else None
    return got if got and got[0].kind in ("name", "description") else None


def narrated_speaker(text: str, lo: int, hi: int):
    """The last "X said" of a stretch of narration: (mention, position, cue, cue position)."""
    cues: Sequence[re.Match]
    if lo and _JOINS_WORD.match(text, lo - 1):
        # The word before ``lo`` runs on into a verb right there, which is then no verb: read
        # in place (rare), not as a stretch of its own.
        cues, base = find_cues(text, lo, hi), 0
    else:
        cues, base = _cues_in(text[lo:hi]), lo
    found = None
    main = _main_clause_says(text, lo, cues, base) if len(cues) > 1 else None
    for m in reversed(cues):
        at = base + m.start()
        if main is not None and at > main[3]:
            # "Mr Kerr said the association had written to the league ...", "Lapointe-Rousseau said
            # she hoped ..., which Nordair has said could happen": a verb inside what the
            # sentence's subject said is no attribution of the quotation after it
            return main
        if _MODAL_BEFORE.search(text, max(lo, at - 24), at):
            continue  # "He said the union would ask the province ...": words to come, no one's yet
        got = subject_before(text[lo:at], lo)
        if got is None and _RX_INVERTED_END.match(text, base + m.end(), hi):
            # "..., said Ohio State University professor Paul Beck." ending the sentence
            got = subject_after(text[base + m.end():hi], base + m.end())
        if got and _SUBORDINATOR_BEFORE.search(text, max(lo, got[1] - 12), got[1]):
            # "He said he wanted them to visit before it wrote its report", "He told Parliament
            # the Government had not run out of dollars, as the Opposition has claimed": a
            # clause's own verb
            continue
        if got and got[0].kind != "pronoun" and any(
                base + c.end() <= got[1] and text[base + c.end():got[1]].strip() in _SAID_THEN_SUBJECT
                for c in cues if c.start() < m.start()):
            continue  # "Fonoti said the school had asked the ministry": what was said, no attribution
        if got and got[0].kind in ("name", "org", "pronoun", "description"):
            if got[0].kind != "pronoun":
                return got[0], got[1], _cue(m["cue"]), at
            # "The elder Gagnon ... said he had promised ...": a pronoun after an earlier
            # reporting verb is its subject again; that verb's subject, if it has one
            found = found or (got[0], got[1], _cue(m["cue"]), at)
    return found


def _main_clause_says(text: str, lo: int, cues: Sequence[re.Match], base: int):
    """The first "X said" of a stretch of narration whose subject opens it (perhaps after an
    opening phrase and its comma): the sentence's own attribution, the verbs after it inside what
    X said.  (mention, position, cue, cue position), or None."""
    m = cues[0]
    at = base + m.start()
    if _MODAL_BEFORE.search(text, max(lo, at - 24), at):
        return None
    got = subject_before(text[lo:at], lo)
    if got is None or got[0].kind not in ("name", "org", "description") or got[1] - lo > 200:
        return None  # (an opening phrase is short)
    opening = text[lo:got[1]].strip()
    if opening and not opening.endswith(","):
        return None  # (a subject inside a clause of its own: "When the minister said ...")
    return got[0], got[1], _cue(m["cue"]), at


# What may stand between a reporting verb and the subject of what was said ("Mersch said the
# Government had promised ...").
_SAID_THEN_SUBJECT = frozenset(("", "that", "the", "that the", "its", "that its"))
# (or a comparison after a comma: ", as the Opposition has claimed")
_SUBORDINATOR_BEFORE = re.compile(rf"(?:(?<![\w’'-])(?i:{_SUBORDINATING})\s+|,\s+as\s+(?:the\s+)?)$")
# A modal or "to" right before a verb: what someone would, will or wants to say, not what they said.
_MODAL_BEFORE = re.compile(r"(?:\b(?:would|will|could|should|might|may|must|can|to|not)|n[’']t)\s+(?:\w+ly\s+)?$")
# After an inverted reporting verb, a name (perhaps after a lower-case title) to the sentence's end.
_RX_INVERTED_END = Twin(rf"\s+(?:[^\s,;:!?“”\"]+\s+){{0,6}}(?:{TOKEN})\s*[.!]?\s*$")
