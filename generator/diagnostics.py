"""Problems found in the input, collected as values and reported together at the end.

A diagnostic always says what is wrong, where (file and JSON pointer) and, where we know it, what to do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Level = Literal["error", "warning"]


def json_pointer(*parts: object) -> str:
    """RFC 6901 pointer from path parts: `json_pointer("paths", "/api/x", "get")` → `/paths/~1api~1x/get`."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


@dataclass(frozen=True)
class Diagnostic:
    level: Level
    code: str
    message: str
    pointer: str = ""
    file: str = ""
    hint: str = ""

    def format(self) -> str:
        where = self.file or "<spec>"
        if self.pointer:
            where += "#" + self.pointer
        text = f"{where}: {self.level}[{self.code}]: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


@dataclass
class Diagnostics:
    """Collects diagnostics for one source file."""

    file: str = ""
    items: list[Diagnostic] = field(default_factory=list)

    def warn(self, code: str, message: str, pointer: str = "", hint: str = "") -> None:
        self.items.append(Diagnostic("warning", code, message, pointer, self.file, hint))

    def error(self, code: str, message: str, pointer: str = "", hint: str = "") -> None:
        self.items.append(Diagnostic("error", code, message, pointer, self.file, hint))

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == "error"]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.level == "warning"]

    def raise_if_errors(self) -> None:
        if self.errors:
            raise SpecError(self.errors, self.warnings)


class SpecError(Exception):
    """The input cannot be turned into a package. Carries every error found, not only the first."""

    def __init__(self, errors: list[Diagnostic], warnings: list[Diagnostic] | None = None) -> None:
        self.errors = errors
        self.warnings = warnings or []
        super().__init__("\n".join(d.format() for d in errors))
