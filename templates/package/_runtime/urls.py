"""Server URLs: the one check of a configured server URL (:func:`normalize_server_url`), the form a URL may take
in messages and logs (:func:`display_url`, credentials masked), and an authority's host and port
(:func:`split_authority`).

Every request is the checked server URL plus an encoded path, so checking it whole, once, here is what keeps a
setting from bending a request.
"""

from __future__ import annotations

__all__ = ["normalize_server_url", "display_url", "split_authority"]


def normalize_server_url(url: str, setting: str = "server_url") -> str:
    """``http://host:8080/api/`` -> ``http://host:8080``: no trailing slash, one trailing ``/api`` removed.

    The URL is checked whole, once, here: every request is this text plus an encoded path, so nothing a request
    carries can come from a URL that would bend it.  Refused (``ConfigurationError`` naming ``setting``): a scheme
    other than http/https, no host, a bad port, a query or fragment, and any control character, space or
    non-ASCII character anywhere (a CR/LF would start a header line of its own; write a host in its ``xn--``
    form).  Spaces and tabs around the URL are dropped.
    """
    from ..errors import ConfigurationError

    def refuse(why: str) -> ConfigurationError:
        return ConfigurationError(f"{setting}: {why}: {display_url(value)!r}", setting=setting)

    value = url.strip(" \t") if isinstance(url, str) else url
    if not isinstance(value, str):
        raise ConfigurationError(f"{setting} must be a string, not {type(url).__name__}", setting=setting)
    if any(ch <= " " or ch >= "\x7f" for ch in value):
        raise refuse("the server URL must not hold control characters, spaces or non-ASCII characters")
    scheme, sep, rest = value.partition("://")
    if not sep or scheme.lower() not in ("http", "https") or not rest.strip("/"):
        raise refuse("the server URL must look like http://host:port or https://host")
    if "?" in rest or "#" in rest:
        raise refuse("the server URL must not have a query or fragment")
    authority = rest.split("/", 1)[0]
    host_port = authority.rpartition("@")[2]
    if host_port.startswith("["):
        host, _, port = host_port[1:].partition("]")
        port = port[1:] if port.startswith(":") else port
    else:
        host, _, port = host_port.partition(":")
    if not host or "\\" in rest or any(ch in host for ch in '[]%/<>"{}|^`'):
        raise refuse("the server URL has no valid host")
    if port and not (port.isdigit() and 0 < int(port) < 65536):
        raise refuse("the server URL's port must be a number from 1 to 65535")
    value = scheme.lower() + "://" + rest.rstrip("/")
    if value.endswith("/api"):
        value = value[: -len("/api")]
    return value


_SENSITIVE_QUERY_WORDS = ("token", "secret", "password", "passwd", "apikey", "api_key", "auth", "signature")


def display_url(url: str) -> str:
    """The URL as it may be shown in messages and logs: user info and secret-looking query values masked."""
    scheme, sep, rest = url.partition("://")
    if sep:
        authority_end = len(rest)
        for ch in "/?#":
            pos = rest.find(ch)
            if 0 <= pos < authority_end:
                authority_end = pos
        authority = rest[:authority_end]
        if "@" in authority:
            rest = "***@" + authority.rpartition("@")[2] + rest[authority_end:]
    base, qsep, query = rest.partition("?")
    if qsep and query:
        parts = []
        for item in query.split("&"):
            name, eq, _value = item.partition("=")
            lowered = name.lower()
            if eq and any(word in lowered for word in _SENSITIVE_QUERY_WORDS):
                item = name + "=***"
            parts.append(item)
        rest = base + "?" + "&".join(parts)
    return scheme + sep + rest


def split_authority(authority: str, default_port: int) -> tuple[str, int]:
    """``host:port`` (or ``[v6]:port``) -> ``(host, port)``, ``default_port`` when none is given; ``ValueError``
    for no host or a bad port."""
    if authority.startswith("["):  # an IPv6 literal
        host, _, rest = authority[1:].partition("]")
        port_text = rest[1:] if rest.startswith(":") else ""
    else:
        host, _, port_text = authority.partition(":")
    if not host:
        raise ValueError(f"no host in {authority!r}")
    if port_text and not (port_text.isascii() and port_text.isdigit() and 0 < int(port_text) < 65536):
        raise ValueError(f"bad port in {authority!r}")
    return host, int(port_text) if port_text else default_port
