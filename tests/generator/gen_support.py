"""Helpers shared by the generator's tests (the fixtures are in conftest.py).

Every CLI run goes through `generator.cli.main` in process with `--config` pointing at a throw-away
`pyproject.toml`, so the generator's caches (format cache, run state) live in temporary folders, never in the
repository.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.cli import main

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SPECS = HERE / "specs"
COMMITTED_SPEC = ROOT / "spec" / "conductor-openapi.json"
SPEC_3_32 = ROOT / "tests" / "specs" / "conductor-3.32.3.json"
SPEC_3_21 = ROOT / "tests" / "specs" / "conductor-3.21.14.json"
PACKAGE = "conductor_client"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_IGNORED_PARTS = {"__pycache__", ".mypy_cache"}


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


def run_cli(*args: str | Path) -> CliResult:
    """`conductor-codegen ARGS` in process; stdout and stderr captured."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:  # argparse errors
            code = int(exc.code or 0)
    return CliResult(code, out.getvalue(), err.getvalue())


@dataclass(frozen=True)
class Build:
    output: Path
    result: CliResult

    @property
    def package(self) -> Path:
        return self.output / PACKAGE


def summary_line(result: CliResult) -> str:
    """The last line `generate` prints: `generated: …` or `up to date: …` (a report of API changes may precede it)."""
    lines = result.out.strip().splitlines()
    return lines[-1] if lines else ""


def make_workspace(folder: Path, package_name: str = PACKAGE, extra: str = "") -> Path:
    """A folder with a pyproject.toml for `--config`: the generator keeps its caches next to it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pyproject.toml").write_text(
        f'[tool.conductor-codegen]\npackage-name = "{package_name}"\n{extra}', "utf-8"
    )
    return folder / "pyproject.toml"


def generate_into(config: Path, spec: Path, output: Path, *extra: str) -> CliResult:
    result = run_cli("generate", spec, "--config", config, "--output", output, *extra)
    assert result.code == 0, f"generation of {spec.name} failed ({result.code}):\n{result.err}"
    return result


def tree_hashes(root: Path) -> dict[str, str]:
    """{relative path: sha256} of every file under root (bytecode and mypy caches aside)."""
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not (_IGNORED_PARTS & set(p.relative_to(root).parts))
    }


def spec_operations(spec: Path) -> set[tuple[str, str]]:
    """(METHOD, path) of every operation in the document, read without the generator's help."""
    document = json.loads(spec.read_text("utf-8"))
    return {
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    }


def spec_schema_names(spec: Path) -> list[str]:
    return list(json.loads(spec.read_text("utf-8")).get("components", {}).get("schemas", {}))


@contextlib.contextmanager
def imported_package(root: Path, name: str) -> Iterator[Any]:
    """Import package `name` from `root`, then put `sys.modules` and `sys.path` back as they were.

    Needed because `conductor_client` is also installed (editable) from the repository's `generated/`.
    """
    saved = {k: v for k, v in sys.modules.items() if k == name or k.startswith(name + ".")}
    for key in saved:
        del sys.modules[key]
    sys.path.insert(0, str(root))
    importlib.invalidate_caches()
    dont_write = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        package = importlib.import_module(name)
        assert Path(package.__file__).resolve().is_relative_to(root.resolve()), package.__file__
        yield package
    finally:
        sys.dont_write_bytecode = dont_write
        sys.path.remove(str(root))
        for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
            del sys.modules[key]
        sys.modules.update(saved)
        importlib.invalidate_caches()
