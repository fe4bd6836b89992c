"""One hand-made spec per kind of change (tests/diff/specs/), each compared with base.json.

Every spec carries the changes it must produce, with their verdicts, in its `x-expected-changes` and says
what it changes in `info.description`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.config import Config
from generator.diff.compare import KIND_ORDER, compare
from generator.diff.load import load_surface
from generator.diff.surface import Surface

SPECS = Path(__file__).resolve().parent / "specs"
BASE = SPECS / "base.json"
VARIANTS = sorted(p for p in SPECS.glob("*.json") if p != BASE)

_surfaces: dict[Path, Surface] = {}


def surface(path: Path) -> Surface:
    if path not in _surfaces:
        _surfaces[path] = load_surface(str(path), Config())
    return _surfaces[path]


def expected(path: Path) -> list[dict[str, object]]:
    return json.loads(path.read_text("utf-8"))["x-expected-changes"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("variant", VARIANTS, ids=[p.stem for p in VARIANTS])
def test_each_change_is_found_with_its_verdict(variant: Path) -> None:
    changes = compare(surface(BASE), surface(variant))
    found = [{"kind": c.kind, "location": c.location, "breaking": c.breaking} for c in changes]
    assert found == expected(variant)


def test_every_kind_has_a_spec_and_both_verdicts_are_covered() -> None:
    from test_shapes import CASES  # what only the generated classes show: the cases of test_shapes.py

    kinds = {e["kind"] for v in VARIANTS for e in expected(v)}
    kinds |= {kind for _old, _new, changes in CASES.values() for kind, _where, _breaking in changes}
    kinds.add("enum-member-renamed")  # test_shapes.py: no spec makes datamodel-code-generator rename a member
    assert kinds == set(KIND_ORDER)
    verdicts = {(e["kind"], e["breaking"]) for v in VARIANTS for e in expected(v)}
    for kind in ("parameter-added", "body-added", "field-added", "field-made-required", "return-retyped"):
        assert {(kind, True), (kind, False)} <= verdicts, kind


def test_springdoc_renumbering_is_no_change() -> None:
    """registerTaskDef / registerTaskDef_1 swap endpoints: the methods keep their names, nothing is reported."""
    old, new = surface(BASE), surface(SPECS / "operationid-renumbered.json")
    for key in ("POST /api/metadata/taskdefs", "PUT /api/metadata/taskdefs"):
        assert old["operations"][key]["operation_id"] != new["operations"][key]["operation_id"]
        assert old["operations"][key]["call"] == new["operations"][key]["call"]
    assert compare(old, new) == []


def test_the_reverse_of_an_addition_is_a_breaking_removal() -> None:
    changes = compare(surface(SPECS / "operation-added.json"), surface(BASE))
    assert [(c.kind, c.breaking) for c in changes] == [("operation-removed", True)]
    changes = compare(surface(SPECS / "enum-value-added.json"), surface(BASE))
    assert [(c.kind, c.location, c.breaking) for c in changes] == [
        ("enum-value-removed", "WorkflowStatusEnum.PAUSED", True)]


def test_a_rename_says_what_the_old_name_calls_now() -> None:
    """Two operations trading names: both are renames, and the message warns the old name hits another endpoint.

    (Names come from the path, not the operationId, so the trade is made with a team's method-names.)"""
    swapped = Config(method_names={"GET /api/workflow/{workflowId}": "delete_workflow",
                                   "DELETE /api/workflow/{workflowId}/remove": "get_workflow"})
    changes = compare(surface(BASE), load_surface(str(BASE), swapped))
    renames = [c for c in changes if c.kind == "method-renamed"]
    assert {c.location for c in renames} == {"client.workflow.delete_workflow(...)", "client.workflow.get_workflow(...)"}
    assert all(c.breaking and "the old name now calls" in c.detail for c in renames)


def test_surface_shape() -> None:
    s = surface(BASE)
    assert s["format"] == "conductor-codegen/api-surface" and s["version"] == 2
    op = s["operations"]["GET /api/workflow/{workflowId}"]
    assert op["call"] == "client.workflow.get_workflow(...)"
    assert op["params"] == [
        {"name": "workflow_id", "wire": "workflowId", "in": "path", "required": True, "annotation": "str",
         "position": 0},
        {"name": "include_tasks", "wire": "includeTasks", "in": "query", "required": False,
         "annotation": "bool | None", "position": None},
    ]
    assert op["body"] is None and op["returns"] == {"annotation": "models.Workflow", "kind": "json"}
    assert s["operations"]["POST /api/workflow"]["body"]["annotation"] == "models.StartWorkflowRequest"
    workflow = s["models"]["Workflow"]
    assert {"name": "status", "wire": "status", "annotation": "models.WorkflowStatusEnum", "required": False,
            "type": "WorkflowStatusEnum | None"} in workflow["fields"]
    assert workflow["used_in"] == ["response"]
    assert s["models"]["StartWorkflowRequest"]["used_in"] == ["request"]
    assert s["models"]["WorkflowStatusEnum"]["enum_values"] == ["RUNNING", "COMPLETED", "FAILED"]
    assert s["models"]["WorkflowStatusEnum"]["hoisted_from"] == "Workflow.status"
    json.dumps(s)  # JSON-able
