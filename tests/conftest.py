"""The test session's own cache directory: no test reads or writes the user's cache."""

from __future__ import annotations

import os
import tempfile

_CACHE = tempfile.mkdtemp(prefix="quotecheck-test-cache-")
os.environ["QUOTECHECK_CACHE_DIR"] = _CACHE  # before any test imports the package; children inherit it
