"""The main window's list columns: widths worked out from the texts they show in the user's
language, columns a seller rarely needs hidden until asked for, and a header menu to show or
hide any of them.

Widths in pixels written for English clipped the French headers and cut the list off at a
1366 px screen; a width from the font and a sample of the column's text (a long order id, a
countdown, a status) fits both languages. Longer cells are elided, and the list shows their
whole text as a tooltip (widgets.ListView).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QMenu, QStyle, QTableView

from atoz_desktop.core.rules.step_texts import NEXT_STEP_SHORT
from atoz_desktop.core.rules.texts import lang_of
from atoz_desktop.gui.common.formatting import format_amount, ui_lang
from atoz_desktop.gui.common.labels import order_status_label, reason_label, status_label

#: The widest order id Amazon writes (3-7-7 digits).
ORDER_ID_SAMPLE = "408-8746727-9195011"
#: A buyer's name of a common length; longer ones are elided.
BUYER_SAMPLE = "Stéphane Lécuyer"
#: The columns each list shows first; the others are one header menu away.
CLAIMS_HIDDEN = ("filed_at", "channel")
ORDERS_HIDDEN: tuple[str, ...] = ()
#: Whatever the samples say, a column never starts wider than this.
MAX_WIDTH = 220


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def claims_samples() -> dict[str, str]:
    """A typical text of each claims column in the current language."""
    span = _translate("formatting", "{days} d {hours} h").format(days=13, hours=23)
    overdue = _translate("formatting", "overdue {span}").format(
        span=_translate("formatting", "{hours} h").format(hours=23)
    )
    return {
        "due": max(span, overdue, key=len),
        "status": status_label("action-required"),
        "reason": reason_label("damaged-defective"),
        "amount": format_amount(Decimal("1234.50"), "EUR"),
        "order_id": ORDER_ID_SAMPLE,
        "buyer": BUYER_SAMPLE,
        "next_step": NEXT_STEP_SHORT[lang_of(ui_lang())]["buyer-replied"],
    }


def orders_samples() -> dict[str, str]:
    """A typical text of each orders column in the current language."""
    return {
        "order_id": ORDER_ID_SAMPLE,
        "purchase_date": "30/11/2026 23:56",
        "status": order_status_label("Shipped"),
        "buyer": BUYER_SAMPLE,
        "total": format_amount(Decimal("1234.50"), "EUR"),
        "city": "Mönchengladbach",
        "postal_code": "75011",
        "country": "FR",
        "sales_channel": "Amazon.co.uk",
    }


def fit_columns(view: QTableView, samples: Mapping[str, str], hidden: Iterable[str] = ()) -> None:
    """Give each column the width of its title or its sample, whichever is wider, and hide
    the columns in `hidden` (a header state restored later overrides both)."""
    model = view.model()
    header = view.horizontalHeader()
    columns = model.columns  # type: ignore[attr-defined]
    cell_metrics = view.fontMetrics()
    header_metrics = header.fontMetrics()
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) * 2 + 12
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + 12
    hidden = set(hidden)
    for number, column in enumerate(columns):
        title = str(model.headerData(number, Qt.Orientation.Horizontal))
        width = header_metrics.horizontalAdvance(title) + arrow
        sample = samples.get(column.key)
        if sample:
            width = max(width, cell_metrics.horizontalAdvance(sample) + margin)
        view.setColumnWidth(number, min(width, MAX_WIDTH))
        header.setSectionHidden(number, column.key in hidden)


def first_columns_width(view: QTableView, count: int = 6) -> int:
    """How wide the list must be to show its first `count` visible columns whole."""
    header = view.horizontalHeader()
    shown = [
        header.logicalIndex(visual)
        for visual in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(visual))
    ][:count]
    scrollbar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    return sum(header.sectionSize(i) for i in shown) + scrollbar + 2 * view.frameWidth() + 2


def install_column_menu(view: QTableView) -> None:
    """Right-click on the header: a check box per column to show or hide it."""
    header = view.horizontalHeader()
    header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    header.customContextMenuRequested.connect(lambda pos: column_menu(header, pos))


def column_menu(header: QHeaderView, pos: QPoint | None = None) -> QMenu:
    """The header's menu of columns (shown at `pos` when given); the last visible column
    cannot be hidden."""
    model = header.model()
    menu = QMenu(header)
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    visible = sum(not header.isSectionHidden(i) for i in range(header.count()))
    for number in range(header.count()):
        action = QAction(str(model.headerData(number, Qt.Orientation.Horizontal)), menu)
        action.setCheckable(True)
        shown = not header.isSectionHidden(number)
        action.setChecked(shown)
        action.setEnabled(not (shown and visible == 1))
        action.toggled.connect(lambda checked, n=number: header.setSectionHidden(n, not checked))
        menu.addAction(action)
    if pos is not None:
        menu.popup(header.viewport().mapToGlobal(pos))
    return menu
