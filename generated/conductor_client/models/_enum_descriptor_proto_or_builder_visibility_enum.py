from conductor_client.models._base import OpenEnum


class EnumDescriptorProtoOrBuilderVisibilityEnum(OpenEnum):
    """Inline enum of EnumDescriptorProtoOrBuilder.visibility."""

    VISIBILITY_UNSET = "VISIBILITY_UNSET"
    VISIBILITY_LOCAL = "VISIBILITY_LOCAL"
    VISIBILITY_EXPORT = "VISIBILITY_EXPORT"
