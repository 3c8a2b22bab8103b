"""Run a script in a fresh Python, from the source tree: what a start imports (and what it
leaves for later) can only be seen in an interpreter that has imported nothing yet, unlike the
test process (which has imported Qt and every earlier test's modules)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_fresh(
    script: str,
    *args: str,
    timeout: float = 120,
    env: Mapping[str, str] | None = None,
    unset: Iterable[str] = (),
) -> str:
    """What `script` printed, run as `python -c script args...` with the project on the path and
    Qt offscreen, `env` added to this process's environment and the `unset` names taken out of
    it. A script that fails fails the test with its stderr's end. The timeout only stops a
    runaway child."""
    child = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    for name in unset:
        child.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=child,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout
