"""Any warehouse path works: a folder whose name holds "?", "%20", "#", spaces or quotes (issue 17, item 7)."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tourpipe_tests.conftest import SEEDS
from tourpipe_tests.test_cli import tourpipe

pytestmark = pytest.mark.slow  # creates Dagster instances, runs the pipeline in subprocesses

ODD_NAMES = ["run?1", "a%20b", "with space", "it's \"quoted\"", "hash#tag"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_sqlite_url_names_the_real_file(name: str, tmp_path: Path):
    from sqlalchemy.engine import make_url

    from tourpipe.dagster_storage import sqlite_url

    base = tmp_path / name / "history"
    assert make_url(sqlite_url(str(base), "runs")).database == str(base / "runs.db")


def test_instance_under_an_odd_path_keeps_its_runs(tmp_path: Path, monkeypatch):
    import dagster as dg

    from tourpipe.instance import prepare_dagster_home

    home = prepare_dagster_home(tmp_path / "wh?x=1%20 'q'" / "warehouse")
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    assert home.name == ".dagster" and os.environ["DAGSTER_HOME"] == str(home)

    @dg.op
    def one():
        return 1

    @dg.job
    def tiny():
        one()

    with dg.DagsterInstance.get() as instance:
        result = tiny.execute_in_process(instance=instance)
        assert result.success
    with dg.DagsterInstance.get() as instance:  # a second process would open the same files
        assert [r.run_id for r in instance.get_runs()] == [result.run_id]
    assert (home / "history" / "runs.db").exists() and (home / "schedules" / "schedules.db").exists()
    assert (home / "history" / "runs" / f"{result.run_id}.db").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wh?x=1%20 'q'"]  # nothing written beside it
    monkeypatch.delenv("DAGSTER_HOME")  # the folder alone names the instance (tourpipe bench reads it so)
    with dg.DagsterInstance.from_config(str(home)) as instance:
        assert [r.run_id for r in instance.get_runs()] == [result.run_id]


def test_an_older_tourpipe_dagster_yaml_is_brought_up_to_date_and_a_foreign_one_kept(tmp_path: Path, monkeypatch):
    from tourpipe.instance import dagster_yaml, prepare_dagster_home

    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    ours = tmp_path / "ours" / ".dagster"
    ours.mkdir(parents=True)
    (ours / "dagster.yaml").write_text("# Written by tourpipe: one persistent instance for `tourpipe run` and "
                                       "`dagster dev`.\ntelemetry:\n  enabled: false\n", encoding="utf-8")
    prepare_dagster_home(tmp_path / "ours")
    assert (ours / "dagster.yaml").read_text(encoding="utf-8") == dagster_yaml(ours.resolve())
    moved = tmp_path / "moved"
    (tmp_path / "ours").rename(moved)  # the warehouse folder moved: its instance follows
    monkeypatch.delenv("DAGSTER_HOME")  # (which prepare_dagster_home set for the folder before)
    prepare_dagster_home(moved)
    assert (moved / ".dagster" / "dagster.yaml").read_text(encoding="utf-8") == dagster_yaml(moved.resolve() / ".dagster")
    theirs = tmp_path / "theirs"
    theirs.mkdir()
    (theirs / "dagster.yaml").write_text("telemetry:\n  enabled: true\n", encoding="utf-8")
    monkeypatch.setenv("DAGSTER_HOME", str(theirs))
    prepare_dagster_home(tmp_path / "unused")
    assert (theirs / "dagster.yaml").read_text(encoding="utf-8") == "telemetry:\n  enabled: true\n"


def test_tourpipe_run_in_a_folder_with_every_odd_character(tmp_path: Path):
    odd = tmp_path / "data?v=1%20 x 'q' \"dq\" #h"
    seeds = odd / "seeds"
    shutil.copytree(SEEDS, seeds)
    warehouse = odd / "warehouse"
    first = tourpipe("run", "--seeds", str(seeds), "--warehouse", str(warehouse), "--processes", "1", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "documents: 5 new" in first.stdout and "FAILED" not in first.stdout
    forced = tourpipe("run", "--seeds", str(seeds), "--warehouse", str(warehouse), "--force", cwd=tmp_path)
    assert forced.returncode == 0 and "0 new, 5 unchanged" in forced.stdout, forced.stderr
    home = warehouse / ".dagster"
    shards = [p for p in (home / "history" / "runs").glob("*.db") if p.stem != "index"]
    assert len(shards) == 2  # both runs are in the one instance
    res = tourpipe("sql", "select count(*) as n from documents", "--format", "csv", "--warehouse", str(warehouse),
                   cwd=tmp_path)
    assert res.returncode == 0 and res.stdout.split() == ["n", "5"], res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [odd.name]
