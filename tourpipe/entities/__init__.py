"""Named entities for English (spaCy) and Russian (natasha), with one canonical name across languages."""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from tourpipe.entities.canonical import canonical_names
from tourpipe.entities.cascade import Candidates
from tourpipe.entities.dating import date_canonical, with_date_canonicals
from tourpipe.entities.languages import LANGUAGES, EntityLanguage
from tourpipe.models import Entity

__all__ = ["date_canonical", "extract_entities", "with_date_canonicals"]


def extract_entities(texts: Iterable[str], lang: str = "en", n_process: int = 1) -> Iterator[list[Entity]]:
    """Yield the entity mentions of each text, in order; `text == source[start_char:end_char]`.

    ``n_process`` > 1 lets the model fork worker processes where it can (spaCy); the pipeline parallelises
    around this call instead and passes 1."""
    it = iter(texts)
    first = next(it, None)
    if first is None:
        return  # nothing to do: don't pay for loading a model
    texts = itertools.chain([first], it)
    language = LANGUAGES.get(lang)
    if language is None:
        for _ in texts:
            yield []  # no NER model for this language: figures still come from digits elsewhere
        return
    for text, cands in language.recognise(texts, n_process):
        yield _entities(text, cands, language)


def _entities(source: str, cands: Candidates, language: EntityLanguage) -> list[Entity]:
    mentions = [(source[c.start : c.end], c.label) for c in cands]
    canon = canonical_names(mentions, language.code)
    return [Entity(t, lab, c.start, c.end, n) for (t, lab), c, n in zip(mentions, cands, canon)]
