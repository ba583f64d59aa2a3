"""The twenty-fifth round's who-wins precision gate (helper wwgate):

- contest_silence (evaluate._hold_for_unread): for a who-wins market (a named candidate, an exclusive role or
  contest: rival_outcome's markets), a likely-no may not rest on the passed deadline alone. A contest always has
  a result, so with no other counted reading toward no the verdict is undetermined (unread-evidence), listing the
  sentences naming the candidate ('Greece's Euro 2004 odyssey ended in a 1-0 victory over host Portugal …').
- loser_roles (rival_outcome): the candidate in the loser's role of a reported result of the market's contest —
  '<rival> defeated/beat/outclassed/overcame/edged/routed <candidate> <score>', 'In overcoming <candidate> 18-13',
  '<rival> 12.18 (90) bt <candidate> 13.8 (86)', 'a <candidate> loss to <rival>', "<rival>'s … win over
  <candidate>" — read toward no, so the right likely-no verdicts that rode on the deadline alone stay decided.

Sentences and questions verbatim from the development corpus (the case named in a comment); variants swap the
names, verbs, scores and clause frames, with must-not-fire near-misses (a forecast, a condition, another stage,
another year, another competition, the candidate the winner, a possessive, no score, a loss to no named side).
`wrong_fires()` counts the variants read the wrong way; it runs on any engine (the report gives the count before
the change and after)."""

from __future__ import annotations


from conftest import case_runner, fired_no
from cpu_budget import assert_each_within, word_soup

RIVAL = "rival_outcome"

# --- the gate -----------------------------------------------------------------------------------------------------
# b121-greece-wins-euro-2004-yes
_gr = case_runner("b121-greece-wins-euro-2004-yes", "https://www.telegraphindia.com/x", "2004-07-05T00:00:00+05:30",
                  title="Header gifts Greece halo of Euro-gods")
GR_S = ("Lisbon, July 4 (Reuters): Greece’s extraordinary Euro 2004 odyssey ended in a 1-0 victory over host Portugal "
        "in the final today as it was crowned European champions for the first time.")
UNREAD_WIN = [GR_S] + [
    f"{lead} Greece’s extraordinary Euro 2004 odyssey {end}" for lead in ("", "Lisbon, July 4 (Reuters):", "On Sunday,")
    for end in ("ended in glory in Lisbon.", "ended with the trophy in Otto Rehhagel's hands.",
                "finished on top of Europe.")] + [
    "The outsider, which had never previously won a match at a major tournament, lifted the second-most prestigious "
    "trophy in the sport thanks to a 57th-minute header by striker Angelos Charisteas.",
    "Greece stunned the hosts in Lisbon, Angelos Charisteas heading the only goal."]
# a reading toward no is there: the deadline decides with it (the gate holds nothing)
WITH_NO_READING = [f"{r} {v} Greece {s} in the Euro 2004 final in Lisbon." for r in ("Portugal", "The hosts")
                   for v in ("beat", "defeated") for s in ("1-0", "2-1")] + [
    "Greece lost to Portugal in the Euro 2004 final in Lisbon."]
# b24-chinese-film-golden-goblet-siff-2024-no: a class of candidates ('a film from mainland China'), no who-wins gate
_gg = case_runner("b24-chinese-film-golden-goblet-siff-2024-no", "https://www.siff.com/x", "2024-06-23T00:00:00+08:00")
NOT_GATED = ["The 26th Shanghai International Film Festival closed on Sunday.",
             "Golden Goblet Award Winners of the 26th Shanghai International Film Festival"]

# --- the loser's role -----------------------------------------------------------------------------------------------
# b74-trump-wins-world-snooker-2022-no
_tr = case_runner("b74-trump-wins-world-snooker-2022-no", "https://www.theguardian.com/x", "2022-05-02T00:00:00+01:00")
_tr_early = case_runner("b74-trump-wins-world-snooker-2022-no", "https://www.theguardian.com/y",
                        "2022-04-26T00:00:00+01:00")
TR_S1 = ("The 46-year-old defeated Trump 18-13 in a convincing display at the Crucible Theatre to secure the £500,000 "
         "winner’s cheque")
TR_S2 = ("In overcoming Judd Trump 18-13, he came, he wobbled, he conquered again, and is finally the oldest snooker "
         "world champion in history.")
_RIVALS = ("Ronnie O'Sullivan", "The 46-year-old", "O’Sullivan", "The Rocket")
_VERBS = ("defeated", "beat", "outclassed", "overcame", "edged", "routed", "thrashed", "crushed")
_SCORES = ("18-13", "18–13", ", 18-13")
_LOSERS = ("Judd Trump", "Trump", "world number one Judd Trump", "No. 1 Judd Trump")
TR_LOST = [TR_S1, TR_S2] + [f"{r} {v} {lo}{'' if s.startswith(',') else ' '}{s} at the Crucible Theatre."
                            for r in _RIVALS for v in _VERBS[:4] for lo in _LOSERS[:2] for s in _SCORES] + [
    f"On Monday night {r} {v} {lo} 18-13 to lift the trophy." for r in _RIVALS[:2] for v in _VERBS for lo in _LOSERS] + [
    f"{o} {g} Judd Trump 18-13, O'Sullivan equalled Stephen Hendry's record." for o in ("In", "After", "By")
    for g in ("overcoming", "beating", "defeating", "routing")]
TR_NOT = [
    "Judd Trump beat Ronnie O'Sullivan 18-13 at the Crucible Theatre.",  # the candidate the winner
    "Judd Trump defeated O'Sullivan 18-13 to lift the trophy.",
    "O'Sullivan could beat Judd Trump 18-13 at the Crucible Theatre.",  # a forecast
    "O'Sullivan will beat Judd Trump 18-13, his fans say.",
    "If O'Sullivan beat Judd Trump 18-13, he would equal the record.",  # a condition
    "O'Sullivan has never beaten Judd Trump 18-13 at the Crucible.",
    "O'Sullivan did not beat Judd Trump 18-13.",
    "O'Sullivan beat Judd Trump 17-11 in the semi-final at the Crucible Theatre.",  # another stage
    "O'Sullivan beat Judd Trump 6-2 in the quarter-finals.",
    "O'Sullivan beat Judd Trump 18-13 in the 2019 final.",  # another year
    "O'Sullivan defeated Judd Trump's brother Jack 6-2.",  # a possessive: another party
    "O'Sullivan outclassed Judd Trump in practice at the Crucible.",  # no score
    "Beating Judd Trump 18-13 would make O'Sullivan the champion.",  # an '-ing' form with no preposition
    "O'Sullivan beat Judd Trump 10-4 in the Masters final at Alexandra Palace.",  # another competition
    "O'Sullivan leads Judd Trump 12-5 overnight.",
    "O'Sullivan beat Judd Trump last season 6-3."]
# the same sentences in an article a week before the final: one match of the championship, not its last
TR_EARLY = [TR_S1, "O'Sullivan beat Judd Trump 13-10 at the Crucible Theatre.",
            "On Monday night The Rocket defeated Judd Trump 13-10 at the Crucible Theatre."]

# b58-murray-wins-us-open-2008-no
_mu = case_runner("b58-murray-wins-us-open-2008-no", "https://www.nydailynews.com/x", "2008-09-08T21:40:00-04:00",
                  title="Federer dominates Murray to win fifth straight U.S. Open title")
MU_S = ("The great Swiss Master outclassed No. 6 Andy Murray, 6-2, 7-5, 6-2, in less than two hours to win his fifth "
        "consecutive U.S. Open and his 13th major title overall, which leaves him one shy of Pete Sampras' record of 14.")
MU_LOST = [MU_S] + [f"{r} {v} {lo} {s} in less than two hours." for r in ("Roger Federer", "Federer", "The Swiss")
                    for v in ("outclassed", "beat", "routed", "overpowered", "dispatched")
                    for lo in ("Andy Murray", "Murray", "No. 6 Andy Murray")
                    for s in ("6-2, 7-5, 6-2", ", 6-2, 7-5, 6-2")]
MU_NOT = ["Andy Murray beat Roger Federer 6-2, 7-5, 6-2 in less than two hours.",
          "Roger Federer beat Andy Murray 6-2, 7-5, 6-2 in the semifinals.",
          "Roger Federer beat Andy Murray 6-2, 7-5, 6-2 at Wimbledon in 2007.",
          "Roger Federer would have beaten Andy Murray 6-2, 7-5, 6-2.",
          "Roger Federer beat Andy Murray's brother Jamie 6-2, 7-5 in doubles."]

# b10-lakers-beat-thunder-feb7-2023-no
_lk = case_runner("b10-lakers-beat-thunder-feb7-2023-no", "https://www.upi.com/x", "2023-02-08T00:00:00-05:00")
LK_S = ("Feb. 8 (UPI) -- LeBron James dribbled across the top of the paint, jumped and sank a fade-away jump shot to pass "
        "Kareem Abdul-Jabbar and become the NBA's all-time leading scorer in a Los Angeles Lakers loss to the Oklahoma "
        "City Thunder.")
LK_LOST = [LK_S] + [f"James scored 38 points {p} to the {r}." for r in ("Oklahoma City Thunder", "Thunder")
                    for p in ("in a Los Angeles Lakers loss", "in a Lakers loss", "in the Lakers' 133-130 loss",
                              "in the Lakers' loss", "in a Lakers defeat")] + [
    f"The Thunder {v} the Lakers 133-130 on Tuesday." for v in ("beat", "edged", "outlasted", "downed")]
LK_NOT = ["James scored 38 points in a Lakers loss to injuries.",  # a loss to no named side
          "James scored 38 points, but the Lakers loss to the Thunder last season still stings.",
          "The Lakers beat the Thunder 133-130 on Tuesday.",
          "The Thunder could beat the Lakers 133-130 on Tuesday.",
          "James said a Lakers loss to the Thunder would hurt their playoff chances."]

# b69-afl-gf-2023-brisbane-no
_af = case_runner("b69-afl-gf-2023-brisbane-no", "https://www.perthnow.com.au/x", "2023-09-30T00:00:00+08:00",
                  title="A snapshot of the 2023 AFL Grand Final")
AF_S = "SNAPSHOT OF COLLINGWOOD'S AFL GRAND FINAL WIN OVER BRISBANE:"
AF_LOST = [AF_S] + [f"AFL grand final result: {w} {a} bt {lo} {b} at the MCG." for w in ("Collingwood", "the Magpies")
                    for lo in ("Brisbane", "the Brisbane Lions", "Brisbane Lions") for a, b in (("12.18 (90)", "13.8 (86)"),
                                                                                             ("90", "86"))] + [
    f"Collingwood {v} a four-point {n} over {lo} in the AFL grand final." for v in ("secured", "clinched", "sealed")
    for n in ("win", "victory") for lo in ("Brisbane", "the Brisbane Lions")] + [
    f"Collingwood's {a} {n} over {lo} was their 16th premiership." for a in ("AFL grand final", "thrilling")
    for n in ("win", "victory", "triumph") for lo in ("Brisbane", "the Brisbane Lions")]
AF_NOT = ["Brisbane Lions' AFL grand final win over Collingwood was celebrated.",  # the candidate the winner
          "Brisbane's AFL grand final win over Collingwood was celebrated.",
          "Collingwood's win over Brisbane in round 5 of the AFL season was their 10th.",  # another stage
          "Collingwood's AFL win over Brisbane in 2022 set up the rivalry.",  # another year
          "Collingwood hope to secure a win over Brisbane in the AFL grand final.",
          "Collingwood 12.18 (90) bt Brisbane Roar 13.8 (86) in the AFL grand final."]  # another party


def _reads_lost(run, s) -> bool:
    return fired_no(run(s), RIVAL)


def test_verbatim_unread_win_is_held():
    v = _gr(GR_S)
    # since pgap3 (filed_days) the dateline 'Lisbon, July 4' dates 'today' on the deadline's day, so the win is
    # read (by the act's noun carried by another verb) and held by the weak-reading gate instead
    assert v.verdict == "undetermined" and v.status in ("unread-evidence", "weak-reading")


def test_gate_variants():
    for s in UNREAD_WIN:
        assert _gr(s).verdict != "likely-no", s


def test_gate_leaves_readings_toward_no():
    for s in WITH_NO_READING:
        assert _gr(s).verdict == "likely-no", s


def test_gate_only_for_who_wins_markets():
    for s in NOT_GATED:
        assert _gg(s).verdict == "likely-no", s


def test_verbatim_loser_roles_decide_no():
    for run, s in ((_tr, TR_S1), (_tr, TR_S2), (_mu, MU_S), (_lk, LK_S), (_af, AF_S)):
        v = run(s)
        assert v.verdict == "likely-no" and v.status == "ruled-out" and fired_no(v, RIVAL), s


def test_loser_role_variants():
    for run, cases in ((_tr, TR_LOST), (_mu, MU_LOST), (_lk, LK_LOST), (_af, AF_LOST)):
        for s in cases:
            assert _reads_lost(run, s), s


def test_not_a_loser_role():
    for run, cases in ((_tr, TR_NOT), (_mu, MU_NOT), (_lk, LK_NOT), (_af, AF_NOT), (_tr_early, TR_EARLY)):
        for s in cases:
            assert not _reads_lost(run, s), s


def wrong_fires() -> dict[str, int]:
    runs = ((_tr, TR_LOST, TR_NOT), (_mu, MU_LOST, MU_NOT), (_lk, LK_LOST, LK_NOT), (_af, AF_LOST, AF_NOT))
    return {
        "loser_role_missed": sum(not _reads_lost(r, s) for r, yes, _ in runs for s in yes),
        "loser_role_misread": sum(_reads_lost(r, s) for r, _, no in runs for s in no)
        + sum(_reads_lost(_tr_early, s) for s in TR_EARLY),
        "silence_decided_who_wins": sum(_gr(s).verdict == "likely-no" for s in UNREAD_WIN),
        "gate_overreach": sum(_gr(s).verdict != "likely-no" for s in WITH_NO_READING)
        + sum(_gg(s).verdict != "likely-no" for s in NOT_GATED),
    }


def test_hostile_input_bounded():
    from resolver.engine import contest_silence, loser_roles  # noqa: F401  (the readings under test)
    words = ("The 46-year-old defeated beat outclassed Judd Trump 18-13 , in overcoming Trump bt 12.18 (90) Brisbane "
             "13.8 (86) a Lakers loss to the Thunder Collingwood's win over Brisbane 's No. 6 Andy Murray 6-2 , "
             "Greece Euro 2004 victory over Portugal if could").split()
    assert_each_within((_tr, _af, _gr), word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
