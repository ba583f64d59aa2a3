"""Who-wins markets: a candidate who withdraws, concedes or is eliminated will not win — a no
for that outcome (and nothing for the others); and a summary that agrees with the evidence
list ("1 article attached, none decisive", never "no relevant evidence" beside an article)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from typer.testing import CliRunner

from resolver.cli import app
from resolver.engine import Article, Market, evaluate_outcomes
from resolver.render import reasoning_text

T = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)
MARKET = Market(id="lisbon", question="Who will win the 2026 Lisbon mayoral election?",
                deadline=datetime(2026, 10, 31, 23, 59, tzinfo=timezone.utc),
                criteria="Resolves to the candidate declared winner.", outcomes=["Marta Sousa", "Rui Costa", "Ana Lima"])


def verdicts(title: str, text: str) -> dict[str, object]:
    a = Article(url="https://x.example/a", title=title, text=text, published=T, source="x.example")
    return {v.outcome: v for v in evaluate_outcomes(MARKET, [a], T + timedelta(hours=2))}


@pytest.mark.parametrize("title, text", [
    ("Rui Costa withdraws from Lisbon mayoral race",
     "Rui Costa withdrew from the Lisbon mayoral election on Friday and endorsed Marta Sousa."),
    ("Lisbon mayoral race", "Rui Costa dropped out of the Lisbon mayoral election race on Friday."),
    ("Lisbon mayoral race", "Rui Costa pulled out of the Lisbon mayoral election on Friday."),
    ("Lisbon first round", "Rui Costa was eliminated in the first round of the Lisbon mayoral election on Sunday."),
    ("Lisbon mayoral race", "Rui Costa conceded the Lisbon mayoral election on Sunday."),
    ("Lisbon mayoral race", "Rui Costa suspended his campaign for the Lisbon mayoral election on Friday."),
])
def test_an_exit_is_a_no_for_that_outcome_only(title, text):
    v = verdicts(title, text)
    assert v["rui-costa"].score < 0 and any(c.direction == "no" for c in v["rui-costa"].contributions)
    assert v["marta-sousa"].score == 0 and v["ana-lima"].score == 0


def test_someone_elses_exit_or_campaigning_is_not_a_no():
    v = verdicts("Lisbon mayoral race", "Rui Costa campaigned in Lisbon on Friday for the mayoral election.")
    assert all(x.score == 0 for x in v.values())
    v = verdicts("Lisbon mayoral race", "Rui Costa withdrew from the Lisbon mayoral election on Friday.")
    assert v["ana-lima"].score == 0 and v["marta-sousa"].score == 0


def test_the_summary_agrees_with_the_evidence_list():
    v = verdicts("Lisbon mayoral race", "Rui Costa campaigned in Lisbon on Friday for the mayoral election.")
    for x in v.values():
        assert "1 article attached, none decisive" in x.summary
        assert "no rule fired: 1 article attached, none decisive" in reasoning_text(x)
        assert "no relevant evidence" not in reasoning_text(x)
    none = evaluate_outcomes(MARKET, [], T)[0]
    assert "no relevant evidence" in none.summary


def test_market_show_of_a_withdrawal(tmp_path):
    runner = CliRunner()
    url = f"sqlite:///{tmp_path / 'w.db'}"
    m = tmp_path / "m.json"
    m.write_text(json.dumps([{"id": "lisbon", "question": MARKET.question, "deadline": "2026-10-31T23:59:00+00:00",
                              "criteria": MARKET.criteria, "outcomes": MARKET.outcomes}]))
    a = tmp_path / "a.json"
    a.write_text(json.dumps([{"url": "https://x.example/w", "title": "Rui Costa withdraws from Lisbon mayoral race",
                              "published": "2026-03-01T12:00:00+00:00",
                              "text": "Rui Costa withdrew from the Lisbon mayoral election on Friday."}]))
    for args in (["market", "import", str(m)], ["evidence", "import", str(a)],
                 ["evaluate", "--as-of", "2026-03-02T00:00:00+00:00"]):
        assert runner.invoke(app, [*args, "--db", url]).exit_code == 0
    out = runner.invoke(app, ["market", "show", "lisbon/rui-costa", "--db", url]).stdout
    assert "evidence (1):" in out and "likely-no" in out and "opposite_outcome" in out
    out = runner.invoke(app, ["market", "show", "lisbon/ana-lima", "--db", url]).stdout
    assert "evidence (1):" in out and "no rule fired: 1 article attached, none decisive yet" in out
