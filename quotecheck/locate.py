"""Finding a claim's words in the documents: the index, the exact paths and the fuzzy path.

Everything here works on normalised text (:mod:`quotecheck.normalise`) and its search key, and
reports positions in normalised coordinates of one document; :mod:`quotecheck.verify` maps
them back to the source and judges them against the quote records.

* **Index** (:class:`Corpus`): per document the normalised text, its case-folded key, and
  inverted indexes ``word -> documents`` and ``word pair -> documents`` (words are ``\\w+``
  runs of the key; a pair is two words in a row, whatever punctuation stands between them).
* **Exact** (:func:`find_exact`): the claim key as a literal substring (``str.find``), with
  word boundaries at its ends, only in documents holding the claim's rarest words.
* **Chain** (:func:`find_chains`): a claim with ``...`` or ``[brackets]`` is cut into literal
  pieces; pieces of one part follow each other with at most four source words where a
  bracket stands; parts follow in order, each within ``MAX_ELLIPSIS_GAP`` characters.
* **Fuzzy** (:func:`find_fuzzy`): candidate documents by the idf-weighted count of the claim's
  rarest words *and* word pairs they hold (so one changed word, however rare, neither hides
  the right document nor promotes a wrong one: the pairs around it still match), candidate
  windows by where those words and pairs sit (each occurrence predicts where the claim would
  start), then an alignment (:func:`align`) on those windows only.
"""

from __future__ import annotations

import heapq
import math
import re
from array import array
from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence, TypeVar

from rapidfuzz import fuzz

from quotecheck import judge
from quotecheck.align import Words, describe, is_named, semi_global
from quotecheck.normalise import DASHES, Normalised, normalise, search_key

T = TypeVar("T")

MAX_ELLIPSIS_GAP = 400  # normalised characters allowed between the pieces of "a ... b"
PIECE_FLOOR = 50.0  # similarity an ellipsis piece needs to be part of a fuzzy chain
MAX_SLOT_WORDS = 4  # source words one [bracketed insertion] may stand for
_SLOT_SPAN = 160  # characters searched for the piece after a [bracket]
_MAX_OCCURRENCES = 200  # occurrences of one piece tried per document

INDEX_WORD = re.compile(r"\w+")
DIFF_WORD = re.compile(r"\w+(?:['-]\w+)*")
_ELLIPSIS = re.compile(r"[\[(] ?(?:\. ?){2,}\.? ?[\])]|\.(?: ?\.){2,}")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
_ATTACHED = re.compile(r"(?<=\w)\[(\w{1,3})\]|\[(\w{1,3})\](?=\w)")
_EDGE_PUNCT = " .,;:!?"


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


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
        # every key in one string (NUL between documents) for the rare literal scans
        self.all_key = "\x00".join(d.key for d in docs)
        starts = array("q")
        pos = 0
        for d in docs:
            starts.append(pos)
            pos += len(d.key) + 1
        self.starts = starts

    def locate(self, pos: int) -> tuple[int, int]:
        """(document, position in its key) of a position in ``all_key``."""
        d = bisect_right(self.starts, pos) - 1
        return d, pos - self.starts[d]

    @classmethod
    def build(cls, texts: Iterable[str]) -> "Corpus":
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

    def docs_with_all(self, words: Iterable[str], use: int = 3) -> list[int]:
        """Documents holding every one of the ``use`` rarest ``words`` (all if fewer)."""
        uniq = sorted(set(words), key=self.df)
        if not uniq:
            return list(range(len(self.docs)))
        if self.df(uniq[0]) == 0:
            return []
        found = set(self.postings[uniq[0]])
        for w in uniq[1:use]:
            found.intersection_update(self.postings[w])
            if not found:
                break
        return sorted(found)


# --------------------------------------------------------------------------- the claim


@dataclass(frozen=True)
class Piece:
    """A literal run of claim text: ``key`` is searched; ``cidx[j]`` is the claim's normalised
    index of ``key[j]``; ``attached`` lists ``[T]he``-style bracketed letters kept as text."""

    key: str
    cidx: tuple[int, ...]
    attached: tuple[tuple[int, int, str], ...] = ()  # (offset in key, length, "[T]")


@dataclass(frozen=True)
class Slot:
    """A ``[bracketed]`` editorial insertion standing for 0-4 source words."""

    label: str  # as written, brackets included
    content: str


@dataclass(frozen=True)
class Prepared:
    """A claim made ready for searching."""

    raw: str  # the claim text with its outer quote marks removed
    norm: Normalised  # normalise(raw)
    parts: tuple[tuple[Piece | Slot, ...], ...]  # split at ellipses
    structured: bool  # has an ellipsis or a bracket
    cmp_key: str  # what the fuzzy score compares: pieces and bracket contents, ellipses dropped
    words: tuple[str, ...]  # comparison words (lower case) for the fuzzy path
    shown: tuple[str, ...]  # the same words as the claim writes them
    core: Piece | None  # the whole claim as one literal, edge punctuation stripped
    tail: str  # the closing punctuation stripped from it
    wordlist: Words  # the comparison words made ready for alignment

    @property
    def n_words(self) -> int:
        return len(self.words)

    @property
    def search_parts(self) -> tuple[tuple[Piece | Slot, ...], ...]:
        """The parts holding at least one literal piece (what the chain search matches)."""
        return tuple(p for p in self.parts if any(isinstance(it, Piece) for it in p))

    @property
    def pieces(self) -> list[Piece]:
        return [it for part in self.parts for it in part if isinstance(it, Piece)]


_OUTER_DOUBLE = '"\u201c\u201d\u201e\u201f\u00ab\u00bb'
_OUTER_SINGLE = "'\u2018\u2019\u201a\u201b\u2039\u203a"


_CLOSING_DOUBLE = re.compile(r"[%s]\s*[.,;:]?$" % re.escape(_OUTER_DOUBLE))
_CLOSING_SINGLE = re.compile(r"[%s]\s*[.,;:]?$" % re.escape(_OUTER_SINGLE))


def strip_outer_quotes(text: str) -> str:
    """Drop the claim's own outer quote marks (and a stray full stop after the closing one)."""
    t = text.strip()
    changed = True
    while changed and t:
        changed = False
        if t[0] in _OUTER_DOUBLE:
            t = t[1:].strip()
            changed = True
            m = _CLOSING_DOUBLE.search(t)
            if m:
                t = t[: m.start()].strip()
        elif len(t) >= 2 and t[0] in _OUTER_SINGLE and (m := _CLOSING_SINGLE.search(t)):
            t = t[1 : m.start()].strip()
            changed = True
    if t.count('"') % 2 == 1 and t.endswith('"'):
        t = t[:-1].strip()  # a closing mark whose opener was already gone
    return t


def _literal(ntext: str, a: int, b: int, strip_left: str, strip_right: str) -> Piece | None:
    """The piece for normalised claim text ``[a, b)``, its ends stripped of the given chars,
    attached ``[T]he`` brackets resolved to their letters."""
    while a < b and ntext[a] in strip_left:
        a += 1
    while b > a and ntext[b - 1] in strip_right:
        b -= 1
    if a >= b:
        return None
    chars: list[str] = []
    cidx: list[int] = []
    attached: list[tuple[int, int, str]] = []
    pos = a
    for m in _ATTACHED.finditer(ntext, a, b):
        for i in range(pos, m.start()):
            chars.append(ntext[i])
            cidx.append(i)
        letters = m.group(1) or m.group(2)
        attached.append((len(chars), len(letters), m.group()))
        for i in range(m.start() + 1, m.start() + 1 + len(letters)):
            chars.append(ntext[i])
            cidx.append(i)
        pos = m.end()
    for i in range(pos, b):
        chars.append(ntext[i])
        cidx.append(i)
    return Piece(search_key("".join(chars)), tuple(cidx), tuple(attached))


def _is_attached(nt: str, m: re.Match) -> bool:
    """``[T]he``: up to three letters in brackets glued to a word are letters, not a slot."""
    if not re.fullmatch(r"\w{1,3}", m.group(1)):
        return False
    before = m.start() > 0 and _is_word_char(nt[m.start() - 1])
    after = m.end() < len(nt) and _is_word_char(nt[m.end()])
    return before or after


def prepare(text: str) -> Prepared:
    """Strip outer quotes, normalise, and cut the claim at ellipses and brackets."""
    raw = strip_outer_quotes(text.replace("\x00", ""))
    norm = normalise(raw)
    nt = norm.text
    # the claim's core: closing (and opening) sentence punctuation is not searched for
    a, b = 0, len(nt)
    while a < b and nt[a] in _EDGE_PUNCT:
        a += 1
    while b > a and nt[b - 1] in _EDGE_PUNCT:
        b -= 1
    markers: list[tuple[int, int, str]] = []
    for m in _ELLIPSIS.finditer(nt):
        markers.append((m.start(), m.end(), "..."))
    for m in _BRACKET.finditer(nt):
        if any(s <= m.start() < e for s, e, _ in markers) or _is_attached(nt, m):
            continue
        markers.append((m.start(), m.end(), "[]"))
    markers.sort()
    parts: list[tuple[Piece | Slot, ...]] = []
    current: list[Piece | Slot] = []
    pos = a
    prev_kind = "start"
    for s, e, kind in markers + [(b, b, "end")]:
        s, e = max(s, a), max(e, a)
        left = _EDGE_PUNCT if prev_kind in ("...", "start") else " "
        right = _EDGE_PUNCT if kind in ("...", "end") else " "
        piece = _literal(nt, pos, min(s, b), left, right)
        if piece is not None:
            current.append(piece)
        if kind == "...":
            if current:
                parts.append(tuple(current))
            current = []
        elif kind == "[]":
            label = nt[s:e]
            current.append(Slot(label, label[1:-1].strip()))
        pos = e
        prev_kind = kind
    if current:
        parts.append(tuple(current))
    cmp_text = " ".join(
        (it.content if isinstance(it, Slot) else _shown_text(nt, it)) for part in parts for it in part
    )
    found = list(DIFF_WORD.finditer(cmp_text))
    shown = tuple(m.group() for m in found)
    wordlist = Words.of(shown, [is_named(cmp_text, m.start(), m.group()) for m in found])
    words = tuple(w.lower() for w in shown)
    core = Piece(search_key(nt[a:b]), tuple(range(a, b))) if a < b else None
    structured = bool(markers) or any(it.attached for part in parts for it in part if isinstance(it, Piece))
    tail = nt[b:].strip()
    return Prepared(
        raw, norm, tuple(parts), structured, search_key(cmp_text), words, shown, core, tail, wordlist
    )


def _shown_text(nt: str, piece: Piece) -> str:
    return "".join(nt[i] for i in piece.cidx)


# --------------------------------------------------------------------------- results


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


def _located(d: int, al: "Alignment") -> Located:
    return Located(d, al.start, al.end, ((al.start, al.end),), "fuzzy", al.score, al.diff, (), al.changes)


def _find_bounded(key: str, needle: str, lo: int, hi: int) -> Iterable[int]:
    """Start positions of ``needle`` in ``key[lo:hi]`` with word boundaries at word ends."""
    if not needle:
        return
    check_left = _is_word_char(needle[0])
    check_right = _is_word_char(needle[-1])
    n = len(needle)
    pos = key.find(needle, lo, hi)
    while pos != -1:
        ok = True
        if check_left and pos > 0 and _is_word_char(key[pos - 1]):
            ok = False
        if ok and check_right and pos + n < len(key) and _is_word_char(key[pos + n]):
            ok = False
        if ok:
            yield pos
        pos = key.find(needle, pos + 1, hi)


# --------------------------------------------------------------------------- tolerance notes


def _raw_segment(text: str, offsets, i: int) -> str:
    a = offsets[i]
    b = offsets[i + 1]
    return text[a : max(b, a + 1)]


def tolerance_notes(claim: Prepared, piece: Piece, doc: DocText, at: int) -> list[str]:
    """What differs between the claim piece and the source at normalised ``at``, as notes."""
    cn_text, sn_text = claim.norm.text, doc.norm.text
    co, so = claim.norm.offsets, doc.norm.offsets
    n = len(piece.key)
    # fast path: the same characters on both sides
    c0, c1 = co[piece.cidx[0]], co[piece.cidx[-1] + 1]
    s0, s1 = doc.norm.source_span(at, at + n)
    if not piece.attached and claim.raw[c0:c1] == doc.source[s0:s1]:
        return []
    found: list[str] = []

    def add(note: str) -> None:
        if note not in found:
            found.append(note)

    for j in range(n):
        ci = piece.cidx[j]
        si = at + j
        cn, sn = cn_text[ci], sn_text[si]
        cseg = _raw_segment(claim.raw, co, ci)
        sseg = _raw_segment(doc.source, so, si)
        if cseg == sseg:
            continue
        if cn != sn:
            if cn.lower() == sn.lower():
                add("case")
            elif cn in "\"'" and sn in "\"'":
                add("quote marks")
            else:
                add("unicode forms")
            continue
        both = cseg + sseg
        if "\n" in both and ("-" in both or "\u00ad" in both) and cn not in " -":
            add("hyphenation")
        elif any(ch in DASHES for ch in both) or (cn in " -" and "-" in both):
            add("dashes")
        elif cn == " ":
            add("line break" if "\n" in both else "whitespace")
        elif cn == "'":
            add("apostrophes")
        elif cn == '"':
            add("quote marks")
        elif "-" in both or "\u00ad" in both:
            add("hyphenation")
        else:
            add("unicode forms")
    return found


def _shown_source(doc: DocText, a: int, b: int) -> str:
    s, e = doc.norm.source_span(a, b)
    return " ".join(doc.source[s:e].split())


# --------------------------------------------------------------------------- exact paths


def _doc_candidates(corpus: Corpus, pieces: Sequence[Piece]) -> list[int]:
    words: list[str] = []
    for p in pieces:
        words.extend(INDEX_WORD.findall(p.key))
    # an edge word that is only part of a source word still narrows nothing wrongly:
    # pieces must sit on word boundaries, so every \w+ run of the piece is a source word
    return corpus.docs_with_all(words)


def find_exact(claim: Prepared, corpus: Corpus, limit: int = 1000) -> list[Located]:
    """The whole claim (markers as written) as a literal, case-insensitive substring."""
    piece = claim.core
    if piece is None or not INDEX_WORD.search(piece.key):
        return []
    key = piece.key
    out: list[Located] = []
    for d in _doc_candidates(corpus, [piece]):
        doc = corpus.docs[d]
        for pos in _find_bounded(doc.key, key, 0, len(doc.key)):
            end = pos + len(key)
            notes = tolerance_notes(claim, piece, doc, pos)
            end = _closing(claim, doc, end, notes)
            out.append(Located(d, pos, end, ((pos, end),), "exact", 100.0, tuple(notes)))
            if len(out) >= limit:
                return out
    return out


def _closing(claim: Prepared, doc: DocText, end: int, notes: list[str]) -> int:
    """Take the claim's closing punctuation into the match if the source has it there too;
    else note the difference."""
    if not claim.tail:
        return end
    tail = search_key(claim.tail)
    if doc.key.startswith(tail, end):
        return end + len(tail)
    notes.append("closing punctuation")
    return end


@dataclass
class _PartHit:
    start: int
    end: int
    notes: list[str]


def _match_part(
    claim: Prepared, part: Sequence[Piece | Slot], doc: DocText, first_at: int
) -> _PartHit | None:
    """Match a part whose first piece sits at ``first_at``; slots take 0-4 source words."""
    key = doc.key
    items = list(part)
    notes: list[str] = []
    # leading slots (before the first piece)
    lead: list[Slot] = []
    while items and isinstance(items[0], Slot):
        lead.append(items.pop(0))  # type: ignore[arg-type]
    first = items[0]
    assert isinstance(first, Piece)
    start = first_at
    end = first_at + len(first.key)
    notes.extend(tolerance_notes(claim, first, doc, first_at))
    notes.extend(_attached_notes(first, doc, first_at))
    if lead:
        w = _word_before(key, start)
        label = " ".join(s.label for s in lead)
        if w is None:
            notes.append(f"{label} inserted")
        else:
            notes.append(f'{label} = "{_shown_source(doc, w, start).strip()}"')
            start = w
    i = 1
    while i < len(items):
        it = items[i]
        if isinstance(it, Slot):
            slots = [it]
            while i + 1 < len(items) and isinstance(items[i + 1], Slot):
                i += 1
                slots.append(items[i])  # type: ignore[arg-type]
            label = " ".join(s.label for s in slots)
            if i + 1 < len(items):
                nxt = items[i + 1]
                assert isinstance(nxt, Piece)
                hit = None
                for pos in _find_bounded(key, nxt.key, end, min(len(key), end + _SLOT_SPAN)):
                    gap = key[end:pos]
                    if len(INDEX_WORD.findall(gap)) <= MAX_SLOT_WORDS:
                        hit = pos
                    break
                if hit is None:
                    return None
                replaced = _shown_source(doc, end, hit).strip()
                notes.append(f'{label} = "{replaced}"' if INDEX_WORD.search(replaced) else f"{label} inserted")
                notes.extend(tolerance_notes(claim, nxt, doc, hit))
                notes.extend(_attached_notes(nxt, doc, hit))
                end = hit + len(nxt.key)
                i += 2
            else:  # trailing slot
                w = _word_after(key, end)
                if w is None:
                    notes.append(f"{label} inserted")
                else:
                    notes.append(f'{label} = "{_shown_source(doc, end, w).strip()}"')
                    end = w
                i += 1
        else:
            # two pieces in a row cannot happen (they would be one), but be safe
            if not key.startswith(it.key, end):
                return None
            notes.extend(tolerance_notes(claim, it, doc, end))
            end += len(it.key)
            i += 1
    return _PartHit(start, end, notes)


def _omitted_note(text: str) -> str:
    t = text.strip(_EDGE_PUNCT + "-\"'\u201c\u201d\u2018\u2019")
    if not t:
        return "omitted: nothing"
    words = t.split()
    if len(t) > 120 and len(words) > 10:
        # the first sentence if it is short (else six words) ... the last two words
        ends = [k for k, w in enumerate(words[:8]) if w[-1] in ".!?"]
        head = words[: ends[0] + 1] if ends else words[:6]
        return f'omitted: "{" ".join(head)} ... {" ".join(words[-2:])}" ({len(words)} words)'
    return f'omitted: "{t}"'


def _attached_notes(piece: Piece, doc: DocText, at: int) -> list[str]:
    return [f'{label} = "{_shown_source(doc, at + off, at + off + n)}"' for off, n, label in piece.attached]


_WORD_BEFORE = re.compile(r"(\w+(?:['-]\w+)*) $")
_WORD_AFTER = re.compile(r" (\w+(?:['-]\w+)*)")


def _word_before(key: str, pos: int) -> int | None:
    m = _WORD_BEFORE.search(key, max(0, pos - 60), pos)
    return m.start(1) if m else None


def _word_after(key: str, pos: int) -> int | None:
    m = _WORD_AFTER.match(key, pos)
    return m.end(1) if m else None


def find_chains(claim: Prepared, corpus: Corpus, limit: int = 200) -> list[Located]:
    """Match a claim with ellipses/brackets piece by piece (see the module docstring).

    A chain whose parts are all found in order and close together is ``kind="exact"``; one
    whose later parts are only found further away is ``kind="chain"`` with a problem noted.
    """
    parts = claim.search_parts
    if not parts:
        return []
    out: list[Located] = []
    for d in _doc_candidates(corpus, claim.pieces):
        doc = corpus.docs[d]
        key = doc.key
        first_piece = next(it for it in parts[0] if isinstance(it, Piece))
        seen = 0
        for pos in _find_bounded(key, first_piece.key, 0, len(key)):
            seen += 1
            if seen > _MAX_OCCURRENCES:
                break
            hit = _match_part(claim, parts[0], doc, pos)
            if hit is None:
                continue
            spans = [(hit.start, hit.end)]
            notes = list(hit.notes)
            problems: list[str] = []
            ok = True
            for part in parts[1:]:
                lead_piece = next(it for it in part if isinstance(it, Piece))
                prev_end = spans[-1][1]
                nxt = None
                for far in (False, True):
                    hi = min(len(key), prev_end + MAX_ELLIPSIS_GAP + len(lead_piece.key) + 1) if not far else len(key)
                    for p2 in _find_bounded(key, lead_piece.key, prev_end, hi):
                        # the piece must start after the slots leading its part
                        h2 = _match_part(claim, part, doc, p2)
                        if h2 is not None and h2.start >= prev_end:
                            nxt = h2
                            break
                    if nxt is not None:
                        if far:
                            problems.append(
                                f"pieces {nxt.start - prev_end} characters apart (at most {MAX_ELLIPSIS_GAP})"
                            )
                        break
                if nxt is None:
                    ok = False
                    break
                notes.append(_omitted_note(_shown_source(doc, prev_end, nxt.start)))
                notes.extend(nxt.notes)
                spans.append((nxt.start, nxt.end))
            if not ok:
                continue
            spans[-1] = (spans[-1][0], _closing(claim, doc, spans[-1][1], notes))
            uniq = []
            for n in notes:
                if n not in uniq:
                    uniq.append(n)
            kind = "chain" if problems else "exact"
            out.append(Located(d, spans[0][0], spans[-1][1], tuple(spans), kind, 100.0, tuple(uniq), tuple(problems)))
            if len(out) >= limit:
                return out
    return out


def find_fuzzy_chains(claim: Prepared, corpus: Corpus, limit: int = 8) -> list[Located]:
    """A claim with ellipses whose pieces are not all there word for word: each piece located
    on its own (exactly, else fuzzily at its own threshold), then one piece of each in order
    in one document, each within ``MAX_ELLIPSIS_GAP`` characters of the one before if any
    such chain exists.  ``kind`` is ``exact`` only if every piece is, ``fuzzy`` otherwise;
    the score is the pieces' scores weighted by their word counts."""
    texts = [t for t in _ELLIPSIS.split(claim.norm.text) if INDEX_WORD.search(t)]
    if len(texts) < 2:
        return []
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
                notes.append(_omitted_note(_shown_source(doc, prev.end, cur.start)))
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


# --------------------------------------------------------------------------- fuzzy path


@dataclass(frozen=True)
class Alignment:
    start: int  # normalised span in the document
    end: int
    score: float  # the similarity (judge.match_score)
    diff: tuple[str, ...]  # tolerances, then the words that differ; ("punctuation",) when none
    changes: tuple[str, ...] = ()  # the meaning changes among them


_SENTENCE_END = re.compile(r"[.!?]")


def align(claim: Prepared, doc: DocText, lo: int, hi: int) -> Alignment | None:
    """Best alignment of the claim inside ``doc.key[lo:hi]``, on source word boundaries: the
    word-level semi-global alignment of :func:`quotecheck.align.semi_global`, scored by
    :func:`quotecheck.judge.match_score`."""
    key = doc.key
    while lo > 0 and _is_word_char(key[lo - 1]):
        lo -= 1  # never cut a word in two
    while hi < len(key) and _is_word_char(key[hi]):
        hi += 1
    if not claim.words or hi <= lo:
        return None
    text = doc.norm.text
    toks = [(m.start(), m.end()) for m in DIFF_WORD.finditer(key, lo, hi)]
    if not toks:
        return None
    source = Words.of([text[a:b] for a, b in toks], [is_named(text, a, text[a:b]) for a, b in toks])
    breaks = [False] + [bool(_SENTENCE_END.search(key, toks[k - 1][1], toks[k][0]))
                        for k in range(1, len(toks))]
    al = semi_global(claim.wordlist, source, breaks)
    if al is None:
        return None
    d = describe(claim.wordlist, source, al)
    start, end = toks[al.first][0], toks[al.last][1]
    chars = fuzz.ratio(claim.cmp_key, key[start:end])
    score = judge.match_score(chars, len(claim.wordlist.ids), d.matched, d.substituted, d.dropped,
                              d.content_matched)
    notes = d.tolerances + d.diff
    return Alignment(start, end, score, notes or ("punctuation",), d.changes)


def find_fuzzy(
    claim: Prepared,
    corpus: Corpus,
    *,
    max_docs: int = 12,
    max_windows: int = 4,
    good_enough: float | None = None,
) -> list[Located]:
    """Fuzzy candidates, best first.

    1. Terms: the claim's words and its word pairs (two words in a row), each with where it
       sits in the claim.
    2. Documents: ranked by the idf sum over the 16 rarest words and the 16 rarest pairs of the
       claim that they hold.  A changed word breaks two pairs and adds one rare word, while
       the right document keeps every other pair: the pairs outvote the one rare word.
    3. Windows: in each document, every occurrence of one of the claim's rarer terms predicts
       where the claim would start; predictions that agree form a window, weighted by the idf
       of the distinct terms voting for it.
    4. The heaviest windows are aligned (:func:`align`), in stages: the first three documents,
       then (unless a window already scored ``good_enough``) up to ``max_docs``.
    """
    cw = claim.words
    if not cw:
        return []
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
    df = {t: corpus.df(t) for t in positions}
    words = [t for t in positions if " " not in t and df[t] > 0]
    if not words:
        return []
    pairs = [t for t in positions if " " in t and df[t] > 0]
    words.sort(key=lambda w: (df[w], -len(w)))
    pairs.sort(key=lambda t: (df[t], -len(t)))
    present = words  # words the corpus has, rarest first
    idf = {t: corpus.idf(t) for t in words[:16] + pairs[:16]}
    # very common terms vote only when the claim has too few others
    common = len(corpus.docs) * 0.4
    ranked_terms = sorted(idf, key=lambda t: (df[t], -len(t)))
    anchors_ok = {t for t in ranked_terms if df[t] <= common}
    if len(anchors_ok) < 3:
        anchors_ok = set(ranked_terms[:3])
    # the common terms add about as much to every document: only the anchors are counted
    doc_score: dict[int, float] = defaultdict(float)
    doc_anchors: dict[int, list[str]] = defaultdict(list)
    for t in ranked_terms:
        if t not in anchors_ok:
            continue
        weight = idf[t]
        for d in corpus.holding(t):
            doc_score[d] += weight
            doc_anchors[d].append(t)
    docs = heapq.nlargest(max_docs, sorted(doc_score), key=doc_score.__getitem__)
    n = len(cmp_key)
    tol = 0.25 * n + 20
    slack = int(0.2 * n) + 40
    results: list[Located] = []
    stages = [docs[:3], docs[3:]] if good_enough is not None else [docs]
    for stage in stages:
        windows: list[tuple[float, int, int, int]] = []  # (-weight, doc, lo, hi)
        for d in stage:
            windows.extend(
                _windows(corpus.docs[d].key, doc_anchors[d][:8], positions, idf, df, d, n, tol, slack)
            )
        windows.sort()
        for _, d, lo, hi in windows[:max_windows]:
            al = align(claim, corpus.docs[d], lo, hi)
            if al is not None:
                results.append(_located(d, al))
        if good_enough is not None and any(r.score >= good_enough for r in results):
            break
    else:
        # weak anchors (only common words): look the claim's word chunks up literally
        rare_cut = max(2.0, 0.05 * len(corpus.docs))
        if sum(1 for w in present if df[w] <= rare_cut) < 2 and len(cw) >= 3:
            for d, lo, hi in _chunk_windows(claim, corpus, n, slack):
                al = align(claim, corpus.docs[d], lo, hi)
                if al is not None:
                    results.append(_located(d, al))
    results.sort(key=lambda r: (-r.score, r.doc, r.start))
    return without_overlaps(results, lambda r: (r.doc, r.start, r.end))


Place = tuple[int, int, int]  # (document, start, end)


def overlaps_any(place: Place, taken: Iterable[Place]) -> bool:
    """Does ``place`` overlap any of ``taken`` in the same document?"""
    doc, start, end = place
    return any(d == doc and s < end and start < e for d, s, e in taken)


def without_overlaps(ranked: list[T], place: Callable[[T], Place]) -> list[T]:
    """The items in their order, leaving out each that overlaps one kept before it."""
    kept: list[T] = []
    places: list[Place] = []
    for item in ranked:
        where = place(item)
        if not overlaps_any(where, places):
            kept.append(item)
            places.append(where)
    return kept


def _chunk_windows(claim: Prepared, corpus: Corpus, n: int, slack: int) -> list[tuple[int, int, int]]:
    """Windows around literal hits of three word chunks of the claim (one edit leaves at least
    one chunk whole); at most 8 windows."""
    cw = claim.words
    k = 3
    size = max(2, -(-len(cw) // k))
    out: list[tuple[int, int, int]] = []
    for c in range(0, len(cw), size):
        chunk = cw[c : c + size]
        if len(chunk) < 2:
            continue
        needle = " ".join(chunk)
        offset = len(" ".join(cw[:c])) + (1 if c else 0)
        docs = corpus.docs_with_all(INDEX_WORD.findall(needle), use=len(chunk))
        if len(docs) * 2 > len(corpus.docs):
            hits_iter = (corpus.locate(pos) for pos in _find_bounded(corpus.all_key, needle, 0, len(corpus.all_key)))
        else:
            hits_iter = ((d, p) for d in docs for p in _find_bounded(corpus.docs[d].key, needle, 0, len(corpus.docs[d].key)))
        hits = 0
        for d, p in hits_iter:
            key_len = len(corpus.docs[d].key)
            lo, hi = max(0, p - offset - slack), min(key_len, p - offset + n + slack)
            if not any(o[0] == d and o[1] < hi and lo < o[2] for o in out):
                out.append((d, lo, hi))
            hits += 1
            if hits >= 4 or len(out) >= 8:
                break
    return out


def _find_term(key: str, term: str, rarer_first: bool) -> Iterable[int]:
    """Start positions in ``key`` of a word, or of a pair ``"a b"``: ``a`` and ``b`` as whole
    words with only non-word characters between them.  A pair is found by scanning for its
    rarer word (``rarer_first``: the first one) and checking its neighbour."""
    if " " not in term:
        yield from _find_bounded(key, term, 0, len(key))
        return
    a, b = term.split(" ")
    if rarer_first:
        for p in _find_bounded(key, a, 0, len(key)):
            q = _GAP.match(key, p + len(a)).end()
            e = q + len(b)
            if key.startswith(b, q) and (e == len(key) or not _is_word_char(key[e])):
                yield p
    else:
        for p in _find_bounded(key, b, 0, len(key)):
            q = p
            while q > 0 and not _is_word_char(key[q - 1]):
                q -= 1
            s = q - len(a)
            if q < p and s >= 0 and key.startswith(a, s) and (s == 0 or not _is_word_char(key[s - 1])):
                yield s


_GAP = re.compile(r"\W*")


def _windows(key, anchors, positions, idf, df, d, n, tol, slack) -> list[tuple[float, int, int, int]]:
    """Up to three windows of one document where the claim's anchor terms agree."""
    preds: list[tuple[int, str]] = []
    for t in anchors:
        qs = positions[t]
        count = 0
        rarer_first = " " in t and df.get(t.split(" ")[0], 0) <= df.get(t.split(" ")[1], 0)
        for p in _find_term(key, t, rarer_first):
            for q in qs:
                preds.append((p - q, t))
            count += 1
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
