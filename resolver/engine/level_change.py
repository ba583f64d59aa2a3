"""Level changes: for a market on a value that must last ('Will the alert level stay at Level 4
through …?', 'Will Bank Rate stay at 5.25% …?'), a done move of the state's object to another
value ('authorities opted to downgrade the volcano's status to level 3') ends the state. A move
to the market's own value ('raised the alert level to 4') is the state beginning or coming back,
not ending, and a move with no value named is left to the unread-evidence gate.

A bar that must hold ('Will the policy rate stay at or above 6.00% through April 30?', 'remain at
or below 21% through …') is read the same way: a done move of the figure to a value on the bar's
other side ends it; a move that keeps it on the bar's side ends nothing. The value a move reached
is read after the verb ('to 4.75 percent'), after the size and the date of the move ('by 0.25
percentage points at the end of 2025, from 6.75% to 6.5%'; past an aside on the level left, 'from
13.5%, in force since the end of September, to 12.75%'), or as the figure the decision leaves
('The Bank's key interest rate … will therefore be 7.50%')."""

from __future__ import annotations

import re

from . import mentions
from .analysis import MarketContext, SentenceFacts
from .indicators import indicator_names
from .lexicon import LEVEL_CHANGE_VERBS, NUMBER_WORDS, STATE_VERBS
from .quantities import Required
from .word_class import DETERMINERS
from .rate_series import GENERIC_RATE_WORDS

# 'stay at Level 4', 'remain at 15.00%', 'keep the range at 4.25%-4.50%': the value that must last;
# 'to level 3', 'to 4.75 percent', 'to Category 2': the value a move goes to (a scale may take two
# words: 'remain at Alert Level 4', 'to Alert Level 3')
_SCALE = r"(?:level|status|category|tier|grade|stage|phase|rating|alert)"
# a level named by its colour ('remain at Orange', 'lowered from Orange to Yellow'), read as a value of
# its own kind: a colour is compared with colours only, never with a number
_COLOURS = {"green": -1.0, "yellow": -2.0, "amber": -3.0, "orange": -4.0, "red": -5.0, "purple": -6.0}
_COLOUR = r"(?P<c>green|yellow|amber|orange|red|purple)\b"
_HELD = re.compile(rf"\b(?:stay|remain|keep|hold|maintain|leave)\b[^?]*?\bat\s+(?:{_SCALE}\s+){{0,2}}"
                   rf"(?:(?P<v>\d+(?:\.\d+)?)|{_COLOUR})", re.I)
# ('cuts cash rate to 2-year low': a number glued to a period is no value)
# ('cut its repo rate by 50 basis points to a record low of 5.0%': the level reached, told as a low or high)
_TO = re.compile(rf"^[^,;]*?\bto\s+(?:(?:a|an|the)\s+)?(?:(?:(?:new|fresh|record|historic|all-time)\s+){{0,2}}"
                 rf"(?:low|high)\s+of\s+)?(?:{_SCALE}\s+){{0,2}}(?P<v>\d+(?:\.\d+)?)"
                 r"(?!\d|\.\d|-[a-z]|\s+(?:years?|months?|weeks?|days?|decades?)\b)", re.I)
# a level written as a word, from one to another: 'lowered Mayon Volcano's alert level from four to three after
# nearly six weeks' (the scale named before it; a word followed by a noun counts a thing: 'from four to three
# kilometres' is no level)
_WORD_VALUES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_WORD = r"(?:one|two|three|four|five|six)"
_FROM_TO_WORDS = re.compile(rf"^\s+(?:[\w'’-]+\s+){{0,4}}?{_SCALE}\s+from\s+(?:{_SCALE}\s+)?{_WORD}\s+to\s+"
                            rf"(?:{_SCALE}\s+)?(?P<w>{_WORD})(?=\s*[,.;)]|\s*$|\s+(?:after|on|in|at|since|following|"
                            r"and|as|by|with|for|last|this|yesterday|today)\b)", re.I)
_TO_COLOUR = re.compile(rf"^[^,;]*?\bto\s+(?:(?:a|an|the)\s+)?(?:{_SCALE}\s+){{0,2}}{_COLOUR}(?!-)", re.I)


# 'from 13.5%, in force since the end of September, to 12.75%': an aside between commas on the
# level left (no number in it)
_ASIDE = r"(?:,[^,;\d]{1,60},)?"
# 'from 6.75% to 6.5%' further on in the move's clause, past its size and date ('by 0.25
# percentage points at the end of 2025, from …'); not past a word opening another clause
PERCENT_MARK = r"\s*(?:%|per\s*cent|percent)"
# ('the monetary policy interest rate, known as MIMO, from 13.5%': 'known as' names the rate)
_FROM_TO = re.compile(rf"^(?:(?!\b(?:while|whereas|but|which|although|though|after|before|when|(?<!known\s)as)\b)[^;])*?"
                      rf"\bfrom\s+\d+(?:\.\d+)?(?:{PERCENT_MARK})?{_ASIDE}\s+to\s+(?P<v>\d+(?:\.\d+)?)(?={PERCENT_MARK})", re.I)
# 'The Bank's key interest rate … will therefore be 7.50%': the figure a decision leaves, said of
# the figure itself
_LEAVES = re.compile(rf"\b(?:will\s+(?:therefore|thus|consequently|accordingly)\s+be|"
                     rf"(?:therefore|thus|consequently|accordingly)\s+(?:is|stands\s+at))\s+(?P<v>\d+(?:\.\d+)?)(?={PERCENT_MARK})", re.I)
_RESPECTIVELY = re.compile(rf"(?P<list>\d+(?:\.\d+)?(?:{PERCENT_MARK})?(?:\s*(?:,\s*(?:and\s+)?|and\s+)\d+(?:\.\d+)?(?:{PERCENT_MARK})?)+)"
                           r"\s*,?\s*respectively\b", re.I)
# 'stay at or above 6.00% through April 30', 'remain at or below 21% through …': a bar that must hold
_HOLDING = STATE_VERBS | {"keep", "hold", "maintain"}
_THROUGH = re.compile(r"\b(?:through|until|till)\b", re.I)


def holds_through(ctx: MarketContext) -> bool:
    """A threshold market whose figure must stay on the bar's side through its window ('Will
    Bitcoin stay above $90,000 through February 28?', 'remain at or above 7.25% through June 30')."""
    t = ctx.target
    return t.kind == "threshold" and t.threshold is not None and t.act in _HOLDING \
        and bool(_THROUGH.search(ctx.market.question))


def held_bar(ctx: MarketContext) -> Required | None:
    """The bar a set rate must stay on the right side of through its window: a rate in percent
    that a body sets (not a statistic, a price or a yield, which move without a decision)."""
    t = ctx.target
    if not holds_through(ctx) or t.threshold_unit != "percent" or t.single_value \
            or "rate" not in t.object_terms or indicator_names(ctx.market.question):
        return None
    return Required(t.threshold, t.threshold_direction or "above", t.threshold_inclusive is not False,
                    t.threshold_unit or "")


# the words every level-change ending's reason carries: a figure reported against the figure the
# market holds (weak_readings.py reads them: a number against a number is no paraphrase)
HELD_AT = "the market holds it at"
NEEDS = "the market needs it"
MOVED = (HELD_AT, NEEDS)


def shown(value: float) -> str:
    """A value as told: a number, or the colour a level is named by."""
    return next((c.capitalize() for c, v in _COLOURS.items() if v == value), None) if value < 0 else f"{value:g}"


def _breaks(ctx: MarketContext, value: float) -> str | None:
    """Why a figure moved to `value` ends the market's state, or None when it does not (a colour
    against a number, or a number against a colour, tells nothing)."""
    held = held_value(ctx)
    if held is not None:
        if (held < 0) != (value < 0):
            return None
        return None if value == held else f"{HELD_AT} {shown(held)}"
    bar = held_bar(ctx)
    if bar is not None and not bar.met_by(value):
        return f"{NEEDS} {bar.describe()} throughout"
    return None


def _values(rest: str, dest: re.Match[str]) -> list[float]:
    """The value a move reached, or every value of a list paired with its figures by 'respectively'
    ('cut its standing deposit facility rate and standing lending facility rate to 13 per cent and
    14 per cent, respectively'): which one is the market's figure is not read."""
    if dest.re is _FROM_TO_WORDS:
        return [float(_WORD_VALUES[dest.group("w").lower()])]
    listed = _RESPECTIVELY.match(rest, dest.start("v"))
    return [float(v) for v in re.findall(r"\d+(?:\.\d+)?", listed.group("list"))] if listed else [float(dest.group("v"))]


def _breaks_all(ctx: MarketContext, values: list[float]) -> str | None:
    """Why the move ends the state when every value it may have reached ends it, else None."""
    reasons = [_breaks(ctx, v) for v in values]
    return reasons[0] if all(reasons) else None


def held_value(ctx: MarketContext) -> float | None:
    """The value the market's state must keep, when the question names one."""
    if ctx.target.kind != "state":
        return None
    m = _HELD.search(ctx.market.question)
    if m is None:
        return None
    return float(m.group("v")) if m.group("v") else _COLOURS[m.group("c").lower()]


# the market's value named as the end of the scale: 'remain at Indonesia's highest volcano alert level', 'stay at
# its top alert level'; a done move of the object away from that end ('has lowered the alert status of Mount
# Agung from the highest level') ends the state, whatever value it went to
_END_HELD = re.compile(r"\b(?:stay|remain|keep|hold|maintain)\b[^?]*?\bat\s+(?:(?:its|the|their|[A-Z][\w-]*['’]s)\s+)?"
                       rf"(?P<end>highest|top|maximum|lowest|minimum)\s+(?:[\w-]+\s+){{0,3}}?{_SCALE}s?\b", re.I)
_SCALE_AFTER = re.compile(rf"^\s+(?:[\w'’-]+\s+){{0,6}}?{_SCALE}\b", re.I)  # the level named right after the verb
_AWAY_FROM = {"highest": frozenset({"lower", "reduce", "downgrade", "cut"}),
              "lowest": frozenset({"raise", "hike", "increase", "upgrade", "elevate", "lift"})}


def held_end(ctx: MarketContext) -> str | None:
    """'highest' or 'lowest' when the state to last is the end of its scale, named so ('remain at Indonesia's
    highest volcano alert level'), else None."""
    if ctx.target.kind != "state" or not re.search(r"\b(?:highest|top|maximum|lowest|minimum)\b", ctx.market.question, re.I):
        return None
    m = _END_HELD.search(ctx.market.question)
    if m is None:
        return None
    return "highest" if m.group("end").lower() in ("highest", "top", "maximum") else "lowest"


def ending(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """(token, wording) of a done change verb whose theme is the state's object and which moves
    it to a value other than the one the market holds it at (or away from the end of the scale the
    market holds it at)."""
    held = held_value(ctx)
    end = held_end(ctx) if held is None else None
    if held is None and held_bar(ctx) is None and end is None:
        return None
    colour_held = held is not None and held < 0  # a level held at a colour: only then a colour it moves to
    generic = not f.object_idx and "rate" in ctx.target.object_terms and bool(f.actors)
    owned = [] if f.object_idx or generic else _owned_scale(ctx, f)
    if not f.object_idx and not generic and not owned:
        return None
    for m in mentions.read(f.sent):
        if m.kind != "verb" or not m.affirmed or not f.sent.tokens[m.index].lemmas & LEVEL_CHANGE_VERBS:
            continue
        tok = f.sent.tokens[m.index]
        rest = f.sent.text[tok.start + len(tok.text):]
        if generic and not _GENERIC_RATE.match(rest):
            continue  # with the object unnamed, only the body's rate named generically right after the verb
        if not generic and not mentions.about(m, f.sent, f.object_idx or owned) or _faction_vote(f, m.index):
            continue
        if end is not None:
            if tok.lemmas & _AWAY_FROM[end] and _SCALE_AFTER.match(rest):  # ('lowered the exclusion zone': no level)
                return m.index, f"'{tok.text}' from the {end} level ({HELD_AT} its {end})"
            continue
        dest = _TO.match(rest) or _FROM_TO.match(rest) or _FROM_TO_WORDS.match(rest)
        values = _values(rest, dest) if dest is not None else []
        colour = _TO_COLOUR.match(rest) if not values and colour_held else None
        values = [_COLOURS[colour.group("c").lower()]] if colour else values
        why = _breaks_all(ctx, values) if values else None
        if why:
            return m.index, f"'{tok.text} … to {' and '.join(shown(v) for v in values)}' ({why})"
    return _left_at(ctx, f)


def moved(ctx: MarketContext, f: SentenceFacts) -> int | None:
    """The token of a done change verb of the state's object (named, owning a level noun, or its rate
    named generically right after the verb) that names no value it moved to ('The US Federal Reserve
    has raised interest rates by a quarter percentage point' for 'keep its federal funds rate target
    at 1%'): the state may have ended, and no rule reads to what. Not a participle after a
    determiner ('a reduced Central Bank Rate'). For the unread-evidence gate; else None."""
    if not any(t.lemmas & LEVEL_CHANGE_VERBS for t in f.sent.tokens) or (held_value(ctx) is None and held_bar(ctx) is None):
        return None
    generic = not f.object_idx and "rate" in ctx.target.object_terms and bool(f.actors)
    owned = [] if f.object_idx or generic else _owned_scale(ctx, f)
    if not f.object_idx and not generic and not owned:
        return None
    toks = f.sent.tokens
    for m in mentions.read(f.sent):
        if m.kind != "verb" or not m.affirmed or not toks[m.index].lemmas & LEVEL_CHANGE_VERBS \
                or m.index > 0 and toks[m.index - 1].lower in DETERMINERS:
            continue
        rest = f.sent.text[toks[m.index].start + len(toks[m.index].text):]
        if generic and not _GENERIC_RATE.match(rest):
            continue
        if not generic and not mentions.about(m, f.sent, f.object_idx or owned) or _faction_vote(f, m.index):
            continue
        dest = _TO.match(rest) or _FROM_TO.match(rest) or _FROM_TO_WORDS.match(rest)
        if dest is None or not _values(rest, dest):
            return m.index
    return None


# 'Fed raises interest rate to 1.25%', 'has raised its key rates': the market's body (named in the
# sentence) moving its rate named only in generic words (figures.json 'rate_generic')
_GENERIC_RATE = re.compile(r"^\s*(?:(?:its|the|their)\s+)?(?:(?:" + "|".join(sorted(GENERIC_RATE_WORDS))
                           + r")\s+){0,3}rates?\b", re.I)


_SCALE_NOUN = re.compile(rf"^{_SCALE}$", re.I)


def _owned_scale(ctx: MarketContext, f: SentenceFacts) -> list[int]:
    """'Taal Volcano's status was lowered from Alert Level 4 … to Alert Level 3': the state's object named
    as the owner of a level noun ('status', 'alert level', 'rating'); that noun stands for it. The noun's
    index, else []."""
    terms = set(ctx.target.object_terms)
    toks = f.sent.tokens
    for k, tok in enumerate(toks[:-1]):
        if not tok.lower.endswith(("'s", "’s")) and not (toks[k + 1].text in ("'s", "’s")):
            continue
        owner = tok.lower.removesuffix("'s").removesuffix("’s")
        if owner not in terms:
            continue
        j = k - 1
        while j >= 0 and toks[j].text[:1].isupper() and toks[j].text.isalpha() and (
                toks[j].lower in terms or toks[j].lower in ("the", "a", "an")):
            j -= 1
        if j >= 0 and toks[j].text[:1].isupper() and toks[j].text.isalpha():
            continue  # 'the Mayon Volcano's status': another volcano's
        at = k + 1 if toks[k + 1].text in ("'s", "’s") else k
        for j in range(at + 1, min(at + 3, len(toks))):
            if _SCALE_NOUN.match(toks[j].text):
                if j + 1 < len(toks) and _SCALE_NOUN.match(toks[j + 1].text):
                    continue  # 'alert level': the last noun heads it
                return [j]
            if not toks[j].text.isalpha():
                break
    return []


def _left_at(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """'The Bank's key interest rate … will therefore be 7.50%': the figure, named before the
    words, left by a decision at a value that ends the state."""
    for m in _LEAVES.finditer(f.sent.text):
        i = f.sent.token_at(m.start())
        why = _breaks(ctx, float(m.group("v")))
        if why and any(k < i for k in f.object_idx):
            return i, f"'{m.group(0)}%' ({why})"
    return None


def _faction_vote(f: SentenceFacts, i: int) -> bool:
    """'… but three voted to raise it to 5.5%': members counted before a vote are a part of the
    body (a dissent), not its decision."""
    a, _ = f.sent.clause_of(i)
    toks = f.sent.tokens
    voted = next((j for j in range(i - 1, a - 1, -1) if toks[j].lower in ("voted", "vote", "votes")), None)
    return voted is not None and any(t.lower[:1].isdigit() or (t.lower in NUMBER_WORDS and t.lower not in ("a", "an"))
                                     for t in toks[a:voted])
