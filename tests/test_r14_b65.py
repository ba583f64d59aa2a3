"""Readings of batch 65's missed decisive verdicts (fourteenth round, r14-b65): a referendum side's
share told of a nation's voters; a share of holders told by what they hold; a seat table's line
under its heading, with results announced for k of n seats; a count unit the criteria name by a
compound ('booking applications'); 'confirmed as the winner'; 'Opposition leader' names no rival; a
headline's second present verb after a comma; 'premier' for prime minister; 'ceased to be the prime
minister'; a life sentence reduced; a sum after an owner's possessive in the question's subject; a
life term for a death-penalty market; a board that 'opted to back' an offer. Sentences verbatim from
the development corpus; each names its case."""

from resolver.engine.derive import derive_target
from resolver.engine.partial_counts import completeness
from tests.conftest import decided, news_market as market, fired as _fired, run_case as _run


# b65-kenya-2010-referendum-yes-70pct-multi-no
KENYA_Q = ('Will the "Yes" side receive 70% or more of the vote in Kenya\'s August 4, 2010 constitutional referendum?')
KENYA_C = ("This market will resolve to \"Yes\" if official results from Kenya's Interim Independent Electoral Commission "
           "show the \"Yes\" side receiving 70% or more of the votes in the August 4, 2010 referendum on the proposed new "
           "constitution. Otherwise, this market will resolve to \"No\".")
KENYA = ("NAIROBI (Reuters) - Kenyans voted in favour of a new constitution in a peaceful referendum that could reshape the "
         "political landscape of east Africa's largest economy.\n\nWith official results from almost all the polling "
         "stations released by the electoral authority, 69 percent of Kenyans had backed the charter, and the \"No\" camp "
         "conceded defeat trailing with an insurmountable gap.")


def _kenya(text=KENYA):
    return _run(KENYA_Q, "2010-08-15T23:59:59+03:00", KENYA_C,
                [("http://af.reuters.com/article/idAFJOE67401H20100805", "2010-08-05T17:27:00+00:00",
                  'Kenya votes "Yes" to new constitution', text)], "2010-08-06T12:00:00+03:00")


def test_a_side_share_told_of_a_nations_voters():
    v = _kenya()
    assert v.verdict == "likely-no" and _fired(v, "threshold_missed")


def test_a_nations_share_with_no_choice_or_a_future_is_not_read():
    for text in ("About 69 percent of Kenyans live in rural areas, the survey said.",
                 "Polls suggest 69 percent of Kenyans could back the charter."):
        assert _kenya(text).verdict != "likely-no", text


# b65-argentina-swap-75pct-multi-yes
SWAP_Q = "Will creditors holding at least 75% of Argentina's defaulted debt accept the 2005 restructuring offer?"
SWAP_C = ("This market will resolve to \"Yes\" if Argentina's Economy Ministry reports that creditors holding 75% or more "
          "of the defaulted debt eligible for the 2005 swap accepted the offer. Otherwise, this market will resolve to "
          "\"No\".")
SWAP = ("Creditors holding 76% of Argentina’s defaulted debt accepted the government’s offer of payment in a new series "
        "of bonds that will, on average, give back one-third what was owed, Economy Minister Roberto Lavagna said "
        "Thursday.")


def _swap(text=SWAP):
    return _run(SWAP_Q, "2005-03-31T23:59:59-03:00", SWAP_C,
                [("https://ukobiw.net/archives/la-xpm-2005-mar-04-fg-argentina4-story.html", "2005-03-04T00:00:00-08:00",
                  "Most Bondholders Agree to Argentina's Debt Swap - Los Angeles Times", text)], "2005-03-05T12:00:00-03:00")


def test_a_share_of_holders_told_by_what_they_hold():
    v = _swap()
    assert v.verdict == "likely-yes" and _fired(v, "threshold_crossed")


def test_a_share_of_holders_short_of_the_bar_does_not_cross_it():
    # must not fire: the first week's share (b65's other article)
    text = ("The Argentine government on Sunday said that in the first week of the country's debt swap creditors holding "
            "23.2 percent of debt in default had signed up for the offer.")
    assert _swap(text).verdict != "likely-yes"


# b65-india-2009-congress-200-seats-yes
INDIA_Q = "Will the Indian National Congress win at least 200 Lok Sabha seats in India's 2009 general election?"
INDIA_C = ("This market will resolve to \"Yes\" if the Indian National Congress party (on its own, excluding allies) wins "
           "200 or more of the 543 elected Lok Sabha seats in the 2009 general election, per results announced by the "
           "Election Commission of India. Otherwise, this market will resolve to \"No\".")
INDIA = ("New Delhi, May 17 (IANS) As the Election Commission formally announced results for 541 of the 543 elected seats "
         "in the Lok Sabha by Sunday morning, the United Progressive Alliance had 262 seats, 10 short of the halfway mark.\n"
         "Counting in two seats had to be stopped Saturday as the electronic voting machines had developed snags.\n"
         "The tally so far:\nUnited Progressive Alliance (UPA) - 262\nCongress - 205")


def _india(text=INDIA):
    return _run(INDIA_Q, "2009-05-31T23:59:59+05:30", INDIA_C,
                [("https://daijiworld.com/news/newsDisplay?newsID=59960", "2009-05-17T00:00:00+05:30",
                  "2009 Lok Sabha Election: Results Tally", text)], "2009-05-17T18:00:00+05:30")


def test_a_seat_table_line_under_its_heading():
    v = _india()
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")


def test_a_line_of_another_party_or_with_no_heading_is_not_read():
    # must not fire: the allies' line only; the same line with no tally heading before it
    assert _india(INDIA.replace("\nCongress - 205", "")).verdict != "likely-yes"
    assert _india(INDIA.replace("The tally so far:\n", "Counting went on.\n")).verdict != "likely-yes"
    # a partial table read short of the bar is no yes either
    assert _india(INDIA.replace("Congress - 205", "Congress - 150")).verdict != "likely-yes"


def test_results_announced_for_k_of_n_seats_is_a_completeness():
    done = completeness(["As the Election Commission formally announced results for 541 of the 543 elected seats in "
                         "the Lok Sabha by Sunday morning, the United Progressive Alliance had 262 seats."])
    assert done.declared == (541.0, 543.0)


# b65-tata-nano-200k-bookings-multi-yes
NANO_Q = "Will Tata Motors receive more than 200,000 bookings for the Nano in its April 2009 booking window?"
NANO_C = ("This market will resolve to \"Yes\" if Tata Motors reports that it received more than 200,000 booking "
          "applications for the Tata Nano during the booking period that closed on April 25, 2009. Otherwise, this market "
          "will resolve to \"No\".")


def _nano(text):
    return _run(NANO_Q, "2009-06-30T23:59:59+05:30", NANO_C,
                [("https://www.telegraphindia.com/india/no-nano-luck-try-sweetener/cid/617451", "2009-06-23T00:00:00+05:30",
                  "No Nano luck? Try sweetener", text)], "2009-06-24T12:00:00+05:30")


def test_a_count_unit_the_criteria_name_by_a_compound():
    assert "application" in derive_target(market(NANO_Q, "2009-06-30T23:59:59+05:30", NANO_C)).object_terms
    v = _nano("The company had received 206,703 applications for the Nano.")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")


def test_a_compound_unit_short_of_the_bar_or_without_criteria_is_no_yes():
    assert _nano("The company had received 106,703 applications for the Nano.").verdict != "likely-yes"
    t = derive_target(market(NANO_Q, "2009-06-30T23:59:59+05:30", "Resolves on Tata Motors' report of bookings."))
    assert "application" not in t.object_terms


# b65-ghana-2008-mills-runoff-multi-yes
GHANA_Q = "Will John Atta Mills be declared the winner of Ghana's 2008 presidential runoff?"
GHANA_C = ("This market will resolve to \"Yes\" if Ghana's Electoral Commission declares John Atta Mills the winner of "
           "the presidential runoff held on December 28, 2008 (including any supplementary voting) on or before January "
           "7, 2009. Otherwise, this market will resolve to \"No\".")
GHANA = ("University of Ghana law professor John Atta Mills, age 64, was confirmed on Saturday as the winner of the "
         "runoff presidential election, the fifth in Ghana since the return to multi-party democracy in 1992.")


def _ghana(text=GHANA):
    return _run(GHANA_Q, "2009-01-07T23:59:59+00:00", GHANA_C,
                [("https://en.m.wikinews.org/wiki/Ghanaians_elect_new_President", "2009-01-03T00:00:00+00:00",
                  "Ghanaians elect new President", text)], "2009-01-04T12:00:00+00:00")


def test_confirmed_as_the_winner_is_a_win():
    v = _ghana()
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")


def test_confirmed_as_the_winner_to_come_or_of_a_rival_is_no_yes():
    for text in ("John Atta Mills is expected to be confirmed on Saturday as the winner of the runoff presidential "
                 "election.",
                 "Nana Akufo-Addo was confirmed on Saturday as the winner of the runoff presidential election."):
        assert _ghana(text).verdict != "likely-yes", text


# b65-zambia-2011-sata-wins-yes
ZAMBIA_Q = "Will Michael Sata win Zambia's September 20, 2011 presidential election?"
ZAMBIA_C = ("This market will resolve to \"Yes\" if Michael Sata is officially declared the winner of Zambia's "
            "presidential election held on September 20, 2011. Otherwise, this market will resolve to \"No\".")
ZAMBIA = ("Opposition leader Michael Sata has been declared the winner of Zambia’s presidential election, ousting "
          "incumbent Rupiah Banda as the leader of Africa’s biggest copper producer in polls marred by public violence.")


def test_opposition_leader_names_no_rival():
    v = _run(ZAMBIA_Q, "2011-09-30T23:59:59+02:00", ZAMBIA_C,
             [("https://www.aljazeera.com/news/africa/2011/09/2011922234557755338.html", "2011-09-23T00:00:00+02:00",
               "Opposition leader wins Zambia election", ZAMBIA)], "2011-09-23T18:00:00+02:00")
    assert v.verdict == "likely-yes" and not _fired(v, "rival_outcome")


# b65-somchai-pm-through-dec2008-no
SOMCHAI_Q = "Will Somchai Wongsawat remain Prime Minister of Thailand through December 31, 2008?"
SOMCHAI_C = ("This market will resolve to \"Yes\" if Somchai Wongsawat continuously holds the office of Prime Minister "
             "of Thailand through December 31, 2008. If he resigns, is removed or disqualified by any court, or otherwise "
             "ceases to be prime minister before that date, this market will resolve to \"No\".")
SOMCHAI = ("BANGKOK, 2 Dec 2008: Thailand’s political and economic crisis sank deeper into uncertainty today after the "
           "Constitution Court dissolved the ruling People’s Power Party (PPP) and its two coalition partners, and "
           "disqualified embattled Prime Minister Somchai Wongsawat.")


def _somchai(title, text=SOMCHAI):
    return _run(SOMCHAI_Q, "2008-12-31T23:59:59+07:00", SOMCHAI_C,
                [("http://www.thenutgraph.com/thai-court-dissolves-ruling-parties-disqualifies-premier",
                  "2008-12-02T00:00:00+07:00", title, text)], "2009-01-02T12:00:00+07:00")


def test_a_headlines_second_present_verb_after_a_comma_ends_the_premiers_state():
    v = _somchai("Thai court dissolves parties, disqualifies premier")
    assert v.verdict == "likely-no" and len(_fired(v, "state_ended")) == 2


def test_a_comma_before_a_noun_or_another_office_is_no_second_ending():
    # must not fire on the headline: a noun after the comma, another office
    for title in ("Thai court dissolves parties, premier defiant", "Thai court dissolves parties, disqualifies deputies"):
        v = _somchai(title)
        assert len(_fired(v, "state_ended")) == 1, title


# b65-gilani-pm-through-jun2012-multi-no
GILANI_Q = "Will Yousuf Raza Gilani remain Prime Minister of Pakistan through June 30, 2012?"
GILANI_C = ("This market will resolve to \"Yes\" if Yousuf Raza Gilani holds the office of Prime Minister of Pakistan "
            "continuously through June 30, 2012. If he resigns, is removed, or is declared by the Supreme Court to have "
            "ceased to hold office before that date, this market will resolve to \"No\".")
GILANI = ("''Yousuf Raza Gilani has become disqualified from being member of the parliament,'' announced chief justice "
          "Iftikhar Muhammad Chaudhry, who presided over a three-judge bench. ''He has also ceased to be the prime minister "
          "of Pakistan with effect from April 26 and the office of the prime minister shall be deemed to be vacant "
          "accordingly.''")


def _gilani(text=GILANI, title="Pakistan Supreme Court disqualifies Prime Minister Gilani"):
    return _run(GILANI_Q, "2012-06-30T23:59:59+05:00", GILANI_C,
                [("https://domain-b.com/economy/world-economy/pakistan-supreme-court-disqualifies-prime-minister-gilani",
                  "2012-06-19T00:00:00+05:00", title, text)], "2012-06-20T12:00:00+05:00")


def test_ceased_to_be_the_prime_minister_ends_the_state():
    v = _gilani()
    assert v.verdict == "likely-no"
    assert any("ceased to be" in c.reason for c in _fired(v, "state_ended"))


def test_ceased_to_be_another_office_or_to_come_is_no_ending():
    for text in ("Yousuf Raza Gilani would cease to be the prime minister of Pakistan if convicted.",
                 "Yousuf Raza Gilani has ceased to be the deputy prime minister of Pakistan.",
                 "Yousuf Raza Gilani has not ceased to be the prime minister of Pakistan, his lawyer said."):
        v = _gilani(text, title="Gilani case")
        assert not _fired(v, "state_ended"), text


# b65-chen-life-sentence-stands-jun2010-multi-no
CHEN_Q = "Will Chen Shui-bian's life sentence for corruption remain in place through June 30, 2010?"
CHEN_C = ("This market will resolve to \"Yes\" if the life sentence imposed on former Taiwanese president Chen Shui-bian "
          "by the Taipei District Court in September 2009 has not been reduced or overturned by any appellate court as of "
          "June 30, 2010. Otherwise, this market will resolve to \"No\".")
CHEN = ("Former president Chen Shui-bian (陳水扁) had his life sentence reduced to 20 years in prison after the Taiwan "
        "High Court handed down the verdict for the second trial yesterday, a ruling that Chen’s lawyers said they would "
        "appeal.")


def _chen(text=CHEN):
    return _run(CHEN_Q, "2010-06-30T23:59:59+08:00", CHEN_C,
                [("http://www.taipeitimes.com/News/front/archives/2010/06/12/2003475279", "2010-06-12T00:00:00+08:00",
                  "News front archives 2010 06 12", text)], "2010-06-12T12:00:00+08:00")


def test_a_life_sentence_reduced_ends_it():
    v = _chen()
    assert decided(v) == "likely-no" and _fired(v, "state_ended")  # one sentence: the weak-reading gate holds it


def test_a_reduction_sought_or_of_another_penalty_is_no_ending():
    for text in ("Chen Shui-bian's lawyers sought to have his life sentence reduced to 20 years.",
                 "Chen Shui-bian's life sentence could be reduced to 20 years on appeal.",
                 "Yesterday's ruling reduced the NT$200 million fine imposed on Chen Shui-bian to NT$170 million."):
        assert not _fired(_chen(text), "state_ended"), text


# b65-chinalco-rio-deal-completed-2009-multi-no
CHINALCO_Q = "Will Chinalco's $19.5 billion investment in Rio Tinto be completed by December 31, 2009?"


def test_a_sum_after_an_owners_possessive_qualifies_the_subject():
    t = derive_target(market(CHINALCO_Q, "2009-12-31T23:59:59+00:00"))
    assert t.object_terms == ["investment"]
    v = _run(CHINALCO_Q, "2009-12-31T23:59:59+00:00", "",
             [("http://www.bjreview.com.cn/World_Financial_Crisis/2009-06/05/content_200375.htm",
               "2009-06-05T00:00:00+08:00", "Chinalco Confirms Deal Breakup With Rio Tinto",
               "Aluminum Corp. of China, or Chinalco, confirmed Friday that Australian mining firm Rio Tinto has scrapped "
               "the proposed $19.5 billion of investment by Chinalco, and Rio Tinto would pay a break fee of $195 million "
               "to the Chinese aluminum maker.")], "2009-06-06T12:00:00+00:00")
    assert v.verdict == "likely-no"


def test_a_sum_after_a_comparison_is_still_a_figure():
    # must not change: the question's bar stays a bar
    t = derive_target(market("Will Rio Tinto's profit exceed $10 billion in 2009?", "2009-12-31T23:59:59+00:00"))
    assert t.threshold == 10e9


# b65-mubarak-death-sentence-2012-multi-no
MUBARAK_Q = ("Will Hosni Mubarak be sentenced to death in his trial over the killing of protesters by June 30, 2012?")
MUBARAK_C = ("This market will resolve to \"Yes\" if an Egyptian court sentences former President Hosni Mubarak to death "
             "in the trial over the killing of protesters during the 2011 uprising on or before June 30, 2012. Otherwise, "
             "this market will resolve to \"No\".")


def _mubarak(title, as_of="2012-06-03T12:00:00+02:00"):
    return _run(MUBARAK_Q, "2012-06-30T23:59:59+02:00", MUBARAK_C,
                [("http://thehealersjournal.com/2012/06/02/hosni-mubarak-sentenced-to-life-in-prison-for-protest-murders",
                  "2012-06-02T00:00:00+02:00", title, "")], as_of)


def test_a_life_term_for_a_death_penalty_market_is_the_other_way():
    v = _mubarak("Hosni Mubarak sentenced to life in prison for protest murders")
    assert v.verdict == "likely-no" and _fired(v, "opposite_outcome")


def test_a_death_sentence_or_a_term_to_come_is_not_the_other_way():
    for title in ("Hosni Mubarak sentenced to death for protest murders",
                  "Hosni Mubarak could be sentenced to life in prison for protest murders"):
        assert not _fired(_mubarak(title), "opposite_outcome"), title


# b65-arcelor-board-backs-mittal-jun2006-multi-yes
ARCELOR_Q = "Will Arcelor's board recommend Mittal Steel's offer over the Severstal merger by June 30, 2006?"
ARCELOR_C = ("This market will resolve to \"Yes\" if Arcelor's board of directors formally recommends Mittal Steel's "
             "takeover or merger offer, in preference to the proposed merger with Russia's Severstal, on or before June "
             "30, 2006. Otherwise, this market will resolve to \"No\".")


def _arcelor(text):
    return _run(ARCELOR_Q, "2006-06-30T23:59:59+02:00", ARCELOR_C,
                [("http://news.bbc.co.uk/2/hi/business/5114290.stm", "2006-06-25T19:54:00+00:00",
                  "Steel firm opts for Mittal offer", text)], "2006-06-26T12:00:00+02:00")


def test_a_board_that_opted_to_back_the_offer_recommends_it():
    v = _arcelor("Directors at steel firm Arcelor have opted to back an offer to merge with Mittal Steel after marathon "
                 "talks.")
    assert v.verdict == "likely-yes" and _fired(v, "confirmation")


def test_backing_still_to_come_is_no_recommendation():
    for text in ("Directors at steel firm Arcelor are expected to back an offer to merge with Mittal Steel.",
                 "Directors at steel firm Arcelor have refused to back an offer to merge with Mittal Steel."):
        assert _arcelor(text).verdict != "likely-yes", text
