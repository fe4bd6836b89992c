"""What the reference says about the runtime, read from the runtime's own source so that it cannot drift.

The runtime is plain Python under templates/package/ (copied into every package unchanged). Its typed errors,
the `@worker` decorator's options, the `conductor-worker` command's options and the worker settings with their
environment variables are read here with `ast`, never imported or run: the generator does not execute the code
it ships, and the docs follow whatever the runtime says today. A runtime that no longer has the shape read here
is a bug of this generator, reported as such (RuntimeShapeError) and caught by tests/generator/test_gen_docs.py.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .docs_entries import SIGNATURE_WIDTH
from .environment import bundled_templates

ERRORS_MODULE = "package/errors.py"
WORKER_PACKAGE = "package/worker/__init__.py"
DECORATOR_MODULE = "package/worker/_decorator.py"
SETTINGS_MODULE = "package/worker/_config.py"
CLI_MODULE = "package/worker/cli.py"
# The table of worker settings in SETTINGS_MODULE (a tuple of `Setting(...)` calls), the class of its rows, and the
# properties the official SDK reads that this runtime does not (a dict of property → why).
SETTINGS_TABLE = "SETTINGS"
SETTING_CLASS = "Setting"
UNSUPPORTED_TABLE = "UNSUPPORTED_PROPS"
# The forms of the variables that set a property, as `read_variables` in SETTINGS_MODULE reads them (a test feeds
# each form to it): for one task type, then for every worker.
TASK_FORMS = ("conductor.worker.<task>.{prop}", "CONDUCTOR_WORKER_<TASK>_{PROP}")
ALL_FORMS = ("conductor.worker.all.{prop}", "CONDUCTOR_WORKER_ALL_{PROP}", "CONDUCTOR_WORKER_{PROP}")


class RuntimeShapeError(Exception):
    """The runtime's source no longer has the shape the docs read (a generator bug: update docs_runtime.py)."""


@dataclass(frozen=True)
class ErrorClass:
    name: str
    base: str  # "" for the root
    doc: str  # the docstring, in Markdown

    @property
    def anchor(self) -> str:
        """The anchor of its heading on the errors page (the class name is the heading)."""
        return self.name.lower()


@dataclass(frozen=True)
class Argument:
    name: str
    default: str  # as written in the source; "" when required
    doc: str  # Markdown on one line (`|` escaped): it is shown in a table


@dataclass(frozen=True)
class CliOption:
    flags: str  # "--poll-interval", or the metavar of a positional
    help: str
    default: str  # as written in the source, "" when none


@dataclass(frozen=True)
class CliCommand:
    name: str
    help: str
    options: tuple[CliOption, ...]


@dataclass(frozen=True)
class Setting:
    name: str  # the field of WorkerSettings it fills: `poll_interval`
    props: tuple[str, ...]  # the property names that set it in a variable, the official SDK's first
    default: str  # as written in the source (a module constant resolved to its value)
    value_help: str  # what a variable's value looks like
    help: str
    decorator_argument: str  # the `@worker(...)` argument of the same name, "" when there is none
    cli_flag: str  # the `conductor-worker run` flag, "" when there is none

    @property
    def task_variables(self) -> tuple[str, ...]:
        return tuple(form.format(prop=p, PROP=p.upper()) for p in self.props for form in TASK_FORMS)

    @property
    def all_variables(self) -> tuple[str, ...]:
        return tuple(form.format(prop=p, PROP=p.upper()) for p in self.props for form in ALL_FORMS)


@dataclass(frozen=True)
class WorkerRuntime:
    package_doc: str  # the worker package's docstring, in Markdown
    decorator_signature: str
    decorator_doc: str
    decorator_arguments: tuple[Argument, ...]
    settings_doc: str  # the settings module's docstring (the order in which settings are looked up)
    settings: tuple[Setting, ...]
    unsupported: tuple[tuple[str, str], ...]  # (property, why) the official SDK reads and this runtime does not
    cli_doc: str
    cli_commands: tuple[CliCommand, ...]


def _parse(relative: str) -> ast.Module:
    path = bundled_templates() / relative
    try:
        return ast.parse(path.read_text("utf-8"), str(path))
    except (OSError, SyntaxError) as exc:
        raise RuntimeShapeError(f"{path}: cannot read the runtime module the docs describe: {exc}") from exc


def rst_to_markdown(text: str) -> str:
    """The runtime's docstrings are written for Python's tools: ``code`` spans and `::` literal blocks. This turns
    those two into Markdown (a code span, a fenced block); the rest of their prose is already Markdown."""
    lines = text.splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.rstrip().endswith("::"):
            stripped = line.rstrip()[:-2].rstrip()
            out.append(_spans(stripped + ":") if stripped else "")
            index += 1
            block: list[str] = []
            while index < len(lines) and (not lines[index].strip() or lines[index].startswith((" ", "\t"))):
                block.append(lines[index])
                index += 1
            while block and not block[-1].strip():
                block.pop()
            while block and not block[0].strip():
                block.pop(0)
            indent = min((len(b) - len(b.lstrip()) for b in block if b.strip()), default=0)
            language = "" if block and block[0].lstrip().startswith(("conductor-worker", "python -m")) else "python"
            out += ["", f"```{language}"] + [b[indent:] for b in block] + ["```", ""]
            continue
        out.append(_spans(line))
        index += 1
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def _spans(line: str) -> str:
    return re.sub(r"``(.+?)``", r"`\1`", line).replace(":class:`", "`").replace(":data:`", "`").replace(
        ":attr:`", "`")


def _docstring(node: ast.AST, where: str) -> str:
    doc = ast.get_docstring(node)  # type: ignore[arg-type]
    if not doc:
        raise RuntimeShapeError(f"{where}: has no docstring to document")
    return rst_to_markdown(doc)


@lru_cache(maxsize=1)
def error_classes() -> tuple[ErrorClass, ...]:
    """Every exception class of `errors.py`, in the order it defines them."""
    module = _parse(ERRORS_MODULE)
    found = []
    for node in module.body:
        if isinstance(node, ast.ClassDef):
            base = node.bases[0].id if node.bases and isinstance(node.bases[0], ast.Name) else ""
            found.append(ErrorClass(node.name, "" if base == "Exception" else base, _docstring(node, node.name)))
    if not found:
        raise RuntimeShapeError(f"{ERRORS_MODULE}: no exception classes found")
    return tuple(found)


@lru_cache(maxsize=1)
def worker_runtime() -> WorkerRuntime:
    package = _parse(WORKER_PACKAGE)
    decorator = _decorator_function(_parse(DECORATOR_MODULE))
    arguments = _arguments(decorator)
    settings_module = _parse(SETTINGS_MODULE)
    cli = _parse(CLI_MODULE)
    commands = _cli_commands(cli)
    run_flags = {flag.strip() for c in commands if c.name == "run" for o in c.options for flag in o.flags.split(",")}
    arguments_by_name = {a.name for a in arguments}
    settings = tuple(
        Setting(
            name, props, default, value_help, help_,
            decorator_argument=name if name in arguments_by_name else "",
            cli_flag=_flag(name) if _flag(name) in run_flags else "",
        )
        for name, props, default, value_help, help_ in _settings_table(settings_module)
    )
    return WorkerRuntime(
        package_doc=_docstring(package, WORKER_PACKAGE),
        decorator_signature=_signature(decorator),
        decorator_doc=_docstring(decorator, f"{DECORATOR_MODULE}: worker"),
        decorator_arguments=arguments,
        settings_doc=_docstring(settings_module, SETTINGS_MODULE),
        settings=settings,
        unsupported=_unsupported(settings_module),
        cli_doc=_docstring(cli, CLI_MODULE),
        cli_commands=commands,
    )


def _decorator_function(module: ast.Module) -> ast.FunctionDef:
    """The implementation of `worker` (the last `def worker`, after its typing overloads)."""
    defs = [n for n in module.body if isinstance(n, ast.FunctionDef) and n.name == "worker"]
    if not defs:
        raise RuntimeShapeError(f"{DECORATOR_MODULE}: no `def worker` found")
    return defs[-1]


def _arguments(function: ast.FunctionDef) -> tuple[Argument, ...]:
    """The decorator's keyword options, each with the line of its docstring that names it."""
    doc = ast.get_docstring(function) or ""
    bullets: dict[str, str] = {}
    for match in re.finditer(r"^- ((?:``\w+``(?:, )?)+): (.*(?:\n {2,}.*)*)", doc, re.MULTILINE):
        text = rst_to_markdown(" ".join(match.group(2).split())).replace("|", "\\|")  # shown in a table cell
        for name in re.findall(r"``(\w+)``", match.group(1)):
            bullets[name] = text
    args = function.args
    found = [Argument(a.arg, "", bullets.get(a.arg, "")) for a in args.posonlyargs + args.args]
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        found.append(Argument(arg.arg, ast.unparse(default) if default is not None else "", bullets.get(arg.arg, "")))
    return tuple(found)


def _signature(function: ast.FunctionDef) -> str:
    parts = [a.arg for a in function.args.posonlyargs + function.args.args]
    if function.args.kwonlyargs:
        parts.append("*")
    for arg, default in zip(function.args.kwonlyargs, function.args.kw_defaults, strict=True):
        annotation = f": {ast.unparse(arg.annotation)}" if arg.annotation is not None else ""
        parts.append(f"{arg.arg}{annotation}" + (f" = {ast.unparse(default)}" if default is not None else ""))
    one_line = f"@worker({', '.join(parts)})"
    return one_line if len(one_line) <= SIGNATURE_WIDTH else "@worker(\n" + "".join(f"    {p},\n" for p in parts) + ")"


def _flag(setting: str) -> str:
    return "--" + setting.replace("_", "-")


def _module_value(module: ast.Module, name: str) -> ast.expr | None:
    """The value assigned at module level to `name` (plain or annotated assignment)."""
    for node in module.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return node.value
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            return node.value
    return None


def _settings_table(module: ast.Module) -> list[tuple[str, tuple[str, ...], str, str, str]]:
    """The rows of SETTINGS as (name, props, default, value_help, help), whether the calls pass them by position
    (in the order the Setting class declares its fields) or by keyword."""
    fields = next(
        ([n.target.id for n in c.body if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)]
         for c in module.body if isinstance(c, ast.ClassDef) and c.name == SETTING_CLASS),
        None,
    )
    table = _module_value(module, SETTINGS_TABLE)
    if fields is None or not isinstance(table, ast.Tuple):
        raise RuntimeShapeError(f"{SETTINGS_MODULE}: no {SETTINGS_TABLE} tuple of {SETTING_CLASS}(...) rows found")
    rows: list[tuple[str, tuple[str, ...], str, str, str]] = []
    for call in table.elts:
        if not isinstance(call, ast.Call):
            raise RuntimeShapeError(f"{SETTINGS_MODULE}: {SETTINGS_TABLE} holds {ast.unparse(call)!r}, not a row")
        given = dict(zip(fields, call.args)) | {k.arg: k.value for k in call.keywords if k.arg}
        try:
            rows.append((
                str(ast.literal_eval(given["field"])),
                tuple(str(p) for p in ast.literal_eval(given["props"])),
                _default_text(module, given["default"]),
                str(ast.literal_eval(given["value_help"])),
                str(ast.literal_eval(given["help"])),
            ))
        except (KeyError, ValueError) as exc:
            raise RuntimeShapeError(f"{SETTINGS_MODULE}: cannot read the row {ast.unparse(call)!r}: {exc}") from exc
    return rows


def _default_text(module: ast.Module, node: ast.expr) -> str:
    """A default as a reader wants it: the value of a module constant rather than its name."""
    if isinstance(node, ast.Name):
        value = _module_value(module, node.id)
        if value is not None:
            return ast.unparse(value)
    return ast.unparse(node)


def _unsupported(module: ast.Module) -> tuple[tuple[str, str], ...]:
    table = _module_value(module, UNSUPPORTED_TABLE)
    if table is None:
        return ()
    try:
        return tuple(sorted(ast.literal_eval(table).items()))
    except ValueError as exc:
        raise RuntimeShapeError(f"{SETTINGS_MODULE}: {UNSUPPORTED_TABLE} is not a literal dict: {exc}") from exc


def _cli_commands(module: ast.Module) -> tuple[CliCommand, ...]:
    """The sub-commands of `conductor-worker` and their options, from the argparse calls that declare them."""
    commands: dict[str, tuple[str, str]] = {}  # variable → (command, help)
    options: dict[str, list[CliOption]] = {}
    for node in ast.walk(module):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and len(node.targets) == 1:
            call, target = node.value, node.targets[0]
            if (isinstance(call.func, ast.Attribute) and call.func.attr == "add_parser" and isinstance(target, ast.Name)
                    and call.args and isinstance(call.args[0], ast.Constant)):
                commands[target.id] = (str(call.args[0].value), _keyword(call, "help"))
    for node in ast.walk(module):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "add_argument"
                and isinstance(node.func.value, ast.Name) and node.func.value.id in commands):
            flags = [str(a.value) for a in node.args if isinstance(a, ast.Constant)]
            shown = ", ".join(flags) if flags[0].startswith("-") else _keyword(node, "metavar") or flags[0]
            options.setdefault(node.func.value.id, []).append(
                CliOption(shown, _keyword(node, "help"), _keyword(node, "default", source=True)))
    if not commands:
        raise RuntimeShapeError(f"{CLI_MODULE}: no sub-commands (add_parser) found")
    return tuple(CliCommand(name, help_, tuple(options.get(var, []))) for var, (name, help_) in commands.items())


def _keyword(call: ast.Call, name: str, *, source: bool = False) -> str:
    for keyword in call.keywords:
        if keyword.arg == name:
            if source:
                return ast.unparse(keyword.value)
            return str(keyword.value.value) if isinstance(keyword.value, ast.Constant) else ast.unparse(keyword.value)
    return ""


def runtime_sources() -> list[Path]:
    """The files read here (for tests)."""
    root = bundled_templates()
    return [root / name for name in (ERRORS_MODULE, WORKER_PACKAGE, DECORATOR_MODULE, SETTINGS_MODULE, CLI_MODULE)]
