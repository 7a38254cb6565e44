"""Exit codes and the one domain exception the command line maps to them."""

from __future__ import annotations

import signal
import sys
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # rows printed / every claim verified
    NO_MATCH = 1  # nothing matched the filters / a claim did not verify
    ERROR = 2  # bad input, bad option, or a bug
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT, as shells report it)


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


class Interrupted(BaseException):
    """Ctrl-C, raised by :func:`catch_interrupts`' handler. A BaseException, and not
    KeyboardInterrupt, so that it passes every ``except Exception`` and typer (which turns a
    KeyboardInterrupt into a silent exit 130) on its way to the entry point."""


def _raise_interrupted(signum, frame) -> None:
    raise Interrupted()


def catch_interrupts():
    """From now on Ctrl-C raises :class:`Interrupted`; returns the handler it replaces."""
    return signal.signal(signal.SIGINT, _raise_interrupted)


def report_interrupted() -> int:
    """The one line for Ctrl-C, with further Ctrl-Cs ignored while it is written; the exit code."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        sys.stderr.write("quotecheck: interrupted\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass  # stderr closed or gone: the exit code still says it
    return ExitCode.INTERRUPTED
