"""Whose figure a sentence gives: the nearest proper name before a figure ('PAS receives 50.2%',
'Humphreys, who won 29.46 percent'), past a dateline, a relative aside, an apposition, a name that
qualifies a period; a possessive owns the figure when a share noun follows it ('the ANC's share …
stood at 42.8%') or when it stands right before the figure ('had about 40% of the vote to Mr
Estrada's 25%'). Moved out of quantities.py, which re-exports `owner_before`."""

from __future__ import annotations

import re

_SHARE_NOUNS = frozenset({"share", "vote", "votes", "tally", "count", "total", "score", "result"})
_PERIOD_NOUNS = frozenset({"season", "year", "campaign", "tournament", "term", "quarter", "month"})


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "it",
                          "they", "he", "she", "we", "in", "on", "at", "by", "for", "with", "after", "as"})


# a non-restrictive relative clause right before the clause's verb ('…, who served as prime minister
# of the Himalayan kingdom from 2013 to 2018, won'): its names are not the subject
# (a name in brackets inside it stays inside: '…, who partnered with Wu Hsin-ying (吳欣盈), came third with …';
# a few lowercase words or numbers may follow the verb: '…, came third with 3,690,466 votes, or 26.46 percent')
_RELATIVE_BEFORE_VERB = re.compile(r",\s+(?:who|which)\b[^,.;()]*(?:\([^(),.;]{0,40}\)[^,.;()]*)*,"
                                   r"(?=\s+[a-z]+(?:\s+(?:[a-z]+|\d[\d,.]*),?){0,5}\s+$)")
# a person's name, then 'of the' and the body the person belongs to ('Ko Wen-je (柯文哲) of the Taiwan People's
# Party came third with …', 'Sim Sang-jung of the Justice Party came in third'): the person, the phrase's head,
# owns the figure, not the body named after 'of'
_OF_THE_BODY = re.compile(r"\b[A-Z][\w'’.-]*\s*(?:\([^()]{1,40}\)\s*)?,?\s+of\s+the\s+$")


_DATELINE = re.compile(r"\s*[A-Z][A-Z .,/'-]{1,40}?\s*(?:\((?:AP|Reuters|AFP|UPI|dpa|IANS|PTI|Xinhua|Bloomberg)\)\s*)?[—–]\s*")


# what may stand between a possessive and the figure it owns: a currency mark ('Titanic's $1.843 billion')
_RIGHT_BEFORE = re.compile(r"\s*(?:(?:US|U\.S\.|A|C|NZ|HK|S|R)?[$€£¥₹])?\s*")


def owner_before(text: str, pos: int, common: "callable[[str], bool]") -> str | None:
    """The name a figure at `pos` belongs to: the nearest proper name before it in the sentence
    ('PAS receives 50.2%', 'Humphreys, who won 29.46 percent'). A possessive names its owner
    before a share noun ('the ANC's share … stood at 42.8%') or right before the figure ('to Mr
    Estrada's 25%', 'beat Titanic's $1.843 billion'); otherwise it only modifies
    ('Bolsonaro's former defence minister, received 26 years'). `common(word)` says a
    capitalised word is an ordinary word (a sentence's first word, a month), not a name."""
    before = text[:pos]
    line = _DATELINE.match(before)
    if line:  # 'NEW YORK (AP) — A former billionaire …': the dateline's city and agency own no figure
        before = " " * line.end() + before[line.end():]
    rel = _RELATIVE_BEFORE_VERB.search(before)
    if rel:  # 'Tobgay, head of the … Party (PDP), who served as …, won 30 of 47 seats': the clause is an aside
        before = before[:rel.start()] + " " * (rel.end() - rel.start()) + before[rel.end():]
    # a word starts a name only at a word's start: the 'G' of '5G' or the 'K' of '4K' is a number's mark, no name
    words = list(re.finditer(r"(?<![\w.&-])[A-Za-z][\w.&-]*(?:['’]s)?", before))
    k = len(words) - 1
    while k >= 0:
        w = words[k].group(0)
        bare = re.sub(r"['’]s$", "", w).rstrip(".")
        if not bare[:1].isupper() or common(bare) or (k == 0 and common(bare.lower())) or bare.lower() in _DETERMINERS \
                or (w == "No." and re.match(r"\s*\d", text[words[k].end():])):  # 'soars to No. 1': a rank, no name
            k -= 1
            continue
        run = [bare]
        j = k - 1
        while j >= 0:
            prev = words[j].group(0)
            between = text[words[j].end():words[j + 1].start()]
            if prev[:1].isupper() and not re.search(r"['’]s$", prev) and re.fullmatch(r"\s*\(?", between):
                run.insert(0, prev.rstrip("."))
                j -= 1
            elif prev.lower() in ("of", "and", "for", "de", "la") and j > 0 and words[j - 1].group(0)[:1].isupper():
                run.insert(0, prev)
                j -= 1
            else:
                break
        if re.search(r"\b[A-Z][\w.&-]*\s*,\s+(?:the|a|an)\s+(?:[a-z-]+\s+)?$", text[:words[j + 1].start()]):
            k = j
            continue  # 'Copernicus, the European climate agency, …': the apposition describes the name before it
        period = re.match(r"\s*([a-z]+)", text[words[k].end():])
        if period and period.group(1) in _PERIOD_NOUNS:
            k = j
            continue  # 'his 2024 MVP season', 'the NBA season': a name that qualifies a period, not an owner
        m0 = j  # back over the body's whole capitalised name ('Taiwan People's Party')
        while m0 >= 0 and words[m0].group(0)[:1].isupper() and not text[words[m0].end():words[m0 + 1].start()].strip():
            m0 -= 1
        head = _OF_THE_BODY.search(text[:words[m0 + 1].start()]) if k - m0 <= 6 else None
        if head:
            k = next((n for n in range(m0, -1, -1) if words[n].start() <= head.start()), -1)
            continue  # 'Ko Wen-je of the Taiwan People's Party came third': the person before 'of the' owns it
        name = " ".join(run[1:] if len(run) > 1 and run[0].lower() in ("the", "a", "an") else run)
        if re.search(r"['’]s$", w):
            nxt = re.match(r"\s*([a-z]+)", text[words[k].end():])
            if not (nxt and nxt.group(1) in _SHARE_NOUNS) and not _RIGHT_BEFORE.fullmatch(text, words[k].end(), pos):
                k = j
                continue
        return name
    return None
