"""tourpipe.open_warehouse: one pandas DataFrame per view, read-only SQL, no network, and no files outside the
warehouse when asked."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pytest

import tourpipe
from tourpipe import schema
from tourpipe.api import check_read_only
from tourpipe_tests import analyst_warehouse


@pytest.fixture(scope="module")
def today(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("api") / "warehouse"
    analyst_warehouse.build(root)
    return root


@pytest.fixture(scope="module")
def later(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("api_later") / "warehouse"
    analyst_warehouse.build(root, events=True, quotes=True)
    return root


@pytest.mark.parametrize("view", ["documents", "entities", "facts", "removed_lines", "rejected"])
def test_one_method_per_view_with_the_views_columns(today: Path, view: str):
    with tourpipe.open_warehouse(today) as wh:
        frame = getattr(wh, view)()
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == schema.VIEWS[view].columns
    assert len(frame) == {"documents": 4, "entities": 11, "facts": 11, "removed_lines": 4, "rejected": 1}[view]


def test_entity_summary_current_files_and_column_subsets(today: Path):
    with tourpipe.open_warehouse(today) as wh:
        summary = wh.entity_summary()
        assert summary.iloc[0][["canonical", "documents"]].tolist() == ["China", 3]
        assert sorted(wh.current_files()["file_name"]) == ["d1.txt", "d2.txt", "d3.txt", "d4.txt"]
        facts = wh.facts(columns=["fact_id", "value_usd"])
        assert list(facts.columns) == ["fact_id", "value_usd"]
        assert facts.set_index("fact_id").loc["f4", "value_usd"] == 1.6e8


def test_events_and_quotes_when_the_warehouse_has_them(today: Path, later: Path):
    with tourpipe.open_warehouse(today) as wh:
        assert not wh.has_view("events")
        with pytest.raises(LookupError, match="has no events view"):
            wh.events()
    with tourpipe.open_warehouse(later) as wh:
        assert {"events", "quotes"} <= set(wh.views())
        assert len(wh.events()) == 6 and wh.events()["fact_ids"].iloc[3].tolist() == ["f1", "f2"]
        assert wh.quotes(columns=["speaker"])["speaker"].tolist()[0] == "Rao Abdul"


def test_sql_returns_a_dataframe_and_takes_parameters(today: Path):
    with tourpipe.open_warehouse(today) as wh:
        frame = wh.sql("select unit, count(*) as n from facts where unit_kind = ? group by 1 order by 1", ["count"])
    assert frame.to_dict("records") == [{"unit": "agreement", "n": 1}, {"unit": "journalist", "n": 2}]


@pytest.mark.parametrize("query", ["pivot facts on unit_kind using count(*)",
                                   "pivot (select unit_kind, doc_id from facts) on unit_kind using count(*) group by doc_id",
                                   "from facts pivot (count(*) for unit_kind in ('money', 'count'))",
                                   "unpivot (select 1 as a, 2 as b) on a, b into name k value v",
                                   "with p as (pivot facts on unit_kind using count(*)) select * from p"])
def test_pivot_and_unpivot_are_reads(today: Path, query: str):
    check_read_only(query)
    with tourpipe.open_warehouse(today) as wh:
        assert len(wh.sql(query)) >= 1


@pytest.mark.parametrize("query", ["create table t as select 1", "pivot facts on unit using count(*); create table t (a int)",
                                   "copy facts to 'out.csv'", "attach 'x.db'", "set threads = 1", "install httpfs",
                                   "load httpfs", "create temp table t as select 1"])
def test_sql_refuses_what_tourpipe_sql_refuses(today: Path, query: str, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with tourpipe.open_warehouse(today) as wh, pytest.raises(ValueError, match="only read-only queries"):
        wh.sql(query)
    assert list(tmp_path.iterdir()) == []


def test_refusals_name_the_statement_with_the_right_article():
    with pytest.raises(ValueError, match="refused an ATTACH statement"):
        check_read_only("attach 'x.db'")
    with pytest.raises(ValueError, match="refused an INSERT statement"):
        check_read_only("insert into facts select * from facts")
    with pytest.raises(ValueError, match="refused a DROP statement"):
        check_read_only("drop view facts")


def test_no_extension_is_installed_or_loaded_on_demand(today: Path):
    with tourpipe.open_warehouse(today) as wh:
        settings = wh.sql("select current_setting('autoinstall_known_extensions') as install, "
                          "current_setting('autoload_known_extensions') as load").iloc[0].tolist()
        assert settings == [False, False]
        with pytest.raises(duckdb.Error, match="httpfs"):  # would fetch the extension, then the file
            wh.sql("select * from read_csv('https://example.invalid/data.csv')")


def test_without_external_access_only_the_warehouse_is_readable(today: Path):
    with tourpipe.open_warehouse(today, external_access=False) as wh:
        assert len(wh.facts()) == 11 and len(wh.documents()) == 4  # the views read the warehouse's Parquet
        with pytest.raises(duckdb.PermissionException):
            wh.sql("select * from read_csv('/etc/passwd')")
        with pytest.raises(duckdb.PermissionException):
            wh.sql(f"select * from read_text('{today}/parquet/../../../../../../etc/passwd')")
        with pytest.raises(duckdb.Error):  # the settings are locked: a query cannot undo them
            wh._con.execute("set enable_external_access = true")
    with tourpipe.open_warehouse(today) as wh:  # the default, for a personal machine
        assert len(wh.sql("select * from read_csv('/etc/passwd', header = false)")) > 0


def test_a_warehouse_path_with_odd_characters_and_no_external_access(tmp_path: Path):
    root = tmp_path / "team?x=1%20 'q'" / "warehouse"
    analyst_warehouse.build(root)
    with tourpipe.open_warehouse(root, external_access=False) as wh:
        assert len(wh.facts()) == 11


def test_default_path_is_the_environment_or_the_working_directory(today: Path, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("TOURPIPE_WAREHOUSE", str(today))
    with tourpipe.open_warehouse() as wh:
        assert len(wh.documents()) == 4
    monkeypatch.delenv("TOURPIPE_WAREHOUSE")
    monkeypatch.chdir(today.parent)
    with tourpipe.open_warehouse() as wh:
        assert wh.path == Path("warehouse") and len(wh.rejected()) == 1
    monkeypatch.chdir(tmp_path)
    with pytest.raises(FileNotFoundError, match="tourpipe run"):
        tourpipe.open_warehouse()


def test_a_reader_survives_a_run_replacing_the_database_and_reopens(tmp_path: Path):
    root = tmp_path / "warehouse"
    store = analyst_warehouse.build(root)
    with tourpipe.open_warehouse(root) as wh:
        store.rebuild_views()  # a run swaps a new database file in while the reader holds the old one
        assert len(wh.documents()) == 4
        assert len(wh.reopen().documents()) == 4


@pytest.mark.slow
def test_import_tourpipe_stays_light():
    import subprocess
    import sys

    code = "import sys, tourpipe; print('duckdb' in sys.modules, 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]
