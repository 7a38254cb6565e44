"""Every core: read and parse the inputs in worker processes, the results in input order.

* :func:`in_order` runs a function over a stream of items in ``jobs`` worker processes and
  yields the results in the items' order, so that the output is the same, byte for byte, as
  with one process.  Items that are not tasks (an error found by the walk, the end of a
  directory) pass through in their place.  A worker that dies on an item (a crash, the memory
  killer) costs that item only: the items in flight are run again one at a time, each in a
  fresh worker, and the one that kills its worker again gets ``crashed(item)`` as its result.
* :func:`read_and_parse` is what a worker does for ``quotes``, ``speakers`` and ``verify``:
  one input read, decoded and parsed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from quotecheck.errors import InputError
from quotecheck.model import Document, Quote

if TYPE_CHECKING:  # the reader (30 ms to import) only where inputs are read
    from quotecheck.reader import Input

CHUNK = 4  # inputs sent to a worker at a time
WINDOW = 8  # chunks in flight per worker: enough to keep them busy, few held in memory
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
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_quiet_worker)


def _pooled(func, stream: Iterator[Any], jobs: int, is_task, crashed) -> Iterator[Any]:
    # the queue holds, in order, items passing through and (chunk, future) pairs
    queue: deque[tuple[bool, Any, Future | None]] = deque()
    executor = _executor(jobs)
    try:
        chunk: list[Any] = []

        def submit() -> None:
            nonlocal chunk
            if chunk:
                queue.append((True, chunk, executor.submit(_run_chunk, func, chunk)))
                chunk = []

        for item in stream:
            if is_task(item):
                chunk.append(item)
                if len(chunk) >= CHUNK:
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
    try:
        return future.result(), executor
    except BrokenProcessPool:
        pass
    # A worker died: every chunk still in flight failed with it.  Run each of them again, one
    # item at a time in a worker of its own, and make a new pool for the rest.
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
        done = [_alone(func, item, crashed) for item in payload]
        queue.append((True, payload, _resolved(done)))
    # the first entry is the failed chunk itself, now resolved
    is_chunk, payload, future = queue.popleft()
    results.extend(future.result() if is_chunk else [payload])
    return results, _executor(jobs)


def _alone(func, item, crashed) -> Any:
    with _executor(1) as single:
        try:
            return single.submit(func, item).result()
        except BrokenProcessPool:
            return crashed(item)


def _resolved(value: Any) -> Future:
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

CLAIMS_AT_ONCE = 25  # claims sent to a worker at a time
_verifying: tuple | None = None  # (index, threshold, all_matches): what forked workers inherit


def verify_claims(claims: Iterable[Any], index: Any, *, jobs: int, threshold: float | None,
                  all_matches: bool) -> list[Any]:
    """:func:`quotecheck.verify.verify_all` over many claims in ``jobs`` worker processes,
    verdicts in claim order.  The workers are forked from this process and inherit the index
    (an archive's opens its own connection in each); where processes cannot be forked, or for
    a few claims, this process checks them all."""
    from quotecheck.verify import verify_all

    global _verifying
    claims = list(claims)
    if jobs <= 1 or len(claims) < 2 * CLAIMS_AT_ONCE or "fork" not in multiprocessing.get_all_start_methods():
        return verify_all(claims, index, threshold=threshold, all_matches=all_matches)
    chunks = [claims[i:i + CLAIMS_AT_ONCE] for i in range(0, len(claims), CLAIMS_AT_ONCE)]
    _verifying = (index, threshold, all_matches)
    try:
        out: list[Any] = []
        for verdicts in in_order(_verify_chunk, chunks, jobs=jobs, is_task=_always, crashed=_verify_here):
            out.extend(verdicts)
        return out
    finally:
        _verifying = None


def _verify_chunk(claims: list[Any]) -> list[Any]:
    from quotecheck.verify import verify_all

    assert _verifying is not None  # set before the workers are forked
    index, threshold, all_matches = _verifying
    return verify_all(claims, index, threshold=threshold, all_matches=all_matches)


def _verify_here(claims: list[Any]) -> list[Any]:
    # a worker died on these claims twice: check them here, where a bug gets its error line
    return _verify_chunk(claims)


def _always(_item: Any) -> bool:
    return True
