"""Venue imports on real responses (tests/data/venues/real, sources in its README) and on
records in each venue's real shape for every class issue 12 lists: each market imported right
(deadline, kind, outcomes, price) or refused with its reason, never silently wrong; the CLI
imports the good rows of a page and exits non-zero naming the refused ones; live sync against a
local server playing the venue fetches each full Manifold market before importing it."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resolver.cli import app
from resolver.venues import parse_all
from tests.feedserver import FeedServer

REAL = Path(__file__).parent / "data" / "venues" / "real"
runner = CliRunner()
UTC = timezone.utc


def ms(value: int) -> datetime:
    return datetime.fromtimestamp(value / 1000, tz=UTC)


def one(venue: str, data) -> dict:
    parsed = parse_all(venue, data)
    assert not parsed.refused, parsed.refused
    (vm,) = parsed.markets
    return vm


# real responses -------------------------------------------------------------------------------
def test_real_manifold_full_market_free_response():
    vm = one("manifold", json.loads((REAL / "manifold-market-free-response.json").read_text()))
    # "Resolves proportionally to the answer(s) which I find most compelling": no date in the
    # rules, so the venue's closeTime; four answers that sum to one: one market, four outcomes
    assert vm.kind == "categorical" and vm.market.deadline == ms(1655265001448)
    assert vm.deadline_source == "venue field closeTime"
    assert vm.market.outcomes == ["ANTE", "This answer", "Toyota Camry",
                                  "Utility (Defined by your personal utility function.)"]
    assert vm.prices["ANTE"] == pytest.approx(0.66749733001068) and "venue resolution: MKT" in vm.notes
    assert vm.market.criteria.startswith("Resolves proportionally")


def test_real_manifold_markets_list_row():
    vm = one("manifold", json.loads((REAL / "manifold-markets-list.json").read_text()))
    assert vm.kind == "binary" and vm.market.deadline == ms(1653893940000)
    assert vm.prices == {"yes": pytest.approx(0.8958175225896258)} and "venue resolution: YES" in vm.notes
    assert any("list row" in n for n in vm.notes)  # a /v0/markets row carries no description


# (venue id, earliest and latest acceptable deadline in UTC, yes-price, flagged for review), written
# from each market's rules: the end of the window they state; a day the rules name, later than a
# noon-UTC endDate, flagged; an election or game with no deadline in the rules: at least the end of
# its day (results come after), flagged
POLYMARKET_GOLDEN = [
    ("503051", "2024-07-31T12:00:00", "2024-08-01T04:00:00", 0.12, False),   # market close on July 31, 2024
    ("500665", "2024-09-04T03:59:59", "2024-09-06T04:00:00", 0.275, True),   # last primary on September 3
    ("255398", "2025-01-01T04:59:00", "2025-01-01T06:00:00", 0.25, True),    # moved after December 31, 2024, 11:59 PM ET
    ("503484", "2024-07-17T12:00:00", "2024-07-18T06:00:00", 0.15, True),    # WSOP Main Event: no date in the rules
    ("501366", "2024-12-01T04:59:00", "2024-12-01T13:00:00", 0.545, False),  # Nov 30, 11:59 PM ET (open to Dec 1, 3 AM ET)
    ("501153", "2025-01-01T04:59:59", "2025-01-01T04:59:59", 0.07, False),   # by December 31, 2024, 11:59 PM ET
    ("500962", "2024-07-29T03:59:59", "2024-08-01T04:00:00", 0.625, False),  # the weekend July 26 - July 28, final
    ("502903", "2024-10-01T03:59:59", "2024-10-01T03:59:59", 0.715, False),  # by September 30, 2024, 11:59 PM ET
    ("500111", "2024-11-06T04:59:59", "2024-12-31T00:00:00", 0.69, True),    # elections on November 5, 2024, then calls
    ("500640", "2024-11-06T04:59:59", "2024-12-31T00:00:00", 0.0075, True),  # the 2024 general elections, called
    ("503315", "2025-02-10T03:30:00", "2025-02-11T05:00:00", 0.021, True),   # Super Bowl LIX (Feb 9, 2025), no date
    ("500621", "2024-11-06T04:59:59", "2024-12-31T00:00:00", 0.815, True),
    ("253665", "2025-01-01T04:59:59", "2025-01-01T04:59:59", 0.071, False),
    ("255123", "2024-11-06T04:59:59", "2024-12-31T00:00:00", 0.945, True),
    ("500193", "2025-01-01T04:59:59", "2025-01-01T04:59:59", 0.44, False),   # between Jan 1 and Dec 31, 2024, 11:59 PM ET
    ("503054", "2024-09-01T03:59:59", "2024-09-01T03:59:59", 0.05, False),   # by 11:59 PM ET on August 31, 2024
    ("503418", "2024-07-19T16:00:00", "2024-07-19T16:00:00", 0.905, False),  # 19 July '24 12:00 in the ET timezone
    ("255348", "2024-11-06T04:59:59", "2024-12-31T00:00:00", 0.0075, True),
    ("502231", "2025-01-01T04:59:59", "2025-01-01T04:59:59", 0.105, False),  # December 31, 2024, 11:59:59 PM ET
    ("501066", "2024-11-05T04:59:59", "2024-11-05T04:59:59", 0.075, False),  # by November 4, 2024, 11:59 PM ET
]


def test_real_polymarket_markets_against_their_rules():
    parsed = [parse_all("polymarket", json.loads((REAL / f).read_text()))
              for f in ("polymarket-markets-ten.json", "polymarket-markets-twenty-tail.json")]
    assert all(not p.refused for p in parsed)
    got = {vm.venue_id: vm for p in parsed for vm in p.markets}
    assert set(got) == {g[0] for g in POLYMARKET_GOLDEN}
    for vid, lo, hi, price, flagged in POLYMARKET_GOLDEN:
        vm = got[vid]
        when = vm.market.deadline.astimezone(UTC).replace(tzinfo=None).isoformat()
        assert lo <= when <= hi, (vid, when)
        assert vm.kind == "binary" and not vm.market.outcomes and vm.prices == {"yes": price}, vid
        assert bool(vm.flags) == flagged, (vid, vm.flags)
    assert got["503051"].deadline_source == "rules text 'July 31, 2024'"
    assert any("one outcome (Chargers) of the event 'Super Bowl Champion 2025'" in n for n in got["503315"].notes)


# Kalshi ---------------------------------------------------------------------------------------
GAME_RULES = ("If {team} wins the Utah Valley vs Abilene Christian college basketball game originally scheduled for "
              "Jan 10, 2026, then the market resolves to Yes.")


def game(team: str) -> dict:
    return {"ticker": f"KXNCAAMBGAME-26JAN10UVUACU-{team[:3].upper()}", "event_ticker": "KXNCAAMBGAME-26JAN10UVUACU",
            "title": "Utah Valley vs Abilene Christian Winner?", "yes_sub_title": team, "no_sub_title": team,
            "rules_primary": GAME_RULES.format(team=team), "status": "active",
            "close_time": "2026-01-24T05:00:00Z", "expected_expiration_time": "2026-01-11T05:00:00Z",
            "last_price_dollars": "0.6100", "yes_bid_dollars": "0.6000", "yes_ask_dollars": "0.6200"}


def test_kalshi_games_expected_expiration_not_the_backstop_and_both_sides_distinct():
    parsed = parse_all("kalshi", {"markets": [game("Utah Valley"), game("Abilene Christian")], "cursor": ""})
    uvu, acu = parsed.markets
    # the game ends by the expected expiration (after the end of the scheduled day in ET);
    # close_time two weeks later is only the latest the venue keeps it open
    assert uvu.market.deadline == datetime(2026, 1, 11, 5, tzinfo=UTC)
    assert any("close_time 2026-01-24" in n for n in uvu.notes) and any("scheduled event" in f for f in uvu.flags)
    assert uvu.market.question != acu.market.question and "Yes = Utah Valley" in uvu.market.question
    assert uvu.prices == {"yes": 0.61}  # dollar strings, the only prices current records carry


def test_kalshi_short_month_lower_case_am_and_dollar_bid():
    vm = one("kalshi", {"market": {
        "ticker": "KXNFCCHAMP-26-SEA", "event_ticker": "KXNFCCHAMP-26", "title": "Will the Seahawks win the NFC?",
        "rules_primary": "If the Seahawks win the NFC Championship before Jan 19, 2026 at 12:00am ET, then the market "
                         "resolves to Yes.", "close_time": "2026-02-02T05:00:00Z",
        "last_price_dollars": "0.0000", "yes_bid_dollars": "0.4000"}})
    assert vm.market.deadline.isoformat() == "2026-01-19T00:00:00-05:00" and vm.prices == {"yes": 0.4}
    assert vm.deadline_source.startswith("rules text 'Jan 19, 2026 at 12:00am ET'")


def test_kalshi_events_with_nested_markets_series_keyed_files_and_combos():
    nested = {"event_ticker": "KXRECOG", "title": "Will the US recognise Somaliland?",
              "settlement_sources": [{"name": "State Department", "url": "https://www.state.gov/"}],
              "markets": [{"ticker": "KXRECOG-26", "event_ticker": "KXRECOG", "title": "", "yes_sub_title": "Before 2026",
                           "rules_primary": "If the United States recognises Somaliland before Jan 1, 2026, then the "
                                            "market resolves to Yes.", "close_time": "2025-12-31T23:59:00Z",
                           "last_price": 7}]}
    combo = {"ticker": "KXMVENFLMULTIGAMEEXTENDED-S2025ABC", "event_ticker": "KXMVENFLMULTIGAMEEXTENDED-S2025ABC",
             "title": "yes Seattle,yes Buffalo", "mve_collection_ticker": "KXMVENFLMULTIGAMEEXTENDED",
             "mve_selected_legs": [{"market_ticker": "KXNFLGAME-A"}, {"market_ticker": "KXNFLGAME-B"}],
             "close_time": "2026-01-20T00:00:00Z", "rules_primary": ""}
    parsed = parse_all("kalshi", {"events": [nested, {"event_ticker": "KXCOMBO", "title": "", "markets": [combo]}]})
    (vm,) = parsed.markets
    assert vm.market.question == "Will the US recognise Somaliland? (Yes = Before 2026)"
    assert vm.market.description == "https://www.state.gov/" and vm.prices == {"yes": 0.07}
    assert parsed.refused == [{"venue_id": combo["ticker"], "reason": parsed.refused[0]["reason"]}]
    assert "combo (multi-leg)" in parsed.refused[0]["reason"]
    titled = nested["markets"][0] | {"title": "Will the US recognise Somaliland?"}
    by_series = parse_all("kalshi", {"KXRECOG": {"markets": [titled]}, "KXOTHER": [game("Utah Valley")]})
    assert [m.venue_id for m in by_series.markets] == ["KXRECOG-26", "KXNCAAMBGAME-26JAN10UVUACU-UTA"]
    odd = parse_all("kalshi", {"markets": [titled | {"ticker": "KX RECOG/26"}, titled]})  # one bad id, one good row
    assert [m.venue_id for m in odd.markets] == ["KXRECOG-26"] and "not a slug" in odd.refused[0]["reason"]
    untitled = parse_all("kalshi", {"markets": nested["markets"]})  # no event to take the title from
    assert untitled.refused == [{"venue_id": "KXRECOG-26", "reason": "no title in the market or its event"}]


# Polymarket -----------------------------------------------------------------------------------
def pm_market(mid: str, **over) -> dict:
    base = {"id": mid, "question": f"Question {mid}?", "conditionId": f"0x{mid}", "slug": f"q-{mid}",
            "description": 'This market will resolve to "Yes" if it happens by March 31, 2026 ET.',
            "endDate": "2026-03-31T12:00:00Z", "outcomes": "[\"Yes\", \"No\"]", "outcomePrices": "[\"0.3\", \"0.7\"]",
            "active": True, "closed": False}
    return base | over


def test_polymarket_events_scalar_and_closed_zero_prices():
    event = {"id": "901", "ticker": "ev", "slug": "ev", "title": "Super Bowl Champion 2026", "negRisk": True,
             "endDate": "2026-02-08T12:00:00Z",
             "markets": [pm_market("1", negRisk=True, groupItemTitle="Seattle", question="Will Seattle win Super Bowl 2026?",
                                   description='This market will resolve to "Yes" if Seattle wins Super Bowl LX, '
                                               'scheduled for February 8, 2026.', endDate="2026-02-08T12:00:00Z"),
                         pm_market("2", outcomes="[\"Long\", \"Short\"]", question="ETH price range?"),
                         pm_market("3", closed=True, outcomePrices="[\"0\", \"0\"]")]}
    parsed = parse_all("polymarket", [event])
    assert not parsed.refused
    seattle, scalar, closed = parsed.markets
    # noon UTC on game day is before kickoff: the scheduled day's end in ET, flagged
    assert seattle.market.deadline.isoformat() == "2026-02-08T23:59:59-05:00" and seattle.flags
    assert any("of the event 'Super Bowl Champion 2026'" in n for n in seattle.notes)
    # a scalar (Long/Short) market is a value question: imported as one, never a two-way who-wins market
    assert scalar.kind == "value" and scalar.market.outcomes == [] and scalar.prices == {}
    assert scalar.market.settings.value.kind == "scalar" and scalar.market.settings.value.buckets == ["Long", "Short"]
    assert closed.prices == {} and any("no price" in n for n in closed.notes)
    assert closed.market.deadline.isoformat() == "2026-03-31T23:59:59-04:00"  # "by March 31, 2026 ET"


def test_polymarket_field_months_before_the_event_keeps_the_later():
    vm = one("polymarket", [pm_market("4", question="Which party will win the House in 2026?",
                                      description='This market will resolve to "Yes" if the Democratic Party wins '
                                                  'control of the House in the midterm elections held on November 3, '
                                                  '2026.', endDate="2026-06-30T12:00:00Z",
                                      outcomePrices="[\"0.805\", \"0.195\"]")])
    assert vm.market.deadline.isoformat() == "2026-11-03T23:59:59-05:00" and vm.prices == {"yes": 0.805}
    assert any("scheduled event" in f for f in vm.flags)


# Manifold -------------------------------------------------------------------------------------
def test_manifold_independent_answers_each_resolve_on_their_own():
    vm_list = parse_all("manifold", {
        "id": "mInd1", "question": "Which countries will hold snap elections in 2026?", "outcomeType": "MULTIPLE_CHOICE",
        "mechanism": "cpmm-multi-1", "shouldAnswersSumToOne": False, "closeTime": 1798761540000, "isResolved": False,
        "textDescription": "Each answer resolves YES if that country holds a snap national election before January 1, 2027.",
        "answers": [{"id": "a1", "text": "Japan", "probability": 0.9, "resolution": "YES"},
                    {"id": "a2", "text": "Germany", "probability": 0.2}]}).markets
    japan, germany = vm_list
    assert [m.kind for m in vm_list] == ["answer", "answer"] and not japan.market.outcomes
    assert japan.venue_id == "mInd1/a1" and japan.prices == {"yes": 0.9} and germany.prices == {"yes": 0.2}
    assert "venue resolution of this answer: YES" in japan.notes and not any("resolution" in n for n in germany.notes)
    assert japan.market.deadline.isoformat() == "2026-12-31T23:59:59+00:00"
    assert japan.market.question != germany.market.question


def test_manifold_value_questions_import_with_what_they_carry_stonks_and_list_rows_are_refused():
    page = [
        {"id": "mn1", "question": "How many launches in 2026?", "outcomeType": "MULTI_NUMERIC", "closeTime": 1798761540000,
         "answers": [{"text": "0-9"}, {"text": "10-19"}, {"text": "20+"}], "unit": "launches"},
        {"id": "pn1", "question": "US CPI in Dec 2026?", "outcomeType": "PSEUDO_NUMERIC", "closeTime": 1798761540000,
         "min": 0, "max": 10, "value": 2.9, "isLogScale": False},
        {"id": "mn2", "question": "How many?", "outcomeType": "MULTI_NUMERIC", "closeTime": 1798761540000},
        {"id": "st1", "question": "Stock of Manifold", "outcomeType": "STONK", "mechanism": "cpmm-1"},
        {"id": "mc1", "question": "Who wins?", "outcomeType": "MULTIPLE_CHOICE", "closeTime": 1798761540000,
         "mechanism": "cpmm-multi-1"},
        {"id": "b1", "question": "Will it rain?", "outcomeType": "BINARY", "closeTime": 1798761540000, "probability": 0.4},
    ]
    parsed = parse_all("manifold", page)
    got = {m.venue_id: m for m in parsed.markets}
    assert list(got) == ["mn1", "pn1", "b1"]
    mn1, pn1 = got["mn1"], got["pn1"]
    assert mn1.kind == pn1.kind == "value" and mn1.market.outcomes == pn1.market.outcomes == [] and not mn1.prices
    assert mn1.market.settings.value.model_dump(exclude_defaults=True) == {
        "kind": "MULTI_NUMERIC", "unit": "launches", "buckets": ["0-9", "10-19", "20+"]}
    assert (pn1.market.settings.value.lower, pn1.market.settings.value.upper, pn1.market.settings.value.current) == (0, 10, 2.9)
    assert any("value question" in n and "not evaluated" in n for n in pn1.notes)
    reasons = {r["venue_id"]: r["reason"] for r in parsed.refused}
    assert "fetch the full market" in reasons["mn2"]  # a list row has no buckets
    assert "never resolves" in reasons["st1"] and "fetch the full market" in reasons["mc1"]


# Metaculus ------------------------------------------------------------------------------------
def post(pid: int, qtype: str, criteria: str, **q) -> dict:
    return {"id": pid, "title": f"Question {pid}?", "question": {
        "id": pid + 1, "type": qtype, "resolution_criteria": criteria, "fine_print": "",
        "scheduled_close_time": "2026-09-01T00:00:00Z", "scheduled_resolve_time": "2026-09-20T12:00:00Z",
        "resolution": None} | q}


def test_metaculus_window_end_options_and_value_questions():
    page = {"results": [
        post(1, "binary", "This question resolves Yes if it happens between 00:00 UTC on 8 September 2026 and 23:59 "
                          "UTC on 18 September 2026."),
        post(2, "multiple_choice", "This question resolves as the party that wins most seats on 13 September 2026.",
             options=["Labour", "Conservative", "Other"]),
        post(3, "numeric", "This question resolves as the value on 18 September 2026.",
             scaling={"range_min": 0, "range_max": 100, "zero_point": None}, unit="%"),
        post(4, "date", "This question resolves as the date it happens.", scaling={"range_min": 1, "range_max": 2}),
    ]}
    parsed = parse_all("metaculus", page)
    assert not parsed.refused
    binary, mc, numeric, date = parsed.markets
    assert binary.market.deadline.isoformat() == "2026-09-18T23:59:59+00:00"  # not the resolve time, 36 h later
    assert mc.kind == "categorical" and mc.market.outcomes == ["Labour", "Conservative", "Other"]
    assert mc.market.deadline.isoformat() == "2026-09-13T23:59:59+00:00"
    # value questions keep their range and unit, are never yes/no, and have their own deadline
    assert numeric.kind == date.kind == "value" and numeric.market.outcomes == []
    assert numeric.market.settings.value.describe() == "numeric value question; range 0.0–100.0; unit %"
    assert numeric.market.deadline.isoformat() == "2026-09-18T23:59:59+00:00"
    assert (date.market.settings.value.lower, date.market.settings.value.upper) == (
        "1970-01-01T00:00:01+00:00", "1970-01-01T00:00:02+00:00")  # epoch seconds, kept as times


# CLI ------------------------------------------------------------------------------------------
def test_cli_imports_good_rows_names_refused_ones_and_exits_non_zero(sqlite_url, tmp_path):
    page = tmp_path / "page.json"
    page.write_text(json.dumps([
        {"id": "b1", "question": "Will it rain?", "outcomeType": "BINARY", "closeTime": 1798761540000, "probability": 0.4,
         "isResolved": False},
        {"id": "st1", "question": "Stock of Manifold", "outcomeType": "STONK", "mechanism": "cpmm-1", "isResolved": False},
    ]))
    r = runner.invoke(app, ["market", "import", str(page), "--from", "manifold", "--db", sqlite_url])
    assert r.exit_code == 1
    assert "manifold-b1 (new): binary; deadline 2026-12-31T23:59:00+00:00 from venue field closeTime" in r.stdout
    assert "refused: st1: unsupported kind: STONK, a market that never resolves" in r.stderr
    listed = json.loads(runner.invoke(app, ["market", "list", "--db", sqlite_url, "--json"]).stdout)
    assert [(m["id"], m["venue_price"]) for m in listed] == [("manifold-b1", 0.4)]


def test_cli_reads_utf16_with_a_bom_and_refuses_another_venues_shape(sqlite_url, tmp_path):
    f = tmp_path / "utf16.json"
    f.write_bytes(json.dumps([pm_market("7")]).encode("utf-16"))
    r = runner.invoke(app, ["market", "import", str(f), "--from", "polymarket", "--db", sqlite_url, "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["new"] == 1 and out["markets"][0]["deadline_source"] == "rules text 'March 31, 2026 ET'"
    r = runner.invoke(app, ["market", "import", str(f), "--from", "manifold", "--db", sqlite_url])
    assert r.exit_code == 2 and "not a manifold response" in r.stderr and "--from polymarket" in r.stderr
    r = runner.invoke(app, ["market", "list", "--db", sqlite_url, "--json"])
    assert [m["id"] for m in json.loads(r.stdout)] == ["polymarket-7"]


# sync -----------------------------------------------------------------------------------------
def test_sync_fetches_full_manifold_markets_and_reports_refusals(sqlite_url, tmp_path):
    server = FeedServer().start()
    try:
        full_mc = {"id": "mc1", "question": "Who wins the 2026 Cup?", "outcomeType": "MULTIPLE_CHOICE",
                   "mechanism": "cpmm-multi-1", "shouldAnswersSumToOne": True, "closeTime": 1798761540000,
                   "isResolved": False, "textDescription": "Resolves to the winner of the final on July 19, 2026.",
                   "answers": [{"id": "x", "text": "Spain", "probability": 0.3},
                               {"id": "y", "text": "Brazil", "probability": 0.7}]}
        stonk = {"id": "st1", "question": "Stock", "outcomeType": "STONK", "mechanism": "cpmm-1", "isResolved": False}
        lite = [{k: v for k, v in full_mc.items() if k not in ("answers", "textDescription")}, stonk]
        h = {"Content-Type": "application/json"}
        server.routes["/search-markets"] = (200, h, json.dumps(lite).encode())
        server.routes["/market/mc1"] = (200, h, json.dumps(full_mc).encode())
        server.routes["/market/st1"] = (200, h, json.dumps(stonk).encode())
        server.routes["/markets/KXA-1"] = (200, h, json.dumps({"market": {
            "ticker": "KXA-1", "event_ticker": "KXA", "title": "Will A happen?", "close_time": "2026-05-01T04:00:00Z",
            "rules_primary": "If A happens before May 1, 2026, then the market resolves to Yes.",
            "yes_bid_dollars": "0.2500", "last_price_dollars": "0.2600"}}).encode())
        cfg = tmp_path / "resolver.toml"
        cfg.write_text(f'[venues]\nmanifold = "{server.base}"\nkalshi = "{server.base}"\n')
        r = runner.invoke(app, ["market", "sync", "--from", "manifold", "--search", "cup", "--db", sqlite_url,
                                "--config", str(cfg), "--json"])
        assert r.exit_code == 1, r.output
        out = json.loads(r.stdout)
        assert [(m["id"], m["kind"], m["outcomes"]) for m in out["markets"]] == [
            ("manifold-mc1", "categorical", ["Spain", "Brazil"])]
        assert out["markets"][0]["deadline"] == "2026-07-19T23:59:59+00:00"
        assert out["refusals"][0]["venue_id"] == "st1" and "refused: st1" in r.stderr
        assert [q["path"] for q in server.requests] == ["/search-markets", "/market/mc1", "/market/st1"]
        r = runner.invoke(app, ["market", "sync", "--from", "kalshi", "--id", "KXA-1", "--db", sqlite_url,
                                "--config", str(cfg), "--json"])
        assert r.exit_code == 0, r.output
        (k,) = json.loads(r.stdout)["markets"]
        # "before May 1, 2026" names no zone: the venue's close_time, midnight ET, ends that same day
        assert k["prices"] == {"yes": 0.26} and k["deadline"] == "2026-05-01T04:00:00+00:00"
        assert k["deadline_source"] == "venue field close_time (the day the rules state: 'May 1, 2026')"
    finally:
        server.stop()


def test_import_flags_reach_the_review_queue_until_an_analyst_decides(sqlite_url):
    from resolver.config import Settings
    from resolver.services import App

    a = App(sqlite_url, Settings())
    now = datetime(2026, 1, 5, tzinfo=UTC)
    sb = pm_market("11", question="Will Seattle win Super Bowl LX?", endDate="2026-02-08T12:00:00Z",
                   description='This market will resolve to "Yes" if Seattle wins Super Bowl LX, scheduled for '
                               'February 8, 2026.')
    a.import_venue(parse_all("polymarket", [sb]).markets, now)
    a.evaluate(now, "polymarket-11", now=now)
    (item,) = a.queue(now)
    assert item["flagged"] and item["reason"].startswith("venue import flagged: scheduled event (February 8, 2026)")
    a.decide("polymarket-11", "accept", "", "ana", now)
    assert a.queue(now) == []
    a.import_venue(parse_all("polymarket", [sb]).markets, now)  # unchanged: the decision still stands
    assert a.queue(now) == []
    a.engine.dispose()


# value questions end to end ---------------------------------------------------------------------
def test_value_questions_are_stored_shown_exported_and_not_evaluated(sqlite_url, tmp_path):
    page = tmp_path / "posts.json"
    page.write_text(json.dumps({"results": [
        post(5, "discrete", "This question resolves as the number of strikes before January 1, 2030.",
             scaling={"range_min": -0.5, "range_max": 7.5, "zero_point": None, "inbound_outcome_count": 8},
             open_lower_bound=False, open_upper_bound=True, unit="strikes"),
        post(6, "binary", "This question resolves Yes if the treaty is signed before January 1, 2030.")
        | {"title": "Will the treaty be signed before January 1, 2030?"},  # a question the engine can read
    ]}))
    r = runner.invoke(app, ["market", "import", str(page), "--from", "metaculus", "--db", sqlite_url])
    assert r.exit_code == 0, r.output
    assert "metaculus-5 (new): value; deadline 2029-12-31T23:59:59+00:00" in r.stdout
    assert "value: discrete value question; range -0.5–7.5; unit strikes; 8 buckets (0 … 7)" in r.stdout
    r = runner.invoke(app, ["evaluate", "--as-of", "2031-01-01T00:00:00Z", "--db", sqlite_url, "--json"])
    assert r.exit_code == 0, r.output
    verdicts = {v["id"]: v["verdict"] for v in json.loads(r.stdout)}
    # long past its deadline with no evidence, the yes/no market is decided; the value one is not read as yes/no
    assert verdicts == {"metaculus-5": "undetermined", "metaculus-6": "likely-no"}
    shown = runner.invoke(app, ["market", "show", "metaculus-5", "--db", sqlite_url])
    assert shown.exit_code == 0, shown.output
    assert "kind: value question — discrete value question; range -0.5–7.5; unit strikes" in shown.stdout
    assert "buckets: 0, 1, 2, 3, 4, 5, 6, 7; not evaluated: unsupported kind" in shown.stdout
    assert "not evaluated: unsupported kind (discrete value question" in shown.stdout
    listed = {m["id"]: m for m in json.loads(runner.invoke(app, ["market", "list", "--db", sqlite_url, "--json"]).stdout)}
    five = listed["metaculus-5"]
    assert (five["kind"], five["verdict"], five["status"]) == ("value", "undetermined", "not-evaluated")
    assert five["value"]["buckets"] == [str(k) for k in range(8)] and five["value"]["open_upper"] is True
    assert listed["metaculus-6"]["kind"] == "binary" and listed["metaculus-6"]["value"] is None
    table = runner.invoke(app, ["market", "list", "--db", sqlite_url])
    assert "not-evaluated" in table.stdout
    csv_out = runner.invoke(app, ["export", "--format", "csv", "--db", sqlite_url]).stdout
    header, *rows = csv_out.splitlines()
    assert header.startswith("id,outcome,question,kind,value,deadline,")
    row5 = next(r for r in rows if r.startswith("metaculus-5,"))
    assert ",value," in row5 and '""unit"": ""strikes""' in row5 and "not evaluated: unsupported kind" in row5
    # re-importing the same record changes nothing; the stored range survives the round trip
    r = runner.invoke(app, ["market", "import", str(page), "--from", "metaculus", "--db", sqlite_url, "--json"])
    assert json.loads(r.stdout)["unchanged"] == 2


# real Metaculus records (Metaculus/forecasting-tools test data, MIT; see the README beside them):
# venue id → (earliest, latest acceptable deadline in UTC, kind, outcome count or value range),
# written from each question's resolution criteria before the import was run: the end of the
# window they state ("before D": the end of the day before; "on/for/through D": the end of D, or
# the venue's time that day), else the venue's scheduled resolve time
E25 = ("2025-12-31T23:59:59", "2026-01-01T14:00:00")
METACULUS_GOLDEN = {
    "metaculus-api2-question-25769.json": {"25769": ("2024-09-30T23:59:59", "2024-10-01T14:00:00", "binary", 0)},
    "metaculus-api2-question-28305.json": {"28305": ("2024-09-30T23:59:59", "2024-10-02T14:00:00", "binary", 0)},
    "metaculus-posts-binary-1.json": {
        "29783": ("2024-12-07T00:00:00", "2025-01-08T14:00:00", "binary", 0),  # before game 11; else by 7 January 2025
        "34752": ("2025-02-28T23:59:59", "2025-03-01T14:00:00", "binary", 0),
        "34666": ("2025-03-31T23:59:59", "2025-04-01T14:00:00", "binary", 0),
        "34490": ("2025-04-01T23:59:59", "2025-04-02T14:00:00", "binary", 0),
        "31821": ("2025-04-30T23:59:59", "2025-05-01T14:00:00", "binary", 0),
        "34519": (*E25, "binary", 0)},
    "metaculus-posts-binary-2.json": {
        "34517": ("2025-06-29T23:59:59", "2025-07-01T04:00:00", "binary", 0), "34516": (*E25, "binary", 0),
        "34515": ("2025-06-30T23:59:59", "2025-07-01T14:00:00", "binary", 0), "34514": (*E25, "binary", 0),
        "34512": (*E25, "binary", 0), "34511": (*E25, "binary", 0)},
    "metaculus-posts-binary-3.json": {
        "34509": (*E25, "binary", 0), "34508": (*E25, "binary", 0),
        "34507": ("2025-06-30T23:59:59", "2025-07-01T04:00:00", "binary", 0),
        "34506": ("2026-12-31T23:59:59", "2027-01-01T14:00:00", "binary", 0),
        "34505": ("2025-09-27T23:59:59", "2025-09-30T14:00:00", "binary", 0),
        "34504": ("2026-09-26T23:59:59", "2028-01-01T05:00:00", "binary", 0),
        "34503": ("2025-06-30T23:59:59", "2025-07-01T14:00:00", "binary", 0), "34521": (*E25, "binary", 0),
        "34277": ("2025-03-31T23:59:59", "2025-04-01T14:00:00", "binary", 0),
        "34282": ("2025-04-05T23:59:59", "2025-04-06T14:00:00", "binary", 0)},
    "metaculus-posts-multiple-choice.json": {
        "31858": ("2025-03-31T23:59:59", "2025-04-01T14:00:00", "categorical", 5),  # January 31 to March 31, 2025
        "31820": ("2025-03-31T23:59:59", "2025-04-03T05:00:00", "categorical", 3),  # for March 2025
        "34280": ("2025-03-29T23:59:59", "2025-03-30T14:00:00", "categorical", 3),  # on March 29, 2025
        "34281": ("2025-03-08T23:59:59", "2025-03-09T14:00:00", "categorical", 5)},  # gameweek scheduled March 8
    "metaculus-posts-report-examples.json": {
        "30927": ("2024-12-29T23:59:59", "2025-01-01T00:00:00", "value", (10.0, 70.0)),  # Dec 25 through Dec 29, 2024
        "31010": ("2024-12-30T23:59:59", "2024-12-31T14:00:00", "categorical", 3)},  # December 21-December 30, 2024
    "metaculus-post-numeric-31656.json": {
        "31656": ("2025-03-31T23:59:59", "2025-04-06T00:00:00", "value", (8000000.0, 12000000.0))},  # for March 31, 2025
    "metaculus-posts-numeric.json": {
        "34483": ("2025-03-31T23:59:59", "2025-04-06T11:00:00", "value", (200.0, 1200.0)),  # Q1 2025 cup, no date
        "31822": ("2025-04-30T23:59:59", "2025-05-01T14:00:00", "value", (45.0, 110.0)),  # through April 30, 2025
        "34278": ("2025-02-24T00:00:00", "2025-02-25T14:00:00", "value", (460.0, 488.5)),  # for February 24, 2025
        "34279": ("2025-03-24T00:00:00", "2025-03-25T14:00:00", "value", (460.0, 488.5))},  # for March 24, 2025
    "metaculus-posts-date.json": {
        "31818": ("2025-12-31T22:59:00", "2026-01-01T14:00:00", "value", ("2025-01-22T23:24:00+00:00",
                                                                          "2025-12-31T22:59:00+00:00")),  # no window
        "30596": ("2074-12-31T23:59:59", "2075-01-01T06:00:00", "value", ("2025-01-01T05:00:00+00:00",
                                                                          "2075-12-31T05:00:00+00:00"))},  # before 2075
    "metaculus-post-discrete-38880.json": {
        "38880": ("2029-12-31T23:59:59", "2030-01-01T13:00:00", "value", (-0.5, 7.5))},  # before January 1, 2030
}


@pytest.mark.parametrize("name", sorted(METACULUS_GOLDEN))
def test_real_metaculus_records_against_their_criteria(name):
    parsed = parse_all("metaculus", json.loads((REAL / name).read_text()))
    assert not parsed.refused, parsed.refused
    got = {vm.venue_id: vm for vm in parsed.markets}
    assert set(got) == set(METACULUS_GOLDEN[name])
    for vid, (lo, hi, kind, shape) in METACULUS_GOLDEN[name].items():
        vm = got[vid]
        when = vm.market.deadline.astimezone(UTC).replace(tzinfo=None).isoformat()
        assert lo <= when <= hi, (vid, when, vm.deadline_source)
        assert vm.kind == kind, vid
        if kind == "value":  # the range as the venue gives it; never yes/no outcomes
            value = vm.market.settings.value
            assert vm.market.outcomes == [] and not vm.prices, vid
            assert value is not None and value.lower == shape[0] and (shape[1] is None or value.upper == shape[1]), vid
        else:
            assert len(vm.market.outcomes) == shape and (vm.market.settings.value is None), vid


# real Manifold list rows and an early full market (manifoldmarkets/manifold docs/docs/api.md
# example responses, MIT); golden windows written from the question and description first
def test_real_manifold_search_rows_and_an_early_record_without_outcome_type():
    rows = parse_all("manifold", json.loads((REAL / "manifold-search-markets-resolved.json").read_text()))
    rows2 = parse_all("manifold", json.loads((REAL / "manifold-search-markets-rich-description.json").read_text()))
    assert not rows.refused and not rows2.refused
    got = {vm.venue_id: vm for vm in rows.markets + rows2.markets}
    golden = {  # venue id: (earliest, latest deadline in UTC, yes-price, venue resolution)
        "GF2XuchW9kfFvtTbx3Ps": ("2023-08-31T23:59:59", "2023-09-02T12:00:00", 0.93730169447499, "CANCEL"),  # by Sep 1st
        "Z8ZE1ivTKqpuIuUlqaNX": ("2023-10-31T23:59:59", "2023-11-01T12:00:00", 0.5287578894969781, "NO"),  # by October 31st
        "qr759sZOfNCBV9o0cIDg": ("2022-12-31T23:59:00", "2023-01-01T05:00:00", 0.0480391000210468, "NO"),  # by EOY 2022
    }
    assert set(got) == set(golden)
    for vid, (lo, hi, price, resolution) in golden.items():
        vm = got[vid]
        when = vm.market.deadline.astimezone(UTC).replace(tzinfo=None).isoformat()
        assert lo <= when <= hi, (vid, when, vm.deadline_source)
        assert vm.kind == "binary" and vm.prices == {"yes": price} and f"venue resolution: {resolution}" in vm.notes
    # an early /v0/market record carries no outcomeType; the election it asks about (November 8,
    # 2022) is after its closeTime: refused with the reason, not imported as a yes/no market closing early
    early = parse_all("manifold", json.loads((REAL / "manifold-market-binary.json").read_text()))
    assert early.markets == [] and early.refused == [
        {"venue_id": "3zspH9sSzMlbFQLn9GKR", "reason": "unsupported kind: no outcomeType"}]
