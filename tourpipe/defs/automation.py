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


_IN_PROGRESS = [dg.DagsterRunStatus.QUEUED, dg.DagsterRunStatus.NOT_STARTED, dg.DagsterRunStatus.STARTING,
                dg.DagsterRunStatus.STARTED]


def _why_not_now(instance: dg.DagsterInstance, paths: TourpipePaths, fingerprint: str) -> str | None:
    """Why no run is needed for this listing right now (None when one is)."""
    if paths.warehouse().up_to_date(paths.seeds(), fingerprint) is not None:
        return f"the last run already processed {paths.seeds()} as it is now"
    running = instance.get_runs(filters=dg.RunsFilter(job_name=refresh_job.name, statuses=_IN_PROGRESS), limit=1)
    if running:
        return f"run {running[0].run_id} is processing the warehouse; looking again at the next tick"
    return None


@dg.sensor(job=refresh_job, minimum_interval_seconds=30, default_status=dg.DefaultSensorStatus.RUNNING)
def seeds_sensor(context: dg.SensorEvaluationContext, paths: TourpipePaths):
    """Starts a run when files in seeds/ are added, changed or removed (only those documents get NLP), unless
    the last run — from the UI or `tourpipe run` — already processed the folder as it is, or one is running."""
    fingerprint = seeds_fingerprint(paths.seeds())
    request = run_request_for(fingerprint, context.cursor)
    if request is None:
        return dg.SkipReason(f"no change in {paths.seeds()}")
    if (reason := _why_not_now(context.instance, paths, fingerprint)) is not None:
        if "already processed" in reason:
            context.update_cursor(fingerprint)
        return dg.SkipReason(reason)
    context.update_cursor(fingerprint)
    return request


@dg.schedule(job=refresh_job, cron_schedule="0 3 * * *", default_status=dg.DefaultScheduleStatus.RUNNING)
def daily_refresh(context: dg.ScheduleEvaluationContext, paths: TourpipePaths):
    """Backstop for the sensor: a daily run, skipped when the last run already processed seeds/ as it is."""
    reason = _why_not_now(context.instance, paths, seeds_fingerprint(paths.seeds()))
    return dg.SkipReason(reason) if reason else dg.RunRequest()
