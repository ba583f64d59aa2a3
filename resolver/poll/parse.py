"""Parsing fetched documents into entries: RSS 2.0 and Atom 1.0 through feedparser, JSON Feed
1.1 by its spec, and local JSON/JSONL article files. Kept apart from fetching."""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from html import unescape


KINDS = ("auto", "rss", "atom", "jsonfeed", "folder", "file")
_TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Entry:
    """One item of a feed, before it becomes an Article."""

    url: str
    title: str
    text: str
    published: datetime | None      # None: the feed gave no time
    summary_only: bool              # the feed carried only a summary


@dataclass(frozen=True)
class ParsedFeed:
    entries: list[Entry]
    warning: str | None = None


class ParseError(Exception):
    """A document that is not a feed of the expected kind."""


def html_to_text(html: str) -> str:
    text = re.sub(r"(?i)<\s*(br|/p|/div|/li|/h\d)\s*/?>", "\n\n", html or "")
    text = unescape(_TAGS.sub(" ", text))
    return re.sub(r"[ \t]+", " ", re.sub(r"\n\s*\n+", "\n\n", text)).strip()


def _parse_time(raw: str | None, parsed) -> datetime | None:
    """Keep the feed's own offset when its date string has one; else feedparser's UTC tuple."""
    if raw:
        for parse in (lambda s: datetime.fromisoformat(s.replace("Z", "+00:00")), parsedate_to_datetime):
            try:
                dt = parse(raw.strip())
            except (TypeError, ValueError, IndexError):
                continue
            if dt.tzinfo is not None:
                return dt
    if parsed:
        return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)
    return None


def parse_xml_feed(body: bytes, url: str, content_type: str = "") -> ParsedFeed:
    """RSS or Atom via feedparser; malformed XML is an error unless entries were still read."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    import feedparser  # imported here: `import resolver.config` (every command) stays light

    doc = feedparser.parse(body, response_headers=headers)
    entries = []
    for e in doc.entries:
        link = e.get("link") or e.get("id")
        if not link:
            continue
        content = ""
        if e.get("content"):
            content = html_to_text(" ".join(c.get("value", "") for c in e.content))
        summary = html_to_text(e.get("summary", ""))
        text = content or summary
        published = _parse_time(e.get("published") or e.get("updated"), e.get("published_parsed") or e.get("updated_parsed"))
        entries.append(Entry(url=link, title=html_to_text(e.get("title", "")), text=text, published=published,
                             summary_only=not content))
    warning = None
    if doc.bozo:
        reason = str(getattr(doc, "bozo_exception", "malformed document")).splitlines()[0]
        if not entries:
            raise ParseError(f"malformed feed: {reason}")
        warning = f"feed is not well-formed ({reason}); read {len(entries)} entries anyway"
    if not doc.version and not entries:
        raise ParseError("not an RSS or Atom feed")
    return ParsedFeed(entries, warning)


def parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    """JSON Feed 1.0/1.1: items with url or id, title, content_text/content_html/summary, date_published."""
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"malformed JSON Feed: {exc}") from None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise ParseError("not a JSON Feed (no jsonfeed.org version)")
    entries = []
    for item in doc.get("items") or []:
        if not isinstance(item, dict):
            continue
        link = item.get("url") or item.get("external_url") or item.get("id")
        if not link:
            continue
        content = item.get("content_text") or html_to_text(item.get("content_html") or "")
        summary = item.get("summary") or ""
        entries.append(Entry(url=str(link), title=str(item.get("title") or ""), text=content or summary,
                             published=_parse_time(item.get("date_published") or item.get("date_modified"), None),
                             summary_only=not content))
    return ParsedFeed(entries)


def parse_document(body: bytes, content_type: str, url: str, kind: str) -> ParsedFeed:
    """Dispatch on the source's kind, or sniff the document when kind is 'auto'."""
    if kind == "jsonfeed":
        return parse_json_feed(body, url)
    if kind in ("rss", "atom"):
        return parse_xml_feed(body, url, content_type)
    head = body[:200].lstrip()
    if "json" in content_type or head.startswith(b"{"):
        return parse_json_feed(body, url)
    return parse_xml_feed(body, url, content_type)
