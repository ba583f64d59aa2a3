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
    skipped: int = 0                # items that could not be read (each is skipped, the rest kept)


class ParseError(Exception):
    """A document that is not a feed of the expected kind."""


def html_to_text(html: str) -> str:
    text = re.sub(r"(?i)<\s*(br|/p|/div|/li|/h\d)\s*/?>", "\n\n", html or "")
    text = unescape(_TAGS.sub(" ", text))
    return re.sub(r"[ \t]+", " ", re.sub(r"\n\s*\n+", "\n\n", text)).strip()


def _parse_time(raw: str | None, parsed) -> datetime | None:
    """Keep the feed's own offset when its date string has one; else feedparser's UTC tuple."""
    if raw is not None and not isinstance(raw, str):
        raise ValueError(f"date is a {type(raw).__name__}, not a string")
    if raw:
        for parse in (lambda s: datetime.fromisoformat(s.replace("Z", "+00:00")), parsedate_to_datetime):
            try:
                dt = parse(raw.strip())
            except (TypeError, ValueError, IndexError, OverflowError):
                continue
            if dt.tzinfo is not None:
                return dt
    if parsed:
        try:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=timezone.utc)
        except (OverflowError, ValueError, OSError):
            raise ValueError("date out of range") from None
    return None


def _text(value, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"'{name}' is a {type(value).__name__}, not a string")
    return value


def parse_xml_feed(body: bytes, url: str, content_type: str = "") -> ParsedFeed:
    """RSS or Atom via feedparser; malformed XML is an error unless entries were still read."""
    headers = {"content-location": url}
    if content_type:
        headers["content-type"] = content_type
    import feedparser  # imported here: `import resolver.config` (every command) stays light

    doc = feedparser.parse(body, response_headers=headers)
    entries, skipped, first_skip = [], 0, None
    for n, e in enumerate(doc.entries, 1):
        try:
            link = e.get("link") or e.get("id")
            if not link:
                continue
            content = ""
            if e.get("content"):
                content = html_to_text(" ".join(c.get("value", "") for c in e.content))
            summary = html_to_text(e.get("summary", ""))
            text = content or summary
            published = _parse_time(e.get("published") or e.get("updated"),
                                    e.get("published_parsed") or e.get("updated_parsed"))
            entries.append(Entry(url=link, title=html_to_text(e.get("title", "")), text=text, published=published,
                                 summary_only=not content))
        except (TypeError, ValueError, AttributeError) as exc:
            skipped += 1
            first_skip = first_skip or f"skipped item {n}: {exc}"
    warning = None
    if doc.bozo:
        reason = str(getattr(doc, "bozo_exception", "malformed document")).splitlines()[0]
        if not entries:
            raise ParseError(f"malformed feed: {reason}")
        warning = f"feed is not well-formed ({reason}); read {len(entries)} entries anyway"
    if not doc.get("version") and not entries and not skipped:
        raise ParseError("not an RSS or Atom feed")
    return ParsedFeed(entries, warning or first_skip, skipped)


def parse_json_feed(body: bytes, url: str) -> ParsedFeed:
    """JSON Feed 1.0/1.1: items with url or id, title, content_text/content_html/summary, date_published."""
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ParseError(f"malformed JSON Feed: {exc}") from None
    except RecursionError:
        raise ParseError("malformed JSON Feed: nested too deeply") from None
    if not isinstance(doc, dict) or not str(doc.get("version", "")).startswith("https://jsonfeed.org/version/"):
        raise ParseError("not a JSON Feed (no jsonfeed.org version)")
    items = doc.get("items") or []
    if not isinstance(items, list):
        raise ParseError("not a JSON Feed ('items' is not a list)")
    entries, skipped, first_skip = [], 0, None
    for n, item in enumerate(items, 1):
        try:  # one bad item is skipped; the others are kept
            if not isinstance(item, dict):
                raise ValueError("not an object")
            link = item.get("url") or item.get("external_url") or item.get("id")
            if not link:
                continue
            link = _text(link, "url")
            content = _text(item.get("content_text"), "content_text") or html_to_text(
                _text(item.get("content_html"), "content_html"))
            summary = _text(item.get("summary"), "summary")
            entries.append(Entry(url=link, title=_text(item.get("title"), "title"), text=content or summary,
                                 published=_parse_time(item.get("date_published") or item.get("date_modified"), None),
                                 summary_only=not content))
        except (TypeError, ValueError, AttributeError) as exc:
            skipped += 1
            first_skip = first_skip or f"skipped item {n}: {exc}"
    return ParsedFeed(entries, first_skip, skipped)


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
