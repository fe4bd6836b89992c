from conductor_client.models._base import ConductorModel
from pydantic import Field


class ByteString(ConductorModel):
    empty: bool | None = None
    valid_utf8: bool | None = Field(default=None, validation_alias="validUtf8", serialization_alias="validUtf8")
