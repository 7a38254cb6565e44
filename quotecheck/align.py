"""Verify, stage 4: aligning a claim's words with a source passage's words.

Both sides are lists of words (``\\w+`` runs joined by inner apostrophes or hyphens), each
word made into one or more *ids*, the units the alignment compares:

* case-folded;
* contractions written out: ``don't`` -> ``do not``, ``can't`` and ``cannot`` -> ``can not``,
  ``won't`` -> ``will not``, ``we're`` -> ``we are``, ``it's`` -> ``it is``, so "don't" and
  "do not" align word for word and "can" / "can't" differ by one ``not``;
* British and American spellings folded to one key (``honour`` / ``honor``, ``organise`` /
  ``organize``, ``centre`` / ``center``, ``travelled`` / ``traveled``, ``defence`` /
  ``defense``).

**Semi-global alignment** (:func:`semi_global`): the claim whole, the source passage free to
start and end anywhere.  The longest common subsequence of ids (``Indel.opcodes``) gives
blocks of equal ids; a chain of those blocks is chosen (a small dynamic programme over the
blocks) that minimises the claim's unmatched words before the first block and after the last
(1 each), plus, between two chosen blocks, 1 for each word paired as a replacement or added
by the claim and 1/2 for each source word the claim leaves out (:func:`gap_cost`).  So a
stray "the" three or more words away from the rest is left out, while two source words the
claim skips between matched words cost one.  The claim's words left over at either end take as many neighbouring source words as
replacements, unless a sentence ends between them.  The match runs from the first to the last
source word so taken; ``Levenshtein.opcodes`` on that stretch gives the edit script.

**Edits** (:func:`describe`): each run of edits is a diff note, ``claim words -> source
words``, ``+word`` (in the claim only), ``-word`` (in the source only).  An equal run whose
words are written differently is a tolerance (``don't -> do not``, ``honour -> honor``).  An
edit is a *meaning change* when it alters:

* ``negation``: the number of negating words (not, no, never, nobody, nothing, none, neither,
  nor, nowhere; ``n't`` counts as ``not``);
* ``number``: a figure (any word with a digit), a number word, an ordinal or a month (not
  "may" and "march", which are verbs as often);
* ``quantity``: a quantifier (all, every, some, many, most, few, always, often, sometimes ...);
* ``name``: a capitalised word not opening a sentence, replaced by another capitalised word.

**Similarity** (:func:`similarity`, 0-100): a claim word aligned to the same id counts 1, one
standing where the source has another word 1/2, an added claim word 0; each source word the
claim leaves out adds 1/2 to the denominator: ``(matched + substituted / 2) / (claim words +
dropped / 2)``.  Two words dropped from a nine-word passage score 87.5; three words replaced in
eight 81.25.  It counts only when at least two matched words are content words; the character
similarity (``fuzz.ratio`` of the two case-folded texts) is used where it is higher.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein


WORD = re.compile(r"\w+(?:['-]\w+)*")
MAX_DIFF_NOTES = 12

# --------------------------------------------------------------------------- word lists

MIN_CONTENT_MATCHES = 2  # matched content words the word similarity needs to count

# English function words: NLTK's English stop-word list (pronouns, articles, auxiliaries,
# prepositions, conjunctions, the commonest adverbs and quantifiers, and the stems contractions
# leave, as "don" of "don't"), plus the modal verbs.
FUNCTION_WORDS = frozenset(
    """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself
    she her hers herself it its itself they them their theirs themselves what which who whom
    this that these those am is are was were be been being have has had having do does did
    doing a an the and but if or because as until while of at by for with about against
    between into through during before after above below to from up down in out on off over
    under again further then once here there when where why how all any both each few more
    most other some such no nor not only own same so than too very s t can will just don
    should now d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn
    needn shan shouldn wasn weren won wouldn
    would could may might must shall
    """.split()
)


def is_content_word(word: str) -> bool:
    """Not a function word (case-folded; ``we're`` is judged by ``we``)."""
    w = word.lower()
    return w not in FUNCTION_WORDS and w.split("'", 1)[0] not in FUNCTION_WORDS


_NOT_CONTRACTIONS = {"can't": ("can", "not"), "cannot": ("can", "not"), "won't": ("will", "not"),
                     "shan't": ("shall", "not"), "ain't": ("is", "not")}
_SUFFIXES = {"'re": "are", "'m": "am", "'ve": "have", "'ll": "will", "'d": "would"}
_IS_HOSTS = frozenset("it he she that there what who where here how".split())
_SPELLING = (
    (re.compile(r"(?<=\w\w)our(s|ed|ing|able|ite|ites|er|ers)?$"), r"or\1"),
    (re.compile(r"(?<=\w\w\w)is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"(?<=\w\w)ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"(?<=\w\w\w)tre(s)?$"), r"ter\1"),
    (re.compile(r"(?<=[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
    (re.compile(r"^(def|off|lic|pret)ence(s)?$"), r"\1ense\2"),
    (re.compile(r"(?<=\w\w\w)ogue(s)?$"), r"og\1"),
)


@lru_cache(maxsize=65536)
def word_ids(word: str) -> tuple[str, ...]:
    """The ids one word stands for (see the module docstring)."""
    w = word.lower().replace("\u2019", "'")
    if w in _NOT_CONTRACTIONS:
        return _NOT_CONTRACTIONS[w]
    if w.endswith("n't") and len(w) > 3:
        return (*word_ids(w[:-3]), "not")
    if "'" in w:
        stem, _, tail = w.rpartition("'")
        suffix = "'" + tail
        if suffix in _SUFFIXES and stem:
            return (*word_ids(stem), _SUFFIXES[suffix])
        if suffix == "'s" and stem in _IS_HOSTS:
            return (stem, "is")
        if suffix == "'s" and stem == "let":
            return ("let", "us")
    for pattern, repl in _SPELLING:
        if pattern.search(w):
            return (pattern.sub(repl, w),)
    return (w,)


@dataclass(frozen=True)
class Words:
    """A word list made ready to align: ``ids`` and, per id, the index of its word."""

    shown: tuple[str, ...]  # the words as written
    ids: tuple[str, ...]
    owner: tuple[int, ...]
    named: tuple[bool, ...]  # per word: capitalised and not opening a sentence

    @classmethod
    def of(cls, shown: Sequence[str], named: Sequence[bool]) -> "Words":
        ids: list[str] = []
        owner: list[int] = []
        for i, w in enumerate(shown):
            for x in word_ids(w):
                ids.append(x)
                owner.append(i)
        return cls(tuple(shown), tuple(ids), tuple(owner), tuple(named))

    def text(self, a: int, b: int) -> str:
        """The words owning ids ``[a, b)``, as written."""
        if a >= b:
            return ""
        return " ".join(self.shown[self.owner[a] : self.owner[b - 1] + 1])


def is_named(text: str, start: int, word: str) -> bool:
    """A capitalised word (not "I") that does not open a sentence at ``text[start]``."""
    if not word[:1].isupper() or word == "I":
        return False
    j = start - 1
    while j >= 0 and text[j] in " \"'([":
        j -= 1
    return j >= 0 and text[j] not in ".!?:"


# --------------------------------------------------------------------------- alignment


@dataclass(frozen=True)
class Aligned:
    """Claim against the source words ``[first, last]`` (indices of the words given)."""

    first: int
    last: int
    ops: tuple  # Levenshtein opcodes, claim ids against the stretch's ids
    id_start: int  # index of the stretch's first id in the source's ids


SKIP_COST = 0.5  # a source word the claim leaves out, against 1 for a claim word unmatched


def gap_cost(claim_words: int, source_words: int) -> float:
    """Between two aligned blocks: words paired as replacements cost 1, the claim's extra
    words 1 each, the source's extra words (left out of the claim) ``SKIP_COST`` each."""
    paired = min(claim_words, source_words)
    return paired + (claim_words - paired) + SKIP_COST * (source_words - paired)


def semi_global(claim: Words, source: Words, breaks: Sequence[bool] = ()) -> Aligned | None:
    """The claim aligned inside ``source`` (see the module docstring); None without a common id.
    ``breaks[k]``: a sentence ends between source words ``k - 1`` and ``k``."""
    cid, sid = claim.ids, source.ids
    blocks = [(o.src_start, o.src_end, o.dest_start, o.dest_end)
              for o in Indel.opcodes(cid, sid) if o.tag == "equal"]
    if not blocks:
        return None
    n = len(cid)
    # best[k]: (cost, -matched, previous) of the cheapest chain ending with block k
    best: list[tuple[float, int, int]] = []
    for k, (c1, c2, s1, s2) in enumerate(blocks):
        entry = (float(c1), -(c2 - c1), -1)
        for p in range(k):
            pc1, pc2, ps1, ps2 = blocks[p]
            cost = best[p][0] + gap_cost(c1 - pc2, s1 - ps2)
            matched = best[p][1] - (c2 - c1)
            if (cost, matched) < entry[:2]:
                entry = (cost, matched, p)
        best.append(entry)
    k = min(range(len(blocks)), key=lambda k: (best[k][0] + n - blocks[k][1], best[k][1]))
    last_block = blocks[k]
    while best[k][2] != -1:
        k = best[k][2]
    first_block = blocks[k]
    a, b = first_block[2], last_block[3]  # source ids [a, b)
    # leftover claim ids at the ends take neighbouring source words, within the sentence
    left, right = first_block[0], n - last_block[1]
    wa, wb = source.owner[a], source.owner[b - 1]
    while left > 0 and wa > 0 and not (breaks and breaks[wa]):
        wa -= 1
        left -= len(word_ids(source.shown[wa]))
    while right > 0 and wb + 1 < len(source.shown) and not (breaks and breaks[wb + 1]):
        wb += 1
        right -= len(word_ids(source.shown[wb]))
    a = source.owner.index(wa)
    b = len(source.owner) - source.owner[::-1].index(wb)
    ops = tuple(Levenshtein.opcodes(cid, sid[a:b]))
    return Aligned(wa, wb, ops, a)


# --------------------------------------------------------------------------- what differs

NEGATIONS = frozenset("not no never nobody nothing none neither nor nowhere".split())
QUANTIFIERS = frozenset(
    """all every each everyone everybody everything some many much most few fewer several any always often sometimes usually rarely seldom frequently
    occasionally more less least both half entire whole majority minority""".split()
)
NUMBER_WORDS = frozenset(
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
    ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions
    billions first second third fourth fifth sixth seventh eighth ninth tenth percent
    january february april june july august september october november december
    twice thrice double triple half""".split()
)
_DIGIT = re.compile(r"\d")


def _is_number(x: str) -> bool:
    return x in NUMBER_WORDS or bool(_DIGIT.search(x))


@dataclass(frozen=True)
class Description:
    diff: tuple[str, ...]  # word edits, "punctuation"-free; () when the words agree
    tolerances: tuple[str, ...]  # equal ids written differently: "don't -> do not"
    changes: tuple[str, ...]  # "negation: +not", "number: 115 -> 150", ...
    matched: int
    substituted: int
    added: int
    dropped: int
    content_matched: int


def _whole_words(words: Words, a: int, b: int, base: int) -> tuple[int, int]:
    """Ids ``[a, b)`` (relative to ``base``) widened so no word is cut in two."""
    a += base
    b += base
    owner = words.owner
    while 0 < a < len(owner) and owner[a - 1] == owner[a]:
        a -= 1
    while 0 < b < len(owner) and owner[b] == owner[b - 1]:
        b += 1
    return a - base, b - base


def describe(claim: Words, source: Words, al: Aligned) -> Description:
    """The diff notes, tolerances and meaning changes of an alignment, and its counts."""
    base = al.id_start
    matched = substituted = added = dropped = content = 0
    groups: list[list[int]] = []  # [c1, c2, s1, s2] runs of edits, in stretch-relative ids
    tolerances: list[str] = []
    for op in al.ops:
        c1, c2, s1, s2 = op.src_start, op.src_end, op.dest_start, op.dest_end
        if op.tag == "equal":
            matched += c2 - c1
            content += sum(1 for x in claim.ids[c1:c2] if is_content_word(x))
            _tolerances(claim, source, c1, c2, s1 + base, tolerances)
            continue
        if op.tag == "replace":
            substituted += min(c2 - c1, s2 - s1)
            added += max(0, (c2 - c1) - (s2 - s1))
            dropped += max(0, (s2 - s1) - (c2 - c1))
        elif op.tag == "insert":  # claim -> source insert: source words the claim lacks
            dropped += s2 - s1
        else:
            added += c2 - c1
        if groups and groups[-1][1] == c1 and groups[-1][3] == s1:
            groups[-1][1], groups[-1][3] = c2, s2
        else:
            groups.append([c1, c2, s1, s2])
    diff: list[str] = []
    changes: list[str] = []
    for c1, c2, s1, s2 in groups:
        # a part-changed contraction ("can" -> "can't") is shown as whole words on both sides
        wc1, wc2 = _whole_words(claim, c1, c2, 0)
        ws1, ws2 = _whole_words(source, s1, s2, base)
        widen_left = max(c1 - wc1, s1 - ws1)
        widen_right = max(wc2 - c2, ws2 - s2)
        c1, s1 = max(0, c1 - widen_left), max(0, s1 - widen_left)
        c2, s2 = c2 + widen_right, s2 + widen_right
        c = claim.text(c1, min(c2, len(claim.ids)))
        s = source.text(s1 + base, min(s2 + base, len(source.ids)))
        if c and s:
            note = f"{c} -> {s}"
        else:
            note = " ".join(("+" if c else "-") + w for w in (c or s).split())
        if c.lower() == s.lower():
            continue
        diff.append(note)
        kinds = _meaning(claim, source, (c1, c2), (s1 + base, s2 + base))
        changes.extend(f"{kind}: {note}" for kind in kinds)
    if len(diff) > MAX_DIFF_NOTES:
        diff = diff[:MAX_DIFF_NOTES] + [f"... {len(diff) - MAX_DIFF_NOTES} more word changes"]
    return Description(tuple(diff), tuple(dict.fromkeys(tolerances)), tuple(changes),
                       matched, substituted, added, dropped, content)


def _tolerances(claim: Words, source: Words, c1: int, c2: int, s1: int, out: list[str]) -> None:
    """Runs of equal ids whose words are written differently (ids of one word kept together)."""
    k = 0
    while k < c2 - c1:
        j = k + 1
        while j < c2 - c1 and (claim.owner[c1 + j] == claim.owner[c1 + j - 1]
                               or source.owner[s1 + j] == source.owner[s1 + j - 1]):
            j += 1
        c = claim.text(c1 + k, c1 + j)
        s = source.text(s1 + k, s1 + j)
        if c.lower() != s.lower():
            out.append(f"{c} -> {s}")
        k = j


def _meaning(claim: Words, source: Words, cr: tuple[int, int], sr: tuple[int, int]) -> list[str]:
    """The kinds of meaning change an edit makes (see the module docstring)."""
    ci = claim.ids[cr[0] : cr[1]]
    si = source.ids[sr[0] : sr[1]]
    kinds = []
    if sum(x in NEGATIONS for x in ci) != sum(x in NEGATIONS for x in si):
        kinds.append("negation")
    if sorted(x for x in ci if _is_number(x)) != sorted(x for x in si if _is_number(x)):
        kinds.append("number")
    cq = sorted(x for x in ci if x in QUANTIFIERS)
    sq = sorted(x for x in si if x in QUANTIFIERS)
    if cq != sq and not (set(cq) | set(sq)) <= {"more", "less", "much", "any"}:
        kinds.append("quantity")
    if ci and si and _has_name(claim, cr) and _has_name(source, sr):
        kinds.append("name")
    return kinds


def _has_name(words: Words, r: tuple[int, int]) -> bool:
    owners = set(words.owner[r[0] : r[1]])
    return any(words.named[o] and is_content_word(words.shown[o]) for o in owners)
