from conductor_client.models._base import OpenEnum


class FieldOptionsJstypeEnum(OpenEnum):
    """Inline enum of FieldOptions.jstype."""

    JS_NORMAL = "JS_NORMAL"
    JS_STRING = "JS_STRING"
    JS_NUMBER = "JS_NUMBER"
