from conductor_client.models._base import OpenEnum


class SchemaDefTypeEnum(OpenEnum):
    """Inline enum of SchemaDef.type."""

    JSON = "JSON"
    AVRO = "AVRO"
    PROTOBUF = "PROTOBUF"
