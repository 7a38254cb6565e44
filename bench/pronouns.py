"""How well pronouns are resolved, measured on real news: PolNeAR with names turned into pronouns.

    python bench/pronouns.py [--data DIR] [--split train|dev] [--errors N]

PolNeAR's gold speaker of a quote attributed by a pronoun is the pronoun itself ("he"), so the
data cannot say whom "he" means.  This benchmark makes cases whose answer is known: wherever a
quote is attributed by a name right after it (`"…," Smith said`), the parser credited it to a
person of known gender, and the text named that person before, the name is replaced by the
matching pronoun (`"…," he said`) and the article parsed again.  The quote should still be
credited to the same person.  Reported: right, wrong (someone else), none; by how far back the
person was last named.  The cases are the parser's own name attributions, which are right about
96% of the time on PolNeAR (bench/accuracy.py), so a few cases carry a wrong answer.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter

import _polnear as pn

from quotecheck import firstnames

PRONOUN = {"m": "he", "f": "she"}


def cases(text: str, records) -> list[tuple[int, int, str, str]]:
    """(quote start, mention start, mention, speaker) for each quote attributed by a name that
    directly follows it and names a person of known gender who was named before."""
    out = []
    for r in records:
        if r.kind != "speech" or r.via != "name" or not r.speaker or not r.speaker_mention:
            continue
        gender = firstnames.gender(r.speaker.split()[0]) if " " in r.speaker else ""
        if not gender:
            continue
        m = re.compile(r"[\s,]*" + re.escape(r.speaker_mention) + r"\s+" + re.escape(r.cue or "said")
                       + r"\b").match(text, r.end)
        if not m:
            continue
        at = text.index(r.speaker_mention, r.end, m.end())
        last = r.speaker.split()[-1]
        if text.rfind(last, 0, r.start) < 0:
            continue  # first named here: no pronoun could stand for them
        out.append((r.start, at, r.speaker_mention, r.speaker))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    pn.add_common_args(ap)
    ap.add_argument("--split", choices=("dev", "train"), default="train", help="default: train")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print up to N misses")
    args = ap.parse_args()
    articles = pn.load_split(args.data, args.split, with_quotes=False)
    parse = pn.load_parser(args.parser)
    tally: Counter = Counter()
    by_distance: dict[str, Counter] = {}
    misses = []
    t0 = time.perf_counter()
    for art in articles:
        for start, at, mention, speaker in cases(art.text, parse(art.doc_id, art.text)):
            gender = firstnames.gender(speaker.split()[0])
            text = art.text[:at] + PRONOUN[gender] + art.text[at + len(mention):]
            got = next((r for r in parse(art.doc_id, text) if r.start == start), None)
            found = got.speaker if got else None
            outcome = "right" if found == speaker else "none" if found is None else "wrong"
            tally[outcome] += 1
            back = art.text.rfind(speaker.split()[-1], 0, start)
            gap = start - back
            band = "< 300" if gap < 300 else "300-1000" if gap < 1000 else ">= 1000"
            by_distance.setdefault(band, Counter())[outcome] += 1
            if outcome != "right":
                misses.append((art.doc_id, speaker, found, " ".join(text[max(0, at - 300):at + 20].split())))
    n = sum(tally.values())
    share = (lambda k, t=tally, m=n: t[k] / m if m else 0.0)
    print(f"PolNeAR {args.split}: {len(articles)} articles; {n} quotes attributed by a name, the "
          f"name replaced by a pronoun ({time.perf_counter() - t0:.1f} s)")
    print(f"pronoun resolved to the same person: {share('right'):.4f} ({tally['right']}); "
          f"someone else: {share('wrong'):.4f} ({tally['wrong']}); no one: {share('none'):.4f} "
          f"({tally['none']})")
    for band in ("< 300", "300-1000", ">= 1000"):
        t = by_distance.get(band, Counter())
        m = sum(t.values())
        if m:
            print(f"  person last named {band:>8s} characters before: {t['right'] / m:.4f} right, "
                  f"{t['wrong'] / m:.4f} wrong (n={m})")
    for doc_id, speaker, found, context in misses[: args.errors]:
        print(f"  {doc_id}: want {speaker!r} got {found!r}: ...{context}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
