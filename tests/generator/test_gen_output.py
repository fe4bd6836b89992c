"""The package generated from the committed spec compiles, imports cheaply, and passes `mypy --strict`."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from gen_support import PACKAGE, Build

# Files the generator writes from the IR or owns outright; `_runtime/*` (but typeexpr) and `worker/*` are the
# hand-written runtime, rendered from templates as they are.
GENERATOR_OWN = re.compile(rf"^{PACKAGE}/(api/.*|client\.py|__init__\.py|_server_auth\.py|models/.*|_runtime/typeexpr\.py)$")
_MYPY_LINE = re.compile(r"^(?P<file>[^:\s]+\.py):(?P<line>\d+): (?P<level>error|note): (?P<text>.*)$")


def test_every_python_file_compiles(committed_build: Build) -> None:
    files = sorted(committed_build.package.rglob("*.py"))
    assert len(files) >= 20
    for path in files:
        compile(path.read_text("utf-8"), str(path), "exec")


def test_generated_project_files(committed_build: Build) -> None:
    """An installable project: its pyproject, py.typed, and a README that lists every API group."""
    assert (committed_build.package / "py.typed").is_file()
    pyproject = (committed_build.output / "pyproject.toml").read_text("utf-8")
    assert re.search(r"""^name = ["']conductor-client["']""", pyproject, re.MULTILINE)
    readme = (committed_build.output / "README.md").read_text("utf-8")
    for module in sorted((committed_build.package / "api").glob("*.py")):
        if module.stem != "__init__":
            assert f"`client.{module.stem}`" in readme


def _python(root: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter that finds the package under test before the installed one."""
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run([sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, timeout=120)


def test_package_and_models_import(runnable_copy: Path) -> None:
    code = f"""
import sys
import {PACKAGE}
from pathlib import Path
assert Path({PACKAGE}.__file__).resolve().is_relative_to(Path({str(runnable_copy)!r}).resolve()), {PACKAGE}.__file__
def loaded_models():
    return sorted(m for m in sys.modules if m.startswith("{PACKAGE}.models._") and m != "{PACKAGE}.models._base")

# Importing the package is cheap: no model module and no httpx is loaded yet.
assert loaded_models() == [], loaded_models()
assert "httpx" not in sys.modules
import {PACKAGE}.models
assert loaded_models() == []
Workflow = {PACKAGE}.models.Workflow
# Only the modules of the classes Workflow refers to, directly or not, are loaded: a small part of all.
loaded = loaded_models()
assert "{PACKAGE}.models._workflow" in loaded, loaded
assert 1 < len(loaded) < len({PACKAGE}.models.__all__) / 4, (len(loaded), len({PACKAGE}.models.__all__))
assert "{PACKAGE}.models._declaration" not in loaded  # the protobuf internals are not needed
assert Workflow.__name__ == "Workflow" and Workflow.__module__ == "{PACKAGE}.models._workflow"
assert Workflow.model_validate({{"workflowId": "w1"}}).workflow_id == "w1"
print("ok")
"""
    result = _python(runnable_copy, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_every_api_module_and_the_client_import(runnable_copy: Path) -> None:
    modules = sorted(p.stem for p in (runnable_copy / PACKAGE / "api").glob("*.py"))
    code = f"""
import importlib
for name in {modules!r}:
    importlib.import_module("{PACKAGE}.api." + name)
from {PACKAGE} import ConductorClient, AsyncConductorClient
print("ok")
"""
    result = _python(runnable_copy, code)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


@pytest.fixture(scope="module")
def mypy_report(runnable_copy: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict[str, str]], str]:
    cache = tmp_path_factory.mktemp("mypy-cache")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--cache-dir",
            str(cache),
            "--show-error-codes",
            "--no-pretty",
            PACKAGE,
        ],
        cwd=runnable_copy,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "MYPYPATH": str(runnable_copy)},
    )
    errors = []
    for line in result.stdout.splitlines():
        match = _MYPY_LINE.match(line)
        if match and match["level"] == "error":
            errors.append(match.groupdict())
    # mypy answers 1 with errors, 0 without; anything else (2: it could not run) is a failure of the test itself.
    assert result.returncode in (0, 1), result.stdout + result.stderr
    assert (result.returncode == 1) == bool(errors), result.stdout + result.stderr
    return errors, result.stdout


def _format(errors: list[dict[str, str]]) -> str:
    return "\n".join(f"{e['file']}:{e['line']}: {e['text']}" for e in errors)


def test_mypy_checked_the_whole_package(mypy_report: tuple[list[dict[str, str]], str], runnable_copy: Path) -> None:
    """Guards the tests below against a mypy run that checked less than the package."""
    _, stdout = mypy_report
    python_files = list((runnable_copy / PACKAGE).rglob("*.py"))
    match = re.search(r"(?:no issues found in|checked) (\d+) source files?", stdout)
    assert match, stdout
    assert int(match[1]) == len(python_files) >= 20


def test_mypy_strict_clean_in_generator_written_files(mypy_report: tuple[list[dict[str, str]], str]) -> None:
    errors, _ = mypy_report
    own = [e for e in errors if GENERATOR_OWN.match(e["file"])]
    assert own == [], _format(own)


def test_mypy_strict_clean_on_the_whole_package(mypy_report: tuple[list[dict[str, str]], str]) -> None:
    """The issue's bar: the whole generated package, runtime and worker included, passes `mypy --strict`."""
    errors, _ = mypy_report
    assert errors == [], _format(errors)


def test_method_docstrings_lead_with_the_summary_or_the_request_line(committed_build: Build) -> None:
    """Every method's docstring starts with the spec's summary, or with ``METHOD path`` when the spec has none;
    the request line appears exactly once either way."""
    import ast
    import json

    from gen_support import COMMITTED_SPEC

    spec = json.loads(COMMITTED_SPEC.read_text("utf-8"))
    summaries = {
        f"{method.upper()} {path}": str(operation.get("summary") or "")
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if isinstance(operation, dict) and method != "parameters"
    }
    seen: set[str] = set()
    for module in sorted((committed_build.package / "api").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) or node.name.startswith("_"):
                continue
            doc = ast.get_docstring(node) or ""
            request_lines = re.findall(r"``([A-Z]+ /[^`]*)``", doc)
            assert len(request_lines) == 1, (module.name, node.name, doc)
            request = request_lines[0]
            first_line = doc.splitlines()[0]
            summary = summaries[request]
            assert first_line == (summary.splitlines()[0] if summary else f"``{request}``"), (module.name, node.name)
            seen.add(request)
    assert seen == set(summaries)  # every operation was looked at, with and without a summary
    assert any(not s for s in summaries.values()) and any(summaries.values())
