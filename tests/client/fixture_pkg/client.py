"""Hand-written stand-in for the generated client module."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime.async_core import AsyncClientCore
from ._runtime.sync_core import SyncClientCore

if TYPE_CHECKING:
    from .api.workflow import AsyncWorkflowApi, WorkflowApi


class ConductorClient(SyncClientCore):
    @cached_property
    def workflow(self) -> WorkflowApi:
        from .api.workflow import WorkflowApi

        return WorkflowApi(self)


class AsyncConductorClient(AsyncClientCore):
    @cached_property
    def workflow(self) -> AsyncWorkflowApi:
        from .api.workflow import AsyncWorkflowApi

        return AsyncWorkflowApi(self)
