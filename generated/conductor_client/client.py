"""The clients: `ConductorClient` (sync) and `AsyncConductorClient`, one attribute per API group.

API groups are imported when first used, so creating a client costs nothing until it is used.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._runtime.async_core import AsyncClientCore
from ._runtime.sync_core import SyncClientCore

if TYPE_CHECKING:
    from .api.a2a_callback import AsyncA2ACallbackApi, A2ACallbackApi
    from .api.admin import AsyncAdminApi, AdminApi
    from .api.agent import AsyncAgentApi, AgentApi
    from .api.agent_span_ui_context import AsyncAgentSpanUiContextApi, AgentSpanUiContextApi
    from .api.environment import AsyncEnvironmentApi, EnvironmentApi
    from .api.event import AsyncEventApi, EventApi
    from .api.health_check import AsyncHealthCheckApi, HealthCheckApi
    from .api.metadata import AsyncMetadataApi, MetadataApi
    from .api.provider import AsyncProviderApi, ProviderApi
    from .api.queue_admin import AsyncQueueAdminApi, QueueAdminApi
    from .api.scheduler import AsyncSchedulerApi, SchedulerApi
    from .api.scheduler_bulk import AsyncSchedulerBulkApi, SchedulerBulkApi
    from .api.secret import AsyncSecretApi, SecretApi
    from .api.task import AsyncTaskApi, TaskApi
    from .api.workflow import AsyncWorkflowApi, WorkflowApi
    from .api.workflow_bulk import AsyncWorkflowBulkApi, WorkflowBulkApi


class ConductorClient(SyncClientCore):
    """A Conductor server, used synchronously.

    ``with ConductorClient() as client: client.workflow.get_workflow(workflow_id)``
    Settings come from the arguments, else from ``CONDUCTOR_SERVER_URL``, ``CONDUCTOR_AUTH_KEY`` and
    ``CONDUCTOR_AUTH_SECRET``.
    """

    @cached_property
    def a2a_callback(self) -> A2ACallbackApi:
        """The a-2-a-callback-resource operations."""
        from .api.a2a_callback import A2ACallbackApi

        return A2ACallbackApi(self)

    @cached_property
    def admin(self) -> AdminApi:
        """The admin-resource operations."""
        from .api.admin import AdminApi

        return AdminApi(self)

    @cached_property
    def agent(self) -> AgentApi:
        """The agent-controller operations."""
        from .api.agent import AgentApi

        return AgentApi(self)

    @cached_property
    def agent_span_ui_context(self) -> AgentSpanUiContextApi:
        """The agent-span-ui-context-controller operations."""
        from .api.agent_span_ui_context import AgentSpanUiContextApi

        return AgentSpanUiContextApi(self)

    @cached_property
    def environment(self) -> EnvironmentApi:
        """The environment-resource operations."""
        from .api.environment import EnvironmentApi

        return EnvironmentApi(self)

    @cached_property
    def event(self) -> EventApi:
        """The event-resource operations."""
        from .api.event import EventApi

        return EventApi(self)

    @cached_property
    def health_check(self) -> HealthCheckApi:
        """The health-check-resource operations."""
        from .api.health_check import HealthCheckApi

        return HealthCheckApi(self)

    @cached_property
    def metadata(self) -> MetadataApi:
        """The metadata-resource operations."""
        from .api.metadata import MetadataApi

        return MetadataApi(self)

    @cached_property
    def provider(self) -> ProviderApi:
        """The provider-controller operations."""
        from .api.provider import ProviderApi

        return ProviderApi(self)

    @cached_property
    def queue_admin(self) -> QueueAdminApi:
        """The queue-admin-resource operations."""
        from .api.queue_admin import QueueAdminApi

        return QueueAdminApi(self)

    @cached_property
    def scheduler(self) -> SchedulerApi:
        """The Scheduler operations."""
        from .api.scheduler import SchedulerApi

        return SchedulerApi(self)

    @cached_property
    def scheduler_bulk(self) -> SchedulerBulkApi:
        """The Scheduler Bulk operations."""
        from .api.scheduler_bulk import SchedulerBulkApi

        return SchedulerBulkApi(self)

    @cached_property
    def secret(self) -> SecretApi:
        """The secret-controller operations."""
        from .api.secret import SecretApi

        return SecretApi(self)

    @cached_property
    def task(self) -> TaskApi:
        """The task-resource operations."""
        from .api.task import TaskApi

        return TaskApi(self)

    @cached_property
    def workflow(self) -> WorkflowApi:
        """The workflow-resource operations."""
        from .api.workflow import WorkflowApi

        return WorkflowApi(self)

    @cached_property
    def workflow_bulk(self) -> WorkflowBulkApi:
        """The workflow-bulk-resource operations."""
        from .api.workflow_bulk import WorkflowBulkApi

        return WorkflowBulkApi(self)


class AsyncConductorClient(AsyncClientCore):
    """A Conductor server, used from asyncio: ``async with AsyncConductorClient() as client: ...``."""

    @cached_property
    def a2a_callback(self) -> AsyncA2ACallbackApi:
        """The a-2-a-callback-resource operations."""
        from .api.a2a_callback import AsyncA2ACallbackApi

        return AsyncA2ACallbackApi(self)

    @cached_property
    def admin(self) -> AsyncAdminApi:
        """The admin-resource operations."""
        from .api.admin import AsyncAdminApi

        return AsyncAdminApi(self)

    @cached_property
    def agent(self) -> AsyncAgentApi:
        """The agent-controller operations."""
        from .api.agent import AsyncAgentApi

        return AsyncAgentApi(self)

    @cached_property
    def agent_span_ui_context(self) -> AsyncAgentSpanUiContextApi:
        """The agent-span-ui-context-controller operations."""
        from .api.agent_span_ui_context import AsyncAgentSpanUiContextApi

        return AsyncAgentSpanUiContextApi(self)

    @cached_property
    def environment(self) -> AsyncEnvironmentApi:
        """The environment-resource operations."""
        from .api.environment import AsyncEnvironmentApi

        return AsyncEnvironmentApi(self)

    @cached_property
    def event(self) -> AsyncEventApi:
        """The event-resource operations."""
        from .api.event import AsyncEventApi

        return AsyncEventApi(self)

    @cached_property
    def health_check(self) -> AsyncHealthCheckApi:
        """The health-check-resource operations."""
        from .api.health_check import AsyncHealthCheckApi

        return AsyncHealthCheckApi(self)

    @cached_property
    def metadata(self) -> AsyncMetadataApi:
        """The metadata-resource operations."""
        from .api.metadata import AsyncMetadataApi

        return AsyncMetadataApi(self)

    @cached_property
    def provider(self) -> AsyncProviderApi:
        """The provider-controller operations."""
        from .api.provider import AsyncProviderApi

        return AsyncProviderApi(self)

    @cached_property
    def queue_admin(self) -> AsyncQueueAdminApi:
        """The queue-admin-resource operations."""
        from .api.queue_admin import AsyncQueueAdminApi

        return AsyncQueueAdminApi(self)

    @cached_property
    def scheduler(self) -> AsyncSchedulerApi:
        """The Scheduler operations."""
        from .api.scheduler import AsyncSchedulerApi

        return AsyncSchedulerApi(self)

    @cached_property
    def scheduler_bulk(self) -> AsyncSchedulerBulkApi:
        """The Scheduler Bulk operations."""
        from .api.scheduler_bulk import AsyncSchedulerBulkApi

        return AsyncSchedulerBulkApi(self)

    @cached_property
    def secret(self) -> AsyncSecretApi:
        """The secret-controller operations."""
        from .api.secret import AsyncSecretApi

        return AsyncSecretApi(self)

    @cached_property
    def task(self) -> AsyncTaskApi:
        """The task-resource operations."""
        from .api.task import AsyncTaskApi

        return AsyncTaskApi(self)

    @cached_property
    def workflow(self) -> AsyncWorkflowApi:
        """The workflow-resource operations."""
        from .api.workflow import AsyncWorkflowApi

        return AsyncWorkflowApi(self)

    @cached_property
    def workflow_bulk(self) -> AsyncWorkflowBulkApi:
        """The workflow-bulk-resource operations."""
        from .api.workflow_bulk import AsyncWorkflowBulkApi

        return AsyncWorkflowBulkApi(self)
