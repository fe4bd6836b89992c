"""A function run in a worker process while the caller goes on: its value or its exception, later.

The slow stages that depend on nothing the caller does next (validating the document, making the models with
datamodel-code-generator) run this way so that they overlap the rest of the run. The processes are the standard
library's: a `concurrent.futures.ProcessPoolExecutor` with the fork start method (the workers inherit everything
already imported), shared by the jobs of one run (`Stages`). Its two workers are forked at its first
job, before the pool starts any thread of its own (that is how the executor forks), and nothing else in a run starts
a thread before them: no fork ever happens in a multi-threaded process, which Python 3.12+ warns may deadlock the
child (a program that embeds the generator and runs threads of its own gets forkserver workers: `start_method`).
A job's function and arguments go to the worker pickled (module-level functions and partials of them).

What can go wrong, and what happens:
- the function raises: `result()` raises the same exception (the executor attaches the worker's traceback as its
  `__cause__`, on every Python), or, if it cannot be pickled, a `ForkedError` naming its type and message;
- the worker dies without a result (killed, out of memory): `result()` raises `ForkedError` saying how it ended;
- the caller gives up first (an error of its own, Ctrl-C): `close()` (or the run's `Stages.close()`) kills the workers.
The caller never writes anything before it has every result, so a failure leaves the output as it was.
Without fork (Windows), with a single CPU or with CONDUCTOR_CODEGEN_NO_FORK=1 in the environment, the function
simply runs in process: at construction, or at `send()`, with the same values and exceptions.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import Connection
from typing import Any, Generic, TypeVar

T = TypeVar("T")
WORKERS = 2  # the models and the validation
_NEVER_SENT = "conductor-codegen: no input"


class ForkedError(Exception):
    """The worker process could not deliver a result."""


def can_fork() -> bool:
    """Whether to fork: a platform with fork, more than one CPU, and CONDUCTOR_CODEGEN_NO_FORK not set."""
    if os.environ.get("CONDUCTOR_CODEGEN_NO_FORK"):
        return False
    return "fork" in multiprocessing.get_all_start_methods() and (os.cpu_count() or 1) > 1


def start_method() -> str:
    """fork, unless this process already runs other threads: then forkserver, whose server forks the workers from
    a process of one thread. A run of the command line never has other threads when its pool starts; a program
    embedding the generator may, and its workers then import what they need themselves (about 0.5 s more)."""
    if threading.active_count() > 1 and "forkserver" in multiprocessing.get_all_start_methods():
        return "forkserver"
    return "fork"


class _Pool:
    """The worker processes of one run, forked at the first job."""

    def __init__(self) -> None:
        self._executor: ProcessPoolExecutor | None = None
        self._workers: list[multiprocessing.process.BaseProcess] = []
        self.forks = start_method() == "fork"  # the workers inherit this process (its imports, its pipes)

    @property
    def started(self) -> bool:
        return self._executor is not None

    def submit(self, function: Callable[..., Any], *args: Any) -> Future[Any]:
        if self._executor is not None:
            return self._executor.submit(function, *args)
        before = set(multiprocessing.active_children())
        context = multiprocessing.get_context("fork" if self.forks else "forkserver")
        self._executor = ProcessPoolExecutor(WORKERS, context, initializer=_worker_start)
        future = self._executor.submit(function, *args)  # forks every worker, then starts the executor's thread
        self._workers = [p for p in multiprocessing.active_children() if p not in before]
        return future

    def _all_workers(self) -> list[multiprocessing.process.BaseProcess]:
        """Every worker the executor started. With forkserver (and spawn) the executor starts its workers one at a
        time, as jobs come, so the list taken at the first job can miss the second; killing one worker and not
        the other leaves the survivor blocked for ever on the job queue's lock, which the killed one may have held
        (a hang seen in the test suite). The executor keeps its processes in `_processes` (3.10 to 3.13; 3.14
        adds a public `kill_workers()`), read here for want of a public list."""
        found = list(self._workers)
        processes = getattr(self._executor, "_processes", None) or {}
        found += [p for p in list(processes.values()) if p not in found]
        return found

    def how_it_ended(self) -> str:
        """How the workers that died ended ("killed by signal SIGKILL"), for the error of a broken pool."""
        endings = []
        deadline = time.monotonic() + 5
        for worker in self._all_workers():
            worker.join(timeout=max(0.0, deadline - time.monotonic()))
            # The executor's own thread reaps the workers of a broken pool at the same moment: when it wins, our
            # join returns at once with no exit code yet (its waitpid got the status), until that thread records it.
            while worker.exitcode is None and time.monotonic() < deadline:
                time.sleep(0.01)
            code = worker.exitcode
            if code is None or code == 0 or code == -signal.SIGTERM:  # SIGTERM: the executor ending the others
                continue
            endings.append(_describe(code))
        return ", ".join(dict.fromkeys(endings)) or "ended abruptly"

    def close(self, *, kill: bool) -> None:
        """Stop the workers (at once with `kill`, else once their jobs are done) and the executor's thread."""
        if self._executor is None:
            return
        workers = self._all_workers()
        if kill:
            for worker in workers:
                if worker.is_alive():
                    worker.kill()
        self._executor.shutdown(wait=True, cancel_futures=True)
        for worker in workers:
            worker.join()
        self._executor = None


_current: _Pool | None = None


class Stages:
    """One run: the jobs made until `close()` share one pool, whose workers `close()` kills if the run leaves them
    anything to do. Also a context manager."""

    def __init__(self) -> None:
        global _current
        self._pool: _Pool | None = None
        if _current is None and can_fork():
            self._pool = _current = _Pool()

    def close(self) -> None:
        global _current
        if self._pool is not None:
            if _current is self._pool:
                _current = None
            self._pool.close(kill=True)
            self._pool = None

    def __enter__(self) -> Stages:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class Forked(Generic[T]):
    """`function` run in a worker process; `result()` gives back what it returned or raised.

    With `wait_for_input`, the job starts before its input is known: the worker runs `warm_up` (imports, say) at
    once, then waits for the value `send()` gives it and returns `function(value)`. Without, it runs `function()`.
    """

    def __init__(
        self,
        what: str,
        function: Callable[..., T],
        *,
        warm_up: Callable[[], object] | None = None,
        wait_for_input: bool = False,
    ) -> None:
        self.what = what  # for messages: "the validation", "the models"
        self._function = function
        self._wait_for_input = wait_for_input
        self._sent = False
        self._value: T | None = None
        self._error: BaseException | None = None
        self._future: Future[Any] | None = None
        self._input: Connection | None = None  # our end of the pipe the worker reads its input from
        self._pool: _Pool | None = None
        self._own_pool = False
        if not can_fork():
            if not wait_for_input:
                self._run_here()
            return
        self._own_pool = _current is None
        self._pool = _Pool() if _current is None else _current
        if not wait_for_input:
            self._future = self._pool.submit(_portable_call, function)
        elif not self._pool.started and self._pool.forks:
            # The input travels through a pipe made before the fork, so the worker can warm up meanwhile.
            read, write = multiprocessing.get_context("fork").Pipe(duplex=False)
            _INPUTS[id(read)] = read
            _SEND_ENDS.append(write)
            try:
                self._future = self._pool.submit(_warm_then_run, id(read), function, warm_up)
            finally:
                del _INPUTS[id(read)]
                _SEND_ENDS.remove(write)
                read.close()  # the worker holds its own copy
            self._input = write
        # else: the pool started already, or its workers are not forked from here: send() submits function(value)

    @property
    def forked(self) -> bool:
        return self._pool is not None

    def send(self, value: object) -> None:
        """The input of a job started with `wait_for_input`."""
        if not self._wait_for_input:
            raise ValueError(f"the job making {self.what} takes no input")
        self._sent = True
        if self._pool is None:
            self._run_here(value)
        elif self._input is not None:
            connection, self._input = self._input, None
            try:
                connection.send(value)
            except (BrokenPipeError, ConnectionError):  # the worker is gone: result() says how it ended
                pass
            finally:
                connection.close()
        else:
            self._future = self._pool.submit(_portable_call, self._function, value)

    def result(self) -> T:
        """The function's return value; raises what it raised. Waits for the worker."""
        if self._wait_for_input and not self._sent:
            self.close()
            raise ForkedError(f"the job making {self.what} was never given its input")
        if self._future is not None:
            self._collect()
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]

    def close(self) -> None:
        """Stop the job if its result was never collected. Safe to call more than once."""
        if self._input is not None:
            self._input.close()  # the worker reads end-of-file and gives up
            self._input = None
        if self._future is not None and not self._future.done():
            self._future.cancel()
            if self._own_pool and self._pool is not None:
                self._pool.close(kill=True)
        elif self._own_pool and self._pool is not None:
            self._pool.close(kill=False)

    def _run_here(self, *args: object) -> None:
        try:
            self._value = self._function(*args)
        except Exception as exc:  # raised by result(), where the forked case raises it too
            self._error = exc

    def _collect(self) -> None:
        future, self._future = self._future, None
        assert future is not None and self._pool is not None
        try:
            self._value = future.result()
        except BrokenProcessPool:
            self._error = ForkedError(
                f"the process making {self.what} ended without a result ({self._pool.how_it_ended()}). Run again; "
                "if it keeps failing, CONDUCTOR_CODEGEN_NO_FORK=1 runs every stage in one process, where the error "
                "shows directly"
            )
        except pickle.PicklingError as exc:
            self._error = ForkedError(f"the job making {self.what} could not be sent to its process: {exc}")
        except BaseException as exc:  # the function's own exception, its traceback in __cause__
            self._error = exc
        finally:
            if self._own_pool:
                self._pool.close(kill=self._error is not None)
        if isinstance(self._value, _Failure):
            self._error, self._value = ForkedError(self._value.text), None
            if self._error.args[0] == _NEVER_SENT:
                self._error = ForkedError(f"the job making {self.what} was never given its input")


# The read ends of input pipes, by key, while a pool is being forked: the worker finds its own here.
_INPUTS: dict[int, Connection] = {}
# The caller's ends of those pipes, while a pool is being forked: a worker closes its copies at once, or its own
# copy would keep it from ever reading the end of its input when the caller gives up.
_SEND_ENDS: list[Connection] = []


def _worker_start() -> None:
    for connection in _SEND_ENDS:
        connection.close()
    # A worker lives a second or two: without the cyclic garbage collector the models take ~15% less time
    # (datamodel-code-generator makes many objects), for a few MB.
    gc.disable()


class _Failure:
    """What a worker returns when the function's exception cannot be pickled back: its type and message."""

    def __init__(self, text: str) -> None:
        self.text = text


def _warm_then_run(key: int, function: Callable[[Any], Any], warm_up: Callable[[], object] | None) -> Any:
    """In the worker: warm up while the caller prepares the input, then run the function on it."""
    connection = _INPUTS[key]
    for other in [c for k, c in _INPUTS.items() if k != key]:
        other.close()
    if warm_up is not None:
        try:
            warm_up()
        except Exception:  # the function meets the same problem again, and reports it
            pass
    try:
        value = connection.recv()
    except EOFError:  # the caller gave up before sending anything
        return _Failure(_NEVER_SENT)
    finally:
        connection.close()
    return _portable_call(function, value)


def _portable_call(function: Callable[..., Any], *args: Any) -> Any:
    try:
        return function(*args)
    except BaseException as exc:
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # the exception would not survive the way back: send its type and message instead
            return _Failure(f"{type(exc).__name__}: {exc}")
        raise


def _describe(code: int) -> str:
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        return f"killed by signal {name}"
    return f"exit status {code}"
