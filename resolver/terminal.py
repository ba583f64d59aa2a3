"""Untrusted text on the analyst's terminal. Titles, questions, notes, URLs and feed errors are
written by strangers: they are printed as plain text (never Rich markup, emoji codes or
highlighting) and stripped of control characters, so an escape sequence in a feed title (an
OSC 52 clipboard write, a clear-screen, a cursor move, a bidi override) never reaches the
terminal. Every console and table of the CLI comes from here."""

from __future__ import annotations

import re
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

# C0 controls but newline and tab, DEL, C1 controls (0x9b is a one-byte CSI on some terminals),
# and the bidirectional formatting characters that reorder what is shown ("Trojan Source").
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(value: Any) -> str:
    """`value` as text without control characters (newline and tab are kept)."""
    return _CONTROL.sub("", str(value))


def plain(value: Any, style: str = "") -> Text:
    """A Rich Text holding `value` literally (markup is not parsed), cleaned."""
    return Text(clean(value), style=style)


class SafeConsole(Console):
    """A Console whose `print` takes every string as literal, cleaned text: `[/]` in a
    question is printed, not parsed; styling is only possible through Text objects."""

    def print(self, *objects: Any, **kwargs: Any) -> None:  # type: ignore[override]
        kwargs["markup"] = False
        kwargs["emoji"] = False
        kwargs.setdefault("highlight", False)
        super().print(*(plain(o) if isinstance(o, str) else o for o in objects), **kwargs)


class SafeTable(Table):
    """A Table whose string cells are literal, cleaned text."""

    def add_row(self, *renderables: Any, **kwargs: Any) -> None:  # type: ignore[override]
        super().add_row(*(plain(r) if isinstance(r, str) else r for r in renderables), **kwargs)
