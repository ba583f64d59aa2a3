"""Synthetic but realistic workloads: N markets from templates over many actors, events and
deadlines; M articles of which a known share mention a market. Deterministic for a seed."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

from countryinfo import CountryInfo

from resolver.engine import Article, Market

BASE = datetime(2030, 1, 1, tzinfo=timezone.utc)
OBJECTS = ["trade pact", "border accord", "energy deal", "defence treaty", "fisheries agreement", "water-sharing treaty",
           "investment treaty", "peace agreement", "customs deal", "visa accord"]
SYLLABLES = ["nor", "vel", "tra", "kon", "bri", "sta", "mar", "lux", "dor", "fen", "gal", "hal", "ix", "jor", "kel",
             "lan", "mir", "nov", "ost", "pra", "qua", "ros", "sel", "tor", "ul", "ven", "wes", "yar", "zel"]
PRODUCTS = ["a foldable phone", "a new AI model", "a quarterly dividend", "a share buyback", "an electric truck",
            "a satellite launch", "a data-centre expansion"]
FILLER = [
    "Forecasters expect rain across the northern provinces later in the week, with cooler temperatures.",
    "The national football league announced a new broadcasting agreement covering the next three seasons.",
    "Consumer confidence edged higher last month as fuel prices eased, a survey showed.",
    "The city council approved funding for two new tram lines and a cycling bridge.",
    "Museum attendance recovered to pre-pandemic levels, according to the culture ministry.",
    "Shares in regional banks were mixed in morning trading as investors awaited inflation data.",
    "A new exhibition on maritime history opened at the harbour museum on Saturday.",
    "Farmers reported a strong harvest after a mild spring and a wet summer.",
]


def countries() -> list[str]:
    names = sorted({v["name"] for v in CountryInfo("France").all().values() if v.get("name") and v["name"].isascii()})
    return [n for n in names if len(n.split()) <= 2]


def company(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(2)).title() + rng.choice([" Corp", " Group", " Labs", " Motors", " Energy"])


def markets(n: int, seed: int = 7) -> list[Market]:
    """n distinct markets from templates: bilateral deals, company announcements, prices."""
    rng = random.Random(seed)
    cs = countries()
    out: list[Market] = []
    seen: set[str] = set()
    while len(out) < n:
        deadline = BASE + timedelta(days=rng.randint(30, 720), hours=23, minutes=59)
        kind = rng.random()
        if kind < 0.6:
            a, b = rng.sample(cs, 2)
            obj = rng.choice(OBJECTS)
            q = f"Will {a} and {b} sign a {obj} by {deadline:%B %d, %Y}?"
            crit = f"Resolves YES if {a} and {b} sign a {obj} on or before the deadline. Talks do not count."
        elif kind < 0.85:
            c = company(rng)
            q = f"Will {c} announce {rng.choice(PRODUCTS)} by {deadline:%B %d, %Y}?"
            crit = f"Resolves YES if {c} officially announces it on or before the deadline. Rumours do not count."
        else:
            c = company(rng)
            q = f"Will {c} shares trade above ${rng.randint(20, 400)} by {deadline:%B %d, %Y}?"
            crit = "Resolves YES if the shares trade above the price at any time before the deadline."
        if q in seen:
            continue
        seen.add(q)
        out.append(Market(id=f"m{len(out):06d}", question=q, deadline=deadline, criteria=crit))
    return out


def article_about(m: Market, k: int, rng: random.Random) -> Article:
    """A news article that mentions market m (its actors and its act or object)."""
    q = m.question.removeprefix("Will ").split(" by ")[0]
    lead = rng.choice([
        f"Officials said talks on whether {q.replace(' sign ', ' would sign ')} made progress this week.",
        f"Negotiators met again on Tuesday as {q.replace(' sign ', ' moved closer to signing ')}, diplomats said.",
        f"Analysts are watching whether {q.replace(' announce ', ' will announce ')} before the end of the quarter.",
        f"{q.split(' and ')[0]} officials declined to comment on reports about the plan.",
    ])
    body = [lead] + rng.sample(FILLER, 4) + [f"Story reference {k}."]
    return Article(url=f"https://news{k % 97}.example/{m.id}/{k}", title=f"Update {k}: {q[:80]}",
                   published=BASE + timedelta(seconds=k % 86_400), source=f"news{k % 97}.example", text=" ".join(body))


def articles(ms: list[Market], count: int, share: float = 0.2, seed: int = 11) -> tuple[list[Article], int]:
    """`count` articles; about `share` of them mention some market. Returns (articles, mentioning)."""
    rng = random.Random(seed)
    out: list[Article] = []
    mentioning = 0
    for k in range(count):
        if rng.random() < share:
            out.append(article_about(rng.choice(ms), k, rng))
            mentioning += 1
        else:
            body = rng.sample(FILLER, 5) + [f"Story reference {k}."]
            out.append(Article(url=f"https://news{k % 97}.example/general/{k}", title=f"Regional news roundup {k}",
                               published=BASE + timedelta(seconds=k % 86_400), source=f"news{k % 97}.example",
                               text=" ".join(body)))
    return out, mentioning
