"""Keep PySide6 6.12.0 from deallocating None on Python 3.11.

PySide6 6.12.0 gives back None one reference short from every method that returns nothing
(`QLabel.setText`, `QWidget.update`, `QTimer.start`, …) or returns None (`QObject.parent()` of
a top-level object): each call takes one from None's reference count. On Python 3.12 and later
None is immortal (PEP 683) and that is harmless; on 3.11 the count reaches zero after as many
calls as there were references to None (about 36,000 in a window over a workspace, measured
2026-12-02: 60,000 `update()` calls aborted it) and the interpreter aborts: "Fatal Python
error: none_dealloc: deallocating None". QPainter's `save`, `restore` and `setPen` lose one
each too, and the window's delegates call them for every badge and cell they paint, so a
seller's session gets there. 6.11.3 does not do it; 6.12 is the first release with QtPdf as a
wheel of its own, which the program needs.

On such an interpreter, and only when the loss is measured, None's reference count is raised
far above anything a session can take from it, which is what 3.12 does to None for good
(`_Py_IMMORTAL_REFCNT`). None is a static object that is never freed, so a larger count
changes nothing else.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

#: Calls made to measure the loss, and the loss per call that says PySide6 has the defect.
PROBE_CALLS = 64
#: Added to None's reference count: 2**60 calls (3.12's immortal count is 2**32 - 1).
HEADROOM = 2**60


def none_leak_per_call() -> float:
    """References None loses per call of a method that returns nothing (0 when it loses none;
    always 0 on 3.12 and later, where None's count does not move)."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(PROBE_CALLS):
        probe.setObjectName("probe")  # returns nothing
    return (before - sys.getrefcount(None)) / PROBE_CALLS


def keep_none_alive() -> bool:
    """Raise None's reference count if this PySide6 takes from it; whether it did."""
    if sys.version_info >= (3, 12) or hasattr(sys, "getobjects"):
        return False  # None immortal; or a Py_TRACE_REFS build, whose objects start otherwise
    if none_leak_per_call() < 0.5:
        return False
    # ob_refcnt is the first field of every object (Include/object.h) but in a Py_TRACE_REFS
    # build, which has sys.getobjects.
    refcount = ctypes.c_ssize_t.from_address(id(None))
    refcount.value += HEADROOM
    return True
