"""Hostile inputs (issue 12): every break a tester found, each with the guarantee it broke.

Bad input: one line on stderr (``quotecheck: ...``), exit code 2, never a traceback, the other
inputs still processed; Ctrl-C one line and 130; nothing from a document or a file name acts on
a terminal. The time- and memory-bound cases have generous limits here (they catch a quadratic
or a runaway, not a slow-down) and figures in ``bench/hostile.py``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck import cli
from quotecheck.model import VERDICT_FIELDS
from quotecheck.reader import decode

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "fixtures" / "baikonur.txt"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}

QUOTE = "“We will rebuild the bridge by spring,” Anna Berger said on Monday."
# Terminal attacks: retitle the window (OSC ... BEL), clear the screen (CSI), and a C1 CSI.
ATTACK = "\x1b]0;pwned\x07\x1b[2J\x9b31m"


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def assert_no_control(text: str, allowed: str = "\n") -> None:
    """Nothing a terminal acts on: no C0 control but line feed, no DEL, no C1 control."""
    bad = sorted({f"U+{ord(c):04X}" for c in text
                  if (ord(c) < 0x20 and c not in allowed) or 0x7F <= ord(c) < 0xA0})
    assert not bad, f"control characters reach the output: {bad}"


# --------------------------------------------------------------------------- 3. escapes


@pytest.fixture
def attack_file(tmp_path: Path) -> Path:
    path = tmp_path / "attack.txt"
    path.write_text(f"“We will {ATTACK}rebuild the bridge,” Anna Berger said.\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["table", "tsv", "json", "jsonl"])
def test_escape_sequences_in_a_document_never_reach_the_output_raw(capsys, attack_file, fmt):
    code, out, err = run(capsys, "quotes", str(attack_file), "--format", fmt)
    assert code == 0 and err == ""
    assert_no_control(out, "\n\t" if fmt == "tsv" else "\n")
    if fmt in ("table", "tsv"):  # shown as the escapes a person can read
        assert "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m" in out


def test_csv_on_a_terminal_shows_escape_sequences_as_escapes(capsys, attack_file, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = run(capsys, "quotes", str(attack_file), "--format", "csv")
    assert code == 0 and err == ""
    assert_no_control(out, "\n\r")  # CRLF ends each record (RFC 4180)
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m" in out


def test_csv_into_a_pipe_or_a_file_is_the_exact_text(capsys, attack_file, tmp_path):
    """CSV is data for programs: the cell is the quotation as the document has it."""
    code, out, err = run(capsys, "quotes", str(attack_file), "--format", "csv")
    saved = tmp_path / "quotes.csv"
    code_to_file, _, _ = run(capsys, "quotes", str(attack_file), "--format", "csv", "-o", str(saved))
    assert code == code_to_file == 0
    for text in (out, saved.read_bytes().decode("utf-8")):
        rows = list(csv.DictReader(io.StringIO(text, newline="")))
        assert [r["quote"] for r in rows] == [f"“We will {ATTACK}rebuild the bridge,”"]


@pytest.mark.parametrize("fmt", ["tsv", "json"])
def test_escaped_control_characters_read_back_as_they_were(capsys, attack_file, fmt):
    from quotecheck.render import unescape_cell

    code, out, err = run(capsys, "quotes", str(attack_file), "--format", fmt)
    if fmt == "json":
        quote = json.loads(out)[0]["quote"]
    else:
        rows = list(csv.reader(io.StringIO(out), delimiter="\t", quoting=csv.QUOTE_NONE))
        quote = unescape_cell(rows[1][rows[0].index("quote")])
    assert quote == f"“We will {ATTACK}rebuild the bridge,”"


def test_verify_shows_escapes_in_the_table_and_colours_only_its_own_diff(capsys, attack_file,
                                                                         monkeypatch):
    from quotecheck import render

    monkeypatch.setattr(render, "use_colour", lambda stream: True)
    monkeypatch.setattr(cli, "use_colour", lambda stream: True)
    claim = f"We will {ATTACK}rebuild the big bridge"
    code, out, err = run(capsys, "verify", claim, str(attack_file), "--format", "table")
    colours = re.findall("\x1b\\[(?:31|32|0)m", out)
    assert colours and len(colours) == out.count("\x1b")  # colour codes only, and some
    assert "\x07" not in out and "\x9b" not in out


def test_show_text_on_a_terminal_shows_control_characters(capsys, attack_file, monkeypatch):
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    code, out, err = run(capsys, "quotes", str(attack_file), "--show-text")
    assert code == 0
    assert_no_control(out)
    assert "\\x1b[2J" in out


def test_show_text_into_a_pipe_is_the_exact_text(capsys, attack_file):
    code, out, err = run(capsys, "quotes", str(attack_file), "--show-text")
    assert out == attack_file.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- 4. file names


def test_a_file_name_with_a_line_break_is_one_error_line(capsys, tmp_path):
    forged = tmp_path / "x\nquotecheck: all inputs are fine \x1b[2J"
    forged.write_bytes(b"\x00\x01binary")
    code, out, err = run(capsys, "quotes", str(forged), str(SEED), "--format", "tsv")
    assert code == 2
    lines = err.splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("quotecheck: ") and "x\\nquotecheck: all inputs" in lines[0]
    assert_no_control(err)
    assert "Sergey Lavrov" in out  # the good input is still processed


@pytest.mark.slow
def test_a_name_that_is_not_utf8_keeps_json_valid_utf8(tmp_path):
    name = os.fsencode(str(tmp_path)) + b"/caf\xe9.txt"
    with open(name, "wb") as fh:
        fh.write(QUOTE.encode("utf-8"))
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "quotes", os.fsdecode(name),
                           "--format", "json"], capture_output=True, cwd=ROOT, env=ENV, timeout=60)
    assert proc.returncode == 0, proc.stderr
    [row] = json.loads(proc.stdout.decode("utf-8"))  # strict UTF-8
    assert row["source"].endswith("caf\\xe9.txt")
    assert row["speaker"] == "Anna Berger"


def test_an_error_about_a_name_that_is_not_utf8_is_one_readable_line(tmp_path):
    name = os.fsencode(str(tmp_path)) + b"/missing\xff.txt"
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "quotes", os.fsdecode(name)],
                          capture_output=True, cwd=ROOT, env=ENV, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.decode("utf-8").endswith("missing\\xff.txt: no such file or directory\n")


# --------------------------------------------------------------------------- 5. closed stdin


@pytest.mark.slow
def test_closed_standard_input_is_one_line_and_the_other_inputs_are_printed():
    proc = subprocess.run(
        [sys.executable, "-m", "quotecheck", "quotes", str(SEED), "-", "--format", "tsv"],
        stdin=subprocess.DEVNULL, capture_output=True, cwd=ROOT, env=ENV, timeout=60,
        preexec_fn=lambda: os.close(0))  # `<&-`: file descriptor 0 is not open at all
    assert proc.returncode == 2
    assert proc.stderr.decode() == "quotecheck: -: standard input is closed\n"
    assert "Sergey Lavrov" in proc.stdout.decode()


# --------------------------------------------------------------------------- 6. a stray byte


def test_one_stray_byte_late_in_a_utf8_file_garbles_nothing_else():
    head = ("The council met on Monday to discuss the budget for the new year. " * 5000).encode()
    assert len(head) > 256 * 1024
    tail = "“We will not raise taxes,” the mayor said. Caf\xe9 “owners” agreed.".encode()
    data = head + tail.replace("Caf\xe9".encode(), b"Caf\xe9")  # one Latin-1 byte
    text, warnings = decode(data, None)
    assert text.endswith("“We will not raise taxes,” the mayor said. Caf\ufffd “owners” agreed.")
    assert warnings == [f"1 byte not valid UTF-8 replaced (the first at byte "
                        f"{len(head) + tail.index(b'Caf') + 3:,}); the rest is UTF-8"]


def test_a_legacy_file_is_still_read_as_its_code_page():
    text, warnings = decode("Le café « Chez Léon » a fermé.".encode("cp1252"), None)
    assert (text, warnings) == ("Le café « Chez Léon » a fermé.", [])


# --------------------------------------------------------------------------- 9. codecs


@pytest.mark.parametrize("name", ["idna"])
def test_codecs_for_names_are_refused_up_front(capsys, name):
    code, out, err = run(capsys, "quotes", str(SEED), "--encoding", name, "--format", "tsv")
    assert (code, out) == (2, "")
    assert err == f"quotecheck: error: not an encoding for text files: {name}\n"


def test_a_text_codec_is_still_accepted(capsys):
    code, out, err = run(capsys, "quotes", str(SEED), "--encoding", "utf-8", "--format", "tsv")
    assert code == 0 and "Sergey Lavrov" in out


# --------------------------------------------------------------------------- 10. Ctrl-C, pipes


def test_ctrl_c_while_reading_is_one_line_and_130():
    proc = subprocess.Popen([sys.executable, "-m", "quotecheck", "quotes", "no-such-file.txt", "-"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=ROOT, env=ENV)
    try:
        # The first input's error line is written once the run is under way; then it waits on -.
        assert proc.stderr.readline().startswith(b"quotecheck: no-such-file.txt:")
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
    assert (proc.returncode, err) == (130, b"quotecheck: interrupted\n")


def test_ctrl_c_inside_the_parser_is_one_line_and_130(capsys, monkeypatch):
    def interrupted(doc):
        os.kill(os.getpid(), signal.SIGINT)  # a real Ctrl-C in the middle of the work
        raise AssertionError("the signal did not stop the run")

    monkeypatch.setattr(cli, "parse_document", interrupted)
    before = signal.getsignal(signal.SIGINT)
    code, out, err = run(capsys, "quotes", str(SEED), "--format", "tsv")
    assert (code, err) == (130, "quotecheck: interrupted\n")
    assert signal.getsignal(signal.SIGINT) is before


_STARTUP = """
import sys
class CtrlCDuringImports:
    def find_spec(self, name, path=None, target=None):
        if name == "tabulate":
            raise KeyboardInterrupt
sys.meta_path.insert(0, CtrlCDuringImports())
sys.argv = ["quotecheck", "quotes", sys.argv[1]]
from quotecheck.entry import main
main()
"""


def test_ctrl_c_during_start_up_is_one_line_and_130():
    proc = subprocess.run([sys.executable, "-c", _STARTUP, str(SEED)], capture_output=True,
                          cwd=ROOT, env=ENV, timeout=60)
    assert (proc.returncode, proc.stderr) == (130, b"quotecheck: interrupted\n")


def test_the_console_script_starts_at_the_entry_that_catches_ctrl_c():
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["quotecheck"] == "quotecheck.entry:main"


@pytest.mark.parametrize("args, expected", [
    (["quotes", "--show-text", str(SEED), str(SEED)], 0),
    (["quotes", "--format", "tsv", str(SEED), str(SEED)], 0),
    (["quotes", "--show-text", str(SEED), "no-such-file.txt"], 2),
])
@pytest.mark.slow
def test_a_closed_pipe_ends_quietly_with_the_runs_own_code(args, expected):
    # `| head -c 10`: a reader that leaves after the first bytes, then the rest must stop quietly.
    cmd = " ".join(["exec", sys.executable, "-m", "quotecheck", *map(repr, args)])
    proc = subprocess.run(["bash", "-c", f"{cmd} | head -c 10 >/dev/null; exit ${{PIPESTATUS[0]}}"],
                          capture_output=True, cwd=ROOT, env=ENV, timeout=60)
    assert proc.returncode == expected
    assert b"Traceback" not in proc.stderr and b"Broken pipe" not in proc.stderr
    assert len(proc.stderr.splitlines()) == (1 if expected == 2 else 0)


# --------------------------------------------------------------------------- 11. formula cells


FORMULAS = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)"]


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_csv_safe_prefixes_formula_cells(capsys, tmp_path, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    claims = Path("claims.jsonl")
    claims.write_text("".join(json.dumps({"id": f, "claim": f"{f} is the total"}) + "\n"
                              for f in FORMULAS), encoding="utf-8")
    for n, formula in enumerate(FORMULAS):  # "=cmd.txt": a source that starts like a formula
        Path(f"={n}.txt").write_text(f"“{formula} is the total,” said Anna Berger.\n",
                                     encoding="utf-8")
    code, out, err = run(capsys, "verify", "--claims", str(claims), *[f"={n}.txt" for n in range(4)],
                         "--format", fmt, "--csv-safe", "--no-headers")
    reader = csv.reader(io.StringIO(out), delimiter="\t" if fmt == "tsv" else ",",
                        quoting=csv.QUOTE_NONE if fmt == "tsv" else csv.QUOTE_MINIMAL)
    rows = list(reader)
    assert len(rows) == 4
    assert [c for row in rows for c in row if c[:1] in ("=", "+", "-", "@")] == []
    fields = ("id", "source", "match")
    got = [tuple(row[VERDICT_FIELDS.index(f)] for f in fields) for row in rows]
    assert got == [(f"'{f}", f"'={n}.txt", f"'{f} is the total")
                   for n, f in enumerate(FORMULAS)]


def test_csv_safe_catches_a_quote_that_starts_like_a_formula():
    from quotecheck.render import Format, Table, render

    table = Table(("quote", "line"), [{"quote": "=1+1", "line": 3}, {"quote": "-x", "line": 4}])
    assert render(table, Format.csv, csv_safe=True) == "quote,line\r\n'=1+1,3\r\n'-x,4\r\n"
    assert render(table, Format.csv) == "quote,line\r\n=1+1,3\r\n-x,4\r\n"  # the default: exact


# --------------------------------------------------------------------------- 8. claims files

GOOD_CLAIM = "Russia is a major space power"


def verify_claims(capsys, tmp_path: Path, name: str, content: str) -> tuple[int, list[str], list[str]]:
    claims = tmp_path / name
    claims.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "verify", "--claims", str(claims), str(SEED), "--format", "tsv",
                         "--no-headers")
    return code, [line.split("\t")[0] for line in out.splitlines()], err.splitlines()


NEVER_CLOSED = "a quoted field is never closed (it would swallow the rows after it)"


@pytest.mark.parametrize("name, content, bad, checked", [
    # the unterminated quote used to swallow c2 and c3, silently
    ("claims.csv", f'id,claim\nc1,"{GOOD_CLAIM}\nc2,{GOOD_CLAIM}\nc3,"{GOOD_CLAIM}, said he"\n',
     f"row 1: {NEVER_CLOSED}", ["c2", "c3"]),
    ("claims.csv", f'id,claim\nc1,{GOOD_CLAIM}\nc2,"{GOOD_CLAIM}\n', f"row 2: {NEVER_CLOSED}",
     ["c1"]),
    # a field over the csv module's 128 KB limit used to be an internal error
    ("claims.tsv", f"id\tclaim\nc1\t{GOOD_CLAIM}\nc2\t{'word ' * 30_000}\nc3\t{GOOD_CLAIM}\n",
     "row 2: a field longer than 131,072 characters", ["c1", "c3"]),
])
def test_a_bad_row_of_a_claims_file_is_one_line_and_the_others_are_checked(
        capsys, tmp_path, name, content, bad, checked):
    code, ids, err = verify_claims(capsys, tmp_path, name, content)
    assert code == 2
    assert err == [f"quotecheck: {tmp_path / name}: {bad}"]
    assert ids == checked


def test_bad_json_lines_are_row_errors_and_the_good_ones_are_checked(capsys, tmp_path):
    content = (json.dumps({"id": "c1", "claim": GOOD_CLAIM}) + "\n{oops\n[1]\n"
               + json.dumps({"id": "c4", "claim": ""}) + "\n"
               + json.dumps({"id": "c5", "claim": GOOD_CLAIM}) + "\n")
    code, ids, err = verify_claims(capsys, tmp_path, "claims.jsonl", content)
    assert code == 2
    where = tmp_path / "claims.jsonl"
    assert err == [f"quotecheck: {where}: row 2: not JSON (Expecting property name enclosed in "
                   "double quotes)",
                   f"quotecheck: {where}: row 3: not a JSON object",
                   f"quotecheck: {where}: row 4: no 'claim' column or an empty claim"]
    assert ids == ["c1", "c5"]


# --------------------------------------------------------------------------- 1. nested HTML

_EXTRACT = """
import sys, time
from quotecheck.reader import extract_html
html = open(sys.argv[1], encoding="utf-8").read()
t0 = time.perf_counter()
text, _ = extract_html(html)
print(round(time.perf_counter() - t0, 2), repr(text[-60:]))
"""


def extract_in_child(html: str, tmp_path: Path, limit: float) -> str:
    """The end of the extracted text, from a child process stopped at ``limit`` seconds, so that
    a quadratic case costs the limit, not minutes."""
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    try:
        proc = subprocess.run([sys.executable, "-c", _EXTRACT, str(page)], capture_output=True,
                              text=True, cwd=ROOT, env=ENV, timeout=limit)
    except subprocess.TimeoutExpired:
        pytest.fail(f"extracting {len(html):,} characters took over {limit} s")
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


SAID = "<p>“We will win the vote,” she said.</p>"


@pytest.mark.parametrize("html", [
    # 100,000 nested <div>s (1.3 MB): 205 s before, about 1.5 s now
    "<html><body>" + "<div>x " * 100_000 + SAID + "</div>" * 100_000 + "</body></html>",
    # as deep, with a stray end tag after every opening one: each made a search of the stack
    "<html><body>" + "<div>x </span>" * 60_000 + SAID + "</body></html>",
    # list items deep inside a list: each looked for the list through every open tag
    "<html><body><article><ul>" + "<div>" * 50_000 + "<li>x</li>" * 50_000 + SAID
    + "</ul></article></body></html>",
    # and inside a link
    "<html><body><a href='/'>" + "<span>x " * 100_000 + "</a>" + SAID + "</body></html>",
])
@pytest.mark.slow
def test_deeply_nested_html_is_extracted_in_linear_time(tmp_path, html):
    out = extract_in_child(html, tmp_path, limit=60)
    assert "“We will win the vote,” she said." in out


@pytest.mark.parametrize("depth", [300, 2_000, 40_000])
@pytest.mark.slow
def test_a_quote_nested_deeper_than_lxml_builds_is_kept(depth):
    from quotecheck.reader import extract_html

    html = "<html><body>" + "<div>x " * depth + SAID + "</div>" * depth + "</body></html>"
    assert len(html) < 600_000  # trafilatura's size: it used to give "x x x ..." and no quote
    text, _ = extract_html(html)
    assert text.endswith("“We will win the vote,” she said.")


# --------------------------------------------------------------------------- 2. memory


# Runs a command and prints its exit code and peak resident memory (KB).  A process forked from
# this test process would count the test process's own memory in its peak (Linux records the
# memory a process had before it ran another program), so the command is run by this small
# process instead.
_MEASURE = ("import os, subprocess, sys\n"
            "p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
            "_, status, usage = os.wait4(p.pid, 0)\n"
            "print(os.waitstatus_to_exitcode(status), usage.ru_maxrss, file=sys.__stdout__)\n")


def run_measured(args: list[str], tmp_path: Path, limit: float = 120) -> tuple[int, str, int]:
    """(exit code, stderr, peak resident memory in MB) of one quotecheck process."""
    err_path = tmp_path / "stderr.txt"
    with open(err_path, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-c", _MEASURE, sys.executable, "-m", "quotecheck", *args],
                                stdout=subprocess.PIPE, stderr=err, cwd=ROOT, env=ENV, start_new_session=True)
        try:
            out, _ = proc.communicate(timeout=limit)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)  # the measuring process and the command it runs
            proc.wait()
            pytest.fail(f"quotecheck {' '.join(args)} ran over {limit} s")
    code, peak_kb = map(int, out.split())
    return code, err_path.read_text(encoding="utf-8"), peak_kb // 1024


@pytest.mark.parametrize("text", [
    "“" * 1_000_000,  # 3 MB: about 600 MB and 9 s before (9.75 GB for 50 MB)
    "“a” " * 250_000,
    "'" * 1_000_000,
])
@pytest.mark.slow
def test_text_dense_with_quote_marks_is_refused_in_one_line_and_small_memory(tmp_path, text):
    path = tmp_path / "marks.txt"
    path.write_text(text, encoding="utf-8")
    code, err, peak_mb = run_measured(["quotes", str(path), str(SEED), "--format", "tsv"], tmp_path)
    marks = sum(text.count(c) for c in "“”'")
    assert code == 2
    assert err == (f"quotecheck: {path}: not prose: {marks:,} "
                   f"quotation marks in {len(text):,} characters (at most one in 16 is read)\n")
    assert peak_mb < 200  # the interpreter and libraries take about 45 MB


@pytest.mark.slow
def test_news_dense_with_quotes_is_still_read(capsys, tmp_path):
    # one quotation mark in 18 characters, denser than any real article (one in 27 at most)
    said = "“We will go on,” the mayor said on Monday. It isn’t over, and ‘No,’ she said then. "
    path = tmp_path / "dense.txt"
    path.write_text(said * 2_000, encoding="utf-8")
    code, out, err = run(capsys, "quotes", str(path), "--format", "tsv", "--no-headers")
    assert (code, err) == (0, "")
    assert len(out.splitlines()) == 4_000


# --------------------------------------------------------------------------- 7. ellipsis claims


@pytest.fixture(scope="module")
def news_index():
    """An index over 40 copies of the fixtures (about 2.5 MB), built once."""
    from quotecheck.model import Document
    from quotecheck.parse import parse_document
    from quotecheck.verify import Index

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    docs = [Document(f"{n}-{i}", text) for n in range(40) for i, text in enumerate(texts)]
    return Index.build((doc, parse_document(doc)) for doc in docs)


PATHOLOGICAL_CLAIMS = [
    " ... ".join(["the"] * 100),
    " ... ".join(["the", "and", "to", "of", "a"] * 20),
    " ... ".join(["of the"] * 100),
    " [x] ".join(["the"] * 100),
    " ... ".join(f"said the {w} was" for w in ["mayor", "council", "minister", "police"] * 25),
]


@pytest.mark.parametrize("claim", PATHOLOGICAL_CLAIMS, ids=["the", "common", "pairs", "brackets",
                                                             "fuzzy"])
@pytest.mark.slow
def test_an_ellipsis_claim_of_common_words_has_bounded_work(news_index, monkeypatch, claim):
    from quotecheck import align, exact
    from quotecheck.verify import Claim, verify

    calls = {"part": 0, "piece": 0}
    match_part, find_fuzzy = exact._match_part, align.find_fuzzy

    def counted_part(*args):
        calls["part"] += 1
        return match_part(*args)

    def counted_fuzzy(*args, **kwargs):
        calls["piece"] += 1
        return find_fuzzy(*args, **kwargs)

    monkeypatch.setattr(exact, "_match_part", counted_part)
    monkeypatch.setattr(align, "find_fuzzy", counted_fuzzy)
    [verdict] = verify(Claim(claim), news_index)
    assert verdict.verdict in ("fuzzy", "not-found")  # no fixture says that, word for word
    # places tried: before, every occurrence of every piece in every document (over 100,000)
    assert calls["part"] <= 3_000 + 200  # the budget, and the parts of the last chain tried
    # fuzzy searches: before, one per piece (100), each costing as much as a plain claim
    assert calls["piece"] <= 12 + 1


@pytest.mark.slow
def test_a_claims_file_of_pathological_claims_finishes_in_a_plain_claims_time(tmp_path):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("".join(json.dumps({"claim": c}) + "\n" for c in PATHOLOGICAL_CLAIMS * 4),
                      encoding="utf-8")
    sources = [str(p) for p in sorted((ROOT / "fixtures").glob("*.txt"))]
    code, err, _ = run_measured(["verify", "--claims", str(claims), *sources], tmp_path, limit=60)
    assert (code, err) == (1, "")


def test_an_ellipsis_claim_still_finds_its_passage(news_index):
    from quotecheck.verify import Claim, verify

    claim = "I do not know who published this note ... make a mountain out of a molehill"
    verdict = verify(Claim(claim), news_index)[0]
    assert (verdict.verdict, verdict.speaker) == ("exact", "Sergey Lavrov")


# --------------------------------------------------------------------------- one long line


def test_verify_on_one_long_line_looks_only_at_the_records_around_each_match(monkeypatch):
    from quotecheck import judge
    from quotecheck.model import Document
    from quotecheck.parse import parse_document
    from quotecheck.verify import Claim, Index, verify

    line = " ".join(SEED.read_text(encoding="utf-8").split()) + " "
    doc = Document("one-line.txt", line * 50)  # 50 copies of the seed article on one line
    index = Index.build([(doc, parse_document(doc))])
    looked_at = []
    containing = judge.containing_record

    def counted(records, start, end):
        looked_at.append(len(records))
        return containing(records, start, end)

    monkeypatch.setattr(judge, "containing_record", counted)
    verdicts = verify(Claim("Russia is a major space power"), index, all_matches=True)
    assert len(verdicts) == 50 and {v.verdict for v in verdicts} == {"exact"}
    assert {v.line for v in verdicts} == {1}
    # before: every record of the document for every match (50 x 1,100), quadratic in the line
    assert max(looked_at) <= 3 and len(looked_at) == 50
