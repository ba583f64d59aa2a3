"""Branch persons: another named person's act, when the market's doer is a person and it also names a country.

roles._agent_actors stands down whenever a market actor is a country (its officials, agencies and regions act for
it), so on 'Will Michel Martelly leave the presidency of Haiti by February 8, 2016?' main confirmed the market from
'Jovenel Moise left the presidency on Sunday.' or 'Prime Minister Evans Paul resigned his post on Sunday.'
other_persons.other_person (read by other_parties.other_party, in the confirmation's role gate) reads the subject
of the act verb: a person's full name, or a title + name, that is none of the market's people in any spelling, in a
sentence naming none of them, is another person's act: a note, no confirmation. The market's own act told by full
name, surname, title + surname, a description ('the president') or a pronoun is read as before.

Generated variants over six development markets of this shape; near-misses must keep main's reading.
`wrong_fires()` counts the variants read the wrong way (the report gives the count on main and after)."""

from __future__ import annotations

from conftest import case_runner, decided
from cpu_budget import assert_each_within, word_soup

_X = "http://example.com/x"
RUN = {
    "martelly": case_runner("b147-martelly-leaves-office-by-feb8-2016-multi-yes", _X, "2016-02-07T12:00:00-05:00"),
    "ponta": case_runner("b82-ponta-resigns-romania-pm-by-nov30-2015-yes", _X, "2015-11-04T12:00:00+02:00"),
    "shevardnadze": case_runner("b81-shevardnadze-resigns-nov2003-yes", _X, "2003-11-23T12:00:00+04:00"),
    "gavrilita": case_runner("b102-gavrilita-resigns-by-feb28-2023-yes", _X, "2023-02-10T12:00:00+02:00"),
    "bhutto": case_runner("b93-bhutto-returns-pakistan-by-oct18-2007-asof-eve-multi-undet", _X,
                          "2007-10-18T12:00:00+05:00", as_of="2007-10-19T00:00:00+00:00"),
    "sharif": case_runner("b142-nawaz-sharif-returns-by-oct31-2023-asof-sep28-multi-undet", _X,
                          "2023-10-21T12:00:00+05:00", as_of="2023-10-22T00:00:00+00:00"),
    "camara": case_runner("b113-dadis-camara-returns-to-guinea-by-dec31-2009-asof-dec6-multi-undet", _X,
                          "2009-12-20T12:00:00+00:00", as_of="2009-12-21T00:00:00+00:00"),
}

# market: (full name, surname, title, pronoun, acts, other persons)
SHAPES = {
    "martelly": ("Michel Martelly", "Martelly", "President", "He",
                 ["left the presidency on Sunday", "stepped down as president on Sunday", "resigned his post on Sunday"],
                 ["Jovenel Moise", "Prime Minister Evans Paul", "President-elect Jovenel Moise",
                  "Senate leader Jocelerme Privert", "Former President Rene Preval", "Haitian Prime Minister Evans Paul",
                  "Prime Minister Paul"]),
    "ponta": ("Victor Ponta", "Ponta", "Prime Minister", "He",
              ["resigned on Wednesday", "announced his resignation on Wednesday", "stepped down on Wednesday"],
              ["Romanian Interior Minister Gabriel Oprea", "Romania's Interior Minister Gabriel Oprea"]),
    "shevardnadze": ("Eduard Shevardnadze", "Shevardnadze", "President", "He",
                     ["resigned on Sunday", "announced his resignation on Sunday", "stepped down on Sunday"],
                     ["Georgian Speaker Nino Burjanadze", "Georgian State Minister Avtandil Jorbenadze"]),
    "gavrilita": ("Natalia Gavrilița", "Gavrilița", "Prime Minister", "She",
                  ["resigned on Friday", "announced her resignation on Friday", "stepped down on Friday"],
                  ["Moldovan Defence Minister Anatolie Nosatii", "Moldova's Economy Minister Dumitru Alaiba"]),
    "bhutto": ("Benazir Bhutto", "Bhutto", "Former Prime Minister", "She",
               ["returned to Pakistan on Thursday"],
               ["Nawaz Sharif", "Former Prime Minister Nawaz Sharif", "Asif Ali Zardari", "Makhdoom Amin Fahim",
                "Senator Babar Awan", "Pervez Musharraf"]),
    "sharif": ("Nawaz Sharif", "Sharif", "Former Prime Minister", "He",
               ["returned to Pakistan on Saturday"], ["Shehbaz Sharif", "Asif Ali Zardari", "Senator Babar Awan"]),
    "camara": ("Moussa Dadis Camara", "Camara", "Captain", "He",
               ["returned to Guinea on Sunday"], ["Sekouba Konate", "General Sekouba Konate"]),
}

OTHER = [(m, f"{o} {a}.") for m, (_, _, _, _, acts, others) in SHAPES.items() for o in others for a in acts]
OWN = [(m, s) for m, (full, sur, title, pron, acts, _) in SHAPES.items() for a in acts
       for s in (f"{full} {a}.", f"{title} {sur} {a}.")]
# a pronoun after a sentence naming the person ('He announced his resignation' is not read on main either)
OWN += [(m, f"{full} spoke to reporters. {pron} {acts[0]}.") for m, (full, _, _, pron, acts, _) in SHAPES.items()]
OWN += [("martelly", f"{s} left the presidency on Sunday.") for s in
        ("Martelly", "The president", "The Haitian leader", "Haitian President Michel Martelly", "Haiti's president")]
OWN += [("ponta", "Romanian Prime Minister Victor Ponta resigned on Wednesday."),
        ("ponta", "Romanian Prime Minister Ponta resigned on Wednesday."),
        ("gavrilita", "Moldovan Prime Minister Natalia Gavrilita resigned on Friday."),
        ("gavrilita", "Moldova's Prime Minister Natalia Gavrilita resigned on Friday."),
        ("shevardnadze", "Georgian President Eduard Shevardnadze resigned on Sunday."),
        ("bhutto", "Former premier Benazir Bhutto returned to Pakistan on Thursday."),
        ("sharif", "Mian Nawaz Sharif returned to Pakistan on Saturday."),
        ("camara", "Dadis Camara returned to Guinea on Sunday.")]

# near-misses: left to the rules as on main (the market's person named, a place or body, a possessive, a surname
# only, an alias, a namesake's first name): each keeps main's verdict
NEAR = [("martelly", "Martelly and his prime minister Evans Paul left office on Sunday.", "likely-yes"),
        ("martelly", "Evans Paul and Michel Martelly left office on Sunday.", "likely-yes"),
        ("martelly", "Haiti's parliament left the presidency vacant on Sunday.", "likely-yes"),
        ("martelly", "Haiti's Parliament left the presidency vacant on Sunday.", "likely-yes"),
        ("martelly", "Martelly left the presidency on Sunday, and Prime Minister Evans Paul stayed on.", "likely-yes"),
        ("martelly", "The presidency was left vacant by Martelly on Sunday.", "likely-yes"),
        ("martelly", "Sweet Micky left the presidency on Sunday.", "likely-yes"),
        ("martelly", "Paul left the presidency on Sunday.", "likely-yes"),
        ("ponta", "Romania's government resigned on Wednesday.", "likely-yes"),
        ("bhutto", "Ms Benazir returned to Pakistan on Thursday.", "likely-yes"),
        ("bhutto", "Bhutto's husband Asif Ali Zardari returned to Pakistan on Thursday.", "likely-yes"),
        ("bhutto", "Nawaz Sharif and Benazir Bhutto returned to Pakistan on Thursday.", "likely-yes"),
        ("bhutto", "Pakistan's former prime minister returned to Pakistan on Thursday.", "likely-yes"),
        ("martelly", "Jovenel Moise said Martelly left the presidency on Sunday.", "likely-yes"),
        ("martelly", "Martelly, who was replaced by Jocelerme Privert, left the presidency on Sunday.", "likely-yes"),
        ("martelly", "Prime Minister Evans Paul accepted his resignation on Sunday.", "undetermined"),
        ("gavrilita", "Gavrilita, whose deputy Andrei Spinu also quit, resigned on Friday.", "likely-yes"),
        ("ponta", "Gabriel Oprea said Ponta resigned on Wednesday.", "likely-yes"),
        # the market's person named as an owner ('Ponta's deputy'): left to the rules, a wrong likely-yes kept
        ("ponta", "Ponta's deputy Gabriel Oprea resigned on Wednesday.", "likely-yes")]

_NOTE = "is another person than"


def _yes(m: str, s: str) -> bool:
    return decided(RUN[m](s)) == "likely-yes"


def _noted(v) -> bool:
    return any(_NOTE in c.reason for c in v.contributions)


def wrong_fires() -> dict:
    return {"other_confirmed": sum(_yes(m, s) for m, s in OTHER), "own_missed": sum(not _yes(m, s) for m, s in OWN),
            "near_changed": sum(decided(RUN[m](s)) != want for m, s, want in NEAR),
            "of": (len(OTHER), len(OWN), len(NEAR))}


def test_another_persons_act_does_not_confirm():
    assert len(OTHER) >= 40
    for m, s in OTHER:
        v = RUN[m](s)
        assert decided(v) != "likely-yes", (m, s)


def test_the_note_names_the_other_person():
    v = RUN["martelly"]("Jovenel Moise left the presidency on Sunday.")
    assert _noted(v) and any("Jovenel Moise" in c.reason and c.weight == 0 for c in v.contributions)
    v = RUN["martelly"]("Prime Minister Evans Paul resigned his post on Sunday.")
    assert _noted(v)


def test_the_market_persons_own_act_still_confirms():
    for m, s in OWN:
        assert _yes(m, s), (m, s)


def test_near_misses_keep_mains_reading():
    for m, s, want in NEAR:
        v = RUN[m](s)
        assert decided(v) == want and not _noted(v), (m, s)


def test_country_or_body_doers_keep_the_country_rationale():
    from conftest import news_market
    from resolver.engine import other_persons, spec
    from resolver.engine.evaluate import market_context
    for q in ("Will Niger's military junta reinstate President Mohamed Bazoum by August 6, 2023?",
              "Will Turkey's parliament elect Abdullah Gül as president by May 31, 2007?",
              "Will Joyce Banda be sworn in as President of Malawi by April 10, 2012?",
              "Will Haiti hold its presidential runoff by January 24, 2016?"):
        mk = news_market(q, "2030-01-01T00:00:00+00:00", "")
        assert not other_persons._doer_is_person(market_context(mk, spec.default_rule_set(mk))), q
    mk = news_market("Will Michel Martelly leave the presidency of Haiti by February 8, 2016?", "2030-01-01T00:00:00+00:00",
                     "")
    assert other_persons._doer_is_person(market_context(mk, spec.default_rule_set(mk)))


def test_hostile_input_bounded():
    words = ("Prime Minister Evans Paul Jovenel Moise President-elect Haiti's Haitian Martelly left the presidency "
             "resigned stepped down , and by was Former Gavrilița Sharif returned to Pakistan 's").split()
    assert_each_within([RUN["martelly"], RUN["bhutto"], RUN["gavrilita"]], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
