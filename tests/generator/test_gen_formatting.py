"""The format stage: bundled templates write black-formatted code, and the split-and-parallel formatting of a
large module gives exactly what black gives on the whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.config import Config
from generator.format.black_format import format_files, format_large_source, format_source
from generator.pipeline import build
from generator.render.model_printer import print_models_module
from generator.render.package import render_tree

ROOT = Path(__file__).resolve().parents[2]
SPECS = [ROOT / "spec" / "conductor-openapi.json", ROOT / "tests" / "specs" / "conductor-3.21.14.json"]


@pytest.fixture(scope="module", params=SPECS, ids=lambda p: p.name)
def rendered(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    ir, _diags, _ = build(str(request.param), Config())
    return render_tree(ir, None)


def test_bundled_templates_render_black_formatted_code(rendered) -> None:  # type: ignore[no-untyped-def]
    python_files = [p for p in rendered.preformatted if p.endswith(".py") and "/models/_" not in p]
    assert len(python_files) > 30  # api modules, client, runtime, worker
    unstable = [p for p in python_files if format_source(p, rendered.files[p]) != rendered.files[p]]
    assert unstable == []


def test_model_printer_prints_what_black_prints(rendered) -> None:  # type: ignore[no-untyped-def]
    modules = [p for p in rendered.files if "/models/_" in p and not p.endswith("_base.py")]
    assert len(modules) > 100
    # The printer takes every model module of a real spec, and black would change none of them.
    assert [p for p in modules if p not in rendered.preformatted] == []
    unstable = [p for p in modules if format_source(p, rendered.files[p]) != rendered.files[p]]
    assert unstable == []


def test_model_printer_leaves_what_it_does_not_know_to_black() -> None:
    source = "from pydantic import Field\n\n\nclass A(Base):\n    x: int = Field(default=compute())\n"
    assert print_models_module(source) is None
    long_annotation = "class A(Base):\n    x: " + "Optional[" * 20 + "int" + "]" * 20 + " = None\n"
    assert print_models_module(long_annotation) is None


def test_split_formatting_equals_black_on_the_whole(rendered) -> None:  # type: ignore[no-untyped-def]
    # The largest models module (the protobuf internals, one recursive group), made large enough to be cut.
    path, source = max(((p, s) for p, s in rendered.files.items() if "/models/_" in p), key=lambda item: len(item[1]))
    assert source.count("\n") > 1000
    source = source + "\n\n" + source.replace("class ", "class Again")  # make it large enough to cut
    assert format_large_source(path, source, 2) == format_source(path, source)
    assert format_large_source(path, source, 3) == format_source(path, source)


def test_team_templates_are_formatted_by_black(tmp_path: Path) -> None:
    team = tmp_path / "team" / "package"
    team.mkdir(parents=True)
    (team / "extra.py.jinja").write_text("x = {'a':1,\n  'b':2}\n")
    ir, _diags, _ = build(str(SPECS[0]), Config())
    tree = render_tree(ir, tmp_path / "team")
    assert "conductor_client/extra.py" in tree.files
    assert "conductor_client/extra.py" not in tree.preformatted


def test_a_team_part_sends_the_modules_that_include_it_through_black(tmp_path: Path) -> None:
    """Overriding `parts/api/method.py.jinja` changes every API module, though the team has no file at their name:
    they are the team's output and are formatted; the rest stays the bundled templates' (not formatted)."""
    part = tmp_path / "team" / "parts" / "api" / "method.py.jinja"
    part.parent.mkdir(parents=True)
    part.write_text('{% extends "default/parts/api/method.py.jinja" %}\n{% block method_docstring %}\n'
                    '        """Team."""\n{% endblock %}\n')
    ir, _diags, _ = build(str(SPECS[0]), Config())
    tree = render_tree(ir, tmp_path / "team")
    api_modules = {f"conductor_client/api/{group.module}.py" for group in ir.groups}
    assert api_modules and not api_modules & tree.preformatted
    assert "conductor_client/client.py" in tree.preformatted


def test_black_runs_on_team_output_only_when_its_text_is_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.format import black_format

    files = {"pkg/team.py": "x = {'a':1,\n  'b':2}\n", "pkg/bundled.py": "y = 1\n"}
    first = format_files(files, tmp_path / "cache", frozenset({"pkg/bundled.py"}))
    assert first["pkg/team.py"] == 'x = {"a": 1, "b": 2}\n'

    def no_black(*args: object, **kwargs: object) -> str:
        raise AssertionError("black ran on text it had formatted before")

    monkeypatch.setattr(black_format, "format_source", no_black)
    monkeypatch.setattr(black_format, "_format_many", no_black)
    assert format_files(files, tmp_path / "cache", frozenset({"pkg/bundled.py"})) == first
    changed = dict(files, **{"pkg/team.py": "x = {'a':2}\n"})
    with pytest.raises(AssertionError, match="black ran"):
        format_files(changed, tmp_path / "cache", frozenset({"pkg/bundled.py"}))
