"""A launch failed with the market's one unit aboard (data/failed_launches.json): a market asking that
a payload be put in orbit, or a rocket reach orbit, on one unit only — a payload the question names
('place the Shijian-18 satellite into orbit'), a flight it names by its serial ('JAXA's Epsilon-6
rocket deliver its satellites to orbit', 'ISRO's PSLV-C61') or by its place in the rocket's order ('reach
orbit on its maiden flight', 'China's second Long March 5 rocket') — and a sentence telling that launch
failed. A payload lost with its launch cannot reach orbit by any later date; a flight flown cannot be
flown again. Read by rules/ended_prospects.py under `ruled_out`, like a craft lost (lost_craft.py).

A market on 'a satellite', 'a Falcon 1 rocket' or 'the Eris rocket' by a date names no one unit: a failed
launch there is a setback (rules/failed_attempt.py), not read here.

The failure is one of three shapes, told as done (past, a perfect, or a headline's present), not negated,
not in a condition, not a guess ('may have failed'), and not of an earlier flight ('the previous launch'):
- the launch failed: a launch, rocket, mission or flight as the subject of 'failed', 'ended in failure',
  'was unsuccessful' or 'could not be accomplished' ('The launch of a European Vega rocket carrying an
  imaging satellite for the United Arab Emirates failed about two minutes after liftoff');
- the payload not put in orbit: a failure cue before a verb of putting in or reaching orbit ('Iran
  successfully launches satellite, fails to put it in orbit', 'it fell short of reaching orbit');
- a destruct command sent to the rocket ('sent out a self-destruct signal to the Epsilon-6 … rocket').
Not when the same sentence tells the payload separated or placed in orbit (a stage failing after it).

The sentence is tied to the market's unit by naming it (the payload's or the flight's name, written
with a hyphen or a space: 'EOS 09'), or, in an article that names it, by naming the market's rocket
(or no other name) with no other craft's serial in the sentence; a flight known by its order is tied by
the same order before a flight word in the sentence or the headline ('maiden launch', 'debut launch',
'its first domestic space rocket') in an article naming the rocket."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .analysis import MarketContext, SentenceFacts
from .packaged import load_json
from .text import conditional_clause, holds

_DATA = load_json("failed_launches.json")
FLIGHT_NOUNS = frozenset(_DATA["flight_nouns"])
CRAFT_NOUNS = frozenset(_DATA["craft_nouns"])
EARLIER = frozenset(_DATA["earlier"])
OTHER_BODIES = frozenset(_DATA["other_bodies"])
UNSURE = frozenset(_DATA["unsure"])
ORDINALS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["ordinals"].items()}
_ORDINAL_WORDS = {w: k for k, ws in ORDINALS.items() for w in ws}
_ORD = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))
_FLIGHT = "|".join(sorted(FLIGHT_NOUNS, key=len, reverse=True))
_ORBIT_VERB = "|".join(sorted(_DATA["orbit_verbs"], key=len, reverse=True))

# the question puts something in orbit or has it reach orbit ('into orbit', 'reach orbit', 'in its
# intended orbit', 'into geosynchronous transfer orbit'); not an orbit around another body
_ORBIT_ASKED = re.compile(r"\b(?:in|into|to|reach|reaches|enter|enters|achieve)\s+(?:[\w-]+\s+){0,3}?orbit\b"
                          r"(?!\s+(?:around|of|about|at)\b)", re.I)
# a flight's serial: letters, a hyphen, then a part with a digit ('Epsilon-6', 'PSLV-C61', 'LVM3-M5')
_SERIAL = re.compile(r"^[A-Za-z][A-Za-z0-9]*-[A-Za-z]{0,3}\d[A-Za-z0-9]*$")
_NAME_WORD = re.compile(r"^(?=.*[A-Za-z0-9])[A-Z0-9][\w-]*$")
_ROCKET = re.compile(r"((?:[A-Z0-9][\w-]*\s+){0,3}[A-Z0-9][\w-]*)\s+(?:rocket|launcher|launch\s+vehicle)\b")
# the flight's place in the rocket's order: 'on its maiden flight', 'its first launch', 'second Long March 5 rocket'
_ORDER_ASKED = re.compile(rf"\b({_ORD})\s+(?:[\w-]+\s+){{0,3}}?(?:flight|launch|mission|rocket|attempt)\b", re.I)
# the same order before a flight word in the sentence ('maiden launch', 'first model of … H3 rocket')
_ORDER_TOLD = re.compile(rf"\b({_ORD})\s+(?:[\w'’-]+\s+){{0,2}}?(?:{_FLIGHT}|model|try)\b", re.I)
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that", "his", "her", "our", "after", "two", "three"})

# the launch failed: the predicate, its start marking where the subject ends
_FAILED = re.compile(r"\b(?:(?:has|have)\s+)?(?:failed|fails|fail)\b(?!\s+to\b)|\b(?:ended|ends|end)\s+in\s+(?:a\s+)?failure\b"
                     r"|\b(?:was|were)\s+unsuccessful\b|\bcould\s+not\s+be\s+accomplished\b", re.I)
# the payload not put in orbit
_NOT_IN_ORBIT = re.compile(rf"\b(?:failed|fails|fail|failing|unable|did\s+not|didn['’]t|could\s+not|couldn['’]t|"
                           rf"fell\s+short\s+of|falls\s+short\s+of)\s+(?:to\s+)?(?:\w+\s+)?(?:{_ORBIT_VERB})\b"
                           rf"[^.;:!?]{{0,80}}?\borbit\b(?!\s+(?:around|of)\b)", re.I)
# a destruct command sent to the rocket
_DESTRUCT = re.compile(r"\b(?:sent|sends|issued|issues|transmitted|commanded|triggered)\b[^.;:!?]{0,40}?"
                       r"\b(?:self-)?destruct\s+(?:command|signal|order)\b"
                       r"|\b(?:self-)?destruct\s+(?:command|signal|order)\s+(?:was|were|has\s+been|had\s+been)\s+"
                       r"(?:sent|issued|transmitted|triggered)\b", re.I)
# the payload reached orbit or left the rocket: a stage failing after it is not the payload lost
_DEPLOYED = re.compile(r"\b(?:separated|(?:was|were|been)\s+(?:successfully\s+)?(?:deployed|released|placed\s+in(?:to)?\s+orbit)"
                       r"|reached\s+(?:its\s+|the\s+|an?\s+)?(?:intended\s+|planned\s+|target\s+|low\s+|earth\s+)?orbit"
                       r"|entered\s+(?:its\s+|the\s+)?orbit)\b", re.I)
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n['’]t|failed\s+to|fails\s+to|unable\s+to)\s+(?:\w+\s+){0,2}$", re.I)
_CUE = re.compile(r"fail|unsuccessful|accomplished|destruct|short of|did not|didn['’]t|could not|couldn['’]t|unable", re.I)
_RELATIVE = re.compile(r",\s*(?:which|who)\b[^,;:]{0,80},\s*$|,\s*(?:which|who)\b[^,;:]{0,80},", re.I)
_OPENERS = frozenset({"that", "said", "says", "announced", "confirmed", "when", "as", "while", "because", "but", "where",
                      "which", "who", "and", "after"})


@dataclass(frozen=True)
class Unit:
    """The one unit a market asks about: the names that pick it out (payload names, flight serials),
    the rocket's name when the question gives one, and the flight's place in its order ('1' for a
    maiden flight)."""

    names: tuple[re.Pattern[str], ...]
    rocket: re.Pattern[str] | None
    order: str | None
    label: str = ""  # the launch as the question names it, for the trace ('the launch carrying Falcon Eye 1')


def _name_pattern(name: str) -> re.Pattern[str]:
    """'EOS-09' → EOS 09, EOS-09, EOS09; a name without a digit matches as capitalised ('Zafar', not 'zafar')."""
    parts = [re.escape(p) for p in re.split(r"[\s-]+", name) if p]
    flags = re.I if any(c.isdigit() for c in name) else 0
    return re.compile(r"(?<![\w-])" + r"[\s-]*".join(parts) + r"(?![\w-])", flags)


def _payload_names(question: str) -> list[str]:
    """The capitalised words (or serials) right before a craft noun of the question ('the UAE's Falcon Eye 1
    satellite' → 'Falcon Eye 1'; 'the six ORBCOMM OG2 satellites' → 'ORBCOMM OG2'); a possessor ends them."""
    words = question.split()
    names = []
    for k, w in enumerate(words):
        if re.sub(r"\W+$", "", w) not in CRAFT_NOUNS:
            continue  # lower case: 'Small Satellite Launch Vehicle' names a rocket, not a payload
        run: list[str] = []
        for v in reversed(words[max(0, k - 4):k]):
            if v.endswith(("'s", "’s")) or v.lower() in _DETERMINERS or (run and not _NAME_WORD.match(v)):
                break
            if _NAME_WORD.match(v):
                run.insert(0, v)  # lower-case words between the name and its noun describe it ('dummy', 'observation')
        serials = [v for v in run if _SERIAL.match(v)]
        if serials:
            names += serials  # 'EOS-03 Earth observation satellite': the serial is the name
        elif run and any(c.isalpha() for c in "".join(run)):
            names.append(" ".join(run))
    return names


@lru_cache(maxsize=1024)
def _unit(question: str) -> Unit | None:
    asked = _ORBIT_ASKED.search(question)
    if not asked or set(re.findall(r"[a-z]+", asked.group(0).lower())) & OTHER_BODIES:
        return None  # 'enter lunar orbit': an insertion at another body, which can be tried again
    payloads = _payload_names(question)
    serials = [w.strip(",.?!()") for w in question.split() if _SERIAL.match(w.strip(",.?!()"))]
    serials = [s for s in serials if not any(s in p for p in payloads)]
    rocket = _ROCKET.search(question)
    rocket_names = [rocket.group(1)] if rocket else []
    rocket_names += [s.split("-")[0] for s in serials if len(s.split("-")[0]) > 1]
    order = _ORDER_ASKED.search(question)
    if not payloads and not serials and not order:
        return None  # 'a satellite', 'the Eris rocket': no one unit
    rocket_pattern = re.compile("|".join(_name_pattern(r).pattern for r in dict.fromkeys(rocket_names)), re.I) \
        if rocket_names else None
    label = f"the launch carrying {' and '.join(dict.fromkeys(payloads))}" if payloads else \
        f"the launch of {' and '.join(dict.fromkeys(serials))}" if serials else \
        f"the {'' if order.group(0).lower().endswith('launch') else 'launch of the '}{order.group(0)}"
    return Unit(tuple(_name_pattern(n) for n in dict.fromkeys(payloads + serials)), rocket_pattern,
                _ORDINAL_WORDS[order.group(1).lower()] if order else None, label)


def asked(ctx: MarketContext) -> Unit | None:
    """The market's one unit when it asks for a payload in orbit or a rocket reaching orbit, else None."""
    if ctx.target.kind != "event":
        return None
    return _unit(ctx.market.question)


def _told(text: str, start: int, end: int) -> bool:
    """The failure at text[start:end] is told as done: not negated, not a guess, not an earlier flight's
    pluperfect ('had failed')."""
    before = text[max(0, start - 60):start].lower().split()[-5:]
    if any(w.strip(",\"“”'") in UNSURE for w in before) or (before and before[-1] in ("not", "never", "had", "to")):
        return False
    return not re.match(r"\s*not\b", text[end:end + 6], re.I)


def _subject(text: str, start: int) -> list[str]:
    """The words before the predicate back to the last word opening a clause (commas kept: an
    apposition stays in the subject: 'the launch of … rocket, the Chang Zheng-5 Y2, was unsuccessful')."""
    # a relative clause set off by commas is read past ('the launch of the EOS-09 satellite, which was
    # launched on Sunday, could not be accomplished')
    before = _RELATIVE.sub(" ", text[max(0, start - 200):start])
    words = re.findall(r"[\w'’-]+|[;:]", before)
    cut = max((j + 1 for j, w in enumerate(words) if w.lower() in _OPENERS or w in (";", ":")), default=0)
    return words[cut:]


def _failures(f: SentenceFacts) -> list[tuple[int, int, str, list[str]]]:
    """Each failure the sentence tells: (start, end, kind, subject words) — kind 'launch', 'orbit' or 'destruct'."""
    text = f.sent.text
    found = []
    for m in _FAILED.finditer(text):
        if m.group(0).lower() in ("fails", "fail") and not f.sent.headline:
            continue  # a present 'fails' in a body is a habit or a plan, not a report
        words = _subject(text, m.start())
        if words and words[-1].lower() in _DETERMINERS:
            continue  # 'the failed launch': an attribute of a noun, not a report
        if not any(w.lower() in FLIGHT_NOUNS for w in words) and not re.match(r"\s+(?:on|in)\s+(?:its\s+)?(?:debut|maiden)", text[m.end():]):
            continue
        if any(w.lower() in EARLIER for w in words):
            continue  # 'the previous launch failed': another flight
        found.append((m.start(), m.end(), "launch", words))
    for m in _NOT_IN_ORBIT.finditer(text):
        found.append((m.start(), m.end(), "orbit", _subject(text, m.start())))
    for m in _DESTRUCT.finditer(text):
        found.append((m.start(), m.end(), "destruct", []))
    return found


def _foreign_serial(sentence: str, unit: Unit) -> bool:
    """The sentence names a craft's serial that is not the market's ('SJ-11-04 … failed to enter Earth's orbit')."""
    for w in re.findall(r"[A-Za-z][\w-]*\d[\w-]*", sentence):
        if _SERIAL.match(w) and not any(p.search(w) for p in unit.names) and not (unit.rocket and unit.rocket.search(w)):
            return True
    return False


def _capitalised(words: list[str]) -> bool:
    return any(w[:1].isupper() for w in words[1:]) or bool(words and words[0][:1].isupper() and words[0].lower() not in
                                                            _DETERMINERS and words[0].lower() not in FLIGHT_NOUNS)


def _tie(unit: Unit, f: SentenceFacts) -> str | None:
    """How the sentence is tied to the market's unit, read once per sentence: 'named' (the sentence names
    it), 'article' (the article names it; a launch's subject must then name the market's rocket or no other
    name), 'order' (a flight known by its order, that order told before a flight word in the sentence or
    the headline, in an article naming the rocket), or None."""
    text = f.sent.text
    if any(p.search(text) for p in unit.names):
        return "named"
    if _foreign_serial(text, unit):
        return None
    article = f"{f.article.title}\n{f.article.text}"
    if unit.names and any(p.search(article) for p in unit.names):
        return "article"
    if unit.order is None or unit.rocket is None or not unit.rocket.search(article):
        return None
    told = [m.group(1).lower() for s in (text, f.article.title) for m in _ORDER_TOLD.finditer(s)]
    return "order" if any(_ORDINAL_WORDS.get(w) == unit.order for w in told) else None


def _subject_tied(unit: Unit, tie: str, kind: str, subject: list[str]) -> bool:
    if tie != "article" or kind != "launch" or unit.rocket is None:
        return True
    return bool(unit.rocket.search(" ".join(subject))) or not _capitalised(subject)


_QUOTED_SUBJECT = 12  # subject words quoted before the failure's own words in the trace


def _shown(subject: list[str], failure: str) -> str:
    """The failure quoted with its subject ('Vega rocket launch with United Arab Emirates satellite fails')."""
    words = [w for w in subject if w not in (";", ":")][-_QUOTED_SUBJECT:]
    lead = "… " if len(subject) > len(words) else ""
    return f"{lead}{' '.join(words)} {failure}".strip()


def find(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str, str] | None:
    """(the failure's token index, its words, the words quoted for the trace: the failure with its subject,
    and the unit as the question names it) when the sentence tells the launch carrying the market's one
    unit failed; None otherwise."""
    if not holds(f.sent, _CUE):
        return None
    unit = asked(ctx)
    if unit is None:
        return None
    text = f.sent.text
    failures = [x for x in _failures(f) if _told(text, x[0], x[1])]
    if not failures:
        return None
    deployed = _DEPLOYED.search(text)
    if deployed and not _NEGATED_BEFORE.search(text[max(0, deployed.start() - 40):deployed.start()]):
        return None  # 'the satellite separated, but the upper stage failed': the payload was delivered
    tie = _tie(unit, f)
    if tie is None:
        return None
    for start, end, kind, subject in failures:
        if not _subject_tied(unit, tie, kind, subject):
            continue
        k = f.sent.token_at(start)
        if conditional_clause(f.sent, k):
            continue
        return k, text[start:end], f"{unit.label}: '{_shown(subject, text[start:end])}'"
    return None
