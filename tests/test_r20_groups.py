"""A market whose object is a group with a quantifier (twentieth round, r20-groups): 'Will both Libyan
defendants be found guilty …?' is confirmed only by a report whose act covers the whole group ('both',
'the two men', every member named together, 'they were …'), never by one member's act; and a member
told acquitted while the other is convicted is the verdict short of all, toward no
(engine/group_objects.py, count_verdicts.members_acquitted).

The market (question, deadline, criteria) is the case's own, from its JSON, with one article of one
verbatim corpus sentence (or a close wording of it) as its only evidence."""

from __future__ import annotations

import json
from pathlib import Path

from resolver.engine import evaluate_market, group_objects, parts
from resolver.engine.text import article_sentences
from tests.conftest import news_article, news_market, ts

DATA = Path(__file__).parent / "data" / "realnews"
LOCKERBIE = ("batch-113.json", "b113-lockerbie-both-libyans-convicted-2001-multi-no")
HK47 = ("batch-23.json", "b23-all-hk47-defendants-convicted-2024-no")
# b113-lockerbie-both-libyans-convicted-2001-multi-no, verbatim (the page's own 'aquitted' and 'one the two')
VERBATIM = ("Today the three judges in the special Scottish Court in Camp Zeist in the Netherlands aquitted one the "
            "two Libyan defendants, Lameen Fhima, but Abdelbasset Megrahi was pronounced guilty by the 3 judges.")


def _case(batch: str, case_id: str) -> dict:
    return next(c for c in json.loads((DATA / batch).read_text(encoding="utf-8")) if c["id"] == case_id)


def _run(case: tuple[str, str], text: str, title: str = ""):
    """The case's market and as-of, with one article (the case's own last) holding only `text`."""
    c = _case(*case)
    m = c["market"]
    market = news_market(m["question"], m["deadline"], m.get("criteria", ""))
    ev = c["evidence"][-1]
    return evaluate_market(market, [news_article(ev["url"], ev["published"], title, text)], ts(c["as_of"]))


def _confirmed(v) -> bool:
    return any(c.rule == "confirmation" and c.weight > 0 for c in v.contributions)


def _short_of_all(v) -> bool:
    return any(c.rule == "opposite_outcome" and c.weight < 0 for c in v.contributions)


# --- one member's verdict does not confirm the group's -------------------------------------------------
def test_the_verbatim_lockerbie_sentence_does_not_confirm_and_reads_short_of_all():
    v = _run(LOCKERBIE, VERBATIM)
    assert not _confirmed(v)
    assert _short_of_all(v)
    assert v.verdict == "likely-no"


def test_one_acquitted_of_the_two_spelled_right_reads_short_of_all():
    v = _run(LOCKERBIE, "The Scottish judges at Camp Zeist acquitted one of the two Libyan defendants, Lameen Fhima, "
                        "but Abdelbasset Megrahi was found guilty of murder.")
    assert not _confirmed(v) and _short_of_all(v) and v.verdict == "likely-no"


def test_one_of_the_two_was_acquitted_reads_short_of_all():
    v = _run(LOCKERBIE, "One of the two Libyan defendants in the Lockerbie trial was acquitted, the other convicted of murder.")
    assert not _confirmed(v) and v.verdict == "likely-no"


def test_a_named_member_acquitted_reads_short_of_all():
    v = _run(LOCKERBIE, "In the Lockerbie trial Megrahi was convicted of murder, but Fhimah was acquitted.")
    assert not _confirmed(v) and _short_of_all(v) and v.verdict == "likely-no"


def test_only_one_of_the_two_convicted_reads_short_of_all():
    v = _run(LOCKERBIE, "Only one of the two Libyans tried for the Lockerbie bombing was convicted.")
    assert not _confirmed(v) and v.verdict == "likely-no"


def test_one_member_convicted_alone_does_not_confirm():
    v = _run(LOCKERBIE, "Abdelbasset Megrahi was pronounced guilty of the Lockerbie bombing by the 3 judges.")
    assert not _confirmed(v)
    assert v.verdict != "likely-yes"


# --- the act told of the whole group confirms ------------------------------------------------------------
def test_both_found_guilty_confirms():
    v = _run(LOCKERBIE, "Both Libyan defendants were found guilty of the Lockerbie bombing by the judges at Camp Zeist.")
    assert _confirmed(v) and v.verdict == "likely-yes"


def test_the_two_men_convicted_confirms():
    v = _run(LOCKERBIE, "The two Libyan men were convicted of the Lockerbie bombing by the court at Camp Zeist.")
    assert _confirmed(v) and v.verdict == "likely-yes"


def test_every_member_named_together_confirms():
    v = _run(LOCKERBIE, "Libyans Megrahi and Fhimah were found guilty of the Lockerbie bombing.")
    assert _confirmed(v) and v.verdict == "likely-yes"
    # one of them named, the same words: the guard holds it
    v = _run(LOCKERBIE, "Libyan Megrahi was found guilty of the Lockerbie bombing.")
    assert not _confirmed(v) and v.verdict != "likely-yes"


# --- not read: hedged, negated, another group's count ----------------------------------------------------
def test_both_expected_to_be_found_guilty_does_not_confirm():
    v = _run(LOCKERBIE, "Both Libyan defendants are expected to be found guilty of the Lockerbie bombing.")
    assert not _confirmed(v) and v.verdict != "likely-yes"


def test_the_existing_count_of_members_acquitted_still_reads():
    # b23-all-hk47-defendants-convicted-2024-no, verbatim
    v = _run(HK47, "Most of the group were found guilty of conspiring to attempt subversion, while two were acquitted.")
    assert _short_of_all(v) and v.verdict == "likely-no"


# --- the group read from the question ---------------------------------------------------------------
def test_groups_asked_and_not():
    crit = ("This market will resolve to \"Yes\" if, by February 28, 2001, the Scottish court sitting at Camp Zeist "
            "finds both Abdelbaset Al Megrahi and Al Amin Khalifa Fhimah guilty of murder over the Pan Am Flight 103 bombing.")
    g = group_objects.asked("Will both Libyan defendants be found guilty in the Lockerbie bombing trial at Camp Zeist?", crit)
    assert g is not None and g.n == "two" and g.noun == "defendant" and ("Abdelbaset", "Megrahi") in g.members
    assert group_objects.quantified("Will the three Pussy Riot members on trial in Moscow be sentenced to more than two years?")
    # occasions and names are no group
    assert not group_objects.quantified("Will the Federal Reserve leave its policy rate at 5.25%-5.50% at both its "
                                        "November and December 2023 meetings?")
    assert not group_objects.quantified("Will the ONS report 1 million or more unemployed 16 to 24-year-olds in the UK "
                                        "for the three months to November 2010?")
    assert not group_objects.quantified("Will the Five Star Movement receive the most votes of any single party?")
    assert not group_objects.quantified("Will Leverkusen win the title?")


def test_the_whole_count_named_is_not_a_part():
    # b72-esl-six-english-clubs-withdraw-apr2021-multi-yes: 'the six English clubs' is all six, not some
    text = "Andrea Agnelli said the league can no longer go ahead after the six English clubs withdrew."
    sent = article_sentences("", text)[-1]
    assert parts.partial_mention(sent, "club", whole="six") is None
    assert parts.partial_mention(sent, "club") is not None
    two = article_sentences("", "Two of the six English clubs withdrew.")[-1]
    assert parts.partial_mention(two, "club", whole="six") is not None


def test_one_of_the_two_found_guilty_does_not_confirm():
    v = _run(LOCKERBIE, "One of the two Libyans was found guilty of the Lockerbie bombing.")
    assert not _confirmed(v) and v.verdict != "likely-yes"


def test_a_plural_pronoun_at_the_act_covers_a_small_group_only():
    q = "Will both Libyan defendants be found guilty in the Lockerbie bombing trial at Camp Zeist?"
    group = group_objects.asked(q)
    for text, act, covered in (("They were both later found guilty of murder.", "found", True),
                               ("They were found guilty of murder.", "found", True),
                               ("The judges found them guilty of murder.", "found", True),
                               ("They found Megrahi guilty of murder.", "found", False),  # 'they' the judges
                               ("Megrahi was found guilty of murder.", "found", False)):
        sent = article_sentences("", text)[-1]
        i = next(k for k, t in enumerate(sent.tokens) if t.lower == act)
        assert group_objects.covered(group, sent, i) is covered, text
    # 'all 47 defendants': 'they' need not be all of them
    big = group_objects.asked("Will all 47 defendants in Hong Kong's '47 democrats' subversion case be convicted?")
    sent = article_sentences("", "They were found guilty of subversion.")[-1]
    assert not group_objects.covered(big, sent, 2)


def test_members_named_together_but_told_apart_do_not_cover():
    crit = "Resolves Yes if the court finds both Abdelbaset Al Megrahi and Al Amin Khalifa Fhimah guilty of murder."
    group = group_objects.asked("Will both Libyan defendants be found guilty?", crit)
    for text, covered in (("The court found Megrahi and Fhimah guilty of murder.", True),
                          ("Fhimah was cleared, while Megrahi was found guilty of murder.", False)):
        sent = article_sentences("", text)[-1]
        i = next(k for k, t in enumerate(sent.tokens) if t.lower == "found")
        assert group_objects.covered(group, sent, i) is covered, text


def test_a_single_defendants_market_has_no_group():
    assert group_objects.asked("Will Sean Combs be convicted of racketeering by July 31, 2025?") is None
    assert group_objects.members("Will Sean Combs be convicted of racketeering by July 31, 2025?") == ()


CZECH = ("batch-39.json", "b39-czech-lisbon-treaty-ratified-by-dec31-2008-no")


def test_one_chamber_does_not_confirm_both_and_the_body_does():
    # b39-czech-lisbon-treaty-ratified-by-dec31-2008-no: the market asks both chambers of the Czech Parliament
    v = _run(CZECH, "The lower house of the Czech parliament approved the Lisbon Treaty on Tuesday.")
    assert not _confirmed(v)
    v = _run(CZECH, "The Czech Senate approved the Lisbon Treaty on Wednesday.")
    assert not _confirmed(v)
    v = _run(CZECH, "The Czech Parliament approved the Lisbon Treaty on Wednesday.")
    assert _confirmed(v)
    v = _run(CZECH, "Both chambers of the Czech Parliament approved the Lisbon Treaty on Wednesday.")
    assert _confirmed(v)
