from conductor_client.models._base import OpenEnum


class FeatureSetUtf8ValidationEnum(OpenEnum):
    """Inline enum of FeatureSet.utf8Validation."""

    UTF8_VALIDATION_UNKNOWN = "UTF8_VALIDATION_UNKNOWN"
    VERIFY = "VERIFY"
    NONE = "NONE"
