"""Work spread over worker processes gives exactly what one process gives, in the same order."""
from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import duckdb
import pytest

from tourpipe.bench import write_corpus
from tourpipe.parallel import in_pool_worker, map_chunks, map_groups
from tourpipe.stages import run_all


def _square_chunk(items: list[int]) -> list[tuple[int, int, int]]:
    return [(i, i * i, os.getpid()) for i in items]


def test_map_chunks_keeps_order_and_uses_workers_only_for_long_inputs():
    short = list(map_chunks(_square_chunk, range(10), n_process=2, chunk_size=3, min_items=64))
    assert [r[:2] for r in short] == [(i, i * i) for i in range(10)]
    assert {r[2] for r in short} == {os.getpid()}  # too short to pay for workers

    long = list(map_chunks(_square_chunk, iter(range(500)), n_process=2, chunk_size=7, min_items=64))
    assert [r[:2] for r in long] == [(i, i * i) for i in range(500)]
    # in workers only, at most two; how the chunks split between them depends on the machine's load
    assert os.getpid() not in {r[2] for r in long} and 1 <= len({r[2] for r in long}) <= 2


def _tables(wh: Path) -> dict[str, list]:
    con = duckdb.connect(str(wh / "tourpipe.duckdb"), read_only=True)
    queries = {
        "documents": "select doc_id, lang, title, published, clean_text from documents order by doc_id",
        "entities": "select * from entities order by doc_id, start_char, end_char, label",
        "facts": "select * from facts order by doc_id, start_char, end_char",
        "removed_lines": "select * from removed_lines order by doc_id, line_no",
        "events": "select * from events order by all",
        "quotes": "select * from quotes order by all",
    }
    return {name: con.execute(q).fetchall() for name, q in queries.items()}


@pytest.mark.slow
def test_two_processes_give_the_same_warehouse_as_one(tmp_path: Path):
    seeds = tmp_path / "seeds"
    write_corpus(seeds, 72)  # English and Russian articles: enough to start workers in every stage
    one = run_all(seeds, tmp_path / "one", n_process=1)
    two = run_all(seeds, tmp_path / "two", n_process=2)
    assert one["counts"] == two["counts"] and one["counts"]["documents"] == 72
    a, b = _tables(tmp_path / "one"), _tables(tmp_path / "two")
    assert a["facts"] and a["entities"] and a["events"] and a["quotes"]
    # every document's rows once: stages that stream the documents language by language take each language's own
    con = duckdb.connect(str(tmp_path / "two" / "tourpipe.duckdb"), read_only=True)
    for table in ("entities", "facts", "events", "quotes"):
        langs = con.execute(f"select distinct d.lang from {table} join documents d using (doc_id) order by 1").fetchall()
        assert langs == [("en",), ("ru",)], table
    fact_ids = con.execute("select fact_id from facts").fetchall()
    assert len(set(fact_ids)) == len(fact_ids)
    for name in a:
        assert a[name] == b[name], name


_RECORDING_PARENT = """
import signal, sys
sys.path.insert(0, {root!r})
from tourpipe.parallel import map_chunks
from tourpipe_tests.test_parallel import _square_chunk
seen = []
signal.signal(signal.SIGTERM, lambda signum, frame: seen.append(signum))  # records and goes on, as Dagster's does
# Three chunks for two workers: one sits idle on the task queue when the pool is torn down.
for _ in range(20):
    print(len(list(map_chunks(_square_chunk, range(192), n_process=2, chunk_size=64, min_items=64))))
"""


@pytest.mark.slow
def test_workers_stop_even_when_the_parent_only_records_sigterm():
    """Inside a Dagster step SIGTERM is only recorded; forked workers must still die when the pool ends."""
    import subprocess
    import sys

    code = _RECORDING_PARENT.format(root=str(Path(__file__).resolve().parents[1]))
    # Before the fix this hung on the first pool; subprocess's timeout kills with SIGKILL, which it cannot ignore.
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["192"] * 20


def _in_pool_chunk(items: list[int]) -> list[bool]:
    return [in_pool_worker() for _ in items]


def test_pool_workers_know_they_are_pool_workers_and_this_process_does_not():
    assert set(map_chunks(_in_pool_chunk, range(100), n_process=2, chunk_size=10, min_items=64)) == {True}
    assert set(map_chunks(_in_pool_chunk, range(10), n_process=2, chunk_size=10, min_items=64)) == {False}
    assert not in_pool_worker()


def _pid_of_each(items: list[int]) -> list[tuple[int, int]]:
    return [(x, os.getpid()) for x in items]


def test_map_groups_keeps_input_order_and_starts_each_worker_on_its_own_group():
    groups = [range(0, 50), range(50, 400), range(400, 420)]
    out = list(map_groups(_pid_of_each, groups, n_process=2, chunk_size=10, min_items=64))
    assert [x for x, _ in out] == list(range(420))
    pid = dict(out)
    assert os.getpid() not in pid.values() and pid[0] != pid[50]  # first chunks of the first two groups: two workers
    assert len(set(pid.values())) == 2
    few = list(map_groups(_pid_of_each, [range(5), range(5, 10)], n_process=2, chunk_size=10, min_items=64))
    assert few == [(x, os.getpid()) for x in range(10)]  # too few to pay for workers


def test_the_maps_of_a_run_share_its_workers_which_stop_with_the_run():
    from tourpipe.parallel import run_workers

    with run_workers(2, start="fork"):
        first = list(map_chunks(_pid_of_each, range(200), n_process=2, chunk_size=10, min_items=64, start="fork"))
        second = list(map_chunks(_pid_of_each, range(200), n_process=2, chunk_size=10, min_items=64, start="fork"))
        assert [x for x, _ in first] == [x for x, _ in second] == list(range(200))
        pids = {p for _, p in first}
        assert os.getpid() not in pids and {p for _, p in second} <= pids and len(pids) <= 2
    for pid in pids:  # stopped and reaped when the run ends
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def _pid_of_each_slowly(items: list[int]) -> list[tuple[int, int]]:
    time.sleep(0.005)  # long enough that the short stream runs dry while the long one still has chunks to hand out
    return _pid_of_each(items)


def test_a_worker_process_serves_one_language_in_its_life():
    """A worker whose stream runs dry and helps with another language's is a fresh process: a process that had
    loaded one language's models keeps much of their memory after dropping them."""
    from tourpipe.parallel import run_workers

    served: dict[int, set[str]] = {}
    with run_workers(2, start="fork"):
        for _ in range(2):  # two stages: the workers of the first are reused where their language allows
            groups = [range(0, 300), range(300, 330)]  # "en" is long, "ru" short: the "ru" worker helps with "en"
            out = list(map_groups(_pid_of_each_slowly, groups, n_process=2, chunk_size=10, min_items=64,
                                  start="fork", keys=["en", "ru"]))
            assert [x for x, _ in out] == list(range(330))
            for x, pid in out:
                served.setdefault(pid, set()).add("en" if x < 300 else "ru")
    assert all(len(langs) == 1 for langs in served.values()), served
    assert len(served) >= 3  # the "ru" worker was replaced to help with "en"


def test_without_renewal_the_worker_that_helps_another_language_stays_the_same_process():
    """``renew=False`` (the run's last stage with models): the worker whose stream ran dry helps with the other
    language's in the same process, and no process is started for it."""
    from tourpipe.parallel import run_workers

    groups = [range(0, 300), range(300, 330)]  # "en" is long, "ru" short: the "ru" worker helps with "en"
    with run_workers(2, start="fork"):
        out = list(map_groups(_pid_of_each_slowly, groups, n_process=2, chunk_size=10, min_items=64, start="fork",
                              keys=["en", "ru"], renew=False))
    assert [x for x, _ in out] == list(range(330))
    served: dict[int, set[str]] = {}
    for x, pid in out:
        served.setdefault(pid, set()).add("en" if x < 300 else "ru")
    assert len(served) == 2 and {"en", "ru"} in served.values(), served


def test_a_run_freezes_what_the_process_held_before_it_and_leaves_the_collector_as_it_found_it():
    """run_workers freezes the objects that live through the run (the garbage collector skips them: each map's
    collection is cheap) and unfreezes them at its end, on error too: nothing stays out of collection after it."""
    import gc

    from tourpipe import parallel

    assert gc.get_freeze_count() == 0
    with parallel.run_workers(2, start="fork"):
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), parallel.run_workers(2, start="fork"):
        raise RuntimeError("a stage failed")
    assert gc.get_freeze_count() == 0
    gc.freeze()  # a caller that froze objects itself: the run leaves them frozen
    try:
        frozen = gc.get_freeze_count()
        with parallel.run_workers(2, start="fork"):
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_a_workers_release_freezes_what_it_holds_and_collects_what_it_dropped_since(monkeypatch):
    """In a worker, release_memory freezes what stays (full collections during a map skip it) and unfreezes it at the
    next release: a model dropped in between (in a reference cycle, as models are) is collected then, not kept."""
    import gc
    import weakref

    from tourpipe import parallel

    class Model:
        pass

    monkeypatch.setattr(parallel, "_IN_POOL", True)
    model = Model()
    model.itself = model
    ref = weakref.ref(model)
    try:
        parallel.release_memory()
        assert gc.get_freeze_count() > 0
        del model
        gc.collect()
        assert ref() is not None  # frozen: the map's collections leave it
        made = Model()  # made during a map and left: the next map's start collects it
        made.itself = made
        made_ref = weakref.ref(made)
        del made
        parallel.release_memory(dropped=False)
        assert made_ref() is None and ref() is not None
        parallel.release_memory()  # after nlp.hold dropped models
        assert ref() is None
    finally:
        gc.unfreeze()


def _warm_up(folder: str, key: str) -> None:
    Path(folder, f"{key}-{os.getpid()}").touch()


@pytest.mark.parametrize("min_seconds, warmed_keys", [(2.0, ["en", "ru"]), (0.0, ["en"])])
def test_a_worker_left_without_work_warms_up_for_the_next_stage_once(monkeypatch, tmp_path, min_seconds, warmed_keys):
    """``warm``: on the run's workers, a worker with no chunk left to take (here the "ru" one, which does not help
    with the short rest of "en") runs it once with its key while the other finishes; the "en" one after its last
    chunk. A worker that ended helping with the other language warms nothing: the next stage starts it on its own
    again. Workers started for one map serve no next stage and warm up for nothing."""
    from functools import partial

    from tourpipe import parallel

    monkeypatch.setattr(parallel, "HELP_MIN_SECONDS", min_seconds)
    groups = [range(0, 300), range(300, 330)]
    warmed, alone = tmp_path / "run", tmp_path / "alone"
    warmed.mkdir(), alone.mkdir()
    with parallel.run_workers(2, start="fork"):
        out = list(map_groups(_pid_of_each_slowly, groups, n_process=2, chunk_size=10, min_items=64, start="fork",
                              keys=["en", "ru"], sizes=[300, 30], renew=False, warm=partial(_warm_up, str(warmed))))
    first_of = {}
    for x, pid in out:
        first_of.setdefault("en" if x < 300 else "ru", pid)
    assert sorted(p.name for p in warmed.iterdir()) == [f"{k}-{first_of[k]}" for k in warmed_keys]
    list(map_groups(_pid_of_each_slowly, groups, n_process=2, chunk_size=10, min_items=64, start="fork",
                    keys=["en", "ru"], sizes=[300, 30], renew=False, warm=partial(_warm_up, str(alone))))
    assert list(alone.iterdir()) == []


@pytest.mark.parametrize("min_seconds, helped", [(2.0, False), (0.0, True)])
def test_a_worker_helps_another_language_only_when_that_pays_for_a_fresh_process(monkeypatch, min_seconds, helped):
    """With the streams' sizes known, the worker whose stream ran dry replaces itself to help only when the other
    stream has more work left than a fresh process takes to start; else it waits, keeping its language."""
    from tourpipe import parallel

    monkeypatch.setattr(parallel, "HELP_MIN_SECONDS", min_seconds)
    groups = [range(0, 300), range(300, 330)]  # 30 chunks of ~5 ms left for "en": ~0.15 s of work
    with parallel.run_workers(2, start="fork"):
        out = list(map_groups(_pid_of_each_slowly, groups, n_process=2, chunk_size=10, min_items=64, start="fork",
                              keys=["en", "ru"], sizes=[300, 30]))
    assert [x for x, _ in out] == list(range(330))
    served: dict[int, set[str]] = {}
    for x, pid in out:
        served.setdefault(pid, set()).add("en" if x < 300 else "ru")
    assert all(len(langs) == 1 for langs in served.values()), served
    assert (len(served) == 3) is helped, served


def test_a_map_abandoned_early_does_not_stop_the_run_workers_a_later_map_uses():
    import gc

    from tourpipe.parallel import run_workers

    with run_workers(2, start="fork"):
        first = map_chunks(_pid_of_each_slowly, range(400), n_process=2, chunk_size=10, min_items=64, start="fork")
        assert next(first)[0] == 0  # taken one result, then left with chunks in flight
        second = map_chunks(_pid_of_each, range(300), n_process=2, chunk_size=10, min_items=64, start="fork")
        head = [next(second) for _ in range(5)]
        del first
        gc.collect()  # the abandoned map ends while the later one runs
        rest: list = []
        reader = threading.Thread(target=lambda: rest.extend(second), daemon=True)
        reader.start()
        reader.join(60)  # with its workers stopped under it, the later map would wait for ever
        assert not reader.is_alive() and [x for x, _ in head + rest] == list(range(300))
