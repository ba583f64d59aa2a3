"""Market ids are slugs: they name markets in URLs, file names and shell commands. An id is
1–200 characters of ASCII letters, digits, '-', '_' and '.', starting with a letter or digit,
without '..'. Checked whenever markets are imported (files, `market add`, venues); ids stored
before the check existed keep working everywhere (the web page URL-encodes every id)."""

from __future__ import annotations

import re

from .errors import BadInput

MAX_LENGTH = 200
_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")


def is_slug(value: str) -> bool:
    return (isinstance(value, str) and len(value) <= MAX_LENGTH and _SLUG.fullmatch(value) is not None
            and ".." not in value)


def check_market_id(value: str) -> str:
    """`value` when it is a valid market id; else BadInput saying what an id may hold."""
    if not is_slug(value):
        shown = value if len(value) <= 60 else value[:60] + "…"
        raise BadInput(f"market id {shown!r} is not a slug: use 1–{MAX_LENGTH} ASCII letters, digits, '-', '_' "
                       f"or '.', starting with a letter or digit (no '/', '..', spaces or other characters)")
    return value
