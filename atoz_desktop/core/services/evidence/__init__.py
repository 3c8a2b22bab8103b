"""Evidence on a claim: add files (one unit of work per file), list, re-file, remove and undo,
read back bytes and thumbnails.

Every function takes the workspace and plain values and returns frozen dataclasses, so the GUI
can call them from a worker thread; nothing returned is tied to a session.

By job: adding.py stores files, reading.py reads items back, changing.py re-files, removes and
restores them, limits.py holds the per-file size limit, items.py the item and the look-ups they
share. Callers import from here.
"""

from __future__ import annotations

from atoz_desktop.core.services.evidence.adding import (
    AddedFile,
    AddResult,
    Cancelled,
    Duplicate,
    Incoming,
    Progress,
    Refused,
    add_evidence,
    add_evidence_bytes,
    add_one,
    check_target,
    expand_paths,
    result_of,
    store_in,
)
from atoz_desktop.core.services.evidence.changing import (
    remove_evidence,
    restore_evidence,
    set_evidence_event,
    set_evidence_kind,
)
from atoz_desktop.core.services.evidence.items import EvidenceError, EvidenceItem, item_json
from atoz_desktop.core.services.evidence.limits import (
    DEFAULT_MAX_MB,
    MAX_MB_RANGE,
    MAX_MB_SETTING,
    limit_bytes,
    max_file_mb,
    set_max_file_mb,
)
from atoz_desktop.core.services.evidence.reading import (
    evidence_bytes,
    evidence_counts,
    evidence_item,
    list_evidence,
    thumbnail,
)

__all__ = [
    "DEFAULT_MAX_MB",
    "MAX_MB_RANGE",
    "MAX_MB_SETTING",
    "AddResult",
    "AddedFile",
    "Cancelled",
    "Duplicate",
    "EvidenceError",
    "EvidenceItem",
    "Incoming",
    "Progress",
    "Refused",
    "add_evidence",
    "add_evidence_bytes",
    "add_one",
    "check_target",
    "evidence_bytes",
    "evidence_counts",
    "evidence_item",
    "expand_paths",
    "item_json",
    "limit_bytes",
    "list_evidence",
    "max_file_mb",
    "remove_evidence",
    "restore_evidence",
    "result_of",
    "set_evidence_event",
    "set_evidence_kind",
    "set_max_file_mb",
    "store_in",
    "thumbnail",
]
