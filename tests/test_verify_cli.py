"""`quotecheck verify` through its command line, on the seed article."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotecheck.claims import read_claims
from quotecheck.cli import main
from quotecheck.model import VERDICT_FIELDS

ROOT = Path(__file__).resolve().parents[1]
SEED = str(ROOT / "fixtures" / "baikonur.txt")


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


def verdicts(capsys, *args: str) -> tuple[int, list[dict]]:
    code, out, err = run(capsys, "verify", *args, "--format", "json")
    assert err == ""
    return code, json.loads(out)


def one(capsys, *args: str) -> tuple[int, dict]:
    code, rows = verdicts(capsys, *args)
    assert len(rows) == 1
    return code, rows[0]


def test_exact_quote(capsys):
    code, row = one(capsys, "Russia is a major space power", SEED)
    assert code == 0
    assert row["verdict"] == "exact"
    assert row["speaker"] == "Erlan Idrissov"
    assert row["speaker_check"] is None and row["date_check"] is None
    assert row["line"] == 13
    text = Path(SEED).read_text(encoding="utf-8")
    assert text[row["start"]:row["end"]] == row["match"] == "Russia is a major space power"


def test_the_same_words_credited_to_the_wrong_minister(capsys):
    code, row = one(capsys, "Russia is a major space power", SEED, "--speaker", "Sergey Lavrov")
    assert code == 1
    assert (row["verdict"], row["speaker_check"], row["speaker"]) == ("exact", "wrong", "Erlan Idrissov")


def test_speaker_named_in_the_claim_itself(capsys):
    code, row = one(capsys, "Idrissov said 'Russia is a great space power'", SEED)
    assert code == 1
    assert row["verdict"] == "fuzzy"
    assert row["speaker_check"] == "ok"
    assert "great -> major" in row["notes"].split("; ")


def test_one_word_changed(capsys):
    code, row = one(capsys, "Russia is a great space power", SEED)
    assert code == 1
    assert row["verdict"] == "fuzzy"
    assert row["notes"] == "great -> major"
    assert 0 < row["score"] < 100


def test_words_dropped_without_an_ellipsis(capsys):
    claim = "Russia is a space power. Therefore, any arguments are preposterous"
    code, row = one(capsys, claim, SEED)
    assert code == 1
    assert row["verdict"] == "fuzzy"
    assert row["speaker"] == "Erlan Idrissov"
    assert "-major" in row["notes"].split("; ")


def test_ellipsis_joining_two_sentences_of_one_quote(capsys):
    claim = ("Russia is a major space power... any arguments and assertions regarding stopping "
             "cooperation are preposterous")
    code, row = one(capsys, claim, SEED)
    assert code == 0
    assert row["verdict"] == "exact"
    assert 'omitted: "Therefore"' in row["notes"].split("; ")


def test_ellipsis_joining_two_speakers_quotes_is_not_exact(capsys):
    claim = ("The cosmodrome is a project focusing on the future … I do not know who published "
             "this note in the mass media")
    code, row = one(capsys, claim, SEED)
    assert code == 1
    assert row["verdict"] != "exact"
    assert "different speakers" in row["notes"]


def test_straight_apostrophes_against_curly_ones(capsys):
    claim = "Kazakhstan hopes to expand its participation in the cosmodrome's space activities"
    code, row = one(capsys, claim, SEED)
    assert code == 0
    assert row["verdict"] == "exact"
    assert row["speaker"] == "Kazakhstan’s Foreign Ministry"
    assert row["date"] == "2013-01-10"
    assert "apostrophes" in row["notes"].split("; ")
    assert "cosmodrome’s" in row["match"]


def test_curly_marks_and_an_ellipsis_character_pasted_from_a_post(capsys):
    claim = "“The presidents of our countries appreciate and cherish Baikonur … I hope there will be no more unresolved issues in this sphere”"
    code, row = one(capsys, claim, SEED)
    assert code == 0
    assert row["verdict"] == "exact"
    assert row["speaker"] == "Erlan Idrissov"


def test_bracketed_substitution(capsys):
    claim = ("We correspond regularly on a whole range of issues that inevitably occur when you "
             "have [extensive] cooperation")
    code, row = one(capsys, claim, SEED)
    assert code == 0
    assert row["verdict"] == "exact"
    assert row["speaker"] == "Sergey Lavrov"
    assert row["notes"].split("; ") == ['[extensive] = "a great deal of"']
    assert row["match"].endswith("when you have a great deal of cooperation")


def test_a_sentence_from_the_narration_is_not_quoted(capsys):
    claim = "The Kazakh government had agreed to lease the space station to Russia until 2050"
    code, row = one(capsys, claim, SEED)
    assert code == 1
    assert row["verdict"] == "not-quoted"
    assert row["speaker"] is None
    assert row["line"] == 15


def test_an_invented_sentence_is_not_found(capsys):
    code, row = one(capsys, "Baikonur will be closed to all foreign launches next year", SEED)
    assert code == 1
    assert row["verdict"] == "not-found"
    # the closest passage still shows, and how far off it is
    assert row["source"] == SEED and row["match"] and row["notes"].startswith("closest: ")


def test_a_wrong_date(capsys):
    claim = "I think these were people wishing to make a mountain out of a molehill"
    code, row = one(capsys, claim, SEED, "--speaker", "lavrov", "--date", "2013-02-01")
    assert code == 1
    assert (row["verdict"], row["speaker_check"]) == ("exact", "ok")
    assert (row["date_check"], row["date"]) == ("wrong", "2013-01-25")


def test_the_right_date_and_speaker(capsys):
    claim = "I think these were people wishing to make a mountain out of a molehill"
    code, row = one(capsys, claim, SEED, "--speaker", "Sergey Lavrov", "--date", "2013-01-25")
    assert code == 0
    assert (row["verdict"], row["speaker_check"], row["date_check"]) == ("exact", "ok", "ok")


def test_a_speaker_the_source_does_not_know(capsys, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("“We will open the bridge in spring, whatever the weather does.”\n", encoding="utf-8")
    code, row = one(capsys, "We will open the bridge in spring", str(article), "--speaker", "Anna")
    assert row["verdict"] == "exact"
    assert row["speaker_check"] == "unknown"
    assert code == 1


def test_claim_is_literal_text_not_a_pattern(capsys):
    code, row = one(capsys, "Russia (.*) power[", SEED)
    assert row["verdict"] == "not-found"
    assert code == 1


def test_claims_file_gives_one_row_per_claim(capsys, tmp_path):
    claims = tmp_path / "claims.csv"
    with claims.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["id", "claim", "speaker", "date"])
        writer.writerow(["c1", "Russia is a major space power", "Idrissov", ""])
        writer.writerow(["c2", "Russia is a great space power", "", ""])
        writer.writerow(["c3", "Nobody ever said this sentence at all", "", ""])
    code, rows = verdicts(capsys, "--claims", str(claims), SEED)
    assert code == 1
    assert [(r["id"], r["verdict"], r["speaker_check"]) for r in rows] == [
        ("c1", "exact", "ok"), ("c2", "fuzzy", None), ("c3", "not-found", None)]


def test_claims_as_json_lines_and_tsv_agree(capsys, tmp_path):
    items = [{"claim": "Russia is a major space power", "speaker": "Lavrov"},
             {"claim": "I hope there will be no more unresolved issues in this sphere"}]
    jsonl = tmp_path / "claims.jsonl"
    jsonl.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    tsv = tmp_path / "claims.tsv"
    tsv.write_text("claim\tspeaker\n" + "".join(f"{i['claim']}\t{i.get('speaker', '')}\n" for i in items),
                   encoding="utf-8")
    _, from_jsonl = verdicts(capsys, "--claims", str(jsonl), SEED)
    _, from_tsv = verdicts(capsys, "--claims", str(tsv), SEED)
    assert from_jsonl == from_tsv
    assert [r["id"] for r in from_jsonl] == ["1", "2"]
    assert [(r["verdict"], r["speaker_check"]) for r in from_jsonl] == [("exact", "wrong"), ("exact", None)]


def test_all_matches_lists_every_source(capsys, tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_text(Path(SEED).read_text(encoding="utf-8"), encoding="utf-8")
    code, rows = verdicts(capsys, "Russia is a major space power", SEED, str(copy), "--all-matches")
    assert code == 0
    assert sorted(r["source"] for r in rows) == sorted([SEED, str(copy)])
    assert {r["verdict"] for r in rows} == {"exact"}


def test_tsv_has_every_field_and_one_line_per_claim(capsys):
    code, out, err = run(capsys, "verify", "Russia is a major space power", SEED, "--format", "tsv")
    lines = out.splitlines()
    assert lines[0].split("\t") == list(VERDICT_FIELDS)
    assert len(lines) == 2
    row = dict(zip(VERDICT_FIELDS, lines[1].split("\t")))
    assert (row["verdict"], row["speaker"], row["line"], row["id"]) == ("exact", "Erlan Idrissov", "13", "")


@pytest.mark.parametrize("args, message", [
    (["Russia is a major space power"], "at least one source"),
    (["Russia is a major space power", SEED, "--threshold", "150"], "--threshold"),
    (["Russia is a major space power", SEED, "--date", "yesterday"], "--date"),
])
def test_bad_calls_give_one_line_and_exit_2(capsys, args, message):
    code, out, err = run(capsys, "verify", *args)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and message in err


def test_missing_source_next_to_a_good_one(capsys, tmp_path):
    code, out, err = run(capsys, "verify", "Russia is a major space power", str(tmp_path / "nope.txt"),
                         SEED, "--format", "jsonl")
    assert code == 2
    assert json.loads(out)["verdict"] == "exact"
    assert err.strip().splitlines() == [f"quotecheck: {tmp_path / 'nope.txt'}: no such file or directory"]


@pytest.mark.slow
def test_verify_as_a_process_reading_the_source_from_stdin():
    text = Path(SEED).read_text(encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "verify", "Russia is a major space power", "-"],
                          input=text.encode(), capture_output=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0, proc.stderr
    rows = list(csv.reader(io.StringIO(proc.stdout.decode()), delimiter="\t"))
    assert rows[0] == list(VERDICT_FIELDS)
    assert dict(zip(rows[0], rows[1]))["verdict"] == "exact"


def test_word_diff_in_colour_for_a_terminal_only():
    from quotecheck.render import colour_diff

    assert colour_diff("great -> major; +the; -Therefore; case") == (
        "\033[31mgreat\033[0m -> \033[32mmajor\033[0m; \033[31m+the\033[0m; "
        "\033[32m-Therefore\033[0m; case")
    assert colour_diff('[extensive] = "a great deal of"') == '[extensive] = "a great deal of"'


def test_no_colour_when_no_color_is_set_or_not_a_terminal(monkeypatch):
    from quotecheck.render import use_colour

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_colour(Tty()) is True
    assert use_colour(io.StringIO()) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_colour(Tty()) is False


@pytest.mark.parametrize("claim", ["", "  ", "“”", '""'])
def test_an_empty_claim_is_a_bad_call(capsys, claim):
    code, out, err = run(capsys, "verify", claim, SEED)
    assert code == 2 and out == ""
    assert err.strip() == "quotecheck: error: Invalid value for CLAIM: the claimed quote is empty"


def test_a_missing_claims_file(capsys, tmp_path):
    code, out, err = run(capsys, "verify", "--claims", str(tmp_path / "none.csv"), SEED)
    assert code == 2 and out == ""
    assert err.strip() == f"quotecheck: error: {tmp_path / 'none.csv'}: no such file or directory"


def test_a_claims_file_in_our_own_tsv_and_csv_escaping(capsys, tmp_path):
    # A quotation broken over two lines: our TSV and CSV write the line break as \n, so a claims
    # file cut from our output must be read back with the line break, not a backslash and an n.
    article = tmp_path / "hearing.txt"
    article.write_text(
        "Ana Ruiz spoke for an hour.\n\n“We will rebuild the bridge\nthis year,” Ruiz said.\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "quotes", str(article), "--format", "tsv")
    header, row = out.splitlines()
    quote = row.split("\t")[header.split("\t").index("quote")]
    assert quote == "“We will rebuild the bridge\\nthis year,”"
    words = quote[1:-2]
    tsv = tmp_path / "claims.tsv"
    tsv.write_text(f"claim\tspeaker\n{words}\tAna Ruiz\n", encoding="utf-8")
    csv_file = tmp_path / "claims.csv"
    csv_file.write_text(f'claim,speaker\n"{words}",Ana Ruiz\n', encoding="utf-8")
    for claims in (tsv, csv_file):
        [claim] = read_claims(claims.name, claims.read_text(encoding="utf-8"))
        assert claim.text == "We will rebuild the bridge\nthis year"
        code, [row] = verdicts(capsys, "--claims", str(claims), str(article))
        assert (row["verdict"], row["speaker_check"], code) == ("exact", "ok", 0)
    # A backslash before anything else is the writer's own.
    [claim] = read_claims("paths.csv", "claim\nC:\\files\\plan.doc was leaked\n")
    assert claim.text == "C:\\files\\plan.doc was leaked"


def test_a_claims_file_that_cannot_be_read(capsys, tmp_path, monkeypatch):
    binary = tmp_path / "claims.bin"
    binary.write_bytes(b"\x00\x01\x02claim\x00" * 100)
    code, out, err = run(capsys, "verify", "--claims", str(binary), SEED)
    assert (code, out) == (2, "")
    assert err == f"quotecheck: error: {binary}: not a text file (binary)\n"
    code, out, err = run(capsys, "verify", "--claims", str(tmp_path), SEED)
    assert (code, out) == (2, "")
    assert err == f"quotecheck: error: {tmp_path}: is a directory\n"

    class Terminal(io.StringIO):
        buffer = io.BytesIO(b"")

        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())
    code, out, err = run(capsys, "verify", "--claims", "-", SEED)
    assert (code, out) == (2, "")
    assert err == "quotecheck: error: -: standard input is a terminal; pipe text in or name a file\n"
