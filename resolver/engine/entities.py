"""Names the news uses for countries: official and alternative names, capitals and demonyms,
from the `countryinfo` package (which ships its data), plus the short hand-kept list in
lexicon.ACTOR_ALIASES for offices, leaders and organisations no package covers."""

from __future__ import annotations

import re
from functools import lru_cache

from countryinfo import CountryInfo

from . import lexicon

_SHORT_CODES = frozenset({"us", "usa", "uk", "uae", "eu", "drc", "prc"})


def _clean(name: str) -> str | None:
    n = name.strip().lower()
    if not n or not re.fullmatch(r"[a-z][a-z .'\-]*", n):
        return None  # non-Latin script or odd characters
    if len(n) <= 3 and n.replace(".", "") not in _SHORT_CODES:
        return None  # ISO codes like "ru" would match ordinary words
    return n


@lru_cache(maxsize=1)
def country_records() -> dict[str, dict]:
    """countryinfo's records, key (lowercase name) → record, read once: each `CountryInfo(...).all()` reads and
    parses every country's file again (a few hundredths of a second each time)."""
    return CountryInfo("France").all()


@lru_cache(maxsize=1)
def country_names() -> dict[str, frozenset[str]]:
    """Canonical country name (lowercase) → every lowercase name that refers to it."""
    out: dict[str, set[str]] = {}
    for key, info in country_records().items():
        canon = (info.get("name") or key).lower()
        names = {canon, key.lower()}
        for alt in info.get("altSpellings") or []:
            if (c := _clean(alt)) is not None:
                names.add(c)
        capital = info.get("capital") or ""
        if isinstance(capital, str) and (c := _clean(capital)):
            names.add(c)
            names.add(c.split(" ")[0] if c.endswith(" d.c.") else c)  # "Washington D.C." → "washington"
        demonym = info.get("demonym") or ""
        if isinstance(demonym, str) and (c := _clean(demonym)):
            names.add(c)
            names.add(c + "s")  # "Russians"
        out[canon] = {n for n in names if n}
    for canon, aliases in lexicon.ACTOR_ALIASES.items():
        if canon in out:
            out[canon].update(aliases)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _demonym_owners() -> dict[str, str]:
    """A demonym several countries share ('American' of the United States and the Northern Mariana
    Islands, 'Indian' of India and the British Indian Ocean Territory, 'Dominican'): the most populous
    of them, the one the news means."""
    owners: dict[str, list[tuple[int, str]]] = {}
    for key, info in country_records().items():
        demonym = info.get("demonym") or ""
        if isinstance(demonym, str) and (c := _clean(demonym)):
            canon = (info.get("name") or key).lower()
            for n in (c, c + "s"):
                owners.setdefault(n, []).append((int(info.get("population") or 0), canon))
    return {n: max(found)[1] for n, found in owners.items() if len(found) > 1}


@lru_cache(maxsize=1)
def _reverse() -> dict[str, str]:
    rev: dict[str, str] = dict(_demonym_owners())
    for canon, names in sorted(country_names().items()):
        for n in sorted(names):
            rev.setdefault(n, canon)
    return rev


def country_of(name: str) -> str | None:
    """The canonical country a name, capital or demonym refers to ("Russian" → "russia")."""
    return _reverse().get(name.strip().lower())


def aliases_of(name: str) -> frozenset[str]:
    """Every lowercase name for an actor: a country's names, or the hand-kept aliases."""
    low = name.strip().lower()
    canon = country_of(low)
    out = {low}
    if canon:
        out |= country_names()[canon]
    for key, vals in lexicon.ACTOR_ALIASES.items():
        if low == key or low in vals:
            out |= {key, *vals}
    return frozenset(out)


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Every lowercase demonym countryinfo gives, singular and plural ('spanish', 'russians')."""
    out: set[str] = set()
    for info in country_records().values():
        demonym = info.get("demonym") or ""
        if isinstance(demonym, str) and (c := _clean(demonym)):
            out |= {c, c + "s"}
    return frozenset(out)
