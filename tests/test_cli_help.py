"""Every `--help` prints its own words and the README's: help texts are not read as markup
(words in brackets survive), and every option the README's CLI reference names for a command
is in that command's help."""

from __future__ import annotations

import re
from pathlib import Path

import click
import typer
from typer.testing import CliRunner

from resolver.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def commands() -> dict[tuple[str, ...], click.Command]:
    """Every command and group, by its path of names."""
    found: dict[tuple[str, ...], click.Command] = {}

    def walk(cmd: click.Command, path: tuple[str, ...]) -> None:
        found[path] = cmd
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, path + (name,))

    walk(typer.main.get_command(app), ())
    return found


def flat(text: str) -> str:
    """Whitespace-insensitive, and blind to a line wrapped after a hyphen."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


def help_of(path: tuple[str, ...]) -> str:
    r = runner.invoke(app, [*path, "--help"], env={"COLUMNS": "100"})
    assert r.exit_code == 0, (path, r.output)
    return flat(r.output)


def test_every_help_prints_every_word_of_its_help_texts():
    for path, cmd in commands().items():
        shown = help_of(path)
        texts = [p.help for p in cmd.params if getattr(p, "help", None)]
        if cmd.help:
            texts.append(cmd.help.split("\n\n")[0])
        for text in texts:
            assert flat(text) in shown, (path, text)


def test_bracketed_words_survive():
    assert "or [server] host" in help_of(("serve",))
    assert "(or TOML [[markets]])" in help_of(("market", "import"))


def test_every_option_in_the_readme_reference_is_in_the_help():
    readme = (ROOT / "README.md").read_text()
    table = readme[readme.index("## CLI reference"):readme.index("## Configuration")]
    known = commands()
    checked = 0
    for row in re.findall(r"^\| `resolver ([^`]+)`", table, re.M):
        for usage in re.split(r"`, `resolver ", row):
            words = usage.split()
            path: tuple[str, ...] = ()
            while words and path + (words[0],) in known:
                path += (words.pop(0),)
            assert path, usage
            shown = help_of(path)
            for option in re.findall(r"--[a-z][a-z-]*", usage):
                assert option in shown, (usage, option)
                checked += 1
    assert checked > 30
