"""Issue 15: the per-document stages on a Dask cluster and the warehouse in S3 give the same tables as the local
pool on local disk; a worker killed mid-run costs a retry; a run SIGKILLed during the S3 commit leaves the
previous generation readable and the next run completes it. Servers run on 127.0.0.1 and are stopped by the
fixtures that started them: a moto S3 server (``moto_server``) and a Dask LocalCluster of 2 workers."""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from tourpipe.bench import write_corpus
from tourpipe.stages import run_all
from tourpipe.storage import S3Warehouse, Warehouse, open_warehouse
from tourpipe_tests.conftest import SEEDS
from tourpipe_tests.test_reliability_crash import _seeds_after, _seeds_before

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
# Short generated articles (40-100 body words: ~150 words with furniture) and the five seed articles: ~10 chunks of
# 32 per stage, so a worker killed mid-stage leaves work to retry; each language has enough documents for workers.
CORPUS = 300
WORDS = (40, 100)
VIEWS = ("documents", "entities", "facts", "events", "quotes", "removed_lines", "rejected", "entity_summary")
WALL_CLOCK = {"documents": "ingested_at", "rejected": "seen_at"}  # when a run happened, not what it found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def moto_server():
    """An S3 server on 127.0.0.1 (moto_server) and the AWS_* variables pointing at it, for this module."""
    port = _free_port()
    endpoint = f"http://127.0.0.1:{port}"
    proc = subprocess.Popen([str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    env = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
           "AWS_ENDPOINT_URL": endpoint}
    saved = {k: os.environ.get(k) for k in [*env, "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_S3", "AWS_REGION"]}
    os.environ.update(env)
    for k in ("AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_S3", "AWS_REGION"):
        os.environ.pop(k, None)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(endpoint, timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield endpoint
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        for k, v in saved.items():
            os.environ.pop(k, None) if v is None else os.environ.__setitem__(k, v)


def _bucket(moto_server: str) -> str:
    """A fresh s3:// prefix in a fresh bucket."""
    import boto3

    name = f"tp-{uuid.uuid4().hex[:12]}"
    boto3.client("s3", endpoint_url=moto_server).create_bucket(Bucket=name)
    return f"s3://{name}/warehouse"


@pytest.fixture(scope="module")
def dask_cluster():
    """A LocalCluster of 2 worker processes (one thread each) on 127.0.0.1; its scheduler's address."""
    from distributed import LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None)
    try:
        # both workers registered before a test looks at them (on a loaded machine the second may come late: a test
        # that counts the workers then saw one)
        cluster.wait_for_workers(2, timeout=120)
        yield cluster.scheduler_address
    finally:
        cluster.close()


def snapshot(wh: Warehouse) -> dict[str, list[tuple]] | None:
    """The content of every view (timestamps aside), or None when no database has been published yet."""
    if not wh.db_path.exists():
        return None
    out = {}
    for view in VIEWS:
        exclude = f" exclude ({WALL_CLOCK[view]})" if view in WALL_CLOCK else ""
        out[view] = wh.query(f"select *{exclude} from {view} order by all")
    return out


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict:
    """300 generated articles (English and Russian), the five seed articles, and the tables the local pool on local
    disk makes of them."""
    root = tmp_path_factory.mktemp("scale")
    seeds = root / "seeds"
    write_corpus(seeds, CORPUS, body_words=WORDS)
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, seeds / seed.name)
    wh = Warehouse(root / "local")
    run_all(seeds, wh, n_process=2)
    tables = snapshot(wh)
    assert len(tables["documents"]) == CORPUS + 5 and tables["facts"] and tables["events"] and tables["quotes"]
    assert wh.query("select count(*) from documents where lang = 'ru'")[0][0] >= 64  # Russian reaches workers too
    return {"root": root, "seeds": seeds, "tables": tables}


def _kill_a_worker_during(scheduler: str, stage: str, done: threading.Event, killed: list) -> None:
    """SIGKILL the worker running the first task of ``stage`` (a chunk of that stage's map)."""
    from distributed import Client

    with Client(scheduler) as client:
        pids = client.run(os.getpid)
        while not done.is_set():
            for worker, keys in client.processing().items():
                if any(stage in str(k) for k in keys):
                    os.kill(pids[worker], signal.SIGKILL)
                    killed.append(worker)
                    return
            time.sleep(0.05)


def test_dask_on_local_disk_gives_the_local_pools_tables_even_when_a_worker_dies(corpus, dask_cluster, tmp_path):
    from distributed import Client

    done, killed = threading.Event(), []
    killer = threading.Thread(target=_kill_a_worker_during, args=(dask_cluster, "entities_chunk", done, killed))
    killer.start()
    try:
        wh = Warehouse(tmp_path / "dask")
        run_all(corpus["seeds"], wh, cluster=dask_cluster)
    finally:
        done.set()
        killer.join()
    assert killed, "no worker was killed: the entities stage never ran on the cluster"
    assert snapshot(wh) == corpus["tables"]
    with Client(dask_cluster) as client:  # the nanny restarted the worker for the tests after this one
        client.wait_for_workers(2, timeout=60)


def test_dask_with_the_warehouse_in_s3_gives_the_local_pools_tables(corpus, dask_cluster, moto_server, tmp_path):
    location = _bucket(moto_server)
    wh = open_warehouse(location, tmp_path / "local" / "tourpipe.duckdb")
    assert isinstance(wh, S3Warehouse)
    run_all(corpus["seeds"], wh, cluster=dask_cluster)
    assert snapshot(wh) == corpus["tables"]
    assert wh.verify(full=True) == []
    # Nothing but the database, the shell's script, the run record and locks on local disk.
    assert sorted(p.name for p in wh.root.iterdir() if p.name != "staging") == [
        ".lock", "LAST_RUN.json", "duckdb_s3.sql", "tourpipe.duckdb"]
    # An analyst's machine (no database yet) builds its own views from the bucket, and the shell reads them.
    analyst = open_warehouse(location, tmp_path / "analyst" / "tourpipe.duckdb")
    db = analyst.local_views()
    assert snapshot(analyst) == corpus["tables"]
    shell = subprocess.run([str(BIN / "duckdb"), "-readonly", "-init", str(analyst.shell_script()), "-csv", "-noheader",
                            "-c", "select count(*) from facts", str(db)], capture_output=True, text=True, timeout=120)
    assert shell.returncode == 0, shell.stderr
    assert shell.stdout.strip().splitlines()[-1] == str(len(corpus["tables"]["facts"]))


def _dies_once(marker: str, items: list[int]) -> list[int]:
    """A chunk whose first run kills the worker running it."""
    if items[0] == 0 and not os.path.exists(marker):
        Path(marker).touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return [i * i for i in items]


def test_a_chunk_whose_worker_dies_runs_again_on_another(dask_cluster, tmp_path):
    from functools import partial

    from tourpipe.parallel import map_chunks, use_cluster

    marker = tmp_path / "died"
    with use_cluster(dask_cluster):
        out = list(map_chunks(partial(_dies_once, str(marker)), range(100), chunk_size=10))
    assert marker.exists() and out == [i * i for i in range(100)]


# -- crash safety and integrity in S3 ---------------------------------------------------------------
DRIVER = textwrap.dedent('''
    import os, signal, sys
    from pathlib import Path

    import tourpipe.stages as stages
    from tourpipe.storage import objectstore

    seeds, location, db = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    uploads = []
    real_upload = objectstore.S3Path.upload
    def upload(self, local):
        uploads.append(self.name)
        if len(uploads) == 3:  # two of the batch's tables are in the bucket, its manifest is not
            os.kill(os.getpid(), signal.SIGKILL)
        return real_upload(self, local)
    objectstore.S3Path.upload = upload
    stages.run_all(seeds, objectstore.open_warehouse(location, db), n_process=1)
    print("the run was not killed")
''')


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> dict:
    """The seeds before and after (a file changed, one deleted, three added), and the local reference states."""
    root = tmp_path_factory.mktemp("s3crash")
    before, after = _seeds_before(root / "seeds_before"), _seeds_after(root / "seeds_after")
    reference = Warehouse(root / "reference")
    run_all(before, reference, n_process=1)
    old = snapshot(reference)
    run_all(after, reference, n_process=1)
    return {"root": root, "before": before, "after": after, "old": old, "new": snapshot(reference)}


def test_sigkill_during_the_s3_commit_keeps_the_old_generation_and_the_next_run_completes(history, moto_server,
                                                                                         tmp_path):
    location, db = _bucket(moto_server), tmp_path / "local" / "tourpipe.duckdb"
    wh = open_warehouse(location, db)
    run_all(history["before"], wh, n_process=1)
    assert snapshot(wh) == history["old"]
    generation = wh.generation_path.read_bytes()

    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(driver), str(history["after"]), location, str(db)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr[-3000:]
    wh = open_warehouse(location, db)
    assert wh.generation_path.read_bytes() == generation  # nothing was published
    assert snapshot(wh) == history["old"]  # the analysts' views still read the old generation, whole

    run_all(history["after"], wh, n_process=1)  # a changed file replaced, a deleted one gone, as on local disk
    assert snapshot(wh) == history["new"]
    assert wh.verify(full=True) == []


def test_a_damaged_or_deleted_object_is_found_and_rebuilt(history, moto_server, tmp_path):
    wh = open_warehouse(_bucket(moto_server), tmp_path / "local" / "tourpipe.duckdb")
    run_all(history["after"], wh, n_process=1)
    [batch] = wh.batch_dirs()
    # S3 keeps an object's modification time to the second: the cheap check (sizes and times) sees a rewrite of
    # the same size only from the next second on (the full check hashes every object and sees it at once)
    time.sleep(1.1)
    (batch / "facts.parquet").write_bytes((batch / "facts.parquet").read_bytes()[:-100] + bytes(100))
    problems = wh.verify(full=True)
    assert [(p.kind, p.path.name) for p in problems] == [("batch", batch.name)]
    assert "facts.parquet: changed since it was published" in problems[0].detail or "size" in problems[0].detail
    listing = wh.current / wh.generation().files
    listing.delete()
    assert {p.kind for p in wh.verify()} == {"batch", "listing"}

    run_all(history["after"], wh, n_process=1)  # sets the batch aside, processes its documents again
    assert wh.verify(full=True) == []
    assert snapshot(wh) == history["new"]


# -- how the workers are started -------------------------------------------------------------------------
def _worker_settings() -> tuple[str | None, bool]:
    import dask

    return os.environ.get("MALLOC_TRIM_THRESHOLD_"), dask.config.get("distributed.worker.profile.enabled")


def test_a_local_cluster_starts_its_workers_without_the_nannys_malloc_setting_or_the_profiler(monkeypatch):
    from tourpipe.cluster import start_cluster

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    cluster = start_cluster("local:2")
    try:
        settings = cluster.client.run(_worker_settings)
    finally:
        cluster.close()
    assert len(settings) == 2 and set(settings.values()) == {(None, False)}


def test_workers_started_with_the_nannys_malloc_setting_are_named_in_a_warning(dask_cluster, caplog):
    from tourpipe.cluster import start_cluster

    cluster = start_cluster(dask_cluster)  # the fixture's LocalCluster keeps Dask's defaults
    try:
        assert {v[0] for v in cluster.client.run(_worker_settings).values()} == {"65536"}
    finally:
        cluster.close()
    warning = [r.getMessage() for r in caplog.records if r.levelname == "WARNING" and r.name == "tourpipe"]
    assert len(warning) == 1 and warning[0].startswith("2 of the Dask workers run with MALLOC_TRIM_THRESHOLD_ set")


# -- one commit protocol for both storages -----------------------------------------------------------------
@pytest.mark.parametrize("storage", ["local", "s3"])
def test_an_empty_placeholder_from_before_a_column_was_added_is_written_again(storage, history, moto_server,
                                                                               tmp_path):
    """The views read old batches through the empty placeholder tables (union_by_name): one written before a
    column was added must be rewritten with the column, in a bucket as on disk."""
    import pyarrow as pa

    from tourpipe import schema
    from tourpipe.storage.parquet import arrow_schema, read_parquet

    wh = Warehouse(tmp_path / "wh") if storage == "local" else \
        open_warehouse(_bucket(moto_server), tmp_path / "local" / "tourpipe.duckdb")
    run_all(history["before"], wh, n_process=1)
    placeholder = wh.parquet / "empty" / "facts.parquet"
    older = arrow_schema(schema.FACTS).remove(arrow_schema(schema.FACTS).get_field_index("value_from"))
    sink = pa.BufferOutputStream()
    pa.parquet.write_table(older.empty_table(), sink)
    placeholder.write_bytes(sink.getvalue().to_pybytes())
    assert "value_from" not in read_parquet(placeholder).schema.names

    run_all(history["after"], wh, n_process=1)
    assert read_parquet(placeholder).schema.remove_metadata() == arrow_schema(schema.FACTS)
    assert snapshot(wh) == history["new"]
