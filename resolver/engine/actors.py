"""The actors a market question names (people, countries from their demonyms, offices and
organisations), and the names an actor goes by in articles."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


from . import lexicon, spelling_variants, transliteration
from .entities import aliases_of, country_of, demonyms
from .quoted_actors import whole_titles
from .text import tokenize, all_lemmas

_TITLES = frozenset({
    "president", "cardinal", "prime", "minister", "pope", "king", "queen", "senator", "governor",
    "chancellor", "secretary", "general", "sir", "dr", "mr", "mrs", "ms", "leader", "ceo", "chairman",
    "premier", "judge", "justice", "envoy", "special", "u.s", "deputy", "foreign",
})
_NON_ACTORS = frozenset({"will", "et", "pt", "utc", "gmt", "ist", "yes", "no"}) | frozenset(lexicon.MONTHS) | frozenset(lexicon.WEEKDAYS)


def _demonym_country(word: str) -> str | None:
    """The country a demonym, capital or alternative name refers to, if any."""
    w = word.lower()
    return country_of(w) or next((canon for canon, aliases in lexicon.ACTOR_ALIASES.items()
                                  if w == canon or w in aliases), None)


# '49ers', '76ers': a team's name word that starts with its number (not a decade, '1990s')
_NUMBERED_NAME = re.compile(r"^\d+(?!0s$)[a-z]{2,}$")


# a romanised Korean given name, written hyphenated with its second syllable lowercase ('Duck-soo')
_GIVEN_NAME = re.compile(r"^[A-Z][a-z]+-[a-z]+$")
# a double-barrelled surname, each part capitalised ('Griffith-Joyner', 'Thompson-Herah'), which reports
# also write with a space
_DOUBLE_BARRELLED = re.compile(r"^[A-Z][a-z]+-[A-Z][a-z]+$")


# a given name written as initials ('J.M.', 'W.', 'J.M'): part of a person's name, like a spelled-out one
_INITIALS = re.compile(r"^[a-z](?:\.[a-z]){0,2}\.$|^[a-z](?:\.[a-z]){1,2}$")


def _initials_part(part: str) -> bool:
    """A name part written as initials, not a place's ('U.S. Steel', 'D.C. United' name no person)."""
    return bool(_INITIALS.match(part)) and country_of(part) is None and country_of(part.replace(".", "")) is None


# legal suffixes of a company's name, dropped in running text ('Dell Inc.' is written 'Dell')
_LEGAL_SUFFIXES = frozenset({"inc", "corp", "corporation", "ltd", "llc", "plc", "limited", "gmbh"})
# European legal forms, written in capitals after the name ('Wirecard AG', 'Renault SA', 'Siemens SE'):
# dropped only when the name writes them so, never a word of a name ('Ag', 'Sa')
_LEGAL_FORMS = frozenset({"AG", "SA", "SE", "NV", "N.V.", "S.A.", "SpA", "S.p.A.", "AB", "ASA", "Oyj", "KGaA", "BV", "B.V."})


# a party named by an adjective of its creed ('Liberal Party', 'Conservative Party', 'Republican
# Party', 'Socialist Party') goes by its members in the plural: 'the Liberals', 'the Conservatives'
_CREED_ENDINGS = ("al", "ive", "an", "ist")


def _party_members(parts: list[str]) -> str | None:
    """'liberals' for ['liberal', 'party'] (after an optional 'the'); None for other names."""
    if parts[:1] == ["the"]:
        parts = parts[1:]
    if len(parts) == 2 and parts[1] == "party" and parts[0].isalpha() and parts[0].endswith(_CREED_ENDINGS):
        return parts[0] + "s"
    return None


# regions that name company groups ('Eurasia Group'): the region alone is not the company
_REGIONS = frozenset({"asia", "europe", "africa", "america", "americas", "pacific", "atlantic", "eurasia", "nordic",
                      "gulf", "arab", "middle east", "latin america", "north america", "south america", "oceania"})


def _group_owner(words: list[str]) -> bool:
    """The words before 'Group' are a name of their own, not an ordinary word ('Virgin', 'Media'),
    a country or a region: 'HMV', 'Alibaba', 'Adani'."""
    rest = " ".join(words)
    if not rest.replace("&", "").replace("-", "").replace(" ", "").isalnum() or country_of(rest) or rest in _REGIONS:
        return False
    return not (len(words) == 1 and all_lemmas(rest)) and rest not in ("the", "a", "an")


# a brand written unlike a word: with a hyphen, an ampersand or a digit inside, or in capitals ('T-Mobile', 'HMV')
_BRAND = re.compile(r"^(?:\w+[-&]\w[\w&-]*|[A-Z0-9&]{2,}|\w*\d\w*)$")


def actor_aliases(name: str, extra: dict[str, list[str]] | None = None) -> tuple[str, ...]:
    """Lowercase names an actor goes by: itself, its surname (people), country names, capitals
    and demonyms (countryinfo), hand-kept aliases for offices and organisations, and
    per-market aliases. Cached on the name and the aliases (in their order): the same actors
    come back market after market."""
    return _actor_aliases(name, tuple((key, tuple(vals)) for key, vals in (extra or {}).items()))


@lru_cache(maxsize=4096)
def _actor_aliases(name: str, extra: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, ...]:
    low = name.lower()
    out = set(aliases_of(low))
    parts = low.split()
    bare = without_generation(low)
    shown = name.split()
    if bare != low and parts[-1] in _NUMBERED_GENERATIONS and not all(w[:1].isupper() and w[1:].islower() for w in shown[:-1]):
        bare = low  # 'GSLV Mk III': a model's number, not a person's generation
    if bare != low:
        # 'Vinícius Júnior' is 'Vinicius Jr' and 'Vinicius'; 'Ferdinand Marcos Jr.' is 'Marcos' (not 'Jr');
        # 'Benigno Aquino III' is 'Aquino'
        out |= {bare} | {f"{bare} {g}" for g in _GENERATIONS.get(parts[-1].rstrip("."), ())}
        parts, shown = bare.split(), shown[:-1]
    if len(parts) >= 2 and all(p.replace("-", "").isalpha() or _NUMBERED_NAME.match(p) or _initials_part(p) for p in parts) \
            and not _initials_part(parts[-1]) and not country_of(low) \
            and parts[-1] not in lexicon.ORGANISATION_WORDS and not shown[-1].isupper():
        out.add(parts[-1])  # surname: "Trump" for "Donald Trump" (not "Corp" for "Ixqua Corp", "IT" for "CrowdStrike IT")
        out |= transliteration.spellings(parts[-1])  # "Zelenskiy" for "Volodymyr Zelensky"
        if len(parts) == 2 and _GIVEN_NAME.match(name.split()[-1]):
            out.add(parts[0])  # family name first: "Han" for "Han Duck-soo", "Lee" for "Lee Jae-myung"
    if len(parts) >= 3 and "".join(parts[-2:]) in lexicon.ORGANISATION_WORDS:
        out.add(" ".join(parts[:-2] + ["".join(parts[-2:])]))  # written closed: 'Delta Air Lines' → 'Delta Airlines'
    if 2 <= len(parts) <= 3 and all(p.isalpha() for p in parts) and not country_of(low):
        out.add("".join(parts))  # a brand written closed: 'airberlin' for 'Air Berlin'
    if len(parts) >= 2 and (parts[-1].rstrip(".") in _LEGAL_SUFFIXES or name.split()[-1] in _LEGAL_FORMS):
        out.add(" ".join(parts[:-1]).rstrip(","))  # a company without its legal suffix: 'Dell' for 'Dell Inc'
    if len(parts) == 2 and country_of(parts[-1]) and not country_of(parts[0]) and _group_owner(parts[:1]) \
            and _BRAND.match(name.split()[0]):
        out.add(parts[0])  # a company's national arm by the brand's own name: 'T-Mobile' for 'T-Mobile USA'
    if len(parts) >= 2 and parts[-1] == "group" and _group_owner(parts[:-1]):
        out.add(" ".join(parts[:-1]))  # a company group by its own name: 'HMV' for 'HMV Group'
    if len(parts) >= 3 and parts[-1] == "party" and parts[0] in demonyms() and not parts[1].startswith("nation"):
        out.add(" ".join(parts[1:]))  # a party by its name without the nation's: 'Labor Party' for 'Australian Labor Party' (not 'National Party' for 'Scottish National Party')
    members = _party_members(parts)
    if members:
        out.add(members)  # 'Liberals' for 'Liberal Party', 'Conservatives' for 'Conservative Party'
    if len(parts) >= 2 and parts[0] == "team":
        out |= aliases_of(" ".join(parts[1:]))  # 'Team USA' is written 'USA' in results and headlines
    initials = _initials(name)
    if initials:
        out.add(initials)  # 'PSG' for 'Paris Saint-Germain'
    if "'s " in low:  # "Mark Carney's Liberals" → "Liberals", "Mark Carney"
        owner, _, thing = low.partition("'s ")
        out.update({thing.strip(), owner.strip()})
    out |= _central_bank_aliases(low)
    out |= set(lexicon.CENTRAL_BANKS.get(country_of(low) or "", ()))  # 'Bank of England' for 'United Kingdom'
    for key, vals in extra:
        if key.lower() in out:
            out.update(v.lower() for v in vals)
    out.update({v for n in tuple(out) if " " in n for v in spelling_variants.variants(n)})  # 'adviser' for 'Advisor'
    out.update({transliteration.umlauts_written_out(n) for n in out})  # "Müller" is written "Mueller" too
    out.update({_fold(n) for n in out})  # "Babiš" is written "Babis" by many outlets
    return tuple(sorted(out))


# a generation written after a name ('Jr.', 'Júnior', 'Filho'), with the forms it is written in
_JUNIOR = ("jr", "jr.", "junior", "júnior")
_GENERATIONS = {"jr": _JUNIOR, "junior": _JUNIOR, "júnior": _JUNIOR, "sr": ("sr", "sr.", "senior"),
                "senior": ("sr", "sr.", "senior"), "filho": ("filho",), "neto": ("neto",)}


# a generation numbered after a person's given name and surname ('Benigno Aquino III', 'Davis Love III'); after
# one name it is a reign ('Charles III'), after a title or an article a sequel or a model ('The Nun II')
_NUMBERED_GENERATIONS = frozenset({"ii", "iii", "iv"})
_NOT_GIVEN = frozenset({"the", "a", "an", "king", "queen", "pope", "emperor", "prince", "princess", "tsar", "sultan"})


def without_generation(name: str) -> str:
    """`name` (lowercase) without a generation after it ('vinícius' for 'vinícius júnior',
    'ferdinand marcos' for 'ferdinand marcos jr.', 'benigno aquino' for 'benigno aquino iii'); itself
    otherwise."""
    parts = name.split()
    if len(parts) >= 2 and parts[-1].rstrip(".") in _GENERATIONS:
        return " ".join(parts[:-1])
    if len(parts) >= 3 and parts[-1] in _NUMBERED_GENERATIONS and parts[0] not in _NOT_GIVEN \
            and all(p.isalpha() for p in parts[:-1]):
        return " ".join(parts[:-1])
    return name


def last_word_aliases(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """Of an actor's aliases, those that are its name's last word alone ('madrid' for 'Atletico
    Madrid', 'trump', 'zelenskiy'; 'marcos' for 'Ferdinand Marcos Jr.'): another name may end in
    the same word (name_guard)."""
    parts = without_generation(name.lower()).split()
    if len(parts) < 2:
        return frozenset()
    last = parts[-1]
    own = {last, _fold(last), transliteration.umlauts_written_out(last)} | transliteration.spellings(last)
    own |= {_fold(n) for n in own}
    return frozenset(a for a in aliases if a in own and a not in aliases_of(name.lower()))


def alias_alternatives(aliases, actor: str = "") -> list[str]:
    """Regex alternatives for an actor's aliases, longest first, each not inside a longer word,
    written with or without accents (transliteration.accent_blind); an actor named by an acronym also spelled out."""
    alts = [transliteration.accent_blind(n) + r"(?![\w-])" for n in sorted(aliases, key=len, reverse=True) if len(n) > 1]
    spelled = spelled_acronym(actor)
    return alts + [spelled] if spelled else alts


_GLUE = r"(?:\s+(?:of|and|for|on|the)(?=\s))*"


def spelled_acronym(name: str) -> str | None:
    """'WMO' written out, 'World Meteorological Organisation' (or 'Organization'): capitalised words whose initials
    spell an acronym of three to six capitals, 'of', 'and', 'for', 'on', 'the' between them (as reporters write
    a body's full name); None for any other name."""
    if not re.fullmatch(r"[A-Z]{3,6}", name):
        return None
    return _GLUE.join(rf"(?-i:{c}[a-z][a-z'’-]*)" if k == 0 else rf"\s+(?-i:{c}[a-z][a-z'’-]*)"
                      for k, c in enumerate(name)) + r"(?![\w-])"


# 'Czech National Bank', 'National Bank of Poland', 'Central Bank of Sri Lanka', 'Reserve Bank of India' (not a
# bare 'Bank of …': 'Bank of America', 'Bank of Ireland' are commercial banks)
_NATIONAL_BANK = re.compile(r"^(?:the\s+)?(?:(?P<pre>.+?)\s+(?:national|central|reserve)\s+bank|(?:national|central|reserve)\s+"
                            r"bank\s+of\s+(?:the\s+)?(?P<post>.+))$")


def _central_bank_aliases(low: str) -> set[str]:
    """A country's central bank goes by the country's names: 'the Czech Republic's central bank',
    'Poland's central bank', 'the Polish central bank' for 'Czech National Bank' or 'National
    Bank of Poland', 'Norway's central bank' for 'Norges Bank' (country names and demonyms from countryinfo, as for
    the country itself)."""
    m = _NATIONAL_BANK.match(low)
    # a bank the lexicon lists by its own name: 'Norway's central bank' for 'Norges Bank', 'Sweden's central bank' for
    # 'Riksbank'
    country = country_of(m.group("pre") or m.group("post") or "") if m else \
        next((c for c, banks in lexicon.CENTRAL_BANKS.items() if low in banks), None)
    if country is None:
        return set()
    out = set()
    for n in aliases_of(country):
        if " " in n and n != country:
            continue  # official long forms ('republic of poland') are not how a bank is named
        out |= {f"{n} central bank", f"{n}'s central bank", f"{n}’s central bank", f"{n}'s national bank"}
    return out


# The legal or association form a sports club's name ends with ('Sporting CP', 'Liverpool FC'),
# which articles drop.
CLUB_FORMS = frozenset({"fc", "afc", "cf", "sc", "cp", "ac", "sv", "bk", "fk", "nk", "sk", "cd", "ud", "sd", "rc"})


def bare_club_name(name: str) -> str | None:
    """'Sporting' for 'Sporting CP': a club's name without its legal form (CLUB_FORMS). The
    bare name is often shared ('Sporting Braga' is another club) or a common word ('sporting
    events'), so it counts only capitalised as in the question and where no other capitalised
    name word follows it (guarded_alias)."""
    parts = name.split()
    if len(parts) >= 2 and parts[-1].isupper() and parts[-1].lower() in CLUB_FORMS:
        return " ".join(parts[:-1])
    return None


def spaced_surname(name: str) -> str | None:
    """A case-sensitive regex for a double-barrelled surname written with a space ('Griffith Joyner'
    for 'Florence Griffith-Joyner'), capitalised as a name is: in lowercase ('earle sears' in an
    address's slug) the words are not read as the name."""
    words = name.split()
    if len(words) < 2 or not _DOUBLE_BARRELLED.match(words[-1]):
        return None
    first, second = words[-1].split("-")
    return rf"(?-i:{re.escape(first)}\s+{re.escape(second)})(?![\w-])"


def guarded_alias(name: str) -> str:
    """A case-sensitive regex for a bare club name not followed by another capitalised word."""
    return rf"(?-i:{re.escape(name)})(?![\w-])(?!\s+(?-i:[A-Z]))"


# linking words a body's initials leave out: 'ICJ' for 'International Court of Justice'
_INITIALS_SKIPPED = frozenset({"of", "for", "and"})


def _initials(name: str) -> str | None:
    """The initials a club or body is written by in results and headlines ('PSG' for 'Paris
    Saint-Germain', 'ICJ' for 'International Court of Justice'): three or more capitalised parts (after a leading 'The'), hyphenated ones counted apart; none when
    the initials spell a word ('lad'), which articles would match in lowercase."""
    parts = [p for w in name.split() for p in w.split("-") if p and p not in _INITIALS_SKIPPED]
    if len(parts) > 3 and parts[0] == "The":
        parts = parts[1:]  # 'GBBO' for 'The Great British Bake Off': the article has no letter
    if len(parts) < 3 or not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts):
        return None
    word = "".join(p[0] for p in parts).lower()
    if all_lemmas(word) or word in lexicon.MONTHS or country_of(word):
        return None
    return word


def _fold(name: str) -> str:
    """A name without its diacritics."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


# the lexicon's lowercase subjects ('the conclave', 'the Fed'), each as a whole word in any case
_ALIAS_PATTERNS = tuple((canon, re.compile(rf"\b{re.escape(canon)}\b", re.I)) for canon in lexicon.ACTOR_ALIASES)
# words a one-letter name may follow ('CEO of X', 'Will X remain …')
_LINKS = frozenset({"of", "by", "for", "and", "to", "on", "at", "from", "with", "than", "as", "the", "will", "or"})
# the first part of a hyphenated Arabic name ('Al-Qadir', 'Abu-Dhabi'): one name, not two
_NAME_PREFIXES = frozenset({"Al", "El", "Abu", "Ibn", "Bin", "Bint", "Abd"})


def _glued(toks, a: int, b: int) -> bool:
    """Tokens a and b are written together, with no space ('777X', '°F', 'AT&T')."""
    return toks[b].start == toks[a].start + len(toks[a].text)


def _actors(question: str) -> list[str]:
    toks = tokenize(question)
    actors: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            name = " ".join(run).removesuffix("'s").strip("'\"")
            if name.lower() not in _NON_ACTORS and not name.isdigit():
                actors.append(name)
            run.clear()

    skip = -1
    for i, t in enumerate(toks):
        if i <= skip:
            continue
        word = t.text.rstrip(".")
        nxt = toks[i + 1].text if i + 1 < len(toks) else ""
        if run and word == "of" and nxt[:1].isupper():  # "Bank of England", "College of Cardinals"
            run.append(word)
            continue
        if run and t.text == "." and len(run[-1]) == 1 and _glued(toks, i - 1, i):
            if len(run) == 1:
                run.clear()  # a leading initial: 'E. Jean Carroll' is named 'Jean Carroll'
            else:
                run[-1] += "."  # a middle initial: 'George W. Bush', 'Vera C. Rubin Observatory'
            continue
        if run and t.text == "&" and _glued(toks, i - 1, i) and i + 1 < len(toks) and _glued(toks, i, i + 1) \
                and nxt[:1].isupper():
            run[-1] += "&" + nxt  # 'AT&T'
            skip = i + 1
            continue
        if len(word) == 1 and word.isupper() and i > 0 and (_glued(toks, i - 1, i) and toks[i - 1].text[-1:] in "0123456789°"
                                                            or toks[i - 1].text.isalpha()
                                                            and toks[i - 1].text.islower() and toks[i - 1].lower not in _LINKS):
            flush()
            continue  # a letter of a code or unit ('777X', '134°F', 'hepatitis B'), no name
        if run and run[-1] == "of" and word[:1].isupper() and word.lower() in _TITLES and word.isalpha():
            run.append(word)  # a title word after 'of' names the body: 'International Court of Justice'
            continue
        if i > 0 and word[:1].isupper() and word.lower() not in _TITLES and word.lower() not in _NON_ACTORS:
            pieces = word.split("-")
            if run and _GIVEN_NAME.match(word):
                run.append(word)  # 'Han Duck-soo': one given name
                continue
            if run and len(pieces) == 2 and all(p[:1].isupper() and p[1:].islower() for p in pieces):
                run.append(word)  # a double-barrelled surname after a first name: 'Sam Bankman-Fried'
                continue
            if len(pieces) > 1 and (any(len(p) == 1 and p.isalpha() for p in pieces) or pieces[0] in _NAME_PREFIXES):
                run.append(word)  # one name: 'HAKUTO-R', 'PML-N', 'T-Mobile', 'Matrix-M', 'Al-Qadir'
                continue
            for piece in pieces:
                if piece[:1].isupper() and piece.lower() not in _TITLES:
                    run.append(piece)
                    if "-" in word:
                        flush()
        else:
            flush()
    flush()
    # 'the conclave', 'the Fed' style subjects that are lowercase common nouns
    for canon, pattern in _ALIAS_PATTERNS:
        if pattern.search(question) and not any(canon == a.lower() for a in actors):
            actors.append(canon)
    # map demonyms ("Russian") to the country
    out: list[str] = []
    for a in actors:
        c = _demonym_country(a) if " " not in a else None  # "Russian" → Russia; people keep their names
        name = c.title() if c and c != a.lower() and a.lower() not in ("us", "u.s") else a
        if name.lower() not in (x.lower() for x in out):
            out.append(name)
    # "'Justice League'", "'Ocean's 8'": a quoted title is one actor, not the pieces its words fall into
    return whole_titles(question, out) if any(q in question for q in "'\"“‘") else out


# a name in brackets after a candidate's, in the question: 'Abdirahman Mohamed Abdullahi (Irro)', 'FARC leader
# Rodrigo Londoño ("Timochenko")', 'Geert Wilders' Party for Freedom (PVV)' (up to three more words of the name
# between); not a count, a date or a range ('a majority (151 or more seats)', '(November 22-26, 2011)')
_BRACKETED = r"\b{last}\b(?:\s+(?:of|for|and|the|[A-Z][\w'’.-]*)){{0,3}}[\"”'’]?\s*\(\s*[\"“'‘]?(?P<alias>[A-Z][^()\"”\d]{{0,40}}?)[\"”'’]?\s*\)"


@lru_cache(maxsize=1024)
def bracketed_aliases(name: str, question: str) -> tuple[str, ...]:
    """The other name the question gives the candidate in brackets right after its own ('Irro' for
    'Abdirahman Mohamed Abdullahi (Irro)'): reports use either. At most five words, no digit."""
    words = name.split()
    if not words or "(" not in question:
        return ()
    m = re.search(_BRACKETED.format(last=re.escape(words[-1])), question)
    alias = m.group("alias").strip(" '’") if m else ""
    return (alias.lower(),) if alias and len(alias.split()) <= 5 and alias.lower() != name.lower() else ()
