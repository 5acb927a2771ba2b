"""Assets of the NLP stage: named entities, then typed figures."""

import time

import dagster as dg

from tourpipe import schema, stages
from tourpipe.defs.resources import TourpipePaths, column_schema, markdown_preview, progress_for
from tourpipe.stages import CleanBatch, Extracted
from tourpipe.storage import Staging


@dg.asset(group_name="extraction", kinds={"spacy", "parquet"})
def entities(context: dg.AssetExecutionContext, paths: TourpipePaths,
             cleaned_documents: CleanBatch) -> dg.Output[Extracted]:
    """Named-entity mentions of the new documents (spaCy for English, natasha for Russian), with
    offsets into clean_text and one canonical name per real-world entity across languages."""
    t0 = time.perf_counter()
    out = stages.find_entities(cleaned_documents.documents, Staging.beside(cleaned_documents.documents),
                               n_process=paths.n_process, progress=progress_for(context, "entities"))
    table = out.rows
    columns = ["text", "label", "canonical", "start_char"]
    return dg.Output(out, metadata={
        "dagster/row_count": table.rows, "mentions": table.rows, "failed_documents": out.failed.rows,
        "seconds": round(time.perf_counter() - t0, 3),
        "dagster/column_schema": column_schema(schema.ENTITIES),
        "preview": markdown_preview(table.head(10, columns), columns),
    })


@dg.asset(group_name="extraction", kinds={"python", "parquet"})
def facts(context: dg.AssetExecutionContext, paths: TourpipePaths, cleaned_documents: CleanBatch,
          entities: Extracted) -> dg.Output[Extracted]:
    """Every figure the new documents report, typed: value (fully scaled), unit, kind, qualifier,
    year, subject, USD value and the figure it restates, with its source sentence."""
    t0 = time.perf_counter()
    out = stages.find_facts(cleaned_documents.documents, entities.rows, Staging.beside(entities.rows),
                            n_process=paths.n_process, progress=progress_for(context, "facts"))
    table = out.rows
    columns = ["text", "value", "unit", "qualifier", "year"]
    return dg.Output(out, metadata={
        "dagster/row_count": table.rows, "facts": table.rows, "failed_documents": out.failed.rows,
        "seconds": round(time.perf_counter() - t0, 3),
        "dagster/column_schema": column_schema(schema.FACTS),
        "preview": markdown_preview(table.head(10, columns), columns),
    })
