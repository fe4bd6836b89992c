"""Answers without a body: the methods that can get one are typed for it.

A Conductor server answers a poll that finds no task with 204 and no body (and an update that asks for the next
task, when there is none), and springdoc documents only the 200 with a Task; an answer that documents a 204 beside its 200 can come empty too. Such a method returns ``X | None``.
A list or a map keeps its type: the runtime reads an empty answer for one as ``[]`` or ``{}`` (tests/client).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from gen_support import COMMITTED_SPEC, SPEC_3_21

from generator.ir.model import Ir

TASK_REF = {"$ref": "#/components/schemas/Task"}


def _returns(ir: Ir) -> dict[str, str]:
    return {op.key: op.returns.type.annotation for op in ir.operations}


def test_real_specs(ir_of: Callable[[Path], Ir]) -> None:
    for spec in (COMMITTED_SPEC, SPEC_3_21):
        returns = _returns(ir_of(spec))
        assert returns["GET /api/tasks/poll/{tasktype}"] == "models.Task | None", spec
        assert returns["POST /api/tasks/update-v2"] == "models.Task | None", spec  # update, take the next one
        assert returns["GET /api/tasks/poll/batch/{tasktype}"] == "list[models.Task]", spec
        assert returns["GET /api/tasks/{taskId}/log"] == "list[models.TaskExecLog]", spec
        # Everything else answers a body, or a 404 when there is nothing: not optional.
        assert returns["GET /api/tasks/{taskId}"] == "models.Task", spec
        assert returns["GET /api/workflow/{workflowId}"] == "models.Workflow", spec


def _spec(responses: dict[str, object], path: str = "/api/things/{id}") -> dict[str, object]:
    ok = {"description": "OK", "content": {"application/json": {"schema": TASK_REF}}}
    return {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": {path: {"get": {
            "operationId": "getThing", "tags": ["thing-resource"],
            "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
            "responses": {"200": ok, **responses}}}},
        "components": {"schemas": {"Task": {"type": "object", "properties": {"taskId": {"type": "string"}}}}},
    }


def test_a_documented_204_makes_the_return_optional(tmp_path: Path, ir_of: Callable[[Path], Ir]) -> None:
    cases = {
        "plain": ({}, "models.Task"),
        "documented-204": ({"204": {"description": "No Content"}}, "models.Task | None"),
        "404-only": ({"404": {"description": "Not Found"}}, "models.Task"),
    }
    for name, (responses, expected) in cases.items():
        spec = tmp_path / f"{name}.json"
        spec.write_text(json.dumps(_spec(responses)))
        assert _returns(ir_of(spec))["GET /api/things/{id}"] == expected, name
    spec = tmp_path / "poll.json"
    spec.write_text(json.dumps(_spec({}, "/api/queue/poll/{id}")))
    assert _returns(ir_of(spec))["GET /api/queue/poll/{id}"] == "models.Task | None"
