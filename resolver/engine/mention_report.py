"""What the language layer read: the event mentions of every sentence of some articles that
bears on a market (`resolver rules test` shows them, so a missed paraphrase can be seen and
added to the market's frames)."""

from __future__ import annotations

from typing import Any

from . import mentions
from .analysis import analyse
from .evaluate import market_context
from .spec import RuleSet, default_rule_set
from .types import Article, Market


def mention_report(market: Market, articles: list[Article], rule_set: RuleSet | None = None) -> list[dict[str, Any]]:
    """One entry per sentence naming the act, its object or an actor: the sentence, where it
    is, and its mentions, each marked 'act' (a word of the act's frame), 'object' (the object
    takes part in it) or '' (another event)."""
    rules = rule_set or default_rule_set(market)
    ctx = market_context(market, rules)
    out: list[dict[str, Any]] = []
    for article in sorted(articles, key=lambda a: (a.published, a.url)):
        for f in analyse(ctx, article):
            found = mentions.anchored(mentions.read(f.sent), f.sent, f.spans)
            if not found:
                continue
            act_tokens = set(f.act_idx) | set(f.act_noun_idx)
            rows = []
            for m in found:
                bears = ("act" if m.index in act_tokens or m.predicate in ctx.act_verbs | ctx.act_noun_set
                         else "object" if mentions.about(m, f.sent, f.object_idx) else "")
                rows.append({"bears_on": bears, "predicate": m.predicate, "form": m.form, "kind": m.kind,
                             "frames": list(m.frames), "polarity": m.polarity, "modality": m.modality,
                             "cue": m.cue, "aspect": m.aspect, "agent": m.agent, "theme": m.theme, "time": m.time,
                             "quantities": list(m.quantities), "affirmed": m.affirmed, "text": m.describe()})
            out.append({"article_url": article.url, "published": article.published.isoformat(),
                        "where": "headline" if f.sent.headline else f"sentence {f.sent.index}",
                        "sentence": f.sent.text, "mentions": rows})
    return out


def mention_lines(report: list[dict[str, Any]]) -> list[str]:
    """The report as plain text lines."""
    lines = ["mentions read (act = a word of the act's frame, object = the object takes part):"]
    if not report:
        lines.append("  no sentence names the act, its object or an actor")
    for entry in report:
        lines.append(f"  {entry['where']} of {entry['article_url']}: \"{entry['sentence']}\"")
        for m in entry["mentions"]:
            mark = f"[{m['bears_on']}] " if m["bears_on"] else ""
            lines.append(f"    - {mark}{m['text']}" + ("" if m["affirmed"] else "  (not affirmed)"))
    return lines
