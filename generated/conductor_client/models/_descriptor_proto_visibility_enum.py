from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class DescriptorProtoVisibilityEnum(OpenEnum):
    """Inline enum of DescriptorProto.visibility."""

    VISIBILITY_UNSET = "VISIBILITY_UNSET"
    VISIBILITY_LOCAL = "VISIBILITY_LOCAL"
    VISIBILITY_EXPORT = "VISIBILITY_EXPORT"
