"""A wider unread-evidence gate on deadline-passed likely-no verdicts? (twenty-third round, helper dpgate; the study
is tools/census_r23/dpgate.md — a negative result: the gate was measured and not kept.)

The condition studied (tools/census_r23/dpgate_condition.py): a sentence inside the window, read by no rule, where
the market's principal party (its candidate, else its first actor) is the subject of a done verb (a simple past, or
a participle after an auxiliary) and which names the market's object or act or a result word. On the first-sight
traces of batches 103-126 and 129-132 it turned 2 of 12 wrong deadline-alone likely-no verdicts undetermined and none
of 22 right ones — both in batch 130, and both already held on main by the e130 readings (result_shapes); on the
development corpus it turned 4 right likely-no verdicts undetermined and fixed none.

These tests pin what the study rests on, on the engine as it is:
- HOLD: the verbatim sentences of the failure class (batch 130) and variants of them hold a passed deadline back
  (undetermined, unread evidence) — by the readings main already has.
- NOT_HOLD: near-miss variants on the same markets — the party's done clause with a result word or the contest's
  stage, no win told ('praised the champion', 'was caught in the final kilometre of the … race') — leave the
  deadline to say no; the studied gate held 8 of the 14.
- OBJECT_EVENTS: an event told of the race itself ('crashed out of the men's road race') is held by the narrow net
  already, by design.
- DEV_NO: the development cases whose right likely-no the studied gate turned undetermined (and the near-misses it
  was narrowed against) stay likely-no.
`wrong_fires()` counts the sentences and cases read the wrong way; it runs on any engine (the study gives the count
with the gate wired and without)."""

from __future__ import annotations

import time

from conftest import realnews_case, run_case, silence_hold
from cpu_budget import assert_cpu_within

PG = realnews_case("b130-pogacar-wins-worlds-road-race-2024-yes")
VS = realnews_case("b130-verstappen-clinches-2022-title-at-suzuka-yes")

PG_S = ("ZURICH (AP) — Tadej Pogačar has cemented his status as cycling's biggest star with a devastating solo attack "
        "to win the men's road race at the world championships.")
VS_S = "With full points awarded, Verstappen was officially crowned world champion for the second time"

# the failure class: the act told in words no act reading takes (verbatim first, then variants)
HOLD_PG = [PG_S,
           "Tadej Pogačar has cemented his status as cycling's biggest star with a long solo attack to win the men's "
           "road race at the world championships.",
           "Tadej Pogačar sealed his status with a devastating solo attack to win the men's road race at the world "
           "championships."]
HOLD_VS = [VS_S,
           "Verstappen was crowned world champion for the second time.",
           "Max Verstappen was officially crowned world champion for the second time on Sunday."]

# near-misses: the party's done clause naming a result word or the contest's stage, no win told; the studied gate
# held every one of these that no rule reads (the party as subject, a done verb, 'champion', 'title', 'gold', …)
NOT_HOLD_PG = [
    "Tadej Pogačar was caught in the final kilometre of the men's road race at the world championships.",
    "Tadej Pogačar praised the champion after the race.",
    "Tadej Pogačar returned to Slovenia after the title race.",
    "Tadej Pogačar crossed the line in fourth place, behind the champion.",
    "Tadej Pogačar applauded the gold medallist at the finish.",
    "Tadej Pogačar finished fourth in the men's road race at the world championships.",
    "Tadej Pogačar abandoned the men's road race at the world championships.",
    "Tadej Pogačar was officially disqualified before the medal ceremony.",
]
NOT_HOLD_VS = [
    "Verstappen was officially handed a five-second penalty after the title race.",
    "Verstappen congratulated the champion, Charles Leclerc.",
    "Verstappen thanked the team after the title decider was postponed.",
    "Verstappen was officially informed of the points after the race.",
    "Even Verstappen was unsure upon being informed of the points, asking: \"are you sure?\"",
    "Verstappen was officially classified second after the stewards' decision.",
]
# an event told of the market's object itself (the race): the narrow net holds these by design (README, "Unread
# evidence": an event whose participant is the market's object); the studied condition adds nothing to them
OBJECT_EVENTS_PG = [
    "Tadej Pogačar crashed out of the men's road race at the world championships.",
    "Tadej Pogačar started the men's road race at the world championships as the favourite.",
    "Tadej Pogačar rode the men's road race at the world championships in Zurich.",
    "Tadej Pogačar skipped the men's road race at the world championships.",
]

# development cases with a right likely-no the studied gate held back, or was narrowed against
DEV_NO = [
    "b58-who-sars-list-cleared-jun2003-no",                    # 'the WHO also lifted a month-old warning' (held)
    "b75-messenger-mercury-orbit-by-mar17-utc-2011-multi-no",  # 'A well-traveled NASA probe made history Thursday' (held)
    "b86-nalka-bridge-inaugurated-by-dec31-2022-no",           # 'Nalka bridge opened to traffic ahead of Eid' (held)
    "b18-crew10-launch-by-mar12-2025-no",                      # "NASA's two stuck astronauts" (held)
    "b15-europe-wins-solheim-cup-2023-outright-no",            # 'Europe retained the Solheim Cup after securing a … tie'
    "b27-bot-cut-aug21-2024-no",                               # 'voted on Wednesday to retain the policy interest rate'
    "b01-boeing-strike-end-by-oct31-2024-no",                  # 'decisively rejected the … latest contract offer'
    "b105-vinasat1-launch-by-apr15-2008-multi-no",             # 'in a move seen as a further step'
    "b43-north-korea-spy-satellite-in-orbit-by-aug31-2023-multi-no",  # 'launch has ended in failure'
    "b79-google-motorola-close-by-mar31-2012-multi-no",        # "Google's $12.5 billion proposed takeover"
    "b74-trump-wins-world-snooker-2022-no",                    # 'In overcoming Judd Trump 18-13, he came'
    "b01-nippon-usteel-close-2024-no",                         # 'U.S. Steel Expects Nippon Steel Acquisition to Be …'
    "b26-synopsys-ansys-deal-closes-by-jun30-2025-multi-no",   # 'despite the deal already having been cleared'
]


def _run(case: dict, url: str, published: str, text: str):
    m = case["market"]
    return run_case(m["question"], m["deadline"], m["criteria"], [(url, published, "", text)], case["as_of"])


def _pg(text: str):
    return _run(PG, "https://apnews.com/article/x", "2024-09-29T12:00:00+02:00", text)


def _vs(text: str):
    return _run(VS, "https://www.sportskeeda.com/f1/x", "2022-10-09T18:00:00+09:00", text)


def _held(v) -> bool:
    return v.verdict == "undetermined" and v.status == "unread-evidence"


def _dev(case_id: str):
    c = realnews_case(case_id)
    m = c["market"]
    return run_case(m["question"], m["deadline"], m["criteria"],
                    [(e["url"], e["published"], e["title"], e["text"]) for e in c["evidence"]], c["as_of"])


def wrong_fires() -> dict[str, list[str]]:
    """What each list gets wrong on the engine in use."""
    return {
        "hold_missed": [s for s in HOLD_PG + OBJECT_EVENTS_PG if not _held(_pg(s))]
                       + [s for s in HOLD_VS if not _held(_vs(s))],
        "near_miss_held": [s for s in NOT_HOLD_PG if _pg(s).verdict != "likely-no" and not silence_hold(_pg(s))]
                          + [s for s in NOT_HOLD_VS if _vs(s).verdict != "likely-no" and not silence_hold(_vs(s))],
        "dev_no_lost": [c for c in DEV_NO if _dev(c).verdict != "likely-no"],
    }


def test_the_failure_class_holds_the_deadline():
    assert [s for s in HOLD_PG if not _held(_pg(s))] == []
    assert [s for s in HOLD_VS if not _held(_vs(s))] == []


def test_events_of_the_object_hold_the_deadline():
    assert [s for s in OBJECT_EVENTS_PG if not _held(_pg(s))] == []


def test_near_misses_leave_the_deadline_to_say_no():
    # since the twenty-fifth round a contest-won market's deadline alone says no only through contest_silence's hold
    assert [s for s in NOT_HOLD_PG if _pg(s).verdict != "likely-no" and not silence_hold(_pg(s))] == []
    assert [s for s in NOT_HOLD_VS if _vs(s).verdict != "likely-no" and not silence_hold(_vs(s))] == []


def test_right_deadline_verdicts_stay_likely_no():
    assert [c for c in DEV_NO if _dev(c).verdict != "likely-no"] == []


def test_hostile_input_stays_cheap():
    soup = ("Tadej Pogačar has cemented his status, having been officially crowned world champion, was crowned, held a "
            "lead as the round began, the long anticipated road race won by Pogačar, who rejected, voted to retain "
            "the men's road race title at the world championships; " * 200)[:30000]
    start = time.process_time()
    _pg(soup)
    _vs(soup)
    assert_cpu_within(start, 30)
