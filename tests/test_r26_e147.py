"""Readings of the twenty-sixth round's branch e147 (misses of development batch 147), both in the frame lexicon's
entailments (resolver/data/frames.json, keyed by act and object) with their owner guard (engine/entailed_owner.py):

- seize power: a coup told as the power taken ('the army is taking control of the government', 'took power', 'seized
  control of the country', 'took over the government') is power seized (b147-thailand-coup-by-may31-2014-multi-yes;
  on main nothing read it). Guard (entailed_owner.modifies_noun): a phrase ending in a noun that modifies the next
  word tells another thing taken ('took control of government buildings', 'the country's north'); a coup merely
  staged is no power taken (it may fail), so 'staged a coup' is not listed.
- become king / queen / monarch / emperor / empress: a monarch's accession told as the throne taken, acceded to or
  ascended, a succession 'as King', a proclamation or crowning 'King', or the throne handed over to the market's
  person ('Queen Beatrix … abdicated on Tuesday, handing over to her eldest son Willem-Alexander',
  'abdicated in favour of her son'; b147-willem-alexander-king-by-apr30-2013-multi-yes, a wrong likely-no on main
  from the deadline's silence). Guard (entailed_owner.not_owned): a handing-over phrase tells the accession of the
  one named right after it ('to her eldest son Willem-Alexander'), never of the one who hands over ('Willem-Alexander
  abdicated in favour of his daughter') nor of someone else ('handed over to Prime Minister Mark Rutte').

Each phrase passes every gate a direct mention passes (tense, polarity, modality, window): 'will take the throne',
'is expected to ascend the throne', 'denied it had taken power' confirm nothing. `wrong_fires()` counts the
variants read the wrong way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

from conftest import case_runner, fired_yes
from cpu_budget import assert_each_within, word_soup

COUP = "b147-thailand-coup-by-may31-2014-multi-yes"
KING = "b147-willem-alexander-king-by-apr30-2013-multi-yes"

COUP_S = ("The army chief went on television on Thursday to say that he'd changed his mind, and the army is taking "
          "control of the government.")
KING_S = ("Queen Beatrix of the Netherlands abdicated on Tuesday, handing over to her eldest son Willem-Alexander who "
          "is the first King of the Netherlands since 1890.")

_coup = case_runner(COUP, "http://peoriapublicradio.org/post/x", "2014-05-22T08:19:00-04:00")
_king = case_runner(KING, "https://www.radionz.co.nz/news/world/x", "2013-04-30T21:20:00+12:00")


def _coup_market(country: str, adj: str, start: str, deadline: str):
    return {"question": f"Will {country}'s military seize power in a coup by {deadline}?",
            "deadline": f"{deadline}T23:59:59+00:00",
            "criteria": f"This market will resolve to \"Yes\" if the armed forces of {country} take control of the "
                        f"government of {country} between {start} and {deadline}, as reported by credible media. "
                        f"Otherwise, \"No\"."}


# (country, adjective, window start, deadline, article day, as of)
COUPS = [
    ("Thailand", "Thai", "2014-05-19", "2014-05-31", "2014-05-22T12:00:00+00:00", "2014-05-23T12:00:00+00:00"),
    ("Mali", "Malian", "2012-03-01", "2012-03-31", "2012-03-22T12:00:00+00:00", "2012-03-23T12:00:00+00:00"),
    ("Niger", "Nigerien", "2023-07-01", "2023-07-31", "2023-07-27T12:00:00+00:00", "2023-07-28T12:00:00+00:00"),
    ("Gabon", "Gabonese", "2023-08-01", "2023-08-31", "2023-08-30T12:00:00+00:00", "2023-08-31T06:00:00+00:00"),
    ("Myanmar", "Burmese", "2021-02-01", "2021-02-28", "2021-02-01T12:00:00+00:00", "2021-02-02T12:00:00+00:00"),
]
COUP_FRAMES = [
    "{c}'s army took power on {d}.",
    "{c}'s military seized control of the government on {d}.",
    "Soldiers in {c} took control of the country on {d}, the army said.",
    "{c}'s generals took over the government on {d} after weeks of unrest.",
    "{c}'s army took power in a bloodless coup on {d}.",
]
COUP_NEAR = [
    "{c}'s military staged a failed coup on {d}.",
    "Protesters in {c} took control of government buildings on {d}.",
    "{a} rebels took control of the country's north on {d}.",
    "The army chief said on {d} that {c}'s army is not taking control of the government.",
    "{c}'s army said on {d} it would take power if the violence continued.",
    "{c}'s army chief denied on {d} that he was plotting to take power.",
    "{c}'s army could take power within days, analysts said on {d}.",
]


def _day(iso: str) -> str:
    from datetime import date
    d = date.fromisoformat(iso[:10])
    return f"{d.strftime('%B')} {d.day}"


def _coup_cases():
    out = []
    for country, adj, start, deadline, day, as_of in COUPS:
        run = case_runner(COUP, "http://news.example.org/coup", day, as_of=as_of,
                          market=_coup_market(country, adj, start, deadline))
        for fr in COUP_FRAMES:
            out.append((run, fr.format(c=country, a=adj, d=_day(day)), True))
        for fr in COUP_NEAR:
            out.append((run, fr.format(c=country, a=adj, d=_day(day)), False))
    return out


def _king_market(person: str, office: str, country: str, deadline: str):
    return {"question": f"Will {person} become {office} of {country} by {deadline}?",
            "deadline": f"{deadline}T23:59:59+00:00",
            "criteria": f"This market will resolve to \"Yes\" if {person} accedes to the throne of {country} on or "
                        f"before {deadline}, as confirmed by the royal house or credible media. Otherwise, \"No\"."}


# (person, office, country, deadline, predecessor, relation, pronoun, another heir, article day, as of)
KINGS = [
    ("Willem-Alexander", "King", "the Netherlands", "2013-04-30", "Queen Beatrix", "son", "his", "Amalia",
     "2013-04-30T18:00:00+00:00", "2013-05-01T10:00:00+00:00"),
    ("Felipe", "King", "Spain", "2014-06-30", "King Juan Carlos", "son", "his", "Leonor",
     "2014-06-19T18:00:00+00:00", "2014-07-01T10:00:00+00:00"),
    ("Frederik", "King", "Denmark", "2024-01-31", "Queen Margrethe", "son", "his", "Christian",
     "2024-01-14T18:00:00+00:00", "2024-02-01T10:00:00+00:00"),
    ("Philippe", "King", "Belgium", "2013-07-31", "King Albert II", "son", "his", "Elisabeth",
     "2013-07-21T18:00:00+00:00", "2013-08-01T10:00:00+00:00"),
]
KING_FRAMES = [
    "{p} took the throne on {d}.",
    "{p} acceded to the throne of {c} on {d}.",
    "{p} ascended the throne on {d} in a ceremony in the capital.",
    "{p} succeeded his father as {o} on {d}.",
    "{p} was proclaimed {o} on {d}.",
    "{q} abdicated on {d} and handed over to {h} {r} {p}.",
    "{q} abdicated on {d}, handing over to {h} {r} {p}, who is now {o}.",
    "{q} abdicated in favour of {h} {r} {p} on {d}.",
    "{q} handed the throne to {h} {r} {p} on {d}.",
]
KING_NEAR = [
    "{p} will take the throne on {d}.",
    "{p} is expected to ascend the throne on {d}.",
    "{q} announced she would abdicate in favour of {h} {r} {p}.",
    "{p} abdicated in favour of his daughter {e} on {d}.",
    "{q} handed over to Prime Minister Mark Rutte on {d}.",
    "{q} did not hand the throne to {h} {r} {p}.",
    "{p} was proclaimed heir on {d}.",
]


def _king_cases():
    out = []
    for person, office, country, deadline, pred, rel, pro, heir, day, as_of in KINGS:
        run = case_runner(KING, "http://news.example.org/king", day, as_of=as_of,
                          market=_king_market(person, office, country, deadline))
        fill = dict(p=person, o=office, c=country, q=pred, r=rel, h="her" if pred.startswith("Queen") else "his",
                    e=heir, d=_day(day))
        for fr in KING_FRAMES:
            out.append((run, fr.format(**fill), True))
        for fr in KING_NEAR:
            out.append((run, fr.format(**fill), False))
    return out


COUP_CASES = _coup_cases()
KING_CASES = _king_cases()


def test_verbatim_coup_is_power_seized():
    v = _coup(COUP_S)
    assert v.verdict == "likely-yes"
    assert fired_yes(v, "confirmation")


def test_verbatim_handing_over_is_accession():
    v = _king(KING_S)
    assert v.verdict == "likely-yes"
    assert fired_yes(v, "confirmation")


def test_coup_variants():
    for run, s, fires in COUP_CASES:
        v = run(s)
        if fires:
            assert v.verdict == "likely-yes", s
        else:
            assert not fired_yes(v, "confirmation"), s
            assert v.verdict != "likely-yes", s


def test_king_variants():
    for run, s, fires in KING_CASES:
        v = run(s)
        if fires:
            assert v.verdict == "likely-yes", s
        else:
            assert not fired_yes(v, "confirmation"), s
            assert v.verdict != "likely-yes", s


def test_not_owned_guards():
    from resolver.engine.entailed_owner import modifies_noun
    from resolver.engine.text import make_sentence
    s = make_sentence("Protesters took control of government buildings on Thursday.", 0)
    assert modifies_noun(s, 5)
    s = make_sentence("The army took control of the government on Thursday.", 0)
    assert not modifies_noun(s, 7)


def wrong_fires() -> dict[str, int]:
    def count(cases):
        fire = [(r, s) for r, s, f in cases if f]
        near = [(r, s) for r, s, f in cases if not f]
        return (sum(r(s).verdict != "likely-yes" for r, s in fire), len(fire),
                sum(r(s).verdict == "likely-yes" for r, s in near), len(near))
    c, k = count(COUP_CASES), count(KING_CASES)
    return {"coup_not_yes": c[0], "coup_of": c[1], "coup_near_yes": c[2], "coup_near_of": c[3],
            "king_not_yes": k[0], "king_of": k[1], "king_near_yes": k[2], "king_near_of": k[3],
            "verbatim_wrong": int(_coup(COUP_S).verdict != "likely-yes") + int(_king(KING_S).verdict != "likely-yes")}


def test_hostile_input_bounded():
    from resolver.engine import entailed_owner  # noqa: F401  (the reading under test)
    words = ("took control of the government power handing over to her eldest son Willem-Alexander abdicated in "
             "favour of throne King acceded ascended proclaimed crowned Thailand's army 's buildings , .").split()
    assert_each_within([_coup, _king], word_soup(words), 2.0)


if __name__ == "__main__":
    print(wrong_fires())
