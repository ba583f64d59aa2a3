"""A second opinion from a language model, off by default.

Layout: `settings` (the [adjudicator] config), `model` (the one small interface: ChatModel →
Completion or ChatError), `client` (the only HTTP code: an OpenAI-compatible client over
httpx), `schema` (the pydantic answer), `prompt` (delimited, quoted evidence) and `verify`
(parse, validate, verify quotes) are pure of storage; `runner` ties them to the database;
`policy` decides the review-queue flag. The rules engine never imports any of it."""

from .model import ChatError, ChatModel, Completion
from .settings import AdjudicatorSettings

__all__ = ["AdjudicatorSettings", "ChatError", "ChatModel", "Completion", "make_adjudicator"]


def make_adjudicator(app, model: ChatModel | None = None):
    """The Adjudicator for an App whose settings have an [adjudicator] section, else None."""
    settings = app.settings.adjudicator
    if settings is None:
        return None
    from .client import OpenAICompatible
    from .runner import Adjudicator

    return Adjudicator(app, settings, model or OpenAICompatible(settings))
