"""A long session's Qt calls do not abort the program: PySide6 6.12.0 takes a reference from
None at every call of a method that returns nothing, which on Python 3.11 deallocates None
after some tens of thousands of calls ("Fatal Python error: none_dealloc"); the window's
package keeps None alive (gui/common/pyside_none.py)."""

from __future__ import annotations

import sys

from tests.fresh_python import run_fresh

# More calls than None has references in a fresh interpreter with the window's modules (about
# 36,000 measured), each one that PySide6 6.12.0 takes a reference from None at.
SESSION = """
import atoz_desktop.gui
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for _ in range(200_000):
    label.setText("x")
    label.parent()
print("alive")
"""


def test_two_hundred_thousand_qt_calls_leave_none_alive() -> None:
    assert run_fresh(SESSION).split() == ["alive"]


def test_none_is_only_touched_where_pyside6_takes_from_it() -> None:
    from atoz_desktop.gui.common.pyside_none import HEADROOM, none_leak_per_call

    raised = sys.getrefcount(None) > HEADROOM  # by the package's import, in this process
    if sys.version_info >= (3, 12):
        assert not raised
    else:  # the loss goes on once the count is raised: measured again, it says whether it was
        assert raised == (none_leak_per_call() >= 0.5)
