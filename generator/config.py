"""`[tool.conductor-codegen]` in pyproject.toml, overridden by command-line options."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

_PACKAGE_NAME = re.compile(r"^[a-z_][a-z0-9_]*$")


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class Config:
    spec: str = "spec/conductor-openapi.json"
    output: str = "generated"
    package_name: str = "conductor_client"
    templates: str = ""
    include_tags: list[str] = field(default_factory=list)
    exclude_tags: list[str] = field(default_factory=list)
    method_names: dict[str, str] = field(default_factory=dict)
    # "Schema.field" → whether the server requires it, over generator/ir/server_required.json
    required_fields: dict[str, bool] = field(default_factory=dict)
    strict: bool = False
    # `generate --rename-methods` only: name every method afresh instead of keeping the package's names (ir/lock.py)
    rename_methods: bool = False
    root: Path = Path(".")

    def path(self, value: str) -> Path:
        return (self.root / value).resolve()

    def with_overrides(self, **values: Any) -> Config:
        return replace(self, **{k: v for k, v in values.items() if v is not None})


def load_config(pyproject: Path | None = None) -> Config:
    path = pyproject or Path("pyproject.toml")
    if not path.is_file():
        return Config(root=path.parent.resolve())
    try:
        tool = tomllib.loads(path.read_text("utf-8")).get("tool", {})
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    table = _read_table(tool.get("conductor-codegen", {}) if isinstance(tool, dict) else {}, path)
    config = Config(
        spec=table.spec,
        output=table.output,
        package_name=table.package_name,
        templates=table.templates,
        include_tags=list(table.include_tags),
        exclude_tags=list(table.exclude_tags),
        method_names=dict(table.method_names),
        required_fields=_required_fields(dict(table.required_fields), str(path)),
        strict=table.strict,
        root=path.parent.resolve(),
    )
    check_config(config, str(path))
    return config


def _read_table(table: object, path: Path) -> Any:
    """`[tool.conductor-codegen]` checked strictly (config_table.py): every problem at once, each with its key."""
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.conductor-codegen] must be a table, not {type(table).__name__}")
    plain = _plain_table(table)
    if plain is not None:
        return plain
    from .config_table import table_errors, validate_table

    try:
        return validate_table(table)
    except ValueError as exc:
        problems = table_errors(exc)
        raise ConfigError(
            f"{path}: {len(problems)} problem(s) in [tool.conductor-codegen]; nothing was written\n"
            + "\n".join(f"  {problem}" for problem in problems)
        ) from None


# The keys and their TOML types, for the fast path below; config_table.ConfigTable is the full rule (a test keeps
# the two in step).
KEY_TYPES: dict[str, tuple[type, type | None]] = {
    "spec": (str, None),
    "output": (str, None),
    "package-name": (str, None),
    "templates": (str, None),
    "include-tags": (list, str),
    "exclude-tags": (list, str),
    "method-names": (dict, str),
    "required-fields": (dict, bool),
    "strict": (bool, None),
}


def _plain_table(table: dict[str, Any]) -> SimpleNamespace | None:
    """The table's values when every key is known and every value of its type, else None (and pydantic words the
    problems). Importing pydantic and building the model costs about 0.14 s of CPU, as much as the whole run that
    finds its output up to date; a table that is right needs neither. Never more lenient than ConfigTable."""
    for key, value in table.items():
        kind, item = KEY_TYPES.get(key, (None, None))
        if kind is None or type(value) is not kind:
            return None
        items: list[Any] = list(value.values()) if isinstance(value, dict) else value if isinstance(value, list) else []
        if item is not None and any(type(element) is not item for element in items):
            return None
    if table.get("spec") == "" or table.get("output") == "" or not _PACKAGE_NAME.fullmatch(table.get("package-name", "x")):
        return None
    return SimpleNamespace(
        spec=table.get("spec", Config.spec),
        output=table.get("output", Config.output),
        package_name=table.get("package-name", Config.package_name),
        templates=table.get("templates", ""),
        include_tags=table.get("include-tags", []),
        exclude_tags=table.get("exclude-tags", []),
        method_names=table.get("method-names", {}),
        required_fields=table.get("required-fields", {}),
        strict=table.get("strict", False),
    )


def _required_fields(value: Any, where: str) -> dict[str, bool]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: required-fields must be a table of \"Schema.field\" = true or false")
    return {str(key): flag for key, flag in value.items()}


def check_config(config: Config, where: str) -> None:
    if not _PACKAGE_NAME.match(config.package_name):
        raise ConfigError(f"{where}: package-name {config.package_name!r} is not a valid Python package name")
    for key, name in config.method_names.items():
        if not name.isidentifier() or name.startswith("_"):
            raise ConfigError(f"{where}: method-names[{key!r}] = {name!r} is not a valid public method name")
    for key, flag in config.required_fields.items():
        schema, _, wire = key.rpartition(".")
        if not (schema and wire) or not isinstance(flag, bool):
            raise ConfigError(f"{where}: required-fields[{key!r}] = {flag!r}: expected \"Schema.field\" = true or false "
                              "(whether the server requires that field)")
