from conductor_client.models._base import OpenEnum


class FeatureSetOrBuilderRepeatedFieldEncodingEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.repeatedFieldEncoding."""

    REPEATED_FIELD_ENCODING_UNKNOWN = "REPEATED_FIELD_ENCODING_UNKNOWN"
    PACKED = "PACKED"
    EXPANDED = "EXPANDED"
