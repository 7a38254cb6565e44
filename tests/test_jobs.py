"""Worker processes: results in input order, the same output as one process, a crash costs one file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck import jobs
from quotecheck.errors import InputError
from quotecheck.model import Document
from quotecheck.parse import parse_document
from quotecheck.reader import iter_inputs

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def _square(n: int) -> int:
    return n * n


def _square_or_die(n: int) -> int:
    if n == 13:
        os._exit(9)  # a worker dying mid-task, as a segfault or the memory killer would
    return n * n


def _died(n: int) -> str:
    return f"{n} crashed"


def test_results_come_in_input_order_with_pass_through_items():
    items = [*range(20), "walk error", *range(20, 40)]
    out = list(jobs.in_order(_square, items, jobs=2, is_task=lambda x: isinstance(x, int),
                             crashed=_died))
    assert out == [*(n * n for n in range(20)), "walk error", *(n * n for n in range(20, 40))]


def test_a_worker_that_dies_costs_only_its_own_item():
    out = list(jobs.in_order(_square_or_die, range(40), jobs=2, is_task=lambda x: True,
                             crashed=_died))
    assert out[13] == "13 crashed"
    assert out[:13] + out[14:] == [n * n for n in range(40) if n != 13]


def _parse_or_die(doc: Document):
    if doc.source.endswith("harbour_storm.txt"):
        os._exit(11)
    return parse_document(doc)


@pytest.mark.slow
def test_a_crash_while_parsing_one_file_is_that_files_error():
    found = list(jobs.parsed_inputs(iter_inputs([str(FIXTURES)]), jobs=2, encoding=None, date=None,
                                    parse=_parse_or_die))
    errors = [doc for doc, _ in (f for f in found if isinstance(f, tuple)) if isinstance(doc, InputError)]
    assert [(e.source, e.reason) for e in errors] == [
        (str(FIXTURES / "harbour_storm.txt"), jobs.CRASHED)]
    parsed = [doc.source for doc, _ in (f for f in found if isinstance(f, tuple))
              if isinstance(doc, Document)]
    assert len(parsed) == len(list(FIXTURES.glob("*.txt"))) - 1


def _quotecheck(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotecheck", *args], capture_output=True, cwd=ROOT,
                          timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


@pytest.mark.parametrize("command", [
    ("quotes", "fixtures", "--all", "--format", "jsonl"),
    ("speakers", "fixtures", "--format", "tsv"),
    ("verify", "Russia is a great space power", "fixtures", "--all-matches", "--format", "tsv"),
])
@pytest.mark.slow
def test_every_core_prints_the_same_bytes_as_one(command):
    one = _quotecheck(*command, "--jobs", "1")
    two = _quotecheck(*command, "--jobs", "2")
    assert one.returncode == two.returncode
    assert one.stdout and one.stdout == two.stdout
    assert one.stderr == two.stderr


def test_jobs_must_be_positive():
    proc = _quotecheck("quotes", "fixtures", "--jobs", "0")
    assert proc.returncode == 2
    assert proc.stderr.decode().startswith("quotecheck: error:")
    assert len(proc.stderr.decode().splitlines()) == 1


@pytest.mark.slow
def test_an_unreadable_file_is_the_same_error_line_from_a_worker(tmp_path):
    for n in range(3):
        (tmp_path / f"story{n}.txt").write_text(f"“We will build bridge {n},” Anna Berger said.\n",
                                                encoding="utf-8")
    (tmp_path / "story1.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    one = _quotecheck("quotes", str(tmp_path), "--jobs", "1")
    two = _quotecheck("quotes", str(tmp_path), "--jobs", "2")
    assert two.returncode == one.returncode == 2
    assert two.stderr == one.stderr == f"quotecheck: {tmp_path / 'story1.txt'}: not a text file (binary)\n".encode()
    assert two.stdout == one.stdout and len(one.stdout.splitlines()) == 3


@pytest.mark.slow
def test_workers_leave_when_their_main_process_is_killed(tmp_path):
    import signal
    import time

    for n in range(400):  # enough work that the workers are busy when the main process dies
        (tmp_path / f"story{n:03d}.txt").write_text(
            f"“We will build bridge {n},” Anna Berger said on Monday.\n\n" * 40, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "quotecheck", "index", str(tmp_path), "--db",
                             str(tmp_path / "news.db"), "--jobs", "2"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def workers() -> list[int]:
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        return [int(p) for p in children.read_text().split()] if children.exists() else []

    deadline = time.monotonic() + 60
    found: list[int] = []
    while time.monotonic() < deadline and len(found) < 2 and proc.poll() is None:
        found = workers()
        time.sleep(0.05)
    if len(found) < 2:
        pytest.skip("no two workers seen (no /proc, or the run ended first)")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() for pid in found):
        time.sleep(0.1)
    alive = [pid for pid in found if Path(f"/proc/{pid}").exists()
             and Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert alive == []
