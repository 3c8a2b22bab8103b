"""The per-file size limit evidence is checked against (Settings)."""

from __future__ import annotations

from atoz_desktop.core.i18n import _
from atoz_desktop.core.services.evidence.items import EvidenceError
from atoz_desktop.core.storage.database import Workspace

MAX_MB_SETTING = "evidence_max_mb"
DEFAULT_MAX_MB = 50
#: PostgreSQL's bytea holds up to 1 GB; a dossier exhibit never needs that much.
MAX_MB_RANGE = (1, 500)


def max_file_mb(workspace: Workspace) -> int:
    """The per-file size limit in MB (Settings), DEFAULT_MAX_MB unless the user changed it."""
    text = workspace.get_setting(MAX_MB_SETTING)
    try:
        value = int(text) if text else DEFAULT_MAX_MB
    except ValueError:
        return DEFAULT_MAX_MB
    low, high = MAX_MB_RANGE
    return min(max(value, low), high)


def set_max_file_mb(workspace: Workspace, megabytes: int) -> None:
    low, high = MAX_MB_RANGE
    if not low <= megabytes <= high:
        raise EvidenceError(
            _("the file size limit is between {low} and {high} MB").format(low=low, high=high)
        )
    workspace.set_setting(MAX_MB_SETTING, str(int(megabytes)))


def limit_bytes(workspace: Workspace) -> int:
    """The per-file size limit in bytes."""
    return max_file_mb(workspace) * 1_000_000
