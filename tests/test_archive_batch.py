"""Many claims against an archive at once: what verify keeps from one claim to the next (the
contents holding each term, asked many terms to a statement; the documents' texts; each exact
hit found once per text) changes no verdict, and the shortcuts taken on the way give what the
long way gives."""

from __future__ import annotations

import heapq
import json
import random
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from quotecheck.archive import Archive, fts_term
from quotecheck.claims import Claim, claim_from_text, claims_found, claims_read, read_claims
from quotecheck.index import Corpus, Index, _top_docs
from quotecheck.model import Document
from quotecheck.parse import parse_document
from quotecheck.verify import verify

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ARTICLES = sorted(FIXTURES.glob("*.txt"))


def _archive(root: Path, folders: tuple[str, ...], touched: str | None = None) -> str:
    """The fixture articles copied into each folder (the first one changed in ``touched``),
    indexed: one stored text for all the copies of an article."""
    for folder in folders:
        (root / folder).mkdir(parents=True)
        for path in ARTICLES:
            shutil.copy(path, root / folder / path.name)
    if touched is not None:
        changed = root / touched / ARTICLES[0].name
        changed.write_text(changed.read_text(encoding="utf-8").replace(" said", " told reporters", 1),
                           encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "quotecheck", "index", *folders, "--db", "news.db"],
                          cwd=root, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return str(root / "news.db")


@pytest.fixture(scope="module", params=["same copies", "uneven copies"])
def db(request, tmp_path_factory) -> str:
    """Every article twice; or three times with one copy changed (texts with one, two and
    three copies: the documents holding a term counted copy by copy)."""
    root = tmp_path_factory.mktemp("batch")
    if request.param == "same copies":
        return _archive(root, ("a", "b"))
    return _archive(root, ("a", "b", "c"), touched="b")


def _claims(db: str) -> list[Claim]:
    """Real quotes as they stand, with a word changed, and one word of each article's quotes
    alone; an invented sentence; the same quote twice (two claims on one text)."""
    archive = Archive(db)
    quotes = [q.quote.strip("“”\"‘’' ") for q in archive.quotes() if q.kind == "speech"]
    rng = random.Random(7)
    claims = []
    for n, quote in enumerate(quotes[::3]):
        words = quote.split()
        if len(words) < 4:
            continue
        if n % 2:
            words[rng.randrange(len(words))] = "marmalade"
        claims.append(" ".join(words))
    claims += [claims[0], claims[1], "The tired harbour questioned a council about the violin."]
    return [Claim(text, id=str(n)) for n, text in enumerate(claims)]


def test_claims_checked_together_get_what_each_gets_alone(db):
    claims = _claims(db)
    assert len(claims) > 20
    together = Archive(db).index()
    batch = [verify(c, together) for c in claims]
    for claim, verdicts in zip(claims, batch):
        fresh = Archive(db)  # nothing kept from before
        assert verdicts == verify(claim, fresh.index()), claim.text
        fresh.con.close()
        Archive.path_of.cache_clear()  # (it holds each archive it was asked about)
    # every match, as the same documents read into memory (no copies grouped) give them
    archived = Archive(db).index()
    n = len(archived.documents)
    in_memory = Index([archived.documents[d] for d in range(n)], [archived.records[d] for d in range(n)],
                      Corpus.build(archived.documents[d].text for d in range(n)))
    for claim in claims[::4]:
        assert verify(claim, together, all_matches=True) == verify(claim, in_memory, all_matches=True)
    kinds = {v[0].verdict for v in batch}
    assert {"exact", "fuzzy", "not-found"} <= kinds
    # a claim asked twice gets its verdict twice (the second from what the first kept)
    for again, first in ((-3, 0), (-2, 1)):
        assert [replace(v, id=None) for v in batch[again]] == [replace(v, id=None) for v in batch[first]]


def test_terms_asked_together_hold_what_each_holds_alone(db):
    archive = Archive(db)
    con = sqlite3.connect(db)
    terms = ["space", "russia", "russia is", "zzznothing", "of the", "the", "baikonur",
             *(f"word{n}" for n in range(150))]  # more than one statement's worth
    each = archive.holding_each(terms)
    assert len(each) == len(terms)
    for term, held in zip(terms, each):
        alone = [r[0] for r in con.execute("SELECT rowid FROM terms WHERE terms MATCH ?", (fts_term(term),))]
        assert sorted(held) == sorted(alone), term
    assert each[0] and each[-1] == []


def test_a_source_pattern_keeps_the_contents_with_a_matching_document(db):
    every, some = Archive(db), Archive(db, source="a/[a-c]*")
    kept = set(some.contents)
    assert 0 < len(kept) < len(set(every.contents))
    for everywhere, here in zip(every.holding_each(["the", "said"]), some.holding_each(["the", "said"])):
        assert here == [c for c in everywhere if c in kept]


@pytest.mark.parametrize("source", [None, "b/*"])
def test_a_needle_is_found_where_a_scan_of_every_copy_finds_it(db, source):
    archive = Archive(db, source=source)
    corpus = archive.index().corpus
    for needle, use in (("the", 1), ("said the", 2), ("of the", 2), ("it is", 2), ("space power", 2),
                        ("the zzznothing", 2), ("said", 1)):
        every_copy = list(Corpus.literal_hits(corpus, needle, corpus.docs_with_all(needle.split(), use)))
        assert list(corpus.needle_hits(needle, use)) == every_copy, needle
        assert every_copy or "zzznothing" in needle


@pytest.mark.parametrize("source", [None, "b/*"])
def test_each_texts_hits_are_given_to_its_copies_in_document_order(db, source):
    corpus = Archive(db, source=source).index().corpus
    asked: list[str] = []

    def sentences_with(word: str):
        def find(doc) -> list[int]:
            asked.append(doc.key)
            return [m.start() for m in re.finditer(rf"[^.]*\b{word}\b", doc.key)]
        return find

    for word in ("said", "the", "space", "zzznothing"):
        groups = corpus.groups_with_all([word], 1)
        asked.clear()
        merged = list(corpus.group_hits(groups, sentences_with(word)))
        assert len(asked) == len(set(asked)) == len(groups or ())  # each text searched once
        every_copy = list(Corpus.group_hits(corpus, groups, sentences_with(word)))
        assert merged == every_copy and all(hits for _, hits in merged)
        assert bool(merged) == (word != "zzznothing")


@pytest.mark.parametrize("source, apart", [(None, 16), (None, 0), ("b/*", 16)])
def test_the_documents_holding_a_term_are_counted_as_listed(db, source, apart, monkeypatch):
    # counted from the archive's listing (few contents with another number of copies than
    # most), or from the contents read (many)
    monkeypatch.setattr("quotecheck.archive._APART", apart)
    archive = Archive(db, source=source)
    corpus = archive.index().corpus
    terms = ["the", "said", "space", "space power", "of the", "zzznothing"]
    corpus.prefetch(terms)
    for term, held in zip(terms, archive.holding_each(terms)):
        assert corpus.df(term) == sum(len(archive.copies[c]) for c in held), term
        assert sorted(corpus.holding_groups(term)) == sorted(held)


class _Groups:
    """A corpus as _top_docs sees it: groups of documents in order."""

    def __init__(self, sizes: list[int]):
        self.docs_of, d = [], 0
        for size in sizes:
            self.docs_of.append(list(range(d, d + size)))
            d += size

    def group_docs(self, g: int) -> list[int]:
        return self.docs_of[g]


@pytest.mark.parametrize("seed", range(40))
def test_the_best_documents_are_those_of_every_copy_ranked(seed):
    rng = random.Random(seed)
    corpus = _Groups([rng.choice([1, 1, 2, 5, 30]) for _ in range(rng.randint(1, 60))])
    # few distinct scores: many groups tie
    scores = {g: rng.choice([1.5, 2.25, 3.0, 4.75]) for g in range(len(corpus.docs_of)) if rng.random() < 0.7}
    for max_docs in (1, 3, 12, 64):
        every_copy = heapq.nsmallest(max_docs, ((-s, d) for g, s in scores.items() for d in corpus.docs_of[g]))
        assert _top_docs(corpus, scores, max_docs) == [d for _, d in every_copy]


def _parsed(text: str) -> Claim:
    """What claim_from_text makes of ``text`` by parsing it whatever it holds."""
    records = [r for r in parse_document(Document("claim", text.strip())) if r.kind == "speech"]
    if len(records) == 1:
        rec = records[0]
        outside = (text[:rec.start] + text[rec.end:]).strip(" \t\n,.:;—–-")
        if rec.speaker_mention and outside:
            return Claim(rec.quote[1:-1].strip(), None, rec.speaker,
                         rec.date if rec.date_source == "explicit" else None)
    return Claim(text)


@pytest.mark.parametrize("text", [
    "Russia is a great space power",
    "“Russia is a great space power.”",
    "'We will never accept that,'",
    "“It is over,” Lavrov said.",
    "Lavrov said on Monday: “It is over.”",
    "  “It is over,” said Idrissov, “and we know it.”",
    "He told me, ‘Dad, everything is going to be OK.’",
    "“One.” “Two.”",
    "“Unclosed quotation and more",
    "don't",
])
def test_a_claim_read_without_the_parser_is_what_the_parser_reads(text):
    assert claim_from_text(text) == _parsed(text)


def test_a_claim_with_its_speaker_around_it_names_the_speaker():
    claim = claim_from_text("“It is over,” Sergei Lavrov said.")
    assert claim.text == "It is over," and claim.speaker == "Sergei Lavrov"


def test_a_claims_file_read_with_its_attributions_left_for_later_gives_the_same_claims():
    data = ("id,claim,speaker\n"
            "a,Russia is a great space power,\n"
            "b,\"“It is over,” Sergei Lavrov said.\",\n"
            "c,\"Lavrov said on Monday: “It is over.”\",Idrissov\n"
            "d,“Russia is a great space power.”,\n")
    found = claims_found("claims.csv", data)
    assert [type(c).__name__ for c in found] == ["Claim", "Attributed", "Attributed", "Claim"]
    read = claims_read(found)
    assert read == read_claims("claims.csv", data)
    assert (read[1].text, read[1].speaker) == ("It is over,", "Sergei Lavrov")
    assert read[2].speaker == "Idrissov"  # the speaker given wins over the one read


def test_the_first_names_read_in_one_go_are_those_gender_guesser_reads():
    detector = pytest.importorskip("gender_guesser.detector")
    from quotecheck import firstnames

    assert firstnames._read(detector).names == detector.Detector(case_sensitive=False).names


def _order_by_query(db: str, source: str | None = None) -> tuple[list[int], list[int]]:
    con = sqlite3.connect(db)
    where, args = ("WHERE path GLOB ?", (source,)) if source else ("", ())
    rows = con.execute(f"SELECT id, content FROM documents {where} ORDER BY sortkey", args).fetchall()
    con.close()
    return [r[0] for r in rows], [r[1] for r in rows]


def test_the_stored_document_order_is_that_of_the_documents_and_goes_with_the_first_write(tmp_path):
    from quotecheck import archive as archive_module

    for folder in ("b", "a"):
        (tmp_path / folder).mkdir()
        for path in ARTICLES[:4]:
            shutil.copy(path, tmp_path / folder / path.name)
    db = str(tmp_path / "news.db")

    def index(*paths: str) -> archive_module.Summary:
        return archive_module.run_index(db, [str(tmp_path / p) for p in paths], jobs=1, encoding=None,
                                        date=None, prune=True, report=pytest.fail, progress=lambda *a: None)

    def stored() -> bool:
        con = sqlite3.connect(db)
        found = con.execute("SELECT count(*) FROM document_order").fetchone()[0]
        con.close()
        return bool(found)

    index("b", "a")
    assert stored()
    ids, contents = Archive(db).ids, Archive(db).contents
    assert (list(ids), list(contents)) == _order_by_query(db) and len(ids) == 8
    assert (list(Archive(db, source="a/*").ids), list(Archive(db, source="a/*").contents)) == _order_by_query(db, "a/*")
    # a document written (as by a run killed after it): the order is read from the documents
    changed = tmp_path / "a" / ARTICLES[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    con = archive_module.connect(db, write=True)
    writer = archive_module.Writer(con, archive_module.read_options(None, None))
    from quotecheck.reader import iter_inputs

    item = next(i for i in iter_inputs([str(changed)]) if hasattr(i, "path"))
    writer.store(archive_module.index_one((item, None, None, None)))
    writer.commit()
    con.close()
    assert not stored()
    assert (list(Archive(db).ids), list(Archive(db).contents)) == _order_by_query(db)
    # the next run stores it again, also when it has nothing else to do
    assert index("b", "a").changed == 0
    assert stored() and (list(Archive(db).contents)) == _order_by_query(db)[1]
    # a file gone: pruned, and the order stored without it
    (tmp_path / "b" / ARTICLES[1].name).unlink()
    assert index("b", "a").pruned == 1
    assert stored() and (list(Archive(db).ids), list(Archive(db).contents)) == _order_by_query(db)
    assert len(Archive(db).ids) == 7


def test_claims_checked_in_forked_processes_over_an_archive_get_what_one_process_gives(db):
    from quotecheck import jobs

    claims = _claims(db) * 3  # enough to fork (jobs.FORK_FROM)
    assert len(claims) >= jobs.FORK_FROM
    alone = jobs.verify_claims(claims, Archive(db).index(), jobs=1, threshold=None, all_matches=True)
    archive = Archive(db)
    _ = archive.contents  # read here, before the fork: each process then opens its own connection
    assert jobs.verify_claims(claims, archive.index(), jobs=2, threshold=None, all_matches=True) == alone


@pytest.mark.slow
def test_queries_leave_no_write_ahead_log_beside_the_archive(db, tmp_path):
    claims = tmp_path / "claims.jsonl"
    claims.write_text("".join(json.dumps({"claim": c.text}) + "\n" for c in _claims(db) * 3), encoding="utf-8")
    folder = tmp_path / "copy"  # (this process keeps the fixture's archive open)
    folder.mkdir()
    db = str(shutil.copy(db, folder / "news.db"))
    for args in (("verify", "--claims", str(claims), "--jobs", "2"), ("verify", "--claims", str(claims), "--jobs", "1"),
                 ("quotes", "--speaker", "Lavrov")):
        proc = subprocess.run([sys.executable, "-m", "quotecheck", *args, "--db", db, "--format", "tsv"],
                              capture_output=True, text=True, timeout=300, check=False)
        assert proc.returncode in (0, 1) and proc.stdout, proc.stderr
        # the last connection closed as the process ended, as SQLite removes the log's files then
        assert sorted(p.name for p in folder.glob("news.db*")) == ["news.db"], args


def test_the_first_names_load_through_gender_guessers_own_reader_when_its_insides_differ(monkeypatch, tmp_path):
    pytest.importorskip("gender_guesser.detector")
    from quotecheck import firstnames

    def other_version(detector):
        raise AttributeError("_eat_name_line")

    monkeypatch.setattr(firstnames, "_read", other_version)
    monkeypatch.setattr(firstnames, "_loaded", [])
    monkeypatch.setattr(firstnames, "_tables", [])  # (and no answers kept from before)
    monkeypatch.setenv("QUOTECHECK_CACHE_DIR", str(tmp_path))
    firstnames.lookup.cache_clear()
    try:
        assert firstnames.lookup("Jillian") == (True, "f")
        assert firstnames.lookup("Zbigniew") == (True, "m")  # (a name of the data set, not the short list)
        assert firstnames.lookup("Xzqvy") == (False, "")
    finally:
        firstnames.lookup.cache_clear()
