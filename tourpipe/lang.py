"""Offline language identification (lingua, built from a short list of languages to keep memory low)."""
from __future__ import annotations

import re
from functools import lru_cache

# Languages our sources are written in, plus neighbours they are confused with. Each adds memory.
_LANGUAGES = ("ENGLISH", "RUSSIAN", "KAZAKH", "CHINESE", "UKRAINIAN", "GERMAN", "FRENCH", "SPANISH")
FULL_NLP_LANGUAGES = frozenset({"en", "ru"})
# The opening decides the language: 1,000 characters agree with whole texts on the bench corpus at a third of the cost.
_SAMPLE_CHARS = 1000


@lru_cache(maxsize=1)
def _detector():
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in _LANGUAGES)).build()


def release_detector() -> bool:
    """Drop the detector (~140 MB once built); True when there was one. Built again when next asked for."""
    built = _detector.cache_info().currsize > 0
    _detector.cache_clear()
    return built


# Chinese characters: a page in another script that quotes its Chinese original line by line ("俄记者…" over each
# Russian paragraph) is in the other script's language when its letters outnumber them this many times.
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_OTHER_SCRIPT_RATIO = 3


def detect_language(text: str) -> str:
    """ISO 639-1 code of the main language of ``text``; "und" when nothing can be told. A text whose Chinese lines
    are only beside its own (a bilingual page of a Chinese site's Russian or English edition) is in its own."""
    sample = text[:_SAMPLE_CHARS]
    letters = sum(ch.isalpha() for ch in sample)
    if not letters:
        return "und"
    han = sum(len(m) for m in _HAN.findall(sample))
    if han and letters - han >= _OTHER_SCRIPT_RATIO * han:
        # (the sample without its Chinese lines, taken from further on to keep its length)
        sample = _HAN.sub(" ", text[:_SAMPLE_CHARS * 2])[:_SAMPLE_CHARS]
    found = _detector().detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found is not None else "und"
