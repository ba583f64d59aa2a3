"""Counts read in an article: how many members voted for a side ('seven members voted for'), how
many times an act happened ('two dissents'), and a result given as a count ('won 52 seats',
'received 1,234 votes')."""

from __future__ import annotations

import re


from .numerals import _NUM, _WORDNUM, _number
from .text import all_lemmas

# -- counts of voters ---------------------------------------------------------------------------
# A market on how many members vote a way ('at least four MPC members vote to raise') is about
# the split of a vote, not the decision: the decision going the other way settles nothing.
VOTER_NOUNS = frozenset({"members", "voters", "policymakers", "officials", "justices", "judges", "lawmakers",
                         "senators", "mps", "delegates", "governors", "dissenters", "jurors", "legislators",
                         "deputies", "directors", "commissioners"})
_VOTED_FOR = re.compile(
    rf"\b(?P<num>{_NUM}|{_WORDNUM})\s+(?:other\s+)?(?P<noun>[a-z]+)\s+(?:[a-z]+\s+){{0,2}}?"
    r"(?P<verb>voted|preferred|favou?red|backed|supported|wanted|sought|pushed|argued|dissented)\s+"
    r"(?:in\s+favou?r\s+of\s+|for\s+|to\s+)(?:an?\s+|the\s+|immediate\s+|further\s+)?(?P<act>[a-z]+)\b", re.I)


def voter_count(unit: str | None) -> bool:
    """The market's count is of people who vote ('members', 'voters', 'justices')."""
    return (unit or "").lower() in VOTER_NOUNS


# 'The vote was 57-43, short of the two-thirds needed for conviction': a split whose first side fell
# short of the share the act needs is the count of those who voted for the act
_SHORT_SPLIT = re.compile(
    r"\b(?:vote|tally|count)\s+(?:was|of|stood\s+at)\s+(?P<num>\d{1,3})\s*(?:-|–|to)\s*(?P<other>\d{1,3})\s*,\s*"
    r"(?:(?:just|well|far|falling|which\s+fell|fell)\s+)*short\s+of\s+the\s+(?:[\w-]+\s+){0,3}?(?:needed|required|"
    r"necessary)\s+(?:for\s+(?:a\s+|an\s+)?|to\s+)(?P<act>[a-z]+)\b", re.I)


def voters_for(text: str, forms: list[str]) -> tuple[float, str] | None:
    """How many voters the text says voted for the act: 'Four members preferred to increase the
    interest rate' → (4, 'Four members preferred to increase'). The voters are a voter noun,
    the act one of the act's forms (a verb or its noun: 'voted for a hike'); or the first side
    of a split told short of what the act needs ('57-43, short of the two-thirds needed for
    conviction')."""
    from .act_families import act_nouns
    wanted = {f.lower() for f in forms}
    for m in _VOTED_FOR.finditer(text):
        if m.group("noun").lower() not in VOTER_NOUNS:
            continue
        act = m.group("act").lower()
        lemmas = {lem for group in all_lemmas(act).values() for lem in group} | {act}
        value = _number(m.group("num"))
        if value is not None and lemmas & wanted:
            return value, m.group(0)
    nouns = wanted | {n for f in wanted for n in act_nouns(f)}
    for m in _SHORT_SPLIT.finditer(text):
        act = m.group("act").lower()
        if ({lem for group in all_lemmas(act).values() for lem in group} | {act}) & nouns \
                and int(m.group("num")) >= int(m.group("other")):
            return float(m.group("num")), m.group(0)
    return None


# 'the first double dissent since 1993', 'two dissents', 'three dissenting votes': the act itself
# counted, each one a voter's.
# Acts each of which is one voter's ('two dissents' are two voters; 'two cuts' are not two voters).
_PERSONAL_VOTES = frozenset({"dissent", "abstain", "abstention", "object", "objection"})
_MULTIPLES = {"double": 2.0, "twin": 2.0, "triple": 3.0, "quadruple": 4.0}
_ACT_COUNT = re.compile(rf"\b(?P<num>{_NUM}|{_WORDNUM}|double|twin|triple|quadruple)\s+(?P<act>[a-z]+)\b", re.I)


def act_count(text: str, forms: list[str]) -> tuple[float, str] | None:
    """How many of the act the text counts ('first double dissent' → 2), the act named by a noun
    or gerund of one of its forms ('dissents', 'dissenting votes', 'dissenters')."""
    wanted = {f.lower() for f in forms} & _PERSONAL_VOTES
    for m in _ACT_COUNT.finditer(text):
        word = m.group("act").lower()
        lemmas = {lem for group in all_lemmas(word).values() for lem in group} | {word}
        lemmas |= {word.removesuffix("ers"), word.removesuffix("er"), word.removesuffix("ing")}
        if not lemmas & wanted:
            continue
        num = m.group("num").lower()
        value = _MULTIPLES.get(num) or _number(num)
        if value is not None:
            return value, m.group(0)
    return None


# -- a result given as a count ------------------------------------------------------------------
_GETTING = (r"won|wins?|winning|secured?|secures|securing|took|takes?|taking|gets?|got|getting|received?|receives|"
            r"receiving|obtained?|obtains|obtaining|grant(?:s|ed|ing)?|gives?|gave|giving|given|captured?|captures|"
            r"capturing|clinched|bagged")


# 'came out on top with 130 of the 165 parliamentary seats': a first place told with its count
_ON_TOP_WITH = r"(?:came|comes|come|finished|finishes|ended|ends)\s+(?:out\s+)?(?:on\s+top|first)\s+with"
# one lowercase word that says which seats ('parliamentary seats'), not one that makes them a change
# ('52 more seats', 'five new seats')
_KIND_OF = (r"(?:(?!(?:more|fewer|less|additional|extra|new|other|further|net|fresh)\b)[a-z-]+\s+)?")


def results_with_count(text: str, unit: str) -> list[tuple[int, int, float, str]]:
    """Counts of `unit` a text gives as what someone got ('with the Bharatiya Janata Party (BJP)
    winning 240 seats', 'The results grant PAS 55 seats', 'won a total of 311 votes'): (start of the getting verb, start of the
    number, the count, the wording). A name may stand between the verb and the count ('grant PAS')."""
    stem = unit.rstrip("s")
    rx = re.compile(rf"\b(?P<verb>{_GETTING}|{_ON_TOP_WITH})\s+(?:[A-Z][\w&-]*\s+){{0,3}}(?:a\s+total\s+of\s+)?"
                    rf"(?P<num>{_NUM}|(?:{_WORDNUM})\b)\s+(?:of\s+(?:the\s+)?{_NUM}\s+)?{_KIND_OF}"
                    rf"(?P<unit>{re.escape(stem)}s?)\b")
    out = []
    for m in rx.finditer(text):
        value = _number(m.group("num"))
        if value is not None:
            out.append((m.start(), m.start("num"), value, m.group(0)))
    return out


# 'A total of 325 members of Germany's Bundestag, the country's lower house of parliament, voted
# for Merz': as many votes for the one named after the verb.
_VOTERS_FOR_NAME = re.compile(
    rf"\b(?P<num>{_NUM}|{_WORDNUM})\s+(?P<noun>[a-z]+)\b(?P<between>[^.;]{{0,90}}?)\s(?P<verb>voted|cast\s+(?:their\s+)?"
    r"(?:votes?|ballots?))\s+(?:in\s+favou?r\s+of|for)\s+(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def votes_for_name(text: str) -> list[tuple[int, int, float, str, str]]:
    """Counts of voters who voted for a named person: (start of the verb, start of the number,
    the count, the wording, the name). The voters are a voter noun ('members', 'lawmakers')."""
    out = []
    for m in _VOTERS_FOR_NAME.finditer(text):
        if m.group("noun").lower() not in VOTER_NOUNS or re.search(r"\b(?:not|against)\b", m.group("between")):
            continue
        value = _number(m.group("num"))
        if value is not None:
            out.append((m.start("verb"), m.start("num"), value, m.group(0), m.group("name")))
    return out


# 'The leader of the Bhumjaithai party won …': the subject is a person described by a role in a
# named body, not the body itself
_ROLE_SUBJECT = re.compile(r"^\s*[Tt]he\s+(?:[a-z-]+\s+)?(?:leader|head|chief|chairman|chairwoman|chair|founder|candidate|"
                           r"nominee|boss)\s+of\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){1,4}(?:[a-z]+\s+)?$")


def role_subject(before_verb: str) -> bool:
    """The clause's subject, all the text before its verb, is a role description ('The leader of
    the Bhumjaithai party'): the name in it qualifies the role and does not own the count."""
    return _ROLE_SUBJECT.match(before_verb) is not None


# -- a recorded vote's tally in favour ------------------------------------------------------------
# 'approved with 86 votes in favor of the proposition and 41 against', '11 voted in favour of the
# resolution', '422 MEPs voted in favour of Juncker', 'adopted by 11 votes to 0', 'by a vote of 11-0', 'The
# Senate voted 58-42 to elevate Alito', 'defeated … in a 31-to-18 vote': the
# count of votes the winning side (the act's side) received in one vote
_TALLY_NUM = rf"(?:{_NUM}|(?:{_WORDNUM})\b)"
_BODY_VOTERS = (r"(?:members|countries|states|nations|senators|lawmakers|deputies|legislators|MPs|MEPs|delegates|councillors|"
                r"councilors|parliamentarians|representatives|electors|peers)")
_IN_FAVOUR = re.compile(
    rf"(?<![\w.,-])(?P<n>{_TALLY_NUM})\s+(?:(?:affirmative|yes)\s+votes|votes?\s+in\s+favou?r\b|"
    rf"(?:(?:of\s+(?:the\s+|its\s+)?(?:\d+\s+)?)?{_BODY_VOTERS}\s+)?voted\s+(?:in\s+favou?r\b|yes\b))", re.I)
# ('confirmed in 68-31 vote': headline style drops the article; then the split is a vote's only as two counts of up
# to three digits right before 'vote', not a season's years: 'in 2009-10')
_SPLIT = re.compile(r"\b(?:by\s+(?:a\s+(?:vote|margin|tally)\s+of\s+)?|in\s+an?\s+|voted\s+|in\s+(?=\d{1,3}\s*[-–]\s*\d{1,3}\s+vote\b))(?P<n>\d+)\s*(?:[-–]|\s+(?:votes?\s+)?to\s+|"
                    r"-to-)\s*(?P<m>\d+)(?:\s+(?:votes?|vote\b|with\s+(?P<abs>\d+)\s+abstentions?))?", re.I)


def tallies_in_favour(text: str) -> list[tuple[int, float, str]]:
    """The counts in favour a text gives for one vote: (start, count, wording). A split ('11-0',
    '31-to-18') gives the larger side, the side that carried the vote."""
    out: list[tuple[int, float, str]] = []
    for m in _IN_FAVOUR.finditer(text):
        value = _number(m.group("n"))
        if value is not None:
            out.append((m.start(), value, m.group(0)))
    for m in _SPLIT.finditer(text):
        if re.match(r"\s*against\b", text[m.end():], re.I):
            continue  # 'voted 61 - 39 against a motion': the larger side voted against
        if re.search(r"\bvot", m.group(0) + text[m.end():m.end() + 12], re.I):  # 'in a 31-to-18 vote', not a score
            out.append((m.start("n"), max(float(m.group("n")), float(m.group("m"))), m.group(0).strip()))
    return sorted(out)


# -- a recorded vote's share in favour ------------------------------------------------------------
# 'ratified … with 87 percent of its members backing it', 'voted 79 per cent in favour', 'about 80
# per cent of the workers who voted cast ballots in favour', 'Two thirds of the … members have voted
# in favour', 'was approved 3,105-817', 'approved 23,389 to 17,501': the share of the votes cast
# that carried one vote (a ratification, a referendum)
_PCT = r"(?P<p>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s+cent\b)"
_FRACTION = r"(?P<frac>two[\s-]thirds|three[\s-]quarters|three[\s-]fourths|four[\s-]fifths|nine\s+in\s+ten|(?:more\s+than\s+)?half)"
_BACKING = (r"(?:backing|supporting|approving|endorsing|in\s+favou?r|(?:who\s+)?vot(?:ed|ing)\s+(?:in\s+favou?r|for|yes|to\s+"
            r"(?:accept|approve|ratify|endorse|back))|(?:who\s+voted\s+)?cast(?:ing)?\s+(?:their\s+)?(?:ballots?|votes?)\s+"
            r"in\s+favou?r|(?:have|has|had)\s+voted\s+(?:in\s+favou?r|for|yes|to\s+(?:accept|approve|ratify|endorse|back)))")
_SHARE_FOR = re.compile(
    rf"(?<![\w.,])(?:{_PCT}|{_FRACTION})\s+(?:of\s+(?:the\s+|its\s+|their\s+)?(?:[\w()'’-]+\s+){{0,8}}?)?{_BACKING}\b", re.I)
_VOTED_SHARE = re.compile(rf"\b(?:voted|vote\s+of)\s+{_PCT}\s+(?:in\s+favou?r|for|yes|to\s+(?:accept|approve|ratify|endorse))\b",
                          re.I)
_FRACTIONS = {"two thirds": 200 / 3, "three quarters": 75.0, "three fourths": 75.0, "four fifths": 80.0, "nine in ten": 90.0,
              "half": 50.0, "more than half": 50.0}
# a vote told carried, with its split: the larger side is the side that carried it
_CARRIED_SPLIT = re.compile(r"\b(?:approved|ratified|passed|adopted|accepted|endorsed|backed)\s+(?:by\s+(?:a\s+(?:vote|margin|"
                            r"tally)\s+of\s+)?)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s*(?:[-–]|\s+to\s+|-to-)\s*"
                            r"(?P<m>\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]*\s*(?:%|percent|per\s+cent))", re.I)


# a vote told won by its subject, with its split in votes: 'She won by 200 votes to 117', 'won the vote 200 to
# 117', 'won the confidence vote by 200-117': the first count is the winner's side ('vote' must be named: a
# score 'won 3-1' is no vote)
_WON_SPLIT = re.compile(r"\bwon\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:vote|ballot)\s+(?:by\s+)?|by\s+)(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
                        r"(?P<votes>\s+votes?)?\s*(?:[-–]|\s+to\s+|-to-)\s*(?P<m>\d{1,3}(?:,\d{3})+|\d+)"
                        r"(?![\d.,]*\s*(?:%|percent|per\s+cent))", re.I)


def shares_in_favour(text: str) -> list[tuple[int, float, str, bool]]:
    """The shares of a vote in favour a text gives: (start, share in percent, wording, exact). A
    fraction in words ('two thirds') is a rounded share, not an exact one; a split gives the
    carrying side's share of the votes on both sides ('approved 3,105-817' → 79.2 %)."""
    out: list[tuple[int, float, str, bool]] = []
    for m in _SHARE_FOR.finditer(text):
        if m.group("frac"):
            share = _FRACTIONS[" ".join(m.group("frac").lower().replace("-", " ").split())]
            out.append((m.start(), share, m.group(0), False))
        else:
            out.append((m.start(), float(m.group("p")), m.group(0), True))
    for m in _VOTED_SHARE.finditer(text):
        if not any(a <= m.start("p") < a + len(w) for a, _, w, _ in out):
            out.append((m.start("p"), float(m.group("p")), m.group(0), True))
    for m in _CARRIED_SPLIT.finditer(text):
        n, k = float(m.group("n").replace(",", "")), float(m.group("m").replace(",", ""))
        if n + k > 0:
            out.append((m.start("n"), 100.0 * max(n, k) / (n + k), m.group(0), True))
    for m in _WON_SPLIT.finditer(text):
        n, k = float(m.group("n").replace(",", "")), float(m.group("m").replace(",", ""))
        if n + k > 0 and n >= k and (m.group("votes") or re.search(r"\bvote", m.group(0), re.I)):
            out.append((m.start("n"), 100.0 * n / (n + k), m.group(0), True))
    return sorted(out)


# -- votes told with the person they went to ------------------------------------------------------
# 'voted by 395 of 707 votes cast for Scholz', '325 votes in favour of Merz': the count for the one
# named after 'for'; 'Scholz was elected chancellor with 395 votes': the count of the one elected,
# named as the passive's subject right before it (a split 'by 395 votes to 303' is read as a split)
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
_CAST_FOR = re.compile(
    rf"(?<![\w.,-])(?P<n>{_TALLY_NUM})\s+(?:of\s+(?:the\s+)?{_NUM}\s+)?(?:votes?|ballots?)\s+(?:cast\s+)?"
    rf"(?:in\s+favou?r\s+of|for)\s+(?P<name>{_NAME})")
_ELECTED_WITH = re.compile(
    rf"(?P<name>{_NAME})\s+(?:was|is|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:elected|re-elected|confirmed|chosen)\s+"
    rf"(?:[\w'’-]+\s+){{0,5}}?(?:with|by)\s+(?:a\s+total\s+of\s+)?(?P<n>{_TALLY_NUM})\s+(?:of\s+(?:the\s+)?{_NUM}\s+)?"
    r"(?:votes?|ballots?)\b(?!\s+(?:to|against)\b)")


def votes_to_name(text: str) -> list[tuple[int, float, str, str]]:
    """Counts of votes a text gives to a named person: (start of the count, the count, the
    wording, the name)."""
    out = []
    for rx in (_CAST_FOR, _ELECTED_WITH):
        for m in rx.finditer(text):
            value = _number(m.group("n"))
            if value is not None:
                out.append((m.start("n"), value, m.group(0), m.group("name")))
    return sorted(out)
