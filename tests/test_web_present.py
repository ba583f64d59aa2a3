"""The review page's pure presentation helpers: the SVG timeline (marks, escaping, a broken
axis for a far deadline), readable times and ages, paragraphs, history sentences, queue counts."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from resolver.web.present import age, history_sentence, paragraphs, readable, time_tag
from resolver.web.timeline import TimelineData, render

T = datetime(2030, 3, 1, 12, tzinfo=timezone.utc)


def data(deadline: datetime) -> TimelineData:
    return TimelineData(
        deadline=deadline, lanes=[("a", "Alpha"), ("b", "<b>Beta</b>")], now=T + timedelta(days=1),
        articles=[{"at": T, "title": "<script>x()</script> wins", "direction": "yes", "weight": 2.0, "outcome": "Alpha"},
                  {"at": T - timedelta(days=1), "title": "quiet", "direction": "none", "weight": 0.0, "outcome": ""}],
        suggestions=[{"at": T - timedelta(days=1), "outcome": "a", "verdict": "undetermined"},
                     {"at": T, "outcome": "a", "verdict": "likely-yes"}, {"at": T, "outcome": "b", "verdict": "likely-no"}],
        decisions=[{"at": T + timedelta(hours=5), "outcome": "b", "text": "jane overrode <it>"}],
        prices=[{"at": T - timedelta(days=1), "outcome": "a", "price": 0.4}, {"at": T, "outcome": "a", "price": 0.9}])


def test_timeline_draws_every_part_and_escapes_text():
    svg = str(render(data(T + timedelta(days=3))))
    assert svg.startswith('<svg id="timeline"') and svg.endswith("</svg>")
    assert svg.count('class="article-mark"') == 2 and 'data-direction="yes"' in svg
    assert svg.count('class="suggestion"') == 3 and svg.count('class="decision"') == 1
    assert svg.count('class="price"') == 1 and svg.count('class="deadline"') == 1
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "&lt;b&gt;Beta" in svg and "<it>" not in svg
    assert "style=" not in svg and "<script" not in svg  # presentation attributes only (CSP)
    radii = [float(r) for r in re.findall(r'class="article-mark"[^>]* r="([\d.]+)"', svg)]
    assert max(radii) > min(radii)  # sized by weight
    assert 'class="axis-break"' not in svg


def test_a_far_deadline_breaks_the_axis():
    svg = str(render(data(T + timedelta(days=300))))
    assert 'class="axis-break"' in svg
    xs = [float(v) for v in re.findall(r'class="article-mark"[^>]* cx="([\d.]+)"', svg)]
    assert max(xs) - min(xs) > 300  # the evidence keeps its room


def test_times_ages_paragraphs():
    ny = timezone(timedelta(hours=-5))
    assert readable(datetime(2025, 11, 27, 23, 59, tzinfo=ny)) == "Thu 27 Nov 2025, 23:59 UTC−05:00"
    assert 'title="2025-11-27T23:59:00-05:00"' in str(time_tag(datetime(2025, 11, 27, 23, 59, tzinfo=ny)))
    assert age(T - timedelta(hours=2), T) == "2 h ago" and age(T - timedelta(days=3), T) == "3 days ago"
    assert age(T + timedelta(hours=5), T) == "in 5 h" and age(T, T) == "just now"
    assert str(paragraphs("one <b>\n\ntwo\nthree")) == "<p>one &lt;b&gt;</p><p>two</p><p>three</p>"


def test_history_sentences_name_outcome_analyst_and_note():
    labels = {"rui-costa": "Rui Costa"}
    d = {"kind": "decision", "outcome": "rui-costa", "action": "override", "verdict": None, "resolution": "NO",
         "note": "Withdrew on Friday.", "analyst": "ana", "against": "likely-no", "revisit_at": None}
    assert history_sentence(d, labels) == ("ana overrode the suggestion for Rui Costa to the resolution NO "
                                           "(the engine said likely-no), noting: “Withdrew on Friday.”")
    d.update(action="accept", note="", outcome=None)
    assert history_sentence(d, labels) == "ana accepted the suggestion likely-no, with no note."
    d.update(action="defer", note="wait", revisit_at="2030-04-01T00:00:00+00:00")
    assert history_sentence(d, labels) == ("ana deferred the decision until Mon 1 Apr 2030, 00:00 UTC "
                                           "(the engine said likely-no), noting: “wait”.")
    r = {"kind": "rules", "outcome": "rui-costa", "version": 2, "origin": "analyst", "note": "local idiom"}
    assert history_sentence(r, labels) == "Rule set v2 for Rui Costa was set by an analyst: local idiom."
