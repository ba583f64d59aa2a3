"""Economic-statistic markets (eighteenth round, r18-stats). Sentences verbatim from the development
corpus; each names its case; the must-not-fire sentences are real corpus sentences of the same surface
shape or close rewordings that mean something else.

- a statistic named by a phrase ('retail sales', 'retail and food services sales', 'industrial
  production') is a published statistic, read like 'GDP' or 'CPI' (statistic_names.py); 'sales' alone
  is a company's (Tesco, iPad, Halo 3 questions);
- its sign asked by a verb right after its name ('sales declining month-over-month') is a bar at zero
  (statistic_names.sign_bar);
- a change told as a fall right beside its figure: 'down 1.0 percent', 'a provisional 0.4 per cent
  contraction', 'decreased 5%' (period_changes.fall_told, reported_figure._FALL);
- and what a figure beside it is not: the margin of error '(±0.5 percent)', a change from a year
  earlier for a market on the change from the month before, another statistic's figure, a revised
  earlier month, a forecast."""

from resolver.engine import indicators, period_changes, statistic_names, thresholds
from tests.conftest import decided, fired, run_case

# b96-us-retail-sales-mar2023-decline-yes
RS_Q = ("Will the Census Bureau's advance estimate show US retail and food services sales declining month-over-month "
        "in March 2023?")
RS_C = ("This market will resolve to \"Yes\" if the U.S. Census Bureau's advance monthly retail trade report for March "
        "2023, released on or before April 14, 2023, shows seasonally adjusted retail and food services sales lower than "
        "in February 2023. Otherwise, this market will resolve to \"No\".")
RS_TEXT = ("Advance estimates of U.S. retail and food services sales for March 2023, adjusted for seasonal variation and "
           "holiday and trading-day differences, but not for price changes, were $691.7 billion, down 1.0 percent "
           "(±0.5 percent) from the previous month, but up 2.9 percent (±0.7 percent) above March 2022.")


def _march(text: str = RS_TEXT, question: str = RS_Q, criteria: str = RS_C):
    return run_case(question, "2023-04-14T23:59:59-04:00", criteria,
                    [("https://news.example.org/2023/04/14/retail-sales", "2023-04-14T00:00:00-04:00", "", text)],
                    "2023-04-15T00:00:00-04:00")


# b96-us-retail-sales-jun2023-0.5pct-or-more-no
JN_Q = ("Will the Census Bureau's advance estimate show US retail sales rising 0.5% or more month-over-month in June "
        "2023?")
JN_C = ("This market will resolve to \"Yes\" if the U.S. Census Bureau's advance monthly retail sales report for June "
        "2023, released on or before July 18, 2023, shows total retail and food services sales up 0.5% or more from May "
        "2023 (seasonally adjusted). Otherwise, this market will resolve to \"No\".")
JN_TEXT = ("Retail sales rose 0.2% in June from the previous month, lower than Wall Street's estimates for 0.5% growth. "
           "Sales excluding auto and gas increased 0.3%, in line with estimates from economists surveyed by Bloomberg. "
           "Meanwhile, May's sales were revised up to 0.5% from 0.3%.")


def _june(text: str = JN_TEXT, question: str = JN_Q, criteria: str = JN_C):
    return run_case(question, "2023-07-18T23:59:59-04:00", criteria,
                    [("https://news.example.org/2023/07/18/retail-sales", "2023-07-18T08:37:00-04:00",
                      "Retail sales rise at slower-than-expected pace in June", text)],
                    "2023-07-19T00:00:00-04:00")


# --- the statistic family -------------------------------------------------------------------------

def test_retail_sales_is_a_statistic():
    assert statistic_names.phrase(RS_Q) and statistic_names.phrase(JN_Q)
    assert "retail sales" in indicators.indicator_names(JN_Q)
    assert "retail and food services sales" in indicators.indicator_names(RS_Q)
    assert thresholds._single_value(JN_Q) and indicators.change_statistic(JN_Q)
    assert statistic_names.phrase("Will US industrial production rise 0.3% or more in May 2024?")


def test_company_sales_are_no_statistic():
    # corpus questions on a company's or a product's sales
    for q in ("Will Tesco report a UK like-for-like sales decline of more than 2% for the 2011 Christmas trading period?",
              "Will Apple report first-day U.S. iPad sales of at least 500,000 units?",
              "Will Grand Theft Auto V's launch-day sales exceed $1 billion?"):
        assert not statistic_names.phrase(q) and not statistic_names.names(q)
        assert not thresholds._single_value(q)


# --- the sign bar ----------------------------------------------------------------------------------

def test_sign_bar_read_from_the_question():
    assert thresholds._threshold(RS_Q) == (0.0, "below", "percent")
    assert thresholds._threshold("Will US retail sales decline month over month in May 2024?") == (0.0, "below", "percent")
    assert thresholds._threshold("Will US retail sales rise in May 2024?") == (0.0, "above", "percent")
    assert thresholds._threshold("Will US industrial production increase in May 2024?") == (0.0, "above", "percent")


def test_sign_bar_not_read_when_a_bar_is_stated_or_no_statistic_is_named():
    assert thresholds._threshold(JN_Q) == (0.5, "above", "percent")  # the stated bar, not a sign
    assert statistic_names.sign_bar("Will US retail sales fall by 0.5% or more in May 2024?") is None
    assert statistic_names.sign_bar("Will Tesco's sales decline in the 2011 Christmas period?") is None
    # the statistic in another part of the question, not the thing that declines
    assert statistic_names.sign_bar("Will the retail sales report show consumer confidence declining in May?") is None


# --- the signed change -----------------------------------------------------------------------------

def test_down_percent_is_a_fall():
    v = _march()
    assert decided(v) == "likely-yes" and fired(v, "threshold_crossed")
    assert "a fall: -1" in fired(v, "threshold_crossed")[0].reason


def test_down_percent_for_a_rise_market_is_no():
    q = "Will the Census Bureau's advance estimate show US retail and food services sales rising month-over-month in March 2023?"
    assert decided(_march(question=q)) == "likely-no"


def test_up_percent_is_no_fall():
    text = RS_TEXT.replace("down 1.0 percent (±0.5 percent) from the previous month", "up 0.4 percent (±0.5 percent) from "
                           "the previous month")
    assert decided(_march(text)) == "likely-no"


def test_fall_words_beside_the_figure():
    # b93-uk-gdp-q3-2009-prelim-nonnegative-no (verbatim)
    text = ("Figures from the Office for National Statistics showed a provisional 0.4 per cent contraction in gross "
            "domestic product, defying analysts' hopes the UK economy could have returned to growth.")
    end = text.index("per cent") + len("per cent")
    assert period_changes.fall_told("showed a provisional ", text, end) == "contraction"
    assert period_changes.fall_told("were $691.7 billion, down ", "", 0) == "down"
    # must not fire: a rise after the figure, 'down to' a level, a move told in points
    assert period_changes.fall_told("showed a provisional ", text.replace("contraction", "rise"), end) is None
    assert period_changes.fall_told("The unemployment rate fell to 4.1%, went down to ", "", 0) is None


def test_provisional_contraction_is_below_zero():
    q = "Will the ONS preliminary estimate show UK GDP growth of 0.0% or higher for the third quarter of 2009?"
    c = ("This market will resolve to \"Yes\" if the Office for National Statistics' preliminary estimate of UK gross "
         "domestic product for July-September 2009 shows quarter-on-quarter growth of 0.0% or higher. Later revisions do "
         "not count. Otherwise, this market will resolve to \"No\".")
    text = ("Britain's economy shrunk by -0.4 per cent in the third quarter, making this the longest recession since "
            "records began.\n\nFigures from the Office for National Statistics showed a provisional 0.4 per cent "
            "contraction in gross domestic product, defying analysts' hopes the UK economy could have returned to growth.")
    v = run_case(q, "2009-10-23T23:59:59+01:00", c,
                 [("https://news.example.org/2009/10/23/uk-economy", "2009-10-23T00:00:00+01:00", "UK economy still in "
                   "recession", text)], "2009-10-24T00:00:00+00:00")
    assert decided(v) == "likely-no"
    assert not fired(v, "threshold_crossed")


def test_down_points_of_a_level_statistic_is_no_level():
    # b19-us-payrolls-sep2024-200k-yes (verbatim): a move of the rate, not its level
    q = "Will the U.S. unemployment rate for September 2024 be below 4.2%?"
    c = "Resolves Yes if the BLS Employment Situation report for September 2024 shows an unemployment rate below 4.2%."
    text = "The unemployment rate fell to 4.1%, down 0.1 percentage point."
    v = run_case(q, "2024-10-04T23:59:59-04:00", c,
                 [("https://www.bls.gov/news.release/empsit.nr0.htm", "2024-10-04T08:30:00-04:00", "", text)],
                 "2024-10-05T00:00:00-04:00")
    assert all("0.1 percentage" not in c.reason for c in v.contributions if c.weight)


# --- must not fire ---------------------------------------------------------------------------------

def test_margin_of_error_is_no_figure():
    text = "Advance estimates of U.S. retail and food services sales for March 2023 were $691.7 billion (±0.5 percent)."
    assert period_changes.margin(text, text.index("0.5"))
    assert not fired(_march(text), "threshold_crossed", "threshold_missed")


def test_year_over_year_figure_for_a_month_over_month_market():
    # the same sentence's year-on-year figure alone (b96-us-retail-sales-mar2023-decline-yes)
    text = ("Advance estimates of U.S. retail and food services sales for March 2023 were $691.7 billion, up 2.9 percent "
            "(±0.7 percent) above March 2022.")
    assert not fired(_march(text), "threshold_crossed", "threshold_missed")
    text = ("Total sales for the January 2023 through March 2023 period were up 5.4 percent (±0.4 percent) from the "
            "same period a year ago.")
    assert not fired(_march(text), "threshold_crossed", "threshold_missed")
    # the month before the market's is its own base
    assert period_changes.longer_base(RS_Q, RS_C, (2023, 3), "sales fell 1.0 percent from February 2023", 23) is None
    assert period_changes.longer_base(RS_Q, RS_C, (2023, 3), "sales rose 2.9 percent from March 2022", 23) == \
        "from March 2022"
    # a market on the 12-month rate is not this reading's
    assert period_changes.longer_base("Will UK CPI annual inflation for August 2017 be 3.0% or higher?", "", (2017, 8),
                                      "prices rose 2.9 percent from a year earlier", 23) is None


def test_another_statistic_in_the_same_sentence():
    text = ("Retail and food services sales for March 2023 were little changed, while industrial production fell "
            "0.5 percent from the previous month.")
    v = _march(text)
    assert not fired(v, "threshold_crossed", "threshold_missed")
    assert period_changes.other_statistic(RS_Q, text, text.index("0.5")) == "industrial production"


def test_revised_earlier_month_is_not_the_market_month():
    text = "Retail sales for May were revised up to 0.5% from 0.3%."
    assert not fired(_june(text), "threshold_crossed", "threshold_missed")


def test_forecast_fall_is_no_report():
    text = "US retail sales are expected to fall 0.5% in March 2023 from the previous month, economists said."
    v = _march(text)
    assert not fired(v, "threshold_crossed", "threshold_missed")


def test_june_rise_short_of_the_bar():
    v = _june()
    assert decided(v) == "likely-no" and fired(v, "threshold_missed")
    assert "0.2%" in fired(v, "threshold_missed")[0].reason
