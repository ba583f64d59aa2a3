"""The one small interface between resolver and any language model (after the shape of
simonw/llm's Model → Response): give it chat messages and a requested answer format, get back
the reply text, the model that answered and the token usage — or a ChatError saying why not.
Everything else (prompt, verification, storage, budget) is on this side of the interface."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


class ChatError(Exception):
    """A call that produced no usable reply. `kind`: timeout, rate-limited, server-error,
    http-error, transport, malformed, config. `calls`: HTTP requests it spent."""

    def __init__(self, kind: str, message: str, calls: int = 1):
        super().__init__(message)
        self.kind = kind
        self.calls = calls


@dataclass
class Completion:
    content: str
    model: str
    input_tokens: int | None = None
    output_tokens: int | None = None
    calls: int = 1
    finish_reason: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class ChatModel(Protocol):
    model_id: str

    def complete(self, messages: list[dict[str, str]], *, response_format: dict[str, Any] | None,
                 max_tokens: int, max_calls: int) -> Completion:
        """One chat completion, spending at most `max_calls` HTTP requests (retries included)."""
        ...
