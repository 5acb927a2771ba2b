"""Assets of the warehouse stage: immutable Parquet tables, then the DuckDB views analysts query; and checks."""

import time

import dagster as dg

from tourpipe import stages
from tourpipe.defs.resources import TourpipePaths
from tourpipe.stages import CleanBatch, Extracted, RawBatch
from tourpipe.storage import Commit, warehouse_lock

MAX_BAD_EXAMPLES = 20


@dg.asset(group_name="warehouse", kinds={"parquet"})
def warehouse_tables(paths: TourpipePaths, raw_documents: RawBatch, cleaned_documents: CleanBatch,
                     entities: Extracted, facts: Extracted, events: Extracted, quotes: Extracted) -> dg.Output[Commit]:
    """The staged batch published as immutable Parquet (one atomic folder rename), plus the current
    file listing and rejections: a crash at any point leaves the previous state readable."""
    wh = paths.warehouse()
    t0 = time.perf_counter()
    with warehouse_lock(wh):
        extracted = {"entities": entities, "facts": facts, "events": events, "quotes": quotes}
        done = stages.commit(wh, raw_documents.listing, stages.batch_tables(cleaned_documents, extracted),
                             stages.failures(cleaned_documents, extracted))
    return dg.Output(done, metadata={
        "batches": len(done.generation.batches), "files_manifest": done.generation.files,
        "new_batch": done.batch or "(none: nothing new)",
        "seconds": round(time.perf_counter() - t0, 3), "path": dg.MetadataValue.path(str(wh.parquet)),
    })


@dg.asset(group_name="warehouse", kinds={"duckdb"})
def warehouse_views(paths: TourpipePaths, warehouse_tables: Commit) -> dg.MaterializeResult:
    """warehouse/tourpipe.duckdb: views documents, entities, facts, events, quotes, removed_lines, rejected
    and entity_summary over the current Parquet files, rebuilt in a new file and swapped in atomically."""
    wh = paths.warehouse()
    t0 = time.perf_counter()
    with warehouse_lock(wh):
        counts = stages.publish(wh, warehouse_tables)
    return dg.MaterializeResult(metadata={
        "dagster/row_count": counts["documents"], **{f"rows_{k}": v for k, v in counts.items()},
        "seconds": round(time.perf_counter() - t0, 3), "path": dg.MetadataValue.path(str(wh.db_path)),
    })


@dg.asset_check(asset=warehouse_views, blocking=True)
def spans_slice_to_text(paths: TourpipePaths) -> dg.AssetCheckResult:
    """Every span of the documents the run added (entities, facts, event triggers, actors and targets,
    quotations and speakers), cut out of its document's clean_text, equals the row's text (earlier batches
    are immutable and were checked when committed)."""
    wh = paths.warehouse()
    batches, described = wh.batches_to_check()
    checked, bad = 0, []
    for batch in batches:
        n, found = wh.bad_spans(batch, MAX_BAD_EXAMPLES - len(bad))
        checked += n
        bad += found
        if len(bad) >= MAX_BAD_EXAMPLES:
            break
    return dg.AssetCheckResult(passed=not bad, metadata={"scope": described, "spans_checked": checked,
                                                         "bad_rows": len(bad), "examples": str(bad[:5])})


@dg.asset_check(asset=warehouse_views, blocking=True)
def fact_ids_unique(paths: TourpipePaths) -> dg.AssetCheckResult:
    """No fact_id appears twice, and no fact or entity lacks a doc_id."""
    wh = paths.warehouse()
    dup = wh.query("select fact_id, count(*) from facts group by 1 having count(*) > 1 limit 20")
    nulls = wh.query("select (select count(*) from facts where doc_id is null or fact_id is null)"
                     " + (select count(*) from entities where doc_id is null)")[0][0]
    return dg.AssetCheckResult(passed=not dup and nulls == 0,
                               metadata={"duplicate_fact_ids": len(dup), "null_ids": nulls})


@dg.asset_check(asset=warehouse_views)
def warehouse_intact(paths: TourpipePaths) -> dg.AssetCheckResult:
    """Every file the warehouse published (batches, listings, the database) still has the checksum it was
    written with; a damaged one is set aside and rebuilt by the next run."""
    problems = paths.warehouse().verify(full=True)
    return dg.AssetCheckResult(passed=not problems, metadata={"problems": len(problems),
                                                              "examples": "\n".join(map(str, problems[:10]))})


@dg.asset_check(asset=warehouse_views)
def every_file_accounted_for(paths: TourpipePaths) -> dg.AssetCheckResult:
    """Each current file is either a document or listed in rejected, never silently lost."""
    missing = paths.warehouse().query("""select file_name from current_files
                                         where doc_id not in (select doc_id from documents)
                                           and file_name not in (select file_name from rejected)""")
    return dg.AssetCheckResult(passed=not missing, metadata={"unaccounted_files": str(missing[:10])})
