"""Known ways a write can fail because someone else uses the workspace at the same time.

Both are messages for the user, not bugs: the GUI shows them as a plain message (and reloads
after a stale edit), the command line prints them and exits 1.
"""

from __future__ import annotations

from atoz_desktop.core.i18n import _


class WorkspaceBusy(Exception):
    """Another program held the workspace's write lock for longer than we wait for it."""

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
