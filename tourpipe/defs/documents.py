"""Assets of the document stage: raw articles read from seeds/, then cleaned of page furniture."""

import time

import dagster as dg

from tourpipe import schema, stages
from tourpipe.defs.resources import TourpipePaths, progress_for, table_metadata
from tourpipe.stages import CleanBatch, RawBatch
from tourpipe.storage import Staging, warehouse_lock


class ReadConfig(dg.Config):
    """How raw_documents reads the seeds folder."""

    reread: bool = False  # read and hash every file, and every warehouse file, even those that look unchanged


@dg.asset(group_name="documents", kinds={"python", "parquet"})
def raw_documents(context: dg.AssetExecutionContext, config: ReadConfig, paths: TourpipePaths) -> dg.Output[RawBatch]:
    """Articles in seeds/ whose bytes were never processed before (doc_id = SHA-256 of the bytes).

    Every file ends up either staged for processing, recognised as unchanged, or rejected with a reason
    (empty, binary, undecodable, too large, unsupported type). Encodings are detected and decoded.
    """
    wh = paths.warehouse()
    t0 = time.perf_counter()
    with warehouse_lock(wh):
        batch = stages.read_documents(paths.seeds(), wh, wh.staging(), n_process=paths.n_process,
                                      progress=progress_for(context, "raw_documents"), reread=config.reread)
    for name, reason in batch.stats.rejected_reasons:
        context.log.warning(f"rejected {name}: {reason}")
    stats = batch.stats
    return dg.Output(batch, metadata={
        **table_metadata(paths, schema.DOCUMENTS, batch.listing, batch.raw, stats.new, "documents",
                         ["doc_id", "lang", "encoding", "size_bytes"]),
        "files": stats.files, "new_documents": stats.new,
        "unchanged_documents": stats.unchanged, "duplicate_files": stats.duplicates, "rejected_files": stats.rejected,
        "repaired": "\n".join(stats.repaired) or "(nothing: the warehouse was whole)",
        "seconds": round(time.perf_counter() - t0, 3),
    })


@dg.asset(group_name="documents", kinds={"python", "parquet"})
def cleaned_documents(context: dg.AssetExecutionContext, paths: TourpipePaths,
                      raw_documents: RawBatch) -> dg.Output[CleanBatch]:
    """New documents with page furniture removed (navigation, widgets, bylines, credits, comment boxes,
    related headlines); headline as title, dateline as published date; every removed line kept for audit."""
    t0 = time.perf_counter()
    batch = stages.clean_documents(raw_documents.raw, Staging.beside(raw_documents.raw), listing=raw_documents.listing,
                                   n_process=paths.n_process,
                                   progress=progress_for(context, "cleaned_documents"))
    return dg.Output(batch, metadata={
        **table_metadata(paths, schema.DOCUMENTS, batch.listing, batch.documents, batch.documents.rows, "documents",
                         ["doc_id", "lang", "title", "published", "n_chars"]),
        "removed_lines": batch.removed_lines.rows, "failed_documents": batch.failed.rows,
        "seconds": round(time.perf_counter() - t0, 3),
    })
