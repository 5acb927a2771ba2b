"""Furniture glued inside article lines (date prefixes, inline photo credits): spans extractors must skip.

The cleaner never edits a line, so such pieces stay in clean_text; reporting their spans lets the
entity and figure stages leave them out without changing any offset.
"""
from __future__ import annotations

import re

from tourpipe.cleaning import lexicon_generic

_PATTERNS = tuple(
    (reason, re.compile(p, re.IGNORECASE)) for reason, ps in lexicon_generic.INLINE_PATTERNS.items() for p in ps
)


def inline_furniture(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of each piece of furniture inside the lines of ``text``, in order."""
    spans = [(m.start(), m.end(), reason) for reason, rx in _PATTERNS for m in rx.finditer(text) if m.end() > m.start()]
    return sorted(spans)


def outside(spans: list[tuple[int, int, str]], start: int, end: int) -> bool:
    """True when [start, end) overlaps none of ``spans``."""
    return not any(s < end and start < e for s, e, _ in spans)
