"""The README documents every command and every option of each."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from quotecheck.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
GROUP = typer.main.get_command(app)
OPTIONS = sorted(
    (name, opt)
    for name, command in GROUP.commands.items()
    for param in command.params
    for opt in param.opts
    if opt.startswith("--") and opt != "--help"
)


def test_every_command_has_options_to_check():
    assert {name for name, _ in OPTIONS} >= {"index", "quotes", "speakers", "verify"}


@pytest.mark.parametrize("command, option", OPTIONS, ids=[f"{c} {o}" for c, o in OPTIONS])
def test_readme_documents_the_option(command, option):
    assert re.search(rf"{re.escape(option)}\b", README), f"README.md never mentions {command} {option}"
