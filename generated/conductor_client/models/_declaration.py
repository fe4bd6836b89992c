from conductor_client.models._base import OpenEnum, RequiredFieldsModel
from typing import ClassVar, Optional
from pydantic import Field
from typing import Any, Optional
from conductor_client.models._base import ConductorModel
from enum import Enum


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
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Declaration"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional["Descriptor"] = Field(None, alias="descriptorForType")
    full_name: Optional[str] = Field(None, alias="fullName")
    full_name_bytes: Optional[ByteString] = Field(None, alias="fullNameBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    number: Optional[int] = Field(None, alias="number")
    parser_for_type: Optional[ParserDeclaration] = Field(None, alias="parserForType")
    repeated: Optional[bool] = Field(None, alias="repeated")
    reserved: Optional[bool] = Field(None, alias="reserved")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    type: Optional[str] = Field(None, alias="type")
    type_bytes: Optional[ByteString] = Field(None, alias="typeBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class DeclarationOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional["Descriptor"] = Field(None, alias="descriptorForType")
    full_name: Optional[str] = Field(None, alias="fullName")
    full_name_bytes: Optional[ByteString] = Field(None, alias="fullNameBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    number: Optional[int] = Field(None, alias="number")
    repeated: Optional[bool] = Field(None, alias="repeated")
    reserved: Optional[bool] = Field(None, alias="reserved")
    type: Optional[str] = Field(None, alias="type")
    type_bytes: Optional[ByteString] = Field(None, alias="typeBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class Descriptor(ConductorModel):
    containing_type: Optional["Descriptor"] = Field(None, alias="containingType")
    enum_types: Optional[list["EnumDescriptor"]] = Field(None, alias="enumTypes")
    extendable: Optional[bool] = Field(None, alias="extendable")
    extensions: Optional[list["FieldDescriptor"]] = Field(None, alias="extensions")
    fields_: Optional[list["FieldDescriptor"]] = Field(None, alias="fields")
    file: Optional["FileDescriptor"] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    name: Optional[str] = Field(None, alias="name")
    nested_types: Optional[list["Descriptor"]] = Field(None, alias="nestedTypes")
    oneofs: Optional[list["OneofDescriptor"]] = Field(None, alias="oneofs")
    options: Optional["MessageOptions"] = Field(None, alias="options")
    proto: Optional["DescriptorProto"] = Field(None, alias="proto")
    real_oneofs: Optional[list["OneofDescriptor"]] = Field(None, alias="realOneofs")


class DescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["DescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    enum_type_count: Optional[int] = Field(None, alias="enumTypeCount")
    enum_type_list: Optional[list["EnumDescriptorProto"]] = Field(None, alias="enumTypeList")
    enum_type_or_builder_list: Optional[list["EnumDescriptorProtoOrBuilder"]] = Field(
        None, alias="enumTypeOrBuilderList"
    )
    extension_count: Optional[int] = Field(None, alias="extensionCount")
    extension_list: Optional[list["FieldDescriptorProto"]] = Field(None, alias="extensionList")
    extension_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(
        None, alias="extensionOrBuilderList"
    )
    extension_range_count: Optional[int] = Field(None, alias="extensionRangeCount")
    extension_range_list: Optional[list["ExtensionRange"]] = Field(None, alias="extensionRangeList")
    extension_range_or_builder_list: Optional[list["ExtensionRangeOrBuilder"]] = Field(
        None, alias="extensionRangeOrBuilderList"
    )
    field_count: Optional[int] = Field(None, alias="fieldCount")
    field_list: Optional[list["FieldDescriptorProto"]] = Field(None, alias="fieldList")
    field_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(None, alias="fieldOrBuilderList")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    nested_type_count: Optional[int] = Field(None, alias="nestedTypeCount")
    nested_type_list: Optional[list["DescriptorProto"]] = Field(None, alias="nestedTypeList")
    nested_type_or_builder_list: Optional[list["DescriptorProtoOrBuilder"]] = Field(
        None, alias="nestedTypeOrBuilderList"
    )
    oneof_decl_count: Optional[int] = Field(None, alias="oneofDeclCount")
    oneof_decl_list: Optional[list["OneofDescriptorProto"]] = Field(None, alias="oneofDeclList")
    oneof_decl_or_builder_list: Optional[list["OneofDescriptorProtoOrBuilder"]] = Field(
        None, alias="oneofDeclOrBuilderList"
    )
    options: Optional["MessageOptions"] = Field(None, alias="options")
    options_or_builder: Optional["MessageOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserDescriptorProto] = Field(None, alias="parserForType")
    reserved_name_count: Optional[int] = Field(None, alias="reservedNameCount")
    reserved_name_list: Optional[list[str]] = Field(None, alias="reservedNameList")
    reserved_range_count: Optional[int] = Field(None, alias="reservedRangeCount")
    reserved_range_list: Optional[list["ReservedRange"]] = Field(None, alias="reservedRangeList")
    reserved_range_or_builder_list: Optional[list["ReservedRangeOrBuilder"]] = Field(
        None, alias="reservedRangeOrBuilderList"
    )
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    visibility: Optional[DescriptorProtoVisibilityEnum] = Field(None, alias="visibility")


class DescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    enum_type_count: Optional[int] = Field(None, alias="enumTypeCount")
    enum_type_list: Optional[list["EnumDescriptorProto"]] = Field(None, alias="enumTypeList")
    enum_type_or_builder_list: Optional[list["EnumDescriptorProtoOrBuilder"]] = Field(
        None, alias="enumTypeOrBuilderList"
    )
    extension_count: Optional[int] = Field(None, alias="extensionCount")
    extension_list: Optional[list["FieldDescriptorProto"]] = Field(None, alias="extensionList")
    extension_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(
        None, alias="extensionOrBuilderList"
    )
    extension_range_count: Optional[int] = Field(None, alias="extensionRangeCount")
    extension_range_list: Optional[list["ExtensionRange"]] = Field(None, alias="extensionRangeList")
    extension_range_or_builder_list: Optional[list["ExtensionRangeOrBuilder"]] = Field(
        None, alias="extensionRangeOrBuilderList"
    )
    field_count: Optional[int] = Field(None, alias="fieldCount")
    field_list: Optional[list["FieldDescriptorProto"]] = Field(None, alias="fieldList")
    field_or_builder_list: Optional[list["FieldDescriptorProtoOrBuilder"]] = Field(None, alias="fieldOrBuilderList")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    nested_type_count: Optional[int] = Field(None, alias="nestedTypeCount")
    nested_type_list: Optional[list[DescriptorProto]] = Field(None, alias="nestedTypeList")
    oneof_decl_count: Optional[int] = Field(None, alias="oneofDeclCount")
    oneof_decl_list: Optional[list["OneofDescriptorProto"]] = Field(None, alias="oneofDeclList")
    oneof_decl_or_builder_list: Optional[list["OneofDescriptorProtoOrBuilder"]] = Field(
        None, alias="oneofDeclOrBuilderList"
    )
    options: Optional["MessageOptions"] = Field(None, alias="options")
    options_or_builder: Optional["MessageOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    reserved_name_count: Optional[int] = Field(None, alias="reservedNameCount")
    reserved_name_list: Optional[list[str]] = Field(None, alias="reservedNameList")
    reserved_range_count: Optional[int] = Field(None, alias="reservedRangeCount")
    reserved_range_list: Optional[list["ReservedRange"]] = Field(None, alias="reservedRangeList")
    reserved_range_or_builder_list: Optional[list["ReservedRangeOrBuilder"]] = Field(
        None, alias="reservedRangeOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    visibility: Optional[DescriptorProtoOrBuilderVisibilityEnum] = Field(None, alias="visibility")


class EditionDefault(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["EditionDefault"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition: Optional[EditionDefaultEditionEnum] = Field(None, alias="edition")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserEditionDefault] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    value: Optional[str] = Field(None, alias="value")
    value_bytes: Optional[ByteString] = Field(None, alias="valueBytes")


class EditionDefaultOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition: Optional[EditionDefaultOrBuilderEditionEnum] = Field(None, alias="edition")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    value: Optional[str] = Field(None, alias="value")
    value_bytes: Optional[ByteString] = Field(None, alias="valueBytes")


class EnumDescriptor(ConductorModel):
    closed: Optional[bool] = Field(None, alias="closed")
    containing_type: Optional[Descriptor] = Field(None, alias="containingType")
    file: Optional["FileDescriptor"] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    name: Optional[str] = Field(None, alias="name")
    options: Optional["EnumOptions"] = Field(None, alias="options")
    proto: Optional["EnumDescriptorProto"] = Field(None, alias="proto")
    values: Optional[list["EnumValueDescriptor"]] = Field(None, alias="values")


class EnumDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["EnumDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["EnumOptions"] = Field(None, alias="options")
    options_or_builder: Optional["EnumOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserEnumDescriptorProto] = Field(None, alias="parserForType")
    reserved_name_count: Optional[int] = Field(None, alias="reservedNameCount")
    reserved_name_list: Optional[list[str]] = Field(None, alias="reservedNameList")
    reserved_range_count: Optional[int] = Field(None, alias="reservedRangeCount")
    reserved_range_list: Optional[list["EnumReservedRange"]] = Field(None, alias="reservedRangeList")
    reserved_range_or_builder_list: Optional[list["EnumReservedRangeOrBuilder"]] = Field(
        None, alias="reservedRangeOrBuilderList"
    )
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    value_count: Optional[int] = Field(None, alias="valueCount")
    value_list: Optional[list["EnumValueDescriptorProto"]] = Field(None, alias="valueList")
    value_or_builder_list: Optional[list["EnumValueDescriptorProtoOrBuilder"]] = Field(None, alias="valueOrBuilderList")
    visibility: Optional[EnumDescriptorProtoVisibilityEnum] = Field(None, alias="visibility")


class EnumDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["EnumOptions"] = Field(None, alias="options")
    options_or_builder: Optional["EnumOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    reserved_name_count: Optional[int] = Field(None, alias="reservedNameCount")
    reserved_name_list: Optional[list[str]] = Field(None, alias="reservedNameList")
    reserved_range_count: Optional[int] = Field(None, alias="reservedRangeCount")
    reserved_range_list: Optional[list["EnumReservedRange"]] = Field(None, alias="reservedRangeList")
    reserved_range_or_builder_list: Optional[list["EnumReservedRangeOrBuilder"]] = Field(
        None, alias="reservedRangeOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    value_count: Optional[int] = Field(None, alias="valueCount")
    value_list: Optional[list["EnumValueDescriptorProto"]] = Field(None, alias="valueList")
    value_or_builder_list: Optional[list["EnumValueDescriptorProtoOrBuilder"]] = Field(None, alias="valueOrBuilderList")
    visibility: Optional[EnumDescriptorProtoOrBuilderVisibilityEnum] = Field(None, alias="visibility")


class EnumOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    allow_alias: Optional[bool] = Field(None, alias="allowAlias")
    default_instance_for_type: Optional["EnumOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        None, alias="deprecatedLegacyJsonFieldConflicts", deprecated=True
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserEnumOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    allow_alias: Optional[bool] = Field(None, alias="allowAlias")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        None, alias="deprecatedLegacyJsonFieldConflicts", deprecated=True
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumReservedRange(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["EnumReservedRange"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    end: Optional[int] = Field(None, alias="end")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserEnumReservedRange] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    start: Optional[int] = Field(None, alias="start")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumReservedRangeOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    end: Optional[int] = Field(None, alias="end")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    start: Optional[int] = Field(None, alias="start")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumValueDescriptor(ConductorModel):
    file: Optional["FileDescriptor"] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    name: Optional[str] = Field(None, alias="name")
    number: Optional[int] = Field(None, alias="number")
    options: Optional["EnumValueOptions"] = Field(None, alias="options")
    proto: Optional["EnumValueDescriptorProto"] = Field(None, alias="proto")
    type: Optional[EnumDescriptor] = Field(None, alias="type")


class EnumValueDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["EnumValueDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    number: Optional[int] = Field(None, alias="number")
    options: Optional["EnumValueOptions"] = Field(None, alias="options")
    options_or_builder: Optional["EnumValueOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserEnumValueDescriptorProto] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumValueDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    number: Optional[int] = Field(None, alias="number")
    options: Optional["EnumValueOptions"] = Field(None, alias="options")
    options_or_builder: Optional["EnumValueOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumValueOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    debug_redact: Optional[bool] = Field(None, alias="debugRedact")
    default_instance_for_type: Optional["EnumValueOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    feature_support: Optional["FeatureSupport"] = Field(None, alias="featureSupport")
    feature_support_or_builder: Optional["FeatureSupportOrBuilder"] = Field(None, alias="featureSupportOrBuilder")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserEnumValueOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class EnumValueOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    debug_redact: Optional[bool] = Field(None, alias="debugRedact")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    feature_support: Optional["FeatureSupport"] = Field(None, alias="featureSupport")
    feature_support_or_builder: Optional["FeatureSupportOrBuilder"] = Field(None, alias="featureSupportOrBuilder")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ExtensionRange(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["ExtensionRange"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    end: Optional[int] = Field(None, alias="end")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    options: Optional["ExtensionRangeOptions"] = Field(None, alias="options")
    options_or_builder: Optional["ExtensionRangeOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserExtensionRange] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    start: Optional[int] = Field(None, alias="start")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ExtensionRangeOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    declaration_count: Optional[int] = Field(None, alias="declarationCount")
    declaration_list: Optional[list[Declaration]] = Field(None, alias="declarationList")
    declaration_or_builder_list: Optional[list[DeclarationOrBuilder]] = Field(None, alias="declarationOrBuilderList")
    default_instance_for_type: Optional["ExtensionRangeOptions"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserExtensionRangeOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    verification: Optional[ExtensionRangeOptionsVerificationEnum] = Field(None, alias="verification")


class ExtensionRangeOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    declaration_count: Optional[int] = Field(None, alias="declarationCount")
    declaration_list: Optional[list[Declaration]] = Field(None, alias="declarationList")
    declaration_or_builder_list: Optional[list[DeclarationOrBuilder]] = Field(None, alias="declarationOrBuilderList")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional["FeatureSet"] = Field(None, alias="features")
    features_or_builder: Optional["FeatureSetOrBuilder"] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    verification: Optional[ExtensionRangeOptionsOrBuilderVerificationEnum] = Field(None, alias="verification")


class ExtensionRangeOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    end: Optional[int] = Field(None, alias="end")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    options: Optional[ExtensionRangeOptions] = Field(None, alias="options")
    options_or_builder: Optional[ExtensionRangeOptionsOrBuilder] = Field(None, alias="optionsOrBuilder")
    start: Optional[int] = Field(None, alias="start")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FeatureSet(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["FeatureSet"] = Field(None, alias="defaultInstanceForType")
    default_symbol_visibility: Optional[FeatureSetDefaultSymbolVisibilityEnum] = Field(
        None, alias="defaultSymbolVisibility"
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    enforce_naming_style: Optional[FeatureSetEnforceNamingStyleEnum] = Field(None, alias="enforceNamingStyle")
    enum_type: Optional[FeatureSetEnumTypeEnum] = Field(None, alias="enumType")
    field_presence: Optional[FeatureSetFieldPresenceEnum] = Field(None, alias="fieldPresence")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    json_format: Optional[FeatureSetJsonFormatEnum] = Field(None, alias="jsonFormat")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    message_encoding: Optional[FeatureSetMessageEncodingEnum] = Field(None, alias="messageEncoding")
    parser_for_type: Optional[ParserFeatureSet] = Field(None, alias="parserForType")
    repeated_field_encoding: Optional[FeatureSetRepeatedFieldEncodingEnum] = Field(None, alias="repeatedFieldEncoding")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    utf8_validation: Optional[FeatureSetUtf8ValidationEnum] = Field(None, alias="utf8Validation")


class FeatureSetOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    default_symbol_visibility: Optional[FeatureSetOrBuilderDefaultSymbolVisibilityEnum] = Field(
        None, alias="defaultSymbolVisibility"
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    enforce_naming_style: Optional[FeatureSetOrBuilderEnforceNamingStyleEnum] = Field(None, alias="enforceNamingStyle")
    enum_type: Optional[FeatureSetOrBuilderEnumTypeEnum] = Field(None, alias="enumType")
    field_presence: Optional[FeatureSetOrBuilderFieldPresenceEnum] = Field(None, alias="fieldPresence")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    json_format: Optional[FeatureSetOrBuilderJsonFormatEnum] = Field(None, alias="jsonFormat")
    message_encoding: Optional[FeatureSetOrBuilderMessageEncodingEnum] = Field(None, alias="messageEncoding")
    repeated_field_encoding: Optional[FeatureSetOrBuilderRepeatedFieldEncodingEnum] = Field(
        None, alias="repeatedFieldEncoding"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    utf8_validation: Optional[FeatureSetOrBuilderUtf8ValidationEnum] = Field(None, alias="utf8Validation")


class FeatureSupport(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["FeatureSupport"] = Field(None, alias="defaultInstanceForType")
    deprecation_warning: Optional[str] = Field(None, alias="deprecationWarning")
    deprecation_warning_bytes: Optional[ByteString] = Field(None, alias="deprecationWarningBytes")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition_deprecated: Optional[FeatureSupportEditionDeprecatedEnum] = Field(None, alias="editionDeprecated")
    edition_introduced: Optional[FeatureSupportEditionIntroducedEnum] = Field(None, alias="editionIntroduced")
    edition_removed: Optional[FeatureSupportEditionRemovedEnum] = Field(None, alias="editionRemoved")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserFeatureSupport] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FeatureSupportOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    deprecation_warning: Optional[str] = Field(None, alias="deprecationWarning")
    deprecation_warning_bytes: Optional[ByteString] = Field(None, alias="deprecationWarningBytes")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition_deprecated: Optional[FeatureSupportOrBuilderEditionDeprecatedEnum] = Field(None, alias="editionDeprecated")
    edition_introduced: Optional[FeatureSupportOrBuilderEditionIntroducedEnum] = Field(None, alias="editionIntroduced")
    edition_removed: Optional[FeatureSupportOrBuilderEditionRemovedEnum] = Field(None, alias="editionRemoved")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FieldDescriptor(ConductorModel):
    containing_oneof: Optional["OneofDescriptor"] = Field(None, alias="containingOneof")
    containing_type: Optional[Descriptor] = Field(None, alias="containingType")
    default_value: Optional[dict[str, Any]] = Field(None, alias="defaultValue")
    enum_type: Optional[EnumDescriptor] = Field(None, alias="enumType")
    extension: Optional[bool] = Field(None, alias="extension")
    extension_scope: Optional[Descriptor] = Field(None, alias="extensionScope")
    file: Optional["FileDescriptor"] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    java_type: Optional[FieldDescriptorJavaTypeEnum] = Field(None, alias="javaType")
    json_name: Optional[str] = Field(None, alias="jsonName")
    lite_java_type: Optional[FieldDescriptorLiteJavaTypeEnum] = Field(None, alias="liteJavaType")
    lite_type: Optional[FieldDescriptorLiteTypeEnum] = Field(None, alias="liteType")
    map_field: Optional[bool] = Field(None, alias="mapField")
    message_type: Optional[Descriptor] = Field(None, alias="messageType")
    name: Optional[str] = Field(None, alias="name")
    number: Optional[int] = Field(None, alias="number")
    optional: Optional[bool] = Field(None, alias="optional", deprecated=True)
    options: Optional["FieldOptions"] = Field(None, alias="options")
    packable: Optional[bool] = Field(None, alias="packable")
    packed: Optional[bool] = Field(None, alias="packed")
    proto: Optional["FieldDescriptorProto"] = Field(None, alias="proto")
    real_containing_oneof: Optional["OneofDescriptor"] = Field(None, alias="realContainingOneof")
    repeated: Optional[bool] = Field(None, alias="repeated")
    required: Optional[bool] = Field(None, alias="required")
    type: Optional[FieldDescriptorTypeEnum] = Field(None, alias="type")


class FieldDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["FieldDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    default_value: Optional[str] = Field(None, alias="defaultValue")
    default_value_bytes: Optional[ByteString] = Field(None, alias="defaultValueBytes")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    extendee: Optional[str] = Field(None, alias="extendee")
    extendee_bytes: Optional[ByteString] = Field(None, alias="extendeeBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    json_name: Optional[str] = Field(None, alias="jsonName")
    json_name_bytes: Optional[ByteString] = Field(None, alias="jsonNameBytes")
    label: Optional[FieldDescriptorProtoLabelEnum] = Field(None, alias="label")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    number: Optional[int] = Field(None, alias="number")
    oneof_index: Optional[int] = Field(None, alias="oneofIndex")
    options: Optional["FieldOptions"] = Field(None, alias="options")
    options_or_builder: Optional["FieldOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserFieldDescriptorProto] = Field(None, alias="parserForType")
    proto3_optional: Optional[bool] = Field(None, alias="proto3Optional")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    type: Optional[FieldDescriptorProtoTypeEnum] = Field(None, alias="type")
    type_name: Optional[str] = Field(None, alias="typeName")
    type_name_bytes: Optional[ByteString] = Field(None, alias="typeNameBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FieldDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    default_value: Optional[str] = Field(None, alias="defaultValue")
    default_value_bytes: Optional[ByteString] = Field(None, alias="defaultValueBytes")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    extendee: Optional[str] = Field(None, alias="extendee")
    extendee_bytes: Optional[ByteString] = Field(None, alias="extendeeBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    json_name: Optional[str] = Field(None, alias="jsonName")
    json_name_bytes: Optional[ByteString] = Field(None, alias="jsonNameBytes")
    label: Optional[FieldDescriptorProtoOrBuilderLabelEnum] = Field(None, alias="label")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    number: Optional[int] = Field(None, alias="number")
    oneof_index: Optional[int] = Field(None, alias="oneofIndex")
    options: Optional["FieldOptions"] = Field(None, alias="options")
    options_or_builder: Optional["FieldOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    proto3_optional: Optional[bool] = Field(None, alias="proto3Optional")
    type: Optional[FieldDescriptorProtoOrBuilderTypeEnum] = Field(None, alias="type")
    type_name: Optional[str] = Field(None, alias="typeName")
    type_name_bytes: Optional[ByteString] = Field(None, alias="typeNameBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FieldOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    ctype: Optional[FieldOptionsCtypeEnum] = Field(None, alias="ctype")
    debug_redact: Optional[bool] = Field(None, alias="debugRedact")
    default_instance_for_type: Optional["FieldOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition_defaults_count: Optional[int] = Field(None, alias="editionDefaultsCount")
    edition_defaults_list: Optional[list[EditionDefault]] = Field(None, alias="editionDefaultsList")
    edition_defaults_or_builder_list: Optional[list[EditionDefaultOrBuilder]] = Field(
        None, alias="editionDefaultsOrBuilderList"
    )
    feature_support: Optional[FeatureSupport] = Field(None, alias="featureSupport")
    feature_support_or_builder: Optional[FeatureSupportOrBuilder] = Field(None, alias="featureSupportOrBuilder")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    jstype: Optional[FieldOptionsJstypeEnum] = Field(None, alias="jstype")
    lazy: Optional[bool] = Field(None, alias="lazy")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    packed: Optional[bool] = Field(None, alias="packed")
    parser_for_type: Optional[ParserFieldOptions] = Field(None, alias="parserForType")
    retention: Optional[FieldOptionsRetentionEnum] = Field(None, alias="retention")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    targets_count: Optional[int] = Field(None, alias="targetsCount")
    targets_list: Optional[list[FieldOptionsTargetsListItemEnum]] = Field(None, alias="targetsList")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    unverified_lazy: Optional[bool] = Field(None, alias="unverifiedLazy")
    weak: Optional[bool] = Field(None, alias="weak")


class FieldOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    ctype: Optional[FieldOptionsOrBuilderCtypeEnum] = Field(None, alias="ctype")
    debug_redact: Optional[bool] = Field(None, alias="debugRedact")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition_defaults_count: Optional[int] = Field(None, alias="editionDefaultsCount")
    edition_defaults_list: Optional[list[EditionDefault]] = Field(None, alias="editionDefaultsList")
    edition_defaults_or_builder_list: Optional[list[EditionDefaultOrBuilder]] = Field(
        None, alias="editionDefaultsOrBuilderList"
    )
    feature_support: Optional[FeatureSupport] = Field(None, alias="featureSupport")
    feature_support_or_builder: Optional[FeatureSupportOrBuilder] = Field(None, alias="featureSupportOrBuilder")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    jstype: Optional[FieldOptionsOrBuilderJstypeEnum] = Field(None, alias="jstype")
    lazy: Optional[bool] = Field(None, alias="lazy")
    packed: Optional[bool] = Field(None, alias="packed")
    retention: Optional[FieldOptionsOrBuilderRetentionEnum] = Field(None, alias="retention")
    targets_count: Optional[int] = Field(None, alias="targetsCount")
    targets_list: Optional[list[FieldOptionsOrBuilderTargetsListItemEnum]] = Field(None, alias="targetsList")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    unverified_lazy: Optional[bool] = Field(None, alias="unverifiedLazy")
    weak: Optional[bool] = Field(None, alias="weak")


class FileDescriptor(ConductorModel):
    dependencies: Optional[list["FileDescriptor"]] = Field(None, alias="dependencies")
    enum_types: Optional[list[EnumDescriptor]] = Field(None, alias="enumTypes")
    extensions: Optional[list[FieldDescriptor]] = Field(None, alias="extensions")
    file: Optional["FileDescriptor"] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    message_types: Optional[list[Descriptor]] = Field(None, alias="messageTypes")
    name: Optional[str] = Field(None, alias="name")
    options: Optional["FileOptions"] = Field(None, alias="options")
    package: Optional[str] = Field(None, alias="package")
    proto: Optional["FileDescriptorProto"] = Field(None, alias="proto")
    public_dependencies: Optional[list["FileDescriptor"]] = Field(None, alias="publicDependencies")
    services: Optional[list["ServiceDescriptor"]] = Field(None, alias="services")


class FileDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["FileDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    dependency_count: Optional[int] = Field(None, alias="dependencyCount")
    dependency_list: Optional[list[str]] = Field(None, alias="dependencyList")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    edition: Optional[FileDescriptorProtoEditionEnum] = Field(None, alias="edition")
    enum_type_count: Optional[int] = Field(None, alias="enumTypeCount")
    enum_type_list: Optional[list[EnumDescriptorProto]] = Field(None, alias="enumTypeList")
    enum_type_or_builder_list: Optional[list[EnumDescriptorProtoOrBuilder]] = Field(None, alias="enumTypeOrBuilderList")
    extension_count: Optional[int] = Field(None, alias="extensionCount")
    extension_list: Optional[list[FieldDescriptorProto]] = Field(None, alias="extensionList")
    extension_or_builder_list: Optional[list[FieldDescriptorProtoOrBuilder]] = Field(
        None, alias="extensionOrBuilderList"
    )
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    message_type_count: Optional[int] = Field(None, alias="messageTypeCount")
    message_type_list: Optional[list[DescriptorProto]] = Field(None, alias="messageTypeList")
    message_type_or_builder_list: Optional[list[DescriptorProtoOrBuilder]] = Field(
        None, alias="messageTypeOrBuilderList"
    )
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    option_dependency_count: Optional[int] = Field(None, alias="optionDependencyCount")
    option_dependency_list: Optional[list[str]] = Field(None, alias="optionDependencyList")
    options: Optional["FileOptions"] = Field(None, alias="options")
    options_or_builder: Optional["FileOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    package: Optional[str] = Field(None, alias="package")
    package_bytes: Optional[ByteString] = Field(None, alias="packageBytes")
    parser_for_type: Optional[ParserFileDescriptorProto] = Field(None, alias="parserForType")
    public_dependency_count: Optional[int] = Field(None, alias="publicDependencyCount")
    public_dependency_list: Optional[list[int]] = Field(None, alias="publicDependencyList")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    service_count: Optional[int] = Field(None, alias="serviceCount")
    service_list: Optional[list["ServiceDescriptorProto"]] = Field(None, alias="serviceList")
    service_or_builder_list: Optional[list["ServiceDescriptorProtoOrBuilder"]] = Field(
        None, alias="serviceOrBuilderList"
    )
    source_code_info: Optional["SourceCodeInfo"] = Field(None, alias="sourceCodeInfo")
    source_code_info_or_builder: Optional["SourceCodeInfoOrBuilder"] = Field(None, alias="sourceCodeInfoOrBuilder")
    syntax: Optional[str] = Field(None, alias="syntax")
    syntax_bytes: Optional[ByteString] = Field(None, alias="syntaxBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")
    weak_dependency_count: Optional[int] = Field(None, alias="weakDependencyCount")
    weak_dependency_list: Optional[list[int]] = Field(None, alias="weakDependencyList")


class FileOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    cc_enable_arenas: Optional[bool] = Field(None, alias="ccEnableArenas")
    cc_generic_services: Optional[bool] = Field(None, alias="ccGenericServices")
    csharp_namespace: Optional[str] = Field(None, alias="csharpNamespace")
    csharp_namespace_bytes: Optional[ByteString] = Field(None, alias="csharpNamespaceBytes")
    default_instance_for_type: Optional["FileOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    go_package: Optional[str] = Field(None, alias="goPackage")
    go_package_bytes: Optional[ByteString] = Field(None, alias="goPackageBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    java_generate_equals_and_hash: Optional[bool] = Field(None, alias="javaGenerateEqualsAndHash", deprecated=True)
    java_generic_services: Optional[bool] = Field(None, alias="javaGenericServices")
    java_multiple_files: Optional[bool] = Field(None, alias="javaMultipleFiles")
    java_outer_classname: Optional[str] = Field(None, alias="javaOuterClassname")
    java_outer_classname_bytes: Optional[ByteString] = Field(None, alias="javaOuterClassnameBytes")
    java_package: Optional[str] = Field(None, alias="javaPackage")
    java_package_bytes: Optional[ByteString] = Field(None, alias="javaPackageBytes")
    java_string_check_utf8: Optional[bool] = Field(None, alias="javaStringCheckUtf8")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    objc_class_prefix: Optional[str] = Field(None, alias="objcClassPrefix")
    objc_class_prefix_bytes: Optional[ByteString] = Field(None, alias="objcClassPrefixBytes")
    optimize_for: Optional[FileOptionsOptimizeForEnum] = Field(None, alias="optimizeFor")
    parser_for_type: Optional[ParserFileOptions] = Field(None, alias="parserForType")
    php_class_prefix: Optional[str] = Field(None, alias="phpClassPrefix")
    php_class_prefix_bytes: Optional[ByteString] = Field(None, alias="phpClassPrefixBytes")
    php_metadata_namespace: Optional[str] = Field(None, alias="phpMetadataNamespace")
    php_metadata_namespace_bytes: Optional[ByteString] = Field(None, alias="phpMetadataNamespaceBytes")
    php_namespace: Optional[str] = Field(None, alias="phpNamespace")
    php_namespace_bytes: Optional[ByteString] = Field(None, alias="phpNamespaceBytes")
    py_generic_services: Optional[bool] = Field(None, alias="pyGenericServices")
    ruby_package: Optional[str] = Field(None, alias="rubyPackage")
    ruby_package_bytes: Optional[ByteString] = Field(None, alias="rubyPackageBytes")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    swift_prefix: Optional[str] = Field(None, alias="swiftPrefix")
    swift_prefix_bytes: Optional[ByteString] = Field(None, alias="swiftPrefixBytes")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class FileOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    cc_enable_arenas: Optional[bool] = Field(None, alias="ccEnableArenas")
    cc_generic_services: Optional[bool] = Field(None, alias="ccGenericServices")
    csharp_namespace: Optional[str] = Field(None, alias="csharpNamespace")
    csharp_namespace_bytes: Optional[ByteString] = Field(None, alias="csharpNamespaceBytes")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    go_package: Optional[str] = Field(None, alias="goPackage")
    go_package_bytes: Optional[ByteString] = Field(None, alias="goPackageBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    java_generate_equals_and_hash: Optional[bool] = Field(None, alias="javaGenerateEqualsAndHash", deprecated=True)
    java_generic_services: Optional[bool] = Field(None, alias="javaGenericServices")
    java_multiple_files: Optional[bool] = Field(None, alias="javaMultipleFiles")
    java_outer_classname: Optional[str] = Field(None, alias="javaOuterClassname")
    java_outer_classname_bytes: Optional[ByteString] = Field(None, alias="javaOuterClassnameBytes")
    java_package: Optional[str] = Field(None, alias="javaPackage")
    java_package_bytes: Optional[ByteString] = Field(None, alias="javaPackageBytes")
    java_string_check_utf8: Optional[bool] = Field(None, alias="javaStringCheckUtf8")
    objc_class_prefix: Optional[str] = Field(None, alias="objcClassPrefix")
    objc_class_prefix_bytes: Optional[ByteString] = Field(None, alias="objcClassPrefixBytes")
    optimize_for: Optional[FileOptionsOrBuilderOptimizeForEnum] = Field(None, alias="optimizeFor")
    php_class_prefix: Optional[str] = Field(None, alias="phpClassPrefix")
    php_class_prefix_bytes: Optional[ByteString] = Field(None, alias="phpClassPrefixBytes")
    php_metadata_namespace: Optional[str] = Field(None, alias="phpMetadataNamespace")
    php_metadata_namespace_bytes: Optional[ByteString] = Field(None, alias="phpMetadataNamespaceBytes")
    php_namespace: Optional[str] = Field(None, alias="phpNamespace")
    php_namespace_bytes: Optional[ByteString] = Field(None, alias="phpNamespaceBytes")
    py_generic_services: Optional[bool] = Field(None, alias="pyGenericServices")
    ruby_package: Optional[str] = Field(None, alias="rubyPackage")
    ruby_package_bytes: Optional[ByteString] = Field(None, alias="rubyPackageBytes")
    swift_prefix: Optional[str] = Field(None, alias="swiftPrefix")
    swift_prefix_bytes: Optional[ByteString] = Field(None, alias="swiftPrefixBytes")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class Location(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Location"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    leading_comments: Optional[str] = Field(None, alias="leadingComments")
    leading_comments_bytes: Optional[ByteString] = Field(None, alias="leadingCommentsBytes")
    leading_detached_comments_count: Optional[int] = Field(None, alias="leadingDetachedCommentsCount")
    leading_detached_comments_list: Optional[list[str]] = Field(None, alias="leadingDetachedCommentsList")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserLocation] = Field(None, alias="parserForType")
    path_count: Optional[int] = Field(None, alias="pathCount")
    path_list: Optional[list[int]] = Field(None, alias="pathList")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    span_count: Optional[int] = Field(None, alias="spanCount")
    span_list: Optional[list[int]] = Field(None, alias="spanList")
    trailing_comments: Optional[str] = Field(None, alias="trailingComments")
    trailing_comments_bytes: Optional[ByteString] = Field(None, alias="trailingCommentsBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class LocationOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["Message"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    leading_comments: Optional[str] = Field(None, alias="leadingComments")
    leading_comments_bytes: Optional[ByteString] = Field(None, alias="leadingCommentsBytes")
    leading_detached_comments_count: Optional[int] = Field(None, alias="leadingDetachedCommentsCount")
    leading_detached_comments_list: Optional[list[str]] = Field(None, alias="leadingDetachedCommentsList")
    path_count: Optional[int] = Field(None, alias="pathCount")
    path_list: Optional[list[int]] = Field(None, alias="pathList")
    span_count: Optional[int] = Field(None, alias="spanCount")
    span_list: Optional[list[int]] = Field(None, alias="spanList")
    trailing_comments: Optional[str] = Field(None, alias="trailingComments")
    trailing_comments_bytes: Optional[ByteString] = Field(None, alias="trailingCommentsBytes")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class Message(ConductorModel):
    all_fields: dict[str, Any] | None = Field(None, alias="allFields")
    default_instance_for_type: MessageLite | None = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Descriptor | None = Field(None, alias="descriptorForType")
    initialization_error_string: str | None = Field(None, alias="initializationErrorString")
    initialized: bool | None = Field(None, alias="initialized")
    parser_for_type: ParserMessage | None = Field(None, alias="parserForType")
    serialized_size: int | None = Field(None, alias="serializedSize")
    unknown_fields: UnknownFieldSet | None = Field(None, alias="unknownFields")


class MessageOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["MessageOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        None, alias="deprecatedLegacyJsonFieldConflicts", deprecated=True
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    map_entry: Optional[bool] = Field(None, alias="mapEntry")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    message_set_wire_format: Optional[bool] = Field(None, alias="messageSetWireFormat")
    no_standard_descriptor_accessor: Optional[bool] = Field(None, alias="noStandardDescriptorAccessor")
    parser_for_type: Optional[ParserMessageOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class MessageOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    deprecated_legacy_json_field_conflicts: Optional[bool] = Field(
        None, alias="deprecatedLegacyJsonFieldConflicts", deprecated=True
    )
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    map_entry: Optional[bool] = Field(None, alias="mapEntry")
    message_set_wire_format: Optional[bool] = Field(None, alias="messageSetWireFormat")
    no_standard_descriptor_accessor: Optional[bool] = Field(None, alias="noStandardDescriptorAccessor")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class MethodDescriptor(ConductorModel):
    client_streaming: Optional[bool] = Field(None, alias="clientStreaming")
    file: Optional[FileDescriptor] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    input_type: Optional[Descriptor] = Field(None, alias="inputType")
    name: Optional[str] = Field(None, alias="name")
    options: Optional["MethodOptions"] = Field(None, alias="options")
    output_type: Optional[Descriptor] = Field(None, alias="outputType")
    proto: Optional["MethodDescriptorProto"] = Field(None, alias="proto")
    server_streaming: Optional[bool] = Field(None, alias="serverStreaming")
    service: Optional["ServiceDescriptor"] = Field(None, alias="service")


class MethodDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    client_streaming: Optional[bool] = Field(None, alias="clientStreaming")
    default_instance_for_type: Optional["MethodDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    input_type: Optional[str] = Field(None, alias="inputType")
    input_type_bytes: Optional[ByteString] = Field(None, alias="inputTypeBytes")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["MethodOptions"] = Field(None, alias="options")
    options_or_builder: Optional["MethodOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    output_type: Optional[str] = Field(None, alias="outputType")
    output_type_bytes: Optional[ByteString] = Field(None, alias="outputTypeBytes")
    parser_for_type: Optional[ParserMethodDescriptorProto] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    server_streaming: Optional[bool] = Field(None, alias="serverStreaming")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class MethodDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    client_streaming: Optional[bool] = Field(None, alias="clientStreaming")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    input_type: Optional[str] = Field(None, alias="inputType")
    input_type_bytes: Optional[ByteString] = Field(None, alias="inputTypeBytes")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["MethodOptions"] = Field(None, alias="options")
    options_or_builder: Optional["MethodOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    output_type: Optional[str] = Field(None, alias="outputType")
    output_type_bytes: Optional[ByteString] = Field(None, alias="outputTypeBytes")
    server_streaming: Optional[bool] = Field(None, alias="serverStreaming")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class MethodOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["MethodOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    idempotency_level: Optional[MethodOptionsIdempotencyLevelEnum] = Field(None, alias="idempotencyLevel")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserMethodOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class MethodOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    idempotency_level: Optional[MethodOptionsOrBuilderIdempotencyLevelEnum] = Field(None, alias="idempotencyLevel")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class NamePart(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["NamePart"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    is_extension: Optional[bool] = Field(None, alias="isExtension")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name_part: Optional[str] = Field(None, alias="namePart")
    name_part_bytes: Optional[ByteString] = Field(None, alias="namePartBytes")
    parser_for_type: Optional[ParserNamePart] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class NamePartOrBuilder(ConductorModel):
    all_fields: dict[str, Any] | None = Field(None, alias="allFields")
    default_instance_for_type: Message | None = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Descriptor | None = Field(None, alias="descriptorForType")
    initialization_error_string: str | None = Field(None, alias="initializationErrorString")
    initialized: bool | None = Field(None, alias="initialized")
    is_extension: bool | None = Field(None, alias="isExtension")
    name_part: str | None = Field(None, alias="namePart")
    name_part_bytes: ByteString | None = Field(None, alias="namePartBytes")
    unknown_fields: UnknownFieldSet | None = Field(None, alias="unknownFields")


class OneofDescriptor(ConductorModel):
    containing_type: Optional[Descriptor] = Field(None, alias="containingType")
    field_count: Optional[int] = Field(None, alias="fieldCount")
    file: Optional[FileDescriptor] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    name: Optional[str] = Field(None, alias="name")
    options: Optional["OneofOptions"] = Field(None, alias="options")
    proto: Optional["OneofDescriptorProto"] = Field(None, alias="proto")


class OneofDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["OneofDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["OneofOptions"] = Field(None, alias="options")
    options_or_builder: Optional["OneofOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserOneofDescriptorProto] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class OneofDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["OneofOptions"] = Field(None, alias="options")
    options_or_builder: Optional["OneofOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class OneofOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["OneofOptions"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserOneofOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class OneofOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ReservedRange(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["ReservedRange"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    end: Optional[int] = Field(None, alias="end")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserReservedRange] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    start: Optional[int] = Field(None, alias="start")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ReservedRangeOrBuilder(ConductorModel):
    all_fields: dict[str, Any] | None = Field(None, alias="allFields")
    default_instance_for_type: Message | None = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Descriptor | None = Field(None, alias="descriptorForType")
    end: int | None = Field(None, alias="end")
    initialization_error_string: str | None = Field(None, alias="initializationErrorString")
    initialized: bool | None = Field(None, alias="initialized")
    start: int | None = Field(None, alias="start")
    unknown_fields: UnknownFieldSet | None = Field(None, alias="unknownFields")


class ServiceDescriptor(ConductorModel):
    file: Optional[FileDescriptor] = Field(None, alias="file")
    full_name: Optional[str] = Field(None, alias="fullName")
    index: Optional[int] = Field(None, alias="index")
    methods: Optional[list[MethodDescriptor]] = Field(None, alias="methods")
    name: Optional[str] = Field(None, alias="name")
    options: Optional["ServiceOptions"] = Field(None, alias="options")
    proto: Optional["ServiceDescriptorProto"] = Field(None, alias="proto")


class ServiceDescriptorProto(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["ServiceDescriptorProto"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    method_count: Optional[int] = Field(None, alias="methodCount")
    method_list: Optional[list[MethodDescriptorProto]] = Field(None, alias="methodList")
    method_or_builder_list: Optional[list[MethodDescriptorProtoOrBuilder]] = Field(None, alias="methodOrBuilderList")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["ServiceOptions"] = Field(None, alias="options")
    options_or_builder: Optional["ServiceOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    parser_for_type: Optional[ParserServiceDescriptorProto] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ServiceDescriptorProtoOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    method_count: Optional[int] = Field(None, alias="methodCount")
    method_list: Optional[list[MethodDescriptorProto]] = Field(None, alias="methodList")
    method_or_builder_list: Optional[list[MethodDescriptorProtoOrBuilder]] = Field(None, alias="methodOrBuilderList")
    name: Optional[str] = Field(None, alias="name")
    name_bytes: Optional[ByteString] = Field(None, alias="nameBytes")
    options: Optional["ServiceOptions"] = Field(None, alias="options")
    options_or_builder: Optional["ServiceOptionsOrBuilder"] = Field(None, alias="optionsOrBuilder")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ServiceOptions(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["ServiceOptions"] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserServiceOptions] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class ServiceOptionsOrBuilder(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional[Message] = Field(None, alias="defaultInstanceForType")
    deprecated: Optional[bool] = Field(None, alias="deprecated")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    features: Optional[FeatureSet] = Field(None, alias="features")
    features_or_builder: Optional[FeatureSetOrBuilder] = Field(None, alias="featuresOrBuilder")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    uninterpreted_option_count: Optional[int] = Field(None, alias="uninterpretedOptionCount")
    uninterpreted_option_list: Optional[list["UninterpretedOption"]] = Field(None, alias="uninterpretedOptionList")
    uninterpreted_option_or_builder_list: Optional[list["UninterpretedOptionOrBuilder"]] = Field(
        None, alias="uninterpretedOptionOrBuilderList"
    )
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class SourceCodeInfo(ConductorModel):
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    all_fields_raw: Optional[dict[str, Any]] = Field(None, alias="allFieldsRaw")
    default_instance_for_type: Optional["SourceCodeInfo"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    location_count: Optional[int] = Field(None, alias="locationCount")
    location_list: Optional[list[Location]] = Field(None, alias="locationList")
    location_or_builder_list: Optional[list[LocationOrBuilder]] = Field(None, alias="locationOrBuilderList")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    parser_for_type: Optional[ParserSourceCodeInfo] = Field(None, alias="parserForType")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class SourceCodeInfoOrBuilder(ConductorModel):
    all_fields: dict[str, Any] | None = Field(None, alias="allFields")
    default_instance_for_type: Message | None = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Descriptor | None = Field(None, alias="descriptorForType")
    initialization_error_string: str | None = Field(None, alias="initializationErrorString")
    initialized: bool | None = Field(None, alias="initialized")
    location_count: int | None = Field(None, alias="locationCount")
    location_list: list[Location] | None = Field(None, alias="locationList")
    location_or_builder_list: list[LocationOrBuilder] | None = Field(None, alias="locationOrBuilderList")
    unknown_fields: UnknownFieldSet | None = Field(None, alias="unknownFields")


class UninterpretedOption(ConductorModel):
    aggregate_value: Optional[str] = Field(None, alias="aggregateValue")
    aggregate_value_bytes: Optional[ByteString] = Field(None, alias="aggregateValueBytes")
    all_fields: Optional[dict[str, Any]] = Field(None, alias="allFields")
    default_instance_for_type: Optional["UninterpretedOption"] = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Optional[Descriptor] = Field(None, alias="descriptorForType")
    double_value: Optional[float] = Field(None, alias="doubleValue")
    identifier_value: Optional[str] = Field(None, alias="identifierValue")
    identifier_value_bytes: Optional[ByteString] = Field(None, alias="identifierValueBytes")
    initialization_error_string: Optional[str] = Field(None, alias="initializationErrorString")
    initialized: Optional[bool] = Field(None, alias="initialized")
    memoized_serialized_size: Optional[int] = Field(None, alias="memoizedSerializedSize")
    name_count: Optional[int] = Field(None, alias="nameCount")
    name_list: Optional[list[NamePart]] = Field(None, alias="nameList")
    name_or_builder_list: Optional[list[NamePartOrBuilder]] = Field(None, alias="nameOrBuilderList")
    negative_int_value: Optional[int] = Field(None, alias="negativeIntValue")
    parser_for_type: Optional[ParserUninterpretedOption] = Field(None, alias="parserForType")
    positive_int_value: Optional[int] = Field(None, alias="positiveIntValue")
    serialized_size: Optional[int] = Field(None, alias="serializedSize")
    string_value: Optional[ByteString] = Field(None, alias="stringValue")
    unknown_fields: Optional[UnknownFieldSet] = Field(None, alias="unknownFields")


class UninterpretedOptionOrBuilder(ConductorModel):
    aggregate_value: str | None = Field(None, alias="aggregateValue")
    aggregate_value_bytes: ByteString | None = Field(None, alias="aggregateValueBytes")
    all_fields: dict[str, Any] | None = Field(None, alias="allFields")
    default_instance_for_type: Message | None = Field(None, alias="defaultInstanceForType")
    descriptor_for_type: Descriptor | None = Field(None, alias="descriptorForType")
    double_value: float | None = Field(None, alias="doubleValue")
    identifier_value: str | None = Field(None, alias="identifierValue")
    identifier_value_bytes: ByteString | None = Field(None, alias="identifierValueBytes")
    initialization_error_string: str | None = Field(None, alias="initializationErrorString")
    initialized: bool | None = Field(None, alias="initialized")
    name_count: int | None = Field(None, alias="nameCount")
    name_list: list[NamePart] | None = Field(None, alias="nameList")
    name_or_builder_list: list[NamePartOrBuilder] | None = Field(None, alias="nameOrBuilderList")
    negative_int_value: int | None = Field(None, alias="negativeIntValue")
    positive_int_value: int | None = Field(None, alias="positiveIntValue")
    string_value: ByteString | None = Field(None, alias="stringValue")
    unknown_fields: UnknownFieldSet | None = Field(None, alias="unknownFields")
