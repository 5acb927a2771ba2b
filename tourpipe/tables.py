"""Arrow schemas of every stored table: the column contract of SPEC §4 in one place."""
from __future__ import annotations

import pyarrow as pa

DOCUMENTS = pa.schema([
    ("doc_id", pa.string()),
    ("lang", pa.string()),
    ("nlp_support", pa.string()),  # "full" (entities + figures) or "figures_only" (flagged language)
    ("title", pa.string()),
    ("published", pa.date32()),
    ("raw_text", pa.string()),
    ("clean_text", pa.string()),
    ("n_chars", pa.int64()),
    ("encoding", pa.string()),
    ("size_bytes", pa.int64()),
    ("ingested_at", pa.timestamp("s")),
])

# The staging form of a raw document, before cleaning.
RAW = pa.schema([
    ("doc_id", pa.string()),
    ("lang", pa.string()),
    ("raw_text", pa.string()),
    ("encoding", pa.string()),
    ("size_bytes", pa.int64()),
])

FILES = pa.schema([
    ("file_name", pa.string()),
    ("doc_id", pa.string()),
    ("size_bytes", pa.int64()),
    ("encoding", pa.string()),
    ("mtime_ns", pa.int64()),  # with size_bytes, lets the next run skip re-reading an unchanged file
])

ENTITIES = pa.schema([
    ("doc_id", pa.string()),
    ("text", pa.string()),
    ("label", pa.string()),
    ("start_char", pa.int64()),
    ("end_char", pa.int64()),
    ("canonical", pa.string()),
])

FACTS = pa.schema([
    ("doc_id", pa.string()),
    ("fact_id", pa.string()),
    ("text", pa.string()),
    ("start_char", pa.int64()),
    ("end_char", pa.int64()),
    ("value", pa.float64()),
    ("value_high", pa.float64()),
    ("unit", pa.string()),
    ("unit_kind", pa.string()),
    ("qualifier", pa.string()),
    ("year", pa.int32()),
    ("subject", pa.string()),
    ("value_usd", pa.float64()),
    ("equivalent_of", pa.string()),
    ("sentence", pa.string()),
])

REMOVED_LINES = pa.schema([
    ("doc_id", pa.string()),
    ("line_no", pa.int64()),
    ("text", pa.string()),
    ("reason", pa.string()),
])

REJECTED = pa.schema([
    ("file_name", pa.string()),
    ("reason", pa.string()),
    ("size_bytes", pa.int64()),
    ("seen_at", pa.timestamp("s")),
])

# Tables stored per processed batch of documents (the rest describe the current seeds folder).
BATCH_TABLES = {"documents": DOCUMENTS, "entities": ENTITIES, "facts": FACTS, "removed_lines": REMOVED_LINES}
