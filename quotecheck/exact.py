"""Verify, stage 3: the claim's words as they stand, with only the tolerated differences.

* **Exact** (:func:`find_exact`): the claim key as a literal substring (``str.find``), with
  word boundaries at its ends, only in documents holding the claim's rarest words.
* **Chain** (:func:`find_chains`): a claim with ``...`` or ``[brackets]`` is cut into literal
  pieces; pieces of one part follow each other with at most four source words where a
  bracket stands; parts follow in order, each within ``MAX_ELLIPSIS_GAP`` characters.
* :func:`tolerance_notes`: what differs between the claim and the source where they are equal
  once normalised (case, apostrophes, quote marks, dashes, whitespace ...).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quotecheck.claims import EDGE_PUNCT, Piece, Prepared, Slot
from quotecheck.index import INDEX_WORD, Corpus, DocText, Located, find_bounded
from quotecheck.normalise import DASHES, search_key

MAX_ELLIPSIS_GAP = 400  # normalised characters allowed between the pieces of "a ... b"
MAX_SLOT_WORDS = 4  # source words one [bracketed insertion] may stand for
_SLOT_SPAN = 160  # characters searched for the piece after a [bracket]
_MAX_OCCURRENCES = 200  # occurrences of one piece tried per document
# The chain search's work for one claim, however many pieces it has and however common they
# are: places a piece was tried at, over every document. A claim of common words ("the ... the
# ... the") otherwise tries every occurrence in every document; real claims use a few dozen.
MAX_CHAIN_STEPS = 3_000


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


def shown_source(doc: DocText, a: int, b: int) -> str:
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

    def hits_in(doc: DocText) -> list[tuple[int, int, tuple[str, ...]]]:
        hits = []
        for pos in find_bounded(doc.key, key, 0, len(doc.key)):
            notes = tolerance_notes(claim, piece, doc, pos)
            end = _closing(claim, doc, pos + len(key), notes)
            hits.append((pos, end, tuple(notes)))
            if len(hits) >= limit:
                break
        return hits

    out: list[Located] = []
    # an edge word that is only part of a source word still narrows nothing wrongly: pieces
    # must sit on word boundaries, so every \w+ run of the piece is a source word
    for d, hits in corpus.group_hits(corpus.groups_with_all(INDEX_WORD.findall(key)), hits_in):
        for pos, end, hit_notes in hits:
            out.append(Located(d, pos, end, ((pos, end),), "exact", 100.0, hit_notes))
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
            notes.append(f'{label} = "{shown_source(doc, w, start).strip()}"')
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
                for pos in find_bounded(key, nxt.key, end, min(len(key), end + _SLOT_SPAN)):
                    gap = key[end:pos]
                    if len(INDEX_WORD.findall(gap)) <= MAX_SLOT_WORDS:
                        hit = pos
                    break
                if hit is None:
                    return None
                replaced = shown_source(doc, end, hit).strip()
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
                    notes.append(f'{label} = "{shown_source(doc, end, w).strip()}"')
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


def omitted_note(text: str) -> str:
    t = text.strip(EDGE_PUNCT + "-\"'\u201c\u201d\u2018\u2019")
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
    return [f'{label} = "{shown_source(doc, at + off, at + off + n)}"' for off, n, label in piece.attached]


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
    steps = 0
    rarest_first = sorted({p.key for p in claim.pieces}, key=lambda k: _rarity(corpus, k))
    for d in _doc_candidates(corpus, claim.pieces):
        doc = corpus.docs[d]
        key = doc.key
        if not all(_holds(key, k) for k in rarest_first):
            continue  # some piece is missing: no chain here (the rarest is looked for first)
        first_piece = next(it for it in parts[0] if isinstance(it, Piece))
        # part k is not found at or after absent[k] (found once, so never looked for again)
        absent = [len(key) + 1] * len(parts)
        seen = 0
        for pos in find_bounded(key, first_piece.key, 0, len(key)):
            seen += 1
            steps += 1
            if seen > _MAX_OCCURRENCES or steps > MAX_CHAIN_STEPS:
                break
            hit = _match_part(claim, parts[0], doc, pos)
            if hit is None:
                continue
            spans = [(hit.start, hit.end)]
            notes = list(hit.notes)
            problems: list[str] = []
            ok = True
            for k, part in enumerate(parts[1:], 1):
                lead_piece = next(it for it in part if isinstance(it, Piece))
                prev_end = spans[-1][1]
                nxt = None
                for far in (False, True):
                    hi = min(len(key), prev_end + MAX_ELLIPSIS_GAP + len(lead_piece.key) + 1) if not far else len(key)
                    if prev_end >= absent[k]:
                        break
                    for p2 in find_bounded(key, lead_piece.key, prev_end, hi):
                        steps += 1
                        # the piece must start after the slots leading its part
                        h2 = _match_part(claim, part, doc, p2)
                        if h2 is not None and h2.start >= prev_end:
                            nxt = h2
                            break
                        if steps > MAX_CHAIN_STEPS:
                            break
                    if far and nxt is None and steps <= MAX_CHAIN_STEPS:
                        absent[k] = prev_end
                    if nxt is not None:
                        if far:
                            problems.append(
                                f"pieces {nxt.start - prev_end} characters apart (at most {MAX_ELLIPSIS_GAP})"
                            )
                        break
                if nxt is None:
                    ok = False
                    break
                notes.append(omitted_note(shown_source(doc, prev_end, nxt.start)))
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
        if steps > MAX_CHAIN_STEPS:
            break
    return out


def _rarity(corpus: Corpus, piece_key: str) -> int:
    """How many documents hold the piece's rarest word (a bound on those holding the piece)."""
    return min((corpus.df(w) for w in INDEX_WORD.findall(piece_key)), default=len(corpus.docs))


def _holds(key: str, piece_key: str) -> bool:
    return next(iter(find_bounded(key, piece_key, 0, len(key))), None) is not None
