"""A market's timeline drawn on the server as SVG (no JavaScript, no build step): the deadline,
each article as a mark coloured by the direction it pushed and sized by its weight, the
suggestion over time (one lane per outcome), analyst decisions, and the venue's price as a line
where there is one. Every mark has a <title>, shown on hover. Pure: data in, markup out; all
text is escaped. Colours are SVG presentation attributes (no inline style, no script), so a
strict Content-Security-Policy allows it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from markupsafe import Markup, escape

from .present import readable

COLOURS = {"yes": "#16703a", "no": "#a3261f", "none": "#8b93a3",
           "likely-yes": "#2f9e5b", "likely-no": "#c9453d", "undetermined": "#d9b100"}
WIDTH, LEFT, RIGHT = 960, 150, 20
LANE_H, MARK_TOP = 22, 34


@dataclass
class TimelineData:
    deadline: datetime
    lanes: list[tuple[str, str]]                 # (outcome id, label); [("", "")] for a yes/no market
    articles: list[dict] = field(default_factory=list)     # at, title, direction, weight, outcome
    suggestions: list[dict] = field(default_factory=list)  # at, outcome, verdict
    decisions: list[dict] = field(default_factory=list)    # at, outcome, text
    prices: list[dict] = field(default_factory=list)       # at, outcome, price
    now: datetime | None = None


def _span(d: TimelineData) -> tuple[datetime, datetime, bool]:
    """The drawn span, and whether the deadline lies so far beyond the evidence that the axis
    is broken before it (else a far deadline would squeeze every mark into one corner)."""
    data = [a["at"] for a in d.articles] + [s["at"] for s in d.suggestions] + [p["at"] for p in d.prices]
    times = [d.deadline] + data
    lo, hi = min(times), max(times)
    if data and d.deadline > max(data):
        dlo, dhi = min(data), max(data)
        width = max(dhi - dlo, timedelta(days=1))
        if d.deadline - dhi > 3 * width:
            pad = width * 0.06
            return dlo - pad, dhi + pad, True
    pad = max((hi - lo) * 0.04, timedelta(hours=6))
    return lo - pad, hi + pad, False


def _fmt(v: float) -> str:
    return f"{v:.1f}"


def render(d: TimelineData) -> Markup:
    lo, hi, broken = _span(d)
    total = (hi - lo).total_seconds()
    inner = WIDTH - LEFT - RIGHT
    body = inner * (0.86 if broken else 1.0)  # a broken axis keeps the last part for the deadline

    def x(t: datetime) -> float:
        if broken and t >= d.deadline:
            return LEFT + inner * 0.95
        if broken and t > hi:
            return LEFT + inner * 0.90  # between the evidence and the deadline: at the break
        return LEFT + body * min(max((t - lo).total_seconds() / total, 0.0), 1.0)

    has_price = bool(d.prices)
    lanes_top = MARK_TOP + 40
    price_top = lanes_top + LANE_H * len(d.lanes) + 14
    height = price_top + (70 if has_price else 0) + 30
    lane_y = {oid: lanes_top + k * LANE_H for k, (oid, _) in enumerate(d.lanes)}
    parts: list[str] = [
        f'<svg id="timeline" class="timeline" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {WIDTH} {height}" width="100%" aria-labelledby="timeline-title">',
        '<title id="timeline-title">Timeline: evidence, suggestions, decisions and the deadline</title>',
        f'<text x="8" y="{MARK_TOP + 4}" font-size="12" fill="#5b6272">articles</text>',
        f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{MARK_TOP}" y2="{MARK_TOP}" stroke="#d8dce5"/>',
    ]
    # suggestion lanes: a band per outcome, coloured by the suggestion in force from each as-of
    for oid, label in d.lanes:
        y = lane_y[oid]
        parts.append(f'<text x="8" y="{y + 15}" font-size="12" fill="#1d2330">'
                     f'{escape(label or "suggestion")}</text>')
        parts.append(f'<rect x="{LEFT}" y="{y + 3}" width="{inner}" height="{LANE_H - 6}" fill="#f1f3f7"/>')
        rows = sorted((s for s in d.suggestions if (s["outcome"] or "") == oid), key=lambda s: s["at"])
        for k, s in enumerate(rows):
            end = rows[k + 1]["at"] if k + 1 < len(rows) else hi
            x0, x1 = x(s["at"]), x(end)
            parts.append(
                f'<rect class="suggestion" data-verdict="{escape(s["verdict"])}" x="{_fmt(x0)}" y="{y + 3}" '
                f'width="{_fmt(max(x1 - x0, 2))}" height="{LANE_H - 6}" fill="{COLOURS.get(s["verdict"], "#999")}">'
                f'<title>{escape(s["verdict"])}{" for " + escape(label) if label else ""} as of '
                f'{escape(readable(s["at"]))}</title></rect>')
    # articles: circles on the top line, radius by weight
    for a in sorted(d.articles, key=lambda a: a["at"]):
        r = 4 + min(abs(a["weight"]), 4.0) * 2.2
        colour = COLOURS.get(a["direction"], COLOURS["none"])
        push = {"yes": "pushed towards yes", "no": "pushed towards no"}.get(a["direction"], "no effect")
        who = f" ({escape(a['outcome'])})" if a.get("outcome") else ""
        parts.append(
            f'<circle class="article-mark" data-direction="{escape(a["direction"])}" cx="{_fmt(x(a["at"]))}" '
            f'cy="{MARK_TOP}" r="{_fmt(r)}" fill="{colour}" fill-opacity="0.8" stroke="#fff">'
            f'<title>{escape(readable(a["at"]))}: {escape(a["title"])} — {push}{who}, '
            f'weight {a["weight"]:+.2f}</title></circle>')
    # decisions: diamonds on their outcome's lane (a decision made after the drawn span sits at
    # the right edge; its title says when)
    for dec in d.decisions:
        y = lane_y.get(dec["outcome"] or "", lanes_top) + LANE_H / 2
        cx = x(dec["at"])
        pts = f"{_fmt(cx)},{_fmt(y - 8)} {_fmt(cx + 7)},{_fmt(y)} {_fmt(cx)},{_fmt(y + 8)} {_fmt(cx - 7)},{_fmt(y)}"
        parts.append(f'<polygon class="decision" points="{pts}" fill="#2450a6" stroke="#fff">'
                     f'<title>{escape(readable(dec["at"]))}: {escape(dec["text"])}</title></polygon>')
    # venue prices: one line per outcome on a 0–1 scale
    if has_price:
        parts.append(f'<text x="8" y="{price_top + 12}" font-size="12" fill="#5b6272">venue price</text>')
        parts.append(f'<rect x="{LEFT}" y="{price_top}" width="{inner}" height="60" fill="none" stroke="#e3e6ee"/>')
        for oid, label in d.lanes:
            pts = sorted((p for p in d.prices if (p["outcome"] or "") == oid), key=lambda p: p["at"])
            if not pts:
                continue
            coords = [(x(p["at"]), price_top + 60 * (1 - p["price"])) for p in pts]
            if len(coords) == 1:
                coords.append((WIDTH - RIGHT, coords[0][1]))
            path = " ".join(f"{_fmt(cx)},{_fmt(cy)}" for cx, cy in coords)
            parts.append(f'<polyline class="price" points="{path}" fill="none" stroke="#6a4fb3" stroke-width="2">'
                         f'<title>venue price{" of " + escape(label) if label else ""}: '
                         f'{", ".join(format(p["price"], ".2f") for p in pts)}</title></polyline>')
    # the deadline (and as-of now), and the span's ends
    dx = x(d.deadline)
    parts.append(f'<line class="deadline" x1="{_fmt(dx)}" x2="{_fmt(dx)}" y1="12" y2="{height - 22}" '
                 f'stroke="#1d2330" stroke-dasharray="5 3"><title>deadline {escape(readable(d.deadline))}</title></line>')
    near_end = dx > WIDTH - RIGHT - 70
    anchor = "end" if near_end else "start"
    parts.append(f'<text x="{_fmt(dx - 4 if near_end else dx + 4)}" y="14" font-size="12" fill="#1d2330" '
                 f'text-anchor="{anchor}">deadline</text>')
    if d.now is not None and lo <= d.now <= hi:
        nx = x(d.now)
        parts.append(f'<line class="now" x1="{_fmt(nx)}" x2="{_fmt(nx)}" y1="20" y2="{height - 22}" stroke="#8b93a3">'
                     f'<title>now {escape(readable(d.now))}</title></line>')
    if broken:
        bx = LEFT + inner * 0.90
        parts.append(f'<path class="axis-break" d="M{_fmt(bx - 5)},{MARK_TOP - 8} l5,6 l-5,6 l5,6 M{_fmt(bx + 1)},{MARK_TOP - 8} '
                     f'l5,6 l-5,6 l5,6" stroke="#8b93a3" fill="none"><title>time skipped: '
                     f'{escape(readable(hi))} to the deadline</title></path>')
        parts.append(f'<text x="{_fmt(LEFT + body)}" y="{height - 6}" font-size="11" fill="#5b6272" '
                     f'text-anchor="end">{escape(readable(hi))}</text>')
    parts.append(f'<text x="{LEFT}" y="{height - 6}" font-size="11" fill="#5b6272">{escape(readable(lo))}</text>')
    if not broken:
        parts.append(f'<text x="{WIDTH - RIGHT}" y="{height - 6}" font-size="11" fill="#5b6272" text-anchor="end">'
                     f'{escape(readable(hi))}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
