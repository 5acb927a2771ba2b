"""The sensor on seeds/ (cursor, deterministic run keys), the schedule, and that Definitions load."""
from __future__ import annotations

from pathlib import Path

import dagster as dg
import pytest

from tourpipe.defs.automation import run_request_for, seeds_sensor
from tourpipe.defs.resources import TourpipePaths

pytestmark = pytest.mark.slow  # runs the pipeline through Dagster or in subprocesses


def _evaluate(seeds: Path, cursor: str | None, warehouse: Path | None = None, instance=None):
    paths = TourpipePaths(seeds_dir=str(seeds), warehouse_dir=str(warehouse or seeds.parent / "no-warehouse"))
    with dg.build_sensor_context(cursor=cursor, resources={"paths": paths},
                                 instance=instance or dg.DagsterInstance.ephemeral()) as ctx:
        return seeds_sensor(ctx), ctx.cursor


def test_sensor_requests_a_run_for_a_new_file_then_skips(tmp_path: Path):
    (tmp_path / "a.txt").write_text("First article body.")
    result, cursor = _evaluate(tmp_path, None)
    assert isinstance(result, dg.RunRequest) and result.run_key == f"seeds-{cursor}"

    again, same_cursor = _evaluate(tmp_path, cursor)
    assert isinstance(again, dg.SkipReason) and same_cursor == cursor

    (tmp_path / "b.txt").write_text("Second article body.")
    third, new_cursor = _evaluate(tmp_path, cursor)
    assert isinstance(third, dg.RunRequest) and new_cursor != cursor and third.run_key == f"seeds-{new_cursor}"


def test_sensor_notices_changed_content_and_deletion(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text("Original text.")
    _, cursor = _evaluate(tmp_path, None)
    f.write_text("Edited text, longer than before.")
    changed, cursor2 = _evaluate(tmp_path, cursor)
    assert isinstance(changed, dg.RunRequest)
    f.unlink()
    deleted, _ = _evaluate(tmp_path, cursor2)
    assert isinstance(deleted, dg.RunRequest)


def test_sensor_starts_no_run_for_a_listing_the_last_run_processed(tmp_path: Path, seeds_copy: Path):
    """`tourpipe ui` right after `tourpipe run`: the sensor's first tick finds the work done and starts nothing."""
    from tourpipe.stages import run_all

    run_all(seeds_copy, tmp_path / "wh", n_process=1)
    first, cursor = _evaluate(seeds_copy, None, tmp_path / "wh")
    assert isinstance(first, dg.SkipReason) and "already processed" in first.skip_message and cursor
    (seeds_copy / "new.txt").write_text("A new article\n\nThe park hosted 40 journalists.\n")
    second, _ = _evaluate(seeds_copy, cursor, tmp_path / "wh")
    assert isinstance(second, dg.RunRequest)


def test_sensor_waits_while_a_run_is_in_progress(tmp_path: Path):
    (tmp_path / "a.txt").write_text("First article body.")
    instance = dg.DagsterInstance.ephemeral()
    from tourpipe.definitions import defs

    job = defs.resolve_job_def("refresh_warehouse")
    config = {"resources": {"paths": {"config": {"seeds_dir": str(tmp_path), "warehouse_dir": str(tmp_path / "wh")}}}}
    instance.create_run_for_job(job, run_config=config, status=dg.DagsterRunStatus.STARTED)
    waiting, cursor = _evaluate(tmp_path, None, instance=instance)
    assert isinstance(waiting, dg.SkipReason) and "processing the warehouse" in waiting.skip_message
    assert cursor is None  # the change is still to be acted on


def test_run_keys_are_deterministic():
    assert run_request_for("abc", None).run_key == run_request_for("abc", "old").run_key == "seeds-abc"
    assert run_request_for("abc", "abc") is None


def test_definitions_load_with_all_parts():
    from tourpipe.definitions import defs

    keys = {k.to_user_string() for k in defs.resolve_all_asset_keys()}
    assert keys == {"raw_documents", "cleaned_documents", "entities", "facts", "events", "quotes", "warehouse_tables",
                    "warehouse_views", "report"}
    assert defs.resolve_sensor_def("seeds_sensor").default_status == dg.DefaultSensorStatus.RUNNING
    assert defs.resolve_sensor_def("report_sensor").default_status == dg.DefaultSensorStatus.RUNNING
    schedule = defs.resolve_schedule_def("daily_refresh")
    assert schedule.cron_schedule == "0 3 * * *"
    graph = defs.resolve_asset_graph()
    upstream = {k.to_user_string(): {p.to_user_string() for p in graph.get(k).parent_keys} for k in graph.get_all_asset_keys()}
    assert upstream["warehouse_views"] == {"warehouse_tables"} and upstream["cleaned_documents"] == {"raw_documents"}
