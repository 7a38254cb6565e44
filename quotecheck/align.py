"""Verify, stage 4: the fuzzy path: aligning a claim's words with a source passage's words,
naming what differs, and scoring it.  Scoring lives here and only here.

Both sides are lists of words (``\\w+`` runs joined by inner apostrophes or hyphens), each
made into one or more *ids* (:func:`quotecheck.normalise.word_ids`): case-folded,
contractions written out (``don't`` -> ``do not``, ``can't`` -> ``can not``), British and
American spellings folded to one key (``honour`` / ``honor``).

**Semi-global alignment** (:func:`semi_global`): the claim whole, the source passage free to
start and end anywhere.  Two longest common subsequences of ids (``Indel.opcodes`` on the
lists and on the lists reversed, so that a phrase the source repeats offers both places) give
blocks of equal ids; a chain of those blocks is chosen (a small dynamic programme over the
blocks) that minimises the claim's unmatched words before the first block and after the last
(1 each), plus, between two chosen blocks, 1 for each word paired as a replacement or added
by the claim and 1/2 for each source word the claim leaves out (:func:`gap_cost`).  So a
stray "the" three or more words away from the rest is left out, while two source words the
claim skips between matched words cost one.  The claim's words left over at either end take
as many neighbouring source words as replacements, unless a sentence ends between them.  The
match runs from the first to the last source word so taken; ``Levenshtein.opcodes`` on that
stretch gives the edit script.

**Edits** (:func:`describe`): each run of edits is a diff note, ``claim words -> source
words``, ``+word`` (in the claim only), ``-word`` (in the source only).  An equal run whose
words are written differently is a tolerance (``don't -> do not``, ``honour -> honor``).  An
edit is a *meaning change* when it alters:

* ``negation``: the number of negating words (not, no, never, nobody, nothing, none, neither,
  nor, nowhere; ``n't`` counts as ``not``);
* ``number``: a figure (any word with a digit), a number word, an ordinal or a month (not
  "may" and "march", which are verbs as often);
* ``quantity``: a quantifier (all, every, each, some, many, most, few, several, always, often,
  sometimes, usually, rarely ...);
* ``name``: a capitalised word not opening a sentence, replaced by another capitalised word.

**Similarity** (:func:`match_score`, 0-100) is the larger of two:

* **characters**: ``fuzz.ratio`` of the two normalised, case-folded texts;
* **words**: a claim word aligned to the same id counts 1, one standing where the source has
  another word 1/2, a claim word the source lacks 0, and each source word the claim leaves
  out adds 1/2 to the denominator: ``(matched + substituted / 2) / (claim words + dropped /
  2)`` (:func:`word_similarity`).  Three changed words of eight score 81.25; two words
  dropped from a nine-word passage 87.5.  It only counts when at least
  ``MIN_CONTENT_MATCHES`` (2) matched words are content words (not function words like "the",
  "of", "we"), and when some id differs (only punctuation, case, contractions or spelling
  differing: the character similarity alone).

**Score** (:func:`final_score`): the similarity less ``MEANING_PENALTY`` (25) per meaning
change; for an ellipsis claim whose pieces sit in different quotes, the share of its words
inside the quote credited (:func:`share_score`).  A match counts when its *similarity* reaches the threshold
(:func:`quotecheck.judge.threshold_for`); the score a verdict shows is the final score, so
"Russia is not a major space power", 93.5 similar to "Russia is a major space power", scores
68.5.

**Search** (:func:`find_fuzzy`): the windows of :func:`quotecheck.index.fuzzy_windows`
aligned one by one; :func:`find_fuzzy_chains`: an ellipsis claim's pieces located one by one
(exactly or fuzzily), then chained.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import repeat

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel, Levenshtein

from quotecheck.claims import DIFF_WORD, ELLIPSIS, Prepared, prepare
from quotecheck.exact import MAX_ELLIPSIS_GAP, find_chains, find_exact, omitted_note, shown_source
from quotecheck.index import INDEX_WORD, Corpus, DocText, Located, fuzzy_windows, without_overlaps
from quotecheck.normalise import Words, is_named, is_word_char, word_ids

MAX_DIFF_NOTES = 12

# --------------------------------------------------------------------------- word lists


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


# --------------------------------------------------------------------------- alignment


@dataclass(frozen=True)
class Aligned:
    """Claim against the source words ``[first, last]`` (indices of the words given)."""

    first: int
    last: int
    ops: tuple  # Levenshtein opcodes, claim ids against the stretch's ids
    id_start: int  # index of the stretch's first id in the source's ids


_MAX_BACK = 64  # blocks a chain may jump back over (keeps a long claim's programme linear)
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
    n, m = len(cid), len(sid)
    # the blocks of two longest common subsequences: one leaning to the first of two equal
    # places, one (of the reversed lists) to the last, so a phrase the source repeats offers both
    blocks = {(o.src_start, o.src_end, o.dest_start, o.dest_end)
              for o in Indel.opcodes(cid, sid) if o.tag == "equal"}
    blocks.update((n - o.src_end, n - o.src_start, m - o.dest_end, m - o.dest_start)
                  for o in Indel.opcodes(cid[::-1], sid[::-1]) if o.tag == "equal")
    if not blocks:
        return None
    chain = sorted(blocks, key=lambda b: (b[2], b[0]))
    # best[k]: (cost, -matched, previous) of the cheapest chain ending with block k
    best: list[tuple[float, int, int]] = []
    for k, (c1, c2, s1, s2) in enumerate(chain):
        entry = (float(c1), -(c2 - c1), -1)
        for p in range(max(0, k - _MAX_BACK), k):
            _, pc2, _, ps2 = chain[p]
            if pc2 > c1 or ps2 > s1:
                continue  # overlapping blocks of the two subsequences
            cost = best[p][0] + gap_cost(c1 - pc2, s1 - ps2)
            matched = best[p][1] - (c2 - c1)
            if (cost, matched) < entry[:2]:
                entry = (cost, matched, p)
        best.append(entry)
    k = min(range(len(chain)), key=lambda k: (best[k][0] + n - chain[k][1], best[k][1]))
    last_block = chain[k]
    while best[k][2] != -1:
        k = best[k][2]
    first_block = chain[k]
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
    """all every each everyone everybody everything some many most few fewer several always
    often sometimes usually rarely seldom frequently occasionally least both entire whole
    majority minority""".split()
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
_MEANINGFUL = NEGATIONS | QUANTIFIERS | NUMBER_WORDS


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
        if c.lower() == s.lower():
            continue
        if c and s:
            note = f"{c} -> {s}"
        else:
            note = " ".join(("+" if c else "-") + w for w in (c or s).split())
        diff.append(note)
        kinds = _meaning(claim, source, (c1, c2), (s1 + base, s2 + base))
        changes.extend(f"{kind}: {note}" for kind in kinds)
    if len(diff) > MAX_DIFF_NOTES:
        diff = diff[:MAX_DIFF_NOTES] + [f"... {len(diff) - MAX_DIFF_NOTES} more word changes"]
    return Description(tuple(diff), tuple(dict.fromkeys(tolerances)), tuple(changes),
                       matched, substituted, added, dropped, content)


def _tolerances(claim: Words, source: Words, c1: int, c2: int, s1: int, out: list[str]) -> None:
    """Runs of equal ids whose words are written differently (ids of one word kept together)."""
    if claim.text(c1, c2).lower() == source.text(s1, s1 + c2 - c1).lower():
        return  # the same words, each run of them written alike
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
    if _MEANINGFUL.isdisjoint(ci) and _MEANINGFUL.isdisjoint(si) and not _DIGIT.search(" ".join(ci + si)):
        # no negation, number or quantifier on either side: a name at most
        return ["name"] if ci and si and _has_name(claim, cr) and _has_name(source, sr) else []
    if sum(x in NEGATIONS for x in ci) != sum(x in NEGATIONS for x in si):
        kinds.append("negation")
    if sorted(x for x in ci if _is_number(x)) != sorted(x for x in si if _is_number(x)):
        kinds.append("number")
    if sorted(x for x in ci if x in QUANTIFIERS) != sorted(x for x in si if x in QUANTIFIERS):
        kinds.append("quantity")
    if ci and si and _has_name(claim, cr) and _has_name(source, sr):
        kinds.append("name")
    return kinds


def _has_name(words: Words, r: tuple[int, int]) -> bool:
    owners = set(words.owner[r[0] : r[1]])
    return any(words.named[o] and is_content_word(words.shown[o]) for o in owners)


# --------------------------------------------------------------------------- scoring

MIN_CONTENT_MATCHES = 2  # matched content words the word similarity needs to count
MEANING_PENALTY = 25.0  # score points each meaning change costs


def word_similarity(n_claim: int, matched: int, substituted: int, dropped: int) -> float:
    """0-100: ``(matched + substituted / 2) / (n_claim + dropped / 2)``."""
    denominator = n_claim + 0.5 * dropped
    if denominator <= 0:
        return 0.0
    return 100.0 * (matched + 0.5 * substituted) / denominator


def match_score(char_score: float, n_claim: int, matched: int, substituted: int, dropped: int,
                content_matched: int) -> float:
    """The similarity: the character similarity, or the word similarity where that is higher,
    some word differs and at least ``MIN_CONTENT_MATCHES`` matched words are content words."""
    if (matched == n_claim and not dropped) or content_matched < MIN_CONTENT_MATCHES:
        return char_score
    return max(char_score, word_similarity(n_claim, matched, substituted, dropped))


def share_score(words_in_quote: int, claim_words: int) -> float:
    """An ellipsis claim whose pieces sit in different quotes: the share (0-100) of its words
    inside the quote credited."""
    return 100.0 * words_in_quote / max(1, claim_words)


def final_score(similarity: float, changes: int) -> float:
    """The score a verdict shows: the similarity less ``MEANING_PENALTY`` per meaning change."""
    return max(0.0, similarity - MEANING_PENALTY * changes)


# --------------------------------------------------------------------------- the search


@dataclass(frozen=True)
class Alignment:
    start: int  # normalised span in the document
    end: int
    score: float  # the similarity (match_score)
    diff: tuple[str, ...]  # tolerances, then the words that differ; ("punctuation",) when none
    changes: tuple[str, ...] = ()  # the meaning changes among them


_SENTENCE_END = re.compile(r"[.!?]")


def align(claim: Prepared, doc: DocText, lo: int, hi: int) -> Alignment | None:
    """Best alignment of the claim inside ``doc.key[lo:hi]``, on source word boundaries: the
    word-level semi-global alignment of :func:`quotecheck.align.semi_global`, scored by
    :func:`match_score`."""
    key = doc.key
    while lo > 0 and is_word_char(key[lo - 1]):
        lo -= 1  # never cut a word in two
    while hi < len(key) and is_word_char(key[hi]):
        hi += 1
    if not claim.words or hi <= lo:
        return None
    text = doc.norm.text
    toks = [m.span() for m in DIFF_WORD.finditer(key, lo, hi)]
    if not toks:
        return None
    starts = [a for a, _ in toks]
    shown = [text[a:b] for a, b in toks]
    source = Words.of(shown, list(map(is_named, repeat(text), starts, shown)))
    # breaks[k]: a sentence ends between words k - 1 and k (no word holds its mark)
    breaks = [False] * len(toks)
    for m in _SENTENCE_END.finditer(key, toks[0][1], toks[-1][0]):
        breaks[bisect_right(starts, m.start())] = True
    al = semi_global(claim.wordlist, source, breaks)
    if al is None:
        return None
    d = describe(claim.wordlist, source, al)
    start, end = toks[al.first][0], toks[al.last][1]
    chars = fuzz.ratio(claim.cmp_key, key[start:end])
    score = match_score(chars, len(claim.wordlist.ids), d.matched, d.substituted, d.dropped,
                              d.content_matched)
    notes = d.tolerances + d.diff
    return Alignment(start, end, score, notes or ("punctuation",), d.changes)


def _located(d: int, al: Alignment) -> Located:
    return Located(d, al.start, al.end, ((al.start, al.end),), "fuzzy", al.score, al.diff, (), al.changes)


def find_fuzzy(
    claim: Prepared,
    corpus: Corpus,
    *,
    max_docs: int = 12,
    max_windows: int = 4,
    good_enough: float | None = None,
) -> list[Located]:
    """Fuzzy candidates, best first: the windows of :func:`quotecheck.index.fuzzy_windows`
    aligned (:func:`align`), stage by stage until one scores ``good_enough`` (if given)."""
    results: list[Located] = []
    stages = fuzzy_windows(claim.words, corpus, max_docs=max_docs, max_windows=max_windows,
                           staged=good_enough is not None)
    aligned: dict[tuple[int, int, int], Alignment | None] = {}  # copies of a text: aligned once
    for stage in stages:
        for d, lo, hi in stage:
            where = (corpus.group_of(d), lo, hi)
            if where not in aligned:
                aligned[where] = align(claim, corpus.docs[d], lo, hi)
            al = aligned[where]
            if al is not None:
                results.append(_located(d, al))
        if good_enough is not None and any(r.score >= good_enough for r in results):
            break
    results.sort(key=lambda r: (-r.score, r.doc, r.start))
    return without_overlaps(results, lambda r: (r.doc, r.start, r.end))


PIECE_FLOOR = 50.0  # similarity an ellipsis piece needs to be part of a fuzzy chain
# A quote stitched together from passages has a few pieces; a claim with more is aligned whole
# (find_fuzzy) and by the exact chain search only, which bounds its cost.
MAX_FUZZY_PIECES = 12


def find_fuzzy_chains(claim: Prepared, corpus: Corpus, limit: int = 8) -> list[Located]:
    """A claim with ellipses whose pieces are not all there word for word: each piece located
    on its own (exactly, else fuzzily at its own threshold), then one piece of each in order
    in one document, each within ``MAX_ELLIPSIS_GAP`` characters of the one before if any
    such chain exists.  ``kind`` is ``exact`` only if every piece is, ``fuzzy`` otherwise;
    the score is the pieces' scores weighted by their word counts."""
    texts = [t for t in ELLIPSIS.split(claim.norm.text) if INDEX_WORD.search(t)]
    if not 2 <= len(texts) <= MAX_FUZZY_PIECES:
        return []  # beyond a few pieces, each searched on its own would cost a claim each
    per_part: list[list[Located]] = []
    sizes: list[int] = []
    for text in texts:
        sub = prepare(text)
        found = find_exact(sub, corpus, limit=50)
        if sub.structured and not found:
            found = find_chains(sub, corpus, limit=50)
        if not any(f.kind == "exact" for f in found):
            # a short piece with one changed word scores low on its own: the chain (same
            # document, in order, close together) and its weighted score must vouch for it
            found += [f for f in find_fuzzy(sub, corpus, max_docs=12, max_windows=8) if f.score >= PIECE_FLOOR]
        if not found:
            return []
        per_part.append(found)
        sizes.append(max(1, sub.n_words))
    # chains[k]: for each candidate of part k, the best (far pieces, -weighted score, chain)
    chains: list[tuple[int, float, tuple[Located, ...]]] = [(0, -f.score * sizes[0], (f,)) for f in per_part[0]]
    for k in range(1, len(per_part)):
        nxt = []
        for f in per_part[k]:
            options = [
                (far + (f.start - c[-1].end > MAX_ELLIPSIS_GAP), w - f.score * sizes[k], c + (f,))
                for far, w, c in chains
                if c[-1].doc == f.doc and c[-1].end <= f.start
            ]
            if options:
                nxt.append(min(options, key=lambda o: o[:2]))
        chains = nxt
    chains.sort(key=lambda o: o[:2])
    out = []
    for far, weighted, chain in chains[:limit]:
        doc = corpus.docs[chain[0].doc]
        notes: list[str] = []
        changes: list[str] = []
        problems = []
        for prev, cur in zip((None,) + chain[:-1], chain):
            if prev is not None:
                gap = cur.start - prev.end
                notes.append(omitted_note(shown_source(doc, prev.end, cur.start)))
                if gap > MAX_ELLIPSIS_GAP:
                    problems.append(f"pieces {gap} characters apart (at most {MAX_ELLIPSIS_GAP})")
            notes.extend(n for n in cur.notes if n != "punctuation")
            changes.extend(cur.changes)
        exact = all(c.kind == "exact" for c in chain)
        kind = ("chain" if problems else "exact") if exact else "fuzzy"
        out.append(Located(chain[0].doc, chain[0].start, chain[-1].end,
                           tuple((c.start, c.end) for c in chain), kind, -weighted / sum(sizes),
                           tuple(dict.fromkeys(notes)), tuple(dict.fromkeys(problems)), tuple(changes)))
    return out
