"""The report as one self-contained HTML page: inline CSS, inline SVG charts, each chart's data as JSON.

Nothing is fetched when the page opens (no script, font, image or style from anywhere else), so it opens
offline and from an e-mail attachment. Each chart's data sits beside it in a
``<script type="application/json" class="chart-data">`` block — what the chart shows, readable by a program
(``chart_data``) — and in a collapsed table for the reader.
"""
from __future__ import annotations

import json
import re
from html import escape
from html.parser import HTMLParser

import pandas as pd

_CSS = """
:root { color-scheme: light; --ink: #1f2933; --muted: #5f6b7a; --line: #e4e7eb; --accent: #4c78a8; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
       color: var(--ink); background: #f7f8fa; }
main { max-width: 980px; margin: 0 auto; padding: 24px 20px 48px; }
header h1 { margin: 0 0 4px; font-size: 26px; }
header p { margin: 0; color: var(--muted); font-size: 13px; word-break: break-all; }
.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 10px; margin: 18px 0; }
.summary div { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; }
.summary b { display: block; font-size: 20px; }
.summary div.range { grid-column: span 2; }
.summary span { color: var(--muted); font-size: 12px; }
nav { font-size: 13px; margin: 8px 0 20px; }
nav a { color: var(--accent); margin-right: 12px; text-decoration: none; white-space: nowrap; }
h2.group { font-size: 14px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted);
           margin: 32px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
section.chart { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 14px 18px;
                margin: 12px 0; }
section.chart h3 { margin: 0 0 4px; font-size: 17px; }
section.chart p.caption { margin: 0 0 8px; color: var(--muted); font-size: 13px; }
section.chart svg { width: 100%; height: auto; display: block; }
details { margin-top: 6px; font-size: 13px; }
summary { cursor: pointer; color: var(--accent); }
table { border-collapse: collapse; margin-top: 6px; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 8px; text-align: left; vertical-align: top; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
ul.skipped { color: var(--muted); font-size: 13px; }
footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
"""


def _json_for_script(obj) -> str:
    """JSON that cannot end its <script> element early."""
    return json.dumps(obj, ensure_ascii=False, default=str).replace("</", "<\\/")


def records(data: pd.DataFrame) -> list[dict]:
    """A DataFrame's rows as JSON-ready dicts (NaN and NA → None, numpy scalars → Python)."""
    return json.loads(data.to_json(orient="records", date_format="iso", force_ascii=False))


def _cell(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return '<td></td>'
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        text = f"{value:,.0f}" if float(value).is_integer() or abs(value) >= 1000 else f"{value:,.2f}"
        return f'<td class="n">{text}</td>'
    return f"<td>{escape(str(value))}</td>"


def _table(rows: list[dict]) -> str:
    if not rows:
        return ""
    head = "".join(f"<th>{escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(_cell(v) for v in r.values()) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def chart_html(chart) -> str:
    """One chart's section: title, caption, the SVG, its data as a table and as JSON."""
    rows = records(chart.data)
    payload = {"key": chart.key, "title": chart.spec.title, "x": chart.spec.x, "y": chart.spec.y,
               "color": chart.spec.color, "columns": list(chart.data.columns), "rows": rows}
    return f"""
<section class="chart" id="{chart.key}" data-chart="{chart.key}">
  <h3>{escape(chart.spec.title)}</h3>
  <p class="caption">{escape(chart.caption)}</p>
  <figure style="margin:0">{chart.svg}</figure>
  <details><summary>Data ({len(rows)} row{'s' if len(rows) != 1 else ''})</summary>{_table(rows)}</details>
  <script type="application/json" class="chart-data" id="data-{chart.key}">{_json_for_script(payload)}</script>
</section>"""


def _summary_html(summary: dict) -> str:
    labels = {"documents": "documents", "languages": "languages", "facts": "figures",
              "money_figures": "money figures", "entity_mentions": "entity mentions",
              "distinct_entities": "distinct entities", "events": "events", "quotes": "quotations",
              "removed_lines": "lines removed", "rejected_files": "files rejected"}
    cells = [f"<div><b>{summary[k]:,}</b><span>{label}</span></div>" for k, label in labels.items()
             if summary.get(k) is not None]
    if summary.get("first_published"):
        cells.append(f"<div class=\"range\"><b>{str(summary['first_published'])[:7]} – "
                     f"{str(summary['last_published'])[:7]}</b><span>published</span></div>")
    return '<div class="summary">' + "".join(cells) + "</div>"


def page_html(report) -> str:
    """The whole page of a ``Report``."""
    parts, nav = [], []
    for heading, charts in report.sections():
        if not charts:
            continue
        parts.append(f'<h2 class="group">{escape(heading)}</h2>')
        parts += [chart_html(c) for c in charts]
        nav += [f'<a href="#{c.key}">{escape(c.spec.title)}</a>' for c in charts]
    skipped = "".join(f"<li><b>{escape(title)}</b> ({escape(key)}): {escape(reason)}</li>"
                      for key, title, reason in report.skipped)
    if skipped:
        parts.append(f'<h2 class="group">Not shown</h2><ul class="skipped">{skipped}</ul>')
    title = f"tourpipe report — {report.summary.get('documents', 0):,} documents"
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="tourpipe report">
<title>{escape(title)}</title>
<style>{_CSS}</style>
</head>
<body>
<main>
<header>
  <h1>{escape(title)}</h1>
  <p>Warehouse {escape(str(report.warehouse))} · generated {escape(report.generated_at)}</p>
</header>
{_summary_html(report.summary)}
<nav>{" ".join(nav)}</nav>
{"".join(parts)}
<footer>Charts drawn with matplotlib from the warehouse's DuckDB views (read-only). Each chart's data is in
its "Data" table and in a JSON block of this page. Written by <code>tourpipe report</code>.</footer>
</main>
</body>
</html>
"""


class _ChartDataParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks: list[str] = []
        self._inside = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        self._inside = tag == "script" and a.get("type") == "application/json" and "chart-data" in classes
        if self._inside:
            self.blocks.append("")

    def handle_endtag(self, tag):
        self._inside = False

    def handle_data(self, data):
        if self._inside:
            self.blocks[-1] += data


def chart_data(html: str) -> dict[str, dict]:
    """The data of every chart of a report page, by chart key: {"title", "x", "y", "color", "columns", "rows"}."""
    parser = _ChartDataParser()
    parser.feed(html)
    out = {}
    for block in parser.blocks:
        payload = json.loads(block)
        out[payload["key"]] = payload
    return out


def external_references(html: str) -> list[str]:
    """Addresses the page would fetch when opened (src=, href= and CSS url() outside the page itself)."""
    found = re.findall(r"""(?:src|href)\s*=\s*["']([^"'#][^"']*)["']""", html)
    found += re.findall(r"""url\(\s*["']?([^"')#][^"')]*)""", html)
    return [u for u in found if not u.startswith("data:")]
