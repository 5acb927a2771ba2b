"""Lazy, cached pymorphy3 look-ups: part of speech and lemma of a Russian word."""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

_ANALYZER = None
_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})
_MASC_NOMN = frozenset({"masc", "sing", "nomn"})


class Reading(NamedTuple):
    """The most likely reading of a word: part of speech, lemma (``ё`` folded), and two hints for counted nouns."""

    pos: str | None
    lemma: str
    name_like: bool  # a surname or first-name reading ("козловых" read as the Kozlovs)
    substantive: str | None  # an adjective or participle in its dictionary form ("пострадавших" -> "пострадавший")


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


@lru_cache(maxsize=65536)
def reading(word: str) -> Reading:
    parses = _analyzer().parse(word)
    top = parses[0]
    pos = top.tag.POS
    substantive = None
    if pos in ("ADJF", "PRTF"):
        form = top.inflect(_MASC_NOMN)
        substantive = (form.word if form else top.normal_form).replace("ё", "е")
        noun = next((p for p in parses[1:4] if p.tag.POS == "NOUN"), None)
        if noun is not None:  # "рабочих": an adjective that is also a noun
            substantive = noun.normal_form.replace("ё", "е")
    return Reading(pos, top.normal_form.replace("ё", "е"), bool(_NAME_TAGS & top.tag.grammemes), substantive)
