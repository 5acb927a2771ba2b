"""Bar charts drawn with matplotlib into standalone SVG text: no pyplot, no global state, no fonts or files fetched.

Text stays text in the SVG (``svg.fonttype = none``): the files are small, the labels can be searched and
copied, and the browser draws them with its own sans-serif font.
"""
from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass

import pandas as pd

PALETTE = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#eeca3b", "#9d755d", "#bab0ac"]
_LABEL_CHARS = 42  # longer category labels are cut on the chart (the data table keeps them whole)
_MIN_SLOTS = 8  # a vertical bar chart is laid out for at least this many bars
_MAX_LABELLED_BARS = 40  # bars that get their value written at their end
_WIDTH = 9.0  # inches (72 SVG units each); the page scales the SVG to its column


@dataclass(frozen=True)
class ChartSpec:
    """What a chart shows: its data's category column ``x``, value column ``y``, and an optional ``color``
    column whose values split each bar (stacked)."""

    key: str
    title: str
    x: str
    y: str
    value_label: str
    kind: str = "barh"  # "barh": ranked categories, largest on top; "bar": ordered categories left to right
    color: str | None = None
    money: bool = False  # values are US dollars


def human(value: float, money: bool = False) -> str:
    """12 → "12"; 1500 → "1,500"; 2.5e6 → "2.5 M"; 16e9 → "16 bn"; for money "$1.5k", "$16 bn"."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    sign, v = ("-" if value < 0 else ""), abs(float(value))
    if not money and v < 1e6:
        return f"{sign}{v:,.0f}" if v == int(v) else f"{sign}{v:,.3g}"
    for limit, suffix in ((1e12, " tn"), (1e9, " bn"), (1e6, " M"), (1e3, "k")):
        if v >= limit:
            text = f"{v / limit:.3g}{suffix}"
            break
    else:
        text = f"{v:.3g}" if v != int(v) else f"{int(v)}"
    return f"{sign}${text}" if money else f"{sign}{text}"


def _cut(label: str) -> str:
    label = str(label)
    return label if len(label) <= _LABEL_CHARS else label[:_LABEL_CHARS - 1] + "…"


def _table(spec: ChartSpec, data: pd.DataFrame) -> pd.DataFrame:
    """Categories × colour values (one column when there is no colour), categories in the data's order."""
    order = list(dict.fromkeys(data[spec.x].astype(str)))
    if spec.color is None:
        wide = data.assign(_x=data[spec.x].astype(str)).groupby("_x", sort=False)[spec.y].sum().to_frame(spec.y)
    else:
        wide = data.assign(_x=data[spec.x].astype(str), _c=data[spec.color].astype(str)).pivot_table(
            index="_x", columns="_c", values=spec.y, aggfunc="sum", fill_value=0, sort=False)
        wide = wide[wide.sum().sort_values(ascending=False).index]  # the largest series first
    return wide.reindex(order).fillna(0)


def render_svg(spec: ChartSpec, data: pd.DataFrame) -> str:
    """The chart as an ``<svg>`` element (no XML prolog), sized to its number of bars."""
    import matplotlib
    from matplotlib.figure import Figure

    wide = _table(spec, data)
    n = len(wide)
    horizontal = spec.kind == "barh"
    size = (_WIDTH, 0.8 + 0.26 * max(n, 3)) if horizontal else (_WIDTH, 3.4)
    rc = {"svg.fonttype": "none", "svg.hashsalt": spec.key, "font.family": "sans-serif", "font.size": 9,
          "axes.spines.top": False, "axes.spines.right": False, "axes.titlesize": 10}
    with matplotlib.rc_context(rc), warnings.catch_warnings():
        # Labels in scripts DejaVu Sans lacks (CJK) are still written as text: the browser's fonts draw them.
        warnings.filterwarnings("ignore", message="Glyph .* missing from")
        fig = Figure(figsize=size, layout="constrained")
        ax = fig.subplots()
        _draw(ax, spec, wide, horizontal)
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]  # no XML declaration or DOCTYPE (which names a DTD's URL): it goes inline
    return svg.replace("<svg ", f'<svg role="img" aria-label="{_attr(spec.title)}" ', 1)


def _attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _draw(ax, spec: ChartSpec, wide: pd.DataFrame, horizontal: bool) -> None:
    from matplotlib.ticker import MaxNLocator

    labels = [_cut(i) for i in wide.index]
    positions = list(range(len(wide)))
    base = [0.0] * len(wide)
    bar = ax.barh if horizontal else ax.bar
    for i, column in enumerate(wide.columns):
        values = wide[column].astype(float).tolist()
        kwargs = {"left": base} if horizontal else {"bottom": base}
        bar(positions, values, 0.7, color=PALETTE[i % len(PALETTE)], label=str(column), **kwargs)
        base = [b + v for b, v in zip(base, values)]
    top = max(base) if base else 0
    labelled = len(base) <= _MAX_LABELLED_BARS  # beyond that the labels would overlap: the axis tells
    for pos, total in zip(positions, base):  # the bar's total at its end
        if total and labelled:
            if horizontal:
                ax.text(total + top * 0.01, pos, human(total, spec.money), va="center", fontsize=8)
            else:
                ax.text(pos, total + top * 0.01, human(total, spec.money), ha="center", va="bottom", fontsize=8)

    def formatter(value: float, _pos=None) -> str:  # tick labels in the same short form as the bar labels
        return human(value, spec.money)

    values_axis = ax.xaxis if horizontal else ax.yaxis
    values_axis.set_major_formatter(formatter)
    if not spec.money:  # counts: no tick at 0.5 documents
        values_axis.set_major_locator(MaxNLocator(integer=True))
    if horizontal:
        ax.set_yticks(positions, labels)
        ax.invert_yaxis()
        ax.set_xlabel(spec.value_label)
        ax.set_xlim(0, top * 1.12 or 1)
    else:
        step = max(1, math.ceil(len(labels) / 24))  # at most ~24 labels along the axis
        ax.set_xticks(positions[::step], labels[::step], rotation=45 if len(labels) > 8 else 0,
                      ha="right" if len(labels) > 8 else "center")
        ax.set_ylabel(spec.value_label)
        ax.set_ylim(0, top * 1.15 or 1)
        slots = max(len(labels), _MIN_SLOTS)  # a single year is a bar, not a wall
        ax.set_xlim(-0.5 - (slots - len(labels)) / 2, len(labels) - 0.5 + (slots - len(labels)) / 2)
    if spec.color is not None and len(wide.columns) > 1:
        ax.legend(title=spec.color.replace("_", " "), fontsize=8, title_fontsize=8, frameon=False,
                  loc="lower right" if horizontal else "upper left")
