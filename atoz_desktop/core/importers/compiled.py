"""One function per report layout that reads a row's fields in one call.

A report's columns are known once its header is read; looping over (field, column, parser)
triples for every one of 100,000 rows cost more than the parsing itself. The parser of a layout
is compiled from its fields instead, as `collections.namedtuple` and `dataclasses` do: one
expression per field, the plain text fields stripped inline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Parser = Callable[[str], Any]


def text_field(value: str) -> str | None:
    """A text column: stripped, None when blank."""
    return value.strip() or None


def compile_row_reader(
    names: Sequence[str], fields: dict[str, tuple[int, Parser]], *, as_dict: bool
) -> Callable[[list[str]], Any]:
    """A function of a row's values returning, for each of `names`, its field read by its
    parser from its column (`fields[name]` = (position, parser); a name without a field is
    None), as a tuple in `names`' order or as a dict of the names that have a field.
    It raises the parser's exception at the first bad field: the caller then reads the row
    field by field to name every bad column."""
    namespace: dict[str, Any] = {}
    parts = []
    for i, name in enumerate(names):
        if name not in fields:
            if not as_dict:
                parts.append("None")
            continue
        at, parser = fields[name]
        if parser is text_field:
            expression = f"(values[{int(at)}].strip() or None)"
        else:
            namespace[f"parse_{i}"] = parser
            expression = f"parse_{i}(values[{int(at)}])"
        parts.append(f"{name!r}: {expression}" if as_dict else expression)
    if as_dict:
        body = "{" + ", ".join(parts) + "}"
    else:
        body = "(" + "".join(part + ", " for part in parts) + ")"
    exec(f"def read(values):\n    return {body}\n", namespace)  # noqa: S102 - built above
    return namespace["read"]  # type: ignore[no-any-return]
