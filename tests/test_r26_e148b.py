"""Readings of the twenty-sixth round's pass e148b (published statistics read against a threshold market's bar):

- twelve_months_to (indicators._PERIOD, annual_figures._ANNUAL_ASKED, statistic_period._period_named): a market on a
  change 'over the 12 months ending December 2011' (or 'the year to March 2024') reads that month's twelve-month
  figure, so the month is the market's period; a rise dated by the year alone ('The CPI rose 3.0 percent in 2011')
  is the change to its December (never 'averaged 3.2% in 2011', the year's mean). On main the question named no
  period and no figure was read: b148-us-cpi-dec2011-above-3pct-no.
- faster_than (thresholds._THRESHOLD_RE): 'growing faster than 0.5% annualized' is a bar above 0.5%, 'slower than 2%' a
  bar below (a percent only: 'faster than 9.8 seconds' is a time). On main the question carried no threshold:
  b148-us-q2-2022-gdp-above-0.5pct-no.
- subject_sign (thresholds._SUBJECT_SIGN): 'Will Nigeria's real GDP grow year on year in the second quarter of 2017?'
  asks the figure's sign, growth above 0% (on main the act was read as 'quarter', an event; 'GDP' only: 'gross
  domestic product' spelt out is no statistic word of quantities.STATISTICS, left as it was):
  b148-nigeria-q2-2017-gdp-positive-multi-yes.
- trade_statistic (quantities.STATISTICS, indicators._INDICATOR_NAMES): a country's exports or imports for a named
  month is one published statistic, read only where the sentence names it: 'China's exports in June fell 1.3% from a
  year earlier' settles 'fall by more than 2%' as no (on main a figure short of the bar was never read):
  b148-china-jun2019-exports-fall-over-2pct-no. Imports told beside it stay another measure.
  The month a possessive's statistic is for ("China's January 2009 exports", indicators._PERIOD) is its period, so
  b148-china-jan2009-exports-fall-over-15pct-yes stays likely-yes once exports are a statistic.
- full_year (statistic_period._FULL_YEAR) with bullet lines (line_breaks._lines): in a wire's key-data box, each bullet line
  is its own sentence, and a 'full-year' figure in a report of that year (or the two months after) is that year's
  ('* Full-year average inflation at 9.21 pct y/y', Dec 24, 2012): b148-vietnam-2012-average-inflation-below-9pct-no.

Each reading is tested on its case's verbatim sentence, on generated variants (other countries, statistics, figures,
verbs and frames) read wrong on main, and on near-misses that must not fire (forecasts, targets, another period,
another statistic, an average, a negation). `wrong_fires()` counts the variants read wrong; it runs on any engine (the
report gives the count on main and after)."""

from __future__ import annotations

from conftest import case_runner, fired_no, fired_yes, realnews_case, run_case
from cpu_budget import assert_each_within, word_soup

CPI = "b148-us-cpi-dec2011-above-3pct-no"
GDP = "b148-us-q2-2022-gdp-above-0.5pct-no"
NGA = "b148-nigeria-q2-2017-gdp-positive-multi-yes"
CHN = "b148-china-jun2019-exports-fall-over-2pct-no"
VNM = "b148-vietnam-2012-average-inflation-below-9pct-no"


def _verdict(question: str, deadline: str, as_of: str, published: str, text: str, criteria: str = ""):
    return run_case(question, deadline, criteria, [("http://news.example.org/e148b", published, "", text)], as_of)


# ---- verbatim

def test_verbatim_cpi_year_rise():
    v = case_runner(CPI, "http://www.bls.gov/x", "2012-01-20T00:00:00-05:00")(
        "The CPI rose 3.0 percent in 2011 after a 1.5-percent increase in 2010.")
    assert v.verdict == "likely-no" and fired_no(v, "threshold_missed")


def test_verbatim_gdp_faster_than():
    c = realnews_case(GDP)
    v = case_runner(GDP, "http://x.example.org/g", "2022-07-28T00:00:00-04:00")(c["evidence"][0]["text"].split("\n")[0])
    assert v.verdict == "likely-no" and fired_no(v, "threshold_missed")


def test_verbatim_gdp_sign():
    c = realnews_case(NGA)
    v = case_runner(NGA, "http://x.example.org/n", "2017-09-05T00:00:00+01:00")(c["evidence"][1]["text"].split("\n")[0])
    assert v.verdict == "likely-yes" and fired_yes(v, "threshold_crossed")


def test_verbatim_exports():
    c = realnews_case(CHN)
    v = case_runner(CHN, "http://x.example.org/c", "2019-07-12T00:00:00+08:00")(c["evidence"][0]["text"])
    assert v.verdict == "likely-no" and fired_no(v, "threshold_missed")
    assert not fired_yes(v)


def test_verbatim_full_year_bullet():
    c = realnews_case(VNM)
    v = case_runner(VNM, "http://x.example.org/v", "2012-12-24T00:00:00+07:00")(c["evidence"][0]["text"])
    assert v.verdict == "likely-no" and fired_no(v, "threshold_missed")


def test_bullet_lines_split():
    from resolver.engine.text import split_sentences
    assert split_sentences("* Dec monthly CPI rises 0.27 pct\n* Full-year average inflation at 9.21 pct y/y\n"
                           "HANOI, Dec 24 Vietnam's December consumer price\nindex released on Monday.") == [
        "* Dec monthly CPI rises 0.27 percent", "* Full-year average inflation at 9.21 percent y/y",
        "HANOI, Dec 24 Vietnam's December consumer price index released on Monday."]
    assert split_sentences("One line\nwrapped here.") == ["One line wrapped here."]


# ---- generated variants: (question, deadline, as_of, published, sentence, expected verdict)

_CPI_QS = [
    ("Will the US CPI-U rise more than {bar}% over the 12 months ending December {y}?", "US"),
    ("Will US consumer prices rise more than {bar}% in the 12 months to December {y}?", "US"),
    ("Will Canada's CPI rise more than {bar}% over the twelve months ending December {y}?", "Canada"),
    ("Will UK CPI inflation for the year to December {y} be above {bar}%?", "UK"),
]
_CPI_FRAMES = [
    "The CPI rose {v} percent in {y}.",
    "Consumer prices rose {v} percent in {y}, the statistics agency said.",
    "The consumer price index increased {v}% in {y} after a 1.5% increase the year before.",
    "Consumer prices rose {v} percent in the 12 months ending December {y}.",
]


def _cpi_cases():
    out = []
    for q, _ in _CPI_QS:
        for y in (2011, 2016, 2022):
            for bar, v, want in ((3.0, "3.0", "likely-no"), (3.0, "2.4", "likely-no"), (2.0, "2.7", "likely-yes")):
                for fr in _CPI_FRAMES:
                    out.append((q.format(bar=bar, y=y), f"{y + 1}-01-31T23:59:59-05:00", f"{y + 1}-01-21T12:00:00-05:00",
                                f"{y + 1}-01-20T00:00:00-05:00", fr.format(v=v, y=y), want))
    return out


_GDP_QS = [
    "Will the BEA advance estimate show US real GDP growing faster than {bar}% annualized in Q{q} {y}?",
    "Will Japan's GDP grow faster than {bar}% in the {o} quarter of {y}?",
    "Will Germany's GDP expand faster than {bar}% in Q{q} {y}?",
]
_GDP_FRAMES = [
    ("{c}GDP shrank {v}% in the {o} quarter, the statistics office said.", -1),
    ("{c}economy contracted {v}% in the {o} quarter, data showed.", -1),
    ("{c}GDP grew {v}% in the {o} quarter, the statistics office said.", 1),
    ("{c}economy expanded at a {v}% annualized rate in the {o} quarter, data showed.", 1),
]
_ORD = ("first", "second", "third", "fourth")


def _gdp_cases():
    out = []
    for q in _GDP_QS:
        for n, y in ((2, 2022), (3, 2019), (1, 2013)):
            end_month = 3 * n
            pub = f"{y}-{end_month + 1:02d}-28T00:00:00+00:00"
            dl = f"{y}-{end_month + 1:02d}-29T23:59:59+00:00"
            ao = f"{y}-{end_month + 1:02d}-30T12:00:00+00:00"
            c = "Japan's " if "Japan" in q else "Germany's " if "Germany" in q else "US "
            for fr, sign in _GDP_FRAMES:
                for bar, v in ((0.5, "0.9"), (1.5, "2.6")):
                    want = "likely-yes" if sign > 0 and float(v) > bar else "likely-no"
                    out.append((q.format(bar=bar, q=n, y=y, o=_ORD[n - 1]), dl, ao, pub,
                                fr.format(c=c, v=v, o=_ORD[n - 1]), want))
    return out


_SIGN_QS = [
    "Will Nigeria's real GDP grow year on year in the {o} quarter of {y}?",
    "Will Germany's GDP contract in Q{q} {y}?",
    "Will South Africa's GDP shrink in the {o} quarter of {y}?",
    "Will Brazil's GDP expand in Q{q} {y}?",
]


def _sign_cases():
    out = []
    frames = [("{c} economy grew {v} per cent in the {o} quarter of {y}, the statistics office said.", 1),
              ("{c} GDP contracted {v} per cent in the {o} quarter of {y}, data showed.", -1)]
    for q in _SIGN_QS:
        c = q.split("Will ")[1].split("'s")[0] + "'s"
        down = any(w in q for w in ("contract", "shrink"))
        for n, y in ((2, 2017), (3, 2023)):
            end_month = 3 * n
            pub, dl, ao = f"{y}-{end_month + 2:02d}-05T00:00:00+00:00", f"{y}-{end_month + 3:02d}-30T23:59:59+00:00", \
                f"{y}-{end_month + 2:02d}-06T12:00:00+00:00"
            for fr, sign in frames:
                for v in ("0.55", "1.2"):
                    want = "likely-yes" if (sign < 0) == down else "likely-no"
                    out.append((q.format(o=_ORD[n - 1], q=n, y=y), dl, ao, pub,
                                fr.format(c=c, v=v, o=_ORD[n - 1], y=y), want))
    return out


_TRADE_QS = [
    ("Will China's exports for {m} {y} fall by more than 2% year on year in dollar terms?", "China's exports", -2.0),
    ("Will South Korea's exports for {m} {y} fall more than 5% from a year earlier?", "South Korea's exports", -5.0),
    ("Will Japan's imports for {m} {y} rise more than 3% year on year?", "Japan's imports", 3.0),
    # the month as a possessive's modifier (b148-china-jan2009-exports-fall-over-15pct-yes, kept by it)
    ("Will China's {m} {y} exports fall more than 15% from a year earlier?", "China's exports", -15.0),
    ("Will Taiwan's {m} {y} exports fall more than 5% from a year earlier?", "Taiwan's exports", -5.0),
]
_TRADE_FRAMES = [
    "{s} in {m} fell {v}% from a year earlier, customs data showed on Friday.",
    "{s} fell {v}% in {m} from a year earlier, official data showed.",
    "{s} in {m} rose {v}% from a year earlier, customs data showed on Friday.",
]


def _trade_cases():
    out = []
    for q, s, bar in _TRADE_QS:
        for m, mn, y in (("June", 6, 2019), ("March", 3, 2015)):
            pub, dl, ao = f"{y}-{mn + 1:02d}-12T00:00:00+08:00", f"{y}-{mn + 1:02d}-15T23:59:59+08:00", \
                f"{y}-{mn + 1:02d}-13T12:00:00+08:00"
            for fr in _TRADE_FRAMES:
                for v in ("1.3", "7.3", "17.5"):
                    change = -float(v) if "fell" in fr else float(v)
                    met = change < bar if bar < 0 else change > bar
                    out.append((q.format(m=m, y=y), dl, ao, pub, fr.format(s=s, m=m, v=v),
                                "likely-yes" if met else "likely-no"))
    return out


_YEAR_QS = [
    "Will Vietnam's average consumer price inflation for {y} come in below {bar}%?",
    "Will Indonesia's inflation for {y} be below {bar}%?",
    "Will Egypt's annual inflation for {y} come in above {bar}%?",
]


def _year_cases():
    out = []
    frames = ["* Full-year average inflation at {v} pct y/y", "Full-year inflation was {v} percent, the statistics office said.",
              "Whole-year inflation came in at {v}%."]
    for q in _YEAR_QS:
        below = "below" in q
        for y in (2012, 2019):
            for bar, v in ((9.0, "9.21"), (9.0, "6.5")):
                met = float(v) < bar if below else float(v) > bar
                for fr in frames:
                    out.append((q.format(y=y, bar=bar), f"{y}-12-31T23:59:59+07:00", f"{y}-12-25T12:00:00+07:00",
                                f"{y}-12-24T00:00:00+07:00", fr.format(v=v), "likely-yes" if met else "likely-no"))
    return out


CASES = _cpi_cases() + _gdp_cases() + _sign_cases() + _trade_cases() + _year_cases()

# near-misses: (question, deadline, as_of, published, sentence) that must stay undecided
_CPI_Q = "Will the US CPI-U rise more than 3.0% over the 12 months ending December 2011?"
_CPI_T = ("2012-01-31T23:59:59-05:00", "2012-01-21T12:00:00-05:00", "2012-01-20T00:00:00-05:00")
_GDP_Q = "Will the BEA advance estimate show US real GDP growing faster than 0.5% annualized in Q2 2022?"
_GDP_T = ("2022-07-28T23:59:59-04:00", "2022-07-27T12:00:00-04:00", "2022-07-26T00:00:00-04:00")
_CHN_Q = "Will China's exports for June 2019 fall by more than 2% year on year in dollar terms?"
_CHN_T = ("2019-07-15T23:59:59+08:00", "2019-07-13T12:00:00+08:00", "2019-07-12T00:00:00+08:00")
_VNM_Q = "Will Vietnam's average consumer price inflation for 2012 come in below 9%?"
_VNM_T = ("2012-12-31T23:59:59+07:00", "2012-12-25T12:00:00+07:00", "2012-12-24T00:00:00+07:00")
NEAR = [
    (_CPI_Q, *_CPI_T, "Consumer prices averaged 3.2 percent in 2011."),
    (_CPI_Q, *_CPI_T, "The CPI rose 2.8 percent in 2010."),
    (_CPI_Q, *_CPI_T, "Economists expect the CPI to rise 2.8 percent in 2011."),
    (_CPI_Q, *_CPI_T, "The CPI rose 0.1 percent in December from November."),
    (_GDP_Q, *_GDP_T, "Economists expect GDP to grow 0.4% in the second quarter."),
    (_GDP_Q, *_GDP_T, "GDP shrank 1.6% in the first quarter."),
    (_GDP_Q, *_GDP_T, "Analysts surveyed by Reuters had tipped GDP to grow 0.4% in the second quarter."),
    (_CHN_Q, *_CHN_T, "Imports in June fell 7.3% from a year earlier, customs data showed."),
    (_CHN_Q, *_CHN_T, "Analysts surveyed by Reuters had tipped exports to fall 2.0% from a year earlier."),
    (_CHN_Q, *_CHN_T, "China's exports in May rose 1.1% from a year earlier."),
    (_VNM_Q, *_VNM_T, "The full-year inflation target is 8 percent."),
    (_VNM_Q, *_VNM_T, "Full-year average inflation was 18.6 percent in 2011."),
    (_VNM_Q, *_VNM_T, "Inflation was 7.08 percent in November."),
    ("Will Usain Bolt run faster than 9.8 seconds in the 100m final at the 2012 Olympics?", "2012-08-06T23:59:59+01:00",
     "2012-08-07T12:00:00+01:00", "2012-08-06T00:00:00+01:00", "Bolt won in 9.63 seconds, an Olympic record."),
]


def _run(case):
    q, dl, ao, pub, s = case[:5]
    return _verdict(q, dl, ao, pub, s)


def test_variants():
    wrong = [(c[0], c[4], c[5], v.verdict) for c in CASES if (v := _run(c)).verdict != c[5]]
    assert not wrong, wrong[:5]


def test_near_misses_stay_undecided():
    for c in NEAR:
        v = _run(c)
        assert not fired_yes(v, "threshold_crossed") and not fired_no(v, "threshold_missed"), (c[0], c[4])


def test_faster_than_a_time_is_no_percent_bar():
    from resolver.engine.thresholds import _threshold
    assert _threshold("Will Usain Bolt run faster than 9.8 seconds in the 100m final?") is None
    assert _threshold("Will US real GDP grow faster than 0.5% annualized in Q2 2022?") == (0.5, "above", "percent")
    assert _threshold("Will China's GDP grow slower than 6% in 2019?") == (6.0, "below", "percent")


def wrong_fires() -> dict[str, int]:
    wrong = sum(_run(c).verdict != c[5] for c in CASES)
    decisive_wrong = sum(_run(c).verdict not in (c[5], "undetermined") for c in CASES)
    near = sum(fired_yes(v := _run(c), "threshold_crossed") or fired_no(v, "threshold_missed") for c in NEAR)
    return {"variants_wrong": wrong, "variants_wrong_direction": decisive_wrong, "near_miss_fired": near,
            "of": len(CASES), "near_of": len(NEAR)}


def test_hostile_input_bounded():
    runs = [lambda s, c=c: _verdict(c[0], c[1], c[2], c[3], s) for c in (NEAR[0], NEAR[4], NEAR[7], NEAR[10])]
    words = ("* Full-year average inflation at 9.21 pct y/y CPI rose 3.0 percent in 2011 12 months ending December "
             "exports in June fell 1.3% from a year earlier GDP grow faster than 0.5% annualized whole-year\n* ").split()
    assert_each_within(runs, word_soup(words), 2.0)
    bullets = "\n".join(f"* line {i} of exports fell {i % 9}.{i % 7}% in June" for i in range(1500))
    assert_each_within(runs, bullets[:30_000], 2.0)


if __name__ == "__main__":
    print(wrong_fires())
