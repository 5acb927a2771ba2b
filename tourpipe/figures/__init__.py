"""Figures: every number an article reports, typed (value, unit, qualifier, year, subject)."""
from __future__ import annotations

from tourpipe.figures.document import extract_facts

__all__ = ["extract_facts"]
