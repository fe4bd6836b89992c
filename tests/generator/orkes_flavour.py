"""An Orkes-flavoured document, made from a real open-source one.

No Orkes server can be run here, so its traits (DESIGN-NOTES.md, "What real Conductor specs look like") are added
to the spec of a real server line: an API key security scheme in a header, ``POST /api/token`` taking keyId and
keySecret, application and secret resources, a path parameter declared as a query parameter, two path templates
that differ only in the parameter's name, and schemas called ``Response`` and ``Any``.
"""

from __future__ import annotations

import copy
from typing import Any

JSON = "application/json"


def _answer(schema: dict[str, Any] | None) -> dict[str, Any]:
    if schema is None:
        return {"200": {"description": "OK"}}
    return {"200": {"description": "OK", "content": {JSON: {"schema": schema}}}}


def _path_param(name: str, location: str = "path") -> dict[str, Any]:
    return {"name": name, "in": location, "required": True, "schema": {"type": "string"}}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {JSON: {"schema": schema}}}


def orkes_flavoured(document: dict[str, Any], header: str = "X-Authorization") -> dict[str, Any]:
    """``document`` with the Orkes flavour's auth and resources added; the token travels in ``header``."""
    doc = copy.deepcopy(document)
    components = doc.setdefault("components", {})
    components.setdefault("securitySchemes", {})["api_key"] = {"type": "apiKey", "in": "header", "name": header}
    doc["security"] = [{"api_key": []}]
    schemas = components.setdefault("schemas", {})
    schemas["GenerateTokenRequest"] = {
        "type": "object",
        "required": ["keyId", "keySecret"],
        "properties": {"keyId": {"type": "string"}, "keySecret": {"type": "string"}},
    }
    schemas.setdefault("Response", {"type": "object", "properties": {"token": {"type": "string"}}})
    schemas.setdefault("Any", {"type": "object", "properties": {"typeUrl": {"type": "string"}}})
    schemas["ConductorApplication"] = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "name": {"type": "string"}, "createdBy": {"type": "string"}},
    }
    schemas["CreateOrUpdateApplicationRequest"] = {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string", "description": "Application's name e.g.: Payment Processors"}},
    }
    paths = doc.setdefault("paths", {})
    app_tag, token_tag, secret_tag = ["application-resource"], ["token-resource"], ["secret-resource"]
    paths["/api/token"] = {
        "post": {
            "tags": token_tag,
            "operationId": "generateToken",
            "summary": "Generate JWT with the given access key",
            "security": [],
            "requestBody": _body(_ref("GenerateTokenRequest")),
            "responses": _answer(_ref("Response")),
        }
    }
    paths["/api/applications"] = {
        "get": {
            "tags": app_tag,
            "operationId": "listApplications",
            "summary": "Get all applications",
            "responses": _answer({"type": "array", "items": _ref("ConductorApplication")}),
        },
        "post": {
            "tags": app_tag,
            "operationId": "createApplication",
            "summary": "Create an application",
            "requestBody": _body(_ref("CreateOrUpdateApplicationRequest")),
            "responses": _answer(_ref("ConductorApplication")),
        },
    }
    paths["/api/applications/{id}"] = {
        "get": {
            "tags": app_tag,
            "operationId": "getApplication",
            "parameters": [_path_param("id")],
            "responses": _answer(_ref("ConductorApplication")),
        },
    }
    # The same template with another parameter name: a duplicate path for OpenAPI (the Orkes documents have them).
    paths["/api/applications/{applicationId}"] = {
        "delete": {
            "tags": app_tag,
            "operationId": "deleteApplication",
            "parameters": [_path_param("applicationId")],
            "responses": _answer(None),
        },
    }
    # `role` is in the path but declared as a query parameter, as in public Orkes documents.
    paths["/api/applications/{applicationId}/roles/{role}"] = {
        "post": {
            "tags": app_tag,
            "operationId": "addRoleToApplicationUser",
            "parameters": [_path_param("applicationId"), _path_param("role", "query")],
            "responses": _answer({"type": "object"}),
        },
    }
    paths["/api/secrets/{key}"] = {
        "put": {
            "tags": secret_tag,
            "operationId": "putSecret",
            "parameters": [_path_param("key")],
            "requestBody": _body({"type": "string", "maxLength": 65535}),
            "responses": _answer({"type": "object"}),
        },
        "get": {
            "tags": secret_tag,
            "operationId": "getSecret",
            "parameters": [_path_param("key")],
            "responses": _answer({"type": "string"}),
        },
    }
    return doc
