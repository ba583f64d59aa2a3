"""Readings of the twenty-seventh round's branch e150 (misses of development batch 150):

- exchange_rates.pair_countries / quoted_level (derive, rules/threshold_crossed, threshold_figures._about_subject): a
  currency pair named by its ISO codes ('the USD/MXN exchange rate') names its countries (the peso is Mexico's), and a
  figure quoted per the bar's currency ('dropped to 22.04 peso per dollar', 'crossing the psychologically key level of
  22 pesos to the dollar') is the rate's level whichever currency the verb tells moving; 'crossing the … level of'
  passes the bar (b150-usdmxn-above-22-by-jan31-2017-multi-yes: undetermined on main).
- indian_scales (rules/threshold_crossed): a rupee figure with an Indian scale word ('Rs 10 lakh crore', '1000 crores
  plus') is brought into the bar's units (b150-reliance-mcap-10-lakh-crore-by-nov30-2019-yes,
  b150-baahubali2-1000-crore-worldwide-by-may31-2017-multi-yes).
- name_guard._middle_name: 'Goodluck Ebele Jonathan' for 'Goodluck Jonathan' is the candidate with a middle name, not a
  rival (b150-jonathan-wins-nigeria-first-round-apr2011-multi-yes: conflicting on main).
- derive: 'Will X be re-elected Mayor of Y' names X the candidate for the office, as 'be elected' does
  (b150-tyler-reelected-shreveport-mayor-dec2018-multi-no: unread evidence on main).
- upheld_rulings (rules/opposite_outcome): for a market on a court's decision confirmed, the decision overturned in the
  verb's own clause is the opposite outcome (b150-icc-upholds-bemba-conviction-by-jun30-2018-multi-no).
- averted_acts: the act's length between the averting word and the act ('averting a planned three day strike') is
  a modifier passed over (b150-air-nz-engineers-strike-dec21-23-2018-multi-no: one source on main, too few).
- favour_votes: a tally told before the favour phrase ('MPs yesterday voted 25 to 22 in support of a motion to oust Mr
  Sogavare') carries the motion, and a measure the question makes its subject ('Will a motion of no confidence …
  pass') is named by its actor (b150-sogavare-loses-no-confidence-by-dec31-2007-multi-yes: no evidence read on main).
- annual_figures: 'on quarter' labels a quarter's change (b150-singapore-q2-2020-gdp-yoy-worse-than-13-5pct-multi-no:
  conflicting on main).

`wrong_fires()` counts the generated variants read the wrong way on any engine (the report gives main's and the
branch's counts)."""

from __future__ import annotations

from conftest import case_runner, decided, fired_no, fired_yes, news_market
from cpu_budget import assert_each_within, word_soup

USDMXN = "b150-usdmxn-above-22-by-jan31-2017-multi-yes"
RELIANCE = "b150-reliance-mcap-10-lakh-crore-by-nov30-2019-yes"
BAAHUBALI = "b150-baahubali2-1000-crore-worldwide-by-may31-2017-multi-yes"
JONATHAN = "b150-jonathan-wins-nigeria-first-round-apr2011-multi-yes"
TYLER = "b150-tyler-reelected-shreveport-mayor-dec2018-multi-no"
BEMBA = "b150-icc-upholds-bemba-conviction-by-jun30-2018-multi-no"
SOGAVARE = "b150-sogavare-loses-no-confidence-by-dec31-2007-multi-yes"
AIRNZ = "b150-air-nz-engineers-strike-dec21-23-2018-multi-no"
SINGAPORE = "b150-singapore-q2-2020-gdp-yoy-worse-than-13-5pct-multi-no"

_fx = case_runner(USDMXN, "http://cnbc.com/x", "2017-01-11T00:00:00-05:00")
_fx_peso = case_runner(USDMXN, "http://cnbc.com/x", "2017-01-11T00:00:00-05:00",
                       title="Mexican peso hits yet another low vs. the dollar")
_rel = case_runner(RELIANCE, "http://firstpost.com/x", "2019-11-28T00:00:00+05:30")
_baa = case_runner(BAAHUBALI, "http://koimoi.com/x", "2017-05-07T00:00:00+05:30")
_jon = case_runner(JONATHAN, "https://aseannow.com/x", "2011-04-19T04:58:33+07:00")
_tyl = case_runner(TYLER, "https://www.ksla.com/x", "2018-12-09T00:00:00-06:00")
_bem = case_runner(BEMBA, "https://www.aljazeera.com/x", "2018-06-09T00:00:00+03:00")
_sog = case_runner(SOGAVARE, "https://www.smh.com.au/x", "2007-12-14T00:00:00+11:00")
_anz = case_runner(AIRNZ, "https://news.airwise.com/x", "2018-12-12T00:00:00+13:00")
_sgp = case_runner(SINGAPORE, "https://forextv.com/x", "2020-07-14T00:00:00-04:00")
_sgp_final = case_runner(SINGAPORE, "https://www.ibtimes.sg/x", "2020-08-11T00:00:00+08:00")

FX_S1 = ("The weakened Wednesday to fresh record lows against the U.S. dollar, crossing the psychologically key level of "
         "22 pesos to the dollar as a Donald Trump news conference inflamed trade worries.")
FX_S2 = "The national currency dropped to 22.04 peso per dollar."
FX_S2_LEAD = ("MOSCOW (Sputnik) — The exchange rate of Mexican peso against the US dollar renewed its historical minimum on "
              "Wednesday in the wake of US President-elect Donald Trump's statements.")
REL_HEAD = "Reliance Industries becomes first Indian firm to hit Rs 10 lakh cr m-cap mark"
REL_S = ("Reliance Industries, the country's most valued firm, has become the first Indian company to hit Rs 10 lakh crore "
         "market capitalisation, which it achieved during the intra-day trade on Thursday.")
BAA_HEAD = "Baahubali 2: The Conclusion grosses over 1000 crores at the worldwide box office"
JON_HEAD = "Goodluck Jonathan declared winner of Nigeria presidential election"
JON_S = ("ABUJA, NIGERIA (BNO NEWS) -- Nigeria's Chairman of the Independent National Electoral Commission (INEC), Jega, on "
         "Monday declared President Goodluck Ebele Jonathan of the Peoples Democratic Party (PDP) as the winner of the "
         "presidential election, which was held last Saturday.")
TYL_S = ("SHREVEPORT, LA (KSLA) - Adrian Perkins defeated incumbent Ollie Tyler in Saturday's runoff election to win the "
         "race for Shreveport Mayor, according to complete but unofficial returns.")
BEM_HEAD = "ICC Bemba case: Appeal court overturns conviction"
BEM_S = ("Supporters of Jean-Pierre Bemba have been celebrating after the former Congolese vice president's war crimes "
         "convictions were overturned.")
SGP_HEAD = "Singapore GDP Plummets 41.2% On Quarter In Q2"
SGP_S = ("Singapore's gross domestic product tumbled a seasonally adjusted 41.2 percent on quarter in the second quarter of "
         "2020, the Ministry of Trade and Industry said in Tuesday's advance estimate.")

# --- a rate quoted per the bar's currency ----------------------------------------------------------------------------
FX_QUESTIONS = ["Will the USD/MXN exchange rate trade above 22.00 in January 2017?",
                "Will the Mexican peso weaken past 22 pesos per U.S. dollar by January 31, 2017?",
                "Will the peso trade above 22 per dollar by January 31, 2017?",
                "Will the peso weaken past 22 per US dollar by January 31, 2017?"]
FX_VERBS = ["dropped to", "fell to", "weakened to", "slid to", "plunged to", "traded at", "hit", "sank to"]
FX_QUOTES = ["22.04 peso per dollar", "22.04 pesos per dollar", "22.04 pesos to the dollar", "22.04 per U.S. dollar",
             "22.31 pesos against the U.S. dollar", "22.1 per dollar"]
FX_DONE = [f"The Mexican peso {v} {q} on Wednesday." for v in FX_VERBS for q in FX_QUOTES]
FX_DONE += [f"The peso weakened on Wednesday, crossing the {w} of 22 pesos to the dollar."
            for w in ("psychologically key level", "key level", "psychological level", "closely watched mark")]
# near-misses: a prior level, another currency's rate, a forecast, a level short of the bar, a level only neared
FX_NEAR = [f"The Mexican peso recovered on Wednesday from {q}." for q in FX_QUOTES]
FX_NEAR += [f"The Mexican peso {v} 24.1 pesos to the euro on Wednesday." for v in FX_VERBS]
FX_NEAR += [f"Analysts expect the Mexican peso to weaken to {q} by March." for q in FX_QUOTES[:4]]
FX_NEAR += [f"The Mexican peso {v} 21.7 pesos per dollar on Wednesday." for v in FX_VERBS]
FX_NEAR += ["The Mexican peso weakened on Wednesday, approaching the key level of 22 pesos to the dollar.",
            "The Mexican peso weakened on Wednesday, nearing 22 pesos to the dollar."]


def _fx_q(q: str):
    return lambda s: _fx_peso(s, question_now=q)


# --- Indian scale words --------------------------------------------------------------------------------------------
REL_DONE = [f"Reliance Industries' market capitalisation {v} {x} on Thursday." for v in ("hit", "crossed", "touched", "rose to")
            for x in ("Rs 10.02 lakh crore", "Rs 10.1 lakh crore", "₹10.05 lakh crore", "Rs 10,01,200 crore", "Rs 10.02 lakh cr")]
REL_NEAR = [f"Reliance Industries' market capitalisation {v} {x} on Thursday." for v in ("hit", "rose to", "stood at")
            for x in ("Rs 9.8 lakh crore", "Rs 9,99,368.41 crore", "₹9.5 lakh crore", "Rs 98,000 crore")]
BAA_DONE = [f"Baahubali 2 {v} {x} at the worldwide box office." for v in ("has grossed", "grossed over", "crossed")
            for x in ("1,020 crores", "1050 crore", "Rs 1,010 crore", "₹1,100 crore")]
BAA_NEAR = [f"Baahubali 2 {v} {x} at the worldwide box office." for v in ("has grossed", "grossed over", "crossed")
            for x in ("800 crores", "625 crore", "Rs 950 crore", "₹600 crore")]

# --- a middle name ---------------------------------------------------------------------------------------------------
MIDDLES = ["Ebele", "Azikiwe", "Ebele Azikiwe"]
DECLARERS = ["INEC on Monday declared President Goodluck {m} Jonathan the winner of the presidential election.",
             "The electoral commission declared Goodluck {m} Jonathan winner of the presidential election on Monday.",
             "Goodluck {m} Jonathan was declared the winner of the presidential election on Monday."]
JON_MIDDLE = [d.format(m=m) for d in DECLARERS for m in MIDDLES]
# near-misses: another bearer of the surname ('Patience Jonathan'), and a rival named in full, stay rivals
JON_OTHER = [d.format(m=m).replace("Goodluck ", "") for d in DECLARERS for m in ("Patience", "Faith")]
JON_OTHER += [d.format(m="").replace("Goodluck  Jonathan", "Muhammadu Buhari") for d in DECLARERS]

# --- re-elected to an office -----------------------------------------------------------------------------------------
OFFICES = [("Mayor of Shreveport", "mayor"), ("Governor of Louisiana", "governor"), ("President of Nigeria", "president")]
VERBS_RE = ["re-elected", "elected"]
REELECT_QS = [f"Will Ollie Tyler be {v} {o} in 2018?" for v in VERBS_RE for o, _ in OFFICES]
TYL_BEATEN = ["Adrian Perkins defeated incumbent Ollie Tyler in Saturday's runoff election.",
              "Adrian Perkins beat Mayor Ollie Tyler in the runoff on Saturday.",
              "Challenger Adrian Perkins ousted incumbent Ollie Tyler in Saturday's runoff election."]

# --- a ruling overturned ---------------------------------------------------------------------------------------------
OVERTURNS = ["overturned", "quashed", "reversed", "vacated"]
BEM_OVERTURNED = [f"The ICC Appeals Chamber {v} Jean-Pierre Bemba's war crimes {o} on Friday." for v in OVERTURNS
                  for o in ("conviction", "convictions")]
BEM_OVERTURNED += [f"Jean-Pierre Bemba's war crimes {o} {w} {v} by ICC appeals judges on Friday." for v in OVERTURNS
                   for o, w in (("conviction", "was"), ("convictions", "were"))]
BEM_OVERTURNED += [f"ICC appeals judges acquitted Jean-Pierre Bemba on Friday, {v} his war crimes conviction."
                   for v in ("overturning", "quashing")]
# near-misses: another decision overturned, an overturning asked or hoped for
BEM_NEAR = [f"The ICC Appeals Chamber upheld Jean-Pierre Bemba's conviction on Friday but {v} his 18-year sentence."
            for v in OVERTURNS]
BEM_NEAR += [f"Bemba's lawyers asked the ICC Appeals Chamber to {v} the war crimes conviction." for v in
             ("overturn", "quash", "reverse", "vacate")]
BEM_NEAR += [f"The defence hopes the ICC Appeals Chamber will {v} Bemba's conviction." for v in ("overturn", "quash")]

# --- an averted act's length -------------------------------------------------------------------------------------------
ANZ_S = ("Air New Zealand has reached agreement with two ground staff unions, averting a planned three day strike leading up "
         "to Christmas.")
AVERTERS = ["averting", "and averted", "to avert"]
LENGTHS = ["three day", "two-day", "one-day", "48", "three", "planned two day", "threatened four day"]
ANZ_AVERTED = [f"Air New Zealand reached agreement with the engineers' unions on Wednesday, {a} a {n} strike."
               for a in ("averting", "and averted") for n in LENGTHS]
ANZ_AVERTED += [f"Air New Zealand and the unions reached a deal on Wednesday, averting the {n} strike." for n in LENGTHS[:4]]
# near-misses: the averting negated, hoped for or talked about keep main's reading (nothing ruled out)
ANZ_NEAR = [f"Air New Zealand failed to avert a {n} strike." for n in LENGTHS]
ANZ_NEAR += [f"Talks aimed at averting a {n} strike resumed on Wednesday." for n in LENGTHS]


# --- a tally told first ----------------------------------------------------------------------------------------------
SOG_S = ("MPs yesterday voted 25 to 22 in support of a motion to oust Mr Sogavare, with one government MP in the 48-member "
         "parliament abstaining.")
VOTERS = ["MPs", "Lawmakers", "Members of parliament"]
TALLIES = ["25 to 22", "25-22", "by 25 votes to 22", "by a vote of 25-22"]
FAVOURS = ["in support of", "in favour of", "in favor of", "for"]
MOTIONS = ["a motion to oust Mr Sogavare", "the no-confidence motion against Mr Sogavare",
           "a motion of no confidence in Prime Minister Manasseh Sogavare"]
SOG_CARRIED = [f"{v} yesterday voted {t} {fa} {mo}." for v in VOTERS for t in TALLIES for fa in FAVOURS[:3] for mo in MOTIONS]
SOG_CARRIED += [f"{v} yesterday voted {fa} {mo} by 25 votes to 22." for v in VOTERS for fa in FAVOURS for mo in MOTIONS[:2]]
# near-misses: the tally lost, a vote against, a vote for something else
SOG_NEAR = [f"{v} yesterday voted {t} {fa} {mo}." for v in VOTERS for t in ("22 to 25", "22-25", "by 22 votes to 25")
            for fa in FAVOURS[:2] for mo in MOTIONS[:2]]
SOG_NEAR += [f"{v} yesterday voted 25 to 22 against {mo}." for v in VOTERS for mo in MOTIONS]
SOG_NEAR += [f"{v} yesterday voted 25 to 22 in support of the government of Mr Sogavare." for v in VOTERS]


# --- on quarter ------------------------------------------------------------------------------------------------------
SGP_QOQ = [f"Singapore's GDP {v} {n} percent {lab} in the second quarter of 2020, the Ministry of Trade and Industry said."
           for v in ("shrank", "tumbled", "contracted") for n in ("41.2", "15.0") for lab in ("on quarter", "on the quarter")]
SGP_YOY = [f"Singapore's GDP {v} {n} percent year on year in the second quarter of 2020, the Ministry of Trade and "
           f"Industry said." for v in ("shrank", "contracted") for n in ("14.1", "15.0")]


def test_verbatim_usdmxn_crosses():
    v = _fx(FX_S1, head="Mexican peso hits yet another low vs. the dollar as Trump holds his news conference")
    assert fired_yes(v, "threshold_crossed")
    assert fired_yes(_fx(FX_S2_LEAD + " " + FX_S2), "threshold_crossed")


def test_pair_names_its_countries():
    from resolver.engine import exchange_rates
    assert exchange_rates.pair_countries("Will the USD/MXN exchange rate trade above 22.00 in January 2017?") == \
        ["United States", "Mexico"]
    assert exchange_rates.pair_countries("Will EUR/USD break below parity (1.0000) before the end of July 2022?") == \
        ["United States"]
    assert exchange_rates.pair_countries("Will AMD shares close above $200 by June 30, 2024?") == []
    assert exchange_rates.pair_countries("Will the CEO of AMD resign by June 30, 2024?") == []


def test_quoted_rate_variants():
    for q in FX_QUESTIONS:
        run = _fx_q(q)
        for s in FX_DONE:
            assert fired_yes(run(s), "threshold_crossed"), (q, s)


def test_quoted_rate_near_misses():
    for q in FX_QUESTIONS:
        run = _fx_q(q)
        for s in FX_NEAR:
            assert not fired_yes(run(s), "threshold_crossed"), (q, s)


def test_verbatim_indian_scales():
    assert decided(_rel(REL_S, head=REL_HEAD)) == "likely-yes"
    assert fired_yes(_baa("Baahubali 2 has now become the 1st Indian film in history.", head=BAA_HEAD), "threshold_crossed")


def test_indian_scale_variants():
    for s in REL_DONE:
        assert fired_yes(_rel(s), "threshold_crossed"), s
    for s in BAA_DONE:
        assert fired_yes(_baa(s), "threshold_crossed"), s


def test_indian_scale_near_misses():
    for s in REL_NEAR:
        assert not fired_yes(_rel(s), "threshold_crossed"), s
    for s in BAA_NEAR:
        assert not fired_yes(_baa(s), "threshold_crossed"), s


def test_verbatim_middle_name():
    v = _jon(JON_S, head=JON_HEAD)
    assert not fired_no(v, "rival_outcome")
    assert decided(v) == "likely-yes"


def test_middle_name_variants():
    for s in JON_MIDDLE:
        assert not fired_no(_jon(s), "rival_outcome"), s


def test_other_bearer_stays_rival():
    for s in JON_OTHER:
        assert fired_no(_jon(s), "rival_outcome"), s


def test_reelected_names_candidate():
    from resolver.engine.derive import derive_target
    for q in REELECT_QS:
        t = derive_target(news_market(q, "2018-12-09T23:59:59-06:00", ""))
        role = next(r for o, r in OFFICES if o in q)
        assert (t.candidate, t.role, t.role_exclusive) == ("Ollie Tyler", role, True), q
    # an active chooser names no candidate ('Will voters re-elect …'), as for 'elect'
    t = derive_target(news_market("Will Shreveport voters re-elect Ollie Tyler as mayor in 2018?", "2018-12-09T23:59:59-06:00", ""))
    assert t.candidate is None


def test_verbatim_tyler_beaten():
    assert fired_no(_tyl(TYL_S), "rival_outcome")


def test_reelected_beaten_variants():
    for s in TYL_BEATEN:
        assert fired_no(_tyl(s), "rival_outcome"), s


def test_verbatim_bemba_overturned():
    v = _bem(BEM_S, head=BEM_HEAD)
    assert fired_no(v, "opposite_outcome")
    assert decided(v) == "likely-no"


def test_overturned_variants():
    for s in BEM_OVERTURNED:
        assert fired_no(_bem(s), "opposite_outcome"), s


def test_overturn_near_misses():
    for s in BEM_NEAR:
        assert not fired_no(_bem(s), "opposite_outcome"), s


def test_verbatim_averted_length():
    assert fired_no(_anz(ANZ_S), "ruled_out")


def test_averted_length_variants():
    for s in ANZ_AVERTED:
        assert fired_no(_anz(s), "ruled_out"), s


def test_averted_near_misses():
    for s in ANZ_NEAR:
        assert not fired_no(_anz(s), "ruled_out"), s


def test_verbatim_tally_first():
    assert decided(_sog(SOG_S)) == "likely-yes"


def test_tally_first_variants():
    for s in SOG_CARRIED:
        assert fired_yes(_sog(s), "confirmation"), s


def test_tally_near_misses():
    for s in SOG_NEAR:
        assert not fired_yes(_sog(s), "confirmation"), s


def test_verbatim_on_quarter():
    v = _sgp(SGP_S, head=SGP_HEAD)
    assert not fired_yes(v, "threshold_crossed")


def test_on_quarter_variants():
    for s in SGP_QOQ:
        assert not fired_yes(_sgp(s), "threshold_crossed") and not fired_yes(_sgp_final(s), "threshold_crossed"), s


def test_year_on_year_still_read():
    for s in SGP_YOY:
        assert fired_yes(_sgp_final(s), "threshold_crossed"), s


def wrong_fires() -> dict[str, int]:
    fx = sum(not fired_yes(_fx_q(q)(s), "threshold_crossed") for q in FX_QUESTIONS for s in FX_DONE)
    fx_near = sum(fired_yes(_fx_q(q)(s), "threshold_crossed") for q in FX_QUESTIONS for s in FX_NEAR)
    return {
        "rate_not_crossed": fx,
        "rate_near_crossed": fx_near,
        "scale_not_crossed": sum(not fired_yes(_rel(s), "threshold_crossed") for s in REL_DONE)
        + sum(not fired_yes(_baa(s), "threshold_crossed") for s in BAA_DONE),
        "scale_near_crossed": sum(fired_yes(_rel(s), "threshold_crossed") for s in REL_NEAR)
        + sum(fired_yes(_baa(s), "threshold_crossed") for s in BAA_NEAR),
        "middle_name_rival": sum(fired_no(_jon(s), "rival_outcome") for s in JON_MIDDLE),
        "other_bearer_not_rival": sum(not fired_no(_jon(s), "rival_outcome") for s in JON_OTHER),
        "reelect_no_candidate": sum(_reelect_wrong(q) for q in REELECT_QS),
        "beaten_not_read": sum(not fired_no(_tyl(s), "rival_outcome") for s in TYL_BEATEN),
        "overturn_not_read": sum(not fired_no(_bem(s), "opposite_outcome") for s in BEM_OVERTURNED),
        "overturn_near_read": sum(fired_no(_bem(s), "opposite_outcome") for s in BEM_NEAR),
        "averted_not_read": sum(not fired_no(_anz(s), "ruled_out") for s in ANZ_AVERTED),
        "averted_near_read": sum(fired_no(_anz(s), "ruled_out") for s in ANZ_NEAR),
        "carried_not_read": sum(not fired_yes(_sog(s), "confirmation") for s in SOG_CARRIED),
        "carried_near_read": sum(fired_yes(_sog(s), "confirmation") for s in SOG_NEAR),
        "qoq_crossed": sum(fired_yes(_sgp(s), "threshold_crossed") for s in SGP_QOQ),
        "yoy_not_crossed": sum(not fired_yes(_sgp_final(s), "threshold_crossed") for s in SGP_YOY),
        "of": len(FX_QUESTIONS) * (len(FX_DONE) + len(FX_NEAR)) + len(REL_DONE) + len(BAA_DONE) + len(REL_NEAR)
              + len(BAA_NEAR) + len(JON_MIDDLE) + len(JON_OTHER) + len(REELECT_QS) + len(TYL_BEATEN)
              + len(BEM_OVERTURNED) + len(BEM_NEAR) + len(SGP_QOQ) + len(SGP_YOY) + len(ANZ_AVERTED) + len(ANZ_NEAR)
              + len(SOG_CARRIED) + len(SOG_NEAR),
    }


def _reelect_wrong(q: str) -> bool:
    from resolver.engine.derive import derive_target
    t = derive_target(news_market(q, "2018-12-09T23:59:59-06:00", ""))
    return t.candidate != "Ollie Tyler"


def test_hostile_input_bounded():
    from resolver.engine import exchange_rates, indian_scales, upheld_rulings  # noqa: F401  (the readings under test)
    words = ("USD/MXN peso dropped to 22.04 pesos per dollar crossing the psychologically key level of 22 to the dollar "
             "Rs 10 lakh crore 1000 crores plus Goodluck Ebele Jonathan declared winner convictions were overturned quashed "
             "41.2 percent on quarter re-elected averting a planned three day strike MPs voted 25 to 22 in support of a motion , and ; the").split()
    assert_each_within([_fx, _rel, _baa, _jon, _bem, _sgp, _anz, _sog], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
