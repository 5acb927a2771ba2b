"""The warehouse for analysts in Python: each view as a pandas DataFrame, and read-only SQL like `tourpipe sql`.

    >>> import tourpipe
    >>> wh = tourpipe.open_warehouse()              # $TOURPIPE_WAREHOUSE or ./warehouse
    >>> wh.facts().groupby("unit_kind").size()
    >>> wh.sql("select canonical, documents from entity_summary limit 5")

Every connection is read-only: the database file is attached read-only, only statements that read are
run (the same check as `tourpipe sql`), DuckDB never installs or loads an extension on its own (no
network on demand), and with ``external_access=False`` queries can read the warehouse's own Parquet
files and nothing else on disk or on the network.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

READ_ONLY_STATEMENTS = ("SELECT", "EXPLAIN")
# "EXPLAIN [ANALYZE]" or "EXPLAIN (options)" before the explained statement, after any leading comments.
_EXPLAIN_PREFIX = re.compile(r"(?:\s+|--[^\n]*(?:\n|$)|/\*.*?\*/)*explain\b\s*(?:\([^)]*\)\s*)?(?:analy[sz]e\b)?",
                             re.IGNORECASE | re.DOTALL)
_PIVOT = re.compile(r"\bpivot(?:_wider)?\b", re.IGNORECASE)
# The views every warehouse has; ``events`` and ``quotes`` come with the tourpipe versions that extract them.
VIEWS = ("documents", "entities", "facts", "removed_lines", "rejected", "entity_summary", "current_files",
         "events", "quotes")


def _article(word: str) -> str:
    return "an" if word[:1].upper() in "AEIOU" else "a"


def _explained_type(query: str) -> str:
    """The type of the statement an EXPLAIN statement explains ("unknown" if it cannot be told)."""
    import duckdb

    match = _EXPLAIN_PREFIX.match(query)
    try:
        inner = duckdb.extract_statements(query[match.end():]) if match else []
    except duckdb.Error:
        inner = []
    return inner[0].type.name if len(inner) == 1 else "unknown"


def check_read_only(query: str) -> None:
    """Raise ValueError unless every statement of ``query`` only reads (a parse error raises duckdb.Error).

    A PIVOT without an explicit ``IN`` list is read-only, but DuckDB expands it into a CREATE of a temporary
    enum type (the pivot's values, found by a first query) and then the SELECT; those synthesized CREATEs
    carry no text of their own, while a CREATE the user wrote always does.
    """
    import duckdb

    statements = duckdb.extract_statements(query)
    if not statements:
        raise ValueError("empty query")
    pivots = len(_PIVOT.findall(query))
    for st in statements:
        kind = st.type.name
        refused = None if kind in READ_ONLY_STATEMENTS else f"{_article(kind)} {kind} statement"
        if kind == "CREATE" and not st.query.strip() and pivots > 0:
            pivots -= 1
            refused = None
        # EXPLAIN ANALYZE runs the statement it explains: "explain analyze copy ... to 'f'" writes f.
        if kind == "EXPLAIN" and (inner := _explained_type(st.query)) != "SELECT":
            refused = f"EXPLAIN of {_article(inner)} {inner} statement (EXPLAIN ANALYZE would run it)"
        if refused:
            raise ValueError(f"only read-only queries are allowed (SELECT, WITH, SHOW, DESCRIBE, SUMMARIZE, "
                             f"PIVOT, UNPIVOT, EXPLAIN); refused {refused}")


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def default_warehouse() -> str:
    """``$TOURPIPE_WAREHOUSE``, else ``warehouse`` (relative to the working directory)."""
    return os.environ.get("TOURPIPE_WAREHOUSE") or "warehouse"


def connect(path: str | Path | None = None, *, external_access: bool = True,
            db: str | Path | None = None) -> duckdb.DuckDBPyConnection:
    """A DuckDB connection on the warehouse's database, attached read-only as the default catalog.

    ``path`` is a warehouse folder or ``s3://bucket/prefix`` (then ``db`` is the local database file, as for
    ``tourpipe run --db``; httpfs is loaded from its installed package and the AWS_* credentials become a
    temporary secret). Extensions are never installed or loaded on demand (autoinstall and autoload off: no
    network behind the analyst's back). ``external_access=False`` also forbids reading any file or address
    outside the warehouse's ``parquet`` folder, which its views read (DuckDB's ``allowed_directories`` with
    ``enable_external_access = false``): ``read_csv('/etc/passwd')`` is refused. The configuration is
    then locked, so a query cannot undo it. Raises FileNotFoundError when the warehouse has no database.
    """
    import duckdb

    from tourpipe.storage import open_warehouse

    target = str(path if path is not None else default_warehouse())
    wh = open_warehouse(target, db)
    database = wh.local_views()
    if not database.exists():
        raise FileNotFoundError(f"{database} does not exist; run `tourpipe run` first")
    # A fresh in-memory instance that attaches the file: duckdb.connect(path) would hand back a cached
    # instance of an older file that another connection of this process still holds open.
    con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
    try:
        wh.prepare_connection(con)
        con.execute(f"attach {_literal(str(database))} as warehouse (read_only)")
        con.execute("use warehouse")
        if not external_access:
            con.execute(f"set allowed_directories = [{_literal(str(wh.parquet).rstrip('/') + '/')}]")
            con.execute("set enable_external_access = false")
        con.execute("set lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con


class WarehouseReader:
    """One warehouse opened read-only: a method per view, each returning a pandas DataFrame, and ``sql``.

    The connection sees the database as it was when opened (a run that finishes meanwhile replaces the
    file; the reader keeps its snapshot, so the views it returns agree with each other): ``reopen()`` to
    see new data. Use it as a context manager, or call ``close()``.
    """

    def __init__(self, path: str | Path | None = None, *, external_access: bool = True,
                 db: str | Path | None = None):
        target = str(path if path is not None else default_warehouse())
        self._con = connect(target, external_access=external_access, db=db)
        # a folder as a Path; "s3://bucket/prefix" as the string it is (a Path would fold its "//")
        self.path = target if target.startswith("s3://") else Path(target)
        self.external_access = external_access
        self.db = db

    # -- the views ---------------------------------------------------------------------------------
    def documents(self, columns: list[str] | None = None) -> pd.DataFrame:
        """One row per current document: doc_id, file_name, lang, title, published, raw_text, clean_text, …"""
        return self.view("documents", columns)

    def entities(self, columns: list[str] | None = None) -> pd.DataFrame:
        """One row per entity mention: doc_id, text, label, start_char, end_char, canonical."""
        return self.view("entities", columns)

    def facts(self, columns: list[str] | None = None) -> pd.DataFrame:
        """One row per figure: value, unit, unit_kind, qualifier, year, value_usd, equivalent_of, sentence, …"""
        return self.view("facts", columns)

    def removed_lines(self, columns: list[str] | None = None) -> pd.DataFrame:
        """One row per line the cleaner removed: doc_id, line_no, text, reason."""
        return self.view("removed_lines", columns)

    def rejected(self, columns: list[str] | None = None) -> pd.DataFrame:
        """One row per input file that was not processed: file_name, reason, size_bytes, seen_at."""
        return self.view("rejected", columns)

    def entity_summary(self, columns: list[str] | None = None) -> pd.DataFrame:
        """One row per canonical entity: canonical, label, documents, mentions, languages."""
        return self.view("entity_summary", columns)

    def current_files(self, columns: list[str] | None = None) -> pd.DataFrame:
        """One row per file now in the seeds folder: file_name, doc_id, size_bytes, encoding, mtime_ns."""
        return self.view("current_files", columns)

    def events(self, columns: list[str] | None = None) -> pd.DataFrame:
        """One row per event (visit, agreement, investment); in warehouses built by a tourpipe that extracts them."""
        return self.view("events", columns)

    def quotes(self, columns: list[str] | None = None) -> pd.DataFrame:
        """One row per quotation; in warehouses built by a tourpipe that extracts them."""
        return self.view("quotes", columns)

    # -- general -----------------------------------------------------------------------------------
    def views(self) -> list[str]:
        """The names of the views this warehouse has."""
        rows = self._con.execute("select view_name from duckdb_views() where database_name = 'warehouse' "
                                 "and not internal order by view_name").fetchall()
        return [r[0] for r in rows]

    def has_view(self, name: str) -> bool:
        return name in self.views()

    def columns(self, view: str) -> list[str]:
        """The columns of a view, in order ([] when there is no such view)."""
        rows = self._con.execute("select column_name from duckdb_columns() where database_name = 'warehouse' "
                                 "and table_name = ? order by column_index", [view]).fetchall()
        return [r[0] for r in rows]

    def view(self, name: str, columns: list[str] | None = None) -> pd.DataFrame:
        """A whole view (or some of its columns) as a DataFrame."""
        if not self.has_view(name):
            raise LookupError(f"this warehouse ({self.path}) has no {name} view; its views: {', '.join(self.views())}")
        cols = ", ".join(_identifier(c) for c in columns) if columns else "*"
        return self._con.execute(f"select {cols} from {_identifier(name)}").df()

    def sql(self, query: str, params: list | dict | None = None) -> pd.DataFrame:
        """The result of a read-only query as a DataFrame (ValueError when the query would write)."""
        check_read_only(query)
        return self._con.execute(query, params).df()

    def reopen(self) -> WarehouseReader:
        """See the warehouse as it is now (after a run finished)."""
        self._con.close()
        self._con = connect(self.path, external_access=self.external_access, db=self.db)
        return self

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> WarehouseReader:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"WarehouseReader({str(self.path)!r})"


def open_warehouse(path: str | Path | None = None, *, external_access: bool = True,
                   db: str | Path | None = None) -> WarehouseReader:
    """Open a warehouse read-only (default ``$TOURPIPE_WAREHOUSE`` or ``./warehouse``; for ``s3://bucket/prefix``,
    ``db`` is the local database file as for ``tourpipe run --db``); see ``WarehouseReader``."""
    return WarehouseReader(path, external_access=external_access, db=db)
