"""The structured answer asked of the model, validated with pydantic whatever the server did
with `response_format`."""

from __future__ import annotations

import copy
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Label = Literal["likely-yes", "likely-no", "undetermined"]
DECISIVE = ("likely-yes", "likely-no")


class Citation(BaseModel):
    """One sentence quoted verbatim from one supplied article, and why it matters."""

    model_config = ConfigDict(extra="forbid")

    article_id: int = Field(description="the id of the article the sentence is quoted from")
    quote: str = Field(min_length=1, max_length=2000, description="the sentence, copied verbatim from the article")
    why: str = Field(max_length=1000, description="why this sentence bears on the question")


class Answer(BaseModel):
    """The model's second opinion."""

    model_config = ConfigDict(extra="forbid")

    verdict: Label = Field(description="likely-yes, likely-no or undetermined")
    confidence: float = Field(ge=0, le=1, description="0 to 1")
    citations: list[Citation] = Field(max_length=10, description="the sentences the verdict rests on")


# Keywords that strict structured-output implementations reject; the answer is validated by
# pydantic afterwards, so the request schema only needs the shape.
_UNSUPPORTED = ("title", "minLength", "maxLength", "minimum", "maximum", "maxItems", "minItems", "default")


def _inline(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            return _inline(copy.deepcopy(defs[node["$ref"].rsplit("/", 1)[-1]]), defs)
        return {k: _inline(v, defs) for k, v in node.items() if k not in _UNSUPPORTED and k != "$defs"}
    if isinstance(node, list):
        return [_inline(v, defs) for v in node]
    return node


def request_schema() -> dict[str, Any]:
    """The Answer schema as plain JSON Schema (references inlined, every property required,
    no extra properties), accepted by OpenAI strict mode, vLLM, llama.cpp and Ollama."""
    raw = Answer.model_json_schema()
    return _inline(raw, raw.get("$defs", {}))


def response_format(kind: str) -> dict[str, Any] | None:
    if kind == "json_schema":
        return {"type": "json_schema", "json_schema": {"name": "second_opinion", "strict": True,
                                                        "schema": request_schema()}}
    if kind == "json_object":
        return {"type": "json_object"}
    return None
