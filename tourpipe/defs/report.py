"""The report asset: the warehouse's charts as one offline HTML page, and the same charts on the asset's page."""
from __future__ import annotations

import base64

import dagster as dg

from tourpipe.defs.resources import TourpipePaths
from tourpipe.defs.warehouse import warehouse_views


def charts_markdown(report) -> str:
    """Every chart as a Markdown image with its caption (the Dagster UI shows data: images in Markdown)."""
    parts = []
    for chart in report.charts:
        image = base64.b64encode(chart.svg.encode("utf-8")).decode("ascii")
        parts.append(f"#### {chart.spec.title}\n\n![{chart.spec.title}](data:image/svg+xml;base64,{image})\n\n"
                     f"{chart.caption}\n")
    return "\n".join(parts) or "(no chart: the warehouse is empty)"


@dg.asset(group_name="report", deps=[warehouse_views], kinds={"html"},
          automation_condition=dg.AutomationCondition.eager())
def report(paths: TourpipePaths) -> dg.MaterializeResult:
    """WAREHOUSE/report.html: one self-contained page (opens offline) with charts of the warehouse — money by
    year in USD, what is counted, recurring entities and pairs, documents by language, source and month, what
    the cleaner removed, and events and quotes when the warehouse has them. Refreshed after the views change
    (its own sensor, so `tourpipe run` stays as fast as before); `tourpipe report` writes the same page."""
    from tourpipe.report import write_report

    done = write_report(paths.warehouse().root)
    skipped = "\n".join(f"- **{title}**: {why}" for _key, title, why in done.skipped)
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(done.path)),
        "charts": dg.MetadataValue.md(charts_markdown(done)),
        "charts_shown": len(done.charts),
        "not_shown": dg.MetadataValue.md(skipped or "(every chart is shown)"),
        "documents": int(done.summary.get("documents") or 0),
        "size_bytes": done.path.stat().st_size,
        "seconds": round(done.seconds, 2),
    })


report_sensor = dg.AutomationConditionSensorDefinition(
    "report_sensor", target=dg.AssetSelection.assets(report), default_status=dg.DefaultSensorStatus.RUNNING,
    description="Materializes the report once the warehouse views it reads have been rebuilt.",
)
