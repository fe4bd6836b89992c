from conductor_client.models._base import OpenEnum


class EnumDescriptorProtoVisibilityEnum(OpenEnum):
    """Inline enum of EnumDescriptorProto.visibility."""

    VISIBILITY_UNSET = "VISIBILITY_UNSET"
    VISIBILITY_LOCAL = "VISIBILITY_LOCAL"
    VISIBILITY_EXPORT = "VISIBILITY_EXPORT"
