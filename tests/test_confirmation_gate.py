"""Precision first (issue 10): a confirmation needs an affirmed mention of the act, anchored
inside the window and not dated after its own article. Real published text (batches of
tests/data/realnews); each test names its source page."""

from resolver.engine import evaluate_market
from resolver.engine.mentions import nominal, read
from resolver.engine.text import make_sentence
from resolver.engine.types import Article, Market
from tests.conftest import ts


def _confirmations(v):
    return [c for c in v.contributions if (c.base_rule or c.rule) == "confirmation" and c.counted and c.weight > 0]


BROADCOM = Market(
    id="broadcom", question="Will Broadcom complete its acquisition of VMware by November 26, 2023?",
    deadline=ts("2023-11-26T23:59:59-05:00"),
    criteria="This market will resolve to \"Yes\" if Broadcom's acquisition of VMware closes on or before "
             "November 26, 2023, as confirmed by the companies or credible reporting.")
# https://newzz.in/business/broadcom-vmware-69bn-merger-to-close-after-china-approves-deal/2023/11/21/amp
INTEND = Article(
    url="https://newzz.in/business/broadcom-vmware-69bn-merger-to-close-after-china-approves-deal/2023/11/21/amp",
    title="Broadcom-VMware $69bn merger to close after China approves deal", published=ts("2023-11-21T00:00:00+05:30"),
    text="\u201cBroadcom and VMware today announced that they have received all required regulatory approvals and "
         "intend to close Broadcom\u2019s acquisition of VMware on November 22, 2023,\u201d they said in a joint "
         "statement shortly after Beijing\u2019s announcement.")


def test_an_intended_closing_is_not_a_closing():
    v = evaluate_market(BROADCOM, [INTEND], ts("2023-11-21T20:00:00+00:00"))
    assert v.verdict == "undetermined" and not _confirmations(v)
    # 'announced' governs the approvals, not the acquisition (analysis._governs): no reading of
    # the closing as done at all; any confirmation note left must weigh nothing
    notes = [c for c in v.contributions if c.rule == "confirmation"]
    assert all("not reported as done" in c.reason and c.weight == 0.0 for c in notes)
    assert any(c.rule == "plan_before_deadline" for c in v.contributions)


BOE = Market(
    id="boe-nov", question="Will the Bank of England cut Bank Rate at its November 6, 2025 meeting?",
    deadline=ts("2025-11-06T23:59:59+00:00"),
    criteria="This market will resolve to \"Yes\" if the Bank of England's Monetary Policy Committee announces a "
             "reduction of Bank Rate on November 6, 2025. Otherwise, this market will resolve to \"No\".")
# https://www.redmayne.co.uk/share-dealing/market-news?nID=35439108
EARLIER_CUTS = Article(
    url="https://www.redmayne.co.uk/share-dealing/market-news?nID=35439108",
    title="UK inflation unexpectedly holds at 3.8%", published=ts("2025-10-22T06:58:00+01:00"),
    text="The Monetary Policy Committee has cut rates three times this year, to 4%. But it has left rates on hold "
         "since August, in light of persistently sticky inflation.")


def test_cuts_earlier_in_the_year_do_not_confirm_a_cut_at_one_meeting():
    v = evaluate_market(BOE, [EARLIER_CUTS], ts("2025-10-23T00:00:00+00:00"))
    assert v.verdict == "undetermined" and not _confirmations(v)


NEPAL = Market(
    id="nepal", question="Will Nepal hold a general election for the House of Representatives by March 31, 2026?",
    deadline=ts("2026-03-31T23:59:59+05:45"),
    criteria="This market will resolve to \"Yes\" if voting in a general election for Nepal's House of "
             "Representatives takes place on or before March 31, 2026. Announcements or scheduling of an "
             "election do not count. Otherwise, this market will resolve to \"No\".")
# https://www.tvcnews.tv/nepal-sets-new-election-date-after-naming-interim-pm/
APPROVED = Article(
    url="https://www.tvcnews.tv/nepal-sets-new-election-date-after-naming-interim-pm/",
    title="Nepal sets new election date after naming interim PM", published=ts("2025-09-14T00:00:00+01:00"),
    text="Following the dissolution of the Nepalese Parliament, former Prime Minister K. P. Sharma Oli appointed "
         "former Chief Justice Sushila Karki as the interim Prime Minister, and subsequently approved fresh "
         "elections to take place on March 5.")


def test_an_election_approved_or_called_is_planned_not_held():
    sent = make_sentence(APPROVED.text, 0)
    k = next(i for i, t in enumerate(sent.tokens) if t.lower == "elections")
    m = next((m for m in read(sent) if m.index == k), None) or nominal(sent, k)
    assert (m.modality, m.cue, m.aspect) == ("planned", "approved", "future") and not m.affirmed
    v = evaluate_market(NEPAL, [APPROVED], ts("2025-09-15T00:00:00+00:00"))
    assert v.verdict == "undetermined" and not _confirmations(v)


def test_an_event_noun_takes_the_aspect_of_its_clause_finite_verb_not_a_participle():
    # https://trades.jamespan.tech/columns/barrons-rta/supreme-court-trump-tariffs-economy-3c33c98f
    sent = make_sentence("President Donald Trump\u2019s sweeping tariffs appear at least somewhat vulnerable to being "
                         "struck down, after some of the Supreme Court\u2019s conservative justices probed the Trump "
                         "administration\u2019s views of the powers underlying the levies in oral arguments "
                         "Wednesday.", 1)
    k = next(i for i, t in enumerate(sent.tokens) if t.lower == "arguments")
    m = next((m for m in read(sent) if m.index == k), None) or nominal(sent, k)
    assert m.aspect == "done" and m.affirmed


COMBS = Market(
    id="combs", question="Will Sean Combs be convicted of racketeering conspiracy in his 2025 federal trial?",
    deadline=ts("2025-07-31T23:59:59-04:00"),
    criteria="This market will resolve to \"Yes\" if a jury in the federal criminal trial of Sean \"Diddy\" Combs "
             "in the Southern District of New York returns a guilty verdict on the racketeering conspiracy count on "
             "or before July 31, 2025. Convictions on other counts do not count.")
# https://usatrustedlawyers.com/blog/not-guilty-of-racketeering-and-sex-trafficking/
PARTIAL_VERDICT = Article(
    url="https://usatrustedlawyers.com/blog/not-guilty-of-racketeering-and-sex-trafficking/",
    title="Not Guilty of Racketeering and Sex-Trafficking", published=ts("2025-07-02T00:00:00-04:00"),
    text="Sean \u201cDiddy\u201d Combs has been convicted of illegal prostitution, but the disgraced rap mogul "
         "defeated more serious sex-trafficking and racketeering charges that could have yielded a lengthier "
         "prison term.")

TRUMP = Market(
    id="trump-sentence", question="Will Donald Trump be sentenced to jail time or a fine in the New York hush money "
                                  "case by January 19, 2025?",
    deadline=ts("2025-01-19T23:59:59-05:00"),
    criteria="This market will resolve to \"Yes\" if Judge Juan Merchan imposes a sentence that includes any term of "
             "imprisonment or any fine on or before January 19, 2025.")
# https://turkiyetoday.com/world/trump-receives-unconditional-discharge-after-hush-money-cover-up-conviction-103861
DISCHARGE = Article(
    url="https://turkiyetoday.com/world/trump-receives-unconditional-discharge-after-hush-money-cover-up-conviction"
        "-103861",
    title="Trump receives unconditional discharge after hush money cover-up conviction",
    published=ts("2025-01-10T18:52:00+03:00"),
    text="A New York judge sentenced President-elect Donald Trump to an unconditional discharge Friday, following his "
         "conviction for covering up hush money payments to an adult film actress.")


def test_a_conviction_on_another_count_does_not_confirm_the_count_asked():
    from resolver.engine.spec import default_rule_set
    assert default_rule_set(COMBS).target.complement_terms == ["racketeer", "conspiracy"]
    v = evaluate_market(COMBS, [PARTIAL_VERDICT], ts("2025-07-05T00:00:00+00:00"))
    # not a confirmation; the racketeering charges 'defeated' are the verdict the other way (test_occasions.py)
    assert v.verdict == "likely-no" and not _confirmations(v)
    note = next(c for c in v.contributions if c.rule == "does_not_count")
    assert "racketeer" in note.reason and "illegal prostitution" in note.reason


def test_a_sentence_of_another_kind_does_not_confirm_jail_or_a_fine():
    from resolver.engine.spec import default_rule_set
    assert default_rule_set(TRUMP).target.complement_terms == ["jail", "fine"]
    v = evaluate_market(TRUMP, [DISCHARGE], ts("2025-01-11T00:00:00+00:00"))
    # not a confirmation; a discharge is the sentencing gone the other way (test_occasions.py)
    assert v.verdict == "likely-no" and not _confirmations(v)
