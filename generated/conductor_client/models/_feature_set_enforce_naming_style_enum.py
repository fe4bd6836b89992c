from conductor_client.models._base import OpenEnum


class FeatureSetEnforceNamingStyleEnum(OpenEnum):
    """Inline enum of FeatureSet.enforceNamingStyle."""

    ENFORCE_NAMING_STYLE_UNKNOWN = "ENFORCE_NAMING_STYLE_UNKNOWN"
    STYLE2024 = "STYLE2024"
    STYLE_LEGACY = "STYLE_LEGACY"
