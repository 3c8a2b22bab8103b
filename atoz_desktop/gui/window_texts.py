"""What the main window's lists say when they are empty or filtered: the match count beside the
search box and the empty-state text of each list, in the seller's language.

The words are translated in the `MainWindow` context, where they were first written, so the
French catalogue keeps them as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def matches_text(orders: bool, count: int) -> str:
    """ "5 orders match" / "1 claim matches", shown while a search filters the list."""
    if orders:
        return QCoreApplication.translate("MainWindow", "%n order(s) match", "", count)
    return QCoreApplication.translate("MainWindow", "%n claim(s) match", "", count)


def orders_empty_text(search: str, workspace_empty: bool) -> str:
    """The orders list with no row: nothing matches the search, or what to do first."""
    if search:
        return QCoreApplication.translate("MainWindow", "No order matches “{search}”.").format(
            search=search
        )
    text = QCoreApplication.translate(
        "MainWindow",
        "No orders yet.\n\nDrop an Amazon order report here (All Orders, Unshipped "
        "Orders or FBA Amazon Fulfilled Shipments), or choose File › Import Orders… "
        "(Ctrl+I). A claim on an order you have not imported: Claims › New Claim… "
        "(Ctrl+N).",
    )
    if workspace_empty:
        text += "\n\n" + QCoreApplication.translate(
            "MainWindow", "To look around first: File › Open Demo."
        )
    return text


def claims_empty_text(view: str, search: str, order_id: str | None, workspace_empty: bool) -> str:
    """The claims list with no row in `view`: filtered to an order, a search, a new workspace,
    or what the view is for."""
    if order_id is not None:
        return QCoreApplication.translate(
            "MainWindow", "No claim in this view is on order {order_id}."
        ).format(order_id=order_id)
    if search:
        return QCoreApplication.translate(
            "MainWindow", "No claim in this view matches “{search}”."
        ).format(search=search)
    if workspace_empty:  # a new workspace: what to do first, in every view
        return QCoreApplication.translate(
            "MainWindow",
            "Your workspace is empty.\n\nImport an Amazon order report: File › Import "
            "Orders… (Ctrl+I), or drop it on the Orders list. Record a claim: Claims › New "
            "Claim… (Ctrl+N).\n\nTo look around first: File › Open Demo.",
        )
    if view == "action-required":
        return QCoreApplication.translate(
            "MainWindow",
            "Nothing to answer right now.\n\nNew A-to-z claims appear here with the time "
            "left to respond, nearest deadline first.",
        )
    if view == "under-review":
        return QCoreApplication.translate(
            "MainWindow",
            "No claim is waiting for Amazon's decision.\n\nClaims you have answered "
            "appear here until Amazon decides.",
        )
    if view == "appeal":
        return QCoreApplication.translate(
            "MainWindow",
            "No decided claim can be appealed.\n\nClaims granted against you appear here "
            "while you can still appeal.",
        )
    return QCoreApplication.translate(
        "MainWindow",
        "No claims yet — good news.\n\nClaims you record appear here, nearest "
        "response deadline first.",
    )
