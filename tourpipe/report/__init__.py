"""An offline HTML report of a warehouse, with charts: `tourpipe report`, and the Dagster asset ``report``.

``build_report`` returns every chart with the DataFrame it draws; ``write_report`` also writes the page;
``chart_data`` reads the charts' data back out of a page.
"""
from tourpipe.report.build import Chart, Report, build_report, default_report_path, write_report
from tourpipe.report.page import chart_data, external_references

__all__ = ["Chart", "Report", "build_report", "chart_data", "default_report_path", "external_references",
           "write_report"]
