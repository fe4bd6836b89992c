"""Names that stay put: the `api-surface.json` of the package being regenerated is the lock on its names.

Regenerating over an existing package keeps, for every operation it had (by HTTP method + path), the API group,
the method name and the parameter names user code already calls; a new operation never takes a name one of them
holds (not even the name of an operation the new spec dropped: unchanged code must fail loudly rather than call
another endpoint). `generate --rename-methods` sets the lock aside once, and the changelog lists each rename.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..diagnostics import Diagnostics, json_pointer

# The file and format written by generator/diff/surface.py; only its `operations` are read here.
LOCK_FILE = "api-surface.json"
_SURFACE_FORMAT = "conductor-codegen/api-surface"


@dataclass(frozen=True)
class LockedOperation:
    group: str
    method: str
    parameters: dict[tuple[str, str], str] = field(default_factory=dict)  # (location, wire name) → Python name


@dataclass(frozen=True)
class NameLock:
    operations: dict[str, LockedOperation] = field(default_factory=dict)  # "METHOD /path" → its names
    source: str = ""  # the file read, "" for no lock

    def get(self, key: str) -> LockedOperation | None:
        return self.operations.get(key)

    def methods_held_in(self, group: str) -> dict[str, str]:
        """Method name → the operation key holding it, in one API group."""
        return {locked.method: key for key, locked in self.operations.items() if locked.group == group}


NO_LOCK = NameLock()


def read_lock(output: Path) -> NameLock:
    """The names of the package in `output`, from its `api-surface.json`; NO_LOCK when there is none.

    A file that is there but cannot be read as a surface is an error (exit 2): ignoring it would silently rename
    every method of the package.
    """
    path = Path(output) / LOCK_FILE
    if not path.is_file():
        return NO_LOCK
    diags = Diagnostics(file=str(path))
    hint = "restore it from version control, or delete it to name every method afresh (a breaking change)"
    try:
        surface = json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        diags.error("bad-lock", f"the package's API surface cannot be read: {exc}", "", hint=hint)
        diags.raise_if_errors()
    return lock_from_surface(surface, str(path))


def lock_from_surface(surface: Any, source: str) -> NameLock:
    """The names a saved API surface (already read as JSON from `source`) holds, as `read_lock` gives them: what
    `diff SURFACE NEW` names NEW's operations by, as `generate` over that package would."""
    diags = Diagnostics(file=source)
    hint = "restore it from version control, or delete it to name every method afresh (a breaking change)"
    if not isinstance(surface, dict) or surface.get("format") != _SURFACE_FORMAT:
        diags.error("bad-lock", f"not an API surface (its `format` is not {_SURFACE_FORMAT!r})", "", hint=hint)
        diags.raise_if_errors()
    operations = surface.get("operations")
    if not isinstance(operations, dict):
        diags.error("bad-lock", "the API surface has no `operations` object", "/operations", hint=hint)
        diags.raise_if_errors()
    locked = {}
    for key, entry in operations.items():
        names = _locked_operation(entry, json_pointer("operations", key), diags)
        if names is not None:
            locked[str(key)] = names
    diags.raise_if_errors()
    return NameLock(locked, source)


def _locked_operation(entry: Any, pointer: str, diags: Diagnostics) -> LockedOperation | None:
    hint = "fix the entry, or delete the file to name every method afresh (a breaking change)"
    if not isinstance(entry, dict):
        diags.error("bad-lock", "an operation of the API surface is not an object", pointer, hint=hint)
        return None
    group, method = entry.get("group"), entry.get("method")
    for what, value in (("group", group), ("method", method)):
        if not isinstance(value, str) or not value.isidentifier() or value.startswith("_"):
            diags.error("bad-lock", f"`{what}` {value!r} is not a public Python name", f"{pointer}/{what}", hint=hint)
            return None
    parameters: dict[tuple[str, str], str] = {}
    params = entry.get("params")
    for index, param in enumerate(params if isinstance(params, list) else []):
        if isinstance(param, dict) and all(isinstance(param.get(k), str) for k in ("in", "wire", "name")):
            if param["name"].isidentifier():
                parameters[(param["in"], param["wire"])] = param["name"]
                continue
        diags.error("bad-lock", "a parameter needs string `in`, `wire` and a Python `name`",
                    f"{pointer}/params/{index}", hint=hint)
    return LockedOperation(str(group), str(method), parameters)
