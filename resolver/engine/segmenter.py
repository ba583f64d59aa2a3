"""Sentence segmentation: syntok's segmenter (syntok 1.4.4, `syntok.segmenter.segment`) run as one
loop over index ranges instead of its chain of state objects.

syntok decides sentence ends with a small state machine (`syntok._segmentation_states`: Begin,
FirstToken, InnerToken, Terminal, End) that moves tokens one by one from a lazily filled queue into
a history, building a state object and calling several properties per token. That bookkeeping was
about a tenth of a cold evaluation. Here the same decisions are taken in the same order over a list
of syntok's own tokens: the history is `toks[hs:qs]`, the queue `toks[qs:qe]` and the unread stream
`toks[qe:]`, so moving a token is `qs += 1` and fetching one is `qe += 1`. The queue is still filled
as lazily as syntok fills it, because several of its tests ('is the queue empty?') depend on how
far it has fetched. tests/test_segmenter.py checks the two give the same sentences on every
excerpt of the corpus and on generated text full of brackets, quotes, abbreviations and numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from syntok._segmentation_states import State
from syntok.segmenter import preprocess_with_offsets
from syntok.tokenizer import Token, Tokenizer

_TERMINALS = State.terminals
_OPENING = State.opening_brackets
_CLOSING = State.closing_brackets
_QUOTES = State.closing_quotes
_INNER = State.inner_sentence_punctuation
_STARTERS = State.starters
_ABBREVIATIONS = State.abbreviations
_MONTHS = State.months
_ROMAN = State.roman_numerals
_VOWELS = State.vowels

_SPECIAL = _TERMINALS | _OPENING  # (and "(", an opening bracket)

_FIRST, _INNER_TOKEN, _TERMINAL, _END = range(4)

_TOKENIZER = Tokenizer(replace_not_contraction=False)  # as syntok.segmenter.analyze builds it


# A token is a plain tuple (spacing, value, offset): syntok's Token's three properties, without
# a call for each look at them (the segmenter looks at every token several times).
Tok = tuple[str, str, int]
_SPACING, _VALUE, _OFFSET = 0, 1, 2


def sentences(document: str) -> list[list[Tok]]:
    """The sentences of a text, as lists of tokens: what `syntok.segmenter.analyze(document)`
    yields, its paragraphs (split at blank lines) flattened."""
    return [sent for offset, paragraph in preprocess_with_offsets(document)
            for sent in _Segmenter(tokenize(paragraph, offset)).run()]


_SPACES = Tokenizer._spaces  # syntok's own pattern for a run of non-space characters
_PLAIN = re.compile(r"[A-Za-z0-9]+")
_CAMEL = re.compile(r"[a-z][A-Z]")  # 'iPhone': syntok splits a word where a capital follows a small letter


def tokenize(text: str, base_offset: int = 0) -> list[Tok]:
    """syntok's Tokenizer(replace_not_contraction=False).tokenize(text, base_offset), as a list.
    A run of characters that is a plain ASCII word or number, with only punctuation after it
    ('said.', 'year,', '2024') or no letter or digit at all ('—'), is split here directly, the way
    syntok splits it; any other run (an apostrophe, a hyphen, a dot or a bracket inside, a
    non-ASCII letter, 'iPhone') is handed to syntok's own code."""
    if base_offset > 0:
        text = " " * base_offset + text
    out: list[Tok] = []
    offset = base_offset
    for mo in _SPACES.finditer(text):
        a, b = mo.span()
        chunk = mo.group(0)
        plain = _PLAIN.match(chunk)
        if plain is not None:
            word = plain.group()
            k = len(word)
            tail = chunk[k:]
            if not _CAMEL.search(word) and (not tail or (not tail.isalnum() if len(tail) == 1
                                                         else not any(c.isalnum() for c in tail))):
                out.append((text[offset:a], word, a))
                if tail:
                    end = a + k
                    if tail.startswith("..."):
                        out.append(("", "...", end))
                        end += 3
                        tail = tail[3:]
                    out.extend(("", c, i + end) for i, c in enumerate(tail))
                offset = b
                continue
        elif not any(c.isalnum() for c in chunk):
            out.append((text[offset:a], chunk, a))
            offset = b
            continue
        out.extend((t.spacing, t.value, t.offset) for t in _syntok_run(mo, offset, text))
        offset = b
    if offset < len(text):
        out.append((text[offset:], "", len(text)))
    return out


def _syntok_run(mo, offset: int, text: str) -> Iterator[Token]:
    """The tokens syntok's Tokenizer.tokenize makes of one run of non-space characters (its loop's
    body, for runs the fast path above does not take)."""
    start = Tokenizer._find_start(mo.start(), mo.end(), text)
    if start == mo.end():
        yield Token(text[offset:mo.start()], mo.group(0), mo.start())
        return
    end = Tokenizer._find_end(start, mo.end(), text)
    if start > mo.start():
        offset = yield from _TOKENIZER._split_nonword_prefix(mo, offset, start, text)
    if start != end:
        yield from _TOKENIZER._split_word(text[offset:start], text[start:end], start)
    tail = text[end:mo.end()]
    if tail.startswith("..."):
        yield Token("", "...", end)
        end += 3
        tail = tail[3:]
    yield from [Token("", c, idx + end) for idx, c in enumerate(tail)]


def _single_letter_or_roman(value: str) -> bool:
    return len(value) == 1 or value in _ROMAN


class _Segmenter:
    __slots__ = ("toks", "n", "hs", "qs", "qe")

    def __init__(self, toks: list[Tok]) -> None:
        self.toks, self.n = toks, len(toks)
        self.hs = self.qs = 0
        self.qe = min(1, self.n)  # Begin takes the first token into the queue

    # the queue ---------------------------------------------------------------------------------
    def fetch(self) -> bool:
        if self.qe < self.n:
            self.qe += 1
            return True
        return False

    def head(self) -> str | None:
        """The value of the queue's first token, or None when the queue is empty (no fetching)."""
        return self.toks[self.qs][_VALUE] if self.qs < self.qe else None

    def last(self) -> str:
        return self.toks[self.qs - 1][_VALUE] if self.qs > self.hs else ""

    def move(self) -> bool:
        self.qs += 1
        return True if self.qs < self.qe else self.fetch()

    def no_spacing(self) -> bool:
        return self.qs < self.qe and not self.toks[self.qs][_SPACING]

    # brackets ----------------------------------------------------------------------------------
    def end_of_bracketed_text(self) -> tuple[int, bool]:
        toks, qs = self.toks, self.qs
        stack = 1
        idx = 1
        first_is_title: bool | None = None
        last_is_terminal = False
        while (self.qe - qs > idx or self.fetch()) and idx < 50:
            v = toks[qs + idx][_VALUE]
            if first_is_title is None and v.isalnum():
                first_is_title = v.istitle()
            elif first_is_title and v.isalnum():
                if self.qe - qs > idx + 1 or self.fetch():
                    last_is_terminal = toks[qs + idx + 1][_VALUE] in _TERMINALS
                else:
                    last_is_terminal = False
            if v in _OPENING:
                stack += 1
            elif v in _CLOSING:
                stack -= 1
                if stack == 0:
                    break
            idx += 1
        return (idx if stack == 0 else 0), bool(first_is_title and last_is_terminal)

    def skip_bracketed_text(self) -> bool:
        closing, inner = self.end_of_bracketed_text()
        start = self.toks[self.qs][_OFFSET]
        if closing > 0:
            t = self.toks[self.qs + closing]
            if t[_OFFSET] + len(t[_VALUE]) - start < State.max_bracket_skipping_length or not inner:
                self.qs += closing + 1
                self.fetch()
                return True
        return False

    def token_after_bracket(self) -> str:
        closing, inner = self.end_of_bracketed_text()
        if closing > 0 and not inner and (self.qe - self.qs > closing + 1 or self.fetch()):
            return self.toks[self.qs + closing + 1][_VALUE]
        return ""

    def token_after_next(self) -> str:
        size = self.qe - self.qs
        if size > 0 and (size > 1 or self.fetch()):
            return self.toks[self.qs + 1][_VALUE]
        return ""

    # the decisions -----------------------------------------------------------------------------
    def move_and_skip_bracketed_text(self) -> None:
        if self.move() and self.head() in _OPENING:
            self.skip_bracketed_text()
        if self.qs == self.qe:
            self.fetch()

    def token_after_terminal(self) -> str:
        token: str | None = None
        if self.head() in _OPENING and self.last() not in _TERMINALS:
            self.skip_bracketed_text()
        else:
            while (h := self.head()) is not None and (h in _TERMINALS or h in _CLOSING):
                if not self.move():
                    break
                if token is None:
                    token = self.last()
            if self.head() in _QUOTES and self.no_spacing():
                if self.move() and token is None:
                    token = self.last()
            while (h := self.head()) is not None and (h in _TERMINALS or h in _CLOSING):
                if not self.move():
                    break
                if token is None:
                    token = self.last()
            if (h := self.head()) is not None and h in _OPENING:
                token = h
        if token is None and (self.qs < self.qe or self.fetch()):
            token = self.toks[self.qs][_VALUE]
        return "" if token is None else token

    def split_here(self, first: bool) -> bool:
        """syntok's State._move_and_maybe_extract_terminal: True where a sentence ends."""
        before = self.last()
        if self.head() not in _OPENING:
            self.move()
        after = self.token_after_terminal()
        nxt = self.head()
        if nxt is not None and (nxt[:1].islower() or nxt in _INNER):
            return False
        if not (first and _single_letter_or_roman(before)) and nxt is not None and nxt in _STARTERS:
            return True
        if before in _ABBREVIATIONS and after not in _CLOSING:
            return False
        if before in ("no", "No", "NO") and nxt is not None and any(c.isnumeric() for c in nxt) and nxt.isalnum():
            return False
        if nxt is not None and nxt.isnumeric() and self.no_spacing():
            return False
        if self.no_spacing() and (not after.istitle() or not after.isalpha() or len(after) == 1):
            return False
        if nxt is not None and nxt.isnumeric() and len(nxt) > 2:
            return False
        if before.isnumeric() and nxt is not None and nxt in _MONTHS:
            return False
        if before in _MONTHS and nxt is not None and nxt.isnumeric():
            return False
        if "." in before and after != ".":
            return False
        if (first or before.isupper()) and _single_letter_or_roman(before):
            return False
        if len(before) == 1 and before.isalpha() and before not in _VOWELS:
            return False
        if after in _OPENING:
            after_brackets = self.token_after_bracket()
            after_opening = self.token_after_next()
            if after_brackets in _INNER:
                return False
            if after_opening.istitle():
                return True
            return not after_brackets[:1].islower()
        return True

    def step(self, state: int) -> int:
        if state == _FIRST:
            if self.qs < self.qe or self.fetch():
                if self.head() in _OPENING and self.skip_bracketed_text() and self.qs - self.hs > 3 \
                        and not ((h := self.head()) is not None and h[:1].islower()):
                    return _TERMINAL
            if self.qs < self.qe or self.fetch():
                self.move()
                h = self.head()
                if h is not None and (h in _TERMINALS or h == "("):
                    return _TERMINAL if self.split_here(True) else _FIRST
                return _INNER_TOKEN
            return _END
        if state == _INNER_TOKEN:
            # the common step, taken in a loop: the queue holds one token and the next is neither a
            # terminal nor an opening bracket, so syntok moves one token on and stays inside
            toks, n = self.toks, self.n
            while self.qe - self.qs == 1 and self.qe < n and toks[self.qe][_VALUE] not in _SPECIAL:
                self.qs += 1
                self.qe += 1
            if self.qs < self.qe or self.fetch():
                self.move_and_skip_bracketed_text()
                h = self.head()
                if h is not None and (h in _TERMINALS or h == "(" or h in _OPENING):
                    return _TERMINAL if self.split_here(False) else _INNER_TOKEN
                return _INNER_TOKEN
            return _END
        # _TERMINAL
        return _FIRST if self.qs < self.qe or self.fetch() else _END

    def run(self) -> list[list[Tok]]:
        out: list[list[Tok]] = []
        state = _END if self.qs == self.qe else _FIRST
        while True:
            if state in (_TERMINAL, _END) and self.qs > self.hs:
                history = self.toks[self.hs:self.qs]
                self.hs = self.qs
                if len(history) > 1 or history[0][_VALUE]:
                    out.append(history)
            if state == _END:
                return out
            state = self.step(state)
