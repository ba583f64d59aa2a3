"""Markets on the level of a set figure over time (a policy rate that must stay at, or at or above,
a value through a date, or be below a value on a date), on verbatim sentences of
tests/data/realnews (each test names its batch and page): a move to a value that breaks the held
level or bar ends the state, read after the move's size and date ('from 6.75% to 6.5%') or as the
figure the decision leaves ('will therefore be 7.50%'); a move that keeps the bar ends nothing;
the deadline's silence is a yes for a bar that must hold; the level kept at the final decision of
the year is the level on a later date of that year."""

from resolver.engine import evaluate_market
from resolver.engine.level_change import _FROM_TO, _LEAVES, _TO, _values
from resolver.engine.text import article_sentences
from resolver.engine.types import Article, Market
from resolver.engine.word_class import verb_at
from tests.conftest import decided, ts

# batch-35, cb.is statements of the Monetary Policy Committee, 19 March and 21 May 2025
ICELAND = Market(
    id="iceland", question="Will the Central Bank of Iceland's key interest rate remain at 7.75% through June 30, 2025?",
    deadline=ts("2025-06-30T23:59:59+00:00"),
    criteria="This market will resolve to \"Yes\" if the Central Bank of Iceland's key interest rate (the rate on "
             "seven-day term deposits) remains at 7.75% continuously from market creation through June 30, 2025. "
             "Otherwise, \"No\".")


def _mpc(day: str, published: str, rate: str) -> Article:
    return Article(
        url=f"https://cb.is/news-and-publications/article/statement-of-the-monetary-policy-committee-{day}",
        title=f"Statement of the Monetary Policy Committee {day.replace('-', ' ').title()}", published=ts(published),
        text="The Monetary Policy Committee (MPC) of the Central Bank of Iceland has decided to lower the Bank\u2019s "
             "interest rates by 0.25 percentage points. The Bank\u2019s key interest rate \u2013 the rate on seven-day "
             f"term deposits \u2013 will therefore be {rate}%. All Committee members voted in favour of the decision.")


def test_the_figure_a_decision_leaves_ends_a_held_level():
    march, may = _mpc("19-march-2025", "2025-03-19T00:00:00+00:00", "7.75"), _mpc("21-may-2025", "2025-05-21T00:00:00+00:00", "7.50")
    v = evaluate_market(ICELAND, [march, may], ts("2025-05-22T00:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert any(c.rule == "state_ended" and c.counted and "will therefore be 7.50%" in c.reason for c in v.contributions)
    # guard: the decision that set the held level (March, to 7.75%) ends nothing
    v = evaluate_market(ICELAND, [march], ts("2025-03-20T00:00:00+00:00"))
    assert decided(v) == "undetermined" and not any(c.rule == "state_ended" for c in v.contributions)
    # guard: the words must say the figure is left there, not forecast it
    assert _LEAVES.search("Analysts think the key interest rate will be 7.50% by June.") is None


# batch-31, finport.am, 16 December 2025
ARMENIA = Market(
    id="armenia", question="Will the Central Bank of Armenia keep its refinancing rate at 6.75% through November 30, 2025?",
    deadline=ts("2025-11-30T23:59:59+04:00"),
    criteria="This market will resolve to \"Yes\" if the Central Bank of Armenia's refinancing rate remains at 6.75% at "
             "every decision taken from March 1, 2025 through November 30, 2025, 11:59 PM Yerevan time. Any change to "
             "the rate announced in that period resolves the market to \"No\". Otherwise, this market will resolve to "
             "\"No\".")
ARMENIA_CUT = Article(
    url="https://finport.am/full_news.php?id=55014&lang=3",
    title="Central Bank of Armenia:  Refinancing rate lowered from 6.75% to 6.5%", published=ts("2025-12-16T12:54:00+04:00"),
    text="ArmInfo. The Central  Bank of Armenia has decided to reduce the refinancing rate by 0.25 percentage points at "
         "the end of 2025, from 6.75% to 6.5%, after  keeping it unchanged for 10 months. The decision was made on "
         "December  16 at the meeting of the Central Bank of Armenia's Board.")


def test_a_move_from_one_level_to_another_after_its_size_and_date_is_read():
    v = evaluate_market(ARMENIA, [ARMENIA_CUT], ts("2025-12-17T00:00:00+00:00"))
    ended = [c for c in v.contributions if c.rule in ("state_ended", "state_continues") and "after the deadline" in c.reason]
    assert ended and not any(c.direction == "no" for c in ended)
    assert any("reduce" in c.reason for c in ended)  # the body's sentence is read, not left to an analyst
    # the cut 'from 6.75% to 6.5%' told after the deadline says the rate held at 6.75 to it (late_endings.py)
    assert any(c.rule == "state_continues" and c.direction == "yes" for c in ended)
    assert decided(v) == "likely-yes"
    # guard: a 'from … to …' in another clause is another figure's move
    assert _FROM_TO.match(" the refinancing rate, while inflation eased from 5.1% to 4.8% in the year") is None
    # guard (batch-29, 'Sri Lanka Central Bank Slashes Key Rates'): values paired with two figures by
    # 'respectively' are all kept, since which one is the market's figure is not read
    rest = (" the Standing Deposit Facility Rate and the Standing Lending Facility Rate by 200 basis points to 11.00 "
            "percent and 12.00 percent, respectively.")
    assert _values(rest, _TO.match(rest)) == [11.0, 12.0]


# batch-31, jamaicaobserver.com, 21 May 2025
JAMAICA = Market(
    id="jamaica", question="Will the Bank of Jamaica's policy rate stay at or above 6.00% through April 30, 2025?",
    deadline=ts("2025-04-30T23:59:59-05:00"),
    criteria="This market will resolve to \"Yes\" if the Bank of Jamaica's policy interest rate remains at or above "
             "6.00% at all times from January 1 through April 30, 2025, 11:59 PM Kingston time. Any reduction below "
             "6.00% announced in that period resolves the market to \"No\". Otherwise, this market will resolve to "
             "\"No\".")
JAMAICA_CUT = Article(
    url="https://www.jamaicaobserver.com/2025/05/21/boj-cuts-interest-rate-5-75-per-cent-warns-us-policy-risks",
    title="BOJ cuts interest rate to 5.75 per cent, warns of US policy risks", published=ts("2025-05-21T00:00:00-05:00"),
    text="THE Bank of Jamaica (BOJ) on Tuesday announced a 25 basis points cut in its key interest rate to 5.75 per "
         "cent, its first reduction this year, saying initial US tariff impacts on prices should be minimal though "
         "future growth may be affected.")


def test_a_bar_that_must_hold_is_a_state_and_silence_through_its_deadline_is_no_no():
    v = evaluate_market(JAMAICA, [JAMAICA_CUT], ts("2025-05-22T00:00:00+00:00"))
    assert decided(v) == "likely-yes"
    assert any(c.rule == "deadline_passed" and c.direction == "yes" for c in v.contributions)
    # 'its first reduction this year', reported after the deadline: the year runs past the deadline
    assert not any(c.direction == "no" and c.counted for c in v.contributions)


# batch-23, timber.exchange, 21 June 2024
CHILE = Market(
    id="chile", question="Will the Central Bank of Chile's monetary policy rate remain at or above 7.25% through June 30, "
                         "2024?",
    deadline=ts("2024-06-30T23:59:59-04:00"),
    criteria="This market will resolve to \"Yes\" if the Central Bank of Chile's monetary policy rate is 7.25% or higher "
             "at all times from February 1, 2024 through June 30, 2024. Otherwise, this market will resolve to \"No\".")
CHILE_CUT = Article(
    url="https://timber.exchange/news/details/business-and-economy/chile-reduces-interest-rate-in-response-to-economic-"
        "outlook",
    title="Chile reduces interest rate in response to economic outlook", published=ts("2024-06-21T00:00:00-04:00"),
    text="Chile's central bank lowered its benchmark interest rate by 25 basis points to 5.75%, meeting market "
         "expectations, with one board member favoring a 50 basis point cut.")

# batch-21, zawya.com, 6 March 2024 (dated inside a window moved back to it for the guard)
EGYPT = Market(
    id="egypt", question="Will the Central Bank of Egypt's overnight deposit rate remain at or above 27.25% through "
                         "March 31, 2024?",
    deadline=ts("2024-03-31T23:59:59+02:00"),
    criteria="This market will resolve to \"Yes\" if the Central Bank of Egypt's overnight deposit rate is at or above "
             "27.25% at every point from March 1, 2024 through March 31, 2024. Otherwise, this market will resolve to "
             "\"No\".")
EGYPT_HIKE = Article(
    url="https://www.zawya.com/en/economy/north-africa/egypt-central-bank-raises-interest-rates-by-600-bps-ob0vz7wa",
    title="Egypt Central Bank Raises Interest Rates by 600 Bps", published=ts("2024-03-06T00:00:00+04:00"),
    text="The central bank raised the overnight lending rate to 28.25% and its overnight deposit rate to 27.25%.")


def test_a_move_across_a_bar_that_must_hold_ends_it_and_a_move_on_its_side_settles_nothing():
    v = evaluate_market(CHILE, [CHILE_CUT], ts("2024-06-22T12:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert any(c.rule == "state_ended" and c.counted and "5.75" in c.reason for c in v.contributions)
    # guard: levels on the bar's side inside the window are one moment of the whole window, not a yes
    v = evaluate_market(EGYPT, [EGYPT_HIKE], ts("2024-03-07T12:00:00+00:00"))
    assert decided(v) == "undetermined"
    assert not any(c.counted and c.direction != "none" for c in v.contributions)


# batch-27, kaohooninternational.com, 18 December 2024
THAILAND = Market(
    id="thailand", question="Will the Bank of Thailand's policy rate be below 2.25% on December 31, 2024?",
    deadline=ts("2024-12-31T23:59:59+07:00"),
    criteria="This market will resolve to \"Yes\" if the Bank of Thailand's one-day repurchase (policy) rate in effect on "
             "December 31, 2024 is below 2.25%. A rate of exactly 2.25% resolves \"No\". Otherwise, this market will "
             "resolve to \"No\".")
THAILAND_HOLD = Article(
    url="https://kaohooninternational.com/?p=549672",
    title="Breaking! Bank of Thailand Unanimously Votes to Maintain Policy Rate at 2.25%",
    published=ts("2024-12-18T00:00:00+07:00"),
    text="At the final meeting of the year on 18 December 2024, the Monetary Policy Committee voted unanimously to "
         "maintain the policy rate at 2.25 percent.")
# batch-35, fx.co, 18 March 2026
CANADA = Market(
    id="canada", question="Will the Bank of Canada's policy rate be below 2.25% on March 31, 2026?",
    deadline=ts("2026-03-31T23:59:59-04:00"),
    criteria="This market will resolve to \"Yes\" if the Bank of Canada's target for the overnight rate in effect on "
             "March 31, 2026 is below 2.25%. Otherwise, \"No\".")
CANADA_HOLD = Article(
    url="https://www.fx.co/cn/amp/forex-news/2218085", title="forex news 2218085",
    published=ts("2026-03-18T00:00:00-04:00"),
    text="The Bank of Canada kept its key interest rate unchanged at 2.25% on 18 March 2026, maintaining its previous "
         "policy stance as it assesses evolving economic conditions.")


def test_the_level_kept_at_the_final_decision_of_the_year_is_the_level_on_a_later_date():
    v = evaluate_market(THAILAND, [THAILAND_HOLD], ts("2024-12-19T12:00:00+00:00"))
    assert decided(v) == "likely-no"
    assert any(c.rule == "threshold_missed" and c.counted and "final decision" in c.reason for c in v.contributions)
    # guard: a hold with no word on the decisions left before the date says nothing of the level on it
    v = evaluate_market(CANADA, [CANADA_HOLD], ts("2026-03-19T00:00:00+00:00"))
    assert decided(v) == "undetermined"
    # guard: a hold only expected at the final meeting is no decision
    expected = THAILAND_HOLD.model_copy(update={
        "text": "Economists expect the Monetary Policy Committee to maintain the policy rate at 2.25 percent at the "
                "final meeting of the year."})
    v = evaluate_market(THAILAND, [expected], ts("2024-12-10T12:00:00+00:00"))
    assert decided(v) == "undetermined"


# batch-19, mid-day.com, 8 December 2023
INDIA = Market(
    id="india", question="Will the Reserve Bank of India's policy repo rate remain at 6.50% through December 31, 2023?",
    deadline=ts("2023-12-31T23:59:59+05:30"),
    criteria="This market will resolve to \"Yes\" if the Reserve Bank of India's policy repo rate is 6.50% at all times "
             "from October 1, 2023 through December 31, 2023. If the RBI announces any change to the repo rate that "
             "takes effect in that period, this market will resolve to \"No\".")
INDIA_HOLD = Article(
    url="https://www.mid-day.com/news/india-news/article/rbi-retains-repo-rate-at-6-5-per-cent-for-fifth-time-in-a-"
        "row-23323926",
    title="RBI retains repo rate at 6 5 per cent for fifth time in a row", published=ts("2023-12-08T00:00:00+05:30"),
    text="The Reserve Bank of India on Friday decided to keep the policy rate unchanged at 6.5 per cent for the fifth "
         "time in a row as it maintains a tight vigil on inflation.")


def test_a_retained_level_goes_on_and_leaves_nothing_unread():
    v = evaluate_market(INDIA, [INDIA_HOLD], ts("2024-01-02T12:00:00+00:00"))
    assert (decided(v), v.status) in {("likely-yes", "deadline-passed"), ("likely-yes", "weak-reading")}


# batch-33, rozanaalerts.com, 25 February 2025
BITCOIN = Market(
    id="bitcoin", question="Will Bitcoin stay above $90,000 through February 28, 2025?",
    deadline=ts("2025-02-28T23:59:59-05:00"),
    criteria="This market will resolve to \"Yes\" if the price of Bitcoin (BTC/USD) remains above $90,000 at all times "
             "from February 18, 2025 through February 28, 2025, according to major price aggregators such as "
             "CoinMarketCap. Otherwise (for example, if Bitcoin trades at or below $90,000 at any time in that period), "
             "this market will resolve to \"No\".")
BITCOIN_DROP = Article(
    url="https://rozanaalerts.com/bitcoins-price-plummets-below-89000-market-shock-3",
    title="bitcoins price plummets below 89000 market shock", published=ts("2025-02-25T00:00:00+00:00"),
    text="Bitcoin (BTC), the world\u2019s leading cryptocurrency, has taken a significant hit, dropping below $89,000 "
         "as of Feb. 25, 2025, agencies reported.")


def test_a_price_that_must_stay_above_a_bar_is_no_set_rate_and_silence_is_no_yes():
    """Guard: a price moves without a decision, so the deadline's silence proves nothing either way."""
    v = evaluate_market(BITCOIN, [BITCOIN_DROP], ts("2025-03-02T12:00:00+00:00"))
    assert decided(v) != "likely-yes"
    assert any(c.rule == "deadline_passed" and c.direction == "none" for c in v.contributions)


def test_a_past_verb_after_a_name_and_its_abbreviation_in_parentheses_is_a_verb():
    # batch-29, en.prothomalo.com, 1 June 2023
    s = article_sentences("", "The Central Bank of Sri Lanka (CBSL) cut its standing deposit facility rate and standing "
                              "lending facility rate to 13 per cent and 14 per cent, respectively, from 15.5 per cent "
                              "and 16.5 per cent previously.")[0]
    assert verb_at(s, [t.text for t in s.tokens].index("cut")) == ("cut", "VBD")
    # guard: after a determiner and an aside, the word is still a noun
    s = article_sentences("", "Economists expected a (further) cut in rates.")[0]
    assert verb_at(s, [t.text for t in s.tokens].index("cut")) is None
