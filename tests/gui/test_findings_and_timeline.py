"""The claim pane's findings (general explanations last, on one line with "more") and the
timeline's previews of each message (its first lines that say something)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from atoz_desktop.core.services.claims import add_event
from atoz_desktop.gui.claims.timeline import ELIDE_CHARS, ELIDE_LINES, elide
from tests.gui.conftest import NOW, add_claim, add_order

ORDER = "402-1234567-1234567"
OTHER = "402-7654321-7654321"

MAIL = (
    "Bonjour,\n\n\n"
    "Je n'ai toujours pas reçu la théière commandée le 2 novembre.\n"
    "Le suivi indique « livré » mais rien dans ma boîte aux lettres.\n\n"
    "Pouvez-vous vérifier auprès du transporteur ?\n\n"
    "Cordialement,\nÉlodie"
)


def _open(window, pk: int) -> None:
    window.ops.reload()
    window.open_claim(pk)
    assert window.shown_claim() is not None and window.shown_claim().pk == pk


def _general_row(window):
    rows = window.claim_pane.findings.rows
    general = [r for r in rows if r.more is not None]
    assert len(general) == 1 and general[0] is rows[-1]  # the ODR explanation, last
    return general[0]


def test_the_odr_explanation_is_last_on_one_line_and_opens_with_more(qtbot, window, workspace):
    add_order(workspace, ORDER)
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    _open(window, pk)
    pane = window.claim_pane
    row = _general_row(window)
    assert row.finding.code == "odr-risk"
    assert all(r.more is None for r in pane.findings.rows[:-1])  # what to act on stays whole
    assert row.more.text() == "more" and not row.expanded
    one_line = row.text.fontMetrics().height()
    assert row.text.text().endswith("…") and "\n" not in row.text.text()
    qtbot.waitUntil(lambda: 0 < row.text.height() < one_line * 2)
    assert row.finding.text in row.text.toolTip()
    before = pane.splitter.sizes()[0]

    qtbot.mouseClick(row.more, Qt.MouseButton.LeftButton)
    assert row.expanded and row.more.text() == "less"
    assert row.text.text() == row.finding.text
    qtbot.waitUntil(lambda: row.text.height() > one_line * 2)
    qtbot.waitUntil(lambda: pane.splitter.sizes()[0] > before)  # the section grew to show it
    grown = pane.splitter.sizes()[0]

    window.ops.reload()  # a refresh keeps it open on the same claim
    row = _general_row(window)
    assert row.expanded and row.text.text() == row.finding.text

    qtbot.mouseClick(row.more, Qt.MouseButton.LeftButton)
    assert not row.expanded and row.more.text() == "more"
    assert row.text.text().endswith("…")
    qtbot.waitUntil(lambda: pane.splitter.sizes()[0] < grown)  # and gives the height back


def test_another_claim_opens_with_its_explanation_collapsed(qtbot, window, workspace):
    add_order(workspace, ORDER)
    add_order(workspace, OTHER)
    first = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    second = add_claim(workspace, OTHER, due_in=timedelta(hours=40))
    _open(window, first)
    qtbot.mouseClick(_general_row(window).more, Qt.MouseButton.LeftButton)
    assert _general_row(window).expanded
    _open(window, second)
    assert not _general_row(window).expanded


def test_the_french_pane_says_plus_and_moins(qtbot, french, make_window, workspace):
    add_order(workspace, ORDER)
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    window = make_window()
    _open(window, pk)
    row = _general_row(window)
    assert row.more.text() == "plus"
    qtbot.mouseClick(row.more, Qt.MouseButton.LeftButton)
    assert row.more.text() == "moins"


def test_a_preview_skips_the_blank_lines_after_the_greeting() -> None:
    short, cut = elide(MAIL)
    assert cut and short.endswith("…")
    assert short.splitlines()[:2] == [
        "Bonjour,",
        "Je n'ai toujours pas reçu la théière commandée le 2 novembre.",
    ]
    assert len(short.splitlines()) == ELIDE_LINES


def test_a_short_text_shows_whole_and_a_long_line_is_cut_at_a_word() -> None:
    assert elide("Bonjour,\n\nMerci.") == ("Bonjour,\n\nMerci.", False)
    words = "colis " * 100
    short, cut = elide(words)
    assert cut and len(short) <= ELIDE_CHARS + 1 and short.endswith("colis…")


def test_the_timeline_shows_the_first_lines_of_each_message(qtbot, window, workspace):
    add_order(workspace, ORDER)
    pk = add_claim(workspace, ORDER, due_in=timedelta(hours=30))
    add_event(
        workspace, pk, kind="message-in", at=NOW - timedelta(days=1), text=MAIL, author="buyer"
    )
    _open(window, pk)
    timeline = window.claim_pane.timeline
    model = timeline.timeline
    row = next(r for r in range(model.rowCount()) if model.event_at(r).kind == "message-in")
    index = model.index(row, 0)
    shown = index.data().splitlines()
    assert shown[1:] == [
        "Bonjour,",
        "Je n'ai toujours pas reçu la théière commandée le 2 novembre.",
        "Le suivi indique « livré » mais rien dans ma boîte aux lettres.…",
    ]
    # The list gives the entry the height of its lines: heading and three lines of text.
    lines = timeline.fontMetrics().lineSpacing()
    assert timeline.visualRect(index).height() >= 4 * lines
    qtbot.mouseClick(
        timeline.viewport(), Qt.MouseButton.LeftButton, pos=timeline.visualRect(index).center()
    )
    assert index.data().endswith("Cordialement,\nÉlodie")
