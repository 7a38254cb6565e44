"""The archive: `quotecheck index`, and quotes / speakers / verify with --db printing what they
print over the same files; incremental runs, --prune, --rebuild, the schema version, a run
killed part way."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
ARTICLES = sorted(FIXTURES.glob("*.txt"))


def qc(*args: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotecheck", *args], capture_output=True, cwd=cwd,
                          timeout=300, text=True, encoding="utf-8",
                          env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})})


@pytest.fixture(scope="module")
def news(tmp_path_factory) -> Path:
    """A copy of the fixture articles in two folders, indexed into news.db."""
    root = tmp_path_factory.mktemp("archive")
    for n, path in enumerate(ARTICLES):
        folder = root / "news" / ("wires" if n % 2 else "local")
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, folder / path.name)
    proc = qc("index", "news", "--db", "news.db", cwd=root)
    assert proc.returncode == 0, proc.stderr
    return root


QUERIES = [
    ("quotes", "--all", "--format", "jsonl"),
    ("quotes", "--speaker", "lavrov", "--format", "tsv"),
    ("quotes", "--since", "2013-01-01", "--until", "2020-12-31", "--via", "name,pronoun"),
    ("quotes", "--speaker", "Lavrov", "--since", "2013-01-20", "--format", "tsv", "--no-headers"),
    ("quotes", "--speaker", "Idrissov", "--until", "2013-01-20", "--format", "json"),
    ("quotes", "--all", "--via", "name", "--format", "csv"),
    ("speakers", "--format", "json"),
    ("speakers", "--speaker", "Idrissov"),
    ("speakers", "--since", "2013-01-20", "--via", "name,pronoun,description", "--format", "tsv"),
    ("verify", "Russia is a great space power", "--all-matches"),
    ("verify", "any arguments regarding stopping cooperation are preposterous"),
    ("verify", "I don't know who published this note ... make a mountain out of a molehill",
     "--format", "jsonl"),
    ("verify", "Baikonur will be closed to all foreign launches next year"),
]


def assert_archive_prints_what_files_print(root: Path, query: tuple[str, ...]) -> None:
    """The query over the files under ``root/news`` and over ``root/news.db``: the same output
    (not empty) and exit code."""
    command, *rest = query
    claim = [rest.pop(0)] if command == "verify" else []
    over_files = qc(command, *claim, "news", *rest, cwd=root)
    over_archive = qc(command, *claim, *rest, "--db", "news.db", cwd=root)
    assert over_files.stdout.strip(), over_files.stderr
    assert over_archive.stdout == over_files.stdout
    assert over_archive.returncode == over_files.returncode


@pytest.mark.parametrize("query", QUERIES, ids=[" ".join(q[:2]) for q in QUERIES])
@pytest.mark.slow
def test_the_archive_prints_what_the_files_print(news, query):
    assert_archive_prints_what_files_print(news, query)


@pytest.mark.slow
def test_claims_file_against_the_archive(news):
    claims = news / "claims.csv"
    claims.write_text("id,claim,speaker\nc1,Russia is a major space power,Idrissov\n"
                      "c2,Baikonur will be closed next year,\n", encoding="utf-8")
    over_files = qc("verify", "--claims", "claims.csv", "news", cwd=news)
    over_archive = qc("verify", "--claims", "claims.csv", "--db", "news.db", cwd=news)
    assert over_archive.stdout == over_files.stdout
    assert len(over_archive.stdout.splitlines()) == 3


@pytest.mark.slow
def test_source_keeps_the_matching_paths_only(news):
    over_files = qc("quotes", "news/wires", "--format", "tsv", cwd=news)
    over_archive = qc("quotes", "--db", "news.db", "--source", "news/wires/*", "--format", "tsv",
                      cwd=news)
    assert over_archive.stdout == over_files.stdout
    sources = {line.split("\t")[0] for line in over_archive.stdout.splitlines()[1:]}
    assert sources and all(s.startswith("news/wires/") for s in sources)


@pytest.mark.slow
def test_quotecheck_db_names_the_archive(news):
    proc = qc("speakers", "--format", "tsv", cwd=news, env={"QUOTECHECK_DB": "news.db"})
    assert proc.stdout == qc("speakers", "news", "--format", "tsv", cwd=news).stdout


def test_the_archive_holds_every_document_and_the_text_offsets_count_in(news):
    con = sqlite3.connect(news / "news.db")
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == len(ARTICLES)
    for text, start, end, quote in con.execute(
            "SELECT c.text, r.start, r.\"end\", r.quote FROM records r JOIN contents c ON c.id = r.content"):
        assert text[start:end] == quote
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def _index(root: Path, *args: str) -> subprocess.CompletedProcess:
    return qc("index", "news", "--db", "news.db", *args, cwd=root)


def _counts(proc: subprocess.CompletedProcess) -> str:
    return proc.stderr.strip().splitlines()[-1].split(": ", 2)[2].split(";")[0]


@pytest.mark.slow
def test_a_second_run_reads_only_what_changed(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for path in ARTICLES[:4]:
        shutil.copy(path, news / path.name)
    assert _counts(_index(tmp_path)) == "4 new, 0 changed, 0 unchanged, 0 pruned, 0 failed"
    assert _counts(_index(tmp_path)) == "0 new, 0 changed, 4 unchanged, 0 pruned, 0 failed"
    # touched but the same bytes: the hash decides; changed bytes: parsed again
    first, second = sorted(news.iterdir())[:2]
    os.utime(first, ns=(time.time_ns(), time.time_ns() + 10**9))
    second.write_text("“We will build the bridge,” Anna Berger said.\n", encoding="utf-8")
    shutil.copy(ARTICLES[5], news / ARTICLES[5].name)
    assert _counts(_index(tmp_path)) == "1 new, 1 changed, 3 unchanged, 0 pruned, 0 failed"
    rows = qc("quotes", "--db", "news.db", "--source", f"*{second.name}", "--format", "tsv",
              "--no-headers", cwd=tmp_path).stdout.splitlines()
    assert [r.split("\t")[2] for r in rows] == ["Anna Berger"]
    assert qc("quotes", "--db", "news.db", cwd=tmp_path).stdout == qc("quotes", "news", cwd=tmp_path).stdout
    # a file gone stays until --prune
    second.unlink()
    assert _counts(_index(tmp_path)) == "0 new, 0 changed, 4 unchanged, 0 pruned, 0 failed"
    assert _counts(_index(tmp_path, "--prune")) == "0 new, 0 changed, 4 unchanged, 1 pruned, 0 failed"
    assert qc("verify", "We will build the bridge", "--db", "news.db", cwd=tmp_path).stdout.count(
        "not-found") == 1
    assert qc("quotes", "--db", "news.db", cwd=tmp_path).stdout == qc("quotes", "news", cwd=tmp_path).stdout
    # the full-text index, merged after each run that wrote something, is sound
    con = sqlite3.connect(tmp_path / "news.db")
    con.execute("INSERT INTO terms(terms) VALUES('integrity-check')")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow
def test_a_file_that_fails_to_read_is_reported_and_the_rest_indexed(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    shutil.copy(ARTICLES[0], news / ARTICLES[0].name)
    (news / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    proc = _index(tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.splitlines()[0] == f"quotecheck: {os.path.join('news', 'photo.txt')}: not a text file (binary)"
    assert _counts(proc) == "1 new, 0 changed, 0 unchanged, 0 pruned, 1 failed"


@pytest.mark.slow
def test_another_schema_version_asks_for_a_rebuild(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    shutil.copy(ARTICLES[0], news / ARTICLES[0].name)
    _index(tmp_path)
    con = sqlite3.connect(tmp_path / "news.db")
    con.execute("PRAGMA user_version = 99")
    con.close()
    for proc in (qc("quotes", "--db", "news.db", cwd=tmp_path), _index(tmp_path)):
        assert proc.returncode == 2
        assert len(proc.stderr.splitlines()) == 1
        assert "quotecheck index --rebuild" in proc.stderr and "99" in proc.stderr
    assert _counts(_index(tmp_path, "--rebuild")) == "1 new, 0 changed, 0 unchanged, 0 pruned, 0 failed"
    assert qc("quotes", "--db", "news.db", cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("args, needle", [
    (("quotes", "--db", "missing.db"), "no archive there"),
    (("quotes", "--db", "junk.db"), "not a quotecheck archive"),
    (("quotes", "fixtures", "--db", "junk.db"), "not both"),
    (("quotes", "--source", "*x*", "fixtures"), "--source goes with --db"),
    (("index", "fixtures"), "--db FILE"),
    (("index", "--db", "x.db"), "name the files"),
])
@pytest.mark.slow
def test_bad_archive_use_is_one_line(tmp_path, args, needle):
    (tmp_path / "junk.db").write_text("not a database, just words\n" * 100, encoding="utf-8")
    (tmp_path / "fixtures").symlink_to(FIXTURES)
    env = {k: v for k, v in os.environ.items() if k != "QUOTECHECK_DB"}
    proc = subprocess.run([sys.executable, "-m", "quotecheck", *args], capture_output=True, text=True,
                          cwd=tmp_path, env=env, timeout=60)
    assert proc.returncode == 2
    assert len(proc.stderr.splitlines()) == 1 and proc.stderr.startswith("quotecheck: ")
    assert needle in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.slow
def test_a_run_killed_part_way_leaves_a_sound_archive_and_a_rerun_completes_it(tmp_path):
    news = tmp_path / "news"
    for copy in range(12):  # enough work that the kill lands in the middle
        folder = news / f"c{copy:02d}"
        folder.mkdir(parents=True)
        for path in ARTICLES:
            shutil.copy(path, folder / path.name)
    total = 12 * len(ARTICLES)
    db = tmp_path / "news.db"
    proc = subprocess.Popen([sys.executable, "-m", "quotecheck", "index", "news", "--db", "news.db",
                             "--jobs", "1"], cwd=tmp_path, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if db.exists():
            try:
                with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as reader:
                    stored = reader.execute("SELECT count(*) FROM documents").fetchone()[0]
            except sqlite3.OperationalError:
                stored = 0  # the schema is not there yet
        if stored >= total // 4:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("INSERT INTO terms(terms) VALUES ('integrity-check')") is not None
    count = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert total // 4 <= count < total
    # no half document: every document has its text, records and words, nothing else has any
    # (the copies of an article share one content)
    contents = con.execute("SELECT count(*) FROM contents").fetchone()[0]
    assert contents == len(ARTICLES) if count >= len(ARTICLES) else contents == count
    assert con.execute("SELECT count(*) FROM documents WHERE content NOT IN (SELECT id FROM contents)"
                       ).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM contents WHERE id NOT IN (SELECT content FROM documents)"
                       ).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM records WHERE content NOT IN (SELECT id FROM contents)"
                       ).fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM contents WHERE id NOT IN (SELECT DISTINCT content FROM "
                       "records)").fetchone()[0] == 0
    con.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, terms, row)")
    assert con.execute("SELECT doc FROM temp.vocab WHERE term = 'the'").fetchone()[0] == contents
    con.close()

    rerun = _index(tmp_path, "--jobs", "2")
    assert rerun.returncode == 0, rerun.stderr
    assert _counts(rerun) == f"{total - count:,} new, 0 changed, {count:,} unchanged, 0 pruned, 0 failed"
    assert qc("quotes", "--db", "news.db", cwd=tmp_path).stdout == qc("quotes", "news", cwd=tmp_path).stdout


def test_an_index_run_shows_files_megabytes_rate_and_time_left_on_a_terminal(monkeypatch):
    import io

    from quotecheck import cli

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    clock = iter([0.0, 2.0, 10.0])
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    stderr = Terminal()
    monkeypatch.setattr(sys, "stderr", stderr)
    progress = cli.Progress()
    progress.advance(10, 40, 2_000_000, 8_000_000)  # 2 MB in 2 s: 6 MB left at 1 MB/s
    progress.advance(40, 40, 8_000_000, 8_000_000)
    assert stderr.getvalue() == (
        "\rquotecheck: 10/40 files, 2.0/8.0 MB, 1.00 MB/s, 0:06 left\033[K"
        "\rquotecheck: 40/40 files, 8.0/8.0 MB, 0.80 MB/s, 0:00 left\033[K")


# One person under several canonical names across documents: (document, its quotes' lines,
# the name each is credited with in that document).
PEOPLE = {
    "a.txt": ["“We will build the bridge,” Sergey Lavrov said on Monday."],
    "b.txt": ["“The talks went well,” Sergei Lavrov told reporters.", "“We expect more,” Lavrov said."],
    "c.txt": ["“Nothing changes,” Lavrov said."],
    "d.txt": ["“We disagree,” John Smith said."],
    "e.txt": ["“We agree,” Jane Smith said."],
}


@pytest.mark.slow
def test_speakers_counts_a_person_across_documents_under_one_name_from_files_and_archive(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for name, paragraphs in PEOPLE.items():
        (news / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert _index(tmp_path).returncode == 0
    over_files = qc("speakers", "news", "--format", "tsv", "--no-headers", cwd=tmp_path)
    over_archive = qc("speakers", "--db", "news.db", "--format", "tsv", "--no-headers", cwd=tmp_path)
    assert over_archive.stdout == over_files.stdout
    rows = [line.split("\t") for line in over_files.stdout.splitlines()]
    lavrov_docs = ["a.txt", "b.txt", "c.txt"]
    assert [(r[0], r[2], r[5], r[6]) for r in rows] == [
        # the fullest name, first written; the other names as aliases; every Lavrov quote
        ("Sergey Lavrov", str(sum(len(PEOPLE[d]) for d in lavrov_docs)), "Lavrov; Sergei Lavrov",
         "; ".join(os.path.join("news", d) for d in lavrov_docs)),
        # one first name each: two people
        ("John Smith", "1", "", os.path.join("news", "d.txt")),
        ("Jane Smith", "1", "", os.path.join("news", "e.txt")),
    ]


def test_same_people_keeps_ambiguous_names_apart():
    from quotecheck.listing import same_people
    from quotecheck.names import name_parts

    names = ["Clinton", "Hillary Clinton", "Bill Clinton", "H. Clinton", "Lavrov", "LAVROV",
             "S. Lavrov", "Sergey Lavrov", "Foreign Ministry", "Russia's Foreign Ministry"]
    assert same_people({n: name_parts(n) for n in names}) == [
        ["Clinton"],  # a bare last name that fits two people belongs to neither
        ["Hillary Clinton", "H. Clinton"],
        ["Bill Clinton"],
        ["Lavrov", "LAVROV", "S. Lavrov", "Sergey Lavrov"],
        ["Foreign Ministry", "Russia's Foreign Ministry"],
    ]


@pytest.mark.slow
def test_changed_date_or_encoding_options_parse_the_documents_again(tmp_path):
    news = tmp_path / "news"
    news.mkdir()
    for path in ARTICLES[:3]:
        shutil.copy(path, news / path.name)
    (news / "latin.txt").write_bytes("“Café au lait,” Zoë Brandt said.\n".encode("cp1252"))
    assert _counts(_index(tmp_path)) == "4 new, 0 changed, 0 unchanged, 0 pruned, 0 failed"
    # another --date: every document parsed again, and dated as the files are with it
    assert _counts(_index(tmp_path, "--date", "2020-05-01")) == "0 new, 4 changed, 0 unchanged, 0 pruned, 0 failed"
    assert _counts(_index(tmp_path, "--date", "2020-05-01")) == "0 new, 0 changed, 4 unchanged, 0 pruned, 0 failed"
    over_archive = qc("quotes", "--db", "news.db", "--format", "tsv", cwd=tmp_path).stdout
    assert over_archive == qc("quotes", "news", "--date", "2020-05-01", "--format", "tsv", cwd=tmp_path).stdout
    assert over_archive != qc("quotes", "news", "--format", "tsv", cwd=tmp_path).stdout
    # back to no --date, then another --encoding: parsed again each time
    assert _counts(_index(tmp_path)) == "0 new, 4 changed, 0 unchanged, 0 pruned, 0 failed"
    assert _counts(_index(tmp_path, "--encoding", "cp1252")) == "0 new, 4 changed, 0 unchanged, 0 pruned, 0 failed"
    assert qc("quotes", "--db", "news.db", cwd=tmp_path).stdout == qc(
        "quotes", "news", "--encoding", "cp1252", cwd=tmp_path).stdout


@pytest.mark.slow
def test_a_new_parser_version_parses_the_documents_again(tmp_path, monkeypatch):
    from quotecheck import archive

    news = tmp_path / "news"
    news.mkdir()
    for path in ARTICLES[:3]:
        shutil.copy(path, news / path.name)

    def run() -> archive.Summary:
        return archive.run_index(str(tmp_path / "news.db"), [str(news)], jobs=1, encoding=None, date=None,
                                 prune=False, report=pytest.fail, progress=lambda *a: None)

    assert (run().new, run().unchanged) == (3, 3)
    monkeypatch.setattr(archive, "PARSER_VERSION", archive.PARSER_VERSION + 1)
    summary = run()
    assert (summary.changed, summary.unchanged) == (3, 0)
    con = sqlite3.connect(tmp_path / "news.db")
    assert con.execute("SELECT count(*) FROM contents").fetchone()[0] == 3  # the old ones gone
    assert {o.split("\x1f")[-1] for (o,) in con.execute("SELECT options FROM documents")} == {
        str(archive.PARSER_VERSION)}


def test_a_normalised_texts_map_back_to_its_source_survives_storing():
    from quotecheck.archive import pack_offsets, unpack_offsets
    from quotecheck.normalise import normalise

    text = "He said\u2026  “it’s   fine”\r\n— and left \ufb01ne-\ntuned. " + ARTICLES[0].read_text(encoding="utf-8")
    offsets = normalise(text).offsets
    stored = unpack_offsets(pack_offsets(offsets))
    assert list(stored) == list(offsets)
    assert [stored.to_norm(i) for i in range(len(text))] == [offsets.to_norm(i) for i in range(len(text))]


@pytest.mark.slow
def test_many_claims_checked_in_worker_processes_print_what_one_process_prints(news):
    import json

    quotes = [json.loads(line)["quote"] for line in
              qc("quotes", "news", "--format", "jsonl", cwd=news).stdout.splitlines()]
    claims = []
    for n, quote in enumerate(quotes[:70]):
        words = quote.strip("“”\"").split()
        if n % 3 == 1 and len(words) > 3:
            words[len(words) // 2] = "marmalade"  # a changed word: fuzzy, or not found
        claims.append({"id": f"c{n}", "claim": " ".join(words)})
    (news / "many.jsonl").write_text("".join(json.dumps(c) + "\n" for c in claims), encoding="utf-8")
    runs = {(where, jobs): qc("verify", "--claims", "many.jsonl", *where, "--jobs", jobs, "--format", "tsv",
                              cwd=news)
            for where in (("news",), ("--db", "news.db")) for jobs in ("1", "2")}
    first = runs[("news",), "1"]
    assert len(first.stdout.splitlines()) == len(claims) + 1
    assert {line.split("\t")[1] for line in first.stdout.splitlines()[1:]} >= {"exact", "fuzzy"}
    for proc in runs.values():
        assert (proc.stdout, proc.stderr, proc.returncode) == (first.stdout, first.stderr, first.returncode)


COPIED = [
    ("speakers", "--format", "jsonl"),
    ("speakers", "--speaker", "Lavrov", "--until", "2013-12-31"),
    ("quotes", "--speaker", "Lavrov", "--format", "tsv"),
    ("quotes", "--all", "--format", "tsv", "--since", "2013-01-01"),
    ("verify", "Russia is a great space power", "--all-matches"),
    ("verify", "Russia is a major space power", "--speaker", "Lavrov"),
    ("verify", "Baikonur will be closed to all foreign launches next year"),
]


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> Path:
    """Three copies of the fixture articles (the same texts under other paths), one of them
    touched by hand, indexed: copies share a stored text, the changed one has its own."""
    root = tmp_path_factory.mktemp("copies")
    for copy in ("a", "b", "c"):
        folder = root / "news" / copy
        folder.mkdir(parents=True)
        for path in ARTICLES:
            shutil.copy(path, folder / path.name)
    changed = root / "news" / "b" / ARTICLES[0].name
    changed.write_text(changed.read_text(encoding="utf-8").replace(" said", " told reporters", 1),
                       encoding="utf-8")
    assert qc("index", "news", "--db", "news.db", cwd=root).returncode == 0
    return root


@pytest.mark.slow
def test_copies_share_one_stored_text(copies):
    con = sqlite3.connect(copies / "news.db")
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3 * len(ARTICLES)
    assert con.execute("SELECT count(*) FROM contents").fetchone()[0] == len(ARTICLES) + 1


@pytest.mark.parametrize("query", COPIED, ids=[" ".join(q[:2]) for q in COPIED])
@pytest.mark.slow
def test_copies_print_what_the_files_print(copies, query):
    assert_archive_prints_what_files_print(copies, query)


def test_documents_go_many_to_a_transaction_each_whole(tmp_path, monkeypatch):
    """A few documents to a transaction: none is visible before its transaction commits, and a
    document that fails while it is written is undone alone, the others of its transaction kept."""
    from quotecheck import archive as archive_module
    from quotecheck.reader import iter_inputs

    folder = tmp_path / "news"
    folder.mkdir()
    for path in ARTICLES[:3]:
        shutil.copy(path, folder / path.name)
    db = str(tmp_path / "news.db")
    con = archive_module.connect(db, write=True)
    writer = archive_module.Writer(con, archive_module.read_options(None, None))
    items = [i for i in iter_inputs([str(folder)]) if hasattr(i, "path")]

    def count() -> int:
        reader = sqlite3.connect(db)
        try:
            return reader.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            reader.close()

    writer.store(archive_module.index_one((items[0], None, None, None)))
    assert count() == 0  # not committed yet: another connection sees nothing
    failing = archive_module.index_one((items[1], None, None, None))
    monkeypatch.setattr(writer, "_insert", lambda done, id_: (_ for _ in ()).throw(RuntimeError("bug")))
    with pytest.raises(RuntimeError):
        writer.store(failing)
    monkeypatch.undo()
    writer.store(archive_module.index_one((items[2], None, None, None)))
    writer.commit()
    con.close()
    assert count() == 2
    reader = sqlite3.connect(db)
    paths = {row[0] for row in reader.execute("SELECT path FROM documents")}
    reader.close()
    assert paths == {items[0].path, items[2].path}


def test_a_run_stopped_by_ctrl_c_keeps_the_documents_it_wrote_whole(tmp_path):
    from quotecheck import archive as archive_module

    folder = tmp_path / "news"
    folder.mkdir()
    for path in ARTICLES[:4]:
        shutil.copy(path, folder / path.name)
    db = str(tmp_path / "news.db")

    def progress(files_done, *rest):
        if files_done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        archive_module.run_index(db, [str(folder)], jobs=1, encoding=None, date=None, prune=False,
                                 report=pytest.fail, progress=progress)
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    # a second run completes it
    summary = archive_module.run_index(db, [str(folder)], jobs=1, encoding=None, date=None, prune=False,
                                       report=pytest.fail, progress=lambda *a: None)
    assert (summary.new, summary.unchanged) == (2, 2)
