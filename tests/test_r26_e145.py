"""Readings of the twenty-sixth round's branch e145 (batch-145's misses):

- rounds (quantities.occasion): a market naming several voting rounds ('in its parliamentary voting rounds', 'in any of
  its rounds held between …') has no one occasion: a first round that failed leaves the later rounds of its window open
  (failed_attempt is a setback, not a ruling-out). On main 'Estonia's parliament failed to elect a president Monday …
  in round one' gave likely-no with the second round still to come on Tuesday.
- leading conditional (text.conditional_clause): a sentence opened by a conditional pointing back ('In that case the
  decision would go to an election board … late next month', 'If so, …', 'Failing that, …') is conditional; the
  prerequisite step it dates after the deadline (scheduled) is no sign the act comes late.
- consumer prices (statistic_names): 'consumer prices' and 'the consumer price index' name the CPI: a market on
  'US consumer prices up 5.5% or more from a year earlier' reads one published statistic, so a bare figure with no
  period (a forecast table's '+0.4%') is not its figure (on main: likely-no from a table of forecasts).
- a monthly market's 12-month figure, a running total, a breakdown's part, a target (annual_figures, reported_figure):
  for 'rise 3% or more month over month', '12-month rate reaches 32.4%' is another measure (on main: likely-yes,
  a wrong direction); 'So far in 2018, the inflation rate … is at 11.9%' is a running total; 'By price category,
  seasonal items rose 5.7%' a part's figure; 'The annual inflation target … was at 15%' a goal, not a reading.
- an earlier period's figure as the bar (thresholds): 'below July's 6.5%' is a threshold below 6.5%, not an
  event market on a report (on main: likely-no from the passed deadline while the report was out).

- a sum naming a bill (thresholds): 'pass the $19.1 billion disaster aid bill' is an event market on the bill, not a
  bar of $19.1 billion to pass (on main: a threshold nothing could read).
- a title sealed or wrapped up (frames.json entailments, own_names.contest_names): 'Scott Redding seals 2019 Bennetts
  British Superbike title', 'has wrapped up the … Championship' report the win; the prize's full name as the market's
  criteria write it ('Bennetts') is no other contest.
- a ruling upheld (entailments, participial_clauses.ruling_gerund): 'confirm' and 'affirm' entail 'uphold'; 'issued a
  final ruling on Sunday confirming the acquittal' tells what the ruling did, done (only for acts a ruling does by
  being issued: 'signed an order freeing …' frees no one yet).
- an orbit insertion (entailments keyed by an object's words, frames.entailing): a craft that 'entered orbit' completed
  its orbit insertion.
- an owner's figure as the bar, a quarter by its last month (thresholds, statistic_period): 'reach the government's
  5% target' is a bar at 5%, a named quarter's statistic reached is one figure, and 'in the three months to the end
  of September' names the third quarter.
- a post named by its title (held_posts): 'has resigned as the Minister of Mines and Steel Development' names the
  market's 'post as Nigeria's Minister of Mines and Steel Development'.

The verbatim sentences are from development cases of batch-145; generated variants swap names, figures, periods and
frames; near-misses must not fire. `wrong_fires()` counts the variants read wrong (run it on any engine)."""

from __future__ import annotations

from conftest import case_runner, fired_no, fired_yes
from cpu_budget import assert_each_within, word_soup

EST = "b145-estonia-riigikogu-elects-president-aug2016-undet"
CPI = "b145-us-cpi-aug2021-5.5pct-asof-preview-undet"
ARG_M = "b145-argentina-jan2026-monthly-cpi-3pct-no"
ARG_Y = "b145-argentina-may2018-annual-cpi-over-25pct-yes"
EURO = "b145-euro-area-jobless-aug2023-below-6.5-yes"

# --- rounds -----------------------------------------------------------------------------------------------------
EST_HEAD = "Estonia fails to elect president in first round"
EST_S = ("Estonia's parliament failed to elect a president Monday after none of the contenders for the largely "
         "ceremonial role received the necessary two-thirds majority of votes in round one of the race.")
EST_NEXT = " The presidential election therefore goes into a second round vote on Tuesday."

BODIES = [("Riigikogu", "Estonia", "Estonian", "Toomas Hendrik Ilves"), ("Saeima", "Latvia", "Latvian", "Andris Berzins"),
          ("Grand National Assembly", "Turkey", "Turkish", "Ahmet Necdet Sezer"),
          ("Hellenic Parliament", "Greece", "Greek", "Karolos Papoulias"),
          ("Federal Assembly", "Switzerland", "Swiss", "Didier Burkhalter")]
ROUND_FRAMES = ["in its parliamentary voting rounds", "in its voting rounds", "in the parliament's ballots"]
FAIL_FRAMES = [
    "{c}'s parliament failed to elect a president Monday after no candidate won the two-thirds majority in round one.",
    "Lawmakers in {c} failed to elect a president on Monday in the first round of voting.",
    "{c}'s parliament did not elect a president in Monday's first round, as no candidate won enough votes.",
]


def _est_market(body: str, adj: str, name: str, frame: str):
    return {"question": f"Will the {body} elect a successor to {adj} President {name} {frame} by August 30, 2016?",
            "deadline": "2016-08-30T23:59:59+03:00",
            "criteria": f"This market will resolve to \"Yes\" if the {body} elects a new President in any of its "
                        "parliamentary voting rounds held between August 29, 2016 and August 30, 2016. Otherwise, \"No\"."}


def _est(body, adj, name, frame):
    return case_runner(EST, "http://x.example/est", "2016-08-29T00:00:00+03:00", market=_est_market(body, adj, name, frame))


ROUND_CASES = [(_est(b, a, n, fr), f.format(c=c) + EST_NEXT) for b, c, a, n in BODIES for fr in ROUND_FRAMES
               for f in FAIL_FRAMES]


def test_occasion_rounds():
    from resolver.engine.quantities import occasion
    assert occasion("Will the Riigikogu elect a president in its parliamentary voting rounds by August 30?") == "rounds"
    assert occasion("Will X be elected", "if elected in any of its voting rounds held between May 1 and May 2") == "rounds"
    assert occasion("Will X win the election in the first round?") != "rounds"


def test_verbatim_failed_round_rules_nothing_out():
    run = case_runner(EST, "http://x.example/est", "2016-08-29T00:00:00+03:00", title=EST_HEAD)
    v = run(EST_S + EST_NEXT)
    assert v.verdict != "likely-no"


def test_round_variants():
    for run, s in ROUND_CASES:
        assert run(s).verdict != "likely-no", s


# --- leading conditional ----------------------------------------------------------------------------------------
COND_S = ("In that case the decision would go to an election board of members of parliament and local government "
          "representatives late next month.")
COND_LEADS = ["In that case", "In that event,", "In which case", "If so,", "Failing that,", "Should that happen,"]


def test_conditional_clause_leads():
    from resolver.engine.text import conditional_clause, make_sentence
    for lead in COND_LEADS:
        s = make_sentence(f"{lead} the decision would go to an electoral college next month.", 0)
        assert conditional_clause(s, len(s.tokens) - 2), lead
    for plain in ["The decision will go to an electoral college next month.",
                  "In this city the decision went to a board next month."]:
        s = make_sentence(plain, 0)
        assert not conditional_clause(s, len(s.tokens) - 2), plain


COND_DATES = ["late next month", "early next month", "in late September"]
COND_CASES = [f"{EST_S} {lead} the decision would go to an election board {d}." for lead in COND_LEADS for d in COND_DATES]


def test_conditional_prerequisite_not_scheduled():
    run = case_runner(EST, "http://x.example/est", "2016-08-29T00:00:00+03:00", title=EST_HEAD)
    for s in COND_CASES:
        assert not fired_no(run(s), "scheduled_after_deadline"), s
    # near-miss: told plainly, the step after the deadline is still read
    assert fired_no(run(f"{EST_S} The decision will go to an election board late next month."), "scheduled_after_deadline")


# --- consumer prices --------------------------------------------------------------------------------------------
CPI_TABLE = ("The following are forecasts for next week's U.S. data from a survey compiled by The Wall Street Journal.\n\n"
             "Tuesday 0830 Consumer Price Index M/M Aug\n\n+0.4%\n\n(15) +0.5%\n\n+5.4%\n\n(12) +5.4%")


def _cpi_market(country: str, bar: str, month: str):
    return {"question": f"Will the statistics office report {month} 2021 {country} consumer prices up {bar}% or more "
                        "from a year earlier?", "deadline": "2021-10-14T23:59:59-04:00",
            "criteria": f"Resolves \"Yes\" if the {month} 2021 consumer price index is up {bar}% or more year over year."}


def test_consumer_prices_is_a_statistic():
    from resolver.engine.thresholds import _single_value
    assert _single_value("Will the BLS report August 2021 US consumer prices up 5.5% or more from a year earlier?")
    assert _single_value("Will Japan's consumer price index rise 3% or more in 2023?")
    assert not _single_value("Will consumer spending on cars top $5 billion?")


def test_verbatim_forecast_table_not_read():
    run = case_runner(CPI, "http://x.example/cpi", "2021-09-10T14:19:00-04:00", title="Consumer Price Index Seen Up 0.4% "
                      "-- Data Week Ahead")
    v = run(CPI_TABLE)
    assert v.verdict != "likely-no"


CPI_VARIANTS = [(c, b, m) for c in ("US", "Canadian", "Japanese", "Mexican") for b in ("5.5", "6", "4.5")
                for m in ("August", "September")]


def test_cpi_table_variants():
    for country, bar, month in CPI_VARIANTS:
        run = case_runner(CPI, "http://x.example/cpi", "2021-09-10T14:19:00-04:00",
                          market=_cpi_market(country, bar, month))
        assert run(CPI_TABLE).verdict != "likely-no", (country, bar, month)


# --- monthly market: a 12-month figure, a running total, a breakdown, a target -------------------------------------
ARG_HEAD = "Argentina: January inflation hits 2.9% and 12-month rate reaches 32.4%, INDEC says"
MONTHLY_FRAMES = [
    "{m} inflation hits {x}% and 12-month rate reaches {y}%, INDEC says",
    "Inflation came in at {x}% in {m}, taking the 12-month rate to {y}%.",
    "Prices rose {x}% in {m}, while annual inflation stood at {y}%.",
]


def _monthly_market(country: str, bar: str):
    return {"question": f"Will {country}'s consumer prices rise {bar}% or more month over month in January 2026, "
                        "according to INDEC?", "deadline": "2026-02-13T23:59:59-03:00",
            "criteria": f"This market will resolve to \"Yes\" if INDEC reports {country}'s national CPI rose {bar}% "
                        "or more in January 2026 versus December 2025. Otherwise, \"No\"."}


def test_verbatim_monthly_market():
    run = case_runner(ARG_M, "http://x.example/arg", "2026-02-10T00:00:00-03:00", title=ARG_HEAD)
    v = run("Argentina’s inflation came in at 2.9% in January, taking the 12-month rate to 32.4%, according to the "
            "national statistics agency INDEC. By price category, seasonal items rose 5.7%, core CPI increased 2.6%, "
            "and regulated prices climbed 2.4%.")
    assert v.verdict == "likely-no"
    assert not fired_yes(v)


MONTHLY_CASES = [(c, b, fr.format(m="January", x=x, y=y)) for c in ("Argentina", "Turkey", "Venezuela")
                 for b, x, y in (("3", "2.9", "32.4"), ("4", "3.7", "45.1"), ("5", "4.2", "61.3"))
                 for fr in MONTHLY_FRAMES]


def test_monthly_variants():
    for country, bar, s in MONTHLY_CASES:
        run = case_runner(ARG_M, "http://x.example/arg", "2026-02-10T00:00:00-03:00", market=_monthly_market(country, bar))
        assert run(s).verdict != "likely-yes", s


ARG_Y_HEAD = "ARGENTINA: Annual Inflation Rises To 26.3% In May"
OTHER_FIGURES = [
    "So far in 2018, the inflation rate in Argentina is at {z}%.",
    "Year-to-date, consumer prices have risen {z}%.",
    "In the first five months of 2018, prices rose {z}%.",
    "The annual inflation target in Argentina this year was at {z}%.",
    "By region, prices in the north rose {z}%.",
    "By category, regulated prices rose {z}%.",
]


def test_annual_market_other_figures():
    run = case_runner(ARG_Y, "http://x.example/arg", "2018-06-15T02:20:59+02:00", title=ARG_Y_HEAD)
    for fr in OTHER_FIGURES:
        for z in ("11.9", "15", "9.4"):
            v = run(fr.format(z=z))
            assert not fired_no(v, "threshold_missed"), fr.format(z=z)


def test_annual_market_near_misses_still_read():
    run = case_runner(ARG_Y, "http://x.example/arg", "2018-06-15T02:20:59+02:00", title="")
    v = run("The consumer price index in Argentina rose 24.1% in May from a year before, according to Indec.")
    assert fired_no(v, "threshold_missed")
    v = run("The consumer price index in Argentina rose 26.3% in May from a year before, according to Indec.")
    assert fired_yes(v, "threshold_crossed")


# --- an earlier period's figure as the bar -----------------------------------------------------------------------
def test_period_possessive_bar():
    from resolver.engine.thresholds import _threshold
    assert _threshold("Will Eurostat report the euro area jobless rate for August 2023 below July's 6.5%?") == \
        (6.5, "below", "percent")
    assert _threshold("Will US CPI for May come in above last month's 3.2%?") == (3.2, "above", "percent")
    assert _threshold("Will UK GDP growth for Q2 exceed the previous quarter's 0.3 percent?")[:2] == (0.3, "above")


PERIOD_BARS = [(f"Will Eurostat report the euro area jobless rate for {m} 2023 {d} {p} {v}%?", v, d)
               for m, p in (("August", "July's"), ("March", "February's"), ("May", "last month's"), ("June", "the previous month's"))
               for d in ("below", "above") for v in ("6.5", "3.2")]


def _bar_wrong(q: str, v: str, d: str) -> bool:
    from resolver.engine.thresholds import _threshold
    got = _threshold(q)
    return got is None or got[:2] != (float(v), d)


def test_period_bar_variants():
    for q, v, d in PERIOD_BARS:
        assert not _bar_wrong(q, v, d), q
    from resolver.engine.thresholds import _threshold
    assert _threshold("Will the euro area jobless rate for August 2023 be reported by July's end?") is None  # no figure


def test_euro_area_verbatim_not_no():
    run = case_runner(EURO, "https://x.example/euro", "2023-10-02T00:00:00+02:00")
    v = run("NOTE – Reuters poll consensus was for a euro zone unemployment rate of 6.4% in August.")
    assert v.verdict != "likely-no"


# --- a sum naming a bill ---------------------------------------------------------------------------------------
BILL_QS = [f"Will the {body} pass the {amt} {what} by June 7, 2019?" for body in ("House", "Senate", "Bundestag")
           for amt in ("$19.1 billion", "$1.9 trillion", "€500 million") for what in
           ("disaster aid bill", "COVID-19 relief package", "spending measure", "infrastructure legislation")]


def _bill_wrong(q: str) -> bool:
    from resolver.engine.thresholds import _threshold
    return _threshold(q) is not None


def test_bill_sum_is_no_bar():
    for q in BILL_QS:
        assert not _bill_wrong(q), q
    from resolver.engine.thresholds import _threshold
    assert _threshold("Will Avatar pass Titanic's $1.843 billion worldwide?") is not None
    assert _threshold("Will the bill's cost pass $19 billion or more?") is not None


HOUSE = "b145-house-passes-disaster-aid-jun2019-yes"


def test_house_verbatim():
    run = case_runner(HOUSE, "https://x.example/house", "2019-06-03T00:00:00-04:00")
    v = run("Washington — The House finally approved a $19.1-billion bill to dispatch relief funds to disaster-hit "
            "communities across the U.S., sending the long-delayed legislation to President Trump's desk for his "
            "signature. Following the Senate's overwhelming approval last month, which ended months of stalemate, "
            "lawmakers in the House passed the legislation by a vote of 354 to 58 on Monday.")
    assert v.verdict == "likely-yes"


# --- a title sealed or wrapped up --------------------------------------------------------------------------------
REDDING = "b145-redding-wins-bsb-2019-multi-yes"
TITLE_FRAMES = ["{r} seals 2019 Bennetts British Superbike title at Brands Hatch",
                "{r} has wrapped up the Bennetts British Superbike Championship after race 3 of the final round.",
                "{r} sealed the 2019 British Superbike title on Sunday at Brands Hatch.",
                "{r} wrapped up the British Superbike Championship with a third place at Brands Hatch."]
RIDERS = ["Scott Redding", "Josh Brookes", "Tommy Bridewell", "Glenn Irwin"]
TITLE_NEAR = ["{r} will seal the 2019 British Superbike title if he finishes fifth on Sunday.",
              "{r} could wrap up the British Superbike Championship at Brands Hatch.",
              "{r} sealed a place in the final round of the British Superbike Showdown.",
              "{r} sealed the 2019 Spanish Superbike title on Sunday."]


def _rider(r: str):
    return case_runner(REDDING, "https://x.example/bsb", "2019-10-22T00:00:00+01:00", market={
        "question": f"Will {r} win the 2019 British Superbike Championship?", "deadline": "2019-10-31T23:59:59+00:00",
        "criteria": f"This market will resolve to \"Yes\" if {r} is the 2019 Bennetts British Superbike Championship "
                    "riders' champion after the final round at Brands Hatch. If any other rider wins the championship, "
                    "the market resolves to \"No\"."})


def _told(run, text: str):
    """A frame without a full stop is a headline (over a neutral body), else a body sentence."""
    return run("The season ended at Brands Hatch.", head=text) if not text.endswith(".") else run(text)


def test_title_sealed_variants():
    for r in RIDERS:
        run = _rider(r)
        for fr in TITLE_FRAMES:
            assert _told(run, fr.format(r=r)).verdict == "likely-yes", fr.format(r=r)
        for fr in TITLE_NEAR:
            assert not fired_yes(run(fr.format(r=r)), "confirmation"), fr.format(r=r)


# --- a ruling upheld ---------------------------------------------------------------------------------------------
HOSNI = "b145-egypt-hosni-acquittal-upheld-by-jun2018-multi-yes"
RULING_FRAMES = ["Egypt's Court of Cassation issued a final ruling on Sunday {v} the acquittal of former culture minister "
                 "Farouk Hosni.", "Egypt's Court of Cassation on Sunday {p} the acquittal of former culture minister "
                 "Farouk Hosni.", "Egypt's Court of Cassation handed down a decision {v} the acquittal of former "
                 "culture minister Farouk Hosni."]
RULING_VERBS = [("confirming", "confirmed"), ("affirming", "affirmed"), ("upholding", "upheld")]
RULING_NEAR = ["Egypt's Court of Cassation is expected to issue a ruling upholding the acquittal of former culture "
               "minister Farouk Hosni.", "Egypt's Court of Cassation did not issue a ruling confirming the acquittal "
               "of former culture minister Farouk Hosni.", "Egypt's Court of Cassation will confirm the acquittal of "
               "former culture minister Farouk Hosni next week."]
RULING_CASES = [fr.format(v=v, p=p) for fr in RULING_FRAMES for v, p in RULING_VERBS]


def _hosni():
    return case_runner(HOSNI, "http://x.example/eg", "2018-03-19T00:00:00+02:00")


def test_ruling_variants():
    run = _hosni()
    for s in RULING_CASES:
        assert run(s).verdict == "likely-yes", s
    for s in RULING_NEAR:
        assert run(s).verdict != "likely-yes", s


def test_order_to_free_is_not_done():
    from resolver.engine.participial_clauses import ruling_gerund
    from resolver.engine.text import make_sentence
    s = make_sentence("The junta signed an order freeing the opposition leader from house arrest.", 0)
    assert not ruling_gerund(s, next(k for k, t in enumerate(s.tokens) if t.lower == "freeing"))
    s = make_sentence("The court issued a final ruling on Sunday confirming the acquittal.", 0)
    assert ruling_gerund(s, next(k for k, t in enumerate(s.tokens) if t.lower == "confirming"))


# --- orbit insertion ---------------------------------------------------------------------------------------------
ODYSSEY = "b145-mars-odyssey-orbit-insertion-oct2001-yes"
ORBIT_CASES = ["NASA's 2001 Mars Odyssey spacecraft successfully entered orbit late Tuesday around the Red Planet.",
               "Mars Odyssey slipped into orbit around Mars on Tuesday night, NASA said.",
               "NASA's Mars Odyssey went into orbit around Mars late Tuesday."]
ORBIT_NEAR = ["NASA's Mars Odyssey will enter orbit around Mars late Tuesday.",
              "NASA's Mars Odyssey failed to enter orbit around Mars on Tuesday.",
              "NASA's Mars Odyssey is expected to slip into orbit around Mars on Tuesday."]


def test_orbit_variants():
    run = case_runner(ODYSSEY, "http://x.example/mars", "2001-10-24T00:00:00-07:00")
    for s in ORBIT_CASES:
        assert run(s).verdict == "likely-yes", s
    for s in ORBIT_NEAR:
        assert run(s).verdict != "likely-yes", s


# --- an owner's figure as the bar; a quarter by its last month ---------------------------------------------------
CHINA = "b145-china-q3-2024-gdp-5pct-no"
QUARTER_CASES = [f"China's economic slowdown deepened in the three months to {e}September. Gross domestic product "
                 f"(GDP) rose by {x}% on an yearly basis, according to China's National Bureau of Statistics."
                 for e in ("the end of ", "") for x in ("4.6", "4.7", "4.8")]


def test_owner_bar():
    from resolver.engine.thresholds import _single_value, _threshold
    q = "Will China's third-quarter 2024 GDP growth reach the government's 5% target?"
    assert _threshold(q) == (5.0, "above", "percent")
    assert _single_value(q)
    assert not _single_value("Will Bitcoin reach $100k at any time in 2024?")


def test_quarter_by_last_month():
    run = case_runner(CHINA, "https://x.example/cn", "2024-10-18T00:00:00+08:00")
    for s in QUARTER_CASES:
        v = run(s)
        assert fired_no(v, "threshold_missed"), s


# --- a post named by its title ------------------------------------------------------------------------------------
FAYEMI = "b145-fayemi-leaves-mines-ministry-by-jun15-2018-yes"
POST_CASES = [f"Dr Kayode Fayemi has {v} as {d}Minister of Mines and Steel Development{tail}."
              for v in ("resigned", "stepped down") for d in ("the ", "") for tail in ("", " weeks after the primary")]
POST_NEAR = ["Kayode Fayemi will resign as Minister of Mines and Steel Development next month.",
             "Kayode Fayemi has resigned as chairman of the Ekiti Mines Council.",
             "Kayode Fayemi has not resigned as Minister of Mines and Steel Development."]


def test_post_title_variants():
    from resolver.engine.held_posts import title_words
    assert title_words("Will Kayode Fayemi leave his post as Nigeria's Minister of Mines and Steel Development by June?") \
        == ("minister", "mines", "steel", "development")
    run = case_runner(FAYEMI, "http://x.example/ng", "2018-05-30T00:00:00+01:00")
    for s in POST_CASES:
        assert run(s).verdict == "likely-yes", s
    for s in POST_NEAR:
        assert run(s).verdict != "likely-yes", s


def wrong_fires() -> dict[str, int]:
    monthly = 0
    for country, bar, s in MONTHLY_CASES:
        run = case_runner(ARG_M, "http://x.example/arg", "2026-02-10T00:00:00-03:00", market=_monthly_market(country, bar))
        monthly += run(s).verdict == "likely-yes"
    cpi = 0
    for country, bar, month in CPI_VARIANTS:
        run = case_runner(CPI, "http://x.example/cpi", "2021-09-10T14:19:00-04:00", market=_cpi_market(country, bar, month))
        cpi += run(CPI_TABLE).verdict == "likely-no"
    run = case_runner(ARG_Y, "http://x.example/arg", "2018-06-15T02:20:59+02:00", title=ARG_Y_HEAD)
    other = sum(fired_no(run(fr.format(z=z)), "threshold_missed") for fr in OTHER_FIGURES for z in ("11.9", "15", "9.4"))
    est = case_runner(EST, "http://x.example/est", "2016-08-29T00:00:00+03:00", title=EST_HEAD)
    cond = sum(fired_no(est(s), "scheduled_after_deadline") for s in COND_CASES)
    bars = sum(_bar_wrong(q, v, d) for q, v, d in PERIOD_BARS)
    extra = {"bill_bar": sum(_bill_wrong(q) for q in BILL_QS), "bill_of": len(BILL_QS)}
    title_wrong = 0
    for r in RIDERS:
        run = _rider(r)
        title_wrong += sum(_told(run, fr.format(r=r)).verdict != "likely-yes" for fr in TITLE_FRAMES)
        title_wrong += sum(fired_yes(run(fr.format(r=r)), "confirmation") for fr in TITLE_NEAR)
    extra |= {"title_wrong": title_wrong, "title_of": len(RIDERS) * (len(TITLE_FRAMES) + len(TITLE_NEAR))}
    hosni = _hosni()
    extra |= {"ruling_wrong": sum(hosni(s).verdict != "likely-yes" for s in RULING_CASES)
              + sum(hosni(s).verdict == "likely-yes" for s in RULING_NEAR), "ruling_of": len(RULING_CASES) + len(RULING_NEAR)}
    mars = case_runner(ODYSSEY, "http://x.example/mars", "2001-10-24T00:00:00-07:00")
    extra |= {"orbit_wrong": sum(mars(s).verdict != "likely-yes" for s in ORBIT_CASES)
              + sum(mars(s).verdict == "likely-yes" for s in ORBIT_NEAR), "orbit_of": len(ORBIT_CASES) + len(ORBIT_NEAR)}
    cn = case_runner(CHINA, "https://x.example/cn", "2024-10-18T00:00:00+08:00")
    extra |= {"quarter_unread": sum(not fired_no(cn(s), "threshold_missed") for s in QUARTER_CASES),
              "quarter_of": len(QUARTER_CASES)}
    ng = case_runner(FAYEMI, "http://x.example/ng", "2018-05-30T00:00:00+01:00")
    extra |= {"post_wrong": sum(ng(s).verdict != "likely-yes" for s in POST_CASES)
              + sum(ng(s).verdict == "likely-yes" for s in POST_NEAR), "post_of": len(POST_CASES) + len(POST_NEAR)}
    return {"period_bar_misread": bars, "period_bar_of": len(PERIOD_BARS), "rounds_read_no": sum(r(s).verdict == "likely-no" for r, s in ROUND_CASES), "rounds_of": len(ROUND_CASES),
            "monthly_read_yes": monthly, "monthly_of": len(MONTHLY_CASES), "cpi_table_read_no": cpi,
            "cpi_of": len(CPI_VARIANTS), "other_figure_read_missed": other, "other_of": 3 * len(OTHER_FIGURES),
            "conditional_scheduled": cond, "conditional_of": len(COND_CASES)} | extra


def test_hostile_input_bounded():
    words = ("In that case If so , failing that by price category so far in 2018 year-to-date 12-month rate reaches "
             "32.4% target below July's 6.5% in its voting rounds consumer prices rose 2.9% round one").split()
    runs = [case_runner(ARG_M, "http://x.example/arg", "2026-02-10T00:00:00-03:00"),
            case_runner(EST, "http://x.example/est", "2016-08-29T00:00:00+03:00")]
    assert_each_within(runs, word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
