"""Command-line tests of ``quotecheck``: formats, filters, exit codes, errors and help.

Every expected output is built here from the gold annotations (``fixtures/NAME.gold.json`` plus
the article text, which gives ``start``/``end``/``line``) and from the documented output rules;
nothing is copied from the program's own output. Text outputs are compared line by line.
"""

from __future__ import annotations

import csv
import importlib.metadata
import inspect
import io
import json
import os
import pty
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from tabulate import tabulate
from typer.testing import CliRunner

import quotecheck
from quotecheck.cli import app
from quotecheck.render import unescape_cell

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
README = ROOT / "README.md"
GOLD_SUFFIX = ".gold.json"
FIXTURE_NAMES = sorted(p.name[: -len(GOLD_SUFFIX)] for p in FIXTURES.glob("*" + GOLD_SUFFIX))

# The documented columns.
QUOTE_FIELDS = ("source", "line", "speaker", "role", "date", "quote", "start", "end",
                "speaker_mention", "cue", "date_source", "kind", "via")
QUOTE_TABLE_FIELDS = ("source", "line", "speaker", "role", "date", "quote")
SPEAKER_FIELDS = ("speaker", "role", "quotes", "first", "last", "aliases", "sources")
INT_FIELDS = {"line", "start", "end"}

BAIKONUR = "fixtures/baikonur.txt"  # as given on the command line (tests run from the repo root)


@pytest.fixture(autouse=True)
def _in_repo_root(monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("QUOTECHECK_DEBUG", raising=False)


# -- expected records from the gold files ------------------------------------------------------


def load_gold(name: str) -> dict:
    return json.loads((FIXTURES / (name + GOLD_SUFFIX)).read_text(encoding="utf-8"))


def gold_rows(name: str, source: str | None = None, *, terms: bool = False) -> list[dict]:
    """The gold quotes of one fixture as full records in the documented column order.

    Each quote is located in the text after the previous one (as tests/test_fixtures.py does);
    speech only unless ``terms``."""
    text = (FIXTURES / (name + ".txt")).read_text(encoding="utf-8")
    source = f"fixtures/{name}.txt" if source is None else source
    rows, position = [], 0
    for item in load_gold(name)["quotes"]:
        start = text.find(item["quote"], position)
        assert start >= 0, f"{name}: gold quote not found: {item['quote'][:60]!r}"
        end = start + len(item["quote"])
        position = end
        record = {
            "source": source,
            "line": 1 + text.count("\n", 0, start),
            "speaker": item["speaker"],
            "role": item["role"],
            "date": item["date"],
            "quote": item["quote"],
            "start": start,
            "end": end,
            "speaker_mention": item["speaker_mention"],
            "cue": item["cue"],
            "date_source": item["date_source"],
            "kind": item["kind"],
            "via": item["via"],
        }
        if terms or item["kind"] == "speech":
            rows.append(record)
    return rows


def gold_speakers(rows: list[dict]) -> list[dict]:
    """The documented per-speaker summary, aggregated from gold records (aliases left out:
    the gold files do not record them)."""
    out: dict[str, dict] = {}
    for r in rows:
        if r["kind"] != "speech" or r["speaker"] is None:
            continue
        s = out.setdefault(r["speaker"], {"speaker": r["speaker"], "role": None, "quotes": 0,
                                          "dates": [], "sources": []})
        s["quotes"] += 1
        s["role"] = s["role"] or r["role"]
        if r["date"]:
            s["dates"].append(r["date"])  # gold dates are full ISO dates: they sort as strings
        if r["source"] not in s["sources"]:
            s["sources"].append(r["source"])
    return [
        {"speaker": s["speaker"], "role": s["role"], "quotes": s["quotes"],
         "first": min(s["dates"]) if s["dates"] else None,
         "last": max(s["dates"]) if s["dates"] else None,
         "sources": "; ".join(s["sources"])}
        for s in out.values()
    ]


# -- expected text from the documented output rules --------------------------------------------


def cell(value) -> str:
    """TSV/CSV cell: None empty; backslash, tab, CR, LF escaped."""
    if value is None:
        return ""
    text = str(value)
    for raw, escaped in (("\\", "\\\\"), ("\t", "\\t"), ("\r", "\\r"), ("\n", "\\n")):
        text = text.replace(raw, escaped)
    return text


def expect_tsv(rows, fields=QUOTE_FIELDS, headers=True) -> str:
    lines = ["\t".join(fields)] if headers else []
    lines += ["\t".join(cell(r[f]) for f in fields) for r in rows]
    return "".join(line + "\n" for line in lines)


def expect_csv(rows, fields=QUOTE_FIELDS, headers=True) -> str:
    """RFC 4180: CRLF after each record; a cell is the value's text exactly, quoted where it
    holds a comma, a double quote or a line break."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if headers:
        writer.writerow(fields)
    for r in rows:
        writer.writerow(["" if r[f] is None else str(r[f]) for f in fields])
    return buf.getvalue()


def expect_json(rows, fields=QUOTE_FIELDS) -> str:
    return json.dumps([{f: r[f] for f in fields} for r in rows], ensure_ascii=False, indent=2) + "\n"


def expect_jsonl(rows, fields=QUOTE_FIELDS) -> str:
    return "".join(json.dumps({f: r[f] for f in fields}, ensure_ascii=False) + "\n" for r in rows)


def expect_table(rows, fmt="simple", headers=True) -> str:
    def people(value) -> str:
        return "" if value is None else " ".join(str(value).split())

    data = [[people(r[f]) for f in QUOTE_TABLE_FIELDS] for r in rows]
    return tabulate(data, list(QUOTE_TABLE_FIELDS) if headers else (), tablefmt=fmt,
                    disable_numparse=True, maxcolwidths=[None, None, None, None, None, 60]) + "\n"


def assert_lines(actual: str, expected: str) -> None:
    """Exact comparison, shown line by line on failure."""
    assert actual.split("\n") == expected.split("\n")


# -- running the command line -------------------------------------------------------------------


def invoke(*args: str, input: str | None = None):
    """In process through typer's runner; ``return_value`` is the command's exit code."""
    result = CliRunner().invoke(app, list(args), input=input, standalone_mode=False,
                                catch_exceptions=False)
    return result


def raw(result) -> str:
    """What the command wrote, as written: the runner's ``stdout`` turns CRLF into LF."""
    return result.stdout_bytes.decode("utf-8")


def run(*args: str, input: bytes | None = None) -> subprocess.CompletedProcess:
    """The real entry point, `python -m quotecheck`, with stdout piped."""
    env = {k: v for k, v in os.environ.items() if k != "QUOTECHECK_DEBUG"}
    proc = subprocess.run([sys.executable, "-m", "quotecheck", *args], cwd=ROOT, env=env,
                          input=input, capture_output=True, timeout=60)
    proc.stdout = proc.stdout.decode("utf-8")
    proc.stderr = proc.stderr.decode("utf-8")
    return proc


def assert_one_error_line(stderr: str, *needles: str) -> None:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("quotecheck: "), stderr
    assert "Traceback" not in stderr
    for needle in needles:
        assert needle in lines[0], stderr


def parse_tsv(text: str) -> list[list[str]]:
    assert text.endswith("\n")
    return [[unescape_cell(c) for c in line.split("\t")] for line in text[:-1].split("\n")]


def parse_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def json_as_cells(objects: list[dict], fields) -> list[list[str]]:
    return [["" if o[f] is None else str(o[f]) for f in fields] for o in objects]


# == 1. quotes: every format ====================================================================

BAIKONUR_ROWS = gold_rows("baikonur")


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--format", "tsv"], lambda: expect_tsv(BAIKONUR_ROWS)),
        (["--format", "tsv", "--no-headers"], lambda: expect_tsv(BAIKONUR_ROWS, headers=False)),
        (["--format", "csv"], lambda: expect_csv(BAIKONUR_ROWS)),
        (["--format", "csv", "--no-headers"], lambda: expect_csv(BAIKONUR_ROWS, headers=False)),
        (["--format", "json"], lambda: expect_json(BAIKONUR_ROWS)),
        (["--format", "jsonl"], lambda: expect_jsonl(BAIKONUR_ROWS)),
        (["--format", "table"], lambda: expect_table(BAIKONUR_ROWS)),
        (["--format", "table", "--no-headers"], lambda: expect_table(BAIKONUR_ROWS, headers=False)),
        (["--format", "table", "--fmt", "github"], lambda: expect_table(BAIKONUR_ROWS, "github")),
        (["-f", "table", "--fmt", "github", "--no-headers"],
         lambda: expect_table(BAIKONUR_ROWS, "github", headers=False)),
    ],
    ids=["tsv", "tsv-no-headers", "csv", "csv-no-headers", "json", "jsonl", "table",
         "table-no-headers", "table-github", "table-github-no-headers"],
)
def test_quotes_formats_match_gold(args, expected):
    result = invoke("quotes", *args, BAIKONUR)
    assert result.stderr == ""
    assert result.return_value == 0
    assert_lines(raw(result), expected())


def test_quotes_json_types():
    objects = json.loads(invoke("quotes", "--format", "json", BAIKONUR).stdout)
    assert [list(o) for o in objects] == [list(QUOTE_FIELDS)] * len(BAIKONUR_ROWS)
    for o in objects:
        assert all(type(o[f]) is int for f in INT_FIELDS)
    assert any(o["date"] is None for o in objects)  # Idrissov's quotes carry no date: null


def test_quotes_table_wraps_quote_column_at_60():
    out = invoke("quotes", "--format", "table", BAIKONUR).stdout
    lines = out.splitlines()
    assert lines[0].split() == list(QUOTE_TABLE_FIELDS)
    rule = lines[1].split()  # the "simple" style: a row of dashes under each header
    assert len(rule) == len(QUOTE_TABLE_FIELDS) and set("".join(rule)) == {"-"}
    assert len(rule[-1]) <= 60  # every gold quote is longer than 60 characters: wrapped
    assert min(len(r["quote"]) for r in BAIKONUR_ROWS) > 60
    assert len(lines) > 2 + len(BAIKONUR_ROWS)  # so rows take several lines


# == 2. speakers ===============================================================================


def _split_aliases(value: str | None) -> list[str]:
    return value.split("; ") if value else []


def _check_aliases(aliases: list[str], canonical: str) -> None:
    assert canonical not in aliases
    assert aliases == sorted(aliases)
    assert len(set(aliases)) == len(aliases)
    assert all(a.strip() for a in aliases)


def test_speakers_tsv():
    expected = gold_speakers(BAIKONUR_ROWS)
    result = invoke("speakers", "--format", "tsv", BAIKONUR)
    assert result.stderr == ""
    assert result.return_value == 0
    table = parse_tsv(result.stdout)
    assert table[0] == list(SPEAKER_FIELDS)
    alias_at = SPEAKER_FIELDS.index("aliases")
    without_aliases = [f for f in SPEAKER_FIELDS if f != "aliases"]
    actual = [[c for i, c in enumerate(row) if i != alias_at] for row in table[1:]]
    assert actual == [[cell(s[f]) for f in without_aliases] for s in expected]
    for row in table[1:]:
        assert len(row) == len(SPEAKER_FIELDS)
        _check_aliases(_split_aliases(row[alias_at]), row[0])


def test_speakers_json():
    expected = gold_speakers(BAIKONUR_ROWS)
    result = invoke("speakers", "--format", "json", BAIKONUR)
    assert result.return_value == 0
    objects = json.loads(result.stdout)
    assert [list(o) for o in objects] == [list(SPEAKER_FIELDS)] * len(expected)
    assert [{k: v for k, v in o.items() if k != "aliases"} for o in objects] == expected
    for o in objects:
        assert o["aliases"] is None or isinstance(o["aliases"], str)
        _check_aliases(_split_aliases(o["aliases"]), o["speaker"])
    # and the exact JSON text layout, aliases taken as the only underivable column
    expected_full = [{**s, "aliases": o["aliases"]} for s, o in zip(expected, objects)]
    assert_lines(result.stdout, expect_json(expected_full, SPEAKER_FIELDS))


def test_speakers_over_two_files_lists_both_sources():
    rows = gold_rows("baikonur") + gold_rows("lyon_factory")
    result = invoke("speakers", "--format", "json", BAIKONUR, "fixtures/lyon_factory.txt")
    objects = json.loads(result.stdout)
    assert [{k: v for k, v in o.items() if k != "aliases"} for o in objects] == gold_speakers(rows)


def test_speakers_table_shows_every_column():
    result = invoke("speakers", "--format", "table", "--fmt", "plain", BAIKONUR)
    assert result.return_value == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == list(SPEAKER_FIELDS)
    for s in gold_speakers(BAIKONUR_ROWS):
        assert any(line.startswith(s["speaker"] + " ") for line in lines), s["speaker"]


# == 3. filters =================================================================================

LAVROV = [r for r in BAIKONUR_ROWS if r["speaker"] == "Sergey Lavrov"]


@pytest.mark.parametrize("name", ["lavrov", "SERGEY LAVROV", "Lavrov", "sergey  lavrov"])
def test_speaker_filter(name):
    assert len(LAVROV) == 2
    result = invoke("quotes", "--format", "tsv", "--speaker", name, BAIKONUR)
    assert result.return_value == 0
    assert_lines(result.stdout, expect_tsv(LAVROV))


UNDATED_FIXTURES = [n for n in FIXTURE_NAMES if load_gold(n)["date"] is None]


@pytest.mark.slow
def test_speaker_filter_accepts_every_listed_alias():
    """Each alias `speakers` lists selects (at least) all of that speaker's gold quotes."""
    paths = [f"fixtures/{n}.txt" for n in UNDATED_FIXTURES]
    every = [r for n in UNDATED_FIXTURES for r in gold_rows(n)]
    listed = json.loads(invoke("speakers", "--format", "json", *paths).stdout)
    checked = 0
    for entry in listed:
        # (read where `speakers` says the speaker speaks: every gold quote of theirs must be there)
        sources = entry["sources"].split("; ")
        for alias in _split_aliases(entry["aliases"]):
            result = invoke("quotes", "--format", "json", "--speaker", alias, *sources)
            assert result.return_value == 0, alias
            got = [o for o in json.loads(result.stdout) if o["speaker"] == entry["speaker"]]
            assert got == [r for r in every if r["speaker"] == entry["speaker"]], alias
            checked += 1
    assert checked  # the fixtures do have speakers known by a second name


def test_speaker_filter_ignores_accents():
    rows = [r for r in gold_rows("lyon_factory") if r["speaker"] == "Marc Lefèvre"]
    assert rows
    for name in ("marc lefevre", "LEFEVRE", "Lefèvre"):
        result = invoke("quotes", "--format", "tsv", "-s", name, "fixtures/lyon_factory.txt")
        assert result.return_value == 0, name
        assert_lines(result.stdout, expect_tsv(rows))


@pytest.mark.slow
def test_speaker_filter_whole_words_only():
    proc = run("quotes", "--speaker", "lav", BAIKONUR)
    assert proc.returncode == 1
    assert proc.stderr == ""
    assert_lines(proc.stdout, expect_tsv([]))  # the header row, no records


@pytest.mark.parametrize(
    "fmt, expected",
    [
        ("json", lambda: expect_json([])),
        ("jsonl", lambda: expect_jsonl([])),
        ("csv", lambda: expect_csv([])),
        ("table", lambda: expect_table([])),
    ],
)
@pytest.mark.slow
def test_no_match_in_every_format(fmt, expected):
    proc = run("quotes", "--format", fmt, "--speaker", "lav", BAIKONUR)
    assert proc.returncode == 1
    assert proc.stderr == ""
    assert_lines(proc.stdout, expected())


def test_speakers_command_speaker_filter():
    result = invoke("speakers", "--format", "json", "--speaker", "lavrov", BAIKONUR)
    assert result.return_value == 0
    objects = json.loads(result.stdout)
    assert [{k: v for k, v in o.items() if k != "aliases"} for o in objects] == gold_speakers(LAVROV)


def test_date_filter():
    since, until = "2013-01-01", "2013-01-31"
    expected = [r for r in BAIKONUR_ROWS if r["date"] and since <= r["date"] <= until]
    assert expected and len(expected) < len(BAIKONUR_ROWS)
    result = invoke("quotes", "--format", "tsv", "--since", since, "--until", until, BAIKONUR)
    assert result.return_value == 0
    assert_lines(result.stdout, expect_tsv(expected))


def test_date_filter_bounds_are_inclusive():
    expected = [r for r in BAIKONUR_ROWS if r["date"] == "2013-01-25"]
    assert len(expected) == 2
    result = invoke("quotes", "-f", "tsv", "--since", "2013-01-25", "--until", "2013-01-25", BAIKONUR)
    assert result.return_value == 0
    assert_lines(result.stdout, expect_tsv(expected))


def test_since_alone_drops_undated():
    expected = [r for r in BAIKONUR_ROWS if r["date"] and r["date"] >= "2013-01-11"]
    assert expected
    result = invoke("quotes", "--format", "tsv", "--since", "2013-01-11", BAIKONUR)
    assert_lines(result.stdout, expect_tsv(expected))


@pytest.mark.slow
def test_date_filter_nothing_matches_exit_1():
    proc = run("quotes", "--until", "1999-12-31", BAIKONUR)
    assert proc.returncode == 1
    assert proc.stderr == ""
    assert_lines(proc.stdout, expect_tsv([]))


@pytest.mark.parametrize("kept", [("pronoun",), ("name", "document"), ("description", "pronoun")])
@pytest.mark.slow
def test_via_keeps_the_attributions_found_those_ways(kept):
    expected = [r for r in gold_rows("baikonur") if r["via"] in kept]
    assert expected  # the seed has quotes found by a name, a pronoun, a description and a document
    proc = run("quotes", "--via", ",".join(kept), BAIKONUR)
    assert proc.returncode == 0, proc.stderr
    assert_lines(proc.stdout, expect_tsv(expected))
    speakers = json.loads(run("speakers", "--format", "json", "--via", ",".join(kept), BAIKONUR).stdout)
    assert [s["speaker"] for s in speakers] == [s["speaker"] for s in gold_speakers(expected)]


@pytest.mark.parametrize("value", ["names", "name,,oops", ""])
def test_via_rejects_an_unknown_way(value):
    proc = run("quotes", "--via", value, BAIKONUR)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "--via" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("name", ["millbrook_festival", "lyon_factory"])
def test_all_includes_terms(name):
    path = f"fixtures/{name}.txt"
    everything = gold_rows(name, terms=True)
    assert any(r["kind"] == "term" for r in everything)
    with_terms = invoke("quotes", "--format", "tsv", "--all", path)
    assert with_terms.return_value == 0
    assert_lines(with_terms.stdout, expect_tsv(everything))
    speech_only = invoke("quotes", "--format", "tsv", path)
    assert_lines(speech_only.stdout, expect_tsv([r for r in everything if r["kind"] == "speech"]))


@pytest.mark.parametrize("option", ["--doc-date", "--date"])  # --date: the hidden old name
def test_doc_date_option_used_for_document_date(option):
    gold = load_gold("ashby_bridge")
    assert gold["date"] is not None
    result = invoke("quotes", "--format", "tsv", option, gold["date"], "fixtures/ashby_bridge.txt")
    assert result.return_value == 0
    assert_lines(result.stdout, expect_tsv(gold_rows("ashby_bridge")))


# == 4. round trip ==============================================================================


def _round_trip(path: str, extra: list[str]) -> None:
    outputs = {fmt: invoke("quotes", "--all", "--format", fmt, *extra, path)
               for fmt in ("tsv", "csv", "json")}
    for fmt, result in outputs.items():
        assert result.return_value == 0, fmt
    objects = json.loads(outputs["json"].stdout)
    assert objects
    expected = [list(QUOTE_FIELDS)] + json_as_cells(objects, QUOTE_FIELDS)
    assert parse_tsv(outputs["tsv"].stdout) == expected
    assert parse_csv(raw(outputs["csv"])) == expected
    assert len(outputs["tsv"].stdout.splitlines()) == len(objects) + 1  # one record per line


@pytest.mark.parametrize("name", FIXTURE_NAMES)
def test_tsv_and_csv_round_trip_to_json(name):
    date = load_gold(name)["date"]
    _round_trip(f"fixtures/{name}.txt", ["--doc-date", date] if date else [])


def test_round_trip_with_tabs_backslashes_and_newlines(tmp_path):
    text = ("Council Meets\n\n"
            "“We will fix the\\road\tnext year, and that is a promise,” Mayor John Smith said.\n\n"
            "“The budget is\nready,” Smith said.\n")
    path = tmp_path / "council.txt"
    path.write_text(text, encoding="utf-8")
    objects = json.loads(invoke("quotes", "--format", "json", str(path)).stdout)
    assert objects
    for o in objects:
        assert o["quote"] == text[o["start"]:o["end"]]
    assert any("\t" in o["quote"] and "\\" in o["quote"] for o in objects)
    assert any("\n" in o["quote"] for o in objects)
    _round_trip(str(path), [])


def test_csv_keeps_a_line_break_inside_a_cell_as_a_line_break(tmp_path):
    """RFC 4180, as pandas, csvkit and spreadsheets read it: the csv module gives back the
    quotation exactly, its line break, tab and backslash included."""
    text = "Council Meets\n\n“The budget is\nready, and the\\road\tis next,” Mayor John Smith said.\n"
    path = tmp_path / "council.txt"
    path.write_text(text, encoding="utf-8")
    result = invoke("quotes", "--format", "csv", str(path))
    assert result.return_value == 0
    quote = text[text.index("“"):text.index("”") + 1]
    assert "\n" in quote
    rows = list(csv.DictReader(io.StringIO(raw(result), newline="")))
    assert [r["quote"] for r in rows] == [quote]
    assert f'"{quote}"' in raw(result)  # the line break itself, inside a quoted cell


def test_table_collapses_whitespace_like_json_fields(tmp_path):
    """Cross-format check on text with a tab and a line break inside a quote: the table shows
    the JSON records' cells with whitespace runs collapsed."""
    text = ("Council Meets\n\n"
            "“We will fix the\\road\tnext year,” Mayor John Smith said.\n\n"
            "“The budget is\nready,” Smith said.\n")
    path = tmp_path / "council.txt"
    path.write_text(text, encoding="utf-8")
    objects = json.loads(invoke("quotes", "--format", "json", str(path)).stdout)
    assert any("\n" in o["quote"] for o in objects) and any("\t" in o["quote"] for o in objects)
    table = invoke("quotes", "--format", "table", str(path)).stdout
    assert_lines(table, expect_table(objects))


def test_csv_quotes_cells_with_double_quotes():
    rows = gold_rows("millbrook_festival", terms=True)
    assert any('"' in r["quote"] for r in rows)
    result = invoke("quotes", "--format", "csv", "--all", "fixtures/millbrook_festival.txt")
    assert result.return_value == 0
    assert_lines(raw(result), expect_csv(rows))


# == 5. errors, stdin, directories ==============================================================


@pytest.mark.slow
def test_missing_file_next_to_good_one():
    proc = run("quotes", "fixtures/no_such_article.txt", BAIKONUR)
    assert proc.returncode == 2
    assert_one_error_line(proc.stderr, "fixtures/no_such_article.txt")
    assert_lines(proc.stdout, expect_tsv(BAIKONUR_ROWS))


@pytest.mark.slow
def test_missing_file_after_good_one_json():
    proc = run("quotes", "--format", "json", BAIKONUR, "no_such_dir/x.txt")
    assert proc.returncode == 2
    assert_one_error_line(proc.stderr, "no_such_dir/x.txt")
    assert_lines(proc.stdout, expect_json(BAIKONUR_ROWS))


@pytest.mark.slow
def test_one_stderr_line_per_bad_input():
    proc = run("quotes", "missing_one.txt", BAIKONUR, "missing_two.txt")
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 2, proc.stderr
    assert lines[0].startswith("quotecheck: ") and "missing_one.txt" in lines[0]
    assert lines[1].startswith("quotecheck: ") and "missing_two.txt" in lines[1]
    assert_lines(proc.stdout, expect_tsv(BAIKONUR_ROWS))


@pytest.mark.parametrize(
    "args, needle",
    [
        (["quotes", "--format", "xml", BAIKONUR], "--format"),
        (["quotes", "--since", "2024-13-45", BAIKONUR], "--since"),
        (["quotes", "--until", "yesterday", BAIKONUR], "--until"),
        (["quotes", "--fmt", "nonsense", BAIKONUR], "--fmt"),
        (["speakers", "--format", "xml", BAIKONUR], "--format"),
        (["quotes", "--no-such-option", BAIKONUR], "--no-such-option"),
        (["quotes", "--encoding", "no-such-codec", BAIKONUR], "no-such-codec"),
    ],
    ids=["format", "since", "until", "fmt", "speakers-format", "unknown-option", "encoding"],
)
@pytest.mark.slow
def test_bad_option_values(args, needle):
    proc = run(*args)
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert_one_error_line(proc.stderr, needle)


@pytest.mark.slow
def test_empty_file(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run("quotes", str(empty), BAIKONUR)
    assert proc.returncode == 2
    assert_one_error_line(proc.stderr, str(empty))
    assert_lines(proc.stdout, expect_tsv(BAIKONUR_ROWS))


@pytest.mark.slow
def test_empty_file_alone(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = run("quotes", str(empty))
    assert proc.returncode == 2
    assert_one_error_line(proc.stderr, str(empty))
    assert_lines(proc.stdout, expect_tsv([]))


@pytest.mark.slow
def test_binary_file(tmp_path):
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    proc = run("quotes", BAIKONUR, str(binary))
    assert proc.returncode == 2
    assert_one_error_line(proc.stderr, str(binary))
    assert_lines(proc.stdout, expect_tsv(BAIKONUR_ROWS))


@pytest.mark.slow
def test_empty_directory(tmp_path):
    empty_dir = tmp_path / "nothing_here"
    empty_dir.mkdir()
    proc = run("quotes", BAIKONUR, str(empty_dir))
    assert proc.returncode == 2
    assert_one_error_line(proc.stderr, str(empty_dir))
    assert_lines(proc.stdout, expect_tsv(BAIKONUR_ROWS))


@pytest.mark.parametrize("variant", ["crlf", "bom"])
def test_crlf_and_bom_inputs_count_offsets_in_the_normalised_text(tmp_path, variant):
    data = (FIXTURES / "baikonur.txt").read_bytes()
    data = data.replace(b"\n", b"\r\n") if variant == "crlf" else b"\xef\xbb\xbf" + data
    path = tmp_path / f"baikonur_{variant}.txt"
    path.write_bytes(data)
    result = invoke("quotes", "--format", "jsonl", str(path))
    assert result.return_value == 0
    assert_lines(result.stdout, expect_jsonl(gold_rows("baikonur", source=str(path))))


@pytest.mark.slow
def test_stdin_dash():
    data = (FIXTURES / "baikonur.txt").read_bytes()
    proc = run("quotes", "-", input=data)
    assert proc.returncode == 0
    assert proc.stderr == ""
    assert_lines(proc.stdout, expect_tsv(gold_rows("baikonur", source="-")))


@pytest.mark.slow
def test_stdin_dash_among_files():
    data = (FIXTURES / "lyon_factory.txt").read_bytes()
    proc = run("quotes", "--format", "jsonl", BAIKONUR, "-", input=data)
    assert proc.returncode == 0
    assert_lines(proc.stdout, expect_jsonl(BAIKONUR_ROWS + gold_rows("lyon_factory", source="-")))


def test_directory_argument_gives_every_fixture():
    result = invoke("quotes", "--format", "json", "fixtures/")
    assert result.return_value == 0
    objects = json.loads(result.stdout)
    sources = [o["source"] for o in objects]
    assert sources == sorted(sources)  # walked in sorted order
    date_free = [f for f in QUOTE_FIELDS if f not in ("date", "date_source")]
    for name in FIXTURE_NAMES:
        source = os.path.join("fixtures/", name + ".txt")
        got = [o for o in objects if o["source"] == source]
        expected = gold_rows(name, source=source)
        if load_gold(name)["date"] is None:
            assert got == expected, name
        else:  # the gold reading assumes --date, which a directory run does not give
            assert [[o[f] for f in date_free] for o in got] == \
                [[r[f] for f in date_free] for r in expected], name


def test_directory_is_walked_recursively_in_sorted_order(tmp_path):
    top = tmp_path / "articles"
    (top / "z_sub" / "deeper").mkdir(parents=True)
    (top / "a_lyon.txt").write_bytes((FIXTURES / "lyon_factory.txt").read_bytes())
    (top / "z_sub" / "deeper" / "baikonur.txt").write_bytes((FIXTURES / "baikonur.txt").read_bytes())
    (top / "m_mill.txt").write_bytes((FIXTURES / "millbrook_festival.txt").read_bytes())
    arg = str(top)
    result = invoke("quotes", "--format", "tsv", arg)
    assert result.return_value == 0
    expected = (gold_rows("lyon_factory", os.path.join(arg, "a_lyon.txt"))
                + gold_rows("millbrook_festival", os.path.join(arg, "m_mill.txt"))
                + gold_rows("baikonur", os.path.join(arg, "z_sub", "deeper", "baikonur.txt")))
    assert_lines(result.stdout, expect_tsv(expected))


# == 6. the module entry point ==================================================================


def test_version():
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stderr == ""
    assert proc.stdout == f"quotecheck {importlib.metadata.version('quotecheck-news')}\n"
    assert quotecheck.__version__ == importlib.metadata.version("quotecheck-news")


@pytest.mark.slow
def test_piped_default_is_tsv():
    proc = run("quotes", BAIKONUR)
    assert proc.returncode == 0
    assert proc.stderr == ""
    assert_lines(proc.stdout, expect_tsv(BAIKONUR_ROWS))


@pytest.mark.slow
def test_terminal_default_is_table():
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k != "QUOTECHECK_DEBUG"}
    proc = subprocess.Popen([sys.executable, "-m", "quotecheck", "quotes", BAIKONUR], cwd=ROOT,
                            env=env, stdin=subprocess.DEVNULL, stdout=slave,
                            stderr=subprocess.PIPE)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO once the child has closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    stderr = proc.stderr.read()
    proc.stderr.close()
    assert proc.wait(timeout=60) == 0
    assert stderr == b""
    out = b"".join(chunks).decode("utf-8").replace("\r\n", "\n")
    assert_lines(out, expect_table(BAIKONUR_ROWS))


def test_no_arguments_prints_help():
    proc = run()
    assert proc.returncode == 0
    assert proc.stdout.startswith("Usage: quotecheck")
    for command in app.registered_commands:
        assert re.search(rf"^\s+{command.name}\s", proc.stdout, re.M), command.name


# == 7. broken pipe =============================================================================


def _pipeline(command: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "QUOTECHECK_DEBUG"}
    script = f"{command} | head -1; echo \"status=${{PIPESTATUS[0]}}\" >&2"
    proc = subprocess.run(["bash", "-c", script], cwd=ROOT, env=env, capture_output=True,
                          timeout=60)
    return proc


@pytest.mark.slow
def test_broken_pipe_fixtures():
    qc = f"{shlex.quote(sys.executable)} -m quotecheck"
    proc = _pipeline(f"{qc} quotes fixtures/")
    assert proc.stdout.decode("utf-8") == "\t".join(QUOTE_FIELDS) + "\n"
    assert proc.stderr.decode("utf-8") == "status=0\n"  # nothing from quotecheck, exit 0


@pytest.mark.slow
def test_broken_pipe_large_output(tmp_path):
    """More output than a pipe holds, so the write really fails with EPIPE."""
    big = tmp_path / "big.txt"
    big.write_text("\n\n".join([(FIXTURES / "baikonur.txt").read_text(encoding="utf-8")] * 40),
                   encoding="utf-8")
    qc = f"{shlex.quote(sys.executable)} -m quotecheck"
    for args, expected_first in (
        ("quotes", "\t".join(QUOTE_FIELDS)),
        ("quotes --format json", "["),
        ("quotes --format csv", ",".join(QUOTE_FIELDS) + "\r"),
    ):
        proc = _pipeline(f"{qc} {args} {shlex.quote(str(big))}")
        assert proc.stdout.decode("utf-8") == expected_first + "\n", args
        assert proc.stderr.decode("utf-8") == "status=0\n", args
    proc = _pipeline(f"{qc} quotes --format table {shlex.quote(str(big))}")
    assert proc.stdout.decode("utf-8").split() == list(QUOTE_TABLE_FIELDS)
    assert proc.stderr.decode("utf-8") == "status=0\n"


# == 8. help and README =========================================================================

COMMANDS = app.registered_commands


def _help_text(command) -> str:
    return command.help or inspect.getdoc(command.callback) or ""


@pytest.mark.parametrize("command", COMMANDS, ids=[c.name for c in COMMANDS])
def test_command_help(command):
    text = _help_text(command)
    assert text.strip(), f"{command.name} has no help text"
    result = CliRunner().invoke(app, [command.name, "--help"])
    assert result.exit_code == 0
    first_paragraph = " ".join(text.split("\n\n")[0].split())
    assert first_paragraph in " ".join(result.stdout.split())
