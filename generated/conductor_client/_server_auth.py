"""How this server takes its token, as conductor-codegen read it from the OpenAPI document; do not edit."""

#: The header that carries the token from ``POST /api/token``: Conductor's own (the document declares no scheme).
AUTH_HEADER = "X-Authorization"
