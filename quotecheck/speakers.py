"""Stage 3: attribute each quoted passage to a speaker.

For every passage we look at the narration around it, in its own sentence (its ``Segment``,
found here), for a reporting verb and the words naming the speaker (the *mention*: a name,
perhaps with a title or an apposition, a pronoun, a description ("the minister") or a document
("a note on X's website"); see ``mentions``).  Mentions are then resolved (``resolve``) to one
entity per person or organisation in the document (``entities``), named by the fullest form of
its name.  A passage with no attribution of its own takes the speaker the sentence before it
narrates, or continues the previous speaker's; where the evidence is too weak the speaker stays
None.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from quotecheck import firstnames, lexicon
from quotecheck.entities import (
    Entity,
    as_written,
    blank,
    ends_sentence,
    fold,
    mentions_in_narration,
    nickname_spans,
)
from quotecheck.mentions import (
    DASHES,
    Segment,
    find_attribution,
    find_cues,
    narrated_speaker,
    passive_agent,
)
from quotecheck.model import Attribution, Span
from quotecheck.phrases import Mention, classify, role_noun
from quotecheck.resolve import ACCUSED_NOUNS, Resolver, resolve_mention
from quotecheck.spans import SENTENCE_END, Paragraphs
from quotecheck.subjects import mention_end, sentence_subject

# How far from a quotation its attribution is looked for, in characters: a sentence of news prose
# is far shorter, and the bound keeps a pathological text (a megabyte without a full stop) linear.
_WINDOW = 600


def _segments(text: str, paras: Paragraphs, spans: list[Span]) -> list[Segment]:
    out = []
    starts, ends = paras.starts, paras.ends
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
            lead, sign = _lead_and_sign(text, paras, sentence_end, p, pe, end, prev_end, next_start)
        before, after = (bs, start), (end, ae)
        # The narration before and after that the attribution stands in (the parts not empty).
        clause: tuple[tuple[int, int], ...]
        if bs < start:
            clause = (before, after) if ae > end else (before,)
        else:
            clause = (after,) if ae > end else ()
        out.append(Segment(before, after, lead, sign, last_end, clause))
        prev_end = end
    return out


def _lead_and_sign(text, paras, sentence_end, p, pe, end, prev_end, next_start):
    """For a passage that starts paragraph ``p`` (and ends in ``pe`` at ``end``): the last
    sentence of the paragraph before when it ends with a colon ("The Times reports:"), and the
    paragraph after when it is a signature ("- Bernie Sanders."), each (start, end) or None."""
    starts, ends = paras.starts, paras.ends
    lead = sign = None
    if p and text.endswith(":", 0, ends[p - 1]) and prev_end <= starts[p - 1]:
        ls = starts[p - 1]
        for m in sentence_end.finditer(text, ls, ends[p - 1]):
            ls = m.end()
        lead = (ls, ends[p - 1])
    if (pe + 1 < len(starts) and text.startswith(DASHES, starts[pe + 1])
            and not text[end:ends[pe]].strip() and next_start >= ends[pe + 1]):
        sign = (starts[pe + 1], ends[pe + 1])
    return lead, sign


# How a quote's speaker was found, by the kind of mention its own attribution holds.
_VIA = {"name": "name", "org": "name", "pronoun": "pronoun", "description": "description",
        "document": "document"}


def attribute(text: str, paras: Paragraphs, spans: list[Span]) -> list[Attribution]:
    """Each passage's attribution.  A nickname quoted inside a name ("Juan “Chico” Manriquez")
    is a term, and the rest is read as if it were not there (marks and all blank)."""
    nicknames = nickname_spans(text, spans) if len(spans) > 1 else []
    if not nicknames:
        return _attribute(text, paras, spans)
    skip = set(nicknames)
    kept = [k for k, span in enumerate(spans) if span not in skip]
    out = [Attribution("term")] * len(spans)
    for k, att in zip(kept, _attribute(blank(text, nicknames), paras, [spans[k] for k in kept])):
        out[k] = att if att.follows is None else att._replace(follows=kept[att.follows])
    return out


def _attribute(text: str, paras: Paragraphs, spans: list[Span]) -> list[Attribution]:
    resolver = Resolver(text, paras)
    known = mentions_in_narration(text, spans, resolver)
    segments = _segments(text, paras, spans)
    out: list[Attribution] = []
    last_speech = -1
    retries = 0
    turns = _turns(text, paras) if ":" in text else {}
    head_end = _headlines_end(text, paras)
    for i, (span, seg) in enumerate(zip(spans, segments)):
        resolver.quoted = text[span.inner_start:span.inner_end]
        if span.inner_end - span.inner_start <= 40 and (_modifier_term(text, span) or _known_as(text, span)):
            out.append(Attribution("term"))  # "its “Hopper” day ticket": a name, no one's words
            continue
        turn = turns.get(paras.index(span.start)) if turns else None
        # (in a transcript's turn, the narration before a passage opens after its label: "WHELAN:
        # The Minister, X, told the Dáil on 3 December, “…”" is X's)
        found = find_attribution(text, seg if turn is None else _after_label(text, seg, turn), span, known)
        if found is not None and i and found[1] >= span.end and _continues_before(text, spans, out, i, found):
            found = None  # "“A,” Kim says. “B.” Tran disagrees.": B is Kim's; the sentence after is Tran's own
        if found is None and retries < _TITLE_RETRIES and (
                i and span.start - spans[i - 1].end <= 200 and _short(spans[i - 1])
                or i + 1 < len(spans) and spans[i + 1].start - span.end <= 200 and _short(spans[i + 1])):
            retries += 1
            found = _across_titles(text, paras, spans, i, known)
        if span.start < head_end and (found is None or found[2] is None) and (
                att := _headline(text, paras, span, seg, resolver)) is not None:
            out.append(att)  # "Trump Adviser: ‘…’": a headline's own way of attributing
            last_speech = i
            continue
        if found is None and turn and turn[1] in _QA_LABELS:
            found = _interview_pronoun(text, seg, turn[1])
        elif found is not None and turn and turn[1] not in _QA_LABELS and found[1] >= span.end and (
                told := _told_by_speaker(text, seg)):
            found = told  # "ARRIETA: ... I tell Kwame every day, ‘…’ He laughs.": the turn's speaker's
        if found is None and turn and turn[1] not in _QA_LABELS and (you := _told_by_addressee(text, seg)) is not None:
            # "ECHEVERRI: Sarah, at that same investor day you told us, “…”": the one addressed
            # said it, named by the turn's opening vocative, else the one whose turn came before
            out.append(Attribution("speech", mention="you", cue=you[1], cue_pos=you[2], clause=seg.clause,
                                   entity=_addressee(text, paras, span, turn, turns, you[0], resolver), via="pronoun"))
            last_speech = i
            continue
        if found is None:
            att = _unattributed(text, paras, spans, out, i, seg, resolver, last_speech)
            if turn and turn[1] not in _QA_LABELS and att.kind == "speech":
                att = _in_turn(text, span, seg, turn, att, resolver)
            out.append(att)
            if att.kind == "speech":
                last_speech = i
            continue
        out.append(_attributed(found, i, seg, out, resolver, paras, turn, turns))
        last_speech = i
    if head_end > 0:
        _headlines_quoted_below(text, spans, out, head_end, resolver)
    # Names grow as the document goes on (a fuller form later): every attribution takes its
    # speaker's canonical name, role and aliases at the end, once per entity.
    named: dict[int, tuple] = {}
    for idx in {att.entity for att in out if att.entity is not None}:
        ent = resolver.entities[idx]
        named[idx] = (as_written(ent.name, text), ent.role if ent.kind == "person" else None, tuple(sorted(ent.aliases)))
    for k, att in enumerate(out):
        if att.entity is not None:
            out[k] = _named_attribution(att, named[att.entity])
    return out


def _headlines_quoted_below(text: str, spans: list[Span], out: list[Attribution], head_end: int,
                            resolver: Resolver) -> None:
    """A headline's passage that the story quotes again ("Sheriff: ‘facing the worst time of
    their lives’", then "... were ‘facing the worst time of their lives’, Sheriff Catriona
    McAdam said") is the words of whom the story credits them to, where the headline names no
    one, or by a post's title, or by a surname the story's speaker bears ("Delahunty", of two):
    a headline quotes the story, and the story tells who said it.  (Not where it names a body
    or a group, "Unite: ‘…’", whose spokesperson the story quotes.)"""
    below = [(k, _words_of(text[span.inner_start:span.inner_end])) for k, span in enumerate(spans)
             if span.start >= head_end and out[k].kind == "speech" and out[k].entity is not None]
    for i, span in enumerate(spans):
        if span.start >= head_end:
            break
        att = out[i]
        if att.kind != "speech" or len(words := _words_of(text[span.inner_start:span.inner_end])) < 12:
            continue
        k = next((k for k, said in below if words in said), None)
        if k is None or (idx := out[k].entity) is None or idx == att.entity:
            continue
        ent = resolver.entities[idx]
        mention = (att.mention or "").lower()
        if att.entity is None and (not mention or role_noun(mention.split()[-1])) or (
                ent.kind == "person" and mention and fold(mention.split()[-1]) == fold(ent.name.split()[-1])):
            out[i] = att._replace(entity=idx, via=att.via or out[k].via)


def _words_of(passage: str) -> str:
    """A passage's words in lower case, one space apart, and a space at each end: what a
    headline keeps of a quotation it repeats."""
    return " " + " ".join(re.findall(r"[\w’']+", passage.lower().replace("’", "'"))) + " "


# Passages read again across a title, at most, per document: each reading copies the text, and
# news has a few such titles; a hostile text of thousands stays linear.
_TITLE_RETRIES = 16
_TITLE_SMALL_WORDS = frozenset("of the and a an in on for to with at by from".split())


# A headline's topic after its speaker ("CNN President On Trump: ‘…’"), and someone's response
# ("Republicans' reaction: ‘…’"): the speaker is the words before.
_HEADLINE_TOPIC = re.compile(r"\s(?:On|on|About|about)\s")
_HEADLINE_RESPONSE = re.compile(r"(?P<who>.+?)(?:[’']s|[’'])\s+(?i:reaction|response|verdict|message|"
                                r"reply|answer|warning|plea|vow|retort)$")
_HEADLINE_WORDS = 12


def _headlines_end(text: str, paras: Paragraphs) -> int:
    """Where a document's headline and the decks under it end: up to three short opening
    paragraphs (a story follows them); -1 for a document of one paragraph."""
    end = -1
    # (the last paragraph with words, looked for from the end: most often the last one)
    last = next((k for k in range(len(paras.starts) - 1, -1, -1) if paras.ends[k] > paras.starts[k]), 0)
    for k in range(min(3, last)):  # (a story follows: a paragraph with words)
        line = text[paras.starts[k]:paras.ends[k]].rstrip()
        if len(line) > 200 or ends_sentence(line):
            break  # a sentence of the story ("Pollster Ann Jones studies turnout.")
        end = paras.ends[k]
    return end


def _headline(text: str, paras: Paragraphs, span: Span, seg: Segment, resolver: Resolver) -> Attribution | None:
    """A passage after a colon in the headline, with no reporting verb: "Kasich: ‘…’",
    "Trump Addresses Munich Attack: ‘…’", "CNN President On Trump: ‘…’". The speaker is the
    longest opening words the story names someone by (Trump), unless a title follows them
    ("Trump Adviser"); else a description the story gives someone it names ("Trump adviser
    Stephen Miller"); else no one. Never the headline's capitals as one name. None when the
    passage is not so placed."""
    lo = paras.starts[paras.index(span.start)]
    lead = text[lo:span.start].rstrip()
    if not lead.endswith(":") or span.start - lo > 200:
        return None
    lead = lead[:-1]
    if (colon := lead.rfind(":")) >= 0:  # a label first: "The Latest: Trump On Munich: ‘…’"
        lo, lead = lo + colon + 1, lead[colon + 1:]
    words = lead.split()
    if not 0 < len(words) <= _HEADLINE_WORDS or any(c in lead for c in "!?“”\"\n") or SENTENCE_END.on(
            lead).search(lead):
        return None  # no headline: a sentence of narration before its colon
    topic = _HEADLINE_TOPIC.search(lead)
    if len(words) > 5 and sum(w[:1].isupper() for w in words) * 3 < len(words) * 2 and not (
            topic and all(w[:1].isupper() for w in lead[:topic.start()].split())):
        return None  # (in sentence case only with a name before its topic: "Dr. X on extreme heat")
    if topic:
        lead = lead[:topic.start()]
    if m := _HEADLINE_RESPONSE.match(lead.strip()):
        lead = m["who"]
    words = lead.split()
    at = lo + (len(text[lo:lo + len(lead)]) - len(text[lo:lo + len(lead)].lstrip()))
    titled = [role_noun(w.lower()) or w.lower() in lexicon.TITLE_WORDS for w in words]
    if all(w.lower() in lexicon.PARTY_NOUNS for w in words):
        words = []  # "Republicans' reaction": a party's people are no one speaker
    for k in range(min(len(words), 3), 0, -1):
        head = " ".join(words[:k])
        ment = classify(head)
        if ment is None or ment.kind not in ("name", "org") or (
                idx := resolver.find(ment.name or head)) is None or not set(
                fold(ment.name or head).split()) <= set(fold(resolver.entities[idx].name).split()):
            continue  # (every word the story's name for them: not "... Editor Matthew Boyle")
        if k < len(words) and titled[k]:
            break  # "Trump Adviser": the adviser speaks, not Trump
        return _attributed((ment, at, None, at), 0, seg, [], resolver, paras, None)
    ment = classify(" ".join(words)) if 0 < len(words) <= 4 else None
    if ment and ment.kind == "name" and not titled[-1] and 2 <= len((ment.name or "").split()) <= 3 and (
            ment.role or ment.honorific or firstnames.is_first_name((ment.name or "").split()[0])):
        # "Darrell Scott: ‘…’": a full name the story does not name again
        return _attributed((ment, at, None, at), 0, seg, [], resolver, paras, None)
    if ment is None or not titled[-1]:
        # A word or two as written ("WSJ editorial", "Republicans"); longer, the capitals are
        # no one name ("Mayor X Blasts Transit Board", "Storm Batters Coastal Towns").
        mention = lead.strip() if lead.strip() and len(lead.split()) <= 2 else None
        return Attribution("speech", mention=mention, clause=seg.clause)
    described = Mention(ment.text, "description", None, None)
    idx = resolver.described_later(described, span.end, paras.starts[min(len(paras.starts) - 1, 8)])
    return Attribution("speech", mention=ment.text, clause=seg.clause, entity=idx,
                       via="description" if idx is not None else None)


_DETERMINERS = frozenset("a an the its his her their our my your this that".split())
_RELATIVES = ("who ", "whom ", "whose ", "that ", "which ")
_NAMING_VERBS = frozenset("called calling calls named naming dubbed dubbing titled entitled nicknamed".split())


# "known to customers as “the green book,”": the name a thing goes by, no one's words.
_KNOWN_AS = re.compile(r"\bknown\s+(?:to\s+[^,.;:!?“”\"\n]{1,40}?\s+)?as\s*$")


def _known_as(text: str, span: Span) -> bool:
    return text.startswith(" as", span.start - 4, span.start - 1) and _KNOWN_AS.search(
        text, max(0, span.start - 60), span.start) is not None


# A verb of naming in the past or third person, then its object: "had named its restructuring
# plan “Hanul 2030”".
_NAMED_OBJECT = re.compile(r"\b(?:named|called|dubbed|titled|nicknamed|branded|calls|names)(?:\s+[\w’'-]+){1,4}\s*$")


# Nouns for a name or a title that a quotation beside them gives ("its slogan, “…”").
_NAMING_NOUNS = frozenset("""slogan motto tagline catchphrase nickname hashtag theme title headline
chant anthem song album book novel film documentary series podcast programme program campaign
initiative exhibition""".split())


def _modifier_term(text: str, span: Span) -> bool:
    """Is a passage a few words quoted inside a noun phrase, after its determiner or owner and
    before a lower-case word ("keep its “Hopper” day ticket", "Arizona’s “stand your ground”
    law", "issued a “tornado emergency” for the town"): a name of a thing, not speech?"""
    if span.inner_end - span.inner_start > 40 or not span.closed or span.start < 2:
        return False
    after = text[span.end:span.end + 2]
    modifier = len(after) == 2 and after[0] == " " and after[1].islower()  # "“Hopper” day ticket"
    if not modifier and not text[span.inner_start:span.inner_start + 1].isupper():
        return False  # (neither a modifier nor a title: most short passages)
    end = span.start
    while end > 0 and text[end - 1].isspace() and span.start - end < 4:
        end -= 1
    before = text[max(text.rfind(" ", max(0, end - 30), end), text.rfind("\n", max(0, end - 30), end)) + 1:end].lower()
    if (before in _NAMING_VERBS or _NAMED_OBJECT.search(text, max(0, end - 50), end)) and _is_title(
            text[span.inner_start:span.inner_end]):
        # "the campaign we are calling “Two Doses, No Doubt”", "had named its restructuring plan
        # “Hanul 2030”": a title it is given
        return True
    if before.rstrip(",:") in _NAMING_NOUNS and _is_title(text[span.inner_start:span.inner_end]):
        # "the administration's slogan, “Enugu Na Ebube”,", "the report “Open Doors”": the name
        # the noun before it stands for, in apposition, no one's words
        return True
    if not modifier or not (before in _DETERMINERS or before.endswith(("’s", "'s"))):
        return False
    if text.startswith(_RELATIVES, span.end + 1):
        return False  # (not "an “articulate conservative” who has won": someone's words of a person)
    inner = text[span.inner_start:span.inner_end]
    return not any(c in inner for c in ".!?,;:") and len(inner.split()) <= 3


def _continues_before(text: str, spans: list[Span], out: list[Attribution], i: int, found: tuple) -> bool:
    """Is passage ``i`` a sentence that goes on with the previous passage's speaker, whose
    attribution stands between them ("“A,” Kim says. “B.”"), so that a sentence of narration
    after it (a capital, "Tran disagrees.") is no attribution of its own?"""
    span, prev = spans[i], out[i - 1]
    if prev.kind != "speech" or prev.cue_pos < 0 or not spans[i - 1].end <= prev.cue_pos < span.start:
        return False
    if text[span.inner_end - 1:span.inner_end] != "." or "\n" in text[spans[i - 1].end:span.start]:
        return False
    between = text[prev.cue_pos:span.start].rstrip()
    after = text[span.end:found[1] + 1].lstrip()
    return between.endswith(".") and after[:1].isupper()


def _short(span: Span) -> bool:
    """Is a passage short enough to be a title (checked before anything is read)?"""
    return span.inner_end - span.inner_start <= 60


def _inline_title(text: str, span: Span, after: int, before: int) -> bool:
    """Is a passage a few capitalised words quoted inside a sentence (a title, a nickname, a
    slogan), with narration of the same sentence between it and the passage at ``after`` or
    ``before``?"""
    inner = text[span.inner_start:span.inner_end].rstrip(",")
    words = inner.split()
    if not (span.closed and 0 < len(words) <= 5 and not any(c in inner for c in ".!?;:\n")
            and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)):
        return False
    lo, hi = (after, span.start) if after <= span.start else (span.end, before)
    return 0 <= hi - lo <= 200 and not SENTENCE_END.on(text).search(text, lo, hi)


def _across_titles(text: str, paras: Paragraphs, spans: list[Span], i: int, known: frozenset[str]):
    """The attribution of passage ``i`` read across a title quoted between its speaker and its
    verb ("“…,” Bill Eastland, wearing “Ted Cruz” campaign pins, said", "As Akhil Amar, author
    of “America's Unwritten Constitution,” put it, “…”"): the title's marks read as spaces, the
    narration on both sides of it as one; None when there is no such title."""
    span = spans[i]
    if len(text[span.inner_start:span.inner_end].split(None, 4)) < 5:
        return None  # a few words: a title or a term itself, attributed by its own sentence alone
    titles = [k for k in (i - 1, i + 1) if 0 <= k < len(spans)
              and _inline_title(text, spans[k], span.end, span.start)]
    if not titles:
        return None
    masked = blank(text, [spans[k] for k in titles], marks_only=True)  # the title's words kept
    near = [k for k in range(max(0, i - 2), min(len(spans), i + 3)) if k not in titles]
    rest = [spans[k] for k in near]
    found = find_attribution(masked, _segments(masked, paras, rest)[near.index(i)], span, known)
    if found is None or not any(found[1] < spans[k].start and spans[k].end <= found[3]
                                or found[3] < spans[k].start and spans[k].end <= span.start for k in titles):
        # the title is no part of the attribution: not between its speaker and verb, nor between
        # the verb and the passage ("Ezeakor said the slogan, “Enugu Na Ebube”, was “…”")
        return None
    return found


def _attributed(found: tuple, i: int, seg: Segment, out: list[Attribution], resolver: Resolver,
                paras: Paragraphs, turn: tuple[int, str] | None, turns: dict | None = None) -> Attribution:
    """The attribution of passage ``i`` from what its narration says: (mention, its position,
    cue, the cue's position)."""
    ment, mpos, cue, cpos = found
    if turn and ment.kind == "pronoun" and ment.text.lower() in ("i", "we", "you"):
        # "VARGA: ... I told my own team, “…”": in a transcript, "I" is the turn's speaker; in
        # an interview's questions, "you" is the one interviewed.
        idx = _turn_speaker(turn, resolver) if (ment.text.lower() == "you") == (turn[1] == "Q") else None
    else:
        idx = resolve_mention(ment, mpos, resolver, paras)
        if turn and idx is not None and ment.kind == "pronoun" and (
                idx == _turn_speaker(turn, resolver)
                or _addressed(resolver.text, turn[0], mpos, resolver.entities[idx].name)
                or turns and turn[1] not in _QA_LABELS and idx in {_turn_speaker(t, resolver) for t in turns.values()}):
            # "A: ... then she said, “…”": in a turn, its speaker is "I" (and the one
            # interviewed "you"), and the one it greets is "you" ("CALLER: Hi, Marnie. ... she
            # told me"), never "he" or "she"; nor is anyone else who speaks in the transcript
            # ("MEHTA-COLLINS: From my grandmother ... she would say": not the host)
            idx = None
    follows = None
    split = bool(i) and out[i - 1].cue_pos == cpos  # "A," he said, "B."
    if idx is not None:
        resolver.mention_at(mpos, idx)
        resolver.spoke.append((mpos, idx))
        if split or i and out[i - 1].entity == idx and (
            cue in ("added", "adds", "continued", "continues", "went on")
        ):
            follows = i - 1
    # (Positional: half the cost of keywords, for every attributed passage.)
    via = _VIA[ment.kind]
    if via == "name" and idx is not None and (ment.kind == "org" and resolver.entities[idx].kind == "person" or (
            ment.kind == "name" and ment.role and ment.name and " of " in ment.name and resolver.find(ment.name) is None)):
        # "the SP": a title's initials, of the person who holds it; "the Chief Fisherman of Cape
        # Coast": a post, of whom the text gave it
        via = "description"
    return Attribution("speech", None, ment.text, None, cue, cpos, seg.clause, follows, (),
                       split, idx, via)


def _named_attribution(att: Attribution, named: tuple) -> Attribution:
    # Field by field: three times faster than ``_replace``, for every attributed passage.
    speaker, role, aliases = named
    return Attribution(att.kind, speaker, att.mention, role, att.cue, att.cue_pos, att.clause,
                       att.follows, aliases, att.split, att.entity, att.via)


# A greeting and the name of the one greeted: "Hi, Marnie.", "Thanks, Lawrence,".
_GREETED = re.compile(r"\b(?:Hi|Hello|Hey|Thanks|Thank you|Morning|Good (?:morning|afternoon|evening))\s*,?\s+"
                      r"(?P<name>[A-Z][\w’'-]+)\s*[,.!?]")


def _addressed(text: str, start: int, pos: int, name: str) -> bool:
    """Does the turn from ``start`` greet, before ``pos``, someone by a word of ``name``?"""
    return any(m["name"] in name.split() for m in _GREETED.finditer(text, start, pos))


# A reporting verb right before a passage: in a turn, the one the narration names said it ("The
# Supporters' Trust put out a statement on Monday that said, “…”"), not the turn's speaker.
_SAID_BEFORE = re.compile(r"\b(?:said|says|read|reads|stated|states|wrote|writes)[,:]?\s*$")
# A transcript's turn: a name in capitals and a colon opening a paragraph ("VARGA: ...").
# (perhaps after a timestamp, "[00:01:16] DR. OSEI:", and with the name after a role in
# brackets, "ANCHOR (DANA PRICE):", which is then the label)
# (capitals with accents too, and an Irish surname's particle: "NÍ CHONAILL:", "Ó DUBHGHAILL:")
_TURN = re.compile(r"(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?(?P<label>(?:DR\.?\s|MR\.?\s|MS\.?\s|MRS\.?\s|Ó\s)?"
                   r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+(?:\s[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+){0,2}"
                   # (or as a Hansard writes a member: an initial and a surname, "Hon." before a
                   # minister's: "C. Dufresne:", "Hon. A. Sahota:")
                   r"|(?:Hon\.\s)?[A-Z]\.\s[A-ZÀ-Ö][\w’'-]+)(?:\s\((?P<name>[A-Z][A-Z.’' -]+)\))?(?=:\s)")


# Labels in capitals that open a paragraph and are nobody's turn.
_NOT_SPEAKERS = frozenset("PHOTO PHOTOS CAPTION IMAGE VIDEO UPDATE NOTE CORRECTION WATCH READ MORE TRANSCRIPT EXCERPT".split())


def _told_by_addressee(text: str, seg: Segment) -> tuple[int, str, int] | None:
    """Where the sentence before a passage in a transcript's turn reports it with "you" and a
    reporting verb ("you told us, “…”"): (where "you" stands, the verb, where it stands)."""
    found = _pronoun_reporting(text, seg, 120)
    if found is None or found["p"] == "I":
        return None
    return found.start(), found["cue"], found.start("cue")


# A turn's opening vocative: "ECHEVERRI: Sarah, at that same investor day ...".
# (after a label with a name in brackets too, and a greeting: "CALLER: Good morning, Mayor.",
# "MODERATOR (ELENA VASQUEZ): Councilmember Oyelowo, you voted ...")
_VOCATIVE = re.compile(r"\)?:\s+(?:(?:Good\s+(?:morning|afternoon|evening)|Hi|Hello|Thank\s+you|Thanks|Welcome|Morning),?\s+)?"
                       r"(?P<name>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)[,.!]\s")


def _addressee(text: str, paras: Paragraphs, span: Span, turn: tuple[int, str], turns: dict,
               you_at: int, resolver: Resolver) -> int | None:
    """Whom a transcript's turn speaks to: the person its opening vocative names, before the
    "you" ("Sarah," for Sarah Whitcombe), else the speaker of the turn before."""
    k = paras.index(span.start)
    if (m := _VOCATIVE.match(text, turn[0] + len(turn[1]))) and m.end() <= you_at and (
            ment := classify(m["name"])) is not None:
        if ment.kind == "name" and ment.name:
            if (found := resolver.find(ment.name)) is not None:
                return found
            # (or one named so far only by the label of a turn: "OYELOWO:")
            return next((_turn_speaker(t, resolver) for t in turns.values()
                         if fold(t[1]) == fold(ment.name.split()[-1])), None)
        if ment.kind == "description" and " " not in ment.text:
            # a title alone ("Good morning, Mayor."): the one the text gave that title
            return resolver.description(Mention("the " + ment.text.lower(), "description"), m.start("name"), 0)
    before = [j for j in turns if j < k and turns[j][1] != turn[1]]
    return _turn_speaker(turns[max(before)], resolver) if before else None


def _turn_speaker(turn: tuple[int, str], resolver: Resolver) -> int | None:
    """The person a transcript's turn label ("VARGA") names; in an interview's questions and
    answers ("Q:", "A:"), the one interviewed: the first person the text names."""
    if turn[1] in _QA_LABELS:
        people = [(ent.first_at, k) for k, ent in enumerate(resolver.entities) if ent.kind == "person"]
        return min(people)[1] if people else None
    label = turn[1].title()
    label = label.removeprefix("Hon. ")  # "Hon. A. Sahota": a minister, as a Hansard writes one
    if label.lower() in _ROLE_LABELS:
        # "CALLER:", "HOST:": a role, whose holder the label does not name; but the one person
        # the introduction gave that role ("This week host Declan Forde talks to ...") holds it
        word = label.lower()
        holders = {k for k, ent in enumerate(resolver.entities)
                   if ent.kind == "person" and ent.role and word in ent.role.lower().replace(",", " ").split()}
        return holders.pop() if len(holders) == 1 else None
    if (ment := classify(label)) is not None and ment.kind == "name" and ment.name:
        # "DR. ADEYEMI": the name without its honorific, the person the introduction named
        return resolver.person(ment.name, gender=ment.honorific, at=turn[0])
    return resolver.person(label, at=turn[0])


_ROLE_LABELS = frozenset("""caller host anchor reporter moderator interviewer voice announcer narrator
presenter correspondent audience unidentified speaker male female man woman guest panelist panellist
listener interviewee commentator""".split())
# An interview's turns: "Q:" the interviewer's, "A:" the answers of the one interviewed.
_QA_LABELS = ("Q", "A")
_QA_TURN = re.compile(r"([QA])[:.]\s")
# In an interview's turn, the answerer's "I" or the questioner's "you" before a reporting verb
# ("I went to the council and I told them, “…”", "In the book you write that “…”").
_INTERVIEW_PRONOUN = re.compile(r"(?<![\w’'-])(?P<p>I|[Yy]ou)\s+(?:(?:once|also|have|had|\w+ly)\s+)?(?P<cue>told|tell|said|say|says|asked|ask|"
                                r"wrote|write|writes|called|call|argued|argue)\b")


def _pronoun_reporting(text: str, seg: Segment, reach: int):
    """The last "I" or "you" with a reporting verb in the sentence right before a passage, within
    ``reach`` characters of it, the narration ending with a comma or a colon ("I tell Kwame every
    day, ‘…’", "you told us, “…”"): its match, or None."""
    b0, b1 = seg.before
    lo = max(b0, b1 - reach)
    if not text[lo:b1].rstrip().endswith((",", ":")):
        return None
    found = None
    for found in _INTERVIEW_PRONOUN.finditer(text, lo, b1):
        pass
    if found is None or SENTENCE_END.on(text).search(text, found.end(), b1):
        return None
    return found


def _told_by_speaker(text: str, seg: Segment) -> tuple | None:
    """Where the narration right before the passage ends with "I" and a reporting verb, perhaps
    an object and when, then a comma or a colon ("I tell Kwame every day, ‘…’"): that "I" and
    its verb, as an attribution."""
    found = _pronoun_reporting(text, seg, 60)
    if found is None or found["p"] != "I":
        return None
    return Mention("I", "pronoun"), found.start(), found["cue"], found.start("cue")


def _interview_pronoun(text: str, seg: Segment, label: str) -> tuple | None:
    """The pronoun of an interview's turn that reports the passage: the last "I" (in an answer)
    or "you" (in a question) before a reporting verb in the passage's sentence before it."""
    found = None
    for m in _INTERVIEW_PRONOUN.finditer(text, *seg.before):
        if (m["p"] == "I") == (label == "A"):
            found = m
    if found is None:
        return None
    return Mention(found["p"], "pronoun"), found.start(), found["cue"], found.start("cue")


def _after_label(text: str, seg: Segment, turn: tuple[int, str]) -> Segment:
    """A passage's narration in a transcript's turn without the turn's label ("WHELAN:")."""
    lo, hi = seg.before
    if not lo <= turn[0] < hi or (colon := text.find(":", turn[0], hi)) < 0:
        return seg
    start = min(hi, colon + 2)
    if (vocative := _TURN_VOCATIVE.match(text, start, hi)) is not None:
        start = vocative.end()  # "REPORTER: Chief, a statement from X says ...": whom the turn addresses says nothing
    return seg._replace(before=(start, hi))


def _in_turn(text: str, span: Span, seg: Segment, turn: tuple[int, str], att: Attribution,
             resolver: Resolver) -> Attribution:
    """A passage of a transcript's turn with no attribution of its own: the turn's speaker says
    it ("VARGA: My message to parents is simple: “…”"; not "Ray" of "My message to Ray is
    simple:"), unless a verb of saying or naming right before it gives it to someone else, or a
    lead-in opens on another source; then the narration's speaker, if that clause names them."""
    said = _SAID_BEFORE.search(text, max(0, span.start - 20), span.start)
    reported = _TURN_REPORTED.search(text, max(0, span.start - 80), span.start)
    subject_at = _someone_else_says(text, turn[0], reported.start()) if reported else None
    if subject_at is not None and reported is not None and att.entity is not None and not _named_between(
            text, subject_at, reported.start(), resolver.entities[att.entity]):
        # "Madam Deputy Governor, a bureau de change operator told me, “…”": the words are those
        # of the clause's own subject, whom the narration found elsewhere
        return Attribution("speech", clause=seg.clause)
    other = subject_at is not None
    if (att.entity is None and not other and not _ANOTHER_SOURCE.match(text, *_after_label(text, seg, turn).before)
            or att.via == "narration" and not (said or other)):
        return Attribution("speech", mention=turn[1], clause=seg.clause, entity=_turn_speaker(turn, resolver), via="name")
    return att


# A verb of saying or naming right before a passage in a turn, perhaps with its object, a few
# words and a comma or a colon ("told our dispatcher,", "called Ekwe", "tell me the same thing:").
_TURN_REPORTED = re.compile(r"(?<![\w’'-])(?:said|says|say|told|tells|tell|asked|asks|wrote|writes|read|reads|called|"
                            r"calls|stated|states|speaking|saying|writing|telling)(?:\s+[\w’'-]+){0,4}?[,:]?\s*$")


def _someone_else_says(text: str, turn_start: int, verb: int) -> int | None:
    """In a transcript's turn, is the verb at ``verb`` (right before a passage) said of someone
    else than the turn's speaker: its clause, up to the verb, holds no "I" or "we" ("My mom
    called me and said, “…”", "Everywhere I go, people tell me the same thing: “…”", "One from
    Hubbards says, “…”"; not "As I said,")?  Where that clause starts, or None."""
    bounds = [turn_start, text.rfind(":", turn_start, verb) + 1, *(text.rfind(c, turn_start, verb) + 1 for c in ".!?")]
    start = max(*bounds, text.rfind(",", turn_start, verb) + 1)
    if not text[start:verb].strip() and start > max(bounds):
        # (a participle after a comma, "..., speaking to us earlier today:": the clause before it)
        start = max(*bounds, text.rfind(",", turn_start, start - 1) + 1)
    words = re.findall(r"[\w’']+", text[start:verb].lower())
    return start if words and not any(w.replace("’", "'").split("'")[0] in ("i", "we") for w in words) else None


def _named_between(text: str, lo: int, hi: int, entity: Entity) -> bool:
    """Does ``text[lo:hi]`` name the entity, by its name or an alias?"""
    stretch = fold(text[lo:hi])
    return any(fold(name) in stretch for name in (entity.name, *entity.aliases))


# A turn's opening vocative, a name or a title and a comma ("Chief, ", "Mr Speaker, ").
_TURN_VOCATIVE = re.compile(r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Madam|Madame|Mister|Hon)\.?\s)?[A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?,\s+(?=\S)")


def _turns(text: str, paras: Paragraphs) -> dict[int, tuple[int, str]]:
    """The paragraphs that are turns of a transcript, by index: (where, the speaker's label).
    Only a text with two turns or more is a transcript; one with questions and answers is an
    interview."""
    found = {}
    for k, start in enumerate(paras.starts):
        if (m := _TURN.match(text, start)) and _NOT_SPEAKERS.isdisjoint(m["label"].split()):
            found[k] = (m.start("name"), m["name"]) if m["name"] else (m.start("label"), m["label"])
    if len(found) > 1:
        return found
    if "Q:" not in text and "\nQ. " not in text:
        return {}  # (no interview: most texts)
    qa = {k: (start, m[1]) for k, start in enumerate(paras.starts) if (m := _QA_TURN.match(text, start))}
    return qa if {label for _, label in qa.values()} == set(_QA_LABELS) else {}


def _is_title(inner: str) -> bool:
    """Is a quoted passage a title: a few words in title case (every word of four letters or
    more capitalised), with no sentence's punctuation?"""
    if len(inner) > 80 or any(c in inner for c in ".!?;:\n"):
        return False
    long_words = [w for w in inner.rstrip(",").split() if len(w) > 3 and w not in _TITLE_LOWER]
    return len(long_words) >= 2 and all(w[:1].isupper() or w.isdigit() for w in long_words)  # ("Hanul 2030")


# Short words a title keeps in lower case ("Still Life with a Silver Ewer and Lemons").
_TITLE_LOWER = frozenset("with from into onto over upon than".split())


# The words on a thing that is carried or worn ("a banner reading “…”", "signs that read “…”"):
# a slogan, which no one in the sentence is said to say.
_SLOGAN = re.compile(r"\b(?i:signs?|banners?|placards?|posters?|t-shirts?|shirts?|hats?|caps?|stickers?|"
                     r"billboards?|buttons?|badges?)\b[^.!?“”\"]{0,40}?\b(?:reading|that read|which read|"
                     r"that reads|which reads|bearing|emblazoned with)[\s,:—-]*$")


def _unattributed(text, paras, spans, out, i, seg, resolver, last_speech: int) -> Attribution:
    span = spans[i]
    clause = seg.clause
    inner = text[span.inner_start:span.inner_end]
    if _is_title(inner) or ("rea" in (lead := text[max(0, span.start - 80):span.start]) or "bear" in lead
                            or "emblazon" in lead) and _SLOGAN.search(lead):
        return Attribution("term")  # "Ukaliq and the Long Night": a title, with no one saying it
    if (said := _said_in_own_clause(text, span, seg, resolver, paras)) is not None:
        return said
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
        if hi > lo and (att := _narrated(text, lo, hi, span, seg, starts_para, resolver, paras)):
            return att
        # A passage that continues the previous speaker: in the same paragraph, or a paragraph
        # that holds only quotation right after one with a quotation.
        if prev >= 0 and (pp == p or (pp == p - 1 and starts_para)) and not _ANOTHER_SOURCE.match(
                text, seg.before[0], seg.before[1]):
            # (not after a lead-in of its own that names another source: "And another text, from a
            # listener in Clifden: “…”")
            att = out[prev]
            # With no name to carry on, the words that named the speaker are carried instead.
            mention = att.mention if pp == p or att.entity is None else None
            return Attribution("speech", mention=mention, clause=clause, follows=prev,
                               entity=att.entity, via="continuation")
    if words <= 4 and not inner.rstrip().endswith((".", "!", "?")):
        return Attribution("term")
    if words <= 4 and not starts_para:
        return Attribution("term")
    return Attribution("speech", clause=clause)


def _said_in_own_clause(text: str, span: Span, seg: Segment, resolver: Resolver,
                        paras: Paragraphs) -> Attribution | None:
    """A passage inside a sentence whose subject's own verb is one of saying or describing,
    the passage what it governs ("Lindquist called Vang's plan “a wish list with a badge pinned
    on it.”", "the trust said it accepted the findings and offered its ‘sincere condolences’",
    "Ms Lennox told the programme she would not ‘hide behind’ the councils"): the subject's
    words, however few.  (Not where another clause comes between, with a subject of its own:
    "the group, which calls itself “…”".)"""
    start = resolver._sentence_start(span.start)
    if start >= span.start or not _LOWER_WORD.search(text, max(start, span.start - 120), span.start):
        return None  # (a passage that opens its sentence, or after no words: the narration before says who, if anyone)
    if (what := _WHAT_SOMEONE_CALLED.search(text, max(start, span.start - 80), span.start)) is not None and (
            not text[what.start() - 1:what.start()].isalpha()) and (
            (ment := classify(what["who"])) is not None and (
                ment.kind in ("name", "org") or ment.kind == "pronoun" and ment.text.lower() in ("he", "she"))):
        # "accused the governor of ... what the mover termed “open contempt”": the words of the
        # one who called it so, named (an organisation's "it" is too often another's)
        idx = resolve_mention(ment, what.start("who"), resolver, paras)
        return None if idx is None else Attribution(
            "speech", mention=ment.text, cue=what["verb"], cue_pos=what.start("verb"), clause=seg.clause,
            entity=idx, via=_VIA[ment.kind])
    if not _SAYING_VERB.search(text, max(start, span.start - 600), span.start):
        return None  # (no verb of saying before it in its sentence: most passages, found without a subject)
    got = sentence_subject(text, start, span.start)
    if got is None or got[0].kind not in ("name", "org", "pronoun", "description"):
        return None
    end = mention_end(text, got, span.start)
    verb = _SUBJECT_SAYS.match(text, end, span.start)
    if verb is None or span.start - verb.end() > 400 or _CLAUSE_OF_ITS_OWN.search(text, verb.end(), span.start):
        return None  # (what a verb governs is within a few lines of it)
    if _attributed_after(text, span, seg):
        return None
    if verb["verb"].startswith("call") and _a_name(text[span.inner_start:span.inner_end]):
        return None  # "She calls the colour “Abeokuta blue”": what she names it, a term
    if len(text[span.inner_start:span.inner_end].split()) <= 2 and _DEFINED_AFTER.match(text, span.end):
        return None  # "the daily “norm”, the quantity of leaf a plucker must bring in": a word explained
    if got[0].kind == "description" and not _describes_people(got[0].text):
        return None
    idx = resolve_mention(got[0], got[1], resolver, paras)
    if idx is None:
        return None
    return Attribution("speech", mention=got[0].text, cue=verb["verb"], cue_pos=verb.start("verb"), clause=seg.clause,
                       entity=idx, via=_VIA[got[0].kind])


# Verbs of describing or judging, which govern someone's words as a verb of saying does ("called
# the vote “a promise kept”", "accused the government of “cooking the books”").
_DESCRIBING = frozenset("""called calls described describes termed terms labelled labeled branded dismissed dismisses
praised praises accused accuses blamed blames criticised criticized criticises criticizes hailed hails""".split())
# The verb of saying or describing that a subject's clause goes on with, perhaps after an
# apposition or a relative clause set off by commas ("Mayor Darlene Sigurdson, who campaigned
# on ..., called the vote").
_SAYING_WORDS = lexicon.word_trie(frozenset(w for w in lexicon.CUES if not w.endswith("ing")) | _DESCRIBING)
_SUBJECT_SAYS = re.compile(
    r"(?:\s*,[^,.;:!?“”\"‘’]{1,160},)?\s+(?:(?:also|later|then|repeatedly|previously|once|has|have|had)\s+)*"
    rf"(?P<verb>{_SAYING_WORDS})\b")
_SAYING_VERB = re.compile(rf"\b(?:{_SAYING_WORDS})\b")
_LOWER_WORD = re.compile(r"[a-z]{3}")  # (a cheap first look: no verb without one)
# "what it called a", "what the mover termed", "what Mr Ruto described as": whose words follow.
_WHAT_SOMEONE_CALLED = re.compile(r"what\s+(?P<who>(?:the\s+)?[\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3})\s+(?:has\s+|had\s+)?"
                                  r"(?P<verb>called|calls|termed|terms|described|describes|dubbed|labell?ed)"
                                  r"(?:\s+as)?(?:\s+(?:a|an|the))?\s*$")
# Another clause between the verb and the passage, or a verb of naming there: "the group, which
# calls itself", "the team had nicknamed them", "so-called", "has been classified as".
_CLAUSE_OF_ITS_OWN = re.compile(r"[;—–]|,\s+(?:and|but|while|whereas|as|although|though|which|who)\s(?!that\b)|"
                                r"\b(?:call|calls|called|calling|dubbed|named|nicknamed|know|knows|known|"
                                r"reading|read|reads|headed|titled|entitled|labelled|labeled|branded|classified|"
                                r"designated|declared|listed|rated)\b")


# What explains a word right after it: "“norm”, the quantity of leaf ...", "“susu”, or savings collectors".
_DEFINED_AFTER = re.compile(r",?\s*(?:,\s*(?:the|a|an|or|meaning|which\s+means)\b|\((?:the|a|an|or|meaning)\b)")
# A verb the subject goes on with, after "and" or "but": "called the increase “…” and urged calm".
_SAME_SUBJECT_GOES_ON = re.compile(r"\b(?:and|but|then)\s+$")


def _attributed_after(text: str, span: Span, seg: Segment) -> bool:
    """May a reporting verb after the passage, in its own sentence, be its attribution: one with
    a subject of its own, not a verb the subject before goes on with ("..., noting", "and urged")?"""
    cues = [c for c in find_cues(text, *seg.after)
            if not _SAME_SUBJECT_GOES_ON.search(text, max(0, c.start() - 6), c.start()) and not c["cue"].endswith("ing")]
    return bool(cues) and not _next_sentence(text, span, seg, cues[0].start())


def _a_name(passage: str) -> bool:
    """Is a passage someone calls a thing a name for it: a few words in title case ("Operation
    Open Doors", "Abeokuta blue") or "the" and a word or two ("the choir"), rather than what
    they think of it ("a promise kept", "the biggest debt this county has ever taken on")?"""
    words = passage.strip(" ,.!?").split()
    return 0 < len(words) <= 3 and (words[0][:1].isupper() or words[0].lower() == "the")


# A lead-in that opens on another source than the one before: "And another text, from ...:".
_ANOTHER_SOURCE = re.compile(r"\s*(?:(?:And|But|Then)\s+)?(?:[Aa]nother|[Aa]\s+second|[Aa]\s+third|[Oo]ne\s+(?:more|last|final))\s+[a-z][^.!?“”\"\n]{0,150}:\s*$")


# A document, perhaps by whom, then "that" or "which" and its verb of saying, right before the
# passage: "a 2024 internal assessment by the Department of Public Works that described the vessel
# as".
_DOCUMENT_SAYS = re.compile(
    rf"\b(?:{lexicon.word_trie(lexicon.DOCUMENT_NOUNS)})\b(?:\s+(?:by|from)\s+(?:the\s+)?"
    r"(?P<owner>[A-Z][\w’'&.-]*(?:\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?[A-Z][\w’'&.-]*){0,6}))?"
    r"[^.;:!?“”\"\n]{0,60}?\s(?:that|which)\s+(?:\w+\s+){0,2}?(?:described|called|said|says|found|finds|warned|warns|"
    r"concluded|concludes|stated|states|noted|notes|termed|labell?ed|branded)\b[^.;:!?“”\"\n]{0,80}$")


def _narrated(text: str, lo: int, hi: int, span: Span, seg: Segment, starts_para: bool,
              resolver: Resolver, paras: Paragraphs) -> Attribution | None:
    """A passage with no attribution of its own, after the narration ``text[lo:hi]`` (the
    sentence before it, or its own sentence's words before it): that narration reports someone's
    words ("..., Schiff said." followed by the quotation), or, where the passage's own sentence
    has no reporting verb, the person the narration opens with ("Moore thanked him for “…”";
    inside a sentence, only if no one else is named before the passage)."""
    if (doc := _DOCUMENT_SAYS.search(text, lo, span.start)) is not None and doc["owner"]:
        # "d'Entremont tabled an assessment by the Department of Public Works that described the
        # vessel as “…”": the document's words, its author's, not those of who tabled it
        return Attribution("speech", clause=((lo, hi),), entity=resolver.named_owner(doc["owner"]), via="document")
    found = narrated_speaker(text, lo, hi)
    if found:
        ment, mpos, _, cpos = found
        idx = resolve_mention(ment, mpos, resolver, paras)
        if idx is None:
            return None
        return Attribution("speech", cue_pos=cpos, clause=((lo, hi),), entity=idx, via="narration")
    if _attributed_after(text, span, seg):
        return None  # (unread)
    if agent := passive_agent(text, lo, span.start):
        # "Sanders was asked by host Bill Maher, “…”": the agent speaks, not the subject
        idx = resolve_mention(agent[0], agent[1], resolver, paras)
        return Attribution("speech", mention=None if idx is not None else agent[0].text,
                           clause=((lo, hi),), entity=idx, via="narration")
    got = _narrated_subject(text, lo, hi, resolver, paras)
    if got is None and _opens_with_colon(text, lo, span.start) and (cut := _last_clause_start(text, lo, hi)):
        # "That is, when the moderators yielded to snark — Cruz called them on it:": the subject
        # of the clause the colon ends
        got = _narrated_subject(text, cut, hi, resolver, paras)
    if got is None:
        return None
    ment, idx = got
    if _PASSIVE_BY.search(text, lo, span.start) or _WAS_ASKED.search(text, lo, span.start) or (
            _SEEN_AS.search(text, lo, span.start)):
        return None  # "X was endorsed by Y: “…”", "Trump was asked, “…”": who speaks is not told
    if not (starts_para or _opens_with_colon(text, lo, span.start)):
        if len(text[span.inner_start:span.inner_end].split(None, 4)) < 5:
            # Inside a sentence with no reporting verb, a few quoted words are a name, a title
            # or a scare quote ("the TLC reality show “Cake Boss.”"), not someone's speech.
            return None
        if _other_subject(text, resolver, idx, lo, span.start):
            # "... charges that Rush Limbaugh, for one, called “…”": a quotation after a clause
            # whose subject is someone else may be theirs.
            return None
    if idx is None:  # "The spokesman ... adding: “…”", of no one the text has named: the words
        return Attribution("speech", mention=ment.text, clause=((lo, hi),))
    return Attribution("speech", clause=((lo, hi),), entity=idx, via="narration")


def _last_clause_start(text: str, lo: int, hi: int) -> int:
    """Where the last clause of ``text[lo:hi]`` starts, after a dash or a semicolon (0: none)."""
    cut, sep = max((text.rfind(sep, lo, hi), sep) for sep in ("—", "–", " -- ", ";"))
    return cut + len(sep) if cut > lo else 0


# A passive verb with its agent: "was asked by", "were told by".
_WAS_ASKED = re.compile(r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?asked\b")
# What others call someone: "she's seen as ‘…’", "he was described as ‘…’".
_SEEN_AS = re.compile(r"(?:\b(?:is|are|was|were|be|been|being)|[’']s|[’']re)\s+(?:\w+ly\s+)?(?:seen|viewed|regarded|"
                      r"described|known|considered|labell?ed|branded|dubbed|perceived|painted|cast)\s+as\b")
_PASSIVE_BY = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ght)\s+by\b")
# A name right after a word that opens a clause, as its subject ("charges that Rush Limbaugh
# called", "both of which Mrs. Clinton praised").
_OPENER_THEN_NAME = re.compile(
    r"\b(?:that|which|who|whom|when|while|because|since|if|though|although|where)"
    r"\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen)\.?\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)")


def _other_subject(text: str, resolver: Resolver, idx: int | None, lo: int, hi: int) -> bool:
    """Does the narration between ``lo`` and ``hi`` name someone other than ``idx`` as the
    subject of a clause of its own: a name right after a word that opens a clause ("charges that
    Rush Limbaugh, for one, called “…”"), or a person the text has registered right after a
    comma or a dash?  A person named as an object ("called his rival", "is labeling Obama's
    actions") speaks no quotation of the sentence."""
    for m in _OPENER_THEN_NAME.finditer(text, lo, hi):
        if resolver.find(m["name"]) != idx or idx is None:
            return True
    entities = resolver.entities
    for pos, i in resolver.timeline[bisect_left(resolver.timeline, (lo, -1)):
                                    bisect_left(resolver.timeline, (hi, -1))]:
        if i != idx and entities[i].kind == "person" and _after_break(text, lo, pos):
            return True
    return False


def _after_break(text: str, lo: int, pos: int) -> bool:
    """Does the name at ``pos`` follow a comma, a semicolon or a dash (its title or honorific
    aside)?"""
    words = text[max(lo, pos - 80):pos].split()
    while words and words[-1][:1].isupper():
        words.pop()  # "Sen. Ted", "President"
    return bool(words) and words[-1].endswith((",", ";", "—", "–", "--"))


# A second subject after the first: "and her co-author, Dr. Lena Holmquist", "and Jones".
_AND_SOMEONE = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+[a-z-]+(?:,\s+)?|[A-Z])")


def _narrated_subject(text: str, lo: int, hi: int, resolver: Resolver,
                      paras: Paragraphs) -> tuple[Mention, int | None] | None:
    """ "Valastro praised Christie's leadership ..." then a paragraph of quotation, or "McConnell
    delivered a blunt message to Trump: “…”": the subject the sentence ``text[lo:hi]`` opens
    with, and its entity: a person the text has already named (a capitalised word that opens a
    sentence, "Wait," or "Often,", is no one), a pronoun for one, an organisation, or a
    description of a person ("The spokesman", "A spokeswoman for the committee"), whose entity
    may be None."""
    got = sentence_subject(text, lo, hi)
    if got is None:
        return None
    ment, at = got
    if ment.kind in ("name", "pronoun") and _AND_SOMEONE.match(text, mention_end(text, got, hi), hi):
        return None  # "Raghunathan and her co-author, Dr. Lena Holmquist, spent the summer ...": two
    if ment.kind == "name":
        gender = resolver.sentence_gender(ment.name, at)
        idx = resolver.person(ment.name, gender=gender, near=at) if gender else resolver.find(ment.name)
        if idx is None and " " not in ment.name and fold(ment.name) in resolver.pending:
            # A name given in full with no sign of a person yet ("Buddy Valastro, star of ..."),
            # its surname now the subject of the narration a quotation follows: a person.
            idx = resolver.person(ment.name, at=at)
    elif ment.kind == "description" and not _describes_people(ment.text):
        return None
    elif ment.kind == "org" and " " not in ment.name:
        # "The PR effort comes ahead of ...": one capitalised word after "the" opens the
        # sentence as a modifier as often as as an organisation: only one the text has named.
        idx = resolver.find(ment.name)
    else:
        idx = resolve_mention(ment, at, resolver, paras)
    if idx is None:
        return (ment, None) if ment.kind in ("description", "document") else None
    kind = resolver.entities[idx].kind
    return (ment, idx) if kind == "person" or kind == "org" and ment.kind != "pronoun" else None


def _next_sentence(text: str, span: Span, seg: Segment, cue_at: int) -> bool:
    """Is the narration after a passage that ends its sentence (“….”) a sentence of its own, the
    reporting verb in it more than two words in ("“….” In a series of posts, he wrote ...")?"""
    after = text[seg.after[0]:cue_at].lstrip()
    return (span.closed and text[span.inner_end - 1:span.inner_end] in ".!?" and after[:1].isupper()
            and len(after.split(None, 3)) > 3)


def _describes_people(description: str) -> bool:
    """Is a description's head noun a person's role ("the spokesman", "federal prosecutors")?"""
    head = description.split(" for ")[0].split(" of ")[0].split()[-1].lower()
    # ("The accused then stood and apologised")
    return role_noun(head) or head.endswith("s") and role_noun(head[:-1]) or head in ACCUSED_NOUNS


def _opens_with_colon(text: str, lo: int, start: int) -> bool:
    """Does the narration before a passage (from ``lo``) end with a colon?"""
    return text[lo:start].rstrip().endswith(":")


def _last_sentence_end(text: str, lo: int, hi: int) -> int | None:
    """Where the last sentence ending in ``text[lo:hi]`` with more than a space to go ends."""
    last_end = None
    for m in SENTENCE_END.on(text).finditer(text, lo, hi + 1):  # +1: the lookahead sees the mark
        if m.end() < hi - 1:
            last_end = m.end()
    return last_end


def _previous_sentence(text, paras, spans, i, p, starts_para, seg: Segment) -> tuple[int, int]:
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
        last_end = _last_sentence_end(text, lo, hi)
    else:
        last_end = seg.last_end  # _segments has read this very stretch for its sentence ends
        if last_end is not None and not text[last_end:hi].strip():
            # The passage opens a sentence of its paragraph: the sentence before is the one
            # that ends there ("Bolton distanced himself ... by saying he would. “I'm going ...”").
            hi = last_end
            last_end = _last_sentence_end(text, lo, hi)
    if last_end is not None:
        return last_end, hi
    if quoted_before:
        return 0, 0  # that sentence holds a quotation: its attribution is the quotation's
    return lo, hi
