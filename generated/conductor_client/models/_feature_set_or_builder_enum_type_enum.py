from conductor_client.models._base import OpenEnum


class FeatureSetOrBuilderEnumTypeEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.enumType."""

    ENUM_TYPE_UNKNOWN = "ENUM_TYPE_UNKNOWN"
    OPEN = "OPEN"
    CLOSED = "CLOSED"
