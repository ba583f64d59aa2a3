"""Words of a thing won that are the market's own, not another contest's: 'TV pundit Rebelo de Sousa
wins Portuguese presidential poll' for 'Will Marcelo Rebelo de Sousa win Portugal's 2016 presidential
election?' qualifies the election by the demonym of the country the market names: it names no other
contest (contests.other_contest). The demonym must be one (countryinfo's) of a country the market
names by the country's own name ('Portugal'): a city or a capital the market names is not its country
('Paris Saint-Germain' does not make 'a French league and cup double' the market's contest), and a
capital or city in the report ('Lisbon's mayoral election') is another contest."""

from __future__ import annotations

from .entities import country_of, demonyms


def own_word(word: str, names: set[str] | frozenset[str]) -> bool:
    """A capitalised word that is the demonym of a country the market's own lowercase words
    `names` name by its name."""
    low = word.lower()
    if low not in demonyms():
        return False
    country = country_of(low)
    return country is not None and country in names
