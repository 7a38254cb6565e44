"""quotecheck: find, attribute, date and verify quotations in news text."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed metadata (the one place for it: pyproject.toml)."""
    if name == "__version__":
        from importlib.metadata import version

        return version("quotecheck-news")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
