from conductor_client.models._base import OpenEnum


class FeatureSetOrBuilderUtf8ValidationEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.utf8Validation."""

    UTF8_VALIDATION_UNKNOWN = "UTF8_VALIDATION_UNKNOWN"
    VERIFY = "VERIFY"
    NONE = "NONE"
