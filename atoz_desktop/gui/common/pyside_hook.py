"""PySide6's import hook, made to read each newly imported module's file once instead of
through `inspect`.

PySide6 (6.4 and later, PYSIDE-2029) calls `shibokensupport.feature.feature_imported` after
every import, which asks `_mod_uses_pyside` whether the module's source contains "PySide6"
(such a module then follows the `__feature__` switches, which this program does not use). It
answers with `inspect.getsource`, which finds the file, decodes it, splits it into lines and
keeps them in `linecache`. The same question answered from the file's bytes gives the same
answer for every module with a `.py` file; anything else keeps PySide6's own answer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType


def lighten_import_hook() -> bool:
    """Put the lighter check in place; False when this PySide6 has no such hook."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, "reads_bytes", False):
        return False

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    mod_uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[union-attr]
    return True
