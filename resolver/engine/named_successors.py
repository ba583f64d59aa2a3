"""Named successors (read by rules/state_ended.py): the body that decides named another person to
the holder's office, the person's name before the office ('Hewlett-Packard on Thursday named Meg
Whitman CEO, ending the disastrous 10-month run of Leo Apotheker', 'appointed John Smith as its new
chief executive'), so the holder's tenure is over. successors.took_office reads the office right
after the verb with the holder named nowhere; here the holder may be named, but only as the one the
naming ends or replaces ('ending the … run of', 'replacing', 'succeeding', 'in place of'): a holder
named among those appointed ('named Leo Apotheker CEO') or elsewhere in the sentence is not read.
An office of another body ('CEO of its services unit') or another post ('deputy CEO') is not the
holder's."""

from __future__ import annotations

import re

from .analysis import MarketContext, SentenceFacts, aspect, negation
from .successors import NEW_HOLDER, OFFICE_QUALIFIERS, _OFFICES_LONGEST_FIRST
from .text import conditional_clause

# the words before the holder's name that make the naming his end: 'ending the run of', 'replacing'
_ENDING_CUE = re.compile(r"\b(?:end(?:s|ed|ing)?|replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|oust(?:s|ed|ing)?|"
                         r"in\s+place\s+of|instead\s+of)\b[^,;:.]{0,40}$", re.I)
# a person's name: one to three capitalised words ('Meg Whitman', 'Robert "Kelly" Ortberg')
_PERSON = r"(?P<who>(?:[A-Z][\w.'’\"-]*\s+){1,3})"


def named_to_office(ctx: MarketContext, f: SentenceFacts) -> tuple[int, str] | None:
    """See the module's doc: (index of the naming verb, the words read) or None."""
    office = next((o for o in _OFFICES_LONGEST_FIRST
                   if re.search(rf"\b{re.escape(o)}\b", (ctx.target.object or "").lower())), None)
    holder = ctx.actor_patterns.get(ctx.target.actors[0]) if ctx.target.actors else None
    if office is None or holder is None:
        return None
    text, toks = f.sent.text, f.sent.tokens
    for i, tok in enumerate(toks):
        verbs = tok.lemmas & NEW_HOLDER
        if not verbs or aspect(f.sent, i, sorted(verbs)[0]) != "past" or negation(f, i) or conditional_clause(f.sent, i):
            continue
        end = tok.start + len(tok.text)
        # the person's name capitalised; the rest of any case ('as its new chief executive', 'CEO')
        m = re.match(rf"\s+{_PERSON}(?i:(?:as\s+)?(?:(?:the|its|their|his|her|a|an)\s+)?(?:new\s+)?(?P<q>[\w-]+\s+)?"
                     rf"(?P<o>{re.escape(office)})\b)(?P<rest>.*)", text[end:end + 90], re.S)
        if m is None or not m.group("who")[:1].isupper() or holder.search(m.group("who")):
            continue  # no one named, or the holder himself named to the office
        if m.group("who").split()[0].lower() in ("the", "a", "an", "its", "their", "his", "her", "as"):
            continue
        q = (m.group("q") or "").strip().lower()
        if q and (q in OFFICE_QUALIFIERS or q not in {w.lower() for w in (ctx.target.object or "").split()}):
            continue  # 'deputy CEO', 'foreign minister' for 'prime minister'
        of = re.match(r"\s+(?:of|at|for)\s+(?P<who>[^,.;:]{1,50})", m.group("rest"))
        if of and not any(p.search(of.group("who")) for p in ctx.actor_patterns.values()):
            continue  # the office of another body ('CEO of its services unit')
        if any(not _ENDING_CUE.search(text[:h.start()]) for h in holder.finditer(text)):
            continue  # the holder named otherwise than as the one replaced
        return i, f"'{tok.text} {m.group('who').strip()} {m.group('o')}' (another person named to the office)"
    return None
