"""Quotations and reported speech with their speakers, in English and Russian."""
from __future__ import annotations

from tourpipe.quotes.extract import Gaps, extract_quotes, narrative_gaps, quoted_regions, read_quotes

__all__ = ["Gaps", "extract_quotes", "narrative_gaps", "quoted_regions", "read_quotes"]
