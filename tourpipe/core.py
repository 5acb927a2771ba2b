"""The analysis core: a text and its language in, typed results out — used by the pipeline and `tourpipe extract`.

Plain Python over the pure extractors (cleaning, entities, figures, events, quotations); no Dagster, no
storage. The pipeline's per-document stages call ``find_entities``, ``find_facts`` and ``find_events_and_quotes``
on documents it streams from staged tables; `tourpipe extract` calls ``analyze_batch`` on the texts it is given.
"""
from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from tourpipe import schema
from tourpipe.cleaning import clean_text, inline_furniture
from tourpipe.cleaning.rules import find_dates
from tourpipe.entities import extract_entities, with_date_canonicals
from tourpipe.events import extract_events_batch
from tourpipe.figures import extract_facts
from tourpipe.lang import FULL_NLP_LANGUAGES, detect_language
from tourpipe.models import Entity, Event, Fact, Quote
from tourpipe.quotes import Gaps
from tourpipe.quotes import read_quotes as extract_read_quotes
from tourpipe.syntax import blanked
from tourpipe.textnorm import normalize_text, normalize_with_offsets
from tourpipe.vocabulary import YEAR_PATTERN

Span = tuple[int, int, str]  # (start, end, reason) of a piece of inline furniture


@dataclass(frozen=True)
class Document:
    """A text as the extractors read it: its language, its date, and the furniture inside its lines they skip.

    The cleaner keeps a line whole even when furniture is glued to it (a scraper's date prefix, an inline
    photo credit); ``furniture`` holds those pieces, found once per document. ``published`` dates what the
    text leaves undated ("on Thursday", "12 апреля").
    """

    doc_id: str
    text: str
    lang: str
    furniture: tuple[Span, ...] = ()
    published: date | None = None

    @classmethod
    def of(cls, doc_id: str, text: str, lang: str, published: date | None = None) -> Document:
        return cls(doc_id, text, lang, tuple(inline_furniture(text)), published)

    def keeps(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps no furniture."""
        return not any(s < end and start < e for s, e, _ in self.furniture)

    @cached_property
    def model_text(self) -> str:
        """The text with the furniture that opens or ends a line (a scraper's "date 2025-05 " before the lede, a page
        title's "_Russian.news.cn" after the headline) blanked, offsets kept: what the models and the readers read,
        once per document. The parser then reads the lede's subject, not the prefix as part of it, and the headline's
        last word alone (the events extractor blanks wire datelines itself, after reading where the story was filed).
        Furniture inside a line stays (a span across it would not slice the text)."""
        text, edges, end = self.text, [], -1
        for s, e, _ in sorted(self.furniture):  # ... one after another: "Фото с сайта A Фото с сайта A В Актобе …"
            e = s + len(text[s:e].rstrip())  # (a credit's pattern may take the line's break with it)
            line_end = text.find("\n", e)
            if not text[max(end, text.rfind("\n", 0, s) + 1):s].strip() \
                    or not text[e:line_end if line_end >= 0 else len(text)].strip():
                edges.append((s, e))
                end = e
        return blanked(text, edges)

    @cached_property
    def year(self) -> int | None:
        """The year a date the text leaves without one falls in, when the page gives no day of its own: that of a
        scraper's month-only "date 2023-05" prefix, else that of the latest full date the text writes ("visited the
        field on January 4 … January 6, 2022 marks the 30th anniversary": 2022); ``published`` dates the rest."""
        if self.published is not None:
            return None
        for s, e, reason in self.furniture:
            when = self.text[s:e].split()[-1] if reason == "date_prefix" else ""  # "2023-05" of "date 2023-05"
            if len(when) == len("2023-05"):
                return int(when[:4])
        # the dates around each year the text writes (faster than reading the whole text for dates)
        written = [when for y in _YEAR.finditer(self.text)
                   for s, e, when in find_dates(self.text, max(0, y.start() - YEAR_CONTEXT), y.end() + YEAR_CONTEXT)
                   if self.keeps(s, e)]
        return max(written).year if written else None


_YEAR = re.compile(rf"(?<!\d){YEAR_PATTERN}(?!\d)")
YEAR_CONTEXT = 30  # characters around a year where its date's day and month are written ("6 February 2026")


@dataclass(frozen=True)
class Analysis:
    """Everything the extractors found in one text."""

    lang: str
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()


def find_entities(docs: Sequence[Document], lang: str) -> Iterator[list[Entity]]:
    """The entity mentions of each document (all in ``lang``), furniture left out, in order; a DATE mention's
    canonical name is its ISO date, resolved with the document's ``published`` date where the text omits the year.
    The model reads each line without the furniture that opens or ends it ("…посетила Россию_Russian.news.cn")."""
    for doc, mentions in zip(docs, extract_entities([d.model_text for d in docs], lang)):
        kept = [e for e in mentions if doc.keeps(e.start_char, e.end_char)]
        yield with_date_canonicals(kept, lang, doc.published, doc.year, doc.text)


def find_facts(doc: Document, entities: Sequence[Entity]) -> list[Fact]:
    """The figures of a document (entities help to skip numbers inside names), furniture left out."""
    facts = extract_facts(doc.text, doc.lang, entities)
    return keep_links([f for f in facts if doc.keeps(f.start_char, f.end_char)])


def find_events(items: Sequence[tuple]) -> Iterator[list[Event]]:
    """The events each (document, its entities, its facts[, its quotes' gaps]) reports, furniture left out, in
    order; the trigger sentences of many documents are parsed in one batch. The gaps (``read_quotes``) are where the
    events extractor must not read narrative, found by the quotes extractor; without them it looks for them itself."""
    docs = ((doc.model_text, doc.lang, entities, facts, doc.published, gaps[0] if gaps else None,
             doc.year) for doc, entities, facts, *gaps in items)
    for (doc, *_), events in zip(items, extract_events_batch(docs)):
        yield [e for e in events if doc.keeps(e.start_char, e.end_char)]


def find_events_and_quotes(items: Sequence[tuple[Document, Sequence[Entity], Sequence[Fact]]]
                           ) -> list[tuple[list[Event], list[Quote]]]:
    """(find_events, read_quotes' quotations) of each (document, its entities, its facts), in one reading of the
    quotations."""
    read = [read_quotes(doc, entities) for doc, entities, _ in items]
    events = find_events([(doc, entities, facts, gaps) for (doc, entities, facts), (_, gaps) in zip(items, read)])
    return [(found, quotes) for found, (quotes, _) in zip(events, read)]


def read_quotes(doc: Document, entities: Sequence[Entity]) -> tuple[list[Quote], Gaps | None]:
    """(the quotations and reported speech of a document with their speakers, furniture left out; the quoted regions
    and attribution tails the events extractor must skip)."""
    if doc.lang not in FULL_NLP_LANGUAGES:
        return [], None
    # a scraper's "date 2022-02 " before the lede is no part of a reported sentence ("… . Об этом сообщили в мэрии")
    quotes, gaps = extract_read_quotes(doc.model_text, doc.lang, entities)
    return [q for q in quotes if doc.keeps(q.start_char, q.end_char)], gaps


def keep_links(facts: list[Fact]) -> list[Fact]:
    """``facts`` with every equivalent_of that names a figure no longer among them cleared."""
    spans = {f.span for f in facts}
    return [f if f.equivalent_of is None or f.equivalent_of in spans else replace(f, equivalent_of=None)
            for f in facts]


# -- rows: the columns of SPEC §4 and §4b ------------------------------------------------------------
def _id(*parts) -> str:
    """A stable id: the same thing at the same place of the same document keeps it across runs."""
    return hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()[:16]


def fact_id_of(doc_id: str, fact: Fact) -> str:
    return _id(doc_id, fact.start_char, fact.end_char, fact.text)


def _row(table: schema.Table, obj, **given) -> dict:
    return {c: given[c] if c in given else getattr(obj, c) for c in table.columns}


def fact_records(doc_id: str, facts: Sequence[Fact]) -> list[dict]:
    """The facts as rows of the ``facts`` table: a stable fact_id each, and equivalent_of resolved from the
    restated figure's span to its id."""
    ids = {f.span: fact_id_of(doc_id, f) for f in facts}
    return [_row(schema.FACTS, f, doc_id=doc_id, fact_id=ids[f.span], equivalent_of=ids.get(f.equivalent_of))
            for f in facts]


def entity_records(doc_id: str, entities: Sequence[Entity]) -> list[dict]:
    """The mentions as rows of the ``entities`` table (a mention without a canonical name is its own)."""
    return [_row(schema.ENTITIES, e, doc_id=doc_id, canonical=e.canonical or e.text) for e in entities]


def event_records(doc_id: str, events: Sequence[Event], fact_ids: dict[tuple[int, int], str]) -> list[dict]:
    """The events as rows of the ``events`` table; ``fact_ids`` names the document's facts by span."""
    return [_row(schema.EVENTS, e, doc_id=doc_id,
                 event_id=_id(doc_id, e.type, e.start_char, e.end_char, e.actor_start, e.target_start),
                 fact_ids=[fact_ids[s] for s in e.fact_spans if s in fact_ids]) for e in events]


def quote_records(doc_id: str, quotes: Sequence[Quote]) -> list[dict]:
    """The quotations as rows of the ``quotes`` table."""
    return [_row(schema.QUOTES, q, doc_id=doc_id, quote_id=_id(doc_id, q.start_char, q.end_char)) for q in quotes]


# -- `tourpipe extract`: any text, a sentence or a scraped page ---------------------------------------
PAGE_MIN_LINES = 3  # fewer non-blank lines: a sentence or a paragraph, not a scraped page with furniture


@dataclass(frozen=True)
class ArticleView:
    """The article inside a scraped page given to `extract`: its clean text and where each kept line sits."""

    text: str
    clean_starts: tuple[int, ...]  # offset of each kept line in ``text``
    raw_starts: tuple[int, ...]  # offset of the same line in the page
    lengths: tuple[int, ...]
    published: date | None = None  # the page's dateline

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
    return ArticleView(cleaned.clean_text, tuple(clean_starts), tuple(raw_starts), tuple(lengths), cleaned.published)


# The spans each kind of row carries, as (text field, start field, end field); the first is the row's own.
_SPANS = {
    Entity: (("text", "start_char", "end_char"),),
    Fact: (("text", "start_char", "end_char"),),
    Event: (("trigger", "start_char", "end_char"), ("actor", "actor_start", "actor_end"),
            ("target", "target_start", "target_end")),
    Quote: (("text", "start_char", "end_char"), ("speaker", "speaker_start", "speaker_end")),
}
Mapper = Callable[[int, int], "tuple[int, int] | None"]


def _moved(row, mapper: Mapper, text: str):
    """``row`` with every span moved by ``mapper`` and its text sliced from ``text``; None when its own span
    cannot be moved (another span that cannot is cleared)."""
    changes = {}
    for k, (field, start, end) in enumerate(_SPANS[type(row)]):
        if getattr(row, start) is None:
            continue
        span = mapper(getattr(row, start), getattr(row, end))
        if span is None and k == 0:
            return None
        changes.update({start: span and span[0], end: span and span[1], field: span and text[span[0]:span[1]]})
    if isinstance(row, Fact) and row.equivalent_of:
        changes["equivalent_of"] = mapper(*row.equivalent_of)
    if isinstance(row, Event):
        changes["fact_spans"] = tuple(m for s in row.fact_spans if (m := mapper(*s)) is not None)
    return replace(row, **changes)


def _move_all(analysis: Analysis, mapper: Mapper, text: str) -> Analysis:
    def each(rows):
        return tuple(m for r in rows if (m := _moved(r, mapper, text)) is not None)

    return replace(analysis, entities=each(analysis.entities), facts=tuple(keep_links(list(each(analysis.facts)))),
                   events=each(analysis.events), quotes=each(analysis.quotes))


def _to_given(given: str, origin: list[int], analysis: Analysis) -> Analysis:
    """Spans found in the normalised text moved onto the text as given (``origin`` maps offsets back)."""
    return _move_all(analysis, lambda s, e: (origin[s], origin[e]), given)


def analyze_batch(items: Sequence[tuple]) -> list[Analysis]:
    """Entities, figures, events and quotations of each (text, lang) or (text, lang, published) item, with one NER
    pass per language ("auto" detects it). ``published`` (a date) resolves dates the text writes without a year; a
    page's own dateline serves when it is not given.

    Texts are normalised as the pipeline normalises files (``tourpipe.textnorm``); a page-shaped text
    (several lines) is cleaned first, like a document of the pipeline, so bylines, counters and related
    headlines yield nothing. Offsets always index the text as given.
    """
    given = [item[0] for item in items]
    origins: list[list[int] | None] = []
    normalised = []
    for text, lang, *published in items:
        norm = normalize_text(text)
        origin = None
        if norm != text:
            norm, origin = normalize_with_offsets(text)
        normalised.append((norm, lang, published[0] if published else None))
        origins.append(origin)
    return [a if origin is None else _to_given(text, origin, a)
            for text, origin, a in zip(given, origins, _analyze_normalised(normalised))]


def _analyze_normalised(items: Sequence[tuple[str, str, date | None]]) -> list[Analysis]:
    views = [article_view(text) for text, _, _ in items]
    docs = [Document.of(str(i), view.text if view else text, detect_language(text) if lang == "auto" else lang,
                        published or (view.published if view else None))
            for i, ((text, lang, published), view) in enumerate(zip(items, views))]
    entities: list[list[Entity]] = [[] for _ in items]
    for lang in sorted({d.lang for d in docs} & FULL_NLP_LANGUAGES):
        idx = [i for i, d in enumerate(docs) if d.lang == lang]
        for i, mentions in zip(idx, find_entities([docs[i] for i in idx], lang)):
            entities[i] = mentions
    facts = [find_facts(doc, ents) for doc, ents in zip(docs, entities)]
    read = find_events_and_quotes(list(zip(docs, entities, facts)))
    out = []
    for (page, _, _), view, doc, ents, figures, (evs, quotes) in zip(items, views, docs, entities, facts, read):
        analysis = Analysis(doc.lang, tuple(ents), tuple(figures), tuple(evs), tuple(quotes))
        out.append(_move_all(analysis, view.to_raw, page) if view is not None else analysis)
    return out


def analyze(text: str, lang: str = "auto") -> Analysis:
    """Entities, figures, events and quotations of one text (offsets into ``text``)."""
    return analyze_batch([(text, lang)])[0]
