"""The console script's entry point. Ctrl-C is caught from the first moment, before the command
line's own imports (typer, the pipeline) have run: one line and exit 130 even during start-up."""

from __future__ import annotations

import sys

from quotecheck.errors import Interrupted, catch_interrupts, report_interrupted


def main() -> None:
    catch_interrupts()
    try:
        from quotecheck.cli import main as run

        run()
    except (Interrupted, KeyboardInterrupt):
        sys.exit(report_interrupted())
