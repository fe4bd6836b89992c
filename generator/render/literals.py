"""Text from the spec as Python source: the one place where untrusted strings become code.

Everything from the document that lands in a generated module goes through `py_string` (a string literal) or
`py_docstring` (a docstring); both give text that Python reads back as exactly the data, never as code.
"""

from __future__ import annotations

import re
import textwrap

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u2028\u2029\ufeff]")
MAX_DOC = 4000


_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def py_string(value: object) -> str:
    """A Python string literal of `value`: backslashes, the quote, newlines and every unprintable character
    escaped. Quotes as black would write them (double unless that needs more escapes), so output is stable."""
    text = str(value)
    quote = '"' if text.count('"') <= text.count("'") else "'"
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif char == quote:
            out.append("\\" + quote)
        elif not char.isprintable():
            out.append(repr(char)[1:-1])  # \x00, \u2028...
        else:
            out.append(char)
    return quote + "".join(out) + quote


def clean_text(text: object) -> str:
    """Spec prose as plain lines: line endings unified, control characters dropped, length bounded."""
    value = _CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n")).expandtabs(4)
    value = textwrap.dedent("\n".join(line.rstrip() for line in value.split("\n"))).strip()
    return value if len(value) <= MAX_DOC else value[:MAX_DOC] + "…"


def py_docstring(text: object, indent: int = 4) -> str:
    """A triple-quoted docstring holding `text`; backslashes and quotes are escaped so nothing can end it early."""
    body = clean_text(text).replace("\\", "\\\\").replace('"', '\\"')
    if not body:
        body = "(undocumented)"
    pad = " " * indent
    lines = body.split("\n")
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    joined = "\n".join((pad + line) if line.strip() else "" for line in lines[1:])
    return f'"""{lines[0]}\n{joined}\n{pad}"""'


def comment_line(text: object) -> str:
    """One line of text safe to put after `#`."""
    return " ".join(clean_text(text).split())[:200]
