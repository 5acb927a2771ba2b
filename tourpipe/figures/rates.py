"""Dated exchange rates (rates.csv) and conversion of money figures to US dollars."""
from __future__ import annotations

import bisect
import csv
from functools import lru_cache
from pathlib import Path

_RATES_FILE = Path(__file__).with_name("rates.csv")


@lru_cache(maxsize=1)
def _rates() -> dict[str, tuple[list[int], list[float]]]:
    table: dict[str, dict[int, float]] = {}
    with _RATES_FILE.open(encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        for row in rows:
            table.setdefault(row["currency"], {})[int(row["year"])] = float(row["per_usd"])
    return {cur: (sorted(by_year), [by_year[y] for y in sorted(by_year)]) for cur, by_year in table.items()}


def to_usd(value: float, currency: str | None, year: int | None = None) -> float | None:
    """``value`` in ``currency`` as US dollars at the rate of ``year`` (nearest year on file; latest if None)."""
    if currency is None:
        return None
    if currency == "USD":
        return value
    entry = _rates().get(currency)
    if entry is None:
        return None
    years, per_usd = entry
    if year is None:
        return value / per_usd[-1]
    i = bisect.bisect_left(years, year)
    if i >= len(years):
        i = len(years) - 1
    elif years[i] != year and i > 0 and year - years[i - 1] <= years[i] - year:
        i -= 1
    return value / per_usd[i]
