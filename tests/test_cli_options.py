"""The command line as a new user meets it: placeholders, dates, one meaning per option name,
-o/--output for every command and format, the text command, completion, help with examples."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEED = str(ROOT / "fixtures" / "baikonur.txt")
ENV = {k: v for k, v in os.environ.items() if k != "QUOTECHECK_DEBUG"}


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def process(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotecheck", *args], cwd=ROOT, env={**ENV, **env},
                          capture_output=True, text=True, timeout=60)


# -- dates and placeholders ---------------------------------------------------------------------


@pytest.mark.parametrize("args, option", [
    (["quotes", "--doc-date", "2013-02-30", SEED], "--doc-date"),
    (["quotes", "--date", "31/01/2013", SEED], "--date"),
    (["speakers", "--doc-date", "soon", SEED], "--doc-date"),
    (["index", "--doc-date", "2013-1-5", "--db", "x.db", SEED], "--doc-date"),
    (["verify", "a claim", SEED, "--doc-date", "2013"], "--doc-date"),
    (["quotes", "--since", "20130101", SEED], "--since"),
])
def test_a_bad_date_is_one_line_naming_the_option_and_the_form(capsys, args, option):
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1, err
    assert f"'{option}'" in err and "YYYY-MM-DD" in err and "Traceback" not in err


@pytest.mark.parametrize("command, placeholders", [
    ("quotes", ["[FILE]...", "--speaker NAME", "--since YYYY-MM-DD", "--doc-date YYYY-MM-DD",
                "--encoding NAME", "--jobs N", "--db FILE", "--source PATTERN", "--via LIST",
                "--output FILE", "--table-style STYLE"]),
    ("speakers", ["[FILE]...", "--until YYYY-MM-DD", "--doc-date YYYY-MM-DD"]),
    ("verify", ["[CLAIM] [SOURCE]...", "--speaker NAME", "--date YYYY-MM-DD", "--claims FILE",
                "--threshold N", "--doc-date YYYY-MM-DD", "--output FILE"]),
    ("index", ["[FILE]...", "--db FILE", "--doc-date YYYY-MM-DD"]),
    ("text", ["[FILE]...", "--encoding NAME", "--output FILE"]),
])
def test_help_says_what_to_type(capsys, command, placeholders):
    code, out, err = run(capsys, command, "--help")
    assert code == 0
    for placeholder in placeholders:
        assert placeholder in out, placeholder
    assert "<str>" not in out and "list[str]" not in out and "<float" not in out


@pytest.mark.parametrize("command", ["quotes", "speakers", "verify", "index", "text"])
def test_help_has_examples_each_on_its_own_line(capsys, command):
    code, out, err = run(capsys, command, "--help")
    lines = out.splitlines()
    start = lines.index("  Example:")
    examples = []
    for line in lines[start + 1:]:
        if not line.strip():
            break
        examples.append(line.strip())
    assert examples and all(re.match(r"(QUOTECHECK_DB=\S+ )?quotecheck ", e) for e in examples)
    assert any(e.startswith(f"quotecheck {command} ") for e in examples)


def test_root_help_gives_each_summary_whole(capsys):
    import inspect

    from quotecheck import cli

    code, out, err = run(capsys, "--help")
    shown = " ".join(out.split())
    for function in (cli.quotes_command, cli.speakers_command, cli.verify_command,
                     cli.index_command, cli.text_command):
        summary = " ".join(inspect.getdoc(function).split("\n\n")[0].split())
        assert summary.endswith((".", "?")) and summary in shown
    assert "..." not in out.split("Commands:")[1]


# -- old names, kept hidden for one release -----------------------------------------------------


def test_old_option_names_still_work_and_give_the_same_output(capsys, tmp_path):
    pairs = [
        (["quotes", SEED, "--doc-date", "2013-01-31"], ["quotes", SEED, "--date", "2013-01-31"]),
        (["speakers", SEED, "--doc-date", "2013-01-31"], ["speakers", SEED, "--date", "2013-01-31"]),
        (["quotes", SEED, "-f", "table", "--table-style", "github"],
         ["quotes", SEED, "-f", "table", "--fmt", "github"]),
        (["text", SEED], ["quotes", "--show-text", SEED]),
    ]
    for new, old in pairs:
        assert run(capsys, *new) == run(capsys, *old), new
    code, out, _ = run(capsys, "quotes", SEED, "--doc-date", "2013-01-31", "--format", "jsonl")
    assert code == 0 and '"date_source": "document"' in out  # the date really was used


def test_a_bad_table_style_names_the_option(capsys):
    code, out, err = run(capsys, "quotes", SEED, "--table-style", "nonsense")
    assert code == 2 and out == "" and "'--table-style'" in err and len(err.splitlines()) == 1


# -- -o / --output ------------------------------------------------------------------------------

FORMATS = ["table", "tsv", "csv", "json", "jsonl"]


@pytest.mark.parametrize("args", [
    ["quotes", SEED], ["speakers", SEED], ["verify", "Russia is a major space power", SEED],
])
@pytest.mark.parametrize("fmt", FORMATS)
def test_output_file_holds_what_standard_output_would(capsys, tmp_path, args, fmt):
    code, out, err = run(capsys, *args, "--format", fmt)
    target = tmp_path / f"out.{fmt}"
    code_to_file, nothing, err_to_file = run(capsys, *args, "--format", fmt, "-o", str(target))
    assert (code_to_file, nothing, err_to_file) == (code, "", err)
    assert out and target.read_bytes().decode("utf-8") == out


def test_text_to_a_file_is_the_text(capsys, tmp_path):
    target = tmp_path / "text.txt"
    code, out, err = run(capsys, "text", SEED, "--output", str(target))
    assert (code, out, err) == (0, "", "")
    assert target.read_bytes() == Path(SEED).read_bytes()


def test_output_dash_is_standard_output(capsys):
    assert run(capsys, "quotes", SEED, "-o", "-") == run(capsys, "quotes", SEED)


def test_a_failing_input_loses_nothing_already_written(capsys, tmp_path):
    target = tmp_path / "quotes.tsv"
    target.write_text("old contents\n", encoding="utf-8")
    alone = run(capsys, "quotes", SEED, "--format", "tsv")[1]
    code, out, err = run(capsys, "quotes", SEED, str(tmp_path / "missing.txt"), "--format", "tsv",
                         "-o", str(target))
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "missing.txt" in err
    assert target.read_text(encoding="utf-8") == alone


def test_an_output_file_that_cannot_be_written_is_one_line(capsys, tmp_path):
    code, out, err = run(capsys, "quotes", SEED, "-o", str(tmp_path / "no" / "such" / "dir.tsv"))
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "cannot write" in err


def test_a_usage_error_leaves_an_existing_output_file_alone(capsys, tmp_path):
    target = tmp_path / "quotes.tsv"
    target.write_text("old contents\n", encoding="utf-8")
    code, out, err = run(capsys, "quotes", SEED, "--since", "never", "-o", str(target))
    assert code == 2
    assert target.read_text(encoding="utf-8") == "old contents\n"


# -- completion and version ---------------------------------------------------------------------


def test_shell_completion_completes_commands_and_options():
    proc = process(_QUOTECHECK_COMPLETE="complete_bash", COMP_WORDS="quotecheck qu", COMP_CWORD="1")
    assert proc.returncode == 0 and proc.stdout.split() == ["quotes"]
    proc = process(_QUOTECHECK_COMPLETE="complete_bash", COMP_WORDS="quotecheck verify --doc",
                   COMP_CWORD="2")
    assert proc.stdout.split() == ["--doc-date"]


def test_version_comes_from_the_installed_metadata_only():
    import importlib.metadata
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" in project and "version" not in project.get("dynamic", [])
    assert importlib.metadata.version("quotecheck-news") == project["version"]
    sources = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "quotecheck").glob("*.py"))
    assert project["version"] not in sources  # written nowhere else
