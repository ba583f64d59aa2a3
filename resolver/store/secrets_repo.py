"""Server secrets: generated once per database with `secrets`, then read by every process.
Two processes starting at once both try to insert; ON CONFLICT DO NOTHING keeps the first and
both read it back."""

from __future__ import annotations

import secrets
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.engine import Engine

from .db import session_scope
from .models import ServerSecretRow
from .repo import insert_for


def server_secret(engine: Engine, name: str) -> bytes:
    """The secret called `name` (32 random bytes, hex in the database), created on first use."""
    with session_scope(engine) as s:
        value = s.scalar(select(ServerSecretRow.value).where(ServerSecretRow.name == name))
        if value is None:
            s.execute(insert_for(s, ServerSecretRow).values(name=name, value=secrets.token_hex(32),
                                                            created_at=datetime.now(timezone.utc))
                      .on_conflict_do_nothing())
            value = s.scalar(select(ServerSecretRow.value).where(ServerSecretRow.name == name))
    return bytes.fromhex(value)
