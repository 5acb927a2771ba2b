"""Lazy, cached pymorphy3 look-ups: part of speech and lemma of a Russian word."""
from __future__ import annotations

from functools import lru_cache

_ANALYZER = None


def _analyzer():
    global _ANALYZER
    if _ANALYZER is None:
        import pymorphy3  # imported lazily: only Russian text pays for the dictionary load

        _ANALYZER = pymorphy3.MorphAnalyzer()
    return _ANALYZER


@lru_cache(maxsize=65536)
def pos_and_lemma(word: str) -> tuple[str | None, str]:
    """The most likely part of speech (OpenCorpora tag, e.g. NOUN, ADJF) and lemma of ``word``."""
    parse = _analyzer().parse(word)[0]
    return parse.tag.POS, parse.normal_form
