"""What an import tells its caller: the summary, and why nothing was imported."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from atoz_desktop.core.i18n import _
from atoz_desktop.core.importers.amazon import RowProblem


class ImportRejected(Exception):
    """Nothing was imported. `problems` lists every bad row; the message is for the user."""

    def __init__(self, message: str, problems: Sequence[RowProblem] = ()) -> None:
        super().__init__(message)
        self.problems = list(problems)


class ImportCancelled(Exception):
    """The user cancelled; the database is as it was."""


@dataclass
class ImportSummary:
    files: list[str] = field(default_factory=list)
    orders_created: int = 0
    orders_updated: int = 0
    orders_unchanged: int = 0
    lines: int = 0  # item rows imported (a re-import counts them again, and changes nothing)
    shipments: int = 0  # shipments added
    warnings: list[str] = field(default_factory=list)
    skipped: list[RowProblem] = field(default_factory=list)

    @property
    def orders(self) -> int:
        return self.orders_created + self.orders_updated + self.orders_unchanged

    def message(self) -> str:
        """One line for a status bar."""
        names = ", ".join(self.files)
        text = _(
            "Imported {orders} orders ({created} new, {updated} updated, {unchanged} unchanged) "
            "from {files}"
        ).format(
            orders=self.orders,
            created=self.orders_created,
            updated=self.orders_updated,
            unchanged=self.orders_unchanged,
            files=names,
        )
        if self.skipped:
            text += _("; skipped {count} bad row(s)").format(count=len(self.skipped))
        return text

    def as_json(self) -> dict[str, Any]:
        return {
            "orders_created": self.orders_created,
            "orders_updated": self.orders_updated,
            "orders_unchanged": self.orders_unchanged,
            "lines": self.lines,
            "shipments": self.shipments,
            "warnings": list(self.warnings),
            "skipped": [p.as_json() for p in self.skipped],
        }


def rejection_message(problems: Sequence[RowProblem], limit: int = 20) -> str:
    files = sorted({p.file for p in problems})
    head = _(
        "Nothing was imported: {count} bad row(s) in {files}. Correct them, or import again "
        "skipping bad rows."
    ).format(count=len(problems), files=", ".join(files))
    shown = "\n".join(f"  {p}" for p in problems[:limit])
    more = (
        "\n  " + _("… and {count} more").format(count=len(problems) - limit)
        if len(problems) > limit
        else ""
    )
    return f"{head}\n{shown}{more}"
