"""Shared fixtures: seed copies in tmp folders and one warehouse built through Dagster per session.

Two tiers: `pytest -m "not slow"` runs the pure tests (no Dagster, no subprocess) in seconds; the tests marked
``slow`` run the pipeline through Dagster or in subprocesses.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"


def materialize_all(seeds: Path, warehouse: Path, instance=None):
    """Materialize every asset (and run every check) of the real Definitions into ``warehouse``."""
    import dagster as dg  # only the slow tier pays for importing Dagster

    from tourpipe.definitions import defs

    job = defs.resolve_job_def("refresh_warehouse")
    return job.execute_in_process(
        instance=instance or dg.DagsterInstance.ephemeral(),
        run_config={"resources": {"paths": {"config": {"seeds_dir": str(seeds), "warehouse_dir": str(warehouse),
                                                        "n_process": 1}}},
                    "loggers": {"console": {"config": {"log_level": "WARNING"}}}},
    )


def raw_metadata(result) -> dict:
    for event in result.get_asset_materialization_events():
        mat = event.event_specific_data.materialization
        if mat.asset_key.to_user_string() == "raw_documents":
            return {k: v.value for k, v in mat.metadata.items()}
    raise AssertionError("raw_documents was not materialized")


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    dest = tmp_path / "seeds"
    shutil.copytree(SEEDS, dest)
    return dest


@pytest.fixture(scope="session")
def seed_warehouse(tmp_path_factory) -> Path:
    """A warehouse built once from the five seed articles, for read-only tests."""
    root = tmp_path_factory.mktemp("seed_wh")
    seeds = root / "seeds"
    shutil.copytree(SEEDS, seeds)
    result = materialize_all(seeds, root / "warehouse")
    assert result.success
    return root / "warehouse"
