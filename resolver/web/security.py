"""Request-level defences of the review server.

- Credentials (server token, login cookie, CSRF tokens) are compared as bytes, in constant time:
  a non-ASCII value is simply wrong (401/403), never an exception. Header and cookie values are
  compared as the bytes the client sent.
- CSRF tokens are `nonce.signature`, an HMAC-SHA256 of the nonce and the client's session under a
  server secret that is generated once and kept in the database: a client cannot make one up
  (double-submit of any cookie value no longer works), every server process on the database
  accepts the others', and a token is bound to the session it was issued in (the login cookie,
  or none before sign-in): a token obtained anonymously, or planted in another browser's cookie
  jar, is refused for a signed-in analyst's write.
- `Guard`, an ASGI middleware around the whole app: every response carries the security headers
  (a Content-Security-Policy with no inline script or style: the one script is a static file, framing denied, no MIME sniffing, same-origin
  referrers); a state-changing request is refused (401/403) from its headers alone, before any
  of its body is read, when it lacks the server token or (API) the CSRF header; and a body over
  `max_body` bytes is refused with 413, from its Content-Length or as soon as that many bytes
  have arrived."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from typing import Any, Awaitable, Callable

from starlette.exceptions import HTTPException
from starlette.requests import Request

MAX_BODY = 64 * 1024
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
]
WRITE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}


def as_bytes(value: str | bytes | None, from_header: bool = False) -> bytes:
    """The bytes of a credential. Starlette decodes headers and cookies as latin-1, so
    re-encoding them as latin-1 gives back exactly what was sent; other text is UTF-8."""
    if value is None:
        return b""
    if isinstance(value, bytes):
        return value
    if from_header:
        try:
            return value.encode("latin-1")
        except UnicodeEncodeError:
            pass
    return value.encode("utf-8", "surrogatepass")


def same(a: bytes, b: bytes) -> bool:
    """Constant-time equality of two non-empty byte strings."""
    return bool(a) and bool(b) and hmac.compare_digest(a, b)


class Signer:
    """HMAC-SHA256 tokens under one server secret."""

    def __init__(self, secret: bytes):
        self._secret = secret

    def mac(self, purpose: str, value: bytes) -> str:
        digest = hmac.new(self._secret, purpose.encode() + b"\0" + value, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()

    def new_csrf(self, session: bytes = b"") -> str:
        """A CSRF token for `session` (the login cookie's bytes; empty before sign-in)."""
        nonce = secrets.token_urlsafe(24)
        signature = self.mac("csrf", nonce.encode() + b"\0" + session)
        return f"{nonce}.{signature}"

    def valid_csrf(self, token: bytes, session: bytes = b"") -> bool:
        nonce, dot, sig = token.partition(b".")
        return bool(dot) and b"\0" not in nonce and same(sig, self.mac("csrf", nonce + b"\0" + session).encode())

    def login_cookie(self, server_token: str) -> str:
        """What the login cookie holds: a MAC of the server token (never the token itself)."""
        return self.mac("login", server_token.encode("utf-8"))


Precheck = Callable[[Request], "tuple[int, str] | None"]


class Guard:
    """ASGI middleware: security headers on every response; auth from headers and a body cap
    before the application reads a byte of a write request."""

    def __init__(self, app: Any, precheck: Precheck, max_body: int = MAX_BODY):
        self.app = app
        self.precheck = precheck
        self.max_body = max_body

    async def __call__(self, scope: dict, receive: Callable[[], Awaitable[dict]], send: Callable[[dict], Awaitable[None]]) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                   *((k, v) for k, v in SECURITY_HEADERS if k not in present)]}
            await send(message)

        if scope["method"] not in WRITE_METHODS:
            await self.app(scope, receive, send_with_headers)
            return
        problem = self.precheck(Request(scope))
        if problem is None:
            length = dict(scope.get("headers", [])).get(b"content-length", b"")
            if length and (not length.isdigit() or int(length) > self.max_body):
                problem = (413, f"request body over the {self.max_body:,}-byte limit")
        if problem is not None:
            await self._refuse(send_with_headers, *problem)
            return
        received = 0

        async def capped_receive() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise HTTPException(413, f"request body over the {self.max_body:,}-byte limit")
            return message

        await self.app(scope, capped_receive, send_with_headers)

    @staticmethod
    async def _refuse(send: Callable[[dict], Awaitable[None]], status: int, detail: str) -> None:
        """Answer without reading the body, and close the connection (the body is not drained)."""
        body = json.dumps({"detail": detail}).encode()
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": body})
