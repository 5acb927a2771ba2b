"""Figures: every number an article reports, typed (value, unit, qualifier, year, subject)."""
from __future__ import annotations

import re
from collections.abc import Sequence

from tourpipe.models import Entity, Fact

_NUMBER = re.compile(r"\d+(?:[,.]\d+)*")


def extract_facts(text: str, lang: str = "en", entities: Sequence[Entity] = ()) -> list[Fact]:
    """Return the figures of ``text``. (Placeholder: bare digit runs only.)"""
    facts = []
    for m in _NUMBER.finditer(text):
        try:
            value = float(m.group().replace(",", ""))
        except ValueError:
            continue
        facts.append(Fact(text=m.group(), start_char=m.start(), end_char=m.end(), value=value, unit_kind="count"))
    return facts
