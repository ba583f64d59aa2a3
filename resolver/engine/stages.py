"""Stages of a process, earliest first (data/stages.json): agree < sign < close; nominate <
confirm < swear in; charge < try < convict < sentence. An earlier stage never confirms a later
one; the verbs of the asked stage report the asked act (a market on completing an acquisition
is confirmed by 'closed the acquisition'). Pure; keyed by the market's act and wording."""

from __future__ import annotations

import re
from functools import lru_cache

from .packaged import load_json

_CHAINS = load_json("stages.json")["chains"]
# each chain's cues as one pattern (a cue word starting a word of the market's wording)
_CUES = [re.compile("|".join(rf"\b{re.escape(c)}" for c in chain["cues"])) for chain in _CHAINS]


@lru_cache(maxsize=1024)
def _chain_for(act: str | None, wording: str) -> tuple[tuple[tuple[str, ...], ...], int, bool] | None:
    """The stages of the chain the market's act belongs to, the act's rank there, and whether
    its stage's verbs are synonyms."""
    if not act:
        return None
    words = f" {wording} ".lower()
    for chain, cues in zip(_CHAINS, _CUES):
        if not cues.search(words):
            continue
        for rank, stage in enumerate(chain["stages"]):
            if act in stage:
                return tuple(tuple(s) for s in chain["stages"]), rank, rank in chain.get("synonym_stages", ())
    return None


def earlier(act: str | None, wording: str, lemmas: frozenset[str]) -> str | None:
    """The verb among `lemmas` naming a stage before the market's act, if any."""
    found = _chain_for(act, wording)
    if not found:
        return None
    chain, rank, _ = found
    for stage in chain[:rank]:
        hit = sorted(lemmas & frozenset(stage) - {act})
        if hit:
            return hit[0]
    return None


def later(act: str | None, wording: str, lemmas: frozenset[str]) -> str | None:
    """The verb among `lemmas` naming a stage after the market's act, if any: its date is not
    the asked act's ('will take office on October 2nd' for a market on the appointment)."""
    found = _chain_for(act, wording)
    if not found:
        return None
    chain, rank, _ = found
    for stage in chain[rank + 1:]:
        hit = sorted(lemmas & frozenset(stage) - {act})
        if hit:
            return hit[0]
    return None


def same_stage(act: str | None, wording: str) -> frozenset[str]:
    """The verbs of the market's own stage (synonyms of its act for this process)."""
    found = _chain_for(act, wording)
    return frozenset(found[0][found[1]]) if found and found[2] else frozenset()
