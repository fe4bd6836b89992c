"""The runtime is real Python where it lives (templates/package/_runtime, worker/, errors.py): no template is
hidden among it, `mypy --strict` checks it at its source, and the generator copies it unchanged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from client_support import TEMPLATES, render_package

ROOT = TEMPLATES.parents[1]
RUNTIME_DIRS = (TEMPLATES / "_runtime", TEMPLATES / "worker")
STUBS = ROOT / "tests" / "typecheck" / "runtime_stubs"


def test_runtime_holds_no_templates():
    found = [p for d in RUNTIME_DIRS for p in d.rglob("*.jinja")] + list(TEMPLATES.glob("errors*.jinja"))
    assert not found, f"runtime files stored as templates: {found}"


def test_copied_unchanged(tmp_path: Path):
    target = render_package(tmp_path)
    for source in sorted((TEMPLATES / "_runtime").glob("*.py")) + [TEMPLATES / "errors.py"]:
        assert (target / source.relative_to(TEMPLATES)).read_text() == source.read_text(), source.name


def test_mypy_strict_where_it_lives(tmp_path: Path):
    """The same command as `make typecheck`: the runtime checked at its source, with the one generated module it
    imports (`_server_auth`) given by a stub."""
    env = dict(os.environ, MYPYPATH=f".{os.pathsep}{STUBS}", MYPY_CACHE_DIR=str(tmp_path / ".mypy_cache"))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--python-version", "3.10", "--explicit-package-bases",
         "--namespace-packages", "-p", "package._runtime", "-p", "package.worker", "-m", "package.errors",
         "-m", "package.models._base"],
        cwd=ROOT / "templates", capture_output=True, text=True, env=env, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success" in result.stdout
