"""Configuration: TOML file, environment, and command-line overrides."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .adjudicate.settings import AdjudicatorSettings
from .engine.settings import EngineSettings
from .errors import BadInput
from .poll.fetch import FetchSettings
from .poll.parse import KINDS

DEFAULT_DB_URL = "sqlite:///resolver.db"
DEFAULT_CONFIG_FILE = "resolver.toml"


class IngestSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_article_bytes: int = Field(5_000_000, gt=0, description="largest article body accepted (bytes of UTF-8)")
    max_file_bytes: int = Field(200_000_000, gt=0, description="largest import file accepted")
    match_threshold: float = Field(2.0, gt=0, description="relevance score at which an article is attached")


class DatabaseSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str | None = None


class PollSettings(FetchSettings):
    """[poll]: how sources are fetched and scheduled."""

    default_interval: int = Field(900, ge=10, le=31_536_000, description="seconds between polls of a source (≤ a year)")
    lease_seconds: int = Field(600, ge=10, description="how long a worker's claim on a source lasts")
    max_backoff_seconds: int = Field(86_400, ge=60, description="longest wait after repeated failures")
    misfire_grace_seconds: int = Field(300, ge=1, description="watch: how late a missed run may still start")
    full_text_min_chars: int = Field(400, ge=0, description="an entry shorter than this counts as a summary")
    full_text_budget: float = Field(300.0, gt=0, description="seconds one source may spend fetching full-text "
                                                             "pages in a pass (keep it under lease_seconds)")


class SourceConfig(BaseModel):
    """One [[sources]] entry."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=200)
    url: str = Field(min_length=1)
    kind: Literal[KINDS] = "auto"  # type: ignore[valid-type]
    interval: int | None = Field(default=None, ge=10, le=31_536_000,
                                 description="seconds (at most a year); default [poll] default_interval")
    trust: float | None = Field(default=None, ge=0, le=2, description="weight of its articles")
    full_text: bool = Field(default=False, description="fetch the linked page when an entry has only a summary")


class ReviewSettings(BaseModel):
    """[review]: who decides when --analyst is not given; when a venue price disagrees."""

    model_config = ConfigDict(extra="forbid")

    analyst: str | None = None
    disagreement_margin: float = Field(0.15, gt=0, lt=0.5, description="flag yes-price ≥ 1−margin vs likely-no, ≤ margin vs likely-yes")


class VenueSettings(BaseModel):
    """[venues]: base URLs for `market sync` (point them at a mirror or a test server)."""

    model_config = ConfigDict(extra="forbid")

    polymarket: str = "https://gamma-api.polymarket.com"
    kalshi: str = "https://api.elections.kalshi.com/trade-api/v2"
    manifold: str = "https://api.manifold.markets/v0"
    metaculus: str = "https://www.metaculus.com/api"


WEBHOOK_EVENTS = ("verdict_changed", "flagged", "decision")


class WebhookConfig(BaseModel):
    """One [[webhooks]] entry (delivery itself is resolver.webhooks)."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1)
    url: str = Field(pattern=r"^https?://")
    secret: str | None = None
    events: list[Literal["verdict_changed", "flagged", "decision"]] = Field(default_factory=lambda: list(WEBHOOK_EVENTS))
    format: Literal["json", "slack"] = "json"


class ServerSettings(BaseModel):
    """[server]: the review web page."""

    model_config = ConfigDict(extra="forbid")

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    token: str | None = Field(default=None, description="required for writes when set (Bearer or login cookie)")


class Settings(BaseModel):
    """Everything configurable; see config.example.toml."""

    model_config = ConfigDict(extra="forbid")

    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    engine: EngineSettings = Field(default_factory=EngineSettings)
    ingest: IngestSettings = Field(default_factory=IngestSettings)
    poll: PollSettings = Field(default_factory=PollSettings)
    sources: list[SourceConfig] = Field(default_factory=list)
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
    venues: VenueSettings = Field(default_factory=VenueSettings)
    webhooks: list[WebhookConfig] = Field(default_factory=list)
    adjudicator: AdjudicatorSettings | None = Field(default=None, description="second opinion from a model; off unless set")


def load_settings(path: str | os.PathLike[str] | None = None) -> Settings:
    """Settings from `path`, else $RESOLVER_CONFIG, else ./resolver.toml if present, else defaults."""
    explicit = path or os.environ.get("RESOLVER_CONFIG")
    file = Path(explicit) if explicit else Path(DEFAULT_CONFIG_FILE)
    if not file.exists():
        if explicit:
            raise BadInput(f"config file not found: {file}")
        return Settings()
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise BadInput(f"{file}: not valid TOML: {exc}") from None
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise BadInput(f"{file}: [{where}] {first['msg']}") from None


def database_url(cli_value: str | None, settings: Settings) -> str:
    """--db, else $RESOLVER_DATABASE_URL, else the config file, else a SQLite file here."""
    return cli_value or os.environ.get("RESOLVER_DATABASE_URL") or settings.database.url or DEFAULT_DB_URL
