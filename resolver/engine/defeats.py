"""Reading a defeat in a contest (who-wins markets): 'Spain beat England', 'a 2-1 win over
Edmonton', 'resulted in Christian Menefee defeating Amanda Edwards'. The one beaten lost the
contest the sentence reports; the one who beat them won it. The word lists are data
(`resolver/data/contests.json`)."""

from __future__ import annotations

import re

from . import place_appositives
from .analysis import aspect, negation, SentenceFacts
from .contests import BOUNDARY, NEAR, Reading, nearest_name
from .contests import rival_won as contests_rival_won
from .packaged import load_json
from .sentence_tense import tense_of
from .word_class import verb_at

_DATA = load_json("contests.json")

DEFEAT_VERBS = frozenset(_DATA["defeat_verbs"])
DEFEAT_NOUNS = frozenset(_DATA["defeat_nouns"])
DEFEAT_NOUNS_OF = frozenset(_DATA["defeat_nouns_of"])
SURPRISE_VERBS = frozenset(_DATA["surprise_defeat_verbs"]["verbs"])
DESCRIPTOR_HEADS = frozenset(_DATA["descriptor_heads"])
RIVAL_HEADS = frozenset(_DATA["rival_heads"])
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_SAME_PAST = frozenset({"beat", "upset"})  # past and base forms alike
_PLAIN_PRESENT = frozenset({"they", "we", "you", "i", "teams", "who", "that", "often", "usually", "always"})


def _done(f: SentenceFacts, i: int, lemma: str) -> bool:
    """A defeat reported as done: past tense, a headline's present, or a participle after a past
    report ('…, beating the Indiana Pacers in Game 7', 'after beating England')."""
    asp = aspect(f.sent, i, lemma)
    if asp == "past":
        return True
    word = f.sent.tokens[i].lower
    if asp == "present" and word == lemma and word in _SAME_PAST:
        # 'Takaichi, 64, beat agriculture minister Shinjiro Koizumi': a bare 'beat' after a
        # singular name is its past ('beats' is the present); modals and 'to' made it future above
        return not any(t.lower in _PLAIN_PRESENT for t in f.sent.tokens[max(0, i - 2):i]) or _scored_result(f, i) \
            or _past_frame(f, i)
    if i > 1 and f.sent.tokens[i - 1].lower == "to" and comeback_to_win(f, i) is not None:
        return True  # 'rallied from a 25-point deficit to beat the Atlanta Falcons': what the comeback came to
    if not word.endswith("ing") or i == 0:
        return False
    prev = f.sent.tokens[i - 1].lower
    if prev == "by" and _UNREALISED_MEANS.search(f.sent.text[max(0, f.sent.tokens[i].start - 120):f.sent.tokens[i].start]):
        return False  # 'will try to win his maiden title by defeating X': the means of a win still to come
    return prev in (",", "after", "by") or f.sent.headline or result_of(f, i)


# a modal or a verb of trying before a means gerund ('will try to win … by defeating'): the win is not told done
_UNREALISED_MEANS = re.compile(r"\b(?:will|would|could|can|may|might|should|shall|must|try|tries|trying|tried|hope[sd]?|"
                               r"hoping|aim(?:s|ed|ing)?|seek(?:s|ing)?|bid(?:s|ding)?|chance|bidding)\b(?![^.;]*[.;])", re.I)


_RESULTING = frozenset({"in", "with"})


def result_of(f: SentenceFacts, i: int) -> bool:
    """The participle at token i tells what a past event came to: 'resulted in Christian
    Menefee defeating Amanda Edwards', 'ended with the Thunder beating the Pacers', 'ended with Red
    Bull's Mark Webber taking the victory' — a past verb, then 'in' or 'with', then the doer's name
    (a possessor's name before it too), then the participle."""
    toks = f.sent.tokens
    k = i - 1
    while k >= 0 and (toks[k].text[:1].isupper() or (
            toks[k].lower in ("'s", "’s") and k > 0 and toks[k - 1].text[:1].isupper())):
        k -= 1  # the doer's name ('Red Bull's Mark Webber': a name with its team's)
    if k == i - 1 or k < 1:
        return False
    if toks[k].lower == "the":
        k -= 1  # 'with the Thunder beating …'
    if k < 1 or toks[k].lower not in _RESULTING:
        return False
    verb = toks[k - 1]
    return bool(verb.lemmas) and aspect(f.sent, k - 1, sorted(verb.lemmas)[0]) == "past"


def _object_at(f: SentenceFacts, i: int, pattern: re.Pattern[str]) -> bool:
    """The candidate is the object right after token i: within a few words, in the same clause."""
    toks = f.sent.tokens
    reach = NEAR
    for k in range(i + 1, len(toks)):
        if k >= i + 1 + reach:
            return False
        if toks[k].lower == "and" and _joined_title(f, k, pattern):
            reach = k - i + 4  # 'beat World No.1 and defending champion Serena Williams'
            continue
        if toks[k].lower == "no" and k + 2 < len(toks) and toks[k + 1].text == "." and toks[k + 2].text.isdigit():
            reach += 2  # 'defeating the world no.3 Daniil Medvedev': a rank ('no', '.', '3') is one word
            continue
        if toks[k].lower in BOUNDARY or toks[k].lower == "by":
            return False
        if pattern.match(f.sent.text, toks[k].start) or place_appositives.named_at(toks, f.sent.text, k, pattern):
            return True  # 'defeated the South Korean city of Pyeongchang'
    return False


def _joined_title(f: SentenceFacts, k: int, pattern: re.Pattern[str]) -> bool:
    """The 'and' at token k joins two titles of one side: up to three lowercase words after it,
    the last a title's head noun (contests.json 'descriptor_heads'), then the side's name."""
    toks = f.sent.tokens
    for n in range(1, 4):
        j = k + 1 + n
        if j >= len(toks) or not toks[j - 1].text.isalpha() or not toks[j - 1].text.islower():
            return False
        if toks[j - 1].lower in DESCRIPTOR_HEADS and pattern.match(f.sent.text, toks[j].start):
            return True
    return False


def beaten(f: SentenceFacts, pattern: re.Pattern[str], surprise: bool = False) -> Reading | None:
    """'Spain beat England', 'beating the Indiana Pacers', 'a 2-1 win over Edmonton', 'a Game 4
    rout of the Boston Celtics': the candidate lost. With `surprise`, a verb of surprise counts
    too ('Wawrinka stuns Djokovic'): enough to deny the object a win, never to settle a no."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        verbs = t.lemmas & (DEFEAT_VERBS | SURPRISE_VERBS if surprise else DEFEAT_VERBS)
        if not verbs and t.lemmas & SURPRISE_VERBS and _scored(f, i):
            verbs = t.lemmas & SURPRISE_VERBS  # 'the New York Giants shocked the previously perfect Patriots, 17-14'
        if verbs and _defeat_noun(toks, i):
            verbs = frozenset()  # "Mayweather's defeat to Pacquiao": the noun, whose 'to' names the winner
        if verbs and not (t.text[:1].isupper() and not f.sent.headline and i > 0):
            if _done(f, i, sorted(verbs)[0]) and not negation(f, i) and _object_at(f, i, pattern):
                return Reading(i, f"'{t.text}' {toks[i + 1].text if i + 1 < len(toks) else ''}".strip())
        nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
        if (t.lower in DEFEAT_NOUNS and nxt == "over") or (t.lower in DEFEAT_NOUNS_OF and nxt == "of"):
            if not negation(f, i) and _object_at(f, i + 1, pattern):
                return Reading(i, f"'{t.text} {nxt}'")
    return beaten_by(f, pattern)


# particles of a phrasal defeat verb between its participle and 'by' ('swept aside by', 'knocked out by')
_PARTICLES = frozenset({"aside", "away", "out", "off", "down", "over", "up"})
_NOUN_BEFORE = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "shock", "surprise", "narrow"})


def _defeat_noun(toks, i: int) -> bool:
    """The defeat word at token i is a noun: after a determiner or a possessive ('the rout',
    "Mayweather Jr.'s defeat") or right before 'to' ('defeat to Pacquiao': a verb of defeat
    takes its loser as a direct object, never after 'to')."""
    prev = toks[i - 1].lower if i > 0 else ""
    nxt = toks[i + 1].lower if i + 1 < len(toks) else ""
    return prev in _NOUN_BEFORE or prev in ("'s", "’s") or prev.endswith(("'s", "’s")) or nxt == "to"


def beaten_by(f: SentenceFacts, pattern: re.Pattern[str]) -> Reading | None:
    """'Anthony Joshua sensationally beaten by Andy Ruiz Jr', 'Rudd was defeated by Gillard': a
    defeat verb told as a passive participle (a past form right before 'by' and another side's
    name) whose subject, the name nearest before it in its clause, is the candidate: the candidate
    lost to the side named after 'by'. Not a margin ('beaten by 61 seconds', 'by a single vote')."""
    toks = f.sent.tokens
    for i in range(1, len(toks) - 2):
        t = toks[i]
        verbs = t.lemmas & DEFEAT_VERBS
        by = i + 2 if toks[i + 1].lower in _PARTICLES and i + 3 < len(toks) else i + 1
        if not verbs or toks[by].lower != "by" or (t.lower in verbs and t.lower not in _SAME_PAST):
            continue  # 'beat by' is the colloquial passive; 'defeat by' a noun; 'swept aside by' a particle's
        j = by + 2 if toks[by + 1].lower == "the" and by + 2 < len(toks) else by + 1
        agent = toks[j]
        if not agent.text[:1].isupper() or pattern.match(f.sent.text, agent.start):
            continue  # 'beaten by 61 seconds', 'beaten by a single vote', or the candidate is the one who beat
        if aspect(f.sent, i, sorted(verbs)[0]) != "past" or negation(f, i):
            continue
        a, _ = f.sent.clause_of(i)
        subject = nearest_name(f, a, i)
        if subject and pattern.search(subject):
            k = j
            while k + 1 < len(toks) and toks[k + 1].text[:1].isupper() and k - i < NEAR:
                k += 1  # the agent's whole name
            return Reading(i, f"'{f.sent.text[t.start:toks[k].start + len(toks[k].text)]}'")
    return None


# a final score right after the object of a verb of surprise: '… shocked the previously perfect Patriots, 17-14'
_SCORE_AFTER = re.compile(r"[^.;:()]{1,50}?,\s*\d{1,3}\s*[-–]\s*\d{1,3}\b(?!\s*(?:lead|advantage|record|series|count))")


# a score right after the beaten side ('as they beat Tottenham Hotspur 2-0 in an all-English final'): one
# result told, so a bare 'beat' after a plural pronoun is its past, not a habit ('they beat teams like that')
_SCORE_NEXT = re.compile(r"(?:\s+(?:the\s+)?(?-i:[A-Z])[\w.'’&-]*){1,4},?\s+\d{1,3}\s*[-–]\s*\d{1,3}\b"
                         r"(?!\s*(?:lead|advantage|record|series|count|on\s+aggregate))", re.I)


# a subordinator opening a clause told in its main clause's time ('… helped Liverpool to a sixth title on Saturday as they beat
# Tottenham Hotspur in an all-English final'): a past main verb makes the bare 'beat' its past
_TIME_SUBORDINATORS = frozenset({"as", "when", "after", "once"})
_FRAME_REACH = 30  # words back from the subordinator to the main clause's verb


def _past_frame(f: SentenceFacts, i: int) -> bool:
    """The bare 'beat' at token i follows a pronoun opening an 'as'/'when'/'after' clause, and a verb before that
    clause is past ('helped Liverpool to a sixth title on Saturday as they beat Tottenham'): the sequence of tenses
    makes it one result told, not a habit. Not a condition ('if they beat'), nor after a present main verb."""
    toks = f.sent.tokens
    if i < 2 or toks[i - 1].lower not in ("they", "we") or toks[i - 2].lower not in _TIME_SUBORDINATORS:
        return False
    for k in range(i - 3, max(-1, i - 3 - _FRAME_REACH), -1):
        v = verb_at(f.sent, k)
        if v is not None and v[1] in ("VBD", "VBN", "VBZ", "VBP", "MD") and toks[k].lower not in ("'s", "’s"):
            return v[1] in ("VBD", "VBN") and aspect(f.sent, k, v[0]) == "past"
    return False


def object_beaten(f: SentenceFacts, pattern: re.Pattern[str]) -> int | None:
    """The defeat verb (not a noun, whatever its tense) whose object is the side `pattern` names ('as they beat
    Tottenham Hotspur in an all-English final'): that side is the one beaten there, not the one who won."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        if t.lemmas & DEFEAT_VERBS and not _defeat_noun(toks, i) and not (t.text[:1].isupper() and not f.sent.headline
                                                                          and i > 0) and _object_at(f, i, pattern):
            return i
    return None


def _scored_result(f: SentenceFacts, i: int) -> bool:
    """The verb at token i takes a named side, then its score ('beat Tottenham Hotspur 2-0')."""
    t = f.sent.tokens[i]
    return bool(_SCORE_NEXT.match(f.sent.text, t.start + len(t.text)))


def _scored(f: SentenceFacts, i: int) -> bool:
    """A verb of surprise at token i whose object is followed by a score ('stunned the Patriots,
    17-14'): a result told with its score, a defeat (without one it may be a mere surprise)."""
    t = f.sent.tokens[i]
    return bool(_SCORE_AFTER.match(f.sent.text, t.start + len(t.text)))


_PASSIVE = frozenset({"was", "were", "been", "is", "are", "be", "being", "get", "got", "gets"})
_PREPOSITIONS = frozenset({"in", "at", "on", "by", "for", "with", "to", "of", "from", "into", "after", "before"})


def _named_object(f: SentenceFacts, i: int) -> bool:
    """A proper name is the object of the verb at token i: within a few words after it, before
    any preposition ('defeating Amanda Edwards', 'defeated opposition leader Matthew Wale'; not
    'defeated in Houston')."""
    toks = f.sent.tokens
    for k in range(i + 1, min(len(toks), i + 1 + NEAR)):
        if toks[k].lower in BOUNDARY or toks[k].lower in _PREPOSITIONS:
            return False
        if toks[k].text[:1].isupper() or _possessed_rival(toks, k):
            return True
    return False


def _possessed_rival(toks, k: int) -> bool:
    """'his far-right rival', 'her opponent': a possessive at token k, then up to three lowercase
    words ending in a rival noun (contests.json 'rival_heads'): the doer's other side, unnamed."""
    if toks[k].lower not in _POSSESSIVES:
        return False
    for j in range(k + 1, min(len(toks), k + 6)):
        if toks[j].lower in RIVAL_HEADS:
            return True
        if not re.fullmatch(r"[a-z-]+", toks[j].text) or toks[j].lower in BOUNDARY:
            return False
    return False


def defeats(f: SentenceFacts, pattern: re.Pattern[str]) -> Reading | None:
    """'resulted in Christian Menefee defeating Amanda Edwards', 'Manele defeated opposition
    leader Matthew Wale': a defeat reported as done whose doer (the name nearest before the verb,
    in its clause) is the candidate and whose object is another named side: the candidate won
    the contest the sentence reports (the caller holds it to the market's contest)."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        verbs = t.lemmas & DEFEAT_VERBS
        if not verbs or (t.text[:1].isupper() and not f.sent.headline and i > 0):
            continue
        if not _done(f, i, sorted(verbs)[0]) or negation(f, i) or not _named_object(f, i) or \
                any(w.lower in _PASSIVE for w in toks[max(0, i - 2):i]):
            continue  # 'Menefee was defeated …': the passive's subject lost
        a, _ = f.sent.clause_of(i)
        doer = nearest_name(f, a, i)
        if doer and pattern.search(doer) and not _object_at(f, i, pattern):
            return Reading(i, f"'{t.text}' {toks[i + 1].text if i + 1 < len(toks) else ''}".strip())
    return None


_TO_WIN_REACH = 12  # tokens between a defeat verb and the 'to' of the title it won


def beat_to_win(f: SentenceFacts, i: int) -> Reading | None:
    """'Justin Thomas beat Will Zalatoris in a three-hole playoff to win the PGA Championship':
    the title verb at token i, right after 'to', tells what a defeat reported as done (active,
    with a named object, earlier in the same clause) won; its doer (the name nearest before the
    defeat verb) won what the title verb takes. A Reading naming the doer, else None (the caller
    holds what was won to the market's contest)."""
    toks = f.sent.tokens
    if i == 0 or toks[i - 1].lower != "to":
        return None
    a, _ = f.sent.clause_of(i)
    for k in range(i - 2, max(a, i - 1 - _TO_WIN_REACH) - 1, -1):
        verbs = toks[k].lemmas & DEFEAT_VERBS
        if not verbs or (toks[k].text[:1].isupper() and not f.sent.headline and k > 0):
            continue
        if not _done(f, k, sorted(verbs)[0]) or negation(f, k) or not _named_object(f, k) or \
                any(w.lower in _PASSIVE for w in toks[max(0, k - 2):k]):
            return None  # 'was beaten … to win': the passive's subject lost
        doer = nearest_name(f, a, k)
        if not doer:
            return None
        return Reading(k, f"'{toks[k].text} … to {toks[i].text}'", (doer,))
    return None


DISPLACING_VERBS = frozenset(_DATA["displacing_verbs"]["verbs"])


def beaten_after(f: SentenceFacts, start: int, pattern: re.Pattern[str]) -> Reading | None:
    """'…, knocking the gay cowboys of Brokeback Mountain from their frontrunner saddles': from
    token `start` on, a participle right after a comma, of a verb of defeat, surprise or
    displacement, whose object is the candidate. The caller has read, before `start`, the
    victory the participle tells the result of."""
    toks = f.sent.tokens
    for k in range(max(start, 1), len(toks)):
        verbs = toks[k].lemmas & (DEFEAT_VERBS | SURPRISE_VERBS | DISPLACING_VERBS)
        if toks[k - 1].text != "," or not verbs or not toks[k].lower.endswith("ing") or negation(f, k):
            continue
        if _object_at(f, k, pattern):
            return Reading(k, f"'{toks[k].text}' {toks[k + 1].text if k + 1 < len(toks) else ''}".strip())
    return None


_OVERALL = frozenset({"overall"})
_PART_WORDS = frozenset({"stage", "stages", "lead", "leg", "round", "time-trial", "trial"})


def beat_by_overall(f: SentenceFacts, times) -> Reading | None:
    """'Armstrong, who beat German Jan Ullrich by 61 seconds overall': a defeat reported as done
    (active, a named object) by a time (one of `times`, spans with .start/.end/.text) told right
    after 'by' and followed by 'overall': the whole contest won by that margin. Not in a clause
    naming a stage, a leg or a lead ('widen his lead over Ullrich to 1 minute, 16 seconds')."""
    toks = f.sent.tokens
    text = f.sent.text
    for i, t in enumerate(toks):
        verbs = t.lemmas & DEFEAT_VERBS
        # 'said Armstrong, who beat …': a bare 'beat' after 'who' in a sentence told in the past is its past
        told_past = t.lower == "beat" and i > 0 and toks[i - 1].lower == "who" and tense_of(f.sent) == "past"
        if not verbs or not (told_past or _done(f, i, sorted(verbs)[0])) or negation(f, i) or \
                not _named_object(f, i) or any(w.lower in _PASSIVE for w in toks[max(0, i - 2):i]):
            continue
        a, b = f.sent.clause_of(i)
        if any(w.lower in _PART_WORDS for w in toks[a:b]):
            continue
        end = toks[b - 1].start + len(toks[b - 1].text)
        for sp in times:
            if t.start < sp.start < end and re.search(r"\bby\s+$", text[t.start:sp.start]) and \
                    re.match(r"\s+overall\b", text[sp.end:]) and not re.search(r"[,;]", text[t.start:sp.start]):
                return Reading(i, f"'{t.text} … by {sp.text} overall'")
    return None


# 'Chicago has been denied the opportunity to host the 2016 Olympics', 'lost its bid to host':
# the chance at the market's act taken away from the candidate, which is then not chosen.
_DENIED = re.compile(r"\b(?:(?:has|have|had|was|were)\s+(?:been\s+)?denied|lost|missed\s+out\s+on)\s+(?:the|its|their|his|her)"
                     r"\s+(?:[a-z-]+\s+)?(?:opportunity|chance|right|bid)\s+to\s+(?P<verb>[a-z]+)\b", re.I)


def denied_chance(f: SentenceFacts, pattern: re.Pattern[str], words: frozenset[str] | set[str]) -> Reading | None:
    """'Chicago has been denied the opportunity to host the 2016 Olympics': the candidate (named
    before, in the clause) denied, or having lost, the chance or bid to do what the market asks
    (the verb after 'to' one of `words`, the act's forms or its object's words), told done and not
    negated: it was not chosen. A Reading at the denying verb, else None."""
    for m in _DENIED.finditer(f.sent.text):
        if m.group("verb").lower() not in words:
            continue
        i = f.sent.token_at(m.start())
        a, _ = f.sent.clause_of(i)
        before = f.sent.text[f.sent.tokens[a].start:m.start()]
        if not pattern.search(before) or negation(f, i) or re.search(r"\b(?:could|would|may|might|will|if)\b", before, re.I):
            continue
        return Reading(i, f"'{m.group(0)}'")
    return None


_FINALS = frozenset({"final", "finals"})
_LOST_TO = frozenset({"to", "against"})
_FINAL_REACH = 6  # tokens between 'lose' and the 'final' it takes


def final_lost_to(f: SentenceFacts, pattern: re.Pattern[str], asked: set[str]) -> Reading | None:
    """'Spain lost the Euro 2025 final to England': another side told losing the contest's final
    to the candidate; the candidate won the final. The words between 'lose' and 'final' are only
    'the' and words of the market's question (`asked`: 'Euro 2025', not another contest's 'World
    Cup final'); the candidate follows 'to' or 'against' — or, in a headline that drops them
    ('Spain Lose Euro 2025 Final England'), stands right after 'Final'. The loser is the name
    nearest before 'lose' and not the candidate. A Reading at 'lose', else None."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        if "lose" not in t.lemmas or negation(f, i) or aspect(f.sent, i, "lose") != "past" and not f.sent.headline:
            continue
        a, b = f.sent.clause_of(i)
        loser = nearest_name(f, a, i)
        if not loser or pattern.search(loser):
            continue
        m = next((k for k in range(i + 1, min(b, i + 1 + _FINAL_REACH)) if toks[k].lower in _FINALS), None)
        if m is None or not all(w.lower == "the" or w.lower in asked for w in toks[i + 1:m]):
            continue
        k = m + 1
        if k < b and toks[k].lower in _LOST_TO:
            k += 1
        elif not f.sent.headline:
            continue
        if k < b and toks[k].lower == "the":
            k += 1
        if k < b and pattern.match(f.sent.text, toks[k].start):
            return Reading(i, f"'{f.sent.text[t.start:toks[m].start + len(toks[m].text)]}' to the candidate", (loser,))
    return None


_COMEBACK = _DATA["comeback"]
_COMPLETING = frozenset(_COMEBACK["completing_verbs"])
_COMEBACK_NOUNS = frozenset(_COMEBACK["nouns"])
_RALLYING = frozenset(_COMEBACK["rallying_verbs"])
_BACK_VERBS = frozenset(_COMEBACK["back_verbs"])
_DEFICITS = frozenset(_COMEBACK["deficits"])
_COMEBACK_REACH = 8  # tokens between the comeback's verb and the 'to' of the title verb
_NOT_DONE = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "bid", "hope", "hopes", "aim",
                       "aims", "try", "tries", "attempt", "need", "needs", "set", "poised", "if", "whether", "chance"})


def _comeback_at(f: SentenceFacts, k: int, to: int) -> bool:
    """Token k's verb, with what follows it up to `to`, tells a comeback: 'completed one of the
    greatest comebacks', 'rallied', 'came from behind', 'fought back'."""
    toks = f.sent.tokens
    lemmas = toks[k].lemmas
    after = [t.lower for t in toks[k + 1:to]]
    if lemmas & _COMPLETING:
        return any(w in _COMEBACK_NOUNS for w in after[:5])
    if lemmas & _RALLYING:
        return len(after) <= 3 or _from_deficit(after)
    if lemmas & _BACK_VERBS:
        return after[:1] == ["back"] and (len(after) == 1 or _from_deficit(after[1:])) or after[:2] == ["from", "behind"]
    return _with_comeback(after)


def _from_deficit(after: list[str]) -> bool:
    """'rallied from a 25-point deficit', 'came back from 25 points down': the words before the
    'to' of the title verb are only 'from' and a few words ending in a deficit word."""
    return 2 <= len(after) <= 7 and after[0] == "from" and after[-1] in _DEFICITS


def _with_comeback(after: list[str]) -> bool:
    """'Patriots stun Falcons with 25-point comeback to win …': a done verb whose 'with' phrase,
    right before the 'to' of the title verb, ends in a comeback noun."""
    if "with" not in after or after[-1] not in _COMEBACK_NOUNS:
        return False
    return len(after) - after.index("with") <= 7


def comeback_to_win(f: SentenceFacts, i: int) -> Reading | None:
    """'Oracle Team USA finishes historic comeback to win America's Cup': the title verb at token
    i, right after 'to', tells what a comeback told done (past, or a headline's present) won; its
    doer is the name nearest before the comeback's verb. Not a comeback hoped for, bid or still
    needed ('could complete the comeback to win'). A Reading naming the doer, else None (the
    caller holds what was won to the market's contest)."""
    toks = f.sent.tokens
    if i < 2 or toks[i - 1].lower != "to" or negation(f, i):
        return None
    a, _ = f.sent.clause_of(i)
    for k in range(i - 2, max(a, i - 1 - _COMEBACK_REACH) - 1, -1):
        verbs = toks[k].lemmas & (_COMPLETING | _RALLYING | _BACK_VERBS)
        if not verbs and _with_comeback([t.lower for t in toks[k + 1:i - 1]]) and verb_at(f.sent, k):
            verbs = {verb_at(f.sent, k)[0]}  # 'Patriots stun Falcons with 25-point comeback to win'

        if not verbs or not _comeback_at(f, k, i - 1):
            continue
        lemma = sorted(verbs)[0]
        done = aspect(f.sent, k, lemma) == "past" or f.sent.headline and aspect(f.sent, k, lemma) == "present"
        if not done or negation(f, k) or any(t.lower in _NOT_DONE for t in toks[max(a, k - 3):i]):
            return None
        doer = nearest_name(f, a, k)
        return Reading(k, f"'{toks[k].text} … to {toks[i].text}'", (doer,)) if doer else None
    return None


def rival_won(f: SentenceFacts, i: int, lemma: str, pattern: re.Pattern[str], role_near: bool) -> Reading | None | bool:
    """`contests.rival_won`, except that a title verb after a done comeback is won by the
    comeback's doer, not by the name nearest before the verb ('Patriots stun Falcons with
    25-point comeback to win Super Bowl LI': the Patriots won, the Falcons were beaten)."""
    found = comeback_to_win(f, i)
    if found is None:
        return contests_rival_won(f, i, lemma, pattern, role_near)
    return True if pattern.search(found.others[0]) else found


def won_back(f: SentenceFacts, i: int, pattern: re.Pattern[str]) -> bool:
    """The title verb at token i is what a done comeback won, and its doer is not the one
    `pattern` names ('Patriots stun Falcons with 25-point comeback to win' for the Falcons)."""
    found = comeback_to_win(f, i)
    return found is not None and not pattern.search(found.others[0])
