"""The pipeline's stages as plain functions over a seeds folder and a warehouse (Dagster assets call these).

Each stage reads what the previous one staged under ``warehouse/staging`` and streams documents in
chunks, so memory stays flat however large the corpus. Only documents whose bytes were never processed
before enter the staging batch; everything else is bookkeeping over file names.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import partial
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from tourpipe import tables
from tourpipe.cleaning import clean_text, inline_furniture, repeated_lines
from tourpipe.cleaning.inline import outside
from tourpipe.entities import extract_entities
from tourpipe.figures import extract_facts
from tourpipe.ingest import ListedFile, list_seeds, listing_digest, read_source
from tourpipe.lang import FULL_NLP_LANGUAGES, detect_language
from tourpipe.models import CleanedText, Entity, Fact, Rejected, SourceFile
from tourpipe.parallel import map_chunks
from tourpipe.warehouse import Warehouse, atomic_write_parquet, atomic_write_text, batch_id_of, read_parquet

log = logging.getLogger("tourpipe")
CHUNK = 256  # documents per read/write chunk: large enough for nlp.pipe batching, small for memory
Progress = Callable[[str], None]


def _quiet(_: str) -> None:
    pass


@contextmanager
def warehouse_lock(wh: Warehouse) -> Iterator[None]:
    """Serialise pipeline runs on one warehouse (the sensor and a manual run may overlap)."""
    wh.root.mkdir(parents=True, exist_ok=True)
    with open(wh.root / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


class _ChunkWriter:
    """Append rows to a Parquet file chunk by chunk; the file appears under its name only when closed."""

    def __init__(self, path: Path, schema: pa.Schema):
        self.path, self.schema = path, schema
        self.tmp = path.with_name(f".{path.name}.partial")
        self.writer = pq.ParquetWriter(self.tmp, schema, compression="zstd")
        self.rows: list[dict] = []
        self.count = 0

    def add(self, row: dict) -> None:
        self.rows.append(row)
        if len(self.rows) >= 4096:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.count += len(self.rows)
            self.rows = []

    def close(self) -> int:
        self.flush()
        self.writer.close()
        self.tmp.replace(self.path)
        return self.count


def _iter_rows(path: Path, columns: list[str] | None = None) -> Iterator[dict]:
    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=CHUNK, columns=columns):
        yield from batch.to_pylist()


def _count_rows(path: Path) -> int:
    return pq.ParquetFile(path).metadata.num_rows if path.exists() else 0


# -- stage 1: raw documents --------------------------------------------------------------------------
@dataclass
class RawStats:
    files: int = 0
    new: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    batch_id: str | None = None
    rejected_reasons: list[tuple[str, str]] = field(default_factory=list)


def _read_chunk(items: list[tuple[Path, Path, datetime]]) -> list[tuple[SourceFile | Rejected, str | None]]:
    """Read and identify files (in a worker): each with its language when it could be read."""
    out = []
    for path, root, now in items:
        result = read_source(path, root, now)
        out.append((result, detect_language(result.text) if isinstance(result, SourceFile) else None))
    return out


@dataclass(frozen=True)
class _Listed:
    """A readable file of the seeds folder; ``text`` is None when it is unchanged since the last run."""

    file_name: str
    doc_id: str
    size_bytes: int
    encoding: str
    mtime_ns: int
    text: str | None = None


@dataclass(frozen=True, slots=True)
class _Planned:
    file: ListedFile
    known: dict | None  # its row of the last listing, when the file is unchanged since: not read again


def _plan(seeds: Path, wh: Warehouse, done: set[str]) -> tuple[list[_Planned], str]:
    """Every file of ``seeds`` with what the last listing knows of it, and the digest of the listing.

    A file whose name, size and modification time match the last listing is not read again: no-op and
    add-one runs stay flat however large the folder grows. The digest is the one ``seeds_fingerprint``
    gives, of the folder as it was before any file was read.
    """
    known = wh.known_files()
    plan = []
    for f in list_seeds(seeds):
        entry = known.get(f.name)
        fresh = entry is not None and f.size is not None and not f.symlink and entry["doc_id"] in done \
            and entry["size_bytes"] == f.size and entry["mtime_ns"] == f.mtime_ns
        plan.append(_Planned(f, entry if fresh else None))
    return plan, listing_digest(p.file for p in plan)


def _read_sources(plan: list[_Planned], root: Path, now: datetime,
                  n_process: int) -> Iterator[tuple[_Listed | Rejected, str | None]]:
    """Each planned file read and identified (or taken from the last listing), in order."""
    reads = map_chunks(_read_chunk, ((Path(p.file.path), root, now) for p in plan if p.known is None), n_process,
                       chunk_size=64, min_items=512, start="spawn")
    for p in plan:
        if p.known is not None:
            yield _Listed(p.file.name, p.known["doc_id"], p.file.size, p.known["encoding"], p.file.mtime_ns), None
            continue
        result, lang = next(reads)
        if isinstance(result, SourceFile):
            result = _Listed(result.file_name, result.doc_id, result.size_bytes, result.encoding,
                             p.file.mtime_ns or 0, result.text)
        yield result, lang


def stage_raw_documents(seeds: Path, wh: Warehouse, progress: Progress = _quiet, n_process: int = 1) -> RawStats:
    """Scan ``seeds``: stage the documents never processed before, and the current file and rejection lists."""
    seeds = Path(seeds).resolve()
    staging = wh.reset_staging()
    done = wh.processed_doc_ids()
    first_seen = wh.rejection_times()
    now = datetime.now().replace(microsecond=0)
    stats = RawStats()
    raw = _ChunkWriter(staging / "raw.parquet", tables.RAW)
    files, rejected, staged_ids = [], [], []
    staged_set: set[str] = set()
    plan, fingerprint = _plan(seeds, wh, done)  # a file changed after this makes the next run look again
    to_read = sum(1 for p in plan if p.known is None)
    for i, (result, lang) in enumerate(_read_sources(plan, seeds, now, n_process), 1):
        if isinstance(result, Rejected):
            # A rejection already on record keeps the time it was first seen, so that re-running on the same
            # input gives identical tables (SPEC §8) and does not publish a new generation for nothing.
            seen_at = first_seen.get((result.file_name, result.reason, result.size_bytes), result.seen_at)
            rejected.append({**result.__dict__, "seen_at": seen_at})
            stats.rejected += 1
            stats.rejected_reasons.append((result.file_name, result.reason))
            continue
        files.append({"file_name": result.file_name, "doc_id": result.doc_id, "size_bytes": result.size_bytes,
                      "encoding": result.encoding, "mtime_ns": result.mtime_ns})
        if result.doc_id in done:
            stats.unchanged += 1
        elif result.doc_id in staged_set:
            stats.duplicates += 1
        else:
            staged_ids.append(result.doc_id)
            staged_set.add(result.doc_id)
            raw.add({"doc_id": result.doc_id, "lang": lang, "raw_text": result.text,
                     "encoding": result.encoding, "size_bytes": result.size_bytes})
        if to_read >= 1000 and i % 1000 == 0:  # unchanged files take no time: report only when there is reading
            progress(f"scanned {i:,}/{len(plan):,} files ({len(staged_ids):,} new)")
    stats.files = len(plan)
    stats.new = raw.close()
    stats.batch_id = batch_id_of(staged_ids) if staged_ids else None
    listing = {"seeds": str(seeds), "seeds_fingerprint": fingerprint, "files": stats.files, "rejected": stats.rejected}
    atomic_write_text(json.dumps({"batch_id": stats.batch_id, "listing": listing}), staging / "batch.json")
    atomic_write_parquet(pa.Table.from_pylist(files, schema=tables.FILES), staging / "files.parquet")
    atomic_write_parquet(pa.Table.from_pylist(rejected, schema=tables.REJECTED), staging / "rejected.parquet")
    progress(f"{stats.files:,} files: {stats.new:,} new, {stats.unchanged:,} unchanged, "
             f"{stats.duplicates:,} duplicate, {stats.rejected:,} rejected")
    return stats


# -- stage 2: cleaned documents ----------------------------------------------------------------------
def _clean_chunk(furniture: frozenset[str], rows: list[dict]) -> list[tuple[dict, CleanedText]]:
    return [(row, clean_text(row["raw_text"], row["lang"], furniture)) for row in rows]


def stage_clean_documents(wh: Warehouse, progress: Progress = _quiet, n_process: int = 1) -> dict[str, int]:
    """Remove page furniture from every staged document; keep each removed line for audit."""
    raw_path = wh.staging / "raw.parquet"
    furniture = repeated_lines(row["raw_text"] for row in _iter_rows(raw_path, ["raw_text"]))
    docs = _ChunkWriter(wh.staging / "documents.parquet", tables.DOCUMENTS)
    removed = _ChunkWriter(wh.staging / "removed_lines.parquet", tables.REMOVED_LINES)
    now = datetime.now().replace(microsecond=0)
    total = _count_rows(raw_path)
    cleaned_rows = map_chunks(partial(_clean_chunk, furniture), _iter_rows(raw_path), n_process,
                              start="spawn")
    for i, (row, cleaned) in enumerate(cleaned_rows, 1):
        docs.add({"doc_id": row["doc_id"], "lang": row["lang"],
                  "nlp_support": "full" if row["lang"] in FULL_NLP_LANGUAGES else "figures_only",
                  "title": cleaned.title, "published": cleaned.published, "raw_text": row["raw_text"],
                  "clean_text": cleaned.clean_text, "n_chars": len(cleaned.clean_text),
                  "encoding": row["encoding"], "size_bytes": row["size_bytes"], "ingested_at": now})
        for r in cleaned.removed:
            removed.add({"doc_id": row["doc_id"], "line_no": r.line_no, "text": r.text, "reason": r.reason})
        if i % 1000 == 0:
            progress(f"cleaned {i:,}/{total:,} documents")
    return {"documents": docs.close(), "removed_lines": removed.close()}


# -- stage 3: entities -------------------------------------------------------------------------------
def _entities_chunk(lang: str, docs: list[tuple[str, str]]) -> list[tuple[str, list[Entity]]]:
    """NER for a chunk of (doc_id, text) in a worker (the model loads once per worker), inline furniture left out."""
    out = []
    for (doc_id, text), mentions in zip(docs, extract_entities([t for _, t in docs], lang)):
        if spans := inline_furniture(text):
            mentions = [e for e in mentions if outside(spans, e.start_char, e.end_char)]
        out.append((doc_id, mentions))
    return out


def stage_entities(wh: Warehouse, n_process: int = 2, progress: Progress = _quiet) -> int:
    """Named entities of every staged document in a language with full NLP support."""
    docs_path = wh.staging / "documents.parquet"
    out = _ChunkWriter(wh.staging / "entities.parquet", tables.ENTITIES)
    for lang in sorted(FULL_NLP_LANGUAGES):
        docs = ((r["doc_id"], r["clean_text"]) for r in _iter_rows(docs_path, ["doc_id", "lang", "clean_text"])
                if r["lang"] == lang)
        chunks = map_chunks(partial(_entities_chunk, lang), docs, n_process, start="spawn")
        for i, (doc_id, mentions) in enumerate(chunks, 1):
            for e in mentions:
                out.add({"doc_id": doc_id, "text": e.text, "label": e.label, "start_char": e.start_char,
                         "end_char": e.end_char, "canonical": e.canonical or e.text})
            if i % 1000 == 0:
                progress(f"entities: {i:,} {lang} documents")
    return out.close()


# -- stage 4: facts ----------------------------------------------------------------------------------
def skip_inline_furniture(text: str, facts: list[Fact]) -> list[Fact]:
    """Drop figures inside furniture glued to article lines, keeping equivalent_of links right."""
    spans = inline_furniture(text)
    if not spans:
        return facts
    return _keep_links([f for f in facts if outside(spans, f.start_char, f.end_char)])


def _keep_links(facts: list[Fact]) -> list[Fact]:
    """``facts`` with every equivalent_of that names a figure no longer among them cleared."""
    spans = {f.span for f in facts}
    return [f if f.equivalent_of is None or f.equivalent_of in spans else replace(f, equivalent_of=None) for f in facts]


def fact_id_of(doc_id: str, fact: Fact) -> str:
    """Stable across runs: the same figure at the same place of the same document keeps its id."""
    return hashlib.sha256(f"{doc_id}:{fact.start_char}:{fact.end_char}:{fact.text}".encode()).hexdigest()[:16]


def fact_rows(doc_id: str, facts: list[Fact]) -> list[dict]:
    ids = {f.span: fact_id_of(doc_id, f) for f in facts}
    rows = []
    for f in facts:
        row = {k: getattr(f, k) for k in ("text", "start_char", "end_char", "value", "value_high", "unit",
                                          "unit_kind", "qualifier", "year", "subject", "value_usd", "sentence")}
        row.update(doc_id=doc_id, fact_id=ids[f.span], equivalent_of=ids.get(f.equivalent_of))
        rows.append(row)
    return rows


def _docs_in_nlp_order(docs_path: Path) -> Iterator[dict]:
    """Staged documents in the order the entities stage wrote them: one language after another."""
    for lang in sorted(FULL_NLP_LANGUAGES):
        yield from (r for r in _iter_rows(docs_path, ["doc_id", "lang", "clean_text"]) if r["lang"] == lang)
    yield from (r for r in _iter_rows(docs_path, ["doc_id", "lang", "clean_text"]) if r["lang"] not in FULL_NLP_LANGUAGES)


def _entity_groups(path: Path) -> Iterator[tuple[str, list[Entity]]]:
    """(doc_id, mentions) in file order; streamed, so memory does not grow with the corpus."""
    if not path.exists():
        return
    current, group = None, []
    for row in _iter_rows(path, ["doc_id", "text", "label", "start_char", "end_char"]):
        doc_id = row.pop("doc_id")
        if doc_id != current and group:
            yield current, group
            group = []
        current = doc_id
        group.append(Entity(**row))
    if group:
        yield current, group


def _facts_chunk(docs: list[tuple[str, str, str, list[Entity]]]) -> list[list[dict]]:
    """Figures of a chunk of documents (in a worker), as table rows with their ids."""
    return [fact_rows(doc_id, skip_inline_furniture(text, extract_facts(text, lang, mentions)))
            for doc_id, lang, text, mentions in docs]


def stage_facts(wh: Warehouse, progress: Progress = _quiet, n_process: int = 1) -> int:
    """Every figure of every staged document, typed, with stable ids (entities help to skip names)."""
    out = _ChunkWriter(wh.staging / "facts.parquet", tables.FACTS)
    docs_path = wh.staging / "documents.parquet"
    total = _count_rows(docs_path)
    groups = _entity_groups(wh.staging / "entities.parquet")

    def work() -> Iterator[tuple[str, str, str, list[Entity]]]:
        pending = next(groups, None)
        for row in _docs_in_nlp_order(docs_path):
            mentions: list[Entity] = []
            if pending is not None and pending[0] == row["doc_id"]:
                mentions = pending[1]
                pending = next(groups, None)
            yield row["doc_id"], row["lang"], row["clean_text"], mentions

    for i, rows in enumerate(map_chunks(_facts_chunk, work(), n_process, start="spawn"), 1):
        for r in rows:
            out.add(r)
        if i % 1000 == 0:
            progress(f"facts: {i:,}/{total:,} documents")
    return out.close()


# -- stage 5/6: commit and views ---------------------------------------------------------------------
def staged_batch_id(wh: Warehouse) -> str | None:
    path = wh.staging / "batch.json"
    if not path.exists():
        raise FileNotFoundError(f"{wh.staging}: no staged run; materialize raw_documents first")
    return json.loads(path.read_text(encoding="utf-8"))["batch_id"]


def _drop_committed_elsewhere(wh: Warehouse) -> str | None:
    """Remove staged documents that an overlapping run committed meanwhile; the batch id of what is left.

    Runs stage without the lock (NLP is long), so a sensor run and a `tourpipe run` can stage the same
    new file; the second to commit must not store it again (callers hold the warehouse lock).
    """
    docs = wh.staging / "documents.parquet"
    staged = read_parquet(docs, ["doc_id"]).column("doc_id").to_pylist()
    done = wh.processed_doc_ids() & set(staged)
    if done:
        keep = lambda t: t.filter(pc.invert(pc.is_in(t.column("doc_id"), pa.array(sorted(done)))))
        for name in tables.BATCH_TABLES:
            path = wh.staging / f"{name}.parquet"
            atomic_write_parquet(keep(read_parquet(path)), path)
    remaining = [d for d in staged if d not in done]
    return batch_id_of(remaining) if remaining else None


def commit_tables(wh: Warehouse) -> dict:
    """Publish the staged batch and the current file listing as immutable Parquet (atomic renames)."""
    batch_id, committed = staged_batch_id(wh), None
    if batch_id and _count_rows(wh.staging / "documents.parquet"):
        batch_id = _drop_committed_elsewhere(wh)
        if batch_id and wh.commit_batch(batch_id):
            committed = batch_id
    files = read_parquet(wh.staging / "files.parquet")
    rejected = read_parquet(wh.staging / "rejected.parquet")
    generation = wh.write_manifest(files, rejected)
    staged = json.loads((wh.staging / "batch.json").read_text(encoding="utf-8"))
    atomic_write_text(json.dumps({**staged, "committed_batch": committed}), wh.staging / "batch.json")
    return generation


def build_views(wh: Warehouse) -> dict[str, int]:
    """Swap in a DuckDB file whose views read the current generation; the run's staging is then spent.

    Afterwards the warehouse records the seeds listing it now reflects and the batch this run added, so
    that `tourpipe run` can tell "nothing changed" from the listing alone (``Warehouse.up_to_date``) and
    the checks look at what is new (``Warehouse.last_run``).
    """
    counts = wh.rebuild_views()
    batch = wh.staging / "batch.json"
    staged = json.loads(batch.read_text(encoding="utf-8")) if batch.exists() else {}
    if staged.get("listing") and "committed_batch" in staged:
        wh.record_run(staged["listing"], staged["committed_batch"], counts)
    wh.drop_staging()
    return counts


# -- the whole thing, without Dagster (tests, bench) -------------------------------------------------
def run_all(seeds: Path, warehouse: Path, n_process: int = 2, progress: Progress = _quiet) -> dict:
    wh = Warehouse(warehouse)
    t0 = time.perf_counter()
    with warehouse_lock(wh):
        raw = stage_raw_documents(Path(seeds), wh, progress, n_process)
        stage_clean_documents(wh, progress, n_process)
        stage_entities(wh, n_process, progress)
        stage_facts(wh, progress, n_process)
        commit_tables(wh)
        counts = build_views(wh)
    return {"raw": raw, "counts": counts, "seconds": time.perf_counter() - t0}


def extract_text(text: str, lang: str = "auto") -> dict:
    """Entities and figures of one text (offsets into ``text``), without a warehouse."""
    return extract_batch([(text, lang)])[0]


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


def _on_page(page: str, view: ArticleView, entities: list[Entity], facts: list[Fact]) -> tuple[list, list]:
    """Move spans found in the article view back onto the page (dropping any that would not slice the same)."""
    def moved(row):
        span = view.to_raw(row.start_char, row.end_char)
        if span is None or page[span[0]:span[1]] != row.text:
            return None
        return replace(row, start_char=span[0], end_char=span[1])

    ents = [m for e in entities if (m := moved(e)) is not None]
    kept = [m for f in facts if (m := moved(f)) is not None]
    kept = [replace(f, equivalent_of=view.to_raw(*f.equivalent_of)) if f.equivalent_of else f for f in kept]
    return ents, _keep_links(kept)


def extract_batch(items: list[tuple[str, str]], n_process: int = 1) -> list[dict]:
    """``extract_text`` for many (text, lang) pairs at once, with one NER pass per language.

    A page-shaped text (several lines) is cleaned first, like a document of the pipeline, so bylines,
    counters and related headlines yield nothing; offsets still index the text as given.
    """
    views = [article_view(text) for text, _ in items]
    texts = [view.text if view else text for (text, _), view in zip(items, views)]
    langs = [detect_language(t) if lang == "auto" else lang for (t, lang) in items]
    entities: list[list[Entity]] = [[] for _ in items]
    for lang in sorted(set(langs) & FULL_NLP_LANGUAGES):
        idx = [i for i, l in enumerate(langs) if l == lang]
        for i, mentions in zip(idx, extract_entities((texts[i] for i in idx), lang, n_process=n_process)):
            entities[i] = mentions
    out = []
    for (page, _), text, view, lang, ents in zip(items, texts, views, langs, entities):
        if spans := inline_furniture(text):
            ents = [e for e in ents if outside(spans, e.start_char, e.end_char)]
        facts = skip_inline_furniture(text, extract_facts(text, lang, ents))
        if view is not None:
            ents, facts = _on_page(page, view, ents, facts)
        out.append({"lang": lang, "entities": ents, "facts": facts})
    return out
