"""Page-furniture removal: raw scraped text in, clean article text plus an audit of removed lines out."""
from __future__ import annotations

from tourpipe.cleaning.cleaner import clean_text
from tourpipe.cleaning.inline import inline_furniture

__all__ = ["clean_text", "inline_furniture"]
