"""When the pipeline runs: a sensor on seeds/ (within a minute of a change) and a daily backstop."""

import dagster as dg

from tourpipe.defs.resources import TourpipePaths
from tourpipe.ingest import seeds_fingerprint

refresh_job = dg.define_asset_job(
    # The report follows on its own (report_sensor): a run, and `tourpipe run`, end when the views are in place.
    "refresh_warehouse", selection=dg.AssetSelection.all() - dg.AssetSelection.groups("report"),
    description="Process new or changed articles in seeds/ and rebuild the warehouse views.",
    # The assets form one chain over a staged batch: separate step processes would only add start-up
    # time and model loads; each per-document step parallelises inside itself (worker processes).
    executor_def=dg.in_process_executor,
)


def run_request_for(fingerprint: str, cursor: str | None) -> dg.RunRequest | None:
    """A run when the seeds folder's listing differs from the one last acted on; its key is the listing's digest."""
    if fingerprint == cursor:
        return None
    return dg.RunRequest(run_key=f"seeds-{fingerprint}", tags={"tourpipe/seeds_fingerprint": fingerprint})


@dg.sensor(job=refresh_job, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def seeds_sensor(context: dg.SensorEvaluationContext, paths: TourpipePaths):
    """Starts a run when files in seeds/ are added, changed or removed (only those documents get NLP)."""
    fingerprint = seeds_fingerprint(paths.seeds())
    request = run_request_for(fingerprint, context.cursor)
    if request is None:
        return dg.SkipReason(f"no change in {paths.seeds()}")
    context.update_cursor(fingerprint)
    return request


daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh", job=refresh_job, cron_schedule="0 3 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Backstop for the sensor: a daily run (a no-op when nothing changed).",
)
