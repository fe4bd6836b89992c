from conductor_client.models._base import OpenEnum


class FeatureSetOrBuilderFieldPresenceEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.fieldPresence."""

    FIELD_PRESENCE_UNKNOWN = "FIELD_PRESENCE_UNKNOWN"
    EXPLICIT = "EXPLICIT"
    IMPLICIT = "IMPLICIT"
    LEGACY_REQUIRED = "LEGACY_REQUIRED"
