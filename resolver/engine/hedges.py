"""Hedges: a hedge word in the clause of an act ('reportedly', 'expected', 'could') or an
attribution to unnamed sources ('insiders said'), with the readings that keep a word from
hedging: a tally being reported, a figure as expected, a physical leak, a hedge of a relative
clause, a comparison's baseline or a reported future."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import lexicon
from .packaged import load_json
from .text import Sentence, the_month

if TYPE_CHECKING:
    from .analysis import SentenceFacts


def hedge_cue(f: SentenceFacts, i: int, ignore: frozenset[str] = frozenset()) -> str | None:
    """A hedge word in token i's clause (other than those in `ignore`), or an attribution to
    unnamed sources anywhere in the sentence."""
    words = (lexicon.HEDGES | f.extra_hedges) - ignore
    if "reported" in words and not _hearsay(f.sent, i):
        words = words - {"reported"}  # 'no new cases being reported': a tally, not hearsay
    a, b = f.sent.clause_of(i)
    hits = [k for k in range(a, b) if f.sent.tokens[k].lower in words and not the_month(f.sent, k)
            and not as_expected(f.sent, k)  # 'as expected by experts, it was lowered': done, as forecast
            and not utmost_possible(f.sent, k)  # 'asked for the earliest possible election date': a degree
            and not physical_leak(f.sent, k) and not in_actor_name(f, k) and not foreseen_aside(f.sent, k, i)
            and not spell_before(f.sent, k, i)]  # 'After a day of feverish speculation …, X announced'
    cue = f.sent.tokens[hits[0]].text if hits else None
    if cue and any(glued_stop(f.sent, j) for j in range(min(i, hits[0]) + 1, max(i, hits[0]))):
        cue = None  # '… increased to 54.1 per cent, up from 50.3 per cent in November 2022.According to local media
        # reports, this … is expected to impact …': a full stop glued to the next sentence ends the figure's sentence
    if cue and hits[0] > i and any(f.sent.tokens[j].lower in _RELATIVE for j in range(i + 1, hits[0])):
        cue = None  # 'defeated … charges that could have yielded a longer term': the hedge is the charges'
    if cue and hits[0] > i and any(f.sent.tokens[j].lower == "with" and (f.sent.tokens[j - 1].text == "," or
                                                                      f.sent.tokens[j - 1].text[:1].isdigit())
                                   for j in range(i + 1, hits[0])):
        cue = None  # 'made landfall near …, with up to 23.6 inches of rain expected': the hedge is the rain's
        # ('has risen to at least 114 with 127 others reported missing': the hedge is the missing's)
    if cue and hits[0] > i and any(f.sent.tokens[j].lower in _BASELINE for j in range(i + 1, hits[0])):
        cue = None  # 'surged by 254,000 … better than the 150,000 consensus forecast': the hedge is the baseline's
    if cue and hits[0] > i and _met_forecast(f.sent, i, hits[0]):
        cue = None  # 'delivered 367,500 cars in 2019, achieving the sales forecast issued by …': the forecast met
    if cue and hits[0] > i and any(f.sent.tokens[j].lower in _SAYING and f.sent.tokens[j - 1].lower in (",", "and")
                                   or f.sent.tokens[j].lower in _SAID and f.sent.tokens[j - 1].lower == "and"
                                   for j in range(i + 1, hits[0])):
        cue = None  # 'announced a 25 basis points cut … to 5.75 per cent, …, saying initial US tariff impacts on
        # prices should be minimal': the hedge is in what the body said beside the act, not on the act ('…,
        # citing concerns … and saying it would maintain a tight stance'; 'cut its key interest rate … to a record
        # low 1 percent on Thursday and said another cut may come in the autumn')
    if cue and hits[0] > i and any(f.sent.tokens[j].lower in ("a", "an") and f.sent.tokens[j - 1].text == ","
                                   and hits[0] - j <= 3 for j in range(i + 2, hits[0])):
        cue = None  # 'rejected … appeal …, state media reported, a ruling likely to seal his fate': the hedge is
        # the appositive noun's, a view on the news told before it
    if cue and hits[0] > i and f.sent.tokens[hits[0] - 1].text == "," and hits[0] + 1 < b and \
            f.sent.tokens[hits[0]].lower.endswith("ly") and f.sent.tokens[hits[0] + 1].lower.endswith("ing"):
        cue = None  # 'said Ghosn had fled Japan, apparently jumping bail': the adverb hedges the trailing
        # participle's own predication, not the act told before the comma
    if cue and hits[0] > i and f.sent.tokens[hits[0] - 1].text == "," and f.sent.tokens[hits[0]].lower in _AIMING \
            and hits[0] + 1 < len(f.sent.tokens) and f.sent.tokens[hits[0] + 1].lower in ("to", "that"):
        cue = None  # 'agreed Friday to extend talks …, hoping to secure a deal': the hope is for the act after it
    if cue and cue.lower() == "would" and _reported(f.sent, i):
        cue = None  # "said it would deliver its ruling on May 28": reported future, not a hedge
    if cue:
        return cue
    low = f.sent.text.lower()
    if "anonymous" in low:
        low = _PARTY_UNNAMED.sub(" ", low)  # 'bought by an anonymous bidder': a party to the news, not its source
    return next((p for p in lexicon.UNNAMED_SOURCES if p in low and (p not in _SOURCE_NOUNS or _attributes(low, p))), None)


def glued_stop(sent: Sentence, j: int) -> bool:
    """Token j is a full stop written with no space before a capitalised word ('November 2022.According
    to'), after a lowercase word or a number: a sentence boundary the splitter missed ('Pres. Bullard',
    'U.S.' keep their space or their own token)."""
    toks = sent.tokens
    if toks[j].text != "." or j == 0 or j + 1 >= len(toks) or toks[j + 1].start != toks[j].start + 1:
        return False
    before = toks[j - 1].text
    return toks[j + 1].text[:1].isupper() and len(before) > 1 and (before.islower() or before.isdigit())


def in_actor_name(f: SentenceFacts, k: int) -> bool:
    """Token k is a capitalised word inside one of the market's actors' names written out in the
    sentence ('UAE's Hope probe successfully enters Mars orbit' for the actor "UAE's Hope"): a name, not a
    hedge. The actor must be written as the market writes it, with the word capitalised there too."""
    tok = f.sent.tokens[k]
    if k == 0 or not tok.text[:1].isupper():
        return False
    text, end = f.sent.text, tok.start + len(tok.text)
    if tok.start > 0 and text[tok.start - 1] in _QUOTES and text[end:end + 1] in _QUOTES:
        return True  # 'the United Arab Emirates' "Hope" probe': a quoted capitalised word is a name
    for actor in f.actors:
        if tok.text not in actor.split():
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(actor)}(?![\w-])", f.sent.text):
            if m.start() <= tok.start < m.end():
                return True
    return False


_QUOTES = frozenset("\"“”‘’'")
# a trailing participle of wanting ('…, hoping to secure a deal'): its hope is for what follows it, not the act before
_AIMING = frozenset({"hoping", "expecting"})


# reporting participles after a comma: what follows is what the doer said beside the act
_SAYING = frozenset({"saying", "citing", "adding", "noting", "warning", "arguing", "explaining", "stressing"})
# a finite reporting verb coordinated after the act ('cut rates … and said another cut may come'): the same
_SAID = frozenset({"said", "says", "added", "warned", "signalled", "signaled", "indicated"})
# words opening a comparison's baseline: a forecast named after them is what the report is compared with
_BASELINE = frozenset({"than", "versus", "vs", "vs."})


# a forecast named as what the act met or missed after it ('…, achieving the sales forecast issued by …', 'topping the
# expected 360,000'): a target measured against, not a hedge on the act told before it
_MEETING = frozenset({"achieving", "achieved", "meeting", "met", "beating", "beat", "topping", "topped", "exceeding",
                      "exceeded", "surpassing", "surpassed", "matching", "matched", "missing", "missed", "hitting"})
_FORECAST_NOUNS = frozenset({"forecast", "forecasts", "expected", "projected", "predicted", "anticipated"})
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "a", "an", "this", "that"})


def _met_forecast(sent: Sentence, i: int, k: int) -> bool:
    """The hedge word at k, after the act at i, is a forecast noun (or a participle before one's number) that a
    verb of meeting between them governs, a determiner within three words before it: the thing met, not a hedge."""
    toks = sent.tokens
    if toks[k].lower not in _FORECAST_NOUNS or not any(toks[j].lower in _DETERMINERS for j in range(max(i + 1, k - 3), k)):
        return False
    verbs = [j for j in range(i + 1, k) if toks[j].lower in _MEETING]
    return bool(verbs) and k - verbs[-1] <= 5 and not any(toks[j].text in (",", ";") for j in range(verbs[-1] + 1, k))


# Unnamed sources named by a bare noun: a source only when the sentence reports what one said
# ('insiders revealed', 'an industry insider claimed'); 'became the essence of a Broadway insider' is no source.
_SOURCE_NOUNS = frozenset({"insider", "insiders"})
_PARTY_UNNAMED = re.compile(r"\banonymous\s+(?:[a-z-]+\s+)?(?:bidder|buyer|collector|donor|purchaser|benefactor)s?\b")
_ATTRIBUTING = re.compile(r"\b(?:said|say|says|told|tell|claim\w*|reveal\w*|confirm\w*|report\w*|disclos\w*|"
                          r"believ\w*|expect\w*|suggest\w*|indicat\w*)\b")


def _attributes(low: str, noun: str) -> bool:
    """The source noun is followed, within a few words, by a reporting verb, or follows 'according to'."""
    for m in re.finditer(rf"\b{noun}\b", low):
        after = " ".join(re.findall(r"[\w’']+", low[m.end():])[:4])
        if _ATTRIBUTING.search(after) or re.search(r"according\s+to\b[^,;]*$", low[:m.start()]):
            return True
    return False


# relative words; 'what' opens a free relative ('in the run-up to what is likely to be a close election')
_RELATIVE = frozenset({"that", "which", "who", "whom", "whose", "what"})
# What escapes in a physical leak ('the propellant leak'): not a leaked report
_LEAKING = frozenset({"propellant", "fuel", "gas", "oil", "water", "helium", "hydrogen", "oxygen", "coolant", "methane",
                      "ammonia", "chemical", "radiation", "radioactive", "air", "pressure", "thruster", "tank", "pipeline"})


# a closed aside telling that the event it follows was foreseen: 'The cut, which was widely predicted by
# economists, brings down the bank's base rate to 0.5%' (the main clause reports it; the aside is no hedge)
# a result told against the forecast it beat ('surpassed expectations and the 5 percent threshold … with a surprising 8.9
# percent of the vote'): the figure is the result, not the forecast (rules/threshold_figures.py); past forms only
BEATEN_FORECAST = re.compile(r"\b(?:surpassed|exceeded|defied|confounded|topped|outstripped|outperformed|bettered|smashed)\s+"
                             r"(?:(?:all|most|many|the|market|pollsters['’]?|analysts['’]?|economists['’]?|its|their|"
                             r"pre-election)\s+){0,2}(?:expectations|forecasts|predictions|estimates|projections)\b", re.I)
FORESEEN_ASIDE = re.compile(r",\s*(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?:\w+ly\s+)?(?:predicted|"
                            r"expected|anticipated|forecast)(?:\s+by\s+[^,.;]+)?,", re.I)


def foreseen_aside(sent: Sentence, k: int, i: int) -> bool:
    """Token k is inside a FORESEEN_ASIDE that closes before token i."""
    at, end = sent.tokens[k].start, sent.tokens[i].start
    return any(m.start() < at < m.end() <= end for m in FORESEEN_ASIDE.finditer(sent.text))


# 'after a day of feverish speculation', 'following hours of speculation over whether …': a spell of doubt
# that came before the act and that the act ends; the act itself is told as done, not hedged
_SPELL_BEFORE = re.compile(r"\b(?:after|following)\s+(?:a\s+|an\s+|several\s+|two\s+|three\s+)?(?:\w+\s+)?"
                           r"(?:days?|hours?|nights?|weeks?|months?|years?|period)\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)


def spell_before(sent: Sentence, k: int, i: int) -> bool:
    """The hedge noun at k ('speculation', 'rumours') names a spell of doubt told before the act at
    i as the time after which it came ('After a day of feverish speculation …, X announced')."""
    if k >= i or sent.tokens[k].lower not in _SPELL_NOUNS:
        return False
    start = sent.tokens[k].start
    return bool(_SPELL_BEFORE.search(sent.text[max(0, start - 60):start]))


_SPELL_NOUNS = frozenset({"speculation", "rumors", "rumours", "rumor", "rumour", "uncertainty", "conjecture"})


def utmost_possible(sent: Sentence, k: int) -> bool:
    """'possible' at k strengthens a superlative or an 'as … as' ('the earliest possible date', 'the
    best deal possible', 'as soon as possible'): it tells a degree (the most that can be), not that
    something may happen. 'a possible resignation', 'it is possible that' stay hedges."""
    toks = sent.tokens
    if toks[k].lower != "possible":
        return False
    if k >= 2 and toks[k - 1].lower == "as" and k >= 3 and toks[k - 3].lower == "as":
        return True  # 'as soon as possible', 'as early as possible'
    for j in (k - 1, k - 2):
        if j >= 0 and _superlative(toks[j].lower) and (j == k - 1 or (j > 0 and toks[j - 1].lower == "the")):
            return True  # 'the earliest possible date'; 'the best deal possible'
    return False


_SUPERLATIVES = frozenset({"best", "worst", "most", "least", "utmost", "fullest", "widest", "largest"})
_NOT_SUPERLATIVE = frozenset({"interest", "protest", "request", "forest", "west", "harvest", "contest", "arrest",
                              "suggest", "invest", "test", "manifest", "honest", "modest", "guest", "chest", "nest",
                              "rest", "quest", "digest", "conquest", "unrest", "earnest", "behest", "bequest",
                              "inquest", "midwest", "southwest", "northwest", "pest", "vest", "crest", "zest"})


def _superlative(word: str) -> bool:
    return word in _SUPERLATIVES or (len(word) > 5 and word.endswith("est") and word not in _NOT_SUPERLATIVE)


def physical_leak(sent: Sentence, k: int) -> bool:
    """'Given the propellant leak, there is … no chance of a soft landing': 'leak' after a
    substance or part is a physical leak, not a leaked (unconfirmed) report."""
    return sent.tokens[k].lower in ("leak", "leaks") and k > 0 and sent.tokens[k - 1].lower in _LEAKING


def as_expected(sent: Sentence, k: int) -> bool:
    """'as expected', 'than expected', 'as widely expected': the event is reported, compared
    with what was forecast; not a hedge or a forecast."""
    if sent.tokens[k].lower in _FORECAST_NOUNS and any(t.lower in _COMPARED for t in sent.tokens[max(0, k - 3):k]):
        return True  # 'matching forecasts by a Reuters poll', 'in line with expectations', 'beating estimates'
    return sent.tokens[k].lower == "expected" and any(t.lower in ("as", "than") for t in sent.tokens[max(0, k - 2):k])


_FORECAST_NOUNS = frozenset({"forecast", "forecasts", "expectations", "expectation", "estimates", "predictions",
                             "consensus", "projections"})
# the words that set a reported figure against what was forecast
_COMPARED = frozenset({"matching", "matched", "match", "matches", "line", "beating", "beat", "beats", "topping", "topped",
                       "missing", "missed", "misses", "exceeding", "exceeded", "undershooting", "overshooting", "defying",
                       "confounding",
                       # 'came in at 3.4% … down from 3.5% in September and below forecasts': a side of them
                       "below", "above", "ahead"})


_TALLIED = frozenset({"being", "were", "was", "been", "are", "is", "be"})


def _hearsay(sent: Sentence, i: int) -> bool:
    """'reported' in token i's clause passes on what others say ('was reported to have', 'it was
    reported that', 'the reported deal') — not a tally ('no new cases being reported', 'reported
    a total of 15 deaths')."""
    a, b = sent.clause_of(i)
    toks = sent.tokens
    for k in range(a, b):
        if toks[k].lower != "reported":
            continue
        prev = toks[k - 1].lower if k else ""
        nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
        if _named_reporter(toks, k) and nxt not in ("to", "by"):
            continue  # 'The UN reported on Sunday that it had finished …': a named body says so, as 'said'
        if trailing_named_source(toks, k):
            continue  # '…, Xinhua reported.': a newsroom relaying the fact, not a rumour
        if nxt in ("to", "that", "by") or prev in ("the", "a", "an", "as", "it") or (prev in _TALLIED and k > 1
                                                                                   and toks[k - 2].lower == "it"):
            return True
        if prev in _TALLIED or nxt in ("a", "an", "the") or nxt[:1].isdigit():
            continue  # a count being reported, or a named body reporting a figure
        return True
    return False


def _named_reporter(toks, k: int) -> bool:
    """'reported' right after a capitalised name that is not the sentence's first word alone, and
    opening what it reports ('The UN reported on Sunday that it had finished …'): a named body
    telling its news, as 'said' would; not 'It was reported', nor a source put after the news
    ('…, CNN reported.'), which passes on what others say."""
    if k == 0 or not toks[k - 1].text[:1].isupper() or toks[k - 1].lower in _PRONOUNS:
        return False
    opens = any(t.lower == "that" for t in toks[k + 1:k + 5])
    return opens and (k - 1 > 0 or toks[k - 1].text.isupper())


_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "i", "you", "this", "that", "there"})

_REPORTERS = load_json("reporters.json")
_DESCRIPTORS = frozenset(_REPORTERS["descriptors"])
_NEWS_BODIES = frozenset(_REPORTERS["news_bodies"])
_NOT_SOURCES = frozenset(_REPORTERS["not_sources"])
_TIME_WORDS = frozenset(_REPORTERS["time_words"])
_MAX_SOURCE = 8  # words a trailing source may take


def trailing_named_source(toks, k: int) -> bool:
    """'reported' at k closes the sentence on a named source put after the news, '…, Xinhua
    reported.', '…, public broadcaster Polish Radio's IAR news agency reported.', '…, media reported
    on Thursday.' (data/reporters.json): the source stands alone between a comma and 'reported',
    made of capitalised name words and descriptive words, with a name or a whole news-body phrase;
    only a time may follow. Not 'it was reported', '…, sources reported', nor '…, Reuters reported,
    citing two people', which still pass on what others say."""
    if k and toks[k - 1].text == "," and _inverted_source(toks, k):
        return True  # '…, reported Xinhua.': the same source put after its verb
    # (a comma glued to the token before the source, '… of 2022, Bloomberg reported', ends that token)
    comma = next((j for j in range(k - 1, -1, -1) if toks[j].text in (",", ";", ":", "(")
                  or (len(toks[j].text) > 1 and toks[j].text[-1] in ",;:")), None)
    if comma is None or not toks[comma].text.endswith(",") or not 0 < k - comma - 1 <= _MAX_SOURCE:
        return False
    return _source_words(toks[comma + 1:k]) and _time_to_end(toks[k + 1:])


def _inverted_source(toks, k: int) -> bool:
    """'…, reported Xinhua.', '…, reported the state news agency IRNA on Sunday.': after the
    comma, 'reported' then the source's words, then only a time to the sentence's end."""
    end = k + 1
    while end < len(toks) and end - k - 1 < _MAX_SOURCE and (toks[end].text[:1].isupper() or toks[end].lower in _DESCRIPTORS):
        end += 1
    return end > k + 1 and _source_words(toks[k + 1:end]) and _time_to_end(toks[end:])


def _source_words(source) -> bool:
    """Name words and descriptive words only, with a name or a whole news-body phrase."""
    words = [t.lower for t in source]
    if any(w in _NOT_SOURCES for w in words):
        return False
    if " ".join(words) in _NEWS_BODIES:
        return True  # a whole news-body phrase, in whatever case its owner writes it ('dpa')
    named = [t for t in source if t.text[:1].isupper() and t.lower not in _DESCRIPTORS]
    if not all(t.text[:1].isupper() or t.lower in _DESCRIPTORS for t in source):
        return False
    return bool(named) or " ".join(words) in _NEWS_BODIES


def _time_to_end(rest) -> bool:
    """Only a time ('on Thursday') between the source and the sentence's closing stop, or before an
    appositive that sums up the news ('…, state media reported, a ruling likely to seal his fate')."""
    stop = next((j for j, t in enumerate(rest) if t.text == ","), None)
    if stop is not None and stop + 1 < len(rest) and rest[stop + 1].lower in ("a", "an") and all(
            t.lower in _TIME_WORDS or t.text[:1].isdigit() for t in rest[:stop]):
        return True  # an appositive on the whole news: the source still closes its report
    return bool(rest) and rest[-1].text in (".", "!") and all(
        t.lower in _TIME_WORDS or t.text[:1].isdigit() for t in rest[:-1])


def _reported(sent: Sentence, i: int) -> bool:
    """A reporting verb in the past before token i ("said", "told", "announced")."""
    return any(t.lower in ("said", "told", "announced", "confirmed", "added", "stated", "wrote")
               for t in sent.tokens[:i])
