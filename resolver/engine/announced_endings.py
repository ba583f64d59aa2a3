"""Endings told as still to come (rules/state_ended.py): a headline's present-tense departure whose
article says it will happen later, and a successor whose start is dated after the deadline."""

from __future__ import annotations

import re

from . import immediate_endings
from .analysis import MarketContext, SentenceFacts, aspect, tense_of
from .infinitive_forecasts import after_to
from .packaged import load_json
from .text import article_sentences, inflections_of
from .timex import find_time_expressions


def successor_starts_after(ctx: MarketContext, f: SentenceFacts) -> bool:
    """Another sentence of the article dates the successor's start after the deadline ('He'll
    start Jan. 1', 'effective March 1')."""
    for s in article_sentences(f.article.title, f.article.text):
        low = s.lower_text
        if not any(w in low for w in (" start", " effective ", " take over", " takes over", " take office", " assume")):
            continue
        for span in find_time_expressions(s.text, f.article.published, tense_of(s)):
            if span.starts_after(ctx.market.deadline):
                return True
    return False


_STAYS_ON = re.compile(r"\b(?:will|'ll|to)\s+(?:remain|stay|continue)\b", re.I)
# a stay refused or not wished: 'I do not want to remain in the history of Kyrgyzstan as a president who
# shed blood', 'he did not want to stay in power any longer': no stay told
_NOT_STAYING = re.compile(r"\b(?:not|n't|never|no)\s+(?:\w+\s+){0,2}$|\b(?:refus\w*|declin\w*|reject\w*)\s+$", re.I)


_PURPOSE = frozenset(load_json("endings.json")["purpose_verbs"])


def _went_to_do(sent, k: int) -> bool:
    """The infinitive at k ('to resign', 'to formally resign') is the purpose of a past verb of going or
    meeting before it in the sentence ('Sunak arrived at Buckingham Palace … to formally resign')."""
    toks = sent.tokens
    to = k - 1 if k >= 1 and toks[k - 1].lower == "to" else after_to(sent, k)
    if to is None:
        return False
    return any(toks[j].lemmas & _PURPOSE and aspect(sent, j, sorted(toks[j].lemmas & _PURPOSE)[0]) == "past"
               for j in range(to))


def to_come(f: SentenceFacts, i: int, ending_verbs: frozenset[str]) -> str | None:
    """A headline's present tense ('… CEO Lars Fruergaard Jørgensen Steps Down') reports an
    ending done only if its article does not tell the same ending as still to come ('will step
    down', 'will remain as CEO temporarily') with no past form of it: headlines use the present
    for a departure announced as for one done. Returns the body's words, or None."""
    if not f.sent.headline:
        return None
    tok = f.sent.tokens[i]
    toks = f.sent.tokens
    lemmas = tok.lemmas & ending_verbs
    particle = None
    if not lemmas and i + 1 < len(toks) and toks[i + 1].lower in ("down", "aside", "out", "off"):
        lemmas, particle = tok.lemmas, toks[i + 1].lower  # 'Steps Down', 'Bows Out'
    if not lemmas or any(tok.lower in inflections_of(lem).get(tag, ()) for lem in lemmas for tag in ("VBD", "VBN")):
        return None  # an explicit past form ('Resigned'), or no ending verb
    coming = None
    for sent in article_sentences(f.article.title, f.article.text):
        if sent.headline:
            continue
        if any(immediate_endings.verb_with_effect(sent, k) for k in range(len(sent.tokens))):
            return None  # 'has decided to step down … effective immediately': done as it is told
        for k, t in enumerate(sent.tokens):
            if not t.lemmas & lemmas or (particle and not (k + 1 < len(sent.tokens)
                                                            and sent.tokens[k + 1].lower == particle)):
                continue
            asp = aspect(sent, k, sorted(t.lemmas & lemmas)[0])
            if asp == "past" and not t.lower.endswith("ing"):
                return None  # the body reports it done
            if asp == "future" and _went_to_do(sent, k):
                return None  # 'arrived at Buckingham Palace … to formally resign': going to do it, told in the past
            before = {w.lower for w in sent.tokens[max(0, k - 3):k]}
            if coming is None and (asp == "future" or before & {"will", "'ll", "shall"}):
                coming = " ".join(w.text for w in sent.tokens[max(0, k - 2):k + 1])
        stays = next((m for m in _STAYS_ON.finditer(sent.text)
                      if not _NOT_STAYING.search(sent.text[max(0, m.start() - 30):m.start()])), None)
        if coming is None and stays:
            coming = stays.group(0)
    return coming
