"""Run code in a child process and measure what it cost: time and peak memory (RSS).

Hostile files are tried in a child so that one that does blow up memory shows in a number
instead of taking the test run down, and so that the peak is the child's own, not the test
process's (which has imported Qt and holds every earlier test's garbage).
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass
from typing import Any

import pytest

from tests.fresh_python import run_fresh

resource = pytest.importorskip("resource", reason="peak memory is measured with getrusage")

_PRELUDE = """
import json, resource, sys, time
def _peak_mb():
    # VmHWM is this program's own peak; getrusage's ru_maxrss on Linux starts at the size of
    # the process that forked it (here pytest, with Qt loaded), which would hide growth.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
{imports}
_base = _peak_mb()
_start = time.perf_counter()
_cpu = time.process_time()
"""
_EPILOGUE = """
_seconds = time.perf_counter() - _start
_cpu = time.process_time() - _cpu
print(json.dumps({"result": result, "seconds": _seconds, "cpu_seconds": _cpu, "base_mb": _base,
                  "peak_mb": _peak_mb()}))
"""


@dataclass(frozen=True)
class Measured:
    result: Any
    seconds: float  # the body alone, imports excluded: wall-clock time
    cpu_seconds: float  # the same, in processor time: what the work cost, whatever else runs
    base_mb: float  # peak RSS once the imports are done
    peak_mb: float  # peak RSS at the end

    @property
    def growth_mb(self) -> float:
        return self.peak_mb - self.base_mb


def run_bounded(body: str, *, imports: str = "", timeout: float = 120) -> Measured:
    """Run `body` (which sets `result` to something JSON can write) after `imports` in a fresh
    Python; return what it measured. The timeout only stops a runaway child: assert on
    the figures. Bound `cpu_seconds` rather than `seconds` where the bound must hold on a
    loaded machine (two cores shared by a parallel test run, CI next to another job)."""
    script = _PRELUDE.format(imports=textwrap.dedent(imports)) + textwrap.dedent(body) + _EPILOGUE
    printed = run_fresh(script, timeout=timeout, env={"ATOZ_LANG": "en"})
    data = json.loads(printed.strip().splitlines()[-1])
    return Measured(
        data["result"], data["seconds"], data["cpu_seconds"], data["base_mb"], data["peak_mb"]
    )
