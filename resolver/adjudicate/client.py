"""An OpenAI-compatible chat-completions client over httpx: POST {base_url}/chat/completions.
Works with hosted APIs and with llama.cpp, vLLM and Ollama servers. Retries a 429 (honouring
Retry-After up to a limit) and 5xx; a timeout is not retried. The API key is read from the
environment variable the config names, sent as a Bearer header and never logged or stored."""

from __future__ import annotations

import os
import time
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone
from typing import Any, Callable

import httpx

from .. import __version__
from .model import ChatError, Completion
from .settings import AdjudicatorSettings


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date), None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class OpenAICompatible:
    """ChatModel for any server speaking the OpenAI chat-completions API."""

    def __init__(self, settings: AdjudicatorSettings, sleep: Callable[[float], None] = time.sleep,
                 transport: httpx.BaseTransport | None = None):
        self.settings = settings
        self.model_id = settings.model
        self._sleep = sleep
        self._transport = transport

    def _headers(self) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "User-Agent": f"resolver/{__version__} (second opinion)"}
        name = self.settings.api_key_env
        if name:
            key = os.environ.get(name)
            if not key:
                raise ChatError("config", f"environment variable {name} (api_key_env) is not set", calls=0)
            headers["Authorization"] = f"Bearer {key}"
        return headers

    def complete(self, messages: list[dict[str, str]], *, response_format: dict[str, Any] | None,
                 max_tokens: int, max_calls: int) -> Completion:
        s = self.settings
        body: dict[str, Any] = {"model": s.model, "messages": messages, "max_tokens": max_tokens, "temperature": 0}
        if response_format is not None:
            body["response_format"] = response_format
        headers = self._headers()
        url = f"{s.base_url}/chat/completions"
        calls = 0
        attempts = max(1, min(max_calls, 1 + s.max_retries))
        with httpx.Client(timeout=httpx.Timeout(s.timeout_s), follow_redirects=False,
                          transport=self._transport) as client:
            while True:
                calls += 1
                try:
                    resp = client.post(url, json=body, headers=headers)
                except httpx.TimeoutException:
                    raise ChatError("timeout", f"no reply within {s.timeout_s:g} s", calls) from None
                except httpx.HTTPError as exc:
                    raise ChatError("transport", f"cannot reach {s.base_url}: {type(exc).__name__}", calls) from None
                if resp.status_code == 429 or resp.status_code >= 500:
                    kind = "rate-limited" if resp.status_code == 429 else "server-error"
                    wait = retry_after_seconds(resp.headers.get("retry-after"))
                    if wait is None:
                        wait = min(2.0 ** (calls - 1), s.max_retry_wait_s)
                    if calls >= attempts:
                        raise ChatError(kind, f"HTTP {resp.status_code} after {calls} call(s)"
                                        + (f" (Retry-After {wait:g} s)" if resp.headers.get("retry-after") else ""),
                                        calls)
                    if wait > s.max_retry_wait_s:
                        raise ChatError(kind, f"HTTP {resp.status_code}: Retry-After {wait:g} s exceeds "
                                        f"max_retry_wait_s {s.max_retry_wait_s:g}", calls)
                    self._sleep(wait)
                    continue
                if resp.status_code != 200:
                    raise ChatError("http-error", f"HTTP {resp.status_code} from {s.base_url}: "
                                    f"{_error_message(resp)}", calls)
                return _completion(resp, calls, s.model)


def _error_message(resp: httpx.Response) -> str:
    try:
        data = resp.json()
        msg = data.get("error", {}).get("message") if isinstance(data.get("error"), dict) else data.get("error")
        return str(msg or data)[:200]
    except ValueError:
        return resp.text[:200].replace("\n", " ")


def _completion(resp: httpx.Response, calls: int, requested: str) -> Completion:
    try:
        data = resp.json()
        choice = data["choices"][0]
        content = choice["message"]["content"]
        if not isinstance(content, str):
            raise TypeError("content is not text")
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ChatError("malformed", f"the reply is not a chat completion ({type(exc).__name__})", calls) from None
    usage = data.get("usage") or {}
    return Completion(content=content, model=str(data.get("model") or requested),
                      input_tokens=usage.get("prompt_tokens"), output_tokens=usage.get("completion_tokens"),
                      calls=calls, finish_reason=choice.get("finish_reason"))
