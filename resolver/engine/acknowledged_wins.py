"""A contest's result told by its loser or by those who greet its winner (who-wins markets):
- a concession that names the winner ('The candidate of the Popular Party, Manuel Torrijos,
  acknowledged his electoral defeat and the triumph of Mulino', 'Panama's presidential candidates
  recognize the virtual victory of candidate José Mulino'): a conceding verb, its doer a contestant
  (a name or a word for one: 'candidates', 'rival'; or conceding a defeat of its own), whose object
  is a win noun of a named side ('the triumph of X', 'X's victory');
- the market's named rival conceding ('Guillier on Sunday evening acknowledged his defeat',
  'Petro Poroshenko has conceded defeat in Ukraine's presidential election'): the one side the
  criteria name against the candidate ('If Alejandro Guillier wins', 'If Petro Poroshenko or anyone
  else wins', 'against X') conceding defeat, or conceding with no object;
- a congratulation on a victory ('Sefcovic congratulated Caputova on her victory'): the one
  congratulated (named right after the verb) won, when a win noun follows in the clause.
Each is told done (past, or a report's present: 'candidates recognize …'), not negated, not
wished or planned ('I want to congratulate'), not to a third side ('conceded to Y'). A concession
is the loser's word, not the counting body's: where the criteria ask for an official result and
name no concession, preliminary count or media call, it is a weaker reading (official_required).
Read by rules/acknowledged_outcome.py."""

from __future__ import annotations

import re
from functools import lru_cache

from .actors import actor_aliases
from .analysis import SentenceFacts, aspect, negation
from .electoral import ELECTION_KINDS
from .word_class import verb_at
from .contests import NOT_NAMES, WIN_NOUNS, Reading, names_in, nearest_name

_CONCEDING = frozenset({"concede", "acknowledge", "admit", "accept", "recognize", "recognise"})
_DEFEATS = frozenset({"defeat", "loss"})
_CONTESTANTS = frozenset({"candidate", "candidates", "rival", "rivals", "opponent", "opponents", "challenger",
                          "challengers", "contender", "contenders", "incumbent", "runner-up"})
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
_OBJECT_FILL = frozenset({"the", "a", "an", "his", "her", "their", "its", "electoral", "election", "own", "narrow",
                          "clear", "crushing", "heavy", "resounding"})
_NOT_DONE = frozenset({"want", "wants", "wanted", "to", "will", "would", "could", "may", "might", "should", "must",
                       "refuse", "refused", "refuses", "refusing", "decline", "declined", "if", "whether", "yet"})
_BEFORE_WINNER = frozenset({"the", "candidate", "rival", "opponent", "his", "her", "their", "its"})
_DONE_ASPECTS = frozenset({"past", "present"})
# 'If Alejandro Guillier wins', 'If Petro Poroshenko or anyone else wins', 'against Sebastián Piñera'
_NAME = r"(?:[A-Z\u00c0-\u00de][\w'\u2019.-]*\s+){0,3}[A-Z\u00c0-\u00de][\w'\u2019-]+"
_RIVAL_CUES = re.compile(rf"\bIf\s+(?P<a>{_NAME})\s+(?:or\s+(?:any(?:one|body)\s+else|another\s+\w+)\s+)?"
                         rf"(?:wins|is\s+(?:elected|declared))\b|\bagainst\s+(?P<b>{_NAME})")
_OFFICIAL = re.compile(r"\bofficial|\bcertif|\bresults?\s+(?:announced|published|released)\s+by\b|\bdeclares?\b", re.I)
_UNOFFICIAL_OK = re.compile(r"\bconce(?:de|ded|des|ding|ssion)|\bpreliminary\b|\bproject(?:ed|ion|ions)\b|"
                            r"\bwidely\s+reported\b|\bcredible\s+report|\bmedia\b|\bcalled\b", re.I)


@lru_cache(maxsize=1024)
def _rivals_of(question: str, criteria: str, candidate: str) -> tuple[re.Pattern[str], ...]:
    """Patterns of the sides the market names against the candidate (the criteria's 'If X wins',
    'against X'), not the candidate itself."""
    cand = {w.lower() for w in candidate.split()}
    out = []
    for m in _RIVAL_CUES.finditer(f"{question}\n{criteria}"):
        name = (m.group("a") or m.group("b")).strip()
        if {w.lower() for w in name.split()} & cand or len(name.split()) < 2:
            continue  # the candidate, or one word (a place, a team's nickname): not a person named against it
        names = actor_aliases(name)
        out.append(re.compile("|".join(rf"\b{re.escape(n)}\b" for n in sorted(names, key=len, reverse=True)), re.I))
    return tuple(out)


def other_election(question: str, criteria: str, text: str) -> bool:
    """A kind of election ('primary', 'run-off') named in `text` that neither the question nor the
    criteria name: another election's concession."""
    asked = {w.lower().replace("-", "") for w in re.findall(r"[A-Za-z-]+", f"{question} {criteria}")}
    return any(w.lower() in ELECTION_KINDS and w.lower().replace("-", "") not in asked
               for w in re.findall(r"[A-Za-z-]+", text))


def official_required(criteria: str) -> bool:
    """The criteria ask for the counting body's result ('according to results announced by the
    Slovak election authorities', 'official results') and name no concession, preliminary count,
    projection or media report as enough."""
    return bool(_OFFICIAL.search(criteria)) and not _UNOFFICIAL_OK.search(criteria)


def _told_done(f: SentenceFacts, i: int, lemma: str) -> bool:
    toks = f.sent.tokens
    if negation(f, i) or any(t.lower in _NOT_DONE for t in toks[max(0, i - 3):i]):
        return False  # 'I want to congratulate', 'refused to recognize', 'has yet to concede'
    return aspect(f.sent, i, lemma) in _DONE_ASPECTS


def _contestant_doer(f: SentenceFacts, a: int, i: int, b: int) -> bool:
    """The doer of the conceding verb at i is a side of the contest: a contestant's word before
    it in its clause ('Panama's presidential candidates'), or it concedes a defeat of its own."""
    toks = f.sent.tokens
    return any(t.lower in _CONTESTANTS for t in toks[a:i]) or any(t.lower in _DEFEATS for t in toks[i + 1:b])


def winner_acknowledged(f: SentenceFacts) -> Reading | None:
    """'acknowledged his electoral defeat and the triumph of Mulino', 'recognize the virtual
    victory of candidate José Mulino', 'conceded X's victory': a Reading at the conceding verb
    naming the side whose win it grants."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        verbs = t.lemmas & _CONCEDING
        if not verbs or not _told_done(f, i, sorted(verbs)[0]):
            continue
        a, b = f.sent.clause_of(i)
        end = next((k for k in range(i + 1, len(toks)) if toks[k].lower in (";", ":") or toks[k].text in ".!?"),
                   len(toks))
        if not _contestant_doer(f, a, i, end):
            continue
        for k in range(i + 1, min(end, i + 12)):
            if toks[k].lower not in WIN_NOUNS:
                continue
            if k + 1 < end and toks[k + 1].lower == "of":
                j = k + 2
                while j < end and toks[j].lower in _BEFORE_WINNER:
                    j += 1
                won = names_in(f, j, min(end, j + 4))
                if won and toks[j].text[:1].isupper():
                    return Reading(i, f"'{t.text} … {toks[k].text} of {won[0]}'", (won[0],))
            prev = toks[k - 1].text if k > i + 1 else ""
            if prev.endswith(("'s", "\u2019s")) and prev[:1].isupper() and prev.lower() not in NOT_NAMES:
                return Reading(i, f"'{t.text} … {prev} {toks[k].text}'", (prev[:-2],))
        won = _win_for(f, i, end)
        if won is not None:
            return won
    return None


def victory_conceded_to(f: SentenceFacts) -> Reading | None:
    """'The PRI conceded victory to Vicente Fox': conceding the victory (a win noun right after the
    verb, with at most a determiner or adjective between) to a named side is that side's win,
    whoever the doer (the idiom is the loser's own; 'acknowledged victory' is not read)."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        if "concede" not in t.lemmas or not _told_done(f, i, "concede"):
            continue
        k = i + 1
        while k < len(toks) and toks[k].lower in _OBJECT_FILL:
            k += 1
        if k + 2 >= len(toks) or toks[k].lower not in WIN_NOUNS or toks[k + 1].lower != "to":
            continue
        j = k + 2
        while j < len(toks) and toks[j].lower in _BEFORE_WINNER:
            j += 1
        won = names_in(f, j, min(len(toks), j + 4)) if j < len(toks) and toks[j].text[:1].isupper() else []
        if won:
            return Reading(i, f"'{t.text} {toks[k].text} to {won[0]}'", (won[0],))
    return None


_CONTEST_CONCEDED = frozenset({"election", "race", "contest", "presidency", "defeat"})


def _win_for(f: SentenceFacts, i: int, end: int) -> Reading | None:
    """'Carlos Mesa … conceded the election on Monday after fast counts of the vote showed a strong
    win for the socialist candidate Luis Arce': the contest itself conceded ('conceded the
    election', 'the race', 'defeat'), and later in the sentence a win noun 'for' a named side (after
    at most four lowercase words: 'the socialist candidate'): that side won."""
    toks = f.sent.tokens
    k = i + 1
    while k < end and toks[k].lower in _OBJECT_FILL - {"election"}:
        k += 1
    if k >= end or toks[k].lower not in _CONTEST_CONCEDED:
        return None
    for w in range(k + 1, end - 1):
        if toks[w].lower not in WIN_NOUNS or toks[w + 1].lower != "for":
            continue
        j = w + 2
        while j < min(end, w + 6) and toks[j].text.islower():
            j += 1
        won = names_in(f, j, min(end, j + 4)) if j < end and toks[j].text[:1].isupper() else []
        if won:
            return Reading(i, f"'{f.sent.tokens[i].text} the {toks[k].text} … {toks[w].text} for {won[0]}'", (won[0],))
    return None


def _verb_next(f: SentenceFacts, k: int) -> bool:
    """The word after token k is a verb of its own ('conceded and said'), not a coordinated object."""
    return k + 1 < len(f.sent.tokens) and verb_at(f.sent, k + 1) is not None


def conceded_by(f: SentenceFacts, doers: tuple[re.Pattern[str], ...], candidate_pattern: re.Pattern[str],
                verbs_of: frozenset[str] = _CONCEDING) -> Reading | None:
    """A concession told done (a verb of `verbs_of`) whose doer (the name nearest before it, in its
    clause) is one of `doers`, with a defeat of its own ('acknowledged his defeat') or, for
    'concede', no object ('Coleman conceded'); not a concession to a third side (one not matched by
    `candidate_pattern`, when the doers are not the candidate)."""
    toks = f.sent.tokens
    for i, t in enumerate(toks):
        verbs = t.lemmas & verbs_of
        if not verbs or not _told_done(f, i, sorted(verbs)[0]):
            continue
        a, b = f.sent.clause_of(i)
        doer = nearest_name(f, a, i)
        if not doer or not any(p.search(doer) for p in doers):
            continue
        k = i + 1
        while k < len(toks) and toks[k].lower in _OBJECT_FILL:
            k += 1
        conceded_bare = "concede" in verbs and (k >= b or toks[k].lower in (".", ",", "on", "after", "late", "in")
                                                  or toks[k].lower == "and" and _verb_next(f, k))  # 'Brough conceded and said …'
        if not (k < len(toks) and toks[k].lower in _DEFEATS) and not conceded_bare:
            continue  # 'conceded that …', 'acknowledged the problem': no concession of the contest
        rest = f.sent.text[toks[k].start:] if k < len(toks) else ""
        m = re.match(r"\w*\s+to\s+(.{1,60})", rest)
        if m and not candidate_pattern.search(m.group(1)) and candidate_pattern.pattern not in (p.pattern for p in doers):
            continue  # conceded defeat to a third side
        told = f" {toks[k].text}" if k < len(toks) and toks[k].lower in _DEFEATS else ""
        return Reading(i, f"'{doer} … {t.text}{told}'", (doer,))
    return None


def rival_conceded(f: SentenceFacts, question: str, criteria: str, candidate: str,
                   candidate_pattern: re.Pattern[str]) -> Reading | None:
    """'Guillier on Sunday evening acknowledged his defeat', 'Poroshenko has conceded defeat in
    Ukraine's presidential election': the side the market names against the candidate concedes."""
    rivals = _rivals_of(question, criteria, candidate)
    found = conceded_by(f, rivals, candidate_pattern) if rivals else None
    return None if found is None or candidate_pattern.search(found.others[0]) else found


# 'conceded' itself is read as the candidate's loss by rules/opposite_outcome.py
OWN_DEFEAT_VERBS = _CONCEDING - {"concede"}
