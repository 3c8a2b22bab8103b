"""Known ways a write can fail because someone else uses the workspace at the same time, or
because the workspace is out of reach.

These are messages for the user, not bugs: the GUI shows them as a plain message (and reloads
after a stale edit), the command line prints them and exits 1.
"""

from __future__ import annotations

from atoz_desktop.core.i18n import N_, _


class WorkspaceBusy(Exception):
    """Another program held the workspace's write lock for longer than we wait for it."""

    #: The driver's own exception, when the engine sorted one into this (see `sorted_error`).
    original: BaseException | None = None

    def __init__(self, message: str | None = None) -> None:
        super().__init__(
            message
            or _(
                "The workspace is busy: another window or program has been writing to it for "
                "over a minute. Try again when it has finished."
            )
        )


class StaleEdit(Exception):
    """The user changed something as it was shown, but it was changed elsewhere meanwhile (in
    another window, another copy of the program or another seat): nothing was written."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or _("This claim was changed elsewhere; it has been reloaded."))


class WorkspaceUnavailable(Exception):
    """The workspace cannot be used at all just now: the server does not answer, the file cannot
    be opened or written (removed, read-only, disk full) or is damaged. Nothing was written."""

    original: BaseException | None = None

    def __init__(self, reason: str) -> None:
        super().__init__(_("The workspace cannot be used: {reason}").format(reason=reason))
        self.reason = reason


_READ_ONLY = N_("its file is read-only. Check the file's permissions.")
_DAMAGED = N_("its file is damaged. Restore it from a backup (File › Restore…).")
_NO_SERVER = N_("the database server does not answer. Check that it is running and reachable.")

#: Pieces of SQLite's and PostgreSQL's messages that mean the workspace itself is out of reach,
#: with what to tell the user. Checked in order, lower-case.
_UNAVAILABLE = (
    ("readonly database", _READ_ONLY),
    ("read-only", _READ_ONLY),
    ("database or disk is full", N_("the disk is full. Free some space and try again.")),
    ("disk i/o error", N_("the disk could not be read or written (disk I/O error).")),
    (
        "unable to open database",
        N_("its file cannot be opened (moved, removed, or on a disk that is not connected)."),
    ),
    ("malformed", _DAMAGED),
    ("file is not a database", _DAMAGED),
    ("connection refused", _NO_SERVER),
    ("could not connect", _NO_SERVER),
    ("timeout expired", _NO_SERVER),
    ("server closed the connection", N_("the database server closed the connection.")),
    ("could not translate host name", N_("the database server's name is unknown.")),
    (
        "password authentication failed",
        N_("the database server refused the user name or password."),
    ),
)


def sorted_error(original: BaseException, *, is_disconnect: bool = False) -> Exception | None:
    """The known error a database driver's exception stands for, or None for a bug.

    The one place where SQLAlchemy's and the drivers' errors are sorted: every engine the
    program makes hands its errors here (`database.make_engine`, SQLAlchemy's `handle_error`
    event), so a busy or unreachable workspace is the same plain message everywhere, and
    anything else stays an exception with its traceback.
    """
    text = str(original).lower()
    known: WorkspaceBusy | WorkspaceUnavailable | None = None
    if "database is locked" in text or "lock timeout" in text:
        known = WorkspaceBusy()
    else:
        reason = next((r for piece, r in _UNAVAILABLE if piece in text), None)
        if reason is None and is_disconnect:
            reason = N_("the connection to the database server was lost.")
        if reason is not None:
            known = WorkspaceUnavailable(_(reason))
    if known is not None:
        known.original = original
    return known
