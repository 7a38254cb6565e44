"""Score the parser on PolNeAR as shared/eval/README.md ("How the project's accuracy is scored") says.

    python bench/accuracy.py [--data DIR] [--split dev|train] [--kinds speech|all] [--errors N]

Direct-quote recall, precision against gold spans of any type, F1, and speaker accuracy on the
found direct quotes whose gold speaker is not a pronoun. A measurement: exits 0 whatever the
scores; exits 2 only when the data (or the parser) is missing.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter

import _fixtures
import _polnear as pn

TARGET_F1 = 0.95
TARGET_SPEAKER = 0.93
TARGET_WRONG = 0.02  # at most this share of scored quotes may name someone other than the gold


def ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    pn.add_common_args(ap)
    ap.add_argument("--split", choices=("dev", "train"), default="dev", help="default: dev")
    ap.add_argument(
        "--kinds",
        choices=("speech", "all"),
        default="speech",
        help="score speech records only (what the tool lists by default) or all kinds",
    )
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print up to N misses, false positives and wrong speakers")
    args = ap.parse_args()

    articles = pn.load_split(args.data, args.split)
    parse = pn.load_parser(args.parser)

    t_total = time.perf_counter()
    parse_seconds = 0.0
    n_records = n_pieces = n_multi = 0
    failures: list[tuple[str, str]] = []
    found, missed, right, wrong = [], [], [], []
    texts: dict[str, str] = {}
    for art in articles:
        texts[art.doc_id] = art.text
        t0 = time.perf_counter()
        try:
            records = list(parse(art.doc_id, art.text))
        except Exception as exc:  # a crash on one article is part of the measurement
            records = []
            failures.append((art.doc_id, f"{type(exc).__name__}: {exc}"))
        parse_seconds += time.perf_counter() - t0
        if args.kinds == "speech":
            records = [r for r in records if r.kind == "speech"]
        pieces = pn.record_pieces(art.doc_id, art.text, records)
        n_records += len(records)
        n_pieces += len(pieces)
        n_multi += sum(n > 1 for n in Counter(id(p.record) for p in pieces).values())
        ds = pn.score_document(art, pieces)
        found += [(art.doc_id, g, p) for g, p in ds.found]
        missed += [(art.doc_id, g) for g in ds.missed]
        right += ds.right
        wrong += ds.wrong
    elapsed = time.perf_counter() - t_total

    n_gold = len(found) + len(missed)
    recall = ratio(len(found), n_gold)
    precision = ratio(len(right), n_pieces)
    f1 = ratio(2 * precision * recall, precision + recall) if precision + recall else 0.0

    # Speaker accuracy on found direct quotes with a non-pronoun gold speaker.
    n_pron = n_none = 0
    judged, ok, ok_alt, n_wrong, bad = 0, 0, 0, 0, []
    by_class: dict[str, list[int]] = {}  # gold class -> [judged, speaker right, either right]
    for doc_id, g, p in found:
        if not g.speaker:
            n_none += 1
            continue
        if pn.is_pronoun(g.speaker):
            n_pron += 1
            continue
        judged += 1
        speaker = getattr(p.record, "speaker", None)
        mention = getattr(p.record, "speaker_mention", None)
        hit = pn.speaker_matches(g.speaker, speaker)
        ok += hit
        # A wrong name: the gold names someone and the speaker is someone else.
        n_wrong += bool(speaker) and not hit and pn.speaker_class(g.speaker) == "name"
        hit_alt = hit or pn.speaker_matches(g.speaker, mention)
        ok_alt += hit_alt
        tally = by_class.setdefault(pn.speaker_class(g.speaker), [0, 0, 0])
        tally[0] += 1
        tally[1] += hit
        tally[2] += hit_alt
        if not hit:
            bad.append((doc_id, g, p, speaker, mention, hit_alt))
    spk = ratio(ok, judged)
    spk_alt = ratio(ok_alt, judged)

    scope = "speech records" if args.kinds == "speech" else "all records (speech and term)"
    print(f"PolNeAR {args.split}: {len(articles)} articles, {sum(len(t) for t in texts.values()):,} "
          f"code points ({args.data})")
    print(f"scored: {scope}; parser: {args.parser}")
    print(f"gold direct spans:      {n_gold}")
    print(f"extracted records:      {n_records} ({n_multi} span several paragraphs; every record "
          f"is split at paragraph breaks and each piece scored as its own span -> {n_pieces} pieces)")
    print(f"recall:                 {recall:.4f} ({len(found)}/{n_gold} gold direct spans overlapped "
          f">= half by one extracted piece)")
    print(f"precision:              {precision:.4f} ({len(right)}/{n_pieces} pieces >= half inside "
          f"one gold span of any type)")
    print(f"F1:                     {f1:.4f}")
    print(f"speaker accuracy:       {spk:.4f} (n={judged}: found direct quotes with a non-pronoun "
          f"gold speaker; skipped {n_pron} pronoun, {n_none} without speaker)")
    print(f"  with speaker_mention: {spk_alt:.4f} (extracted speaker OR speaker_mention matches)")
    for cls, (n, right, right_alt) in sorted(by_class.items()):
        what = ("the gold names someone" if cls == "name" else
                "the gold is a description (\"the campaign\"): a speaker resolved to a name cannot "
                "match it" if cls == "description" else f"gold class {cls}")
        print(f"  {cls + ':':20s}  {ratio(right, n):.4f} speaker, {ratio(right_alt, n):.4f} speaker "
              f"or mention (n={n}; {what})")
    print(f"wrong speaker:          {ratio(n_wrong, judged):.4f} ({n_wrong}/{judged} scored quotes "
          f"whose gold names someone else than the non-null speaker)")
    print(f"elapsed:                {elapsed:.2f} s total, {parse_seconds:.2f} s parsing")
    if failures:
        print(f"parser errors:          {len(failures)} articles raised "
              f"(first: {failures[0][0]}: {failures[0][1]})")
    print(f"target F1 >= {TARGET_F1}:              {'met' if f1 >= TARGET_F1 else 'NOT met'} "
          f"({f1:.4f})")
    print(f"target speaker accuracy >= {TARGET_SPEAKER}: "
          f"{'met' if spk >= TARGET_SPEAKER else 'NOT met'} on the canonical speaker ({spk:.4f}); "
          f"{'met' if spk_alt >= TARGET_SPEAKER else 'NOT met'} counting speaker_mention, the "
          f"words as written, which is what the gold records ({spk_alt:.4f})")
    print(f"target wrong speaker <= {TARGET_WRONG}: "
          f"{'met' if ratio(n_wrong, judged) <= TARGET_WRONG else 'NOT met'} "
          f"({ratio(n_wrong, judged):.4f})")

    fixtures = _fixtures.report(parse.func, parse.document_type, args.errors)
    wrong_share = ratio(fixtures["wrong"], fixtures["speech"])
    print(f"target wrong speaker <= {TARGET_WRONG} on the fixtures: "
          f"{'met' if wrong_share <= TARGET_WRONG else 'NOT met'} ({wrong_share:.4f})")
    if _fixtures.HELD_OUT.is_dir():
        # Fresh articles written by sessions that never ran the parser, where some field still
        # differs from the gold: the speaker column on them, a check that rules made since do
        # not name more people wrongly (no longer unseen: rules were made on some of them).
        held = _fixtures.report(parse.func, parse.document_type, args.errors, folder=_fixtures.HELD_OUT)
        print(f"held-out fresh articles: wrong speaker {ratio(held['wrong'], held['speech']):.4f} "
              f"({held['wrong']} of {held['speech']} speech quotes), right "
              f"{ratio(held['right'], held['speech']):.4f}")

    if args.errors > 0:
        n = args.errors
        print(f"\n-- misses (gold direct spans not found): {len(missed)}, showing {min(n, len(missed))}")
        for doc_id, g in missed[:n]:
            print(f"  {doc_id} [{g.start}:{g.end}] speaker={g.speaker!r}: "
                  f"{pn.excerpt(texts[doc_id], g.start, g.end)}")
        print(f"-- false positives (pieces outside gold spans): {len(wrong)}, "
              f"showing {min(n, len(wrong))}")
        for p in wrong[:n]:
            print(f"  {p.doc_id} [{p.start}:{p.end}] kind={getattr(p.record, 'kind', None)} "
                  f"speaker={getattr(p.record, 'speaker', None)!r}: "
                  f"{pn.excerpt(texts[p.doc_id], p.start, p.end)}")
        print(f"-- wrong speakers: {len(bad)}, showing {min(n, len(bad))}")
        for doc_id, g, p, speaker, mention, hit_alt in bad[:n]:
            alt = " (mention matches)" if hit_alt else ""
            print(f"  {doc_id} [{g.start}:{g.end}] gold={g.speaker!r} got speaker={speaker!r} "
                  f"mention={mention!r}{alt}: {pn.excerpt(texts[doc_id], g.start, g.end, 60)}")
        if failures:
            print(f"-- parser errors: {len(failures)}, showing {min(n, len(failures))}")
            for doc_id, msg in failures[:n]:
                print(f"  {doc_id}: {msg}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
