"""Renders every file of the output tree into memory: {relative path: text}.

`templates/project/*.jinja` land at the top of the output folder; `templates/package/**.jinja` inside the
package folder. `package/api/group.py.jinja` is rendered once per API group. The models come from
datamodel-code-generator (render/models.py), cut into one private module per group of mutually recursive
classes (render/model_modules.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2

from .. import __version__
from ..diagnostics import Diagnostics
from ..ir.model import Ir
from .environment import make_environment, template_dirs
from .model_modules import split_models
from .model_printer import print_models_module
from .models import render_models

GROUP_TEMPLATE = "package/api/group.py.jinja"
# The generated package's own version; its API is described by the spec version in its README and docstring.
PACKAGE_VERSION = "0.1.0"


def template_context(ir: Ir) -> dict[str, Any]:
    """The context every template receives. A stable contract: see templates/README.md."""
    return {
        "package_name": ir.package_name,
        "distribution_name": ir.package_name.replace("_", "-"),
        "generator_version": __version__,
        "package_version": PACKAGE_VERSION,
        "spec_title": ir.title,
        "spec_version": ir.api_version,
        "openapi_version": ir.openapi_version,
        "groups": ir.groups,
        "models": ir.models,
        "model_names": sorted(m.class_name for m in ir.models),
        "operation_count": len(ir.operations),
    }


def list_templates(env: jinja2.Environment) -> list[str]:
    names = {name for name in env.list_templates(extensions=["jinja"]) if not name.startswith("default/")}
    return sorted(n for n in names if n.startswith(("package/", "project/")))


@dataclass(frozen=True)
class RenderedTree:
    files: dict[str, str]
    # Files already in black's form: what the bundled templates render, and the model modules the printer could
    # print (tests check both on real specs). black is the slowest stage, so it runs only on the rest —
    # whatever a team's own templates render, and a model module outside the printer's subset.
    preformatted: frozenset[str] = frozenset()


def render_package(ir: Ir, team_dir: Path | None, diags: Diagnostics | None = None) -> dict[str, str]:
    return render_tree(ir, team_dir, diags).files


def render_tree(ir: Ir, team_dir: Path | None, diags: Diagnostics | None = None) -> RenderedTree:
    env = make_environment(team_dir)
    package = ir.package_name
    models_dirs = [d / "models" for d in template_dirs(team_dir)]
    model_modules = split_models(render_models(ir, models_dirs, diags))
    files: dict[str, str] = {}
    preformatted: set[str] = set()
    for name, text in model_modules.files.items():
        printed = print_models_module(text)
        files[f"{package}/models/{name}"] = text if printed is None else printed
        if printed is not None:
            preformatted.add(f"{package}/models/{name}")
    context = template_context(ir)
    context["model_modules"] = sorted(model_modules.module_of.items())
    for name in list_templates(env):
        template = env.get_template(name)
        relative = name.removesuffix(".jinja")
        if name == GROUP_TEMPLATE:
            outputs = {f"{package}/api/{group.module}.py": template.render(context, group=group) for group in ir.groups}
        elif relative.startswith("package/"):
            outputs = {f"{package}/{relative.removeprefix('package/')}": template.render(context)}
        else:
            outputs = {relative.removeprefix("project/"): template.render(context)}
        files.update(outputs)
        if not (team_dir is not None and (team_dir / name).is_file()):
            preformatted.update(outputs)
    return RenderedTree(files, frozenset(preformatted))
