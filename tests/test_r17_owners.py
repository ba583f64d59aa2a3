"""Whose figure a clause gives (engine/clause_owners.py) and a count that joins the dead with the hurt
(engine/joint_counts.py), read by rules/threshold_crossed.py. A figure is predicated of the subject of
its own clause: in a sentence that tells of the market's subject in one clause and of another named
title, body or person in another (', and …', ', but …', 'While …,', ', which …'), the other clause's
figure is not the market's. A count of the 'killed or injured' is wider than a death toll."""

import re

from resolver.engine.clause_owners import other_clause_owner
from resolver.engine.joint_counts import joint_count
from resolver.engine.rules.figure_owners import _common
from tests.conftest import decided, fired, run_case


def _owner(text: str, figure: str, *names: str):
    patterns = [re.compile(rf"\b{re.escape(n)}\b", re.I) for n in names]
    return other_clause_owner(text, text.index(figure), patterns, _common, list(names))


# --- corpus sentences (verbatim) --------------------------------------------------------------

def test_a_relative_clause_after_another_title_is_its_figure():
    # b83-sherlock-holmes-opening-65m-2009-multi-no (article on Sherlock Holmes and Avatar)
    text = ("Guess who's #2 on that list: Avatar, which had an equally impressive $23.1 million on Friday, and even "
            "beat Holmes for the weekend.")
    assert _owner(text, "$23.1", "Sherlock Holmes", "Holmes") == "Avatar"


def test_an_earlier_titles_figure_in_its_relative_clause():
    # b62-avatar-opening-weekend-over-75m-yes: '$77.2' is I Am Legend's, above the $75 million bar
    text = "Avatar beat out the previous December sinner, I Am Legend, which made $77.2 in its opening weekend."
    assert _owner(text, "$77.2", "Avatar") == "I Am Legend"


def test_an_earlier_storms_toll_in_its_relative_clause():
    # b07-helene-us-deaths-250-by-oct31-asof-oct4-undet
    text = "Helene is the deadliest hurricane to hit the US mainland since 2005's Katrina, which killed 1,392 people."
    assert _owner(text, "1,392", "Hurricane Helene", "Helene") == "Katrina"


def test_another_benchmark_in_a_coordinated_clause():
    # b47-brent-settles-130-by-mar31-2022-undet
    text = ("Brent rose $5.1, or 4.3%, to settle at $123.21 a barrel, and U.S. West Texas Intermediate (WTI) rose "
            "$3.72, or 3.2%, to settle at $119.40 a barrel.")
    assert "West Texas Intermediate" in _owner(text, "$119.40", "Brent")
    assert _owner(text, "$123.21", "Brent") is None


def test_a_rivals_share_in_a_relative_clause():
    # b73-kenyatta-over-50pct-2013-yes
    text = ("Kenyatta, who faces international charges of crimes against humanity, secured victory over his main rival, "
            "Prime Minister Raila Odinga, who trailed with 43.28 percent of the vote.")
    assert "Raila Odinga" in _owner(text, "43.28", "Uhuru Kenyatta", "Kenyatta")


def test_a_name_joined_by_and_is_one_clause():
    # must not fire: b04-moldova-pas-majority-seats-multi-yes ('Action and Solidarity' is one name, no clause cut)
    text = ("Moldovan President Maia Sandu's Party of Action and Solidarity (PAS) receives 50.20% in the country's "
            "parliamentary election and may retain the parliamentary majority, the Central Election Commission (CEC) "
            "said after 100% of ballots have been counted.")
    assert _owner(text, "50.20%", "PAS") is None


# --- must-not-fire variants of the other-title shape, and the market's own figure beside them --------

_Q = "Will Oppenheimer gross more than $90 million in its domestic opening weekend?"
_C = ('This market will resolve to "Yes" if Christopher Nolan\'s "Oppenheimer" grosses more than $90 million at the '
      'U.S. and Canadian box office over its opening weekend of July 21-23, 2023. Otherwise, "No".')


def _film(text: str):
    return run_case(_Q, "2023-07-25T23:59:59-07:00", _C,
                    [("https://news.example.org/weekend", "2023-07-24T00:00:00-04:00", "Weekend box office", text)],
                    "2023-07-26T12:00:00+00:00")


def test_another_titles_gross_in_a_clause_joined_by_and():
    v = _film("Barbie grossed $162 million in its opening weekend, and Oppenheimer took $82 million.")
    assert not fired(v, "threshold_crossed")
    assert decided(v) != "likely-yes"


def test_another_titles_gross_in_a_relative_clause():
    v = _film("Oppenheimer finished second behind Barbie, which opened to $162 million.")
    assert not fired(v, "threshold_crossed")


def test_another_titles_gross_before_but():
    v = _film("Barbie earned $162 million over the weekend, but Oppenheimer was not far behind.")
    assert not fired(v, "threshold_crossed")


def test_another_titles_gross_in_a_fronted_while_clause():
    v = _film("While Barbie raked in $162 million, Oppenheimer started with $82 million.")
    assert decided(v) != "likely-yes"


def test_another_title_as_subject_with_the_market_in_its_aside():
    v = _film("Barbie, which opened alongside Oppenheimer, raked in $162 million over the weekend.")
    assert not fired(v, "threshold_crossed")


def test_the_market_title_as_subject_with_another_in_its_aside():
    # must not fire (the new reading): the subject is the market's title; the aside names the other
    v = _film("Oppenheimer, which opened alongside Barbie, raked in $95 million over the weekend.")
    assert fired(v, "threshold_crossed")


def test_a_report_verbs_subject_is_the_source_not_the_owner():
    # must not fire: 'Comscore estimated' gives the source of Oppenheimer's figure
    v = _film("Barbie topped the chart, and Comscore estimated $95 million for Oppenheimer.")
    assert fired(v, "threshold_crossed")


def test_the_market_titles_clause_after_a_report_verb():
    # must not fire: 'Universal said Oppenheimer grossed …': the figure's own clause names the market's title
    v = _film("Universal said Oppenheimer grossed $95 million, and Barbie took $162 million.")
    assert fired(v, "threshold_crossed")


def test_the_market_titles_clause_after_another_with_but():
    # must not fire
    v = _film("Barbie led the box office, but Oppenheimer grossed $95 million.")
    assert fired(v, "threshold_crossed")


def test_an_appositive_name_is_not_the_clauses_subject():
    # must not fire: 'directed by Christopher Nolan' is an aside; the subject is the market's title
    v = _film("Oppenheimer, directed by Christopher Nolan, opened to $95 million.")
    assert fired(v, "threshold_crossed")


# --- the dead counted with the hurt ------------------------------------------------------------

_TOLL_Q = "Will the NDMA-reported death toll from Pakistan's 2022 monsoon floods exceed 1,500 by September 30, 2022?"


def _toll(text: str):
    return run_case(_TOLL_Q, "2022-09-30T23:59:59+05:00", "", [
        ("https://news.example.org/floods", "2022-08-29T11:42:00+05:00", "Pakistan floods", text)],
        "2022-08-30T00:00:00+00:00")


def test_the_killed_or_injured_are_a_wider_count():
    v = _toll("The number of people killed or injured in the floods has risen to 2,636, the NDMA said.")
    assert not fired(v, "threshold_crossed")


def test_the_dead_or_injured_after_the_figure():
    v = _toll("The floods have left 2,636 people dead or injured since June 14, the NDMA said.")
    assert decided(v) != "likely-yes"


def test_a_death_toll_beside_another_clause_still_counts():
    # must not fire: the toll's own clause; the next clause has a source, no figure
    v = _toll("The death toll from the floods rose to 1,600, and the NDMA said more were missing.")
    assert fired(v, "threshold_crossed")


def test_dead_or_missing_is_left_standing():
    # must not fire: b80-grenfell-toll-75-by-jun30-2017-multi-yes (verbatim; the toll counts the missing presumed dead)
    text = ("The number of people dead or missing presumed dead after the Grenfell Tower firehas risen to 79, police "
            "have said.")
    assert joint_count("Will the Metropolitan Police put the Grenfell Tower fire death toll at 75 or more?", text,
                       text.index("79"), text.index("79") + 2) is None


def test_killed_and_a_separate_count_of_injured():
    # must not fire: '34 people were killed and 200 injured' gives two counts, not one joint count
    text = "In all, 34 people were killed and 200 injured."
    assert joint_count(_TOLL_Q, text, text.index("34"), text.index("34") + 2) is None


def test_a_market_on_the_hurt_too_reads_the_joint_count():
    # must not fire: the market counts the injured itself
    text = "The number of people killed or injured has risen to 2,636."
    assert joint_count("Will the number of people killed or injured exceed 2,000?", text, text.index("2,636"),
                       text.index("2,636") + 5) is None
