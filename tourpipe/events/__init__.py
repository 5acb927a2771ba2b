"""Events a text reports — visits, agreements, investments — with actor, target, place, date and status."""
from __future__ import annotations

from tourpipe.events.extract import extract_events

__all__ = ["extract_events"]
