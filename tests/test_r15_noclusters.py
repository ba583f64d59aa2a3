"""No verdicts the engine left open on undetermined-yet development cases (fifteenth round,
r15-noclusters), fixed by class of language rather than case by case:

- the process that would bring the act told ended, the process as the subject ('Wilko rescue deal
  collapses', 'talks with holdout creditors broke down', 'last minute negotiations … failed'): the act
  is off for the window (engine/ended_processes.py, read by rules/ruled_out.py); a round of talks
  that 'failed to achieve a breakthrough' goes on, and a deal that is voted on is not the act;
- a recorded vote's tally in other words ('The Senate voted 58-42 to elevate Alito', 'A total of
  422 MEPs voted in favour of Juncker') against a market's least count of votes (engine/vote_counts.py,
  read by rules/vote_tally.py); a split whose larger side voted against is not the side in favour;
- a plan toward the act given up, the plan named by a bare 'plan(s) to' + the question's own words
  ('voted yesterday to cancel the company's plan to sell a majority stake in … Opel', 'he is
  abandoning his plans to consider turning the … automaker into a private company')
  (engine/dropped_plans.py); a plan to do something else is not read.

Sentences verbatim from the development corpus; each names its case."""

from resolver.engine import dropped_plans, ended_processes, evaluate_market
from resolver.engine.analysis import analyse
from resolver.engine.evaluate import market_context
from resolver.engine import spec
from resolver.engine.vote_counts import tallies_in_favour
from tests.conftest import fired, news_article as article, news_market as market, ts


def _run(case):
    return evaluate_market(market(case["question"], case["deadline"], case["criteria"]),
                           [article(*a) for a in case["articles"]], ts(case["as_of"]))


def _ended(question: str, deadline: str, title: str, text: str = "") -> list[str]:
    """The process endings read in an article for a market."""
    m = market(question, deadline)
    ctx = market_context(m, spec.default_rule_set(m))
    a = article("https://news.example.org/a", "2024-01-02T00:00:00+00:00", title, text)
    return [found[1] for f in analyse(ctx, a) if (found := ended_processes.find(ctx, f))]

# b69-wilko-putman-deal-sep2023-no
WILKO = dict(
    question="Will Doug Putman's Putman Investments complete a deal to buy Wilko stores by September 30, 2023?",
    deadline='2023-09-30T23:59:59+01:00',
    criteria='This market will resolve to "Yes" if Putman Investments (owner of HMV) completes or signs a binding agreement to acquire Wilko stores or the Wilko business from its administrators on or before September 30, 2023. Otherwise, this market will resolve to "No".',
    as_of='2023-09-11T18:00:00+00:00',
    articles=[
        ('https://www.lbc.co.uk/news/wilko-rescue-deal-collapses-jobs-at-risk/', '2023-09-11T00:00:00+01:00',
         'Thousands of jobs at risk as Wilko rescue deal collapses',
         'A last-ditch attempt by the owner of HMV to strike a rescue deal for stricken retailer Wilko has failed, leaving thousands of jobs at risk.\n\nAdministrators for the high street chain had been in discussions with Doug Putman, of Putman Investments, over a deal to buy around 200 Wilko shops.\n\nBut the talks have now collapsed, intensifying fears over the future of thousands of jobs.\n\nMr Putman, founder of Putman Investments, said: "It is with great disappointment that we can no longer continue in the purchase process for Wilko having worked with administrators and suppliers over several weeks to seek a viable way to rescue it as a going concern.'),
    ],
)

# b73-argentina-holdout-deal-jul2014-no
ARGENTINA = dict(
    question='Will Argentina reach a settlement with its holdout bondholders by July 31, 2014?',
    deadline='2014-07-31T23:59:59-03:00',
    criteria='This market will resolve to "Yes" if, on or before July 31, 2014, Argentina\'s government and the holdout creditors in the litigation before U.S. District Judge Thomas Griesa (or a third party acting on Argentina\'s behalf, such as a group of banks buying the holdouts\' bonds) announce an agreement resolving the dispute. Otherwise, this market will resolve to "No".',
    as_of='2014-07-31T12:00:00+00:00',
    articles=[
        ('http://lta.reuters.com/article/marketsNews/idLTAL2N0Q53DU20140730', '2014-07-30T00:00:00-04:00',
         'Argentina credit story grows murkier as talks collapse',
         "NEW YORK, July 30 (IFR) - Argentina's murky credit story grew even more complicated Wednesday as the US mediator said the country was headed to default after last-ditch talks with holdout creditors failed.\n\nWith years of negotiations appearing to come to nought, Economy Minister Axel Kicillof said the country could not obey a US court order to pay the holdouts in full."),
        ('http://ca.reuters.com/article/businessNews/idCAKBN0FZ0AM20140731', '2014-07-31T00:09:00-04:00',
         'Argentina fails to reach debt agreement, default imminent',
         'BUENOS AIRES/NEW YORK (Reuters) - Argentina will default on its debt within hours after talks with holdout creditors broke down on Wednesday.\n\nAs the clock ticked toward a midnight (0400 GMT) deadline, Economy Minister Axel Kicillof stuck firmly to the government line, repeatedly denigrating the holdouts as "vultures" after two days of intense negotiations.\n\nArgentine banks scrambled to put together a proposal to buy out the non-performing debt held by hedge funds and avert a default. But that deal collapsed, a senior banking executive and a second source from the financial market said.\n\n"It all fell through," said the banking executive.'),
    ],
)

# b80-thomas-cook-rescue-deal-sep2019-no
THOMAS_COOK = dict(
    question='Will Thomas Cook complete its rescue recapitalisation by September 30, 2019?',
    deadline='2019-09-30T23:59:59+01:00',
    criteria='This market will resolve to "Yes" if, on or before September 30, 2019, Thomas Cook Group completes or formally agrees a recapitalisation or rescue package (including the proposed deal involving Fosun Tourism Group and its lenders) that allows the company to keep trading. If the company enters liquidation or administration without such a deal, this market will resolve to "No". Otherwise, this market will resolve to "No".',
    as_of='2019-09-24T00:00:00+00:00',
    articles=[
        ('https://theretailbulletin.com/general-merchandise/thomas-cook-collapses-after-rescue-talks-fail-23-09-2019', '2019-09-23T00:00:00+01:00',
         'Thomas Cook collapses after rescue talks fail',
         'Tour operator Thomas Cook has collapsed after last minute negotiations to save the 178-year old business failed.\nThe company’s demise has put over 20,000 jobs at risk, of which 9,000 are in the UK. In addition, Thomas Cook operates 600 high street stores which are now expected to close.\nThe news means that some 150,000 Thomas Cook customers have been stranded abroad although the Civil Aviation Authority is working with the UK government to ensure they can fly home.\nAn application was made to the High Court for a compulsory liquidation of the company early today and an order was granted to appoint the Official Receiver as the liquidator of the company.\nPeter Fankhauser, chief executive of Thomas Cook, said the business had worked exhaustively over the last few days to try and find a way to secure its future. While a refinancing deal had been largely agreed, it is understood to have fallen apart at the last minute when lenders asked the company to find an extra £200 million in financing to get it through the winter months.'),
    ],
)

# b27-gaza-truce-before-ramadan-2024-asof-mar6-undet
GAZA = dict(
    question='Will Israel and Hamas agree to a ceasefire in Gaza by March 10, 2024?',
    deadline='2024-03-10T23:59:59+02:00',
    criteria='This market will resolve to "Yes" if Israel and Hamas both publicly accept a ceasefire or truce agreement for Gaza, as confirmed by the parties or the mediators (the United States, Qatar or Egypt), between March 1, 2024 and March 10, 2024. Proposals or ongoing talks do not count. Otherwise, this market will resolve to "No".',
    as_of='2024-03-06T12:00:00+00:00',
    articles=[
        ('http://en.nanhai.org.cn/index/info/content/cid/21/id/12357.html', '2024-03-06T09:27:54+08:00',
         'Gaza ceasefire talks fail to make breakthrough with Ramadan approaching',
         'Three days of negotiations with Hamas over a ceasefire in Gaza have failed to achieve a breakthrough, less than a week before the start of the Muslim holy month of Ramadan – the informal deadline for a deal.\n\n\nThe United States, Qatar and Egypt have spent weeks trying to broker an agreement in which Hamas would release Israeli captives in return for a six-week ceasefire, the release of some Palestinian prisoners and more aid to Gaza.\n\n\nAl Jazeera’s Hamdah Salhut said on Tuesday that the latest round of talks in Cairo, Egypt, has “ended with a standstill” and that it was unclear what would happen next.'),
    ],
)

# b56-colombia-peace-referendum-yes-wins-2016-no
COLOMBIA = dict(
    question='Will "Yes" win Colombia\'s October 2, 2016 referendum on the peace agreement with the FARC?',
    deadline='2016-10-09T23:59:59-05:00',
    criteria='This market will resolve to "Yes" if the "Yes" option (approving the final peace agreement between the Colombian government and the FARC) receives more votes than the "No" option in the plebiscite held on October 2, 2016, according to the results published by Colombia\'s electoral authorities. Otherwise, this market will resolve to "No".',
    as_of='2016-10-03T12:00:00+00:00',
    articles=[
        ('https://www.businessinsider.com/colombia-farc-peace-vote-results-no-2016-10', '2016-10-02T00:00:00-05:00',
         'Colombia peace deal FARC fails',
         'Colombia\'s national vote on a peace deal negotiated over the last four years between the government and the country\'s largest rebel group, the Revolutionary Armed Forces of Colombia (FARC), failed on Sunday night, in a result that defied expectations heading into the day.\n\nResults published online by national electoral authorities showed that the "No" vote, rejecting the peace deal, edged out the "Yes" vote, 50.2% to 49.7%.\n\nSome 13 million of the 34.9 million Colombians eligible cast their votes, amounting to a participation rate of 37.39%, below the expected turnout of about 40%.'),
    ],
)

# b79-alito-60-votes-2006-no
ALITO = dict(
    question='Will Samuel Alito be confirmed to the Supreme Court with at least 60 Senate votes?',
    deadline='2006-02-28T23:59:59-05:00',
    criteria='This market will resolve to "Yes" if the U.S. Senate votes to confirm Samuel Alito as an Associate Justice of the Supreme Court on or before February 28, 2006, with at least 60 senators voting in favor on the final confirmation vote. If he is confirmed with fewer than 60 votes, or is not confirmed by that date, this market will resolve to "No".',
    as_of='2006-02-01T12:00:00+00:00',
    articles=[
        ('https://www.etalkinghead.com/archives/alito-confirmed-by-senate-to-supreme-court-2006-01-31.html', '2006-01-31T00:00:00-05:00',
         'Alito confirmed by Senate to Supreme Court',
         'Jan. 31 (Bloomberg) — Samuel A. Alito Jr. won U.S. Senate confirmation to replace Justice Sandra Day O’Connor in a mostly partisan vote that helps President George W. Bush move the Supreme Court to the right.\n\nThe Senate voted 58-42 to elevate Alito from a Philadelphia- based appeals court, where he has served since 1990, to be the nation’s 110th Supreme Court justice. Alito watched the vote from the White House along with Bush. He will be sworn in today in time to attend the president’s State of the Union speech to Congress along with Bush’s other high court appointee, Chief Justice John G. Roberts Jr.'),
    ],
)

# b76-juncker-450-votes-2014-no
JUNCKER = dict(
    question="Will Jean-Claude Juncker receive at least 450 votes in the European Parliament's July 2014 vote on his election as Commission President?",
    deadline='2014-07-31T23:59:59+02:00',
    criteria='This market will resolve to "Yes" if, in the European Parliament plenary vote held in July 2014 on electing Jean-Claude Juncker as President of the European Commission, at least 450 MEPs vote in favour of Juncker, according to the official result. Otherwise, this market will resolve to "No".',
    as_of='2014-07-16T00:00:00+00:00',
    articles=[
        ('https://sofiaglobe.com/2014/07/15/european-parliament-approves-jean-claude-juncker-as-new-european-commission-president/', '2014-07-15T00:00:00+03:00',
         'European Parliament approves Jean-Claude Juncker as new European Commission President',
         'The European Parliament voted on July 15 to approve Jean-Claude Juncker as the new European Commission President, to begin a five-year term on November 1 2014.\n\nJuncker had the backing, significantly, of the European Parliament’s largest groups – the centre-right European People’s Party and the Socialists and Democrats, as well as the liberal ALDE, the fourth-largest group.\n\nTo win election, Juncker needed the votes of 376 of the European Parliament’s 751 members. MEPs voted in a secret ballot, using paper ballots instead of electronic voting.\n\nA total of 422 MEPs voted in favour of Juncker, 250 voted against, there were 47 abstentions and 10 invalid ballots.'),
    ],
)

# b64-gm-sells-opel-to-magna-2009-no
GM_OPEL = dict(
    question='Will General Motors complete the sale of a majority stake in Opel to Magna by December 31, 2009?',
    deadline='2009-12-31T23:59:59+01:00',
    criteria='This market will resolve to "Yes" if General Motors completes (closes) the sale of a majority stake in its European unit Adam Opel to Magna International and its partners on or before December 31, 2009. An agreement in principle without closing does not count. Otherwise, this market will resolve to "No".',
    as_of='2009-11-04T12:00:00+00:00',
    articles=[
        ('https://domain-b.com/companies/companies_g/General_Motors/20091104_opel.html', '2009-11-04T00:00:00+05:30',
         'GM says ‘No’ to Magna; decides to keep Opel',
         'The board of General Motors voted yesterday to cancel the company\'s plan to sell a majority stake in its German unit Adam Opel GmbH to Canadian car-parts maker Magna International and its Russian partner, Sberbank.\nThe US automaker said in a statement that its board had made the decision because of "an improving business environment for GM over the past few months".\nEarlier in the day yesterday, it said its US sales had risen in September for the first time in almost two years.\nThe announcement came on a day when GM posted a 4-per cent gain in US auto sales, its first year-over-year increase in 21 months.\nIt is in this context that it now wishes to hold onto Opel and Vauxhall.'),
    ],
)

# b76-tesla-take-private-deal-2018-no
TESLA_PRIVATE = dict(
    question='Will Tesla sign a definitive agreement to be taken private by December 31, 2018?',
    deadline='2018-12-31T23:59:59-05:00',
    criteria='This market will resolve to "Yes" if, on or before December 31, 2018, Tesla, Inc. announces that it has entered into a definitive agreement for a transaction that would take the company private (delisting its shares from public markets). Announcements of intent, consideration of such a transaction, or claims that funding is available do not count. Otherwise, this market will resolve to "No".',
    as_of='2018-08-26T00:00:00+00:00',
    articles=[
        ('https://www.thepublicopinion.com/story/money/cars/2018/08/24/elon-musk-tesla-public-company-investors/1093890002/', '2018-08-24T00:00:00-04:00',
         'Tesla will remain a public company, Elon Musk announces',
         "Tesla CEO Elon Musk said late Friday that he is abandoning his plans to consider turning the Silicon Valley automaker into a private company, ending a brief and unusual dalliance that puzzled Wall Street and drew federal scrutiny.\n\nMusk said he no longer believes Tesla would be better off as a private company, though he did not back off his assertion that sufficient private capital existed to do the deal.\n\nThe Silicon Valley automaker's board said in a statement that Musk had dissolved a special committee it formed to consider the move."),
    ],
)


# -- the process toward the act told ended ----------------------------------------------------------

def test_a_rescue_deal_that_collapsed_rules_the_purchase_out():
    # b69-wilko-putman-deal-sep2023-no
    v = _run(WILKO)
    assert v.verdict == "likely-no"
    assert any("rescue deal collapses" in c.reason for c in fired(v, "ruled_out"))


def test_talks_that_broke_down_rule_the_settlement_out():
    # b73-argentina-holdout-deal-jul2014-no
    v = _run(ARGENTINA)
    assert v.verdict == "likely-no"
    assert any("broke down" in c.reason for c in fired(v, "ruled_out"))


def test_negotiations_that_failed_rule_the_rescue_out():
    # b80-thomas-cook-rescue-deal-sep2019-no
    v = _run(THOMAS_COOK)
    assert v.verdict == "likely-no"
    assert any("negotiations … failed" in c.reason for c in fired(v, "ruled_out"))


def test_a_round_that_failed_to_achieve_a_breakthrough_is_no_ending():
    # b27-gaza-truce-before-ramadan-2024-asof-mar6-undet: 'have failed to achieve a breakthrough'
    v = _run(GAZA)
    assert v.verdict == "undetermined"
    assert not [c for c in fired(v, "ruled_out") if "process toward it" in c.reason]


def test_a_deal_voted_on_is_not_the_process_toward_the_act():
    # b56-colombia-peace-referendum-yes-wins-2016-no: 'Colombia peace deal FARC fails' for 'Yes' winning
    v = _run(COLOMBIA)
    assert not [c for c in fired(v, "ruled_out") if "process toward it" in c.reason]


DEAL_Q = "Will Argentina reach a settlement with its holdout bondholders by July 31, 2014?"
DEAL_DL = "2014-07-31T23:59:59-03:00"


def test_ended_process_wordings():
    for title in ("Argentina talks with holdouts collapse", "Argentina's deal with holdouts fell through",
                  "Talks between Argentina and the holdouts ended without a deal",
                  "Argentina debt talks were called off on Monday"):
        assert _ended(DEAL_Q, DEAL_DL, title), title


def test_must_not_fire_process_wordings():
    for title in (
            "Argentina talks failed to produce a breakthrough on Monday",  # a round that failed, talks go on
            "Argentina talks that collapsed in May resumed on Monday",  # revived
            "Argentina talks did not collapse",  # negated
            "Argentina talks could collapse, officials warn",  # a forecast
            "Argentina talks ended on Friday",  # an end without 'without': a round closed
            "Argentina talks led by the mediator collapsed",  # another verb between: not read (kept narrow)
            "Argentina talks are expected to collapse",  # expected
            "Argentina's default talks were suspended",  # a pause
    ):
        assert not _ended(DEAL_Q, DEAL_DL, title), title
    # talks toward another act: a strike began after talks broke down
    assert not _ended("Will the Alaska Airlines ground workers' strike end by June 5, 1985?", "1985-06-05T23:59:59-07:00",
                      "The walkout by 600 Alaska Airlines workers began after contract talks broke down")
    # a market whose act is the ending itself (b12-honda-nissan-formally-end-merger-talks-by-feb28-2025-yes)
    assert not _ended("Will Honda and Nissan formally end their merger talks by February 28, 2025?",
                      "2025-02-28T23:59:59+09:00", "Honda-Nissan Merger Talks Fall Apart")
    # talks toward forming a government are not read
    assert not _ended("Will a Five Star-League government be sworn in by June 30, 2018?", "2018-06-30T23:59:59+02:00",
                      "Five Star and League talks with the president collapsed")


# -- a recorded vote's tally in other words --------------------------------------------------------

def test_a_split_after_voted_is_the_tally_short_of_the_bar():
    # b79-alito-60-votes-2006-no: 'The Senate voted 58-42 to elevate Alito'
    v = _run(ALITO)
    assert v.verdict == "likely-no"
    assert any("voted 58-42" in c.reason for c in fired(v, "magnitude_short"))


def test_meps_voted_in_favour_is_the_tally_short_of_the_bar():
    # b76-juncker-450-votes-2014-no: 'A total of 422 MEPs voted in favour of Juncker'
    v = _run(JUNCKER)
    assert v.verdict == "likely-no"
    assert any("422 MEPs voted in favour" in c.reason for c in fired(v, "magnitude_short"))


def test_tally_wordings_and_must_not_fire():
    assert [t[1] for t in tallies_in_favour("The Senate voted 58-42 to elevate Alito.")] == [58.0]
    assert [t[1] for t in tallies_in_favour("A total of 422 MEPs voted in favour of Juncker, 250 voted against.")] == [422.0]
    # must not fire: a split whose larger side voted against, a score, a season
    assert tallies_in_favour("Liberal MPs and senators voted 61 - 39 against a motion to spill leadership positions.") == []
    assert tallies_in_favour("The team won 58-42 on Saturday.") == []
    assert tallies_in_favour("He voted in the 2009-10 season.") == []


# -- a plan toward the act given up, told 'plan to' + the question's words -----------------------------

def test_a_cancelled_plan_to_sell_rules_the_sale_out():
    # b64-gm-sells-opel-to-magna-2009-no
    v = _run(GM_OPEL)
    assert v.verdict == "likely-no"
    assert any("plan to sell" in c.reason for c in fired(v, "ruled_out"))


def test_plans_being_abandoned_rule_the_agreement_out_unhedged():
    # b76-tesla-take-private-deal-2018-no: 'plans to consider turning …': the plan's own 'consider' hedges nothing
    v = _run(TESLA_PRIVATE)
    assert v.verdict == "likely-no"
    assert [c for c in fired(v, "ruled_out") if c.rule == "ruled_out" and "abandoning his plans" in c.reason]


def _given_up(question: str, deadline: str, text: str):
    m = market(question, deadline)
    ctx = market_context(m, spec.default_rule_set(m))
    a = article("https://news.example.org/b", "2009-11-04T00:00:00+00:00", "", text)
    return [found for f in analyse(ctx, a) if (found := dropped_plans.find(ctx, f))]


OPEL_Q = "Will General Motors complete the sale of a majority stake in Opel to Magna by December 31, 2009?"
OPEL_DL = "2009-12-31T23:59:59+01:00"


def test_must_not_fire_plan_wordings():
    for text in (
            "General Motors scrapped plans to build a new plant near Opel's headquarters, Magna said.",  # another plan
            "General Motors is considering abandoning its plan to sell a majority stake in Opel to Magna.",  # considered
            "General Motors could cancel its plan to sell a majority stake in Opel to Magna.",  # a forecast
            "General Motors did not cancel its plan to sell a majority stake in Opel to Magna.",  # negated
    ):
        assert not _given_up(OPEL_Q, OPEL_DL, text), text
    assert _given_up(OPEL_Q, OPEL_DL, "General Motors cancelled its plan to sell a majority stake in Opel to Magna.")
