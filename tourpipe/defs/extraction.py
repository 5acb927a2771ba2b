"""Assets of the NLP stage: named entities, then typed figures, then events and quotations (one step)."""

import time

import dagster as dg

from tourpipe import schema, stages
from tourpipe.defs.resources import TourpipePaths, progress_for, table_metadata
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
    return dg.Output(out, metadata={
        **table_metadata(paths, schema.ENTITIES, cleaned_documents.listing, out.rows, out.rows.rows, "mentions",
                         ["text", "label", "canonical", "start_char"]),
        "failed_documents": out.failed.rows, "seconds": round(time.perf_counter() - t0, 3),
    })


@dg.asset(group_name="extraction", kinds={"python", "parquet"})
def facts(context: dg.AssetExecutionContext, paths: TourpipePaths, cleaned_documents: CleanBatch,
          entities: Extracted) -> dg.Output[Extracted]:
    """Every figure the new documents report, typed: value (fully scaled), unit, kind, qualifier,
    year, subject, USD value and the figure it restates, with its source sentence."""
    t0 = time.perf_counter()
    out = stages.find_facts(cleaned_documents.documents, entities.rows, Staging.beside(entities.rows),
                            n_process=paths.n_process, progress=progress_for(context, "facts"))
    return dg.Output(out, metadata={
        **table_metadata(paths, schema.FACTS, cleaned_documents.listing, out.rows, out.rows.rows, "facts",
                         ["text", "value", "unit", "qualifier", "year"]),
        "failed_documents": out.failed.rows, "seconds": round(time.perf_counter() - t0, 3),
    })


_EVENTS_DOC = """Visits, agreements and investments the new documents report (CAMEO 042/043, 057, 061): trigger, actor,
target, place, date, status and the facts that measure them; the dependency parser reads only the sentences that
hold a trigger."""
_QUOTES_DOC = """Quotations (inside quotation marks) and reported speech ("said that", "по словам") of the new
documents, with the speaker as the article names them, their canonical name, role and verb."""


@dg.multi_asset(
    name="events_and_quotes",
    outs={"events": dg.AssetOut(group_name="extraction", kinds={"spacy", "parquet"}, description=_EVENTS_DOC),
          "quotes": dg.AssetOut(group_name="extraction", kinds={"python", "parquet"}, description=_QUOTES_DOC)},
    internal_asset_deps={"events": {dg.AssetKey("cleaned_documents"), dg.AssetKey("entities"), dg.AssetKey("facts")},
                         "quotes": {dg.AssetKey("cleaned_documents"), dg.AssetKey("entities")}},
)
def events_and_quotes(context: dg.AssetExecutionContext, paths: TourpipePaths, cleaned_documents: CleanBatch,
                      entities: Extracted, facts: Extracted):
    """Events and quotations in one step: the events extractor skips quoted words and ends its parses at the
    attributions, which the quotes extractor reads anyway, so each document is read for quotations once. Each
    asset's ``seconds`` is its share of the step's wall time, divided by the CPU time each took in the workers."""
    read = stages.find_events_and_quotes(cleaned_documents.documents, entities.rows, facts.rows,
                                         Staging.beside(facts.rows), n_process=paths.n_process,
                                         progress=progress_for(context, "events_and_quotes"))
    step = {"step_seconds": round(read.seconds, 3)}
    yield dg.Output(read.events, output_name="events", metadata={
        **table_metadata(paths, schema.EVENTS, cleaned_documents.listing, read.events.rows, read.events.rows.rows,
                         "events", ["type", "trigger", "actor", "target", "place", "date", "status"]),
        "failed_documents": read.events.failed.rows, "seconds": round(read.events_seconds, 3), **step,
    })
    yield dg.Output(read.quotes, output_name="quotes", metadata={
        **table_metadata(paths, schema.QUOTES, cleaned_documents.listing, read.quotes.rows, read.quotes.rows.rows,
                         "quotations", ["text", "speaker", "speaker_role", "verb", "direct"]),
        "failed_documents": read.quotes.failed.rows, "seconds": round(read.quotes_seconds, 3), **step,
    })
