from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


from ._schema_def_type_enum import SchemaDefTypeEnum


class SchemaDef(RequiredFieldsModel):
    __conductor_required__: ClassVar[tuple[str, ...]] = (
        "name",
        "type",
        "version",
    )
    create_time: int | None = Field(None, alias="createTime")
    created_by: str | None = Field(None, alias="createdBy")
    data: dict[str, Any] | None = Field(None, alias="data")
    external_ref: str | None = Field(None, alias="externalRef")
    name: Optional[str] = Field(None, alias="name")
    owner_app: str | None = Field(None, alias="ownerApp")
    type: Optional[SchemaDefTypeEnum] = Field(None, alias="type")
    update_time: int | None = Field(None, alias="updateTime")
    updated_by: str | None = Field(None, alias="updatedBy")
    version: Optional[int] = Field(None, alias="version")
