"""What must hold for a generated package, whatever the spec said.

`check_package` takes the rendered files (in memory) and the document they came from, and checks, without
trusting the generator's IR: every file compiles; every name defined from the spec is a valid, non-keyword,
unique identifier; importing the package and all its modules runs none of the payloads; and the spec's text
arrives as data — paths, wire names and media types as the exact strings, prose in the docstrings.
"""

from __future__ import annotations

import ast
import hashlib
import importlib
import importlib.abc
import importlib.util
import inspect
import keyword
import sys
import types
from dataclasses import dataclass, field
from typing import Any, Iterator

from generator.render.literals import MAX_DOC, clean_text, comment_line
from hostile_text import canary_tripped
from hostile_bugs import OPEN

_COMPILED: dict[str, types.CodeType] = {}
_IDENTIFIER_PROBLEMS: dict[str, list[str]] = {}
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


# --- loading generated modules from memory -------------------------------------------------------------------


class MemoryPackage(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Imports `package` from a {relative path: source} dict, and forgets it all again on exit."""

    def __init__(self, files: dict[str, str], package: str) -> None:
        self.package = package
        self.modules: dict[str, tuple[str, str, bool]] = {}
        for path, text in files.items():
            if not path.endswith(".py") or not path.startswith(package + "/"):
                continue
            parts = path[:-3].split("/")
            is_package = parts[-1] == "__init__"
            name = ".".join(parts[:-1] if is_package else parts)
            self.modules[name] = (path, text, is_package)

    def find_spec(self, fullname: str, path: object = None, target: object = None) -> Any:
        entry = self.modules.get(fullname)
        if entry is None:
            return None
        return importlib.util.spec_from_loader(fullname, self, origin=f"<hostile>/{entry[0]}", is_package=entry[2])

    def create_module(self, spec: Any) -> None:
        return None

    def exec_module(self, module: types.ModuleType) -> None:
        path, text, _ = self.modules[module.__name__]
        module.__file__ = f"<hostile>/{path}"
        exec(compiled(text, path), module.__dict__)  # noqa: S102 - the point of the test

    def __enter__(self) -> MemoryPackage:
        self._purge()
        sys.meta_path.insert(0, self)
        importlib.invalidate_caches()
        return self

    def __exit__(self, *exc: object) -> None:
        sys.meta_path.remove(self)
        self._purge()

    def _purge(self) -> None:
        for name in [n for n in sys.modules if n == self.package or n.startswith(self.package + ".")]:
            del sys.modules[name]


def compiled(text: str, path: str) -> types.CodeType:
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() + path
    code = _COMPILED.get(key)
    if code is None:
        if len(_COMPILED) > 500:  # bounded: most entries are one example's spec-dependent modules
            _COMPILED.clear()
            _IDENTIFIER_PROBLEMS.clear()
        code = _COMPILED[key] = compile(text, f"<hostile>/{path}", "exec", dont_inherit=True)
    return code


# --- what the document asks for ---------------------------------------------------------------------------


@dataclass
class Param:
    name: str
    location: str
    required: bool
    description: str
    default: object = None
    has_default: bool = False


@dataclass
class Body:
    media_type: str
    required: bool
    description: str


@dataclass
class ExpectedOp:
    method: str
    path: str
    tag: str
    summary: str
    description: str
    deprecated: bool
    params: list[Param] = field(default_factory=list)
    body: Body | None = None


def expected_operations(doc: dict[str, Any]) -> list[ExpectedOp]:
    result = []
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            declared: dict[tuple[str, str], dict[str, Any]] = {}
            for source in (item.get("parameters") or [], op.get("parameters") or []):
                for p in source:
                    declared[(p["in"], p["name"])] = p
            params = []
            for (location, name), p in declared.items():
                schema = p.get("schema") or {}
                params.append(Param(name, location, bool(p.get("required")) or location == "path",
                                    str(p.get("description") or ""), schema.get("default"), "default" in schema))
            body = None
            raw_body = op.get("requestBody")
            if raw_body and raw_body.get("content"):
                content = raw_body["content"]
                media = "application/json" if "application/json" in content else next(iter(content))
                if media == "*/*":
                    schema = content[media].get("schema") or {}
                    media = "text/plain" if schema.get("type") == "string" else "application/json"
                body = Body(media, bool(raw_body.get("required")), str(raw_body.get("description") or ""))
            tags = op.get("tags") or []
            result.append(ExpectedOp(method.upper(), path, str(tags[0]) if tags else "default",
                                     str(op.get("summary") or ""), str(op.get("description") or ""),
                                     bool(op.get("deprecated")), params, body))
    return result


# --- checks -------------------------------------------------------------------------------------------------


def ws(text: str) -> str:
    return " ".join(str(text).split())


class Problems(list):  # type: ignore[type-arg]
    def check(self, condition: object, message: str) -> bool:
        if not condition:
            self.append(message)
        return bool(condition)

    def raise_if_any(self, doc: dict[str, Any]) -> None:
        if self:
            shown = "\n  - ".join(p[:600] for p in self[:25])
            raise AssertionError(f"{len(self)} problem(s) in the package generated from the document:\n  - {shown}")


def _short(text: object, limit: int = 80) -> str:
    value = repr(text)
    return value if len(value) <= limit else value[:limit] + "…"


def expect_in_doc(problems: Problems, docstring: str | None, wanted: list[str], where: str,
                  *, comment: bool = False) -> None:
    """Each wanted text (cleaned as the generator cleans prose) is in the docstring, unless truncation cut it."""
    problems.check(docstring is not None, f"{where}: no docstring")
    if docstring is None:
        return
    haystack = ws(docstring)
    truncated = haystack.endswith("…") and len(docstring) >= MAX_DOC - 200
    visible = len("".join(docstring.split()))
    problems.check(visible <= MAX_DOC + 1, f"{where}: docstring of {visible} visible characters")
    for text in wanted:
        needle = ws(comment_line(text)) if comment else ws(clean_text(text))
        if not needle or needle in haystack:
            continue
        if truncated:
            continue  # MAX_DOC cut it off: by design
        problems.check(False, f"{where}: {_short(text)} is not in the docstring {_short(docstring, 300)}")


def ast_identifiers(tree: ast.AST) -> Iterator[tuple[str, str, int]]:
    """(kind, name, line) of every name the module defines: classes, functions, parameters, assignments."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            yield "class", node.name, node.lineno
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            yield "function", node.name, node.lineno
            args = node.args
            for arg in args.posonlyargs + args.args + args.kwonlyargs + [a for a in (args.vararg, args.kwarg) if a]:
                yield "parameter", arg.arg, node.lineno
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield "variable", node.target.id, node.lineno
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    yield "variable", target.id, node.lineno
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                yield "import", alias.asname or alias.name.split(".")[0], node.lineno


def check_identifiers(problems: Problems, path: str, tree: ast.Module) -> None:
    # Soft keywords (`match`, `case`, `type`, `_`) are legal names on every Python, and the generator keeps them
    # (renaming them on the Pythons that know them made the API depend on the interpreter: generator/ir/python_words.py).
    for kind, name, line in ast_identifiers(tree):
        ok = name == "*" or (name.isidentifier() and not keyword.iskeyword(name))
        problems.check(ok, f"{path}:{line}: {kind} {name!r} is not a valid identifier (or is a keyword)")
    # Definitions that would silently replace one another.
    scopes: list[tuple[str, list[ast.stmt]]] = [("module", tree.body)]
    scopes += [(f"class {n.name}", n.body) for n in ast.walk(tree) if isinstance(n, ast.ClassDef)]
    for scope, body in scopes:
        seen: dict[str, int] = {}
        for stmt in body:
            names = []
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names = [stmt.name]
            elif isinstance(stmt, ast.AnnAssign) and isinstance(stmt.target, ast.Name) and stmt.value is not None:
                names = [stmt.target.id]
            for name in names:
                problems.check(name not in seen, f"{path}: {scope} defines {name!r} twice (lines {seen.get(name)} "
                                                 f"and {stmt.lineno}): the second replaces the first")
                seen[name] = stmt.lineno


def spec_dependent(path: str, package: str) -> bool:
    return path in (f"{package}/__init__.py", f"{package}/client.py") or \
        path.startswith((f"{package}/api/", f"{package}/models/"))


def models_sources(files: dict[str, str], package: str) -> list[str]:
    """The generated models modules, wherever the generator puts them (one module or several)."""
    return [text for path, text in sorted(files.items())
            if path.startswith(f"{package}/models/") and path.endswith(".py")]


@dataclass
class FakeCore:
    """Stands in for the client core: records what a generated method asks it to send."""

    calls: list[dict[str, Any]] = field(default_factory=list)

    def call(self, op: Any, **kwargs: Any) -> Any:
        self.calls.append({"op": op, **kwargs})
        return "sync-result"


class FakeAsyncCore(FakeCore):
    async def call(self, op: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        self.calls.append({"op": op, **kwargs})
        return "async-result"


class Sentinel:
    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return f"<value of {self.name}>"


def _run_coroutine(coro: Any) -> Any:
    try:
        coro.send(None)
    except StopIteration as stop:
        return stop.value
    coro.close()
    raise AssertionError("the async method awaited something other than the client's call")


def check_package(files: dict[str, str], package: str, doc: dict[str, Any], *, client_cores: tuple[type, ...] = (),
                  also: Any = None) -> tuple[Problems, dict[str, Any]]:
    """Compile, import and check the package. Returns the problems found and the imported modules by name.

    `also(problems, modules)`, when given, runs more checks while the package is still importable.
    """
    problems = Problems()
    for path, text in files.items():
        if not path.endswith(".py"):
            continue
        try:
            compiled(text, path)
        except (SyntaxError, ValueError) as exc:
            problems.append(f"{path} does not compile: {exc}")
            continue
        if spec_dependent(path, package):
            key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() + path
            if key not in _IDENTIFIER_PROBLEMS:  # the same text has the same names: check each text once
                found = Problems()
                check_identifiers(found, path, ast.parse(text))
                _IDENTIFIER_PROBLEMS[key] = list(found)
            problems.extend(_IDENTIFIER_PROBLEMS[key])
    if "pyproject.toml" in files:
        if sys.version_info >= (3, 11):
            import tomllib
        else:  # pragma: no cover - tomllib is 3.11+; tomli is its backport (a dependency on 3.10)
            import tomli as tomllib

        try:
            project = tomllib.loads(files["pyproject.toml"])["project"]
            problems.check(project["name"] == package.replace("_", "-"), f"pyproject.toml names {project['name']!r}")
        except (tomllib.TOMLDecodeError, KeyError) as exc:
            problems.append(f"pyproject.toml does not parse: {exc}")
    if problems:
        return problems, {}

    modules: dict[str, Any] = {}
    api_modules = sorted(p[:-3].replace("/", ".") for p in files if p.startswith(f"{package}/api/") and
                         p.endswith(".py") and not p.endswith("__init__.py"))
    with MemoryPackage(files, package):
        for name in [package, f"{package}.api", f"{package}.client", f"{package}.models", *api_modules]:
            try:
                modules[name] = importlib.import_module(name)
            except Exception as exc:  # noqa: BLE001 - any failure to import is the finding
                problems.append(f"importing {name} failed: {type(exc).__name__}: {exc}")
        tripped = canary_tripped()
        problems.check(not tripped, f"a payload ran while importing the package: {tripped}")
        if len(modules) == 4 + len(api_modules):
            _check_api(problems, package, doc, modules, api_modules, client_cores)
            if also is not None:
                also(problems, modules)
        tripped = canary_tripped()
        problems.check(not tripped, f"a payload ran while calling the package: {tripped}")
    return problems, modules


def _check_api(problems: Problems, package: str, doc: dict[str, Any], modules: dict[str, Any],
               api_modules: list[str], client_cores: tuple[type, ...]) -> None:
    info = doc.get("info", {})
    expect_in_doc(problems, modules[package].__doc__, [str(info.get("title") or "Conductor"),
                                                        str(info.get("version") or "")], f"{package}.__doc__")
    tag_descriptions = {str(t.get("name")): str(t.get("description") or "") for t in doc.get("tags", [])}

    operations: dict[tuple[str, str], tuple[str, Any]] = {}
    classes_by_module: dict[str, tuple[type, type]] = {}
    class_names: dict[str, str] = {}
    for name in api_modules:
        module = modules[name]
        for const, value in vars(module).items():
            if type(value).__name__ == "Operation" and type(value).__module__.endswith("_runtime.operation"):
                key = (value.method, value.path)
                problems.check(key not in operations, f"{name}: two Operation constants for {key}")
                operations[key] = (name, value)
        defined = [c for c in vars(module).values() if inspect.isclass(c) and c.__module__ == name]
        asyncs = [c for c in defined if any(inspect.iscoroutinefunction(f) for f in vars(c).values())]
        syncs = [c for c in defined if c not in asyncs]
        if problems.check(len(defined) == 2 and len(asyncs) == 1,
                          f"{name}: expected one sync and one async class, found {[c.__name__ for c in defined]}"):
            classes_by_module[name] = (syncs[0], asyncs[0])
            for cls in (syncs[0], asyncs[0]):
                other = class_names.get(cls.__name__)
                problems.check(other is None or "group-class-collision" in OPEN, f"API class name {cls.__name__!r} is defined by both {other} and "
                                              f"{name}: client.py imports both under one name")
                class_names[cls.__name__] = name

    models_module = modules[f"{package}.models"]
    for name in getattr(models_module, "__all__", []):
        try:
            getattr(models_module, name)
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{package}.models.{name} does not load: {type(exc).__name__}: {exc}")
    for _module_name, operation in operations.values():
        if getattr(operation.returns, "kind", None) == "json":
            try:
                operation.returns.resolver(models_module)
            except Exception as exc:  # noqa: BLE001
                problems.append(f"{operation.name}: the return type does not resolve: {type(exc).__name__}: {exc}")

    expected = expected_operations(doc)
    problems.check(len(operations) == len(expected),
                   f"{len(expected)} operations in the document, {len(operations)} Operation constants")
    client_module = modules[f"{package}.client"]
    api_doc = modules[f"{package}.api"].__doc__
    groups_seen: set[str] = set()
    reserved = {n for core in client_cores for n in dir(core) if not n.startswith("_")}
    # Tags whose words are the same (`secret-resource`, `secret-controller`; two tags of punctuation only) name one
    # group, described by the least of them, as generator/ir/operations.py does.
    group_tag: dict[str, str] = {}
    for exp in expected:
        if (exp.method, exp.path) in operations:
            attribute = operations[(exp.method, exp.path)][1].name.partition(".")[0]
            group_tag[attribute] = min(group_tag.get(attribute, exp.tag), exp.tag)
    for exp in expected:
        where = f"{exp.method} {_short(exp.path)}"
        found = operations.get((exp.method, exp.path))
        if not problems.check(found, f"{where}: no Operation constant whose method and path are exactly these"):
            continue
        module_name, operation = found
        attribute, _, method_name = operation.name.partition(".")
        problems.check(module_name == f"{package}.api.{attribute}", f"{where}: Operation.name {operation.name!r} "
                                                                    f"does not name its module {module_name}")
        problems.check(method_name.isidentifier() and not method_name.startswith("_") and
                       not keyword.iskeyword(method_name),
                       f"{where}: method name {method_name!r}")
        if module_name not in classes_by_module:
            continue
        sync_cls, async_cls = classes_by_module[module_name]
        if attribute not in groups_seen:
            groups_seen.add(attribute)
            tag = group_tag[attribute]
            problems.check(attribute not in reserved or "client-attribute-shadowing" in OPEN,
                           f"tag {tag!r}: client attribute {attribute!r} replaces the client's own {attribute!r}")
            for client_cls, api_cls in (("ConductorClient", sync_cls), ("AsyncConductorClient", async_cls)):
                prop = vars(getattr(client_module, client_cls)).get(attribute)
                if problems.check(prop is not None, f"{client_cls} has no attribute {attribute!r}"):
                    expect_in_doc(problems, prop.__doc__, [tag], f"{client_cls}.{attribute}")
                    problems.check(prop.func.__annotations__.get("return") == api_cls.__name__,
                                   f"{client_cls}.{attribute} is annotated {prop.func.__annotations__.get('return')}"
                                   f", its class is {api_cls.__name__}")
            described = [tag, tag_descriptions.get(tag, "")]
            expect_in_doc(problems, modules[module_name].__doc__, described, f"module {module_name}")
            expect_in_doc(problems, sync_cls.__doc__, described, f"class {sync_cls.__name__}")
            expect_in_doc(problems, async_cls.__doc__, described, f"class {async_cls.__name__}")
            expect_in_doc(problems, api_doc, [tag], f"{package}.api.__doc__", comment=True)
        problems.check(operation.method == exp.method and operation.path == exp.path, f"{where}: Operation fields")
        problems.check(operation.body_media_type == (exp.body.media_type if exp.body else None),
                       f"{where}: body_media_type {_short(operation.body_media_type)}, expected "
                       f"{_short(exp.body.media_type if exp.body else None)}")
        for cls, core_type in ((sync_cls, FakeCore), (async_cls, FakeAsyncCore)):
            method = vars(cls).get(method_name)
            if not problems.check(method is not None, f"{where}: {cls.__name__} has no method {method_name!r}"):
                continue
            _check_method(problems, where, exp, operation, cls, method, core_type)


def _check_method(problems: Problems, where: str, exp: ExpectedOp, operation: Any, cls: type, method: Any,
                  core_type: type[FakeCore]) -> None:
    where = f"{where} ({cls.__name__}.{method.__name__})"
    wanted = [exp.summary or f"{exp.method} {exp.path}", exp.description, exp.path]
    wanted += [p.description for p in exp.params] + ([exp.body.description] if exp.body else [])
    expect_in_doc(problems, method.__doc__, wanted[:3], where)
    expect_in_doc(problems, method.__doc__, wanted[3:], where, comment=True)
    for p in exp.params:
        if p.has_default and p.default is not None:
            expect_in_doc(problems, method.__doc__, [repr(p.default)], where, comment=True)

    signature = inspect.signature(method)
    names = [n for n in signature.parameters if n != "self"]
    for name in names:
        problems.check(name.isidentifier() and not keyword.iskeyword(name) and
                       not name.startswith("_"), f"{where}: parameter {name!r}")
    problems.check(names[-1:] == ["timeout"], f"{where}: the last parameter is not timeout: {names}")
    arguments = {name: Sentinel(name) for name in names if name != "timeout"}
    core = core_type()
    instance = cls(core)
    try:
        result = method(instance, **arguments)
        if inspect.iscoroutine(result):
            result = _run_coroutine(result)
    except Exception as exc:  # noqa: BLE001
        problems.append(f"{where}: calling it failed: {type(exc).__name__}: {exc}")
        return
    if not problems.check(len(core.calls) == 1, f"{where}: made {len(core.calls)} calls"):
        return
    call = core.calls[0]
    problems.check(call["op"] is operation, f"{where}: called with another Operation than its own")
    sent: dict[tuple[str, str], str] = {}
    for location, mapping in (("path", call["path"]), ("query", call["query"]), ("header", call["headers"])):
        for wire, value in (mapping or {}).items():
            problems.check(isinstance(value, Sentinel), f"{where}: {location} {wire!r} is sent {value!r}")
            if isinstance(value, Sentinel):
                sent[(location, wire)] = value.name
    wanted_params = {(p.location, p.name) for p in exp.params}
    problems.check(set(sent) == wanted_params,
                   f"{where}: sends {sorted(sent)[:6]}, the document declares {sorted(wanted_params)[:6]}")
    bound = list(sent.values())
    problems.check(len(bound) == len(set(bound)), f"{where}: one argument is sent under two wire names: {sent}")
    if exp.body:
        body_value = call.get("body")
        problems.check(isinstance(body_value, Sentinel), f"{where}: the body is not sent")
        if isinstance(body_value, Sentinel):
            parameter = signature.parameters[body_value.name]
            problems.check((parameter.default is inspect.Parameter.empty) == exp.body.required,
                           f"{where}: body required={exp.body.required} but default {parameter.default!r}")
    else:
        problems.check(call.get("body") is None, f"{where}: sends a body the document does not declare")
    for p in exp.params:
        python = sent.get((p.location, p.name))
        if python is None:
            continue
        parameter = signature.parameters[python]
        problems.check((parameter.default is inspect.Parameter.empty) == p.required,
                       f"{where}: {p.location} parameter {p.name!r} required={p.required}, default {parameter.default!r}")


# --- the models module (whole pipeline only) ------------------------------------------------------------------


def field_docstrings(sources: list[str]) -> dict[tuple[str, str], str]:
    """(class, field) → the string literal right below the field's definition, in any of the modules."""
    found = {}
    for node in (n for source in sources for n in ast.parse(source).body):
        if not isinstance(node, ast.ClassDef):
            continue
        for before, after in zip(node.body, node.body[1:]):
            if isinstance(before, ast.AnnAssign) and isinstance(before.target, ast.Name) and \
                    isinstance(after, ast.Expr) and isinstance(after.value, ast.Constant) and \
                    isinstance(after.value.value, str):
                found[(node.name, before.target.id)] = after.value.value
    return found


def check_models(problems: Problems, doc: dict[str, Any], ir: Any, models: Any, *, docstrings: bool,
                 source: list[str] | None = None) -> None:
    """Every class the IR decided exists; enum values, wire names, prose (as docstrings), and defaults and
    examples where the models keep them, are the spec's own."""
    from generator.spec.refs import resolve_pointer

    field_docs = field_docstrings(source) if source else {}
    for model in ir.models:
        where = f"model {model.class_name} ({_short(model.schema_name)})"
        cls = getattr(models, model.class_name, None)
        if not problems.check(isinstance(cls, type), f"{where}: not defined by the models module"):
            continue
        problems.check(model.class_name.isidentifier() and not keyword.iskeyword(model.class_name),
                       f"{where}: class name")
        found, schema = resolve_pointer(doc, "#" + model.pointer)
        if not problems.check(found and isinstance(schema, dict), f"{where}: pointer {model.pointer!r} resolves"):
            continue
        if docstrings and (schema.get("description") or schema.get("title")):
            expect_in_doc(problems, cls.__doc__, [str(schema.get("description") or schema.get("title"))], where)
        if model.kind == "enum":
            _check_enum(problems, where, cls, schema)
            continue
        if not hasattr(cls, "model_fields"):
            continue
        try:
            cls.model_rebuild(force=True)
            cls.model_json_schema()
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{where}: the model cannot be built: {type(exc).__name__}: {exc}")
            continue
        if model.kind == "object":
            _check_fields(problems, where, model, cls, schema)
            if docstrings and source:
                for wire, prop in (schema.get("properties") or {}).items():
                    if isinstance(prop, dict) and prop.get("description") and "$ref" not in prop:
                        name = next((n for n, i in cls.model_fields.items() if wire_name(n, i) == wire), None)
                        expect_in_doc(problems, field_docs.get((model.class_name, name)), [prop["description"]],
                                      f"{where}.{name} docstring")


def wire_name(name: str, info: Any) -> Any:
    """The name a field has in JSON: its alias for reading and writing, which must be one and the same."""
    read = info.validation_alias if info.validation_alias is not None else info.alias
    written = info.serialization_alias if info.serialization_alias is not None else info.alias
    if read is None and written is None:
        return name
    return read if read == written else ("different aliases for reading and writing", read, written)


def _check_enum(problems: Problems, where: str, cls: Any, schema: dict[str, Any]) -> None:
    wanted = [v for v in schema["enum"] if v is not None]
    members = list(cls.__members__.items())
    got = [member.value for _name, member in members]
    # null in the list (3.1, type [..., "null"]) may be a member or only make the field optional.
    problems.check(got in (wanted, schema["enum"]),
                   f"{where}: enum values {_short(got, 300)}, the spec lists {_short(schema['enum'], 300)}")
    for name, _member in members:
        problems.check(name.isidentifier() and not keyword.iskeyword(name), f"{where}: member name {name!r}")
    for value in wanted:
        try:
            problems.check(cls(value).value == value, f"{where}: {_short(value)} does not round-trip")
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{where}: {cls.__name__}({_short(value)}) failed: {type(exc).__name__}: {exc}")


def _check_fields(problems: Problems, where: str, model: Any, cls: Any, schema: dict[str, Any]) -> None:
    properties = schema.get("properties") or {}
    by_alias = {wire_name(name, info): name for name, info in cls.model_fields.items()}
    problems.check(set(by_alias) == set(properties),
                   f"{where}: field aliases {_short(sorted(by_alias), 300)} are not the spec's property names "
                   f"{_short(sorted(properties), 300)}")
    decided = {f.wire_name: f.python_name for f in model.fields}
    required = set(schema.get("required") or [])
    sample: dict[str, Any] = {}
    for wire, prop in properties.items():
        name = by_alias.get(wire)
        if name is None:
            continue
        problems.check(name.isidentifier() and not keyword.iskeyword(name) and
                       not name.startswith("_"), f"{where}: field name {name!r} for {_short(wire)}")
        problems.check(decided.get(wire) == name or "ir-field-name-mismatch" in OPEN,
                       f"{where}: {_short(wire)} is field {name!r}, the IR decided {decided.get(wire)!r}")
        info = cls.model_fields[name]
        if not isinstance(prop, dict) or "$ref" in prop:
            continue
        # Defaults and examples are the server's business: the models may leave them out, never change them.
        if "default" in prop and wire not in required and info.default is not None:
            problems.check(info.default == prop["default"],
                           f"{where}: {_short(wire)} default {_short(info.default)}, the spec says "
                           f"{_short(prop['default'])}")
        examples = prop.get("examples") or ([prop["example"]] if "example" in prop else None)
        if examples and info.examples is not None:
            problems.check(info.examples == examples, f"{where}: {_short(wire)} examples {_short(info.examples)}, "
                                                      f"the spec says {_short(examples)}")
        if prop.get("type") in ("string", ["string", "null"]) and "enum" not in prop and "format" not in prop:
            sample[wire] = prop.get("default", wire)
        nullable = prop.get("nullable") is True or (isinstance(prop.get("type"), list) and "null" in prop["type"])
        if nullable and (wire not in required or "nullable-required" not in OPEN):
            try:
                decoded = cls.model_validate({wire: None}, context={"conductor_decode": True})
                problems.check(getattr(decoded, name) is None, f"{where}: null for {_short(wire)} decodes as "
                                                               f"{getattr(decoded, name)!r}")
            except Exception as exc:  # noqa: BLE001
                problems.append(f"{where}: {_short(wire)} is nullable, but null does not decode: "
                                f"{type(exc).__name__}: {' '.join(str(exc).split())[:200]}")
    if sample:
        try:
            instance = cls.model_validate(sample, context={"conductor_decode": True})
            dumped = instance.model_dump(by_alias=True, mode="json")
        except Exception as exc:  # noqa: BLE001
            problems.append(f"{where}: {_short(sample, 200)} does not decode: {type(exc).__name__}: {exc}")
            return
        for wire, value in sample.items():
            problems.check(dumped.get(wire) == value, f"{where}: {_short(wire)} = {_short(value)} comes back as "
                                                      f"{_short(dumped.get(wire))}")
