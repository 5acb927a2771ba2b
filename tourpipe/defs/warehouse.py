"""Assets of the warehouse stage: immutable Parquet tables, then the DuckDB views analysts query; and checks."""

import math
import time
from pathlib import Path

import dagster as dg
import duckdb
import pyarrow.parquet as pq

from tourpipe import pipeline
from tourpipe.defs.extraction import facts
from tourpipe.defs.resources import TourpipePaths
from tourpipe.warehouse import sql_list


@dg.asset(group_name="warehouse", deps=[facts], kinds={"parquet"})
def warehouse_tables(context: dg.AssetExecutionContext, paths: TourpipePaths) -> dg.MaterializeResult:
    """The staged batch published as immutable Parquet (one atomic folder rename), plus the current
    file listing and rejections: a crash at any point leaves the previous state readable."""
    wh = paths.warehouse_for(context)
    t0 = time.perf_counter()
    with pipeline.warehouse_lock(wh):
        generation = pipeline.commit_tables(wh)
    return dg.MaterializeResult(metadata={
        "batches": len(generation["batches"]), "files_manifest": generation["files"],
        "seconds": round(time.perf_counter() - t0, 3), "path": dg.MetadataValue.path(str(wh.parquet)),
    })


@dg.asset(group_name="warehouse", deps=[warehouse_tables], kinds={"duckdb"})
def warehouse_views(context: dg.AssetExecutionContext, paths: TourpipePaths) -> dg.MaterializeResult:
    """warehouse/tourpipe.duckdb: views documents, entities, facts, removed_lines, rejected and
    entity_summary over the current Parquet files, rebuilt in a new file and swapped in atomically."""
    wh = paths.warehouse_for(context)
    t0 = time.perf_counter()
    with pipeline.warehouse_lock(wh):
        counts = pipeline.build_views(wh)
    return dg.MaterializeResult(metadata={
        **{f"rows_{k}": v for k, v in counts.items()},
        "seconds": round(time.perf_counter() - t0, 3), "path": dg.MetadataValue.path(str(wh.db_path)),
    })


def _query(paths: TourpipePaths, sql: str) -> list[tuple]:
    """Run ``sql`` on the database file now in place.

    Not ``duckdb.connect(path)``: while any connection of this process (an analyst's notebook, a test) holds
    the previous file open, DuckDB hands back that cached instance, and the checks would judge the
    database the run has just replaced. A fresh in-memory instance attaching the path opens the new file.
    """
    db = str(paths.warehouse("checks").db_path).replace("'", "''")
    with duckdb.connect() as con:
        con.execute(f"attach '{db}' as warehouse (read_only)")
        con.execute("use warehouse")
        return con.execute(sql).fetchall()


# Documents per span-check query. The check joins each span with its document's clean_text, and DuckDB holds
# one side of that join in memory: slicing a batch keeps the check's memory flat however large the batch
# (one query over a 10,000-document batch took ~90 MB more, through the ordered documents view ~220 MB).
SPAN_CHECK_DOCS = 2000
MAX_BAD_EXAMPLES = 20


def _batches_to_check(paths: TourpipePaths) -> tuple[list[Path], str]:
    """The batch folders whose spans a run checks, and a description: the batch the last run added, none
    when it added nothing, every batch of the current generation when that is unknown (no valid record
    of the last run).

    Batches are immutable and each was checked when its run committed it, so a run checks its own batch:
    the check costs what the run added, not what the warehouse holds.
    """
    wh = paths.warehouse("checks")
    record = wh.last_run()
    if record is None:
        generation = wh.generation() or {"batches": []}
        return [wh.batches / b for b in generation["batches"]], "all documents"
    if record.get("batch") is None:
        return [], "no documents added by this run"
    return [wh.batches / record["batch"]], f"batch {record['batch']}"


def _bad_spans(paths: TourpipePaths, batch: Path, limit: int) -> tuple[int, list[tuple]]:
    """(spans checked, up to ``limit`` bad rows) of one batch, read from its own immutable files."""
    docs_file = batch / "documents.parquet"
    n_docs = pq.ParquetFile(docs_file).metadata.num_rows
    checked = sum(pq.ParquetFile(batch / f"{t}.parquet").metadata.num_rows for t in ("entities", "facts"))
    slices = max(1, math.ceil(n_docs / SPAN_CHECK_DOCS))
    bad: list[tuple] = []
    for k in range(slices):
        part = f"hash(doc_id) % {slices} = {k}"
        bad += _query(paths, f"""
            select x.t, x.doc_id, x.text
            from (select 'entities' t, doc_id, text, start_char, end_char
                  from read_parquet({sql_list([batch / 'entities.parquet'])}) where {part}
                  union all
                  select 'facts', doc_id, text, start_char, end_char
                  from read_parquet({sql_list([batch / 'facts.parquet'])}) where {part}) x
            join (select doc_id, clean_text from read_parquet({sql_list([docs_file])}) where {part}) d
                using (doc_id)
            where substring(d.clean_text, x.start_char + 1, x.end_char - x.start_char) <> x.text
            limit {limit - len(bad)}""")
        if len(bad) >= limit:
            break
    return checked, bad


@dg.asset_check(asset=warehouse_views, blocking=True)
def spans_slice_to_text(paths: TourpipePaths) -> dg.AssetCheckResult:
    """Every entity and fact span of the documents the run added, cut out of its document's clean_text,
    equals the row's text (earlier batches are immutable and were checked when committed)."""
    batches, described = _batches_to_check(paths)
    checked, bad = 0, []
    for batch in batches:
        n, found = _bad_spans(paths, batch, MAX_BAD_EXAMPLES - len(bad))
        checked += n
        bad += found
        if len(bad) >= MAX_BAD_EXAMPLES:
            break
    return dg.AssetCheckResult(passed=not bad, metadata={"scope": described, "spans_checked": checked,
                                                         "bad_rows": len(bad), "examples": str(bad[:5])})


@dg.asset_check(asset=warehouse_views, blocking=True)
def fact_ids_unique(paths: TourpipePaths) -> dg.AssetCheckResult:
    """No fact_id appears twice, and no fact or entity lacks a doc_id."""
    dup = _query(paths, "select fact_id, count(*) from facts group by 1 having count(*) > 1 limit 20")
    nulls = _query(paths, "select (select count(*) from facts where doc_id is null or fact_id is null)"
                          " + (select count(*) from entities where doc_id is null)")[0][0]
    return dg.AssetCheckResult(passed=not dup and nulls == 0,
                               metadata={"duplicate_fact_ids": len(dup), "null_ids": nulls})


@dg.asset_check(asset=warehouse_views)
def every_file_accounted_for(paths: TourpipePaths) -> dg.AssetCheckResult:
    """Each current file is either a document or listed in rejected, never silently lost."""
    missing = _query(paths, """select file_name from current_files
                               where doc_id not in (select doc_id from documents)""")
    return dg.AssetCheckResult(passed=not missing, metadata={"unaccounted_files": str(missing[:10])})
