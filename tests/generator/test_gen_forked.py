"""The stages run in forked processes (generator/forked.py): values and errors come back, nothing hangs, a failed
run leaves the output folder as it was, and without fork the same output comes from one process."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from gen_support import COMMITTED_SPEC, PACKAGE, SPECS, Build, generate_into, make_workspace, run_cli, tree_hashes

from generator import forked
from generator.forked import Forked, ForkedError
from generator.render import models as render_models
from generator.render import package as render_package
from generator.render.package import render_tree, start_models

needs_fork = pytest.mark.skipif(not forked.can_fork(), reason="needs os.fork and two CPUs")
SMALL = SPECS / "small.json"


class Unpicklable(Exception):
    def __init__(self, code: int, detail: str) -> None:  # two arguments: pickle rebuilds it with one, and fails
        super().__init__(f"{code}: {detail}")


def _no_zombie(pid: int) -> bool:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


@needs_fork
def test_value_comes_back_from_the_child() -> None:
    job = Forked("a value", lambda: {"pid": os.getpid(), "text": "é" * 300_000})
    assert job.forked
    value = job.result()
    assert value["pid"] != os.getpid() and value["text"] == "é" * 300_000


@needs_fork
def test_exception_comes_back_with_its_type_message_and_the_childs_traceback() -> None:
    def fails() -> None:
        raise ValueError("schema Workflow: bad")

    job = Forked("a failure", fails)
    with pytest.raises(ValueError, match="schema Workflow: bad") as info:
        job.result()
    notes = "\n".join(getattr(info.value, "__notes__", []))
    assert "in the process making a failure" in notes and "in fails" in notes


@needs_fork
def test_an_exception_that_cannot_travel_is_named() -> None:
    def fails() -> None:
        raise Unpicklable(7, "lost")

    with pytest.raises(ForkedError, match="Unpicklable: 7: lost"):
        Forked("a failure", fails).result()


@needs_fork
def test_a_child_killed_midway_is_an_error_not_a_hang() -> None:
    def dies() -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    started = time.monotonic()
    with pytest.raises(ForkedError, match=r"the process making the models ended without a result \(killed by "
                                          r"signal SIGKILL\)"):
        Forked("the models", dies).result()
    assert time.monotonic() - started < 10


@needs_fork
def test_input_sent_after_the_start_and_the_warm_up_runs_first() -> None:
    job: Forked[tuple[int, bool]] = Forked(
        "a doubling", lambda n: (n * 2, "json.decoder" in __import__("sys").modules),
        warm_up=lambda: __import__("json.decoder"), wait_for_input=True,
    )
    job.send(21)
    assert job.result() == (42, True)


@needs_fork
def test_a_job_never_given_its_input_ends_without_hanging() -> None:
    job = Forked("a doubling", lambda n: n * 2, wait_for_input=True)
    pid = job._pid
    with pytest.raises(ForkedError, match="never given its input"):
        job.result()
    assert pid is not None and _no_zombie(pid)


@needs_fork
def test_close_stops_a_running_child_and_reaps_it() -> None:
    job = Forked("a sleeper", lambda: time.sleep(60))
    pid = job._pid
    started = time.monotonic()
    job.close()
    job.close()  # twice is fine
    assert time.monotonic() - started < 10
    assert pid is not None and _no_zombie(pid)


@needs_fork
def test_a_second_childs_input_is_not_held_open_by_a_later_child() -> None:
    """The first job's input pipe must reach end-of-file when the caller sends, though a second child was forked
    while it was open (it inherits the caller's descriptors)."""
    first = Forked("the first", lambda n: n + 1, wait_for_input=True)
    second = Forked("the second", lambda: time.sleep(30))
    try:
        started = time.monotonic()
        first.send(1)
        assert first.result() == 2
        assert time.monotonic() - started < 10
    finally:
        second.close()


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

    def killed(*args: Any, **kwargs: Any) -> Any:
        os.kill(os.getpid(), signal.SIGKILL)

    monkeypatch.setattr(render_package, "render_model_files", killed)
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
