"""Readings of the twenty-fourth round's second pass over development batches 127-128 (helper e12z):

- former_titles (state_ended, weak-reading exception 'former_title'): for a market on a holder staying in an office
  ('Will Vikram Pandit remain CEO of Citigroup through October 31, 2012?'), an article inside the market's window
  that names the holder by the office with 'former' before it ('when it claimed former CEO Vikram Pandit
  "resigned" on Oct. 16', inside an embedded 'if …' question) tells the state over by the article's day.
- favour_votes (confirmation): for a market on a body approving a motion ('Will the House of Commons approve the
  Queen's Speech …?'), 'The MPs voted in favour of the Queen's Speech by 323 votes to 309' is the motion carried
  (the first side of the tally larger, the voters the body's members, the object no stage of a bill).

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, offices, verbs and clause frames, with must-not-fire near-misses (another office, another body's title,
'former' on another person, an article from before the window). `wrong_fires()` counts the variants read the wrong
way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import case_runner, fired
from cpu_budget import assert_cpu_within, word_soup

# --- a holder named by a former title ---------------------------------------------------------------------------
# b127-pandit-citigroup-ceo-through-oct31-2012-stays-no
PANDIT = "b127-pandit-citigroup-ceo-through-oct31-2012-stays-no"
_pd = case_runner(PANDIT, "http://abcnewsradioonline.com/business-news/x", "2012-10-26T00:00:00-04:00")
_pd_early = case_runner(PANDIT, "http://abcnewsradioonline.com/business-news/y", "2012-09-20T00:00:00-04:00")
PD_S = ("(NEW YORK) -- The Securities and Exchange Commission has launched an informal investigation to determine if "
        "Citigroup misled shareholders when it claimed former CEO Vikram Pandit \"resigned\" on Oct. 16.")
_TITLES = ("former CEO Vikram Pandit", "former Citigroup CEO Vikram Pandit", "ex-CEO Vikram Pandit",
           "former chief executive Vikram Pandit", "former Citigroup chief executive officer Vikram Pandit",
           "former CEO Pandit")
_FRAMES = ("Citigroup shares rose on Friday as investors weighed comments by {t}.",
           "Analysts at Citigroup said {t} could return to banking next year.",
           "Regulators asked whether Citigroup misled investors about {t}.",
           "If Citigroup misled shareholders about {t}, the SEC may act.")
FORMER = [PD_S] + [fr.format(t=t) for t in _TITLES for fr in _FRAMES] + [
    f"Vikram Pandit, the former {o} of Citigroup, declined to comment." for o in ("CEO", "chief executive")] + [
    f"Citigroup said Vikram Pandit, the former {o}, declined to comment." for o in ("CEO", "chief executive")]
# not the holder's former title of the market's office: another office, another body's title, another person,
# a qualifier, a title that is not 'former'
NOT_FORMER = [f"Citigroup shares rose as investors weighed comments by {t}." for t in (
    "former CFO Vikram Pandit", "former Morgan Stanley executive Vikram Pandit", "former deputy CEO Vikram Pandit",
    "former Morgan Stanley CEO Vikram Pandit", "former CEO Charles Prince", "CEO Vikram Pandit",
    "former Citigroup CEO Sandy Weill and Vikram Pandit", "the firm's former CEO, Charles Prince, and Vikram Pandit")] + [
    "Vikram Pandit, the former head of Morgan Stanley's institutional securities unit, spoke on Friday.",
    "Vikram Pandit, the former CEO of Old Lane Partners, spoke at Citigroup on Friday.",
    "Former CEO Vikram Pandit spoke on Friday."]  # the market's body not named in the sentence


# --- a vote in favour carried by its tally -----------------------------------------------------------------------
# b128-may-queens-speech-vote-by-jun30-2017-yes
_qs = case_runner("b128-may-queens-speech-vote-by-jun30-2017-yes", "https://duta.in/news/2017/6/30/x",
                  "2017-06-30T00:00:00+05:30")
QS_S = "The MPs voted in favour of the Queen's Speech by 323 votes to 309 with a majority of 14."
_VOTERS = ("The MPs", "MPs", "Members of the House of Commons", "The House of Commons", "Lawmakers")
_FAVOUR = ("voted in favour of", "voted in favor of", "narrowly voted in favour of", "voted for")
_TALLY = ("by 323 votes to 309", "by 323 to 309", "by a vote of 323-309", "by 323-309")
CARRIED = [QS_S] + [f"{v} {fv} the Queen's Speech {t} on Thursday." for v in _VOTERS for fv in _FAVOUR for t in _TALLY]
# not carried: the tally the other way, an amendment, another chamber, a plan, a negation, a condition, no tally
NOT_CARRIED = [f"MPs voted in favour of the Queen's Speech by {a} votes to {b}." for a, b in ((309, 323), (300, 300))] + [
    "MPs voted in favour of an amendment to the Queen's Speech by 323 votes to 309.",
    "Peers in the House of Lords voted in favour of the Queen's Speech by 323 votes to 309.",
    "MPs are expected to vote in favour of the Queen's Speech by 323 votes to 309.",
    "MPs have not voted in favour of the Queen's Speech by 323 votes to 309.",
    "If MPs voted in favour of the Queen's Speech by 323 votes to 309, May would survive.",
    "MPs voted in favour of the Queen's Speech on Thursday.",
    "MPs voted in favour of the bill on the Queen's Speech by 323 votes to 309 at second reading."]


def _no(v, rule: str) -> bool:
    return any(c.weight < 0 for c in fired(v, rule))


def test_verbatim_former_title_decides_no():
    assert _pd(PD_S).verdict == "likely-no"


def test_former_title_variants():
    for s in FORMER:
        assert _no(_pd(s), "state_ended"), s


def test_not_a_former_title():
    for s in NOT_FORMER:
        assert not fired(_pd(s), "state_ended"), s


def test_former_title_before_the_window_is_not_read():
    for s in [PD_S] + FORMER[:6]:
        assert not fired(_pd_early(s), "state_ended"), s


def test_verbatim_favour_vote_confirms():
    assert _qs(QS_S).verdict == "likely-yes"


def test_favour_vote_variants():
    for s in CARRIED:
        assert any(c.weight > 0 for c in fired(_qs(s), "confirmation")), s


def test_not_a_carried_vote():
    for s in NOT_CARRIED:
        assert not any(c.weight > 0 for c in fired(_qs(s), "confirmation")), s


def wrong_fires() -> dict[str, int]:
    return {
        "favour_vote_missed": sum(not any(c.weight > 0 for c in fired(_qs(s), "confirmation")) for s in CARRIED),
        "favour_vote_misread": sum(any(c.weight > 0 for c in fired(_qs(s), "confirmation")) for s in NOT_CARRIED),
        "former_title_missed": sum(not _no(_pd(s), "state_ended") for s in FORMER),
        "former_title_misread": sum(bool(fired(_pd(s), "state_ended")) for s in NOT_FORMER),
        "early_former_title_read": sum(bool(fired(_pd_early(s), "state_ended")) for s in [PD_S] + FORMER[:6]),
    }


def test_hostile_input_bounded():
    from resolver.engine import former_titles  # noqa: F401  (the reading under test)
    words = ("former ex- CEO Citigroup Vikram Pandit , the former chief executive of Citigroup resigned if "
             "claimed Former Deputy CEO ex-CEO MPs voted in favour of the Queen's Speech by 323 votes to 309 for").split()
    soup = word_soup(words)
    _pd("Warm-up sentence.")
    start = time.process_time()
    _pd(soup)
    assert_cpu_within(start, 2.0)
    _qs("Warm-up sentence.")
    start = time.process_time()
    _qs(soup)
    assert_cpu_within(start, 2.0)


if __name__ == "__main__":
    print(wrong_fires())
