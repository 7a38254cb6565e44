"""Real-world inputs through the command line: saved pages, legacy encodings, datelines."""

from __future__ import annotations

import json

import pytest

from quotecheck.cli import main

PAGE = """<!doctype html>
<html><head>
<title>Bridge talks</title>
<meta property="article:published_time" content="2024-03-05T09:30:00+01:00">
</head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | “Subscribe now,” our editors say.</nav>
<article>
<h1>Talks on the new bridge end without a deal</h1>
<p>ALMATY - The talks on the new river bridge ended on Monday without an agreement, and the two
delegations will meet again next month.</p>
<p>“We are closer than we have ever been, but the money is not there yet,” Transport Minister
Anna Berger said on Monday after the talks.</p>
<p>“We will come back with a new offer,” she added.</p>
</article>
<aside class="related">Related: “Ten bridges you must see,” a reader wrote.</aside>
<div class="comments"><p>“This is a scandal,” wrote one commenter.</p></div>
</body></html>
"""


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def test_a_saved_page_gives_the_articles_quotes_with_the_pages_date(capsys, tmp_path):
    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    code, out, err = run(capsys, "quotes", str(page), "--format", "jsonl")
    assert (code, err) == (0, "")
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["quote"] for r in rows] == [
        "“We are closer than we have ever been, but the money is not there yet,”",
        "“We will come back with a new offer,”",
    ]
    assert [(r["speaker"], r["role"]) for r in rows] == [("Anna Berger", "Transport Minister")] * 2
    # "on Monday" resolves against the page's date, Tuesday 5 March 2024.
    assert [(r["date"], r["date_source"]) for r in rows] == [
        ("2024-03-04", "explicit"), ("2024-03-04", "context")]


def test_show_text_prints_the_text_the_offsets_count_in(capsys, tmp_path):
    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    _, out, _ = run(capsys, "quotes", str(page), "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    code, text, err = run(capsys, "quotes", str(page), "--show-text")
    assert (code, err) == (0, "")
    assert "Subscribe now" not in text and "scandal" not in text and "Ten bridges" not in text
    for row in rows:
        assert text[row["start"]:row["end"]] == row["quote"]
        assert text.count("\n", 0, row["start"]) + 1 == row["line"]


def test_show_text_with_several_files_names_each(capsys, tmp_path):
    (tmp_path / "a.txt").write_text("First text.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second text.\n", encoding="utf-8")
    code, out, err = run(capsys, "quotes", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                         "--show-text")
    assert code == 0
    assert out == (f"==> {tmp_path / 'a.txt'} <==\nFirst text.\n"
                   f"==> {tmp_path / 'b.txt'} <==\nSecond text.\n")


def test_a_windows_1251_transcript_with_crlf(capsys, tmp_path):
    text = ("МОСКВА, 5 марта 2024 года.\r\n\r\n«Мы готовы продолжить переговоры по мосту в любое "
            "время», — сказал министр транспорта на пресс-конференции в Москве.\r\n")
    path = tmp_path / "transcript.txt"
    path.write_bytes(text.encode("cp1251"))
    code, out, err = run(capsys, "quotes", str(path), "--all", "--format", "jsonl")
    assert err == ""
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["quote"] for r in rows] == [
        "«Мы готовы продолжить переговоры по мосту в любое время»"]
    assert rows[0]["line"] == 3  # CRLF counted as one line break


def test_the_dateline_dates_the_article_and_date_option_wins(capsys, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "Bridge talks resume\n\nASTANA, March 5, 2024 (Reuters) - Talks resumed on Tuesday.\n\n"
        "“We expect a deal within a month,” Transport Minister Anna Berger told reporters.\n",
        encoding="utf-8")
    code, out, _ = run(capsys, "quotes", str(path), "--format", "jsonl")
    row = json.loads(out)
    assert (row["date"], row["date_source"]) == ("2024-03-05", "document")
    code, out, _ = run(capsys, "quotes", str(path), "--format", "jsonl", "--date", "2024-04-01")
    row = json.loads(out)
    assert (row["date"], row["date_source"]) == ("2024-04-01", "document")


def test_a_published_line_and_a_relative_day(capsys, tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(
        "Published: March 7, 2024\n\n“The bridge will open in May,” the mayor, John Smith, said "
        "yesterday.\n", encoding="utf-8")
    code, out, _ = run(capsys, "quotes", str(path), "--format", "jsonl")
    row = json.loads(out)
    assert (row["speaker"], row["role"]) == ("John Smith", "mayor")
    assert (row["date"], row["date_source"]) == ("2024-03-06", "explicit")
