"""Speed and accuracy of `quotecheck verify` on the PolNeAR training texts.

    python bench/verify_speed.py [--data DIR] [--claims N] [--seed N] [--repeat N] [--runs N]

One process: parse all 840 articles (timed on its own), build one verify Index over them (timed
on its own), then verify N claims (default 1,000) against it (timed on its own); the index build
and the verify pass are each run --repeat times (default 3) and the fastest counts. The claims:

* invented (half): 8-20 word sentences made from the hand-written word lists below with a
  seeded RNG, never from the data; the right verdict is `not-found`;
* changed-real (the rest, less the unchanged share): the inner text (no outer marks) of a gold
  `direct` quote of at least 8 words, whitespace collapsed, with 1-3 words each replaced by a
  different word from a fixed list; right is `fuzzy` overlapping the quote's gold span, or a
  gold direct span with the same words in another article, or a verbatim copy of the unchanged
  words that the gold does not mark (the same quote twice in one article, or republished);
* unchanged-real (10% of the real half): the same, with no word changed; right is `exact`.

Claims carry no speaker or date. Also times one whole `python -m quotecheck verify` process on
fixtures/baikonur.txt (median of --runs runs). A measurement: exits 0 whatever the numbers;
exits 2 only when the data (or the parser) is missing. Nothing from the data is written
anywhere; wrong verdicts are printed, truncated, and not kept.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field

import _polnear as pn

TARGET_CPS = 500.0  # claims per second after indexing
TARGET_INDEX_S = 2.0
TARGET_ACCURACY = 0.99
TARGET_PROCESS_S = 0.5
UNCHANGED_SHARE = 0.10  # of the real-quote claims
MIN_WORDS = 8

SINGLE_CLAIM = "Russia is a great space power"  # one word changed from the fixture's quote
SINGLE_SOURCE = "fixtures/baikonur.txt"

# Replacement words for the changed-real claims: ordinary English words, none from the data.
REPLACEMENTS = (
    "apple banana basket bicycle blanket bottle bridge candle carpet castle cheese cloud "
    "copper cotton desert dolphin donkey feather garden glacier hammer harbour helmet island "
    "jacket kettle ladder lantern lemon marble meadow mirror needle orchard oyster pebble "
    "pencil pepper pillow planet puzzle rabbit ribbon saddle sailor shadow silver spider "
    "squirrel teapot thunder tiger tomato tunnel turtle umbrella valley velvet violin walnut "
    "whistle window yellow purple orange gentle quietly slowly bravely softly sleepy dusty "
    "wooden frozen hollow"
).split()

# Word lists for the invented claims.
_DET = "the a every our their this that one no some".split()
_ADJ = ("quiet green ancient tired local brave narrow hidden honest careful bright huge tiny "
        "patient noisy distant modern rural foreign fiscal").split()
_NOUN = ("farmer lighthouse budget harbour committee teacher voter engine village river "
         "senator market bakery orchestra council tunnel border library campaign tractor "
         "festival miner glacier pharmacy referendum").split()
_NOUNS = ("farmers lighthouses budgets voters engines villages rivers markets teachers "
          "councils miners taxes ferries bridges families reporters").split()
_VERB = ("welcomed rejected painted repaired ignored praised delayed questioned visited "
         "funded measured borrowed carried opened closed signed").split()
_ADV = "quietly slowly openly rarely gladly finally again twice yesterday".split()
_PREP = "near beside behind under across beyond without after before during".split()
_CONJ = "because although while unless since".split()
_SAY = ("we will never accept that", "I think", "nobody expected that", "it is clear that",
        "frankly", "to be honest")


def invented_sentence(rng: random.Random) -> str:
    """An 8-20 word sentence from the word lists (grammatical enough, never from the data)."""
    target = rng.randint(MIN_WORDS, 20)
    while True:
        parts: list[str] = []
        if rng.random() < 0.3:
            parts.append(rng.choice(_SAY))
        parts += [rng.choice(_DET), rng.choice(_ADJ), rng.choice(_NOUN), rng.choice(_VERB),
                  rng.choice(_DET), rng.choice(_NOUN)]
        while len(" ".join(parts).split()) < target:
            r = rng.random()
            if r < 0.45:
                parts += [rng.choice(_PREP), rng.choice(_DET), rng.choice(_ADJ), rng.choice(_NOUN)]
            elif r < 0.6:
                parts.append(rng.choice(_ADV))
            else:
                parts += [rng.choice(_CONJ), "the", rng.choice(_NOUNS), rng.choice(_VERB),
                          rng.choice(_DET), rng.choice(_NOUN)]
        ws = " ".join(parts).split()
        if MIN_WORDS <= len(ws) <= 20:
            ws[0] = ws[0][:1].upper() + ws[0][1:]
            return " ".join(ws) + rng.choice(".....?!")


# --------------------------------------------------------------------------- data


@dataclass
class DirectQuote:
    doc: int  # index into the article list
    inner_start: int
    inner_end: int
    text: str  # inner text, whitespace collapsed


def load(data_dir) -> tuple[list[tuple[str, str]], list[DirectQuote]]:
    """(doc_id, text) per article, and every gold direct quote with its inner span."""
    try:
        path = pn.split_path(data_dir, "train")
        docs: list[tuple[str, str]] = []
        quotes: list[DirectQuote] = []
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                text = rec["text"]
                seen = set()
                for q in rec.get("quotes", ()):
                    if q["type"] != "direct":
                        continue
                    s, e = q.get("inner_start", q["start"]), q.get("inner_end", q["end"])
                    if (s, e) in seen or e <= s:
                        continue
                    seen.add((s, e))
                    quotes.append(DirectQuote(len(docs), s, e, " ".join(text[s:e].split())))
                docs.append((rec["doc_id"], text))
    except pn.DataMissing as exc:
        pn.fail(str(exc))
    except (OSError, ValueError, KeyError) as exc:
        pn.fail(f"cannot read PolNeAR train split under {data_dir}: {exc}")
    return docs, quotes


def text_key(s: str) -> str:
    return " ".join(s.replace("’", "'").replace("‘", "'").casefold().split())


# --------------------------------------------------------------------------- claims

_TOKEN = re.compile(r"(\W*)([A-Za-z]+)(\W*)")


@dataclass
class Case:
    group: str  # changed-real, unchanged-real, invented
    text: str
    original: str  # the gold quote's inner text before any change ("" for invented)
    expect: str  # exact, fuzzy, not-found
    places: list[DirectQuote] = field(default_factory=list)  # where the right verdict may point
    changes: list[str] = field(default_factory=list)
    n_words: int = 0


def change_words(text: str, n: int, rng: random.Random) -> tuple[str, list[str]] | None:
    tokens = text.split(" ")
    slots = [i for i, t in enumerate(tokens) if _TOKEN.fullmatch(t)]
    if len(slots) < n:
        return None
    changes = []
    for i in sorted(rng.sample(slots, n)):
        pre, word, post = _TOKEN.fullmatch(tokens[i]).groups()  # type: ignore[union-attr]
        new = rng.choice([w for w in REPLACEMENTS if w != word.lower()])
        if word[:1].isupper():
            new = new[:1].upper() + new[1:]
        tokens[i] = pre + new + post
        changes.append(f"{word} -> {new}")
    return " ".join(tokens), changes


def make_cases(quotes: list[DirectQuote], n_claims: int, seed: int) -> tuple[list[Case], int]:
    """The claims, shuffled; and how many distinct eligible gold quotes there were."""
    same_text: dict[str, list[DirectQuote]] = {}
    for q in quotes:
        same_text.setdefault(text_key(q.text), []).append(q)
    eligible, seen = [], set()
    for q in quotes:
        key = text_key(q.text)
        if len(q.text.split()) >= MIN_WORDS and key not in seen:
            seen.add(key)
            eligible.append(q)

    rng = random.Random(f"verify-speed-{seed}")
    n_invented = n_claims // 2
    n_real = n_claims - n_invented
    n_unchanged = round(n_real * UNCHANGED_SHARE)
    pool = list(eligible)
    rng.shuffle(pool)
    cases: list[Case] = []
    for q in pool:
        if len(cases) >= n_real:
            break
        places = same_text[text_key(q.text)]
        if len(cases) < n_unchanged:
            cases.append(Case("unchanged-real", q.text, q.text, "exact", places, [],
                              len(q.text.split())))
            continue
        changed = change_words(q.text, rng.randint(1, 3), rng)
        if changed is None:
            continue
        cases.append(Case("changed-real", changed[0], q.text, "fuzzy", places, changed[1],
                          len(q.text.split())))
    if len(cases) < n_real:
        print(f"note: only {len(cases)} real-quote claims available (asked for {n_real})")
    for _ in range(n_invented):
        s = invented_sentence(rng)
        cases.append(Case("invented", s, "", "not-found", n_words=len(s.split())))
    rng.shuffle(cases)
    return cases, len(eligible)


# --------------------------------------------------------------------------- judging


def located(case: Case, v, doc_ids: list[str], text_of: dict[str, str]) -> str | None:
    """Where a verdict points: "gold" (overlapping the claim's gold span, or a gold direct span
    with the same words), "copy" (over a verbatim copy of the original quote's words, in its own
    or another article, that the gold does not mark as a direct quote), or None."""
    if v.source is None or v.start is None:
        return None
    if any(doc_ids[p.doc] == v.source and pn.overlap((v.start, v.end), (p.inner_start, p.inner_end)) > 0
           for p in case.places):
        return "gold"
    words = re.findall(r"\w+", case.original)
    text = text_of.get(v.source)
    if not words or text is None:
        return None
    pat = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)", re.I)
    reach = 2 * len(case.original) + 40
    for m in pat.finditer(text, max(0, v.start - reach), min(len(text), v.end + reach)):
        if pn.overlap((v.start, v.end), m.span()) > 0:
            return "copy"
    return None


def covered(case: Case, records: list[list]) -> bool:
    """A parsed quote record overlaps at least half of the claim's gold span."""
    p = case.places[0]
    need = (p.inner_end - p.inner_start) / 2
    span = (p.inner_start, p.inner_end)
    return any(pn.overlap((r.start, r.end), span) >= need for r in records[p.doc])


def short(s: str | None, width: int = 80) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= width else s[: width - 3] + "..."


# --------------------------------------------------------------------------- single process


def single_process(runs: int) -> tuple[list[float], int, str]:
    cmd = [sys.executable, "-m", "quotecheck", "verify", SINGLE_CLAIM, SINGLE_SOURCE, "--format", "tsv"]
    times, rc, out = [], 0, ""
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=pn.REPO, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        rc, out = proc.returncode, proc.stdout or proc.stderr
    return times, rc, out


def tsv_verdict(out: str) -> str:
    lines = [l for l in out.splitlines() if l.strip()]
    if len(lines) >= 2 and "verdict" in lines[0].split("\t"):
        head = lines[0].split("\t")
        row = dict(zip(head, lines[1].split("\t")))
        return f"{row.get('verdict')} score {row.get('score')}"
    return short(lines[-1] if lines else "(no output)", 60)


# --------------------------------------------------------------------------- main


def share(ok: int, n: int) -> str:
    return f"{ok / n:.1%} of {n}" if n else "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    pn.add_common_args(ap)
    ap.add_argument("--claims", type=int, default=1000, metavar="N",
                    help="claims to verify (default: 1000)")
    ap.add_argument("--seed", type=int, default=1,
                    help="seed for choosing and changing claims (default: 1)")
    ap.add_argument("--repeat", type=int, default=3, metavar="N",
                    help="build the index and verify the claims N times, keep the fastest "
                         "(default: 3)")
    ap.add_argument("--runs", type=int, default=5, metavar="N",
                    help="runs of the single-claim process, median reported (default: 5)")
    args = ap.parse_args()

    docs, gold = load(args.data)
    parse = pn.load_parser(args.parser)
    try:
        from quotecheck import judge
        from quotecheck.verify import VERDICTS, Claim, Index, verify
    except ImportError as exc:
        pn.fail(f"quotecheck.verify not available: {exc}")
    Document = parse.document_type  # type: ignore[attr-defined]
    doc_ids = [d for d, _ in docs]
    text_of = dict(docs)
    mb = pn.utf8_bytes(t for _, t in docs) / pn.MB

    # 1. parse every article
    documents, records, parse_failed = [], [], 0
    t0 = time.perf_counter()
    for doc_id, text in docs:
        doc = Document(source=doc_id, text=text, date=None)
        try:
            recs = list(parse.func(doc))  # type: ignore[attr-defined]
        except Exception:  # a crash on one article is part of the measurement
            recs, parse_failed = [], parse_failed + 1
        documents.append(doc)
        records.append(recs)
    parse_s = time.perf_counter() - t0

    # 2. the index alone (best of --repeat builds)
    repeat = max(1, args.repeat)
    index_runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        index = Index.build(zip(documents, records))
        index_runs.append(time.perf_counter() - t0)
    index_s = min(index_runs)

    # 3. the claims (made before the clock starts), then verifying them (best of --repeat
    # passes; the verdicts are the first pass's, the latencies the fastest pass's)
    cases, n_eligible = make_cases(gold, max(0, args.claims), args.seed)
    claims = [Claim(c.text) for c in cases]
    verdicts: list = []
    errors: list[str] = []
    verify_runs: list[float] = []
    lat: list[float] = []
    for run in range(repeat):
        run_lat = []
        t_all = time.perf_counter()
        for claim in claims:
            t0 = time.perf_counter()
            try:
                v = verify(claim, index)[0]
            except Exception as exc:  # a crash is a wrong verdict, and part of the measurement
                v = None
                if not run:
                    errors.append(f"{type(exc).__name__}: {exc}")
            run_lat.append(time.perf_counter() - t0)
            if not run:
                verdicts.append(v)
        verify_runs.append(time.perf_counter() - t_all)
        if verify_runs[-1] == min(verify_runs):
            lat = run_lat
    verify_s = min(verify_runs)
    cps = len(claims) / verify_s if verify_s else float("inf")

    # 4. scoring, outside the clock
    where = [located(c, v, doc_ids, text_of) if v is not None and c.expect != "not-found" else None
             for c, v in zip(cases, verdicts)]
    right = [v is not None and v.verdict == c.expect and (c.expect == "not-found" or w is not None)
             for c, v, w in zip(cases, verdicts, where)]
    n_right = sum(right)
    accuracy = n_right / len(cases) if cases else 0.0
    real = [i for i, c in enumerate(cases) if c.group != "invented"]
    uncovered = {i for i in real if not covered(cases[i], records)}

    print(f"PolNeAR train: {len(docs)} articles, {mb:.2f} MB UTF-8, "
          f"{sum(map(len, records))} quote records (parser: {args.parser})")
    print(f"parse:   {parse_s:.3f} s" + (f" ({parse_failed} articles raised)" if parse_failed else ""))
    print(f"index:   {index_s:.3f} s (Index.build alone; best of {repeat}, "
          f"median {statistics.median(index_runs):.3f} s)")
    lat_ms = sorted(x * 1000 for x in lat) or [0.0]
    print(f"verify:  {len(claims)} claims in {verify_s:.3f} s = {cps:.0f} claims/s (best of {repeat}, "
          f"median {statistics.median(verify_runs):.3f} s; per claim: median {statistics.median(lat_ms):.2f} ms, "
          f"p95 {lat_ms[int(0.95 * (len(lat_ms) - 1))]:.2f} ms, max {lat_ms[-1]:.1f} ms)")
    print(f"claims:  seed {args.seed}; real quotes from {n_eligible} distinct gold direct quotes of "
          f">= {MIN_WORDS} words; {UNCHANGED_SHARE:.0%} of the real ones left unchanged "
          f"(expect exact); no speaker or date given")
    print(f"accuracy: {accuracy:.1%} ({n_right}/{len(cases)})")
    for group in ("changed-real", "unchanged-real", "invented"):
        idx = [i for i, c in enumerate(cases) if c.group == group]
        if not idx:
            continue
        counts = Counter(verdicts[i].verdict if verdicts[i] else "error" for i in idx)
        ok = sum(right[i] for i in idx)
        expect = cases[idx[0]].expect
        parts = ", ".join(f"{k} {counts[k]}" for k in (*VERDICTS, "error") if counts[k])
        misplaced = sum(1 for i in idx if verdicts[i] and verdicts[i].verdict == expect and not right[i])
        n_copy = sum(1 for i in idx if right[i] and where[i] == "copy")
        more = f"; {misplaced} {expect} at the wrong place" if misplaced else ""
        if n_copy:
            more += f"; {n_copy} right on a verbatim copy the gold does not mark"
        print(f"  {group:15s} {ok / len(idx):6.1%} ({ok}/{len(idx)}, expect {expect}): {parts}{more}")

    changed = [i for i, c in enumerate(cases) if c.group == "changed-real"]
    if changed:
        by_n = [f"{n} word{'s' if n > 1 else ''} " + share(sum(right[i] for i in sel), len(sel))
                for n in (1, 2, 3) if (sel := [i for i in changed if len(cases[i].changes) == n])]
        by_len = [f"{label} words " + share(sum(right[i] for i in sel), len(sel))
                  for label, lo, hi in (("8-12", 8, 12), ("13-20", 13, 20), ("21+", 21, 10**9))
                  if (sel := [i for i in changed if lo <= cases[i].n_words <= hi])]
        print(f"  changed-real by words changed: {'; '.join(by_n)}")
        print(f"  changed-real by quote length:  {'; '.join(by_len)}")
        # A changed quote found nowhere: below the threshold even in its own article, or the
        # search over all articles never aligned the right one (checked on that article alone).
        lost = [i for i in changed if verdicts[i] is not None and verdicts[i].verdict == "not-found"]
        if lost:
            missed = 0
            for i in lost:
                d = cases[i].places[0].doc
                alone = verify(claims[i], Index.build([(documents[d], records[d])]))[0]
                missed += alone.verdict != "not-found"
            thr = sorted({judge.threshold_for(cases[i].n_words) for i in lost})
            print(f"  changed-real not-found: {len(lost) - missed} score below the threshold "
                  f"({thr[0]:g}-{thr[-1]:g}) even against their own article alone; {missed} reach it "
                  f"there (the search over all articles did not get to the right one)")
    scores = sorted(verdicts[i].score for i, c in enumerate(cases)
                    if c.group == "invented" and verdicts[i])
    if scores:
        print(f"  invented: closest scores median {statistics.median(scores):.1f}, "
              f"max {scores[-1]:.1f} (thresholds "
              f"{judge.threshold_for(20):g}-{judge.threshold_for(MIN_WORDS):g})")
    if real:
        cov = [i for i in real if i not in uncovered]
        print(f"  parser: {len(uncovered)} of {len(real)} real claims' gold spans have no parsed quote "
              f"record over half of them ({sum(right[i] for i in uncovered)} of those right); "
              f"real claims with a record: {share(sum(right[i] for i in cov), len(cov))} right")
    if errors:
        print(f"  verify raised on {len(errors)} claims, e.g. {short(errors[0], 100)}")

    # up to 5 wrong verdicts, taking the groups in turn; printed only
    queues: dict[str, list[int]] = {}
    for i, ok in enumerate(right):
        if not ok:
            queues.setdefault(cases[i].group, []).append(i)
    examples: list[int] = []
    while len(examples) < 5 and any(queues.values()):
        for q in queues.values():
            if q and len(examples) < 5:
                examples.append(q.pop(0))
    if examples:
        print("wrong verdicts (examples):")
    for i in examples:
        c, v = cases[i], verdicts[i]
        got = "error"
        if v is not None:
            got = f"{v.verdict} {v.score:g}"
            if v.source is not None and c.places:
                own = v.source == doc_ids[c.places[0].doc]
                got += " in its article" if own else " in another article"
                if own and where[i] is None:
                    got += ", not overlapping the gold span"
        extra = f"; changed: {', '.join(c.changes)}" if c.changes else ""
        if i in uncovered:
            extra += "; gold span not covered by a parsed record"
        print(f"  [{c.group}] {short(c.text)!r}")
        print(f"      expect {c.expect}, got {got}{extra}")
        if v is not None and v.notes:
            print(f"      notes: {short('; '.join(v.notes))}")

    runs = max(1, args.runs)
    times, rc, out = single_process(runs)
    med = statistics.median(times)
    print(f"single process: `python -m quotecheck verify {SINGLE_CLAIM!r} {SINGLE_SOURCE} "
          f"--format tsv`: median {med:.3f} s of {runs} (runs: {', '.join(f'{t:.3f}' for t in times)}); "
          f"exit {rc}, {tsv_verdict(out)}")

    def target(label: str, met: bool, got: str) -> None:
        print(f"target {label}: {'met' if met else 'NOT met'} ({got})")

    target(f">= {TARGET_CPS:g} claims/s", cps >= TARGET_CPS, f"{cps:.0f} claims/s")
    target(f"index < {TARGET_INDEX_S:g} s", index_s < TARGET_INDEX_S, f"{index_s:.3f} s")
    target(f"accuracy >= {TARGET_ACCURACY:.0%}", accuracy >= TARGET_ACCURACY, f"{accuracy:.1%}")
    target(f"single process < {TARGET_PROCESS_S:g} s", med < TARGET_PROCESS_S, f"median {med:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
