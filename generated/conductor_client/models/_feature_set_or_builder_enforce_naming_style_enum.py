from conductor_client.models._base import OpenEnum


class FeatureSetOrBuilderEnforceNamingStyleEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.enforceNamingStyle."""

    ENFORCE_NAMING_STYLE_UNKNOWN = "ENFORCE_NAMING_STYLE_UNKNOWN"
    STYLE2024 = "STYLE2024"
    STYLE_LEGACY = "STYLE_LEGACY"
