"""The time- and memory-bound hostile inputs (issue 12), each at two sizes, measured every run.

Each case runs in a fresh process; the wall time and the peak resident memory are that
process's own (``os.wait4``). The growth ratio is the time (and the peak memory) at the larger size over the
smaller: for linear work it is about the ratio of the sizes, 2, or less (the interpreter's own
memory and start-up are a constant); a quadratic case would give about 4.

1. nested HTML: ``<div>`` nested 50,000 and 100,000 deep around a quoted paragraph, extracted
   (``extract_html``; 100,000 took 205 s before);
2. quotation marks: 25 and 50 MB of ``“`` (refused as not prose: 114 s and 9.75 GB for 50 MB
   before), and 1 and 2 MB of text with two short quotes in every sentence (one mark in 16.5
   characters, just under the limit: still read);
7. an ellipsis claim of 100 "the" pieces against 2.5 and 5 MB of news (40 and 80 copies of
   the fixtures), the claim alone timed beside a plain claim, in one process;
-  a one-line file of news (the fixtures with their line breaks made spaces) of 25 and 50 MB,
   through ``quotes`` (TSV) and through ``verify``.

``python bench/hostile.py`` takes about three minutes on a two-core machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))
MB = 1024 * 1024


def measure(args: list[str], stdin: Path | None = None) -> tuple[float, float, int, str]:
    """(seconds, peak MB, exit code, last line of stdout) of one process."""
    t0 = time.perf_counter()
    with open(stdin or os.devnull, "rb") as inp, tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(args, stdin=inp, stdout=out, stderr=subprocess.DEVNULL, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.perf_counter() - t0
        out.seek(max(0, out.seek(0, 2) - 400))
        last = out.read().decode("utf-8", "replace").strip().splitlines()
    return elapsed, usage.ru_maxrss / 1024, proc.returncode, last[-1] if last else ""


def quotecheck(*args: str) -> list[str]:
    return [sys.executable, "-m", "quotecheck", *args]


_EXTRACT = """
import sys, time
from quotecheck.reader import extract_html
html = open(sys.argv[1], encoding="utf-8").read()
text, _ = extract_html(html)
assert text.endswith("she said."), text[-80:]
"""

_CLAIM = """
import sys, time
from pathlib import Path
from quotecheck.model import Document
from quotecheck.parse import parse_document
from quotecheck.verify import Claim, Index, verify
copies = int(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted(Path("fixtures").glob("*.txt"))]
docs = [Document(f"{n}-{i}", t) for n in range(copies) for i, t in enumerate(texts)]
index = Index.build((d, parse_document(d)) for d in docs)
def timed(claim):  # the best of three: the machine is shared
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        verify(Claim(claim), index)
        best = min(best, time.perf_counter() - t0)
    return best
plain = timed("the council said the budget was balanced")
hostile = timed(" ... ".join(["the"] * 100))
print(f"{hostile:.3f} {plain:.3f}")
"""


class Report:
    def __init__(self) -> None:
        self.worst = 0.0

    def pair(self, name: str, sizes: tuple[str, str], ratio: float,
             runs: list[tuple[float, float, int, str]], extra: str = "") -> None:
        """Print two runs and their growth. The peak memory includes the interpreter and the
        libraries (a constant), so linear memory grows by less than the size ratio."""
        (t1, m1, c1, _), (t2, m2, c2, _) = runs
        growth_t, growth_m = t2 / t1, m2 / m1
        self.worst = max(self.worst, growth_t / ratio, growth_m / ratio)
        print(f"{name}\n  {sizes[0]:>8}: {t1:7.2f} s {m1:8.1f} MB peak (exit {c1})"
              f"\n  {sizes[1]:>8}: {t2:7.2f} s {m2:8.1f} MB peak (exit {c2})"
              f"\n  growth for x{ratio:g} the size: time x{growth_t:.2f}, peak memory "
              f"x{growth_m:.2f}{extra}\n", flush=True)


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="quotecheck-hostile-"))
    idle = measure(quotecheck("quotes", str(FIXTURES[0]), "--format", "tsv"))[1]
    print(f"for scale: quotecheck on one small article, {idle:.1f} MB peak\n")
    report = Report()

    # 1. nested HTML
    runs = []
    for depth in (50_000, 100_000):
        page = tmp / f"nested-{depth}.html"
        page.write_text("<html><body>" + "<div>x " * depth + "<p>“We will win,” she said.</p>"
                        + "</div>" * depth + "</body></html>", encoding="utf-8")
        runs.append(measure([sys.executable, "-c", _EXTRACT, str(page)]))
    report.pair("1. nested <div>s, extracted (0.65 and 1.3 MB)", ("50,000", "100,000"), 2, runs)

    # 2. quotation marks
    runs = []
    for mb in (25, 50):
        path = tmp / f"marks-{mb}.txt"
        path.write_bytes("“".encode() * (mb * MB // 3))
        runs.append(measure(quotecheck("quotes", str(path), "--format", "tsv")))
    report.pair("2. a file of “ (refused: not prose)", ("25 MB", "50 MB"), 2, runs)
    runs = []
    said = "“We will go on,” he said on Monday, and “we will win,” she said. "
    for mb in (1, 2):
        path = tmp / f"dense-{mb}.txt"
        path.write_text(said * (mb * MB // len(said.encode())), encoding="utf-8")
        runs.append(measure(quotecheck("quotes", str(path), "--format", "tsv")))
    per_mb = (runs[1][1] - runs[0][1])
    density = len(said) / sum(said.count(c) for c in "“”")
    report.pair(f"2. text dense with quotes, still read (one mark in {density:.0f} characters)",
                ("1 MB", "2 MB"), 2, runs, f"; {per_mb:.0f} MB more per MB of text")

    # 7. ellipsis claims
    runs, claim_times = [], []
    for copies in (40, 80):
        run = measure([sys.executable, "-c", _CLAIM, str(copies)])
        hostile, plain = (float(x) for x in run[3].split())
        claim_times.append((hostile, plain))
        runs.append((hostile, run[1], run[2], ""))
    extra = "".join(f"\n  {size}: the claim {h:.3f} s, a plain claim {p:.3f} s"
                    for size, (h, p) in zip(("2.5 MB", "5 MB"), claim_times))
    report.pair("7. 'the ... the ...' (100 pieces), the claim's own time", ("2.5 MB", "5 MB"), 2,
                runs, extra)

    # a one-line file
    article = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in FIXTURES) + " "
    for command in ("quotes", "verify"):
        runs = []
        for mb in (25, 50):
            path = tmp / f"line-{mb}.txt"
            if not path.exists():
                path.write_text(article * (mb * MB // len(article.encode())), encoding="utf-8")
            args = ["quotes", str(path), "--format", "tsv"] if command == "quotes" else \
                ["verify", "Russia is a major space power", str(path), "--format", "tsv"]
            runs.append(measure(quotecheck(*args)))
        report.pair(f"one line of news through {command}", ("25 MB", "50 MB"), 2, runs)

    for path in tmp.iterdir():
        path.unlink()
    tmp.rmdir()
    print(f"largest growth (time or memory) over the size ratio: {report.worst:.2f} "
          "(1 is linear, 2 quadratic)")


if __name__ == "__main__":
    main()
