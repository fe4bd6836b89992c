from conductor_client.models._base import OpenEnum


class FeatureSetMessageEncodingEnum(OpenEnum):
    """Inline enum of FeatureSet.messageEncoding."""

    MESSAGE_ENCODING_UNKNOWN = "MESSAGE_ENCODING_UNKNOWN"
    LENGTH_PREFIXED = "LENGTH_PREFIXED"
    DELIMITED = "DELIMITED"
