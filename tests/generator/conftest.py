"""Fixtures for the generator's tests.

Full packages from the real specs are generated a few times per session at most, into temporary folders
(never into the repository's `generated/`); everything else uses the tiny hand-made specs in `specs/`.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from gen_support import COMMITTED_SPEC, SPEC_3_21, Build, generate_into, make_workspace

from generator.config import Config
from generator.ir.model import Ir
from generator.pipeline import build


@pytest.fixture(scope="session")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `--config` for most runs; its format cache is shared by the whole session."""
    return make_workspace(tmp_path_factory.mktemp("workspace"))


@pytest.fixture(scope="session")
def committed_build(workspace: Path, tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The package generated from the committed spec. Read-only for tests: copy it to change or run it."""
    output = tmp_path_factory.mktemp("committed") / "out"
    return Build(output, generate_into(workspace, COMMITTED_SPEC, output, "--force"))


@pytest.fixture(scope="session")
def old_build(workspace: Path, committed_build: Build, tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The package generated from the 3.21.14 spec (after committed_build, so the format cache is warm)."""
    output = tmp_path_factory.mktemp("v3_21") / "out"
    return Build(output, generate_into(workspace, SPEC_3_21, output, "--force"))


@pytest.fixture(scope="session")
def runnable_copy(committed_build: Build, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of committed_build to import and type-check (both write caches next to the code)."""
    target = tmp_path_factory.mktemp("runnable") / "out"
    shutil.copytree(committed_build.output, target)
    return target


_IR_CACHE: dict[str, Ir] = {}


@pytest.fixture(scope="session")
def ir_of() -> Callable[[Path], Ir]:
    """The IR of a spec file under the default config, built once per content."""

    def get(spec: Path) -> Ir:
        digest = hashlib.sha256(spec.read_bytes()).hexdigest()
        if digest not in _IR_CACHE:
            _IR_CACHE[digest] = build(str(spec), Config())[0]
        return _IR_CACHE[digest]

    return get
