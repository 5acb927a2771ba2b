"""Page-furniture removal: raw scraped text in, clean article text plus an audit of removed lines out."""
from __future__ import annotations

from collections.abc import Iterable

from tourpipe.models import CleanedText, RemovedLine


def clean_text(raw: str, lang: str = "en", repeated_lines: frozenset[str] = frozenset()) -> CleanedText:
    """Return the article of ``raw`` without furniture. (Placeholder: drops only blank lines.)"""
    lines = raw.splitlines()
    kept = [l.strip() for l in lines if l.strip() and l.strip() not in repeated_lines]
    removed = tuple(RemovedLine(i, l.strip(), "repeated_across_corpus") for i, l in enumerate(lines)
                    if l.strip() and l.strip() in repeated_lines)
    return CleanedText("\n".join(kept), kept[0] if kept else None, None, removed)


def repeated_lines(texts: Iterable[str], min_docs: int = 3) -> frozenset[str]:
    """Lines (stripped) that occur in at least ``min_docs`` different texts: site furniture."""
    counts: dict[str, int] = {}
    for text in texts:
        for line in {l.strip() for l in text.splitlines() if l.strip()}:
            counts[line] = counts.get(line, 0) + 1
    return frozenset(l for l, n in counts.items() if n >= min_docs)
