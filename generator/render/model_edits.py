"""The edits datamodel-code-generator's module gets from us, made in one pass over one parse of it.

Two kinds, both located through the same syntax tree (parsing the 250 KB module costs ~35 ms, and it used to be
parsed once per kind):
- each `Field(...)` call rewritten for type checkers (see `field_call`);
- each field's docstring, from the IR, inserted on the line below the one that defines it (class docstrings are
  written by the model templates, from data render/models.py passes them).
Edits are (start, end, text) on character offsets of the original source, applied from the last to the first,
so none moves another.
"""

from __future__ import annotations

import ast
from collections.abc import Callable

from ..ir.model import Ir
from .literals import py_docstring

Edit = tuple[int, int, str]


class SourceLines:
    """Offsets of a source's lines, to turn ast positions (line, UTF-8 byte column) into string offsets."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.lines = source.split("\n")
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)

    def position(self, lineno: int, byte_column: int) -> int:
        line = self.lines[lineno - 1]
        # ast counts columns in UTF-8 bytes; an ASCII line (nearly all of them) needs no decoding
        column = byte_column if line.isascii() else len(line.encode("utf-8")[:byte_column].decode("utf-8"))
        return self.starts[lineno - 1] + column

    def span(self, node: ast.expr) -> tuple[int, int]:
        start = self.position(node.lineno, node.col_offset)
        return start, self.position(node.end_lineno or node.lineno, node.end_col_offset or 0)

    def segment(self, node: ast.expr) -> str:
        start, end = self.span(node)
        return self.source[start:end]

    def line_start(self, index: int) -> int:
        """The offset where 0-based line `index` starts (the end of the source for the line after the last)."""
        return self.starts[index] if index < len(self.lines) else len(self.source)


def edited_models_source(ir: Ir, source: str, tree: ast.Module) -> str:
    """`source` (whose syntax tree is `tree`) with its Field calls rewritten and its docstrings inserted."""
    where = SourceLines(source)
    edits: list[Edit] = []
    models = {m.class_name: m for m in ir.models}
    for cls in tree.body:
        if not isinstance(cls, ast.ClassDef):
            continue
        model = models.get(cls.name)
        descriptions = {f.python_name: f.description for f in model.fields if f.description} if model else {}
        for statement in cls.body:
            if not isinstance(statement, ast.AnnAssign):
                continue
            call = statement.value
            if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "Field":
                start, end = where.span(call)
                edits.append((start, end, field_call(call, where.segment)))
            target = statement.target
            if isinstance(target, ast.Name) and target.id in descriptions and statement.end_lineno:
                edits.append(_insert_line(where, statement.end_lineno, "    " + py_docstring(descriptions[target.id], 4)))
    return apply_edits(source, edits)


def field_call(call: ast.Call, segment: Callable[[ast.expr], str]) -> str:
    """`Field(None, alias="x")` → `Field(default=None, validation_alias="x", serialization_alias="x")`.

    Type checkers read pydantic models as dataclasses (PEP 681): they take a positional default for no default
    and `alias` for the name of the constructor's argument, so user code would have to pass every field, by its
    wire name. With the default named and the alias split in two, the constructor takes Python names, and
    pydantic still reads and writes the wire names.
    """
    arguments = []
    if call.args:
        arguments.append(f"default={segment(call.args[0])}")
    for keyword in call.keywords:
        value = segment(keyword.value)
        if keyword.arg == "alias":
            arguments += [f"validation_alias={value}", f"serialization_alias={value}"]
        else:
            arguments.append(f"{keyword.arg}={value}" if keyword.arg else f"**{value}")
    return f"Field({', '.join(arguments)})"


def _insert_line(where: SourceLines, index: int, text: str) -> Edit:
    """A new line `text` before 0-based line `index` (after the last line when there is no such line)."""
    offset = where.line_start(index)
    return (offset, offset, text + "\n") if index < len(where.lines) else (offset, offset, "\n" + text)


def apply_edits(source: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits. Two insertions at one offset: the later-listed one comes first in the text."""
    pieces: list[str] = []
    end_of_rest = len(source)
    for start, end, text in sorted(edits, key=lambda edit: -edit[0]):  # stable: list order kept within an offset
        pieces.append(source[end:end_of_rest])
        pieces.append(text)
        end_of_rest = start
    pieces.append(source[:end_of_rest])
    return "".join(reversed(pieces))
