"""Quotations and reported speech with their speakers, in English and Russian."""
from __future__ import annotations

from tourpipe.quotes.extract import extract_quotes, narrative_gaps, quoted_regions

__all__ = ["extract_quotes", "narrative_gaps", "quoted_regions"]
