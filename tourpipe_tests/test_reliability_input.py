"""SPEC §8 bad input, done for real: a seeds folder full of broken, odd and vanishing files, materialized
through the real Dagster job; changed, deleted and duplicated files over several runs; reproducible tables."""
from __future__ import annotations

import codecs
import os
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pyarrow.parquet as pq
import pytest

import tourpipe.stages
from tourpipe.storage import Warehouse
from tourpipe_tests.conftest import SEEDS, materialize_all, raw_metadata

pytestmark = pytest.mark.slow  # runs the pipeline through Dagster or in subprocesses

EN_SEED = "000_ac83ce79d701eb62.txt"
RU_TITLE = "Журналисты из Казахстана посетили технопарк в Шанхае"
RU_BODY = [
    "Делегация из шести журналистов провела в Китае неделю и посетила более 120 предприятий.",
    "По словам министра, стороны обсудили 57 совместных проектов на сумму 16 млрд долларов.",
    "Ещё около 30 компаний готовы открыть представительства в Астане в 2025 году.",
]
# Letters and punctuation every single-byte Cyrillic code page has (KOI8-R lacks « » and the em dash).
RU_ARTICLE = "\n\n".join([RU_TITLE, *RU_BODY]) + "\n"
EN_ARTICLE = "Delegation visits Astana tech park\n\nMore than 120 enterprises took part in the fair in 2024.\n"


def _ru(variant: str) -> str:
    """The Russian article with a title of its own: identical lines in 3+ documents would be furniture."""
    return RU_ARTICLE.replace(RU_TITLE, f"{RU_TITLE} ({variant})", 1)


# file name -> (the text, its bytes on disk, the encoding documents.encoding must name)
ENCODED = {
    "ru_utf8_bom.txt": (_ru("utf-8"), codecs.BOM_UTF8 + _ru("utf-8").encode("utf-8"), "utf-8 with BOM"),
    "ru_utf16le.txt": (_ru("le"), codecs.BOM_UTF16_LE + _ru("le").encode("utf-16-le"), "utf-16 with BOM"),
    "ru_utf16be.txt": (_ru("be"), codecs.BOM_UTF16_BE + _ru("be").encode("utf-16-be"), "utf-16 with BOM"),
    "ru_cp1251.txt": (_ru("windows"), _ru("windows").replace("\n", "\r\n").encode("cp1251"), "cp1251"),
    "ru_koi8r.txt": (_ru("koi8"), _ru("koi8").encode("koi8-r"), "koi8-r"),
}
REJECTED = {
    "empty.txt": "empty file",
    "bom_only.txt": "empty file",
    "utf16_blank.txt": "empty file",
    "picture.txt": "binary content (PNG signature)",
    "invalid_utf8.txt": "undecodable (not UTF-8",
    "huge.txt": "too large (52,428,800 bytes",
    "nul_bytes.txt": "binary content (NUL byte at offset 20)",
    "report.pdf": "unsupported type (.pdf",
    "table.csv": "unsupported type (.csv",
    "link_outside.txt": "symlink points outside the seeds folder",
    "dangling.txt": "broken symlink",
    "pipe.txt": "not a regular file (FIFO)",
    "vanishing.txt": "file vanished before it could be read",
}


def _build_zoo(seeds: Path, outside: Path) -> None:
    seeds.mkdir(parents=True)
    shutil.copy(SEEDS / EN_SEED, seeds / EN_SEED)
    (seeds / "en_short.txt").write_text(EN_ARTICLE, encoding="utf-8")
    (seeds / "nested").mkdir()
    (seeds / "nested" / "deeper.txt").write_text(EN_ARTICLE.replace("Astana", "Almaty"), encoding="utf-8")
    for name, (_, data, _) in ENCODED.items():
        (seeds / name).write_bytes(data)
    # UTF-8 with one stray Latin-1 byte: kept, the damage noted in documents.encoding.
    (seeds / "one_bad_byte.txt").write_bytes(("Cafe owners in Astana report " * 40).encode() + b"caf\xe9 42 tables.\n")

    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "bom_only.txt").write_bytes(codecs.BOM_UTF8 + b"\r\n")
    (seeds / "utf16_blank.txt").write_bytes(codecs.BOM_UTF16_LE + "  \r\n\t".encode("utf-16-le"))
    (seeds / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (seeds / "invalid_utf8.txt").write_bytes(bytes(range(128, 256)) * 16)
    with open(seeds / "huge.txt", "wb") as fh:  # 50 MB of real text lines, quickly
        line = b"The park hosts 42 companies and 7 laboratories.\n"  # 48 bytes
        fh.write(line * (50 * 1024 * 1024 // len(line)))
        fh.write(b"x" * (50 * 1024 * 1024 % len(line)))
    (seeds / "nul_bytes.txt").write_bytes(b"A perfectly fine sta\x00rt, then NULs\x00\x00.")
    (seeds / "report.pdf").write_bytes(b"%PDF-1.7\n1 0 obj\n")
    (seeds / "table.csv").write_text("park,companies\nAlatau,42\n", encoding="utf-8")
    outside.write_text("A private note outside the seeds folder. 99 secrets.\n", encoding="utf-8")
    (seeds / "link_outside.txt").symlink_to(outside)
    (seeds / "link_inside.txt").symlink_to(seeds / "en_short.txt")
    (seeds / "dangling.txt").symlink_to(seeds / "no_such_file.txt")
    os.mkfifo(seeds / "pipe.txt")  # reading a FIFO with no writer blocks forever
    (seeds / "vanishing.txt").write_text(EN_ARTICLE.replace("Astana", "Shymkent"), encoding="utf-8")


@pytest.fixture(scope="module")
def zoo(tmp_path_factory) -> tuple[Path, Path, dg.ExecuteInProcessResult]:
    """One Dagster materialization of a seeds folder holding every kind of bad file at once."""
    root = tmp_path_factory.mktemp("zoo")
    seeds, wh = root / "seeds", root / "wh"
    _build_zoo(seeds, root / "outside.txt")
    listed = tourpipe.stages.list_seeds

    def list_then_lose_one(folder: Path) -> list:
        files = listed(folder)
        (folder / "vanishing.txt").unlink()  # listed, then gone before it is read
        return files

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(tourpipe.stages, "list_seeds", list_then_lose_one)
        result = materialize_all(seeds, wh)
    return seeds, wh, result


def _rows(wh: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(wh / "tourpipe.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_zoo_run_succeeds_and_every_check_passes(zoo):
    _, _, result = zoo
    assert result.success
    checks = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert checks == {"spans_slice_to_text": True, "fact_ids_unique": True, "every_file_accounted_for": True,
                      "warehouse_intact": True}
    meta = raw_metadata(result)
    assert meta["rejected_files"] == len(REJECTED)
    assert meta["files"] == len(REJECTED) + len(ENCODED) + 5  # the listing, vanished file included


def test_every_bad_file_is_rejected_with_its_reason(zoo):
    _, wh, _ = zoo
    rejected = {name: (reason, size) for name, reason, size in
                _rows(wh, "select file_name, reason, size_bytes from rejected")}
    assert set(rejected) == set(REJECTED)
    for name, reason in REJECTED.items():
        assert rejected[name][0].startswith(reason), (name, rejected[name][0])
    assert rejected["huge.txt"][1] == 50 * 1024 * 1024
    assert rejected["picture.txt"][1] == 16 + 256 * 8
    assert rejected["empty.txt"][1] == 0


def test_every_listed_file_is_either_a_document_or_rejected(zoo):
    seeds, wh, _ = zoo
    documents = {n for (names,) in _rows(wh, "select file_names from documents") for n in names}
    rejected = {n for (n,) in _rows(wh, "select file_name from rejected")}
    on_disk = {p.relative_to(seeds).as_posix() for p in seeds.rglob("*") if p.is_symlink() or not p.is_dir()}
    assert documents.isdisjoint(rejected)
    assert documents | rejected == on_disk | {"vanishing.txt"}
    assert documents == {EN_SEED, "en_short.txt", "link_inside.txt", "nested/deeper.txt", "one_bad_byte.txt", *ENCODED}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_russian_encodings_decode_to_the_right_text(zoo, name):
    _, wh, _ = zoo
    text, _, expected_encoding = ENCODED[name]
    (lang, encoding, raw, clean, title), = _rows(
        wh, f"select lang, encoding, raw_text, clean_text, title from documents where file_name = '{name}'")
    assert (lang, encoding) == ("ru", expected_encoding)
    assert raw == text  # the bytes decoded exactly (and CRLF normalised)
    assert title == text.split("\n", 1)[0] and clean.startswith(title)
    for sentence in RU_BODY:
        assert sentence in clean
    assert "\ufeff" not in raw and "\r" not in raw


def test_russian_documents_get_facts_and_entities_from_every_encoding(zoo):
    _, wh, _ = zoo
    per_file = dict(_rows(wh, """select d.file_name, list(f.value order by f.start_char)
                                from documents d join facts f using (doc_id) where d.lang = 'ru' group by 1"""))
    assert set(per_file) == set(ENCODED)
    assert len({tuple(v) for v in per_file.values()}) == 1  # the same figures whatever the encoding
    assert {57.0, 16e9} <= set(next(iter(per_file.values())))
    with_entities = {n for (n,) in _rows(wh, "select distinct d.file_name from documents d join entities e using (doc_id)"
                                             " where d.lang = 'ru'")}
    assert with_entities == set(ENCODED)


def test_good_documents_next_to_bad_ones_are_processed_whole(zoo):
    _, wh, _ = zoo
    docs = {r[0]: r[1:] for r in _rows(wh, "select file_name, lang, encoding, file_names, n_chars from documents")}
    assert docs["en_short.txt"][2] == ["en_short.txt", "link_inside.txt"]  # symlink inside: same bytes, one doc
    assert "link_inside.txt" not in docs  # ... shown under its first name only
    assert docs["one_bad_byte.txt"][1] == "utf-8 (1 invalid byte replaced)"
    assert docs["nested/deeper.txt"][0] == "en"
    assert _rows(wh, f"select count(*) from facts f join documents d using (doc_id) where d.file_name = '{EN_SEED}'")[0][0] > 0


# -- changed, deleted, duplicated files over several runs ------------------------------------------------
def _state(wh: Path) -> dict:
    return {
        "docs": {r[0]: (r[1], r[2]) for r in _rows(wh, "select file_name, doc_id, file_names from documents")},
        "facts": dict(_rows(wh, "select doc_id, count(*) from facts group by 1")),
        "entities": dict(_rows(wh, "select doc_id, count(*) from entities group by 1")),
        "removed": dict(_rows(wh, "select doc_id, count(*) from removed_lines group by 1")),
    }


def _stored_doc_ids(wh: Path) -> list[str]:
    return sorted(i for b in Warehouse(wh).batch_dirs()
                  for i in pq.read_table(b / "documents.parquet", columns=["doc_id"]).column("doc_id").to_pylist())


def test_changed_deleted_renamed_and_duplicate_files_over_four_runs(tmp_path: Path):
    seeds, wh = tmp_path / "seeds", tmp_path / "wh"
    seeds.mkdir()
    instance = dg.DagsterInstance.ephemeral()
    a = (SEEDS / EN_SEED).read_bytes()
    b1 = _ru("first").encode("utf-8")
    b2 = _ru("second").replace("57", "58").encode("cp1251")
    (seeds / "a.txt").write_bytes(a)
    (seeds / "a_copy.txt").write_bytes(a)
    (seeds / "b.txt").write_bytes(b1)

    # Run 1: identical bytes under two names are processed once and both names are recorded.
    first = materialize_all(seeds, wh, instance)
    assert first.success
    assert (raw_metadata(first)["new_documents"], raw_metadata(first)["duplicate_files"]) == (2, 1)
    s1 = _state(wh)
    assert set(s1["docs"]) == {"a.txt", "b.txt"}
    id_a, id_b1 = s1["docs"]["a.txt"][0], s1["docs"]["b.txt"][0]
    assert s1["docs"]["a.txt"][1] == ["a.txt", "a_copy.txt"]
    assert _stored_doc_ids(wh) == sorted([id_a, id_b1])  # stored once
    assert s1["facts"][id_a] > 0 and s1["facts"][id_b1] > 0

    # Run 2: b.txt changes (and encoding); a.txt is deleted but its copy stays; b's old bytes come back as c.txt.
    (seeds / "b.txt").write_bytes(b2)
    (seeds / "a.txt").unlink()
    (seeds / "c.txt").write_bytes(b1)
    second = materialize_all(seeds, wh, instance)
    assert second.success and checks_ok(second)
    assert (raw_metadata(second)["new_documents"], raw_metadata(second)["unchanged_documents"]) == (1, 2)
    s2 = _state(wh)
    id_b2 = s2["docs"]["b.txt"][0]
    assert id_b2 not in (id_a, id_b1)
    assert s2["docs"] == {"a_copy.txt": (id_a, ["a_copy.txt"]), "b.txt": (id_b2, ["b.txt"]),
                          "c.txt": (id_b1, ["c.txt"])}
    # The renamed document keeps its rows, unprocessed; the changed one has the new figure.
    for table in ("facts", "entities", "removed"):
        assert s2[table].get(id_a) == s1[table].get(id_a) and s2[table].get(id_b1) == s1[table].get(id_b1)
    assert 58.0 in [v for (v,) in _rows(wh, f"select value from facts where doc_id = '{id_b2}'")]
    assert _rows(wh, f"select encoding from documents where doc_id = '{id_b2}'") == [("cp1251",)]

    # Run 3: b.txt goes back to its first bytes and c.txt is deleted: nothing new, the second version vanishes.
    (seeds / "b.txt").write_bytes(b1)
    (seeds / "c.txt").unlink()
    third = materialize_all(seeds, wh, instance)
    assert third.success and raw_metadata(third)["new_documents"] == 0
    s3 = _state(wh)
    assert s3["docs"] == {"a_copy.txt": (id_a, ["a_copy.txt"]), "b.txt": (id_b1, ["b.txt"])}
    for table in ("facts", "entities", "removed"):
        assert id_b2 not in s3[table]
    assert s3["facts"] == s1["facts"]

    # Run 4: every file deleted: the views are empty, nothing stale anywhere.
    for p in seeds.iterdir():
        p.unlink()
    fourth = materialize_all(seeds, wh, instance)
    assert fourth.success and checks_ok(fourth)
    for view in ("documents", "entities", "facts", "removed_lines", "rejected", "entity_summary"):
        assert _rows(wh, f"select count(*) from {view}") == [(0,)], view


def checks_ok(result) -> bool:
    return all(e.passed for e in result.get_asset_check_evaluations())


# -- reproducibility -------------------------------------------------------------------------------------
TIMESTAMPS = {"documents": "ingested_at", "rejected": "seen_at"}


def _parquet_files(wh: Path) -> dict[str, Path]:
    """Every stored Parquet file under a name that is the same in two warehouses built from the same input.

    The rejected list is stored under the digest of its content, seen_at included, so its name is the
    table's name here; the file listing's digest (no timestamps) must match as it is.
    """
    root = Warehouse(wh).parquet
    return {("current/rejected" if p.name.startswith("rejected-") else p.relative_to(root).as_posix()): p
            for p in root.rglob("*.parquet")}


def _small_seeds(folder: Path) -> Path:
    folder.mkdir()
    for name in sorted(p.name for p in SEEDS.glob("*.txt"))[:2] + ["004_41578f7ec2e96e7f.txt"]:
        shutil.copy(SEEDS / name, folder / name)
    (folder / "ru.txt").write_bytes(_ru("koi8").encode("koi8-r"))
    (folder / "copy.txt").write_bytes((SEEDS / EN_SEED).read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    return folder


def test_two_fresh_warehouses_from_the_same_input_store_identical_tables(tmp_path: Path):
    seeds = _small_seeds(tmp_path / "seeds")
    one, two = tmp_path / "one", tmp_path / "two"
    assert materialize_all(seeds, one).success
    assert materialize_all(seeds, two).success
    files_one, files_two = _parquet_files(one), _parquet_files(two)
    assert set(files_one) == set(files_two)  # same batch ids, same content-addressed manifest names...
    assert any(name.startswith("batches/") for name in files_one)
    assert Warehouse(one).generation().files == Warehouse(two).generation().files
    differing = {name for name in files_one if files_one[name].read_bytes() != files_two[name].read_bytes()}
    # ...and byte-identical files, except where a wall-clock timestamp is stored.
    for name in differing:
        table = name.rsplit("/", 1)[-1].removesuffix(".parquet")
        assert table in TIMESTAMPS, f"{name} differs between two runs on the same input"
        t1, t2 = pq.read_table(files_one[name]), pq.read_table(files_two[name])
        assert t1.drop_columns([TIMESTAMPS[table]]).equals(t2.drop_columns([TIMESTAMPS[table]])), name
    for view in ("documents", "entities", "facts", "removed_lines", "rejected", "entity_summary"):
        exclude = f" exclude ({TIMESTAMPS[view]})" if view in TIMESTAMPS else ""
        sql = f"select *{exclude} from {view}"  # the views' own order, not re-sorted: row order is part of it
        assert _rows(one, sql) == _rows(two, sql), view


def test_rerun_on_the_same_input_changes_no_stored_byte(tmp_path: Path):
    """A second run over unchanged seeds (rejected files included) leaves every table, timestamps included, as it was."""
    seeds = _small_seeds(tmp_path / "seeds")
    wh = tmp_path / "wh"
    instance = dg.DagsterInstance.ephemeral()
    assert materialize_all(seeds, wh, instance).success
    before = {name: p.read_bytes() for name, p in _parquet_files(wh).items()}
    generation = Warehouse(wh).generation()
    rejected = _rows(wh, "select * from rejected")
    again = materialize_all(seeds, wh, instance)
    assert again.success and raw_metadata(again)["new_documents"] == 0
    assert {name: p.read_bytes() for name, p in _parquet_files(wh).items()} == before
    assert Warehouse(wh).generation() == generation
    assert _rows(wh, "select * from rejected") == rejected  # seen_at is when the file was first seen so
