"""Checking a model's answer, pure: parse and validate the JSON, then verify every citation
against the stored articles. Nothing the model says counts unless it passes here."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError

from .prompt import Evidence
from .schema import DECISIVE, Answer

MIN_QUOTE_WORDS = 4

# Sentences that address a language model rather than report news. Citing one is not
# evidence; the answer that does so is dropped (defence in depth: the main guarantee is that
# a verdict must rest on verified sentences an analyst can read).
_INJECTION = re.compile(
    r"\b(ignore|disregard|forget|override)\b[^.]{0,60}\b(previous|prior|above|earlier|preceding|all|any|your)\b"
    r"[^.]{0,30}\b(instructions?|prompts?|directions?|rules|guidelines)\b"
    r"|\bsystem prompt\b"
    r"|\b(ai|llm|language model|assistant|chatbot|model)s?\b[^.]{0,40}\b(must|should|shall|will)\s+"
    r"(now\s+)?(answer|respond|reply|output|say|return|classify)\b"
    r"|\b(answer|respond|reply|output)\s+(with\s+)?[\"'“]?(yes|likely-yes|no|likely-no)[\"'”]?\s+"
    r"(to|for|regardless|no matter)\b",
    re.IGNORECASE,
)


class AnswerError(ValueError):
    """The reply is not a usable answer: malformed JSON or a schema violation."""


def normalise(text: str) -> str:
    """Whitespace normalisation: runs of whitespace become one space; ends trimmed."""
    return " ".join(text.split())


def reads_as_instruction(sentence: str) -> bool:
    return bool(_INJECTION.search(sentence))


def parse_answer(content: str) -> Answer:
    """The answer object from the model's reply text (a ```json fence is tolerated)."""
    text = content.strip()
    fence = re.fullmatch(r"```(?:json)?\s*(.*?)\s*```", text, re.DOTALL)
    if fence:
        text = fence.group(1)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnswerError(f"malformed JSON from the model: {exc.msg} at position {exc.pos}") from None
    try:
        return Answer.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "answer"
        raise AnswerError(f"schema violation: {where}: {first['msg']}") from None


@dataclass
class Checked:
    """The outcome of verification: `ok` (the opinion counts) or `dropped` (with the reason)."""

    status: str
    verdict: str | None
    confidence: float | None
    citations: list[dict[str, Any]] = field(default_factory=list)
    reason: str | None = None


def _problem(c, by_id: dict[int, Evidence], as_of: datetime) -> str | None:
    art = by_id.get(c.article_id)
    if art is None:
        return f"article {c.article_id} is not evidence for this market"
    if art.published > as_of:
        return f"article {c.article_id} was published after as-of ({art.published.isoformat()} > {as_of.isoformat()})"
    quote = normalise(c.quote)
    if len(quote.split()) < MIN_QUOTE_WORDS:
        return f"quote from article {c.article_id} is too short to verify (under {MIN_QUOTE_WORDS} words)"
    if quote not in normalise(art.text) and quote not in normalise(art.title):
        return f"quote not found in article {c.article_id}"
    if reads_as_instruction(quote):
        return f"quote from article {c.article_id} reads as an instruction to a model, not as news (possible injection)"
    return None


def check(answer: Answer, evidence: list[Evidence], as_of: datetime) -> Checked:
    """Verify every citation: the article is this market's evidence, was published by as-of,
    and holds the quote verbatim (after whitespace normalisation). One unverifiable citation
    drops the answer; a decisive answer needs at least one verified citation."""
    by_id = {e.id: e for e in evidence}
    cited, problems = [], []
    for c in answer.citations:
        problem = _problem(c, by_id, as_of)
        cited.append({"article_id": c.article_id, "quote": c.quote, "why": c.why, "verified": problem is None,
                      "problem": problem})
        if problem:
            problems.append(problem)
    if problems:
        return Checked("dropped", None, answer.confidence, cited, "; ".join(dict.fromkeys(problems)))
    if answer.verdict in DECISIVE and not cited:
        return Checked("dropped", None, answer.confidence, cited,
                       f"{answer.verdict} without a citation: a decisive opinion needs at least one verified citation")
    return Checked("ok", answer.verdict, answer.confidence, cited)
