from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class MethodOptionsIdempotencyLevelEnum(OpenEnum):
    """Inline enum of MethodOptions.idempotencyLevel."""

    IDEMPOTENCY_UNKNOWN = "IDEMPOTENCY_UNKNOWN"
    NO_SIDE_EFFECTS = "NO_SIDE_EFFECTS"
    IDEMPOTENT = "IDEMPOTENT"
