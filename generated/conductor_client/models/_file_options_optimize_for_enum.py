from conductor_client.models._base import OpenEnum


class FileOptionsOptimizeForEnum(OpenEnum):
    """Inline enum of FileOptions.optimizeFor."""

    SPEED = "SPEED"
    CODE_SIZE = "CODE_SIZE"
    LITE_RUNTIME = "LITE_RUNTIME"
