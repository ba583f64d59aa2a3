"""Package ra (precision): what an act verb does, and to what. On sentences published verbatim
(each names its source page; cases of tests/data/realnews batch-25, batch-02): a side's claimed
victory in a vote is a claim, not a rival's result; when the market's act itself voids its
object, a report that the object was cancelled is the act done, and a court's ruling to annul
annuls; an act verb whose own object is a move about the matter (an attempt, a petition) is not
the act on the market's object, while a verb deciding a request (approve) does its act by
granting the application; a court as subject is not the legislature the market names; a
capitalised 'May' is the month, not a modal."""

from resolver.engine import evaluate_market
from tests.conftest import news_article as article, news_market as market, ts


def _rules(v, rule):
    return [c for c in v.contributions if c.rule == rule]


ROMANIA = market("Will Romania's Constitutional Court annul the 2024 presidential election before the December 8 run-off?",
    '2024-12-07T23:59:59+02:00',
    'This market will resolve to "Yes" if Romania\'s Constitutional Court (CCR) issues a ruling annulling or cancelling the 2024 presidential election, in whole or in part, by December 7, 2024, 11:59 PM EET. Otherwise, this market will resolve to "No".')
# https://news.az/news/romania-s-constitutional-court-cancels-presidential-election-process
CCR = article('https://news.az/news/romania-s-constitutional-court-cancels-presidential-election-process', '2024-12-06T00:00:00+04:00',
    "Romania's Constitutional Court cancels presidential election process",
    'The Constitutional Court of Romania ruled on Friday to annul the entire electoral process of the presidential elections, News.az reports citing foreign media .')


def test_a_court_cancelling_the_election_it_may_annul_is_the_act_done_not_called_off():
    v = evaluate_market(ROMANIA, [CCR], ts("2024-12-07T12:00:00+00:00"))
    assert not _rules(v, "ruled_out")
    assert v.verdict == "likely-yes"


def test_a_ruling_to_annul_annuls():
    v = evaluate_market(ROMANIA, [CCR], ts("2024-12-07T12:00:00+00:00"))
    assert any(c.rule == "confirmation" and c.weight > 0 and "ruled on Friday to annul" in (c.sentence or "")
               for c in v.contributions)


DEBY = market("Will Mahamat Idriss Déby win Chad's 2024 presidential election?",
    '2024-06-30T23:59:59+01:00',
    'This market will resolve to "Yes" if Mahamat Idriss Déby is declared the winner of Chad\'s May 6, 2024 presidential election by the national election agency (ANGE) or the Constitutional Council by June 30, 2024. Otherwise, this market will resolve to "No".')
# https://www.modernghana.com/news/1311292/chad-pm-claims-first-round-win-in-presidential.html
MASRA_CLAIM = article('https://www.modernghana.com/news/1311292/chad-pm-claims-first-round-win-in-presidential.html', '2024-05-09T00:00:00+00:00',
    'Chad PM claims first-round win in presidential election',
    'Chad\'s Prime Minister Succes Masra on Thursday claimed a "resounding" first-round victory over junta chief Mahamat Idriss Deby Itno in this week\'s presidential election, shortly before official results were due to be released.')


def test_a_rivals_claimed_victory_in_a_vote_is_no_rival_result():
    v = evaluate_market(DEBY, [MASRA_CLAIM], ts("2024-05-09T14:00:00+00:00"))
    assert not _rules(v, "rival_outcome")
    assert v.verdict == "undetermined"


MASRA = market("Will Succès Masra win Chad's 2024 presidential election?",
    '2024-06-30T23:59:59+01:00',
    'This market will resolve to "Yes" if Succès Masra is declared the winner of Chad\'s May 6, 2024 presidential election by the national election agency (ANGE) or the Constitutional Council by June 30, 2024. Self-declared victories do not count. Otherwise, this market will resolve to "No".')
# https://allafrica.com/stories/202405100138.html
DECLARED = article('https://allafrica.com/stories/202405100138.html', '2024-05-10T00:00:00+01:00',
    "Chad's interim President Mahamat Idriss Déby has been declared the official winner of the 6 May presidential elections",
    "Chad's interim President Mahamat Idriss Déby has been declared the official winner of the 6 May presidential elections with over 61 percent of the vote, according to provisional results released Thursday, extending his family's decades-long grip on power.")


def test_the_month_may_is_no_modal_and_the_declared_winner_is_a_rival_result():
    v = evaluate_market(MASRA, [DECLARED], ts("2024-05-10T12:00:00+00:00"))
    assert any(c.rule == "rival_outcome" and c.weight < 0 for c in v.contributions)
    assert v.verdict == "likely-no"


KENYA = market("Will Kenya's Senate vote to remove Deputy President Rigathi Gachagua by October 18, 2024?",
    '2024-10-18T23:59:59+03:00',
    'This market will resolve to "Yes" if Kenya\'s Senate votes by at least two-thirds to uphold at least one impeachment charge against Deputy President Rigathi Gachagua by October 18, 2024, 11:59 PM EAT. Later court suspensions of the vote\'s effect do not change the resolution. Otherwise, this market will resolve to "No".')
# https://allafrica.com/stories/202410160236.html
COURT = article('https://allafrica.com/stories/202410160236.html', '2024-10-16T00:00:00+03:00',
    "A Kenyan court on Tuesday dismissed a last-minute attempt to halt the Senate's debate and vote on the impeachment of Deputy President Rigathi Gachagua",
    "A Kenyan court on Tuesday dismissed a last-minute attempt to halt the Senate's debate and vote on the impeachment of Deputy President Rigathi Gachagua.")


def test_an_act_verb_whose_object_is_an_attempt_is_not_the_act_on_the_market_object():
    v = evaluate_market(KENYA, [COURT], ts("2024-10-16T12:00:00+00:00"))
    assert v.verdict == "undetermined"
    assert len([c for c in v.contributions if "reported of Kenyan court" in c.reason]) == 2  # headline and sentence
    assert not any(c.rule == "confirmation" and c.weight > 0 for c in v.contributions)


def test_the_verbs_own_object_is_an_attempt():
    from resolver.engine import spec, themes
    from resolver.engine.analysis import analyse
    from resolver.engine.evaluate import market_context
    ctx = market_context(KENYA, spec.default_rule_set(KENYA))
    found = [themes.move_theme(ctx, f, i) for f in analyse(ctx, COURT) for i in f.act_idx]
    assert found == ["attempt", "attempt"]  # headline and sentence


SEC = market('Will the SEC approve spot bitcoin ETFs by January 12, 2024?',
    '2024-01-12T23:59:59-05:00',
    'This market will resolve to "Yes" if the U.S. Securities and Exchange Commission approves the listing and trading of at least one spot bitcoin exchange-traded product on or before January 12, 2024 (ET). Unauthorized or false announcements do not count. Otherwise, this market will resolve to "No".')
# https://www.thedailybeast.com/bitcoin-etfs-get-secs-blessing-in-milestone-for-crypto-accessibility
APPLICATIONS = article('https://www.thedailybeast.com/bitcoin-etfs-get-secs-blessing-in-milestone-for-crypto-accessibility', '2024-01-10T00:00:00-05:00',
    'Bitcoin ETFs Get SEC’s Blessing in Milestone for Crypto Accessibility',
    'The U.S. Securities and Exchange Commission cleared the way for the first Bitcoin ETFs to be brought to market in a widely anticipated move on Wednesday that advocates hope will get more Americans to invest in the cryptocurrency. The federal regulator announced it had approved the applications of 11 major financial firms to offer ETFs, or exchange-traded funds, that hold Bitcoin to the public. Trading on the products could begin as soon as Thursday. The announcement followed a brief uproar in the market on Tuesday caused by a tweet from the official SEC account that the funds had been approved.')


def test_approving_an_application_is_the_approval():
    v = evaluate_market(SEC, [APPLICATIONS], ts("2024-01-11T06:00:00+00:00"))
    assert not [c for c in v.contributions if "a move about the matter" in c.reason]


# https://www.devdiscourse.com/article/sports-games/3627766-historic-halt-vingegaard-claims-vuelta-amid-protests
VUELTA = "Jonas Vingegaard of Denmark claimed victory in the Vuelta a Espana, despite the final stage being abandoned due to pro-Palestinian protests in Madrid."
# https://kahawatungu.com/jake-paul-defeats-mike-tyson-in-historic-eight-round-match/
BOUT = ("Jake Paul claimed a unanimous decision victory over boxing legend Mike Tyson in an eight-round heavyweight "
        "showdown at AT&T Stadium in Arlington, Texas, on Friday night.")
# https://www.aljazeera.com/news/2024/10/26/rival-sides-claim-victory-in-georgias-key-elections
GEORGIA = ("Georgia’s governing party and the opposition groups have claimed victory in the key parliamentary elections, "
           "each pointing to different exit poll numbers, while all eyes remain on the results that will determine the "
           "future path of the former Soviet republic.")


def _claimed(text):
    from resolver.engine import claimed_wins
    from resolver.engine.text import article_sentences
    sent = article_sentences("", text)[-1]
    at = next(k for k, t in enumerate(sent.tokens) if t.lower.startswith("claim"))
    return claimed_wins.claimed_win(sent, at)


def test_a_claimed_victory_is_a_claim_in_a_vote_and_the_win_on_a_field_of_play():
    assert _claimed(GEORGIA)
    assert _claimed(MASRA_CLAIM.text.split("\n")[0])
    assert _claimed(VUELTA) is None and _claimed(BOUT) is None
