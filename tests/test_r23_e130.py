"""Readings of the twenty-third round's development batch 130 (helper e130): its five wrong decisive verdicts, each
given a general reading.

- partial_counts (a preliminary share read as final): 'the Central Election Commission (CEC) said after counting
  ballots from 90.06% of polling stations' tells how much is counted: the ballots' units named after them
  ('counting ballots from', 'processing votes at'), so '79.15%' is a partial share whose final value may still
  cross 79.2%.
- aggregate.supersede_late_schedules (a date after the deadline superseded): 'general elections … would be held on
  February 11, 2024', then another article a day later 'will take place on February 8, 2024': the act was set again
  inside the window; the late date no longer rules it out, and the plan confirms nothing.
- result_shapes._champion (a passive crowning): 'Verstappen was officially crowned world champion for the second
  time': the candidate named champion by a copula, an adverb and a passive participle; unread evidence, so the
  deadline's silence no longer says no.
- result_shapes._means_with (an infinitive of result after a move): 'Tadej Pogačar has cemented his status … with a
  devastating solo attack to win the men's road race': the party's done clause, 'with a' and a noun of a decisive
  move, then the act's infinitive; unread evidence.
- rules/final_leaders (the leader going into the last stage): 'Hideki Matsuyama, trying to become …, held a
  four-stroke lead as Sunday's dramatic final round of the 85th Masters began', in an article of the deadline's day
  with nothing later: the result is untold, so the deadline's silence proves nothing.

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, the numbers, the verbs and the dates, and the must-not-fire lists hold near-misses. `wrong_fires()` counts
the variants read the wrong way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import decided, fired, realnews_case, run_case
from cpu_budget import assert_cpu_within


def _run(case: dict, items, as_of: str | None = None):
    m = case["market"]
    return run_case(m["question"], m["deadline"], m["criteria"], items, as_of or case["as_of"])


def _unread(v) -> bool:
    return any(c.rule == "unread_evidence" for c in v.contributions)


# --- a partial count told by the ballots' units -------------------------------------------------------------------
# b130-japarov-certified-share-79-2pct-kyrgyzstan-2021-asof-prelim-multi-undet
JP = realnews_case("b130-japarov-certified-share-79-2pct-kyrgyzstan-2021-asof-prelim-multi-undet")
JP_S = ("Kyrgyzstan's acting President Sadyr Japarov is winning Sunday's presidential elections in the first round of "
        "voting, with 79.15% of votes, the Central Election Commission (CEC) said after counting ballots from 90.06% of "
        "polling stations.")
_COUNTING = ("after counting ballots from {p}% of polling stations", "after counting votes from {p}% of polling stations",
             "after processing ballots from {p}% of precincts", "after tallying the votes from {p}% of polling stations",
             "after counting the ballots at {p}% of polling stations", "with counting ballots in {p}% of districts")
_SHARES = ("90.06", "85", "72.4", "95.5")
PARTIAL = [JP_S] + [f"Sadyr Japarov won 79.15% of votes, the commission said {c.format(p=p)}." for c in _COUNTING
                    for p in _SHARES]
# not a counted share: the figure's own units, a turnout, a count with no share
NOT_PARTIAL = [
    "Sadyr Japarov won 79.15% of votes cast at polling stations across the country.",
    "Turnout was 39.16% of registered voters, with ballots from polling stations abroad included.",
    "Japarov won 79.15% of votes after counting ended at all polling stations.",
    "The commission finished counting ballots from every polling station on Monday.",
]


def _completeness(s: str):
    from resolver.engine.partial_counts import completeness
    return completeness([s])


def _jp(text: str):
    return _run(JP, [("https://tass.com/world/x", "2021-01-10T00:00:00+03:00", "", text)])


# --- a date after the deadline superseded by a later plan inside the window --------------------------------------
# b130-pakistan-general-election-by-feb8-2024-asof-date-set-multi-undet
PK = realnews_case("b130-pakistan-general-election-by-feb8-2024-asof-date-set-multi-undet")
PK_LATE = ("ISLAMABAD – The Election Commission of Pakistan (ECP) on Thursday told Supreme Court that general elections "
           "in the country would be held on February 11, 2024.")
PK_PLAN = ("ISLAMABAD, (UrduPoint / Pakistan Point News - 3rd Nov, 2023) The Election Commission of Pakistan (ECP) has "
           "officially announced that the general elections for the National and four Provincial Assemblies will take "
           "place on February 8, 2024.")
_LATE_DATES = ("February 11, 2024", "February 15, 2024", "March 3, 2024")
_PLAN_DATES = ("February 8, 2024", "January 30, 2024", "February 1, 2024")
_LATE_VERBS = ("would be held on", "will be held on", "would take place on")
_PLAN_VERBS = ("will take place on", "will be held on", "would be held on")
SUPERSEDED = [(PK_LATE, PK_PLAN)] + [
    (f"The Election Commission of Pakistan on Thursday told the Supreme Court that general elections in the country "
     f"{lv} {ld}.",
     f"The Election Commission of Pakistan has officially announced that the general elections {pv} {pd}.")
    for ld in _LATE_DATES for pd in _PLAN_DATES for lv, pv in zip(_LATE_VERBS, _PLAN_VERBS)]


def _pk(late: str, plan: str, late_at: str = "2023-11-02T00:00:00+05:00", plan_at: str = "2023-11-03T00:00:00+05:00",
        same: bool = False):
    items = [("https://pakobserver.net/x", late_at, "", late if not same else late + "\n\n" + plan)]
    if not same:
        items.append(("https://www.urdupoint.com/y", plan_at, "", plan))
    return _run(PK, items)


def _late_counted(v) -> bool:
    return any((c.base_rule or c.rule) == "scheduled_after_deadline" and c.counted and c.weight for c in v.contributions)


# --- the candidate crowned, by a passive ----------------------------------------------------------------------------
# b130-verstappen-clinches-2022-title-at-suzuka-yes
VS = realnews_case("b130-verstappen-clinches-2022-title-at-suzuka-yes")
VS_S = "With full points awarded, Verstappen was officially crowned world champion for the second time"
CROWNED = [VS_S] + [f"{lead}Verstappen {v} {t}{tail}" for lead in ("With full points awarded, ", "On Sunday, ", "")
                    for v in ("was officially crowned", "was crowned", "has been crowned", "was finally crowned",
                              "was officially declared", "has officially been named")
                    for t in ("world champion", "the world champion", "champion")
                    for tail in (" for the second time.", ".")]
NOT_CROWNED = [
    "In this circumstance, Verstappen would not have been crowned world champion and the title race would have moved on.",
    "Verstappen could be crowned world champion at Suzuka on Sunday.",
    "Verstappen was crowned world champion last season in Abu Dhabi.",
    "Verstappen, the reigning world champion, was unsure about the points.",
    "Verstappen was officially crowned the former champion's successor in the team.",
    "Leclerc was officially crowned world champion for the first time.",
]


def _vs(text: str):
    return _run(VS, [("https://www.crash.net/f1/news/x", "2022-10-09T00:00:00+01:00", "", text)])


# --- an infinitive of result after a decisive move ----------------------------------------------------------------
# b130-pogacar-wins-worlds-road-race-2024-yes
PG = realnews_case("b130-pogacar-wins-worlds-road-race-2024-yes")
PG_S = ("ZURICH (AP) — Tadej Pogačar has cemented his status as cycling’s biggest star with a devastating solo attack to "
        "win the men’s road race at the world championships.")
_DONE = ("has cemented his status as cycling’s biggest star", "crowned a remarkable season", "sealed his place in history",
         "capped a dominant year", "ended the debate")
_MOVES = ("a devastating solo attack", "a late sprint", "a brilliant solo ride", "an audacious long-range attack",
          "a stunning finish")
MEANS = [PG_S] + [f"Tadej Pogačar {d} on Sunday with {m} to win the men’s road race at the world championships."
                  for d in _DONE for m in _MOVES]
NOT_MEANS = [
    "Tadej Pogačar tried on Sunday with a late attack to win the men’s road race at the world championships.",
    "Tadej Pogačar will go with a solo attack to win the men’s road race at the world championships.",
    "Ben O’Connor responded with a late attack to win the men’s road race at the world championships.",
    "Tadej Pogačar arrived in Zurich with a chance to win the men’s road race at the world championships.",
    "Tadej Pogačar needs a solo attack to win the men’s road race at the world championships.",
    "Tadej Pogačar could cement his status with a solo attack to win the men’s road race at the world championships.",
]


def _pg(text: str):
    return _run(PG, [("https://kstp.com/associated-press/x", "2024-09-29T00:00:00-05:00", "", text)])


# --- the leader going into the last stage --------------------------------------------------------------------------
# b130-matsuyama-wins-masters-2021-asof-final-round-start-multi-undet
MT = realnews_case("b130-matsuyama-wins-masters-2021-asof-final-round-start-multi-undet")
MT_S = ("AUGUSTA, (United States): Hideki Matsuyama, trying to become the first Japanese man to win a major golf title, "
        "held a four-stroke lead as Sunday’s dramatic final round of the 85th Masters began.")
# other development sentences (b80 Lowry, b94 Champ, b40 Thomas, b43 McIlroy, b45 Horschel) with the names swapped
LEADING = [MT_S] + [
    "Hideki Matsuyama leads the Masters by four shots going into the final round after a stunning third round on Saturday.",
    "Hideki Matsuyama carded an error-free 65 to take a four-shot lead into the final day of the Masters.",
    "Hideki Matsuyama will take a four-shot lead into the final day of the Masters after producing a stunning round.",
    "Rory McIlroy is chasing, but Hideki Matsuyama will take a share of the lead into the final round of the Masters.",
    "Matsuyama takes a 5-shot lead into the final round as he looks for the wire-to-wire victory at Augusta.",
    "Hideki Matsuyama held a two-stroke lead entering Sunday's final round at Augusta National.",
    "Hideki Matsuyama, the 2011 low amateur, held a one-shot lead ahead of the final round of the Masters.",
]
NOT_LEADING = [
    "Xander Schauffele leads Hideki Matsuyama by two shots going into the final round of the Masters.",
    "Hideki Matsuyama lost the lead early in the final round of the Masters.",
    "Hideki Matsuyama held a four-stroke lead after the second round of the Masters.",
    "If Hideki Matsuyama keeps his lead into the final round, he would become the first Japanese winner.",
    "Hideki Matsuyama trails by four shots going into the final round of the Masters.",
    "Hideki Matsuyama finished the final round with a four-stroke lead and won the Masters.",
]


def _mt(text: str, published: str = "2021-04-11T09:00:00-04:00"):
    return _run(MT, [("https://www.brecorder.com/news/x", published, "", text)])


def _held(v) -> bool:
    return v.verdict == "undetermined" and _unread(v)


def _noted(v, mark: str) -> bool:
    """A note of the reading itself (its mark), not another net's (the wide net reads 'was crowned' alone)."""
    return any(c.rule == "unread_evidence" and mark in c.reason for c in v.contributions)


SHAPES = "as the act's result in a shape no act reading takes"
LEADS = "as the candidate's lead going into the contest's last stage"


def wrong_fires() -> dict[str, int]:
    return {
        "partial_share_unread": sum((_completeness(s).share or 100.0) >= 100.0 for s in PARTIAL),
        "whole_count_read_partial": sum((_completeness(s).share or 100.0) < 100.0 for s in NOT_PARTIAL),
        "late_schedule_not_superseded": sum(_late_counted(_pk(a, b)) for a, b in SUPERSEDED),
        "late_schedule_superseded_by_earlier_plan": sum(not _late_counted(_pk(a, b, "2023-11-03T00:00:00+05:00",
                                                                              "2023-11-02T00:00:00+05:00"))
                                                        for a, b in SUPERSEDED[:10]),
        "crowned_read_no": sum(decided(_vs(s)) == "likely-no" for s in CROWNED),
        "not_crowned_noted": sum(_noted(_vs(s), SHAPES) for s in NOT_CROWNED),
        "means_read_no": sum(decided(_pg(s)) == "likely-no" for s in MEANS),
        "not_means_noted": sum(_noted(_pg(s), SHAPES) for s in NOT_MEANS),
        "leader_read_no": sum(decided(_mt(s)) == "likely-no" for s in LEADING),
        "not_leader_noted": sum(_noted(_mt(s), LEADS) for s in NOT_LEADING),
        "early_leader_noted": sum(_noted(_mt(s, "2021-04-02T09:00:00-04:00"), LEADS) for s in LEADING),
    }


def test_the_verbatim_partial_count_is_read():
    assert _completeness(JP_S).share == 90.06
    v = _jp(JP_S)
    assert not fired(v, "threshold_missed") and decided(v) == "undetermined"


def test_partial_counts_by_units():
    assert [s for s in PARTIAL if (_completeness(s).share or 100.0) >= 100.0] == []


def test_no_partial_count_without_a_counted_share():
    assert [s for s in NOT_PARTIAL if (_completeness(s).share or 100.0) < 100.0] == []


def test_the_verbatim_late_date_is_superseded():
    v = _pk(PK_LATE, PK_PLAN)
    assert not _late_counted(v) and v.verdict == "undetermined"
    assert any("superseded: a later report" in c.reason for c in v.contributions)


def test_late_dates_superseded_by_later_plans():
    assert [p for p in SUPERSEDED if _late_counted(_pk(*p))] == []


def test_an_earlier_plan_or_the_same_article_supersedes_nothing():
    for a, b in SUPERSEDED[:10]:
        assert _late_counted(_pk(a, b, "2023-11-03T00:00:00+05:00", "2023-11-02T00:00:00+05:00"))
        assert _late_counted(_pk(a, b, same=True))


def test_the_verbatim_crowning_holds_the_deadline():
    v = _vs(VS_S)
    assert _held(v)


def test_crownings_hold_the_deadline():
    assert [s for s in CROWNED if decided(_vs(s)) == "likely-no"] == []


def test_no_crowning_holds_nothing():
    assert [s for s in NOT_CROWNED if _noted(_vs(s), SHAPES)] == []


def test_the_verbatim_move_to_win_holds_the_deadline():
    assert _held(_pg(PG_S))


def test_moves_to_win_hold_the_deadline():
    assert [s for s in MEANS if decided(_pg(s)) == "likely-no"] == []


def test_no_move_to_win_holds_nothing():
    assert [s for s in NOT_MEANS if _noted(_pg(s), SHAPES)] == []


def test_the_verbatim_leader_holds_the_deadline():
    assert _held(_mt(MT_S))
    case = MT
    v = _run(case, [(e["url"], e["published"], e["title"], e["text"]) for e in case["evidence"]])
    assert v.verdict == "undetermined"


def test_leaders_into_the_last_stage_hold_the_deadline():
    assert [s for s in LEADING if decided(_mt(s)) == "likely-no"] == []


def test_other_leaders_hold_nothing():
    assert [s for s in NOT_LEADING if _noted(_mt(s), LEADS)] == []


def test_an_early_leader_holds_nothing():
    assert [s for s in LEADING if _noted(_mt(s, "2021-04-02T09:00:00-04:00"), LEADS)] == []


def test_hostile_inputs_stay_cheap():
    from resolver.engine.partial_counts import completeness
    from resolver.engine.text import article_sentences
    soup = ("Hideki Matsuyama, trying hard, held a four-stroke lead as the final round began with a devastating solo "
            "attack to win after counting ballots from 90% of polling stations was officially crowned champion " * 200)[:30000]
    sents = list(article_sentences("", soup))
    start = time.process_time()
    completeness([soup])
    for s in sents:
        completeness([s.text])
    assert_cpu_within(start, 2)
    start = time.process_time()
    _mt(soup)
    _pg(soup)
    _vs(soup)
    assert_cpu_within(start, 30)


if __name__ == "__main__":
    print(wrong_fires())
