"""The command line: a thin typer layer over the pipeline.

Every command returns an exit code; `main()` is the one entry point for the console script and
`python -m quotecheck`, and maps errors to one line on stderr and exit code 2.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import sys
import time
import traceback
from collections.abc import Iterator
from typing import Annotated, Optional

import typer
from tabulate import tabulate_formats

from quotecheck import __version__
from quotecheck.errors import (ExitCode, InputError, Interrupted, QuotecheckError,
                               catch_interrupts, report_interrupted)
from quotecheck.listing import (QUOTE_FIELDS, QUOTE_TABLE_FIELDS, SPEAKER_FIELDS, filter_quotes,
                                rows_of_tallies, speaker_rows)
from quotecheck.model import VIA, Document, Quote
from quotecheck.render import Format, Table, render_chunks, use_colour, visible

app = typer.Typer(
    name="quotecheck",
    help="Find, attribute, date and verify quotations in news articles and transcripts.",
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# -- options shared by every command ---------------------------------------------------------


def _iso_date(value: Optional[str]) -> Optional[dt.date]:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _tablefmt(value: str) -> str:
    if value not in tabulate_formats:
        raise typer.BadParameter(f"{value!r} is not a table style; one of: {', '.join(tabulate_formats)}")
    return value


Files = Annotated[
    Optional[list[str]],
    typer.Argument(
        help="Text or HTML files, directories (searched recursively), or - for standard input.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    Optional[Format],
    typer.Option("--format", "-f", help="Output format [default: table on a terminal, else tsv].",
                 show_default=False),
]
FmtOpt = Annotated[
    str, typer.Option("--fmt", help="Table style (any tabulate style).", callback=_tablefmt)
]
NoHeadersOpt = Annotated[bool, typer.Option("--no-headers", help="Leave out the header row.")]
CsvSafeOpt = Annotated[bool, typer.Option(
    "--csv-safe", help="In CSV and TSV, prefix a cell starting with = + - @ with ' so that a "
                       "spreadsheet does not run it as a formula (the default keeps data exact).")]
DateOpt = Annotated[
    Optional[str],
    typer.Option("--date", help="The documents' own date (YYYY-MM-DD); wins over datelines.",
                  callback=_iso_date, show_default=False),
]
EncodingOpt = Annotated[
    Optional[str],
    typer.Option("--encoding", help="Decode text files with this encoding instead of detecting it.",
                 show_default=False),
]
SpeakerOpt = Annotated[
    Optional[str],
    typer.Option("--speaker", "-s", help="Only this speaker (any form of the name, any case).",
                 show_default=False),
]
SinceOpt = Annotated[
    Optional[str],
    typer.Option("--since", help="Only quotes dated on or after YYYY-MM-DD.", callback=_iso_date,
                 show_default=False),
]
UntilOpt = Annotated[
    Optional[str],
    typer.Option("--until", help="Only quotes dated on or before YYYY-MM-DD.", callback=_iso_date,
                 show_default=False),
]
AllOpt = Annotated[bool, typer.Option("--all", "-a", help="Include terms (scare quotes, titles).")]
DbOpt = Annotated[
    Optional[str],
    typer.Option("--db", help="Read the archive made by `quotecheck index` instead of files "
                              "[default: $QUOTECHECK_DB when no files are named].",
                 show_default=False),
]
SourceOpt = Annotated[
    Optional[str],
    typer.Option("--source", help="With --db: only the documents whose path matches this "
                                  "glob pattern (* crosses /).", show_default=False),
]
JobsOpt = Annotated[
    Optional[int],
    typer.Option("--jobs", "-j", min=1, help="Parse the files (and check --claims) in this many "
                                            "processes [default: the number of cores].",
                 show_default=False),
]


def _via(value: Optional[str]) -> Optional[frozenset[str]]:
    if value is None:
        return None
    wanted = frozenset(v.strip().lower() for v in value.split(",") if v.strip())
    unknown = sorted(wanted - set(VIA))
    if unknown or not wanted:
        raise typer.BadParameter(f"expected a comma-separated list of {', '.join(VIA)}; "
                                 f"got {value!r}")
    return wanted


ViaOpt = Annotated[
    Optional[str],
    typer.Option("--via", help="Only quotes whose speaker was found these ways: a comma-separated "
                               f"list of {', '.join(VIA)}.", callback=_via, show_default=False),
]


@dataclasses.dataclass(frozen=True)
class Output:
    format: Format
    fmt: str
    headers: bool
    csv_safe: bool = False

    @classmethod
    def choose(cls, fmt: Optional[Format], tablefmt: str, no_headers: bool,
               csv_safe: bool = False) -> "Output":
        if fmt is None:
            fmt = Format.table if sys.stdout.isatty() else Format.tsv
        return cls(fmt, tablefmt, not no_headers, csv_safe)

    def emit(self, table: Table) -> int:
        """Write the table as its rows come; the number of rows written."""
        count = 0

        def counted(rows):
            nonlocal count
            for row in rows:
                count += 1
                yield row

        counting = dataclasses.replace(table, rows=counted(table.rows))
        for chunk in render_chunks(counting, self.format, tablefmt=self.fmt,
                                   headers=self.headers, csv_safe=self.csv_safe):
            _write(chunk)
        _write("")
        return count


    def emit_lines(self, fields: tuple[str, ...], pieces: Iterator[tuple[int, str]]) -> int:
        """TSV rows made ready elsewhere (the archive stores them), after the header: pieces of
        ``(rows, text)``, written in batches; the number of rows written."""
        count = 0
        if self.headers:
            _write("\t".join(fields) + "\n")
        batch: list[str] = []
        for rows, text in pieces:
            batch.append(text)
            count += rows
            if len(batch) >= 256:
                _write("".join(batch))
                batch.clear()
        _write("".join(batch))
        _write("")
        return count


def _write(text: str) -> None:
    """Write to stdout and flush ("" only flushes). If its reader went away (`| head -1`), the
    rest goes nowhere, quietly, and the run goes on to the exit code it would have had."""
    try:
        if text:
            sys.stdout.write(text)
        else:
            sys.stdout.flush()
    except BrokenPipeError:
        _quiet_stdout()


def _error_line(message: str) -> None:
    """One line on stderr, whatever the message holds: a file name's line break or escape
    sequence is written out (``\\n``, ``\\x1b``), never acted on."""
    print(f"quotecheck: {visible(message)}", file=sys.stderr, flush=True)


class Problems:
    """Counts the inputs that went wrong, each reported as one line on stderr."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, message: str) -> None:
        self.count += 1
        _error_line(message)

    def exit_code(self, rows: int) -> int:
        if self.count:
            return ExitCode.ERROR
        return ExitCode.OK if rows else ExitCode.NO_MATCH


class Progress:
    """A running count on stderr for long runs, only when stderr is a terminal."""

    def __init__(self) -> None:
        self.enabled = sys.stderr.isatty()
        self.files = self.chars = 0
        self.started = self.shown = time.monotonic()

    def step(self, doc: Document) -> None:
        self.files += 1
        self.chars += len(doc.text)
        now = time.monotonic()
        if self.enabled and now - self.shown > 0.25 and now - self.started > 1:
            self.shown = now
            sys.stderr.write(f"\rquotecheck: {self.files:,} files, {self.chars / 1e6:,.1f} M characters")
            sys.stderr.flush()

    def advance(self, files: int, total_files: int, done: int, total: int) -> None:
        """An index run's progress: files and bytes done of all, the rate, the time left."""
        now = time.monotonic()
        if self.enabled and now - self.shown > 0.25 and now - self.started > 1:
            self.shown = now
            rate = done / (now - self.started)
            left = (total - done) / rate if rate else 0.0
            sys.stderr.write(f"\rquotecheck: {files:,}/{total_files:,} files, {done / 1e6:,.1f}/"
                             f"{total / 1e6:,.1f} MB, {rate / 1e6:,.2f} MB/s, "
                             f"{int(left) // 60}:{int(left) % 60:02d} left\033[K")
            sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.shown > self.started:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()


def documents(files: Optional[list[str]], problems: Problems, *, encoding: Optional[str],
              date: Optional[dt.date]) -> Iterator[Document]:
    from quotecheck.reader import iter_documents

    paths = _input_paths(files, problems)
    progress = Progress()
    try:
        for item in iter_documents(paths, encoding=encoding):
            if not _report_read(item, problems, progress):
                continue
            if date is not None:
                item = dataclasses.replace(item, date=date.isoformat(), date_origin="option")
            progress.step(item)
            yield item
    finally:
        progress.close()


def _input_paths(files: Optional[list[str]], problems: Problems) -> list[str]:
    """The paths to read (standard input when none), without ``-`` when it is a terminal."""
    from quotecheck.reader import TERMINAL

    paths = files or ["-"]
    if "-" in paths and sys.stdin is not None and sys.stdin.isatty():
        problems.report(f"-: {TERMINAL}")
        paths = [p for p in paths if p != "-"]
    return paths


def _report_read(item: Document | InputError, problems: Problems, progress: "Progress") -> bool:
    """Report what reading an input gave that the user must hear of (its error, or the
    document's warnings); whether it is a document to go on with."""
    if isinstance(item, InputError):
        progress.close()
        problems.report(str(item))
        return False
    for warning in item.warnings:
        progress.close()
        problems.report(f"{item.source}: {warning}")
    return True


def parsed(files: Optional[list[str]], problems: Problems, *, encoding: Optional[str],
           date: Optional[dt.date], jobs: Optional[int]) -> Iterator[tuple[Document, tuple[Quote, ...]]]:
    """Each readable input with its quote records, in order, parsed in ``jobs`` processes."""
    from quotecheck.jobs import default_jobs, parsed_inputs
    from quotecheck.reader import check_encoding, documents_found, iter_inputs

    paths = _input_paths(files, problems)
    if encoding is not None:
        encoding = check_encoding(encoding)
    found = parsed_inputs(iter_inputs(paths), jobs=jobs or default_jobs(), encoding=encoding,
                          date=date.isoformat() if date else None, parse=parse_document)
    progress = Progress()
    try:
        for item in documents_found(found):
            doc, quotes = item if isinstance(item, tuple) else (item, ())
            if not _report_read(doc, problems, progress):
                continue
            progress.step(doc)
            yield doc, quotes
    finally:
        progress.close()


def quotes_of(files, problems, *, encoding, date, jobs) -> Iterator[Quote]:
    for _, quotes in parsed(files, problems, encoding=encoding, date=date, jobs=jobs):
        yield from quotes


def archive_for(files: Optional[list[str]], db: Optional[str], source: Optional[str], *,
                encoding: Optional[str] = None, date: Optional[dt.date] = None):
    """The archive to read (``--db``, or ``$QUOTECHECK_DB`` when no files are named), or None
    to read the files."""
    path = db or (None if files else os.environ.get("QUOTECHECK_DB"))
    if path is None:
        if source is not None:
            raise typer.BadParameter("--source goes with --db (an archive)")
        return None
    if files:
        raise typer.BadParameter("name files or an archive (--db), not both")
    if encoding is not None or date is not None:
        raise typer.BadParameter("--encoding and --date are read when files are indexed: "
                                 "give them to `quotecheck index`")
    from quotecheck.archive import Archive

    return Archive(path, source)




def parse_document(doc: Document) -> list[Quote]:
    """The parser, imported on first use: a query of the archive never needs it."""
    from quotecheck.parse import parse_document as parse

    return parse(doc)


# -- commands --------------------------------------------------------------------------------


@app.command("quotes")
def quotes_command(
    files: Files = None,
    speaker: SpeakerOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    all_: AllOpt = False,
    via: ViaOpt = None,
    date: DateOpt = None,
    encoding: EncodingOpt = None,
    jobs: JobsOpt = None,
    db: DbOpt = None,
    source: SourceOpt = None,
    show_text: Annotated[bool, typer.Option(
        "--show-text", help="Print the text the offsets count in (decoded, or extracted from "
                            "HTML) instead of the quotes.")] = False,
    format: FormatOpt = None,
    fmt: FmtOpt = "simple",
    no_headers: NoHeadersOpt = False,
    csv_safe: CsvSafeOpt = False,
) -> int:
    """List every quotation with its speaker and date, one row per quote."""
    out = Output.choose(format, fmt, no_headers, csv_safe)
    problems = Problems()
    if show_text:
        return _show_text(files, problems, encoding)
    archive = archive_for(files, db, source, encoding=encoding, date=date)
    if out.format is Format.html:  # one page: each document's text with its quotes marked
        from quotecheck.page import render_quotes_page

        pairs = (parsed(files, problems, encoding=encoding, date=date, jobs=jobs) if archive is None
                 else ((archive.document(d), archive.records_of(d)) for d in range(len(archive.ids))))
        kept = [(doc, tuple(filter_quotes(qs, speaker=speaker, since=since, until=until,
                                          include_terms=all_, via=via))) for doc, qs in pairs]
        _write(render_quotes_page(kept))
        _write("")
        return problems.exit_code(sum(len(qs) for _, qs in kept))
    if archive is not None:  # the rows as stored; TSV lines stored ready to print
        query = dict(speaker=speaker, since=since, until=until, include_terms=all_, via=via)
        if out.format is Format.tsv and not out.csv_safe:
            return problems.exit_code(out.emit_lines(QUOTE_FIELDS, archive.tsv_lines(**query)))
        rows = archive.quote_rows(**query)
    else:
        found = filter_quotes(quotes_of(files, problems, encoding=encoding, date=date, jobs=jobs),
                              speaker=speaker, since=since, until=until, include_terms=all_, via=via)
        rows = (q.as_row() for q in found)
    count = out.emit(Table(QUOTE_FIELDS, rows, QUOTE_TABLE_FIELDS, wrap=("quote",)))
    return problems.exit_code(count)


def _show_text(files, problems: Problems, encoding: Optional[str]) -> int:
    """Each document's text exactly as offsets count in it; with several, a header line
    ("==> source <==", as head(1) writes) before each."""
    docs = documents(files, problems, encoding=encoding, date=None)
    several = files is not None and (len(files) > 1 or any(os.path.isdir(f) for f in files))
    shown = visible if sys.stdout.isatty() else str  # on a terminal, control characters shown
    for doc in docs:
        if several:
            _write(f"==> {visible(doc.source)} <==\n")
        _write("\n".join(shown(line) for line in doc.text.split("\n")))
        if several and not doc.text.endswith("\n"):
            _write("\n")
    _write("")
    return ExitCode.ERROR if problems.count else ExitCode.OK


@app.command("speakers")
def speakers_command(
    files: Files = None,
    speaker: SpeakerOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    via: ViaOpt = None,
    date: DateOpt = None,
    encoding: EncodingOpt = None,
    jobs: JobsOpt = None,
    db: DbOpt = None,
    source: SourceOpt = None,
    format: FormatOpt = None,
    fmt: FmtOpt = "simple",
    no_headers: NoHeadersOpt = False,
    csv_safe: CsvSafeOpt = False,
) -> int:
    """List who is quoted: one row per speaker, with roles, counts, dates, aliases and sources."""
    if format is Format.html:
        raise typer.BadParameter("html is a format of `quotes` and `verify` only", param_hint="--format")
    out = Output.choose(format, fmt, no_headers, csv_safe)
    problems = Problems()
    archive = archive_for(files, db, source, encoding=encoding, date=date)
    if archive is not None:  # each text's records tallied once for all its copies
        rows = tuple(rows_of_tallies(archive.speaker_tallies(speaker=speaker, since=since,
                                                             until=until, via=via)))
    else:
        rows = tuple(speaker_rows(filter_quotes(
            quotes_of(files, problems, encoding=encoding, date=date, jobs=jobs),
            speaker=speaker, since=since, until=until, via=via)))
    out.emit(Table(SPEAKER_FIELDS, rows, wrap=("aliases", "sources", "role"), width=40))
    return problems.exit_code(len(rows))


@app.command("verify")
def verify_command(
    args: Annotated[
        Optional[list[str]],
        typer.Argument(
            help="The claimed quote, then the sources (files, directories or -). With --claims, "
                 "every argument is a source.",
            show_default=False, metavar="CLAIM SOURCE...",
        ),
    ] = None,
    speaker: Annotated[Optional[str], typer.Option(
        "--speaker", "-s", help="Who the quote is credited to; checked against the source.",
        show_default=False)] = None,
    date: Annotated[Optional[str], typer.Option(
        "--date", help="When it was said (YYYY-MM-DD); checked against the source.",
        callback=_iso_date, show_default=False)] = None,
    claims: Annotated[Optional[str], typer.Option(
        "--claims", help="Check many claims: a CSV, TSV or JSON Lines file with columns claim "
                         "and optionally id, speaker, date (- for standard input).",
        show_default=False)] = None,
    threshold: Annotated[Optional[float], typer.Option(
        "--threshold", min=0, max=100,
        help="Similarity (0-100) a passage needs to count as a fuzzy match [default: scales "
             "with the claim's length].", show_default=False)] = None,
    all_matches: Annotated[bool, typer.Option(
        "--all-matches", help="List every occurrence, not only the best.")] = False,
    doc_date: Annotated[Optional[str], typer.Option(
        "--doc-date", help="The sources' own date (YYYY-MM-DD), as --date is for quotes.",
        callback=_iso_date, show_default=False)] = None,
    encoding: EncodingOpt = None,
    jobs: JobsOpt = None,
    db: DbOpt = None,
    source: SourceOpt = None,
    format: FormatOpt = None,
    fmt: FmtOpt = "simple",
    no_headers: NoHeadersOpt = False,
    csv_safe: CsvSafeOpt = False,
) -> int:
    """Check a claimed quote: is it in the sources word for word, roughly, or not at all, and
    did that speaker say it then?"""
    from quotecheck.claims import claim_from_text, read_claims
    from quotecheck.model import VERDICT_FIELDS, VERDICT_TABLE_FIELDS
    from quotecheck.verify import Index, verify_all

    out = Output.choose(format, fmt, no_headers, csv_safe)
    problems = Problems()
    args = list(args or [])
    if claims is not None:
        from quotecheck.reader import read_text

        bad_rows: list[InputError] = []
        to_check = read_claims(claims, read_text(claims), bad_rows)
        for bad in bad_rows:
            problems.report(str(bad))
        if speaker or date:
            raise typer.BadParameter("--speaker and --date go with a single claim, not --claims")
    else:
        if not args:
            raise typer.BadParameter("give the claimed quote and at least one source",
                                     param_hint="CLAIM")
        if not args[0].strip(" \t\n\"'“”‘’«»„"):
            raise typer.BadParameter("the claimed quote is empty", param_hint="CLAIM")
        to_check = [claim_from_text(args.pop(0), speaker=speaker,
                                    date=date.isoformat() if date else None)]
    archive = archive_for(args, db, source, encoding=encoding, date=doc_date)
    if archive is not None:
        index = archive.index()
    elif not args:
        raise typer.BadParameter("name at least one source (a file, a directory or -), or an "
                                 "archive with --db", param_hint="SOURCE")
    else:
        index = Index.build(parsed(args, problems, encoding=encoding, date=doc_date, jobs=jobs))
    if len(to_check) > 1:  # many claims: in worker processes
        from quotecheck.jobs import default_jobs, verify_claims

        verdicts = verify_claims(to_check, index, jobs=jobs or default_jobs(), threshold=threshold,
                                 all_matches=all_matches)
    else:
        verdicts = verify_all(to_check, index, threshold=threshold, all_matches=all_matches)
    if out.format is Format.html:  # one page: each claim beside the passage it matched
        from quotecheck.page import render_verify_page

        _write(render_verify_page(to_check, verdicts, index))
        _write("")
    else:
        rows = tuple(v.as_row() for v in verdicts)
        colour = ("notes",) if out.format is Format.table and use_colour(sys.stdout) else ()
        out.emit(Table(VERDICT_FIELDS, rows, VERDICT_TABLE_FIELDS, wrap=("match", "changes", "notes"),
                       width=40, colour=colour))
    if problems.count:
        return ExitCode.ERROR
    confirmed = all(
        v.verdict == "exact" and v.speaker_check in (None, "ok") and v.date_check in (None, "ok")
        for v in verdicts
    )
    return ExitCode.OK if confirmed else ExitCode.NO_MATCH


@app.command("index")
def index_command(
    files: Files = None,
    db: DbOpt = None,
    prune: Annotated[bool, typer.Option(
        "--prune", help="Remove the documents whose files are gone.")] = False,
    rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="Start the archive afresh (after an upgrade changed its schema).")] = False,
    date: DateOpt = None,
    encoding: EncodingOpt = None,
    jobs: JobsOpt = None,
) -> int:
    """Parse files into an archive (one SQLite file) that quotes, speakers and verify read
    with --db; run again, it parses only new and changed files."""
    from quotecheck.archive import db_path, remove, run_index
    from quotecheck.jobs import default_jobs
    from quotecheck.reader import check_encoding

    path = db_path(db)
    if path is None:
        raise typer.BadParameter("name the archive: --db FILE (or set QUOTECHECK_DB)")
    if not files and not prune:
        raise typer.BadParameter("name the files or directories to index", param_hint="FILE")
    if encoding is not None:
        encoding = check_encoding(encoding)
    if rebuild:
        remove(path)
    problems = Problems()
    progress = Progress()
    started = time.monotonic()

    def report(message: str) -> None:
        progress.close()
        problems.report(message)

    try:
        summary = run_index(path, files or [], jobs=jobs or default_jobs(), encoding=encoding,
                            date=date.isoformat() if date else None, prune=prune,
                            report=report, progress=progress.advance)
    finally:
        progress.close()
    seconds = time.monotonic() - started
    print(f"quotecheck: {path}: {summary.new:,} new, {summary.changed:,} changed, "
          f"{summary.unchanged:,} unchanged, {summary.pruned:,} pruned, {summary.failed:,} "
          f"failed; {summary.bytes_read / 1e6:,.1f} MB read in {seconds:.1f} s", file=sys.stderr)
    return ExitCode.ERROR if problems.count else ExitCode.OK


def _quiet_stdout() -> None:
    """After the reader of stdout went away (`| head`): send the rest, and the flush at exit,
    nowhere, so Python does not complain."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _version(value: bool) -> None:
    if value:
        print(f"quotecheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Find, attribute, date and verify quotations in news articles and transcripts."""


# -- the one entry point ---------------------------------------------------------------------


def main(argv: Optional[list[str]] = None) -> None:
    """Run the command line and exit: 0 found, 1 nothing matched, 2 an error (one line), 130
    interrupted (one line)."""
    previous = catch_interrupts()
    try:
        code = _run(sys.argv[1:] if argv is None else argv)
    except (Interrupted, KeyboardInterrupt):
        code = report_interrupted()
    finally:
        signal.signal(signal.SIGINT, previous)
    sys.exit(int(code or 0))


def _run(args: list[str]) -> int:
    if not args:
        args = ["--help"]
    try:
        return app(args=args, prog_name="quotecheck", standalone_mode=False)
    except typer.TyperException as exc:  # a usage error: bad option, missing argument ...
        _error_line(f"error: {exc.format_message()}")
    except QuotecheckError as exc:
        _error_line(f"error: {exc}")
    except BrokenPipeError:
        _quiet_stdout()
        return ExitCode.OK
    except typer.Abort:
        return report_interrupted()
    except Exception as exc:  # a bug: one line, or the traceback with QUOTECHECK_DEBUG=1
        if os.environ.get("QUOTECHECK_DEBUG"):
            traceback.print_exc()
        else:
            _error_line(f"internal error: {type(exc).__name__}: {exc} "
                        "(QUOTECHECK_DEBUG=1 shows the traceback)")
    return ExitCode.ERROR
