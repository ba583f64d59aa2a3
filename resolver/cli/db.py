"""`resolver db`: database maintenance."""

from __future__ import annotations

from typing import Optional

from .common import ConfigOpt, DbOpt, JsonOpt, _typer, handle_errors, open_app, out, print_json

db_app = _typer(help="Database maintenance.", no_args_is_help=True)


@db_app.command("upgrade")
@handle_errors
def db_upgrade(db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt, as_json: bool = JsonOpt) -> None:
    """Apply database migrations (every other command also upgrades an empty database)."""
    from ..store.db import current_revision

    a = open_app(db, config)
    rev = current_revision(a.engine)
    if as_json:
        print_json({"revision": rev, "url": a.engine.url.render_as_string(hide_password=True)})
    else:
        out.print(f"database at revision {rev}")
