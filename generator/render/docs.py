"""The API reference: Markdown pages in the output's `docs/` folder, rendered from the IR through templates.

    docs/README.md              index: the API groups, the models, the worker, the errors   (docs/index.md.jinja)
    docs/api/<module>.md        one page per API group, an entry per method                 (docs/group.md.jinja)
    docs/models/README.md       every model                                                 (docs/models.md.jinja)
    docs/models/<Class>.md      one page per model                                          (docs/model.md.jinja)
    docs/worker.md              `@worker`, `conductor-worker`, the settings                 (docs/worker.md.jinja)
    docs/errors.md              the typed errors                                            (docs/errors.md.jinja)

Where each page lives and every link between them is decided here (DocsLayout), once; the templates only lay
out entries (docs_entries.py) and runtime facts read from the runtime's source (docs_runtime.py). Nothing in a
page depends on the date or the machine, so an unchanged spec gives unchanged pages. The pages are rendered with
the one Jinja environment of the run and never go through black.
"""

from __future__ import annotations

import os
import re
import traceback
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from ..config import ConfigError
from ..ir.method_names import curated_for
from ..ir.model import ApiGroup, Ir, Model, Operation
from .docs_entries import Link, MethodEntry, ModelEntry, TypeMarkdown, method_entry, model_entry
from .docs_markdown import MARKDOWN_FILTERS, linked_type, model_names_in
from .docs_runtime import ErrorClass, WorkerRuntime, error_classes, worker_runtime
from .environment import bundled_templates

DOCS_DIR = "docs"
INDEX_PAGE = "README.md"
MODELS_INDEX_PAGE = "models/README.md"
WORKER_PAGE = "worker.md"
ERRORS_PAGE = "errors.md"
TEMPLATES = {
    "index": "docs/index.md.jinja",
    "group": "docs/group.md.jinja",
    "models": "docs/models.md.jinja",
    "model": "docs/model.md.jinja",
    "worker": "docs/worker.md.jinja",
    "errors": "docs/errors.md.jinja",
}
# Measurement only (benchmarks/row1_regen.py compares a run with and without the docs): set, no docs are written.
NO_DOCS_VARIABLE = "CONDUCTOR_CODEGEN_NO_DOCS"


@dataclass(frozen=True)
class DocsLayout:
    """Where every page is, relative to the `docs/` folder, and the anchor of every method."""

    group_pages: dict[str, str]  # group attribute → "api/workflow.md"
    model_pages: dict[str, str]  # class name → "models/Workflow.md"
    method_anchors: dict[str, str]  # "METHOD /path" → "start_workflow"
    method_groups: dict[str, str]  # "METHOD /path" → group attribute
    _type_memo: dict[str, dict[str, str]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, ir: Ir) -> DocsLayout:
        model_pages: dict[str, str] = {}
        taken: set[str] = set()
        for model in sorted(ir.models, key=lambda m: m.class_name):
            # One file per class; two classes differing only in case would share a file on macOS and Windows.
            stem, number = model.class_name, 1
            while stem.lower() in taken:
                number += 1
                stem = f"{model.class_name}-{number}"
            taken.add(stem.lower())
            model_pages[model.class_name] = f"models/{stem}.md"
        return cls(
            group_pages={g.attribute: f"api/{g.module}.md" for g in ir.groups},
            model_pages=model_pages,
            method_anchors={op.key: op.python_name.lower() for op in ir.operations},
            method_groups={op.key: g.attribute for g in ir.groups for op in g.operations},
        )

    def method_href(self, key: str) -> str | None:
        """A method's entry (`api/workflow.md#start_workflow`), relative to `docs/`; None when there is none."""
        if key not in self.method_anchors:
            return None
        return f"{self.group_pages[self.method_groups[key]]}#{self.method_anchors[key]}"

    def model_href(self, class_name: str) -> str | None:
        return self.model_pages.get(class_name)

    def type_markdown(self, page: str) -> TypeMarkdown:
        """Annotations as Markdown with links to the model pages, for a page in the folder of `page` (memoized:
        the same few hundred annotations recur on every page)."""
        folder = page.rpartition("/")[0]
        memo = self._type_memo.setdefault(folder, {})

        def type_md(annotation: str) -> str:
            if annotation not in memo:
                memo[annotation] = linked_type(annotation, lambda name: self._model_link(name, page))
            return memo[annotation]

        return type_md

    def _model_link(self, class_name: str, page: str) -> str | None:
        target = self.model_pages.get(class_name)
        return relative_href(target, page) if target else None


def relative_href(target: str, page: str) -> str:
    """`target` (relative to `docs/`, with an optional #anchor) as a link written on `page` (also relative).

    Pages are at most one folder deep (api/, models/), so this is a prefix, not a general path computation."""
    page_dir, _, _ = page.rpartition("/")
    if not page_dir:
        return target
    if target.startswith(page_dir + "/"):
        return target[len(page_dir) + 1 :]
    return "../" + target


@dataclass(frozen=True)
class GroupPage:
    group: ApiGroup
    path: str  # relative to docs/
    index_href: str
    methods: tuple[MethodEntry, ...]


@dataclass(frozen=True)
class ModelPage:
    path: str
    index_href: str
    models_href: str
    entry: ModelEntry


@dataclass(frozen=True)
class IndexEntry:
    """A line of an index: what it links to and what to say about it."""

    link: Link
    description: str = ""
    count: int = 0
    kind: str = ""


@dataclass(frozen=True)
class Site:
    """Everything the docs templates receive besides the common context (as `docs`)."""

    groups: tuple[IndexEntry, ...]  # links from docs/README.md
    models: tuple[IndexEntry, ...]  # links from docs/models/README.md
    models_href: str  # from docs/README.md
    worker_href: str
    errors_href: str
    worker: WorkerRuntime
    errors: tuple[ErrorClass, ...]
    sdk_names: int  # methods with an official SDK name
    group_pages: tuple[GroupPage, ...] = field(default=())
    model_pages: tuple[ModelPage, ...] = field(default=())


# How the naming table (generator/ir/sdk_names.json) records a name taken from the official SDK: its `from` reads
# "conductor-python <version> <Client>.<method>".
_SDK_SOURCE = re.compile(r"^conductor-python \S+ (\w+\.\w+)$")


def official_sdk_names(ir: Ir) -> dict[str, str]:
    """"METHOD /path" → what the official Python SDK calls the same operation (`OrkesWorkflowClient.start_workflow`).

    Read from the one table that records it, the naming table the IR takes its method names from (method_names.py:
    `curated_for`), so the docs never keep a second copy."""
    found = {}
    for op in ir.operations:
        curated = curated_for(op.key)
        match = _SDK_SOURCE.match(curated.source) if curated is not None else None
        if match:
            found[op.key] = match.group(1)
    return found


def build_site(ir: Ir) -> Site:
    layout = DocsLayout.of(ir)
    models = {m.class_name: m for m in ir.models}
    sdk_names = official_sdk_names(ir)
    group_pages = tuple(_group_page(group, layout, models, sdk_names, ir.package_name) for group in ir.groups)
    model_pages = _model_pages(ir, layout, models)
    return Site(
        groups=tuple(
            IndexEntry(Link(f"client.{g.attribute}", layout.group_pages[g.attribute]), g.description,
                       len(g.operations), g.tag)
            for g in ir.groups
        ),
        models=tuple(
            IndexEntry(Link(m.class_name, relative_href(layout.model_pages[m.class_name], MODELS_INDEX_PAGE)),
                       m.description, len(m.fields) if m.kind == "object" else len(m.enum_values), m.kind)
            for m in sorted(ir.models, key=lambda m: m.class_name)
        ),
        models_href=MODELS_INDEX_PAGE,
        worker_href=WORKER_PAGE,
        errors_href=ERRORS_PAGE,
        worker=worker_runtime(),
        errors=error_classes(),
        sdk_names=sum(1 for op in ir.operations if op.key in sdk_names),
        group_pages=group_pages,
        model_pages=model_pages,
    )


def _group_page(group: ApiGroup, layout: DocsLayout, models: dict[str, Model], sdk_names: dict[str, str],
                package: str) -> GroupPage:
    page = layout.group_pages[group.attribute]
    errors = relative_href(ERRORS_PAGE, page)
    type_md = layout.type_markdown(page)
    methods = tuple(
        method_entry(op, group.attribute, type_md, errors, sdk_names.get(op.key, ""), models, package)
        for op in group.operations
    )
    return GroupPage(group, page, relative_href(INDEX_PAGE, page), methods)


def _model_pages(ir: Ir, layout: DocsLayout, models: dict[str, Model]) -> tuple[ModelPage, ...]:
    taken_by: dict[str, list[Operation]] = defaultdict(list)
    returned_by: dict[str, list[Operation]] = defaultdict(list)
    used_in: dict[str, list[str]] = defaultdict(list)
    for op in ir.operations:
        sent = [p.type.annotation for p in op.all_params] + ([op.body.type.annotation] if op.body else [])
        for name in dict.fromkeys(n for annotation in sent for n in model_names_in(annotation)):
            taken_by[name].append(op)
        for name in model_names_in(op.returns.type.annotation):
            returned_by[name].append(op)
    for model in ir.models:
        for name in dict.fromkeys(n for f in model.fields for n in model_names_in(f.type.annotation)):
            if name != model.class_name:
                used_in[name].append(model.class_name)
    pages = []
    for model in ir.models:
        page = layout.model_pages[model.class_name]

        def method_links(ops: list[Operation], page: str = page) -> tuple[Link, ...]:
            return tuple(
                Link(f"client.{layout.method_groups[op.key]}.{op.python_name}",
                     relative_href(layout.method_href(op.key) or "", page))
                for op in ops
            )

        entry = model_entry(
            model,
            layout.type_markdown(page),
            method_links(taken_by[model.class_name]),
            method_links(returned_by[model.class_name]),
            tuple(Link(name, relative_href(layout.model_pages[name], page)) for name in sorted(used_in[model.class_name])),
            models,
            ir.package_name,
        )
        pages.append(ModelPage(page, relative_href(INDEX_PAGE, page), relative_href(MODELS_INDEX_PAGE, page), entry))
    return tuple(pages)


def render_docs(env: jinja2.Environment, context: dict[str, Any], ir: Ir) -> dict[str, str]:
    """Every page: {path in the output folder: Markdown}. `context` is the common template context; the docs
    templates also get `docs` (a Site) and, per page, `page`. The models' module map is not part of it: the docs
    render while the models are still being made."""
    if os.environ.get(NO_DOCS_VARIABLE):
        return {}
    env.filters.update(MARKDOWN_FILTERS)
    site = build_site(ir)
    common = {key: value for key, value in context.items() if key != "model_modules"}
    common["docs"] = site
    jobs: list[tuple[str, str, dict[str, Any]]] = [
        (INDEX_PAGE, "index", {}),
        (MODELS_INDEX_PAGE, "models", {}),
        (WORKER_PAGE, "worker", {}),
        (ERRORS_PAGE, "errors", {}),
    ]
    jobs += [(page.path, "group", {"page": page}) for page in site.group_pages]
    jobs += [(page.path, "model", {"page": page}) for page in site.model_pages]
    pages: dict[str, str] = {}
    loaded: dict[str, jinja2.Template] = {}
    for path, kind, extra in jobs:
        output = f"{DOCS_DIR}/{path}"
        try:
            if kind not in loaded:
                loaded[kind] = env.get_template(TEMPLATES[kind])
            pages[output] = loaded[kind].render(common, **extra)
        except Exception as exc:
            raise _team_error(exc, output) or exc
    return pages


def _team_error(exc: Exception, output: str) -> ConfigError | None:
    """A failure inside a team's docs template is the team's to fix: its file and line (exit 2). None when only
    the bundled templates took part (then it is a bug of the generator, raised as it is)."""
    bundled = str(bundled_templates().resolve())
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename and not exc.filename.startswith(bundled):
        return ConfigError(f"{exc.filename}:{exc.lineno}: template syntax error: {exc.message}")
    frames = [
        frame for frame in traceback.extract_tb(exc.__traceback__)
        if frame.filename.endswith(".jinja") and not str(Path(frame.filename).resolve()).startswith(bundled)
    ]
    if not frames:
        return None
    message = " ".join(str(exc).split())[:300] or type(exc).__name__
    return ConfigError(f"{frames[-1].filename}:{frames[-1].lineno}: {type(exc).__name__} while rendering {output}: "
                       f"{message}")


def changelog_links(ir: Ir) -> Callable[[str, str], str | None]:
    """For CHANGELOG.md (in the output folder): `link(endpoint, location)` is the page of a changed method or
    model, relative to the output folder — the method of `endpoint` ("METHOD /path") when given, else the model
    `location` starts with (`Workflow.status`, `WorkflowStatusEnum.COMPLETED`). None for what the new API no
    longer has, and when the docs are not written."""
    if os.environ.get(NO_DOCS_VARIABLE):
        return lambda endpoint, location: None
    layout = DocsLayout.of(ir)

    def link(endpoint: str, location: str) -> str | None:
        if endpoint:
            target = layout.method_href(endpoint)
        else:
            target = layout.model_href(location.split(".", 1)[0].split("(", 1)[0])
        return f"{DOCS_DIR}/{target}" if target else None

    return link
