"""The engine's lexicon files (`resolver/data/*.json`, package data): read once, at import."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any


def load_json(name: str) -> Any:
    """The parsed contents of `resolver/data/<name>` (works from a wheel and a checkout alike)."""
    return json.loads((resources.files("resolver") / "data" / name).read_text(encoding="utf-8"))
