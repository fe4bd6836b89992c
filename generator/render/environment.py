"""The Jinja environment: bundled templates, a team's overrides in front of them, and the safe-text filters.

Lookup order for a template name: the team folder (`--templates` / `templates =` in the config), then the
bundled templates. A team template can extend the bundled file it replaces as `default/<name>` and override
a single `{% block %}`.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from .literals import comment_line, py_docstring, py_string

BUNDLED_TEMPLATES = Path(__file__).resolve().parent.parent.parent / "templates"


def bundled_templates() -> Path:
    installed = Path(__file__).resolve().parent.parent / "_bundled_templates"
    return installed if installed.is_dir() else BUNDLED_TEMPLATES


def template_dirs(team_dir: Path | None) -> list[Path]:
    """Highest priority first."""
    return ([team_dir] if team_dir else []) + [bundled_templates()]


def make_environment(team_dir: Path | None) -> jinja2.Environment:
    default = jinja2.FileSystemLoader(str(bundled_templates()))
    loaders: list[jinja2.BaseLoader] = []
    if team_dir is not None:
        loaders.append(jinja2.FileSystemLoader(str(team_dir)))
    loaders += [jinja2.PrefixLoader({"default": default}), default]
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pystr"] = py_string
    env.filters["docstring"] = py_docstring
    env.filters["comment"] = comment_line
    return env
