from typing import Any, Optional

from conductor_client.models._base import ConductorModel
from pydantic import Field

from ._byte_string import ByteString
from ._descriptor_proto_or_builder_visibility_enum import DescriptorProtoOrBuilderVisibilityEnum
from ._descriptor_proto_visibility_enum import DescriptorProtoVisibilityEnum
from ._edition_default_edition_enum import EditionDefaultEditionEnum
from ._edition_default_or_builder_edition_enum import EditionDefaultOrBuilderEditionEnum
from ._enum_descriptor_proto_or_builder_visibility_enum import EnumDescriptorProtoOrBuilderVisibilityEnum
from ._enum_descriptor_proto_visibility_enum import EnumDescriptorProtoVisibilityEnum
from ._extension_range_options_or_builder_verification_enum import ExtensionRangeOptionsOrBuilderVerificationEnum
from ._extension_range_options_verification_enum import ExtensionRangeOptionsVerificationEnum
from ._feature_set_default_symbol_visibility_enum import FeatureSetDefaultSymbolVisibilityEnum
from ._feature_set_enforce_naming_style_enum import FeatureSetEnforceNamingStyleEnum
from ._feature_set_enum_type_enum import FeatureSetEnumTypeEnum
from ._feature_set_field_presence_enum import FeatureSetFieldPresenceEnum
from ._feature_set_json_format_enum import FeatureSetJsonFormatEnum
from ._feature_set_message_encoding_enum import FeatureSetMessageEncodingEnum
from ._feature_set_or_builder_default_symbol_visibility_enum import FeatureSetOrBuilderDefaultSymbolVisibilityEnum
from ._feature_set_or_builder_enforce_naming_style_enum import FeatureSetOrBuilderEnforceNamingStyleEnum
from ._feature_set_or_builder_enum_type_enum import FeatureSetOrBuilderEnumTypeEnum
from ._feature_set_or_builder_field_presence_enum import FeatureSetOrBuilderFieldPresenceEnum
from ._feature_set_or_builder_json_format_enum import FeatureSetOrBuilderJsonFormatEnum
from ._feature_set_or_builder_message_encoding_enum import FeatureSetOrBuilderMessageEncodingEnum
from ._feature_set_or_builder_repeated_field_encoding_enum import FeatureSetOrBuilderRepeatedFieldEncodingEnum
from ._feature_set_or_builder_utf8_validation_enum import FeatureSetOrBuilderUtf8ValidationEnum
from ._feature_set_repeated_field_encoding_enum import FeatureSetRepeatedFieldEncodingEnum
from ._feature_set_utf8_validation_enum import FeatureSetUtf8ValidationEnum
from ._feature_support_edition_deprecated_enum import FeatureSupportEditionDeprecatedEnum
from ._feature_support_edition_introduced_enum import FeatureSupportEditionIntroducedEnum
from ._feature_support_edition_removed_enum import FeatureSupportEditionRemovedEnum
from ._feature_support_or_builder_edition_deprecated_enum import FeatureSupportOrBuilderEditionDeprecatedEnum
from ._feature_support_or_builder_edition_introduced_enum import FeatureSupportOrBuilderEditionIntroducedEnum
from ._feature_support_or_builder_edition_removed_enum import FeatureSupportOrBuilderEditionRemovedEnum
from ._field_descriptor_java_type_enum import FieldDescriptorJavaTypeEnum
from ._field_descriptor_lite_java_type_enum import FieldDescriptorLiteJavaTypeEnum
from ._field_descriptor_lite_type_enum import FieldDescriptorLiteTypeEnum
from ._field_descriptor_proto_label_enum import FieldDescriptorProtoLabelEnum
from ._field_descriptor_proto_or_builder_label_enum import FieldDescriptorProtoOrBuilderLabelEnum
from ._field_descriptor_proto_or_builder_type_enum import FieldDescriptorProtoOrBuilderTypeEnum
from ._field_descriptor_proto_type_enum import FieldDescriptorProtoTypeEnum
from ._field_descriptor_type_enum import FieldDescriptorTypeEnum
from ._field_options_ctype_enum import FieldOptionsCtypeEnum
from ._field_options_jstype_enum import FieldOptionsJstypeEnum
from ._field_options_or_builder_ctype_enum import FieldOptionsOrBuilderCtypeEnum
from ._field_options_or_builder_jstype_enum import FieldOptionsOrBuilderJstypeEnum
from ._field_options_or_builder_retention_enum import FieldOptionsOrBuilderRetentionEnum
from ._field_options_or_builder_targets_list_item_enum import FieldOptionsOrBuilderTargetsListItemEnum
from ._field_options_retention_enum import FieldOptionsRetentionEnum
from ._field_options_targets_list_item_enum import FieldOptionsTargetsListItemEnum
from ._file_descriptor_proto_edition_enum import FileDescriptorProtoEditionEnum
from ._file_options_optimize_for_enum import FileOptionsOptimizeForEnum
from ._file_options_or_builder_optimize_for_enum import FileOptionsOrBuilderOptimizeForEnum
from ._message_lite import MessageLite
from ._method_options_idempotency_level_enum import MethodOptionsIdempotencyLevelEnum
from ._method_options_or_builder_idempotency_level_enum import MethodOptionsOrBuilderIdempotencyLevelEnum
from ._parser_declaration import ParserDeclaration
from ._parser_descriptor_proto import ParserDescriptorProto
from ._parser_edition_default import ParserEditionDefault
from ._parser_enum_descriptor_proto import ParserEnumDescriptorProto
from ._parser_enum_options import ParserEnumOptions
from ._parser_enum_reserved_range import ParserEnumReservedRange
from ._parser_enum_value_descriptor_proto import ParserEnumValueDescriptorProto
from ._parser_enum_value_options import ParserEnumValueOptions
from ._parser_extension_range import ParserExtensionRange
from ._parser_extension_range_options import ParserExtensionRangeOptions
from ._parser_feature_set import ParserFeatureSet
from ._parser_feature_support import ParserFeatureSupport
from ._parser_field_descriptor_proto import ParserFieldDescriptorProto
from ._parser_field_options import ParserFieldOptions
from ._parser_file_descriptor_proto import ParserFileDescriptorProto
from ._parser_file_options import ParserFileOptions
from ._parser_location import ParserLocation
from ._parser_message import ParserMessage
from ._parser_message_options import ParserMessageOptions
from ._parser_method_descriptor_proto import ParserMethodDescriptorProto
from ._parser_method_options import ParserMethodOptions
from ._parser_name_part import ParserNamePart
from ._parser_oneof_descriptor_proto import ParserOneofDescriptorProto
from ._parser_oneof_options import ParserOneofOptions
from ._parser_reserved_range import ParserReservedRange
from ._parser_service_descriptor_proto import ParserServiceDescriptorProto
from ._parser_service_options import ParserServiceOptions
from ._parser_source_code_info import ParserSourceCodeInfo
from ._parser_uninterpreted_option import ParserUninterpretedOption
from ._unknown_field_set import UnknownFieldSet


class Declaration(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Declaration"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional["Descriptor"] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    full_name: Optional[str] = Field(default=None, validation_alias="fullName", serialization_alias="fullName")
    full_name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="fullNameBytes", serialization_alias="fullNameBytes"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    number: Optional[int] = None
    parser_for_type: Optional[ParserDeclaration] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    repeated: Optional[bool] = None
    reserved: Optional[bool] = None
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    type: Optional[str] = None
    type_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="typeBytes", serialization_alias="typeBytes"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class DeclarationOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional["Descriptor"] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    full_name: Optional[str] = Field(default=None, validation_alias="fullName", serialization_alias="fullName")
    full_name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="fullNameBytes", serialization_alias="fullNameBytes"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    number: Optional[int] = None
    repeated: Optional[bool] = None
    reserved: Optional[bool] = None
    type: Optional[str] = None
    type_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="typeBytes", serialization_alias="typeBytes"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class Descriptor(ConductorModel):
    containing_type: Optional["Descriptor"] = Field(
        default=None, validation_alias="containingType", serialization_alias="containingType"
    )
    enum_types: Optional[list["EnumDescriptor"]] = Field(
        default=None, validation_alias="enumTypes", serialization_alias="enumTypes"
    )
    extendable: Optional[bool] = None
    extensions: Optional[list["FieldDescriptor"]] = None
    fields_: Optional[list["FieldDescriptor"]] = Field(
        default=None, validation_alias="fields", serialization_alias="fields"
    )
    file: Optional["FileDescriptor"] = None
    full_name: Optional[str] = Field(default=None, validation_alias="fullName", serialization_alias="fullName")
    index: Optional[int] = None
    name: Optional[str] = None
    nested_types: Optional[list["Descriptor"]] = Field(
        default=None, validation_alias="nestedTypes", serialization_alias="nestedTypes"
    )
    oneofs: Optional[list["OneofDescriptor"]] = None
    options: Optional["MessageOptions"] = None
    proto: Optional["DescriptorProto"] = None
    real_oneofs: Optional[list["OneofDescriptor"]] = Field(
        default=None, validation_alias="realOneofs", serialization_alias="realOneofs"
    )


class DescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["DescriptorProto"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    enum_type_count: Optional[int] = Field(
        default=None, validation_alias="enumTypeCount", serialization_alias="enumTypeCount"
    )
    enum_type_list: Optional[list["EnumDescriptorProto"]] = Field(
        default=None, validation_alias="enumTypeList", serialization_alias="enumTypeList"
    )
    enum_type_or_builder_list: Optional[list["EnumDescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="enumTypeOrBuilderList", serialization_alias="enumTypeOrBuilderList"
    )
    extension_count: Optional[int] = Field(
        default=None, validation_alias="extensionCount", serialization_alias="extensionCount"
    )
    extension_list: Optional[list["FieldDescriptorProto"]] = Field(
        default=None, validation_alias="extensionList", serialization_alias="extensionList"
    )
    extension_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="extensionOrBuilderList", serialization_alias="extensionOrBuilderList"
    )
    extension_range_count: Optional[int] = Field(
        default=None, validation_alias="extensionRangeCount", serialization_alias="extensionRangeCount"
    )
    extension_range_list: Optional[list["ExtensionRange"]] = Field(
        default=None, validation_alias="extensionRangeList", serialization_alias="extensionRangeList"
    )
    extension_range_or_builder_list: Optional[list["ExtensionRangeOrBuilder"]] = Field(
        default=None, validation_alias="extensionRangeOrBuilderList", serialization_alias="extensionRangeOrBuilderList"
    )
    field_count: Optional[int] = Field(default=None, validation_alias="fieldCount", serialization_alias="fieldCount")
    field_list: Optional[list["FieldDescriptorProto"]] = Field(
        default=None, validation_alias="fieldList", serialization_alias="fieldList"
    )
    field_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="fieldOrBuilderList", serialization_alias="fieldOrBuilderList"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    nested_type_count: Optional[int] = Field(
        default=None, validation_alias="nestedTypeCount", serialization_alias="nestedTypeCount"
    )
    nested_type_list: Optional[list["DescriptorProto"]] = Field(
        default=None, validation_alias="nestedTypeList", serialization_alias="nestedTypeList"
    )
    nested_type_or_builder_list: Optional[list["DescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="nestedTypeOrBuilderList", serialization_alias="nestedTypeOrBuilderList"
    )
    oneof_decl_count: Optional[int] = Field(
        default=None, validation_alias="oneofDeclCount", serialization_alias="oneofDeclCount"
    )
    oneof_decl_list: Optional[list["OneofDescriptorProto"]] = Field(
        default=None, validation_alias="oneofDeclList", serialization_alias="oneofDeclList"
    )
    oneof_decl_or_builder_list: Optional[list["OneofDescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="oneofDeclOrBuilderList", serialization_alias="oneofDeclOrBuilderList"
    )
    options: Optional["MessageOptions"] = None
    options_or_builder: Optional["MessageOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    parser_for_type: Optional[ParserDescriptorProto] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    reserved_name_count: Optional[int] = Field(
        default=None, validation_alias="reservedNameCount", serialization_alias="reservedNameCount"
    )
    reserved_name_list: Optional[list[str]] = Field(
        default=None, validation_alias="reservedNameList", serialization_alias="reservedNameList"
    )
    reserved_range_count: Optional[int] = Field(
        default=None, validation_alias="reservedRangeCount", serialization_alias="reservedRangeCount"
    )
    reserved_range_list: Optional[list["ReservedRange"]] = Field(
        default=None, validation_alias="reservedRangeList", serialization_alias="reservedRangeList"
    )
    reserved_range_or_builder_list: Optional[list["ReservedRangeOrBuilder"]] = Field(
        default=None, validation_alias="reservedRangeOrBuilderList", serialization_alias="reservedRangeOrBuilderList"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    visibility: Optional[DescriptorProtoVisibilityEnum] = None


class DescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    enum_type_count: Optional[int] = Field(
        default=None, validation_alias="enumTypeCount", serialization_alias="enumTypeCount"
    )
    enum_type_list: Optional[list["EnumDescriptorProto"]] = Field(
        default=None, validation_alias="enumTypeList", serialization_alias="enumTypeList"
    )
    enum_type_or_builder_list: Optional[list["EnumDescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="enumTypeOrBuilderList", serialization_alias="enumTypeOrBuilderList"
    )
    extension_count: Optional[int] = Field(
        default=None, validation_alias="extensionCount", serialization_alias="extensionCount"
    )
    extension_list: Optional[list["FieldDescriptorProto"]] = Field(
        default=None, validation_alias="extensionList", serialization_alias="extensionList"
    )
    extension_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="extensionOrBuilderList", serialization_alias="extensionOrBuilderList"
    )
    extension_range_count: Optional[int] = Field(
        default=None, validation_alias="extensionRangeCount", serialization_alias="extensionRangeCount"
    )
    extension_range_list: Optional[list["ExtensionRange"]] = Field(
        default=None, validation_alias="extensionRangeList", serialization_alias="extensionRangeList"
    )
    extension_range_or_builder_list: Optional[list["ExtensionRangeOrBuilder"]] = Field(
        default=None, validation_alias="extensionRangeOrBuilderList", serialization_alias="extensionRangeOrBuilderList"
    )
    field_count: Optional[int] = Field(default=None, validation_alias="fieldCount", serialization_alias="fieldCount")
    field_list: Optional[list["FieldDescriptorProto"]] = Field(
        default=None, validation_alias="fieldList", serialization_alias="fieldList"
    )
    field_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="fieldOrBuilderList", serialization_alias="fieldOrBuilderList"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    nested_type_count: Optional[int] = Field(
        default=None, validation_alias="nestedTypeCount", serialization_alias="nestedTypeCount"
    )
    nested_type_list: Optional[list[DescriptorProto]] = Field(
        default=None, validation_alias="nestedTypeList", serialization_alias="nestedTypeList"
    )
    oneof_decl_count: Optional[int] = Field(
        default=None, validation_alias="oneofDeclCount", serialization_alias="oneofDeclCount"
    )
    oneof_decl_list: Optional[list["OneofDescriptorProto"]] = Field(
        default=None, validation_alias="oneofDeclList", serialization_alias="oneofDeclList"
    )
    oneof_decl_or_builder_list: Optional[list["OneofDescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="oneofDeclOrBuilderList", serialization_alias="oneofDeclOrBuilderList"
    )
    options: Optional["MessageOptions"] = None
    options_or_builder: Optional["MessageOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    reserved_name_count: Optional[int] = Field(
        default=None, validation_alias="reservedNameCount", serialization_alias="reservedNameCount"
    )
    reserved_name_list: Optional[list[str]] = Field(
        default=None, validation_alias="reservedNameList", serialization_alias="reservedNameList"
    )
    reserved_range_count: Optional[int] = Field(
        default=None, validation_alias="reservedRangeCount", serialization_alias="reservedRangeCount"
    )
    reserved_range_list: Optional[list["ReservedRange"]] = Field(
        default=None, validation_alias="reservedRangeList", serialization_alias="reservedRangeList"
    )
    reserved_range_or_builder_list: Optional[list["ReservedRangeOrBuilder"]] = Field(
        default=None, validation_alias="reservedRangeOrBuilderList", serialization_alias="reservedRangeOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    visibility: Optional[DescriptorProtoOrBuilderVisibilityEnum] = None


class EditionDefault(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["EditionDefault"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    edition: Optional[EditionDefaultEditionEnum] = None
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserEditionDefault] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    value: Optional[str] = None
    value_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="valueBytes", serialization_alias="valueBytes"
    )


class EditionDefaultOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    edition: Optional[EditionDefaultOrBuilderEditionEnum] = None
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    value: Optional[str] = None
    value_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="valueBytes", serialization_alias="valueBytes"
    )


class EnumDescriptor(ConductorModel):
    closed: Optional[bool] = None
    containing_type: Optional[Descriptor] = Field(
        default=None, validation_alias="containingType", serialization_alias="containingType"
    )
    file: Optional["FileDescriptor"] = None
    full_name: Optional[str] = Field(default=None, validation_alias="fullName", serialization_alias="fullName")
    index: Optional[int] = None
    name: Optional[str] = None
    options: Optional["EnumOptions"] = None
    proto: Optional["EnumDescriptorProto"] = None
    values: Optional[list["EnumValueDescriptor"]] = None


class EnumDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["EnumDescriptorProto"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    options: Optional["EnumOptions"] = None
    options_or_builder: Optional["EnumOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    parser_for_type: Optional[ParserEnumDescriptorProto] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    reserved_name_count: Optional[int] = Field(
        default=None, validation_alias="reservedNameCount", serialization_alias="reservedNameCount"
    )
    reserved_name_list: Optional[list[str]] = Field(
        default=None, validation_alias="reservedNameList", serialization_alias="reservedNameList"
    )
    reserved_range_count: Optional[int] = Field(
        default=None, validation_alias="reservedRangeCount", serialization_alias="reservedRangeCount"
    )
    reserved_range_list: Optional[list["EnumReservedRange"]] = Field(
        default=None, validation_alias="reservedRangeList", serialization_alias="reservedRangeList"
    )
    reserved_range_or_builder_list: Optional[list["EnumReservedRangeOrBuilder"]] = Field(
        default=None, validation_alias="reservedRangeOrBuilderList", serialization_alias="reservedRangeOrBuilderList"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    value_count: Optional[int] = Field(default=None, validation_alias="valueCount", serialization_alias="valueCount")
    value_list: Optional[list["EnumValueDescriptorProto"]] = Field(
        default=None, validation_alias="valueList", serialization_alias="valueList"
    )
    value_or_builder_list: Optional[list["EnumValueDescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="valueOrBuilderList", serialization_alias="valueOrBuilderList"
    )
    visibility: Optional[EnumDescriptorProtoVisibilityEnum] = None


class EnumDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    options: Optional["EnumOptions"] = None
    options_or_builder: Optional["EnumOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    reserved_name_count: Optional[int] = Field(
        default=None, validation_alias="reservedNameCount", serialization_alias="reservedNameCount"
    )
    reserved_name_list: Optional[list[str]] = Field(
        default=None, validation_alias="reservedNameList", serialization_alias="reservedNameList"
    )
    reserved_range_count: Optional[int] = Field(
        default=None, validation_alias="reservedRangeCount", serialization_alias="reservedRangeCount"
    )
    reserved_range_list: Optional[list["EnumReservedRange"]] = Field(
        default=None, validation_alias="reservedRangeList", serialization_alias="reservedRangeList"
    )
    reserved_range_or_builder_list: Optional[list["EnumReservedRangeOrBuilder"]] = Field(
        default=None, validation_alias="reservedRangeOrBuilderList", serialization_alias="reservedRangeOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    value_count: Optional[int] = Field(default=None, validation_alias="valueCount", serialization_alias="valueCount")
    value_list: Optional[list["EnumValueDescriptorProto"]] = Field(
        default=None, validation_alias="valueList", serialization_alias="valueList"
    )
    value_or_builder_list: Optional[list["EnumValueDescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="valueOrBuilderList", serialization_alias="valueOrBuilderList"
    )
    visibility: Optional[EnumDescriptorProtoOrBuilderVisibilityEnum] = None


class EnumOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    all_fields_raw: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFieldsRaw", serialization_alias="allFieldsRaw"
    )
    allow_alias: Optional[bool] = Field(default=None, validation_alias="allowAlias", serialization_alias="allowAlias")
    default_instance_for_type: Optional["EnumOptions"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        default=None,
        validation_alias="deprecatedLegacyJsonFieldConflicts",
        serialization_alias="deprecatedLegacyJsonFieldConflicts",
        deprecated=True,
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional["FeatureSet"] = None
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserEnumOptions] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class EnumOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    allow_alias: Optional[bool] = Field(default=None, validation_alias="allowAlias", serialization_alias="allowAlias")
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        default=None,
        validation_alias="deprecatedLegacyJsonFieldConflicts",
        serialization_alias="deprecatedLegacyJsonFieldConflicts",
        deprecated=True,
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional["FeatureSet"] = None
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class EnumReservedRange(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["EnumReservedRange"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    end: Optional[int] = None
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserEnumReservedRange] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    start: Optional[int] = None
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class EnumReservedRangeOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    end: Optional[int] = None
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    start: Optional[int] = None
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class EnumValueDescriptor(ConductorModel):
    file: Optional["FileDescriptor"] = None
    full_name: Optional[str] = Field(default=None, validation_alias="fullName", serialization_alias="fullName")
    index: Optional[int] = None
    name: Optional[str] = None
    number: Optional[int] = None
    options: Optional["EnumValueOptions"] = None
    proto: Optional["EnumValueDescriptorProto"] = None
    type: Optional[EnumDescriptor] = None


class EnumValueDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["EnumValueDescriptorProto"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    number: Optional[int] = None
    options: Optional["EnumValueOptions"] = None
    options_or_builder: Optional["EnumValueOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    parser_for_type: Optional[ParserEnumValueDescriptorProto] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class EnumValueDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    number: Optional[int] = None
    options: Optional["EnumValueOptions"] = None
    options_or_builder: Optional["EnumValueOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class EnumValueOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    all_fields_raw: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFieldsRaw", serialization_alias="allFieldsRaw"
    )
    debug_redact: Optional[bool] = Field(
        default=None, validation_alias="debugRedact", serialization_alias="debugRedact"
    )
    default_instance_for_type: Optional["EnumValueOptions"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    feature_support: Optional["FeatureSupport"] = Field(
        default=None, validation_alias="featureSupport", serialization_alias="featureSupport"
    )
    feature_support_or_builder: Optional["FeatureSupportOrBuilder"] = Field(
        default=None, validation_alias="featureSupportOrBuilder", serialization_alias="featureSupportOrBuilder"
    )
    features: Optional["FeatureSet"] = None
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserEnumValueOptions] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class EnumValueOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    debug_redact: Optional[bool] = Field(
        default=None, validation_alias="debugRedact", serialization_alias="debugRedact"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    feature_support: Optional["FeatureSupport"] = Field(
        default=None, validation_alias="featureSupport", serialization_alias="featureSupport"
    )
    feature_support_or_builder: Optional["FeatureSupportOrBuilder"] = Field(
        default=None, validation_alias="featureSupportOrBuilder", serialization_alias="featureSupportOrBuilder"
    )
    features: Optional["FeatureSet"] = None
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class ExtensionRange(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["ExtensionRange"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    end: Optional[int] = None
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    options: Optional["ExtensionRangeOptions"] = None
    options_or_builder: Optional["ExtensionRangeOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    parser_for_type: Optional[ParserExtensionRange] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    start: Optional[int] = None
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class ExtensionRangeOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    all_fields_raw: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFieldsRaw", serialization_alias="allFieldsRaw"
    )
    declaration_count: Optional[int] = Field(
        default=None, validation_alias="declarationCount", serialization_alias="declarationCount"
    )
    declaration_list: Optional[list[Declaration]] = Field(
        default=None, validation_alias="declarationList", serialization_alias="declarationList"
    )
    declaration_or_builder_list: Optional[list[DeclarationOrBuilder]] = Field(
        default=None, validation_alias="declarationOrBuilderList", serialization_alias="declarationOrBuilderList"
    )
    default_instance_for_type: Optional["ExtensionRangeOptions"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional["FeatureSet"] = None
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserExtensionRangeOptions] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    verification: Optional[ExtensionRangeOptionsVerificationEnum] = None


class ExtensionRangeOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    declaration_count: Optional[int] = Field(
        default=None, validation_alias="declarationCount", serialization_alias="declarationCount"
    )
    declaration_list: Optional[list[Declaration]] = Field(
        default=None, validation_alias="declarationList", serialization_alias="declarationList"
    )
    declaration_or_builder_list: Optional[list[DeclarationOrBuilder]] = Field(
        default=None, validation_alias="declarationOrBuilderList", serialization_alias="declarationOrBuilderList"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional["FeatureSet"] = None
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    verification: Optional[ExtensionRangeOptionsOrBuilderVerificationEnum] = None


class ExtensionRangeOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    end: Optional[int] = None
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    options: Optional[ExtensionRangeOptions] = None
    options_or_builder: Optional[ExtensionRangeOptionsOrBuilder] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    start: Optional[int] = None
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class FeatureSet(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    all_fields_raw: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFieldsRaw", serialization_alias="allFieldsRaw"
    )
    default_instance_for_type: Optional["FeatureSet"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    default_symbol_visibility: Optional[FeatureSetDefaultSymbolVisibilityEnum] = Field(
        default=None, validation_alias="defaultSymbolVisibility", serialization_alias="defaultSymbolVisibility"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    enforce_naming_style: Optional[FeatureSetEnforceNamingStyleEnum] = Field(
        default=None, validation_alias="enforceNamingStyle", serialization_alias="enforceNamingStyle"
    )
    enum_type: Optional[FeatureSetEnumTypeEnum] = Field(
        default=None, validation_alias="enumType", serialization_alias="enumType"
    )
    field_presence: Optional[FeatureSetFieldPresenceEnum] = Field(
        default=None, validation_alias="fieldPresence", serialization_alias="fieldPresence"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    json_format: Optional[FeatureSetJsonFormatEnum] = Field(
        default=None, validation_alias="jsonFormat", serialization_alias="jsonFormat"
    )
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    message_encoding: Optional[FeatureSetMessageEncodingEnum] = Field(
        default=None, validation_alias="messageEncoding", serialization_alias="messageEncoding"
    )
    parser_for_type: Optional[ParserFeatureSet] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    repeated_field_encoding: Optional[FeatureSetRepeatedFieldEncodingEnum] = Field(
        default=None, validation_alias="repeatedFieldEncoding", serialization_alias="repeatedFieldEncoding"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    utf8_validation: Optional[FeatureSetUtf8ValidationEnum] = Field(
        default=None, validation_alias="utf8Validation", serialization_alias="utf8Validation"
    )


class FeatureSetOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    default_symbol_visibility: Optional[FeatureSetOrBuilderDefaultSymbolVisibilityEnum] = Field(
        default=None, validation_alias="defaultSymbolVisibility", serialization_alias="defaultSymbolVisibility"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    enforce_naming_style: Optional[FeatureSetOrBuilderEnforceNamingStyleEnum] = Field(
        default=None, validation_alias="enforceNamingStyle", serialization_alias="enforceNamingStyle"
    )
    enum_type: Optional[FeatureSetOrBuilderEnumTypeEnum] = Field(
        default=None, validation_alias="enumType", serialization_alias="enumType"
    )
    field_presence: Optional[FeatureSetOrBuilderFieldPresenceEnum] = Field(
        default=None, validation_alias="fieldPresence", serialization_alias="fieldPresence"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    json_format: Optional[FeatureSetOrBuilderJsonFormatEnum] = Field(
        default=None, validation_alias="jsonFormat", serialization_alias="jsonFormat"
    )
    message_encoding: Optional[FeatureSetOrBuilderMessageEncodingEnum] = Field(
        default=None, validation_alias="messageEncoding", serialization_alias="messageEncoding"
    )
    repeated_field_encoding: Optional[FeatureSetOrBuilderRepeatedFieldEncodingEnum] = Field(
        default=None, validation_alias="repeatedFieldEncoding", serialization_alias="repeatedFieldEncoding"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    utf8_validation: Optional[FeatureSetOrBuilderUtf8ValidationEnum] = Field(
        default=None, validation_alias="utf8Validation", serialization_alias="utf8Validation"
    )


class FeatureSupport(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["FeatureSupport"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecation_warning: Optional[str] = Field(
        default=None, validation_alias="deprecationWarning", serialization_alias="deprecationWarning"
    )
    deprecation_warning_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="deprecationWarningBytes", serialization_alias="deprecationWarningBytes"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    edition_deprecated: Optional[FeatureSupportEditionDeprecatedEnum] = Field(
        default=None, validation_alias="editionDeprecated", serialization_alias="editionDeprecated"
    )
    edition_introduced: Optional[FeatureSupportEditionIntroducedEnum] = Field(
        default=None, validation_alias="editionIntroduced", serialization_alias="editionIntroduced"
    )
    edition_removed: Optional[FeatureSupportEditionRemovedEnum] = Field(
        default=None, validation_alias="editionRemoved", serialization_alias="editionRemoved"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserFeatureSupport] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class FeatureSupportOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecation_warning: Optional[str] = Field(
        default=None, validation_alias="deprecationWarning", serialization_alias="deprecationWarning"
    )
    deprecation_warning_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="deprecationWarningBytes", serialization_alias="deprecationWarningBytes"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    edition_deprecated: Optional[FeatureSupportOrBuilderEditionDeprecatedEnum] = Field(
        default=None, validation_alias="editionDeprecated", serialization_alias="editionDeprecated"
    )
    edition_introduced: Optional[FeatureSupportOrBuilderEditionIntroducedEnum] = Field(
        default=None, validation_alias="editionIntroduced", serialization_alias="editionIntroduced"
    )
    edition_removed: Optional[FeatureSupportOrBuilderEditionRemovedEnum] = Field(
        default=None, validation_alias="editionRemoved", serialization_alias="editionRemoved"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class FieldDescriptor(ConductorModel):
    containing_oneof: Optional["OneofDescriptor"] = Field(
        default=None, validation_alias="containingOneof", serialization_alias="containingOneof"
    )
    containing_type: Optional[Descriptor] = Field(
        default=None, validation_alias="containingType", serialization_alias="containingType"
    )
    default_value: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="defaultValue", serialization_alias="defaultValue"
    )
    enum_type: Optional[EnumDescriptor] = Field(
        default=None, validation_alias="enumType", serialization_alias="enumType"
    )
    extension: Optional[bool] = None
    extension_scope: Optional[Descriptor] = Field(
        default=None, validation_alias="extensionScope", serialization_alias="extensionScope"
    )
    file: Optional["FileDescriptor"] = None
    full_name: Optional[str] = Field(default=None, validation_alias="fullName", serialization_alias="fullName")
    index: Optional[int] = None
    java_type: Optional[FieldDescriptorJavaTypeEnum] = Field(
        default=None, validation_alias="javaType", serialization_alias="javaType"
    )
    json_name: Optional[str] = Field(default=None, validation_alias="jsonName", serialization_alias="jsonName")
    lite_java_type: Optional[FieldDescriptorLiteJavaTypeEnum] = Field(
        default=None, validation_alias="liteJavaType", serialization_alias="liteJavaType"
    )
    lite_type: Optional[FieldDescriptorLiteTypeEnum] = Field(
        default=None, validation_alias="liteType", serialization_alias="liteType"
    )
    map_field: Optional[bool] = Field(default=None, validation_alias="mapField", serialization_alias="mapField")
    message_type: Optional[Descriptor] = Field(
        default=None, validation_alias="messageType", serialization_alias="messageType"
    )
    name: Optional[str] = None
    number: Optional[int] = None
    optional: Optional[bool] = Field(default=None, deprecated=True)
    options: Optional["FieldOptions"] = None
    packable: Optional[bool] = None
    packed: Optional[bool] = None
    proto: Optional["FieldDescriptorProto"] = None
    real_containing_oneof: Optional["OneofDescriptor"] = Field(
        default=None, validation_alias="realContainingOneof", serialization_alias="realContainingOneof"
    )
    repeated: Optional[bool] = None
    required: Optional[bool] = None
    type: Optional[FieldDescriptorTypeEnum] = None


class FieldDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["FieldDescriptorProto"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    default_value: Optional[str] = Field(
        default=None, validation_alias="defaultValue", serialization_alias="defaultValue"
    )
    default_value_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="defaultValueBytes", serialization_alias="defaultValueBytes"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    extendee: Optional[str] = None
    extendee_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="extendeeBytes", serialization_alias="extendeeBytes"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    json_name: Optional[str] = Field(default=None, validation_alias="jsonName", serialization_alias="jsonName")
    json_name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="jsonNameBytes", serialization_alias="jsonNameBytes"
    )
    label: Optional[FieldDescriptorProtoLabelEnum] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    number: Optional[int] = None
    oneof_index: Optional[int] = Field(default=None, validation_alias="oneofIndex", serialization_alias="oneofIndex")
    options: Optional["FieldOptions"] = None
    options_or_builder: Optional["FieldOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    parser_for_type: Optional[ParserFieldDescriptorProto] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    proto3_optional: Optional[bool] = Field(
        default=None, validation_alias="proto3Optional", serialization_alias="proto3Optional"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    type: Optional[FieldDescriptorProtoTypeEnum] = None
    type_name: Optional[str] = Field(default=None, validation_alias="typeName", serialization_alias="typeName")
    type_name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="typeNameBytes", serialization_alias="typeNameBytes"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class FieldDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    default_value: Optional[str] = Field(
        default=None, validation_alias="defaultValue", serialization_alias="defaultValue"
    )
    default_value_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="defaultValueBytes", serialization_alias="defaultValueBytes"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    extendee: Optional[str] = None
    extendee_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="extendeeBytes", serialization_alias="extendeeBytes"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    json_name: Optional[str] = Field(default=None, validation_alias="jsonName", serialization_alias="jsonName")
    json_name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="jsonNameBytes", serialization_alias="jsonNameBytes"
    )
    label: Optional[FieldDescriptorProtoOrBuilderLabelEnum] = None
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    number: Optional[int] = None
    oneof_index: Optional[int] = Field(default=None, validation_alias="oneofIndex", serialization_alias="oneofIndex")
    options: Optional["FieldOptions"] = None
    options_or_builder: Optional["FieldOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    proto3_optional: Optional[bool] = Field(
        default=None, validation_alias="proto3Optional", serialization_alias="proto3Optional"
    )
    type: Optional[FieldDescriptorProtoOrBuilderTypeEnum] = None
    type_name: Optional[str] = Field(default=None, validation_alias="typeName", serialization_alias="typeName")
    type_name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="typeNameBytes", serialization_alias="typeNameBytes"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class FieldOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    all_fields_raw: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFieldsRaw", serialization_alias="allFieldsRaw"
    )
    ctype: Optional[FieldOptionsCtypeEnum] = None
    debug_redact: Optional[bool] = Field(
        default=None, validation_alias="debugRedact", serialization_alias="debugRedact"
    )
    default_instance_for_type: Optional["FieldOptions"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    edition_defaults_count: Optional[int] = Field(
        default=None, validation_alias="editionDefaultsCount", serialization_alias="editionDefaultsCount"
    )
    edition_defaults_list: Optional[list[EditionDefault]] = Field(
        default=None, validation_alias="editionDefaultsList", serialization_alias="editionDefaultsList"
    )
    edition_defaults_or_builder_list: Optional[list[EditionDefaultOrBuilder]] = Field(
        default=None,
        validation_alias="editionDefaultsOrBuilderList",
        serialization_alias="editionDefaultsOrBuilderList",
    )
    feature_support: Optional[FeatureSupport] = Field(
        default=None, validation_alias="featureSupport", serialization_alias="featureSupport"
    )
    feature_support_or_builder: Optional[FeatureSupportOrBuilder] = Field(
        default=None, validation_alias="featureSupportOrBuilder", serialization_alias="featureSupportOrBuilder"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    jstype: Optional[FieldOptionsJstypeEnum] = None
    lazy: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    packed: Optional[bool] = None
    parser_for_type: Optional[ParserFieldOptions] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    retention: Optional[FieldOptionsRetentionEnum] = None
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    targets_count: Optional[int] = Field(
        default=None, validation_alias="targetsCount", serialization_alias="targetsCount"
    )
    targets_list: Optional[list[FieldOptionsTargetsListItemEnum]] = Field(
        default=None, validation_alias="targetsList", serialization_alias="targetsList"
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    unverified_lazy: Optional[bool] = Field(
        default=None, validation_alias="unverifiedLazy", serialization_alias="unverifiedLazy"
    )
    weak: Optional[bool] = None


class FieldOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    ctype: Optional[FieldOptionsOrBuilderCtypeEnum] = None
    debug_redact: Optional[bool] = Field(
        default=None, validation_alias="debugRedact", serialization_alias="debugRedact"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    edition_defaults_count: Optional[int] = Field(
        default=None, validation_alias="editionDefaultsCount", serialization_alias="editionDefaultsCount"
    )
    edition_defaults_list: Optional[list[EditionDefault]] = Field(
        default=None, validation_alias="editionDefaultsList", serialization_alias="editionDefaultsList"
    )
    edition_defaults_or_builder_list: Optional[list[EditionDefaultOrBuilder]] = Field(
        default=None,
        validation_alias="editionDefaultsOrBuilderList",
        serialization_alias="editionDefaultsOrBuilderList",
    )
    feature_support: Optional[FeatureSupport] = Field(
        default=None, validation_alias="featureSupport", serialization_alias="featureSupport"
    )
    feature_support_or_builder: Optional[FeatureSupportOrBuilder] = Field(
        default=None, validation_alias="featureSupportOrBuilder", serialization_alias="featureSupportOrBuilder"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    jstype: Optional[FieldOptionsOrBuilderJstypeEnum] = None
    lazy: Optional[bool] = None
    packed: Optional[bool] = None
    retention: Optional[FieldOptionsOrBuilderRetentionEnum] = None
    targets_count: Optional[int] = Field(
        default=None, validation_alias="targetsCount", serialization_alias="targetsCount"
    )
    targets_list: Optional[list[FieldOptionsOrBuilderTargetsListItemEnum]] = Field(
        default=None, validation_alias="targetsList", serialization_alias="targetsList"
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    unverified_lazy: Optional[bool] = Field(
        default=None, validation_alias="unverifiedLazy", serialization_alias="unverifiedLazy"
    )
    weak: Optional[bool] = None


class FileDescriptor(ConductorModel):
    dependencies: Optional[list["FileDescriptor"]] = None
    enum_types: Optional[list[EnumDescriptor]] = Field(
        default=None, validation_alias="enumTypes", serialization_alias="enumTypes"
    )
    extensions: Optional[list[FieldDescriptor]] = None
    file: Optional["FileDescriptor"] = None
    full_name: Optional[str] = Field(default=None, validation_alias="fullName", serialization_alias="fullName")
    message_types: Optional[list[Descriptor]] = Field(
        default=None, validation_alias="messageTypes", serialization_alias="messageTypes"
    )
    name: Optional[str] = None
    options: Optional["FileOptions"] = None
    package: Optional[str] = None
    proto: Optional["FileDescriptorProto"] = None
    public_dependencies: Optional[list["FileDescriptor"]] = Field(
        default=None, validation_alias="publicDependencies", serialization_alias="publicDependencies"
    )
    services: Optional[list["ServiceDescriptor"]] = None


class FileDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["FileDescriptorProto"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    dependency_count: Optional[int] = Field(
        default=None, validation_alias="dependencyCount", serialization_alias="dependencyCount"
    )
    dependency_list: Optional[list[str]] = Field(
        default=None, validation_alias="dependencyList", serialization_alias="dependencyList"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    edition: Optional[FileDescriptorProtoEditionEnum] = None
    enum_type_count: Optional[int] = Field(
        default=None, validation_alias="enumTypeCount", serialization_alias="enumTypeCount"
    )
    enum_type_list: Optional[list[EnumDescriptorProto]] = Field(
        default=None, validation_alias="enumTypeList", serialization_alias="enumTypeList"
    )
    enum_type_or_builder_list: Optional[list[EnumDescriptorProtoOrBuilder]] = Field(
        default=None, validation_alias="enumTypeOrBuilderList", serialization_alias="enumTypeOrBuilderList"
    )
    extension_count: Optional[int] = Field(
        default=None, validation_alias="extensionCount", serialization_alias="extensionCount"
    )
    extension_list: Optional[list[FieldDescriptorProto]] = Field(
        default=None, validation_alias="extensionList", serialization_alias="extensionList"
    )
    extension_or_builder_list: Optional[list[FieldDescriptorProtoOrBuilder]] = Field(
        default=None, validation_alias="extensionOrBuilderList", serialization_alias="extensionOrBuilderList"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    message_type_count: Optional[int] = Field(
        default=None, validation_alias="messageTypeCount", serialization_alias="messageTypeCount"
    )
    message_type_list: Optional[list[DescriptorProto]] = Field(
        default=None, validation_alias="messageTypeList", serialization_alias="messageTypeList"
    )
    message_type_or_builder_list: Optional[list[DescriptorProtoOrBuilder]] = Field(
        default=None, validation_alias="messageTypeOrBuilderList", serialization_alias="messageTypeOrBuilderList"
    )
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    option_dependency_count: Optional[int] = Field(
        default=None, validation_alias="optionDependencyCount", serialization_alias="optionDependencyCount"
    )
    option_dependency_list: Optional[list[str]] = Field(
        default=None, validation_alias="optionDependencyList", serialization_alias="optionDependencyList"
    )
    options: Optional["FileOptions"] = None
    options_or_builder: Optional["FileOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    package: Optional[str] = None
    package_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="packageBytes", serialization_alias="packageBytes"
    )
    parser_for_type: Optional[ParserFileDescriptorProto] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    public_dependency_count: Optional[int] = Field(
        default=None, validation_alias="publicDependencyCount", serialization_alias="publicDependencyCount"
    )
    public_dependency_list: Optional[list[int]] = Field(
        default=None, validation_alias="publicDependencyList", serialization_alias="publicDependencyList"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    service_count: Optional[int] = Field(
        default=None, validation_alias="serviceCount", serialization_alias="serviceCount"
    )
    service_list: Optional[list["ServiceDescriptorProto"]] = Field(
        default=None, validation_alias="serviceList", serialization_alias="serviceList"
    )
    service_or_builder_list: Optional[list["ServiceDescriptorProtoOrBuilder"]] = Field(
        default=None, validation_alias="serviceOrBuilderList", serialization_alias="serviceOrBuilderList"
    )
    source_code_info: Optional["SourceCodeInfo"] = Field(
        default=None, validation_alias="sourceCodeInfo", serialization_alias="sourceCodeInfo"
    )
    source_code_info_or_builder: Optional["SourceCodeInfoOrBuilder"] = Field(
        default=None, validation_alias="sourceCodeInfoOrBuilder", serialization_alias="sourceCodeInfoOrBuilder"
    )
    syntax: Optional[str] = None
    syntax_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="syntaxBytes", serialization_alias="syntaxBytes"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
    weak_dependency_count: Optional[int] = Field(
        default=None, validation_alias="weakDependencyCount", serialization_alias="weakDependencyCount"
    )
    weak_dependency_list: Optional[list[int]] = Field(
        default=None, validation_alias="weakDependencyList", serialization_alias="weakDependencyList"
    )


class FileOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    all_fields_raw: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFieldsRaw", serialization_alias="allFieldsRaw"
    )
    cc_enable_arenas: Optional[bool] = Field(
        default=None, validation_alias="ccEnableArenas", serialization_alias="ccEnableArenas"
    )
    cc_generic_services: Optional[bool] = Field(
        default=None, validation_alias="ccGenericServices", serialization_alias="ccGenericServices"
    )
    csharp_namespace: Optional[str] = Field(
        default=None, validation_alias="csharpNamespace", serialization_alias="csharpNamespace"
    )
    csharp_namespace_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="csharpNamespaceBytes", serialization_alias="csharpNamespaceBytes"
    )
    default_instance_for_type: Optional["FileOptions"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    go_package: Optional[str] = Field(default=None, validation_alias="goPackage", serialization_alias="goPackage")
    go_package_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="goPackageBytes", serialization_alias="goPackageBytes"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    java_generate_equals_and_hash: Optional[bool] = Field(
        default=None,
        validation_alias="javaGenerateEqualsAndHash",
        serialization_alias="javaGenerateEqualsAndHash",
        deprecated=True,
    )
    java_generic_services: Optional[bool] = Field(
        default=None, validation_alias="javaGenericServices", serialization_alias="javaGenericServices"
    )
    java_multiple_files: Optional[bool] = Field(
        default=None, validation_alias="javaMultipleFiles", serialization_alias="javaMultipleFiles"
    )
    java_outer_classname: Optional[str] = Field(
        default=None, validation_alias="javaOuterClassname", serialization_alias="javaOuterClassname"
    )
    java_outer_classname_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="javaOuterClassnameBytes", serialization_alias="javaOuterClassnameBytes"
    )
    java_package: Optional[str] = Field(default=None, validation_alias="javaPackage", serialization_alias="javaPackage")
    java_package_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="javaPackageBytes", serialization_alias="javaPackageBytes"
    )
    java_string_check_utf8: Optional[bool] = Field(
        default=None, validation_alias="javaStringCheckUtf8", serialization_alias="javaStringCheckUtf8"
    )
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    objc_class_prefix: Optional[str] = Field(
        default=None, validation_alias="objcClassPrefix", serialization_alias="objcClassPrefix"
    )
    objc_class_prefix_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="objcClassPrefixBytes", serialization_alias="objcClassPrefixBytes"
    )
    optimize_for: Optional[FileOptionsOptimizeForEnum] = Field(
        default=None, validation_alias="optimizeFor", serialization_alias="optimizeFor"
    )
    parser_for_type: Optional[ParserFileOptions] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    php_class_prefix: Optional[str] = Field(
        default=None, validation_alias="phpClassPrefix", serialization_alias="phpClassPrefix"
    )
    php_class_prefix_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="phpClassPrefixBytes", serialization_alias="phpClassPrefixBytes"
    )
    php_metadata_namespace: Optional[str] = Field(
        default=None, validation_alias="phpMetadataNamespace", serialization_alias="phpMetadataNamespace"
    )
    php_metadata_namespace_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="phpMetadataNamespaceBytes", serialization_alias="phpMetadataNamespaceBytes"
    )
    php_namespace: Optional[str] = Field(
        default=None, validation_alias="phpNamespace", serialization_alias="phpNamespace"
    )
    php_namespace_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="phpNamespaceBytes", serialization_alias="phpNamespaceBytes"
    )
    py_generic_services: Optional[bool] = Field(
        default=None, validation_alias="pyGenericServices", serialization_alias="pyGenericServices"
    )
    ruby_package: Optional[str] = Field(default=None, validation_alias="rubyPackage", serialization_alias="rubyPackage")
    ruby_package_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="rubyPackageBytes", serialization_alias="rubyPackageBytes"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    swift_prefix: Optional[str] = Field(default=None, validation_alias="swiftPrefix", serialization_alias="swiftPrefix")
    swift_prefix_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="swiftPrefixBytes", serialization_alias="swiftPrefixBytes"
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class FileOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    cc_enable_arenas: Optional[bool] = Field(
        default=None, validation_alias="ccEnableArenas", serialization_alias="ccEnableArenas"
    )
    cc_generic_services: Optional[bool] = Field(
        default=None, validation_alias="ccGenericServices", serialization_alias="ccGenericServices"
    )
    csharp_namespace: Optional[str] = Field(
        default=None, validation_alias="csharpNamespace", serialization_alias="csharpNamespace"
    )
    csharp_namespace_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="csharpNamespaceBytes", serialization_alias="csharpNamespaceBytes"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    go_package: Optional[str] = Field(default=None, validation_alias="goPackage", serialization_alias="goPackage")
    go_package_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="goPackageBytes", serialization_alias="goPackageBytes"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    java_generate_equals_and_hash: Optional[bool] = Field(
        default=None,
        validation_alias="javaGenerateEqualsAndHash",
        serialization_alias="javaGenerateEqualsAndHash",
        deprecated=True,
    )
    java_generic_services: Optional[bool] = Field(
        default=None, validation_alias="javaGenericServices", serialization_alias="javaGenericServices"
    )
    java_multiple_files: Optional[bool] = Field(
        default=None, validation_alias="javaMultipleFiles", serialization_alias="javaMultipleFiles"
    )
    java_outer_classname: Optional[str] = Field(
        default=None, validation_alias="javaOuterClassname", serialization_alias="javaOuterClassname"
    )
    java_outer_classname_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="javaOuterClassnameBytes", serialization_alias="javaOuterClassnameBytes"
    )
    java_package: Optional[str] = Field(default=None, validation_alias="javaPackage", serialization_alias="javaPackage")
    java_package_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="javaPackageBytes", serialization_alias="javaPackageBytes"
    )
    java_string_check_utf8: Optional[bool] = Field(
        default=None, validation_alias="javaStringCheckUtf8", serialization_alias="javaStringCheckUtf8"
    )
    objc_class_prefix: Optional[str] = Field(
        default=None, validation_alias="objcClassPrefix", serialization_alias="objcClassPrefix"
    )
    objc_class_prefix_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="objcClassPrefixBytes", serialization_alias="objcClassPrefixBytes"
    )
    optimize_for: Optional[FileOptionsOrBuilderOptimizeForEnum] = Field(
        default=None, validation_alias="optimizeFor", serialization_alias="optimizeFor"
    )
    php_class_prefix: Optional[str] = Field(
        default=None, validation_alias="phpClassPrefix", serialization_alias="phpClassPrefix"
    )
    php_class_prefix_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="phpClassPrefixBytes", serialization_alias="phpClassPrefixBytes"
    )
    php_metadata_namespace: Optional[str] = Field(
        default=None, validation_alias="phpMetadataNamespace", serialization_alias="phpMetadataNamespace"
    )
    php_metadata_namespace_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="phpMetadataNamespaceBytes", serialization_alias="phpMetadataNamespaceBytes"
    )
    php_namespace: Optional[str] = Field(
        default=None, validation_alias="phpNamespace", serialization_alias="phpNamespace"
    )
    php_namespace_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="phpNamespaceBytes", serialization_alias="phpNamespaceBytes"
    )
    py_generic_services: Optional[bool] = Field(
        default=None, validation_alias="pyGenericServices", serialization_alias="pyGenericServices"
    )
    ruby_package: Optional[str] = Field(default=None, validation_alias="rubyPackage", serialization_alias="rubyPackage")
    ruby_package_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="rubyPackageBytes", serialization_alias="rubyPackageBytes"
    )
    swift_prefix: Optional[str] = Field(default=None, validation_alias="swiftPrefix", serialization_alias="swiftPrefix")
    swift_prefix_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="swiftPrefixBytes", serialization_alias="swiftPrefixBytes"
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class Location(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Location"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    leading_comments: Optional[str] = Field(
        default=None, validation_alias="leadingComments", serialization_alias="leadingComments"
    )
    leading_comments_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="leadingCommentsBytes", serialization_alias="leadingCommentsBytes"
    )
    leading_detached_comments_count: Optional[int] = Field(
        default=None,
        validation_alias="leadingDetachedCommentsCount",
        serialization_alias="leadingDetachedCommentsCount",
    )
    leading_detached_comments_list: Optional[list[str]] = Field(
        default=None, validation_alias="leadingDetachedCommentsList", serialization_alias="leadingDetachedCommentsList"
    )
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserLocation] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    path_count: Optional[int] = Field(default=None, validation_alias="pathCount", serialization_alias="pathCount")
    path_list: Optional[list[int]] = Field(default=None, validation_alias="pathList", serialization_alias="pathList")
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    span_count: Optional[int] = Field(default=None, validation_alias="spanCount", serialization_alias="spanCount")
    span_list: Optional[list[int]] = Field(default=None, validation_alias="spanList", serialization_alias="spanList")
    trailing_comments: Optional[str] = Field(
        default=None, validation_alias="trailingComments", serialization_alias="trailingComments"
    )
    trailing_comments_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="trailingCommentsBytes", serialization_alias="trailingCommentsBytes"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class LocationOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["Message"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    leading_comments: Optional[str] = Field(
        default=None, validation_alias="leadingComments", serialization_alias="leadingComments"
    )
    leading_comments_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="leadingCommentsBytes", serialization_alias="leadingCommentsBytes"
    )
    leading_detached_comments_count: Optional[int] = Field(
        default=None,
        validation_alias="leadingDetachedCommentsCount",
        serialization_alias="leadingDetachedCommentsCount",
    )
    leading_detached_comments_list: Optional[list[str]] = Field(
        default=None, validation_alias="leadingDetachedCommentsList", serialization_alias="leadingDetachedCommentsList"
    )
    path_count: Optional[int] = Field(default=None, validation_alias="pathCount", serialization_alias="pathCount")
    path_list: Optional[list[int]] = Field(default=None, validation_alias="pathList", serialization_alias="pathList")
    span_count: Optional[int] = Field(default=None, validation_alias="spanCount", serialization_alias="spanCount")
    span_list: Optional[list[int]] = Field(default=None, validation_alias="spanList", serialization_alias="spanList")
    trailing_comments: Optional[str] = Field(
        default=None, validation_alias="trailingComments", serialization_alias="trailingComments"
    )
    trailing_comments_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="trailingCommentsBytes", serialization_alias="trailingCommentsBytes"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class Message(ConductorModel):
    all_fields: dict[str, Any] | None = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: MessageLite | None = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Descriptor | None = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: str | None = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: bool | None = None
    parser_for_type: ParserMessage | None = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: int | None = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    unknown_fields: UnknownFieldSet | None = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class MessageOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    all_fields_raw: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFieldsRaw", serialization_alias="allFieldsRaw"
    )
    default_instance_for_type: Optional["MessageOptions"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        default=None,
        validation_alias="deprecatedLegacyJsonFieldConflicts",
        serialization_alias="deprecatedLegacyJsonFieldConflicts",
        deprecated=True,
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    map_entry: Optional[bool] = Field(default=None, validation_alias="mapEntry", serialization_alias="mapEntry")
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    message_set_wire_format: Optional[bool] = Field(
        default=None, validation_alias="messageSetWireFormat", serialization_alias="messageSetWireFormat"
    )
    no_standard_descriptor_accessor: Optional[bool] = Field(
        default=None,
        validation_alias="noStandardDescriptorAccessor",
        serialization_alias="noStandardDescriptorAccessor",
    )
    parser_for_type: Optional[ParserMessageOptions] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class MessageOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional[Message] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        default=None,
        validation_alias="deprecatedLegacyJsonFieldConflicts",
        serialization_alias="deprecatedLegacyJsonFieldConflicts",
        deprecated=True,
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    map_entry: Optional[bool] = Field(default=None, validation_alias="mapEntry", serialization_alias="mapEntry")
    message_set_wire_format: Optional[bool] = Field(
        default=None, validation_alias="messageSetWireFormat", serialization_alias="messageSetWireFormat"
    )
    no_standard_descriptor_accessor: Optional[bool] = Field(
        default=None,
        validation_alias="noStandardDescriptorAccessor",
        serialization_alias="noStandardDescriptorAccessor",
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class MethodDescriptor(ConductorModel):
    client_streaming: Optional[bool] = Field(
        default=None, validation_alias="clientStreaming", serialization_alias="clientStreaming"
    )
    file: Optional[FileDescriptor] = None
    full_name: Optional[str] = Field(default=None, validation_alias="fullName", serialization_alias="fullName")
    index: Optional[int] = None
    input_type: Optional[Descriptor] = Field(
        default=None, validation_alias="inputType", serialization_alias="inputType"
    )
    name: Optional[str] = None
    options: Optional["MethodOptions"] = None
    output_type: Optional[Descriptor] = Field(
        default=None, validation_alias="outputType", serialization_alias="outputType"
    )
    proto: Optional["MethodDescriptorProto"] = None
    server_streaming: Optional[bool] = Field(
        default=None, validation_alias="serverStreaming", serialization_alias="serverStreaming"
    )
    service: Optional["ServiceDescriptor"] = None


class MethodDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    client_streaming: Optional[bool] = Field(
        default=None, validation_alias="clientStreaming", serialization_alias="clientStreaming"
    )
    default_instance_for_type: Optional["MethodDescriptorProto"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    input_type: Optional[str] = Field(default=None, validation_alias="inputType", serialization_alias="inputType")
    input_type_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="inputTypeBytes", serialization_alias="inputTypeBytes"
    )
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    options: Optional["MethodOptions"] = None
    options_or_builder: Optional["MethodOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    output_type: Optional[str] = Field(default=None, validation_alias="outputType", serialization_alias="outputType")
    output_type_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="outputTypeBytes", serialization_alias="outputTypeBytes"
    )
    parser_for_type: Optional[ParserMethodDescriptorProto] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    server_streaming: Optional[bool] = Field(
        default=None, validation_alias="serverStreaming", serialization_alias="serverStreaming"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class MethodDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    client_streaming: Optional[bool] = Field(
        default=None, validation_alias="clientStreaming", serialization_alias="clientStreaming"
    )
    default_instance_for_type: Optional[Message] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    input_type: Optional[str] = Field(default=None, validation_alias="inputType", serialization_alias="inputType")
    input_type_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="inputTypeBytes", serialization_alias="inputTypeBytes"
    )
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    options: Optional["MethodOptions"] = None
    options_or_builder: Optional["MethodOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    output_type: Optional[str] = Field(default=None, validation_alias="outputType", serialization_alias="outputType")
    output_type_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="outputTypeBytes", serialization_alias="outputTypeBytes"
    )
    server_streaming: Optional[bool] = Field(
        default=None, validation_alias="serverStreaming", serialization_alias="serverStreaming"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class MethodOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    all_fields_raw: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFieldsRaw", serialization_alias="allFieldsRaw"
    )
    default_instance_for_type: Optional["MethodOptions"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    idempotency_level: Optional[MethodOptionsIdempotencyLevelEnum] = Field(
        default=None, validation_alias="idempotencyLevel", serialization_alias="idempotencyLevel"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserMethodOptions] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class MethodOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional[Message] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    idempotency_level: Optional[MethodOptionsOrBuilderIdempotencyLevelEnum] = Field(
        default=None, validation_alias="idempotencyLevel", serialization_alias="idempotencyLevel"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class NamePart(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["NamePart"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    is_extension: Optional[bool] = Field(
        default=None, validation_alias="isExtension", serialization_alias="isExtension"
    )
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    name_part: Optional[str] = Field(default=None, validation_alias="namePart", serialization_alias="namePart")
    name_part_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="namePartBytes", serialization_alias="namePartBytes"
    )
    parser_for_type: Optional[ParserNamePart] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class NamePartOrBuilder(ConductorModel):
    all_fields: dict[str, Any] | None = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Message | None = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Descriptor | None = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: str | None = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: bool | None = None
    is_extension: bool | None = Field(default=None, validation_alias="isExtension", serialization_alias="isExtension")
    name_part: str | None = Field(default=None, validation_alias="namePart", serialization_alias="namePart")
    name_part_bytes: ByteString | None = Field(
        default=None, validation_alias="namePartBytes", serialization_alias="namePartBytes"
    )
    unknown_fields: UnknownFieldSet | None = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class OneofDescriptor(ConductorModel):
    containing_type: Optional[Descriptor] = Field(
        default=None, validation_alias="containingType", serialization_alias="containingType"
    )
    field_count: Optional[int] = Field(default=None, validation_alias="fieldCount", serialization_alias="fieldCount")
    file: Optional[FileDescriptor] = None
    full_name: Optional[str] = Field(default=None, validation_alias="fullName", serialization_alias="fullName")
    index: Optional[int] = None
    name: Optional[str] = None
    options: Optional["OneofOptions"] = None
    proto: Optional["OneofDescriptorProto"] = None


class OneofDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["OneofDescriptorProto"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    options: Optional["OneofOptions"] = None
    options_or_builder: Optional["OneofOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    parser_for_type: Optional[ParserOneofDescriptorProto] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class OneofDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional[Message] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    options: Optional["OneofOptions"] = None
    options_or_builder: Optional["OneofOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class OneofOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    all_fields_raw: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFieldsRaw", serialization_alias="allFieldsRaw"
    )
    default_instance_for_type: Optional["OneofOptions"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserOneofOptions] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class OneofOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional[Message] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class ReservedRange(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["ReservedRange"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    end: Optional[int] = None
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserReservedRange] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    start: Optional[int] = None
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class ReservedRangeOrBuilder(ConductorModel):
    all_fields: dict[str, Any] | None = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Message | None = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Descriptor | None = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    end: int | None = None
    initialization_error_string: str | None = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: bool | None = None
    start: int | None = None
    unknown_fields: UnknownFieldSet | None = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class ServiceDescriptor(ConductorModel):
    file: Optional[FileDescriptor] = None
    full_name: Optional[str] = Field(default=None, validation_alias="fullName", serialization_alias="fullName")
    index: Optional[int] = None
    methods: Optional[list[MethodDescriptor]] = None
    name: Optional[str] = None
    options: Optional["ServiceOptions"] = None
    proto: Optional["ServiceDescriptorProto"] = None


class ServiceDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["ServiceDescriptorProto"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    method_count: Optional[int] = Field(default=None, validation_alias="methodCount", serialization_alias="methodCount")
    method_list: Optional[list[MethodDescriptorProto]] = Field(
        default=None, validation_alias="methodList", serialization_alias="methodList"
    )
    method_or_builder_list: Optional[list[MethodDescriptorProtoOrBuilder]] = Field(
        default=None, validation_alias="methodOrBuilderList", serialization_alias="methodOrBuilderList"
    )
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    options: Optional["ServiceOptions"] = None
    options_or_builder: Optional["ServiceOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    parser_for_type: Optional[ParserServiceDescriptorProto] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class ServiceDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional[Message] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    method_count: Optional[int] = Field(default=None, validation_alias="methodCount", serialization_alias="methodCount")
    method_list: Optional[list[MethodDescriptorProto]] = Field(
        default=None, validation_alias="methodList", serialization_alias="methodList"
    )
    method_or_builder_list: Optional[list[MethodDescriptorProtoOrBuilder]] = Field(
        default=None, validation_alias="methodOrBuilderList", serialization_alias="methodOrBuilderList"
    )
    name: Optional[str] = None
    name_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="nameBytes", serialization_alias="nameBytes"
    )
    options: Optional["ServiceOptions"] = None
    options_or_builder: Optional["ServiceOptionsOrBuilder"] = Field(
        default=None, validation_alias="optionsOrBuilder", serialization_alias="optionsOrBuilder"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class ServiceOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    all_fields_raw: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFieldsRaw", serialization_alias="allFieldsRaw"
    )
    default_instance_for_type: Optional["ServiceOptions"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserServiceOptions] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class ServiceOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional[Message] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    deprecated: Optional[bool] = None
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    features: Optional[FeatureSet] = None
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(
        default=None, validation_alias="featuresOrBuilder", serialization_alias="featuresOrBuilder"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    uninterpreted_option_count: Optional[int] = Field(
        default=None, validation_alias="uninterpretedOptionCount", serialization_alias="uninterpretedOptionCount"
    )
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(
        default=None, validation_alias="uninterpretedOptionList", serialization_alias="uninterpretedOptionList"
    )
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        default=None,
        validation_alias="uninterpretedOptionOrBuilderList",
        serialization_alias="uninterpretedOptionOrBuilderList",
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class SourceCodeInfo(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    all_fields_raw: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFieldsRaw", serialization_alias="allFieldsRaw"
    )
    default_instance_for_type: Optional["SourceCodeInfo"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    location_count: Optional[int] = Field(
        default=None, validation_alias="locationCount", serialization_alias="locationCount"
    )
    location_list: Optional[list[Location]] = Field(
        default=None, validation_alias="locationList", serialization_alias="locationList"
    )
    location_or_builder_list: Optional[list[LocationOrBuilder]] = Field(
        default=None, validation_alias="locationOrBuilderList", serialization_alias="locationOrBuilderList"
    )
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    parser_for_type: Optional[ParserSourceCodeInfo] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class SourceCodeInfoOrBuilder(ConductorModel):
    all_fields: dict[str, Any] | None = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Message | None = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Descriptor | None = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    initialization_error_string: str | None = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: bool | None = None
    location_count: int | None = Field(
        default=None, validation_alias="locationCount", serialization_alias="locationCount"
    )
    location_list: list[Location] | None = Field(
        default=None, validation_alias="locationList", serialization_alias="locationList"
    )
    location_or_builder_list: list[LocationOrBuilder] | None = Field(
        default=None, validation_alias="locationOrBuilderList", serialization_alias="locationOrBuilderList"
    )
    unknown_fields: UnknownFieldSet | None = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class UninterpretedOption(ConductorModel):
    aggregate_value: Optional[str] = Field(
        default=None, validation_alias="aggregateValue", serialization_alias="aggregateValue"
    )
    aggregate_value_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="aggregateValueBytes", serialization_alias="aggregateValueBytes"
    )
    all_fields: Optional[dict[str, Any]] = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Optional["UninterpretedOption"] = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Optional[Descriptor] = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    double_value: Optional[float] = Field(
        default=None, validation_alias="doubleValue", serialization_alias="doubleValue"
    )
    identifier_value: Optional[str] = Field(
        default=None, validation_alias="identifierValue", serialization_alias="identifierValue"
    )
    identifier_value_bytes: Optional[ByteString] = Field(
        default=None, validation_alias="identifierValueBytes", serialization_alias="identifierValueBytes"
    )
    initialization_error_string: Optional[str] = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: Optional[bool] = None
    memoized_serialized_size: Optional[int] = Field(
        default=None, validation_alias="memoizedSerializedSize", serialization_alias="memoizedSerializedSize"
    )
    name_count: Optional[int] = Field(default=None, validation_alias="nameCount", serialization_alias="nameCount")
    name_list: Optional[list[NamePart]] = Field(
        default=None, validation_alias="nameList", serialization_alias="nameList"
    )
    name_or_builder_list: Optional[list[NamePartOrBuilder]] = Field(
        default=None, validation_alias="nameOrBuilderList", serialization_alias="nameOrBuilderList"
    )
    negative_int_value: Optional[int] = Field(
        default=None, validation_alias="negativeIntValue", serialization_alias="negativeIntValue"
    )
    parser_for_type: Optional[ParserUninterpretedOption] = Field(
        default=None, validation_alias="parserForType", serialization_alias="parserForType"
    )
    positive_int_value: Optional[int] = Field(
        default=None, validation_alias="positiveIntValue", serialization_alias="positiveIntValue"
    )
    serialized_size: Optional[int] = Field(
        default=None, validation_alias="serializedSize", serialization_alias="serializedSize"
    )
    string_value: Optional[ByteString] = Field(
        default=None, validation_alias="stringValue", serialization_alias="stringValue"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )


class UninterpretedOptionOrBuilder(ConductorModel):
    aggregate_value: str | None = Field(
        default=None, validation_alias="aggregateValue", serialization_alias="aggregateValue"
    )
    aggregate_value_bytes: ByteString | None = Field(
        default=None, validation_alias="aggregateValueBytes", serialization_alias="aggregateValueBytes"
    )
    all_fields: dict[str, Any] | None = Field(
        default=None, validation_alias="allFields", serialization_alias="allFields"
    )
    default_instance_for_type: Message | None = Field(
        default=None, validation_alias="defaultInstanceForType", serialization_alias="defaultInstanceForType"
    )
    descriptor_for_type: Descriptor | None = Field(
        default=None, validation_alias="descriptorForType", serialization_alias="descriptorForType"
    )
    double_value: float | None = Field(default=None, validation_alias="doubleValue", serialization_alias="doubleValue")
    identifier_value: str | None = Field(
        default=None, validation_alias="identifierValue", serialization_alias="identifierValue"
    )
    identifier_value_bytes: ByteString | None = Field(
        default=None, validation_alias="identifierValueBytes", serialization_alias="identifierValueBytes"
    )
    initialization_error_string: str | None = Field(
        default=None, validation_alias="initializationErrorString", serialization_alias="initializationErrorString"
    )
    initialized: bool | None = None
    name_count: int | None = Field(default=None, validation_alias="nameCount", serialization_alias="nameCount")
    name_list: list[NamePart] | None = Field(default=None, validation_alias="nameList", serialization_alias="nameList")
    name_or_builder_list: list[NamePartOrBuilder] | None = Field(
        default=None, validation_alias="nameOrBuilderList", serialization_alias="nameOrBuilderList"
    )
    negative_int_value: int | None = Field(
        default=None, validation_alias="negativeIntValue", serialization_alias="negativeIntValue"
    )
    positive_int_value: int | None = Field(
        default=None, validation_alias="positiveIntValue", serialization_alias="positiveIntValue"
    )
    string_value: ByteString | None = Field(
        default=None, validation_alias="stringValue", serialization_alias="stringValue"
    )
    unknown_fields: UnknownFieldSet | None = Field(
        default=None, validation_alias="unknownFields", serialization_alias="unknownFields"
    )
