from conductor_client.models._base import OpenEnum


class DescriptorProtoOrBuilderVisibilityEnum(OpenEnum):
    """Inline enum of DescriptorProtoOrBuilder.visibility."""

    VISIBILITY_UNSET = "VISIBILITY_UNSET"
    VISIBILITY_LOCAL = "VISIBILITY_LOCAL"
    VISIBILITY_EXPORT = "VISIBILITY_EXPORT"
