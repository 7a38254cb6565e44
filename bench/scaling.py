"""How parse time and memory scale with the amount of text: 1, 10, 100 copies of PolNeAR train.

    python bench/scaling.py [--data DIR] [--sizes 1,10,100]

One process. The training texts are loaded once; each size parses that many passes over the
documents, one document at a time (nothing concatenated, no copies held: each document is handed
to the parser as a fresh string and its records are dropped right away), timing only the parse
calls. Memory is the growth of the process's peak RSS (resource.getrusage ru_maxrss) over the
baseline taken after loading and a warm-up, so the timings run without tracing; tracemalloc is
used only afterwards, for the peak of parsing the largest file alone. MB are 10**6 bytes of UTF-8.
The parser's caches (bounded; names recur across news) are emptied before every pass, untimed,
so that later passes do not profit from having read the same texts before.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc

import _polnear as pn

TARGET_THROUGHPUT_KEPT = 0.80  # MB/s at the largest size >= 80% of MB/s at the smallest
MEMORY_SLACK = 5 * pn.MB  # allocator noise allowed on top of the largest file's own peak


def maxrss_bytes() -> int:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024  # Linux reports KiB


def parse_sizes(value: str) -> list[int]:
    try:
        sizes = sorted({int(v) for v in value.split(",") if v.strip()})
    except ValueError:
        raise argparse.ArgumentTypeError("sizes must be comma-separated integers, e.g. 1,10,100")
    if not sizes or sizes[0] < 1:
        raise argparse.ArgumentTypeError("sizes must be positive integers")
    return sizes


def run(parse, docs, copies: int) -> tuple[float, int]:
    """Seconds spent in the parser over ``copies`` passes, and documents that raised."""
    seconds, failed = 0.0, 0
    for copy in range(copies):
        pn.clear_caches()  # every pass reads the texts as new ones: repeats must not flatter it
        for doc_id, text in docs:
            fresh = text.encode("utf-8").decode("utf-8")  # a new string, as if read from a file
            source = f"{doc_id}#{copy}"
            t0 = time.perf_counter()
            try:
                records = parse(source, fresh)
            except Exception:
                records = None
                failed += 1
            seconds += time.perf_counter() - t0
            del records, fresh
    return seconds, failed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    pn.add_common_args(ap)
    ap.add_argument("--sizes", type=parse_sizes, default=[1, 10, 100], metavar="N,N,...",
                    help="numbers of copies of the training texts (default: 1,10,100)")
    args = ap.parse_args()

    articles = pn.load_split(args.data, "train", with_quotes=False)
    parse = pn.load_parser(args.parser)
    docs = [(a.doc_id, a.text) for a in articles]
    del articles
    mb_one = pn.utf8_bytes(t for _, t in docs) / pn.MB
    largest_id, largest_text = max(docs, key=lambda d: len(d[1].encode("utf-8")))
    largest_mb = len(largest_text.encode("utf-8")) / pn.MB

    print(f"PolNeAR train: {len(docs)} documents, {mb_one:.2f} MB UTF-8 per copy; largest file "
          f"{largest_mb:.3f} MB ({len(largest_text):,} code points); parser: {args.parser}")
    print("memory: growth of peak RSS (resource.getrusage ru_maxrss) over the baseline after "
          "loading and warm-up")

    run(parse, docs[:20], 1)  # warm-up: lazy regex compilation, imports, caches
    gc.collect()
    baseline = maxrss_bytes()

    results = []
    for copies in args.sizes:
        gc.collect()
        seconds, failed = run(parse, docs, copies)
        grown = maxrss_bytes() - baseline
        total_mb = mb_one * copies
        mbps = total_mb / seconds if seconds else float("inf")
        results.append((copies, mbps, grown, failed))
        extra = f", {failed} documents raised" if failed else ""
        print(f"{copies:>5} x: {total_mb:9.1f} MB in {seconds:8.2f} s = {mbps:6.2f} MB/s; "
              f"peak RSS +{grown / pn.MB:.1f} MB{extra}", flush=True)

    tracemalloc.start()
    try:
        parse(largest_id, largest_text.encode("utf-8").decode("utf-8"))
    except Exception:
        pass
    largest_peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"largest file alone: tracemalloc peak {largest_peak / pn.MB:.2f} MB while parsing "
          f"{largest_mb:.3f} MB")

    if len(results) < 2:
        print("targets need at least two sizes")
        return 0
    (c0, mbps0, rss0, _), (cn, mbpsn, rssn, _) = results[0], results[-1]
    failed_any = any(r[3] for r in results)
    kept = mbpsn / mbps0 if mbps0 else 0.0
    ok = kept >= TARGET_THROUGHPUT_KEPT and not failed_any
    print(f"target throughput at {cn} x within 20% of {c0} x: {'met' if ok else 'NOT met'} "
          f"({mbpsn:.2f} vs {mbps0:.2f} MB/s = {kept:.0%})")
    growth = rssn - rss0
    allowed = largest_peak + MEMORY_SLACK
    ok = growth <= allowed and not failed_any
    print(f"target peak memory follows the largest file, not the total: {'met' if ok else 'NOT met'} "
          f"(peak RSS grew {growth / pn.MB:+.1f} MB from {c0} x to {cn} x while the text grew "
          f"{mb_one * (cn - c0):.0f} MB; allowed: largest-file peak + {MEMORY_SLACK / pn.MB:.0f} MB "
          f"= {allowed / pn.MB:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
