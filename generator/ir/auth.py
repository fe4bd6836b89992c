"""The security schemes of the document → the header the runtime sends its token in.

Conductor servers with auth (the Orkes flavour) take an application key and secret at ``POST /api/token`` and
expect the token in a header, which their documents declare as an API key scheme (``X-Authorization``). The
open-source server declares no scheme and runs without auth; the runtime then finds out at run time (a 404 at
``/api/token``). What the runtime cannot do (bearer, OAuth2, OpenID Connect, a key in a query or cookie) is
named in a warning rather than ignored.
"""

from __future__ import annotations

import re
from typing import Any

from ..diagnostics import Diagnostics, json_pointer
from ..json_fields import dict_at
from .model import Auth

#: Conductor's header for the token: used when the document declares no API key header.
DEFAULT_AUTH_HEADER = "X-Authorization"
# RFC 9110 token characters: anything else would make every request fail, or split a header.
_HEADER_NAME = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
_SEND_IT_YOURSELF = "send what it needs yourself: the client's headers= (sent with every request) or transport="


def build_auth(document: dict[str, Any], diags: Diagnostics) -> Auth:
    schemes = dict_at(dict_at(document, "components"), "securitySchemes")
    in_header: list[Auth] = []
    for name, scheme in schemes.items():
        pointer = json_pointer("components", "securitySchemes", name)
        if not isinstance(scheme, dict) or "$ref" in scheme:
            diags.warn(
                "unsupported-security-scheme",
                f"security scheme {name!r} is a reference or not an object; the runtime does not read it",
                pointer,
                _SEND_IT_YOURSELF,
            )
            continue
        kind, where, header = scheme.get("type"), scheme.get("in"), scheme.get("name")
        if kind == "apiKey" and where == "header" and isinstance(header, str) and _HEADER_NAME.fullmatch(header):
            in_header.append(Auth(header, str(name), pointer))
        elif kind == "apiKey" and where == "header":
            diags.warn(
                "unsupported-security-scheme",
                f"security scheme {name!r} names {header!r}, which is not an HTTP header name; it is not used",
                pointer + "/name",
                "fix the name in the document, or " + _SEND_IT_YOURSELF,
            )
        else:
            described = f"{kind} in {where}" if kind == "apiKey" else str(kind)
            diags.warn(
                "unsupported-security-scheme",
                f"security scheme {name!r} ({described}) is not supported by the runtime, which sends the token "
                "from POST /api/token in a header",
                pointer,
                _SEND_IT_YOURSELF,
            )
    if not in_header:
        return Auth(DEFAULT_AUTH_HEADER)
    chosen = next((a for a in in_header if a.header_name.lower() == DEFAULT_AUTH_HEADER.lower()), in_header[0])
    others = sorted({a.header_name for a in in_header} - {chosen.header_name})
    if others:
        diags.warn(
            "several-auth-headers",
            f"security schemes name several headers for the token; the runtime sends it in {chosen.header_name!r} "
            f"only, not in {', '.join(map(repr, others))}",
            chosen.pointer,
        )
    return chosen
