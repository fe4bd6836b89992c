from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field


class BulkResponse(ConductorModel):
    bulk_error_results: dict[str, str] | None = Field(
        default=None, validation_alias="bulkErrorResults", serialization_alias="bulkErrorResults"
    )
    bulk_successful_results: list[dict[str, Any]] | None = Field(
        default=None, validation_alias="bulkSuccessfulResults", serialization_alias="bulkSuccessfulResults"
    )
