"""The three-pane main window: saved views, the list with its search box, the detail pane.

Widgets call the core's service functions and never build SQL. Every change goes through the
window's ops runner (`self.ops`, gui/common/ops.py): its writes run on one writer lane, its
refusals are shown in one place, and after it `workspace_changed(Change)` is emitted once, saying
what changed, and every view, count and pane refreshes from it. Each
area's menu entries, dialogs and workers are a helper of their own: claims/actions.py,
evidence/actions.py, orders/import_actions.py, dossier/actions.py; the search box's, with the
match count and the lists' empty texts, is window_search.py.

A start shows the window before it opens the workspace (gui/app.py): `MainWindow(None)` is its
first frame, and open_workspace() builds the rest in the same window once that frame is
painted. So this module imports no core module at its top: those come with open_workspace().
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from atoz_desktop import APP_NAME
from atoz_desktop.gui.common.first_paint import FirstPaint
from atoz_desktop.gui.common.formatting import set_display_zone, ui_lang
from atoz_desktop.gui.common.resources import icon
from atoz_desktop.gui.common.sidebar import CLAIM_VIEW_ORDER, ORDERS_VIEW, Sidebar
from atoz_desktop.gui.common.widgets import ListView, SearchBox, make_list_view
from atoz_desktop.gui.start_frame import PANE_SIZES, StartFrame
from atoz_desktop.gui.window_layout import (
    restore_geometry,
    restore_layout,
    restore_panes,
    save_layout,
)
from atoz_desktop.gui.window_menus import add_placeholder_menus, build_menus

#: The menus and actions come after the lists' first paint, or after this long if they are not
#: painted (gui/app.py's OPEN_AFTER_MS, for the same reasons).
COMPLETE_AFTER_MS = 500

if TYPE_CHECKING:
    from atoz_desktop.core.services.claims import ClaimView
    from atoz_desktop.core.storage.database import Workspace
    from atoz_desktop.gui.common.id_model import IdTableModel
    from atoz_desktop.gui.common.ops import Change
    from atoz_desktop.gui.workspace.switcher import WorkspaceSwitcher


class MainWindow(QMainWindow):
    """`MainWindow(workspace)`: the whole window over an open workspace. `MainWindow(None)`:
    its first frame (a StartFrame, at the saved size and place), which open_workspace() later
    fills; this module imports no core module, so that a start can show that frame first."""

    def __init__(
        self,
        workspace: Workspace | None,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        now: Callable[[], datetime] | None = None,
        switcher: WorkspaceSwitcher | None = None,
    ) -> None:
        super().__init__(parent)
        #: The clock of every countdown (tests pass a fixed one).
        self.now: Callable[[], datetime] = now or (lambda: datetime.now(UTC))
        self.settings = settings if settings is not None else QSettings()
        self.user_locale = QLocale()
        self.setWindowIcon(icon("app"))
        #: The first frame while no workspace is open yet; None once it is.
        self.start_frame: StartFrame | None = None
        self._complete = False  # complete_opening() done
        self._switcher: WorkspaceSwitcher | None = None  # for complete_opening()
        if workspace is None:
            self.start_frame = StartFrame(self.settings)
            self.setCentralWidget(self.start_frame)
            add_placeholder_menus(self)
            self.statusBar()  # there from the first frame: the panes keep their height
            self.setWindowTitle(APP_NAME)
            restore_geometry(self)
        else:
            self.open_workspace(workspace, switcher)

    @property
    def lists_shown(self) -> bool:
        """Whether the window shows its workspace's lists and panes (False while it shows its
        first frame); its menus and actions may still be coming (is_open)."""
        return self.start_frame is None

    @property
    def is_open(self) -> bool:
        """Whether a workspace is open in the window, with all its menus and actions."""
        return self._complete

    def open_workspace(
        self, workspace: Workspace, switcher: WorkspaceSwitcher | None = None
    ) -> None:
        """Build the window's panes, menus and actions over `workspace` (once). Over its first
        frame (a start), the menus and actions come after the lists' first paint
        (complete_opening)."""
        from atoz_desktop.core.services.policies import workspace_timezone
        from atoz_desktop.gui.claims.order_links import OrderLinks
        from atoz_desktop.gui.common.ops import Ops
        from atoz_desktop.gui.common.table_models import ClaimsModel, OrdersModel
        from atoz_desktop.gui.window_counts import SidebarCounts
        from atoz_desktop.gui.window_search import WindowSearch

        self.workspace = workspace
        self.ops = Ops(self)
        #: The data changed (a `Change` says what): emitted by the ops runner alone.
        self.workspace_changed = self.ops.workspace_changed
        set_display_zone(workspace_timezone(workspace))
        self.counts = SidebarCounts(self)
        self.update_title()

        self.orders_model = OrdersModel(workspace, self)
        self.claims_model = ClaimsModel(workspace, parent=self, now=self.now)

        framed = self.start_frame is not None
        self._build_panes()
        self.start_frame = None  # setCentralWidget deleted it
        self.list_search = WindowSearch(self)
        self.order_links = OrderLinks(self)
        self._connect()
        if framed:  # shown at its saved size and place already
            restore_panes(self, self.width())
        else:
            restore_layout(self)
        self.counts.refresh_claims()  # the first view depends on them
        self.sidebar.select_view(self._initial_view())
        self.counts.count_orders_from_list()  # not a count of every order before the first frame
        self.refresh_banner()
        self._switcher = switcher
        if framed:  # the lists are painted first, and then get their menus
            FirstPaint(self).painted.connect(self.complete_opening)
            # Not painted (minimised, or a screen that does not show it yet): done all the same.
            QTimer.singleShot(COMPLETE_AFTER_MS, self, self.complete_opening)
        else:
            self.complete_opening()

    def complete_opening(self) -> None:
        """Add the menus and every area's actions (once): at a start, after the lists have
        been painted, which then come 40 ms sooner (2026-12-02); the menus stay greyed until
        then, as in the first frame."""
        if self._complete or self.start_frame is not None:
            return
        from atoz_desktop.gui.claims.actions import ClaimActions
        from atoz_desktop.gui.dossier.actions import DossierActions
        from atoz_desktop.gui.evidence.actions import EvidenceActions
        from atoz_desktop.gui.orders.import_actions import ImportActions
        from atoz_desktop.gui.workspace.actions import WorkspaceActions

        self._complete = True
        self.claim_actions = ClaimActions(self)
        self.evidence_actions = EvidenceActions(self)
        self.import_actions = ImportActions(self)
        self.dossier_actions = DossierActions(self)
        self.workspace_actions = WorkspaceActions(self, self.workspace_banner, self._switcher)
        self._switcher = None  # the workspace actions' now
        menus = build_menus(self)
        self.edit_menu, self.find_action = menus.edit_menu, menus.find_action
        self.view_actions, self.help_actions = menus.view_actions, menus.help_actions
        self.language_menu = menus.language_menu
        self._update_actions()

    # Building ------------------------------------------------------------------------------

    def _build_panes(self) -> None:
        from atoz_desktop.gui.claims.detail_pane import ClaimDetailPane
        from atoz_desktop.gui.claims.due_banner import DueBanner
        from atoz_desktop.gui.claims.order_filter import OrderFilterChip
        from atoz_desktop.gui.common.list_columns import (
            CLAIMS_HIDDEN,
            ORDERS_HIDDEN,
            claims_samples,
            fit_columns,
            orders_samples,
        )
        from atoz_desktop.gui.orders.detail_pane import OrderDetailPane
        from atoz_desktop.gui.workspace.banner import WorkspaceBanner

        self.sidebar = Sidebar()

        self.search = SearchBox()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)

        self.orders_view = make_list_view(self.orders_model, "orders_view")
        self.orders_view.set_accepts_files(True)
        self.orders_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.claims_view = make_list_view(self.claims_model, "claims_view")
        fit_columns(self.orders_view, orders_samples(), ORDERS_HIDDEN)
        fit_columns(self.claims_view, claims_samples(), CLAIMS_HIDDEN)
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.claims_view)
        self.list_stack.addWidget(self.orders_view)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.setSpacing(4)
        self.workspace_banner = WorkspaceBanner()  # the demo, or an empty workspace
        middle_layout.addWidget(self.workspace_banner)
        self.banner = DueBanner(self.now)
        middle_layout.addWidget(self.banner)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        self.match_count = QLabel()
        self.match_count.setObjectName("match_count")
        self.match_count.setTextFormat(Qt.TextFormat.PlainText)
        search_row.addWidget(self.match_count)
        middle_layout.addLayout(search_row)
        self.order_filter_chip = OrderFilterChip()
        middle_layout.addWidget(self.order_filter_chip)
        middle_layout.addWidget(self.list_stack, 1)

        self.empty_detail = QLabel()
        self.empty_detail.setObjectName("empty_detail")
        self.empty_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_detail.setWordWrap(True)
        self.empty_detail.setMargin(24)
        self.empty_detail.setEnabled(False)
        self.order_pane = OrderDetailPane()
        self.claim_pane = ClaimDetailPane(now=self.now)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.empty_detail)
        self.detail_stack.addWidget(self.order_pane)
        self.detail_stack.addWidget(self.claim_pane)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.detail_stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes(list(PANE_SIZES))
        self.setCentralWidget(self.splitter)

        QWidget.setTabOrder(self.sidebar, self.search)
        QWidget.setTabOrder(self.search, self.claims_view)
        QWidget.setTabOrder(self.claims_view, self.orders_view)
        QWidget.setTabOrder(self.orders_view, self.order_pane)
        QWidget.setTabOrder(self.order_pane, self.claim_pane)

    def _connect(self) -> None:
        from atoz_desktop.gui.common.table_models import ClaimsModel

        self.sidebar.view_selected.connect(self.show_view)
        for view in (self.orders_view, self.claims_view):
            # A mouse press moves the current row before it selects it: the pane follows the
            # selection too, or a single click would leave it blank.
            view.selectionModel().currentRowChanged.connect(self._on_current_row)
            view.selectionModel().selectionChanged.connect(self._on_current_row)
            view.activated.connect(self._on_activated)
            view.model().modelReset.connect(self._on_model_reset)
        self.claim_pane.order_requested.connect(self.show_order_id)
        self.orders_view.customContextMenuRequested.connect(self._orders_context_menu)
        self.banner.claim_requested.connect(self.open_claim)
        self.workspace_changed.connect(self.refresh_all)
        self.ops.refused.connect(lambda message: self.statusBar().showMessage(message, 10000))

        self.deadline_timer = QTimer(self)
        self.deadline_timer.setInterval(ClaimsModel.TICK_MS)
        self.deadline_timer.timeout.connect(self.claim_pane.refresh_deadline)
        self.deadline_timer.timeout.connect(self.refresh_banner)
        self.deadline_timer.start()

    # Title, counts, views ------------------------------------------------------------------

    def update_title(self) -> None:
        # Named after the workspace and ending with the program's name, which Qt then does not
        # add again (it appends the application's display name to a title without it).
        workspace = self.workspace.display_name
        if self.workspace.is_demo:
            workspace = self.tr("{workspace} (demo)").format(workspace=workspace)
        self.setWindowTitle(
            self.tr("{workspace} — {app}").format(workspace=workspace, app=APP_NAME)
        )

    def refresh_counts(self) -> None:
        self.counts.refresh()

    def _initial_view(self) -> str:
        saved = self.settings.value("main/view")
        if saved in (*CLAIM_VIEW_ORDER, ORDERS_VIEW):
            return str(saved)
        return "action-required" if self.sidebar.count_of("action-required") else ORDERS_VIEW

    def current_view(self) -> str:
        return self.sidebar.current_view() or ORDERS_VIEW

    def current_list(self) -> ListView:
        return self.orders_view if self.current_view() == ORDERS_VIEW else self.claims_view

    def current_model(self) -> IdTableModel:
        return self.orders_model if self.current_view() == ORDERS_VIEW else self.claims_model

    def show_view(self, view: str) -> None:
        """Show a sidebar view: one of the claim views or the orders."""
        kind = "orders" if view == ORDERS_VIEW else "claims"
        self.list_search.show_kind(kind)
        if kind == "orders":
            self.search.setPlaceholderText(
                self.tr(
                    "Search orders: id, buyer, city, postal code, SKU, ASIN, product, tracking…"
                )
            )
            self.orders_model.ensure_loaded()
            self.list_stack.setCurrentWidget(self.orders_view)
        else:
            self.search.setPlaceholderText(self.tr("Search claims: order id, buyer, reason…"))
            self.claims_model.set_view(view)
            self.list_stack.setCurrentWidget(self.claims_view)
        self.sidebar.select_view(view)
        self.settings.setValue("main/view", view)
        self.list_search.update_texts()
        if kind == "claims" and self.selected_pk() is None and self.claims_model.rowCount():
            # The pane is never blank when there is a claim: the most urgent one (the list is
            # nearest deadline first unless sorted otherwise) is shown.
            self.select_row(0)
        self._show_current_detail()

    # Selection and detail ------------------------------------------------------------------

    def _on_model_reset(self) -> None:
        if self.counts.settle():  # a search typed before the ids came in
            self.list_search.update_texts()
        self._show_current_detail()

    def _on_current_row(self, *_args: Any) -> None:
        self._show_current_detail()

    def _on_activated(self, _index: Any) -> None:
        self._show_current_detail()
        pane = self.detail_stack.currentWidget()
        if pane is not None:
            pane.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_pk(self) -> int | None:
        view = self.current_list()
        index = view.selectionModel().currentIndex()
        if not index.isValid() or not view.selectionModel().isRowSelected(index.row()):
            return None
        return view.model().pk_at(index.row())  # type: ignore[attr-defined]

    def select_row(self, row: int) -> None:
        view = self.current_list()
        index = view.model().index(row, 0)
        view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        view.scrollTo(index)

    def _show_current_detail(self) -> None:
        pk = self.selected_pk()
        if self.current_view() == ORDERS_VIEW:
            from atoz_desktop.core.services.orders import order_detail

            detail = order_detail(self.workspace, pk=pk) if pk is not None else None
            self.order_pane.show_order(detail)
            self.order_links.show_order_claims(detail)
            if detail is not None:
                self.detail_stack.setCurrentWidget(self.order_pane)
                return
            self.empty_detail.setText(
                self.tr(
                    "Select an order to see its items, amounts, delivery address and shipments."
                )
                if self.orders_model.rowCount()
                else self.tr("Imported orders appear here in detail.")
            )
        else:
            claim = self._claim_view(pk) if pk is not None else None
            self.claim_pane.show_claim(claim)
            if claim is not None:
                self.detail_stack.setCurrentWidget(self.claim_pane)
                self._update_actions()
                return
            self.empty_detail.setText(
                self.tr("Select a claim to see its deadline, its order and what to do next.")
            )
        self.detail_stack.setCurrentWidget(self.empty_detail)
        self._update_actions()

    def _update_actions(self) -> None:
        """The claim, evidence and dossier actions act on the claim shown, if there is one."""
        if not self._complete:  # complete_opening() does it
            return
        for actions in (self.claim_actions, self.evidence_actions, self.dossier_actions):
            actions.update_enabled()

    def _claim_view(self, pk: int) -> ClaimView | None:
        from atoz_desktop.core.services.claims import ClaimError, claim_view

        try:
            return claim_view(self.workspace, pk, now=self.now(), lang=ui_lang())
        except ClaimError:  # deleted meanwhile
            return None

    def shown_claim(self) -> ClaimView | None:
        """The claim the detail pane shows, if it shows one."""
        if self.detail_stack.currentWidget() is not self.claim_pane:
            return None
        return self.claim_pane.claim

    def selected_order_id(self) -> str | None:
        if self.current_view() != ORDERS_VIEW or self.selected_pk() is None:
            return None
        detail = self.order_pane.detail
        return detail.order_id if detail is not None else None

    def open_claim(self, pk: int) -> None:
        """Select claim `pk` in the claims list: in the current claim view if it is there,
        else in All claims with the search cleared."""
        if self.current_view() == ORDERS_VIEW or self.claims_model.row_of(pk) < 0:
            self.list_search.forget("claims")
            self.claims_model.set_search("")
            self.show_view("all")
        if self.claims_model.row_of(pk) < 0 and self.claims_model.order_filter is not None:
            self.order_links.remove_filter()  # a claim on another order
        row = self.claims_model.row_of(pk)
        if row >= 0:
            self.select_row(row)
            self.claims_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _orders_context_menu(self, pos: Any) -> QMenu | None:
        index = self.orders_view.indexAt(pos)
        if not index.isValid():
            return None
        self.select_row(index.row())
        order_id = self.selected_order_id()
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        action = menu.addAction(self.tr("New Claim on This Order…"))
        action.triggered.connect(lambda: self.claim_actions.new_claim(order_id))
        menu.popup(self.orders_view.viewport().mapToGlobal(pos))
        return menu

    def refresh_banner(self) -> None:
        from atoz_desktop.core.services.claims import claims_due

        self.banner.set_claims(claims_due(self.workspace, self.now()))

    def show_order_id(self, order_id: str) -> None:
        """Open an order from elsewhere (the order link of a claim)."""
        self.show_view(ORDERS_VIEW)
        self.search.setText(order_id)
        self.list_search.apply()
        if self.orders_model.rowCount():
            self.select_row(0)
        else:
            self.statusBar().showMessage(
                self.tr("Order {order_id} is not in this workspace; import its report.").format(
                    order_id=order_id
                ),
                8000,
            )

    def refresh_all(self, changes: Change | None = None) -> None:
        """Re-read what `changes` (None: everything) can have touched, keeping the selection."""
        from atoz_desktop.core.services.policies import workspace_timezone
        from atoz_desktop.gui.common.ops import Change

        if changes is None:
            changes = Change.EVERYTHING
        if changes & (Change.SETTINGS | Change.WORKSPACE):
            set_display_zone(workspace_timezone(self.workspace))  # Settings may have changed it
        self.refresh_counts()
        self.update_title()
        lists = [(self.claims_view, self.claims_model)]  # a claim's row shows all of it
        if changes & (Change.ORDERS | Change.SETTINGS | Change.WORKSPACE):
            lists.insert(0, (self.orders_view, self.orders_model))  # no claim data in an order's
        for view, model in lists:
            if not model._loaded:
                continue
            index = view.selectionModel().currentIndex()
            pk = model.pk_at(index.row()) if index.isValid() else None
            model.refresh()
            row = model.row_of(pk) if pk is not None else -1
            if row >= 0 and view is self.current_list():
                self.select_row(row)
        self.list_search.update_texts()
        self._show_current_detail()
        self.refresh_banner()

    # About ---------------------------------------------------------------------------------

    def show_about(self) -> QMessageBox:
        from atoz_desktop.gui.help.about import about_box

        box = about_box(self.workspace, self)
        box.open()
        return box

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.lists_shown:  # closed while it still showed its first frame
            super().closeEvent(event)
            return
        self.complete_opening()  # closed in the instant before its menus came: they save too
        self.import_actions.shut_down()
        self.evidence_actions.shut_down()
        self.dossier_actions.shut_down()
        self.ops.wait()
        self.workspace_actions.backups.shut_down()
        self.workspace_actions.backups.back_up_on_close()
        save_layout(self)
        super().closeEvent(event)
