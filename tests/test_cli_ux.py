"""The analyst's CLI without traps, through typer's CliRunner: interactive review answers fed
through stdin (no terminal, no tmux), `market/outcome` ids everywhere, short generated ids
(stored ones keep working), the empty listing's next steps, and `poll --strict` / "0 due"."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from resolver.cli import app

runner = CliRunner()

WHO_WINS = {"id": "lisbon-mayor-2026", "question": "Who will win the 2026 Lisbon mayoral election?",
            "deadline": "2026-10-31T23:59:59+00:00", "outcomes": ["Marta Sousa", "Rui Costa"],
            "criteria": "Resolves to the candidate declared winner of the Lisbon mayoral election."}
BINARY = {"id": "accord", "question": "Will Northland and Southland sign a border accord by December 31, 2026?",
          "deadline": "2026-12-31T23:59:59+00:00", "criteria": "A signature is required."}
SIGNED = {"url": "https://x.example/signed", "title": "Northland and Southland sign border accord",
          "published": "2026-03-02T12:00:00+00:00",
          "text": "Northland and Southland signed a border accord in Geneva on Monday, both governments said."}


def use_consoles(monkeypatch, **consoles) -> None:
    """Make the CLI print to these consoles (`out=`, `err=`) for one test: each module of
    resolver.cli holds its own reference to the consoles it prints to."""
    import importlib
    import pkgutil

    import resolver.cli

    for info in pkgutil.iter_modules(resolver.cli.__path__):
        if not info.name.startswith("__"):
            module = importlib.import_module(f"resolver.cli.{info.name}")
            for name, console in consoles.items():
                if hasattr(module, name):
                    monkeypatch.setattr(module, name, console)


def invoke(*args: str, input: str | None = None):
    result = runner.invoke(app, list(args), input=input)
    assert "Traceback" not in (result.output + (result.stderr or "")), result.output
    return result


@pytest.fixture
def db(tmp_path):
    url = f"sqlite:///{tmp_path / 'ux.db'}"
    markets = tmp_path / "markets.json"
    markets.write_text(json.dumps([WHO_WINS, BINARY]))
    articles = tmp_path / "articles.json"
    articles.write_text(json.dumps([SIGNED]))
    assert invoke("market", "import", str(markets), "--db", url).exit_code == 0
    assert invoke("evidence", "import", str(articles), "--db", url).exit_code == 0
    assert invoke("evaluate", "--as-of", "2026-03-03T00:00:00+00:00", "--db", url).exit_code == 0
    return url


def decisions(url: str) -> list[dict]:
    r = invoke("export", "--format", "json", "--final", "--db", url)
    return [row for row in json.loads(r.stdout) if row["decision"]]


# interactive review through stdin ---------------------------------------------------------
def test_review_typos_are_asked_again_and_nothing_typed_is_lost(db):
    # queue order: nearest deadline first → lisbon-mayor-2026/marta-sousa, …/rui-costa, accord
    answers = "\n".join([
        "x",                       # not a choice: asked again
        "o", "maybe", "no",        # a bad target is asked again; lower-case 'no' is the resolution NO
        "", "Official count moved to next week.",   # an empty note is asked again, the note is kept
        "d", "Waiting for the official result.",    # defer
        "Dec 1", "2026-12-01",     # a bad date is asked again, never the end of the session
        "a",                       # accept the accord
    ]) + "\n"
    r = invoke("review", "--interactive", "--analyst", "jane", "--db", db, input=answers)
    assert r.exit_code == 0, r.output
    assert "'x' is not one of a, o, d, s, q; try again" in r.stderr
    assert "'maybe' is not likely-yes, likely-no, undetermined, YES, NO or N/A; try again" in r.stderr
    assert "a note is required here (say why); try again" in r.stderr
    assert "'Dec 1' is not a date as YYYY-MM-DD (e.g. 2026-12-01); try again" in r.stderr
    assert "3 decision(s) recorded" in r.stdout
    rows = {(row["id"], row["outcome"]): row for row in decisions(db)}
    over = rows[("lisbon-mayor-2026", "marta-sousa")]
    assert (over["decision"], over["final_resolution"], over["note"], over["analyst"]) == (
        "override", "NO", "Official count moved to next week.", "jane")
    assert rows[("accord", None)]["decision"] == "accept"
    history = invoke("market", "history", "lisbon-mayor-2026/rui-costa", "--db", db).stdout
    assert "defer" in history and "Waiting for the official result." in history and "revisit 2026-12-01" in history


def test_review_end_of_input_stops_cleanly_and_keeps_what_was_decided(db):
    r = invoke("review", "--interactive", "--analyst", "jane", "--db", db, input="a\n")
    assert r.exit_code == 0
    assert "no more answers: stopped" in r.stdout
    assert [row["outcome"] for row in decisions(db)] == ["marta-sousa"]


def test_review_quit_and_piped_listing(db):
    r = invoke("review", "--interactive", "--db", db, input="s\nq\n")
    assert r.exit_code == 0 and "0 decision(s) recorded" in r.stdout
    r = invoke("review", "--db", db)  # stdin is not a terminal: the queue is printed, nothing asked
    assert r.exit_code == 0 and "3 in the queue" in r.stdout


# market/outcome ids -----------------------------------------------------------------------
def test_every_command_takes_the_market_slash_outcome_id_it_prints(db, tmp_path):
    listed = invoke("market", "list", "--db", db).stdout
    assert "lisbon-mayor-2026/marta-sousa" in listed
    mo = "lisbon-mayor-2026/marta-sousa"
    show = invoke("market", "show", mo, "--db", db)
    assert show.exit_code == 0 and "outcome marta-sousa:" in show.stdout and "outcome rui-costa" not in show.stdout
    assert invoke("market", "history", mo, "--db", db).exit_code == 0
    ev = invoke("evaluate", "--market", mo, "--as-of", "2026-03-04T00:00:00+00:00", "--json", "--db", db)
    assert ev.exit_code == 0 and [x["outcome"] for x in json.loads(ev.stdout)] == ["marta-sousa"]
    rules = invoke("rules", "show", mo, "--json", "--db", db)
    assert rules.exit_code == 0 and json.loads(rules.stdout)["outcome"] == "marta-sousa"
    assert invoke("rules", "reset", mo, "--db", db).exit_code == 0
    saved = tmp_path / "rules.json"
    saved.write_text(rules.stdout)
    stored = invoke("rules", "set", mo, str(saved), "--note", "the same rules again", "--db", db)
    assert stored.exit_code == 0 and stored.stdout.startswith(f"{mo}: stored rule set version")
    cfg = tmp_path / "adjudicator.toml"  # a model nobody answers for: the command still names the outcome
    cfg.write_text('[adjudicator]\nbase_url = "http://127.0.0.1:9"\nmodel = "m"\ntimeout_s = 1\n')
    adj = invoke("adjudicate", mo, "--as-of", "2026-03-04T00:00:00+00:00", "--db", db, "--config", str(cfg))
    assert adj.exit_code == 0 and adj.stdout.startswith(f"{mo}: second opinion") and "rui-costa" not in adj.stdout
    art = tmp_path / "one.json"
    art.write_text(json.dumps([{**SIGNED, "url": "https://x.example/other", "text": "Campaign news from Lisbon."}]))
    assert invoke("rules", "test", mo, "--article", str(art), "--db", db).exit_code == 0
    assert invoke("evidence", "import", str(art), "--market", mo, "--db", db).exit_code == 0
    d = invoke("review", "decide", mo, "--accept", "--analyst", "jane", "--db", db)
    assert d.exit_code == 0 and d.stdout.startswith(f"{mo}: accept recorded")
    assert re.search(r"\[marta-sousa\] decision #\d+: accept by jane \(engine said undetermined\)$",
                     invoke("market", "history", mo, "--db", db).stdout, re.M)
    assert [(x["id"], x["outcome"]) for x in decisions(db)] == [("lisbon-mayor-2026", "marta-sousa")]


def test_market_slash_outcome_errors_are_one_line(db):
    r = invoke("market", "show", "lisbon-mayor-2026/nobody", "--db", db)
    assert r.exit_code == 2 and r.stderr.startswith("error: unknown outcome 'nobody' for market lisbon-mayor-2026")
    r = invoke("market", "show", "nowhere/marta-sousa", "--db", db)
    assert r.exit_code == 2 and r.stderr.strip() == "error: unknown market id: nowhere/marta-sousa"
    r = invoke("review", "decide", "lisbon-mayor-2026/marta-sousa", "--outcome", "rui-costa", "--accept", "--db", db)
    assert r.exit_code == 2 and "names outcome 'marta-sousa' but --outcome says 'rui-costa'" in r.stderr


# generated ids ----------------------------------------------------------------------------
QUESTION = "Will India and the European Union sign a free trade agreement by December 31, 2026?"


def test_generated_ids_are_short_readable_and_stable(tmp_path):
    url = f"sqlite:///{tmp_path / 'ids.db'}"
    args = ("market", "add", "--question", QUESTION, "--deadline", "2026-12-31T23:59:59+00:00",
            "--criteria", "A signed agreement.", "--db", url)
    r = invoke(*args)
    assert r.exit_code == 0 and r.stdout.strip() == "new: india-european-union-sign-free-20261231"
    assert invoke(*args).stdout.strip() == "unchanged: india-european-union-sign-free-20261231"
    for q in (QUESTION, "Will Bitcoin trade above $150,000 by December 31, 2026?",
              "Who will win the 2026 Lisbon mayoral election?"):
        m = invoke("market", "add", "--question", q, "--deadline", "2026-12-31T23:59:59+00:00", "--criteria", "x",
                   "--json", "--db", url)
        mid = json.loads(m.stdout)["id"]
        assert len(mid) <= 40 and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*-20261231", mid), mid
        words = set(re.findall(r"[a-z0-9]+", q.lower().replace(",", "")))
        assert all(w in words for w in mid.split("-")[:-1]), mid  # whole words of the question, none cut
    m = invoke("market", "add", "--question", "Will Supercalifragilisticexpialidociousness-extraordinaire happen?",
               "--deadline", "2026-12-31T23:59:59+00:00", "--criteria", "x", "--json", "--db", url)
    assert json.loads(m.stdout)["id"] == "supercalifragilisticexpialidoci-20261231"  # one word longer than the room


def test_ids_stored_by_earlier_versions_keep_working(tmp_path):
    """A market stored under the old generated id (60-character slug cut mid-word) is found by
    that id, and re-importing its file (no id given) updates it instead of adding a second."""
    url = f"sqlite:///{tmp_path / 'legacy.db'}"
    old_id = "will-india-and-the-european-union-sign-a-free-trade-agreemen-20261231"
    f = tmp_path / "m.json"
    f.write_text(json.dumps([{"id": old_id, "question": QUESTION, "deadline": "2026-12-31T23:59:59+00:00",
                              "criteria": "A signed agreement."}]))
    assert invoke("market", "import", str(f), "--db", url).exit_code == 0
    f.write_text(json.dumps([{"question": QUESTION, "deadline": "2026-12-31T23:59:59+00:00",
                              "criteria": "A signed agreement, ratified."}]))
    r = invoke("market", "import", str(f), "--db", url)
    assert r.stdout.strip() == "markets: 0 new, 1 updated, 0 unchanged"
    listed = json.loads(invoke("market", "list", "--json", "--db", url).stdout)
    assert [m["id"] for m in listed] == [old_id]
    assert invoke("market", "show", old_id, "--db", url).exit_code == 0


# first run ----------------------------------------------------------------------------------
def test_empty_listing_says_what_to_do_next(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = invoke("market", "list")
    assert r.exit_code == 0
    assert r.stdout.startswith("no markets yet in sqlite:///resolver.db.")
    assert "resolver market import" in r.stdout and "resolver demo" in r.stdout
    assert invoke("demo").exit_code == 0  # writes ./demo.db
    r = invoke("market", "list")
    assert "resolver market list --db sqlite:///demo.db" in r.stdout
    r = invoke("market", "list", "--db", "sqlite:///demo.db")
    assert "port-avalon-mayor-2025/daniel-reyes" in r.stdout


def test_readme_counts_and_example_ids_match_the_demo(tmp_path):
    root = Path(__file__).resolve().parents[1]
    readme = (root / "README.md").read_text()
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    r = invoke("demo", "--db", url)
    m = re.search(r"markets: (\d+) new.*articles: (\d+) new, (\d+) duplicate", r.stdout)
    markets, new, dup = int(m.group(1)), int(m.group(2)), int(m.group(3))
    words = {6: "six", 7: "seven", 8: "eight"}
    assert f"loads {words[markets]} sample markets and {words[new + dup]} sample articles" in readme
    ids = {x["id"] for x in json.loads(invoke("market", "list", "--json", "--db", url).stdout)}
    for example in re.findall(r"^resolver (?:review decide|market history|market show|rules \w+) ([a-z0-9/-]+)",
                              readme, re.M):
        assert example.split("/")[0] in ids, example


# poll -----------------------------------------------------------------------------------------
def test_poll_strict_fails_when_a_source_failed_and_idle_pass_says_why(tmp_path):
    url = f"sqlite:///{tmp_path / 'poll.db'}"
    r = invoke("poll", "--once", "--db", url)
    assert r.exit_code == 0 and r.stdout.strip() == "0 due: no sources yet (add one with `resolver source add NAME URL`)"
    assert invoke("source", "add", "gone", str(tmp_path / "missing.json"), "--kind", "file", "--db", url).exit_code == 0
    r = invoke("poll", "--once", "--db", url)
    assert r.exit_code == 0 and "1 failed" in r.stdout  # without --strict a failed source is reported only
    assert invoke("poll", "--once", "--strict", "--source", "gone", "--db", url).exit_code == 1
    r = invoke("poll", "--once", "--strict", "--db", url)  # backed off: nothing due now
    assert r.exit_code == 0
    due = json.loads(invoke("source", "list", "--json", "--db", url).stdout)[0]["next_due_at"]
    assert r.stdout.strip() == f"0 due: next at {due} (gone)"
    j = json.loads(invoke("poll", "--once", "--json", "--db", url).stdout)
    assert j["idle"]["next_due_at"] == due and j["sources"] == []


def test_poll_strict_passes_when_every_source_worked(tmp_path):
    url = f"sqlite:///{tmp_path / 'poll.db'}"
    f = tmp_path / "articles.json"
    f.write_text(json.dumps([SIGNED]))
    assert invoke("source", "add", "local", str(f), "--kind", "file", "--db", url).exit_code == 0
    r = invoke("poll", "--once", "--strict", "--db", url)
    assert r.exit_code == 0 and "1 new article(s), 0 failed" in r.stdout


# progress bars --------------------------------------------------------------------------------
def test_progress_bars_only_on_a_terminal(db, monkeypatch):
    """On a terminal, long work draws a rich progress bar on stderr; through a pipe (CliRunner,
    cron, CI) nothing changes: the same output, no bar."""
    import io

    from resolver.terminal import SafeConsole

    piped = invoke("evaluate", "--as-of", "2026-03-05T00:00:00+00:00", "--db", db)
    assert piped.exit_code == 0 and "evaluating markets" not in piped.output
    screen, bars = io.StringIO(), io.StringIO()
    use_consoles(monkeypatch, out=SafeConsole(file=screen, force_terminal=True, width=120),
                 err=SafeConsole(file=bars, force_terminal=True, width=120))
    r = invoke("evaluate", "--as-of", "2026-03-06T00:00:00+00:00", "--db", db)
    assert r.exit_code == 0
    assert "evaluating markets" in bars.getvalue() and "evaluating markets" not in screen.getvalue()
    assert "lisbon-mayor-2026/marta-sousa" in screen.getvalue()
    r = invoke("evaluate", "--as-of", "2026-03-07T00:00:00+00:00", "--json", "--db", db)
    assert r.exit_code == 0 and bars.getvalue().count("evaluating markets") >= 1
    before = bars.getvalue()
    invoke("evaluate", "--as-of", "2026-03-08T00:00:00+00:00", "--json", "--db", db)
    assert bars.getvalue() == before  # --json: no bar even on a terminal


def test_poll_import_and_backtest_draw_bars_only_on_a_terminal(tmp_path, monkeypatch):
    """The other long jobs: importing a large evidence file (200 articles or more), a poll pass,
    a backtest. Through a pipe: no bar. On a terminal: a bar on stderr, and stdout says exactly
    what the pipe said."""
    import io

    from resolver.terminal import SafeConsole

    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps({**SIGNED, "url": f"https://x.example/n{k}", "text": f"{SIGNED['text']} Item {k}."})
                            + "\n" for k in range(200)))
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps([SIGNED]))
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([{"id": "c1", "market": {k: v for k, v in BINARY.items() if k != "id"},
                                  "evidence": [SIGNED], "expected": "likely-yes", "as_of": "2026-03-03T00:00:00+00:00"}]))

    def jobs(url: str):
        assert invoke("market", "import", str(tmp_path / "m.json"), "--db", url).exit_code == 0
        assert invoke("source", "add", "local", str(feed), "--kind", "file", "--db", url).exit_code == 0
        return [invoke("evidence", "import", str(many), "--db", url), invoke("poll", "--once", "--db", url),
                invoke("backtest", str(cases))]

    (tmp_path / "m.json").write_text(json.dumps([BINARY]))
    labels = ("matching articles", "polling", "backtest cases")
    piped = jobs(f"sqlite:///{tmp_path / 'piped.db'}")
    assert all(r.exit_code == 0 for r in piped)
    assert not any(label in r.output for r in piped for label in labels)

    screens, bars = [], io.StringIO()
    use_consoles(monkeypatch, err=SafeConsole(file=bars, force_terminal=True, width=120))
    url = f"sqlite:///{tmp_path / 'terminal.db'}"
    assert invoke("market", "import", str(tmp_path / "m.json"), "--db", url).exit_code == 0
    assert invoke("source", "add", "local", str(feed), "--kind", "file", "--db", url).exit_code == 0
    for args, label in zip([("evidence", "import", str(many), "--db", url), ("poll", "--once", "--db", url),
                            ("backtest", str(cases))], labels):
        screens.append(io.StringIO())  # a terminal, made as the CLI makes its own
        use_consoles(monkeypatch, out=SafeConsole(file=screens[-1], force_terminal=True, width=160,
                                                  highlight=False, soft_wrap=True))
        before = bars.getvalue()
        assert invoke(*args).exit_code == 0
        assert label in bars.getvalue()[len(before):], label
    ansi = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
    for screen, pipe in zip(screens, piped):
        assert ansi.sub("", screen.getvalue()) == pipe.stdout
