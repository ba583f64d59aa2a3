"""`resolver serve`: the review page and JSON API."""

from __future__ import annotations

from typing import Optional

import typer

from .common import ConfigOpt, DbOpt, app, err, handle_errors, open_app


@app.command("serve")
@handle_errors
def serve(host: Optional[str] = typer.Option(None, "--host", help="Bind address (default 127.0.0.1, or [server] host)."),
          port: Optional[int] = typer.Option(None, "--port", help="Port (default 8000, or [server] port)."),
          analyst: Optional[str] = typer.Option(None, "--analyst", help="Name the page's analyst field starts with "
                                                "(else review.analyst in the config, else empty and required)."),
          db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Serve the review page and JSON API (OpenAPI at /openapi.json)."""
    import uvicorn

    from ..web.app import create_app

    a = open_app(db, config)
    bind = host or a.settings.server.host
    if bind not in ("127.0.0.1", "localhost", "::1") and not a.settings.server.token:
        err.print(f"warning: serving on {bind} without [server] token: anyone who can reach it can record decisions",
                  markup=False)
    # the page's analyst field: --analyst, else [review] analyst, else empty and required (never
    # the server's OS user, which is not who reviews)
    web = create_app(a, analyst or a.settings.review.analyst or "")
    err.print(f"serving the review page on http://{bind}:{port or a.settings.server.port}/", markup=False)
    uvicorn.run(web, host=bind, port=port or a.settings.server.port, log_level="warning")
