"""The worker reaches the client core only through its public seam (templates/RUNTIME-CONTRACT.md), and the worker
runtime stays in parts a maintainer can read one at a time."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

WORKER = Path(__file__).resolve().parents[2] / "templates" / "package" / "worker"
CONTRACT = WORKER.parents[1] / "RUNTIME-CONTRACT.md"

# What the worker may use of a client core object, and of the core modules and the flow module: the seam the
# contract documents (nothing of the shared core or the sync core).
SEAM = {"request_flow", "token_flow", "token_state", "direct_route", "retry_policy", "settings", "call", "aclose",
        "server_url"}
SEAM_MODULE_NAMES = {
    "_runtime.core": set(),
    "_runtime.sync_core": set(),
    "_runtime.async_core": {"AsyncClientCore", "DirectRoute"},
    "_runtime.flow": {"Flow", "run_flow", "arun_flow"},
}
SEAM_MODULES = {module.rpartition(".")[2] for module in SEAM_MODULE_NAMES}


def _sources() -> list[Path]:
    return sorted(WORKER.glob("*.py"))


def _is_core(node: ast.expr) -> bool:
    """``core``, ``client``, ``self.core``, ``caller.core``...: an expression that holds a client core."""
    if isinstance(node, ast.Name):
        return node.id in ("core", "client")
    return isinstance(node, ast.Attribute) and node.attr in ("core", "client")


@pytest.mark.parametrize("path", _sources(), ids=lambda p: p.name)
def test_the_worker_uses_no_private_member_of_the_client_core(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    offences = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and _is_core(node.value):
            if node.attr not in SEAM:
                offences.append(f"line {node.lineno}: .{node.attr} of a client core")
        for module, allowed in SEAM_MODULE_NAMES.items():
            if isinstance(node, ast.ImportFrom) and node.module and node.module.endswith(module):
                offences += [f"line {node.lineno}: imports {a.name}" for a in node.names if a.name not in allowed]
        if isinstance(node, ast.ImportFrom) and node.module == "_runtime" and node.level == 2:
            offences += [
                f"line {node.lineno}: imports the module {a.name}" for a in node.names if a.name in SEAM_MODULES
            ]
    assert not offences, f"{path.name} reaches past the seam: {offences}"


def test_the_seam_the_worker_uses_is_documented() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    section = text.split("## The seam between the worker runtime and the client core", 1)[1]
    for name in SEAM - {"aclose", "server_url"}:  # closing and the URL are the cores' ordinary public API
        assert f"`core.{name}" in section or f"`{name}" in section, name


def test_the_runner_is_split_into_small_modules() -> None:
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in _sources()}
    parts = ["_runner.py", "_polling.py", "_jobs.py", "_pool.py", "_execution.py", "_delivery.py", "_lease.py",
             "_journal.py", "_registration.py", "_lifecycle.py", "_runner_settings.py", "_state.py"]
    assert {p: sizes[p] for p in parts if sizes[p] > 300} == {}
