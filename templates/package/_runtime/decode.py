"""Reading answers: decoding successful bodies and turning error answers into exceptions (sync and async); a
request that got no answer is :mod:`.transport_errors`'s.

Decoders are built once per :class:`~.operation.Returns` and cached on it; pydantic ``TypeAdapter`` objects
are also cached per type, so ``list[Task]`` is compiled once for the whole process. A model class is
validated with its own ``model_validate_json`` straight from the response bytes (no intermediate ``dict``).

A body that cannot be read as the expected type raises :class:`ResponseDecodeError`, whatever went wrong
(invalid or truncated JSON, wrong types, an HTML page); an error status raises the matching
:class:`ConductorError` subclass with the server's message.
"""

from __future__ import annotations

from types import GenericAlias

from ..errors import ConductorError, RateLimitError, ResponseDecodeError, error_class_for_status
from .urls import display_url
from .operation import ANY_JSON, BYTES, EMPTY, JSON, TEXT

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from .operation import Operation, Returns

    Decoder = Callable[[bytes, str], Any]

__all__ = [
    "decode_body",
    "error_for_response",
    "parse_retry_after",
]

#: Characters of a body quoted in an exception message (the exception's ``body`` keeps more).
MESSAGE_EXCERPT = 200

_ADAPTERS: dict[Any, Callable[[bytes], Any]] = {}


def _charset(content_type: str) -> str:
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            return value.strip().strip('"')
    return "utf-8"


def _text(content: bytes, content_type: str) -> str:
    try:
        return content.decode(_charset(content_type), errors="replace")
    except LookupError:  # an unknown charset name
        return content.decode("utf-8", errors="replace")


def _is_json_type(content_type: str) -> bool:
    base = content_type.partition(";")[0].strip().lower()
    return base == "application/json" or base.endswith("+json")


def _decode_context() -> dict[str, Any] | None:
    """The models' validation context for server answers (lenient about "required" fields), if they have one."""
    try:
        from ..models._base import DECODE_CONTEXT
    except ImportError:
        return None
    return DECODE_CONTEXT


def _validator_for(tp: Any) -> Callable[[bytes], Any]:
    """``validate_json`` for ``tp`` with the decode context: the model's own for a model class, else a cached
    TypeAdapter's."""
    from functools import partial

    context = _decode_context()
    model_validate_json = getattr(tp, "model_validate_json", None) if isinstance(tp, type) else None
    if callable(model_validate_json):
        return partial(model_validate_json, context=context)
    try:
        return _ADAPTERS[tp]
    except (KeyError, TypeError):
        pass
    from pydantic import TypeAdapter

    validate: Callable[[bytes], Any] = partial(TypeAdapter(tp).validate_json, context=context)
    try:
        _ADAPTERS[tp] = validate
    except TypeError:  # an unhashable type expression: just do not cache it
        pass
    return validate


def _json_decoder(tp: Any) -> Decoder:
    validate = _validator_for(tp)

    if tp is str:
        # Servers answer string results both as JSON ("abc") and as bare text (abc), whatever they declare.
        def decode_str(content: bytes, content_type: str) -> Any:
            if content.lstrip()[:1] == b'"':
                return validate(content)
            return _text(content, content_type)

        return decode_str

    def decode(content: bytes, content_type: str) -> Any:
        return validate(content)

    return decode


def _any_json(content: bytes, content_type: str) -> Any:
    from pydantic_core import from_json

    return from_json(content)


def _text_decoder(content: bytes, content_type: str) -> Any:
    text = _text(content, content_type)
    if _is_json_type(content_type) and text[:1] == '"':
        # A JSON string sent for a text result: unquote it.
        from pydantic_core import from_json

        try:
            value = from_json(content)
        except ValueError:
            return text
        return value if isinstance(value, str) else text
    return text


def _bytes_decoder(content: bytes, content_type: str) -> Any:
    return content


def _empty_decoder(content: bytes, content_type: str) -> Any:
    return None


def _decoder(returns: Returns[Any]) -> Decoder:
    decoder: Decoder | None = returns._decoder
    if decoder is None:
        kind = returns.kind
        if kind == JSON:
            assert returns.resolver is not None
            from .. import models

            decoder = _json_decoder(returns.resolver(models))
        elif kind == ANY_JSON:
            decoder = _any_json
        elif kind == TEXT:
            decoder = _text_decoder
        elif kind == BYTES:
            decoder = _bytes_decoder
        elif kind == EMPTY:
            decoder = _empty_decoder
        else:  # pragma: no cover - Returns validates its kind
            raise AssertionError(kind)
        object.__setattr__(returns, "_decoder", decoder)
    return decoder


def _empty_answer(returns: Returns[Any]) -> Any:
    """What an answer without a body means: no items where a list or a map is expected (a server answers 204 for
    "no logs"), else None (a poll that found no task; such methods are typed ``X | None``)."""
    if returns.kind != JSON or returns.resolver is None:
        return None
    from typing import get_origin

    from .. import models

    origin = get_origin(returns.resolver(models))
    if origin is list:
        return []
    if origin is dict:
        return {}
    return None


def _expected_name(returns: Returns[Any]) -> str:
    if returns.kind != JSON or returns.resolver is None:
        return returns.kind
    try:
        from .. import models

        tp = returns.resolver(models)
    except Exception:  # pragma: no cover - only for the message
        return "json"
    # `list[Workflow]` is a type to isinstance on 3.10 (not from 3.11): its __name__ would say only "list".
    if isinstance(tp, type) and not isinstance(tp, GenericAlias):
        return tp.__name__
    return str(tp).replace("typing.", "")


def _summarize(exc: BaseException) -> str:
    """A short description of a parsing/validation failure without echoing the input."""
    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            items = errors(include_url=False, include_input=False)
        except TypeError:
            items = None
        if isinstance(items, list) and items:
            shown = []
            for item in items[:3]:
                loc = ".".join(str(part) for part in item.get("loc", ())) or "body"
                shown.append(f"{loc}: {item.get('msg', '')}")
            more = f" (and {len(items) - 3} more)" if len(items) > 3 else ""
            return "; ".join(shown) + more
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:MESSAGE_EXCERPT]


def decode_body(
    op: Operation[Any],
    *,
    status_code: int,
    content: bytes,
    content_type: str,
    method: str,
    url: str,
    attempts: int,
) -> Any:
    """The result of a successful call (2xx), or :class:`ResponseDecodeError`."""
    returns = op.returns
    kind = returns.kind
    if kind == EMPTY:
        return None
    if (kind == JSON or kind == ANY_JSON) and (not content or (content[:1].isspace() and not content.strip())):
        return _empty_answer(returns)  # 204, or a 200 with nothing (or only white space) in it
    try:
        decoder = _decoder(returns)
        return decoder(content, content_type)
    except (ValueError, TypeError, RecursionError) as exc:
        # pydantic's ValidationError is a ValueError; so are JSON syntax errors from pydantic_core.
        err = ResponseDecodeError(
            f"could not read the response as {_expected_name(returns)}: {_summarize(exc)}",
            status_code=status_code,
            method=method,
            url=display_url(url),
            operation=op.name,
            body=_text(content[:4096], content_type),
            attempts=attempts,
        )
        err.expected = _expected_name(returns)
        raise err from exc


# --- errors -------------------------------------------------------------------------------------------------------


def _html_title(text: str) -> str | None:
    lowered = text.lower()
    start = lowered.find("<title")
    if start < 0:
        return None
    start = lowered.find(">", start)
    end = lowered.find("</title", start)
    if start < 0 or end < 0:
        return None
    title = " ".join(text[start + 1 : end].split())
    return title or None


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= MESSAGE_EXCERPT else flat[:MESSAGE_EXCERPT] + "..."


def _error_message(text: str, content_type: str) -> tuple[str, Any]:
    """The server's message and decoded JSON body (or None) from an error body."""
    stripped = text.strip()
    if not stripped:
        return "", None
    if stripped[:1] in "{[":
        import json

        try:
            data = json.loads(stripped)
        except ValueError:
            data = None
        if isinstance(data, dict):
            for key in ("message", "error_description", "detail", "error", "title", "reason"):
                value = data.get(key)
                if isinstance(value, str) and value.strip():
                    message = value.strip()
                    problems = data.get("validationErrors")
                    if isinstance(problems, list) and problems:
                        listed = []
                        for problem in problems[:5]:
                            if isinstance(problem, dict):
                                where = problem.get("path")
                                what = problem.get("message")
                                listed.append(f"{where}: {what}" if where else str(what))
                        if listed:
                            message += " [" + "; ".join(listed) + "]"
                    return message, data
            return _excerpt(stripped), data
        if data is not None:
            return _excerpt(stripped), data
    if stripped[:1] == "<" or "html" in content_type.lower():
        title = _html_title(stripped)
        if title:
            return title, None
    return _excerpt(stripped), None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:  # pragma: no cover - older Pythons returned None
            return None
        import time

        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds:  # NaN
        return None
    return max(0.0, seconds)


def error_for_response(
    op: Operation[Any],
    *,
    status_code: int,
    reason: str | None,
    content: bytes,
    content_type: str,
    headers: Any,
    method: str,
    url: str,
    attempts: int,
) -> ConductorError:
    """The exception for an error answer."""
    text = _text(content[: 64 * 1024], content_type)
    message, data = _error_message(text, content_type)
    if not message:
        message = reason or "HTTP error"
    retryable = data.get("retryable") if isinstance(data, dict) else None
    cls = error_class_for_status(status_code)
    err = cls(
        message,
        status_code=status_code,
        reason=reason,
        method=method,
        url=display_url(url),
        operation=op.name,
        body=text or None,
        attempts=attempts,
        retryable=retryable if isinstance(retryable, bool) else None,
        details=data,
    )
    if isinstance(err, RateLimitError):
        err.retry_after = parse_retry_after(headers.get("retry-after"))
    return err
