"""`quotecheck --help`, each command's --help and the README agree: every command and every
option is in both; an old name kept hidden for one release is in the README, not in --help."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from quotecheck.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
GROUP = typer.main.get_command(app)
COMMANDS = sorted(GROUP.commands)


def _help(*words: str) -> str:
    result = CliRunner().invoke(app, [*words, "--help"], prog_name="quotecheck")
    assert result.exit_code == 0, result.output
    return result.output


def _options(command) -> list[tuple[str, bool]]:
    """Each long option name of a command (--help aside), with whether it is hidden."""
    return [(opt, param.hidden) for param in command.params for opt in param.opts
            if opt.startswith("--") and opt != "--help"]


OPTIONS = sorted((name, opt, hidden) for name in COMMANDS
                 for opt, hidden in _options(GROUP.commands[name]))
ROOT_OPTIONS = sorted(opt for opt, hidden in _options(GROUP) if not hidden)


def test_the_commands_are_the_ones_the_readme_and_help_list():
    listed = re.findall(r"^  (\w+)  ", _help().split("Commands:")[1], re.M)
    assert sorted(listed) == COMMANDS
    in_readme = set(re.findall(r"^\$ quotecheck (\w+) ", README, re.M))
    assert in_readme >= set(COMMANDS)


@pytest.mark.parametrize("option", ROOT_OPTIONS)
def test_root_options_are_in_help_and_readme(option):
    assert re.search(rf"(^|\s){re.escape(option)}\b", _help(), re.M)
    assert re.search(rf"{re.escape(option)}\b", README), f"README.md never mentions {option}"


@pytest.mark.parametrize("command, option, hidden", OPTIONS,
                         ids=[f"{c} {o}" for c, o, _ in OPTIONS])
def test_every_option_is_in_the_readme_and_in_help_unless_hidden(command, option, hidden):
    shown = re.search(rf"(^|\s|, ){re.escape(option)}\b(?!-)", _help(command), re.M)
    assert bool(shown) is not hidden, (command, option, "hidden" if hidden else "visible")
    assert re.search(rf"`[^`]*{re.escape(option)}\b(?!-)[^`]*`", README), \
        f"README.md never mentions {command} {option}"


def test_every_hidden_option_is_named_in_the_readme_as_an_old_name():
    old_names = README.split("Old names, kept for one release")[1].split("\n\n")[0]
    for command, option, hidden in OPTIONS:
        if hidden:
            assert option in old_names, (command, option)
