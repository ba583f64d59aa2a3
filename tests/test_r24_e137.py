"""Readings of the twenty-fourth round's development batch 137 (helper e137: politics in Europe, North America and
Oceania — elections, leadership contests, referendums, resignations). Each reading is stated on grammar and word
lists:

- reached_shares._NAMED_BAR: 'Will turnout … reach the 50% quorum?' names its bar as a noun; the criteria's
  comparator ('reached at least 50% of eligible voters') makes it a threshold market on the turnout.
- turnouts._cast: 'Only 23% of voters cast a ballot', 'almost 57 percent of Italians went to the polls' tell the
  turnout by what the voters did (not when a side follows: 'voted for statehood'; not one day's share of a vote
  held over several days: 'cast ballots on Saturday' of a June 7–8 referendum).
- ballot_defeats (through rejected_measures.rejected, read by opposite_outcome): 'Issue 1 was struck down by
  voters', 'Romanians overwhelmingly rejected an attempt to impeach the … president' for a market on the voters
  approving a measure or removing a holder at a ballot.
- lexicon OPPOSITE_PHRASES 'win' / passive_defeats: 'has been defeated in Carleton' is the candidate's loss, as
  'was defeated' is.
- rival_outcome._office_of_place: 'has been elected as the new leader of the United Conservative Party' names the
  party's leadership election the market asks (the office of a party actor, as 'president of Chile' is a country's).
- text.closed_aside: a negation inside a closed ', who …,' aside ('Mr Paksas, who repeatedly denied any
  wrongdoing, has been immediately dismissed from office') is the aside's, not the main verb's; and
  ruled_out._COURT_MARKET: a holder's denial of wrongdoing is a plea, not a ruling out, for a removal market.

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, numbers, verbs and tenses, with must-not-fire near-misses. `wrong_fires()` counts the variants read the wrong
way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import case_runner, fired
from cpu_budget import assert_cpu_within, assert_each_within, word_soup


_runner = case_runner  # conftest: the engine on a development case's market over one article


def _no(v, *rules) -> bool:
    return v.verdict == "likely-no" and bool(fired(v, *rules))


def _yes(v, *rules) -> bool:
    return v.verdict == "likely-yes" and bool(fired(v, *rules))


# --- a turnout's bar named as a noun, and a turnout told by what the voters did -----------------------------------
# b137-slovak-family-referendum-turnout-50pct-2015-multi-no
_sk = _runner("b137-slovak-family-referendum-turnout-50pct-2015-multi-no", "https://sofiaglobe.com/2015/02/08/x",
              "2015-02-08T10:23:00+01:00", "2015-02-09T12:00:00+01:00")
SK_S = ("Saturday's referendumon marriage and gay rights in Slovakia was not legitimate as the turnout was only 21.4 "
        "percent, well below the 50 percent threshold required.")
SK_LOW = [SK_S] + [f"In Slovakia, {w} {n} percent of eligible voters {v}." for w in ("only", "just", "")
                   for n in ("21.3", "18", "35") for v in ("cast their ballot", "voted", "went to the polls")] + [
    f"The turnout in Slovakia was {n} percent." for n in ("21.4", "30", "44.9")]
# b137-puerto-rico-status-referendum-turnout-50pct-2017-no
_pr = _runner("b137-puerto-rico-status-referendum-turnout-50pct-2017-no", "http://www.newser.com/story/244138/x",
              "2017-06-12T00:07:00-05:00", "2017-06-13T12:00:00-04:00")
PR_S = ("But with opposition parties boycotting the vote, turnout was extremely low: Only 23% of voters cast a ballot "
        "in a territory where turnout is usually closer to 80%.")
PR_LOW = [PR_S] + [f"In Puerto Rico, {w}{n}% of {who} {v} on Sunday." for w in ("only ", "just ", "")
                   for n in ("23", "22.7", "31") for who in ("voters", "registered voters")
                   for v in ("cast a ballot", "cast ballots", "turned out")]
# a side's share, not the turnout: never the turnout's miss
PR_SIDE = [f"In Puerto Rico, {n}% of voters {v}." for n in ("23", "40") for v in (
    "cast a ballot for independence", "voted for the status quo", "voted in favour of independence",
    "voted against statehood", "voted to keep the status quo")] + [
    f"In Puerto Rico, {n}% of Republicans voted." for n in ("23", "40")]
# b119-italy-referendum-turnout-quorum-jun2011-yes
_it = _runner("b119-italy-referendum-turnout-quorum-jun2011-yes", "http://www.electionguide.org/digest/post/16696/",
              "2011-06-13T00:00:00-04:00", "2011-06-14T12:00:00+02:00")
IT_PREV = "Voters in Italy on Monday rejected a plan by Prime Minister Silvio BERLUSCONI to return the country to nuclear power."
IT_S = "Despite this call, however, almost 57 percent of Italians went to the polls."
IT_HIGH = [f"{IT_PREV} {IT_S}"] + [f"{IT_PREV} {w}{n} percent of {who} {v}." for w in ("Almost ", "About ", "")
                                   for n in ("57", "55.8", "61") for who in ("Italians", "eligible voters")
                                   for v in ("went to the polls", "cast their ballots", "voted")]
# b119-poland-eu-referendum-valid-2003-asof-polls-close-multi-undet: one day's share of a two-day vote
_pl = _runner("b119-poland-eu-referendum-valid-2003-asof-polls-close-multi-undet", "http://news.bbc.co.uk/2/hi/x.stm",
              "2003-06-08T18:16:00+00:00", "2003-06-08T20:20:00+02:00")
PL_DAY = [f"Only {n}% of registered voters {v} on {d} in Poland." for n in ("17.61", "20") for v in (
    "cast ballots", "voted") for d in ("Saturday", "the first day")]
QUORUM_QUESTIONS = ["Will turnout in Slovakia's February 7, 2015 referendum on the family reach the 50% quorum?",
                    "Will turnout in Italy's June 12–13, 2011 referendum on nuclear power exceed the 50% quorum?",
                    "Will turnout in the recall referendum reach the 40% needed to make it binding?",
                    "Will turnout in the referendum meet the 25 percent threshold?"]
QUORUM_CRITERIA = ["Resolves Yes if turnout reached at least 50% of eligible voters.",
                   "Resolves Yes if turnout exceeds 50% of eligible voters.",
                   "Resolves Yes if participation reached at least 40% of the roll.",
                   "Resolves Yes if turnout is at least 25 percent of registered voters."]


# --- a measure or a removal defeated at the ballot ------------------------------------------------------------
# b137-ohio-issue1-approved-aug2023-multi-no
_oh = _runner("b137-ohio-issue1-approved-aug2023-multi-no", "https://ysnews.com/news/2023/08/x",
              "2023-08-09T00:00:00-04:00", "2023-08-10T12:00:00-04:00")
OH_S = "Issue 1 was struck down by voters in a special election held Tuesday, Aug. 8."
_MEASURES = ("Issue 1", "Ohio's Issue 1", "The ballot initiative", "The Ohio measure")
_STRUCK = ("was struck down by voters", "was defeated", "was rejected by voters", "was soundly defeated",
           "has been voted down", "was rejected by Ohio voters")
OH_DEFEATED = [OH_S] + [f"{m} {v} in Ohio's special election on Tuesday." for m in _MEASURES for v in _STRUCK] + [
    f"Ohio voters {v} Issue 1 on Tuesday." for v in ("rejected", "overwhelmingly rejected", "defeated", "voted down",
                                                      "voted against")]
# not the voters' defeat: a court, a plan, a question, a negation, another body
OH_NOT = [f"{m} {v} in Ohio." for m in _MEASURES for v in (
    "was struck down by a federal judge", "could be defeated", "was not defeated", "would be rejected by voters if",
    "was nearly defeated")] + [
    "If Issue 1 is defeated, Ohio voters keep the simple majority.",
    "Polls suggest Ohio voters will reject Issue 1 on Tuesday.", "Ohio voters did not reject Issue 1 on Tuesday."]
# b137-basescu-removed-by-referendum-may2007-multi-no
_ro = _runner("b137-basescu-removed-by-referendum-may2007-multi-no", "http://china.org.cn/international/x.htm",
              "2007-05-21T00:00:00+08:00", "2007-05-22T12:00:00+03:00")
RO_S = ("Romanians overwhelmingly rejected an attempt to impeach the country's reform-minded president, an official "
        "said Sunday, with near-complete referendum results showing about three-fourths of voters backing the "
        "embattled leader.")
RO_REJECTED = [RO_S] + [f"{w} {v} {o} President Traian Basescu on Saturday." for w in ("Romanians", "Romanian voters", "Voters")
                        for v in ("rejected", "overwhelmingly rejected", "have voted overwhelmingly against", "voted against")
                        for o in ("an attempt to impeach", "the effort to impeach", "a motion to dismiss", "the bid to recall")] + [
    f"{w} rejected {o} President Traian Basescu on Saturday." for w in ("Romanians", "Voters")
    for o in ("the effort to remove", "the bid to oust")]
# (left: 'voted against the effort to remove X' is also read by confirmation as the removal done, an older misreading)
RO_NOT = [f"{w} {v} {o} President Traian Basescu on Saturday." for w in ("Parliament", "The Constitutional Court")
          for v in ("rejected", "voted against") for o in ("an attempt to impeach", "the effort to remove")] + [
    f"Romanians {v} an attempt to impeach President Traian Basescu on Saturday." for v in (
        "could reject", "are expected to reject", "did not reject")] + [
    "Romanians rejected a tax reform on Saturday, while President Traian Basescu campaigned."]


# --- 'has been defeated' ----------------------------------------------------------------------------------------
# b137-poilievre-wins-carleton-2025-no
_ca = _runner("b137-poilievre-wins-carleton-2025-no", "https://www.cp24.com/federal-election-2025/2025/04/29/x/",
              "2025-04-29T00:00:00-04:00", "2025-04-30T12:00:00-04:00")
CA_S = ("Conservative Party leader Pierre Poilievre has been defeated in Carleton, ending his nearly two-decade tenure "
        "as a Member of Parliament in the Ottawa-area riding.")
CA_DEFEATED = [CA_S] + [f"{n} {v} in Carleton on Monday night." for n in (
    "Pierre Poilievre", "Conservative leader Pierre Poilievre", "Poilievre") for v in (
    "has been defeated", "had been defeated", "was defeated")]
CA_NOT = [f"{n} {v} in Carleton." for n in ("Pierre Poilievre", "Poilievre") for v in (
    "has not been defeated", "could be defeated", "has never been defeated", "may have been defeated")] + [
    "Liberal candidate Bruce Fanjoy has been defeated in Carleton."]


# --- another elected the party's leader --------------------------------------------------------------------------
# b137-brian-jean-wins-ucp-leadership-2017-no
_ab = _runner("b137-brian-jean-wins-ucp-leadership-2017-no", "https://www.nationalnewswatch.com/2017/10/28/x/",
              "2017-10-28T00:00:00-04:00", "2017-10-29T12:00:00-06:00")
AB_S = "The results are in and Jason Kenney has been elected as the new leader of the United Conservative Party!"
AB_OTHER = [AB_S] + [f"{n} {v} {o} of the United Conservative Party on Saturday." for n in (
    "Jason Kenney", "Doug Schweitzer") for v in ("has been elected", "was elected", "was elected as") for o in (
    "leader", "the new leader")]
AB_NOT = [f"{n} {v} leader of the United Conservative Party." for n in ("Jason Kenney", "Doug Schweitzer") for v in (
    "could be elected", "hopes to be elected", "was not elected")] + [
    "Jason Kenney was elected leader of the Progressive Conservative Party in March.",
    "Brian Jean was elected leader of the Wildrose Party in 2015."]


# --- a negation in a closed aside; a plea for a removal market -------------------------------------------------------
# b137-paksas-removed-by-impeachment-by-jun30-2004-multi-yes
_lt = _runner("b137-paksas-removed-by-impeachment-by-jun30-2004-multi-yes", "http://news.bbc.co.uk/2/hi/europe/x.stm",
              "2004-04-06T14:31:00+00:00", "2004-04-08T12:00:00+03:00")
LT_S = ("Mr Paksas, who repeatedly denied any wrongdoing, has been immediately dismissed from office, the head of "
        "the Supreme Court announced.")
LT_ASIDE = [LT_S] + [f"{n}, who {a}, {v} from office." for n in ("Mr Paksas", "President Rolandas Paksas") for a in (
    "repeatedly denied any wrongdoing", "has denied the charges", "never admitted guilt", "did not attend the vote")
                     for v in ("has been dismissed", "was removed", "has been removed")]
LT_NEGATED = [f"{n} {v} from office." for n in ("Mr Paksas", "President Rolandas Paksas") for v in (
    "has not been dismissed", "was not removed", "has never been removed")] + [
    "Mr Paksas, who was accused of leaking secrets, has not been removed from office."]


def wrong_fires() -> dict[str, int]:
    """Variants read the wrong way (0 each after the change)."""
    from resolver.engine import reached_shares
    return {
        "turnout_low_missed": sum(not _no(_sk(s), "threshold_missed") for s in SK_LOW)
        + sum(not _no(_pr(s), "threshold_missed") for s in PR_LOW),
        "turnout_side_read": sum(bool(fired(_pr(s), "threshold_missed", "threshold_crossed")) for s in PR_SIDE),
        "turnout_high_missed": sum(not _yes(_it(s), "threshold_crossed") for s in IT_HIGH),
        "one_day_read": sum(_pl(s).verdict != "undetermined" for s in PL_DAY),
        "quorum_bar_missed": sum(reached_shares.threshold(q, c) is None or reached_shares.bar(q, c) is None
                                 for q, c in zip(QUORUM_QUESTIONS, QUORUM_CRITERIA)),
        "ballot_defeat_missed": sum(not _no(_oh(s), "opposite_outcome") for s in OH_DEFEATED)
        + sum(not _no(_ro(s), "opposite_outcome") for s in RO_REJECTED),
        "ballot_defeat_misread": sum(bool(fired(_oh(s), "opposite_outcome")) for s in OH_NOT)
        + sum(bool(fired(_ro(s), "opposite_outcome")) for s in RO_NOT),
        "defeated_missed": sum(not _no(_ca(s), "opposite_outcome") for s in CA_DEFEATED),
        "defeated_misread": sum(_ca(s).verdict == "likely-no" for s in CA_NOT),
        "elected_other_missed": sum(not _no(_ab(s), "rival_outcome") for s in AB_OTHER),
        "elected_other_misread": sum(_ab(s).verdict == "likely-no" for s in AB_NOT),
        "aside_negation_missed": sum(not _yes(_lt(s), "confirmation") for s in LT_ASIDE),
        "negation_lost": sum(_lt(s).verdict == "likely-yes" for s in LT_NEGATED),
    }


def test_a_turnout_short_of_the_quorum_says_no():
    assert [s for s in SK_LOW if not _no(_sk(s), "threshold_missed")] == []
    assert [s for s in PR_LOW if not _no(_pr(s), "threshold_missed")] == []


def test_a_sides_share_is_no_turnout():
    assert [s for s in PR_SIDE if fired(_pr(s), "threshold_missed", "threshold_crossed")] == []


def test_a_turnout_told_by_what_voters_did_meets_the_bar():
    assert [s for s in IT_HIGH if not _yes(_it(s), "threshold_crossed")] == []


def test_one_days_share_of_a_vote_over_several_days_is_not_the_turnout():
    assert [s for s in PL_DAY if _pl(s).verdict != "undetermined"] == []


def test_a_bar_named_as_a_noun_is_the_criteria_bar():
    from resolver.engine import reached_shares
    for q, c in zip(QUORUM_QUESTIONS, QUORUM_CRITERIA):
        assert reached_shares.threshold(q, c) is not None, q
        assert reached_shares.bar(q, c) is not None, q
    # a question with no bar noun, or with its own comparator, keeps its reading
    assert reached_shares.threshold("Will turnout reach the final stage?", "at least 50% of voters") is None
    assert reached_shares.threshold("Will turnout exceed 50%?", "exceeds 50% of voters") is None


def test_a_measure_or_removal_defeated_at_the_ballot_says_no():
    assert [s for s in OH_DEFEATED if not _no(_oh(s), "opposite_outcome")] == []
    assert [s for s in RO_REJECTED if not _no(_ro(s), "opposite_outcome")] == []


def test_no_ballot_defeat_told_reads_nothing():
    assert [s for s in OH_NOT if fired(_oh(s), "opposite_outcome")] == []
    assert [s for s in RO_NOT if fired(_ro(s), "opposite_outcome")] == []


def test_has_been_defeated_is_the_candidates_loss():
    assert [s for s in CA_DEFEATED if not _no(_ca(s), "opposite_outcome")] == []
    assert [s for s in CA_NOT if _ca(s).verdict == "likely-no"] == []


def test_another_elected_the_partys_leader_says_no():
    assert [s for s in AB_OTHER if not _no(_ab(s), "rival_outcome")] == []
    assert [s for s in AB_NOT if _ab(s).verdict == "likely-no"] == []


def test_a_negation_in_a_closed_aside_is_the_asides():
    assert [s for s in LT_ASIDE if not _yes(_lt(s), "confirmation")] == []
    assert [s for s in LT_NEGATED if _lt(s).verdict == "likely-yes"] == []


def test_hostile_sentence_soup_stays_cheap():
    from resolver.engine import ballot_defeats, reached_shares, turnouts
    from resolver.engine.text import article_sentences, closed_aside
    words = ("Only 23% of voters cast a ballot almost 57 percent of Italians went to the polls , who denied , was struck "
             "down by voters rejected an attempt to impeach has been defeated elected leader of the United Conservative "
             "Party reach the 50% quorum on Saturday Issue 1 was defeated voted against the effort to recall ").split()
    soup = word_soup(words)
    runs = (_sk, _pr, _it, _pl, _oh, _ro, _ca, _ab, _lt)
    assert_each_within(runs, soup, 2.0)  # each run warmed first (cpu_budget)
    start = time.process_time()  # the readings' patterns on the whole 30 KB, past any sentence bound
    reached_shares.threshold(soup, soup)
    turnouts._cast(soup, "June 7–8")
    list(ballot_defeats._PASSIVE.finditer(soup))
    list(ballot_defeats._ACTIVE.finditer(soup))
    sent = article_sentences("", soup)[0]
    for i in range(0, len(sent.tokens), 7):
        closed_aside(sent, max(0, i - 8), i)
    assert_cpu_within(start, 2.0)
