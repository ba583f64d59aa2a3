"""A defeat that ends an unbeaten state (read by rules/state_ended.py): for a market on a side
staying unbeaten ('Will Leeds United remain unbeaten in the 2017-18 Championship through September
30, 2017?', or its unbeaten run remaining intact), the side, named before it in its clause, suffering a defeat or falling to its first one
('Table-topping Leeds United suffered their first defeat of the Championship season with a 1-0 loss
at battling Millwall on Saturday', 'Liverpool collapsed to their first league loss of the season')
reports the state over; the rule dates it as any ending. Not read: a defeat still ahead or only
possible ('could suffer their first defeat', 'avoided a first loss'), negated or in a condition, or
a defeat of another side named between the holder and it.

The run itself told ended (`streak_ended`): for a market on a side's unbeaten or winning run ('Will the
Atlanta Braves' winning streak still be active …?', 'remain unbeaten'), the holder's run named as the
subject of an ending verb told done ('Braves' 14-game winning streak snapped by Cubs', 'Sydney FC's
19-match unbeaten streak … ended Saturday night', a headline's 'Sydney's unbeaten streak ends') or,
with the holder's possessive, as its object ('Federer Ends Djokovic's 41-Match Winning Streak'). Not
read: a losing or winless run, a run extended, another side's run ('Damascus … longest winning
streak'), an end still ahead ('could end', 'will snap'), negated or in a condition; a body's present
('The defeat ends a … streak') is no report. Pure; word shapes only."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, negation
from .text import conditional_clause

_ASKED = re.compile(r"\b(?:remain|stay|go|finish)s?\s+(?:unbeaten|undefeated)\b"
                    # 'Will Bayer Leverkusen's Bundesliga unbeaten run, dating back to May 2023, remain intact'
                    r"|\b(?:unbeaten|undefeated)\s+(?:run|streak|record)\b[^?.;]{0,60}?\b(?:remain|stay)s?\s+"
                    r"(?:intact|alive|unbroken)\b", re.I)
_DEFEAT = r"(?:defeat|loss|setback)"
# 'suffered their first defeat', 'suffered a 1-0 loss', 'collapsed to their first league loss'
_ENDING = re.compile(rf"\b(?:(?P<verb>suffer(?:ed|s)?|slump(?:ed|s)?\s+to|fell\s+to|falls?\s+to|collapsed\s+to|crashed\s+to|"
                     rf"succumbed\s+to)\s+(?:(?:their|its|his|her|a|an)\s+)?(?:first\s+)?(?:[\w-]+\s+){{0,3}}?{_DEFEAT}"
                     rf"|(?:their|its|his|her)\s+first\s+(?:[\w-]+\s+){{0,3}}?{_DEFEAT})\b", re.I)
# the defeat still ahead, only possible or kept off
_AHEAD = re.compile(r"\b(?:could|would|will|might|may|can|avoid\w*|escap\w*|stave\w*|prevent\w*|to|if|before|until|hope\w*|"
                    r"fear\w*|risk\w*)\s+(?:\w+\s+){0,1}$", re.I)


# 'Will the Atlanta Braves' winning streak still be active …', 'keep their winning streak alive'
_RUN_ASKED = re.compile(r"\b(?:winning|unbeaten|undefeated)\s+(?:run|streak)\b", re.I)


def asked(ctx: MarketContext) -> bool:
    return ctx.target.kind == "state" and bool(_ASKED.search(ctx.market.question) or _RUN_ASKED.search(ctx.market.question))


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the token of the defeat's first word, its wording) when the holder suffered it, else None."""
    if not asked(ctx) or not (f.actors or f.object_idx):
        return None
    text = f.sent.text
    low = text.lower()
    if "defeat" not in low and "loss" not in low and "setback" not in low:
        return streak_ended(ctx, f)  # a cheap check before the pattern
    for m in _ENDING.finditer(text):
        i = f.sent.token_at(m.start())
        a, _ = f.sent.clause_of(i)
        before = text[f.sent.tokens[a].start:m.start()]
        if _AHEAD.search(before) or negation(f, i) or conditional_clause(f.sent, i):
            continue
        holders = [h for p in ctx.actor_patterns.values() for h in p.finditer(before)]
        if not holders:
            continue
        last = max(h.end() for h in holders)
        if re.search(r"\b(?:beat|defeated|against|over|by|to)\b", before[last:], re.I):
            continue  # 'Millwall beat Leeds United, who …': the holder is not the one defeated here
        return i, f"'{' '.join(m.group().split())}'"
    return streak_ended(ctx, f)


# the run: '14-game winning streak', '19-match unbeaten streak', 'unbeaten run' (not 'losing', 'winless')
_RUN = r"(?:[\w]+-(?:game|match|fight|bout|race|win)s?\s+)?(?:winning|unbeaten|undefeated)\s+(?:run|streak)"
# the run as the subject of a done ending ('… streak snapped by Cubs', '… streak … ended Saturday night');
# a present 'ends' only in a headline
_RUN_ENDED = re.compile(rf"\b(?P<run>{_RUN})\b(?P<gap>[^,;.:]{{0,60}}?)\s(?P<verb>(?:was\s+|has\s+been\s+)?"
                        rf"(?:ended|snapped|broken|halted|stopped)|(?P<now>ends|is\s+over))\b", re.I)
# the holder's run as the object of a done ending ('Ends Djokovic's 41-Match Winning Streak', 'ended
# Leeds' unbeaten run')
_ENDED_RUN = re.compile(rf"\b(?P<verb>(?i:ended|snapped|broke|halted|stopped|(?P<now>ends|snaps|breaks)))\s+"
                        rf"(?P<owner>(?:[A-Z][\w.&-]*\s+){{0,3}}[A-Z][\w.&-]*['’]s?)\s+(?i:(?:[\w-]+\s+){{0,2}}?{_RUN})\b")
# the end still ahead or only possible, right before the verb ('could end', 'will snap', 'to end')
_RUN_AHEAD = re.compile(r"\b(?:could|would|will|might|may|can|to|if|before|until|set|bid|bidding|threaten\w*)\s+(?:\w+\s+){0,1}$", re.I)
# words between the holder and its run that may stand there ("Bayer Leverkusen's 51-game", "the Braves'")
_OWNER_TAIL = re.compile(r"^(?:['’]s?)?\s*(?:(?:the|their|its|remarkable|record|historic|long|longest|club-record|"
                         r"season-opening|[\w]+-(?:game|match)s?)\s+)*$", re.I)


def _holder_named(ctx: MarketContext, text: str) -> bool:
    """The holder named in `text` as the run's owner: an actor's name ending right before the run,
    with only a possessive, an article or a word of the run's size between ('Sydney FC's')."""
    return any(_OWNER_TAIL.match(text[h.end():]) for p in ctx.actor_patterns.values() for h in p.finditer(text))


def streak_ended(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(the ending verb's token, its wording) when the holder's unbeaten or winning run is told ended."""
    text = f.sent.text
    low = text.lower()
    if "streak" not in low and " run" not in low:
        return None  # a cheap check before the patterns
    for m in _RUN_ENDED.finditer(text):
        if m.group("now") and not f.sent.headline:
            continue
        start = max(text.rfind(",", 0, m.start()), text.rfind(";", 0, m.start()), -1) + 1
        if not _holder_named(ctx, text[max(start, m.start() - 60):m.start()]):
            continue
        if _RUN_AHEAD.search(m.group("gap") + " "):
            continue
        i = f.sent.token_at(m.start("verb"))
        if negation(f, i) or conditional_clause(f.sent, i):
            continue
        return i, f"'{' '.join(m.group('run').split())} … {' '.join(m.group('verb').split())}'"
    for m in _ENDED_RUN.finditer(text):
        if m.group("now") and not f.sent.headline:
            continue
        if not any(p.fullmatch(m.group("owner").rstrip("'’s").rstrip("'’")) or p.search(m.group("owner"))
                   for p in ctx.actor_patterns.values()):
            continue
        i = f.sent.token_at(m.start("verb"))
        if _RUN_AHEAD.search(text[max(0, m.start() - 30):m.start()]) or negation(f, i) or conditional_clause(f.sent, i):
            continue
        return i, f"'{' '.join(m.group().split())}'"
    return None
