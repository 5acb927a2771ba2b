"""Named entities for English (spaCy) and Russian (natasha), with one canonical name across languages."""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

from tourpipe.entities.canonical import canonical_names
from tourpipe.entities.spans import Candidate, line_segments, model_view
from tourpipe.models import Entity

# Lines per nlp.pipe batch. Measured on bench articles (~75 words a line): 32, 64, 128 and 256 run at the same
# speed, but a batch's working memory stays resident: +140 MB over the loaded model at 32, +460 MB at 256.
BATCH_SIZE = 32
# Forking a second process costs ~1.5 s (model copy + warm-up); below this many words in the stream it doesn't pay.
MIN_WORDS_FOR_PROCESSES = 40_000
_PEEK_TEXTS = 64


def extract_entities(texts: Iterable[str], lang: str = "en", n_process: int = 1) -> Iterator[list[Entity]]:
    """Yield the entity mentions of each text, in order; `text == source[start_char:end_char]`."""
    it = iter(texts)
    first = next(it, None)
    if first is None:
        return  # nothing to do: don't pay for loading a model
    texts = itertools.chain([first], it)
    if lang == "ru":
        yield from _extract_russian(texts)
    elif lang == "en":
        yield from _extract_english(texts, n_process)
    else:
        for _ in texts:
            yield []  # no NER model for this language: figures still come from digits elsewhere


def _entities(source: str, cands: list[Candidate], lang: str) -> list[Entity]:
    mentions = [(source[c.start : c.end], c.label) for c in cands]
    canon = canonical_names(mentions, lang)
    return [Entity(t, lab, c.start, c.end, n) for (t, lab), c, n in zip(mentions, cands, canon)]


def _extract_english(texts: Iterable[str], n_process: int) -> Iterator[list[Entity]]:
    from tourpipe.entities.english import english_candidates
    from tourpipe.nlp import english_nlp

    nlp = english_nlp()
    it = iter(texts)
    head = list(itertools.islice(it, _PEEK_TEXTS))
    words = sum(len(t.split()) for t in head)
    more = next(it, None)
    stream = itertools.chain(head, [] if more is None else [more], it)
    # Only fork when the stream is big: a full peek window means more is coming, or the peek alone is large.
    procs = n_process if n_process > 1 and (more is not None or words >= MIN_WORDS_FOR_PROCESSES) else 1

    pending: dict[int, str] = {}  # texts stay here; only (index, offset, last) travel to worker processes

    def segments():
        for i, text in enumerate(stream):
            pending[i] = text
            lines = list(line_segments(text)) or [(0, "")]
            for k, (offset, line) in enumerate(lines):
                yield model_view(line), (i, offset, k == len(lines) - 1)

    current: list = []
    for doc, (i, offset, last) in nlp.pipe(segments(), as_tuples=True, batch_size=BATCH_SIZE, n_process=procs):
        current.append((offset, doc))
        if last:
            text = pending.pop(i)
            yield _entities(text, english_candidates(text, current), "en")
            current = []


def _extract_russian(texts: Iterable[str]) -> Iterator[list[Entity]]:
    from tourpipe.nlp import russian_ner
    from tourpipe.entities.russian import russian_candidates

    ner = russian_ner()
    for chunk in _chunks(texts, 64):
        lines = [(i, offset, line) for i, text in enumerate(chunk) for offset, line in line_segments(text)]
        markups = list(ner.map([model_view(line) for _, _, line in lines])) if lines else []
        per_text: list[list] = [[] for _ in chunk]
        for (i, offset, _), markup in zip(lines, markups):
            per_text[i].append((offset, markup.spans))
        for text, spans in zip(chunk, per_text):
            yield _entities(text, russian_candidates(text, spans), "ru")


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk
