"""Whether what the warehouse published is still whole: each file's size, time and checksum as written.

A batch folder carries a MANIFEST.json naming its files with their records; GENERATION.json does the same
for the listing manifests it points at, and LAST_RUN.json for the database the run built. A cheap check
compares sizes and modification times (one stat per file: every run does it); a full check also re-hashes
every file (the `warehouse_intact` asset check, and `tourpipe run --force`).
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

MANIFEST = "MANIFEST.json"
_BLOCK = 1 << 20


@dataclass(frozen=True)
class FileRecord:
    """A file as it was published."""

    size: int
    mtime_ns: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> FileRecord:
        st = path.stat()
        return cls(st.st_size, st.st_mtime_ns, sha256_of(path))

    def problem(self, path: Path, full: bool) -> str | None:
        """What is wrong with ``path`` compared with this record (None when nothing is)."""
        try:
            st = path.stat()
        except FileNotFoundError:
            return "missing"
        if st.st_size != self.size:
            return f"size {st.st_size:,} bytes, published with {self.size:,}"
        # Cheaply, a file with its published time is taken as it was; a touched one is hashed to see if it changed.
        if (full or st.st_mtime_ns != self.mtime_ns) and sha256_of(path) != self.sha256:
            return "changed since it was published (checksum differs)"
        return None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(_BLOCK):
            digest.update(block)
    return digest.hexdigest()


def records_of(paths: list[Path]) -> dict[str, FileRecord]:
    return {p.name: FileRecord.of(p) for p in paths}


def records_to_json(records: dict[str, FileRecord]) -> dict:
    return {name: asdict(r) for name, r in records.items()}


def records_from_json(data: dict) -> dict[str, FileRecord]:
    return {name: FileRecord(**r) for name, r in data.items()}


def write_batch_manifest(folder: Path) -> None:
    """Record every Parquet file of a batch folder (before the folder is published)."""
    records = records_of(sorted(folder.glob("*.parquet")))
    tmp = folder / f".{MANIFEST}.tmp-{os.getpid()}"
    tmp.write_text(json.dumps(records_to_json(records), indent=1), encoding="utf-8")
    os.replace(tmp, folder / MANIFEST)


def batch_problems(folder: Path, full: bool) -> list[str]:
    """What is wrong with a published batch folder (an empty list when it is whole or predates manifests)."""
    manifest = folder / MANIFEST
    if not manifest.exists():
        return []  # written before batches carried a manifest: nothing to compare with
    try:
        records = records_from_json(json.loads(manifest.read_text(encoding="utf-8")))
    except (ValueError, TypeError) as exc:
        return [f"{MANIFEST} unreadable ({exc})"]
    return [f"{name}: {p}" for name, r in records.items() if (p := r.problem(folder / name, full))]
