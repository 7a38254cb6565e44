"""Verify, stage 2: the index over the sources, and where in it a claim may sit.

Everything here works on normalised text (:mod:`quotecheck.normalise`) and its search key, and
reports positions in normalised coordinates of one document.

* :class:`Index`: the documents, their quote records, and the :class:`Corpus`: per document
  the normalised text, its case-folded key, and inverted indexes ``word -> documents`` and
  ``word pair -> documents`` (words are ``\\w+`` runs of the key; a pair is two words in a
  row, whatever punctuation stands between them).
* :func:`fuzzy_windows`: where a claim that is not there word for word may sit.  Candidate
  documents by the idf-weighted count of the claim's rarest words *and* word pairs they hold
  (so one changed word, however rare, neither hides the right document nor promotes a wrong
  one: the pairs around it still match), candidate windows by where those words and pairs sit
  (each occurrence predicts where the claim would start).
* :class:`Located`: where (part of) a claim sits, as the later stages report it.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, compress
from typing import TypeVar

from quotecheck.model import Document, Quote
from quotecheck.normalise import Normalised, is_word_char, normalise, search_key

T = TypeVar("T")

INDEX_WORD = re.compile(r"\w+")
_NEWLINE = re.compile("\n")


def _pair_key(a: str, b: str) -> str:
    return a + " " + b


# --------------------------------------------------------------------------- the index


@dataclass(frozen=True)
class DocText:
    source: str  # the document's own text (offsets are reported in it)
    norm: Normalised
    key: str  # search_key(norm.text): same length as norm.text


class Corpus:
    """Normalised documents and inverted indexes ``word -> sorted document numbers`` and
    ``"word word" -> sorted document numbers`` (two words in a row)."""

    def __init__(
        self, docs: list[DocText], postings: dict[str, list[int]], pairs: dict[str, list[int]] | None = None
    ):
        self.docs = docs
        self.postings = postings
        self.pairs = pairs if pairs is not None else {}

    @cached_property
    def all_key(self) -> str:
        """Every key in one string (NUL between documents), for the rare literal scans."""
        return "\x00".join(d.key for d in self.docs)

    @cached_property
    def starts(self) -> array:
        starts = array("q")
        pos = 0
        for d in self.docs:
            starts.append(pos)
            pos += len(d.key) + 1
        return starts

    def locate(self, pos: int) -> tuple[int, int]:
        """(document, position in its key) of a position in ``all_key``."""
        d = bisect_right(self.starts, pos) - 1
        return d, pos - self.starts[d]

    @classmethod
    def build(cls, texts: Iterable[str]) -> Corpus:
        docs: list[DocText] = []
        postings: dict[str, list[int]] = defaultdict(list)
        pairs: dict[str, list[int]] = defaultdict(list)
        for i, text in enumerate(texts):
            norm = normalise(text)
            key = search_key(norm.text)
            docs.append(DocText(text, norm, key))
            words = INDEX_WORD.findall(key)
            for w in set(words):
                postings[w].append(i)
            for pair in set(map(_pair_key, words, words[1:])):
                pairs[pair].append(i)
        return cls(docs, dict(postings), dict(pairs))

    def df(self, term: str) -> int:
        """Documents holding ``term``: a word, or a pair ``"word word"``."""
        p = (self.pairs if " " in term else self.postings).get(term)
        return len(p) if p else 0

    def idf(self, term: str) -> float:
        return math.log((1 + len(self.docs)) / (1 + self.df(term))) + 1.0

    def holding(self, term: str) -> list[int]:
        """The sorted documents holding ``term`` (a word or a pair)."""
        return (self.pairs if " " in term else self.postings).get(term, [])

    # Copies: documents with the same text, records and date (an article filed under several
    # paths) form a group, and the search works group by group where the answer is the same
    # for each copy.  Here every document is a group of its own; the archive's corpus groups
    # its copies.

    def group_of(self, d: int) -> int:
        """The group of document ``d``."""
        return d

    def group_docs(self, g: int) -> Sequence[int]:
        """The documents of group ``g``, in order."""
        return (g,)

    def holding_groups(self, term: str) -> Sequence[int]:
        """The groups holding ``term`` (a word or a pair), in any order."""
        return self.holding(term)

    def prefetch(self, terms: Iterable[str]) -> None:
        """Get ready to be asked about ``terms`` (words and pairs): an index that looks terms
        up elsewhere looks them up at once (the archive's); this one holds them all."""

    def groups_with_all(self, words: Iterable[str], use: int = 3) -> set[int] | None:
        """The groups holding every one of the ``use`` rarest ``words`` (all if fewer); None
        for no words (every group)."""
        words = set(words)
        self.prefetch(words)
        uniq = sorted(words, key=self.df)
        if not uniq:
            return None
        if self.df(uniq[0]) == 0:
            return set()
        found = set(self.holding_groups(uniq[0]))
        for w in uniq[1:use]:
            found.intersection_update(self.holding_groups(w))
            if not found:
                break
        return found

    def docs_with_all(self, words: Iterable[str], use: int = 3) -> list[int]:
        """Documents holding every one of the ``use`` rarest ``words`` (all if fewer)."""
        found = self.groups_with_all(words, use)
        if found is None:
            return list(range(len(self.docs)))
        return sorted(d for g in found for d in self.group_docs(g))

    def group_hits(self, groups: set[int] | None,
                   find: Callable[[DocText], list[T]]) -> Iterator[tuple[int, list[T]]]:
        """``(document, what find(its text) found)`` for each document of ``groups`` (None:
        every group) where it found something, in order: found once per group, in its first
        document."""
        docs = range(len(self.docs)) if groups is None else sorted(d for g in groups for d in self.group_docs(g))
        found: dict[int, list[T]] = {}
        for d in docs:
            g = self.group_of(d)
            hits = found.get(g)
            if hits is None:
                hits = found[g] = find(self.docs[d])
            if hits:
                yield d, hits

    def needle_hits(self, needle: str, use: int) -> Iterator[tuple[int, int]]:
        """:meth:`literal_hits` of ``needle`` among the documents holding the ``use`` rarest
        of its words."""
        return self.literal_hits(needle, self.docs_with_all(INDEX_WORD.findall(needle), use))

    def literal_hits(self, needle: str, docs: Sequence[int]) -> Iterator[tuple[int, int]]:
        """(document, position) of each bounded occurrence of ``needle``, in order, among
        ``docs`` (the documents holding all its words): one scan of every key when they are
        most of the corpus."""
        if len(docs) * 2 > len(self.docs):
            return (self.locate(pos) for pos in find_bounded(self.all_key, needle, 0, len(self.all_key)))
        return ((d, p) for d in docs for p in find_bounded(self.docs[d].key, needle, 0, len(self.docs[d].key)))



class Places:
    """Where verify's matches fall among a document's records and lines, for an index with
    ``documents`` and ``records`` (each document's records sorted by start), per document
    computed once, when first asked about."""

    documents: Sequence[Document]
    records: Sequence[Sequence[Quote]]

    def records_around(self, d: int, start: int, end: int) -> list[Quote]:
        """Document ``d``'s records, in order, that may hold or overlap source ``[start, end)``:
        every record that starts before ``end`` (at ``start`` for an empty span) and ends at
        or after ``start``; a few others at most."""
        recs = self.records[d]
        # the records' starts, and the furthest end of any record up to each one, so that the
        # records around a place are found without reading them all
        starts, reach = self._bounds(d)
        i = (bisect_left(starts, end) if end > start else bisect_right(starts, start)) - 1
        out = []
        while i >= 0 and reach[i] >= start:
            if recs[i].end >= start:
                out.append(recs[i])
            i -= 1
        out.reverse()
        return out

    def _bounds(self, d: int) -> tuple[list[int], list[int]]:
        cache = self.__dict__.setdefault("_bounds_of", {})
        if d not in cache:
            recs = self.records[d]
            cache[d] = ([q.start for q in recs], list(accumulate((q.end for q in recs), max)))
        return cache[d]

    def line(self, d: int, pos: int) -> int:
        """The line (from 1) of source position ``pos`` in document ``d``."""
        cache = self.__dict__.setdefault("_newlines", {})
        lines = cache.get(d)
        if lines is None:
            text = self.documents[d].text
            lines = cache[d] = array("q", (m.start() for m in _NEWLINE.finditer(text)))
        return bisect_left(lines, pos) + 1


class Index(Places):
    """Documents, their quote records, and the search index over their normalised text."""

    def __init__(self, documents: Sequence[Document], records: Sequence[Sequence[Quote]], corpus: Corpus):
        self.documents = tuple(documents)
        self.records = tuple(tuple(sorted(r, key=lambda q: (q.start, q.end))) for r in records)
        self.corpus = corpus

    def source_of(self, d: int) -> str:
        """Where document ``d`` came from (its path)."""
        return self.documents[d].source

    @classmethod
    def build(cls, pairs: Iterable[tuple[Document, Sequence[Quote]]]) -> Index:
        pairs = list(pairs)
        documents = [d for d, _ in pairs]
        records = [list(q) for _, q in pairs]
        return cls(documents, records, Corpus.build(d.text for d in documents))


# --------------------------------------------------------------------------- places


@dataclass(frozen=True)
class Located:
    """Where (part of) a claim sits in one document, in normalised coordinates."""

    doc: int
    start: int
    end: int
    parts: tuple[tuple[int, int], ...]  # one normalised span per ellipsis part
    kind: str  # "exact" (the words, tolerances only), "chain" (pieces, constraint broken), "fuzzy"
    score: float
    notes: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()  # why it cannot be "exact" even if quoted
    changes: tuple[str, ...] = ()  # meaning changes (fuzzy only)


def find_bounded(key: str, needle: str, lo: int, hi: int) -> Iterable[int]:
    """Start positions of ``needle`` in ``key[lo:hi]`` with word boundaries at word ends."""
    if not needle:
        return
    check_left = is_word_char(needle[0])
    check_right = is_word_char(needle[-1])
    n = len(needle)
    pos = key.find(needle, lo, hi)
    while pos != -1:
        ok = True
        if check_left and pos > 0 and is_word_char(key[pos - 1]):
            ok = False
        if ok and check_right and pos + n < len(key) and is_word_char(key[pos + n]):
            ok = False
        if ok:
            yield pos
        pos = key.find(needle, pos + 1, hi)


Place = tuple[int, int, int]  # (document, start, end)


def overlaps_any(place: Place, taken: Iterable[Place]) -> bool:
    """Does ``place`` overlap any of ``taken`` in the same document?"""
    doc, start, end = place
    return any(d == doc and s < end and start < e for d, s, e in taken)


def without_overlaps(ranked: list[T], place: Callable[[T], Place]) -> list[T]:
    """The items in their order, leaving out each that overlaps one kept before it."""
    kept: list[T] = []
    places: dict[int, list[Place]] = defaultdict(list)  # per document: the copies of a text are many
    for item in ranked:
        where = place(item)
        if not overlaps_any(where, places[where[0]]):
            kept.append(item)
            places[where[0]].append(where)
    return kept



# --------------------------------------------------------------------------- fuzzy windows


def fuzzy_windows(
    words: Sequence[str], corpus: Corpus, *, max_docs: int = 12, max_windows: int = 4, staged: bool = False
) -> Iterator[list[tuple[int, int, int]]]:
    """Windows ``(document, lo, hi)`` of the key where the claim's ``words`` may sit, heaviest
    first, in stages: the first three documents, then up to ``max_docs`` (one stage unless
    ``staged``); at most ``max_windows`` a stage.  A caller that found what it wanted stops
    asking.  After the last stage, for a claim with fewer than two rare words: windows
    around literal hits of its word chunks.

    1. Terms: the claim's words and its word pairs (two words in a row), each with where it
       sits in the claim.
    2. Documents: ranked by the idf sum over the 16 rarest words and the 16 rarest pairs of the
       claim that they hold.  A changed word breaks two pairs and adds one rare word, while
       the right document keeps every other pair: the pairs outvote the one rare word.
    3. Windows: in each document, every occurrence of one of the claim's rarer terms predicts
       where the claim would start; predictions that agree form a window, weighted by the idf
       of the distinct terms voting for it.
    """
    cw = list(words)
    if not cw:
        return
    cmp_key = " ".join(cw)
    positions: dict[str, list[int]] = defaultdict(list)
    prev: tuple[str, int] | None = None
    for m in INDEX_WORD.finditer(cmp_key):
        w, at = m.group(), m.start()
        if len(positions[w]) < 4:
            positions[w].append(at)
        if prev is not None:
            pair = _pair_key(prev[0], w)
            if len(positions[pair]) < 4:
                positions[pair].append(prev[1])
        prev = (w, at)
    corpus.prefetch(positions)
    df = {t: corpus.df(t) for t in positions}
    present = [t for t in positions if " " not in t and df[t] > 0]
    if not present:
        return
    pairs = [t for t in positions if " " in t and df[t] > 0]
    present.sort(key=lambda w: (df[w], -len(w)))
    pairs.sort(key=lambda t: (df[t], -len(t)))
    idf = {t: corpus.idf(t) for t in present[:16] + pairs[:16]}
    # very common terms vote only when the claim has too few others
    common = len(corpus.docs) * 0.4
    ranked_terms = sorted(idf, key=lambda t: (df[t], -len(t)))
    anchors_ok = {t for t in ranked_terms if df[t] <= common}
    if len(anchors_ok) < 3:
        anchors_ok = set(ranked_terms[:3])
    # the common terms add about as much to every document: only the anchors are counted
    # (copies of a document hold the same terms: they are scored once, as their group)
    group_score: dict[int, float] = defaultdict(float)
    anchors = [t for t in ranked_terms if t in anchors_ok]
    for t in anchors:
        weight = idf[t]
        for g in corpus.holding_groups(t):
            group_score[g] += weight
    docs = _top_docs(corpus, group_score, max_docs)
    holders: dict[str, set[int]] = {}

    def anchors_of(g: int) -> list[str]:
        """The first eight anchors (rarest first) that group ``g`` holds: asked only of the
        groups of the top documents."""
        out = []
        for t in anchors:
            held = holders.get(t)
            if held is None:
                held = holders[t] = set(corpus.holding_groups(t))
            if g in held:
                out.append(t)
                if len(out) == 8:
                    break
        return out

    n = len(cmp_key)
    tol = 0.25 * n + 20
    slack = int(0.2 * n) + 40
    group_windows: dict[int, list[tuple[float, int, int, int]]] = {}
    for stage in [docs[:3], docs[3:]] if staged else [docs]:
        found: list[tuple[float, int, int, int]] = []  # (-weight, doc, lo, hi)
        for d in stage:
            g = corpus.group_of(d)
            if g not in group_windows:
                group_windows[g] = _windows(corpus.docs[d].key, anchors_of(g), positions, idf, df,
                                            d, n, tol, slack)
            found.extend((w, d, lo, hi) for w, _, lo, hi in group_windows[g])
        found.sort()
        yield [(d, lo, hi) for _, d, lo, hi in found[:max_windows]]
    # weak anchors (only common words): look the claim's word chunks up literally
    rare_cut = max(2.0, 0.05 * len(corpus.docs))
    if sum(1 for w in present if df[w] <= rare_cut) < 2 and len(cw) >= 3:
        yield _chunk_windows(cw, corpus, n, slack)


def _top_docs(corpus: Corpus, group_score: dict[int, float], max_docs: int) -> list[int]:
    """The ``max_docs`` best-scored documents, by score, then in order: every copy of a group
    has the group's score.  They lie among the ``max_docs`` best groups by score and then
    first document (each group before those has a document before theirs), and among the first
    ``max_docs`` copies of each: taken score by score, the copies of the groups of one score
    in order."""
    if not group_score:
        return []
    scores = sorted(group_score.values(), reverse=True)
    floor = scores[min(max_docs, len(scores)) - 1]
    kept = compress(group_score, map(floor.__le__, group_score.values()))  # score >= floor
    best = heapq.nsmallest(max_docs, [(-group_score[g], corpus.group_docs(g)[0], g) for g in kept])
    out: list[int] = []
    i = 0
    while i < len(best) and len(out) < max_docs:
        j = i + 1
        while j < len(best) and best[j][0] == best[i][0]:
            j += 1
        if j == i + 1:
            level = corpus.group_docs(best[i][2])[:max_docs]
        else:
            level = sorted(d for _, _, g in best[i:j] for d in corpus.group_docs(g)[:max_docs])
        out.extend(level[:max_docs - len(out)])
        i = j
    return out


def _chunk_windows(cw: Sequence[str], corpus: Corpus, n: int, slack: int) -> list[tuple[int, int, int]]:
    """Windows around literal hits of three word chunks of the claim (one edit leaves at least
    one chunk whole); at most 8 windows."""
    k = 3
    size = max(2, -(-len(cw) // k))
    out: list[tuple[int, int, int]] = []
    for c in range(0, len(cw), size):
        chunk = cw[c : c + size]
        if len(chunk) < 2:
            continue
        needle = " ".join(chunk)
        offset = len(" ".join(cw[:c])) + (1 if c else 0)
        for hits, (d, p) in enumerate(corpus.needle_hits(needle, len(chunk)), 1):
            key_len = len(corpus.docs[d].key)
            lo, hi = max(0, p - offset - slack), min(key_len, p - offset + n + slack)
            if not any(o[0] == d and o[1] < hi and lo < o[2] for o in out):
                out.append((d, lo, hi))
            if hits >= 4 or len(out) >= 8:
                break
    return out


def _find_term(key: str, term: str, rarer_first: bool) -> Iterable[int]:
    """Start positions in ``key`` of a word, or of a pair ``"a b"``: ``a`` and ``b`` as whole
    words with only non-word characters between them.  A pair is found by scanning for its
    rarer word (``rarer_first``: the first one) and checking its neighbour."""
    if " " not in term:
        yield from find_bounded(key, term, 0, len(key))
        return
    a, b = term.split(" ")
    if rarer_first:
        for p in find_bounded(key, a, 0, len(key)):
            q = _GAP.match(key, p + len(a)).end()  # type: ignore[union-attr]  # \W* always matches
            e = q + len(b)
            if key.startswith(b, q) and (e == len(key) or not is_word_char(key[e])):
                yield p
    else:
        for p in find_bounded(key, b, 0, len(key)):
            q = p
            while q > 0 and not is_word_char(key[q - 1]):
                q -= 1
            s = q - len(a)
            if q < p and s >= 0 and key.startswith(a, s) and (s == 0 or not is_word_char(key[s - 1])):
                yield s


_GAP = re.compile(r"\W*")


def _windows(key, anchors, positions, idf, df, d, n, tol, slack) -> list[tuple[float, int, int, int]]:
    """Up to three windows of one document where the claim's anchor terms agree."""
    preds: list[tuple[int, str]] = []
    for t in anchors:
        qs = positions[t]
        rarer_first = " " in t and df.get(t.split(" ")[0], 0) <= df.get(t.split(" ")[1], 0)
        for count, p in enumerate(_find_term(key, t, rarer_first), 1):
            for q in qs:
                preds.append((p - q, t))
            if count >= 20:
                break
    if not preds:
        return []
    preds.sort()
    found: list[tuple[float, int, int, int]] = []
    i = 0
    while i < len(preds):
        j = i
        while j + 1 < len(preds) and preds[j + 1][0] - preds[j][0] <= tol:
            j += 1
        weight = sum(idf[w] for w in {w for _, w in preds[i : j + 1]})
        found.append((-weight, d, max(0, preds[i][0] - slack), min(len(key), preds[j][0] + n + slack)))
        i = j + 1
    found.sort()
    return found[:3]
