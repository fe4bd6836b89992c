from conductor_client.models._base import OpenEnum


class FeatureSetOrBuilderMessageEncodingEnum(OpenEnum):
    """Inline enum of FeatureSetOrBuilder.messageEncoding."""

    MESSAGE_ENCODING_UNKNOWN = "MESSAGE_ENCODING_UNKNOWN"
    LENGTH_PREFIXED = "LENGTH_PREFIXED"
    DELIMITED = "DELIMITED"
