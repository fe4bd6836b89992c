from conductor_client.models._base import OpenEnum


class ExtensionRangeOptionsVerificationEnum(OpenEnum):
    """Inline enum of ExtensionRangeOptions.verification."""

    DECLARATION = "DECLARATION"
    UNVERIFIED = "UNVERIFIED"
