"""The models module's edits (Field calls, docstrings) made in one pass, and the split modules printed from the
split's syntax tree: the same text as the separate passes and a fresh parse of each module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.config import Config
from generator.pipeline import build
from generator.render.environment import template_dirs
from generator.render.model_edits import SourceLines, apply_edits, field_call
from generator.render.model_modules import split_models
from generator.render.model_printer import print_models_module, print_module_parts
from generator.render.models import render_models

ROOT = Path(__file__).resolve().parents[2]
SPECS = [ROOT / "spec" / "conductor-openapi.json", ROOT / "tests" / "specs" / "conductor-3.21.14.json"]


def test_insertions_at_one_offset_keep_the_later_first() -> None:
    source = "a\nb\nc\n"
    edits = [(2, 2, "x\n"), (2, 2, "y\n"), (0, 1, "A"), (4, 5, "C")]
    assert apply_edits(source, edits) == "A\ny\nx\nb\nC\n"


def test_field_calls_are_located_by_character_not_byte() -> None:
    source = 'class A(B):\n    é: Literal["ü"] | None = Field(None, alias="é", title="→")\n'
    call = ast.parse(source).body[0].body[0].value  # type: ignore[attr-defined]
    where = SourceLines(source)
    start, end = where.span(call)
    assert source[start:end] == 'Field(None, alias="é", title="→")'
    assert field_call(call, where.segment) == (
        'Field(default=None, validation_alias="é", serialization_alias="é", title="→")'
    )


@pytest.fixture(scope="module", params=SPECS, ids=lambda p: p.name)
def models_source(request: pytest.FixtureRequest) -> str:
    ir, _diags, _ = build(str(request.param), Config())
    return render_models(ir, [d / "models" for d in template_dirs(None)])


def test_printing_from_the_split_tree_equals_printing_each_module_parsed(models_source: str) -> None:
    modules = split_models(models_source)
    assert len(modules.files) > 100
    for name, text in modules.files.items():
        assert print_module_parts(modules.parts[name]) == print_models_module(text), name


def test_outside_the_printer_subset_from_the_split_tree_too() -> None:
    source = (
        "from pydantic import Field\n\n\n"
        "class A(Base):\n    x: int = Field(default=compute())\n\n\n"
        "class B(Base):\n    y: A | None = None\n\n\n"
        "B.model_config = {}\n\n\n"
        "def helper() -> None:\n    pass\n"
    )
    modules = split_models(source)
    assert set(modules.files) == {"_a.py", "_b.py", "_helper.py"}
    for name, text in modules.files.items():
        assert print_module_parts(modules.parts[name]) is None
        assert print_models_module(text) is None


@pytest.mark.parametrize(("fields", "annotation", "form"), [
    (2, 'list["Other"] | None', "        def __init__(self, *"),  # the stub on one line
    (5, "int | None", "            self, *, "),  # its parameters on a line of their own
    (12, 'list["Other"] | None', "            self,\n            *,\n"),  # one a line
])
def test_the_type_checker_constructor_is_printed_as_black_prints_it(fields: int, annotation: str, form: str) -> None:
    from generator.format.black_format import format_source

    names = [f"f{i}" for i in range(fields)]
    parameters = ", ".join(["self", "*", f"{names[0]}: str"] + [f"{n}: {annotation} = ..." for n in names[1:]])
    source = (
        "from typing import TYPE_CHECKING, ClassVar\n\n\n"
        "class A(RequiredFieldsModel):\n"
        f'    __conductor_required__: ClassVar[tuple[str, ...]] = ("{names[0]}",)\n'
        + "".join(f"    {n}: str | None = None\n" for n in names)
        + f"\n    if TYPE_CHECKING:\n\n        def __init__({parameters}) -> None: ...\n"
    )
    printed = print_models_module(source)
    assert printed is not None
    assert printed == format_source("m.py", source)
    assert form in printed


@pytest.mark.parametrize("body", [
    "    if OTHER:\n\n        def __init__(self, *, a: str) -> None: ...\n",
    "    if TYPE_CHECKING:\n\n        def __init__(self, *, a: str = None) -> None: ...\n",
    "    if TYPE_CHECKING:\n\n        def __init__(self, a: str) -> None: ...\n",
    "    if TYPE_CHECKING:\n\n        def __init__(self, *, a: str) -> None:\n            pass\n",
])
def test_other_ifs_and_methods_are_left_to_black(body: str) -> None:
    assert print_models_module("class A(B):\n    a: str | None = None\n\n" + body) is None
