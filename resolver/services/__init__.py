"""Application services: small functions composing ingest, storage and the engine.
The CLI (and later the web page and poller) call only these.

`App` is one object bound to one database, put together from one mixin a concept: markets,
evidence, rule sets, evaluation, review, venues, and sources & webhooks (a module each here).
Mixins rather than small service objects that `App` delegates to, because the concepts lean on
each other's helpers (every one looks up markets and outcomes; review reads rule-set
suggestions; evaluation stores rule sets): as methods of one `App` they keep calling
`self._market(...)` as before, share `self.engine`, `self.settings` and the match index, and
callers (the CLI, web, poller, second-opinion runner) keep using `App` unchanged — no
forwarding methods and no wiring between service objects.

Importing this package loads SQLAlchemy and the store, not the engine's language layer (see
engine_calls)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from ..config import Settings
from ..store.db import make_engine, upgrade
from .evaluation import EvalOutcome, EvaluationServices, result_hash
from .evidence import EvidenceServices, ImportReport
from .markets import MarketServices
from .review import ReviewServices, opinion_dict
from .rules import RuleServices
from .sources import SourceServices
from .venues import VenueServices

if TYPE_CHECKING:  # pragma: no cover
    from ..engine.match import MatchIndex

__all__ = ["App", "EvalOutcome", "ImportReport", "opinion_dict", "result_hash"]


class App(MarketServices, EvidenceServices, RuleServices, EvaluationServices, ReviewServices, VenueServices,
          SourceServices):
    """The resolver application bound to one database."""

    def __init__(self, db_url: str, settings: Settings, engine: Engine | None = None):
        self.settings = settings
        self.engine = engine or make_engine(db_url)
        upgrade(self.engine)
        self._index: MatchIndex | None = None
        self._index_sig: tuple | None = None
