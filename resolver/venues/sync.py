"""Live sync: fetch venue markets with httpx from configurable base URLs ([venues]), with the
poller's timeouts, retries and body cap, then map them like a saved response.

Endpoints (relative to each base URL):
  polymarket  GET /markets/{id}                    --search: GET /markets?slug={text}
  kalshi      GET /markets/{ticker}                --search: GET /markets?event_ticker={text}; a combo
                                                   (multi-leg) market is refused and each of its
                                                   legs fetched (GET /markets/{leg}) and imported
  manifold    GET /market/{id}                     --search: GET /search-markets?term={text},
                                                   then GET /market/{id} for each row (rows
                                                   carry no answers and no description)
  metaculus   GET /questions/{id}/                 --search: GET /questions/?search={text}
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from ..errors import BadInput
from ..poll.fetch import FetchError, Fetcher, FetchSettings
from . import VENUES, Parsed, decode, kalshi, parse_all, records

_BY_ID = {"polymarket": "/markets/{id}", "kalshi": "/markets/{id}", "manifold": "/market/{id}",
          "metaculus": "/questions/{id}/"}
_SEARCH = {"polymarket": ("/markets", "slug"), "kalshi": ("/markets", "event_ticker"),
           "manifold": ("/search-markets", "term"), "metaculus": ("/questions/", "search")}


def _get(fetcher: Fetcher, venue: str, url: str) -> Any:
    try:
        result = fetcher.get(url)
    except FetchError as exc:
        raise BadInput(f"{venue}: {url}: {exc}") from None
    return decode(result.body, f"{venue}: {url}")


def fetch(venue: str, bases, fetch_settings: FetchSettings, ids: list[str], search: str | None) -> Parsed:
    """Venue markets by id and/or search, each mapped or refused with its reason; a failed request
    is one clear error and imports nothing."""
    if venue not in VENUES:
        raise BadInput(f"unknown venue {venue!r}: {', '.join(VENUES)}")
    base = getattr(bases, venue).rstrip("/")

    def by_id(i: str) -> str:
        return base + _BY_ID[venue].format(id=quote(str(i), safe=""))

    out = Parsed()
    with Fetcher(FetchSettings(**fetch_settings.model_dump(include=set(FetchSettings.model_fields)))) as fetcher:
        responses = [_get(fetcher, venue, by_id(i)) for i in ids]
        if search:
            path, key = _SEARCH[venue]
            found = _get(fetcher, venue, f"{base}{path}?{urlencode({key: search})}")
            if venue == "manifold":  # search rows are lite: fetch each full market before importing
                rows = [r for r, _ in records(venue, found) if isinstance(r, dict) and r.get("id")]
                responses.extend(_get(fetcher, venue, by_id(r["id"])) for r in rows)
            else:
                responses.append(found)
        if venue == "kalshi":  # a combo has no rules of its own: import its legs, leg by leg
            legs = dict.fromkeys(leg for data in responses for rec, _ in records(venue, data)
                                 if isinstance(rec, dict) and kalshi.is_combo(rec) for leg, _side in kalshi.combo_legs(rec))
            responses.extend(_get(fetcher, venue, by_id(leg)) for leg in legs)
        for data in responses:
            parsed = parse_all(venue, data)
            out.markets.extend(parsed.markets)
            out.refused.extend(parsed.refused)
    return out
