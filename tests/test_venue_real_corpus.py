"""Every market of the real-response corpus (tests/data/venues/real, sources and licences in its
README) imported right or refused with a per-market reason, against golden expectations written
from each market's rules text before the import was run; and the shared rules-text deadline reader
on every rules text of the corpus.

A golden names, per venue id: the window [lo, hi] (UTC) the deadline must fall in, the kind, the
outcomes (a list, or a count), the price, whether the import must be flagged for review, a note it
must carry; or `refuse`, a substring of the per-market reason. A file whose records are not markets
(an /events page without nested markets) is refused whole with the reason in WHOLE."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from resolver.errors import BadInput
from resolver.venues import parse_all, records
from resolver.venues.deadline import read_deadline

REAL = Path(__file__).parent / "data" / "venues" / "real"
UTC = timezone.utc


def G(lo: str, hi: str | None = None, **kw) -> dict:
    return dict(lo=lo, hi=hi or lo, **kw)


def combo(legs: int, first_leg: str) -> dict:
    return dict(refuse="combo (multi-leg) market", legs=legs, first_leg=first_leg)


NFL_WINDOW = ("2026-10-09T03:15:00", "2026-10-11T00:15:00")  # expected end of the game .. close_time backstop
BALLON = "2027-01-01T04:59:00"  # "If no … winner is declared by December 31, 2026, 11:59 PM ET" (a fallback)
GTA = ("2026-08-01T03:59:00", "2026-08-01T03:59:59")  # "If neither occurs by July 31, 2026, 11:59 PM ET … 50-50"

GOLDEN: dict[str, dict[str, dict]] = {
    # --- Kalshi -----------------------------------------------------------------------------------
    # "If Dallas wins the TB Buccaneers vs DAL Cowboys Pro Football game originally scheduled for Oct 8,
    # 2026": a scheduled game, at least its expected end, at most the close_time backstop; flagged
    "kalshi-markets-nfl-game.json": {
        "KXNFLGAME-26OCT08TBDAL-DAL": G(*NFL_WINDOW, kind="binary", price={"yes": 0.81}, flagged=True, side="Dallas"),
        "KXNFLGAME-26OCT08TBDAL-TB": G(*NFL_WINDOW, kind="binary", price={"yes": 0.2}, flagged=True, side="Tampa Bay"),
    },
    "kalshi-event-nfl-game-nested.json": {
        "KXNFLGAME-26OCT08TBDAL-DAL": G(*NFL_WINDOW, kind="binary", price={"yes": 0.81}, flagged=True, side="Dallas",
                                        event="TB Buccaneers vs DAL Cowboys"),
        "KXNFLGAME-26OCT08TBDAL-TB": G(*NFL_WINDOW, kind="binary", price={"yes": 0.2}, flagged=True, side="Tampa Bay",
                                       event="TB Buccaneers vs DAL Cowboys"),
    },
    "kalshi-market-nfl-game.json": {
        "KXNFLGAME-26OCT08TBDAL-DAL": G(*NFL_WINDOW, kind="binary", price={"yes": 0.81}, flagged=True, side="Dallas"),
    },
    # "If Elon Musk visits Mars before the earlier of his death or Aug 1, 2099": before Aug 1, 2099 (ET),
    # and no later than the venue's expected expiration that morning
    "kalshi-event-mars.json": {
        "KXELONMARS-99": G("2099-08-01T03:59:59", "2099-08-01T15:00:00", kind="binary", price={"yes": 0.06},
                           flagged=False),
    },
    # combo (multi-leg) markets carry no rules of their own: refused, each naming its legs
    "kalshi-markets-open-combos-1.json": {
        "KXMVESPORTSMULTIGAMEEXTENDED-S2025F4F0CF3B0DA-F7F474937F3": combo(4, ""),
        "KXMVESPORTSMULTIGAMEEXTENDED-S2025914C1DEF932-2AB7D089B34": combo(2, ""),
        "KXMVESPORTSMULTIGAMEEXTENDED-S20250D70227AB15-82BD3E9AC03": combo(7, ""),
        "KXMVESPORTSMULTIGAMEEXTENDED-S202564C7D2450D8-3091E052E40": combo(8, ""),
        "KXMVENFLSINGLEGAME-S202584B43168815-49276DF2248": combo(5, ""),
    },
    "kalshi-markets-open-combos-2.json": {
        "KXMVENFLSINGLEGAME-S202513E70FA7695-688BECB3826": combo(5, "KXNFLGAME-26JAN12HOUPIT-PIT"),
        "KXMVENFLSINGLEGAME-S202520933229531-BB1D66AF8DE": combo(8, ""),
        "KXMVENFLSINGLEGAME-S2025AB7F3A9D30B-5BAE1F64C35": combo(4, ""),
        "KXMVESPORTSMULTIGAMEEXTENDED-S202574BDF0EBF19-76639FFEFBC": combo(9, ""),
        "KXMVENFLSINGLEGAME-S2025BFC97EF3746-375C527D3B2": combo(4, ""),
    },
    "kalshi-markets-open-combos-3.json": {
        "KXMVESPORTSMULTIGAMEEXTENDED-S202695384F34707-B07014EEB10": combo(3, ""),
        "KXMVESPORTSMULTIGAMEEXTENDED-S20266BA1E1DE06B-AC8E1C8074F": combo(10, ""),
        "KXMVESPORTSMULTIGAMEEXTENDED-S2026580AE0009CF-1C1B8E35250": combo(4, ""),
        "KXMVESPORTSMULTIGAMEEXTENDED-S20263A470AB390F-40CD17D13B0": combo(4, ""),
        "KXMVESPORTSMULTIGAMEEXTENDED-S202668B6522D873-0DF0229E9FB": combo(3, ""),
    },
    "kalshi-market-combo-1.json": {"KXMVENFLSINGLEGAME-S2025D0419213909-2823B13EC45": combo(2, "")},
    "kalshi-market-combo-2.json": {"KXMVENFLSINGLEGAME-S202513E70FA7695-688BECB3826": combo(5, "KXNFLGAME-26JAN12HOUPIT-PIT")},
    # --- Polymarket -------------------------------------------------------------------------------
    "polymarket-markets-updown-election.json": {
        # "closing at 12:00 ET on Oct 5 '26": two named outcomes, not yes/no
        "5239514": G("2026-10-05T16:00:00", kind="categorical", outcomes=["Up", "Down"],
                     price={"Up": 0.9985, "Down": 0.0015}, flagged=False),
        # first round on October 4, 2026, "includes any potential second round" (October 25), and the
        # result may come as late as "June 30, 2027, 11:59 PM ET": never the endDate at the end of round one
        "601819": G("2026-10-26T03:59:59", "2027-07-01T03:59:59", kind="binary", price={"yes": 0.165}, flagged=True),
        "601826": G("2026-10-26T03:59:59", "2027-07-01T03:59:59", kind="binary", price={"yes": 0.8365}, flagged=True),
    },
    "polymarket-events-negrisk.json": {
        "608540": G(BALLON, "2027-01-01T04:59:59", kind="binary", price={"yes": 0.0215}, note="Ballon d'Or Winner 2026"),
        "608541": G(BALLON, "2027-01-01T04:59:59", kind="binary", price={"yes": 0.0015}, note="Ballon d'Or Winner 2026"),
        "608542": G(BALLON, "2027-01-01T04:59:59", kind="binary", price={"yes": 0.0005}, note="Ballon d'Or Winner 2026"),
        # "met by December 31, 2026, 11:59 PM ET"
        "694027": G("2027-01-01T04:59:00", "2027-01-01T04:59:59", kind="binary", price={"yes": 0.035}, flagged=False),
        # "before the start of the 2026-2027 NBA season": no date; the venue's endDate (Oct 21, 11:59 PM ET)
        "741099": G("2026-10-22T03:59:00", kind="binary", price={"yes": 0.004}),
    },
    "polymarket-market-ballon-dor.json": {
        "608565": G(BALLON, "2027-01-01T04:59:59", kind="binary", price={"yes": 0.0215}, note="Lionel Messi"),
    },
    "polymarket-markets-before-gta.json": {
        vid: G(*GTA, kind="binary", price={"yes": p}, flagged=False)
        for vid, p in (("540817", 0.51), ("540818", 0.51), ("540819", 0.495), ("540820", 0.505), ("540843", 0.505))
    },
    "polymarket-markets-endDate-before-rules.json": {
        # "by December 31, 2026, 11:59 PM ET"; the endDate (midnight UTC that day) names the day only
        "677218": G("2027-01-01T04:59:00", "2027-01-01T04:59:59", kind="binary", price={"yes": 0.195}, flagged=False),
        # the endDate (2025-12-31) is a year before "not released by December 31, 2026, 11:59PM ET": the later
        # is kept, flagged
        "683344": G("2027-01-01T04:59:00", "2027-01-01T04:59:59", kind="binary", price={"yes": 0.9765}, flagged=True),
        # "the upcoming game, scheduled for November 28, 2025" (remains open if postponed): at least the end
        # of the game, flagged
        "689015": G("2025-11-28T19:30:00", "2025-11-29T05:00:00", kind="binary", price={"yes": 0.4995}, flagged=True),
    },
    "polymarket-market-closed-resolved.json": {
        # the January 2026 FOMC meeting "currently scheduled for January 27-28"; closed, priced Yes 0 / No 1:
        # a real price (resolved No), not the all-zero prices of a voided market
        "949492": G("2026-01-28T19:00:00", "2026-02-08T04:59:59", kind="binary", price={"yes": 0.0}, flagged=True),
    },
    # an /events page its source trimmed of every description: no rules text, so no date but the venue's endDate
    # (midnight UTC names a day: the end of that day in ET), flagged twice (no rules; a day, not a time); each
    # market noted as one outcome of its event (the records leave out negRisk)
    "polymarket-events-wnba.json": {
        **{vid: G("2026-11-01T03:59:59", kind="binary", price={"yes": p}, flagged=True, note="WNBA: 2026 Champion",
                  no_rules=True)
           for vid, p in (("1892487", 0.125), ("1892488", 0.0015), ("1892489", 0.0005))},
        **{vid: G("2026-09-26T03:59:59", kind="binary", price={"yes": p}, flagged=True, note="WNBA: 2026 MVP",
                  no_rules=True)
           for vid, p in (("2046989", 0.0355), ("2046990", 0.79), ("2046991", 0.0125))},
    },
    # CLOB /markets (condition ids, tokens with outcome and price), closed markets of 2021
    "polymarket-clob-markets-closed-2021.json": {
        # "through the resolution date, June 30, 2021 12:00 PM ET"
        "0xb62f71aef4c9972ddb75ec977b48156e1cc72e30f0e36b0f12c14de7fd94c777": G(
            "2021-06-30T16:00:00", "2021-06-30T16:00:59", kind="binary", price={"yes": 0.0}, flagged=False),
        # "resolve whenever the NL West division becomes clinched": no date; end_date_iso (midnight UTC) names
        # a day: the end of that day, flagged
        "0x2bda19aa7231cefc6b5d7e0b2bf4a785e243d255986aedac0f13fb12433ac3a9": G(
            "2021-10-05T00:00:00", "2021-10-06T04:00:00", kind="binary", price={"yes": 0.0}, flagged=True),
        # snow "on December 31st 2021", checked "at 12:00 PM ET January 1, 2022"
        "0x97ff49f9ad7222f4dede0476269cdadfadb4004eb4644a908bc44bc11ddf4f81": G(
            "2022-01-01T04:59:59", "2022-01-01T17:00:00", kind="binary", price={"yes": 0.0}),
    },
    # --- Manifold ---------------------------------------------------------------------------------
    "manifold-markets-2022-10.json": {
        "8gUQD1g6X4BuWZwT4CpZ": G("2024-01-01T04:59:00", kind="binary", price={"yes": 0.20000000000000004}),
        "LfcCEgKJG8YWOeetrwwG": G("2023-07-01T03:59:00", kind="binary", price={"yes": 0.40619020443787995}),
        "AzPSfDBkxhmuYnQInh4p": G("2022-10-10T19:14:35.217000", kind="value", value=(0, 100),
                                  note="venue resolution: CANCEL"),
        "1e485Dt5uTkwz932tShV": dict(refuse="fetch the full market"),
        "sJzMHEpSxhVVOVf1mguu": dict(refuse="fetch the full market"),
        "WIcz9QDEsIZVlQZ8KrcF": G("2022-10-12T03:59:00", kind="value", value=(8, 25)),
        "FLebR5lDW0VqfN8Dtpxj": G("2022-10-08T18:55:38.618000", kind="value", value=(60, 600), log=True,
                                  note="venue resolution: MKT"),
    },
    "manifold-markets-2022-06.json": {
        # "close over $655 on June 15, 2022" ("resolved after 4pm ET stock market close"): not the 3 pm ET close
        "kVarLmiWeI8rnf7m9pNK": G("2022-06-15T20:00:00", "2022-06-16T04:00:00", kind="binary",
                                  price={"yes": 0.32456242411270414}),
        "muSc9gpSliwGWRP9EKOT": G("2022-06-15T13:55:11.928000", kind="binary", price={"yes": 0.007602334146844498},
                                  note="venue resolution: NO"),
        "pb8VWfM9KO67fQ6kVEGQ": dict(refuse="fetch the full market"),
        "Fi6i7ColxlcyQ17oyqbp": dict(refuse="fetch the full market"),  # an early NUMERIC row: no range
        "gBGqW7BYO48SLp6CTCK1": dict(refuse="fetch the full market"),
    },
    "manifold-market-multiple-choice.json": {  # dpm-2 answers sum to one: one market, three outcomes
        "TEW8dlA3pxk3GalxeQkI": G("2022-12-13T16:59:59", kind="categorical",
                                  outcomes=["Harry Potter", "Cthulu", "Ririsu/Ririto Ibusuki"],
                                  price={"Harry Potter": 0.3333333333333333}),
    },
    "manifold-market-free-response-2022-10.json": {
        "qjwjSMWj1s8Hr21hVbPC": G("2022-10-18T03:59:00", kind="categorical", outcomes=["boring", "unimportant",
                                                                                        "not useful"]),
    },
    # "Resolves YES if there is a single day in 2022 …": the window ends with 2022, not at the closeTime set
    # when it resolved early
    "manifold-slug-binary.json": {
        "rIR6mWqaO9xKLifr6cLL": G("2022-12-31T23:59:59", "2023-01-01T05:00:00", kind="binary",
                                  price={"yes": 0.9911535861392651}, note="venue resolution: YES"),
    },
    "manifold-market-pseudo-numeric.json": {
        "MIVgHSvQ1s9MRGpm9QUb": G("2100-12-31T16:59:59", kind="value", value=(2023, 2100), log=True),
    },
    "manifold-market-pseudo-numeric-resolved.json": {
        "MIVgHSvQ1s9MRGpm9QUb": G("2022-10-11T22:37:54.836000", kind="value", value=(2023, 2100), log=True,
                                  note="venue resolution: MKT (2045)"),
    },
}

# files whose records are not markets: refused whole, with the reason
WHOLE = {
    "kalshi-events-nfl-no-nested.json": "no nested markets",
    "kalshi-events-long-dated-no-nested.json": "no nested markets",
}


def _venue(name: str) -> str:
    return name.split("-", 1)[0]


def _utc(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat()


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_every_market_imports_right_or_is_refused_with_its_reason(name):
    parsed = parse_all(_venue(name), json.loads((REAL / name).read_text(encoding="utf-8")))
    got = {vm.venue_id: vm for vm in parsed.markets}
    refused = {r["venue_id"]: r["reason"] for r in parsed.refused}
    assert set(got) | set(refused) == set(GOLDEN[name]) and not set(got) & set(refused)
    for vid, g in GOLDEN[name].items():
        if "refuse" in g:
            assert vid in refused and g["refuse"] in refused[vid], (vid, refused.get(vid))
            if "legs" in g:
                assert f"{g['legs']} legs" in refused[vid] and (g["first_leg"] in refused[vid]), refused[vid]
            continue
        assert vid in got, (vid, refused.get(vid))
        vm = got[vid]
        when = _utc(vm.market.deadline)
        assert g["lo"] <= when <= g["hi"], (vid, when, vm.deadline_source)
        assert vm.kind == g["kind"], (vid, vm.kind)
        if "outcomes" in g:
            assert vm.market.outcomes == g["outcomes"], vid
        elif g["kind"] in ("binary", "value"):
            assert vm.market.outcomes == [], vid
        if "price" in g:
            assert all(vm.prices.get(k) == pytest.approx(v) for k, v in g["price"].items()), (vid, vm.prices)
        if g["kind"] == "value":
            value = vm.market.settings.value
            assert value is not None and (value.lower, value.upper) == g["value"] and not vm.prices, vid
            assert value.log_scale is g.get("log", False), vid
        if "flagged" in g:
            assert bool(vm.flags) is g["flagged"], (vid, vm.flags)
        if "note" in g:
            assert any(g["note"] in n for n in vm.notes), (vid, vm.notes)
        if g.get("no_rules"):
            assert vm.market.criteria == "" and any("no rules text" in f for f in vm.flags), (vid, vm.flags)
        if "side" in g:
            assert g["side"] in vm.market.question, vm.market.question
        if "event" in g:
            assert g["event"] in vm.market.question, vm.market.question
    # the two sides of a game never share a question
    questions = [vm.market.question for vm in parsed.markets]
    assert len(set(questions)) == len(questions)


@pytest.mark.parametrize("name", sorted(WHOLE))
def test_responses_without_markets_are_refused_whole_with_the_reason(name):
    with pytest.raises(BadInput, match=WHOLE[name]):
        parse_all(_venue(name), json.loads((REAL / name).read_text(encoding="utf-8")))


def test_the_corpus_has_ten_responses_per_venue_each_with_a_golden():
    files = sorted(p.name for p in REAL.glob("*.json"))
    from tests.test_venue_import import METACULUS_GOLDEN  # the Metaculus and earlier files' goldens
    covered = set(GOLDEN) | set(WHOLE) | set(METACULUS_GOLDEN) | {
        "polymarket-markets-ten.json", "polymarket-markets-twenty-tail.json", "manifold-market-free-response.json",
        "manifold-markets-list.json", "manifold-search-markets-resolved.json",
        "manifold-search-markets-rich-description.json", "manifold-market-binary.json"}
    assert set(files) == covered
    # issue 12 asks for ten per venue
    for venue, least in (("kalshi", 10), ("polymarket", 10), ("manifold", 10), ("metaculus", 10)):
        assert sum(f.startswith(venue + "-") for f in files) >= least, venue


# --- the shared rules-text reader on every rules text of the corpus ----------------------------------
def _rules(venue: str, rec: dict) -> str:
    """A record's rules text, as the venue gives it (the reader's input)."""
    if venue == "polymarket":
        return str(rec.get("description") or "")
    if venue == "kalshi":
        return " ".join(str(rec.get(k) or "") for k in ("rules_primary", "rules_secondary")).strip()
    if venue == "manifold":
        text = rec.get("textDescription") if isinstance(rec.get("textDescription"), str) else rec.get("description")
        return text if isinstance(text, str) else ""
    q = rec["question"] if isinstance(rec.get("question"), dict) else rec
    return " ".join(str(q.get(k) or rec.get(k) or "") for k in ("resolution_criteria", "fine_print")).strip()


def _corpus_texts() -> dict[tuple[str, str], tuple[str, str]]:
    """Every distinct rules text of the corpus: (venue, text) → (file, the first venue id that carries it)."""
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for path in sorted(REAL.glob("*.json")):
        venue = _venue(path.name)
        try:
            recs = records(venue, json.loads(path.read_text(encoding="utf-8")))
        except BadInput:
            continue  # an /events page without markets: no rules text
        for rec, _ in recs:
            text = _rules(venue, rec)
            if text.strip():
                vid = str(rec.get("id") or rec.get("ticker") or rec.get("condition_id"))
                out.setdefault((venue, text), (path.name, vid))
    return out


# first venue id carrying the text → what the reader must make of it, written from the text: None (no
# window the text states: conditions, fallbacks, dates in sentences that do not say how it resolves),
# or (kind, earliest, latest UTC instant); kind "scheduled" for a scheduled event's day, "any" when
# either reading is right ("currently scheduled to be released on June 10, 2022, at 8:30 AM ET")
D, S = "deadline", "scheduled"
READER: dict[str, tuple[str, str, str] | None] = {
    # Kalshi (ET)
    "KXELONMARS-99": (D, "2099-08-01T03:59:59", "2099-08-01T03:59:59"),  # before the earlier of … or Aug 1, 2099
    "KXNFLGAME-26OCT08TBDAL-DAL": (S, "2026-10-09T03:59:59", "2026-10-09T03:59:59"),
    "KXNFLGAME-26OCT08TBDAL-TB": (S, "2026-10-09T03:59:59", "2026-10-09T03:59:59"),
    # Manifold (UTC)
    "3zspH9sSzMlbFQLn9GKR": None, "lEoqtnDgJzft6apSKzYK": None, "TEW8dlA3pxk3GalxeQkI": None,
    "kVarLmiWeI8rnf7m9pNK": None,  # "resolved after 4pm ET stock market close": a time, no date
    "pb8VWfM9KO67fQ6kVEGQ": None, "gBGqW7BYO48SLp6CTCK1": None,
    "Fi6i7ColxlcyQ17oyqbp": ("any", "2022-06-10T12:30:00", "2022-06-11T00:00:00"),
    "qr759sZOfNCBV9o0cIDg": (D, "2022-12-31T23:59:59", "2022-12-31T23:59:59"),  # by the end of 2022
    "rIR6mWqaO9xKLifr6cLL": (D, "2022-12-31T23:59:59", "2022-12-31T23:59:59"),  # a single day in 2022 where …
    # Metaculus (UTC)
    "25769": (D, "2024-09-30T23:59:59", "2024-09-30T23:59:59"),
    # the price "on September 30, 2024"; "Specifically, on October 1, 2024, Metaculus will access the resolution
    # link, and the number will resolve as the Yesterday Avg." (the annulment sentence is a condition)
    "28305": (D, "2024-09-30T23:59:59", "2024-10-01T23:59:59"),
    "38880": None,  # the dates are in a definition, not in a sentence saying how it resolves
    "31656": (D, "2025-03-31T23:59:59", "2025-03-31T23:59:59"),  # for March 31, accessed on or after April 1
    "29783": None,  # "If the result … is not known by 7 January 2025 … Ambiguous"
    "34752": (D, "2025-02-28T23:59:59", "2025-02-28T23:59:59"),
    "34666": (D, "2025-03-31T23:59:59", "2025-03-31T23:59:59"),
    "34490": (D, "2025-04-01T23:59:59", "2025-04-01T23:59:59"),
    "31821": (D, "2025-04-30T23:59:59", "2025-04-30T23:59:59"),
    "34519": (D, "2025-12-31T23:59:59", "2026-01-01T04:59:59"),  # before January 1, 2026 (Eastern Time)
    "34517": (D, "2025-06-29T23:59:59", "2025-06-29T23:59:59"),
    "34516": (D, "2025-12-31T23:59:59", "2026-01-01T04:59:59"),
    "34515": (D, "2025-06-30T23:59:59", "2025-06-30T23:59:59"),
    "34514": (D, "2025-12-31T23:59:59", "2025-12-31T23:59:59"),
    "34512": (D, "2025-12-31T23:59:59", "2025-12-31T23:59:59"),
    "34511": (D, "2025-12-31T23:59:59", "2025-12-31T23:59:59"),
    "34509": (D, "2025-12-31T23:59:59", "2025-12-31T23:59:59"),
    "34508": (D, "2025-12-31T23:59:59", "2025-12-31T23:59:59"),
    "34507": (D, "2025-06-30T23:59:59", "2025-06-30T23:59:59"),  # "delayed beyond June 30": a condition
    "34506": (D, "2026-12-31T23:59:59", "2027-01-01T04:59:59"),  # on or before December 31, 2026, Eastern Time
    "34505": (D, "2025-09-27T23:59:59", "2025-09-29T23:59:59"),  # before September 30 / on or before September 27
    "34504": (D, "2027-12-31T23:59:59", "2028-01-01T04:59:59"),
    "34503": (D, "2025-06-30T23:59:59", "2025-06-30T23:59:59"),
    "34521": (D, "2025-12-31T23:59:59", "2025-12-31T23:59:59"),
    "34277": (D, "2025-03-31T23:59:59", "2025-03-31T23:59:59"),
    "34282": (D, "2025-04-05T23:59:59", "2025-04-05T23:59:59"),
    "31818": None,
    "30596": None,  # "If this has not happened before January 1, 2075, … >2074-12-31": a condition
    "31858": (D, "2025-03-31T23:59:59", "2025-03-31T23:59:59"),
    "31820": (D, "2025-03-31T23:59:59", "2025-03-31T23:59:59"),  # for March 2025
    "34280": (D, "2025-03-29T23:59:59", "2025-03-29T23:59:59"),
    "34281": (S, "2025-03-08T23:59:59", "2025-03-08T23:59:59"),  # Gameweek 28, currently scheduled for March 8
    "34483": None,
    "31822": (D, "2025-04-30T23:59:59", "2025-04-30T23:59:59"),
    "34278": (D, "2025-02-24T23:59:59", "2025-02-24T23:59:59"),
    "34279": (D, "2025-03-24T23:59:59", "2025-03-24T23:59:59"),
    "30927": (D, "2024-12-29T23:59:59", "2024-12-29T23:59:59"),
    "31010": (D, "2024-12-30T23:59:59", "2024-12-30T23:59:59"),
    # Polymarket (ET)
    "0xb62f71aef4c9972ddb75ec977b48156e1cc72e30f0e36b0f12c14de7fd94c777": (D, "2021-06-30T16:00:00", "2021-06-30T16:00:00"),
    "0x2bda19aa7231cefc6b5d7e0b2bf4a785e243d255986aedac0f13fb12433ac3a9": None,
    "0x97ff49f9ad7222f4dede0476269cdadfadb4004eb4644a908bc44bc11ddf4f81": (D, "2022-01-01T04:59:59", "2022-01-01T04:59:59"),
    "608540": None,  # "If no … winner is declared by December 31, 2026 … Other": a fallback
    "694027": (D, "2027-01-01T04:59:59", "2027-01-01T04:59:59"),
    "741099": None,
    "949492": (D, "2026-01-28T19:00:00", "2026-02-01T04:59:59"),  # the meeting for January 2026 (January 27-28)
    **{vid: (D, "2026-08-01T03:59:59", "2026-08-01T03:59:59") for vid in ("540817", "540818", "540819", "540820",
                                                                              "540843")},
    "677218": (D, "2027-01-01T04:59:59", "2027-01-01T04:59:59"),
    "683344": None,  # "If … not released by December 31, 2026 … No": a condition
    "689015": None,  # "scheduled for November 28, 2025" stands in a sentence that does not say how it resolves
    "503051": (D, "2024-08-01T03:59:59", "2024-08-01T03:59:59"),  # between July 1 and market close on July 31
    "500665": None, "255398": None, "503484": None, "501366": None,
    "501153": (D, "2025-01-01T04:59:59", "2025-01-01T04:59:59"),
    "500962": None,  # "If there is no final data available by August 5 … another source": a condition
    "502903": (D, "2024-10-01T03:59:59", "2024-10-01T03:59:59"),
    "500111": None, "500640": None, "503315": None, "500621": None, "255123": None, "255348": None,
    "253665": (D, "2025-01-01T04:59:59", "2025-01-01T04:59:59"),
    "500193": (D, "2025-01-01T04:59:59", "2025-01-01T04:59:59"),
    "503054": (D, "2024-09-01T03:59:59", "2024-09-01T03:59:59"),
    "503418": (D, "2024-07-19T16:00:00", "2024-07-19T16:00:00"),  # 19 July '24 12:00 in the ET timezone
    "502231": (D, "2025-01-01T04:59:59", "2025-01-01T04:59:59"),
    "501066": (D, "2024-11-05T04:59:59", "2024-11-05T04:59:59"),
    "5239514": (D, "2026-10-05T16:00:00", "2026-10-05T16:00:00"),  # 12:00 ET on Oct 5 '26
    "601819": None,  # "If the result … isn't known by June 30, 2027 … Other": a fallback
}
TEXTS = _corpus_texts()
ZONE = {"polymarket": "America/New_York", "kalshi": "America/New_York", "manifold": "UTC", "metaculus": "UTC"}


@pytest.mark.parametrize("key", sorted(TEXTS, key=lambda k: TEXTS[k]), ids=[f"{TEXTS[k][1][:20]}" for k in sorted(
    TEXTS, key=lambda k: TEXTS[k])])
def test_the_reader_on_every_rules_text_of_the_corpus(key):
    venue, text = key
    vid = TEXTS[key][1]
    assert vid in READER, f"no golden for the rules text of {vid}"
    reading = read_deadline(text, ZONE[venue])
    expected = READER[vid]
    if expected is None:
        assert reading is None, (vid, reading)
        return
    kind, lo, hi = expected
    assert reading is not None, vid
    assert lo <= _utc(reading.when) <= hi and kind in ("any", reading.kind), (vid, reading)


def test_every_rules_text_has_a_reader_golden():
    assert sorted(v for _, v in TEXTS.values()) == sorted(READER)


def test_sync_of_a_combo_refuses_it_and_imports_its_legs_one_by_one(sqlite_url, tmp_path):
    from typer.testing import CliRunner

    from resolver.cli import app
    from tests.feedserver import FeedServer

    combo_resp = json.loads((REAL / "kalshi-market-combo-1.json").read_text())
    (dal, tb) = json.loads((REAL / "kalshi-markets-nfl-game.json").read_text())["markets"]
    legs = [leg["market_ticker"] for leg in combo_resp["market"]["mve_selected_legs"]]
    server = FeedServer().start()
    try:
        h = {"Content-Type": "application/json"}
        ticker = combo_resp["market"]["ticker"]
        server.routes[f"/markets/{ticker}"] = (200, h, json.dumps(combo_resp).encode())
        # each leg is a market of its own (served here by two real game markets)
        server.routes[f"/markets/{legs[0]}"] = (200, h, json.dumps({"market": dal}).encode())
        server.routes[f"/markets/{legs[1]}"] = (200, h, json.dumps({"market": tb}).encode())
        cfg = tmp_path / "resolver.toml"
        cfg.write_text(f'[venues]\nkalshi = "{server.base}"\n')
        r = CliRunner().invoke(app, ["market", "sync", "--from", "kalshi", "--id", ticker, "--db", sqlite_url,
                                     "--config", str(cfg), "--json"])
        assert r.exit_code == 1, r.output  # the combo itself is refused
        out = json.loads(r.stdout)
        assert [m["venue_id"] for m in out["markets"]] == [dal["ticker"], tb["ticker"]]
        assert out["refusals"][0]["venue_id"] == ticker and "2 legs (yes " + legs[0] in out["refusals"][0]["reason"]
        assert [q["path"] for q in server.requests] == [f"/markets/{ticker}", f"/markets/{legs[0]}", f"/markets/{legs[1]}"]
    finally:
        server.stop()
