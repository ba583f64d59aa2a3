"""HTTP fetching with httpx: conditional GET, timeouts, bounded retries with exponential
backoff and jitter (connect errors, 429 honouring Retry-After, 5xx), a body cap, a redirect
limit and a User-Agent naming the project. Kept apart from parsing."""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from typing import Callable

from pydantic import BaseModel, ConfigDict, Field

from .. import __version__

USER_AGENT = f"resolver/{__version__} (prediction-market evidence poller; python-httpx)"


class FetchSettings(BaseModel):
    """[poll] settings that govern HTTP."""

    model_config = ConfigDict(extra="forbid")

    connect_timeout: float = Field(10.0, gt=0)
    read_timeout: float = Field(30.0, gt=0)
    max_retries: int = Field(3, ge=0, le=10)
    retry_base_seconds: float = Field(0.5, ge=0)
    retry_max_seconds: float = Field(30.0, ge=0)
    max_body_bytes: int = Field(5_000_000, gt=0)
    max_redirects: int = Field(5, ge=0)


@dataclass(frozen=True)
class FetchResult:
    status: int                 # 200, or 304 when not modified
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    url: str                    # after redirects
    attempts: int

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(Exception):
    """A fetch that failed for good (after retries where retrying made sense)."""

    def __init__(self, message: str, attempts: int = 1):
        super().__init__(message)
        self.attempts = attempts


class _Retryable(Exception):
    def __init__(self, message: str, wait: float | None = None):
        super().__init__(message)
        self.wait = wait


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


class Fetcher:
    """One httpx client reused across a polling pass."""

    def __init__(self, settings: FetchSettings, sleep: Callable[[float], None] = time.sleep):
        import httpx  # imported here: commands that never fetch start faster

        self.settings = settings
        self._sleep = sleep
        timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
        self.client = httpx.Client(timeout=timeout, follow_redirects=True, max_redirects=settings.max_redirects,
                                   headers={"User-Agent": USER_AGENT})

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def backoff(self, attempt: int, hint: float | None = None) -> float:
        """Exponential backoff with full jitter; a server's Retry-After wins, capped."""
        s = self.settings
        if hint is not None:
            return min(hint, s.retry_max_seconds)
        return random.uniform(0, min(s.retry_max_seconds, s.retry_base_seconds * 2 ** attempt))

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._once(url, headers, attempt)
            except _Retryable as exc:
                if attempt > self.settings.max_retries:
                    raise FetchError(f"{exc} (gave up after {attempt} attempts)", attempt) from None
                self._sleep(self.backoff(attempt - 1, exc.wait))

    def _once(self, url: str, headers: dict[str, str], attempt: int) -> FetchResult:
        import httpx  # imported here: commands that never fetch start faster

        try:
            with self.client.stream("GET", url, headers=headers) as resp:
                if resp.status_code == 304:
                    return FetchResult(304, b"", resp.headers.get("content-type", ""), resp.headers.get("etag"),
                                       resp.headers.get("last-modified"), str(resp.url), attempt)
                if resp.status_code == 429:
                    raise _Retryable("HTTP 429 Too Many Requests", _retry_after(resp.headers.get("retry-after")))
                if resp.status_code >= 500:
                    raise _Retryable(f"HTTP {resp.status_code}", _retry_after(resp.headers.get("retry-after")))
                if resp.status_code >= 400:
                    raise FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}", attempt)
                declared = resp.headers.get("content-length")
                cap = self.settings.max_body_bytes
                if declared and declared.isdigit() and int(declared) > cap:
                    raise FetchError(f"body of {int(declared):,} bytes is over the {cap:,}-byte cap", attempt)
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise FetchError(f"body over the {cap:,}-byte cap", attempt)
                    chunks.append(chunk)
                return FetchResult(resp.status_code, b"".join(chunks), resp.headers.get("content-type", ""),
                                   resp.headers.get("etag"), resp.headers.get("last-modified"), str(resp.url), attempt)
        except httpx.TooManyRedirects:
            raise FetchError(f"more than {self.settings.max_redirects} redirects", attempt) from None
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            raise _Retryable(f"cannot connect: {exc.__class__.__name__}") from None
        except httpx.ReadTimeout:
            raise _Retryable(f"no response within {self.settings.read_timeout:g} s") from None
        except httpx.UnsupportedProtocol:
            raise FetchError(f"unsupported URL: {url}", attempt) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{exc.__class__.__name__}: {exc}", attempt) from None
