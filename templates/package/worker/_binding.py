"""From a task's ``inputData`` to the worker's arguments, and from its return value to ``outputData``.

Rules (also in the package README):

- A parameter annotated ``TaskContext`` gets the task context.
- If the function has exactly one other parameter and it is annotated with a pydantic model, a dataclass or a
  TypedDict, that parameter gets the whole input, validated (lax mode: ``"3"`` becomes ``3``).  When the input
  is exactly ``{"<parameter name>": {...}}`` the inner object is used instead.
- Otherwise each parameter is taken from the input key of the same name and validated against its
  annotation (``int`` from ``"3"`` works; numbers are accepted for ``str``).  A missing key uses the
  parameter's default, or is an error.  A ``**kwargs`` parameter gets the remaining keys.  Parameters without an
  annotation get the value as it is.
- Any problem raises ``InputError`` whose message names every field at fault; the runner fails the task with
  ``FAILED_WITH_TERMINAL_ERROR`` (the same input would fail the same way on every retry).

pydantic is imported only when a value needs it, never at import time: a parameter annotated with a plain type
(``int``, ``str``, ``float``, ``bool``, ``dict``, ``list``, ``Any``, or one of these ``| None``) takes a value that
already has that type as it is -- what pydantic would return too -- and builds a pydantic validator only for a
value that needs converting (``"3"`` for an ``int``).  A worker with plain parameters therefore never imports
pydantic (about 70 ms of CPU and 10 MB per process); models, dataclasses and other annotations are validated by
pydantic (validators built when the first task is bound, or in the background after the runner's first poll).
"""

from __future__ import annotations

import dataclasses
import inspect
import sys
import threading
import types
import typing
from typing import Any, Callable, Mapping

from ._types import InProgress, TaskContext

__all__ = ["Binder", "InputError", "OutputError", "encode_output"]


class InputError(ValueError):
    """The task input does not fit the worker's parameters; ``fields`` names the fields at fault."""

    def __init__(self, message: str, fields: list[str]) -> None:
        super().__init__(message)
        self.fields = fields


class OutputError(ValueError):
    """The worker's return value cannot be turned into JSON ``outputData``."""


_MISSING: Any = object()


@dataclasses.dataclass
class _Param:
    name: str
    kind: Any  # inspect._ParameterKind
    role: str  # "context" | "whole" | "named" | "var_keyword"
    annotation: Any  # _MISSING when not annotated
    default: Any  # _MISSING when required
    adapter: Any = None  # pydantic TypeAdapter, built lazily
    # For plain annotations: whether a value can be used as it is (pydantic would return it unchanged); the
    # adapter is then built only for the first value that fails this.
    as_is: Callable[[Any], bool] | None = None
    lenient_str: bool = True


def _is_model_like(tp: Any) -> bool:
    if not isinstance(tp, type):
        return False
    if dataclasses.is_dataclass(tp):
        return True
    if typing.is_typeddict(tp):
        return True
    pydantic = sys.modules.get("pydantic")  # a model class means pydantic is imported already
    if pydantic is not None:
        try:
            return issubclass(tp, pydantic.BaseModel)
        except TypeError:
            return False
    return False


def _is_context(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, TaskContext)


class Binder:
    """Binds task input to one worker function's parameters (thread-safe; plans are built once)."""

    def __init__(self, fn: Callable[..., Any]) -> None:
        self._fn = fn
        self._params: list[_Param] | None = None
        self._ready = False
        self._lock = threading.Lock()

    # -- preparation -------------------------------------------------------------------------------
    def check(self) -> None:
        """Resolve the annotations now (cheap; no pydantic): raises on an annotation that cannot be resolved."""
        if self._params is None:
            self._params = self._plan()

    def _plan(self) -> list[_Param]:
        fn = self._fn
        try:
            signature = inspect.signature(fn)
        except (TypeError, ValueError) as exc:
            raise TypeError(f"cannot read the signature of worker {fn!r}: {exc}") from None
        hints = _resolve_hints(fn, signature)
        params: list[_Param] = []
        for p in signature.parameters.values():
            annotation = hints.get(p.name, _MISSING)
            default = p.default if p.default is not inspect.Parameter.empty else _MISSING
            if annotation is not _MISSING and _is_context(annotation):
                role = "context"
            elif p.kind is inspect.Parameter.VAR_KEYWORD:
                role = "var_keyword"
            elif p.kind is inspect.Parameter.VAR_POSITIONAL:
                continue  # never filled
            else:
                role = "named"
            params.append(_Param(p.name, p.kind, role, annotation, default))
        data_params = [p for p in params if p.role in ("named", "var_keyword")]
        if len(data_params) == 1 and data_params[0].role == "named" and _is_model_like(data_params[0].annotation):
            data_params[0].role = "whole"
        for param in data_params:
            if param.role != "whole" and param.annotation is not _MISSING:
                param.as_is = _as_is_check(param.annotation)
            param.lenient_str = param.role != "whole"
        return params

    def warm(self) -> None:
        """Build the validators that every value needs now (imports pydantic if there are any)."""
        if self._ready:
            return
        with self._lock:
            if self._ready:
                return
            self.check()
            assert self._params is not None
            for p in self._params:
                if p.role in ("whole", "named", "var_keyword") and p.annotation is not _MISSING and p.as_is is None:
                    p.adapter = _adapter(p.annotation, lenient_str=p.lenient_str)
            self._ready = True

    def _adapter_for(self, p: _Param) -> Any:
        """The validator of a parameter with a plain annotation, built when a value first needs converting."""
        if p.adapter is None:
            with self._lock:
                if p.adapter is None:
                    p.adapter = _adapter(p.annotation, lenient_str=p.lenient_str)
        return p.adapter

    def _convert(self, p: _Param, value: Any) -> Any:
        if p.as_is is not None and p.as_is(value):
            return value
        adapter = p.adapter if p.as_is is None else self._adapter_for(p)
        return value if adapter is None else adapter.validate_python(value)

    # -- binding -----------------------------------------------------------------------------------
    def bind(self, input_data: Mapping[str, Any] | None, context: TaskContext) -> tuple[list[Any], dict[str, Any]]:
        """The positional and keyword arguments for the worker; raises ``InputError``."""
        self.warm()
        assert self._params is not None
        data: Mapping[str, Any] = input_data if input_data is not None else {}
        if not isinstance(data, Mapping):
            raise InputError(f"invalid input: inputData is {type(data).__name__}, not an object", ["inputData"])
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        problems: list[tuple[str, str]] = []
        used: set[str] = set()

        def put(p: _Param, value: Any) -> None:
            if p.kind is inspect.Parameter.POSITIONAL_ONLY:
                args.append(value)
            else:
                kwargs[p.name] = value

        for p in self._params:
            if p.role == "context":
                put(p, context)
            elif p.role == "whole":
                source: Any = data
                if len(data) == 1 and p.name in data and isinstance(data[p.name], Mapping):
                    source = data[p.name]
                try:
                    put(p, p.adapter.validate_python(source))
                except Exception as exc:
                    problems.extend(_describe(exc, prefix=""))
                used.update(data.keys())
            elif p.role == "named":
                if p.name in data:
                    used.add(p.name)
                    try:
                        value = self._convert(p, data[p.name])
                    except Exception as exc:
                        problems.extend(_describe(exc, prefix=p.name))
                        continue
                    put(p, value)
                elif p.default is not _MISSING:
                    if p.kind is inspect.Parameter.POSITIONAL_ONLY:
                        args.append(p.default)
                else:
                    problems.append((p.name, "missing from the task input"))
        for p in self._params:
            if p.role == "var_keyword":
                for key, value in data.items():
                    if key in used or key in kwargs or not isinstance(key, str):
                        continue
                    try:
                        value = self._convert(p, value)
                    except Exception as exc:
                        problems.extend(_describe(exc, prefix=key))
                        continue
                    kwargs[key] = value
        if problems:
            detail = "; ".join(f"'{name}': {message}" if name else message for name, message in problems)
            raise InputError(f"invalid task input: {detail}", [name for name, _ in problems])
        return args, kwargs


def _resolve_hints(fn: Callable[..., Any], signature: inspect.Signature) -> dict[str, Any]:
    """The parameter annotations, evaluated.  String annotations (``from __future__ import annotations``) are
    evaluated in the function's globals plus its closure; ``...TaskContext`` is recognised by name when it
    cannot be evaluated (a worker defined inside a function)."""
    try:
        return typing.get_type_hints(fn)
    except Exception:
        pass
    namespace: dict[str, Any] = dict(getattr(fn, "__globals__", {}))
    code = getattr(fn, "__code__", None)
    closure = getattr(fn, "__closure__", None) or ()
    if code is not None:
        for name, cell in zip(code.co_freevars, closure):
            try:
                namespace[name] = cell.cell_contents
            except ValueError:
                pass
    hints: dict[str, Any] = {}
    for p in signature.parameters.values():
        annotation = p.annotation
        if annotation is inspect.Parameter.empty:
            continue
        if isinstance(annotation, str):
            try:
                annotation = eval(annotation, namespace)  # noqa: S307 - the function's own annotation
            except Exception as exc:
                if annotation.rpartition(".")[2].strip() == "TaskContext":
                    annotation = TaskContext
                else:
                    raise TypeError(
                        f"cannot resolve the annotation {p.annotation!r} of parameter {p.name!r} of worker "
                        f"{getattr(fn, '__qualname__', fn)!r}: {exc}"
                    ) from None
        hints[p.name] = annotation
    return hints


def _is_any_type(annotation: Any) -> bool:
    return annotation is Any or annotation is object


def _is_any_value(value: Any) -> bool:
    return True


def _is_dict(value: Any) -> bool:
    return type(value) is dict


def _is_list(value: Any) -> bool:
    return type(value) is list


# Plain annotations whose values are used as they are when of exactly that type.  Exact types, not isinstance: a
# bool is an int to isinstance, and pydantic turns True into 1 for an ``int`` parameter.
_EXACT_TYPES: tuple[type, ...] = (int, str, float, bool, dict, list)


def _as_is_check(annotation: Any) -> Callable[[Any], bool] | None:
    """A test for values pydantic would return unchanged for ``annotation``, or None when pydantic must judge every
    value (models, dataclasses, constrained or parametrised types other than the plain ones below)."""
    if _is_any_type(annotation):
        return _is_any_value
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is None:
        exact = next((t for t in _EXACT_TYPES if annotation is t), None)
        return None if exact is None else (lambda value: type(value) is exact)
    if origin is dict and len(args) == 2 and args[0] is str and _is_any_type(args[1]):
        return _is_dict  # JSON object keys are always strings: any decoded object is a dict[str, Any]
    if origin is list and len(args) == 1 and _is_any_type(args[0]):
        return _is_list
    if origin is typing.Union or origin is types.UnionType:
        members = [arg for arg in args if arg is not type(None)]
        if len(members) == 1 and len(args) == 2:
            inner = _as_is_check(members[0])
            if inner is not None:
                return lambda value: value is None or inner(value)
    return None


def _adapter(annotation: Any, *, lenient_str: bool) -> Any:
    from pydantic import ConfigDict, TypeAdapter

    if lenient_str and not _is_model_like(annotation):
        try:
            return TypeAdapter(annotation, config=ConfigDict(coerce_numbers_to_str=True, arbitrary_types_allowed=True))
        except Exception:
            pass
    return TypeAdapter(annotation)


def _describe(exc: Exception, *, prefix: str) -> list[tuple[str, str]]:
    errors = getattr(exc, "errors", None)
    if callable(errors):
        try:
            items = errors(include_url=False)
        except TypeError:
            items = errors()
        found: list[tuple[str, str]] = []
        for item in items:
            loc = [str(part) for part in item.get("loc", ())]
            name = ".".join([prefix, *loc] if prefix else loc)
            message = str(item.get("msg", "invalid"))
            if "input" in item and item.get("type") != "missing":
                shown = repr(item["input"])
                message += f" (got {shown[:80] + '...' if len(shown) > 80 else shown})"
            found.append((name, message))
        if found:
            return found
    return [(prefix, f"{type(exc).__name__}: {exc}")]


# -- output ---------------------------------------------------------------------------------------
_PLAIN = (str, int, float, bool, type(None))


def _is_plain(value: Any, depth: int = 0) -> bool:
    if isinstance(value, _PLAIN):
        return True
    if depth > 64:
        return False
    if type(value) is dict:
        return all(type(k) is str and _is_plain(v, depth + 1) for k, v in value.items())
    if type(value) is list:
        return all(_is_plain(v, depth + 1) for v in value)
    return False


def _jsonable(value: Any) -> Any:
    if _is_plain(value):
        return value
    try:
        from pydantic_core import to_jsonable_python

        return to_jsonable_python(value, by_alias=True)
    except Exception as exc:
        raise OutputError(f"the worker's return value cannot be encoded as JSON: {type(exc).__name__}: {exc}") from None


def encode_output(value: Any) -> dict[str, Any]:
    """``outputData`` for a worker's return value: an object stays an object, anything else is ``result``."""
    if isinstance(value, InProgress):
        value = value.output
    if value is None:
        return {}
    encoded = _jsonable(value)
    if isinstance(encoded, dict) and all(isinstance(k, str) for k in encoded):
        return encoded
    return {"result": encoded}
