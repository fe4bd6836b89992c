"""Fixtures of the API-diff tests: the surfaces of the two real server lines, and both packages generated.

`tests/specs/conductor-3.21.14.json` (an older line) and `tests/specs/conductor-3.32.3.json` (the pinned one) were
pulled from the real servers. The packages are generated once per session, as `client_old` and `client_new`,
into a temporary folder put on sys.path.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.config import Config
from generator.diff.surface import Surface, build_surface, spec_server_version
from generator.ir.model import Ir
from generator.pipeline import build

ROOT = Path(__file__).resolve().parents[2]
SPECS = ROOT / "tests" / "specs"
OLD_SPEC = SPECS / "conductor-3.21.14.json"
NEW_SPEC = SPECS / "conductor-3.32.3.json"
SMALL = Path(__file__).resolve().parent / "specs"


@dataclass(frozen=True)
class Side:
    spec: Path
    ir: Ir
    surface: Surface


@pytest.fixture(scope="session")
def real_old() -> Side:
    return _side(OLD_SPEC)


@pytest.fixture(scope="session")
def real_new() -> Side:
    return _side(NEW_SPEC)


def _side(spec: Path) -> Side:
    ir, _diags, digest = build(str(spec), Config())
    return Side(spec, ir, build_surface(ir, server_version=spec_server_version(str(spec)), spec_sha256=digest))


@dataclass(frozen=True)
class Generated:
    folder: Path
    old: Any  # the imported client_old package
    new: Any  # the imported client_new package


@pytest.fixture(scope="session")
def generated_pair(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Generated]:
    """Both real specs generated as packages `client_old` and `client_new` (one folder, put on sys.path).

    Generated through the command line with this repository's configuration, so black's cache in .cache/ (the
    one `make regenerate` fills) is used: a cold cache makes this take a while once.
    """
    from generator.cli import main

    folder = tmp_path_factory.mktemp("generated-pair")
    for spec, name in ((OLD_SPEC, "client_old"), (NEW_SPEC, "client_new")):
        code = main(["generate", str(spec), "--output", str(folder / name), "--package-name", name, "--force",
                     "--config", str(ROOT / "pyproject.toml")])
        assert code == 0, f"generating {name} from {spec.name} failed"
    paths = [str(folder / "client_old"), str(folder / "client_new")]
    sys.path[:0] = paths
    try:
        yield Generated(folder, importlib.import_module("client_old"), importlib.import_module("client_new"))
    finally:
        for path in paths:
            sys.path.remove(path)
        for module in [m for m in sys.modules if m.split(".")[0] in ("client_old", "client_new")]:
            del sys.modules[module]
