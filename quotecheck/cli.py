"""The command line: a thin typer layer over the pipeline.

Every command returns an exit code; `main()` is the one entry point for the console script and
`python -m quotecheck`, and maps errors to one line on stderr and exit code 2.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import gc
import inspect
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Annotated, TextIO, TypeGuard

import typer
from tabulate import tabulate_formats

from quotecheck.errors import (
    ExitCode,
    InputError,
    Interrupted,
    QuotecheckError,
    catch_interrupts,
    report_interrupted,
)
from quotecheck.listing import (
    QUOTE_FIELDS,
    QUOTE_TABLE_FIELDS,
    SPEAKER_FIELDS,
    filter_quotes,
    rows_of_tallies,
    speaker_rows,
)
from quotecheck.model import VIA, Document, Quote
from quotecheck.render import Format, Table, render_chunks, use_colour, visible

app = typer.Typer(
    name="quotecheck",
    help="Find, attribute, date and verify quotations in news articles and transcripts.",
    add_completion=True,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class _PlainArgument(typer.core.TyperArgument):
    """An argument listed in help by its placeholder alone (FILE), without typer's type
    (``<list[str]>``)."""

    def display_type_rich(self, ctx) -> None:
        return None


class _Command(typer.core.TyperCommand):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, typer.core.TyperArgument):
                param.__class__ = _PlainArgument


def command(name: str) -> Callable[[Callable[..., int]], Callable[..., int]]:
    """Register a command; its summary in ``quotecheck --help`` is the first paragraph of its
    docstring, whole (typer would cut it at 45 characters)."""

    def register(function: Callable[..., int]) -> Callable[..., int]:
        summary = " ".join((inspect.getdoc(function) or "").split("\n\n")[0].split())
        app.command(name, short_help=summary, cls=_Command)(function)
        return function

    return register


# -- options shared by every command ---------------------------------------------------------


def _iso_date(value: str) -> dt.date:
    """A day written YYYY-MM-DD (fromisoformat alone would also take 20130101 and 2013-W01-1)."""
    try:
        if len(value) == 10 and value[4] == value[7] == "-":
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD")


def _table_style(value: str | None) -> str | None:
    if value is not None and value not in tabulate_formats:
        raise typer.BadParameter(f"{value!r} is not a table style; one of: {', '.join(tabulate_formats)}")
    return value


def _either(name: object | None, alias: object | None):
    """An option's value given by its name or by its hidden old name (kept for one release)."""
    return name if name is not None else alias


Files = Annotated[
    list[str] | None,
    typer.Argument(
        help="Text or HTML files, directories (searched recursively), or - for standard input; "
             "any number of them.", show_default=False, metavar="FILE",
    ),
]
DocDateOpt = Annotated[
    dt.date | None,
    typer.Option("--doc-date", help="The documents' own date; wins over datelines and page "
                                    "metadata.", parser=_iso_date, metavar="YYYY-MM-DD",
                 show_default=False),
]
DocDateAlias = Annotated[  # --date, the old name of --doc-date in quotes, speakers and index
    dt.date | None, typer.Option("--date", parser=_iso_date, hidden=True),
]
EncodingOpt = Annotated[
    str | None,
    typer.Option("--encoding", help="Decode text files with this encoding instead of detecting it.",
                 metavar="NAME", show_default=False),
]
SpeakerOpt = Annotated[
    str | None,
    typer.Option("--speaker", "-s", help="Only this speaker (any form of the name, any case).",
                 metavar="NAME", show_default=False),
]
SinceOpt = Annotated[
    dt.date | None,
    typer.Option("--since", help="Only quotes dated on or after this day.", parser=_iso_date,
                 metavar="YYYY-MM-DD", show_default=False),
]
UntilOpt = Annotated[
    dt.date | None,
    typer.Option("--until", help="Only quotes dated on or before this day.", parser=_iso_date,
                 metavar="YYYY-MM-DD", show_default=False),
]
AllOpt = Annotated[bool, typer.Option("--all", "-a", help="Include terms (scare quotes, titles).")]
DbOpt = Annotated[
    str | None,
    typer.Option("--db", help="Read the archive made by `quotecheck index` instead of files "
                              "[default: $QUOTECHECK_DB when no files are named].",
                 metavar="FILE", show_default=False),
]
SourceOpt = Annotated[
    str | None,
    typer.Option("--source", help="With --db: only the documents whose path matches this "
                                  "glob pattern (* crosses /).", metavar="PATTERN",
                 show_default=False),
]
JobsOpt = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Parse the files (and check --claims) in this many "
                                            "processes [default: the number of cores].",
                 metavar="N", show_default=False),
]


def _via(value: str) -> frozenset[str]:
    wanted = frozenset(v.strip().lower() for v in value.split(",") if v.strip())
    unknown = sorted(wanted - set(VIA))
    if unknown or not wanted:
        raise typer.BadParameter(f"expected a comma-separated list of {', '.join(VIA)}; "
                                 f"got {value!r}")
    return wanted


ViaOpt = Annotated[
    frozenset[str] | None,
    typer.Option("--via", help="Only quotes whose speaker was found these ways: a comma-separated "
                               f"list of {', '.join(VIA)}.", parser=_via, metavar="LIST",
                 show_default=False),
]


# -- output options: defined once, added to every command by @output_options ----------------

OutputOpt = Annotated[
    str | None,
    typer.Option("--output", "-o", help="Write to this file instead of standard output (- for "
                                        "standard output).", metavar="FILE", show_default=False),
]
FormatOpt = Annotated[
    Format | None,
    typer.Option("--format", "-f", help="Output format [default: table on a terminal, else tsv].",
                 show_default=False),
]
TableStyleOpt = Annotated[
    str | None,
    typer.Option("--table-style", help="How a table is drawn: any tabulate style (simple, github, "
                                       "grid, plain, ...) [default: simple].",
                 callback=_table_style, metavar="STYLE", show_default=False),
]
TableStyleAlias = Annotated[  # --fmt, the old name of --table-style
    str | None, typer.Option("--fmt", callback=_table_style, hidden=True),
]
NoHeadersOpt = Annotated[bool, typer.Option("--no-headers", help="Leave out the header row.")]
CsvSafeOpt = Annotated[bool, typer.Option(
    "--csv-safe", help="In CSV and TSV, prefix a cell starting with = + - @ with ' so that a "
                       "spreadsheet does not run it as a formula (the default keeps data exact).")]

# name -> (annotation, default): the options each command gets, in this order.
_WHERE_OPTIONS: dict[str, tuple[object, object]] = {"output": (OutputOpt, None)}
_FORMAT_OPTIONS: dict[str, tuple[object, object]] = {
    "format": (FormatOpt, None),
    "table_style": (TableStyleOpt, None),
    "fmt": (TableStyleAlias, None),
    "no_headers": (NoHeadersOpt, False),
    "csv_safe": (CsvSafeOpt, False),
}


class Output:
    """Where a command writes (standard output, or the file of ``--output``) and in which format.

    A file is opened (emptied) before the command reads anything, as a shell's ``>`` would, and
    is written as rows come: what was written stays written whatever a later input does."""

    def __init__(self, output: str | None = None, format: Format | None = None,
                 table_style: str | None = None, fmt: str | None = None,
                 no_headers: bool = False, csv_safe: bool = False) -> None:
        self.path = None if output in (None, "-") else output
        self.file: TextIO | None = None
        if self.path is not None:
            try:
                self.file = open(self.path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed by close()
            except OSError as exc:
                raise QuotecheckError(f"{self.path}: cannot write: {exc.strerror or exc}") from None
        self.terminal = self.file is None and sys.stdout.isatty()
        self.format = format or (Format.table if self.terminal else Format.tsv)
        self.table_style = _either(table_style, fmt) or "simple"
        self.headers = not no_headers
        self.csv_safe = csv_safe

    def write(self, text: str) -> None:
        """Write ("" only flushes)."""
        if self.file is None:
            _write(text)
        elif text:
            self.file.write(text)
        else:
            self.file.flush()

    def close(self) -> None:
        if self.file is not None:
            self.file.close()

    def emit(self, table: Table) -> int:
        """Write the table as its rows come; the number of rows written."""
        count = 0

        def counted(rows):
            nonlocal count
            for row in rows:
                count += 1
                yield row

        counting = dataclasses.replace(table, rows=counted(table.rows))
        for chunk in render_chunks(counting, self.format, tablefmt=self.table_style,
                                   headers=self.headers, csv_safe=self.csv_safe,
                                   terminal=self.terminal):
            self.write(chunk)
        self.write("")
        return count

    def emit_lines(self, fields: tuple[str, ...], pieces: Iterator[tuple[int, str]]) -> int:
        """TSV rows made ready elsewhere (the archive stores them), after the header: pieces of
        ``(rows, text)``, written in batches; the number of rows written."""
        count = 0
        if self.headers:
            self.write("\t".join(fields) + "\n")
        batch: list[str] = []
        for rows, text in pieces:
            batch.append(text)
            count += rows
            if len(batch) >= 256:
                self.write("".join(batch))
                batch.clear()
        self.write("".join(batch))
        self.write("")
        return count


def output_options(*, formats: bool = True,
                   html: bool = False) -> Callable[[Callable[..., int]], Callable[..., int]]:
    """Give a command the output options (``-o/--output``; with ``formats``, also ``--format``,
    ``--table-style``, ``--no-headers``, ``--csv-safe``), defined once above: the command
    receives them as one ``out: Output``, and the file is closed whatever happens.  ``html``:
    the command writes ``--format html`` (a page); for the others it is refused before any
    file is opened."""
    options = {**_WHERE_OPTIONS, **(_FORMAT_OPTIONS if formats else {})}

    def decorate(function: Callable[..., int]) -> Callable[..., int]:
        signature = inspect.signature(function, eval_str=True)
        own = [p for p in signature.parameters.values() if p.name != "out"]
        added = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation,
                                   default=default)
                 for name, (annotation, default) in options.items()]

        @functools.wraps(function)
        def run(**kwargs) -> int:
            if not html and kwargs.get("format") is Format.html:
                raise typer.BadParameter("html is a format of `quotes` and `verify` only",
                                         param_hint="--format")
            out = Output(**{name: kwargs.pop(name) for name in options})
            try:
                return function(out=out, **kwargs)
            finally:
                out.close()

        parameters = own + added
        run.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        return run

    return decorate


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


def documents(files: list[str] | None, problems: Problems, *,
              encoding: str | None) -> Iterator[Document]:
    from quotecheck.reader import iter_documents

    paths = _input_paths(files, problems)
    progress = Progress()
    try:
        for item in iter_documents(paths, encoding=encoding):
            if _report_read(item, problems, progress):
                progress.step(item)
                yield item
    finally:
        progress.close()


def _input_paths(files: list[str] | None, problems: Problems) -> list[str]:
    """The paths to read (standard input when none), without ``-`` when it is a terminal."""
    from quotecheck.reader import TERMINAL

    paths = files or ["-"]
    if "-" in paths and sys.stdin is not None and sys.stdin.isatty():
        problems.report(f"-: {TERMINAL}")
        paths = [p for p in paths if p != "-"]
    return paths


def _report_read(item: Document | InputError, problems: Problems,
                 progress: Progress) -> TypeGuard[Document]:
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


def parsed(files: list[str] | None, problems: Problems, *, encoding: str | None,
           date: dt.date | None, jobs: int | None) -> Iterator[tuple[Document, tuple[Quote, ...]]]:
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


def quotes_of(files: list[str] | None, problems: Problems, *, encoding: str | None,
              date: dt.date | None, jobs: int | None) -> Iterator[Quote]:
    for _, quotes in parsed(files, problems, encoding=encoding, date=date, jobs=jobs):
        yield from quotes


def archive_for(files: list[str] | None, db: str | None, source: str | None, *,
                encoding: str | None = None, date: dt.date | None = None):
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
        raise typer.BadParameter("--encoding and --doc-date are read when files are indexed: "
                                 "give them to `quotecheck index`")
    from quotecheck.archive import Archive

    return Archive(path, source)


def parse_document(doc: Document) -> list[Quote]:
    """The parser, imported on first use: a query of the archive never needs it."""
    from quotecheck.parse import parse_document as parse

    return parse(doc)


# -- commands --------------------------------------------------------------------------------


@command("quotes")
@output_options(html=True)
def quotes_command(
    files: Files = None,
    speaker: SpeakerOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    all_: AllOpt = False,
    via: ViaOpt = None,
    doc_date: DocDateOpt = None,
    date: DocDateAlias = None,
    encoding: EncodingOpt = None,
    jobs: JobsOpt = None,
    db: DbOpt = None,
    source: SourceOpt = None,
    show_text: Annotated[bool, typer.Option("--show-text", hidden=True)] = False,  # now `text`
    *,
    out: Output,
) -> int:
    """List every quotation with its speaker, role and date, one row per quote.

    In the machine formats each row also has the offsets of the quote in the text (see
    `quotecheck text`), the words that name the speaker, the reporting verb, where the date
    came from and how the speaker was found.

    \b
    Example:
      quotecheck quotes article.txt
      quotecheck quotes news/ --speaker lavrov --since 2013-01-01 --format csv -o lavrov.csv
      quotecheck quotes page.html --doc-date 2024-05-01 --format jsonl
      quotecheck quotes --db news.db --via name,description
    """
    doc_date = _either(doc_date, date)
    problems = Problems()
    if show_text:
        return _write_texts(files, problems, encoding, out)
    archive = archive_for(files, db, source, encoding=encoding, date=doc_date)
    if out.format is Format.html:  # one page: each document's text with its quotes marked
        from quotecheck.page import render_quotes_page

        pairs = (parsed(files, problems, encoding=encoding, date=doc_date, jobs=jobs) if archive is None
                 else ((archive.document(d), archive.records_of(d)) for d in range(len(archive.ids))))
        kept = [(doc, tuple(filter_quotes(qs, speaker=speaker, since=since, until=until,
                                          include_terms=all_, via=via))) for doc, qs in pairs]
        out.write(render_quotes_page(kept))
        out.write("")
        return problems.exit_code(sum(len(qs) for _, qs in kept))
    if archive is not None:  # the rows as stored; TSV lines stored ready to print
        query = {"speaker": speaker, "since": since, "until": until, "include_terms": all_,
                 "via": via}
        if out.format is Format.tsv and not out.csv_safe:
            return problems.exit_code(out.emit_lines(QUOTE_FIELDS, archive.tsv_lines(**query)))
        rows = archive.quote_rows(**query)
    else:
        found = filter_quotes(quotes_of(files, problems, encoding=encoding, date=doc_date, jobs=jobs),
                              speaker=speaker, since=since, until=until, include_terms=all_, via=via)
        rows = (q.as_row() for q in found)
    count = out.emit(Table(QUOTE_FIELDS, rows, QUOTE_TABLE_FIELDS, wrap=("quote",)))
    return problems.exit_code(count)


@command("text")
@output_options(formats=False)
def text_command(
    files: Files = None,
    encoding: EncodingOpt = None,
    *,
    out: Output,
) -> int:
    """Print each document's text as the offsets of `quotes` and `verify` count in it.

    That is the decoded text with every line end made a line feed, or the article extracted
    from an HTML page: `start` and `end` of a record index it. With several documents, a line
    "==> PATH <==" comes before each. On a terminal, control characters are shown as escapes
    (ESC as \\x1b); into a pipe or a file the text is exact.

    \b
    Example:
      quotecheck text page.html
      quotecheck text page.html -o page.txt
    """
    return _write_texts(files, Problems(), encoding, out)


def _write_texts(files: list[str] | None, problems: Problems, encoding: str | None,
                 out: Output) -> int:
    """Each document's text exactly as offsets count in it; with several, a header line
    ("==> source <==", as head(1) writes) before each."""
    docs = documents(files, problems, encoding=encoding)
    several = files is not None and (len(files) > 1 or any(os.path.isdir(f) for f in files))
    shown = visible if out.terminal else str  # on a terminal, control characters shown
    for doc in docs:
        if several:
            out.write(f"==> {visible(doc.source)} <==\n")
        out.write("\n".join(shown(line) for line in doc.text.split("\n")))
        if several and not doc.text.endswith("\n"):
            out.write("\n")
    out.write("")
    return ExitCode.ERROR if problems.count else ExitCode.OK


@command("speakers")
@output_options()
def speakers_command(
    files: Files = None,
    speaker: SpeakerOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    via: ViaOpt = None,
    doc_date: DocDateOpt = None,
    date: DocDateAlias = None,
    encoding: EncodingOpt = None,
    jobs: JobsOpt = None,
    db: DbOpt = None,
    source: SourceOpt = None,
    *,
    out: Output,
) -> int:
    """List who is quoted: one row per speaker, with role, number of quotes, first and last date, aliases and sources.

    One person is one row however the documents name them ("Sergey Lavrov", "Sergei Lavrov",
    "Lavrov"); the filters are those of `quotes`.

    \b
    Example:
      quotecheck speakers article.txt
      quotecheck speakers news/ --since 2016-01-01 --format table --table-style github
      quotecheck speakers --db news.db --source 'wires/*' -o speakers.tsv
    """
    doc_date = _either(doc_date, date)
    problems = Problems()
    archive = archive_for(files, db, source, encoding=encoding, date=doc_date)
    if archive is not None:  # each text's records tallied once for all its copies
        rows = tuple(rows_of_tallies(archive.speaker_tallies(speaker=speaker, since=since,
                                                             until=until, via=via)))
    else:
        rows = tuple(speaker_rows(filter_quotes(
            quotes_of(files, problems, encoding=encoding, date=doc_date, jobs=jobs),
            speaker=speaker, since=since, until=until, via=via)))
    out.emit(Table(SPEAKER_FIELDS, rows, wrap=("aliases", "sources", "role"), width=40))
    return problems.exit_code(len(rows))


@command("verify")
@output_options(html=True)
def verify_command(
    claim: Annotated[str | None, typer.Argument(
        help="The claimed quote: literal words, or a sentence that says who said them "
             "(Idrissov said 'Russia is a great space power'). With --claims it is a source.",
        metavar="CLAIM", show_default=False)] = None,
    sources: Annotated[list[str] | None, typer.Argument(
        help="The sources: files, directories or - (or an archive with --db).",
        metavar="SOURCE", show_default=False)] = None,
    speaker: Annotated[str | None, typer.Option(
        "--speaker", "-s", help="Who the quote is credited to; checked against the source.",
        metavar="NAME", show_default=False)] = None,
    date: Annotated[dt.date | None, typer.Option(
        "--date", help="When the quote is claimed to have been said; checked against the source.",
        parser=_iso_date, metavar="YYYY-MM-DD", show_default=False)] = None,
    claims: Annotated[str | None, typer.Option(
        "--claims", help="Check many claims: a CSV, TSV or JSON Lines file with columns claim "
                         "and optionally id, speaker, date (- for standard input).",
        metavar="FILE", show_default=False)] = None,
    threshold: Annotated[float | None, typer.Option(
        "--threshold", min=0, max=100, metavar="N",
        help="Similarity (0-100) a passage needs to count as a fuzzy match [default: scales "
             "with the claim's length].", show_default=False)] = None,
    all_matches: Annotated[bool, typer.Option(
        "--all-matches", help="List every occurrence, not only the best.")] = False,
    doc_date: DocDateOpt = None,
    encoding: EncodingOpt = None,
    jobs: JobsOpt = None,
    db: DbOpt = None,
    source: SourceOpt = None,
    *,
    out: Output,
) -> int:
    """Check a claimed quote: is it in the sources word for word, roughly, or not at all, and did that speaker say it then?

    The claim comes first, then the sources, as with grep. Exit code 0 when every claim is
    exact (and its speaker and date right), 1 when not.

    \b
    Example:
      quotecheck verify "Russia is a great space power" article.txt
      quotecheck verify "Russia is a major space power" article.txt --speaker Lavrov --date 2013-01-25
      quotecheck verify --claims claims.csv news/ --format csv -o verdicts.csv
      quotecheck verify "Russia is a great space power" --db news.db
    """
    from quotecheck.claims import Claim, claim_from_text, claims_found
    from quotecheck.model import VERDICT_FIELDS, VERDICT_TABLE_FIELDS
    from quotecheck.verify import Index, verify_all

    problems = Problems()
    paths = list(sources or [])
    if claims is not None:
        from quotecheck.reader import read_text

        if claim is not None:  # every argument is a source
            paths.insert(0, claim)
        bad_rows: list[InputError] = []
        to_check: list = claims_found(claims, read_text(claims), bad_rows)  # attributions read later
        for bad in bad_rows:
            problems.report(str(bad))
        if speaker or date:
            raise typer.BadParameter("--speaker and --date go with a single claim, not --claims")
    else:
        if claim is None:
            raise typer.BadParameter("give the claimed quote and at least one source",
                                     param_hint="CLAIM")
        if not claim.strip(" \t\n\"'“”‘’«»„"):
            raise typer.BadParameter("the claimed quote is empty", param_hint="CLAIM")
        to_check = [claim_from_text(claim, speaker=speaker,
                                    date=date.isoformat() if date else None)]
    archive = archive_for(paths, db, source, encoding=encoding, date=doc_date)
    if archive is not None:
        index = archive.index()
    elif not paths:
        raise typer.BadParameter("name at least one source (a file, a directory or -), or an "
                                 "archive with --db", param_hint="SOURCE")
    else:
        index = Index.build(parsed(paths, problems, encoding=encoding, date=doc_date, jobs=jobs))
    if len(to_check) > 1 or not isinstance(to_check[0], Claim):  # many claims: in worker processes
        from quotecheck.jobs import default_jobs, verify_claims

        to_check, verdicts = verify_claims(to_check, index, jobs=jobs or default_jobs(),
                                           threshold=threshold, all_matches=all_matches)
    else:
        verdicts = verify_all(to_check, index, threshold=threshold, all_matches=all_matches)
    if out.format is Format.html:  # one page: each claim beside the passage it matched
        from quotecheck.page import render_verify_page

        out.write(render_verify_page(to_check, verdicts, index))
        out.write("")
    else:
        rows = tuple(v.as_row() for v in verdicts)
        colour = ("notes",) if out.format is Format.table and use_colour(out.file or sys.stdout) else ()
        out.emit(Table(VERDICT_FIELDS, rows, VERDICT_TABLE_FIELDS, wrap=("match", "changes", "notes"),
                       width=40, colour=colour))
    if problems.count:
        return ExitCode.ERROR
    confirmed = all(
        v.verdict == "exact" and v.speaker_check in (None, "ok") and v.date_check in (None, "ok")
        for v in verdicts
    )
    return ExitCode.OK if confirmed else ExitCode.NO_MATCH


@command("index")
def index_command(
    files: Files = None,
    db: DbOpt = None,
    prune: Annotated[bool, typer.Option(
        "--prune", help="Remove the documents whose files are gone.")] = False,
    rebuild: Annotated[bool, typer.Option(
        "--rebuild", help="Start the archive afresh (after an upgrade changed its schema).")] = False,
    doc_date: DocDateOpt = None,
    date: DocDateAlias = None,
    encoding: EncodingOpt = None,
    jobs: JobsOpt = None,
) -> int:
    """Parse files into an archive (one SQLite file) that quotes, speakers and verify read with --db.

    Run again, it parses only new and changed files. It prints one summary line on stderr
    (and nothing on standard output).

    \b
    Example:
      quotecheck index news/ wires/ --db news.db
      quotecheck index news/ wires/ --db news.db --prune
      QUOTECHECK_DB=news.db quotecheck quotes --speaker lavrov
    """
    from quotecheck.archive import db_path, remove, run_index
    from quotecheck.jobs import default_jobs
    from quotecheck.reader import check_encoding

    doc_date = _either(doc_date, date)
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
                            date=doc_date.isoformat() if doc_date else None, prune=prune,
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
        import quotecheck

        print(f"quotecheck {quotecheck.__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Find, attribute, date and verify quotations in news articles and transcripts.

    Each command's --help says more, with examples.

    \b
    Example:
      quotecheck quotes article.txt --speaker lavrov
      quotecheck verify "Russia is a great space power" article.txt
      quotecheck index news/ --db news.db && quotecheck speakers --db news.db
    """


# -- the one entry point ---------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    """Run the command line and exit: 0 found, 1 nothing matched, 2 an error (one line), 130
    interrupted (one line)."""
    previous = catch_interrupts()
    try:
        code = _run(sys.argv[1:] if argv is None else argv)
    except (Interrupted, KeyboardInterrupt):
        code = report_interrupted()
    finally:
        signal.signal(signal.SIGINT, previous)
    # Everything left lives until the process ends: kept out of the collections the interpreter
    # makes as it shuts down (0.1 s after 1,000 claims checked against the 100x archive).
    # (The archive's connections are closed as the process ends: quotecheck.archive.)
    gc.freeze()
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
    except Exception as exc:  # noqa: BLE001 - a bug: one line, or the traceback with QUOTECHECK_DEBUG=1
        if os.environ.get("QUOTECHECK_DEBUG"):
            traceback.print_exc()
        else:
            _error_line(f"internal error: {type(exc).__name__}: {exc} "
                        "(QUOTECHECK_DEBUG=1 shows the traceback)")
    return ExitCode.ERROR
