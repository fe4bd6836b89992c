"""The model templates as a team's override point: a team template extends the bundled one (reachable as
`default/models/...`) and overrides the block `class_docstring`; only the classes' docstrings change."""

from __future__ import annotations

import ast
from pathlib import Path

from gen_support import PACKAGE, SPECS

from generator.config import load_config
from generator.pipeline import generate

TEAM_MODEL = """{% extends "default/models/pydantic_v2/BaseModel.jinja2" %}
{% block class_docstring %}
    {{ ("Owned by payments. " ~ class_doc_text) | tojson }}
{%- endblock %}
"""
TEAM_ENUM = """{% extends "default/models/Enum.jinja2" %}
{% block class_docstring %}
    \"\"\"Owned by payments.\"\"\"
{%- endblock %}
"""


def _generate(root: Path, team: dict[str, str]) -> dict[str, str]:
    root.mkdir()
    for name, text in team.items():
        (root / "team" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "team" / name).write_text(text)
    templates = 'templates = "team"\n' if team else ""
    (root / "pyproject.toml").write_text(f'[tool.conductor-codegen]\nspec = "{SPECS / "small.json"}"\noutput = "out"\n'
                                         + templates)
    generate(load_config(root / "pyproject.toml"), force=True, cache_dir=root / "cache")
    folder = root / "out" / PACKAGE / "models"
    return {path.name: path.read_text() for path in folder.glob("_*.py") if path.name != "_base.py"}


def _class_docstrings(source: str) -> tuple[dict[str, str | None], str]:
    """Each class's docstring, and the module's syntax tree without them."""
    tree = ast.parse(source)
    docstrings = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            docstrings[node.name] = ast.get_docstring(node)
            if docstrings[node.name] is not None:
                node.body = node.body[1:]
    return docstrings, ast.dump(tree)


def test_a_team_overrides_the_class_docstrings_and_nothing_else(tmp_path: Path) -> None:
    default = _generate(tmp_path / "default", {})
    team = _generate(tmp_path / "team_run", {"models/pydantic_v2/BaseModel.jinja2": TEAM_MODEL,
                                            "models/Enum.jinja2": TEAM_ENUM})
    assert sorted(team) == sorted(default) and len(default) >= 6
    seen = {}
    for name in default:
        default_docs, default_rest = _class_docstrings(default[name])
        team_docs, team_rest = _class_docstrings(team[name])
        assert team_rest == default_rest, name  # the classes themselves are unchanged
        seen.update({cls: (default_docs[cls], team_docs[cls]) for cls in team_docs})
    # The bundled docstring: the schema's description, or where an inline enum came from.
    assert seen["WorkflowStatusEnum"] == ("Inline enum of Workflow.status.", "Owned by payments.")
    assert seen["Workflow"] == (None, "Owned by payments.")
    assert seen["Response"][1] == "Owned by payments."
