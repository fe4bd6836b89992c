"""The API reference under `docs/`: complete, every link resolving, overridable block by block, deterministic.

Links are checked with markdown-it-py (a CommonMark parser with GitHub's tables), not with the generator's own
code: every link of every page is parsed out of the Markdown, and each anchor is compared with the anchors a
code forge gives the target page's headings (computed here by GitHub's rule, independently of the generator).
"""

from __future__ import annotations

import ast
import json
import re
import shutil
import unicodedata
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from gen_support import COMMITTED_SPEC, PACKAGE, ROOT, SPEC_3_21, SPECS, Build, generate_into, imported_package, \
    tree_hashes
from markdown_it import MarkdownIt

from generator.config import Config
from generator.ir.model import Ir
from generator.pipeline import build
from generator.render.docs import NO_DOCS_VARIABLE, build_site, render_docs
from generator.render.docs_entries import signature_parameters
from generator.render.docs_runtime import ALL_FORMS, TASK_FORMS, error_classes, worker_runtime
from generator.render.environment import make_environment
from generator.render.package import template_context

MARKDOWN = MarkdownIt("commonmark").enable("table")


# ------------------------------------------------------------------------------------------------------------
# reading Markdown as a forge does


def forge_anchor(text: str) -> str:
    """GitHub's heading anchor: lower case; characters other than letters, digits, spaces, `-` and `_` removed;
    spaces become `-`."""
    kept = "".join(c for c in text.lower() if c in " -_" or unicodedata.category(c)[0] in "LN")
    return kept.replace(" ", "-")


def _inline_text(token) -> str:  # type: ignore[no-untyped-def]
    return "".join(child.content for child in token.children or [] if child.type in ("text", "code_inline"))


def anchors_of(markdown: str) -> set[str]:
    found: set[str] = set()
    counts: dict[str, int] = {}
    tokens = MARKDOWN.parse(markdown)
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            slug = forge_anchor(_inline_text(tokens[index + 1]))
            seen = counts.get(slug, 0)
            counts[slug] = seen + 1
            found.add(slug if not seen else f"{slug}-{seen}")
    return found


def links_of(markdown: str) -> list[str]:
    hrefs = []
    for token in MARKDOWN.parse(markdown):
        for child in token.children or []:
            if child.type == "link_open":
                hrefs.append(str(child.attrs["href"]))
    return hrefs


def headings_of(markdown: str, level: int) -> list[str]:
    tokens = MARKDOWN.parse(markdown)
    return [_inline_text(tokens[i + 1]) for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == f"h{level}"]


def broken_links(root: Path, pages: list[Path]) -> list[str]:
    """Every link of `pages` that does not resolve to an existing file (under root) and anchor."""
    anchors: dict[Path, set[str]] = {}
    broken = []
    for page in pages:
        for href in links_of(page.read_text("utf-8")):
            if re.match(r"^[a-z]+:", href) or href.startswith("/"):
                broken.append(f"{page.relative_to(root)}: {href} is not a relative link")
                continue
            path, _, anchor = href.partition("#")
            target = (page.parent / path).resolve() if path else page.resolve()
            if not target.is_file() or not target.is_relative_to(root.resolve()):
                broken.append(f"{page.relative_to(root)}: {href}: no such file")
                continue
            if anchor:
                if target not in anchors:
                    anchors[target] = anchors_of(target.read_text("utf-8"))
                if anchor not in anchors[target]:
                    broken.append(f"{page.relative_to(root)}: {href}: no such anchor")
    return broken


# ------------------------------------------------------------------------------------------------------------
# fixtures


@pytest.fixture(scope="module")
def committed_ir(ir_of: Callable[[Path], Ir]) -> Ir:
    return ir_of(COMMITTED_SPEC)


def _render(ir: Ir, team_dir: Path | None = None) -> dict[str, str]:
    return render_docs(make_environment(team_dir), template_context(ir), ir)


def _class_methods(module: Path, class_name: str) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    tree = ast.parse(module.read_text("utf-8"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == class_name)
    return [n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and not n.name.startswith("_")]


# ------------------------------------------------------------------------------------------------------------
# completeness


def test_every_public_method_of_every_group_has_an_entry(committed_build: Build) -> None:
    out = committed_build.output
    ir = build(str(COMMITTED_SPEC), Config())[0]
    checked = 0
    for group in ir.groups:
        page = (out / "docs" / "api" / f"{group.module}.md").read_text("utf-8")
        methods = [f.name for f in _class_methods(out / PACKAGE / "api" / f"{group.module}.py", group.class_name)]
        assert methods, group.module
        assert headings_of(page, 3) == methods, group.module  # one entry each, in the code's order
        checked += len(methods)
    assert checked == len(ir.operations) > 100


def test_every_exported_model_has_a_page(committed_build: Build) -> None:
    out = committed_build.output
    init = ast.parse((out / PACKAGE / "models" / "__init__.py").read_text("utf-8"))
    exported = next(
        ast.literal_eval(n.value) for n in init.body
        if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "_MODULES" for t in n.targets)
    )
    assert len(exported) > 200
    index = (out / "docs" / "models" / "README.md").read_text("utf-8")
    for name in exported:
        page = out / "docs" / "models" / f"{name}.md"
        assert page.is_file(), name
        assert headings_of(page.read_text("utf-8"), 1) == [name]
        assert f"[{name}]({name}.md)" in index


def test_a_method_entry_says_everything_the_issue_asks_for(committed_ir: Ir) -> None:
    pages = _render(committed_ir)
    site = build_site(committed_ir)
    workflow = next(p for p in site.group_pages if p.group.attribute == "workflow")
    entry = next(m for m in workflow.methods if m.operation.path == "/api/workflow/{workflowId}"
                 and m.operation.method == "GET")
    text = pages[f"docs/{workflow.path}"]
    section = text.split(f"\n### {entry.operation.python_name}\n", 1)[1].split("\n### ", 1)[0]
    assert f"client.workflow.{entry.operation.python_name}(\n    workflow_id: str," in section  # sync signature
    assert f"await client.workflow.{entry.operation.python_name}(" in section  # async signature
    assert "`GET /api/workflow/{workflowId}`" in section  # the request line
    assert "| `workflow_id` | path `workflowId` | str | yes |" in section  # parameters, from the spec
    assert "| `include_tasks` | query `includeTasks` | bool \\| None | no |" in section
    assert "**Returns** [Workflow](../models/Workflow.md)" in section  # the return type, linked
    assert "[`NotFoundError`](../errors.md#notfounderror)" in section  # the typed errors
    assert "**Retried** by default" in section  # GET: retry_safe
    assert f'client.workflow.{entry.operation.python_name}("<workflow_id>")' in section  # the example
    start = next(m for m in workflow.methods if m.operation.key == "POST /api/workflow")
    assert not start.retried
    assert start.sdk_name == "OrkesWorkflowClient.start_workflow"  # read from the naming table
    assert sum(1 for m in workflow.methods if m.sdk_name) > 10
    assert "**Not retried** by default" in text.split(f"\n### {start.operation.python_name}\n")[1].split("\n### ")[0]


def test_a_model_page_lists_fields_values_and_where_it_is_used(committed_ir: Ir) -> None:
    pages = _render(committed_ir)
    workflow = pages["docs/models/Workflow.md"]
    assert "| `workflow_id` | `workflowId` | str | no |" in workflow
    assert "| `status` | `status` | [WorkflowStatusEnum](WorkflowStatusEnum.md) | no |" in workflow
    get = next(op for op in committed_ir.operations if op.key == "GET /api/workflow/{workflowId}")
    assert "Returned by: " in workflow and f"(../api/workflow.md#{get.python_name})" in workflow
    status = pages["docs/models/WorkflowStatusEnum.md"]
    assert '- `"RUNNING"`' in status and "the inline type of `Workflow.status`" in status
    assert "[Workflow](Workflow.md)" in status  # in a field of
    request = pages["docs/models/StartWorkflowRequest.md"]
    start = next(op for op in committed_ir.operations if op.key == "POST /api/workflow")
    assert f"Taken by: [`client.workflow.{start.python_name}`](../api/workflow.md#{start.python_name})" in request


def test_signatures_are_the_generated_code_s(committed_build: Build) -> None:
    """The documented parameters, in order, with their annotations and defaults, are those of the generated
    methods (for the sync and the async class)."""
    out = committed_build.output
    ir = build(str(COMMITTED_SPEC), Config())[0]
    for group in ir.groups:
        module = out / PACKAGE / "api" / f"{group.module}.py"
        for class_name in (group.class_name, group.async_class_name):
            code = {f.name: f for f in _class_methods(module, class_name)}
            for op in group.operations:
                function = code[op.python_name]
                args = function.args
                written = [f"{a.arg}: {ast.unparse(a.annotation)}" for a in args.args[1:]] + ["*"]  # type: ignore[arg-type]
                for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
                    text = f"{arg.arg}: {ast.unparse(arg.annotation)}"  # type: ignore[arg-type]
                    written.append(text + (f" = {ast.unparse(default)}" if default is not None else ""))
                written = [re.sub(r"\bmodels\.", "", w) for w in written]
                assert signature_parameters(op) == written, f"{class_name}.{op.python_name}"


def test_every_example_runs_and_sends_its_request(committed_build: Build, runnable_copy: Path,
                                                  committed_ir: Ir, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each method's example, run as it is written (its client given a transport that records the request and
    stops the call there), builds its arguments and sends the documented request line."""
    monkeypatch.setenv("CONDUCTOR_SERVER_URL", "http://conductor.invalid")
    site = build_site(committed_ir)
    sent: list[httpx.Request] = []

    class Sent(Exception):
        pass

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise Sent

    with imported_package(runnable_copy, PACKAGE) as package:
        real_client = package.ConductorClient

        def client(*args: object, **kwargs: object) -> object:
            return real_client(*args, transport=httpx.MockTransport(answer), retry=False, **kwargs)

        monkeypatch.setattr(package, "ConductorClient", client)
        count = 0
        for page in site.group_pages:
            for method in page.methods:
                sent.clear()
                code = compile(method.example, f"example of {method.call}", "exec")
                with pytest.raises(Sent):
                    exec(code, {"__name__": "example"})
                assert [(r.method, r.url.path) for r in sent][-1][0] == method.operation.method, method.call
                template = re.escape(method.operation.path)
                assert re.fullmatch(re.sub(r"\\\{[^}]+\\\}", "[^/]+", template), sent[-1].url.path), method.call
                count += 1
    assert count == len(committed_ir.operations)


def test_model_examples_build_the_model(runnable_copy: Path, committed_ir: Ir) -> None:
    site = build_site(committed_ir)
    with imported_package(runnable_copy, PACKAGE):
        built = 0
        for page in site.model_pages:
            if page.entry.example:
                scope: dict[str, object] = {}
                exec(compile(page.entry.example, page.path, "exec"), scope)
                assert type(scope["value"]).__name__ == page.entry.model.class_name
                built += 1
    assert built > 150


# ------------------------------------------------------------------------------------------------------------
# the worker page and the errors page follow the runtime


def test_the_worker_page_has_every_setting_and_its_variables(committed_ir: Ir, runnable_copy: Path) -> None:
    page = _render(committed_ir)["docs/worker.md"]
    runtime = worker_runtime()
    assert "@worker(\n    task_name,\n    *,\n    poll_interval" in page and "## The `conductor-worker` command" in page
    with imported_package(runnable_copy, PACKAGE):
        from importlib import import_module

        config = import_module(f"{PACKAGE}.worker._config")
        assert [s.name for s in runtime.settings] == [s.field for s in config.SETTINGS]  # every setting, read from there
        for setting in config.SETTINGS:
            settings_section = page.split("\n## Settings and their environment variables\n", 1)[1]
            row = next(line for line in settings_section.splitlines() if line.startswith(f"| `{setting.field}` |"))
            for prop in setting.props:
                for form in TASK_FORMS + ALL_FORMS:
                    name = form.format(prop=prop, PROP=prop.upper())
                    assert f"`{name}`" in row, name
                    # the documented form is one the runtime reads, for the property it names
                    concrete = name.replace("<task>", "charge-card").replace("<TASK>", "CHARGE_CARD")
                    variables, strays = config.read_variables({concrete: "1"})
                    assert not strays and [v.prop for v in variables] == [prop], name
        for option in ("--poll-interval", "--concurrency", "--processes"):
            assert f"| `{option}` |" in page


def test_the_errors_page_has_every_error_class(committed_ir: Ir) -> None:
    page = _render(committed_ir)["docs/errors.md"]
    source = ast.parse((ROOT / "templates" / "package" / "errors.py").read_text("utf-8"))
    classes = [n.name for n in source.body if isinstance(n, ast.ClassDef)]
    assert [e.name for e in error_classes()] == classes
    assert headings_of(page, 2) == classes


# ------------------------------------------------------------------------------------------------------------
# links


def test_every_link_resolves_to_a_file_and_an_anchor(committed_build: Build) -> None:
    out = committed_build.output
    pages = sorted((out / "docs").rglob("*.md"))
    assert len(pages) > 250
    assert broken_links(out, pages + [out / "README.md"]) == []  # the package's README links to the reference
    assert "docs/README.md" in links_of((out / "README.md").read_text("utf-8"))
    links = sum(len(links_of(p.read_text("utf-8"))) for p in pages)
    assert links > 2000  # the check read the links (a parser change would not silently leave it with none)


def test_the_changelog_links_each_changed_method_and_model(old_build: Build, workspace: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    shutil.copytree(old_build.output, out)
    generate_into(workspace, COMMITTED_SPEC, out)  # 3.21.14 → the committed spec: an entry with changes
    changelog = out / "CHANGELOG.md"
    text = changelog.read_text("utf-8")
    entry = text.split("\n## ", 2)[1]
    linked = links_of(entry)
    assert len(linked) > 20
    assert any(href.startswith("docs/api/") and "#" in href for href in linked)
    assert any(href.startswith("docs/models/") for href in linked)
    assert broken_links(out, [changelog]) == []
    # a removed operation has no page any more: it is named, not linked
    for line in entry.splitlines():
        if "is gone" in line and "operation" in line:
            assert "](docs/" not in line, line


# ------------------------------------------------------------------------------------------------------------
# team overrides


TEAM_GROUP = (
    '{% extends "default/docs/group.md.jinja" %}\n'
    "{% block method_example scoped %}\nTEAM EXAMPLE {{ method.anchor }}\n{% endblock %}\n"
)


def test_a_team_override_of_one_block_changes_only_that_section(committed_ir: Ir, tmp_path: Path) -> None:
    team = tmp_path / "team"
    (team / "docs").mkdir(parents=True)
    (team / "docs" / "group.md.jinja").write_text(TEAM_GROUP, "utf-8")
    default, custom = _render(committed_ir), _render(committed_ir, team)
    assert set(default) == set(custom)
    changed = sorted(path for path in default if default[path] != custom[path])
    assert changed == sorted(f"docs/api/{g.module}.md" for g in committed_ir.groups)
    for group in committed_ir.groups:
        path = f"docs/api/{group.module}.md"
        anchors = iter(op.python_name.lower() for op in group.operations)
        expected = re.sub(r"```python\nfrom conductor_client import ConductorClient\n.*?```\n",
                          lambda _: f"TEAM EXAMPLE {next(anchors)}\n", default[path], flags=re.DOTALL)
        assert next(anchors, None) is None  # every example was found, and only those
        assert custom[path] == expected


def test_a_team_docs_template_through_the_command_line(workspace: Path, tmp_path: Path) -> None:
    team = tmp_path / "team"
    (team / "docs").mkdir(parents=True)
    (team / "docs" / "index.md.jinja").write_text(
        '{% extends "default/docs/index.md.jinja" %}{% block title %}# Our reference{% endblock %}', "utf-8")
    default_out, team_out = tmp_path / "default", tmp_path / "custom"
    generate_into(workspace, SPECS / "small.json", default_out)
    generate_into(workspace, SPECS / "small.json", team_out, "--templates", team)
    base, changed = tree_hashes(default_out), tree_hashes(team_out)
    assert sorted(k for k in base if base[k] != changed.get(k)) == ["docs/README.md"]
    assert (team_out / "docs" / "README.md").read_text("utf-8").startswith("# Our reference\n")


def test_a_broken_team_docs_template_is_bad_input_naming_its_line(workspace: Path, tmp_path: Path) -> None:
    from gen_support import run_cli

    team = tmp_path / "team"
    (team / "docs").mkdir(parents=True)
    (team / "docs" / "model.md.jinja").write_text("# {{ page.entry.model.class_name }}\n{{ page.no_such }}\n")
    out = tmp_path / "out"
    result = run_cli("generate", SPECS / "small.json", "--config", workspace, "--output", out, "--templates", team)
    assert result.code == 2, result.err
    assert f"{team / 'docs' / 'model.md.jinja'}:2" in result.err
    assert not out.exists()


# ------------------------------------------------------------------------------------------------------------
# determinism and the committed docs


def test_the_docs_are_deterministic(committed_ir: Ir, ir_of: Callable[[Path], Ir]) -> None:
    first = _render(committed_ir)
    again = _render(build(str(COMMITTED_SPEC), Config())[0])
    assert first == again
    text = "\n".join(first.values())
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", text)  # no dates
    assert str(ROOT) not in text  # no paths of this machine


def test_hostile_spec_text_stays_text(tmp_path: Path, ir_of: Callable[[Path], Ir]) -> None:
    """Descriptions and enum values with table pipes, HTML, link syntax and backticks change no page's shape."""
    document = json.loads((SPECS / "small.json").read_text("utf-8"))
    nasty = "a | b <script>x</script> [link](http://x) ``` `code` # not a heading\n\n| row |"
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                operation["summary"] = nasty
                operation["description"] = nasty
    for schema in document["components"]["schemas"].values():
        schema["description"] = nasty
        for prop in schema.get("properties", {}).values():
            prop["description"] = nasty
    spec = tmp_path / "nasty.json"
    spec.write_text(json.dumps(document), "utf-8")
    pages = _render(ir_of(spec))
    for path, text in pages.items():
        tokens = MARKDOWN.parse(text)
        assert not any(t.type in ("html_block", "html_inline") for t in tokens), path
        for token in tokens:
            for child in token.children or []:
                assert child.type != "html_inline", path
                if child.type == "link_open":
                    assert not str(child.attrs["href"]).startswith("http"), path
        for table in re.findall(r"(?:^\|.*\n)+", text, flags=re.MULTILINE):  # every row has the header's columns
            columns = {len(re.findall(r"(?<!\\)\|", row)) for row in table.splitlines()}
            assert len(columns) == 1, (path, table)


def test_the_docs_can_be_left_out_for_measurement(committed_ir: Ir, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(NO_DOCS_VARIABLE, "1")
    assert _render(committed_ir) == {}


def test_the_committed_docs_are_those_of_the_committed_spec(committed_build: Build) -> None:
    """`make regenerate` leaves generated/docs/ unchanged (the lead commits generated/ after regenerating)."""
    fresh = {p.relative_to(committed_build.output / "docs"): p.read_text("utf-8")
             for p in (committed_build.output / "docs").rglob("*.md")}
    committed = {p.relative_to(ROOT / "generated" / "docs"): p.read_text("utf-8")
                 for p in (ROOT / "generated" / "docs").rglob("*.md")}
    assert sorted(map(str, committed)) == sorted(map(str, fresh))
    assert [str(k) for k in fresh if fresh[k] != committed[k]] == []


def test_docs_of_another_server_line(ir_of: Callable[[Path], Ir]) -> None:
    """The older server's document (other groups, other models) gives complete docs too."""
    ir = ir_of(SPEC_3_21)
    pages = _render(ir)
    assert {f"docs/api/{g.module}.md" for g in ir.groups} <= set(pages)
    assert len([p for p in pages if p.startswith("docs/models/")]) == len(ir.models) + 1



def test_a_type_is_written_with_links_and_its_spaces() -> None:
    from generator.render.docs_markdown import linked_type

    pages = {"Task": "../models/Task.md"}
    assert linked_type("list[models.Task] | None", pages.get) == "list\\[[Task](../models/Task.md)\\] \\| None"
    assert linked_type("dict[str, models.Gone]", pages.get) == "dict\\[str, Gone\\]"  # no page: plain text
    rendered = MARKDOWN.renderInline(linked_type("list[models.Task] | None", pages.get))
    assert rendered == 'list[<a href="../models/Task.md">Task</a>] | None'
