"""Shared fixtures. `conductor_server`: the real Conductor server, started once per pytest session.

Uses $CONDUCTOR_SERVER_URL when set; otherwise starts the pinned server with scripts/conductor-server
(and stops it at the end if this session started it). Tests using it are marked `e2e`.
"""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

_TESTS = str(Path(__file__).resolve().parent)
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)  # makes `support` importable from every test folder

from support.server import (  # noqa: E402
    ConductorServer, ServerUnavailable, external_server, in_ci, release_server, start_server)


def pytest_configure(config: pytest.Config) -> None:
    if not any(line.startswith("e2e:") for line in config.getini("markers")):
        config.addinivalue_line("markers", "e2e: needs the real Conductor server")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "conductor_server" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def conductor_server() -> Iterator[ConductorServer]:
    external = external_server()
    if external is not None:
        yield external
        return
    try:
        server = start_server()
    except ServerUnavailable as exc:
        if in_ci():
            pytest.fail(f"the Conductor server did not start (CI):\n{exc}", pytrace=False)
        if exc.missing_prerequisite:
            pytest.skip(f"needs the real Conductor server: {exc}")
        pytest.fail(f"the Conductor server did not start:\n{exc}", pytrace=False)
    try:
        yield server
    finally:
        release_server()
