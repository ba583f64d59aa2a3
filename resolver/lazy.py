"""Imports deferred to first use, so that commands which do not need a heavy module (the web
app, venues, the poller, trafilatura, the engine's language layer) never pay to load it."""

from __future__ import annotations

import importlib
from typing import Any, Callable


def lazy_function(module: str, name: str, package: str | None = None) -> Callable[..., Any]:
    """A function (or class) from `module` (relative to `package` when it starts with a dot),
    imported on its first call."""

    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(module, package), name)(*args, **kwargs)

    call.__name__ = name
    return call
