from conductor_client.models._base import OpenEnum


class FieldOptionsOrBuilderRetentionEnum(OpenEnum):
    """Inline enum of FieldOptionsOrBuilder.retention."""

    RETENTION_UNKNOWN = "RETENTION_UNKNOWN"
    RETENTION_RUNTIME = "RETENTION_RUNTIME"
    RETENTION_SOURCE = "RETENTION_SOURCE"
