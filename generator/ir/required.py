"""Which fields of a model are required: the spec's `required` lists, corrected by what the server enforces.

The spec is wrong both ways (it requires `TaskDef.timeoutSeconds`, which the server defaults to 0, and does not
require `TaskDef.name`, which the server refuses to go without), so the corrections are kept as data:
`server_required.json`, measured on the real server and kept true by tests/e2e/test_required_probe.py, extended
by a team's `[tool.conductor-codegen.required-fields]`. They apply by schema name and wire name, so one table
serves every document of the same server.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

TABLE_PATH = Path(__file__).with_name("server_required.json")
CONFIG_KEY = "required-fields"


@lru_cache(maxsize=1)
def server_table() -> dict[str, dict[str, bool]]:
    """The bundled table: schema name → wire name → whether the server requires it."""
    fields = json.loads(TABLE_PATH.read_text("utf-8"))["fields"]
    return {schema: {wire: bool(flag) for wire, flag in entries.items()} for schema, entries in fields.items()}


def split_key(key: str) -> tuple[str, str]:
    """`"TaskDef.name"` → `("TaskDef", "name")`; split at the last dot (schema names may hold dots)."""
    schema, _, wire = key.rpartition(".")
    return schema, wire


class RequiredFields:
    """The corrections for one run: the bundled table with a team's overrides (`"Schema.field"` → bool) on top.

    Remembers which overrides matched a field, so that one matching nothing (a typo, a schema this document
    lacks) can be reported."""

    def __init__(self, overrides: Mapping[str, bool] | None = None) -> None:
        self._table = {schema: dict(entries) for schema, entries in server_table().items()}
        self._overrides = dict(overrides or {})
        for key, flag in self._overrides.items():
            schema, wire = split_key(key)
            self._table.setdefault(schema, {})[wire] = flag
        self._matched: set[str] = set()

    def required(self, schema_name: str, spec_required: Iterable[str], properties: Iterable[str]) -> list[str]:
        """The required wire names of a schema: the spec's list corrected by the table, in property order."""
        corrections = self._table.get(schema_name, {})
        listed = list(spec_required)
        result = []
        for wire in properties:
            flag = corrections.get(wire)
            if flag is not None:
                self._matched.add(f"{schema_name}.{wire}")
            if flag if flag is not None else wire in listed:
                result.append(wire)
        # A required name that is no property stays as the spec has it (datamodel-code-generator decides).
        return result + [wire for wire in listed if wire not in result and wire not in corrections]

    def unmatched_overrides(self) -> list[str]:
        """The team's keys that named no property of any schema seen so far."""
        return sorted(key for key in self._overrides if key not in self._matched)
