"""The second opinion ([adjudicator]): `resolver adjudicate`, and the second opinions shown after
an evaluation and in `market show`."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Optional

import typer

from ..errors import BadInput
from ..terminal import SafeConsole
from .common import (AsOfOpt, ConfigOpt, DbOpt, JsonOpt, app, deliver_quietly, handle_errors, market_and_outcome,
                     now_utc, open_app, out, print_json, resolve_as_of)

if TYPE_CHECKING:  # pragma: no cover
    from ..services import App


def print_opinion(entry: dict | None, evidence_ids: dict[int, str]) -> None:
    """The latest second opinion under the rules verdict in `market show` (never the verdict)."""
    if not entry:
        return
    op, failure = entry.get("opinion"), entry.get("failure")
    if op:
        spent = f"{op['model']}, prompt {op['prompt_version']}, {op['calls']} call(s), " \
                f"{op['input_tokens'] or 0}+{op['output_tokens'] or 0} tokens" + (f", cost {op['cost']:.4f}" if op["cost"] else "")
        if op["status"] == "ok":
            out.print(f"  second opinion (not the verdict): {op['verdict']} (confidence {op['confidence']:.2f})"
                      + (f" — DISAGREES with the rules ({op['rules_verdict']})" if op["disagrees"] else "")
                      + f" [{spent}; as of {op['as_of']}]", markup=False)
        else:
            out.print(f"  second opinion dropped: {op['reason']} (the model said {op['claimed_verdict']}) [{spent}]",
                      markup=False)
        for c in op["citations"]:
            mark = "verified" if c["verified"] else f"NOT VERIFIED: {c['problem']}"
            out.print(f"    [{mark}] article {c['article_id']}"
                      + (f" <{evidence_ids[c['article_id']]}>" if c["article_id"] in evidence_ids else "")
                      + f": \"{c['quote']}\" — {c['why']}", markup=False)
    if failure:
        out.print(f"  last second-opinion attempt failed at {failure['created_at']}: {failure['reason']}", markup=False)


def second_opinions_after(a: App, results: list, when: datetime, console: SafeConsole) -> None:
    """After the rules: second opinions for the verdicts [adjudicator] when selects (off
    unless configured). One line each; a failure leaves the rules verdict in place."""
    from ..adjudicate import make_adjudicator

    adjudicator = make_adjudicator(a)
    if adjudicator is None:
        return
    for report in adjudicator.after_evaluation(results, when, now_utc()):
        console.print(report.line(), markup=False)


@app.command("adjudicate")
@handle_errors
def adjudicate(market_id: str = typer.Argument(..., help="The market to ask about."),
               as_of: Optional[str] = AsOfOpt, db: Optional[str] = DbOpt, config: Optional[str] = ConfigOpt,
               as_json: bool = JsonOpt) -> None:
    """Ask the configured model ([adjudicator]) for a second opinion on one market now, whatever
    `when` says: the rules evaluate first; the opinion is verified, stored beside the rules
    verdict and never replaces it. Cached: the same inputs make no second call."""
    from ..adjudicate import make_adjudicator

    a = open_app(db, config)
    adjudicator = make_adjudicator(a)
    if adjudicator is None:
        raise BadInput("the second opinion is off: add an [adjudicator] section to the config (see README)")
    market_id, only = market_and_outcome(a, market_id)
    when = resolve_as_of(as_of)
    results = [r for r in a.evaluate(when, market_id, now=now_utc()) if not only or r.verdict.outcome == only]
    reports = [adjudicator.opine(r.verdict, when, now_utc()) for r in results]
    if as_json:
        print_json([r.__dict__ for r in reports])
    else:
        for r in reports:
            out.print(r.line(), markup=False)
    deliver_quietly(a)
