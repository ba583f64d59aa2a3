"""Guards of round 25's pass over false decisive readings found with generated variants (helper pgap4a):

- qualified_posts (named_removals): the post a holder left must be the market's post itself. 'resigned as deputy
  national security advisor' (a rank before it) and 'resigned as trade advisor' (another word before the bare head
  'advisor' of the market's 'National Security Advisor') are other posts: no named removal.
- possessed_figures (threshold_crossed): a figure after another party's possessive ('surpassed Shohei Ohtani's
  10-year, $700 million pact') is that party's, not the market's quantity crossing the bar.
- bid_objects (opposite_outcome, dropped_plans for ruled_out): 'withdrew' tells the contender leaving the contest
  only when what it withdraws is its own entry or bid for the market's target: 'withdrew its objection to the Alcan
  deal' and 'withdrew its offer for Reynolds Metals' are not; nor is a bid given up for a higher one in the same
  sentence ('withdrew its offer and tabled a higher one for Alcan').

Sentences from the development corpus's cases (named in a comment) and their variants; must-fire near-misses (the
market's own post, its own figure, its own bid for the market's target) keep firing. `wrong_fires()` counts the
variants read the wrong way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

from conftest import case_runner, fired_no, fired_yes
from cpu_budget import assert_each_within, word_soup

# --- a qualified or other post -------------------------------------------------------------------------------------
# b140-waltz-remains-nsa-through-may31-2025-no ('Will Mike Waltz remain National Security Advisor through May 31?')
WALTZ = "b140-waltz-remains-nsa-through-may31-2025-no"
_wz = case_runner(WALTZ, "https://www.newser.com/story/x", "2025-05-01T00:00:00-04:00")
_ENDINGS = ("Mike Waltz resigned as {o} on Thursday.", "Trump removed Mike Waltz as {o} on Thursday.",
            "Mike Waltz was ousted as {o} on Thursday.", "Mike Waltz was fired as {o} on Thursday.",
            "Waltz stepped down as {o} on Thursday.")
_OTHER_POSTS = ("deputy national security advisor", "deputy national security adviser",
                "Deputy National Security Advisor", "principal deputy national security advisor",
                "vice national security advisor", "assistant national security advisor", "trade advisor",
                "trade adviser", "homeland security advisor", "economic advisor", "senior trade advisor")
_OWN_POSTS = ("national security advisor", "national security adviser", "National Security Advisor",
              "Trump's national security adviser", "the president's national security advisor")
POST_OTHER = [e.format(o=o) for e in _ENDINGS for o in _OTHER_POSTS]
POST_OWN = [e.format(o=o) for e in _ENDINGS[:4] for o in _OWN_POSTS]  # ('stepped down as' is not a named removal on main)

# --- another party's figure ----------------------------------------------------------------------------------------
# b140-juan-soto-contract-700m-plus-dec2024-multi-yes ('Will Juan Soto sign a contract worth $700 million or more?')
SOTO = "b140-juan-soto-contract-700m-plus-dec2024-multi-yes"
_so = case_runner(SOTO, "https://www.example.com/x", "2024-12-09T00:00:00-05:00")
SO_S = "Soto's deal surpassed Shohei Ohtani's 10-year, $700 million pact with the Dodgers."
_SUBJECTS = ("Soto's deal", "Juan Soto's contract", "Soto's new contract", "The Soto deal")
_BEATS = ("surpassed", "topped", "eclipsed", "exceeded", "passed")
_OTHERS = ("Shohei Ohtani's 10-year, {s} pact", "Shohei Ohtani's {s} pact", "Ohtani's record {s} contract",
           "Shohei Ohtani's {s} deal with the Dodgers", "Aaron Judge's {s} contract")
FIGURE_OTHER = [SO_S] + [f"{a} {b} {o.format(s=s)}." for a in _SUBJECTS for b in _BEATS for o in _OTHERS
                         for s in ("$700 million", "$765 million")]
FIGURE_OWN = [f"{a} {b} {s}." for a in ("Juan Soto's contract", "Soto's deal") for b in ("surpassed", "topped", "exceeded")
              for s in ("$700 million", "$765 million")] + [
    "Juan Soto signed a $765 million contract, topping Shohei Ohtani's $700 million pact.",
    "Juan Soto agreed to a 15-year, $765 million contract with the Mets on Sunday.",
    "Juan Soto finalized his 15-year, $765 million contract with the Mets on Sunday."]

# --- a withdrawal that is not the contest left ---------------------------------------------------------------------
# b121-alcoa-wins-alcan-takeover-by-jul13-2007-multi-no ('Will Alcoa win its takeover battle for Alcan?')
AL = "b121-alcoa-wins-alcan-takeover-by-jul13-2007-multi-no"
_al = case_runner(AL, "http://articles.chicagotribune.com/x", "2007-07-13T00:00:00-05:00",
                  title="Rio Tinto bids $38 billion for Alcan")
AL_S = "That topped a hostile $28 billion bid by Alcoa Inc., which said it was withdrawing its offer."
_BIDDERS = ("Alcoa", "Alcoa Inc.", "US giant Alcoa")
_OTHER_THINGS = ("withdrew its objection to the Alcan deal", "withdrew its support for the Alcan board",
                 "withdrew its lawsuit against Alcan", "withdrew its offer for Reynolds Metals",
                 "withdrew its $5 billion bid for Reynolds Metals", "withdrew its offer and tabled a higher one for Alcan",
                 "withdrew its bid and made a sweetened offer for Alcan",
                 "withdrew its offer, replacing it with a richer bid for Alcan",
                 "withdrew its proposal and submitted a revised offer for Alcan")
WITHDRAWN_OTHER = [f"{b} {w}." for b in _BIDDERS for w in _OTHER_THINGS]
_OWN_BIDS = ("withdrew its offer for Alcan", "withdrew its $28 billion hostile bid for Alcan", "withdrew its bid",
             "withdrew from the contest for Alcan", "withdrew its new offer for Alcan", "withdrew its offer on Thursday")
WITHDRAWN_OWN = [AL_S] + [f"{b} {w}." for b in _BIDDERS for w in _OWN_BIDS]
_GUARDED = ("opposite_outcome", "ruled_out")


def _reads_no(run, s) -> bool:
    """Some reading toward no (any rule's but the passed deadline's)."""
    return any(c.direction == "no" and c.weight and c.rule != "deadline_passed" for c in run(s).contributions)


def _guarded_no(run, s) -> bool:
    return any(fired_no(run(s), r) for r in _GUARDED)


def wrong_fires() -> dict[str, int]:
    return {
        "other_post_decided_no": sum(_wz(s).verdict == "likely-no" for s in POST_OTHER),
        "own_post_not_decided_no": sum(_wz(s).verdict != "likely-no" for s in POST_OWN),
        "other_figure_read_yes": sum(fired_yes(_so(s), "threshold_crossed") for s in FIGURE_OTHER),
        "own_figure_missed": sum(_so(s).verdict != "likely-yes" for s in FIGURE_OWN),
        "other_withdrawal_read_no": sum(_guarded_no(_al, s) for s in WITHDRAWN_OTHER),
        "own_withdrawal_missed": sum(not _reads_no(_al, s) for s in WITHDRAWN_OWN),
    }


def test_other_posts_not_read_as_the_markets():
    assert [s for s in POST_OTHER if _wz(s).verdict == "likely-no"] == []


def test_own_post_still_decides():
    assert [s for s in POST_OWN if _wz(s).verdict != "likely-no"] == []


def test_verbatim_other_partys_figure_not_crossing():
    v = _so(SO_S)
    assert not fired_yes(v, "threshold_crossed")
    assert any("Ohtani" in c.reason and c.weight == 0 for c in v.contributions)


def test_other_partys_figures_and_own_figures():
    assert [s for s in FIGURE_OTHER if fired_yes(_so(s), "threshold_crossed")] == []
    assert [s for s in FIGURE_OWN if _so(s).verdict != "likely-yes"] == []


def test_withdrawals_of_other_things():
    assert [s for s in WITHDRAWN_OTHER if _guarded_no(_al, s)] == []


def test_own_bid_withdrawn_still_read():
    assert [s for s in WITHDRAWN_OWN if not _reads_no(_al, s)] == []
    assert _al(AL_S).verdict == "likely-no"


def test_guard_units():
    from resolver.engine import bid_objects, possessed_figures, qualified_posts
    import re
    post = re.compile(r"national security advis[eo]r|\badvis[eo]r\b", re.I)
    assert qualified_posts.only_qualified("deputy national security advisor on Thursday", (), [post])
    assert qualified_posts.only_qualified("trade advisor on Thursday", (), [post])
    assert not qualified_posts.only_qualified("Trump's advisor on Thursday", (), [post])
    assert not qualified_posts.only_qualified("national security advisor on Thursday", (), [post])
    assert qualified_posts.only_qualified("deputy prime minister in May", ("prime minister",), [])
    assert not qualified_posts.only_qualified("prime minister in May", ("prime minister",), [])
    soto = [re.compile(r"\b(?:Juan\s+)?Soto\b")]
    common = lambda w: w.lower() in ("the", "after", "sunday")  # noqa: E731
    q = "Will Juan Soto sign a contract worth $700 million or more?"
    t = SO_S
    assert possessed_figures.owner(q, t, t.index("$"), soto, common) == "Shohei Ohtani"
    t = "Juan Soto's 15-year, $765 million contract"
    assert possessed_figures.owner(q, t, t.index("$"), soto, common) is None
    t = "Shohei Ohtani's $700 million pact was a record."  # the market's subject named nowhere: left to others
    assert possessed_figures.owner(q, t, t.index("$"), soto, common) is None
    assert bid_objects.replaced.__doc__ and bid_objects.other_object.__doc__


def test_hostile_input_bounded():
    words = ("Mike Waltz resigned as deputy national security advisor trade advisor Soto's deal surpassed Shohei "
             "Ohtani's 10-year, $700 million pact Alcoa withdrew its objection offer for Reynolds Metals and tabled a "
             "higher one , ( ) 's").split()
    assert_each_within((_wz, _so, _al), word_soup(words), 3.0)
