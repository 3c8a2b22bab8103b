"""Text folding for search: case- and accent-insensitive, the same on indexing and on querying."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

# Letters that do not decompose into a base letter plus accents.
_SPECIAL = str.maketrans({"ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ł": "l", "ı": "i"})


def fold(text: str) -> str:
    """'Besançon' -> 'besancon', 'STRAßE' -> 'strasse'."""
    text = text.casefold().translate(_SPECIAL)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_text(values: Iterable[str | None]) -> str:
    """The folded text an order is found by: its fields, each once, separated by a newline."""
    seen: dict[str, None] = {}
    for value in values:
        if value:
            seen.setdefault(fold(value.strip()), None)
    return "\n".join(k for k in seen if k)


def terms(query: str) -> list[str]:
    """The folded words of what the user typed; every one must match."""
    return [t for t in fold(query).split() if t]
