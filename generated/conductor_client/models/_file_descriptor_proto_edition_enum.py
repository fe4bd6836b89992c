from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


class FileDescriptorProtoEditionEnum(OpenEnum):
    """Inline enum of FileDescriptorProto.edition."""

    EDITION_UNKNOWN = "EDITION_UNKNOWN"
    EDITION_LEGACY = "EDITION_LEGACY"
    EDITION_PROTO2 = "EDITION_PROTO2"
    EDITION_PROTO3 = "EDITION_PROTO3"
    EDITION_2023 = "EDITION_2023"
    EDITION_2024 = "EDITION_2024"
    EDITION_1_TEST_ONLY = "EDITION_1_TEST_ONLY"
    EDITION_2_TEST_ONLY = "EDITION_2_TEST_ONLY"
    EDITION_99997_TEST_ONLY = "EDITION_99997_TEST_ONLY"
    EDITION_99998_TEST_ONLY = "EDITION_99998_TEST_ONLY"
    EDITION_99999_TEST_ONLY = "EDITION_99999_TEST_ONLY"
    EDITION_MAX = "EDITION_MAX"
