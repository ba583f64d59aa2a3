"""Article text from a web page, for feed entries that carry only a summary (trafilatura)."""

from __future__ import annotations

import trafilatura


def extract_text(html: bytes | str, url: str) -> str | None:
    """The main text of an article page, or None when nothing article-like is found."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", errors="replace")
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False, favor_precision=True)
    return text.strip() if text and text.strip() else None
