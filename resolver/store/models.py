"""SQLAlchemy 2 typed ORM models. The schema itself is created only by Alembic migrations."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC; returns aware UTC. Same on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    pass


class MarketRow(Base):
    __tablename__ = "markets"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    question: Mapped[str] = mapped_column(Text)
    deadline: Mapped[datetime] = mapped_column(UTCDateTime())
    deadline_offset_minutes: Mapped[int] = mapped_column(Integer)
    criteria: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    trusted_sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="open")
    match_terms: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    title: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[datetime] = mapped_column(UTCDateTime())
    published_offset_minutes: Mapped[int] = mapped_column(Integer)
    published_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(300), default="")
    text: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MarketArticleRow(Base):
    __tablename__ = "market_articles"
    __table_args__ = (Index("ix_market_articles_article_id", "article_id"),)

    market_id: Mapped[str] = mapped_column(ForeignKey("markets.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    reason: Mapped[str] = mapped_column(String(20))  # "match" or "manual"
    matched_terms: Mapped[list[str]] = mapped_column(JSON, default=list)
    score: Mapped[float] = mapped_column(Float, default=0.0)
    attached_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MarketOutcomeRow(Base):
    """One named outcome of a multi-outcome market (binary markets have none)."""

    __tablename__ = "market_outcomes"

    market_id: Mapped[str] = mapped_column(ForeignKey("markets.id", ondelete="CASCADE"), primary_key=True)
    outcome_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)


class RuleSetRow(Base):
    """Versioned rule sets: every change is a new row; verdicts record the version used."""

    __tablename__ = "rule_sets"
    __table_args__ = (UniqueConstraint("market_id", "outcome_id", "version", name="uq_rule_sets_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    market_id: Mapped[str] = mapped_column(ForeignKey("markets.id", ondelete="CASCADE"))
    outcome_id: Mapped[str] = mapped_column(String(200), default="")
    version: Mapped[int] = mapped_column(Integer)
    spec: Mapped[dict[str, Any]] = mapped_column(JSON)
    origin: Mapped[str] = mapped_column(String(20))  # "derived" or "analyst"
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class VenueMarketRow(Base):
    """Where an imported market lives: venue id and URL, the full raw JSON, the venue's own
    deadline field and notes such as a disagreement with the rules' deadline."""

    __tablename__ = "venue_markets"
    __table_args__ = (UniqueConstraint("venue", "venue_id", name="uq_venue_markets_venue_id"),)

    market_id: Mapped[str] = mapped_column(ForeignKey("markets.id", ondelete="CASCADE"), primary_key=True)
    venue: Mapped[str] = mapped_column(String(20))
    venue_id: Mapped[str] = mapped_column(String(200))
    url: Mapped[str | None] = mapped_column(String(2000), nullable=True)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    field_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    rules_deadline_text: Mapped[str | None] = mapped_column(Text, nullable=True)
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)
    raw: Mapped[dict[str, Any]] = mapped_column(JSON)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MarketVersionRow(Base):
    """Versions of a market's question, deadline and criteria (amendments); append-only."""

    __tablename__ = "market_versions"
    __table_args__ = (UniqueConstraint("market_id", "version", name="uq_market_versions_version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    market_id: Mapped[str] = mapped_column(ForeignKey("markets.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    question: Mapped[str] = mapped_column(Text)
    deadline: Mapped[datetime] = mapped_column(UTCDateTime())
    deadline_offset_minutes: Mapped[int] = mapped_column(Integer)
    criteria: Mapped[str] = mapped_column(Text)
    note: Mapped[str] = mapped_column(Text, default="")
    effective_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PriceSnapshotRow(Base):
    """A venue price at a time (the Yes price of a binary market, or one outcome's)."""

    __tablename__ = "price_snapshots"
    __table_args__ = (Index("ix_price_snapshots_market_taken", "market_id", "outcome_id", "taken_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    market_id: Mapped[str] = mapped_column(ForeignKey("markets.id", ondelete="CASCADE"))
    outcome_id: Mapped[str] = mapped_column(String(200), default="")
    price: Mapped[float] = mapped_column(Float)
    venue: Mapped[str] = mapped_column(String(20))
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime())


class WebhookDeliveryRow(Base):
    """The webhook outbox: every event to deliver, retried with backoff until acknowledged."""

    __tablename__ = "webhook_deliveries"
    __table_args__ = (Index("ix_webhook_deliveries_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    webhook: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(2000))
    event: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20))  # pending | delivered
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class DecisionRow(Base):
    """Append-only analyst decisions: accept, override (with a note) or defer."""

    __tablename__ = "decisions"
    __table_args__ = (Index("ix_decisions_market_outcome_id", "market_id", "outcome_id", "id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    market_id: Mapped[str] = mapped_column(ForeignKey("markets.id", ondelete="CASCADE"))
    outcome_id: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(20))            # accept | override | defer
    verdict: Mapped[str | None] = mapped_column(String(20), nullable=True)  # the final verdict it sets
    resolution: Mapped[str | None] = mapped_column(String(10), nullable=True)  # YES | NO | N/A
    note: Mapped[str] = mapped_column(Text, default="")
    analyst: Mapped[str] = mapped_column(String(200))
    against_verdict_id: Mapped[int | None] = mapped_column(ForeignKey("verdicts.id", ondelete="SET NULL"), nullable=True)
    against_verdict: Mapped[str | None] = mapped_column(String(20), nullable=True)
    revisit_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SourceRow(Base):
    """A polled source (feed, folder or file) with its fetch state and lease."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[str] = mapped_column(String(2000))
    kind: Mapped[str] = mapped_column(String(20))
    interval_seconds: Mapped[int] = mapped_column(Integer)
    trust: Mapped[float | None] = mapped_column(Float, nullable=True)
    full_text: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str] = mapped_column(String(20))  # "config" or "cli"
    etag: Mapped[str | None] = mapped_column(String(500), nullable=True)
    last_modified: Mapped[str | None] = mapped_column(String(200), nullable=True)
    last_fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_status: Mapped[str | None] = mapped_column(String(40), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    next_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    claimed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SchedulerJobRow(Base):
    """APScheduler 3's job store table, created here so that migrations own the schema."""

    __tablename__ = "apscheduler_jobs"

    id: Mapped[str] = mapped_column(String(191), primary_key=True)
    next_run_time: Mapped[float | None] = mapped_column(Float(25), index=True, nullable=True)
    job_state: Mapped[bytes] = mapped_column(LargeBinary)


class VerdictRow(Base):
    """Append-only verdict history."""

    __tablename__ = "verdicts"
    __table_args__ = (Index("ix_verdicts_market_id_id", "market_id", "id"),)


    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    market_id: Mapped[str] = mapped_column(ForeignKey("markets.id", ondelete="CASCADE"))
    outcome_id: Mapped[str] = mapped_column(String(200), default="", server_default="")  # "" for a binary market
    verdict: Mapped[str] = mapped_column(String(20))
    score: Mapped[float] = mapped_column(Float)
    confidence: Mapped[float] = mapped_column(Float)
    status: Mapped[str] = mapped_column(String(30))
    summary: Mapped[str] = mapped_column(Text)
    reasoning: Mapped[dict[str, Any]] = mapped_column(JSON)
    engine_version: Mapped[str] = mapped_column(String(20))
    inputs_hash: Mapped[str] = mapped_column(String(64))
    result_hash: Mapped[str] = mapped_column(String(64))
    as_of: Mapped[datetime] = mapped_column(UTCDateTime())
    known_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    rule_set_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    market_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OpinionRow(Base):
    """Append-only second opinions from a language model, beside the rules verdict they were
    asked about. Never a final verdict: analysts and the rules engine are untouched by them."""

    __tablename__ = "second_opinions"
    __table_args__ = (Index("ix_second_opinions_market_outcome_id", "market_id", "outcome_id", "id"),
                      Index("ix_second_opinions_cache", "cache_key"),
                      Index("ix_second_opinions_created", "created_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    market_id: Mapped[str] = mapped_column(ForeignKey("markets.id", ondelete="CASCADE"))
    outcome_id: Mapped[str] = mapped_column(String(200), default="")
    verdict_id: Mapped[int | None] = mapped_column(ForeignKey("verdicts.id", ondelete="SET NULL"), nullable=True)
    inputs_hash: Mapped[str] = mapped_column(String(64))            # the rules verdict's inputs hash
    cache_key: Mapped[str] = mapped_column(String(64))              # inputs hash + articles seen + model + prompt
    rules_verdict: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))                  # ok | dropped | failed
    verdict: Mapped[str | None] = mapped_column(String(20), nullable=True)  # only when status is ok
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    claimed_verdict: Mapped[str | None] = mapped_column(String(20), nullable=True)  # what the model said
    citations: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)  # why dropped or failed
    error_kind: Mapped[str | None] = mapped_column(String(30), nullable=True)
    disagrees: Mapped[bool] = mapped_column(Boolean, default=False)
    model: Mapped[str] = mapped_column(String(200))
    prompt_version: Mapped[str] = mapped_column(String(20))
    calls: Mapped[int] = mapped_column(Integer, default=0)
    input_tokens: Mapped[int | None] = mapped_column(Integer, nullable=True)
    output_tokens: Mapped[int | None] = mapped_column(Integer, nullable=True)
    cost: Mapped[float | None] = mapped_column(Float, nullable=True)
    as_of: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ServerSecretRow(Base):
    """Secrets the server generates once and keeps (the CSRF signing key), so that every server
    process on the database agrees and a restart does not invalidate open pages."""

    __tablename__ = "server_secrets"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
