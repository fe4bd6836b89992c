"""TLS: the ``ssl.SSLContext`` for a client's ``verify`` setting, built as httpx builds it, so that the runtime's own
HTTP/1.1 clients and httpx verify a server alike.  ``ssl`` is imported when a context is built, not with the module.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False
if TYPE_CHECKING:
    import ssl
    from typing import TypeAlias

__all__ = ["Verify", "ssl_context"]

Verify: TypeAlias = "bool | str | os.PathLike[str] | ssl.SSLContext"


def ssl_context(verify: Verify, trust_env: bool) -> ssl.SSLContext:
    """The TLS context for a ``verify`` setting, as httpx builds it: ``True`` verifies against
    ``$SSL_CERT_FILE``/``$SSL_CERT_DIR`` (with ``trust_env``) or else certifi's bundle (the system's when
    certifi is missing); a path is a CA bundle file or directory; ``False`` turns verification off; a context is
    used as given."""
    import ssl

    if isinstance(verify, ssl.SSLContext):
        return verify
    if verify is False:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
        return context
    if verify is True:
        if trust_env and os.environ.get("SSL_CERT_FILE"):
            return ssl.create_default_context(cafile=os.environ["SSL_CERT_FILE"])
        if trust_env and os.environ.get("SSL_CERT_DIR"):
            return ssl.create_default_context(capath=os.environ["SSL_CERT_DIR"])
        try:
            import certifi
        except ImportError:
            return ssl.create_default_context()
        return ssl.create_default_context(cafile=certifi.where())
    path = os.fspath(verify)
    if os.path.isdir(path):
        return ssl.create_default_context(capath=path)
    return ssl.create_default_context(cafile=path)
