"""Exit codes and the one domain exception the command line maps to them."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # rows printed / every claim verified
    NO_MATCH = 1  # nothing matched the filters / a claim did not verify
    ERROR = 2  # bad input, bad option, or a bug


class QuotecheckError(Exception):
    """An error the user can act on: printed as one line on stderr, exit code 2."""


class InputError(QuotecheckError):
    """One input could not be read; the other inputs are still processed."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):  # made in a worker process, reported by the main one
        return (type(self), (self.source, self.reason))
