"""Readings of the twenty-second round's development batches 125-126 (helper b125).

- ended_acts (cause class K, the report misread): a lasting act told by its ending ('NJ Transit strike
  ends as engineers approve tentative deal', 'reached a deal to end the rail strike Sunday') took place.
- ruled-out cues and undoing verbs: an act kept from happening ('reach agreement, avert strike', 'Strike
  dodged with deal', 'avoid nationwide strike') is ruled out when the averting words stand right before
  or after the act's own word, and the averting verb never carries the act's noun as done; 'struck a
  tentative agreement' (verb_idioms.deal_idiom) makes a deal, no strike.
- unasserted 'aspiring': 'was prepared to allow vessels to resume' is a readiness, not an announcement.
- poll_sourced: a closing source clause (', a Reuters poll showed on Wednesday.') makes the sentence a
  forecast, so its dates schedule nothing (rules/scheduled.py).
- spellings: the initials of the object written out in plain words after a determiner ('cut the official
  cash rate' for 'OCR'); scheduled: a step named after 'before' in a sentence telling the act done
  ('moving before its scheduled policy decision meeting on March 25') is no step still to come.
- candidate_wins: a defeat followed by 'to win' and the market's role ('pipped … to win his first-ever
  Ballon d'Or award') is the candidate's win.

Sentences verbatim from the development corpus (the case named in a comment); the variants change the
subject, the lasting act, the form of the ending, the date and the averting verb. `wrong_fires()` counts
the variants read the wrong way and runs on any engine (the report gives the counts before and after)."""

from __future__ import annotations

import time

from conftest import realnews_case, run_case

from resolver.engine.text import make_sentence
from cpu_budget import assert_cpu_within

# --- whole development cases --------------------------------------------------------------------------
CASES = {
    "b125-nj-transit-engineers-strike-by-may18-2025-multi-yes": "likely-yes",
    "b125-maersk-resumes-red-sea-transits-by-jan31-2024-undet": "undetermined",
    "b126-norges-hike-at-may5-2022-asof-poll-undet": "undetermined",
    "b125-ups-teamsters-strike-by-aug1-2023-no": "likely-no",
    "b125-iatse-strike-by-oct18-2021-no": "likely-no",
    "b126-rbnz-cut-before-mar25-2020-yes": "likely-yes",
    "b126-benzema-ballon-dor-2022-yes": "likely-yes",
    # another thing averted near the act is no ruling-out of the act ('signs rail bill to avert strike',
    # 'reached a last-minute tentative deal, averting a strike' for a ratification, 'to avoid a runoff')
    "b55-biden-signs-rail-strike-bill-by-dec9-2022-multi-yes": "likely-yes",
    "b45-air-canada-pilots-ratify-by-sep30-2024-multi-undet": "undetermined",
    "b115-ortega-wins-nicaragua-2006-first-round-multi-yes": "likely-yes",
    "b54-chrysler-chapter11-by-apr30-2009-yes": "likely-yes",
    "b81-us-govt-stays-open-apr10-2011-multi-yes": "likely-yes",
    # 'tested a hydrogen bomb': a verb form of the object's stem still carries a test (only a deal idiom does not)
}


def _case_verdict(case_id: str) -> str:
    c = realnews_case(case_id)
    m = c["market"]
    items = [(e["url"], e["published"], e.get("title") or "", e["text"]) for e in c["evidence"]]
    return run_case(m["question"], m["deadline"], m.get("criteria", ""), items, c["as_of"]).verdict


def test_development_cases_read_as_labelled():
    assert {k: _case_verdict(k) for k in CASES} == CASES


# --- verbatim sentences ---------------------------------------------------------------------------------
def test_ended_strike_verbatim():
    from resolver.engine.ended_acts import ended
    # b125-nj-transit-engineers-strike-by-may18-2025-multi-yes
    s = make_sentence("NJ Transit and the Brotherhood of Locomotive Engineers and Trainmen reached a deal to end the "
                      "rail strike Sunday.", 0)
    assert ended(s, [i for i, t in enumerate(s.tokens) if t.lower == "strike"]) is not None
    h = make_sentence("NJ Transit strike ends as engineers approve tentative deal", 0, headline=True)
    assert ended(h, [2]) is not None
    pre = make_sentence("NJ Transit rail engineers are set to strike if a deal cannot be reached by the midnight deadline.", 0)
    assert ended(pre, [i for i, t in enumerate(pre.tokens) if t.lower == "strike"]) is None
    avert = make_sentence("A last-ditch effort is underway to avert the strike, which is expected to impact more than "
                          "300,000 commuters as early as Friday morning.", 0)
    assert ended(avert, [i for i, t in enumerate(avert.tokens) if t.lower == "strike"]) is None


def test_prepared_to_is_aspiring_verbatim():
    from resolver.engine import mentions, unasserted
    # b125-maersk-resumes-red-sea-transits-by-jan31-2024-undet
    s = make_sentence("Maersk said last week it was prepared to allow vessels to resume sailing through the Red Sea, "
                      "thanks to the start of a U.S.-led international naval operation to protect ships from Houthi "
                      "rebel attacks.", 0)
    m = next(m for m in mentions.read(s) if s.tokens[m.index].lower == "resume")
    assert unasserted.aspiring(m.cue)


def test_closing_poll_clause_verbatim():
    from resolver.engine import poll_sourced
    # b126-norges-hike-at-may5-2022-asof-poll-undet
    s = make_sentence("OSLO (Reuters) – Norway's central bank will keep its benchmark interest rate on hold next week at "
                      "0.75% while confirming plans for a hike in June, a Reuters poll showed on Wednesday.", 0)
    assert poll_sourced.source(s, 5)
    plain = make_sentence("Norway's central bank will keep its benchmark interest rate on hold next week at 0.75% while "
                          "confirming plans for a hike in June, the bank said on Wednesday.", 0)
    assert not poll_sourced.source(plain, 5)


def test_plain_words_spell_initials_verbatim():
    from resolver.engine.spellings import spelled_out
    # b126-rbnz-cut-before-mar25-2020-yes
    s = make_sentence("The bank cut the official cash rate to 0.25%.", 0)
    assert [s.tokens[k].text for k in spelled_out(s, "OCR")] == ["rate"]
    other = make_sentence("The bank cut its overnight lending rate to 0.25%.", 0)
    assert spelled_out(other, "OCR") == []


# --- generated variants ---------------------------------------------------------------------------------
_SUBJECTS = ("NJ Transit", "Ryanair", "Deutsche Bahn", "Air Canada", "the city of Chicago")
_DAYS = ("Sunday", "on May 17")
# the lasting act as the market's act ('go on strike') and as the object of 'begin' (where 'walkout' names it too)
QUESTIONS = ("Will {s} workers go on strike by May 18, 2025?", "Will {s} workers begin a national strike by May 18, 2025?")
STRIKE_Q = QUESTIONS[0]
STRIKE_C = ('This market will resolve to "Yes" if workers at {s} begin a strike that stops work by May 18, 2025, as '
            'reported by credible media. Otherwise, "No".')
_NOUNS = ("strike",)
# an ending that tells the act took place → likely-yes
ENDED = ([f"{{s}} and the union reached a deal to end the {m}{n} {d}." for m in ("", "rail ", "three-day ")
          for n in _NOUNS for d in _DAYS]
         + [f"The {m}{n} at {{s}} ended {d}." for m in ("", "two-day ") for n in _NOUNS for d in _DAYS]
         + [f"Workers at {{s}} ended their {k}-day {n} {d}." for k in (2, 5) for n in _NOUNS for d in _DAYS])
ENDED_HEADLINES = [f"{{s}} {n} ends as workers approve tentative deal" for n in _NOUNS]
# nothing that tells the act took place → never likely-yes
NOT_ENDED = ([f"{{s}} and the union reached a deal to end the {n} threat {d}." for n in _NOUNS for d in _DAYS]
             + [f"The {n} vote at {{s}} ended {d}." for n in _NOUNS for d in _DAYS]
             + [f"The planned {n} at {{s}} was called off, the union said {d}." for n in _NOUNS for d in _DAYS]
             + [f"The last {n} at {{s}}, in 2019, ended after a week." for n in _NOUNS]
             + [f"A new contract could end a {n} at {{s}} before it starts." for n in _NOUNS]
             + [f"{{s}} and the union reached a deal {d} to avert the {n}." for n in _NOUNS for d in _DAYS])
AVERTED_HEADLINES = [f"{{s}} and union reach agreement, {v} strike" for v in ("avert", "averting", "dodge", "avoid")] + \
    [f"Strike {v} with deal between {{s}} and union" for v in ("averted", "dodged", "avoided")] + \
    [f"{{s}} workers avoid nationwide strike with tentative deal", "{s} staves off strike with late deal"]


def _verdict(subject: str, title: str, text: str, published: str = "2025-05-18T12:00:00-04:00", q: str = STRIKE_Q) -> str:
    if q != STRIKE_Q and "walkout" not in text and "walkout" not in title:
        text, title = text.replace("strike", "walkout"), title.replace("strike", "walkout")
    return run_case(q.format(s=subject), "2025-05-18T23:59:59-04:00", STRIKE_C.format(s=subject),
                    [("https://news.example.org/a", published, title, text)], "2025-05-19T18:00:00-04:00").verdict


def wrong_fires() -> dict[str, int]:
    wrong = {"ended_missed": 0, "not_ended_fired": 0, "averted_not_no": 0}
    note = "The deal still needs a ratification vote."
    for q in QUESTIONS:
        for s in _SUBJECTS:
            for t in ENDED:
                wrong["ended_missed"] += _verdict(s, "", t.format(s=s), q=q) != "likely-yes"
            for t in ENDED_HEADLINES:
                wrong["ended_missed"] += _verdict(s, t.format(s=s), note, "2025-05-18T09:00:00-04:00", q=q) != "likely-yes"
            for t in NOT_ENDED:
                wrong["not_ended_fired"] += _verdict(s, "", t.format(s=s), q=q) == "likely-yes"
            for t in AVERTED_HEADLINES:
                wrong["averted_not_no"] += _verdict(s, t.format(s=s), note, "2025-05-16T09:00:00-04:00", q=q) != "likely-no"
    return wrong


def variant_total() -> int:
    return len(QUESTIONS) * len(_SUBJECTS) * (len(ENDED) + len(ENDED_HEADLINES) + len(NOT_ENDED) + len(AVERTED_HEADLINES))


def test_variants_read_the_right_way():
    wrong = wrong_fires()
    assert wrong["not_ended_fired"] == 0, wrong
    assert wrong["ended_missed"] <= len(QUESTIONS) * len(_SUBJECTS) * 2, wrong  # a few forms left to other readings
    assert wrong["averted_not_no"] <= len(QUESTIONS) * len(_SUBJECTS) * 2, wrong


# --- hostile input --------------------------------------------------------------------------------------
def test_ended_reading_is_bounded_on_hostile_input():
    from resolver.engine.ended_acts import ended
    text = ("the strike ended the end of the strike to end the walkout is over " * 500)[:30000]
    s = make_sentence(text, 0)
    idx = [i for i, t in enumerate(s.tokens) if t.lower in ("strike", "walkout")]
    start = time.process_time()
    for _ in range(3):
        ended(s, idx)
    assert_cpu_within(start, 2.0)


def test_poll_clause_is_bounded_on_hostile_input():
    from resolver.engine import poll_sourced
    s = make_sentence((", a poll showed " * 2000)[:30000] + ".", 0)
    start = time.process_time()
    poll_sourced.source(s, 0)
    assert_cpu_within(start, 2.0)


if __name__ == "__main__":
    print(f"variants: {variant_total()}; wrong: {wrong_fires()}")
