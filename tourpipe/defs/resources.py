"""What every asset needs: where the seeds and the warehouse are, progress reporting, and the IO manager
that hands each asset's staged tables to the assets downstream."""
from __future__ import annotations

import logging
import os
import pickle
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import dagster as dg

from tourpipe import schema
from tourpipe.parallel import run_workers, use_cluster
from tourpipe.storage import Warehouse, open_warehouse


class TourpipePaths(dg.ConfigurableResource):
    """Folders of the input articles and of the warehouse (relative paths resolve against the working directory).

    ``tourpipe.definitions`` fills them from ``TOURPIPE_SEEDS`` / ``TOURPIPE_WAREHOUSE`` (the repo's ``.env``
    sets them for `dg dev`); `tourpipe run` passes its own as run configuration.
    """

    seeds_dir: str = "seeds"
    warehouse_dir: str = "warehouse"  # a folder, or s3://bucket/prefix
    n_process: int = 2  # worker processes for the per-document stages (both cores of a 2-core machine)
    # A Dask scheduler's address (tcp://host:8786) or local:N: the per-document stages run on that cluster.
    # Empty: $TOURPIPE_DASK_SCHEDULER, and without it the local pool of n_process workers.
    cluster: str = ""
    # For an s3:// warehouse, the local DuckDB file (empty: $TOURPIPE_DB, else warehouse/s3/<bucket>/<prefix>/).
    db: str = ""

    def seeds(self) -> Path:
        return Path(self.seeds_dir).resolve()

    def warehouse(self) -> Warehouse:
        return open_warehouse(self.warehouse_dir, self.db or os.environ.get("TOURPIPE_DB") or None)

    def cluster_address(self) -> str | None:
        return self.cluster or os.environ.get("TOURPIPE_DASK_SCHEDULER") or None

    @contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext):
        """For a run's duration the per-document stages use the cluster, if one is configured (connected to
        when the first chunk of work needs it, so a sensor tick or a run with nothing new starts nothing), else
        one set of ``n_process`` local workers that keep their models from stage to stage (started likewise when
        the first stage needs them)."""
        with use_cluster(self.cluster_address(), must_see=[str(self.seeds())]), run_workers(self.n_process):
            yield self


def progress_for(context: dg.AssetExecutionContext, stage: str) -> Callable[[str], None]:
    """Progress lines go to the Dagster run log and to the ``tourpipe`` logger (which the CLI prints)."""
    logger = logging.getLogger("tourpipe")

    def progress(message: str) -> None:
        context.log.info(message)
        logger.info("[%s] %s", stage, message)

    return progress


class _StagedRefs(dg.IOManager):
    """Keeps each asset's output — small references to staged Parquet, never the rows — in the instance's storage.

    A downstream asset of the same run (or of a re-execution) loads its upstream's output of that run; an
    asset materialized alone loads the latest output its upstream produced.
    """

    def __init__(self, base: Path):
        self.base = base

    def _path(self, run_id: str, asset: str) -> Path:
        return self.base / run_id / f"{asset}.pickle"

    def handle_output(self, context: dg.OutputContext, obj) -> None:
        asset = context.asset_key.to_python_identifier()
        data = pickle.dumps(obj)
        for path in (self._path(context.run_id, asset), self._path("latest", asset)):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

    def load_input(self, context: dg.InputContext):
        asset = context.asset_key.to_python_identifier()
        path = self._path(context.upstream_output.run_id, asset)
        if not path.exists():
            path = self._path("latest", asset)
        if not path.exists():
            raise FileNotFoundError(f"{asset} has not been materialized on this instance yet; materialize it first")
        return pickle.loads(path.read_bytes())


class StagedRefsIOManager(dg.ConfigurableIOManagerFactory):
    """The IO manager of every asset: what passes between assets is a reference to staged tables."""

    def create_io_manager(self, context: dg.InitResourceContext) -> _StagedRefs:
        return _StagedRefs(Path(context.instance.storage_directory()) / "tourpipe_refs")


def column_schema(table: schema.Table) -> dg.TableSchema:
    """Dagster's column schema of a table of ``tourpipe.schema`` (shown on the asset page)."""
    return dg.TableSchema(columns=[dg.TableColumn(f.name, f.type, description=f.description) for f in table.fields])


def table_metadata(paths: TourpipePaths, table: schema.Table, listing, staged, added: int, what: str,
                   columns: list[str]) -> dict:
    """What an asset page shows of a table: its rows now (``dagster/row_count``: the table as this run leaves it,
    not only what it added), the rows this run added, a sentence saying both, the first rows and the columns."""
    if listing is None:  # materialized alone from a staged input: the table is what was staged
        total, head = added, staged.head(5, columns)
    else:
        total, head = paths.warehouse().table_now(table.name, listing, staged, columns)
    summary = (f"{added:,} new {what} this run; the table holds {total:,}" if added
               else f"no new {what} this run; the table holds {total:,}")
    return {"dagster/row_count": total, "rows_added": added, "summary": summary,
            "preview": markdown_preview(head, columns), "dagster/column_schema": column_schema(table)}


def markdown_preview(rows: list[dict], columns: list[str]) -> dg.MetadataValue:
    """Rows as a Markdown table (long values cut to 80 characters)."""
    if not rows:
        return dg.MetadataValue.md("(no rows)")

    def cell(v) -> str:
        text = "" if v is None else str(v).replace("|", "\\|").replace("\n", " ")
        return text[:80] + "…" if len(text) > 80 else text

    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(cell(r[c]) for c in columns) + " |" for r in rows]
    return dg.MetadataValue.md("\n".join(lines))
