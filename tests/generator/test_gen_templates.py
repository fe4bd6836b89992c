"""A team's template folder: one whole file replaced and one `{% block %}` overridden change exactly those outputs.

And a run that fails (here: a broken team template) leaves the output folder as it was.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from gen_support import PACKAGE, SPECS, generate_into, make_workspace, run_cli, summary_line, tree_hashes

SPEC = SPECS / "small.json"
README = "# Team build of {{ package_name }}\n\n{% for g in groups %}- {{ g.attribute }}\n{% endfor %}"
GROUP = (
    '{% extends "default/package/api/group.py.jinja" %}\n'
    "{% block module_docstring %}\n"
    '{{ ("Team module for " ~ group.tag ~ ".") | docstring(0) }}\n'
    "{% endblock %}\n"
)


def _team_folder(root: Path) -> Path:
    team = root / "team-templates"
    (team / "project").mkdir(parents=True)
    (team / "package" / "api").mkdir(parents=True)
    (team / "project" / "README.md.jinja").write_text(README, "utf-8")
    (team / "package" / "api" / "group.py.jinja").write_text(GROUP, "utf-8")
    return team


@pytest.fixture(scope="module")
def default_tree(workspace: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("default") / "out"
    generate_into(workspace, SPEC, output)
    return output


def _check_override(default: Path, custom: Path) -> None:
    base, changed = tree_hashes(default), tree_hashes(custom)
    assert set(base) == set(changed)
    differing = sorted(k for k in base if base[k] != changed[k])
    assert differing == ["README.md", f"{PACKAGE}/api/metadata.py", f"{PACKAGE}/api/workflow.py"]

    # The replaced file is the team's, rendered with the documented context.
    assert (custom / "README.md").read_text("utf-8") == "# Team build of conductor_client\n\n- metadata\n- workflow\n"

    # The overridden block: only the module docstring differs; the rest of each module is the default's.
    for module, tag in (("metadata", "metadata-resource"), ("workflow", "workflow-resource")):
        mine = ast.parse((custom / PACKAGE / "api" / f"{module}.py").read_text("utf-8"))
        theirs = ast.parse((default / PACKAGE / "api" / f"{module}.py").read_text("utf-8"))
        assert ast.get_docstring(mine) == f"Team module for {tag}."
        assert ast.get_docstring(theirs) != ast.get_docstring(mine)
        assert [ast.dump(n) for n in mine.body[1:]] == [ast.dump(n) for n in theirs.body[1:]]
        assert len(mine.body) > 5


def test_team_templates_from_the_command_line(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    team = _team_folder(tmp_path)
    output = tmp_path / "out"
    generate_into(workspace, SPEC, output, "--templates", team)
    _check_override(default_tree, output)


def test_team_templates_from_the_config(default_tree: Path, tmp_path: Path) -> None:
    """`templates = "..."` in [tool.conductor-codegen], relative to the pyproject's folder."""
    _team_folder(tmp_path)
    config = make_workspace(tmp_path, extra='templates = "team-templates"\n')
    output = tmp_path / "out"
    generate_into(config, SPEC, output)
    _check_override(default_tree, output)


def test_changing_a_team_template_regenerates(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    """The team folder is part of what the up-to-date check compares."""
    team = _team_folder(tmp_path)
    output = tmp_path / "out"
    generate_into(workspace, SPEC, output, "--templates", team)
    (team / "project" / "README.md.jinja").write_text("changed\n", "utf-8")
    result = generate_into(workspace, SPEC, output, "--templates", team)
    assert summary_line(result).startswith("generated:"), result.out
    assert (output / "README.md").read_text("utf-8") == "changed\n"


@pytest.mark.parametrize(
    "template",
    [
        pytest.param("{{ no_such_variable }}\n", id="undefined-variable"),
        pytest.param("def broken(:\n", id="not-python"),
    ],
)
def test_a_failing_run_leaves_the_output_as_it_was(
    template: str, default_tree: Path, workspace: Path, tmp_path: Path
) -> None:
    output = tmp_path / "parent" / "out"
    shutil.copytree(default_tree, output)
    before = tree_hashes(output)
    team = tmp_path / "bad-templates"
    (team / "package").mkdir(parents=True)
    (team / "package" / "client.py.jinja").write_text(template, "utf-8")

    result = run_cli("generate", SPEC, "--config", workspace, "--output", output, "--templates", team)

    assert result.code == 2, result.err  # the team's mistake: bad input, not a bug of the generator
    assert str(team / "package" / "client.py.jinja") in result.err
    assert tree_hashes(output) == before
    assert sorted(p.name for p in output.parent.iterdir()) == ["out"]  # no staging folder left behind
