"""Hostile text for specs: the strings a compromised or buggy server could put anywhere in its document.

Every payload here, if it ever ran as code, leaves a trace the tests look for (see `canary_tripped`): an
attribute on `sys`, an environment variable, or a file named `PWNED` in the working directory.
"""

from __future__ import annotations

import keyword
import os
import sys
from pathlib import Path

from hypothesis import strategies as st

CANARY_ATTR = "hostile_pwned"
CANARY_ENV = "HOSTILE_PWNED"
CANARY_FILE = "PWNED"

PAYLOADS = (
    '__import__("os").system("touch PWNED")',
    f'setattr(__import__("sys"), "{CANARY_ATTR}", 1)',
    f'__import__("os").environ.__setitem__("{CANARY_ENV}", "1")',
    f"exec('import sys; sys.{CANARY_ATTR} = 2')",
    "open('PWNED', 'w').close()",
)

# Ways to leave a string literal, a docstring, a comment, a Jinja expression or a line, then run `{p}`.
BREAKOUTS = (
    '"""; {p}; """',
    '""";{p};"""',
    "'''; {p}; '''",
    '"; {p}; "',
    "'; {p}; '",
    "\"); {p}; (\"",
    "'); {p}; ('",
    "')\n{p}\n#",
    '")\n{p}\n#',
    '"""\n{p}\n"""',
    "'''\n{p}\n'''",
    "\n{p}\n",
    "\r{p}\r",
    "\u2028{p}\u2028",
    "\\\n{p}",
    "x\\",
    '\\"""; {p}; """',
    '\\\\"""; {p}; """',
    "{{{{ {p} }}}}",
    "{{% set x = {p} %}}",
    "{{% raw %}}{p}{{% endraw %}}",
    "#\n{p}",
    "*/ {p} /*",
    "${{{p}}}",
    "{p}",
)

ATOMS = (
    '"', "'", '"""', "'''", '""', "''", "\\", "\\\\", "\\n", "\\x", "\\N", "\\u", "\\U0001F600", "\\'", '\\"',
    "\n", "\r", "\r\n", "\t", "\x0b", "\x0c", "\u2028", "\u2029", "\x85", "\x00", "\x01", "\x1b", "\x7f", "\ufeff",
    "#", "# noqa", "#!", " ", "  ", "", "-", "_", "__", ".", "/", ":", ";", ",", "(", ")", "[", "]", "{", "}", "=",
    "*", "@", "!", "?", "&", "%", "$", "`", "|", "<", ">", "~", "^", "+",
    "{{ 7*7 }}", "{{7*7}}", "{% raw %}", "{% endraw %}", "{%", "%}", "{{", "}}", "{#", "#}", "{{ self }}",
    "{{ ''.__class__ }}", "{% for x in y %}", "\u202e", "\u200f", "\u200b", "\u202a", "שלום", "مرحبا", "😀",
    "👩\u200d💻", "e\u0301", "a\u0308\u0301", "ﬁ", "Ⅸ", "١٢٣", "İ", "ß", "ǅ", "ℌ", "Ａ", "𝔘", "\U0010fffd",
    "class", "def", "None", "True", "False", "import", "lambda", "return", "yield", "async", "await", "self",
    "match", "case", "type", "_", "print", "str", "list", "dict", "id", "len", "object", "Any", "models",
    "timeout", "body", "model_config", "model_dump", "model_fields", "not_sent", "settings", "server_url",
    "call", "close", "config", "__init__", "__class__", "__dict__", "_client", "0", "1", "1abc", "007",
    "123_456", "fooBar", "foo_bar", "FOO BAR", "foo-bar", "Foo.Bar", "foo__bar", "FooBAR", "HTTPServer",
    "%s", "{0}", "%(x)s", "NaN", "null", "undefined", "\u0000abc",
)

# A few names that collide with each other once snake_cased or pascal_cased.
COLLIDING = (
    "fooBar", "foo_bar", "FOO BAR", "foo-bar", "Foo.Bar", "foo__bar", "FooBar", "foo bar!", "foo_bar_",
    "a1b", "a 1b", "A1B", "a_1b", "class", "Class", "class_", "CLASS", "1", "_1", "", " ", "!!!", "___",
    "settings", "Settings", "server url", "serverUrl", "call", "config", "body", "Body", "timeout", "self",
    "type", "Type", "type_", "id", "ID", "Id",
)

SHORT_TEXT = st.text(max_size=12)


def _join(parts: list[str]) -> str:
    return "".join(parts)


atoms = st.sampled_from(ATOMS)
payloads = st.sampled_from(PAYLOADS)
injections = st.builds(lambda template, payload: template.format(p=payload), st.sampled_from(BREAKOUTS), payloads)
mixed = st.lists(st.one_of(atoms, SHORT_TEXT, injections), max_size=6).map(_join)


def _stretch(seed: str, size: int) -> str:
    seed = seed or "x"
    return (seed * (size // len(seed) + 1))[:size]


# Very long strings (about 10k characters) built by repeating something hostile: cheap to draw.
long_text = st.builds(_stretch, st.one_of(mixed, injections, atoms), st.integers(9_990, 10_010))

# Any text a spec could hold in a prose field or a value; one draw in eight is a 10k string (more would have
# most docstrings cut at MAX_DOC, where the checks can only see the start).
hostile_text = st.one_of(atoms, injections, mixed, st.text(max_size=40), injections, mixed, st.text(max_size=40),
                         long_text)
# The same, without the 10k strings: for names, where length only repeats what MAX_NAME already bounds.
hostile_name = st.one_of(atoms, injections, mixed, st.text(max_size=20), st.sampled_from(COLLIDING),
                         st.sampled_from(keyword.kwlist + keyword.softkwlist))


def canary_tripped(cwd: Path | None = None) -> list[str]:
    """What a payload left behind, if any one ran."""
    found = []
    if hasattr(sys, CANARY_ATTR):
        found.append(f"sys.{CANARY_ATTR} is set")
    if CANARY_ENV in os.environ:
        found.append(f"${CANARY_ENV} is set")
    if (cwd or Path.cwd()).joinpath(CANARY_FILE).exists():
        found.append(f"{CANARY_FILE} was created in {cwd or Path.cwd()}")
    return found
