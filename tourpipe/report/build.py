"""Build the report of a warehouse: each chart's data from DuckDB, drawn, and the page written atomically."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pandas as pd

from tourpipe.api import WarehouseReader, default_warehouse
from tourpipe.report import data as sections
from tourpipe.report.charts import ChartSpec, render_svg
from tourpipe.report.page import page_html

REPORT_NAME = "report.html"


@dataclass(frozen=True)
class Chart:
    """One chart of the report: what it shows (``data``, the exact rows drawn), how, and its drawing."""

    spec: ChartSpec
    caption: str
    data: pd.DataFrame
    svg: str

    @property
    def key(self) -> str:
        return self.spec.key


@dataclass
class Report:
    warehouse: Path
    generated_at: str
    summary: dict
    charts: list[Chart]
    skipped: list[tuple[str, str, str]]  # (chart key, title, why it is not shown)
    groups: dict[str, str] = field(default_factory=dict)  # chart key -> section heading
    path: Path | None = None
    seconds: float = 0.0

    def chart(self, key: str) -> Chart:
        return next(c for c in self.charts if c.key == key)

    def sections(self) -> list[tuple[str, list[Chart]]]:
        headings = list(dict.fromkeys(self.groups.values()))
        return [(h, [c for c in self.charts if self.groups.get(c.key) == h]) for h in headings]

    def html(self) -> str:
        return page_html(self)


def default_report_path(warehouse: str | Path | None = None) -> Path:
    """Where `tourpipe report` and the ``report`` asset write the page: WAREHOUSE/report.html."""
    return Path(warehouse if warehouse is not None else default_warehouse()).resolve() / REPORT_NAME


def build_report(warehouse: str | Path | None = None) -> Report:
    """Every chart the warehouse can show, with its data; what it cannot show, with the reason.

    The warehouse is opened read-only with no access to files outside its own Parquet folder.
    """
    t0 = time.perf_counter()
    with WarehouseReader(warehouse, external_access=False) as wh:
        charts, skipped, groups = [], [], {}
        for heading, planned in sections.SECTIONS:
            for spec, function in planned:
                try:
                    made = function(wh)
                except sections.Skip as why:
                    skipped.append((spec.key, spec.title, str(why)))
                    continue
                groups[made.spec.key] = heading
                charts.append(Chart(made.spec, made.caption, made.data, render_svg(made.spec, made.data)))
        summary = sections.summary(wh)
        root = wh.path.resolve()
    generated = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return Report(root, generated, summary, charts, skipped, groups, seconds=time.perf_counter() - t0)


def write_report(warehouse: str | Path | None = None, out: str | Path | None = None) -> Report:
    """Build the report and write its page to ``out`` (default WAREHOUSE/report.html), atomically."""
    from tourpipe.storage.parquet import atomic_write_text

    t0 = time.perf_counter()
    report = build_report(warehouse)
    report.path = Path(out).resolve() if out is not None else default_report_path(report.warehouse)
    atomic_write_text(report.html(), report.path)
    report.seconds = time.perf_counter() - t0
    return report
