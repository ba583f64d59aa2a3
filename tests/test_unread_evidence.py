"""Precision first: a passed deadline decides likely-no only when no attached article holds an
unread mention of the act or its object; otherwise the market is undetermined with status
'unread-evidence' and the sentences to read are listed. Real published text; each test names
its source page."""

from resolver.engine import evaluate_market
from resolver.engine.types import Article, Market
from resolver.render import reasoning_text
from tests.conftest import ts

BOOSTER = Market(
    id="booster", question="Will SpaceX catch the Super Heavy booster with the launch tower by November 20, 2024?",
    deadline=ts("2024-11-20T23:59:00-06:00"),
    criteria="Resolves YES if the booster is caught by the tower's arms by the deadline.")
# https://alayaran.com/spacex-starship-rocket-booster-splashes-down-in-gulf-of-mexico-despite-failed-capture-attempt
SPLASHDOWN = Article(
    url="https://alayaran.com/spacex-starship-rocket-booster-splashes-down-in-gulf-of-mexico-despite-failed-capture-attempt",
    title="SPACEX STARSHIP ROCKET BOoster Splashes Down in Gulf of Mexico Despite Failed Capture Attempt",
    published=ts("2024-11-19T18:00:00-06:00"),
    text="Houston, TX - In a disappointing turn of events for Elon Musk's ambitious space program, the booster of a "
         "recent SpaceX Starship rocket launch splashed down in the Gulf of Mexico on Tuesday rather than being "
         "retrieved with its massive mechanical arms.")

HOSTAGES = Market(
    id="hostages", question="Will Hamas release all hostages by September 10, 2025?",
    deadline=ts("2025-09-10T23:59:00-04:00"),
    criteria="Resolves YES if Hamas releases all remaining hostages held in Gaza by the deadline.")
# https://www.livemint.com/news/us-news/donald-trump-demands-hamas-release-all-hostages-says-things-will-change-rapidly-if-they-comply-11756914444348.html
DEMAND = Article(
    url="https://www.livemint.com/news/us-news/donald-trump-demands-hamas-release-all-hostages-says-things-will-"
        "change-rapidly-if-they-comply-11756914444348.html",
    title="Donald Trump demands Hamas release all hostages, says 'things will change rapidly' if they comply",
    published=ts("2025-09-03T21:27:00+05:30"),
    text="US President Donald Trump on Wednesday (September 3) demanded that Hamas release all hostages, warning that "
         "doing so would bring the conflict to a swift close.\n\nThe comment comes as hostage negotiations remain "
         "stalled, with mediators from Egypt, Qatar, and the United States earlier working to secure the release of "
         "captives held in Gaza.")


def test_an_unread_report_of_the_object_holds_the_deadline_back():
    v = evaluate_market(BOOSTER, [SPLASHDOWN], ts("2024-11-22T12:00:00-06:00"))
    assert (v.verdict, v.status) == ("undetermined", "unread-evidence")
    passed = next(c for c in v.contributions if c.rule == "deadline_passed")
    assert not passed.counted and "no rule read" in passed.reason
    unread = [c for c in v.contributions if c.rule == "unread_evidence"]
    assert unread and unread[0].sentence.startswith("Houston, TX") and unread[0].article_url == SPLASHDOWN.url
    assert "unread-evidence" in v.summary and "read the listed sentences" in v.summary
    text = reasoning_text(v)
    assert "unread_evidence" in text and "splashed down in the Gulf" in text
    assert v.confidence == 0.0 and v.known_at is None


def test_before_the_deadline_unread_evidence_changes_nothing():
    v = evaluate_market(BOOSTER, [SPLASHDOWN], ts("2024-11-20T08:00:00-06:00"))
    assert v.status != "unread-evidence" and not any(c.rule == "unread_evidence" for c in v.contributions)


def test_a_demand_is_read_as_not_done_so_the_deadline_decides():
    before = evaluate_market(HOSTAGES, [DEMAND], ts("2025-09-04T12:00:00-04:00"))
    assert before.verdict == "undetermined"
    note = next(c for c in before.contributions if c.rule == "confirmation")
    assert note.direction == "none" and "demanded" in note.reason
    after = evaluate_market(HOSTAGES, [DEMAND], ts("2025-09-12T12:00:00-04:00"))
    assert (after.verdict, after.status) == ("likely-no", "deadline-passed")
    assert not any(c.rule == "unread_evidence" for c in after.contributions)


def test_unread_evidence_is_listed_at_most_five_times_with_a_count():
    sentences = " ".join(f"The booster splashed down in test {k} on Tuesday." for k in range(8))
    article = SPLASHDOWN.model_copy(update={"text": sentences, "title": ""})
    v = evaluate_market(BOOSTER, [article], ts("2024-11-22T12:00:00-06:00"))
    listed = [c for c in v.contributions if c.rule == "unread_evidence"]
    assert len(listed) == 6 and listed[-1].reason == "and 3 more sentence(s) of the same kind"


def test_an_analyst_teaches_the_market_a_word_and_the_sentence_is_read():
    """The rule set's `frames` entry extends the frame lexicon for one market: with 'retrieve'
    as a way of saying 'catch', 'rather than being retrieved' reads as not done, nothing is left
    unread, and the passed deadline decides."""
    from resolver.engine import default_rule_set, spec

    base = default_rule_set(BOOSTER)
    taught = base.model_copy(update={"rules": [r for r in base.rules if r.type != "frames"]
                                     + [spec.Frames(verbs=["retrieve"])]})
    v = evaluate_market(BOOSTER, [SPLASHDOWN], ts("2024-11-22T12:00:00-06:00"), rule_set=taught)
    assert (v.verdict, v.status) == ("likely-no", "deadline-passed")
    assert any(c.rule == "not_yet" and "rather than" in c.reason for c in v.contributions)
    spec.RuleSet.model_validate(taught.model_dump(mode="json"))  # a stored set round-trips
