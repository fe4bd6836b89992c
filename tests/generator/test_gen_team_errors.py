"""A team's template mistakes are bad input (exit 2) that name the template file and line, or for output that is not
Python the generated file and line and the template that made it; the output folder is left as it was. A failure
with no team template on the stack stays a bug of the generator (exit 1)."""

from __future__ import annotations

import shutil
from pathlib import Path

import jinja2
import pytest
from gen_support import SPECS, generate_into, run_cli, tree_hashes

from generator.render.environment import make_environment
from generator.render.team import TeamFolder, render_failure

SPEC = SPECS / "small.json"
GROUP = "package/api/group.py.jinja"
METHOD = "parts/api/method.py.jinja"


@pytest.fixture(scope="module")
def default_tree(workspace: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("default") / "out"
    generate_into(workspace, SPEC, output)
    return output


def _run_with(team_files: dict[str, str], default_tree: Path, workspace: Path, tmp_path: Path) -> tuple[str, Path]:
    """Generate over a copy of the default output with a team folder; return stderr and the team folder, after
    checking the run failed as bad input and left the output as it was."""
    team = tmp_path / "team"
    for name, text in team_files.items():
        (team / name).parent.mkdir(parents=True, exist_ok=True)
        (team / name).write_text(text, "utf-8")
    output = tmp_path / "out"
    shutil.copytree(default_tree, output)
    before = tree_hashes(output)
    result = run_cli("generate", SPEC, "--config", workspace, "--output", output, "--templates", team)
    assert result.code == 2, (result.code, result.err)
    assert "bug in conductor-codegen" not in result.err
    assert tree_hashes(output) == before
    return result.err, team


def test_undefined_name_names_the_template_and_line(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    group = '{% extends "default/package/api/group.py.jinja" %}\n{% block module_docstring %}\n"""{{ grup.tag }}"""\n{% endblock %}\n'
    err, team = _run_with({GROUP: group}, default_tree, workspace, tmp_path)
    assert f"{team / GROUP}:3: undefined name" in err
    assert "'grup' is undefined" in err


def test_undefined_name_in_an_included_part(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    method = (
        '{% extends "default/parts/api/method.py.jinja" %}\n\n'
        "{% block method_body %}\n        return {{ nothing_here }}\n{% endblock %}\n"
    )
    err, team = _run_with({METHOD: method}, default_tree, workspace, tmp_path)
    assert f"{team / METHOD}:4: undefined name" in err
    assert "'nothing_here' is undefined" in err


def test_syntax_error_names_the_template_and_line(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    client = "{# fine #}\n\nx = 1\n{% for g in groups %}\n{{ g.tag }\n{% endfor %}\n"
    err, team = _run_with({"package/client.py.jinja": client}, default_tree, workspace, tmp_path)
    assert f"{team / 'package/client.py.jinja'}:5: template syntax error" in err


def test_syntax_error_in_an_unused_team_file_is_found_too(
    default_tree: Path, workspace: Path, tmp_path: Path
) -> None:
    err, team = _run_with({"package/extra.py.jinja": "x = 1\n{% if %}\n"}, default_tree, workspace, tmp_path)
    assert f"{team / 'package/extra.py.jinja'}:2: template syntax error" in err


def test_missing_parent_template(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    err, team = _run_with({GROUP: '\n{% extends "default/package/api/grop.py.jinja" %}\n'}, default_tree, workspace, tmp_path)
    assert f"{team / GROUP}:2: template not found" in err
    assert "default/package/api/grop.py.jinja" in err


def test_output_that_is_not_python_names_the_generated_file_and_line(
    default_tree: Path, workspace: Path, tmp_path: Path
) -> None:
    extra = '"""A team module."""\n\nx = 1\ndef broken(:\n    pass\n'
    err, team = _run_with({"package/extra.py.jinja": extra}, default_tree, workspace, tmp_path)
    assert "conductor_client/extra.py:4 (as rendered, before black)" in err
    assert str(team / "package/extra.py.jinja") in err
    assert "def broken(:" in err


def test_not_python_through_an_overridden_part_names_the_part(
    default_tree: Path, workspace: Path, tmp_path: Path
) -> None:
    method = '{% extends "default/parts/api/method.py.jinja" %}\n{% block method_body %}\n        return (\n{% endblock %}\n'
    err, team = _run_with({METHOD: method}, default_tree, workspace, tmp_path)
    assert "conductor_client/api/metadata.py:" in err  # the first group rendered
    assert f"made by team template {team / METHOD}, this is not Python" in err


def test_a_failure_without_a_team_template_is_not_blamed_on_the_team(tmp_path: Path) -> None:
    """The classification looks at the stack: a bundled template failing on its own stays a bug of ours."""
    (tmp_path / "package").mkdir()
    (tmp_path / "package" / "extra.py.jinja").write_text("x = {{ 1 }}\n", "utf-8")
    env = make_environment(tmp_path)
    with pytest.raises(jinja2.UndefinedError) as bundled_failure:
        env.get_template("package/client.py.jinja").render()  # no context: `groups` is undefined
    assert render_failure(bundled_failure.value, TeamFolder(tmp_path), "client.py") is None

    (tmp_path / "package" / "extra.py.jinja").write_text("x = 1\ny = {{ missing }}\n", "utf-8")
    env = make_environment(tmp_path)
    with pytest.raises(jinja2.UndefinedError) as team_failure:
        env.get_template("package/extra.py.jinja").render()
    error = render_failure(team_failure.value, TeamFolder(tmp_path), "extra.py")
    assert error is not None and str(error).startswith(f"{tmp_path / 'package/extra.py.jinja'}:2: undefined name")


MODEL_TEMPLATE = "models/pydantic_v2/BaseModel.jinja2"


def test_syntax_error_in_a_team_model_template(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    """datamodel-code-generator renders it in another process: it is parsed here first, for its file and line."""
    err, team = _run_with({MODEL_TEMPLATE: "class {{ class_name }}(BaseModel):\n{% if %}\n"}, default_tree, workspace, tmp_path)
    assert f"{team / MODEL_TEMPLATE}:2: template syntax error" in err


def test_a_team_model_template_that_fails_is_the_teams(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    template = "class {{ class_name }}(BaseModel):\n    {{ fields[0].nope.nope }}\n"
    err, team = _run_with({MODEL_TEMPLATE: template}, default_tree, workspace, tmp_path)
    assert f"the models could not be made with the team's model templates ({team / MODEL_TEMPLATE})" in err
    assert "nope" in err
