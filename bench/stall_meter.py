"""How long the window stood still: the longest gap between the ticks of a 10 ms timer on the
GUI thread (a Qt application must exist). Shared by the benchmarks that watch the window."""

from __future__ import annotations

import time


class StallMeter:
    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> float:
        """Start watching from now; returns now (perf_counter)."""
        self._last = time.perf_counter()
        self._timer.start(10)
        return self._last

    def stop(self) -> None:
        self._timer.stop()

    @property
    def longest_ms(self) -> float:
        return self.longest * 1000
