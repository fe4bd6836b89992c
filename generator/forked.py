"""A function run in a forked child process while the caller goes on: its value or its exception, later.

The slow stages that depend on nothing the caller does next (validating the document, making the models with
datamodel-code-generator) run this way so they overlap the rest of the run. A fork inherits everything already
imported and built, so nothing is sent to the child; its result comes back pickled through a pipe.

What can go wrong, and what happens:
- the function raises: `result()` raises the same exception in the caller (or, if it cannot be pickled, a
  `ForkedError` naming its type and message), with the child's traceback as a note;
- the child dies without a result (killed, out of memory): `result()` raises `ForkedError` saying how it ended;
- the caller gives up first (an error of its own, Ctrl-C): `close()` kills and reaps the child.
The caller never writes anything before it has every result, so a failure leaves the output as it was.
Without `os.fork` (Windows), with a single CPU or with CONDUCTOR_CODEGEN_NO_FORK=1 in the environment, the
function simply runs in process, at construction: same values, same exceptions.
"""

from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_CHILD_FAILED = 70  # the child's exit status when even reporting its result failed


class ForkedError(Exception):
    """The child process could not deliver a result."""


def can_fork() -> bool:
    """Whether to fork: a platform with fork, more than one CPU, and CONDUCTOR_CODEGEN_NO_FORK not set."""
    if os.environ.get("CONDUCTOR_CODEGEN_NO_FORK"):
        return False
    return hasattr(os, "fork") and (os.cpu_count() or 1) > 1


class Forked(Generic[T]):
    """`function` run in a forked child; `result()` gives back what it returned or raised.

    With `wait_for_input`, the child is started before its input is known: it runs `warm_up` (imports, say) at
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
        self._pid: int | None = None
        self._read = self._write = -1  # our ends: the child's result, the child's input
        self._value: T | None = None
        self._error: BaseException | None = None
        if not can_fork():
            if not wait_for_input:
                self._run_here()
            return
        result_read, result_write = os.pipe()
        input_read, input_write = os.pipe() if wait_for_input else (-1, -1)
        for stream in (sys.stdout, sys.stderr):  # or the child could flush the caller's pending output again
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child (coverage does not follow it)
            # The ends other children's pipes have in the caller: held here, they would keep those children
            # from ever seeing the end of their input.
            for fd in _CALLER_ENDS | {result_read, input_write} - {-1}:
                try:
                    os.close(fd)
                except OSError:
                    pass
            _run_child(function, result_write, input_read, warm_up)
        os.close(result_write)
        if input_read != -1:
            os.close(input_read)
        self._pid, self._read, self._write = pid, result_read, input_write
        _CALLER_ENDS.update(fd for fd in (result_read, input_write) if fd != -1)

    @property
    def forked(self) -> bool:
        return self._pid is not None

    def send(self, value: object) -> None:
        """The input of a job started with `wait_for_input`. The child unpickles it while its warm-up runs."""
        if not self._wait_for_input:
            raise ValueError(f"the job making {self.what} takes no input")
        self._sent = True
        if self._pid is None:
            self._run_here(value)
            return
        write, self._write = self._write, -1
        _CALLER_ENDS.discard(write)
        try:
            _write_all(write, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        except BrokenPipeError:  # the child is gone: result() says how it ended
            pass
        finally:
            os.close(write)

    def result(self) -> T:
        """The function's return value; raises what it raised. Waits for the child to finish."""
        if self._pid is not None:
            self._collect()
        elif self._wait_for_input and not self._sent:
            raise ForkedError(f"the job making {self.what} was never given its input")
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]

    def close(self) -> None:
        """Stop the child if its result was never collected. Safe to call more than once."""
        if self._pid is None:
            return
        try:
            os.kill(self._pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _reap(self._pid)
        self._pid = None
        self._close_ends()

    def _run_here(self, *args: object) -> None:
        try:
            self._value = self._function(*args)
        except Exception as exc:  # raised by result(), where the forked case raises it too
            self._error = exc

    def _close_ends(self) -> None:
        for fd in (self._read, self._write):
            if fd != -1:
                _CALLER_ENDS.discard(fd)
                os.close(fd)
        self._read = self._write = -1

    def _collect(self) -> None:
        pid, read = self._pid, self._read
        assert pid is not None
        if self._write != -1:  # never sent: closing the input makes the child give up
            self._error = ForkedError(f"the job making {self.what} was never given its input")
            _CALLER_ENDS.discard(self._write)
            os.close(self._write)
            self._write = -1
        chunks = []
        try:
            while chunk := os.read(read, 1 << 20):
                chunks.append(chunk)
        finally:
            self._pid = None
            self._close_ends()
            status = _reap(pid)
        if self._error is not None:
            return
        data = b"".join(chunks)
        try:
            outcome = pickle.loads(data) if data else None
        except Exception:  # a child killed halfway through writing
            outcome = None
        if not (isinstance(outcome, tuple) and len(outcome) == 3):
            self._error = ForkedError(
                f"the process making {self.what} ended without a result ({_describe(status)}). Run again; if it "
                "keeps failing, CONDUCTOR_CODEGEN_NO_FORK=1 runs every stage in one process, where the error shows "
                "directly"
            )
            return
        kind, value, child_traceback = outcome
        if kind == "value":
            self._value = value
            return
        error = value if isinstance(value, BaseException) else ForkedError(str(value))
        if child_traceback and hasattr(error, "add_note"):
            error.add_note(f"in the process making {self.what}:\n{child_traceback.rstrip()}")
        self._error = error


# The caller's ends of every running child's pipes (see Forked.__init__).
_CALLER_ENDS: set[int] = set()


def _run_child(
    function: Callable[..., Any], write: int, input_read: int, warm_up: Callable[[], object] | None
) -> None:  # pragma: no cover - runs in the child
    # A child lives a second or two and ends with os._exit: its cycles are freed with it. Without the cyclic
    # garbage collector, the models take ~15% less time (datamodel-code-generator makes many objects), for a few MB.
    gc.disable()
    status = 0
    try:
        args: tuple[Any, ...] = ()
        if input_read != -1:
            # The input is read by a thread while the warm-up runs: the caller's send() does not wait for it.
            chunks: list[bytes] = []
            reader = threading.Thread(target=_read_all, args=(input_read, chunks), daemon=True)
            reader.start()
            if warm_up is not None:
                try:
                    warm_up()
                except Exception:  # the function meets the same problem again, and reports it
                    pass
            reader.join()
            if not chunks:  # the caller gave up before sending anything
                os._exit(0)
            args = (pickle.loads(b"".join(chunks)),)
        try:
            outcome: tuple[str, Any, str] = ("value", function(*args), "")
        except BaseException as exc:  # everything goes back to the caller, KeyboardInterrupt included
            outcome = ("error", _portable(exc), traceback.format_exc())
        try:
            data = pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # a result that cannot be pickled is a bug of ours: say so
            data = pickle.dumps(("error", ForkedError(f"its result cannot be sent back: {exc}"), ""))
        _write_all(write, data)
    except BaseException:
        status = _CHILD_FAILED
    finally:
        # No atexit handlers, no flushing of buffers inherited from the caller: they belong to the caller.
        os._exit(status)


def _read_all(fd: int, chunks: list[bytes]) -> None:  # pragma: no cover - runs in the child
    try:
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _portable(exc: BaseException) -> BaseException:
    """The exception itself when it survives pickling, else a ForkedError carrying its type and message."""
    try:
        pickle.loads(pickle.dumps(exc, protocol=pickle.HIGHEST_PROTOCOL))
        return exc
    except Exception:
        return ForkedError(f"{type(exc).__name__}: {exc}")


def _reap(pid: int) -> int:
    while True:
        try:
            return os.waitpid(pid, 0)[1]
        except InterruptedError:  # pragma: no cover - retried by Python itself since 3.5
            continue
        except ChildProcessError:
            return 0


def _describe(status: int) -> str:
    if os.WIFSIGNALED(status):
        number = os.WTERMSIG(status)
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = str(number)
        return f"killed by signal {name}"
    return f"exit status {os.WEXITSTATUS(status)}" if os.WIFEXITED(status) else f"status {status}"
