"""A referendum side's share (twelfth round, figures): the side a question names ('"Leave"', "the
'In favor' option", 'the pro-independence side', 'the … initiative') and the shapes reporters give its
share in — a result line, the voters' choice after the figure, the measure decided with its share, the
side past a named threshold — read with the figure's precision and what is left to count. Sentences
verbatim from the development corpus; each names its case."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if c.rule in rules and c.weight]


def _run(q, deadline, criteria, published, title, body, as_of):
    m = market(q, deadline, criteria)
    a = article("https://example.org/news/referendum-result", published, title, body)
    return evaluate_market(m, [a], ts(as_of))


# b56-brexit-leave-52pct-or-more-2016-multi-no
LEAVE_Q = "Will \"Leave\" receive 52.0% or more of the valid votes in the UK's June 23, 2016 EU membership referendum?"
LEAVE_C = ("This market will resolve to \"Yes\" if the official declared result of the June 23, 2016 United Kingdom referendum "
           "on EU membership shows the \"Leave\" option receiving 52.0% or more of valid votes cast (to one decimal place).")


def _leave(body):
    return _run(LEAVE_Q, "2016-06-30T23:59:59+01:00", LEAVE_C, "2016-06-25T00:00:00+01:00",
                "The EU Referendum, 23 June 2016. The United Kingdom and the European Union. The results", body,
                "2016-06-26T00:00:00+00:00")


def test_a_result_line_gives_the_side_its_share():
    v = _leave("The results of the referendum held in the United Kingdom on the 23 June 2016 on whether the UK should remain "
               "in or leave the European Union:\n\nRemain: 16,141,241 (48.1%)\nLeave: 17,410,742 (51.9%)\n"
               "Total Electorate: 46,500,001\nTurnout: 72.2%")
    assert [c.direction for c in _fired(v, "threshold_missed", "threshold_crossed")] == ["no"]


def test_a_whole_share_for_a_bar_written_to_a_decimal_is_a_rounding():
    # must not fire: '52%' for a bar of 52.0% lies in [51.5, 52.5]
    v = _leave("The results of the referendum held in the United Kingdom on the 23 June 2016:\n\nLeave: 52%\nRemain: 48%")
    assert not _fired(v, "threshold_missed", "threshold_crossed")


def test_another_line_is_not_the_sides():
    # must not fire: the other side's line and the turnout are no share of Leave
    v = _leave("The results of the referendum held in the United Kingdom on the 23 June 2016:\n\nRemain: 16,141,241 (48.1%)\n"
               "Turnout: 72.2%")
    assert not _fired(v, "threshold_missed", "threshold_crossed")


# b55-chile-plebiscite-2023-in-favor-45pct-multi-no
CHILE_Q = "Will the 'In favor' option receive at least 45% of the vote in Chile's December 17, 2023 constitutional plebiscite?"
CHILE_C = ("This market will resolve to \"Yes\" if the 'A favor' (In favor) option receives 45.00% or more of the valid votes in "
           "Chile's December 17, 2023 plebiscite on the proposed new constitution, according to the final count reported by "
           "Chile's electoral service (Servel). Partial or early counts do not count.")


def _chile(body, title="Chileans vote to reject new conservative constitution"):
    return _run(CHILE_Q, "2023-12-31T23:59:59-03:00", CHILE_C, "2023-12-18T00:00:00+00:00", title, body,
                "2023-12-19T00:00:00+00:00")


def test_the_voters_choice_after_the_figure_with_what_is_left_to_count():
    v = _chile("STORY: With 99.65% of ballot boxes tallied, a total of 55.76% Chileans rejected the new text while 44.24% "
               "voted in favor of it.")
    found = _fired(v, "threshold_missed", "threshold_crossed")
    assert [c.direction for c in found] == ["no"] and "44.24% voted in favor" in found[0].reason


def test_an_early_count_settles_nothing():
    # must not fire: with 7.97% of boxes tallied, 45.70% can still end on either side of 45%
    v = _chile("Early results show that a majority of Chileans voted to reject a new conservative constitution. "
               "A total of 54.30% voted against the text while 45.70% voted in favor of it with 7.97% of ballot boxes tallied.",
               "Majority of Chileans reject new conservative constitution - early results")
    assert not _fired(v, "threshold_missed", "threshold_crossed")


def test_the_other_sides_choice_is_not_read():
    # must not fire: 'voted against' is the other side's share
    v = _chile("With all ballot boxes tallied, a total of 55.76% of voters voted against the text.")
    assert not _fired(v, "threshold_missed", "threshold_crossed")


# b55-swiss-13th-ahv-pension-yes-share-58-5pct-no
AHV_Q = ("Will Switzerland's 13th AHV pension initiative receive at least 58.5% of the popular vote in the March 3, 2024 "
         "referendum?")
AHV_C = ("This market will resolve to \"Yes\" if the federal popular initiative for a 13th monthly AHV/AVS old-age pension "
         "payment, voted on in Switzerland on March 3, 2024, receives 58.5% or more of the valid popular vote according to the "
         "official result.")


def _ahv(sentence):
    return _run(AHV_Q, "2024-03-31T23:59:59+01:00", AHV_C, "2024-03-04T00:00:00+01:00",
                "Swiss voters embrace social benefits expansion for pensioners",
                "Bern [Switzerland], March 4: Switzerland voted in a referendum on Sunday in favour of a 13th monthly pension "
                "payment each year, to the delight of pensioners.\n" + sentence, "2024-03-05T00:00:00+00:00")


def test_the_measure_decided_with_an_approximate_share():
    v = _ahv("The trade union initiative was approved with around 58.2 percent of the vote, as final results showed on "
             "Sunday evening.")
    assert [c.direction for c in _fired(v, "threshold_missed", "threshold_crossed")] == ["no"]


def test_an_approximate_whole_share_near_the_bar_settles_nothing():
    # must not fire: 'around 58 percent' lies in [57, 59], on both sides of 58.5%
    v = _ahv("The trade union initiative was approved with around 58 percent of the vote, as final results showed on "
             "Sunday evening.")
    assert not _fired(v, "threshold_missed", "threshold_crossed")


# b56-montenegro-yes-55pct-2006-multi-yes
MNE_Q = "Will the pro-independence side receive at least 55% of valid votes in Montenegro's May 21, 2006 independence referendum?"
MNE_C = ("This market will resolve to \"Yes\" if results announced by Montenegro's Republic Referendum Commission show that at "
         "least 55% of valid votes in the May 21, 2006 independence referendum were cast in favour of independence. Unofficial "
         "projections by monitoring groups do not count.")


def _mne(title, body):
    return _run(MNE_Q, "2006-05-31T23:59:59+02:00", MNE_C, "2006-05-22T00:00:00+02:00", title, body,
                "2006-05-23T12:00:00+00:00")


def test_the_side_past_a_named_threshold_in_the_official_result():
    v = _mne("Montenegro Votes for Independence, Official Results Show",
             "The prime minister of Montenegro, Milo Djukanovic has claimed victory in a referendum to dissolve his tiny "
             "republic's union with Serbia. Official results have confirmed that a majority of Montenegrins voted for "
             "independence.\n\nElection officials say the pro-independence camp won Sunday's referendum by slightly more than "
             "the 55 percent threshold for the outcome to be validated.")
    assert [c.direction for c in _fired(v, "threshold_crossed")] == ["yes"]


def test_an_unofficial_share_settles_nothing():
    # must not fire: the monitors' unofficial figure is provisional
    v = _mne("china.org.cn (Xinhua News Agency)",
             "The tiny Balkan republic of Montenegro may become the newest country in the world as over 56.3 percent of "
             "voters chose independence in the referendum yesterday, according to unofficial results announced by "
             "monitoring organizations.")
    assert not _fired(v, "threshold_missed", "threshold_crossed")


def test_a_claim_alone_leaves_the_threshold_open():
    # must not fire: with only a claimed victory, no official result is told
    v = _mne("Montenegro votes",
             "The prime minister of Montenegro, Milo Djukanovic has claimed victory in a referendum to dissolve his tiny "
             "republic's union with Serbia. His aides say the pro-independence camp won Sunday's referendum by slightly more "
             "than the 55 percent threshold.")
    assert not _fired(v, "threshold_missed", "threshold_crossed")


# b56-crimea-referendum-97pct-official-asof-revision-multi-undet: a share named by what it is for, no side shape
def test_a_share_of_votes_for_a_cause_is_no_named_side():
    v = _run("Will the officially announced share of votes for joining Russia in Crimea's March 16, 2014 referendum be 97.0% "
             "or higher?", "2014-03-31T23:59:59+04:00",
             "This market will resolve to \"Yes\" if the final result announced by the Crimean referendum commission shows "
             "97.0% or more of votes cast in favour of reunification with Russia.", "2014-03-17T00:00:00+04:00",
             "Crimean Premier Declares 97 Per Cent for Russia Union",
             "Crimea's self-proclaimed prime minister, Sergei Aksyonov, has announced on Twitter that with 100 per cent of "
             "the referendum ballots counted, 96.6 per cent were in favour of joining Russia.", "2014-03-17T12:00:00+00:00")
    assert not _fired(v, "threshold_missed", "threshold_crossed")


# b56-us-q3-2001-gdp-advance-minus1-or-worse-multi-no: 'a decline of 1.0% or more' is a change at or below -1.0
def test_a_decline_of_a_share_or_more_is_a_bar_below_zero():
    from resolver.engine import quantities
    q = ("Will the Commerce Department's advance estimate of U.S. third-quarter 2001 real GDP show a decline of 1.0% or more "
         "(annualized)?")
    bar = quantities.required(q, "")
    assert (bar.value, bar.direction) == (-1.0, "below")
    # must not fire: a level asked with no fall word keeps its sign
    bar = quantities.required("Will the unemployment rate be 4.5% or more in May?", "")
    assert (bar.value, bar.direction) == (4.5, "above")


def test_a_fall_figure_still_holds_the_deadline_for_a_bar_below_zero():
    v = _run("Will the Commerce Department's advance estimate of U.S. third-quarter 2001 real GDP show a decline of 1.0% or more "
             "(annualized)?", "2001-11-15T23:59:59-05:00",
             "This market will resolve to \"Yes\" if the advance (first) estimate of U.S. real GDP for the third quarter of 2001 "
             "shows a seasonally adjusted annualized change of -1.0% or lower. Later revisions do not count.",
             "2001-11-30T14:06:00-05:00", "U.S. economy shrinks 1.1%",
             "U.S. gross domestic product (GDP), the broadest measure of the economy, contracted at a revised 1.1 percent "
             "annual rate in the third quarter, the Commerce Department reported.", "2001-12-01T00:00:00+00:00")
    assert v.verdict == "undetermined" and v.status == "unread-evidence"
