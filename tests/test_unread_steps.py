"""Unread evidence, precision first: a sentence that tells only a step before the act or an
obstacle to it (a regulator's approval or block, a plan, a shareholder vote held, a step toward
the takeover, an official maintaining a timeline) does not hold back a passed deadline; a sentence
that may tell the act itself, in words no rule reads, still does. Verbatim corpus sentences; each
test names its development case."""

from resolver.engine import evaluate_market
from resolver.engine.types import Article, Market
from tests.conftest import ts

SYNOPSYS_CLOSE = Market(
    id="synopsys-close", question="Will Synopsys complete its acquisition of Ansys by June 30, 2025?",
    deadline=ts("2025-06-30T23:59:59-04:00"),
    criteria="This market will resolve to \"Yes\" if Synopsys completes (closes) its acquisition of Ansys by June 30, "
             "2025, 11:59 PM ET. Regulatory approvals alone do not count; the transaction must close. Otherwise, this "
             "market will resolve to \"No\".")
SAMR_APPROVE = Market(
    id="samr-approve", question="Will China's SAMR approve Synopsys' acquisition of Ansys by July 31, 2025?",
    deadline=ts("2025-07-31T23:59:59+08:00"),
    criteria="This market will resolve to \"Yes\" if China's State Administration for Market Regulation (SAMR) "
             "approves, with or without conditions, Synopsys' acquisition of Ansys by July 31, 2025. Otherwise, this "
             "market will resolve to \"No\".")
OMNICOM_CLOSE = Market(
    id="omnicom-close", question="Will Omnicom complete its acquisition of Interpublic Group by June 30, 2025?",
    deadline=ts("2025-06-30T23:59:59-04:00"),
    criteria="This market will resolve to \"Yes\" if Omnicom Group completes (closes) its acquisition of The "
             "Interpublic Group of Companies (IPG) by June 30, 2025, 11:59 PM ET. Regulatory approvals alone do not "
             "count. Otherwise, this market will resolve to \"No\".")
ACTIVISION_CLOSE = Market(
    id="activision-close", question="Will Microsoft complete its acquisition of Activision Blizzard by June 30, 2023?",
    deadline=ts("2023-06-30T23:59:59-04:00"),
    criteria="This market will resolve to \"Yes\" if Microsoft's acquisition of Activision Blizzard closes on or before "
             "June 30, 2023, as confirmed by the companies or credible reporting. Otherwise, this market will resolve "
             "to \"No\".")
GAGANYAAN = Market(
    id="gaganyaan", question="Will ISRO launch the Gaganyaan G1 uncrewed mission by December 31, 2025?",
    deadline=ts("2025-12-31T23:59:59+05:30"),
    criteria="This market will resolve to \"Yes\" if ISRO launches the first uncrewed orbital test flight of the "
             "Gaganyaan programme (G1) by December 31, 2025, 11:59 PM IST. Otherwise, this market will resolve to "
             "\"No\".")
IRAN_TALKS = Market(
    id="iran-talks", question="Will the United States and Iran hold a second round of nuclear talks by April 30, 2025?",
    deadline=ts("2025-04-30T23:59:59+04:00"),
    criteria="This market will resolve to \"Yes\" if U.S. and Iranian delegations hold a second round of nuclear "
             "negotiations (direct or indirect), following the April 12, 2025 round in Muscat, by April 30, 2025. "
             "Otherwise, this market will resolve to \"No\".")

# b26-synopsys-ansys-deal-closes-by-jun30-2025-multi-no (dapp.expert, 2025-06-13)
PAUSED = Article(
    url="https://dapp.expert/news/en_delay-in-35-billion-semiconductor-merger-due-to-china-s-antitrust-regulation"
        "-1749805572-470276",
    title="", published=ts("2025-06-13T09:06:12+00:00"),
    text="China's State Administration for Market Regulation (SAMR) has paused its approval of the merger between "
         "Ansys, a developer of engineering simulation tools, and Synopsys, despite the deal already having been "
         "cleared in the US and Europe.")
# b26-synopsys-ansys-deal-closes-by-jun30-2025-multi-no (globaltimes.cn, 2025-07-14)
APPROVES = Article(url="https://www.globaltimes.cn/page/202507/1338323.shtml",
                   title="China approves Synopsys' acquisition of Ansys with conditions",
                   published=ts("2025-07-14T16:59:00+08:00"), text="")
# b32-omnicom-ipg-close-by-jun30-2025-multi-no (storyboard18.com, 2025-06-03)
SHAREHOLDERS = Article(
    url="https://www.storyboard18.com/agency-news/cci-approves-acquisition-of-ipg-by-omnicom-group-68609.htm",
    title="CCI approves acquisition of IPG by Omnicom Group", published=ts("2025-06-03T00:00:00+05:30"),
    text="The merger was approved by shareholders during a vote held in March, marking a significant step toward the "
         "finalization of the takeover.")
# b02-msft-activision-close-by-jun30-2023-no (newsbytesapp.com, 2023-04-26)
BLOCKED = Article(
    url="https://www.newsbytesapp.com/news/business/uk-blocks-microsoft's-acquisition-of-activision/story",
    title="", published=ts("2023-04-26T00:00:00+05:30"),
    text="The CMA prevented the deal over concerns that it would alter the cloud gaming market, it said in a press "
         "release.")
# b02-msft-activision-close-by-jun30-2023-no (slashgear.com, 2023-10-13): the act told in other words
CULMINATING = Article(
    url="https://www.slashgear.com/1419700/uk-microsoft-activision-approval-merger/",
    title="", published=ts("2023-10-13T00:00:00-04:00"),
    text="Microsoft's longstanding bid to acquire Activision Blizzard King is finally culminating.")
# b12-gaganyaan-g1-launch-by-dec31-2025-no (indiatoday.in, 2025-11-04)
PLANNED = Article(
    url="https://www.indiatoday.in/science/gaganyaan-mission/story/is-isros-gaganyaan-mission-launch-delayed-heres-"
        "the-latest-update-2813296-2025-11-04",
    title="", published=ts("2025-11-04T00:00:00+05:30"),
    text="These officials maintained that the timeline for the G1 mission \"at the moment still remains December "
         "2025.\" We have planned three uncrewed mission.")
# b29-us-iran-second-round-by-apr30-2025-multi-undet (en.mehrnews.com, 2025-04-12): the act told with 'held'
TALKS_HELD = Article(url="https://en.mehrnews.com/news/230474/Omani-FM-says-Iran-US-talks-held-in-a-friendly-atmosphere",
                     title="Omani FM says Iran-US talks held in a friendly atmosphere",
                     published=ts("2025-04-12T00:00:00+03:30"), text="")


def _unread(v) -> list[str]:
    return [c.sentence or "" for c in v.contributions if c.rule == "unread_evidence"]


def test_a_regulator_pausing_or_approving_the_deal_is_not_the_close():
    v = evaluate_market(SYNOPSYS_CLOSE, [PAUSED, APPROVES], ts("2025-07-15T00:00:00+00:00"))
    assert (v.verdict, v.status) == ("likely-no", "deadline-passed") and not _unread(v)


def test_a_regulator_preventing_the_deal_is_not_the_close():
    v = evaluate_market(ACTIVISION_CLOSE, [BLOCKED], ts("2023-07-05T00:00:00+00:00"))
    assert (v.verdict, v.status) == ("likely-no", "deadline-passed") and not _unread(v)


def test_clearing_still_blocks_a_market_whose_act_is_the_approval():
    """Must not fire: for 'Will SAMR approve …', 'cleared' is of the act's own frame."""
    v = evaluate_market(SAMR_APPROVE, [PAUSED], ts("2025-08-05T00:00:00+00:00"))
    assert v.verdict != "likely-no"


def test_a_vote_held_and_a_step_toward_the_takeover_are_not_the_close():
    v = evaluate_market(OMNICOM_CLOSE, [SHAREHOLDERS], ts("2025-07-05T00:00:00+00:00"))
    assert (v.verdict, v.status) == ("likely-no", "deadline-passed") and not _unread(v)


def test_talks_held_still_block_a_market_on_holding_the_talks():
    """Must not fire: 'talks held' names the market's own object, so 'held' may report the act."""
    v = evaluate_market(IRAN_TALKS, [TALKS_HELD], ts("2025-05-05T00:00:00+00:00"))
    assert v.verdict != "likely-no"


def test_a_plan_and_a_maintained_timeline_are_not_the_launch():
    v = evaluate_market(GAGANYAAN, [PLANNED], ts("2026-01-20T12:00:00+00:00"))
    assert (v.verdict, v.status) == ("likely-no", "deadline-passed") and not _unread(v)


def test_the_bid_culminating_still_blocks_the_passed_deadline():
    """Must not fire: 'is finally culminating' tells the close in words no rule reads."""
    v = evaluate_market(ACTIVISION_CLOSE, [BLOCKED, CULMINATING], ts("2023-10-14T00:00:00+00:00"))
    assert (v.verdict, v.status) == ("undetermined", "unread-evidence")
    assert any("culminating" in s for s in _unread(v))
