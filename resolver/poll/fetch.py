"""HTTP fetching with httpx: conditional GET, timeouts, an overall deadline per fetch, bounded
retries with exponential backoff and jitter (connect errors, 429 honouring Retry-After, 5xx),
a cap on decoded bytes enforced while decoding each Content-Encoding layer, redirects followed
one hop at a time (each target checked: no private addresses unless allowed) and a User-Agent
naming the project. Kept apart from parsing.

The private-address check is made where the socket is opened, not only before the request: the
guarded client resolves the host once, refuses it when any address is not public, and connects
to the address it vetted. A name that answers with a public address to the check and with
127.0.0.1 to the connect (DNS rebinding) therefore cannot reach the intranet."""

from __future__ import annotations

import ipaddress
import random
import socket
import time
import zlib
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

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
    fetch_deadline: float = Field(60.0, gt=0, description="seconds one fetch may take in all (retries included)")
    allow_private: bool = Field(False, description="let redirects and full-text links reach loopback, private, "
                                                   "link-local and multicast addresses (an intranet)")


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


class FetchTimeout(FetchError):
    """The fetch's overall deadline passed."""


_DECODE_CHUNK = 64 * 1024
_GZIP, _DEFLATE = 16 + zlib.MAX_WBITS, zlib.MAX_WBITS
_ENCODINGS = {"gzip": _GZIP, "x-gzip": _GZIP, "deflate": _DEFLATE}


def _inflate(chunks: Iterable[bytes], wbits: int) -> Iterator[bytes]:
    """One Content-Encoding layer, decoded lazily in pieces of at most 64 KB: however much a
    piece expands, no more than that is ever held, so a cap downstream bounds memory."""
    d = zlib.decompressobj(wbits)
    for chunk in chunks:
        data = chunk
        while True:
            try:
                out = d.decompress(data, _DECODE_CHUNK)
            except zlib.error as exc:
                raise FetchError(f"undecodable compressed body: {exc}") from None
            if out:
                yield out
            data = d.unconsumed_tail
            if d.eof and d.unused_data and wbits == _GZIP:  # concatenated gzip members
                data, d = d.unused_data, zlib.decompressobj(wbits)
            if not data and len(out) < _DECODE_CHUNK:
                break


def decoded(raw: Iterable[bytes], content_encoding: str) -> Iterator[bytes]:
    """The body with every Content-Encoding layer removed (the last one applied first)."""
    stream: Iterable[bytes] = raw
    layers = [e.strip().lower() for e in content_encoding.split(",") if e.strip()]
    for enc in reversed(layers):
        if enc == "identity":
            continue
        if enc not in _ENCODINGS:
            raise FetchError(f"unsupported Content-Encoding: {enc[:40]}")
        stream = _inflate(stream, _ENCODINGS[enc])
    return iter(stream)


def _not_public(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%")[0])
    except ValueError:
        return True
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def blocked_address(host: str, port: int | None) -> str | None:
    """The first resolved address of `host` that is not a public unicast address (loopback,
    private, link-local, multicast, reserved, unspecified), or None. Unresolvable hosts pass
    here and fail at connect."""
    try:
        infos = socket.getaddrinfo(host, port or 80, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError, ValueError):
        return None
    for info in infos:
        if _not_public(str(info[4][0])):
            return str(info[4][0]).split("%")[0]
    return None


class BlockedAddress(Exception):
    """Raised where a guarded connection would open a socket to a non-public address."""

    def __init__(self, host: str, address: str):
        super().__init__(f"{host} is a private address ({address})")
        self.host, self.address = host, address


def _guarded_transport():
    """An httpx transport whose connections go only to public addresses, checked on the address
    actually connected to (one DNS answer, vetted, then used)."""
    import httpcore
    import httpx

    class GuardedBackend(httpcore.SyncBackend):
        def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
            try:
                infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            except (socket.gaierror, UnicodeError, ValueError) as exc:
                raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
            addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
            for address in addresses:
                if _not_public(address):
                    raise BlockedAddress(host, address.split("%")[0])
            last: Exception | None = None
            for address in addresses:
                try:
                    return super().connect_tcp(address, port, timeout, local_address, socket_options)
                except httpcore.ConnectError as exc:
                    last = exc
            raise last or httpcore.ConnectError(f"no address for {host}")

    class GuardedTransport(httpx.HTTPTransport):
        def __init__(self) -> None:
            super().__init__()
            # The same pool HTTPTransport builds, with the guarded network backend.
            self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(),
                                                 network_backend=GuardedBackend(), http1=True, http2=False)

    return GuardedTransport()


class _Retryable(Exception):
    def __init__(self, message: str, wait: float | None = None):
        super().__init__(message)
        self.wait = wait


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
        if when.tzinfo is None:  # "-0000": a time in UTC whose zone the sender did not know
            when = when.replace(tzinfo=timezone.utc)
        return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError, IndexError, OverflowError):
        return None  # a hint the server spelled wrong is no hint


class Fetcher:
    """One httpx client reused across a polling pass."""

    def __init__(self, settings: FetchSettings, sleep: Callable[[float], None] = time.sleep):
        import httpx  # imported here: commands that never fetch start faster

        self.settings = settings
        self._sleep = sleep
        timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
        options = dict(timeout=timeout, follow_redirects=False,
                       headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"})
        # `client` fetches what the user configured, as given; `guarded` fetches feed links and
        # redirect targets, and connects only to public addresses (unless allow_private).
        self.client = httpx.Client(**options)
        self.guarded = self.client if settings.allow_private else httpx.Client(transport=_guarded_transport(), **options)

    def close(self) -> None:
        self.client.close()
        if self.guarded is not self.client:
            self.guarded.close()

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

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None,
            untrusted: bool = False, within: float | None = None) -> FetchResult:
        """GET `url` within the overall deadline. The URL a user configured is fetched as given;
        with `untrusted` (a link found in a feed) it must resolve to a public address too, as
        must every redirect target, unless [poll] allow_private is set."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + min(self.settings.fetch_deadline, within or self.settings.fetch_deadline)
        attempt = 0
        while True:
            attempt += 1
            try:
                return self._once(url, headers, attempt, deadline, untrusted)
            except _Retryable as exc:
                wait = self.backoff(attempt - 1, exc.wait)
                if attempt > self.settings.max_retries:
                    raise FetchError(f"{exc} (gave up after {attempt} attempts)", attempt) from None
                if time.monotonic() + wait >= deadline:
                    raise self._timeout(attempt, f" after {exc}") from None
                self._sleep(wait)

    def _timeout(self, attempt: int, detail: str = "") -> FetchTimeout:
        return FetchTimeout(f"timed out: no complete response within {self.settings.fetch_deadline:g} s "
                            f"(the fetch deadline){detail}", attempt)

    def _check_target(self, url: str, attempt: int, why: str) -> None:
        if self.settings.allow_private:
            return
        try:
            parts = urlsplit(url)
            host, port = parts.hostname or "", parts.port
        except ValueError:
            raise FetchError(f"unsupported URL: {url[:200]}", attempt) from None
        if parts.scheme not in ("http", "https") or not host:
            raise FetchError(f"{why} refused: not an http(s) URL: {url[:200]}", attempt)
        ip = blocked_address(host, port)
        if ip is not None:
            raise FetchError(f"{why} refused: {host} is a private address ({ip}); "
                             f"set [poll] allow_private = true to allow intranet fetches", attempt)

    def _once(self, url: str, headers: dict[str, str], attempt: int, deadline: float, untrusted: bool) -> FetchResult:
        s = self.settings
        if untrusted:
            self._check_target(url, attempt, "fetch")
        current = url
        for hop in range(s.max_redirects + 1):
            client = self.guarded if (untrusted or hop > 0) else self.client
            try:
                result = self._hop(client, current, headers, attempt, deadline)
            except BlockedAddress as exc:
                why = "redirect" if hop > 0 else "fetch"
                raise FetchError(f"{why} refused: {exc} at connect; set [poll] allow_private = true "
                                 f"to allow intranet fetches", attempt) from None
            if isinstance(result, FetchResult):
                return result
            current = result
            if not current.startswith(("http://", "https://")):
                raise FetchError(f"redirect to a non-http(s) URL refused: {current[:200]}", attempt)
            self._check_target(current, attempt, "redirect")
        raise FetchError(f"more than {s.max_redirects} redirects", attempt)

    def _hop(self, client, url: str, headers: dict[str, str], attempt: int, deadline: float) -> FetchResult | str:
        """One request: a FetchResult, or the absolute URL a redirect points to."""
        import httpx  # imported here: commands that never fetch start faster

        s = self.settings
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise self._timeout(attempt)
        timeout = httpx.Timeout(min(s.read_timeout, remaining), connect=min(s.connect_timeout, remaining))
        try:
            with client.stream("GET", url, headers=headers, timeout=timeout) as resp:
                if resp.status_code in (301, 302, 303, 307, 308):
                    location = resp.headers.get("location", "").strip()
                    if not location:
                        raise FetchError(f"HTTP {resp.status_code} redirect without a Location", attempt)
                    try:
                        return str(resp.url.join(location))
                    except (httpx.InvalidURL, ValueError):
                        raise FetchError(f"redirect to an invalid URL refused: {location[:200]}", attempt) from None
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
                cap = s.max_body_bytes
                if declared and declared.isascii() and declared.isdigit() and int(declared) > cap:
                    raise FetchError(f"body of {int(declared):,} bytes is over the {cap:,}-byte cap", attempt)
                chunks, size = [], 0
                for chunk in decoded(self._raw(resp, cap, attempt, deadline), resp.headers.get("content-encoding", "")):
                    size += len(chunk)
                    if size > cap:
                        raise FetchError(f"body over the {cap:,}-byte cap (decoded)", attempt)
                    if time.monotonic() > deadline:
                        raise self._timeout(attempt)
                    chunks.append(chunk)
                return FetchResult(resp.status_code, b"".join(chunks), resp.headers.get("content-type", ""),
                                   resp.headers.get("etag"), resp.headers.get("last-modified"), str(resp.url), attempt)
        except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
            if time.monotonic() >= deadline:
                raise self._timeout(attempt) from None
            raise _Retryable(f"cannot connect: {exc.__class__.__name__}") from None
        except httpx.ReadTimeout:
            if time.monotonic() >= deadline:
                raise self._timeout(attempt) from None
            raise _Retryable(f"no response within {s.read_timeout:g} s") from None
        except httpx.UnsupportedProtocol:
            raise FetchError(f"unsupported URL: {url[:200]}", attempt) from None
        except httpx.InvalidURL as exc:  # httpx reads a Location header even when not following it
            raise FetchError(f"invalid URL or redirect target at {url[:200]}: {exc}", attempt) from None
        except httpx.HTTPError as exc:
            raise FetchError(f"{exc.__class__.__name__}: {exc}", attempt) from None

    def _raw(self, resp: httpx.Response, cap: int, attempt: int, deadline: float) -> Iterator[bytes]:
        """The body as sent (still encoded), capped and within the deadline."""
        size = 0
        for chunk in resp.iter_raw():
            size += len(chunk)
            if size > cap:
                raise FetchError(f"body over the {cap:,}-byte cap", attempt)
            if time.monotonic() > deadline:
                raise self._timeout(attempt)
            yield chunk
