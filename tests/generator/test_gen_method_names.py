"""Method and group names: verb + resource, the official SDK's names, the same on every server line and flavour.

Checked over every operation of the two committed server lines (3.21.14, 3.32.3) and of the Orkes-flavoured
document made from 3.32.3 (orkes_flavour.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from gen_support import SPEC_3_21, SPEC_3_32
from orkes_flavour import orkes_flavoured

from generator.config import Config
from generator.ir import method_names
from generator.ir.method_names import Draft, curated_for, group_attribute, group_class_base, rule_base
from generator.ir.model import Ir
from generator.pipeline import build

# Names that do not say what they act on (issue 18's list, and their kin).
BARE = frozenset({
    "create", "update", "get", "get_all", "all", "size", "log", "names", "view", "status", "do_check", "save",
    "delete", "list", "exists", "validate", "decide", "restart", "retry", "rerun", "terminate", "remove", "put",
    "search_v2", "all_verbose", "get_v2", "update_v2", "terminate_remove",
})
# What users of the official SDK reach for (DESIGN-NOTES, "What the official SDK's users already know").
SDK_NAMES = {
    "POST /api/metadata/workflow": "metadata.register_workflow_def",
    "PUT /api/metadata/workflow": "metadata.update_workflow_def",
    "DELETE /api/metadata/workflow/{name}/{version}": "metadata.unregister_workflow_def",
    "GET /api/metadata/workflow/{name}": "metadata.get_workflow_def",
    "GET /api/metadata/workflow": "metadata.get_all_workflow_defs",
    "POST /api/metadata/taskdefs": "metadata.register_task_def",
    "PUT /api/metadata/taskdefs": "metadata.update_task_def",
    "DELETE /api/metadata/taskdefs/{tasktype}": "metadata.unregister_task_def",
    "GET /api/metadata/taskdefs/{tasktype}": "metadata.get_task_def",
    "GET /api/metadata/taskdefs": "metadata.get_all_task_defs",
    "POST /api/workflow": "workflow.start_workflow",
    "GET /api/workflow/{workflowId}": "workflow.get_workflow",
    "GET /api/workflow/{workflowId}/status": "workflow.get_workflow_status",
    "DELETE /api/workflow/{workflowId}/remove": "workflow.delete_workflow",
    "DELETE /api/workflow/{workflowId}": "workflow.terminate_workflow",
    "POST /api/workflow/execute/{name}/{version}": "workflow.execute_workflow",
    "PUT /api/workflow/{workflowId}/pause": "workflow.pause_workflow",
    "PUT /api/workflow/{workflowId}/resume": "workflow.resume_workflow",
    "POST /api/workflow/{workflowId}/restart": "workflow.restart_workflow",
    "POST /api/workflow/{workflowId}/retry": "workflow.retry_workflow",
    "POST /api/workflow/{workflowId}/rerun": "workflow.rerun_workflow",
    "PUT /api/workflow/{workflowId}/skiptask/{taskReferenceName}": "workflow.skip_task_from_workflow",
    "POST /api/workflow/test": "workflow.test_workflow",
    "GET /api/workflow/search": "workflow.search",
    "POST /api/workflow/{name}/correlated": "workflow.get_by_correlation_ids",
    "GET /api/tasks/poll/{tasktype}": "task.poll_task",
    "GET /api/tasks/poll/batch/{tasktype}": "task.batch_poll_tasks",
    "GET /api/tasks/{taskId}": "task.get_task",
    "POST /api/tasks": "task.update_task",
    "POST /api/tasks/{workflowId}/{taskRefName}/{status}": "task.update_task_by_ref_name",
    "POST /api/tasks/{workflowId}/{taskRefName}/{status}/sync": "task.update_task_sync",
    "GET /api/tasks/queue/sizes": "task.get_queue_size_for_task",
    "POST /api/tasks/{taskId}/log": "task.add_task_log",
    "GET /api/tasks/{taskId}/log": "task.get_task_logs",
    "GET /api/tasks/queue/polldata": "task.get_task_poll_data",
    "POST /api/scheduler/schedules": "scheduler.save_schedule",
    "GET /api/scheduler/schedules/{name}": "scheduler.get_schedule",
    "GET /api/secrets/{key}": "secret.get_secret",
    "PUT /api/secrets/{key}": "secret.put_secret",
    "GET /api/secrets/{key}/exists": "secret.secret_exists",
    "POST /api/token": "token.generate_token",
}


@pytest.fixture(scope="module")
def documents(ir_of: Callable[[Path], Ir], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Ir]:
    orkes = tmp_path_factory.mktemp("orkes") / "orkes.json"
    orkes.write_text(json.dumps(orkes_flavoured(json.loads(SPEC_3_32.read_text("utf-8")))), "utf-8")
    return {"3.21.14": ir_of(SPEC_3_21), "3.32.3": ir_of(SPEC_3_32), "orkes": ir_of(orkes)}


def _calls(ir: Ir) -> dict[str, str]:
    return {op.key: f"{op.group_attribute}.{op.python_name}" for op in ir.operations}


def test_the_same_operation_has_the_same_name_on_every_line_and_flavour(documents: dict[str, Ir]) -> None:
    seen: dict[str, dict[str, str]] = {}
    for label, ir in documents.items():
        for key, call in _calls(ir).items():
            seen.setdefault(key, {})[label] = call
    shared = {key: calls for key, calls in seen.items() if len(calls) > 1}
    assert len(shared) >= 150  # the premise: most operations are in two or three documents
    assert {key: calls for key, calls in shared.items() if len(set(calls.values())) > 1} == {}


def test_no_bare_generic_name(documents: dict[str, Ir]) -> None:
    """A name made only of generic words is allowed only where the official SDK itself uses it (workflow.search)."""
    bad = []
    for label, ir in documents.items():
        for op in ir.operations:
            words = op.python_name.split("_")
            generic = op.python_name in BARE or all(w in method_names.GENERIC_WORDS for w in words)
            curated = curated_for(op.key)
            if generic and not (curated and curated.source.startswith("conductor-python")):
                bad.append(f"{label}: {op.key} → {op.group_attribute}.{op.python_name}")
    assert bad == []
    assert _calls(documents["3.32.3"])["GET /api/workflow/search"] == "workflow.search"  # the SDK's exception


def test_no_repetition_and_no_chains(documents: dict[str, Ir]) -> None:
    """No word said twice in another spelling (`get_external_storage_location_externalstoragelocation`), no
    `by_x_by_y_by_z`."""
    bad = []
    for ir in documents.values():
        for op in ir.operations:
            words = op.python_name.split("_")
            joined = ["".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1)]
            if set(words) & set(joined) or op.python_name.count("by_") > 1:
                bad.append(f"{op.key} → {op.python_name}")
    assert bad == []


def test_group_names_read_well(documents: dict[str, Ir]) -> None:
    for ir in documents.values():
        for group in ir.groups:
            assert not group.class_name.endswith("ApiApi"), group.class_name
            assert all(len(word) > 1 for word in group.attribute.split("_")), group.attribute
    attributes = {g.attribute: g.class_name for g in documents["orkes"].groups}
    assert attributes["a2a_callback"] == "A2ACallbackApi"
    # The open-source `secret-controller` and the Orkes flavour's `secret-resource` are one group.
    assert "secret_api" not in attributes and attributes["secret"] == "SecretApi"


def test_the_official_sdk_names_are_there(documents: dict[str, Ir]) -> None:
    calls = _calls(documents["3.32.3"]) | _calls(documents["orkes"])
    assert {key: calls.get(key) for key in SDK_NAMES} == SDK_NAMES


def test_every_curated_name_applies_where_its_operation_is(documents: dict[str, Ir]) -> None:
    for ir in documents.values():
        for op in ir.operations:
            curated = curated_for(op.key)
            if curated is not None:
                assert op.python_name == curated.name, op.key


def test_curated_table_is_data_with_a_source_for_each_name() -> None:
    table = json.loads((Path(method_names.__file__).with_name("sdk_names.json")).read_text("utf-8"))["operations"]
    assert len(table) >= 150
    for key, entry in table.items():
        method, _, path = key.partition(" ")
        assert method in {"GET", "POST", "PUT", "DELETE", "PATCH"} and path.startswith("/"), key
        assert entry["name"].isidentifier() and not entry["name"].startswith("_"), key
        assert entry["from"].startswith(("conductor-python 2.0.0 ", "conductor-codegen: ")), key


def test_wire_timeout_of_the_batch_poll_is_timeout_ms(documents: dict[str, Ir]) -> None:
    for ir in documents.values():
        batch = next(op for op in ir.operations if op.key == "GET /api/tasks/poll/batch/{tasktype}")
        names = {p.wire_name: p.python_name for p in batch.all_params}
        assert names["timeout"] == "timeout_ms"


def test_a_team_name_wins_and_the_curated_one_is_not_reused() -> None:
    config = Config(method_names={"GET /api/workflow/{workflowId}": "fetch_workflow",
                                  "GET /api/workflow/{workflowId}/status": "get_workflow"})
    calls = _calls(build(str(SPEC_3_32), config)[0])
    assert calls["GET /api/workflow/{workflowId}"] == "workflow.fetch_workflow"
    assert calls["GET /api/workflow/{workflowId}/status"] == "workflow.get_workflow"
    assert list(calls.values()).count("workflow.get_workflow") == 1


# --- the rule, for operations no table names ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "operation_id", "name"),
    [
        ("GET", "/api/stock/size", "size_1", "get_stock_size"),  # a vague noun: the HTTP verb and the resource
        ("GET", "/api/stock/", "names", "get_stock_names"),
        ("GET", "/healthz", "doCheck", "check_healthz"),  # `do` says nothing
        ("GET", "/api/ping", "doCheck_2", "check_ping"),
        ("POST", "/api/schema", "save", "save_schema"),
        ("GET", "/api/gadgets", "getAll_3", "get_all_gadgets"),
        ("GET", "/api/admin/gadget/{kind}", "view", "view_gadget"),  # `admin` names no resource
        ("POST", "/api/gadgets/{id}/log", "log", "create_gadgets_log"),
        ("PUT", "/api/gadget/bulk/pause", "pauseGadget_1", "pause_gadget"),  # a specific name is kept
        ("GET", "/api/gadget/{id}", "", "get_gadget"),  # no operationId: the method and the path
    ],
)
def test_rule_base(method: str, path: str, operation_id: str, name: str) -> None:
    assert rule_base(Draft(method, path, "t", operation_id)) == name


@pytest.mark.parametrize(
    ("tag", "attribute", "class_base"),
    [
        ("workflow-resource", "workflow", "Workflow"),
        ("human-task-api", "human_task", "HumanTask"),
        ("HumanTaskApi", "human_task", "HumanTask"),
        ("Human Task API", "human_task", "HumanTask"),
        ("a-2-a-callback-resource", "a2a_callback", "A2ACallback"),
        ("secret-controller", "secret", "Secret"),
        ("Scheduler Bulk", "scheduler_bulk", "SchedulerBulk"),
        ("api", "api", "Api"),
        ("", "group", "Group"),
    ],
)
def test_group_names(tag: str, attribute: str, class_base: str) -> None:
    assert group_attribute(tag) == attribute
    assert group_class_base(attribute) == class_base


def _names(drafts: list[Draft]) -> dict[str, str]:
    from generator.ir.lock import NO_LOCK

    return {key: name for key, (name, _) in method_names.name_methods("g", drafts, {}, NO_LOCK).items()}


def test_clashes_are_told_apart_by_the_path_without_repeating_the_name() -> None:
    names = _names([
        Draft("GET", "/api/gadget/gadget-location", "t", "getGadgetLocation_2"),
        Draft("GET", "/api/gadget/gadgetlocation", "t", "getGadgetLocation_3"),
        Draft("POST", "/api/gadget", "t", "startGadget"),
        Draft("POST", "/api/gadget/{name}", "t", "startGadget_1"),
        Draft("POST", "/api/gadget/{a}/{b}/{c}", "t", "startGadget_2"),
    ])
    assert names["GET /api/gadget/gadget-location"] == "get_gadget_location"
    assert "gadgetlocation" not in names["GET /api/gadget/gadgetlocation"]
    assert names["GET /api/gadget/gadgetlocation"] != "get_gadget_location"
    assert names["POST /api/gadget"] == "start_gadget"
    assert names["POST /api/gadget/{name}"] == "start_gadget_by_name"
    assert names["POST /api/gadget/{a}/{b}/{c}"] == "start_gadget_by_a_and_b"  # two parameters at most


def test_springdoc_suffixes_never_decide_a_name() -> None:
    one = _names([Draft("POST", "/api/gadget", "t", "makeGadget"), Draft("PUT", "/api/gadget", "t", "makeGadget_1")])
    two = _names([Draft("POST", "/api/gadget", "t", "makeGadget_1"), Draft("PUT", "/api/gadget", "t", "makeGadget")])
    assert one == two == {"POST /api/gadget": "make_gadget", "PUT /api/gadget": "make_gadget_put"}


def test_no_name_is_left_to_the_running_python() -> None:
    """Soft keywords are names like any other: an operation called `match` keeps it on every Python."""
    assert _names([Draft("GET", "/api/m", "t", "match")]) == {"GET /api/m": "match"}
    assert re.fullmatch(r"[a-z_][a-z0-9_]*", _names([Draft("GET", "/api/c", "t", "class")])["GET /api/c"])
