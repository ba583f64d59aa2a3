"""Analyst review: decisions are append-only, an override survives any number of
re-evaluations, a changed suggestion re-queues the market, exports apply decisions."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest
from typer.testing import CliRunner

from resolver.cli import app
from resolver.config import Settings
from resolver.engine import Article, Market
from resolver.review import Decision, DecisionError, Suggestion, final_verdict, queue_state, validate
from resolver.services import App

T0 = datetime(2030, 3, 1, 12, tzinfo=timezone.utc)
MARKET = Market(id="accord", question="Will Northland and Southland sign a border accord by December 31, 2030?",
                deadline=datetime(2030, 12, 31, 23, 59, 59, tzinfo=timezone.utc), criteria="A signature is required.")
SIGNED = Article(url="https://x.example/signed", title="Northland and Southland sign border accord", source="x.example",
                 published=T0 + timedelta(days=2),
                 text="Northland and Southland signed a border accord in Geneva on Monday, both governments said.")
TALKS = Article(url="https://x.example/talks", title="Talks continue", source="x.example", published=T0,
                text="Northland and Southland officials met again to discuss the border accord.")


def s(id_, verdict, day):
    return Suggestion(id_, verdict, T0 + timedelta(days=day))


def d(action, against_id, against, day, verdict=None, revisit=None):
    return Decision(1, action, verdict, None, "n", "ana", against_id, against, revisit, T0 + timedelta(days=day))


# pure rules ----------------------------------------------------------------------------------
def test_final_verdict_rules():
    assert final_verdict(s(1, "undetermined", 0), []).source == "engine"
    assert final_verdict(s(1, "likely-no", 0), [d("accept", 1, "likely-no", 1)]).verdict == "likely-no"
    over = final_verdict(s(2, "likely-yes", 2), [d("override", 1, "likely-no", 1, verdict="undetermined")])
    assert (over.verdict, over.source) == ("undetermined", "analyst")  # the engine never replaces it
    deferred = final_verdict(s(1, "likely-no", 0), [d("defer", 1, "likely-no", 1)])
    assert deferred.source == "engine"


def test_queue_rules():
    assert queue_state([], [], T0) is None
    assert queue_state([s(1, "undetermined", 0)], [], T0).reason == "new suggestion"
    decided = [d("accept", 1, "undetermined", 1)]
    assert queue_state([s(1, "undetermined", 0)], decided, T0) is None
    assert queue_state([s(1, "undetermined", 0), s(2, "undetermined", 2)], decided, T0) is None  # re-evaluated, same
    changed = queue_state([s(1, "undetermined", 0), s(2, "likely-yes", 3)], decided, T0)
    assert changed.flagged and changed.reason.startswith("engine disagrees since 2030-03-04")
    later = T0 + timedelta(days=10)
    deferred = [d("defer", 1, "undetermined", 1, revisit=T0 + timedelta(days=5))]
    assert queue_state([s(1, "undetermined", 0)], deferred, T0 + timedelta(days=2)) is None
    assert "due" in queue_state([s(1, "undetermined", 0)], deferred, later).reason


def test_validation():
    with pytest.raises(DecisionError, match="needs a note"):
        validate("override", "likely-no", None, " ")
    with pytest.raises(DecisionError, match="exactly one"):
        validate("override", "likely-no", "NO", "x")
    with pytest.raises(DecisionError, match="unknown verdict"):
        validate("override", "probably", None, "x")
    validate("accept", None, None, "")


# through the services --------------------------------------------------------------------------
@pytest.fixture
def a(db_url):
    app_ = App(db_url, Settings())
    app_.import_markets([MARKET], T0)
    app_.import_articles([TALKS], T0)
    app_.evaluate(T0 + timedelta(hours=1), now=T0 + timedelta(hours=1))
    yield app_
    app_.engine.dispose()


def test_override_survives_reevaluations_and_a_changed_suggestion_requeues(a):
    assert [i["reason"] for i in a.queue(T0)] == ["new suggestion"]
    a.decide("accord", "override", "our desk has a source", "ana", T0 + timedelta(hours=2), verdict="likely-no")
    assert a.queue(T0 + timedelta(hours=2)) == []
    for k in range(5):  # the engine keeps evaluating; the override stands
        a.evaluate(T0 + timedelta(hours=3 + k), now=T0 + timedelta(hours=3 + k))
    final = {m.id: f for m, o, v, f in a.finals()}["accord"]
    assert (final.verdict, final.source) == ("likely-no", "analyst")
    a.import_articles([SIGNED], T0 + timedelta(days=2))
    a.evaluate(T0 + timedelta(days=2, hours=1), now=T0 + timedelta(days=2, hours=1))
    queue = a.queue(T0 + timedelta(days=2, hours=1))
    assert len(queue) == 1 and queue[0]["flagged"] and queue[0]["verdict"].verdict == "likely-yes"
    assert [x.url for x in queue[0]["new_evidence"]] == [SIGNED.url]
    final = {m.id: f for m, o, v, f in a.finals()}["accord"]
    assert final.verdict == "likely-no"  # still the analyst's until they decide again
    a.decide("accord", "accept", "", "ana", T0 + timedelta(days=3))
    final = {m.id: f for m, o, v, f in a.finals()}["accord"]
    assert (final.verdict, final.decision.action) == ("likely-yes", "accept")
    kinds = [e["kind"] for e in a.timeline("accord")]
    assert kinds.count("decision") == 2 and kinds.count("suggestion") == 2


# CLI ----------------------------------------------------------------------------------------------
def test_review_cli_decide_list_history_and_final_export(sqlite_url, tmp_path):
    runner = CliRunner()
    m = tmp_path / "m.json"
    m.write_text(json.dumps([{"id": "accord", "question": MARKET.question, "deadline": MARKET.deadline.isoformat(),
                              "criteria": MARKET.criteria}]))
    ev = tmp_path / "a.json"
    ev.write_text(json.dumps([json.loads(TALKS.model_dump_json())]))
    for args in (["market", "import", str(m)], ["evidence", "import", str(ev)], ["evaluate"]):
        assert runner.invoke(app, [*args, "--db", sqlite_url]).exit_code == 0
    listed = json.loads(runner.invoke(app, ["review", "list", "--db", sqlite_url, "--json"]).output)
    assert [x["market"] for x in listed] == ["accord"] and listed[0]["reason"] == "new suggestion"
    r = runner.invoke(app, ["review", "decide", "accord", "--override", "likely-no", "--db", sqlite_url])
    assert r.exit_code == 2 and "needs a note" in r.stderr
    r = runner.invoke(app, ["review", "decide", "accord", "--override", "NO", "--note", "desk call",
                            "--analyst", "ana", "--db", sqlite_url])
    assert r.exit_code == 0 and "resolution NO" in r.output
    assert json.loads(runner.invoke(app, ["review", "list", "--db", sqlite_url, "--json"]).output) == []
    r = runner.invoke(app, ["review", "decide", "nope", "--accept", "--db", sqlite_url])
    assert r.exit_code == 2 and "unknown market id" in r.stderr
    assert runner.invoke(app, ["review", "decide", "accord", "--accept", "--defer", "--db", sqlite_url]).exit_code == 2
    rows = list(csv.DictReader(io.StringIO(runner.invoke(app, ["export", "--final", "--db", sqlite_url]).output)))
    assert rows[0]["final_resolution"] == "NO" and rows[0]["analyst"] == "ana" and rows[0]["note"] == "desk call"
    assert rows[0]["decision"] == "override" and rows[0]["final_source"] == "analyst"
    r = runner.invoke(app, ["market", "history", "accord", "--db", sqlite_url])
    assert "decision #1: override NO by ana" in r.output and "suggestion #1" in r.output
    r = runner.invoke(app, ["review", "--db", sqlite_url])  # not a terminal: prints the queue
    assert r.exit_code == 0 and "queue is empty" in r.output
