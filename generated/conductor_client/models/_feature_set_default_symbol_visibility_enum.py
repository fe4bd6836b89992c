from conductor_client.models._base import OpenEnum


class FeatureSetDefaultSymbolVisibilityEnum(OpenEnum):
    """Inline enum of FeatureSet.defaultSymbolVisibility."""

    DEFAULT_SYMBOL_VISIBILITY_UNKNOWN = "DEFAULT_SYMBOL_VISIBILITY_UNKNOWN"
    EXPORT_ALL = "EXPORT_ALL"
    EXPORT_TOP_LEVEL = "EXPORT_TOP_LEVEL"
    LOCAL_ALL = "LOCAL_ALL"
    STRICT = "STRICT"
