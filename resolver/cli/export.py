"""`resolver export`: one row per market, as CSV, JSON or JSONL."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import BadInput
from ..terminal import clean, json_for_terminal
from .common import ConfigOpt, DbOpt, app, err, export_mod, handle_errors, now_utc, open_app, resolve_as_of


@app.command("export")
@handle_errors
def export(fmt: str = typer.Option("csv", "--format", help="csv, json or jsonl."),
           output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
           as_of: Optional[str] = typer.Option(None, "--as-of", help="Evaluate at this time first; default: latest recorded verdicts."),
           final: bool = typer.Option(False, "--final", help="Apply analyst decisions: final verdict, decision, analyst, note, time."),
           db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt) -> None:
    """Export one row per market: verdict, score, reasoning, evaluated-at (and with --final the
    analyst decisions)."""
    if fmt not in export_mod.FORMATS:
        raise BadInput(f"--format must be one of {', '.join(export_mod.FORMATS)}")
    a = open_app(db, config)
    if as_of:
        a.evaluate(resolve_as_of(as_of), now=now_utc())
    prices = a.price_flags()
    opinions = {k: v["opinion"] for k, v in a.second_opinions().items()}
    if final:
        rows = [export_mod.record(m, o, v, f, prices.get((m.id, o or "")), opinions.get((m.id, o or "")))
                for m, o, v, f in a.finals()]
    else:
        rows = [export_mod.record(m, o, v, price=prices.get((m.id, o or "")), opinion=opinions.get((m.id, o or "")))
                for m, o, v in a.latest()]
    text = export_mod.render(rows, fmt)
    if output:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise BadInput(f"cannot write {output}: {exc.strerror}") from None
        err.print(f"wrote {output}", markup=False)
    else:  # stored text on stdout: no control characters (a file written with --output keeps them)
        sys.stdout.write(clean(text) if fmt == "csv" else json_for_terminal(text))
