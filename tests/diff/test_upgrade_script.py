"""scripts/upgrade-server, run in a small copy of the repository with a stand-in for scripts/conductor-server.

The stand-in records how it was called and "pulls" a hand-made spec; the copy has its own pyproject.toml, spec/,
generated/ and a Makefile whose `test` target fails on demand. What is checked: the whole way through, and that
every failure leaves spec/, scripts/conductor-version and generated/ byte for byte as they were.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPECS = Path(__file__).resolve().parent / "specs"
CODEGEN = ROOT / ".venv" / "bin" / "conductor-codegen"

FAKE_SERVER = r'''#!/usr/bin/env python3
import hashlib, json, os, sys
from pathlib import Path
with open(os.environ["FAKE_SERVER_LOG"], "a") as log:
    log.write(json.dumps({"argv": sys.argv[1:], "state": os.environ.get("CONDUCTOR_SERVER_STATE_DIR", "")}) + "\n")
command, options = sys.argv[1], dict(zip(sys.argv[2::2], sys.argv[3::2]))
fail = os.environ.get("FAKE_FAIL", "")
if command == fail:
    print(f"conductor-server {command}: error: it failed", file=sys.stderr)
    sys.exit(int(os.environ.get("FAKE_FAIL_CODE", "1")))
if command == "fetch":
    print("/nowhere/conductor-server.jar")
elif command == "start":
    print("http://127.0.0.1:9")
elif command == "pull-spec":
    out = Path(options["--out"])
    text = json.dumps(json.loads(Path(os.environ["FAKE_SPEC"]).read_text()), indent=2, sort_keys=True) + "\n"
    out.write_text(text)
    Path(options["--source"]).write_text(json.dumps({
        "server_version": options["--server-version"], "url": options["--url"], "spec_file": out.name,
        "spec_sha256": hashlib.sha256(text.encode()).hexdigest()}, indent=2, sort_keys=True) + "\n")
'''

MAKEFILE = "test:\n\t@echo tests ran >> tests-ran.txt\n\t@test ! -e FAIL_TESTS\n"

PYPROJECT = """\
[tool.conductor-codegen]
spec = "spec/conductor-openapi.json"
output = "generated"
package-name = "conductor_client"
"""


@pytest.fixture(scope="module")
def template_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("upgrade") / "repo"
    (repo / "scripts").mkdir(parents=True)
    (repo / "spec").mkdir()
    shutil.copy2(ROOT / "scripts" / "upgrade-server", repo / "scripts" / "upgrade-server")
    (repo / "scripts" / "conductor-server").write_text(FAKE_SERVER)
    (repo / "scripts" / "conductor-server").chmod(0o755)
    (repo / "scripts" / "conductor-version").write_text("1.0.0\n")
    (repo / "pyproject.toml").write_text(PYPROJECT)
    (repo / "Makefile").write_text(MAKEFILE)
    shutil.copy2(SPECS / "base.json", repo / "spec" / "conductor-openapi.json")
    (repo / "spec" / "SOURCE.json").write_text(json.dumps({"server_version": "1.0.0", "spec_file":
                                                           "conductor-openapi.json"}) + "\n")
    # black's cache of this repository, so that generating the runtime files again is quick
    (repo / ".cache").mkdir()
    if (ROOT / ".cache" / "format").is_dir():
        (repo / ".cache" / "format").symlink_to(ROOT / ".cache" / "format")
    subprocess.run([str(CODEGEN), "generate"], cwd=repo, check=True, capture_output=True)
    return repo


@pytest.fixture
def repo(template_repo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(template_repo, copy, symlinks=True)
    return copy


def snapshot(repo: Path) -> dict[str, bytes]:
    """Every file of spec/, generated/ and scripts/conductor-version."""
    files = {"scripts/conductor-version": (repo / "scripts" / "conductor-version").read_bytes()}
    for folder in ("spec", "generated"):
        for path in sorted((repo / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                files[str(path.relative_to(repo))] = path.read_bytes()
    return files


def upgrade(repo: Path, *args: str, spec: str = "operation-added.json", **env: str
            ) -> tuple[subprocess.CompletedProcess[str], list[dict[str, object]]]:
    log = repo / "fake-server.log"
    environment = dict(os.environ, CONDUCTOR_CODEGEN=str(CODEGEN), FAKE_SERVER_LOG=str(log),
                       FAKE_SPEC=str(SPECS / spec), **env)
    environment.pop("MAKEFLAGS", None)
    proc = subprocess.run([sys.executable, str(repo / "scripts" / "upgrade-server"), *args], cwd=repo,
                          env=environment, capture_output=True, text=True, timeout=120)
    calls = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return proc, calls


def test_the_whole_way(repo: Path) -> None:
    proc, calls = upgrade(repo, "9.9.9")
    assert proc.returncode == 0, proc.stderr
    assert [c["argv"][0] for c in calls] == ["fetch", "start", "pull-spec", "stop"]
    assert all("--version" not in c["argv"] or c["argv"][c["argv"].index("--version") + 1] == "9.9.9" for c in calls)
    state_dirs = {c["state"] for c in calls}
    assert len(state_dirs) == 1 and ".cache/upgrade-server/" in state_dirs.pop()  # a server state of its own
    # the report of what changes, before anything is installed
    assert "+ client.workflow.get_running_workflow(...): new operation GET /api/workflow/running/{name}" in proc.stdout
    spec = repo / "spec" / "conductor-openapi.json"
    assert json.loads(spec.read_text()) == json.loads((SPECS / "operation-added.json").read_text())
    source = json.loads((repo / "spec" / "SOURCE.json").read_text())
    assert source["spec_file"] == "conductor-openapi.json" and source["server_version"] == "9.9.9"
    assert source["spec_sha256"] == hashlib.sha256(spec.read_bytes()).hexdigest()
    assert (repo / "scripts" / "conductor-version").read_text() == "9.9.9\n"
    assert "def get_running_workflow(" in (repo / "generated" / "conductor_client" / "api" / "workflow.py").read_text()
    assert (repo / "tests-ran.txt").read_text() == "tests ran\n"
    assert not list((repo / ".cache" / "upgrade-server").iterdir())  # its temporary folder is gone


def test_failing_tests_put_everything_back(repo: Path) -> None:
    before = snapshot(repo)
    (repo / "FAIL_TESTS").touch()
    proc, _ = upgrade(repo, "9.9.9")
    assert proc.returncode == 1
    assert "make test failed" in proc.stderr and "putting spec/" in proc.stderr
    assert (repo / "tests-ran.txt").exists()  # it got that far: installed and regenerated, then undid it
    assert snapshot(repo) == before


def test_breaking_changes_with_fail_on_breaking_install_nothing(repo: Path) -> None:
    before = snapshot(repo)
    proc, calls = upgrade(repo, "--fail-on-breaking", "9.9.9", spec="field-removed.json")
    assert proc.returncode == 3
    assert "! Workflow.create_time: field 'createTime' is gone" in proc.stdout
    assert calls[-1]["argv"] == ["stop"]
    assert snapshot(repo) == before and not (repo / "tests-ran.txt").exists()
    proc, _ = upgrade(repo, "9.9.9", "--no-test", spec="field-removed.json")  # without the flag: a report only
    assert proc.returncode == 0 and (repo / "scripts" / "conductor-version").read_text() == "9.9.9\n"
    assert not (repo / "tests-ran.txt").exists()


@pytest.mark.parametrize(("fail", "code", "expected"), [("pull-spec", "2", 1), ("start", "3", 4)])
def test_server_failures_change_nothing_and_stop_the_server(repo: Path, fail: str, code: str, expected: int) -> None:
    before = snapshot(repo)
    proc, calls = upgrade(repo, "9.9.9", FAKE_FAIL=fail, FAKE_FAIL_CODE=code)
    assert proc.returncode == expected, proc.stderr
    assert calls[-1]["argv"] == ["stop"]
    assert snapshot(repo) == before


def test_an_invalid_new_spec_is_bad_input(repo: Path, tmp_path: Path) -> None:
    before = snapshot(repo)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps({"openapi": "3.0.1", "info": {"title": "x", "version": "1"}, "paths": []}))
    proc, _ = upgrade(repo, "9.9.9", spec=str(broken))
    assert proc.returncode == 2 and "missing-paths" in proc.stderr
    assert snapshot(repo) == before


def test_not_a_version(repo: Path) -> None:
    proc, calls = upgrade(repo, "latest")
    assert proc.returncode == 2 and calls == []
    help_text = subprocess.run([sys.executable, str(repo / "scripts" / "upgrade-server"), "--help"],
                               capture_output=True, text=True).stdout
    assert "Exit codes: 0 upgraded; 1 a step failed" in help_text and "--fail-on-breaking" in help_text
