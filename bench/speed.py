"""Parsing throughput on the PolNeAR training texts, next to a plain regex pass as a yardstick.

    python bench/speed.py [--data DIR] [--repeat N]

Loads every text of polnear-train.jsonl first, then times only the parsing (one process, all
documents, best of N runs), and in the same run one `regex` pass over the same texts looking for
quote marks, and a fixed pure-Python loop as a measure of the machine. MB are 10**6 bytes of UTF-8. The parser's caches are emptied before every run, so
no run profits from having read the same texts before.
"""

from __future__ import annotations

import argparse
import statistics
import time

import regex

import _polnear as pn

TARGET_MBPS = 5.0
QUOTE_MARKS = regex.compile(r"[\"“”„«»‹›‘’']")


def time_parse(parse, docs) -> tuple[float, int, int]:
    """Seconds for parsing every document once, records returned, documents that raised."""
    n_records = n_failed = 0
    pn.clear_caches()  # each run starts cold, as a first run over new texts would
    t0 = time.perf_counter()
    for doc_id, text in docs:
        try:
            n_records += len(parse(doc_id, text))
        except Exception:
            n_failed += 1
    return time.perf_counter() - t0, n_records, n_failed


def time_reference(repeat: int) -> float:
    """Seconds, best of ``repeat``, for a fixed pure-Python loop (ten million additions): how fast
    this machine runs Python today, so that figures from different machines (or one machine
    shared with others) can be compared."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        total = 0
        for i in range(10_000_000):
            total += i
        best = min(best, time.perf_counter() - t0)
    return best


def time_regex(texts) -> tuple[float, int]:
    n = 0
    t0 = time.perf_counter()
    for text in texts:
        for _ in QUOTE_MARKS.finditer(text):
            n += 1
    return time.perf_counter() - t0, n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    pn.add_common_args(ap)
    ap.add_argument("--repeat", type=int, default=3, metavar="N",
                    help="time N runs of each and keep the fastest (default: 3)")
    args = ap.parse_args()
    repeat = max(1, args.repeat)

    articles = pn.load_split(args.data, "train", with_quotes=False)
    parse = pn.load_parser(args.parser)
    docs = [(a.doc_id, a.text) for a in articles]
    texts = [a.text for a in articles]
    n_bytes = pn.utf8_bytes(texts)
    mb = n_bytes / pn.MB

    parse_runs, regex_runs = [], []
    n_records = n_failed = n_marks = 0
    for _ in range(repeat):
        seconds, n_records, n_failed = time_parse(parse, docs)
        parse_runs.append(seconds)
        seconds, n_marks = time_regex(texts)
        regex_runs.append(seconds)
    best, best_rx = min(parse_runs), min(regex_runs)
    mbps = mb / best if best else float("inf")

    print(f"PolNeAR train: {len(docs)} documents, {mb:.2f} MB UTF-8 ({sum(map(len, texts)):,} "
          f"code points), parser: {args.parser}")
    print(f"parse:        {best:.3f} s best of {repeat} (median {statistics.median(parse_runs):.3f} s, "
          f"runs: {', '.join(f'{s:.3f}' for s in parse_runs)})")
    print(f"throughput:   {mbps:.2f} MB/s ({n_records} records)")
    if n_failed:
        print(f"parser errors: {n_failed} documents raised (timed anyway)")
    print(f"regex pass:   {best_rx:.4f} s best of {repeat} ({mb / best_rx:.1f} MB/s, "
          f"{n_marks} quote marks, pattern {QUOTE_MARKS.pattern})")
    print(f"parse / regex pass: {best / best_rx:.1f}x")
    print(f"machine:      a pure-Python loop of ten million additions takes {time_reference(repeat):.3f} s "
          f"(best of {repeat}; slower machines take longer, and parse slower by about as much)")
    met = mbps >= TARGET_MBPS and not n_failed
    why = f", {n_failed} documents raised" if n_failed else ""
    print(f"target >= {TARGET_MBPS:g} MB/s: {'met' if met else 'NOT met'} ({mbps:.2f} MB/s{why})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
