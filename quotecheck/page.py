"""Results -> one self-contained HTML page for people (``--format html``).

:func:`render_quotes_page`: each document's text with its quotations highlighted in their
speaker's colour and numbered as in the legend, the attribution's words underlined, details on
hover or focus, and a legend that shows one speaker's quotes at a time.
:func:`render_verify_page`: each claim beside the passage it matched, with the word diff, the
verdict, the checks, and the passage in its paragraph of the source.

The page loads nothing from elsewhere: its style and script are inline, and its Content
Security Policy allows no network access and no script but its own (by hash).  Every piece of
text from a document, a claim or a file name goes through :func:`esc`.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from quotecheck.claims import Claim, strip_outer_quotes
from quotecheck.model import Document, Quote, Verdict
from quotecheck.render import visible
from quotecheck.spans import paragraphs

# --------------------------------------------------------------------------- text and marks

# Characters HTML does not allow as text (C0 and C1 controls but tab and line feed, and the
# surrogate escapes of a file name's undecodable bytes): shown as render.visible writes them.
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def esc(value: object) -> str:
    """Text (or an attribute value) for the page: markup characters and quote marks escaped,
    characters HTML does not allow written out as ``\\x1b``; None is empty."""
    if value is None:
        return ""
    return html.escape(_NOT_TEXT.sub(lambda m: visible(m.group()), str(value)), quote=True)


@dataclass(frozen=True)
class Mark:
    """An element around ``text[start:end]``: ``opening`` and ``closing`` are its tags."""

    start: int
    end: int
    opening: str
    closing: str


def marked(text: str, lo: int, hi: int, marks: Iterable[Mark]) -> str:
    """``text[lo:hi]`` escaped, with the marks inside it as elements.  Marks nest; one that
    would cross the end of a mark around it is cut there, and an empty one is left out."""
    out: list[str] = []
    pos = lo
    open_ends: list[tuple[int, str]] = []

    def close_to(limit: int) -> None:
        nonlocal pos
        while open_ends and open_ends[-1][0] <= limit:
            end, closing = open_ends.pop()
            out.append(esc(text[pos:end]) + closing)
            pos = end

    for m in sorted(marks, key=lambda m: (m.start, -m.end)):
        start, end = max(m.start, lo), min(m.end, hi)
        close_to(start)
        if open_ends:
            end = min(end, open_ends[-1][0])
        if end <= start or start < pos:
            continue
        out.append(esc(text[pos:start]) + m.opening)
        pos = start
        open_ends.append((end, m.closing))
    close_to(hi)
    out.append(esc(text[pos:hi]))
    return "".join(out)


def blocks(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The text's paragraphs as ``(start, end)``, those a span crosses joined into one."""
    paras = paragraphs(text)
    joined = [False] * len(paras.starts)  # paragraph i goes on with paragraph i - 1's block
    for start, end in spans:
        for i in range(paras.index(start) + 1, paras.index(max(start, end - 1)) + 1):
            joined[i] = True
    out: list[tuple[int, int]] = []
    for i, (start, end) in enumerate(zip(paras.starts, paras.ends)):
        if joined[i] and out:
            out[-1] = (out[-1][0], end)
        elif end > start:
            out.append((start, end))
    return out


# --------------------------------------------------------------------------- the page


# Named speakers' colours, as hues: ten far apart; past ten they repeat, the numbers do not.
_HUES = (212, 28, 135, 280, 352, 180, 50, 320, 95, 250)

_BASE_CSS = """
:root { color-scheme: light dark; --bg: #fdfdfb; --fg: #1b1b1b; --muted: #5a5a5a;
  --line: #c8c8c8; --panel: #f1f1ee; --ok: #1d6b2c; --bad: #a3161b; --unknown: #6b5200; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #16181b; --fg: #e8e8e6; --muted: #a9a9a9; --line: #4a4d52; --panel: #23262a;
    --ok: #7fd68f; --bad: #ff8a8a; --unknown: #e5c76b; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 62rem; padding: 1rem 1.25rem 3rem; background: var(--bg);
  color: var(--fg); font: 16px/1.6 Georgia, "DejaVu Serif", serif; }
h1, h2, h3, nav, .meta, .tip, button, dl, .note { font-family: system-ui, "DejaVu Sans", sans-serif; }
h1 { font-size: 1.35rem; margin: .5rem 0; } h2 { font-size: 1.1rem; margin: 1.5rem 0 .25rem; }
h3 { font-size: .95rem; margin: 0 0 .25rem; color: var(--muted); }
.meta, .note { color: var(--muted); font-size: .9rem; margin: .25rem 0; }
.src { font-family: ui-monospace, "DejaVu Sans Mono", monospace; overflow-wrap: anywhere; }
:focus-visible { outline: 3px solid var(--fg); outline-offset: 2px; }
"""

_QUOTES_CSS = """
nav.legend { position: sticky; top: 0; z-index: 2; background: var(--bg); padding: .5rem 0;
  border-bottom: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: .35rem; }
nav.legend button { font: inherit; font-size: .9rem; color: var(--fg); background: var(--panel);
  border: 1px solid var(--line); border-left: .6rem solid var(--c, var(--line));
  border-radius: .3rem; padding: .15rem .5rem; cursor: pointer; }
nav.legend button[aria-pressed="true"] { outline: 3px solid var(--fg); font-weight: 600; }
nav.legend .count { color: var(--muted); }
.para { white-space: pre-wrap; margin: 0 0 1rem; }
mark.q { color: inherit; background: var(--hl); border-bottom: 2px solid var(--c);
  border-radius: .15rem; padding: 0 .05rem; cursor: help; }
mark.q.unnamed { background: transparent; border-bottom: 2px dotted var(--c); }
mark.q.term { background: transparent; border: 1px dashed var(--c); border-radius: .3rem;
  font-style: italic; }
sup.n { font: 700 .7rem/1 system-ui, "DejaVu Sans", sans-serif; color: var(--bg);
  background: var(--c); border-radius: .5rem; padding: .05rem .3rem; margin-right: .15rem;
  vertical-align: super; }
.mention { text-decoration: underline; text-decoration-color: var(--c);
  text-decoration-thickness: 2px; text-underline-offset: .2em; }
.elided { color: var(--muted); }
.tip { position: absolute; z-index: 3; max-width: 26rem; white-space: pre-line; font-size: .85rem;
  line-height: 1.45; background: var(--panel); color: var(--fg); border: 1px solid var(--line);
  border-left: .4rem solid var(--c, var(--line)); border-radius: .3rem; padding: .4rem .6rem;
  box-shadow: 0 .2rem .6rem rgba(0,0,0,.25); pointer-events: none; }
"""

_VERIFY_CSS = """
article.claim { border: 1px solid var(--line); border-radius: .4rem; padding: .25rem 1rem 1rem;
  margin: 1rem 0; }
article.claim h2 { display: flex; flex-wrap: wrap; gap: .6rem; align-items: baseline; }
.verdict { font-size: .85rem; border: 2px solid currentColor; border-radius: 1rem; padding: 0 .6rem; }
.v-exact .verdict { color: var(--ok); } .v-fuzzy .verdict { color: var(--unknown); }
.v-not-quoted .verdict, .v-not-found .verdict { color: var(--bad); }
.score { font-size: .9rem; color: var(--muted); font-weight: normal; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
@media (max-width: 40rem) { .sides { grid-template-columns: 1fr; } }
.side { background: var(--panel); border-radius: .3rem; padding: .5rem .75rem; }
.side p { margin: 0; white-space: pre-wrap; }
del.diff { color: var(--bad); text-decoration: line-through 2px; }
ins.diff { color: var(--ok); text-decoration: underline 2px; }
del.diff::before, ins.diff::before { font: 700 .7rem system-ui, sans-serif; vertical-align: super; }
del.diff::before { content: "\\2212"; } ins.diff::before { content: "+"; }
del.replaced::before, ins.replaced::before { content: "\\21C4"; }
dl.checks { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .75rem 0; }
dl.checks dt { font-weight: 600; } dl.checks dd { margin: 0; }
.check-ok { color: var(--ok); } .check-wrong { color: var(--bad); } .check-unknown { color: var(--unknown); }
.context { white-space: pre-wrap; margin: .25rem 0 0; }
mark.passage { color: inherit; background: transparent; outline: 2px solid var(--unknown);
  border-radius: .15rem; }
"""

_QUOTES_JS = """
(() => {
  const tip = document.getElementById("tip");
  let shown = null;
  function show(q) {
    shown = q;
    tip.textContent = q.dataset.tip;
    tip.style.setProperty("--c", getComputedStyle(q).getPropertyValue("--c"));
    tip.hidden = false;
    const r = q.getBoundingClientRect();
    const left = Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, left) + window.scrollX + "px";
    tip.style.top = r.bottom + window.scrollY + 6 + "px";
    q.setAttribute("aria-describedby", "tip");
  }
  function hide() {
    if (shown) shown.removeAttribute("aria-describedby");
    shown = null;
    tip.hidden = true;
  }
  const quoteAt = (e) => e.target.closest && e.target.closest("mark.q");
  document.addEventListener("mouseover", (e) => { const q = quoteAt(e); if (q) show(q); });
  document.addEventListener("mouseout", (e) => { if (quoteAt(e) && document.activeElement !== shown) hide(); });
  document.addEventListener("focusin", (e) => { const q = quoteAt(e); if (q) show(q); else hide(); });
  document.addEventListener("focusout", (e) => { if (quoteAt(e)) hide(); });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(); });

  const buttons = document.querySelectorAll("nav.legend button");
  let current = "";
  function only(group) {
    current = group;
    for (const b of buttons) b.setAttribute("aria-pressed", String(b.dataset.group === group));
    for (const q of document.querySelectorAll("mark.q")) {
      const on = !group || q.classList.contains(group) || q.querySelector("mark.q." + group) !== null;
      q.hidden = !on;
      q.nextElementSibling.hidden = on;
    }
    for (const p of document.querySelectorAll(".para")) {
      p.hidden = Boolean(group) && p.querySelector("mark.q." + group) === null;
    }
    for (const d of document.querySelectorAll("section.doc")) {
      d.hidden = Boolean(group) && d.querySelector("mark.q." + group) === null;
    }
    hide();
  }
  for (const b of buttons) {
    b.addEventListener("click", () => only(b.dataset.group === current ? "" : b.dataset.group));
  }
})();
"""


def _script_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def _page(title: str, css: str, body: str, script: str = "") -> str:
    """The whole page: a policy that lets it load nothing and run only its own script."""
    scripts = _script_hash(script) if script else "'none'"
    policy = f"default-src 'none'; style-src 'unsafe-inline'; script-src {scripts}; img-src data:"
    return (
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        f"<title>{esc(title)}</title>\n<style>{_BASE_CSS}{css}</style>\n</head>\n<body>\n"
        f"{body}\n" + (f"<script>{script}</script>\n" if script else "") + "</body>\n</html>\n"
    )


# --------------------------------------------------------------------------- quotes


@dataclass(frozen=True)
class Group:
    """One legend entry: a named speaker, the speech of no one named, or the terms.
    ``key`` is its CSS class, ``label`` the number (or sign) each of its quotes carries."""

    key: str
    label: str
    name: str
    count: int
    hue: int | None  # None: grey


_DATE_SOURCES = {
    "explicit": "a date in the attribution's own sentence",
    "context": "a date the text ties to the occasion",
    "document": "the document's own date",
}
_VIA = {
    "name": "the attribution names the speaker",
    "pronoun": "a pronoun, resolved to a person",
    "description": "a description (\u201cthe minister\u201d)",
    "document": "a document credited (\u201ca note on ...\u201d)",
    "continuation": "continues the quote before it",
    "narration": "the narration just before reports the speaker",
}


def speaker_groups(quotes: Iterable[Quote]) -> tuple[list[Group], dict[str | None, Group]]:
    """The legend: named speakers numbered from 1 in order of first appearance, then the
    speech of no one named (``?``) and the terms (``T``); and each group by speaker name
    (None and ``"\\0term"`` for the other two)."""
    counts: dict[str | None, int] = {}
    for q in quotes:
        who = "\0term" if q.kind != "speech" else q.speaker
        counts[who] = counts.get(who, 0) + 1
    by_name: dict[str | None, Group] = {}
    named = [n for n in counts if n not in (None, "\0term")]
    for i, name in enumerate(named, 1):
        by_name[name] = Group(f"g{i}", str(i), name, counts[name], _HUES[(i - 1) % len(_HUES)])
    if None in counts:
        by_name[None] = Group("gu", "?", "no speaker named", counts[None], None)
    if "\0term" in counts:
        by_name["\0term"] = Group("gt", "T", "terms (no speech cue)", counts["\0term"], None)
    groups = [by_name[n] for n in (*named, None, "\0term") if n in by_name]
    return groups, by_name


def group_of(q: Quote, by_name: dict[str | None, Group]) -> Group:
    return by_name["\0term" if q.kind != "speech" else q.speaker]


def _group_css(groups: Sequence[Group]) -> str:
    """Each group's colour (``--c``, for lines and labels) and highlight (``--hl``), in the
    light scheme and the dark one."""
    light, dark = [], []
    for g in groups:
        if g.hue is None:
            light.append(f".{g.key} {{ --c: #6e6e6e; --hl: #e6e6e6; }}")
            dark.append(f".{g.key} {{ --c: #b4b4b4; --hl: #3a3a3a; }}")
        else:
            light.append(f".{g.key} {{ --c: hsl({g.hue} 70% 32%); --hl: hsl({g.hue} 85% 89%); }}")
            dark.append(f".{g.key} {{ --c: hsl({g.hue} 75% 70%); --hl: hsl({g.hue} 45% 24%); }}")
    return ("\n".join(light) + "\n@media (prefers-color-scheme: dark) {\n" + "\n".join(dark)
            + "\n}\n")


def quote_details(q: Quote, g: Group) -> str:
    """What hovering or focusing a quote shows, one fact a line."""
    if q.kind != "speech":
        head = "Term: quoted words with no speech cue"
    elif q.speaker:
        head = f"Speaker {g.label}: {q.speaker}"
    else:
        head = f"Speaker: none named ({q.speaker_mention or 'no attribution'})"
    lines = [head]
    if q.role:
        lines.append(f"Role: {q.role}")
    if q.kind == "speech":
        dated = (f"{q.date} ({q.date_source}: {_DATE_SOURCES.get(q.date_source or '', q.date_source)})"
                 if q.date else "none")
        lines.append(f"Date: {dated}")
        lines.append(f"Cue: {q.cue or 'none'}")
        if q.via:
            lines.append(f"Found via: {q.via} ({_VIA.get(q.via, q.via)})")
        if q.speaker_mention:
            lines.append(f"Mention: \u201c{q.speaker_mention}\u201d")
    lines.append(f"Line {q.line}")
    return "\n".join(lines)


_MENTION_REACH = 600  # how far from its quote an attribution's words are looked for
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class Quoted:
    """The stretches of a text inside quotations: ``starts`` and ``ends`` of disjoint spans."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, quotes: Iterable[Quote]) -> Quoted:
        merged: list[list[int]] = []
        for q in sorted(quotes, key=lambda q: q.start):
            if merged and q.start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], q.end)
            else:
                merged.append([q.start, q.end])
        return cls(tuple(s for s, _ in merged), tuple(e for _, e in merged))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1
        return i >= 0 and self.ends[i] > start


def mention_span(text: str, q: Quote, quoted: Quoted) -> tuple[int, int] | None:
    """Where ``q.speaker_mention`` is in the text: its occurrence as whole words nearest the
    quote, outside every quotation, within ``_MENTION_REACH`` characters; None if there is none."""
    mention = q.speaker_mention
    if not mention:
        return None
    lo, hi = max(0, q.start - _MENTION_REACH - len(mention)), min(len(text), q.end + _MENTION_REACH)
    best: tuple[int, int] | None = None
    at = text.find(mention, lo, hi)
    while at >= 0:
        end = at + len(mention)
        whole = not (_WORD_CHAR.match(text, at - 1) and at and mention[0].isalnum()
                     or _WORD_CHAR.match(text, end) and mention[-1].isalnum())
        distance = q.start - end if end <= q.start else at - q.end
        if whole and distance >= 0 and (best is None or distance < best[0]) and not quoted.overlaps(at, end):
            best = (distance, at)
        at = text.find(mention, at + 1, hi)
    return None if best is None else (best[1], best[1] + len(mention))


def _quote_marks(doc: Document, quotes: Sequence[Quote], by_name: dict[str | None, Group]) -> list[Mark]:
    marks = []
    mentions: dict[tuple[int, int], Group] = {}
    quoted = Quoted.of(quotes)
    for q in quotes:
        g = group_of(q, by_name)
        kind = "term" if q.kind != "speech" else ("unnamed" if g.key == "gu" else "speech")
        opening = (f'<mark class="q {g.key} {kind}" tabindex="0" data-tip="{esc(quote_details(q, g))}">'
                   f'<sup class="n" aria-hidden="true">{esc(g.label)}</sup>')
        marks.append(Mark(q.start, q.end, opening, '</mark><span class="elided" hidden>[\u2026]</span>'))
        found = mention_span(doc.text, q, quoted)
        if found is not None and q.kind == "speech":
            mentions.setdefault(found, g)
    for (start, end), g in mentions.items():
        marks.append(Mark(start, end, f'<span class="mention {g.key}">', "</span>"))
    return marks


def _document_section(doc: Document, quotes: Sequence[Quote], by_name: dict[str | None, Group]) -> str:
    quotes = sorted(quotes, key=lambda q: (q.start, q.end))
    marks = sorted(_quote_marks(doc, quotes, by_name), key=lambda m: m.start)
    starts = [m.start for m in marks]
    # a block holds whole quotes, and mentions never cross paragraphs: its marks start in it
    paras = "\n".join(
        f'<p class="para">{marked(doc.text, s, e, marks[bisect_left(starts, s):bisect_left(starts, e)])}</p>'
        for s, e in blocks(doc.text, ((q.start, q.end) for q in quotes)))
    dated = f"dated {esc(doc.date)} ({esc(doc.date_origin)}); " if doc.date else ""
    count = len(quotes)
    return (f'<section class="doc">\n<h2 class="src">{esc(doc.source)}</h2>\n'
            f'<p class="meta">{dated}{count} quotation{"s" if count != 1 else ""}</p>\n'
            f'{paras}\n</section>')


def render_quotes_page(pairs: Iterable[tuple[Document, Sequence[Quote]]], *, title: str | None = None) -> str:
    """The page of ``quotes``: each document with quotes, its text with them marked."""
    pairs = list(pairs)
    shown = [(d, qs) for d, qs in pairs if qs]
    groups, by_name = speaker_groups(q for _, qs in shown for q in qs)
    legend = "\n".join(
        f'<button type="button" class="{g.key}" data-group="{g.key}" aria-pressed="false">'
        f'<sup class="n">{esc(g.label)}</sup> <span class="name">{esc(g.name)}</span> '
        f'<span class="count">({g.count})</span></button>' for g in groups)
    total = sum(len(qs) for _, qs in shown)
    title = title or f"quotecheck: {total} quotation{'s' if total != 1 else ''}"
    left_out = [d.source for d, qs in pairs if not qs]
    body = [f"<h1>{esc(title)}</h1>"]
    if groups:
        body.append('<nav class="legend" aria-label="Speakers: show only one speaker\'s quotes">\n'
                    '<button type="button" data-group="" aria-pressed="true">all</button>\n'
                    f"{legend}\n</nav>")
        body.append('<p class="note">A quotation is highlighted in its speaker\'s colour and '
                    "numbered as in the legend; the words naming the speaker are underlined. "
                    "Hover over a quotation or move to it with Tab for its details; pick a speaker "
                    "in the legend to see only their quotes.</p>")
    else:
        body.append('<p class="note">No quotations found.</p>')
    body.extend(_document_section(d, qs, by_name) for d, qs in shown)
    if left_out:
        names = ", ".join(f'<span class="src">{esc(s)}</span>' for s in left_out)
        body.append(f'<p class="note">No quotations shown in: {names}</p>')
    body.append('<div id="tip" class="tip" role="tooltip" hidden></div>')
    return _page(title, _QUOTES_CSS + _group_css(groups), "\n".join(body), _QUOTES_JS)


# --------------------------------------------------------------------------- verify


class Sources(Protocol):
    """What the page needs of verify's index: its documents and where each came from."""

    documents: Sequence[Document]

    def source_of(self, d: int) -> str: ...


_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


def _word_key(word: str) -> str:
    return word.casefold().replace("\u2019", "'")


def word_diff(claim: str, passage: str) -> tuple[list[Mark], list[Mark]]:
    """The words of the claim the passage lacks (``<del>``) and those of the passage the claim
    lacks (``<ins>``), each run of them one mark; a replaced run is marked on both sides."""
    from rapidfuzz.distance import Levenshtein

    a = list(_WORD.finditer(claim))
    b = list(_WORD.finditer(passage))
    ours: list[Mark] = []
    theirs: list[Mark] = []
    for op in Levenshtein.opcodes([_word_key(m.group()) for m in a], [_word_key(m.group()) for m in b]):
        if op.tag == "equal":
            continue
        kind = "replaced" if op.tag == "replace" else "only"
        if op.src_end > op.src_start:
            ours.append(Mark(a[op.src_start].start(), a[op.src_end - 1].end(),
                             f'<del class="diff {kind}">', "</del>"))
        if op.dest_end > op.dest_start:
            theirs.append(Mark(b[op.dest_start].start(), b[op.dest_end - 1].end(),
                               f'<ins class="diff {kind}">', "</ins>"))
    return ours, theirs


_VERDICT_SAYS = {
    "exact": "word for word",
    "fuzzy": "roughly: words differ, or the words are there but not as the claim has them",
    "not-quoted": "the words are in the source, but not inside a quotation",
    "not-found": "not in the sources",
}
_CHECK_SIGN = {"ok": "\u2713 ok", "wrong": "\u2717 wrong", "unknown": "? unknown"}
_CONTEXT_REACH = 700  # characters of a long paragraph shown either side of the passage
_paragraphs = functools.lru_cache(maxsize=16)(paragraphs)  # a source's, once for all its claims


def _check(claimed: str | None, found: str | None, check: str | None, what: str) -> str:
    if check is None:
        return f"not claimed; the source gives {esc(found) if found else 'none'}"
    return (f'<span class="check-{esc(check)}">{esc(_CHECK_SIGN.get(check, check))}</span>: '
            f"claimed {esc(claimed)}, the source gives {esc(found) if found else f'no {what}'}")


def _in_paragraph(doc: Document, start: int, end: int) -> str:
    """The paragraphs holding ``text[start:end]``, with it marked (a long one cut around it)."""
    text = doc.text
    paras = _paragraphs(text)
    lo = paras.starts[paras.index(start)]
    hi = max(paras.ends[paras.index(max(start, end - 1))], end)
    cut_lo, cut_hi = max(lo, start - _CONTEXT_REACH), min(hi, end + _CONTEXT_REACH)
    shown = marked(text, cut_lo, cut_hi, [Mark(start, end, '<mark class="passage">', "</mark>")])
    return ("\u2026" if cut_lo > lo else "") + shown + ("\u2026" if cut_hi < hi else "")


def _claim_card(n: int, claim: Claim, v: Verdict, docs: dict[str, Document]) -> str:
    said = strip_outer_quotes(claim.text)
    ours, theirs = word_diff(said, v.match or "")
    where = (f'<span class="src">{esc(v.source)}</span>, line {esc(v.line)}' if v.source else "")
    if v.match is None:
        passage = "<p>No passage in the sources comes close.</p>"
    else:
        passage = f"<p>{marked(v.match, 0, len(v.match), theirs)}</p>"
    side_title = "Closest passage" if v.verdict == "not-found" else "Source passage"
    rows = [
        ("Speaker", _check(claim.speaker, v.speaker, v.speaker_check, "speaker")),
        ("Date", _check(claim.date, v.date, v.date_check, "date")),
    ]
    if v.changes:
        rows.append(("Meaning changes", esc("; ".join(v.changes))))
    if v.notes:
        rows.append(("Notes", esc("; ".join(v.notes))))
    checks = "\n".join(f"<dt>{name}</dt><dd>{value}</dd>" for name, value in rows)
    doc = docs.get(v.source or "")
    context = ""
    if doc is not None and v.start is not None and v.end is not None:
        context = (f'<h3>In its paragraph ({where})</h3>\n'
                   f'<p class="context">{_in_paragraph(doc, v.start, v.end)}</p>')
    label = f"Claim {esc(claim.id)}" if claim.id else f"Claim {n}"
    return (
        f'<article class="claim v-{esc(v.verdict)}">\n'
        f'<h2>{label} <span class="verdict">{esc(v.verdict)}</span> '
        f'<span class="score">score {v.score:g} of 100 \u2014 {esc(_VERDICT_SAYS.get(v.verdict, ""))}</span></h2>\n'
        '<div class="sides">\n'
        f'<div class="side claim-side"><h3>Claim</h3><p>{marked(said, 0, len(said), ours)}</p></div>\n'
        f'<div class="side source-side"><h3>{side_title}{f" ({where})" if where else ""}</h3>{passage}</div>\n'
        "</div>\n"
        f'<dl class="checks">\n{checks}\n</dl>\n{context}\n</article>'
    )


def claims_with_verdicts(claims: Sequence[Claim], verdicts: Sequence[Verdict]) -> list[tuple[Claim, Verdict]]:
    """Each verdict with its claim: verify gives at least one per claim, in claim order, and a
    claim's further verdicts (``--all-matches``) carry its id."""
    out = []
    i = 0
    for c, claim in enumerate(claims):
        out.append((claim, verdicts[i]))
        i += 1
        claims_left = len(claims) - c - 1
        while i < len(verdicts) - claims_left and verdicts[i].id == claim.id:
            out.append((claim, verdicts[i]))
            i += 1
    return out


def render_verify_page(claims: Sequence[Claim], verdicts: Sequence[Verdict], index: Sources, *,
                       title: str | None = None) -> str:
    """The page of ``verify``: a card per verdict (see :func:`claims_with_verdicts`)."""
    wanted = {v.source for v in verdicts if v.source is not None}
    docs: dict[str, Document] = {}
    for d in range(len(index.documents)):
        if len(docs) == len(wanted):
            break
        source = index.source_of(d)
        if source in wanted and source not in docs:
            docs[source] = index.documents[d]
    paired = claims_with_verdicts(claims, verdicts)
    tally: dict[str, int] = {}
    for _, v in paired:
        tally[v.verdict] = tally.get(v.verdict, 0) + 1
    title = title or f"quotecheck: {len(claims)} claim{'s' if len(claims) != 1 else ''} checked"
    summary = ", ".join(f"{n} {esc(verdict)}" for verdict, n in tally.items())
    body = [f"<h1>{esc(title)}</h1>",
            f'<p class="meta">{summary}</p>',
            ('<p class="note">Word diff: <del class="diff only">struck</del> words are in the claim '
             'and not the source; <ins class="diff only">underlined</ins> words are in the source '
             'and not the claim; \u21c4 marks words replaced by others.</p>')]
    body.extend(_claim_card(n, c, v, docs) for n, (c, v) in enumerate(paired, 1))
    return _page(title, _VERIFY_CSS, "\n".join(body))
