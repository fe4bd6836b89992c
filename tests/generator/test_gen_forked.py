"""The stages run in worker processes (generator/forked.py: a fork-context ProcessPoolExecutor): values and errors come back, nothing hangs, a failed
run leaves the output folder as it was, and without fork the same output comes from one process."""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
import traceback
import warnings
from pathlib import Path
from typing import Any

import pytest
from gen_support import COMMITTED_SPEC, PACKAGE, SPECS, Build, generate_into, make_workspace, run_cli, tree_hashes

from generator import forked
from generator.forked import Forked, ForkedError, Stages
from generator.render import models as render_models
from generator.render import package as render_package
from generator.render.package import render_tree, start_models

needs_fork = pytest.mark.skipif(not forked.can_fork(), reason="needs os.fork and two CPUs")
SMALL = SPECS / "small.json"


@pytest.fixture(autouse=True)
def _no_thread_left_by_earlier_tests() -> None:
    """These tests expect the fork start method, which a process running other threads does not get: a thread an
    earlier test left running is named here rather than failing a test below in a puzzling way."""
    others = [t.name for t in threading.enumerate() if t is not threading.main_thread()]
    assert others == [], f"threads left running by earlier tests: {others}"


class Unpicklable(Exception):
    def __init__(self, code: int, detail: str) -> None:  # two arguments: pickle rebuilds it with one, and fails
        super().__init__(f"{code}: {detail}")


# A job's function goes to its worker pickled: module-level functions (or partials of them), not lambdas.
def _a_value() -> dict[str, Any]:
    return {"pid": os.getpid(), "text": "é" * 300_000}


def _fails() -> None:
    raise ValueError("schema Workflow: bad")


def _fails_unpicklable() -> None:
    raise Unpicklable(7, "lost")


def _dies() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def _doubled_and_warm(n: int) -> tuple[int, bool]:
    return n * 2, "json.decoder" in sys.modules


def _warm_up() -> None:
    __import__("json.decoder")


def _plus_one(n: int) -> int:
    return n + 1


def _sleep() -> None:
    time.sleep(60)


def _nap() -> None:
    time.sleep(1)


def _killed(*args: Any, **kwargs: Any) -> Any:
    os.kill(os.getpid(), signal.SIGKILL)


def _workers_gone(before: set[int]) -> bool:
    """No process forked by the test is left, running or unreaped."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if _children() <= before:
            return True
        time.sleep(0.05)
    return False


@needs_fork
def test_value_comes_back_from_the_worker() -> None:
    job = Forked("a value", _a_value)
    assert job.forked
    value = job.result()
    assert value["pid"] != os.getpid() and value["text"] == "é" * 300_000


@needs_fork
def test_exception_comes_back_with_its_type_message_and_the_workers_traceback() -> None:
    """On every Python (3.10 has no add_note): the worker's traceback is the exception's cause, printed with it."""
    job = Forked("a failure", _fails)
    with pytest.raises(ValueError, match="schema Workflow: bad") as info:
        job.result()
    printed = "".join(traceback.format_exception(info.value))
    assert "in _fails" in printed and 'raise ValueError("schema Workflow: bad")' in printed


@needs_fork
def test_an_exception_that_cannot_travel_is_named() -> None:
    with pytest.raises(ForkedError, match="Unpicklable: 7: lost"):
        Forked("a failure", _fails_unpicklable).result()


@needs_fork
def test_a_worker_killed_midway_is_an_error_not_a_hang() -> None:
    started = time.monotonic()
    with pytest.raises(ForkedError, match=r"the process making the models ended without a result \(killed by "
                                          r"signal SIGKILL\)"):
        Forked("the models", _dies).result()
    assert time.monotonic() - started < 10


@needs_fork
def test_input_sent_after_the_start_and_the_warm_up_runs_first() -> None:
    job: Forked[tuple[int, bool]] = Forked("a doubling", _doubled_and_warm, warm_up=_warm_up, wait_for_input=True)
    job.send(21)
    assert job.result() == (42, True)


@needs_fork
def test_a_job_never_given_its_input_ends_without_hanging() -> None:
    before = _children()
    job = Forked("a doubling", _plus_one, wait_for_input=True)
    assert _children() > before  # its worker runs
    with pytest.raises(ForkedError, match="never given its input"):
        job.result()
    assert _workers_gone(before)


@needs_fork
def test_close_stops_a_running_worker_and_reaps_it() -> None:
    before = _children()
    job = Forked("a sleeper", _sleep)
    started = time.monotonic()
    job.close()
    job.close()  # twice is fine
    assert time.monotonic() - started < 10
    assert _workers_gone(before)


@needs_fork
def test_jobs_of_one_run_share_its_pool_and_its_end_stops_them() -> None:
    """The input pipe of the first job reaches end-of-file when the caller sends, though the pool's other worker was
    forked while it was open; leaving the run stops the job still running."""
    before = _children()
    with Stages():
        first = Forked("the first", _plus_one, wait_for_input=True)
        second = Forked("the second", _sleep)
        started = time.monotonic()
        first.send(1)
        assert first.result() == 2
        assert time.monotonic() - started < 10
        assert second.forked
    assert _workers_gone(before)


@needs_fork
def test_no_fork_happens_in_a_multi_threaded_process(workspace: Path, tmp_path: Path) -> None:
    """Python 3.12+ warns (DeprecationWarning) when a process with threads forks: a whole run, warnings as errors."""
    import subprocess

    code = (
        "import sys, warnings; warnings.simplefilter('error'); from generator.cli import main; "
        f"sys.exit(main(['generate', {str(SMALL)!r}, '--config', {str(workspace)!r}, '--output', "
        f"{str(tmp_path / 'out')!r}, '--force']))"
    )
    done = subprocess.run([sys.executable, "-W", "error::DeprecationWarning", "-c", code], capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "multi-threaded" not in done.stderr


@needs_fork
def test_a_process_with_threads_of_its_own_gets_forkserver_workers() -> None:
    """Forking a multi-threaded process may deadlock the child: with another thread running, the workers come from
    forkserver, and values, errors and inputs travel the same."""
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", DeprecationWarning)  # 3.12+: "This process is multi-threaded, ... fork()"
            assert forked.start_method() == "forkserver"
            job = Forked("a doubling", _doubled_and_warm, warm_up=_warm_up, wait_for_input=True)
            job.send(4)
            assert job.result()[0] == 8
            with pytest.raises(ValueError, match="schema Workflow: bad"):
                Forked("a failure", _fails).result()
    finally:
        stop.set()
        other.join()
    assert forked.start_method() == "fork"


_FORKSERVER_RUN_ENDS = """
import threading, time
from generator.forked import Forked, Stages
from test_gen_forked import _nap, _plus_one
stop = threading.Event()
threading.Thread(target=stop.wait, daemon=True).start()  # a thread of its own: forkserver workers
for _ in range(3):
    with Stages():
        first = Forked("the first", _plus_one, wait_for_input=True)
        second = Forked("the second", _nap)  # forkserver starts this worker later, at its job
        first.send(1)
        assert first.result() == 2  # the first worker is back at the job queue, holding its lock as it waits
        second.result()
        time.sleep(0.2)  # the second worker waits for that lock
stop.set()
print("ended")
"""


@needs_fork
def test_leaving_a_run_with_forkserver_workers_kills_them_all() -> None:
    """forkserver workers are started one job at a time: leaving the run must kill the second one too, or the
    survivor waits for ever on the queue lock its killed sibling held (the suite once hung there)."""
    import subprocess

    done = subprocess.run([sys.executable, "-c", _FORKSERVER_RUN_ENDS], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parent, env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ended"


def test_without_fork_the_same_values_and_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONDUCTOR_CODEGEN_NO_FORK", "1")
    assert not forked.can_fork()
    job = Forked("a value", os.getpid)
    assert not job.forked and job.result() == os.getpid()
    waiting = Forked("a doubling", lambda n: n * 2, wait_for_input=True)
    with pytest.raises(ForkedError, match="never given its input"):
        waiting.result()
    waiting.send(4)
    assert waiting.result() == 8

    def fails() -> None:
        raise ValueError("bad")

    with pytest.raises(ValueError, match="bad"):
        Forked("a failure", fails).result()


# The pipeline around it.


def _broken_generator(monkeypatch: pytest.MonkeyPatch, culprit: str) -> None:
    real = render_models._generate

    def broken(ir: Any, schemas: dict[str, Any], template_dir: Path) -> str:
        if culprit in schemas:
            raise RuntimeError("datamodel-code-generator chokes")
        return real(ir, schemas, template_dir)

    monkeypatch.setattr(render_models, "_generate", broken)


@pytest.mark.parametrize("fork", [True, False], ids=["forked", "in-process"])
def test_models_failure_names_the_schema_and_leaves_the_output_as_it_was(
    fork: bool, workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if fork and not forked.can_fork():
        pytest.skip("needs os.fork and two CPUs")
    output = tmp_path / "out"
    generate_into(workspace, SMALL, output)
    before = tree_hashes(output)
    culprit = "Workflow"
    monkeypatch.setattr(forked, "start_method", lambda: "fork")  # whatever threads earlier tests left running
    _broken_generator(monkeypatch, culprit)  # inherited by the forked child
    if not fork:
        monkeypatch.setenv("CONDUCTOR_CODEGEN_NO_FORK", "1")
    result = run_cli("generate", SMALL, "--config", workspace, "--output", output, "--force")
    assert result.code == 1, result.err
    assert "ModelGenerationError" in result.err and culprit in result.err
    assert "datamodel-code-generator chokes" in result.err and "nothing was written" in result.err
    assert tree_hashes(output) == before


@needs_fork
def test_models_process_killed_is_reported_and_the_output_is_left_as_it_was(
    workspace: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "out"
    generate_into(workspace, SMALL, output)
    before = tree_hashes(output)

    monkeypatch.setattr(forked, "start_method", lambda: "fork")  # whatever threads earlier tests left running
    monkeypatch.setattr(render_package, "render_model_files", _killed)
    result = run_cli("generate", SMALL, "--config", workspace, "--output", output, "--force")
    assert result.code == 1, result.err
    assert "the process making the models ended without a result (killed by signal SIGKILL)" in result.err
    assert "CONDUCTOR_CODEGEN_NO_FORK=1" in result.err
    assert tree_hashes(output) == before


@needs_fork
def test_invalid_spec_stops_the_models_process_too(workspace: Path, tmp_path: Path) -> None:
    """prepare() fails after the models process has started: it is stopped, not left behind or waited on."""
    children_before = _children()
    result = run_cli("generate", SPECS / "broken.json", "--config", workspace, "--output", tmp_path / "out")
    assert result.code == 2
    assert not (tmp_path / "out").exists()
    assert _children() <= children_before


def _children() -> set[int]:
    found = set()
    for status in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = status.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == os.getpid():
            found.add(int(status.parent.name))
    return found


def test_without_fork_the_committed_spec_gives_the_same_package(
    committed_build: Build, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CONDUCTOR_CODEGEN_NO_FORK", "1")
    config = make_workspace(tmp_path / "ws")  # a cold format cache of its own
    output = tmp_path / "out"
    result = generate_into(config, COMMITTED_SPEC, output, "--force")
    assert result.out.splitlines()[-1].split(" → ")[0] == committed_build.result.out.splitlines()[-1].split(" → ")[0]
    assert tree_hashes(output) == tree_hashes(committed_build.output)


@needs_fork
def test_a_team_template_using_model_modules_is_rendered_once_the_models_are_there(
    ir_of: Any, tmp_path: Path
) -> None:
    team = tmp_path / "team"
    (team / "project").mkdir(parents=True)
    (team / "project" / "MODELS.txt.jinja").write_text(
        "{{ model_modules | length }} models\n{% for name, module in model_modules %}{{ name }} {{ module }}\n"
        "{% endfor %}", "utf-8"
    )
    ir = ir_of(SMALL)
    models = start_models(team)
    models.send(ir)
    in_background = render_tree(ir, team, models=models)
    in_process = render_tree(ir, team)
    assert in_background == in_process
    assert list(in_background.files) == list(in_process.files)
    listing = in_background.files["MODELS.txt"]
    assert f"{len(ir.models)} models\n" in listing and f"Workflow _workflow\n" in listing
    assert f"{PACKAGE}/models/__init__.py" in in_background.files
