"""Non-finite clauses that report an act as done: a gerund after "after" ("became leader …, after
winning a leadership contest"), a result participle after a past main clause ("signed the bill,
officially ending the shutdown"), a means gerund after a past main verb ("responded … by cutting
a half-point off rates") and a record's infinitive ("the first spacecraft to land on the moon
since 1972"). Read by the mention reader (mentions.py), verb aspect (verb_aspect.py) and the
confirmation gates."""

from __future__ import annotations

from . import records
from .frames import INSTRUMENT_NOUNS
from .interrogatives import asked
from .lexicon import NEGATORS
from .text import Sentence, the_month
from .word_class import AUX_PAST, FUTURE, MODALS, PREPOSITIONS, PRONOUNS, REPORTING, SKIP_VERBS, verb_at, verb_lemmas


def record_infinitive(sent: Sentence, a: int, i: int) -> bool:
    """'the first U.S.-built spacecraft to land on the moon since 1972' reports a landing (records.py)."""
    return records.record_infinitive(sent, a, i, _past_verb)


_NOT_ACT_VERBS = SKIP_VERBS | REPORTING  # auxiliaries and saying verbs: never the act a clause reports


def _past_verb(sent: Sentence, n: int) -> bool:
    v = verb_at(sent, n)
    return v is not None and v[0] not in _NOT_ACT_VERBS and (
        v[1] == "VBD" or v[1] == "VBN" and n > 0 and sent.tokens[n - 1].lower in AUX_PAST)


# Words before 'after <gerund>' that leave its act to come: 'will become leader after winning',
# 'hopes to lead after winning', 'if he wins after securing …'
_NOT_PAST_BEFORE = FUTURE | MODALS | frozenset({"if", "unless", "once", "when", "hopes", "hope", "aims", "aim", "plans",
                                                "plan", "expected", "set", "poised", "likely", "bid", "seeks", "seek"})


def _gerund_opener(sent: Sentence, i: int, least: int) -> int | None:
    """Index of the word that opens a gerund at token i ('after sealing', ', officially ending'),
    an adverb between allowed; None when token i is no '-ing' word at least `least` words in."""
    if not sent.tokens[i].lower.endswith("ing") or i < least:
        return None
    k = i - 1
    if sent.tokens[k].lower.endswith("ly") and k > 0:
        k -= 1
    return k


def after_gerund(sent: Sentence, i: int) -> bool:
    """'Napoli climbed back to the top … after sealing the Serie A title on Friday', 'became the
    Conservatives' new leader …, after winning a leadership contest': a gerund after 'after'
    (an adverb between allowed) in a sentence that tells nothing still to come reports its act as
    done before the main clause's. The mirror of 'before signing' (verb_aspect.not_yet_adjunct)."""
    k = _gerund_opener(sent, i, 1)
    if k is None or sent.tokens[k].lower != "after":
        return False
    return not any(t.lower in _NOT_PAST_BEFORE and not the_month(sent, k) for k, t in enumerate(sent.tokens[:i])) \
        and not asked(sent, i)


def other_doer(sent: Sentence, i: int, candidate) -> bool:
    """The gerund at i after 'after' follows a main clause whose subject (the words before its first verb) names
    someone, and not the candidate (`candidate`, a compiled pattern): the gerund's doer is that subject ('Sporting
    Lisbon won their 17th Portuguese Cup yesterday after triumphing 5-4 on penalties', not Porto named later on)."""
    first_verb = next((k for k in range(i) if verb_at(sent, k) is not None), None)
    if first_verb is None or not candidate:
        return False
    subject = sent.text[:sent.tokens[first_verb].start]
    return any(t.text[:1].isupper() and t.lower not in _BARE_SUBJECTS for t in sent.tokens[:first_verb]) \
        and not candidate.search(subject)


# capitalised only at a sentence's start: a subject that names no one ('They won … after beating …')
_BARE_SUBJECTS = frozenset({"the", "a", "an", "they", "he", "she", "it", "we", "this", "that", "these", "those", "his",
                            "her", "their", "its", "our"})


_SERIES_OPENERS = frozenset({"beginning", "starting", "opening", "kicking"})


def _first_of_series(sent: Sentence, i: int) -> bool:
    """'has called a series of strikes …, beginning with a three-day walkout on 20 March': 'beginning with'
    names the first of what the clause tells (its schedule), not a result done."""
    toks = sent.tokens
    j = i + 1 + (toks[i].lower == "kicking" and i + 1 < len(toks) and toks[i + 1].lower == "off")
    return toks[i].lower in _SERIES_OPENERS and j < len(toks) and toks[j].lower == "with"


def result_participle(sent: Sentence, i: int, perfect: bool = False) -> bool:
    """'Trump signed a short-term funding bill …, officially ending the three-day federal government
    shutdown': a gerund after a comma (an adverb between allowed) that follows a main clause told
    in the past reports its act as the done result of that clause's act. Not when anything
    before it is still to come, negated or asked ('will sign the bill, ending …', 'did not sign it,
    ending …'). With `perfect`, the main clause may open with an auxiliary ('New Horizons
    spacecraft has called home …, confirming the first successful flyby of Pluto'): only the
    act's own confirmation reads it so, not every verb's aspect."""
    k = _gerund_opener(sent, i, 3)
    if k is None or not sent.tokens[k].text.endswith(",") or _first_of_series(sent, i):  # ("March 13,": a number keeps its comma)
        return False
    before = sent.tokens[:k]
    if any(t.lower in _NOT_PAST_BEFORE or t.lower in NEGATORS and n >= _last_past_coordinate(sent, k)
           for n, t in enumerate(before)) or asked(sent, i):
        return False
    # the clause's first verb, past an auxiliary ('has called home …, confirming …')
    verbs = [n for n in range(k) if verb_at(sent, n) is not None and not (
        perfect and verb_at(sent, n)[0] in SKIP_VERBS and n + 1 < k and verb_at(sent, n + 1) is not None)]
    if perfect and len(verbs) > 1 and sent.tokens[verbs[0]].lower in _SAYS_NOW:
        verbs = verbs[1:]  # 'The union says it has reached a tentative agreement …, suspending a … strike': what is said
    return bool(verbs) and _past_verb(sent, verbs[0])


# a saying verb in the present before the clause it reports: that clause's verb tells the tense
_SAYS_NOW = frozenset({"says", "say", "announces", "confirms", "reports", "states", "tells"})



# words joining a clause of its own to what comes before: a negation before them is that clause's
_COORDINATORS = frozenset({"as", "and", "while"})


def _last_past_coordinate(sent: Sentence, k: int) -> int:
    """Where the last clause joined by 'as', 'and' or 'while' before the comma at k starts, when that
    clause tells a past verb ('never trailed as they held the offence in check, capturing …': the
    'never' is the trailing's, the capture the holding's result); else 0 (the whole sentence)."""
    toks = sent.tokens
    j = next((n for n in range(k - 1, 0, -1) if toks[n].lower in _COORDINATORS), None)
    if j is None or not any(_past_verb(sent, n) for n in range(j + 1, k)):
        return 0
    return j


def means_gerund(sent: Sentence, i: int) -> int | None:
    """'A month ago, the ECB responded to calls for a dose of economic stimulation by cutting a
    half-point off rates': a gerund after 'by' (an adverb between allowed) names the means of
    its clause's main verb, so when that verb is told in the past the gerund's act is done too.
    Returns the main verb's index (the words before it govern the gerund, not those between:
    'calls for' is what was answered), or None. Not when anything before the main verb is still
    to come, negated or asked ('will respond by cutting', 'did not respond by cutting', 'is poised
    to make history this week by launching'), nor when an infinitive comes between."""
    k = _gerund_opener(sent, i, 3)
    if k is None or sent.tokens[k].lower != "by":
        return None
    a = sent.clause_of(i)[0]
    first = next((n for n in range(a, k) if verb_at(sent, n) is not None
                  and verb_at(sent, n)[0] not in _NOT_ACT_VERBS), None)
    if first is None or not _past_verb(sent, first):
        return None
    if any(t.lower in _NOT_PAST_BEFORE or t.lower in NEGATORS for t in sent.tokens[:k]) or asked(sent, i):
        return None
    if any(sent.tokens[n - 1].lower == "to" and verb_at(sent, n) is not None and verb_at(sent, n)[1] == "VB"
           for n in range(first + 1, k)):
        return None  # 'aims to stem global warming by reducing …': the means of an infinitive's act
    return first

_SOURCE_LINKS = frozenset({"from", "of", "by"})
SOURCE_SPAN = 6  # words of a named source between the document and its participle


def instrument_participle(sent: Sentence, i: int) -> bool:
    """'CN and Canadian Pacific Kansas City have received an order from the Canada Industrial
    Relations imposing binding arbitration': a participle right after a document noun of
    frames.json 'instrument_nouns' (a capitalised 'from/of/by' source between allowed) reports
    its act as done when the clause's verb before the document says, in the past or the perfect,
    that it was issued or received. Not when anything before it is still to come, negated or asked
    ('will issue an order imposing …', 'did not receive an order …')."""
    toks = sent.tokens
    if not toks[i].lower.endswith("ing") or i < 2:
        return False
    k = i - 1
    while k > 0 and i - k <= SOURCE_SPAN and toks[k].text[:1].isupper() and not sent.headline:
        k -= 1  # the source's name: 'the Canada Industrial Relations'
    if k < i - 1:
        k -= toks[k].lower == "the"
        if toks[k].lower not in _SOURCE_LINKS:
            return False
        k -= 1
    if k < 1 or toks[k].lower not in INSTRUMENT_NOUNS:
        return False
    before = toks[:k]
    if any(t.lower in _NOT_PAST_BEFORE or t.lower in NEGATORS for t in before) or asked(sent, i):
        return False
    a = sent.clause_of(k)[0]
    verb = next((n for n in range(k - 1, max(a, k - 5) - 1, -1) if verb_at(sent, n) is not None), None)
    return verb is not None and _past_verb(sent, verb)


_WAY_OWNERS = frozenset({"his", "her", "their", "its", "the"})
WAY_SPAN = 10  # words from 'on his way to' to a gerund coordinated with its first one


def way_gerund(sent: Sentence, i: int) -> int | None:
    """'England's Michael Smith hit a nine-dart finish on his way to beating three-time champion
    Michael van Gerwen and winning his first PDC World Championship title': a gerund after 'on
    his way to' (or one joined to that gerund by 'and') names what the clause's past act led up
    to, and a sports report tells it done with it. Returns the main verb's index, or None. Not
    when the clause has no past act verb before it ('is well on its way to shattering box office
    records', 'was on his way to winning when he crashed'), nor when anything before is still to
    come, negated or asked."""
    k = _gerund_opener(sent, i, 5)
    if k is None:
        return None
    toks = sent.tokens
    a = sent.clause_of(i)[0]
    if toks[k].lower == "and":  # 'beating X and winning …': find the first gerund of the pair
        first = next((n for n in range(k - 1, max(a, k - WAY_SPAN) - 1, -1)
                      if toks[n].lower.endswith("ing") and n > 0 and toks[n - 1].lower == "to"), None)
        if first is None or any(verb_at(sent, n) is not None and not toks[n].lower.endswith("ing")
                                for n in range(first + 1, k)):
            return None
        k = first - 1
    if k < 4 or toks[k].lower != "to" or toks[k - 1].lower != "way" or toks[k - 2].lower not in _WAY_OWNERS \
            or toks[k - 3].lower != "on":
        return None
    on = k - 3
    verb = next((n for n in range(a, on) if verb_at(sent, n) is not None and verb_at(sent, n)[0] not in _NOT_ACT_VERBS),
                None)
    if verb is None or not _past_verb(sent, verb) or any(
            verb_at(sent, n) is not None and verb_at(sent, n)[0] in SKIP_VERBS for n in range(verb + 1, on)):
        return None
    if any(t.lower in _NOT_PAST_BEFORE or t.lower in NEGATORS for t in toks[:on]) or asked(sent, i):
        return None
    return verb


# articles that open the noun phrase a reduced relative follows
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})
# words before a noun phrase that make it the subject of a clause of their own ('after the bill passed',
# 'said the bill passed', 'knew the bill passed'), not an object
_CLAUSE_OPENERS = frozenset({"after", "before", "since", "until", "as", "when", "once", "because", "while", "if",
                             "unless", "though", "although", "that", "where", "whether"})
# words that never stand inside a noun phrase ('for the first time and closed', 'the tariff … on India … came')
_LINKS = frozenset({"and", "or", "but", "then", "also", "to", "not", "who", "which", "that", "where", "when", "as"})
_THINKING = frozenset({"know", "believe", "think", "hope", "show", "mean", "ensure", "expect", "see", "hear", "find",
                       "learn", "say", "note", "argue", "insist", "predict", "fear", "suggest", "indicate"})


def object_participle(sent: Sentence, i: int) -> bool:
    """'216 must vote to pass the Senate health care reform bill passed late last year': a past
    participle right after a noun phrase that is the object of an earlier verb or preposition of
    its clause modifies that noun (a reduced relative): it tells the noun's history, not an act the
    clause reports. Not after a clause opener or a verb of saying or knowing ('said the bill passed
    the House'), nor with an object of its own ('the bill passed the House')."""
    toks = sent.tokens
    v = verb_at(sent, i)
    if v is None or v[1] not in ("VBD", "VBN") or i < 3 or toks[i - 1].lower in AUX_PAST | NEGATORS \
            or toks[i].lower in verb_lemmas(toks[i].lower):
        return False  # 'a surprise cut': a form that is also the base, often a noun
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if nxt.lower() in _ARTICLES or nxt.lower() in PRONOUNS or nxt[:1].isdigit() or nxt[:1].isupper():
        return False  # 'the bill passed the House', 'passed 219-212', 'acquitted BNP Chairperson …': a finite verb
    a, _ = sent.clause_of(i)
    k = i - 1
    while k > a and i - k <= 8 and toks[k].lower not in _ARTICLES:
        word = toks[k].text.replace("-", "").replace("'", "").replace("’", "")
        if not word.isalpha() or toks[k].lower in PREPOSITIONS | _LINKS or verb_at(sent, k) is not None \
                and not toks[k].text[:1].isupper() and k < i - 1 and toks[k].lower.endswith(("ed", "ing")):
            return False  # a break, a number, a preposition, a conjunction or another verb form: no plain noun phrase
        k -= 1
    if toks[k].lower not in _ARTICLES or k <= a:
        return False
    gov = toks[k - 1]
    if gov.lower in _CLAUSE_OPENERS:
        return False
    if gov.lower in PREPOSITIONS:
        # 'voted on the bill passed by the Senate': a verb's prepositional object; not a noun's ('the booster of
        # a recent SpaceX Starship rocket launch splashed down': the subject's head is 'booster')
        k -= 1
        if k <= a:
            return False
    g = verb_at(sent, k - 1)
    return g is not None and g[0] not in REPORTING | SKIP_VERBS | _THINKING


# a court's or a body's decision, named as a noun: the gerund right after it tells what it decided
_RULING_NOUNS = frozenset({"ruling", "rulings", "decision", "decisions", "verdict", "verdicts", "judgment", "judgement",
                           "judgments", "judgements", "order", "decree"})
_RULING_GAP = frozenset({"on", "in", "of", "last", "this", "early", "late", "the", ","})
# what a ruling does by being issued (not what it orders done later: 'signed an order freeing …' frees no one yet)
_RULED_ACTS = frozenset({"uphold", "confirm", "affirm", "overturn", "quash", "annul", "void", "invalidate", "reverse",
                         "reject", "dismiss", "acquit", "convict", "clear", "block", "approve", "grant", "deny",
                         "validate", "certify", "disqualify", "ban", "dissolve"})


def ruling_gerund(sent: Sentence, i: int) -> bool:
    """'An Egyptian top court issued a final ruling on Sunday confirming the acquittal', 'handed down a decision
    upholding the ban': a gerund after a ruling noun (a day between allowed) that a past verb of its clause issued
    tells what the ruling decided, done when the ruling is (an act a ruling does by being issued: _RULED_ACTS). Not when anything before it is still to come, negated or
    asked ('is expected to issue a ruling upholding …', 'did not issue a decision confirming …')."""
    k = _gerund_opener(sent, i, 3)
    if k is None or not sent.tokens[i].lemmas & _RULED_ACTS:
        return False
    toks = sent.tokens
    j = k
    while j > 0 and j > i - 6 and toks[j].lower not in _RULING_NOUNS and (
            toks[j].lower in _RULING_GAP or the_month(sent, j) or toks[j].text[:1].isupper() and toks[j].lower.endswith("day")):
        j -= 1
    if toks[j].lower not in _RULING_NOUNS or asked(sent, i):
        return False
    before = toks[:j]
    if any(t.lower in _NOT_PAST_BEFORE or t.lower in NEGATORS for t in before):
        return False
    return any(_past_verb(sent, n) for n in range(max(0, j - 6), j))

