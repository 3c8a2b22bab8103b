"""Print-ready renditions of image exhibits, made once and kept in the workspace.

Decoding a 12-megapixel phone photo and shrinking it to print size is most of a dossier's
build time; the result depends only on the file's content and the recipe, so it is stored next
to the file's blob (table `renditions`) and a rebuild after adding a note only lays out pages.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from atoz_desktop.core.evidence.images import PrintFrame, print_frames
from atoz_desktop.core.storage.database import Workspace
from atoz_desktop.core.storage.models import Rendition

#: 1400 px on the long side prints a full A4 page at 140–200 dpi; quality 75 keeps a phone
#: photo near 250 kB. Changing the recipe means a new profile name, so old rows are not reused.
MAX_SIDE = 1400
QUALITY = 75
PROFILE = f"print-{MAX_SIDE}-q{QUALITY}-v1"
#: Pages of one multi-page image (a fax, a scan) printed at most.
MAX_FRAMES = 30


class RenditionStore(Protocol):
    """Where renditions are kept between builds."""

    def get(self, sha256: str) -> tuple[list[PrintFrame], int] | None: ...

    def put(self, sha256: str, frames: list[PrintFrame], count: int) -> None: ...


class MemoryRenditions:
    """Renditions kept for the life of the object (tests, the benchmark's cold runs)."""

    def __init__(self) -> None:
        self._items: dict[str, tuple[list[PrintFrame], int]] = {}
        self._lock = threading.Lock()

    def get(self, sha256: str) -> tuple[list[PrintFrame], int] | None:
        with self._lock:
            return self._items.get(sha256)

    def put(self, sha256: str, frames: list[PrintFrame], count: int) -> None:
        with self._lock:
            self._items[sha256] = (list(frames), count)


class WorkspaceRenditions:
    """Renditions stored in the workspace database, one short unit of work per file. Two
    builders storing the same rendition at once is harmless: the second insert is dropped."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def get(self, sha256: str) -> tuple[list[PrintFrame], int] | None:
        with self.workspace.session_factory() as session:
            rows = session.execute(
                select(Rendition.frames, Rendition.width, Rendition.height, Rendition.data)
                .where(Rendition.sha256 == sha256, Rendition.profile == PROFILE)
                .order_by(Rendition.frame)
            ).all()
        if not rows:
            return None
        # `frames` on each row is the image's page count; the rows are the pages printed.
        count = int(rows[0][0])
        return [PrintFrame(bytes(data), width, height) for _n, width, height, data in rows], count

    def put(self, sha256: str, frames: list[PrintFrame], count: int) -> None:
        try:
            with self.workspace.session() as session:
                for number, frame in enumerate(frames):
                    session.add(
                        Rendition(
                            sha256=sha256,
                            profile=PROFILE,
                            frame=number,
                            frames=count,
                            width=frame.width,
                            height=frame.height,
                            data=frame.data,
                        )
                    )
        except IntegrityError:
            pass  # another build stored it a moment ago, or the file was removed meanwhile


def renditions(
    sha256: str, load: Callable[[], bytes], store: RenditionStore
) -> tuple[list[PrintFrame], int]:
    """The print-ready pages of an image and its page count: from `store` when made before,
    else made from the bytes `load()` returns (read only then). Raises BadImage for an image
    that cannot be printed."""
    known = store.get(sha256)
    if known is not None:
        return known
    frames, count = print_frames(load(), MAX_SIDE, QUALITY, MAX_FRAMES)
    store.put(sha256, frames, count)
    return frames, count
