"""The one Definitions object of tourpipe (loaded by workspace.yaml, `dg` and `tourpipe run`)."""
import dagster as dg

from tourpipe.defs import automation, documents, extraction, report, warehouse
from tourpipe.defs.resources import StagedRefsIOManager, TourpipePaths

defs = dg.Definitions(
    assets=dg.load_assets_from_modules([documents, extraction, warehouse, report]),
    asset_checks=dg.load_asset_checks_from_modules([warehouse]),
    jobs=[automation.refresh_job],
    sensors=[automation.seeds_sensor, report.report_sensor],
    schedules=[automation.daily_refresh],
    resources={
        "paths": TourpipePaths(seeds_dir=dg.EnvVar("TOURPIPE_SEEDS"), warehouse_dir=dg.EnvVar("TOURPIPE_WAREHOUSE")),
        "io_manager": StagedRefsIOManager(),
    },
)
