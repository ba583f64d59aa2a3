"""A local OpenAI-compatible chat-completions server on 127.0.0.1 for the second-opinion tests.
It answers POST /v1/chat/completions from a script of replies (one per request, in order),
records every request it receives (headers and JSON body) and can be slow, rate-limit with
Retry-After, fail with 5xx or send malformed bodies. No model anywhere."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def completion(content: str, model: str = "test-model", prompt_tokens: int = 1200, completion_tokens: int = 80) -> dict:
    """A chat-completion body whose message content is `content`."""
    return {"id": "chatcmpl-test", "object": "chat.completion", "created": 1764180000, "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
            "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                      "total_tokens": prompt_tokens + completion_tokens}}


def answer(verdict: str, confidence: float, citations: list[tuple[int, str, str]]) -> str:
    """The JSON text of a second opinion."""
    return json.dumps({"verdict": verdict, "confidence": confidence,
                       "citations": [{"article_id": i, "quote": q, "why": w} for i, q, w in citations]})


class Reply:
    def __init__(self, status: int = 200, body: Any = None, headers: dict | None = None, delay: float = 0.0,
                 raw: bytes | None = None):
        self.status, self.body, self.headers, self.delay, self.raw = status, body, headers or {}, delay, raw

    def bytes(self) -> bytes:
        if self.raw is not None:
            return self.raw
        return json.dumps(self.body).encode() if self.body is not None else b""


def ok(content: str, **kw) -> Reply:
    return Reply(200, completion(content, **kw))


class ChatServer:
    def __init__(self) -> None:
        self.script: list[Reply] = []
        self.requests: list[dict[str, Any]] = []
        self.responses: list[bytes] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length", "0"))
                raw = self.rfile.read(length)
                with server.lock:
                    server.requests.append({"path": self.path, "headers": dict(self.headers),
                                            "body": json.loads(raw) if raw else None, "raw": raw.decode()})
                    reply = server.script.pop(0) if server.script else Reply(500, {"error": {"message": "no scripted reply"}})
                if self.path != "/v1/chat/completions":
                    reply = Reply(404, {"error": {"message": f"unknown path {self.path}"}})
                if reply.delay:
                    time.sleep(reply.delay)
                body = reply.bytes()
                server.responses.append(body)
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json")
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def start(self) -> "ChatServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def then(self, *replies: Reply) -> "ChatServer":
        self.script.extend(replies)
        return self
