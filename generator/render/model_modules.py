"""The models module cut into private modules, one per group of mutually recursive classes.

Importing one model then loads only the classes it refers to, directly or not (`Workflow`: 22 of 273 classes
on the 3.32 spec), instead of all of them: pydantic spends about half a millisecond creating each class.

The cut follows the references between top-level definitions: classes that refer to each other, however
indirectly, share a module (their strongly connected component); everything else a module needs comes from
modules imported at its top, which never import it back. Each module keeps its classes in the order the
models module had, and so the quoting of forward references datamodel-code-generator chose stays right.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field

from ..ir import naming


@dataclass(frozen=True)
class ModuleParts:
    """What a module's source was assembled from, so that model_printer can print it without parsing it again:
    its import statements (blocks of one-line statements), the header statements, and each definition's node
    (in the syntax tree of the models module, whose lines are `lines`) with the statements that follow it."""

    import_blocks: list[list[str]]
    header: list[str]
    definitions: list[list[ast.stmt]]
    lines: list[str]


@dataclass(frozen=True)
class ModelModules:
    files: dict[str, str]  # module file name ("_workflow.py") → source
    module_of: dict[str, str]  # public name ("Workflow") → module name ("_workflow")
    parts: dict[str, ModuleParts] = field(default_factory=dict)  # module file name → what its source is made of


@dataclass
class _Unit:
    names: list[str]
    source: str
    refs: set[str]
    used: set[str] = field(default_factory=set)  # every name it uses, imported ones included
    nodes: list[ast.stmt] = field(default_factory=list)  # the definition, then the statements about it


def split_models(source: str, tree: ast.Module | None = None) -> ModelModules:
    """The modules; `tree`, when given, is `source` already parsed."""
    if tree is None:
        tree = ast.parse(source)
    lines = source.split("\n")
    header: list[str] = []  # statements before the first definition, other than imports
    imported: list[ast.Import | ast.ImportFrom] = []
    units: list[_Unit] = []
    for node in tree.body:
        text = "\n".join(lines[node.lineno - 1 - _decorator_lines(node) : node.end_lineno])
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            imported.append(node)
        elif _defined(node):
            units.append(_Unit(_defined(node), text, set(), nodes=[node]))
        elif units:  # a statement about the definition before it
            units[-1].source += "\n" + text
            units[-1].nodes.append(node)
        else:
            header.append(text)
    owner = {name: index for index, unit in enumerate(units) for name in unit.names}
    parsed_strings: dict[str, frozenset[str]] = {}  # the same strings (types, aliases) recur across classes
    for unit, node in zip(units, [n for n in tree.body if _defined(n)], strict=True):
        unit.used = _referenced(node, parsed_strings)
        unit.refs = {name for name in unit.used if name in owner} - set(unit.names)
    groups = _components(len(units), [{owner[r] for r in unit.refs} for unit in units])
    module_of_unit: dict[int, str] = {}
    taken: set[str] = set()
    files: dict[str, str] = {}
    parts_of: dict[str, ModuleParts] = {}
    for group in groups:  # dependencies first
        first = units[min(group)].names[0]
        module = "_" + _unique_casefold(naming.snake_case(first) or "model", taken)
        for index in group:
            module_of_unit[index] = module
        imports = sorted(
            {(module_of_unit[owner[ref]], ref) for index in group for ref in units[index].refs}
            - {(module, ref) for index in group for ref in units[index].refs},
        )
        body = [f"from .{mod} import {name}" for mod, name in imports if mod != module]
        used = set().union(*(units[index].used for index in group))
        import_blocks = [*_imports_used(imported, used), "\n".join(body)]
        parts = ["\n\n".join(block for block in import_blocks if block), "\n".join(header)]
        parts += [units[index].source for index in sorted(group)]
        files[f"{module}.py"] = "\n\n\n".join(part for part in parts if part) + "\n"
        parts_of[f"{module}.py"] = ModuleParts(
            [block.split("\n") for block in import_blocks if block],
            header,
            [units[index].nodes for index in sorted(group)],
            lines,
        )
    module_of = {name: module_of_unit[index] for index, unit in enumerate(units) for name in unit.names}
    return ModelModules(files, module_of, parts_of)


def _imports_used(nodes: list[ast.Import | ast.ImportFrom], used: set[str]) -> list[str]:
    """The import statements a module needs: only the names it uses, one statement per source module, in
    blocks (__future__, standard library, the rest) sorted by module, as isort would write them."""
    by_module: dict[tuple[int, str], set[str]] = {}
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            module = "." * node.level + (node.module or "")
            wanted = {_alias(a) for a in node.names if module == "__future__" or (a.asname or a.name) in used}
            if wanted:
                by_module.setdefault((_import_block(module), module), set()).update(wanted)
        else:
            for alias in node.names:
                if (alias.asname or alias.name).split(".")[0] in used:
                    by_module.setdefault((_import_block(alias.name), ""), set()).add(_alias(alias))
    blocks: dict[int, list[str]] = {}
    for (block, module), names in sorted(by_module.items()):
        if module:
            blocks.setdefault(block, []).append(f"from {module} import {', '.join(sorted(names))}")
        else:
            blocks.setdefault(block, []).extend(f"import {name}" for name in sorted(names))
    return ["\n".join(statements) for _, statements in sorted(blocks.items())]


def _alias(alias: ast.alias) -> str:
    return f"{alias.name} as {alias.asname}" if alias.asname else alias.name


def _import_block(module: str) -> int:
    top = module.split(".")[0]
    if top == "__future__":
        return 0
    if top in sys.stdlib_module_names:
        return 1
    return 2


def _defined(node: ast.stmt) -> list[str]:
    if isinstance(node, (ast.ClassDef, ast.FunctionDef)):
        return [node.name]
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    return []


def _decorator_lines(node: ast.stmt) -> int:
    decorators = getattr(node, "decorator_list", None)
    return node.lineno - decorators[0].lineno if decorators else 0


def _referenced(node: ast.AST, parsed_strings: dict[str, frozenset[str]]) -> set[str]:
    """Names a definition uses, including inside quoted forward references (`list["Task"]`).

    `parsed_strings` remembers the names found in each string already seen."""
    names = set()
    for item in ast.walk(node):
        if isinstance(item, ast.Name):
            names.add(item.id)
        elif isinstance(item, ast.Constant) and isinstance(item.value, str):
            found = parsed_strings.get(item.value)
            if found is None:
                found = parsed_strings[item.value] = _names_in_string(item.value)
            names.update(found)
    return names


def _names_in_string(text: str) -> frozenset[str]:
    if not text.isprintable():
        return frozenset()
    try:
        expression = ast.parse(text, mode="eval")
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        # MemoryError: "parser stack overflowed" on a deeply nested string (an alias, a value from the
        # spec); too complex to parse is no forward reference either.
        return frozenset()
    return frozenset(n.id for n in ast.walk(expression) if isinstance(n, ast.Name))


def _components(count: int, edges: list[set[int]]) -> list[list[int]]:
    """Strongly connected components (Tarjan, iterative), each listed after every component it refers to."""
    index_of: dict[int, int] = {}
    low: dict[int, int] = {}
    on_stack: set[int] = set()
    stack: list[int] = []
    result: list[list[int]] = []
    counter = 0
    for root in range(count):
        if root in index_of:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index_of[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index_of:
                    index_of[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index_of[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index_of[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                result.append(sorted(component))
    return result


def _unique_casefold(name: str, taken: set[str]) -> str:
    """Unique even on case-insensitive file systems."""
    candidate, number = name, 2
    while candidate.casefold() in taken:
        candidate, number = f"{name}_{number}", number + 1
    taken.add(candidate.casefold())
    return candidate
