"""Readings of the twenty-second round's development batch 124 (helper b124): its wrong decisive verdicts
and its undetermined 'unread-evidence' verdicts on labelled cases, each given a general reading.

- date_names.month_date (class H, a word misread): a month's name written as a date ('announced on June
  24 the official results') is no person named June: no winner or rival is read in it.
- object_owners (class C, another entity's act): the market's act upon a thing another country owns
  ("ratify Sweden's NATO accession") is not told by the act upon a third country's ('approved a bill …
  to allow Finland to join NATO'), the owner not named.
- figure_words approach through a crossing noun (class B): 'nearing a breach of the $2,000 an ounce
  level' neared the figure, it did not reach it.
- rules/runoff_counts (class J): a runoff's whole count for both sides ('Morsi won 13.23 million votes,
  while Shafiq got 12.35 million') settles it; partial_counts: 'provisional absentee votes' are ballots,
  not a provisional count.
- held_at: a title owned by the side's own word ('won the women's title … New York City Marathon').
- agreed_departures / fixed_successions (class J): a departure the report tells for the next day ('will
  leave Qantas tomorrow') and a successor's start fixed by a day ('will assume the role of … chief
  executive effective September 6') end a stays-true state on that day.
- ending_events 'peg': a currency floated or devalued by its holder ends its peg ('Thailand floats the baht').
- rules/first_since + 'touch' (class J): a level first touched after the window 'for the first time since
  2013' was not reached inside it.

Sentences and questions verbatim from batch 124 (the case named in a comment); the variants change the
names, verbs, numbers, dates and tenses. `wrong_fires()` counts the variants read the wrong way; it runs on
any engine (the report gives the counts before the change and after it)."""

from __future__ import annotations

import time

from conftest import decided, fired, realnews_case, run_case
from cpu_budget import assert_cpu_within


def _run(case_id: str, texts, title: str = "", published: str | None = None, as_of: str | None = None):
    """The case's market read on one article of `texts` (a string or a list of sentences)."""
    c = realnews_case(case_id)
    m = c["market"]
    ev = c["evidence"][0]
    text = texts if isinstance(texts, str) else "\n\n".join(texts)
    return run_case(m["question"], m["deadline"], m.get("criteria", ""),
                    [("https://news.example.org/" + str(abs(hash(text)) % 10**8), published or ev["published"], title, text)],
                    as_of or c["as_of"])


# --- a month's name is a date, not a winner ---------------------------------------------------------------
IMAM = "b124-imamoglu-declared-istanbul-winner-by-jun30-2019-multi-yes"
IMAM_S = ("Turkey's Supreme Election Council (VIS) announced on June 24 the official results of the Istanbul "
          "re-election, saying the main opposition Republican People's Party (EPP) candidate, Ekrem Imamoglu, is the "
          "winner of the June 23 election, with 54%.")
IMAM_PUB = "2019-06-25T00:00:00+03:00"  # the verbatim sentence's own article
_MONTH_VARIANTS = [IMAM_S.replace("on June 24", f"on {d}") for d in ("June 24", "June 24th", "Monday, June 24")] + [
    IMAM_S.replace("announced on June 24", f"{v} on June 24") for v in ("declared", "proclaimed", "published")] + [
    IMAM_S.replace("on June 24", "on 24 June"), IMAM_S.replace("on June 24", "on Monday, 24 June 2019")]
# a person named with a month's name still names a rival
_MONTH_RIVALS = ["The election council announced June Carter the winner of the Istanbul mayoral election rerun.",
                 "The election council declared April Ryan the winner of the Istanbul mayoral election rerun."]


def _month_wrong() -> tuple[int, int]:
    wrong_no = sum(decided(_run(IMAM, s)) == "likely-no" for s in _MONTH_VARIANTS)
    missed = sum(not fired(_run(IMAM, s), "rival_outcome") for s in _MONTH_RIVALS)
    return wrong_no, missed


def test_a_date_names_no_rival():
    v = _run(IMAM, IMAM_S)
    assert not fired(v, "rival_outcome")
    assert v.verdict != "likely-no"


def test_month_dates_and_month_names():
    from resolver.engine.date_names import month_date
    from resolver.engine.text import article_sentences
    s = article_sentences("", "He announced on June 24 the results, and June Carter won, since May 2019 in April.")[0]
    marks = {t.text: month_date(s.tokens, k) for k, t in enumerate(s.tokens) if t.text in ("June", "May", "April")}
    assert marks == {"June": False, "May": True, "April": True} or [
        month_date(s.tokens, k) for k, t in enumerate(s.tokens) if t.text == "June"] == [True, False]


def test_month_variants():
    assert _month_wrong() == (0, 0)


# the candidate named the winner of the market's contest
_NAMED_WINNER = [IMAM_S] + [IMAM_S.replace("is the winner", w) for w in (
    "was the winner", "has been declared the winner", "is officially the winner", "was declared the winner")] + [
    IMAM_S.replace("June 23 election", w) for w in ("Istanbul mayoral election rerun", "June 23 mayoral election")]
_NOT_NAMED_WINNER = [IMAM_S.replace("is the winner", "is not the winner"),
                     IMAM_S.replace("saying the", "saying that if the").replace(", is the winner", " is the winner"),
                     IMAM_S.replace("Ekrem Imamoglu", "Binali Yildirim"),
                     IMAM_S.replace("June 23 election", "first round"),
                     "Ekrem Imamoglu is the winner of the 2018 Istanbul marathon."]


def _named_wrong() -> tuple[int, int]:
    missed = sum(decided(_run(IMAM, s, published=IMAM_PUB)) != "likely-yes" for s in _NAMED_WINNER)
    wrong = sum(decided(_run(IMAM, s, published=IMAM_PUB)) == "likely-yes" for s in _NOT_NAMED_WINNER)
    return missed, wrong


def test_named_winner_variants():
    assert _named_wrong() == (0, 0)


# --- another country's object ------------------------------------------------------------------------------
TURK = "b124-turkey-ratifies-sweden-nato-by-mar31-2023-no"
TURK_S = ("Turkey's parliament approved a bill on Thursday to allow Finland to join NATO, clearing the way for the "
          "country to become part of the Western defence alliance as war rages in Ukraine.")
_OTHER_OBJECT = [TURK_S] + [TURK_S.replace("approved", v) for v in ("ratified", "passed")] + [
    TURK_S.replace("Finland", c) for c in ("Norway", "Ukraine", "Austria", "Ireland")] + [
    "Turkey's parliament ratified Finland's NATO accession on Thursday.",
    "Turkey's parliament on Thursday approved Finland's accession protocol to NATO."]
_OWN_OBJECT = [TURK_S.replace("Finland", "Sweden"),
               "Turkey's parliament ratified Sweden's NATO accession on Thursday.",
               "Turkey's parliament approved Sweden's accession to NATO on Thursday."]
# ("approved Finland's and Sweden's accession" names the excluded Finland's accession too: left unread, undetermined)


def _owner_wrong() -> tuple[int, int]:
    wrong = sum(decided(_run(TURK, s)) == "likely-yes" for s in _OTHER_OBJECT)
    missed = sum(not fired(_run(TURK, s), "confirmation") for s in _OWN_OBJECT)
    return wrong, missed


def test_another_countrys_object_confirms_nothing():
    v = _run(TURK, TURK_S)
    assert not fired(v, "confirmation")
    assert any(c.rule == "other_owner" for c in v.contributions)


def test_owner_variants():
    assert _owner_wrong() == (0, 0)


# --- a crossing neared ---------------------------------------------------------------------------------
PALL = "b124-palladium-2000-by-dec31-2019-multi-undet"
PALL_S = ("Scarce palladium soared on Tuesday, nearing a breach of the $2,000 an ounce level for the first time, with "
          "a \"phase one\" U.S.-China trade deal driving prospects of a pick-up in demand.")
_NEARED = [PALL_S] + [PALL_S.replace("nearing a breach of", p) for p in (
    "close to a breach of", "nearing a test of", "approaching a break above", "edging toward a push through",
    "on the verge of a breach of", "nearing a run at")] + [
    PALL_S.replace("on Tuesday", d) for d in ("on Monday", "on Dec. 16", "this week")]
_REACHED = [PALL_S.replace("nearing a breach of", "breaching"), PALL_S.replace("nearing a breach of", "topping"),
            "Palladium hit $2,000 an ounce on Tuesday for the first time.",
            "Palladium rose to $2,003 an ounce on Tuesday after nearing a breach of the level on Monday."]


def _neared_wrong() -> tuple[int, int]:
    wrong = sum(bool(fired(_run(PALL, s), "threshold_crossed")) for s in _NEARED)
    missed = sum(not fired(_run(PALL, s), "threshold_crossed") for s in _REACHED)
    return wrong, missed


def test_a_breach_neared_is_not_a_crossing():
    from resolver.engine.figure_words import approached
    assert approached("nearing a breach of the ") is not None
    assert approached("close to a test of ") is not None
    assert approached("after a breach of the ") is None
    assert not fired(_run(PALL, PALL_S), "threshold_crossed")


def test_neared_variants():
    assert _neared_wrong() == (0, 0)


# --- a runoff's whole count -----------------------------------------------------------------------------
SHAF = "b124-shafiq-wins-egypt-runoff-2012-no"
SHAF_S = "According to the commission, Morsi won 13.23 million votes, while Shafiq got 12.35 million."
TORR = "b124-torres-wins-cnmi-governor-runoff-2022-no"
TORR_S = ("In total, Palacios-Apatang garnered 7,394 votes, while Torres-Sablan received 6,263 votes based on official "
          "tabulation results.")
_VERBS = ("won", "got", "received", "garnered", "obtained", "polled", "secured")
_SHAF_NO = [SHAF_S.replace("won", a).replace("got", b) for a in _VERBS for b in _VERBS[:3]] + [
    "According to the commission, Morsi won 13,230,131 votes, while Shafiq got 12,347,380 votes.",
    "Morsi received 51.7 million votes, while Shafiq got 48.3 million votes, the commission said."]
_SHAF_YES = [SHAF_S.replace("Morsi", "X").replace("Shafiq", "Morsi").replace("X", "Shafiq")]
_SHAF_NONE = [SHAF_S + " Counting is still under way.",
              "With 40% of votes counted, Morsi won 3.2 million votes, while Shafiq got 3.1 million.",
              "In the first round, Morsi won 5.76 million votes, while Shafiq got 5.5 million.",
              "According to preliminary results, Morsi won 13.23 million votes, while Shafiq got 12.35 million.",
              "Morsi won 13.23 million votes."]


def _runoff_wrong() -> tuple[int, int]:
    wrong = sum(decided(_run(SHAF, s)) != "likely-no" for s in _SHAF_NO)
    wrong += sum(decided(_run(SHAF, s)) != "likely-yes" for s in _SHAF_YES)
    wrong_fire = sum(bool([c for c in _run(SHAF, s).contributions if c.weight and "runoff count" in c.reason])
                     for s in _SHAF_NONE)
    return wrong, wrong_fire


def test_a_runoff_count_settles_it():
    v = _run(SHAF, SHAF_S)
    assert decided(v) == "likely-no"
    assert any("runoff count" in c.reason for c in fired(v, "rival_outcome"))


def test_runoff_variants():
    assert _runoff_wrong() == (0, 0)


def test_provisional_ballots_are_no_provisional_count():
    from resolver.engine.partial_counts import _provisional_cue
    assert _provisional_cue("after counting the 78 provisional absentee votes.") is None
    assert _provisional_cue("after counting the provisional ballots") is None
    assert _provisional_cue("according to provisional results") == "provisional"
    assert _provisional_cue("the provisional vote count showed") == "provisional"


# --- a title owned by the side's word ------------------------------------------------------------------
NYC = "b124-nyc-marathon-2011-keitany-wins-women-no"
NYC_S = "Firehiwot Dado of Ethiopia won the women's title New York City Marathon in a stunning comeback."
_SIDE_TITLE = [NYC_S, NYC_S.replace("title New", "title at the New"), NYC_S.replace("title New", "title at the 2011 New"),
               "Firehiwot Dado of Ethiopia won the women's New York City Marathon title in a stunning comeback."] + [
    NYC_S.replace("won", v) for v in ("claimed", "took", "captured")]
_OTHER_SIDE = [NYC_S.replace("women's", "men's"), "Geoffrey Mutai won the men's title at the New York City Marathon.",
               "Firehiwot Dado of Ethiopia won the women's title at the Boston Marathon in a stunning comeback."]


def _side_wrong() -> tuple[int, int]:
    missed = sum(not fired(_run(NYC, s), "rival_outcome") for s in _SIDE_TITLE)
    wrong = sum(bool(fired(_run(NYC, s), "rival_outcome")) for s in _OTHER_SIDE)
    return missed, wrong


def test_the_womens_title_is_the_race():
    assert fired(_run(NYC, NYC_S), "rival_outcome")


def test_side_variants():
    assert _side_wrong() == (0, 0)


# --- a departure fixed for the next day, a successor's fixed start --------------------------------------
JOY = "b124-joyce-qantas-ceo-through-oct31-2023-no"
JOY_S = "Alan Joyce will leave Qantas tomorrow after a tumultuous week for the airline."
JOY_S2 = ("Vanessa Hudson will assume the role of managing director and group chief executive effective "
          "September 6.")
_FIXED = [JOY_S, JOY_S.replace("will leave", "will step down from"), JOY_S.replace("will leave", "will depart"),
          JOY_S.replace("tomorrow", "today"), JOY_S2, JOY_S2.replace("assume", "take over"),
          JOY_S2.replace("effective September 6", "from September 6"),
          JOY_S2.replace("effective September 6", "on September 6"),
          JOY_S2.replace("Vanessa Hudson", "Jane Smith")]
_NOT_FIXED = [JOY_S.replace("tomorrow", "next year"), JOY_S.replace("will leave", "could leave"),
              JOY_S.replace("will leave", "will not leave"), '"Alan Joyce will leave Qantas tomorrow," a rumour said.',
              JOY_S2.replace("September 6", "November 6"), JOY_S2.replace("will assume", "may assume"),
              JOY_S2.replace("chief executive", "chair"), JOY_S2.replace(".", ", Alan Joyce said.")]


def _fixed_wrong() -> tuple[int, int]:
    missed = sum(not fired(_run(JOY, s), "state_ended") for s in _FIXED)
    wrong = sum(bool(fired(_run(JOY, s), "state_ended")) for s in _NOT_FIXED)
    return missed, wrong


def test_the_next_days_departure_and_the_successors_start():
    v = _run(JOY, [JOY_S, "Qantas announced his early departure.", JOY_S2])
    reasons = " ".join(c.reason for c in fired(v, "state_ended"))
    assert "'will leave' tomorrow" in reasons and "a successor 'will assume'" in reasons
    assert v.verdict == "likely-no"


def test_fixed_variants():
    assert _fixed_wrong() == (0, 0)


# --- a peg floated ---------------------------------------------------------------------------------------
BAHT = "b124-thai-baht-peg-through-jul31-1997-no"
_FLOATED = ["Thailand floats the baht", "Thailand floated the baht on Wednesday.",
            "Thailand devalued its baht currency on Wednesday.", "Thailand unpegged the baht on Wednesday."]
_NOT_FLOATED = ["Thailand floated the idea of a new tax on Wednesday.", "Thailand will float the baht next year.",
                "Thailand did not float the baht on Wednesday.", "Malaysia floated the ringgit on Wednesday."]


def _peg_wrong() -> tuple[int, int]:
    missed = sum(not fired(_run(BAHT, s, title=s if "." not in s else ""), "state_ended") for s in _FLOATED)
    wrong = sum(bool(fired(_run(BAHT, s), "state_ended")) for s in _NOT_FLOATED)
    return missed, wrong


def test_a_float_ends_the_peg():
    v = _run(BAHT, "The central bank made its announcement.", title="Thailand floats the baht")
    assert fired(v, "state_ended")


def test_peg_variants():
    assert _peg_wrong() == (0, 0)


# --- the first time since before the window --------------------------------------------------------------
SILV = "b124-silver-30-in-aug-2020-no"
SILV_S = "Update #2: There it is, silver touches $30 for the first time since 2013."
_FIRST_SINCE = [SILV_S] + [SILV_S.replace("touches", v) for v in ("hits", "reaches", "tops")] + [
    SILV_S.replace("2013", y) for y in ("2014", "2019", "March 2020", "July 2020")]
_NOT_FIRST_SINCE = [SILV_S.replace("$30", "$32"), SILV_S.replace("2013", "September 2020"),
                    SILV_S.replace("for the first time since 2013", "again"), "Silver touches $30 again this week."]


def _since_wrong() -> tuple[int, int]:
    missed = sum(not fired(_run(SILV, s), "threshold_missed") for s in _FIRST_SINCE)
    wrong = sum(bool(fired(_run(SILV, s), "threshold_missed")) for s in _NOT_FIRST_SINCE)
    return missed, wrong


def test_first_since_before_the_window_is_a_miss():
    assert decided(_run(SILV, SILV_S)) == "likely-no"


def test_since_variants():
    assert _since_wrong() == (0, 0)


def wrong_fires() -> dict[str, tuple[int, int]]:
    return {"month_date (rival read, rival missed)": _month_wrong(),
            "named_winner (missed, wrong)": _named_wrong(),
            "other_owner (other confirmed, own missed)": _owner_wrong(),
            "neared (crossing read, crossing missed)": _neared_wrong(),
            "runoff_counts (wrong verdict, wrong fire)": _runoff_wrong(),
            "side_title (missed, wrong)": _side_wrong(),
            "fixed departures (missed, wrong)": _fixed_wrong(),
            "peg (missed, wrong)": _peg_wrong(),
            "first_since (missed, wrong)": _since_wrong()}


# --- hostile input -----------------------------------------------------------------------------------------
def test_hostile_input_is_bounded():
    from resolver.engine.figure_words import approached
    from resolver.engine.rules.first_since import since_before
    from resolver.engine.rules.runoff_counts import _sides
    from datetime import datetime, timezone
    blob = ("nearing a breach of the Morsi won 13.23 million votes, while Shafiq got 12 for the first time since "
            "June 24 will leave tomorrow floats the baht ") * 250
    assert len(blob) > 30000
    _run(SHAF, "Shafiq won.")  # the engine's modules loaded first: the bound is on reading the input
    start = time.process_time()
    approached(blob)
    since_before(blob, 10, datetime(2020, 8, 1, tzinfo=timezone.utc))
    _sides(blob)
    _run(SHAF, blob[:30000])
    assert_cpu_within(start, 4.0)


if __name__ == "__main__":
    print(wrong_fires())
