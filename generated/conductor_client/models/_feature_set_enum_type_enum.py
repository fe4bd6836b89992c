from conductor_client.models._base import OpenEnum


class FeatureSetEnumTypeEnum(OpenEnum):
    """Inline enum of FeatureSet.enumType."""

    ENUM_TYPE_UNKNOWN = "ENUM_TYPE_UNKNOWN"
    OPEN = "OPEN"
    CLOSED = "CLOSED"
