"""One function per report layout that reads a row's fields in one call.

A report's columns are known once its header is read; looping over (field, column, parser)
triples for every one of 100,000 rows cost more than the parsing itself. The parser of a layout
is compiled from its fields instead, as `collections.namedtuple` and `dataclasses` do: one
expression per field, the plain text fields stripped inline, the remembered ones (amounts,
quantities) looked up inline.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

Parser = Callable[[str], Any]
_MISS = object()


def text_field(value: str) -> str | None:
    """A text column: stripped, None when blank."""
    return value.strip() or None


class Remembered:
    """A parser that keeps what it read of up to `limit` distinct texts.

    Amounts and quantities repeat across a report (a few thousand distinct prices in 100,000
    rows): each text is read once, and a row's compiled reader finds the others with one dict
    lookup instead of a call. A text the parser refuses (FieldError) is never kept."""

    def __init__(self, parse: Parser, limit: int = 8192) -> None:
        self.parse = parse
        self.limit = limit
        self.seen: dict[str, Any] = {}

    def __call__(self, text: str) -> Any:
        value = self.seen.get(text, _MISS)
        if value is _MISS:
            value = self.parse(text)
            if len(self.seen) < self.limit:
                self.seen[text] = value
        return value


def compile_row_reader(
    names: Sequence[str], fields: dict[str, tuple[int, Parser]], *, as_dict: bool
) -> Callable[[list[str]], Any]:
    """A function of a row's values returning, for each of `names`, its field read by its
    parser from its column (`fields[name]` = (position, parser); a name without a field is
    None), as a tuple in `names`' order or, `as_dict`, as a dict of the names whose field has
    a value (not None).
    It raises the parser's exception at the first bad field: the caller then reads the row
    field by field to name every bad column."""
    namespace: dict[str, Any] = {"MISS": _MISS}
    parts = []
    for i, name in enumerate(names):
        if name not in fields:
            if not as_dict:
                parts.append("None")
            continue
        at, parser = fields[name]
        value = f"values[{int(at)}]"
        if parser is text_field:
            expression = f"({value}.strip() or None)"
        elif isinstance(parser, Remembered):
            namespace[f"seen_{i}"] = parser.seen.get
            namespace[f"parse_{i}"] = parser
            seen = f"(v := seen_{i}({value}, MISS))"
            expression = f"(v if {seen} is not MISS else parse_{i}({value}))"
        else:
            namespace[f"parse_{i}"] = parser
            expression = f"parse_{i}({value})"
        if as_dict:
            parts.append(f"    if (v := {expression}) is not None:\n        row[{name!r}] = v\n")
        else:
            parts.append(expression)
    if as_dict:
        source = "def read(values):\n    row = {}\n" + "".join(parts) + "    return row\n"
    else:
        body = "(" + "".join(part + ", " for part in parts) + ")"
        source = f"def read(values):\n    return {body}\n"
    exec(source, namespace)  # noqa: S102 - built above
    return namespace["read"]  # type: ignore[no-any-return]
