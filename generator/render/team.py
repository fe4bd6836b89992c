"""A team's template folder, checked as input: every mistake in it is the team's to fix, so it is reported as bad
input (exit 2) with the template file and line, never as a bug of the generator.

- `check_team_folder` parses every team template before anything renders: a Jinja syntax error names its file and
  line; a `{% block %}` that overrides no block of the template it extends is a warning naming the nearest existing
  block (an error under `--strict`); a drop marker (a file holding only `{# drop #}`) must name a bundled file.
- `render_failure` turns an exception raised while rendering into a TeamTemplateError when a team template is on
  the stack (Jinja rewrites the traceback so that its frames are the templates' files and lines).
- `check_python_output` parses what a team template rendered into a `.py` file, so that output which is not Python
  names the generated file and line, and the template it came from.
"""

from __future__ import annotations

import ast
import dataclasses
import difflib
import traceback
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import nodes

from ..config import ConfigError
from ..diagnostics import Diagnostic

# The folders of a team folder that hold templates rendered or included by the generator.
TEMPLATE_FOLDERS = ("package", "project", "parts", "docs")
DROP_MARKER = "{# drop #}"
# Generated modules the runtime imports: without them the package cannot work, so they cannot be dropped.
UNDROPPABLE = frozenset({"package/__init__.py.jinja", "package/_server_auth.py.jinja", "package/models/__init__.py.jinja"})


class TeamTemplateError(ConfigError):
    """A team template cannot be used: what is wrong, in which file and line, and what to do."""


@dataclass(frozen=True)
class TeamFolder:
    root: Path

    def template_names(self) -> list[str]:
        """Every template of the team folder, as the loader names it (`package/client.py.jinja`)."""
        return sorted(
            path.relative_to(self.root).as_posix()
            for folder in TEMPLATE_FOLDERS
            for path in (self.root / folder).rglob("*.jinja")
            if path.is_file()
        )

    def model_template_paths(self) -> list[Path]:
        """The team's datamodel-code-generator templates (`models/**.jinja2`), which replace the bundled ones."""
        return sorted(path for path in (self.root / "models").rglob("*.jinja2") if path.is_file())

    def owns(self, filename: str | None) -> bool:
        """Whether a template file (as Jinja reports it) lies in the team folder."""
        if not filename:
            return False
        try:
            Path(filename).resolve().relative_to(self.root.resolve())
        except ValueError:
            return False
        return True

    def is_drop_marker(self, name: str) -> bool:
        path = self.root / name
        return path.is_file() and path.read_bytes().strip() == DROP_MARKER.encode()


def check_team_folder(
    env: jinja2.Environment, team: TeamFolder, bundled_names: set[str], *, strict: bool
) -> tuple[set[str], list[Diagnostic]]:
    """Parse every team template; return the bundled templates the team drops and the warnings.

    Raises TeamTemplateError for a syntax error, a drop marker that cannot apply, and (under `strict`) an
    overriding block that overrides nothing.
    """
    dropped: set[str] = set()
    warnings: list[Diagnostic] = []
    for path in team.model_template_paths():  # rendered by datamodel-code-generator in another process: check here
        _parse(env, path.relative_to(team.root).as_posix(), path)
    for name in team.template_names():
        path = team.root / name
        if team.is_drop_marker(name):
            dropped.add(_check_drop(name, path, bundled_names))
            continue
        tree = _parse(env, name, path)
        parent = _extended_template(tree)
        if parent is None:
            continue
        known = _blocks_of_chain(env, parent)
        for block in _overriding_blocks(tree):
            if block.name in known:
                continue
            nearest = difflib.get_close_matches(block.name, sorted(known), n=1, cutoff=0.6)
            hint = f"did you mean {nearest[0]!r}?" if nearest else f"its blocks: {', '.join(sorted(known)) or 'none'}"
            warnings.append(
                Diagnostic(
                    "warning",
                    "unknown-block",
                    f"block {block.name!r} overrides no block of {parent!r}, so it is never rendered",
                    file=f"{path}:{block.lineno}",
                    hint=hint,
                )
            )
    if strict and warnings:
        raise TeamTemplateError(
            "\n".join(dataclasses.replace(w, level="error").format() for w in warnings)
            + "\n(--strict: a block that overrides nothing is an error)"
        )
    return dropped, warnings


def _check_drop(name: str, path: Path, bundled_names: set[str]) -> str:
    if name in UNDROPPABLE:
        raise TeamTemplateError(
            f"{path}: {name} cannot be dropped: the package's runtime imports the module it renders "
            "(see templates/README.md, 'Overriding')"
        )
    if name not in bundled_names:
        nearest = difflib.get_close_matches(name, sorted(bundled_names), n=1)
        hint = f"; did you mean {nearest[0]}?" if nearest else ""
        raise TeamTemplateError(f"{path}: drops {name}, which is not a bundled template that is rendered{hint}")
    return name


def _parse(env: jinja2.Environment, name: str, path: Path) -> nodes.Template:
    try:
        return env.parse(path.read_text("utf-8"), name, str(path))
    except jinja2.TemplateSyntaxError as exc:
        raise TeamTemplateError(f"{path}:{exc.lineno}: template syntax error: {exc.message}") from None
    except UnicodeDecodeError as exc:
        raise TeamTemplateError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None


def _extended_template(tree: nodes.Template) -> str | None:
    """The name in `{% extends "..." %}` when it is a literal (a computed parent cannot be checked)."""
    for extends in tree.find_all(nodes.Extends):
        if isinstance(extends.template, nodes.Const) and isinstance(extends.template.value, str):
            return extends.template.value
    return None


def _overriding_blocks(node: nodes.Node) -> Iterator[nodes.Block]:
    """The blocks of a child template that are not inside another block: those are the overrides (a block nested
    in an override may be a new one, for templates extending this one)."""
    for child in node.iter_child_nodes():
        if isinstance(child, nodes.Block):
            yield child
        else:
            yield from _overriding_blocks(child)


def _blocks_of_chain(env: jinja2.Environment, name: str) -> set[str]:
    """Every block defined by a template and the templates it extends."""
    blocks: set[str] = set()
    seen: set[str] = set()
    current: str | None = name
    while current is not None and current not in seen and env.loader is not None:
        seen.add(current)
        try:
            source, filename, _ = env.loader.get_source(env, current)
        except jinja2.TemplateNotFound:
            return blocks  # reported with its file and line when the template renders
        tree = env.parse(source, current, filename)
        blocks.update(block.name for block in tree.find_all(nodes.Block))
        current = _extended_template(tree)
    return blocks


def render_failure(exc: BaseException, team: TeamFolder | None, output: str) -> TeamTemplateError | None:
    """The team's error behind a failed render, or None when no team template took part (a bug of ours)."""
    if team is None:
        return None
    if isinstance(exc, jinja2.TemplateSyntaxError) and team.owns(exc.filename):
        return TeamTemplateError(f"{exc.filename}:{exc.lineno}: template syntax error: {exc.message}")
    frames = [frame for frame in traceback.extract_tb(exc.__traceback__) if team.owns(frame.filename)]
    if not frames:
        return None
    frame = frames[-1]  # the innermost line of the team's templates
    message = " ".join(str(exc).split())[:300] or type(exc).__name__
    kind = {
        jinja2.UndefinedError: "undefined name",
        jinja2.TemplateNotFound: "template not found",
    }.get(type(exc), type(exc).__name__)
    return TeamTemplateError(f"{frame.filename}:{frame.lineno}: {kind} while rendering {output}: {message}")


def check_python_output(path: str, text: str, templates: str) -> None:
    """Output of a team template that Python cannot parse: the generated file and line, and the template."""
    try:
        ast.parse(text, path)
    except SyntaxError as exc:
        line = (exc.text or "").strip()
        raise TeamTemplateError(
            f"{path}:{exc.lineno} (as rendered, before black): made by team template {templates}, this is not "
            f"Python: {exc.msg}" + (f" (line {exc.lineno}: {line[:120]!r})" if line else "")
        ) from None
