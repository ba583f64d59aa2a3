"""Event markets whose act was postponed in one sentence with no date, and given its new date after
the deadline in another sentence of the same article — read on the corpus sentences verbatim
(each test names its case): 'Samsung has delayed the launch of the Galaxy S25 Edge. The report …
claims that the company plans to unveil the device at an event in May or June.' The push-back alone
is a setback (the act may still come in time); linked to the other sentence's plan for the same act
it moves the act past the deadline (new_dates.py). Guards: the other sentence hedged by a modal, a
new date inside the window, another party's act, and a former plan read nothing."""

from resolver.engine import evaluate_market
from resolver.engine.rules.called_off import OPEN_DELAY_NOTE
from tests.conftest import news_article as article, news_market as market, ts


def _ruled_out(v):
    return [c for c in v.contributions if (c.base_rule or c.rule) == "ruled_out" and c.weight]


# b36-galaxy-s25-edge-unveil-by-apr30-2025-multi-no
S25_Q = "Will Samsung officially unveil the Galaxy S25 Edge by April 30, 2025?"
S25_C = ("This market will resolve to \"Yes\" if Samsung officially unveils (announces full specifications and pricing "
         "of) the Galaxy S25 Edge, at an event or online, by April 30, 2025, 11:59 PM Korea time. Teasers or leaks do "
         "not count. Otherwise, this market will resolve to \"No\".")
S25_DELAY = "As per a report by ET News, Samsung has delayed the launch of the Galaxy S25 Edge."
S25_NEW = "The report, citing industry sources, claims that the company plans to unveil the device at an event in May or June."
S25_REST = ("It was initially tipped to be released on April 16. Samsung reportedly informed three South Korean mobile "
            "carriers about the change in the launch schedule.")


def _s25(new=S25_NEW, q=S25_Q, deadline="2025-04-30T23:59:59+09:00", criteria=S25_C, rest=S25_REST):
    m = market(q, deadline, criteria)
    a = article("https://www.gadgets360.com/mobiles/news/samsung-galaxy-s25-edge-launch-delay-specifications-report-8075109",
                "2025-04-03T00:00:00+05:30", "Samsung Galaxy S25 Edge launch delay specifications report",
                " ".join(x for x in (S25_DELAY, new, rest) if x))
    return evaluate_market(m, [a], ts("2025-04-04T00:00:00+00:00"))


def test_a_delay_with_its_new_date_in_another_sentence_rules_the_act_out():
    v = _s25()
    assert v.verdict == "likely-no"
    linked = [c for c in _ruled_out(v) if "the new date told in sentence" in (c.temporal or "")]
    assert linked and "after the deadline" in linked[0].temporal


def test_the_delay_alone_stays_a_setback():
    # must not fire: no other sentence dates the act
    v = _s25(new="", rest="")
    assert v.verdict == "undetermined"
    assert all(OPEN_DELAY_NOTE in (c.temporal or "") for c in _ruled_out(v))


def test_a_new_date_hedged_by_a_modal_is_not_linked():
    # must not fire: 'could unveil … in May or June' is a possibility, not the new date
    v = _s25(new=S25_NEW.replace("plans to unveil", "could unveil"))
    assert not any("the new date told" in (c.temporal or "") for c in _ruled_out(v))


def test_a_new_date_inside_the_window_is_not_linked():
    # must not fire: May is inside a window that closes on June 30
    v = _s25(q=S25_Q.replace("April 30", "June 30"), deadline="2025-06-30T23:59:59+09:00",
             criteria=S25_C.replace("April 30", "June 30"))
    assert v.verdict == "undetermined"
    assert not any("the new date told" in (c.temporal or "") for c in _ruled_out(v))


def test_another_partys_plan_is_not_the_new_date():
    # must not fire: Apple's plan dates Apple's act, not the Galaxy's
    v = _s25(new="The report, citing industry sources, claims that Apple plans to unveil its own device at an event in May or June.")
    assert not any("the new date told" in (c.temporal or "") for c in _ruled_out(v))


def test_a_former_plan_is_not_the_new_date():
    # must not fire: the plan given up is not where the act went
    v = _s25(new="The company had originally planned to unveil the device at an event in May or June.")
    assert not any("the new date told" in (c.temporal or "") for c in _ruled_out(v))


def test_a_new_date_elsewhere_inside_the_window_keeps_the_act_open():
    # must not fire: one sentence dates the act after the deadline, another inside the window
    v = _s25(rest="It is now set to be unveiled on April 25, according to the company.")
    assert not any("the new date told" in (c.temporal or "") for c in _ruled_out(v))


# b02-switch2-us-preorders-by-apr30-yes
def test_the_actors_other_act_kept_on_its_date_is_not_the_new_date():
    # must not fire: the console's launch date is not the pre-orders' new date
    m = market("Will Nintendo Switch 2 pre-orders open in the US by April 30, 2025?", "2025-04-30T23:59:59-04:00",
               "This market will resolve to \"Yes\" if pre-orders for the Nintendo Switch 2 open to customers in the "
               "United States (through Nintendo or major retailers) on or before April 30, 2025. Otherwise, this market "
               "will resolve to \"No\".")
    a = article("https://www.pocket-lint.com/switch-2-preorder-delay/", "2025-04-04T00:00:00-04:00",
                "Nintendo delays Switch 2 pre-orders in the US",
                "Summary Nintendo delays US pre-orders for the Switch 2 due to the Trump Administration's recently "
                "announced tariffs and \"evolving market conditions.\"\n\nThe Switch 2's release date remains unchanged, "
                "still set to launch globally on June 5, 2025.\n\nNintendo says it will announce a new pre-order window "
                "in the US at a later date.")
    v = evaluate_market(m, [a], ts("2025-04-05T00:00:00+00:00"))
    assert v.verdict != "likely-no"
    assert not any("the new date told" in (c.temporal or "") for c in _ruled_out(v))
