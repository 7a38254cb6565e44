"""Worker processes: results in input order, the same output as one process, a crash costs one file."""

from __future__ import annotations

import gc
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


def _square_or_die_on_sevens(n: int) -> int:
    if n % 7 == 0 and n:
        os._exit(9)
    return n * n


def test_chunks_grow_and_several_deaths_in_one_chunk_cost_only_their_items():
    # 600 items: past the first small chunks into full ones, with a death in each of them
    n = 600
    out = list(jobs.in_order(_square_or_die_on_sevens, range(n), jobs=2, is_task=lambda x: True,
                             crashed=_died))
    assert len(out) == n
    for k, got in enumerate(out):
        assert got == (f"{k} crashed" if k % 7 == 0 and k else k * k)


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


# --------------------------------------------------------------------------- verify --claims


@pytest.fixture(scope="module")
def fixture_index():
    from quotecheck.verify import Index

    docs = [Document(str(p), p.read_text(encoding="utf-8")) for p in sorted(FIXTURES.glob("*.txt"))[:12]]
    return Index.build((d, parse_document(d)) for d in docs)


def _found_claims(index, attributed_every: int = 10) -> list:
    """Quotes of the documents as they stand, with a word changed, and invented; every tenth
    (or ``attributed_every``) with words around it that the parser reads (an attribution)."""
    from quotecheck.claims import claim_or_attribution

    quotes = [q.quote.strip("“”\"‘’' ") for recs in index.records for q in recs if q.kind == "speech"]
    out = []
    for n, quote in enumerate(quotes[:70]):
        words = quote.split()
        if n % 3 == 1:
            words[len(words) // 2] = "marmalade"
        elif n % 3 == 2:
            words = ["The", "violin", "questioned", *words[:2], "harbour"]
        text = " ".join(words)
        if n % attributed_every == 0:
            text = f"Anna Berger said: “{text}”"
        out.append(claim_or_attribution(text, id=str(n)))
    return out


@pytest.mark.parametrize("attributed_every", [10, 1])  # a few attributions, or only those
def test_claims_checked_in_several_processes_get_what_one_process_gives(fixture_index, attributed_every):
    from quotecheck.claims import Attributed, claims_read
    from quotecheck.verify import verify

    found = _found_claims(fixture_index, attributed_every)
    assert len(found) >= jobs.FORK_FROM and any(isinstance(c, Attributed) for c in found)
    claims = claims_read(found)
    alone = [v for c in claims for v in verify(c, fixture_index)]
    assert {v.verdict for v in alone} >= {"exact", "fuzzy", "not-found"}
    for n in (1, 2, 3):
        assert jobs.verify_claims(found, fixture_index, jobs=n, threshold=None, all_matches=False) == (claims, alone)
        assert gc.get_freeze_count() == 0  # what was kept out of the collections meanwhile is back


def test_a_process_that_dies_costs_nothing(fixture_index, monkeypatch):
    from quotecheck import verify as verify_module
    from quotecheck.claims import claims_read

    found = _found_claims(fixture_index)
    claims = claims_read(found)
    expected = [v for c in claims for v in verify_module.verify(c, fixture_index, all_matches=True)]
    main, real = os.getpid(), verify_module.verify

    def dies_in_a_forked_process(claim, index, **options):
        if os.getpid() != main:
            os._exit(9)  # on its first claim, as a segfault or the memory killer would
        return real(claim, index, **options)

    monkeypatch.setattr(verify_module, "verify", dies_in_a_forked_process)
    assert jobs.verify_claims(found, fixture_index, jobs=2, threshold=None, all_matches=True) == (claims, expected)


def test_a_bug_met_in_a_forked_process_is_raised_in_the_main_one(fixture_index, monkeypatch, capfd):
    from quotecheck import verify as verify_module

    real = verify_module.verify

    def fails_on_13(claim, index, **options):
        if claim.id == "13":
            raise ValueError("a bug")
        return real(claim, index, **options)

    monkeypatch.setattr(verify_module, "verify", fails_on_13)
    with pytest.raises(ValueError, match="a bug"):
        jobs.verify_claims(_found_claims(fixture_index), fixture_index, jobs=2, threshold=None,
                           all_matches=False)
    assert capfd.readouterr().err == ""  # the process that met it first said nothing
