"""Words of a thing won that are the market's own, not another contest's: 'TV pundit Rebelo de Sousa
wins Portuguese presidential poll' for 'Will Marcelo Rebelo de Sousa win Portugal's 2016 presidential
election?' qualifies the election by the demonym of the country the market names: it names no other
contest (contests.other_contest). The demonym must be one (countryinfo's) of a country the market
names by the country's own name ('Portugal'): a city or a capital the market names is not its country
('Paris Saint-Germain' does not make 'a French league and cup double' the market's contest), and a
capital or city in the report ('Lisbon's mayoral election') is another contest."""

from __future__ import annotations

from .entities import country_of, demonyms
from .lexicon import ACTOR_ALIASES

# a word of another name → the names (ACTOR_ALIASES keys) it is a word of another name of
_ALIAS_WORDS: dict[str, tuple[str, ...]] = {}
for _key, _others in ACTOR_ALIASES.items():
    for _word in {w for other in _others for w in other.split()}:
        _ALIAS_WORDS[_word] = _ALIAS_WORDS.get(_word, ()) + (_key,)


def own_word(word: str, names: set[str] | frozenset[str]) -> bool:
    """A capitalised word that is the demonym of a country the market's own lowercase words
    `names` name by its name, or a word of another name of one of them (lexicon.ACTOR_ALIASES:
    'won the Oscar for Best Original Song' for a market naming the 'Academy Awards')."""
    low = word.lower()
    if low in _ALIAS_WORDS and any(all(w in names or w.rstrip("s") in names for w in key.split())
                                   for key in _ALIAS_WORDS[low]):
        return True
    if low not in demonyms():
        return False
    country = country_of(low)
    return country is not None and country in names


def initials_of(word: str, terms: list[str]) -> bool:
    """A word in capitals that is the initials of consecutive words of the market's prize: 'NL' for 'National
    League' in 'captured their 3rd straight NL East championship' (the market's 'National League East division
    title'), 'AL' for 'American League'."""
    n = len(word)
    if not (2 <= n <= 4 and word.isalpha() and word.isupper()) or len(terms) < n:
        return False
    low = word.lower()
    return any("".join(t[:1] for t in terms[k:k + n]) == low for k in range(len(terms) - n + 1))
