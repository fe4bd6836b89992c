"""Renders every file of the output tree into memory: {relative path: text}.

`templates/project/*.jinja` land at the top of the output folder; `templates/package/**.jinja` inside the
package folder. `package/api/group.py.jinja` is rendered once per API group. The models come from
datamodel-code-generator (render/models.py), cut into one private module per group of mutually recursive
classes (render/model_modules.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes

from .. import __version__
from ..diagnostics import Diagnostic, Diagnostics
from ..forked import Forked
from ..ir.model import Ir
from ..config import ConfigError
from .docs import render_docs
from .environment import bundled_templates, make_environment, template_dirs
from .model_modules import split_models
from .model_printer import print_module_parts
from .models import import_model_generator, render_models
from .team import TeamFolder, TeamTemplateError, check_python_output, check_team_folder, render_failure

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
        "auth": ir.auth,
    }


def list_static_files() -> list[str]:
    """The bundled package files that are not templates: the runtime (`_runtime/`, `worker/`, `errors.py`, the
    models' base) and `py.typed`. They are real Python where they live, so mypy and the tests check them at their
    source, and they are copied into the package as they are: nothing in them depends on the spec (what does is
    imported from a generated module, such as `_server_auth.py`)."""
    root = bundled_templates() / "package"
    return sorted(
        "package/" + path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and path.suffix != ".jinja" and "__pycache__" not in path.parts
    )


def check_no_static_override(team_dir: Path | None) -> None:
    """The runtime is not a team override point: a team file at a runtime path would silently fork it."""
    if team_dir is None:
        return
    for name in list_static_files():
        for candidate in (team_dir / name, team_dir / f"{name}.jinja"):
            if candidate.exists():
                raise ConfigError(
                    f"{candidate}: the runtime file {name.removeprefix('package/')} cannot be overridden by a team "
                    "template (see templates/README.md, 'What may be overridden'); remove it, and add behaviour "
                    "through a new module or a block of package/client.py.jinja instead"
                )


def list_templates(env: jinja2.Environment, dropped: frozenset[str] = frozenset()) -> list[str]:
    """The templates rendered into the output: `package/` and `project/`, the team's and the bundled ones, less
    those a team drops. (`parts/` holds templates that others include; `models/` is datamodel-code-generator's.)"""
    names = {name for name in env.list_templates(extensions=["jinja"]) if not name.startswith("default/")}
    return sorted(n for n in names if n.startswith(("package/", "project/")) and n not in dropped)


def team_influenced(env: jinja2.Environment, team: TeamFolder | None, names: list[str]) -> dict[str, list[str]]:
    """The templates whose output a team template shapes, each with the team's templates that do: the team's own
    files, and the templates that extend, include or import one of them (`package/api/group.py.jinja` includes
    `parts/api/method.py.jinja`)."""
    if team is None:
        return {}
    team_names = set(team.template_names())
    references: dict[str, set[str]] = {}

    def team_parts(name: str, seen: frozenset[str]) -> set[str]:
        if name in seen:
            return set()
        if name not in references:
            references[name] = referenced_templates(env, name)
        found = {name} if name in team_names else set()
        for other in references[name]:
            found |= team_parts(other, seen | {name})
        return found

    influenced = {name: sorted(team_parts(name, frozenset())) for name in names}
    return {name: parts for name, parts in influenced.items() if parts}


def referenced_templates(env: jinja2.Environment, name: str) -> set[str]:
    """The literal names a template extends, includes or imports."""
    assert env.loader is not None
    try:
        source, filename, _ = env.loader.get_source(env, name)
    except jinja2.TemplateNotFound:
        return set()
    tree = env.parse(source, name, filename)
    found: set[str] = set()
    for node in tree.find_all((nodes.Extends, nodes.Include, nodes.Import, nodes.FromImport)):
        target = getattr(node, "template", None)
        if isinstance(target, nodes.Const) and isinstance(target.value, str):
            found.add(target.value)
    return found


@dataclass(frozen=True)
class RenderedTree:
    files: dict[str, str]
    # Files already in black's form: what the bundled templates render, and the model modules the printer could
    # print (tests check both on real specs). black is the slowest stage, so it runs only on the rest —
    # whatever a team's own templates render, and a model module outside the printer's subset.
    preformatted: frozenset[str] = frozenset()


@dataclass(frozen=True)
class ModelFiles:
    """The model modules, ready to write: {path in the output: text}, those already in black's form, the private
    module of each public name, and the warnings making them raised."""

    files: dict[str, str]
    preformatted: frozenset[str]
    module_of: dict[str, str]
    warnings: list[Diagnostic]


def render_model_files(ir: Ir, team_dir: Path | None, file: str = "") -> ModelFiles:
    """datamodel-code-generator's module, cut into private modules and printed in black's form."""
    diags = Diagnostics(file=file)
    models_dirs = [d / "models" for d in template_dirs(team_dir)]
    team_models = TeamFolder(team_dir).model_template_paths() if team_dir is not None else []
    try:
        model_modules = split_models(render_models(ir, models_dirs, diags))
    except Exception as exc:
        if not team_models:
            raise
        # The team's model templates took part: the failure is theirs to look at first (bad input, exit 2).
        raise TeamTemplateError(
            f"the models could not be made with the team's model templates ({', '.join(map(str, team_models))}): "
            f"{type(exc).__name__}: {' '.join(str(exc).split())[:400]}"
        ) from None
    files: dict[str, str] = {}
    preformatted: set[str] = set()
    for name, text in model_modules.files.items():
        printed = print_module_parts(model_modules.parts[name])  # from the split's syntax tree: no parse again
        files[f"{ir.package_name}/models/{name}"] = text if printed is None else printed
        if printed is not None:
            preformatted.add(f"{ir.package_name}/models/{name}")
    return ModelFiles(files, frozenset(preformatted), model_modules.module_of, diags.items)


def start_models(team_dir: Path | None, file: str = "") -> Forked[ModelFiles]:
    """The models made in a forked process while the caller renders the templates: the longest stage (importing
    and running datamodel-code-generator). Started before the IR exists, so the child's imports overlap loading
    the spec and building the IR; `send(ir)` then starts the work, and `render_tree(..., models=)` takes the
    result."""
    return Forked(
        "the models",
        partial(render_model_files, team_dir=team_dir, file=file),  # called with the IR
        warm_up=import_model_generator,
        wait_for_input=True,
    )


class _ModelsPending(Exception):
    """Raised by a template touching `model_modules` before the models are made: it is rendered after them."""


class _PendingModelModules:
    def _pending(self, *args: object, **kwargs: object) -> Any:
        raise _ModelsPending

    __iter__ = __len__ = __bool__ = __getitem__ = __contains__ = __str__ = _pending


def render_package(ir: Ir, team_dir: Path | None, diags: Diagnostics | None = None) -> dict[str, str]:
    return render_tree(ir, team_dir, diags).files


def render_tree(
    ir: Ir,
    team_dir: Path | None,
    diags: Diagnostics | None = None,
    models: Forked[ModelFiles] | None = None,
    *,
    strict: bool = False,
) -> RenderedTree:
    """Every file of the package. With `models` (see start_models) being made elsewhere, the templates that do not
    need them render first; the rest once the models are there.

    A team folder is checked first (team.py): its mistakes are TeamTemplateErrors, bad input with file and line.
    """
    check_no_static_override(team_dir)
    env = make_environment(team_dir)
    team = TeamFolder(team_dir) if team_dir is not None else None
    dropped: set[str] = set()
    if team is not None:
        bundled = set(list_templates(make_environment(None)))
        dropped, team_warnings = check_team_folder(env, team, bundled, strict=strict)
        if diags is not None:
            diags.items.extend(team_warnings)
    model_files: ModelFiles | None = None
    file = diags.file if diags is not None else ""

    def collect_models() -> ModelFiles:
        nonlocal model_files
        if model_files is None:
            model_files = models.result() if models is not None else render_model_files(ir, team_dir, file)
            if diags is not None:
                diags.items.extend(model_files.warnings)
        return model_files

    if models is None:
        collect_models()  # first, as before: its warnings come before anything the templates could add
    context = template_context(ir)
    context["model_modules"] = _PendingModelModules() if model_files is None else sorted(model_files.module_of.items())
    names = list_templates(env, frozenset(dropped))
    influenced = team_influenced(env, team, names)
    outputs_of: dict[str, dict[str, str]] = {}
    waiting: list[str] = []
    for name in names:
        try:
            outputs_of[name] = _render_template(env, name, context, ir, team)
        except _ModelsPending:
            waiting.append(name)
    docs = render_docs(env, context, ir)  # the reference (docs.py): Markdown, no black; while the models are made
    collected = collect_models()
    context["model_modules"] = sorted(collected.module_of.items())
    for name in waiting:
        outputs_of[name] = _render_template(env, name, context, ir, team)
    files = dict(collected.files)
    preformatted = set(collected.preformatted)
    static_root = bundled_templates()
    for name in list_static_files():  # already in black's form: the runtime is checked by black where it lives
        path = f"{ir.package_name}/{name.removeprefix('package/')}"
        files[path] = (static_root / name).read_text("utf-8")
        preformatted.add(path)
    for name in names:  # the order of a run without models elsewhere
        files.update(outputs_of[name])
        if name not in influenced:
            preformatted.update(outputs_of[name])
        elif team is not None:  # black would fail on it with less to say
            templates = ", ".join(str(team.root / part) for part in influenced[name])
            for path, text in outputs_of[name].items():
                if path.endswith(".py"):
                    check_python_output(path, text, templates)
    files.update(docs)
    return RenderedTree(files, frozenset(preformatted))


def _render_template(
    env: jinja2.Environment, name: str, context: dict[str, Any], ir: Ir, team: TeamFolder | None = None
) -> dict[str, str]:
    relative = name.removesuffix(".jinja")
    package = ir.package_name
    output = relative.removeprefix("project/")
    try:
        template = env.get_template(name)
        if name == GROUP_TEMPLATE:
            rendered: dict[str, str] = {}
            for group in ir.groups:
                output = f"{package}/api/{group.module}.py"
                rendered[output] = template.render(context, group=group)
            return rendered
        if relative.startswith("package/"):
            output = f"{package}/{relative.removeprefix('package/')}"
        return {output: template.render(context)}
    except _ModelsPending:
        raise
    except Exception as exc:
        failure = render_failure(exc, team, output)
        if failure is None:
            raise
        raise failure from None
