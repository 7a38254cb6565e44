"""Speaker accuracy over the project's own hand-annotated fixtures (``fixtures/*.gold.json``).

Each gold quote of kind ``speech`` is matched to the parser's record covering the same text (the
gold carries no offsets: a quote is looked for after the previous one, as ``tests/test_fixtures.py``
does).  A quote counts as:

- ``right``: the record's canonical ``speaker`` is the gold's (both null counts too);
- ``wrong``: the record names someone and the gold names someone else, or no one;
- ``none``: the gold names someone and the record names no one;
- ``lost``: no record covers the gold quote.

A wrong name is worse than none: ``wrong`` is the figure to keep low.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
# Fresh articles, each gold written before the parser ran on it, where some field still differs
# (not tested; reported by bench/accuracy.py).
HELD_OUT = Path(__file__).resolve().parent / "held_out"
GOLD_SUFFIX = ".gold.json"


@dataclass
class FixtureScore:
    name: str
    tally: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)


def _gold_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*" + GOLD_SUFFIX))


def score_fixture(gold_path: Path, parse_document, document_type) -> FixtureScore:
    name = gold_path.name[: -len(GOLD_SUFFIX)]
    text = gold_path.with_name(name + ".txt").read_text(encoding="utf-8")
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    records = parse_document(document_type(source=name, text=text, date=gold.get("date")))
    by_start = {r.start: r for r in records}
    score = FixtureScore(name)
    pos = 0
    for item in gold["quotes"]:
        start = text.find(item["quote"], pos)
        if start < 0:  # an inconsistent gold file: tests/test_fixtures.py says where
            score.tally["lost"] += 1
            continue
        pos = start + len(item["quote"])
        if item["kind"] != "speech":
            continue
        rec = by_start.get(start)
        want = item["speaker"]
        if rec is None:
            outcome, got = "lost", None
        else:
            got = rec.speaker
            outcome = "right" if got == want else "none" if got is None else "wrong"
        score.tally[outcome] += 1
        score.tally["speech"] += 1
        score.tally["named"] += want is not None
        if outcome != "right":
            quote = " ".join(item["quote"].split())
            score.misses.append(f"{outcome}: gold={want!r} got={got!r}: {quote[:70]}")
    return score


def report(parse_document, document_type, errors: int = 0, folder: Path = FIXTURES) -> Counter:
    """Print one line per fixture and the totals; returns the totals."""
    total: Counter = Counter()
    scores = [score_fixture(p, parse_document, document_type) for p in _gold_files(folder)]
    print(f"\nFixtures: {len(scores)} hand-annotated articles in {folder}")
    print(f"  {'fixture':28s} {'speech':>6s} {'right':>6s} {'wrong':>6s} {'none':>6s} {'lost':>6s}")
    for s in scores:
        t = s.tally
        total.update(t)
        print(f"  {s.name:28s} {t['speech']:6d} {t['right']:6d} {t['wrong']:6d} {t['none']:6d} "
              f"{t['lost']:6d}")
    n = total["speech"]
    share = (lambda k: total[k] / n if n else 0.0)
    print(f"  all: {n} speech quotes ({total['named']} with a gold speaker): speaker right "
          f"{share('right'):.4f}, wrong {share('wrong'):.4f} ({total['wrong']}), none "
          f"{share('none'):.4f} ({total['none']}), lost {total['lost']}")
    if errors:
        for s in scores:
            for line in s.misses[:errors]:
                print(f"  {s.name}: {line}")
    return total
