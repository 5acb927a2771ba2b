"""An ordered, streaming map over worker processes, for the stages whose work is independent per document.

Each worker loads what it needs (a spaCy model, natasha, pymorphy3) once, on its first chunk. At most a few
chunks are in flight, so the input is read lazily and memory stays flat however long the stream is; results
come back in input order, so the output is deterministic.

Inside ``run_workers`` (a pipeline run) every map shares one set of workers, started when the first map needs
them and stopped when the block ends: a worker keeps the models it loaded (and its parse cache) from one stage to
the next, and the run pays for starting interpreters once instead of once per stage.

Workers are forked by default (instant, they share the parent's memory). The pipeline's stages ask for
``start="spawn"``: a fresh interpreter that imports only the pipeline, not the parent's Dagster run
state. A forked worker's resident set grows towards everything the parent holds (~400 MB inside a
Dagster step, more as the run's listing grows), because Python's reference counting and garbage
collector touch those shared pages and copy them; a spawned worker costs ~0.7 s more to start and
stays near 100 MB before it loads a model, whatever the parent holds.

The same map runs on a Dask distributed cluster instead when one is in use (``use_cluster``: a scheduler's
address, or ``local:N`` for a ``LocalCluster`` of N worker processes): one switch for every stage. Chunks are
submitted as tasks, a bounded number at a time, and their results taken in submission order, so the output
is the same bytes as the local pool's; a worker keeps its models for the whole run (the per-process caches of
``tourpipe.nlp``), and a chunk whose worker died is run again on another (Dask reschedules the tasks of a lost
worker, ``distributed.scheduler.allowed-failures`` times).
"""
from __future__ import annotations

import ctypes
import gc
import itertools
import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")
_PR_SET_PDEATHSIG = 1
# Seconds of work a stream must have left for a worker of another language to be replaced by a fresh process that
# helps with it: starting an interpreter, importing the pipeline and loading a model take ~1.5 s (measured).
HELP_MIN_SECONDS = 2.0
WORKER_GC_YOUNG = 50_000  # allocations between the collector's young passes in a worker (the default is 700)


_IN_POOL = False  # set in the processes of map_chunks' pool


def in_pool_worker() -> bool:
    """Is this process a worker of the local pool of :func:`map_chunks` / :func:`map_groups` (started for one map, or
    for a whole run inside :func:`run_workers`)?"""
    return _IN_POOL


def _die_with_parent() -> None:
    """A worker must not outlive a killed pipeline (SIGKILL leaves no chance to clean up)."""
    global _IN_POOL
    _IN_POOL = True
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: workers still end when their queue closes
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # Pool.terminate() stops workers with SIGTERM. Inside a Dagster step the parent has a handler that only
    # records SIGTERM (Dagster delays interrupts), and a forked worker inherits it: an idle worker waiting on
    # the task queue then ignores terminate() and the run hangs in join() for ever. Workers die on SIGTERM.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # The rules of the facts, events and quotations stages make and drop millions of small objects (parse trees,
    # spans, match tuples), nearly all freed by reference counting: at the default threshold (700) the collector's
    # young passes over them took ~8 % of those stages' CPU (events and quotes of the 2,000 bench texts, one process:
    # 9.7 s -> 8.9 s). What cycles they leave waits a little longer; release_memory still collects between maps.
    gc.set_threshold(WORKER_GC_YOUNG, *gc.get_threshold()[1:])


def release_memory(dropped: bool = True) -> None:
    """Hand freed memory back to the system: glibc keeps freed small blocks and Arrow's allocator keeps its pages,
    so a process's resident set stays at its high-water mark. Called before each map (its workers' memory adds to
    this process's), in each worker of a run as a map starts, and when a worker drops a language's models.

    A worker then freezes what it still holds (its models, its imports): the collector's full passes during the map
    look only at what the map makes (a full pass over ~150,000 model and module objects took 0.04-0.1 s, several times
    a stage). A release after a worker ``dropped`` models unfreezes them first, so that they are collected; the one as
    a map starts collects what the last map made and left. (nlp.hold releases as a chunk begins: what that chunk holds
    then is frozen with the models; reference counting frees it when the chunk ends, only a reference cycle among it
    would wait for the next release after a drop.)"""
    if _IN_POOL and dropped:
        gc.unfreeze()
    gc.collect()
    if _IN_POOL:
        gc.freeze()
    try:
        import pyarrow

        pyarrow.default_memory_pool().release_unused()
    except (ImportError, AttributeError):
        pass
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    it = iter(items)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def map_chunks(func: Callable[[list[T]], list[R]], items: Iterable[T], n_process: int = 1,
               chunk_size: int = 32, min_items: int = 64, start: str = "fork") -> Iterator[R]:
    """Yield ``func(chunk)``'s results for consecutive chunks of ``items``, flattened, in input order.

    ``func`` must be a module-level function (or a partial of one) returning one result per item. Work
    runs in ``n_process`` workers (``start``: "fork" or "spawn") when there are at least ``min_items``
    items (below that, starting workers and loading models in them costs more than it saves), otherwise
    in this process. Inside ``use_cluster`` every chunk runs on the Dask cluster instead, whatever the
    number of items: the machine running this may be too small to load the models.
    """
    if _CLUSTER_AT is not None:
        yield from _map_on_cluster(func, items, chunk_size)
        return
    it = iter(items)
    head = list(itertools.islice(it, min_items))
    stream = itertools.chain(head, it)
    if n_process <= 1 or len(head) < min_items:
        for chunk in _chunks(stream, chunk_size):
            yield from func(chunk)
        return
    yield from _on_workers(func, [_chunks(stream, chunk_size)], [None], None, n_process, start)


def map_groups(func: Callable[[list[T]], list[R]], groups: Sequence[Iterable[T]], n_process: int = 1,
               chunk_size: int = 32, min_items: int = 64, start: str = "fork",
               keys: Sequence[str | None] | None = None, sizes: Sequence[int] | None = None,
               renew: bool = True, warm: Callable[[str], object] | None = None) -> Iterator[R]:
    """:func:`map_chunks` over several streams (the documents of each language), results in input order (the
    streams one after another), with each worker process on one stream at a time: worker k starts on stream k,
    and a worker whose stream runs dry helps with the first one still running. For work whose models differ per
    stream and are large: both cores work from the start, and no process holds two streams' models.

    ``keys`` name what each stream needs loaded (its language; None: nothing of its own). A worker process serves
    one key in its life: one that moves to a stream of another key is replaced by a fresh process once its queued
    chunks are in. Dropping a model leaves a process ~100-150 MB larger than it was before loading it (the
    libraries stay imported, the allocators keep their pages), so a process that had switched languages would hold
    the memory of both. With ``sizes`` (items per stream) such a move happens only when the stream has more work left
    than a fresh process takes to start (HELP_MIN_SECONDS, from the times of its chunks so far); otherwise the worker
    waits, keeping its language for the next stage. ``renew=False``: a worker moving to a stream of another key stays
    the same process (its function drops the first key's models itself, nlp.hold): for stages whose models are
    smaller than the NER's (figures, events), where a fresh process would save no memory the run's peak counts.
    ``warm(key)``: on the run's workers (:func:`run_workers`), a worker left with no chunk to take while the others
    finish theirs runs it once, with the key it served: it loads the models the run's next stage will use in the
    time it would spend waiting.
    """
    if _CLUSTER_AT is not None or n_process <= 1:
        yield from map_chunks(func, itertools.chain.from_iterable(groups), n_process, chunk_size, min_items, start)
        return
    iters = [iter(g) for g in groups]
    heads, left = [], min_items
    for it in iters:
        heads.append(list(itertools.islice(it, max(left, 0))))
        left -= len(heads[-1])
    streams = [_chunks(itertools.chain(h, it), chunk_size) for h, it in zip(heads, iters)]
    if left > 0:  # too few items to pay for workers
        for chunk in itertools.chain.from_iterable(streams):
            yield from func(chunk)
        return
    keys = list(keys) if keys is not None else [None] * len(streams)
    chunks = [-(-n // chunk_size) for n in sizes] if sizes is not None else None
    yield from _on_workers(func, streams, keys, chunks, n_process, start, renew, warm)


def _on_workers(func: Callable, streams: list[Iterator[list]], keys: list[str | None], chunks: list[int] | None,
                n_process: int, start: str, renew: bool = True, warm: Callable | None = None) -> Iterator:
    """The map on the run's workers (:func:`run_workers`), else on workers started for it and stopped after it (which
    serve no next stage: nothing to ``warm`` for)."""
    if _RUN is not None and _RUN.serves(n_process, start):
        yield from _RUN.map(func, streams, keys, chunks, renew, warm)
        return
    workers = _Workers(n_process, start)
    try:
        yield from workers.map(func, streams, keys, chunks, renew)
    finally:
        workers.stop()


class _GroupedWork:
    """The bookkeeping of one map on :class:`_Workers`: two chunks queued on each worker, results in input order."""

    def __init__(self, func: Callable, streams: list[Iterator[list]], keys: list[str | None], workers: _Workers,
                 chunks: list[int] | None = None, renew: bool = True, warm: Callable | None = None):
        self.func, self.streams, self.keys, self.workers, self.chunks = func, streams, keys, workers, chunks
        self.renew = renew  # a worker moving to another key's stream is replaced by a fresh process
        n = len(workers.pools)
        self.warm, self.warmed = warm, [False] * n  # run once by a worker left with nothing to take
        self.timing: list[list[float]] = [[] for _ in streams]  # per stream: seconds its finished chunks took
        self.issued = [0] * len(streams)  # chunks taken from each stream
        self.dry = [False] * len(streams)
        self.on = [min(w, len(streams) - 1) for w in range(n)]  # the stream each worker is on
        self.tasks: list[deque] = [deque() for _ in range(n)]  # per worker: ((stream, chunk number), async result)
        self.next: list[tuple | None] = [None] * n  # per worker: a chunk taken for it, waiting for a fresh process
        self.began = [0.0] * n  # per worker: when its running chunk began
        self.ran = [0] * n  # per worker: chunks it finished
        self.done: dict[tuple[int, int], list] = {}
        self.want = (0, 0)  # the next chunk to yield
        self.finished = threading.Event()  # set by the pools as each chunk ends: a worker with room is fed at once

    def results(self) -> Iterator:
        while True:
            self.finished.clear()  # before looking: a chunk ending from here on sets it again
            for w in range(len(self.tasks)):  # a worker's finished chunks out first, so it is fed whatever ended
                while self.tasks[w] and self.tasks[w][0][1].ready():
                    key, result = self.tasks[w].popleft()
                    self.done[key] = result.get()
                self._feed(w)
            ready = self._ready()
            if ready:
                for rows in ready:
                    yield from rows
            elif self.want[0] >= len(self.streams):
                return
            else:  # wait for any chunk to end (then the worker that ran it is fed), not only for the one wanted next
                self.finished.wait(0.5)

    def _take(self, w: int) -> tuple | None:
        """The next chunk for worker w, from its stream, else from the first stream still running that is worth a
        fresh process when it needs one."""
        while True:
            if self.dry[self.on[w]]:
                live = [g for g, dry in enumerate(self.dry) if not dry and self._worth(w, g)]
                if not live:
                    return None
                self.on[w] = live[0]
            g = self.on[w]
            chunk = next(self.streams[g], None)
            if chunk is None:
                self.dry[g] = True
                continue
            self.issued[g] += 1
            return g, self.issued[g] - 1, chunk

    def _worth(self, w: int, g: int) -> bool:
        """May worker w help with stream g? Always, unless that needs another language's models (a fresh process,
        or with ``renew=False`` a load in this one) and the stream's chunks left would be done, by the workers on it,
        sooner than HELP_MIN_SECONDS."""
        key = self.keys[g]
        if key is None or self.workers.held[w] in (None, key) or self.chunks is None:
            return True
        on = sum(1 for v in range(len(self.tasks)) if self.on[v] == g and v != w)
        if not self.timing[g]:
            return on == 0  # nothing timed yet (a worker's first chunk loads its models): ask again when one ends
        left = self.chunks[g] - self.issued[g]
        return left * sum(self.timing[g]) / len(self.timing[g]) / max(on, 1) > HELP_MIN_SECONDS

    def _feed(self, w: int) -> None:
        while len(self.tasks[w]) < 2:
            taken = self.next[w] or self._take(w)
            if taken is None:
                self._warm(w)
                return
            g, k, chunk = taken
            key = self.keys[g]
            if key is not None and self.workers.held[w] not in (None, key):
                if self.tasks[w] and self.renew:  # another language: a fresh process, once this one's chunks are in
                    self.next[w] = taken
                    return
                if self.renew:
                    self.workers.renew(w)
            self.next[w] = None
            if key is not None:
                self.workers.held[w] = key
            if not self.tasks[w]:  # before submitting: the chunk may end before apply_async returns
                self.began[w] = time.perf_counter()
            ended = partial(self._ended, w, g)
            self.tasks[w].append(((g, k), self.workers.pools[w].apply_async(self.func, (chunk,), callback=ended,
                                                                            error_callback=ended)))

    def _warm(self, w: int) -> None:
        """Worker w has no chunk left to take: it runs ``warm`` with its key, once, behind its queued chunks. Only a
        worker that ends on its own stream's key: the next stage starts it on that stream again (worker k on stream
        k), and one that ended helping with another language would load models it drops at once. Not while a stream
        whose chunks were never timed runs: it may still ask for this worker's help (_worth)."""
        key = self.workers.held[w]
        if self.warm is None or self.warmed[w] or key is None or key != self.keys[min(w, len(self.keys) - 1)]:
            return
        if not all(self.dry[g] or self.timing[g] for g in range(len(self.streams))):
            return
        self.warmed[w] = True
        self.workers.pools[w].apply_async(self.warm, (key,))  # a failure shows when the next stage loads them itself

    def _ended(self, w: int, g: int, _) -> None:  # in the pool's result thread
        now = time.perf_counter()  # a worker runs its chunks one after another: this one began when the last ended
        if self.ran[w]:  # a worker's first chunk loads its models: not a measure of the stream's chunks
            self.timing[g].append(now - self.began[w])
        self.ran[w] += 1
        self.began[w] = now
        self.finished.set()

    def _ready(self) -> list[list]:
        """The finished chunks that come next in input order, taken out of ``done``."""
        out = []
        while self.want[0] < len(self.streams):
            g, k = self.want
            if k == self.issued[g] and self.dry[g]:
                self.want = (g + 1, 0)
            elif self.want in self.done:
                out.append(self.done.pop(self.want))
                self.want = (g, k + 1)
            else:
                break
        return out


# -- one set of workers for a whole run ----------------------------------------------------------------
class _Workers:
    """``n`` single-process pools, started on the first map that needs them, each with the key (language) of the
    streams it has served (None: none yet)."""

    def __init__(self, n: int, start: str):
        self.n, self.start = n, start
        self.pools: list = []
        self.held: list[str | None] = []
        self.maps = 0  # maps started on these workers

    def serves(self, n_process: int, start: str) -> bool:
        return n_process == self.n and start == self.start

    def _pool(self):
        return multiprocessing.get_context(self.start).Pool(1, initializer=_die_with_parent)

    def renew(self, w: int) -> None:
        """Replace worker w (idle: its chunks are in) by a fresh process."""
        old = self.pools[w]
        old.close()  # gone before the fresh one starts: two processes never hold their memory at once
        old.join()
        self.pools[w], self.held[w] = self._pool(), None

    def map(self, func: Callable, streams: list[Iterator[list]], keys: list[str | None],
            chunks: list[int] | None = None, renew: bool = True, warm: Callable | None = None) -> Iterator:
        """:class:`_GroupedWork` on these workers: worker k starts on stream k; with one stream, every worker takes
        its chunks in turn."""
        release_memory()  # this process's, before its workers allocate
        if not self.pools:
            self.pools, self.held = [self._pool() for _ in range(self.n)], [None] * self.n
        else:  # what the last map freed goes back to the system before this one allocates (a pool's queue is FIFO)
            for pool in self.pools:
                pool.apply_async(release_memory, (False,))  # models are dropped only by nlp.hold, which releases
        work = _GroupedWork(func, streams, keys, self, chunks, renew, warm)
        self.maps += 1
        mine = self.maps
        try:
            yield from work.results()
        except GeneratorExit:  # the consumer stopped: after the last result (the workers are idle, keep them) or early
            # ... early: stop the chunks still running, unless a later map uses the workers by now (this generator was
            # only collected then); its chunks queue behind these, whose results nobody reads
            if any(work.tasks) and mine == self.maps:
                self.stop(now=True)
            raise
        except BaseException:  # an error or Ctrl-C: chunks may still be running
            self.stop(now=True)
            raise

    def stop(self, now: bool = False) -> None:
        pools, self.pools, self.held = self.pools, [], []
        for pool in pools:
            if now:
                pool.terminate()
            else:
                # No chunk is running: a worker leaves on the pool's end-of-work message. Pool.terminate() would send
                # SIGTERM instead, and a forked worker that has not yet run its initializer still has the parent's
                # handler; inside a Dagster step that handler only records the signal, and join() then waited for
                # ever (seen about once in a hundred pools).
                pool.close()
        for pool in pools:
            pool.join()


_RUN: _Workers | None = None


@contextmanager
def run_workers(n_process: int, start: str = "spawn") -> Iterator[None]:
    """Within this block, every :func:`map_chunks` and :func:`map_groups` asking for ``n_process`` workers started by
    ``start`` runs on the same workers: started when the first map needs them (a run with nothing new starts none),
    stopped when the block ends. A pipeline run wraps its stages in it, so that each worker starts once and keeps
    its models from stage to stage: starting a spawned worker and loading a model again cost ~0.6-1.5 s a stage.
    Nested blocks share the outer one's workers."""
    global _RUN
    if _RUN is not None or n_process <= 1:
        yield
        return
    _RUN = _Workers(n_process, start)
    # What this process holds as the run begins (Dagster's state, the imported libraries: ~220,000 objects) lives
    # through it: frozen, the garbage collector leaves it out, and the full collection before each map
    # (release_memory) takes ~0.01 s instead of ~0.09 s, during which no chunk goes out to the waiting workers.
    # (Not when the caller froze objects itself: unfreezing at the end would thaw those too.)
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        yield
    finally:
        workers, _RUN = _RUN, None
        try:
            workers.stop()
        finally:
            if freeze:
                gc.unfreeze()


# -- Dask distributed (tourpipe.cluster) ----------------------------------------------------------------
_CLUSTER_AT: tuple[str, tuple[str, ...]] | None = None  # the cluster asked for by use_cluster, and what it must see
_CLUSTER = None  # the tourpipe.cluster.DaskCluster started for it, once a chunk needed it


def _cluster():
    global _CLUSTER
    if _CLUSTER is None:
        from tourpipe.cluster import start_cluster  # Dask is imported only when a cluster is used

        address, must_see = _CLUSTER_AT
        cluster = start_cluster(address)
        try:
            cluster.check_paths(must_see)
        except BaseException:
            cluster.close()
            raise
        _CLUSTER = cluster
    return _CLUSTER


def _map_on_cluster(func: Callable[[list[T]], list[R]], items: Iterable[T], chunk_size: int) -> Iterator[R]:
    chunks = _chunks(items, chunk_size)
    first = next(chunks, None)
    if first is not None:  # a stage with nothing to do starts no cluster
        yield from _cluster().map(func, itertools.chain([first], chunks))


@contextmanager
def use_cluster(address: str | None, must_see: Sequence[str] = ()) -> Iterator[None]:
    """Within this block ``map_chunks`` runs on the Dask cluster at ``address`` (None or "": the local pool):
    a scheduler's address ("tcp://host:8786"), or ``local:N`` for a LocalCluster of N worker processes.

    The cluster is connected to (or started) when the first chunk needs it, and closed when the block ends:
    a block with no per-document work (a sensor tick, a run with nothing new) costs nothing. ``must_see``:
    paths every worker must reach (the seeds folder), checked once on connecting.
    """
    global _CLUSTER_AT, _CLUSTER
    if not address or _CLUSTER_AT is not None:  # no cluster asked for, or one is in use already (nested run)
        yield
        return
    _CLUSTER_AT = (address, tuple(must_see))
    try:
        yield
    finally:
        cluster, _CLUSTER_AT, _CLUSTER = _CLUSTER, None, None
        if cluster is not None:
            cluster.close()
