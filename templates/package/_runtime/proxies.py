"""The proxy decision: whether the runtime's own HTTP/1.1 clients may send to a server in place of httpx.

They may only where they send exactly as httpx would: straight to the server, with no proxy given as a setting
or by the environment (``HTTP(S)_PROXY``/``ALL_PROXY`` unless ``NO_PROXY`` exempts the host, read as httpx reads
them) and no user info in the URL.  Everywhere else httpx sends: it speaks to proxies, these clients do not.
"""

from __future__ import annotations

import os

from .urls import split_authority

__all__ = ["usable_for"]

_PROXY_VARIABLES = {
    "http": ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"),
    "https": ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"),
}


def usable_for(server_url: str, proxy: object, trust_env: bool) -> bool:
    """Whether requests to ``server_url`` go direct (no proxy given or from the environment, no user info),
    so that the runtime's own clients send them exactly as httpx would."""
    scheme, _, rest = server_url.partition("://")
    authority = rest.split("/", 1)[0]
    if proxy is not None or "@" in authority or scheme not in ("http", "https"):
        return False
    if not trust_env:
        return True
    if not any(os.environ.get(name) for name in _PROXY_VARIABLES[scheme]):
        return True
    host = split_authority(authority, 0)[0].lower()
    return _bypassed(host, os.environ.get("NO_PROXY") or os.environ.get("no_proxy") or "")


def _bypassed(host: str, no_proxy: str) -> bool:
    """Whether NO_PROXY sends ``host`` direct: ``*``, the host itself, or a domain suffix of it."""
    for entry in no_proxy.replace(" ", "").lower().split(","):
        entry = entry.split("://")[-1].strip("[]")
        if not entry:
            continue
        if entry == "*" or host == entry:
            return True
        domain = entry.lstrip(".")
        if domain and host.endswith("." + domain):
            return True
    return False
