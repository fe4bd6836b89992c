from conductor_client.models._base import OpenEnum


class FieldDescriptorProtoLabelEnum(OpenEnum):
    """Inline enum of FieldDescriptorProto.label."""

    LABEL_OPTIONAL = "LABEL_OPTIONAL"
    LABEL_REPEATED = "LABEL_REPEATED"
    LABEL_REQUIRED = "LABEL_REQUIRED"
