"""A small invented warehouse, written through tourpipe.storage without NLP, whose report an analyst can work out
by hand: four documents (en, ru, en, zh), figures with restatements, entities across languages, furniture,
and optionally the events and quotes views and the documents' url and source that later versions add."""
from __future__ import annotations

import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from tourpipe import schema
from tourpipe.storage import Listing, Warehouse, batch_id_of

TEXTS = {
    "d1": ("en", date(2023, 3, 10),
           "Kazakh journalists visit Urumqi\n"
           "Kazakhstan and China signed 12 agreements worth $3 billion in 2023.\n"
           "The 57 journalists visited Xinjiang Software Park in Urumqi."),
    "d2": ("ru", date(2023, 5, 2),
           "Делегация из Казахстана\n"
           "Казахстан и Китай подписали соглашения: 2 млрд юаней ($280 млн) и 500 млн тенге.\n"
           "Свыше 30 журналистов побывали в парке."),
    "d3": ("en", None,
           "Machinery maker reports revenue\n"
           "Revenue exceeded one billion yuan ($160 million) in 2014, and China was the main market in 5 days."),
    "d4": ("zh", None, "新闻\nThe fund raised $5 million."),
}
DOC_IDS = {k: (k * 32)[:64] for k in TEXTS}  # stand-ins for SHA-256 digests: "d1d1d1…"

# (doc, surface, label, canonical, occurrence)
ENTITIES = [
    ("d1", "Urumqi", "GPE", "Urumqi", 0), ("d1", "Kazakhstan", "GPE", "Kazakhstan", 0),
    ("d1", "China", "GPE", "China", 0), ("d1", "2023", "DATE", "2023", 0),
    ("d1", "Xinjiang Software Park", "FAC", "Xinjiang Software Park", 0), ("d1", "Urumqi", "GPE", "Urumqi", 1),
    ("d2", "Казахстана", "GPE", "Kazakhstan", 0), ("d2", "Казахстан", "GPE", "Kazakhstan", 1),
    ("d2", "Китай", "GPE", "China", 0),
    ("d3", "China", "GPE", "China", 0), ("d3", "2014", "DATE", "2014", 0),
]

# (fact_id, doc, surface, value, unit, unit_kind, year, value_usd, equivalent_of)
FACTS = [
    ("f1", "d1", "12 agreements", 12, "agreement", "count", 2023, None, None),
    ("f2", "d1", "$3 billion", 3e9, "USD", "money", 2023, 3e9, None),
    ("f8", "d1", "57 journalists", 57, "journalist", "count", None, None, None),
    ("f6", "d2", "2 млрд юаней", 2e9, "CNY", "money", None, None, None),  # no rate: its restatement's USD counts
    ("f7", "d2", "$280 млн", 2.8e8, "USD", "money", None, 2.8e8, "f6"),
    ("f5", "d2", "500 млн тенге", 5e8, "KZT", "money", None, None, None),  # no rate, no restatement: left out
    ("f9", "d2", "30 журналистов", 30, "journalist", "count", None, None, None),
    ("f3", "d3", "one billion yuan", 1e9, "CNY", "money", 2014, 1.6e8, None),
    ("f4", "d3", "$160 million", 1.6e8, "USD", "money", 2014, 1.6e8, "f3"),  # the restatement: not again
    ("f10", "d3", "5 days", 5, "day", "duration", None, None, None),
    ("f11", "d4", "$5 million", 5e6, "USD", "money", None, 5e6, None),  # no year, no publication date
]

REMOVED = [("d1", 0, "Photo: Xinhua", "credit"), ("d1", 5, "Photo: Tengri", "credit"),
           ("d2", 0, "Ru Kz", "language_switch"), ("d3", 7, "Фото: Kazinform", "credit")]

EVENTS = [  # (event_id, doc, type, actor, actor_canonical, target, target_canonical, fact_ids)
    ("e1", "d1", "visit", "The 57 journalists", "Kazakhstan", "Xinjiang Software Park", "Xinjiang Software Park", []),
    ("e2", "d2", "visit", "Делегация из Казахстана", "Kazakhstan", "парке", "Xinjiang Software Park", []),
    ("e3", "d1", "visit", "A Pakistani delegation", "Pakistan", "Urumqi", "Urumqi", []),
    ("e4", "d1", "agreement", "Kazakhstan and China", "Kazakhstan", None, None, ["f1", "f2"]),
    ("e5", "d3", "investment", "China Machinery Company", "China Machinery Company", None, None, ["f3", "f4"]),
    ("e6", "d2", "agreement", None, None, None, None, []),
]

QUOTES = [  # (quote_id, doc, direct, speaker, speaker_canonical)
    ("q1", "d1", True, "Rao Abdul", "Rao Abdul"), ("q2", "d1", False, "he", "Rao Abdul"),
    ("q3", "d2", True, "журналист из Алматы", None),
]

SOURCES = {"d1": ("https://www.example.kz/news/1", "Example KZ"), "d2": ("https://tengri.example/ru/2", None),
           "d3": (None, None), "d4": ("https://www.example.kz/news/4", "Example KZ")}


def _span(doc: str, surface: str, occurrence: int = 0) -> tuple[int, int]:
    text = TEXTS[doc][2]
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def _sentence(doc: str, start: int) -> str:
    text = TEXTS[doc][2]
    return text[text.rfind("\n", 0, start) + 1:(text.find("\n", start) + 1 or len(text) + 1) - 1]


def build(root: Path, *, events: bool = False, quotes: bool = False, sources: bool = False) -> Warehouse:
    """Write the invented warehouse under ``root`` (through the storage's own commit and view rebuild); without
    ``events``/``quotes`` it lacks those views, as a warehouse written before they existed does."""
    wh = Warehouse(root)
    staging = wh.staging("invented")
    now = datetime(2026, 1, 1)
    documents = [dict(doc_id=DOC_IDS[k], lang=lang, nlp_support="full" if lang in ("en", "ru") else "figures_only",
                      title=text.splitlines()[0], published=published, raw_text=text, clean_text=text,
                      n_chars=len(text), encoding="utf-8", size_bytes=len(text.encode()), ingested_at=now,
                      inline_furniture=[], url=SOURCES.get(k, (None, None))[0] if sources else None,
                      source=SOURCES.get(k, (None, None))[1] if sources else None)
                 for k, (lang, published, text) in TEXTS.items()]
    entities = []
    for doc, surface, label, canonical, nth in ENTITIES:
        start, end = _span(doc, surface, nth)
        entities.append(dict(doc_id=DOC_IDS[doc], text=surface, label=label, start_char=start, end_char=end,
                             canonical=canonical))
    facts = []
    for fid, doc, surface, value, unit, kind, year, usd, equivalent in FACTS:
        start, end = _span(doc, surface)
        facts.append(dict(doc_id=DOC_IDS[doc], fact_id=fid, text=surface, start_char=start, end_char=end,
                          value=float(value), value_high=None, unit=unit, unit_kind=kind, qualifier="exact",
                          year=year, subject=None, value_usd=usd, equivalent_of=equivalent,
                          sentence=_sentence(doc, start)))
    removed = [dict(doc_id=DOC_IDS[d], line_no=n, text=t, reason=r) for d, n, t, r in REMOVED]
    tables = {t: staging.write(schema.BATCH_TABLES[t], rows) for t, rows in
              (("documents", documents), ("entities", entities), ("facts", facts), ("removed_lines", removed))}
    files = staging.write(schema.FILES, [dict(file_name=f"{k}.txt", doc_id=DOC_IDS[k], size_bytes=1, encoding="utf-8",
                                              mtime_ns=1) for k in TEXTS])
    rejected = staging.write(schema.REJECTED, [dict(file_name="empty.txt", reason="empty file", size_bytes=0,
                                                    seen_at=now)])
    wh.commit_batch(batch_id_of(DOC_IDS.values()), tables)
    wh.write_manifest(Listing(str(root / "seeds"), "invented", files, rejected))
    wh.rebuild_views()
    wh.drop_staging([staging.path])
    # Without events or quotes, the warehouse is one written before those views existed.
    extra = [_events_view(wh) if events else "drop view events", _quotes_view(wh) if quotes else "drop view quotes"]
    # Altered beside a copy in a plain temporary folder: DuckDB cannot commit a file whose folder name holds "?".
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "db.duckdb"
        shutil.copy(wh.db_path, db)
        with duckdb.connect(str(db)) as con:
            for statement in extra:
                con.execute(statement)
        shutil.copy(db, wh.db_path)
    return wh


def _write(wh: Warehouse, name: str, table: pa.Table) -> str:
    path = wh.parquet / "extra" / f"{name}.parquet"  # inside parquet/: readable with --no-external-access
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path)
    return "'" + str(path).replace("'", "''") + "'"


def _events_view(wh: Warehouse) -> str:
    rows = []
    for eid, doc, kind, actor, actor_canonical, target, target_canonical, fact_ids in EVENTS:
        rows.append(dict(doc_id=DOC_IDS[doc], event_id=eid, type=kind, trigger="visited", start_char=0, end_char=7,
                         actor=actor, actor_canonical=actor_canonical, target=target,
                         target_canonical=target_canonical, place=None, date=None, date_text=None, status="done",
                         fact_ids=fact_ids, sentence=""))
    table = pa.Table.from_pylist(rows, schema=pa.schema([
        ("doc_id", pa.string()), ("event_id", pa.string()), ("type", pa.string()), ("trigger", pa.string()),
        ("start_char", pa.int64()), ("end_char", pa.int64()), ("actor", pa.string()),
        ("actor_canonical", pa.string()), ("target", pa.string()), ("target_canonical", pa.string()),
        ("place", pa.string()), ("date", pa.date32()), ("date_text", pa.string()), ("status", pa.string()),
        ("fact_ids", pa.list_(pa.string())), ("sentence", pa.string())]))
    return f"create or replace view events as select * from read_parquet({_write(wh, 'events', table)})"


def _quotes_view(wh: Warehouse) -> str:
    rows = [dict(doc_id=DOC_IDS[doc], quote_id=qid, text="…", start_char=0, end_char=1, direct=direct,
                 speaker=speaker, speaker_canonical=canonical, speaker_role=None, verb="said", sentence="")
            for qid, doc, direct, speaker, canonical in QUOTES]
    return f"create or replace view quotes as select * from read_parquet({_write(wh, 'quotes', pa.Table.from_pylist(rows))})"
