from conductor_client.models._base import OpenEnum


class FileOptionsOrBuilderOptimizeForEnum(OpenEnum):
    """Inline enum of FileOptionsOrBuilder.optimizeFor."""

    SPEED = "SPEED"
    CODE_SIZE = "CODE_SIZE"
    LITE_RUNTIME = "LITE_RUNTIME"
