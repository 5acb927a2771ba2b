"""Assets of the NLP stage: named entities, then typed figures."""

import time

import dagster as dg

from tourpipe import pipeline
from tourpipe.defs.documents import _preview, cleaned_documents
from tourpipe.defs.resources import TourpipePaths, progress_for


@dg.asset(group_name="extraction", deps=[cleaned_documents], kinds={"spacy", "parquet"})
def entities(context: dg.AssetExecutionContext, paths: TourpipePaths) -> dg.MaterializeResult:
    """Named-entity mentions of the new documents (spaCy for English, natasha for Russian), with
    offsets into clean_text and one canonical name per real-world entity across languages."""
    wh = paths.warehouse_for(context)
    t0 = time.perf_counter()
    n = pipeline.stage_entities(wh, paths.n_process, progress_for(context, "entities"))
    return dg.MaterializeResult(metadata={
        "mentions": n, "seconds": round(time.perf_counter() - t0, 3),
        "preview": _preview(wh.staging / "entities.parquet", ["text", "label", "canonical", "start_char"], 10),
    })


@dg.asset(group_name="extraction", deps=[entities], kinds={"python", "parquet"})
def facts(context: dg.AssetExecutionContext, paths: TourpipePaths) -> dg.MaterializeResult:
    """Every figure the new documents report, typed: value (fully scaled), unit, kind, qualifier,
    year, subject, USD value and the figure it restates, with its source sentence."""
    wh = paths.warehouse_for(context)
    t0 = time.perf_counter()
    n = pipeline.stage_facts(wh, progress_for(context, "facts"), paths.n_process)
    return dg.MaterializeResult(metadata={
        "facts": n, "seconds": round(time.perf_counter() - t0, 3),
        "preview": _preview(wh.staging / "facts.parquet", ["text", "value", "unit", "qualifier", "year"], 10),
    })
