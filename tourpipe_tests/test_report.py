"""The report: each chart holds the right rows (worked out by hand on an invented warehouse), the page carries
them readably and fetches nothing, charts of views a warehouse lacks are skipped, and the Dagster asset."""
from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from tourpipe.report import build_report, chart_data, default_report_path, external_references, write_report
from tourpipe_tests import analyst_warehouse

ALL_CHARTS = ["money_by_year", "counted_units", "recurring_entities", "entity_pairs", "visits_by_site",
              "visits_by_origin", "agreements_and_investments", "quotes_by_speaker", "documents_by_language",
              "documents_by_source", "documents_by_month", "removed_by_rule"]



pytestmark = pytest.mark.slow  # draws every chart with matplotlib (seconds each)

@pytest.fixture(scope="module")
def full(tmp_path_factory) -> Path:
    """The invented warehouse with everything later versions add: events, quotes, documents' url and source."""
    root = tmp_path_factory.mktemp("full") / "warehouse"
    analyst_warehouse.build(root, events=True, quotes=True, sources=True)
    return root


@pytest.fixture(scope="module")
def full_report(full: Path):
    return write_report(full)


@pytest.fixture(scope="module")
def page(full_report) -> dict:
    return chart_data(full_report.path.read_text(encoding="utf-8"))


def rows(page: dict, key: str, *columns: str) -> list[tuple]:
    return [tuple(r[c] for c in columns) for r in page[key]["rows"]]


def test_every_chart_is_drawn_when_the_warehouse_has_every_view(full_report, page):
    assert [c.key for c in full_report.charts] == ALL_CHARTS
    assert full_report.skipped == []
    assert list(page) == ALL_CHARTS
    for chart in full_report.charts:  # what the page says a chart shows is the DataFrame it was drawn from
        assert page[chart.key]["rows"] == json.loads(chart.data.to_json(orient="records"))
        assert page[chart.key]["columns"] == list(chart.data.columns)
        assert chart.svg.startswith("<svg") and "</svg>" in chart.svg


def test_money_by_year_counts_each_restated_figure_once(page):
    # 2014: "one billion yuan ($160 million)" is $160 M once, not $320 M. 2023: $3 bn stated for 2023, and
    # "2 млрд юаней ($280 млн)" dated by its article (May 2023), whose yuan have no rate: the restatement's USD.
    assert rows(page, "money_by_year", "year", "currency", "value_usd", "figures", "dated_by_publication") == [
        (2014, "CNY", 1.6e8, 1, 0), (2023, "USD", 3e9, 1, 0), (2023, "CNY", 2.8e8, 1, 1)]
    assert page["money_by_year"]["x"] == "year" and page["money_by_year"]["y"] == "value_usd"


def test_money_caption_says_what_was_left_out(full_report):
    caption = full_report.chart("money_by_year").caption
    assert "1 figures in currencies without a rate" in caption  # 500 млн тенге
    assert "1 with no year at all" in caption  # $5 million in an undated article
    assert "$3.44 bn in all" in caption


def test_counted_units_leave_out_restatements_and_other_kinds(page):
    assert rows(page, "counted_units", "unit", "figures", "documents", "total") == [
        ("journalist", 2, 2, 87.0), ("agreement", 1, 1, 12.0)]


def test_recurring_entities_are_counted_across_languages_without_dates(page):
    assert rows(page, "recurring_entities", "canonical", "label", "documents", "mentions", "languages") == [
        ("China", "GPE", 3, 3, "en, ru"), ("Kazakhstan", "GPE", 2, 3, "en, ru")]


def test_entity_pairs_share_a_paragraph(page):
    assert rows(page, "entity_pairs", "pair", "documents", "paragraphs") == [
        ("China + Kazakhstan", 2, 2), ("Urumqi + Xinjiang Software Park", 1, 1)]


def test_documents_by_language_source_and_month(page):
    assert rows(page, "documents_by_language", "lang", "documents") == [("en", 2), ("ru", 1), ("zh", 1)]
    # the outlet's name, else the address's host without www., else "(not stated)"
    assert rows(page, "documents_by_source", "source", "documents") == [
        ("Example KZ", 2), ("(not stated)", 1), ("tengri.example", 1)]
    assert rows(page, "documents_by_month", "month", "documents") == [("2023-03", 1), ("2023-04", 0), ("2023-05", 1)]


def test_removed_lines_by_rule(page):
    assert rows(page, "removed_by_rule", "reason", "lines", "documents") == [("credit", 3, 2), ("language_switch", 1, 1)]


def test_events_charts(page):
    assert rows(page, "visits_by_site", "site", "visits", "documents") == [
        ("Xinjiang Software Park", 2, 2), ("Urumqi", 1, 1)]
    assert rows(page, "visits_by_origin", "visitors", "visits") == [("Kazakhstan", 2), ("Pakistan", 1)]
    # an investment measured by "one billion yuan ($160 million)": $160 M once
    assert rows(page, "agreements_and_investments", "type", "party", "events", "value_usd") == [
        ("agreement", "Kazakhstan", 1, 3e9), ("investment", "China Machinery Company", 1, 1.6e8),
        ("agreement", "(not named)", 1, 0.0)]


def test_quotes_by_speaker(page):
    assert rows(page, "quotes_by_speaker", "speaker", "kind", "quotes") == [
        ("Rao Abdul", "direct", 1), ("Rao Abdul", "reported", 1), ("журналист из Алматы", "direct", 1)]


def test_the_page_is_self_contained(full_report):
    html = full_report.path.read_text(encoding="utf-8")
    assert external_references(html) == []
    assert "<script src" not in html and "@import" not in html and "<link" not in html
    assert html.count("<svg") == len(ALL_CHARTS)
    assert "<?xml" not in html and "<!DOCTYPE svg" not in html


def test_external_references_finds_what_a_page_would_fetch():
    page = '<img src="https://cdn.example/x.png"><link href="//fonts.example/css"><svg><use xlink:href="#m1"/></svg>'
    page += '<style>a { background: url("http://x.example/b.png") } b { clip-path: url(#p1) }</style>'
    assert external_references(page) == ["https://cdn.example/x.png", "//fonts.example/css", "http://x.example/b.png"]


def test_charts_of_views_the_warehouse_lacks_are_skipped_with_the_reason(tmp_path: Path):
    root = tmp_path / "warehouse"
    analyst_warehouse.build(root)  # today's warehouse: no events, quotes, url or source
    report = write_report(root, tmp_path / "out" / "r.html")
    skipped = {key: reason for key, _title, reason in report.skipped}
    assert set(skipped) == {"visits_by_site", "visits_by_origin", "agreements_and_investments", "quotes_by_speaker",
                            "documents_by_source"}
    assert skipped["visits_by_site"] == "this warehouse has no events view yet"
    assert skipped["quotes_by_speaker"] == "this warehouse has no quotes view yet"
    html = (tmp_path / "out" / "r.html").read_text(encoding="utf-8")
    assert "Not shown" in html and "Visits by site" in html
    assert set(chart_data(html)) == {"money_by_year", "counted_units", "recurring_entities", "entity_pairs",
                                     "documents_by_language", "documents_by_month", "removed_by_rule"}


def test_the_report_lands_in_the_warehouse_by_default(tmp_path: Path):
    root = tmp_path / "warehouse"
    analyst_warehouse.build(root)
    report = write_report(root)
    assert report.path == default_report_path(root) == root.resolve() / "report.html"
    assert not list(root.glob(".report.html.tmp-*"))


def test_a_warehouse_path_with_odd_characters(tmp_path: Path):
    root = tmp_path / "a?b%20 c'd" / "warehouse"
    analyst_warehouse.build(root)
    assert rows(chart_data(write_report(root).path.read_text(encoding="utf-8")), "documents_by_language",
                "lang", "documents") == [("en", 2), ("ru", 1), ("zh", 1)]


def test_a_missing_warehouse_is_a_clear_error(tmp_path: Path):
    with pytest.raises(FileNotFoundError, match="run `tourpipe run` first"):
        build_report(tmp_path / "nowhere")


def test_report_asset_metadata_shows_the_same_charts(full: Path):
    import dagster as dg

    from tourpipe.defs.report import report
    from tourpipe.defs.resources import TourpipePaths

    result = dg.materialize([report], resources={"paths": TourpipePaths(warehouse_dir=str(full))},
                            instance=dg.DagsterInstance.ephemeral())
    assert result.success
    meta = result.asset_materializations_for_node("report")[0].metadata
    assert meta["path"].value == str(full.resolve() / "report.html")
    assert meta["charts_shown"].value == len(ALL_CHARTS)
    markdown = meta["charts"].value
    images = [part.split(")", 1)[0] for part in markdown.split("](data:image/svg+xml;base64,")[1:]]
    assert len(images) == len(ALL_CHARTS)
    html = (full / "report.html").read_text(encoding="utf-8")
    for image in images:  # each image is one of the page's charts
        svg = base64.b64decode(image).decode("utf-8")
        assert svg.startswith("<svg") and svg in html


def test_the_report_asset_is_downstream_of_the_views_and_outside_the_refresh_job():
    import dagster as dg

    from tourpipe.definitions import defs

    graph = defs.resolve_asset_graph()
    key = dg.AssetKey("report")
    assert graph.get(key).parent_keys == {dg.AssetKey("warehouse_views")}
    assert graph.get(key).automation_condition is not None
    job = defs.resolve_job_def("refresh_warehouse")
    assert key not in job.asset_layer.executable_asset_keys
    assert "report_sensor" in [s.name for s in defs.sensors]


def test_report_on_the_seeds_warehouse(seed_warehouse: Path, tmp_path: Path):
    report = write_report(seed_warehouse, tmp_path / "seeds.html")
    page = chart_data(report.path.read_text(encoding="utf-8"))
    assert {"money_by_year", "counted_units", "recurring_entities", "entity_pairs", "documents_by_language",
            "removed_by_rule"} <= set(page)
    assert dict(rows(page, "documents_by_language", "lang", "documents")) == {"en": 4, "ru": 1}
    # China and Kazakhstan are named in English and Russian articles alike
    languages = dict(rows(page, "recurring_entities", "canonical", "languages"))
    assert languages["Kazakhstan"] == "en, ru" and languages["China"] == "en, ru"
    # "revenue exceeded one billion yuan ($160 million) in 2014": $160 M once, whatever else 2014 holds
    money = rows(page, "money_by_year", "year", "currency", "value_usd")
    assert sum(v for y, _c, v in money if y == 2014) < 3.2e8
