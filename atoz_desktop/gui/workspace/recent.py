"""The workspaces opened lately, kept in the settings: the Open Recent menu and the next start.

A URL carrying a password is never written to the settings file (it is plain text on disk): such a
workspace is opened from the command line or $ATOZ_DB_URL each time instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

RECENT_KEY = "workspace/recent"
LAST_KEY = "workspace/last"
#: How many workspaces Open Recent lists.
LIMIT = 8


def may_be_remembered(url: str) -> bool:
    try:
        return make_url(url).password is None
    except ArgumentError:
        return False


class RecentWorkspaces:
    """Newest first; `last` is the one the next start opens (the demo too, if it was last)."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def urls(self) -> list[str]:
        value = self.settings.value(RECENT_KEY, [])
        if isinstance(value, str):  # QSettings gives a one-element list back as a string
            value = [value]
        if not isinstance(value, list):
            return []
        return [str(v) for v in value if v and may_be_remembered(str(v))]

    def last(self) -> str | None:
        value = self.settings.value(LAST_KEY)
        return str(value) if value and may_be_remembered(str(value)) else None

    def remember(self, url: str, *, in_menu: bool = True) -> None:
        """`url` was just opened: the next start opens it, and Open Recent lists it first."""
        if not may_be_remembered(url):
            return
        self.settings.setValue(LAST_KEY, url)
        if in_menu:
            self.settings.setValue(RECENT_KEY, [url, *[u for u in self.urls() if u != url]][:LIMIT])

    def forget(self, url: str) -> None:
        self.settings.setValue(RECENT_KEY, [u for u in self.urls() if u != url])
        if self.settings.value(LAST_KEY) == url:
            self.settings.remove(LAST_KEY)

    def clear(self) -> None:
        self.settings.remove(RECENT_KEY)
