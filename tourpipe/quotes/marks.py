"""Quotation marks paired within one paragraph: “…”, «…» (with „…“ inside), straight "…" told apart by position, and
single '…' or ‘…’ (British style) only between clear edges."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_OPEN_CLOSE = {"“": "”", "«": "»", "„": "“"}
_CLOSERS = frozenset("”»")
# (two right single marks close an opening double one on some pages: “…,’’ said Wei)
_CURLY = re.compile("’’|[“”«»„]")
# A straight quote opens after these (or at the line start) and closes before these (or at the line end).
_BEFORE_OPEN = frozenset(" \t([{—–-:;,/")
_AFTER_CLOSE = frozenset(" \t.,;:!?)]}—–-…")


@dataclass(frozen=True)
class Quoted:
    """A quoted stretch of a line: ``open``/``close`` index the marks (``close`` is None when the line ends first)."""

    open: int
    close: int | None
    start: int  # content, without the marks
    end: int

    @property
    def outer_end(self) -> int:
        return self.end if self.close is None else self.close + 1


def _straight_role(text: str, i: int, ls: int, le: int) -> str:
    before = text[i - 1] if i > ls else " "
    after = text[i + 1] if i + 1 < le else " "
    opens = before in _BEFORE_OPEN and not after.isspace()
    closes = not before.isspace() and (after in _AFTER_CLOSE or after == '"')
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "either"


def _strip_content(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _quoted(text: str, o: int, c: int | None, le: int) -> Quoted:
    end = le if c is None else c - 1 if text[c - 1:c + 1] == "’’" else c  # ``c`` is the last mark's index
    s, e = _strip_content(text, o + 1, end)
    return Quoted(o, c, s, e)


def _curly(text: str, ls: int, le: int) -> list[Quoted]:
    """Pairs of typographic marks. An opener left open while pairs follow it opened a name whose closing mark
    merged with an inner one ("АО «ФНБ «Самрук-Қазына»"): it is ignored. Only the last opener of a line may run
    to the line's end (a quotation the page cuts off)."""
    pairs, stack = [], []  # stack of (open index, expected closer)
    for m in _CURLY.finditer(text, ls, le):
        i, ch = m.start(), m.group()
        if ch == "’’":
            i, ch = m.end() - 1, "”"
        if stack and ch == stack[-1][1]:
            pairs.append((stack.pop()[0], i))
        elif ch in _OPEN_CLOSE and not (ch == "“" and stack and stack[-1][1] == "“"):
            stack.append((i, _OPEN_CLOSE[ch]))
    top: list[tuple[int, int]] = []
    for o, c in sorted(pairs):
        if not (top and top[-1][0] < o and c < top[-1][1]):
            top.append((o, c))
    out = [_quoted(text, o, c, le) for o, c in top]
    if stack and not any(o > stack[-1][0] for o, _ in pairs):
        out.append(_quoted(text, stack[-1][0], None, le))
    return out


def _straight(text: str, ls: int, le: int, taken: list[Quoted]) -> list[Quoted]:
    out, opened = [], None
    i = text.find('"', ls, le)
    while i >= 0:
        nxt = text.find('"', i + 1, le)
        if any(q.open <= i < q.outer_end for q in taken):
            i = nxt
            continue
        role = _straight_role(text, i, ls, le)
        if opened is None and role in ("open", "either"):
            opened = i
        elif opened is not None and role in ("close", "either"):
            out.append(_quoted(text, opened, i, le))
            opened = None
        elif opened is not None and role == "open":
            # a new quotation opens before the last one closed: the last one ran to here
            out.append(_quoted(text, opened, None, i))
            opened = i
        i = nxt
    if opened is not None:
        out.append(_quoted(text, opened, None, le))
    return out


# A single mark is also an apostrophe ("the park's", "the journalists' visit", "don't"): it opens a quotation only at a
# word's start after a blank or an opening punctuation, before a letter, and closes one only right after a stop or a
# comma ("…very soon,' said X") or right before one ("…an air route'."), never inside a word.
_SINGLES = re.compile("['‘’]")
_SINGLE_OPENERS = frozenset("'‘")
_SINGLE_CLOSERS = frozenset("'’")
_STOP_BEFORE_CLOSE = frozenset(",.!?…")
_STOP_AFTER_CLOSE = frozenset(".,;:!?…")


def _single(text: str, ls: int, le: int, taken: list[Quoted]) -> list[Quoted]:
    """Pairs of single marks outside the double ones ``taken``; an opener left open ends nowhere."""
    out, opened = [], None
    for m in _SINGLES.finditer(text, ls, le):
        i = m.start()
        if any(q.open <= i < q.outer_end for q in taken):
            continue  # inside double marks: an apostrophe or a quotation inside the quotation
        before = text[i - 1] if i > ls else " "
        after = text[i + 1] if i + 1 < le else " "
        if text[i] in _SINGLE_OPENERS and before in _BEFORE_OPEN and after.isalpha():
            opened = i  # (one left open before it was no quotation: "the 'Belt and Road' idea")
        elif opened is not None and text[i] in _SINGLE_CLOSERS and not before.isspace() and (
                before in _STOP_BEFORE_CLOSE or after in _STOP_AFTER_CLOSE or i + 1 == le):
            out.append(_quoted(text, opened, i, le))
            opened = None
    return out


def quotations(text: str, ls: int, le: int) -> list[Quoted]:
    """The top-level quotations of ``text[ls:le]`` (one line), in order."""
    return list(_quotations(text, ls, le))


@lru_cache(maxsize=512)
def _quotations(text: str, ls: int, le: int) -> tuple[Quoted, ...]:
    # the quotes and events extractors both ask for the same document's lines
    if '"' not in text[ls:le] and not _CURLY.search(text, ls, le) and not _SINGLES.search(text, ls, le):
        return ()
    return tuple(_find(text, ls, le))


def _find(text: str, ls: int, le: int) -> list[Quoted]:
    curly = _curly(text, ls, le)
    found = curly + _straight(text, ls, le, curly)
    singles = _single(text, ls, le, found)
    # double marks inside single ones ('He said "yes",' X told) are words inside the quotation
    found = [q for q in found if not any(o.open < q.open and q.outer_end <= o.outer_end for o in singles)] + [
        o for o in singles if not any(q.open < o.open < q.outer_end for q in found)]
    return sorted((q for q in found if q.end > q.start), key=lambda q: q.open)
