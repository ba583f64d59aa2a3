"""Parsing and validating market and article files (no database)."""

import json

import pytest

from resolver.errors import BadInput
from resolver.ingest import canonical_url, load_articles, load_markets

MB = 1_000_000


def write(tmp_path, name, content, binary=False):
    p = tmp_path / name
    (p.write_bytes if binary else p.write_text)(content)
    return p


MARKET = {"question": "Will X sign the deal by May 1, 2026?", "deadline": "2026-05-01T23:59:59-04:00",
          "criteria": "Resolves YES if X signs."}
ARTICLE = {"url": "https://news.example.org/a", "title": "T", "published": "2026-04-01T10:00:00+00:00", "text": "Body."}


def test_markets_from_json_list_and_toml(tmp_path):
    markets = load_markets(write(tmp_path, "m.json", json.dumps([MARKET, {**MARKET, "id": "custom"}])), MB)
    assert markets[0].id == "x-sign-deal-20260501" and markets[1].id == "custom"
    assert markets[0].deadline.utcoffset().total_seconds() == -4 * 3600
    toml = '[[markets]]\nquestion = "Will X sign?"\ndeadline = "2026-05-01T23:59:59-04:00"\ncriteria = "c"\n'
    assert load_markets(write(tmp_path, "m.toml", toml), MB)[0].question == "Will X sign?"


@pytest.mark.parametrize("content,message", [
    ("[{", "not valid JSON"),
    (json.dumps([{k: v for k, v in MARKET.items() if k != "deadline"}]), "'deadline' is missing"),
    (json.dumps([{**MARKET, "deadline": "2026-05-01T23:59:59"}]), "no timezone offset"),
    (json.dumps([{**MARKET, "deadline": "next tuesday"}]), "not an ISO 8601 time"),
    (json.dumps([{**MARKET, "colour": "red"}]), "unknown field(s): colour"),
    (json.dumps([MARKET, MARKET]), "market id used twice"),
    (json.dumps({"not": "a list"}), "'question' is missing"),
])
def test_bad_market_files_get_one_clear_line(tmp_path, content, message):
    with pytest.raises(BadInput) as exc:
        load_markets(write(tmp_path, "m.json", content), MB)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_naive_deadline_with_explicit_tz(tmp_path):
    m = load_markets(write(tmp_path, "m.json", json.dumps([{**MARKET, "deadline": "2026-05-01T23:59:59"}])), MB,
                     tz="America/New_York")[0]
    assert m.deadline.utcoffset().total_seconds() == -4 * 3600


def test_malformed_toml(tmp_path):
    with pytest.raises(BadInput, match="not valid TOML"):
        load_markets(write(tmp_path, "m.toml", "[[markets]\nquestion="), MB)


def test_articles_from_jsonl_with_source_derived(tmp_path):
    p = write(tmp_path, "a.jsonl", json.dumps(ARTICLE) + "\n\n" + json.dumps({**ARTICLE, "url": "https://www.b.example/x/?utm_source=rss#top"}) + "\n")
    arts = load_articles(p, MB, MB)
    assert [a.source for a in arts] == ["news.example.org", "b.example"]
    assert arts[1].url == "https://www.b.example/x"


def test_article_without_publication_time(tmp_path):
    p = write(tmp_path, "a.json", json.dumps([{k: v for k, v in ARTICLE.items() if k != "published"}]))
    with pytest.raises(BadInput, match="'published' is missing"):
        load_articles(p, MB, MB)


def test_non_utf8_file(tmp_path):
    p = write(tmp_path, "a.json", b'[{"url": "https://x.example/a", "text": "caf\xe9"}]', binary=True)
    with pytest.raises(BadInput, match="not valid UTF-8"):
        load_articles(p, MB, MB)


def test_body_over_the_cap_is_rejected(tmp_path):
    big = {**ARTICLE, "text": "x" * (50 * MB)}
    p = write(tmp_path, "a.json", json.dumps([big]))
    with pytest.raises(BadInput, match="over the 5,000,000-byte limit"):
        load_articles(p, 200 * MB, 5 * MB)


def test_file_over_the_cap_is_rejected(tmp_path):
    p = write(tmp_path, "a.json", json.dumps([ARTICLE] * 100))
    with pytest.raises(BadInput, match="over the 1,000-byte limit"):
        load_articles(p, 1000, MB)


def test_bad_jsonl_line_is_located(tmp_path):
    p = write(tmp_path, "a.jsonl", json.dumps(ARTICLE) + "\n{oops\n")
    with pytest.raises(BadInput, match="line 2: not valid JSON"):
        load_articles(p, MB, MB)


def test_canonical_url():
    assert canonical_url("HTTPS://News.Example.ORG/a/b/?utm_medium=x&id=3#frag") == "https://news.example.org/a/b?id=3"
    with pytest.raises(BadInput):
        canonical_url("not a url")
