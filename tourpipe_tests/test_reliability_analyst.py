"""SPEC §4/§8 from the analyst's chair: connections held open (Python and the duckdb shell) while runs
replace the database, readers polling during a run, and `tourpipe sql` refusing every way to write."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import dagster as dg
import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tourpipe.cli import check_read_only
from tourpipe.defs.resources import TourpipePaths
from tourpipe.defs.warehouse import spans_slice_to_text
from tourpipe.storage import Warehouse
from tourpipe.storage.integrity import write_batch_manifest
from tourpipe.storage.parquet import atomic_write_parquet
from tourpipe.storage.warehouse import RETIRED_MANIFEST_SECONDS
from tourpipe_tests.conftest import SEEDS, materialize_all

pytestmark = pytest.mark.slow  # runs the pipeline through Dagster or in subprocesses

BIN = Path(sys.executable).parent
EN_SEED = "000_ac83ce79d701eb62.txt"
RU = "Инвесторы из Китая в Астане\n\nСтороны подписали 33 соглашения на сумму 2 млрд долларов в 2024 году.\n"
EN = "Almaty hosts tech forum\n\nMore than 500 delegates from 25 countries attended the forum.\n"

SIGNATURE_SQL = {
    "documents": "select list(doc_id order by doc_id) from documents",
    "facts": "select count(*) from facts",
    "entities": "select count(*) from entities",
    "removed_lines": "select count(*) from removed_lines",
    "rejected": "select list(file_name order by file_name) from rejected",
    # rows whose span does not slice out of their document's clean_text (a mix of two states would show here)
    "bad_spans": """select count(*) from (
        select doc_id, text, start_char, end_char from facts
        union all select doc_id, text, start_char, end_char from entities) x
        left join documents d using (doc_id)
        where d.doc_id is null or substring(d.clean_text, x.start_char + 1, x.end_char - x.start_char) <> x.text""",
}


def signature(con: duckdb.DuckDBPyConnection) -> dict:
    con.execute("begin transaction")  # one snapshot for all the queries
    try:
        return {name: con.execute(sql).fetchone()[0] for name, sql in SIGNATURE_SQL.items()}
    finally:
        con.execute("rollback")


def fresh_signature(db: Path) -> dict:
    """What a newly opened connection sees now (a fresh instance: no per-process cache of an older file)."""
    with duckdb.connect() as con:
        con.execute(f"attach '{db}' as wh (read_only)")
        con.execute("use wh")
        return signature(con)


def _seeds(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(SEEDS / EN_SEED, folder / EN_SEED)
    (folder / "ru.txt").write_text(RU, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _change(seeds: Path, step: int) -> None:
    """Each step deletes, adds and changes files, so the document set and the rejected list both change."""
    if step == 1:
        (seeds / "ru.txt").unlink()
        (seeds / "en.txt").write_text(EN, encoding="utf-8")
        (seeds / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(16))
    else:
        (seeds / "en.txt").write_text(EN.replace("500", "700"), encoding="utf-8")
        (seeds / "empty.txt").unlink()


def _family(pid: int) -> list[int]:
    """``pid`` and its descendants (the `duckdb` entry point is a Python wrapper that starts the real shell)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        for task in Path(f"/proc/{p}/task").glob("*/children"):
            todo.extend(int(c) for c in task.read_text().split())
    return out


def _holds_open(pid: int, path: Path) -> bool:
    for p in _family(pid):
        for fd in Path(f"/proc/{p}/fd").glob("*"):
            try:
                if os.readlink(fd) == str(path):
                    return True
            except OSError:  # closed while we looked
                pass
    return False


def _wait_until_open(pid: int, path: Path) -> None:
    """Block until process ``pid`` (or the shell it started) holds ``path`` open."""
    for _ in range(600):
        if _holds_open(pid, path):
            return
        time.sleep(0.1)
    raise AssertionError(f"process {pid} never opened {path}")


def _shell(db: Path) -> subprocess.Popen:
    shell = shutil.which("duckdb", path=str(BIN))
    assert shell, "duckdb-cli must be installed next to the interpreter"
    return subprocess.Popen([shell, "-readonly", "-csv", str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _shell_count(proc: subprocess.Popen) -> list[str]:
    out, err = proc.communicate("select count(*) as n, count(distinct doc_id) as d from documents;\n", timeout=60)
    assert proc.returncode == 0, err
    return out.split()


def test_open_connections_and_a_polling_reader_during_a_run(tmp_path: Path):
    seeds, wh = _seeds(tmp_path / "seeds"), tmp_path / "wh"
    db = wh / "tourpipe.duckdb"
    assert materialize_all(seeds, wh).success
    old = fresh_signature(db)

    held = duckdb.connect(str(db), read_only=True)  # an analyst's notebook in the pipeline's own process
    assert signature(held) == old
    shell = _shell(db)  # and the duckdb shell in another process
    _wait_until_open(shell.pid, db)

    seen, errors, stop = [], [], threading.Event()

    def poll() -> None:  # a reader opening the database again and again while the run goes on
        while not stop.is_set():
            try:
                seen.append(fresh_signature(db))
            except Exception as exc:  # noqa: BLE001 - any failure to read is what this test is looking for
                errors.append(repr(exc))

    poller = threading.Thread(target=poll)
    poller.start()
    try:
        _change(seeds, 1)
        result = materialize_all(seeds, wh)
    finally:
        stop.set()
        poller.join()
    assert result.success
    assert {e.check_name: e.passed for e in result.get_asset_check_evaluations()} == {
        "spans_slice_to_text": True, "fact_ids_unique": True, "every_file_accounted_for": True,
        "warehouse_intact": True}
    new = fresh_signature(db)
    assert new != old and new["bad_spans"] == 0
    assert new["rejected"] == ["empty.txt", "picture.txt"]

    assert errors == []
    assert seen and all(s in (old, new) for s in seen)  # never a mix of the two states
    assert signature(held) == old  # the held connection keeps its state, fully readable
    held.close()
    assert _shell_count(shell) == ["n,d", f"{len(old['documents'])},{len(old['documents'])}"]
    assert _shell_count(_shell(db)) == ["n,d", f"{len(new['documents'])},{len(new['documents'])}"]


def test_held_connection_stays_readable_across_later_runs(tmp_path: Path):
    """The promise of the README: a connection held open keeps seeing the state it opened, however many
    runs replace the database meanwhile (the files its views name must outlive the next garbage collection)."""
    seeds, wh = _seeds(tmp_path / "seeds"), tmp_path / "wh"
    db = wh / "tourpipe.duckdb"
    instance = dg.DagsterInstance.ephemeral()
    assert materialize_all(seeds, wh, instance).success
    old = fresh_signature(db)
    held = duckdb.connect(str(db), read_only=True)
    shell = _shell(db)
    _wait_until_open(shell.pid, db)
    for step in (1, 2):
        _change(seeds, step)
        assert materialize_all(seeds, wh, instance).success
    latest = fresh_signature(db)
    assert latest != old
    assert signature(held) == old
    held.close()
    assert _shell_count(shell) == ["n,d", f"{len(old['documents'])},{len(old['documents'])}"]

    # Manifests retired longer ago than the grace period are collected; the current ones never are.
    wh_ = Warehouse(wh)
    generation = wh_.generation()
    current = {generation.files, generation.rejected}
    retired = [p for p in wh_.current.iterdir() if p.name not in current]
    assert len(retired) >= 3  # the first state's manifests and the second's
    long_ago = time.time() - RETIRED_MANIFEST_SECONDS - 60
    for p in wh_.current.iterdir():
        os.utime(p, (long_ago, long_ago))
    assert materialize_all(seeds, wh, instance).success
    previous = json.loads((wh_.parquet / "PREVIOUS_GENERATION.json").read_text())
    assert {p.name for p in wh_.current.iterdir()} == current | {previous["files"], previous["rejected"]}
    assert fresh_signature(db) == latest


def test_checks_judge_the_new_database_while_this_process_holds_the_old_one(tmp_path: Path):
    """DuckDB caches one instance per file path and process: a check that simply reconnected would read the
    database the run has just replaced. Here the old state has a broken span and the new one does not."""
    seeds, wh = _seeds(tmp_path / "seeds"), tmp_path / "wh"
    (seeds / "x.txt").write_text("Headline here\n\nThe fund invested 500 million dollars.\n", encoding="utf-8")
    assert materialize_all(seeds, wh).success
    con = duckdb.connect(str(wh / "tourpipe.duckdb"), read_only=True)
    x_id = con.execute("select doc_id from documents where file_name = 'x.txt'").fetchone()[0]
    con.close()
    (batch,) = Warehouse(wh).batch_dirs()
    facts = pq.read_table(batch / "facts.parquet")
    starts = [s + (d == x_id) for s, d in zip(facts.column("start_char").to_pylist(), facts.column("doc_id").to_pylist())]
    atomic_write_parquet(facts.set_column(facts.schema.get_field_index("start_char"), "start_char",
                                          pa.array(starts, pa.int64())), batch / "facts.parquet")
    write_batch_manifest(batch)  # as if a run had written the broken span: not damage at rest
    assert spans_slice_to_text(TourpipePaths(warehouse_dir=str(wh))).passed is False

    held = duckdb.connect(str(wh / "tourpipe.duckdb"), read_only=True)
    (seeds / "x.txt").unlink()  # the broken document leaves the current views
    result = materialize_all(seeds, wh)
    checks = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert checks["spans_slice_to_text"] is True and result.success
    assert held.execute("select count(*) from documents where doc_id = ?", [x_id]).fetchone()[0] == 1
    held.close()


# -- tourpipe sql: no way to write ------------------------------------------------------------------------
# test_cli.py covers plain INSERT, DROP, COPY, ATTACH, INSTALL, PRAGMA, SET, EXPORT and a write after a read.
# EXPLAIN ANALYZE executes the statement it explains, so an EXPLAIN wrapper must not open a back door.
SNEAKY_WRITES = [
    "explain analyze copy (select * from facts) to 'out.csv'",
    "EXPLAIN (ANALYZE) COPY (SELECT 1) TO 'out.csv'",
    "/* report */ explain analyse copy (select 1) to 'out.csv' (header)",
    "-- just a look\nexplain analyze copy documents to 'out.csv'",
    "explain analyze install httpfs",
    "explain analyze create table t as select 1",
    "select 1; explain analyze copy (select 1) to 'out.csv'",
]


@pytest.mark.parametrize("query", SNEAKY_WRITES)
def test_explain_wrappers_around_writes_are_refused(query: str):
    with pytest.raises(ValueError, match="only read-only queries are allowed"):
        check_read_only(query)


@pytest.mark.parametrize("query", ["explain select 1", "explain analyze select count(*) from facts",
                                   "/* c */ EXPLAIN (FORMAT json) select 1", "explain analyze (select 2)",
                                   "summarize documents"])
def test_explain_of_a_read_is_still_allowed(query: str):
    check_read_only(query)


def test_tourpipe_sql_refuses_explain_analyze_copy_and_changes_nothing(seed_warehouse: Path, tmp_path: Path):
    wh = tmp_path / "wh"
    shutil.copytree(seed_warehouse, wh)
    Warehouse(wh).rebuild_views()
    db = wh / "tourpipe.duckdb"
    before = {p: p.read_bytes() for p in wh.rglob("*") if p.is_file()}
    env = {**os.environ, "TOURPIPE_WAREHOUSE": str(wh)}
    for query in (SNEAKY_WRITES[0], "explain analyze copy (select 1) to '" + str(tmp_path / "abs.csv") + "'"):
        res = subprocess.run([str(BIN / "tourpipe"), "sql", query], cwd=tmp_path, capture_output=True, text=True,
                             env=env, timeout=120)
        assert res.returncode == 2, res.stdout
        assert "only read-only queries are allowed" in res.stderr and "EXPLAIN of a COPY" in res.stderr
    assert not (tmp_path / "out.csv").exists() and not (tmp_path / "abs.csv").exists()
    assert {p: p.read_bytes() for p in wh.rglob("*") if p.is_file()} == before
    ok = subprocess.run([str(BIN / "tourpipe"), "sql", "explain analyze select count(*) from documents"],
                        cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert db.exists()
