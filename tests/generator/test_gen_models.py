"""The generated models (committed spec): liberal when decoding a server's answer, strict when user code builds
one, and the recursive WorkflowTask round-trips."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydantic
import pytest
from gen_support import PACKAGE, imported_package


@pytest.fixture(scope="module")
def models(runnable_copy: Path) -> Iterator[Any]:
    with imported_package(runnable_copy, PACKAGE):
        from conductor_client import models as generated_models

        yield generated_models


@pytest.fixture(scope="module")
def decode_context(models: Any) -> dict[str, Any]:
    from conductor_client.models._base import DECODE_CONTEXT

    return DECODE_CONTEXT


WORKFLOW_FROM_A_NEWER_SERVER = {
    "workflowId": "wf-1",
    "status": "SOMETHING_NEW",  # an enum value this package has never seen
    "brandNewField": {"nested": [1, 2, {"x": None}]},  # a field this package has never seen
    "workflowDefinition": {"timeoutSeconds": 60},  # WorkflowDef requires name and tasks: missing here
    "tasks": [{"taskId": "t1", "status": "ANOTHER_NEW_STATUS", "taskType": "SIMPLE"}],
}


def test_decoding_accepts_unknown_enum_values(models: Any, decode_context: dict[str, Any]) -> None:
    workflow = models.Workflow.model_validate(WORKFLOW_FROM_A_NEWER_SERVER, context=decode_context)
    status_type = models.WorkflowStatusEnum  # the inline enum of Workflow.status
    assert isinstance(workflow.status, status_type)
    assert workflow.status.value == "SOMETHING_NEW"
    assert workflow.status == "SOMETHING_NEW"
    assert workflow.tasks[0].status.value == "ANOTHER_NEW_STATUS"
    # Known values are still the members themselves.
    assert models.Workflow.model_validate({"status": "RUNNING"}, context=decode_context).status is status_type.RUNNING


def test_decoding_keeps_unknown_fields_and_writes_them_back(models: Any, decode_context: dict[str, Any]) -> None:
    workflow = models.Workflow.model_validate(WORKFLOW_FROM_A_NEWER_SERVER, context=decode_context)
    assert workflow.model_extra == {"brandNewField": {"nested": [1, 2, {"x": None}]}}
    dumped = workflow.model_dump(mode="json", by_alias=True, exclude_none=True)
    assert dumped["brandNewField"] == {"nested": [1, 2, {"x": None}]}
    assert dumped["status"] == "SOMETHING_NEW"
    assert json.loads(workflow.model_dump_json(by_alias=True, exclude_none=True)) == dumped


def test_decoding_accepts_missing_required_fields(models: Any, decode_context: dict[str, Any]) -> None:
    workflow = models.Workflow.model_validate(WORKFLOW_FROM_A_NEWER_SERVER, context=decode_context)
    definition = workflow.workflow_definition
    assert type(definition) is models.WorkflowDef
    assert definition.timeout_seconds == 60
    assert definition.name is None and definition.tasks is None
    # At the top level too, and from JSON text.
    task_def = models.TaskDef.model_validate_json('{"timeoutSeconds": 5}', context=decode_context)
    assert task_def.name is None and task_def.timeout_seconds == 5


def test_every_model_decodes_an_empty_object(models: Any, decode_context: dict[str, Any]) -> None:
    """Every class builds (no unresolved forward reference, the protobuf Descriptor/Any cycle included)."""
    built = 0
    for name in models.__all__:
        cls = getattr(models, name)
        if isinstance(cls, type) and issubclass(cls, pydantic.BaseModel):
            cls.model_validate({}, context=decode_context)
            built += 1
    assert built > 150


def test_user_code_must_give_required_fields(models: Any, decode_context: dict[str, Any]) -> None:
    """Required is what the server refuses to go without (generator/ir/server_required.json), not the spec's list."""
    with pytest.raises(pydantic.ValidationError, match="name"):
        models.TaskDef(timeout_seconds=60)
    with pytest.raises(pydantic.ValidationError, match="name"):
        models.TaskDef.model_validate({"timeoutSeconds": 60})  # validation without the decode context: strict as well
    with pytest.raises(pydantic.ValidationError) as caught:
        models.WorkflowDef(timeout_seconds=60)
    assert [error["loc"] for error in caught.value.errors()] == [("name",), ("tasks",)]
    # Nested models given as plain data are held to theirs too, and the error says where.
    nested = {"name": "order", "workflowDef": {"name": "inline", "tasks": [{"name": "t"}]}}
    request = models.StartWorkflowRequest
    for build in (
        lambda: request(**nested),
        lambda: request.model_validate(nested),
        lambda: request.model_validate_json(json.dumps(nested)),
    ):
        with pytest.raises(pydantic.ValidationError) as caught:
            build()
        assert [error["loc"] for error in caught.value.errors()] == [("workflow_def", "tasks", 0, "task_reference_name")]
    # ... which decoding is not.
    decoded = models.StartWorkflowRequest.model_validate_json(json.dumps(nested), context=decode_context)
    assert decoded.workflow_def.tasks[0].task_reference_name is None

    task_def = models.TaskDef(name="x", timeout_seconds=60)
    assert task_def.model_dump(by_alias=True, exclude_none=True) == {"name": "x", "timeoutSeconds": 60}
    # By wire name too.
    assert models.TaskDef.model_validate({"name": "x", "timeoutSeconds": 60}).timeout_seconds == 60


def test_what_the_server_accepts_loads(models: Any) -> None:
    """A definition kept as a file, without the timeoutSeconds the spec calls required (the server stores 0)."""
    text = json.dumps({"name": "flow", "tasks": [{"name": "t", "taskReferenceName": "t_ref", "type": "SIMPLE"}]})
    definition = models.WorkflowDef.model_validate_json(text)
    assert definition.timeout_seconds is None and definition.tasks[0].task_reference_name == "t_ref"
    assert models.TaskDef(name="t").timeout_seconds is None
    assert models.StartWorkflowRequest(name="flow").version is None


def test_a_body_the_server_would_refuse_is_refused_before_sending(models: Any, decode_context: dict[str, Any]) -> None:
    from conductor_client._runtime.operation import Operation, Returns
    from conductor_client._runtime.request import encode_body

    register = Operation("metadata.register_task_def", "POST", "/api/metadata/taskdefs", Returns.empty(), "application/json")
    decoded = models.TaskDef.model_validate_json('{"timeoutSeconds": 5}', context=decode_context)  # lenient
    with pytest.raises(pydantic.ValidationError) as caught:
        encode_body(register, [models.TaskDef(name="ok"), decoded])
    assert [error["loc"] for error in caught.value.errors()] == [(1, "name")]
    # Changed after it was built (assignment is not validated), and nested: named with its path.
    definition = models.WorkflowDef(name="flow", tasks=[models.WorkflowTask(name="t", task_reference_name="t_ref")])
    definition.tasks[0].task_reference_name = None
    with pytest.raises(pydantic.ValidationError) as caught:
        encode_body(register, definition)
    assert [error["loc"] for error in caught.value.errors()] == [("tasks", 0, "task_reference_name")]
    definition.tasks[0].task_reference_name = "t_ref"
    content, _ = encode_body(register, definition)
    assert json.loads(content or b"") == {"name": "flow", "tasks": [{"name": "t", "taskReferenceName": "t_ref"}]}
    # A body without models is sent as given.
    assert encode_body(register, [{"timeoutSeconds": 5}])[0] == b'[{"timeoutSeconds":5}]'


RECURSIVE_TASKS = {
    "name": "decide",
    "taskReferenceName": "decide_ref",
    "type": "SWITCH",
    "decisionCases": {
        "a": [
            {
                "name": "fork",
                "taskReferenceName": "fork_ref",
                "type": "FORK_JOIN",
                "forkTasks": [
                    [{"name": "left", "taskReferenceName": "left_ref", "type": "SIMPLE"}],
                    [
                        {
                            "name": "loop",
                            "taskReferenceName": "loop_ref",
                            "type": "DO_WHILE",
                            "loopOver": [{"name": "inner", "taskReferenceName": "inner_ref", "type": "SIMPLE"}],
                        }
                    ],
                ],
            }
        ],
        "b": [],
    },
    "defaultCase": [{"name": "fallback", "taskReferenceName": "fallback_ref", "type": "SIMPLE"}],
}


def test_recursive_workflow_task_round_trips(models: Any) -> None:
    task = models.WorkflowTask.model_validate(RECURSIVE_TASKS)
    fork = task.decision_cases["a"][0]
    assert type(fork) is models.WorkflowTask
    assert type(fork.fork_tasks[1][0].loop_over[0]) is models.WorkflowTask
    assert fork.fork_tasks[1][0].loop_over[0].task_reference_name == "inner_ref"
    assert task.decision_cases["b"] == []

    assert task.model_dump(mode="json", by_alias=True, exclude_none=True) == RECURSIVE_TASKS
    again = models.WorkflowTask.model_validate_json(task.model_dump_json(by_alias=True, exclude_none=True))
    assert again == task


def test_recursive_task_inside_a_workflow_def(models: Any) -> None:
    definition = {"name": "flow", "timeoutSeconds": 0, "tasks": [copy.deepcopy(RECURSIVE_TASKS)]}
    built = models.WorkflowDef.model_validate(definition)
    assert built.tasks[0].decision_cases["a"][0].fork_tasks[0][0].name == "left"
    assert built.model_dump(mode="json", by_alias=True, exclude_none=True) == definition
