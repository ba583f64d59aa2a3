"""A regulator named as the doer of a passive rejection ('was rejected by the US Food and Drug
Administration (FDA)'): read like the active order ('The FDA rejected …'), so a rejection this
close to the deadline leaves no time for a new review (r16-tooearly, engine/passive_agents.py).
The sentence is verbatim from the development corpus; the near wordings must not decide: a
rejection by another body than the regulator, and a regulator's rejection with months left."""

from resolver.engine import passive_agents
from tests.conftest import decided, fired, run_case

Q = "Will the FDA approve ImmunityBio's Anktiva for bladder cancer by May 31, 2023?"
C = ("This market will resolve to \"Yes\" if the U.S. FDA approves ImmunityBio's Anktiva (N-803) by May 31, 2023. "
     "Otherwise, this market will resolve to \"No\".")
URL = "https://www.healtheconomics.com/industry-news/immunitybios-marketing-application-for-bladder-cancer-medication-shot-down-by-fda"
TITLE = "ImmunityBio\u2019s Marketing Application for Bladder Cancer Medication Shot Down by FDA"
# b28-anktiva-fda-approval-by-may31-2023-no
TEXT = ("ImmunityBio took a loss today after receiving news its marketing application for its bladder cancer drug "
        "Anktiva was rejected by the US Food and Drug Administration (FDA). The decision came primarily because of "
        "issues with manufacturing facilities. The agency also wants more safety data and information on the "
        "duration of treatment response.")


def _run(text, deadline="2023-05-31T23:59:59-04:00", question=Q):
    return run_case(question, deadline, C, [(URL, "2023-05-12T00:00:00-04:00", TITLE, text)],
                    "2023-05-13T00:00:00+00:00")


def test_passive_rejection_by_the_regulator_rules_out():
    v = _run(TEXT)
    assert decided(v) == "likely-no"
    assert any("regulator's review" in (c.temporal or "") for c in fired(v, "opposite_outcome"))


def test_rejection_by_another_body_stays_revisable():
    # near miss: the by-phrase names a body that is not the regulator
    text = ("ImmunityBio took a loss today after receiving news its marketing application for its bladder cancer drug "
            "Anktiva was rejected by the company's partner.")
    assert decided(_run(text)) != "likely-no"


def test_regulator_rejection_with_months_left_does_not_decide():
    # near miss: the same sentence, the deadline months away: a new filing may still be decided
    q = "Will the FDA approve ImmunityBio's Anktiva for bladder cancer by December 31, 2023?"
    assert decided(_run(TEXT, "2023-12-31T23:59:59-05:00", q)) != "likely-no"


def test_active_voice_has_no_agent_phrase():
    # the by-phrase reader answers only for a passive participle followed by 'by'
    assert passive_agents._BY.match(" by the US Food and Drug Administration (FDA)").group("agent").startswith("the US")
    assert passive_agents._BY.match(" the application on Friday") is None
    assert passive_agents._BY.match(" swiftly by the FDA, the company said").group("agent") == "the FDA"
