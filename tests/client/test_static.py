"""The runtime templates: plain Python that Jinja leaves alone, and ``mypy --strict`` clean once rendered."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from client_support import TEMPLATES, render_package, runtime_templates

OWN = {"__init__", "auth", "config", "core", "decode", "operation", "request", "errors"}


def own_templates() -> list[Path]:
    return [t for t in runtime_templates() if t.name.split(".")[0] in OWN]


@pytest.mark.parametrize("template", own_templates(), ids=lambda p: p.name)
def test_templates_are_plain_python(template: Path):
    text = template.read_text()
    for marker in ("{{", "{%", "{#"):
        assert marker not in text, f"{template.name} contains {marker!r}, which Jinja would interpret"
    compile(text, str(template), "exec")


def test_rendering_changes_nothing(tmp_path: Path):
    target = render_package(tmp_path)
    for template in own_templates():
        relative = template.relative_to(TEMPLATES)
        rendered = (target / str(relative)[: -len(".jinja")]).read_text()
        assert rendered == template.read_text()


@pytest.mark.skipif(shutil.which("mypy", path=str(Path(sys.executable).parent)) is None, reason="mypy not installed")
def test_mypy_strict(tmp_path: Path):
    target = render_package(tmp_path)
    env = dict(os.environ, MYPY_CACHE_DIR=str(tmp_path / ".mypy_cache"))
    result = subprocess.run(
        [str(Path(sys.executable).parent / "mypy"), "--strict", "--python-version", "3.10", target.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    ours = [
        line
        for line in result.stdout.splitlines()
        if ": error:" in line and (line.split("/")[-1].split(".")[0] in OWN or "/_runtime/" not in line)
    ]
    assert not ours, result.stdout
