"""Concurrent starts: the Dagster instance is created whole by one process, and runs on one warehouse serialise."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tourpipe_tests.conftest import SEEDS

pytestmark = pytest.mark.slow  # starts many interpreters

BIN = Path(sys.executable).parent
# Trials of three processes starting at the same moment on a fresh warehouse, each preparing the shared instance
# and using it as a run would. The processes are forked from one interpreter that imported Dagster once: as
# concurrent as separate commands, without paying Dagster's import sixty times.
FIRST_STARTS = """
import os, sys
from pathlib import Path
import dagster as dg
from tourpipe.instance import prepare_dagster_home

def start(wh):
    try:
        prepare_dagster_home(wh)
        with dg.DagsterInstance.get() as instance:
            instance.get_runs(limit=1)
            instance.all_instigator_state()
        os._exit(0)
    except BaseException as exc:
        print(f"{type(exc).__name__}: {exc}"[:300], file=sys.stderr, flush=True)
        os._exit(1)

children = {}
for wh in map(Path, sys.argv[1:]):  # every trial at once, each on its own fresh warehouse
    for _ in range(3):
        pid = os.fork()
        if pid == 0:
            start(wh)
        children[pid] = wh
failed = {children[pid] for pid in children if os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])}
print(len(failed))
"""
OPEN_AGAIN = """
import sys
from pathlib import Path
import dagster as dg
from tourpipe.instance import prepare_dagster_home
for wh in map(Path, sys.argv[1:]):
    prepare_dagster_home(wh)
    with dg.DagsterInstance.get() as instance:
        assert instance.get_runs(limit=1) == []
print("ok")
"""


def _env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("DAGSTER_HOME", "TOURPIPE_SEEDS", "TOURPIPE_WAREHOUSE")}


def test_three_first_starts_at_once_six_times_leave_a_usable_instance(tmp_path: Path):
    """Without the lock most trials fail: a SQLite IntegrityError, then 'alembic_version has more than one
    head' on every later start."""
    warehouses = [str(tmp_path / f"wh{i}") for i in range(6)]
    trials = subprocess.run([sys.executable, "-c", FIRST_STARTS, *warehouses], env=_env(), capture_output=True,
                            text=True)
    assert trials.returncode == 0 and trials.stdout.strip() == "0", trials.stderr[-2000:]
    again = subprocess.run([sys.executable, "-c", OPEN_AGAIN, *warehouses], env=_env(), capture_output=True,
                           text=True)
    assert again.stdout.strip() == "ok", again.stderr[-1000:]


def test_three_runs_at_once_serialise_and_then_a_fourth_finds_nothing_new(tmp_path: Path):
    seeds, wh = tmp_path / "seeds", tmp_path / "wh"
    shutil.copytree(SEEDS, seeds)
    cmd = [str(BIN / "tourpipe"), "run", "--seeds", str(seeds), "--warehouse", str(wh), "--processes", "1"]
    procs = [subprocess.Popen(cmd, env=_env(), text=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
             for _ in range(3)]
    results = [(p.communicate(), p.returncode) for p in procs]
    assert [rc for _, rc in results] == [0, 0, 0], [err[-800:] for (_, err), _ in results]
    firsts = [out.splitlines()[0] for (out, _), _ in results]
    assert sorted(firsts) == ["documents: 0 new, 5 unchanged, 0 duplicate files, 0 rejected"] * 2 + \
        ["documents: 5 new, 0 unchanged, 0 duplicate files, 0 rejected"]
    assert sum("another run is processing" in err for (_, err), _ in results) == 2
    fourth = subprocess.run(cmd, env=_env(), capture_output=True, text=True)
    assert fourth.returncode == 0 and fourth.stdout.startswith("documents: 0 new, 5 unchanged")
    assert "rows: documents 5, entities 133, facts 21, events 20, quotes 15, removed_lines 34, rejected 0" in fourth.stdout
