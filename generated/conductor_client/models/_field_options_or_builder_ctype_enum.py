from conductor_client.models._base import OpenEnum


class FieldOptionsOrBuilderCtypeEnum(OpenEnum):
    """Inline enum of FieldOptionsOrBuilder.ctype."""

    STRING = "STRING"
    CORD = "CORD"
    STRING_PIECE = "STRING_PIECE"
