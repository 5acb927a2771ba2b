"""Quotations and reported speech with their speakers, in English and Russian."""
from __future__ import annotations

from tourpipe.quotes.extract import attribution_tails, extract_quotes, quoted_regions

__all__ = ["attribution_tails", "extract_quotes", "quoted_regions"]
