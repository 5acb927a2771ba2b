"""The Dagster instance that `tourpipe run` and the UI share, created once under a lock; one run at a time.

Two runs started at the same moment on a fresh warehouse (the sensor's first tick and an operator's run)
would both create the instance's SQLite schema, and an interrupted race leaves two schema versions behind
that fail every later run. The schema is therefore created by one process at a time, before any run.
"""
from __future__ import annotations

import fcntl
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

DAGSTER_YAML = """\
# Written by tourpipe: one persistent instance for `tourpipe run` and the UI.
telemetry:
  enabled: false
run_queue:
  max_concurrent_runs: 1
"""
_READY = ".tourpipe-instance-ready"


@contextmanager
def _locked(path: Path, waiting: str | None = None) -> Iterator[None]:
    """An exclusive lock on ``path``; when another process holds it, say ``waiting`` (if given) and wait."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w") as fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting:
                print(waiting, file=sys.stderr, flush=True)
            fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def prepare_dagster_home(warehouse: Path) -> Path:
    """$DAGSTER_HOME if set, else <warehouse>/.dagster, with our dagster.yaml and its storage created.

    Sets DAGSTER_HOME for this process. The storage is created by one process at a time (a lock file in the
    home), so concurrent first starts find it whole.
    """
    home = Path(os.environ.get("DAGSTER_HOME") or (warehouse / ".dagster")).resolve()
    os.environ["DAGSTER_HOME"] = str(home)
    with _locked(home / ".tourpipe-init.lock"):
        if not (home / "dagster.yaml").exists():
            (home / "dagster.yaml").write_text(DAGSTER_YAML, encoding="utf-8")
        if not (home / _READY).exists():
            import dagster as dg

            with dg.DagsterInstance.get() as instance:  # creates run, event log and schedule storage
                instance.get_runs(limit=1)
                instance.all_instigator_state()
            (home / _READY).write_text("the instance's storage was created whole\n", encoding="utf-8")
    return home


@contextmanager
def one_run_at_a_time(warehouse: Path) -> Iterator[None]:
    """Serialise `tourpipe run` on one warehouse: a second run waits, then finds the work done."""
    with _locked(warehouse / ".run.lock", f"tourpipe run: another run is processing {warehouse}; waiting for it "
                                           "to finish"):
        yield
