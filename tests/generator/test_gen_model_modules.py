"""split_models: a string too complex for Python's parser (a hostile alias or value) is no forward reference."""

from __future__ import annotations

from generator.render.model_modules import split_models


def test_a_string_that_overflows_the_parser_is_not_a_reference() -> None:
    nested = "-" * 7000 + "1"  # ast.parse raises MemoryError ("parser stack overflowed"), not SyntaxError
    source = (
        "from __future__ import annotations\n\n\n"
        "class Task(ConductorModel):\n"
        f"    x: int | None = Field(None, alias={nested!r})\n\n\n"
        "class Workflow(ConductorModel):\n"
        '    tasks: list["Task"] | None = None\n'
    )
    modules = split_models(source)
    assert modules.module_of == {"Task": "_task", "Workflow": "_workflow"}
    assert "from ._task import Task" in modules.files["_workflow.py"]
    assert nested in modules.files["_task.py"]
