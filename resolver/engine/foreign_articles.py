"""Articles not in English: the rules read English, so an article written in another language
('Il Kawasaki Frontale ha vinto in anticipo il quarto titolo …') is evidence no rule read, whatever
it reports. The engine says so instead of skipping it silently:

- every such article is noted in the trace as not read (`not_english`, no weight);
- one published in the market's window that names the market's actors, candidate or object (names
  are often written the same in every language) is unread evidence: a passed deadline's silence
  cannot decide while it stands (evaluate._hold_for_unread), and the verdict is undetermined with
  status `unread-evidence`, listing the article (title, URL, date) with the note that it is not in
  English. A verdict the evidence itself decides is unchanged.

Pure: the language is told by `languages.article_language` over a bounded prefix."""

from __future__ import annotations

from .analysis import MarketContext, SentenceFacts
from .foreign_figures import bar_sentence
from .languages import article_language
from .rules.unread_evidence import NAME as UNREAD, WHOLE_ARTICLE as MARK
from .types import Article, Contribution

NAME = "not_english"


def language_of(article: Article) -> str | None:
    """Why the article is not in English, else None."""
    return article_language(article.title, article.text)


Named = tuple[int, str, str]  # (rank, what is named, the sentence naming it)


def named_in(ctx: MarketContext, f: SentenceFacts) -> Named | None:
    """What of the market a sentence names, ranked: its candidate (0), an actor (1), else its
    object's word (2), with the sentence; None when it names none."""
    if ctx.candidate_pattern is not None and (m := ctx.candidate_pattern.search(f.sent.text)):
        return 0, m.group(0), f.sent.text
    if f.actors:
        return 1, f.actors[0], f.sent.text
    if f.object_idx:
        return 2, f.sent.tokens[f.object_idx[0]].text, f.sent.text
    return None


def first_named(found: Named | None, f: SentenceFacts, ctx: MarketContext) -> Named | None:
    """The best-ranked name so far, the earliest sentence's among equals."""
    here = named_in(ctx, f)
    return here if here is not None and (found is None or here[0] < found[0]) else found


def _in_window(ctx: MarketContext, article: Article) -> bool:
    """Published on or after the window's start (any time, for a market naming none): an article
    published after the deadline may still tell what happened inside the window."""
    ws = ctx.target.window_start
    return ws is None or article.published >= ws


def readings(ctx: MarketContext, article: Article, why: str, found: Named | None,
             readable: bool) -> tuple[Contribution | None, Contribution | None]:
    """(note, unread) for an article not in English (`why` says how that was told): unread evidence
    when it names the market inside its window and the market's kind has a deadline gate; else a
    note for the trace. Either quotes the first sentence naming the market's best-ranked name, else the
    first writing a threshold market's bar with its unit ('300 euro': foreign_figures.py)."""
    found = found if found is not None else bar_sentence(ctx, article)
    named = found[1] if found is not None else None
    base = dict(direction="none", weight=0.0, sentence=found[2] if found is not None else None, article_url=article.url,
                article_title=article.title, published=article.published, source=article.source or None)
    if named is not None and readable and _in_window(ctx, article):
        return None, Contribution(rule=UNREAD, reason=(
            f"{MARK} ({why}) and names '{named}': no rule could read it; an analyst should read it"), **base)
    if named is None:
        tail = "it names none of the market's actors or its object"
    elif not readable:
        tail = f"it names '{named}'"
    else:
        tail = f"it names '{named}', but was published before the market's window"
    return Contribution(rule=NAME, reason=f"{MARK} ({why}): no rule read it; {tail}", **base), None


def is_foreign(c: Contribution) -> bool:
    """An unread-evidence entry for a whole article not in English."""
    return c.rule == UNREAD and c.reason.startswith(MARK)


def as_notes(unread: list[Contribution]) -> list[Contribution]:
    """The articles not in English among unread evidence that held nothing (no deadline passed,
    or the evidence decided): kept in the trace as notes that they were not read."""
    return [c.model_copy(update={"rule": NAME, "reason": c.reason.replace("; an analyst should read it", "")})
            for c in unread if is_foreign(c)]
