"""Issue 15: the same Definitions on a Dagster instance kept in PostgreSQL (the README's dagster.yaml), shared by
two Dagster processes. PostgreSQL comes from Debian's packages (postgresql); the fixture starts a server of its
own on 127.0.0.1 and stops it. Skipped where the server binaries are not installed."""
from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tourpipe_tests.conftest import REPO, SEEDS

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent


def _pg_bin() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _as_server_user() -> list[str]:
    """PostgreSQL refuses to run as root: as root, run its commands as the `postgres` user."""
    if os.geteuid() != 0:
        return []
    if shutil.which("runuser") is None:
        pytest.skip("running as root without runuser")
    try:
        import pwd

        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no postgres user")
    return ["runuser", "-u", "postgres", "--"]


@pytest.fixture(scope="module")
def postgres():
    pg = _pg_bin()
    if pg is None:
        pytest.skip("PostgreSQL server binaries are not installed (Debian: apt-get install postgresql)")
    as_user = _as_server_user()
    data = Path(tempfile.mkdtemp(prefix="tourpipe-pg-"))
    os.chmod(data, 0o755)
    if as_user:
        shutil.chown(data, "postgres")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    cluster = data / "data"
    subprocess.run([*as_user, str(pg / "initdb"), "-D", str(cluster), "-A", "trust", "-U", "tourpipe"],
                   check=True, capture_output=True)
    subprocess.run([*as_user, str(pg / "pg_ctl"), "-D", str(cluster), "-l", str(data / "log"), "-w", "-o",
                    f"-h 127.0.0.1 -p {port} -k {data}", "start"], check=True, capture_output=True)
    try:
        import psycopg2

        con = psycopg2.connect(host="127.0.0.1", port=port, user="tourpipe", dbname="postgres")
        con.autocommit = True
        con.cursor().execute("create database dagster")
        con.close()
        yield {"DAGSTER_PG_HOST": "127.0.0.1", "DAGSTER_PG_PORT": str(port), "DAGSTER_PG_USER": "tourpipe",
               "DAGSTER_PG_PASSWORD": "", "DAGSTER_PG_DB": "dagster"}
    finally:
        subprocess.run([*as_user, str(pg / "pg_ctl"), "-D", str(cluster), "-m", "fast", "-w", "stop"],
                       capture_output=True)
        shutil.rmtree(data, ignore_errors=True)


def readme_dagster_yaml() -> str:
    """The dagster.yaml the README gives for PostgreSQL."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- dagster-postgres -->\s*```yaml\n(.*?)```", readme, re.S)
    assert match, "README: the PostgreSQL dagster.yaml block is missing"
    return match.group(1)


def test_two_dagster_processes_share_an_instance_in_postgres(postgres, tmp_path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text(readme_dagster_yaml(), encoding="utf-8")
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    env = {**os.environ, **postgres, "DAGSTER_HOME": str(home)}
    run = [str(BIN / "tourpipe"), "run", "--seeds", str(seeds), "--warehouse", str(tmp_path / "wh"), "--processes", "1"]
    first = subprocess.run(run, capture_output=True, text=True, timeout=600, env=env)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "documents: 5 new" in first.stdout
    second = subprocess.run([*run, "--force"], capture_output=True, text=True, timeout=600, env=env)  # another process
    assert second.returncode == 0, second.stderr[-3000:]
    assert "0 new, 5 unchanged" in second.stdout

    import dagster as dg

    os.environ.update(postgres)
    try:
        with dg.DagsterInstance.from_config(str(home)) as instance:  # a third process's view: both runs, in Postgres
            assert type(instance.run_storage).__name__ == "PostgresRunStorage"
            runs = instance.get_runs()
            assert [r.status for r in runs] == [dg.DagsterRunStatus.SUCCESS] * 2
            assert instance.get_latest_materialization_event(dg.AssetKey("warehouse_views")) is not None
    finally:
        for k in postgres:
            os.environ.pop(k, None)
    assert not (home / "history").exists()  # no SQLite run storage beside it
