"""`[tool.conductor-codegen]` in pyproject.toml, overridden by command-line options."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
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
    strict: bool = False
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
        table = tomllib.loads(path.read_text("utf-8")).get("tool", {}).get("conductor-codegen", {})
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: {exc}") from exc
    config = Config(
        spec=str(table.get("spec", Config.spec)),
        output=str(table.get("output", Config.output)),
        package_name=str(table.get("package-name", Config.package_name)),
        templates=str(table.get("templates", "")),
        include_tags=[str(t) for t in table.get("include-tags", [])],
        exclude_tags=[str(t) for t in table.get("exclude-tags", [])],
        method_names={str(k): str(v) for k, v in table.get("method-names", {}).items()},
        strict=bool(table.get("strict", False)),
        root=path.parent.resolve(),
    )
    check_config(config, str(path))
    return config


def check_config(config: Config, where: str) -> None:
    if not _PACKAGE_NAME.match(config.package_name):
        raise ConfigError(f"{where}: package-name {config.package_name!r} is not a valid Python package name")
    for key, name in config.method_names.items():
        if not name.isidentifier() or name.startswith("_"):
            raise ConfigError(f"{where}: method-names[{key!r}] = {name!r} is not a valid public method name")
