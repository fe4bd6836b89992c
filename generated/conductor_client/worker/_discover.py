"""Finding the ``@worker`` functions that ``conductor-worker run`` and ``list`` are pointed at.

A target is one of:

- ``module:function`` - that one worker,
- ``module`` - the workers in that module; when it is a package, in every module below it too,
- a folder (``workers``, ``src/workers``) - the workers of every module in it and in its sub-packages (what
  ``conductor-codegen scaffold`` writes); a folder named like a package is imported as one, from its parent,
  so that its modules can import each other as ``workers.x``,
- a file (``path/to/workers.py``).

Test modules (``tests``, ``test_*``, ``*_test``, ``conftest``) and ``__main__`` are never imported.
"""

from __future__ import annotations

import importlib
import logging
import os
import pkgutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, Iterator, Sequence

from ._config import ConfigError
from ._decorator import WorkerDefinition, definition_of, workers_in

__all__ = ["load_workers"]

_log = logging.getLogger("conductor.worker")


def load_workers(targets: Sequence[str]) -> list[WorkerDefinition]:
    """The worker definitions the targets hold, each task type once, in the order found."""
    _on_path(os.getcwd())
    found: list[WorkerDefinition] = []
    for target in targets:
        for definition in _definitions(target):
            twin = next((d for d in found if d.task_name == definition.task_name), None)
            if twin is None:
                found.append(definition)
            elif twin.fn is not definition.fn:
                raise ConfigError(
                    f"two workers for task type {definition.task_name!r}: "
                    f"{twin.qualified_name} and {definition.qualified_name}"
                )
    return found


def _definitions(target: str) -> list[WorkerDefinition]:
    module_name, colon, attribute = target.partition(":")
    if colon:
        return [_one_worker(target, _import(module_name), attribute)]
    path = Path(target)
    if target.endswith(".py") or os.sep in target or path.is_dir():
        modules = list(_modules_at(path, target))
        what = f"folder {target}" if path.is_dir() else f"file {target}"
    else:
        package = _import(target)
        modules = [package, *_below(package)]
        what = f"package {target}" if len(modules) > 1 or hasattr(package, "__path__") else f"module {target}"
    definitions = [d for module in modules for d in workers_in(module)]
    if not definitions:
        raise ConfigError(f"no @worker functions in {what}")
    return definitions


def _one_worker(target: str, module: ModuleType, attribute: str) -> WorkerDefinition:
    obj: Any = module
    for part in attribute.split("."):
        try:
            obj = getattr(obj, part)
        except AttributeError:
            raise ConfigError(f"{target}: {module.__name__} has no {attribute}") from None
    definition = definition_of(obj)
    if definition is None:
        raise ConfigError(f"{target} is not declared with @worker")
    return definition


def _modules_at(path: Path, target: str) -> Iterator[ModuleType]:
    if not path.exists():
        raise ConfigError(f"{target}: no such file or folder")
    path = path.resolve()
    if path.is_file():
        if path.suffix != ".py":
            raise ConfigError(f"{target}: not a Python file")
        _on_path(str(path.parent))
        yield _import(path.stem)
        return
    if path.name.isidentifier():
        _on_path(str(path.parent))
        package = _import(path.name)
        places = _loaded_from(package)
        if path not in places:
            raise ConfigError(
                f"{target}: importing {path.name!r} finds {', '.join(map(str, places)) or 'a module'} first; "
                "rename the folder or run from its parent"
            )
        yield package
        yield from _below(package)
        return
    # A folder whose name cannot be imported: its modules are imported as top-level modules.
    _on_path(str(path))
    for info in pkgutil.iter_modules([str(path)]):
        if not _skipped(info.name):
            module = _import(info.name)
            yield module
            if info.ispkg:
                yield from _below(module)


def _below(package: ModuleType) -> Iterator[ModuleType]:
    """Every module under ``package`` (depth first, sorted by name), except tests."""
    search = getattr(package, "__path__", None)
    if search is None:
        return
    for info in sorted(pkgutil.iter_modules(list(search)), key=lambda i: i.name):
        if _skipped(info.name):
            continue
        module = _import(f"{package.__name__}.{info.name}")
        yield module
        if info.ispkg:
            yield from _below(module)


def _skipped(name: str) -> bool:
    return name in ("tests", "test", "conftest", "__main__") or name.startswith("test_") or name.endswith("_test")


def _loaded_from(package: ModuleType) -> list[Path]:
    return [Path(p).resolve() for p in getattr(package, "__path__", None) or []]


def _on_path(folder: str) -> None:
    if folder not in sys.path:
        sys.path.insert(0, folder)


def _import(name: str) -> ModuleType:
    """Import ``name``; any failure of the user's module is one line (the traceback at DEBUG)."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name == name or (exc.name and name.startswith(exc.name + ".")):
            raise ConfigError(f"no module named {name!r} (from {os.getcwd()})") from None
        _log.debug("importing %s failed", name, exc_info=True)
        raise ConfigError(f"importing {name} failed: {type(exc).__name__}: {exc}") from None
    except Exception as exc:
        _log.debug("importing %s failed", name, exc_info=True)
        raise ConfigError(
            f"importing {name} failed: {type(exc).__name__}: {exc} (--log-level DEBUG shows where)"
        ) from None
