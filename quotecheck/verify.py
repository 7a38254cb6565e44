"""``quotecheck verify``: check claimed quotes against the sources.

The stages, one module each, each importing only those before it:
:mod:`~quotecheck.claims` (the claim made ready) -> :mod:`~quotecheck.index` (the sources
indexed, candidate windows) -> :mod:`~quotecheck.exact` (word for word, ellipses and brackets)
-> :mod:`~quotecheck.align` (word alignment, edits, meaning changes, the scores) ->
:mod:`~quotecheck.judge` (quote records, verdicts, speaker and date) -> rows rendered by
:mod:`quotecheck.render`.

    index = Index.build([(document, quotes), ...])      # once
    verify(Claim("Russia is a major space power", speaker="Lavrov"), index)
    -> [Verdict(verdict="exact", speaker="Erlan Idrissov", speaker_check="wrong", ...)]

Verdicts (:mod:`quotecheck.judge`): ``exact``, ``fuzzy``, ``not-quoted``, ``not-found``.
Similarity, score and threshold: :mod:`quotecheck.align` ("scoring") and
:func:`quotecheck.judge.threshold_for`.  ``changes`` (fuzzy): the meaning changes,
``negation: +not``, ``number: 2060 -> 2050``, ``quantity: some -> all``, ``name: A -> B``.

Notes (joined with "; " in a row):

* tolerances: ``case``, ``apostrophes``, ``quote marks``, ``dashes``, ``whitespace``,
  ``line break``, ``hyphenation``, ``unicode forms``, ``closing punctuation``; in a fuzzy
  match also contractions and spellings, as ``don't -> do not``, ``honour -> honor``;
* editing marks: ``omitted: "<source words>"`` per ellipsis (past 120 characters: the first
  sentence or six words ... the last two, and the word count), ``[X] = "<source words>"``
  per bracket, ``[X] inserted`` when it replaced nothing;
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

import dataclasses
import operator
from collections.abc import Callable, Iterable

from quotecheck import judge
from quotecheck.align import find_fuzzy, find_fuzzy_chains
from quotecheck.claims import Claim, prepare
from quotecheck.exact import find_chains, find_exact
from quotecheck.index import Index, Located, overlaps_any, without_overlaps
from quotecheck.model import VERDICTS, Verdict

__all__ = ["VERDICTS", "Claim", "Index", "Verdict", "verify", "verify_all"]


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
        return [judge.not_found(claim, 0.0, ("empty claim",))]
    corpus = index.corpus

    judge_location = _judging(claim, prepared, index, thr)

    located: list[Located] = find_exact(prepared, corpus)
    if prepared.structured and not located:
        located = find_chains(prepared, corpus)
    if not located and len(prepared.search_parts) > 1:
        located = find_fuzzy_chains(prepared, corpus)
    judged = [j for j in map(judge_location, located) if j]

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
            j = judge_location(loc)
            if j is None:
                if loc.score > best_below:
                    best_below, closest = loc.score, loc
                continue
            judged.append(j)

    if not judged:
        if closest is None:
            return [judge.not_found(claim, 0.0, ())]
        # the closest passage, its similarity and its diff: how far off the claim is (no
        # meaning changes: a passage below the threshold is not what the claim quotes)
        doc = index.documents[closest.doc]
        s, e = index.corpus.docs[closest.doc].norm.source_span(closest.start, closest.end)
        notes = (f"closest: {closest.score:.1f} (threshold {thr:g})", *closest.notes)
        return [judge.not_found(claim, round(closest.score, 1), notes, doc, s, e)]

    judged.sort(key=lambda j: j.rank(claim))
    kept = without_overlaps(judged, lambda j: (j.doc, j.nstart, j.nend))
    if not all_matches:
        return [_sourced(kept[0], index)]
    return [_sourced(k, index) for k in kept]


def _sourced(judged: judge.Judged, index: Index) -> Verdict:
    """The verdict, with the source of its own document (a copy's verdict was made for the
    first copy judged)."""
    source = index.source_of(judged.doc)
    if judged.verdict.source == source:
        return judged.verdict
    return dataclasses.replace(judged.verdict, source=source)


# a place's every field but its document: what the copies of a text share (cheaper than a copy)
_place_but_doc = operator.attrgetter(*(f.name for f in dataclasses.fields(Located) if f.name != "doc"))


def _judging(claim: Claim, prepared, index: Index, thr: float) -> Callable[[Located], judge.Judged | None]:
    """:func:`quotecheck.judge.judge_location` for this claim, judging a place once for all the
    copies of a text (:meth:`quotecheck.index.Corpus.group_of`): a copy's verdict differs only
    in its source, which :func:`_sourced` puts right for the verdicts kept."""
    corpus = index.corpus
    done: dict[tuple, judge.Judged | None] = {}

    def judge_location(loc: Located) -> judge.Judged | None:
        key = (corpus.group_of(loc.doc), _place_but_doc(loc))
        if key not in done:
            done[key] = judge.judge_location(claim, prepared, loc, index, thr)
            return done[key]
        first = done[key]
        # the first copy's verdict: its source is put right if it is kept (_sourced)
        return None if first is None else judge.Judged(first.verdict, loc.doc, first.nstart, first.nend)

    return judge_location


def verify_all(
    claims: Iterable[Claim], index: Index, *, threshold: float | None = None, all_matches: bool = False
) -> list[Verdict]:
    """:func:`verify` for each claim, verdicts in claim order."""
    out: list[Verdict] = []
    for c in claims:
        out.extend(verify(c, index, threshold=threshold, all_matches=all_matches))
    return out
