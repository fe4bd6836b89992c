from conductor_client.models._base import ConductorModel
from pydantic import Field


class BulkResponseString(ConductorModel):
    bulk_error_results: dict[str, str] | None = Field(
        default=None, validation_alias="bulkErrorResults", serialization_alias="bulkErrorResults"
    )
    bulk_successful_results: list[str] | None = Field(
        default=None, validation_alias="bulkSuccessfulResults", serialization_alias="bulkSuccessfulResults"
    )
