"""Likely-no misses of batch 80 (fifteenth round, r15-b80no), each read right by a general reading:
a figure right after a verb of requiring is a bar set, not a level reported ('The laws require at
least 30 percent of registered voters to participate', figure_words.required_bar); a reduction asked
to end at a length or under is settled by the length a report says it ended at ('cut from two years
to 15 months' for '12 months or less', engine/reduced_lengths.py); a statement ruling the act out
until the question's own limit event gives a time limit, not a bare forecast ('will not pay … before
a 30-day grace period expires', engine/own_limits.py); a deadline set on or before the market's told
moved past it is the act pushed back ('the previous deadline of January 31 has been changed to
February 10', engine/moved_deadlines.py); a referendum side named by its voters' choice ('the vote
to remain part of France') is read in the share told with that choice ('56.4 per cent of voters
choosing to remain part of France', engine/side_shares.py). Sentences verbatim from the development
corpus; each names its case. Beside each, the nearby wording that must not be read so."""

from resolver.engine import figure_words, moved_deadlines, own_limits, reduced_lengths, side_shares
from resolver.engine.text import article_sentences
from tests.conftest import decided, fired, run_case

# b80-romania-family-referendum-turnout-30pct-2018-no
ROMANIA = dict(
    question="Will turnout in Romania's October 6-7, 2018 constitutional referendum on the definition of family reach 30%?",
    deadline="2018-10-08T23:59:59+03:00",
    criteria="This market will resolve to \"Yes\" if official turnout reported by Romania's Central Electoral Bureau (BEC) for the October 6-7, 2018 national referendum on revising the constitutional definition of the family is 30% or more of registered voters. Otherwise, this market will resolve to \"No\".",
    items=[("http://en.ce.cn/World/Europe/201810/08/t20181008_30453207.shtml", "2018-10-08T14:06:00+08:00",
            "Low turnout invalidates Romania's referendum on family redefinition",
            "Low voter turnout invalidated Romania's referendum on family redefinition, according to the Central Electoral Bureau (BEC) late Sunday.\n\nOnly 20.41 percent of the electors showed up to the polling stations in the two days of referendum, data by the BEC showed. The laws require at least 30 percent of registered voters to participate in the referendum and 25 percent of voters to cast a valid \"Yes\" or \"No\" vote for the result to be validated.")],
    as_of="2018-10-09T00:00:00+00:00",
)


def test_required_share_is_a_bar_not_a_crossing():
    v = run_case(**ROMANIA)
    assert decided(v) == "likely-no"
    assert not [c for c in v.contributions if c.direction == "yes" and c.weight]
    assert any("is a bar set" in c.reason for c in v.contributions)


def test_required_bar_wording():
    q = ROMANIA["question"]
    assert figure_words.required_bar(q, "The laws require at least ") == "require at least"
    assert figure_words.required_bar(q, "Candidates needed ") == "needed"
    # a second bar joined to the first with 'and'
    assert figure_words.required_bar(
        q, "The laws require at least 30 percent of registered voters to participate in the referendum and ") == "require … and"


def test_required_bar_must_not_fire():
    q = ROMANIA["question"]
    assert figure_words.required_bar(q, "Turnout reached the required ") is None  # the bar named, met or missed
    assert figure_words.required_bar(q, "Turnout reached ") is None
    # the figure after 'and' in another clause is a reading, not a second bar
    assert figure_words.required_bar(q, "The law requires 30 percent of voters to take part in the vote, and only ") is None
    # a market that asks about what is needed reads the figure
    assert figure_words.required_bar("Will the bill need more than 60 votes?", "The bill needs ") is None


# b80-sharapova-ban-12-months-or-less-2016-no
SHARAPOVA = dict(
    question="Will Maria Sharapova's doping ban be reduced to 12 months or less by October 31, 2016?",
    deadline="2016-10-31T23:59:59+02:00",
    criteria="This market will resolve to \"Yes\" if, on or before October 31, 2016, the Court of Arbitration for Sport (or any other competent body) reduces Maria Sharapova's meldonium doping suspension to a total length of 12 months or less. Otherwise, this market will resolve to \"No\".",
    items=[("https://www.aol.co.uk/sport/2016/10/04/breaking-news-sharapova-doping-ban-reduced/", "2016-10-04T00:00:00+01:00",
            "BREAKING NEWS: Sharapova doping ban reduced",
            "Maria Sharapova has had her doping ban cut from two years to 15 months by the Court of Arbitration for Sport (CAS).\n\nSharapova was the subject of a suspension that was due to run until January 2018, after testing positive for banned substance meldonium at this year's Australian Open.")],
    as_of="2016-10-05T00:00:00+00:00",
)


def test_reduction_to_a_longer_length_misses_the_bar():
    v = run_case(**SHARAPOVA)
    assert decided(v) == "likely-no"
    short = fired(v, "magnitude_short")
    assert short and "'to 15 months'" in short[0].reason
    # the headline's bare 'reduced' says nothing of the length: a note, not a confirmation
    assert not [c for c in v.contributions if c.direction == "yes" and c.weight]


def test_reduced_length_readings():
    q = SHARAPOVA["question"]
    text = "Maria Sharapova has had her doping ban cut from two years to 15 months by the Court of Arbitration for Sport (CAS)."
    assert reduced_lengths.check(q, text, text.index("cut"))[0] == "short"
    assert reduced_lengths.check(q, "His ban was reduced to 10 months.", len("His ban was "))[0] == "met"
    assert reduced_lengths.check(q, "His ban was reduced to one year.", len("His ban was "))[0] == "met"  # 12 months
    assert reduced_lengths.bar("Will his sentence be cut to under 10 years by May 1?").strict


def test_reduced_length_must_not_fire():
    q = SHARAPOVA["question"]
    assert reduced_lengths.check(q, "Her ban was cut by six months.", len("Her ban was ")) is None  # the cut's size
    assert reduced_lengths.check(q, "Her ban was reduced to about 12 months.", len("Her ban was ")) is None  # rough
    assert reduced_lengths.bar("Will Maria Sharapova's doping ban be reduced by October 31, 2016?") is None
    assert reduced_lengths.bar("Will her ban be reduced to 12 months by October 31?") is None  # no upper bound named


# b80-zambia-pays-coupon-in-grace-2020-multi-no
ZAMBIA = dict(
    question="Will Zambia pay its missed $42.5 million Eurobond coupon before the 30-day grace period expires?",
    deadline="2020-11-14T23:59:59+02:00",
    criteria="This market will resolve to \"Yes\" if Zambia pays the $42.5 million Eurobond coupon that fell due in mid-October 2020 before the end of the applicable 30-day grace period (no later than November 14, 2020). A deferral agreed with bondholders does not count as payment. Otherwise, this market will resolve to \"No\".",
    items=[("https://www.news18.com/news/business/exclusive-zambia-will-not-pay-eurobond-coupon-before-grace-period-expires-finance-minister-3078416.html",
            "2020-11-13T00:00:00+02:00",
            "Exclusive: Zambia will not pay Eurobond coupon before grace period expires - finance minister",
            "LUSAKA: Zambia will not pay an overdue Eurobond coupon before a 30-day grace period expires, the finance minister told Reuters, setting the southern African copper producer on course to become the continent’s first pandemic-era sovereign default.")],
    as_of="2020-11-15T00:00:00+00:00",
)


def test_ruled_out_until_the_questions_own_limit():
    v = run_case(**ZAMBIA)
    assert decided(v) == "likely-no"
    ruled = fired(v, "ruled_out")
    assert ruled and all("the limit the question itself sets" in c.temporal for c in ruled)


def test_own_limit_must_not_fire():
    assert own_limits.limit_of(ZAMBIA["question"]) == ("grace", "period", "expire")
    assert own_limits.limit_of("Will X sign the deal by March 31, 2024?") == ()
    assert own_limits.limit_of("Will X resign before the end of 2024?") == ()
    assert own_limits.limit_of("Will X be released before Christmas?") == ()  # a date's name as likely
    assert own_limits.limit_of("Will the bill be passed by the House?") == ()  # 'by': an agent
    sent = article_sentences("", "Zambia will not pay the coupon before the election, the minister said.")[0]
    assert own_limits.own_limit(ZAMBIA["question"], sent, 3) is None  # another limit than the question's


# b80-old-naira-notes-end-jan31-2023-no
NAIRA = dict(
    question="Will Nigeria's old N200, N500 and N1,000 notes cease to be legal tender by January 31, 2023?",
    deadline="2023-01-31T23:59:59+01:00",
    criteria="This market will resolve to \"Yes\" if the old (pre-redesign) N200, N500 and N1,000 banknotes lose their legal tender status in Nigeria on or before January 31, 2023, as set by the Central Bank of Nigeria. If the deadline is extended beyond January 31, 2023, this market will resolve to \"No\". Otherwise, this market will resolve to \"No\".",
    as_of="2023-01-30T00:00:00+00:00",
)
NAIRA_LEAD = ("The Central Bank of Nigeria (CBN) has extended the ban on the usage of obsolete naira notes throughout "
              "Nigeria by 10 days.\n\n")


def _naira(sentence: str):
    return run_case(**NAIRA, items=[("https://postnigeria.com/2023/01/29/breaking-cbn-extends-deadline-for-use-of-old-naira-notes/",
                                     "2023-01-29T00:00:00+01:00", "BREAKING: CBN extends deadline for use of old naira notes",
                                     NAIRA_LEAD + sentence)])


def test_deadline_moved_past_the_markets():
    v = _naira("He said the previous deadline of January 31 has been changed to February 10.")
    assert decided(v) == "likely-no"
    ruled = fired(v, "ruled_out")
    assert ruled and "moved past the market's" in ruled[0].reason and "February 10" in ruled[0].temporal


def test_moved_deadline_must_not_fire():
    for sentence in ("Lawmakers urged the bank to extend the deadline of January 31 to February 10.",  # asked for
                     "The bank could extend the January 31 deadline to February 10.",  # possible
                     "He said the deadline has been extended to February 10.",  # no old date: another deadline may be meant
                     "He said the previous deadline of January 25 has been changed to January 30."):  # new date in time
        v = _naira(sentence)
        assert not [c for c in v.contributions if "moved past the market's" in c.reason], sentence
    assert not moved_deadlines.told("He said the previous date of January 31 has been changed to February 10.")


# b80-new-caledonia-remain-60pct-2018-no
CALEDONIA = dict(
    question="Will the vote to remain part of France receive at least 60% in New Caledonia's November 4, 2018 independence referendum?",
    deadline="2018-11-05T23:59:59+11:00",
    criteria="This market will resolve to \"Yes\" if, in the final results of New Caledonia's November 4, 2018 referendum on independence from France, the \"No\" option (remaining part of France) receives at least 60% of the votes cast. Otherwise, this market will resolve to \"No\".",
    items=[("https://en.news-front.su/2018/11/05/new-caledonia-vote-to-stay-part-of-french-republic", "2018-11-05T00:00:00+03:00",
            "New Caledonia vote to stay part of French Republic",
            "Voters in France’s South Pacific territory of New Caledonia rejected independence from Paris in a referendum yesterday.\nFinal results saw 56.4 per cent of voters choosing to remain part of France compared to 43.6 per cent for independence.\nThe poll had a record-high participation rate of 80.6 per cent of registered voters — so many that some polling stations in the capital Noumea had to stay open about an hour longer than planned to handle the crush.")],
    as_of="2018-11-06T00:00:00+00:00",
)


def test_side_named_by_its_voters_choice():
    v = run_case(**CALEDONIA)
    assert decided(v) == "likely-no"
    missed = fired(v, "threshold_missed")
    assert missed and "56.4 per cent of voters choosing to remain" in missed[0].reason


def test_side_by_choice_must_not_fire():
    from resolver.engine.evaluate import market_context
    from resolver.engine import spec
    from tests.conftest import news_market

    def side(question):
        m = news_market(question, "2018-11-05T23:59:59+11:00")
        return side_shares.side(market_context(m, spec.default_rule_set(m)))

    assert side(CALEDONIA["question"]) == side_shares.Side("label", "remain")
    assert side("Will the vote for independence receive at least 45% in the referendum?") == side_shares.Side("pro", "independence")
    assert side("Will turnout in the referendum reach 60%?") is None
