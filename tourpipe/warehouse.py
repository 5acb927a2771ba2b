"""The warehouse on disk: immutable Parquet batches, a current generation, and the DuckDB views over them.

Layout under the warehouse folder:

    parquet/batches/<batch_id>/<table>.parquet   one folder per processed batch of documents, never changed
    parquet/current/files-<digest>.parquet       which file names map to which doc_id right now (immutable)
    parquet/current/rejected-<digest>.parquet    files that were not processed, and why (immutable)
    parquet/GENERATION.json                      names the batches and manifests that make up "now"
    parquet/LAST_RUN.json                        the last complete run: its seeds listing, new batch, row counts
    parquet/empty/<table>.parquet                schema-only files so views exist before any data
    staging/                                     the batch being built by the current run
    tourpipe.duckdb                              views over the current generation, replaced atomically

Every file is written under a temporary name and renamed into place, and a batch folder appears by
one rename, so a crash never leaves a half-written file where a view or the next run would read it.
Views name immutable files only, so an analyst holding the old database open keeps seeing the old state
(manifests are kept for RETIRED_MANIFEST_SECONDS after they leave the current generation).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from tourpipe import tables

DB_NAME = "tourpipe.duckdb"
# A database replaced by a run stays readable this long on connections held open on it: the manifests its
# views name are deleted only once they have been out of the current generation for that long.
RETIRED_MANIFEST_SECONDS = 86400
_ANALYST_TABLES = ("documents", "entities", "facts", "removed_lines", "rejected")


def atomic_write_parquet(table: pa.Table, path: Path) -> None:
    """Write ``table`` to ``path`` so that readers see either nothing/the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    pq.write_table(table, tmp, compression="zstd")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def read_parquet(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One Parquet file as a table (ParquetFile, not pq.read_table: no dataset layer to import and set up)."""
    return pq.ParquetFile(path).read(columns=columns)


def atomic_write_text(text: str, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def batch_id_of(doc_ids: Iterable[str]) -> str:
    """A deterministic name for the batch holding exactly these documents."""
    return hashlib.sha256("\n".join(sorted(doc_ids)).encode()).hexdigest()[:16]


class Warehouse:
    """Paths and the commit protocol of one warehouse folder."""

    def __init__(self, root: Path | str, run_id: str = "local"):
        self.root = Path(root).resolve()
        self.run_id = run_id
        self.parquet = self.root / "parquet"
        self.batches = self.parquet / "batches"
        self.current = self.parquet / "current"
        self.staging = self.root / "staging" / run_id  # one folder per run: concurrent runs never share one
        self.db_path = self.root / DB_NAME
        self.generation_path = self.parquet / "GENERATION.json"
        self.last_run_path = self.parquet / "LAST_RUN.json"

    # -- reading state ---------------------------------------------------------------------------
    def batch_dirs(self) -> list[Path]:
        if not self.batches.is_dir():
            return []
        return sorted(p for p in self.batches.iterdir() if p.is_dir() and not p.name.startswith("."))

    def processed_doc_ids(self) -> set[str]:
        """Every doc_id stored in a committed batch (whether or not its file is still in seeds/)."""
        ids: set[str] = set()
        for batch in self.batch_dirs():
            ids.update(read_parquet(batch / "documents.parquet", ["doc_id"]).column("doc_id").to_pylist())
        return ids

    def generation(self) -> dict | None:
        if not self.generation_path.exists():
            return None
        return json.loads(self.generation_path.read_text(encoding="utf-8"))

    def known_files(self) -> dict[str, dict]:
        """The current file listing by name (doc_id, size_bytes, mtime_ns, encoding), from the last commit."""
        generation = self.generation()
        path = self.current / generation["files"] if generation else None
        if path is None or not path.exists():
            return {}
        table = read_parquet(path)
        if "mtime_ns" not in table.column_names:  # a listing written before the column existed
            return {}
        return {r["file_name"]: r for r in table.to_pylist()}

    def rejection_times(self) -> dict[tuple[str, str, int], datetime]:
        """When each file of the current rejected list was first seen, by (file_name, reason, size_bytes)."""
        generation = self.generation()
        path = self.current / generation["rejected"] if generation else None
        if path is None or not path.exists():
            return {}
        rows = read_parquet(path).to_pylist()
        return {(r["file_name"], r["reason"], r["size_bytes"]): r["seen_at"] for r in rows}

    def last_run(self) -> dict | None:
        """The record of the last complete run, while the database in place is the one it built (else None).

        The record names the generation it was built from: a crash or another run in between changes
        GENERATION.json, which voids it.
        """
        try:
            state = json.loads(self.last_run_path.read_text(encoding="utf-8"))
            generation = self._generation_digest()
        except (OSError, ValueError):
            return None
        if state.get("generation_sha256") != generation or not self.db_path.exists():
            return None
        return state

    def up_to_date(self, seeds: Path, fingerprint: str) -> dict | None:
        """The last run's record if it was over this same seeds listing (nothing to do now), else None."""
        state = self.last_run()
        if state is None or state.get("seeds") != str(Path(seeds).resolve()) \
                or state.get("seeds_fingerprint") != fingerprint:
            return None
        return state

    def record_run(self, listing: dict, batch: str | None, counts: dict[str, int]) -> None:
        """After the view swap: the listing the database now reflects and the batch this run added (or None)."""
        state = {**listing, "batch": batch, "generation_sha256": self._generation_digest(),
                 "rows": counts, "finished_at": datetime.now().replace(microsecond=0).isoformat()}
        atomic_write_text(json.dumps(state, indent=1), self.last_run_path)

    def record_checks(self, passed: bool) -> None:
        """Note on the last run's record whether its asset checks passed (they run after the record is written)."""
        state = self.last_run()
        if state is not None:
            atomic_write_text(json.dumps({**state, "checks_passed": passed}, indent=1), self.last_run_path)

    def _generation_digest(self) -> str:
        return hashlib.sha256(self.generation_path.read_bytes()).hexdigest()

    # -- writing ---------------------------------------------------------------------------------
    def reset_staging(self) -> Path:
        """Start this run's staging folder afresh, and clear what crashed runs left a day ago or more."""
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir(parents=True)
        for other in self.staging.parent.iterdir():
            if other != self.staging and time.time() - other.stat().st_mtime > 86400:
                shutil.rmtree(other, ignore_errors=True)
        return self.staging

    def drop_staging(self) -> None:
        shutil.rmtree(self.staging, ignore_errors=True)

    def commit_batch(self, batch_id: str) -> Path | None:
        """Move the staged batch tables into ``batches/<batch_id>`` with one atomic folder rename."""
        staged = [self.staging / f"{name}.parquet" for name in tables.BATCH_TABLES]
        if not all(p.exists() for p in staged):
            return None
        final = self.batches / batch_id
        if final.exists():  # the same documents were committed before a crash; nothing to add
            return final
        tmp = self.batches / f".{batch_id}.tmp-{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for p in staged:
            os.replace(p, tmp / p.name)
        os.replace(tmp, final)
        return final

    def write_manifest(self, files: pa.Table, rejected: pa.Table) -> dict:
        """Store the current file listing and rejections (content-addressed) and point GENERATION.json at them."""
        names = {}
        for kind, table in (("files", files), ("rejected", rejected)):
            digest = hashlib.sha256(_table_digest(table)).hexdigest()[:16]
            path = self.current / f"{kind}-{digest}.parquet"
            if not path.exists():
                atomic_write_parquet(table, path)
            names[kind] = path.name
        for name, schema in {**tables.BATCH_TABLES, "files": tables.FILES, "rejected": tables.REJECTED}.items():
            empty = self.parquet / "empty" / f"{name}.parquet"
            if not empty.exists():
                atomic_write_parquet(schema.empty_table(), empty)
        generation = {"batches": [b.name for b in self.batch_dirs()], **names}
        previous = self.generation()
        if previous != generation:
            if previous:
                atomic_write_text(json.dumps(previous, indent=1), self.parquet / "PREVIOUS_GENERATION.json")
                for kind in ("files", "rejected"):
                    retired = self.current / previous[kind]
                    if previous[kind] != generation[kind] and retired.exists():
                        os.utime(retired)  # the time it retires starts its grace period (see _collect_garbage)
            atomic_write_text(json.dumps(generation, indent=1), self.generation_path)
        return generation

    def rebuild_views(self) -> dict[str, int]:
        """Build a fresh DuckDB file with the views of the current generation and swap it in atomically."""
        import duckdb

        generation = self.generation()
        if generation is None:
            raise RuntimeError(f"{self.root}: nothing has been committed yet; run the pipeline first")
        tmp = self.root / f".{DB_NAME}.tmp-{os.getpid()}"
        for stale in (tmp, tmp.with_name(tmp.name + ".wal")):
            stale.unlink(missing_ok=True)
        con = duckdb.connect(str(tmp))
        try:
            for statement in view_statements(self, generation):
                con.execute(statement)
            counts = {name: con.execute(f"select count(*) from {name}").fetchone()[0] for name in _ANALYST_TABLES}
            con.execute("checkpoint")
        finally:
            con.close()
        os.replace(tmp, self.db_path)
        self._collect_garbage(generation)
        return counts

    def _collect_garbage(self, generation: dict) -> None:
        """Remove manifests retired long enough ago, and the temporary files of runs killed mid-write.

        Runs under the warehouse lock, so no temporary file here belongs to a writer still at work.
        A manifest retired less than RETIRED_MANIFEST_SECONDS ago may be named by a database an analyst
        still holds open (however many runs have replaced it since), so it stays.
        """
        keep = {generation["files"], generation["rejected"]}
        previous_path = self.parquet / "PREVIOUS_GENERATION.json"
        if previous_path.exists():
            previous = json.loads(previous_path.read_text(encoding="utf-8"))
            keep |= {previous.get("files"), previous.get("rejected")}
        cutoff = time.time() - RETIRED_MANIFEST_SECONDS
        if self.current.is_dir():
            for p in self.current.iterdir():
                if p.name not in keep and (_is_temporary(p) or p.stat().st_mtime < cutoff):
                    p.unlink(missing_ok=True)
        for folder in (self.root, self.parquet, self.parquet / "empty", self.batches):
            for p in (folder.iterdir() if folder.is_dir() else ()):
                if _is_temporary(p):
                    shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)


def _is_temporary(path: Path) -> bool:
    """A file or folder being written under its temporary name (".<final name>.tmp-<pid>", see above)."""
    return path.name.startswith(".") and ".tmp-" in path.name


def _table_digest(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def sql_list(paths: Iterable[Path]) -> str:
    """A DuckDB list literal of file paths, quoted."""
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


def view_statements(wh: Warehouse, generation: dict) -> list[str]:
    """SQL that defines the analyst views of ``generation`` (absolute paths to immutable files)."""

    def parts(table: str) -> str:
        files = [wh.parquet / "empty" / f"{table}.parquet"] + [wh.batches / b / f"{table}.parquet" for b in generation["batches"]]
        return f"read_parquet({sql_list(files)})"

    files = f"read_parquet({sql_list([wh.current / generation['files']])})"
    rejected = f"read_parquet({sql_list([wh.current / generation['rejected']])})"
    return [
        f"""create view current_files as select * from {files}""",
        """create view documents as
            with names as (
                select doc_id, min(file_name) as file_name, list(file_name order by file_name) as file_names
                from current_files group by doc_id)
            select d.doc_id, n.file_name, d.lang, d.title, d.published, d.raw_text, d.clean_text, d.n_chars,
                   d.ingested_at, d.nlp_support, d.encoding, d.size_bytes, n.file_names
            from """ + parts("documents") + """ d join names n using (doc_id)
            order by n.file_name""",
        f"""create view entities as select * from {parts('entities')}
            where doc_id in (select doc_id from current_files)""",
        f"""create view facts as select * from {parts('facts')}
            where doc_id in (select doc_id from current_files)""",
        f"""create view removed_lines as select * from {parts('removed_lines')}
            where doc_id in (select doc_id from current_files)""",
        f"""create view rejected as select * from {rejected} order by file_name""",
        """create view entity_summary as
            select e.canonical, e.label, count(distinct e.doc_id) as documents, count(*) as mentions,
                   list(distinct d.lang order by d.lang) as languages
            from entities e join documents d using (doc_id)
            group by e.canonical, e.label
            order by documents desc, mentions desc, e.canonical""",
    ]
