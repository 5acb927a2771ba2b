"""The Dagster instance that `tourpipe run` and the UI share, created once under a lock; one run at a time.

Two runs started at the same moment on a fresh warehouse (the sensor's first tick and an operator's run)
would both create the instance's SQLite schema, and an interrupted race leaves two schema versions behind
that fail every later run. The schema is therefore created by one process at a time, before any run.
"""
from __future__ import annotations

import fcntl
import json
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
# Dagster's own SQLite storage in this folder, opened by escaped URLs (tourpipe/dagster_storage.py), so that
# the folder's path may hold "?", "%", "#", spaces or quotes.
storage:
  custom:
    module: tourpipe.dagster_storage
    class: PathSafeSqliteStorage
    config:
      base_dir: {base_dir}
"""
_OURS = "# Written by tourpipe:"  # the first line of every dagster.yaml tourpipe wrote, this one or older


def dagster_yaml(home: Path) -> str:
    """Our dagster.yaml for the instance in ``home``. It names the folder by absolute path (a JSON string is a
    YAML string: quotes and backslashes survive), so the instance loads from the folder alone, without
    $DAGSTER_HOME (``DagsterInstance.from_config``, as `tourpipe bench` reads run timings)."""
    return DAGSTER_YAML.replace("{base_dir}", json.dumps(str(home), ensure_ascii=False))


def _write_config(home: Path) -> None:
    """Write our dagster.yaml, or bring one an earlier tourpipe wrote (or written before the folder moved) up to
    date; one written by someone else is kept. The storage's files and layout are the same either way."""
    config = home / "dagster.yaml"
    current = config.read_text(encoding="utf-8") if config.exists() else None
    wanted = dagster_yaml(home)
    if current is None or (current != wanted and current.startswith(_OURS)):
        tmp = config.with_name(f".dagster.yaml.tmp-{os.getpid()}")
        tmp.write_text(wanted, encoding="utf-8")
        os.replace(tmp, config)
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
        _write_config(home)
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
