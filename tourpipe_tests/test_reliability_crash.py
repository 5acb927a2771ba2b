"""SPEC §3/§8 crash safety, done for real: a pipeline process is killed with SIGKILL at chosen points (during
NLP, during Parquet writes, during the commit, during the DuckDB rebuild); the views stay readable and
consistent, and the next run reaches exactly the state of a run that was never interrupted."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from tourpipe.stages import run_all
from tourpipe.storage import Warehouse
from tourpipe_tests.conftest import SEEDS, materialize_all

pytestmark = pytest.mark.slow  # runs the pipeline through Dagster or in subprocesses

BIN = Path(sys.executable).parent
VIEWS = ("documents", "entities", "facts", "removed_lines", "rejected", "entity_summary")
WALL_CLOCK = {"documents": "ingested_at", "rejected": "seen_at"}  # when a run happened, not what it found

# Run by a fresh interpreter: patch one function of the pipeline so that the process SIGKILLs itself at the
# chosen point, then run the pipeline (run_all, or `tourpipe run` through Dagster for the cli_* points).
DRIVER = textwrap.dedent('''
    import os, signal, sys
    from pathlib import Path

    import pyarrow.parquet as pq
    import tourpipe.core as core
    import tourpipe.stages as stages
    import tourpipe.storage.parquet as parquet
    import tourpipe.storage.warehouse as warehouse

    point, seeds, wh = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    calls = {}

    def die():
        os.kill(os.getpid(), signal.SIGKILL)

    def nth(key, n):
        calls[key] = calls.get(key, 0) + 1
        return calls[key] == n

    if point == "entities":  # NER half-way through the Russian documents
        real_entities = core.extract_entities
        def extract_entities(texts, lang, n_process=1):
            for i, mentions in enumerate(real_entities(texts, lang, n_process=n_process)):
                if lang == "ru" and i == 1:
                    die()
                yield mentions
        core.extract_entities = extract_entities

    if point in ("facts", "cli_facts"):  # figure extraction, second document
        real_facts = core.extract_facts
        def extract_facts(*args, **kwargs):
            if nth("facts", 2):
                die()
            return real_facts(*args, **kwargs)
        core.extract_facts = extract_facts

    if point == "chunk_write":  # a streamed Parquet file with its rows written but no footer yet
        real_close = parquet.TableWriter.close
        def close(self):
            if self.path.name == "facts.parquet":
                self._flush()
                die()
            return real_close(self)
        parquet.TableWriter.close = close

    if point == "manifest_write":  # half of the new file listing written under its temporary name
        real_write = pq.write_table
        def write_table(table, where, **kwargs):
            real_write(table, where, **kwargs)
            if Path(where).parent.name == "current":
                with open(where, "r+b") as fh:
                    fh.truncate(os.path.getsize(where) // 2)
                die()
        pq.write_table = write_table

    real_replace = os.replace
    def replace(src, dst):
        src, dst = Path(src), Path(dst)
        if point == "batch_commit" and dst.parent.name.startswith(".") and nth("staged", 2):
            die()  # two of the batch's tables moved into the not-yet-renamed batch folder
        if point == "duckdb_swap" and dst.name == "tourpipe.duckdb":
            die()  # the new database is complete beside the old one
        return real_replace(src, dst)
    os.replace = replace

    if point == "generation":  # GENERATION.json names the new batch, the database is still the old one
        def rebuild_views(self):
            die()
        warehouse.Warehouse.rebuild_views = rebuild_views

    if point == "duckdb_build":  # three views created in the new database file
        real_statements = warehouse.view_statements
        def view_statements(wh, generation):
            for i, statement in enumerate(real_statements(wh, generation)):
                if i == 3:
                    die()
                yield statement
        warehouse.view_statements = view_statements

    if point == "after_swap":  # the new database is in place; garbage and staging not yet cleared
        def collect_garbage(self, generation):
            die()
        warehouse.Warehouse._collect_garbage = collect_garbage

    if point.startswith("cli_"):
        from tourpipe.cli import main
        sys.exit(main(["run", "--seeds", str(seeds), "--warehouse", str(wh), "--processes", "1"]))
    stages.run_all(seeds, wh, n_process=1)
    print("the run was not killed")
''')

RU_B1 = "Делегация посетила технопарк\n\nВ парке работают более 120 предприятий и 30 лабораторий.\n"
RU_B2 = "Делегация посетила технопарк снова\n\nТеперь в парке работают около 150 предприятий из 12 стран.\n"
RU_D = "Инвесторы из Китая в Астане\n\nСтороны подписали 33 соглашения на сумму 2 млрд долларов в 2024 году.\n"
EN_A = "Journalists tour Shenzhen park\n\nThe six journalists met 40 engineers at the park.\n"
EN_C = "Almaty hosts tech forum\n\nMore than 500 delegates from 25 countries attended the forum.\n"


def _seeds_before(folder: Path) -> Path:
    folder.mkdir()
    for name in ("000_ac83ce79d701eb62.txt", "004_41578f7ec2e96e7f.txt"):
        shutil.copy(SEEDS / name, folder / name)
    (folder / "a.txt").write_text(EN_A, encoding="utf-8")
    (folder / "b.txt").write_text(RU_B1, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _seeds_after(folder: Path) -> Path:
    """The same folder later: a.txt deleted, b.txt changed, three documents and a rejected file added."""
    _seeds_before(folder)
    (folder / "a.txt").unlink()
    (folder / "b.txt").write_text(RU_B2, encoding="utf-8")
    (folder / "c.txt").write_text(EN_C, encoding="utf-8")
    (folder / "d.txt").write_bytes(RU_D.encode("koi8-r"))
    shutil.copy(SEEDS / "000_ac83ce79d701eb62.txt", folder / "dup.txt")
    (folder / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    return folder


def snapshot(wh: Path) -> dict[str, list[tuple]] | None:
    """The content of every view (timestamps aside), or None when no database has been published yet."""
    db = wh / "tourpipe.duckdb"
    if not db.exists():
        return None
    # A fresh in-memory instance with the file attached: duckdb.connect(path) would hand back a cached
    # instance of the file this process opened before, i.e. possibly the database a run replaced since.
    with duckdb.connect() as con:
        con.execute(f"attach '{db}' as wh (read_only)")
        con.execute("use wh")
        out = {}
        for view in VIEWS:
            exclude = f" exclude ({WALL_CLOCK[view]})" if view in WALL_CLOCK else ""
            out[view] = con.execute(f"select *{exclude} from {view} order by all").fetchall()
        return out


def assert_consistent(state: dict[str, list[tuple]]) -> None:
    """Every span slices to its text, and no row points at a document the views do not have."""
    docs = {row[0]: row[6] for row in state["documents"]}  # doc_id -> clean_text
    for row in state["entities"]:
        doc_id, text, _, start, end = row[:5]
        assert docs[doc_id][start:end] == text
    for row in state["facts"]:
        doc_id, _, text, start, end = row[:5]
        assert docs[doc_id][start:end] == text
    assert {r[0] for r in state["removed_lines"]} <= set(docs)
    fact_ids = [r[1] for r in state["facts"]]
    assert len(fact_ids) == len(set(fact_ids))


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> dict:
    """The uninterrupted history (seeds before, then after) in a folder of its own, and the before-state."""
    root = tmp_path_factory.mktemp("crash")
    before, after = _seeds_before(root / "seeds_before"), _seeds_after(root / "seeds_after")
    base = root / "base"
    run_all(before, base, n_process=1)
    old = snapshot(base)
    reference = root / "reference"
    run_all(before, reference, n_process=1)
    run_all(after, reference, n_process=1)
    new = snapshot(reference)
    assert old != new and len(new["documents"]) == 5 and len(old["documents"]) == 4
    driver = root / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    return {"root": root, "before": before, "after": after, "base": base, "old": old, "new": new, "driver": driver}


def _warehouse_from_base(history: dict, dest: Path) -> Path:
    """A copy of the before-state warehouse, its database re-pointed at the copy's own Parquet files."""
    shutil.copytree(history["base"], dest)
    Warehouse(dest).rebuild_views()
    assert snapshot(dest) == history["old"]
    return dest


def _kill_at(history: dict, point: str, seeds: Path, wh: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    proc = subprocess.run([sys.executable, str(history["driver"]), point, str(seeds), str(wh)],
                          capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == -signal.SIGKILL, f"{point}: not killed (rc {proc.returncode})\n{proc.stdout}\n{proc.stderr[-3000:]}"


def _debris(wh: Path) -> list[str]:
    """Temporary files outside the staging area that nothing will ever read."""
    return sorted(p.relative_to(wh).as_posix() for p in wh.rglob("*")
                  if "staging" not in p.relative_to(wh).parts and (".tmp-" in p.name or p.name.endswith(".partial")))


KILL_POINTS = {  # point -> the state the views must show right after the kill
    "entities": "old", "chunk_write": "old", "batch_commit": "old", "manifest_write": "old",
    "generation": "old", "duckdb_build": "old", "duckdb_swap": "old", "after_swap": "new",
}


@pytest.mark.parametrize("point", list(KILL_POINTS))
def test_sigkill_leaves_readable_views_and_the_next_run_completes(history: dict, tmp_path: Path, point: str):
    wh = _warehouse_from_base(history, tmp_path / "wh")
    _kill_at(history, point, history["after"], wh)

    after_kill = snapshot(wh)
    assert after_kill == history[KILL_POINTS[point]]
    assert_consistent(after_kill)

    result = materialize_all(history["after"], wh)
    assert result.success
    assert all(e.passed for e in result.get_asset_check_evaluations())
    assert snapshot(wh) == history["new"]
    assert _debris(wh) == []


def test_sigkill_during_the_first_run_publishes_nothing_and_the_next_run_completes(history: dict, tmp_path: Path):
    wh = tmp_path / "wh"
    _kill_at(history, "duckdb_swap", history["before"], wh)
    assert snapshot(wh) is None  # no database yet: analysts get "no such file", never a partial one
    assert materialize_all(history["before"], wh).success
    assert snapshot(wh) == history["old"]
    assert _debris(wh) == []


def test_sigkilled_tourpipe_run_then_tourpipe_run_again(history: dict, tmp_path: Path):
    """The real command on its persistent Dagster instance: a run killed mid-way stays STARTED in the run
    history forever; the next `tourpipe run` must not mind, and must finish the work."""
    wh = _warehouse_from_base(history, tmp_path / "wh")
    _kill_at(history, "cli_facts", history["after"], wh)
    assert snapshot(wh) == history["old"]
    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    again = subprocess.run([str(BIN / "tourpipe"), "run", "--seeds", str(history["after"]), "--warehouse", str(wh),
                            "--processes", "1"], capture_output=True, text=True, timeout=300, env=env)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "checks: " in again.stdout and "FAILED" not in again.stdout
    assert snapshot(wh) == history["new"]
    runs = [p for p in (wh / ".dagster" / "history" / "runs").glob("*.db") if p.name != "index.db"]
    assert len(runs) == 2  # the killed run is on record
