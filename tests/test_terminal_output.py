"""Untrusted text on the analyst's terminal (issue 11, items 7 and 8): stored titles, questions,
notes and feed errors carrying escape sequences (OSC 52 clipboard writes, clear-screen) or
Rich markup (`[/]`, `[bold]`) are printed as plain text by every command that shows them."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from resolver.config import Settings
from resolver.engine import Article, Market
from resolver.services import App

runner = CliRunner()
T0 = datetime(2030, 3, 1, 12, tzinfo=timezone.utc)
OSC52 = "\x1b]52;c;ZWNobyBwd25lZA==\x1b\\"
CLEAR = "\x1b[2J\x1b[H\x1bc"
BELL_AND_FRIENDS = "\x07\x08\r\x9b31m\x7f"
QUESTION = f"Will Northland [/] and Southland [bold]sign[/bold] a border accord {OSC52}by December 31, 2030?{CLEAR}"
TITLE = f"Northland and Southland sign border accord {OSC52}[/] [link=file:///etc]x{BELL_AND_FRIENDS}"
NOTE = f"desk call [/] {CLEAR}{OSC52}"
LAST_ERROR = f"HTTP 500 [/] [bold]x {OSC52}"
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.fixture
def hostile_db(sqlite_url):
    a = App(sqlite_url, Settings())
    a.import_markets([Market(id="accord", question=QUESTION, deadline=datetime(2030, 12, 31, 23, 59, tzinfo=timezone.utc),
                             criteria=f"A signature is required. {CLEAR}")], T0)
    a.import_articles([Article(url="https://x.example/signed", title=TITLE, source="x.example", published=T0 + timedelta(days=1),
                               text="Northland and Southland signed a border accord in Geneva on Monday, both governments said.")],
                      T0 + timedelta(days=1), "accord")
    a.evaluate(T0 + timedelta(days=1, hours=1), now=T0 + timedelta(days=1, hours=1))
    a.add_source("feed", "https://feed.example/rss", "rss", None, None, False, T0)
    with a.engine.begin() as conn:
        conn.execute(sa.text("UPDATE sources SET last_status = 'error', last_error = :e"), {"e": LAST_ERROR})
    a.engine.dispose()
    return sqlite_url


def run(*args: str):
    r = runner.invoke(app_(), list(args))
    text = r.output + (r.stderr or "")
    assert "Traceback" not in text and "MarkupError" not in text, text
    return r


def app_():
    from resolver.cli import app

    return app


def assert_plain(r, *must_contain: str) -> None:
    assert r.exit_code == 0, r.output
    assert not CONTROL.search(r.output), repr(CONTROL.search(r.output).group())
    for text in must_contain:
        assert text in r.output, (text, r.output)


def test_clean_strips_every_control_character_but_newline_and_tab():
    from resolver.terminal import clean

    assert clean(f"a{OSC52}b{CLEAR}c{BELL_AND_FRIENDS}d\te\nf\u202eg") == "a]52;c;ZWNobyBwd25lZA==\\b[2J[Hcc31md\te\nfg"


def test_market_show_prints_hostile_text_as_text(hostile_db):
    r = run("market", "show", "accord", "--db", hostile_db)
    assert_plain(r, "Will Northland [/] and Southland [bold]sign[/bold]", "sign border accord ]52;c;", "[link=file:///etc]x")


def test_market_list_and_evaluate_print_markup_as_text(hostile_db):
    assert_plain(run("market", "list", "--db", hostile_db), "[/] and Southland [bold]sign[/bold]")
    assert_plain(run("evaluate", "--db", hostile_db, "--as-of", "2030-03-03T00:00:00+00:00", "--explain"),
                 "[/] and Southland [bold]sign[/bold]", "[link=file:///etc]x")


def test_review_and_review_list_and_history_print_hostile_text_as_text(hostile_db):
    assert_plain(run("review", "list", "--db", hostile_db), "[/] and Southland", "[link=file:///etc]x")
    assert_plain(run("review", "--db", hostile_db), "[/] and Southland")
    assert run("review", "decide", "accord", "--override", "likely-no", "--note", NOTE, "--db", hostile_db).exit_code == 0
    assert_plain(run("market", "history", "accord", "--db", hostile_db), "desk call [/] [2J")


def test_source_list_prints_a_markup_error_as_text(hostile_db):
    assert_plain(run("source", "list", "--db", hostile_db), "HTTP 500 [/] [bold]x ]52;c;")


def test_error_messages_with_hostile_input_are_plain(hostile_db):
    r = run("market", "show", f"nope{OSC52}[/]", "--db", hostile_db)
    assert r.exit_code == 2 and not CONTROL.search(r.stderr) and "[/]" in r.stderr
