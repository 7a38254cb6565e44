"""Shared helpers for the PolNeAR benchmarks: finding and loading the data, calling the parser,
and the scoring rules of ``shared/eval/README.md`` ("How the project's accuracy is scored").

The data lives outside the repository (``../shared/eval/`` next to the checkout) and must never be
copied into it; these helpers only read it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator, NoReturn, Sequence

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "eval"
SPLITS = {"train": "polnear-train.jsonl", "dev": "polnear-dev.jsonl"}
DEFAULT_PARSER = "quotecheck.parse:parse_document"

# `python bench/X.py` puts bench/ on sys.path, not the repository root.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


# --------------------------------------------------------------------------- data


class DataMissing(Exception):
    """The PolNeAR files are not where they should be."""


@dataclass
class Gold:
    start: int
    end: int
    type: str  # "direct", "mixed" or "indirect"
    speaker: str | None
    cue: str | None


@dataclass
class Article:
    doc_id: str
    text: str
    quotes: list[Gold]

    def direct(self) -> list[Gold]:
        """Gold direct spans, one per distinct (start, end)."""
        seen: set[tuple[int, int]] = set()
        out = []
        for q in self.quotes:
            if q.type == "direct" and (q.start, q.end) not in seen:
                seen.add((q.start, q.end))
                out.append(q)
        return out


def add_common_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        type=Path,
        default=DEFAULT_DATA,
        metavar="DIR",
        help=f"directory holding the PolNeAR JSONL files (default: {DEFAULT_DATA})",
    )
    # Hidden: MODULE:FUNCTION of a stand-in parser taking a Document, for testing the benchmarks.
    parser.add_argument("--parser", default=DEFAULT_PARSER, help=argparse.SUPPRESS)


def split_path(data_dir: Path, split: str) -> Path:
    path = Path(data_dir) / SPLITS[split]
    if not path.is_file():
        raise DataMissing(f"PolNeAR {split} split not found: {path} (use --data DIR)")
    return path


def iter_articles(path: Path, with_quotes: bool = True) -> Iterator[Article]:
    """Read one JSONL split lazily, one article at a time."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            quotes = []
            if with_quotes:
                quotes = [
                    Gold(q["start"], q["end"], q["type"], q.get("speaker"), q.get("cue"))
                    for q in rec.get("quotes", ())
                ]
            yield Article(rec["doc_id"], rec["text"], quotes)


def load_split(data_dir: Path, split: str, with_quotes: bool = True) -> list[Article]:
    """All articles of a split; exits with status 2 and one line on stderr if the data is missing."""
    try:
        path = split_path(data_dir, split)
        return list(iter_articles(path, with_quotes))
    except DataMissing as exc:
        fail(str(exc))
    except (OSError, ValueError, KeyError) as exc:
        fail(f"cannot read PolNeAR {split} split under {data_dir}: {exc}")


def fail(message: str) -> NoReturn:
    print(f"bench: {message}", file=sys.stderr)
    sys.exit(2)


def utf8_bytes(texts: Iterable[str]) -> int:
    return sum(len(t.encode("utf-8")) for t in texts)


MB = 1_000_000  # megabytes are 10**6 bytes of UTF-8 throughout


# --------------------------------------------------------------------------- parser


def load_parser(spec: str = DEFAULT_PARSER) -> Callable[[str, str], list]:
    """Return ``parse(doc_id, text) -> list of Quote`` built on the parser named by ``spec``.

    Exits with status 2 if it cannot be imported (e.g. the parser has not landed yet).
    """
    module_name, _, func_name = spec.partition(":")
    try:
        from quotecheck.model import Document

        func = getattr(importlib.import_module(module_name), func_name or "parse_document")
    except (ImportError, AttributeError) as exc:
        fail(f"parser {spec} not available: {exc}")

    def parse(doc_id: str, text: str) -> list:
        return func(Document(source=doc_id, text=text, date=None))

    parse.document_type = Document  # type: ignore[attr-defined]
    parse.func = func  # type: ignore[attr-defined]
    return parse


# --------------------------------------------------------------------------- spans

_BLOCK = re.compile(r"\n[ \t]*\n\s*")


def clear_caches(package: str = "quotecheck") -> int:
    """Empty every functools cache of the package's loaded modules, so that a timed run does not
    profit from an earlier run over the same texts; returns how many caches were emptied."""
    n = 0
    for name, module in list(sys.modules.items()):
        if name == package or name.startswith(package + "."):
            for obj in vars(module).values():
                if callable(getattr(obj, "cache_clear", None)):
                    obj.cache_clear()
                    n += 1
    return n


def paragraph_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at paragraph breaks (blank lines) into whitespace-trimmed spans.

    The gold has one entry per paragraph for a quote running over several paragraphs, while the
    parser returns one record spanning them; scoring each piece as its own span compares like
    with like.
    """
    pieces = []
    pos = start
    for m in _BLOCK.finditer(text, start, end):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, end))
    out = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


# --------------------------------------------------------------------------- speakers

PRONOUNS = frozenset(
    "i me my we us our you your he him his she her hers it its they them their this that these "
    "those who whom whose which one someone somebody".split()
)
TITLES = frozenset(
    "mr mrs ms miss mx dr prof sen senator rep representative gov governor president pres vice "
    "lt gen col maj capt sgt adm rev fr hon judge justice mayor secretary sec atty "
    "jr sr ii iii iv".split()
)
_WORD = re.compile(r"[^\W_](?:[\w.\-’']*[^\W_])?")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’]|['’])$")
# Where the head of a speaker mention ends: "Name, a spokesman ...", "Name (D-Nev.)",
# "Name of the Group", "Name, who ...".
_HEAD_END = re.compile(r"[,;(\[—–]| -- | (?:who|whose|of|for|at|in|from|with|and)\b", re.I)


def words(s: str | None) -> list[str]:
    """Lowercased words, possessive endings and trailing dots removed; a typographic apostrophe
    reads as a straight one (O’Neill and O'Neill are one name)."""
    if not s:
        return []
    out = []
    for w in _WORD.findall(s.replace("’", "'")):
        w = _POSSESSIVE.sub("", w.lower()).strip(".")
        if w:
            out.append(w)
    return out


def is_pronoun(mention: str | None) -> bool:
    ws = words(mention)
    return len(ws) == 1 and ws[0] in PRONOUNS


def name_key(mention: str | None) -> str | None:
    """The mention's last name-word: the last word of its head, titles (Mr., Sen., ...) dropped.

    "Sen. Ted Cruz (R-Texas)" -> "cruz"; "Jeff Weaver, Sanders' campaign manager," -> "weaver";
    "the campaign" -> "campaign".
    """
    if not mention:
        return None
    head = mention.strip()
    m = _HEAD_END.search(head)
    if m and m.start() > 0:
        head = head[: m.start()]
    ws = [w for w in words(head) if w not in TITLES]
    if not ws:
        ws = [w for w in words(mention) if w not in TITLES]
    return ws[-1] if ws else None


def speaker_matches(gold: str | None, extracted: str | None) -> bool:
    """README rule: the gold's last name-word appears in the extracted speaker, or the other way
    round (case-insensitive, on words)."""
    if not gold or not extracted:
        return False
    gk, ek = name_key(gold), name_key(extracted)
    return bool((gk and gk in words(extracted)) or (ek and ek in words(gold)))


def speaker_class(mention: str | None) -> str:
    """'none', 'pronoun', 'name' (head is a proper noun) or 'description' ("the campaign")."""
    if not mention or not words(mention):
        return "none"
    if is_pronoun(mention):
        return "pronoun"
    head = mention.strip()
    m = _HEAD_END.search(head)
    if m and m.start() > 0:
        head = head[: m.start()]
    raw = [w for w in _WORD.findall(head) if _POSSESSIVE.sub("", w.lower()).strip(".") not in TITLES]
    if not raw:
        return "name"
    first = raw[0].lower()
    if first in {"the", "a", "an", "another", "one", "some", "several", "many", "two", "three"}:
        return "description"
    return "name" if raw[-1][:1].isupper() else "description"


# --------------------------------------------------------------------------- scoring


@dataclass
class Piece:
    """One scored extracted span: a record, or one paragraph of a multi-paragraph record."""

    doc_id: str
    start: int
    end: int
    record: object  # the Quote it came from


@dataclass
class DocScore:
    found: list[tuple[Gold, Piece]]  # gold direct span and the best-overlapping piece
    missed: list[Gold]
    right: list[Piece]
    wrong: list[Piece]


def record_pieces(doc_id: str, text: str, records: Sequence[object]) -> list[Piece]:
    out = []
    for r in records:
        for s, e in paragraph_pieces(text, r.start, r.end):  # type: ignore[attr-defined]
            out.append(Piece(doc_id, s, e, r))
    return out


def score_document(article: Article, pieces: Sequence[Piece]) -> DocScore:
    gold_any = [(q.start, q.end) for q in article.quotes]
    found, missed = [], []
    for g in article.direct():
        glen = g.end - g.start
        best, best_ov = None, 0
        for p in pieces:
            ov = overlap((g.start, g.end), (p.start, p.end))
            if ov > best_ov:
                best, best_ov = p, ov
        if best is not None and 2 * best_ov >= glen:
            found.append((g, best))
        else:
            missed.append(g)
    right, wrong = [], []
    for p in pieces:
        plen = p.end - p.start
        inside = max((overlap((p.start, p.end), span) for span in gold_any), default=0)
        (right if 2 * inside >= plen else wrong).append(p)
    return DocScore(found, missed, right, wrong)


def excerpt(text: str, start: int, end: int, width: int = 90) -> str:
    s = " ".join(text[start:end].split())
    return s if len(s) <= width else s[: width - 3] + "..."
