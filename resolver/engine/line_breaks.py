"""Line layout of an article's body, before sentences are segmented (text.split_sentences): which line breaks end a
stretch of text ('India beat Pakistan … to win Asia Cup 2025' / 'Indian team management asks …'), which are a hard
wrap ('… the' / 'U.S. IPOs market'; a line going on in lower case; an indented next line), a page hard-wrapped with a
blank line after every line, and bullet lines ('* Dec monthly CPI rises 0.27 pct'), each its own stretch. Split out
of text.py. Pure."""

from __future__ import annotations

import re
from itertools import groupby


# A line may not end a sentence after a comma or a word that needs what follows it
_OPEN_END = re.compile(r"(?:,|\b(?:the|a|an|of|to|in|for|and|or|by|with|as|on|at|from|that|than|its|their|his|her)"
                       r")\s*$", re.I)


def _lines(para: str) -> list[str]:
    """A paragraph's lines, each its own stretch of text: a line break ends a headline or a
    bullet ('India beat Pakistan … to win Asia Cup 2025' / 'Indian team management asks …').
    A hard-wrapped paragraph (a line starting in lower case) is one stretch, and so is a line
    ending on a comma or a word that needs more ('… the' / 'U.S. IPOs market')."""
    lines = [ln for ln in para.split("\n") if ln.strip()]
    if len(lines) > 1 and any(_BULLET.match(ln) for ln in lines):
        # '* Full-year average inflation at 9.21 pct y/y' over a hard-wrapped paragraph: each bullet line is its own
        # stretch, and the lines between bullets are read as a paragraph of their own
        return [s for bullet, run in groupby(lines, lambda ln: bool(_BULLET.match(ln)))
                for s in (list(run) if bullet else _lines("\n".join(run)))]
    if any(ln.lstrip()[:1].islower() for ln in lines[1:]):
        return [" ".join(lines)]
    out: list[str] = []
    for ln in lines:
        if out and _OPEN_END.search(out[-1]):
            out[-1] = f"{out[-1]} {ln}"
        else:
            out.append(ln)
    return out


_BULLET = re.compile(r"\s*[*•]\s")  # a bullet point's line ('* Dec monthly CPI rises 0.27 pct')


# one line break with the next line's indentation ('in the third \n\t\t\tquarter from a year earlier'): a
# hard wrap of an indented page, a line break for _lines to judge, not the run of blanks that ends a stretch
_INDENTED_WRAP = re.compile(r"[ \t]*\n[ \t]+(?=\S)")


# a blank line between a line ending mid-sentence and one going on in lower case; a blank line after a line with
# no closing punctuation
_WRAP_BREAK = re.compile(r"[a-z,][ \t]*\n[ \t]*\n\s*[a-z]")
_OPEN_BREAK = re.compile(r"(?<=[^\s.!?:;\"”’)\]])[ \t]*\n[ \t]*\n\s*(?=\S)")


def _rewrapped(text: str) -> str:
    """A text hard-wrapped with a blank line after every line ('The Constitutional Court of Thailand,
    in a' / 'landmark ruling on Friday (Feb. 21), has ordered the popular opposition Future' / 'Forward
    Party (FFP) dissolved'): when at least two blank lines fall between a line ending mid-sentence and
    one going on in lower case, every blank line after a line with no closing punctuation joins the
    lines. (Cheap test first: a blank line at all.)"""
    if "\n\n" not in text.replace("\r", "").replace(" \n", "\n") or len(_WRAP_BREAK.findall(text)) < 2:
        return text
    return _OPEN_BREAK.sub(" ", text)
