"""A hand-written API module following RUNTIME-CONTRACT.md."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._runtime.operation import Operation, Returns
from .._runtime.typeexpr import list_of

if TYPE_CHECKING:
    from .. import models
    from .._runtime.async_core import AsyncClientCore
    from .._runtime.sync_core import SyncClientCore
    from .._runtime.timeouts import TimeoutArg

_GET_EXECUTION_STATUS: Operation[models.Workflow] = Operation(
    name="workflow.get_execution_status",
    method="GET",
    path="/api/workflow/{workflowId}",
    returns=Returns.json(lambda m: m.Workflow),
    body_media_type=None,
    retry_safe=True,
)
_START_WORKFLOW: Operation[str] = Operation(
    name="workflow.start_workflow",
    method="POST",
    path="/api/workflow",
    returns=Returns.text(),
    body_media_type="application/json",
    retry_safe=False,
)
_SEARCH: Operation[list[models.Workflow]] = Operation(
    name="workflow.search",
    method="GET",
    path="/api/workflow/search",
    returns=Returns.json(lambda m: list_of(m.Workflow)),
    retry_safe=True,
)
_TERMINATE: Operation[None] = Operation(
    name="workflow.terminate",
    method="DELETE",
    path="/api/workflow/{workflowId}",
    returns=Returns.empty(),
    retry_safe=True,
)


class WorkflowApi:
    def __init__(self, client: SyncClientCore) -> None:
        self._client = client

    def get_execution_status(
        self, workflow_id: str, *, include_tasks: bool | None = None, timeout: TimeoutArg | None = None
    ) -> models.Workflow:
        """Gets the workflow by workflow id."""
        return self._client.call(
            _GET_EXECUTION_STATUS,
            path={"workflowId": workflow_id},
            query={"includeTasks": include_tasks},
            headers=None,
            body=None,
            timeout=timeout,
        )

    def start_workflow(self, body: models.StartWorkflowRequest, *, timeout: TimeoutArg | None = None) -> str:
        """Start a new workflow; returns its id."""
        return self._client.call(_START_WORKFLOW, path=None, query=None, headers=None, body=body, timeout=timeout)

    def search(
        self, *, query: str | None = None, size: int | None = None, timeout: TimeoutArg | None = None
    ) -> list[models.Workflow]:
        return self._client.call(_SEARCH, query={"query": query, "size": size}, timeout=timeout)

    def terminate(self, workflow_id: str, *, reason: str | None = None, timeout: TimeoutArg | None = None) -> None:
        return self._client.call(
            _TERMINATE, path={"workflowId": workflow_id}, query={"reason": reason}, timeout=timeout
        )


class AsyncWorkflowApi:
    def __init__(self, client: AsyncClientCore) -> None:
        self._client = client

    async def get_execution_status(
        self, workflow_id: str, *, include_tasks: bool | None = None, timeout: TimeoutArg | None = None
    ) -> models.Workflow:
        return await self._client.call(
            _GET_EXECUTION_STATUS,
            path={"workflowId": workflow_id},
            query={"includeTasks": include_tasks},
            headers=None,
            body=None,
            timeout=timeout,
        )

    async def start_workflow(self, body: models.StartWorkflowRequest, *, timeout: TimeoutArg | None = None) -> str:
        return await self._client.call(_START_WORKFLOW, body=body, timeout=timeout)
