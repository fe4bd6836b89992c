from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class FeatureSetMessageEncodingEnum(OpenEnum):
    """Inline enum of FeatureSet.messageEncoding."""

    MESSAGE_ENCODING_UNKNOWN = "MESSAGE_ENCODING_UNKNOWN"
    LENGTH_PREFIXED = "LENGTH_PREFIXED"
    DELIMITED = "DELIMITED"
