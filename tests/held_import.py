"""A second writer: another process imports an order report and holds its transaction open a
while after the first batch, so a test can check what this process can read meanwhile and that
its own write waits for the import (SQLite has one writer at a time) and then goes through."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

_SCRIPT = """
import sys, time
from atoz_desktop.core.services.importing import import_order_files
from atoz_desktop.core.storage.database import open_workspace

if sys.argv[4] == "bulk":
    from atoz_desktop.core.services.importing import bulk

    bulk.MIN_LINES = 1  # a bulk load, whatever the report's size
workspace = open_workspace(sys.argv[1])
held = []


def progress(done, total):
    # The first report comes after the first batch is written, inside the import's one
    # transaction (in a bulk load: with the order indexes dropped).
    if not held:
        held.append(True)
        print("writing", flush=True)
        time.sleep(float(sys.argv[3]))


summary = import_order_files(workspace, [sys.argv[2]], progress=progress)
print("imported", summary.orders_created, flush=True)
"""


@dataclass(frozen=True)
class HeldImport:
    process: subprocess.Popen[str]

    def finish(self, timeout: float = 120) -> int:
        """Wait for the import's end; how many orders it created (it must have succeeded)."""
        out, _ = self.process.communicate(timeout=timeout)
        assert self.process.returncode == 0 and out.startswith("imported "), out
        return int(out.split()[1])


@contextmanager
def held_import(
    url: str, report: Path, seconds: float, *, bulk: bool = False
) -> Iterator[HeldImport]:
    """Start importing `report` into workspace `url` in another process, and come back once its
    first batch is written and it holds the transaction for `seconds` (`bulk`: as a bulk load
    with the indexes dropped). The process is killed on the way out if it is still running."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    mode = "bulk" if bulk else "rows"
    process = subprocess.Popen(
        [sys.executable, "-c", _SCRIPT, url, str(report), str(seconds), mode],
        stdout=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "writing"
        yield HeldImport(process)
    finally:
        process.kill()
        process.wait(30)
