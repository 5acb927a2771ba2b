"""Materialize the real Definitions into tmp folders and check the Parquet files and DuckDB views."""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import duckdb
import pyarrow.parquet as pq
import pytest

from tourpipe.storage import Warehouse
from tourpipe_tests.conftest import materialize_all, raw_metadata

pytestmark = pytest.mark.slow  # runs the pipeline through Dagster or in subprocesses

VIEW_COLUMNS = {
    "documents": {"doc_id", "file_name", "lang", "title", "published", "raw_text", "clean_text", "n_chars", "ingested_at"},
    "entities": {"doc_id", "text", "label", "start_char", "end_char", "canonical"},
    "facts": {"doc_id", "fact_id", "text", "start_char", "end_char", "value", "value_high", "unit", "unit_kind",
              "qualifier", "year", "subject", "value_usd", "equivalent_of", "sentence"},
    "events": {"doc_id", "event_id", "type", "trigger", "start_char", "end_char", "actor", "actor_canonical", "target",
               "target_canonical", "place", "date", "date_text", "status", "fact_ids", "sentence"},
    "quotes": {"doc_id", "quote_id", "text", "start_char", "end_char", "direct", "speaker", "speaker_canonical",
               "speaker_role", "verb", "sentence"},
    "removed_lines": {"doc_id", "line_no", "text", "reason"},
    "rejected": {"file_name", "reason", "size_bytes", "seen_at"},
    "entity_summary": {"canonical", "label", "documents", "mentions", "languages"},
}


def _con(wh: Path):
    return duckdb.connect(str(wh / "tourpipe.duckdb"), read_only=True)


def test_every_view_has_the_contract_columns(seed_warehouse: Path):
    con = _con(seed_warehouse)
    for view, columns in VIEW_COLUMNS.items():
        found = {r[0] for r in con.execute(f"describe {view}").fetchall()}
        assert columns <= found, f"{view} lacks {columns - found}"
    types = dict(con.execute("select column_name, column_type from (describe documents)").fetchall())
    assert types["published"] == "DATE" and types["ingested_at"].startswith("TIMESTAMP")
    assert dict(con.execute("select column_name, column_type from (describe facts)").fetchall())["value"] == "DOUBLE"


def test_seed_warehouse_holds_all_five_documents_with_languages(seed_warehouse: Path):
    con = _con(seed_warehouse)
    rows = con.execute("select file_name, lang, doc_id, n_chars = length(clean_text) from documents order by 1").fetchall()
    assert [r[0] for r in rows] == sorted(p.name for p in (Path(__file__).parents[1] / "seeds").glob("*.txt"))
    assert [r[1] for r in rows] == ["en", "en", "en", "en", "ru"]
    assert all(len(r[2]) == 64 and r[3] for r in rows)


def test_spans_slice_to_their_text(seed_warehouse: Path):
    con = _con(seed_warehouse)
    docs = dict(con.execute("select doc_id, clean_text from documents").fetchall())
    rows = con.execute("select doc_id, text, start_char, end_char from facts union all "
                       "select doc_id, text, start_char, end_char from entities").fetchall()
    assert rows, "the seed articles contain figures"
    for doc_id, text, start, end in rows:
        assert docs[doc_id][start:end] == text


def test_second_run_processes_nothing_and_a_new_file_only_itself(tmp_path: Path, seeds_copy: Path):
    instance = dg.DagsterInstance.ephemeral()
    wh = tmp_path / "wh"
    first = materialize_all(seeds_copy, wh, instance)
    assert first.success and raw_metadata(first)["new_documents"] == 5
    before = {p.name for p in Warehouse(wh).batch_dirs()}

    second = materialize_all(seeds_copy, wh, instance)
    meta = raw_metadata(second)
    assert (meta["new_documents"], meta["unchanged_documents"]) == (0, 5)
    assert {p.name for p in Warehouse(wh).batch_dirs()} == before  # no NLP output written

    (seeds_copy / "new.txt").write_text("Delegation visits Astana\n\nMore than 120 enterprises took part in the fair.\n")
    third = materialize_all(seeds_copy, wh, instance)
    assert (raw_metadata(third)["new_documents"], raw_metadata(third)["unchanged_documents"]) == (1, 5)
    new_batches = {p.name for p in Warehouse(wh).batch_dirs()} - before
    assert len(new_batches) == 1
    staged = pq.read_table(Warehouse(wh).batches / new_batches.pop() / "documents.parquet")
    assert staged.num_rows == 1
    assert _con(wh).execute("select count(*) from documents").fetchone()[0] == 6


def test_changed_and_deleted_files_leave_no_stale_rows(tmp_path: Path, seeds_copy: Path):
    wh = tmp_path / "wh"
    target = seeds_copy / "000_ac83ce79d701eb62.txt"
    assert materialize_all(seeds_copy, wh).success
    old_id = _con(wh).execute("select doc_id from documents where file_name = ?", [target.name]).fetchone()[0]

    target.write_text("Replaced article\n\nThe park hosts 42 companies.\n", encoding="utf-8")
    (seeds_copy / "004_41578f7ec2e96e7f.txt").unlink()
    assert materialize_all(seeds_copy, wh).success
    con = _con(wh)
    assert con.execute("select count(*) from documents").fetchone()[0] == 4
    for view in ("documents", "facts", "entities", "removed_lines"):
        assert con.execute(f"select count(*) from {view} where doc_id = ?", [old_id]).fetchone()[0] == 0
    assert con.execute("select count(*) from documents where file_name like '004_%'").fetchone()[0] == 0
    new_text = con.execute("select clean_text from documents where file_name = ?", [target.name]).fetchone()[0]
    assert "42 companies" in new_text


def test_rejected_files_are_listed_and_others_processed(tmp_path: Path, seeds_copy: Path):
    (seeds_copy / "empty.txt").write_bytes(b"")
    (seeds_copy / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (seeds_copy / "copy.txt").write_bytes((seeds_copy / "000_ac83ce79d701eb62.txt").read_bytes())
    wh = tmp_path / "wh"
    result = materialize_all(seeds_copy, wh)
    assert result.success
    con = _con(wh)
    assert con.execute("select file_name, reason from rejected order by 1").fetchall() == [
        ("empty.txt", "empty file"), ("picture.txt", "binary content (PNG signature)")]
    assert con.execute("select count(*) from documents").fetchone()[0] == 5  # the copy shares a doc_id
    names = con.execute("select file_names from documents where file_name = '000_ac83ce79d701eb62.txt'").fetchone()[0]
    assert names == ["000_ac83ce79d701eb62.txt", "copy.txt"]


def test_asset_checks_pass_on_seeds(tmp_path: Path, seeds_copy: Path):
    result = materialize_all(seeds_copy, tmp_path / "wh")
    checks = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert checks == {"spans_slice_to_text": True, "fact_ids_unique": True, "every_file_accounted_for": True,
                      "warehouse_intact": True}


def test_span_check_looks_at_the_batch_the_run_added(tmp_path: Path, seeds_copy: Path):
    """Checks cost what a run adds: a run that adds nothing checks no span, one new file checks only its own."""
    wh = tmp_path / "wh"
    assert materialize_all(seeds_copy, wh).success
    con = _con(wh)
    all_spans = con.execute("select (select count(*) from entities) + (select count(*) from facts)"
                            " + (select count(*) from events) + (select count(*) from quotes)").fetchone()[0]
    con.close()

    def span_check(result) -> dict:
        [ev] = [e for e in result.get_asset_check_evaluations() if e.check_name == "spans_slice_to_text"]
        assert ev.passed
        return {k: v.value for k, v in ev.metadata.items()}

    noop = span_check(materialize_all(seeds_copy, wh))
    assert noop["spans_checked"] == 0 and noop["scope"] == "no documents added by this run"
    (seeds_copy / "x.txt").write_text("Headline here\n\nThe fund invested 500 million dollars in Astana.\n")
    before = {b.name for b in Warehouse(wh).batch_dirs()}
    one = span_check(materialize_all(seeds_copy, wh))
    [new_batch] = {b.name for b in Warehouse(wh).batch_dirs()} - before
    assert one["scope"] == f"batch {new_batch}" and 1 <= one["spans_checked"] < all_spans


def test_span_check_fails_on_a_broken_span(tmp_path: Path, seeds_copy: Path):
    """The check is real: corrupt one fact offset in the Parquet and it must fail."""
    import pyarrow as pa

    from tourpipe.defs.resources import TourpipePaths
    from tourpipe.defs.warehouse import spans_slice_to_text
    from tourpipe.storage.parquet import atomic_write_parquet

    wh = tmp_path / "wh"
    (seeds_copy / "x.txt").write_text("Headline here\n\nThe fund invested 500 million dollars.\n")
    assert materialize_all(seeds_copy, wh).success
    batch = Warehouse(wh).batch_dirs()[0]
    facts = pq.read_table(batch / "facts.parquet")
    starts = facts.column("start_char").to_pylist()
    starts[0] += 1
    atomic_write_parquet(facts.set_column(facts.schema.get_field_index("start_char"), "start_char",
                                          pa.array(starts, pa.int64())), batch / "facts.parquet")
    result = spans_slice_to_text(TourpipePaths(warehouse_dir=str(wh)))
    assert result.passed is False and result.metadata["bad_rows"].value >= 1


def test_span_check_in_slices_sees_every_span(tmp_path: Path, seeds_copy: Path, monkeypatch):
    """A large batch is checked a slice of documents at a time: every span is still checked once, and a
    broken one is found in whichever slice its document falls."""
    import pyarrow as pa

    from tourpipe.defs import warehouse as checks
    from tourpipe.defs.resources import TourpipePaths
    from tourpipe.storage import warehouse as storage_warehouse
    from tourpipe.storage.parquet import atomic_write_parquet

    wh = tmp_path / "wh"
    assert materialize_all(seeds_copy, wh).success
    con = _con(wh)
    all_spans = con.execute("select (select count(*) from entities) + (select count(*) from facts)"
                            " + (select count(*) from events) + (select count(*) from quotes)").fetchone()[0]
    con.close()
    paths = TourpipePaths(warehouse_dir=str(wh))
    monkeypatch.setattr(storage_warehouse.Warehouse, "batches_to_check",
                        lambda self: (self.batch_dirs(), "all documents"))
    monkeypatch.setattr(storage_warehouse, "SPAN_CHECK_DOCS", 2)  # 5 documents: three slices
    queries = []
    real_query = storage_warehouse.Warehouse.query
    monkeypatch.setattr(storage_warehouse.Warehouse, "query", lambda self, sql: queries.append(sql) or real_query(self, sql))
    whole = checks.spans_slice_to_text(paths)
    assert whole.passed and whole.metadata["spans_checked"].value == all_spans and len(queries) == 3

    batch = Warehouse(wh).batch_dirs()[0]
    ents = pq.read_table(batch / "entities.parquet")
    ends = ents.column("end_char").to_pylist()
    ends[-1] -= 1  # the last mention of the last document in the file: one short
    atomic_write_parquet(ents.set_column(ents.schema.get_field_index("end_char"), "end_char",
                                         pa.array(ends, pa.int64())), batch / "entities.parquet")
    broken = checks.spans_slice_to_text(paths)
    assert broken.passed is False and broken.metadata["bad_rows"].value == 1


def test_asset_function_called_directly(tmp_path: Path, seeds_copy: Path):
    from tourpipe.defs.documents import ReadConfig, raw_documents
    from tourpipe.defs.resources import TourpipePaths

    paths = TourpipePaths(seeds_dir=str(seeds_copy), warehouse_dir=str(tmp_path / "wh"))
    result = raw_documents(dg.build_asset_context(), ReadConfig(), paths)
    meta = {k: v.value for k, v in result.metadata.items()}
    assert meta["new_documents"] == 5 and meta["rejected_files"] == 0 and meta["dagster/row_count"] == 5
    assert result.value.raw.rows == 5


def test_an_asset_materializes_alone_from_a_staged_input(tmp_path: Path):
    """The facts asset given a staged documents table and a staged entities table, nothing else: its
    input arrives as an argument, not through a folder found from the run."""
    from tourpipe import schema
    from tourpipe.defs.extraction import facts
    from tourpipe.defs.resources import TourpipePaths
    from tourpipe.stages import CleanBatch, Extracted

    staging = Warehouse(tmp_path / "wh").staging("given")
    text = "Kazakh delegation visits Astana\nMore than 120 enterprises from 12 countries work in the park."
    documents = staging.write(schema.DOCUMENTS, [{"doc_id": "d1", "lang": "en", "clean_text": text,
                                                  "inline_furniture": []}])
    entities = Extracted(staging.write(schema.ENTITIES, []), staging.write(schema.FAILED, []))
    clean = CleanBatch(documents, staging.write(schema.REMOVED_LINES, []), staging.write(schema.FAILED, []))
    paths = TourpipePaths(warehouse_dir=str(tmp_path / "wh"), n_process=1)
    out = facts(dg.build_asset_context(), paths, clean, entities)
    rows = list(out.value.rows.iter_rows(["doc_id", "text", "value", "unit", "qualifier"]))
    assert rows == [{"doc_id": "d1", "text": "More than 120 enterprises", "value": 120.0, "unit": "enterprise",
                     "qualifier": "more_than"},
                    {"doc_id": "d1", "text": "12 countries", "value": 12.0, "unit": "country", "qualifier": "exact"}]
    assert out.metadata["dagster/row_count"].value == 2


def test_facts_find_each_documents_entities_by_doc_id_whatever_their_order(tmp_path: Path):
    """Entities staged in another order than the documents (here reversed): each document still gets its own
    mentions, so a number inside a name is skipped in the documents that name it, and only there."""
    from tourpipe import schema, stages

    staging = Warehouse(tmp_path / "wh").staging("given")
    texts = {f"d{i}": f"Mars {20 + i} company employs {100 + i} people." for i in range(300)}
    documents = staging.write(schema.DOCUMENTS, [{"doc_id": d, "lang": "en", "clean_text": t, "inline_furniture": []}
                                                 for d, t in texts.items()])
    names = [{"doc_id": d, "text": f"Mars {20 + i}", "label": "ORG", "start_char": 0, "end_char": len(f"Mars {20 + i}"),
              "canonical": f"Mars {20 + i}"} for i, d in enumerate(texts) if i % 2 == 0]
    entities = staging.write(schema.ENTITIES, names[::-1])
    out = stages.find_facts(documents, entities, staging)
    found: dict[str, list[str]] = {}
    for row in out.rows.iter_rows(["doc_id", "text"]):
        found.setdefault(row["doc_id"], []).append(row["text"])
    for i, doc_id in enumerate(texts):
        assert found[doc_id][-1] == f"{100 + i} people"
        assert (f"{20 + i}" in " ".join(found[doc_id][:-1])) == (i % 2 == 1), (doc_id, found[doc_id])


def test_views_exist_and_are_empty_for_an_empty_seeds_folder(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    wh = tmp_path / "wh"
    assert materialize_all(seeds, wh).success
    con = _con(wh)
    for view in VIEW_COLUMNS:
        assert con.execute(f"select count(*) from {view}").fetchone()[0] == 0


def test_overlapping_runs_store_a_new_document_once(tmp_path: Path, seeds_copy: Path):
    """A sensor run and a manual run that both staged the same new file: the second commit adds nothing twice."""
    from tourpipe import stages

    wh = Warehouse(tmp_path / "wh")
    staged = []
    for run_id in ("sensor-run", "manual-run"):  # both stage before either commits
        staging = wh.staging(run_id)
        raw = stages.read_documents(seeds_copy, wh, staging)
        clean = stages.clean_documents(raw.raw, staging)
        entities = stages.find_entities(clean.documents, staging)
        facts = stages.find_facts(clean.documents, entities.rows, staging)
        extracted = {"entities": entities, "facts": facts}
        staged.append((raw.listing, stages.batch_tables(clean, extracted), stages.failures(clean, extracted)))
    for listing, tables, failed in staged:
        stages.publish(wh, stages.commit(wh, listing, tables, failed))
    assert len(Warehouse(tmp_path / "wh").batch_dirs()) == 1
    con = _con(tmp_path / "wh")
    assert con.execute("select count(*), count(distinct doc_id) from documents").fetchone() == (5, 5)
    assert con.execute("select count(*) = count(distinct fact_id) from facts").fetchone()[0]


def test_unchanged_files_are_not_read_again(tmp_path: Path, seeds_copy: Path, monkeypatch):
    """A no-op run only stats the folder; an edited file (new mtime) is read again and re-identified."""
    import os

    from tourpipe import stages

    wh = tmp_path / "wh"
    stages.run_all(seeds_copy, wh, n_process=1)
    reads: list[str] = []
    real = stages.read_source
    monkeypatch.setattr(stages, "read_source", lambda path, *a, **k: reads.append(path.name) or real(path, *a, **k))

    noop = stages.run_all(seeds_copy, wh, n_process=1)
    assert reads == [] and (noop["raw"].new, noop["raw"].unchanged) == (0, 5)

    touched = seeds_copy / "001_d5e09ba9b95232db.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    again = stages.run_all(seeds_copy, wh, n_process=1)
    assert reads == [touched.name] and (again["raw"].new, again["raw"].unchanged) == (0, 5)


def test_last_run_record_follows_the_listing_and_the_database(tmp_path: Path, seeds_copy: Path):
    """The record `tourpipe run` trusts to skip a run holds only while the listing and the database are unchanged."""
    import os

    from tourpipe import stages
    from tourpipe.ingest import seeds_fingerprint

    wh_path = tmp_path / "wh"
    wh = Warehouse(wh_path)
    assert wh.up_to_date(seeds_copy, seeds_fingerprint(seeds_copy)) is None  # nothing built yet
    stages.run_all(seeds_copy, wh_path, n_process=1)
    state = wh.up_to_date(seeds_copy, seeds_fingerprint(seeds_copy))
    assert state is not None and state.files == 5 and state.rejected == 0
    assert state.rows["documents"] == 5 and state.batch == wh.batch_dirs()[0].name
    assert wh.up_to_date(tmp_path / "other_seeds", seeds_fingerprint(seeds_copy)) is None

    # A touched file (same bytes, new mtime) changes the listing: the shortcut no longer applies ...
    touched = seeds_copy / "001_d5e09ba9b95232db.txt"
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    assert wh.up_to_date(seeds_copy, seeds_fingerprint(seeds_copy)) is None
    # ... until a run has looked at it again (a run that added no batch).
    stages.run_all(seeds_copy, wh_path, n_process=1)
    state = wh.up_to_date(seeds_copy, seeds_fingerprint(seeds_copy))
    assert state is not None and state.batch is None

    # A new file, a generation changed by someone else, or a missing database: no shortcut either.
    (seeds_copy / "new.txt").write_text("Astana hosted 40 delegations in 2023.\n", encoding="utf-8")
    assert wh.up_to_date(seeds_copy, seeds_fingerprint(seeds_copy)) is None
    (seeds_copy / "new.txt").unlink()
    fp = seeds_fingerprint(seeds_copy)
    assert wh.up_to_date(seeds_copy, fp) is not None
    generation = wh.generation_path.read_text(encoding="utf-8")
    wh.generation_path.write_text(generation + " ", encoding="utf-8")
    assert wh.up_to_date(seeds_copy, fp) is None
    wh.generation_path.write_text(generation, encoding="utf-8")
    assert wh.up_to_date(seeds_copy, fp) is not None
    wh.db_path.unlink()
    assert wh.up_to_date(seeds_copy, fp) is None


def test_asset_pages_show_the_table_as_it_is_after_a_run_with_nothing_new(tmp_path: Path, seeds_copy: Path):
    """After a no-op run each asset records the rows its table holds (dagster/row_count), the rows the run
    added (0), a sentence saying both and the first rows of the table, never a bare zero and an empty preview."""
    instance = dg.DagsterInstance.ephemeral()
    assert materialize_all(seeds_copy, tmp_path / "wh", instance).success
    (seeds_copy / "004_41578f7ec2e96e7f.txt").unlink()  # and a deleted file leaves the totals honest
    again = materialize_all(seeds_copy, tmp_path / "wh", instance)
    meta = {}
    for event in again.get_asset_materialization_events():
        mat = event.event_specific_data.materialization
        meta[mat.asset_key.to_user_string()] = {k: v.value for k, v in mat.metadata.items()}
    con = _con(tmp_path / "wh")
    for asset, view, what in (("raw_documents", "documents", "documents"), ("entities", "entities", "mentions"),
                              ("facts", "facts", "facts"), ("events", "events", "events"),
                              ("quotes", "quotes", "quotations")):
        total = con.execute(f"select count(*) from {view}").fetchone()[0]
        assert meta[asset]["dagster/row_count"] == total > 0, asset
        assert meta[asset]["rows_added"] == 0
        assert meta[asset]["summary"] == f"no new {what} this run; the table holds {total:,}"
        assert meta[asset]["preview"].count("\n") >= 2  # a header, a rule and rows
        assert "dagster/column_schema" in meta[asset]
    assert meta["warehouse_views"]["dagster/row_count"] == 4
