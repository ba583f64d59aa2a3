"""Two actors of a market named at the same place of its question: named_removals took the first one by sorting
(position, pattern) pairs, and a tie compared two compiled patterns, a TypeError that stopped the whole evaluation.
Found by batch-145's first run: 'Will Pawan Kumar Bansal remain India's Railway Minister through May 31, 2013?' has the
actors "India's Railway" and 'india', both at 'India'. Now the longer name wins the tie, then the market's order."""

from __future__ import annotations

import pytest

from conftest import case_runner, fired_no

CASE = "b145-bansal-remains-railway-minister-may31-2013-no"
_run = case_runner(CASE, "https://www.business-standard.com/x", "2013-05-10T00:00:00+05:30")


def test_the_verbatim_case_is_read():
    v = _run("Bansal resigned tonight following a directive from the Congress leadership as the government's image "
             "continued to take a severe battering over allegations of corruption.\n\"Yes, I have resigned,\" said "
             "64-year-old Bansal emerging from a meeting with the Prime Minister.")
    assert v.verdict == "likely-no" and fired_no(v, "state_ended")


@pytest.mark.parametrize("person,country,post,surname", [
    ("Pawan Kumar Bansal", "India", "Railway Minister", "Bansal"),
    ("Grant Shapps", "Britain", "Transport Secretary", "Shapps"),
    ("Ana Brnabic", "Serbia", "Prime Minister", "Brnabic"),
    ("Olaf Scholz", "Germany", "Chancellor", "Scholz"),
])
def test_a_country_s_post_named_with_its_country_does_not_stop_the_evaluation(person, country, post, surname):
    q = f"Will {person} remain {country}'s {post} through May 31, 2013?"
    v = _run(f"{surname} resigned tonight as {post} after a directive from the party leadership.", question_now=q)
    assert fired_no(v, "state_ended")
    held = _run(f"{surname} said tonight he had no plans to resign as {post}.", question_now=q)
    assert not fired_no(held, "state_ended") and held.verdict != "likely-no"
