"""Every core: read and parse the inputs in worker processes, the results in input order.

* :func:`in_order` runs a function over a stream of items in ``jobs`` worker processes and
  yields the results in the items' order, so that the output is the same, byte for byte, as
  with one process.  Items that are not tasks (an error found by the walk, the end of a
  directory) pass through in their place.  A worker that dies on an item (a crash, the memory
  killer) costs that item only: the items in flight are run again one at a time in a fresh
  worker (a new one after each death), and the one that kills its worker again gets
  ``crashed(item)`` as its result.
* :func:`read_and_parse` is what a worker does for ``quotes``, ``speakers`` and ``verify``:
  one input read, decoded and parsed.
* :func:`verify_claims`: ``verify --claims`` in this process and processes forked from it,
  each taking a few claims at a time (the main process reading the claims' attributions
  first), the verdicts in claim order.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from quotecheck.errors import InputError
from quotecheck.model import Document, Quote

if TYPE_CHECKING:  # the reader (30 ms to import) only where inputs are read; the pool where one runs
    from concurrent.futures import Future, ProcessPoolExecutor

    from quotecheck.reader import Input

# Inputs go to a worker a chunk at a time: every chunk costs the main process about a millisecond
# (its messages, its future), a third of what the writing of an archive leaves it on two cores.
# The first chunks are small, so that a few inputs still spread over every worker; the size then
# doubles, every ``jobs`` chunks, up to ``CHUNK``.
FIRST_CHUNK = 4
CHUNK = 64
WINDOW = 4  # chunks in flight per worker: enough to keep them busy, few held in memory
CRASHED = "the worker process reading it crashed"


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def in_order(
    func: Callable[[Any], Any],
    items: Iterable[Any],
    *,
    jobs: int,
    is_task: Callable[[Any], bool],
    crashed: Callable[[Any], Any],
) -> Iterator[Any]:
    """``func(item)`` for each item that ``is_task``, the others as they are, in order."""
    items = iter(items)
    ahead: list[Any] = []
    if jobs > 1:  # a pool only pays for itself with two tasks or more
        tasks = 0
        for item in items:
            ahead.append(item)
            tasks += is_task(item)
            if tasks > 1:
                break
        else:
            jobs = 1
    stream = _chain(ahead, items)
    if jobs <= 1:
        for item in stream:
            yield func(item) if is_task(item) else item
        return
    yield from _pooled(func, stream, jobs, is_task, crashed)


def _chain(first: list[Any], rest: Iterator[Any]) -> Iterator[Any]:
    yield from first
    yield from rest


def _run_chunk(func: Callable[[Any], Any], chunk: list[Any]) -> list[Any]:
    return [func(item) for item in chunk]


def _quiet_worker() -> None:
    # Ctrl-C goes to the whole process group: the main process alone answers it
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # A main process killed outright (kill -9) tells no one: its workers, waiting for work on
    # pipes their siblings keep open, would wait for ever.  Each leaves when its parent is gone.
    parent = os.getppid()
    threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()


def _orphaned(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _executor(jobs: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_quiet_worker)


def _pooled(func, stream: Iterator[Any], jobs: int, is_task, crashed) -> Iterator[Any]:
    from concurrent.futures.process import BrokenProcessPool

    # the queue holds, in order, items passing through and (chunk, future) pairs
    queue: deque[tuple[bool, Any, Future | None]] = deque()
    executor = _executor(jobs)
    try:
        chunk: list[Any] = []
        size, sent = FIRST_CHUNK, 0

        def submit() -> None:
            nonlocal chunk, size, sent
            if chunk:
                try:
                    future = executor.submit(_run_chunk, func, chunk)
                except BrokenProcessPool as exc:  # a worker died before this was handed out:
                    future = _failed(exc)  # the chunk is run again with those in flight
                queue.append((True, chunk, future))
                chunk = []
                sent += 1
                if sent % jobs == 0 and size < CHUNK:
                    size *= 2

        for item in stream:
            if is_task(item):
                chunk.append(item)
                if len(chunk) >= size:
                    submit()
            else:
                submit()
                queue.append((False, item, None))
            while len(queue) > jobs * WINDOW or (queue and queue[0][2] is not None and queue[0][2].done()):
                results, executor = _head(queue, executor, func, jobs, crashed)
                yield from results
        submit()
        while queue:
            results, executor = _head(queue, executor, func, jobs, crashed)
            yield from results
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _head(queue, executor, func, jobs, crashed) -> tuple[list[Any], ProcessPoolExecutor]:
    """The results of the first entry of the queue (waiting for them), and the executor to go
    on with: a new one when a worker died."""
    is_chunk, payload, future = queue.popleft()
    if not is_chunk:
        return [payload], executor
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result(), executor
    except BrokenProcessPool:
        pass
    # A worker died: every chunk still in flight failed with it.  Run each of them again, one
    # item at a time, and make a new pool for the rest.
    executor.shutdown(wait=True, cancel_futures=True)
    pending = [(True, payload, future), *queue]
    queue.clear()
    results: list[Any] = []
    for is_chunk, payload, future in pending:
        if not is_chunk:
            queue.append((False, payload, None))
            continue
        if future.done() and future.exception() is None:
            queue.append((True, payload, future))
            continue
        queue.append((True, payload, _resolved(_one_at_a_time(func, payload, crashed))))
    # the first entry is the failed chunk itself, now resolved
    is_chunk, payload, future = queue.popleft()
    results.extend(future.result() if is_chunk else [payload])
    return results, _executor(jobs)


def _one_at_a_time(func, items: list[Any], crashed) -> list[Any]:
    """``func`` of each item, in a fresh worker that takes them one after another; when it dies,
    the item it died on is run again alone (``crashed(item)`` if that kills its worker too), and
    a fresh worker goes on with the rest: one process per crash, not one per item."""
    from concurrent.futures.process import BrokenProcessPool

    out: list[Any] = []
    while len(out) < len(items):
        rest = items[len(out):]
        with _executor(1) as single:
            futures = []
            for item in rest:
                try:
                    futures.append(single.submit(func, item))
                except BrokenProcessPool:
                    break  # it died already, on one of those submitted
            if not futures:
                out.append(_alone(func, rest[0], crashed))
                continue
            for item, future in zip(rest, futures):
                try:
                    out.append(future.result())
                except BrokenProcessPool:
                    # (the item that died, or one done just before the death was noticed)
                    out.append(_alone(func, item, crashed))
                    break
    return out


def _alone(func, item, crashed) -> Any:
    from concurrent.futures.process import BrokenProcessPool

    with _executor(1) as single:
        try:
            return single.submit(func, item).result()
        except BrokenProcessPool:
            return crashed(item)


def _failed(exc: BaseException) -> Future:
    from concurrent.futures import Future

    future: Future = Future()
    future.set_exception(exc)
    return future


def _resolved(value: Any) -> Future:
    from concurrent.futures import Future

    future: Future = Future()
    future.set_result(value)
    return future


# --------------------------------------------------------------------------- what workers do

Parsed = tuple  # (Document | InputError, tuple[Quote, ...])
Parse = Callable[[Document], list[Quote]]


def read_and_parse(task: tuple[Input, str | None, str | None, Parse]) -> Parsed:
    """One input read (``encoding`` forced or detected), its date set to ``date`` when given,
    and parsed: ``(document, quotes)``, or ``(InputError, ())``."""
    from quotecheck.reader import read_input

    item, encoding, date, parse = task
    doc = read_input(item, encoding)
    if isinstance(doc, InputError):
        return doc, ()
    if date is not None:
        doc = Document(doc.source, doc.text, date, "option", doc.warnings)
    return doc, tuple(parse(doc))


def parse_crashed(task: tuple) -> Parsed:
    return InputError(task[0].path, CRASHED), ()


def is_parse_task(item: Any) -> bool:
    from quotecheck.reader import Input

    return isinstance(item, tuple) and len(item) == 4 and isinstance(item[0], Input)


def parsed_inputs(
    found: Iterable[Any], *, jobs: int, encoding: str | None, date: str | None, parse: Parse
) -> Iterator[Any]:
    """Every input of a walk (:func:`quotecheck.reader.iter_inputs`) read and parsed, in order:
    ``(document, quotes)`` or ``(InputError, ())`` per input, the walk's errors and ends of
    directories as they are.  Standard input is read here, in this process."""
    from quotecheck.reader import Input

    tasks = ((item, encoding, date, parse) if isinstance(item, Input) else item for item in found)
    for item in in_order(read_and_parse, tasks, jobs=jobs, is_task=_in_worker, crashed=parse_crashed):
        yield read_and_parse(item) if is_parse_task(item) else item


def _in_worker(item: Any) -> bool:
    return is_parse_task(item) and item[0].path != "-"


# --------------------------------------------------------------------------- claims

CLAIMS_AT_ONCE = 8  # claims a process takes at a time
FORK_FROM = 50  # claims: fewer are checked in this process alone


def verify_claims(found: Sequence[Any], index: Any, *, jobs: int, threshold: float | None,
                  all_matches: bool) -> tuple[list[Any], list[Any]]:
    """The claims of ``found`` (:class:`quotecheck.claims.Claim`, or an
    :class:`quotecheck.claims.Attributed` whose attribution is read here) and their verdicts
    (:func:`quotecheck.verify.verify`), in claim order, checked in ``jobs`` processes: this one
    and ``jobs - 1`` forked from it, which inherit the index (an archive's opens its own
    connection in each).  Each takes a few claims at a time until none are left; this one
    reads a few attributions first (the parser's data loaded once, here) while the others
    start, and many are read by whichever process takes them.
    A process that dies costs nothing: the claims it took are checked here again.  Where
    processes cannot be forked, or for fewer than ``FORK_FROM`` claims, this process checks
    them all."""
    from quotecheck.verify import verify

    def check(claim: Any) -> list[Any]:
        return verify(claim, index, threshold=threshold, all_matches=all_matches)

    # What there is now (the modules, the index) lives as long as the checking: out of the
    # garbage collector's rounds meanwhile, in this process and in those forked from it (whose
    # pages it then shares rather than copies).
    gc.freeze()
    try:
        if jobs <= 1 or len(found) < FORK_FROM or "fork" not in multiprocessing.get_all_start_methods():
            from quotecheck.claims import claims_read

            claims = claims_read(list(found))
            return claims, [v for c in claims for v in check(c)]
        return _forked(found, check, jobs)
    finally:
        gc.unfreeze()


def _forked(found: Sequence[Any], check: Callable[[Any], list[Any]], jobs: int) -> tuple[list[Any], list[Any]]:
    """:func:`verify_claims` in this process and ``jobs - 1`` forked from it."""
    from quotecheck.claims import Claim

    def read_and_check(k: int) -> tuple[Any, list[Any]]:
        claim = found[k] if isinstance(found[k], Claim) else found[k].claim()
        return claim, check(claim)

    # A few attributions are read here (the parser's data loaded in this process alone) while
    # the others start; many are read by whichever process takes them.
    attributed = [k for k, c in enumerate(found) if not isinstance(c, Claim)]
    here = attributed if len(attributed) * 2 * jobs <= len(found) else []
    pooled = sorted(set(range(len(found))).difference(here))
    chunks = [pooled[i:i + CLAIMS_AT_ONCE] for i in range(0, len(pooled), CLAIMS_AT_ONCE)]
    context = multiprocessing.get_context("fork")
    taken = context.Value("q", 0)
    claims: list[Any] = list(found)
    verdicts: list[list[Any] | None] = [None] * len(found)
    workers = []
    for stream in (sys.stdout, sys.stderr):  # nothing buffered here is written twice
        if stream is not None:
            stream.flush()
    try:
        for _ in range(jobs - 1):
            receive, send = context.Pipe(duplex=False)
            worker = context.Process(target=_claims_worker, args=(taken, chunks, read_and_check, send),
                                     daemon=True)
            worker.start()
            send.close()
            workers.append((worker, receive))
        for k in here:
            claims[k], verdicts[k] = read_and_check(k)
        for n in _chunks_taken(taken, len(chunks)):
            for k in chunks[n]:
                claims[k], verdicts[k] = read_and_check(k)
        for worker, receive in workers:
            try:
                for n, checked in receive.recv():
                    for k, (claim, v) in zip(chunks[n], checked):
                        claims[k], verdicts[k] = claim, v
            except (EOFError, OSError, pickle.UnpicklingError):
                pass  # the worker died: what it took is checked below
        for k, v in enumerate(verdicts):
            if v is None:
                claims[k], verdicts[k] = read_and_check(k)
    finally:
        for worker, receive in workers:
            receive.close()
            if worker.is_alive():
                worker.kill()
            worker.join()
    return claims, [v for vs in verdicts if vs is not None for v in vs]


def _chunks_taken(taken: Any, count: int) -> Iterator[int]:
    """The chunks this process takes, one at a time, until every one is taken."""
    while True:
        with taken.get_lock():
            n = taken.value
            taken.value = n + 1
        if n >= count:
            return
        yield n


def _claims_worker(taken: Any, chunks: list[list[int]], read_and_check: Callable[[int], tuple[Any, list[Any]]],
                   send: Any) -> None:
    _quiet_worker()
    code = 1  # a bug here: the main process checks these claims again, and reports it
    try:
        send.send([(n, [read_and_check(k) for k in chunks[n]]) for n in _chunks_taken(taken, len(chunks))])
        code = 0
    finally:
        os._exit(code)  # nothing of the main process's to run here (its exit handlers, its output)
