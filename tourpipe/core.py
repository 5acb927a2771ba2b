"""The analysis core: a text and its language in, typed results out — used by the pipeline and `tourpipe extract`.

Plain Python over the pure extractors (cleaning, entities, figures); no Dagster, no storage. The
pipeline's per-document stages call ``find_entities`` and ``find_facts`` on documents it streams from
staged tables; `tourpipe extract` calls ``analyze_batch`` on the texts it is given.
"""
from __future__ import annotations

import hashlib
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from tourpipe import schema
from tourpipe.cleaning import clean_text, inline_furniture
from tourpipe.entities import extract_entities
from tourpipe.figures import extract_facts
from tourpipe.lang import FULL_NLP_LANGUAGES, detect_language
from tourpipe.models import Entity, Fact
from tourpipe.textnorm import normalize_text, normalize_with_offsets

Span = tuple[int, int, str]  # (start, end, reason) of a piece of inline furniture


@dataclass(frozen=True)
class Document:
    """A text as the extractors read it: its language, and the furniture inside its lines they must skip.

    The cleaner keeps a line whole even when furniture is glued to it (a scraper's date prefix, an inline
    photo credit); ``furniture`` holds those pieces, found once per document.
    """

    doc_id: str
    text: str
    lang: str
    furniture: tuple[Span, ...] = ()

    @classmethod
    def of(cls, doc_id: str, text: str, lang: str) -> Document:
        return cls(doc_id, text, lang, tuple(inline_furniture(text)))

    def keeps(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps no furniture."""
        return not any(s < end and start < e for s, e, _ in self.furniture)


@dataclass(frozen=True)
class Analysis:
    """Everything the extractors found in one text (events and quotations will be further fields)."""

    lang: str
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]


def find_entities(docs: Sequence[Document], lang: str) -> Iterator[list[Entity]]:
    """The entity mentions of each document (all in ``lang``), furniture left out, in order."""
    for doc, mentions in zip(docs, extract_entities([d.text for d in docs], lang)):
        yield [e for e in mentions if doc.keeps(e.start_char, e.end_char)]


def find_facts(doc: Document, entities: Sequence[Entity]) -> list[Fact]:
    """The figures of a document (entities help to skip numbers inside names), furniture left out."""
    facts = extract_facts(doc.text, doc.lang, entities)
    return keep_links([f for f in facts if doc.keeps(f.start_char, f.end_char)])


def keep_links(facts: list[Fact]) -> list[Fact]:
    """``facts`` with every equivalent_of that names a figure no longer among them cleared."""
    spans = {f.span for f in facts}
    return [f if f.equivalent_of is None or f.equivalent_of in spans else replace(f, equivalent_of=None)
            for f in facts]


# -- rows: the columns of SPEC §4 -------------------------------------------------------------------
def fact_id_of(doc_id: str, fact: Fact) -> str:
    """Stable across runs: the same figure at the same place of the same document keeps its id."""
    return hashlib.sha256(f"{doc_id}:{fact.start_char}:{fact.end_char}:{fact.text}".encode()).hexdigest()[:16]


def fact_records(doc_id: str, facts: Sequence[Fact]) -> list[dict]:
    """The facts as rows of the ``facts`` table: a stable fact_id each, and equivalent_of resolved from the
    restated figure's span to its id."""
    ids = {f.span: fact_id_of(doc_id, f) for f in facts}
    rows = []
    for f in facts:
        keys = {"doc_id": doc_id, "fact_id": ids[f.span], "equivalent_of": ids.get(f.equivalent_of)}
        rows.append({c: keys[c] if c in keys else getattr(f, c) for c in schema.FACTS.columns})
    return rows


def entity_records(doc_id: str, entities: Sequence[Entity]) -> list[dict]:
    """The mentions as rows of the ``entities`` table (a mention without a canonical name is its own)."""
    return [{"doc_id": doc_id, "text": e.text, "label": e.label, "start_char": e.start_char,
             "end_char": e.end_char, "canonical": e.canonical or e.text} for e in entities]


# -- `tourpipe extract`: any text, a sentence or a scraped page ---------------------------------------
PAGE_MIN_LINES = 3  # fewer non-blank lines: a sentence or a paragraph, not a scraped page with furniture


@dataclass(frozen=True)
class ArticleView:
    """The article inside a scraped page given to `extract`: its clean text and where each kept line sits."""

    text: str
    clean_starts: tuple[int, ...]  # offset of each kept line in ``text``
    raw_starts: tuple[int, ...]  # offset of the same line in the page
    lengths: tuple[int, ...]

    def to_raw(self, start: int, end: int) -> tuple[int, int] | None:
        """Page offsets of a span of the clean text; None when it straddles two kept lines."""
        k = bisect_right(self.clean_starts, start) - 1
        if k < 0 or end > self.clean_starts[k] + self.lengths[k]:
            return None
        shift = self.raw_starts[k] - self.clean_starts[k]
        return start + shift, end + shift


def article_view(page: str) -> ArticleView | None:
    """Clean a page-shaped text for `extract` (lines are kept whole, so offsets map back); None for short text."""
    raw_lines = page.splitlines(keepends=True)
    if sum(1 for line in raw_lines if line.strip()) < PAGE_MIN_LINES:
        return None
    cleaned = clean_text(page)
    removed = {r.line_no for r in cleaned.removed if r.reason != "date_prefix"}
    clean_starts, raw_starts, lengths, pos, at = [], [], [], 0, 0
    for no, line in enumerate(raw_lines):
        stripped = line.strip()
        if stripped and no not in removed:
            clean_starts.append(at)
            raw_starts.append(pos + line.index(stripped))
            lengths.append(len(stripped))
            at += len(stripped) + 1
        pos += len(line)
    return ArticleView(cleaned.clean_text, tuple(clean_starts), tuple(raw_starts), tuple(lengths))


def _on_page(page: str, view: ArticleView, analysis: Analysis) -> Analysis:
    """Move spans found in the article view back onto the page (dropping any that would not slice the same)."""
    def moved(row):
        span = view.to_raw(row.start_char, row.end_char)
        if span is None or page[span[0]:span[1]] != row.text:
            return None
        return replace(row, start_char=span[0], end_char=span[1])

    entities = [m for e in analysis.entities if (m := moved(e)) is not None]
    facts = [m for f in analysis.facts if (m := moved(f)) is not None]
    facts = [replace(f, equivalent_of=view.to_raw(*f.equivalent_of)) if f.equivalent_of else f for f in facts]
    return replace(analysis, entities=tuple(entities), facts=tuple(keep_links(facts)))


def _to_given(given: str, origin: list[int], analysis: Analysis) -> Analysis:
    """Spans found in the normalised text moved onto the text as given (``origin`` maps offsets back)."""
    def moved(row):
        start, end = origin[row.start_char], origin[row.end_char]
        return replace(row, start_char=start, end_char=end, text=given[start:end])

    facts = [replace(moved(f), equivalent_of=(origin[f.equivalent_of[0]], origin[f.equivalent_of[1]]))
             if f.equivalent_of else moved(f) for f in analysis.facts]
    return replace(analysis, entities=tuple(moved(e) for e in analysis.entities), facts=tuple(facts))


def analyze_batch(items: Sequence[tuple[str, str]]) -> list[Analysis]:
    """Entities and figures of each (text, lang) pair, with one NER pass per language ("auto" detects it).

    Texts are normalised as the pipeline normalises files (``tourpipe.textnorm``); a page-shaped text
    (several lines) is cleaned first, like a document of the pipeline, so bylines, counters and related
    headlines yield nothing. Offsets always index the text as given.
    """
    given = [text for text, _ in items]
    origins: list[list[int] | None] = []
    normalised = []
    for text, lang in items:
        norm = normalize_text(text)
        origin = None
        if norm != text:
            norm, origin = normalize_with_offsets(text)
        normalised.append((norm, lang))
        origins.append(origin)
    return [a if origin is None else _to_given(text, origin, a)
            for text, origin, a in zip(given, origins, _analyze_normalised(normalised))]


def _analyze_normalised(items: Sequence[tuple[str, str]]) -> list[Analysis]:
    views = [article_view(text) for text, _ in items]
    docs = [Document.of(str(i), view.text if view else text, detect_language(text) if lang == "auto" else lang)
            for i, ((text, lang), view) in enumerate(zip(items, views))]
    entities: list[list[Entity]] = [[] for _ in items]
    for lang in sorted({d.lang for d in docs} & FULL_NLP_LANGUAGES):
        idx = [i for i, d in enumerate(docs) if d.lang == lang]
        for i, mentions in zip(idx, find_entities([docs[i] for i in idx], lang)):
            entities[i] = mentions
    out = []
    for (page, _), view, doc, ents in zip(items, views, docs, entities):
        analysis = Analysis(doc.lang, tuple(ents), tuple(find_facts(doc, ents)))
        out.append(_on_page(page, view, analysis) if view is not None else analysis)
    return out


def analyze(text: str, lang: str = "auto") -> Analysis:
    """Entities and figures of one text (offsets into ``text``)."""
    return analyze_batch([(text, lang)])[0]
