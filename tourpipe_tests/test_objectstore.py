"""The S3 warehouse's pieces that need no server: where things live, the DuckDB set-up (httpfs from its package,
loaded offline; credentials never written down), and one DuckDB release across the library, shell and extension."""
from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import duckdb
import pytest

from tourpipe.storage import S3Warehouse, Warehouse, open_warehouse
from tourpipe.storage.objectstore import connection_setup, httpfs_extension, shell_setup

ENV = {"AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": "s3cr'et", "AWS_DEFAULT_REGION": "eu-west-1",
       "AWS_ENDPOINT_URL": "http://127.0.0.1:9000"}


@pytest.fixture
def aws(monkeypatch):
    for k in ("AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_S3", "AWS_REGION"):
        monkeypatch.delenv(k, raising=False)
    for k, v in ENV.items():
        monkeypatch.setenv(k, v)


def test_duckdb_its_shell_and_the_httpfs_package_are_one_release():
    assert version("duckdb") == version("duckdb-cli") == version("duckdb-extension-httpfs") == duckdb.__version__


def test_httpfs_loads_from_its_package_without_the_network():
    con = duckdb.connect()
    con.execute("set autoinstall_known_extensions = false")
    con.execute(f"load '{httpfs_extension()}'")
    loaded = con.execute("select loaded from duckdb_extensions() where extension_name = 'httpfs'").fetchone()
    assert loaded == (True,)


def test_an_s3_location_keeps_its_database_and_state_in_a_local_folder(aws, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    wh = open_warehouse("s3://bucket/news/")
    assert isinstance(wh, S3Warehouse)
    assert wh.db_path == tmp_path / "warehouse" / "s3" / "bucket" / "news" / "tourpipe.duckdb"
    assert str(wh.batches / "abc" / "facts.parquet") == "s3://bucket/news/parquet/batches/abc/facts.parquet"
    assert wh.last_run_path.parent == wh.staging_root.parent == wh.root == wh.db_path.parent
    elsewhere = open_warehouse("s3://bucket/news", tmp_path / "mine" / "w.duckdb")
    assert elsewhere.db_path == tmp_path / "mine" / "w.duckdb" and elsewhere.root == tmp_path / "mine"
    assert type(open_warehouse(tmp_path / "wh")) is Warehouse
    with pytest.raises(ValueError):
        open_warehouse("s3://")


def test_the_python_connection_gets_the_credentials_as_a_temporary_secret(aws):
    setup = connection_setup()
    assert setup[0] == "set autoinstall_known_extensions = false"
    assert setup[1] == f"load '{httpfs_extension()}'"
    secret = setup[2]
    assert secret.startswith("create or replace temporary secret")
    assert "KEY_ID 'AKIDEXAMPLE'" in secret and "SECRET 's3cr''et'" in secret and "REGION 'eu-west-1'" in secret
    assert "ENDPOINT '127.0.0.1:9000'" in secret and "USE_SSL false" in secret and "URL_STYLE 'path'" in secret
    con = duckdb.connect()
    for statement in setup:
        con.execute(statement)
    assert con.execute("select count(*) from duckdb_secrets() where type = 's3'").fetchone() == (1,)


def test_the_shell_script_reads_the_credentials_from_the_environment_and_stores_none(aws, tmp_path):
    script = shell_setup()
    assert "getenv('AWS_ACCESS_KEY_ID')" in script and "getenv('AWS_SECRET_ACCESS_KEY')" in script
    assert ENV["AWS_ACCESS_KEY_ID"] not in script and "s3cr" not in script
    assert f"load '{httpfs_extension()}'" in script and "autoinstall_known_extensions = false" in script
    wh = open_warehouse("s3://bucket/news", tmp_path / "tourpipe.duckdb")
    assert wh.shell_script() == tmp_path / "duckdb_s3.sql" and Path(wh.shell_script()).read_text() == script
