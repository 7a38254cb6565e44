"""Tests for quotecheck.reader: paths, directories, stdin, decoding and HTML extraction."""

from __future__ import annotations

import codecs
import io
import json
import os
import sys

import pytest

from quotecheck import reader
from quotecheck.errors import InputError, QuotecheckError
from quotecheck.model import Document
from quotecheck.reader import decode, extract_html, iter_documents

RU = (
    "«Мы не планируем повышать налоги в следующем году», — заявил министр финансов "
    "на пресс-конференции в Москве. По его словам, бюджет будет сбалансирован за счёт "
    "сокращения расходов."
)
EN = (
    "The finance minister said the government “has no plans to raise taxes” next year, "
    "adding that the budget would be balanced by cutting spending — not by borrowing."
)
FR = (
    "Le ministre a déclaré que le gouvernement « n’envisage pas d’augmenter les impôts » "
    "l’année prochaine, selon un communiqué publié à Paris."
)
PT = (
    "O ministro afirmou que a informação sobre a negociação não foi divulgada, e que a "
    "decisão será anunciada na próxima semana."
)
DE = "„Wir werden die Steuern nicht erhöhen“, sagte die Ministerin. Die Größe des Defizits überrascht viele Ökonomen."
LATIN1 = "Le café était fermé à cause de la grève générale, a expliqué le propriétaire à un journaliste."
PL = (
    "Minister finansów powiedział, że rząd „nie planuje podwyżek podatków” w przyszłym roku. "
    "Włochy i Hiszpania mają podobne problemy z deficytem."
)
CS = "Ministr financí řekl, že vláda „neplánuje zvyšovat daně“ v příštím roce. Ekonomové varují před růstem schodku."


def run(paths, **kwargs) -> list[Document | InputError]:
    return list(iter_documents(paths, **kwargs))


def summary(items) -> list[tuple[str, str, str]]:
    """(kind, source, text-or-reason) for each yielded item, for compact assertions."""
    out = []
    for item in items:
        if isinstance(item, InputError):
            out.append(("error", item.source, item.reason))
        else:
            out.append(("doc", item.source, item.text))
    return out


def write(path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return str(path)


@pytest.fixture
def stdlib_html(monkeypatch):
    """Force the standard-library HTML extractor even when trafilatura is installed."""
    monkeypatch.setattr(reader, "_load_trafilatura", lambda: None)


# --------------------------------------------------------------------------------------------
# Single files
# --------------------------------------------------------------------------------------------


def test_plain_utf8_file(tmp_path):
    path = write(tmp_path / "story.txt", EN)
    [doc] = run([path])
    assert doc == Document(source=path, text=EN, date=None, date_origin=None, warnings=())


def test_missing_path(tmp_path):
    path = str(tmp_path / "nope.txt")
    [err] = run([path])
    assert isinstance(err, InputError)
    assert (err.source, err.reason) == (path, "no such file or directory")
    assert str(err) == f"{path}: no such file or directory"


def test_empty_file(tmp_path):
    path = write(tmp_path / "empty.txt", b"")
    [doc] = run([path])
    assert doc == Document(source=path, text="", warnings=("empty file",))


def test_bom_only_file_is_empty(tmp_path):
    path = write(tmp_path / "bom.txt", codecs.BOM_UTF8)
    [doc] = run([path])
    assert (doc.text, doc.warnings) == ("", ("empty file",))


@pytest.mark.parametrize(
    "data",
    [
        b"GIF89a\x01\x00\x01\x00\x00\xff\x00,",  # NUL bytes
        b"\x89PNG\r\n\x1a\n" + bytes(range(1, 30)) * 4,
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
        bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 50 + b"some text",  # mostly control bytes
    ],
    ids=["nul", "png", "pdf", "control"],
)
def test_binary_file_named_explicitly(tmp_path, data):
    path = write(tmp_path / "thing.txt", data)
    assert summary(run([path])) == [("error", path, "not a text file (binary)")]


def test_text_with_a_few_control_bytes_is_not_binary(tmp_path):
    path = write(tmp_path / "a.txt", b"Title\x0c\nIt said \x1b[1mhello\x1b[0m, he wrote.\x07\n")
    [doc] = run([path])
    assert doc.text == "Title\x0c\nIt said \x1b[1mhello\x1b[0m, he wrote.\x07\n"


def test_hidden_file_named_explicitly_is_read(tmp_path):
    path = write(tmp_path / ".notes", "“Hidden,” he said.")
    assert summary(run([path])) == [("doc", path, "“Hidden,” he said.")]


def test_bare_string_is_one_path(tmp_path):
    path = write(tmp_path / "one.txt", "one")
    assert summary(iter_documents(path)) == [("doc", path, "one")]


def test_pathlike_inputs(tmp_path):
    write(tmp_path / "one.txt", "one")
    [doc] = run([tmp_path / "one.txt"])
    assert (doc.source, doc.text) == (str(tmp_path / "one.txt"), "one")


def test_order_is_kept_across_mixed_inputs(tmp_path):
    a = write(tmp_path / "a.txt", "first")
    b = write(tmp_path / "b.txt", "second")
    missing = str(tmp_path / "missing.txt")
    out = run([b, missing, "-", a], stdin=io.BytesIO(b"from stdin"))
    assert summary(out) == [
        ("doc", b, "second"),
        ("error", missing, "no such file or directory"),
        ("doc", "-", "from stdin"),
        ("doc", a, "first"),
    ]


def test_permission_denied_on_open(tmp_path, monkeypatch):
    path = write(tmp_path / "secret.txt", "x")

    def deny(*args, **kwargs):
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(reader, "open", deny, raising=False)
    assert summary(run([path])) == [("error", path, "permission denied")]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_for_real(tmp_path):
    path = write(tmp_path / "secret.txt", "x")
    os.chmod(path, 0)
    try:
        assert summary(run([path])) == [("error", path, "permission denied")]
    finally:
        os.chmod(path, 0o644)


def test_file_too_large(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: nothing is written or read
        fh.truncate(256 * 1024 * 1024 + 1)
    assert summary(run([str(path)])) == [("error", str(path), "file too large (257 MB; the limit is 256 MB)")]


def test_file_at_the_limit_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(reader, "MAX_BYTES", 10)
    ok = write(tmp_path / "ok.txt", b"0123456789")
    big = write(tmp_path / "big.txt", b"0123456789A")
    assert summary(run([ok, big])) == [
        ("doc", ok, "0123456789"),
        ("error", big, "file too large (1 MB; the limit is 0 MB)"),
    ]


# --------------------------------------------------------------------------------------------
# Directories
# --------------------------------------------------------------------------------------------


def test_directory_walk_sorted_nested_hidden_skipped(tmp_path):
    root = tmp_path / "news"
    write(root / "b.txt", "b")
    write(root / "a.md", "a")
    write(root / "README", "no extension")
    write(root / "notes.dat", "odd extension, text content")
    write(root / "sub" / "z.txt", "z")
    write(root / "sub" / "deeper" / "c.txt", "c")
    write(root / ".hidden.txt", "hidden file")
    write(root / ".git" / "config.txt", "hidden dir")
    write(root / "sub" / ".cache" / "x.txt", "hidden nested dir")
    write(root / "photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    write(
        root / "page.html",
        "<!DOCTYPE html><html><body><article><p>“Hi,” she said.</p></article></body></html>",
    )
    r = str(root)
    assert summary(run([r])) == [
        ("doc", os.path.join(r, "README"), "no extension"),
        ("doc", os.path.join(r, "a.md"), "a"),
        ("doc", os.path.join(r, "b.txt"), "b"),
        ("doc", os.path.join(r, "notes.dat"), "odd extension, text content"),
        ("doc", os.path.join(r, "page.html"), "“Hi,” she said."),
        ("error", os.path.join(r, "photo.jpg"), "not a text file (binary)"),
        ("doc", os.path.join(r, "sub", "deeper", "c.txt"), "c"),
        ("doc", os.path.join(r, "sub", "z.txt"), "z"),
    ]


def test_directory_source_joins_the_path_as_given(tmp_path, monkeypatch):
    write(tmp_path / "news" / "a.txt", "a")
    monkeypatch.chdir(tmp_path)
    assert summary(run(["news/"])) == [("doc", "news/a.txt", "a")]
    assert summary(run(["news"])) == [("doc", os.path.join("news", "a.txt"), "a")]


def test_symlink_loop_is_walked_once(tmp_path):
    root = tmp_path / "root"
    write(root / "a.txt", "a")
    write(root / "sub" / "b.txt", "b")
    os.symlink("..", root / "sub" / "up")  # sub/up -> root: a loop
    os.symlink(str(root), root / "sub" / "again")  # absolute link to root: a loop as well
    os.symlink("sub", root / "zlink")  # a second name for sub: walked once, first name wins
    r = str(root)
    assert summary(run([r])) == [
        ("doc", os.path.join(r, "a.txt"), "a"),
        ("doc", os.path.join(r, "sub", "b.txt"), "b"),
    ]


def test_symlinked_file_and_directory_are_followed(tmp_path):
    outside = tmp_path / "outside"
    write(outside / "o.txt", "outside")
    write(tmp_path / "target.txt", "target")
    root = tmp_path / "root"
    root.mkdir()
    os.symlink(outside, root / "linked-dir")
    os.symlink(tmp_path / "target.txt", root / "linked.txt")
    os.symlink(tmp_path / "gone.txt", root / "broken.txt")
    r = str(root)
    assert summary(run([r])) == [
        ("error", os.path.join(r, "broken.txt"), "broken symbolic link"),
        ("doc", os.path.join(r, "linked-dir", "o.txt"), "outside"),
        ("doc", os.path.join(r, "linked.txt"), "target"),
    ]


def test_directory_with_only_binary_files(tmp_path):
    root = tmp_path / "bin"
    write(root / "a.bin", b"\x00\x01\x02")
    write(root / "b.txt", b"text\x00with a NUL")
    r = str(root)
    assert summary(run([r])) == [
        ("error", os.path.join(r, "a.bin"), "not a text file (binary)"),
        ("error", os.path.join(r, "b.txt"), "not a text file (binary)"),
        ("error", r, "no text files found"),
    ]


def test_empty_directory_and_hidden_only_directory(tmp_path):
    (tmp_path / "empty").mkdir()
    write(tmp_path / "hidden" / ".secret.txt", "x")
    write(tmp_path / "hidden" / ".d" / "y.txt", "y")
    e, h = str(tmp_path / "empty"), str(tmp_path / "hidden")
    assert summary(run([e, h])) == [("error", e, "no text files found"), ("error", h, "no text files found")]


def test_empty_file_counts_as_a_text_file(tmp_path):
    write(tmp_path / "d" / "empty.txt", b"")
    [doc] = run([str(tmp_path / "d")])
    assert doc.warnings == ("empty file",)


def test_unreadable_subdirectory(tmp_path, monkeypatch):
    root = tmp_path / "root"
    write(root / "a.txt", "a")
    write(root / "locked" / "b.txt", "b")
    real = reader._scandir

    def scandir(path):
        if path.endswith("locked"):
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(reader, "_scandir", scandir)
    r = str(root)
    assert summary(run([r])) == [
        ("doc", os.path.join(r, "a.txt"), "a"),
        ("error", os.path.join(r, "locked"), "permission denied"),
    ]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_inside_directory_is_not_read(tmp_path):
    root = tmp_path / "root"
    write(root / "a.txt", "a")
    os.mkfifo(root / "pipe")
    r = str(root)
    assert summary(run([r])) == [
        ("doc", os.path.join(r, "a.txt"), "a"),
        ("error", os.path.join(r, "pipe"), "not a regular file"),
    ]


def test_same_directory_twice_is_walked_twice(tmp_path):
    write(tmp_path / "d" / "a.txt", "a")
    d = str(tmp_path / "d")
    assert [s[2] for s in summary(run([d, d]))] == ["a", "a"]


# --------------------------------------------------------------------------------------------
# Standard input
# --------------------------------------------------------------------------------------------


def test_stdin_bytes():
    [doc] = run(["-"], stdin=io.BytesIO("“Yes,” he said.\r\nThen left.".encode()))
    assert doc == Document(source="-", text="“Yes,” he said.\nThen left.")


def test_stdin_is_decoded_like_a_file():
    [doc] = run(["-"], stdin=io.BytesIO(RU.encode("cp1251")))
    assert (doc.source, doc.text, doc.warnings) == ("-", RU, ())


def test_stdin_text_wrapper_reads_its_buffer():
    wrapper = io.TextIOWrapper(io.BytesIO(FR.encode("cp1252")), encoding="ascii")
    [doc] = run(["-"], stdin=wrapper)
    assert doc.text == FR


def test_stdin_text_stream_without_buffer():
    [doc] = run(["-"], stdin=io.StringIO("\ufeffalready text\r\n"))
    assert doc.text == "already text\n"


def test_stdin_empty_and_binary():
    assert summary(run(["-"], stdin=io.BytesIO(b""))) == [("doc", "-", "")]
    assert summary(run(["-"], stdin=io.BytesIO(b"\x00\x01\x02abc"))) == [
        ("error", "-", "not a text file (binary)")
    ]


def test_stdin_html_is_extracted(stdlib_html):
    page = (
        "<!doctype html><html><head><meta property='article:published_time' content='2023-11-02'>"
        "</head><body><p>“Hello,” she said.</p></body></html>"
    )
    [doc] = run(["-"], stdin=io.BytesIO(page.encode()))
    assert (doc.text, doc.date, doc.date_origin) == ("“Hello,” she said.", "2023-11-02", "metadata")


def test_stdin_too_large(monkeypatch):
    monkeypatch.setattr(reader, "MAX_BYTES", 1024 * 1024)
    out = run(["-"], stdin=io.BytesIO(b"a" * (3 * 1024 * 1024 + 5)))
    assert summary(out) == [("error", "-", "file too large (4 MB; the limit is 1 MB)")]


def test_default_stdin_is_sys_stdin_buffer(monkeypatch):
    fake = io.TextIOWrapper(io.BytesIO(b"piped text"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    assert summary(run(["-"])) == [("doc", "-", "piped text")]


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, text",
    [
        (codecs.BOM_UTF8 + EN.encode("utf-8"), EN),
        ("\ufeff".encode("utf-16-le") + RU.encode("utf-16-le"), RU),
        ("\ufeff".encode("utf-16-be") + RU.encode("utf-16-be"), RU),
        (codecs.BOM_UTF32_LE + FR.encode("utf-32-le"), FR),
        (codecs.BOM_UTF32_BE + FR.encode("utf-32-be"), FR),
        (EN.encode("utf-16-le"), EN),  # UTF-16 without a BOM, mostly ASCII
        (EN.encode("utf-16-be"), EN),
    ],
    ids=["utf8-bom", "utf16le-bom", "utf16be-bom", "utf32le-bom", "utf32be-bom", "utf16le", "utf16be"],
)
def test_unicode_encodings(data, text):
    assert decode(data, None) == (text, [])


def test_utf16_file_is_not_binary(tmp_path):
    path = write(tmp_path / "u16.txt", (RU + "\r\n").encode("utf-16"))
    [doc] = run([path])
    assert (doc.text, doc.warnings) == (RU + "\n", ())


@pytest.mark.parametrize(
    "text, encoding",
    [
        (RU, "cp1251"),
        ("«Да», — сказал он.", "cp1251"),
        (EN, "cp1252"),
        ("“We won’t raise taxes,” she said.", "cp1252"),
        (FR, "cp1252"),
        (PT, "cp1252"),
        (DE, "cp1252"),
        (LATIN1, "latin-1"),
        ("café", "latin-1"),
        (PL, "cp1250"),
        (CS, "cp1250"),
    ],
    ids=["ru", "ru-short", "en", "en-short", "fr", "pt", "de", "latin1", "latin1-tiny", "pl", "cs"],
)
def test_legacy_code_pages(text, encoding):
    assert decode(text.encode(encoding), None) == (text, [])


def test_cp1251_file_with_guillemets(tmp_path):
    path = write(tmp_path / "ru.txt", (RU + "\r\n").encode("cp1251"))
    [doc] = run([path])
    assert doc.text == RU + "\n"
    assert doc.text[0] == "«" and doc.text.index("»") == 49


def test_cp1252_file_with_curly_quotes(tmp_path):
    path = write(tmp_path / "en.txt", EN.encode("cp1252"))
    [doc] = run([path])
    assert doc.text == EN
    assert doc.text[doc.text.index("“") + 1 : doc.text.index("”")] == "has no plans to raise taxes"


def test_other_scripts_through_the_detector():
    el = "Ο υπουργός Οικονομικών δήλωσε ότι η κυβέρνηση «δεν σχεδιάζει αύξηση φόρων» τον επόμενο χρόνο."
    koi = "Министр финансов заявил, что правительство не планирует повышать налоги в следующем году."
    zh = "财政部长表示，政府“没有计划在明年提高税收”，但赤字仍在扩大。"
    he = (
        "שר האוצר אמר כי הממשלה אינה מתכננת להעלות מסים בשנה הבאה, למרות הגירעון ההולך וגדל. "
        "לדבריו, התקציב יאוזן באמצעות קיצוץ בהוצאות הממשלה ולא באמצעות העלאת מסים. "
        "כלכלנים בבנק ישראל הזהירו כי הגירעון עלול להגיע לחמישה אחוזים עד סוף השנה."
    )
    assert decode(he.encode("cp1255"), None) == (he, [])
    assert decode(el.encode("cp1253"), None) == (el, [])
    assert decode(koi.encode("koi8_r"), None) == (koi, [])
    assert decode(zh.encode("gb18030"), None) == (zh, [])


def test_newlines_are_normalised():
    assert decode(b"one\r\ntwo\rthree\nfour\r\n\r\nfive\r", None) == ("one\ntwo\nthree\nfour\n\nfive\n", [])


def test_crlf_in_a_legacy_file():
    assert decode("Строка один.\r\nСтрока два, «цитата».\r\n".encode("cp1251"), None) == (
        "Строка один.\nСтрока два, «цитата».\n",
        [],
    )


def test_undecodable_bytes_are_replaced_with_a_warning():
    text, warnings = decode(b"The minister said \x81\x98\x81\x98 that the budget was balanced.", None)
    assert text == "The minister said \ufffd\ufffd\ufffd\ufffd that the budget was balanced."
    assert warnings == ["bytes that fit no encoding were replaced"]


def test_mostly_utf8_with_a_stray_byte():
    data = "“Quote one,” she said. “Quote two,” he replied. ".encode() + b"\xff" + " — café.".encode()
    text, warnings = decode(data, None)
    assert text == "“Quote one,” she said. “Quote two,” he replied. \ufffd — café."
    assert warnings == ["1 byte not valid UTF-8 replaced (the first at byte 56); the rest is UTF-8"]


def test_empty_input_warning():
    assert decode(b"", None) == ("", ["empty file"])


def test_forced_encoding_wins():
    data = RU.encode("cp1251")
    assert decode(data, "cp1251") == (RU, [])
    assert decode(data, "windows-1251") == (RU, [])
    # Forced latin-1 is obeyed even though it is wrong for this text.
    assert decode("é".encode(), "latin-1") == ("Ã©", [])


def test_forced_encoding_with_invalid_bytes():
    text, warnings = decode(b"caf\xe9 ok", "utf-8")
    assert text == "caf\ufffd ok"
    assert warnings == ["bytes that are not valid utf-8 were replaced"]


def test_forced_encoding_through_iter_documents(tmp_path):
    path = write(tmp_path / "el.txt", "Αθήνα".encode("iso8859-7"))
    [doc] = run([path], encoding="iso8859-7")
    assert doc.text == "Αθήνα"
    path16 = write(tmp_path / "u16.txt", "Hi “there”".encode("utf-16-le"))
    [doc] = run([path16], encoding="utf-16-le")
    assert doc.text == "Hi “there”"


@pytest.mark.parametrize("name", ["nope", "utf-9", "base64", ""])
def test_bad_encoding_name(tmp_path, name):
    path = write(tmp_path / "a.txt", "a")
    with pytest.raises(QuotecheckError) as info:
        iter_documents([path], encoding=name)  # raised at the call, before any reading
    assert str(info.value) == f"unknown encoding: {name}"
    assert not isinstance(info.value, InputError)
    with pytest.raises(QuotecheckError, match="unknown encoding"):
        decode(b"a", name)


def test_bom_is_stripped_and_offsets_count_in_final_text():
    text, _ = decode(codecs.BOM_UTF8 + "ab\r\n“c”".encode(), None)
    assert text == "ab\n“c”"
    assert text.index("“") == 3


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Minister rules out tax rise | The Daily Ledger</title>
{head}
<style>.ad {{ color: red }}</style>
<script>var tracking = "do not extract me";</script>
</head>
<body>
<header class="site-header"><a href="/">The Daily Ledger</a>
<nav class="main-menu"><ul><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li></ul></nav>
</header>
<div class="ad-banner">Advertisement: Buy the new SuperPhone today, only $999!</div>
<main>
<article class="story">
<h1>Minister rules out tax rise</h1>
<p class="byline">By Jane Doe · {time}</p>
<p>The finance minister said on Tuesday that the government “has no plans to raise taxes” next year, despite a widening budget deficit.</p>
<p>“We will balance the books by cutting waste, not by asking families to pay more,” she told reporters in the capital. Opposition leaders called the pledge <em>unrealistic</em>.</p>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<blockquote><p>“This budget does not add up,” said the shadow chancellor, John Smith.</p></blockquote>
<h2>Deficit concerns</h2>
<p>Economists at the National Institute warned that the deficit could reach 5&nbsp;percent of GDP by the end of the year if growth remains weak.</p>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Markets fall on deficit fears</a></li><li><a href="/b">Five things to know about the budget</a></li></ul></aside>
</article>
<section id="comments" class="comments">
<h3>Comments (2)</h3>
<div class="comment"><p>Reader123: “Typical politician,” I say. Nobody believes this. <time datetime="2024-03-06T09:00:00Z">6 March</time></p></div>
<div class="comment"><p>TaxPayer: I hope she means it this time, honestly.</p></div>
</section>
</main>
<div class="promo-box"><p>Subscribe now and get 50% off your first year of The Daily Ledger!</p></div>
<footer><p>© 2024 The Daily Ledger. All rights reserved.</p></footer>
</body>
</html>
"""

NEWS_TEXT = (
    "Minister rules out tax rise\n\n"
    "The finance minister said on Tuesday that the government “has no plans to raise taxes” "
    "next year, despite a widening budget deficit.\n\n"
    "“We will balance the books by cutting waste, not by asking families to pay more,” she told "
    "reporters in the capital. Opposition leaders called the pledge unrealistic.\n\n"
    "“This budget does not add up,” said the shadow chancellor, John Smith.\n\n"
    "Deficit concerns\n\n"
    "Economists at the National Institute warned that the deficit could reach 5 percent of "
    "GDP by the end of the year if growth remains weak."
)

META_HEAD = '<meta property="article:published_time" content="2024-03-05T14:30:00+01:00">'
JSONLD_HEAD = (
    '<script type="application/ld+json">'
    + json.dumps(
        {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "WebPage", "datePublished": "2020-01-01"},
                {
                    "@type": "NewsArticle",
                    "headline": "Minister rules out tax rise",
                    "datePublished": "2024-03-04T23:30:00-05:00",
                },
            ],
        }
    )
    + "</script>"
)
TIME_TAG = '<time datetime="2024-03-03T08:00:00+00:00">3 March 2024</time>'


def _backends():
    backends = ["stdlib"]
    if reader._load_trafilatura() is not None:
        backends.append("trafilatura")
    return backends


@pytest.fixture(params=_backends())
def html_backend(request, monkeypatch):
    if request.param == "stdlib":
        monkeypatch.setattr(reader, "_load_trafilatura", lambda: None)
    return request.param


def test_news_page_keeps_only_the_article(html_backend, tmp_path):
    page = NEWS_PAGE.format(head=META_HEAD, time="5 March 2024")
    path = write(tmp_path / "story.html", page)
    [doc] = run([path])
    assert doc.text == NEWS_TEXT
    assert (doc.date, doc.date_origin, doc.warnings) == ("2024-03-05", "metadata", ())
    noise = ["Politics", "SuperPhone", "Share on", "Related stories", "Markets fall", "Typical politician"]
    noise += ["Subscribe", "©", "Jane Doe", "tracking"]
    for word in noise:
        assert word not in doc.text


@pytest.mark.parametrize(
    "head, time, expected",
    [
        (META_HEAD, "", "2024-03-05"),
        (JSONLD_HEAD, "", "2024-03-04"),  # the article's own date, not the WebPage's; no UTC shift
        ("", TIME_TAG, "2024-03-03"),
        (META_HEAD + JSONLD_HEAD, TIME_TAG, "2024-03-05"),  # article:published_time first
        (JSONLD_HEAD, TIME_TAG, "2024-03-04"),  # then JSON-LD
    ],
    ids=["meta", "json-ld", "time", "meta-first", "json-ld-before-time"],
)
def test_publication_date_from_metadata(stdlib_html, head, time, expected):
    text, published = extract_html(NEWS_PAGE.format(head=head, time=time))
    assert published == expected
    assert text == NEWS_TEXT


def test_no_date_metadata(stdlib_html, tmp_path):
    # The only <time> is inside the comments, which never date the article.
    path = write(tmp_path / "p.html", NEWS_PAGE.format(head="", time=""))
    [doc] = run([path])
    assert (doc.date, doc.date_origin) == (None, None)


@pytest.mark.parametrize(
    "markup, expected",
    [
        ('<meta name="pubdate" content="20240229">', "2024-02-29"),
        ('<meta itemprop="datePublished" content="2024/02/28">', "2024-02-28"),
        ('<meta property="article:published_time" content="not a date">', None),
        ('<meta property="article:published_time" content="2023-02-30">', None),
        ('<script type="application/ld+json">{broken json</script>', None),
        (
            '<script type="application/ld+json">[{"@type":"Article","datePublished":"2019-07-01"}]</script>',
            "2019-07-01",
        ),
    ],
)
def test_date_variants(stdlib_html, markup, expected):
    page = f"<html><head>{markup}</head><body><p>“Quoted,” she said.</p></body></html>"
    assert extract_html(page) == ("“Quoted,” she said.", expected)


def test_time_marked_as_published_wins_over_other_times(stdlib_html):
    page = (
        "<html><body><article><p>Updated <time datetime='2024-05-02'>May 2</time></p>"
        "<p class='dateline'>Posted <time class='published' datetime='2024-05-01'>May 1</time></p>"
        "<p>“Text,” he said.</p></article></body></html>"
    )
    assert extract_html(page)[1] == "2024-05-01"


def test_html_detected_by_content_without_extension(stdlib_html, tmp_path):
    page = (
        "\n  <!-- saved page -->\n<!DOCTYPE html>\n"
        "<html><body><p>“Detected,” he said.</p><nav>Menu</nav></body></html>"
    )
    path = write(tmp_path / "saved", page)
    [doc] = run([path])
    assert doc.text == "“Detected,” he said."


def test_text_file_mentioning_html_is_not_html(tmp_path):
    path = write(tmp_path / "a.txt", "Use <html> tags, he said. <p>not a page</p>")
    [doc] = run([path])
    assert doc.text == "Use <html> tags, he said. <p>not a page</p>"


def test_html_meta_charset_cp1251(stdlib_html, tmp_path):
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"</head><body><article><h1>Новости</h1><p>{RU}</p></article></body></html>"
    )
    path = write(tmp_path / "ru.htm", page.encode("cp1251"))
    [doc] = run([path])
    assert doc.text == "Новости\n\n" + RU


def test_html_without_article_text(stdlib_html, tmp_path):
    path = write(tmp_path / "nav.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")
    [doc] = run([path])
    assert (doc.text, doc.warnings) == ("", ("no article text found in the HTML page",))


def test_html_crlf_and_br(stdlib_html):
    page = (
        "<html>\r\n<body>\r\n<p>First line<br>second line\r\nof the same paragraph.</p>\r\n"
        "<p>Next.</p></body></html>"
    )
    assert extract_html(page)[0] == "First line\nsecond line of the same paragraph.\n\nNext."


def test_largest_article_wins_over_teaser_cards(stdlib_html):
    teaser = (
        "<article class='card'><h3><a href='/x'>Other story {n}</a></h3><p>Short teaser {n}.</p></article>"
    )
    page = (
        "<html><body><h1>The headline outside the article</h1>"
        + "".join(teaser.format(n=n) for n in range(2))
        + "<article><p>"
        + "Long paragraph of the real story, with “a quote” in it. " * 5
        + "</p><p>Second paragraph.</p></article>"
        + teaser.format(n=3)
        + "</body></html>"
    )
    text, _ = extract_html(page)
    assert text == (
        "The headline outside the article\n\n"
        + ("Long paragraph of the real story, with “a quote” in it. " * 5).strip()
        + "\n\nSecond paragraph."
    )


def test_link_lists_and_boilerplate_lines_are_dropped(stdlib_html):
    page = (
        "<html><body><main><p>Advertisement</p><p>“Real text,” said the mayor.</p>"
        "<p><a href='/1'>Read the mayor's earlier interview</a></p>"
        "<ul><li>Menu item</li></ul>"
        "<div id='sidebar-content'><p>Kept: a content word overrides the soft rule.</p></div>"
        "<div class='article-ad'><p>Dropped: ads are dropped even inside content.</p></div>"
        "<div class='header'><p>Kept: 'header' class is not 'ad'.</p></div>"
        "<div hidden><p>Hidden text.</p></div>"
        "<div style='display: none'><p>Also hidden.</p></div>"
        "</main></body></html>"
    )
    assert extract_html(page)[0] == (
        "“Real text,” said the mayor.\n\n"
        "Kept: a content word overrides the soft rule.\n\n"
        "Kept: 'header' class is not 'ad'."
    )


def test_loose_text_page_without_paragraphs(stdlib_html):
    page = (
        "<html><body><div class='text'>First block of “loose” text.<br><br>Second block.</div>"
        "<footer>Footer</footer></body></html>"
    )
    assert extract_html(page)[0] == "First block of “loose” text.\n\nSecond block."


def test_everything_class_dropped_falls_back_to_that_text(stdlib_html):
    page = "<html><body><div class='related-wrapper'><p>“Only text on the page,” she said.</p></div></body></html>"
    assert extract_html(page)[0] == "“Only text on the page,” she said."


def test_unclosed_paragraphs_and_list_items(stdlib_html):
    page = (
        "<html><body><article><p>One<p>Two<ul><li>Item one<li>Item two</ul><p>Three</article></body></html>"
    )
    assert extract_html(page)[0] == "One\n\nTwo\n\nItem one\n\nItem two\n\nThree"


def test_headline_in_article_header_is_kept(stdlib_html):
    page = (
        "<html><body><header><p>Site name</p></header><article><header><h1>Headline</h1>"
        "<p class='byline'>By A. Writer</p></header><p>Body text.</p><footer><p>Tags: x</p></footer>"
        "</article></body></html>"
    )
    assert extract_html(page)[0] == "Headline\n\nBody text."


def test_trafilatura_keeps_paragraphs_apart(monkeypatch):
    traf = pytest.importorskip("trafilatura")
    monkeypatch.setattr(reader, "_load_trafilatura", lambda: traf)
    body = "".join(
        f"<p>Paragraph {n} says “quote {n}” and goes on for a little while longer.</p>" for n in range(3)
    )
    page = (
        f"<html><body><article>{body}"
        "<p>Line one<br>line two of the same paragraph, kept together.</p></article></body></html>"
    )
    text, _ = extract_html(page)
    assert text.split("\n\n") == [
        *(f"Paragraph {n} says “quote {n}” and goes on for a little while longer." for n in range(3)),
        "Line one\nline two of the same paragraph, kept together.",
    ]


class FakeTrafilatura:
    """Stands in for the trafilatura module: returns canned XML, records the options."""

    def __init__(self, result):
        self.result = result
        self.kwargs = None

    def extract(self, html, **kwargs):
        self.kwargs = kwargs
        if isinstance(self.result, Exception):
            raise self.result
        return self.result


LONG = "The committee chair said the inquiry “will report before the summer recess” and would hear from all sides. "


def test_trafilatura_xml_becomes_paragraphs(monkeypatch):
    xml = (
        '<doc><main><head rend="h1">Headline</head>'
        f"<p>{LONG}<hi rend='#i'>stressed</hi> words.</p>"
        "<p>Line one<lb/>line two.</p>"
        "<list rend='ul'><item>First item</item><item>Second <ref target='x'>item</ref></item></list>"
        "<quote><p>“Quoted paragraph,” she said.</p></quote>"
        f"<p>{LONG * 2}</p></main><comments/></doc>"
    )
    fake = FakeTrafilatura(xml)
    monkeypatch.setattr(reader, "_load_trafilatura", lambda: fake)
    text, _ = extract_html("<html><body><p>ignored by the fake</p></body></html>")
    assert text.split("\n\n") == [
        "Headline",
        LONG + "stressed words.",
        "Line one\nline two.",
        "First item",
        "Second item",
        "“Quoted paragraph,” she said.",
        (LONG * 2).strip(),
    ]
    assert fake.kwargs["include_comments"] is False
    assert fake.kwargs["include_tables"] is False
    assert fake.kwargs["output_format"] == "xml"


@pytest.mark.parametrize(
    "result",
    [
        None,
        "",
        "<doc><main><p>Site name Headline By A. Writer Body text.</p></main></doc>",
        RuntimeError("boom"),
        "<not xml",
    ],
    ids=["none", "empty", "short", "raises", "bad-xml"],
)
def test_stdlib_extractor_takes_over_from_trafilatura(monkeypatch, result):
    monkeypatch.setattr(reader, "_load_trafilatura", lambda: FakeTrafilatura(result))
    page = (
        "<html><body><header><p>Site name</p></header><article><header><h1>Headline</h1>"
        "<p class='byline'>By A. Writer</p></header><p>Body text.</p></article></body></html>"
    )
    assert extract_html(page)[0] == "Headline\n\nBody text."


def test_short_trafilatura_text_kept_when_stdlib_finds_nothing(monkeypatch):
    fake = FakeTrafilatura("<doc><main><p>Short but real.</p></main></doc>")
    monkeypatch.setattr(reader, "_load_trafilatura", lambda: fake)
    assert extract_html("<html><body><nav><p>Short but real.</p></nav></body></html>")[0] == "Short but real."


def test_plain_text_keeps_no_break_spaces(tmp_path):
    path = write(tmp_path / "fr.txt", "Il a dit\u00a0: «\u00a0Non\u00a0».")
    [doc] = run([path])
    assert doc.text == "Il a dit\u00a0: «\u00a0Non\u00a0»."


def test_directory_walk_passes_over_data_and_code_files(tmp_path):
    (tmp_path / "story.txt").write_text("“Yes,” she said.", encoding="utf-8")
    (tmp_path / "story.gold.json").write_text('{"quotes": ["“Yes,”"]}', encoding="utf-8")
    (tmp_path / "notes.csv").write_text('a,"b"\n', encoding="utf-8")
    (tmp_path / "README").write_text("A plain note.", encoding="utf-8")
    items = list(iter_documents([str(tmp_path)]))
    assert [os.path.basename(d.source) for d in items] == ["README", "story.txt"]
    assert all(isinstance(d, Document) for d in items)


def test_data_file_named_explicitly_is_read(tmp_path):
    path = tmp_path / "claims.json"
    path.write_text('{"claim": "x"}', encoding="utf-8")
    (doc,) = list(iter_documents([str(path)]))
    assert doc.text == '{"claim": "x"}'


def test_a_huge_page_is_read_by_the_standard_library_extractor(monkeypatch):
    calls = []
    monkeypatch.setattr(reader, "_trafilatura_text", lambda traf, html: calls.append(1) or None)
    paragraph = "<p>“We will build the bridge,” the mayor said at the council meeting today.</p>\n"
    small = "<html><body><article>" + paragraph * 10 + "</article></body></html>"
    huge = "<html><body><article>" + paragraph * 9000 + "</article></body></html>"
    assert len(huge) > reader._TRAFILATURA_MAX_PAGE
    text, _ = extract_html(huge)
    assert text.count("We will build the bridge") == 9000
    assert calls == []
    if reader._load_trafilatura() is not None:
        extract_html(small)
        assert calls == [1]
