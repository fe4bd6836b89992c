from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._workflow_model import WorkflowModel


class BulkResponseWorkflowModel(ConductorModel):
    bulk_error_results: dict[str, str] | None = Field(
        default=None, validation_alias="bulkErrorResults", serialization_alias="bulkErrorResults"
    )
    bulk_successful_results: list[WorkflowModel] | None = Field(
        default=None, validation_alias="bulkSuccessfulResults", serialization_alias="bulkSuccessfulResults"
    )
