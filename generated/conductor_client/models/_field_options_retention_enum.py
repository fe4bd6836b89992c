from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class FieldOptionsRetentionEnum(OpenEnum):
    """Inline enum of FieldOptions.retention."""

    RETENTION_UNKNOWN = "RETENTION_UNKNOWN"
    RETENTION_RUNTIME = "RETENTION_RUNTIME"
    RETENTION_SOURCE = "RETENTION_SOURCE"
