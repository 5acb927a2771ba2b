"""Assets of the document stage: raw articles read from seeds/, then cleaned of page furniture."""

import time

import dagster as dg
import pyarrow.parquet as pq

from tourpipe import pipeline
from tourpipe.defs.resources import TourpipePaths, progress_for


def _preview(path, columns, n=5) -> dg.MetadataValue:
    """The first rows of a staged table as a Markdown table (long values cut to 80 characters)."""
    if not path.exists():
        return dg.MetadataValue.md("(nothing staged)")
    rows = next(pq.ParquetFile(path).iter_batches(batch_size=n, columns=columns), None)
    rows = rows.to_pylist() if rows is not None else []
    if not rows:
        return dg.MetadataValue.md("(no rows)")

    def cell(v) -> str:
        text = "" if v is None else str(v).replace("|", "\\|").replace("\n", " ")
        return text[:80] + "…" if len(text) > 80 else text

    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(cell(r[c]) for c in columns) + " |" for r in rows]
    return dg.MetadataValue.md("\n".join(lines))


@dg.asset(group_name="documents", kinds={"python", "parquet"})
def raw_documents(context: dg.AssetExecutionContext, paths: TourpipePaths) -> dg.MaterializeResult:
    """Articles in seeds/ whose bytes were never processed before (doc_id = SHA-256 of the bytes).

    Every file ends up either staged for processing, recognised as unchanged, or rejected with a reason
    (empty, binary, undecodable, too large, unsupported type). Encodings are detected and decoded.
    """
    wh = paths.warehouse_for(context)
    t0 = time.perf_counter()
    with pipeline.warehouse_lock(wh):
        stats = pipeline.stage_raw_documents(paths.seeds(), wh, progress_for(context, "raw_documents"), paths.n_process)
    for name, reason in stats.rejected_reasons:
        context.log.warning(f"rejected {name}: {reason}")
    return dg.MaterializeResult(metadata={
        "files": stats.files, "new_documents": stats.new, "unchanged_documents": stats.unchanged,
        "duplicate_files": stats.duplicates, "rejected_files": stats.rejected,
        "batch_id": stats.batch_id or "(none: nothing new)",
        "seconds": round(time.perf_counter() - t0, 3),
        "preview": _preview(wh.staging / "raw.parquet", ["doc_id", "lang", "encoding", "size_bytes"]),
    })


@dg.asset(group_name="documents", deps=[raw_documents], kinds={"python", "parquet"})
def cleaned_documents(context: dg.AssetExecutionContext, paths: TourpipePaths) -> dg.MaterializeResult:
    """New documents with page furniture removed (navigation, widgets, bylines, credits, comment boxes,
    related headlines); headline as title, dateline as published date; every removed line kept for audit."""
    wh = paths.warehouse_for(context)
    t0 = time.perf_counter()
    counts = pipeline.stage_clean_documents(wh, progress_for(context, "cleaned_documents"), paths.n_process)
    return dg.MaterializeResult(metadata={
        "documents": counts["documents"], "removed_lines": counts["removed_lines"],
        "seconds": round(time.perf_counter() - t0, 3),
        "preview": _preview(wh.staging / "documents.parquet", ["doc_id", "lang", "title", "published", "n_chars"]),
    })
