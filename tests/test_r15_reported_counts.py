"""A count of reports told by the things reported, and a tallying verb that states the count
(r15-b34): a market counting 'reports of issues' reads '11,145 Cloudflare issues' as its count
(unit_names.reported_things), and 'logged 11,145 …' states the tally as a level, so the bar decides
(threshold_figures._LEVEL). Sentences verbatim from the development corpus; each names its case."""

from resolver.engine import unit_names
from tests.conftest import fired, run_case

# b34-cloudflare-downdetector-10k-reports-nov18-2025-yes
QUESTION = ("Will Downdetector log more than 10,000 reports of Cloudflare problems at the peak of the November 18, "
            "2025 outage?")
DEADLINE = "2025-11-18T23:59:59+00:00"
CRITERIA = ('This market will resolve to "Yes" if, at any point on November 18, 2025 (UTC), Downdetector shows more '
            'than 10,000 user reports of issues with Cloudflare, as reported by credible media or Downdetector itself. '
            'Otherwise, this market will resolve to "No".')
AS_OF = "2025-11-19T12:00:00+00:00"
URL = "https://isyourwebsitedownrightnow.com/blog/cloudflare-global-outage-november-18-2025"
TITLE = "Cloudflare Global Outage November 18, 2025: What Happened, Timeline & What You Should Do Next"


def _run(text: str):
    return run_case(QUESTION, DEADLINE, CRITERIA, [(URL, "2025-11-18T00:00:00-05:00", TITLE, text)], AS_OF)


def test_logged_count_of_the_things_reported_crosses_the_bar():
    v = _run("12:19 UTC (7:19 AM ET) - Peak Crisis\n\nDowndetector logged 11,145 Cloudflare issues at 14:19 GMT. "
             "This represented the height of the outage impact.")
    assert v.verdict == "likely-yes"
    assert fired(v, "threshold_crossed")


def test_a_count_below_the_bar_does_not_cross_it():
    v = _run("Downdetector logged 9,145 Cloudflare issues at 14:19 GMT.")
    assert not fired(v, "threshold_crossed")


def test_another_noun_is_not_the_count():
    # a number of sites, not of reports or issues
    v = _run("Downdetector logged 11,145 websites affected at 14:19 GMT.")
    assert not fired(v, "threshold_crossed")


def test_reported_things_reads_the_criteria_and_question():
    assert unit_names.reported_things((QUESTION, CRITERIA), "reports") == frozenset({"problems", "issues"})
    # a unit of two words, or a singular one, names nothing reported
    assert unit_names.reported_things(("more than 2 million cases of dengue",), "dengue cases") == frozenset()
    assert unit_names.reported_things(("reports of Cloudflare problems",), "report") == frozenset()
