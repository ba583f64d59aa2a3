"""A headline's present tense ('Notre Dame reopens its doors …'): news headlines use it both for
an act just done and for one scheduled, so a headline's act is not read as done when a bare
weekday after it, or its article's body, tells the act as still to come and the body nowhere
reports it done."""

from __future__ import annotations

from .. import mentions
from ..analysis import MarketContext, SentenceFacts, aspect, verb_lemma_at
from ..text import article_sentences, inflections_of
from ..timex import find_time_expressions
from ..word_class import verb_at


_PROGRESSIVE_AUX = frozenset({"is", "are", "'s", "'re"})
# the words of a timetable before 'to' ('are set to resume', 'is due to reopen'); not an aim or an
# offer ('a proposal to buy', 'agreed to resume'), which may or may not have been carried out
_SCHEDULE = frozenset({"set", "due", "scheduled", "slated", "poised", "expected", "planned"})


WEEKDAY_NAMES_ORDER = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_NAMES = frozenset(WEEKDAY_NAMES_ORDER)


def headline_weekday(sent, i: int, published) -> str | None:
    """A headline's present-tense act at token i dated by a bare weekday after it, in its own
    stretch, other than the publication day ('… launches Saturday on second test flight'):
    news headlines use the present both for an act just done and for one scheduled, and a bare
    weekday names the coming day as readily as the past one, so the headline alone does not
    tell that the act happened. A weekday after another verb or 'to' ('Judge Dismisses …
    Charge … Jury to Return Monday') dates that other act. Returns the weekday, or None."""
    for k in range(i + 1, len(sent.tokens)):
        t = sent.tokens[k]
        if t.lower in ("to", "as", "after", "while", "and", ",", ";", ":") or (verb_at(sent, k) and not t.text[:1].isupper()):
            return None
        if t.lower in WEEKDAY_NAMES and (published is None or WEEKDAY_NAMES_ORDER.index(t.lower) != published.weekday()):
            return t.text
    return None


def _not_past(sent, published) -> bool:
    """The body sentence dates something not wholly past at its article's time ('on Saturday', 'later today'),
    or dates nothing: a progressive there may tell a coming act. A sentence whose every date lies before its
    article ('after the bacteria listeria was found … in March') tells the act under way."""
    if published is None:
        return True
    spans = find_time_expressions(sent.text, published, "future")  # (a progressive's bare weekday is the coming one)
    return not spans or any(s.end > published for s in spans)


def body_tells_it_to_come(ctx: MarketContext, f: SentenceFacts, i: int) -> str | None:
    """A headline's present tense ('Notre Dame reopens its doors …') reports a past event only
    if its article does not tell the same act as still to come: when the body has the act in a
    progressive, future or scheduled form ('is formally reopening its doors on Saturday', 'will reopen',
    'are set to resume on Tuesday'),
    or the headline names a weekday (headline_weekday), and the body has the act nowhere in a
    past form, the headline may announce a schedule. Returns why, or None."""
    if not f.sent.headline:
        return None
    tok = f.sent.tokens[i]
    lemma = verb_lemma_at(ctx, f, i) or ""
    forms = inflections_of(lemma) if lemma else {}
    if tok.lower in forms.get("VBD", frozenset()) | forms.get("VBN", frozenset()):
        return None  # an explicit past form
    day = headline_weekday(f.sent, i, f.article.published)
    coming = f"its '{day}' may be the coming one and its article does not report the act done" if day else None
    for sent in article_sentences(f.article.title, f.article.text):
        if sent.headline:
            continue
        hits = [(k, t, t.lemmas & ctx.act_verbs) for k, t in enumerate(sent.tokens) if t.lemmas & ctx.act_verbs]
        if not hits:
            continue  # (the sentence's mentions are read only where the act's verb occurs)
        read = mentions.read(sent)
        done = {m.index for m in read if m.affirmed}
        # 'train services are set to resume on Tuesday', 'is due to reopen': a schedule told in the body
        scheduled = {m.index for m in read if m.modality in ("planned", "expected") and m.aspect == "future"
                     and m.polarity == "positive" and m.kind != "nominal" and (m.cue or "").lower() in _SCHEDULE}
        for k, t, hit in hits:
            asp = aspect(sent, k, sorted(hit)[0])
            if (asp == "past" or k in done) and not t.lower.endswith("ing"):
                return None  # the body reports it done ('the central bank cut its policy rate … on Thursday')
            before = [w.lower for w in sent.tokens[max(0, k - 3):k]]
            progressive = t.lower.endswith("ing") and bool(set(before[-2:]) & _PROGRESSIVE_AUX) and \
                _not_past(sent, f.article.published)  # ('is voluntarily recalling all of its products after … in
            # March': a progressive whose sentence dates nothing ahead is under way, not to come)
            future = asp == "future" and bool(set(before) & {"will", "'ll", "shall"})  # not 'a decision to extend'
            future = future or (k in scheduled and not t.lower.endswith("ing"))
            if coming is None and (progressive or future):
                said = " ".join(w.text for w in sent.tokens[max(0, k - 3):k + 1])
                coming = f"its article tells the act as still to come ('{said}')"
    return coming
