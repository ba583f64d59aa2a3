"""Readings of the twenty-fifth round's who-wins results (helper draws): the results that answer a contest-won
market no in other words than a rival's win, each a normal rival_outcome no contribution so the who-wins gate
(contest_silence.py) lets the likely-no stand —

- drawn_results: the market's contest ended level when the market needs a win ('The third and final Test match
  between India and West Indies here at the Wankhede Stadium ended in a draw', 'to finish tied 14-14');
- withdrawn_bids: the candidate giving up its bid ('a hostile $28 billion bid by Alcoa Inc., which said it was
  withdrawing its offer');
- awards_gone: the market's award told gone to another ('the award going to the Japanese language film
  "Departures"').

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, verbs, scores and clause frames, with must-not-fire near-misses (another match, an earlier game, a state
part-way, a tie-break, a forecast, another bidder, another target, another category, another day). `wrong_fires()`
counts the variants read the wrong way; it runs on any engine (the report gives the count before the change and
after)."""

from __future__ import annotations

import time

from conftest import case_runner, fired_no
from cpu_budget import assert_cpu_within, word_soup

RIVAL = "rival_outcome"

# --- a drawn contest ----------------------------------------------------------------------------------------------
# b105-india-win-wankhede-test-vs-wi-nov2011-no (criteria: 'If the match is drawn, tied or won by the West Indies … No')
WK = "b105-india-win-wankhede-test-vs-wi-nov2011-no"
_wk = case_runner(WK, "https://www.mid-day.com/articles/x", "2011-11-27T07:32:00+05:30")
# the same market with criteria that say nothing of a draw: a single match against a named side
_wk_match = case_runner(WK, "https://www.mid-day.com/articles/y", "2011-11-27T07:32:00+05:30", market={
    "question": "Will India win the third Test against the West Indies at the Wankhede Stadium (November 22-26, 2011)?",
    "deadline": "2011-11-26T23:59:59+05:30", "criteria": "This market will resolve to \"Yes\" if India wins the third "
    "Test match of the 2011 West Indies tour of India, played at the Wankhede Stadium in Mumbai."})
WK_S = ("The third and final Test match between India and West Indies here at the Wankhede Stadium ended in a draw.")
WK_H = "Third India-West Test ends in dramatic draw"


def _wk_head(head: str):
    """The headline over a body that tells nothing of the result (a headline's present tells a past result)."""
    return _wk("Seventeen wickets fell for 295 runs on the last day.", head=head)
_TESTS = ("The third Test", "The third Test at the Wankhede Stadium", "The Test between India and West Indies",
          "The third and final Test", "The Wankhede Test")
_ENDS = ("ended in a draw", "ended in a dramatic draw on Saturday", "was drawn", "was drawn on the final day",
         "finished in a draw", "ended in a tie", "was tied", "finished in a thrilling tie")
WK_DRAWN = [WK_S] + [f"{t} {e}." for t in _TESTS for e in _ENDS] + [
    f"{s} in the third Test at the Wankhede Stadium." for s in (
        "India were held to a draw by West Indies", "India settled for a draw", "West Indies held on for a draw",
        "India and West Indies played out a draw", "West Indies salvaged a draw against India")] + [
    f"{a} drew the third Test{p}." for a in ("India", "India and West Indies", "West Indies")
    for p in ("", " at the Wankhede Stadium", " on Saturday")]
WK_NOT_DRAWN = [
    "The second Test in Kolkata ended in a draw.",  # another match of the series
    "The first Test was drawn.",
    "The previous Test at the Wankhede ended in a draw.",  # an earlier game
    "The tour match against Mumbai was drawn.",
    "The third Test is heading for a draw.",  # a draw foreseen
    "The third Test could end in a draw.",
    "If the third Test ends in a draw, West Indies keep the trophy.",
    "The third Test did not end in a draw.",
    "The third Test nearly ended in a draw before India won.",
    "The third Test was tied at stumps on day four.",  # a state part-way
    "India avoided a draw in the third Test.",
    "India drew criticism for their slow batting in the third Test.",  # another sense of 'drew'
    "Pakistan and Sri Lanka drew 1-1 in Colombo.",  # another match, no party of the market's
    "The third Test ended in a draw in 2006."]  # another year
# a single match whose criteria say nothing of draws: a tie-break or a holder keeping the prize decides it
WK_MATCH_NOT = ["The third Test ended in a tie, and India won the super over.",
                "The third Test was drawn, and India retained the trophy."]

# b15-europe-wins-solheim-cup-2023-outright-no (question: 'win … outright')
SC = "b15-europe-wins-solheim-cup-2023-outright-no"
_sc = case_runner(SC, "https://kstp.com/x", "2023-09-24T00:00:00-05:00")
_sc_early = case_runner(SC, "https://kstp.com/y", "2023-09-22T00:00:00-05:00")
SC_S1 = "CASARES, Spain (AP) — Europe retained the Solheim Cup after securing a first-ever tie with the United States on Sunday."
SC_S3 = "The teams split the decisive singles match to finish tied 14-14 with Europe doing just enough to keep the trophy."
SC_TIED = [SC_S1, SC_S3] + [
    f"{s} {e} on Sunday." for s in ("The Solheim Cup", "The 2023 Solheim Cup", "The Solheim Cup at Finca Cortesin")
    for e in ("ended in a 14-14 tie", "ended in a tie", "finished in a 14-14 draw", "ended all square")] + [
    f"{t} {v} the Solheim Cup after {a} 14-14 tie with the United States." for t in ("Europe", "Team Europe",
                                                                                  "The Europeans")
    for v in ("retained", "kept") for a in ("a", "securing a", "earning a")] + [
    f"Europe and the United States {e} 14-14 in the Solheim Cup." for e in ("finished tied", "ended tied",
                                                                            "were tied at the end")[:2]]
SC_NOT_TIED = [
    "Europe and the United States were tied 8-8 going into the singles.",  # part-way
    "Europe and the United States were tied after the foursomes.",
    "Europe could finish tied 14-14 with the United States.",  # foreseen
    "Europe needed only a tie to retain the Solheim Cup.",
    "The 2021 Solheim Cup ended in a tie.",  # another year
    "The Ryder Cup ended in a 14-14 tie.",  # another competition, no party of the market's
    "Europe drew 2-2 with the United States in the Solheim Cup foursomes on Sunday.",  # one match of many
    "Europe were held to a draw by Sweden's Anna Nordqvist in the Solheim Cup on Sunday.",
    "Europe's Carlota Ciganda and Leona Maguire settled for a tie in the Solheim Cup on Sunday."]
# the same sentences in an article two days before the final day: one session of the contest, not its end
SC_EARLY = ["Europe and the United States finished tied 4-4 on the opening day.", SC_S3]

# --- a withdrawn bid ----------------------------------------------------------------------------------------------
# b121-alcoa-wins-alcan-takeover-by-jul13-2007-multi-no
AL = "b121-alcoa-wins-alcan-takeover-by-jul13-2007-multi-no"
_al = case_runner(AL, "http://articles.chicagotribune.com/x", "2007-07-13T00:00:00-05:00",
                  title="Rio Tinto bids $38 billion for Alcan")
AL_S = "That topped a hostile $28 billion bid by Alcoa Inc., which said it was withdrawing its offer."
_BIDDERS = ("Alcoa", "Alcoa Inc.", "US giant Alcoa", "Aluminium maker Alcoa")
_GIVE_UP = ("withdrew its offer for Alcan", "has withdrawn its $28 billion hostile bid for Alcan",
            "dropped its pursuit of Alcan", "abandoned its hostile bid for Alcan", "walked away from its offer",
            "said it was withdrawing its offer", "said on Thursday that it was withdrawing its bid for Alcan",
            "pulled its $28 billion offer", "formally withdrew its takeover bid")
AL_WITHDRAWN = [AL_S] + [f"{b} {g}." for b in _BIDDERS for g in _GIVE_UP] + [
    f"Rio's offer topped a hostile bid by {b}, which {g}." for b in ("Alcoa", "Alcoa Inc.")
    for g in ("said it was withdrawing its offer", "withdrew its offer", "has dropped its bid")]
AL_NOT_WITHDRAWN = [
    "Rio Tinto withdrew its offer for Alcan.",  # another bidder
    "Alcoa said it would not be withdrawing its offer for Alcan.",  # a plan, a negation
    "Alcoa has threatened that it could be withdrawing its offer.",
    "Alcoa denied it was withdrawing its offer for Alcan.",
    "Alcoa withdrew its offer for Reynolds Metals.",  # another target
    "Alcoa withdrew its offer and tabled a higher one for Alcan.",  # a replacing bid
    "Alcoa withdrew its objection to the Alcan deal.",  # no bid
    "Analysts said Alcoa's shareholders dropped their opposition."]

# --- an award gone to another -------------------------------------------------------------------------------------
# b119-waltz-with-bashir-foreign-language-oscar-2009-no
WB = "b119-waltz-with-bashir-foreign-language-oscar-2009-no"
_wb = case_runner(WB, "http://archive.jsonline.com/x", "2009-02-24T00:00:00-06:00",
                  title="Oscar Winning Foreign Language Film")
_wb_plain = case_runner(WB, "http://archive.jsonline.com/y", "2009-02-24T00:00:00-06:00", title="Oscar night")
_wb_early = case_runner(WB, "http://archive.jsonline.com/z", "2009-02-10T00:00:00-06:00",
                        title="Oscar Winning Foreign Language Film")
WB_S = ("So for me one of the biggest surprises on Oscar night was the award going to the Japanese language film "
        "\"Departures,\" or \"Okoribitu.\"")
_AWARDS = ("Oscar for best foreign language film", "foreign language film award", "foreign-language Oscar",
           "award for best foreign language film", "prize for foreign language film")
_WINNERS = ("\"Departures\"", "Departures", "Japan's \"Departures\"", "the Japanese film \"Departures\"")
# (a sentence that names neither the category nor a party of the market is not read at all: the bare 'the award' is
# read in a sentence that names the category elsewhere)
WB_GONE = [WB_S] + [f"{lead} the {a} {v} to {w}." for a in _AWARDS for w in _WINNERS
                    for lead, v in (("In the end,", "went"), ("The big surprise was", "going"),
                                    ("On Sunday", "ultimately went"))] + [
    f"The biggest surprise in the foreign language film category was the {a} {v} to {w}." for a in ("award", "prize", "Oscar")
    for v in ("going", "that went") for w in _WINNERS[:3]]
WB_NOT_GONE = [
    "Many critics expected the award to go to Departures.",  # a forecast
    "The award could go to \"Departures\", insiders say.",
    "The best actor award went to Sean Penn.",  # another category
    "The award for best documentary went to \"Man on Wire\".",
    "The award went to \"Waltz with Bashir\".",  # the candidate the recipient
    "Last year the award went to \"The Counterfeiters\".",  # an earlier edition
    "In 2008 the award went to \"The Counterfeiters\".",
    "I think the award should have gone to \"The Class\"."]
# a bare 'the award' under a headline that names no category, or in an article from before the ceremony
WB_PLAIN = [WB_S.replace("Japanese language film ", "")]
WB_EARLY = [WB_S]


def _rival_no(run, s) -> bool:
    """rival_outcome reads no (a near-miss must not fire the readings under test; older readings are their own
    business: 'Alcoa withdrew its objection' is opposite_outcome's bare 'withdrew' on main already)."""
    return fired_no(run(s), RIVAL)


def _reads_no(run, s) -> bool:
    """Some reading toward no (rival_outcome's, or another's: 'which has dropped its bid' is also ruled_out's)."""
    return any(c.direction == "no" and c.weight and c.rule != "deadline_passed" for c in run(s).contributions)


def test_verbatim_results_decide_no():
    for run, s in ((_wk, WK_S), (_wk_head, WK_H), (_sc, SC_S1), (_sc, SC_S3), (_al, AL_S), (_wb, WB_S)):
        v = run(s)
        assert v.verdict == "likely-no" and v.status == "ruled-out" and fired_no(v, RIVAL), s


def test_drawn_variants():
    for run, cases in ((_wk, WK_DRAWN), (_wk_match, WK_DRAWN), (_sc, SC_TIED)):
        for s in cases:
            assert _reads_no(run, s), s


def test_not_drawn():
    for run, cases in ((_wk, WK_NOT_DRAWN), (_wk_match, WK_MATCH_NOT), (_sc, SC_NOT_TIED), (_sc_early, SC_EARLY)):
        for s in cases:
            assert not _rival_no(run, s), s


def test_withdrawn_bid_variants():
    for s in AL_WITHDRAWN:
        assert _reads_no(_al, s), s
    for s in AL_NOT_WITHDRAWN:
        assert not _rival_no(_al, s), s


def test_award_gone_variants():
    for s in WB_GONE:
        assert _reads_no(_wb, s), s
    for run, cases in ((_wb, WB_NOT_GONE), (_wb_plain, WB_PLAIN), (_wb_early, WB_EARLY)):
        for s in cases:
            assert not _rival_no(run, s), s


def wrong_fires() -> dict[str, int]:
    fire = ((_wk, WK_DRAWN), (_wk_match, WK_DRAWN), (_sc, SC_TIED))
    hold = ((_wk, WK_NOT_DRAWN), (_wk_match, WK_MATCH_NOT), (_sc, SC_NOT_TIED), (_sc_early, SC_EARLY))
    return {
        "draw_missed": sum(not _reads_no(r, s) for r, cases in fire for s in cases),
        "draw_misread": sum(_rival_no(r, s) for r, cases in hold for s in cases),
        "withdrawn_missed": sum(not _reads_no(_al, s) for s in AL_WITHDRAWN),
        "withdrawn_misread": sum(_rival_no(_al, s) for s in AL_NOT_WITHDRAWN),
        "award_missed": sum(not _reads_no(_wb, s) for s in WB_GONE),
        "award_misread": sum(_rival_no(r, s) for r, cases in ((_wb, WB_NOT_GONE), (_wb_plain, WB_PLAIN),
                                                               (_wb_early, WB_EARLY)) for s in cases),
        "verbatim_not_decided": sum(run(s).verdict != "likely-no" for run, s in (
            (_wk, WK_S), (_wk_head, WK_H), (_sc, SC_S1), (_sc, SC_S3), (_al, AL_S), (_wb, WB_S))),
    }


def test_hostile_input_bounded():
    from resolver.engine import awards_gone, drawn_results, withdrawn_bids  # noqa: F401  (the readings under test)
    words = ("The third Test ended in a draw was drawn finish tied 14-14 held to a 1-1 draw drew with West Indies "
             "Alcoa Inc. , which said it was withdrawing its offer for Alcan the award going to the Japanese "
             "language film \" Departures \" went to India Europe the Solheim Cup after securing a tie").split()
    soup = word_soup(words)
    for run in (_wk, _sc, _al, _wb):
        run("Warm-up sentence.")
        start = time.process_time()
        run(soup)
        assert_cpu_within(start, 2.0)


if __name__ == "__main__":
    print(wrong_fires())
