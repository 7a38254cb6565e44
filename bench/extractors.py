"""Which HTML extractor reads a saved news page best: trafilatura, the standard-library one, or
both as `extract_html` combines them (trafilatura first; the standard-library extractor for
pages over 600 KB, pages nested deeper than lxml builds, and when trafilatura finds under 250
characters).

The pages are built here, from the 31 fixture articles, in eight layouts modelled on the
markup of common publishing systems (a WordPress blog with comments, a national daily with
asides and "most read" lists, a broadcaster's text blocks without <article>, an old table
layout with <br><br> paragraphs, an AMP page, a deeply nested single-page-app page, a local
paper with paywall, newsletter and teaser boxes, a press release with bullet lists). Every
layout puts quotations in its boilerplate too (comments, teasers, captions, newsletter
boxes), so that a leak shows in the quotes found. No page leaves the machine and none is
stored: `python bench/extractors.py` builds and scores them in about a minute.

Per extractor, over the 248 pages:

- word recall and precision against the article's own text (bags of words);
- the article's quotations kept (quotecheck's own records on the plain text, found again on
  the extracted text) and the quotations found that are not the article's (boilerplate
  leaked into the output);
- time per page.
"""

from __future__ import annotations

import html
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quotecheck import reader  # noqa: E402
from quotecheck.model import Document  # noqa: E402
from quotecheck.parse import parse_document  # noqa: E402

FIXTURES = sorted((ROOT / "fixtures").glob("*.txt"))
WORD = re.compile(r"\w+")

NAV = ('<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>'
       '<li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>')
TEASERS = ('<div class="related-stories"><h3>Related</h3><ul>'
           '<li><a href="/a">“We were never told,” says flood victim</a></li>'
           '<li><a href="/b">Council leader: “The budget is balanced”</a></li></ul></div>')
COMMENTS = ('<section id="comments" class="comments-area"><h2>3 comments</h2>'
            '<div class="comment"><p>“This is a disgrace,” wrote one reader, J. Smith.</p></div>'
            '<div class="comment"><p>I agree. “Shame on them,” as my father used to say.</p></div>'
            '</section>')
NEWSLETTER = ('<div class="newsletter-signup"><p>“The best local news, every morning,” '
              'says our editor. Sign up now.</p><form><input type="email"></form></div>')
COOKIE = '<div class="cookie-banner" role="dialog"><p>We use cookies. <button>Accept</button></p></div>'
FOOTER = ('<footer class="site-footer"><p>© 2025 The Daily Example. “Independent since 1851.”</p>'
          '<ul><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></footer>')
MOST_READ = ('<aside class="most-read"><h2>Most read</h2><ol><li><a href="/1">“I saw it fall,” '
             'says witness</a></li><li><a href="/2">Mayor quits</a></li></ol></aside>')
CAPTION = ('<figure><img src="x.jpg" alt=""><figcaption>“A sad day,” a resident said of the '
           'closure. Photo: Staff</figcaption></figure>')
SHARE = '<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>'
PAYWALL = ('<div class="paywall-prompt"><p>“Journalism that matters,” our readers say. '
           'Subscribe for £1.</p></div>')
AD = '<div class="ad-slot advert"><p>Advertisement</p></div>'


def paragraphs(text: str) -> tuple[str, list[str]]:
    paras = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
    return paras[0], paras[1:]


def ps(paras: list[str], cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return "".join(f"<p{attr}>{html.escape(p, quote=False)}</p>" for p in paras)


def head(title: str) -> str:
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}'
            ' | The Daily Example</title><meta property="article:published_time" '
            'content="2025-04-03T09:00:00Z"><script>var ads = {"slot": "“top”"};</script>'
            '<style>.x{color:red}</style></head>')


def wordpress(title, paras):
    half = len(paras) // 2
    return (head(title) + f'<body class="single-post">{COOKIE}<header id="masthead">{NAV}</header>'
            f'<div id="content" class="site-content"><article class="post type-post">'
            f'<header class="entry-header"><h1 class="entry-title">{html.escape(title)}</h1>'
            '<div class="byline">By Staff Reporter · April 3, 2025</div></header>'
            f'<div class="entry-content">{ps(paras[:half])}{AD}{ps(paras[half:])}</div>'
            f'{SHARE}</article>{TEASERS}{COMMENTS}</div>{FOOTER}</body></html>')


def daily(title, paras):
    return (head(title) + f'<body>{NAV}<main><div class="content__headline"><h1>{html.escape(title)}'
            f'</h1></div>{CAPTION}<div class="content__article-body">{ps(paras[:2])}'
            f'<aside class="element-rich-link"><p>Related: <a href="/r">“Cuts will bite,” warns '
            f'union</a></p></aside>{ps(paras[2:])}</div>{MOST_READ}</main>{FOOTER}</body></html>')


def broadcaster(title, paras):
    blocks = "".join(f'<div data-component="text-block"><div class="ssrcss-text">'
                     f'{ps([p])}</div></div>' for p in paras)
    return (head(title) + f'<body><div id="orb-banner">{NAV}</div><div id="main-content">'
            f'<div data-component="headline-block"><h1>{html.escape(title)}</h1></div>{blocks}'
            f'<div data-component="links-block">{TEASERS}</div></div>{FOOTER}</body></html>')


def tables(title, paras):
    body = "<br><br>".join(html.escape(p, quote=False) for p in paras)
    return (head(title) + '<body><table width="100%"><tr><td width="150" valign="top">'
            '<a href="/">Home</a><br><a href="/news">News</a><br><a href="/weather">Weather</a>'
            f'</td><td valign="top"><font size="5"><b>{html.escape(title)}</b></font><br><br>'
            f'<font face="Arial">{body}</font></td></tr></table>'
            '<center><font size="1">Copyright 2003 The Daily Example</font></center></body></html>')


def amp(title, paras):
    return (head(title).replace("<html", "<html amp") + f'<body><amp-sidebar id="sidebar">{NAV}'
            f'</amp-sidebar><article class="amp-article"><h1>{html.escape(title)}</h1>'
            f'<amp-img src="x.jpg" width="600" height="400"></amp-img><div class="amp-article-body">'
            f'{ps(paras)}</div></article><amp-ad type="doubleclick"></amp-ad>{FOOTER}</body></html>')


def spa(title, paras):
    deep = 30
    opening = "".join(f'<div class="css-{n}x">' for n in range(deep))
    closing = "</div>" * deep
    return (head(title) + f'<body><div id="root">{opening}<header>{NAV}</header><section>'
            f'<h1 class="pw-post-title">{html.escape(title)}</h1>'
            f'{ps(paras, "pw-post-body-paragraph")}</section>{SHARE}{closing}'
            f'<div class="recommended">{TEASERS}</div></div></body></html>')


def local(title, paras):
    return (head(title) + f'<body>{COOKIE}<div class="masthead">{NAV}</div>'
            f'<div class="story"><h1>{html.escape(title)}</h1>{ps(paras[:3])}{NEWSLETTER}'
            f'{ps(paras[3:])}{PAYWALL}</div><div class="sidebar">{MOST_READ}</div>'
            f'{COMMENTS}{FOOTER}</body></html>')


def press(title, paras):
    bullets = "".join(f"<li>{html.escape(p, quote=False)}</li>" for p in paras[-2:])
    return (head(title) + f'<body>{NAV}<div class="release"><h1>{html.escape(title)}</h1>'
            f'<div class="release-body">{ps(paras[:-2])}<ul>{bullets}</ul></div>'
            '<div class="contact"><p>Media contact: press@example.org, 01234 567890</p></div>'
            f'</div>{FOOTER}</body></html>')


LAYOUTS = [wordpress, daily, broadcaster, tables, amp, spa, local, press]


def trafilatura_only(page: str) -> str:
    traf = reader._load_trafilatura()
    return reader._trafilatura_text(traf, page) or ""


def stdlib_only(page: str) -> str:
    return reader._PageParser.parse(page).article_text()


def shipped(page: str) -> str:
    return reader.extract_html(page)[0]


EXTRACTORS = {"trafilatura": trafilatura_only, "standard library": stdlib_only,
              "extract_html (both)": shipped}


def quotes_of(text: str) -> list[str]:
    return [" ".join(q.quote.split()) for q in parse_document(Document("x", text))
            if q.kind == "speech"]


def main() -> None:
    cases = []
    for path in FIXTURES:
        text = path.read_text(encoding="utf-8")
        title, paras = paragraphs(text)
        gold_text = "\n\n".join([title, *paras])
        gold_words = Counter(w.lower() for w in WORD.findall(gold_text))
        gold_quotes = quotes_of("\n\n".join(paras))
        for layout in LAYOUTS:
            cases.append((layout.__name__, layout(title, paras), gold_words, gold_quotes))
    print(f"{len(cases)} pages ({len(FIXTURES)} articles x {len(LAYOUTS)} layouts)\n")
    print(f"{'extractor':22} {'recall':>7} {'precision':>9} {'quotes kept':>12} "
          f"{'quotes leaked':>13} {'ms/page':>8}  pages with a quote lost (by layout)")
    for name, extract in EXTRACTORS.items():
        hit = got = want = kept = total_quotes = leaked = 0
        elapsed = 0.0
        lost_by_layout: Counter = Counter()
        leaked_by_layout: Counter = Counter()
        for layout, page, gold_words, gold_quotes in cases:
            t0 = time.perf_counter()
            out = extract(page)
            elapsed += time.perf_counter() - t0
            words = Counter(w.lower() for w in WORD.findall(out))
            hit += sum((words & gold_words).values())
            got += sum(words.values())
            want += sum(gold_words.values())
            flat = " ".join(out.split())
            k = sum(1 for q in gold_quotes if q in flat)
            kept += k
            total_quotes += len(gold_quotes)
            if k < len(gold_quotes):
                lost_by_layout[layout] += 1
            extra = sum(1 for q in quotes_of(out) if q not in gold_quotes)
            leaked += extra
            leaked_by_layout[layout] += extra
        print(f"{name:22} {hit / want:7.3f} {hit / max(got, 1):9.3f} {kept / total_quotes:12.3f} "
              f"{leaked:13d} {1000 * elapsed / len(cases):8.1f}  {_by_layout(lost_by_layout)}")
        print(f"{'':22} quotes leaked by layout: {_by_layout(leaked_by_layout)}")


def _by_layout(counts: Counter) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if v) or "none"


if __name__ == "__main__":
    main()
