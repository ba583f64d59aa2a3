"""How the review page says things: readable times with their ISO form, ages ("2 h ago"),
article text in paragraphs, history entries as sentences, and the queue's counts. Pure
functions of their arguments (the clock is passed in)."""

from __future__ import annotations

import re
from collections import Counter
from datetime import datetime, timedelta
from typing import Any, Iterable

from markupsafe import Markup, escape


def readable(dt: datetime | str | None) -> str:
    """'Thu 27 Nov 2025, 23:59 UTC−05:00' in the time's own offset (the page's script shows it
    in the reader's zone)."""
    if dt is None:
        return "—"
    if isinstance(dt, str):
        dt = datetime.fromisoformat(dt)
    off = dt.utcoffset()
    if off is None or off == timedelta(0):
        zone = "UTC"
    else:
        minutes = int(off.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "−"
        zone = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return f"{dt:%a} {dt.day} {dt:%b %Y, %H:%M} {zone}"


def time_tag(dt: datetime | str | None) -> Markup:
    """<time> with the readable form, the ISO form on hover and in `datetime`."""
    if dt is None:
        return Markup("—")
    iso = dt if isinstance(dt, str) else dt.isoformat()
    return Markup('<time datetime="{0}" title="{0}">{1}</time>').format(iso, readable(dt))


def age(then: datetime | str | None, now: datetime) -> str:
    """'2 h ago', '3 days ago', 'in 5 h' (then is after now)."""
    if then is None:
        return ""
    if isinstance(then, str):
        then = datetime.fromisoformat(then)
    seconds = (now - then).total_seconds()
    ahead = seconds < 0
    s = abs(seconds)
    if s < 90:
        text = "just now" if not ahead else "in a minute"
        return text
    if s < 90 * 60:
        n, unit = round(s / 60), "min"
    elif s < 48 * 3600:
        n, unit = round(s / 3600), "h"
    else:
        days = round(s / 86400)
        n, unit = days, "day" if days == 1 else "days"
    return f"in {n} {unit}" if ahead else f"{n} {unit} ago"


def paragraphs(body: Markup | str) -> Markup:
    """Escaped (and already highlighted) article text as <p> paragraphs: a blank line (or a
    single line break) in the text starts a new paragraph."""
    text = str(body if isinstance(body, Markup) else escape(body))
    parts = [p.strip() for p in re.split(r"\n\s*\n|\r?\n", text) if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in parts))


def _outcome_name(outcome: str | None, labels: dict[str, str]) -> str:
    return labels.get(outcome or "", outcome or "")


def history_sentence(ev: dict[str, Any], labels: dict[str, str]) -> str:
    """One history entry as a sentence naming the outcome, the analyst and the note."""
    name = _outcome_name(ev.get("outcome"), labels)
    about = f" for {name}" if name else ""
    kind = ev["kind"]
    if kind == "suggestion":
        text = (f"The engine suggested {ev['verdict']}{about} ({ev['status']}, score {ev['score']:+.2f}) "
                f"as of {readable(ev['as_of'])}, under rule set v{ev['rule_set_version']}.")
        return text + (f" It was {ev['note']}." if ev.get("note") else "")
    if kind == "decision":
        who = ev["analyst"] or "An analyst"
        engine = f"the engine said {ev['against']}" if ev.get("against") else "the engine had no suggestion"
        if ev["action"] == "accept":
            text = f"{who} accepted the suggestion {ev['against'] or '(none)'}{about}"
        elif ev["action"] == "override":
            target = f"the resolution {ev['resolution']}" if ev.get("resolution") else ev["verdict"]
            text = f"{who} overrode the suggestion{about} to {target} ({engine})"
        else:
            until = f" until {readable(ev['revisit_at'])}" if ev.get("revisit_at") else " until the suggestion changes"
            text = f"{who} deferred the decision{about}{until} ({engine})"
        note = (ev.get("note") or "").strip()
        if not note:
            return text.rstrip() + ", with no note."
        return text.rstrip() + f", noting: “{note}”" + ("" if note[-1] in ".!?…" else ".")
    if kind == "amendment":
        if ev["version"] == 1:
            return f"The market was created with the deadline {readable(ev['deadline'])}."
        return (f"The market was amended (version {ev['version']}): {ev['note'] or 'no note'}; "
                f"deadline {readable(ev['deadline'])}.")
    origin = {"derived": "derived from the question and criteria", "analyst": "set by an analyst"}.get(
        ev.get("origin", ""), ev.get("origin", ""))
    note = (ev.get("note") or "").strip()
    extra = f": {note}" if note and note != "derived from the question and criteria" else ""
    return f"Rule set v{ev['version']}{about} was {origin}{extra}."


def queue_counts(items: Iterable[dict[str, Any]], now: datetime, days: int = 7) -> dict[str, Any]:
    """What the queue holds at a glance: counts by suggested verdict, how many deadlines fall in
    the next `days` days, and how many venue prices disagree with the verdict."""
    items = list(items)
    by_verdict = Counter(i["verdict"].verdict for i in items)
    soon = [i for i in items if now <= i["market"].deadline <= now + timedelta(days=days)]
    disagree = [i for i in items if i.get("price_flag")]
    return {"total": len(items),
            "by_verdict": {v: by_verdict.get(v, 0) for v in ("likely-yes", "likely-no", "undetermined")},
            "due_soon": len(soon), "days": days, "price_disagreements": len(disagree)}
