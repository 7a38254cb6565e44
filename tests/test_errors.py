"""Errors at the boundary: one line on stderr, exit code 2, never a traceback; the progress count."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck import cli
from quotecheck.model import Document

ROOT = Path(__file__).resolve().parents[1]
SEED = str(ROOT / "fixtures" / "baikonur.txt")


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def _broken(doc):
    raise RuntimeError("the parser fell over")


def test_a_bug_prints_one_line_and_exits_2(capsys, monkeypatch):
    monkeypatch.delenv("QUOTECHECK_DEBUG", raising=False)
    monkeypatch.setattr(cli, "parse_document", _broken)
    code, out, err = run(capsys, "quotes", SEED, "--format", "tsv")
    assert code == 2
    assert err.splitlines() == [
        "quotecheck: internal error: RuntimeError: the parser fell over "
        "(QUOTECHECK_DEBUG=1 shows the traceback)"
    ]


def test_quotecheck_debug_shows_the_traceback(capsys, monkeypatch):
    monkeypatch.setenv("QUOTECHECK_DEBUG", "1")
    monkeypatch.setattr(cli, "parse_document", _broken)
    code, out, err = run(capsys, "quotes", SEED, "--format", "tsv")
    assert code == 2
    assert err.startswith("Traceback (most recent call last):")
    assert "RuntimeError: the parser fell over" in err


def test_unknown_encoding_is_a_bad_option(capsys):
    code, out, err = run(capsys, "quotes", SEED, "--encoding", "no-such-codec", "--format", "tsv")
    assert code == 2
    assert err.splitlines() == ["quotecheck: error: unknown encoding: no-such-codec"]


def test_unknown_command_is_one_line(capsys):
    code, out, err = run(capsys, "quotez", SEED)
    assert code == 2
    assert len(err.splitlines()) == 1 and err.startswith("quotecheck: error:")


def test_stdin_from_a_terminal_does_not_hang(capsys, monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    code, out, err = run(capsys, "quotes", "-", "--format", "tsv")
    assert code == 2
    assert "standard input is a terminal" in err


def test_undecodable_bytes_are_replaced_with_a_warning(capsys, tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("“Ça va,” Anna Berger said.\n".encode("utf-8") + b"\xff\xfe\xfa stray \x81")
    code, out, err = run(capsys, "quotes", str(path), "--format", "tsv", "--no-headers")
    assert code == 2
    assert len(err.splitlines()) == 1 and str(path) in err
    assert out.split("\t")[2] == "Anna Berger"


def test_the_progress_count_goes_to_a_terminal_only(monkeypatch):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    clock = iter([0.0, 2.0, 2.5] + [10.0] * 10)
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    stderr = Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    progress = cli.Progress()
    progress.step(Document("a", "x" * 1_500_000))
    progress.step(Document("b", "y" * 500_000))
    progress.close()
    assert stderr.getvalue() == (
        "\rquotecheck: 1 files, 1.5 M characters\rquotecheck: 2 files, 2.0 M characters\r\033[K")

    monkeypatch.setattr(sys, "stderr", io.StringIO())
    quiet = cli.Progress()
    quiet.step(Document("a", "x"))
    quiet.close()
    assert sys.stderr.getvalue() == ""


@pytest.mark.slow
def test_many_files_piped_print_nothing_extra_on_stderr(tmp_path):
    for n in range(30):
        (tmp_path / f"a{n:02d}.txt").write_text(f"“We will build bridge {n},” Anna Berger said.\n",
                                                encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "quotes", str(tmp_path)],
                          capture_output=True, cwd=ROOT, timeout=60,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert proc.returncode == 0
    assert proc.stderr == b""
    assert len(proc.stdout.decode().splitlines()) == 31


@pytest.mark.parametrize("fmt", ["tsv", "csv", "jsonl", "json"])
def test_machine_formats_are_written_as_rows_come(fmt):
    from quotecheck.render import Format, Table, render_chunks

    def rows():
        yield {"a": "first", "b": 1}
        raise RuntimeError("the second document is still being read")

    chunks = render_chunks(Table(("a", "b"), rows()), Format(fmt))
    assert "first" in next(chunks)  # the first row (after the header, if any), at once
    with pytest.raises(RuntimeError):
        next(chunks)
