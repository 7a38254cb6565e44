"""quotecheck: find, attribute, date and verify quotations in news text."""

__version__ = "0.1.0"
