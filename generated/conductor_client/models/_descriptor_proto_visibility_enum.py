from conductor_client.models._base import OpenEnum


class DescriptorProtoVisibilityEnum(OpenEnum):
    """Inline enum of DescriptorProto.visibility."""

    VISIBILITY_UNSET = "VISIBILITY_UNSET"
    VISIBILITY_LOCAL = "VISIBILITY_LOCAL"
    VISIBILITY_EXPORT = "VISIBILITY_EXPORT"
