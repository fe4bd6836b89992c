from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class FeatureSetFieldPresenceEnum(OpenEnum):
    """Inline enum of FeatureSet.fieldPresence."""

    FIELD_PRESENCE_UNKNOWN = "FIELD_PRESENCE_UNKNOWN"
    EXPLICIT = "EXPLICIT"
    IMPLICIT = "IMPLICIT"
    LEGACY_REQUIRED = "LEGACY_REQUIRED"
