"""Events a text reports — visits, agreements, investments — with actor, target, place, date and status."""
from __future__ import annotations

from tourpipe.events.extract import extract_events, extract_events_batch

__all__ = ["extract_events", "extract_events_batch"]
