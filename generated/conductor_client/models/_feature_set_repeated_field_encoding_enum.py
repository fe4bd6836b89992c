from conductor_client.models._base import OpenEnum


class FeatureSetRepeatedFieldEncodingEnum(OpenEnum):
    """Inline enum of FeatureSet.repeatedFieldEncoding."""

    REPEATED_FIELD_ENCODING_UNKNOWN = "REPEATED_FIELD_ENCODING_UNKNOWN"
    PACKED = "PACKED"
    EXPANDED = "EXPANDED"
