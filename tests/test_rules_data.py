"""Rules as data: the rule set is a validated, versioned spec that analysts can show, set,
reset and test; verdicts record the version they used. Multi-outcome markets get a verdict per
outcome."""

import json

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from resolver.cli import app
from resolver.engine import Article, Market, RuleSet, default_rule_set, evaluate_market, evaluate_outcomes
from tests.conftest import PEACE_ARTICLE, PEACE_MARKET, ts

runner = CliRunner()
AS_OF = "2025-11-26T18:00:00+00:00"


def invoke(*args):
    r = runner.invoke(app, list(args))
    assert "Traceback" not in r.output + (r.stderr or "")
    return r


# the spec itself --------------------------------------------------------------------------
def test_default_rule_set_is_derived_and_round_trips():
    rules = default_rule_set(PEACE_MARKET)
    assert rules.target.act == "sign" and {r.type for r in rules.rules} >= {"confirmation", "ruled_out", "hedged"}
    assert RuleSet.model_validate_json(rules.model_dump_json()) == rules


def test_invalid_specs_are_rejected():
    data = default_rule_set(PEACE_MARKET).model_dump(mode="json")
    with pytest.raises(ValidationError, match="union_tag_invalid|does not match any of the expected tags"):
        RuleSet.model_validate({**data, "rules": [{"type": "telepathy"}]})
    with pytest.raises(ValidationError, match="appears twice"):
        RuleSet.model_validate({**data, "rules": [{"type": "confirmation"}, {"type": "confirmation"}]})
    with pytest.raises(ValidationError):
        RuleSet.model_validate({**data, "rules": [{"type": "hedged", "factor": 3}]})


def test_disabling_a_rule_changes_the_verdict():
    rules = default_rule_set(PEACE_MARKET)
    as_of = ts(AS_OF)
    assert evaluate_market(PEACE_MARKET, [PEACE_ARTICLE], as_of, rule_set=rules).verdict == "likely-no"
    off = rules.model_copy(update={"rules": [r.model_copy(update={"enabled": r.type not in (
        "ruled_out", "scheduled_after_deadline")}) for r in rules.rules]})
    v = evaluate_market(PEACE_MARKET, [PEACE_ARTICLE], as_of, rule_set=off)
    assert v.verdict == "undetermined"
    assert not {c.rule for c in v.contributions} & {"ruled_out", "scheduled_after_deadline"}


def test_analyst_cues_and_weights_apply():
    a = Article(url="https://x.example/1", title="", published=ts("2025-11-26T15:00:00+00:00"), source="x.example",
                text="Russian officials said a peace deal with Ukraine is a pipe dream before the end of the week.")
    rules = default_rule_set(PEACE_MARKET)
    assert evaluate_market(PEACE_MARKET, [a], ts(AS_OF), rule_set=rules).verdict == "undetermined"
    tuned = RuleSet.model_validate({**rules.model_dump(mode="json"), "rules": [
        {"type": "ruled_out", "extra_cues": ["pipe dream"], "weight": 2.5}]})
    v = evaluate_market(PEACE_MARKET, [a], ts(AS_OF), rule_set=tuned)
    assert v.verdict == "likely-no" and any("pipe dream" in c.reason for c in v.contributions)


# multi-outcome ----------------------------------------------------------------------------------
NYC = Market(id="nyc", question="Who will win the 2025 New York City mayoral election?",
             deadline=ts("2025-11-30T23:59:59-05:00"), criteria="Resolves to the projected or certified winner.",
             outcomes=["Zohran Mamdani", "Andrew Cuomo", "Curtis Sliwa"])
NYC_ARTICLE = Article(url="https://x.example/nyc", title="Mamdani wins New York mayor's race", source="x.example",
                      published=ts("2025-11-04T22:30:00-05:00"),
                      text="Zohran Mamdani won the New York City mayoral election on Tuesday, defeating former "
                           "governor Andrew Cuomo, according to projections.")


def test_each_outcome_gets_a_verdict_and_outcomes_exclude_each_other():
    got = {v.outcome: v for v in evaluate_outcomes(NYC, [NYC_ARTICLE], ts("2025-11-05T06:00:00-05:00"))}
    assert got["zohran-mamdani"].verdict == "likely-yes"
    assert got["andrew-cuomo"].verdict == "likely-no"
    assert got["curtis-sliwa"].verdict == "likely-no"


def test_an_award_the_engine_cannot_read_as_a_win_names_no_winner():
    games = Market(id="games", question="Which city will host the 2030 Meridian Games?", criteria="",
                   deadline=ts("2026-12-31T23:59:59+00:00"), outcomes=["Lisbon", "Oslo", "Quito"])
    a = Article(url="https://x.example/games", title="Lisbon to host 2030 Meridian Games", source="x.example",
                published=ts("2026-06-10T12:00:00+00:00"),
                text="The Meridian Games committee on Wednesday awarded the 2030 Meridian Games to Lisbon, which "
                     "held off a late bid from Oslo.")
    got = {v.outcome: v for v in evaluate_outcomes(games, [a], ts("2026-06-11T00:00:00+00:00"))}
    # "awarded … to Lisbon" is not a form of "host": undetermined for all, never a wrong winner
    # (exclusivity itself is tested with the cup final below)
    assert {o: v.verdict for o, v in got.items()} == {o: "undetermined" for o in ("lisbon", "oslo", "quito")}


def test_exclusivity_is_applied_to_undetermined_siblings():
    from resolver.engine.outcomes import evaluate_outcomes as evo

    cup = Market(id="cup", question="Which team will win the 2026 Northern Cup final?", criteria="",
                 deadline=ts("2026-05-31T23:59:59+00:00"), outcomes=["Harbor FC", "Valley United", "Riverside"])
    a = Article(url="https://x.example/cup", title="Harbor FC win Northern Cup final", source="x.example",
                published=ts("2026-05-24T20:00:00+00:00"),
                text="Harbor FC won the Northern Cup final on Sunday, beating Valley United 2-1 in extra time.")
    got = {v.outcome: v for v in evo(cup, [a], ts("2026-05-25T00:00:00+00:00"))}
    assert [got[o].verdict for o in ("harbor-fc", "valley-united", "riverside")] == ["likely-yes", "likely-no", "likely-no"]
    # with the rival rule switched off for the others, exclusivity alone still rules them out
    from resolver.engine.outcomes import outcome_market

    no_rival = {}
    for label in ("Valley United", "Riverside"):
        rs = default_rule_set(outcome_market(cup, label))
        no_rival[label.lower().replace(" ", "-")] = rs.model_copy(update={"rules": [
            r.model_copy(update={"enabled": r.type != "rival_outcome"}) for r in rs.rules]})
    got = {v.outcome: v for v in evo(cup, [a], ts("2026-05-25T00:00:00+00:00"), rule_sets=no_rival)}
    assert got["riverside"].verdict == "likely-no"
    assert [c.rule for c in got["riverside"].contributions if c.weight] == ["exclusive_outcome"]


def test_unparseable_question_is_reported_as_such():
    odd = Market(id="odd", question="Bitcoin vibes?", deadline=ts("2025-12-31T00:00:00+00:00"), criteria="")
    v = evaluate_market(odd, [], ts("2025-06-01T00:00:00+00:00"))
    assert v.target.kind == "unknown" and "not parsed" in v.summary


# CLI ----------------------------------------------------------------------------------------------
@pytest.fixture
def db(tmp_path, sqlite_url):
    markets = tmp_path / "m.json"
    markets.write_text(json.dumps([
        {"id": "peace", "question": PEACE_MARKET.question, "deadline": PEACE_MARKET.deadline.isoformat(),
         "criteria": PEACE_MARKET.criteria},
        {"id": "nyc", "question": NYC.question, "deadline": NYC.deadline.isoformat(), "criteria": NYC.criteria,
         "outcomes": NYC.outcomes}]))
    arts = tmp_path / "a.json"
    arts.write_text(json.dumps([json.loads(PEACE_ARTICLE.model_dump_json()), json.loads(NYC_ARTICLE.model_dump_json())]))
    assert invoke("market", "import", str(markets), "--db", sqlite_url).exit_code == 0
    assert invoke("evidence", "import", str(arts), "--db", sqlite_url).exit_code == 0
    return sqlite_url


def test_rules_show_set_reset_and_versions_in_verdicts(db, tmp_path):
    r = invoke("rules", "show", "peace", "--db", db, "--json")
    shown = json.loads(r.output)
    assert shown["version"] == 1 and shown["rules"]["target"]["act"] == "sign"
    invoke("evaluate", "--db", db, "--as-of", AS_OF)
    hist = [h for h in json.loads(invoke("market", "history", "peace", "--db", db, "--json").output) if h["kind"] == "suggestion"]
    assert hist[-1]["rule_set_version"] == 1

    spec = shown["rules"]
    spec["rules"] = [{"type": "ruled_out", "enabled": False}, {"type": "scheduled_after_deadline", "enabled": False}]
    f = tmp_path / "rules.json"
    f.write_text(json.dumps(spec))
    r = invoke("rules", "set", "peace", str(f), "--note", "ignore plans", "--db", db)
    assert r.exit_code == 0 and "version 2" in r.output
    r = invoke("evaluate", "--market", "peace", "--db", db, "--as-of", AS_OF, "--json")
    assert json.loads(r.output)[0]["verdict"] == "undetermined"
    hist = [h for h in json.loads(invoke("market", "history", "peace", "--db", db, "--json").output) if h["kind"] == "suggestion"]
    assert [h["rule_set_version"] for h in hist] == [1, 2]
    # the analyst's set is not replaced by the derived one on later evaluations
    invoke("evaluate", "--market", "peace", "--db", db, "--as-of", AS_OF)
    assert json.loads(invoke("rules", "show", "peace", "--db", db, "--json").output)["version"] == 2
    r = invoke("rules", "reset", "peace", "--db", db)
    assert "version 3" in r.output


def test_rules_set_rejects_bad_files_and_changes_nothing(db, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"target": {"kind": "event"}, "rules": [{"type": "confirmation", "weight": -1}]}))
    r = invoke("rules", "set", "peace", str(bad), "--db", db)
    assert r.exit_code == 2 and "invalid rule set at" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    bad.write_text("{nope")
    assert invoke("rules", "set", "peace", str(bad), "--db", db).exit_code == 2
    assert json.loads(invoke("rules", "show", "peace", "--db", db, "--json").output)["version"] == 1


def test_rules_test_shows_what_fires_without_storing(db, tmp_path):
    f = tmp_path / "one.json"
    f.write_text(json.dumps([{"url": "https://t.example/1", "title": "", "published": "2025-11-26T10:00:00Z",
                              "text": "Russia and Ukraine signed the peace deal in Geneva on Wednesday."}]))
    r = invoke("rules", "test", "peace", "--article", str(f), "--as-of", AS_OF, "--db", db)
    assert r.exit_code == 0 and "confirmation" in r.output and "signed the peace deal" in r.output
    assert "mentions read" in r.output and "[act] verb 'signed' (sign; frames sign); positive; asserted; done" in r.output
    r = invoke("rules", "test", "peace", "--article", str(f), "--as-of", AS_OF, "--db", db, "--json")
    assert json.loads(r.output)["verdict"] == "likely-yes"
    [entry] = json.loads(r.output)["mentions"]
    signed = next(m for m in entry["mentions"] if m["form"] == "signed")
    assert (signed["bears_on"], signed["aspect"], signed["affirmed"], signed["time"]) == ("act", "done", True, "on Wednesday")
    assert "peace deal" in signed["theme"] and entry["sentence"].startswith("Russia and Ukraine signed")
    assert json.loads(invoke("market", "show", "peace", "--db", db, "--json").output)["evidence"][0]["article"]["url"] \
        != "https://t.example/1"


def test_multi_outcome_through_the_cli(db):
    r = invoke("evaluate", "--market", "nyc", "--db", db, "--as-of", "2025-11-05T06:00:00-05:00", "--json")
    got = {x["outcome"]: x["verdict"] for x in json.loads(r.output)}
    assert got == {"zohran-mamdani": "likely-yes", "andrew-cuomo": "likely-no", "curtis-sliwa": "likely-no"}
    rows = [json.loads(line) for line in invoke("export", "--format", "jsonl", "--db", db).output.splitlines()]
    assert {(x["id"], x["outcome"]) for x in rows} >= {("nyc", "zohran-mamdani"), ("peace", None)}
    r = invoke("rules", "show", "nyc", "--outcome", "andrew-cuomo", "--db", db, "--json")
    assert json.loads(r.output)["rules"]["target"]["candidate"] == "Andrew Cuomo"
    r = invoke("rules", "show", "nyc", "--outcome", "nobody", "--db", db)
    assert r.exit_code == 2 and "unknown outcome" in r.stderr
