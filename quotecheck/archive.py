"""The archive: documents, their quote records and speakers, and a full-text index, in one
SQLite file, written by ``quotecheck index`` and read by ``quotes``, ``speakers`` and ``verify``
with ``--db``.

Tables (schema version :data:`SCHEMA_VERSION`, kept in ``PRAGMA user_version``):

* ``documents``: path (as given on the command line), size, modification time, content hash
  (BLAKE2b of the bytes), the options it was read with (forced encoding, forced date, parser
  version: :func:`read_options`), the decoding's warnings, and its ``content``.
* ``contents``: what documents with the same text, date and parser share (copies of an
  article under several paths: :func:`content_key`): the decoded text that every offset counts
  in, the date and where it came from, and the normalised text with its map back to the text,
  packed (:func:`pack_offsets`), so that verify loads rather than normalises a document.
* ``records``: every record ``quotes --all`` prints, per content in order (``seq``), with its
  row as ``quotes --format tsv`` prints it after the source; ``name`` points at the speaker's
  canonical name with its aliases in ``names``.
* ``name_lasts``: each name's last names, folded (:func:`quotecheck.names.name_parts`), so that
  ``--speaker`` compares only the names that can match.
* ``speakers``: per content, each speaker (``names``) with the role the text gives and the
  number of speech quotes.
* ``document_order``: the documents' ids and contents in document order, packed
  (:func:`pack_ints`), so that verify reads them in one row rather than a row per document:
  written at the end of an index run, deleted with the first document any run writes (a
  reader without it reads the documents table).
* ``terms``: an FTS5 index (contentless, no positions) over every content's search key, as
  :mod:`quotecheck.index` reads it: each word and each pair of words in a row (``a~b``), so
  that verify's candidate search asks the archive what it asks its in-memory index; verify
  scores, aligns and judges a content once for all its documents.

Writing: WAL mode, each document whole inside one transaction (a few documents, or half a
second's, to a transaction: see ``BATCH_DOCUMENTS``), so a run killed at any moment leaves the
archive as it was after the last transaction committed, no document half written, and readers
see that state meanwhile; a run stopped by Ctrl-C commits the documents it has written whole.
A run that wrote something then merges the FTS index's b-trees (:meth:`Writer.merge`).
"""


from __future__ import annotations

import atexit
import contextlib
import datetime as dt
import functools
import hashlib
import heapq
import json
import os
import sqlite3
import struct
import sys
import time
import weakref
from array import array
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from quotecheck.errors import InputError, QuotecheckError
from quotecheck.index import INDEX_WORD, Corpus, DocText, Places, find_bounded
from quotecheck.listing import QUOTE_FIELDS, Tally, dated, in_period
from quotecheck.model import PARSER_VERSION, Document, Quote, from_fields
from quotecheck.names import name_matches, name_parts
from quotecheck.normalise import Normalised, OffsetMap, normalise, search_key

if TYPE_CHECKING:
    from quotecheck.reader import Input

T = TypeVar("T")

SCHEMA_VERSION = 3
ENV = "QUOTECHECK_DB"
_SEP = "\x1f"  # between the aliases of a record, between the warnings of a document

SCHEMA = """
CREATE TABLE documents(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    sortkey TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    hash TEXT NOT NULL,
    options TEXT NOT NULL,
    content INTEGER NOT NULL,
    warnings TEXT NOT NULL
);
CREATE INDEX documents_order ON documents(sortkey, content);  -- verify reads the order alone
CREATE INDEX documents_content ON documents(content);
CREATE TABLE contents(
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    date TEXT,
    date_origin TEXT,
    text TEXT NOT NULL,
    norm TEXT NOT NULL,
    offsets BLOB NOT NULL
);
CREATE TABLE names(
    id INTEGER PRIMARY KEY,
    speaker TEXT NOT NULL,
    aliases TEXT NOT NULL,
    UNIQUE(speaker, aliases)
);
CREATE TABLE name_lasts(
    last TEXT NOT NULL,
    name INTEGER NOT NULL,
    PRIMARY KEY(last, name)
) WITHOUT ROWID;
CREATE TABLE records(
    content INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    line INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    kind TEXT NOT NULL,
    speaker TEXT,
    speaker_mention TEXT,
    role TEXT,
    cue TEXT,
    date TEXT,
    date_source TEXT,
    quote TEXT NOT NULL,
    via TEXT,
    aliases TEXT NOT NULL,
    name INTEGER,
    tsv TEXT NOT NULL,
    PRIMARY KEY(content, seq)
) WITHOUT ROWID;
CREATE INDEX records_name ON records(name);
CREATE TABLE speakers(
    content INTEGER NOT NULL,
    name INTEGER NOT NULL,
    role TEXT,
    quotes INTEGER NOT NULL,
    PRIMARY KEY(content, name)
) WITHOUT ROWID;
CREATE TABLE document_order(
    id INTEGER PRIMARY KEY CHECK (id = 1),
    ids BLOB NOT NULL,
    contents BLOB NOT NULL
);
CREATE VIRTUAL TABLE terms USING fts5(body, tokenize="ascii tokenchars '_~'", detail=none, content='');
INSERT INTO terms(terms, rank) VALUES('usermerge', 2);
"""

_RECORD_COLUMNS = ("line", "start", "end", "kind", "speaker", "speaker_mention", "role", "cue",
                   "date", "date_source", "quote", "via")
_SELECT_RECORD = ", ".join(f'r."{c}"' for c in (*_RECORD_COLUMNS, "aliases"))
# a quote row's cells after its source, in QUOTE_FIELDS order, as the TSV output writes them
_TSV_FIELDS = QUOTE_FIELDS[1:]


class ArchiveError(QuotecheckError):
    """The archive cannot be used: missing, not an archive, or of another schema version."""


def db_path(given: str | None) -> str | None:
    """The archive named by ``--db``, else by ``QUOTECHECK_DB``, else None."""
    return given or os.environ.get(ENV) or None


# --------------------------------------------------------------------------- opening

# this process's id, kept up to date across forks (asked of every query: no system call each)
_process = [os.getpid()]
os.register_at_fork(after_in_child=lambda: _process.__setitem__(0, os.getpid()))


class _Connection(sqlite3.Connection):
    """A connection that can be referred to weakly (to close it as the process ends)."""

    opened_by = 0  # the process that opened it


_reading: weakref.WeakSet[_Connection] = weakref.WeakSet()  # connections open for queries


@atexit.register
def _close_reading() -> None:
    """The connections this process opened for queries closed as it ends, whatever still
    holds them (the last connection to close removes the write-ahead log's files), rather than
    left to the interpreter's last collections, which may not come to them."""
    for con in list(_reading):
        if con.opened_by == _process[0]:
            con.close()


def connect(path: str, *, write: bool) -> sqlite3.Connection:
    """The archive at ``path``, checked; created when writing and it does not exist."""
    if not write and not os.path.isfile(path):
        raise ArchiveError(f"{path}: no archive there; make one with `quotecheck index PATH... --db {path}`")
    try:
        con = sqlite3.connect(path, isolation_level=None, timeout=30, factory=_Connection)
        if not write:
            con.opened_by = _process[0]
            _reading.add(con)
        version = con.execute("PRAGMA user_version").fetchone()[0]
        if write:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            if version == 0 and not con.execute("SELECT count(*) FROM sqlite_schema").fetchone()[0]:
                con.executescript(f"BEGIN; {SCHEMA} PRAGMA user_version={SCHEMA_VERSION}; COMMIT;")
                version = SCHEMA_VERSION
    except sqlite3.DatabaseError as exc:
        raise ArchiveError(f"{path}: not a quotecheck archive ({exc})") from None
    if version != SCHEMA_VERSION:
        con.close()
        raise ArchiveError(f"{path}: an archive of schema version {version}, this quotecheck reads "
                           f"version {SCHEMA_VERSION}; run `quotecheck index --rebuild --db {path} PATH...`")
    return con


def remove(path: str) -> None:
    """The archive and its WAL files deleted (``--rebuild``)."""
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(path + suffix)
        except FileNotFoundError:
            pass


# --------------------------------------------------------------------------- writing


def sort_key(path: str) -> str:
    """Paths in the order a directory walk gives them: name by name along the path."""
    return path.replace(os.sep, "\x00")


def terms_body(text: str, norm: Normalised | None = None) -> str:
    """What the FTS index holds for a text: its search key's words, then its word pairs."""
    words = INDEX_WORD.findall(search_key((norm or normalise(text)).text))
    return " ".join([*words, *map(_pair_token, words, words[1:])])


def pack_ints(values: Iterable[int]) -> bytes:
    """Integers as stored: 8 bytes each, little-endian."""
    packed = array("q", values)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def unpack_ints(data: bytes) -> array:
    packed = array("q")
    packed.frombytes(data)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed


def pack_offsets(offsets: OffsetMap) -> bytes:
    """A normalised text's map back to its source (:class:`quotecheck.normalise.OffsetMap`),
    as stored: its lengths, then its segments' starts, little-endian, and their kinds."""
    norm, src = array("q", offsets._norm), array("q", offsets._src)
    if sys.byteorder == "big":
        norm.byteswap()
        src.byteswap()
    head = struct.pack("<qqq", len(norm), offsets._len, offsets._src_len)
    return head + norm.tobytes() + src.tobytes() + bytes(offsets._copy)


def unpack_offsets(data: bytes) -> OffsetMap:
    n, length, src_len = struct.unpack_from("<qqq", data)
    norm, src = array("q"), array("q")
    norm.frombytes(data[24:24 + 8 * n])
    src.frombytes(data[24 + 8 * n:24 + 16 * n])
    if sys.byteorder == "big":
        norm.byteswap()
        src.byteswap()
    return OffsetMap(norm, src, bytearray(data[24 + 16 * n:]), length, src_len)


def _pair_token(a: str, b: str) -> str:
    return a + "~" + b


def fts_term(term: str) -> str:
    """A word, or a pair ``"a b"`` as :mod:`quotecheck.index` names it, as an FTS5 query."""
    return '"' + term.replace(" ", "~").replace('"', '""') + '"'


def read_options(encoding: str | None, date: str | None) -> str:
    """What a document was read with, as stored: the forced encoding, the forced date, the
    parser's version.  A document stored with other options is read and parsed again."""
    return f"{encoding or ''}{_SEP}{date or ''}{_SEP}{PARSER_VERSION}"


def content_key(doc: Document) -> str:
    """What the records and the search index depend on: the text, the document's date and
    where it came from, the parser.  Documents with the same key (copies of an article under
    several paths) share one stored text, one set of records and one row of the FTS index."""
    h = hashlib.blake2b(digest_size=16)
    for part in (doc.text, doc.date or "", doc.date_origin or "", str(PARSER_VERSION)):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def tsv_cells(q: Quote) -> str:
    """A record's row after its source, as ``quotes --format tsv`` writes it."""
    from quotecheck.render import escape_cell

    return "\t".join(escape_cell(getattr(q, f)) for f in _TSV_FIELDS)


@dataclass(frozen=True)
class Indexed:
    """What a worker made of one input for the archive."""

    item: Input
    digest: str
    options: str
    document: Document | None = None  # None: the bytes are those already in the archive
    key: str = ""  # content_key(document)
    rows: tuple[tuple, ...] = ()  # per record: speaker, aliases, kind, role, then the stored columns
    body: str = ""
    norm: str = ""  # the normalised text, and its map back to the text, packed
    offsets: bytes = b""


IndexTask = tuple  # (Input, encoding, date, the hash in the archive or None)


def index_one(task: IndexTask) -> Indexed | InputError:
    """Read one input; unless its hash is the one the archive holds, decode, parse and make its
    FTS body (in a worker process)."""
    from quotecheck.parse import parse_document
    from quotecheck.reader import document_from_bytes, read_bytes

    item, encoding, date, known = task
    options = read_options(encoding, date)
    data = read_bytes(item)
    if isinstance(data, InputError):
        return data
    digest = hashlib.blake2b(data if isinstance(data, bytes) else data.encode(), digest_size=16).hexdigest()
    if digest == known:
        return Indexed(item, digest, options)
    doc = document_from_bytes(item, data, encoding)
    if isinstance(doc, InputError):
        return doc
    if date is not None:
        doc = Document(doc.source, doc.text, date, "option", doc.warnings)
    norm = normalise(doc.text)
    # the records as plain tuples, their TSV lines made here: cheaper to send, less for the
    # one process that writes
    rows = tuple((q.speaker, q.aliases, q.kind, q.role, *(getattr(q, c) for c in _RECORD_COLUMNS),
                  _SEP.join(q.aliases), tsv_cells(q)) for q in parse_document(doc))
    return Indexed(item, digest, options, doc, content_key(doc), rows, terms_body(doc.text, norm),
                   norm.text, pack_offsets(norm.offsets))


def index_crashed(task: IndexTask) -> InputError:
    from quotecheck.jobs import CRASHED

    return InputError(task[0].path, CRASHED)


class _Known(NamedTuple):
    id: int
    size: int
    mtime_ns: int
    hash: str
    options: str
    content: int


# Documents written in one transaction: a transaction is committed after this many documents or
# this many seconds, whichever comes first.  Every commit writes the pages it touched to the log
# (a document's row alone touches several), so one per document cost the writing process more
# than the parsing left it time for on two cores.
BATCH_DOCUMENTS = 64
BATCH_SECONDS = 0.5


class Writer:
    """Writes documents into an open archive: each document whole inside one transaction, a few
    documents a transaction (see ``BATCH_DOCUMENTS``); ``commit`` ends the open one."""

    def __init__(self, con: sqlite3.Connection, options: str):
        self.con = con
        self.options = options
        self.known: dict[str, _Known] = {
            row[1]: _Known(row[0], *row[2:])
            for row in con.execute("SELECT id, path, size, mtime_ns, hash, options, content FROM documents")
        }
        self._names: dict[tuple[str, str], int] = {}
        self._pending: dict[str, _Known] = {}  # written in the open transaction, not yet committed
        self._opened = 0.0  # when the open transaction began (0: none is open)

    def unchanged(self, item: Input) -> bool:
        """Stored from a file of this size and time, read with the options of this run."""
        known = self.known.get(item.path)
        return (known is not None and known.size == item.size and known.mtime_ns == item.mtime_ns
                and known.options == self.options)

    def known_hash(self, item: Input) -> str | None:
        """The stored hash of the file's bytes, when the bytes alone decide (same options)."""
        known = self.known.get(item.path)
        return known.hash if known and known.options == self.options else None

    def store(self, done: Indexed) -> None:
        """One document, whole, in the open transaction (begun if none is): its old rows
        replaced, or only its size and time brought up to date when its bytes are the same."""
        item, con = done.item, self.con
        known = self._pending.get(item.path) or self.known.get(item.path)
        if not self._opened:
            con.execute("BEGIN IMMEDIATE")
            self._opened = time.monotonic()
        con.execute("SAVEPOINT document")  # (undone alone if it fails; the others stay)
        try:
            if done.document is None:
                assert known is not None  # a document not read again is one the archive knows
                con.execute("UPDATE documents SET size=?, mtime_ns=? WHERE id=?",
                            (item.size, item.mtime_ns, known.id))
                doc_id, content = known.id, known.content
            else:
                if known is not None:
                    self._delete(known.id, known.content)
                doc_id, content = self._insert(done, known.id if known else None)
        except BaseException:
            con.execute("ROLLBACK TO document")
            con.execute("RELEASE document")
            self._names.clear()  # names inserted in the undone document may be gone
            raise
        con.execute("RELEASE document")
        self._pending[item.path] = _Known(doc_id, item.size, item.mtime_ns, done.digest, done.options, content)
        if len(self._pending) >= BATCH_DOCUMENTS or time.monotonic() - self._opened >= BATCH_SECONDS:
            self.commit()

    def commit(self) -> None:
        """The open transaction committed, its documents now the archive's."""
        if self._opened:
            self.con.execute("COMMIT")
            self._opened = 0.0
            self.known.update(self._pending)
            self._pending.clear()

    def stored(self, path: str) -> bool:
        """Does the archive hold a document of this path (committed or about to be)?"""
        return path in self._pending or path in self.known

    def _insert(self, done: Indexed, id_: int | None) -> tuple[int, int]:
        """The document's row, and its content's unless a copy's is there: (id, content)."""
        doc, item, con = done.document, done.item, self.con
        assert doc is not None
        con.execute("DELETE FROM document_order")  # made again at the end of the run
        row = con.execute("SELECT id FROM contents WHERE key=?", (done.key,)).fetchone()
        content = row[0] if row else self._new_content(done)
        cur = con.execute(
            "INSERT INTO documents(id, path, sortkey, size, mtime_ns, hash, options, content, warnings) "
            "VALUES (?,?,?,?,?,?,?,?,?)",
            (id_, item.path, sort_key(item.path), item.size, item.mtime_ns, done.digest, done.options,
             content, _SEP.join(doc.warnings)))
        assert cur.lastrowid is not None
        return cur.lastrowid, content

    def _new_content(self, done: Indexed) -> int:
        doc, con = done.document, self.con
        assert doc is not None
        content = con.execute(
            "INSERT INTO contents(key, date, date_origin, text, norm, offsets) VALUES (?,?,?,?,?,?)",
            (done.key, doc.date, doc.date_origin, doc.text, done.norm, done.offsets)).lastrowid
        rows = []
        speakers: dict[int, list] = {}
        for seq, (speaker, aliases, kind, role, *columns, joined, tsv) in enumerate(done.rows):
            name = self._name_id(speaker, aliases) if speaker else None
            rows.append((content, seq, *columns, joined, name, tsv))
            if name is not None and kind == "speech":
                entry = speakers.setdefault(name, [role, 0])
                entry[0] = entry[0] or role
                entry[1] += 1
        con.executemany(f"INSERT INTO records VALUES ({','.join('?' * 17)})", rows)
        con.executemany("INSERT INTO speakers VALUES (?,?,?,?)",
                        [(content, name, role, n) for name, (role, n) in speakers.items()])
        con.execute("INSERT INTO terms(rowid, body) VALUES (?, ?)", (content, done.body))
        assert content is not None
        return content

    def _name_id(self, speaker: str, aliases: tuple[str, ...]) -> int:
        key = (speaker, _SEP.join(aliases))
        found = self._names.get(key)
        if found is None:
            cur = self.con.execute("INSERT OR IGNORE INTO names(speaker, aliases) VALUES (?, ?)", key)
            found = self.con.execute("SELECT id FROM names WHERE speaker=? AND aliases=?", key).fetchone()[0]
            if cur.rowcount:  # a new name: file it under the last names its forms give
                lasts = {parts[1] for n in (speaker, *aliases) if (parts := name_parts(n))}
                self.con.executemany("INSERT OR IGNORE INTO name_lasts VALUES (?, ?)",
                                     [(last, found) for last in lasts])
            self._names[key] = found
        return found

    def _delete(self, doc_id: int, content: int) -> None:
        """A document's row removed, and its content with it when no other document has it."""
        con = self.con
        con.execute("DELETE FROM document_order")  # made again at the end of the run
        con.execute("DELETE FROM documents WHERE id=?", (doc_id,))
        if con.execute("SELECT 1 FROM documents WHERE content=? LIMIT 1", (content,)).fetchone():
            return
        text = con.execute("SELECT text FROM contents WHERE id=?", (content,)).fetchone()[0]
        # a contentless FTS5 table forgets a row when told the very values it was given
        con.execute("INSERT INTO terms(terms, rowid, body) VALUES ('delete', ?, ?)", (content, terms_body(text)))
        for table, column in (("records", "content"), ("speakers", "content"), ("contents", "id")):
            con.execute(f"DELETE FROM {table} WHERE {column}=?", (content,))

    def merge(self) -> None:
        """The FTS index's b-trees merged (any two on a level, ``usermerge`` 2), a bounded
        amount of work per transaction, until nothing is left to merge: a query then reads one
        or two b-trees, not the dozen that a run's many transactions leave (three times
        faster)."""
        while True:
            before = self.con.total_changes
            with self._transaction():
                self.con.execute("INSERT INTO terms(terms, rank) VALUES('merge', 2000)")
            if self.con.total_changes - before < 2:
                return

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """A transaction of its own (none other open): committed, or undone if it fails."""
        self.con.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def write_order(self) -> None:
        """The documents' ids and contents in document order (``document_order``) stored,
        unless they are there already."""
        con = self.con
        if con.execute("SELECT 1 FROM document_order").fetchone():
            return
        with self._transaction():
            if not con.execute("SELECT 1 FROM document_order").fetchone():  # (still)
                rows = con.execute("SELECT id, content FROM documents ORDER BY sortkey").fetchall()
                con.execute("INSERT INTO document_order VALUES (1, ?, ?)",
                            (pack_ints(r[0] for r in rows), pack_ints(r[1] for r in rows)))

    def prune(self) -> list[str]:
        """The documents whose files are gone, removed (each in its own transaction)."""
        gone = [path for path in self.known if not os.path.exists(path)]
        for path in gone:
            known = self.known.pop(path)
            with self._transaction():
                self._delete(known.id, known.content)
        return gone


@dataclass
class Summary:
    """What an index run did."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    pruned: int = 0
    failed: int = 0
    bytes_read: int = 0


def run_index(
    path: str,
    paths: Sequence[str],
    *,
    jobs: int,
    encoding: str | None,
    date: str | None,
    prune: bool,
    report: Callable[[str], None],
    progress: Callable[[int, int, int, int], None],
) -> Summary:
    """Index ``paths`` into the archive at ``path``: new and changed files parsed in ``jobs``
    processes, each written in its own transaction; unchanged ones (size and time, else the
    hash) left as they are; with ``prune``, documents whose files are gone removed.  Errors go
    to ``report`` as they happen (``PATH: reason``); ``progress(files done, files, bytes done,
    bytes)`` after each file."""
    from quotecheck.jobs import in_order
    from quotecheck.reader import Input, documents_found, iter_inputs

    con = connect(path, write=True)
    try:
        # a checkpoint (copying the log's pages into the database, with an fsync) every 40 MB of
        # log, not every 4 MB: a run writes many small transactions
        con.execute("PRAGMA wal_autocheckpoint=10000")
        writer = Writer(con, read_options(encoding, date))
        found = list(iter_inputs(paths))  # every file's size first: the progress needs them
        tasks: list[Any] = []
        for item in found:
            if isinstance(item, Input) and item.path == "-":
                tasks.append(InputError("-", "standard input cannot be indexed; save it to a file"))
            elif isinstance(item, Input) and not writer.unchanged(item):
                tasks.append((item, encoding, date, writer.known_hash(item)))
            else:
                tasks.append(item)
        to_read = [t[0] for t in tasks if isinstance(t, tuple)]
        total_files, total_bytes = len(to_read), sum(i.size for i in to_read)
        summary = Summary()
        files_done = 0
        done = in_order(index_one, tasks, jobs=jobs, is_task=lambda t: isinstance(t, tuple),
                        crashed=index_crashed)
        result: Any
        try:
            for result in documents_found(done):
                if isinstance(result, InputError):
                    summary.failed += 1
                    report(str(result))
                    continue
                files_done += not isinstance(result, Input)
                if isinstance(result, Input):
                    summary.unchanged += 1
                    continue
                if result.document is None:
                    summary.unchanged += 1
                elif writer.stored(result.item.path):
                    summary.changed += 1
                else:
                    summary.new += 1
                if result.document is not None:
                    for warning in result.document.warnings:
                        report(f"{result.item.path}: {warning}")
                writer.store(result)
                summary.bytes_read += result.item.size
                progress(files_done, total_files,
                         summary.bytes_read, total_bytes)
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                writer.commit()  # the documents written whole stay the archive's (Ctrl-C)
            raise
        writer.commit()
        if prune:
            summary.pruned = len(writer.prune())
        if summary.new or summary.changed or summary.pruned:
            writer.merge()
        writer.write_order()  # (also after a run killed once it had written a document)
        if summary.new or summary.changed or summary.pruned:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the run's pages into the database
        return summary
    finally:
        con.close()


# --------------------------------------------------------------------------- reading



class Archive:
    """An archive opened for queries; ``source`` (a glob pattern, ``*`` crossing ``/``)
    restricts it to the documents whose paths match."""

    def __init__(self, path: str, source: str | None = None):
        self.path = path
        self._con = connect(path, write=False)
        self._pid = _process[0]
        self._inherited: list[sqlite3.Connection] = []
        self.source = source

    @functools.cached_property
    def _order(self) -> tuple[Sequence[int], Sequence[int]]:
        """The documents' ids and contents, in document order (a document's position in these
        lists is its number for verify); what quotes and speakers print needs neither.  As the
        last index run stored them, unless a run has written documents since."""
        if self.source is None:
            row = self.con.execute("SELECT ids, contents FROM document_order").fetchone()
            if row is not None:
                return unpack_ints(row[0]), unpack_ints(row[1])
        where, args = self._where()
        rows = self.con.execute(f"SELECT id, content FROM documents {where} ORDER BY sortkey", args).fetchall()
        return [row[0] for row in rows], [row[1] for row in rows]

    @property
    def ids(self) -> Sequence[int]:
        return self._order[0]

    @property
    def contents(self) -> Sequence[int]:
        return self._order[1]

    @functools.cached_property
    def copies(self) -> dict[int, list[int]]:
        """The documents (positions) of each content, in order."""
        copies: dict[int, list[int]] = {}
        for d, content in enumerate(self.contents):
            copies.setdefault(content, []).append(d)
        return copies

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one archive per process
    def path_of(self, d: int) -> str:
        return self.con.execute("SELECT path FROM documents WHERE id=?", (self.ids[d],)).fetchone()[0]

    @property
    def con(self) -> sqlite3.Connection:
        """The connection, opened again in a process forked from the one that opened it (a
        worker checking claims): SQLite connections do not cross a fork."""
        if _process[0] != self._pid:
            self._inherited.append(self._con)  # the parent's: never used, nor closed, here
            self._con, self._pid = connect(self.path, write=False), _process[0]
        return self._con

    def _where(self, alias: str = "") -> tuple[str, tuple]:
        if self.source is None:
            return "", ()
        return f"WHERE {alias}path GLOB ?", (self.source,)

    def _filters(self, speaker: str | None, include_terms: bool,
                 via: frozenset[str] | None) -> tuple[str, tuple] | None:
        """SQL narrowing the records (``r``) by the speaker's names, the kind and ``via``, with
        its arguments; None when no record can pass."""
        tests: list[str] = ["1"]
        args: tuple = ()
        if speaker is not None:
            names = self.matching_names(speaker)
            if not names:
                return None
            tests.append(f"r.name IN ({','.join('?' * len(names))})")
            args = (*args, *names)
        if not include_terms:
            tests.append("r.kind = 'speech'")
        if via is not None:
            tests.append(f"r.via IN ({','.join('?' * len(via))})")
            args = (*args, *sorted(via))
        return " AND ".join(tests), args

    def _records(self, columns: str, speaker: str | None, *, include_terms: bool = True,
                 via: frozenset[str] | None = None) -> Iterator[tuple]:
        """``(path, columns...)`` of every record in document order, narrowed in SQL by the
        speaker's names, the kind and ``via``.  ``columns`` name only ``r.`` columns."""
        filters = self._filters(speaker, include_terms, via)
        if filters is None:
            return iter(())
        test, args = filters
        if speaker is not None:  # a few records, in every copy of their texts
            return self._copied(columns, test, args)
        where, doc_args = self._where("d.")
        return self.con.execute(
            f"SELECT d.path, {columns} FROM documents d JOIN records r ON r.content = d.content "
            f"{where or 'WHERE 1'} AND {test} ORDER BY d.sortkey, r.seq", (*doc_args, *args))

    def _copied(self, columns: str, test: str, args: tuple) -> Iterator[tuple]:
        for path, rows in self._per_document(columns, test, args):
            for row in rows:
                yield (path, *row)

    def _per_document(self, columns: str, test: str, args: tuple,
                      keep: Callable[[tuple], bool] | None = None) -> Iterator[tuple[str, list[tuple]]]:
        """``(path, rows)`` per document, in order: the records that pass ``test`` (and
        ``keep``), read once per content, then given to each document holding that content
        (no sort of every copy's rows)."""
        found: dict[int, list[tuple]] = {}
        for content, *row in self.con.execute(
                f"SELECT r.content, {columns} FROM records r WHERE {test} ORDER BY r.content, r.seq", args):
            if keep is None or keep(row):
                found.setdefault(content, []).append(tuple(row))
        if not found:
            return
        where, doc_args = self._where()
        test = "content IN (SELECT value FROM json_each(?))"
        where = f"{where} AND {test}" if where else f"WHERE {test}"
        for path, content in self.con.execute(f"SELECT path, content FROM documents {where} ORDER BY sortkey",
                                              (*doc_args, json.dumps(list(found)))):
            yield path, found[content]

    def quotes(self, speaker: str | None = None) -> Iterator[Quote]:
        """Every record in document order; with ``speaker``, that speaker's records (found
        through the names table; filtering them as records from files are changes nothing)."""
        for row in self._records(_SELECT_RECORD, speaker):
            yield _quote(row)

    def quote_rows(self, *, speaker: str | None, since: dt.date | None, until: dt.date | None,
                   include_terms: bool, via: frozenset[str] | None) -> Iterator[dict[str, object]]:
        """The rows ``quotes`` prints (``QUOTE_FIELDS``), straight from the stored columns: the
        same rows, in the same order, as :func:`quotecheck.listing.filter_quotes` keeps."""
        rows = self._records(_SELECT_RECORD, speaker, include_terms=include_terms, via=via)
        if since is not None or until is not None:
            dated = functools.lru_cache(maxsize=None)(lambda value: in_period(value, since, until))
            rows = (r for r in rows if dated(r[9]))
        for row in rows:
            yield dict(zip(QUOTE_FIELDS, (row[0], row[1], row[5], row[7], row[9], row[11], row[2],
                                          row[3], row[6], row[8], row[10], row[4], row[12])))

    def tsv_lines(self, *, speaker: str | None, since: dt.date | None, until: dt.date | None,
                  include_terms: bool, via: frozenset[str] | None) -> Iterator[tuple[int, str]]:
        """The rows of :meth:`quote_rows` as ``quotes --format tsv`` writes them, made of the
        lines stored at indexing: ``(rows, text)`` pieces, a document's rows at once when a
        speaker is asked for."""
        from quotecheck.render import escape_cell

        filters = self._filters(speaker, include_terms, via)
        if filters is None:
            return
        keep = None
        if since is not None or until is not None:
            dated = functools.lru_cache(maxsize=None)(lambda value: in_period(value, since, until))
            keep = lambda row: dated(row[0])
        if speaker is None:
            path = prefix = None
            for row in self._records("r.date, r.tsv", None, include_terms=include_terms, via=via):
                if keep is None or keep(row[1:]):
                    if row[0] != path:
                        path, prefix = row[0], escape_cell(row[0]) + "\t"
                    yield 1, prefix + row[2] + "\n"
            return
        cells: dict[int, list[str]] = {}  # per content's rows (the same list for each copy)
        for path, rows in self._per_document("r.date, r.tsv", *filters, keep=keep):
            lines = cells.get(id(rows))
            if lines is None:
                lines = cells[id(rows)] = [r[1] for r in rows]
            prefix = escape_cell(path) + "\t"
            yield len(lines), prefix + ("\n" + prefix).join(lines) + "\n"

    def speaker_tallies(self, *, speaker: str | None, since: dt.date | None, until: dt.date | None,
                        via: frozenset[str] | None) -> dict[str, Tally]:
        """What ``speakers`` counts per canonical name (:class:`quotecheck.listing.Tally`),
        in order of first appearance, as from the speech records that pass the filters: each
        text's records tallied once, then counted for each document holding it."""
        filters = self._filters(speaker, False, via)
        if filters is None:
            return {}
        test, args = filters
        keep = None
        if since is not None or until is not None:
            kept = functools.lru_cache(maxsize=None)(lambda value: in_period(value, since, until))
            keep = lambda row: kept(row[2])
        columns = "r.speaker, r.role, r.date, r.aliases"
        test += " AND r.speaker IS NOT NULL AND r.speaker <> ''"
        if speaker is not None:  # the speaker's records, read once
            documents = self._per_document(columns, test, args, keep)
        else:
            documents = self._each_document(columns, test, args, keep)
        tallies: dict[str, Tally] = {}
        per_text: dict[int, tuple] = {}  # by id() of a text's rows (the same list for its copies)
        for path, rows in documents:
            hit = per_text.get(id(rows))
            if hit is None or hit[0] is not rows:  # (an id is only unique while its object lives)
                hit = per_text[id(rows)] = (rows, _tally_text(rows))
            for name, role, quotes, first, last, aliases in hit[1]:
                tally = tallies.get(name)
                if tally is None:
                    tally = tallies[name] = Tally()
                tally.quotes += quotes
                tally.role = tally.role or role
                tally.add_dates(first, last)
                tally.aliases.update(aliases)
                tally.sources[path] = None
            if len(per_text) > 4096:  # texts are met again while their copies come
                per_text.clear()
        return tallies

    def _each_document(self, columns: str, test: str, args: tuple,
                       keep: Callable[[tuple], bool] | None) -> Iterator[tuple[str, list[tuple]]]:
        """``(path, rows)`` per document, in order: its content's records that pass ``test``
        (and ``keep``), read once for the copies that come in a row."""
        where, doc_args = self._where()
        recent: OrderedDict[int, list[tuple]] = OrderedDict()
        for path, content in self.con.execute(f"SELECT path, content FROM documents {where} ORDER BY sortkey",
                                              doc_args).fetchall():
            rows = recent.get(content)
            if rows is None:
                rows = [tuple(r) for r in self.con.execute(
                    f"SELECT {columns} FROM records r WHERE r.content=? AND {test} ORDER BY r.seq",
                    (content, *args)) if keep is None or keep(r)]
                recent[content] = rows
                if len(recent) > 2048:
                    recent.popitem(last=False)
            yield path, rows

    def matching_names(self, speaker: str) -> list[int]:
        """The ids of the names (a speaker with its aliases) that ``--speaker`` matches."""
        claimed = name_parts(speaker)
        if claimed is None:
            return []
        out = []
        # only a name with a form of the same last name can match (names.name_matches)
        for id_, name, aliases in self.con.execute(
                "SELECT id, speaker, aliases FROM names WHERE id IN "
                "(SELECT name FROM name_lasts WHERE last=?)", (claimed[1],)):
            names = (name, *aliases.split(_SEP)) if aliases else (name,)
            if name_matches(speaker, names):
                out.append(id_)
        return out

    def document(self, d: int) -> Document:
        text, date, origin, warnings = self.con.execute(
            "SELECT c.text, c.date, c.date_origin, d.warnings FROM documents d JOIN contents c "
            "ON c.id = d.content WHERE d.id=?", (self.ids[d],)).fetchone()
        return Document(self.path_of(d), text, date, origin, tuple(warnings.split(_SEP)) if warnings else ())

    def doc_text(self, content: int) -> DocText:
        """A content's text as verify searches it, normalised when it was indexed."""
        text, norm, offsets = self.con.execute("SELECT text, norm, offsets FROM contents WHERE id=?",
                                               (content,)).fetchone()
        return DocText(text, Normalised(norm, unpack_offsets(offsets)), search_key(norm))

    def records_of(self, d: int) -> tuple[Quote, ...]:
        path = self.path_of(d)
        rows = self.con.execute(f"SELECT ?, {_SELECT_RECORD} FROM records r WHERE r.content=? ORDER BY r.seq",
                                (path, self.contents[d]))
        return tuple(sorted((_quote(r) for r in rows), key=lambda q: (q.start, q.end)))

    def holding(self, term: str) -> list[int]:
        """The contents holding a word or a pair that have a document here."""
        return self.holding_each([term])[0]

    def holding_each(self, terms: Sequence[str]) -> list[list[int]]:
        """:meth:`holding` for each of ``terms``, asked in one statement per hundred terms
        (a claim's words and pairs: one statement rather than a dozen)."""
        out = [list(map(int, held.split(","))) if held else [] for held in self.holding_listed(terms)]
        if self.source is not None:  # only the contents with a document here
            copies = self.copies
            out = [[c for c in held if c in copies] for held in out]
        return out

    def holding_listed(self, terms: Sequence[str]) -> list[str]:
        """The contents holding each of ``terms``, as the archive lists them: numbers and
        commas ("" for none), whether or not they have a document here (``source``)."""
        out: list[str] = []
        for i in range(0, len(terms), _TERMS_AT_ONCE):
            chunk = terms[i:i + _TERMS_AT_ONCE]
            found = [""] * len(chunk)
            for k, held in self.con.execute(_holding_sql(len(chunk)), [fts_term(t) for t in chunk]):
                found[k] = held or ""
            out.extend(found)
        return out

    def index(self) -> ArchiveIndex:
        return ArchiveIndex(self)


_TERMS_AT_ONCE = 100  # terms per statement (each a bound variable: SQLite allows 32,766)


@functools.cache
def _holding_sql(n: int) -> str:
    """One statement asking the FTS index for ``n`` terms: per term its number and the
    contents holding it, comma-separated."""
    return " UNION ALL ".join(
        f"SELECT {k}, (SELECT group_concat(rowid) FROM terms WHERE terms MATCH ?)" for k in range(n))


def _tally_text(rows: list[tuple]) -> list[tuple]:
    """A text's speech records (speaker, role, date, aliases), tallied per speaker in order
    of first appearance: (speaker, first role, quotes, first date, last date, aliases)."""
    people: dict[str, list] = {}
    for speaker, role, date, aliases in rows:
        entry = people.get(speaker)
        if entry is None:
            entry = people[speaker] = [speaker, None, 0, Tally(), set()]
        entry[1] = entry[1] or role
        entry[2] += 1
        when = dated(date)
        entry[3].add_dates(when, when)
        if aliases:
            entry[4].update(aliases.split(_SEP))
    return [(name, role, quotes, t.first, t.last, aliases) for name, role, quotes, t, aliases in people.values()]


def _quote(row: Sequence[Any]) -> Quote:
    path, line, start, end, kind, speaker, mention, role, cue, date, date_source, quote, via, aliases = row
    return from_fields(Quote, {
        "source": path, "line": line, "start": start, "end": end, "kind": kind,
        "speaker": speaker, "speaker_mention": mention, "role": role, "cue": cue, "date": date,
        "date_source": date_source, "quote": quote, "via": via,
        "aliases": tuple(aliases.split(_SEP)) if aliases else (),
    })


# --------------------------------------------------------------------------- verify over it


class _Lazy(Sequence):
    """A read-only sequence of the archive's documents that makes each item on first use, once
    for all the copies of a content, and keeps the most recently used."""

    def __init__(self, keys: Sequence[Any], make, keep: int = 2048):
        self._keys, self._make, self._keep = keys, make, keep
        self._cache: OrderedDict[Any, Any] = OrderedDict()

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, d):
        if isinstance(d, slice):
            return [self[i] for i in range(*d.indices(len(self)))]
        key = self._keys[d]
        found = self._cache.get(key)
        if found is None:
            found = self._cache[key] = self._make(d)
            if len(self._cache) > self._keep:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        return found


_HELD_TERMS = 65536  # terms whose contents verify keeps at most
_APART = 16  # contents with an unusual number of copies, at most, for counting from a listing


class ArchiveCorpus(Corpus):
    """verify's corpus (:class:`quotecheck.index.Corpus`) over the archive: the same questions,
    answered by the FTS index, with the copies of a text (one content) as one group."""

    def __init__(self, archive: Archive):
        self.archive = archive
        self.docs = _Lazy(archive.contents, self._doc_text)  # type: ignore[assignment]  # a list's reads
        self.postings = self.pairs = {}
        # per term, the contents holding it: as the archive lists them until they are asked for
        # (the number of contents is often all that is asked of a common word)
        self._held: dict[str, list[int] | str] = {}
        self._counts: dict[str, int] = {}  # per term, the documents holding it
        _ = self._sizes_apart  # every search needs the copies: made here, before workers are forked

    def _doc_text(self, d: int) -> DocText:
        return self.archive.doc_text(self.archive.contents[d])

    @functools.cached_property
    def _sizes(self) -> dict[int, int]:
        return {g: len(docs) for g, docs in self.archive.copies.items()}

    @functools.cached_property
    def _sizes_apart(self) -> tuple[int, dict[int, int]] | None:
        """The number of copies most contents have, and the contents with another number (with
        how many more they have), when those are few: then the documents holding a term are
        counted from the archive's listing of its contents, without reading it (None: many)."""
        common = Counter(self._sizes.values()).most_common(1)
        usual = common[0][0] if common else 1
        apart = {g: n - usual for g, n in self._sizes.items() if n != usual}
        return (usual, apart) if len(apart) <= _APART else None

    def _listed_count(self, listed: str, usual: int, apart: dict[int, int]) -> int:
        """The documents holding the contents of ``listed`` (numbers and commas)."""
        if not listed:
            return 0
        n = usual * (listed.count(",") + 1)
        if apart:
            marked = f",{listed},"
            n += sum(more for g, more in apart.items() if f",{g}," in marked)
        return n

    def _holding(self, term: str) -> list[int]:
        held = self._held.get(term)
        if held is None:
            self.prefetch((term,))
            held = self._held[term]
        if isinstance(held, str):
            held = self._held[term] = list(map(int, held.split(","))) if held else []
        return held

    def prefetch(self, terms: Iterable[str]) -> None:
        held, counts = self._held, self._counts
        missing = [t for t in dict.fromkeys(terms) if t not in held]
        if not missing:
            return
        if len(held) + len(missing) > _HELD_TERMS:  # a long batch: start afresh
            held.clear()
            counts.clear()
        sizes = self._sizes_apart
        if self.archive.source is None and sizes is not None:
            listed = self.archive.holding_listed(missing)
            held.update(zip(missing, listed))
            counts.update(zip(missing, [self._listed_count(s, *sizes) for s in listed]))
            return
        lists = self.archive.holding_each(missing)  # only the contents with a document here
        held.update(zip(missing, lists))
        counts.update(zip(missing, [sum(map(self._sizes.__getitem__, c)) for c in lists]))

    def df(self, term: str) -> int:
        n = self._counts.get(term)
        if n is None:
            self.prefetch((term,))
            n = self._counts[term]
        return n

    def group_of(self, d: int) -> int:
        return self.archive.contents[d]

    def group_docs(self, g: int) -> Sequence[int]:
        return self.archive.copies[g]

    def holding_groups(self, term: str) -> Sequence[int]:
        return self._holding(term)

    def holding(self, term: str) -> list[int]:
        return sorted(d for g in self._holding(term) for d in self.archive.copies[g])

    def group_hits(self, groups: set[int] | None,
                   find: Callable[[DocText], list[T]]) -> Iterator[tuple[int, list[T]]]:
        # the documents in order as a merge of the copies of the groups (no list of them all:
        # most of the archive for common words); a text without a hit is left at once
        copies = self.archive.copies
        heap = [(copies[g][0], g, 0) for g in (copies if groups is None else groups)]
        heapq.heapify(heap)
        found: dict[int, list[T]] = {}
        while heap:
            d, g, i = heap[0]
            hits = found.get(g)
            if hits is None:
                hits = found[g] = find(self.docs[d])
            if hits:
                yield d, hits
            if hits and i + 1 < len(copies[g]):
                heapq.heapreplace(heap, (copies[g][i + 1], g, i + 1))
            else:
                heapq.heappop(heap)

    def needle_hits(self, needle: str, use: int) -> Iterator[tuple[int, int]]:
        # each copy's hits, in order, from each text's hits found once
        def find(doc: DocText) -> list[int]:
            return list(find_bounded(doc.key, needle, 0, len(doc.key)))

        for d, hits in self.group_hits(self.groups_with_all(INDEX_WORD.findall(needle), use), find):
            for p in hits:
                yield d, p

    def literal_hits(self, needle: str, docs: Iterable[int]) -> Iterator[tuple[int, int]]:
        # the documents holding every word of the needle, in order: where an all-key scan
        # would find its hits, in the same order; a text is searched once for all its copies
        found: dict[int, list[int]] = {}
        for d in docs:
            g = self.archive.contents[d]
            if g not in found:
                key = self.docs[d].key
                found[g] = list(find_bounded(key, needle, 0, len(key)))
            for p in found[g]:
                yield d, p


class ArchiveIndex(Places):
    """verify's index (:class:`quotecheck.index.Index`) over the archive."""

    def __init__(self, archive: Archive):
        self.archive = archive
        self.corpus = ArchiveCorpus(archive)
        self.documents = _Lazy(range(len(archive.ids)), archive.document)
        self.records = _Lazy(range(len(archive.ids)), archive.records_of)

    def source_of(self, d: int) -> str:
        return self.archive.path_of(d)
