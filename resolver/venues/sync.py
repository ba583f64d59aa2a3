"""Live sync: fetch venue markets with httpx from configurable base URLs ([venues]), with the
poller's timeouts, retries and body cap, then map them like a saved response.

Endpoints (relative to each base URL):
  polymarket  GET /markets/{id}                    --search: GET /markets?slug={text}
  kalshi      GET /markets/{ticker}                --search: GET /markets?event_ticker={text}
  manifold    GET /market/{id}                     --search: GET /search-markets?term={text}
  metaculus   GET /questions/{id}/                 --search: GET /questions/?search={text}
"""

from __future__ import annotations

import json
from urllib.parse import quote, urlencode

from ..errors import BadInput
from ..poll.fetch import FetchError, Fetcher, FetchSettings
from . import VENUES, VenueMarket, parse

_BY_ID = {"polymarket": "/markets/{id}", "kalshi": "/markets/{id}", "manifold": "/market/{id}",
          "metaculus": "/questions/{id}/"}
_SEARCH = {"polymarket": ("/markets", "slug"), "kalshi": ("/markets", "event_ticker"),
           "manifold": ("/search-markets", "term"), "metaculus": ("/questions/", "search")}


def fetch(venue: str, bases, fetch_settings: FetchSettings, ids: list[str], search: str | None) -> list[VenueMarket]:
    """Venue markets by id and/or search; any failure is one clear error and imports nothing."""
    if venue not in VENUES:
        raise BadInput(f"unknown venue {venue!r}: {', '.join(VENUES)}")
    base = getattr(bases, venue).rstrip("/")
    urls = [base + _BY_ID[venue].format(id=quote(i, safe="")) for i in ids]
    if search:
        path, key = _SEARCH[venue]
        urls.append(f"{base}{path}?{urlencode({key: search})}")
    out: list[VenueMarket] = []
    with Fetcher(FetchSettings(**fetch_settings.model_dump(include=set(FetchSettings.model_fields)))) as fetcher:
        for url in urls:
            try:
                result = fetcher.get(url)
                data = json.loads(result.body.decode("utf-8"))
            except FetchError as exc:
                raise BadInput(f"{venue}: {url}: {exc}") from None
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                raise BadInput(f"{venue}: {url}: not JSON ({exc})") from None
            out.extend(parse(venue, data))
    return out
