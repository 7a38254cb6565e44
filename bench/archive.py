"""The archive at scale: `quotecheck index` and the --db queries over 1x, 10x and 100x the PolNeAR
training articles.

    python bench/archive.py [--data DIR] [--sizes 1,10,100] [--jobs N] [--claims N] [--runs N]

Per size, under a temporary directory that is removed afterwards: the 840 training texts
written N times under distinct paths (``cNNN/<doc_id>.txt``), then

* `quotecheck index` into a fresh archive with `--jobs 1` and with `--jobs` all cores (default:
  the cores this process may use): seconds and MB/s of text, and the speed-up;
* a second run over the same files with nothing changed: seconds, and its share of the first;
* the archive's size against the text's;
* `quotecheck quotes --db --speaker NAME --format tsv` for the most quoted speaker (the target's
  case: every copy of every quote of theirs, 76,300 rows at 100x) and for a speaker of median
  rank among those quoted five times or more per copy (a realistic query): whole process, rows
  printed;
* `quotecheck verify CLAIM --db` for one claim (a real quote with one word changed): whole
  process;
* `quotecheck verify --claims FILE --db` for --claims claims (default 1,000: real quotes
  unchanged and with 1-3 words changed, and invented sentences, as `bench/verify_speed.py`
  makes them): claims per second, whole process, start-up included, with `--jobs 1` and with
  `--jobs` all cores (the main process and processes forked from it), with the load average
  after the runs (another program's work on the cores shows in these figures).

The copies are identical texts: the archive stores each text once (and verify weighs, aligns
and judges it once for all its copies), so the 10x and 100x archives hold 840 distinct texts
under 8,400 and 84,000 paths.  Queries over as many *distinct* articles do more work than
these figures show.

Each timed query is run --runs times (default 3) and the median printed, with every run.
A measurement: it prints what it measured, every run, and exits 0 whatever the figures; 2 only
when the data is missing.  Nothing from the data is written anywhere but the temporary copies.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _polnear as pn
import verify_speed as vs
from scaling import parse_sizes



def quotecheck(*args: str, cwd: Path) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "quotecheck", *args], cwd=cwd, capture_output=True,
                          text=True, encoding="utf-8",
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    return time.perf_counter() - started, proc


def timed(args: list[str], cwd: Path, runs: int) -> tuple[float, list[float], subprocess.CompletedProcess]:
    times, proc = [], None
    for _ in range(runs):
        seconds, proc = quotecheck(*args, cwd=cwd)
        times.append(seconds)
    return statistics.median(times), times, proc


def write_copies(root: Path, articles: list[pn.Article], copies: int) -> int:
    total = 0
    for c in range(copies):
        folder = root / "news" / f"c{c:03d}"
        folder.mkdir(parents=True)
        for article in articles:
            data = article.text.encode("utf-8")
            (folder / f"{article.doc_id}.txt").write_bytes(data)
            total += len(data)
    return total


def index(root: Path, db: str, jobs: int) -> tuple[float, subprocess.CompletedProcess]:
    return quotecheck("index", "news", "--db", db, "--jobs", str(jobs), cwd=root)


def speakers_to_ask(root: Path, db: str) -> tuple[str, str]:
    """The most quoted speaker, and one of median rank among those quoted at least five times
    as often as the least quoted (five quotes or more in each copy)."""
    _, proc = quotecheck("speakers", "--db", db, "--format", "jsonl", cwd=root)
    rows = sorted((json.loads(line) for line in proc.stdout.splitlines()), key=lambda r: -r["quotes"])
    frequent = [r for r in rows if r["quotes"] >= 5 * (rows[-1]["quotes"] or 1)] or rows
    return rows[0]["speaker"], frequent[len(frequent) // 2]["speaker"]


def fmt_runs(times: list[float]) -> str:
    return ", ".join(f"{t:.3f}" for t in times)


def verdict(value: float, target: float, higher: bool) -> str:
    ok = value >= target if higher else value < target
    return "met" if ok else "NOT met"


def run_size(copies: int, articles, claims_file: Path, one_claim: str, jobs: int, runs: int) -> dict:
    with tempfile.TemporaryDirectory(prefix=f"qc-archive-{copies}x-") as tmp:
        root = Path(tmp)
        text_bytes = write_copies(root, articles, copies)
        mb = text_bytes / 1e6
        print(f"\n== {copies}x: {copies * len(articles):,} files, {mb:,.1f} MB of text")
        t1, p1 = index(root, "one.db", 1)
        print(f"index --jobs 1: {t1:.1f} s, {mb / t1:.2f} MB/s  [{p1.stderr.strip().splitlines()[-1]}]")
        os.remove(root / "one.db")
        for suffix in ("-wal", "-shm"):
            if (root / f"one.db{suffix}").exists():
                os.remove(root / f"one.db{suffix}")
        tn, pn_ = index(root, "news.db", jobs)
        print(f"index --jobs {jobs}: {tn:.1f} s, {mb / tn:.2f} MB/s, {t1 / tn:.2f}x one core  "
              f"[{pn_.stderr.strip().splitlines()[-1]}]")
        t2, p2 = index(root, "news.db", jobs)
        print(f"second run, nothing changed: {t2:.2f} s = {t2 / tn:.1%} of the first  "
              f"[{p2.stderr.strip().splitlines()[-1]}]")
        db_bytes = sum(os.path.getsize(root / f"news.db{s}") for s in ("", "-wal")
                       if (root / f"news.db{s}").exists())
        print(f"archive: {db_bytes / 1e6:,.1f} MB = {db_bytes / text_bytes:.2f}x the text")
        top, typical = speakers_to_ask(root, "news.db")
        for speaker in (top, typical):
            t, times, proc = timed(["quotes", "--db", "news.db", "--speaker", speaker, "--format", "tsv"],
                                   root, runs)
            print(f"quotes --speaker {speaker!r}: {t:.3f} s median ({fmt_runs(times)}), "
                  f"{len(proc.stdout.splitlines()) - 1:,} rows")
            if speaker == top:
                ts = t
        to, times, proc = timed(["verify", one_claim, "--db", "news.db", "--format", "tsv"], root, runs)
        print(f"verify one claim, whole process: {to:.3f} s median ({fmt_runs(times)}); "
              f"verdict {vs.tsv_verdict(proc.stdout)}")
        cps = {}
        for batch_jobs in sorted({1, jobs}):
            tb, times, proc = timed(["verify", "--claims", str(claims_file), "--db", "news.db",
                                     "--format", "tsv", "--jobs", str(batch_jobs)], root, runs)
            n = len(proc.stdout.splitlines()) - 1
            cps[batch_jobs] = n / tb
            print(f"verify {n:,} claims --jobs {batch_jobs}, whole process: {tb:.2f} s median "
                  f"({fmt_runs(times)}) = {n / tb:,.0f} claims/s; load average {os.getloadavg()[0]:.2f}")
        return {"copies": copies, "mb": mb, "t1": t1, "tn": tn, "t2": t2, "db_ratio": db_bytes / text_bytes,
                "speaker_s": ts, "one_s": to, "cps1": cps[1], "cps": cps[jobs]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=pn.DEFAULT_DATA)
    parser.add_argument("--sizes", type=parse_sizes, default=[1, 10, 100])
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    try:
        articles = pn.load_split(args.data, "train", with_quotes=False)
        _, quotes = vs.load(args.data)
    except pn.DataMissing as exc:
        pn.fail(str(exc))
    cases, _ = vs.make_cases(quotes, args.claims, args.seed)
    one_claim = next(c.text for c in cases if c.group == "changed-real")
    with tempfile.TemporaryDirectory(prefix="qc-claims-") as tmp:
        claims_file = Path(tmp) / "claims.jsonl"
        with claims_file.open("w", encoding="utf-8") as fh:
            for n, case in enumerate(cases):
                fh.write(json.dumps({"id": f"c{n}", "claim": case.text}) + "\n")
        print(f"{len(articles)} training articles; {len(cases):,} claims; --jobs {args.jobs} "
              f"on {os.cpu_count()} cores")
        results = [run_size(k, articles, claims_file, one_claim, args.jobs, args.runs) for k in args.sizes]
    print("\n| size | MB | index 1 core | index all | speed-up | 2nd run | archive/text | "
          "quotes --speaker | one claim | claims/s, 1 core | claims/s, all |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(f"| {r['copies']}x | {r['mb']:,.0f} | {r['t1']:.1f} s ({r['mb'] / r['t1']:.2f} MB/s) | "
              f"{r['tn']:.1f} s ({r['mb'] / r['tn']:.2f} MB/s) | {r['t1'] / r['tn']:.2f}x | "
              f"{r['t2']:.2f} s ({r['t2'] / r['tn']:.1%}) | {r['db_ratio']:.2f}x | "
              f"{r['speaker_s']:.3f} s | {r['one_s']:.3f} s | {r['cps1']:,.0f} | {r['cps']:,.0f} |")
    big = results[-1]
    print(f"\ntargets on the {big['copies']}x archive:")
    print(f"  one claim {big['one_s']:.3f} s < 0.5 s: {verdict(big['one_s'], 0.5, False)}")
    print(f"  batch {big['cps']:,.0f} claims/s (--jobs {args.jobs}) >= 1,000: {verdict(big['cps'], 1000, True)}")
    print(f"  quotes --speaker {big['speaker_s']:.3f} s < 0.5 s: {verdict(big['speaker_s'], 0.5, False)}")
    print(f"  all cores {big['t1'] / big['tn']:.2f}x one core >= 1.7x: "
          f"{verdict(big['t1'] / big['tn'], 1.7, True)}")
    print(f"  second run {big['t2'] / big['tn']:.1%} of the first < 5%: "
          f"{verdict(big['t2'] / big['tn'], 0.05, False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
