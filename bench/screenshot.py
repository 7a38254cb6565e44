"""Make the README's screenshot of the seed article's page again: ``bench/baikonur.page.png``
(not in ``fixtures/``: every file there is an article the tests read as a directory).

    python bench/screenshot.py [--out PATH]

Writes the page with ``quotecheck quotes fixtures/baikonur.txt --format html``, opens it in the
headless Chromium the browser tests use (``tests/_browser.py``, a 1000x700 window), points at
the first quotation so that its details show, and saves the window as a PNG with 16 shades
per channel (half the size, and no image library needed).  Needs the test
extra (selenium) and Debian's chromium and chromium-driver; exits 2 without them.
"""

from __future__ import annotations

import argparse
import struct
import subprocess
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import _browser  # noqa: E402


def _pixels(png: bytes) -> tuple[int, int, int, list[bytes]]:
    """An 8-bit RGB or RGBA PNG's width, height, bytes per pixel and rows (filters undone)."""
    pos, data = 8, b""
    while pos < len(png):
        size, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + size]
        pos += size + 12
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise ValueError("not an 8-bit RGB(A) PNG without interlacing")
        elif kind == b"IDAT":
            data += body
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(data), width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride) if kind else ():
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            else:  # Paeth
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, bpp, rows


def smaller_png(png: bytes, levels: int = 16) -> bytes:
    """The screenshot with ``levels`` shades per channel (text and colours look the same),
    which compresses to about half: an RGB PNG, compressed as hard as zlib can."""
    width, height, bpp, rows = _pixels(png)
    step = 255 / (levels - 1)
    shade = bytes(min(255, round(round(v / step) * step)) for v in range(256))
    data = b"".join(b"\0" + (row if bpp == 3 else b"".join(row[i:i + 3] for i in range(0, len(row), 4)))
                    .translate(shade) for row in rows)

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(data, 9)) + chunk(b"IEND", b""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=str(ROOT / "bench" / "baikonur.page.png"))
    args = parser.parse_args()
    why_not = _browser.missing()
    if why_not:
        print(f"screenshot: {why_not}", file=sys.stderr)
        return 2
    page = subprocess.run([sys.executable, "-m", "quotecheck", "quotes", "fixtures/baikonur.txt",
                           "--format", "html"], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", check=True).stdout
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "baikonur.html"
        path.write_text(page, encoding="utf-8")
        driver = _browser.start(1000, 700)
        try:
            driver.get(path.as_uri())
            quote = driver.find_elements(By.CSS_SELECTOR, "mark.q")[0]
            # scrolled so that the legend (which stays at the top), the quote and its details show
            driver.execute_script("window.scrollBy(0, arguments[0].getBoundingClientRect().top - 110)",
                                  quote)
            ActionChains(driver).move_to_element(quote).perform()
            png = driver.get_screenshot_as_png()
        finally:
            driver.quit()
    Path(args.out).write_bytes(smaller_png(png))
    print(f"{args.out}: {Path(args.out).stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
