from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class ExecutionMetadata(ConductorModel):
    additional_context: dict[str, Any] | None = Field(None, alias="additionalContext")
    additional_context_map: dict[str, Any] | None = Field(None, alias="additionalContextMap")
    client_receive_time: int | None = Field(None, alias="clientReceiveTime")
    client_send_time: int | None = Field(None, alias="clientSendTime")
    empty: bool | None = Field(None, alias="empty")
    execution_duration: int | None = Field(None, alias="executionDuration")
    execution_end_time: int | None = Field(None, alias="executionEndTime")
    execution_start_time: int | None = Field(None, alias="executionStartTime")
    poll_network_latency: int | None = Field(None, alias="pollNetworkLatency")
    server_send_time: int | None = Field(None, alias="serverSendTime")
    update_network_latency: int | None = Field(None, alias="updateNetworkLatency")
