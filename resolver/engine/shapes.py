"""Question shapes read before the act is derived: wordings whose surface verb is not the act
the market asks about ('Will X still be Prime Minister on <date>?' asks whether a state holds)."""

from __future__ import annotations

import re

import lemminflect

from . import lexicon

# 'still be FIFA president', 'still be Chelsea's head coach': up to three capitalised words (the
# body or the country whose office it is) between 'be' and the office, then perhaps one lowercase word ('still be
# England cricket captain', 'Chelsea first-team manager'); not an infinitive's 'be' ('cease to
# be Spain's head coach … on June 15' asks for the change the governing verb names, not a state held)
_HOLDING = re.compile(r"(?<!\bto\s)\b(still\s+)?be\s+(?=(?:the\s+)?(?:(?:(?-i:[A-Z])[\w.&-]*(?:['’]s)?\s+){1,3}"
                      r"(?:(?-i:[a-z])[a-z-]*\s+)?)?(?:"
                      + "|".join(lexicon.OFFICES) + r")\b)", re.I)


_STILL_STATE = re.compile(r"\bstill\s+be\s+(?=(?:" + "|".join(sorted(lexicon.STATE_ADJECTIVES)) + r")\b)", re.I)


# 'still be in force', 'still be ongoing', 'still be carrying out science observations', 'still be in
# office as President': a measure in force, an event going on, an activity in progress, a post held at a date
_STILL_GOING = re.compile(r"\bstill\s+be\s+(?=(?:in\s+(?:effect|force|place|operation|office|power)|ongoing|under\s+way|underway)\b"
                          r"|(?:under|in\s+an?\s+state\s+of)\s+(?:an?\s+|the\s+)?[a-z]"
                          r"|[a-z]+ing\b)", re.I)


def _rewritten(m: re.Match[str] | None, body: str, template: str) -> str:
    """The question body rewritten by `template` (its fields are the match's named groups) when the
    shape matched with a named subject (a capitalised 'who'); else the body unchanged."""
    if not m or not m.group("who")[:1].isupper():
        return body
    return template.format(**m.groupdict())


# 'still officially be named Astana', 'still be called Twitter', 'still be known as Astana': a name that must last
_STILL_NAMED = re.compile(r"\bstill\s+(?:(?:officially|legally|formally)\s+)?be\s+(?:(?:officially|legally|formally)\s+)?"
                          r"(?=(?:named|called|known\s+as)\s+\S)", re.I)


def holding_office(body: str) -> str:
    """'X (still) be Prime Minister on <date>' asks whether a state holds: read it as 'X remain
    Prime Minister on <date>' (not 'be the next …', not 'by <date>', which ask for a change)."""
    named = _STILL_NAMED.search(body)
    if named and not re.search(r"\bby\b", body[named.end():], re.I):
        # "Kazakhstan's capital still officially be named Astana on March 31": the name must last ('remain named')
        rest = re.sub(r"^known\s+as\b", "named", body[named.end():], flags=re.I)  # ('known as Y': the name Y)
        return body[:named.start()] + "remain " + rest
    still = _STILL_STATE.search(body)
    if still and not re.search(r"\bby\b", body[still.end():], re.I):
        # 'the streak still be active at the end of June 18': a state that must hold
        return body[:still.start()] + "remain " + body[still.end():]
    going = _STILL_GOING.search(body)
    if going and not re.search(r"\bby\b", body[going.end():], re.I):
        # 'the lockdown still be in force on December 3', 'the eruption still be ongoing on June 30',
        # 'Chandra still be carrying out science observations on December 31': what goes on must last
        rest = body[going.end():]
        if rest.startswith("in ") or rest.startswith("under ") and not re.match(r"under\s+way\b", rest, re.I):
            return body[:going.start()] + "remain " + rest  # 'still be under a state of emergency on August 31'

        if re.match(r"(?:ongoing|under\s*way|underway)\b", rest, re.I):
            return body[:going.start()] + "remain active " + re.sub(r"^(?:ongoing|under\s*way|underway)\s*", "", rest, flags=re.I)
        return body[:going.start()] + "continue " + rest
    m = _HOLDING.search(body)
    rest = body[m.end():] if m else ""
    if not m or re.match(r"(?:the\s+)?(?:next|new)\b", rest, re.I) or re.search(r"\bby\b", rest, re.I):
        return body
    if m.group(1) or re.search(r"\b(?:on|as of|at the end of|through|until)\b", rest, re.I):
        return body[:m.start()] + "remain " + rest
    return body


# 'Yomif Kejelcha's half marathon world record of 57:30 still stand on March 1', 'China's EAST
# tokamak still hold the world record for … on March 1': a record that must keep standing (not
# 'still hold the Ashes', a title defended in contests)
_RECORD_STANDS = re.compile(r"\brecord\b[^,;]*?\bstill\s+stand\b", re.I)
_HOLDS_RECORD = re.compile(r"\bstill\s+hold\s+(?=(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}record\b)", re.I)


def record_standing(body: str) -> str:
    """'X's record still stand on <date>' asks 'X's record remain unbroken on <date>'; 'X still hold
    the world record for …' asks 'X remain the holder of the world record for …'."""
    m = _RECORD_STANDS.search(body)
    if m:
        return body[:m.end() - len("still stand")] + "remain unbroken" + body[m.end():]
    m = _HOLDS_RECORD.search(body)
    return body[:m.start()] + "remain the holder of " + body[m.end():] if m else body


# 'Super Bowl LVIII: Will the San Francisco 49ers win?': the contest named as a title before the
# question, the question's winning verb left without an object.
_TITLED = re.compile(r"^\s*(?P<title>[A-Z][^:?]{2,80}?)\s*:\s*(?P<q>(?:will|would|can|does|do)\s+[^?:]+?)\s+"
                     r"(?P<verb>win|lose|beat|defeat)\s*\??\s*$", re.I)


def titled_contest(question: str) -> str:
    """A question whose contest is named as its title and whose 'win' has no object ('Super Bowl
    LVIII: Will the 49ers win?') asks 'Will the 49ers win Super Bowl LVIII?'. Other questions are
    returned unchanged."""
    m = _TITLED.match(question)
    if not m or not m.group("title")[:1].isupper():
        return question
    return f"{m.group('q')} {m.group('verb')} {m.group('title').strip()}?"


# 'Kevin Hassett be Donald Trump's nominee for Chair of the Federal Reserve': being someone's
# pick for a post is being named to it (one post, one name).
# Only with the one who appoints named ('Trump's pick', 'the Japanese government's nominee to succeed
# Kuroda as governor'): 'the nominee for president' is a party's candidate, who can still lose the election.
_NOMINEE = re.compile(r"^(?P<who>.+?)\s+be\s+(?:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*|the\s+(?:[A-Z]?[\w-]+\s+){0,2}"
                      r"(?:government|administration|cabinet|president|prime\s+minister))'s\s+"
                      r"(?:nominee|pick|choice)\s+(?:for|as|to\s+be|to\s+succeed\s+.+?\s+as)\s+(?P<post>.+)$")


def nominee_for(body: str) -> str:
    """'X be Trump's nominee for Chair of the Fed' asks 'X be named Chair of the Fed'."""
    return _rewritten(_NOMINEE.match(body), body, "{who} be named {post}")


# 'a Google DeepMind researcher be among the laureates of the 2024 Nobel Prize': to be one of
# a prize's winners is to win it (the nouns of those who win, received or were awarded a prize)
_AMONG_WINNERS = re.compile(r"^(?P<who>.+?)\s+be\s+(?:among|one\s+of)\s+the\s+(?:\w+\s+)?"
                            r"(?:winners|laureates|recipients|medal+ists|honorees|awardees|prizewinners)\s+"
                            r"(?:of|for|in|at)\s+(?P<prize>.+)$", re.I)


def among_winners(body: str) -> str:
    """'X be among the laureates of <prize>' asks 'X win <prize>'."""
    m = _AMONG_WINNERS.match(body)
    return f"{m.group('who')} win {m.group('prize')}" if m else body


# 'SpaceX be among the companies NASA selects for Commercial Crew Transportation Capability contracts in 2014':
# to be among those a named body chooses (selects, picks, awards, names …) is to be chosen by it; the chooser is
# a capitalised name right before its verb in the present ('NASA selects'), which must be a verb of choosing
_AMONG_CHOSEN = re.compile(r"^(?P<who>.+?)\s+be\s+(?:among|one\s+of)\s+the\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\s+"
                           r"(?:that\s+|which\s+|whom\s+)?(?:the\s+)?(?P<agent>(?:[A-Z][\w.&-]*\s+){0,3}?[A-Z][\w.&-]*)\s+"
                           r"(?P<verb>selects|picks|chooses|names|awards|approves|admits|invites|shortlists)\b(?P<rest>.*)$")


def among_chosen(body: str) -> str:
    """'X be among the companies NASA selects for …' asks 'NASA select X for …'."""
    m = _AMONG_CHOSEN.match(body)
    if not m or not m.group("who")[:1].isupper():
        return body
    base = lemminflect.getLemma(m.group("verb").lower(), upos="VERB")
    return f"{m.group('agent')} {base[0] if base else m.group('verb')[:-1]} {m.group('who')}{m.group('rest')}"


# 'Donald Trump remain the winner of Wisconsin's 2016 presidential vote after the statewide
# recount': to still be the winner once a recount is done is to win the recount.
_RECOUNT_WINNER = re.compile(r"^(?P<who>.+?)\s+(?:remain|still\s+be|stay)\s+the\s+winner\s+(?:of|in)\s+(?P<vote>.+?)\s+"
                             r"after\s+the\s+(?P<recount>(?:\w+\s+)?re-?counts?)$", re.I)


def recount_winner(body: str) -> str:
    """'X remain the winner of <vote> after the recount' asks 'X win the recount of <vote>'."""
    m = _RECOUNT_WINNER.match(body)
    return f"{m.group('who')} win the {m.group('recount')} of {m.group('vote')}" if m else body


# 'David Cameron be the next Prime Minister of the United Kingdom', 'Viktor Yanukovych be Ukraine's
# next president': to be the next holder of a post is to become it (a change, one holder).
_NEXT_HOLDER = re.compile(r"^(?P<who>.+?)\s+be\s+(?P<post>(?:the\s+|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+)next\s+.+)$")


def next_holder(body: str) -> str:
    """'X be the next Prime Minister of …' asks 'X become the next Prime Minister of …'."""
    return _rewritten(_NEXT_HOLDER.match(body), body, "{who} become {post}")


# 'Apple be the world's most valuable public company at the close of trading on January 31': to be
# first of a ranking at a time is to hold that place then (a state that must hold on the day). With no
# time named ('Harry Kane be the outright top scorer of Euro 2024') the question is left as it is: a
# ranking settled at a contest's end, whose silence in the news proves nothing (understood.py).
_RANKED = re.compile(r"^(?P<who>.+?)\s+be\s+(?P<place>the\s+(?:[\w'’-]+\s+){0,3}(?:most|top|largest|biggest|highest|"
                     r"best|leading|first)\b.+)$")
_AT_A_TIME = re.compile(r"\b(?:on|as\s+of|at\s+the\s+(?:market\s+)?close)\b", re.I)


def ranked_first(body: str) -> str:
    """'X be the world's most valuable company at the close on <date>' asks 'X remain …' on the day."""
    m = _RANKED.match(body)
    if not m or not m.group("who")[:1].isupper() or not _AT_A_TIME.search(m.group("place")):
        return body
    return f"{m.group('who')} remain {m.group('place')}"


# 'Raila Odinga be declared the winner of Kenya's August 2022 presidential election': to be declared
# (proclaimed) the winner of a contest is to win it as the body that declares it says: the one
# declared is the candidate, the contest the thing won (a rival declared the winner settles it no).
_DECLARED_WINNER = re.compile(r"^(?P<who>.+?)\s+be\s+(?:officially\s+)?(?:declared|proclaimed|certified)\s+(?:as\s+)?"
                              r"(?:the\s+)?winner\s+(?:of|in)\s+(?P<contest>.+)$", re.I)
# 'Rodrigo Londoño be named a laureate of the 2016 Nobel Peace Prize': to be named one of a prize's
# laureates (winners, recipients) is to win it (not 'be named to the shortlist', nor a post)
_NAMED_LAUREATE = re.compile(r"^(?P<who>.+?)\s+be\s+(?:officially\s+)?(?:named|announced)\s+(?:as\s+)?"
                             r"(?:a|an|the|one\s+of\s+the)\s+(?:co-?)?(?:laureates?|winners?|recipients?)\s+"
                             r"(?:of|for)\s+(?P<contest>.+)$", re.I)


def declared_winner(body: str) -> str:
    """'X be declared the winner of <contest>' and 'X be named a laureate of <prize>' ask 'X win
    <contest>' (not 'be confirmed as winner', whose act, the confirming, is read as such)."""
    return _rewritten(_DECLARED_WINNER.match(body) or _NAMED_LAUREATE.match(body), body, "{who} win {contest}")


# 'Paris be selected as host city of the 2012 Summer Olympic Games': to be chosen as a contest's
# host is to be chosen to host it (one host, chosen once: read like 'be chosen to host …').
_HOST_CHOSEN = re.compile(r"^(?P<who>.+?)\s+be\s+(?P<verb>selected|chosen|elected|picked|named)\s+as\s+(?:the\s+)?host"
                          r"(?:\s+(?:city|country|nation))?\s+(?:of|for)\s+(?P<event>.+)$", re.I)


def host_chosen(body: str) -> str:
    """'X be selected as host city of <event>' asks 'X be selected to host <event>'."""
    return _rewritten(_HOST_CHOSEN.match(body), body, "{who} be {verb} to host {event}")


# 'Hurricane Otis have maximum sustained winds of at least 157 mph when it makes landfall in Mexico':
# a measure the subject has at the moment of an act is a bar on that act's manner
_HAVE_WHEN = re.compile(r"^(?P<subject>.+?)\s+have\s+(?P<measure>(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+\s+of\s+"
                        r"(?:at\s+least|more\s+than|over|above|under|below|less\s+than|at\s+most)\s+\d[\d,.]*\s*[a-z/]+)"
                        r"\s+(?:when|as)\s+(?:it|they|he|she)\s+(?P<verb>[a-z]+)\b(?P<rest>.*)$", re.I)


def measured_when(body: str) -> str:
    """'X have <measure> of at least N <unit> when it <acts> …' asks 'X <act> … with <measure> of at
    least N <unit>' (measured_with.py reads the bar); other wordings are returned unchanged."""
    m = _HAVE_WHEN.match(body)
    if not m:
        return body
    base = lemminflect.getLemma(m.group("verb").lower(), upos="VERB")
    if not base:
        return body
    return f"{m.group('subject')} {base[0]}{m.group('rest')} with {m.group('measure')}"


# 'Sydney Metro's new City section … carry its first passengers by August 31': a line, an airport or a
# museum that carries (welcomes, takes) its first passengers (riders, visitors) opens to them; not a
# count ('carry 1 million passengers'), nor a first crew or cargo ('carry its first crew to the ISS')
_FIRST_USERS = re.compile(r"^(?P<who>.+?)\s+(?:carry|welcome|take|receive)\s+(?:its|their)\s+first\s+"
                          r"(?:(?:paying|fare-paying|public)\s+)?(?P<users>passengers|riders|commuters|visitors)\b(?P<rest>.*)$",
                          re.I)


def first_users(body: str) -> str:
    """'X carry its first passengers by …' asks 'X open to passengers by …'; other wordings unchanged."""
    m = _FIRST_USERS.match(body) if "first" in body.lower() else None
    return f"{m.group('who')} open to {m.group('users').lower()}{m.group('rest')}" if m else body
