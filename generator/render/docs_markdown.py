"""Safe Markdown for the reference pages: spec text written as text, types written with links to model pages.

Text from the spec (summaries, descriptions, enum values, wire names) can hold anything — `|`, backticks,
HTML, link syntax, newlines — so it is never pasted into a page as it is: `md_text` keeps it readable as a
paragraph and shows exactly its characters, `md_cell` also keeps it on one table row, `md_code` makes a code
span that no backtick inside can end early. These are Jinja filters of the docs templates (see
templates/README.md).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

# CommonMark lets a backslash escape any ASCII punctuation; these are the ones that start markup.
_MARKUP = re.compile(r"([\\`*_\[\]<>|#!&~])")
_BLANK_LINES = re.compile(r"\n\s*\n")
_MODEL_REF = re.compile(r"\bmodels\.([A-Za-z_][A-Za-z0-9_]*)")
_NON_SLUG = re.compile(r"[^\w\- ]", re.UNICODE)


def md_text(text: str) -> str:
    """Spec text as a Markdown paragraph (or several): every markup character escaped, line breaks kept as
    paragraph breaks only where the text had a blank line."""
    paragraphs = [" ".join(part.split()) for part in _BLANK_LINES.split(str(text).replace("\r", "\n"))]
    return "\n\n".join(_MARKUP.sub(r"\\\1", p) for p in paragraphs if p)


def md_cell(text: str) -> str:
    """Spec text for one table cell: one line, markup escaped (`|` included, so the row keeps its columns)."""
    return _MARKUP.sub(r"\\\1", " ".join(str(text).split()))


def md_code(text: str) -> str:
    """A code span showing `text` exactly (on one line): fenced by more backticks than any run inside it, with
    `|` escaped, which GitHub-flavoured tables need even inside code."""
    flat = " ".join(str(text).split()).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") or not flat else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def md_value(value: Any) -> str:
    """An enum value or default as a code span of its JSON form (`"COMPLETED"`, `3`, `null`)."""
    return md_code(json.dumps(value, ensure_ascii=False))


def github_anchor(heading: str) -> str:
    """The anchor a code forge gives a heading: lower case, punctuation other than `-` and `_` dropped, spaces
    as `-`. Only used on headings whose text is a Python identifier or plain words, where GitHub, GitLab and
    Gitea agree."""
    return _NON_SLUG.sub("", heading.strip().lower()).replace(" ", "-")


def linked_type(annotation: str, href_of: Callable[[str], str | None]) -> str:
    """A type annotation as Markdown: `list[models.Task] | None` → list\\[[Task](../models/Task.md)\\] \\| None.

    `href_of(class_name)` is the link to a model's page (None: no page, the name is written plain)."""
    parts: list[str] = []
    position = 0
    flat = " ".join(annotation.split())
    for match in _MODEL_REF.finditer(flat):
        parts.append(_MARKUP.sub(r"\\\1", flat[position : match.start()]))  # spaces kept: `Task | None`
        name = match.group(1)
        href = href_of(name)
        parts.append(f"[{name}]({href})" if href else md_cell(name))
        position = match.end()
    parts.append(_MARKUP.sub(r"\\\1", flat[position:]))
    return "".join(parts)


def plain_type(annotation: str) -> str:
    """The annotation as user code writes it, with the models imported: `models.Task` → `Task`."""
    return _MODEL_REF.sub(r"\1", annotation)


def model_names_in(annotation: str) -> list[str]:
    """The model classes an annotation refers to, in order, each once."""
    return list(dict.fromkeys(_MODEL_REF.findall(annotation)))


MARKDOWN_FILTERS: dict[str, Callable[..., str]] = {
    "md": md_text,
    "md_cell": md_cell,
    "md_code": md_code,
    "md_value": md_value,
}
