"""The warehouse in object storage (S3, or an S3-compatible store such as MinIO): the same commit protocol
without renames.

Object stores have no atomic rename, but each object appears whole or not at all. So, as Delta Lake and
Iceberg commit, every batch is written under a prefix of its own that no reader looks at yet, its
MANIFEST.json last (a batch without one is an upload that did not finish: invisible, and cleared later),
and the new generation is published by writing GENERATION.json last. A reader, or a crash, at any moment
sees the old generation or the new one, never half. Layout under ``s3://bucket/prefix``:

    parquet/batches/<batch_id>/<table>.parquet, MANIFEST.json    one prefix per processed batch, never changed
    parquet/current/files-<digest>.parquet, rejected-<digest>.parquet
    parquet/empty/<table>.parquet
    parquet/GENERATION.json, PREVIOUS_GENERATION.json, RETIRED.json

What belongs to the machine that runs the pipeline stays on its local disk, in the warehouse's local folder
(``--db``, by default ``warehouse/s3/<bucket>/<prefix>/`` under the working directory): the DuckDB file whose
views read the ``s3://`` Parquet (through DuckDB's httpfs extension, loaded from the ``duckdb-extension-httpfs``
package, never installed from the network), the shell's set-up script beside it, LAST_RUN.json (the run that
built that database), the staging folders, the Dagster instance and the locks.

Credentials and endpoint come from the standard variables: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
AWS_SESSION_TOKEN, AWS_DEFAULT_REGION (or AWS_REGION) and AWS_ENDPOINT_URL (or AWS_ENDPOINT_URL_S3) for an
S3-compatible store. Nothing secret is ever written to disk.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pyarrow as pa
import pyarrow.fs as pafs
import pyarrow.parquet as pq

from tourpipe.storage.integrity import MANIFEST, FileRecord, records_from_json, records_to_json, sha256_of
from tourpipe.storage.parquet import StagedTable
from tourpipe.storage.warehouse import (
    DB_NAME,
    RETIRED_MANIFEST_SECONDS,
    STALE_STAGING_SECONDS,
    Generation,
    Problem,
    Warehouse,
    _is_temporary,
    _readable,
    view_statements,
)

SCHEME = "s3://"
SHELL_SCRIPT = "duckdb_s3.sql"  # beside the database: what the DuckDB shell runs first to read s3://
_SECRET = "tourpipe_s3"
_BLOCK = 8 << 20


def is_object_store(location: str | os.PathLike) -> bool:
    return str(location).startswith(SCHEME)


def _endpoint() -> str | None:
    return os.environ.get("AWS_ENDPOINT_URL_S3") or os.environ.get("AWS_ENDPOINT_URL") or None


def _region() -> str:
    return os.environ.get("AWS_DEFAULT_REGION") or os.environ.get("AWS_REGION") or "us-east-1"


def s3_filesystem() -> pafs.S3FileSystem:
    """pyarrow's S3 client, configured from the standard AWS variables (keys through the SDK's usual chain)."""
    kwargs: dict[str, Any] = {"region": _region()}
    if endpoint := _endpoint():
        url = urlparse(endpoint)
        kwargs.update(endpoint_override=url.netloc + url.path.rstrip("/"), scheme=url.scheme or "https")
    return pafs.S3FileSystem(**kwargs)


@dataclass(frozen=True)
class S3Path:
    """An object's location: enough of pathlib's manners (``/``, ``name``, ``exists``, ``read_text``) for the
    warehouse code shared with local folders; ``str()`` is the ``s3://`` URL DuckDB reads."""

    key: str  # bucket/prefix/...
    filesystem: Any = field(compare=False, repr=False)

    def __truediv__(self, part: str) -> S3Path:
        return S3Path(f"{self.key}/{part}", self.filesystem)

    def __str__(self) -> str:
        return SCHEME + self.key

    @property
    def name(self) -> str:
        return self.key.rsplit("/", 1)[-1]

    def info(self) -> pafs.FileInfo:
        return self.filesystem.get_file_info(self.key)

    def exists(self) -> bool:
        return self.info().type == pafs.FileType.File

    def read_bytes(self) -> bytes:
        with self.filesystem.open_input_stream(self.key) as fh:
            return fh.read()

    def read_text(self, encoding: str = "utf-8") -> str:
        return self.read_bytes().decode(encoding)

    def write_bytes(self, data: bytes) -> None:
        """One PUT: the object appears whole when it is complete, or not at all."""
        with self.filesystem.open_output_stream(self.key) as fh:
            fh.write(data)

    def write_text(self, text: str, encoding: str = "utf-8") -> None:
        self.write_bytes(text.encode(encoding))

    def upload(self, local: Path) -> None:
        with open(local, "rb") as src, self.filesystem.open_output_stream(self.key) as dst:
            shutil.copyfileobj(src, dst, _BLOCK)

    def sha256(self) -> str:
        digest = hashlib.sha256()
        with self.filesystem.open_input_stream(self.key) as fh:
            while block := fh.read(_BLOCK):
                digest.update(block)
        return digest.hexdigest()

    def delete(self) -> None:
        try:
            self.filesystem.delete_file(self.key)
        except FileNotFoundError:
            pass


def _problem(record: FileRecord, path: S3Path, info: pafs.FileInfo | None, full: bool) -> str | None:
    """What is wrong with an object compared with its record (None when nothing is): as for a local file,
    the size, then the checksum when the object was rewritten since (its time differs) or ``full``."""
    if info is None or info.type != pafs.FileType.File:
        return "missing"
    if info.size != record.size:
        return f"size {info.size:,} bytes, published with {record.size:,}"
    if (full or info.mtime_ns != record.mtime_ns) and path.sha256() != record.sha256:
        return "changed since it was published (checksum differs)"
    return None


class S3Warehouse(Warehouse):
    """A warehouse whose Parquet and manifests live under ``s3://bucket/prefix``; its database, staging,
    run record, Dagster instance and locks in a local folder."""

    def __init__(self, location: str, db: Path | str | None = None):
        self.location = location.rstrip("/")
        key = self.location[len(SCHEME):]
        if not key or key.startswith("/"):
            raise ValueError(f"{location}: expected s3://bucket/prefix")
        self.filesystem = s3_filesystem()
        self.root = (Path(db).parent if db else Path("warehouse") / "s3" / key).resolve()
        self.db_path = Path(db).resolve() if db else self.root / DB_NAME
        self.parquet = S3Path(f"{key}/parquet", self.filesystem)
        self.batches = self.parquet / "batches"
        self.current = self.parquet / "current"
        self.generation_path = self.parquet / "GENERATION.json"
        self.last_run_path = self.root / "LAST_RUN.json"  # describes the local database: stays beside it
        self.staging_root = self.root / "staging"

    def __repr__(self) -> str:
        return f"S3Warehouse({self.location!r}, db={str(self.db_path)!r})"

    # -- listing -----------------------------------------------------------------------------------
    def _objects(self, under: S3Path) -> dict[str, pafs.FileInfo]:
        """Every object under ``under`` (one listing), by key relative to it."""
        selector = pafs.FileSelector(under.key, recursive=True, allow_not_found=True)
        start = len(under.key) + 1
        return {i.path[start:]: i for i in self.filesystem.get_file_info(selector) if i.type == pafs.FileType.File}

    def _batch_objects(self) -> dict[str, dict[str, pafs.FileInfo]]:
        """batch id -> its objects by name, for every prefix under batches/ (whole batches and unfinished uploads)."""
        out: dict[str, dict[str, pafs.FileInfo]] = {}
        for rel, info in self._objects(self.batches).items():
            batch, _, name = rel.partition("/")
            if name and "/" not in name:
                out.setdefault(batch, {})[name] = info
        return out

    def batch_dirs(self) -> list[S3Path]:
        """The committed batches: the prefixes whose MANIFEST.json was written (it is written last)."""
        return [self.batches / b for b, objects in sorted(self._batch_objects().items())
                if MANIFEST in objects and not b.startswith(".")]

    def table_files(self, generation: Generation, table: str) -> list[S3Path]:
        objects = self._batch_objects()
        return [self.batches / b / f"{table}.parquet" for b in generation.batches
                if f"{table}.parquet" in objects.get(b, {})]

    # -- writing -----------------------------------------------------------------------------------
    def commit_batch(self, batch_id: str, tables: dict[str, StagedTable]) -> S3Path:
        """Upload the staged batch tables under ``batches/<batch_id>/``, then its MANIFEST.json: until the
        manifest is there the prefix is no batch (an upload killed half-way is simply done again)."""
        final = self.batches / batch_id
        if (final / MANIFEST).exists():  # the same documents were committed before a crash; nothing to add
            return final
        records = {}
        for name, staged in tables.items():
            target = final / f"{name}.parquet"
            target.upload(staged.path)
            records[target.name] = FileRecord(staged.path.stat().st_size, target.info().mtime_ns,
                                               sha256_of(staged.path))
        (final / MANIFEST).write_text(json.dumps(records_to_json(records), indent=1))
        return final

    def _write_table(self, table: pa.Table, path: S3Path) -> FileRecord:
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="zstd")
        data = sink.getvalue().to_pybytes()
        path.write_bytes(data)
        return FileRecord(len(data), path.info().mtime_ns, hashlib.sha256(data).hexdigest())

    def _write_text(self, path: S3Path, text: str) -> None:
        path.write_text(text)  # one PUT: an object is there whole or not at all

    def _damaged(self, record: FileRecord, path: S3Path) -> bool:
        return _problem(record, path, path.info(), full=True) is not None

    def _retire(self, names: set[str]) -> None:
        """An object's time cannot be touched: the grace period starts from this record."""
        if names:
            self._note_retired(names)

    def _retired(self) -> dict[str, float]:
        try:
            return json.loads((self.parquet / "RETIRED.json").read_text())
        except (FileNotFoundError, ValueError):
            return {}

    def _note_retired(self, names: set[str]) -> None:
        retired = self._retired()
        retired.update({name: time.time() for name in names if name not in retired})
        self._write_retired(retired)

    def rebuild_views(self) -> dict[str, int]:
        counts = super().rebuild_views()
        self.write_shell_script()
        return counts

    def _collect_garbage(self, generation: Generation) -> None:
        """Remove listings retired long enough ago, uploads of batches that never finished (a day old: another
        machine's run may be uploading one right now), and the local temporary files of killed runs."""
        keep = {generation.files, generation.rejected}
        previous_path = self.parquet / "PREVIOUS_GENERATION.json"
        if previous_path.exists():
            previous = Generation.from_json(previous_path.read_text())
            keep |= {previous.files, previous.rejected}
        cutoff = time.time() - RETIRED_MANIFEST_SECONDS
        retired = self._retired()
        gone = {name for name, when in retired.items() if when < cutoff and name not in keep}
        for name in gone:
            (self.current / name).delete()
        if gone:
            self._write_retired({k: v for k, v in retired.items() if k not in gone})
        stale = (time.time() - STALE_STAGING_SECONDS) * 1e9
        for batch, objects in self._batch_objects().items():
            if MANIFEST not in objects and all(i.mtime_ns < stale for i in objects.values()):
                for name in objects:
                    (self.batches / batch / name).delete()
        for p in self.root.iterdir() if self.root.is_dir() else ():
            if _is_temporary(p):
                shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)

    def _write_retired(self, retired: dict[str, float]) -> None:
        (self.parquet / "RETIRED.json").write_text(json.dumps(retired, indent=1, sort_keys=True))

    # -- integrity -----------------------------------------------------------------------------------
    def verify(self, full: bool = False) -> list[Problem]:
        """As for a local warehouse: each batch against its manifest, the listings against GENERATION.json's
        records, the schema files, the local database against the run record (one listing per prefix)."""
        problems: list[Problem] = []
        if self.generation_path.exists() and self.generation() is None:
            problems.append(Problem("generation", self.generation_path, "unreadable"))
        generation = self.generation()
        for batch in self.batch_dirs():
            problems += [Problem("batch", batch, detail) for detail in self._batch_problems(batch, full)]
        if generation is not None:
            current = self._objects(self.current)
            for name, record in generation.records.items():
                if (detail := _problem(record, self.current / name, current.get(name), full)) is not None:
                    problems.append(Problem("listing", self.current / name, detail))
        empty = self._objects(self.parquet / "empty")
        for name in sorted(empty):
            if full and not _readable(self.parquet / "empty" / name):
                problems.append(Problem("empty", self.parquet / "empty" / name, "unreadable"))
        record = self.last_run()
        if record is not None and record.database is not None:
            if (detail := record.database.problem(self.db_path, full)) is not None:
                problems.append(Problem("database", self.db_path, detail))
        return problems

    def _batch_problems(self, batch: S3Path, full: bool) -> list[str]:
        try:
            records = records_from_json(json.loads((batch / MANIFEST).read_text()))
        except (ValueError, TypeError) as exc:
            return [f"{MANIFEST} unreadable ({exc})"]
        objects = self._objects(batch)
        return [f"{name}: {p}" for name, r in records.items()
                if (p := _problem(r, batch / name, objects.get(name), full))]

    def repair(self, problems: list[Problem]) -> list[str]:
        """A damaged batch stops being one (its MANIFEST.json goes first) and its objects move to
        ``parquet/damaged/``; its documents are processed again. The rest is written afresh by every run."""
        done = []
        for problem in problems:
            if problem.kind == "batch" and (problem.path / MANIFEST).exists():
                target = self.parquet / "damaged" / f"{problem.path.name}-{datetime.now():%Y%m%d-%H%M%S}"
                objects = sorted(self._objects(problem.path), key=lambda name: name != MANIFEST)  # manifest first
                for name in objects:
                    self.filesystem.copy_file((problem.path / name).key, (target / name).key)
                    (problem.path / name).delete()
                done.append(f"batch {problem.path.name} set aside to {target} ({problem.detail}); "
                            "its documents are processed again")
            elif problem.kind != "batch":
                done.append(f"{problem}; this run writes it again")
        return done

    # -- reading through DuckDB ----------------------------------------------------------------------
    def prepare_connection(self, con) -> None:
        """httpfs from the registry package (never downloaded), and the credentials as a temporary secret."""
        for statement in connection_setup():
            con.execute(statement)

    def local_views(self) -> Path:
        """The database analysts open. On a machine that runs no pipeline (an analyst's), a database of views over
        the bucket's current generation is built here first: it only reads the bucket."""
        if not self.db_path.exists() and self.generation() is not None:
            import duckdb

            self.root.mkdir(parents=True, exist_ok=True)
            tmp = self.root / f".{self.db_path.name}.tmp-{os.getpid()}"
            con = duckdb.connect(str(tmp))
            try:
                self.prepare_connection(con)
                for statement in view_statements(self, self.generation()):
                    con.execute(statement)
                con.execute("checkpoint")
            finally:
                con.close()
            os.replace(tmp, self.db_path)
        self.write_shell_script()
        return self.db_path

    def shell_script(self) -> Path:
        return self.write_shell_script()

    def write_shell_script(self) -> Path:
        """The DuckDB shell's set-up beside the database: load httpfs, credentials from the environment."""
        path = self.root / SHELL_SCRIPT
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(shell_setup(), encoding="utf-8")
        return path


def open_warehouse(location: str | os.PathLike, db: str | os.PathLike | None = None) -> Warehouse:
    """The warehouse at ``location``: a local folder, or ``s3://bucket/prefix`` (its database at ``db``)."""
    if is_object_store(location):
        return S3Warehouse(str(location), db)
    return Warehouse(location)


# -- DuckDB and httpfs ---------------------------------------------------------------------------------
def httpfs_extension() -> Path:
    """The httpfs extension shipped by the ``duckdb-extension-httpfs`` package, for the installed DuckDB."""
    import duckdb
    import duckdb_extension_httpfs

    path = Path(duckdb_extension_httpfs.__file__).parent / "extensions" / f"v{duckdb.__version__}" / \
        "httpfs.duckdb_extension"
    if not path.exists():
        raise RuntimeError(f"{path} is missing: duckdb-extension-httpfs must be the release of duckdb "
                           f"({duckdb.__version__})")
    return path


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _secret_options() -> dict[str, str]:
    """The S3 secret's options from the environment, as SQL literals."""
    options = {"REGION": _literal(_region())}
    if key := os.environ.get("AWS_ACCESS_KEY_ID"):
        options["KEY_ID"] = _literal(key)
        options["SECRET"] = _literal(os.environ.get("AWS_SECRET_ACCESS_KEY", ""))
    if token := os.environ.get("AWS_SESSION_TOKEN"):
        options["SESSION_TOKEN"] = _literal(token)
    if endpoint := _endpoint():
        url = urlparse(endpoint)
        options.update(ENDPOINT=_literal(url.netloc + url.path.rstrip("/")), URL_STYLE="'path'",
                       USE_SSL="false" if url.scheme == "http" else "true")
    return options


def connection_setup() -> list[str]:
    """Statements that let a Python DuckDB connection read this process's S3 (nothing is written to disk)."""
    options = ", ".join(f"{k} {v}" for k, v in _secret_options().items())
    return ["set autoinstall_known_extensions = false", f"load {_literal(str(httpfs_extension()))}",
            f"create or replace temporary secret {_SECRET} (type s3, {options})"]


def shell_setup() -> str:
    """The same for the DuckDB shell, reading the AWS_* variables when it runs (getenv is the shell's)."""
    endpoint = "coalesce(nullif(getenv('AWS_ENDPOINT_URL_S3'), ''), getenv('AWS_ENDPOINT_URL'))"
    return (
        "-- Written by tourpipe: lets the DuckDB shell read the warehouse's s3:// Parquet. Credentials come from\n"
        "-- the AWS_* environment variables when the shell starts; nothing secret is stored here.\n"
        "set autoinstall_known_extensions = false;\n"
        f"load {_literal(str(httpfs_extension()))};\n"
        f"create or replace temporary secret {_SECRET} (type s3,\n"
        "  key_id getenv('AWS_ACCESS_KEY_ID'), secret getenv('AWS_SECRET_ACCESS_KEY'),\n"
        "  session_token getenv('AWS_SESSION_TOKEN'),\n"
        "  region coalesce(nullif(getenv('AWS_DEFAULT_REGION'), ''), nullif(getenv('AWS_REGION'), ''), 'us-east-1'),\n"
        f"  endpoint coalesce(nullif(regexp_replace({endpoint}, '^https?://|/$', '', 'g'), ''), 's3.amazonaws.com'),\n"
        f"  url_style if({endpoint} = '', 'vhost', 'path'),\n"
        f"  use_ssl not starts_with({endpoint}, 'http://'));\n"
    )
