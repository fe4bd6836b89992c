"""Model modules printed the way black would print them, so the format stage can skip them.

black needs about 1.4 s (two cores) for the model classes of the 3.32 spec, the largest part of a cold run.
The model modules use a small, regular subset of Python — imports, classes with a docstring, annotated fields
with `Field(...)` or a constant default, enum members, `pass`, and a stub constructor under
`if TYPE_CHECKING:` — so this module prints exactly that subset in
black's style (line length 120, double quotes, its rules for splitting a too-long `Field(...)` call). Anything
outside the subset makes `print_models_module` return None, and black formats that module as before. A test
compares the result with black's on real specs.
"""

from __future__ import annotations

import ast

from ..format.black_format import LINE_LENGTH
from .literals import py_string
from .model_modules import ModuleParts


class _Unsupported(Exception):
    pass


def print_models_module(source: str) -> str | None:
    """`source` (a models module) in black's form, or None when it is outside the printer's subset."""
    try:
        return _print_parts(_parts_of(source))
    except (_Unsupported, SyntaxError):
        return None


def _parts_of(source: str) -> ModuleParts:
    """What `print_module_parts` takes, read from a module's source: imports in blocks separated by blank lines,
    then one definition per top-level statement (anything but a class is refused when printing)."""
    tree = ast.parse(source)
    lines = source.split("\n")
    blocks: list[list[str]] = []
    definitions: list[list[ast.stmt]] = []
    previous_end = 0
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) and not definitions:
            if node.end_lineno != node.lineno:
                raise _Unsupported("multi-line import")
            if not blocks or node.lineno - previous_end > 1:
                blocks.append([])
            blocks[-1].append(lines[node.lineno - 1])
            previous_end = node.lineno
        else:
            definitions.append([node])
    return ModuleParts(blocks, [], definitions, lines)


def print_module_parts(parts: ModuleParts) -> str | None:
    """The module model_modules assembled from `parts`, printed from the nodes it already has: the same text as
    `print_models_module` on that module's source, without parsing it again."""
    try:
        return _print_parts(parts)
    except _Unsupported:
        return None


def _print_parts(parts: ModuleParts) -> str:
    # The module's source is: the import blocks (one statement a line, a blank line between blocks), then two
    # blank lines before each further part. A header statement or one following a definition is not in the
    # printer's subset, and neither is a definition other than a class.
    if parts.header or any(len(nodes) != 1 for nodes in parts.definitions):
        raise _Unsupported("statements other than imports and classes")
    out: list[str] = []
    for number, block in enumerate(parts.import_blocks):
        if number:
            out.append("")
        for statement in block:
            if len(statement) > LINE_LENGTH or "'" in statement or '"' in statement or statement != statement.strip():
                raise _Unsupported("import line")
            out.append(statement)
    for (node,) in parts.definitions:
        if not isinstance(node, ast.ClassDef):
            raise _Unsupported(type(node).__name__)
        if out:
            out += ["", ""]
        out += _class(node, parts.lines)
    return "\n".join(out) + "\n"


def _class(node: ast.ClassDef, lines: list[str]) -> list[str]:
    if node.decorator_list or node.keywords:
        raise _Unsupported("class decorators or keywords")
    header = (
        f"class {node.name}({', '.join(_expr(base) for base in node.bases)}):" if node.bases else f"class {node.name}:"
    )
    out = [_fit(header)]
    body = list(node.body)
    if body and _is_docstring(body[0]):
        out += _verbatim(lines, body[0])
        body = body[1:]
        if body:
            out.append("")  # black puts one blank line after a class docstring
    for statement in body:
        if _is_docstring(statement):
            out += _verbatim(lines, statement)
        elif isinstance(statement, ast.Pass):
            out.append("    pass")
        elif isinstance(statement, ast.If):
            out += ["", *_type_checking_block(statement)]
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            out += _field(statement)
        elif (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
        ):
            out.append(_fit(f"    {statement.targets[0].id} = {_value(statement.value)}"))
        else:
            raise _Unsupported(type(statement).__name__)
    return out


def _type_checking_block(node: ast.If) -> list[str]:
    """`if TYPE_CHECKING:` holding one stub method (the model template's constructor for type checkers), with
    the blank lines black puts around it: one before the `if` (the template writes it; black keeps it) and one
    between the `if` and the `def` (black adds it)."""
    if not (isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING") or node.orelse:
        raise _Unsupported("an if other than `if TYPE_CHECKING:`")
    if len(node.body) != 1 or not isinstance(node.body[0], ast.FunctionDef):
        raise _Unsupported("`if TYPE_CHECKING:` holding more than one method")
    return ["    if TYPE_CHECKING:", "", *_stub_method(node.body[0])]


def _stub_method(node: ast.FunctionDef) -> list[str]:
    """`def name(self, *, a: A, b: B = ...) -> None: ...`, split as black splits a too-long one: the parameters on
    one line of their own if they fit there, else one a line with a trailing comma."""
    arguments = node.args
    stub_body = (
        len(node.body) == 1
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
        and node.body[0].value.value is Ellipsis
    )
    if (
        node.decorator_list
        or not stub_body
        or not (isinstance(node.returns, ast.Constant) and node.returns.value is None)
        or arguments.posonlyargs
        or arguments.vararg
        or arguments.kwarg
        or [a.arg for a in arguments.args] != ["self"]
        or arguments.args[0].annotation
        or arguments.defaults
    ):
        raise _Unsupported("a method other than a keyword-only stub")
    parameters = ["self", "*"] if arguments.kwonlyargs else ["self"]
    for argument, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
        if argument.annotation is None:
            raise _Unsupported("a parameter without annotation")
        text = f"{argument.arg}: {_expr(argument.annotation)}"
        if default is not None:
            if not (isinstance(default, ast.Constant) and default.value is Ellipsis):
                raise _Unsupported("a default other than ...")
            text += " = ..."
        parameters.append(text)
    one_line = f"        def {node.name}({', '.join(parameters)}) -> None: ..."
    if len(one_line) <= LINE_LENGTH:
        return [one_line]
    opening, closing = _fit(f"        def {node.name}("), "        ) -> None: ..."
    body = "            " + ", ".join(parameters)
    if len(body) <= LINE_LENGTH:
        return [opening, body, closing]
    return [opening, *(_fit(f"            {parameter},") for parameter in parameters), closing]


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)


def _verbatim(lines: list[str], node: ast.stmt) -> list[str]:
    """A docstring as written: the generator wrote it with literals.py_docstring, in black's form already."""
    text = lines[node.lineno - 1 : node.end_lineno]
    if not text[0].startswith('    """') or any(len(line) > LINE_LENGTH for line in text):
        raise _Unsupported("docstring form")
    return text


def _field(node: ast.AnnAssign) -> list[str]:
    assert isinstance(node.target, ast.Name)
    head = f"    {node.target.id}: {_expr(node.annotation)}"
    value = node.value
    if value is None:
        return [_fit(head)]
    if not (isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "Field"):
        return [_fit(f"{head} = {_value(value)}")]
    if value.args or any(k.arg is None for k in value.keywords):
        raise _Unsupported("positional Field arguments")
    arguments = [f"{k.arg}={_value(k.value)}" for k in value.keywords]
    one_line = f"{head} = Field({', '.join(arguments)})"
    if len(one_line) <= LINE_LENGTH:
        return [one_line]
    opening = _fit(f"{head} = Field(")
    body = "        " + ", ".join(arguments)
    if len(body) <= LINE_LENGTH:
        return [opening, body, "    )"]
    return [opening, *(_fit(f"        {argument},") for argument in arguments), "    )"]


def _fit(line: str) -> str:
    if len(line) > LINE_LENGTH:
        raise _Unsupported("a line black would split elsewhere")
    return line


def _value(node: ast.expr) -> str:
    if isinstance(node, ast.Constant):
        if isinstance(node.value, str):
            return py_string(node.value)
        if node.value is None or isinstance(node.value, (bool, int)):
            return repr(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) and isinstance(node.operand, ast.Constant):
        if isinstance(node.operand.value, int) and not isinstance(node.operand.value, bool):
            return f"-{node.operand.value!r}"
    if isinstance(node, ast.Tuple):
        items = [_value(item) for item in node.elts]
        return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"
    raise _Unsupported(f"value {type(node).__name__}")


def _expr(node: ast.expr) -> str:
    """Annotations and base classes: names, attributes, subscripts, `|`, quoted forward references."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_expr(node.value)}.{node.attr}"
    if isinstance(node, ast.Subscript):
        inner = node.slice
        text = ", ".join(_expr(e) for e in inner.elts) if isinstance(inner, ast.Tuple) and inner.elts else _expr(inner)
        return f"{_expr(node.value)}[{text}]"
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return f"{_expr(node.left)} | {_expr(node.right)}"
    if isinstance(node, ast.Constant) and (node.value is None or node.value is Ellipsis):
        return "None" if node.value is None else "..."
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return py_string(node.value)
    raise _Unsupported(f"expression {type(node).__name__}")
