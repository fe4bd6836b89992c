from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class ExecutionMetadata(ConductorModel):
    additional_context: dict[str, Any] | None = Field(
        default=None, validation_alias="additionalContext", serialization_alias="additionalContext"
    )
    additional_context_map: dict[str, Any] | None = Field(
        default=None, validation_alias="additionalContextMap", serialization_alias="additionalContextMap"
    )
    client_receive_time: int | None = Field(
        default=None, validation_alias="clientReceiveTime", serialization_alias="clientReceiveTime"
    )
    client_send_time: int | None = Field(
        default=None, validation_alias="clientSendTime", serialization_alias="clientSendTime"
    )
    empty: bool | None = None
    execution_duration: int | None = Field(
        default=None, validation_alias="executionDuration", serialization_alias="executionDuration"
    )
    execution_end_time: int | None = Field(
        default=None, validation_alias="executionEndTime", serialization_alias="executionEndTime"
    )
    execution_start_time: int | None = Field(
        default=None, validation_alias="executionStartTime", serialization_alias="executionStartTime"
    )
    poll_network_latency: int | None = Field(
        default=None, validation_alias="pollNetworkLatency", serialization_alias="pollNetworkLatency"
    )
    server_send_time: int | None = Field(
        default=None, validation_alias="serverSendTime", serialization_alias="serverSendTime"
    )
    update_network_latency: int | None = Field(
        default=None, validation_alias="updateNetworkLatency", serialization_alias="updateNetworkLatency"
    )
