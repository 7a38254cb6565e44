"""The first names' data set, read once and kept in the cache directory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

pytest.importorskip("gender_guesser.detector")
from quotecheck import firstnames  # noqa: E402


@pytest.fixture()
def fresh(tmp_path, monkeypatch):
    """An empty cache directory, and nothing of the data set read yet in this process."""
    monkeypatch.setenv("QUOTECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(firstnames, "_tables", [])
    monkeypatch.setattr(firstnames, "_loaded", [])
    firstnames.lookup.cache_clear()
    yield tmp_path / "cache"
    firstnames.lookup.cache_clear()


# Names the short list does not hold, so that the data set answers: its genders as gender-guesser
# gives them, and a name given to men in some countries and women in others.
EXPECTED = {"Zbigniew": (True, "m"), "Maren": (True, "f"), "Tomás": (True, "m"),
            "Kadri": (True, ""), "Xzqvy": (False, "")}


def test_the_answers_are_kept_and_read_back_without_the_data_set(fresh, monkeypatch):
    assert {name: firstnames.lookup(name) for name in EXPECTED} == EXPECTED
    kept = list(fresh.glob("first-names-*.marshal"))
    assert len(kept) == 1 and kept[0].stat().st_size > 100_000
    # A new process: the answers come from the cache alone, the data set is never read.
    monkeypatch.setattr(firstnames, "_tables", [])
    monkeypatch.setattr(firstnames, "_detector", lambda: pytest.fail("the data set was read again"))
    firstnames.lookup.cache_clear()
    assert {name: firstnames.lookup(name) for name in EXPECTED} == EXPECTED


def test_the_cached_table_is_the_table_it_was_made_from(fresh):
    table = firstnames._table()
    assert len(table) > 40_000
    assert firstnames._unpack(firstnames._pack(table)) == table


def test_a_damaged_cache_is_made_again(fresh, monkeypatch):
    firstnames._table()
    (kept,) = fresh.glob("first-names-*.marshal")
    kept.write_bytes(b"\x00not a table")
    monkeypatch.setattr(firstnames, "_tables", [])
    firstnames.lookup.cache_clear()
    assert firstnames.lookup("Zbigniew") == (True, "m")
    monkeypatch.setattr(firstnames, "_tables", [])
    monkeypatch.setattr(firstnames, "_detector", lambda: pytest.fail("the cache was not made again"))
    firstnames.lookup.cache_clear()
    assert firstnames.lookup("Maren") == (True, "f")


def test_a_cache_directory_that_cannot_be_made_is_no_error(tmp_path, fresh, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("QUOTECHECK_CACHE_DIR", str(blocker / "cache"))
    assert firstnames.lookup("Zbigniew") == (True, "m")
    assert not (blocker / "cache").exists() and os.path.isfile(blocker)
