from conductor_client.models._base import OpenEnum


class FieldOptionsCtypeEnum(OpenEnum):
    """Inline enum of FieldOptions.ctype."""

    STRING = "STRING"
    CORD = "CORD"
    STRING_PIECE = "STRING_PIECE"
