"""Event mentions read from real published sentences (each test names its source page): the
predicate, its frame, polarity, modality and aspect, participants and quantities."""

from resolver.engine.mentions import read
from resolver.engine.text import make_sentence


def mentions_of(text: str, headline: bool = False):
    return {m.form.lower(): m for m in read(make_sentence(text, 0, headline=headline))}


def test_a_cut_reported_as_done_with_its_theme_and_quantity():
    # https://www.coatesandpartners.co.uk/news/business-news/archive/article/2025/August/bank-of-england-cuts-interest-rates-to-4
    m = mentions_of("The Bank of England has cut interest rates to 4%,  taking the cost of borrowing to the lowest "
                    "level for more than two years.")["cut"]
    assert (m.predicate, m.kind, m.polarity, m.modality, m.aspect) == ("cut", "verb", "positive", "asserted", "done")
    assert "cut" in m.frames and m.affirmed
    assert "interest rates" in m.theme and "4%" in m.quantities
    assert "Bank of England" in m.agent


def test_headline_present_tense_is_done_and_nouns_are_not_verbs():
    # same page, its title
    ms = mentions_of("Bank of England cuts interest rates to 4%", headline=True)
    assert ms["cuts"].aspect == "done" and ms["cuts"].affirmed
    assert "interest" not in ms and "rates" not in ms


def test_a_demand_is_not_the_act():
    # https://www.livemint.com/news/us-news/donald-trump-demands-hamas-release-all-hostages-says-things-will-change-rapidly-if-they-comply-11756914444348.html
    ms = mentions_of("US President Donald Trump on Wednesday (September 3) demanded that Hamas release all hostages, "
                     "warning that doing so would bring the conflict to a swift close.")
    release = ms["release"]
    assert release.modality == "demanded" and release.cue == "demanded" and not release.affirmed
    assert "release" in release.frames
    assert ms["bring"].modality == "hypothetical"


def test_working_to_secure_a_release_is_not_a_release():
    # same page
    ms = mentions_of("The comment comes as hostage negotiations remain stalled, with mediators from Egypt, Qatar, "
                     "and the United States earlier working to secure the release of captives held in Gaza.")
    assert not ms["release"].affirmed and ms["release"].aspect == "future"


def test_a_vote_in_favour_of_the_cut_reports_the_cut_as_done():
    # https://www.thefinancialdistrict.com.ph/post/boe-cuts-main-interest-rate-to-4-lowest-level-since-march-2023
    ms = mentions_of("The committee voted 5–4 in favor of the cut.")
    assert ms["cut"].kind == "nominal" and ms["cut"].affirmed
    assert ms["voted"].quantities


def test_agreed_to_a_halt_is_a_done_decision_for_a_policy_frame():
    # https://www.staradvertiser.com/2025/03/18/breaking-news/trump-putin-agree-to-30-day-halt-on-ukraine-energy-facility-strikes/
    ms = mentions_of("Trump, Putin agree to 30-day halt on Ukraine energy facility strikes", headline=True)
    assert "pause" in ms["halt"].frames and ms["halt"].affirmed


def test_modality_and_time_of_plans_and_expectations():
    # https://www.coatesandpartners.co.uk/… (same page as above): a plan to vote is not a vote
    ms = mentions_of("As a result, the committee was forced to hold a second vote to reach a majority, which "
                     "resulted in the decision to cut rates to 4%.")
    assert ms["resulted"].affirmed
    # https://oojoole.com/bank-of-england-lowers-interest-rates-to-4
    ms = mentions_of("Economists expect the central bank to continue lowering interest rates this year, though the "
                     "timing and pace of future cuts is not clear.")
    assert not ms["lowering"].affirmed
    ms = mentions_of("The Bank of England is next scheduled to decide on interest rates Sept. 18 of this year.")
    assert ms["decide"].aspect == "future" and not ms["decide"].affirmed


# https://www.newser.com/story/358971/boeing-strike-ending-after-7-weeks.html (AP)
BOEING_VOTE = ("Unionized machinists at Boeing voted Monday to accept a contract offer and end their strike after more "
               "than seven weeks, clearing the way for the aerospace giant to resume production of its bestselling "
               "airliner and generate much-needed cash, the AP reports.")


def test_a_vote_to_end_a_strike_is_the_strike_ending():
    from resolver.engine.mentions import nominal
    sent = make_sentence(BOEING_VOTE, 0)
    ms = {m.form.lower(): m for m in read(sent)}
    assert ms["accept"].aspect == "done" and ms["accept"].affirmed
    end = next(k for k, t in enumerate(sent.tokens) if t.lower == "end")
    assert nominal(sent, end).aspect == "done" and nominal(sent, end).affirmed
    # what the vote clears the way for is still ahead
    assert ms["resume"].aspect == "future" and not ms["resume"].affirmed


def test_a_vote_confirms_a_strike_ending_market():
    from resolver.engine import evaluate_market
    from resolver.engine.types import Article
    from tests.conftest import news_market, ts
    m = news_market("Will the Boeing machinists' strike end by November 8, 2024?", "2024-11-08T23:59:59-08:00")
    a = Article(url="https://www.newser.com/story/358971/boeing-strike-ending-after-7-weeks.html",
                title="Boeing Strike Ending After 7 Weeks", published=ts("2024-11-05T00:00:00-05:00"), text=BOEING_VOTE)
    v = evaluate_market(m, [a], ts("2024-11-09T00:00:00+00:00"))
    assert v.verdict == "likely-yes"
    assert any(c.rule == "confirmation" and c.counted and "'end'" in c.reason for c in v.contributions)
