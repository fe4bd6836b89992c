from conductor_client.models._base import OpenEnum


class FeatureSetFieldPresenceEnum(OpenEnum):
    """Inline enum of FeatureSet.fieldPresence."""

    FIELD_PRESENCE_UNKNOWN = "FIELD_PRESENCE_UNKNOWN"
    EXPLICIT = "EXPLICIT"
    IMPLICIT = "IMPLICIT"
    LEGACY_REQUIRED = "LEGACY_REQUIRED"
