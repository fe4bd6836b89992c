from conductor_client.models._base import OpenEnum


class FieldOptionsOrBuilderJstypeEnum(OpenEnum):
    """Inline enum of FieldOptionsOrBuilder.jstype."""

    JS_NORMAL = "JS_NORMAL"
    JS_STRING = "JS_STRING"
    JS_NUMBER = "JS_NUMBER"
