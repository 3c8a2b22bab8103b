"""Text folding for search: case- and accent-insensitive, the same on indexing and on querying."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable


class _FoldTable(dict[int, str]):
    """str.translate table from a character to its letters without accents, filled lazily
    (a per-character loop over NFKD forms cost seconds at 100k orders)."""

    def __missing__(self, codepoint: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(codepoint))
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
        self[codepoint] = folded
        return folded


# Letters that do not decompose into a base letter plus accents.
_TABLE = _FoldTable({ord(k): v for k, v in {"æ": "ae", "œ": "oe", "ø": "o", "đ": "d",
                                            "ł": "l", "ı": "i"}.items()})  # fmt: skip


def fold(text: str) -> str:
    """'Besançon' -> 'besancon', 'STRAßE' -> 'strasse'."""
    text = text.casefold()
    return text if text.isascii() else text.translate(_TABLE)


def search_text(values: Iterable[str | None]) -> str:
    """The folded text an order is found by: its fields, each once, one per line."""
    unique = dict.fromkeys(v.strip() for v in values if v)
    return fold("\n".join(unique))


def terms(query: str) -> list[str]:
    """The folded words of what the user typed; every one must match."""
    return [t for t in fold(query).split() if t]


LIKE_ESCAPE = "\\"


def like_pattern(word: str) -> str:
    """`%word%` for SQL LIKE with `escape=LIKE_ESCAPE`, the word's own % and _ taken literally."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
