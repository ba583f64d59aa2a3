"""Questions asking for a place or a selection (nineteenth round, r19-ranks, engine/ranked_places.py):
'X finish first in <contest>' asks whether X wins it ('Yushchenko has won the first round'); first place
in a race's general classification or in an election's official count is the win of the race or the
election; 'X be selected as <post>' asks 'X be selected <post>': the one selected holds the post, so the
selecting body is no rival doer. 'overnight' in an article is the night that ends on its day (timex.py).
Sentences verbatim from the development corpus; the must-not-fire ones are the nearest wordings where the
reading must not decide (another candidate first, a poll's first place, a second place, a nominee)."""

from datetime import datetime, timezone

from resolver.engine.derive import derive_target
from resolver.engine.ranked_places import chosen_as, finished_first
from resolver.engine.timex import find_time_expressions
from resolver.engine.types import Market
from tests.conftest import decided, fired, run_case, ts


def _target(q: str):
    return derive_target(Market(id="t", question=q, criteria="", deadline=datetime(2030, 1, 1, tzinfo=timezone.utc)))


# b105-yushchenko-first-place-ukraine-round1-2004-yes
YU_Q = "Will Viktor Yushchenko finish first in the first round of Ukraine's October 31, 2004 presidential election?"
YU_C = ('This market will resolve to "Yes" if Ukraine\'s Central Election Commission announces official first-round '
        'results of the October 31, 2004 presidential election in which Viktor Yushchenko received more votes than any '
        'other candidate. If another candidate is placed first, this market will resolve to "No".')
YU_TEXT = "Yushchenko has won the first round!!! (The Central Election Commission finally announced it around 4 pm Kyiv time.)"


def _yu(text: str):
    return run_case(YU_Q, "2004-11-15T23:59:59+02:00", YU_C,
                    [("http://vkhokhl.blogspot.com/2004/11/yushchenko-has-won-first-round-central.html",
                      "2004-11-10T00:00:00+02:00", "", text)], "2004-11-11T00:00:00+02:00")


def test_finish_first_is_winning():
    t = _target(YU_Q)
    assert (t.act, t.candidate) == ("win", "Viktor Yushchenko")
    v = _yu(YU_TEXT)
    assert decided(v) == "likely-yes" and fired(v, "confirmation")


def test_finish_first_must_not_fire():
    # another candidate first; a first place in a poll; a plan
    for text in ("Yanukovych has won the first round!!! (The Central Election Commission finally announced it "
                 "around 4 pm Kyiv time.)",
                 "Yushchenko leads the polls ahead of the first round.",
                 "Yushchenko hopes to win the first round."):
        assert decided(_yu(text)) != "likely-yes", text


def test_standing_of_a_contest_is_the_contest():
    assert finished_first("Felipe Calderón finish first in the Federal Electoral Institute's official count of "
                          "Mexico's July 2, 2006 presidential election") == \
        "Felipe Calderón win Mexico's July 2, 2006 presidential election"
    assert finished_first("Australian Cadel Evans finish first in the general classification of cycling's 2011 Tour") == \
        "Australian Cadel Evans win cycling's 2011 Tour"
    t = _target("Will Australian Cadel Evans finish first in the general classification of cycling's 2011 Tour?")
    assert (t.act, t.role, t.role_exclusive) == ("win", "tour", True)


def test_other_places_are_left_as_worded():
    # a second or third place, a top three, a finishing time: not a win
    for body in ("Efraín Alegre finish second in Paraguay's 2023 presidential election",
                 "Lance Armstrong finish in the top three overall at the 2009 Tour de France",
                 "Eliud Kipchoge finish the INEOS 1:59 Challenge marathon in Vienna in under two hours",
                 "the women's winner of the 2024 Chicago Marathon finish in under 2:09:30"):
        assert finished_first(body) == body
        assert _target(f"Will {body}?").act != "win"


def test_selected_as_a_post_is_the_post():
    t = _target("Will Jim Yong Kim be selected as the next President of the World Bank in 2012?")
    assert (t.candidate, t.role, t.role_exclusive) == ("Jim Yong Kim", "president", True)
    t = _target("Will Mario Draghi be appointed as the next President of the European Central Bank by June 30, 2011?")
    assert (t.candidate, t.role) == ("Mario Draghi", "president")
    t = _target("Will Andrew Bailey be named as the next Governor of the Bank of England?")
    assert (t.candidate, t.role) == ("Andrew Bailey", "governor")


def test_selected_as_must_not_fire():
    # a nominee is not yet chosen; an unnamed subject; the host shape keeps its own reading
    body = "Jim Yong Kim be nominated as the next President of the World Bank"
    assert chosen_as(body) == body
    assert chosen_as("the board be selected as the next owner") == "the board be selected as the next owner"
    t = _target("Will Paris be selected as host city of the 2012 Summer Olympic Games?")
    assert (t.candidate, t.role) == ("Paris", "host")


def test_overnight_is_the_night_ending_on_the_articles_day():
    # b62-evans-yellow-in-paris-2011-yes
    text = ("Cadel Evans rode into sporting history in Paris overnight as he became the first Australian to win "
            "the Tour de France.")
    spans = [s for s in find_time_expressions(text, ts("2011-07-25T00:00:00+10:00"), "past") if s.text.lower() == "overnight"]
    assert spans and (spans[0].start.day, spans[0].end.day) == (24, 25)
    today = [s for s in find_time_expressions("Stocks rose today", ts("2011-07-25T00:00:00+10:00"), "past")]
    assert today and today[0].start.day == 25  # 'today' keeps the article's day alone
