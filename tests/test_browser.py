"""The HTML pages in a real browser: headless Chromium (Debian's ``chromium`` and
``chromium-driver``, which ``.ci/run`` installs) driven by selenium, loading the pages the
command writes through ``file://`` URLs and checking what a person sees.  Expected values come
from the command's TSV output and the claims written here, never from the page itself.
Skipped, with the reason, only where no browser can be had."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import _browser

ROOT = Path(__file__).resolve().parents[1]
SEED = "fixtures/baikonur.txt"

why_not = _browser.missing()
pytestmark = [pytest.mark.slow, pytest.mark.skipif(why_not is not None, reason=why_not or "")]


def quotecheck(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "quotecheck", *args], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8")


def tsv(*args: str) -> list[dict]:
    done = quotecheck(*args, "--format", "tsv")
    assert done.stderr == ""
    return list(csv.DictReader(io.StringIO(done.stdout), delimiter="\t", quoting=csv.QUOTE_NONE))


def page_file(directory: Path, name: str, *args: str) -> str:
    """The page the command writes for these arguments, saved; its file:// URL."""
    done = quotecheck(*args, "--format", "html")
    assert done.stderr == "" and done.returncode in (0, 1)
    path = directory / name
    path.write_text(done.stdout, encoding="utf-8")
    return path.as_uri()


@pytest.fixture(scope="module")
def browser():
    driver = _browser.start()
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    directory = tmp_path_factory.mktemp("pages")
    claims = directory / "claims.csv"
    claims.write_text(CLAIMS, encoding="utf-8")
    hostile = directory / "hostile.txt"
    hostile.write_text(HOSTILE, encoding="utf-8")
    mixed = directory / "mixed.txt"
    mixed.write_text(MIXED, encoding="utf-8")
    return {
        "mixed": page_file(directory, "mixed.html", "quotes", str(mixed)),
        "mixed_rows": tsv("quotes", str(mixed)),
        "seed": page_file(directory, "seed.html", "quotes", SEED),
        "verify": page_file(directory, "verify.html", "verify", "--claims", str(claims), SEED),
        "hostile": page_file(directory, "hostile.html", "quotes", str(hostile), "--all"),
        "claims": str(claims),
    }


def by_css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def legend(driver) -> dict[str, object]:
    """Each legend button by the speaker name it shows."""
    return {by_css(b, ".name")[0].text: b for b in by_css(driver, "nav.legend button[data-group]")
            if b.get_attribute("data-group")}


def visible_quotes(driver, key: str | None = None) -> list:
    return [q for q in by_css(driver, "mark.q" + (f".{key}" if key else "")) if q.is_displayed()]


# -- the quotes page ---------------------------------------------------------------------------


def test_each_speaker_has_as_many_highlights_as_tsv_rows(browser, pages):
    expected = Counter(row["speaker"] for row in tsv("quotes", SEED))
    browser.get(pages["seed"])
    buttons = legend(browser)
    assert set(buttons) == set(expected)
    for name, button in buttons.items():
        key = button.get_attribute("data-group")
        assert len(visible_quotes(browser, key)) == expected[name]
        number = by_css(button, "sup")[0].text
        # colour is not the only sign: each highlight carries its speaker's number
        assert {by_css(q, "sup.n")[0].text for q in visible_quotes(browser, key)} == {number}
    assert len(visible_quotes(browser)) == sum(expected.values())


def _tip_starts(tip, row: dict, number: str) -> bool:
    """Whether the tooltip names the row's speaker, with their number, then their role."""
    lines = [f"Speaker {number}: {row['speaker']}"] + ([f"Role: {row['role']}"] if row["role"] else [])
    return tip.text.splitlines()[:len(lines)] == lines


def test_hover_shows_the_quotes_details(browser, pages):
    from selenium.webdriver.common.action_chains import ActionChains

    row = next(r for r in tsv("quotes", SEED) if r["via"] == "pronoun")  # Lavrov's "he added"
    browser.get(pages["seed"])
    number = by_css(legend(browser)[row["speaker"]], "sup")[0].text
    tip = browser.find_element("id", "tip")
    assert not tip.is_displayed()
    quote = next(q for q in by_css(browser, "mark.q") if row["quote"] in q.text)
    ActionChains(browser).move_to_element(quote).perform()
    assert tip.is_displayed()
    lines = tip.text.splitlines()
    assert _tip_starts(tip, row, number)
    assert f"Date: {row['date']} ({row['date_source']}: a date the text ties to the occasion)" in lines
    assert f"Cue: {row['cue']}" in lines
    assert f"Found via: {row['via']} (a pronoun, resolved to a person)" in lines
    assert f"Mention: \u201c{row['speaker_mention']}\u201d" in lines
    ActionChains(browser).move_to_element(browser.find_element("tag name", "h1")).perform()
    assert not tip.is_displayed()


def test_tab_focuses_the_quotes_in_order_and_shows_their_details(browser, pages):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    rows = tsv("quotes", SEED)
    browser.get(pages["seed"])
    numbers = {name: by_css(b, "sup")[0].text for name, b in legend(browser).items()}
    tip = browser.find_element("id", "tip")
    tabs = len(legend(browser)) + 1  # the legend's buttons ("all" too) come first
    ActionChains(browser).send_keys(Keys.TAB * tabs).perform()
    for row in rows:
        ActionChains(browser).send_keys(Keys.TAB).perform()
        focused = browser.switch_to.active_element
        assert focused.tag_name == "mark" and row["quote"] in focused.text
        assert tip.is_displayed() and _tip_starts(tip, row, numbers[row["speaker"]])
    ActionChains(browser).send_keys(Keys.ESCAPE).perform()
    assert not tip.is_displayed()


def test_the_legend_shows_one_speakers_quotes(browser, pages):
    rows = tsv("quotes", SEED)
    expected = Counter(row["speaker"] for row in rows)
    browser.get(pages["seed"])
    buttons = legend(browser)
    for name in expected:
        button = buttons[name]
        key = button.get_attribute("data-group")
        button.click()
        assert button.get_attribute("aria-pressed") == "true"
        shown = visible_quotes(browser)
        assert len(shown) == expected[name]
        assert all(key in q.get_attribute("class").split() for q in shown)
        # their paragraphs stay, with the words naming the speaker
        assert all(m.is_displayed() for m in by_css(browser, f".mention.{key}"))
        button.click()  # again: everyone
        assert len(visible_quotes(browser)) == len(rows)
    lavrov = buttons["Sergey Lavrov"]
    lavrov.click()
    assert len(visible_quotes(browser)) == expected["Sergey Lavrov"]
    by_css(browser, 'nav.legend button[data-group=""]')[0].click()  # "all"
    assert len(visible_quotes(browser)) == len(rows)
    assert lavrov.get_attribute("aria-pressed") == "false"


MIXED = (
    "\u201cWe will build the bridge,\u201d said Mayor Ann Brook. \u201cNo, we will not,\u201d "
    "said Carl Dent, a councillor.\n\n"
    "The council met again on Tuesday.\n\n"
    "\u201cIt is far too costly,\u201d Dent added.\n"
)


def test_one_speakers_quotes_among_others_in_a_paragraph(browser, pages):
    rows = pages["mixed_rows"]
    brook = [r["quote"] for r in rows if r["speaker"] == "Ann Brook"]
    others = [r["quote"] for r in rows if r["speaker"] != "Ann Brook"]
    assert len(brook) == 1 and len(others) == 2
    browser.get(pages["mixed"])
    legend(browser)["Ann Brook"].click()
    assert [q.text[1:] for q in visible_quotes(browser)] == brook
    hidden = [q for q in by_css(browser, "mark.q") if not q.is_displayed()]
    assert sorted(q.get_attribute("textContent")[1:] for q in hidden) == sorted(others)
    # Dent's quote in Brook's paragraph is cut to a visible [...]; the other paragraphs go
    assert [e.text for e in by_css(browser, ".elided") if e.is_displayed()] == ["[\u2026]"]
    assert [p.is_displayed() for p in by_css(browser, ".para")] == [True, False, False]
    assert "said Carl Dent" in by_css(browser, ".para")[0].text


def _luminance(rgb: str) -> float:
    parts = [float(x) / 255 for x in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in parts]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_highlights_read_in_light_and_dark(browser, pages, scheme):
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia",
                            {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    try:
        browser.get(pages["seed"])
        page_bg = browser.execute_script("return getComputedStyle(document.body).backgroundColor")
        assert (_luminance(page_bg) < 0.1) == (scheme == "dark")
        for quote in by_css(browser, "mark.q"):
            colour = quote.value_of_css_property("color")
            background = quote.value_of_css_property("background-color")
            assert _contrast(colour, background) >= 4.5, (scheme, quote.text[:30])
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})


HOSTILE = (
    "<script>window.pwned=1</script>\n\n"
    "A reader pasted <img src=x onerror=\"window.pwned=1\"> into the comment box.\n\n"
    "\u201cI typed <script>window.pwned=1</script> and nothing happened,\u201d said Ann Brook, "
    "a tester.\n"
)


def test_a_script_in_the_article_is_shown_not_run(browser, pages):
    browser.get(pages["hostile"])
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    body = browser.find_element("tag name", "body").text
    assert body.count("<script>window.pwned=1</script>") == 2
    assert "<img src=x onerror=\"window.pwned=1\">" in body
    assert by_css(browser, "section.doc img") == [] and len(by_css(browser, "script")) == 1
    assert any("<script>window.pwned=1</script>" in q.text for q in visible_quotes(browser))


# -- the verify page -------------------------------------------------------------------------

CLAIMS = (
    "id,claim,speaker\n"
    "exact,\u201cRussia is a major space power.\u201d,Idrissov\n"
    "fuzzy,\"Therefore, any arguments and assertions regarding stopping cooperation are absurd\",Idrissov\n"
    "absent,The cosmodrome will be closed to all launches next spring,\n"
)


def test_verify_page_shows_each_claim_beside_its_passage(browser, pages):
    rows = {row["id"]: row for row in tsv("verify", "--claims", pages["claims"], SEED)}
    browser.get(pages["verify"])
    cards = by_css(browser, "article.claim")
    assert len(cards) == 3
    for card, id_ in zip(cards, ("exact", "fuzzy", "absent")):
        row = rows[id_]
        assert by_css(card, "h2")[0].text.startswith(f"Claim {id_}")
        assert by_css(card, ".verdict")[0].text == row["verdict"]
        assert float(by_css(card, ".score")[0].text.split()[1]) == float(row["score"])
        if row["match"]:
            assert by_css(card, "mark.passage")[0].text == row["match"]
    exact, fuzzy, absent = cards
    assert [row["verdict"] for row in rows.values()] == ["exact", "fuzzy", "not-found"]
    assert by_css(exact, "del, ins") == []
    assert "\u2713 ok" in exact.text  # the speaker check
    assert [d.text for d in by_css(fuzzy, ".claim-side del")] == ["absurd"]
    assert [i.text for i in by_css(fuzzy, ".source-side ins")] == ["preposterous"]
    assert all(m.is_displayed() for m in by_css(fuzzy, "del, ins"))
    struck = by_css(fuzzy, ".claim-side del")[0].value_of_css_property("text-decoration-line")
    assert "line-through" in struck  # not colour alone
    assert by_css(absent, ".claim-side del")  # the closest passage differs
