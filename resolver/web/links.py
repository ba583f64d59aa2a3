"""Links on the review page. URLs come from feeds, article imports and venue APIs, so the page
only ever makes a link of an absolute http(s) URL: `javascript:`, `data:`, `vbscript:`,
scheme-relative `//host` and anything a browser would clean up first (whitespace and control
characters, which browsers strip or ignore inside a scheme) are shown as text, not linked.
Market ids go into paths as one URL-encoded segment each."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit

# Browsers drop leading/trailing C0 controls and spaces and remove tab/newline anywhere in a URL
# before reading its scheme ("java\tscript:" is javascript:); a URL holding any is never linked.
_UNSAFE_CHARS = re.compile(r"[\x00-\x20\x7f-\x9f\\]")


def safe_href(url: Any) -> str | None:
    """`url` if it is an absolute http(s) URL with a host and nothing a browser would rewrite;
    else None (the caller shows it as text)."""
    if not isinstance(url, str) or not url or _UNSAFE_CHARS.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def segment(value: Any) -> str:
    """`value` as one URL path segment: every reserved character encoded, '/' included."""
    return quote(str(value), safe="")
