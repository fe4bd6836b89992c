from conductor_client.models._base import OpenEnum


class FieldDescriptorProtoOrBuilderLabelEnum(OpenEnum):
    """Inline enum of FieldDescriptorProtoOrBuilder.label."""

    LABEL_OPTIONAL = "LABEL_OPTIONAL"
    LABEL_REPEATED = "LABEL_REPEATED"
    LABEL_REQUIRED = "LABEL_REQUIRED"
