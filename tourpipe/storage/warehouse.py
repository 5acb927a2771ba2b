"""The warehouse on disk: immutable Parquet batches, a current generation, and the DuckDB views over them.

Layout under the warehouse folder:

    parquet/batches/<batch_id>/<table>.parquet   one folder per processed batch of documents, never changed
    parquet/current/files-<digest>.parquet       which file names map to which doc_id right now (immutable)
    parquet/current/rejected-<digest>.parquet    files that were not processed, and why (immutable)
    parquet/GENERATION.json                      names the batches and manifests that make up "now"
    parquet/LAST_RUN.json                        the last complete run: its seeds listing, new batch, row counts
    parquet/empty/<table>.parquet                schema-only files so views exist before any data
    staging/<run id>/                            what a run's stages wrote for the stages after them
    tourpipe.duckdb                              views over the current generation, replaced atomically

Every file is written under a temporary name and renamed into place, and a batch folder appears by
one rename, so a crash never leaves a half-written file where a view or the next run would read it.
Views name immutable files only, so an analyst holding the old database open keeps seeing the old state
(manifests are kept for RETIRED_MANIFEST_SECONDS after they leave the current generation).
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import math
import os
import shutil
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from pathlib import Path

from tourpipe import schema
from tourpipe.storage.integrity import (
    FileRecord,
    batch_problems,
    records_from_json,
    records_to_json,
    write_batch_manifest,
)
from tourpipe.storage.parquet import (
    StagedTable,
    TableWriter,
    arrow_schema,
    atomic_write_parquet,
    atomic_write_text,
    count_rows,
    read_parquet,
    table_digest,
)

DB_NAME = "tourpipe.duckdb"
# A database replaced by a run stays readable this long on connections held open on it: the manifests its
# views name are deleted only once they have been out of the current generation for that long.
RETIRED_MANIFEST_SECONDS = 86400
STALE_STAGING_SECONDS = 86400  # a crashed run's staging folder is cleared after this long
# Documents per span-check query. The check joins each span with its document's clean_text, and DuckDB holds
# one side of that join in memory: slicing a batch keeps the check's memory flat however large the batch
# (one query over a 10,000-document batch took ~90 MB more, through the ordered documents view ~220 MB).
SPAN_CHECK_DOCS = 2000
# The spans of clean_text each table's rows carry, as (text column, start column, end column): the span check
# verifies that each one slices clean_text to its text.
SPAN_COLUMNS = {
    "entities": [("text", "start_char", "end_char")],
    "facts": [("text", "start_char", "end_char")],
    "events": [("trigger", "start_char", "end_char"), ("actor", "actor_start", "actor_end"),
               ("target", "target_start", "target_end")],
    "quotes": [("text", "start_char", "end_char"), ("speaker", "speaker_start", "speaker_end")],
}


def batch_id_of(doc_ids: Iterable[str]) -> str:
    """A deterministic name for the batch holding exactly these documents."""
    return hashlib.sha256("\n".join(sorted(doc_ids)).encode()).hexdigest()[:16]


def sql_list(paths: Iterable[Path]) -> str:
    """A DuckDB list literal of file paths, quoted."""
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


@dataclass(frozen=True)
class Listing:
    """The seeds folder as a run found it: its digest, and the current file list and rejections it staged."""

    seeds: str
    fingerprint: str
    files: StagedTable
    rejected: StagedTable


@dataclass(frozen=True)
class Generation:
    """What "now" is made of: the committed batches and the current listing's two manifests (GENERATION.json),
    with the record of each manifest as it was written."""

    batches: tuple[str, ...]
    files: str
    rejected: str
    records: dict[str, FileRecord] = field(default_factory=dict, compare=False)

    def to_json(self) -> str:
        return json.dumps({"batches": list(self.batches), "files": self.files, "rejected": self.rejected,
                           "records": records_to_json(self.records)}, indent=1)

    @classmethod
    def from_json(cls, text: str) -> Generation:
        data = json.loads(text)
        return cls(tuple(data["batches"]), data["files"], data["rejected"], records_from_json(data.get("records", {})))


@dataclass(frozen=True)
class Problem:
    """Something published that is not as it was written, and what repairing it means."""

    kind: str  # batch, listing, empty, database, generation
    path: Path
    detail: str

    def __str__(self) -> str:
        return f"{self.kind} {self.path.name}: {self.detail}"


@dataclass(frozen=True)
class RunRecord:
    """The last complete run (LAST_RUN.json): the listing the database reflects, the batch it added, row counts."""

    seeds: str
    seeds_fingerprint: str
    files: int
    rejected: int
    batch: str | None
    generation_sha256: str
    rows: dict[str, int]
    finished_at: str
    checks_passed: bool | None = None
    database: FileRecord | None = None  # the database file this run built, as it swapped it in

    def to_json(self) -> str:
        return json.dumps(asdict(self), indent=1)

    @classmethod
    def from_json(cls, text: str) -> RunRecord:
        data = json.loads(text)
        db = data.get("database")
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__ if k in data and k != "database"},
                   database=FileRecord(**db) if db else None)


@dataclass(frozen=True)
class Commit:
    """What a commit published: the new generation, the batch it added (None when nothing was new), the
    listing, and the staging folders it consumed (spent once the views over it are in place)."""

    generation: Generation
    batch: str | None
    listing: Listing
    staging: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Staging:
    """One batch's staging folder: each stage writes its tables beside the tables it read."""

    path: Path

    @classmethod
    def beside(cls, staged: StagedTable) -> Staging:
        """The staging folder ``staged`` is in: where the stage that reads it writes its own tables."""
        return cls(staged.path.parent)

    def writer(self, table: schema.Table, name: str | None = None) -> TableWriter:
        return TableWriter(self.path / f"{name or table.name}.parquet", table)

    def write(self, table: schema.Table, rows: list[dict]) -> StagedTable:
        writer = self.writer(table)
        writer.add_all(rows)
        return writer.close()


class Warehouse:
    """Paths and the commit protocol of one warehouse folder."""

    def __init__(self, root: Path | str):
        self.root = Path(root).resolve()
        self.parquet = self.root / "parquet"
        self.batches = self.parquet / "batches"
        self.current = self.parquet / "current"
        self.db_path = self.root / DB_NAME
        self.generation_path = self.parquet / "GENERATION.json"
        self.last_run_path = self.parquet / "LAST_RUN.json"
        self.staging_root = self.root / "staging"

    # -- reading state ---------------------------------------------------------------------------
    def batch_dirs(self) -> list[Path]:
        if not self.batches.is_dir():
            return []
        return sorted(p for p in self.batches.iterdir() if p.is_dir() and not p.name.startswith("."))

    def processed_doc_ids(self) -> set[str]:
        """Every doc_id a committed batch holds or records as failed (whether or not its file is still in seeds/)."""
        ids: set[str] = set()
        for batch in self.batch_dirs():
            for table in ("documents", "failed"):
                if (batch / f"{table}.parquet").exists():
                    ids.update(read_parquet(batch / f"{table}.parquet", ["doc_id"]).column("doc_id").to_pylist())
        return ids

    def generation(self) -> Generation | None:
        """The current generation (None before the first commit, or when GENERATION.json is damaged)."""
        try:
            return Generation.from_json(self.generation_path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):
            return None  # damaged: the next commit writes it afresh

    def known_files(self) -> dict[str, list[dict]]:
        """The current file listing by file of the seeds folder, from the last commit: the rows of its documents
        (one for a text file or a page, one per good record of a .jsonl/.json file) with doc_id, size_bytes,
        encoding, mtime_ns, seed_size."""
        table = self._current_manifest("files")
        if table is None or "mtime_ns" not in table.column_names:  # a listing written before the column existed
            return {}
        known: dict[str, list[dict]] = {}
        for r in table.to_pylist():
            if "seed_file" not in r:  # written before files of records: every row was a whole file
                r.update(seed_file=r["file_name"], record_no=None, seed_size=r["size_bytes"])
            known.setdefault(r["seed_file"], []).append(r)
        return known

    def rejected_records(self) -> dict[str, list[dict]]:
        """The records rejected by the last commit, by the file of the seeds folder holding them (whole files that
        were rejected are not here: a run reads them again)."""
        table = self._current_manifest("rejected")
        if table is None or "record_no" not in table.column_names:
            return {}
        found: dict[str, list[dict]] = {}
        for r in table.to_pylist():
            if r["record_no"] is not None:
                found.setdefault(r["seed_file"], []).append(r)
        return found

    def rejection_times(self) -> dict[tuple[str, str, int], datetime]:
        """When each file of the current rejected list was first seen, by (file_name, reason, size_bytes)."""
        table = self._current_manifest("rejected")
        rows = table.to_pylist() if table is not None else []
        return {(r["file_name"], r["reason"], r["size_bytes"]): r["seen_at"] for r in rows}

    def _current_manifest(self, kind: str):
        """The current generation's file listing ("files") or rejections ("rejected"), None before any."""
        generation = self.generation()
        path = self.current / getattr(generation, kind) if generation else None
        return read_parquet(path) if path is not None and path.exists() else None

    def last_run(self) -> RunRecord | None:
        """The record of the last complete run, while the database in place is the one it built (else None).

        The record names the generation it was built from: a crash or another run in between changes
        GENERATION.json, which voids it.
        """
        try:
            state = RunRecord.from_json(self.last_run_path.read_text(encoding="utf-8"))
            generation = self._generation_digest()
        except (OSError, ValueError, TypeError):
            return None
        if state.generation_sha256 != generation or not self.db_path.exists():
            return None
        return state

    def up_to_date(self, seeds: Path, fingerprint: str) -> RunRecord | None:
        """The last run's record if it was over this same seeds listing (nothing to do now), else None."""
        state = self.last_run()
        if state is None or state.seeds != str(Path(seeds).resolve()) or state.seeds_fingerprint != fingerprint:
            return None
        return state

    def record_run(self, commit: Commit, counts: dict[str, int]) -> None:
        """After the view swap: the listing the database now reflects and the batch this run added (or None)."""
        listing = commit.listing
        state = RunRecord(seeds=listing.seeds, seeds_fingerprint=listing.fingerprint, files=listing.files.rows
                          + listing.rejected.rows, rejected=listing.rejected.rows, batch=commit.batch,
                          generation_sha256=self._generation_digest(), rows=counts,
                          finished_at=datetime.now().replace(microsecond=0).isoformat(),
                          database=FileRecord.of(self.db_path))
        atomic_write_text(state.to_json(), self.last_run_path)

    def record_checks(self, passed: bool) -> None:
        """Note on the last run's record whether its asset checks passed (they run after the record is written)."""
        state = self.last_run()
        if state is not None:
            atomic_write_text(replace(state, checks_passed=passed).to_json(), self.last_run_path)

    def _generation_digest(self) -> str:
        return hashlib.sha256(self.generation_path.read_bytes()).hexdigest()

    # -- staging ---------------------------------------------------------------------------------
    def staging(self, name: str | None = None) -> Staging:
        """A staging folder for a new batch (a fresh one unless named); clears what crashed runs left long ago."""
        path = self.staging_root / (name or f"{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}-{os.urandom(3).hex()}")
        path.mkdir(parents=True, exist_ok=True)
        for other in self.staging_root.iterdir():
            if other != path and time.time() - other.stat().st_mtime > STALE_STAGING_SECONDS:
                shutil.rmtree(other, ignore_errors=True)
        return Staging(path)

    def drop_staging(self, folders: Iterable[Path]) -> None:
        """Remove the staging folders of a finished run."""
        for folder in folders:
            if folder.parent == self.staging_root:
                shutil.rmtree(folder, ignore_errors=True)

    # -- writing ---------------------------------------------------------------------------------
    def commit_batch(self, batch_id: str, tables: dict[str, StagedTable]) -> Path:
        """Move the staged batch tables into ``batches/<batch_id>`` with one atomic folder rename."""
        final = self.batches / batch_id
        if final.exists():  # the same documents were committed before a crash; nothing to add
            return final
        tmp = self.batches / f".{batch_id}.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for name, staged in tables.items():
            os.replace(staged.path, tmp / f"{name}.parquet")
        write_batch_manifest(tmp)
        os.replace(tmp, final)
        return final

    def write_manifest(self, listing: Listing) -> Generation:
        """Store the current file listing and rejections (content-addressed), then point GENERATION.json at them:
        written last, it is the commit point. Where the files go and how they are written and checked are the
        storage's own (the hooks below; tourpipe.storage.objectstore for S3)."""
        previous = self.generation()
        known = previous.records if previous else {}
        names, records = {}, {}
        for kind, staged in (("files", listing.files), ("rejected", listing.rejected)):
            table = read_parquet(staged.path)
            digest = hashlib.sha256(table_digest(table)).hexdigest()[:16]
            path = self.current / f"{kind}-{digest}.parquet"
            record = known.get(path.name)
            if record is None or self._damaged(record, path):  # new, or damaged since it was written
                record = self._write_table(table, path)
            names[kind], records[path.name] = path.name, record
        for name, table in {**schema.BATCH_TABLES, **schema.LISTING_TABLES}.items():
            # Written again when a column was added since (views read old batches through it, union_by_name).
            empty = self.parquet / "empty" / f"{name}.parquet"
            if _schema_of(empty) != arrow_schema(table):
                self._write_table(arrow_schema(table).empty_table(), empty)
        generation = Generation(tuple(b.name for b in self.batch_dirs()), names["files"], names["rejected"], records)
        if previous is None or previous.to_json() != generation.to_json():
            if previous:
                self._write_text(self.parquet / "PREVIOUS_GENERATION.json", previous.to_json())
                self._retire({old for old, new in ((previous.files, generation.files),
                                                   (previous.rejected, generation.rejected)) if old != new})
            self._write_text(self.generation_path, generation.to_json())
        return generation

    # -- how this storage writes and checks a file (overridden for object storage) -----------------------------
    def _write_table(self, table, path: Path) -> FileRecord:
        atomic_write_parquet(table, path)
        return FileRecord.of(path)

    def _write_text(self, path: Path, text: str) -> None:
        atomic_write_text(text, path)

    def _damaged(self, record: FileRecord, path: Path) -> bool:
        return record.problem(path, full=True) is not None

    def _retire(self, names: set[str]) -> None:
        """Listings the new generation no longer names: the time they retire starts their grace period
        (see _collect_garbage)."""
        for name in names:
            if (self.current / name).exists():
                os.utime(self.current / name)

    def rebuild_views(self) -> dict[str, int]:
        """Build a fresh DuckDB file with the views of the current generation and swap it in atomically."""
        import duckdb

        generation = self.generation()
        if generation is None:
            raise RuntimeError(f"{self.root}: nothing has been committed yet; run the pipeline first")
        tmp = self.root / f".{DB_NAME}.tmp-{os.getpid()}"
        for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
            stale.unlink(missing_ok=True)
        with _duckdb_writable_path(tmp) as build:
            con = duckdb.connect(str(build))
            try:
                self.prepare_connection(con)
                for statement in view_statements(self, generation):
                    con.execute(statement)
                counts = {name: con.execute(f"select count(*) from {name}").fetchone()[0] for name in schema.VIEWS}
                con.execute("checkpoint")
            finally:
                con.close()
        os.replace(tmp, self.db_path)
        record = self.last_run()
        if record is not None:  # views rebuilt outside a run (a moved warehouse): the record names the new file
            atomic_write_text(replace(record, database=FileRecord.of(self.db_path)).to_json(), self.last_run_path)
        self._collect_garbage(generation)
        return counts

    def _collect_garbage(self, generation: Generation) -> None:
        """Remove manifests retired long enough ago, and the temporary files of runs killed mid-write.

        Runs under the warehouse lock, so no temporary file here belongs to a writer still at work.
        A manifest retired less than RETIRED_MANIFEST_SECONDS ago may be named by a database an analyst
        still holds open (however many runs have replaced it since), so it stays.
        """
        keep = {generation.files, generation.rejected}
        previous_path = self.parquet / "PREVIOUS_GENERATION.json"
        if previous_path.exists():
            previous = Generation.from_json(previous_path.read_text(encoding="utf-8"))
            keep |= {previous.files, previous.rejected}
        cutoff = time.time() - RETIRED_MANIFEST_SECONDS
        if self.current.is_dir():
            for p in self.current.iterdir():
                if p.name not in keep and (_is_temporary(p) or p.stat().st_mtime < cutoff):
                    p.unlink(missing_ok=True)
        for folder in (self.root, self.parquet, self.parquet / "empty", self.batches):
            for p in (folder.iterdir() if folder.is_dir() else ()):
                if _is_temporary(p):
                    shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)

    # -- integrity -------------------------------------------------------------------------------------
    def verify(self, full: bool = False) -> list[Problem]:
        """What is not as it was published: cheaply sizes and times (hashing only touched files), or every
        checksum (``full``). Batches written before batches carried a manifest are taken as they are."""
        problems: list[Problem] = []
        if self.generation_path.exists() and self.generation() is None:
            problems.append(Problem("generation", self.generation_path, "unreadable"))
        generation = self.generation()
        for batch in self.batch_dirs():
            problems += [Problem("batch", batch, detail) for detail in batch_problems(batch, full)]
        if generation is not None:
            for name, record in generation.records.items():
                if (detail := record.problem(self.current / name, full)) is not None:
                    problems.append(Problem("listing", self.current / name, detail))
        for empty in sorted((self.parquet / "empty").glob("*.parquet")):
            if not _readable(empty):
                problems.append(Problem("empty", empty, "unreadable"))
        record = self.last_run()
        if record is not None and record.database is not None:
            if (detail := record.database.problem(self.db_path, full)) is not None:
                problems.append(Problem("database", self.db_path, detail))
        return problems

    def repair(self, problems: list[Problem]) -> list[str]:
        """Set damaged batches aside so that the run rebuilds them: a damaged batch moves to ``parquet/damaged``
        and its documents are processed again from their files. The rest (manifests, schema files, the
        database, GENERATION.json) is written afresh by every run, so it stays where it is until replaced.
        Returns what was found and done, one line each. Callers hold the lock."""
        done = []
        for problem in problems:
            if problem.kind == "batch" and problem.path.exists():
                target = self.parquet / "damaged" / f"{problem.path.name}-{datetime.now():%Y%m%d-%H%M%S}"
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(problem.path, target)
                done.append(f"batch {problem.path.name} set aside to {target} ({problem.detail}); "
                            "its documents are processed again")
            elif problem.kind != "batch":
                done.append(f"{problem}; this run writes it again")
        return done

    # -- reading the database ----------------------------------------------------------------------
    def prepare_connection(self, con) -> None:
        """What a DuckDB connection needs before it reads this warehouse's Parquet (local files: nothing)."""

    def local_views(self) -> Path:
        """The database analysts open (for a local warehouse, the one the last run built)."""
        return self.db_path

    def shell_script(self) -> Path | None:
        """What the DuckDB shell must run before it reads this warehouse (a local one: nothing)."""
        return None

    def table_files(self, generation: Generation, table: str) -> list:
        """The Parquet files of ``table`` in ``generation``'s batches (a batch written before a table existed
        has no file for it)."""
        return [p for p in (self.batches / b / f"{table}.parquet" for b in generation.batches) if p.exists()]

    def query(self, sql: str) -> list[tuple]:
        """Run ``sql`` on the database file now in place.

        Not ``duckdb.connect(path)``: while any connection of this process (an analyst's notebook, a test) holds
        the previous file open, DuckDB hands back that cached instance, and the caller would judge the
        database the run has just replaced. A fresh in-memory instance attaching the path opens the new file.
        """
        import duckdb

        db = str(self.db_path).replace("'", "''")
        with duckdb.connect() as con:
            self.prepare_connection(con)
            con.execute(f"attach '{db}' as warehouse (read_only)")
            con.execute("use warehouse")
            return con.execute(sql).fetchall()

    def table_now(self, table: str, listing: Listing, staged: StagedTable | None, columns: list[str],
                  n: int = 5) -> tuple[int, list[dict]]:
        """The rows ``table`` holds once ``staged`` is committed over ``listing`` (committed rows of the files
        still there, plus the staged ones): their count and the first ``n`` of them (``columns`` only)."""
        import duckdb

        sources = [p for p in (b / f"{table}.parquet" for b in self.batch_dirs()) if p.exists()]
        sources += [staged.path] if staged is not None and staged.rows else []
        if not sources:
            return 0, []
        rows = (f"from read_parquet({sql_list(sources)}, union_by_name = true) "
                f"where doc_id in (select doc_id from read_parquet({sql_list([listing.files.path])}))")
        with duckdb.connect() as con:
            count = con.execute(f"select count(*) {rows}").fetchone()[0]
            cur = con.execute(f"select {', '.join(columns)} {rows} limit {n}")
            head = [dict(zip(columns, r)) for r in cur.fetchall()]
        return count, head

    def batches_to_check(self) -> tuple[list[Path], str]:
        """The batch folders whose spans a run checks, and a description: the batch the last run added, none
        when it added nothing, every batch of the current generation when that is unknown (no valid record
        of the last run).

        Batches are immutable and each was checked when its run committed it, so a run checks its own batch:
        the check costs what the run added, not what the warehouse holds.
        """
        record = self.last_run()
        if record is None:
            generation = self.generation()
            return [self.batches / b for b in (generation.batches if generation else ())], "all documents"
        if record.batch is None:
            return [], "no documents added by this run"
        return [self.batches / record.batch], f"batch {record.batch}"

    def bad_spans(self, batch: Path, limit: int) -> tuple[int, list[tuple]]:
        """(spans checked, up to ``limit`` bad rows) of one batch, read from its own immutable files."""
        docs_file = batch / "documents.parquet"
        tables = [t for t in SPAN_COLUMNS if (batch / f"{t}.parquet").exists()]
        checked = sum(count_rows(batch / f"{t}.parquet") for t in tables)
        slices = max(1, math.ceil(count_rows(docs_file) / SPAN_CHECK_DOCS))
        bad: list[tuple] = []
        for k in range(slices):
            part = f"hash(doc_id) % {slices} = {k}"
            spans = " union all ".join(
                f"select '{t}.{text}' t, doc_id, {text} as text, {start} as start_char, {end} as end_char "
                f"from read_parquet({sql_list([batch / f'{t}.parquet'])}) where {part} and {start} is not null"
                for t in tables for text, start, end in SPAN_COLUMNS[t])
            bad += self.query(f"""
                select x.t, x.doc_id, x.text
                from ({spans}) x
                join (select doc_id, clean_text from read_parquet({sql_list([docs_file])}) where {part}) d
                    using (doc_id)
                where substring(d.clean_text, x.start_char + 1, x.end_char - x.start_char) <> x.text
                limit {limit - len(bad)}""")
            if len(bad) >= limit:
                break
        return checked, bad


@contextmanager
def _duckdb_writable_path(path: Path) -> Iterator[Path]:
    """Where DuckDB can write the database that must end up at ``path``.

    DuckDB 1.5 names a database's write-ahead log by putting ".wal" before the first "?" of its path
    (taken for a query string), so it cannot commit to a file under a folder whose name holds a "?"
    (reading is fine). Such a database is built in a temporary folder and copied to ``path``, which the
    caller then renames into place as usual.
    """
    if "?" not in str(path):
        yield path
        return
    import tempfile

    with tempfile.TemporaryDirectory(prefix="tourpipe-db-") as folder:
        build = Path(folder) / "build.duckdb"
        yield build
        shutil.copyfile(build, path)
        with open(path, "rb") as fh:
            os.fsync(fh.fileno())


@contextmanager
def warehouse_lock(wh: Warehouse) -> Iterator[None]:
    """Serialise the steps that read or change the warehouse's state (the sensor and a manual run may overlap)."""
    wh.root.mkdir(parents=True, exist_ok=True)
    with open(wh.root / ".lock", "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _readable(path: Path) -> bool:
    """``path`` exists and reads as Parquet."""
    try:
        read_parquet(path)
        return True
    except Exception:  # noqa: BLE001 - missing, truncated or garbled: all mean "write it again"
        return False


def _schema_of(path: Path):
    """The Arrow schema of the Parquet file at ``path``, None when it is missing or unreadable."""
    try:
        return read_parquet(path).schema.remove_metadata()
    except Exception:  # noqa: BLE001 - missing, truncated or garbled: all mean "write it again"
        return None


def _is_temporary(path: Path) -> bool:
    """A file or folder being written under its temporary name (".<final name>.tmp-<pid>", see above)."""
    return path.name.startswith(".") and ".tmp-" in path.name


def view_statements(wh: Warehouse, generation: Generation) -> list[str]:
    """SQL that defines the analyst views of ``generation`` (absolute paths to immutable files)."""

    def parts(table: str) -> str:
        batches = wh.table_files(generation, table)
        return f"read_parquet({sql_list([wh.parquet / 'empty' / f'{table}.parquet', *batches])}, union_by_name = true)"

    files = f"read_parquet({sql_list([wh.current / generation.files])})"
    rejected = f"read_parquet({sql_list([wh.current / generation.rejected])})"
    documents = ", ".join(("n." if c in ("file_name", "file_names") else "d.") + c
                          for c in schema.DOCUMENTS_VIEW.columns)
    return [
        f"""create view current_files as select * from {files}""",
        # A document's names in the folder's order: files by name, the records of a file by number ("feed.jsonl#2"
        # before "feed.jsonl#10"); the first one is its file_name.
        """create view documents as
            with names as (
                select doc_id, list(file_name order by seed_file, record_no nulls first) as file_names,
                       min({'seed_file': seed_file, 'record_no': coalesce(record_no, 0)}) as place
                from current_files group by doc_id),
            named as (select *, file_names[1] as file_name from names)
            select """ + documents + """
            from """ + parts("documents") + """ d join named n using (doc_id)
            order by n.place.seed_file, n.place.record_no""",
        *(f"""create view {t} as select * from {parts(t)}
            where doc_id in (select doc_id from current_files)"""
          for t in ("entities", "facts", "events", "quotes", "removed_lines")),
        f"""create view rejected as
            select file_name, reason, size_bytes, seen_at, seed_file, record_no from {rejected}
            union all
            select f.file_name, 'failed in ' || x.stage || ': ' || x.error, f.size_bytes, x.failed_at, f.seed_file,
                   f.record_no
            from current_files f join {parts('failed')} x using (doc_id)
            order by seed_file, record_no nulls first, file_name""",
        """create view entity_summary as
            select e.canonical, e.label, count(distinct e.doc_id) as documents, count(*) as mentions,
                   list(distinct d.lang order by d.lang) as languages
            from entities e join documents d using (doc_id)
            group by e.canonical, e.label
            order by documents desc, mentions desc, e.canonical""",
    ]
