"""Dagster wiring: resources, assets, checks, the sensor and the schedule.

The logic lives in tourpipe.stages and the analysis core (tourpipe.core)."""
