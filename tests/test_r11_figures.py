"""Threshold readings of development batches 49-52, on the sentences verbatim (each test names its
corpus case): the share of a vote that approves, told as the share that voted for it ('55% were in
favor of the deal', 'the vote of 51 percent to 49 percent to accept the deal') or as the yes votes
out of those cast ('8,435 of the 8,525 legitimate votes cast were "yes" votes'), a rounded share
covering half its last digit; and the figure of a market whose subject is a role ('the declared
winner'), owned by the name its article reports declared the winner."""

from resolver.engine import evaluate_market
from resolver.engine.approval_shares import shares
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


# b51-uaw-gm-ratify-60pct-2023-no
UAW_Q = "Will at least 60% of UAW members voting approve the 2023 General Motors contract?"
UAW_C = ("This market will resolve to \"Yes\" if the final ratification results posted by the UAW show that 60% or more of "
         "GM-unit members casting ballots voted in favor of the 2023 tentative agreement with General Motors. Results at "
         "Ford or Stellantis do not count. Otherwise, this market will resolve to \"No\".")
UAW_1 = ("By a slim majority, United Auto Workers members voted to ratify the tentative contract the union negotiated with "
         "General Motors last month.")
UAW_2 = ("Of the 35,000 members who cast votes, 55% were in favor of the deal, which includes 25% wage increases, "
         "cost-of-living adjustments and other benefits.")


def _uaw(body):
    m = market(UAW_Q, "2023-11-30T23:59:59-05:00", UAW_C)
    a = article("https://spectrumnews1.com/ky/louisville/business/2023/11/16/united-auto-workers-ratify-new-contract-with-"
                "general-motors", "2023-11-16T00:00:00-05:00",
                "United Auto Workers ratify new contract with General Motors", body)
    return evaluate_market(m, [a], ts("2023-11-17T00:00:00+00:00"))


def test_the_share_in_favor_is_the_approving_share():
    v = _uaw(UAW_1 + "\n\n" + UAW_2)
    assert v.verdict == "likely-no"
    assert any("55% were in favor" in c.reason for c in _fired(v, "threshold_missed"))


def test_a_share_of_an_opinion_poll_is_no_tally():
    # must not fire: a poll's share is no vote's tally
    v = _uaw(UAW_1 + "\n\nA poll found 55% were in favor of the deal before the vote.")
    assert not _fired(v, "threshold_missed")


def test_a_share_at_an_excluded_company_is_not_the_markets():
    # must not fire: 'Results at Ford or Stellantis do not count'
    v = _uaw("At Ford, 55% were in favor of the deal, the union said.")
    assert not _fired(v, "threshold_missed")


def test_a_percent_that_no_one_voted_for_is_no_share():
    # must not fire: '25% wage increases' is what the deal gives, not a share of the vote
    assert [s[1] for s in shares_of("The members approved a deal with 25% wage increases.")] == []


def shares_of(text):
    from types import SimpleNamespace
    ctx = SimpleNamespace(target=SimpleNamespace(object="contract"))
    return shares(ctx, text)


# b51-wga-ratify-over-99pct-2023-no
WGA_Q = "Will more than 99% of votes cast by WGA members approve the 2023 contract with the studios?"
WGA_C = ("This market will resolve to \"Yes\" if the Writers Guild of America's official ratification tally for the 2023 "
         "Minimum Basic Agreement shows \"yes\" votes strictly greater than 99.0% of the valid votes cast. Percentages are "
         "computed from the reported vote counts, not from rounded headline figures. Otherwise, this market will resolve "
         "to \"No\".")
WGA_2 = ("In a vote that concluded on Monday, ninety-nine percent of union members supported the deal; according to the "
         "WGA, 8,435 of the 8,525 legitimate votes cast were \"yes\" votes, while 90 \"no\" votes (one percent) were cast.")


def _wga(body):
    m = market(WGA_Q, "2023-10-15T23:59:59-07:00", WGA_C)
    a = article("https://www.wionews.com/videos/writers-guild-ratifies-strike-ending-contract-with-studios-644976",
                "2023-10-10T17:40:00+05:30", "Writers guild ratifies strike-ending contract with studios", body)
    return evaluate_market(m, [a], ts("2023-10-11T00:00:00+00:00"))


def test_yes_votes_out_of_those_cast_give_the_exact_share():
    v = _wga(WGA_2)
    assert v.verdict == "likely-no"
    assert any("98.94%" in c.reason for c in _fired(v, "threshold_missed"))


def test_a_rounded_share_at_a_strict_bar_settles_nothing():
    # must not fire: '99% … supported' is 98.5-99.5, on both sides of 'more than 99%'
    v = _wga("The WGA said 99% of members who voted supported the contract.")
    assert not _fired(v, "threshold_missed") and not _fired(v, "threshold_crossed")


# b49-boeing-machinists-777x-vote-over-50pct-yes
BO_Q = ("Will more than 50% of voting Boeing machinists back the 777X contract extension in the January 3, 2014 vote?")
BO_C = ("This market will resolve to \"Yes\" if the results of IAM District 751's January 3, 2014 vote on Boeing's contract "
        "extension offer, announced by January 5, 2014, show more than 50% of votes cast in favor. Otherwise, this market "
        "will resolve to \"No\".")
BO_2 = ("The vote of 51 percent to 49 percent to accept the deal means Boeing Co will build its new 777X jetliner and "
        "wings in the Seattle area, where Boeing has built aircraft for more than 90 years.")


def _boeing(body):
    m = market(BO_Q, "2014-01-05T23:59:59-08:00", BO_C)
    a = article("http://ca.reuters.com/article/businessNews/idCABREA0302220140104", "2014-01-04T11:52:00-05:00",
                "Boeing machinists approve contract securing 777X jet", body)
    return evaluate_market(m, [a], ts("2014-01-05T12:00:00+00:00"))


def test_a_split_to_accept_gives_the_approving_side_first():
    v = _boeing(BO_2)
    assert v.verdict == "likely-yes"
    assert any("51 percent to 49 percent" in c.reason for c in _fired(v, "threshold_crossed"))


def test_a_split_that_rejects_is_not_the_approving_share():
    # must not fire: 'to reject' names the other side first
    v = _boeing("The vote of 51 percent to 49 percent to reject the deal means Boeing Co will look elsewhere.")
    assert not _fired(v, "threshold_crossed")


# b51-kenya-2022-winner-over-50pct-yes
KE_Q = "Will the declared winner of Kenya's 2022 presidential election receive more than 50% of the vote?"
KE_C = ("This market will resolve to \"Yes\" if the candidate declared winner of Kenya's August 9, 2022 presidential "
        "election by the IEBC is reported, by August 31, 2022, to have received more than 50% of the valid votes cast. "
        "Otherwise, this market will resolve to \"No\".")
KE_1 = "William Ruto has been declared the 5th President of Kenya bringing to an end a week-long wait."
KE_2 = ("Ruto, who ran under the Kenya Kwanza Alliance, obtained 50.49% of the vote to pull ahead of his rival Raila "
        "Odinga of the Azimio La Umoja Coalition who garnered only 48.85% in the hotly contested election.")


def _kenya(title, body):
    m = market(KE_Q, "2022-08-31T23:59:59+03:00", KE_C)
    a = article("https://www.ntv.co.ug/ug/news/william-ruto-declared-kenya-s-5th-president--3915746",
                "2022-08-15T00:00:00+03:00", title, body)
    return evaluate_market(m, [a], ts("2022-08-16T12:00:00+00:00"))


def test_the_name_declared_winner_owns_the_winners_figure():
    v = _kenya("William Ruto declared Kenya's 5th president", KE_1 + " " + KE_2)
    assert v.verdict == "likely-yes"
    assert any("50.49%" in c.reason and "Ruto" in c.reason for c in _fired(v, "threshold_crossed"))


def test_a_name_not_reported_the_winner_owns_no_winners_figure():
    # must not fire: no one is reported declared or won; the runner-up's 48.85% is not the winner's either
    v = _kenya("Kenya counts votes", "Ruto, who ran under the Kenya Kwanza Alliance, obtained 50.49% of the vote so far "
               "in the hotly contested election.")
    assert not _fired(v, "threshold_crossed")
