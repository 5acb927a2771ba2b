"""The pipeline's stages: staged tables in, staged tables out (the Dagster assets call these).

Each stage streams what the stages before it staged, looks rows of other tables up by ``doc_id`` (never by
the order another stage wrote them in), calls the analysis core in worker processes, and writes its own
table through ``tourpipe.storage``. Only documents whose bytes were never processed before enter a batch;
everything else is bookkeeping over file names.
"""
from __future__ import annotations

import itertools
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path

from tourpipe import core, nlp, schema
from tourpipe.cleaning import clean_text
from tourpipe.core import Document
from tourpipe.events.lexicon import lexicon_for as events_lexicon
from tourpipe.ingest import ListedFile, list_seeds, listing_digest, read_source
from tourpipe.lang import FULL_NLP_LANGUAGES, detect_language
from tourpipe.models import Entity, Fact, Rejected, SourceFile
from tourpipe.parallel import in_pool_worker, map_chunks, map_groups, run_workers, use_cluster
from tourpipe.quotes.lexicon import lexicon_for as quotes_lexicon
from tourpipe.storage import (
    Commit,
    KeyedRows,
    Listing,
    StagedTable,
    Staging,
    Warehouse,
    batch_id_of,
    open_warehouse,
    warehouse_lock,
)
from tourpipe.storage.parquet import CHUNK, filter_out_docs, merge_failures

Progress = Callable[[str], None]
PROGRESS_EVERY = 1000  # documents between progress lines


def _quiet(_: str) -> None:
    pass


# -- stage 1: raw documents --------------------------------------------------------------------------
@dataclass
class RawStats:
    files: int = 0
    new: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    rejected_reasons: list[tuple[str, str]] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RawBatch:
    """What reading the seeds folder staged: the new documents' text, the folder's current listing, counts."""

    raw: StagedTable
    listing: Listing
    stats: RawStats


@dataclass(frozen=True)
class _Listed:
    """A document of the seeds folder (a file, or one record of a file of records): its row of the current file
    listing, and what was read of it (None when it is unchanged since the last run and was not read)."""

    row: dict  # the columns of schema.FILES
    read: SourceFile | None = None


@dataclass(frozen=True, slots=True)
class _Planned:
    file: ListedFile
    known: list[dict] | None  # its rows of the last listing, when the file is unchanged since: not read again
    rejected: list[dict] = field(default_factory=list)  # ... and its records rejected then, still rejected
    processed: frozenset[str] = frozenset()  # a changed file's records processed before: identified, not extracted


_Read = tuple[SourceFile | Rejected, str | None]  # a document with its language, or a rejection (and None)


def _read_chunk(items: list[tuple[Path, Path, datetime, frozenset[str]]]) -> list[list[_Read]]:
    """Read and identify files (in a worker): for each file, its documents each with its language, and its
    rejections."""
    out = []
    for path, root, now, processed in items:
        out.append([(r, detect_language(r.text) if isinstance(r, SourceFile) and r.text is not None else None)
                    for r in read_source(path, root, now, known=processed)])
    return out


def _plan(seeds: Path, wh: Warehouse, done: set[str], reread: bool) -> tuple[list[_Planned], str]:
    """Every file of ``seeds`` with what the last listing knows of it, and the digest of the listing.

    A file whose name, size and modification time match the last listing, and whose documents were all
    processed, is not read again (unless ``reread``): no-op and add-one runs stay flat however large the folder
    grows. For a file of records that changed (one record added, one edited), the records it held before are
    identified again but not extracted again. The digest is the one ``seeds_fingerprint`` gives, of the folder
    as it was before any file was read.
    """
    known = {} if reread else wh.known_files()
    rejected = {} if reread else wh.rejected_records()
    plan = []
    for f in list_seeds(seeds):
        rows = known.get(f.name)
        if rows is None:
            plan.append(_Planned(f, None))
            continue
        processed = frozenset(r["doc_id"] for r in rows if r["doc_id"] in done)
        fresh = f.size is not None and not f.symlink and len(processed) == len({r["doc_id"] for r in rows}) \
            and rows[0]["seed_size"] == f.size and rows[0]["mtime_ns"] == f.mtime_ns
        plan.append(_Planned(f, rows, rejected.get(f.name, [])) if fresh else _Planned(f, None, processed=processed))
    return plan, listing_digest(p.file for p in plan)


def _files_row(doc: SourceFile, file: ListedFile) -> dict:
    return {"file_name": doc.file_name, "doc_id": doc.doc_id, "size_bytes": doc.size_bytes, "encoding": doc.encoding,
            "mtime_ns": file.mtime_ns or 0, "seed_file": doc.seed_file or doc.file_name, "record_no": doc.record_no,
            "seed_size": file.size if file.size is not None else doc.size_bytes}


def _read_sources(plan: list[_Planned], root: Path, now: datetime,
                  n_process: int) -> Iterator[list[tuple[_Listed | Rejected, str | None]]]:
    """For each planned file, in order, its documents read and identified (or taken from the last listing) and
    its rejections."""
    reads = map_chunks(_read_chunk, ((Path(p.file.path), root, now, p.processed) for p in plan if p.known is None),
                       n_process, chunk_size=64, min_items=512, start="spawn")
    for p in plan:
        if p.known is not None:
            yield [(_Listed({**row, "mtime_ns": p.file.mtime_ns}), None) for row in p.known] + \
                [(Rejected(**row), None) for row in p.rejected]
            continue
        yield [(r if isinstance(r, Rejected) else _Listed(_files_row(r, p.file), r), lang) for r, lang in next(reads)]


def read_documents(seeds: Path, wh: Warehouse, staging: Staging, *, n_process: int = 1,
                   progress: Progress = _quiet, reread: bool = False) -> RawBatch:
    """Scan ``seeds``: stage the documents never processed before, and the current file and rejection lists.

    First the warehouse is checked (sizes and times; every checksum when ``reread``) and whatever was
    damaged is set aside, so that this run rebuilds it. ``reread`` also reads and hashes every file again,
    even one whose name, size and time match the last listing (an edit that kept both). Callers hold the
    warehouse lock: what counts as "processed before" must not change meanwhile.
    """
    seeds = Path(seeds).resolve()
    repaired = wh.repair(wh.verify(full=reread))
    for line in repaired:
        progress(f"repaired: {line}")
    done = wh.processed_doc_ids()
    first_seen = wh.rejection_times()
    now = datetime.now().replace(microsecond=0)
    stats = RawStats(repaired=repaired)
    raw = staging.writer(schema.RAW)
    files, rejected = [], []
    staged: set[str] = set()
    plan, fingerprint = _plan(seeds, wh, done, reread)  # a file changed after this makes the next run look again
    to_read = sum(1 for p in plan if p.known is None)
    for i, results in enumerate(_read_sources(plan, seeds, now, n_process), 1):
        for result, lang in results:
            if isinstance(result, Rejected):
                # A rejection already on record keeps the time it was first seen, so that re-running on the same
                # input gives identical tables (SPEC §8) and does not publish a new generation for nothing.
                seen_at = first_seen.get((result.file_name, result.reason, result.size_bytes), result.seen_at)
                rejected.append({**result.__dict__, "seen_at": seen_at})
                stats.rejected += 1
                stats.rejected_reasons.append((result.file_name, result.reason))
                continue
            files.append(result.row)
            doc_id, doc = result.row["doc_id"], result.read
            if doc_id in done:
                stats.unchanged += 1
            elif doc_id in staged:
                stats.duplicates += 1
            else:  # never processed: read this run (a document not read is one processed before)
                staged.add(doc_id)
                raw.add({"doc_id": doc_id, "lang": lang, "raw_text": doc.text, "encoding": doc.encoding,
                         "size_bytes": doc.size_bytes, "title": doc.title, "published": doc.published,
                         "url": doc.url, "source": doc.source})
        if to_read >= PROGRESS_EVERY and i % PROGRESS_EVERY == 0:  # unchanged files take no time
            progress(f"scanned {i:,}/{len(plan):,} files ({len(staged):,} new)")
    stats.files = len(plan)
    raw_table = raw.close()
    stats.new = raw_table.rows
    listing = Listing(str(seeds), fingerprint, staging.write(schema.FILES, files),
                      staging.write(schema.REJECTED, rejected))
    progress(f"{stats.files:,} files: {stats.new:,} new, {stats.unchanged:,} unchanged, "
             f"{stats.duplicates:,} duplicate, {stats.rejected:,} rejected")
    return RawBatch(raw_table, listing, stats)


# -- a document a stage fails on ---------------------------------------------------------------------
@dataclass(frozen=True)
class Failed:
    """A stage raised on one document: the document is left out, and its files are listed as rejected."""

    doc_id: str
    stage: str
    error: str

    @classmethod
    def of(cls, doc_id: str, stage: str, exc: BaseException) -> Failed:
        return cls(doc_id, stage, f"{type(exc).__name__}: {exc}"[:500])


def _each(stage: str, items: list, doc_id: Callable, work: Callable[[list], list]) -> list:
    """``work(items)`` (one result per item); when it raises, each item again on its own, so that only the items
    it fails on become ``Failed`` and the rest of the chunk is kept."""
    try:
        return work(items)
    except Exception:  # noqa: BLE001 - any error of one document must not fail the run
        pass
    out = []
    for item in items:
        try:
            out.extend(work([item]))
        except Exception as exc:  # noqa: BLE001
            out.append(Failed.of(doc_id(item), stage, exc))
    return out


class _Output:
    """A stage's table and the table of documents it failed on, written side by side."""

    def __init__(self, staging: Staging, table: schema.Table, stage: str, progress: Progress):
        self.rows = staging.writer(table)
        self.failed = staging.writer(schema.FAILED, f"failed_{stage}")
        self.progress = progress
        self.now = datetime.now().replace(microsecond=0)

    def add(self, result) -> bool:
        """Rows of one document, or its failure (reported); True when the document succeeded."""
        if isinstance(result, Failed):
            self.fail(result)
            self.progress(f"{result.stage} failed on document {result.doc_id[:12]}: {result.error}")
            return False
        self.rows.add_all(result)
        return True

    def fail(self, result: Failed) -> None:
        """Record a document this stage failed on, without reporting it (a stage of two tables reports it once)."""
        self.failed.add({"doc_id": result.doc_id, "stage": result.stage, "error": result.error, "failed_at": self.now})

    def close(self) -> tuple[StagedTable, StagedTable]:
        return self.rows.close(), self.failed.close()


@dataclass(frozen=True)
class Extracted:
    """What an extraction stage staged: its rows, and the documents it failed on."""

    rows: StagedTable
    failed: StagedTable


# -- stage 2: cleaned documents ----------------------------------------------------------------------
@dataclass(frozen=True)
class CleanBatch:
    """The new documents with furniture removed, every removed line, and the documents cleaning failed on."""

    documents: StagedTable
    removed_lines: StagedTable
    failed: StagedTable
    listing: Listing | None = None  # the seeds folder these documents were read from


def _clean_one(row: dict) -> tuple[dict, list[dict]]:
    cleaned = clean_text(row["raw_text"], row["lang"])
    doc = Document.of(row["doc_id"], cleaned.clean_text, row["lang"])
    # A page's or record's own title and date (checked when read) say more than what the cleaner guesses.
    document = {"doc_id": row["doc_id"], "lang": row["lang"],
                "nlp_support": "full" if row["lang"] in FULL_NLP_LANGUAGES else "figures_only",
                "title": row["title"] or cleaned.title, "published": row["published"] or cleaned.published,
                "url": row["url"], "source": row["source"], "raw_text": row["raw_text"],
                "clean_text": cleaned.clean_text, "n_chars": len(cleaned.clean_text),
                "encoding": row["encoding"], "size_bytes": row["size_bytes"],
                "inline_furniture": [{"start": s, "end": e, "reason": r} for s, e, r in doc.furniture]}
    removed = [{"doc_id": row["doc_id"], "line_no": r.line_no, "text": r.text, "reason": r.reason}
               for r in cleaned.removed]
    return document, removed


def _clean_chunk(rows: list[dict]) -> list:
    """Clean a chunk of raw documents (in a worker): each document's row and its removed lines, or a failure."""
    out = []
    for row in rows:
        try:
            out.append(_clean_one(row))
        except Exception as exc:  # noqa: BLE001 - one document must not fail the run
            out.append(Failed.of(row["doc_id"], "cleaned_documents", exc))
    return out


def clean_documents(raw: StagedTable, staging: Staging, *, n_process: int = 1,
                    progress: Progress = _quiet, listing: Listing | None = None) -> CleanBatch:
    """Remove page furniture from every new document; keep each removed line for audit."""
    docs = _Output(staging, schema.DOCUMENTS, "cleaned_documents", progress)
    removed = staging.writer(schema.REMOVED_LINES)
    cleaned = map_chunks(_clean_chunk, raw.iter_rows(), n_process, start="spawn")
    for i, result in enumerate(cleaned, 1):
        if not isinstance(result, Failed):
            document, lines = result
            result = [{**document, "ingested_at": docs.now}]
            removed.add_all(lines)
        docs.add(result)
        if i % PROGRESS_EVERY == 0:
            progress(f"cleaned {i:,}/{raw.rows:,} documents")
    documents, failed = docs.close()
    return CleanBatch(documents, removed.close(), failed, listing)


# -- stage 3: entities -------------------------------------------------------------------------------
_DOC_COLUMNS = ["doc_id", "lang", "clean_text", "inline_furniture", "published"]


def _document(row: dict) -> Document:
    return Document(row["doc_id"], row["clean_text"], row["lang"],
                    tuple((s["start"], s["end"], s["reason"]) for s in row["inline_furniture"] or ()),
                    row["published"])


def _entities_of(lang: str, docs: list[Document]) -> list[list[dict]]:
    return [core.entity_records(doc.doc_id, mentions) for doc, mentions in zip(docs, core.find_entities(docs, lang))]


def _language_by_language(stage: str, items: list, doc_of: Callable, work: Callable[[str, list], list],
                          models: str = "parse") -> list:
    """``work(lang, items)`` on each run of one language's items, as rows or failures (``_each``). A pool worker holds
    one language's ``models`` ("ner" or "parse") at a time (nlp.hold): parallel.map_groups hands it the items grouped
    by language."""
    out = []
    for lang, group in itertools.groupby(items, key=lambda it: doc_of(it).lang):
        if in_pool_worker():
            nlp.hold(lang, models)
        out.extend(_each(stage, list(group), lambda it: doc_of(it).doc_id, partial(work, lang)))
    return out


def _entities_chunk(docs: list[Document]) -> list:
    """NER for a chunk of documents in a worker (a model loads once per worker and language), as rows or failures."""
    return _language_by_language("entities", docs, lambda d: d, _entities_of, models="ner")


def find_entities(documents: StagedTable, staging: Staging, *, n_process: int = 1,
                  progress: Progress = _quiet) -> Extracted:
    """Named entities of every new document in a language with full NLP support."""
    out = _Output(staging, schema.ENTITIES, "entities", progress)
    # One pool for both languages (parallel.map_groups): worker 1 starts on English, worker 2 on Russian, and the
    # one that runs out helps the other; no second pool to start, no worker loading a model it never uses.
    groups = _language_groups(lambda keep: (d for d in map(_document, documents.iter_rows(_DOC_COLUMNS)) if keep(d)),
                              rest=False)
    for i, result in enumerate(_map_by_language(_entities_chunk, documents, groups, n_process), 1):
        out.add(result)
        if i % PROGRESS_EVERY == 0:
            progress(f"entities: {i:,}/{documents.rows:,} documents")
    return Extracted(*out.close())


# -- stage 4: facts ----------------------------------------------------------------------------------
def _with_rows(documents: StagedTable, *keyed: KeyedRows,
               keep: Callable[[Document], bool] | None = None) -> Iterator[tuple]:
    """(document, its rows of each of ``keyed`` (another stage's rows by doc_id: StagedTable.by_doc)...) for every
    staged document (that ``keep`` keeps), looked up a chunk of documents at a time: nothing depends on the order in
    which another stage wrote its rows. The language streams of a stage share one index of each table."""
    rows = documents.iter_rows(_DOC_COLUMNS)
    while chunk := [_document(r) for r in itertools.islice(rows, CHUNK)]:
        chunk = [d for d in chunk if keep(d)] if keep is not None else chunk
        found = [k.rows_for(d.doc_id for d in chunk) for k in keyed]
        for doc in chunk:
            yield (doc, *(f[doc.doc_id] for f in found))


# What the figure and events stages read of an entity (KeyedRows: a tuple of these) and of a fact (not its subject and
# sentence, the longest strings of the table).
_ENTITY_COLUMNS = ["text", "label", "start_char", "end_char", "canonical"]
_EVENT_FACT_COLUMNS = ["fact_id", "text", "start_char", "end_char", "value", "value_high", "unit", "unit_kind",
                       "qualifier", "year", "value_usd"]


def _entity(row: tuple) -> Entity:
    return Entity(*row)


def _fact(row: tuple) -> Fact:
    _, text, start, end, value, value_high, unit, unit_kind, qualifier, year, value_usd = row
    return Fact(text, start, end, value, unit, unit_kind, qualifier, value_high, year, None, value_usd, None, None)


def _facts_of(items: list[tuple[Document, list[dict]]]) -> list[list[dict]]:
    return [core.fact_records(doc.doc_id, core.find_facts(doc, [_entity(r) for r in rows])) for doc, rows in items]


def _facts_chunk(items: list[tuple[Document, list[dict]]]) -> list:
    """Figures of a chunk of documents (in a worker), as table rows with their ids, or failures."""
    return _language_by_language("facts", items, lambda it: it[0], lambda _, group: _facts_of(group))


def _map_by_language(func: Callable[[list], list], documents: StagedTable, groups: dict[str | None, Iterator],
                     n_process: int, renew: bool = True, warm: Callable[[str], object] | None = None) -> Iterator:
    """parallel.map_groups over ``_language_groups``, each group keyed by its language and sized by its documents."""
    counts = Counter(documents.column("lang"))
    full = sum(counts[k] for k in groups if k is not None)
    sizes = [counts[k] if k is not None else documents.rows - full for k in groups]
    return map_groups(func, list(groups.values()), n_process, start="spawn", keys=list(groups), sizes=sizes,
                      renew=renew, warm=warm)


def _language_groups(items: Callable[[Callable[[Document], bool]], Iterator[tuple]],
                     rest: bool = True) -> dict[str | None, Iterator[tuple]]:
    """``items(keep)`` (the work items of the documents ``keep`` keeps) as one stream per language with full NLP
    support, and one of every other language (key None) when ``rest``: the groups of parallel.map_groups, so that a
    worker holds one language's models."""
    def of(langs: frozenset[str], inside: bool) -> Iterator[tuple]:
        return items(lambda doc: (doc.lang in langs) == inside)

    groups: dict[str | None, Iterator[tuple]] = {lang: of(frozenset([lang]), True)
                                                 for lang in sorted(FULL_NLP_LANGUAGES)}
    if rest:
        groups[None] = of(frozenset(FULL_NLP_LANGUAGES), False)
    return groups


def find_facts(documents: StagedTable, entities: StagedTable, staging: Staging, *, n_process: int = 1,
               progress: Progress = _quiet) -> Extracted:
    """Every figure of every new document, typed, with stable ids (entities help to skip names)."""
    out = _Output(staging, schema.FACTS, "facts", progress)
    # The figure rules parse some sentences: one language per worker, as in the events stage below. The worker that
    # moves to another language's stream stays the same process (renew=False): the figure rules load no large model
    # (the parser only for the few sentences a figure's words leave open), so a fresh process, ~0.7 s to start, saves
    # no memory; and the process keeps spaCy imported for the events stage, where it helps with English (~0.5 s).
    # A worker done with its language while the other still reads figures warms up for the events stage (warm,
    # _warm_for_events): the Russian parser, ~0.6 s, would otherwise hold up the events stage's start.
    keyed = entities.by_doc(_ENTITY_COLUMNS)
    work = _language_groups(lambda keep: _with_rows(documents, keyed, keep=keep))
    counts = Counter(lang for lang in documents.column("lang") if lang in FULL_NLP_LANGUAGES)
    largest = counts.most_common(1)[0][0] if counts else None
    for i, result in enumerate(_map_by_language(_facts_chunk, documents, work, n_process, renew=False,
                                                warm=partial(_warm_for_events, largest=largest)), 1):
        out.add(result)
        if i % PROGRESS_EVERY == 0:
            progress(f"facts: {i:,}/{documents.rows:,} documents")
    return Extracted(*out.close())


# Read by a worker warming up for the events stage: the readers' first document in a process pays for what they set up
# on first use (the parser's buffers, the lemmatizer's tables, patterns compiled lazily), ~0.15 s in English.
_PRACTICE = {
    "en": "ALMATY, March 3 - A delegation of journalists from Kazakhstan visited the Software Park in Urumqi on "
          "Tuesday. The two sides signed an agreement worth $16 million. \"We are glad to see you,\" said John "
          "Smith, head of the park. He added that the company plans to invest in a new plant.",
    "ru": "АЛМАТЫ, 3 марта. Делегация журналистов из Казахстана посетила парк программного обеспечения в Урумчи во "
          "вторник. Стороны подписали соглашение на сумму 16 млн долларов. «Мы рады вас видеть», — сказал Иван "
          "Петров, глава парка. Он добавил, что компания планирует инвестировать в новый завод.",
}


def _warm_for_events(lang: str, largest: str | None = None) -> None:
    """Ready a worker for the events stage while it waits for the facts stage's last chunks: its language's parser
    and the events and quotations lexicons (their regexes take ~0.1 s to compile per language). A worker on another
    language than the ``largest`` will help with the largest once its own runs out: it loads that language's parser
    and lexicons too (English: ~0.45 s, then paid in the middle of the events stage, for ~90 MB held meanwhile)."""
    nlp.load(lang, "parse", then=largest)
    for each in dict.fromkeys([lang, largest]):
        if each is not None:
            events_lexicon(each)
            quotes_lexicon(each)
            core.find_events_and_quotes([(Document.of("practice", _PRACTICE[each], each), [], [])])


# -- stage 5: events and quotations --------------------------------------------------------------------
@dataclass(frozen=True)
class _Read:
    """The events rows and the quotes rows of one document, and the CPU seconds of its chunk each took (given with
    the chunk's first document only)."""

    events: list[dict]
    quotes: list[dict]
    cpu: tuple[float, float] = (0.0, 0.0)


def _events_and_quotes_of(items: list[tuple[Document, list[dict], list[dict]]]) -> list[_Read]:
    # core.find_events_and_quotes in its two halves, each timed: the step's seconds are divided by their CPU time
    t0 = time.process_time()
    entities = [[_entity(r) for r in ents] for _, ents, _ in items]
    read = [core.read_quotes(doc, ents) for (doc, _, _), ents in zip(items, entities)]
    t1 = time.process_time()
    work = [(doc, ents, [_fact(r) for r in facts], gaps) for (doc, _, facts), ents, (_, gaps)
            in zip(items, entities, read)]
    events = list(core.find_events(work))
    cpu = (time.process_time() - t1, t1 - t0)
    out = []
    for k, ((doc, _, facts), found, (quotes, _)) in enumerate(zip(items, events, read)):
        fact_ids = {(start, end): fact_id for fact_id, _, start, end, *_ in facts}
        out.append(_Read(core.event_records(doc.doc_id, found, fact_ids), core.quote_records(doc.doc_id, quotes),
                         cpu if k == 0 else (0.0, 0.0)))
    return out


def _events_and_quotes_chunk(items: list[tuple[Document, list[dict], list[dict]]]) -> list:
    """Events and quotations of a chunk of documents in a worker (trigger sentences parsed in one batch), or
    failures."""
    return _language_by_language("events and quotes", items, lambda it: it[0],
                                 lambda _, group: _events_and_quotes_of(group))


@dataclass(frozen=True)
class EventsAndQuotes:
    """What the events-and-quotations stage staged, and how its seconds divide between the two (by the CPU time
    each took in the workers)."""

    events: Extracted
    quotes: Extracted
    seconds: float
    events_share: float

    @property
    def events_seconds(self) -> float:
        return self.seconds * self.events_share

    @property
    def quotes_seconds(self) -> float:
        return self.seconds - self.events_seconds


def find_events_and_quotes(documents: StagedTable, entities: StagedTable, facts: StagedTable, staging: Staging, *,
                           n_process: int = 1, progress: Progress = _quiet) -> EventsAndQuotes:
    """Visits, agreements and investments each new document reports, with the facts that measure them; and its
    quotations and reported speech with their speakers. One stage, as the events extractor must skip the quoted
    words and stop at the attributions the quotes extractor reads anyway: read once, not twice."""
    t0 = time.perf_counter()
    events = _Output(staging, schema.EVENTS, "events", progress)
    quotes = _Output(staging, schema.QUOTES, "quotes", progress)
    # One worker per language, both cores from the start: worker 1 parses English, worker 2 Russian, and the one
    # that runs out helps the other (parallel.map_groups) in the same process: it drops its language's models
    # before loading the other's (nlp.hold), and no stage with models comes after this one, so no process is
    # started for it (a fresh one cost ~1.1 s of the helper's time). The stage's peak memory stays below the NER
    # stage's. Documents in other languages have neither events nor quotations.
    keyed = entities.by_doc(_ENTITY_COLUMNS), facts.by_doc(_EVENT_FACT_COLUMNS)
    groups = _language_groups(lambda keep: _with_rows(documents, *keyed, keep=keep), rest=False)
    cpu = [0.0, 0.0]
    for i, result in enumerate(_map_by_language(_events_and_quotes_chunk, documents, groups, n_process,
                                                renew=False), 1):
        if isinstance(result, Failed):
            events.add(result)
            quotes.fail(result)
        else:
            events.add(result.events)
            quotes.add(result.quotes)
            cpu = [cpu[0] + result.cpu[0], cpu[1] + result.cpu[1]]
        if i % PROGRESS_EVERY == 0:
            progress(f"events and quotes: {i:,}/{documents.rows:,} documents")
    seconds = time.perf_counter() - t0
    return EventsAndQuotes(Extracted(*events.close()), Extracted(*quotes.close()), seconds,
                           cpu[0] / sum(cpu) if sum(cpu) > 0 else 1.0)


# -- stage 5/6: commit and views ---------------------------------------------------------------------
def commit(wh: Warehouse, listing: Listing, tables: dict[str, StagedTable], failed: list[StagedTable]) -> Commit:
    """Publish the staged batch tables and the current listing as immutable Parquet (atomic renames).

    A document some stage failed on is left out of every table and recorded in the batch's ``failed`` table
    (its files then show in ``rejected``): one bad document never holds back the others. Runs stage without
    the lock (NLP is long), so a sensor run and a `tourpipe run` can stage the same new file; the second to
    commit must not store it again. Callers hold the warehouse lock.
    """
    failures = merge_failures(failed, tables["documents"].path.parent)
    failed_ids = set(failures.column("doc_id"))
    staged = [d for d in tables["documents"].column("doc_id") if d not in failed_ids] + sorted(failed_ids)
    done = wh.processed_doc_ids() & set(staged)
    if done | failed_ids:
        tables = {name: filter_out_docs(t, done | failed_ids) for name, t in tables.items()}
    tables["failed"] = filter_out_docs(failures, done) if done else failures
    remaining = [d for d in staged if d not in done]
    batch = batch_id_of(remaining) if remaining else None
    if batch is not None:
        wh.commit_batch(batch, tables)
    folders = {t.path.parent for t in (listing.files, listing.rejected, *tables.values(), *failed)}
    return Commit(wh.write_manifest(listing), batch, listing, tuple(sorted(folders)))


def publish(wh: Warehouse, done: Commit) -> dict[str, int]:
    """Swap in a DuckDB file whose views read the current generation; the run's staging is then spent.

    Afterwards the warehouse records the seeds listing it now reflects and the batch this run added, so
    that `tourpipe run` can tell "nothing changed" from the listing alone (``Warehouse.up_to_date``) and
    the checks look at what is new (``Warehouse.last_run``). Callers hold the warehouse lock.
    """
    counts = wh.rebuild_views()
    wh.record_run(done, counts)
    wh.drop_staging(done.staging)
    return counts


def batch_tables(clean: CleanBatch, extracted: dict[str, Extracted]) -> dict[str, StagedTable]:
    """The staged tables a batch is made of, by table name (the documents stages failed on aside)."""
    return {"documents": clean.documents, "removed_lines": clean.removed_lines,
            **{name: x.rows for name, x in extracted.items()}}


def failures(clean: CleanBatch, extracted: dict[str, Extracted]) -> list[StagedTable]:
    """The tables of documents each stage failed on."""
    return [clean.failed, *(x.failed for x in extracted.values())]


# -- the whole thing, without Dagster (tests, bench) -------------------------------------------------
def run_all(seeds: Path, warehouse: Path | str | Warehouse, n_process: int = 2, progress: Progress = _quiet,
            reread: bool = False, cluster: str | None = None) -> dict:
    """Every stage in this process; ``warehouse`` a folder, ``s3://bucket/prefix`` or a Warehouse, ``cluster`` a
    Dask scheduler's address or ``local:N`` (None: the local pool of ``n_process`` workers)."""
    wh = warehouse if isinstance(warehouse, Warehouse) else open_warehouse(warehouse)
    t0 = time.perf_counter()
    with warehouse_lock(wh), use_cluster(cluster, must_see=[str(Path(seeds).resolve())]), run_workers(n_process):
        staging = wh.staging()
        raw = read_documents(Path(seeds), wh, staging, n_process=n_process, progress=progress, reread=reread)
        clean = clean_documents(raw.raw, staging, n_process=n_process, progress=progress)
        docs, say = clean.documents, {"n_process": n_process, "progress": progress}
        entities = find_entities(docs, staging, **say)
        facts = find_facts(docs, entities.rows, staging, **say)
        read = find_events_and_quotes(docs, entities.rows, facts.rows, staging, **say)
        extracted = {"entities": entities, "facts": facts, "events": read.events, "quotes": read.quotes}
        done = commit(wh, raw.listing, batch_tables(clean, extracted), failures(clean, extracted))
        counts = publish(wh, done)
    return {"raw": raw.stats, "counts": counts, "seconds": time.perf_counter() - t0}
