"""`quotecheck verify` on the edits misquotes really contain, built from PolNeAR dev quotes.

    python bench/verify_edits.py [--data DIR] [--per-kind N] [--seed N] [--examples N]

Parses the 84 dev articles, builds one verify Index over them, and from the gold `direct`
quotes that a parsed speech record holds makes claims of eight kinds (N of each, default 150;
fewer where the quotes allow fewer), each with its expected verdict and source passage:

* verbatim: 8-14 words from inside a quote, unchanged -> exact;
* contraction: a stretch with one "do not" written "don't" (or the other way round) -> fuzzy,
  no meaning change;
* dropped: 12-18 words with 2-4 words in the middle left out, no ellipsis -> fuzzy, the whole
  stretch, no meaning change (no negation, number or quantifier among the dropped words);
* ellipsis: 14-22 words with 3-8 in the middle replaced by " ... " -> exact, the whole stretch;
* ellipsis+changed: the same with one word of four letters or more in a piece replaced by a word
  from a fixed list -> fuzzy, the whole stretch;
* negation: "not" added after an auxiliary verb, or a "not" / "n't" / "never" taken away -> fuzzy,
  changes naming `negation`;
* number: a figure or number word changed -> fuzzy, changes naming `number`;
* stitched: 6-10 words from one speaker's quote, " ... ", 6-10 words from a later quote of
  another speaker in the same article -> fuzzy (never exact), from the first to the last word.

Verdict right: the expected verdict.  Passage right: the match, in the right article, covers
at least 90% of the expected passage and spills at most 10% of its length outside it (or is the
same words found elsewhere, a quote printed twice).  Flagged: the expected kind of meaning
change is among the row's `changes`; for the kinds that change no meaning, how many rows name
one anyway (false flags).  A measurement: exits 0 whatever the numbers, 2 when the data is
missing.  Nothing from the data is written anywhere; wrong cases are printed, truncated.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import defaultdict
from dataclasses import dataclass

import _polnear as pn

TARGET_ALL = 0.97
TARGET_KIND = 0.90
TARGET_FLAGGED = 0.95
KINDS = ("verbatim", "contraction", "dropped", "ellipsis", "ellipsis+changed", "negation",
         "number", "stitched")
FLAGGED_KIND = {"negation": "negation", "number": "number"}

# Replacement words: ordinary English words, none taken from the data.
REPLACEMENTS = ("apple basket bicycle blanket candle carpet castle cheese copper cotton dolphin "
                "donkey feather glacier hammer helmet jacket kettle ladder lantern lemon marble "
                "meadow mirror needle orchard oyster pebble pencil pillow puzzle rabbit ribbon "
                "saddle teapot tomato turtle umbrella velvet violin walnut whistle").split()
CONTRACT = {("do", "not"): "don't", ("does", "not"): "doesn't", ("did", "not"): "didn't",
            ("is", "not"): "isn't", ("are", "not"): "aren't", ("was", "not"): "wasn't",
            ("were", "not"): "weren't", ("have", "not"): "haven't", ("has", "not"): "hasn't",
            ("would", "not"): "wouldn't", ("could", "not"): "couldn't", ("will", "not"): "won't",
            ("should", "not"): "shouldn't", ("it", "is"): "it's", ("i", "am"): "I'm",
            ("we", "are"): "we're", ("they", "are"): "they're", ("you", "are"): "you're",
            ("we", "have"): "we've", ("i", "have"): "I've", ("that", "is"): "that's"}
EXPAND = {v.lower(): k for k, v in CONTRACT.items()}
AUXILIARIES = set("is are was were will can could would should do does did has have had must".split())
NEGATING = {"not", "never"}
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve twenty thirty "
                "forty fifty hundred thousand million billion").split()
MEANINGFUL = (NEGATING | set(NUMBER_WORDS) | set("no nobody nothing none all every some many most "
                                                 "few always often never".split()))
_BAD = re.compile(r"[\"“”«»\[\]()…]|\.\.|--")
_DIGITS = re.compile(r"\d+")


@dataclass
class Word:
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        return self.text.strip(".,;:!?'’").lower().replace("’", "'")


@dataclass
class Case:
    kind: str
    doc: int
    claim: str
    expect: str
    start: int  # expected passage in the article's text
    end: int


def load(data_dir) -> list[tuple[str, str, list[tuple[int, int, str | None]]]]:
    """(doc_id, text, [(inner_start, inner_end, speaker) of each gold direct quote])."""
    try:
        path = pn.split_path(data_dir, "dev")
        out = []
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                if not line.strip():
                    continue
                rec = json.loads(line)
                quotes, seen = [], set()
                for q in rec.get("quotes", ()):
                    s, e = q.get("inner_start", q["start"]), q.get("inner_end", q["end"])
                    if q["type"] == "direct" and (s, e) not in seen and e > s:
                        seen.add((s, e))
                        quotes.append((s, e, q.get("speaker")))
                out.append((rec["doc_id"], rec["text"], sorted(quotes)))
        return out
    except pn.DataMissing as exc:
        pn.fail(str(exc))
    except (OSError, ValueError, KeyError) as exc:
        pn.fail(f"cannot read PolNeAR dev split under {data_dir}: {exc}")


def words_of(text: str, s: int, e: int) -> list[Word]:
    return [Word(m.group(), s + m.start(), s + m.end()) for m in re.finditer(r"\S+", text[s:e])]


def stretches(words: list[Word], lo: int, hi: int, rng: random.Random) -> list[list[Word]]:
    """Clean runs of lo..hi words (no quote marks, brackets or ellipses), in random order."""
    out = []
    for n in range(hi, lo - 1, -1):
        for a in range(0, len(words) - n + 1):
            run = words[a : a + n]
            if not any(_BAD.search(w.text) for w in run) and sum(any(c.isalpha() for c in w.text) for w in run) >= n - 1:
                out.append(run)
        if out:
            break
    rng.shuffle(out)
    return out


def join(run: list[Word]) -> str:
    return " ".join(w.text for w in run)


def make(kind: str, doc: int, words: list[Word], rng: random.Random) -> Case | None:
    """One claim of ``kind`` from one quote's words, or None if the quote has no room for it."""
    def case(claim: str, expect: str, run: list[Word]) -> Case:
        return Case(kind, doc, claim, expect, run[0].start, run[-1].end)

    if kind == "verbatim":
        for run in stretches(words, 8, 14, rng)[:1]:
            return case(join(run), "exact", run)
    if kind == "contraction":
        for run in stretches(words, 10, 16, rng):
            for i in range(1, len(run) - 2):
                pair = (run[i].bare, run[i + 1].bare)
                if pair in CONTRACT and run[i].text.isalpha() and run[i + 1].text.isalpha():
                    new = CONTRACT[pair]
                    if run[i].text[0].isupper():
                        new = new[0].upper() + new[1:]
                    return case(join(run[:i]) + f" {new} " + join(run[i + 2 :]), "fuzzy", run)
                if run[i].bare in EXPAND and run[i].text.replace("’", "'").lower() == run[i].bare:
                    a, b = EXPAND[run[i].bare]
                    if run[i].text[0].isupper():
                        a = a.capitalize()
                    return case(join(run[:i]) + f" {a} {b} " + join(run[i + 1 :]), "fuzzy", run)
    if kind == "dropped":
        for run in stretches(words, 12, 18, rng)[:3]:
            k = rng.randint(2, 4)
            a = rng.randint(2, len(run) - k - 2)
            if any(w.bare in MEANINGFUL or w.bare.endswith("n't") or _DIGITS.search(w.text) for w in run[a : a + k]):
                continue
            if any(w.text[-1] in ".,;:!?" for w in run[a - 1 : a + k]):
                continue  # a cut at a sentence or clause end reads as two claims
            return case(join(run[:a] + run[a + k :]), "fuzzy", run)
    if kind in ("ellipsis", "ellipsis+changed"):
        for run in stretches(words, 14, 22, rng)[:3]:
            k = rng.randint(3, min(8, len(run) - 8))
            a = rng.randint(4, len(run) - k - 4)
            left, right = run[:a], run[a + k :]
            if kind == "ellipsis+changed":
                piece = rng.choice((left, right))
                spots = [i for i, w in enumerate(piece) if w.text.isalpha() and len(w.text) >= 4
                         and w.bare not in MEANINGFUL and not w.text[0].isupper()]
                if not spots:
                    continue
                i = rng.choice(spots)
                piece[i] = Word(rng.choice(REPLACEMENTS), piece[i].start, piece[i].end)
            return case(join(left) + " ... " + join(right), "fuzzy" if "changed" in kind else "exact", run)
    if kind == "negation":
        for run in stretches(words, 8, 16, rng):
            for i in range(1, len(run) - 1):
                w = run[i]
                if w.bare in NEGATING and w.text.isalpha():
                    return case(join(run[:i] + run[i + 1 :]), "fuzzy", run)
                if w.bare.endswith("n't") and w.bare in EXPAND:
                    base = EXPAND[w.bare][0]
                    base = base if w.text[0].islower() else base.capitalize()
                    return case(join(run[:i]) + f" {base} " + join(run[i + 1 :]), "fuzzy", run)
                if w.bare in AUXILIARIES and w.text.isalpha() and run[i + 1].bare not in NEGATING:
                    return case(join(run[: i + 1]) + " not " + join(run[i + 1 :]), "fuzzy", run)
    if kind == "number":
        for run in stretches(words, 8, 16, rng):
            for i, w in enumerate(run):
                m = _DIGITS.search(w.text)
                if m and i > 0:
                    n = int(m.group()) + rng.randint(1, 9)
                    new = w.text[: m.start()] + str(n) + w.text[m.end() :]
                    return case(join(run[:i]) + f" {new} " + join(run[i + 1 :]), "fuzzy", run)
                if w.bare in NUMBER_WORDS and w.text.isalpha() and i > 0:
                    new = rng.choice([x for x in NUMBER_WORDS[:12] if x != w.bare])
                    return case(join(run[:i]) + f" {new} " + join(run[i + 1 :]), "fuzzy", run)
    return None


def stitched(doc: int, quotes: list[tuple[list[Word], str | None]], rng: random.Random) -> Case | None:
    """6-10 words of one speaker's quote ... 6-10 words of a later one by another speaker."""
    for i in rng.sample(range(len(quotes)), len(quotes)):
        first, who = quotes[i]
        later = [q for q in quotes[i + 1 :] if q[1] and who and pn.name_key(q[1]) != pn.name_key(who)
                 and not pn.is_pronoun(q[1]) and not pn.is_pronoun(who)]
        if not later:
            continue
        second = rng.choice(later)[0]
        a = stretches(first, 6, 10, rng)
        b = stretches(second, 6, 10, rng)
        if a and b:
            return Case("stitched", doc, join(a[0]) + " ... " + join(b[0]), "fuzzy", a[0][0].start, b[0][-1].end)
    return None


def key(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.replace("’", "'").casefold()))


def passage_right(case: Case, v, doc_id: str, text: str) -> bool:
    if v.start is None:
        return False
    if v.source == doc_id:
        want = case.end - case.start
        overlap = max(0, min(v.end, case.end) - max(v.start, case.start))
        if overlap >= 0.9 * want and (v.end - v.start) - overlap <= 0.1 * want:
            return True
    return key(v.match or "") == key(text[case.start : case.end])


def share(ok: int, n: int) -> str:
    return f"{ok / n:.1%}" if n else "-"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    pn.add_common_args(ap)
    ap.add_argument("--per-kind", type=int, default=150, metavar="N", help="claims of each kind (default: 150)")
    ap.add_argument("--seed", type=int, default=1, help="seed for choosing and editing (default: 1)")
    ap.add_argument("--examples", type=int, default=2, metavar="N", help="wrong cases shown per kind (default: 2)")
    args = ap.parse_args()

    articles = load(args.data)
    parse = pn.load_parser(args.parser)
    from quotecheck.verify import Claim, Index, verify

    Document = parse.document_type  # type: ignore[attr-defined]
    documents, records = [], []
    for doc_id, text, _ in articles:
        doc = Document(source=doc_id, text=text, date=None)
        documents.append(doc)
        records.append([r for r in parse.func(doc) if r.kind == "speech"])  # type: ignore[attr-defined]
    index = Index.build(zip(documents, records))

    # quotes a parsed speech record holds: the verdict then depends on verify alone
    rng = random.Random(args.seed)
    held: list[tuple[int, list[Word], str | None]] = []
    skipped = 0
    for d, (_, text, quotes) in enumerate(articles):
        for s, e, who in quotes:
            if any(r.start <= s and e <= r.end for r in records[d]):
                held.append((d, words_of(text, s, e), who))
            else:
                skipped += 1
    cases: list[Case] = []
    for kind in KINDS[:-1]:
        made = 0
        for d, words, _ in rng.sample(held, len(held)):
            if made >= args.per_kind:
                break
            c = make(kind, d, words, rng)
            if c is not None:
                cases.append(c)
                made += 1
    by_doc: dict[int, list[tuple[list[Word], str | None]]] = defaultdict(list)
    for d, words, who in held:
        by_doc[d].append((words, who))
    made = 0
    for d in rng.sample(sorted(by_doc), len(by_doc)) * 4:
        if made >= args.per_kind:
            break
        c = stitched(d, by_doc[d], rng)
        if c is not None and not any(o.kind == "stitched" and o.claim == c.claim for o in cases):
            cases.append(c)
            made += 1

    t0 = time.perf_counter()
    results = [(c, verify(Claim(c.claim), index)[0]) for c in cases]
    elapsed = time.perf_counter() - t0

    print(f"verify on edited claims: {len(articles)} PolNeAR dev articles, {len(held)} gold direct "
          f"quotes held by a parsed speech record ({skipped} not, left out); {len(cases)} claims, "
          f"seed {args.seed}, {len(cases) / elapsed:.0f} claims/s")
    print(f"{'kind':18} {'n':>4} {'verdict':>8} {'passage':>8} {'both':>7} {'flagged':>8}  verdicts")
    total = both_total = 0
    kind_ok: dict[str, float] = {}
    flagged_share: dict[str, float] = {}
    wrong: dict[str, list[str]] = defaultdict(list)
    for kind in KINDS:
        rows = [(c, v) for c, v in results if c.kind == kind]
        n = len(rows)
        verdict_ok = passage_ok = both = flagged = 0
        counts: dict[str, int] = defaultdict(int)
        for c, v in rows:
            doc_id, text, _ = articles[c.doc]
            vr = v.verdict == c.expect
            pr = passage_right(c, v, doc_id, text)
            verdict_ok += vr
            passage_ok += pr
            both += vr and pr
            counts[v.verdict] += 1
            want = FLAGGED_KIND.get(kind)
            named = {ch.split(":", 1)[0] for ch in v.changes}
            flagged += (want in named) if want else bool(named)
            if not (vr and pr) and len(wrong[kind]) < args.examples:
                wrong[kind].append(f"  [{kind}] {c.claim[:90]!r}\n      expect {c.expect}, got {v.verdict} "
                                   f"{v.score}; passage {'right' if pr else 'wrong'}: {(v.match or '')[:90]!r}"
                                   f"\n      notes: {'; '.join(v.notes)[:120]}")
        total += n
        both_total += both
        kind_ok[kind] = both / n if n else 0.0
        flagged_share[kind] = flagged / n if n else 0.0
        label = "flagged" if kind in FLAGGED_KIND else "false"
        print(f"{kind:18} {n:4d} {share(verdict_ok, n):>8} {share(passage_ok, n):>8} {share(both, n):>7} "
              f"{share(flagged, n):>8}  {label}; " + ", ".join(f"{k} {counts[k]}" for k in sorted(counts)))
    print(f"{'all':18} {total:4d} {'':>8} {'':>8} {share(both_total, total):>7}")
    print("wrong (examples):")
    for kind in KINDS:
        for line in wrong[kind]:
            print(line)
    stitched_exact = sum(1 for c, v in results if c.kind == "stitched" and v.verdict == "exact")
    overall = both_total / total if total else 0.0
    print(f"target right overall >= {TARGET_ALL:.0%}: {'met' if overall >= TARGET_ALL else 'NOT met'} ({overall:.1%})")
    low = [k for k in KINDS if kind_ok[k] < TARGET_KIND]
    print(f"target every kind >= {TARGET_KIND:.0%}: {'met' if not low else 'NOT met: ' + ', '.join(low)}"
          f" (lowest {min(kind_ok.values()):.1%})")
    for k in FLAGGED_KIND:
        print(f"target {k} flagged >= {TARGET_FLAGGED:.0%}: "
              f"{'met' if flagged_share[k] >= TARGET_FLAGGED else 'NOT met'} ({flagged_share[k]:.1%})")
    print(f"target no stitched claim exact: {'met' if not stitched_exact else 'NOT met'} ({stitched_exact})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
