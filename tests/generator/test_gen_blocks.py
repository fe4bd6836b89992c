"""Blocks as the team's override points: templates/README.md lists exactly the blocks the templates define; a
method's docstring and the client's constructor change through a block and nothing else changes; a block that
overrides nothing is a warning naming the nearest block (an error under --strict); a `{# drop #}` file drops a
bundled file."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import jinja2
import pytest
from gen_support import PACKAGE, ROOT, SPECS, generate_into, imported_package, run_cli, tree_hashes
from jinja2 import nodes

SPEC = SPECS / "small.json"
TEMPLATES = ROOT / "templates"
BLOCK_FOLDERS = ("package", "project", "parts", "docs")


def _defined_blocks() -> set[tuple[str, str]]:
    env = jinja2.Environment()
    found = set()
    for folder in BLOCK_FOLDERS:
        for path in (TEMPLATES / folder).rglob("*.jinja"):
            tree = env.parse(path.read_text("utf-8"))
            name = path.relative_to(TEMPLATES).as_posix()
            found |= {(name, block.name) for block in tree.find_all(nodes.Block)}
    return found


def _documented_blocks() -> set[tuple[str, str]]:
    text = (TEMPLATES / "README.md").read_text("utf-8")
    section = text.split("\n## Blocks\n", 1)[1].split("\n## ", 1)[0]
    found = set()
    for line in section.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) < 2 or not cells[0].startswith("`"):
            continue
        template = cells[0].strip("`")
        found |= {(template, block) for block in re.findall(r"`([a-z_]+)`", cells[1])}
    return found


def test_the_readme_names_every_model_template_and_its_blocks() -> None:
    """The model templates (datamodel-code-generator's, `.jinja2`) are described in prose: each file and each of
    its blocks is named there."""
    text = (TEMPLATES / "README.md").read_text("utf-8")
    env = jinja2.Environment()
    models = sorted((TEMPLATES / "models").rglob("*.jinja2"))
    assert len(models) == 3
    for path in models:
        assert path.name in text, path
        for block in env.parse(path.read_text("utf-8")).find_all(nodes.Block):
            assert f"`{block.name}`" in text, (path.name, block.name)


def test_the_readme_lists_every_block_of_the_templates() -> None:
    defined = _defined_blocks()
    assert len(defined) > 20
    documented = _documented_blocks()
    assert sorted(defined - documented) == [], "blocks missing from templates/README.md"
    assert sorted(documented - defined) == [], "templates/README.md lists blocks that do not exist"


@pytest.fixture(scope="module")
def default_tree(workspace: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("default") / "out"
    generate_into(workspace, SPEC, output)
    return output


def _team(root: Path, files: dict[str, str]) -> Path:
    team = root / "team"
    for name, text in files.items():
        (team / name).parent.mkdir(parents=True, exist_ok=True)
        (team / name).write_text(text, "utf-8")
    return team


def _without_docstrings(tree: ast.AST) -> str:
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and ast.get_docstring(node) is not None:
            node.body = node.body[1:]
    return ast.dump(tree)


def test_a_method_docstring_override_changes_only_the_docstrings(
    default_tree: Path, workspace: Path, tmp_path: Path
) -> None:
    method = (
        '{% extends "default/parts/api/method.py.jinja" %}\n'
        "{% block method_docstring %}\n"
        '        """{{ op.key }}: owned by the payments team ({{ "async" if is_async else "sync" }})."""\n'
        "{% endblock %}\n"
    )
    team = _team(tmp_path, {"parts/api/method.py.jinja": method})
    output = tmp_path / "out"
    result = generate_into(workspace, SPEC, output, "--templates", team)
    assert "unknown-block" not in result.err

    base, changed = tree_hashes(default_tree), tree_hashes(output)
    assert sorted(k for k in base if base[k] != changed.get(k)) == [f"{PACKAGE}/api/metadata.py", f"{PACKAGE}/api/workflow.py"]
    for module in ("metadata", "workflow"):
        mine = ast.parse((output / PACKAGE / "api" / f"{module}.py").read_text("utf-8"))
        theirs = ast.parse((default_tree / PACKAGE / "api" / f"{module}.py").read_text("utf-8"))
        methods = [n for n in ast.walk(mine) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name != "__init__"]
        assert methods
        for node in methods:
            flavour = "async" if isinstance(node, ast.AsyncFunctionDef) else "sync"
            assert re.fullmatch(rf"[A-Z]+ /\S*: owned by the payments team \({flavour}\)\.", ast.get_docstring(node) or "")
        # The class docstrings and everything else are the bundled templates'.
        assert _without_docstrings(mine) == _without_docstrings(theirs)


def test_a_constructor_through_its_block(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    client = (
        '{% extends "default/package/client.py.jinja" %}\n'
        "{% block imports %}\n{{ super() }}\nfrom typing import Any\n{% endblock %}\n"
        "{% block sync_client_init %}\n\n"
        "    def __init__(self, *args: Any, **kwargs: Any) -> None:\n"
        "        super().__init__(*args, **kwargs)\n"
        '        self.team = "payments"\n'
        "{% endblock %}\n"
    )
    team = _team(tmp_path, {"package/client.py.jinja": client})
    output = tmp_path / "out"
    generate_into(workspace, SPEC, output, "--templates", team)
    base, changed = tree_hashes(default_tree), tree_hashes(output)
    assert sorted(k for k in base if base[k] != changed.get(k)) == [f"{PACKAGE}/client.py"]
    with imported_package(output, PACKAGE) as package:
        made = package.ConductorClient("http://127.0.0.1:9")
        try:
            assert made.team == "payments"
            assert type(made.workflow).__name__ == "WorkflowApi"
        finally:
            made.close()


MISSPELT = (
    '{% extends "default/package/client.py.jinja" %}\n'
    "{% block module_docstring %}\n"
    '"""Team client."""\n'
    "{% endblock %}\n"
    "\n"
    "{% block sync_clientt %}\n"
    "class Nothing: ...\n"
    "{% endblock %}\n"
)


def test_a_misspelt_block_is_a_warning_naming_the_nearest(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    team = _team(tmp_path, {"package/client.py.jinja": MISSPELT})
    output = tmp_path / "out"
    result = generate_into(workspace, SPEC, output, "--templates", team)
    assert "warning[unknown-block]" in result.err
    assert f"{team / 'package/client.py.jinja'}:6" in result.err
    assert "block 'sync_clientt' overrides no block of 'default/package/client.py.jinja'" in result.err
    assert "did you mean 'sync_client'?" in result.err
    assert "(1 warnings" in result.out
    text = (output / PACKAGE / "client.py").read_text("utf-8")
    assert text.startswith('"""Team client."""') and "Nothing" not in text


def test_a_misspelt_block_fails_a_strict_run(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    team = _team(tmp_path, {"package/client.py.jinja": MISSPELT})
    output = tmp_path / "out"
    result = run_cli("generate", SPEC, "--config", workspace, "--output", output, "--templates", team, "--strict")
    assert result.code == 2, result.err
    assert "error[unknown-block]" in result.err and "did you mean 'sync_client'?" in result.err
    assert not output.exists()


def test_a_block_nested_in_an_override_is_not_a_mistake(workspace: Path, tmp_path: Path) -> None:
    """A new block inside an overriding one is there for templates that extend the team's: not warned about."""
    group = (
        '{% extends "default/package/api/group.py.jinja" %}\n'
        '{% block module_docstring %}{% block team_header %}"""Team."""{% endblock %}\n{% endblock %}\n'
    )
    team = _team(tmp_path, {"package/api/group.py.jinja": group})
    result = generate_into(workspace, SPEC, tmp_path / "out", "--templates", team)
    assert "unknown-block" not in result.err


def test_dropping_a_bundled_file(default_tree: Path, workspace: Path, tmp_path: Path) -> None:
    team = _team(tmp_path, {"project/README.md.jinja": "{# drop #}\n", "package/api/__init__.py.jinja": "{# drop #}"})
    output = tmp_path / "out"
    generate_into(workspace, SPEC, output, "--templates", team)
    base, changed = tree_hashes(default_tree), tree_hashes(output)
    assert sorted(set(base) - set(changed)) == ["README.md", f"{PACKAGE}/api/__init__.py"]
    assert sorted(k for k in changed if changed[k] != base[k]) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        pytest.param("package/_server_auth.py.jinja", "cannot be dropped: the package's runtime imports", id="runtime-needs-it"),
        pytest.param("project/READM.md.jinja", "did you mean project/README.md.jinja?", id="no-such-file"),
        pytest.param("parts/api/method.py.jinja", "not a bundled template that is rendered", id="a-part"),
    ],
)
def test_a_drop_that_cannot_apply_is_bad_input(name: str, expected: str, workspace: Path, tmp_path: Path) -> None:
    team = _team(tmp_path, {name: "{# drop #}\n"})
    output = tmp_path / "out"
    result = run_cli("generate", SPEC, "--config", workspace, "--output", output, "--templates", team)
    assert result.code == 2, result.err
    assert str(team / name) in result.err and expected in result.err
    assert not output.exists()
