"""A benchmark's working folder: created for the run, removed after it, with the window's
automatic backups (on close) kept in it rather than in the user's own backups folder."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def scratch_folder(prefix: str) -> Iterator[Path]:
    work = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.setdefault("ATOZ_BACKUP_DIR", str(work / "backups"))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)
