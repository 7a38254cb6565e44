"""``quotecheck verify``: check claimed quotes against the sources.

    index = Index.build([(document, quotes), ...])      # once
    verify(Claim("Russia is a major space power", speaker="Lavrov"), index)
    -> [Verdict(verdict="exact", speaker="Erlan Idrissov", speaker_check="wrong", ...)]

Verdicts:

* ``exact``: the claim's words, inside one quote record, allowing only the tolerances listed
  in ``notes``;
* ``fuzzy``: the best-aligned quoted passage scores at least the threshold but the words
  differ; or the pieces of an ellipsis claim are all there but not in one quote or not close
  together (score: the share of the claim's words inside the credited quote);
* ``not-quoted``: the words are in the source, exactly or fuzzily, but outside any quotation;
* ``not-found``: nothing scores the threshold (score: the closest found).

Fuzzy score and threshold (:mod:`quotecheck.judge`): the score (0-100) is the larger of the
character similarity (``fuzz.ratio`` of the normalised, case-folded texts) and the word
similarity (matched words count 1, substituted words 1/2, added or dropped words 0, over the
longer word count), the latter only when at least two matched words are content words, not
function words like "the", "of", "we".  Three changed words of ten score 85, of eight 81.25;
a sentence sharing only function words with a passage keeps its character score.  The
threshold is ``threshold`` (0-100) if given, else :func:`quotecheck.judge.threshold_for` the
claim's word count: ``75 + 20 * exp(-(n - 1) / 5)``, 95 for one word, about 80 for eight,
78 for ten, 75 for long claims.

Notes (joined with "; " in a row):

* tolerances: ``case``, ``apostrophes``, ``quote marks``, ``dashes``, ``whitespace``,
  ``line break``, ``hyphenation``, ``unicode forms``, ``closing punctuation``;
* editing marks: ``omitted: "<source words>"`` per ellipsis (long gaps shortened, with their
  length), ``[X] = "<source words>"`` per bracket, ``[X] inserted`` when it replaced nothing;
* word diff (fuzzy): ``claim words -> source words``, ``+word`` (in the claim, not the
  source), ``-word`` (in the source, left out of the claim), ``punctuation`` when only
  punctuation differs, ``... N more word changes`` past twelve;
* why an ellipsis claim is not exact: ``pieces from different speakers' quotes: A / B``,
  ``pieces from N different quotes``, ``pieces N characters apart (at most 400)``,
  ``pieces outside any quote``;
* not-found: ``closest: <similarity> (threshold <t>)`` and the closest passage's word diff;
  the row's ``source``, ``line``, ``match``, ``start``, ``end`` show that passage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from quotecheck import judge
from quotecheck.locate import (
    Corpus,
    Located,
    Piece,
    Prepared,
    align,
    find_chains,
    find_exact,
    find_fuzzy,
    find_fuzzy_chains,
    overlaps_any,
    prepare,
    without_overlaps,
)
from quotecheck.model import VERDICT_FIELDS, Document, Quote

__all__ = ["Claim", "Verdict", "Index", "verify", "verify_all", "VERDICTS"]

VERDICTS = judge.VERDICTS


@dataclass(frozen=True)
class Claim:
    """A claimed quote: the bare words (no ``X said:``), optionally who and when (YYYY-MM-DD)."""

    text: str
    id: str | None = None
    speaker: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Verdict:
    id: str | None
    verdict: str  # one of VERDICTS
    score: float  # 0-100
    speaker: str | None  # whom the source credits (None when not quoted / not found)
    speaker_check: str | None  # ok / wrong / unknown; None when no speaker was claimed
    date: str | None  # the quote record's date
    date_check: str | None  # ok / wrong / unknown; None when no date was claimed
    source: str | None
    line: int | None  # 1-based line of ``start`` in the source
    match: str | None  # the source's own characters: text[start:end]
    start: int | None
    end: int | None
    notes: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()  # meaning changes: "negation: +not", "number: 115 -> 150"

    @classmethod
    def field_names(cls) -> list[str]:
        return list(VERDICT_FIELDS)

    def as_row(self) -> dict[str, object]:
        row = {name: getattr(self, name) for name in VERDICT_FIELDS}
        row["notes"] = "; ".join(self.notes)
        row["changes"] = "; ".join(self.changes)
        return row


class Index:
    """Documents, their quote records, and the search index over their normalised text."""

    def __init__(self, documents: Sequence[Document], records: Sequence[Sequence[Quote]], corpus: Corpus):
        self.documents = tuple(documents)
        self.records = tuple(tuple(sorted(r, key=lambda q: (q.start, q.end))) for r in records)
        self.corpus = corpus

    @classmethod
    def build(cls, pairs: Iterable[tuple[Document, Sequence[Quote]]]) -> "Index":
        pairs = list(pairs)
        documents = [d for d, _ in pairs]
        records = [list(q) for _, q in pairs]
        return cls(documents, records, Corpus.build(d.text for d in documents))


@dataclass(frozen=True)
class _Judged:
    verdict: Verdict
    doc: int
    nstart: int
    nend: int

    def rank(self, claim: Claim) -> tuple:
        v = self.verdict
        return (
            judge.VERDICT_RANK[v.verdict],
            bool(v.changes),
            v.speaker_check == "wrong",
            v.speaker_check != "ok" if claim.speaker else False,
            v.date_check == "wrong",
            -v.score,
            self.doc,
            self.nstart,
        )


def verify(
    claim: Claim,
    index: Index,
    *,
    threshold: float | None = None,
    all_matches: bool = False,
) -> list[Verdict]:
    """Verdicts for one claim: the best one, or every match (best first) with ``all_matches``.

    ``threshold`` (0-100) overrides :func:`quotecheck.judge.threshold_for`.  Always returns at
    least one verdict (``not-found`` when nothing matches).
    """
    threshold = judge.check_threshold(threshold)
    prepared = prepare(claim.text)
    thr = threshold if threshold is not None else judge.threshold_for(prepared.n_words)
    if not prepared.words:
        return [_not_found(claim, 0.0, ("empty claim",))]
    corpus = index.corpus

    located: list[Located] = find_exact(prepared, corpus)
    if prepared.structured and not located:
        located = find_chains(prepared, corpus)
    if not located and len(prepared.search_parts) > 1:
        located = find_fuzzy_chains(prepared, corpus)
    judged = [j for j in (_judge(claim, prepared, loc, index, thr) for loc in located) if j]

    best_below = 0.0
    closest: Located | None = None
    if all_matches or not any(j.verdict.verdict == "exact" for j in judged):
        fuzzy = find_fuzzy(
            prepared,
            corpus,
            max_docs=64 if all_matches else 12,
            max_windows=32 if all_matches else 4,
            good_enough=None if all_matches else thr,
        )
        for loc in fuzzy:
            if overlaps_any((loc.doc, loc.start, loc.end), ((j.doc, j.nstart, j.nend) for j in judged)):
                continue
            j = _judge(claim, prepared, loc, index, thr)
            if j is None:
                if loc.score > best_below:
                    best_below, closest = loc.score, loc
                continue
            judged.append(j)

    if not judged:
        if closest is None:
            return [_not_found(claim, 0.0, ())]
        # the closest passage, its similarity and its diff: how far off the claim is (no
        # meaning changes: a passage below the threshold is not what the claim quotes)
        doc = index.documents[closest.doc]
        s, e = index.corpus.docs[closest.doc].norm.source_span(closest.start, closest.end)
        notes = (f"closest: {closest.score:.1f} (threshold {thr:g})", *closest.notes)
        return [_not_found(claim, round(closest.score, 1), notes, doc, s, e)]

    judged.sort(key=lambda j: j.rank(claim))
    kept = without_overlaps(judged, lambda j: (j.doc, j.nstart, j.nend))
    if not all_matches:
        return [kept[0].verdict]
    return [k.verdict for k in kept]


def verify_all(
    claims: Iterable[Claim], index: Index, *, threshold: float | None = None, all_matches: bool = False
) -> list[Verdict]:
    """:func:`verify` for each claim, verdicts in claim order."""
    out: list[Verdict] = []
    for c in claims:
        out.extend(verify(c, index, threshold=threshold, all_matches=all_matches))
    return out


# --------------------------------------------------------------------------- judging


def _not_found(claim: Claim, score: float, notes: tuple[str, ...], document: Document | None = None,
               start: int = 0, end: int = 0) -> Verdict:
    """A not-found verdict, showing the closest passage of ``document`` when there is one."""
    return Verdict(
        id=claim.id,
        verdict="not-found",
        score=score,
        speaker=None,
        speaker_check="unknown" if claim.speaker else None,
        date=None,
        date_check="unknown" if claim.date else None,
        source=document.source if document else None,
        line=document.text.count("\n", 0, start) + 1 if document else None,
        match=document.text[start:end] if document else None,
        start=start if document else None,
        end=end if document else None,
        notes=notes,
    )


def _judge(claim: Claim, prepared: Prepared, loc: Located, index: Index, thr: float) -> _Judged | None:
    """Turn a location into a verdict against the document's quote records (None: below threshold)."""
    doc = index.corpus.docs[loc.doc]
    records = index.records[loc.doc]
    src_parts = [doc.norm.source_span(a, b) for a, b in loc.parts]
    part_recs = [judge.containing_record(records, s, e) for s, e in src_parts]
    notes = list(loc.notes)
    changes = loc.changes
    problems = list(loc.problems)
    kind, score = loc.kind, loc.score
    nstart, nend = loc.start, loc.end
    record: Quote | None = None

    if all(r is not None for r in part_recs):
        distinct: list[Quote] = []
        for r in part_recs:
            if not any(r is d for d in distinct):
                distinct.append(r)  # type: ignore[arg-type]
        if len(distinct) == 1:
            record = distinct[0]
        else:
            record, score = _main_record(prepared, part_recs)
            names = []
            for r in distinct:
                name = r.speaker or "nobody credited"
                if name not in names:
                    names.append(name)
            if len(names) > 1:
                problems.append(f"pieces from different speakers' quotes: {' / '.join(names)}")
            else:
                problems.append(f"pieces from {len(distinct)} different quotes")
    elif len(loc.parts) == 1:
        s, e = src_parts[0]
        hit = judge.overlapping_record(records, s, e)
        if hit is not None and hit[1] * 2 >= max(1, e - s):
            rec = hit[0]
            lo = doc.norm.offsets.to_norm(rec.start)
            hi = doc.norm.offsets.to_norm(rec.end)
            al = align(prepared, doc, lo, hi)
            if al is not None and al.score >= thr:
                record, kind, score = rec, "fuzzy", al.score
                nstart, nend = al.start, al.end
                notes, changes = list(al.diff), al.changes
    else:
        if any(r is not None for r in part_recs):
            record, score = _main_record(prepared, part_recs)
            problems.append("pieces outside any quote")

    if kind == "fuzzy" and score < thr and (record is None or not problems):
        return None
    if record is None:
        verdict = "not-quoted"
    elif kind == "exact" and not problems:
        verdict = "exact"
    else:  # words that differ, or the words there but not the constraints
        verdict = "fuzzy"

    s, e = doc.norm.source_span(nstart, nend)
    document = index.documents[loc.doc]
    if record is not None:
        speaker, date = record.speaker, record.date
        sc = judge.speaker_check(claim.speaker, record)
        dc = judge.date_check(claim.date, record.date)
    else:
        speaker = date = None
        sc = judge.speaker_check(claim.speaker, None)
        dc = judge.date_check(claim.date, None)
    verdict_obj = Verdict(
        id=claim.id,
        verdict=verdict,
        score=round(judge.final_score(float(score), len(changes)), 1),
        speaker=speaker,
        speaker_check=sc,
        date=date,
        date_check=dc,
        source=document.source,
        line=document.text.count("\n", 0, s) + 1,
        match=document.text[s:e],
        start=s,
        end=e,
        notes=tuple(problems + notes),
        changes=changes,
    )
    return _Judged(verdict_obj, loc.doc, nstart, nend)


def _main_record(prepared: Prepared, part_recs: list[Quote | None]) -> tuple[Quote, float]:
    """For a claim whose parts sit in several quotes: the quote holding most of its words,
    and the share of the claim's words it holds (0-100)."""
    sizes: dict[int, int] = {}
    by_id: dict[int, Quote] = {}
    parts = prepared.search_parts
    words = [sum(len(it.key.split()) for it in part if isinstance(it, Piece)) for part in parts]
    for n, r in zip(words, part_recs):
        if r is None:
            continue
        sizes[id(r)] = sizes.get(id(r), 0) + n
        by_id[id(r)] = r
    best = max(sizes, key=lambda k: sizes[k])
    return by_id[best], 100.0 * sizes[best] / max(1, sum(words))
