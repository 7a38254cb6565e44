"""The HTML page (``--format html``) read as markup, without a browser: escaping, nothing
loaded from elsewhere, the legend's counts, the marks.  Expected values come from the gold
annotations (``fixtures/*.gold.json``) and from the texts and claims written here; what a
person sees in a browser is tested in ``test_browser.py``."""

from __future__ import annotations

import json
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from quotecheck.claims import Claim
from quotecheck.cli import main
from quotecheck.model import Document, Quote, Verdict
from quotecheck.page import (Mark, blocks, claims_with_verdicts, marked, render_quotes_page,
                             word_diff)
from quotecheck.parse import parse_document

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = "fixtures/baikonur.txt"

INJECTED = ('<script>window.pwned=1</script>', '<img src=x onerror="window.pwned=1">')
HOSTILE = (
    f"LONDON, March 3 (Staff) - A reader wrote {INJECTED[1]} into the comment box.\n\n"
    f"\u201cI typed {INJECTED[0]} and nothing happened,\u201d said Ann O\u2019Neil, a tester "
    "at Acme & Sons.\n\n"
    "\u201cIt is <b>bold</b> & 'quoted',\u201d she added.\n"
)


@pytest.fixture(autouse=True)
def _in_repo_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(list(args))
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


class Elements(HTMLParser):
    """Every start tag of a page, with its attributes (values unescaped) and the text inside
    it up to its end tag: nested elements' text too, but not that of a ``hidden`` one."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, dict[str, str], list[str]]] = []
        self.open: list[tuple[list[str], bool]] = []
        self.feed(page)

    def handle_starttag(self, tag, attrs):
        text: list[str] = []
        attrs = dict(attrs)
        self.found.append((tag, attrs, text))
        if tag not in ("meta", "br", "img", "input", "link"):
            self.open.append((text, "hidden" in attrs))

    def handle_endtag(self, tag):
        if self.open:
            self.open.pop()

    def handle_data(self, data):
        for text, hidden in reversed(self.open):
            text.append(data)
            if hidden:
                break

    def tags(self, name: str, cls: str | None = None) -> list[tuple[dict[str, str], str]]:
        return [(attrs, "".join(text)) for tag, attrs, text in self.found
                if tag == name and (cls is None or cls in (attrs.get("class") or "").split())]


def gold_speech(name: str) -> list[dict]:
    gold = json.loads((FIXTURES / f"{name}.gold.json").read_text(encoding="utf-8"))
    return [q for q in gold["quotes"] if q["kind"] == "speech"]


def seed_page(capsys) -> str:
    code, out, err = run(capsys, "quotes", SEED, "--format", "html")
    assert (code, err) == (0, "")
    return out


# -- escaping ----------------------------------------------------------------------------------


def test_document_text_is_escaped_and_shown_as_text():
    doc = Document("<b>x</b>\".txt", HOSTILE)
    page = render_quotes_page([(doc, parse_document(doc))])
    elements = Elements(page)
    assert [tag for tag, _, _ in elements.found if tag in ("img", "b")] == []
    assert len(elements.tags("script")) == 1  # the page's own, and no other
    body_text = "".join(text for _, text in elements.tags("body"))
    for injected in INJECTED:
        assert injected in body_text
    assert "It is <b>bold</b> & 'quoted'," in body_text
    assert len(elements.tags("mark", "q")) == 2
    assert "<b>x</b>\".txt" in [text for _, text in elements.tags("h2")]


def test_attribute_values_are_escaped():
    evil = 'Eve" onmouseover="window.pwned=1" x="<script>'
    text = "\u201cHello there, everyone,\u201d said Eve.\n"
    q = Quote(source="a.txt", line=1, start=0, end=text.index(",\u201d") + 2, kind="speech",
              speaker=evil, speaker_mention="Eve", role=evil, cue="said", date=None,
              date_source=None, quote="", via="name")
    page = render_quotes_page([(Document("a.txt", text), [q])])
    marks = Elements(page).tags("mark", "q")
    assert len(marks) == 1
    attrs, _ = marks[0]
    assert "onmouseover" not in attrs
    assert f"Speaker 1: {evil}" in attrs["data-tip"].splitlines()
    assert f"Role: {evil}" in attrs["data-tip"].splitlines()
    assert 'onmouseover="' not in page


def test_control_characters_are_written_out():
    doc = Document("ctl.txt", "\u201cA bell \x07 and an escape \x1b[31m here,\u201d said Bo Li.\n")
    page = render_quotes_page([(doc, parse_document(doc))])
    assert "\x07" not in page and "\x1b" not in page
    assert "\\x07" in page and "\\x1b[31m" in page


# -- self-contained ------------------------------------------------------------------------------

# Whatever could make a browser fetch something: a URL, a src or href, a stylesheet's url() or
# @import, a link element.
FETCHES = re.compile(r"https?://|\bsrc\s*=|\bhref\s*=|url\(|@import|<link|<iframe|<object|<embed",
                     re.IGNORECASE)


def test_quotes_page_is_self_contained(capsys):
    page = seed_page(capsys)
    assert FETCHES.findall(page) == []
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1]


def test_verify_page_is_self_contained(capsys, tmp_path):
    claims = tmp_path / "claims.csv"
    claims.write_text("claim\nRussia is a major space power\nno such words anywhere at all\n")
    code, out, err = run(capsys, "verify", "--claims", str(claims), SEED, "--format", "html")
    assert err == "" and code == 1  # not everything confirmed
    assert FETCHES.findall(out) == []
    assert len(Elements(out).tags("article", "claim")) == 2


# -- what the quotes page shows ------------------------------------------------------------------


def legend(elements: Elements) -> dict[str, tuple[str, str, int]]:
    """Each legend button's speaker name: (its group's class, its number, its count)."""
    out = {}
    for attrs, text in elements.tags("button"):
        if attrs["data-group"]:
            label, name, count = re.fullmatch(r"(\S+) (.*) \((\d+)\)", text).groups()
            out[name] = (attrs["data-group"], label, int(count))
    return out


def test_legend_counts_each_speaker_as_the_gold_does(capsys):
    expected = Counter(q["speaker"] for q in gold_speech("baikonur"))
    elements = Elements(seed_page(capsys))
    entries = legend(elements)
    assert {name: count for name, (_, _, count) in entries.items()} == dict(expected)
    marks = elements.tags("mark", "q")
    for name, (key, _, _) in entries.items():  # each speaker's quotes carry their class
        assert sum(key in a["class"].split() for a, _ in marks) == expected[name]


def test_each_quote_is_highlighted_and_its_mention_underlined(capsys):
    gold = gold_speech("baikonur")
    elements = Elements(seed_page(capsys))
    entries = legend(elements)
    marks = elements.tags("mark", "q")
    assert len(marks) == len(gold)
    for (attrs, text), q in zip(marks, gold):
        key, label, _ = entries[q["speaker"]]
        assert text == label + q["quote"]  # the number, then the quote
        assert key in attrs["class"].split() and attrs["tabindex"] == "0"
        tip = attrs["data-tip"].splitlines()
        assert tip[0] == f"Speaker {label}: {q['speaker']}"
        assert f"Cue: {q['cue']}" in tip
        assert any(line.startswith(f"Found via: {q['via']} (") for line in tip)
        assert any(line.startswith(f"Date: {q['date']} ({q['date_source']}: ") if q["date"]
                   else line == "Date: none" for line in tip)
    mentions = [t for _, t in elements.tags("span", "mention")]
    wanted: list[str] = []
    for q in gold:  # a mention shared by two quotes is underlined once
        if q["speaker_mention"] and q["speaker_mention"] not in wanted[-1:]:
            wanted.append(q["speaker_mention"])
    assert mentions == wanted


def test_terms_are_marked_apart_from_speech(capsys):
    gold = json.loads((FIXTURES / "leeds_library.gold.json").read_text(encoding="utf-8"))["quotes"]
    code, out, err = run(capsys, "quotes", "fixtures/leeds_library.txt", "--all", "--format", "html")
    assert code == 0
    marks = Elements(out).tags("mark", "q")
    kinds = ["term" if "term" in a["class"].split() else "speech" for a, _ in marks]
    assert kinds == [q["kind"] for q in gold]
    for (attrs, text), q in zip(marks, gold):
        if q["kind"] == "term":
            assert text == "T" + q["quote"] and "gt" in attrs["class"].split()


def test_html_is_refused_where_there_is_no_page(capsys):
    code, out, err = run(capsys, "speakers", SEED, "--format", "html")
    assert code == 2 and out == ""
    assert len(err.splitlines()) == 1 and "html" in err and "Traceback" not in err


def test_html_refused_leaves_the_output_file_alone(capsys, tmp_path):
    kept = tmp_path / "speakers.tsv"
    kept.write_text("earlier rows\n")
    code, _, err = run(capsys, "speakers", SEED, "--format", "html", "-o", str(kept))
    assert code == 2 and "html" in err
    assert kept.read_text() == "earlier rows\n"


def test_a_document_without_quotes_is_named(capsys, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("Nothing is quoted here at all.\n")
    code, out, err = run(capsys, "quotes", str(empty), SEED, "--format", "html")
    assert code == 0
    notes = [t for _, t in Elements(out).tags("p", "note")]
    assert any(str(empty) in t for t in notes)
    assert [t for _, t in Elements(out).tags("h2")] == [SEED]


def test_an_archive_gives_the_same_page(capsys, tmp_path):
    db = str(tmp_path / "news.db")
    assert run(capsys, "index", SEED, "--db", db)[0] == 0
    from_files = Elements(run(capsys, "quotes", SEED, "--format", "html", "-s", "lavrov")[1])
    from_db = Elements(run(capsys, "quotes", "--db", db, "--format", "html", "-s", "lavrov")[1])
    lavrov = [q["quote"] for q in gold_speech("baikonur") if q["speaker"] == "Sergey Lavrov"]
    for page in (from_files, from_db):
        assert [text[1:] for _, text in page.tags("mark", "q")] == lavrov
    assert from_db.found == from_files.found


# -- the pieces ------------------------------------------------------------------------------------


def test_marks_nest_and_a_crossing_mark_is_cut():
    text = "abcdefghij"
    marks = [Mark(1, 6, "<a>", "</a>"), Mark(2, 4, "<b>", "</b>"), Mark(5, 9, "<c>", "</c>"),
             Mark(7, 7, "<e>", "</e>")]
    assert marked(text, 0, 10, marks) == "a<a>b<b>cd</b>e<c>f</c></a>ghij"
    assert marked("<&>", 0, 3, [Mark(1, 2, "<i>", "</i>")]) == "&lt;<i>&amp;</i>&gt;"


def test_blocks_join_paragraphs_a_span_crosses():
    text = "One.\n\n\u201cTwo\n\nthree\u201d\n\nFour."
    start = text.index("\u201c")
    end = text.index("\u201d") + 1
    assert blocks(text, []) == [(0, 4), (6, 10), (12, 18), (20, 25)]
    assert blocks(text, [(start, end)]) == [(0, 4), (6, 18), (20, 25)]


def test_word_diff_marks_the_changed_words_on_each_side():
    claim = "Russia is a great space power and always was"
    source = "Russia is a major space power and was"
    ours, theirs = word_diff(claim, source)
    assert [(claim[m.start:m.end], m.opening) for m in ours] == [
        ("great", '<del class="diff replaced">'), ("always", '<del class="diff only">')]
    assert [(source[m.start:m.end], m.opening) for m in theirs] == [
        ("major", '<ins class="diff replaced">')]
    assert word_diff("Word for word.", "word for Word") == ([], [])


def _verdict(id_: str | None) -> Verdict:
    return Verdict(id_, "fuzzy", 90.0, None, None, None, None, None, None, None, None, None)


def test_claims_paired_with_their_verdicts():
    one, two, three = Claim("a", "1"), Claim("b", "2"), Claim("c", "3")
    verdicts = [_verdict("1"), _verdict("2"), _verdict("2"), _verdict("3")]
    assert [(c.id, v.id) for c, v in claims_with_verdicts([one, two, three], verdicts)] == [
        ("1", "1"), ("2", "2"), ("2", "2"), ("3", "3")]
    same = [Claim("a", "x"), Claim("b", "x")]  # ids repeated: one verdict each
    assert [c.text for c, _ in claims_with_verdicts(same, [_verdict("x"), _verdict("x")])] == ["a", "b"]
    single = [Claim("a")]  # no id: every verdict is the claim's
    assert len(claims_with_verdicts(single, [_verdict(None)] * 3)) == 3
