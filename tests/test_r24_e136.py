"""Readings of the twenty-fourth round's development batch 136 (helper e136: technology and infrastructure —
launches, rail, airports, bridges, energy, outages, telecoms). Each reading is stated on grammar and word lists:

- beaten_rivals (rules/ruled_out._called_off): for 'Will SoftBank beat Dish Network …?', 'Dish Network abandoned its
  effort to acquire Sprint Nextel' is the rival the act beats giving up, not the act called off (a weightless note).
- foreign_figures (foreign_articles.readings): an article not in English that writes a threshold market's bar with
  its unit ('Eind augustus was dat nog meer dan 300 euro') is unread evidence: the deadline's silence cannot decide.
- ruled_out.PARTIAL_NOTE (evaluate._passed_setback, aggregate.supersede_setbacks): an act ruled out for a time that
  ends before the deadline ('will not happen on Sunday evening') is superseded by another article's later report of
  the act done ('SpaceX launched … Thursday').
- chosen_alternatives (rules/opposite_outcome via reversed_sides' hook): for 'Will Qantas choose the Boeing 777X over
  the Airbus A350-1000 …?', 'Qantas has chosen Airbus' A350-1000' is the choice gone the other way.
- dealt_blows (rules/unread_evidence): 'dealt a killer blow to Hutchison's takeover attempt' is an obstacle, no unread
  mention of the deal.

Sentences and questions verbatim from the development corpus (the case named in a comment); the variants swap the
names, numbers, verbs and tenses, with must-not-fire near-misses. `wrong_fires()` counts the variants read the wrong
way; it runs on any engine (the report gives the count before the change and after)."""

from __future__ import annotations

import time

from conftest import fired, realnews_case, run_case
from cpu_budget import assert_cpu_within, assert_each_within, word_soup


def _case(case_id: str):
    c = realnews_case(case_id)
    m = c["market"]

    def run(*items, as_of: str = c["as_of"]):
        """items: (published, text) or (published, title, text) — one article each."""
        arts = [(f"https://example.com/{k}", it[0], it[1] if len(it) == 3 else "", it[-1]) for k, it in enumerate(items)]
        return run_case(m["question"], m["deadline"], m["criteria"], arts, as_of)
    return run


# --- the rival the act beats gives up ---------------------------------------------------------------------------
# b136-softbank-beats-dish-for-sprint-by-jun30-2013-multi-yes
_sb = _case("b136-softbank-beats-dish-for-sprint-by-jun30-2013-multi-yes")
SB_PUB = "2013-06-21T00:00:00-04:00"
SB_S = ("— Dish Network abandoned its effort to acquire Sprint Nextel, making way for bidding rival SoftBank to gain "
        "control of the third-biggest U.S wireless carrier.")
RIVAL_LEFT = [SB_S] + [f"Dish Network {v} its {n} for Sprint Nextel on Friday."
                       for v in ("abandoned", "has abandoned", "scrapped", "dropped", "terminated")
                       for n in ("bid", "offer", "effort")]
# the market's own doer gives up: still the act called off
DOER_LEFT = [f"SoftBank {v} its {n} for Sprint Nextel on Friday." for v in ("abandoned", "scrapped", "dropped")
             for n in ("bid", "offer")]


# --- a foreign article writing the bar with its unit ----------------------------------------------------------------
# b136-ttf-gas-over-300-eur-mwh-by-aug31-2022-yes
_ttf = _case("b136-ttf-gas-over-300-eur-mwh-by-aug31-2022-yes")
TTF_PUB = "2022-09-26T00:00:00+02:00"
TTF_S = ("De gasprijs in Europa is gezakt naar het laagste niveau sinds eind juli. Op de toonaangevende Nederlandse "
         "termijnmarkt zakte de gasprijs maandagvoormiddag onder de 170 euro per megawattuur. Eind augustus was dat nog "
         "meer dan 300 euro. De prijs van aardgas bedraagt wel nog steeds een veelvoud van wat het voor het begin van de "
         "oorlog in Oekraïne was.")
_FR = ("Le prix du gaz en Europe est tombé à son plus bas niveau depuis la fin juillet. Sur le marché à terme "
       "néerlandais, le prix du gaz est passé lundi sous les 170 euros par mégawattheure. Fin août, il était encore de "
       "plus de 300 euros. Le prix du gaz reste toutefois un multiple de ce qu'il était avant le début de la guerre en "
       "Ukraine.")
BAR_WRITTEN = [TTF_S] + [t.replace(b, w) for t, b in ((TTF_S, "300 euro"), (_FR, "300 euros"))
                         for w in ("300 euro", "300 euros", "€300", "300 €", "300,00 euro", "300 EUR", "€ 300")]
# another figure, another unit, the bar's digits inside another number: the deadline's silence still decides
BAR_NOT_WRITTEN = [t.replace(b, w) for t, b in ((TTF_S, "300 euro"), (_FR, "300 euros"))
                   for w in ("190 euro", "300 dollar", "3000 euro", "1.300 euro", "300 megawatt", "30,0 euro")]


# --- a dated ruling-out superseded by the act done later ----------------------------------------------------------
# b136-falcon-heavy-arabsat6a-launch-by-apr15-2019-multi-yes
_fh = _case("b136-falcon-heavy-arabsat6a-launch-by-apr15-2019-multi-yes")
FH_PUB1, FH_PUB2 = "2019-04-04T00:00:00-04:00", "2019-04-11T00:00:00-07:00"
FH_NOT = ("SpaceX’s first commercial launch of its powerful Falcon Heavy rocket will not happen on Sunday evening, "
          "according to a report from NASA Spaceflight.")
FH_DONE = ("For the first time, SpaceX launched a communications satellite on its Falcon Heavy rocket Thursday, opening "
           "the door for future commercial and military payloads.")
_NOTS = [FH_NOT] + [f"SpaceX's launch of its Falcon Heavy rocket {w} on {d}."
                    for w in ("will not happen", "won't happen", "will not take place") for d in ("Sunday", "Saturday")]
_DONES = [FH_DONE] + [f"SpaceX {v} its Falcon Heavy rocket {d}." for v in ("launched", "successfully launched")
                      for d in ("Thursday", "on Thursday")]
SUPERSEDED = [(n, d) for n in _NOTS for d in _DONES]
# no later report of the act done: the ruling-out stands (never a likely-yes)
NOT_SUPERSEDED = [(n, "SpaceX's Falcon Heavy rocket sat on the pad on Thursday as engineers checked it.") for n in _NOTS]


# --- the question's alternative chosen ------------------------------------------------------------------------------
# b136-qantas-sunrise-picks-boeing-777x-2019-multi-no
_qf = _case("b136-qantas-sunrise-picks-boeing-777x-2019-multi-no")
QF_PUB = "2019-12-13T00:00:00+11:00"
QF_S = ("Qantas has chosen Airbus' A350-1000 as the aircraft it will use for non-stop flights from Australia's east coast "
        "to New York and London, but delayed a decision on whether to go ahead with the new routes by three months.")
QF_S2 = "- Australia's Qantas Airways (QAN.AX) selected Airbus aircraft for its planned world's longest commercial service."
ALT_CHOSEN = [QF_S, QF_S2] + [f"Qantas {v} {o} as its preferred aircraft for Project Sunrise."
                              for v in ("has chosen", "chose", "selected", "has picked", "picked")
                              for o in ("the Airbus A350-1000", "the A350-1000", "Airbus")] + [
    "Qantas picked the A350-1000 over the Boeing 777X for Project Sunrise."]
ALT_NOT_CHOSEN = [f"Qantas {v} the Airbus A350-1000 as its preferred aircraft for Project Sunrise."
                  for v in ("has not chosen", "did not select", "will choose", "is expected to select", "may pick")] + [
    "Qantas has chosen the Boeing 777X as its preferred aircraft for Project Sunrise.",
    "Qantas picked the Boeing 777X over the Airbus A350-1000 for Project Sunrise."]


# --- 'dealt a blow' ---------------------------------------------------------------------------------------------------
# b136-hutchison-completes-o2-uk-by-jun30-2016-multi-no
_ck = _case("b136-hutchison-completes-o2-uk-by-jun30-2016-multi-no")
CK_PUB = "2016-05-12T00:00:00+05:30"
CK_S = ("LONDON: O2 was up for grabs again yesterday (Wednesday) after competition officials in Brussels dealt a killer "
        "blow to Hutchison's takeover attempt.")  # (the verbatim sentence goes on: '… more than a year after the … deal
# was agreed', an agreement no rule reads, left as unread evidence)
BLOWS = [CK_S] + [f"Competition officials in Brussels {v} {a} blow to CK Hutchison's {o} on Wednesday."
                  for v in ("dealt", "have dealt", "dealt another") for a in ("a fatal", "a major", "")
                  for o in ("takeover attempt", "plan to buy O2", "bid for O2")]
BLOWS = [s.replace("  ", " ") for s in BLOWS]


def _no(v, rule: str) -> bool:
    return v.verdict == "likely-no" and bool(fired(v, rule))


def wrong_fires() -> dict[str, int]:
    return {
        "rival_exit_read_as_no": sum(_sb((SB_PUB, s)).verdict == "likely-no" for s in RIVAL_LEFT),
        "doer_exit_missed": sum(not fired(_sb((SB_PUB, s)), "ruled_out") for s in DOER_LEFT),
        "foreign_bar_decided": sum(_ttf((TTF_PUB, s)).verdict != "undetermined" for s in BAR_WRITTEN),
        "no_bar_held": sum(_ttf((TTF_PUB, s)).verdict != "likely-no" for s in BAR_NOT_WRITTEN),
        "superseded_missed": sum(_fh((FH_PUB1, n), (FH_PUB2, d)).verdict != "likely-yes" for n, d in SUPERSEDED),
        "unsuperseded_yes": sum(_fh((FH_PUB1, n), (FH_PUB2, d)).verdict == "likely-yes" for n, d in NOT_SUPERSEDED),
        "alternative_missed": sum(not _fired_no(_qf((QF_PUB, s)), "opposite_outcome") for s in ALT_CHOSEN),
        "alternative_wrongly_read": sum(bool(_fired_no(_qf((QF_PUB, s)), "opposite_outcome")) for s in ALT_NOT_CHOSEN),
        "blow_held_deadline": sum(_ck((CK_PUB, s)).verdict != "likely-no" for s in BLOWS),
    }


def _fired_no(v, rule: str) -> list:
    return [c for c in fired(v, rule) if c.direction == "no"]


def test_rival_exit_is_no_calling_off():
    assert [s for s in RIVAL_LEFT if _sb((SB_PUB, s)).verdict == "likely-no"] == []
    v = _sb((SB_PUB, SB_S))
    assert any("the rival the act beats" in c.reason for c in v.contributions)


def test_doer_exit_still_calls_off():
    assert [s for s in DOER_LEFT if not fired(_sb((SB_PUB, s)), "ruled_out")] == []


def test_foreign_bar_is_unread_evidence():
    assert [s for s in BAR_WRITTEN if _ttf((TTF_PUB, s)).verdict != "undetermined"] == []
    v = _ttf((TTF_PUB, TTF_S))
    assert v.status == "unread-evidence" and any("'300 euro'" in c.reason for c in v.contributions)


def test_foreign_text_without_bar_lets_deadline_decide():
    assert [s for s in BAR_NOT_WRITTEN if _ttf((TTF_PUB, s)).verdict != "likely-no"] == []


def test_dated_ruling_out_superseded_by_later_launch():
    assert [p for p in SUPERSEDED if _fh((FH_PUB1, p[0]), (FH_PUB2, p[1])).verdict != "likely-yes"] == []


def test_dated_ruling_out_alone_no_yes():
    assert [p for p in NOT_SUPERSEDED if _fh((FH_PUB1, p[0]), (FH_PUB2, p[1])).verdict == "likely-yes"] == []


def test_question_alternative_chosen():
    assert [s for s in ALT_CHOSEN if not _fired_no(_qf((QF_PUB, s)), "opposite_outcome")] == []
    assert _qf((QF_PUB, QF_S), (QF_PUB, QF_S2)).verdict == "likely-no"


def test_alternative_not_chosen():
    assert [s for s in ALT_NOT_CHOSEN if _fired_no(_qf((QF_PUB, s)), "opposite_outcome")] == []


def test_dealt_blow_is_no_unread_mention():
    assert [s for s in BLOWS if _ck((CK_PUB, s)).verdict != "likely-no"] == []


def test_hostile_run_on_text_is_bounded():
    from resolver.engine import chosen_alternatives, dealt_blows, foreign_figures
    words = ("Dish Network abandoned dealt a blow 300 euro € 300,00 selected chose picked over Airbus A350-1000 "
             "will not happen on Sunday launched Thursday Qantas SoftBank beat 1.300 EUR de het van ").split()
    soup = word_soup(words)
    dutch = " ".join(("de", "het", "van", "300", "euro", "een", "op")[k % 7] for k in range(6000))[:30000]
    runs = [lambda s: _sb((SB_PUB, s)), lambda s: _ttf((TTF_PUB, s)), lambda s: _qf((QF_PUB, s)),
            lambda s: _ck((CK_PUB, s)), lambda s: _fh((FH_PUB1, s), (FH_PUB2, s))]
    assert_each_within(runs, soup, 2.0)  # each run warmed first (cpu_budget)
    start = time.process_time()
    _ttf((TTF_PUB, dutch))
    assert_cpu_within(start, 2.0)
    start = time.process_time()  # the readings' patterns on the whole 30 KB, past any sentence bound
    foreign_figures._pattern(300.0, "eur").search(soup)
    foreign_figures._pattern(70000.0, "inr").search(soup)
    chosen_alternatives.sides(soup)
    assert_cpu_within(start, 2.0)
    assert dealt_blows._REACH <= 4
