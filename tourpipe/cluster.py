"""The Dask distributed backend of ``tourpipe.parallel.map_chunks``: chunks as tasks on a cluster's workers.

A chunk is one task; at most IN_FLIGHT_PER_THREAD chunks per worker thread are submitted at a time and their
results are taken in submission order, so the output is the same bytes as the local pool's and the memory
held for chunks in flight stays flat however long the stream. Workers are long-lived processes: each loads
a model once (``tourpipe.nlp``'s per-process caches) and keeps it for every stage of the run. A task whose
worker dies is run again on another worker (Dask reschedules a lost worker's tasks, up to
``distributed.scheduler.allowed-failures`` times); a LocalCluster's nanny restarts the dead worker.
"""
from __future__ import annotations

import ctypes
import logging
import os
import signal
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TypeVar

import dask
from distributed import Client, LocalCluster, WorkerPlugin

T = TypeVar("T")
R = TypeVar("R")
LOCAL_PREFIX = "local:"
# Chunks in flight per worker thread: a worker finds its next chunk waiting when it finishes one, and what
# waits (input and results) stays a few MB per worker.
IN_FLIGHT_PER_THREAD = 3
_PR_SET_PDEATHSIG = 1
_log = logging.getLogger("tourpipe")
# Dask's nanny starts its workers with MALLOC_TRIM_THRESHOLD_=65536 (distributed.nanny.pre-spawn-environ). Setting
# it turns off glibc's adaptive mmap threshold, and spaCy's NER then maps and unmaps its arrays on every batch:
# measured here, side by side on 300 bench articles, the NER of a process with it set costs 1.23x the CPU
# (22.0 -> 27.1 s). None unsets a pre-spawn variable. The statistical profiler (a stack sample every 10 ms)
# serves only the dashboard, which a tourpipe LocalCluster does not start.
WORKER_CONFIG = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                 "distributed.worker.profile.enabled": False}
SLOW_MALLOC = "MALLOC_TRIM_THRESHOLD_"


class DieWithParent(WorkerPlugin):
    """A LocalCluster's worker dies with the process that started it, as the local pool's workers do: a
    SIGKILLed run must not leave model-sized processes behind."""

    name = "tourpipe-die-with-parent"

    def setup(self, worker) -> None:
        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        except (OSError, AttributeError):  # not Linux
            pass


@dataclass
class DaskCluster:
    """A Dask client, and the LocalCluster it started (if any)."""

    address: str
    client: Client
    local: LocalCluster | None = None

    def threads(self) -> int:
        workers = self.client.scheduler_info(n_workers=-1)["workers"].values()
        return max(1, sum(w.get("nthreads", 1) for w in workers))

    def map(self, func: Callable[[list[T]], list[R]], chunks: Iterable[list[T]]) -> Iterator[R]:
        """``func(chunk)`` for each chunk as a task on the cluster, results flattened in chunk order."""
        name = getattr(getattr(func, "func", func), "__name__", "chunk").strip("_")
        token = uuid.uuid4().hex[:12]  # this map's keys: a rerun never picks up another map's results
        limit = max(4, IN_FLIGHT_PER_THREAD * self.threads())
        in_flight: deque = deque()
        try:
            for i, chunk in enumerate(chunks):
                in_flight.append(self.client.submit(func, chunk, key=f"{name}-{token}-{i}", pure=False))
                if len(in_flight) >= limit:
                    yield from _take(in_flight.popleft())
            while in_flight:
                yield from _take(in_flight.popleft())
        finally:  # an error, or the consumer stopped early: nothing of this map keeps running
            if in_flight:
                self.client.cancel(list(in_flight))

    def check_workers(self) -> None:
        """Log a warning for workers started with MALLOC_TRIM_THRESHOLD_ set (the nanny's default): they run
        the NER ~1.2x slower. The remedy belongs to whoever starts them (README, Scaling out)."""
        slow = [w for w, value in self.client.run(os.environ.get, SLOW_MALLOC).items() if value is not None]
        if slow:
            _log.warning("%d of the Dask workers run with %s set, which slows the NER ~1.2x: start them with "
                         "DASK_DISTRIBUTED__NANNY__PRE_SPAWN_ENVIRON__MALLOC_TRIM_THRESHOLD_=None in their "
                         "environment (README, Scaling out)", len(slow), SLOW_MALLOC)

    def check_paths(self, paths: Sequence[str]) -> None:
        """Raise when a worker cannot see one of ``paths`` (the read stage opens the seed files by path)."""
        if not paths:
            return
        blind = {w: missing for w, missing in self.client.run(_missing, list(paths)).items() if missing}
        if blind:
            worker, missing = next(iter(blind.items()))
            raise RuntimeError(f"Dask worker {worker} (and {len(blind) - 1} more) cannot see {missing[0]}: mount it "
                               "at the same path on every worker")

    def close(self) -> None:
        self.client.close()
        if self.local is not None:
            self.local.close()


def _take(future) -> list:
    result = future.result()
    future.release()
    return result


def _missing(paths: list[str]) -> list[str]:
    return [p for p in paths if not os.path.exists(p)]


def start_cluster(address: str) -> DaskCluster:
    """Connect to the scheduler at ``address``, or start a LocalCluster for ``local:N`` (N worker processes of
    one thread each: a worker runs one chunk at a time, as a process of the local pool does)."""
    if address.startswith(LOCAL_PREFIX):
        n = int(address[len(LOCAL_PREFIX):] or os.cpu_count() or 1)
        with dask.config.set(WORKER_CONFIG):  # the nannies copy the config when they are made
            local = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                                 dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(local)
        client.register_plugin(DieWithParent())
        cluster = DaskCluster(address, client, local)
    else:
        cluster = DaskCluster(address, Client(address))
        cluster.check_workers()
    _log.info("Dask cluster %s: %d worker threads", address, cluster.threads())
    return cluster
