"""Hostile input: fixtures shared by the tests of this folder, and the count of cases each one ran.

The counts are printed at the end of the run ("hostile input: N cases ...") and written to
`hostile-last-run.json` in pytest's temporary folder (never into the repository).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Iterator

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
for entry in (str(REPO), str(HERE)):
    if entry not in sys.path:
        sys.path.insert(0, entry)

from hostile_run import COUNTS as _COUNTS, REPORT as _REPORT, SECONDS as _SECONDS, CaseCounter  # noqa: E402
from hostile_text import CANARY_ATTR, CANARY_ENV  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "fixed_bug(name): pins a bug the hostile-input tests found, since fixed")


@pytest.fixture
def count_case(request: pytest.FixtureRequest) -> Iterator[CaseCounter]:
    started = time.perf_counter()
    name = getattr(request.node, "originalname", None) or request.node.name
    counter = CaseCounter(name)
    yield counter
    _SECONDS[name] = _SECONDS.get(name, 0.0) + time.perf_counter() - started


@pytest.fixture(autouse=True)
def _no_canary_left() -> Iterator[None]:
    """Every test starts without the canaries set and must end without them."""
    os.environ.pop(CANARY_ENV, None)
    if hasattr(sys, CANARY_ATTR):
        delattr(sys, CANARY_ATTR)
    yield
    assert not hasattr(sys, CANARY_ATTR), "a payload ran: sys." + CANARY_ATTR
    assert CANARY_ENV not in os.environ, "a payload ran: $" + CANARY_ENV


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not _COUNTS:
        return
    total = sum(v for k, v in _COUNTS.items() if "[" not in k)
    terminalreporter.section("hostile input")
    for name, count in sorted(_COUNTS.items()):
        seconds = _SECONDS.get(name.split(" [")[0])
        timing = f" in {seconds:.1f} s" if seconds is not None and "[" not in name else ""
        terminalreporter.write_line(f"{count:>7} cases  {name}{timing}")
    terminalreporter.write_line(f"{total:>7} cases in all")
    report = {"cases": dict(_COUNTS), "seconds": _SECONDS, "total": total, **_REPORT}
    basetemp = terminalreporter.config._tmp_path_factory.getbasetemp()  # noqa: SLF001
    path = Path(basetemp) / "hostile-last-run.json"
    path.write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", "utf-8")
    terminalreporter.write_line(f"written to {path}")
