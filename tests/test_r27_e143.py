"""Readings of the twenty-seventh round's branch e143 (undetermined development cases of batch 143):

- shapes.holding_office / derive: 'still be under a state of emergency on <date>', 'still be in a state of X',
  'remain under X through <date>' are stays-true markets on X (on main: an event 'under', or a state with no object).
  b143-maldives-emergency-through-mar31-2018-stays-no ('lifted the state of emergency' now ends the state).
- lapsing_measures (rules/state_ended): a decider's refusal to renew the market's measure with its lapse dated inside
  the window ('has decided not to extend the State of Emergency when it lapses later this week') is a decided ending.
  b143-sri-lanka-emergency-through-aug31-2022-stays-no.
- subset_doers (rules/confirmation): a limited count as the act's subject ('only one approved the initiative') is
  some of the body's members, not the body. b143-swiss-naturalisation-popular-vote-initiative-jun2008-no.
- annual_figures.short_base: an index's change told between its two levels a month apart ('fell 0.36 percent, from
  204.34 in June to 203.61 in July') is a monthly change, not the year-on-year rate. b143-kenya-jul2019-inflation-6pct-multi-yes.
- short_names (quantities.names_overlap): 'Stats NZ' is 'Statistics New Zealand'. b143-nz-unemployment-sep-qtr-2019-4pct-yes.
- threshold_figures._AS_EXPECTED / _FORECAST: a result told against the forecast it beat ('surpassed expectations …
  with 8.9 percent') and 'predictable' are no forecast. b143-pirates-5pct-berlin-2011-multi-yes.
- lexicon.NOUN_FAMILIES 'cabinet': a government, a coalition ('New coalition government sworn in by King of
  Netherlands', after the deadline). b143-dutch-cabinet-sworn-by-dec31-2021-no.
- champions._of_the_nation (rules/rival_outcome, confirmation): 'Molde were crowned champions of Norway' names the
  champion of a league-title market whose question or criteria name the nation ('the 2012 Norwegian Tippeligaen'; not a
  cup). b143-stromsgodset-2012-tippeligaen-title-no.
- actors.spelled_acronym / validated_figures: an acronym actor written out ('World Meteorological Organisation') and any
  validating verb told of the market's authority ('confirmed' for certify). b143-wmo-europe-record-48-5c-by-mar31-2024-yes.

Verbatim sentences come from the development cases (conftest.case_runner); generated variants swap names, verbs,
numbers and frames, and near-misses must not change. `wrong_fires()` counts the variants read the wrong way on any
engine (the report gives the count on main and on the branch)."""

from __future__ import annotations

from conftest import case_runner, decided, fired_no, fired_yes, news_market, realnews_case
from cpu_budget import assert_each_within, word_soup

SRI = "b143-sri-lanka-emergency-through-aug31-2022-stays-no"
MALDIVES = "b143-maldives-emergency-through-mar31-2018-stays-no"
SWISS = "b143-swiss-naturalisation-popular-vote-initiative-jun2008-no"
KENYA = "b143-kenya-jul2019-inflation-6pct-multi-yes"
NZ = "b143-nz-unemployment-sep-qtr-2019-4pct-yes"
PIRATES = "b143-pirates-5pct-berlin-2011-multi-yes"
DUTCH = "b143-dutch-cabinet-sworn-by-dec31-2021-no"
WMO = "b143-wmo-europe-record-48-5c-by-mar31-2024-yes"
STROMSGODSET = "b143-stromsgodset-2012-tippeligaen-title-no"

_sri = case_runner(SRI, "https://colombogazette.com/x", "2022-08-16T00:00:00+05:30")
_maldives = case_runner(MALDIVES, "http://tyhy56.com/x", "2018-03-22T00:00:00+05:00")
_swiss = case_runner(SWISS, "https://www.alipac.us/x", "2008-06-01T07:32:23-06:00")
_kenya = case_runner(KENYA, "https://www.iol.co.za/x", "2019-08-01T00:00:00+02:00")
_nz = case_runner(NZ, "https://forextv.com/x", "2019-11-06T00:00:00+13:00")
_pirates = case_runner(PIRATES, "https://www.npr.org/x", "2011-09-19T00:00:00+02:00")
_dutch = case_runner(DUTCH, "https://www.lbc.co.uk/x", "2022-01-10T11:04:00+00:00")
_wmo = case_runner(WMO, "https://www.thedailystar.net/x", "2024-01-31T00:00:00+06:00")
_sgd = case_runner(STROMSGODSET, "http://uk.reuters.com/x", "2012-11-11T00:00:00+00:00")
_CASE_SGD = realnews_case(STROMSGODSET)

SRI_S = ("President Ranil Wickremesinghe has decided not to extend the State of Emergency when it lapses later this "
         "week.")
SRI_TAIL = " The President said that the situation in Sri Lanka has now returned to normal."
MALDIVES_HEAD = "Maldivian president ends state of emergency"
MALDIVES_S = ("MALE - Maldivian President Abdulla Yameen on Thursday lifted the state of emergency after a period of 45 "
              "days, stating the situation in the island country has now returned to normal, the President's Office said "
              "in a statement.")
SWISS_HEAD = "Swiss reject anti-foreigner campaign"
SWISS_S = "Official results were released in 20 of Switzerland's 26 cantons and only one approved the initiative."
KENYA_S = ("Zachary Mwangi, director general of Kenya National Bureau of Statistics (KNBS), said the consumer price "
           "indices (CPI) fell 0.36 percent, from 204.34 in June to 203.61 in July.")
KENYA_S0 = ("NAIROBI - Kenya's overall inflation rate rose to 6.27 percent in July, up from 5.7 percent in June, despite "
            "a decrease in the cost of some food products, the government data agency said on Wednesday.")
NZ_S = ("The unemployment rate in New Zealand came in at a seasonally adjusted 4.2 percent in the third quarter of 2019, "
        "Statistics New Zealand said on Wednesday.")
PIRATES_S = ("In what was an otherwise largely predictable election, Berlin's Pirate Party (Die Piraten) surpassed "
             "expectations and the 5 percent threshold for parliamentary representation with a surprising 8.9 percent "
             "of the vote.")
DUTCH_HEAD = "New coalition government sworn in by King of Netherlands"
DUTCH_S = "Premier Mark Rutte will be at the helm of a coalition for the fourth time."
SGD_S = ("Nov 11 Molde were crowned champions of Norway with a game to spare as substitute Daniel Chukwu's header gave "
         "them a 1-0 victory over Honefoss and Stromsgodset suffered a shock 2-1 defeat to Sandnes Ulf.")
SGD_S1 = ("The victory over Honefoss gave Ole Gunnar Solskjaer's side 59 points and an unassailable four-point lead over "
          "Stromsgodset.")
WMO_S = ("The World Meteorological Organisation confirmed yesterday that continental Europe recorded in 2021 its highest "
         "ever temperature of 48.8 degrees Celsius, and warned that new extremes were expected.")


def _target(question: str):
    from resolver.engine.derive import derive_target
    return derive_target(news_market(question, "2022-08-31T23:59:59+05:30"))


# --- a state one is under ----------------------------------------------------------------------------------------------
PLACES = ["Sri Lanka", "the Maldives", "Peru", "Tokyo", "Ecuador"]
STATES = [("a state of emergency", "emergency"), ("martial law", "law"), ("a curfew", "curfew"),
          ("lockdown", "lockdown"), ("a state of siege", "siege"), ("emergency rule", "rule")]
STILL_SHAPES = ["Will {p} still be under {s} on August 31, 2022?", "Will {p} remain under {s} through August 31, 2022?",
                "Will {p} stay under {s} until August 31, 2022?", "Will {p} still be under {s} at the end of August 2022?"]
UNDER_QS = [(sh.format(p=p, s=s), head) for sh in STILL_SHAPES for p in PLACES for s, head in STATES]
UNDER_QS += [(f"Will {p} still be in a state of emergency on August 31, 2022?", "emergency") for p in PLACES]
# near-misses: a change asked ('by'), 'under way' (an event going on, main's reading), no 'still' on a date
UNDER_NEAR = [f"Will {p} be under a state of emergency by August 31, 2022?" for p in PLACES]
UNDER_NEAR += [f"Will {p} still be under a state of emergency by August 31, 2022?" for p in PLACES]

ENDERS = ["lifted", "ended", "revoked", "has lifted", "formally lifted"]
MALDIVES_ENDED = [f"Maldivian President Abdulla Yameen on Thursday {e} the state of emergency, the President's Office said."
                  for e in ENDERS]
MALDIVES_ENDED_Q = ["Will the Maldives remain under a state of emergency through March 31, 2018?",
                    "Will the Maldives still be under a state of emergency on March 31, 2018?",
                    "Will the Maldives still be in a state of emergency on March 31, 2018?"]
MALDIVES_KEPT = ["Maldivian President Abdulla Yameen on Thursday extended the state of emergency by 30 days.",
                 "Maldivian President Abdulla Yameen said on Thursday he would consider lifting the state of emergency."]

# --- a refusal to renew, its lapse dated ------------------------------------------------------------------------------
DECIDERS = ["President Ranil Wickremesinghe", "Sri Lanka's President", "The government", "The cabinet",
            "Sri Lankan Prime Minister Dinesh Gunawardena"]
REFUSALS = ["has decided not to extend", "decided not to renew", "will not extend", "won't renew", "has opted not to prolong",
            "is not going to extend"]
LAPSES = ["when it lapses later this week", ", which expires on Saturday", "when it expires on August 20",
          "once it runs out on Saturday"]
SRI_LAPSING = [f"{d} {r} the state of emergency{'' if l.startswith(',') else ' '}{l}." for d in DECIDERS
               for r in REFUSALS for l in LAPSES]
SRI_LAPSING += [f"The state of emergency will not be extended when it {v} on Saturday, {d} said."
                for v in ("lapses", "expires", "ends") for d in ("the President", "the cabinet", "the government")]
# near-misses: a hedge, a lapse after the deadline, a renewal, no decider, no lapse date, a condition
SRI_NEAR = [f"President Ranil Wickremesinghe {r} the state of emergency when it lapses later this week."
            for r in ("could decide not to extend", "is expected to decide not to extend", "may not extend",
                      "has decided to extend", "is considering whether not to extend")]
SRI_NEAR += [f"President Ranil Wickremesinghe has decided not to extend the state of emergency when it lapses {w}."
             for w in ("on September 20", "in October", "next month after the deadline in September")]
SRI_NEAR += ["The opposition said it will not extend its support for the state of emergency when it lapses on Saturday.",
             "President Ranil Wickremesinghe has decided not to extend the state of emergency.",
             "If the protests end, President Ranil Wickremesinghe will not extend the state of emergency, which expires "
             "on Saturday.",
             "President Ranil Wickremesinghe has decided not to extend the curfew in Colombo when it lapses on Saturday."]

# --- a limited count as the act's subject -----------------------------------------------------------------------------
LIMITS = ["only one", "only two", "just three", "only a handful", "merely two", "only one of the 26 cantons",
          "just two of them", "only three cantons", "only a few cantons"]
SUBSET_FRAMES = ["Official results were released in 20 of Switzerland's 26 cantons and {q} approved the initiative.",
                 "Results are in from 20 cantons, but {q} have approved the initiative.",
                 "{Q} approved the Swiss People's Party initiative, official results showed.",
                 "Of the 26 cantons, {q} passed the initiative."]
SWISS_SUBSET = [fr.format(q=q, Q=q[:1].upper() + q[1:]) for fr in SUBSET_FRAMES for q in LIMITS]
# near-misses: the body itself approving (a count elsewhere in the sentence must not hide it)
SWISS_DONE = ["Swiss voters approved the Swiss People's Party initiative on Sunday.",
              "Only one day after the campaign closed, Swiss voters approved the initiative.",
              "Swiss voters approved the initiative, with only two cantons against.",
              "Just hours ago Swiss voters approved the Swiss People's Party initiative.",
              "Swiss voters approved the initiative with only 51 percent of the vote."]

# --- an index's two levels a month apart ------------------------------------------------------------------------------
INDEX_SUBJECTS = ["the consumer price indices (CPI)", "Kenya's consumer price index", "the CPI", "the overall price index"]
INDEX_MOVES = ["fell 0.36 percent, from 204.34 in June to 203.61 in July", "rose 0.8 per cent from 203.6 in June to "
               "205.2 in July", "dropped 0.4% from 204.34 points in June to 203.5 points in July",
               "increased by 1.2 percent, from 201.0 in June to 203.4 in July"]
KENYA_MONTHLY = [f"KNBS said {s} {m}." for s in INDEX_SUBJECTS for m in INDEX_MOVES]
# near-misses: a year apart (the year-on-year change) and a level reached keep main's reading
KENYA_ANNUAL = ["Kenya's consumer price index rose 7.2 percent from 190.1 in July 2018 to 203.8 in July 2019, KNBS said.",
                "Kenya's overall inflation rate rose to 6.27 percent in July, KNBS said."]
KENYA_ANNUAL_LOW = ["Kenya's consumer price index rose 5.2 percent from 194.1 in July 2018 to 204.2 in July 2019, KNBS said.",
                    "Kenya's overall inflation rate fell to 5.2 percent in July, KNBS said."]

# --- a body's short name -----------------------------------------------------------------------------------------------
SHORT_PAIRS = [("Stats NZ", "Statistics New Zealand"), ("Stats SA", "Statistics South Africa"),
               ("Stat Canada", "Statistics Canada"), ("Stats Canada", "Statistics Canada")]
SHORT_NOT = [("Stats NZ", "Statistics Norway"), ("Stats NZ", "Statistics Canada"), ("Fed", "Federal Reserve"),
             ("Bank", "Bank of England"), ("Stats NZ", "Stats NZ"), ("New Zealand", "NZ"), ("Met Office", "Metro Office"),
             ("Met Office", "Meteorological Office"),
             ("ABS", "Australian Bureau of Statistics"), ("Stats SA", "Statistics New Zealand")]
NZ_SAYERS = ["Statistics New Zealand said on Wednesday", "according to Statistics New Zealand",
             "Statistics New Zealand reported on Wednesday", "Stats NZ said on Wednesday"]
NZ_FRAMES = ["The unemployment rate in New Zealand came in at a seasonally adjusted {n} percent in the third quarter of "
             "2019, {s}.", "New Zealand's unemployment rate rose to {n} percent in the September 2019 quarter, {s}."]
NZ_OWN = [fr.format(n=n, s=s) for fr in NZ_FRAMES for s in NZ_SAYERS for n in ("4.2", "4.5")]
NZ_OTHER = [fr.format(n="4.2", s=s) for fr in NZ_FRAMES for s in ("Statistics Norway said on Wednesday",
                                                                 "the ANZ bank said on Wednesday")]

# --- a result beating the forecast ------------------------------------------------------------------------------------
BEATS = ["surpassed expectations", "exceeded expectations", "defied forecasts", "confounded the predictions",
         "outstripped pre-election expectations", "topped most forecasts", "defied pollsters' predictions"]
PIRATES_BEAT = [f"Berlin's Pirate Party {b} with a surprising {n} percent of the vote." for b in BEATS for n in ("8.9", "6.1")]
PIRATES_BEAT += [f"In an otherwise {a} election, the Pirate Party won {n} percent of the vote."
                 for a in ("predictable", "largely predictable", "unpredictable") for n in ("8.9", "6.1")]
# near-misses: a forecast stays a forecast
PIRATES_FORECAST = ["Pollsters predicted the Pirate Party would win 8.9 percent of the vote.",
                    "The Pirate Party could surpass expectations with 8.9 percent of the vote.",
                    "The Pirate Party is expected to surpass expectations with 8.9 percent of the vote.",
                    "Surveys say the Pirates could end up with 9 percent of the vote.",
                    "The Pirate Party had been forecast to take 8.9 percent of the vote."]

# --- a cabinet named a government -------------------------------------------------------------------------------------
BODIES = ["New coalition government", "New Dutch government", "Dutch coalition", "Rutte's fourth government",
          "New Dutch cabinet"]
DUTCH_LATE = [f"{b} sworn in by King of Netherlands" for b in BODIES] + \
             [f"{b} sworn in" for b in BODIES]

# --- an acronym written out; a validating verb of the authority -------------------------------------------------------
VALIDATORS = ["The World Meteorological Organisation", "The World Meteorological Organization", "The WMO"]
VALIDATIONS = ["confirmed", "certified", "verified", "validated"]
WMO_DONE = [f"{v} {a} yesterday that continental Europe recorded in 2021 its highest ever temperature of {n} degrees "
            "Celsius." for v in VALIDATORS for a in VALIDATIONS for n in ("48.8", "48.6")]
# near-misses: another body's confirmation, a reading with no validation
WMO_NEAR = [f"{b} confirmed yesterday that Europe recorded its highest ever temperature of 48.8 degrees Celsius."
            for b in ("Italy's weather service", "The Sicilian weather agency", "The World Weather Office")]
WMO_NEAR += ["A weather station in Syracuse recorded a temperature of 48.8 degrees Celsius, a European record."]


# --- the champions of the league's nation ----------------------------------------------------------------------------
RIVALS = ["Molde", "Rosenborg", "Viking"]
NATION_FRAMES = ["{r} were crowned champions of Norway with a game to spare.",
                 "{r} were officially crowned champions of Norway on Sunday.",
                 "{r} have been crowned champions of Norway after a 1-0 win over Honefoss.",
                 "On Sunday {r} were crowned champions of Norway for the second year running."]
SGD_RIVAL = [fr.format(r=r) for fr in NATION_FRAMES for r in RIVALS]
SGD_OWN = [fr.format(r="Strømsgodset") for fr in NATION_FRAMES]
# near-misses: another nation, no nation, not crowned, a crowning to come, the reigning champions
SGD_NEAR = [fr.format(r="Molde") for fr in ("{r} were crowned champions of Sweden with a game to spare.",
                                           "{r} were crowned champions with a game to spare.",
                                           "{r} are champions of Norway again.",
                                           "{r} could be crowned champions of Norway next week.",
                                           "{r} were not crowned champions of Norway.",
                                           "{r} will be crowned champions of Norway if they beat Honefoss.")]


def test_verbatim_stromsgodset_rival_crowned():
    v = _sgd(f"{SGD_S} {SGD_S1}")
    assert fired_no(v, "rival_outcome")
    assert v.verdict == "likely-no"


def test_nation_champion_variants():
    for s in SGD_RIVAL:
        assert fired_no(_sgd(s), "rival_outcome"), s
    for s in SGD_OWN:
        assert fired_yes(_sgd(s), "confirmation"), s


def test_nation_champion_near_misses():
    for s in SGD_NEAR:
        v = _sgd(s)
        assert not fired_no(v, "rival_outcome") and not fired_yes(v, "confirmation"), s
    cup = {**_CASE_SGD["market"], "question": "Will Strømsgodset win the 2012 Norwegian Cup?",
           "criteria": "This market will resolve to Yes if Strømsgodset win the 2012 Norwegian Football Cup."}
    run = case_runner(STROMSGODSET, "http://uk.reuters.com/x", "2012-11-11T00:00:00+00:00", market=cup)
    assert not fired_no(run(SGD_RIVAL[0]), "rival_outcome")


def test_verbatim_sri_lanka_decided_lapse():
    v = _sri(SRI_S + SRI_TAIL)
    assert fired_no(v, "state_ended")
    assert v.verdict == "likely-no"


def test_verbatim_maldives_lifted():
    v = _maldives(MALDIVES_S, head=MALDIVES_HEAD)
    assert fired_no(v, "state_ended")
    assert v.verdict == "likely-no"


def test_verbatim_swiss_one_canton():
    v = _swiss(SWISS_S)
    assert not fired_yes(v, "confirmation")
    v = _swiss(SWISS_S, head=SWISS_HEAD)
    assert not fired_yes(v) and v.verdict == "likely-no"


def test_verbatim_kenya_monthly_index():
    assert not fired_no(_kenya(KENYA_S), "threshold_crossed", "threshold_missed")
    assert _kenya(f"{KENYA_S0} {KENYA_S}").verdict == "likely-yes"


def test_verbatim_nz_statistics():
    assert fired_yes(_nz(NZ_S), "threshold_crossed")


def test_verbatim_pirates_share():
    assert fired_yes(_pirates(PIRATES_S), "threshold_crossed")


def test_verbatim_dutch_late_swearing_in():
    v = _dutch(DUTCH_S, head=DUTCH_HEAD)
    assert v.status != "unread-evidence"
    assert v.verdict == "likely-no"


def test_verbatim_wmo_confirmed():
    v = _wmo(WMO_S)
    assert fired_yes(v, "threshold_crossed")
    assert v.verdict == "likely-yes"


def test_under_state_questions():
    for q, head in UNDER_QS:
        t = _target(q)
        assert t.kind == "state" and head in t.object_terms, (q, t.kind, t.object_terms)


def test_under_state_near_misses():
    for q in UNDER_NEAR:
        assert _target(q).kind != "state", q
    t = _target("Will the strike still be under way on June 30?")
    assert t.kind == "state" and t.act == "remain" and "strike" in t.object_terms


def test_maldives_ending_variants():
    for q in MALDIVES_ENDED_Q:
        for s in MALDIVES_ENDED:
            assert fired_no(_maldives(s, question_now=q), "state_ended"), (q, s)


def test_maldives_kept_near_misses():
    for q in MALDIVES_ENDED_Q:
        for s in MALDIVES_KEPT:
            assert not fired_no(_maldives(s, question_now=q), "state_ended"), (q, s)


def test_lapsing_variants():
    for s in SRI_LAPSING:
        v = _sri(s + SRI_TAIL)
        assert fired_no(v, "state_ended") and decided(v) == "likely-no", s


def test_lapsing_near_misses():
    for s in SRI_NEAR:
        assert not fired_no(_sri(s + SRI_TAIL), "state_ended"), s


def test_subset_variants():
    for s in SWISS_SUBSET:
        assert not fired_yes(_swiss(s), "confirmation"), s


def test_body_approval_still_confirms():
    for s in SWISS_DONE:
        assert fired_yes(_swiss(s), "confirmation"), s


def test_monthly_index_variants():
    for s in KENYA_MONTHLY:
        v = _kenya(s)
        assert not fired_yes(v, "threshold_crossed") and not fired_no(v, "threshold_missed"), s


def test_annual_index_near_misses():
    for s in KENYA_ANNUAL:
        assert fired_yes(_kenya(s), "threshold_crossed"), s
    for s in KENYA_ANNUAL_LOW:
        assert fired_no(_kenya(s), "threshold_missed"), s


def test_short_names():
    from resolver.engine.quantities import names_overlap
    for a, b in SHORT_PAIRS:
        assert names_overlap(a, [b]) and names_overlap(b, [a]), (a, b)
    from resolver.engine.short_names import shortens
    for a, b in SHORT_NOT:
        assert not shortens(a, b), (a, b)


def test_short_name_figures():
    for s in NZ_OWN:
        assert fired_yes(_nz(s), "threshold_crossed"), s
    for s in NZ_OTHER:
        assert not fired_yes(_nz(s), "threshold_crossed"), s


def test_beaten_forecast_variants():
    for s in PIRATES_BEAT:
        assert fired_yes(_pirates(s), "threshold_crossed"), s


def test_forecast_near_misses():
    for s in PIRATES_FORECAST:
        assert not fired_yes(_pirates(s), "threshold_crossed"), s


def test_cabinet_family_variants():
    for h in DUTCH_LATE:
        v = _dutch(DUTCH_S, head=h)
        assert v.status != "unread-evidence" and v.verdict == "likely-no", h
    # a government sworn in inside the window confirms
    early = case_runner(DUTCH, "https://x.nl/x", "2021-12-20T10:00:00+01:00")
    for h in DUTCH_LATE[:4]:
        assert decided(early(DUTCH_S, head=h)) == "likely-yes", h


def test_validation_variants():
    for s in WMO_DONE:
        assert fired_yes(_wmo(s), "threshold_crossed"), s


def test_validation_near_misses():
    for s in WMO_NEAR:
        assert not fired_yes(_wmo(s), "threshold_crossed"), s


def test_spelled_acronym():
    import re

    from resolver.engine.actors import spelled_acronym
    p = re.compile(spelled_acronym("WMO"), re.I)
    assert p.search("the World Meteorological Organization said") and not p.search("we must overcome it")
    assert not p.search("World Meteorological") and spelled_acronym("Wmo") is None and spelled_acronym("UN") is None
    assert re.search(spelled_acronym("NASA"), "the National Aeronautics and Space Administration", re.I)


def wrong_fires() -> dict[str, int]:
    def kind(q):
        return _target(q).kind

    return {
        "under_q_not_state": sum(kind(q) != "state" for q, _ in UNDER_QS),
        "under_near_state": sum(kind(q) == "state" for q in UNDER_NEAR),
        "maldives_not_ended": sum(not fired_no(_maldives(s, question_now=q), "state_ended")
                                  for q in MALDIVES_ENDED_Q for s in MALDIVES_ENDED),
        "maldives_kept_ended": sum(fired_no(_maldives(s, question_now=q), "state_ended")
                                   for q in MALDIVES_ENDED_Q for s in MALDIVES_KEPT),
        "lapse_not_ended": sum(not fired_no(_sri(s + SRI_TAIL), "state_ended") for s in SRI_LAPSING),
        "lapse_near_ended": sum(fired_no(_sri(s + SRI_TAIL), "state_ended") for s in SRI_NEAR),
        "subset_confirmed": sum(fired_yes(_swiss(s), "confirmation") for s in SWISS_SUBSET),
        "body_not_confirmed": sum(not fired_yes(_swiss(s), "confirmation") for s in SWISS_DONE),
        "monthly_read": sum(fired_yes(_kenya(s), "threshold_crossed") or fired_no(_kenya(s), "threshold_missed")
                            for s in KENYA_MONTHLY),
        "annual_not_read": sum(not fired_yes(_kenya(s), "threshold_crossed") for s in KENYA_ANNUAL)
                           + sum(not fired_no(_kenya(s), "threshold_missed") for s in KENYA_ANNUAL_LOW),
        "short_name_not_read": sum(not fired_yes(_nz(s), "threshold_crossed") for s in NZ_OWN),
        "other_source_read": sum(fired_yes(_nz(s), "threshold_crossed") for s in NZ_OTHER),
        "beaten_forecast_not_read": sum(not fired_yes(_pirates(s), "threshold_crossed") for s in PIRATES_BEAT),
        "forecast_read": sum(fired_yes(_pirates(s), "threshold_crossed") for s in PIRATES_FORECAST),
        "cabinet_late_not_no": sum(_dutch(DUTCH_S, head=h).verdict != "likely-no" for h in DUTCH_LATE),
        "validation_not_read": sum(not fired_yes(_wmo(s), "threshold_crossed") for s in WMO_DONE),
        "other_validator_read": sum(fired_yes(_wmo(s), "threshold_crossed") for s in WMO_NEAR),
        "nation_champion_not_read": sum(not fired_no(_sgd(s), "rival_outcome") for s in SGD_RIVAL)
                                    + sum(not fired_yes(_sgd(s), "confirmation") for s in SGD_OWN),
        "nation_near_read": sum(fired_no(_sgd(s), "rival_outcome") or fired_yes(_sgd(s), "confirmation") for s in SGD_NEAR),
        "of": len(UNDER_QS) + len(UNDER_NEAR) + len(MALDIVES_ENDED_Q) * (len(MALDIVES_ENDED) + len(MALDIVES_KEPT))
              + len(SRI_LAPSING) + len(SRI_NEAR) + len(SWISS_SUBSET) + len(SWISS_DONE) + len(KENYA_MONTHLY)
              + len(KENYA_ANNUAL) + len(KENYA_ANNUAL_LOW) + len(NZ_OWN) + len(NZ_OTHER) + len(PIRATES_BEAT)
              + len(PIRATES_FORECAST) + len(DUTCH_LATE) + len(WMO_DONE) + len(WMO_NEAR) + len(SGD_RIVAL) + len(SGD_OWN)
              + len(SGD_NEAR),
    }


def test_hostile_input_bounded():
    from resolver.engine import lapsing_measures, short_names, subset_doers  # noqa: F401  (the readings under test)
    words = ("only one just two of the cantons approved the initiative decided not to extend the State of Emergency "
             "when it lapses later this week , which expires on Saturday fell 0.36 percent from 204.34 in June to "
             "203.61 in July Stats NZ Statistics New Zealand surpassed expectations with 8.9 percent World "
             "Meteorological Organisation confirmed 48.8 degrees Celsius coalition government sworn in Molde were crowned "
             "champions of Norway").split()
    assert_each_within([_sri, _swiss, _kenya, _nz, _pirates, _wmo, _sgd], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
