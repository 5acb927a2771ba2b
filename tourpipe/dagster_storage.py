"""The persistent Dagster instance's storage: SQLite files under DAGSTER_HOME, reached by escaped URLs.

Dagster 1.13 builds its SQLite URLs by pasting the folder into ``sqlite:///{path}``. SQLAlchemy then reads
a "?" in the path as the start of a query string and decodes "%20" as a space, so an instance under
``/data/run?1/`` or ``/data/a%20b/`` opens the wrong file (or none). This storage is Dagster's own SQLite
storage, file for file (history/runs.db, history/runs/*.db, schedules/schedules.db), whose URLs carry the
path percent-escaped; SQLAlchemy decodes them back to the real path. ``tourpipe`` names it in the
``dagster.yaml`` it writes (``tourpipe.instance.DAGSTER_YAML``), so `tourpipe run`, `tourpipe ui` and
`dagster dev` all open the same files. (A module of its own: it imports Dagster, ``tourpipe.instance`` does not.)
"""
from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import quote

from dagster._core.storage.base_storage import DagsterStorage
from dagster._core.storage.event_log.sqlite import sqlite_event_log
from dagster._core.storage.runs.sqlite import sqlite_run_storage
from dagster._core.storage.schedules.sqlite import sqlite_schedule_storage
from dagster._core.storage.sqlite_storage import (
    DagsterSqliteStorage,
    _event_logs_directory,
    _runs_directory,
    _schedule_directory,
)
from dagster._serdes import ConfigurableClassData


def sqlite_url(base_dir: str, db_name: str) -> str:
    """The SQLAlchemy URL of ``<base_dir>/<db_name>.db``, whatever characters the path holds."""
    return "sqlite:///" + quote(os.path.join(os.path.abspath(base_dir), f"{db_name}.db"))


@contextmanager
def _escaped_urls(module) -> Iterator[None]:
    """Let a Dagster storage module build escaped URLs while it creates its database.

    The run and schedule storages compute their URL once, inside ``from_local`` (which also creates and
    migrates the database), from a module-level helper; they keep the URL for every later connection.
    """
    original = module.create_db_conn_string
    module.create_db_conn_string = sqlite_url
    try:
        yield
    finally:
        module.create_db_conn_string = original


class _EventLogStorage(sqlite_event_log.SqliteEventLogStorage):
    """Dagster's per-run SQLite event log, whose shards are opened by escaped URLs."""

    def conn_string_for_shard(self, shard_name: str) -> str:
        return sqlite_url(self._base_dir, shard_name)


class PathSafeSqliteStorage(DagsterSqliteStorage):
    """Dagster's SQLite storage (same files, same layout) for a base folder whose path needs escaping in a URL."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None):
        self.base_dir = base_dir
        with _escaped_urls(sqlite_run_storage):
            self._run_storage = sqlite_run_storage.SqliteRunStorage.from_local(_runs_directory(base_dir))
        self._event_log_storage = _EventLogStorage(_event_logs_directory(base_dir))
        with _escaped_urls(sqlite_schedule_storage):
            self._schedule_storage = sqlite_schedule_storage.SqliteScheduleStorage.from_local(
                _schedule_directory(base_dir))
        self._inst_data = inst_data
        DagsterStorage.__init__(self)

    @classmethod
    def from_config_value(cls, inst_data: ConfigurableClassData, config_value: dict) -> PathSafeSqliteStorage:
        return cls.from_local(inst_data=inst_data, **config_value)
