from conductor_client.models._base import OpenEnum


class FieldOptionsRetentionEnum(OpenEnum):
    """Inline enum of FieldOptions.retention."""

    RETENTION_UNKNOWN = "RETENTION_UNKNOWN"
    RETENTION_RUNTIME = "RETENTION_RUNTIME"
    RETENTION_SOURCE = "RETENTION_SOURCE"
