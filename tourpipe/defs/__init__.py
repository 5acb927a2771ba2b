"""Dagster wiring: resources, assets, checks, the sensor and the schedule (the logic lives in tourpipe.pipeline)."""
