"""Bookkeeping shared by the tests of this folder: how many cases ran, and how long they took."""

from __future__ import annotations

import os
from collections import Counter
from typing import Any

COUNTS: Counter[str] = Counter()
SECONDS: dict[str, float] = {}
REPORT: dict[str, Any] = {}


def examples(name: str, default: int) -> int:
    """Example counts, overridable for a longer run: HOSTILE_FAST_EXAMPLES=20000 pytest tests/hostile."""
    return int(os.environ.get(f"HOSTILE_{name.upper()}_EXAMPLES", default))


class CaseCounter:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, kind: str = "") -> None:
        COUNTS[self.name] += 1
        if kind:
            COUNTS[f"{self.name} [{kind}]"] += 1

    @property
    def count(self) -> int:
        return COUNTS[self.name]


def record(key: str, value: Any) -> None:
    REPORT[key] = value
