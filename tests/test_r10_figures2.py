"""Readings of figures and their owners in batches 49-50, on the sentences verbatim (each test names
its corpus case): a subject 'The party' that takes up the party the sentence before names ('The
party won 331 seats'); a sum paid to a named party is that party's award ('was ordered to pay $1.05
billion (£665 million) in damages to Apple'); a wire story's delayed lede ('A former billionaire …
was sentenced today to 11 years', the name in the next sentence); a dateline's city and agency own
no figure ('NEW YORK (AP) — …'). Each with must-not-fire guards from other corpus sentences."""

import re

from resolver.engine import evaluate_market, payees, taken_up
from resolver.engine.quantities import owner_before
from resolver.engine.rules.least_count import _common_word
from tests.conftest import news_article as article, news_market as market, ts


def _fired(v, rule):
    return [c for c in v.contributions if c.rule == rule and c.weight]


# b49-uk2015-conservatives-majority-326-multi-yes
UK_Q = ("Will the Conservatives win an outright Commons majority of 326 or more seats in the 2015 UK general election?")
UK_C = ("This market will resolve to \"Yes\" if the declared results of the May 7, 2015 UK general election give the "
        "Conservative Party 326 or more of the 650 House of Commons seats. Projections and exit polls do not count. "
        "Otherwise, this market will resolve to \"No\".")
UK_1 = ("LONDON — British Prime Minister David Cameron's Conservative Party defied the polls and won an outright majority "
        "of Parliament, election results showed Friday.")
UK_2 = "The party won 331 seats, enough to form a government without a coalition partner."


def _uk(body):
    m = market(UK_Q, "2015-05-10T23:59:59+01:00", UK_C)
    a = article("https://www.usatoday.com/story/news/world/2015/05/08/british-election-conservative-party-government/"
                "70991768/", "2015-05-08T00:00:00-04:00", "David Cameron's Conservatives win outright in U.K. election", body)
    return evaluate_market(m, [a], ts("2015-05-09T12:00:00+00:00"))


def test_the_party_takes_up_the_party_named_before():
    v = _uk(UK_1 + "\n\n" + UK_2)
    assert v.verdict == "likely-yes"
    assert any("331 seats" in c.reason and "Conservative Party" in c.reason for c in _fired(v, "confirmation"))


def test_the_party_alone_names_no_one():
    v = _uk(UK_2)  # guard: no sentence before it names a party
    assert not _fired(v, "confirmation")


def test_the_party_is_another_party_than_the_markets():
    # guard (b23-workers-party-wins-punggol-grc-ge2025-no): the party taken up is the PAP, not the Workers' Party
    body = ("SINGAPORE: The ruling People's Action Party (PAP) has won a landslide victory in Prime Minister Lawrence "
            "Wong's first electoral test as leader of the government.\n\nThe party secured 65.57 per cent of the national "
            "vote, improving on its 2020 performance by 4 percentage points.")
    wp = re.compile(r"\bWorkers['’] Party\b")
    assert taken_up.taken_up_name("t", body, 2, False, "The party ", lambda n: bool(wp.search(n))) is None
    pap = re.compile(r"\bPeople's Action Party\b|\bAction\b")
    assert taken_up.taken_up_name("t", body, 2, False, "The party ", lambda n: bool(pap.search(n))) is not None


# b49-apple-samsung-damages-2-5bn-no
AS_Q = "Will Apple be awarded at least $2.5 billion in damages in its 2012 patent trial against Samsung?"
AS_C = ("This market will resolve to \"Yes\" if the jury verdict in Apple's 2012 patent-infringement trial against Samsung "
        "in the Northern District of California, returned by September 30, 2012, awards Apple damages of $2.5 billion or "
        "more. Otherwise, this market will resolve to \"No\".")
AS_1 = ("A jury of seven men and two women has just read the Apple v. Samsung verdict to a packed courtroom -- and it was "
        "all bad news for Samsung. The Korean electronics giant has been found to infringe all of Apple's utility patents "
        "and all but one of the four design patents asserted, and was ordered to pay $1.05 billion (£665 million) in "
        "damages to Apple.")
AS_2 = ("That's less than the $2.75 billion (£1.4 billion) Apple asked for, but still a huge sum. If it holds up on appeal, "
        "it will stand as the largest patent verdict of all time.")


def test_a_sum_paid_to_the_markets_party_is_its_award():
    m = market(AS_Q, "2012-09-30T23:59:59-07:00", AS_C)
    a = article("http://www.wired.co.uk/news/archive/2012-08/25/samsung-apple-defeat", "2012-08-25T00:00:00+01:00",
                "samsung apple defeat", AS_1 + "\n\n" + AS_2)
    v = evaluate_market(m, [a], ts("2012-08-26T12:00:00+00:00"))
    assert v.verdict == "likely-no"
    assert any("$1.05 billion" in c.reason and "Apple's" in c.reason for c in _fired(v, "threshold_missed"))


def test_a_payee_needs_a_verb_of_paying_and_a_name():
    s = AS_1.split(". ")[-1]
    assert payees.payee(s, s.index("$1.05"), s.index(" (£665")) == "Apple"
    # guards: the sum asked for (b49), a payment to an end (b15 Fox/Dominion), payees with no name (b06 Giuliani)
    assert payees.payee(AS_2, AS_2.index("$2.75"), AS_2.index(" (£1.4")) is None
    fox = ("Fox News reached a last-second settlement with Dominion Voting Systems on Tuesday as the case raced toward "
           "opening statements, paying more than $787 million to end a colossal two-year legal battle")
    assert payees.payee(fox, fox.index("$787"), fox.index(" to end")) is None
    gi = "Rudy Giuliani must pay $148 million to two 2020 Georgia election workers after promoting conspiracy theories"
    assert payees.payee(gi, gi.index("$148"), gi.index(" to two")) is None


# b49-rajaratnam-sentence-over-10y-yes
RR_Q = "Will Raj Rajaratnam be sentenced to more than 10 years in prison by October 31, 2011?"
RR_C = ("This market will resolve to \"Yes\" if, by October 31, 2011, a federal judge sentences Galleon Group founder Raj "
        "Rajaratnam to a prison term longer than 10 years (120 months) on his insider-trading conviction. A sentence of "
        "exactly 10 years or less resolves \"No\". Otherwise, this market will resolve to \"No\".")
RR_1 = ("NEW YORK (AP) — A former billionaire described by the government as \"the modern face of illegal insider trading\" "
        "was sentenced today to 11 years in prison, the longest insider trading sentence ever but far short of the two "
        "decades sought by prosecutors.")
RR_2 = ("Galleon Group founder Raj Rajaratnam also was fined $10 million and ordered to forfeit $53.8 million by U.S. "
        "District Judge Richard J. Holwell, who said he concluded that Rajaratnam made well over $50 million in profits "
        "from his illegal trades.")


def _rr(body):
    m = market(RR_Q, "2011-10-31T23:59:59-04:00", RR_C)
    a = article("https://vindyarchives.com/news/2011/oct/13/hedge-founder-gets-11-years-prison-insider-trade-p",
                "2011-10-13T00:00:00-04:00", "Hedge founder gets 11 years in prison in insider trade probe", body)
    return evaluate_market(m, [a], ts("2011-10-14T12:00:00+00:00"))


def test_a_delayed_lede_takes_the_name_of_the_next_sentence():
    v = _rr(RR_1 + "\n\n" + RR_2)
    assert v.verdict == "likely-yes"
    assert any("11 years" in c.reason for c in _fired(v, "confirmation"))


def test_a_lede_with_no_name_after_it_stays_unnamed():
    assert not _fired(_rr(RR_1), "confirmation")


def test_a_lede_naming_its_own_subject_is_no_delayed_lede():
    # guards: b47 (a name before the act), b48 (the next sentence names another as its subject)
    reed = ("A former U.S. Marine held in Russia for nearly three years has been released, the White House announced "
            "Wednesday, with Russia's Foreign Ministry saying his freedom was granted as part of a prisoner swap.\n\n"
            "American Trevor Reed had been detained in Russia since August 2019 and in 2020 was sentenced to nine years "
            "in prison for endangering the lives of police officers.")
    people = {"Trevor Reed": re.compile(r"\bTrevor Reed\b")}
    assert taken_up.delayed_lede("t", reed, 1, False, reed.index("released"), people) is None
    judge = ("A federal judge in Seattle on Friday dealt a blow to President Trump’s executive order on travel and refugees, "
             "ordering a nationwide halt of enforcement of the controversial order.\n\nThe temporary restraining order by "
             "U.S. District Judge James Robart blocks the federal government from enforcing Mr. Trump’s travel ban as a "
             "lawsuit brought by the Washington state attorney general progresses through the court system.")
    people = {"James Robart": re.compile(r"\bJames Robart\b")}
    assert taken_up.delayed_lede("t", judge, 1, False, judge.index("halt"), people) is None


def test_a_datelines_city_owns_no_figure():
    assert owner_before(RR_1, RR_1.index("11 years"), _common_word) is None
    # guard: a name after the dateline still owns its figure (b49 uk2015)
    s = "LONDON — Cameron's Conservatives won 331 seats"
    assert owner_before(s, s.index("331"), _common_word) == "Conservatives"
