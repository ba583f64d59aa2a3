"""Paraphrase probe of the eighteenth round's new readings (r18-probe): each reading written for one
corpus wording is run on the same fact told in the other wordings news uses (other verbs, voices, word
orders, an attribution after the clause), and on near wordings that mean something else. The
sentences marked 'corpus' are verbatim (or with the case's own names) from the development corpus; the
rest are rewordings. Widened here: a sale's price after 'went for', 'changed hands for', 'went under
the hammer for', 'was bought for', 'brought in', 'realized', 'achieved', 'sold <up to four words> for'
(sale_prices.py), an earlier sale ('last changed hands for') no price; 'an anonymous bidder' no unnamed
source (hedges.py); a lead beyond reach owned by a clause's subject after a comma or conjunction ('as
Europe moved into an unassailable 14.5-9.5 lead') (rules/candidate_wins.py); 'slipped', 'slid',
'dipped' and '1.0 percent lower' as a statistic's fall (rules/reported_figure.py, period_changes.py);
a trial 'ended in a mistrial' / 'ends in hung jury' and 'declared the mistrial' as a mistrial
declared, a rule of trials in general ('In the event of a hung jury, …') none (mistrials.py); a
calling-off attributed after the clause ('… has been called off, Seaspan … announced') as announced
(delays.py).

Still missed (left, see the report): a sale below the bar in a window still open stays undetermined
(no decisive no); another lot's sale in the same sentence ('where a Rothko sold for …') is still read;
'to put Europe on an unassailable 14.5 points' (a points total, no 'lead'); 'has been averted', 'will
not go ahead' and 'the union had called off' in the announced shape; 'Judge … declared the mistrial
Thursday' naming no party in its sentence."""

import pytest

from tests.conftest import decided, fired
from tests import test_r18_b96no as B96N, test_r18_b96yes as B96Y, test_r18_b99 as B99, test_r18_left as LE, \
    test_r18_stats as ST

# --- a sale's price (sale_prices.py) ----------------------------------------------------------------

K = "A portrait by Austrian artist Gustav Klimt {} at Sotheby's, setting a new record for the artist, Sotheby's said Tuesday."


@pytest.mark.parametrize("words", [
    "sold for $236.4 million",  # corpus (b32)
    "went for $236.4 million", "changed hands for $236.4 million", "fetched $236.4 million",
    "brought in $236.4 million at auction", "was sold for $236.4 million", "sold at auction for $236.4 million",
    "went under the hammer for $236.4 million", "fetched a record $236.4 million",
    "was bought for $236.4 million by an anonymous bidder", "sold for $236.4 million including fees",
    "realized $236.4 million", "achieved $236.4 million"])
def test_sale_price_paraphrases_cross_the_bar(words):
    v = B99._klimt(K.format(words))
    assert fired(v, "threshold_crossed") and decided(v) == "likely-yes"


def test_sale_price_with_words_between_verb_and_for():
    # corpus shape (b95): 'sold Wednesday for a record $119,922,500 at auction'
    v = B99._klimt("The Klimt portrait sold Tuesday night at Sotheby's for $236.4 million.")
    assert fired(v, "threshold_crossed") and decided(v) == "likely-yes"


@pytest.mark.parametrize("words", [
    "was expected to fetch $250 million", "could go for $250 million", "is estimated to bring in $250 million",
    "was insured for $250 million", "failed to sell after bidding stalled at $250 million",
    "last changed hands for $250 million in 2006", "previously sold for $250 million", "drew a bid of $250 million"])
def test_no_sale_price(words):
    assert decided(B99._klimt(K.format(words))) != "likely-yes"


def test_anonymous_source_still_hedges():
    # must not fire: 'anonymous' before a source noun is still an unnamed source
    v = B99._klimt(K.format("sold for $236.4 million, anonymous sources said,"))
    assert decided(v) != "likely-yes" and any(c.rule == "hedged" for c in v.contributions)


# --- a lead beyond reach (rules/candidate_wins.py) ----------------------------------------------------

R = "Phil Mickelson conceded his match to Francesco Molinari at the 16th hole {} at Le Golf National."


@pytest.mark.parametrize("words", [
    "to give Europe an unmatchable 14.5-9.5 lead",  # corpus (b96)
    "to give Europe an unassailable 14.5-9.5 lead", "to give Europe an insurmountable 15-9 lead",
    "to hand Europe an unassailable 14.5-9.5 lead", "as Europe moved into an unassailable 14.5-9.5 lead",
    "as Europe took an unbeatable 14.5-9.5 lead", "as Europe clinched the Ryder Cup with an unbeatable lead",
    "as Europe opened an uncatchable 14.5-9.5 lead", "as Europe established an insurmountable 15-9 lead",
    ", and Europe held an insurmountable 15-9 lead"])
def test_lead_beyond_reach_paraphrases(words):
    v = B96Y._ryder(R.format(words))
    assert fired(v, "confirmation") and decided(v) == "likely-yes"


@pytest.mark.parametrize("sentence", [
    R.format("to give the United States an unassailable 14.5-9.5 lead"),
    R.format("as the United States took an insurmountable 15-9 lead"),
    R.format("as the United States moved into an unassailable lead"),
    "A win for Molinari would hand Europe an insurmountable lead at Le Golf National.",
    "Europe hoped to build an unbeatable lead at Le Golf National.",
    "Europe failed to take an unassailable lead at Le Golf National.",
    "Europe could move into an unassailable lead at Le Golf National on Sunday.",
    "If Molinari wins, Europe moved into an unassailable lead at Le Golf National.",
    # corpus (b03), the rival's lead after a comma
    "With 91 percent of votes counted, Noboa held and insurmountable clear lead of 56 percent fo Gonzalez’s 44 percent."])
def test_lead_not_the_candidates(sentence):
    assert not fired(B96Y._ryder(sentence), "confirmation")


# --- a calling-off announced (delays.py) ----------------------------------------------------------

S = "Seaspan Marine Transportation announced Friday (Jan. 21) that a strike scheduled to begin the same day at 3 p.m. {}."
P = "A strike scheduled to begin Friday at 3 p.m. {}, Seaspan Marine Transportation announced."


@pytest.mark.parametrize("sentence", [
    S.format("has been called off"),  # corpus (b96)
    S.format("has been cancelled"), S.format("has been canceled"), S.format("has been scrapped"),
    S.format("had been called off"), S.format("was called off"),
    P.format("has been called off"), P.format("has been cancelled"),
    "A strike scheduled to begin Friday at 3 p.m. has been scrapped, Seaspan Marine Transportation confirmed on Friday."])
def test_announced_calling_off_paraphrases(sentence):
    v = B96N._seaspan(sentence)
    assert fired(v, "ruled_out") and decided(v) == "likely-no"


@pytest.mark.parametrize("sentence", [
    S.format("has begun"), S.format("has been postponed"), S.format("has not been called off"),
    S.format("may be called off"), P.format("has begun"), P.format("has not been called off"),
    P.format("has been postponed"),
    "A meeting scheduled to begin Friday at 3 p.m. has been called off, Seaspan Marine Transportation announced.",
    "A strike scheduled to begin Friday at 3 p.m. has been called off, Seaspan Marine Transportation denied.",
    "A strike scheduled to begin Friday at 3 p.m. has been called off, the union denied, and Seaspan announced new "
    "sailings.",
    "Seaspan Marine Transportation announced Friday that sailings scheduled for the same day have been cancelled "
    "because of the strike.",
    "Workers at a terminal that a strike scheduled to begin the same day at 3 p.m. has been called off were relieved."])
def test_no_announced_calling_off(sentence):
    assert decided(B96N._seaspan(sentence)) != "likely-no"


# --- a statistic's fall (rules/reported_figure.py, period_changes.py) --------------------------------

RS = ("Advance estimates of U.S. retail and food services sales for March 2023, adjusted for seasonal variation and holiday "
      "and trading-day differences, but not for price changes, were $691.7 billion, {} from the previous month.")
US = "U.S. retail and food services sales {} in March from the previous month."


@pytest.mark.parametrize("sentence", [
    RS.format("down 1.0 percent"),  # corpus (b96)
    RS.format("down 1.0 percent (±0.5 percent)"), RS.format("a decline of 1.0 percent"), RS.format("a 1.0 percent drop"),
    RS.format("a 1.0 percent decrease"), RS.format("1.0 percent lower"),
    US.format("declined 1.0 percent"), US.format("fell 1.0 percent"), US.format("dropped 1.0%"),
    US.format("slipped 1.0 percent"), US.format("decreased 1.0 percent"), US.format("posted a 1.0 percent drop"),
    US.format("showed a 1.0% decline"), US.format("slid 1.0%"), US.format("dipped 1.0 percent")])
def test_fall_paraphrases(sentence):
    v = ST._march(sentence)
    assert fired(v, "threshold_crossed") and decided(v) == "likely-yes"


@pytest.mark.parametrize("sentence", [
    RS.format("up 1.0 percent"), RS.format("a 1.0 percent gain"), US.format("rose 1.0 percent"),
    "Economists expected U.S. retail and food services sales to decline 0.4 percent in March from the previous month.",
    "U.S. retail and food services sales fell 1.0 percent in February from the previous month.",
    "U.S. retail and food services sales rose 0.4 percent in March from the previous month, 1.0 percent lower than "
    "economists expected."])
def test_no_fall(sentence):
    assert decided(ST._march(sentence)) != "likely-yes"


def test_lower_than_expected_is_no_fall():
    from resolver.engine import period_changes
    text = "rose 0.4 percent, 1.0 percent lower than expected"
    end = text.index("1.0 percent") + len("1.0 percent")
    assert period_changes.fall_told("rose 0.4 percent, ", text, end) is None
    text = "were $691.7 billion, 1.0 percent lower from the previous month"
    end = text.index("1.0 percent") + len("1.0 percent")
    assert period_changes.fall_told("were $691.7 billion, ", text, end) == "lower"


# --- a mistrial declared (mistrials.py) ---------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # corpus (b100), without the headline that carried it before
    "NEWARK, N.J. — Sen. Bob Menendez's bribery trial has ended in a mistrial after the jury said it was hopelessly "
    "deadlocked.",
    "Judge William Walls declared a mistrial in Sen. Bob Menendez's bribery trial on Thursday after the jury said it was "
    "hopelessly deadlocked.",
    # corpus shape (b52): 'A mistrial was declared Wednesday in the murder case against Phil Spector when the jury …'
    "A mistrial was declared Thursday in Sen. Bob Menendez's bribery trial when the jury reported that it was deadlocked.",
    # corpus shape (b93): 'Quattrone trial ends in hung jury'
    "Sen. Bob Menendez's bribery trial ended in a hung jury on Thursday.",
    "The judge in Sen. Bob Menendez's bribery trial declared a mistrial Thursday after jurors failed to reach a verdict.",
    "Sen. Bob Menendez's bribery trial ended Thursday in a mistrial.",
    "The judge in Sen. Bob Menendez's bribery trial granted a mistrial Thursday after jurors said they were deadlocked.",
    # corpus shape (b93): 'The corruption trial of ex-Tyco CEO Dennis Kozlowski ended in a mistrial Friday after …'
    "The corruption trial of Sen. Bob Menendez ended in a mistrial Thursday after the jury deadlocked.",
    "Judge William Walls declared the mistrial in Sen. Bob Menendez's trial Thursday."])
def test_mistrial_paraphrases(sentence):
    v = LE._men("", sentence)
    assert fired(v, "failed_attempt") and decided(v) == "likely-no"


@pytest.mark.parametrize("sentence", [
    "The federal judge overseeing Sen. Bob Menendez's corruption trial is in no hurry to declare a mistrial.",  # corpus
    "Menendez's defense attorneys asked for a mistrial.",
    "The judge denied a defense motion for a mistrial in Sen. Bob Menendez's trial.",
    "The possibility of a mistrial loomed in Sen. Bob Menendez's trial as the jury deliberated.",
    # corpus shape (b74): 'In the event of a hung jury where the 12 members are deadlocked, the judge declares a mistrial'
    "In the event of a hung jury in Sen. Bob Menendez's trial, the judge declares a mistrial.",
    "Sen. Bob Menendez's bribery trial could end in a hung jury.",
    "Sen. Bob Menendez's bribery trial may end in a mistrial if the jury stays deadlocked.",
    "Sen. Bob Menendez's lawyers hope the trial does not end in a mistrial."])
def test_no_mistrial(sentence):
    v = LE._men("", sentence)
    assert not fired(v, "failed_attempt") and decided(v) != "likely-no"


# --- 'on track to': a forecast (on_course.py); no widening needed, every variant already read ----------

L = "An IBM executive said the approval put the US$1.25 billion PC sale {} in the second quarter."


@pytest.mark.parametrize("sentence", [
    L.format("on track to close"), L.format("on course to close"), L.format("on schedule to close"),
    L.format("in line to close"),
    "An IBM executive said the US$1.25 billion PC sale is poised to close in the second quarter.",
    "An IBM executive said the US$1.25 billion PC sale is set to close in the second quarter.",
    "An IBM executive said the US$1.25 billion PC sale remains on track to be completed in the second quarter.",
    "An IBM executive said the US$1.25 billion PC sale is on target to close in the second quarter.",
    "An IBM executive said the US$1.25 billion PC sale is heading for completion in the second quarter.",
    "Lenovo's acquisition of IBM's PC business is on course for completion in the second quarter."])
def test_on_track_paraphrases_are_forecasts(sentence):
    v = B99._lenovo(sentence)
    assert not fired(v, "confirmation") and v.verdict == "undetermined"


def test_closed_still_confirms():
    v = B99._lenovo("Lenovo said its acquisition of IBM's personal computer business closed on Wednesday.")
    assert fired(v, "confirmation") and decided(v) == "likely-yes"
