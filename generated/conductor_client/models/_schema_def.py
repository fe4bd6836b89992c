from typing import Any

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._schema_def_type_enum import SchemaDefTypeEnum


class SchemaDef(ConductorModel):
    create_time: int | None = Field(default=None, validation_alias="createTime", serialization_alias="createTime")
    created_by: str | None = Field(default=None, validation_alias="createdBy", serialization_alias="createdBy")
    data: dict[str, Any] | None = None
    external_ref: str | None = Field(default=None, validation_alias="externalRef", serialization_alias="externalRef")
    name: str | None = None
    owner_app: str | None = Field(default=None, validation_alias="ownerApp", serialization_alias="ownerApp")
    type: SchemaDefTypeEnum | None = None
    update_time: int | None = Field(default=None, validation_alias="updateTime", serialization_alias="updateTime")
    updated_by: str | None = Field(default=None, validation_alias="updatedBy", serialization_alias="updatedBy")
    version: int | None = None
