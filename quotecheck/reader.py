"""Reading inputs: files, directories and stdin, turned into decoded :class:`Document` records.

Public entry points:

* :func:`iter_documents` yields one :class:`~quotecheck.model.Document` per readable input, or
  an :class:`~quotecheck.errors.InputError` (yielded, not raised) for one that cannot be read.
* :func:`decode` turns bytes into text (BOMs, UTF-8, legacy code pages), with warnings.
* :func:`extract_html` turns an HTML page into its article text and publication date.

Every text a Document carries has its newlines normalised to ``\\n`` and no BOM; downstream
offsets count in that text.
"""

from __future__ import annotations

import codecs
import functools
import json
import math
import os
import re
import stat
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date as _date
from html.parser import HTMLParser
from typing import IO, Any

from quotecheck.errors import InputError, QuotecheckError
from quotecheck.model import Document

__all__ = [
    "MAX_BYTES",
    "TERMINAL",
    "decode",
    "extract_html",
    "is_binary",
    "iter_documents",
    "iter_inputs",
    "looks_like_html",
    "read_input",
    "read_text",
]

#: Inputs larger than this are refused (module-level so tests can lower it).
MAX_BYTES = 256 * 1024 * 1024

BINARY = "not a text file (binary)"
TERMINAL = "standard input is a terminal; pipe text in or name a file"
NO_TEXT_FILES = "no text files found"
EMPTY = "empty file"
REPLACED = "bytes that fit no encoding were replaced"
NO_ARTICLE_TEXT = "no article text found in the HTML page"

_SNIFF_BYTES = 8192  # binary sniffing looks at this much
_DETECT_BYTES = 256 * 1024  # encoding detection looks at this much
_FIT_BYTES = 64 * 1024  # and checks a candidate decoding on this much
_CHUNK = 1024 * 1024  # reads go this much at a time
_HTML_EXTENSIONS = (".html", ".htm", ".xhtml", ".shtml")

# --------------------------------------------------------------------------------------------
# Reading paths
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Input:
    """A file the walk found, not read yet: its path as it will be reported, its size and
    modification time, and the directory argument it was found under (None for a file named
    on the command line, or ``-``)."""

    path: str
    size: int = 0
    mtime_ns: int = 0
    root: str | None = None


@dataclass(frozen=True)
class WalkStart:
    """The walk of one directory argument begins (before its first input)."""

    root: str


@dataclass(frozen=True)
class WalkEnd:
    """The walk of one directory argument is over (after its last input)."""

    root: str


def iter_documents(
    paths: Iterable[str],
    *,
    encoding: str | None = None,
    stdin: IO[bytes] | None = None,
) -> Iterator[Document | InputError]:
    """Yield, in order, a Document for each readable input and an InputError for each other.

    ``-`` reads standard input (``stdin``, or ``sys.stdin.buffer``). A directory is walked
    recursively in sorted order (hidden entries skipped, symlinks followed without looping).
    ``encoding`` forces the decoding; an unknown name raises QuotecheckError at once, before
    anything is read.
    """
    if encoding is not None:
        encoding = check_encoding(encoding)
    found = iter_inputs(paths)
    return documents_found(  # type: ignore[return-value]  # no tuples: nothing is parsed here
        read_input(item, encoding, stdin) if isinstance(item, Input) else item for item in found
    )


def iter_inputs(paths: Iterable[str]) -> Iterator[Input | InputError | WalkStart | WalkEnd]:
    """The inputs :func:`iter_documents` reads, in its order, without reading them: an
    :class:`Input` per file (``-`` too), an InputError for what cannot even be listed, and a
    :class:`WalkStart` and a :class:`WalkEnd` around each directory argument's inputs."""
    if isinstance(paths, (str, bytes, os.PathLike)):
        paths = [paths]  # one path given bare: don't iterate over its characters
    for raw in paths:
        path = os.fsdecode(os.fspath(raw))
        if path == "-":
            yield Input("-")
            continue
        try:
            st = os.stat(path)
        except OSError as exc:
            yield InputError(path, _os_reason(exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            yield WalkStart(path)
            yield from _walk(path, path, st, visited=set())
            yield WalkEnd(path)
        else:
            yield Input(path, st.st_size, st.st_mtime_ns)


_UNDECODABLE = re.compile("[\udc80-\udcff]")


def shown_path(path: str) -> str:
    """A path as text that any output can hold: the bytes of a name that is not UTF-8 (which
    ``os.fsdecode`` keeps as surrogate escapes, unprintable as UTF-8) written as ``\\xff``."""
    return _UNDECODABLE.sub(lambda m: f"\\x{ord(m.group()) - 0xDC00:02x}", path)


def _shown(item: Document | InputError) -> Document | InputError:
    """What was read, named by its :func:`shown_path`."""
    if not _UNDECODABLE.search(item.source):
        return item
    if isinstance(item, InputError):
        return InputError(shown_path(item.source), item.reason)
    return replace(item, source=shown_path(item.source))


def documents_found(
    items: Iterable[Document | InputError | WalkStart | WalkEnd | tuple],
) -> Iterator[Document | InputError | tuple]:
    """The inputs read, in order, with one InputError for a directory argument in which no text
    file could be read.  An item may be a tuple whose first element is what was read (a
    Document or an InputError) and the rest what was made of it: it passes through whole."""
    found = 0
    for item in items:
        if isinstance(item, WalkStart):
            found = 0
            continue
        if isinstance(item, WalkEnd):
            if not found:
                yield _shown(InputError(item.root, NO_TEXT_FILES))
            found = 0
            continue
        read = item[0] if isinstance(item, tuple) else item
        if not isinstance(read, InputError):  # a document, or one an archive holds already
            found += 1
        yield _shown(item) if isinstance(item, InputError) else item


# Files a directory walk passes over without a word: text, but data or code rather than articles.
_NOT_ARTICLES = (
    ".json", ".jsonl", ".ndjson", ".csv", ".tsv", ".xml", ".yaml", ".yml", ".toml", ".ini",
    ".cfg", ".py", ".js", ".ts", ".css", ".sh", ".sql", ".log", ".lock",
)


def _walk(
    root: str, directory: str, st: os.stat_result, visited: set[tuple[int, int]]
) -> Iterator[Input | InputError]:
    key = (st.st_dev, st.st_ino)
    if key in visited:  # a symlink back to a directory already walked: never loop
        return
    visited.add(key)
    try:
        names = sorted(entry.name for entry in _scandir(directory))
    except OSError as exc:
        yield InputError(directory, _os_reason(exc))
        return
    for name in names:
        if name.startswith("."):
            continue
        path = os.path.join(directory, name)
        try:
            child = os.stat(path)  # follows symlinks
        except OSError as exc:
            if os.path.islink(path) and isinstance(exc, FileNotFoundError):
                yield InputError(path, "broken symbolic link")
            else:
                yield InputError(path, _os_reason(exc))
            continue
        if stat.S_ISDIR(child.st_mode):
            yield from _walk(root, path, child, visited)
        elif stat.S_ISREG(child.st_mode):
            if name.lower().endswith(_NOT_ARTICLES):
                continue  # data and code beside the articles (a gold.json, a script): not prose
            yield Input(path, child.st_size, child.st_mtime_ns, root)
        else:  # FIFOs, sockets, devices: reading them inside a walk could block forever
            yield InputError(path, "not a regular file")


def _scandir(directory: str) -> list[os.DirEntry]:
    with os.scandir(directory) as it:
        return list(it)


def read_input(item: Input, encoding: str | None = None, stdin: IO[bytes] | None = None) -> Document | InputError:
    """One input read and decoded (``encoding`` already checked)."""
    data = read_bytes(item, stdin)
    if isinstance(data, InputError):
        return _shown(data)
    return _shown(document_from_bytes(item, data, encoding))


def read_bytes(item: Input, stdin: IO[bytes] | None = None) -> bytes | str | InputError:
    """An input's bytes (a text stream on standard input may give text), or why not."""
    if item.path != "-" and item.size > MAX_BYTES:
        return InputError(item.path, _too_large(item.size))
    return _read_all(item.path, stdin)


def document_from_bytes(item: Input, data: bytes | str, encoding: str | None) -> Document | InputError:
    """What :func:`read_bytes` gave, decoded into a Document."""
    if item.path == "-":
        return _stdin_document(data, encoding)
    assert isinstance(data, bytes)  # only standard input can come as text
    return _document(item.path, data, encoding, html_hint=item.path.lower().endswith(_HTML_EXTENSIONS))


def _stdin_document(data: bytes | str, encoding: str | None) -> Document | InputError:
    if isinstance(data, str):  # a text stream without a byte buffer: already decoded
        text = _normalise_newlines(data).lstrip("\ufeff")
        return _document_from_text("-", text, [EMPTY] if not text else [], html_hint=False)
    return _document("-", data, encoding, html_hint=False)


def read_text(path: str) -> str:
    """The decoded text of a file that is not a document (a claims file), or of standard input
    for "-"; raises InputError for what the documents' reader refuses too (a missing, unreadable,
    enormous or binary file, a terminal on standard input)."""
    if path == "-" and sys.stdin is not None and sys.stdin.isatty():
        raise InputError("-", TERMINAL)
    data = _read_all(path)
    if isinstance(data, InputError):
        raise data
    if isinstance(data, str):
        return _normalise_newlines(data).lstrip("\ufeff")
    if is_binary(data):
        raise InputError(path, BINARY)
    return decode(data, None)[0]


def _read_all(path: str, stdin: IO[bytes] | None = None) -> bytes | str | InputError:
    """Everything in a file, or on standard input for "-" (``stdin``, or the process's own):
    bytes, or text from a text stream without a byte buffer; an InputError for what cannot be
    read or is too large."""
    try:
        if path != "-":
            with open(path, "rb") as fh:
                data, size = _read_limited(fh)
        else:
            stream: Any = stdin
            if stream is None:
                stream = getattr(sys.stdin, "buffer", sys.stdin)
                if stream is None:
                    return InputError("-", "standard input is closed")
            elif hasattr(stream, "buffer"):
                stream = stream.buffer  # a text wrapper: read the bytes beneath it
            data, size = _read_limited(stream)
    except OSError as exc:
        return InputError(path, _os_reason(exc))
    if data is None:
        return InputError(path, _too_large(size))
    return data


def _read_limited(fh) -> tuple[bytes | str | None, int]:
    """Read the whole stream in chunks; past MAX_BYTES keep only counting (to report the size)
    and return None for the data."""
    parts: list | None = []
    size = 0
    while True:
        chunk = fh.read(_CHUNK)
        if not chunk:
            break
        size += len(chunk)
        if parts is not None:
            if size <= MAX_BYTES:
                parts.append(chunk)
            else:
                parts = None
    if parts is None:
        return None, size
    if not parts:
        return b"", 0
    return parts[0][:0].join(parts), size


def _too_large(size: int) -> str:
    mb = math.ceil(size / (1024 * 1024))
    return f"file too large ({mb} MB; the limit is {MAX_BYTES // (1024 * 1024)} MB)"


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if exc.strerror:
        return exc.strerror[0].lower() + exc.strerror[1:]
    return str(exc) or type(exc).__name__


# --------------------------------------------------------------------------------------------
# Bytes to Document
# --------------------------------------------------------------------------------------------


def _document(source: str, data: bytes, encoding: str | None, *, html_hint: bool) -> Document | InputError:
    if is_binary(data, encoding):
        return InputError(source, BINARY)
    declared = None
    if encoding is None and (html_hint or _HTML_START_BYTES.match(data[:4096])):
        declared = _declared_charset(data)
    text, warnings = _decode(data, encoding, declared)
    return _document_from_text(source, text, warnings, html_hint=html_hint)


def _document_from_text(source: str, text: str, warnings: list[str], *, html_hint: bool
                        ) -> Document | InputError:
    if text and (html_hint or looks_like_html(text)):
        body, published = extract_html(text)
        if not body:
            warnings = [*warnings, NO_ARTICLE_TEXT]
        doc = Document(
            source=source,
            text=body,
            date=published,
            date_origin="metadata" if published else None,
            warnings=tuple(warnings),
        )
    else:
        doc = Document(source=source, text=text, warnings=tuple(warnings))
    dense = _too_dense(doc.text)
    return InputError(source, dense) if dense else doc


# The parser holds about 1 KB per quotation mark it pairs; real news has at most one mark in
# 27 characters (PolNeAR, the fixtures). A text denser than one in MARK_DENSITY is not prose,
# and refusing it keeps memory within a few dozen bytes per character of input.
MARK_DENSITY = 16
_MARK_FLOOR = 2_000  # a short text may be as dense as it likes
_MARK_CHARS = "\"`“”„‟«»‹›‘’‚‛'「」『』"


def _too_dense(text: str) -> str | None:
    """The reason to refuse a text with more quotation marks than prose has, else None."""
    if len(text) <= _MARK_FLOOR:
        return None
    marks = sum(text.count(ch) for ch in _MARK_CHARS)
    if marks <= max(_MARK_FLOOR, len(text) // MARK_DENSITY):
        return None
    return (f"not prose: {marks:,} quotation marks in {len(text):,} characters (at most one in "
            f"{MARK_DENSITY} is read)")


# --------------------------------------------------------------------------------------------
# Binary sniffing
# --------------------------------------------------------------------------------------------

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"\x1f\x8b", b"\x7fELF")
_CONTROL_BYTES = bytes([*range(9), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def is_binary(data: bytes, encoding: str | None = None) -> bool:
    """True when ``data`` does not look like text: a NUL byte in the first 8 KB (unless it is
    UTF-16/32), a known binary signature, or mostly control bytes."""
    sample = data[:_SNIFF_BYTES]
    if not sample:
        return False
    wide = _bom_encoding(sample) or encoding or _utf16_without_bom(sample)
    if wide:  # judge the decoded characters, not the bytes (UTF-16 text is full of NULs)
        text = sample.decode(wide, errors="replace")
        return "\x00" in text or len(_CONTROL_CHARS.findall(text)) > 0.3 * max(len(text), 1)
    if sample.startswith(_MAGIC) or b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > 0.3 * len(sample)


def _bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' for mostly-ASCII UTF-16 text without a BOM, else None."""
    n = len(sample) - len(sample) % 2
    if n < 8:
        return None
    even, odd = sample[0:n:2], sample[1:n:2]
    half = n // 2
    even_nuls, odd_nuls = even.count(0), odd.count(0)
    if odd_nuls >= 0.4 * half and even_nuls <= 0.02 * half:
        return "utf-16-le"
    if even_nuls >= 0.4 * half and odd_nuls <= 0.02 * half:
        return "utf-16-be"
    return None


# --------------------------------------------------------------------------------------------
# Decoding
# --------------------------------------------------------------------------------------------


def decode(data: bytes, encoding: str | None = None) -> tuple[str, list[str]]:
    """Decode ``data`` and return ``(text, warnings)``.

    An explicit ``encoding`` wins (an unknown name raises QuotecheckError). Otherwise: a
    UTF-8/16/32 BOM, then strict UTF-8, then a legacy code page (cp1251, cp1252, ...) when one
    fits cleanly, else UTF-8 with the bad bytes replaced and a warning. Newlines come out as
    ``\\n`` and a leading BOM is dropped. Empty input gives ``("", ["empty file"])``.
    """
    if encoding is not None:
        encoding = check_encoding(encoding)
    return _decode(data, encoding, None)


def check_encoding(name: str) -> str:
    try:
        b"\x00".decode(name)  # not b"": decoding nothing skips the codec look-up
    except UnicodeDecodeError:
        pass  # a real codec that wants more bytes (utf-16, utf-32)
    except (LookupError, TypeError, ValueError):  # also bytes-to-bytes codecs such as base64
        raise QuotecheckError(f"unknown encoding: {name}") from None
    try:  # a file may hold bytes the codec rejects: they are replaced, which it must allow
        b"text \xff\xfe\x80\x81 \xe2\x80\x9c\x00".decode(name, errors="replace")
    except Exception:  # noqa: BLE001 - idna, punycode ...: codecs for names, not for text
        raise QuotecheckError(f"not an encoding for text files: {name}") from None
    return name


def _decode(data: bytes, encoding: str | None, declared: str | None) -> tuple[str, list[str]]:
    warnings: list[str] = []
    if not data:
        return "", [EMPTY]
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            text = data.decode(encoding, errors="replace")
            warnings.append(f"bytes that are not valid {encoding} were replaced")
    else:
        text = _auto_decode(data, declared, warnings)
    text = _normalise_newlines(text)
    text = text.removeprefix("\ufeff")
    if not text:
        warnings.append(EMPTY)
    return text, warnings


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _auto_decode(data: bytes, declared: str | None, warnings: list[str]) -> str:
    bom = _bom_encoding(data)
    if bom:
        try:
            return data.decode(bom)
        except UnicodeDecodeError:
            warnings.append(REPLACED)
            return data.decode(bom, errors="replace")
    wide = _utf16_without_bom(data[:_SNIFF_BYTES])
    if wide:
        try:
            return data.decode(wide)
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if declared:  # an HTML page's own <meta charset>, used once UTF-8 has failed
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            pass
    text = data.decode("utf-8", errors="replace")
    bad = _stray_bytes(data, text)
    if bad is not None:
        warnings.append(f"{bad:,} {'byte' if bad == 1 else 'bytes'} not valid UTF-8 replaced "
                        f"(the first at byte {first_bad:,}); the rest is UTF-8")
        return text
    del text
    legacy = _guess_legacy(data)
    if legacy:
        try:
            return data.decode(legacy)
        except UnicodeDecodeError:  # the sample fitted, a later part does not
            warnings.append(f"bytes that are not valid {legacy} were replaced")
            return data.decode(legacy, errors="replace")
    warnings.append(REPLACED)
    return data.decode("utf-8", errors="replace")


_ASCII_BYTES = bytes(range(128))


def _stray_bytes(data: bytes, replaced: str) -> int | None:
    """How many replacement characters ``replaced`` (``data`` decoded as UTF-8 with errors
    replaced) holds, when the whole file is UTF-8 with a few stray bytes (e.g. one pasted
    legacy character) rather than legacy text: at least twice as many valid non-ASCII
    characters as bad sequences. None otherwise."""
    replacements = replaced.count("\ufffd")
    bad = replacements - data.count(b"\xef\xbf\xbd")
    ascii_chars = len(data) - len(data.translate(None, _ASCII_BYTES))
    good = len(replaced) - ascii_chars - replacements
    return bad if good >= 2 * bad and good >= 2 else None


# Code pages offered to charset-normalizer. Its answer decides for text in other scripts
# (Cyrillic, Greek, Hebrew, CJK...); for Latin-script text it cannot tell cp1252 from
# cp1250/cp1257 on short inputs, so those are ranked by _alphabet_misfit instead.
_CANDIDATES = [
    "cp1252", "cp1251", "cp1250", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "koi8_r", "koi8_u", "iso8859_15", "latin_1",
    "gb18030", "big5", "shift_jis", "euc_jp", "euc_kr",
]  # fmt: skip
_LATIN_PAGES = {"cp1250", "cp1252", "cp1254", "cp1257", "iso8859_15", "latin_1"}
# Bytes >= 0x80 except what cp125x uses for punctuation (quotes, dashes, nbsp, guillemets).
_HIGH_LETTER_BYTES = re.compile(rb"[\x80\x81\x86-\x8a\x8c-\x90\x98-\x9a\x9c-\x9f\xa1-\xaa\xac-\xba\xbc-\xff]")
_HIGH_LETTER_RUNS = re.compile(
    rb"[\x80\x81\x86-\x8a\x8c-\x90\x98-\x9a\x9c-\x9f\xa1-\xaa\xac-\xba\xbc-\xff]{2,}"
)
_ASCII_LETTERS = re.compile(rb"[A-Za-z]")


def _guess_legacy(data: bytes) -> str | None:
    sample = data[:_DETECT_BYTES]
    matches = _detect(sample)
    if _non_latin_script(sample):
        for name in matches:
            if name not in _LATIN_PAGES:
                text = _decoded_if_fits(sample, name)
                if text is not None and (name != "cp1251" or _plausible_cyrillic(text)):
                    return name
        # The detector found nothing convincing: runs of high bytes are most often Cyrillic.
        text = _decoded_if_fits(sample, "cp1251")
        return "cp1251" if text is not None and _plausible_cyrillic(text) else None
    # Latin-script text: only a Latin code page can be right (a CJK or Arabic one would turn a
    # few stray bytes into plausible-looking letters). The detector ranks these badly on short
    # texts, so each is judged by how well its accented letters fit one language's alphabet.
    best: tuple[int, int, str] | None = None
    names = _LATIN_ORDER + [n for n in matches if n in _LATIN_PAGES and n not in _LATIN_ORDER]
    for rank, name in enumerate(names):
        text = _decoded_if_fits(sample, name)
        if text is not None:
            score = (_alphabet_misfit(text), rank, name)
            best = score if best is None or score < best else best
    return best[2] if best else None


def _detect(sample: bytes) -> list[str]:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - the heuristics above still apply
        return []
    try:
        results = from_bytes(sample, cp_isolation=_CANDIDATES)
    except Exception:  # noqa: BLE001  # pragma: no cover - a detector bug must not stop the reading
        return []
    names = []
    for match in results:
        try:
            names.append(codecs.lookup(match.encoding).name.replace("-", "_"))
        except LookupError:  # pragma: no cover
            continue
    return [_CODEC_ALIASES.get(n, n) for n in names]


_CODEC_ALIASES = {"iso8859_1": "latin_1"}  # codecs.lookup() already names cp1251 and cp1252


def _non_latin_script(sample: bytes) -> bool:
    """Most high bytes come in runs (whole words of high bytes): Cyrillic, Greek, CJK...

    Latin-script languages use a high byte for an accented letter here and there."""
    total = len(_HIGH_LETTER_BYTES.findall(sample))
    if total < 2:
        return False
    in_runs = sum(len(run) for run in _HIGH_LETTER_RUNS.findall(sample))
    ascii_letters = len(_ASCII_LETTERS.findall(sample))
    return in_runs >= 0.6 * total and total >= 0.3 * (total + ascii_letters)


_WORD = re.compile(r"[^\W\d_]+")
_IN_WORD_OK = set("’‘‚‛“”„‟‹›«»'`´·\u00ad\u2010\u2011-–—…\u00a0\u202f")


def _decoded_if_fits(sample: bytes, name: str) -> str | None:
    """The start of the sample decoded strictly with ``name``, or None when that fails or does
    not read like text (control characters, symbols inside words, mixed Latin/Cyrillic words)."""
    cut = len(sample) > _FIT_BYTES
    sample = sample[:_FIT_BYTES]
    try:
        text = sample.decode(name)
    except UnicodeDecodeError:
        if not cut:
            return None
        try:  # the sample may end inside a multi-byte character
            text = sample[:-4].decode(name)
        except UnicodeDecodeError:
            return None
    n = len(text)
    for i, ch in enumerate(text):
        if ch < "\x80":
            continue
        cat = unicodedata.category(ch)
        if cat in ("Cc", "Cn", "Co", "Cs") or "\u2500" <= ch <= "\u25ff":
            return None  # C1 controls, unassigned, box drawing: not prose
        if (
            ch < "\u3000"
            and not ch.isalpha()
            and ch not in _IN_WORD_OK
            and 0 < i < n - 1
            and text[i - 1].isalpha()
            and text[i + 1].isalpha()
        ):
            return None  # a symbol inside a word: "W³ochy" is cp1250 read as cp1252
    for word in _WORD.findall(text):
        if not word.isascii() and _mixes_scripts(word):
            return None
    return text


_LATIN_ORDER = ["cp1252", "cp1250", "cp1257", "cp1254"]
# The letters beyond a-z that each language written in a cp125x Latin code page uses.
_ALPHABETS = [
    set(letters)
    for letters in (
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüß",  # German
        "áéíñóúü",  # Spanish
        "áâãàçéêíóôõú",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "àçèéíïòóú",  # Catalan
        "éèëïóöüáà",  # Dutch
        "æøåéó",  # Danish, Norwegian
        "åäöéü",  # Swedish, Finnish
        "áðéíóúýþæö",  # Icelandic
        "ąćęłńóśźż",  # Polish
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "áéíóöőúüű",  # Hungarian
        "ăâîșşțţ",  # Romanian
        "čćđšž",  # Croatian, Slovene, Bosnian
        "çğıöşüâîû",  # Turkish
        "ąčęėįšųūž",  # Lithuanian
        "āčēģīķļņšūž",  # Latvian
        "äöõüšž",  # Estonian
        "çë",  # Albanian
    )
]
_NEUTRAL_LETTERS = set("ªºµ")


def _alphabet_misfit(text: str) -> int:
    """How many accented letters of ``text`` fall outside the alphabet that fits it best."""
    counts: dict[str, int] = {}
    for ch in text:
        if ch >= "\x80" and ch.isalpha() and ch not in _NEUTRAL_LETTERS:
            low = ch.lower()
            low = low if len(low) == 1 else ch
            counts[low] = counts.get(low, 0) + 1
    if not counts:
        return 0
    return min(sum(c for ch, c in counts.items() if ch not in alphabet) for alphabet in _ALPHABETS)


_SOFT_VOWELS = re.compile("[ьыяюэЬЫЯЮЭ]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _plausible_cyrillic(text: str) -> bool:
    """Russian, Ukrainian or Bulgarian prose has some of ь ы я ю э (about one letter in 15 to
    35) within 150 letters; Hebrew cp1255 read as cp1251 (lowercase а-ъ only) never does."""
    return len(_CYRILLIC.findall(text)) < 150 or bool(_SOFT_VOWELS.search(text))


def _mixes_scripts(word: str) -> bool:
    latin = other = False
    for ch in word:
        if ch.isascii():
            latin = True
        elif "\u0370" <= ch <= "\u052f":  # Greek and Cyrillic: what code pages confuse
            other = True
        if latin and other:
            return True
    return False


# --------------------------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------------------------

_HTML_START = re.compile(
    r"\A(?:\s|\ufeff|<!--.*?-->|<\?xml[^>]*\?>)*<(?:!doctype\s+html|html|head|body)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_HTML_START_BYTES = re.compile(
    rb"\A(?:\s|\xef\xbb\xbf|<!--.*?-->|<\?xml[^>]*\?>)*<(?:!doctype\s+html|html|head|body)[\s>/]",
    re.IGNORECASE | re.DOTALL,
)
_META_CHARSET = re.compile(rb"<meta[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """True when ``text`` starts (after blanks, comments, an XML declaration) as an HTML page."""
    return bool(_HTML_START.match(text[:65536]))


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # an ASCII-readable page cannot be UTF-16; browsers ignore this too
    if name in ("iso8859-1", "ascii"):
        return "cp1252"  # as browsers do: these labels mean windows-1252 on the web
    return name


def extract_html(html: str) -> tuple[str, str | None]:
    """Return ``(article_text, published)`` for an HTML page.

    The text is the article's own paragraphs (no menus, ads, teasers or comments), separated by
    blank lines. ``published`` is ``YYYY-MM-DD`` from the page metadata
    (``article:published_time``, JSON-LD ``datePublished``, ``<time datetime>``), or None.
    Uses trafilatura when it is installed, else a standard-library extractor; that one also
    takes pages trafilatura cannot read whole (over 600 KB, nested deeper than lxml builds)
    and pages where trafilatura finds too little. Either way each tag costs O(1).
    """
    page = _PageParser.parse(html)
    published = page.published_date()
    text = None
    fits = len(html) <= _TRAFILATURA_MAX_PAGE and page.depth < _TRAFILATURA_MAX_DEPTH
    traf = _load_trafilatura() if fits else None
    if traf is not None:
        text = _trafilatura_text(traf, html)
    if not text or len(text) < _TRAFILATURA_MIN_TEXT:
        # Below this size trafilatura may have run its "baseline" rescue, which dumps the whole
        # page (site name, byline and all) into one paragraph; the stdlib extractor does better.
        text = page.article_text() or text
    return _normalise_newlines(text or ""), published


_TRAFILATURA_MIN_TEXT = 250  # trafilatura's own MIN_EXTRACTED_SIZE
# Above this size trafilatura's time grows steeply (12 s for a 1.4 MB page of 20,000 paragraphs,
# against 0.7 s for the standard-library extractor); a news page is far smaller.
_TRAFILATURA_MAX_PAGE = 600_000
# lxml (libxml2) builds no element deeper than 256 levels: on a page nested deeper, trafilatura
# sees only the outer levels and loses the text inside. Real pages nest 20 to 40 deep.
_TRAFILATURA_MAX_DEPTH = 240


@functools.cache
def _load_trafilatura():
    """The trafilatura module, or None when it is missing or broken (its import can fail on
    lxml >= 5.2 without lxml_html_clean)."""
    try:
        import trafilatura
    except Exception:  # noqa: BLE001 - ImportError, or an error inside its own imports
        return None
    return trafilatura


_TRAF_INLINE = {"hi", "ref", "lb", "del", "graphic", "span"}


def _trafilatura_text(traf, html: str) -> str | None:
    try:
        xml = traf.extract(
            html,
            output_format="xml",
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            include_formatting=False,
            with_metadata=False,
            deduplicate=False,
        )
        if not xml:
            return None
        root = ET.fromstring(xml)
    except Exception:  # noqa: BLE001 - whatever trafilatura fails on, the other extractor reads
        return None
    main = root.find("main")
    paragraphs = _traf_blocks(main if main is not None else root)
    return "\n\n".join(paragraphs) or None


def _traf_blocks(element) -> list[str]:
    """Paragraph strings from trafilatura's XML: one per leaf block, <lb/> kept as a newline."""
    out: list[str] = []
    pieces: list[str] = []

    def flush() -> None:
        text = _tidy("".join(pieces))
        pieces.clear()
        if text:
            out.append(text)

    pieces.append(element.text or "")
    for child in element:
        if child.tag == "lb":
            pieces.append("\n")
        elif child.tag in _TRAF_INLINE:
            pieces.append(_traf_inline_text(child))
        else:
            flush()
            out.extend(_traf_blocks(child))
        pieces.append(child.tail or "")
    flush()
    return out


def _traf_inline_text(element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _traf_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


_SPACES = re.compile(r"\s+")  # any Unicode white space, no-break spaces included (as trafilatura)


_BLANK_LINES = re.compile(r"\n{3,}")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _tidy(text: str) -> str:
    """Collapse blanks within lines, trim each line, keep at most one blank line in a row."""
    lines = [_SPACES.sub(" ", line).strip() for line in _normalise_newlines(text).split("\n")]
    text = "\n".join(lines).strip("\n")
    return _BLANK_LINES.sub("\n\n", text).strip()


# ---- the standard-library page parser: metadata always, article text when needed ----------

_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "keygen",
}  # fmt: skip
_DROP_TAGS = {
    "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select",
    "option", "textarea", "label", "iframe", "object", "svg", "math", "canvas", "figcaption",
    "dialog", "menu", "head", "title", "video", "audio", "picture",
}  # fmt: skip
_BLOCKS = {"p", "h1", "h2", "h3", "blockquote", "li"}
_LISTS = {"li", "ul", "ol", "menu"}
_BOUNDARIES = _BLOCKS | {
    "div", "section", "article", "main", "header", "footer", "aside", "nav", "table", "tr",
    "td", "th", "thead", "tbody", "tfoot", "ul", "ol", "dl", "dt", "dd", "figure", "h4", "h5",
    "h6", "pre", "address", "details", "summary", "center", "body", "fieldset", "caption", "hr",
}  # fmt: skip
_CLOSES_P = _BOUNDARIES - {"td", "th", "tr", "thead", "tbody", "tfoot", "caption", "body", "dd", "dt"}
_NO_CLASS_RULES = {"html", "body", "main", "article"}
_DROP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"}

# class/id words that mark boilerplate. Exact words, then fragments that may sit inside a word.
_HARD_WORDS = {
    "comment", "comments", "commentlist", "disqus", "respond", "replies",
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "sponsored",
}  # fmt: skip
_SOFT_WORDS = {
    "nav", "navbar", "navigation", "menu", "sidebar", "related", "promo", "promoted", "share",
    "sharing", "social", "banner", "newsletter", "subscribe", "subscription", "paywall",
    "cookie", "cookies", "popup", "modal", "breadcrumb", "breadcrumbs", "teaser", "teasers",
    "recommended", "recommendations", "outbrain", "taboola", "widget", "widgets", "tags",
    "footer", "masthead", "toolbar", "pagination", "pager", "sponsor",
}  # fmt: skip
_SOFT_FRAGMENTS = ("related", "promo", "share", "menu", "advert", "sponsor", "newsletter", "social")
_CONTENT_WORDS = {"content", "body", "article", "story", "entry", "main", "text"}
_BYLINE_WORDS = {"byline"}
_DROP_RANK = {None: 0, "byline": 1, "class": 2, "tag": 3}
_CLASS_SPLIT = re.compile(r"[^a-z0-9]+")
_BOILERPLATE_TEXTS = {
    "advertisement", "advert", "sponsored", "read more", "continue reading", "share this article",
    "share", "skip to content", "skip to main content",
}  # fmt: skip


@dataclass
class _Open:
    tag: str
    drop: str | None  # None, "byline" (text dropped, dates kept), "class" (class/id rule) or "tag"
    articles: tuple[int, ...]
    in_main: bool
    jsonld: bool = False
    block: str | None = None  # the innermost block element open here (itself or an ancestor)
    in_link: bool = False  # inside an <a>


@dataclass
class _Block:
    tag: str | None  # innermost block element, None for loose text
    text: str
    link_chars: int
    articles: tuple[int, ...]
    in_main: bool
    class_dropped: bool  # only a class/id rule dropped it: kept as a last resort


@dataclass
class _Page:
    blocks: list[_Block] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    itemprop_dates: list[str] = field(default_factory=list)
    jsonld: list[str] = field(default_factory=list)
    times: list[tuple[str, bool]] = field(default_factory=list)  # (datetime, marked as published)
    depth: int = 0  # the deepest nesting of elements

    def published_date(self) -> str | None:
        for key in ("article:published_time", "og:article:published_time", "article:published"):
            found = _iso_date(self.meta.get(key))
            if found:
                return found
        for found in _jsonld_dates(self.jsonld):
            return found
        for value in self.itemprop_dates:
            found = _iso_date(value)
            if found:
                return found
        for key in _OTHER_DATE_META:
            found = _iso_date(self.meta.get(key))
            if found:
                return found
        for value, marked in self.times:
            if marked and (found := _iso_date(value)):
                return found
        for value, _ in self.times:
            found = _iso_date(value)
            if found:
                return found
        return None

    def article_text(self) -> str:
        for allow_class_dropped in (False, True):
            blocks = [b for b in self.blocks if allow_class_dropped or not b.class_dropped]
            chosen = _choose_blocks(blocks)
            if chosen:
                return "\n\n".join(b.text for b in chosen)
        return ""


_OTHER_DATE_META = (
    "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
    "date", "dc.date", "dc.date.issued", "dcterms.issued", "dcterms.created", "sailthru.date",
    "parsely-pub-date", "og:published_time",
)  # fmt: skip


def _choose_blocks(blocks: list[_Block]) -> list[_Block]:
    proper = [b for b in blocks if b.tag is not None and _keep_block(b)]
    loose = [b for b in blocks if b.tag is None and _keep_block(b)]
    pool = proper or loose
    if not pool:
        return []
    total = sum(len(b.text) for b in pool)
    sizes: dict[int, int] = {}
    for b in pool:
        for art in b.articles:
            sizes[art] = sizes.get(art, 0) + len(b.text)
    if sizes:
        best = max(sizes, key=lambda k: (sizes[k], -k))
        if sizes[best] >= 0.4 * total:
            chosen = [b for b in pool if best in b.articles]
            if not any(b.tag == "h1" for b in chosen):
                first = pool.index(chosen[0])
                before = [b for b in pool[:first] if b.tag == "h1"]
                if before:  # the headline often sits just outside <article>
                    chosen.insert(0, before[-1])
            return chosen
    in_main = [b for b in pool if b.in_main]
    if in_main and sum(len(b.text) for b in in_main) >= 0.4 * total:
        return in_main
    return pool


def _keep_block(block: _Block) -> bool:
    if block.tag == "li" and not block.articles:
        return False  # list items outside an <article> are menus and link lists
    if block.text.strip().lower().rstrip(":.…") in _BOILERPLATE_TEXTS:
        return False
    return block.link_chars <= 0.6 * len(block.text.replace(" ", ""))  # teaser links


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = _Page()
        self.stack: list[_Open] = []
        self.pieces: list[str] = []
        self.link_chars = 0
        self.ctx: _Open | None = None  # where the buffered text was found
        self.block_tag: str | None = None
        self.articles = 0
        self.brs = 0
        # Kept as tags open and close, so that each tag and text costs O(1) however deep the
        # nesting: how many of each tag are open, and where the open list elements are.
        self.open_tags: dict[str, int] = {}
        self.lists: list[int] = []  # stack indices of the open li, ul, ol and menu elements
        self.depth = 0  # the deepest nesting seen

    @classmethod
    def parse(cls, html: str) -> _Page:
        parser = cls()
        try:
            parser.feed(html)
            parser.close()
        except Exception:  # noqa: BLE001, S110  # pragma: no cover - html.parser is lenient; keep what was read
            pass
        parser._flush()
        parser.page.depth = parser.depth
        return parser.page

    # -- events --------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        parent = self.stack[-1] if self.stack else None
        self._metadata(tag, a, parent)
        if tag in _VOID:
            if tag == "br":
                self._br()
            elif tag == "hr":
                self._flush()
            return
        self.brs = 0
        if tag in _CLOSES_P:
            while self.stack and self.stack[-1].tag == "p":
                self._pop()
        if tag == "li":
            self._close_open_li()
        parent = self.stack[-1] if self.stack else None
        articles = parent.articles if parent else ()
        in_main = parent.in_main if parent else False
        drop = parent.drop if parent else None
        own = self._drop_reason(tag, a, bool(articles) or in_main)
        if _DROP_RANK[own] > _DROP_RANK[drop]:
            drop = own
        if tag == "article":
            self.articles += 1
            articles = (*articles, self.articles)
        if tag == "main" or a.get("role", "").lower() == "main":
            in_main = True
        if tag in _BOUNDARIES:
            self._flush()
        jsonld = tag == "script" and "ld+json" in a.get("type", "").lower()
        if jsonld:
            self.page.jsonld.append("")
        block = tag if tag in _BLOCKS else parent.block if parent else None
        in_link = tag == "a" or (parent is not None and parent.in_link)
        if tag in _LISTS:
            self.lists.append(len(self.stack))
        self.stack.append(_Open(tag, drop, articles, in_main, jsonld, block, in_link))
        self.open_tags[tag] = self.open_tags.get(tag, 0) + 1
        self.depth = max(self.depth, len(self.stack))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID or not self.open_tags.get(tag):
            return  # a stray end tag: nothing to close (and no need to look)
        while self.stack[-1].tag != tag:  # each element is popped once: O(1) per tag overall
            self._pop()
        self._pop()

    def handle_data(self, data: str) -> None:
        top = self.stack[-1] if self.stack else None
        if top is not None and top.jsonld:
            self.page.jsonld[-1] += data
            return
        if top is not None and top.drop == "tag":
            return
        text = _SPACES.sub(" ", data)
        if not text.strip():
            if self.pieces:
                self.pieces.append(" ")
            return
        self.brs = 0
        ctx = top or _Open("", None, (), False)
        block = top.block if top else None
        if self.ctx is not None and (ctx.drop != self.ctx.drop or block != self.block_tag):
            self._flush()
        if self.ctx is None:
            self.ctx, self.block_tag = ctx, block
        self.pieces.append(text)
        if ctx.in_link:
            self.link_chars += len(text.replace(" ", ""))

    # -- helpers -------------------------------------------------------------------------

    def _metadata(self, tag: str, a: dict[str, str], parent: _Open | None) -> None:
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            content = a.get("content", "").strip()
            if key and content:
                self.page.meta.setdefault(key, content)
            if a.get("itemprop", "").lower() == "datepublished" and content:
                self.page.itemprop_dates.append(content)
            return
        if a.get("itemprop", "").lower() == "datepublished":
            value = a.get("datetime") or a.get("content")
            if value:
                self.page.itemprop_dates.append(value)
        if tag == "time" and a.get("datetime"):
            noisy = parent is not None and parent.drop in ("tag", "class")
            if not noisy:
                classes = (a.get("class", "") + " " + a.get("id", "")).lower()
                marked = "pubdate" in a or "publish" in classes or "posted" in classes
                self.page.times.append((a["datetime"], marked))

    def _drop_reason(self, tag: str, a: dict[str, str], in_content: bool) -> str | None:
        if tag in _DROP_TAGS:
            return "tag"
        if tag == "header" and not in_content:
            return "tag"  # the site's header; an article's own <header> holds its headline
        if tag == "footer":
            return "byline" if in_content else "tag"  # an article's footer may hold its date
        if "hidden" in a or a.get("aria-hidden", "").lower() == "true":
            return "tag"
        if _HIDDEN_STYLE.search(a.get("style", "")):
            return "tag"
        if a.get("role", "").lower() in _DROP_ROLES:
            return "tag"
        if tag in _NO_CLASS_RULES:
            return None
        words = set(_CLASS_SPLIT.split((a.get("class", "") + " " + a.get("id", "")).lower()))
        words.discard("")
        if not words:
            return None
        if words & _HARD_WORDS or any(
            w.startswith("comment") and not w.startswith("commentar") for w in words
        ):
            return "class"
        if words & _BYLINE_WORDS:
            return "byline"  # the author/date line: its text goes, its <time> still counts
        soft = words & _SOFT_WORDS or any(f in w for w in words for f in _SOFT_FRAGMENTS)
        if soft and not words & _CONTENT_WORDS:
            return "class"
        return None

    def _close_open_li(self) -> None:
        """A new <li> closes the one open in the same list (not one in an outer list)."""
        if self.lists and self.stack[self.lists[-1]].tag == "li":
            li = self.lists[-1]
            while len(self.stack) > li:
                self._pop()

    def _pop(self) -> None:
        entry = self.stack.pop()
        self.open_tags[entry.tag] -= 1
        if self.lists and self.lists[-1] == len(self.stack):
            self.lists.pop()
        if entry.tag in _BOUNDARIES:
            self._flush()

    def _br(self) -> None:
        self.brs += 1
        if self.block_tag is None and self.brs >= 2:
            self._flush()  # <br><br> separates paragraphs of loose text
        elif self.pieces:
            self.pieces.append("\n")

    def _flush(self) -> None:
        if not self.pieces:
            return  # nothing collected: ctx and block_tag are only set along with text
        ctx, tag = self.ctx, self.block_tag
        text = _tidy("".join(self.pieces))
        links = self.link_chars
        self.pieces, self.link_chars, self.ctx, self.block_tag = [], 0, None, None
        if not text or ctx is None or ctx.drop in ("tag", "byline"):
            return
        self.page.blocks.append(
            _Block(tag, text, links, ctx.articles, ctx.in_main, class_dropped=ctx.drop == "class")
        )


# ---- dates -------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])|\s*(\d{4})(\d{2})(\d{2})(?:$|T)")
_ARTICLE_TYPES = ("article", "posting", "report", "blog")


def _iso_date(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from an ISO-like timestamp (the date as written, before any time zone)."""
    if not value:
        return None
    match = _ISO_DATE.match(value)
    if not match:
        return None
    y, m, d = (int(g) for g in (match.groups()[:3] if match.group(1) else match.groups()[3:]))
    try:
        found = _date(y, m, d)
    except ValueError:
        return None
    if not 1800 <= found.year <= 2200:
        return None
    return found.isoformat()


def _jsonld_dates(scripts: list[str]) -> Iterator[str]:
    """datePublished values from JSON-LD blocks, article-like objects first."""
    preferred: list[str] = []
    others: list[str] = []
    for script in scripts:
        try:
            data = json.loads(script, strict=False)
        except ValueError:
            continue
        for obj in _json_objects(data):
            found = _iso_date(obj.get("datePublished") if isinstance(obj.get("datePublished"), str) else None)
            if not found:
                continue
            types = obj.get("@type", "")
            types = " ".join(types) if isinstance(types, list) else str(types)
            (preferred if any(t in types.lower() for t in _ARTICLE_TYPES) else others).append(found)
    yield from preferred
    yield from others


def _json_objects(data, depth: int = 0) -> Iterator[dict]:
    if depth > 20:
        return
    if isinstance(data, dict):
        yield data
        for value in data.values():
            if isinstance(value, (dict, list)):
                yield from _json_objects(value, depth + 1)
    elif isinstance(data, list):
        for item in data:
            yield from _json_objects(item, depth + 1)
