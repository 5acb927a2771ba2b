"""Every column of every table, written once: Parquet schemas, views, row dicts and docs all come from here.

Fields are defined once with their type and meaning (PUDL's ``metadata/fields.py`` is the model); a table
is a list of field names. The stored tables are what a run writes into Parquet; the views are what an
analyst queries (a view may join or leave out stored columns). Types are named as DuckDB names them;
``tourpipe.storage`` turns them into Arrow types. Plain data: importing this costs nothing.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # VARCHAR, BIGINT, INTEGER, DOUBLE, DATE, TIMESTAMP, VARCHAR[] or SPAN[] (start, end, reason)
    description: str


_SPAN = "SPAN[]"

FIELDS: dict[str, Field] = {f.name: f for f in (
    Field("doc_id", "VARCHAR", "SHA-256 of the file's bytes (hex)"),
    Field("file_name", "VARCHAR", "file name relative to the seeds folder (the first, when several hold these bytes)"),
    Field("file_names", "VARCHAR[]", "every current file name holding these bytes"),
    Field("lang", "VARCHAR", "ISO 639-1 language code ('und' when it cannot be told)"),
    Field("nlp_support", "VARCHAR", "'full' (entities and figures: en, ru) or 'figures_only' (other languages)"),
    Field("title", "VARCHAR", "the article's headline"),
    Field("published", "DATE", "publication date found in the page (null if unknown)"),
    Field("raw_text", "VARCHAR", "the file's text as decoded"),
    Field("clean_text", "VARCHAR", "the article with page furniture removed; every offset points into it"),
    Field("n_chars", "BIGINT", "length of clean_text"),
    Field("encoding", "VARCHAR", "how the bytes were decoded"),
    Field("size_bytes", "BIGINT", "size of the file in bytes"),
    Field("ingested_at", "TIMESTAMP", "when the document was processed"),
    Field("inline_furniture", _SPAN, "furniture glued inside article lines (start, end, reason): extractors skip it"),
    Field("mtime_ns", "BIGINT", "the file's modification time (ns), with size_bytes how a run skips unchanged files"),
    Field("text", "VARCHAR", "exact surface span: clean_text[start_char:end_char]"),
    Field("label", "VARCHAR", "PERSON, ORG, GPE, LOC, FAC, NORP, DATE or EVENT"),
    Field("start_char", "BIGINT", "offset of the span's first character in clean_text"),
    Field("end_char", "BIGINT", "offset just past the span's last character in clean_text"),
    Field("canonical", "VARCHAR", "one name per real-world entity across documents and languages"),
    Field("fact_id", "VARCHAR", "stable id of the figure (same document, place and text: same id)"),
    Field("value", "DOUBLE", "the figure fully scaled; the low end of a range"),
    Field("value_high", "DOUBLE", "the high end of a range, else null"),
    Field("unit", "VARCHAR", "counted noun's singular lemma, ISO 4217 code, 'percent', or a unit symbol"),
    Field("unit_kind", "VARCHAR", "count, money, percent, measure or duration"),
    Field("qualifier", "VARCHAR", "exact, about, more_than, less_than, at_least, up_to, increase or decrease"),
    Field("year", "INTEGER", "the year the figure refers to, when the sentence states it"),
    Field("subject", "VARCHAR", "what is counted or valued"),
    Field("value_usd", "DOUBLE", "money converted to US dollars with the shipped dated rate table"),
    Field("equivalent_of", "VARCHAR", "fact_id of the figure this one restates, e.g. '($160 million)'"),
    Field("sentence", "VARCHAR", "the sentence the span stands in, cut to a 400-character window around the span"),
    Field("value_from", "DOUBLE", "for a change between two levels ('from 4.8% to 4.7%'): the old level (value is the "
          "new one), else null"),
    Field("unit_lemma", "VARCHAR", "the counted noun's lemma as written in a non-English text (audit of unit), else null"),
    Field("line_no", "BIGINT", "0-based line of raw_text"),
    Field("reason", "VARCHAR", "why: the cleaning rule that removed the line, or why a file was rejected"),
    Field("seen_at", "TIMESTAMP", "when the file was first seen in this state"),
    Field("stage", "VARCHAR", "the stage that failed on the document"),
    Field("error", "VARCHAR", "what the stage raised"),
    Field("failed_at", "TIMESTAMP", "when the stage failed"),
)}


@dataclass(frozen=True)
class Table:
    """A stored table or an analyst view: its name, what one row is, and its fields in order."""

    name: str
    row: str
    field_names: tuple[str, ...]

    @property
    def fields(self) -> tuple[Field, ...]:
        return tuple(FIELDS[n] for n in self.field_names)

    @property
    def columns(self) -> list[str]:
        return list(self.field_names)


def _table(name: str, row: str, names: str) -> Table:
    return Table(name, row, tuple(names.split()))


# -- stored per batch of documents: written once by the run that processed them, never changed --------
DOCUMENTS = _table("documents", "processed document", """doc_id lang nlp_support title published raw_text clean_text
                   n_chars encoding size_bytes ingested_at inline_furniture""")
ENTITIES = _table("entities", "mention", "doc_id text label start_char end_char canonical")
FACTS = _table("facts", "figure", """doc_id fact_id text start_char end_char value value_high unit unit_kind qualifier
               year subject value_usd equivalent_of sentence value_from unit_lemma""")
REMOVED_LINES = _table("removed_lines", "furniture line", "doc_id line_no text reason")
# A document a stage failed on: it is left out of every other table and its files are listed in `rejected`.
FAILED = _table("failed", "document a stage failed on", "doc_id stage error failed_at")
BATCH_TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENTS, ENTITIES, FACTS, REMOVED_LINES, FAILED)}

# -- stored per run: the seeds folder as it is now ---------------------------------------------------
FILES = _table("files", "current file", "file_name doc_id size_bytes encoding mtime_ns")
REJECTED = _table("rejected", "input file not processed", "file_name reason size_bytes seen_at")
LISTING_TABLES: dict[str, Table] = {t.name: t for t in (FILES, REJECTED)}

# -- staging only: a new document before cleaning ------------------------------------------------------
RAW = _table("raw", "new document", "doc_id lang raw_text encoding size_bytes")

# -- what analysts query -------------------------------------------------------------------------------
DOCUMENTS_VIEW = _table("documents", "current document", """doc_id file_name lang title published raw_text clean_text
                        n_chars ingested_at nlp_support encoding size_bytes file_names""")
VIEWS: dict[str, Table] = {t.name: t for t in (DOCUMENTS_VIEW, ENTITIES, FACTS, REMOVED_LINES, REJECTED)}
