"""Readings of the twenty-third round for misses of development batches 130 and 132 that the first helpers (e130,
e132) left, each given a general reading (helper e13x).

- quantities.occasion (a share of a ballot is one figure): 'Will Museveni's official share in Uganda's January 2021
  election reach 58.5%?' asks for one ballot's one result, whatever the verb ('reach'), like a turnout; so the
  reported share ('Museveni won 5.85 million votes, or 58.64 percent, of the total') settles it either way.
- frames 'elect' phrases 'vote * in as', 'vote * into office' (mentions.phrase_positions: a slot's tail stands
  together): 'parliament voted Wickremesinghe in as the 8th Executive President' elects him; not 'voted in favour
  as …'. rival_outcome reads the same phrases for another than the candidate.
- defeats._object_at: a rank written 'no.3' ('defeating the world no.3 Daniil Medvedev') is one word of the object.
- criteria_outcomes.other_wins_no: criteria resolving No when another wins, is chosen or is awarded the thing
  ('If the contract is awarded to another company') make the role one only one can take (derive), so another's
  award ('had tapped Microsoft Corp. for its … contract'; 'tap' is a decider verb) or choice ('chose France as the
  site') rules the candidate out.
- country_rivals.may_hold: a country named as the one chosen is another party only when the candidate's own country
  is known and differs ("Japan's Rokkasho" and 'France'); for 'Cadarache' (no country named) 'France' may hold it.

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, the numbers and the verbs, and the must-not-fire lists hold near-misses. `wrong_fires()` counts the variants
read the wrong way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import decided, fired, realnews_case, run_case
from cpu_budget import assert_cpu_within


def _run(case: dict, text: str, title: str = "", criteria: str | None = None, question: str | None = None):
    m = case["market"]
    ev = case["evidence"] if isinstance(case["evidence"], list) else [case["evidence"]]
    e = ev[-1]
    return run_case(question or m["question"], m["deadline"], m["criteria"] if criteria is None else criteria,
                    [(e["url"], e["published"], title, text)], case["as_of"])


# --- a share of a ballot: one figure ----------------------------------------------------------------------------
# b130-museveni-58-5pct-uganda-2021-yes
MU = realnews_case("b130-museveni-58-5pct-uganda-2021-yes")
MU_S = ("Museveni won 5.85 million votes, or 58.64 percent, of the total while main opposition candidate Bobi Wine won "
        "3.48 million votes or 34.83 percent, the electoral commission said in a televised news conference.")
_MU_VERBS = ("won", "received", "got", "secured", "obtained")
# b… 'Kuomintang received 4,671,021 votes, or 33.49 percent': the same apposition with other numbers
SHARE_YES = [MU_S] + [f"Museveni {v} {n} votes, or {p} percent, of the total, the electoral commission said."
                      for v in _MU_VERBS for n, p in (("5.85 million", "58.64"), ("6,042,898", "60.2"), ("5.9 million", "58.5"))]
SHARE_NO = [f"Museveni {v} {n} votes, or {p} percent, of the total, the electoral commission said."
            for v in _MU_VERBS for n, p in (("5.1 million", "52.1"), ("4,671,021", "33.49"), ("5.8 million", "58.4"))]
# near-misses: another's share, a poll, a share to come
NOT_SHARE = [
    "Bobi Wine won 5.85 million votes, or 58.64 percent, of the total, the electoral commission said.",
    "A poll last week gave Museveni 58.64 percent of the vote.",
    "Museveni is expected to win about 58.64 percent of the votes, analysts said.",
    "Museveni won 58.64 percent of the vote in the 2016 election, the electoral commission said.",
]


def _mu(text: str):
    return _run(MU, text, "Uganda’s Museveni declared winner of presidential election")


# --- 'voted X in as' ------------------------------------------------------------------------------------------------
# b130-ranil-elected-sri-lanka-president-by-jul31-2022-multi-yes
RA = realnews_case("b130-ranil-elected-sri-lanka-president-by-jul31-2022-multi-yes")
RA_S = "Earlier today, Sri Lanka’s 225-member parliament voted Wickremesinghe in as the 8th Executive President of the country."
VOTED_IN = [RA_S] + [f"{lead} {who} {v} as {office}." for lead in ("Earlier today,", "On Wednesday,")
                     for who in ("Sri Lanka's parliament voted", "lawmakers voted")
                     for v in ("Wickremesinghe in", "Ranil Wickremesinghe in", "Wickremesinghe into office")
                     for office in ("the 8th Executive President", "president")]
NOT_VOTED_IN = [
    "Earlier today, Sri Lanka's parliament voted in favour as Wickremesinghe looked on.",
    "Sri Lanka's parliament voted on Wednesday in Colombo as Wickremesinghe looked on.",
    "Sri Lanka's parliament will vote Wickremesinghe in as president on Wednesday.",
    "Sri Lanka's parliament did not vote Wickremesinghe in as president.",
    "Earlier today, Sri Lanka's parliament voted Sajith Premadasa in as the 8th Executive President of the country.",
    "Parliament could vote Wickremesinghe in as president next week.",
]
# b130-thanathorn-elected-thai-pm-jun2019-no: the same phrase for a rival
TH = realnews_case("b130-thanathorn-elected-thai-pm-jun2019-no")
RIVAL_VOTED_IN = [f"{who} {v} as Prime Minister {when}." for who in ("Parliament voted", "Lawmakers voted")
                  for v in ("Gen Prayut Chan-o-cha in", "Prayut Chan-o-cha in", "Gen Prayut Chan-o-cha into office")
                  for when in ("tonight", "on Wednesday")] + [
    "Gen Prayut Chan-o-cha was voted in as Prime Minister by parliament tonight."]
NOT_RIVAL_VOTED_IN = [
    "Parliament will vote Gen Prayut Chan-o-cha in as Prime Minister tonight.",
    "Parliament did not vote Gen Prayut Chan-o-cha in as Prime Minister tonight.",
    "Parliament voted in favour as Gen Prayut Chan-o-cha looked on.",
    "Parliament voted Thanathorn Juangroongruangkit in as Prime Minister tonight.",
]


def _ra(text: str):
    return _run(RA, text)


def _th(text: str):
    return _run(TH, text)


# --- a rank written 'no.3' inside the loser's name ---------------------------------------------------------------
# b130-medvedev-wins-australian-open-2024-no
ME = realnews_case("b130-medvedev-wins-australian-open-2024-no")
ME_S = ("Jannik Sinner got his hands on his maiden Grand Slam title by defeating the world no.3 Daniil Medvedev in the "
        "men's singles final at the Australian Open 2024 on Sunday.")
RANKED = [ME_S] + [f"Jannik Sinner {won} by {beat} {rank} Daniil Medvedev in the men's singles final at the Australian Open."
                   for won in ("won his maiden Grand Slam title", "got his hands on his first major")
                   for beat in ("defeating", "beating", "overcoming")
                   for rank in ("the world no.3", "world No.3", "the world No. 3", "world no.3")]
NOT_RANKED = [
    "Daniil Medvedev won the title by defeating the world no.4 Jannik Sinner in the men's singles final at the Australian Open.",
    "Jannik Sinner will try to win his maiden title by defeating the world no.3 Daniil Medvedev in the final.",
    "Jannik Sinner will try to win his maiden title by defeating Daniil Medvedev in the final.",
    "Jannik Sinner hopes to lift his maiden Grand Slam title by beating world No.3 Daniil Medvedev in the final.",
    "Jannik Sinner won his semi-final by defeating the world no.1 Novak Djokovic, and Daniil Medvedev awaits in the final.",
]


def _me(text: str):
    return _run(ME, text)


# --- another awarded or chosen: the criteria name it No -----------------------------------------------------------
# b132-aws-wins-jedi-contract-2019-no
AW = realnews_case("b132-aws-wins-jedi-contract-2019-no")
AW_S = ("The U.S. Department of Defense said Friday that it had tapped Microsoft Corp. for its $10 billion Joint "
        "Enterprise Defense Infrastructure cloud contract, rejecting top contender Amazon Web Services Inc. for the deal.")
AWARDED_OTHER = [AW_S] + [f"The {who} said Friday that it had {v} Microsoft Corp. for its $10 billion JEDI cloud contract."
                          for who in ("U.S. Department of Defense", "Pentagon")
                          for v in ("tapped", "picked", "selected", "chosen")] + [
    f"The Pentagon {v} the JEDI cloud contract to {c} on Friday." for v in ("awarded", "has awarded")
    for c in ("Microsoft", "Oracle", "IBM")] + [
    f"{c} won the Pentagon's JEDI cloud contract on Friday." for c in ("Microsoft", "Oracle", "IBM")]
NOT_AWARDED_OTHER = [
    "The Pentagon has tapped Microsoft to help it study the JEDI cloud contract.",
    "The Pentagon may tap Microsoft for its JEDI cloud contract.",
    "The Pentagon tapped Amazon Web Services for its JEDI cloud contract on Friday.",
    "The Pentagon will award the JEDI cloud contract to Microsoft or Amazon next month.",
]
# the same sentences for a market whose criteria name no other winner: no rival reading
_AW_NO_OTHER = ('This market will resolve to "Yes" if the U.S. Department of Defense awards the Joint Enterprise Defense '
                'Infrastructure (JEDI) cloud contract to Amazon Web Services by December 31, 2019. Otherwise, "No".')


def _aw(text: str, criteria: str | None = None):
    return _run(AW, text, criteria=criteria)


# b132-iter-site-rokkasho-chosen-jun2005-no
IT = realnews_case("b132-iter-site-rokkasho-chosen-jun2005-no")
IT_S = "MOSCOW -- A six-party consortium chose France as the site for an experimental nuclear fusion reactor, a spokeswoman for the European Union said Tuesday."
CHOSEN_OTHER = [IT_S] + [f"A six-party consortium {v} {p} as the site for the ITER fusion reactor, a spokeswoman said Tuesday."
                         for v in ("chose", "selected", "picked") for p in ("France", "Cadarache", "Spain", "Vandellos")]
NOT_CHOSEN_OTHER = [
    "A six-party consortium will choose France or Japan as the site for the ITER fusion reactor.",
    "A six-party consortium chose Rokkasho as the site for the ITER fusion reactor, a spokeswoman said Tuesday.",
    "A six-party consortium chose Japan as the site for the ITER fusion reactor, a spokeswoman said Tuesday.",
]
# the same shape for a site whose country the market does not name: a country chosen may hold it
_CAD_Q = "Will Cadarache be chosen as the site of the ITER fusion reactor?"
_CAD_C = ('This market will resolve to "Yes" if the ITER partners officially select Cadarache as the site for the '
          'International Thermonuclear Experimental Reactor by December 31, 2005. If another site is selected, this '
          'market resolves to "No".')
COUNTRY_MAY_HOLD = [f"A six-party consortium {v} {p} as the site for the ITER fusion reactor, a spokeswoman said Tuesday."
                    for v in ("chose", "selected", "picked") for p in ("France", "Japan")]


def _it(text: str, question: str | None = None, criteria: str | None = None):
    return _run(IT, text, question=question, criteria=criteria)


def wrong_fires() -> dict[str, int]:
    return {
        "share_not_yes": sum(decided(_mu(s)) != "likely-yes" for s in SHARE_YES),
        "share_not_no": sum(decided(_mu(s)) != "likely-no" for s in SHARE_NO),
        "not_share_decided": sum(decided(_mu(s)) != "undetermined" for s in NOT_SHARE),
        "voted_in_not_yes": sum(decided(_ra(s)) != "likely-yes" for s in VOTED_IN),
        "not_voted_in_yes": sum(decided(_ra(s)) == "likely-yes" for s in NOT_VOTED_IN),
        "rival_voted_in_not_no": sum(decided(_th(s)) != "likely-no" for s in RIVAL_VOTED_IN),
        "not_rival_voted_in_no": sum(decided(_th(s)) == "likely-no" for s in NOT_RIVAL_VOTED_IN),
        "ranked_loser_not_no": sum(decided(_me(s)) != "likely-no" or not fired(_me(s), "rival_outcome") for s in RANKED),
        "not_ranked_rival_read": sum(bool(fired(_me(s), "rival_outcome")) for s in NOT_RANKED),
        "awarded_other_not_no": sum(decided(_aw(s)) != "likely-no" for s in AWARDED_OTHER),
        "not_awarded_other_no": sum(decided(_aw(s)) == "likely-no" for s in NOT_AWARDED_OTHER),
        "awarded_other_no_without_criteria": sum(bool(fired(_aw(s, _AW_NO_OTHER), "rival_outcome")) for s in AWARDED_OTHER),
        "chosen_other_not_no": sum(decided(_it(s)) != "likely-no" for s in CHOSEN_OTHER),
        "not_chosen_other_no": sum(decided(_it(s)) == "likely-no" for s in NOT_CHOSEN_OTHER),
        "country_may_hold_no": sum(decided(_it(s, _CAD_Q, _CAD_C)) == "likely-no" for s in COUNTRY_MAY_HOLD),
    }


def test_the_verbatim_share_is_read():
    v = _mu(MU_S)
    assert v.verdict == "likely-yes" and "58.64 percent" in fired(v, "threshold_crossed")[0].reason


def test_shares_settle_either_way():
    assert [s for s in SHARE_YES if decided(_mu(s)) != "likely-yes"] == []
    assert [s for s in SHARE_NO if decided(_mu(s)) != "likely-no"] == []


def test_no_share_read_from_near_misses():
    assert [s for s in NOT_SHARE if decided(_mu(s)) != "undetermined"] == []


def test_a_share_of_a_ballot_is_one_occasion():
    from resolver.engine.quantities import occasion
    assert occasion("Will Museveni's official share in Uganda's January 2021 election reach 58.5%?") == "one"
    assert occasion("Will Apple's market share reach 20% by December 31?") != "one"
    assert occasion("Will the party's share reach 30% in any poll before the election?") != "one"


def test_the_verbatim_vote_in_elects():
    v = _ra(RA_S)
    assert v.verdict == "likely-yes" and fired(v, "confirmation")


def test_voted_in_variants():
    assert [s for s in VOTED_IN if decided(_ra(s)) != "likely-yes"] == []
    assert [s for s in NOT_VOTED_IN if decided(_ra(s)) == "likely-yes"] == []


def test_rival_voted_in():
    assert [s for s in RIVAL_VOTED_IN if decided(_th(s)) != "likely-no"] == []
    assert [s for s in NOT_RIVAL_VOTED_IN if decided(_th(s)) == "likely-no"] == []


def test_a_slot_tail_stands_together():
    from resolver.engine.mentions import phrase_positions
    from resolver.engine.text import article_sentences
    s = article_sentences("", "Parliament voted in favour as Wickremesinghe looked on.")[0]
    assert phrase_positions(s, ("vote * in as",)) == []
    s = article_sentences("", "The government brought the new capital rules into force on Monday.")[0]
    assert phrase_positions(s, ("bring * into force",))


def test_the_verbatim_ranked_loser():
    v = _me(ME_S)
    assert v.verdict == "likely-no" and fired(v, "rival_outcome")


def test_ranked_losers():
    assert [s for s in RANKED if not fired(_me(s), "rival_outcome")] == []
    assert [s for s in NOT_RANKED if fired(_me(s), "rival_outcome")] == []


def test_the_verbatim_award_to_another():
    v = _aw(AW_S)
    assert v.verdict == "likely-no" and fired(v, "rival_outcome")


def test_awards_to_another():
    assert [s for s in AWARDED_OTHER if decided(_aw(s)) != "likely-no"] == []
    assert [s for s in NOT_AWARDED_OTHER if decided(_aw(s)) == "likely-no"] == []
    assert [s for s in AWARDED_OTHER if fired(_aw(s, _AW_NO_OTHER), "rival_outcome")] == []


def test_criteria_naming_another_winner():
    from resolver.engine.criteria_outcomes import other_wins_no
    assert other_wins_no(AW["market"]["criteria"])
    assert other_wins_no(IT["market"]["criteria"])
    assert other_wins_no('If another candidate city is chosen, this market resolves to "No". Otherwise, "No".')
    assert other_wins_no('If any other player wins the title, this market will resolve to "No".')
    assert not other_wins_no(_AW_NO_OTHER)
    assert not other_wins_no('If another vote is held and the bill is not passed, this market resolves to "No".')
    assert not other_wins_no('If another extension is granted, this market resolves to "No".')


def test_the_verbatim_site_chosen_elsewhere():
    v = _run(IT, "\n\n".join(e["text"] for e in IT["evidence"]) if isinstance(IT["evidence"], list) else IT["evidence"]["text"])
    assert v.verdict == "likely-no" and fired(v, "rival_outcome")


def test_sites_chosen_elsewhere():
    assert [s for s in CHOSEN_OTHER if decided(_it(s)) != "likely-no"] == []
    assert [s for s in NOT_CHOSEN_OTHER if decided(_it(s)) == "likely-no"] == []
    assert [s for s in COUNTRY_MAY_HOLD if decided(_it(s, _CAD_Q, _CAD_C)) == "likely-no"] == []


def test_candidate_country():
    from resolver.engine.country_rivals import candidate_country, may_hold
    assert candidate_country("Japan's Rokkasho", "Will Japan's Rokkasho be chosen?", "") == "japan"
    assert candidate_country("Osaka", "Will Osaka host?", "award World Expo 2025 to Osaka, Japan, by November 30") == "japan"
    assert candidate_country("Cadarache", _CAD_Q, _CAD_C) is None
    assert may_hold("France", "Cadarache", _CAD_Q, _CAD_C, "site") and not may_hold("France", "Japan's Rokkasho", "", "", "site")
    assert not may_hold("Paris", "Los Angeles", "Will Los Angeles host the 2024 Olympics?", "")  # a city, not a country
    # a side, not a place: 'Monaco beat Saint-Etienne … to claim their first Ligue 1 title' (b82), 'Kenya's … wins' (b32)
    assert not may_hold("Monaco", "Paris Saint-Germain", "Will Paris Saint-Germain win the 2016-17 Ligue 1 title?", "", "title")
    assert not may_hold("Kenya", "Jacob Kiplimo", "Will Jacob Kiplimo win the 2025 London Marathon?", "", "marathon")


def test_hostile_input_is_cheap():
    from resolver.engine.criteria_outcomes import other_wins_no
    from resolver.engine.country_rivals import candidate_country
    from resolver.engine.mentions import phrase_positions
    from resolver.engine.quantities import occasion
    from resolver.engine.text import article_sentences
    soup = ("Parliament voted Wickremesinghe in as president, or 58.64 percent, of the share in the election after "
            "defeating the world no.3 Daniil Medvedev it had tapped Microsoft for another site France's Rokkasho, "
            "If another company is awarded the contract, this market resolves to \"No\". " * 200)[:30000]
    sents = list(article_sentences("", soup))
    start = time.process_time()
    occasion(soup)
    other_wins_no(soup)
    candidate_country("France's Rokkasho", soup, soup)
    for s in sents:
        phrase_positions(s, ("vote * in as", "vote * into office"))
    assert_cpu_within(start, 2)
    start = time.process_time()
    _ra(soup)
    _aw(soup)
    _it(soup)
    assert_cpu_within(start, 30)


if __name__ == "__main__":
    print(wrong_fires())
