"""The one resource every asset needs: where the seeds and the warehouse are."""

import logging
import os
from collections.abc import Callable
from pathlib import Path

import dagster as dg
from dagster._core.errors import DagsterInvalidPropertyError

from tourpipe.warehouse import Warehouse


class TourpipePaths(dg.ConfigurableResource):
    """Folders of the input articles and of the warehouse.

    Empty values mean: ``$TOURPIPE_SEEDS`` / ``$TOURPIPE_WAREHOUSE`` if set when the run starts,
    else ``./seeds`` / ``./warehouse`` relative to the working directory (the repo root under ``dagster dev``).
    """

    seeds_dir: str = ""
    warehouse_dir: str = ""
    n_process: int = 2  # worker processes for the per-document stages (both cores of a 2-core machine)

    def seeds(self) -> Path:
        return Path(self.seeds_dir or os.environ.get("TOURPIPE_SEEDS") or "seeds").resolve()

    def warehouse_root(self) -> Path:
        return Path(self.warehouse_dir or os.environ.get("TOURPIPE_WAREHOUSE") or "warehouse").resolve()

    def warehouse(self, run_id: str) -> Warehouse:
        return Warehouse(self.warehouse_root(), run_id)

    def warehouse_for(self, context: dg.AssetExecutionContext) -> Warehouse:
        """The warehouse, with the staging folder of this run (one folder per run id).

        A re-execution (e.g. "from failure" in the UI) shares the staging of the run it re-executes.
        """
        try:
            run_id = context.run.root_run_id or context.run.run_id
        except DagsterInvalidPropertyError:  # an asset invoked directly, outside any run
            run_id = "direct"
        return self.warehouse(run_id)


def progress_for(context: dg.AssetExecutionContext, stage: str) -> Callable[[str], None]:
    """Progress lines go to the Dagster run log and to the ``tourpipe`` logger (which the CLI prints)."""
    logger = logging.getLogger("tourpipe")

    def progress(message: str) -> None:
        context.log.info(message)
        logger.info("[%s] %s", stage, message)

    return progress
