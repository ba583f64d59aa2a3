"""Likely-yes misses (thirteenth round, r13-yesmiss2): a figure told as a bound ('securing over 50
percent': strictly above 50; 'at least', 'nearly', 'up to'), a figure labelled as the month's own
change beside an annual market, an inverted wire credit ('…, reported Xinhua.'), and a score with
half points ('16 1/2-11 1/2'). Sentences verbatim from the development corpus; each names its case."""

from resolver.engine import evaluate_market, figure_bounds, margins
from resolver.engine.annual_figures import month_label
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, *rules):
    return [c for c in v.contributions if (c.base_rule or c.rule) in rules and c.weight]


# b60-rouhani-first-round-majority-2013-yes
ROU_Q = ("Will Hassan Rouhani receive more than 50% of the vote in the first round of Iran's June 14, 2013 presidential "
         "election?")
ROU_C = ("This market will resolve to \"Yes\" if official results announced by Iran's Interior Ministry show Hassan Rouhani "
         "receiving more than 50% of the votes cast in the first round of the June 14, 2013 presidential election. "
         "Otherwise, this market will resolve to \"No\".")
ROU = ("Tehran: Moderate presidential candidate, Hassan Rouhani, won the Iran's presidential election by securing over 50 "
       "percent of votes, Iran's interior minister said Saturday evening, reported Xinhua.")


def _rouhani(text=ROU, q=ROU_Q):
    m = market(q, "2013-06-30T23:59:59+04:30", ROU_C)
    a = article("https://ummid.com/news/2013/June/15.06.2013/hassan_rouhani_wins.html", "2013-06-15T00:00:00+05:30",
                "hassan rouhani wins", text)
    return evaluate_market(m, [a], ts("2013-06-16T00:00:00+00:00"))


def test_over_fifty_percent_meets_more_than_fifty():
    v = _rouhani()
    assert v.verdict == "likely-yes"
    assert any("a bound: > 50" in c.reason and c.direction == "yes" for c in _fired(v, "threshold_crossed"))
    assert not _fired(v, "hedged")  # '…, reported Xinhua.': a wire credit, not hearsay


def test_bounds_that_do_not_settle_the_bar_are_not_read():
    # must not fire: a bound whose half-line lies on both sides of the bar
    for text in ("Hassan Rouhani won the presidential election by securing at least 50 percent of votes, the "
                 "interior minister said Saturday.",  # exactly 50 is on the half-line: not > 50
                 "Hassan Rouhani won the presidential election by securing over 49 percent of votes, the interior "
                 "minister said Saturday.",
                 "Hassan Rouhani won the presidential election by securing about 51 percent of votes, the interior "
                 "minister said Saturday."):
        v = _rouhani(text)
        assert not [c for c in _fired(v, "threshold_crossed", "threshold_missed")], text
        assert v.verdict == "undetermined", text


def test_a_bound_short_of_the_bar_misses_it():
    for text in ("Hassan Rouhani won nearly 50 percent of votes, the interior minister said Saturday.",
                 "Hassan Rouhani won just under 50 percent of votes, the interior minister said Saturday.",
                 "Hassan Rouhani won less than 50 percent of votes, the interior minister said Saturday."):
        v = _rouhani(text)
        assert any(c.direction == "no" for c in _fired(v, "threshold_missed")), text
        assert not _fired(v, "threshold_crossed"), text


def test_the_half_line_arithmetic():
    over, least = figure_bounds.bound_before("securing over "), figure_bounds.bound_before("won at least ")
    nearly, upto = figure_bounds.bound_before("won nearly "), figure_bounds.bound_before("for up to ")
    assert (over.side, over.strict) == ("lower", True) and (least.side, least.strict) == ("lower", False)
    assert (nearly.side, nearly.strict) == ("upper", True) and (upto.side, upto.strict) == ("upper", False)
    assert figure_bounds.settles(over, 50, 50, "above", False) is True
    assert figure_bounds.settles(least, 50, 50, "above", False) is None
    assert figure_bounds.settles(least, 50, 50, "above", True) is True
    assert figure_bounds.settles(nearly, 50, 50, "above", True) is False
    assert figure_bounds.settles(upto, 50, 50, "above", True) is None
    assert figure_bounds.settles(upto, 50, 50, "above", False) is False
    assert figure_bounds.settles(over, 40, 50, "above", False) is None
    assert figure_bounds.settles(upto, 40, 50, "below", False) is True
    assert figure_bounds.bound_before("about ") is None and figure_bounds.bound_before("close to ") is None
    assert figure_bounds.bound_before("moreover ") is None  # a word ending in a bound word is none


# b63-turkey-cpi-oct2022-above85-yes
TUR_Q = "Will Turkey's official annual CPI inflation for October 2022 be above 85%?"
TUR_C = ("This market will resolve to \"Yes\" if the Turkish Statistical Institute (TurkStat) reports annual consumer price "
         "inflation for October 2022 above 85.00%. Figures from independent groups such as ENAG do not count. Otherwise, "
         "this market will resolve to \"No\".")
TUR = ("ISTANBUL (UrduPoint News / Sputnik - 03rd November, 2022) The annual rate of change in Turkey's Consumer Price "
       "Index grew to 85.5% in October compared to 83.45% in the previous month, according to a Turkish Statistical "
       "Institute report published on Thursday.\n\nMonthly inflation was 3.54%, the Institute says.")


def test_the_months_own_change_is_not_the_annual_rate():
    m = market(TUR_Q, "2022-11-03T23:59:59+03:00", TUR_C)
    a = article("https://www.urdupoint.com/en/business/turkeys-annual-inflation-rate-reached-855-1588823.html",
                "2022-11-03T16:40:00+05:00", "Turkey's Annual Inflation Rate Reached 85.5% In October - Statistical "
                "Institute", TUR)
    v = evaluate_market(m, [a], ts("2022-11-03T18:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert not _fired(v, "threshold_missed")


def test_month_labels():
    s = "Monthly inflation was 3.54%, the Institute says."
    assert month_label(s, s.index("3.54"), s.index("%") + 1) == "Monthly inflation was"
    s = "Consumer prices rose 3.5% month-on-month in October."
    assert month_label(s, s.index("3.5"), s.index("%") + 1) == "month-on-month"
    # must not fire: the annual figure, a prior monthly level, a monthly report's annual figure
    for s in ("Annual inflation was 85.5% in October.",
              "Annual inflation rose to 85.5%, up from monthly inflation of 3.54%, the Institute said.",
              "The monthly report put annual inflation at 85.5%."):
        k = s.index("85.5")
        assert month_label(s, k, k + 5) is None, s


# b68-ryder-cup-2008-us-margin-4pts-multi-yes: the score as the article writes it
def test_a_score_with_half_points():
    assert margins.stated("The United States won 16 1/2-11 1/2, its largest margin of victory since 1981.") == \
        (5.0, "16 1/2-11 1/2")
    assert margins.stated("won 161⁄2-111⁄2.")[0] == 5.0  # '16½-11½' after text normalisation
    assert margins.stated("Europe won 15-13, retaining the cup.")[0] == 2.0
    # must not fire: a date, a fraction alone, a thousands figure
    for text in ("on 9/11-12 1/2 hours", "a 1/2-3 split", "rose 15-13,000"):
        assert margins.stated(text) is None, text


def test_an_inverted_credit_is_named_but_not_an_unnamed_one():
    from resolver.engine.hedges import trailing_named_source
    from resolver.engine.text import tokenize
    toks = tokenize("He won, reported Xinhua.")
    assert trailing_named_source(toks, next(k for k, t in enumerate(toks) if t.lower == "reported"))
    for text in ("He won, reported sources close to him.", "He won, reported Xinhua, citing two officials."):
        toks = tokenize(text)
        assert not trailing_named_source(toks, next(k for k, t in enumerate(toks) if t.lower == "reported")), text
