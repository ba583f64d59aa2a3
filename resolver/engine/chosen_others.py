"""A choice told of another named thing. For a market asking that one named thing be chosen
('Will the consortium select Nabucco West to carry the gas?'), a choice verb whose own object
is another name ('has chosen the Trans Adriatic Pipeline (TAP) for deliveries'), or one that
names the market's thing only as the one passed over ('picked TAP over Nabucco West', 'TAP was
chosen over Nabucco West', 'chose A instead of B', 'rather than B'), reports a choice, but not
of the market's thing: no confirmation. Only the select family of verbs (select, choose, pick,
prefer, favour): elections and appointments name people, read by the candidate readings. A question asking in
the passive ('Will Turkey be chosen by UEFA to host Euro 2016?') names its thing as the subject, and there
'name' is a choice verb too: 'France were named as hosts of Euro 2016' tells another choice (unless the market's
name stands among the chosen before the verb: 'Strauss and Pietersen were named'). Pure."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts
from .word_class import DETERMINERS

_CHOICE = frozenset({"select", "choose", "pick", "prefer", "favour", "favor"})
_ASKED = re.compile(r"\b(?:select|choose|pick|prefer|favou?r)\s+(?:the\s+)?"
                    r"(?P<name>(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,4})", re.I)
_ASKED_PASSIVE = re.compile(r"\bwill\s+(?:the\s+)?(?P<name>(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,4})"
                            r"\s+be\s+(?:chosen|selected|picked|named)\b", re.I)  # 'Will Turkey be chosen by UEFA to host …'
_NAMED = _CHOICE | {"name"}  # 'France were named as hosts': for a question asking in the passive only
_BE = frozenset({"is", "was", "were", "are", "been", "be", "being"})  # a passive's auxiliaries ('has chosen' is active)
_NAME_REACH = 6  # words read after the verb for the chosen name, or after 'over' for the passed-over one
_TITLE_SHARE = 0.6  # a headline this much capitalised is title case: its capitals name nothing


def asked_name(question: str) -> str | None:
    """The named thing the question's choice verb takes: 'select Nabucco West to carry …' → 'Nabucco West'."""
    m = _ASKED.search(question) or _ASKED_PASSIVE.search(question)
    return m.group("name") if m else None


def _name(f: SentenceFacts, k: int, step: int) -> list[str]:
    """The capitalised words from token k on, in the direction step (+1 or -1), past determiners
    (forwards only) and a parenthesised acronym: 'the Trans Adriatic Pipeline (TAP)'."""
    toks = f.sent.tokens
    run: list[str] = []
    while 0 <= k < len(toks) and len(run) < _NAME_REACH:
        t = toks[k]
        if not run and step > 0 and t.lower in DETERMINERS:
            k += step
            continue
        if t.text[:1].isupper() and any(ch.isalpha() for ch in t.text):
            run.append(t.text)
        elif t.text in ("-", "–") and run:
            pass
        else:
            break
        k += step
    return run


def _title_case(f: SentenceFacts) -> bool:
    words = [t.text for t in f.sent.tokens if t.text.isalpha() and len(t.text) > 3]
    return bool(words) and sum(w[:1].isupper() for w in words) >= _TITLE_SHARE * len(words)


def chosen_other(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """Why the choice verb at token i tells a choice of another thing than the market's, or None."""
    tok = f.sent.tokens[i]
    passive_q = not _ASKED.search(ctx.market.question)
    if not tok.lemmas & (_NAMED if passive_q else _CHOICE):
        return None
    name = asked_name(ctx.market.question)
    if not name:
        return None
    asked = {w.lower().strip(".'’") for w in name.split()}
    toks = f.sent.tokens
    a, _ = f.sent.clause_of(i)
    if passive_q and any(t.lower.strip(".'’") in asked for t in toks[a:i]):
        return None  # 'Strauss and Pietersen were named': the market's name among those chosen
    end = min(len(toks), i + 1 + 2 * _NAME_REACH)
    for k in range(i + 1, end):
        w = toks[k].lower
        if w in (".", ";", "but", "and", "while", "which"):
            break
        if w == "over" or (w in ("instead", "rather") and k + 1 < len(toks) and toks[k + 1].lower in ("of", "than")):
            passed = {n.lower().strip(".'’") for n in _name(f, k + (1 if w == "over" else 2), 1)}
            if asked <= passed:
                return (f"'{tok.text} … {toks[k].text} {name}': the market's choice is the one "
                        "passed over, another was chosen")
            break
    if f.sent.headline and _title_case(f):
        return None  # 'Consortium Chooses Pipeline For Gas': capitals that name nothing
    k = i - 1
    while k >= 0 and toks[k].lower in _BE:
        k -= 1  # 'TAP was chosen', 'has been picked': the subject before the auxiliaries
    passive = k < i - 1
    chosen = _name(f, k, -1) if passive else _name(f, i + 1, 1)
    actors = {w.lower() for a in ctx.target.actors for w in a.split()} - asked
    said = {n.lower().strip(".'’") for n in chosen}
    if chosen and not (said & asked) and not said <= actors:
        return (f"'{tok.text}' tells the choice of {' '.join(reversed(chosen) if passive else chosen)}, not of the "
                f"market's {name}")
    return None
