from conductor_client.models._base import OpenEnum


class ExtensionRangeOptionsOrBuilderVerificationEnum(OpenEnum):
    """Inline enum of ExtensionRangeOptionsOrBuilder.verification."""

    DECLARATION = "DECLARATION"
    UNVERIFIED = "UNVERIFIED"
