"""What `[tool.conductor-codegen]` may hold, checked strictly: a pydantic model that forbids unknown keys and takes
values only of their own type (`include-tags = "workflow"` is not eight one-letter tags, `strict = "false"` is not
true). Every problem is reported with its key, the type expected and, for an unknown key, the key it probably meant.

Kept apart from config.py: a table that is right is read without it (config._plain_table), so pydantic is imported
only to word the problems of one that is not.
"""

from __future__ import annotations

import difflib
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

_TAGS = 'a list of strings, e.g. ["workflow-resource"]'
# What each key takes, in the words of the README: said in every error about that key.
EXPECTED = {
    "spec": "a string: a file (relative to this pyproject.toml) or an http(s) URL",
    "output": "a string: the output folder",
    "package-name": 'a string: a Python package name, e.g. "conductor_client"',
    "templates": 'a string: a folder of template overrides ("" for none)',
    "include-tags": _TAGS,
    "exclude-tags": _TAGS,
    "strict": "true or false (a TOML boolean, not a string)",
    "method-names": 'a table of "METHOD /path" = "python_name"',
    "required-fields": 'a table of "Schema.field" = true or false',
}


class ConfigTable(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    spec: str = Field("spec/conductor-openapi.json", min_length=1)
    output: str = Field("generated", min_length=1)
    package_name: str = Field("conductor_client", alias="package-name", pattern=r"^[a-z_][a-z0-9_]*$")
    templates: str = ""
    include_tags: list[str] = Field(default_factory=list, alias="include-tags")
    exclude_tags: list[str] = Field(default_factory=list, alias="exclude-tags")
    method_names: dict[str, str] = Field(default_factory=dict, alias="method-names")
    required_fields: dict[str, bool] = Field(default_factory=dict, alias="required-fields")
    strict: bool = False


def known_keys() -> list[str]:
    return sorted(field.alias or name for name, field in ConfigTable.model_fields.items())


def validate_table(table: dict[str, Any]) -> ConfigTable:
    """Raises pydantic's ValidationError (a ValueError); `table_errors` words it."""
    return ConfigTable.model_validate(table)


def table_errors(exc: ValueError) -> list[str]:
    """One line per problem: the key (with the entry inside a list or table), the value given, what is expected."""
    if not isinstance(exc, ValidationError):
        return [str(exc)]
    lines = []
    for error in exc.errors():
        loc = list(error["loc"])
        key = str(loc[0]) if loc else "?"
        where = key + "".join(f"[{json.dumps(part)}]" for part in loc[1:])  # a list's index, a table's "key"
        if error["type"] == "extra_forbidden" and len(loc) == 1:
            nearest = difflib.get_close_matches(key, known_keys(), n=1, cutoff=0.6)
            hint = f"did you mean {nearest[0]!r}?" if nearest else f"the keys are: {', '.join(known_keys())}"
            lines.append(f"unknown key {key!r}: {hint}")
            continue
        given = json.dumps(error.get("input"), default=str)
        lines.append(f"{where} = {given}: expected {EXPECTED.get(key, 'another value')} ({error['msg']})")
    return lines
