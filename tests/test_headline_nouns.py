"""Headline nouns are not verbs, event nouns governed by a delaying or planning verb are not
done, and a policy announced is a policy in force. Real published headlines and sentences
(batches of tests/data/realnews and the shared public set); each names its source page."""

from resolver.engine import evaluate_market
from resolver.engine.derive import derive_target
from resolver.engine.mentions import read
from resolver.engine.text import make_sentence
from resolver.engine.types import Article, Market
from tests.conftest import ts


def verbs(headline: str) -> list[str]:
    return [m.form for m in read(make_sentence(headline, 0, headline=True)) if m.kind == "verb"]


def test_a_base_form_after_a_singular_noun_in_a_headline_is_a_noun():
    # https://www.shropshirestar.com/ (b01), https://www.nippon.com/ (b04) and others of batches 01-04
    assert "Strike" not in verbs("Boeing Strike Ending After 7 Weeks")
    assert "exit" not in verbs("Komeito exit shakes Japan's ruling bloc")
    assert "Rate" not in verbs("Bank Of Japan Hikes Interest Rate To 0.5%, Highest Since 2008")
    assert "Live" not in verbs("Fed Meeting Live: September 2024")


def test_a_plural_or_coordinated_subject_keeps_its_headline_verb():
    assert "ink" in verbs("Rwanda, DR Congo ink peace deal in Washington")
    assert "Sign" in verbs("Rwanda, Democratic Republic of Congo Sign U.S.-Brokered Peace Agreement")
    assert "end" in verbs("Europa finals: Atalanta end Leverkusen's dream run with 3-0 win")
    assert "beat" in verbs("Lionel Messi lands football's biggest prize as Argentina beat France in World Cup final "
                           "shootout")


def test_a_pause_announced_is_a_pause_done():
    # https://www.cbsnews.com/news/trump-announces-90-day-tariffs-pause/
    m = {m.form: m for m in read(make_sentence("Trump announces 90-day pause on most of his new tariffs", 0,
                                               headline=True))}
    assert m["pause"].kind == "nominal" and m["pause"].affirmed


BOEING = Market(
    id="boeing-strike", question="Will the Boeing machinists' strike end by October 31, 2024?",
    deadline=ts("2024-10-31T23:59:59-07:00"),
    criteria="This market will resolve to \"Yes\" if the strike by IAM District 751 machinists at Boeing that began on "
             "September 13, 2024 ends, through ratification of a contract or an official end of the strike, on or "
             "before October 31, 2024.")
# https://www.tag24.com/topic/labor-union/boeing-workers-reject-contract-offer-and-extend-strike-3328766
EXTENDED = Article(
    url="https://www.tag24.com/topic/labor-union/boeing-workers-reject-contract-offer-and-extend-strike-3328766",
    title="Boeing workers reject contract offer and extend strike", published=ts("2024-10-24T00:00:00-07:00"),
    text="Seattle, Washington - Boeing workers in the Seattle region decisively rejected the aerospace giant's latest "
         "contract offer on Wednesday, extending their nearly six-week strike.")


def test_the_noun_before_an_intransitive_act_is_its_subject_and_a_strike_extended_did_not_end():
    t = derive_target(BOEING)
    assert (t.kind, t.act, t.object_terms) == ("event", "end", ["machinist", "strike"])
    v = evaluate_market(BOEING, [EXTENDED], ts("2024-11-02T12:00:00+00:00"))
    assert (v.verdict, v.status) == ("likely-no", "deadline-passed")
    assert not any(c.rule == "unread_evidence" for c in v.contributions)


def test_a_roman_numeral_after_a_name_is_no_pronoun_subject():
    # https://www.fox4now.com/news/national/artemis-i-launch-still-on-track-after-nicole (batch-05)
    m = {m.form: m for m in read(make_sentence("Artemis I launch still on track after Nicole", 0, headline=True))}
    assert m["launch"].kind == "nominal" and not m["launch"].affirmed
