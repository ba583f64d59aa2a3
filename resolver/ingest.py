"""Reading market and article files into validated domain objects. Nothing here touches the
database: a file is parsed and validated whole before anything is stored."""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ValidationError

from .engine.types import Article, Market, MarketSettings
from .errors import BadInput

if TYPE_CHECKING:  # pragma: no cover
    from .engine.spec import RuleSet

_TRACKING = re.compile(r"^(utm_|fbclid$|gclid$|mc_|ref$|cmpid$)", re.I)


# Limits that hold on every database (PostgreSQL enforces the column sizes; SQLite would not).
MAX_URL_CHARS = 2000
MAX_HOST_CHARS = 300
MAX_TITLE_CHARS = 2000
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_QUESTION_CHARS = 2000
MAX_CRITERIA_CHARS = 20_000      # criteria and description; real venue rules run to about 2,000
MAX_OUTCOMES = 500
MAX_LABEL_CHARS = 200            # an outcome, alias or keyword
MAX_TERMS = 500                  # aliases, keywords and trusted sources of one market

# Characters that never belong in a URL as typed: whitespace (a URL with a space is two words
# to a reader), backslash (browsers read it as '/', other parsers do not), C1 controls and the
# bidirectional and zero-width format characters that make a URL display as another.
_URL_BAD = re.compile(r"[\s\\\x80-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_NAME_BAD = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _short(value: str, limit: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


def http_url(url: Any) -> str:
    """The one gate every URL passes where it enters (import, poll, venues): an absolute
    http(s) URL with a host, no NUL or control characters, within the length limits.
    Anything else (javascript:, data:, file:, ftp:, …) is refused with the reason."""
    if not isinstance(url, str):
        raise BadInput(f"URL must be a string, not {type(url).__name__}")
    url = url.strip()
    if "\x00" in url:
        raise BadInput(f"NUL byte in URL {_short(url.replace(chr(0), ''))}")
    if any(ord(c) < 32 or ord(c) == 127 for c in url):
        raise BadInput(f"control character in URL {_short(url)}")
    bad = _URL_BAD.search(url)
    if bad:
        raise BadInput(f"URL holds {'a space' if bad.group() == ' ' else f'U+{ord(bad.group()):04X}'} "
                       f"(not allowed in a URL): {_short(url)}")
    no_surrogates(url, "URL")
    if len(url) > MAX_URL_CHARS:
        raise BadInput(f"URL over {MAX_URL_CHARS:,} characters ({len(url):,}): {_short(url)}")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise BadInput(f"not a valid URL: {_short(url)}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise BadInput(f"not an http(s) URL: {_short(url)}")
    if not host:
        raise BadInput(f"not an absolute URL: {_short(url)}")
    if "@" in parts.netloc:
        raise BadInput(f"URL with a user name ('…@host' reads as another site): {_short(url)}")
    if len(host) > MAX_HOST_CHARS:
        raise BadInput(f"host over {MAX_HOST_CHARS} characters ({len(host):,}): {_short(host)}")
    return url


def no_surrogates(value: str, field: str) -> str:
    """`value` when it is valid Unicode text: a lone surrogate (JSON can spell one, '\\ud800')
    cannot be stored or printed."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadInput(f"{field}: invalid Unicode (lone surrogate U+{ord(value[exc.start]):04X} at character "
                       f"{exc.start})") from None
    return value


def _check_unicode(data: Any, where: Any) -> None:
    """Every string of a parsed JSON document is valid Unicode (see no_surrogates)."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            no_surrogates(item, str(where))
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def canonical_url(url: str) -> str:
    """Lowercase scheme and host, drop fragments, tracking parameters and a trailing slash.
    Only http(s) URLs are accepted (see http_url)."""
    parts = urlsplit(http_url(url))
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)))
    path = parts.path.rstrip("/") or "/"
    host = parts.netloc.lower().removesuffix(":80").removesuffix(":443")
    out = urlunsplit((parts.scheme.lower(), host, path, query, ""))
    if len(out) > MAX_URL_CHARS:
        raise BadInput(f"URL over {MAX_URL_CHARS:,} characters ({len(out):,}): {_short(out)}")
    return out


def in_range(dt: datetime, field: str, max_year: int = MAX_YEAR) -> datetime:
    """`dt` if it converts to UTC and its year is within [MIN_YEAR, max_year]."""
    try:
        year = dt.astimezone(timezone.utc).year
    except (OverflowError, ValueError):
        year = None
    if year is None or not MIN_YEAR <= year <= max_year:
        raise BadInput(f"{field}: {dt.isoformat()} is out of range (years {MIN_YEAR} to {max_year})")
    return dt


def check_deadline(dt: datetime, field: str) -> datetime:
    """Deadlines up to the year 2200 (far-future ones overflow date arithmetic)."""
    try:
        return in_range(dt, field)
    except BadInput:
        raise BadInput(f"{field}: {dt.isoformat()} is out of range: deadlines must fall between the years "
                       f"{MIN_YEAR} and {MAX_YEAR}") from None


def make_article(url: Any, title: Any, text: Any, published: datetime, where: str, source: Any = None,
                 published_estimated: bool = False) -> Article:
    """An Article from untrusted values, or BadInput naming `where` and the reason: an http(s)
    URL, strings only, NUL bytes stripped, title and source within their limits, a publication
    time that converts to UTC within range. Used by import and by the poller alike."""
    for name, value in (("title", title), ("text", text), ("source", source)):
        if value is not None and not isinstance(value, str):
            raise BadInput(f"{where}: '{name}' must be a string, not {type(value).__name__}")
    try:
        url = canonical_url(url)
    except BadInput as exc:
        raise BadInput(f"{where}: {exc}") from None
    for name, value in (("title", title), ("text", text), ("source", source)):
        if value:
            no_surrogates(value, f"{where}: '{name}'")
    title = (title or "").replace("\x00", "")
    if len(title) > MAX_TITLE_CHARS:
        raise BadInput(f"{where}: title over {MAX_TITLE_CHARS:,} characters ({len(title):,})")
    source = (source or "").replace("\x00", "") or source_of(url)
    if len(source) > MAX_HOST_CHARS:
        raise BadInput(f"{where}: source over {MAX_HOST_CHARS} characters ({len(source):,})")
    in_range(published, f"{where}: 'published'")
    try:
        return Article(url=url, title=title, published=published, text=(text or "").replace("\x00", ""),
                       source=source, published_estimated=published_estimated)
    except ValidationError as exc:
        raise BadInput(f"{where}: {_first_error(exc)}") from None


def source_of(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.lower().removeprefix("www.")


def slugify(text: str, limit: int = 80) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "market"


_ID_STOPWORDS = frozenset("""
a an the and or nor but of to in on at by for from with without into onto over under about as than then
will would shall should can could may might must do does did be is are was were been being has have had
who what which whether when where how why this that these those its it their his her any some each every
before after until through during end least more most within no not yes if there
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
ID_LIMIT = 40


def market_id_for(question: str, deadline: datetime, limit: int = ID_LIMIT) -> str:
    """A short, readable and stable id: the question's key words and the deadline date, cut at
    a word so that the whole is at most `limit` characters.

    'Will India and the European Union sign a free trade agreement by December 31, 2026?' →
    'india-european-union-sign-free-20261231'. Same question and deadline, same id."""
    date = f"{deadline:%Y%m%d}"
    text = re.sub(r"(?<=\d)[,.](?=\d{3}\b)", "", question.lower())  # 150,000 → 150000
    dropped = {str(deadline.year), str(deadline.day), f"{deadline.day:02d}"}
    words = [w for w in re.findall(r"[a-z0-9]+", text)
             if w not in _ID_STOPWORDS and w not in dropped and not re.fullmatch(r"\d{1,2}(st|nd|rd|th)", w)]
    budget = limit - len(date) - 1
    kept: list[str] = []
    for w in words:
        if len("-".join([*kept, w])) > budget:
            break
        kept.append(w)
    if not kept and words:
        kept = [words[0][:budget]]
    return "-".join([*kept, date]) if kept else f"market-{date}"


def legacy_market_id(question: str, deadline: datetime) -> str:
    """The id earlier versions generated (a 60-character slug cut anywhere, and the date), so
    a market stored under it is found again when its file is re-imported."""
    return f"{slugify(question, 60)}-{deadline:%Y%m%d}"


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """A file's bytes; one-line errors for missing, oversized or unreadable files. The read is
    bounded (a pipe or /dev/zero reports size 0), and a directory is refused."""
    if path.is_dir():
        raise BadInput(f"{path}: is a directory, not a file")
    try:
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except FileNotFoundError:
        raise BadInput(f"{path}: no such file") from None
    except OSError as exc:
        raise BadInput(f"{path}: cannot read: {exc.strerror or exc.__class__.__name__}") from None
    if len(data) > max_bytes:
        raise BadInput(f"{path}: over the {max_bytes:,}-byte limit")
    return data


def read_text(path: Path, max_bytes: int) -> str:
    """A file's text; one-line errors for missing, oversized or non-UTF-8 files."""
    data = read_bytes(path, max_bytes)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"{path}: not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})") from None


def parse_json(text: str, where: Any) -> Any:
    """json.loads with one-line errors, including for documents nested too deeply."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BadInput(f"{where}: not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise BadInput(f"{where}: not accepted: JSON nested too deeply") from None
    if _SURROGATE_ESCAPE.search(text):  # rare: only then is every string checked
        _check_unicode(data, where)
    return data


def parse_time(value: Any, field: str, tz: str | None = None) -> datetime:
    """An aware datetime from ISO 8601 text; a value without offset needs `tz`, never a guess."""
    if isinstance(value, datetime):
        dt = value
    elif value is not None and value != "" and not isinstance(value, str):
        raise BadInput(f"{field}: must be an ISO 8601 time as a string, not {type(value).__name__}")
    elif isinstance(value, str) and value.strip():
        text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
        try:
            dt = datetime.fromisoformat(text)
        except ValueError:
            raise BadInput(f"{field}: not an ISO 8601 time: {value!r}") from None
    else:
        raise BadInput(f"{field}: missing")
    if dt.tzinfo is None:
        if not tz:
            raise BadInput(f"{field}: {value!r} has no timezone offset (add one, e.g. -05:00, or pass --tz)")
        try:
            dt = dt.replace(tzinfo=ZoneInfo(tz))
        except (ZoneInfoNotFoundError, ValueError, OSError):
            raise BadInput(f"unknown timezone {_short(tz, 60)}") from None
    return dt


def _records(text: str, path: Path, key: str) -> list[tuple[str, Any]]:
    """(location, record) pairs from JSON (list, object or {key: [...]}), JSONL or TOML."""
    suffix = path.suffix.lower()
    if suffix == ".toml":
        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise BadInput(f"{path}: not valid TOML: {exc}") from None
        data = data.get(key, data.get(key.rstrip("s"), [data] if data else []))
    elif suffix == ".jsonl":
        out = []
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    out.append((f"line {n}", json.loads(line)))
                except json.JSONDecodeError as exc:
                    raise BadInput(f"{path}: line {n}: not valid JSON: {exc.msg}") from None
                except RecursionError:
                    raise BadInput(f"{path}: line {n}: not accepted: JSON nested too deeply") from None
                if _SURROGATE_ESCAPE.search(line):
                    _check_unicode(out[-1][1], f"{path}: line {n}")
        return out
    else:
        data = parse_json(text, path)
        if isinstance(data, dict) and isinstance(data.get(key), list):
            data = data[key]
        elif isinstance(data, dict):
            data = [data]
    if not isinstance(data, list):
        raise BadInput(f"{path}: expected a list of {key}")
    return [(f"item {n}", rec) for n, rec in enumerate(data, 1)]


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    loc = ".".join(str(p) for p in err["loc"]) or "value"
    return f"'{loc}': {err['msg']}"


def _check_types(rec: dict, where: str) -> None:
    """Refuse wrong types instead of coercing them (`outcomes: "abc"` is not three outcomes)."""
    for name in ("id", "question", "criteria", "description"):
        value = rec.get(name)
        if value is not None and not isinstance(value, str):
            raise BadInput(f"{where}: '{name}' must be a string, not {type(value).__name__}")
    for name in ("outcomes", "trusted_sources"):
        value = rec.get(name)
        if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise BadInput(f"{where}: '{name}' must be a list of strings")
    if rec.get("settings") is not None and not isinstance(rec["settings"], dict):
        raise BadInput(f"{where}: 'settings' must be an object, not {type(rec['settings']).__name__}")
    grace = (rec.get("settings") or {}).get("grace_hours")
    if isinstance(grace, bool):
        raise BadInput(f"{where}: 'settings.grace_hours' must be a number of hours, not {grace!r}")


MAX_ANALYST_CHARS = 200          # the column's size on every database
MAX_NOTE_CHARS = 20_000


def check_decision_text(note: str, analyst: str) -> None:
    """An analyst's name and note as every entry point (CLI, form, API) must give them."""
    for name, value, limit in (("note", note, MAX_NOTE_CHARS), ("analyst", analyst, MAX_ANALYST_CHARS)):
        no_surrogates(value, name)
        if len(value) > limit:
            raise BadInput(f"{name} over {limit:,} characters ({len(value):,})")
    bad = _NAME_BAD.search(analyst)
    if bad:
        raise BadInput(f"analyst: a name cannot hold U+{ord(bad.group()):04X} (a control or formatting character)")


def check_market_text(m: Market, where: str = "") -> Market:
    """The size limits of a market's text, the same for files, `market add` and venues: a
    question over 2,000 characters, criteria or a description over 20,000, more than 500
    outcomes or terms, or a label over 200 characters is refused (each would slow every
    evaluation of every article)."""
    where = f"{where or m.id}: "
    for name, value, limit in (("question", m.question, MAX_QUESTION_CHARS), ("criteria", m.criteria, MAX_CRITERIA_CHARS),
                               ("description", m.description or "", MAX_CRITERIA_CHARS)):
        no_surrogates(value, f"{where}'{name}'")
        if len(value) > limit:
            raise BadInput(f"{where}'{name}' over {limit:,} characters ({len(value):,})")
    st = m.settings
    terms = [*m.outcomes, *st.aliases, *(a for v in st.aliases.values() for a in v), *st.keywords, *st.trusted_sources]
    if len(m.outcomes) > MAX_OUTCOMES:
        raise BadInput(f"{where}{len(m.outcomes):,} outcomes: at most {MAX_OUTCOMES}")
    if len(terms) - len(m.outcomes) > MAX_TERMS:
        raise BadInput(f"{where}{len(terms) - len(m.outcomes):,} aliases, keywords and sources: at most {MAX_TERMS}")
    for term in terms:
        no_surrogates(term, f"{where}outcome or term")
        if len(term) > MAX_LABEL_CHARS:
            raise BadInput(f"{where}outcome or term over {MAX_LABEL_CHARS} characters: {_short(term)}")
    return m


def market_from_dict(rec: Any, where: str, tz: str | None = None) -> Market:
    if not isinstance(rec, dict):
        raise BadInput(f"{where}: expected an object with question, deadline, criteria")
    for field in ("question", "deadline", "criteria"):
        value = rec.get(field)
        if value is None or (isinstance(value, str) and not value.strip()):
            raise BadInput(f"{where}: '{field}' is missing")
    _check_types(rec, where)
    deadline = check_deadline(parse_time(rec["deadline"], f"{where}: 'deadline'", tz), f"{where}: 'deadline'")
    settings = dict(rec.get("settings") or {})
    if rec.get("trusted_sources"):
        settings.setdefault("trusted_sources", rec["trusted_sources"])
    unknown = set(rec) - {"id", "question", "deadline", "criteria", "description", "settings", "trusted_sources",
                          "outcomes"}
    if unknown:
        raise BadInput(f"{where}: unknown field(s): {', '.join(sorted(unknown))}")
    try:
        market_settings = MarketSettings.model_validate(settings)
    except ValidationError as exc:
        raise BadInput(f"{where}: 'settings.{_first_error(exc)[1:]}") from None
    data = {
        "id": str(rec.get("id") or market_id_for(rec["question"], deadline)),
        "question": rec["question"], "deadline": deadline, "criteria": rec["criteria"],
        "description": rec.get("description"), "settings": market_settings,
        "outcomes": list(rec.get("outcomes") or []),
    }
    try:
        market = Market.model_validate(data)
    except ValidationError as exc:
        raise BadInput(f"{where}: {_first_error(exc)}") from None
    return check_market_text(market, where)


def duplicates(ids) -> list[str]:
    """Values that occur more than once, sorted; one pass (linear), never a count per value."""
    return sorted(i for i, n in Counter(ids).items() if n > 1)


def load_markets(path: Path, max_bytes: int, tz: str | None = None) -> list[Market]:
    """All markets of a JSON/TOML file, validated; any error rejects the whole file."""
    records = _records(read_text(path, max_bytes), path, "markets")
    markets = [market_from_dict(rec, f"{path}: {where}", tz) for where, rec in records]
    dupes = duplicates(m.id for m in markets)
    if dupes:
        raise BadInput(f"{path}: market id used twice: {dupes[0]}")
    return markets


def article_from_dict(rec: Any, where: str, max_bytes: int, tz: str | None = None) -> Article:
    if not isinstance(rec, dict):
        raise BadInput(f"{where}: expected an object with url, title, published, text")
    for field in ("url", "published"):
        if rec.get(field) in (None, ""):
            raise BadInput(f"{where}: '{field}' is missing")
    text = rec.get("text") or ""
    if not isinstance(text, str):
        raise BadInput(f"{where}: 'text' must be a string")
    size = len(text.encode("utf-8"))
    if size > max_bytes:
        raise BadInput(f"{where}: article body of {size:,} bytes is over the {max_bytes:,}-byte limit")
    published = parse_time(rec["published"], f"{where}: 'published'", tz)
    return make_article(rec["url"], rec.get("title"), text, published, where, source=rec.get("source") or None)


def load_articles(path: Path, max_file_bytes: int, max_article_bytes: int, tz: str | None = None) -> list[Article]:
    """All articles of a JSON/JSONL file, validated; any error rejects the whole file."""
    records = _records(read_text(path, max_file_bytes), path, "articles")
    return [article_from_dict(rec, f"{path}: {where}", max_article_bytes, tz) for where, rec in records]


def load_rule_set(path: Path, max_bytes: int) -> RuleSet:
    """A rule set from a JSON file (the output of `rules show --json`, or just its "rules"
    object); one clear line for any error."""
    from .engine.spec import RuleSet

    data = parse_json(read_text(path, max_bytes), path)
    if isinstance(data, dict) and "rules" in data and isinstance(data["rules"], dict):
        data = data["rules"]
    try:
        return RuleSet.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "value"
        raise BadInput(f"{path}: invalid rule set at '{loc}': {err['msg']}") from None
