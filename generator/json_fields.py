"""Typed reads of JSON-shaped data (OpenAPI documents, task definitions, run state) whose shape is not trusted.

A member of the wrong type reads as empty: the stages that care report it (spec/structure.py) before these run.
"""

from __future__ import annotations

from typing import Any


def dict_at(obj: object, key: str) -> dict[str, Any]:
    """``obj[key]`` when ``obj`` is a dict and that member is one; otherwise an empty dict."""
    value = obj.get(key) if isinstance(obj, dict) else None
    return value if isinstance(value, dict) else {}


def list_at(obj: object, key: str) -> list[Any]:
    """``obj[key]`` when ``obj`` is a dict and that member is a list; otherwise an empty list."""
    value = obj.get(key) if isinstance(obj, dict) else None
    return value if isinstance(value, list) else []
