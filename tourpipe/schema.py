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
    type: str  # VARCHAR, BIGINT, INTEGER, DOUBLE, BOOLEAN, DATE, TIMESTAMP, VARCHAR[], SPAN[] (start, end, reason)
    description: str


_SPAN = "SPAN[]"

FIELDS: dict[str, Field] = {f.name: f for f in (
    Field("doc_id", "VARCHAR", "SHA-256 (hex) of the file's bytes; for a record of a .jsonl/.json file, of its "
                               "canonical JSON (its url, title, published, source, text, html; sorted keys, compact)"),
    Field("file_name", "VARCHAR", "file name relative to the seeds folder, 'feed.jsonl#7' for the 7th record of a "
                                  "file of records (the first name, when several hold this document)"),
    Field("file_names", "VARCHAR[]", "every current name holding this document (files, and records as 'feed.jsonl#7')"),
    Field("seed_file", "VARCHAR", "the file of the seeds folder it was read from (file_name without '#n')"),
    Field("record_no", "INTEGER", "the record's number in a .jsonl (its line) or a .json list (from 1); null for a "
                                  "file that is one document"),
    Field("seed_size", "BIGINT", "size of seed_file in bytes: with mtime_ns, how a run skips unchanged files"),
    Field("lang", "VARCHAR", "ISO 639-1 language code ('und' when it cannot be told)"),
    Field("nlp_support", "VARCHAR", "'full' (entities and figures: en, ru) or 'figures_only' (other languages)"),
    Field("title", "VARCHAR", "the article's headline: the page's or record's own title when it gives one, else the "
                              "cleaner's guess from the text"),
    Field("published", "DATE", "publication date: the page's or record's metadata when it gives one, else found in "
                               "the text (null if unknown)"),
    Field("url", "VARCHAR", "the article's address: a record's url, a page's canonical link or og:url (null for .txt)"),
    Field("source", "VARCHAR", "the outlet: a record's source, a page's og:site_name, publisher or domain (null for "
                               ".txt)"),
    Field("raw_text", "VARCHAR", "the text the cleaner reads: a text file as decoded; for a page or a record, its "
                                 "headline and main text (HTML through trafilatura)"),
    Field("clean_text", "VARCHAR", "the article with page furniture removed; every offset points into it"),
    Field("n_chars", "BIGINT", "length of clean_text"),
    Field("encoding", "VARCHAR", "how the bytes were decoded"),
    Field("size_bytes", "BIGINT", "size in bytes of what doc_id digests (the file, or the record)"),
    Field("ingested_at", "TIMESTAMP", "when the document was processed"),
    Field("inline_furniture", _SPAN, "furniture glued inside article lines (start, end, reason): extractors skip it"),
    Field("mtime_ns", "BIGINT", "seed_file's modification time (ns): with seed_size, how a run skips unchanged files"),
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
    Field("value_from", "DOUBLE", "on the new level of a change between two levels ('from 4.8% to 4.7%'): the old "
          "level, which is a figure of its own too; else null"),
    Field("unit_lemma", "VARCHAR",
          "the counted noun's lemma as written in a non-English text (audit of unit), else null"),
    Field("line_no", "BIGINT", "0-based line of raw_text"),
    Field("reason", "VARCHAR", "why: the cleaning rule that removed the line, or why a file or record was rejected"),
    Field("seen_at", "TIMESTAMP", "when the file was first seen in this state"),
    Field("event_id", "VARCHAR", "stable id of the event (same document, trigger, actor and target: same id)"),
    Field("type", "VARCHAR", "visit (CAMEO 042/043), agreement (057) or investment (061)"),
    Field("trigger", "VARCHAR", "exact span of the words reporting the event: clean_text[start_char:end_char]"),
    Field("actor", "VARCHAR", "exact span naming who acts: the visitors, the signatories, the investor"),
    Field("actor_start", "BIGINT", "offset of the actor span in clean_text"),
    Field("actor_end", "BIGINT", "offset just past the actor span"),
    Field("actor_canonical", "VARCHAR", "canonical name of the named entity the actor is, or is headed by"),
    Field("target", "VARCHAR", "exact span of the site visited, the other party, or what is invested in"),
    Field("target_start", "BIGINT", "offset of the target span in clean_text"),
    Field("target_end", "BIGINT", "offset just past the target span"),
    Field("target_canonical", "VARCHAR", "canonical name of the target when it is a named entity"),
    Field("place", "VARCHAR", "canonical name of the city, district or region where it happens"),
    Field("date", "DATE", "when it happens, resolved with the document's date (first day of the month or year "
                          "when only that is known)"),
    Field("date_text", "VARCHAR", "the words the date was read from"),
    Field("date_precision", "VARCHAR", "day, month or year"),
    Field("status", "VARCHAR", "done, or planned for what the text says will happen"),
    Field("fact_ids", "VARCHAR[]", "the facts of the same sentence that measure the event"),
    Field("quote_id", "VARCHAR", "stable id of the quotation"),
    Field("direct", "BOOLEAN", "true inside quotation marks, false for reported speech"),
    Field("speaker", "VARCHAR", "the words naming the speaker (for a pronoun, the person it refers to)"),
    Field("speaker_start", "BIGINT", "offset of the speaker span in clean_text"),
    Field("speaker_end", "BIGINT", "offset just past the speaker span"),
    Field("speaker_canonical", "VARCHAR", "canonical name of the speaker when named"),
    Field("speaker_role", "VARCHAR", "the description the article gives of the speaker"),
    Field("verb", "VARCHAR", "the reporting verb: said, told, отметил"),
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
                   n_chars encoding size_bytes ingested_at inline_furniture url source""")
ENTITIES = _table("entities", "mention", "doc_id text label start_char end_char canonical")
FACTS = _table("facts", "figure", """doc_id fact_id text start_char end_char value value_high unit unit_kind qualifier
               year subject value_usd equivalent_of sentence value_from unit_lemma""")
REMOVED_LINES = _table("removed_lines", "furniture line", "doc_id line_no text reason")
EVENTS = _table("events", "event a document reports", """doc_id event_id type trigger start_char end_char actor
                actor_canonical target target_canonical place date date_text status fact_ids sentence actor_start
                actor_end target_start target_end date_precision""")
QUOTES = _table("quotes", "quotation", """doc_id quote_id text start_char end_char direct speaker speaker_canonical
                speaker_role verb sentence speaker_start speaker_end""")
# A document a stage failed on: it is left out of every other table and its files are listed in `rejected`.
FAILED = _table("failed", "document a stage failed on", "doc_id stage error failed_at")
BATCH_TABLES: dict[str, Table] = {t.name: t for t in (DOCUMENTS, ENTITIES, FACTS, EVENTS, QUOTES, REMOVED_LINES,
                                                       FAILED)}

# -- stored per run: the seeds folder as it is now ---------------------------------------------------
# A file of records has one row per record ("feed.jsonl#7"): a document, or a rejection.
FILES = _table("files", "current file or record", "file_name doc_id size_bytes encoding mtime_ns seed_file record_no "
                                                   "seed_size")
REJECTED = _table("rejected", "input file or record not processed", "file_name reason size_bytes seen_at seed_file "
                                                                    "record_no")
LISTING_TABLES: dict[str, Table] = {t.name: t for t in (FILES, REJECTED)}

# -- staging only: a new document before cleaning ------------------------------------------------------
RAW = _table("raw", "new document", "doc_id lang raw_text encoding size_bytes title published url source")

# -- what analysts query -------------------------------------------------------------------------------
# New columns go at the end: analysts' notebooks and tests read rows by position.
DOCUMENTS_VIEW = _table("documents", "current document", """doc_id file_name lang title published raw_text clean_text
                        n_chars ingested_at nlp_support encoding size_bytes file_names url source""")
VIEWS: dict[str, Table] = {t.name: t for t in (DOCUMENTS_VIEW, ENTITIES, FACTS, EVENTS, QUOTES, REMOVED_LINES,
                                                REJECTED)}
