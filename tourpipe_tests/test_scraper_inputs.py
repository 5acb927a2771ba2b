"""What real scrapers write, through the real Dagster job: a folder mixing text files, HTML pages and JSON records
(some malformed) runs to the end; records come and go one at a time across runs without re-reading what did not
change. Pages and records are written for these tests (tourpipe_tests/data/scraped), modelled on news sites."""
from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import pyarrow.parquet as pq
import pytest

import tourpipe.stages
from tourpipe.storage import Warehouse
from tourpipe_tests.conftest import SEEDS, materialize_all, raw_metadata

pytestmark = pytest.mark.slow  # runs the pipeline through Dagster

SCRAPED = Path(__file__).parent / "data" / "scraped"
EN_SEED = "000_ac83ce79d701eb62.txt"
# Two records whose text opens with a dateline the cleaner reads: the record's own date wins when it gives one.
DATELINES = [
    {"title": "Shymkent opens a logistics hub", "published": "2024-09-02", "source": "Silk Road Wire",
     "text": "14.03.2023 10:42\nThe new hub in Shymkent will handle 300,000 tonnes of cargo a year."},
    {"title": "Turkistan region signs a solar deal", "source": "Silk Road Wire",
     "text": "14.03.2023 10:42\nThe Turkistan region signed a deal for a 100 MW solar plant with a Chinese investor."},
]


def _rows(wh: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(wh / "tourpipe.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def _checks(result) -> dict[str, bool]:
    return {e.check_name: e.passed for e in result.get_asset_check_evaluations()}


@pytest.fixture(scope="module")
def mixed(tmp_path_factory) -> tuple[Path, dg.ExecuteInProcessResult]:
    """One run over .txt, .html (with and without metadata), .jsonl (good and malformed records) and a .json list."""
    root = tmp_path_factory.mktemp("mixed")
    seeds, wh = root / "seeds", root / "wh"
    seeds.mkdir()
    shutil.copy(SEEDS / EN_SEED, seeds / EN_SEED)
    for name in ("steppe_daily_urumqi.html", "stepnye_vesti_shanghai.html", "wire.jsonl", "digest.json"):
        shutil.copy(SCRAPED / name, seeds / name)
    (seeds / "datelines.jsonl").write_text("\n".join(json.dumps(r) for r in DATELINES) + "\n", encoding="utf-8")
    return wh, materialize_all(seeds, wh)


def test_a_mixed_folder_runs_to_the_end_and_every_check_passes(mixed):
    _, result = mixed
    assert result.success
    assert _checks(result) == {"spans_slice_to_text": True, "fact_ids_unique": True, "every_file_accounted_for": True,
                               "warehouse_intact": True}
    meta = raw_metadata(result)
    assert meta["files"] == 6 and meta["rejected_files"] == 5  # five bad records of wire.jsonl
    assert (meta["new_documents"], meta["duplicate_files"]) == (9, 1)  # digest.json#1 is wire.jsonl#1 again


def test_documents_carry_address_outlet_title_and_date_from_pages_and_records(mixed):
    wh, _ = mixed
    docs = {r[0]: r[1:] for r in _rows(wh, "select file_name, url, source, title, published, file_names from documents")}
    assert list(docs) == ["000_ac83ce79d701eb62.txt", "datelines.jsonl#1", "datelines.jsonl#2", "digest.json#1",
                          "digest.json#2", "stepnye_vesti_shanghai.html", "steppe_daily_urumqi.html", "wire.jsonl#2",
                          "wire.jsonl#4"]  # ordered by file, then record number; wire.jsonl#1 is digest.json#1
    assert docs["steppe_daily_urumqi.html"][:4] == (
        "https://steppe-daily.example/news/2024/05/17/kazakh-journalists-tour-urumqi-software-park", "Steppe Daily",
        "Kazakh journalists tour Urumqi software park", date(2024, 5, 17))
    assert docs["wire.jsonl#4"][:4] == ("https://stepnye-vesti.example/news/45871", "Степные вести",
                                         "Казахстан и Китай подписали соглашения на $2 млрд", date(2025, 3, 11))
    assert docs["wire.jsonl#2"][:2] == ("https://silkroad-wire.example/2024/07/01/khorgos-dry-port", "Silk Road Wire")
    assert docs["stepnye_vesti_shanghai.html"][:3] == (None, None, "Журналисты из Казахстана посетили технопарк в Шанхае")
    text_file = docs[EN_SEED]
    assert text_file[:2] == (None, None) and text_file[2] == "Kazakh journalists have weeklong China tech tour in Shanghai"
    # Identical records in two files: one document, both names, shown under the first.
    assert docs["digest.json#2"][4] == ["digest.json#2"]
    assert docs["digest.json#1"][4] == ["digest.json#1", "wire.jsonl#1"]
    assert docs["digest.json#1"][:2] == ("https://silkroad-wire.example/2024/06/03/astana-digital-forum", "Silk Road Wire")


def test_metadata_dates_override_the_cleaners_guess_only_when_given(mixed):
    wh, _ = mixed
    published = dict(_rows(wh, "select file_name, published from documents where file_name like 'datelines%'"))
    assert published == {"datelines.jsonl#1": date(2024, 9, 2),  # the record's own date, not its text's dateline
                         "datelines.jsonl#2": date(2023, 3, 14)}  # no date in the record: the cleaner's


def test_bad_records_are_listed_in_rejected_with_file_and_record_number(mixed):
    wh, _ = mixed
    rejected = _rows(wh, "select file_name, seed_file, record_no, reason from rejected")
    assert [r[:3] for r in rejected] == [("wire.jsonl#3", "wire.jsonl", 3), ("wire.jsonl#6", "wire.jsonl", 6),
                                         ("wire.jsonl#7", "wire.jsonl", 7), ("wire.jsonl#8", "wire.jsonl", 8),
                                         ("wire.jsonl#9", "wire.jsonl", 9)]
    assert rejected[0][3].startswith("wire.jsonl record 3: invalid JSON")
    assert rejected[4][3].startswith("wire.jsonl record 9: unparseable date: published 'yesterday'")
    listed = _rows(wh, "select count(*), count(distinct seed_file) from current_files")
    assert listed == [(10, 6)]  # 9 document names + digest.json#1; every file has at least one


def test_the_cleaner_runs_on_the_extracted_text(mixed):
    wh, _ = mixed
    removed = _rows(wh, """select r.text, r.reason from removed_lines r join documents d using (doc_id)
                           where d.file_name = 'digest.json#1' order by line_no""")
    assert [t for t, _ in removed] == ["Share this article", "Related: Khorgos dry port doubles throughput"]
    [(raw, clean)] = _rows(wh, "select raw_text, clean_text from documents where file_name = 'stepnye_vesti_shanghai.html'")
    assert raw.startswith("Журналисты из Казахстана посетили технопарк в Шанхае\n14.03.2025 10:42\n")
    assert "14.03.2025" not in clean and "Все новости" not in raw and "Комментарии" not in raw


def test_pages_and_records_get_entities_and_figures_in_both_languages(mixed):
    wh, _ = mixed
    facts = set(_rows(wh, """select d.file_name, f.text, f.unit, f.value from facts f join documents d using (doc_id)
                             where d.url is not null or d.file_name like '%.html'"""))
    assert ("steppe_daily_urumqi.html", "2 billion yuan", "CNY", 2e9) in facts
    assert ("wire.jsonl#2", "1,200 container trains", "container train", 1200.0) in facts  # as "контейнерных поездов"
    assert ("wire.jsonl#4", "12 соглашений", "agreement", 12.0) in facts
    assert ("stepnye_vesti_shanghai.html", "57 совместных проектов", "project", 57.0) in facts
    places = {c for (c,) in _rows(wh, """select e.canonical from entities e join documents d using (doc_id)
                                          where d.file_name = 'steppe_daily_urumqi.html' and e.label = 'GPE'""")}
    assert {"Kazakhstan", "Urumqi"} <= places


# -- records coming and going across runs ------------------------------------------------------------------
def _record(title: str, body: str) -> dict:
    return {"url": f"https://silkroad-wire.example/{title.lower().replace(' ', '-')}", "title": title,
            "published": "2024-06-10", "source": "Silk Road Wire", "text": body}


A = _record("Almaty IT park grows", "The Alatau IT park in Almaty now hosts 380 companies.")
B = _record("Astana forum closes", "The forum in Astana closed after 35 agreements were signed.")
B2 = _record("Astana forum closes", "The forum in Astana closed after 36 agreements were signed.")
C = _record("Khorgos port expands", "The Khorgos dry port will add 12 new cranes in 2025.")


def _write(path: Path, *lines) -> None:
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n", encoding="utf-8")


def _docs(wh: Path) -> dict[str, tuple]:
    return {r[0]: r[1:] for r in _rows(wh, "select file_name, doc_id, title, file_names from documents")}


def _batch_documents(wh: Path, batch: str | None) -> list[str]:
    if batch is None:
        return []
    return pq.read_table(Warehouse(wh).batches / batch / "documents.parquet", columns=["doc_id"]).column("doc_id").to_pylist()


def test_records_added_changed_and_deleted_across_runs(tmp_path: Path, monkeypatch):
    seeds, wh = tmp_path / "seeds", tmp_path / "wh"
    seeds.mkdir()
    feed = seeds / "feed.jsonl"
    instance = dg.DagsterInstance.ephemeral()
    reads: list[str] = []
    real = tourpipe.stages.read_source
    monkeypatch.setattr(tourpipe.stages, "read_source",
                        lambda path, *a, **k: reads.append(path.name) or real(path, *a, **k))

    def run() -> dict:
        reads.clear()
        result = materialize_all(seeds, wh, instance)
        assert result.success and all(_checks(result).values()), _checks(result)
        return raw_metadata(result)

    # Run 1: two good records and a malformed one.
    _write(feed, A, B, '{"title": "cut short", "text": ')
    first = run()
    assert (first["new_documents"], first["rejected_files"]) == (2, 1)
    s1 = _docs(wh)
    assert set(s1) == {"feed.jsonl#1", "feed.jsonl#2"}
    rejected = _rows(wh, "select * from rejected")
    assert [r[0] for r in rejected] == ["feed.jsonl#3"]
    generation = Warehouse(wh).generation()

    # Run 2: nothing changed: the file is not read again, and the stored state is the same (the bad record too).
    second = run()
    assert reads == [] and (second["new_documents"], second["unchanged_documents"], second["rejected_files"]) == (0, 2, 1)
    assert _docs(wh) == s1 and _rows(wh, "select * from rejected") == rejected
    assert Warehouse(wh).generation() == generation

    # Run 3: one record added: the file is read again, and only the new record is processed.
    _write(feed, A, B, '{"title": "cut short", "text": ', C)
    third = run()
    assert reads == ["feed.jsonl"] and (third["new_documents"], third["unchanged_documents"]) == (1, 2)
    s3 = _docs(wh)
    assert s3["feed.jsonl#4"][1] == "Khorgos port expands"
    assert _batch_documents(wh, Warehouse(wh).last_run().batch) == [s3["feed.jsonl#4"][0]]
    assert {k: s3[k] for k in s1} == s1  # the records already there keep their rows

    # Run 4: record 2 edited, and record 4 copied into a second file: one new document; the copy is the same one.
    _write(feed, A, B2, '{"title": "cut short", "text": ', C)
    _write(seeds / "copy.jsonl", C)
    fourth = run()
    assert (fourth["new_documents"], fourth["unchanged_documents"]) == (1, 3)
    s4 = _docs(wh)
    assert s4["feed.jsonl#2"][0] not in (s1["feed.jsonl#2"][0],) and s4["feed.jsonl#1"] == s1["feed.jsonl#1"]
    assert s4["copy.jsonl#1"][0] == s3["feed.jsonl#4"][0] and s4["copy.jsonl#1"][2] == ["copy.jsonl#1", "feed.jsonl#4"]
    old_b = s1["feed.jsonl#2"][0]
    for view in ("documents", "entities", "facts", "removed_lines"):
        assert _rows(wh, f"select count(*) from {view} where doc_id = '{old_b}'") == [(0,)], view
    assert 36.0 in [v for (v,) in _rows(wh, f"select value from facts where doc_id = '{s4['feed.jsonl#2'][0]}'")]

    # Run 5: record 1 and the malformed line deleted: record 1 leaves every view, the rejection goes too, and the
    # records behind it are renumbered (their doc_ids, and so their rows, stay).
    _write(feed, B2, C)
    fifth = run()
    assert (fifth["new_documents"], fifth["rejected_files"]) == (0, 0)
    s5 = _docs(wh)
    assert set(s5) == {"copy.jsonl#1", "feed.jsonl#1"}
    assert s5["feed.jsonl#1"][0] == s4["feed.jsonl#2"][0] and s5["copy.jsonl#1"][2] == ["copy.jsonl#1", "feed.jsonl#2"]
    gone = s1["feed.jsonl#1"][0]
    for view in ("documents", "entities", "facts", "removed_lines"):
        assert _rows(wh, f"select count(*) from {view} where doc_id = '{gone}'") == [(0,)], view
    assert _rows(wh, "select count(*) from rejected") == [(0,)]
