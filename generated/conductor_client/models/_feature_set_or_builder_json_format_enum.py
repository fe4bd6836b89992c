from conductor_client.models._base import OpenEnum


class FeatureSetOrBuilderJsonFormatEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.jsonFormat."""

    JSON_FORMAT_UNKNOWN = "JSON_FORMAT_UNKNOWN"
    ALLOW = "ALLOW"
    LEGACY_BEST_EFFORT = "LEGACY_BEST_EFFORT"
