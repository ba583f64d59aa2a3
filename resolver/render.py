"""Human-readable text for verdicts and their reasoning (used by the CLI and exports)."""

from __future__ import annotations

from .engine.types import Contribution, Verdict


def _when(c: Contribution) -> str:
    return f"{c.published:%Y-%m-%d %H:%M %z}" if c.published else ""


def contribution_lines(c: Contribution) -> list[str]:
    sign = f"{c.weight:+.2f}" if c.direction != "none" else " note"
    flag = "" if c.counted else " (not counted)"
    lines = [f"[{sign}] {c.rule}{flag}: {c.reason}"]
    if c.sentence:
        lines.append(f'        "{c.sentence}"')
    if c.article_url:
        title = f"{c.article_title} — " if c.article_title else ""
        lines.append(f"        {title}{c.article_url} ({_when(c)})")
    if c.temporal:
        lines.append(f"        time: {c.temporal}")
    return lines


def reasoning_text(v: Verdict) -> str:
    """The full reasoning of a verdict as plain text, deterministic for the same verdict."""
    t = v.target
    head = [
        f"{v.market_id}{'/' + v.outcome if v.outcome else ''}: {v.verdict} (score {v.score:+.2f}, confidence {v.confidence:.2f}, {v.status})",
        f"  as of {v.as_of.isoformat()}" + (f"; known at {v.known_at.isoformat()}" if v.known_at else ""),
        f"  looking for: kind={t.kind}, act={t.act or '?'}"
        + (f" ({', '.join(t.act_forms[:6])})" if t.act_forms else "")
        + (f", object={t.object}" if t.object else "")
        + (f", actors={', '.join(t.actors)}" if t.actors else "")
        + (f", candidate={t.candidate} for {t.role}" if t.candidate else "")
        + (f", threshold {t.threshold_direction} {t.threshold:,g} {t.threshold_unit or ''}".rstrip() if t.threshold else "")
        + (f", excluded: {'; '.join(t.exclusions)}" if t.exclusions else ""),
    ]
    for note in t.notes:
        head.append(f"  note: {note}")
    body = [f"    {line}" for c in v.contributions for line in contribution_lines(c)]
    if not body:
        body = [f"    no rule fired: {v.summary.split('): ', 1)[-1]}"]
    return "\n".join(head + ["  reasoning:"] + body)


def short_reason(v: Verdict) -> str:
    """One line for CSV exports and tables."""
    return v.summary
